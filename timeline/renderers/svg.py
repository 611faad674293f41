"""``--format svg``: a printable, hand-written SVG picture of the timeline.

The picture is computed in two steps so tests can check geometry without
parsing SVG: :func:`layout` places everything (segments of a broken axis,
ticks, one *block* per group of events: their marks and one label) and
:func:`draw` writes the markup. ``html``, ``png`` and ``pdf`` reuse both.

Placement rules (docs/pictures.md):

- events of one day (or of one identical span) form a group under one date
  label; each keeps its own mark, at its own position, on the row of its title;
- the label sits beside the marks, right of them or else left, and stays
  inside its panel of the broken axis; when neither side has room (a bar as
  wide as its panel) it goes under the marks, never over them;
- blocks are placed top-down at the first height where they touch no other
  block, so labels never overlap each other or another group's marks;
- label text has a background in the panel's colour, so grid lines and the
  reference line pass behind it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape, quoteattr

from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._picture import (
    NEUTRAL_COLOUR,
    Colouring,
    Group,
    Scale,
    Segment,
    Tick,
    colouring,
    fit_title,
    gap_words,
    group_events,
    is_point,
    is_uncertain,
    mark_position,
    member_words,
    more_words,
    reference_label,
    reference_point,
    reference_position,
    scale_for,
    span_words,
    text_width,
    ticks_for,
)

WIDTH = 1000.0
MARGIN = 24.0
BREAK_GAP = 44.0  # room for the break marker and "35 years" between segments
MIN_SEGMENT = 150.0
PLOT_TOP = 96.0
TOP_AXIS = 22.0  # extra room above the plot for the top axis of a tall picture
TALL = 640.0  # a plot taller than this (about a laptop screen) gets an axis at the top too
HEADER = 64.0  # the title block above the plot, left out of the HTML page's picture
TITLE_SIZE = 12.5
DATE_SIZE = 11.0
TICK_SIZE = 11.0
TITLE_LINE = 15.0
DATE_LINE = 14.0
MARK_ROW = 16.0  # a row of marks above a label placed under them
LABEL_GAP = 7.0  # between the marks and their label
BLOCK_PAD = 8.0  # free space kept around a block
PANEL_PAD = 3.0  # labels keep this far inside their panel
MAX_LABEL = 290.0  # widest label; longer titles wrap
SIDE_ROOM = 120.0  # narrowest room beside the marks worth using; else the label goes under them
POINT_RADIUS = 5.5
BAR_HEIGHT = 10.0
MIN_BAR = 6.0
BAR_OPACITY = 0.3

FONT = "'Source Sans 3', 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif"
INK = "#1A202C"
MUTED = "#4A5568"
GRID = "#E2E8F0"
PANEL = "#F7F9FC"
REFERENCE = "#1A202C"  # not a palette colour: the reference must not read as an event

Anchor = Literal["start", "end"]


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

    def shifted(self, dy: float) -> Box:
        """The same box *dy* pixels lower."""
        return Box(self.x0, self.y0 + dy, self.x1, self.y1 + dy)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a label: ``kind`` is ``date`` (the group's date), ``title``,
    ``words`` (a member's own time) or ``more`` (the summary of left-out events)."""

    kind: str
    text: str
    y: float  # baseline
    index: int | None = None  # the event a title or words line belongs to


@dataclass(frozen=True, slots=True)
class Mark:
    """One event as drawn: its mark and where its title lines are."""

    index: int  # position of the event in ``timeline.events``
    event: Event
    x0: float
    x1: float
    y: float  # vertical centre of the mark
    point: bool
    uncertain: bool
    colour: str
    title: str  # the title as drawn, lines joined with spaces
    words: str  # the date as words


@dataclass(frozen=True, slots=True)
class Block:
    """A group of events as drawn: their marks and one label."""

    marks: tuple[Mark, ...]
    lines: tuple[Line, ...]
    anchor: Anchor
    text_x: float
    label_box: Box  # the text
    box: Box  # text and marks, with padding: what no other block may touch
    panel: int  # the segment the block is drawn in
    summary: tuple[float, float, float] | None = None  # x0, x1, y: where the left-out events are


@dataclass(frozen=True, slots=True)
class Layout:
    """Everything :func:`draw` needs, in pixels."""

    title: str
    subtitle: str
    width: float
    height: float
    scale: Scale | None
    blocks: tuple[Block, ...]
    plot_top: float
    axis_y: float
    top_axis: bool
    ticks: tuple[tuple[Tick, ...], ...]
    reference_x: float | None
    reference_text: str
    colours: Colouring
    legend_y: float
    events: tuple[tuple[int, Event], ...]  # every event in date order, drawn or summarised

    @property
    def marks(self) -> tuple[Mark, ...]:
        """The marks of every block, in date order."""
        return tuple(mark for block in self.blocks for mark in block.marks)


def layout(timeline: Timeline, options: RenderOptions) -> Layout:
    """Place the timeline's events on a broken axis with non-overlapping labels."""
    events = timeline.events
    reference, word = reference_point(timeline, options.now)
    title = timeline.calendar or "Timeline"
    colours = colouring(events, options.colour_by)
    if not events:
        return Layout(title, "No events.", WIDTH, 120.0, None, (), PLOT_TOP, 0.0, False, (), None, "", colours,
                      0.0, ())

    groups = group_events(events, options.max_events)
    scale = scale_for(events, reference, MARGIN, WIDTH - MARGIN, BREAK_GAP, MIN_SEGMENT)
    blocks = _place_all(groups, scale, colours, PLOT_TOP)
    bottom = max(b.box.y1 for b in blocks)
    top_axis = bottom - PLOT_TOP > TALL
    plot_top = PLOT_TOP + (TOP_AXIS if top_axis else 0.0)
    if top_axis:
        blocks = [_shift(b, TOP_AXIS) for b in blocks]
        bottom += TOP_AXIS
    axis_y = bottom + 4.0
    ticks = tuple(tuple(ticks_for(s, TICK_SIZE)) for s in scale.segments)
    reference_x = scale.x(reference_position(reference)) if reference is not None else None
    reference_text = reference_label(reference, word) if reference is not None else ""
    count = len(events)
    first_year = min(e.span.first_day.year for e in events)
    last_year = max(e.span.last_day.year for e in events)
    years = str(first_year) if first_year == last_year else f"{first_year}–{last_year}"
    subtitle = f"{count} event{'s' if count != 1 else ''}, {years}"
    drawn = sum(g.shown for g in groups)
    if drawn < count:
        subtitle += f" · {drawn} drawn, the others counted under their date"
    if len(scale.segments) > 1:
        subtitle += " · the axis is broken where long empty stretches were cut out"
    legend_y = axis_y + 60.0
    height = legend_y + _legend_height(_legend_items(colours, blocks, reference_text)) + 12.0
    ordered_events = tuple(member for g in groups for member in g.members)
    return Layout(title, subtitle, WIDTH, height, scale, tuple(blocks), plot_top, axis_y, top_axis, ticks,
                  reference_x, reference_text, colours, legend_y, ordered_events)


# ------------------------------------------------------------------ placement


def _segment_index(scale: Scale, x: float) -> int:
    for i, segment in enumerate(scale.segments):
        if segment.x0 - 0.01 <= x <= segment.x1 + 0.01:
            return i
    return min(range(len(scale.segments)), key=lambda i: abs(scale.segments[i].x0 - x))


def _mark_extent(event: Event, scale: Scale) -> tuple[float, float, bool]:
    span = event.span
    lo, hi = mark_position(span)
    x0, x1 = scale.span_x(lo, hi)
    point = is_point(span)
    if point:
        return x0 - POINT_RADIUS, x1 + POINT_RADIUS, True
    if x1 - x0 < MIN_BAR:
        mid = (x0 + x1) / 2
        return mid - MIN_BAR / 2, mid + MIN_BAR / 2, False
    return x0, x1, False


@dataclass(slots=True)
class _Draft:
    """A block laid out with its top at y = 0, before it is placed."""

    group: Group
    extents: list[tuple[float, float, bool]]
    anchor: Anchor
    text_x: float
    text_w: float
    lines: list[Line]
    mark_ys: list[float]
    titles: list[str]
    height: float
    panel: int
    summary: tuple[float, float, float] | None  # x0, x1, y of the mark of a group with nothing drawn

    def box(self) -> Box:
        extents = [(e[0], e[1]) for e in self.extents]
        if self.summary is not None:
            extents.append(self.summary[:2])
        gx0 = min(e[0] for e in extents)
        gx1 = max(e[1] for e in extents)
        tx0, tx1 = self.text_span()
        return Box(min(gx0, tx0) - BLOCK_PAD / 2, 0.0, max(gx1, tx1) + BLOCK_PAD / 2, self.height + BLOCK_PAD)

    def text_span(self) -> tuple[float, float]:
        if self.anchor == "start":
            return self.text_x, self.text_x + self.text_w
        return self.text_x - self.text_w, self.text_x


def _draft(group: Group, scale: Scale) -> _Draft:
    """Lay out one group's block: where its label goes and how its lines wrap."""
    shown = group.members[: group.shown]
    extents = [_mark_extent(event, scale) for _, event in shown]
    summary: tuple[float, float] | None = None
    if not extents:  # no member drawn: the block is a quiet mark and a count
        x0, x1 = scale.span_x(*group.interval)
        if x1 - x0 < MIN_BAR:
            x0, x1 = (x0 + x1 - MIN_BAR) / 2, (x0 + x1 + MIN_BAR) / 2
        summary = (x0, x1)
        extents_for_room = [(x0, x1, True)]
    else:
        extents_for_room = extents
    gx0 = min(e[0] for e in extents_for_room)
    gx1 = max(e[1] for e in extents_for_room)
    panel = _segment_index(scale, (gx0 + gx1) / 2)
    segment = scale.segments[panel]
    lo_x, hi_x = segment.x0 + PANEL_PAD, segment.x1 - PANEL_PAD
    right_room = hi_x - (gx1 + LABEL_GAP)
    left_room = (gx0 - LABEL_GAP) - lo_x
    more = more_words(group) if group.hidden else ""
    natural = max(
        [text_width(group.words, DATE_SIZE), text_width(more, DATE_SIZE)]
        + [text_width(" ".join(e.title.split()), TITLE_SIZE, bold=True) for _, e in shown]
        + [text_width(member_words(group, e), DATE_SIZE) for _, e in shown]
    )
    want = min(natural, MAX_LABEL)
    anchor: Anchor
    below = False
    if right_room >= min(want, SIDE_ROOM):
        anchor, text_x, text_w = "start", gx1 + LABEL_GAP, min(want, right_room)
    elif left_room >= min(want, SIDE_ROOM):
        anchor, text_x, text_w = "end", gx0 - LABEL_GAP, min(want, left_room)
    else:
        # Neither side has room: under the marks, as far left as the panel allows.
        below = True
        text_w = min(want, hi_x - lo_x)
        anchor, text_x = "start", max(lo_x, min(gx0, hi_x - text_w))

    lines: list[Line] = []
    mark_ys: list[float] = []
    titles: list[str] = []
    y = 0.0
    if shown:
        lines.append(Line("date", group.words, y + 11.0))
        y += DATE_LINE
    max_lines = 2 if text_w >= 260 else 3
    for index, event in shown:
        if below:
            mark_ys.append(y + MARK_ROW / 2)
            y += MARK_ROW
        wrapped = fit_title(event.title, text_w, TITLE_SIZE, max_lines)
        if not below:
            mark_ys.append(y + 7.5)
        for text in wrapped:
            lines.append(Line("title", text, y + 12.0, index))
            y += TITLE_LINE
        titles.append(" ".join(wrapped))
        extra = member_words(group, event)
        if extra:
            lines.append(Line("words", extra, y + 11.0, index))
            y += DATE_LINE
        y += 3.0
    summary_y = 0.0
    if more:
        if below and summary is not None:
            summary_y = y + MARK_ROW / 2
            y += MARK_ROW
        else:
            summary_y = y + 7.0
        lines.append(Line("more", more, y + 11.0))
        y += DATE_LINE
    return _Draft(group, extents, anchor, text_x, text_w, lines, mark_ys, titles, y, panel,
                  None if summary is None else (summary[0], summary[1], summary_y))


def _place_all(groups: list[Group], scale: Scale, colours: Colouring, top: float) -> list[Block]:
    """Put each group's block at the first height where it touches no other block."""
    placed: list[Box] = []
    blocks: list[Block] = []
    for group in groups:
        draft = _draft(group, scale)
        box = draft.box()
        # Only blocks that share some of this one's width can be in its way.
        near = sorted((b for b in placed if b.x0 < box.x1 and box.x0 < b.x1), key=lambda b: b.y0)
        y = top
        for other in near:
            if other.y0 < y + box.y1 and y < other.y1:
                y = other.y1
        # The candidates above were swept in order of their tops; a taller block
        # met later can still overlap, so check once more and move below it.
        while any(b.y0 < y + box.y1 and y < b.y1 for b in near):
            y = min(b.y1 for b in near if b.y0 < y + box.y1 and y < b.y1 and b.y1 > y)
        placed.append(box.shifted(y))
        blocks.append(_block(draft, y, colours))
    return blocks


def _block(draft: _Draft, y: float, colours: Colouring) -> Block:
    marks = tuple(
        Mark(index, event, x0, x1, y + my, point, is_uncertain(event.span), colours.of(index), title,
             span_words(event.span))
        for (index, event), (x0, x1, point), my, title in zip(
            draft.group.members, draft.extents, draft.mark_ys, draft.titles
        )
    )
    lines = tuple(Line(line.kind, line.text, line.y + y, line.index) for line in draft.lines)
    tx0, tx1 = draft.text_span()
    label_box = Box(tx0, y, tx1, y + draft.height)
    summary = None if draft.summary is None else (draft.summary[0], draft.summary[1], draft.summary[2] + y)
    return Block(marks, lines, draft.anchor, draft.text_x, label_box, draft.box().shifted(y), draft.panel, summary)


def _shift(block: Block, dy: float) -> Block:
    marks = tuple(
        Mark(m.index, m.event, m.x0, m.x1, m.y + dy, m.point, m.uncertain, m.colour, m.title, m.words)
        for m in block.marks
    )
    lines = tuple(Line(line.kind, line.text, line.y + dy, line.index) for line in block.lines)
    summary = None if block.summary is None else (block.summary[0], block.summary[1], block.summary[2] + dy)
    return Block(marks, lines, block.anchor, block.text_x, block.label_box.shifted(dy), block.box.shifted(dy),
                 block.panel, summary)


# --------------------------------------------------------------------- legend

_KEY = {
    "point": "a day or a time",
    "point-uncertain": "an approximate day or time",
    "bar": "a span: from its first to its last day",
    "hatched": "approximate, or only “by”/“since” it",
}


def _legend_items(colours: Colouring, blocks: list[Block] | tuple[Block, ...],
                  reference_text: str) -> list[tuple[str, str, str]]:
    """(kind, colour, text) for the colours and the kinds of mark actually drawn."""
    marks = [m for b in blocks for m in b.marks]
    drawn = {m.colour for m in marks}
    # A tag or an outlet may be any length: its legend entry is cut to 240 px.
    items = [("colour", colour, fit_title(name, 240.0, DATE_SIZE, max_lines=1, bold=False)[0])
             for name, colour in colours.legend if colour in drawn]
    used = {("point" if m.point else "bar") + ("-uncertain" if m.uncertain else "") for m in marks}
    for kind, present in (("point", "point" in used), ("point-uncertain", "point-uncertain" in used),
                          ("bar", "bar" in used), ("hatched", "bar-uncertain" in used)):
        if present:
            items.append((kind, MUTED, _KEY[kind]))
    if reference_text:
        items.append(("reference", REFERENCE, reference_text))
    return items


def _legend_rows(items: list[tuple[str, str, str]]) -> list[list[tuple[float, str, str, str]]]:
    rows: list[list[tuple[float, str, str, str]]] = [[]]
    x = MARGIN
    for kind, colour, text in items:
        w = 26.0 + text_width(text, DATE_SIZE) + 18.0
        if rows[-1] and x + w > WIDTH - MARGIN:
            rows.append([])
            x = MARGIN
        rows[-1].append((x, kind, colour, text))
        x += w
    return rows


def _legend_height(items: list[tuple[str, str, str]]) -> float:
    return len(_legend_rows(items)) * 20.0


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
    for number, block in enumerate(lay.blocks):
        out.append(_draw_block(block, number, interactive))
    out.append("</g>")
    out.append(_draw_legend(lay))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _description(lay: Layout) -> str:
    parts = [f"{event.title}: {span_words(event.span)}" for _, event in lay.events]
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
            f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{colour}" fill-opacity="0.12"/>'
            f'<line x1="1" y1="0" x2="1" y2="6" stroke="{colour}" stroke-width="2" stroke-opacity="0.8"/>'
            f"</pattern>"
        )
    parts.append("</defs>")
    return "".join(parts)


def _tick_labels(segment: Segment, ticks: tuple[Tick, ...], y: float, with_context: bool) -> list[str]:
    """Tick labels centred on their ticks (and their context under them).

    A label near a panel's edge is nudged inside the panel rather than
    dropped, so the first and last periods keep their names; a label that
    would then touch its neighbour is left out.
    """
    out = []
    last_end = segment.x0 - 1e9
    for tick in ticks:
        x = segment.x(tick.at)
        width = text_width(tick.label, TICK_SIZE)
        cx = min(max(x, segment.x0 + width / 2 + 1), segment.x1 - width / 2 - 1)
        if abs(cx - x) <= width / 2 and cx - width / 2 >= last_end + 4:
            out.append(_text(cx, y, tick.label, TICK_SIZE, MUTED, "middle", 'class="tick"'))
            last_end = cx + width / 2
        if with_context and tick.context:
            width = text_width(tick.context, TICK_SIZE, bold=True)
            if width + 4 <= segment.x1 - segment.x0:
                cx = min(max(x, segment.x0 + width / 2 + 2), segment.x1 - width / 2 - 2)
                out.append(_text(cx, y + 16, tick.context, TICK_SIZE, INK, "middle",
                                 'font-weight="600" class="tick-context"'))
    return out


def _draw_axis(lay: Layout) -> str:
    assert lay.scale is not None
    out = ['<g class="axis">']
    top, axis = lay.plot_top - 4.0, lay.axis_y
    segments = lay.scale.segments
    for number, (segment, ticks) in enumerate(zip(segments, lay.ticks)):
        out.append(
            f'<rect class="panel" data-panel="{number}" x="{_n(segment.x0)}" y="{_n(top)}" '
            f'width="{_n(segment.x1 - segment.x0)}" height="{_n(axis - top)}" fill="{PANEL}" rx="4"/>'
        )
        for tick in ticks:
            x = segment.x(tick.at)
            out.append(f'<line x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}" y2="{_n(axis + 5)}" stroke="{GRID}"/>')
        out.append(
            f'<line x1="{_n(segment.x0)}" y1="{_n(axis)}" x2="{_n(segment.x1)}" y2="{_n(axis)}" '
            f'stroke="{MUTED}" stroke-width="1.2"/>'
        )
        out += _tick_labels(segment, ticks, axis + 18, with_context=True)
        if lay.top_axis:
            out.append(
                f'<line x1="{_n(segment.x0)}" y1="{_n(top)}" x2="{_n(segment.x1)}" y2="{_n(top)}" '
                f'stroke="{MUTED}" stroke-width="1.2"/>'
            )
            out += _tick_labels(segment, ticks, top - 6, with_context=False)
    for left, right in itertools.pairwise(segments):
        mid = (left.x1 + right.x0) / 2
        # Two slanted strokes across the axis: the conventional "cut" sign.
        for y in ((axis, top) if lay.top_axis else (axis,)):
            for dx in (-4.0, 4.0):
                out.append(
                    f'<line class="break" x1="{_n(mid + dx - 4)}" y1="{_n(y + 7)}" x2="{_n(mid + dx + 4)}" '
                    f'y2="{_n(y - 7)}" stroke="{MUTED}" stroke-width="1.5"/>'
                )
        words = gap_words(right.lo - left.hi).split(" ", 1)
        out.append(_text(mid, axis + 22, words[0], 10.5, MUTED, "middle", 'font-weight="600" class="gap"'))
        out.append(_text(mid, axis + 34, words[1], 10, MUTED, "middle", 'class="gap"'))
    out.append("</g>")
    return "\n".join(out)


def _draw_reference(lay: Layout) -> str:
    assert lay.reference_x is not None
    x = lay.reference_x
    half = text_width(lay.reference_text, 11.5, bold=True) / 2
    label_x = min(max(x, MARGIN + half), WIDTH - MARGIN - half)
    label_y = lay.plot_top - (TOP_AXIS + 16 if lay.top_axis else 16)
    return (
        f'<g class="reference"><line x1="{_n(x)}" y1="{_n(label_y + 6)}" x2="{_n(x)}" '
        f'y2="{_n(lay.axis_y)}" stroke="{REFERENCE}" stroke-width="1.2" stroke-dasharray="5 3"/>'
        + _text(label_x, label_y, lay.reference_text, 11.5, REFERENCE, "middle", 'font-weight="600"')
        + "</g>"
    )


def _draw_mark(mark: Mark) -> str:
    y = mark.y
    colour = mark.colour
    if mark.point:
        cx = (mark.x0 + mark.x1) / 2
        if mark.uncertain:
            return (f'<circle class="mark" cx="{_n(cx)}" cy="{_n(y)}" r="{_n(POINT_RADIUS - 1)}" fill="#FFFFFF" '
                    f'stroke="{colour}" stroke-width="2" stroke-dasharray="2.5 2"/>')
        return (f'<circle class="mark" cx="{_n(cx)}" cy="{_n(y)}" r="{_n(POINT_RADIUS)}" fill="{colour}" '
                f'stroke="#FFFFFF" stroke-width="1.5"/>')
    bar = (f'class="mark" x="{_n(mark.x0)}" y="{_n(y - BAR_HEIGHT / 2)}" width="{_n(mark.x1 - mark.x0)}" '
           f'height="{_n(BAR_HEIGHT)}" rx="2"')
    if mark.uncertain:
        return (f'<rect {bar} fill="url(#{_pattern_id(colour)})" stroke="{colour}" stroke-width="1.5" '
                f'stroke-dasharray="4 3"/>')
    return f'<rect {bar} fill="{colour}" fill-opacity="{BAR_OPACITY}" stroke="{colour}" stroke-width="1.5"/>'


def _line(block: Block, line: Line) -> str:
    if line.kind == "title":
        return _text(block.text_x, line.y, line.text, TITLE_SIZE, INK, block.anchor, 'font-weight="600"')
    if line.kind == "more":
        return _text(block.text_x, line.y, line.text, DATE_SIZE, MUTED, block.anchor, 'font-style="italic"')
    return _text(block.text_x, line.y, line.text, DATE_SIZE, MUTED, block.anchor)


def _draw_block(block: Block, number: int, interactive: bool) -> str:
    box = block.label_box
    out = [
        f'<g class="block" data-block="{number}" data-panel="{block.panel}">',
        # The label's background, in the panel colour: grid lines and the
        # reference line pass behind the text instead of through it.
        (
            f'<rect class="label-bg" x="{_n(box.x0 - 2)}" y="{_n(box.y0)}" width="{_n(box.x1 - box.x0 + 4)}" '
            f'height="{_n(box.y1 - box.y0)}" fill="{PANEL}" fill-opacity="0.92" rx="3"/>'
        ),
        '<g class="label">',
    ]
    for line in block.lines:
        if line.index is None:
            out.append(_line(block, line))
    out.append("</g>")
    if block.summary is not None:
        x0, x1, y = block.summary
        out.append(f'<rect class="mark summary" x="{_n(x0)}" y="{_n(y - 2)}" width="{_n(x1 - x0)}" height="4" '
                   f'rx="2" fill="{NEUTRAL_COLOUR}"/>')
    for mark in block.marks:
        attrs = f'class="event" data-index="{mark.index}"'
        if interactive:
            name = f"{mark.event.title}, {mark.words}"
            attrs += (
                f' id="tl-ev-{mark.index}" tabindex="0" role="button" aria-label={quoteattr(name)}'
                f' aria-describedby="tl-detail-{mark.index}"'
            )
        out.append(f"<g {attrs}>")
        if not interactive:
            # Browsers show <title> as a tooltip when the SVG is opened on its own.
            out.append(f"<title>{escape(tooltip_text(mark.event))}</title>")
        out.append(_draw_mark(mark))
        out.append('<g class="label">')
        for line in block.lines:
            if line.index == mark.index:
                out.append(_line(block, line))
        out.append("</g></g>")
    out.append("</g>")
    return "".join(out)


def _draw_legend(lay: Layout) -> str:
    out = ['<g class="legend">']
    items = _legend_items(lay.colours, lay.blocks, lay.reference_text)
    for row_index, row in enumerate(_legend_rows(items)):
        y = lay.legend_y + row_index * 20.0
        for x, kind, colour, text in row:
            cy = y - 4
            if kind == "colour":
                out.append(
                    f'<rect x="{_n(x)}" y="{_n(cy - 6)}" width="18" height="12" rx="2" fill="{colour}"/>'
                )
            elif kind == "point":
                out.append(f'<circle cx="{_n(x + 9)}" cy="{_n(cy)}" r="{_n(POINT_RADIUS)}" fill="{colour}"/>')
            elif kind == "point-uncertain":
                out.append(f'<circle cx="{_n(x + 9)}" cy="{_n(cy)}" r="{_n(POINT_RADIUS - 1)}" fill="#FFFFFF" '
                           f'stroke="{colour}" stroke-width="2" stroke-dasharray="2.5 2"/>')
            elif kind == "bar":
                out.append(
                    f'<rect x="{_n(x)}" y="{_n(cy - 5)}" width="18" height="10" rx="2" fill="{colour}" '
                    f'fill-opacity="{BAR_OPACITY}" stroke="{colour}" stroke-width="1.2"/>'
                )
            elif kind == "hatched":
                out.append(
                    f'<rect x="{_n(x)}" y="{_n(cy - 5)}" width="18" height="10" rx="2" '
                    f'fill="url(#{_pattern_id(MUTED)})" stroke="{colour}" stroke-width="1.2" stroke-dasharray="3 2"/>'
                )
            else:
                out.append(
                    f'<line x1="{_n(x + 9)}" y1="{_n(cy - 7)}" x2="{_n(x + 9)}" y2="{_n(cy + 7)}" '
                    f'stroke="{colour}" stroke-width="1.2" stroke-dasharray="4 2"/>'
                )
            out.append(_text(x + 24, y, text, DATE_SIZE, INK if kind == "colour" else MUTED))
    out.append("</g>")
    return "\n".join(out)


def render(timeline: Timeline, options: RenderOptions) -> str:
    """The timeline as a standalone SVG document."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + draw(layout(timeline, options))


__all__ = ["Block", "Box", "Layout", "Line", "Mark", "draw", "layout", "render", "tooltip_text"]
