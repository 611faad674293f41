"""``--format csv``: RFC 4180 quoting, a header row, columns in the order of
:data:`~timeline.renderers._records.FIELDS`.

Lines end with LF. Tags are joined with ``"; "``, booleans are ``true`` /
``false`` and empty values are empty cells. Unless
``options.csv_formula_guard`` is off (``--csv-raw``), a cell that starts with
``= + - @`` (or tab / CR) gets a leading apostrophe so that a spreadsheet
shows it as text instead of running it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import table_rows

_ROWS_PER_CHUNK = 1000


def render(timeline: Timeline, options: RenderOptions) -> str:
    """Header and one row per event as CSV text."""
    return "".join(render_chunks(timeline, options))


def render_chunks(timeline: Timeline, options: RenderOptions) -> Iterator[str]:
    """The text of :func:`render` a thousand rows at a time, for streaming."""
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
