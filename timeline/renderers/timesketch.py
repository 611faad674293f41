"""``--format timesketch``: JSON Lines for Google's Timesketch.

Timesketch imports JSONL (or CSV) whose every line has three mandatory fields:
``message`` (what happened), ``datetime`` (ISO 8601 with a UTC offset) and
``timestamp_desc`` (what kind of time this is); any other field becomes an
attribute of the event. ``timestamp`` (microseconds since 1970, UTC) is
written too, as Timesketch's own exports and importer use it.

One line per event, at the start of its span; with
``options.timesketch_ends`` (``--timesketch-ends``) a second line follows at
its end (the exclusive end: "last week" ends at Monday 00:00). Each line also
carries the event's record (the fields of ``-f json``: ``id``, ``title``,
``when``, ``start``, ``end``, ``granularity``, ...), so a sketch can filter on
them.

A day or coarser span starts at midnight in the event's time zone (UTC when
it has none); a naive time is wall time in that zone. Fields whose names
Timesketch keeps for itself (``tag``, ``label``, anything starting with
``__``) are never written.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.errors import InputError, Location
from timeline.model import Event, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import event_record, iso

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _zone(event: Event) -> tzinfo:
    if not event.timezone:
        return UTC
    try:
        return ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        origin = event.origin
        raise InputError(f"unknown time zone {event.timezone!r} for event {event.title!r}: use an IANA name "
                         "such as 'Europe/Paris'",
                         Location(origin.file, origin.line, origin.column) if origin else None) from exc


def moment(value: date | datetime, event: Event) -> datetime:
    """*value* as an aware datetime: midnight of a day, or a naive time, in the event's zone."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0))
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=_zone(event))
    return value


def _description(kind: str, event: Event) -> str:
    """'Event start (resolved from 'last week', reference 2025-03-06)'."""
    return f"Event {kind} (resolved from {event.when!r}, reference {iso(event.reference)})"


def _line(kind: str, at: datetime, event: Event, record: dict[str, Any]) -> str:
    micros = (at - _EPOCH) // _MICROSECOND
    line = {"message": event.title, "datetime": at.isoformat(), "timestamp": micros,
            "timestamp_desc": _description(kind, event), **record}
    return json.dumps(line, ensure_ascii=False) + "\n"


_MICROSECOND = datetime.resolution


def render(timeline: Timeline, options: RenderOptions) -> str:
    """One JSON line per event start (and per end with ``options.timesketch_ends``)."""
    out: list[str] = []
    for event in timeline.events:
        record = event_record(event, options.now, options.group_by)
        out.append(_line("start", moment(event.span.start, event), event, record))
        if options.timesketch_ends:
            out.append(_line("end", moment(event.span.end, event), event, record))
    return "".join(out)
