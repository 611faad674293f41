"""How far a span lies from a reference, in the words a person reads at a glance.

Pure: "yesterday", "today", "last week", "in 3 days", "35 years ago". The
unit follows the span's granularity, so a week reads as a week and a year as a
year; a day far away reads in weeks, months or years.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline.model import Granularity as G
from timeline.model import Span
from timeline.model import day_of as _as_date


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}{'' if n == 1 else 's'}"


def _ago(n: int, unit: str) -> str:
    return f"{_plural(-n, unit)} ago" if n < 0 else f"in {_plural(n, unit)}"


def _calendar_words(delta: int, unit: str) -> str:
    if delta == 0:
        return f"this {unit}"
    if delta == -1:
        return f"last {unit}"
    if delta == 1:
        return f"next {unit}"
    return _ago(delta, unit)


def _far(days: int) -> str:
    """A distance in days said in the largest unit that fits."""
    n = abs(days)
    sign = -1 if days < 0 else 1
    if n < 14:
        return _ago(sign * n, "day")
    if n < 60:
        return _ago(sign * (n // 7), "week")
    if n < 365:
        return _ago(sign * (n // 30), "month")
    return _ago(sign * (n // 365), "year")


def describe_distance(span: Span, reference: date | datetime) -> str:
    """The distance from *reference* to *span*, e.g. 'yesterday' or 'last week'."""
    ref = _as_date(reference)
    start = _as_date(span.start)
    last = span.last_day
    if start <= ref <= last and span.granularity in (G.DAY, G.PART_OF_DAY, G.HOUR, G.MINUTE, G.SECOND):
        return "today"
    g = span.granularity
    if g in (G.WEEK, G.WEEKEND):
        delta = (start - (ref - _days(ref.weekday()))).days // 7
        return _calendar_words(delta, "weekend" if g == G.WEEKEND else "week")
    if g == G.MONTH:
        return _calendar_words((start.year - ref.year) * 12 + start.month - ref.month, "month")
    if g == G.QUARTER:
        delta = (start.year - ref.year) * 4 + (start.month - 1) // 3 - (ref.month - 1) // 3
        return _calendar_words(delta, "quarter")
    if g == G.YEAR:
        return _calendar_words(start.year - ref.year, "year")
    if g in (G.DECADE, G.CENTURY):
        if start <= ref <= last:
            return f"this {g.value}"
        years = start.year - ref.year if start > ref else last.year - ref.year
        return _ago(years, "year")
    if start <= ref <= last:
        return "now" if g == G.SEASON else "ongoing"
    days = (start - ref).days if start > ref else (last - ref).days
    if days == -1:
        return "yesterday"
    if days == 1:
        return "tomorrow"
    return _far(days)


def _days(n: int) -> timedelta:
    return timedelta(days=n)
