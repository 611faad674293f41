"""Layout shared by the picture formats (svg, html, chart, mermaid).

Everything here is pure arithmetic on the model: positions are computed in
"day numbers" (proleptic ordinal days, with the time of day as a fraction) and
mapped to pixels or terminal columns by a :class:`Scale` made of segments.

The broken axis
---------------
News mixes nearby days with distant years (1989, last week, by 2030). One
linear axis would squeeze the days into a hair, so the time covered by the
events is split into *segments* wherever a long empty gap dominates its
surroundings (see :func:`split_clusters`); each segment is linear and the cut
gaps are drawn as breaks. Width is shared out by the number of events in each
segment, so the busy stretch gets the room it needs for labels.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from timeline.model import Event, Granularity, Span, Timeline
from timeline.model import day_of as _as_date

# A gap becomes a break when it is at least this long...
MIN_BREAK_DAYS = 90.0
# ...and takes more than this share of the stretch it sits in.
BREAK_SHARE = 1 / 3

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_LONG = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# TIMEX3 part-of-day codes, as the resolver writes them in ``Span.value``.
_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}

# Qualifiers that open a span towards the past or the future: the event is not
# *in* the span but relates to it, so it is drawn as uncertain.
OPEN_QUALIFIERS = frozenset({"by", "before", "until", "since", "after"})

# Colour-blind-safe palette (Okabe & Ito), darkest first; yellow is left out
# because it vanishes on white paper.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7A5195", "#8C6D31")
UNTAGGED_COLOUR = "#4A5568"


# --------------------------------------------------------------------------- time


def day_number(value: date | datetime) -> float:
    """Position of *value* on a continuous day axis.

    Datetimes use their wall-clock time (aware ones in their own zone), which is
    what a reader of a single story expects and matches ``Span.sort_key``.
    """
    if isinstance(value, datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        return value.toordinal() + seconds / 86400
    return float(value.toordinal())


def from_day_number(value: float) -> date:
    """The calendar day containing day number *value*."""
    return date.fromordinal(int(value // 1))


def span_interval(span: Span) -> tuple[float, float]:
    """The [start, end) interval of *span* in day numbers (end > start)."""
    start = day_number(span.start)
    end = day_number(span.end)
    return start, max(end, start)


def is_point(span: Span) -> bool:
    """True when the span is drawn as a point: a day or anything finer."""
    return span.is_timed or span.granularity.rank <= Granularity.DAY.rank


def is_uncertain(span: Span) -> bool:
    """True when the event is hedged or only related to the span ("by 2030")."""
    return span.approximate or (span.qualifier or "").lower() in OPEN_QUALIFIERS


def reference_point(timeline: Timeline, now: date | datetime | None) -> tuple[date | datetime | None, str]:
    """The date to mark and the word that names it.

    ``now`` wins when given; otherwise the most common ``event.reference``
    (ties: the earliest), which for news is the publication date.
    """
    counts = Counter(event.reference for event in timeline.events)
    common: date | datetime | None = None
    if counts:
        best = max(counts.values())
        common = min((ref for ref, n in counts.items() if n == best), key=day_number)
    if now is not None:
        same_day = common is not None and _as_date(now) == _as_date(common)
        return now, "published" if same_day else "now"
    return common, "published"


def reference_label(value: date | datetime, word: str) -> str:
    """``published 6 Mar 2025`` (with the time when it is not midnight)."""
    text = f"{word} {format_day(_as_date(value))}"
    if isinstance(value, datetime) and (value.hour, value.minute) != (0, 0):
        text += f" {value:%H:%M}"
    return text


# ------------------------------------------------------------------ date words


def format_day(day: date, weekday: bool = False) -> str:
    """``6 Mar 2025`` or ``Thu 6 Mar 2025``."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def _is_month_start(day: date) -> bool:
    return day.day == 1


def format_range(first: date, last: date) -> str:
    """Words for the days *first*..*last* inclusive, as short as is exact."""
    end = last + timedelta(days=1)
    if first == last:
        return format_day(first, weekday=True)
    if _is_month_start(first) and _is_month_start(end):
        if first.month == 1 and end.month == 1:
            if end.year - first.year == 1:
                return str(first.year)
            if first.year % 10 == 0 and end.year - first.year == 10:
                return f"{first.year}s"
            return f"{first.year}–{end.year - 1}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{MONTHS[first.month - 1]} {first.year}"
        if first.year == last.year:
            return f"{MONTHS[first.month - 1]}–{MONTHS[last.month - 1]} {first.year}"
        return f"{MONTHS[first.month - 1]} {first.year} – {MONTHS[last.month - 1]} {last.year}"
    if first.year != last.year:
        return f"{format_day(first)} – {format_day(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTHS[first.month - 1]} – {last.day} {MONTHS[last.month - 1]} {last.year}"
    return f"{first.day}–{last.day} {MONTHS[first.month - 1]} {first.year}"


def span_words(span: Span, ascii_only: bool = False) -> str:
    """How a span reads on a picture: ``Wed 5 Mar 2025, evening``, ``by 2030``.

    Approximate spans get a leading ``≈`` (``~`` in ASCII).
    """
    if span.granularity is Granularity.QUARTER and not span.is_timed:
        first = span.first_day
        text = f"Q{(first.month - 1) // 3 + 1} {first.year}"
    elif span.is_timed:
        start = span.start
        assert isinstance(start, datetime)
        text = format_day(start.date(), weekday=True)
        part = _PARTS_OF_DAY.get(span.value[-2:]) if "T" in span.value else None
        if span.granularity is Granularity.PART_OF_DAY and part:
            text += f", {part}"
        else:
            text += f" {start:%H:%M}"
        if start.tzinfo is not None:
            name = start.tzname()
            if name:
                text += f" {name}"
    else:
        text = format_range(span.first_day, span.last_day)
    if span.qualifier:
        text = f"{span.qualifier} {text}"
    if span.approximate:
        text = ("~" if ascii_only else "≈") + text
    if ascii_only:
        text = text.replace("–", "-")
    return text


# ------------------------------------------------------------------ text size

_NARROW = frozenset("il.,;:'|!()[]{}`\"ıfjrt ")
_WIDE = frozenset("mwMW@%")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """A deliberately generous estimate of the width of *text* in pixels.

    Without font metrics we over-estimate: the factors were checked against
    DejaVu Sans, the widest common fallback (bold runs about 12% wider), with
    a margin on top, so boxes computed from it never collide when the real
    font is narrower.
    """
    em = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            em += 1.0
        elif char in _NARROW:
            em += 0.36
        elif char in _WIDE:
            em += 0.92
        elif char.isupper() or char.isdigit():
            em += 0.7
        else:
            em += 0.6
    return em * size * (1.22 if bold else 1.08)


def display_width(text: str) -> int:
    """Terminal columns taken by *text* (wide East Asian characters count 2)."""
    return sum(
        2 if unicodedata.east_asian_width(c) in ("W", "F") else 0 if unicodedata.combining(c) else 1
        for c in text
    )


def truncate(text: str, columns: int, ellipsis: str = "…") -> str:
    """Cut *text* to at most *columns* display columns, marking the cut."""
    if display_width(text) <= columns:
        return text
    out = ""
    room = columns - display_width(ellipsis)
    for char in text:
        if display_width(out + char) > room:
            break
        out += char
    return out.rstrip() + ellipsis if room > 0 else ellipsis[:columns]


# -------------------------------------------------------------------- segments


@dataclass(frozen=True, slots=True)
class Segment:
    """A linear piece of a broken axis: day numbers [lo, hi) drawn on [x0, x1)."""

    lo: float
    hi: float
    x0: float
    x1: float

    def x(self, t: float) -> float:
        """Position of day number *t* (clamped to the segment)."""
        t = min(max(t, self.lo), self.hi)
        return self.x0 + (t - self.lo) / (self.hi - self.lo) * (self.x1 - self.x0)

    def contains(self, t: float) -> bool:
        return self.lo <= t <= self.hi


@dataclass(frozen=True, slots=True)
class Scale:
    """A broken axis: segments left to right with the gaps between them."""

    segments: tuple[Segment, ...]

    def segment_of(self, t: float) -> Segment:
        """The segment that shows day number *t* (the nearest one if none)."""
        best = self.segments[0]
        for segment in self.segments:
            if segment.contains(t):
                return segment
            if abs(segment.lo - t) < abs(best.lo - t):
                best = segment
        return best

    def x(self, t: float) -> float:
        """Position of day number *t*."""
        return self.segment_of(t).x(t)

    def span_x(self, lo: float, hi: float) -> tuple[float, float]:
        """Positions of an interval; both ends are placed in the segment of its start."""
        segment = self.segment_of(lo)
        return segment.x(lo), segment.x(hi)


def split_clusters(intervals: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Group intervals into stretches separated by breaks.

    Overlapping intervals are merged; then, recursively, the longest empty gap
    of a stretch is cut out when it is at least ``MIN_BREAK_DAYS`` long and more
    than ``BREAK_SHARE`` of the stretch. 1989 | Feb–Mar 2025 | 2030 comes out
    as three stretches: 35 years is most of 1989–2030, then 5 years is most of
    2025–2030.
    """
    if not intervals:
        return []
    merged: list[list[float]] = []
    for lo, hi in sorted(intervals):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return _split([(lo, hi) for lo, hi in merged])


def _split(parts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    lo, hi = parts[0][0], parts[-1][1]
    if len(parts) == 1:
        return [(lo, hi)]
    gaps = [(parts[i + 1][0] - parts[i][1], i) for i in range(len(parts) - 1)]
    # Longest gap first; ties broken by position so the result is stable.
    gap, index = max(gaps, key=lambda g: (g[0], -g[1]))
    if gap >= MIN_BREAK_DAYS and gap > BREAK_SHARE * (hi - lo):
        return _split(parts[: index + 1]) + _split(parts[index + 1 :])
    return [(lo, hi)]


def pad_stretch(lo: float, hi: float) -> tuple[float, float]:
    """Room around a stretch so its first and last marks are not on the edge."""
    pad = max(0.5, (hi - lo) * 0.06)
    return lo - pad, hi + pad


def build_scale(
    stretches: Sequence[tuple[float, float]],
    weights: Sequence[float],
    x0: float,
    x1: float,
    gap: float,
    min_width: float,
) -> Scale:
    """Share [x0, x1) between padded stretches by *weights*, *gap* between them.

    Each segment gets at least *min_width* (or an equal share when even that
    does not fit), so a lone old event keeps room for its tick.
    """
    n = len(stretches)
    room = x1 - x0 - gap * (n - 1)
    floor = min(min_width, room / n)
    total = sum(weights) or 1.0
    spare = room - floor * n
    widths = [floor + spare * w / total for w in weights]
    segments: list[Segment] = []
    x = x0
    for (lo, hi), width in zip(stretches, widths):
        plo, phi = pad_stretch(lo, hi)
        segments.append(Segment(plo, phi, x, x + width))
        x += width + gap
    return Scale(tuple(segments))


def event_intervals(events: Sequence[Event]) -> list[tuple[float, float]]:
    """The interval each event covers on the axis (points get their day)."""
    return [span_interval(event.span) for event in events]


def scale_for(
    events: Sequence[Event],
    reference: date | datetime | None,
    x0: float,
    x1: float,
    gap: float,
    min_width: float,
) -> Scale:
    """The broken axis for *events* (and the reference mark) across [x0, x1)."""
    intervals = event_intervals(events)
    if reference is not None:
        t = reference_position(reference)
        intervals.append((t, t))
    if not intervals:
        # No events and no reference: renderers draw no axis, but keep the
        # arithmetic valid (day 1 is the first day ``date`` knows).
        intervals = [(1.0, 2.0)]
    stretches = split_clusters(intervals)
    weights = []
    for lo, hi in stretches:
        count = sum(1 for a, b in intervals if lo <= a and b <= hi)
        weights.append(float(count + 1))
    return build_scale(stretches, weights, x0, x1, gap, min_width)


def reference_position(reference: date | datetime) -> float:
    """Where the reference is drawn: the middle of its day, or its exact time."""
    if isinstance(reference, datetime):
        return day_number(reference)
    return day_number(reference) + 0.5


def mark_position(span: Span) -> tuple[float, float]:
    """Where an event is drawn: a point's centre (twice) or a bar's ends."""
    lo, hi = span_interval(span)
    if is_point(span):
        mid = (lo + hi) / 2
        return mid, mid
    return lo, hi


# ----------------------------------------------------------------------- ticks

TickUnit = Literal["day", "week", "month", "year"]


@dataclass(frozen=True, slots=True)
class Tick:
    """A tick line at day number ``at``; ``label`` is drawn at ``label_at``."""

    at: float
    label: str
    label_at: float


@dataclass(frozen=True, slots=True)
class Caption:
    """Context under the tick labels (``March 2025``) for day numbers [lo, hi)."""

    lo: float
    hi: float
    label: str
    short: str


# (unit, step, labels centred in their cell?) finest first.
_STEPS: tuple[tuple[TickUnit, int, bool], ...] = (
    ("day", 1, True),
    ("week", 1, False),
    ("month", 1, True),
    ("month", 3, False),
    ("year", 1, True),
    ("year", 2, False),
    ("year", 5, False),
    ("year", 10, False),
    ("year", 20, False),
    ("year", 50, False),
    ("year", 100, False),
    ("year", 200, False),
    ("year", 500, False),
    ("year", 1000, False),
)


def _boundaries(unit: TickUnit, step: int, lo: float, hi: float) -> list[date]:
    """Unit starts from just before *lo* to just after *hi*."""
    first = from_day_number(lo)
    last = from_day_number(hi)
    out: list[date] = []
    if unit == "day":
        day = first
        while day <= last + timedelta(days=1):
            out.append(day)
            day += timedelta(days=1)
    elif unit == "week":
        day = first - timedelta(days=first.weekday())
        while day <= last + timedelta(days=7):
            out.append(day)
            day += timedelta(days=7)
    elif unit == "month":
        year, month = first.year, (first.month - 1) // step * step + 1
        while True:
            out.append(date(year, month, 1))
            if out[-1] > last or year >= 9999:
                break
            month += step
            if month > 12:
                year, month = year + 1, month - 12
    else:
        year = max(1, first.year // step * step)
        while True:
            out.append(date(year, 1, 1))
            if year > last.year or year + step > 9999:
                break
            year += step
    return out


def _tick_label(unit: TickUnit, step: int, day: date) -> str:
    if unit in ("day", "week"):
        return str(day.day)
    if unit == "month":
        return MONTHS[day.month - 1]
    return str(day.year)


def _widest_label(unit: TickUnit) -> str:
    return {"day": "28", "week": "28", "month": "May", "year": "2030"}[unit]


def ticks_for(segment: Segment, label_size: float, min_gap: float = 10.0) -> tuple[list[Tick], list[Caption]]:
    """Readable ticks for *segment*: the finest unit whose labels fit.

    Day and month labels sit in the middle of the cell they name; weeks and
    multi-unit steps label the boundary. Captions give the month (for day and
    week ticks) or the year (for month ticks) that the numbers alone omit.
    """
    px_per_day = (segment.x1 - segment.x0) / (segment.hi - segment.lo)
    chosen = _STEPS[-1]
    for unit, step, centred in _STEPS:
        cell_days = {"day": 1, "week": 7, "month": 30.4, "year": 365.25}[unit] * step
        if cell_days * px_per_day >= text_width(_widest_label(unit), label_size) + min_gap:
            chosen = (unit, step, centred)
            break
    unit, step, centred = chosen
    bounds = _boundaries(unit, step, segment.lo, segment.hi)
    ticks: list[Tick] = []
    for i, day in enumerate(bounds):
        at = day_number(day)
        if centred and i + 1 < len(bounds):
            label_at = (at + day_number(bounds[i + 1])) / 2
        else:
            label_at = at
        if not segment.lo <= label_at <= segment.hi and not segment.lo <= at <= segment.hi:
            continue
        ticks.append(Tick(at, _tick_label(unit, step, day), label_at))
    captions: list[Caption] = []
    if unit in ("day", "week"):
        for day in _boundaries("month", 1, segment.lo, segment.hi)[:-1]:
            nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
            captions.append(
                Caption(
                    day_number(day),
                    day_number(nxt),
                    f"{MONTHS_LONG[day.month - 1]} {day.year}",
                    f"{MONTHS[day.month - 1]} {day.year}",
                )
            )
    elif unit == "month":
        for day in _boundaries("year", 1, segment.lo, segment.hi)[:-1]:
            captions.append(
                Caption(day_number(day), day_number(date(day.year + 1, 1, 1)), str(day.year), str(day.year))
            )
    return ticks, [c for c in captions if c.hi > segment.lo and c.lo < segment.hi]


def gap_words(days: float) -> str:
    """How much time a break hides: ``35 years``, ``5 months``, ``40 days``."""
    if days >= 730:
        return f"{round(days / 365.25)} years"
    if days >= 60:
        return f"{round(days / 30.44)} months"
    return f"{round(days)} days"


# ------------------------------------------------------------------ tags/colour


def tag_colours(events: Sequence[Event]) -> dict[str, str]:
    """A colour per tag, in order of first appearance (so output is stable)."""
    colours: dict[str, str] = {}
    for event in events:
        for tag in event.tags:
            if tag not in colours:
                colours[tag] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def event_colour(event: Event, colours: dict[str, str]) -> str:
    """The colour of an event: its first tag's, or neutral slate."""
    return colours[event.tags[0]] if event.tags else UNTAGGED_COLOUR


def ordered(events: Sequence[Event]) -> list[tuple[int, Event]]:
    """Events with their input index, chronological and stable."""
    return sorted(enumerate(events), key=lambda pair: (pair[1].span.sort_key(), pair[0]))
