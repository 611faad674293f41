"""The reading conventions of README and docs/conventions.md, as tables.

Each row: expression, reference, prefer, expected start, expected exclusive
end, granularity. Dates were worked out by hand from a calendar, not copied
from the code's output.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline import ExpressionError, resolve
from timeline.model import Granularity

THU = date(2025, 3, 6)  # the seed article's publication day, ISO week 10


def d(text: str) -> date:
    return date.fromisoformat(text)


def check(expr: str, ref: date | datetime, prefer: str, start: str, end: str, grain: str) -> None:
    span = resolve(expr, reference=ref, prefer=prefer)
    got_start = span.start.isoformat() if not isinstance(span.start, datetime) else span.start.isoformat()[:16]
    got_end = span.end.isoformat() if not isinstance(span.end, datetime) else span.end.isoformat()[:16]
    assert (got_start, got_end, span.granularity.value) == (start, end, grain), span.explanation
    assert span.start < span.end


WEEKDAYS = [
    # bare weekday: prefer decides, the reference day itself included
    ("Wednesday", "past", "2025-03-05"),
    ("Wednesday", "future", "2025-03-12"),
    ("Wednesday", "nearest", "2025-03-05"),
    ("Thursday", "past", "2025-03-06"),
    ("Thursday", "future", "2025-03-06"),
    ("Friday", "past", "2025-02-28"),
    ("Friday", "future", "2025-03-07"),
    ("Friday", "nearest", "2025-03-07"),
    ("Monday", "nearest", "2025-03-03"),
    ("Sunday", "nearest", "2025-03-09"),
    # possessives, "on", abbreviations
    ("Wednesday's", "past", "2025-03-05"),
    ("on Wednesday", "past", "2025-03-05"),
    ("Wed", "past", "2025-03-05"),
    ("Wed.", "past", "2025-03-05"),
    ("wednesday", "past", "2025-03-05"),
    ("Thursday's", "past", "2025-03-06"),
    # words beat prefer
    ("last Thursday", "future", "2025-02-27"),
    ("next Thursday", "past", "2025-03-13"),
    ("this Thursday", "future", "2025-03-06"),
    ("last Friday", "future", "2025-02-28"),
    ("next Friday", "past", "2025-03-07"),
    ("this Friday", "past", "2025-03-07"),
    ("this Monday", "future", "2025-03-03"),
    ("this Sunday", "past", "2025-03-09"),
    ("last Wednesday", "past", "2025-03-05"),
    ("next Wednesday", "future", "2025-03-12"),
    ("Friday last week", "future", "2025-02-28"),
    ("Tuesday of last week", "past", "2025-02-25"),
    ("Monday next week", "past", "2025-03-10"),
    ("Wednesday of next week", "past", "2025-03-12"),
    ("Sunday of this week", "past", "2025-03-09"),
    ("Friday after next", "past", "2025-03-14"),
]


@pytest.mark.parametrize(("expr", "prefer", "day"), WEEKDAYS)
def test_weekdays(expr: str, prefer: str, day: str) -> None:
    span = resolve(expr, reference=THU, prefer=prefer)
    assert span.granularity == Granularity.DAY
    assert span.start == d(day), span.explanation
    assert (span.end - span.start).days == 1


UNITS = [
    ("last week", "2025-02-24", "2025-03-03", "week"),
    ("last week's", "2025-02-24", "2025-03-03", "week"),
    ("past week", "2025-02-24", "2025-03-03", "week"),
    ("this week", "2025-03-03", "2025-03-10", "week"),
    ("next week", "2025-03-10", "2025-03-17", "week"),
    ("the coming week", "2025-03-10", "2025-03-17", "week"),
    ("the week before last", "2025-02-17", "2025-02-24", "week"),
    ("last month", "2025-02-01", "2025-03-01", "month"),
    ("this month", "2025-03-01", "2025-04-01", "month"),
    ("next month", "2025-04-01", "2025-05-01", "month"),
    ("the month after next", "2025-05-01", "2025-06-01", "month"),
    ("last quarter", "2024-10-01", "2025-01-01", "quarter"),
    ("this quarter", "2025-01-01", "2025-04-01", "quarter"),
    ("next quarter", "2025-04-01", "2025-07-01", "quarter"),
    ("last year", "2024-01-01", "2025-01-01", "year"),
    ("this year", "2025-01-01", "2026-01-01", "year"),
    ("next year", "2026-01-01", "2027-01-01", "year"),
    ("last weekend", "2025-03-01", "2025-03-03", "weekend"),
    ("this weekend", "2025-03-08", "2025-03-10", "weekend"),
    ("yesterday", "2025-03-05", "2025-03-06", "day"),
    ("today", "2025-03-06", "2025-03-07", "day"),
    ("tomorrow", "2025-03-07", "2025-03-08", "day"),
    ("the day before yesterday", "2025-03-04", "2025-03-05", "day"),
    ("the day after tomorrow", "2025-03-08", "2025-03-09", "day"),
]


@pytest.mark.parametrize(("expr", "start", "end", "grain"), UNITS)
def test_calendar_units_are_whole_units(expr: str, start: str, end: str, grain: str) -> None:
    check(expr, THU, "past", start, end, grain)


OFFSETS = [
    ("3 days ago", "2025-03-03", "2025-03-04", "day"),
    ("three days ago", "2025-03-03", "2025-03-04", "day"),
    ("in 3 days", "2025-03-09", "2025-03-10", "day"),
    ("3 days from now", "2025-03-09", "2025-03-10", "day"),
    ("a day ago", "2025-03-05", "2025-03-06", "day"),
    # weeks give the ISO week that contains the date
    ("2 weeks ago", "2025-02-17", "2025-02-24", "week"),
    ("in 2 weeks", "2025-03-17", "2025-03-24", "week"),
    ("a fortnight ago", "2025-02-17", "2025-02-24", "week"),
    ("a couple of weeks ago", "2025-02-17", "2025-02-24", "week"),
    # months a month, years a year
    ("3 months ago", "2024-12-01", "2025-01-01", "month"),
    ("in six months", "2025-09-01", "2025-10-01", "month"),
    ("5 years ago", "2020-01-01", "2021-01-01", "year"),
    ("in 5 years", "2030-01-01", "2031-01-01", "year"),
    ("2 years from now", "2027-01-01", "2028-01-01", "year"),
]


@pytest.mark.parametrize(("expr", "start", "end", "grain"), OFFSETS)
def test_offsets_keep_the_unit(expr: str, start: str, end: str, grain: str) -> None:
    check(expr, THU, "past", start, end, grain)


def test_hour_offsets_count_from_the_reference_time() -> None:
    span = resolve("in 2 hours", reference=datetime(2025, 3, 6, 9, 30))
    assert span.start == datetime(2025, 3, 6, 11, 30)
    assert span.granularity == Granularity.HOUR


DATES = [
    ("2025-03-06", "past", "2025-03-06"),
    ("6 March 2025", "past", "2025-03-06"),
    ("March 6, 2025", "past", "2025-03-06"),
    ("March 6th, 2025", "past", "2025-03-06"),
    ("6th of March 2025", "past", "2025-03-06"),
    ("Thursday 6 March", "past", "2025-03-06"),
    ("Thursday, March 6", "future", "2025-03-06"),
    ("6 March", "past", "2025-03-06"),
    ("7 March", "past", "2024-03-07"),
    ("7 March", "future", "2025-03-07"),
    ("5 March", "future", "2026-03-05"),
    ("9 November 1989", "past", "1989-11-09"),
    ("November 9, 1989", "past", "1989-11-09"),
    ("6/3/2025", "past", "2025-03-06"),
]


@pytest.mark.parametrize(("expr", "prefer", "day"), DATES)
def test_dates(expr: str, prefer: str, day: str) -> None:
    span = resolve(expr, reference=THU, prefer=prefer)
    assert (span.start, span.granularity) == (d(day), Granularity.DAY), span.explanation


MONTHS_AND_YEARS = [
    ("March", "past", "2025-03-01", "2025-04-01", "month"),
    ("April", "past", "2024-04-01", "2024-05-01", "month"),
    ("April", "future", "2025-04-01", "2025-05-01", "month"),
    ("February", "future", "2026-02-01", "2026-03-01", "month"),
    ("last March", "past", "2024-03-01", "2024-04-01", "month"),
    ("next March", "past", "2026-03-01", "2026-04-01", "month"),
    ("March 2025", "past", "2025-03-01", "2025-04-01", "month"),
    ("2030", "past", "2030-01-01", "2031-01-01", "year"),
    ("in 2030", "past", "2030-01-01", "2031-01-01", "year"),
    ("by 2030", "past", "2030-01-01", "2031-01-01", "year"),
    ("since 1989", "past", "1989-01-01", "1990-01-01", "year"),
]


@pytest.mark.parametrize(("expr", "prefer", "start", "end", "grain"), MONTHS_AND_YEARS)
def test_months_and_years(expr: str, prefer: str, start: str, end: str, grain: str) -> None:
    check(expr, THU, prefer, start, end, grain)


@pytest.mark.parametrize(("expr", "qualifier"), [("by 2030", "by"), ("in 2030", None), ("since 1989", "since"),
                                                 ("until Friday", "until"), ("before March", "before"),
                                                 ("after Easter", "after")])
def test_qualifiers_are_kept(expr: str, qualifier: str | None) -> None:
    assert resolve(expr, reference=THU).qualifier == qualifier


TIMES = [
    ("10am", "2025-03-06T10:00", "2025-03-06T11:00", "hour"),
    ("10:30", "2025-03-06T10:30", "2025-03-06T10:31", "minute"),
    ("14:30", "2025-03-06T14:30", "2025-03-06T14:31", "minute"),
    ("Thursday at 10am", "2025-03-06T10:00", "2025-03-06T11:00", "hour"),
    ("at 10am on Wednesday", "2025-03-05T10:00", "2025-03-05T11:00", "hour"),
    ("Wednesday 3pm", "2025-03-05T15:00", "2025-03-05T16:00", "hour"),
    ("noon", "2025-03-06T12:00", "2025-03-06T13:00", "hour"),
    ("yesterday at 9:15", "2025-03-05T09:15", "2025-03-05T09:16", "minute"),
    # a time with its minutes on a date written in full is read as written (24-hour clock)
    ("2 December 2022 at 7:00", "2022-12-02T07:00", "2022-12-02T07:01", "minute"),
    ("2022-12-02 7:00", "2022-12-02T07:00", "2022-12-02T07:01", "minute"),
    ("6 March 2025, 3:30", "2025-03-06T03:30", "2025-03-06T03:31", "minute"),
    ("2 December 2022 at 7:30pm", "2022-12-02T19:30", "2022-12-02T19:31", "minute"),
    # ... a bare hour, or a date without its year, keeps the news reader's clock (1-7 pm)
    ("2 December 2022 at 7", "2022-12-02T19:00", "2022-12-02T20:00", "hour"),
    ("December 2 at 7:00", "2024-12-02T19:00", "2024-12-02T19:01", "minute"),
    ("Thursday at 3", "2025-03-06T15:00", "2025-03-06T16:00", "hour"),
]


@pytest.mark.parametrize(("expr", "start", "end", "grain"), TIMES)
def test_times(expr: str, start: str, end: str, grain: str) -> None:
    check(expr, THU, "past", start, end, grain)


BOUNDARIES = [
    # year boundaries: ISO week 1 of 2025 starts on Monday 30 December 2024
    ("last week", date(2025, 1, 2), "2024-12-23", "2024-12-30", "week"),
    ("this week", date(2025, 1, 2), "2024-12-30", "2025-01-06", "week"),
    ("last month", date(2025, 1, 2), "2024-12-01", "2025-01-01", "month"),
    ("last year", date(2025, 1, 2), "2024-01-01", "2025-01-01", "year"),
    ("yesterday", date(2025, 1, 1), "2024-12-31", "2025-01-01", "day"),
    ("last Friday", date(2025, 1, 2), "2024-12-27", "2024-12-28", "day"),
    ("next month", date(2024, 12, 15), "2025-01-01", "2025-02-01", "month"),
    ("next week", date(2024, 12, 31), "2025-01-06", "2025-01-13", "week"),
    # leap days
    ("yesterday", date(2024, 3, 1), "2024-02-29", "2024-03-01", "day"),
    ("tomorrow", date(2024, 2, 28), "2024-02-29", "2024-03-01", "day"),
    ("29 February", date(2025, 3, 6), "2024-02-29", "2024-03-01", "day"),
    ("in 1 month", date(2024, 1, 31), "2024-02-01", "2024-03-01", "month"),
    ("1 year ago", date(2024, 2, 29), "2023-01-01", "2024-01-01", "year"),
    ("2024-02-29", date(2025, 3, 6), "2024-02-29", "2024-03-01", "day"),
    # ISO week 53: 2020 has one (28 Dec 2020 - 3 Jan 2021)
    ("last week", date(2021, 1, 6), "2020-12-28", "2021-01-04", "week"),
    ("2020-W53", date(2025, 3, 6), "2020-12-28", "2021-01-04", "week"),
    ("this week", date(2021, 1, 1), "2020-12-28", "2021-01-04", "week"),
    ("2025-W10", date(2025, 3, 6), "2025-03-03", "2025-03-10", "week"),
]


@pytest.mark.parametrize(("expr", "ref", "start", "end", "grain"), BOUNDARIES)
def test_year_boundaries_leap_days_and_week_53(expr: str, ref: date, start: str, end: str, grain: str) -> None:
    check(expr, ref, "past", start, end, grain)


def test_iso_week_53_value() -> None:
    assert resolve("last week", reference=date(2021, 1, 6)).value == "2020-W53"


@pytest.mark.parametrize(("expr", "fragment"), [
    ("30 February", "February has no day 30"),
    ("2025-02-29", "February 2025 has no day 29"),
    ("29 February 2025", "February 2025 has no day 29"),
    ("31 April 2025", "April 2025 has no day 31"),
    ("2021-W53", "2021 has no ISO week 53"),
    ("Thursday, March 5", "Thursday does not match 2025-03-05"),
    ("Thursdy", "did you mean 'Thursday'?"),
])
def test_impossible_dates_are_errors(expr: str, fragment: str) -> None:
    with pytest.raises(ExpressionError) as info:
        resolve(expr, reference=THU)
    assert fragment in str(info.value)


def test_misspelt_word_carries_token_position_and_suggestion() -> None:
    with pytest.raises(ExpressionError) as info:
        resolve("last Thursdy", reference=THU)
    err = info.value
    assert (err.token, err.position, err.suggestion) == ("Thursdy", 5, "Thursday")
    assert isinstance(err, ValueError)


def test_reference_datetime_aware_and_naive() -> None:
    from zoneinfo import ZoneInfo

    aware = datetime(2025, 3, 6, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    assert resolve("yesterday", reference=aware).start == date(2025, 3, 5)
    assert resolve("yesterday", reference=datetime(2025, 3, 6, 9, 0)).start == date(2025, 3, 5)


def test_public_api_names_are_functions_even_after_submodule_imports() -> None:
    import timeline
    import timeline.extraction
    import timeline.loader
    import timeline.resolver  # noqa: F401

    from timeline import extract, load
    from timeline import resolve as api_resolve

    assert callable(api_resolve) and api_resolve is timeline.resolve
    assert api_resolve.__module__ == "timeline.resolver"
    assert callable(extract) and callable(load)


WEEKEND_OF = [
    # the Saturday and Sunday of the ISO week holding the date, whatever the reference
    ("the weekend of 8 June 2024", "2024-06-08", "2024-06-10"),  # a Saturday
    ("the weekend of 9 June 2024", "2024-06-08", "2024-06-10"),  # a Sunday
    ("weekend of June 6, 2024", "2024-06-08", "2024-06-10"),  # a Thursday
    ("the weekend of 10 June 2024", "2024-06-15", "2024-06-17"),  # a Monday: the weekend ending its week
    ("the weekend of Easter 2024", "2024-03-30", "2024-04-01"),
]


@pytest.mark.parametrize(("expr", "start", "end"), WEEKEND_OF)
@pytest.mark.parametrize("prefer", ["past", "future"])
def test_the_weekend_of_a_date(expr: str, start: str, end: str, prefer: str) -> None:
    check(expr, THU, prefer, start, end, "weekend")


CLOSEST_HOLIDAYS = [
    ("the closest Christmas to May 2014", "2013-12-25"),
    ("the second closest Christmas to May 2014", "2014-12-25"),
    # King's Day is held since 2014: the years before it are skipped, not an error
    ("the closest King's Day to May 2014", "2014-04-26"),
    ("the second closest King's Day to May 2014", "2015-04-27"),
    ("the third closest King's Day to May 2014", "2016-04-27"),
    # Eid al-Adha fell twice in 2006 (10 January and 31 December)
    ("the closest Eid al-Adha to January 2007", "2006-12-31"),
]


@pytest.mark.parametrize(("expr", "day"), CLOSEST_HOLIDAYS)
def test_the_closest_holiday_to_a_date(expr: str, day: str) -> None:
    nxt = date.fromisoformat(day).toordinal() + 1
    check(expr, THU, "past", day, date.fromordinal(nxt).isoformat(), "day")
