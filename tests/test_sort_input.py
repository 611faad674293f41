"""``--sort input`` and :func:`timeline.loader.stream` (issue 18.2): the order the files were
written in, streamed a block at a time for NDJSON, must give exactly what the whole-file path
gives in that order: the events (every field), the CLI's bytes, and, when the input is wrong,
the same errors (file:line:column) after the events before the first of them.

Blocks are made a few hundred bytes here (``BLOCK_BYTES``), so that every file is read in many
blocks and anchors, repeated ids and errors fall across their edges.
"""

from __future__ import annotations

import gc
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from timeline import renderers
from timeline.cli import app
from timeline.errors import InputErrors, UsageError
from timeline.loader import LoadOptions, load, stream
from timeline.loader import streaming as streaming_module
from timeline.model import Event
from timeline.selection import Selection, select, select_stream

REPO = Path(__file__).resolve().parent.parent
OPTIONS = LoadOptions(today=date(2025, 3, 6))
PHRASES = ["last week", "yesterday", "Monday", "last Friday", "2019-10-22", "March 2024", "Christmas", "the 1990s",
           "in 3 weeks", "03/04/2025", "Q3 2017", "Wednesday evening", "1850"]


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streaming_module, "BLOCK_BYTES", 700)


def _records(n: int, seed: int, forward: bool = True) -> list[str]:
    """News records: a few phrases and references, tags, places, plain-string titles, anchors on
    earlier events and (with *forward*) on events further down, records carrying start/end."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        record: dict[str, Any] = {"id": f"n{i}", "title": f"Report #{i}", "when": rng.choice(PHRASES),
                                  "reference": f"2025-03-0{rng.randint(1, 6)}"}
        draw = rng.random()
        if draw < 0.1 and i > 3:
            record["when"] = f"{rng.randint(1, 3)} days after n{rng.randint(0, i - 1)}"
        elif draw < 0.13 and forward and i < n - 40:
            record["when"] = f"the day before n{rng.randint(i + 20, n - 1)}"
        elif draw < 0.18:
            record = {"id": f"n{i}", "title": f"Vote #{i}", "when": "Tuesday", "start": "2025-03-04", "end": "2025-03-05",
                      "granularity": "day", "value": "2025-03-04", "reference": "2025-03-06"}
        elif draw < 0.22:
            record["when"] = "3 March 2025"
            record["prefer"] = "future"  # a field the fast path leaves to the general one
        if rng.random() < 0.4:
            record["tags"] = rng.sample(["uk", "eu", "economy", "sport"], rng.randint(1, 2))
        if rng.random() < 0.2:
            record["location"] = rng.choice(["London", "Kyiv", "Zürich"])
        lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5))
    return lines


def _write(path: Path, lines: list[str], end: str = "\n") -> Path:
    path.write_bytes((end.join(lines) + end).encode("utf-8"))
    return path


def _input_order(paths: list[str]) -> list[Event]:
    return list(select(load(paths, OPTIONS).timeline, sort="input").events)


def _cli(args: list[str], input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, args, input=input)
    return result.exit_code, result.stdout, result.stderr


def _whole_file_cli(monkeypatch: pytest.MonkeyPatch, args: list[str], input: str | None = None
                    ) -> tuple[int, str, str]:
    """The same command line through the whole-file path (load, select by input order, render)."""
    with monkeypatch.context() as patched:
        patched.setattr(renderers, "get_event_renderer", lambda name: None)
        return _cli(args, input)


# ---- the library: stream() == load() in input order --------------------------------------------

@pytest.mark.parametrize(("name", "end"), [("lf.ndjson", "\n"), ("crlf.jsonl", "\r\n"), ("records.json", "\n"),
                                           ("separators.ndjson", "\n")])
def test_stream_gives_the_events_of_load_in_input_order(tmp_path: Path, name: str, end: str) -> None:
    lines = _records(400, seed=len(name))
    if name.startswith("separators"):  # U+2028 and NEL in titles: line ends to locations, not to records
        lines = [line.replace('"Report #1', '"Re\u2028port #1').replace('"Report #2', '"Re\x85port #2')
                 for line in lines]
    path = _write(tmp_path / name, lines, end)
    streamed = list(stream([str(path)], OPTIONS))
    assert len(streamed) == 400
    assert streamed == _input_order([str(path)])
    assert [e.origin.line for e in streamed if e.origin] == sorted(e.origin.line for e in streamed if e.origin)


def test_files_of_every_format_one_after_another(tmp_path: Path) -> None:
    """Formats not read by blocks (YAML, CSV) are read whole; each file keeps its own order."""
    ndjson = _write(tmp_path / "a.ndjson", _records(150, seed=4))
    table = tmp_path / "b.csv"
    table.write_text("title,when,tags,reference\nBudget vote,last Tuesday,uk,2025-03-06\nSummit,next Friday,,2025-03-06\n",
                     encoding="utf-8")
    paths = [str(ndjson), str(REPO / "events.yaml"), str(table)]
    assert list(stream(paths, OPTIONS)) == _input_order(paths)
    assert next(e.origin.file for e in stream(paths[1:], OPTIONS) if e.origin) == paths[1]


def test_warnings_are_handed_over_as_the_whole_file_path_gives_them(tmp_path: Path) -> None:
    lines = _records(120, seed=5)
    lines[70] = json.dumps({"title": "Ambiguous", "when": "03/04/2025", "reference": "2025-03-06"})
    lines[100] = json.dumps({"title": "Far", "when": "1850", "reference": "2025-03-06"})
    path = _write(tmp_path / "w.ndjson", lines)
    got: list[Any] = []
    list(stream([str(path)], OPTIONS, on_warning=got.append))
    assert got and got == load([str(path)], OPTIONS).diagnostics


# ---- anchors, repeated ids, errors across blocks -------------------------------------------------

def test_an_anchor_on_an_event_further_down_holds_the_output_until_it_is_read(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "talks", "title": "Talks", "when": "2 days after summit", "reference": "2025-03-06"}),
             *_records(200, seed=6, forward=False),
             json.dumps({"id": "summit", "title": "Summit", "when": "Monday", "reference": "2025-03-06"})]
    path = _write(tmp_path / "f.ndjson", lines)
    streamed = list(stream([str(path)], OPTIONS))
    assert streamed == _input_order([str(path)])
    assert streamed[0].span.start == streamed[-1].span.start + timedelta(days=2)


def _errors_of(action: Any) -> list[tuple[str, str, object]]:
    with pytest.raises(InputErrors) as caught:
        action()
    return [(type(e).__name__, e.message, e.location) for e in caught.value.errors]


def test_an_unknown_name_is_the_whole_file_error_at_the_end(tmp_path: Path) -> None:
    lines = _records(150, seed=7, forward=False)
    lines[3] = json.dumps({"title": "Talks", "when": "2 days after nowhere", "reference": "2025-03-06"})
    path = _write(tmp_path / "u.ndjson", lines)
    streamed = _errors_of(lambda: list(stream([str(path)], OPTIONS)))
    assert streamed == _errors_of(lambda: load([str(path)], OPTIONS))
    assert streamed[0][2].line == 4


def test_an_id_written_twice_in_two_blocks_is_the_whole_file_error(tmp_path: Path) -> None:
    lines = _records(150, seed=8, forward=False)
    lines[140] = json.dumps({"id": "n12", "title": "Again", "when": "today", "reference": "2025-03-06"})
    path = _write(tmp_path / "d.ndjson", lines)
    streamed = _errors_of(lambda: list(stream([str(path)], OPTIONS)))
    assert streamed == _errors_of(lambda: load([str(path)], OPTIONS))
    assert "first at line 13" in streamed[0][1]


def test_a_byte_that_is_not_utf8_far_down_is_located_as_the_whole_file_says(tmp_path: Path) -> None:
    path = tmp_path / "b.ndjson"
    data = _write(path, _records(90, seed=9, forward=False)).read_bytes().split(b"\n")
    data[77] = data[77].replace(b"Report", b"Rep\xffort")
    path.write_bytes(b"\n".join(data))
    streamed = _errors_of(lambda: list(stream([str(path)], OPTIONS)))
    with pytest.raises(Exception) as whole:
        load([str(path)], OPTIONS)
    errors = whole.value.errors if isinstance(whole.value, InputErrors) else [whole.value]
    assert streamed == [(type(e).__name__, e.message, e.location) for e in errors]
    assert streamed[0][2].line == 78


# ---- the command line ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["ndjson", "csv", "tsv"])
@pytest.mark.parametrize("extra", [[], ["--from", "last month", "--to", "today"], ["--tag", "uk", "--tag", "EU"],
                                   ["--grep", "#1", "--limit", "7"], ["--now", "2025-03-10", "--csv-raw"]],
                         ids=["all", "from-to", "tags", "grep-limit", "now"])
def test_show_sort_input_streams_what_the_whole_file_path_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  fmt: str, extra: list[str]) -> None:
    path = _write(tmp_path / "s.ndjson", _records(300, seed=10))
    args = ["show", str(path), "-f", fmt, "--sort", "input", *extra]
    streamed = _cli(args)
    whole = _whole_file_cli(monkeypatch, args)
    assert streamed[0] == 0 and streamed[1]
    assert streamed[:2] == whole[:2]
    if "--limit" in extra:  # the stream stops reading at the limit: the warnings of the rest are not met
        assert set(streamed[2].splitlines()) <= set(whole[2].splitlines())
    else:
        assert streamed[2] == whole[2]


def test_streamed_lines_are_the_sorted_output_in_file_order(tmp_path: Path) -> None:
    path = _write(tmp_path / "o.ndjson", _records(250, seed=11))
    _, streamed, _ = _cli(["show", str(path), "-f", "ndjson", "--sort", "input"])
    _, chronological, _ = _cli(["show", str(path), "-f", "ndjson"])
    assert streamed.splitlines() == sorted(chronological.splitlines(), key=lambda line: json.loads(line)["line"])


def test_standard_input_is_streamed_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n".join(_records(200, seed=12)) + "\n"
    args = ["show", "-", "-f", "csv", "--sort", "input"]
    streamed = _cli(args, input=text)
    assert streamed[0] == 0 and streamed[1].count("<stdin>") == 200
    assert streamed == _whole_file_cli(monkeypatch, args, input=text)


def _bad_file(tmp_path: Path) -> tuple[Path, Path]:
    """A file with wrong records at lines 150 and 260, and the same file cut before line 150."""
    lines = _records(300, seed=13, forward=False)
    lines[149] = json.dumps({"title": "Typo", "when": "Thrusday", "reference": "2025-03-06"})
    lines[259] = json.dumps({"title": "Bad reference", "when": "Monday", "reference": "2025-13-01"})
    return _write(tmp_path / "bad.ndjson", lines), _write(tmp_path / "good.ndjson", lines[:149])


@pytest.mark.parametrize("fmt", ["ndjson", "csv"])
def test_an_error_stops_the_output_after_the_events_before_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              fmt: str) -> None:
    bad, good = _bad_file(tmp_path)
    code, out, err = _cli(["show", str(bad), "-f", fmt, "--sort", "input"])
    whole_code, whole_out, whole_err = _whole_file_cli(monkeypatch, ["show", str(bad), "-f", fmt, "--sort", "input"])
    assert whole_out == "" and code == whole_code == 1
    # every event before the first wrong record, each line whole, as the file without the rest gives them
    assert out == _cli(["show", str(good), "-f", fmt, "--sort", "input"])[1].replace("good.ndjson", "bad.ndjson")
    # the first error, in the whole-file path's words and place (the second is in a block never read),
    # after the warnings of the records before it, as the whole-file path lists them
    first_error = next(line for line in whole_err.splitlines() if ": error: " in line)
    assert [line for line in err.splitlines() if ": error: " in line] == [first_error]
    assert first_error.startswith(f"{bad}:150:")
    before = whole_err[:whole_err.index(first_error)]
    assert err.startswith(before) and set(err.splitlines()) <= set(whole_err.splitlines())


def test_an_error_leaves_the_old_output_file(tmp_path: Path) -> None:
    bad, _ = _bad_file(tmp_path)
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    code, out, err = _cli(["show", str(bad), "-f", "csv", "--sort", "input", "-o", str(target)])
    assert code == 1 and out == "" and f"{bad}:150:" in err
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ndjson", "good.ndjson", "out.csv"]


def test_a_limit_reached_reads_no_further(tmp_path: Path) -> None:
    bad, _ = _bad_file(tmp_path)
    code, out, err = _cli(["show", str(bad), "-f", "ndjson", "--sort", "input", "--limit", "10"])
    assert (code, err, len(out.splitlines())) == (0, "", 10)


def test_orders_that_need_every_event_take_the_whole_file_path(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.ndjson", _records(60, seed=14))
    _, forward, _ = _cli(["show", str(path), "-f", "ndjson", "--sort", "input"])
    code, backward, _ = _cli(["show", str(path), "-f", "ndjson", "--sort", "input", "--reverse"])
    assert code == 0 and backward.splitlines() == forward.splitlines()[::-1]
    code, table, _ = _cli(["show", str(REPO / "events.yaml"), "--sort", "input", "-f", "json"])
    lines = [event["line"] for event in json.loads(table)["events"]]
    assert code == 0 and lines == sorted(lines) and lines != sorted(lines, reverse=True)


# ---- select_stream ---------------------------------------------------------------------------------

@pytest.mark.parametrize("fields", [{"sort": "start"}, {"reverse": True}, {"group_by": "week"}, {"limit": -1},
                                    {"since": "Thrusday"}])
def test_select_stream_refuses_what_it_cannot_do_before_reading(fields: dict[str, Any]) -> None:
    def never() -> Iterator[Event]:
        raise AssertionError("read")
        yield

    with pytest.raises((UsageError, ValueError)):
        select_stream(never(), **fields)


def test_select_stream_keeps_what_select_keeps(tmp_path: Path) -> None:
    path = _write(tmp_path / "k.ndjson", _records(300, seed=15))
    chosen = Selection(since="last week", until="tomorrow", tags=("uk",), grep="report", sort="input", limit=30)
    timeline = load([str(path)], OPTIONS).timeline
    assert list(select_stream(stream([str(path)], OPTIONS), chosen)) == list(select(timeline, chosen).events)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_as_the_caller_left_it_whenever_an_event_is_given(tmp_path: Path, enabled: bool) -> None:
    path = _write(tmp_path / "g.ndjson", _records(120, seed=16))
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        states = {gc.isenabled() for _ in stream([str(path)], OPTIONS)}
        assert states == {enabled} and gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
