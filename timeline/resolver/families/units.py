"""Calendar units: last/this/next unit, runs of units, the weekend by prefer, seasons, the Nth unit or weekday within a container."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.errors import (
    ExpressionSyntaxError,
    ImpossibleDateError,
)
from timeline.expressions import CalendarDate, NthWithin, OpenWeekend, RelativeUnit, UnitRun
from timeline.model import Granularity as G
from timeline.model import add_elapsed
from timeline.resolver.families import absolute
from timeline.resolver.spans import (
    _UNIT_SECONDS,
    DAY,
    WEEK,
    _duration_letter,
    _fmt,
    _ordinal,
    _ordinal_signed,
    _Raw,
    _timex_time,
    _weekend_value,
    add_months,
    day_span,
    month_span,
    season_span,
    shift_unit,
    unit_span,
    week_span,
    weekend_span,
    year_span,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

def _rel_unit(r: Resolver, p: RelativeUnit) -> _Raw:
    unit, rel = p.unit, p.shift
    d = shift_unit(unit, r.ref_day, rel)
    raw = _Raw(*unit_span(unit, d), "")
    which = {-2: "the one before last", -1: "the previous", 0: "the current", 1: "the next",
             2: "the one after next"}.get(rel, f"{rel} away")
    if unit in ("week", "weekend"):
        raw.reason = f"{which} ISO week (Monday to Sunday) from the reference {_fmt(r.ref_day)}"
        if unit == "weekend":
            raw.reason = f"Saturday and Sunday of {which} week"
    else:
        raw.reason = f"{which} calendar {unit} from the reference {_fmt(r.ref_day)}"
    return raw


def _unit_run(r: Resolver, p: UnitRun) -> _Raw:
    unit, direction, count = p.unit, p.direction, p.number
    if unit == "fortnight":
        unit, count = "week", count * 2
    if unit in _UNIT_SECONDS:
        size = _UNIT_SECONDS[unit]
        ts = r.ref.timestamp() if r.ref.tzinfo else (r.ref - datetime(1970, 1, 1)).total_seconds()
        floor = add_elapsed(r.ref, -timedelta(seconds=ts % size, microseconds=r.ref.microsecond))
        step = timedelta(seconds=size)
        if direction < 0:
            run_start, run_end = add_elapsed(floor, -step * count), floor
        else:
            run_start, run_end = add_elapsed(floor, step), add_elapsed(floor, step * (count + 1))
        grain = G(unit)
        return _Raw(run_start, run_end, grain, _timex_time(run_start, grain) + f"/P{'T' if unit != 'day' else ''}"
                    f"{count}{unit[0].upper()}",
                    f"the {count} whole {unit}s {'before' if direction < 0 else 'after'} the current one")
    current = unit_span(unit, r.ref_day)
    if direction < 0:
        first = unit_span(unit, shift_unit(unit, r.ref_day, -count))
        first_day, after_last = first[0], current[0]
    else:
        nxt = unit_span(unit, shift_unit(unit, r.ref_day, 1))
        last = unit_span(unit, shift_unit(unit, r.ref_day, count))
        first_day, after_last = nxt[0], last[1]
    start = first_day
    end = after_last
    grain = current[2]
    word = "before" if direction < 0 else "after"
    value = f"{(first if direction < 0 else nxt)[3]}/P{count}{_duration_letter(unit)}"
    return _Raw(start, end, grain, value,
                f"the {count} whole {unit}{'s' if count != 1 else ''} {word} the current one "
                f"({_fmt(start) if isinstance(start, date) else start} to the day before {end})")


def _open_weekend(r: Resolver, p: OpenWeekend) -> _Raw:
    """'the weekend': past, the most recent one that has begun on or before the reference
    day; future, the one under way or coming; nearest, whichever starts closer."""
    ref = r.ref_day
    saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)  # the last Saturday on or before
    past = saturday
    future = saturday if ref - saturday <= DAY else saturday + WEEK
    d, how = r._direction(past, future)
    if r.prefer == "future" and future == past:
        how = "under way on"
    return _Raw(*weekend_span(d), f"the weekend {how} the reference {_fmt(ref)} (prefer {r.prefer})")


def _season(r: Resolver, p: CalendarDate, year: int | None) -> _Raw:
    code = p.season
    assert code is not None
    name = lx.SEASON_NAMES[code]
    if year is not None and p.season_shift is None:
        return _Raw(*season_span(year, code), f"{name} {year} (northern hemisphere)")
    ref = r.ref_day
    rel = p.season_shift
    this_year = season_span(ref.year, code)
    prev_year = season_span(ref.year - 1, code)
    next_year = season_span(ref.year + 1, code)
    # the winter before last starts two years back: "last winter" read in March 2025 is 2023-24
    candidates = [season_span(ref.year - 2, code), prev_year, this_year, next_year]
    if rel == 0:
        # "this summer": the one of the reference's year (winter: the one containing the reference
        # if any, else the one starting this year)
        for c in candidates:
            if c[0] <= ref < c[1]:
                return _Raw(*c, f"the {name} containing the reference {_fmt(ref)}")
        return _Raw(*this_year, f"the {name} of the reference's year")
    if rel is not None and rel < 0:
        found = [c for c in candidates if c[1] <= ref]
        c = found[-1]
        return _Raw(*c, f"the most recent {name} that ended before the reference {_fmt(ref)}")
    if rel is not None and rel > 0:
        found = [c for c in candidates if c[0] > ref]
        c = found[0]
        return _Raw(*c, f"the first {name} that starts after the reference {_fmt(ref)}")
    past = [c for c in candidates if c[0] <= ref][-1]
    future = next(c for c in candidates if c[1] > ref)
    if past[0] <= ref < past[1]:
        return _Raw(*past, f"the {name} containing the reference {_fmt(ref)}")
    pick, how = r._direction(past[0], future[0])
    c = past if pick == past[0] else future
    return _Raw(*c, f"the {name} {how} the reference {_fmt(ref)} (prefer {r.prefer})")


def _container(r: Resolver, p: NthWithin) -> tuple[date, date]:
    """The month (or year) an ordinal counts within."""
    ref = r.ref_day
    year = absolute._year_for(r, p)
    if p.month is not None:
        if year is None:
            q = CalendarDate(month=p.month)
            raw = absolute._month_day(r, q, None)
            return raw.start, raw.end
        s = month_span(year, p.month)
        return s[0], s[1]
    if p.month_shift is not None:
        y, m = add_months(ref.year, ref.month, p.month_shift)
        s = month_span(y, m)
        return s[0], s[1]
    if p.year is not None:
        s = year_span(p.year)
        return s[0], s[1]
    if p.year_shift is not None and p.unit == "week":
        s = year_span(ref.year + p.year_shift)
        return s[0], s[1]
    s = month_span(ref.year, ref.month)
    return s[0], s[1]


def _nth(r: Resolver, p: NthWithin) -> _Raw:
    k, unit = p.n, p.unit
    if unit == "month" and p.month is None and p.month_shift is None:
        # "the third month of 2017", "the last month of 2013": months count within a year
        year = p.year if p.year is not None else r.ref_day.year + (p.year_shift or 0)
        if not 1 <= abs(k) <= 12:
            raise ImpossibleDateError(f"there is no {_ordinal(abs(k))} month in {year}", r.text)
        return _Raw(*month_span(year, k if k > 0 else 13 + k), f"the {_ordinal_signed(k)} month of {year}")
    start, end = _container(r, p)
    where = f"{start.isoformat()} to {(end - DAY).isoformat()}"
    if unit == "weekday":
        wd = p.weekday
        assert wd is not None
        name = lx.WEEKDAY_NAMES[wd]
        if k > 0:
            first = start + timedelta(days=(wd - start.weekday()) % 7)
            d = first + timedelta(days=7 * (k - 1))
        else:
            last = end - DAY
            d = last - timedelta(days=(last.weekday() - wd) % 7) - timedelta(days=7 * (-k - 1))
        if not start <= d < end:
            raise ImpossibleDateError(f"there is no {_ordinal(abs(k))} {name} in {where}", r.text)
        return _Raw(*day_span(d), f"the {_ordinal_signed(k)} {name} of {where}")
    if unit == "day":
        d = start + timedelta(days=k - 1) if k > 0 else end + timedelta(days=k)
        if not start <= d < end:
            raise ImpossibleDateError(f"there is no {_ordinal(abs(k))} day in {where}", r.text)
        return _Raw(*day_span(d), f"the {_ordinal_signed(k)} day of {where}")
    if unit in ("week", "weekend"):
        # whole ISO weeks inside the container
        first_monday = start + timedelta(days=(0 - start.weekday()) % 7)
        last_monday = end - WEEK - timedelta(days=(end - WEEK).weekday())
        if k > 0:
            monday = first_monday + timedelta(days=7 * (k - 1))
        else:
            monday = last_monday - timedelta(days=7 * (-k - 1))
        if unit == "weekend":
            sat_first = start + timedelta(days=(5 - start.weekday()) % 7)
            sat_last = (end - DAY) - timedelta(days=((end - DAY).weekday() - 5) % 7)
            if sat_last + DAY >= end:
                sat_last -= WEEK
            sat = sat_first + timedelta(days=7 * (k - 1)) if k > 0 else sat_last - timedelta(days=7 * (-k - 1))
            return _Raw(sat, sat + 2 * DAY, G.WEEKEND, _weekend_value(sat),
                        f"the {_ordinal_signed(k)} weekend of {where}")
        if not start <= monday < end:
            raise ImpossibleDateError(f"there is no {_ordinal(abs(k))} week in {where}", r.text)
        return _Raw(*week_span(monday), f"the {_ordinal_signed(k)} whole ISO week of {where}")
    raise ExpressionSyntaxError(f"cannot count {unit}s here", r.text)
