"""Spreadsheets and calendars as input: CSV, TSV and ICS events files, the
choice of reader (extension, content, --input-format), the files timeline does
not read (a PDF, an Excel workbook), and a location on every error."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.errors import InputErrors
from timeline.loader import LoadOptions, load
from timeline.model import Granularity
from timeline.loader.csv_reader import field_name
from timeline.loader.readers import reader_name
from timeline.renderers import RenderOptions, get_renderer
from timeline.renderers._records import FIELDS

REPO = Path(__file__).resolve().parent.parent
REF = LoadOptions(reference=date(2025, 3, 6))
LOCATED = re.compile(r"^[^:]+:\d+:\d+: (error|warning): ", re.MULTILINE)


def _write(tmp_path: Path, name: str, text: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return str(path)


def _errors(paths: list[str], options: LoadOptions = REF) -> list[str]:
    with pytest.raises(InputErrors) as caught:
        load(paths, options)
    return [f"{e.location}: {e.message}" for e in caught.value.errors]


# --- CSV and TSV --------------------------------------------------------------

NOTES_CSV = (
    "Date,Headline,TAGS,Place,Description,Reporter\r\n"
    'last Tuesday,"Talks in Riyadh, day one",us;ukraine,Riyadh,"first line\r\nsecond, line",Ann\r\n'
    "\r\n"
    "2025-03-05,Speech to Congress,us,Washington,,Bob\r\n"
    'Wednesday evening,"Macron: ""we must"" rearm",france,,,Cy\r\n'
)


def test_csv_with_spreadsheet_names(tmp_path: Path) -> None:
    result = load([_write(tmp_path, "notes.csv", NOTES_CSV)], REF)
    events = result.timeline.events
    assert [e.title for e in events] == ["Talks in Riyadh, day one", "Speech to Congress",
                                         'Macron: "we must" rearm']
    riyadh, speech, macron = events
    assert (riyadh.when, riyadh.span.start, riyadh.tags, riyadh.location) == \
        ("last Tuesday", date(2025, 3, 4), ("us", "ukraine"), "Riyadh")
    assert riyadh.notes == "first line\r\nsecond, line" or riyadh.notes == "first line\nsecond, line"
    assert speech.span.start == date(2025, 3, 5) and macron.span.granularity is Granularity.PART_OF_DAY
    assert [(e.origin.line, e.origin.column) for e in events if e.origin] == [(2, 1), (5, 1), (6, 1)]
    (warning,) = result.diagnostics
    assert str(warning.location).endswith("notes.csv:1:38") and "'Reporter'" in warning.message


@pytest.mark.parametrize(("header", "field"), [
    ("Title", "title"), ("HEADLINE", "title"), ("Event", "title"), ("Date", "when"), ("when", "when"),
    ("Tags", "tags"), ("Categories", "tags"), ("Place", "location"), ("Notes", "notes"),
    ("Description", "notes"), ("URL", "url"), ("Link", "url"), ("Time Zone", "timezone"), ("UID", "id"),
    ("reference", "reference"), ("End Date", "end"), ("start", "start"), ("Reporter", None),
])
def test_header_names_and_synonyms(header: str, field: str | None) -> None:
    assert field_name(header) == field


def test_tsv(tmp_path: Path) -> None:
    text = "title\twhen\ttags\tid\nClash\tlast week\tus, ukraine\toval\nSummit\tThursday\teu\tsummit\n"
    events = load([_write(tmp_path, "notes.tsv", text)], REF).timeline.events
    assert [(e.id, e.span.value, e.tags) for e in events] == [("oval", "2025-W09", ("us", "ukraine")),
                                                              ("summit", "2025-03-06", ("eu",))]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_show_csv_round_trips(tmp_path: Path, fmt: str) -> None:
    """`timeline show notes.csv -f csv` gives back the rows it read (file and line are where they now are)."""
    runner = CliRunner()
    first = runner.invoke(app, ["show", str(REPO / "events.yaml"), "-f", fmt])
    assert first.exit_code == 0, first.output
    path = _write(tmp_path, f"notes.{fmt}", first.stdout)
    second = runner.invoke(app, ["show", path, "-f", fmt])
    assert second.exit_code == 0, second.output
    delimiter = "," if fmt == "csv" else "\t"
    rows1 = list(csv.DictReader(io.StringIO(first.stdout, newline=""), delimiter=delimiter))
    rows2 = list(csv.DictReader(io.StringIO(second.stdout, newline=""), delimiter=delimiter))
    assert len(rows1) == len(rows2) == 8
    for row1, row2 in zip(rows1, rows2):
        assert {k: v for k, v in row1.items() if k not in ("file", "line")} == \
            {k: v for k, v in row2.items() if k not in ("file", "line")}
        assert row2["file"] == path
    third = runner.invoke(app, ["show", _write(tmp_path, f"again.{fmt}", second.stdout), "-f", fmt])
    assert third.stdout.replace("again." + fmt, "notes." + fmt) == second.stdout


def test_formula_guard_is_undone_on_the_way_back(tmp_path: Path) -> None:
    text = "title,when,tags\n'=HYPERLINK(1),today,'-minus;plain\n'plain apostrophe,today,x\n"
    events = load([_write(tmp_path, "f.csv", text)], REF).timeline.events
    assert [e.title for e in events] == ["=HYPERLINK(1)", "'plain apostrophe"]
    assert events[0].tags == ("-minus", "plain")


@pytest.mark.parametrize(("text", "where", "words"), [
    ('title,when\n"Unclosed,today\n', "x.csv:2:1", "never closed"),
    ('title,when\n"Quoted" tail,today\n', "x.csv:2:9", "after the closing quote"),
    ("title,when\nA,today,extra\n", "x.csv:2:9", "3 cells, the header 2"),
    ("title,when\nA,Thursdy\n", "x.csv:2:3", "Thursdy"),
    ("title,when\nA,\n", "x.csv:2:1", "missing 'when'"),
    ("title,when,reference\nA,today,2025-13-45\n", "x.csv:2:9", "2025-13-45"),
    ("Headline,Title,Date\nA,B,today\n", "x.csv:1:10", "two columns for 'title'"),
    ("title,when\nA,today\nA,2 days after nowhere\n", "x.csv:3:16", "nowhere"),  # the word in the cell
])
def test_csv_errors_name_line_and_column(tmp_path: Path, text: str, where: str, words: str) -> None:
    (error,) = _errors([_write(tmp_path, "x.csv", text)])
    assert error.startswith(str(tmp_path / where)), error
    assert words in error


# --- ICS ----------------------------------------------------------------------

CALENDAR = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Example//Newsroom//EN\r
X-WR-CALNAME:Newsroom\\, diary\r
BEGIN:VTIMEZONE\r
TZID:/citadel.org/20190914_1/Europe/Paris\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:summit-1@example.org\r
DTSTAMP:20250301T090000Z\r
DTSTART;VALUE=DATE:20250306\r
DTEND;VALUE=DATE:20250308\r
SUMMARY:EU summit\\, day one\\; Brussels\r
LOCATION:Brussels\r
CATEGORIES:eu,defence\r
CATEGORIES:a\\,b\r
DESCRIPTION:Leaders meet.\\nSecond line with a \\\\ backslash.\r
URL:https://example.org/summit\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:macron\r
DTSTAMP:20250301T090000Z\r
DTSTART;TZID=/citadel.org/20190914_1/Europe/Paris:20250305T200000\r
DURATION:PT1H30M\r
SUMMARY:Macron's address on a very long line that is folded by the writer at seventy-fi\r
 ve octets\r
BEGIN:VALARM\r
ACTION:DISPLAY\r
TRIGGER:-PT15M\r
END:VALARM\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:utc\r
DTSTART:20250304T101500Z\r
DTEND:20250304T111500Z\r
SUMMARY:Call\r
END:VEVENT\r
BEGIN:VTODO\r
SUMMARY:not an event\r
END:VTODO\r
END:VCALENDAR\r
"""


def test_ics_events(tmp_path: Path) -> None:
    timeline = load([_write(tmp_path, "diary.ics", CALENDAR)]).timeline
    assert timeline.calendar == "Newsroom, diary"
    by_id = {e.id: e for e in timeline.events}
    summit, call, macron = by_id["summit-1@example.org"], by_id["utc"], by_id["macron"]
    assert summit.title == "EU summit, day one; Brussels"
    assert (summit.span.start, summit.span.end, summit.span.granularity) == \
        (date(2025, 3, 6), date(2025, 3, 8), Granularity.DAY)
    assert summit.tags == ("eu", "defence", "a,b") and summit.location == "Brussels"
    assert summit.notes == "Leaders meet.\nSecond line with a \\ backslash."
    assert summit.provenance is not None and summit.provenance.url == "https://example.org/summit"
    assert summit.reference == date(2025, 3, 1)  # DTSTAMP: distances count from the export
    paris = ZoneInfo("Europe/Paris")
    assert macron.title.endswith("folded by the writer at seventy-five octets")
    assert (macron.span.start, macron.span.end) == (datetime(2025, 3, 5, 20, tzinfo=paris),
                                                   datetime(2025, 3, 5, 21, 30, tzinfo=paris))
    assert macron.timezone == "Europe/Paris"
    assert call.span.start == datetime(2025, 3, 4, 10, 15, tzinfo=UTC)
    assert len(timeline.events) == 3  # the VTODO is not an event


def test_our_own_calendar_reads_back(tmp_path: Path) -> None:
    """`timeline ics` output, read again, gives the same days, titles, places and tags."""
    original = load([str(REPO / "events.yaml")]).timeline
    text = get_renderer("ics")(original, RenderOptions(generated_at=datetime(2025, 3, 6, 12, tzinfo=UTC),
                                                       ics_coarse="span"))
    again = load([_write(tmp_path, "events.ics", text)]).timeline
    assert again.calendar == original.calendar
    assert len(again.events) == len(original.events)
    for before, after in zip(sorted(original.events, key=lambda e: e.title),
                             sorted(again.events, key=lambda e: e.title)):
        assert after.title.startswith(before.title)  # the calendar's summary may end with "(by 2030)"
        assert after.span.first_day == before.span.first_day and after.span.last_day == before.span.last_day
        assert after.location == before.location and after.tags == before.tags


@pytest.mark.parametrize(("body", "line", "words"), [
    (("BEGIN:VEVENT\r\nUID:r\r\nDTSTART:20250306T100000Z\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Weekly call\r\n"
      "END:VEVENT\r\n"), 5, "recurring event 'Weekly call' (RRULE)"),
    ("BEGIN:VEVENT\r\nDTSTART;TZID=Mars/Olympus:20250306T100000\r\nSUMMARY:x\r\nEND:VEVENT\r\n", 3,
     "unknown time zone TZID='Mars/Olympus'"),
    ("BEGIN:VEVENT\r\nSUMMARY:no date\r\nEND:VEVENT\r\n", 2, "without DTSTART"),
    ("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250230\r\nEND:VEVENT\r\n", 3, "not a day of the calendar"),
    ("BEGIN:VEVENT\r\nDTSTART:20250306\r\nDTEND:20250305\r\nEND:VEVENT\r\n", 4, "ends (2025-03-05) before"),
    ("BEGIN:VEVENT\r\nDTSTART:20250306\r\nEND:VTODO\r\n", 4, "does not close BEGIN:VEVENT"),
    ("BEGIN:VEVENT\r\nDTSTART:20250306\r\n", 2, "never closed"),
    ("BEGIN:VEVENT\r\nDTSTART:20250306\r\nDURATION:soon\r\nEND:VEVENT\r\n", 4, "not an RFC 5545 duration"),
])
def test_ics_errors_name_line_and_column(tmp_path: Path, body: str, line: int, words: str) -> None:
    text = "BEGIN:VCALENDAR\r\n" + body + ("END:VCALENDAR\r\n" if "never closed" not in words else "")
    (error,) = _errors([_write(tmp_path, "cal.ics", text)])
    assert re.match(re.escape(str(tmp_path / "cal.ics")) + rf":{line}:\d+: ", error), error
    assert words in error


def test_not_a_calendar(tmp_path: Path) -> None:
    (error,) = _errors([_write(tmp_path, "x.ics", "hello\n")])
    assert "x.ics:1:1: " in error and "BEGIN:VCALENDAR" in error


# --- which reader -------------------------------------------------------------


@pytest.mark.parametrize(("name", "text", "kind"), [
    ("notes.csv", "anything", "csv"),
    ("notes.TSV", "anything", "tsv"),
    ("diary.ics", "anything", "ics"),
    ("-", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "ics"),
    ("notes.txt", "Date,Headline\nlast week,Clash\n", "csv"),
    ("<stdin>", "title\twhen\nClash\tlast week\n", "tsv"),
    ("events.txt", "reference: 2025-03-06\nevents:\n  - title: a, b\n    when: today\n", "yaml"),
    ("<stdin>", "- title,when\n", "yaml"),
    ("notes.yaml", "Date,Headline\nlast week,Clash\n", "yaml"),
    ("x.json", '{"events": []}', "json"),
    ("<stdin>", '{"events": []}', "json"),
])
def test_detect(name: str, text: str, kind: str) -> None:
    assert reader_name(name, text) == kind


def test_input_format_overrides(tmp_path: Path) -> None:
    path = _write(tmp_path, "notes.txt", "title,when\nClash,last week\n")
    runner = CliRunner()
    as_csv = runner.invoke(app, ["show", path, "--ref", "2025-03-06", "--input-format", "csv", "-f", "ndjson"])
    assert as_csv.exit_code == 0 and '"value": "2025-W09"' in as_csv.stdout
    as_yaml = runner.invoke(app, ["show", path, "--ref", "2025-03-06", "--input-format", "yaml"])
    assert as_yaml.exit_code == 1 and LOCATED.search(as_yaml.stderr)
    for command in ("check", "explain", "ics"):
        done = runner.invoke(app, [command, path, "--ref", "2025-03-06", "--input-format", "csv"])
        assert done.exit_code == 0, (command, done.output)


# --- files timeline does not read --------------------------------------------


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "data", "what"), [
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF document"),
    ("notes.xlsx", _xlsx(), "an Excel workbook (.xlsx)"),
    ("notes.csv", _xlsx(), "an Excel workbook (.xlsx)"),  # whatever its name says
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "an old Microsoft Office file (.xls or .doc)"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
])
def test_unsupported_files_say_what_they_are(tmp_path: Path, name: str, data: bytes, what: str) -> None:
    path = _write(tmp_path, name, data)
    done = subprocess.run([sys.executable, "-m", "timeline", "show", path], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 1
    assert done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"{path}:1:1: error: this is {what}, not an events file: timeline reads YAML, JSON, "
                           "NDJSON, CSV, TSV and ICS")
    assert "Traceback" not in done.stderr


def test_every_error_of_a_bad_spreadsheet_is_located(tmp_path: Path) -> None:
    text = "title,when,reference\nA,Thursdy,2025-03-06\nB,today,not a date\n,today,2025-03-06\n"
    done = subprocess.run([sys.executable, "-m", "timeline", "check", _write(tmp_path, "bad.csv", text)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) >= 3 and all(LOCATED.match(line) for line in lines), lines
    places = [line.split(":")[1:3] for line in lines if ": error: " in line]
    assert ["2", "3"] in places and ["3", "9"] in places and ["4", "1"] in places
    assert FIELDS  # the columns of -f csv are the ones read back (test_show_csv_round_trips)


# --- the round trip, for any text -------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline.formula import guard_formula, unguard_formula  # noqa: E402
from timeline.model import Event, Origin, Span, Timeline  # noqa: E402

_CELL = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(
    [",", '"', ";", "'", "=", "+", "-", "@", "\n", " "]), min_size=1, max_size=40).map(str.strip).filter(bool)
_TAG = st.text(st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=10)


@given(texts=st.lists(st.tuples(_CELL, st.one_of(st.none(), _CELL), st.lists(_TAG, max_size=3)),
                      min_size=1, max_size=5))
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_csv_round_trip_keeps_any_text(tmp_path: Path, texts: list[tuple[str, str | None, list[str]]]) -> None:
    events = tuple(
        Event(title=title, when="2025-03-05", reference=date(2025, 3, 6), notes=notes, tags=tuple(tags),
              span=Span(date(2025, 3, 5), date(2025, 3, 6), Granularity.DAY, "2025-03-05", "why"),
              origin=Origin("x.yaml", 1, 1))
        for title, notes, tags in texts)
    text = get_renderer("csv")(Timeline(events), RenderOptions())
    again = load([_write(tmp_path, "round.csv", text)]).timeline.events
    assert [(e.title, e.notes, e.tags) for e in again] == \
        [(e.title, e.notes.replace("\r\n", "\n") if e.notes else e.notes, e.tags) for e in events]


@pytest.mark.parametrize("text", ["=1+1", "'=1+1", "''=x", "'plain", "plain", "-3", "@a", "'", "''"])
def test_formula_guard_is_undone_exactly(text: str) -> None:
    assert unguard_formula(guard_formula(text)) == text
