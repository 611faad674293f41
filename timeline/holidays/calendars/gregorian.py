"""Gregorian rules: fixed dates moved off weekends, the n-th weekday of a month, Advent."""

from __future__ import annotations

from datetime import date, timedelta

__all__ = [
    "FRI",
    "GREGORIAN_RANGE",
    "MON",
    "SAT",
    "SUN",
    "THU",
    "TUE",
    "WED",
    "advent_sunday",
    "nth_weekday",
    "weekday_on_or_before",
]

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

#: Gregorian years the rules are computed for (inclusive): the years of ``datetime.date``
#: that leave room for a span ending the next day.
GREGORIAN_RANGE = (1, 9998)

_DAY = timedelta(days=1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The *n*-th (1-based; -1 = last, -2 = the one before) *weekday* (0 = Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    last = nxt - _DAY
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def weekday_on_or_before(d: date, weekday: int) -> date:
    """The last *weekday* on or before *d* (Victoria Day: the Monday on or before 24 May)."""
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def advent_sunday(year: int) -> date:
    """The First Sunday of Advent: the fourth Sunday before Christmas (27 November - 3 December)."""
    christmas = date(year, 12, 25)
    return christmas - timedelta(days=(christmas.weekday() - SUN) % 7 or 7) - timedelta(days=21)
