"""Loaders: events files (YAML, JSON, NDJSON; a path or standard input) -> the model.

Every value keeps its line and column so errors point at it
(``events.yaml:12:9: unknown date expression 'Thursdy' ...``). YAML is read
with PyYAML's safe composer (the C one when present): no object is ever
constructed from a tag, duplicate keys are reported instead of silently
keeping the last, aliases are refused (no "billion laughs"), and scalars are
taken as the text that was written, so YAML 1.1 surprises (``NO`` -> False,
``1:20`` -> 80) never reach an event.

All errors of a file are collected and raised together as
:class:`~timeline.errors.InputErrors`; warnings are returned beside the
timeline.
"""

from __future__ import annotations

import gc
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from difflib import get_close_matches
from pathlib import Path
from typing import Any, Callable, Iterable, NoReturn

import yaml

from timeline import io, readers
from timeline import lexicon as lx
from timeline.errors import (
    Diagnostic,
    EmptyInputError,
    ExpressionError,
    InputError,
    InputErrors,
    InputSyntaxError,
    Location,
    SchemaError,
    TimelineError,
    UnknownWordError,
    UnsupportedInputError,
)
from timeline.model import PREFER_CHOICES, Event, Granularity, Origin, Provenance, Span, Timeline, add_elapsed
from timeline.reference import CHECK_ONLY_REFERENCE, check_timezone, choose_reference, parse_reference
from timeline.resolver import Resolver

try:  # the C composer is several times faster; the pure one gives the same nodes
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader

DEFAULT_MAX_BYTES = io.DEFAULT_MAX_BYTES
_NULLS = ("", "~", "null", "Null", "NULL")
TOP_LEVEL_FIELDS = ("reference", "timezone", "prefer", "calendar", "date_order", "source", "events")
# The provenance of a source block (file-level `source:` mapping, or an event's own overrides).
PROVENANCE_FIELDS = ("outlet", "url", "published", "language", "author")
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
EVENT_FIELDS = ("title", "when", "id", "end", "duration", "location", "tags", "source", "notes",
                "reference", "prefer", "timezone")
# Fields our own data formats write: accepted on input so one run's output feeds the next.
NORMALIZED_FIELDS = ("start", "granularity", "value", "approximate", "qualifier", "explanation", "group",
                     "file", "line", "distance", "calendar", "url", "end_inclusive",
                     "outlet", "published", "language", "author", "status", "sources")
DATE_ORDERS = ("DMY", "MDY", "YMD")
FAR_FROM_REFERENCE_YEARS = 50


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How to read files. ``reference`` overrides every file's own reference
    (the what-if of ``--ref``); ``fallback_reference`` is used only by files
    that have none."""

    reference: date | datetime | None = None
    fallback_reference: date | datetime | None = None
    prefer: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    input_format: str | None = None  # yaml, json, ndjson, csv, tsv or ics: overrides extension and content


@dataclass(slots=True)
class LoadResult:
    """A loaded timeline and the warnings met on the way."""

    timeline: Timeline
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(slots=True)
class _Settings:
    reference: date | datetime | None
    prefer: str
    timezone: str | None
    date_order: str
    calendar: str | None
    reference_failed: bool = False  # the file's reference was there but unreadable (already reported)
    provenance: Provenance | None = None
    command_line: date | datetime | None = None  # --ref: before the events' own references too


@dataclass(slots=True)
class _Spec:
    """One event as written, before resolution."""

    location: Location
    title: str | None = None
    when: str | None = None
    when_location: Location | None = None
    id: str | None = None
    end: str | None = None
    end_location: Location | None = None
    duration: str | None = None
    duration_location: Location | None = None
    location_text: str | None = None
    tags: tuple[str, ...] = ()
    source: str | None = None
    notes: str | None = None
    reference: date | datetime | None = None
    prefer: str | None = None
    timezone: str | None = None
    normalized: Span | None = None
    split_from_string: bool = False
    provenance: Provenance | None = None  # the event's own source fields, over the file's


# --------------------------------------------------------------------------
# Reading bytes


read_source = io.read_text  # (display name, text) of a path or "-"; bounded, decoded
decode = io.decode


# --------------------------------------------------------------------------
# Public entry points


def load_timeline(
    paths: Iterable[str] | str,
    options: LoadOptions | None = None,
) -> Timeline:
    """Load one or more events files into one chronological timeline (errors raise)."""
    if isinstance(paths, (str, Path)):
        paths = [str(paths)]
    return load(list(paths), options).timeline


def load(paths: list[str], options: LoadOptions | None = None, stdin: Any = None) -> LoadResult:
    """Load files (``-`` is standard input) and merge them; each keeps its own reference.

    Raises :class:`InputErrors` with every error found, in file order.
    """
    options = options or LoadOptions()
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
        except InputError as exc:
            errors.append(exc)
            continue
        result = load_text(text, name, options)
        errors.extend(result[2])
        diagnostics.extend(result[3])
        events.extend(result[0])
        settings = result[1]
        if settings is not None:
            if settings.calendar:
                calendars.append(settings.calendar)
            if settings.reference is not None:
                references.append(settings.reference)
    if errors:
        raise InputErrors(errors, diagnostics)
    events.sort(key=lambda e: e.span.sort_key())
    calendar = calendars[0] if calendars else (Path(paths[0]).stem if paths and paths[0] != "-" else None)
    timeline = Timeline(tuple(events), calendar, tuple(paths), tuple(references))
    return LoadResult(timeline, diagnostics)


def load_text(text: str, name: str, options: LoadOptions | None = None
              ) -> tuple[list[Event], _Settings | None, list[TimelineError], list[Diagnostic]]:
    """Parse one document: (events, settings, errors, warnings). Never raises for bad input."""
    gc_was_enabled = gc.isenabled()
    # Millions of long-lived objects and no cycles among them: the cyclic collector would rescan
    # the growing heap again and again (a 100k-event file loads 3x faster without it).
    gc.disable()
    try:
        events, settings, errors, warnings = _load_text(text, name, options)
    finally:
        if gc_was_enabled:
            gc.enable()
    return events, settings, errors, warnings


def _load_text(text: str, name: str, options: LoadOptions | None
               ) -> tuple[list[Event], _Settings | None, list[TimelineError], list[Diagnostic]]:
    options = options or LoadOptions()
    errors: list[TimelineError] = []
    warnings: list[Diagnostic] = []
    stripped = text.lstrip()
    if not stripped:
        return [], None, [EmptyInputError("empty file: expected a mapping with 'reference' and 'events'",
                                     Location(name, 1, 1))], warnings
    suffix = Path(name).suffix.lower()
    forced = options.input_format
    if forced in ("yaml", "json", "ndjson"):
        suffix = "." + forced
    document = None
    try:
        kind = readers.detect(text, name, forced)
        if kind is not None:  # a spreadsheet or a calendar: records with the fields of an events file
            document = readers.read(kind, text, name)
            top: Any = [(r.location.line, r) for r in document.records]
            specs_source = "ndjson"
        elif suffix in (".ndjson", ".jsonl"):
            top, specs_source = _read_ndjson(text, name), "ndjson"
        elif suffix == ".json" or (suffix not in (".yaml", ".yml") and stripped[0] in "[{"
                                   and _looks_like_json(stripped)):
            top, specs_source = _read_json(text, name)
        else:
            top, specs_source = _read_yaml(text, name)
    except InputError as exc:
        return [], None, [exc], warnings
    reader = _DocumentReader(name, options, errors, warnings)
    settings, specs = reader.read(top, specs_source)
    if settings is None:
        return [], None, errors, warnings
    if document is not None:
        settings.calendar = document.settings.get("calendar") or settings.calendar
        warnings.extend(Diagnostic("warning", message, where) for message, where in document.warnings)
    events = _resolve_all(specs, settings, name, errors, warnings)
    errors.sort(key=_error_position)
    return events, settings, errors, warnings


def _error_position(error: TimelineError) -> tuple[int, int]:
    loc = error.location
    return (loc.line or 0, loc.column or 0) if loc else (0, 0)


# --------------------------------------------------------------------------
# JSON and NDJSON


def _looks_like_json(text: str) -> bool:
    return text[0] == "[" or text[0] == "{" and (text.rstrip().endswith("}"))


def _read_json(text: str, name: str) -> tuple[Any, str]:
    try:
        return json.loads(text), "json"
    except RecursionError:
        raise InputSyntaxError("JSON nested too deeply: an events file needs 4 levels", Location(name, 1, 1)) from None
    except json.JSONDecodeError as exc:
        if text.lstrip()[0] == "{" and "\n" in text.strip():
            return _read_ndjson(text, name), "ndjson"
        raise InputSyntaxError(f"invalid JSON: {exc.msg}", Location(name, exc.lineno, exc.colno)) from None


def _read_ndjson(text: str, name: str) -> list[tuple[int, Any]]:
    """NDJSON: one object per line, each decoded on its own (line numbers stay exact)."""
    records = []
    loads = json.loads
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.isspace():
            continue
        try:
            record = loads(line)
        except RecursionError:
            raise InputSyntaxError("JSON nested too deeply: an events file needs 4 levels",
                             Location(name, number, 1)) from None
        except json.JSONDecodeError as exc:
            raise InputSyntaxError(f"invalid JSON: {exc.msg}", Location(name, number, exc.colno)) from None
        records.append((number, record))
    return records


# --------------------------------------------------------------------------
# YAML


MAX_DEPTH = 64  # events files nest 4 levels; libyaml's own composer overflows the C stack near 100,000
_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"


def _read_yaml(text: str, name: str) -> tuple[Any, str]:
    if "\t" in text:
        _check_tabs(text, name)
    try:
        node = _compose(text, name)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        if exc.context and exc.problem and "expected" in exc.problem:
            problem = f"{exc.context}, {exc.problem}" if exc.context not in exc.problem else exc.problem
        location = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
        raise InputSyntaxError(f"YAML syntax error: {problem}", location) from None
    except yaml.reader.ReaderError as exc:
        before = text[:exc.position]
        line = before.count("\n") + 1
        column = exc.position - (before.rfind("\n") + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise InputSyntaxError(f"the control character U+{ord(char):04X} is not allowed in YAML text",
                         Location(name, line, column)) from None
    except yaml.YAMLError as exc:
        raise InputSyntaxError(f"YAML error: {' '.join(str(exc).split())}", Location(name)) from None
    if node is None:
        raise EmptyInputError("the file holds no data (only comments?): expected a mapping with 'events'",
                         Location(name, 1, 1))
    return node, "yaml"


def _compose(text: str, name: str) -> yaml.Node | None:
    """Build the node tree from libyaml's events, iteratively.

    Unlike PyYAML's composers this never recurses (no stack overflow on deep
    nesting, which is refused past MAX_DEPTH), refuses the first alias before
    anything is expanded ("billion laughs" costs nothing), resolves no tags
    (scalars stay the text that was written: plain ones get the str tag, or
    null when empty/~/null) and accepts exactly one document.
    """
    loader = _YamlLoader(text)
    get_event = loader.get_event
    scalar_event, seq_start, map_start = yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent
    seq_end, map_end, alias_event = yaml.SequenceEndEvent, yaml.MappingEndEvent, yaml.AliasEvent
    scalar_node, sequence_node, mapping_node = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
    nulls = _NULLS
    root: yaml.Node | None = None
    documents = 0
    stack: list[tuple[yaml.Node, list[Any]]] = []
    push, pop = stack.append, stack.pop
    try:
        while loader.check_event():
            event = get_event()
            kind = type(event)
            tag = getattr(event, "tag", None)
            if tag is not None and (not tag.startswith("tag:yaml.org,2002:") or "python/" in tag):
                mark = event.start_mark
                tag = tag.replace("tag:yaml.org,2002:", "!!")
                raise UnsupportedInputError(f"the YAML tag {tag} is not allowed in events files: timeline never builds "
                                 f"objects from a file", Location(name, mark.line + 1, mark.column + 1))
            if kind is scalar_event:
                value = event.value
                tag = _NULL_TAG if not event.style and value in nulls else _STR_TAG
                node: yaml.Node = scalar_node(tag, value, event.start_mark, event.end_mark, event.style)
            elif kind is map_start or kind is seq_start:
                if len(stack) >= MAX_DEPTH:
                    mark = event.start_mark
                    raise SchemaError(f"nested more than {MAX_DEPTH} levels deep: an events file needs 4",
                                     Location(name, mark.line + 1, mark.column + 1))
                if kind is map_start:
                    node = mapping_node(_MAP_TAG, [], event.start_mark, None, event.flow_style)
                    children: list[Any] = []
                else:
                    node = sequence_node(_SEQ_TAG, [], event.start_mark, None, event.flow_style)
                    children = node.value
                if stack:
                    stack[-1][1].append(node)
                else:
                    root = node
                push((node, children))
                continue
            elif kind is seq_end or kind is map_end:
                node, children = pop()
                node.end_mark = event.end_mark
                if kind is map_end:
                    node.value = list(zip(children[::2], children[1::2]))
                continue
            elif kind is alias_event:
                mark = event.start_mark
                raise UnsupportedInputError(f"YAML alias *{event.anchor} is not allowed in events files: write the value "
                                 f"out in full", Location(name, mark.line + 1, mark.column + 1))
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise SchemaError("a second YAML document ('---'): an events file holds one",
                                     Location(name, mark.line + 1, mark.column + 1))
                continue
            else:  # stream start and end, document end
                continue
            if stack:
                stack[-1][1].append(node)
            else:
                root = node
    finally:
        loader.dispose()
    return root


def _check_tabs(text: str, name: str) -> None:
    for number, line in enumerate(text.splitlines(), 1):
        indent = len(line) - len(line.lstrip(" \t"))
        if "\t" in line[:indent]:
            raise InputSyntaxError("a tab in the indentation: YAML indents with spaces only",
                             Location(name, number, line.index("\t") + 1))


# --------------------------------------------------------------------------
# Document -> specs


class _DocumentReader:
    """Walks a YAML node tree or decoded JSON into settings and event specs."""

    def __init__(self, name: str, options: LoadOptions, errors: list[TimelineError],
                 warnings: list[Diagnostic]) -> None:
        self.name = name
        self.options = options
        self.errors = errors
        self.warnings = warnings
        self.seen_nodes: set[int] = set()

    # ---- generic access over YAML nodes and JSON values -------------------

    def loc(self, node: Any, line: int | None = None) -> Location:
        if isinstance(node, readers.LocatedRecord):
            return node.location
        if isinstance(node, yaml.Node):
            return Location(self.name, node.start_mark.line + 1, node.start_mark.column + 1)
        return Location(self.name, line)

    def error(self, message: str, location: Location) -> None:
        self.errors.append(SchemaError(message, location))

    def warn(self, message: str, location: Location) -> None:
        self.warnings.append(Diagnostic("warning", message, location))

    def check_alias(self, node: yaml.Node) -> bool:
        if id(node) in self.seen_nodes:
            self.error("YAML aliases (*name) are not supported in events files", self.loc(node))
            return False
        self.seen_nodes.add(id(node))
        return True

    def mapping_items(self, node: Any, line: int | None) -> list[tuple[str, Any, Location]] | None:
        """(key, value node, key location) of a mapping, reporting duplicate keys."""
        if isinstance(node, yaml.MappingNode):
            if not self.check_alias(node):
                return None
            items = []
            seen: dict[str, Location] = {}
            for key_node, value_node in node.value:
                loc = self.loc(key_node)
                if not isinstance(key_node, yaml.ScalarNode):
                    self.error("a key must be a plain word", loc)
                    continue
                key = key_node.value
                if key in seen:
                    self.error(f"duplicate key {key!r} (first at line {seen[key].line}); "
                               f"YAML would silently keep only the last", loc)
                    continue
                seen[key] = loc
                items.append((key, value_node, loc))
            return items
        if isinstance(node, readers.LocatedRecord):  # CSV, TSV, ICS: every value knows its cell
            return [(k, v, node.locations.get(k, node.location)) for k, v in node.items()]
        if isinstance(node, dict):
            # JSON null means "no value": our own json/ndjson output writes every field, empty ones as null
            return [(str(k), v, Location(self.name, line)) for k, v in node.items() if v is not None]
        return None

    def text(self, node: Any, what: str, location: Location) -> str | None:
        """A string field; scalars are taken as written (no YAML 1.1 typing)."""
        if isinstance(node, yaml.ScalarNode):
            if node.tag == "tag:yaml.org,2002:null" or (not node.style and node.value in _NULLS):
                self.error(f"{what} is empty (null); give it a value", location)
                return None
            return _clean(node.value)
        if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
            kind = "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"
            self.error(f"{what} must be a string, not {kind}", location)
            return None
        if node is None:
            self.error(f"{what} is empty (null); give it a value", location)
            return None
        if isinstance(node, bool) or isinstance(node, (list, dict)):
            self.error(f"{what} must be a string, not {type(node).__name__}", location)
            return None
        return _clean(str(node))

    def scalar_type_warning(self, node: Any, field: str, location: Location) -> None:
        if isinstance(node, yaml.ScalarNode) and not node.style:  # plain: None (pure) or '' (C composer)
            v = node.value
            if re.fullmatch(r"[-+]?\d+", v) and field == "when":
                self.warn(f"'{field}: {v}' is a YAML number; read as the year {v} (quote it to say so)",
                          location)

    # ---- the document -------------------------------------------------------

    def read(self, top: Any, source: str) -> tuple[_Settings | None, list[_Spec]]:
        if source == "ndjson":
            settings = self.settings([], Location(self.name, 1, 1))
            specs: list[_Spec] = []
            for line, record in top:
                if isinstance(record, dict) and "events" in record and "title" not in record:
                    self.error("NDJSON input holds one event per line, not a whole document",
                               Location(self.name, line))
                    continue
                spec = self.event(record, line)
                if spec is not None:
                    specs.append(spec)
            return settings, specs
        if isinstance(top, (yaml.SequenceNode, list)):
            settings = self.settings([], self.loc(top))
            return settings, self.events(top)
        items = self.mapping_items(top, 1)
        if items is None:
            self.error("the file must be a mapping with 'events' (or a list of events)", self.loc(top, 1))
            return None, []
        keys = {k for k, _, _ in items}
        if "events" not in keys:
            if "when" in keys or "title" in keys:
                # a single event object (one JSON record, for example)
                return self.settings([], self.loc(top, 1)), [s for s in [self.event(top, 1)] if s]
            self.error("no 'events' list in the file", self.loc(top, 1))
        settings = self.settings(items, self.loc(top, 1))
        specs = []
        for key, value, loc in items:
            if key == "events":
                specs = self.events(value)
            elif key == "timeline" and isinstance(value, dict):
                pass  # the metadata block of our own -f json document: informative only
            elif key not in TOP_LEVEL_FIELDS:
                self.unknown_field(key, TOP_LEVEL_FIELDS, loc, "top-level field")
        return settings, specs

    def unknown_field(self, key: str, known: Iterable[str], loc: Location, what: str) -> str | None:
        """Report an unknown key; return the field it was probably meant to be."""
        hint = get_close_matches(key, list(known), n=1, cutoff=0.6)
        suffix = f" (did you mean {hint[0]!r}?)" if hint else f"; known: {', '.join(known)}"
        self.error(f"unknown {what} {key!r}{suffix}", loc)
        return hint[0] if hint else None

    def settings(self, items: list[tuple[str, Any, Location]], loc: Location) -> _Settings:
        values = {k: (v, l) for k, v, l in items}
        prefer = "past"
        if "prefer" in values:
            got = self.text(values["prefer"][0], "prefer", values["prefer"][1])
            if got is not None:
                if got not in PREFER_CHOICES:
                    self.error(f"prefer must be one of {', '.join(PREFER_CHOICES)}, not {got!r}",
                               values["prefer"][1])
                else:
                    prefer = got
        if self.options.prefer:
            prefer = self.options.prefer
        timezone = None
        if "timezone" in values:
            timezone = self.timezone(*values["timezone"])
        date_order = "auto"
        if "date_order" in values:
            got = self.text(values["date_order"][0], "date_order", values["date_order"][1])
            if got is not None:
                if got.upper() not in DATE_ORDERS:
                    self.error(f"date_order must be one of {', '.join(DATE_ORDERS)}, not {got!r}",
                               values["date_order"][1])
                else:
                    date_order = got.upper()
        calendar = None
        if "calendar" in values:
            calendar = self.text(values["calendar"][0], "calendar", values["calendar"][1])
        reference = None
        if "reference" in values:
            node, key_loc = values["reference"]
            # the error points at the value, not at the key
            value_loc = self.loc(node) if isinstance(node, yaml.Node) else key_loc
            reference = self.reference(node, value_loc, timezone, date_order)
        provenance = None
        if "source" in values:
            provenance = self.provenance(*values["source"], top_level=True)
            published = provenance.published if provenance else None
            if published is not None and reference is None and "reference" not in values:
                reference = published  # the publication date is the reference
            elif published is not None and reference is not None and reference != published:
                self.error(f"source published {published.isoformat()} but reference is "
                           f"{reference.isoformat()}: the publication date is the reference, keep one of them",
                           values["reference"][1])
        failed = "reference" in values and reference is None
        if self.options.reference is not None:
            reference = self.options.reference
        elif reference is None:
            reference = self.options.fallback_reference
        return _Settings(reference, prefer, timezone, date_order, calendar, failed and reference is None,
                         provenance, self.options.reference)

    def provenance(self, node: Any, loc: Location, top_level: bool = False,
                   quote_to: _Spec | None = None) -> Provenance | None:
        """A ``source:`` mapping: outlet, url, published, language, author (and, on an event, quote)."""
        items = self.mapping_items(node, loc.line)
        if items is None:
            where = "at the top of the file" if top_level else "of an event"
            self.error(f"'source' {where} must be a mapping of {', '.join(PROVENANCE_FIELDS)}"
                       + ("" if top_level else " (or the quoted sentence, as a string)"), loc)
            return None
        known = PROVENANCE_FIELDS if top_level else (*PROVENANCE_FIELDS, "quote")
        fields: dict[str, Any] = {}
        for key, value, kloc in items:
            vloc = self.loc(value) if isinstance(value, yaml.Node) else kloc
            if key not in known:
                self.unknown_field(key, known, kloc, "source field")
            elif key == "published":
                fields[key] = self.reference(value, vloc, what="published")
            elif key == "quote":
                if quote_to is not None:
                    quote_to.source = self.text(value, "quote", vloc)
            else:
                got = self.text(value, key, vloc)
                if key == "language" and got is not None and not _LANGUAGE_TAG.match(got):
                    self.error(f"language must be a language code such as 'en' or 'fr-CA', not {got[:80]!r}",
                               vloc)
                    got = None
                fields[key] = got
        return Provenance(**fields)

    def reference(self, node: Any, loc: Location, timezone: str | None = None,
                  date_order: str = "auto", what: str = "reference") -> date | datetime | None:
        if isinstance(node, (date, datetime)):
            return node
        raw = self.text(node, what, loc)
        if raw is None:
            return None
        try:
            return parse_reference(raw, timezone=timezone, date_order=date_order)
        except ExpressionError as exc:
            self.error(f"{what} {exc.message}", loc)
            return None

    def timezone(self, node: Any, loc: Location) -> str | None:
        raw = self.text(node, "timezone", loc)
        if raw is None:
            return None
        problem = check_timezone(raw)
        if problem:
            self.error(problem, loc)
            return None
        return raw

    def events(self, node: Any) -> list[_Spec]:
        if isinstance(node, yaml.SequenceNode):
            if not self.check_alias(node):
                return []
            items = node.value
        elif isinstance(node, list):
            items = node
        elif isinstance(node, yaml.ScalarNode) and node.value in _NULLS and not node.style:
            return []
        else:
            self.error("'events' must be a list", self.loc(node))
            return []
        specs = []
        for item in items:
            spec = self.event(item, None)
            if spec is not None:
                specs.append(spec)
        return specs

    def event(self, node: Any, line: int | None) -> _Spec | None:
        loc = self.loc(node, line)
        if isinstance(node, yaml.ScalarNode) or isinstance(node, str):
            raw = self.text(node, "event", loc)
            if raw is None:
                return None
            spec = _Spec(location=loc, when=raw, when_location=loc, split_from_string=True)
            return spec
        items = self.mapping_items(node, line)
        if items is None:
            self.error("an event must be a mapping (title, when, ...) or a string", loc)
            return None
        spec = _Spec(location=loc)
        values: dict[str, tuple[Any, Location]] = {}
        meant: set[str | None] = set()  # fields a misspelt key stands for: not reported missing as well
        for key, value, kloc in items:
            vloc = self.loc(value, line) if isinstance(value, yaml.Node) else kloc
            if key in EVENT_FIELDS or key in NORMALIZED_FIELDS:
                values[key] = (value, vloc)
            else:
                meant.add(self.unknown_field(key, EVENT_FIELDS, kloc, "field"))
        if "source" in values and _is_mapping(values["source"][0]):
            spec.provenance = self.provenance(*values.pop("source"), quote_to=spec)
        flat = {k: values.pop(k)[0] for k in PROVENANCE_FIELDS if k in values}
        if flat:  # a record of our own json/ndjson/csv output carries provenance as flat fields
            spec.provenance = _overlay(self.provenance(flat, loc), spec.provenance)
        for key in ("title", "when", "id", "location", "source", "notes", "prefer", "end", "duration"):
            if key in values:
                value, vloc = values[key]
                if key == "when":
                    self.scalar_type_warning(value, key, vloc)
                got = self.text(value, key, vloc)
                if key == "location":
                    spec.location_text = got
                else:
                    setattr(spec, key, got)
                if key == "when":
                    spec.when_location = vloc
                elif key == "end":
                    spec.end_location = vloc
                elif key == "duration":
                    spec.duration_location = vloc
        if spec.prefer is not None and spec.prefer not in PREFER_CHOICES:
            self.error(f"prefer must be one of {', '.join(PREFER_CHOICES)}, not {spec.prefer!r}",
                       values["prefer"][1])
            spec.prefer = None
        if "tags" in values:
            spec.tags = self.tags(*values["tags"])
        if "reference" in values:
            spec.reference = self.reference(*values["reference"])
        elif spec.provenance is not None and spec.provenance.published is not None:
            spec.reference = spec.provenance.published  # the event's own publication date
        if "timezone" in values:
            spec.timezone = self.timezone(*values["timezone"])
        if "start" in values:
            spec.normalized = self.normalized(values, loc)
        if "title" not in values and "title" not in meant:
            self.error("missing 'title'", loc)
        if spec.when is None and spec.normalized is None and "when" not in values and "when" not in meant:
            self.error("missing 'when' (the date as the source wrote it)", loc)
        return spec

    def tags(self, node: Any, loc: Location) -> tuple[str, ...]:
        if isinstance(node, yaml.SequenceNode):
            out = []
            for item in node.value:
                got = self.text(item, "a tag", self.loc(item))
                if got:
                    out.append(got)
            return tuple(out)
        if isinstance(node, list):
            return tuple(_clean(str(t)) for t in node if t is not None)
        got = self.text(node, "tags", loc)
        if got is None:
            return ()
        return tuple(t.strip() for t in got.split(",") if t.strip())

    def normalized(self, values: dict[str, tuple[Any, Location]], loc: Location) -> Span | None:
        """A record our own data formats wrote: start/end (exclusive) are taken as they are."""
        try:
            start_raw = self.text(*values["start"][:1], "start", values["start"][1])
            end_raw = self.text(*values["end"][:1], "end", values["end"][1]) if "end" in values else None
            grain_raw = (self.text(*values["granularity"][:1], "granularity", values["granularity"][1])
                         if "granularity" in values else "day")
            if start_raw is None or end_raw is None or grain_raw is None:
                if end_raw is None and "end" not in values:
                    self.error("a normalized record (with 'start') needs 'end' too", loc)
                return None
            start = _iso(start_raw)
            end = _iso(end_raw)
            grain = Granularity(grain_raw)
        except ValueError as exc:
            self.error(f"bad normalized record: {exc}", loc)
            return None
        if end <= start:
            self.error(f"'end' {end_raw} is not after 'start' {start_raw}", loc)
            return None
        extra: dict[str, Any] = {}
        for key in ("value", "explanation", "qualifier"):
            if key in values:
                extra[key] = self.text(*values[key][:1], key, values[key][1])
        approximate = False
        if "approximate" in values:
            raw = values["approximate"][0]
            approximate = (raw.value.lower() in ("true", "yes", "1")) if isinstance(raw, yaml.ScalarNode) \
                else bool(raw)
        return Span(start, end, grain, extra.get("value") or str(start_raw), extra.get("explanation") or "",
                    approximate, extra.get("qualifier"))

    # end of _DocumentReader


def _is_mapping(node: Any) -> bool:
    return isinstance(node, (yaml.MappingNode, dict))


def _overlay(base: Provenance | None, override: Provenance | None) -> Provenance | None:
    """The file's provenance with the event's own fields over it."""
    if override is None or base is None:
        return override or base
    return Provenance(*(getattr(override, f) if getattr(override, f) is not None else getattr(base, f)
                        for f in PROVENANCE_FIELDS))


def _iso(raw: str) -> date | datetime:
    if "T" in raw or " " in raw.strip():
        return datetime.fromisoformat(raw.strip())
    return date.fromisoformat(raw.strip())


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    """Drop control characters that no event text should carry."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text


# --------------------------------------------------------------------------
# Durations ("2 days", "90 minutes", "P2D")

_ISO_DURATION = re.compile(r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?|[a-z]+)[\s-]*([a-z]+)\s*$")


def parse_duration(raw: str) -> timedelta:
    """'2 days', 'two days', 'a week', '90 minutes', '1.5 hours', 'P2D' -> timedelta."""
    text = raw.strip()
    m = _ISO_DURATION.match(text.upper())
    if m and any(m.groups()):
        w, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
        return timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=s)
    m = _DURATION.match(text.lower())
    if m:
        number, unit_word = m.groups()
        if number[0].isdigit():
            value = float(number)
        elif number in lx.NUMBER_WORDS:
            value = float(lx.NUMBER_WORDS[number])
        else:
            value = -1
        unit = lx.UNITS.get(unit_word)
        seconds = lx.UNIT_FACTS[unit].seconds if unit is not None else None
        if value > 0 and seconds:
            return timedelta(seconds=value * seconds)
    raise ValueError(f"cannot read the duration {raw!r}; write it like '2 days', '90 minutes' or 'P2D'")


# --------------------------------------------------------------------------
# Resolution


_SPLIT_WORDS = re.compile(r"\S+")
_LEADING_GLUE = re.compile(r"^[\s,:;–—-]*(?:(?:on|in|at|of|from)\s+)?", re.IGNORECASE)
_TRAILING_GLUE = re.compile(r"[\s,:;–—-]*(?:\b(?:on|in|at|from|since|by)\s*)?$", re.IGNORECASE)


def split_event_string(text: str, resolve_text: Callable[[str], Span],
                       try_text: Callable[[str], Span] | None = None) -> tuple[str, str, Span]:
    """Split 'Wednesday's speech to Congress' into ('Wednesday's', 'speech to Congress', span).

    Tries the longest leading run of words that resolves, then the longest
    trailing run ('speech to Congress on Wednesday'), with *try_text* (a
    cheaper resolver whose errors need no message) when given. Raises the
    resolver's error for the whole string when no part resolves.
    """
    attempt = try_text or resolve_text
    words = list(_SPLIT_WORDS.finditer(text))
    n = len(words)
    limit = min(n, 10)
    for k in range(limit, 0, -1):
        candidate = text[:words[k - 1].end()].rstrip(" :,;–—-")
        if not candidate:
            continue
        try:
            span = attempt(candidate)
        except ExpressionError:
            continue
        rest = text[words[k - 1].end():]
        title = _capitalize(_LEADING_GLUE.sub("", rest).strip())
        return candidate.strip(), title, span
    for k in range(max(n - limit, 1), n):
        candidate = text[words[k].start():]
        try:
            span = attempt(candidate)
        except ExpressionError:
            continue
        title = _capitalize(_TRAILING_GLUE.sub("", text[:words[k].start()]).strip())
        return candidate.strip(), title, span
    return text, "", resolve_text(text)


def _capitalize(title: str) -> str:
    return title[:1].upper() + title[1:] if title[:1].islower() else title


class _EventResolver:
    """Resolves the specs of one file, following references between events."""

    def __init__(self, specs: list[_Spec], settings: _Settings, name: str, errors: list[TimelineError],
                 warnings: list[Diagnostic]) -> None:
        self.specs = specs
        self.settings = settings
        self.name = name
        self.errors = errors
        self.warnings = warnings
        self.by_id: dict[str, _Spec] = {}
        self.done: dict[int, Span | None] = {}
        self.stack: list[str] = []
        self.resolvers: dict[tuple[Any, ...], Resolver] = {}
        self.memo: dict[tuple[Any, ...], Span | ExpressionError] = {}
        self.titles: dict[int, tuple[str, str]] = {}
        self.cycles: dict[str, list[str]] = {}
        self.no_reference_reported = False

    def resolver_for(self, spec: _Spec) -> Resolver | None:
        s = self.settings
        chosen = choose_reference(command_line=s.command_line, event=spec.reference, file=s.reference)
        if chosen is None and s.reference_failed:
            # the file's reference is unreadable (reported): check the words all the same, keep no event
            chosen = choose_reference(file=CHECK_ONLY_REFERENCE)
        if chosen is None:
            return None
        ref = chosen.value
        prefer = spec.prefer or s.prefer
        tz = spec.timezone or s.timezone
        key = (ref, prefer, tz, s.date_order)
        r = self.resolvers.get(key)
        if r is None:
            r = Resolver(ref, prefer, tz, s.date_order, self.lookup)
            self.resolvers[key] = r
        return r

    def lookup(self, event_id: str) -> Span | None:
        spec = self.by_id.get(event_id)
        if spec is None:
            return None
        if event_id in self.stack:
            members = self.stack[self.stack.index(event_id):]
            for member in members:
                self.cycles[member] = members
            return self._cycle(members, event_id)
        span = self.resolve(spec)
        if span is None and event_id in self.cycles:
            return self._cycle(self.cycles[event_id], event_id)
        if span is None:
            raise ExpressionError(f"event {event_id!r} has no date (see the error at line {spec.location.line})")
        return span

    def _cycle(self, members: list[str], event_id: str) -> NoReturn:
        # A cycle error travels down the stack and is reported at its bottom event.
        current = self.stack[0] if self.stack else event_id
        if current in members:
            raise ExpressionError(f"events refer to each other in a cycle: {_chain(members, current)}")
        raise ExpressionError(f"event {event_id!r} is in a cycle: {_chain(members, event_id)}")

    def resolve_text(self, resolver: Resolver, text: str, quiet: bool = False) -> Span:
        if "after" in text or "before" in text or "from" in text:
            return resolver.resolve(text, quiet)  # may depend on other events: never memoised
        key = (id(resolver), text, quiet)
        got = self.memo.get(key)
        if got is None:
            try:
                got = resolver.resolve(text, quiet)
            except ExpressionError as exc:
                got = exc
            self.memo[key] = got
        if isinstance(got, ExpressionError):
            raise got
        return got

    def resolve(self, spec: _Spec) -> Span | None:
        key = id(spec)
        if key in self.done:
            return self.done[key]
        if spec.normalized is not None:
            self.done[key] = spec.normalized
            return spec.normalized
        resolver = self.resolver_for(spec)
        if resolver is None:
            if not self.settings.reference_failed and not self.no_reference_reported:
                # once per file, at the first event that needs it (not once per event)
                self.errors.append(SchemaError(
                    "no reference date: add 'reference: YYYY-MM-DD' to the file (or the event), or pass --ref",
                    spec.location))
            self.no_reference_reported = True
            self.done[key] = None
            return None
        if spec.id:
            self.stack.append(spec.id)
        try:
            span = self._resolve_when(spec, resolver)
            if span is not None:
                span = self._apply_end(spec, resolver, span)
        except ExpressionError as exc:
            if "cycle" in exc.message and self.stack and len(self.stack) > 1:
                raise
            self.errors.append(_located(exc, spec.when_location or spec.location, spec.when or ""))
            span = None
        finally:
            if spec.id:
                self.stack.pop()
        self.done[key] = span
        return span

    def _resolve_when(self, spec: _Spec, resolver: Resolver) -> Span | None:
        when = spec.when
        if when is None:
            return None
        if spec.split_from_string and spec.title is None:
            expression, title, span = split_event_string(
                when, lambda t: self.resolve_text(resolver, t), lambda t: self.resolve_text(resolver, t, True))
            if not title:
                raise ExpressionError(f"no title in {when!r}: write it as 'Wednesday's speech' or use a "
                                      f"mapping with title and when", when)
            self.titles[id(spec)] = (expression, title)
            return span
        return self.resolve_text(resolver, when)

    def _apply_end(self, spec: _Spec, resolver: Resolver, span: Span) -> Span:
        if spec.end is not None:
            try:
                end_span = self.resolve_text(resolver, spec.end)
            except ExpressionError as exc:
                self.errors.append(_located(exc, spec.end_location or spec.location, spec.end))
                return span
            end = end_span.end
            if isinstance(end, datetime) != isinstance(span.start, datetime):
                end = end.date() if isinstance(end, datetime) else datetime.combine(
                    end, datetime.min.time(), span.start.tzinfo)  # type: ignore[union-attr]
            if end <= span.start:
                self.errors.append(SchemaError(f"'end' ({end_span.value}) is not after 'when' ({span.value})",
                                              spec.end_location or spec.location))
                return span
            return replace(span, end=end, explanation=f"{span.explanation}; ends with {spec.end!r} "
                                                       f"({end_span.value})")
        if spec.duration is not None:
            try:
                delta = parse_duration(spec.duration)
            except ValueError as exc:
                self.errors.append(SchemaError(str(exc), spec.duration_location or spec.location))
                return span
            if isinstance(span.start, datetime):
                end = add_elapsed(span.start, delta)  # real elapsed time across DST changes
            else:
                days = max(1, round(delta.total_seconds() / 86400))
                end = span.start + timedelta(days=days)
            return replace(span, end=end, explanation=f"{span.explanation}; lasts {spec.duration}")
        return span


def _chain(members: list[str], start: str) -> str:
    """'b -> a -> b': the cycle *members* (in reference order) read from *start*."""
    i = members.index(start) if start in members else 0
    ordered = members[i:] + members[:i]
    return " -> ".join(ordered + [ordered[0]])


def _located(exc: ExpressionError, location: Location, when: str) -> ExpressionError:
    """An expression error placed in the file (same class), with the message users read."""
    column = location.column
    if column is not None and exc.token is not None and exc.text and when and exc.text in when:
        column += when.index(exc.text) + exc.position
    where = Location(location.file, location.line, column)
    message = exc.message
    if isinstance(exc, UnknownWordError):
        message = f"unknown date expression {when!r}: {message}"
    elif when and repr(when) not in message:
        message = f"{message} in {when!r}"
    placed = exc.at(where)
    placed.message = message
    return placed  # type: ignore[return-value]


def _resolve_all(specs: list[_Spec], settings: _Settings, name: str, errors: list[TimelineError],
                 warnings: list[Diagnostic]) -> list[Event]:
    er = _EventResolver(specs, settings, name, errors, warnings)
    for spec in specs:
        if spec.id:
            if spec.id in er.by_id:
                first = er.by_id[spec.id].location
                errors.append(SchemaError(f"duplicate event id {spec.id!r} (first at line {first.line})",
                                         spec.location))
                continue
            er.by_id[spec.id] = spec
    events: list[Event] = []
    for spec in specs:
        try:
            span = er.resolve(spec)
        except ExpressionError as exc:
            errors.append(_located(exc, spec.when_location or spec.location, spec.when or ""))
            continue
        if span is None:
            continue
        when = spec.when or span.value
        title = spec.title
        if id(spec) in er.titles:
            when, title = er.titles[id(spec)]
        if title is None:
            continue
        chosen = choose_reference(command_line=settings.command_line, event=spec.reference, file=settings.reference)
        if chosen is None and settings.reference_failed:
            continue  # checked against a stand-in reference only: the file's own is unreadable (reported)
        assert chosen is not None or spec.normalized is not None
        ref_value = chosen.value if chosen is not None else span.start
        _far_warning(span, ref_value, spec, warnings)
        events.append(Event(
            title=title, when=when, span=span, reference=ref_value, id=spec.id,
            location=spec.location_text, tags=spec.tags, source=spec.source, notes=spec.notes,
            timezone=spec.timezone or settings.timezone,
            origin=Origin(name, spec.location.line, spec.location.column), calendar=settings.calendar,
            provenance=_overlay(settings.provenance, spec.provenance),
        ))
    return events


def _far_warning(span: Span, reference: date | datetime, spec: _Spec, warnings: list[Diagnostic]) -> None:
    ref = reference.date() if isinstance(reference, datetime) else reference
    start = span.first_day
    if abs(start.year - ref.year) > FAR_FROM_REFERENCE_YEARS and span.granularity not in (
            Granularity.DECADE, Granularity.CENTURY):
        warnings.append(Diagnostic(
            "warning", f"{spec.when!r} resolves to {span.value}, more than {FAR_FROM_REFERENCE_YEARS} years "
                       f"from the reference {ref.isoformat()}", spec.when_location or spec.location))
