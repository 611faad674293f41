"""Holidays: with a year, with last/this/next, or by prefer."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from timeline.errors import (
    UnsupportedError,
)
from timeline.expressions import HolidayDate, Offset
from timeline.resolver.families import absolute, offsets
from timeline.resolver.spans import (
    _as_date,
    _check_year,
    _fmt,
    _grain_of,
    _Raw,
    _value_of,
)

if TYPE_CHECKING:
    from timeline.holidays import Holiday
    from timeline.resolver.core import Resolver

def _occurrence(r: Resolver, h: Holiday, y: int) -> tuple[date | datetime, date | datetime]:
    """The holiday's span in year *y*; an error names the expression being resolved."""
    _check_year(y, r.text)
    try:
        return h.occurrence(y)
    except UnsupportedError as exc:
        exc.text = exc.text or r.text
        raise


def _only(r: Resolver, h: Holiday, found: list[tuple[int, tuple[date | datetime, date | datetime]]], which: str,
          index: int) -> tuple[int, tuple[date | datetime, date | datetime]]:
    if not found:
        raise UnsupportedError(f"no {h.name} {which} {_fmt(r.ref_day)} within a year", r.text)
    return found[index]


def _holiday(r: Resolver, p: HolidayDate) -> _Raw:
    h = p.holiday
    ref = r.ref_day
    year = absolute._year_for(r, p)

    if year is None and p.offset is not None:
        value, unit = p.offset
        year = _as_date(offsets._offset(r, Offset(value, unit)).start).year
    if year is not None:
        s, e = _occurrence(r, h, year)
        raw = _Raw(s, e, _grain_of(s, e), _value_of(s, e), f"{h.name} {year}")
    else:
        shift = p.shift
        for y in (ref.year - 1, ref.year, ref.year + 1):
            _check_year(y, r.text)
        try:
            # Every span of the three years: a lunar holiday can fall twice in a year (Eid
            # al-Adha 2006) or not at all, and years a holiday was not held are skipped.
            spans = h.around(ref.year)
        except UnsupportedError as exc:
            exc.text = exc.text or r.text
            raise
        cands = [(_as_date(span[0]).year, span) for span in spans]
        if shift is not None and shift < 0:
            y, (s, e) = _only(r, h, [c for c in cands if _as_date(c[1][0]) < ref], "before", -1)
            how = "the most recent one strictly before the reference"
        elif shift is not None and shift > 0:
            y, (s, e) = _only(r, h, [c for c in cands if _as_date(c[1][0]) > ref], "after", 0)
            how = "the first one strictly after the reference"
        elif shift == 0:
            # "this Christmas": the coming one, or the one under way
            y, (s, e) = _only(r, h, [c for c in cands if _as_date(c[1][1]) > ref], "under way or after", 0)
            how = "the one under way or coming after the reference"
        else:
            pasts = [c for c in cands if _as_date(c[1][0]) <= ref]
            futures = [c for c in cands if _as_date(c[1][1]) > ref]
            past = pasts[-1] if pasts else futures[0]  # around() gave at least one span
            future = futures[0] if futures else pasts[-1]
            if _as_date(past[1][0]) <= ref < _as_date(past[1][1]):
                future = past
            pick, how = r._direction(_as_date(past[1][0]), _as_date(future[1][0]))
            y, (s, e) = past if pick == _as_date(past[1][0]) else future
            how = f"the one {how} the reference (prefer {r.prefer})"
        raw = _Raw(s, e, _grain_of(s, e), _value_of(s, e), f"{h.name} {y}: {how} {_fmt(ref)}")
    if isinstance(raw.start, datetime) and isinstance(raw.end, datetime) and r.tz is not None \
            and raw.start.tzinfo is None:
        raw.start = raw.start.replace(tzinfo=r.tz)
        raw.end = raw.end.replace(tzinfo=r.tz)
    return raw
