"""The explain view: how each date was read, in words (``timeline explain``, ``--explain``, ``-f explain``).

For every event: the words as written, the reference they were read against
and where that reference came from (``--ref``, the event, its file), the rule
that turned them into a span, the span itself (first and last day, exclusive
end, granularity, TIMEX3 value), any qualifier or hedge, and the distance the
"when" column shows with the standpoint it is measured from (the event's
reference, or ``--now``): the same standpoint ``--from``/``--to`` filter on.

Four layouts share one record (:func:`explain_record`), whose field names are
those of the other formats wherever the meaning is the same:

- ``table`` (this module's :func:`render`, the registry's ``explain``): one
  block per event, its fields aligned (the rule is too long for a column);
- ``json`` (``{"timeline": ..., "events": [...]}``), ``ndjson`` (one record a
  line), ``markdown`` (one table).

Pure: model in, text out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from timeline.distance import describe_distance
from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import display_date, iso, timeline_metadata

# The order and names of the fields (docs/formats.md); shared names mean what they mean elsewhere.
FIELDS = ("file", "line", "title", "when", "reference", "reference_from", "explanation", "start", "end",
          "last_day", "granularity", "value", "qualifier", "approximate", "distance", "standpoint",
          "standpoint_from")
LAYOUTS = ("table", "json", "ndjson", "markdown")

_REFERENCE_FROM = {
    "command line": "--ref on the command line",
    "event": "the event's own reference",
    "file": "the file's reference",
    "today": "today",
}


def explain_record(event: Event, now: date | datetime | None = None) -> dict[str, Any]:
    """How *event*'s date was read, as a flat dict of words, numbers and ISO dates (FIELDS)."""
    span = event.span
    standpoint = now if now is not None else event.reference
    return {
        "file": event.origin.file if event.origin else None,
        "line": event.origin.line if event.origin else None,
        "title": event.title,
        "when": event.when,
        "reference": iso(event.reference),
        "reference_from": _REFERENCE_FROM.get(event.reference_source or "", event.reference_source),
        "explanation": span.explanation,
        "start": iso(span.start),
        "end": iso(span.end),
        "last_day": span.last_day.isoformat(),
        "granularity": span.granularity.value,
        "value": span.value,
        "qualifier": span.qualifier,
        "approximate": span.approximate,
        "distance": describe_distance(span, standpoint),
        "standpoint": iso(standpoint),
        "standpoint_from": "--now" if now is not None else "the event's reference",
    }


def _weekday(value: str) -> str:
    """'2025-03-06' -> 'Thu 2025-03-06' (and the time, when there is one)."""
    day = date.fromisoformat(value[:10])
    return f"{day.strftime('%a')} {value.replace('T', ' ')}"


def _block(event: Event, record: dict[str, Any]) -> list[str]:
    where = str(event.origin) if event.origin else ""  # file:line:column, as diagnostics write it
    lines = [f"{where}: {record['title']}" if where else record["title"]]
    read_against = _weekday(record["reference"])
    if record["reference_from"]:
        read_against += f" ({record['reference_from']})"
    granularity = record["granularity"].replace("_", " ")
    fields = [
        ("as written", record["when"]),
        ("read against", read_against),
        ("rule", record["explanation"]),
        ("span", f"{display_date(event.span)}: {granularity} {record['value']}, end exclusive {record['end']}"),
    ]
    notes = []
    if record["qualifier"]:
        notes.append(f"'{record['qualifier']}' is kept: the event relates to this span, it need not fill it")
    if record["approximate"]:
        notes.append("approximate: the source gives this date loosely")
    if notes:
        fields.append(("note", "; ".join(notes)))
    seen_from = f"{_weekday(record['standpoint'])} ({record['standpoint_from']}; --from/--to measure from it too)"
    fields.append(("when", f"{record['distance']}, seen from {seen_from}"))
    width = max(len(name) for name, _ in fields)
    lines.extend(f"  {name:<{width}}  {value}" for name, value in fields)
    return lines


def render(timeline: Timeline, options: RenderOptions) -> str:
    """One block per event, fields aligned, a blank line between blocks."""
    if not timeline.events:
        return "(no events)\n"
    blocks = ["\n".join(_block(e, explain_record(e, options.now))) for e in timeline.events]
    return "\n\n".join(blocks) + "\n"


def render_json(timeline: Timeline, options: RenderOptions) -> str:
    """``{"timeline": {...}, "events": [explain records]}``, as ``-f json`` writes events."""
    document = {"timeline": timeline_metadata(timeline),
                "events": [explain_record(e, options.now) for e in timeline.events]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_ndjson(timeline: Timeline, options: RenderOptions) -> str:
    """One explain record per line."""
    return "".join(json.dumps(explain_record(e, options.now), ensure_ascii=False) + "\n"
                   for e in timeline.events)


_MARKDOWN_COLUMNS = (("event", "title"), ("as written", "when"), ("reference", "reference"),
                     ("rule", "explanation"), ("granularity", "granularity"), ("value", "value"),
                     ("when", "distance"))


def render_markdown(timeline: Timeline, options: RenderOptions) -> str:
    """One Markdown table: event, as written, reference, rule, granularity, value, when."""
    from timeline.renderers.markdown import escape

    if not timeline.events:
        return "_No events._\n"
    lines = ["| " + " | ".join(h for h, _ in _MARKDOWN_COLUMNS) + " |",
             "|" + "|".join("---" for _ in _MARKDOWN_COLUMNS) + "|"]
    for event in timeline.events:
        record = explain_record(event, options.now)
        if record["reference_from"]:
            record["reference"] = f"{record['reference']} ({record['reference_from']})"
        record["granularity"] = record["granularity"].replace("_", " ")
        cells = [str(record[key] or "") for _, key in _MARKDOWN_COLUMNS]
        lines.append("| " + " | ".join(escape(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def layout(name: str) -> Callable[[Timeline, RenderOptions], str]:
    """The renderer of one explain layout (table, json, ndjson, markdown); KeyError if unknown."""
    return {"table": render, "json": render_json, "ndjson": render_ndjson, "markdown": render_markdown}[name]
