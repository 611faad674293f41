"""Intervals and durations."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from timeline.errors import (
    ExpressionSyntaxError,
)
from timeline.expressions import Expression, date_of
from timeline.model import Granularity as G
from timeline.model import add_elapsed
from timeline.resolver.families import times
from timeline.resolver.spans import (
    _UNIT_SECONDS,
    UNIT_FACTS,
    WEEK,
    _as_date,
    _num,
    _Raw,
    days_in_month,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

def _interval(r: Resolver, expr: Expression) -> _Raw:
    assert expr.end is not None
    left = r.meaning(expr.start)
    right = r.meaning(expr.end)
    right_date = date_of(expr.end)
    start, end = left.start, right.end
    if isinstance(start, datetime) != isinstance(end, datetime):
        if isinstance(start, datetime):
            end = datetime.combine(_as_date(end), time(), start.tzinfo)
        else:
            start = datetime.combine(start, time(), end.tzinfo)  # type: ignore[attr-defined]
    if end <= start and isinstance(end, datetime) and right_date is None and left.grain.rank <= G.HOUR.rank:
        end = end + timedelta(days=1)  # "from 9 to 17" read tomorrow morning: the end is that day's 17:00
    right_value, right_reason = right.value, right.reason
    if end <= start:
        # "Friday to Monday", "December to February": the end comes after the start
        if not isinstance(end, datetime) and right.grain in (G.DAY, G.MONTH) and getattr(right_date, "year", None) is None:
            if right.grain == G.DAY and getattr(right_date, "weekday", None) is not None \
                    and getattr(right_date, "day", None) is None:
                end = end + WEEK
            else:
                ry = _as_date(right.start)
                y = ry.year + 1
                s2 = date(y, ry.month, min(ry.day, days_in_month(y, ry.month)))
                end = s2 + (_as_date(right.end) - ry)
            last = _as_date(end) - timedelta(days=1)  # the value names the end that was moved
            right_value = last.isoformat() if right.grain == G.DAY else last.isoformat()[:7]
            right_reason = f"the first after the start; {right.value} came before it"
        if end <= start:
            raise ExpressionSyntaxError(f"the interval ends ({right.value}) before it starts ({left.value})",
                                  r.text)
    grain = left.grain if left.grain.rank <= right.grain.rank else right.grain
    return _Raw(start, end, grain, f"{left.value}/{right_value}",
                f"from {left.value} ({left.reason}) to the end of {right_value} ({right_reason})")


def _extend(r: Resolver, raw: _Raw, duration: tuple[float, str]) -> _Raw:
    value, unit = duration
    if isinstance(raw.start, datetime):
        facts = UNIT_FACTS.get(unit)
        seconds = value * (facts.seconds if facts is not None and facts.seconds else 60)
        if unit in _UNIT_SECONDS:
            end = add_elapsed(raw.start, timedelta(seconds=seconds))
        else:
            end = times._wall(r, raw.start.replace(tzinfo=None) + timedelta(seconds=seconds))
        return _Raw(raw.start, add_elapsed(end, timedelta(minutes=1)) if raw.grain == G.MINUTE else end,
                    raw.grain,
                    raw.value, f"{raw.reason}, for {_num(value)} {unit}s")
    days = int(value * {"day": 1, "week": 7, "fortnight": 14}.get(unit, 1))
    last = raw.start + timedelta(days=days)
    return _Raw(raw.start, last, raw.grain, f"{raw.value}/P{days}D",
                f"{raw.reason}, for {_num(value)} {unit}{'s' if value != 1 else ''}")
