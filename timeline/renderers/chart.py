"""``--format chart``: a timeline chart for the terminal.

One row per event: a label column, then the event on a shared axis (``●`` for
a day or a time, ``━`` for a span, ``┄`` for an approximate or "by"-style
span). The axis is broken like the SVG's (``┆`` columns between segments) and
the reference date is a ``│`` column. Lines never exceed ``options.width``
columns. With ``options.unicode`` False only ASCII is written; ANSI colour is
used only when ``options.color`` is True (the CLI turns it off for
``NO_COLOR`` and for pipes).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._picture import (
    Group,
    Scale,
    colouring,
    display_width,
    group_events,
    is_point,
    is_uncertain,
    mark_position,
    more_words,
    reference_label,
    reference_point,
    reference_position,
    scale_for,
    ticks_for,
    truncate,
    truncate_middle,
    xterm_colour,
)


@dataclass(frozen=True, slots=True)
class Glyphs:
    """The characters of one drawing style."""

    point: str
    point_uncertain: str
    bar: str
    bar_uncertain: str
    reference: str
    brk: str
    axis: str
    tick: str
    ellipsis: str
    marker: str
    more: str


UNICODE = Glyphs("●", "○", "━", "┄", "│", "┆", "─", "┬", "…", "▲", "⋯")
ASCII = Glyphs("o", "o", "=", "-", "|", ":", "-", "+", "...", "^", "+")

_RESET = "\x1b[0m"
_DIM = "\x1b[2m"
_BOLD = "\x1b[1m"
# The reference line: bold in the terminal's own text colour, never a palette
# colour, and drawn with a character (│) that no event uses.
_REF = _BOLD

MIN_AXIS = 20  # columns; below this the label column gives way


def _paint(text: str, code: str | None, color: bool) -> str:
    if not color or code is None or not text.strip():
        return text
    return f"{code}{text}{_RESET}"


def _ansi(hex_colour: str) -> str:
    """The 256-colour escape nearest to a palette colour (the SVG's colours, in the terminal)."""
    return f"\x1b[38;5;{xterm_colour(hex_colour)}m"


def render(timeline: Timeline, options: RenderOptions) -> str:
    """The timeline as a chart of at most ``options.width`` columns."""
    glyphs = UNICODE if options.unicode else ASCII
    width = max(options.width, 30)
    color = options.color
    title = timeline.calendar or "Timeline"
    head = _clean(truncate(title, width, glyphs.ellipsis), options.unicode)
    if not timeline.events:
        return f"{head}\n(no events)\n"

    reference, word = reference_point(timeline, options.now)
    groups = group_events(timeline.events, options.max_events)
    # One row per drawn event, and one per group that leaves events out.
    rows: list[tuple[str, Event, int | None, Group]] = []
    for group in groups:
        for index, event in group.members[: group.shown]:
            rows.append((_clean(event.title, options.unicode), event, index, group))
        if group.hidden:
            rows.append((_clean(more_words(group), options.unicode), group.members[0][1], None, group))
    label_col = min(max(display_width(r[0]) for r in rows), max(12, width - MIN_AXIS - 2), width // 3)
    names = _names([r[0] for r in rows], label_col, glyphs.ellipsis)
    axis_x0 = label_col + 1
    # The reference label may stick out past the axis, so keep one column spare.
    scale = scale_for(timeline.events, reference, axis_x0, width - 1, 3, 8)

    colours = colouring(timeline.events, options.colour_by)
    ref_col = _col(scale, reference_position(reference)) if reference is not None else None
    breaks = [round((a.x1 + b.x0) / 2) for a, b in zip(scale.segments, scale.segments[1:])]

    lines = [_paint(head, _BOLD, color)]
    for name, (_, event, row_index, group) in zip(names, rows):
        cells = [" "] * (width - axis_x0)
        codes: list[str | None] = [None] * len(cells)
        for column in breaks:
            _put(cells, codes, column - axis_x0, glyphs.brk, _DIM)
        if ref_col is not None:
            _put(cells, codes, ref_col - axis_x0, glyphs.reference, _REF)
        lo, hi = mark_position(event.span)
        if row_index is None:
            # A summary row: a quiet marker where its events are.
            first, last = (_col(scale, t) for t in group.interval)
            for c in range(first, max(first, last - 1) + 1) if group.merged else (_col(scale, (lo + hi) / 2),):
                _put(cells, codes, c - axis_x0, glyphs.more, _DIM)
        elif is_point(event.span):
            char = glyphs.point_uncertain if is_uncertain(event.span) else glyphs.point
            _put(cells, codes, _col(scale, lo) - axis_x0, char, _ansi(colours.of(row_index)))
        else:
            char = glyphs.bar_uncertain if is_uncertain(event.span) else glyphs.bar
            left, right = scale.span_x(lo, hi)
            first = min(int(left), int(scale.segments[-1].x1) - 1)
            last = max(first, min(int(right - 1e-9), int(scale.segments[-1].x1) - 1))
            for c in range(first, last + 1):
                _put(cells, codes, c - axis_x0, char, _ansi(colours.of(row_index)))
        name += " " * (label_col - display_width(name))
        body = "".join(_paint(ch, codes[i], color) for i, ch in enumerate(cells)).rstrip()
        lines.append((name + " " + body).rstrip())
    lines += _axis(scale, width, glyphs, breaks, color)
    if reference is not None and ref_col is not None:
        text = f"{glyphs.marker} {reference_label(reference, word)}"
        text = _clean(text, options.unicode)
        start = min(max(ref_col, 0), max(width - display_width(text), 0))
        if start != ref_col:
            text = reference_label(reference, word) + f" {glyphs.marker}"
            text = _clean(text, options.unicode)
            start = max(ref_col - display_width(text) + 1, 0)
        lines.append(" " * start + _paint(text, _REF, color))
    legend = _legend(colours.legend, glyphs, width, color, options.unicode)
    if legend:
        lines.append(legend)
    return "\n".join(lines) + "\n"


def _names(labels: list[str], columns: int, ellipsis: str) -> list[str]:
    """Row labels cut to *columns*: at the end, or in the middle where cutting
    the end would make different titles look the same."""
    names = [truncate(label, columns, ellipsis) for label in labels]
    seen: dict[str, set[str]] = {}
    for label, name in zip(labels, names):
        seen.setdefault(name, set()).add(label)
    return [
        truncate_middle(label, columns, ellipsis) if len(seen[name]) > 1 else name
        for label, name in zip(labels, names)
    ]


def _legend(entries: tuple[tuple[str, str], ...], glyphs: Glyphs, width: int, color: bool, unicode: bool) -> str:
    """The colour key on one line (only when colour is on: without colour it would say nothing)."""
    if not color or not entries:
        return ""
    out, used = [], 0
    for name, hex_colour in entries:
        item = f"{glyphs.point} {_clean(name, unicode)}"
        if used + display_width(item) + 2 > width:
            break
        out.append(_paint(glyphs.point, _ansi(hex_colour), color) + item[1:])
        used += display_width(item) + 2
    return "  ".join(out)


def _col(scale: Scale, t: float) -> int:
    return min(int(scale.x(t)), int(scale.segments[-1].x1) - 1)


def _put(cells: list[str], codes: list[str | None], i: int, char: str, code: str | None) -> None:
    if 0 <= i < len(cells):
        cells[i] = char
        codes[i] = code


def _axis(scale: Scale, width: int, glyphs: Glyphs, breaks: list[int], color: bool) -> list[str]:
    """The axis line with ticks, a line of labels centred on their ticks, and the context under them."""
    line = [" "] * width
    labels = [" "] * width
    contexts = [" "] * width
    for segment in scale.segments:
        lo, hi = round(segment.x0), round(segment.x1)
        for c in range(lo, hi):
            line[c] = glyphs.axis
        # A terminal cell is about 6 "pixels" of 6-pixel text: one column per character.
        ticks = ticks_for(segment, 1.0 / 1.08 / 0.7, min_gap=1.0)
        taken: list[tuple[int, int]] = []
        context_taken: list[tuple[int, int]] = []
        for tick in ticks:
            column = min(int(segment.x(tick.at)), hi - 1)
            line[column] = glyphs.tick
            start = column - (len(tick.label) - 1) // 2
            # Nudge a label at the panel's edge inside it, as the SVG does.
            start = min(max(start, lo), hi - len(tick.label))
            if abs(start + (len(tick.label) - 1) // 2 - column) <= len(tick.label) // 2:
                _write(labels, taken, start, tick.label, lo, hi)
            if tick.context:
                start = min(max(column - (len(tick.context) - 1) // 2, lo), hi - len(tick.context))
                _write(contexts, context_taken, start, tick.context, lo, hi)
    for b in breaks:
        line[b] = glyphs.brk
    out = [_paint("".join(line).rstrip(), _DIM, color), "".join(labels).rstrip()]
    if "".join(contexts).strip():
        out.append("".join(contexts).rstrip())
    return out


def _write(row: list[str], taken: list[tuple[int, int]], c: int, text: str, lo: int, hi: int) -> bool:
    """Write *text* at column *c* if it stays in [lo, hi) and one space from other labels."""
    end = c + len(text)
    if c < lo or end > hi or any(not (end + 1 <= a or b + 1 <= c) for a, b in taken):
        return False
    for i, ch in enumerate(text):
        row[c + i] = ch
    taken.append((c, end))
    return True


def _clean(text: str, unicode: bool) -> str:
    """One line of text; in ASCII mode, non-ASCII letters fall back to look-alikes or ``?``."""
    flat = " ".join(text.split())
    if unicode:
        return flat
    out = []
    for pair in (
        ("–", "-"),
        ("—", "-"),
        ("’", "'"),
        ("‘", "'"),
        ("“", '"'),
        ("”", '"'),
        ("…", "..."),
        ("≈", "~"),
    ):
        flat = flat.replace(*pair)
    for char in flat:
        if ord(char) < 128:
            out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
        out.append(base or "?")
    return "".join(out)
