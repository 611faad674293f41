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


_FIRST_DAY = date.min.toordinal()
_LAST_DAY = date.max.toordinal()


def from_day_number(value: float) -> date:
    """The calendar day containing day number *value*, clamped to the calendar's ends.

    An axis padded around a span at year 1 or ending 9999-12-31 reaches past the
    days ``date`` knows; the picture draws those edges as the first or last day.
    """
    return date.fromordinal(min(max(int(value // 1), _FIRST_DAY), _LAST_DAY))


def span_interval(span: Span) -> tuple[float, float]:
    """The [start, end) interval of *span* in day numbers (end > start)."""
    start = day_number(span.start)
    end = day_number(span.end)
    return start, max(end, start)


def is_point(span: Span) -> bool:
    """True when the span is drawn as a point: it lasts at most one day.

    A day, a time or an evening is a point; anything longer is a bar, whatever
    its granularity: a week, but also a day event given an ``end`` or a
    ``duration`` (a two-day visit, 1 October to 20 April).
    """
    lo, hi = span_interval(span)
    return hi - lo <= 1.0 + 1e-9


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


_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def period_name(span: Span) -> str | None:
    """The name of the calendar period a span is, when it is exactly one.

    ``2024-H2`` is ``H2 2024``, ``2024-Q3`` is ``Q3 2024``, ``2024-SU`` is
    ``summer 2024``, ``2025-W09`` is ``week of 24 Feb 2025``. The name is used
    only when the span still covers that period: a value whose span was
    stretched by an ``end`` or a ``duration`` is described by its dates.
    """
    if span.is_timed:
        return None
    value, first, end = span.value, span.start, span.end
    assert not isinstance(first, datetime) and not isinstance(end, datetime)
    year = value[:4]
    if len(value) == 7 and value[4:6] in ("-H", "-Q") and year.isdigit() and value[6].isdigit():
        months = 6 if value[5] == "H" else 3
        number = int(value[6])
        start = date(int(year), (number - 1) * months + 1, 1)
        if (first, end) == (start, _add_months(start, months)):
            return f"{value[5]}{number} {year}"
        return None
    if span.granularity is Granularity.SEASON and value[5:] in _SEASONS and first.year == int(year):
        name = _SEASONS[value[5:]]
        if end.year > first.year and value[5:] == "WI":
            return f"{name} {year}–{str(end.year)[-2:]}"
        return f"{name} {year}"
    if span.granularity is Granularity.WEEK and (end - first).days == 7 and first.weekday() == 0:
        return f"week of {format_day(first)}"
    if span.granularity is Granularity.WEEKEND and (end - first).days <= 3 and first.weekday() >= 4:
        return f"weekend of {format_range(first, end - timedelta(days=1))}"
    return None


def _timed_words(span: Span) -> str:
    start, end = span.start, span.end
    assert isinstance(start, datetime) and isinstance(end, datetime)
    text = format_day(start.date(), weekday=True)
    part = _PARTS_OF_DAY.get(span.value[-2:]) if "T" in span.value else None
    unit = {Granularity.SECOND: 1, Granularity.MINUTE: 60, Granularity.HOUR: 3600}.get(span.granularity, 0)
    if span.granularity is Granularity.PART_OF_DAY and part:
        text += f", {part}"
    elif unit and (end - start).total_seconds() > unit:
        # A time with a duration: say when it ends too.
        if (end - timedelta(microseconds=1)).date() == start.date():
            text += f" {start:%H:%M}–{end:%H:%M}"
        else:
            text += f" {start:%H:%M} – {format_day(end.date(), weekday=True)} {end:%H:%M}"
    else:
        text += f" {start:%H:%M}"
    if start.tzinfo is not None:
        name = start.tzname()
        if name:
            text += f" {name}"
    return text


def span_words(span: Span, ascii_only: bool = False) -> str:
    """How a span reads on a picture: ``Wed 5 Mar 2025, evening``, ``H2 2024``, ``by 2030``.

    Named periods keep their name (:func:`period_name`), other spans are
    written as their first and last day. Approximate spans get a leading
    ``≈`` (``~`` in ASCII).
    """
    if span.is_timed:
        text = _timed_words(span)
    else:
        text = period_name(span) or format_range(span.first_day, span.last_day)
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


def truncate_middle(text: str, columns: int, ellipsis: str = "…") -> str:
    """Cut *text* to *columns* display columns by leaving out its middle.

    Titles of one story often share their beginning ("Parliament approves a
    sweeping package of sanctions targeting ..."), so the end is kept too:
    ``Parliament appro…the energy sector``.
    """
    if display_width(text) <= columns:
        return text
    room = columns - display_width(ellipsis)
    if room < 6:
        return truncate(text, columns, ellipsis)
    head_room = room * 2 // 5
    head = ""
    for char in text:
        if display_width(head + char) > head_room:
            break
        head += char
    tail = ""
    for char in reversed(text):
        if display_width(head) + display_width(char + tail) > room:
            break
        tail = char + tail
    return head.rstrip() + ellipsis + tail.lstrip()


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
    """A tick at day number ``at``, the start of the period its ``label`` names.

    Labels are drawn centred on their tick. ``context`` (``Feb 2025``, ``2031``)
    is the larger period the label alone leaves open; it is set on the first
    tick of a segment and where the year changes without the label saying so.
    """

    at: float
    label: str
    context: str = ""


# (unit, step) finest first.
_STEPS: tuple[tuple[TickUnit, int], ...] = (
    ("day", 1),
    ("week", 1),
    ("month", 1),
    ("month", 3),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 20),
    ("year", 50),
    ("year", 100),
    ("year", 200),
    ("year", 500),
    ("year", 1000),
)


def _boundaries(unit: TickUnit, step: int, lo: float, hi: float) -> list[date]:
    """Period starts (every *step* units) from just before *lo* to just after *hi*."""
    first = from_day_number(lo)
    last = from_day_number(hi)
    out: list[date] = []
    if unit in ("day", "week"):
        # Ordinals, not dates: the boundary after the last day may lie past 9999-12-31.
        size = 1 if unit == "day" else 7
        ordinal = first.toordinal() - (first.weekday() if unit == "week" else 0)
        stop = min(last.toordinal() + size, _LAST_DAY)
        ordinal = max(ordinal, _FIRST_DAY)
        while ordinal <= stop:
            out.append(date.fromordinal(ordinal))
            ordinal += size
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


def _label(unit: TickUnit, day: date, previous: date | None) -> tuple[str, str]:
    """The label of a tick starting *day*, and the context it leaves open.

    The label names the largest period that starts at the tick: a year
    (``2031``), else a month (``Mar``), else the day (``24``); week ticks add
    the month where it changes (``3 Mar``).
    """
    month = f"{MONTHS[day.month - 1]} {day.year}"
    if unit == "year" or (day.month, day.day) == (1, 1):
        return str(day.year), ""
    if unit == "month" or day.day == 1:
        return MONTHS[day.month - 1], "" if previous is not None else str(day.year)
    if previous is None:
        return str(day.day), month
    if unit == "week" and previous.month != day.month:
        return f"{day.day} {MONTHS[day.month - 1]}", str(day.year) if previous.year != day.year else ""
    return str(day.day), ""


_CELL_DAYS = {"day": 1.0, "week": 7.0, "month": 30.4, "year": 365.25}


def ticks_for(segment: Segment, label_size: float, min_gap: float = 10.0) -> list[Tick]:
    """Readable ticks for *segment*: the finest unit whose labels, centred on
    their ticks, keep *min_gap* between them."""
    px_per_day = (segment.x1 - segment.x0) / (segment.hi - segment.lo)
    narrowest = text_width("9", label_size) + min_gap
    fallback: list[Tick] = []
    for unit, step in _STEPS:
        if _CELL_DAYS[unit] * step * px_per_day < narrowest:
            continue  # not even one-digit labels would fit: skip without building the ticks
        ticks = _make_ticks(segment, unit, step)
        fallback = ticks
        xs = [segment.x(t.at) for t in ticks]
        widths = [text_width(t.label, label_size) for t in ticks]
        if all(xs[i + 1] - xs[i] >= (widths[i] + widths[i + 1]) / 2 + min_gap for i in range(len(ticks) - 1)):
            return ticks
    return fallback


def _make_ticks(segment: Segment, unit: TickUnit, step: int) -> list[Tick]:
    ticks: list[Tick] = []
    previous: date | None = None
    for day in _boundaries(unit, step, segment.lo, segment.hi):
        at = day_number(day)
        if not segment.lo <= at <= segment.hi:
            continue
        label, context = _label(unit, day, previous)
        ticks.append(Tick(at, label, context))
        previous = day
    return ticks


def gap_words(days: float) -> str:
    """How much time a break hides: ``35 years``, ``5 months``, ``40 days``."""
    if days >= 730:
        return f"{round(days / 365.25)} years"
    if days >= 60:
        return f"{round(days / 30.44)} months"
    return f"{round(days)} days"


# ------------------------------------------------------------------ colours

ColourBy = Literal["tag", "source", "none"]
COLOUR_BY: tuple[str, ...] = ("tag", "source", "none")

# Paul Tol's "muted" scheme: nine colours that stay distinct for the common
# colour-vision deficiencies and in greyscale print, ordered so that the
# paler cyan and sand come last (they are used only from the eighth key on).
PALETTE = ("#332288", "#CC6677", "#44AA99", "#882255", "#117733", "#AA4499", "#999933", "#88CCEE", "#DDCC77")
# Events with no key (no tag) are neutral; keys beyond the palette share "other".
NEUTRAL_COLOUR = "#8A94A6"
OTHER_COLOUR = "#4A5568"
OTHER_LABEL = "other"


@dataclass(frozen=True, slots=True)
class Colouring:
    """Which colour each event gets, and the legend that explains it.

    ``colours`` maps an event's position in the timeline to its colour;
    ``legend`` lists (name, colour) for the colours actually used, palette
    keys first, then "other", then the neutral entry.
    """

    by: str
    colours: dict[int, str]
    legend: tuple[tuple[str, str], ...]

    def of(self, index: int) -> str:
        """The colour of the event at *index*."""
        return self.colours.get(index, NEUTRAL_COLOUR)


def source_name(event: Event) -> str | None:
    """Who told an event: its outlet when the file names one, else its file's name."""
    if event.provenance is not None and event.provenance.outlet:
        return event.provenance.outlet
    if event.file:
        return event.file.replace("\\", "/").rsplit("/", 1)[-1]
    return None


def colouring(events: Sequence[Event], by: str = "tag") -> Colouring:
    """Colour events by tag, by source, or not at all.

    ``by="tag"``: tags are ranked by how many events carry them (ties: first
    seen in the file), and an event takes the colour of its highest-ranked
    tag, so the palette goes to the tags that group the most events and a tag
    that colours nothing takes no colour. The first ``len(PALETTE)`` colouring
    tags get a palette colour; the rest share "other"; untagged events are
    neutral. ``by="source"``: the same with one key per event, its outlet or
    file (:func:`source_name`). ``by="none"``: every event is neutral and the
    legend has no colours.
    """
    keys: list[tuple[str, ...]]
    if by == "none":
        return Colouring(by, {}, ())
    if by == "source":
        keys = [(name,) if (name := source_name(e)) else () for e in events]
        neutral_label = "unknown source"
    elif by == "tag":
        keys = [tuple(e.tags) for e in events]
        neutral_label = "no tag"
    else:
        raise ValueError(f"cannot colour by {by!r}; choose one of {', '.join(COLOUR_BY)}")
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for event_keys in keys:
        for key in dict.fromkeys(event_keys):
            counts[key] += 1
            first_seen.setdefault(key, len(first_seen))
    rank = {key: i for i, key in enumerate(sorted(counts, key=lambda k: (-counts[k], first_seen[k])))}
    best: list[str | None] = [min(ks, key=rank.__getitem__) if ks else None for ks in keys]
    used = sorted({key for key in best if key is not None}, key=rank.__getitem__)
    palette = {key: PALETTE[i] for i, key in enumerate(used[: len(PALETTE)])}
    colours: dict[int, str] = {}
    for index, chosen in enumerate(best):
        colours[index] = NEUTRAL_COLOUR if chosen is None else palette.get(chosen, OTHER_COLOUR)
    legend = list(palette.items())
    if len(used) > len(PALETTE):
        legend.append((OTHER_LABEL, OTHER_COLOUR))
    if any(key is None for key in best):
        legend.append((neutral_label, NEUTRAL_COLOUR))
    return Colouring(by, colours, tuple(legend))


def xterm_colour(hex_colour: str) -> int:
    """The nearest of the 256 xterm colours (its 6x6x6 cube and grey ramp) to *hex_colour*."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    levels = (0, 95, 135, 175, 215, 255)

    def nearest(v: int) -> int:
        return min(range(6), key=lambda i: abs(levels[i] - v))

    ri, gi, bi = nearest(r), nearest(g), nearest(b)
    cube = (16 + 36 * ri + 6 * gi + bi, (levels[ri], levels[gi], levels[bi]))
    grey_index = min(23, max(0, round((r + g + b) / 3 - 8) // 10))
    grey = (232 + grey_index, (8 + 10 * grey_index,) * 3)

    def distance(rgb: tuple[int, ...]) -> int:
        return (rgb[0] - r) ** 2 + (rgb[1] - g) ** 2 + (rgb[2] - b) ** 2

    return min((cube, grey), key=lambda c: distance(c[1]))[0]


# ------------------------------------------------------------------- grouping


@dataclass(frozen=True, slots=True)
class Group:
    """Events drawn under one date label: the same day, or the same span.

    ``members`` are (index in the timeline, event) in date order; ``shown``
    is how many of them are drawn, the rest are summarised ("+3 more").
    A ``merged`` group is a run of neighbouring dates none of whose events
    is drawn ("7 more events, 5 Jan – 20 Feb 2024").
    """

    words: str
    members: tuple[tuple[int, Event], ...]
    shown: int
    merged: bool = False

    @property
    def hidden(self) -> int:
        """How many members are summarised instead of drawn."""
        return len(self.members) - self.shown

    @property
    def point(self) -> bool:
        """True when the group is of events on one day that last at most a day."""
        return not self.merged and is_point(self.members[0][1].span)

    @property
    def interval(self) -> tuple[float, float]:
        """Day numbers from the first member's start to the latest end."""
        spans = [span_interval(e.span) for _, e in self.members]
        return min(lo for lo, _ in spans), max(hi for _, hi in spans)


def _group_key(event: Event) -> tuple[object, ...]:
    span = event.span
    if is_point(span):
        return ("day", span.first_day, is_uncertain(span))
    return ("span", span_interval(span), span_words(span), is_uncertain(span))


def _allocate(sizes: list[int], budget: int) -> list[int]:
    """How many events each group draws when *budget* events are drawn in all.

    In rounds, one more event per group, the largest groups first (a story's
    busiest day is usually its key moment); among groups of one size, spread
    over the whole time range rather than the earliest first. A crowded day
    gives way before a lone event loses its place.
    """
    shown = [0] * len(sizes)
    spread = {index: rank for rank, index in enumerate(_spread(len(sizes)))}
    order = sorted(range(len(sizes)), key=lambda i: (-sizes[i], spread[i]))
    budget = max(budget, 0)
    while budget > 0 and any(shown[i] < sizes[i] for i in order):
        for i in order:
            if budget and shown[i] < sizes[i]:
                shown[i] += 1
                budget -= 1
    return shown


def _spread(n: int) -> list[int]:
    """0..n-1 in an order whose every prefix is spread out: the ends, then midpoints."""
    if n <= 2:
        return list(range(n))
    order = [0, n - 1]
    intervals = [(0, n - 1)]
    while intervals:
        following = []
        for lo, hi in intervals:
            if hi - lo > 1:
                mid = (lo + hi) // 2
                order.append(mid)
                following += [(lo, mid), (mid, hi)]
        intervals = following
    return order


def group_events(events: Sequence[Event], max_events: int | None = None) -> list[Group]:
    """Events in date order, grouped by day (points) or by identical span (bars).

    With *max_events*, at most that many events are drawn in all (see
    :func:`_allocate`); each group says how many it leaves out, and a run of
    neighbouring groups that draw nothing (less than ``MIN_BREAK_DAYS`` apart,
    so never across a break of the axis) becomes one summary.
    """
    buckets: dict[tuple[object, ...], list[tuple[int, Event]]] = {}
    for index, event in ordered(events):
        buckets.setdefault(_group_key(event), []).append((index, event))
    members = list(buckets.values())
    shown = [len(m) for m in members] if max_events is None else _allocate([len(m) for m in members], max_events)
    groups: list[Group] = []
    for group, count in zip(members, shown):
        words = [span_words(e.span) for _, e in group]
        if len(set(words)) == 1:
            header = words[0]
        else:
            span = group[0][1].span
            header = format_day(span.first_day, weekday=True)
            if span.approximate:
                header = "≈" + header
        groups.append(Group(header, tuple(group), count))
    return _merge_hidden(groups)


def _merge_hidden(groups: list[Group]) -> list[Group]:
    out: list[Group] = []
    run: list[Group] = []

    def flush() -> None:
        if len(run) == 1:
            out.append(run[0])
        elif run:
            lo = min(g.interval[0] for g in run)
            hi = max(g.interval[1] for g in run)
            words = format_range(from_day_number(lo), from_day_number(hi - 1e-9))
            members = tuple(m for g in run for m in g.members)
            out.append(Group(words, members, 0, merged=True))
        run.clear()

    for group in groups:
        if group.shown == 0 and (not run or group.interval[0] - max(g.interval[1] for g in run) < MIN_BREAK_DAYS):
            run.append(group)
            continue
        flush()
        if group.shown == 0:
            run.append(group)
        else:
            out.append(group)
    flush()
    return out


def member_words(group: Group, event: Event) -> str:
    """What a member adds to its group's date label (``evening``, ``20:15 UTC``), or ''."""
    words = span_words(event.span)
    if words == group.words:
        return ""
    header = group.words.lstrip("≈")
    body = words.lstrip("≈")
    if body.startswith(header):
        return body[len(header) :].lstrip(" ,")
    return words


def more_words(group: Group) -> str:
    """The summary of a group's left-out events: ``+12 more on 7 Oct 2023``."""
    span = group.members[0][1].span
    where = f" on {format_day(span.first_day)}" if group.point else f", {group.words}"
    if group.shown == 0:
        return f"{group.hidden} event{'s' if group.hidden != 1 else ''} not drawn{where}"
    return f"+{group.hidden} more{where}"


# ------------------------------------------------------------------ titles


def _split_width(words: list[str], width: float, size: float, bold: bool) -> int:
    """How many of *words* fit on one line of *width*."""
    count = 0
    for n in range(1, len(words) + 1):
        if text_width(" ".join(words[:n]), size, bold) > width:
            break
        count = n
    return count


def fit_title(title: str, width: float, size: float, max_lines: int = 2, bold: bool = True) -> list[str]:
    """*title* on at most *max_lines* lines of *width* pixels.

    Words wrap; a title still too long keeps its beginning and its end, cut
    in the middle (``Parliament approves … targeting Iran``), because titles
    of one story often differ only at the end. A word wider than a line is
    cut with ``…``.
    """
    words = " ".join(title.split()).split(" ")
    lines = _wrap(words, width, size, bold, max_lines)
    if sum(len(line.split(" ")) for line in lines) >= len(words) and all(
        text_width(line, size, bold) <= width for line in lines
    ):
        return lines

    def fits(text: str) -> bool:
        return text_width(text, size, bold) <= width

    if max_lines == 1:
        # One line: as much of the start as fits beside the end's last words.
        tail = [words[-1]]
        while len(tail) < len(words) - 1 and fits(" ".join(words[:1] + ["…"] + [words[-len(tail) - 1], *tail])):
            if text_width(" ".join(tail), size, bold) > width / 2:
                break
            tail.insert(0, words[-len(tail) - 1])
        head: list[str] = []
        for word in words[: len(words) - len(tail)]:
            if not fits(" ".join([*head, word, "…", *tail])):
                break
            head.append(word)
        line = " ".join([*head, "…", *tail]) if head else "… " + " ".join(tail)
        return [line if fits(line) else _cut_word(title, width, size, bold)]
    # Several lines: the last line keeps the end, the others the beginning.
    tail = []
    for word in reversed(words[1:]):
        if not fits("… " + " ".join([word, *tail])):
            break
        tail.insert(0, word)
    if not tail:
        tail_line = "… " + _cut_word(words[-1], width - text_width("… ", size, bold), size, bold)
        tail = [words[-1]]
    else:
        tail_line = "… " + " ".join(tail)
    head_lines = _wrap(words[: len(words) - len(tail)], width, size, bold, max_lines - 1)
    return [*head_lines, tail_line]


def _wrap(words: list[str], width: float, size: float, bold: bool, max_lines: int) -> list[str]:
    """Greedy word wrap into at most *max_lines* lines (what does not fit is left out)."""
    lines: list[str] = []
    rest = words
    while rest and len(lines) < max_lines:
        n = _split_width(rest, width, size, bold)
        if n == 0:
            lines.append(_cut_word(rest[0], width, size, bold))
            rest = rest[1:]
            continue
        lines.append(" ".join(rest[:n]))
        rest = rest[n:]
    return lines or [""]


def _cut_word(text: str, width: float, size: float, bold: bool) -> str:
    """*text* cut with ``…`` to fit *width*."""
    if text_width(text, size, bold) <= width:
        return text
    out = text
    while out and text_width(out + "…", size, bold) > width:
        out = out[:-1]
    return out.rstrip() + "…"


def ordered(events: Sequence[Event]) -> list[tuple[int, Event]]:
    """Events with their input index, chronological and stable."""
    return sorted(enumerate(events), key=lambda pair: (pair[1].span.sort_key(), pair[0]))
