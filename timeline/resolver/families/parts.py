"""Parts of a period: early/mid/late, the beginning or end, the rest, earlier or later."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.errors import (
    ExpressionSyntaxError,
)
from timeline.model import Granularity as G
from timeline.resolver.families import times
from timeline.resolver.spans import (
    DAY,
    _as_date,
    _Raw,
    add_months,
    day_span,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

def _part(r: Resolver, part: str, base: _Raw) -> _Raw:
    s, e = _as_date(base.start), _as_date(base.end)
    g = base.grain
    ref = r.ref_day
    label = {"early": "early", "mid": "the middle of", "late": "late", "begin": "the beginning of",
             "end": "the end of", "rest": "the rest of", "earlier": "earlier in", "later": "later in",
             "all": "all of", "todate": "so far in", "turn": "the turn of"}.get(part, part)
    if part == "all":
        return base
    if part == "turn":
        return _turn(r, label, base)
    if "_" in part:
        # "mid-to-late March": from the start of the first part to the end of the second
        first, second = (_part(r, half, base) for half in part.split("_"))
        return _Raw(first.start, second.end, first.grain, base.value,
                    f"{part.replace('_', '-to-')} {base.value}: {first.reason}; to {second.reason}")
    if part == "todate":
        # "year-to-date", "so far this month": from the unit's start to the reference day, included
        end = min(e, ref + DAY)
        if end <= s:
            end = e
        return _Raw(s, end, G.DAY, base.value, f"{label} {base.value}: from its start to the reference day")
    if part == "rest":
        start = max(s, ref)
        return _Raw(start, e, G.DAY, f"{start.isoformat()}/{(e - DAY).isoformat()}",
                    f"{label} {base.value}: from the reference day to its end")
    if part == "earlier":
        if g == G.DAY:
            if r.has_time:
                start = datetime.combine(s, time(), r.ref.tzinfo)
                return _Raw(start, r.ref, G.HOUR, f"{s.isoformat()}", "earlier on the reference day")
            return _Raw(*day_span(s), "earlier on the reference day")
        end = min(e, ref)
        if end <= s:
            end = s + DAY
        return _Raw(s, end, G.DAY, base.value, f"{label} {base.value}: before the reference day")
    if part == "later":
        if g == G.DAY:
            return _Raw(*day_span(s), "later on the reference day")
        start = max(s, ref + DAY)
        if start >= e:
            start = e - DAY
        return _Raw(start, e, G.DAY, base.value, f"{label} {base.value}: after the reference day")
    if g in (G.MONTH,):
        days = (e - s).days
        cuts = {"early": (0, 10), "begin": (0, 10), "mid": (10, 20), "late": (20, days), "end": (20, days)}[part]
        start, end = s + timedelta(days=cuts[0]), s + timedelta(days=cuts[1])
        return _Raw(start, end, G.DAY, base.value, f"{label} {base.value}: days {cuts[0] + 1} to {cuts[1]}")
    if g in (G.WEEK,):
        cuts = {"early": (0, 3), "begin": (0, 3), "mid": (2, 5), "late": (4, 7), "end": (4, 7)}[part]
        start, end = s + timedelta(days=cuts[0]), s + timedelta(days=cuts[1])
        return _Raw(start, end, G.DAY, base.value,
                    f"{label} {base.value}: {lx.WEEKDAY_NAMES[cuts[0]]} to {lx.WEEKDAY_NAMES[cuts[1] - 1]}")
    if g in (G.YEAR, G.QUARTER, G.SEASON, G.DECADE, G.CENTURY) or g == G.DAY and (e - s).days > 2:
        # (a span of days longer than a weekend, a holiday such as Ramadan, is cut in thirds as a season is)
        if g == G.YEAR:
            cuts_m = {"early": (0, 4), "begin": (0, 3), "mid": (4, 8), "late": (8, 12), "end": (8, 12)}[part]
            y = s.year
            start = date(*add_months(y, 1, cuts_m[0]), 1)
            end = date(*add_months(y, 1, cuts_m[1]), 1)
            return _Raw(start, end, G.MONTH, base.value, f"{label} {base.value}: months "
                        f"{cuts_m[0] + 1} to {cuts_m[1]}")
        if g in (G.DECADE, G.CENTURY):
            size = 10 if g == G.DECADE else 100
            third = {"early": (0, 4), "begin": (0, 4), "mid": (3, 7), "late": (6, 10), "end": (6, 10)}[part]
            a, b = third[0] * size // 10, third[1] * size // 10
            start = date(max(s.year + a, 1), 1, 1)
            end = date(s.year + b, 1, 1)
            return _Raw(start, end, G.YEAR, base.value, f"{label} {base.value}: years {s.year + a} to "
                        f"{s.year + b - 1}")
        days = (e - s).days
        third_days = days // 3
        cuts = {"early": (0, third_days), "begin": (0, third_days), "mid": (third_days, 2 * third_days),
                "late": (days - third_days, days), "end": (days - third_days, days)}[part]
        start, end = s + timedelta(days=cuts[0]), s + timedelta(days=cuts[1])
        return _Raw(start, end, G.DAY, base.value, f"{label} {base.value}: its {part} third")
    if g == G.DAY and part in ("early", "begin"):
        return times._daypart_span(r, s, "morning", base, "early")
    if g == G.DAY and part in ("late", "end"):
        return times._daypart_span(r, s, "evening", base, None)
    raise ExpressionSyntaxError(f"cannot take {label!r} of a {g.value}", r.text)


def _turn(r: Resolver, label: str, base: _Raw) -> _Raw:
    """The years (or days) either side of where a century, decade or year begins: 'the turn of
    the century' read in 2025 is 1998-2002, 'the turn of the year' 22 December to 10 January."""
    s, g = _as_date(base.start), base.grain
    if g == G.CENTURY:
        start, end = date(max(s.year - 2, 1), 1, 1), date(s.year + 3, 1, 1)
        return _Raw(start, end, G.YEAR, str(s.year), f"{label} {base.value}: two years either side of {s.year}")
    if g == G.DECADE:
        start, end = date(max(s.year - 1, 1), 1, 1), date(s.year + 2, 1, 1)
        return _Raw(start, end, G.YEAR, str(s.year), f"{label} {base.value}: a year either side of {s.year}")
    if g == G.YEAR:
        start, end = s - timedelta(days=10), s + timedelta(days=10)
        return _Raw(start, end, G.DAY, s.isoformat(), f"{label} {base.value}: ten days either side of its first day")
    raise ExpressionSyntaxError(f"cannot take the turn of a {g.value}", r.text)
