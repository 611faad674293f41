"""One owner of the reference (issue 11.7) and the selection built on it (11.9).

The reference of an event is, first to last: ``--ref``, the event's own, its
file's, today. Filters and the "when" column are measured from the same
standpoint: ``--now`` when given, else each event's reference, so their answers
agree on a file written long ago, whatever day the tests run.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.errors import ExpressionError, NotAbsoluteError, UsageError
from timeline.loader import LoadOptions, load
from timeline.reference import COMMAND_LINE, EVENT, FILE, TODAY, Reference, choose_reference, parse_reference
from timeline.selection import select

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


def invoke(*args: str, input: str | None = None) -> Any:
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return runner.invoke(app, list(args), input=input, env={"NO_COLOR": "1", "COLUMNS": "200"})
    finally:
        os.chdir(cwd)


# ---------------------------------------------------------------- parse_reference


@pytest.mark.parametrize("text, expected", [
    ("2013-03-22", date(2013, 3, 22)),
    ("March 22, 2013", date(2013, 3, 22)),
    ("22 March 2013", date(2013, 3, 22)),
    ("22.3.2013", date(2013, 3, 22)),
    ("Friday 22 March 2013", date(2013, 3, 22)),
    ("2013-03-22T10:03", datetime(2013, 3, 22, 10, 3)),
    ("2013-03-22T10:03-04:00", datetime(2013, 3, 22, 10, 3, tzinfo=timezone(timedelta(hours=-4)))),
    ("2025-03-06T09:00Z", datetime(2025, 3, 6, 9, 0, tzinfo=UTC)),
    ("22 March 2013 10:03", datetime(2013, 3, 22, 10, 3)),
    ("  1999-12-31 ", date(1999, 12, 31)),
])
def test_any_absolute_date_is_a_reference(text: str, expected: date | datetime) -> None:
    got = parse_reference(text)
    assert got == expected and type(got) is type(expected)


@pytest.mark.parametrize("text, why", [
    ("last Tuesday", "depends on the day it is read"),
    ("March 22", "depends on the day it is read"),  # no year
    ("today", "depends on the day it is read"),  # no clock was passed in
    ("March 2013", "is a month, not a day"),
    ("2013", "is a year, not a day"),
    ("around March 6, 2025", "is approximate"),
    ("by March 6, 2025", "has the qualifier 'by'"),
])
def test_a_relative_or_coarse_reference_is_refused(text: str, why: str) -> None:
    with pytest.raises(NotAbsoluteError) as caught:
        parse_reference(text)
    assert why in caught.value.message and repr(text) in caught.value.message


@pytest.mark.parametrize("text, why", [
    ("2025-02-30", "February 2025 has no day 30"),
    ("Thursdy 6 March 2025", "did you mean 'Thursday'?"),
    ("Friday 6 March 2025", "Thursday"),
])
def test_an_impossible_or_misspelt_reference_says_why(text: str, why: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_reference(text)
    assert why in caught.value.message and not isinstance(caught.value, NotAbsoluteError)


def test_today_is_accepted_only_when_the_caller_passes_the_clock() -> None:
    assert parse_reference("today", today=date(2031, 1, 2)) == date(2031, 1, 2)
    assert parse_reference("Today ", today=date(2031, 1, 2)) == date(2031, 1, 2)


def test_date_order_of_the_file_reads_a_numeric_reference() -> None:
    assert parse_reference("3/6/2025", date_order="MDY") == date(2025, 3, 6)
    assert parse_reference("3/6/2025", date_order="DMY") == date(2025, 6, 3)


# ---------------------------------------------------------------- choose_reference

D1, D2, D3, D4 = date(2025, 1, 1), date(2025, 2, 2), date(2025, 3, 3), date(2025, 4, 4)


@pytest.mark.parametrize("given, expected", [
    ({"command_line": D1, "event": D2, "file": D3, "today": D4}, Reference(D1, COMMAND_LINE)),
    ({"event": D2, "file": D3, "today": D4}, Reference(D2, EVENT)),
    ({"file": D3, "today": D4}, Reference(D3, FILE)),
    ({"today": D4}, Reference(D4, TODAY)),
    ({}, None),
])
def test_the_order_is_command_line_event_file_today(given: dict[str, date], expected: Reference | None) -> None:
    assert choose_reference(**given) == expected


def test_reference_describes_itself_in_words() -> None:
    assert Reference(date(2025, 3, 6), FILE).describe() == "Thu 2025-03-06, the file's reference"
    aware = datetime(2013, 3, 22, 10, 3, tzinfo=timezone(timedelta(hours=-4)))
    assert Reference(aware, COMMAND_LINE).describe() == "Fri 2013-03-22 10:03-04:00, given on the command line (--ref)"


# ---------------------------------------------------------------- the loader asks the same function

TWO_REFERENCES = """\
reference: March 6, 2025
events:
  - {title: Summit, when: Thursday}
  - {title: Older piece, when: Thursday, reference: 27.2.2025}
"""


def test_event_reference_beats_the_file_and_ref_beats_both(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text(TWO_REFERENCES, encoding="utf-8")
    plain = {e.title: (e.span.start, e.reference) for e in load([str(path)]).timeline.events}
    assert plain == {"Summit": (date(2025, 3, 6), date(2025, 3, 6)),
                     "Older piece": (date(2025, 2, 27), date(2025, 2, 27))}
    moved = load([str(path)], LoadOptions(reference=date(2025, 3, 13))).timeline.events
    assert {e.title: (e.span.start, e.reference) for e in moved} == {
        "Summit": (date(2025, 3, 13), date(2025, 3, 13)), "Older piece": (date(2025, 3, 13), date(2025, 3, 13))}


def test_a_bad_reference_points_at_its_value_and_the_rest_is_still_checked(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("reference: last Tuesday\nevents:\n  - {title: Budget, when: Thursdy}\n"
                    "  - {title: Fine, when: Monday}\n  - {when: Friday}\n", encoding="utf-8")
    result = invoke("check", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        (f"{path}:1:12: error: reference 'last Tuesday' depends on the day it is read: write the day itself, "
         "such as 2025-03-06, 'March 6, 2025' or 2025-03-06T09:00"),
        f"{path}:3:27: error: unknown date expression 'Thursdy': unknown word 'Thursdy' (did you mean 'Thursday'?)",
        f"{path}:5:5: error: missing 'title'",
    ]


@pytest.mark.parametrize("ref", ["March 22, 2013", "22.3.2013", "2013-03-22T10:03-04:00", "Friday 22 March 2013"])
def test_ref_on_the_command_line_takes_the_datelines_of_articles(ref: str) -> None:
    result = invoke("show", "-f", "ndjson", "events.yaml", "--ref", ref)
    assert result.exit_code == 0, result.stderr
    oval = next(json.loads(line) for line in result.stdout.splitlines() if "Oval" in line)
    assert oval["value"] == "2013-W11" and oval["reference"].startswith("2013-03-22")


def test_bad_ref_is_a_usage_error_in_the_one_style() -> None:
    result = invoke("show", "events.yaml", "--ref", "March 22")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("timeline: error: --ref: 'March 22' depends on the day it is read")


# ---------------------------------------------------------------- filters and the "when" column agree


def _records(*args: str) -> list[dict[str, Any]]:
    result = invoke("show", "-f", "ndjson", "events.yaml", *args)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_from_last_week_on_an_old_file_reads_the_file_reference_not_today() -> None:
    """Before: --from filtered against today (nothing from 2025 is 'last week' now) while
    the 'when' column said 'last week'. Now both read the file's reference, on any day."""
    kept = _records("--from", "last week", "--to", "last week")
    assert [r["title"][:16] for r in kept] == ["Trump, Vance and", "Starmer announce"]
    every = _records()
    assert [r["title"] for r in kept] == [r["title"] for r in every if r["distance"] == "last week"]


def test_now_moves_the_standpoint_of_filters_and_the_when_column_together() -> None:
    kept = _records("--now", "2025-03-13", "--from", "last week", "--to", "last week")
    assert [r["start"] for r in kept] == ["2025-03-05", "2025-03-05T18:00:00+00:00", "2025-03-06", "2025-03-06"]
    assert [r["distance"] for r in kept] == ["8 days ago", "8 days ago", "6 days ago", "7 days ago"]  # from --now
    assert {r["reference"] for r in kept} == {"2025-03-06"}  # the dates were still read against the file
    assert [r["value"] for r in kept if r["title"].startswith("Healey")] == ["2025-03-06"]


def test_now_today_reads_the_clock_and_finds_nothing_from_2025_last_week() -> None:
    today = date.today()
    if today - date(2025, 3, 6) < timedelta(days=14):  # pragma: no cover - only in March 2025
        pytest.skip("today is too close to the file's reference")
    assert _records("--now", "today", "--from", "last week", "--to", "last week") == []
    assert [r["value"] for r in _records("--now", "today", "--from", "last week")] == ["2030"]  # still ahead


def test_ref_moves_reading_and_standpoint_together() -> None:
    kept = _records("--ref", "2025-03-13", "--from", "last week", "--to", "last week")
    assert {r["distance"] for r in kept} == {"last week"} and len(kept) == 2
    assert {r["value"] for r in kept} == {"2025-W10"}


# ---------------------------------------------------------------- select() from Python


@pytest.fixture(scope="module")
def seed() -> Any:
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return load(["events.yaml"]).timeline
    finally:
        os.chdir(cwd)


def test_select_is_one_call_from_python(seed: Any) -> None:
    got = select(seed, since="last week", until="yesterday", tags=["UK", "us"])
    assert [e.title[:8] for e in got.events] == ["Trump, V", "Starmer "]
    assert got.calendar == seed.calendar and got.references == seed.references


def test_grep_is_a_substring_and_match_a_regex(seed: Any) -> None:
    assert [e.title[:6] for e in select(seed, grep="a|b").events] == []
    assert [e.title[:6] for e in select(seed, match="berlin|brussels").events] == ["Fall o", "EU lea"]
    assert [e.title[:6] for e in select(seed, match=r"broadcast").events] == ["Macron"]  # notes too
    with pytest.raises(UsageError, match="is not a regular expression"):
        select(seed, match="(")


def test_group_by_keeps_groups_together_in_time_order_whatever_the_sort(seed: Any) -> None:
    got = select(seed, sort="title", group_by="year")
    years = [e.span.first_day.year for e in got.events]
    assert years == sorted(years)
    in_2025 = [e.title for e in got.events if e.span.first_day.year == 2025]
    assert in_2025 == sorted(in_2025, key=str.casefold)
    backwards = select(seed, sort="title", group_by="year", reverse=True)
    assert [e.title for e in backwards.events] == [e.title for e in got.events][::-1]


def test_limit_comes_last_and_bad_values_are_usage_errors(seed: Any) -> None:
    assert len(select(seed, sort="title", limit=3).events) == 3
    for bad in ({"sort": "colour"}, {"group_by": "fortnight"}, {"limit": -1}):
        with pytest.raises(UsageError):
            select(seed, **bad)
    with pytest.raises(ExpressionError, match="--from 'blorp'"):
        select(seed, since="blorp")


# ---------------------------------------------------------------- files with no reference at all


@pytest.mark.parametrize("when, start, end", [
    ("2025-03-06", "2025-03-06", "2025-03-07"),
    ("6 March 2025", "2025-03-06", "2025-03-07"),
    ("March 2025", "2025-03-01", "2025-04-01"),
    ("2025-03-06T10:00+02:00", "2025-03-06T10:00:00+02:00", "2025-03-06T10:01:00+02:00"),
    ("by 2030", "2030-01-01", "2031-01-01"),
    ("Q3 2024", "2024-07-01", "2024-10-01"),
])
def test_absolute_dates_need_no_reference(tmp_path: Path, when: str, start: str, end: str) -> None:
    """A spreadsheet of plain dates has nothing relative to read: it loads without a reference."""
    path = tmp_path / "dates.yaml"
    path.write_text(f"events:\n  - title: x\n    when: {json.dumps(when)}\n", encoding="utf-8")
    (event,) = load([str(path)]).timeline.events
    assert (event.span.start.isoformat(), event.span.end.isoformat()) == (start, end)


@pytest.mark.parametrize("when", ["last week", "Thursday", "March 6", "in 3 days", "2 days after talks"])
def test_relative_dates_in_a_file_with_no_reference_are_one_located_error(tmp_path: Path, when: str) -> None:
    path = tmp_path / "undated.yaml"
    path.write_text(f"events:\n  - id: summit\n    title: s\n    when: 2025-03-06\n"
                    f"  - title: x\n    when: {when}\n  - title: y\n    when: {when}\n", encoding="utf-8")
    result = invoke("show", str(path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}:5:5: error: no reference date")


def test_events_with_no_reference_are_measured_from_the_readers_today(tmp_path: Path) -> None:
    """The clock is read by the command line only; it places the reader, it never reads words."""
    path = tmp_path / "dates.csv"
    path.write_text("title,when\nTalks,2025-03-06\n", encoding="utf-8")
    today = date(2025, 3, 13)
    (event,) = load([str(path)], LoadOptions(today=today)).timeline.events
    assert (event.reference, event.reference_source) == (today, TODAY)
    assert event.span.start == date(2025, 3, 6)
    records = [json.loads(line) for line in invoke("show", "-f", "ndjson", str(path)).stdout.splitlines()]
    assert records[0]["reference"] == date.today().isoformat()
    kept = select(load([str(path)], LoadOptions(today=today)).timeline, since="last week", until="last week")
    assert [e.title for e in kept.events] == ["Talks"]


def test_an_anchor_on_an_absolute_event_is_absolute(tmp_path: Path) -> None:
    path = tmp_path / "dates.yaml"
    path.write_text("events:\n  - id: summit\n    title: s\n    when: 2025-03-06\n"
                    "  - title: x\n    when: 2 days after summit\n", encoding="utf-8")
    spans = [e.span.start for e in load([str(path)]).timeline.events]
    assert spans == [date(2025, 3, 6), date(2025, 3, 8)]
