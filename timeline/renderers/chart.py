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

from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._picture import (
    Scale,
    display_width,
    is_point,
    is_uncertain,
    mark_position,
    ordered,
    reference_label,
    reference_point,
    reference_position,
    scale_for,
    tag_colours,
    ticks_for,
    truncate,
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


UNICODE = Glyphs("●", "○", "━", "┄", "│", "┆", "─", "┬", "…", "▲")
ASCII = Glyphs("o", "o", "=", "-", "|", ":", "-", "+", "...", "^")

# ANSI SGR colours for tags, in palette order (blue, red, green, magenta, yellow, cyan).
_ANSI = ("34", "31", "32", "35", "33", "36")
_RESET = "\x1b[0m"
_DIM = "\x1b[2m"
_REF = "\x1b[1;31m"

MIN_AXIS = 20  # columns; below this the label column gives way


def _paint(text: str, code: str | None, color: bool) -> str:
    if not color or code is None or not text.strip():
        return text
    return f"{code}{text}{_RESET}"


def render(timeline: Timeline, options: RenderOptions) -> str:
    """The timeline as a chart of at most ``options.width`` columns."""
    glyphs = UNICODE if options.unicode else ASCII
    width = max(options.width, 30)
    color = options.color
    events = ordered(timeline.events)
    title = timeline.calendar or "Timeline"
    head = _clean(truncate(title, width, glyphs.ellipsis), options.unicode)
    if not events:
        return f"{head}\n(no events)\n"

    reference, word = reference_point(timeline, options.now)
    labels = [_clean(e.title, options.unicode) for _, e in events]
    label_col = min(max(display_width(t) for t in labels), max(12, width - MIN_AXIS - 2), width // 3)
    axis_x0 = label_col + 1
    # The reference label may stick out past the axis, so keep one column spare.
    scale = scale_for([e for _, e in events], reference, axis_x0, width - 1, 3, 8)

    colours = tag_colours([e for _, e in events])
    palette = {c: _ANSI[i % len(_ANSI)] for i, c in enumerate(dict.fromkeys(colours.values()))}
    ref_col = _col(scale, reference_position(reference)) if reference is not None else None
    breaks = [round((a.x1 + b.x0) / 2) for a, b in zip(scale.segments, scale.segments[1:])]

    lines = [_paint(head, "\x1b[1m", color)]
    for (index, event), label in zip(events, labels):
        cells = [" "] * (width - axis_x0)
        codes: list[str | None] = [None] * len(cells)
        for column in breaks:
            _put(cells, codes, column - axis_x0, glyphs.brk, _DIM)
        if ref_col is not None:
            _put(cells, codes, ref_col - axis_x0, glyphs.reference, _REF)
        code = palette.get(colours[event.tags[0]]) if event.tags else None
        code = f"\x1b[{code}m" if code else "\x1b[1m"
        lo, hi = mark_position(event.span)
        uncertain = is_uncertain(event.span)
        if is_point(event.span):
            _put(
                cells,
                codes,
                _col(scale, lo) - axis_x0,
                glyphs.point_uncertain if uncertain else glyphs.point,
                code,
            )
        else:
            left, right = scale.span_x(lo, hi)
            for c in range(round(left), max(round(left), round(right) - 1) + 1):
                _put(cells, codes, c - axis_x0, glyphs.bar_uncertain if uncertain else glyphs.bar, code)
        name = truncate(label, label_col, glyphs.ellipsis)
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
    return "\n".join(lines) + "\n"


def _col(scale: Scale, t: float) -> int:
    return min(int(scale.x(t)), int(scale.segments[-1].x1) - 1)


def _put(cells: list[str], codes: list[str | None], i: int, char: str, code: str | None) -> None:
    if 0 <= i < len(cells):
        cells[i] = char
        codes[i] = code


def _axis(scale: Scale, width: int, glyphs: Glyphs, breaks: list[int], color: bool) -> list[str]:
    """The axis line with ticks, a line of tick labels and a line of captions."""
    line = [" "] * width
    labels = [" "] * width
    captions = [" "] * width
    for segment in scale.segments:
        lo, hi = round(segment.x0), round(segment.x1)
        for c in range(lo, hi):
            line[c] = glyphs.axis
        # A terminal cell is about 6 "pixels" of 6-pixel text: one column per character.
        ticks, caps = ticks_for(segment, 1.0 / 1.08 / 0.7, min_gap=1.0)
        taken: list[tuple[int, int]] = []
        for tick in ticks:
            if segment.lo <= tick.at <= segment.hi:
                line[min(int(segment.x(tick.at)), hi - 1)] = glyphs.tick
            c = int(segment.x(tick.label_at)) - len(tick.label) // 2
            _write(labels, taken, c, tick.label, lo, hi)
        taken = []
        for cap in caps:
            a, b = max(segment.x(cap.lo), lo), min(segment.x(cap.hi), hi)
            for text in (cap.label, cap.short, cap.short.split()[0]):
                c = int((a + b) / 2) - len(text) // 2
                if _write(captions, taken, max(c, lo), text, lo, hi):
                    break
    for b in breaks:
        line[b] = glyphs.brk
    out = [_paint("".join(line).rstrip(), _DIM, color), "".join(labels).rstrip()]
    if "".join(captions).strip():
        out.append("".join(captions).rstrip())
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
