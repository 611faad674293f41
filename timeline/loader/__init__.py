"""Loaders: events files (YAML, JSON, NDJSON; a path or standard input) -> the model.

The path of one file::

    timeline.io.read_text        bytes, bounded, decoded (UTF-8, BOM dropped)
    readers.read                 one reader module per format -> a Document of plain,
                                 located values (document.py is the contract)
    specs.DocumentReader         validation at the model boundary -> settings, event specs
    resolution.EventGraph        each event's span, anchored events in topological order
                                 -> Events, sorted into a Timeline

Every value keeps where it was written, so errors point at it
(``events.yaml:12:9: error: unknown date expression 'Thursdy' ...``). All
errors of a file are collected and raised together as
:class:`~timeline.errors.InputErrors`, sorted by position; warnings are
returned beside the timeline.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from timeline import io
from timeline.errors import (
    Diagnostic,
    EmptyInputError,
    InputError,
    InputErrors,
    InvalidTextError,
    Location,
    TimelineError,
)
from timeline.frozen import Frozen, Record
from timeline.loader import readers
from timeline.loader.resolution import FAR_FROM_REFERENCE_YEARS, EventGraph, PendingEvent, split_event_string
from timeline.loader.specs import (
    DATE_ORDERS,
    EVENT_FIELDS,
    NORMALIZED_FIELDS,
    PROVENANCE_FIELDS,
    TOP_LEVEL_FIELDS,
    DocumentReader,
    Settings,
)
from timeline.loader.values import check_timezone, parse_duration, quote
from timeline.model import Event, Timeline
from timeline.reference import parse_reference

__all__ = [
    "DATE_ORDERS",
    "DEFAULT_MAX_BYTES",
    "EVENT_FIELDS",
    "FAR_FROM_REFERENCE_YEARS",
    "NORMALIZED_FIELDS",
    "PROVENANCE_FIELDS",
    "TOP_LEVEL_FIELDS",
    "LoadOptions",
    "LoadResult",
    "PendingEvent",
    "Settings",
    "check_timezone",
    "decode",
    "load",
    "load_text",
    "load_timeline",
    "parse_duration",
    "parse_reference",
    "quote",
    "read_source",
    "release",
    "split_event_string",
    "stream",
]

DEFAULT_MAX_BYTES = io.DEFAULT_MAX_BYTES
read_source = io.read_text  # (display name, text) of a path or "-"; bounded, decoded
decode = io.decode

_set = object.__setattr__  # the fields of a Frozen value are stored once, by __init__


class LoadOptions(Frozen):
    """How to read files. ``reference`` overrides every file's own reference
    (the what-if of ``--ref``); ``fallback_reference`` is used only by files
    that have none."""

    __slots__ = _fields = ("reference", "fallback_reference", "prefer", "max_bytes", "language", "input_format",
                           "today", "freeze")

    reference: date | datetime | None
    fallback_reference: date | datetime | None
    prefer: str | None
    max_bytes: int
    language: str  # of the date expressions (--lang)
    input_format: str | None  # a reader's name (yaml, json, ndjson, csv, tsv, ics): overrides the choice
    # The reader's today (the CLI reads the clock): the standpoint ("when" column, --from) of events
    # that have no reference at all, which only absolute dates can be; never used to read words.
    today: date | None
    # Move what was loaded out of the cyclic collector's way (gc.freeze) once the load is done,
    # so that later collections do not rescan a million long-lived objects; off by default, the
    # CLI turns it on. A library caller that turns it on undoes it with release().
    freeze: bool

    def __init__(self, reference: date | datetime | None = None,
                 fallback_reference: date | datetime | None = None, prefer: str | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, language: str = "en",
                 input_format: str | None = None, today: date | None = None, freeze: bool = False) -> None:
        _set(self, "reference", reference)
        _set(self, "fallback_reference", fallback_reference)
        _set(self, "prefer", prefer)
        _set(self, "max_bytes", max_bytes)
        _set(self, "language", language)
        _set(self, "input_format", input_format)
        _set(self, "today", today)
        _set(self, "freeze", freeze)


class LoadResult(Record):
    """A loaded timeline and the warnings met on the way."""

    __slots__ = _fields = ("timeline", "diagnostics")

    timeline: Timeline
    diagnostics: list[Diagnostic]

    def __init__(self, timeline: Timeline, diagnostics: list[Diagnostic] | None = None) -> None:
        self.timeline = timeline
        self.diagnostics = [] if diagnostics is None else diagnostics


def load_timeline(paths: Iterable[str] | str, options: LoadOptions | None = None) -> Timeline:
    """Load one or more events files into one chronological timeline (errors raise)."""
    if isinstance(paths, (str, Path)):
        paths = [str(paths)]
    return load(list(paths), options).timeline


def load(paths: list[str], options: LoadOptions | None = None, stdin: BinaryIO | None = None) -> LoadResult:
    """Load files (``-`` is standard input) and merge them; each keeps its own reference.

    Raises :class:`InputErrors` with every error found, in file order.
    """
    options = options or LoadOptions()
    gc_was_enabled = gc.isenabled()
    gc.disable()  # no cycles among what is built: see load_text
    try:
        result = _load(paths, options, stdin)
    finally:
        if options.freeze:
            gc.freeze()  # everything alive now stays out of later collections (see release())
        if gc_was_enabled:
            gc.enable()
    return result


def stream(paths: list[str], options: LoadOptions | None = None,
           on_warning: Callable[[Diagnostic], None] | None = None, stdin: BinaryIO | None = None
           ) -> Iterator[Event]:
    """The events of *paths* in file order, read a block at a time (NDJSON) as they are asked
    for, so memory stays flat: :func:`timeline.loader.streaming.stream` says what changes."""
    from timeline.loader.streaming import stream as streamed

    return streamed(paths, options, on_warning, stdin)


def release() -> None:
    """Give back to the cyclic collector what ``LoadOptions(freeze=True)`` loads moved out of
    its way (``gc.unfreeze``), once the caller is done with those timelines."""
    gc.unfreeze()


def _load(paths: list[str], options: LoadOptions, stdin: BinaryIO | None) -> LoadResult:
    errors: list[TimelineError] = []
    diagnostics: list[Diagnostic] = []
    events: list[Event] = []
    calendars: list[str] = []
    references: list[date | datetime] = []
    for path in paths:
        try:
            name, data = io.read_bytes(path, options.max_bytes, stdin)
            readers.refuse_binary(data, name)  # a PDF or a workbook: say what it is, not "not UTF-8"
            text = io.decode(data, name)
            del data
        except InputError as exc:
            errors.append(exc)
            continue
        file_events, settings, file_errors, warnings = load_text(text, name, options)
        del text
        errors.extend(file_errors)
        diagnostics.extend(warnings)
        events.extend(file_events)
        if settings is not None:
            if settings.calendar:
                calendars.append(settings.calendar)
            if settings.reference is not None:
                references.append(settings.reference)
    if errors:
        raise InputErrors(errors, diagnostics)
    events = chronological(events)
    calendar = calendars[0] if calendars else (Path(paths[0]).stem if paths and paths[0] != "-" else None)
    return LoadResult(Timeline(tuple(events), calendar, tuple(paths), tuple(references)), diagnostics)


def load_text(text: str, name: str, options: LoadOptions | None = None
              ) -> tuple[list[Event], Settings | None, list[TimelineError], list[Diagnostic]]:
    """Parse one document: (events, settings, errors, warnings). Never raises for bad input."""
    gc_was_enabled = gc.isenabled()
    # Millions of long-lived objects and no cycles among them: the cyclic collector would rescan
    # the growing heap again and again (a 100k-event file loads 3x faster without it).
    gc.disable()
    try:
        return _load_text(text, name, options or LoadOptions())
    finally:
        if gc_was_enabled:
            gc.enable()


def _load_text(text: str, name: str, options: LoadOptions
               ) -> tuple[list[Event], Settings | None, list[TimelineError], list[Diagnostic]]:
    errors: list[TimelineError] = []
    warnings: list[Diagnostic] = []
    if not text.strip():
        return [], None, [EmptyInputError("empty file: expected a mapping with 'reference' and 'events'",
                                          Location(name, 1, 1))], warnings
    if not text.isascii():
        from timeline.loader.values import lone_surrogate

        bad = lone_surrogate(text)
        if bad is not None:  # only a library caller's str can hold one: decoded bytes never do
            line, column = io.line_and_column(text, bad)
            return [], None, [InvalidTextError(f"the text holds a lone surrogate U+{ord(text[bad]):04X}, which is not "
                                               f"valid Unicode", Location(name, line, column))], warnings
    try:
        doc = readers.read(text, name, options.input_format)
        warnings.extend(Diagnostic("warning", message, where) for message, where in doc.reader_warnings())
        reader = DocumentReader(doc, options.reference, options.fallback_reference, options.prefer, errors,
                                warnings, options.language)
        if hasattr(doc, "plain_events"):  # a file of records: the plain ones by the fast path
            from timeline.loader.fast import Rerun, load_records

            try:
                events, records_settings = load_records(doc, reader, errors, warnings, options.today)
                warnings.sort(key=_diagnostic_position)
                return events, records_settings, errors, warnings
            except Rerun:  # an error: read it all again the general way, whose errors are the reference
                del errors[:], warnings[:]
                doc = readers.read(text, name, options.input_format)
                warnings.extend(Diagnostic("warning", message, where) for message, where in doc.reader_warnings())
                reader = DocumentReader(doc, options.reference, options.fallback_reference, options.prefer,
                                        errors, warnings, options.language)
        settings, specs = reader.read()
    except TimelineError as exc:
        return [], None, [exc], warnings
    if settings is None:
        errors.sort(key=_position)
        return [], None, errors, warnings
    settings.today = options.today
    graph = EventGraph(doc, specs, settings, errors, warnings)
    graph.run()
    events = graph.events()
    errors.sort(key=_position)
    warnings.sort(key=_diagnostic_position)
    return events, settings, errors, warnings


def chronological(events: list[Event]) -> list[Event]:
    """*events* in the order of their spans' start (``Span.sort_key``), ties in the order given.

    The same order as ``sorted(events, key=lambda e: e.span.sort_key())``, made cheaply for a
    million events: each distinct span's key is computed once (a file repeats a few hundred
    spans) and ranked, and the events are dealt into one bucket per rank.
    """
    keys: dict[int, tuple[date, int, int, int]] = {}
    ids: list[int] = []
    add = ids.append
    for event in events:
        span = event.span
        key = id(span)  # the events hold their spans: an id is not reused while they live
        if key not in keys:
            keys[key] = span.sort_key()
        add(key)
    # equal keys (the same day read from two references: two spans) share a rank, so ties keep their order
    ranked = {key: rank for rank, key in enumerate(sorted(set(keys.values())))}
    rank_of = {span_id: ranked[key] for span_id, key in keys.items()}
    buckets: list[list[Event]] = [[] for _ in ranked]
    for event, span_id in zip(events, ids):
        buckets[rank_of[span_id]].append(event)
    return [event for bucket in buckets for event in bucket]


def _position(error: TimelineError) -> tuple[int, int]:
    loc = error.location
    return (loc.line or 0, loc.column or 0) if loc else (0, 0)


def _diagnostic_position(diagnostic: Diagnostic) -> tuple[int, int]:
    loc = diagnostic.location
    return (loc.line or 0, loc.column or 0) if loc else (0, 0)
