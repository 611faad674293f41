"""``--format tsv``: tab-separated values with a header row, for ``cut``,
``awk`` and spreadsheets.

TSV has no quoting, so a tab, a newline or a carriage return inside a value
would forge a column or a row: each is replaced by one space. Columns, tags,
booleans and the formula guard are as in :mod:`timeline.renderers.csv`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import table_rows

_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def clean_cell(text: str) -> str:
    """*text* without the characters that ``str.splitlines`` or a TSV reader treat as separators."""
    return _BREAKS.sub(" ", text)


def render(timeline: Timeline, options: RenderOptions) -> str:
    """Header and one row per event, tab-separated, LF-terminated."""
    return "".join(render_chunks(timeline, options))


def render_chunks(timeline: Timeline, options: RenderOptions) -> Iterator[str]:
    """The lines of :func:`render`, one at a time."""
    for row in table_rows(timeline, options):
        yield "\t".join(clean_cell(c) for c in row) + "\n"
