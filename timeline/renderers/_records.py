"""The stable record every data format writes for an event (shared by json,
ndjson, csv, tsv, markdown, yaml and the table)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from timeline.distance import describe_distance
from timeline.model import Event, Span

# The order and names of the fields: a public contract (docs/formats.md).
FIELDS = ("id", "title", "when", "start", "end", "granularity", "value", "approximate", "qualifier",
          "explanation", "location", "tags", "source", "notes", "reference", "file", "line", "distance", "group")


def iso(value: date | datetime) -> str:
    """ISO 8601: a date for day and coarser spans, a datetime (with offset if known) otherwise."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def display_date(span: Span) -> str:
    """'2025-03-05', '2025-02-24 → 2025-03-02' (last day included), '2025-03-05 18:00–24:00'."""
    start, end = span.start, span.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        first = f"{start.date().isoformat()} {start.strftime('%H:%M')}"
        if end - start <= timedelta(hours=1):
            return first
        if end.date() == start.date() or (end - start < timedelta(days=1) and end.hour == 0 and end.minute == 0):
            last = "24:00" if end.date() != start.date() else end.strftime("%H:%M")
            return f"{first}–{last}"
        return f"{first} → {end.date().isoformat()} {end.strftime('%H:%M')}"
    first_day = span.first_day
    last_day = span.last_day
    if first_day == last_day:
        return first_day.isoformat()
    return f"{first_day.isoformat()} → {last_day.isoformat()}"


def group_key(span: Span, group_by: str | None) -> str | None:
    """The group an event falls in for --group-by day|week|month|year."""
    if not group_by:
        return None
    d = span.first_day
    if group_by == "day":
        return d.isoformat()
    if group_by == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if group_by == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if group_by == "year":
        return f"{d.year:04d}"
    raise ValueError(f"cannot group by {group_by!r}")


def event_record(event: Event, now: date | datetime | None = None, group_by: str | None = None) -> dict[str, Any]:
    """The event as a flat dict with the stable field names of FIELDS."""
    span = event.span
    return {
        "id": event.id,
        "title": event.title,
        "when": event.when,
        "start": iso(span.start),
        "end": iso(span.end),
        "granularity": span.granularity.value,
        "value": span.value,
        "approximate": span.approximate,
        "qualifier": span.qualifier,
        "explanation": span.explanation,
        "location": event.location,
        "tags": list(event.tags),
        "source": event.source,
        "notes": event.notes,
        "reference": iso(event.reference),
        "file": event.origin.file if event.origin else None,
        "line": event.origin.line if event.origin else None,
        "distance": describe_distance(span, now if now is not None else event.reference),
        "group": group_key(span, group_by),
    }
