"""``--format csv``: RFC 4180 quoting, a header row, columns in the order of
:data:`~timeline.renderers._records.FIELDS`.

Lines end with CRLF. Tags are joined with ``"; "``, booleans are ``true`` /
``false`` and empty values are empty cells. Unless
``options.csv_formula_guard`` is off (``--csv-raw``), a cell that starts with
``= + - @`` (or tab / CR) gets a leading apostrophe so that a spreadsheet
shows it as text instead of running it as a formula.

Each line is exactly what ``csv.writer(..., lineterminator="\\r\\n")`` writes for the
row of :func:`~timeline.renderers._records.table_rows`, written without the row:
the cells of a span (start ... explanation, distance, group) and those that
events share (location, tags, source, notes, reference, file) are quoted once,
and a line is one f-string (a 24-cell ``writerow`` costs more than the rest of
the line).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any

from timeline.formula import guard_formula
from timeline.model import Event, Span, Timeline
from timeline.renderers import MEMO_LIMIT, RenderOptions
from timeline.renderers._records import (
    _GUARD_FIRST,
    FIELDS,
    TAG_SEPARATOR,
    PerSpan,
    cell_text,
    is_merged,
    iso,
    span_fields,
    table_rows,
)

_ROWS_PER_CHUNK = 1000
# what makes csv.writer quote a cell (QUOTE_MINIMAL): the delimiter, the quote, a line end
_NEEDS_QUOTES = re.compile(r'[",\r\n]').search


def field(cell: str) -> str:
    """One cell as ``csv.writer`` writes it: quoted (quotes doubled) when it holds a comma, a
    quote, a CR or a LF, else as it is."""
    return '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES(cell) else cell


def _cell(value: Any, guard: bool) -> str:
    """The written cell of one value: its text (``cell_text``), guarded, quoted."""
    text = value if type(value) is str else "" if value is None else cell_text(value)
    if guard and text and text[0] in _GUARD_FIRST:
        text = guard_formula(text)
    return field(text)


def _cells(values: tuple[Any, ...], guard: bool) -> str:
    return ",".join([_cell(v, guard) for v in values])


def render(timeline: Timeline, options: RenderOptions) -> str:
    """Header and one row per event as CSV text."""
    return "".join(render_chunks(timeline, options))


def render_chunks(timeline: Timeline, options: RenderOptions) -> Iterator[str]:
    """The text of :func:`render` a thousand rows at a time, for streaming."""
    if is_merged(timeline):
        return _written_rows(timeline, options)
    return render_events(timeline.events, options)


def render_events(events: Iterable[Event], options: RenderOptions) -> Iterator[str]:
    """The header and the rows of *events* (events as loaded, not merged; any iterable: a stream
    is read as the rows are asked for), a thousand rows at a time."""
    guard = options.csv_formula_guard
    now, group_by = options.now, options.group_by

    def span_cells(span: Span, standpoint: date | datetime) -> tuple[str, str]:
        f = span_fields(span, standpoint, group_by)
        return (_cells((f["start"], f["end"], f["granularity"], f["value"], f["approximate"], f["qualifier"],
                        f["explanation"]), guard), _cells((f["distance"], f["group"]), guard))

    spans = PerSpan(span_cells)
    span_cache = spans.cache
    shared: dict[tuple[Any, ...], str] = {}  # (location, tags, source, notes, reference, file) -> cells
    whens: dict[str, str] = {}
    no_provenance = ",,,,"
    batch = [_cells(FIELDS, False) + "\r\n"]
    add = batch.append
    for event in events:
        span = event.span
        standpoint = now if now is not None else event.reference
        hit = span_cache.get((id(span), standpoint))
        middle, end = hit[1] if hit is not None else spans.get(span, standpoint)
        origin = event.origin
        file = origin.file if origin is not None else None
        ref = event.reference  # equal aware datetimes may be written in two offsets: their text is their key
        key = (event.location, event.tags, event.source, event.notes, ref if type(ref) is date else iso(ref), file)
        try:
            tail = shared.get(key)
        except TypeError:  # a library caller's unhashable value: no sharing
            tail, key = None, None  # type: ignore[assignment]
        if tail is None:
            tail = _cells((event.location, TAG_SEPARATOR.join(event.tags), event.source, event.notes,
                           iso(ref), file), guard)
            if key is not None and len(shared) < MEMO_LIMIT:
                shared[key] = tail
        line = origin.line if origin is not None else None
        p = event.provenance
        when = event.when
        when_cell = whens.get(when) if type(when) is str else None
        if when_cell is None:
            when_cell = _cell(when, guard)
            if type(when) is str and len(whens) < MEMO_LIMIT:
                whens[when] = when_cell
        add(f"{_cell(event.id, guard)},{_cell(event.title, guard)},{when_cell},{middle},{tail},"
            f"{'' if line is None else _cell(str(line), guard)},{end},"
            f"{no_provenance if p is None else _cells((p.outlet, p.url, iso(p.published) if p.published else None, p.language, p.author), guard)}\r\n")
        if len(batch) >= _ROWS_PER_CHUNK:
            yield "".join(batch)
            batch.clear()
    if batch:
        yield "".join(batch)


def _written_rows(timeline: Timeline, options: RenderOptions) -> Iterator[str]:
    """The rows of :func:`table_rows` through ``csv.writer`` (merged timelines: a status and sources)."""
    buffer = io.StringIO()
    # RFC 4180 line ends: csv then quotes any cell holding a bare "\r" or "\n", so text cannot forge rows
    writerow = csv.writer(buffer, lineterminator="\r\n").writerow
    for n, row in enumerate(table_rows(timeline, options), 1):
        writerow(row)
        if n % _ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue()
