"""Find the date and time expressions of running text and resolve each one.

:func:`extract` is the public entry point::

    >>> from datetime import date
    >>> [m.value for m in extract("Trump spoke to Congress on Wednesday.", date(2025, 3, 6))]
    ['2025-03-05']

How it works, in three steps (see ``docs/extract.md``):

1. **Scan.** One regular expression tokenizes the text; each token gets a
   kind from the date vocabulary (weekday, month, year, unit, number, time,
   zone, relative word...). Maximal runs of date-ish tokens that contain a
   *seed* (a word that is a date by itself, or a unit with a number or a
   relative word) are the candidates. Vague words ("now", "recently",
   "soon", "the future") and holidays are found in the same pass.
2. **Validate.** Each candidate is resolved by :func:`timeline.resolve`;
   when the resolver refuses it, the candidate is shrunk from its edges until a
   part resolves. Durations ("30 days", "two-day") and sets ("every winter")
   the resolver does not read as points are normalized here.
3. **Read the sentence.** The direction for the resolver (``past`` or
   ``future``) comes from the tense around the mention; relative words inside
   a quote whose attribution carries a time ("..., he said on Wednesday") are
   resolved against that time.

The module never reads the clock: without a reference it looks for a
dateline or a "Published ..." line and otherwise raises
:class:`~timeline.errors.ExpressionError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from timeline._sentences import Sentence, blank_markup, find_quotes, split_sentences
from timeline.errors import ExpressionError, TimelineError
from timeline.lexicon import (
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    ZONES,
)
from timeline.model import Granularity, Span, day_of

__all__ = ["Mention", "draft_document", "draft_events", "extract", "find_reference"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One date or time expression found in a text.

    ``start``/``end`` are character offsets into the text given to
    :func:`extract` (end exclusive) and ``text`` is ``text[start:end]``.
    ``value`` is the TimeML TIMEX3 value and ``type`` its TIMEX3 type
    (``DATE``, ``TIME``, ``DURATION`` or ``SET``). ``span`` is the resolved
    span: for "the last 30 years" the 30 years up to the reference, ``None``
    for a bare duration ("two-day", "40 years") or a set ("every winter").
    ``direction`` is the ``prefer`` the mention was resolved with and
    ``anchor`` the reference it was resolved against (the publication
    reference, or the time of the statement for words inside a quote).
    """

    start: int
    end: int
    text: str
    value: str
    type: str
    span: Span | None
    sentence: str
    sentence_start: int
    direction: str
    anchor: date | datetime
    explanation: str = ""
    quoted: bool = False

    @property
    def sentence_end(self) -> int:
        """Offset just after the sentence in the original text."""
        return self.sentence_start + len(self.sentence)


# ---------------------------------------------------------------------------
# The token scanner

_ZONE_ALT = "|".join(sorted((z.upper() for z in ZONES if len(z) > 1), key=len, reverse=True))
_TOKEN = re.compile(
    r"(?P<time>\d{1,2}(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.|[ap]m\b|[ap]\.m\b)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d,])"
    r"|(?:[01]\d|2[0-3])\.[0-5]\d(?=\s*(?:" + _ZONE_ALT + r")\b))"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?:st|nd|rd|th|s)?\b(?:-[A-Za-z]+)*)"
    r"|(?P<apdec>['\u2019]\d0s\b)"
    r"|(?P<word>[A-Za-z]+\d*(?:-[A-Za-z0-9]+)*)"
    r"|(?P<pos>['\u2019]s\b)"
    r"|(?P<punct>[^\sA-Za-z0-9])"
)

# token kinds
W, M, Y, N, O, U, S, P, T, Z, D, V, R, E, A, G, K, F, H, Q, C, X, DEC, DUR, FY, POS = (
    "W", "M", "Y", "N", "O", "U", "S", "P", "T", "Z", "D", "V", "R", "E", "A", "G", "K", "F", "H", "Q",
    "C", "X", "DEC", "DUR", "FY", "POS")

_DAYWORDS = {"today", "tomorrow", "yesterday", "tonight", "tonite", "overnight"}
_VAGUE = {"now", "currently", "recently", "lately", "nowadays", "presently", "soon"}
_RELATIVE = {"last", "next", "this", "past", "coming", "previous", "following", "upcoming", "recent",
             "current", "prior", "preceding", "these", "same"}
_EDGES = {"early", "late", "mid", "end", "start", "beginning", "middle", "rest", "later", "earlier", "close"}
_GLUE = {"of", "on", "at", "in", ",", "and", "or", "to", "-"}
_POSTFIX = {"ago", "earlier", "later", "hence", "before", "after", "from"}
_FREQ = {"every", "each"}
_QUANT = {"few", "several", "couple", "many", "some"}
_ZONES_LOWER = frozenset(ZONES)
_HALF_QUARTER = {"quarter", "half"}
_PREPOSITIONS = {"on", "in", "at", "by", "since", "until", "till", "from", "through", "during", "for",
                 "over", "within", "before", "after", "throughout", "around", "about", "as", "of", "to",
                 "into", "between", "and", "or", ",", "-", "ahead", "than"}
_YEAR_CONTEXT = {"in", "since", "by", "until", "till", "through", "from", "to", "of", "before", "after",
                 "during", "early", "late", "mid", "fiscal", "fy", "year", "and", "or", "between",
                 "throughout", "circa", "around", "the", "spring", "summer", "autumn", "fall", "winter",
                 "than", "for", "as", "ending", "ended", "end", "start", "beginning"}
_VERBY_AFTER_MAY = re.compile(r"\s+(?:be|have|not|also|still|well|never|need|want|take|make|see|"
                              r"come|go|get|help|lead|affect|impact|face|include|[a-z]+(?:ize|ise|ify)|"
                              r"[a-z]+)\b")
_MONTH_ABBR_OK = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_WEEKDAY_ABBR = {"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"}


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    kind: str
    seed: bool = False
    value: Any = None


def _number(low: str) -> int | None:
    if low.isdigit():
        return int(low)
    return NUMBER_WORDS.get(low)


def _classify(toks: list[_Tok], text: str) -> None:
    """Give each token its kind and mark seeds (tokens that can carry a mention)."""
    n = len(toks)
    for i, t in enumerate(toks):
        low = t.low
        k = t.kind
        if k == "dot":
            continue
        if k == "gap":
            t.kind = X
            continue
        if k == "time":
            t.kind, t.seed = T, True
            continue
        if k == "apdec":
            t.kind, t.seed = DEC, True
            continue
        if k == "pos":
            t.kind = POS
            continue
        if k == "punct":
            if t.kind == "dot":
                continue
            t.kind = C if low == "," else (G if low == "-" else X)
            continue
        if k == "num":
            if "-" in low:  # 30-year, 2-day
                head, _, tail = low.partition("-")
                if head.isdigit() and tail in UNITS and not tail.endswith("s") and UNITS[tail] not in (
                        "weekend", "season"):
                    t.kind, t.seed, t.value = DUR, True, (int(head), UNITS[tail])
                else:
                    t.kind = X
                continue
            if low.endswith("s") and low[:-1].isdigit():  # 1990s
                d = low[:-1]
                if len(d) == 4 and d.endswith("0") and 1000 <= int(d) <= 2090 or len(d) == 2 and d.endswith("0"):
                    t.kind, t.seed = DEC, True
                else:
                    t.kind = X
                continue
            if low[-2:] in ("st", "nd", "rd", "th") and low[:-2].isdigit():
                t.kind, t.value = O, int(low[:-2])
                continue
            if not low.isdigit():
                t.kind = X  # 2.5, 300,000
                continue
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < n else None
            if prev is not None and prev.low in ("$", "£", "€", "#", "no") and prev.end == t.start:
                t.kind = X
                continue
            if nxt is not None and nxt.low in ("%", "percent", "per", "pc", "bn", "m", "million",
                                               "billion", "trillion") :
                t.kind = X
                continue
            if len(low) == 4 and 1000 <= int(low) <= 2099:
                t.kind, t.value = Y, int(low)
                ok = prev is not None and (prev.low in _YEAR_CONTEXT or prev.kind in (M, N, O, C, W)
                                           or prev.low in MONTHS)
                if nxt is not None and nxt.kind == "pos":
                    ok = True
                t.seed = ok and 1900 <= int(low) <= 2099 or (ok and prev is not None and prev.low in (
                    "in", "since", "of", "from", "until", "by", "before", "after", "circa"))
                continue
            t.kind, t.value = N, int(low)
            continue
        # words
        if "-" in low:
            head, _, tail = low.partition("-")
            if head in ("mid", "early", "late") and (tail in MONTHS or (tail.isdigit() and len(tail) == 4)
                                                      or tail in SEASONS or tail[:-1].isdigit()):
                t.kind, t.seed = "EC", True
                continue
            if (head in ORDINAL_WORDS or head in ("full", "whole")) and tail in ("quarter", "half", "year"):
                t.kind, t.seed, t.value = Q, head in ORDINAL_WORDS, "ordinal-compound"
                if head in ("full", "whole"):
                    t.kind = X
                continue
            num = _number(head)
            if num is not None and tail in UNITS and not tail.endswith("s") and UNITS[tail] not in (
                    "weekend", "season") and head not in ("a", "an", "o", "oh", "ou"):
                t.kind, t.seed, t.value = DUR, True, (num, UNITS[tail])
                continue
            if low in ("year-earlier", "year-ago", "year-end", "month-end", "quarter-end"):
                t.kind, t.seed = X, False
                continue
            t.kind = X
            continue
        if low in WEEKDAYS:
            if low in _WEEKDAY_ABBR:
                nxt = toks[i + 1] if i + 1 < n else None
                if t.text[0].isupper() and nxt is not None and (nxt.kind == "num" or nxt.low in MONTHS
                                                                or nxt.low == ","):
                    t.kind, t.seed = W, True
                else:
                    t.kind = X
                continue
            t.kind, t.seed = W, True
            continue
        if low in MONTHS:
            nxt = toks[i + 1] if i + 1 < n else None
            nxt2 = toks[i + 2] if i + 2 < n else None
            prev = toks[i - 1] if i else None
            num_next = nxt is not None and (nxt.kind == "num" or (nxt.text == "." and nxt2 is not None
                                                                  and nxt2.kind == "num"))
            num_prev = prev is not None and prev.kind in ("num", N, O) and prev.low.isdigit() or (
                prev is not None and prev.kind == O)
            if low in _MONTH_ABBR_OK and len(low) <= 4 and low not in ("june", "july"):
                ok = t.text[0].isupper() and (num_next or num_prev)
            elif low == "may":
                ok = t.text[0] == "M" and (num_next or num_prev or (
                    prev is not None and prev.low in ("in", "since", "until", "early", "late", "mid", "of",
                                                      "last", "next", "this", "by", "from", "through",
                                                      "during", "before", "after")
                    and not (nxt is not None and nxt.low in ("be", "have", "not", "also", "well"))))
            elif low == "march":
                ok = t.text[0] == "M" and not (nxt is not None and nxt.low in (
                    "on", "to", "through", "into", "against", "toward", "towards", "in", "with")
                    and not num_next and not (prev is not None and prev.low in (
                        "in", "since", "until", "early", "late", "mid", "of", "last", "next", "this")))
            else:
                ok = t.text[0].isupper() or num_next or num_prev
            t.kind, t.seed = (M, True) if ok else (X, False)
            if ok and nxt is not None and nxt.text == "." and nxt.start == t.end and len(low) <= 4 and \
                    nxt2 is not None and nxt2.kind == "num":
                nxt.kind = "dot"  # "Feb. 1"
            continue
        if low in _DAYWORDS:
            t.kind, t.seed = D, True
            continue
        if low in _VAGUE:
            t.kind, t.seed = V, True
            continue
        if low in SEASONS:
            nxt = toks[i + 1] if i + 1 < n else None
            nxt2 = toks[i + 2] if i + 2 < n else None
            if nxt is not None and nxt.low == "of" and not (nxt2 is not None and nxt2.kind == "num"):
                t.kind = X  # "the fall of the Berlin Wall"
            elif nxt is not None and not (i and toks[i - 1].low in _SEASON_DETERMINERS) and (
                    nxt.low in _SEASON_NOUNS or (
                    nxt.kind == "word" and nxt.text.islower() and nxt.low not in _AFTER_SEASON_OK
                    and not nxt.low.endswith("ly") and nxt.start - t.end == 1)):
                t.kind = X  # "the spring statement", "the spring workshop": a modifier, not a season
            elif low == "fall" and not (i and toks[i - 1].low in ("the", "this", "last", "next", "early", "late",
                                                                   "in", "every", "each", "that")):
                t.kind = X  # "prices fall"
            else:
                t.kind = S
            continue
        if low in PARTS_OF_DAY or low in ("midnight", "dawn", "dusk"):
            t.kind = P
            if low in ("midnight", "noon", "midday"):
                t.seed = True
            continue
        if low in UNITS and len(low) > 2 and low not in ("min", "mins", "sec", "secs", "mo", "mos", "hr", "hrs",
                                                          "second"):
            t.kind = U
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < n else None
            if prev is not None and prev.low == "for" and low.endswith(("s", "ies")) and low not in (
                    "seconds", "minutes") and (nxt is None or nxt.low in (",", ".", ";", "and", "now", "to",
                                                                          "\u201d", '"')):
                t.seed = True  # "for years"
            continue
        if low in ORDINAL_WORDS:
            t.kind, t.value = O, ORDINAL_WORDS[low]
            continue
        if low in _RELATIVE:
            t.kind = R
            continue
        if low == "half":
            t.kind = "HALF"
            continue
        if low in ("earlier", "later") and i and toks[i - 1].low in UNITS:
            t.kind = K  # "a year earlier"
            continue
        if low in _EDGES:
            t.kind = E
            continue
        if low in ("the", "a", "an"):
            t.kind = A
            if low != "the" and ((i and toks[i - 1].low in _PRE_ARTICLE) or (
                    i + 2 < n and toks[i + 2].low in ("ago", "earlier", "later", "before", "after"))):
                t.value = "pre-article"
            elif low != "the" and i and i + 1 < n and toks[i + 1].low in _RATE_UNITS and (
                    toks[i - 1].low in ("once", "twice", "times") or (
                        toks[i - 1].kind in ("word", X) and toks[i - 1].low.endswith("s") and len(toks[i - 1].low) > 3
                        and toks[i - 1].low not in UNITS)) and not (
                    i + 2 < n and toks[i + 2].low in ("ago", "earlier", "later", "before", "after", "or")):
                t.value = "rate"  # "200 trains a day", "twice a week"
            continue
        if low in _FREQ:
            t.kind = F
            continue
        if low in _POSTFIX:
            t.kind = K
            continue
        if low in _QUANT or (low in NUMBER_WORDS and low not in ("a", "an", "o", "oh", "ou", "single")):
            t.kind, t.value = N, NUMBER_WORDS.get(low)
            continue
        if low in _GLUE:
            t.kind = G
            continue
        if len(low) == 2 and low in _QH and t.text[0] == low[0].upper():
            t.kind, t.seed = Q, True
            continue
        if low == "fiscal" or (low[:2] == "fy" and _FY.fullmatch(low)):
            t.kind, t.seed = FY, low != "fiscal"
            continue
        if low in _ZONES_LOWER and t.text.isupper() and len(low) > 1:
            t.kind = Z
            continue
        if low in ("future", "term", "order", "near", "short", "very", "long", "foreseeable", "distant",
                   "immediate") or (low in ("right", "just") and i + 1 < n and toks[i + 1].low == "now"):
            t.kind = "v"
            continue
        t.kind = X


# token kinds that may stand inside a candidate run
_RUN = {W, M, Y, N, O, U, S, P, T, Z, D, V, R, E, A, K, F, H, Q, DEC, DUR, FY, POS, "v", "dot", "EC", "HALF"}
# kinds a run may not begin with (after trimming)
_NO_START = {G, C, Z, K, POS, "dot"}
_NO_END = {G, C, A, R, E, F, POS, "dot"}
_RATE_UNITS = {"day", "week", "month", "year", "hour", "minute", "night", "quarter", "fortnight"}
_SEASON_DETERMINERS = {"every", "each", "last", "this", "next", "early", "late", "mid", "that", "past", "coming"}
_AFTER_SEASON_OK = frozenset(["of", "and", "or", "to", "in", "on", "at", "for", "with", "when", "as", "after", "before", "since", "until", "by", "from", "through", "during", "is", "was", "were", "are", "will", "would", "has", "had", "have", "the", "a", "an", "this", "that", "it", "its", "we", "they", "he", "she", "i", "there", "but", "so", "than", "while", "be", "been", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "also", "still", "seemed", "began", "brought", "saw", "season", "months"])
_SEASON_NOUNS = {"statement", "budget", "session", "term", "semester", "meeting", "meetings", "conference",
                 "games", "olympics", "festival", "sale", "sales", "collection", "collections", "schedule",
                 "break", "camp", "school", "recess", "fashion", "show", "shows", "tour", "exhibition",
                 "party", "forecast", "update", "edition", "issue", "clothes", "wheat", "crop", "fair",
                 "solstice", "equinox", "transfer", "window", "release", "lineup"}
_QH = {"q1", "q2", "q3", "q4", "h1", "h2"}
_FY = re.compile(r"fy\d{2}(?:\d{2})?")
_OF_EDGES = {"end", "start", "beginning", "middle", "rest", "close"}
_PRE_ARTICLE = {"within", "for", "in", "over", "after", "than", "about", "nearly", "almost", "least", "just",
                "under", "barely", "roughly", "around"}


def _seedy(run: list[_Tok]) -> bool:
    """Does this run hold something that is a date expression on its own?"""
    kinds = [t.kind for t in run]
    lows = [t.low for t in run]
    if any(t.seed for t in run):
        return True
    if " ".join(lows) in _VAGUE_PHRASES:
        return True
    has_count = any(k in (N, R, F) for k in kinds) or any(lo in _QUANT for lo in lows)
    if U in kinds and (has_count or K in kinds):
        return True
    if E in kinds and U in kinds and any(lo in ("end", "start", "beginning", "middle", "rest") for lo in lows):
        return True  # "the end of the year"
    if O in kinds and any(lo in ("quarter", "quarters", "half", "century", "centuries") for lo in lows):
        return True
    if O in kinds and U in kinds and (M in kinds or Y in kinds):
        return True  # "the first week of March"
    if lows[-1] in ("weekend", "weekends") and kinds[0] in (A, R):
        return True  # "the weekend", "this weekend"
    if len(run) == 2 and lows[0] in ("a", "an") and kinds[1] in (U, P) and run[0].value in ("pre-article", "rate"):
        return True  # "within a week"
    if S in kinds and (any(k in (R, A, E, F, Y, O) for k in kinds)):
        return True
    return P in kinds and any(k in (R, W, D) for k in kinds)


_VAGUE_PHRASES: dict[str, tuple[str, str]] = {
    # phrase -> (TIMEX3 value, a word for the explanation)
    "the future": ("FUTURE_REF", "the future"),
    "the near future": ("FUTURE_REF", "the near future"),
    "the foreseeable future": ("FUTURE_REF", "the foreseeable future"),
    "the immediate future": ("FUTURE_REF", "the immediate future"),
    "the distant future": ("FUTURE_REF", "the distant future"),
    "the near term": ("FUTURE_REF", "the near term"),
    "the long term": ("FUTURE_REF", "the long term"),
    "the short term": ("FUTURE_REF", "the short term"),
    "short order": ("FUTURE_REF", "in short order"),
    "very short order": ("FUTURE_REF", "in very short order"),
    "right now": ("PRESENT_REF", "right now"),
    "just now": ("PAST_REF", "just now"),
    "these days": ("PRESENT_REF", "these days"),
    "nowadays": ("PRESENT_REF", "nowadays"),
    "lately": ("PAST_REF", "lately"),
    "presently": ("PRESENT_REF", "presently"),
}


_WINDOW = 16  # characters of context tokenized on each side of a date word


@lru_cache(maxsize=1)
def _holiday_first_words() -> frozenset[str]:
    try:
        from timeline.holidays import first_words
    except ImportError:  # pragma: no cover
        return frozenset()
    return first_words("en")


_CLOCK_DOT = re.compile(r"\d{1,2}\.\d\d")
_WORD_OR_DIGIT = re.compile(r"[A-Za-z]+|\d[\d.,:]*%?")


@lru_cache(maxsize=1)
def _trigger() -> frozenset[str]:
    """Every word that can start or carry a date expression, lowercased (digits always trigger)."""
    words = set(WEEKDAYS) | set(MONTHS) | set(UNITS) | set(SEASONS) | set(PARTS_OF_DAY) | _DAYWORDS | _VAGUE
    words |= {"midnight", "dawn", "dusk", "future", "term", "order", "fiscal", "half", "centuries", "days",
              "nowadays", "lately"}
    words |= _holiday_first_words()
    words |= {"q", "h", "fy", "mid", "early", "late", "am", "pm"} | {z for z in ZONES if len(z) > 1}
    words |= {"ago", "every", "each", "fiscal", "near", "short"}
    return frozenset(w for w in words if w.isalpha() and len(w) > 1)


def _windows(clean: str) -> list[tuple[int, int]]:
    """Stretches of *clean* around date words, merged; the rest of the text is never tokenized."""
    out: list[tuple[int, int]] = []
    n = len(clean)
    words = _trigger()
    for m in _WORD_OR_DIGIT.finditer(clean):
        g = m.group()
        if g[0].isdigit():
            core = g.rstrip(".,:")
            if not (len(core) <= 2 or ":" in core or (len(core) == 4 and core.isdigit() and core[0] in "12")
                    or _CLOCK_DOT.fullmatch(core)):
                continue  # 40%, 300,000, 2.5: no date starts there
        elif g.lower() not in words:
            continue
        a, b = max(0, m.start() - _WINDOW), min(n, m.end() + _WINDOW)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    fixed: list[tuple[int, int]] = []
    for a, b in out:
        while a > 0 and not clean[a - 1].isspace():
            a -= 1
        while b < n and not clean[b].isspace():
            b += 1
        if fixed and a <= fixed[-1][1]:
            fixed[-1] = (fixed[-1][0], b)
        else:
            fixed.append((a, b))
    return fixed


def _tokens(clean: str) -> list[_Tok]:
    toks: list[_Tok] = []
    finditer = _TOKEN.finditer
    for a, b in _windows(clean):
        if toks:  # a sentinel keeps runs from joining across the untokenized gap
            toks.append(_Tok(a, a, "", "", "gap"))
        for m in finditer(clean, a, b):
            g = m.group()
            toks.append(_Tok(m.start(), m.end(), g, g.lower().rstrip("."), m.lastgroup or "punct"))
    _classify(toks, clean)
    return toks


def _holiday_at(clean: str, toks: list[_Tok], i: int) -> int | None:
    """Index of the last token of a holiday name starting at token *i*, if any."""
    try:
        from timeline.holidays import match_holiday, normalize_words
    except ImportError:  # pragma: no cover - holidays are optional to the scanner
        return None
    if toks[i].low not in _holiday_first_words():
        return None  # fast path: no holiday name starts with this word
    norm: list[str] = []
    owner: list[int] = []
    j = i
    while j < len(toks) and j < i + 6 and toks[j].kind not in (C,) and toks[j].low not in (".", ";", ":"):
        for w in normalize_words(toks[j].text):
            norm.append(w)
            owner.append(j)
        j += 1
    if not norm:
        return None
    hit = match_holiday(norm, 0)
    if hit is None:
        return None
    holiday, end = hit
    last = owner[end - 1]
    # a one-word holiday name must be capitalized and not a common word at a sentence start
    if last == i and not toks[i].text[0].isupper():
        return None
    if getattr(holiday, "supported", True) is False:
        return None
    return last


def _candidates(clean: str, toks: list[_Tok]) -> list[tuple[int, int]]:
    """Maximal runs of date-ish tokens (token index ranges, end exclusive) holding a seed."""
    n = len(toks)
    # holidays: capitalized words that start a holiday name become one H token range
    for i, t in enumerate(toks):
        if t.kind == X and t.text[:1].isupper() and len(t.text) > 2:
            last = _holiday_at(clean, toks, i)
            if last is not None:
                for j in range(i, last + 1):
                    toks[j].kind = H
                    toks[j].seed = True
                # "New Year's Day": the possessive inside the name
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        t = toks[i]
        if t.kind not in _RUN:
            i += 1
            continue
        j = i
        while j < n:
            k = toks[j].kind
            if j > i and "\n" in clean[toks[j - 1].end:toks[j].start]:
                break
            if k in _RUN:
                # a possessive ends a run unless a holiday name continues
                if k == POS and not (j + 1 < n and toks[j + 1].kind == H):
                    j += 1
                    break
                j += 1
                continue
            if k in (G, C) and j + 1 < n and toks[j + 1].kind in _RUN and toks[j].end == toks[j].start + len(
                    toks[j].text):
                # glue joins two date-ish parts only when the gap is one space or none
                gap_ok = clean[toks[j - 1].end:toks[j].start].strip() == "" and \
                    clean[toks[j].end:toks[j + 1].start].count("\n") == 0
                if gap_ok and j > i:
                    j += 1
                    continue
            break
        run = (i, j)
        for a, b in _split_run(toks, run):
            if b > a and _seedy(toks[a:b]):
                out.append((a, b))
        i = max(j, i + 1)
    return out


def _split_run(toks: list[_Tok], run: tuple[int, int]) -> list[tuple[int, int]]:
    """Trim a run's edges and cut it where two expressions merely stand side by side."""
    a, b = run
    # cut at commas and 'and'/'or' unless they sit inside a date ("March 4, 2025", "Fri, 7 Mar")
    pieces: list[tuple[int, int]] = []
    start = a
    for j in range(a, b):
        t = toks[j]
        if t.low in ("after", "before", "from") and j > a and not (j + 1 < b and toks[j + 1].low == "now"):
            pieces.append((start, j))  # "six weeks from mid-April", "Wednesday evening after Sunday"
            start = j + 1
            continue
        if t.kind == C or t.low in ("and", "or", "to", "-"):
            prev = toks[j - 1] if j > a else None
            nxt = toks[j + 1] if j + 1 < b else None
            inside = (t.kind == C and prev is not None and nxt is not None and (
                (prev.kind in (N, O) and nxt.kind == Y)  # March 4, 2025
                or (prev.kind == W and nxt.kind == M)  # Tuesday, March 4
                or (prev.kind == W and nxt.kind in (N, O) and j + 2 < b and toks[j + 2].kind == M)
                or (prev.kind == M and nxt.kind == Y)))
            if not inside:
                pieces.append((start, j))
                start = j + 1
    pieces.append((start, b))
    # "April 20 this year": a full date followed by a relative phrase is two expressions
    cut: list[tuple[int, int]] = []
    for s, e in pieces:
        k = s
        for j in range(s + 2, e):
            if toks[j].kind == R and ((toks[j - 2].kind == M and toks[j - 1].kind in (N, O))
                                      or (toks[j - 2].kind in (N, O) and toks[j - 1].kind == M)):
                cut.append((k, j))
                k = j
        cut.append((k, e))
    out = []
    for s, e in cut:
        s, e = _trim(toks, s, e)
        if e > s:
            out.append((s, e))
    return out


def _trim(toks: list[_Tok], s: int, e: int) -> tuple[int, int]:
    """Drop edge tokens that cannot begin or end an expression."""
    while True:
        s0, e0 = s, e
        while s < e and (toks[s].kind in _NO_START or toks[s].low in ("of", "on", "at", "in", "to")):
            s += 1
        while e > s and (toks[e - 1].kind in _NO_END or toks[e - 1].low in (
                "of", "on", "at", "in", "to", "from", "before", "after")):
            e -= 1
        # a bare number that does not touch a unit, a month or a time starts nothing
        while s < e and toks[s].kind == N and not (s + 1 < e and toks[s + 1].kind in (U, M, N, O, "v", R)):
            s += 1
        while e > s and toks[e - 1].kind == N and not (e - 2 >= s and toks[e - 2].kind in (M, W, "dot")):
            e -= 1
        # "day on June 12": a unit word without a count before glue
        while s < e - 1 and toks[s].kind in (U, S) and toks[s + 1].kind in (G, C):
            s += 1
        # "start at 23:30", "the rest following on March 25": these edges need "of"
        if s + 1 < e and toks[s].kind == A and toks[s + 1].low in _OF_EDGES and (
                s + 2 >= e or toks[s + 2].low != "of"):
            s += 2
        if s < e and toks[s].low in _OF_EDGES and (s + 1 >= e or toks[s + 1].low != "of"):
            s += 1
        if s + 1 < e and toks[s].kind == A and toks[s + 1].kind == DUR:
            s += 1  # "a two-day programme"
        # "three weeks later than in 2024": a duration compared, not a date
        if e - s >= 2 and toks[e - 1].kind == K and e < len(toks) and toks[e].low == "than":
            e -= 1
        # "for the first": a word ordinal at the end counts nothing
        while e > s and toks[e - 1].kind == O and toks[e - 1].low.isalpha():
            e -= 1
        if (s, e) == (s0, e0):
            return s, e


# ---------------------------------------------------------------------------
# Tense and direction

_FUTURE_CUES = re.compile(
    r"\b(?:will|won['\u2019]t|shall|'ll|\u2019ll|would|is|are|was|were|am)\s+(?:set|expected|due|scheduled|"
    r"slated|poised|likely|going|about)\s+to\b|\b(?:will|shall|won['\u2019]t)\b|['\u2019]ll\b|\bwould\b"
    r"|\b(?:plans?|planning|intends?|aims?|hopes?|prepares?|wants?|seeks?)\s+to\b"
    r"|\b(?:expects|predicts|anticipates)\b|\b(?:we|they|I|analysts|economists|investors|traders)\s+"
    r"(?:now\s+)?expect\b|\b(?:is|are|be)\s+(?:not\s+)?expected\b"
    r"|\b(?:is|are)\s+to\b|\bgoing\s+to\b|\b(?:upcoming|forthcoming|scheduled|slated|due)\b"
    r"|\b(?:could|might|may|can)\s+(?!have\b)\w+|\bahead\s+of\b|\bnext\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|made|said|told|met|held|taken|seen|done|"
    r"become|begun|fallen|risen|grown|lost|won|sent|spent|paid|left|cut|hit|set|put|got|gotten|brought|"
    r"bought|sold|kept|found|built|run|stood|struck|spoken|written|chosen|shown|known|thought|felt)\b"
    r"|\b(?:was|were|did|said|told|met|took|made|came|went|saw|gave|got|began|fell|rose|lost|won|held|"
    r"left|spoke|wrote|sent|brought|bought|sold|paid|led|ran|became|grew|knew|thought|found|felt|kept|"
    r"stood|struck|chose|drove|flew|broke|spent|built|insisted|announced|revealed|confirmed|reported|"
    r"declared|suggested|stated|added|warned|agreed|signed|unveiled|launched|released|emerged|ended|"
    r"started|opened|closed|collapsed|reached|occurred|happened|arrived|returned|visited|"
    r"\w{2,}ed)\b",
    re.IGNORECASE,
)
_NOT_PAST = re.compile(r"^(?:need|speed|feed|seed|bed|red|shed|breed|proceed|exceed|succeed|indeed|"
                       r"embed|hundred|united|based|proposed|expected|scheduled|planned|slated|"
                       r"supposed|concerned|increased|advanced|detailed|limited|related|armed|"
                       r"so-called|embattled|unexpected|unprecedented|interested|tired|used|"
                       r"fixed|dated|skilled|talented|red|sacred|wicked|naked|beloved|alleged)$", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|declared|wrote|insisted|"
                     r"announced|warned|noted|explained|asked|replied|argued|claimed|according)\b", re.IGNORECASE)


_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;]*,")
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|am|get|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


_CUE_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?")
_BE = {"is", "are", "was", "were", "am", "be", "been", "being", "get", "gets", "'s", "\u2019s"}
_FUT_AUX = {"will", "shall", "would", "won't", "won\u2019t", "wont"}
_FUT_SET = {"set", "expected", "due", "scheduled", "slated", "poised", "going", "about", "likely", "planning"}
_FUT_PLAN = {"plan", "plans", "planning", "intend", "intends", "aim", "aims", "hope", "hopes", "prepare",
             "prepares", "want", "wants", "seek", "seeks"}
_FUT_EXPECT = {"expects", "predicts", "anticipates"}
_FUT_EXPECTERS = {"we", "they", "i", "analysts", "economists", "investors", "traders", "forecasters"}
_FUT_WORDS = {"upcoming", "forthcoming", "scheduled", "slated", "due", "next"}
_MODALS = {"could", "might", "may", "can", "should", "must"}
_IRREGULAR_PAST = frozenset(["was", "were", "did", "said", "told", "met", "took", "made", "came", "went", "saw", "gave", "got", "began", "fell", "rose", "lost", "won", "held", "left", "spoke", "wrote", "sent", "brought", "bought", "sold", "paid", "led", "ran", "became", "grew", "knew", "thought", "found", "felt", "kept", "stood", "struck", "chose", "drove", "flew", "broke", "spent", "built", "hit", "cut", "put", "set"])
_PARTICIPLES = frozenset(["been", "made", "said", "told", "met", "held", "taken", "seen", "done", "become", "begun", "fallen", "risen", "grown", "lost", "won", "sent", "spent", "paid", "left", "cut", "hit", "set", "put", "got", "gotten", "brought", "bought", "sold", "kept", "found", "built", "run", "stood", "struck", "spoken", "written", "chosen", "shown", "known", "thought", "felt", "given", "gone", "come"])
_AMBIGUOUS_PAST = {"hit", "cut", "put", "set"}  # also present tense: past only after has/have/had


@lru_cache(maxsize=512)
def _sentence_cues(sentence: str) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, int], ...]]:
    """All tense cues of a sentence and its comma-bounded relative clauses (cached per article).

    Word by word: future auxiliaries and phrases ("will", "is set to", "plans
    to", "could announce", "next"), past forms ("said", "-ed" words that are
    not participles after "be", "has/have/had" + participle).
    """
    clauses = tuple((m.start(), m.end()) for m in _RELATIVE_CLAUSE.finditer(sentence)) if "," in sentence else ()
    words = [(m.start(), m.group().lower()) for m in _CUE_WORD.finditer(sentence)]
    out: list[tuple[int, str]] = []
    n = len(words)
    skip_next = False
    for i, (pos, w) in enumerate(words):
        if skip_next:
            skip_next = False
            continue
        prev = words[i - 1][1] if i else ""
        nxt = words[i + 1][1] if i + 1 < n else ""
        if w in _FUT_AUX or w.endswith(("'ll", "\u2019ll")):
            out.append((pos, "future"))
            skip_next = nxt in ("be", "have")  # "will be updated", "would have"
            continue
        if prev == "not" and i > 1:
            prev = words[i - 2][1]
        if w in _FUT_SET and prev in _BE and (nxt == "to" or w in ("expected", "due", "scheduled", "slated")):
            out.append((pos, "future"))
            continue
        if (w in _FUT_PLAN and nxt == "to") or w in _FUT_EXPECT or (w == "expect" and prev in _FUT_EXPECTERS) or (
                w == "expected" and prev not in _BE and any(x[1] == "to" for x in words[i + 1:i + 5])):
            out.append((pos, "future"))
            continue
        if w == "to" and prev in ("is", "are") and nxt.isalpha():
            out.append((pos, "future"))
            continue
        if w in _FUT_WORDS or (w == "ahead" and nxt == "of"):
            out.append((pos, "future"))
            continue
        if w in _MODALS and nxt and not (nxt == "have" and i + 2 < n and (
                words[i + 2][1] in _PARTICIPLES or words[i + 2][1].endswith(("ed", "en")))):
            out.append((pos, "future"))
            continue
        if w in ("has", "have", "had"):
            nw = nxt
            if i + 2 < n and nw.endswith("ly"):
                nw = words[i + 2][1]
            if nw in _PARTICIPLES or nw.endswith(("ed", "en")):
                out.append((pos, "past"))
                skip_next = True
                continue
            if w == "had":
                out.append((pos, "past"))
            continue
        if w in _IRREGULAR_PAST and w not in _AMBIGUOUS_PAST:
            out.append((pos, "past"))
            continue
        if len(w) > 4 and w.endswith("ed") and not _NOT_PAST.match(w):
            if prev in _BE or (i > 1 and prev.endswith("ly") and words[i - 2][1] in _BE):
                continue  # "will be updated", "is widely expected": a participle
            if out and out[-1][1] == "future" and out[-1][0] >= words[max(0, i - 4)][0]:
                continue  # "should have power restored": a participle in a modal chain
            out.append((pos, "past"))
    return tuple(out), clauses


def _cues(sentence: str, skip: tuple[int, int] | None = None) -> list[tuple[int, str]]:
    """(offset, 'past'|'future') for every tense cue in *sentence*.

    Cues inside a relative clause set off by commas (", which has been in
    place since 2008,") are left out unless the mention is inside it (*skip*
    is the mention's own range).
    """
    cues, clauses = _sentence_cues(sentence)
    if skip is not None:
        clauses = tuple(c for c in clauses if not (c[0] <= skip[0] < c[1]))
    if not clauses:
        return list(cues)
    return [(s, d) for s, d in cues if not any(a <= s < b for a, b in clauses)]


def _direction(sentence: str, offset: int, end: int, default: str) -> tuple[str, str]:
    """The direction for a mention at *offset* in *sentence* and why.

    The cue nearest before the mention wins (speech verbs only when they
    govern the mention directly: "said on Wednesday"); without one, the
    nearest cue after it; without any, *default*.
    """
    before = sentence[:offset]
    # "said on Wednesday", "told reporters on Monday", "said Tuesday"
    if _SAID_BEFORE.search(before, max(0, offset - 60)):
        return "past", "the statement was made then (past tense)"
    cues = _cues(sentence, (offset, end))
    best: tuple[int, str] | None = None
    for pos, d in cues:
        if pos < offset:
            word = sentence[pos:pos + 12]
            if _SPEECH.match(word) and best is not None:
                continue  # a reporting verb does not override the clause's own tense
            if _SPEECH.match(word):
                best = (pos, d)
                continue
            best = (pos, d)
    if best is not None and not _SPEECH.match(sentence[best[0]:best[0] + 12]):
        return best[1], f"{best[1]} tense: {sentence[best[0]:best[0] + 20].split(',')[0].strip()!r}"
    after = [(pos, d) for pos, d in cues if pos >= end and not _SPEECH.match(sentence[pos:pos + 12])]
    if after:
        pos, d = after[0]
        return d, f"{d} tense: {sentence[pos:pos + 20].split(',')[0].strip()!r}"
    if best is not None:
        return best[1], f"{best[1]} tense: {sentence[best[0]:best[0] + 12].strip()!r}"
    if re.search(r"^[A-Z][^.!?]*\bto\s+[a-z]+\b", sentence) and not sentence.rstrip().endswith((".", "?", "!", '"', "\u201d")):
        return "future", "headline 'X to do Y' looks forward"
    if _PRESENT.search(sentence):
        return "nearest", "present tense: the nearest one"
    return default, f"no tense cue: fallback prefer={default}"


# ---------------------------------------------------------------------------
# Local normalizations (what the resolver does not read as a point in time)

_UNIT_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
              "month": "M", "quarter": "M", "year": "Y", "decade": "Y", "century": "Y"}
_UNIT_MULT = {"fortnight": 2, "quarter": 3, "decade": 10, "century": 100}


def _duration_value(n: int | None, unit: str) -> str:
    code = _UNIT_CODE.get(unit, "D")
    t = "T" if unit in ("second", "minute", "hour") else ""
    if n is None:
        return f"P{t}X{code}"
    return f"P{t}{n * _UNIT_MULT.get(unit, 1)}{code}"


_SET_SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _local(words: list[_Tok], text_after: str) -> tuple[str, str] | None:
    """TIMEX3 (value, type) for durations, sets and fiscal years, or None."""
    kinds = [w.kind for w in words]
    lows = [w.low for w in words]
    if len(words) == 2 and lows[0] in ("a", "an") and words[0].value == "rate":
        if lows[1] == "night":
            return "XXXX-XX-XXTNI", "SET"
        return _duration_value(1, UNITS[lows[1]]), "SET"  # "200 trains a day": P1D
    if len(words) == 1 and kinds[0] == DUR:
        n, unit = words[0].value
        return _duration_value(n, unit), "DURATION"
    if kinds[0] == FY or lows[0] == "fiscal":
        m = re.search(r"(\d{2,4})$", words[-1].low)
        if m and (len(words) <= 3):
            y = int(m.group(1))
            y = y + 2000 if y < 100 else y
            return f"FY{y}", "DATE"
    if kinds[0] == F and len(words) >= 2:
        last = words[-1]
        if last.kind == S:
            return f"XXXX-{_SET_SEASON[last.low]}", "SET"
        if last.kind == W:
            return f"XXXX-WXX-{WEEKDAYS[last.low] + 1}", "SET"
        if last.kind == M:
            return f"XXXX-{MONTHS[last.low]:02d}", "SET"
        if last.kind == U:
            n = words[1].value if len(words) == 3 and words[1].kind == N else 1
            return _duration_value(n if isinstance(n, int) else 1, UNITS[last.low]), "SET"
        if last.kind == P:
            return f"XXXX-XX-XXT{PARTS_OF_DAY.get(last.low, (0, 0, 'XX'))[2]}", "SET"
    # "40 years", "two hours", "a week", "several months", "the past decade", "the next 18 months"
    body = words
    lead = ""
    if lows[0] == "the" and len(words) >= 3 and lows[1] in ("past", "last", "next", "coming", "previous",
                                                           "following", "first", "final"):
        lead = lows[1]
        body = words[2:]
    elif lows[0] in ("the",) and len(words) == 2:
        return None
    if body and body[-1].kind == U:
        unit = UNITS[body[-1].low]
        plural = body[-1].low.endswith("s") or body[-1].low == "centuries"
        count: int | None
        if len(body) == 1:
            if lead and not plural:
                count = 1
            elif not lead and plural and lows[0] not in ("the",):
                # bare plural unit: "for years"
                count = None
            else:
                return None
        elif len(body) == 2 and body[0].kind == N:
            if body[0].low in _QUANT:
                count = None
            else:
                count = body[0].value if isinstance(body[0].value, int) else None
        elif len(body) == 2 and body[0].low in ("a", "an"):
            count = 1
        elif len(body) == 3 and body[0].low in ("a", "an") and body[1].low in _QUANT:
            count = 2 if body[1].low == "couple" else None
        elif len(body) == 3 and body[0].kind == N and body[1].kind == N:  # "twenty five years"
            count = None
        else:
            return None
        if unit in ("weekend", "season"):
            return None
        if not lead:
            # "two weeks ago" / "a year earlier" are points: not here
            nxt = text_after.lstrip()[:12].lower()
            if re.match(r"(?:ago|earlier|later|hence|from now|before\b|after\b|prior)(?!\s+than)", nxt) and \
                    not re.match(r"(?:before|after)\s", nxt):
                return None
        if lead in ("previous", "following", "first", "final") and len(body) == 1:
            return None  # "the previous quarter": a date (anaphoric), not a length
        if lead in ("coming", "next", "past", "last", "previous", "following") and count is None and plural \
                and len(body) == 1:
            return None  # "the coming days": vague, the resolver says FUTURE_REF
        return _duration_value(count, unit), "DURATION"
    return None


# ---------------------------------------------------------------------------
# References from the text

_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .,'\u2019-]{1,60}?,?\s*(?:[A-Z][a-z]+\.?,?\s+)?"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?:,?\s+(?P<year>\d{4}))?\s*(?:\([A-Za-z .]+\)\s*)?[-\u2013\u2014:]", re.MULTILINE)
_PUBLISHED = re.compile(
    r"^[ \t#*_>]*(?:(?:Published|Updated|Posted|First published|Last updated|Date)\b:?\s*(?:on\s+)?)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?P<date>\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})"
    r"(?P<time>,?\s+(?:at\s+)?\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?[ \t*_]*$",
    re.MULTILINE | re.IGNORECASE)
_YEAR_IN_TEXT = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def find_reference(text: str) -> date | None:
    """The publication date the text gives, or ``None``.

    Reads a "Published 6 March 2025" / "Updated March 6, 2025" / "Fri 7 Mar
    2025 18.30 GMT" line, or a wire dateline ("WASHINGTON, March 4 (Reuters) -")
    in the first lines. A dateline without a year takes it from a
    "(c) 2025"/"2025" line of the text only when exactly one recent year is
    written near it; otherwise the dateline is not used.
    """
    head = blank_markup(text[:4000])
    for m in _PUBLISHED.finditer(head):
        raw = m.group("date")
        d = _parse_plain_date(raw)
        if d is not None:
            return d
    dl = _DATELINE.search(head)
    if dl:
        month = MONTHS[dl.group("month").lower()]
        day = int(dl.group("day"))
        year = int(dl.group("year")) if dl.group("year") else None
        if year is None:
            years = {int(y) for y in _YEAR_IN_TEXT.findall(text)}
            years = {y for y in years if y >= 2000}
            if len(years) == 1:
                year = years.pop()
        if year is not None:
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def _parse_plain_date(raw: str) -> date | None:
    raw = raw.strip().rstrip(",")
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            return None
    parts = re.findall(r"[A-Za-z]+|\d+", raw)
    nums = [int(p) for p in parts if p.isdigit()]
    mon = [MONTHS[p.lower()] for p in parts if not p.isdigit() and p.lower() in MONTHS]
    if len(nums) != 2 or len(mon) != 1:
        return None
    day, year = (nums[0], nums[1]) if nums[1] > 31 else (nums[1], nums[0])
    try:
        return date(year, mon[0], day)
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Resolution of one candidate


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: str
    type: str
    span: Span | None
    direction: str
    explanation: str
    anchor: date | datetime
    sentence: Sentence
    quoted: bool = False
    toks: tuple[int, int] = (0, 0)
    extras: dict[str, Any] = field(default_factory=dict)


class _Resolver:
    """Calls :func:`timeline.resolve` with a cache (failures are the expensive part)."""

    def __init__(self, timezone: str | None) -> None:
        from timeline.resolver import resolve

        self._resolve = resolve
        self._timezone = timezone
        self.financial = True  # the document talks about quarters and results (set by extract)
        self._cache: dict[tuple[str, Any, str], Span | ExpressionError] = {}

    def __call__(self, phrase: str, reference: date | datetime, prefer: str) -> Span | None:
        key = (phrase, reference, prefer)
        hit = self._cache.get(key)
        if hit is None:
            try:
                hit = self._resolve(phrase, reference, prefer=prefer, timezone=self._timezone)
            except ExpressionError as e:
                hit = e
            except (TimelineError, ValueError, ArithmeticError, IndexError, KeyError, TypeError) as e:
                hit = ExpressionError(str(e), phrase)
            self._cache[key] = hit
        return None if isinstance(hit, ExpressionError) else hit


def _phrase(clean: str, toks: list[_Tok], a: int, b: int) -> str:
    s = clean[toks[a].start:toks[b - 1].end]
    if "  " in s or "\n" in s or "\t" in s:
        s = _SPACES.sub(" ", s)
    return s.replace("\u2019", "'")


_SPACES = re.compile(r"\s+")
_PRESENT = re.compile(r"\b(?:is|are|am|opens|closes|starts|begins|ends|runs|goes|comes|takes|meets|holds|"
                      r"resumes|returns|kicks|launches|airs|expires|lands|arrives|leaves|falls|hosts|visits|"
                      r"faces|plays|travels|heads|reopens|reconvenes|convenes)\b|['\u2019]s\s+(?:a|an|the|another|"
                      r"our|my)\b")
_FINANCIAL = re.compile(r"\b(?:quarter|quarterly|fiscal|revenue|earnings|profits?|sales|guidance|Q[1-4]|"
                        r"results|outlook|forecast)\b")
_SPORT = re.compile(r"\b(?:half-time|halftime|kick-?off|kicked off|goals?|innings|inning|second leg|"
                    r"first leg|the break|restart)\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_AS_BEFORE = re.compile(r"\bas\s+$")
_AMPM = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)
_DOT_TIME = re.compile(r"\b(\d{1,2})\.(\d{2})(?=\s*[A-Z]|\s?[ap]\.?m)")
_IN_BEFORE = re.compile(r"\b(in|within)\s+$")
_SAID_BEFORE = re.compile(r"\b(?:said|told|announced|stated|declared|added|insisted|confirmed|reported|wrote)"
                          r"(?:\s+\w+){0,2}?\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)


def _ttype(value: str) -> str:
    if value.startswith("P") and not value.endswith("_REF"):
        return "DURATION"
    if "T" in value and not value.startswith("XXXX"):
        return "TIME"
    return "DATE"


_DAYBOUND_NOUNS = re.compile(
    r"\s*(?:meeting|session|vote|game|match|talks|summit|announcement|decision|statement|trading|"
    r"hearing|speech|event|deadline|election|race|news|edition|paper|ruling|rally|launch|briefing|"
    r"debate|final|results?|close|open|auction|release|report|data|figures|strike|protest)\b", re.IGNORECASE)


def _adjust(found: _Found, phrase: str, toks: list[_Tok], a: int, b: int, clean: str,
            reference: date | datetime) -> None:
    """TimeML conventions the resolver's value does not carry by itself."""
    lows = [t.low for t in toks[a:b]]
    span = found.span
    v = found.value
    # "the last 30 years" -> DURATION P30Y with the span kept
    m = re.fullmatch(r"[^/]+/(P[0-9TXYMWDHS.]+)", v)
    if m:
        found.value, found.type = m.group(1), "DURATION"
        return
    # "today's Russia", "Today there are six": the present, not the day
    if lows and lows[-1] == "today" or (len(lows) == 1 and lows[0] == "today"):
        after = clean[toks[b - 1].end:toks[b - 1].end + 40]
        generic_possessive = bool(re.match(r"['\u2019]s\b", after)) and not _DAYBOUND_NOUNS.match(after[2:])
        generic_clause = re.match(r",?\s+(?:there\s+(?:is|are)|it\s+is|we\s+(?:are|have)|they\s+(?:are|have))\b",
                                  after)
        if generic_possessive or generic_clause:
            found.value = "PRESENT_REF"
    # "early Tuesday" / "late Monday": the day (TimeML mod START/END), not a part of day
    if lows and lows[0] in ("early", "late") and len(lows) == 2 and toks[a + 1].kind in (W, D) \
            and span is not None:
        found.value = span.first_day.isoformat()
    # past quarters and halves: "fourth-quarter results" reported in February
    if span is not None and span.granularity == Granularity.QUARTER and found.direction == "past" and not any(
            t.kind == Y or t.low in ("year", "this", "current", "next") for t in toks[a:b]) \
            and day_of(span.start) > day_of(reference) and re.match(r"\d{4}-(Q|H)\d$", v):
        y = int(v[:4]) - 1
        found.value = f"{y}{v[4:]}"
        found.span = replace(span, start=day_of(span.start).replace(year=y),
                             end=day_of(span.end).replace(year=day_of(span.end).year - 1), value=found.value)
    found.type = _ttype(found.value)


# ---------------------------------------------------------------------------
# The public API


def extract(
    text: str,
    reference: date | datetime | None = None,
    prefer: str = "past",
    timezone: str | None = None,
) -> list[Mention]:
    """Every date and time expression of *text*, in order, resolved.

    *reference* is the publication date (or datetime); when ``None`` it is
    read from a dateline or a "Published ..." line (:func:`find_reference`),
    and :class:`~timeline.errors.ExpressionError` is raised when the text has
    none. *prefer* is the direction for expressions whose sentence has no
    tense cue; *timezone* the IANA zone of naive times.
    """
    if prefer not in ("past", "future", "nearest"):
        raise ExpressionError(f"prefer must be past, future or nearest, not {prefer!r}", prefer)
    if reference is None:
        reference = find_reference(text)
        if reference is None:
            raise ExpressionError(
                "no reference date: the text has no dateline or 'Published ...' line; "
                "give the publication date (--ref YYYY-MM-DD)", "")
    _sentence_cues.cache_clear()  # per-article cache: no help from earlier articles
    clean = blank_markup(text)
    toks = _tokens(clean)
    sentences = split_sentences(clean)
    quotes = find_quotes(clean)
    resolver = _Resolver(timezone)
    resolver.financial = bool(_FINANCIAL.search(clean)) and not _SPORT.search(clean)
    found: list[_Found] = []
    si = 0
    for a, b in _candidates(clean, toks):
        start = toks[a].start
        while si + 1 < len(sentences) and sentences[si].end <= start:
            si += 1
        sent = sentences[si] if sentences else Sentence(0, len(clean))
        found.extend(_resolve_candidate(clean, toks, a, b, sent, reference, prefer, resolver))
    found = _anaphora(found, clean, toks, reference, resolver)
    found = _quotes(found, clean, quotes, sentences, reference, resolver, toks)
    found = _same_weekday(found, clean, toks, reference, resolver)
    return [
        Mention(
            start=f.start, end=f.end, text=text[f.start:f.end], value=f.value, type=f.type, span=f.span,
            sentence=text[f.sentence.start:f.sentence.end], sentence_start=f.sentence.start,
            direction=f.direction, anchor=f.anchor, explanation=f.explanation, quoted=f.quoted,
        )
        for f in found
    ]


def _resolve_candidate(clean: str, toks: list[_Tok], a: int, b: int, sent: Sentence,
                       reference: date | datetime, prefer: str, resolver: _Resolver) -> list[_Found]:
    """Resolve toks[a:b], shrinking from the edges when the whole does not resolve."""
    out: list[_Found] = []
    tried = 0
    queue = [(a, b)]
    seen: set[tuple[int, int]] = set()
    while queue and tried < 14:
        a2, b2 = queue.pop(0)
        if (a2, b2) in seen or b2 <= a2:
            continue
        seen.add((a2, b2))
        if not _seedy(toks[a2:b2]):
            continue
        tried += 1
        hit = _resolve_piece(clean, toks, a2, b2, sent, reference, prefer, resolver)
        if hit is not None:
            out.append(hit)
            # what is left on either side may hold another expression ("2001 to 2012")
            for rest in ((a, a2), (b2, b)):
                if rest[1] > rest[0]:
                    for piece in _split_run(toks, rest):
                        if _seedy(toks[piece[0]:piece[1]]):
                            out.extend(_resolve_candidate(clean, toks, piece[0], piece[1], sent,
                                                          reference, prefer, resolver))
            break
        # shrink: drop a token from the right first (trailing junk), then from the left
        for s2, e2 in ((a2, b2 - 1), (a2 + 1, b2)):
            queue.append(_trim(toks, s2, e2))
        queue.sort(key=lambda r: -(r[1] - r[0]))
    out.sort(key=lambda f: f.start)
    return out


def _resolve_piece(clean: str, toks: list[_Tok], a: int, b: int, sent: Sentence,
                   reference: date | datetime, prefer: str, resolver: _Resolver) -> _Found | None:
    start, end = toks[a].start, toks[b - 1].end
    phrase = _phrase(clean, toks, a, b)
    low_phrase = phrase.lower()
    text_after = clean[end:end + 30]
    sentence = clean[sent.start:sent.end]
    direction, why = _direction(sentence, start - sent.start, end - sent.start, prefer)
    if _SINCE_BEFORE.search(clean, max(0, start - 7), start):
        direction, why = "past", "'since' looks back"
    # "as soon as Wednesday": 'soon' is a conjunction there
    if toks[a].low == "soon" and b - a == 1 and _AS_BEFORE.search(clean, max(0, start - 6), start):
        return None
    if not resolver.financial and toks[b - 1].low == "half" and b - a <= 3 and toks[b - 2].kind == O:
        return None  # "The first half was dominated by the hosts": a match, not a year
    special = _special(low_phrase, reference, direction, resolver)
    if special is not None:
        value, special_span, how = special
        return _Found(start, end, value, _ttype(value), special_span, direction, f"{phrase!r}: {how} [{why}]",
                      reference, sent, toks=(a, b))
    vague = _VAGUE_PHRASES.get(low_phrase)
    if vague is not None:
        return _Found(start, end, vague[0], "DATE", _vague_span(vague[0], reference), direction,
                      f"{phrase!r}: {vague[1]}", reference, sent, toks=(a, b))
    local = _local(toks[a:b], text_after)
    if local is not None:
        value, ttype = local
        span: Span | None = None
        if ttype == "DURATION" and toks[a].low == "the":
            span = resolver(phrase, reference, direction)
        return _Found(start, end, value, ttype, span, direction, f"{phrase!r}: {ttype.lower()} {value}",
                      reference, sent, toks=(a, b))
    if b - a == 1 and toks[a].kind in (U, N, A, R, E, "v", S, P, K, F, O) and not toks[a].seed:
        return None
    resolved_phrase = phrase.replace("-", " ") if toks[a].kind == Q and "-" in phrase else phrase
    if "." in resolved_phrase:
        resolved_phrase = _AMPM.sub(r"\1m", resolved_phrase)
        resolved_phrase = _DOT_TIME.sub(r"\1:\2", resolved_phrase)
    # the preposition before the mention helps the resolver ("in very short order", "in 21 days")
    before = clean[max(0, start - 8):start].lower()
    pre = _IN_BEFORE.search(before)
    span = None
    eff_direction = direction
    if toks[a].kind in (M,) and b - a <= 3 and not any(t.kind == Y for t in toks[a:b]) and "no tense" in why:
        eff_direction = "nearest"  # "payable on March 28": the nearest one
    if pre and toks[a].kind in (N, A) and any(t.kind == U for t in toks[a:b]):
        span = resolver(f"{pre.group(1)} {resolved_phrase}", reference, eff_direction)
    if span is None:
        span = resolver(resolved_phrase, reference, eff_direction)
    if span is None and toks[a].low == "the" and b - a > 2:
        span = resolver(resolved_phrase[4:], reference, eff_direction)  # "the end of the year"
    if span is None:
        return None
    kinds = {t.kind for t in toks[a:b]}
    if M in kinds and Y not in kinds and eff_direction != "nearest" and "since" not in why and not any(
            t.kind == R for t in toks[a:b]):
        # an explicit month or date without a year: tense decides only between near candidates
        # ("payable on March 28" in a past-tense sentence published in February is next month's)
        ref_day = day_of(reference)
        if abs((day_of(span.start) - ref_day).days) > 183:
            near = resolver(resolved_phrase, reference, "nearest")
            if near is not None and abs((day_of(near.start) - ref_day).days) < 120:
                span, eff_direction = near, "nearest"
                why += "; the nearest one (the tense's reading is over six months away)"
    if (toks[b - 1].low in ("weekend", "weekends") and eff_direction == "past" and b - a <= 2
            and day_of(span.start) > day_of(reference)):
        last = resolver("last weekend", reference, "past")
        if last is not None:
            span = last  # "continued through the weekend" (past tense): the one just gone
    found = _Found(start, end, span.value, _ttype(span.value), span, eff_direction,
                   (span.explanation or phrase) + f" [{why}]", reference, sent, toks=(a, b))
    _adjust(found, phrase, toks, a, b, clean, reference)
    return found


_WEEK_ON = re.compile(r"a week (?:on|from|next) (\w+)")
_MONTH_QUARTER = re.compile(r"the (\w+) quarter")


def _special(low_phrase: str, reference: date | datetime, direction: str,
             resolver: _Resolver) -> tuple[str, Span, str] | None:
    """Idioms the resolver does not read: "a week on Sunday", "the December quarter"."""
    m = _WEEK_ON.fullmatch(low_phrase)
    if m and m.group(1) in WEEKDAYS:
        base = resolver(m.group(1), reference, "future")
        if base is not None:
            d = base.first_day + timedelta(days=7)
            return d.isoformat(), Span(d, d + timedelta(days=1), Granularity.DAY, d.isoformat(),
                                       f"a week after {base.value}"), "a week after the coming " + m.group(1)
    m = _MONTH_QUARTER.fullmatch(low_phrase)
    if m and m.group(1) in MONTHS and len(m.group(1)) > 3:
        month = resolver(m.group(1), reference, direction)
        if month is not None:
            d = month.first_day
            q = (d.month - 1) // 3
            start = date(d.year, q * 3 + 1, 1)
            end = date(d.year + (q == 3), (q * 3 + 3) % 12 + 1, 1)
            value = f"{d.year}-Q{q + 1}"
            return value, Span(start, end, Granularity.QUARTER, value, f"the quarter ending in {month.value}"), \
                f"the quarter that ends in {month.value}"
    return None


def _vague_span(value: str, reference: date | datetime) -> Span | None:
    day = day_of(reference)
    if value == "FUTURE_REF":
        return Span(day + timedelta(days=1), day + timedelta(days=31), Granularity.DAY, value,
                    "an unspecified time after the reference", approximate=True)
    if value == "PAST_REF":
        return Span(day - timedelta(days=30), day, Granularity.DAY, value,
                    "an unspecified time before the reference", approximate=True)
    return Span(day, day + timedelta(days=1), Granularity.DAY, value, "the reference day", approximate=True)


_ANAPHORIC = re.compile(r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+"
                        r"(year|quarter|month|week|day)s?\s+(earlier|before|later|after)$", re.IGNORECASE)
_PERIOD = re.compile(r"(\d{4})(?:-Q(\d)|-(\d{2})(?:-\d{2})?)?")
_PREVIOUS = re.compile(r"the\s+(?:previous|prior|preceding)\s+(quarter|year|month)$", re.IGNORECASE)


def _anaphora(found: list[_Found], clean: str, toks: list[_Tok], reference: date | datetime,
              resolver: _Resolver) -> list[_Found]:
    """"a year earlier" after "fourth-quarter": the same quarter a year before."""
    for i, f in enumerate(found):
        p = _PREVIOUS.fullmatch(clean[f.start:f.end])
        if p and i:
            unit = p.group(1).lower()
            prev = next((g for g in reversed(found[:i]) if f.start - g.end < 400 and g.type == "DATE"
                         and _PERIOD.fullmatch(g.value) and g.value != f.value), None)
            if prev is not None:
                mm = _PERIOD.fullmatch(prev.value)
                assert mm is not None
                y = int(mm.group(1))
                q = int(mm.group(2)) if mm.group(2) else None
                month = int(mm.group(3)) if mm.group(3) else None
                if unit == "year":
                    f.value = str(y - 1)
                elif unit == "quarter" and (q or month):
                    k = (q or (month - 1) // 3 + 1) - 1  # type: ignore[operator]
                    f.value = f"{y - 1}-Q4" if k == 0 else f"{y}-Q{k}"
                elif unit == "month" and month:
                    f.value = f"{y - 1}-12" if month == 1 else f"{y}-{month - 1:02d}"
                else:
                    continue
                f.explanation = f"{clean[f.start:f.end]!r}: the {unit} before {prev.value} (just mentioned)"
            continue
        m = _ANAPHORIC.fullmatch(clean[f.start:f.end])
        if not m or i == 0:
            continue
        unit, sign = m.group(2).lower(), -1 if m.group(3).lower() in ("earlier", "before") else 1
        n = _number(m.group(1).lower()) or 1
        if unit == "year":
            prev = next((g for g in reversed(found[:i]) if g.type == "DATE" and g.span is not None
                         and f.start - g.end < 600 and re.fullmatch(r"\d{4}-(?:Q\d|H\d|\d{2})", g.value)), None)
            if prev is None or sign > 0:
                prev = next((g for g in reversed(found[:i]) if g.type == "DATE" and f.start - g.end < 600
                             and re.fullmatch(r"\d{4}", g.value)), prev)
            if prev is None:
                continue
            mq = re.fullmatch(r"(\d{4})(-(?:Q\d|H\d|\d{2}))?", prev.value)
            if not mq:
                continue
            f.value = f"{int(mq.group(1)) + sign * n}{mq.group(2) or ''}"
        elif unit == "day":
            prev = next((g for g in reversed(found[:i]) if g.type == "DATE" and g.span is not None
                         and f.start - g.end < 400 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", g.value)), None)
            if prev is None:
                continue
            d = prev.span.first_day + timedelta(days=sign * n)  # type: ignore[union-attr]
            f.value = d.isoformat()
            f.span = Span(d, d + timedelta(days=1), Granularity.DAY, f.value, f"{n} day(s) from {prev.value}")
        else:
            continue
        f.explanation = (f"{clean[f.start:f.end]!r}: {n} {unit}(s) {m.group(3).lower()} than {prev.value} "
                         f"(the time just mentioned)")
        f.type = "DATE"
    return found


_ARRIVAL = re.compile(r"\b(?:upon|on)\s+(?:his|her|their|its)?\s*arrival\b|\barriving\b|\bafter\s+landing\b", re.IGNORECASE)
_QUOTE_DEICTIC = {"today", "tomorrow", "yesterday", "tonight"}


def _quotes(found: list[_Found], clean: str, quotes: list[tuple[int, int]], sentences: list[Sentence],
            reference: date | datetime, resolver: _Resolver, toks: list[_Tok]) -> list[_Found]:
    """Re-anchor relative words inside a quote on the time its attribution gives.

    Two cases (docs/extract.md): the attribution next to the quote carries a
    resolved day ("..., he said on Wednesday" / "Speaking on Monday, she
    said, '...'"), or it says "on arrival" and the article dates the visit's
    scheduled meeting: the arrival is then taken to be the day before it.
    """
    if not quotes:
        return found
    for f in found:
        q = next(((s, e) for s, e in quotes if s < f.start and f.end <= e), None)
        if q is None:
            continue
        f.quoted = True
        ta, tb = f.toks
        words = {t.low for t in toks[ta:tb]}
        if not words & (_QUOTE_DEICTIC | set(WEEKDAYS)) or f.span is None:
            continue
        qs, qe = q
        # attribution: the text of the enclosing sentence(s) outside the quote, up to 160 chars each side
        left = clean[max(0, qs - 200):qs]
        right = clean[qe:qe + 120]
        left = left[left.rfind("\n") + 1:]
        right = right.split("\n")[0]
        anchor: date | None = None
        why = ""
        for g in found:
            if g is f or g.span is None or g.type not in ("DATE", "TIME") or g.value.endswith("_REF"):
                continue
            in_right = qe <= g.start < qe + len(right) and _SPEECH.search(clean[qe:g.start])
            in_left = qs - len(left) <= g.start < qs and _SPEECH.search(clean[g.end:qs])
            if (in_right or in_left) and g.span.granularity.rank <= Granularity.DAY.rank:
                anchor = g.span.first_day
                why = f"the quote was said {clean[g.start:g.end]!r} ({anchor.isoformat()})"
                break
        if anchor is None and _ARRIVAL.search(left + right) and "tomorrow" in words:
            visit = next((g for g in found if g.direction == "future" and g.span is not None and not g.quoted
                          and g.type == "DATE" and g.span.granularity == Granularity.DAY
                          and g.value[:1].isdigit()), None)
            if visit is not None and visit.span is not None:
                anchor = visit.span.first_day - timedelta(days=1)
                why = (f"said on arrival, the day before the scheduled {clean[visit.start:visit.end]!r} "
                       f"({visit.value})")
        if anchor is None or anchor == day_of(reference):
            continue
        phrase = _phrase(clean, toks, ta, tb)
        span = resolver(phrase, anchor, f.direction)
        if span is not None:
            f.span, f.value, f.anchor = span, span.value, anchor
            f.explanation = (span.explanation or phrase) + f" [{why}]"
            f.type = _ttype(span.value)
    return found


def _same_weekday(found: list[_Found], clean: str, toks: list[_Tok], reference: date | datetime,
                  resolver: _Resolver) -> list[_Found]:
    """A weekday without a tense cue takes the day of the same weekday read with one.

    News stories rarely mean two different Wednesdays: the headline's
    "Wednesday evening" is the body's "will try again on Wednesday".
    """
    decided: dict[str, _Found] = {}
    for f in found:
        ta, tb = f.toks
        wd = [t.low for t in toks[ta:tb] if t.kind == W]
        if len(wd) == 1 and "no tense cue" not in f.explanation and f.span is not None and not f.quoted:
            decided.setdefault(wd[0], f)
    for f in found:
        ta, tb = f.toks
        wd = [t.low for t in toks[ta:tb] if t.kind == W]
        if len(wd) != 1 or "no tense cue" not in f.explanation or any(
                t.kind == R for t in toks[ta:tb]):
            continue
        other = decided.get(wd[0])
        if other is None or other.direction == f.direction:
            continue
        phrase = _phrase(clean, toks, ta, tb)
        phrase = re.sub(r"\b([ap])\.m\.", r"\1m", phrase, flags=re.IGNORECASE)
        span = resolver(phrase, f.anchor, other.direction)
        if span is not None:
            f.span, f.value, f.direction = span, span.value, other.direction
            f.explanation = (span.explanation or phrase) + (
                f" [same weekday as {clean[other.start:other.end]!r}, read {other.direction}]")
            _adjust(f, phrase, toks, ta, tb, clean, f.anchor)
    return found


# ---------------------------------------------------------------------------
# Drafting events

_SUBJECT_SKIP = re.compile(r"^(?:However|But|And|Meanwhile|Still|Also|Yet|So|Then|Now|Separately|"
                           r"Earlier|Later|Despite [^,]+|In [^,]+|On [^,]+|At [^,]+|After [^,]+|"
                           r"Before [^,]+|Speaking [^,]+|According to [^,]+),\s*")


_CLAUSE_END = re.compile(r"[;:\u2013\u2014(]|,\s|\s-\s|\b(?:amid|as|while|which|who|because|although|though|"
                         r"but|following|according|after|before|where|when|with|sending|giving|"
                         r"and\s+(?:said|says|has|have|had|was|were|is|are|will|would))\b")
_TITLES = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|President|Prime Minister|Vice President|Chancellor|"
                     r"Secretary|Minister|Chief Executive|CEO|Senator|Sen|Rep|Gov|Governor|Premier)\.?\s+(?=[A-Z])")
_APPOSITIVE_NAME = re.compile(r"\b(?:his|her|their|its|the)\s+[^,]{2,40},\s+((?:[A-Z][\w.\u2019'-]*\s*){1,4}),\s*")
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|his|her|its|their|[A-Z][a-z]+['\u2019]s)\b[^,]{0,60},\s*")
_HEADLINE_FUTURE = re.compile(r"\b(?:is|are|was|were)\s+(?:set|expected|due|scheduled|slated|poised|going|"
                              r"planning|about)\s+to\b|(?<!\bwe )(?<!\bI )(?<!\bthey )(?<!\bhe )(?<!\bshe )"
                              r"(?<!\bit )(?<!\bWe )(?<!\bThey )(?<!\bHe )(?<!\bShe )(?<!\bIt )"
                              r"\b(?:will|plans to|intends to|aims to)\b(?!\s+to)")
_LEADING_PP = re.compile(r"^(?:however,?\s+|but\s+|and\s+|meanwhile,?\s+)?(?:in|at|during)\s+(?:a|an|the|his|her|"
                         r"its|their)\s+(.{3,50}?)\s*$", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.\u2019'-]*")


def draft_events(mentions: list[Mention], text: str, reference: date | datetime | None = None,
                 prefer: str = "past") -> list[dict[str, str]]:
    """One draft event per dated statement: ``{"title", "when", "source"}`` (+ keys below).

    Skips mentions that date nothing by themselves (``PRESENT_REF`` "now",
    "today's Russia"; durations such as "two-day"; sets), the dateline, and a
    second mention of the same value in the same sentence. ``when`` is the
    mention as written, ``source`` its sentence and ``title`` a short clause:
    the sentence's subject and verb phrase around the date, trimmed, headline
    style ("Healey to meet Pete Hegseth in Washington").

    So that loading the draft (``events.yaml`` with *reference* and *prefer*
    at the top) gives the same dates, an event also gets ``prefer`` when its
    sentence read another direction, ``reference`` when it was resolved
    against another time (a quote said the day before), and, when the words
    as written cannot give the value without the article around them ("a
    year earlier"), ``when`` becomes the TIMEX3 value and ``notes`` keeps
    the words. *reference* defaults to the anchor most mentions share.
    """
    if reference is None and mentions:
        anchors = [m.anchor for m in mentions]
        reference = max(set(anchors), key=anchors.count)
    events: list[dict[str, str]] = []
    resolver = _Resolver(None)
    seen: set[tuple[int, str]] = set()
    for m in mentions:
        if m.type == "SET" or m.value == "PRESENT_REF" or m.span is None:
            continue  # "two-day" (no span), "every winter", "now"
        if m.type == "DURATION" and not m.text.lower().startswith(("the last", "the past", "the next")):
            continue
        head = _DATELINE_HEAD.match(m.sentence)
        if (head is not None and m.start - m.sentence_start < head.end()) or _PUBLISHED.fullmatch(
                m.sentence.strip()):
            continue  # the dateline dates the article, not a statement
        key = (m.sentence_start, m.value)
        if key in seen:
            continue
        seen.add(key)
        others = [o for o in mentions if o.sentence_start == m.sentence_start and o is not m]
        event = {"title": _title(m, others), "when": m.text, "source": _strip_dateline(m.sentence)}
        if m.anchor != reference:
            event["reference"] = m.anchor.isoformat()
        if m.direction != prefer:
            event["prefer"] = m.direction
        again = resolver(m.text.replace("\u2019", "'"), m.anchor, m.direction)
        if again is None:
            pre = re.search(r"\b(in|on|at|by|within)\s+$", text[max(0, m.start - 8):m.start])
            if pre is not None:
                again = resolver(f"{pre.group(1)} {m.text}", m.anchor, m.direction)
                if again is not None and again.value == m.value:
                    event["when"] = f"{pre.group(1)} {m.text}"  # "in very short order"
        if again is None or again.value.split("/")[-1] != m.value:
            as_value = resolver(m.value, m.anchor, m.direction)
            if as_value is not None and as_value.value == m.value:
                event["when"] = m.value
                event["notes"] = f"written {m.text!r}: {m.explanation}"
        events.append(event)
        earlier = _after_clause(m)
        if earlier is not None:
            # "X happened last week after Y announced Z": Y's statement is dated by the same words
            events.append({**event, "title": earlier,
                           "notes": f"from the 'after' clause: it came before the sentence's main statement, "
                                    f"in the same {m.text!r}"})
    return events


_AFTER_CLAUSE = re.compile(r"\bafter\s+(?!(?:that|this|it)\b)([^.;:!?\u201c\u201d\"]{12,}?)(?:[.;:!?\u201c\u201d\"]|$)")
_PAST_VERB = re.compile(r"\b(?:\w+ed|said|met|made|took|gave|won|lost|fell|rose|held|began|left|went|came)\b")


def _after_clause(m: Mention) -> str | None:
    """The subordinate 'after <subject> <verb-ed> ...' clause that follows a mention, as a title."""
    rest = m.sentence[m.end - m.sentence_start:]
    found = _AFTER_CLAUSE.search(rest)
    if found is None or found.start() > 12:
        return None  # only an "after" right behind the date: "last week after ..."
    clause = found.group(1)
    if not _PAST_VERB.search(clause):
        return None  # "after talks", "after the summit": no statement of its own
    title = _finish(_clean_clause(clause))
    return title if len(title.split()) >= 3 else None


_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .,'\u2019-]{1,60}?,?\s*(?:[A-Z][a-z]+\.,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                            r"(?:,?\s+\d{4})?)?\s*(?:\([A-Za-z .]+\)\s*)?[-\u2013\u2014]\s+")
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|but|while|as|although|though|which|who|with)\s+"
                           r"|\s+(?:but|while|whereas)\s+|\b(?:revealed|said|announced|added|warned)\s+that\s+"
                           r"|,\s+(?=[a-z]+\s+(?:said|says|told)\b)")


def draft_document(text: str, reference: date | datetime | None = None, prefer: str = "past",
                   timezone: str | None = None) -> dict[str, Any]:
    """The ``events.yaml`` mapping for *text*: ``{"reference", "prefer", ["timezone"], "events"}``.

    What ``timeline extract --format yaml`` writes: :func:`extract` then
    :func:`draft_events`, with the reference read from the text when not given.
    """
    if reference is None:
        reference = find_reference(text)
        if reference is None:
            raise ExpressionError(
                "no reference date: the text has no dateline or 'Published ...' line; "
                "give the publication date (--ref YYYY-MM-DD)", "")
    mentions = extract(text, reference, prefer, timezone)
    doc: dict[str, Any] = {"reference": reference.isoformat(), "prefer": prefer}
    if timezone:
        doc["timezone"] = timezone
    doc["events"] = draft_events(mentions, text, reference, prefer)
    return doc


def _strip_dateline(sentence: str) -> str:
    m = _DATELINE_HEAD.match(sentence)
    return (sentence[m.end():] if m and m.end() < len(sentence) else sentence).strip()


def _clean_clause(clause: str) -> str:
    clause = _TITLES.sub("", clause)
    clause = _APPOSITIVE_NAME.sub(lambda x: x.group(1).strip() + " ", clause)
    clause = _APPOSITIVE.sub(" ", clause)
    clause = _HEADLINE_FUTURE.sub("to", clause)
    clause = re.sub(r"\b(?:has|have|had)\s+(?=\w+ed\b)", "", clause)
    return re.sub(r"\s{2,}", " ", clause).strip()


def _title(m: Mention, others: list[Mention] | None = None) -> str:
    """A short clause around *m*: subject + verb phrase, at most 10 words."""
    s = m.sentence
    rel = m.start - m.sentence_start
    if m.quoted:
        q0 = max(s.rfind("\u201c", 0, rel), s.rfind('"', 0, rel))
        q1 = min([i for i in (s.find("\u201d", rel), s.find('"', rel)) if i >= 0] or [len(s)])
        outside = s[:max(q0, 0)] + " " + s[q1 + 1:]
        speaker = re.findall(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+([A-Z][\w\u2019'-]+)|\b([A-Z][a-z]+)\s+(?:said|says|told|"
                             r"stated|added|declared|asked)\b", outside)
        words = s[q0 + 1:q1].strip(" ,.") if q0 >= 0 else ""
        if speaker and words:
            who = next(x for x in speaker[-1] if x)
            clause = _finish(words)
            return f"{who}: {clause[:1].lower() + clause[1:]}" if clause else who
        if words:
            return _finish(words)
    # blank the other date mentions of the sentence (with their preposition)
    chars = list(s)
    for o in others or ():
        a, b = o.start - m.sentence_start, o.end - m.sentence_start
        pre = re.search(r"(?:\b(?:on|in|at|by|since|from|during|over|until|of|for|after|before)\s+)?$", s[:a])
        a2 = pre.start() if pre else a
        for i in range(max(0, a2), min(len(chars), b)):
            chars[i] = "\0"
    s = re.sub(r"\s*\0+", "", "".join(chars[:rel])) + s[rel:rel + len(m.text)] + re.sub(
        r"\s*\0+", "", "".join(chars[rel + len(m.text):]))
    rel = len(re.sub(r"\s*\0+", "", "".join(chars[:rel])))
    head = _DATELINE_HEAD.match(s)
    if head and head.end() <= rel:
        s, rel = s[head.end():], rel - head.end()
    # the clause the date belongs to
    main_subject = _SUBJECT.match(_TITLES.sub("", _SUBJECT_SKIP.sub("", s.lstrip("\u201c\"' "))))
    start = 0
    for cb in _CLAUSE_BREAK.finditer(s, 0, rel):
        start = cb.end()
    before = s[start:rel]
    after = s[rel + len(m.text):]
    cut_after = _CLAUSE_BREAK.search(after)
    if cut_after:
        after = after[:cut_after.start()]
    if start and m.quoted is False and re.match(r"(?:plans|plan)\s+to\b", before):
        # "..., with plans to expand its army by 2030": the subject is the last name before the clause
        names = re.findall(r"\b[A-Z][a-z]+\b", s[:start])
        if names:
            before = names[-1] + " " + before
    if start and re.match(r"(?:after|before|following|with)\s+(?:a|an|the|its|their|his|her)\s+", before) \
            and main_subject:
        # "The S&P 500 lost 1.2% on Tuesday after a 1.8% slide on Monday"
        before = main_subject.group(0) + " " + before.split(None, 2)[-1]
    after = re.sub(r"^['\u2019]s\b", "", after)
    # drop the date's own preposition and modifiers
    before = re.sub(r"(?:\b(?:on|in|at|by|since|from|during|over|until|of|for|as soon as|no earlier than|"
                    r"through|before|after|starting|from)\s*)+$", "", before, flags=re.IGNORECASE).rstrip(" ,")
    before = before.lstrip("\u201c\u201d\"' ")
    pp = _LEADING_PP.match(before)
    if pp and re.match(r"\s*,", after):
        # "In a speech to Congress on Wednesday, President Trump suggested ..."
        subject = _SUBJECT.match(_TITLES.sub("", after.lstrip(" ,")))
        if subject:
            return _finish(f"{subject.group(0).strip()} {pp.group(1)}")
    before = _SUBJECT_SKIP.sub("", before)
    if len(before.split()) >= 3:
        clause = _clean_clause(before)
        tail = _clean_clause(after.lstrip(" ,"))
        # "... will try again on Wednesday at 7:48 p.m. to launch four astronauts": keep the purpose
        if len(clause.split()) < 6 and re.match(r"to\s+\w+", tail):
            clause += " " + tail
    else:
        clause = _clean_clause((before + " " + after.lstrip(" ,")).strip())
    return _finish(clause)


_DANGLING = frozenset({"a", "an", "the", "of", "between", "and", "or", "to", "in", "on", "at", "for", "with",
                       "by", "from", "during", "after", "before", "that", "which", "who", "as", "its", "their",
                       # date words left behind when the date itself was cut out of the clause
                       "over", "coming", "past", "next", "last", "this", "following", "upcoming", "within"})


def _finish(clause: str) -> str:
    clause = clause.strip("\u201c\u201d\"' ")
    cut = _CLAUSE_END.search(clause, 8)
    if cut:
        clause = clause[:cut.start()]
    words = clause.split()[:10]
    while len(words) > 3 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()  # "... a confrontation between" reads better without the cut-off "between"
    title = " ".join(words).strip(" ,.;:-\u2013\u2014\u201c\u201d\"'")
    title = re.sub(r"^(?:the|a|an)\s+", "", title, flags=re.IGNORECASE)
    return title[:1].upper() + title[1:] if title else ""
