"""The Nth closest weekday or holiday to a date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeline.errors import (
    ExpressionSyntaxError,
    UnsupportedError,
)
from timeline.expressions import ClosestTo
from timeline.resolver.spans import (
    _as_date,
    _ordinal,
    _Raw,
    day_span,
)

if TYPE_CHECKING:
    from timeline.holidays import Holiday
    from timeline.resolver.core import Resolver

def _closest(r: Resolver, p: ClosestTo) -> _Raw:
    rank = p.rank
    anchor = r.meaning(p.anchor)
    a = _as_date(anchor.start)
    if p.weekday is not None:
        wd = p.weekday
        days = []
        for offset in range(-7 * (rank + 1), 7 * (rank + 1) + 1):
            d = a + timedelta(days=offset)
            if d.weekday() == wd:
                days.append(d)
    elif p.holiday is not None:
        days = _holiday_days(r, p.holiday, a.year - rank - 1, a.year + rank + 1)
    else:
        raise ExpressionSyntaxError("closest what?", r.text)
    days.sort(key=lambda d: (abs((d - a).days), d))
    if len(days) < rank:
        raise UnsupportedError(f"there are fewer than {rank} of them near {a.isoformat()}", r.text)
    d = days[rank - 1]
    return _Raw(*day_span(d), f"the {_ordinal(rank)} closest to {a.isoformat()}")


def _holiday_days(r: Resolver, holiday: Holiday, first: int, last: int) -> list[date]:
    """The first days of every occurrence of *holiday* starting in the years *first* to *last*.

    Read three years at a time through ``Holiday.around``, which skips the years the holiday was
    not held (King's Day before 2014) and keeps a lunar holiday that falls twice in one year.
    """
    days: set[date] = set()
    problem: UnsupportedError | None = None
    for middle in range(first + 1, last + 2, 3):
        try:
            spans = holiday.around(middle)
        except UnsupportedError as exc:
            problem = exc
            continue
        days.update(_as_date(start) for start, _ in spans if first <= _as_date(start).year <= last)
    if not days and problem is not None:
        problem.text = problem.text or r.text
        raise problem
    return sorted(days)
