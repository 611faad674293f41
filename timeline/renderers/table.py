"""The terminal table (tabulate; ``--style`` picks any tabulate format).

Columns are named as the fields of the data formats: ``date`` (the span as a
reader checks it), ``granularity``, ``title``, ``when`` (the words as written)
and ``distance`` (from the reader's "now").

When ``options.table_width`` is set (the CLI sets it on a terminal, from
``COLUMNS`` or the terminal's size, or from ``--width``), the table fits that
many columns: the ``title`` and ``when`` columns (``status`` and ``sources``
of a merged timeline) are wrapped at word boundaries, and the date,
granularity and distance columns are kept whole. ``None`` (piped output,
``--wide``) leaves every cell on one line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from timeline.distance import describe_distance
from timeline.model import Event, Timeline, group_key
from timeline.renderers import RenderOptions
from timeline.renderers._plain_table import plain_table
from timeline.renderers._records import display_date, is_merged, source_record, written_when

HEADERS = ("date", "granularity", "title", "when", "distance")
# `timeline merge`: each event's status, and its sources one a line (a conflict's other sides marked ≠).
MERGED_HEADERS = ("date", "granularity", "title", "status", "sources")
WRAPPED = (2, 3)  # title and when (status, sources): the columns that wrap; the others stay whole
MIN_WRAPPED = (12, 8)  # wrapped widths when there is room for whole words
FLOOR_WRAPPED = (8, 6)  # the narrowest they get, words cut, when there is not
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _rows(timeline: Timeline, options: RenderOptions) -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []
    for event in timeline.events:
        span = event.span
        precision = span.granularity.value.replace("_", " ")
        if span.approximate:
            precision += " ~"
        when = written_when(event)
        if event.merge is not None:
            rows.append((display_date(span), precision, event.title, event.merge.status, _sources(event)))
            continue
        rows.append((display_date(span), precision, event.title, when,
                     describe_distance(span, options.now if options.now is not None else event.reference)))
    return rows


def _sources(event: Event) -> str:
    """One line per source: outlet, publication day, the words and the span they gave."""
    assert event.merge is not None
    outside = {i for side in event.merge.sides[1:] for i in side}
    lines = []
    for i, source in enumerate(event.merge.sources):
        record = source_record(source)
        name = source.source_name
        mark = "≠ " if i in outside else ""
        lines.append(f"{mark}{name}, {record['published'][:10]}: {source.when} → {source.span.value}")
    return "\n".join(lines)


def display_width(text: str) -> int:
    """Terminal columns *text* takes: wide East Asian characters count two,
    combining marks none, colour codes nothing."""
    text = _ANSI.sub("", text)
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _table(rows: Sequence[Sequence[str]], headers: list[str], style: str,
           widths: list[int | None] | None = None) -> str:
    if style == "simple" and (widths is None or not any(widths)):
        # the default look, unwrapped (piped output, --wide): the same bytes without importing tabulate
        return plain_table(rows, headers, display_width)
    from tabulate import tabulate

    return str(tabulate(rows, headers=headers, tablefmt=style, disable_numparse=True, maxcolwidths=widths))


def _longest_line(text: str) -> int:
    return max((display_width(line) for line in text.splitlines()), default=0)


def _longest_word(texts: list[str]) -> int:
    return max((display_width(word) for text in texts for word in text.split()), default=1)


def fit_widths(rows: Sequence[Sequence[str]], headers: list[str], style: str, width: int) -> list[int | None] | None:
    """``maxcolwidths`` that make the table at most *width* columns wide, wrapping
    only the title and when columns; None when it fits as it is.

    The frame's overhead (separators, borders, padding) is measured on the
    style itself, so any tabulate style fits. A column never gets narrower than
    its longest word (up to a point) while that fits; when it does not, words are
    cut, down to :data:`FLOOR_WRAPPED`; below that the table is as narrow as it
    can be and overflows (the date, granularity and distance columns stay whole).
    """
    natural = _table(rows, headers, style)
    if _longest_line(natural) <= width:
        return None
    columns = list(zip(*rows)) if rows else [()] * len(headers)
    full = [max([display_width(headers[i])] + [display_width(line) for cell in columns[i] for line in
                                                 cell.splitlines()]) for i in range(len(headers))]
    overhead = _longest_line(natural) - sum(full)
    budget = width - overhead - sum(w for i, w in enumerate(full) if i not in WRAPPED)
    title_full, when_full = (full[i] for i in WRAPPED)
    # never narrower than a column's longest word (up to a point), so words are not cut in two
    title_min = max(MIN_WRAPPED[0], min(_longest_word(list(columns[WRAPPED[0]])), 20))
    when_min = max(MIN_WRAPPED[1], min(_longest_word(list(columns[WRAPPED[1]])), 16))
    if budget >= title_min + when_min:
        # "when" is short in news text ("last week"): it gets a quarter at most, the title the rest
        when_width = min(when_full, max(when_min, budget // 4))
        title_width = min(title_full, max(title_min, budget - when_width))
        when_width = min(when_full, max(when_min, budget - title_width))
    else:
        # too narrow for whole words: fitting the terminal comes first, so long words are cut,
        # down to a floor below which the columns would be unreadable (the table then overflows)
        when_width = min(when_full, max(FLOOR_WRAPPED[1], budget // 3))
        title_width = min(title_full, max(FLOOR_WRAPPED[0], budget - when_width))
    widths: list[int | None] = [None] * len(headers)
    widths[WRAPPED[0]], widths[WRAPPED[1]] = title_width, when_width
    return widths


def _aligned(headers: list[str], rows: Sequence[Sequence[str]], widths: list[int | None] | None,
             style: str) -> list[str]:
    """*headers* padded to the width each column has over the whole timeline, so that
    the tables of every group line up (tabulate sizes each table by its own cells,
    and a header by its text plus two, except in the "pretty" style)."""
    header_padding = 0 if style == "pretty" else 2
    padded = []
    for i, header in enumerate(headers):
        width = max([display_width(header)] + [display_width(line) for row in rows for line in row[i].splitlines()])
        if widths is not None and widths[i] is not None:
            width = min(width, widths[i] or width)
        padded.append(header + " " * max(0, width - header_padding - display_width(header)))
    return padded


def render(timeline: Timeline, options: RenderOptions) -> str:
    """A chronological table; with ``group_by`` a header line before each group."""
    if not timeline.events:
        return "(no events)\n"
    names = MERGED_HEADERS if is_merged(timeline) else HEADERS
    headers = [f"{_BOLD}{h}{_RESET}" for h in names] if options.color else list(names)
    rows = _rows(timeline, options)
    # one set of widths for the whole table, so that groups wrap alike
    widths = fit_widths(rows, list(names), options.style, options.table_width) \
        if options.table_width is not None else None
    if not options.group_by:
        return _table(rows, headers, options.style, widths) + "\n"
    headers = _aligned(headers, rows, widths, options.style)
    out: list[str] = []
    current: str | None = None
    chunk: list[tuple[str, str, str, str, str]] = []
    for event, row in zip(timeline.events, rows):
        key = group_key(event.span, options.group_by)
        if key != current and chunk:
            out.append(_group(current, chunk, headers, options, widths))
            chunk = []
        current = key
        chunk.append(row)
    if chunk:
        out.append(_group(current, chunk, headers, options, widths))
    return "\n".join(out)


def _group(key: str | None, rows: list[tuple[str, str, str, str, str]], headers: list[str],
           options: RenderOptions, widths: list[int | None] | None) -> str:
    title = f"== {key} =="
    if options.color:
        title = f"{_BOLD}{title}{_RESET}"
    return f"{title}\n{_table(rows, headers, options.style, widths)}\n"
