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
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from json.encoder import encode_basestring  # what json.dumps(ensure_ascii=False) uses
from typing import Any

from timeline.model import Event, Span, Timeline
from timeline.renderers import MEMO_LIMIT, RenderOptions
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
    middle = (f', "start": {value(f["start"])}, "end": {value(f["end"])}, "granularity": {value(f["granularity"])}'
              f', "value": {value(f["value"])}, "approximate": {value(f["approximate"])}'
              f', "qualifier": {value(f["qualifier"])}, "explanation": {value(f["explanation"])}')
    return middle, f', "distance": {value(f["distance"])}, "group": {value(f["group"])}'


def _provenance(event: Event) -> str:
    p = event.provenance
    if p is None:
        return _NO_PROVENANCE
    return (f', "outlet": {value(p.outlet)}, "url": {value(p.url)}, '
            f'"published": {value(iso(p.published) if p.published else None)}, '
            f'"language": {value(p.language)}, "author": {value(p.author)}')


_LINES_PER_CHUNK = 1000


def render_chunks(timeline: Timeline, options: RenderOptions) -> Iterator[str]:
    """The lines of :func:`render`, a thousand at a time."""
    return render_events(timeline.events, options)


def render_events(events: Iterable[Event], options: RenderOptions) -> Iterator[str]:
    """The lines of *events* (any iterable: a stream is read as the lines are asked for), a
    thousand at a time."""
    now, group_by = options.now, options.group_by
    parts = PerSpan(lambda span, standpoint: _span_parts(span, standpoint, group_by))
    # (span, reference, file) -> the text between the event's own values: a file repeats a few
    # hundred spans read from a few references, so a line is its values and three cached pieces
    pieces: dict[tuple[int, date | str, str], tuple[Span, str, str, str]] = {}
    tag_lists: dict[tuple[str, ...], str] = {(): "[]"}
    enc = encode_basestring
    batch: list[str] = []
    add = batch.append
    for event in events:
        origin = event.origin
        if event.merge is not None or event.provenance is not None or origin is None:
            add(_line(event, now, group_by))
        else:
            span = event.span
            ref = event.reference
            # equal aware datetimes may be written in two offsets: their text is their key
            key = (id(span), ref if type(ref) is date else iso(ref), origin.file)
            hit = pieces.get(key)
            if hit is None:
                middle, end = parts.get(span, now if now is not None else ref)
                if len(pieces) >= MEMO_LIMIT:
                    pieces.clear()
                hit = pieces[key] = (span, middle + ', "location": ',
                                     f', "reference": {value(iso(ref))}, "file": {value(origin.file)}, "line": ',
                                     end + _NO_PROVENANCE + "}\n")
            _, after_when, before_line, after_line = hit
            tags = event.tags
            tag_text = tag_lists.get(tags) if type(tags) is tuple else None
            if tag_text is None:
                tag_text = value(tags)
                if type(tags) is tuple and len(tag_lists) < MEMO_LIMIT:
                    tag_lists[tags] = tag_text
            title, when, id_, location, source, notes, line = (event.title, event.when, event.id, event.location,
                                                               event.source, event.notes, origin.line)
            # each value as value() writes it, the common types inline (str: one C call, None: null),
            # and the line built in one piece (a chain of + would copy the growing line at each step)
            add(f'{{"id": {enc(id_) if type(id_) is str else value(id_)}'
                f', "title": {enc(title) if type(title) is str else value(title)}'
                f', "when": {enc(when) if type(when) is str else value(when)}{after_when}'
                f'{"null" if location is None else enc(location) if type(location) is str else value(location)}'
                f', "tags": {tag_text}'
                f', "source": {"null" if source is None else enc(source) if type(source) is str else value(source)}'
                f', "notes": {"null" if notes is None else enc(notes) if type(notes) is str else value(notes)}'
                f'{before_line}{line if type(line) is int else value(line)}{after_line}')
        if len(batch) >= _LINES_PER_CHUNK:
            yield "".join(batch)
            batch.clear()
    if batch:
        yield "".join(batch)


def _line(event: Event, now: date | datetime | None, group_by: str | None) -> str:
    """The line of an event that is merged, has a provenance or no origin (json.dumps of its record)."""
    return json.dumps(event_record(event, now, group_by), ensure_ascii=False) + "\n"


def render(timeline: Timeline, options: RenderOptions) -> str:
    """One compact JSON object per event, each on its own line."""
    return "".join(render_chunks(timeline, options))
