"""The fast path for files of plain records (NDJSON): most lines straight to events.

A file of a million records mostly holds plain ones: a title, a date expression
(or the ``start``/``end`` our own output writes), a reference, a few tags, all
of them printable strings. For those the general path (hooked JSON decoding,
:class:`~timeline.loader.specs.DocumentReader`, a ``Spec`` per record, the
:class:`~timeline.loader.resolution.EventGraph`, then an ``Event``) costs many
times the decoding itself. Here each such record is:

- decoded by the plain C scanner (:meth:`NdjsonDocument.plain_events`), with a
  duplicate-key check that costs one ``str.count``: every key and string value
  of a plain record is written between two quotes, so a line holding more
  quotes than its decoded values account for has a repeated key (or an escaped
  quote) and goes the general way;
- checked lightly: only the fields the general path takes as they are (printable
  text, a list of tags), anything else goes the general way;
- resolved through a memo keyed on what decides its span: the expression and the
  reference as written (prefer, zone, date order and language are the file's,
  fixed for the run); a miss asks the general :meth:`EventGraph.attempt`, so
  the span is the general path's by construction;
- turned into its :class:`~timeline.model.Event` directly.

Everything the fast path does not take is handed, record by record, to the
general path, in file order. A record whose reading would warn (an ambiguous
numeric date, a date far from its reference) goes the general way, so the
warning is the general one; an error anywhere (or an id written twice) makes
the caller read the whole file again the general way, so errors are exactly
the general path's. ``tests/test_fast_path.py`` compares both paths.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from itertools import islice
from typing import Any

from timeline.errors import Diagnostic, ExpressionError, TimelineError
from timeline.frozen import Frozen
from timeline.loader.document import Document, Path
from timeline.loader.resolution import EventGraph
from timeline.loader.specs import DocumentReader, Settings, Spec
from timeline.model import Event, Origin, Span
from timeline.reference import choose_reference, parse_reference

# The fields a plain record may carry. Text fields taken as they are (null: no value):
_TEXT = ("id", "location", "source", "notes")
# ...fields our own output writes that the loader reads nothing from (any scalar):
_IGNORED = frozenset(("file", "line", "distance", "group", "calendar", "end_inclusive"))
# ...provenance written flat (only null: a value makes a provenance, the general way):
_PROVENANCE = frozenset(("outlet", "url", "published", "author", "language"))
_EXPRESSION_KEYS = frozenset(("title", "when", "reference", "tags", *_TEXT))
_NORMALIZED_KEYS = _EXPRESSION_KEYS | _IGNORED | _PROVENANCE | {
    "start", "end", "granularity", "value", "explanation", "qualifier", "approximate"}
_MEMO_LIMIT = 1 << 16  # distinct (expression, reference) pairs or normalized spans remembered
_GENERAL = None  # a memo entry: records with this key go the general way
_MISS: Any = object()  # not in a memo
_NONE = type(None)


class Rerun(Exception):
    """The file holds an error (or a repeated id): read it again, all of it, the general way."""


# ---- events without the frozen dataclass __init__ ------------------------------------------------

_EVENT_SLOTS = ("title", "when", "span", "reference", "id", "location", "tags", "source", "notes", "timezone",
                "origin", "calendar", "provenance", "merge", "reference_source", "language")
_ORIGIN_SLOTS = ("file", "line", "column")


class _EventSlots(Frozen):
    """The slots of :class:`~timeline.model.Event`, filled by plain attribute stores, after which
    the object becomes an ``Event`` (``__class__`` assignment: the same base and slots, so the same layout).

    The ``__init__`` of a frozen class sets each of its sixteen fields through
    ``object.__setattr__``; this costs a third of that and gives an equal, still frozen, Event.
    """

    __slots__ = _EVENT_SLOTS
    # plain stores until the object becomes an Event (typeshed types the unbound slot without self)
    __setattr__ = object.__setattr__  # type: ignore[assignment]

    def __init__(self, title: str, when: str, span: Span, reference: date | datetime, id: str | None,
                 location: str | None, tags: tuple[str, ...], source: str | None, notes: str | None,
                 timezone: str | None, origin: Origin, calendar: str | None, reference_source: str | None,
                 language: str) -> None:
        self.title = title
        self.when = when
        self.span = span
        self.reference = reference
        self.id = id
        self.location = location
        self.tags = tags
        self.source = source
        self.notes = notes
        self.timezone = timezone
        self.origin = origin
        self.calendar = calendar
        self.provenance = None
        self.merge = None
        self.reference_source = reference_source
        self.language = language
        self.__class__ = Event  # type: ignore[assignment]


class _OriginSlots(Frozen):
    """The same for :class:`~timeline.model.Origin`."""

    __slots__ = _ORIGIN_SLOTS
    __setattr__ = object.__setattr__  # type: ignore[assignment]

    def __init__(self, file: str, line: int | None, column: int | None) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.__class__ = Origin  # type: ignore[assignment]


def _plain_event(title: str, when: str, span: Span, reference: date | datetime, id: str | None,
                 location: str | None, tags: tuple[str, ...], source: str | None, notes: str | None,
                 timezone: str | None, origin: Origin, calendar: str | None, reference_source: str | None,
                 language: str) -> Event:
    return Event(title, when, span, reference, id, location, tags, source, notes, timezone, origin, calendar,
                 None, None, reference_source, language)


# Only while the model's classes have exactly these fields (tests/test_fast_path.py checks they do).
new_event: Callable[..., Event] = (_EventSlots if getattr(Event, "__slots__", None) == _EVENT_SLOTS
                                   else _plain_event)  # type: ignore[assignment]
new_origin: Callable[[str, int | None, int | None], Origin] = (
    _OriginSlots if getattr(Origin, "__slots__", None) == _ORIGIN_SLOTS else Origin)  # type: ignore[assignment]


# ---- the records ---------------------------------------------------------------------------------

def _printable(value: Any) -> bool:
    return type(value) is str and value.isprintable()


_Resolved = tuple[Span, "date | datetime", "str | None", str]  # span, reference, its source, the when text


class FastRecords:
    """Turns the plain records of one file into events, or says they need the general path."""

    def __init__(self, doc: Document, reader: DocumentReader, graph: EventGraph, settings: Settings) -> None:
        self.doc = doc
        self.reader = reader
        self.graph = graph
        self.settings = settings
        self.name = doc.name
        self.ids: dict[str, Span] = {}
        # (when, reference as written) -> (span, reference, its source, when), or _GENERAL
        self.memo: dict[tuple[Any, ...], _Resolved | None] = {}
        # normalized records: (start, end, granularity, value, explanation, qualifier, approximate, reference)
        self.spans: dict[tuple[Any, ...], _Resolved | None] = {}
        self.shared: dict[str, str] = {}  # one str per repeated short value, as the reader keeps
        self.tag_lists: dict[tuple[Any, ...], tuple[str, ...] | None] = {(): ()}
        self.timezone = settings.timezone
        self.calendar = settings.calendar
        self.language = settings.language

    def next_block(self, doc: Document, reader: DocumentReader, graph: EventGraph) -> None:
        """Go on with the next block of the same file (:mod:`timeline.loader.streaming`): its
        document, reader and graph; the memos and the ids seen so far are kept."""
        self.doc, self.reader, self.graph = doc, reader, graph

    def forget_ids_since(self, count: int) -> None:
        """Drop the ids met after the first *count* (a block read again, or held back)."""
        ids = self.ids
        for event_id in list(islice(reversed(ids), len(ids) - count)):
            del ids[event_id]

    def event(self, value: dict[str, Any], path: Path, line: int, quotes: int, clean: bool) -> Event | None:
        """The event of the plain-decoded record *value*, or None when it is not plain enough: the
        caller decodes it again and takes the general path. *quotes* is the number of '"' written
        in it; *clean*: it holds no backslash and no character that is not printable, so neither
        do its strings."""
        if "start" in value:
            return self._normalized_event(value, path, line, quotes, clean)
        if not value.keys() <= _EXPRESSION_KEYS:
            return None
        kinds = list(map(type, value.values()))
        strings = kinds.count(str)
        raw_tags = value.get("tags")
        tags: tuple[str, ...] = ()
        if raw_tags is None:
            if strings + kinds.count(_NONE) != len(kinds):  # a number, a list, a mapping: not plain
                return None
            expected = 2 * (len(kinds) + strings)  # each key's quotes and each string's
        else:
            if type(raw_tags) is not list or strings + kinds.count(_NONE) + 1 != len(kinds):
                return None
            expected = 2 * (len(kinds) + strings + len(raw_tags))
            found = self._tag_tuple(raw_tags)
            if found is None:
                return None
            tags = found
        if quotes != expected:  # a key written twice (the decoder kept one), or an escaped quote
            return None
        get = value.get
        title = get("title")
        when = get("when")
        reference = get("reference")
        if type(title) is not str or type(when) is not str:
            return None
        event_id = get("id")
        location = get("location")
        source = get("source")
        notes = get("notes")
        if not clean:
            for text in (title, when, reference, event_id, location, source, notes):
                if text is not None and not text.isprintable():
                    return None
        key = (when, reference)
        got = self.memo.get(key, _MISS)
        if got is _MISS:
            got = self._resolve(value, path, when, reference)
            if len(self.memo) >= _MEMO_LIMIT:
                self.memo.clear()
            self.memo[key] = got
        if got is None:
            return None
        span, ref_value, ref_source, when = got  # the one str of this expression
        return self._made(span, ref_value, ref_source, title, when, event_id, location, tags, source, notes, line)

    def _made(self, span: Span, ref_value: date | datetime, ref_source: str | None, title: str, when: str,
              event_id: str | None, location: str | None, tags: tuple[str, ...], source: str | None,
              notes: str | None, line: int) -> Event:
        if event_id is not None:
            ids = self.ids
            if event_id in ids:
                raise Rerun(f"event id {event_id!r} written twice")
            ids[event_id] = span
        if location is not None:
            location = self.share(location)
        return new_event(title, when, span, ref_value, event_id, location, tags, source, notes, self.timezone,
                         new_origin(self.name, line, 1), self.calendar, ref_source, self.language)

    def _normalized_event(self, value: dict[str, Any], path: Path, line: int, quotes: int, clean: bool
                          ) -> Event | None:
        """The event of a record that carries its start and end (our own output read back)."""
        if not value.keys() <= _NORMALIZED_KEYS:
            return None
        get = value.get
        title = get("title")
        when = get("when")
        reference = get("reference")
        event_id = get("id")
        location = get("location")
        source = get("source")
        notes = get("notes")
        raw_tags = get("tags")
        if type(title) is not str:
            return None
        expected = 2 * len(value) + 2  # each key's quotes, and the title's
        for text in (when, reference, event_id, location, source, notes):
            if type(text) is str:
                expected += 2
            elif text is not None:
                return None
        tags: tuple[str, ...] = ()
        if raw_tags is not None:
            if type(raw_tags) is not list:
                return None
            expected += 2 * len(raw_tags)
            found = self._tag_tuple(raw_tags)
            if found is None:
                return None
            tags = found
        if not clean:
            for text in (title, when, reference, event_id, location, source, notes):
                if text is not None and not text.isprintable():
                    return None
        extra = self._ignored_quotes(value, clean)
        if extra < 0 or quotes != expected + extra:
            return None
        got = self._normalized(value, path, reference)
        if got is None:
            return None
        span, ref_value, ref_source, _ = got
        when = self.share(when) if when else span.value  # as EventGraph.events: spec.when or span.value
        return self._made(span, ref_value, ref_source, title, when, event_id, location, tags, source, notes, line)

    def _tag_tuple(self, raw: list[Any]) -> tuple[str, ...] | None:
        """The tags of a list as the reader makes them, remembered (None: not plain)."""
        try:
            tags = self.tag_lists.get(tuple(raw), _MISS)
        except TypeError:  # a list or mapping among the tags: not hashable, not plain
            return None
        if tags is _MISS:
            return self._tags(raw)
        return tags  # type: ignore[no-any-return]

    def _tags(self, raw: list[Any]) -> tuple[str, ...] | None:
        """The tags of a list met for the first time (None: not plain: the general path's)."""
        for tag in raw:
            if type(tag) is not str or not tag or not tag.isprintable():
                return None
        tags = tuple(map(self.share, raw))
        if len(self.tag_lists) < 4096:
            self.tag_lists[tags] = tags
        return tags

    def share(self, text: str) -> str:
        """*text*, or the equal str met before (as :meth:`DocumentReader.share`: memory only)."""
        shared = self.shared
        known = shared.get(text)
        if known is not None:
            return known
        if len(shared) < 65536:
            shared[text] = text
        return text

    @staticmethod
    def _ignored_quotes(value: dict[str, Any], clean: bool) -> int:
        """The quotes of the normalized fields' values (-1: a value the fast path does not take)."""
        quotes = 0
        for key in ("start", "end", "granularity", "value", "explanation", "qualifier"):
            field = value.get(key)
            if field is not None:
                if type(field) is not str or not (clean or field.isprintable()):
                    return -1
                quotes += 2
        approximate = value.get("approximate")
        if approximate is not None and type(approximate) is not bool:
            return -1
        for key in _PROVENANCE:
            if value.get(key) is not None:
                return -1
        for key in _IGNORED:
            field = value.get(key)
            kind = type(field)
            if kind is str:
                quotes += 2
            elif field is not None and kind is not int and kind is not bool:
                return -1
        return quotes

    def _attempt(self, spec: Spec, compute: Callable[[], Span | None]) -> Span | None:
        """*compute* (the general path's reading of *spec*): its span, or None when it warned
        (the record goes the general way, which warns again); an error: :class:`Rerun`."""
        errors, warnings = self.graph.errors, self.graph.warnings
        n_errors, n_warnings = len(errors), len(warnings)
        span = compute()
        if len(errors) > n_errors:
            raise Rerun("an error")
        if span is None or len(warnings) > n_warnings:
            del warnings[n_warnings:]
            return None
        return span

    def _reference(self, raw: str | None) -> date | datetime | None:
        if raw is None:
            return None
        try:
            return parse_reference(raw, timezone=None, date_order="auto")
        except ExpressionError:
            raise Rerun("an unreadable reference") from None

    def _chosen(self, spec: Spec, span: Span) -> _Resolved | None:
        """The event's reference as :meth:`EventGraph.events` chooses it, or None when it warns."""
        s = self.settings
        chosen = choose_reference(command_line=s.command_line, event=spec.reference, file=s.reference,
                                  today=s.today)
        if chosen is None:
            return None
        warnings = self.graph.warnings
        n = len(warnings)
        self.graph._far_warning(span, chosen.value, spec)
        if len(warnings) > n:
            del warnings[n:]
            return None
        return span, chosen.value, chosen.source, spec.when or span.value

    def _resolve(self, value: dict[str, Any], path: Path, when: str, reference: str | None) -> _Resolved | None:
        """A memo miss: the general path's reading of this expression against this reference."""
        ref = self._reference(reference)
        s = self.settings
        if choose_reference(command_line=s.command_line, event=ref, file=s.reference) is None:
            return _GENERAL  # no reference: absolute dates only, read twice (EventGraph.attempt_absolute)
        spec = Spec(self.doc.event_location(path), path, title=value.get("title"), when=when, reference=ref)
        if "after" in when or "before" in when or "from" in when:
            return self._anchored(spec)
        span = self._attempt(spec, lambda: self.graph.attempt(spec))
        if span is None:
            return _GENERAL
        return self._chosen(spec, span)

    def _anchored(self, spec: Spec) -> _Resolved | None:
        """An expression that may be dated from other events ("2 days after e12"): its span when
        every event it names came earlier by the fast path (their spans are final, so the same
        words against the same reference give the same span), else the general way (an event
        named later in the file, or by a record of the general path: the graph orders them)."""
        graph = self.graph
        errors, warnings = graph.errors, graph.warnings
        n_errors, n_warnings = len(errors), len(warnings)
        named: list[str] = []
        graph.named = named
        try:
            span = graph.attempt(spec)
        finally:
            graph.named = None
        if span is None or len(errors) > n_errors or len(warnings) > n_warnings or \
                any(event_id not in self.ids for event_id in named):
            del errors[n_errors:], warnings[n_warnings:]  # the general path reports them, in place
            return _GENERAL
        return self._chosen(spec, span)

    def _normalized(self, value: dict[str, Any], path: Path, reference: str | None) -> _Resolved | None:
        get = value.get
        key = (get("start"), get("end"), get("granularity"), get("value"), get("explanation"), get("qualifier"),
               get("approximate"), reference)
        got = self.spans.get(key, _MISS)
        if got is not _MISS:
            return got  # type: ignore[no-any-return]
        for field in key[:2]:
            if not _printable(field):
                return None  # the general path says what is wrong (or cleans it)
        ref = self._reference(reference)
        spec = Spec(self.doc.event_location(path), path, when=get("when"), reference=ref)
        span = self._attempt(spec, lambda: self.reader.normalized(value, path, spec.location))
        result = _GENERAL if span is None else self._chosen(spec, span)
        if len(self.spans) >= _MEMO_LIMIT:
            self.spans.clear()
        self.spans[key] = result
        return result


def load_records(doc: Any, reader: DocumentReader, errors: list[TimelineError], warnings: list[Diagnostic],
                 today: date | None) -> tuple[list[Event], Settings]:
    """The events of a file of records (``doc.plain_events()``), plain records by the fast path
    and the others by the general one, in file order. Raises :class:`Rerun` when the file must
    be read again the general way (an error, an id written twice)."""
    settings = reader.settings({})
    settings.today = today
    if errors:
        raise Rerun("an error in the settings")
    specs: list[Spec] = []
    graph = EventGraph(doc, specs, settings, errors, warnings)
    fast = FastRecords(doc, reader, graph, settings)
    return records_in_order(fast, specs), settings


def records_in_order(fast: FastRecords, specs: list[Spec]) -> list[Event]:
    """The events of the records of ``fast.doc``, in file order: the plain ones made by *fast*,
    the others read by ``fast.reader`` into *specs* and resolved by ``fast.graph``, which sees
    the fast path's events by id (anchors). The ids of every event made go into ``fast.ids``.
    Raises :class:`Rerun` when the records must be read again the general way."""
    doc: Any = fast.doc  # a document of records (plain_events, hooked): NdjsonDocument
    graph = fast.graph
    errors = graph.errors
    graph.known = fast.ids  # anchors on the fast path's events (filled as they are read)
    # file order: an Event of the fast path, or None for the next spec of the general one
    order: list[Event | None] = []
    append = order.append
    fast_event = fast.event
    general = fast.reader.event
    for value, path, line, quotes, clean in doc.plain_events():
        if quotes >= 0:
            event = fast_event(value, path, line, quotes, clean)
            if event is not None:
                append(event)
                continue
            value = doc.hooked(path)
            if value is None:
                continue
        spec = general(value, path)
        if spec is not None:
            specs.append(spec)
            append(None)
    errors.extend(doc.errors)
    if errors:
        raise Rerun("an error")
    ids = fast.ids
    if ids and any(spec.id in ids for spec in specs if spec.id):
        raise Rerun("an event id written twice")
    graph.run()
    if errors:
        raise Rerun("an error")
    if not specs:
        return order  # type: ignore[return-value]  # every record went the fast way: no None
    aligned = iter(graph.aligned_events())
    events: list[Event] = []
    keep = events.append
    for event in order:
        if event is None:
            event = next(aligned)
            if event is None:
                continue
            if event.id is not None:
                ids[event.id] = event.span  # for the anchors of a later block (loader.streaming)
        keep(event)
    return events
