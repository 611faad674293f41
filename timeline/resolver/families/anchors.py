"""The Nth closest weekday or holiday to a date."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from timeline.errors import (
    ExpressionSyntaxError,
)
from timeline.grammar import Point
from timeline.model import day_of as _as_date
from timeline.resolver.spans import (
    _ordinal,
    _Raw,
    day_span,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

def _closest(r: Resolver, p: Point) -> _Raw:
    rank, anchor_point = p.closest  # type: ignore[misc]
    anchor = r.point(anchor_point)
    a = _as_date(anchor.start)
    if p.weekday is not None:
        wd = p.weekday
        days = []
        for offset in range(-7 * (rank + 1), 7 * (rank + 1) + 1):
            d = a + timedelta(days=offset)
            if d.weekday() == wd:
                days.append(d)
    elif p.holiday is not None:
        days = [_as_date(p.holiday.occurrence(y)[0]) for y in range(a.year - rank - 1, a.year + rank + 2)]
    else:
        raise ExpressionSyntaxError("closest what?", r.text)
    days.sort(key=lambda d: (abs((d - a).days), d))
    d = days[rank - 1]
    return _Raw(*day_span(d), f"the {_ordinal(rank)} closest to {a.isoformat()}")
