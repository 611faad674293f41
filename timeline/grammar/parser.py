"""The parser: tokens -> :class:`Expression`, reading each token by the families in order.

The parser holds the tokens and its position helpers; what it can read comes from the
family modules in ``timeline/grammar/families/`` (listed in ``registry.py``), whose
functions are its methods. Nothing here reads the clock or knows the reference.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Final

from timeline import lexicon as lx
from timeline.errors import ExpressionError, ExpressionSyntaxError, OutOfRangeError, UnknownWordError
from timeline.expressions import Expression
from timeline.grammar.expression import Components, Reading, build_expression
from timeline.grammar.families import (
    absolute,
    holidays,
    numbers,
    offsets,
    ranges,
    times,
    units,
    weekdays,
    zones,
)
from timeline.grammar.families.holidays import _NOT_HOLIDAY_STARTS, _match_holiday
from timeline.grammar.families.ranges import _CONNECTORS, _take_duration_adjective
from timeline.grammar.families.times import _CLOCK_STARTERS, _CLOCK_WORDS
from timeline.grammar.families.units import _keep_day_and_month
from timeline.grammar.registry import WORD_HANDLERS as _WORD_HANDLERS
from timeline.grammar.tokens import MAX_EXPRESSION_LENGTH, Token, tokenize
from timeline.grammar.words import (
    _LEADING_WORDS,
    _SPECULATIVE_FAILURE,
    _VAGUE_FIRST,
    VAGUE,
    _known_word,
    can_start,
    may_begin_expression,
    suggest,
)

# Glue words no reading of Parser.component claims before its last step, which skips them: read
# at once instead of trying every family in turn (a word a family, a clock phrase, an ordinal, a
# zone or a holiday name could start is left out; so is a word before a '/', see component()).
_GLUE_ONLY: Final = frozenset(
    w for w in lx.FILLERS | {",", ".", "(", ")", "from", "between", "over", "throughout"}
    if w not in _WORD_HANDLERS and w not in _CLOCK_STARTERS and w not in lx.WEEKDAYS and w not in lx.MONTHS
    and w not in lx.PARTS_OF_DAY and w not in lx.RELATIVE and w not in lx.ORDINAL_WORDS
    and w not in lx.ORDINAL_TENS and w not in lx.NUMBER_WORDS and w not in lx.SEASONS and w not in lx.ZONES
    and w not in lx.UNITS and w not in ("half", "q", "h", "'", "a") and "/" not in w
    and (not w[:1].isalpha() or w in _NOT_HOLIDAY_STARTS))


# Qualifier words read before a date ("since 1989", "starting next week"); "from" opens a range instead.
_LEADING_QUALIFIERS: Final = frozenset(lx.QUALIFIERS) - {"from"}


# Hedges and marks read off the end of an expression ("3pm or so", "mid-2025 (approx.)").
_TRAILING: Final = frozenset({"ish", "approximately", "approx", "or", "so", ".", "?", "!", ",", ";", ")"})


_TEXT: Final = attrgetter("text")  # a token's word, read in C for the parser's list of words


class Parser:
    """Reads one expression from its tokens; raises ExpressionError."""

    __slots__ = ("clock24", "date_order", "hour_word24", "n", "speculative", "text", "toks", "words")

    def __init__(self, text: str, toks: list[Token], date_order: str, clock24: bool = False,
                 hour_word24: bool = False) -> None:
        self.clock24 = clock24  # the expression's language writes times on the 24-hour clock
        self.hour_word24 = hour_word24  # ... and an hour with its word too ("5h", "5 heures": 05:00)
        self.text = text
        self.toks = toks
        self.words = list(map(_TEXT, toks))
        self.n = len(toks)
        self.date_order = date_order
        self.speculative = 0  # > 0 while trying a reading that may fail: skip costly suggestions

    def error(self, message: str, i: int | None = None, suggestion: str | None = None,
              kind: type[ExpressionError] = ExpressionSyntaxError) -> ExpressionError:
        if self.speculative:
            # the message would be thrown away: don't build it. The shared error's traceback is
            # cleared, or every raise would chain onto the last and keep all those frames alive.
            return _SPECULATIVE_FAILURE.with_traceback(None)
        if i is None or i >= self.n:
            return kind(message, self.text, None, 0, suggestion)
        tok = self.toks[i]
        return kind(message, self.text, self.text[tok.start:tok.end], tok.start, suggestion)

    def w(self, i: int) -> str:
        return self.words[i] if i < self.n else ""

    def num(self, i: int) -> int | None:
        return self.toks[i].number if i < self.n else None

    def adjacent(self, i: int) -> bool:
        """True when token i touches the token before it (no space)."""
        return i < self.n and not self.toks[i].space_before

    def parse(self) -> Reading:
        if self.n == 0:
            raise ExpressionSyntaxError("empty date expression", self.text)
        i = 0
        qualifier: str | None = None
        approximate = False
        end = self.n
        # hedges and trailing "ish", "approximately"
        while end > 0 and self.words[end - 1] in _TRAILING \
                and not (self.words[end - 1] == "." and end >= 2 and self.words[end - 2] in ("m", "p", "a", "d")):
            if self.words[end - 1] not in (".", "?", "!", ",", ";", ")"):
                approximate = True
            if self.words[end - 1] == "so" and end >= 2 and self.words[end - 2] == "or":
                end -= 1
            end -= 1
            if end > 0 and self.words[end - 1] == "(" :
                end -= 1
        while i < end:
            w = self.words[i]
            if w not in _LEADING_WORDS:
                break
            if w in ("around", "about", "approximately", "approx", "circa", "ca", "roughly", "nearly",
                     "almost", "c"):
                approximate = True
                i += 1
                if self.w(i) == ".":
                    i += 1
            elif w in ("more", "less") and self.w(i + 1) == "than" or w == "at" and self.w(i + 1) == "least":
                approximate = True  # "more than a decade ago": a bound, read as the unit it names
                i += 2
            elif w in ("some", "sometime") and self.w(i + 1) in ("time", "in", "during", "around"):
                approximate = True
                i += 1
            elif w == "time" and approximate:
                i += 1
            elif w in ("no", "not") and self.w(i + 1) in ("later", "earlier") and self.w(i + 2) == "than":
                qualifier = "by" if self.w(i + 1) == "later" else "after"
                i += 3
            elif w == "up" and self.w(i + 1) in ("to", "until"):
                qualifier = "until"
                i += 2
            elif w == "as" and self.w(i + 1) == "of":
                i += 2
            elif w == "as" and self.w(i + 1) in ("early", "soon", "late") and self.w(i + 2) == "as":
                approximate = True  # "as early as next week", "as late as 2019": the date, hedged
                i += 3
            elif w == "on" and self.w(i + 1) == "or" and self.w(i + 2) in ("before", "after") and qualifier is None:
                qualifier = "by" if self.w(i + 2) == "before" else "since"  # "on or before March 31"
                i += 3
            elif w in ("shortly", "just") and self.w(i + 1) in ("after", "before"):
                approximate = True  # "shortly after 5 a.m.", "just before midnight"
                i += 1
            elif w in ("much", "most") and self.w(i + 1) == "of":
                approximate = True  # "for much of 2024", "most of last year"
                i += 2
            elif w == "within" and qualifier is None:
                if " ".join(self.words[i:end]) in VAGUE:
                    break  # "within days": a vague window of its own, not a bound
                qualifier = "within"
                i += 1
                if self.w(i) == "the" and self.w(i + 1) in ("next", "coming"):
                    i += 2
            elif w in _LEADING_QUALIFIERS and qualifier is None:
                if w == "after" and self.w(i + 1) in ("lunch", "school", "work") \
                        or w == "before" and self.w(i + 1) == "lunch":
                    break
                qualifier = lx.QUALIFIERS[w]
                i += 1
            elif w == "ever" and qualifier == "since":
                i += 1
            else:
                break
        if i >= end:
            raise self.error("no date in the expression", min(i, self.n - 1) if self.n else None)
        vague = VAGUE.get(" ".join(self.words[i:end])) if self.words[i] in _VAGUE_FIRST else None
        if vague is not None:
            p = Components()
            p.vague = vague
            return Reading(self.text, p, qualifier=qualifier, approximate=True)
        # (the range family's own first tests, read here: most expressions name no range or duration)
        expr = ranges._interval(self, i, end) if self.words[i] == "for" or not _CONNECTORS.isdisjoint(
            self.words) else None
        if expr is None:
            duration, end2 = ranges._trailing_duration(self, i, end) if "for" in self.words else (None, end)
            start_point = self.point(i, end2)
            expr = Reading(self.text, start_point, None, True, duration)
        if qualifier == "within":
            expr.qualifier = "by"
            if expr.start.offset is not None:
                expr.start.window = True
        else:
            expr.qualifier = qualifier if expr.qualifier is None else expr.qualifier
        expr.approximate = expr.approximate or approximate
        return expr

    def point(self, i: int, end: int) -> Components:
        """Read tokens [i, end) as one point; every token must be understood.

        The parser's view is cut at *end* while it reads, so no rule looks past
        the part of an interval it was given.
        """
        p = Components()
        saved = self.n
        self.n = min(end, saved)
        try:
            while i < end:
                j = self.component(i, end, p)
                if j <= i:
                    raise self._unknown(i)
                i = j
        finally:
            self.n = saved
        if p.hour is None and p.daypart is None and not p.has_date():  # (not has_time(), inline)
            raise self.error("no date in the expression", min(end, self.n) - 1)
        if p.ampm is None and p.daypart is None and (
                p.minute is not None and (self.clock24 and not p.minute_said and (":" in self.words or "h" in self.words)
                                          or p.day is not None and p.month is not None and p.year is not None)
                or p.clock_word and self.hour_word24):
            # "10:00" in Ukrainian is ten in the morning, "3:18" is 03:18; so is a time with its
            # minutes on a date written in full, as records write it ("2 December 2022 at 7:00"); so is
            # an hour with the hour word in a language of the 24-hour clock ("5h", "5 heures", "о 5 годині").
            # Minutes said in words are not written on a clock: "las tres y cuarto" is 03:15 or 15:15.
            p.time_exact = True
        if p.rel_unit is not None:
            _keep_day_and_month(p)
        return p

    def _unknown(self, i: int) -> ExpressionError:
        if self.speculative:
            return _SPECULATIVE_FAILURE.with_traceback(None)
        # A known word that cannot be read here usually means the word after it is the
        # problem ("last Thursdy"): point at the first word the grammar does not know.
        for j in range(i, self.n):
            if self.toks[j].number is None and self.words[j][:1].isalpha() and not _known_word(self.words[j]):
                i = j
                break
        tok = self.toks[i]
        raw = self.text[tok.start:tok.end]
        if tok.number is not None:
            return self.error(f"cannot read the number {raw!r} here", i)
        if not raw[0].isalnum():
            return self.error(f"unexpected {raw!r}", i)
        hint = None if self.speculative else suggest(tok.text)
        if hint == tok.text:
            hint = None  # a known word in a place it cannot stand: no spelling to suggest
        if hint and (hint in lx.WEEKDAYS or hint in lx.MONTHS or raw[:1].isupper()):
            hint = hint.capitalize()
        msg = f"unknown word {raw!r}"
        if hint:
            msg += f" (did you mean {hint!r}?)"
        elif _known_word(tok.text):
            return self.error(f"cannot read {raw!r} here", i)
        return self.error(msg, i, hint, UnknownWordError)

    def component(self, i: int, end: int, p: Components) -> int:
        """Read one component at i into p and return the index after it (i if none).

        The one place the order of a token's readings is declared: a clock phrase
        ('a quarter past 3', times), a number (absolute: dates, times, years), a word
        with a handler (registry.WORD_HANDLERS), a holiday that starts with a weekday
        or part of day, a weekday, a month, a relative word (units), an ordinal, a
        number word (offsets), a season, a part of the day, a zone, a quarter or half
        ('Q1', 'H2'), a holiday, a decade ('the '90s'), glue. A word's classes come from
        one table (``_KINDS``), so a reading its word cannot start is not tried.
        """
        t = self.toks[i]
        w = t.text
        if t.number is not None:
            if p.hour is None and i + 1 < end and (w == "half" or not _CLOCK_WORDS.isdisjoint(self.words[i + 1:end])):
                j = times.clock_relative(self, i, end, p)
                if j > i:
                    return j
            return absolute.numeric(self, i, end, p)
        kind = _KINDS.get(w, 0)
        if kind:
            if kind & _GLUE and (i + 1 >= self.n or self.words[i + 1] != "/"):
                return i + 1
            if kind & _CLOCK and p.hour is None and i + 1 < end and (
                    w == "half" or not _CLOCK_WORDS.isdisjoint(self.words[i + 1:end])):
                j = times.clock_relative(self, i, end, p)
                if j > i:
                    return j
            if kind & _HANDLER:
                j = int(_WORD_HANDLERS[w](self, i, end, p))
                if j > i:
                    return j
            if kind & (_WEEKDAY | _DAYPART) and p.holiday is None:
                found = _match_holiday(self.words, i, allow_common=True)
                if found is not None and found[1] > i + 1:
                    return holidays.holiday(self, i, end, p, found)
            if kind & _WEEKDAY:
                return weekdays.weekday(self, i, end, p)
            if kind & _MONTH:
                j = absolute.month(self, i, end, p)
                if j > i:
                    return j
            if kind & _RELATIVE:
                j = units.relative(self, i, end, p)
                if j > i:
                    return j
            if kind & _ORDINAL:
                ordinal = numbers.ordinal_at(self, i)
                if ordinal is not None:
                    j = units.ordinal(self, i, end, p, ordinal)
                    if j > i:
                        return j
            if kind & _NUMBER:
                j = offsets.number_phrase(self, i, end, p)
                if j > i:
                    return j
            if kind & _SEASON:
                return units.season(self, i, end, p)
            if kind & _DAYPART:
                return times.daypart(self, i, end, p)
            if kind & _ZONE and p.zone is None and (p.hour is not None or p.daypart is not None or i > 0):
                return zones.zone(self, i, end, p)
        if "/" in w and p.zone is None:
            j = zones.zone_name(self, i, end, p)  # another language's "за київським часом", read as Europe/Kyiv
            if j > i:
                return j
        if i + 2 < end and self.w(i + 1) == "/" and self.adjacent(i + 1):
            j = zones.iana_zone(self, i, end, p)
            if j > i:
                return j
        if w in ("q", "h") and self.num(i + 1) is not None and self.adjacent(i + 1):
            if w == "h" and self.num(i + 1) in (1, 2):
                p.half = self.num(i + 1)
                j = i + 2
                if self.num(j) is not None and len(self.words[j]) == 4:
                    p.year = self.num(j)
                    j += 1
                return j
            if w == "q" and 1 <= (self.num(i + 1) or 0) <= 4:
                p.quarter = self.num(i + 1)
                j = i + 2
                if self.num(j) is not None and len(self.words[j]) == 4:
                    p.year = self.num(j)
                    j += 1
                return j
        holiday = _match_holiday(self.words, i)
        if holiday is not None:
            return holidays.holiday(self, i, end, p, holiday)
        if w == "'" and self.num(i + 1) is not None and len(self.words[i + 1]) == 2 and self.w(i + 2) == "s":
            n = self.num(i + 1) or 0
            if n % 10 == 0:
                p.decade = 1900 + n if n >= 30 else 2000 + n
                return i + 3
        if w in lx.FILLERS or w in (",", ".", "(", ")", "'", "from", "between", "over", "throughout"):
            return i + 1
        if w == "a" and i + 1 < end and self.w(i + 1) in ("m", "p") and self.adjacent(i + 1):
            return i + 1
        return i


# The classes of a word, built once from the lexicon's tables: Parser.component tests a bit
# instead of asking each family's table in turn.
# (Final literals: the compiled build reads them as C constants, not from the module's dict)
_GLUE: Final = 1
_CLOCK: Final = 2
_HANDLER: Final = 4
_WEEKDAY: Final = 8
_DAYPART: Final = 16
_MONTH: Final = 32
_RELATIVE: Final = 64
_ORDINAL: Final = 128
_NUMBER: Final = 256
_SEASON: Final = 512
_ZONE: Final = 1024


def _word_kinds() -> dict[str, int]:
    kinds: dict[str, int] = {}
    for bit, words in ((_GLUE, _GLUE_ONLY), (_CLOCK, _CLOCK_STARTERS), (_HANDLER, _WORD_HANDLERS),
                       (_WEEKDAY, lx.WEEKDAYS), (_DAYPART, lx.PARTS_OF_DAY), (_MONTH, lx.MONTHS),
                       (_RELATIVE, lx.RELATIVE), (_ORDINAL, lx.ORDINAL_WORDS), (_ORDINAL, lx.ORDINAL_TENS),
                       (_NUMBER, lx.NUMBER_WORDS), (_NUMBER, ("half",)), (_SEASON, lx.SEASONS), (_ZONE, lx.ZONES)):
        for word in words:
            kinds[word] = kinds.get(word, 0) | bit
    return kinds


_KINDS: Final[dict[str, int]] = _word_kinds()


_LanguageReader = Callable[[str, list[Token], str, bool], tuple[list[Token], bool, bool]]
_read_language: _LanguageReader | None = None  # canonical.read_language once another language is read


def _import_read_language() -> _LanguageReader:
    """The canonical pass of other languages, imported on first use (English's start-up does without
    it) and kept, so that reading each expression does not pay for an import statement."""
    global _read_language
    from timeline.grammar.canonical import read_language

    _read_language = read_language
    return read_language


def parse(text: str, date_order: str = "auto", quiet: bool = False, language: str = "en") -> Expression:
    """Parse one date expression into a typed :class:`~timeline.expressions.Expression` (no dates
    computed): its meaning, or the two meanings of an interval, with qualifier and duration.

    Raises :class:`~timeline.errors.ExpressionError` naming the offending token,
    its position and, for a misspelt word, the nearest valid one; an unknown
    word is a :class:`~timeline.errors.MixedScriptError` when it mixes scripts
    ("понеділoк") and a :class:`~timeline.errors.WrongLanguageError` when the
    expression is in another language than *language*. With *quiet* the error
    carries no message (for callers that only ask "is this a date?" and try
    other readings, which keeps failures cheap).
    """
    # One function from text to Expression (the pipeline's glue is a call per stage per expression).
    try:
        if len(text) > MAX_EXPRESSION_LENGTH:
            raise OutOfRangeError(
                f"date expression too long ({len(text)} characters; at most {MAX_EXPRESSION_LENGTH})",
                text[:40] + "...", None, MAX_EXPRESSION_LENGTH)
        if quiet and not may_begin_expression(text, language):
            raise _SPECULATIVE_FAILURE.with_traceback(None)  # no expression begins with this word
        toks = tokenize(text)
        if len(toks) > 60:
            raise OutOfRangeError(f"date expression has too many words ({len(toks)})", text, None, 0)
        clock24 = hour_word24 = False
        if language != "en":
            toks, clock24, hour_word24 = (_read_language or _import_read_language())(text, toks, language, quiet)
        duration = None
        if "-" in text:
            toks, duration = _take_duration_adjective(toks, text)
        try:
            parser = Parser(text, toks, date_order.upper(), clock24, hour_word24)
            if quiet:
                parser.speculative = 1
            if toks:
                first = parser.words[0]
                # (can_start() answers True for anything but a word: asked only of a word no family reads)
                if first not in _KINDS and first[:1].isalpha() and not can_start(parser.words, 0):
                    raise parser._unknown(0)  # the first word starts no expression: no need to read on
            reading = parser.parse()
            if duration is not None:
                reading.duration = duration
            if "ish" in text.lower():
                reading.approximate = True
            return build_expression(reading)
        except ExpressionError:
            raise
        except (IndexError, KeyError, TypeError, ValueError, AttributeError, AssertionError) as exc:
            # A shape of words no rule expects: report it as unreadable, never crash the caller.
            raise ExpressionSyntaxError(f"cannot read {text!r} as a date: these words do not combine",
                                        text) from exc
    except UnknownWordError as exc:
        if quiet or not exc.message:
            raise
        from timeline.grammar.languages import explain_unknown

        better = explain_unknown(exc, text, language)
        if better is exc:
            raise
        raise better from None


def _show(value: object) -> str:
    """A meaning in words for ``describe``: its kind and the fields it sets."""
    if not isinstance(value, tuple) or not hasattr(value, "_fields"):
        return str(getattr(value, "name", value))
    shown = []
    for name in value._fields:
        field = getattr(value, name)
        if field is None or field is False:
            continue
        if name == "weekday" and isinstance(field, int):
            shown.append(f"{name}={lx.WEEKDAY_NAMES[field]}")
        elif name == "month" and isinstance(field, int):
            shown.append(f"{name}={lx.MONTH_NAMES[field]}")
        else:
            shown.append(f"{name}={_show(field)}")
    return f"{type(value).__name__}({', '.join(shown)})"


def describe(text: str, date_order: str = "DMY") -> str:
    """A one-line account of how *text* parses into a typed meaning; '' if it does not.

    >>> describe("Thursday at 10am")
    'AtTime(base=Weekday(weekday=Thursday), time=ClockTime(hour=10, ampm=am, grain=hour))'
    """
    try:
        expr = parse(text, date_order)
    except ExpressionError:
        return ""
    parts = []
    if expr.qualifier:
        parts.append(f"qualifier={expr.qualifier}")
    if expr.approximate:
        parts.append("approximate")
    if expr.end is not None:
        parts.append(f"interval from {_show(expr.start)} to {_show(expr.end)}")
    else:
        parts.append(_show(expr.start))
    if expr.duration:
        parts.append(f"for {expr.duration[0]:g} {expr.duration[1]}(s)")
    return "; ".join(parts)
