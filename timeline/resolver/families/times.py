"""Times of day and parts of the day, on a day or alone (by prefer with a timed reference)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.errors import (
    ExpressionSyntaxError,
)
from timeline.expressions import ClockTime, hour_candidates
from timeline.model import Granularity as G
from timeline.model import add_elapsed
from timeline.resolver.spans import (
    _TIME_GRAINS,
    DAY_GRAIN,
    _as_date,
    _fmt,
    _Raw,
    _timex_time,
    _zone,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

_NO_TIME = ClockTime()  # the whole hour, in the resolver's zone (the edges of parts of the day)

def _hour_candidates(r: Resolver, p: ClockTime) -> list[int]:
    return hour_candidates(p)


def _time_only(r: Resolver, p: ClockTime) -> _Raw:
    """A time with no day: on the reference day, or by prefer when the reference has a time."""
    ref = r.ref
    if p.daypart is not None and p.hour is None:
        return _daypart_span(r, r.ref_day, p.daypart, None, p.daypart_mod)
    candidates = _hour_candidates(r, p)
    if not r.has_time:
        if len(candidates) > 1:
            # A news reader's clock: 8-11 are morning hours, 1-7 afternoon and evening.
            h = candidates[0] if p.hour and 8 <= p.hour <= 11 else candidates[-1]
            if p.hour == 12:
                h = 12
            reason = "the reference day; an hour without am/pm read as 8-11 am or 12-7 pm"
        else:
            h = candidates[0]
            reason = "on the reference day"
        return _timed(r, r.ref_day, h, p, reason)
    days: tuple[int, ...] = (-1, 0, 1)
    if p.zone is None and r.tz is None and r.prefer != "nearest" and max(candidates) < 24:
        # Wall-clock hours around a naive reference: any time of the day before is earlier than
        # the reference, any time of the day after later, so one of those days cannot hold the
        # time prefer asks for (the first on or after, the last on or before).
        days = (0, 1) if r.prefer == "future" else (-1, 0)
    options = []
    for day_offset in days:
        d = r.ref_day + timedelta(days=day_offset)
        for h in candidates:
            t = _make_time(r, d, h, p)
            options.append((t, d, h))
    ref_cmp = ref
    if options[0][0].tzinfo is not None and ref.tzinfo is None:
        # a time written in a named zone against a naive reference: compare wall clocks
        options = [(t.replace(tzinfo=None), d, h) for t, d, h in options]
    # the first option that is best (as min() and max() would pick), in one pass
    best: tuple[datetime, date, int] | None = None
    if r.prefer == "future":
        for o in options:
            if o[0] >= ref_cmp and (best is None or o[0] < best[0]):
                best = o
        how = "the first such time on or after the reference"
    elif r.prefer == "past":
        for o in options:
            if o[0] <= ref_cmp and (best is None or o[0] > best[0]):
                best = o
        how = "the most recent such time on or before the reference"
    else:
        best = min(options, key=lambda o: abs((o[0] - ref_cmp).total_seconds()))
        how = "the such time nearest the reference"
    if best is None:
        raise ValueError("no such time around the reference")  # (as min() of nothing: out of range)
    return _timed(r, best[1], best[2], p, f"{how} {ref.isoformat()}")


def _make_time(r: Resolver, d: date, hour: int, p: ClockTime) -> datetime:
    extra = 0
    if not 0 <= hour < 24:
        extra, hour = divmod(hour, 24)  # 30 is 06:00 the day after, -6 is 18:00 the day before
    t = datetime(d.year, d.month, d.day, hour, p.minute or 0, p.second or 0)
    if extra:
        t += timedelta(days=extra)
    if p.zone is not None:
        t = t.replace(tzinfo=_zone(p.zone))
        if r.tz is not None:
            t = t.astimezone(r.tz)
    elif r.tz is not None:
        t = t.replace(tzinfo=r.tz)
        # normalise across DST changes (a wall time in a gap moves forward)
        t = t.astimezone(UTC).astimezone(r.tz)
    if r.ref.tzinfo is not None and t.tzinfo is None:
        t = t.replace(tzinfo=r.ref.tzinfo)
    return t


def _wall(r: Resolver, wall: datetime) -> datetime:
    """A naive wall-clock time placed in the reference's zone; a time in a DST gap
    moves forward, a repeated one is its first occurrence (PEP 495, fold=0)."""
    zone = r.ref.tzinfo
    if zone is None:
        return wall
    return wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def _timed(r: Resolver, d: date, hour: int, p: ClockTime, reason: str) -> _Raw:
    t = _make_time(r, d, hour, p)
    grain, size = _TIME_GRAINS[p.grain]
    value = _timex_time(t, grain)
    if p.zone_text:
        written = f"{hour % 24:02d}:{p.minute or 0:02d} {p.zone_text}"
        where = f" = {value[11:]} {t.tzname()}" if r.tz is not None else ""
        return _Raw(t, add_elapsed(t, size), grain, value, f"{written}{where} {reason}")
    return _Raw(t, add_elapsed(t, size), grain, value, f"{value[11:]} {reason}")


# Parts of the day named by a meal or by work: (start hour, end hour, TIMEX3 code).
_NAMED_PARTS: dict[str, tuple[int, int, str]] = {
    "after_lunch": (13, 17, "AF"), "after_school": (15, 21, "AF"), "after_work": (17, 21, "EV"),
    "before_lunch": (10, 12, "MO"),
}
# early / mid / late parts of the day whose hours are not cut from the part's span (docs/conventions.md
# §11): the morning's span starts at midnight, but its middle and its end are the waking morning's
# (mid-morning 09-11, late morning the two hours before noon); the afternoon's middle is 14-17 and its
# end the two hours before the evening.
_MODIFIED_PARTS: dict[tuple[str, str], tuple[int, int]] = {
    ("early", "morning"): (0, 9), ("mid", "morning"): (9, 11), ("late", "morning"): (10, 12),
    ("mid", "afternoon"): (14, 17), ("late", "afternoon"): (17, 19),
    ("mid", "evening"): (20, 22), ("late", "evening"): (21, 24), ("late", "night"): (21, 24),
}


def _daypart_span(r: Resolver, d: date, part: str, base: _Raw | None, mod: str | None) -> _Raw:
    a, b, code = _NAMED_PARTS.get(part) or lx.PARTS_OF_DAY[part]
    if mod is not None and (mod, part) in _MODIFIED_PARTS:
        a, b = _MODIFIED_PARTS[(mod, part)]
    elif mod == "early":
        b = a + (b - a) * 3 // 4  # the first three quarters: early afternoon 12-17, early evening 18-22
    elif mod == "late":
        a = a + (b - a) // 2
    start = _make_time(r, d, a, _NO_TIME)
    end = _make_time(r, d, b, _NO_TIME)
    if a < 0:
        # a night that ends on the morning of its day ("overnight"): TIMEX3 names the night by its evening
        night = d - timedelta(days=1)
        return _Raw(start, end, G.PART_OF_DAY, f"{night.isoformat()}T{code}",
                    f"the night from {_fmt(night)} into {_fmt(d)} ({a % 24:02d}:00-{b:02d}:00)")
    return _Raw(start, end, G.PART_OF_DAY, f"{d.isoformat()}T{code}",
                f"the {(mod + ' ') if mod else ''}{part.replace('_', ' ')} of {_fmt(d)} "
                f"({a:02d}:00-{b:02d}:00)")


def _with_time(r: Resolver, p: ClockTime, base: _Raw) -> _Raw:
    if base.grain is not DAY_GRAIN and not base.grain.is_timed:
        if p.hour is not None and base.grain in (G.WEEK, G.MONTH, G.YEAR, G.QUARTER, G.WEEKEND):
            # "in 4 years at 5pm": the time on the first day of the span
            pass
        else:
            raise ExpressionSyntaxError(f"a time of day needs a day, not a {base.grain.value}", r.text)
    d = _as_date(base.start)
    if p.hour is None:
        assert p.daypart is not None
        raw = _daypart_span(r, d, p.daypart, base, p.daypart_mod)
        raw.reason = f"{raw.reason}; {base.reason}"
        return raw
    candidates = _hour_candidates(r, p)
    h = candidates[0]
    if len(candidates) > 1 and p.daypart is None and p.hour is not None and 1 <= p.hour <= 7 \
            and not r.has_time:
        h = candidates[-1]  # "Thursday at 3": 15:00 (the news reader's clock, as for times alone)
    raw = _timed(r, d, h, p, f"on {_fmt(d)} ({base.reason})")
    return raw
