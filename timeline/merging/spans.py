"""Comparing the spans that several sources give one event: the merged span and its status.

Spans are compared on a common time line. Date spans (day and coarser) stand
for whole local days. Timed spans are compared by their UTC instant when
every span of the group carries a time zone, and on the wall clock of their
own source otherwise (a naive time, or a time beside a date span, is read in
its source's own day).

- ``consistent``: every source gives the same span.
- ``refined``: the spans overlap; the merged span is their intersection, the
  tightest span every source allows, narrower than the widest.
- ``conflict``: no instant lies in every span. The sources are split into
  sides of readings that agree: the side holding the most sources (ties: the
  narrowest common span, then the earliest) comes first and gives the merged
  span; the explanation names the sources on each side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from timeline.model import Event, Granularity, MergeStatus, Span, day_of

Key = datetime  # a naive datetime on the common time line


def _key(value: date | datetime, utc: bool) -> Key:
    if isinstance(value, datetime):
        if utc and value.tzinfo is not None:
            return value.astimezone(UTC).replace(tzinfo=None)
        return value.replace(tzinfo=None)
    return datetime(value.year, value.month, value.day)


def uses_utc(spans: list[Span]) -> bool:
    """True when every span is timed and zone-aware, so instants can be compared in UTC."""
    return all(isinstance(s.start, datetime) and s.start.tzinfo is not None for s in spans)


def span_keys(span: Span, utc: bool) -> tuple[Key, Key]:
    """(start, end) of *span* on the common time line."""
    return _key(span.start, utc), _key(span.end, utc)


def gap(a: Span, b: Span) -> timedelta:
    """Time between two spans: zero when they overlap or touch."""
    utc = uses_utc([a, b])
    a0, a1 = span_keys(a, utc)
    b0, b1 = span_keys(b, utc)
    return max(timedelta(0), max(a0, b0) - min(a1, b1))


def overlap(a: Span, b: Span) -> bool:
    """True when some instant lies in both spans."""
    utc = uses_utc([a, b])
    a0, a1 = span_keys(a, utc)
    b0, b1 = span_keys(b, utc)
    return max(a0, b0) < min(a1, b1)


@dataclass(frozen=True, slots=True)
class Outcome:
    """The merged span of a group of readings and how they relate."""

    span: Span
    status: MergeStatus
    best: int  # the reading whose words gave the merged span (the narrowest of the first side)
    sides: tuple[tuple[int, ...], ...]


def _width(keys: tuple[Key, Key]) -> timedelta:
    return keys[1] - keys[0]


def _sides(keys: list[tuple[Key, Key]]) -> list[tuple[int, ...]]:
    """Split readings into groups sharing an instant, the best-supported first."""
    remaining = list(range(len(keys)))
    sides: list[tuple[int, ...]] = []
    while remaining:
        best: tuple[int, timedelta, Key] | None = None
        best_members: tuple[int, ...] = ()
        for i in remaining:
            point = keys[i][0]  # a maximum overlap always starts where some span starts
            members = tuple(j for j in remaining if keys[j][0] <= point < keys[j][1])
            lo = max(keys[j][0] for j in members)
            hi = min(keys[j][1] for j in members)
            rank = (-len(members), hi - lo, lo)
            if best is None or rank < best:
                best, best_members = rank, members
        sides.append(best_members)
        remaining = [i for i in remaining if i not in best_members]
    return sides


def combine(readings: list[Event]) -> Outcome:
    """The merged span, status and sides of one event told by *readings* (in source order)."""
    spans = [e.span for e in readings]
    utc = uses_utc(spans)
    keys = [span_keys(s, utc) for s in spans]
    if all(k == keys[0] for k in keys):
        best = min(range(len(spans)), key=lambda i: spans[i].granularity.rank)
        return Outcome(spans[best], "consistent", best, (tuple(range(len(spans))),))
    lo = max(k[0] for k in keys)
    hi = min(k[1] for k in keys)
    if lo < hi:
        side: tuple[int, ...] = tuple(range(len(spans)))
        status: MergeStatus = "refined"
        sides: tuple[tuple[int, ...], ...] = (side,)
    else:
        sides = tuple(_sides(keys))
        side = sides[0]
        status = "conflict"
        lo = max(keys[i][0] for i in side)
        hi = min(keys[i][1] for i in side)
    narrowest = min(side, key=lambda i: (_width(keys[i]), spans[i].granularity.rank, i))
    if keys[narrowest] == (lo, hi):
        return Outcome(spans[narrowest], status, narrowest, sides)
    start_from = next(i for i in side if keys[i][0] == lo)
    end_from = next(i for i in side if keys[i][1] == hi)
    return Outcome(_intersection(spans[start_from], spans[end_from]), status, narrowest, sides)


def _intersection(first: Span, last: Span) -> Span:
    """The span from *first*'s start to *last*'s end, which no single reading gave."""
    start, end = first.start, last.end
    if isinstance(start, datetime) != isinstance(end, datetime):
        zone = start.tzinfo if isinstance(start, datetime) else end.tzinfo  # type: ignore[attr-defined]
        if isinstance(start, datetime):
            end = datetime.combine(end, datetime.min.time(), zone)
        else:
            start = datetime.combine(start, datetime.min.time(), zone)
    if isinstance(start, datetime) and isinstance(end, datetime):
        grain = min(first.granularity, last.granularity, key=lambda g: g.rank)
        value = f"{start.isoformat(timespec='minutes')}/{end.isoformat(timespec='minutes')}"
        return Span(start, end, grain, value)
    last_day = day_of(end) - timedelta(days=1)
    if last_day == start:
        return Span(start, end, Granularity.DAY, start.isoformat())
    return Span(start, end, Granularity.DAY, f"{start.isoformat()}/{last_day.isoformat()}")
