"""Errors by class (issue 17.6-17.7, 16): every refusal is a TimelineError subclass that
says what is wrong, never an internal exception name or a CPython message."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from timeline import resolve
from timeline.errors import (
    ExpressionSyntaxError,
    ImpossibleDateError,
    OutOfRangeError,
    TimelineError,
    UnknownWordError,
)
from timeline.resolver import Resolver

REF = date(2025, 3, 6)

# Day and month are kept with "next/last year" and "next/last month" (issue 17.7).
KEPT = [
    ("March 3 next year", "2026-03-03", "2026-03-04"),
    ("3 March last year", "2024-03-03", "2024-03-04"),
    ("the 5th next month", "2025-04-05", "2025-04-06"),
    ("the 30th next month", "2025-04-30", "2025-05-01"),
    ("the 20th of last month", "2025-02-20", "2025-02-21"),
    ("Christmas next year", "2026-12-25", "2026-12-26"),
    ("Easter last year", "2024-03-31", "2024-04-01"),
    ("Q1 next year", "2026-01-01", "2026-04-01"),
    ("March next year", "2026-03-01", "2026-04-01"),
    ("next year", "2026-01-01", "2027-01-01"),
    ("next month", "2025-04-01", "2025-05-01"),
]


@pytest.mark.parametrize(("text", "start", "end"), KEPT)
def test_day_and_month_kept_with_a_relative_year_or_month(text: str, start: str, end: str) -> None:
    span = resolve(text, reference=REF)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end), span.explanation


ERRORS: list[tuple[str, date | datetime, str | None, type[TimelineError], str]] = [
    ("April 31 next year", REF, None, ImpossibleDateError, "April 2026 has no day 31"),
    ("the 31st next month", REF, None, ImpossibleDateError, "April 2025 has no day 31"),
    ("13/13/2025", REF, None, ImpossibleDateError, "not a date"),
    ("31 April 2025", REF, None, ImpossibleDateError, "no day 31"),
    ("30/02/2025", REF, None, ImpossibleDateError, "February 2025 has no day 30"),
    ("2025-02-29", REF, None, ImpossibleDateError, "no day 29"),
    ("2025-W60", REF, None, ImpossibleDateError, "no ISO week 60"),
    ("Thursday, March 5 2025", REF, None, ImpossibleDateError, "which is a Wednesday"),
    ("last Thursdy", REF, None, UnknownWordError, "did you mean 'Thursday'"),
    ("the", REF, None, ExpressionSyntaxError, "no date"),
    ("-", REF, None, ExpressionSyntaxError, "unexpected '-'"),
    ("x" * 500, REF, None, OutOfRangeError, "too long"),
    ("today", datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12))), "UTC",
     OutOfRangeError, "outside the years 1-9999"),
    ("today", datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=14))), "UTC",
     OutOfRangeError, "outside the years 1-9999"),
    ("tomorrow", date(9999, 12, 31), None, OutOfRangeError, "outside the years 1-9999"),
    ("yesterday", date(1, 1, 1), None, OutOfRangeError, "outside the years 1-9999"),
    ("next year", date(9999, 6, 1), None, OutOfRangeError, "out of range"),
    ("in 10000 years", REF, None, OutOfRangeError, "out of range"),
    ("last 99999999 years", REF, None, OutOfRangeError, "out of range"),
    ("the 0th century", REF, None, OutOfRangeError, "outside the years 1-9999"),
    ("next friday", date(9999, 12, 31), None, OutOfRangeError, "outside the years 1-9999"),
    ("christmas", date(9999, 12, 30), None, OutOfRangeError, "out of range"),
]


@pytest.mark.parametrize(("text", "ref", "tz", "kind", "words"), ERRORS)
def test_errors_by_class(text: str, ref: date | datetime, tz: str | None, kind: type[TimelineError],
                         words: str) -> None:
    with pytest.raises(kind) as caught:
        Resolver(ref, "past", tz).resolve(text)
    message = str(caught.value)
    assert words in message
    for internal in ("IndexError", "TypeError", "KeyError", "AttributeError", "OverflowError",
                     "date value out of range", "ordinal must be"):
        assert internal not in message


@pytest.mark.parametrize(("text", "ref", "start"), [
    ("the 1st century", REF, "0001-01-01"),
    ("today", datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=14))), "0001-01-01"),
    ("today", date(9999, 12, 30), "9999-12-30"),
    ("the 99th century", REF, "9800-01-01"),
])
def test_dates_near_the_ends_of_the_calendar_resolve(text: str, ref: date | datetime, start: str) -> None:
    assert resolve(text, reference=ref).start.isoformat()[:10] == start


HOSTILE = ["13/13/2025", "00/00/0000", "0000-01-01", "9999-12-31", "99999999999999999999 days ago",
           "1e400 days ago", "25:00", "10/31/10000", "the 10000s", "Q5 2025", "Easter 9999", "the 15th",
           "in 9999 years", "between and", "from to", "- -", "3--4", "//", "the day after", "week of",
           "closest to", "2 days after", "0/0", "31/31", "12/31/99999", "Feb 30th next year", "the 32nd",
           "after after", "99:99", "quarter to", "half past", "the -1st", "'90s'", "in -3 days"]
REFS: list[date | datetime] = [REF, date(1, 1, 1), date(9999, 12, 31), datetime(9999, 12, 31, 23, 59),
                               datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=14)))]


@pytest.mark.parametrize("text", HOSTILE)
def test_the_resolver_raises_only_timeline_errors(text: str) -> None:
    for ref in REFS:
        try:
            Resolver(ref, "past").resolve(text)
        except TimelineError as exc:
            assert not any(name in str(exc) for name in ("Error", "ordinal must be", "out of range for"))
