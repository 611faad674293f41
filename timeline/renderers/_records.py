"""The stable record every data format writes for an event (shared by json,
ndjson, csv, tsv, markdown, yaml and the table)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from timeline._version import __version__
from timeline.distance import describe_distance
from timeline.formula import FORMULA_TRIGGERS, guard_formula
from timeline.model import Event, Span, Timeline, group_key
from timeline.renderers import MEMO_LIMIT

if TYPE_CHECKING:  # only for annotations: the registry imports this module, not the other way round
    from timeline.renderers import RenderOptions

# The order and names of the fields: a public contract (docs/formats.md).
FIELDS = ("id", "title", "when", "start", "end", "granularity", "value", "approximate", "qualifier",
          "explanation", "location", "tags", "source", "notes", "reference", "file", "line", "distance", "group",
          "outlet", "url", "published", "language", "author")
# A merged timeline (``timeline merge``) adds these after FIELDS.
MERGE_FIELDS = ("status", "sources")
# One source of a merged event: who told it, when, in which words, and what it gave.
SOURCE_FIELDS = ("file", "line", "id", "outlet", "url", "published", "language", "author", "title", "when",
                 "start", "end", "granularity", "value", "explanation", "quote")


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


def written_when(event: Event) -> str:
    """The date as written, with the span's qualifier in front when the words leave it out.

    ``extract`` keeps TimeML's mention ("2030" in "by 2030") and the qualifier
    beside it; tables show "by 2030". The qualifier is an English word, so it
    is added only to English words: "d'ici 2030" already says it.
    """
    qualifier = event.span.qualifier
    if not qualifier or event.language != "en" or event.when.lower().startswith(qualifier):
        return event.when
    return f"{qualifier} {event.when}"


def event_record(event: Event, now: date | datetime | None = None, group_by: str | None = None) -> dict[str, Any]:
    """The event as a flat dict with the stable field names of FIELDS (and MERGE_FIELDS when merged)."""
    record = _assemble(event, span_fields(event.span, now if now is not None else event.reference, group_by))
    if event.merge is not None:
        record.update(merge_record(event))
    return record


def _assemble(event: Event, fields: dict[str, Any]) -> dict[str, Any]:
    """The record of *event* in FIELDS order, its span's part taken from *fields* (:func:`span_fields`)."""
    origin = event.origin
    return {
        "id": event.id,
        "title": event.title,
        "when": event.when,
        "start": fields["start"],
        "end": fields["end"],
        "granularity": fields["granularity"],
        "value": fields["value"],
        "approximate": fields["approximate"],
        "qualifier": fields["qualifier"],
        "explanation": fields["explanation"],
        "location": event.location,
        "tags": list(event.tags),
        "source": event.source,
        "notes": event.notes,
        "reference": iso(event.reference),
        "file": origin.file if origin else None,
        "line": origin.line if origin else None,
        "distance": fields["distance"],
        "group": fields["group"],
        **provenance_record(event),
    }


def span_fields(span: Span, now: date | datetime, group_by: str | None) -> dict[str, Any]:
    """The fields of a record that depend on its span and standpoint only."""
    return {
        "start": iso(span.start),
        "end": iso(span.end),
        "granularity": span.granularity.value,
        "value": span.value,
        "approximate": span.approximate,
        "qualifier": span.qualifier,
        "explanation": span.explanation,
        "distance": describe_distance(span, now),
        "group": group_key(span, group_by),
    }


T = TypeVar("T")


class PerSpan(Generic[T]):
    """What a renderer computes from a span and a standpoint, once per distinct pair.

    A file that says "last week" 5,000 times resolves it to one Span object,
    so its fields are built once. The span is kept beside its value, so its
    ``id()`` cannot be reused while the entry lives; at most *limit* pairs are
    remembered (normalized records share no span: keep it small).
    """

    def __init__(self, build: Callable[[Span, date | datetime], T], limit: int = MEMO_LIMIT) -> None:
        self.build = build
        self.limit = limit
        self.cache: dict[tuple[int, date | datetime], tuple[Span, T]] = {}

    def get(self, span: Span, standpoint: date | datetime) -> T:
        """The value for *span* seen from *standpoint*, built on first use."""
        key = (id(span), standpoint)
        hit = self.cache.get(key)
        if hit is None:
            if len(self.cache) >= self.limit:
                self.cache.clear()
            hit = self.cache[key] = (span, self.build(span, standpoint))
        return hit[1]


def event_records(events: Iterable[Event], now: date | datetime | None = None,
                  group_by: str | None = None) -> Iterator[dict[str, Any]]:
    """:func:`event_record` of each event, in order; the fields of a span shared by many events
    (and the same standpoint) are computed once."""
    fields = PerSpan(lambda span, standpoint: span_fields(span, standpoint, group_by))
    for event in events:
        if event.merge is not None:
            yield event_record(event, now, group_by)
            continue
        yield _assemble(event, fields.get(event.span, now if now is not None else event.reference))


def provenance_record(event: Event) -> dict[str, Any]:
    """Who told the event: outlet, url, published, language, author (``None`` when not known)."""
    p = event.provenance
    if p is None:
        return dict.fromkeys(("outlet", "url", "published", "language", "author"))
    return {"outlet": p.outlet, "url": p.url, "published": iso(p.published) if p.published else None,
            "language": p.language, "author": p.author}


def source_record(event: Event) -> dict[str, Any]:
    """One source of a merged event, with its own words, span and explanation (SOURCE_FIELDS)."""
    span = event.span
    provenance = provenance_record(event)
    if provenance["published"] is None:
        provenance["published"] = iso(event.reference)  # the publication date is the reference
    return {"file": event.file, "line": event.origin.line if event.origin else None, "id": event.id,
            **provenance, "title": event.title, "when": event.when, "start": iso(span.start),
            "end": iso(span.end), "granularity": span.granularity.value, "value": span.value,
            "explanation": span.explanation, "quote": event.source}


def merge_record(event: Event) -> dict[str, Any]:
    """The MERGE_FIELDS of a merged event: its status and every source."""
    if event.merge is None:
        return {"status": None, "sources": []}
    return {"status": event.merge.status, "sources": [source_record(s) for s in event.merge.sources]}


def is_merged(timeline: Timeline) -> bool:
    """True for the output of ``timeline merge`` (its events carry their sources)."""
    return any(e.merge is not None for e in timeline.events)


def sources_text(event: Event) -> str:
    """The sources of a merged event in one cell: ``BBC (2025-03-06): 'last week' 2025-W09; ...``."""
    if event.merge is None:
        return ""
    parts = []
    for s in event.merge.sources:
        r = source_record(s)
        name = r["outlet"] or r["file"] or "input"
        parts.append(f"{name} ({r['published']}): {r['when']!r} {r['value']}")
    return TAG_SEPARATOR.join(parts)


def timeline_metadata(timeline: Timeline) -> dict[str, Any]:
    """The ``timeline`` object of the json format: where the events came from.

    ``references`` are the distinct reference dates of the files, in order, so
    a reader can tell which "today" the relative words were read against.
    """
    references: list[str] = []
    for ref in timeline.references:
        text = iso(ref)
        if text not in references:
            references.append(text)
    return {
        "calendar": timeline.calendar,
        "files": ["<stdin>" if f == "-" else f for f in timeline.files],
        "count": len(timeline.events),
        "generator": f"timeline {__version__}",
        "references": references,
    }


def cell_text(value: Any) -> str:
    """One record value as the text of a CSV/TSV cell.

    ``None`` is an empty cell, booleans are ``true``/``false`` (as in JSON, so
    every format spells them alike) and tags are joined with ``"; "`` (a comma
    would need quoting in CSV and reads badly next to commas in tag names).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return TAG_SEPARATOR.join(str(v) for v in value)
    return str(value)


TAG_SEPARATOR = "; "


def table_rows(timeline: Timeline, options: RenderOptions) -> Iterator[list[str]]:
    """Header row (FIELDS) then one row of cell texts per event, shared by csv and tsv; rows are
    made as they are asked for, so a writer can stream them."""
    merged = is_merged(timeline)
    fields = FIELDS + MERGE_FIELDS if merged else FIELDS
    guard = options.csv_formula_guard
    yield list(fields)
    if not merged:
        yield from _plain_rows(timeline.events, options.now, options.group_by, guard)
        return
    for event, record in zip(timeline.events, event_records(timeline.events, options.now, options.group_by)):
        record.update(status=event.merge.status if event.merge else None, sources=sources_text(event))
        yield _cells(record.values(), guard)


def event_rows(events: Iterable[Event], options: RenderOptions) -> Iterator[list[str]]:
    """Header row (FIELDS) then the row of each of *events* (not merged), made as they are asked
    for: :func:`table_rows` for a stream of events."""
    yield list(FIELDS)
    yield from _plain_rows(events, options.now, options.group_by, options.csv_formula_guard)


def _cells(values: Iterable[Any], guard: bool) -> list[str]:
    # most cells are text already: only the others go through cell_text
    cells = [v if type(v) is str else "" if v is None else cell_text(v) for v in values]
    if guard:
        # only a cell starting with a trigger (or an apostrophe before one) can need the guard
        cells = [guard_formula(c) if c and c[0] in _GUARD_FIRST else c for c in cells]
    return cells


def _plain_rows(events: Iterable[Event], now: date | datetime | None, group_by: str | None,
                guard: bool) -> Iterator[list[str]]:
    """The rows of events that are not merged, straight from the events: the cells of a span
    (start ... explanation, distance, group) made once per span and standpoint."""
    def span_cells(span: Span, standpoint: date | datetime) -> tuple[list[str], list[str]]:
        f = span_fields(span, standpoint, group_by)
        return (_cells((f["start"], f["end"], f["granularity"], f["value"], f["approximate"], f["qualifier"],
                        f["explanation"]), guard), _cells((f["distance"], f["group"]), guard))

    cells = PerSpan(span_cells)
    no_provenance = [""] * 5
    for event in events:
        middle, end = cells.get(event.span, now if now is not None else event.reference)
        origin = event.origin
        p = event.provenance
        provenance = no_provenance if p is None else _cells(
            (p.outlet, p.url, iso(p.published) if p.published else None, p.language, p.author), guard)
        head = _cells((event.id, event.title, event.when), guard)
        tail = _cells((event.location, TAG_SEPARATOR.join(event.tags), event.source, event.notes,
                       iso(event.reference), origin.file if origin else None,
                       str(origin.line) if origin and origin.line is not None else None), guard)
        yield head + middle + tail + end + provenance


_GUARD_FIRST = frozenset("'" + "".join(FORMULA_TRIGGERS))
