"""The date-expression grammar: text -> a structured expression, no dates yet.

The parser is hand-written over a token list (one linear regular expression
splits the text; no backtracking regex touches user input). An expression is
read as an optional qualifier ("by", "since", "around"...), then either an
interval ("from X to Y", "between X and Y", "X - Y") or a single point. A point
is a bag of components in any order ("Thursday at 10am", "10am Thursday",
"Fri, Jul 18, 2014 07:00 PM") collected into a :class:`Point`; the resolver
(:mod:`timeline.resolver`) turns it into dates against a reference.

Nothing here reads the clock or knows the reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import get_close_matches
from typing import Any

from timeline import lexicon as lx
from timeline.errors import (
    ExpressionError,
    ExpressionSyntaxError,
    ImpossibleDateError,
    OutOfRangeError,
    UnknownWordError,
)
from timeline.lexicons.schema import (
    DayWord,
    Glue,
    Hedge,
    Lexicon,
    Marker,
    Meaning,
    Month,
    Number,
    Ordinal,
    PartOfDay,
    PeriodPart,
    Qualifier,
    Relative,
    Season,
    Unit,
    Vague,
    Weekday,
    fold_diacritics,
)

_ISH_STEMS = frozenset({"morning", "afternoon", "evening", "night", "noon", "midday", "lunch", "tonight"})
_TOKEN_RE = re.compile(r"(\d+)|([^\W\d_]+(?:['’][^\W\d_]+)*)|(\S)")
MAX_EXPRESSION_LENGTH = 400


@dataclass(slots=True)
class Token:
    """One token: its normalized text, where it stands and whether it is a number."""

    text: str
    start: int
    end: int
    number: int | None
    space_before: bool
    possessive: bool = False


def tokenize(text: str) -> list[Token]:
    """Split *text* into normalized tokens (lowercase, possessive 's dropped)."""
    lower = text.lower()
    if lower.isascii() and lower.replace(" ", "").isalpha() and "ish" not in lower:
        # Words and single spaces only ("last week", "next tuesday"): no regex needed.
        out: list[Token] = []
        position = 0
        for word in lower.split(" "):
            if word:
                out.append(Token(word, position, position + len(word), None, True))
            position += len(word) + 1
        if out and out[0].start == 0:
            out[0].space_before = True
        return out
    tokens: list[Token] = []
    append = tokens.append
    prev_end = -1
    for m in _TOKEN_RE.finditer(lower):
        number, word, other = m.groups()
        start, end = m.span()
        space = start != prev_end
        prev_end = end
        if number is not None:
            append(Token(number, start, end, int(number) if len(number) < 12 and number.isascii() else None,
                         space))
        elif word is not None:
            if word == "ish" and not space and tokens and tokens[-1].number is not None:
                continue  # "3ish pm": the hedge is noted by parse(), the number stays a number
            if "'" in word or "’" in word:
                word = word.replace("’", "'")
                possessive = word.endswith("'s")
                if possessive:
                    word = word[:-2]
                append(Token(word.replace("'", ""), start, end, None, space, possessive))
            elif word[-3:] == "ish" and word[:-3] in _ISH_STEMS:
                append(Token(word[:-3], start, end - 3, None, space))
                append(Token("ish", end - 3, end, None, False))
            else:
                append(Token(word, start, end, None, space))
        elif other in "'’":
            if tokens and tokens[-1].end == start and tokens[-1].number is None:
                continue  # a trailing apostrophe of a plural possessive ("weeks'")
            append(Token("'", start, end, None, space))
        else:
            append(Token(other, start, end, None, space))
    return tokens


# --------------------------------------------------------------------------
# The structured expression


@dataclass(slots=True)
class Point:
    """Everything one point-like expression says, before any date is computed.

    Calendar fields (``year``, ``month``, ``day``, ``weekday``, ``quarter``...)
    come from explicit words; the ``rel_*`` fields from words relative to the
    reference; ``hour``/``minute``/``second``/``daypart`` from times of day.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    iso_week: int | None = None
    decade: int | None = None
    century: int | None = None
    rel_day: int | None = None  # today 0, tomorrow 1, yesterday -1
    rel_unit: tuple[str, int] | None = None  # ("week", -1) for "last week"
    rel_weekday: str | None = None  # "last" | "next" | "this" with weekday set
    week_shift: int | None = None  # "Friday of next week" -> 1
    unit_run: tuple[str, int, int] | None = None  # ("day", -1, 2): last 2 days; direction, count
    nth_ahead: tuple[str, int] | None = None  # ("week", 2): upcoming two weeks
    offset: tuple[float, str] | None = None  # (-3, "day"): 3 days ago
    offset_exact: bool = False  # "from right now": keep the reference's time
    window: bool = False  # "within 2 weeks": from the reference to the offset
    fiscal: bool = False  # "fiscal 2025", "FY2025": a fiscal year, taken as the calendar year
    holiday: Any = None  # timeline.holidays.Holiday
    holiday_shift: int | None = None  # last/next easter: -1 / +1; this: 0
    year_shift: int | None = None  # "of next year" -> 1
    month_shift: int | None = None  # "of next month" -> 1
    nth: tuple[int, str] | None = None  # (3, "tuesday") / (-1, "day") / (2, "week") within container
    nth_after: Point | None = None  # "third tuesday after christmas"
    closest: tuple[int, Point] | None = None  # the 2nd closest Monday to <point>
    now: bool = False
    part: str | None = None  # early | mid | late | begin | end | rest | earlier | later
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None  # "am" | "pm"
    time_grain: str | None = None  # hour | minute | second
    time_exact: bool = False  # the hour was written on a 24-hour clock
    daypart: str | None = None
    daypart_mod: str | None = None  # early | late
    zone: str | int | None = None
    zone_text: str | None = None
    anchor_event: str | None = None  # an event id ("2 days after congress-speech")
    anchored: tuple[float, str, Point] | None = None  # (+3, "day", <easter>)
    eod: bool = False
    open_unit: str | None = None  # "the weekend": a unit whose direction prefer decides
    vague: str | None = None
    words: list[str] = field(default_factory=list)

    def has_date(self) -> bool:
        """True when the point says anything about the day (not only the time)."""
        return not (
            self.year is None and self.month is None and self.day is None and self.weekday is None
            and self.rel_day is None and self.rel_unit is None and self.offset is None
            and self.holiday is None and self.quarter is None and self.season is None
            and self.iso_week is None and self.decade is None and self.century is None
            and self.unit_run is None and self.nth_ahead is None and self.nth is None
            and self.closest is None and self.anchored is None and self.vague is None
            and self.half is None and self.anchor_event is None and not self.now and not self.eod
            and self.month_shift is None and self.year_shift is None and self.open_unit is None)

    def has_time(self) -> bool:
        """True when the point names a time of day or a part of the day."""
        return self.hour is not None or self.daypart is not None


@dataclass(slots=True)
class Expression:
    """A parsed expression: one point, or an interval between two points."""

    text: str
    start: Point
    end: Point | None = None  # set for intervals
    end_inclusive: bool = True
    duration: tuple[float, str] | None = None  # "for 10 days"
    qualifier: str | None = None
    approximate: bool = False


# --------------------------------------------------------------------------
# Vocabulary the suggestion engine offers for misspelt words

_SPECIAL_WORDS = frozenset({
    "today", "tomorrow", "yesterday", "tonight", "now", "ago", "hence", "later", "earlier", "noon",
    "midnight", "week", "weekend", "month", "quarter", "year", "decade", "century", "early", "mid",
    "late", "beginning", "end", "start", "rest", "half", "from", "to", "between", "and", "until",
    "since", "before", "after", "by", "recently", "soon", "lately", "shortly",
})


def _vocabulary() -> list[str]:
    words = set(_SPECIAL_WORDS)
    for table in (lx.WEEKDAYS, lx.MONTHS, lx.NUMBER_WORDS, lx.ORDINAL_WORDS, lx.UNITS, lx.RELATIVE,
                  lx.SEASONS, lx.PARTS_OF_DAY):
        words.update(w for w in table if len(w) > 3)
    return sorted(words)


_VOCABULARY: dict[int, list[str]] | None = None


def suggest(word: str) -> str | None:
    """The nearest known word to a misspelt *word*, or None.

    Only words of about the same length are compared (a misspelling keeps the
    length within two letters), which keeps this cheap enough for the error
    path of a pipeline resolving thousands of lines.
    """
    global _VOCABULARY
    if _VOCABULARY is None:
        by_length: dict[int, list[str]] = {}
        for known in _vocabulary():
            by_length.setdefault(len(known), []).append(known)
        _VOCABULARY = by_length
    size = len(word)
    if size < 3:
        return None
    candidates = [w for n in range(size - 2, size + 3) for w in _VOCABULARY.get(n, ())
                  if w[0] == word[0] or w[-1] == word[-1] or w[1:2] == word[1:2]]
    found = get_close_matches(word, candidates, n=1, cutoff=0.75)
    return found[0] if found else None


# --------------------------------------------------------------------------
# Vague expressions: whole phrases with a documented approximate window

VAGUE: dict[str, str] = lx.VAGUE  # phrase -> window kind (the one table: timeline.lexicons.en)


# Raised (never shown) while trying a reading that may not fit, e.g. one side of a range.
_SPECULATIVE_FAILURE = ExpressionSyntaxError("this reading does not fit")
_VAGUE_FIRST = frozenset(phrase.split()[0] for phrase in VAGUE)
# Words that can open an expression before its date: hedges and qualifiers.
_LEADING_WORDS = frozenset({
    "around", "about", "approximately", "approx", "circa", "ca", "roughly", "nearly", "almost", "c", "some",
    "sometime", "time", "no", "not", "up", "as", "within", "by", "since", "until", "till", "til", "untill",
    "more", "less", "at",
    "before", "after", "through", "thru", "ever"})

# --------------------------------------------------------------------------
# The parser


class _Parser:
    """Reads one expression from its tokens; raises ExpressionError."""

    __slots__ = ("date_order", "n", "speculative", "text", "toks", "words")

    def __init__(self, text: str, toks: list[Token], date_order: str) -> None:
        self.text = text
        self.toks = toks
        self.words = [t.text for t in toks]
        self.n = len(toks)
        self.date_order = date_order
        self.speculative = 0  # > 0 while trying a reading that may fail: skip costly suggestions

    # ---- helpers -------------------------------------------------------

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

    def number_at(self, i: int) -> tuple[float, int] | None:
        """A cardinal number written in digits or words at i: (value, next index)."""
        if i >= self.n:
            return None
        t = self.toks[i]
        if t.number is not None:
            if self.w(i + 1) == "." and self.num(i + 2) is not None and self.adjacent(i + 1) \
                    and self.adjacent(i + 2):
                frac = float(f"0.{self.words[i + 2]}")
                return t.number + frac, i + 3
            if self.w(i + 1) == "/" and self.num(i + 2) and self.adjacent(i + 1) and self.adjacent(i + 2) \
                    and t.number < (self.num(i + 2) or 0) <= 4:
                return t.number / (self.num(i + 2) or 1), i + 3
            return float(t.number), i + 1
        word = t.text
        if word in ("a", "an", "one", "single"):
            j = i + 1
            if self.w(j) in ("couple", "pair"):
                j += 1
                if self.w(j) == "of":
                    j += 1
                return 2.0, j
            if self.w(j) == "few":
                return 3.0, j + 1
            if self.w(j) == "half":
                return 0.5, j + 1
            if self.w(j) == "quarter" and self.w(j + 1) == "of":
                k = j + 2
                if self.w(k) in ("a", "an"):
                    k += 1
                return 0.25, k
            if self.w(j) == "dozen":
                return 12.0, j + 1
            return 1.0, j
        if word in ("couple", "pair"):
            j = i + 1
            if self.w(j) == "of":
                j += 1
            return 2.0, j
        if word in ("few", "several"):
            return 3.0, i + 1
        if word == "half" and self.w(i + 1) in ("a", "an"):
            return 0.5, i + 2
        if word == "three" and (self.w(i + 1) == "quarters" or (self.w(i + 1) == "-"
                                                                 and self.w(i + 2) == "quarters")):
            j = i + 2 if self.w(i + 1) == "quarters" else i + 3
            if self.w(j) == "of":
                j += 1
            if self.w(j) in ("a", "an"):
                j += 1
            return 0.75, j
        if word in lx.NUMBER_WORDS and word not in ("o", "oh", "ou", "nought", "hundred", "thousand"):
            value = lx.NUMBER_WORDS[word]
            j = i + 1
            if word in lx._TENS and self.w(j) == "-":
                j += 1
            if value >= 20 and self.w(j) in lx.NUMBER_WORDS and 0 < lx.NUMBER_WORDS[self.w(j)] < 10:
                value += lx.NUMBER_WORDS[self.w(j)]
                j += 1
            if self.w(j) == "and" and self.w(j + 1) in ("a", "an") and self.w(j + 2) == "half":
                return value + 0.5, j + 3
            return float(value), j
        return None

    def ordinal_at(self, i: int) -> tuple[int, int] | None:
        """An ordinal (1st, third, twenty-first) at i: (value, next index)."""
        if i >= self.n:
            return None
        t = self.toks[i]
        if t.number is not None and self.w(i + 1) in lx.ORDINAL_SUFFIXES and self.adjacent(i + 1):
            return t.number, i + 2
        word = t.text
        if word in lx.ORDINAL_WORDS:
            return lx.ORDINAL_WORDS[word], i + 1
        if word in lx.ORDINAL_TENS:
            j = i + 1
            if self.w(j) == "-":
                j += 1
            if self.w(j) in lx.ORDINAL_WORDS and lx.ORDINAL_WORDS[self.w(j)] < 10:
                return lx.ORDINAL_TENS[word] + lx.ORDINAL_WORDS[self.w(j)], j + 1
        return None

    def year_words_at(self, i: int) -> tuple[int, int] | None:
        """A year spelled out: 'two thousand ten', 'two thousand nineteen'."""
        if self.w(i) == "two" and self.w(i + 1) == "thousand":
            j = i + 2
            if self.w(j) == "and":
                j += 1
            rest = self.number_at(j)
            if rest and rest[0] < 100 and self.w(j) in lx.NUMBER_WORDS:
                return 2000 + int(rest[0]), rest[1]
            return 2000, j
        return None

    # ---- top level -----------------------------------------------------

    def parse(self) -> Expression:
        if self.n == 0:
            raise ExpressionSyntaxError("empty date expression", self.text)
        i = 0
        qualifier: str | None = None
        approximate = False
        end = self.n
        # hedges and trailing "ish", "approximately"
        while end > 0 and self.words[end - 1] in ("ish", "approximately", "approx", "or", "so", ".", "?",
                                                   "!", ",", ";", ")") \
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
            elif w == "within" and qualifier is None:
                qualifier = "within"
                i += 1
                if self.w(i) == "the" and self.w(i + 1) in ("next", "coming"):
                    i += 2
            elif w in ("by", "since", "until", "till", "til", "untill", "before", "after", "through",
                       "thru") and qualifier is None:
                if w == "after" and self.w(i + 1) in ("lunch", "school", "work"):
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
            p = Point(vague=vague)
            return Expression(self.text, p, qualifier=qualifier, approximate=True)
        expr = self._interval(i, end)
        if expr is None:
            duration, end2 = self._trailing_duration(i, end)
            start_point = self.point(i, end2)
            expr = Expression(self.text, start_point, duration=duration)
        if qualifier == "within":
            expr.qualifier = "by"
            if expr.start.offset is not None:
                expr.start.window = True
        else:
            expr.qualifier = qualifier if expr.qualifier is None else expr.qualifier
        expr.approximate = expr.approximate or approximate
        return expr

    def _trailing_duration(self, i: int, end: int) -> tuple[tuple[float, str] | None, int]:
        """'18th Dec for 10 days', 'a two-day visit' -> a duration that extends the event."""
        if "for" not in self.words:
            return None, end
        for k in range(i, end):
            if self.words[k] == "for" and k > i:
                got = self.number_at(k + 1)
                if got and got[1] < end and self.w(got[1]) in lx.UNITS and got[1] + 1 == end:
                    return (got[0], lx.UNITS[self.w(got[1])]), k
        return None, end

    def _interval(self, i: int, end: int) -> Expression | None:
        """X - Y, X to Y, from X to Y, between X and Y, later than X but before Y."""
        words = self.words
        first = words[i]
        if _CONNECTORS.isdisjoint(words) and first != "for":
            return None
        if first in ("from", "between"):
            i += 1
            if self.w(i) == "the" and first == "between":
                pass
        elif first == "later" and self.w(i + 1) == "than":
            for k in range(i + 2, end - 2):
                if words[k] == "but" and words[k + 1] == "before":
                    left = self._try_point(i + 2, k)
                    right = self._try_point(k + 2, end)
                    if left and right:
                        return self._merge_interval(left, right, True)
            return None
        for k in range(i + 1, end - 1):
            w = words[k]
            if w in ("-", "–", "—", "to", "till", "til", "until", "untill", "thru", "through", "and") \
                    or (w == "/" and first != "from"):
                if w == "and" and first != "between":
                    continue
                if w == "/" and not (k - i >= 5 and end - k >= 6 and self.num(k - 1) is not None
                                     and self.num(k + 1) is not None and len(self.words[k + 1]) == 4):
                    continue
                if w == "-" and self._dash_is_part_of_date(k):
                    continue
                if w == "in" and words[k + 1] == "between":
                    continue
                left_end, right_start = k, k + 1
                if w == "till" and self.w(k + 1) == "the":
                    right_start = k + 1
                left = None if self._is_bare(i, left_end) else self._try_point(i, left_end)
                right = None if self._is_bare(right_start, end) else self._try_point(right_start, end)
                if left is None and right is not None:
                    left = self._bare_side(i, left_end, right)
                elif right is None and left is not None:
                    right = self._bare_side(right_start, end, left)
                if left is None or right is None:
                    continue
                return self._merge_interval(left, right, True)
        if first in ("from",):
            # "from 18th Dec for 10 days", "for 30' starting from 4pm"
            duration, end2 = self._trailing_duration(i, end)
            if duration:
                p = self._try_point(i, end2)
                if p:
                    return Expression(self.text, p, duration=duration)
        if first == "for":
            got = self.number_at(i + 1)
            if got and got[1] < end:
                unit_i = got[1]
                unit = None
                if self.w(unit_i) in lx.UNITS:
                    unit = lx.UNITS[self.w(unit_i)]
                elif self.w(unit_i) == "'":
                    unit = "minute"
                elif self.w(unit_i) == '"':
                    unit = "second"
                if unit:
                    j = unit_i + 1
                    if self.w(j) == "starting":
                        j += 1
                    if self.w(j) == "from":
                        j += 1
                    p = self._try_point(j, end)
                    if p:
                        return Expression(self.text, p, duration=(got[0], unit))
        return None

    def _is_bare(self, i: int, end: int) -> bool:
        """True for a side of a range that is only a small number: '13', 'the 15th', '15 of'."""
        k = i
        if self.w(k) == "the":
            k += 1
        t = self.toks[k] if k < end else None
        if t is None or t.number is None or len(t.text) > 2:
            return False
        k += 1
        if k < end and self.w(k) in lx.ORDINAL_SUFFIXES:
            k += 1
        if k < end and self.w(k) == "of":
            k += 1
        return k == end

    def _bare_side(self, i: int, end: int, other: Point) -> Point | None:
        """One side of a range that is only a number: a day ('July 13-15') or an hour ('3-4pm')."""
        k = i
        if self.w(k) == "the":
            k += 1
        ordinal = self.ordinal_at(k)
        number = self.number_at(k)
        if ordinal is not None:
            value, k = ordinal
        elif number is not None and number[0] == int(number[0]):
            value, k = int(number[0]), number[1]
        else:
            return None
        if self.w(k) == "of":
            k += 1
        rest = k
        if other.day is not None and 1 <= value <= 31 and rest == end:
            return Point(day=value)
        if other.hour is not None and 0 <= value <= 24:
            p = Point()
            try:
                j = self._set_time(p, value, None, None, k, end, i)
            except ExpressionError:
                return None
            if j == end:
                return p
        return None

    def _dash_is_part_of_date(self, k: int) -> bool:
        """'2025-03-06', '2015-3-3', '31-Oct-74', '10-31-74' keep their dashes."""
        prev = self.toks[k - 1]
        nxt = self.toks[k + 1]
        if not (self.adjacent(k) and self.adjacent(k + 1)):
            if prev.number is not None and nxt.number is not None and prev.number <= 12 and nxt.number <= 31 \
                    and k == 1 and self.n == 3:
                return True  # "2 - 15" as month-day (Duckling's reading)
            return False
        if prev.number is not None and len(prev.text) == 4:
            return not (nxt.number is not None and len(nxt.text) == 4)
        if nxt.number is not None and len(nxt.text) == 4 and prev.number is not None:
            return False
        if prev.text in lx.MONTHS or nxt.text in lx.MONTHS:
            # "31-Oct-74": a dash between a month and a number
            return prev.number is None or nxt.number is None
        if prev.number is not None and nxt.number is not None and k + 2 < self.n \
                and self.words[k + 2] == "-" and self.adjacent(k + 2):
            return True
        if prev.number is not None and nxt.number is not None and k - 2 >= 0 \
                and self.words[k - 2] == "-" and self.adjacent(k - 1):
            return True
        if prev.number is not None and nxt.number is not None and self.n == 3:
            return True  # "2-15" alone is a date
        return False

    def _try_point(self, i: int, end: int) -> Point | None:
        if i >= end:
            return None
        self.speculative += 1
        try:
            return self.point(i, end)
        except ExpressionError:
            return None
        finally:
            self.speculative -= 1

    def _merge_interval(self, left: Point, right: Point, inclusive: bool) -> Expression:
        """Share what one side leaves out: 'July 13-15', '13 to 15 July', '3-4pm', '9:30-11 on Thu'."""
        date_fields = ("year", "month", "weekday", "rel_day", "holiday")
        left_has_day = left.day is not None or left.weekday is not None or left.rel_day is not None
        right_has_day = right.day is not None or right.weekday is not None or right.rel_day is not None
        if left.has_time() and right.has_time():
            for f in ("year", "month", "day", "weekday", "rel_day", "rel_weekday", "week_shift", "holiday"):
                lv, rv = getattr(left, f), getattr(right, f)
                if lv is None and rv is not None:
                    setattr(left, f, rv)
                elif rv is None and lv is not None:
                    setattr(right, f, lv)
            if left.zone is None and right.zone is not None:
                left.zone, left.zone_text = right.zone, right.zone_text
            if right.ampm is None and right.hour is not None and right.hour <= 12 and left.ampm \
                    and left.hour is not None and right.hour % 12 >= left.hour % 12:
                right.ampm = left.ampm
            if left.ampm is None and left.hour is not None and left.hour <= 12 and right.ampm:
                if not (right.ampm == "pm" and left.hour > (right.hour or 0) and right.hour != 12):
                    left.ampm = right.ampm
            if left.daypart and right.daypart is None and right.hour is not None:
                right.daypart = left.daypart
            if right.daypart and left.daypart is None and left.hour is not None:
                left.daypart = right.daypart
        elif left_has_day or right_has_day:
            for f in date_fields:
                lv, rv = getattr(left, f), getattr(right, f)
                if lv is None and rv is not None and (f != "weekday"):
                    setattr(left, f, rv)
                elif rv is None and lv is not None and f != "weekday":
                    setattr(right, f, lv)
        elif left.year is not None and right.year is not None:
            pass
        return Expression(self.text, left, right, end_inclusive=inclusive)

    # ---- points --------------------------------------------------------

    def point(self, i: int, end: int) -> Point:
        """Read tokens [i, end) as one point; every token must be understood.

        The parser's view is cut at *end* while it reads, so no rule looks past
        the part of an interval it was given.
        """
        p = Point()
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
        if not p.has_date() and not p.has_time():
            raise self.error("no date in the expression", min(end, self.n) - 1)
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

    def component(self, i: int, end: int, p: Point) -> int:
        """Read one component at i into p and return the index after it (i if none)."""
        t = self.toks[i]
        w = t.text
        if p.hour is None and (w in _CLOCK_STARTERS or t.number is not None) and i + 1 < end and (w == "half" or
                _CLOCK_WORDS.intersection(self.words[i + 1:end])):
            j = self.clock_relative(i, end, p)
            if j > i:
                return j
        if t.number is not None:
            return self.numeric(i, end, p)
        handler = _WORD_HANDLERS.get(w)
        if handler is not None:
            j = int(handler(self, i, end, p))
            if j > i:
                return j
        if (w in lx.WEEKDAYS or w in lx.PARTS_OF_DAY) and p.holiday is None:
            found = _match_holiday(self.words, i, allow_common=True)
            if found is not None and found[1] > i + 1:
                return self.holiday(i, end, p, found)
        if w in lx.WEEKDAYS:
            return self.weekday(i, end, p)
        if w in lx.MONTHS:
            j = self.month(i, end, p)
            if j > i:
                return j
        if w in lx.RELATIVE:
            j = self.relative(i, end, p)
            if j > i:
                return j
        ordinal = self.ordinal_at(i)
        if ordinal is not None:
            j = self.ordinal(i, end, p, ordinal)
            if j > i:
                return j
        if w in lx.NUMBER_WORDS or w == "half":
            j = self.number_phrase(i, end, p)
            if j > i:
                return j
        if w in lx.SEASONS:
            return self.season(i, end, p)
        if w in lx.PARTS_OF_DAY:
            return self.daypart(i, end, p)
        if w in lx.ZONES and p.zone is None and (p.hour is not None or p.daypart is not None or i > 0):
            return self.zone(i, end, p)
        if self.w(i + 1) == "/" and t.number is None and i + 2 < end and self.adjacent(i + 1):
            j = self.iana_zone(i, end, p)
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
            return self.holiday(i, end, p, holiday)
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

    # ---- numbers -------------------------------------------------------

    def numeric(self, i: int, end: int, p: Point) -> int:
        toks = self.toks
        t = toks[i]
        n = t.number
        assert n is not None
        digits = len(t.text)
        nxt = self.w(i + 1)
        adj = self.adjacent(i + 1)
        # ISO and other all-numeric dates: YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY-Qn
        if digits == 4 and nxt in ("-", "/", ".") and adj and i + 2 < end and self.adjacent(i + 2):
            third = toks[i + 2]
            if third.number is not None:
                if nxt != "." and i + 3 < end and self.w(i + 3) == nxt and self.adjacent(i + 3) \
                        and self.num(i + 4) is not None and self.adjacent(i + 4):
                    self._set_date(p, n, third.number, self.num(i + 4) or 0, i)
                    j = i + 5
                    return self._iso_time(j, end, p)
                if third.number <= 12 and len(third.text) <= 2 and nxt in ("-", "/"):
                    p.year, p.month = n, third.number
                    return i + 3
            elif third.text == "w" and self.num(i + 3) is not None and self.adjacent(i + 3):
                p.year, p.iso_week = n, self.num(i + 3)
                return i + 4
            elif third.text == "q" and self.num(i + 3) is not None and self.adjacent(i + 3):
                p.year, p.quarter = n, self.num(i + 3)
                return i + 4
            elif third.text in ("h", "s") and self.num(i + 3) in (1, 2) and self.adjacent(i + 3):
                p.year, p.half = n, self.num(i + 3)
                return i + 4
        if digits in (2, 4) and nxt == "q" and adj and self.num(i + 2) is not None and self.adjacent(i + 2):
            p.quarter = self.num(i + 2)
            p.year = n if digits == 4 else 2000 + n
            return i + 3
        if digits == 4 and nxt in ("w",) and adj and self.num(i + 2) is not None:
            p.year, p.iso_week = n, self.num(i + 2)
            return i + 3
        # decades: 1990s, 90s, '90s
        if nxt == "s" and adj and digits in (2, 4) and n % 10 == 0:
            p.decade = n if digits == 4 else (1900 + n if n >= 30 else 2000 + n)
            return i + 2
        # numeric day-month-year: 6/3/2025, 3.6.25, 2/15, 10-31-74, 2/2013
        if nxt in ("/", "-", ".") and adj and self.num(i + 2) is not None and digits <= 2:
            j = self.numeric_date(i, end, p)
            if j > i:
                return j
        if nxt in ("/", "-") and self.num(i + 2) is not None and digits <= 2 and self.n == 3 \
                and not adj:
            j = self.numeric_date(i, end, p)
            if j > i:
                return j
        # times: 10:30, 15:23:24, 15h30, 3h18, 16h
        if nxt == ":" and adj and self.num(i + 2) is not None and self.adjacent(i + 2) and n <= 24:
            minute = self.num(i + 2) or 0
            j = i + 3
            second = None
            if self.w(j) == ":" and self.num(j + 1) is not None:
                second = self.num(j + 1)
                j += 2
            return self._set_time(p, n, minute, second, j, end, i)
        if nxt == "h" and adj and n <= 24:
            j = i + 2
            minute_h: int | None = None
            if self.num(j) is not None and self.adjacent(j):
                minute_h = self.num(j)
                j += 1
            p.time_exact = True
            return self._set_time(p, n, minute_h if minute_h is not None else 0, None, j, end, i,
                                  grain="minute")
        # ordinal day: 15th, 1st
        if nxt in lx.ORDINAL_SUFFIXES and adj:
            return self.ordinal(i, end, p, (n, i + 2))
        # number followed by a unit: offsets and runs ("3 days ago", "in 2 weeks")
        if nxt in lx.UNITS or nxt in ("'", '"', "upcoming") or (nxt in lx.WEEKDAYS and nxt.endswith("s")):
            j = self.number_phrase(i, end, p)
            if j > i:
                return j
        # day + month name: 6 March, 14april, 31-Oct-74, 31/Oct/1974
        k = i + 1
        if self.w(k) in ("-", "/", ".") and adj:
            k += 1
        elif self.w(k) == "of":
            k += 1
            if self.w(k) == "the":
                k += 1
            if self.w(k) in lx.RELATIVE and self.w(k + 1) == "month" and 1 <= n <= 31:
                p.day, p.month_shift = n, lx.RELATIVE[self.w(k)]
                return k + 2
        if self.w(k) in lx.MONTHS and 1 <= n <= 31:
            p.day = n
            return self.month(k, end, p)
        if self.w(i + 1) == "a" and self.w(i + 2) == "." and self.w(i + 3) == "d":
            p.year = n
            j = i + 4
            if self.w(j) == ".":
                j += 1
            return j
        # times with am/pm: 3pm, 10 am, 330 p.m., 1030
        ampm_j = self._ampm_at(i + 1)
        if ampm_j is not None:
            hour, minute = (n, 0) if n <= 24 else divmod(n, 100)
            return self._set_time(p, hour, minute if n > 24 else None, None, i + 1, end, i)
        # years
        if digits == 4 and 1000 <= n <= 2999 and not self._four_digit_time(i, n, p):
            if p.year is not None:
                raise self.error("two years in one expression", i)
            p.year = n
            j = i + 1
            if self.w(j) in ("ad", "ce"):
                j += 1
            elif self.w(j) == "a" and self.w(j + 1) == "." and self.w(j + 2) == "d":
                j += 3
                if self.w(j) == ".":
                    j += 1
            elif self.w(j) in ("bc", "bce") or (self.w(j) == "b" and self.w(j + 1) == "."):
                raise OutOfRangeError("years before the common era are not supported", self.text,
                                      self.text[t.start:], t.start)
            return j
        if digits in (3, 4) and n % 100 < 60 and n // 100 <= 24 and self._time_context(i):
            return self._set_time(p, n // 100, n % 100, None, i + 1, end, i)
        if self.w(i + 1) in ("ad", "a") and (self.w(i + 1) == "ad" or self.w(i + 2) == "."):
            p.year = n
            j = i + 2
            while self.w(j) in (".", "d"):
                j += 1
            return j
        # a two-digit year after a month: "14th April 15", "May 25"? handled in month()
        # bare small numbers: an hour in time context, a day of month after "the"/"on"
        if n <= 24 and (self._time_context(i) or p.daypart is not None or p.rel_day is not None
                        or self.w(i + 1) in ("oclock", "o'clock", "tonight", "tonite", "tomorrow", "today")
                        or (self.w(i + 1) == "this" and self.w(i + 2) in lx.PARTS_OF_DAY)
                        or (self.w(i + 1) == "in" and self.w(i + 2) == "the"
                            and self.w(i + 3) in ("morning", "afternoon", "evening", "night", "am", "pm"))
                        or p.weekday is not None):
            if self.w(i + 1) in lx.NUMBER_WORDS or (self.num(i + 1) is not None and n <= 12
                                                     and (self.num(i + 1) or 0) < 60
                                                     and len(self.words[i + 1]) == 2):
                got = self._minutes_after(i + 1)
                if got is not None:
                    return self._set_time(p, n, got[0], None, got[1], end, i)
            j = i + 1
            if self.w(j) in ("oclock",):
                j += 1
            return self._set_time(p, n, None, None, j, end, i)
        if 1 <= n <= 31 and i > 0 and self.words[i - 1] in ("the", "on") and p.day is None:
            p.day = n
            return i + 1
        if n <= 24 and i == 0 and self.n == 1:
            return self._set_time(p, n, None, None, i + 1, end, i)
        if digits in (3, 4) and n % 100 < 60 and n // 100 <= 24 and (p.daypart or p.rel_day is not None):
            return self._set_time(p, n // 100, n % 100, None, i + 1, end, i)
        if 1 <= n <= 31 and p.month is not None and p.day is None:
            p.day = n
            return i + 1
        return i

    def _four_digit_time(self, i: int, n: int, p: Point) -> bool:
        """'at 1030', 'around 1030' are times; 'by 2030', 'in 1989' are years."""
        if p.hour is not None or n % 100 >= 60 or i == 0:
            return False
        prev = self.words[i - 1]
        return prev in ("at", "@") or (prev in ("around", "approximately", "about") and n < 1300)

    def clock_relative(self, i: int, end: int, p: Point) -> int:
        """'a quarter past 3pm', 'twenty after 3', '15 minutes to noon', 'half past three', 'half three'."""
        j = i
        minutes: int | None
        if self.w(j) == "half" and self.w(j + 1) != "past":
            # British "half three" = 3:30
            half_hour = self.number_at(j + 1)
            if half_hour and half_hour[0] == int(half_hour[0]) and 1 <= half_hour[0] <= 12 \
                    and self.w(j + 1) not in ("a", "an"):
                return self._set_time(p, int(half_hour[0]), 30, None, half_hour[1], end, i)
            return i
        if self.w(j) in ("a", "an") and self.w(j + 1) == "quarter":
            minutes, j = 15, j + 2
        elif self.w(j) == "quarter":
            minutes, j = 15, j + 1
        elif self.w(j) == "half":
            minutes, j = 30, j + 1
        else:
            got = self.number_at(j)
            if got is None or got[0] != int(got[0]) or not 0 < got[0] < 60:
                return i
            minutes, j = int(got[0]), got[1]
            if self.w(j) in ("minutes", "minute", "mins", "min"):
                j += 1
        rel = self.w(j)
        if rel not in ("past", "after", "to", "till", "before", "of", "from"):
            return i
        if rel in ("after", "from", "before") and self.w(j - 1) not in ("minutes", "minute", "mins", "min") \
                and minutes not in (15, 30) and self.toks[i].number is not None:
            return i
        k = j + 1
        hour: int
        hp = Point()
        if self.w(k) in ("noon", "midday"):
            hour, k = 12, k + 1
            hp.time_exact = True
        elif self.w(k) == "midnight":
            hour, k = 0, k + 1
            hp.time_exact = True
        else:
            clock = self.number_at(k)
            if clock is None or clock[0] != int(clock[0]) or not 0 <= clock[0] <= 24:
                return i
            hour, k2 = int(clock[0]), clock[1]
            try:
                k = self._set_time(hp, hour, None, None, k2, end, k)
            except ExpressionError:
                return i
            if self.w(k - 1) == "h" and self.num(k) is None:
                hp.time_exact = True
        sign = -1 if rel in ("to", "till", "before", "of") else 1
        base = hour * 60
        if hp.ampm == "pm" and hour < 12:
            base += 720
        elif hp.ampm == "am" and hour == 12:
            base = 0
        total = base + sign * minutes
        h, m = divmod(total % 1440, 60)
        p.hour, p.minute, p.time_grain = h, m, "minute"
        p.ampm = None
        p.time_exact = hp.ampm is not None or hp.time_exact or h > 12 or h == 0
        if hp.ampm is None and not hp.time_exact and 1 <= h <= 12:
            p.time_exact = False
        return k

    def _time_context(self, i: int) -> bool:
        if i == 0:
            return False
        prev = self.words[i - 1]
        return prev in ("at", "@", "around", "approximately", "about", "by", "until", "till", "from",
                        "to", "-", "between", "and", "tonight", "tomorrow", "today", "morning", "evening",
                        "afternoon", "night")

    def _minutes_after(self, i: int) -> tuple[int, int] | None:
        """'ten thirty', 'twelve oh three', 'at 3 15': minutes written after the hour."""
        if self.num(i) is not None:
            return self.num(i) or 0, i + 1
        w = self.w(i)
        if w in ("o", "oh", "ou", "zero", "nought"):
            j = i + 1
            if self.w(j) == "-":
                j += 1
            got = self.number_at(j)
            if got and got[0] < 10:
                return int(got[0]), got[1]
            return None
        if w in ("-",):
            return self._minutes_after(i + 1)
        got = self.number_at(i)
        if got and w in lx.NUMBER_WORDS and w not in ("a", "an", "couple", "few", "several", "pair") \
                and got[0] < 60:
            return int(got[0]), got[1]
        return None

    def _ampm_at(self, j: int) -> int | None:
        """Index after an am/pm marker at j ('pm', 'p.m.', 'p m', 'a', 'in the PM'), or None."""
        w = self.w(j)
        if w in ("am", "pm"):
            k = j + 1
            if self.w(k) == ".":
                k += 1
            return k
        if w in ("a", "p") and (self.adjacent(j) or self.w(j + 1) in (".", "m")):
            k = j + 1
            if self.w(k) == ".":
                k += 1
            if self.w(k) == "m":
                k += 1
                if self.w(k) == ".":
                    k += 1
            return k
        if w == "in" and self.w(j + 1) == "the" and self.w(j + 2) in ("am", "pm"):
            return j + 3
        return None

    def _set_time(self, p: Point, hour: int, minute: int | None, second: int | None, j: int, end: int,
                  i: int, grain: str | None = None) -> int:
        if p.hour is not None:
            raise self.error("two times in one expression", i)
        if hour > 24 or (minute is not None and minute > 59) or (second is not None and second > 59):
            raise self.error(f"no such time of day: {self.text[self.toks[i].start:self.toks[min(j, self.n) - 1].end]!r}", i,
                             kind=ImpossibleDateError)
        p.hour = hour
        p.minute = minute
        p.second = second
        p.time_grain = grain or ("second" if second is not None else "minute" if minute is not None else "hour")
        if hour > 12 or (self.w(i).startswith("0") and len(self.w(i)) == 2):
            p.time_exact = True
        k = self._ampm_at(j)
        if k is not None and k <= end:
            marker = self.w(j)
            if marker == "in":
                marker = self.w(j + 2)
            p.ampm = "pm" if marker.startswith("p") else "am"
            if hour > 12:
                raise self.error(f"{hour} is not an hour on a 12-hour clock", i, kind=ImpossibleDateError)
            j = k
        if self.w(j) == "oclock":
            j += 1
        return j

    def _iso_time(self, j: int, end: int, p: Point) -> int:
        """An ISO time after an ISO date: 2025-03-06T10:00, '2015-03-28 17:00:00'."""
        if j < end and self.w(j) == "t" and self.adjacent(j) and self.num(j + 1) is not None:
            j += 1
        if j < end and self.num(j) is not None and self.w(j + 1) == ":":
            return self.numeric(j, end, p)
        if j < end and self.w(j).startswith("t") and self.adjacent(j):
            rest = self.w(j)[1:]
            if rest.isdigit():
                return j
        return j

    def numeric_date(self, i: int, end: int, p: Point) -> int:
        """d/m/y, m/d/y or y/m/d by date_order; d/m or m/d; m/yyyy."""
        a = self.num(i)
        sep = self.w(i + 1)
        b = self.num(i + 2)
        assert a is not None and b is not None
        j = i + 3
        c: int | None = None
        c_digits = 0
        if self.w(j) == sep and self.num(j + 1) is not None and (self.adjacent(j) or not self.adjacent(i + 1)):
            c = self.num(j + 1)
            c_digits = len(self.words[j + 1])
            j += 2
        if c is None:
            if len(self.words[i + 2]) == 4 and 1 <= a <= 12:
                p.month, p.year = a, b
                return j
            if sep == "." and not self.adjacent(i + 1):
                return i
            day, month = self._order_pair(a, b, i)
            p.day, p.month = day, month
            return j
        year = c
        if c_digits == 2:
            year = 1900 + c if c >= 50 else 2000 + c
        elif c_digits != 4:
            return i
        order = self.date_order
        if order == "YMD":
            order = "DMY"
        if order == "AUTO":
            # DMY unless only the MDY reading is a date (10/31/1974): unambiguous either way
            order = "MDY" if b > 12 >= a else "DMY"
        if a > 12 and b > 12:
            raise self.error(f"{self.text[self.toks[i].start:self.toks[j - 1].end]!r} is not a date "
                             f"(neither {a} nor {b} is a month)", i, kind=ImpossibleDateError)
        if order == "DMY":
            day, month = a, b
            if month > 12 and day <= 12:
                raise self.error(
                    f"{self.text[self.toks[i].start:self.toks[j - 1].end]!r} is not a valid DMY date "
                    f"(month {month}); set date_order: MDY for US dates", i, kind=ImpossibleDateError)
        else:
            month, day = a, b
            if month > 12 and day <= 12:
                raise self.error(
                    f"{self.text[self.toks[i].start:self.toks[j - 1].end]!r} is not a valid MDY date "
                    f"(month {month}); set date_order: DMY", i, kind=ImpossibleDateError)
        self._set_date(p, year, month, day, i)
        return j

    def _order_pair(self, a: int, b: int, i: int) -> tuple[int, int]:
        if self.date_order == "MDY":
            return b, a
        if self.date_order in ("DMY", "AUTO"):
            if b > 12 and a <= 12:
                return b, a  # unambiguous US form like 2/15
            return a, b
        return b, a

    def _set_date(self, p: Point, year: int, month: int, day: int, i: int) -> None:
        if p.year is not None and p.year != year:
            raise self.error("two different years in one expression", i)
        p.year, p.month, p.day = year, month, day

    # ---- words ---------------------------------------------------------

    def weekday(self, i: int, end: int, p: Point) -> int:
        dow = lx.WEEKDAYS[self.words[i]]
        if p.weekday is not None and p.weekday != dow:
            raise self.error("two different weekdays in one expression", i)
        p.weekday = dow
        j = i + 1
        if self.w(j) == "." and self.adjacent(j):
            j += 1
        # "Friday after next", "Friday before last"
        if self.w(j) == "after" and self.w(j + 1) == "next":
            p.rel_weekday = "next"
            p.week_shift = None
            p.offset = None
            p.nth_ahead = ("weekday", 2)
            return j + 2
        if self.w(j) == "before" and self.w(j + 1) == "last":
            p.nth_ahead = ("weekday", -2)
            return j + 2
        # "Friday last week", "Tuesday of next week", "sunday from last week"
        k = j
        if self.w(k) in ("of", "from", "in"):
            k += 1
        if self.w(k) == "the":
            k += 1
        if self.w(k) in lx.RELATIVE and self.w(k + 1) == "week":
            p.week_shift = lx.RELATIVE[self.w(k)]
            return k + 2
        if self.w(k) == "week" and self.w(k + 1) == "after" and self.w(k + 2) == "next":
            p.week_shift = 2
            return k + 3
        return j

    def month(self, i: int, end: int, p: Point) -> int:
        month = lx.MONTHS[self.words[i]]
        word = self.words[i]
        # "may" and "march" are also verbs; only accept them where a date makes sense (the grammar
        # reads whole expressions, so a lone "May" is the month).
        if p.month is not None and p.month != month:
            return i
        p.month = month
        j = i + 1
        if self.w(j) in ("quarter", "qtr") and p.quarter is None and p.day is None:
            # "the December quarter": the quarter that holds the month (the month read by prefer)
            p.quarter = (month - 1) // 3 + 1
            return j + 1
        if self.w(j) == "." and word != "may":
            j += 1
        if self.w(j) in ("-", "/") and self.adjacent(j) and self.num(j + 1) is not None:
            j += 1
        # March 6, March 6th, March the 6th, March first, Feb13
        k = j
        if self.w(k) == "the":
            k += 1
        ordinal = self.ordinal_at(k)
        if ordinal and 1 <= ordinal[0] <= 31 and p.day is None:
            p.day = ordinal[0]
            j = ordinal[1]
        elif self.num(k) is not None and p.day is None and len(self.words[k]) <= 2 \
                and 1 <= (self.num(k) or 0) <= 31 and self.w(k + 1) not in lx.UNITS \
                and self.w(k + 1) not in (":", "h") and self._ampm_at(k + 1) is None:
            p.day = self.num(k)
            j = k + 1
        # year: March 2025, March 6, 2025, 31-Oct-74, 14th April 15
        k = j
        if self.w(k) in (",", "-", "/", "of") and self.num(k + 1) is not None:
            k += 1
        if self.num(k) is not None and p.year is None:
            digits = len(self.words[k])
            if digits == 4 and self.w(k + 1) not in (":", "h") and self._ampm_at(k + 1) is None \
                    and not (self.w(k + 1) in lx.UNITS):
                p.year = self.num(k)
                return k + 1
            if digits == 2 and p.day is not None and (
                    (i > 0 and self.words[i - 1] in ("-", "/") and self.w(k - 1) == self.words[i - 1])
                    or (self.w(k - 1) not in ("-", "/") and (k + 1 == end or self.w(k + 1) == ""))) \
                    and self.w(k + 1) not in (":", "h") and self._ampm_at(k + 1) is None:
                n = self.num(k) or 0
                p.year = 1900 + n if n >= 50 else 2000 + n
                return k + 1
        if self.w(j) == "," and p.day is not None:
            j += 1
        year_words = self.year_words_at(j)
        if year_words:
            p.year = year_words[0]
            return year_words[1]
        # "March after next"
        if self.w(j) == "after" and self.w(j + 1) == "next":
            p.year_shift = 2
            return j + 2
        return j

    def relative(self, i: int, end: int, p: Point) -> int:
        """last/this/next + weekday, unit, month, season, holiday; 'last 2 weeks'."""
        words = self.words
        rel = lx.RELATIVE[words[i]]
        word = words[i]
        j = i + 1
        # "last 2 weeks", "next three days", "past 2 days"
        got = self.number_at(j) if word in ("last", "past", "next", "previous", "coming", "upcoming",
                                            "following") else None
        if got is not None and self.w(got[1]) in lx.UNITS:
            unit = lx.UNITS[self.w(got[1])]
            if word in ("upcoming",):
                p.nth_ahead = (unit, int(got[0]))
            else:
                p.unit_run = (unit, rel if rel else 1, int(got[0]))
            return got[1] + 1
        if word == "last" and (self.w(j) in lx.WEEKDAYS or self.w(j) in ("day", "week", "weekend", "wkend")) \
                and self._of_container_follows(j + 1):
            return self.ordinal(i, end, p, (1, i))  # "last Sunday of March": the 1st last
        if word == "this" and self.w(j) == "past":
            word, rel, j = "last", -1, j + 1
        if self.w(j) in lx.WEEKDAYS:
            k = self.weekday(j, end, p)
            p.rel_weekday = {-1: "last", 0: "this", 1: "next"}[rel]
            if word == "past":
                p.rel_weekday = "last"
            return k
        if self.w(j) == "week" and self.w(j + 1) == "-" and self.w(j + 2) == "end":
            p.rel_unit = ("weekend", rel)
            return j + 3
        if self.w(j) in lx.UNITS:
            unit = lx.UNITS[self.w(j)]
            k = j + 1
            if unit == "week" and self.w(k) == "end":
                unit = "weekend"
                k += 1
            if unit in ("second", "minute", "hour", "day") and rel != 0:
                if unit == "day":
                    p.rel_day = rel
                    return k
                p.unit_run = (unit, rel, 1)
                return k
            # "the week before last", "the month after next"
            if self.w(k) == "before" and self.w(k + 1) == "last" and rel == 0:
                rel = -2
                k += 2
            p.rel_unit = (unit, rel)
            return k
        if self.w(j) in lx.MONTHS:
            k = self.month(j, end, p)
            p.year_shift = rel if word not in ("this", "current") else 0
            if word in ("next", "coming", "upcoming", "following") or word in ("last", "past", "previous"):
                p.year_shift = None
                p.rel_weekday = {-1: "last", 0: "this", 1: "next"}[rel]  # reused: strict direction
            return k
        if self.w(j) in lx.SEASONS:
            p.season = lx.SEASONS[self.w(j)]
            p.year_shift = rel
            p.rel_unit = ("season", rel)
            return j + 1
        if word in ("last",) and self.w(j) == "night":
            p.rel_day = -1
            p.daypart = "night"
            return j + 1
        holiday = _match_holiday(self.words, j)
        if holiday is not None:
            k = self.holiday(j, end, p, holiday)
            p.holiday_shift = rel
            return k
        if word == "this" and self.w(j) in lx.PARTS_OF_DAY:
            p.rel_day = 0
            return self.daypart(j, end, p)
        if word in ("this", "current") and self.w(j) == "time":
            p.rel_day = 0
            return j + 1
        return i

    def _of_container_follows(self, k: int) -> bool:
        """True when 'of/in October', 'of 2018', 'of the month' follows (after 'week-end' forms)."""
        if self.w(k) == "-" and self.w(k + 1) == "end":
            k += 2
        elif self.w(k) == "end":
            k += 1
        if self.w(k) not in ("of", "in"):
            return False
        nxt = self.w(k + 1)
        if nxt == "the":
            nxt = self.w(k + 2)
        return nxt in lx.MONTHS or nxt in ("month", "year", "this", "next", "last") or (
            self.num(k + 1) is not None and len(self.words[k + 1]) == 4)

    def ordinal(self, i: int, end: int, p: Point, ordinal: tuple[int, int]) -> int:
        """15th, the first, the third quarter, first Monday of March, 20th of next month."""
        value, j = ordinal
        if self.w(j) == "-" and self.w(j + 1) in ("quarter", "qtr", "half", "century", "week", "day"):
            j += 1
        w = self.w(j)
        # "third last week of 2018", "2nd last week of October"
        last = False
        if w == "last":
            last = True
            j += 1
            w = self.w(j)
        if w in ("quarter", "qtr"):
            if last:
                return i
            p.quarter = value
            k = j + 1
            k = self._container(k, end, p, "year")
            return k
        if w in ("half",) and value in (1, 2):
            p.half = value
            return self._container(j + 1, end, p, "year")
        if w in lx.WEEKDAYS or w in ("day", "week", "weekend", "month") or (w == "week" and self.w(j + 1) == "-"):
            unit = "weekday" if w in lx.WEEKDAYS else w
            if w in lx.WEEKDAYS:
                p.weekday = lx.WEEKDAYS[w]
            k = j + 1
            if w == "week" and self.w(k) == "-" and self.w(k + 1) == "end":
                unit = "weekend"
                k += 2
            p.nth = (-value if last else value, unit)
            # "third tuesday after christmas 2014"
            if self.w(k) in ("after", "before") and unit == "weekday":
                sign = 1 if self.w(k) == "after" else -1
                inner = self.point(k + 1, end)
                p.nth = None
                p.anchored = (sign * value, "weekday", inner)
                return end
            if self.w(k) in ("of", "in"):
                return self._container(k, end, p, "month")
            if self.w(k) in lx.MONTHS or (self.num(k) is not None and len(self.words[k]) == 4):
                return self._container(k, end, p, "month")
            if w in lx.WEEKDAYS or unit == "day":
                # "the first Monday" alone: of this month
                return k
            return k
        if last:
            return i
        if w in ("century",) or (w == "-" and self.w(j + 1) == "century"):
            p.century = (value - 1) * 100
            return j + 1 if w == "century" else j + 2
        # day of month: "the 15th", "15th of february", "the 20th of next month", "on the first"
        if 1 <= value <= 31:
            if p.day is not None:
                return i
            p.day = value
            k = j
            if self.w(k) == "day" and self.w(k + 1) == "of":
                k += 1
            if self.w(k) == "of" or (self.w(k) in lx.MONTHS):
                if self.w(k) == "of":
                    k += 1
                if self.w(k) == "the":
                    k += 1
                if self.w(k) in lx.MONTHS:
                    return self.month(k, end, p)
                if self.w(k) in lx.RELATIVE and self.w(k + 1) == "month":
                    p.month_shift = lx.RELATIVE[self.w(k)]
                    return k + 2
                if self.w(k) == "month":
                    p.month_shift = 0
                    return k + 1
            return j
        return i

    def _container(self, k: int, end: int, p: Point, default: str) -> int:
        """What an ordinal counts within: 'of 2018', 'of October 2014', 'of last month', 'of this year'."""
        if self.w(k) in ("of", "in"):
            k += 1
        if self.w(k) == "the":
            k += 1
        if self.num(k) is not None and len(self.words[k]) == 4:
            p.year = self.num(k)
            return k + 1
        if self.w(k) in lx.MONTHS:
            return self.month(k, end, p)
        if self.w(k) in lx.RELATIVE and self.w(k + 1) in lx.UNITS:
            unit = lx.UNITS[self.w(k + 1)]
            if unit == "month":
                p.month_shift = lx.RELATIVE[self.w(k)]
            elif unit == "year":
                p.year_shift = lx.RELATIVE[self.w(k)]
            return k + 2
        if self.w(k) in ("month",):
            p.month_shift = 0
            return k + 1
        if self.w(k) in ("year",):
            p.year_shift = 0
            return k + 1
        return k

    def number_phrase(self, i: int, end: int, p: Point) -> int:
        """N units ago/hence/from now/later/earlier/back; N weekdays from now; upcoming."""
        year_words = self.year_words_at(i)
        if year_words:
            if p.year is not None:
                return i
            p.year = year_words[0]
            return year_words[1]
        got = self.number_at(i)
        if got is None:
            return i
        value, j = got
        unit_word = self.w(j)
        if unit_word == "-" and self.w(j + 1) in lx.UNITS:
            j += 1  # "two-day"
            unit_word = self.w(j)
        if unit_word == "upcoming":
            if self.w(j + 1) in lx.UNITS:
                p.nth_ahead = (lx.UNITS[self.w(j + 1)], int(value))
                return j + 2
            return i
        if unit_word in lx.WEEKDAYS and unit_word.endswith("s"):
            p.weekday = lx.WEEKDAYS[unit_word]
            k = j + 1
            if self.w(k) == "from" and self.w(k + 1) == "now":
                p.nth_ahead = ("weekday", int(value))
                return k + 2
            if self.w(k) in ("ago", "back"):
                p.nth_ahead = ("weekday", -int(value))
                return k + 1
            return i
        if unit_word in lx.UNITS:
            unit = lx.UNITS[unit_word]
        elif unit_word == "'":
            unit = "minute"
        elif unit_word == '"':
            unit = "second"
        else:
            # a bare number word: a time ("at three", "eight tonight", "ten thirty")
            if self.toks[i].number is None and value == int(value) and 0 <= value <= 12 \
                    and self.words[i] not in ("a", "an", "few", "several", "couple", "pair", "single"):
                minutes = self._minutes_after(j)
                if minutes is not None and (self._ampm_at(minutes[1]) is not None or minutes[1] >= end
                                             or self.w(minutes[1]) in ("in", "tonight", "tomorrow", "today",
                                                                       "this", "on", "at")):
                    return self._set_time(p, int(value), minutes[0], None, minutes[1], end, i)
                if self._ampm_at(j) is not None or self._time_context(i) or p.daypart \
                        or self.w(j) in ("tonight", "oclock", "in", "this", "tomorrow") or p.rel_day is not None \
                        or (i == 0 and j == end):
                    return self._set_time(p, int(value), None, None, j, end, i)
            return i
        k = j + 1
        if unit == "fortnight":
            value, unit = value * 2, "week"
        if unit == "week" and self.w(k) == "-" and self.w(k + 1) == "end":
            unit, k = "weekend", k + 2
        w = self.w(k)
        if w in ("ago", "back", "earlier", "before"):
            if w == "before" and k + 1 < end:
                return self._anchored(-value, unit, k + 1, end, p)
            p.offset = (-value, unit)
            return k + 1
        if w in ("hence", "later"):
            p.offset = (value, unit)
            return k + 1
        if w == "after" and k + 1 < end:
            return self._anchored(value, unit, k + 1, end, p)
        if w == "from" and self.w(k + 1) in ("now", "today"):
            p.offset = (value, unit)
            return k + 2
        if w == "from" and self.w(k + 1) == "right" and self.w(k + 2) == "now":
            p.offset = (value, unit)
            p.offset_exact = True
            return k + 3
        if w in ("on", "from") and self.w(k + 1) in lx.WEEKDAYS and k + 2 == end and value > 0:
            # "a week on Sunday", "a fortnight from Friday": counted from the coming one
            p.anchored = (value, unit, Point(weekday=lx.WEEKDAYS[self.w(k + 1)], rel_weekday="next"))
            return end
        if w == "from" and k + 1 < end:
            return self._anchored(value, unit, k + 1, end, p)
        if i > 0 and self.words[i - 1] in ("in", "within") or (i > 1 and self.words[i - 1] in ("more",)):
            p.offset = (value, unit)
            return k
        if i > 1 and self.words[i - 1] == "in" and self.words[i - 2]:
            p.offset = (value, unit)
            return k
        if w == "more" and self.w(k + 1) in lx.UNITS:
            return i
        return i

    def _anchored(self, value: float, unit: str, k: int, end: int, p: Point) -> int:
        """'3 days after Easter', 'a week after <event-id>', 'the day before yesterday'."""
        rest = self.toks[k:end]
        if len(rest) >= 1 and all(not t.space_before or idx == 0 for idx, t in enumerate(rest)) \
                and self.text[rest[0].start:rest[-1].end].replace("-", "").replace("_", "").isalnum() \
                and not _looks_like_date_word(self.words[k]) and (end - k > 1 or "-" in self.text or
                                                                  not self.words[k].isalpha() or
                                                                  _match_holiday(self.words, k) is None):
            candidate = self.text[rest[0].start:rest[-1].end]
            if not _looks_like_date_word(candidate.lower()) and _match_holiday(self.words, k) is None:
                p.anchor_event = candidate
                p.offset = (value, unit)
                return end
        inner = self.point(k, end)
        p.anchored = (value, unit, inner)
        return end

    def season(self, i: int, end: int, p: Point) -> int:
        p.season = lx.SEASONS[self.words[i]]
        j = i + 1
        if self.w(j) == "of":
            j += 1
        if self.num(j) is not None and len(self.words[j]) == 4:
            p.year = self.num(j)
            return j + 1
        return j

    def daypart(self, i: int, end: int, p: Point) -> int:
        word = self.words[i]
        if word in ("noon", "midday"):
            return self._set_time(p, 12, None, None, i + 1, end, i)
        if p.daypart is not None and p.daypart != word:
            if word == "night" or p.daypart == "night":
                p.daypart = "night"
                return i + 1
            # "this morning at 10am" with "tomorrow morning": keep the first
            return i + 1
        p.daypart = word
        j = i + 1
        if self.w(j) == "ish":
            j += 1
        if self.w(j) == "of":
            # "morning of xmas", "morning of the 15th of february"
            return j + 1
        return j

    def iana_zone(self, i: int, end: int, p: Point) -> int:
        """'Europe/Paris', 'America/Argentina/Buenos_Aires' (checked against the zone database)."""
        j = i + 1
        while self.w(j) == "/" and self.adjacent(j) and j + 1 < end and self.adjacent(j + 1):
            j += 2
            while self.w(j) in ("_", "-") and self.adjacent(j) and self.adjacent(j + 1):
                j += 2
        name = self.text[self.toks[i].start:self.toks[j - 1].end]
        from zoneinfo import ZoneInfo

        try:
            ZoneInfo(name)
        except (ValueError, KeyError, OSError):
            return i
        p.zone, p.zone_text = name, name
        return j

    def zone(self, i: int, end: int, p: Point) -> int:
        p.zone = lx.ZONES[self.words[i]]
        p.zone_text = self.words[i].upper()
        j = i + 1
        if self.w(j) == ")":
            j += 1
        # GMT+2, UTC-05:00
        if self.w(j) in ("+", "-") and self.num(j + 1) is not None and isinstance(p.zone, int) \
                and self.adjacent(j) and self.adjacent(j + 1):
            sign = 1 if self.w(j) == "+" else -1
            hours = self.num(j + 1) or 0
            minutes = 0
            k = j + 2
            if hours > 24:
                hours, minutes = divmod(hours, 100)
            if self.w(k) == ":" and self.num(k + 1) is not None:
                minutes = self.num(k + 1) or 0
                k += 2
            p.zone = sign * (hours * 60 + minutes)
            p.zone_text = self.text[self.toks[i].start:self.toks[k - 1].end].upper()
            return k
        return j

    def holiday(self, i: int, end: int, p: Point, found: tuple[Any, int]) -> int:
        holiday, j = found
        if p.holiday is not None:
            raise self.error("two holidays in one expression", i)
        p.holiday = holiday
        if self.w(j) == "day" and self.w(j - 1) != "day":
            j += 1
        # "thanksgiving of next year", "MLK day of last year"
        k = j
        if self.w(k) in ("of", "in"):
            k += 1
            if self.w(k) == "the":
                k += 1
            if self.w(k) in lx.RELATIVE and self.w(k + 1) == "year":
                p.year_shift = lx.RELATIVE[self.w(k)]
                return k + 2
        return j


def _keep_day_and_month(p: Point) -> None:
    """'March 3 next year', 'the 5th next month', 'Christmas next year', 'Q1 next year':
    the relative unit picks the year or month of the date, it does not replace it."""
    assert p.rel_unit is not None
    unit, shift = p.rel_unit
    if unit == "year" and p.year is None and p.year_shift is None and (
            p.month is not None or p.day is not None or p.holiday is not None or p.quarter is not None
            or p.half is not None or p.iso_week is not None):
        p.rel_unit, p.year_shift = None, shift
    elif unit == "month" and p.month is None and p.month_shift is None and p.day is not None:
        p.rel_unit, p.month_shift = None, shift


# Words that start no holiday name: skip the trie for the commonest date words.
_NOT_HOLIDAY_STARTS = frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) | frozenset(lx.UNITS) | frozenset(
    lx.RELATIVE) | frozenset(lx.NUMBER_WORDS) | frozenset({"the", "at", "on", "in", "of", "today", "tomorrow",
                                                           "yesterday", "tonight", "am", "pm", "ago", "now"})


def _known_word(word: str) -> bool:
    return (word in lx.WEEKDAYS or word in lx.MONTHS or word in lx.RELATIVE or word in lx.UNITS
            or word in lx.NUMBER_WORDS or word in lx.ORDINAL_WORDS or word in lx.SEASONS
            or word in lx.PARTS_OF_DAY or word in lx.FILLERS or word in lx.QUALIFIERS
            or word in _WORD_HANDLERS or word in _SPECIAL_WORDS or word in lx.ZONES
            or word in ("am", "pm", "ago", "hence", "st", "nd", "rd", "th"))


def _looks_like_date_word(word: str) -> bool:
    return (word in lx.WEEKDAYS or word in lx.MONTHS or word in lx.RELATIVE or word in lx.UNITS
            or word in ("today", "tomorrow", "yesterday", "now", "noon", "midnight", "tonight", "the")
            or word in lx.SEASONS)


_holidays: Any = None
_holiday_starts: frozenset[str] = frozenset()  # first words of every holiday name: a cheap first test


def _match_holiday(words: list[str], i: int, allow_common: bool = False) -> tuple[Any, int] | None:
    """The longest holiday name at words[i], reading past hyphens and dots ('Eid al-Fitr',
    'St. Patrick's'); returns (holiday, index after it in *words*)."""
    first = words[i] if i < len(words) else ""
    if not first[:1].isalpha() or (first in _NOT_HOLIDAY_STARTS and not allow_common):
        return None
    global _holidays, _holiday_starts
    if _holidays is None:
        from timeline import holidays as module

        _holidays = module
        _holiday_starts = module.first_words("en")
    if first not in _holiday_starts and first + "s" not in _holiday_starts:
        return None
    found: tuple[Any, int] | None = _holidays.match(words, i, "en")
    if found is None:
        # a possessive the tokenizer dropped: "boss's" was read as "boss"
        found = _holidays.match([first + "s", *words[i + 1:]], 0, "en")
        if found is not None:
            found = (found[0], found[1] + i)
    return found


# ---- handlers for single special words ---------------------------------

def _h_today(ps: _Parser, i: int, end: int, p: Point) -> int:
    w = ps.words[i]
    offsets = {"today": 0, "tomorrow": 1, "tomorrows": 1, "yesterday": -1, "tonight": 0, "tonite": 0,
               "tmrw": 1, "tmr": 1, "tomorow": 1}
    if p.rel_day is not None and p.rel_day != offsets[w]:
        raise ps.error("two different days in one expression", i)
    p.rel_day = offsets[w]
    if w in ("tonight", "tonite"):
        if p.daypart is None:
            p.daypart = "night"
    return i + 1


def _h_day(ps: _Parser, i: int, end: int, p: Point) -> int:
    # "the day after tomorrow", "day before yesterday", "the day before <event>"
    j = i + 1
    if ps.w(j) == "after" and ps.w(j + 1) == "tomorrow":
        p.rel_day = 2
        return j + 2
    if ps.w(j) == "before" and ps.w(j + 1) == "yesterday":
        p.rel_day = -2
        return j + 2
    if ps.w(j) in ("after", "before") and j + 1 < end:
        return ps._anchored(1 if ps.w(j) == "after" else -1, "day", j + 1, end, p)
    return i + 1 if i > 0 or ps.n > 1 else i


def _h_now(ps: _Parser, i: int, end: int, p: Point) -> int:
    p.now = True
    return i + 1


def _h_right(ps: _Parser, i: int, end: int, p: Point) -> int:
    if ps.w(i + 1) == "now":
        p.now = True
        return i + 2
    return i


def _h_just(ps: _Parser, i: int, end: int, p: Point) -> int:
    if ps.w(i + 1) == "now":
        p.now = True
        return i + 2
    return i


def _h_the(ps: _Parser, i: int, end: int, p: Point) -> int:
    # "the moment": "at the moment"
    if ps.w(i + 1) == "moment":
        p.now = True
        return i + 2
    # "the 24"
    if ps.num(i + 1) is not None and 1 <= (ps.num(i + 1) or 0) <= 31 and len(ps.words[i + 1]) <= 2 \
            and ps.w(i + 2) not in lx.UNITS and ps.w(i + 2) not in (":", "h", "s") and ps._ampm_at(i + 2) is None:
        if ps.w(i + 2) in lx.ORDINAL_SUFFIXES:
            return i + 1
        if ps.w(i + 2) in ("of",) or ps.w(i + 2) in lx.MONTHS or i + 2 >= end or ps.w(i + 2) in ("to", "-"):
            p.day = ps.num(i + 1)
            j = i + 2
            if ps.w(j) == "of":
                j += 1
            if ps.w(j) in lx.MONTHS:
                return ps.month(j, end, p)
            return j
    # decades: "the nineties", "the 90s" handled by numeric
    if ps.w(i + 1) in _DECADE_WORDS:
        p.decade = _DECADE_WORDS[ps.w(i + 1)]
        return i + 2
    return i + 1


_CONNECTORS = frozenset({"-", "–", "—", "to", "till", "til", "until", "untill", "thru", "through", "and", "/",
                         "from", "between", "later"})
_CLOCK_WORDS = frozenset({"past", "after", "to", "till", "before", "of", "from", "half"})
_CLOCK_STARTERS = frozenset({"a", "an", "quarter", "half", "five", "ten", "twenty", "fifteen", "thirty",
                             "twenty-five", "forty", "fifty"})

_DECADE_WORDS = lx.DECADE_WORDS


def _h_atm(ps: _Parser, i: int, end: int, p: Point) -> int:
    p.now = True
    return i + 1


def _h_midnight(ps: _Parser, i: int, end: int, p: Point) -> int:
    # midnight ends the day it names: "midnight Tuesday" is the start of Wednesday (news usage)
    p.hour, p.minute, p.time_grain = 24, None, "hour"
    p.time_exact = True
    return i + 1


def _h_part(ps: _Parser, i: int, end: int, p: Point) -> int:
    """early / mid / late / beginning / end / start / rest / middle of a period."""
    w = ps.words[i]
    j = i + 1
    if w == "mid" and ps.w(j) == "-":
        j += 1
    if w == "mid" and ps.w(j) == "day":
        return ps._set_time(p, 12, None, None, j + 1, end, i)
    if w in ("early", "late") and ps.w(j) in ("morning", "tonight", "tonite", "night", "evening", "afternoon"):
        p.daypart_mod = w
        return j
    if w == "early" and ps.w(j) == "in" and ps.w(j + 1) == "the" and ps.w(j + 2) == "morning":
        p.daypart_mod = "early"
        return j
    if w == "late" and ps.w(j) == "last" and ps.w(j + 1) == "night":
        p.daypart_mod = "late"
        return j
    if w == "in" and ps.w(j) == "the" and ps.w(j + 1) == "early" and ps.w(j + 2) == "hours":
        p.daypart_mod = "early"
        p.daypart = "morning"
        k = j + 3
        if ps.w(k) == "of" and ps.w(k + 1) == "the" and ps.w(k + 2) == "morning":
            k += 3
        return k
    part = {"early": "early", "mid": "mid", "middle": "mid", "late": "late", "beginning": "begin",
            "start": "begin", "end": "end", "rest": "rest", "earlier": "earlier", "later": "later",
            "remainder": "rest", "balance": "rest"}[w]
    if w in ("end", "beginning", "start", "rest", "middle", "remainder", "balance") and ps.w(j) != "of":
        if w == "end" and i > 0 and ps.words[i - 1] in ("week",):
            return i
        return i
    if ps.w(j) == "of":
        j += 1
    if ps.w(j) == "the":
        j += 1
    if w in ("earlier", "later") and ps.w(j) not in ("this", "today", "that"):
        return i
    if p.part is not None:
        return i
    p.part = part
    return j


def _h_eox(ps: _Parser, i: int, end: int, p: Point) -> int:
    w = ps.words[i]
    p.part = "begin" if w.startswith("b") else "end"
    unit = {"d": "day", "w": "week", "m": "month", "y": "year", "q": "quarter"}[w[2]]
    if unit == "day":
        p.rel_day = 0
        p.eod = True
        return i + 1
    p.rel_unit = (unit, 0)
    return i + 1


def _h_weekend(ps: _Parser, i: int, end: int, p: Point) -> int:
    # "the weekend" alone leaves the direction open, like a bare weekday: prefer decides
    if p.rel_unit is None and p.nth is None:
        p.open_unit = "weekend"
    return i + 1


def _h_week(ps: _Parser, i: int, end: int, p: Point) -> int:
    j = i + 1
    if ps.w(j) == "-" and ps.w(j + 1) == "end":
        return _h_weekend(ps, j + 1, end, p)
    if ps.w(j) == "end":
        return _h_weekend(ps, j, end, p)
    if ps.w(j) == "of":
        # "the week of October 6th": the ISO week containing the date
        inner = ps.point(j + 1, end)
        p.anchored = (0, "week_of", inner)
        return end
    if p.rel_unit is None and p.nth is None and p.part is not None:
        p.rel_unit = ("week", 0)  # "the end of the week": the current one
        return j
    if p.rel_unit is None and p.nth is None and i > 0 and ps.words[i - 1] == "the" and j >= end:
        p.rel_unit = ("week", 0)
        p.part = "rest"
        return j
    if ps.w(j) in ("before", "after") and ps.w(j + 1) in ("last", "next") and i > 0:
        rel = -2 if ps.w(j) == "before" else 2
        p.rel_unit = ("week", rel)
        return j + 2
    return i


def _h_unit_after(ps: _Parser, i: int, end: int, p: Point) -> int:
    """'the month after next', 'the year before last'; 'the end of the month' (the current one)."""
    unit = lx.UNITS[ps.words[i]]
    j = i + 1
    if ps.w(j) in ("before", "after") and ps.w(j + 1) in ("last", "next"):
        p.rel_unit = (unit, -2 if ps.w(j) == "before" else 2)
        return j + 2
    if p.part is not None and p.rel_unit is None and p.month is None and p.year is None:
        p.rel_unit = (unit, 0)
        return j
    if ps.w(j) == "of" and unit == "month" and p.day is not None:
        return i
    return i


def _h_all(ps: _Parser, i: int, end: int, p: Point) -> int:
    if ps.w(i + 1) == "week":
        p.rel_unit = ("week", 0)
        p.part = "all"
        return i + 2
    return i


def _h_closest(ps: _Parser, i: int, end: int, p: Point) -> int:
    # "the closest Monday to Oct 5th", "the second closest xmas to today"
    rank = 1
    for back in (1, 2):
        ordinal = ps.ordinal_at(i - back) if i - back >= 0 else None
        if ordinal and ordinal[1] == i:
            rank = ordinal[0]
            p.day = None if p.day == rank else p.day
            p.nth = None
            break
    for k in range(i + 1, end):
        if ps.words[k] == "to":
            target = ps.point(i + 1, k)
            anchor = ps.point(k + 1, end)
            p.closest = (rank, anchor)
            p.weekday = target.weekday
            p.holiday = target.holiday
            return end
    return i


def _h_after_lunch(ps: _Parser, i: int, end: int, p: Point) -> int:
    w = ps.w(i + 1)
    if w == "lunch":
        p.daypart = "after_lunch"
        return i + 2
    if w == "school":
        p.daypart = "after_school"
        return i + 2
    return i


def _h_ides(ps: _Parser, i: int, end: int, p: Point) -> int:
    j = i + 1
    if ps.w(j) == "of" and ps.w(j + 1) in lx.MONTHS:
        month = lx.MONTHS[ps.w(j + 1)]
        p.day = 15 if month in (3, 5, 7, 10) else 13
        return ps.month(j + 1, end, p)
    return i


def _h_in(ps: _Parser, i: int, end: int, p: Point) -> int:
    """'in 3 days', 'in a week', 'in 15' (minutes), 'in 1/2h'; 'in the early hours (of the morning)'."""
    if ps.w(i + 1) == "the" and ps.w(i + 2) == "early" and ps.w(i + 3) == "hours":
        p.daypart, p.daypart_mod = "morning", "early"
        k = i + 4
        if ps.w(k) == "of" and ps.w(k + 1) == "the" and ps.w(k + 2) == "morning":
            k += 3
        return k
    j0 = i + 1
    while ps.w(j0) in ("about", "around", "approximately", "roughly"):
        j0 += 1
    got = ps.number_at(j0)
    if got is None:
        return i + 1
    value, j = got
    unit_word = ps.w(j)
    if unit_word == "more":
        j += 1
        unit_word = ps.w(j)
    if unit_word in lx.UNITS:
        unit = lx.UNITS[unit_word]
        if unit == "fortnight":
            value, unit = value * 2, "week"
        p.offset = (value, unit)
        return j + 1
    if unit_word == "'":
        p.offset = (value, "minute")
        return j + 1
    if unit_word == '"':
        p.offset = (value, "second")
        return j + 1
    if j >= end and ps.toks[i + 1].number is not None and value < 60:
        p.offset = (value, "minute")  # "in 15": minutes, as people say it
        return j
    return i + 1


def _h_fiscal(ps: _Parser, i: int, end: int, p: Point) -> int:
    """'fiscal 2025', 'fiscal year 2025', 'FY2025', 'FY25'."""
    j = i + 1
    if ps.w(i) == "fiscal" and ps.w(j) in ("year", "yr"):
        j += 1
    n = ps.num(j)
    if n is None or p.year is not None:
        return i
    digits = len(ps.words[j])
    if digits == 4:
        p.year = n
    elif digits == 2:
        p.year = 2000 + n if n < 50 else 1900 + n
    else:
        return i
    p.fiscal = True
    return j + 1


_WORD_HANDLERS: dict[str, Any] = {
    "today": _h_today, "tomorrow": _h_today, "tomorrows": _h_today, "yesterday": _h_today,
    "tonight": _h_today, "tonite": _h_today, "tmrw": _h_today,
    "day": _h_day, "now": _h_now, "right": _h_right, "just": _h_just, "the": _h_the, "atm": _h_atm,
    "midnight": _h_midnight,
    "early": _h_part, "mid": _h_part, "middle": _h_part, "late": _h_part, "beginning": _h_part,
    "start": _h_part, "end": _h_part, "rest": _h_part, "earlier": _h_part, "later": _h_part,
    "remainder": _h_part,
    "eom": _h_eox, "bom": _h_eox, "eoy": _h_eox, "boy": _h_eox, "eod": _h_eox, "eow": _h_eox,
    "bow": _h_eox, "eoq": _h_eox, "boq": _h_eox,
    "weekend": _h_weekend, "wkend": _h_weekend, "week": _h_week, "all": _h_all,
    "month": _h_unit_after, "year": _h_unit_after, "quarter": _h_unit_after, "decade": _h_unit_after,
    "century": _h_unit_after,
    "fiscal": _h_fiscal, "fy": _h_fiscal,
    "closest": _h_closest, "nearest": _h_closest, "after": _h_after_lunch, "ides": _h_ides, "in": _h_in,
}


def parse(text: str, date_order: str = "auto", quiet: bool = False, language: str = "en") -> Expression:
    """Parse one date expression into an :class:`Expression` (no dates computed).

    Raises :class:`~timeline.errors.ExpressionError` naming the offending token,
    its position and, for a misspelt word, the nearest valid one. With
    *quiet* the error carries no message (for callers that only ask "is this a
    date?" and try other readings, which keeps failures cheap).
    """
    if len(text) > MAX_EXPRESSION_LENGTH:
        raise OutOfRangeError(
            f"date expression too long ({len(text)} characters; at most {MAX_EXPRESSION_LENGTH})",
            text[:40] + "...", None, MAX_EXPRESSION_LENGTH)
    toks = tokenize(text)
    if len(toks) > 60:
        raise OutOfRangeError(f"date expression has too many words ({len(toks)})", text, None, 0)
    if language != "en":
        toks = canonical_tokens(text, toks, language, quiet)
    duration = None
    if "-" in text:
        toks, duration = _take_duration_adjective(toks, text)
    try:
        parser = _Parser(text, toks, date_order.upper())
        if quiet:
            parser.speculative = 1
        expr = parser.parse()
    except ExpressionError:
        raise
    except (IndexError, KeyError, TypeError, ValueError, AttributeError, AssertionError) as exc:
        # A shape of words no rule expects: report it as unreadable, never crash the caller.
        raise ExpressionSyntaxError(f"cannot read {text!r} as a date: these words do not combine", text) from exc
    if duration is not None:
        expr.duration = duration
    if "ish" in text.lower():
        expr.approximate = True
    return expr


# --------------------------------------------------------------------------
# Other languages: their words, read through their lexicon, as canonical words

def _canonical_words(meaning: Meaning) -> tuple[str, ...]:
    """The canonical spelling of a meaning: the words the grammar reads for it."""
    if isinstance(meaning, Weekday):
        return (lx.WEEKDAY_NAMES[meaning.n].lower(),)
    if isinstance(meaning, Month):
        return (lx.MONTH_NAMES[meaning.n].lower(),)
    if isinstance(meaning, Unit):
        return (meaning.name,)
    if isinstance(meaning, Ordinal):
        return (_ORDINAL_SPELLING.get(meaning.n, str(meaning.n)),)
    if isinstance(meaning, Relative):
        return (("last", "this", "next")[meaning.shift + 1],) if -1 <= meaning.shift <= 1 else ()
    if isinstance(meaning, DayWord):
        return _DAY_WORD_SPELLING.get(meaning.shift, ())
    if isinstance(meaning, Qualifier):
        return (meaning.kind,)
    if isinstance(meaning, Hedge):
        return ("around",)
    if isinstance(meaning, PeriodPart):
        return _PART_SPELLING.get(meaning.kind, ())
    if isinstance(meaning, Season):
        return (lx.SEASON_NAMES[meaning.code],)
    if isinstance(meaning, PartOfDay):
        return (meaning.name,)
    if isinstance(meaning, Vague):
        return tuple(_VAGUE_SPELLING[meaning.window.kind].split())
    return ()


_ORDINAL_SPELLING = {n: w for w, n in lx.ORDINAL_WORDS.items()}
_DAY_WORD_SPELLING = {-2: ("the", "day", "before", "yesterday"), -1: ("yesterday",), 0: ("today",),
                      1: ("tomorrow",), 2: ("the", "day", "after", "tomorrow")}
_PART_SPELLING = {"early": ("early",), "mid": ("mid",), "late": ("late",), "begin": ("the", "beginning", "of"),
                  "end": ("the", "end", "of"), "rest": ("the", "rest", "of"), "earlier": ("earlier",),
                  "later": ("later",)}
_VAGUE_SPELLING = {kind: next(p for p, k in lx.VAGUE.items() if k == kind) for kind in set(lx.VAGUE.values())}
_NOUNS = (Weekday, Month, Unit, Season)


def canonical_tokens(text: str, toks: list[Token], language: str, quiet: bool = False) -> list[Token]:
    """The tokens of an expression in *language*, as the canonical words the grammar reads.

    Each word (or multi-word entry: "il y a", "avant-hier") is looked up in the
    language's lexicon (with its morphology and diacritic folding) and replaced
    by the canonical spelling of its meaning, keeping its place in the text so
    errors point at the words the user wrote. Word order is brought to the
    canonical one: a relative word after its noun ("la semaine dernière") moves
    before it, and a past marker before the quantity ("il y a 3 jours") moves
    after its unit. Glue words ("le", "de") are dropped. A word the lexicon does
    not know is an :class:`UnknownWordError` whose suggestion comes from the
    same lexicon.
    """
    from timeline.holidays import canonical_words
    from timeline.holidays import match as match_holiday_name
    from timeline.lexicons import get_lexicon

    lexicon = get_lexicon(language)
    words = [t.text for t in toks]
    out: list[Token] = []
    pending_ago: list[Token] = []  # "il y a": "ago" goes after the next unit
    last_noun = -1  # index in out of the last noun emitted, for a postposed relative
    i = 0
    while i < len(toks):
        tok = toks[i]
        found = lexicon.longest(words, i) if tok.number is None else None
        # A holiday name of the language (timeline.holidays), glue words and all ("lundi de Pâques",
        # "Tag der Deutschen Einheit"), becomes the one word the English grammar reads back as it.
        named = match_holiday_name(words, i, language)
        if named is not None and (found is None or named[1] >= found.end):
            holiday, end = named
            out += [Token(w, tok.start, toks[end - 1].end, None, tok.space_before) for w in canonical_words(holiday)]
            last_noun = len(out) - 1  # "Pâques prochain": a relative after the name moves before it
            i = end
            continue
        if found is None:
            if tok.number is not None or not tok.text[:1].isalpha():
                out.append(tok)
                i += 1
                continue
            raise _unknown_in(text, tok, lexicon, quiet)
        first, last = toks[found.start], toks[found.end - 1]
        meaning = next((m for m in found.meanings if not isinstance(m, Glue)), found.meanings[0])
        i = found.end
        if isinstance(meaning, Glue):
            continue

        def emit(spelling: tuple[str, ...], first: Token = first, last: Token = last) -> list[Token]:
            return [Token(w, first.start, last.end, None, first.space_before) for w in spelling]

        if isinstance(meaning, Number):
            out.append(Token(str(meaning.value), first.start, last.end, meaning.value, first.space_before))
            continue
        if isinstance(meaning, Marker):
            if meaning.direction < 0 and meaning.position == "before":
                pending_ago = emit(("ago",))
            elif meaning.direction > 0 and meaning.position == "before":
                out += emit(("in",))
            else:
                out += emit(("ago",) if meaning.direction < 0 else ("later",))
            continue
        if isinstance(meaning, Relative) and meaning.position != "before" and last_noun == len(out) - 1 \
                and last_noun >= 0:
            out[last_noun:last_noun] = emit(_canonical_words(meaning))
            last_noun = -1
            continue
        spelled = emit(_canonical_words(meaning))
        out += spelled
        if isinstance(meaning, _NOUNS):
            last_noun = len(out) - 1
            if pending_ago and isinstance(meaning, Unit):
                out += pending_ago
                pending_ago = []
    if pending_ago:
        out += pending_ago
    return out


def _unknown_in(text: str, tok: Token, lexicon: Lexicon, quiet: bool) -> ExpressionError:
    if quiet:
        return _SPECULATIVE_FAILURE
    raw = text[tok.start:tok.end]
    found = get_close_matches(fold_diacritics(tok.text), lexicon.vocabulary(), n=1, cutoff=0.75)
    hint = found[0] if found else None
    message = f"unknown word {raw!r} in {lexicon.name}"
    if hint:
        message += f" (did you mean {hint!r}?)"
    return UnknownWordError(message, text, raw, tok.start, hint)


_DURATION_UNITS = {"day": "day", "week": "week", "hour": "hour", "minute": "minute", "month": "month",
                   "year": "year", "night": "day"}


def _take_duration_adjective(toks: list[Token], text: str) -> tuple[list[Token], tuple[float, str] | None]:
    """'a two-day visit', 'Thursday's two-day summit': a duration written as an adjective.

    The tokens of the adjective (with its article and the noun it qualifies)
    are removed; what remains must still be a date.
    """
    for k in range(1, len(toks) - 1):
        unit = _DURATION_UNITS.get(toks[k + 1].text)
        if toks[k].text != "-" or unit is None or toks[k].space_before or toks[k + 1].space_before:
            continue
        first = toks[k - 1]
        value: float | None = float(first.number) if first.number is not None else (
            float(lx.NUMBER_WORDS[first.text]) if first.text in lx.NUMBER_WORDS else None)
        if value is None or value <= 0:
            continue
        start, stop = k - 1, k + 2
        if start > 0 and toks[start - 1].text in ("a", "an"):
            start -= 1
        if stop < len(toks) and toks[stop].number is None and toks[stop].text.isalpha() \
                and not _known_word(toks[stop].text):
            stop += 1  # the noun: visit, programme, summit...
        rest = toks[:start] + toks[stop:]
        if not rest:
            raise ExpressionSyntaxError(f"{text!r} is a duration, not a date: add when it starts "
                                  f"('Thursday, a two-day visit')", text, None, 0)
        return rest, (value, unit)
    return toks, None


def describe(text: str, date_order: str = "DMY") -> str:
    """A one-line account of how *text* parses (for ``timeline explain``); '' if it does not."""
    try:
        expr = parse(text, date_order)
    except ExpressionError:
        return ""
    parts = []
    if expr.qualifier:
        parts.append(f"qualifier={expr.qualifier}")
    if expr.approximate:
        parts.append("approximate")

    def fields(p: Point) -> str:
        out = []
        for name in Point.__slots__:
            if name == "words":
                continue
            value = getattr(p, name)
            if value is None or value is False:
                continue
            if name == "holiday":
                value = getattr(value, "name", value)
            if name in ("weekday",) and isinstance(value, int):
                value = lx.WEEKDAY_NAMES[value]
            if name == "month" and isinstance(value, int):
                value = lx.MONTH_NAMES[value]
            out.append(f"{name}={value}")
        return ", ".join(out)

    if expr.end is not None:
        parts.append(f"interval from [{fields(expr.start)}] to [{fields(expr.end)}]")
    else:
        parts.append(fields(expr.start))
    if expr.duration:
        parts.append(f"for {expr.duration[0]:g} {expr.duration[1]}(s)")
    return "; ".join(p for p in parts if p)
