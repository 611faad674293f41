"""Weekdays: a bare weekday by prefer, last/this/next, of another week, the Nth one ahead."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.errors import (
    ImpossibleDateError,
)
from timeline.expressions import CalendarDate, NthAhead, Weekday
from timeline.resolver.families import absolute, offsets
from timeline.resolver.spans import (
    _UNIT_SECONDS,
    _fmt,
    _how,
    _ordinal,
    _Raw,
    _where,
    day_span,
    shift_unit,
    unit_span,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

def _weekday(r: Resolver, p: Weekday) -> _Raw:
    wd = p.weekday
    name = lx.WEEKDAY_NAMES[wd]
    ref = r.ref_day
    rwd = ref.weekday()
    if p.week_shift is not None:
        monday = ref - timedelta(days=rwd) + timedelta(days=7 * p.week_shift)
        d = monday + timedelta(days=wd)
        which = {-1: "last week", 0: "this week", 1: "next week", 2: "the week after next"}.get(
            p.week_shift, f"the week {abs(p.week_shift)} weeks " + ("ahead" if p.week_shift > 0 else "back"))
        return _Raw(*day_span(d), f"the {name} of {which} (ISO weeks, Monday to Sunday)")
    mode = p.direction
    if mode == "last":
        d = ref - timedelta(days=(rwd - wd - 1) % 7 + 1)
        return _Raw(*day_span(d), f"the most recent {name} strictly before the reference {_fmt(ref)}")
    if mode == "next":
        d = ref + timedelta(days=(wd - rwd - 1) % 7 + 1)
        return _Raw(*day_span(d), f"the first {name} strictly after the reference {_fmt(ref)}")
    if mode == "coming":
        d = ref + timedelta(days=(wd - rwd) % 7)
        return _Raw(*day_span(d), f"the first {name} on or after the reference {_fmt(ref)}")
    if mode == "this":
        d = ref - timedelta(days=rwd) + timedelta(days=wd)
        return _Raw(*day_span(d), f"the {name} of the reference's week ({_fmt(ref)})")
    past = ref - timedelta(days=(rwd - wd) % 7)
    future = ref + timedelta(days=(wd - rwd) % 7)
    d, how = r._direction(past, future)
    return _Raw(*day_span(d), f"the {_how(how)}{name} {_where(how)} the reference {_fmt(ref)} "
                f"(prefer {r.prefer})")


def _weekday_date(r: Resolver, p: CalendarDate, month: int, day: int) -> _Raw:
    """'Thursday 6 March': the date chosen by prefer must be that weekday.

    The other reading (the one on the other side of the reference) is
    accepted only when it lies within a week of the reference ("Sunday,
    Feb 10" read on Tue 12 Feb); anything else is a contradiction, not a
    hint to search other years.
    """
    ref = r.ref_day
    wd = p.weekday
    assert wd is not None
    past = absolute._date_in_or_before(r, month, day, ref, False)
    future = absolute._date_in_or_after(r, month, day, ref, False)
    first, how = r._direction(past, future)
    other = future if first == past else past
    name = lx.WEEKDAY_NAMES[wd]
    if first.weekday() == wd:
        return _Raw(*day_span(first), f"{name} {day} {lx.MONTH_NAMES[month]}: the {_how(how)}{day} "
                    f"{lx.MONTH_NAMES[month]} {_where(how)} the reference {_fmt(ref)}, a {name}")
    if other.weekday() == wd and abs((other - ref).days) <= 7:
        return _Raw(*day_span(other), f"{name} {day} {lx.MONTH_NAMES[month]}: the date within a week "
                    f"of the reference {_fmt(ref)} that is a {name}")
    raise ImpossibleDateError(
        f"{name} does not match {first.isoformat()}, which is a {lx.WEEKDAY_NAMES[first.weekday()]}",
        r.text)


def _nth_ahead(r: Resolver, p: NthAhead) -> _Raw:
    unit, n = p.unit, p.number
    ref = r.ref_day
    if unit == "weekday":
        wd = p.weekday
        assert wd is not None
        name = lx.WEEKDAY_NAMES[wd]
        if n > 0:
            first = ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
            d = first + timedelta(days=7 * (n - 1))
            return _Raw(*day_span(d), f"the {_ordinal(n)} {name} after the reference {_fmt(ref)}")
        first = ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
        d = first - timedelta(days=7 * (-n - 1))
        return _Raw(*day_span(d), f"the {_ordinal(-n)} {name} before the reference {_fmt(ref)}")
    if unit in _UNIT_SECONDS:
        return offsets._offset_time(r, n, unit)
    d = shift_unit(unit, ref, n)
    raw = _Raw(*unit_span(unit, d), "")
    raw.reason = f"the {_ordinal(n)} {unit} after the current one"
    return raw
