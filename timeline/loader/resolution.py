"""Event specs -> events: dates resolved against each event's reference, the
graph of events anchored on others walked with an explicit work list.

An event dated from another ("2 days after summit") needs that one first. The
resolver asks for it through :meth:`EventGraph.lookup`; if it is not resolved
yet, :class:`PendingEvent` stops the attempt, the other event is pushed on the
work stack, and the first is tried again once it is done. So the graph is
resolved in topological order with no recursion (a 100,000-event chain written
in reverse costs two attempts an event), and a cycle is found when an event
asks for one that is already on the stack.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from timeline.errors import (
    CycleError,
    Diagnostic,
    ExpressionError,
    Location,
    OutOfRangeError,
    SchemaError,
    TimelineError,
    UnknownWordError,
    WrongLanguageError,
)
from timeline.expressions import Expression
from timeline.grammar import may_begin_expression
from timeline.grammar.ambiguity import ambiguous_numeric_dates
from timeline.loader.document import Document
from timeline.loader.specs import Settings, Spec, overlay
from timeline.loader.values import parse_duration, quote, replace_quoted
from timeline.model import Event, Granularity, Origin, Span, add_elapsed
from timeline.reference import ABSOLUTE_PROBES, CHECK_ONLY_REFERENCE, Reference, choose_reference
from timeline.resolver import Resolver

FAR_FROM_REFERENCE_YEARS = 50


class PendingEvent(Exception):
    """Raised by :meth:`EventGraph.lookup` when an anchored event is not resolved yet.

    Not a TimelineError: it must pass through the resolver untouched.
    """

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec.id)
        self.spec = spec


_SPLIT_WORDS = re.compile(r"\S+")
_LEADING_GLUE = re.compile(r"^[\s,:;–—-]*(?:(?:on|in|at|of|from)\s+)?", re.IGNORECASE)
_TRAILING_GLUE = re.compile(r"[\s,:;–—-]*(?:\b(?:on|in|at|from|since|by)\s*)?$", re.IGNORECASE)


def split_event_string(text: str, resolve_text: Callable[[str], Span],
                       try_text: Callable[[str], Span] | None = None,
                       may_begin: Callable[[str], bool] | None = None) -> tuple[str, str, Span]:
    """Split 'Wednesday's speech to Congress' into ('Wednesday's', 'speech to Congress', span).

    Tries the longest leading run of words that resolves, then the longest
    trailing run ('speech to Congress on Wednesday'), with *try_text* (a
    cheaper resolver whose errors need no message) when given. Raises the
    resolver's error for the whole string when no part resolves. *may_begin* (the grammar's
    ``may_begin_expression``) skips the runs whose first word starts no expression.
    """
    attempt = try_text or resolve_text
    begins = may_begin or (lambda candidate: True)
    words = list(_SPLIT_WORDS.finditer(text[:2000]))  # a date is in the first or last few words
    n = len(words)
    limit = min(n, 10) if begins(text) else 0  # the leading runs all begin with the text's first word
    for k in range(limit, 0, -1):
        candidate = text[:words[k - 1].end()].rstrip(" :,;–—-")
        if not candidate:
            continue
        try:
            span = attempt(candidate)
        except ExpressionError:
            continue
        rest = text[words[k - 1].end():]
        title = _capitalize(_LEADING_GLUE.sub("", rest, count=1).strip())
        return candidate.strip(), title, span
    tail = list(_SPLIT_WORDS.finditer(text, max(0, len(text) - 2000)))
    n = len(tail)
    for k in range(max(n - limit, 1), n):
        candidate = text[tail[k].start():]
        if not begins(candidate):
            continue
        try:
            span = attempt(candidate)
        except ExpressionError:
            continue
        title = _capitalize(_TRAILING_GLUE.sub("", text[:tail[k].start()], count=1).strip())
        return candidate.strip(), title, span
    return text, "", resolve_text(text)


def _capitalize(title: str) -> str:
    return title[:1].upper() + title[1:] if title[:1].islower() else title


class EventGraph:
    """Resolves the specs of one file, following references between events."""

    def __init__(self, doc: Document, specs: list[Spec], settings: Settings, errors: list[TimelineError],
                 warnings: list[Diagnostic]) -> None:
        self.doc = doc
        self.specs = specs
        self.settings = settings
        self.errors = errors
        self.warnings = warnings
        self.by_id: dict[str, Spec] = {}
        self.done: dict[int, Span | None] = {}
        self.cycles: dict[int, list[str]] = {}
        self.resolvers: dict[tuple[Any, ...], Resolver | None] = {}
        self.memo: dict[tuple[Any, ...], Span | ExpressionError] = {}
        self.parsed: dict[tuple[str, str, str], Expression] = {}  # the file's phrases, read once (Resolver)
        self.titles: dict[int, tuple[str, str]] = {}
        self.no_reference_reported = False
        # spans of events resolved outside the graph (the fast path's records), by id: for anchors
        self.known: dict[str, Span] = {}
        self.named: list[str] | None = None  # when a list: the ids lookup() is asked for go in it

    # ---- locations ----------------------------------------------------------------

    def where(self, spec: Spec, field: str) -> Location:
        """Where *field* of *spec* was written (the event itself for a plain string)."""
        if spec.split_from_string:
            return spec.location
        return self.doc.locate(spec.path + (field,))

    def placed(self, exc: ExpressionError, spec: Spec, field: str, text: str) -> ExpressionError:
        """An expression error placed in the file (same class), with the message users read."""
        location = self.where(spec, field)
        column = location.column
        if column is not None and exc.token is not None and exc.text and text and exc.text in text:
            column += text.index(exc.text) + exc.position
        message = replace_quoted(exc.message, text)
        if exc.text and exc.text != text:
            message = replace_quoted(message, exc.text)
        if isinstance(exc, WrongLanguageError):
            pass  # "'наступного місяця' looks Ukrainian; set language: uk" says it all
        elif isinstance(exc, UnknownWordError):
            message = f"unknown date expression {quote(text)}: {message}"
        elif text and repr(text) not in exc.message and quote(text) not in message:
            message = f"{message} in {quote(text)}"
        placed = exc.at(Location(location.file, location.line, column))
        placed.message = message
        return placed  # type: ignore[return-value]

    # ---- resolution -----------------------------------------------------------------

    def reference_of(self, spec: Spec) -> date | datetime | None:
        """The reference *spec* is read against (timeline.reference decides the order); a stand-in
        when the file's own is unreadable (already reported), so the words are still checked."""
        s = self.settings
        chosen = choose_reference(command_line=s.command_line, event=spec.reference, file=s.reference)
        if chosen is None and s.reference_failed:
            chosen = choose_reference(file=CHECK_ONLY_REFERENCE)
        return chosen.value if chosen is not None else None

    def resolver_for(self, spec: Spec, ref: date | datetime) -> Resolver | None:
        """The resolver for *spec*'s settings (shared by every event with the same ones); None
        when the reference cannot be read in the zone (reported once)."""
        s = self.settings
        key = (ref, spec.prefer or s.prefer, spec.timezone or s.timezone, s.date_order, spec.language or s.language)
        if key in self.resolvers:
            return self.resolvers[key]
        try:
            resolver: Resolver | None = Resolver(ref, key[1], key[2], s.date_order, self.lookup, key[4],
                                                 self.parsed)
        except ExpressionError as exc:  # a reference the zone cannot hold (9999-12-31T23:59-12:00 in UTC)
            if spec.reference is not None:
                where = self.where(spec, "reference")
            elif self.doc.settings and "reference" in self.doc.settings:
                where = self.doc.locate(("reference",))
            else:
                where = spec.location
            self.errors.append(exc.at(where))
            resolver = None
        self.resolvers[key] = resolver
        return resolver

    def lookup(self, event_id: str) -> Span | None:
        """The span of the event *event_id* for an anchored expression (None: no such id)."""
        if self.named is not None:
            self.named.append(event_id)
        spec = self.by_id.get(event_id)
        if spec is None:
            return self.known.get(event_id)
        key = id(spec)
        if key not in self.done:
            raise PendingEvent(spec)
        span = self.done[key]
        if span is not None:
            return span
        if key in self.cycles:
            members = self.cycles[key]
            raise CycleError(f"event {event_id!r} is in a cycle: {_chain(members, event_id)}")
        raise ExpressionError(f"event {event_id!r} has no date (see the error at line {spec.location.line})")

    def resolve_text(self, resolver: Resolver, text: str, quiet: bool = False) -> Span:
        if "after" in text or "before" in text or "from" in text:
            return resolver.resolve(text, quiet)  # may depend on other events: never memoised
        key = (id(resolver), text)
        got = self.memo.get(key)
        if got is None or (isinstance(got, ExpressionError) and not quiet and not got.message):
            try:
                got = resolver.resolve(text, quiet)
            except ExpressionError as exc:
                got = exc.with_traceback(None)  # a remembered error must not keep its frames alive
                if quiet:  # the attempts of a plain string: rarely repeated, not worth remembering
                    raise got from None
            self.memo[key] = got
        if isinstance(got, ExpressionError):
            raise got
        return got

    def run(self) -> None:
        """Resolve every spec, each after the events it is anchored on."""
        for spec in self.specs:
            if spec.id:
                if spec.id in self.by_id:
                    first = self.by_id[spec.id].location
                    self.errors.append(SchemaError(f"duplicate event id {quote(spec.id)} (first at line "
                                                   f"{first.line})", spec.location))
                    continue
                self.by_id[spec.id] = spec
        for spec in self.specs:
            if id(spec) not in self.done:
                self._walk(spec)

    def _walk(self, first: Spec) -> None:
        """Resolve *first* and, before it, what it is anchored on: an explicit stack, no recursion."""
        stack = [first]
        on_stack = {id(first): 0}
        while stack:
            spec = stack[-1]
            try:
                span = self.attempt(spec)
            except PendingEvent as pending:
                needed = pending.spec
                at = on_stack.get(id(needed))
                if at is None:
                    on_stack[id(needed)] = len(stack)
                    stack.append(needed)
                    continue
                members = stack[at:]
                names = [m.id or "?" for m in members]
                for member in members:
                    self.cycles[id(member)] = names
                    self.done[id(member)] = None
                    when = member.when or ""
                    error = CycleError(f"events refer to each other in a cycle: {_chain(names, member.id or '?')}",
                                       when)
                    self.errors.append(self.placed(error, member, "when", when))
                    del on_stack[id(member)]
                del stack[at:]
                continue
            self.done[id(spec)] = span
            del on_stack[id(spec)]
            stack.pop()

    def attempt(self, spec: Spec) -> Span | None:
        """The span of *spec*, or None with its error reported; PendingEvent when it must wait."""
        if spec.normalized is not None:
            return spec.normalized
        if spec.invalid:
            return None
        ref = self.reference_of(spec)
        if ref is None:
            return self.attempt_absolute(spec)
        resolver = self.resolver_for(spec, ref)
        if resolver is None:
            return None
        when = spec.when
        if when is None:
            return None
        try:
            if spec.split_from_string and spec.title is None:
                expression, title, span = split_event_string(
                    when, lambda t: self.resolve_text(resolver, t),
                    lambda t: self.resolve_text(resolver, t, True),
                    lambda t: may_begin_expression(t, resolver.language))
                if not title:
                    raise ExpressionError(f"no title in {quote(when)}: write it as 'Wednesday's speech' or use a "
                                          f"mapping with title and when", when)
                self.titles[id(spec)] = (expression, title)
            else:
                span = self.resolve_text(resolver, when)
        except ExpressionError as exc:
            self.errors.append(self.placed(exc, spec, "when", when))
            exc.with_traceback(None)  # the memo keeps it: not the frames it passed through
            return None
        self.warn_ambiguous(spec)
        return self._apply_end(spec, resolver, span)

    def warn_ambiguous(self, spec: Spec) -> None:
        """A numeric date that names two days, read day first because the file sets no date_order."""
        if self.settings.date_order.lower() != "auto":
            return
        for field_name, text in (("when", spec.when), ("end", spec.end)):
            if text is None or ("/" not in text and "-" not in text):
                continue
            for ambiguity in ambiguous_numeric_dates(text):
                self.warnings.append(Diagnostic("warning", ambiguity.message(), self.where(spec, field_name)))

    def attempt_absolute(self, spec: Spec) -> Span | None:
        """The span of an event with no reference at all, which only an absolute date can have.

        The words are read against two references centuries apart: an absolute
        date ("6 March 2025", "2025-03-06T10:00+02:00", "by 2030") reads the same
        against both, a relative one ("last week") does not, and is an error.
        """
        when = spec.when
        if when is None or spec.split_from_string:
            self.no_reference(spec)
            return None
        readings: list[tuple[Resolver, Span, date | datetime | None]] = []
        for probe in ABSOLUTE_PROBES:
            resolver = self.resolver_for(spec, probe)
            if resolver is None:
                return None
            try:
                span = self.resolve_text(resolver, when)
                end = self.resolve_text(resolver, spec.end).end if spec.end is not None else None
            except ExpressionError as exc:
                if "after" in when or "before" in when or "from" in when:
                    self.no_reference(spec)  # may be an anchor on another event
                    return None
                self.errors.append(self.placed(exc, spec, "when", when))
                exc.with_traceback(None)
                return None
            readings.append((resolver, span, end))
        (resolver, first, first_end), (_, second, second_end) = readings
        if (first.start, first.end, first_end) != (second.start, second.end, second_end):
            self.no_reference(spec)
            return None
        return self._apply_end(spec, resolver, first)

    def no_reference(self, spec: Spec) -> None:
        """Report, once per file, that relative words met a file with no reference."""
        if not self.settings.reference_failed and not self.no_reference_reported:
            self.errors.append(SchemaError(
                "no reference date: add 'reference: YYYY-MM-DD' to the file (or the event), or pass --ref",
                spec.location))
            self.no_reference_reported = True

    def _apply_end(self, spec: Spec, resolver: Resolver, span: Span) -> Span:
        if spec.end is not None:
            try:
                end_span = self.resolve_text(resolver, spec.end)
            except ExpressionError as exc:
                self.errors.append(self.placed(exc, spec, "end", spec.end))
                exc.with_traceback(None)
                return span
            end = end_span.end
            start = span.start
            if isinstance(end, datetime) != isinstance(start, datetime):
                end = end.date() if isinstance(end, datetime) else datetime.combine(
                    end, datetime.min.time(), start.tzinfo)  # type: ignore[attr-defined]
            elif isinstance(end, datetime) and isinstance(start, datetime) and \
                    (end.tzinfo is None) != (start.tzinfo is None):
                end = end.replace(tzinfo=start.tzinfo)
            if end <= start:
                self.errors.append(SchemaError(f"'end' ({end_span.value}) is not after 'when' ({span.value})",
                                               self.where(spec, "end")))
                return span
            return span.replace(end=end, explanation=f"{span.explanation}; ends with {quote(spec.end)} "
                                                       f"({end_span.value})")
        if spec.duration is not None:
            try:
                delta = parse_duration(spec.duration, spec.language or self.settings.language)
                if isinstance(span.start, datetime):
                    end = add_elapsed(span.start, delta)  # real elapsed time across DST changes
                else:
                    end = span.start + timedelta(days=max(1, round(delta.total_seconds() / 86400)))
            except OutOfRangeError as exc:
                self.errors.append(OutOfRangeError(exc.message, location=self.where(spec, "duration")))
                return span
            except OverflowError:
                self.errors.append(OutOfRangeError(f"the event would end after the year 9999 (it lasts "
                                                   f"{quote(spec.duration)})", location=self.where(spec, "duration")))
                return span
            except ValueError as exc:
                self.errors.append(SchemaError(str(exc), self.where(spec, "duration")))
                return span
            return span.replace(end=end, explanation=f"{span.explanation}; lasts {spec.duration}")
        return span

    # ---- events -----------------------------------------------------------------------

    def events(self) -> list[Event]:
        """The events of every spec that resolved and has a title."""
        return [event for event in self.aligned_events() if event is not None]

    def aligned_events(self) -> list[Event | None]:
        """The event of each spec, in the order of the specs (None: no event: it failed, or has
        no title)."""
        settings = self.settings
        name = self.doc.name
        events: list[Event | None] = []
        append = events.append
        specs = self.specs
        # The specs are handed over as they become events (the last use of them), so that a file of a
        # million events does not hold both at once: by_id is done with, the list is emptied as it goes.
        self.by_id.clear()
        # most events share their reference and its source: choose each once
        chosen_by_event: dict[date | datetime | None, Reference | None] = {}
        for index, spec in enumerate(specs):
            specs[index] = None  # type: ignore[call-overload]
            span = self.done.get(id(spec))
            if span is None:
                append(None)
                continue
            when = spec.when or span.value
            title = spec.title
            if id(spec) in self.titles:
                when, title = self.titles[id(spec)]
            if title is None:
                append(None)
                continue
            if spec.reference in chosen_by_event:
                chosen = chosen_by_event[spec.reference]
            else:
                chosen = chosen_by_event[spec.reference] = choose_reference(
                    command_line=settings.command_line, event=spec.reference, file=settings.reference,
                    today=settings.today)
                if len(chosen_by_event) > 4096:
                    chosen_by_event.clear()
            if chosen is None and settings.reference_failed and spec.normalized is None:
                append(None)
                continue  # checked against a stand-in reference only: the file's own is unreadable (reported)
            ref_value = chosen.value if chosen is not None else span.start
            self._far_warning(span, ref_value, spec)
            location = spec.location
            append(Event(
                title=title, when=when, span=span, reference=ref_value, id=spec.id,
                location=spec.location_text, tags=spec.tags, source=spec.source, notes=spec.notes,
                timezone=spec.timezone or settings.timezone,
                origin=Origin(name, location.line, location.column), calendar=settings.calendar,
                provenance=overlay(settings.provenance, spec.provenance),
                reference_source=chosen.source if chosen is not None else None,
                language=spec.language or settings.language,
            ))
        return events

    def _far_warning(self, span: Span, reference: date | datetime, spec: Spec) -> None:
        ref = reference.date() if isinstance(reference, datetime) else reference
        if abs(span.first_day.year - ref.year) > FAR_FROM_REFERENCE_YEARS and span.granularity not in (
                Granularity.DECADE, Granularity.CENTURY):
            self.warnings.append(Diagnostic(
                "warning", f"{quote(spec.when or span.value)} resolves to {span.value}, more than "
                           f"{FAR_FROM_REFERENCE_YEARS} years from the reference {ref.isoformat()}",
                self.where(spec, "when") if spec.when is not None else spec.location))


def _chain(members: list[str], start: str) -> str:
    """'b -> a -> b': the cycle *members* (in reference order) read from *start*; a long
    cycle is shortened (its first three and last two events) so each message stays short."""
    i = members.index(start) if start in members else 0
    ordered = members[i:] + members[:i]
    if len(ordered) > 6:
        return " -> ".join(ordered[:3] + ["…"] + ordered[-2:] + [ordered[0]]) + f" ({len(ordered):,} events)"
    return " -> ".join(ordered + [ordered[0]])
