"""``--format svg``: a printable, hand-written SVG picture of the timeline.

The picture is computed in two steps so tests can check geometry without
parsing SVG: :func:`layout` places everything (segments of a broken axis,
ticks, one lane per row of non-overlapping labels) and :func:`draw` writes the
markup. ``html`` reuses both with ``interactive=True``.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._picture import (
    Caption,
    Scale,
    Tick,
    event_colour,
    gap_words,
    is_point,
    is_uncertain,
    mark_position,
    ordered,
    reference_label,
    reference_point,
    reference_position,
    scale_for,
    span_words,
    tag_colours,
    text_width,
    ticks_for,
    truncate,
)

WIDTH = 1000.0
MARGIN = 24.0
BREAK_GAP = 44.0  # room for the break marker and "35 years" between segments
MIN_SEGMENT = 150.0
PLOT_TOP = 96.0
HEADER = 64.0  # the title block above the plot, left out of the HTML page's picture
LANE_HEIGHT = 40.0
TITLE_SIZE = 12.5
DATE_SIZE = 11.0
TICK_SIZE = 11.0
LABEL_GAP = 7.0  # between a mark and its label
LANE_PAD = 10.0  # free space kept between two boxes of one lane
MAX_TITLE = 60  # characters; the full title stays in the tooltip and the HTML table
POINT_RADIUS = 5.5
BAR_HEIGHT = 12.0
MIN_BAR = 6.0
BAR_OPACITY = 0.28

FONT = "'Source Sans 3', 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"
INK = "#1A202C"
MUTED = "#4A5568"
FAINT = "#A0AEC0"
GRID = "#E2E8F0"
PANEL = "#F7F9FC"
REFERENCE = "#C53030"


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle in picture pixels."""

    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box) -> bool:
        """True when the two boxes share any area."""
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1


@dataclass(frozen=True, slots=True)
class Mark:
    """One event as drawn: its mark, its label and the lane they sit in."""

    index: int  # position of the event in ``timeline.events``
    event: Event
    x0: float
    x1: float
    point: bool
    uncertain: bool
    colour: str
    lane: int
    title: str  # possibly shortened
    words: str  # the date as words
    anchor: str  # "start" (label right of the mark) or "end" (left of it)
    label_x: float
    label_box: Box

    @property
    def y(self) -> float:
        """Vertical centre of the mark."""
        return PLOT_TOP + self.lane * LANE_HEIGHT + 11.0


@dataclass(frozen=True, slots=True)
class Layout:
    """Everything :func:`draw` needs, in pixels."""

    title: str
    subtitle: str
    width: float
    height: float
    scale: Scale | None
    marks: tuple[Mark, ...]
    lanes: int
    axis_y: float
    ticks: tuple[tuple[int, tuple[Tick, ...], tuple[Caption, ...]], ...]
    reference_x: float | None
    reference_text: str
    tags: tuple[tuple[str, str], ...]
    legend_y: float


def layout(timeline: Timeline, options: RenderOptions) -> Layout:
    """Place the timeline's events on a broken axis with non-overlapping labels."""
    events = timeline.events
    reference, word = reference_point(timeline, options.now)
    title = timeline.calendar or "Timeline"
    colours = tag_colours(events)
    if not events:
        return Layout(title, "No events.", WIDTH, 120.0, None, (), 0, 0.0, (), None, "", (), 0.0)

    scale = scale_for(events, reference, MARGIN, WIDTH - MARGIN, BREAK_GAP, MIN_SEGMENT)
    marks: list[Mark] = []
    lanes: list[list[Box]] = []
    for index, event in ordered(events):
        marks.append(_place(index, event, scale, lanes, colours))

    axis_y = PLOT_TOP + max(len(lanes), 1) * LANE_HEIGHT + 6.0
    ticks = tuple(
        (i, tuple(t), tuple(c)) for i, (t, c) in enumerate(ticks_for(s, TICK_SIZE) for s in scale.segments)
    )
    reference_x = scale.x(reference_position(reference)) if reference is not None else None
    reference_text = reference_label(reference, word) if reference is not None else ""
    count = len(events)
    first_year = min(e.span.first_day.year for e in events)
    last_year = max(e.span.last_day.year for e in events)
    years = str(first_year) if first_year == last_year else f"{first_year}–{last_year}"
    subtitle = f"{count} event{'s' if count != 1 else ''}, {years}"
    if len(scale.segments) > 1:
        subtitle += " · the axis is broken where long empty stretches were cut out"
    legend_y = axis_y + 60.0
    height = legend_y + _legend_height(colours, reference_text) + 12.0
    return Layout(
        title,
        subtitle,
        WIDTH,
        height,
        scale,
        tuple(marks),
        len(lanes),
        axis_y,
        ticks,
        reference_x,
        reference_text,
        tuple(colours.items()),
        legend_y,
    )


def _place(index: int, event: Event, scale: Scale, lanes: list[list[Box]], colours: dict[str, str]) -> Mark:
    """Put one event in the first lane where its mark and label fit."""
    span = event.span
    lo, hi = mark_position(span)
    point = is_point(span)
    x0, x1 = scale.span_x(lo, hi)
    if point:
        x0, x1 = x0 - POINT_RADIUS, x1 + POINT_RADIUS
    elif x1 - x0 < MIN_BAR:
        mid = (x0 + x1) / 2
        x0, x1 = mid - MIN_BAR / 2, mid + MIN_BAR / 2
    words = span_words(span)
    title = truncate(" ".join(event.title.split()), MAX_TITLE)
    date_w = text_width(words, DATE_SIZE)
    # Beside the mark (right, then left) reads best; a bar whose label fits on
    # neither side carries it over itself, starting at its left end.
    anchors = [("start", x1 + LABEL_GAP), ("end", x0 - LABEL_GAP)]
    right_room = WIDTH - MARGIN - (x1 + LABEL_GAP)
    left_room = x0 - LABEL_GAP - MARGIN
    over_room = WIDTH - MARGIN - (x0 + LABEL_GAP)
    full_w = max(text_width(title, TITLE_SIZE, bold=True), date_w)
    if not point and full_w > max(right_room, left_room):
        anchors.append(("start", x0 + LABEL_GAP))
    room = max(right_room, left_room, over_room if not point else 0.0)
    while len(title) > 2 and text_width(title, TITLE_SIZE, bold=True) > room:
        title = truncate(title, len(title) - 2)
    label_w = max(text_width(title, TITLE_SIZE, bold=True), date_w)

    def attempt(lane: int, anchor: str, lx: float) -> tuple[Box, Box] | None:
        y0 = PLOT_TOP + lane * LANE_HEIGHT
        if anchor == "start":
            label = Box(lx, y0, lx + label_w, y0 + 34.0)
        else:
            label = Box(lx - label_w, y0, lx, y0 + 34.0)
        if label.x0 < MARGIN - 0.01 or label.x1 > WIDTH - MARGIN + 0.01:
            return None
        whole = Box(min(label.x0, x0) - LANE_PAD / 2, y0, max(label.x1, x1) + LANE_PAD / 2, y0 + 34.0)
        if lane < len(lanes) and any(whole.overlaps(b) for b in lanes[lane]):
            return None
        return label, whole

    lane = 0
    while True:
        for anchor, lx in anchors:
            found = attempt(lane, anchor, lx)
            if found is not None:
                label, whole = found
                if lane == len(lanes):
                    lanes.append([])
                lanes[lane].append(whole)
                return Mark(
                    index,
                    event,
                    x0,
                    x1,
                    point,
                    is_uncertain(span),
                    event_colour(event, colours),
                    lane,
                    title,
                    words,
                    anchor,
                    lx,
                    label,
                )
        if lane >= len(lanes):
            # Neither side fits even on an empty lane (only for labels wider
            # than the picture): clip at the right margin rather than loop.
            y0 = PLOT_TOP + lane * LANE_HEIGHT
            label = Box(x1 + LABEL_GAP, y0, WIDTH - MARGIN, y0 + 34.0)
            lanes.append([Box(x0, y0, WIDTH - MARGIN, y0 + 34.0)])
            return Mark(
                index,
                event,
                x0,
                x1,
                point,
                is_uncertain(span),
                event_colour(event, colours),
                lane,
                title,
                words,
                "start",
                x1 + LABEL_GAP,
                label,
            )
        lane += 1


# --------------------------------------------------------------------- legend

_KEY = (
    ("point", "a day or a time"),
    ("bar", "a span: sometime within it"),
    ("hatched", "approximate, or only “by”/“since” it"),
)


def _legend_items(colours: dict[str, str], reference_text: str) -> list[tuple[str, str, str]]:
    items = [("tag", colour, tag) for tag, colour in colours.items()]
    items += [(kind, MUTED, text) for kind, text in _KEY]
    if reference_text:
        items.append(("reference", REFERENCE, reference_text))
    return items


def _legend_rows(colours: dict[str, str], reference_text: str) -> list[list[tuple[float, str, str, str]]]:
    rows: list[list[tuple[float, str, str, str]]] = [[]]
    x = MARGIN
    for kind, colour, text in _legend_items(colours, reference_text):
        w = 26.0 + text_width(text, DATE_SIZE) + 18.0
        if rows[-1] and x + w > WIDTH - MARGIN:
            rows.append([])
            x = MARGIN
        rows[-1].append((x, kind, colour, text))
        x += w
    return rows


def _legend_height(colours: dict[str, str], reference_text: str) -> float:
    return len(_legend_rows(colours, reference_text)) * 20.0


# ----------------------------------------------------------------------- draw


def _n(value: float) -> str:
    """Pixels with one decimal, without a trailing ``.0`` (stable, compact)."""
    return f"{value:.1f}".removesuffix(".0")


def _text(
    x: float, y: float, text: str, size: float, fill: str, anchor: str = "start", extra: str = ""
) -> str:
    attrs = f'x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" fill="{fill}"'
    if anchor != "start":
        attrs += f' text-anchor="{anchor}"'
    if extra:
        attrs += " " + extra
    return f"<text {attrs}>{escape(text)}</text>"


def tooltip_text(event: Event) -> str:
    """The plain-text details of an event (SVG ``<title>``, HTML accessible name)."""
    lines = [event.title, span_words(event.span)]
    written = f"written “{event.when}”"
    if event.span.explanation:
        written += f": {event.span.explanation}"
    lines.append(written)
    if event.source:
        lines.append(f"source: {event.source}")
    return "\n".join(lines)


def draw(lay: Layout, interactive: bool = False) -> str:
    """The SVG markup for *lay*; *interactive* adds focus hooks for the HTML page."""
    w, h = lay.width, lay.height
    # The page has its own heading, so the interactive picture starts below
    # the title block instead of repeating it.
    top = HEADER if interactive and lay.scale is not None else 0.0
    role = (
        'role="group" aria-labelledby="tl-svg-title"'
        if interactive
        else ('role="img" aria-labelledby="tl-svg-title tl-svg-desc"')
    )
    size = f'viewBox="0 {_n(top)} {_n(w)} {_n(h - top)}" width="{_n(w)}" height="{_n(h - top)}"'
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" {size} font-family="{FONT}" {role}>',
        f'<title id="tl-svg-title">{escape(lay.title)}</title>',
        f'<desc id="tl-svg-desc">{escape(_description(lay))}</desc>',
        _defs(lay),
        f'<rect width="{_n(w)}" height="{_n(h)}" fill="#FFFFFF"/>',
    ]
    if not top:
        out.append(_text(MARGIN, 36, lay.title, 20, INK, extra='font-weight="700"'))
        out.append(_text(MARGIN, 58, lay.subtitle, 12, MUTED))
    if lay.scale is None:
        out.append("</svg>")
        return "\n".join(out) + "\n"
    out.append(_draw_axis(lay))
    if lay.reference_x is not None:
        out.append(_draw_reference(lay))
    out.append('<g class="events">')
    for mark in lay.marks:
        out.append(_draw_mark(mark, interactive))
    out.append("</g>")
    out.append(_draw_legend(lay))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _description(lay: Layout) -> str:
    parts = [f"{m.event.title}: {m.words}" for m in lay.marks]
    text = "; ".join(parts) if parts else "No events."
    if lay.reference_text:
        text += f". Marked: {lay.reference_text}."
    return text


def _pattern_id(colour: str) -> str:
    return "tl-hatch-" + colour.lstrip("#").lower()


def _defs(lay: Layout) -> str:
    colours = sorted({m.colour for m in lay.marks if m.uncertain and not m.point} | {MUTED})
    parts = ["<defs>"]
    for colour in colours:
        # Diagonal stripes over a pale wash: reads as "uncertain" in print too.
        parts.append(
            f'<pattern id="{_pattern_id(colour)}" patternUnits="userSpaceOnUse" width="6" height="6" '
            f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{colour}" fill-opacity="0.10"/>'
            f'<line x1="1" y1="0" x2="1" y2="6" stroke="{colour}" stroke-width="2" stroke-opacity="0.75"/>'
            f"</pattern>"
        )
    parts.append("</defs>")
    return "".join(parts)


def _draw_axis(lay: Layout) -> str:
    assert lay.scale is not None
    out = ['<g class="axis">']
    top, axis = PLOT_TOP - 4.0, lay.axis_y
    segments = lay.scale.segments
    for segment, (_, ticks, captions) in zip(segments, lay.ticks):
        out.append(
            f'<rect x="{_n(segment.x0)}" y="{_n(top)}" width="{_n(segment.x1 - segment.x0)}" '
            f'height="{_n(axis - top)}" fill="{PANEL}" rx="4"/>'
        )
        for tick in ticks:
            if segment.lo <= tick.at <= segment.hi:
                x = segment.x(tick.at)
                out.append(
                    f'<line x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}" y2="{_n(axis + 5)}" stroke="{GRID}"/>'
                )
        out.append(
            f'<line x1="{_n(segment.x0)}" y1="{_n(axis)}" x2="{_n(segment.x1)}" y2="{_n(axis)}" '
            f'stroke="{MUTED}" stroke-width="1.2"/>'
        )
        for tick in ticks:
            x = segment.x(tick.label_at)
            half = text_width(tick.label, TICK_SIZE) / 2
            if segment.x0 - 2 <= x - half and x + half <= segment.x1 + 2:
                out.append(_text(x, axis + 18, tick.label, TICK_SIZE, MUTED, "middle"))
        for caption in captions:
            a, b = segment.x(caption.lo), segment.x(caption.hi)
            for text in (caption.label, caption.short):
                if text_width(text, TICK_SIZE) + 6 <= b - a:
                    out.append(
                        _text((a + b) / 2, axis + 36, text, TICK_SIZE, INK, "middle", 'font-weight="600"')
                    )
                    break
    for left, right in itertools.pairwise(segments):
        mid = (left.x1 + right.x0) / 2
        # Two slanted strokes across the axis: the conventional "cut" sign.
        for dx in (-4.0, 4.0):
            out.append(
                f'<line x1="{_n(mid + dx - 4)}" y1="{_n(axis + 7)}" x2="{_n(mid + dx + 4)}" '
                f'y2="{_n(axis - 7)}" stroke="{MUTED}" stroke-width="1.5"/>'
            )
        words = gap_words(right.lo - left.hi).split(" ", 1)
        out.append(_text(mid, axis + 22, words[0], 10.5, MUTED, "middle", 'font-weight="600"'))
        out.append(_text(mid, axis + 34, words[1], 10, MUTED, "middle"))
    out.append("</g>")
    return "\n".join(out)


def _draw_reference(lay: Layout) -> str:
    assert lay.reference_x is not None
    x = lay.reference_x
    half = text_width(lay.reference_text, 11.5) / 2
    label_x = min(max(x, MARGIN + half), WIDTH - MARGIN - half)
    return (
        f'<g class="reference"><line x1="{_n(x)}" y1="{_n(PLOT_TOP - 10)}" x2="{_n(x)}" '
        f'y2="{_n(lay.axis_y)}" stroke="{REFERENCE}" stroke-width="1.5" stroke-dasharray="5 3"/>'
        + _text(label_x, PLOT_TOP - 16, lay.reference_text, 11.5, REFERENCE, "middle", 'font-weight="600"')
        + "</g>"
    )


def _draw_mark(mark: Mark, interactive: bool) -> str:
    y = mark.y
    attrs = f'class="event" data-index="{mark.index}"'
    if interactive:
        name = f"{mark.event.title}, {mark.words}"
        attrs += (
            f' id="tl-ev-{mark.index}" tabindex="0" role="button" aria-label={quoteattr(name)}'
            f' aria-describedby="tl-detail-{mark.index}"'
        )
    out = [f"<g {attrs}>"]
    if not interactive:
        # Browsers show <title> as a tooltip when the SVG is opened on its own.
        out.append(f"<title>{escape(tooltip_text(mark.event))}</title>")
    colour = mark.colour
    if mark.point:
        cx = (mark.x0 + mark.x1) / 2
        if mark.uncertain:
            out.append(
                f'<circle cx="{_n(cx)}" cy="{_n(y)}" r="{_n(POINT_RADIUS)}" fill="#FFFFFF" stroke="{colour}" '
                f'stroke-width="2" stroke-dasharray="2.5 2"/>'
            )
        else:
            out.append(
                f'<circle cx="{_n(cx)}" cy="{_n(y)}" r="{_n(POINT_RADIUS)}" fill="{colour}" stroke="#FFFFFF" '
                f'stroke-width="1.5"/>'
            )
    else:
        bar = f'x="{_n(mark.x0)}" y="{_n(y - BAR_HEIGHT / 2)}" width="{_n(mark.x1 - mark.x0)}" height="{_n(BAR_HEIGHT)}" rx="3"'
        if mark.uncertain:
            out.append(
                f'<rect {bar} fill="url(#{_pattern_id(colour)})" stroke="{colour}" stroke-width="1.5" '
                f'stroke-dasharray="4 3"/>'
            )
        else:
            out.append(
                f'<rect {bar} fill="{colour}" fill-opacity="{BAR_OPACITY}" stroke="{colour}" stroke-width="1.5"/>'
            )
    base = PLOT_TOP + mark.lane * LANE_HEIGHT
    # A halo in the panel colour keeps labels legible where they cross grid
    # lines, the reference line or a break.
    # Not on a title written over its own bar, where a halo would blot the fill.
    over = mark.anchor == "start" and mark.label_x < mark.x1
    halo = f'stroke="{PANEL}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'
    out.append(
        _text(
            mark.label_x,
            base + 15,
            mark.title,
            TITLE_SIZE,
            INK,
            mark.anchor,
            'font-weight="600"' + ("" if over else " " + halo),
        )
    )
    out.append(_text(mark.label_x, base + 30, mark.words, DATE_SIZE, MUTED, mark.anchor, halo))
    out.append("</g>")
    return "".join(out)


def _draw_legend(lay: Layout) -> str:
    out = ['<g class="legend">']
    colours = dict(lay.tags)
    for row_index, row in enumerate(_legend_rows(colours, lay.reference_text)):
        y = lay.legend_y + row_index * 20.0
        for x, kind, colour, text in row:
            cy = y - 4
            if kind == "tag":
                out.append(
                    f'<rect x="{_n(x)}" y="{_n(cy - 6)}" width="18" height="12" rx="2" fill="{colour}"/>'
                )
            elif kind == "point":
                out.append(f'<circle cx="{_n(x + 9)}" cy="{_n(cy)}" r="{_n(POINT_RADIUS)}" fill="{colour}"/>')
            elif kind == "bar":
                out.append(
                    f'<rect x="{_n(x)}" y="{_n(cy - 5)}" width="18" height="10" rx="2" fill="{colour}" '
                    f'fill-opacity="0.28" stroke="{colour}" stroke-width="1.2"/>'
                )
            elif kind == "hatched":
                out.append(
                    f'<rect x="{_n(x)}" y="{_n(cy - 5)}" width="18" height="10" rx="2" '
                    f'fill="url(#{_pattern_id(MUTED)})" stroke="{colour}" stroke-width="1.2" stroke-dasharray="3 2"/>'
                )
            else:
                out.append(
                    f'<line x1="{_n(x + 9)}" y1="{_n(cy - 7)}" x2="{_n(x + 9)}" y2="{_n(cy + 7)}" '
                    f'stroke="{colour}" stroke-width="1.5" stroke-dasharray="4 2"/>'
                )
            out.append(_text(x + 24, y, text, DATE_SIZE, INK if kind == "tag" else MUTED))
    out.append("</g>")
    return "\n".join(out)


def render(timeline: Timeline, options: RenderOptions) -> str:
    """The timeline as a standalone SVG document."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + draw(layout(timeline, options))


__all__ = ["Box", "Layout", "Mark", "draw", "layout", "render", "tooltip_text"]
