"""The terminal table (tabulate; ``--style`` picks any tabulate format).

Columns: date, granularity (the name every format uses), event, as written,
when. The "as written" column is left out when it only repeats the event
(``timeline resolve``, whose events are the expressions themselves). With
``group_by`` every group's table has the same column widths, so the groups
line up as one table.
"""

from __future__ import annotations

from unicodedata import combining, east_asian_width

import tabulate as tabulate_module
from tabulate import tabulate

from timeline.distance import describe_distance
from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import display_date, group_key, is_merged, source_record

HEADERS = ("date", "granularity", "event", "as written", "when")
_AS_WRITTEN = HEADERS.index("as written")
# `timeline merge`: each event's status, and its sources one a line (a conflict's other sides marked ≠).
MERGED_HEADERS = ("date", "granularity", "event", "status", "sources")
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def _rows(timeline: Timeline, options: RenderOptions) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for event in timeline.events:
        span = event.span
        precision = span.granularity.value.replace("_", " ")
        if span.approximate:
            precision += " ~"
        when = event.when if not span.qualifier or event.when.lower().startswith(span.qualifier) \
            else f"{span.qualifier} {event.when}"
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


def render(timeline: Timeline, options: RenderOptions) -> str:
    """A chronological table; with ``group_by`` a header line before each group."""
    if not timeline.events:
        return "(no events)\n"
    rows = _rows(timeline, options)
    names = list(MERGED_HEADERS if is_merged(timeline) else HEADERS)
    if names == list(HEADERS) and all(row[_AS_WRITTEN] == row[_AS_WRITTEN - 1] for row in rows):
        names.pop(_AS_WRITTEN)
        rows = [row[:_AS_WRITTEN] + row[_AS_WRITTEN + 1:] for row in rows]
    headers = [f"{_BOLD}{h}{_RESET}" for h in names] if options.color else names
    if not options.group_by:
        return str(tabulate(rows, headers=headers, tablefmt=options.style, disable_numparse=True)) + "\n"
    # Pad each header to its column's width over every group (tabulate keeps a header's spaces and
    # makes a column at least the header plus its padding wide), so every group's columns line up.
    padding = 0 if options.style == "pretty" else tabulate_module.MIN_PADDING
    widths = [max([_width(name) + padding] + [_width(row[i]) for row in rows]) for i, name in enumerate(names)]
    headers = [h + " " * (w - padding - _width(name)) for h, name, w in zip(headers, names, widths)]
    out: list[str] = []
    current: str | None = None
    chunk: list[tuple[str, ...]] = []
    for event, row in zip(timeline.events, rows):
        key = group_key(event.span, options.group_by)
        if key != current and chunk:
            out.append(_group(current, chunk, headers, options))
            chunk = []
        current = key
        chunk.append(row)
    if chunk:
        out.append(_group(current, chunk, headers, options))
    return "\n".join(out)


def _width(text: str) -> int:
    """Columns *text* takes on a terminal: wide (East Asian) characters two, combining marks none."""
    return sum(0 if combining(c) else 2 if east_asian_width(c) in "WF" else 1 for c in text)


def _group(key: str | None, rows: list[tuple[str, ...]], headers: list[str],
           options: RenderOptions) -> str:
    title = f"== {key} =="
    if options.color:
        title = f"{_BOLD}{title}{_RESET}"
    return f"{title}\n{tabulate(rows, headers=headers, tablefmt=options.style, disable_numparse=True)}\n"
