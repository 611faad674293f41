"""The resolver: a parsed expression + a reference -> an exact :class:`Span`.

Pure: the reference is always passed in, the clock is never read. Every rule
that decides a date writes one reason, so :attr:`Span.explanation` says how
the expression was read ("Wednesday -> 2025-03-05: the most recent Wednesday
on or before the reference Thu 2025-03-06"). The conventions are written down
with an example each in ``docs/conventions.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any, Final

from timeline import lexicon as lx
from timeline.errors import (
    ExpressionError,
    ExpressionSyntaxError,
    ImpossibleDateError,
    OutOfRangeError,
    TimelineError,
    UnsupportedError,
)
from timeline.expressions import (
    AtTime,
    CalendarDate,
    ClosestTo,
    EndOfDay,
    EventAnchor,
    Expression,
    HolidayDate,
    Meaning,
    MonthOfOffsetYear,
    Now,
    NthAhead,
    NthWithin,
    Offset,
    OpenWeekend,
    PartOf,
    RelativeDay,
    RelativeUnit,
    SameDayOffset,
    Shifted,
    UnitRun,
    Vague,
    Weekday,
)
from timeline.grammar import parse, tokenize
from timeline.model import Granularity as G
from timeline.model import Span
from timeline.resolver.families import (
    absolute,
    anchors,
    holidays,
    offsets,
    parts,
    ranges,
    times,
    units,
    vague,
    weekdays,
)
from timeline.resolver.spans import (
    _as_date,
    _fmt,
    _num,
    _Raw,
    _zone,
    add_months,
    day_span,
    days_in_month,
    month_span,
)

_MEMO_SIZE: Final = 4096  # distinct expressions memoised per resolver: bounded memory on any input
_PARSED_SIZE: Final = 1 << 16  # distinct phrases whose reading the resolvers of one file share (Resolver.parsed)
# An ISO 8601 date and time with a numeric UTC offset, read at the entry point (the grammar reads
# "Z" and "UTC+5" but not "+05:00" glued to the time).
_ISO_WITH_OFFSET: Final = re.compile(r"\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?[+-]\d{2}:?\d{2}\s*$")


def _span(start: date | datetime, end: date | datetime, granularity: G, value: str, explanation: str,
          approximate: bool, qualifier: str | None) -> Span:
    """:meth:`Span.make` (a Span filled without the frozen dataclass's ``__init__``), here so that
    the compiled build runs it as native code with the resolver; the model stays Python."""
    span = object.__new__(Span)
    fields = span.__dict__  # (seven stores: a quarter cheaper than update() with keywords)
    fields["start"] = start
    fields["end"] = end
    fields["granularity"] = granularity
    fields["value"] = value
    fields["explanation"] = explanation
    fields["approximate"] = approximate
    fields["qualifier"] = qualifier
    return span


_DAYS_FROM_REFERENCE: Final = {0: "the reference day", 1: "the day after the reference",
                               -1: "the day before the reference", 2: "two days after the reference",
                               -2: "two days before the reference"}


class Resolver:
    """Resolves parsed expressions against one reference.

    ``events`` maps event ids to their spans for expressions anchored on other
    events ("2 days after congress-speech").
    """

    __slots__ = (
        "_anchored_on_event",
        "_memo",
        "_out_of_range",
        "date_order",
        "events",
        "has_time",
        "language",
        "parsed",
        "prefer",
        "ref",
        "ref_day",
        "text",
        "tz",
    )

    def __init__(
        self,
        reference: date | datetime,
        prefer: str = "past",
        timezone_name: str | None = None,
        date_order: str = "auto",
        events: Mapping[str, Span] | Callable[[str], Span | None] | None = None,
        language: str = "en",
        parsed: dict[tuple[str, str, str], Expression] | None = None,
    ) -> None:
        if prefer not in ("past", "future", "nearest"):
            raise ExpressionError(f"prefer must be past, future or nearest, not {prefer!r}")
        tz = _zone(timezone_name) if timezone_name else None
        self._out_of_range: OutOfRangeError | None = None
        if isinstance(reference, datetime):
            self.has_time = True
            ref = reference
            if tz is not None:
                try:
                    ref = ref.replace(tzinfo=tz) if ref.tzinfo is None else ref.astimezone(tz)
                except (OverflowError, ValueError):
                    # 9999-12-31T23:59:59-12:00 in UTC is in the year 10000: report it on the
                    # first expression, as an error of that expression, never as a crash here.
                    self._out_of_range = OutOfRangeError(
                        f"the reference {reference.isoformat()} in {timezone_name} falls outside the years 1-9999")
            else:
                tz = ref.tzinfo
        elif isinstance(reference, date):
            self.has_time = False
            ref = datetime(reference.year, reference.month, reference.day, tzinfo=tz)
        else:
            raise ExpressionError(f"reference must be a date or datetime, not {type(reference).__name__}")
        self.ref = ref
        self.ref_day = ref.date()
        self.tz = tz
        self.prefer = prefer
        self.date_order = date_order
        self.events = events
        self.text = ""
        self.language = language
        # Per-run memo: text -> Span, or (text, quiet) -> the error. Real files repeat "last week"
        # many times; everything that decides a span (reference, prefer, zone, date order,
        # language) is fixed for this resolver, so the text alone is the key. Expressions
        # anchored on other events are never memoised (their anchors may still change).
        self._memo: dict[object, Span | TimelineError] = {}
        self._anchored_on_event = False
        # Readings shared by the resolvers of one run (the loader gives one dict to every resolver
        # of a file): (text, date order, language) -> the parsed expression. The words need no
        # reference, so a file read against many references parses each phrase once.
        self.parsed = parsed

    def resolve(self, text: str, quiet: bool = False) -> Span:
        """Parse and resolve *text*; raises ExpressionError (without a message when *quiet*).

        Results are memoised for this resolver (see ``__init__``); a repeated
        expression costs one dictionary lookup.
        """
        memo = self._memo
        if memo:  # (a new resolver, one per row of a corpus, has nothing to look up)
            found = memo.get(text)
            if found is None:
                found = memo.get((text, quiet))
            if found is not None:
                if isinstance(found, Span):
                    return found
                raise found.with_traceback(None)
        # (parse, then resolve_expression, read here in one frame: the glue costs a call per stage)
        try:
            if self._out_of_range is not None:
                raise OutOfRangeError(self._out_of_range.message, text)
            self.text = text
            self._anchored_on_event = False
            if len(text) >= 21 and _ISO_WITH_OFFSET.match(text):  # (21: the shortest, '2025-03-06T10:00+0500')
                span = self._iso_instant(text.strip())
            else:
                parsed = self.parsed
                if parsed is None:
                    expr = parse(text, self.date_order, quiet, self.language)
                else:
                    key = (text, self.date_order, self.language)
                    found_expr = parsed.get(key)
                    if found_expr is None:
                        found_expr = parse(text, self.date_order, quiet, self.language)
                        if len(parsed) < _PARSED_SIZE:
                            parsed[key] = found_expr
                    expr = found_expr
                try:
                    span = self.resolve_expression(expr)
                except (ExpressionError, UnsupportedError):
                    raise
                except (TypeError, AttributeError, IndexError, KeyError, AssertionError) as exc:
                    # A combination of words the rules do not join up: report it as unreadable
                    # rather than crash the caller (every other failure is a typed error).
                    raise ExpressionSyntaxError(f"cannot resolve {text!r}: these words do not combine into a date",
                                                text) from exc
        except TimelineError as exc:
            if not self._anchored_on_event and len(memo) < _MEMO_SIZE:
                memo[(text, quiet)] = exc
            raise
        if len(memo) < _MEMO_SIZE and not self._anchored_on_event:
            memo[text] = span
        return span

    def _iso_instant(self, text: str) -> Span:
        """An ISO 8601 date and time with a UTC offset (2025-03-06T10:00:00+05:00): that instant,
        shown in the resolver's zone when it has one, else at its own offset."""
        try:
            written = datetime.fromisoformat(text)
        except ValueError:
            raise ImpossibleDateError(f"{text!r} is not a date and time that exists", text) from None
        grain = G.SECOND if text[16:17] == ":" else G.MINUTE
        try:
            moment = written.astimezone(self.tz) if self.tz is not None else written
            end = moment + (timedelta(seconds=1) if grain is G.SECOND else timedelta(minutes=1))
        except OverflowError:
            raise OutOfRangeError(f"{text!r} falls outside the years 1-9999", text) from None
        value = moment.replace(tzinfo=None).isoformat(timespec="seconds" if grain is G.SECOND else "minutes")
        return Span.make(moment, end, grain, value,
                         f"{text} → {value}: an ISO 8601 date and time at UTC{written.isoformat()[-6:]}")

    def resolve_longest(self, text: str, start: int = 0, max_words: int = 16) -> tuple[Span, int] | None:
        """The longest expression that begins at character *start* of *text* and resolves.

        For scanners over running text (``extract``): give the text and where a
        candidate begins (a date word the lexicon knows); get the span and the
        character offset where the expression ends, or None. Windows of up to
        *max_words* tokens are tried from the longest down, quietly (no error
        messages are built) and through the memo, so repeated phrases are cheap.
        """
        tail = text[start:]
        toks = tokenize(tail)[:max_words]
        skip = len(tail) - len(tail.lstrip())
        for n in range(len(toks), 0, -1):
            if not toks[n - 1].text[:1].isalnum():
                continue  # the grammar forgives trailing punctuation; a scanner's extent excludes it
            end = toks[n - 1].end
            candidate = tail[skip:end]
            try:
                return self.resolve(candidate, quiet=True), start + end
            except TimelineError:
                continue
        return None

    def resolve_expression(self, expr: Expression) -> Span:
        """The span of a parsed expression (see :func:`timeline.grammar.parse`)."""
        self.text = expr.text
        try:
            if expr.end is not None:
                raw = ranges._interval(self, expr)
            else:
                raw = RULES[type(expr.start)](self, expr.start)  # (self.meaning(), inline)
                if expr.duration is not None:
                    raw = ranges._extend(self, raw, expr.duration)
        except ExpressionError as exc:
            if not exc.text:
                exc.text = expr.text
            raise
        except (ValueError, OverflowError):
            # Days of months are checked where they are read (ImpossibleDateError), so what the
            # datetime module still refuses is a date past the ends of its calendar.
            raise OutOfRangeError(f"{expr.text!r}: the date falls outside the years 1-9999", expr.text) from None
        approximate = expr.approximate
        qualifier = expr.qualifier
        text = expr.text.strip()
        explanation = f"{text} → {raw.value}: {raw.reason}"
        if qualifier:
            explanation += f" (qualifier {qualifier!r} kept)"
        if approximate and not isinstance(expr.start, Vague):
            explanation += " (approximate)"
        return _span(raw.start, raw.end, raw.grain, raw.value, explanation, approximate, qualifier)

    def _direction(self, candidates_past: date, candidates_future: date) -> tuple[date, str]:
        """Pick by prefer between the on-or-before and the on-or-after candidate."""
        if self.prefer == "past":
            return candidates_past, "most recent on or before"
        if self.prefer == "future":
            return candidates_future, "first on or after"
        if (self.ref_day - candidates_past) <= (candidates_future - self.ref_day):
            return candidates_past, "nearest to"
        return candidates_future, "nearest to"

    def meaning(self, meaning: Meaning) -> _Raw:
        """The span of one typed meaning: the rule is chosen by the meaning's type (``RULES``)."""
        return RULES[type(meaning)](self, meaning)

    def _now(self, meaning: Now) -> _Raw:
        t = self.ref.replace(microsecond=0)
        return _Raw(t, t + timedelta(seconds=1), G.SECOND, "PRESENT_REF", f"the reference time {t.isoformat()}")

    def _relative_day(self, meaning: RelativeDay) -> _Raw:
        d = self.ref_day + timedelta(days=meaning.days)
        word = _DAYS_FROM_REFERENCE.get(meaning.days) or f"{meaning.days} days from the reference"
        return _Raw(*day_span(d), f"{word}, {_fmt(d)}")

    def _end_of_day(self, meaning: EndOfDay) -> _Raw:
        return _Raw(*day_span(self.ref_day), "the end of the reference day")

    def _month_of_offset_year(self, meaning: MonthOfOffsetYear) -> _Raw:
        """'March in a year': March of the year the offset lands in."""
        landed = _as_date(offsets._offset(self, Offset(meaning.value, meaning.unit)).start)
        return _Raw(*month_span(landed.year, meaning.month), f"{lx.MONTH_NAMES[meaning.month]} of {landed.year}, "
                    f"the year {_num(abs(meaning.value))} {meaning.unit}(s) from the reference")

    def _same_day_offset(self, meaning: SameDayOffset) -> _Raw:
        """'a year ago today': the same calendar day, a unit away."""
        value, unit = meaning.value, meaning.unit
        if unit in ("month", "year"):
            y, m = add_months(self.ref_day.year, self.ref_day.month, int(value) * (12 if unit == "year" else 1))
            landed = date(y, m, min(self.ref_day.day, days_in_month(y, m)))
        else:
            landed = self.ref_day + timedelta(days=int(value) * (7 if unit == "week" else 1))
        return _Raw(*day_span(landed), f"the reference day {_num(abs(value))} {unit}(s) "
                    f"{'earlier' if value < 0 else 'later'}")

    def _part_of(self, meaning: PartOf) -> _Raw:
        return parts._part(self, meaning.part, self.meaning(meaning.base))

    def _at_time(self, meaning: AtTime) -> _Raw:
        if meaning.base is None:
            return times._time_only(self, meaning.time)
        return times._with_time(self, meaning.time, self.meaning(meaning.base))

    def _vague_window(self, meaning: Vague) -> _Raw:
        return vague._vague(self, meaning.kind)


# The rule for each kind of meaning (timeline/expressions.py): the resolver's one dispatch.
RULES: Final[dict[type, Callable[[Resolver, Any], _Raw]]] = {
    CalendarDate: absolute._calendar,
    Weekday: weekdays._weekday,
    HolidayDate: holidays._holiday,
    NthWithin: units._nth,
    RelativeDay: Resolver._relative_day,
    RelativeUnit: units._rel_unit,
    OpenWeekend: units._open_weekend,
    UnitRun: units._unit_run,
    NthAhead: weekdays._nth_ahead,
    Offset: offsets._offset,
    SameDayOffset: Resolver._same_day_offset,
    MonthOfOffsetYear: Resolver._month_of_offset_year,
    Now: Resolver._now,
    EndOfDay: Resolver._end_of_day,
    Vague: Resolver._vague_window,
    Shifted: offsets._anchored,
    ClosestTo: anchors._closest,
    EventAnchor: offsets._event_anchor,
    PartOf: Resolver._part_of,
    AtTime: Resolver._at_time,
}


def resolve(
    text: str,
    reference: date | datetime,
    prefer: str = "past",
    timezone: str | None = None,
    date_order: str = "auto",
    events: Mapping[str, Span] | Callable[[str], Span | None] | None = None,
    language: str = "en",
) -> Span:
    """Resolve one date expression against *reference* into a :class:`Span`.

    >>> resolve("last week", reference=date(2025, 3, 6)).value
    '2025-W09'

    ``reference`` is a date or a datetime (naive or aware); ``prefer`` decides
    only what the words leave open (a bare weekday, a date or month without a
    year, a holiday or season without a year); ``timezone`` (IANA) is the zone
    of naive references and of the times the expression writes; ``date_order``
    reads numeric dates (DMY, MDY or YMD); ``events`` maps ids to spans for
    expressions anchored on other events; ``language`` is the ISO 639-1 code
    of the expression's words (see :mod:`timeline.lexicons`). Raises
    :class:`~timeline.errors.ExpressionError` (a ``ValueError``) with the
    offending token and its position.
    """
    return Resolver(reference, prefer, timezone, date_order, events, language).resolve(text)
