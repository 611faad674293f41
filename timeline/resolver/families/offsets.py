"""Offsets: N units from the reference (the unit kept; clock units in absolute time), from another date, from another event."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.errors import (
    UnknownEventError,
)
from timeline.expressions import EventAnchor, Offset, Shifted
from timeline.model import Granularity as G
from timeline.model import Span, add_elapsed
from timeline.resolver.families import times
from timeline.resolver.spans import (
    _UNIT_SECONDS,
    _as_date,
    _check_year,
    _fmt,
    _num,
    _ordinal,
    _Raw,
    _timex_time,
    add_months,
    day_span,
    days_in_month,
    shift_unit,
    unit_span,
    week_span,
    weekend_span,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

def _offset(r: Resolver, p: Offset) -> _Raw:
    value, unit = p.value, p.unit
    if p.window:
        moved = _offset_time(r, value, unit)
        if unit in _UNIT_SECONDS:
            return _Raw(r.ref, moved.start, G(unit), f"{_timex_time(r.ref, G(unit))}/{moved.value}",
                        f"from the reference time to {_num(value)} {unit}(s) later")
        end = _as_date(moved.start)
        return _Raw(r.ref_day, end, G.DAY, f"{r.ref_day.isoformat()}/{end.isoformat()}",
                    f"from the reference day to {_num(value)} {unit}(s) later")
    if value != int(value) and not p.exact and unit in _FRACTION_GRAIN:
        # "half a year ago", "half a century ago": the month (or year) the fraction lands in
        landed = _as_date(_offset_time(r, value, unit).start)
        finer = _FRACTION_GRAIN[unit]
        raw = _Raw(*unit_span(finer, landed), "")
        raw.reason = (f"{_num(abs(value))} {unit}s {'before' if value < 0 else 'after'} the reference "
                      f"{_fmt(r.ref_day)} is {landed.isoformat()}; the {finer} containing it")
        return raw
    if unit in _UNIT_SECONDS or p.exact or value != int(value):
        return _offset_time(r, value, unit, exact=p.exact)
    n = int(value)
    ref = r.ref_day
    if unit == "fortnight":
        unit, n = "week", 2 * n
    d = shift_unit(unit, ref, n)
    if unit in ("month", "year", "quarter", "decade", "century"):
        y, m = add_months(ref.year, ref.month, n * {"month": 1, "quarter": 3, "year": 12, "decade": 120,
                                                      "century": 1200}[unit])
        _check_year(y, r.text)
        d = date(y, m, min(ref.day, days_in_month(y, m)))
    raw = _Raw(*unit_span(unit, d), "")
    direction = "before" if n < 0 else "after"
    raw.reason = (f"{abs(n)} {unit}{'s' if abs(n) != 1 else ''} {direction} the reference {_fmt(ref)} is "
                  f"{d.isoformat()}; the {unit} containing it")
    return raw


# a fraction of a calendar unit lands in a unit one step finer ("half a year ago": a month)
_FRACTION_GRAIN = {"week": "day", "month": "day", "quarter": "month", "year": "month", "decade": "year", "century": "year"}


def _offset_time(r: Resolver, value: float, unit: str, exact: bool = False) -> _Raw:
    seconds = value * {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
                       "fortnight": 1209600}.get(unit, 0)
    if seconds == 0 and unit not in ("second", "minute", "hour", "day", "week"):
        months = value * {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit, 0)
        whole = int(months)
        y, m = add_months(r.ref.year, r.ref.month, whole)
        t = r.ref.replace(year=y, month=m, day=min(r.ref.day, days_in_month(y, m)))
        t += timedelta(days=round((months - whole) * 30))
    elif unit in _UNIT_SECONDS:
        t = add_elapsed(r.ref, timedelta(seconds=seconds))  # hours are real hours (issue 17.6)
    else:
        t = times._wall(r, r.ref.replace(tzinfo=None) + timedelta(seconds=seconds))  # days are calendar days
    grain = G.SECOND if exact else (G(unit) if unit in _UNIT_SECONDS else G.MINUTE)
    size = timedelta(seconds=_UNIT_SECONDS.get(grain.value, 60))
    return _Raw(t, add_elapsed(t, size), grain, _timex_time(t, grain),
                f"{_num(value)} {unit}{'s' if value != 1 else ''} {'after' if value >= 0 else 'before'} the "
                f"reference time {r.ref.isoformat()}")


def _anchored(r: Resolver, p: Shifted) -> _Raw:
    value, unit, inner = p.value, p.unit, p.inner
    base = r.meaning(inner)
    if unit == "week_of":
        d = _as_date(base.start)
        return _Raw(*week_span(d), f"the ISO week containing {d.isoformat()}")
    if unit == "weekend_of":
        d = _as_date(base.start)
        saturday = d + timedelta(days=5 - d.weekday())
        return _Raw(*weekend_span(saturday), f"the weekend of the ISO week containing {d.isoformat()}")
    if unit == "holiday_weekend":
        # "Labor Day weekend", "the Easter weekend": the weekend the holiday makes long, with the
        # holiday when it falls on a Monday or a Friday
        d = _as_date(base.start)
        near = d - timedelta(days=2) if d.weekday() == 0 else d + timedelta(days=1) if d.weekday() == 4 else d
        first, last, grain, timex = weekend_span(near)
        first, last = min(first, d), max(last, d + timedelta(days=1))
        return _Raw(first, last, grain, timex, f"the weekend of {base.value}, {first.isoformat()} to "
                    f"{(last - timedelta(days=1)).isoformat()}")
    if unit == "weekday":
        wd = p.weekday
        assert wd is not None
        a = _as_date(base.start)
        n = int(value)
        if n > 0:
            first = a + timedelta(days=(wd - a.weekday() - 1) % 7 + 1)
            d = first + timedelta(days=7 * (n - 1))
        else:
            first = a - timedelta(days=(a.weekday() - wd - 1) % 7 + 1)
            d = first - timedelta(days=7 * (-n - 1))
        return _Raw(*day_span(d), f"the {_ordinal(abs(n))} {lx.WEEKDAY_NAMES[wd]} "
                    f"{'after' if n > 0 else 'before'} {a.isoformat()}")
    return _shift_span(r, base, value, unit, f"{base.value}")


def _shift_span(r: Resolver, base: _Raw, value: float, unit: str, what: str) -> _Raw:
    if isinstance(base.start, datetime) and unit in _UNIT_SECONDS:
        delta = timedelta(seconds=value * _UNIT_SECONDS[unit])
        start = add_elapsed(base.start, delta)
        end = add_elapsed(base.end, delta) if isinstance(base.end, datetime) else base.end
        return _Raw(start, end, base.grain, _timex_time(start, base.grain),
                    f"{_num(value)} {unit}(s) {'after' if value >= 0 else 'before'} {what}")
    n = int(value)
    a = _as_date(base.start)
    if unit in ("day", "week", "fortnight"):
        d = a + timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    else:
        y, m = add_months(a.year, a.month, n * {"month": 1, "quarter": 3, "year": 12, "decade": 120,
                                                 "century": 1200}.get(unit, 0))
        d = date(y, m, min(a.day, days_in_month(y, m)))
    if base.grain in (G.DAY,) or base.grain.is_timed:
        span = day_span(d)
    else:
        span = unit_span({G.WEEK: "week", G.MONTH: "month", G.QUARTER: "quarter", G.YEAR: "year",
                          G.WEEKEND: "weekend"}.get(base.grain, "day"), d)
    return _Raw(*span, f"{abs(n)} {unit}{'s' if abs(n) != 1 else ''} "
                f"{'after' if n >= 0 else 'before'} {what}")


def _event_anchor(r: Resolver, p: EventAnchor) -> _Raw:
    name = p.event
    r._anchored_on_event = True
    value, unit = p.value, p.unit
    span: Span | None = None
    if r.events is not None:
        span = r.events(name) if callable(r.events) else r.events.get(name)
    if span is None:
        raise UnknownEventError(f"unknown event id {name!r}", r.text, name, r.text.find(name))
    base = _Raw(span.start, span.end, span.granularity, span.value, "")
    return _shift_span(r, base, value, unit, f"event {name!r} ({span.value})")
