"""Validation at the model boundary: a :class:`~timeline.loader.document.Document`
(plain values from any reader) -> file settings and event specs.

Every field is checked here, whatever the format: text must be text (a list, a
mapping, ``true``, ``1e400`` or a lone surrogate is an error at the field),
numbers beyond what dates hold are refused, normalized records must not mix
naive and aware or date and datetime bounds, and every value echoed in a
message is cut to about 80 characters. Errors are collected, never raised, so
that every problem of a file is reported at once.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from difflib import get_close_matches
from typing import Any

from timeline.errors import (
    Diagnostic,
    ExpressionError,
    InvalidTextError,
    Location,
    SchemaError,
    TimelineError,
    ValueTooLargeError,
)
from timeline.frozen import Record
from timeline.loader.document import Document, Number, Path
from timeline.loader.values import (
    MAX_DIGITS,
    check_timezone,
    clean,
    lone_surrogate,
    parse_iso,
    quote,
    replace_quoted,
)
from timeline.model import PREFER_CHOICES, Granularity, Provenance, Span
from timeline.reference import parse_reference

TOP_LEVEL_FIELDS = ("reference", "timezone", "prefer", "calendar", "date_order", "language", "source", "events")
# The provenance of a source block (file-level `source:` mapping, or an event's own overrides).
PROVENANCE_FIELDS = ("outlet", "url", "published", "language", "author")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
EVENT_FIELDS = ("title", "when", "id", "end", "duration", "location", "tags", "source", "notes",
                "reference", "prefer", "timezone", "language")
# Fields our own data formats write: accepted on input so one run's output feeds the next.
NORMALIZED_FIELDS = ("start", "granularity", "value", "approximate", "qualifier", "explanation", "group",
                     "file", "line", "distance", "calendar", "url", "end_inclusive",
                     "outlet", "published", "language", "author", "status", "sources")
DATE_ORDERS = ("DMY", "MDY", "YMD")
_TEXT_FIELDS = frozenset(("title", "when", "id", "location", "source", "notes", "prefer", "end", "duration"))
_KNOWN_FIELDS = frozenset(EVENT_FIELDS + NORMALIZED_FIELDS)  # membership tests per key: sets, not tuples
_PROVENANCE_KEYS = frozenset(PROVENANCE_FIELDS)
_GRAINS = ", ".join(g.value for g in Granularity)
_GRAIN_BY_NAME = {g.value: g for g in Granularity}
_SHARED_FIELDS = frozenset(("when", "location", "prefer", "timezone", "end", "duration"))  # values files repeat


class Settings(Record):
    """A file's settings, after the command line's overrides."""

    __slots__ = _fields = ("reference", "prefer", "timezone", "date_order", "calendar", "reference_failed",
                           "provenance", "command_line", "language", "today")

    reference: date | datetime | None
    prefer: str
    timezone: str | None
    date_order: str
    calendar: str | None
    reference_failed: bool  # the file's reference was there but unreadable (already reported)
    provenance: Provenance | None
    command_line: date | datetime | None  # --ref: before the events' own references too
    language: str  # of the date expressions (--lang)
    today: date | None  # the standpoint of events with no reference (LoadOptions.today)

    def __init__(self, reference: date | datetime | None, prefer: str, timezone: str | None,
                 date_order: str, calendar: str | None, reference_failed: bool = False,
                 provenance: Provenance | None = None, command_line: date | datetime | None = None,
                 language: str = "en", today: date | None = None) -> None:
        self.reference = reference
        self.prefer = prefer
        self.timezone = timezone
        self.date_order = date_order
        self.calendar = calendar
        self.reference_failed = reference_failed
        self.provenance = provenance
        self.command_line = command_line
        self.language = language
        self.today = today


class Spec(Record):
    """One event as written, before resolution. ``path`` locates its fields in the
    document (lazily: only an error needs a field's line and column)."""

    __slots__ = _fields = ("location", "path", "title", "when", "id", "end", "duration", "location_text",
                           "tags", "source", "notes", "reference", "prefer", "timezone", "normalized",
                           "split_from_string", "provenance", "invalid", "language")

    location: Location
    path: Path
    title: str | None
    when: str | None
    id: str | None
    end: str | None
    duration: str | None
    location_text: str | None
    tags: tuple[str, ...]
    source: str | None
    notes: str | None
    reference: date | datetime | None
    prefer: str | None
    timezone: str | None
    normalized: Span | None
    split_from_string: bool
    provenance: Provenance | None  # the event's own source fields, over the file's
    invalid: bool  # a normalized record whose start/end were refused (already reported)
    language: str | None  # of its date expressions, over the file's (issue 12)

    def __init__(self, location: Location, path: Path, title: str | None = None, when: str | None = None,
                 id: str | None = None, end: str | None = None, duration: str | None = None,
                 location_text: str | None = None, tags: tuple[str, ...] = (), source: str | None = None,
                 notes: str | None = None, reference: date | datetime | None = None,
                 prefer: str | None = None, timezone: str | None = None, normalized: Span | None = None,
                 split_from_string: bool = False, provenance: Provenance | None = None,
                 invalid: bool = False, language: str | None = None) -> None:
        self.location = location
        self.path = path
        self.title = title
        self.when = when
        self.id = id
        self.end = end
        self.duration = duration
        self.location_text = location_text
        self.tags = tags
        self.source = source
        self.notes = notes
        self.reference = reference
        self.prefer = prefer
        self.timezone = timezone
        self.normalized = normalized
        self.split_from_string = split_from_string
        self.provenance = provenance
        self.invalid = invalid
        self.language = language


def _kind(value: Any) -> str:
    """What a wrong value is, in the words of the file's format."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Number):
        return f"the number {quote(str(value), 40)[1:-1]}"
    return type(value).__name__


class DocumentReader:
    """Walks a document's plain values into settings and event specs, collecting errors."""

    def __init__(self, doc: Document, reference: date | datetime | None, fallback_reference: date | datetime | None,
                 prefer: str | None, errors: list[TimelineError], warnings: list[Diagnostic],
                 language: str = "en") -> None:
        self.doc = doc
        self.language = language
        self.name = doc.name
        self.override_reference = reference
        self.fallback_reference = fallback_reference
        self.override_prefer = prefer
        self.errors = errors
        self.warnings = warnings
        self.format = doc.format_label
        # each event of an NDJSON file usually repeats the same reference: read each text once
        self._references: dict[tuple[str, str | None, str], date | datetime] = {}
        # one str object for each distinct short value that many events repeat ("last week", a tag):
        # a decoder makes a new copy at every occurrence, a million events would keep a million
        self._shared: dict[str, str] = {}

    # ---- helpers ----------------------------------------------------------------

    def error(self, message: str, location: Location, kind: type[TimelineError] = SchemaError) -> None:
        self.errors.append(kind(message, location))

    def at(self, path: Path, key: bool = False) -> Location:
        return self.doc.locate(path, key)

    def text(self, value: Any, what: str, path: Path) -> str | None:
        """A text field: a string (control characters dropped) or a whole number as written."""
        if type(value) is str:
            if value.isprintable():  # the usual case, in one C call: no control character, no surrogate
                return value
            if not value.isascii():
                bad = lone_surrogate(value)
                if bad is not None:
                    self.error(f"{what} holds text that is not valid Unicode (the lone surrogate "
                               f"U+{ord(value[bad]):04X} at character {bad + 1})", self.at(path), InvalidTextError)
                    return None
            return clean(value)
        if value is None:
            self.error(f"{what} is empty (null); give it a value", self.at(path))
            return None
        if isinstance(value, Number):
            if not value.integer:
                self.error(f"{what} must be a string, not {_kind(value)}: write it in quotes", self.at(path))
                return None
            if len(value.lstrip("+-")) > MAX_DIGITS:
                self.error(f"{what}: the number {quote(str(value), 40)} ({len(value)} digits) is far beyond any "
                           f"date", self.at(path), ValueTooLargeError)
                return None
            return str(value)
        if isinstance(value, str):  # another reader's str subclass
            return self.text(str(value), what, path)
        self.error(f"{what} must be a string, not {_kind(value)}", self.at(path))
        return None

    def share(self, text: str) -> str:
        """*text*, or the equal str met before (up to 65,536 distinct ones)."""
        known = self._shared.get(text)
        if known is not None:
            return known
        if len(self._shared) < 65536:
            self._shared[text] = text
        return text

    def problems(self, value: Any, path: Path) -> None:
        for message, location in self.doc.problems(value, path):
            self.error(message, location)

    def unknown_field(self, key: str, known: tuple[str, ...], location: Location, what: str) -> str | None:
        """Report an unknown key; return the field it was probably meant to be."""
        hint = get_close_matches(key[:100], list(known), n=1, cutoff=0.6)
        suffix = f" (did you mean {hint[0]!r}?)" if hint else f"; known: {', '.join(known)}"
        self.error(f"unknown {what} {quote(key)}{suffix}", location)
        return hint[0] if hint else None

    # ---- the document -------------------------------------------------------------

    def read(self) -> tuple[Settings | None, list[Spec]]:
        """(settings, specs); settings is None when the file has no usable structure."""
        doc = self.doc
        specs: list[Spec] = []
        append = specs.append
        event = self.event
        for value, path in doc.events():
            spec = event(value, path)
            if spec is not None:
                append(spec)
        self.errors.extend(doc.errors)
        root = doc.root
        if doc.settings is None and root is None:  # a format of records (NDJSON, CSV)
            return self.settings({}), specs
        if doc.settings is None:  # a scalar on its own
            self.error("the file must be a mapping with 'events' (or a list of events)", self.at(()))
            return None, specs
        if isinstance(root, dict):
            self.problems(root, ())
            if "events" in root:
                events = root["events"]
                if events is not None and not isinstance(events, list):
                    self.error("'events' must be a list", self.at(("events",)))
            elif "title" not in root and "when" not in root:
                self.error("no 'events' list in the file", self.at(()))
            for key in doc.settings:
                if key not in TOP_LEVEL_FIELDS and key != "timeline":  # our -f json metadata: informative
                    self.unknown_field(key, TOP_LEVEL_FIELDS, self.at((key,), key=True), "top-level field")
        return self.settings(doc.settings), specs

    def settings(self, values: dict[str, Any]) -> Settings:
        prefer = "past"
        if "prefer" in values:
            got = self.text(values["prefer"], "prefer", ("prefer",))
            if got is not None:
                if got not in PREFER_CHOICES:
                    self.error(f"prefer must be one of {', '.join(PREFER_CHOICES)}, not {quote(got)}",
                               self.at(("prefer",)))
                else:
                    prefer = got
        if self.override_prefer:
            prefer = self.override_prefer
        timezone = None
        if "timezone" in values:
            timezone = self.timezone(values["timezone"], ("timezone",))
        date_order = "auto"
        if "date_order" in values:
            got = self.text(values["date_order"], "date_order", ("date_order",))
            if got is not None:
                if got.upper() not in DATE_ORDERS:
                    self.error(f"date_order must be one of {', '.join(DATE_ORDERS)}, not {quote(got)}",
                               self.at(("date_order",)))
                else:
                    date_order = got.upper()
        language = self.language  # --lang: the language of files that do not declare one
        if "language" in values:
            language = self.expression_language(values["language"], ("language",)) or language
        calendar = None
        if "calendar" in values:
            calendar = self.text(values["calendar"], "calendar", ("calendar",))
        reference = None
        if "reference" in values:
            reference = self.reference(values["reference"], ("reference",), timezone, date_order)
        provenance = None
        if "source" in values:
            provenance = self.provenance(values["source"], ("source",), top_level=True)
            published = provenance.published if provenance else None
            if published is not None and reference is None and "reference" not in values:
                reference = published  # the publication date is the reference
            elif published is not None and reference is not None and reference != published:
                self.error(f"source published {published.isoformat()} but reference is "
                           f"{reference.isoformat()}: the publication date is the reference, keep one of them",
                           self.at(("reference",), key=True))
        failed = "reference" in values and reference is None
        if self.override_reference is not None:
            reference = self.override_reference
        elif reference is None:
            reference = self.fallback_reference
        return Settings(reference, prefer, timezone, date_order, calendar, failed and reference is None,
                        provenance, self.override_reference, language)

    def reference(self, value: Any, path: Path, timezone: str | None = None, date_order: str = "auto",
                  what: str = "reference") -> date | datetime | None:
        raw = self.text(value, what, path)
        if raw is None:
            return None
        key = (raw, timezone, date_order)
        known = self._references.get(key)
        if known is not None:
            return known
        try:
            got = parse_reference(raw, timezone=timezone, date_order=date_order)
            if len(self._references) < 1024:
                self._references[key] = got
            return got
        except ExpressionError as exc:
            self.error(f"{what} {replace_quoted(exc.message, raw)}", self.at(path))
            return None

    def provenance(self, value: Any, path: Path, top_level: bool = False,
                   quote_to: Spec | None = None) -> Provenance | None:
        """A ``source:`` mapping: outlet, url, published, language, author (and, on an event, quote)."""
        if not isinstance(value, dict):
            placement = "at the top of the file" if top_level else "of an event"
            self.error(f"'source' {placement} must be a mapping of {', '.join(PROVENANCE_FIELDS)}"
                       + ("" if top_level else " (or the quoted sentence, as a string)"),
                       self.at(path, key=top_level))  # a top-level setting is named by its key
            return None
        self.problems(value, path)
        known = PROVENANCE_FIELDS if top_level else (*PROVENANCE_FIELDS, "quote")
        fields: dict[str, Any] = {}
        for key, field in value.items():
            where = path + (key,)
            if key not in known:
                self.unknown_field(key, known, self.at(where, key=True), "source field")
            elif field is None:
                continue
            elif key == "published":
                fields[key] = self.reference(field, where, what="published")
            elif key == "quote":
                if quote_to is not None:
                    quote_to.source = self.text(field, "quote", where)
            else:
                got = self.text(field, key, where)
                if key == "language" and got is not None and not _LANGUAGE_TAG.match(got):
                    self.error(f"language must be a language code such as 'en' or 'fr-CA', not {quote(got)}",
                               self.at(where))
                    got = None
                fields[key] = got
        return Provenance(**fields)

    def expression_language(self, value: Any, path: Path) -> str | None:
        """A ``language:`` of date expressions: an ISO 639-1 code with a lexicon ("uk"; "uk-UA" and
        "UK" read as "uk"); None (reported) otherwise."""
        from timeline.lexicons import LANGUAGES

        raw = self.text(value, "language", path)
        if raw is None:
            return None
        code = raw.strip().split("-")[0].split("_")[0].lower()
        if code not in LANGUAGES:
            self.error(f"language {quote(raw)}: no lexicon for it; known: {', '.join(sorted(LANGUAGES))}",
                       self.at(path))
            return None
        return code

    def timezone(self, value: Any, path: Path) -> str | None:
        raw = self.text(value, "timezone", path)
        if raw is None:
            return None
        problem = check_timezone(raw)
        if problem:
            self.error(problem, self.at(path))
            return None
        return raw

    # ---- one event ------------------------------------------------------------------

    def event(self, value: Any, path: Path) -> Spec | None:
        if isinstance(value, str) and not isinstance(value, Number):
            raw = self.text(value, "event", path)
            if raw is None:
                return None
            return Spec(self.doc.event_location(path), path, when=raw, split_from_string=True)
        if not isinstance(value, dict):
            if value is None:
                self.error("event is empty (null); give it a value", self.doc.event_location(path))
            elif isinstance(value, Number):
                self.error(f"cannot read the number {quote(str(value), 40)} here", self.doc.event_location(path))
            else:
                self.error("an event must be a mapping (title, when, ...) or a string", self.doc.event_location(path))
            return None
        where = self.doc.event_location(path)
        spec = Spec(where, path)
        self.problems(value, path)
        meant: set[str | None] = set()  # fields a misspelt key stands for: not reported missing as well
        text = self.text
        source = value.get("source")
        if isinstance(source, dict):
            spec.provenance = self.provenance(source, path + ("source",), quote_to=spec)
        flat = {k: value[k] for k in PROVENANCE_FIELDS if value.get(k) is not None} \
            if not _PROVENANCE_KEYS.isdisjoint(value) else None
        if flat:  # a record of our own json/ndjson/csv output carries provenance as flat fields
            spec.provenance = overlay(self.flat_provenance(flat, path), spec.provenance)
        for key, field in value.items():
            if key == "source" and isinstance(field, dict):
                continue
            if key in _TEXT_FIELDS:
                if field is None and (key not in ("title", "when") or (key == "when" and "start" in value)):
                    continue  # JSON null means "no value": our own json/ndjson output writes every field
                got = text(field, key, path + (key,))
                if got is not None and key in _SHARED_FIELDS:
                    got = self.share(got)
                if key == "location":
                    spec.location_text = got
                else:
                    setattr(spec, key, got)
                if key == "when" and isinstance(field, Number) and got is not None:
                    self.warnings.append(Diagnostic(
                        "warning", f"'when: {quote(got, 40)[1:-1]}' is a {self.format} number; read as the year "
                                   f"{quote(got, 40)[1:-1]} (quote it to say so)", self.at(path + (key,))))
            elif key in _KNOWN_FIELDS:
                continue
            else:
                meant.add(self.unknown_field(key, EVENT_FIELDS, self.at(path + (key,), key=True), "field"))
        if spec.prefer is not None and spec.prefer not in PREFER_CHOICES:
            self.error(f"prefer must be one of {', '.join(PREFER_CHOICES)}, not {quote(spec.prefer)}",
                       self.at(path + ("prefer",)))
            spec.prefer = None
        if "tags" in value and value["tags"] is not None:
            spec.tags = self.tags(value["tags"], path + ("tags",))
        if "reference" in value and value["reference"] is not None:
            spec.reference = self.reference(value["reference"], path + ("reference",))
        elif spec.provenance is not None and spec.provenance.published is not None:
            spec.reference = spec.provenance.published  # the event's own publication date
        if "timezone" in value and value["timezone"] is not None:
            spec.timezone = self.timezone(value["timezone"], path + ("timezone",))
        if "start" in value:
            spec.normalized = self.normalized(value, path, where)
            spec.invalid = spec.normalized is None
            from timeline.lexicons import LANGUAGES

            written_in = value.get("language")
            if isinstance(written_in, str) and written_in.lower() in LANGUAGES:
                spec.language = written_in.lower()  # the words of `when`, as -f yaml wrote them
        elif value.get("language") is not None:
            # the language of this event's words (a record with start/end keeps it as provenance only)
            spec.language = self.expression_language(value["language"], path + ("language",))
        if "title" not in value and "title" not in meant:
            self.error("missing 'title'", spec.location)
        if spec.when is None and spec.normalized is None and "when" not in value and "start" not in value \
                and "when" not in meant:
            self.error("missing 'when' (the date as the source wrote it)", spec.location)
        return spec

    def flat_provenance(self, fields: dict[str, Any], path: Path) -> Provenance | None:
        """Provenance written as flat fields of a record (outlet, url, published...)."""
        got: dict[str, Any] = {}
        for key, field in fields.items():
            where = path + (key,)
            got[key] = self.reference(field, where, what="published") if key == "published" else \
                self.text(field, key, where)
        return Provenance(**got)

    def tags(self, value: Any, path: Path) -> tuple[str, ...]:
        if isinstance(value, list):
            out = []
            for i, item in enumerate(value):
                got = self.text(item, "a tag", path + (i,))
                if got:
                    out.append(self.share(got))
            return tuple(out)
        got = self.text(value, "tags", path)
        if got is None:
            return ()
        return tuple(t.strip() for t in got.split(",") if t.strip())

    def normalized(self, values: dict[str, Any], path: Path, where: Location | None = None) -> Span | None:
        """A record our own data formats wrote: start/end (exclusive) are taken as they are."""
        if where is None:
            where = self.doc.event_location(path)
        start_raw = self.text(values["start"], "start", path + ("start",))
        if "end" not in values or values["end"] is None:
            self.error("a normalized record (with 'start') needs 'end' too", where)
            return None
        end_raw = self.text(values["end"], "end", path + ("end",))
        grain_raw = self.text(values["granularity"], "granularity", path + ("granularity",)) \
            if values.get("granularity") is not None else "day"
        if start_raw is None or end_raw is None or grain_raw is None:
            return None
        try:
            start = parse_iso(start_raw, "start")
        except SchemaError as exc:
            self.error(exc.message, self.at(path + ("start",)))
            return None
        try:
            end = parse_iso(end_raw, "end")
        except SchemaError as exc:
            self.error(exc.message, self.at(path + ("end",)))
            return None
        grain = _GRAIN_BY_NAME.get(grain_raw)
        if grain is None:
            self.error(f"granularity must be one of {_GRAINS}, not {quote(grain_raw)}",
                       self.at(path + ("granularity",)))
            return None
        if isinstance(start, datetime) != isinstance(end, datetime):
            self.error(f"'start' {quote(start_raw)} and 'end' {quote(end_raw)} must both be dates or both be "
                       f"dates with a time", where)
            return None
        if isinstance(start, datetime) and isinstance(end, datetime) and \
                (start.tzinfo is None) != (end.tzinfo is None):
            self.error(f"'start' {quote(start_raw)} and 'end' {quote(end_raw)} must both have a UTC offset or "
                       f"both have none", where)
            return None
        if end <= start:
            self.error(f"'end' {quote(end_raw)} is not after 'start' {quote(start_raw)}", where)
            return None
        extra: dict[str, str | None] = {}
        for key in ("value", "explanation", "qualifier"):
            if values.get(key) is not None:
                extra[key] = self.text(values[key], key, path + (key,))
        approximate = False
        raw = values.get("approximate")
        if isinstance(raw, bool):
            approximate = raw
        elif isinstance(raw, str):
            approximate = raw.lower() in ("true", "yes", "1")
        return Span(start, end, grain, self.share(extra.get("value") or start_raw),
                    self.share(extra.get("explanation") or ""),
                    approximate, extra.get("qualifier"))


def overlay(base: Provenance | None, override: Provenance | None) -> Provenance | None:
    """The file's provenance with the event's own fields over it."""
    if override is None or base is None:
        return override or base
    return Provenance(*(getattr(override, f) if getattr(override, f) is not None else getattr(base, f)
                        for f in PROVENANCE_FIELDS))
