"""Names of calendar periods and days in English words, shared by the renderers
that show a date to a reader (ICS summaries, TimelineJS display dates)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline.model import Granularity, Span

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st..."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def day_name(day: date) -> str:
    """'5 March 2025' (no weekday, no leading zero, English whatever the locale)."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def time_name(value: datetime, seconds: bool = False) -> str:
    """'20:00' or '20:00:15'."""
    return f"{value:%H:%M:%S}" if seconds else f"{value:%H:%M}"


def period_name(span: Span) -> str | None:
    """A name such as "March 2025", "2030", "Q1 2025", "the 1990s" when the span
    is exactly that calendar period, else None (then the dates are shown)."""
    if span.is_timed:
        return None
    start, last = span.first_day, span.last_day
    ends_a_month = last == date.max or (last + timedelta(days=1)).day == 1
    if start.day != 1 or not ends_a_month:
        return None
    months = _month_index(last) - _month_index(start) + 1  # whole calendar months covered
    g = span.granularity
    if g is Granularity.MONTH and months == 1:
        return f"{MONTH_NAMES[start.month - 1]} {start.year}"
    if g is Granularity.QUARTER and start.month % 3 == 1 and months == 3:
        return f"Q{start.month // 3 + 1} {start.year}"
    if g is Granularity.SEASON and start.month in _SEASONS and months == 3:
        name = _SEASONS[start.month]
        year = f"{start.year}–{(start.year + 1) % 100:02d}" if start.month == 12 else str(start.year)
        return f"{name} {year}"
    if start.month != 1 or last.month != 12:
        return None
    years = last.year - start.year + 1
    if g is Granularity.YEAR and years == 1:
        return str(start.year)
    if g is Granularity.DECADE and start.year % 10 == 0 and years == 10:
        return f"the {start.year}s"
    if g is Granularity.CENTURY and years == 100:
        # TIMEX3 centuries run 1900-1999 ("19"), named the 20th century.
        return f"the {ordinal(start.year // 100 + 1)} century"
    return None
