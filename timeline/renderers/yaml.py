"""``--format yaml``: the normalized events as an events file that loads back
to the same spans, for archiving a timeline once its reference is long past.

Every event keeps the date as written (``when``) and its own ``reference``
beside the absolute span: ``start`` and ``end`` (ISO 8601, ``end``
exclusive), ``granularity``, ``value`` and the rest of the record. The loader
takes a record with ``start`` as already resolved, so reading the file again
(even years later, or with ``--ref``) gives the same spans. Empty fields are
left out, since the loader refuses ``null``. An event's provenance (outlet, url,
published, language, author) is written as its own ``source:`` mapping, with
the quoted sentence as ``quote``. When merged files reuse an
``id``, later copies become ``<id>-2``, ``<id>-3``... because ids must be
unique within a file; nothing in a normalized file refers to them.
"""

from __future__ import annotations

from typing import Any

import yaml

from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import iso, provenance_record, source_record, timeline_metadata

HEADER = "# Normalized by {generator}: start/end are absolute (end exclusive); load it back with\n" \
         "# `timeline show FILE`. `when` and `reference` keep how the source wrote each date.\n"


def normalized_event(event: Event, event_id: str | None) -> dict[str, Any]:
    """The event as a mapping the loader reads back unchanged (no ``None`` values)."""
    span = event.span
    fields: dict[str, Any] = {
        "id": event_id,
        "title": event.title,
        "when": event.when,
        "reference": iso(event.reference),
        "start": iso(span.start),
        "end": iso(span.end),
        "granularity": span.granularity.value,
        "value": span.value,
        "approximate": span.approximate,
        "qualifier": span.qualifier,
        "explanation": span.explanation or None,
        "timezone": event.timezone,
        "language": event.language if event.language != "en" else None,
        "location": event.location,
        "tags": list(event.tags) or None,
        "source": _source(event),
        "notes": event.notes,
    }
    if event.merge is not None:  # kept for the record; the loader reads the merged span and ignores these
        fields["status"] = event.merge.status
        fields["sources"] = [{k: v for k, v in source_record(s).items() if v is not None}
                             for s in event.merge.sources]
    return {k: v for k, v in fields.items() if v is not None}


def _source(event: Event) -> str | dict[str, str] | None:
    """The quoted sentence as a string, or with provenance a ``source:`` mapping that holds it."""
    if event.provenance is None:
        return event.source
    mapping = {k: v for k, v in provenance_record(event).items() if v is not None}
    if event.source:
        mapping["quote"] = event.source
    return mapping or None


def _unique_ids(events: tuple[Event, ...]) -> list[str | None]:
    seen: set[str] = set()
    out: list[str | None] = []
    for event in events:
        if event.id is None:
            out.append(None)
            continue
        candidate, n = event.id, 1
        while candidate in seen:
            n += 1
            candidate = f"{event.id}-{n}"
        seen.add(candidate)
        out.append(candidate)
    return out


def render(timeline: Timeline, options: RenderOptions) -> str:
    """A YAML events file: ``calendar`` (when known) and the normalized ``events``."""
    meta = timeline_metadata(timeline)
    document: dict[str, Any] = {}
    if timeline.calendar:
        document["calendar"] = timeline.calendar
    ids = _unique_ids(timeline.events)
    document["events"] = [normalized_event(e, i) for e, i in zip(timeline.events, ids)]
    # safe_dump quotes strings that YAML 1.1 would read as dates, numbers or
    # booleans, so other YAML readers get text too; width keeps lines whole.
    body: str = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=10_000,
                          default_flow_style=False)
    return HEADER.format(generator=meta["generator"]) + body
