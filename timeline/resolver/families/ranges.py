"""Intervals and durations."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from timeline.errors import (
    ExpressionSyntaxError,
)
from timeline.grammar import Expression
from timeline.model import Granularity as G
from timeline.model import add_elapsed
from timeline.model import day_of as _as_date
from timeline.resolver.spans import (
    _UNIT_SECONDS,
    UNIT_FACTS,
    WEEK,
    _num,
    _Raw,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

def _interval(r: Resolver, expr: Expression) -> _Raw:
    assert expr.end is not None
    left_p, right_p = expr.start, expr.end
    # "8am until 6", "11:30-1:30": a bare right hour earlier than the left one is pm
    if left_p.hour is not None and right_p.hour is not None and right_p.ampm is None \
            and not right_p.time_exact and right_p.daypart is None:
        lh = r._hour_candidates(left_p)[0]
        if right_p.hour < 12 and right_p.hour + 12 > lh >= right_p.hour or right_p.hour <= 12 and right_p.hour > lh % 24 and left_p.ampm == "pm":
            right_p.ampm = "pm"
    if left_p.hour is not None and left_p.ampm is None and not left_p.time_exact and right_p.ampm is None \
            and right_p.hour is not None and right_p.hour < 12 and left_p.daypart is None:
        left_p.time_exact = True
        right_p.time_exact = True
    left = r.point(left_p)
    right = r.point(right_p)
    start, end = left.start, right.end
    if isinstance(start, datetime) != isinstance(end, datetime):
        if isinstance(start, datetime):
            end = datetime.combine(_as_date(end), time(), start.tzinfo)
        else:
            start = datetime.combine(start, time(), end.tzinfo)  # type: ignore[union-attr]
    if end <= start:
        # "Friday to Monday", "December to February": the end comes after the start
        if not isinstance(end, datetime) and right.grain in (G.DAY, G.MONTH) and right_p.year is None:
            if right.grain == G.DAY and right_p.weekday is not None and right_p.day is None:
                end = end + WEEK
            else:
                ry = _as_date(right.start)
                y = ry.year + 1
                s2 = date(y, ry.month, min(ry.day, calendar.monthrange(y, ry.month)[1]))
                end = s2 + (_as_date(right.end) - ry)
        if end <= start:
            raise ExpressionSyntaxError(f"the interval ends ({right.value}) before it starts ({left.value})",
                                  r.text)
    grain = left.grain if left.grain.rank <= right.grain.rank else right.grain
    return _Raw(start, end, grain, f"{left.value}/{right.value}",
                f"from {left.value} ({left.reason}) to the end of {right.value} ({right.reason})")


def _extend(r: Resolver, raw: _Raw, duration: tuple[float, str]) -> _Raw:
    value, unit = duration
    if isinstance(raw.start, datetime):
        facts = UNIT_FACTS.get(unit)
        seconds = value * (facts.seconds if facts is not None and facts.seconds else 60)
        if unit in _UNIT_SECONDS:
            end = add_elapsed(raw.start, timedelta(seconds=seconds))
        else:
            end = r._wall(raw.start.replace(tzinfo=None) + timedelta(seconds=seconds))
        return _Raw(raw.start, add_elapsed(end, timedelta(minutes=1)) if raw.grain == G.MINUTE else end,
                    raw.grain,
                    raw.value, f"{raw.reason}, for {_num(value)} {unit}s")
    days = int(value * {"day": 1, "week": 7, "fortnight": 14}.get(unit, 1))
    last = raw.start + timedelta(days=days)
    return _Raw(raw.start, last, raw.grain, f"{raw.value}/P{days}D",
                f"{raw.reason}, for {_num(value)} {unit}{'s' if value != 1 else ''}")
