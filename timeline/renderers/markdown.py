"""``--format markdown``: a GitHub-flavoured Markdown table to paste into
notes, issues and stories.

Columns: date (last day included, as the table shows it), granularity,
title, when (the words as written), location, tags, value: the names of the
data formats' fields. With ``group_by`` each group gets a
``## heading`` and its own table. Cell text is escaped so it cannot break the
table or inject markup: ``\\`` and ``|`` are backslash-escaped, ``<`` is
``&lt;`` (no raw HTML) and line breaks become ``<br>``.
"""

from __future__ import annotations

import re

from timeline.model import Event, Timeline, group_key
from timeline.renderers import RenderOptions
from timeline.renderers._records import TAG_SEPARATOR, display_date, written_when

HEADERS = ("date", "granularity", "title", "when", "location", "tags", "value")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x85\u2028\u2029]")


def escape(text: str) -> str:
    """*text* as the content of one Markdown table cell."""
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
    return _LINE_BREAK.sub("<br>", text).strip()


def _row(event: Event) -> list[str]:
    span = event.span
    granularity = span.granularity.value.replace("_", " ") + (" ~" if span.approximate else "")
    when = written_when(event)
    cells = [display_date(span), granularity, event.title, when, event.location or "",
             TAG_SEPARATOR.join(event.tags), span.value]
    return [escape(c) for c in cells]


def _table(events: list[Event]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join("---" for _ in HEADERS) + "|"]
    lines.extend("| " + " | ".join(_row(e)) + " |" for e in events)
    return "\n".join(lines) + "\n"


def render(timeline: Timeline, options: RenderOptions) -> str:
    """One table, or a ``## group`` heading and a table per group."""
    if not timeline.events:
        return "_No events._\n"
    if not options.group_by:
        return _table(list(timeline.events))
    chunks: list[str] = []
    current: str | None = None
    members: list[Event] = []
    for event in timeline.events:
        key = group_key(event.span, options.group_by)
        if members and key != current:
            chunks.append(f"## {current}\n\n{_table(members)}")
            members = []
        current = key
        members.append(event)
    chunks.append(f"## {current}\n\n{_table(members)}")
    return "\n".join(chunks)
