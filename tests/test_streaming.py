"""The fast record writers and streamed output (issue 18.3) say exactly what the plain ones say.

``ndjson`` writes each line without building the record dict, and ``csv``/``tsv`` build their
cells with shortcuts; both must give, event for event, what ``json.dumps(event_record(...))`` and
the plain cell conversion give. The CLI writes ndjson, csv, tsv and ics piece by piece: the
bytes are the same as ``render()``, to standard output and to ``-o`` (atomically: a failure
half-way leaves the old file and no temporary file behind).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import io
from timeline.errors import OutputError
from timeline.formula import guard_formula
from timeline.loader import load
from timeline.model import Event, Granularity, Origin, Provenance, Span, Timeline
from timeline.renderers import RenderOptions, get_chunk_renderer, get_renderer
from timeline.renderers._records import FIELDS, cell_text, event_record, table_rows

REPO = Path(__file__).resolve().parent.parent
REFERENCE = date(2025, 3, 6)


def _plain_rows(timeline: Timeline, options: RenderOptions) -> list[list[str]]:
    """Cells as the record says, converted one by one (the definition the fast rows must keep)."""
    rows = [list(FIELDS)]
    for event in timeline.events:
        record = event_record(event, options.now, options.group_by)
        cells = [cell_text(record[name]) for name in FIELDS]
        rows.append([guard_formula(c) for c in cells] if options.csv_formula_guard else cells)
    return rows


def _timelines() -> list[Timeline]:
    shared = Span(date(2025, 2, 24), date(2025, 3, 3), Granularity.WEEK, "2025-W09", "last week → 2025-W09")
    evening = datetime(2025, 3, 5, 18, tzinfo=timezone(timedelta(hours=1)))
    events = [
        Event("=SUM(A1)", "last week", shared, REFERENCE, id="a", tags=("-x", "@y", "'=z"), origin=Origin("f", 1)),
        Event("Ünïcödé “q” \\ \x7f", "last week", shared, REFERENCE, id=None, location="+44", notes="a\nb",
              origin=Origin("f", 2)),
        Event("other reference", "last week", shared, date(2025, 3, 20), source="'quoted'",
              provenance=Provenance(outlet="BBC", url="https://x", published=date(2025, 3, 20), language="en")),
        Event("evening", "Wednesday evening", Span(evening, evening + timedelta(hours=6), Granularity.PART_OF_DAY,
                                                    "2025-03-05TEV", "evening", approximate=True, qualifier="by"),
              REFERENCE, timezone="Europe/London"),
    ]
    loaded = load([str(REPO / "events.yaml")]).timeline
    return [Timeline(tuple(events)), loaded, Timeline(())]


@pytest.mark.parametrize("group_by", [None, "week"])
@pytest.mark.parametrize("now", [None, date(2025, 1, 1)])
@pytest.mark.parametrize("index", range(3))
def test_fast_writers_say_what_the_records_say(index: int, now: date | None, group_by: str | None) -> None:
    timeline = _timelines()[index]
    options = RenderOptions(now=now, group_by=group_by)
    lines = get_renderer("ndjson")(timeline, options).splitlines()
    assert lines == [json.dumps(event_record(e, now, group_by), ensure_ascii=False) for e in timeline.events]
    assert list(table_rows(timeline, options)) == _plain_rows(timeline, options)
    raw = options.replace(csv_formula_guard=False)
    assert list(table_rows(timeline, raw)) == _plain_rows(timeline, raw)


_text = st.one_of(st.none(), st.text(max_size=12))


@settings(max_examples=150, deadline=None)
@given(title=st.text(max_size=20), when=st.text(min_size=1, max_size=12), event_id=_text, location=_text,
       notes=_text, tags=st.lists(st.text(max_size=6), max_size=3), line=st.one_of(st.none(), st.integers(0, 10**6)),
       days=st.integers(-400, 400))
def test_ndjson_line_is_json_dumps_of_the_record(title: str, when: str, event_id: str | None, location: str | None,
                                                 notes: str | None, tags: list[str], line: int | None,
                                                 days: int) -> None:
    day = REFERENCE + timedelta(days=days)
    span = Span(day, day + timedelta(days=1), Granularity.DAY, day.isoformat(), f"{when} → {day}")
    event = Event(title, when, span, REFERENCE, id=event_id, location=location, tags=tuple(tags), notes=notes,
                  origin=Origin("x.ndjson", line))
    timeline = Timeline((event, event))
    expected = json.dumps(event_record(event), ensure_ascii=False) + "\n"
    assert get_renderer("ndjson")(timeline, RenderOptions()) == expected * 2
    assert list(table_rows(timeline, RenderOptions()))[1] == _plain_rows(timeline, RenderOptions())[1]


@pytest.mark.parametrize("fmt", ["ndjson", "csv", "tsv", "ics"])
def test_the_pieces_join_into_the_whole_output(fmt: str) -> None:
    options = RenderOptions(generated_at=datetime(2025, 3, 6, tzinfo=UTC))
    chunks = get_chunk_renderer(fmt)
    assert chunks is not None
    for timeline in _timelines():
        pieces = list(chunks(timeline, options))
        assert "".join(pieces) == get_renderer(fmt)(timeline, options)
    assert get_chunk_renderer("table") is None and get_chunk_renderer("png") is None


def _many_events(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"e{i}", "title": f"event {i}", "when": ["last week", "Friday", "2024"][i % 3],
                                  "reference": "2025-03-06"}) + "\n")
    return path


@pytest.mark.parametrize("fmt", ["ndjson", "csv", "tsv", "ics"])
def test_streamed_output_is_the_same_to_stdout_and_to_a_file(tmp_path: Path, fmt: str) -> None:
    source = _many_events(tmp_path / "in.ndjson", 2500)  # more than one batch of csv rows
    env = {"SOURCE_DATE_EPOCH": "1741262400", "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-m", "timeline", "show", str(source), "-f", fmt]
    printed = subprocess.run(run, capture_output=True, check=True, env=env, cwd=REPO).stdout
    subprocess.run([*run, "-o", str(tmp_path / "out")], check=True, env=env, cwd=REPO)
    assert (tmp_path / "out").read_bytes() == printed
    timeline = load([str(source)]).timeline
    options = RenderOptions(generated_at=datetime.fromtimestamp(1741262400, UTC))
    assert printed == get_renderer(fmt)(timeline, options).encode()
    assert printed.count(b"\n") >= 2500


def test_a_failure_half_way_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n")

    def pieces() -> object:
        yield "first piece\n"
        raise OutputError("stopped half-way")

    with pytest.raises(OutputError):
        io.write_output(target, pieces())  # type: ignore[arg-type]
    assert target.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
    io.write_output(target, iter(["a\n", "b\n"]))
    assert target.read_text() == "a\nb\n"


def test_invalid_unicode_in_a_piece_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out.ndjson"
    with pytest.raises(OutputError, match="not valid Unicode"):
        io.write_output(target, iter(["fine\n", "bad \udcff\n"]))
    assert not target.exists() and list(tmp_path.iterdir()) == []
