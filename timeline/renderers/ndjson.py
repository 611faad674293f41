"""``--format ndjson``: one JSON object per event, one per line (JSON Lines).

No metadata line: every line is an event record with the fields of
:data:`~timeline.renderers._records.FIELDS`, so ``grep``, ``head`` and
``jq -c`` can work line by line, and the output loads back as input.

Each line is exactly ``json.dumps(event_record(event), ensure_ascii=False)``,
written without building the record: the part that depends only on the span
(start ... explanation, distance, group) is encoded once per span, since a
file that says "last week" a thousand times resolves it to one span. Lines
are produced one at a time (:func:`render_chunks`), so the CLI can stream them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) uses
from typing import Any

from timeline.model import Event, Span, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import PerSpan, event_record, iso, span_fields

_NO_PROVENANCE = ', "outlet": null, "url": null, "published": null, "language": null, "author": null'


def value(v: Any) -> str:
    """*v* as ``json.dumps(v, ensure_ascii=False)`` writes it (fast for the types of a record)."""
    kind = type(v)
    if kind is str:
        return str(encode_basestring(v))
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if kind is int:
        return int.__repr__(v)
    if (kind is list or kind is tuple) and all(type(x) is str for x in v):
        return "[" + ", ".join(map(encode_basestring, v)) + "]"
    return json.dumps(v, ensure_ascii=False)


def _span_parts(span: Span, standpoint: date | datetime, group_by: str | None) -> tuple[str, str]:
    f = span_fields(span, standpoint, group_by)
    middle = "".join(f', "{k}": {value(f[k])}' for k in
                     ("start", "end", "granularity", "value", "approximate", "qualifier", "explanation"))
    return middle, f', "distance": {value(f["distance"])}, "group": {value(f["group"])}'


def _provenance(event: Event) -> str:
    p = event.provenance
    if p is None:
        return _NO_PROVENANCE
    return (f', "outlet": {value(p.outlet)}, "url": {value(p.url)}, '
            f'"published": {value(iso(p.published) if p.published else None)}, '
            f'"language": {value(p.language)}, "author": {value(p.author)}')


def render_chunks(timeline: Timeline, options: RenderOptions) -> Iterator[str]:
    """The lines of :func:`render`, one at a time."""
    now, group_by = options.now, options.group_by
    parts = PerSpan(lambda span, standpoint: _span_parts(span, standpoint, group_by))
    references: dict[date | datetime, str] = {}
    for event in timeline.events:
        if event.merge is not None:
            yield json.dumps(event_record(event, now, group_by), ensure_ascii=False) + "\n"
            continue
        middle, end = parts.get(event.span, now if now is not None else event.reference)
        reference = references.get(event.reference)
        if reference is None:
            reference = references[event.reference] = value(iso(event.reference))
        origin = event.origin
        yield ('{"id": ' + value(event.id) + ', "title": ' + value(event.title) + ', "when": ' + value(event.when)
               + middle + ', "location": ' + value(event.location) + ', "tags": ' + value(event.tags)
               + ', "source": ' + value(event.source) + ', "notes": ' + value(event.notes)
               + ', "reference": ' + reference
               + ', "file": ' + (value(origin.file) if origin else "null")
               + ', "line": ' + (value(origin.line) if origin else "null")
               + end + _provenance(event) + "}\n")


def render(timeline: Timeline, options: RenderOptions) -> str:
    """One compact JSON object per event, each on its own line."""
    return "".join(render_chunks(timeline, options))
