"""``-f timesketch``: JSON Lines that Timesketch imports.

The mapping is pinned here; the file is then read by Timesketch's own import
code (``timesketch.lib.utils.read_and_validate_jsonl``, the server's JSONL
reader) in its own virtual environment, which ``.ci/run`` sets up in
``~/.cache/timeline-timesketch`` (``$TIMESKETCH_PYTHON`` may name another
interpreter). That test skips with a reason where it is missing.
"""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.errors import InputError
from timeline.model import Event, Granularity, Origin, Span, Timeline
from timeline.renderers import RenderOptions, get_renderer
from timeline.renderers._records import FIELDS

REPO = Path(__file__).resolve().parent.parent
REFERENCE = date(2025, 3, 6)
PARIS = ZoneInfo("Europe/Paris")


def _event(title: str, span: Span, **fields: object) -> Event:
    fields.setdefault("when", "last week")
    fields.setdefault("reference", REFERENCE)
    return Event(title=title, span=span, origin=Origin("news.yaml", 4, 3), **fields)  # type: ignore[arg-type]


def timeline() -> Timeline:
    evening = datetime(2025, 3, 5, 20, tzinfo=PARIS)
    return Timeline((
        _event("Oval Office clash", Span(date(2025, 2, 24), date(2025, 3, 3), Granularity.WEEK, "2025-W09", "why"),
               id="oval", tags=("us", "ukraine")),
        _event("Macron speaks", Span(evening, evening + timedelta(hours=1), Granularity.HOUR, "2025-03-05T20"),
               when="Wednesday at 8pm", timezone="Europe/Paris"),
        _event("Kyiv talks", Span(date(2025, 3, 6), date(2025, 3, 7), Granularity.DAY, "2025-03-06"),
               when="today", timezone="America/New_York", notes='quotes " and\nnew lines'),
        _event("Naive time", Span(datetime(2025, 3, 6, 9), datetime(2025, 3, 6, 10), Granularity.HOUR, "x"),
               when="9am", timezone="Asia/Tokyo"),
    ), "Europe rearms", ("news.yaml",), (REFERENCE,))


def _lines(tl: Timeline, **options: object) -> list[dict[str, object]]:
    text = get_renderer("timesketch")(tl, RenderOptions(**options))  # type: ignore[arg-type]
    assert text.endswith("\n") and "\r" not in text
    return [json.loads(line) for line in text.splitlines()]


def test_one_line_per_event_start_with_the_mandatory_fields() -> None:
    lines = _lines(timeline())
    assert len(lines) == 4
    first = lines[0]
    assert first["message"] == "Oval Office clash"
    assert first["datetime"] == "2025-02-24T00:00:00+00:00"
    assert first["timestamp"] == 1740355200 * 1_000_000
    assert first["timestamp_desc"] == "Event start (resolved from 'last week', reference 2025-03-06)"
    # and the event's record, field for field, for filtering in the sketch
    assert [key for key in first if key in FIELDS] == list(FIELDS)
    assert first["tags"] == ["us", "ukraine"] and first["granularity"] == "week" and first["id"] == "oval"
    assert not {"tag", "label"} & set(first) and not any(key.startswith("__") for key in first)


@pytest.mark.parametrize(("index", "moment"), [
    (1, "2025-03-05T20:00:00+01:00"),  # aware: as it is, with its offset
    (2, "2025-03-06T00:00:00-05:00"),  # a day: midnight in the event's zone
    (3, "2025-03-06T09:00:00+09:00"),  # naive: wall time in the event's zone
])
def test_datetime_has_an_offset_and_timestamp_agrees(index: int, moment: str) -> None:
    line = _lines(timeline())[index]
    assert line["datetime"] == moment
    instant = datetime.fromisoformat(moment)
    assert line["timestamp"] == int(instant.timestamp()) * 1_000_000


def test_ends_on_request() -> None:
    lines = _lines(timeline(), timesketch_ends=True)
    assert len(lines) == 8
    start, end = lines[0], lines[1]
    assert end["message"] == start["message"]
    assert end["datetime"] == "2025-03-03T00:00:00+00:00"  # the exclusive end: Monday 00:00
    assert end["timestamp_desc"] == "Event end (resolved from 'last week', reference 2025-03-06)"
    assert [line["timestamp_desc"].split()[1] for line in lines] == ["start", "end"] * 4  # type: ignore[union-attr]


def test_unknown_zone_is_an_input_error() -> None:
    bad = _event("T", Span(date(2025, 3, 6), date(2025, 3, 7), Granularity.DAY, "x"), timezone="Mars/Olympus")
    with pytest.raises(InputError, match="Mars/Olympus"):
        get_renderer("timesketch")(Timeline((bad,)), RenderOptions())


def test_cli_option() -> None:
    runner = CliRunner()
    plain = runner.invoke(app, ["show", str(REPO / "events.yaml"), "-f", "timesketch"])
    ends = runner.invoke(app, ["show", str(REPO / "events.yaml"), "-f", "timesketch", "--timesketch-ends"])
    assert plain.exit_code == ends.exit_code == 0, plain.output + ends.output
    assert len(ends.stdout.splitlines()) == 2 * len(plain.stdout.splitlines()) > 0


# --- Timesketch's own reader --------------------------------------------------

_CHECK = """
import json, sys
from timesketch.lib.utils import read_and_validate_jsonl
with open(sys.argv[1], encoding="utf-8") as handle:
    rows = list(read_and_validate_jsonl(handle))
print(json.dumps([{key: row[key] for key in ("message", "datetime", "timestamp", "timestamp_desc")}
                  for row in rows]))
"""


def _timesketch_python() -> str | None:
    given = os.environ.get("TIMESKETCH_PYTHON")
    if given:
        return given
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    python = cache / "timeline-timesketch" / "venv" / "bin" / "python"
    return str(python) if python.exists() else None


@pytest.mark.skipif(_timesketch_python() is None, reason="Timesketch's importer is not installed: .ci/run "
                    "sets it up (pip install --no-deps timesketch; pandas flask python-dateutil pyyaml)")
def test_timesketch_reads_every_line(tmp_path: Path) -> None:
    python = _timesketch_python()
    assert python is not None
    path = tmp_path / "events.jsonl"
    text = get_renderer("timesketch")(timeline(), RenderOptions(timesketch_ends=True))
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([python, "-c", _CHECK, str(path)], capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = json.loads(done.stdout)
    ours = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == len(ours) == 8
    for row, line in zip(rows, ours):
        assert row == {key: line[key] for key in ("message", "datetime", "timestamp", "timestamp_desc")}
        # the timestamp Timesketch would have computed from the datetime itself
        assert row["timestamp"] == int(datetime.fromisoformat(row["datetime"]).astimezone(UTC).timestamp()
                                       * 1_000_000)


@pytest.mark.skipif(_timesketch_python() is None, reason="Timesketch's importer is not installed")
def test_timesketch_check_can_fail(tmp_path: Path) -> None:
    """Timesketch refuses a line without its mandatory fields: the check above would see it."""
    python = _timesketch_python()
    assert python is not None
    path = tmp_path / "bad.jsonl"
    path.write_text('{"message": "no datetime", "timestamp_desc": "x"}\n', encoding="utf-8")
    done = subprocess.run([python, "-c", _CHECK, str(path)], capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode != 0 and "Missing field" in done.stderr
