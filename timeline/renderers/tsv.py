"""``--format tsv``: tab-separated values with a header row, for ``cut``,
``awk`` and spreadsheets.

TSV has no quoting, so a tab, a newline or a carriage return inside a value
would forge a column or a row: each is replaced by one space. Columns, tags,
booleans and the formula guard are as in :mod:`timeline.renderers.csv`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import event_rows, table_rows

_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def clean_cell(text: str) -> str:
    """*text* without the characters that ``str.splitlines`` or a TSV reader treat as separators."""
    return _BREAKS.sub(" ", text)


def render(timeline: Timeline, options: RenderOptions) -> str:
    """Header and one row per event, tab-separated, LF-terminated."""
    return "".join(render_chunks(timeline, options))


def render_chunks(timeline: Timeline, options: RenderOptions) -> Iterator[str]:
    """The lines of :func:`render`, one at a time."""
    return _lines(table_rows(timeline, options))


def render_events(events: Iterable[Event], options: RenderOptions) -> Iterator[str]:
    """The header and the lines of *events* (events as loaded, not merged; any iterable: a stream
    is read as the lines are asked for), one at a time."""
    return _lines(event_rows(events, options))


def _lines(rows: Iterable[list[str]]) -> Iterator[str]:
    for row in rows:
        yield "\t".join(clean_cell(c) for c in row) + "\n"
