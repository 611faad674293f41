"""Stage 1, scanning: tokens around date words, their kinds, and candidate spans.

Only the stretches of text around words that can carry a date are tokenized.
Each token gets a kind (weekday, month, year, unit, number, time...), and the
maximal runs of date-ish tokens holding a *seed* (a word that is a date on its
own, or a unit with a count) are the candidates handed to the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from timeline.extraction.vocabulary import NOT_IN_THE_LEXICON, Vocabulary, vocabulary
from timeline.lexicon import HALVES, MID_UNITS, PART_WORDS


def _zone_alternation() -> str:
    return "|".join(sorted((z.upper() for z in vocabulary().zones), key=len, reverse=True))


_TOKEN = re.compile(
    r"(?P<time>\d{1,2}(?:[:.][0-5]\d)?\s?(?:[apAP]\.[mM]\.|[apAP][mM]\b|[apAP]\.[mM]\b)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d,])"
    r"|(?:[01]\d|2[0-3])\.?[0-5]\d(?=\s*(?:" + _zone_alternation() + r")\b))"
    r"|(?P<iso>\d{4}-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d)?)?)(?![\d-])"
    r"|(?P<half>(?:[12]H|[1-4]Q)(?:\d\d|\s\d{4})?\b)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?:st|nd|rd|th|s)?\b(?:-[A-Za-z]+)*)"
    r"|(?P<apdec>['\u2019]\d0s\b)"
    r"|(?P<word>[A-Za-z]+\d*(?:-[A-Za-z0-9]+)*)"
    r"|(?P<pos>['\u2019]s\b)"
    r"|(?P<punct>[^\sA-Za-z0-9])"
)

# token kinds
W, M, Y, N, O, U, S, P, T, Z, D, V, R, E, A, G, K, F, H, Q, C, X, DEC, DUR, FY, POS, VG = (
    "W", "M", "Y", "N", "O", "U", "S", "P", "T", "Z", "D", "V", "R", "E", "A", "G", "K", "F", "H", "Q",
    "C", "X", "DEC", "DUR", "FY", "POS", "VG")
# financial period words ("year-earlier", "year-end"), a month range ("April-June"), "period", anaphoric "that"
FIN, MM, PER, ANA, ISO = "FIN", "MM", "PER", "ANA", "ISO"
YS = "YS"  # the separator and the second year of a split year ("2024/25")

_GLUE = {"of", "on", "at", "in", ",", "and", "or", "to", "-"}
QUANT = NOT_IN_THE_LEXICON["vague_count"]
_FREQ = NOT_IN_THE_LEXICON["frequency"]
_PREPOSITIONS = {"on", "in", "at", "by", "since", "until", "till", "from", "through", "during", "for",
                 "over", "within", "before", "after", "throughout", "around", "about", "as", "of", "to",
                 "into", "between", "and", "or", ",", "-", "ahead", "than"}
_YEAR_CONTEXT = {"in", "since", "by", "until", "till", "through", "from", "to", "of", "before", "after",
                 "during", "early", "late", "mid", "fiscal", "fy", "year", "and", "or", "between",
                 "throughout", "circa", "around", "the", "spring", "summer", "autumn", "fall", "winter",
                 "than", "for", "as", "ending", "ended", "end", "start", "beginning",
                 "its", "their", "his", "her", "our"}  # "its 2025 output"


@dataclass(slots=True)
class Tok:
    """A token of the scanned text: its offsets, text, lowercased text and kind (see the kinds above)."""

    start: int
    end: int
    text: str
    low: str
    kind: str
    seed: bool = False
    value: Any = None


def number_of(low: str) -> int | None:
    """The value of a count written in digits or as a word of the lexicon ("three", "a dozen")."""
    if low.isdigit():
        return int(low)
    return vocabulary().numbers.get(low)


def classify(toks: list[Tok], text: str) -> None:
    """Give each token its kind and mark seeds (tokens that can carry a mention)."""
    n = len(toks)
    voc = vocabulary()
    units, months, weekdays, ordinals, seasons = voc.units, voc.months, voc.weekdays, voc.ordinals, voc.seasons
    edges_and_middles = voc.edges_with_of | {"mid"}
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
        if k == "iso":
            t.kind, t.seed = ISO, True  # "Published: 2025-10-02"
            continue
        if k == "apdec":
            t.kind, t.seed = DEC, True
            continue
        if k == "half":
            t.kind, t.seed = Q, True  # "1H25", "2H 2025", "3Q24": the financial press's halves and quarters
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
                if head.isdigit() and tail in units and not tail.endswith("s") and units[tail] not in (
                        "weekend", "season"):
                    t.kind, t.seed, t.value = DUR, True, (int(head), units[tail])
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
                ok = prev is not None and (prev.low in _YEAR_CONTEXT or prev.kind in (M, N, O, C, W, E)
                                           or prev.low in months)
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
            if head in edges_and_middles and tail.startswith("of-"):
                rest = tail[3:].removeprefix("the-")
                if rest in months or units.get(rest) in ("week", "month", "quarter", "year", "decade") or (
                        rest.isdigit() and len(rest) == 4):
                    t.kind, t.seed = "EC", True  # "end-of-March", "end-of-year", "start-of-the-month"
                    continue
            if head in ("mid", "early", "late") and tail in voc.relatives and i + 1 < n and toks[i + 1].low in units:
                t.kind, t.seed = "EC", True  # "by mid-next year"
                continue
            if head in ("early", "mid") and tail in ("to-mid", "to-late") and i + 1 < n and toks[i + 1].kind in (
                    "word", "num"):
                t.kind = E  # "mid-to-late March": a part of the period that follows
                continue
            if units.get(head) in ("year", "month", "quarter") and tail == "to-date":
                t.kind, t.seed = "EC", True  # "up 8% year-to-date"
                continue
            if head in ("mid", "early", "late") and (tail in months or (tail.isdigit() and len(tail) == 4)
                                                      or tail in seasons or tail[:-1].isdigit()) or (
                    head in ("end", "start") and (tail in months or (tail.isdigit() and len(tail) == 4))):
                t.kind, t.seed = "EC", True
                continue
            if (head in ordinals or head in ("full", "whole")) and (units.get(tail) in ("quarter", "year")
                                                                    or tail == "half"):
                t.kind, t.seed, t.value = Q, head in ordinals, "ordinal-compound"
                if head in ("full", "whole"):
                    t.kind = X
                continue
            num = number_of(head)
            if num is not None and tail in units and not tail.endswith("s") and units[tail] not in (
                    "weekend", "season") and head not in ("a", "an", "o", "oh", "ou"):
                t.kind, t.seed, t.value = DUR, True, (num, units[tail])
                continue
            if head in ("year", "prior") and tail in ("earlier", "ago", "year", "end") or (
                    units.get(head) in ("month", "quarter") and tail == "end"):
                # "the year-earlier period", "the year-ago quarter", "year-end": financial periods (context)
                t.kind, t.seed = FIN, tail == "end"
                continue
            if head in months and tail in months:
                t.kind, t.seed, t.value = MM, True, (months[head], months[tail])  # "the April-June quarter"
                continue
            t.kind = X
            continue
        if low in PART_WORDS and i + 2 < n and toks[i + 1].low == "part" and toks[i + 2].low == "of":
            t.kind = toks[i + 1].kind = E  # "the latter part of the year": a part of a period, as "the end of"
            continue
        if low == "part" and t.kind == E:
            continue
        if low in ("small", "wee") and i + 1 < n and toks[i + 1].low == "hours":
            t.kind = E  # "in the small hours of Sunday", as "the early hours"
            continue
        if low in weekdays:
            if low in voc.weekday_abbreviations:
                nxt = toks[i + 1] if i + 1 < n else None
                if t.text[0].isupper() and nxt is not None and (nxt.kind == "num" or nxt.low in months
                                                                or nxt.low == ","):
                    t.kind, t.seed = W, True
                else:
                    t.kind = X
                continue
            t.kind, t.seed = W, True
            continue
        if low in months:
            nxt = toks[i + 1] if i + 1 < n else None
            nxt2 = toks[i + 2] if i + 2 < n else None
            prev = toks[i - 1] if i else None
            num_next = nxt is not None and (nxt.kind == "num" or (nxt.text == "." and nxt2 is not None
                                                                  and nxt2.kind == "num"))
            num_prev = prev is not None and prev.kind in ("num", N, O) and prev.low.isdigit() or (
                prev is not None and prev.kind == O)
            if low in voc.month_abbreviations:
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
        if low in voc.day_words:
            t.kind, t.seed = D, True
            continue
        if low in voc.vague_words:
            t.kind, t.seed = V, True
            continue
        if low in seasons:
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
        if low in voc.parts_of_day or low in NOT_IN_THE_LEXICON["clock"]:
            t.kind = P
            if low in ("midnight", "noon", "midday"):
                t.seed = True
            continue
        if low in units and len(low) > 2 and low not in ("min", "mins", "sec", "secs", "mo", "mos", "hr", "hrs",
                                                          "second"):
            t.kind = U
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < n else None
            plural = low.endswith(("s", "ies")) and low not in ("seconds", "minutes")
            if prev is not None and prev.low == "for" and plural and (nxt is None or nxt.low in (
                    ",", ".", ";", "and", "now", "to", "\u201d", '"')):
                t.seed = True  # "for years"
            elif plural and prev is not None and (prev.low in ("within", "over") or prev.kind in ("word", X, C)
                                                  and nxt is not None and nxt.low in ("after", "before", "of")
                                                  and prev.low not in ("the", "these", "those", "many", "some")):
                t.seed = True  # "within weeks", "weeks after taking office": a length
            continue
        if low in ordinals:
            t.kind, t.value = O, ordinals[low]
            continue
        if low in HALVES and i + 1 < n and toks[i + 1].low in ("half", "-half"):
            t.kind, t.value = O, HALVES[low]  # "the back half of 2025": an ordinal of the half
            continue
        if low in MID_UNITS:
            t.kind, t.seed = "EC", True  # "midweek"
            continue
        if low in voc.relatives:
            t.kind = R
            continue
        if low == "half":
            t.kind = "HALF"
            continue
        if low in ("earlier", "later") and i and toks[i - 1].low in units:
            t.kind = K  # "a year earlier"
            continue
        if low in voc.period_parts:
            t.kind = E
            continue
        if low == "period" and i and toks[i - 1].kind in (A, R, FIN, MM, "v") or low == "that" and i + 1 < n and (
                units.get(toks[i + 1].low) in ("day", "week", "month", "year", "quarter")
                and toks[i + 1].low == units.get(toks[i + 1].low) or toks[i + 1].low in voc.parts_of_day):
            t.kind = PER if low == "period" else ANA  # "the same period", "that week", "that evening"
            continue
        if low in ("the", "a", "an"):
            t.kind = A
            if low != "the" and ((i and toks[i - 1].low in _PRE_ARTICLE) or (
                    i + 2 < n and toks[i + 2].low in ("ago", "earlier", "later", "before", "after"))):
                t.value = "pre-article"
            elif low != "the" and i and i + 1 < n and toks[i + 1].low in voc.rate_units and (
                    toks[i - 1].low in ("once", "twice", "times") or (
                        toks[i - 1].kind in ("word", X) and toks[i - 1].low.endswith("s") and len(toks[i - 1].low) > 3
                        and toks[i - 1].low not in units)) and not (
                    i + 2 < n and toks[i + 2].low in ("ago", "earlier", "later", "before", "after", "or")):
                t.value = "rate"  # "200 trains a day", "twice a week"
            continue
        if low in _FREQ:
            t.kind = F
            continue
        if low in voc.after_markers:
            t.kind = K
            continue
        if low in QUANT or (low in voc.numbers and low not in ("a", "an", "o", "oh", "ou", "single")):
            t.kind, t.value = N, voc.numbers.get(low)
            continue
        if low in _GLUE or low == "into" and i + 1 < n and toks[i + 1].low in weekdays and (
                _is_overnight(voc, toks[i - 1].low) or i >= 2 and toks[i - 1].kind == W
                and _is_overnight(voc, toks[i - 2].low)):
            t.kind = G  # (and "overnight into Thursday", "overnight Tuesday into Wednesday": one night)
            continue
        if len(low) == 2 and low in _QH and t.text[0] == low[0].upper():
            t.kind, t.seed = Q, True
            continue
        if low == "fiscal" or (low[:2] == "fy" and _FY.fullmatch(low)):
            t.kind, t.seed = FY, low != "fiscal"
            continue
        if low in voc.zones and t.text.isupper():
            t.kind = Z
            continue
        if low in ("full", "whole") and i + 1 < n and units.get(toks[i + 1].low) in ("year", "quarter") \
                and i and toks[i - 1].low == "the":
            t.kind = "v"  # "for the full year": the period being reported
            continue
        if low in ("right", "just") and i + 1 < n and toks[i + 1].low == "now":
            t.kind = "v"  # "right now", "just now": the grammar reads the pair
            continue
        t.kind = X
    _mark_vague_phrases(toks, voc)
    _mark_split_years(toks)
    _guard_names(toks)


def _is_overnight(voc: Vocabulary, low: str) -> bool:
    """A part of the day that starts on the day before ("overnight")."""
    part = voc.parts_of_day.get(low)
    return part is not None and part.start_hour < 0


def _mark_split_years(toks: list[Tok]) -> None:
    """'winter 2024/25', 'the 2024-2025 winter': the year after a year, written as its second half,
    stays in the mention (kind ``YS``) instead of cutting it."""
    for i in range(len(toks) - 2):
        year, mark, second = toks[i], toks[i + 1], toks[i + 2]
        if year.kind != Y or mark.low not in ("/", "-") or mark.start != year.end or second.start != mark.end \
                or not second.low.isdigit():
            continue
        value = int(second.low)
        if len(second.low) == 2 and value == (year.value + 1) % 100 or len(second.low) == 4 and value == year.value + 1:
            mark.kind = second.kind = YS


# nouns that introduce a title ("the film Friday", "the ship Endeavour")
_TITLE_NOUNS = frozenset({"film", "movie", "album", "song", "single", "show", "series", "programme", "program",
                          "novel", "book", "play", "musical", "band", "brand", "range", "label", "magazine",
                          "newspaper", "podcast", "sitcom", "drama", "documentary", "opera", "ship"})


def _guard_names(toks: list[Tok]) -> None:
    """Names and titles that hold date words are not dates (issue 16 item 7).

    - a part of the day written with a capital inside a sentence makes the
      capitalised words a name ("the Friday Night range", "Saturday Night Live");
    - "the Today programme": a capitalised day word after a lower-case "the";
    - a date word right after a title noun ("the film Friday", "the album March");
    - "March of the Living": a month followed by "of the" and a capitalised word;
    - "most recently in February": "recently" modifies the date that follows.
    """
    n = len(toks)
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else None
        if t.kind == P and t.text[:1].isupper() and prev is not None and prev.kind in (W, D, M) \
                and prev.text[:1].isupper() and i >= 2 and toks[i - 2].text[:1].islower():
            prev.kind = t.kind = X  # "the Friday Night range"
            prev.seed = t.seed = False
        elif t.kind in (W, D, M, S) and t.text[:1].isupper() and prev is not None and (
                prev.low in _TITLE_NOUNS or t.kind == D and prev.text == "the"):
            t.kind, t.seed = X, False  # "the film Friday", "the Today programme"
        elif t.kind == M and i + 3 < n and toks[i + 1].low == "of" and toks[i + 2].low == "the" \
                and toks[i + 3].text[:1].isupper() and toks[i + 3].kind not in (M, W, Y):
            t.kind, t.seed = X, False  # "March of the Living"
        elif t.kind == V and t.low == "recently" and prev is not None and prev.low in ("most", "as"):
            t.kind, t.seed = X, False  # "most recently in February", "as recently as October"


# prepositions a vague phrase of the lexicon may start with, left out of the mention ("in the coming days")
_PHRASE_PREPOSITIONS = frozenset({"in", "within", "over", "at", "for", "during"})


def _mark_vague_phrases(toks: list[Tok], voc: Vocabulary) -> None:
    """Multi-word vague entries of the lexicon ("the near term", "in the coming days") become one run.

    Their words get kind ``VG`` (the first is the seed); a leading preposition
    stays outside the mention, as TimeML writes it, unless the rest is a single
    word ("before long", "at present"). A phrase with a count and a unit ("the
    past few weeks") is left to its words: TimeML calls it a duration.
    """
    n = len(toks)
    i = 0
    while i < n:
        if toks[i].low not in voc.phrase_starts:
            i += 1
            continue
        words = [t.low for t in toks[i:i + 8] if t.kind != X or t.low.isalpha()]
        hit = voc.vague_phrase(words, 0) if len(words) == len(toks[i:i + 8]) or words else None
        if hit is None:
            i += 1
            continue
        end = i + hit[0]
        if toks[i].kind == U and i and (toks[i - 1].kind == N or toks[i - 1].low in QUANT):
            i += 1  # "three years ago", "several weeks ago": a count of the unit, not "years ago"
            continue
        if any(t.kind == U for t in toks[i:end]) and any(t.kind == N for t in toks[i:end]):
            i += 1  # "the past few weeks": a stretch of time, read as a length (PXW) by its own words
            continue
        start = i + 1 if toks[i].low in _PHRASE_PREPOSITIONS and end - i > 2 else i
        for j in range(start, end):
            toks[j].kind, toks[j].seed = VG, j == start
        i = end


# token kinds that may stand inside a candidate run
_RUN = {W, M, Y, N, O, U, S, P, T, Z, D, V, R, E, A, K, F, H, Q, DEC, DUR, FY, POS, VG, FIN, MM, PER, ANA, ISO, "v", "dot",
        "EC", "HALF", YS}
# kinds a run may not begin with (after trimming)
_NO_START = {G, C, Z, K, POS, "dot", YS}
_NO_END = {G, C, A, R, E, F, POS, ANA, "dot"}
_SEASON_DETERMINERS = {"every", "each", "last", "this", "next", "early", "late", "mid", "that", "past", "coming"}
_AFTER_SEASON_OK = frozenset(["of", "and", "or", "to", "in", "on", "at", "for", "with", "when", "as", "after", "before", "since", "until", "by", "from", "through", "during", "is", "was", "were", "are", "will", "would", "has", "had", "have", "the", "a", "an", "this", "that", "it", "its", "we", "they", "he", "she", "i", "there", "but", "so", "than", "while", "be", "been", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "also", "still", "seemed", "began", "brought", "saw", "season", "months"])
_SEASON_NOUNS = {"statement", "budget", "session", "term", "semester", "meeting", "meetings", "conference",
                 "games", "olympics", "festival", "sale", "sales", "collection", "collections", "schedule",
                 "break", "camp", "school", "recess", "fashion", "show", "shows", "tour", "exhibition",
                 "party", "forecast", "update", "edition", "issue", "clothes", "wheat", "crop", "fair",
                 "solstice", "equinox", "transfer", "window", "release", "lineup"}
_QH = {"q1", "q2", "q3", "q4", "h1", "h2"}
_FY = re.compile(r"fy\d{2}(?:\d{2})?")
_PRE_ARTICLE = {"within", "for", "in", "over", "after", "than", "about", "nearly", "almost", "least", "just",
                "under", "barely", "roughly", "around"}


def is_seedy(run: list[Tok]) -> bool:
    """Does this run hold something that is a date expression on its own?"""
    kinds = [t.kind for t in run]
    lows = [t.low for t in run]
    if any(t.seed for t in run):
        return True
    has_count = any(k in (N, R, F) for k in kinds) or any(lo in QUANT for lo in lows)
    if U in kinds and (has_count or K in kinds):
        return True
    voc = vocabulary()
    if E in kinds and U in kinds and any(lo in voc.edges_with_of for lo in lows):
        return True  # "the end of the year"
    if len(run) == 4 and lows[0] in voc.anaphoric_markers and lows[1:3] == ["in", "the"] and kinds[3] == U:
        return True  # "later in the day": read from the date just told (anaphora)
    if O in kinds and any(voc.units.get(lo) in ("quarter", "century") or lo == "half" for lo in lows):
        return True
    if O in kinds and U in kinds and (M in kinds or Y in kinds):
        return True  # "the first week of March"
    if lows[:2] == ["the", "full"] and len(run) == 3 and voc.units.get(lows[2]) == "year":
        return True  # "the full year"
    if len(run) == 2 and kinds[0] == A and lows[0] == "the" and (kinds[1] == PER or voc.units.get(lows[1]) in (
            "quarter", "year") and lows[1] == voc.units.get(lows[1])):
        return True  # "the quarter", "the year": the period just mentioned, in a text about results
    if FIN in kinds and (U in kinds or PER in kinds):
        return True  # "the year-earlier period", "the year-ago quarter"
    if ANA in kinds and (U in kinds or P in kinds):
        return True  # "that week", "that evening"
    if PER in kinds and R in kinds:
        return True  # "the same period last year"
    if voc.units.get(lows[-1]) == "weekend" and kinds[0] in (A, R):
        return True  # "the weekend", "this weekend"
    if len(run) == 2 and lows[0] in ("a", "an") and kinds[1] in (U, P) and run[0].value in ("pre-article", "rate"):
        return True  # "within a week"
    if S in kinds and (any(k in (R, A, E, F, Y, O) for k in kinds)):
        return True
    return P in kinds and any(k in (R, W, D) for k in kinds)


_WINDOW = 16  # characters of context tokenized on each side of a date word
_WIDEN = 32  # at most this many characters more, to reach a word boundary
_SPACE = re.compile(r"\s")
_LAST_SPACE = re.compile(r"\s(?!.*\s)", re.DOTALL)


_CLOCK_DOT = re.compile(r"\d{1,2}\.\d\d")
_WORD_OR_DIGIT = re.compile(r"[A-Za-z]+|\d[\d.,:]*%?")


def _windows(clean: str) -> list[tuple[int, int]]:
    """Stretches of *clean* around date words, merged; the rest of the text is never tokenized."""
    out: list[tuple[int, int]] = []
    n = len(clean)
    words = vocabulary().triggers
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
        # widen to whole words, but never further than _WIDEN characters: a stretch without white space
        # (a run of full stops, a minified page) is not prose, and must not be tokenized for every window
        space = _LAST_SPACE.search(clean, max(0, a - _WIDEN), a)
        a = space.end() if space else (0 if a <= _WIDEN else a - _WIDEN)
        space = _SPACE.search(clean, b, b + _WIDEN)
        b = space.start() if space else min(n, b + _WIDEN)
        if fixed and a <= fixed[-1][1]:
            fixed[-1] = (fixed[-1][0], b)
        else:
            fixed.append((a, b))
    return fixed


def tokenize(clean: str) -> list[Tok]:
    toks: list[Tok] = []
    finditer = _TOKEN.finditer
    for a, b in _windows(clean):
        if toks:  # a sentinel keeps runs from joining across the untokenized gap
            toks.append(Tok(a, a, "", "", "gap"))
        for m in finditer(clean, a, b):
            g = m.group()
            toks.append(Tok(m.start(), m.end(), g, g.lower().rstrip("."), m.lastgroup or "punct"))
    classify(toks, clean)
    return toks


@lru_cache(maxsize=1)
def _holiday_words() -> frozenset[str]:
    try:
        from timeline.holidays import first_words
    except ImportError:  # pragma: no cover - holidays are optional to the scanner
        return frozenset()
    return frozenset(first_words("en"))


def _holiday_at(clean: str, toks: list[Tok], i: int) -> int | None:
    """Index of the last token of a holiday name starting at token *i*, if any."""
    try:
        from timeline.holidays import match_holiday, normalize_words
    except ImportError:  # pragma: no cover - holidays are optional to the scanner
        return None
    if toks[i].low not in _holiday_words():
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


def candidates(clean: str, toks: list[Tok]) -> list[tuple[int, int]]:
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
                if k == POS and not (j + 1 < n and toks[j + 1].kind == H) and not (
                        j + 2 < n and toks[j + 1].kind == O and toks[j + 2].low in ("half", "quarter")):
                    # ... unless a holiday name or a part of the year continues ("this year's second half")
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
        for a, b in split_run(toks, run):
            for a2, b2 in _chunks(toks, a, b):
                if is_seedy(toks[a2:b2]):
                    out.append((a2, b2))
        i = max(j, i + 1)
    return out


MAX_PIECE_TOKENS = 24  # longer than any date expression ("Wednesday 5 March 2025 at 7:48 p.m. EDT" is 10)


def _chunks(toks: list[Tok], a: int, b: int) -> list[tuple[int, int]]:
    """*toks[a:b]* cut into pieces of at most :data:`MAX_PIECE_TOKENS`, each trimmed.

    Only a run of date words that is not prose ("March 4, " a thousand times
    without a break) is this long; cutting it keeps every later step bounded
    per piece instead of per run.
    """
    if b - a <= MAX_PIECE_TOKENS:
        return [(a, b)] if b > a else []
    out = []
    for s in range(a, b, MAX_PIECE_TOKENS):
        s2, e2 = trim(toks, s, min(b, s + MAX_PIECE_TOKENS))
        if e2 > s2:
            out.append((s2, e2))
    return out


def split_run(toks: list[Tok], run: tuple[int, int]) -> list[tuple[int, int]]:
    """Trim a run's edges and cut it where two expressions merely stand side by side."""
    a, b = run
    # cut at commas and 'and'/'or' unless they sit inside a date ("March 4, 2025", "Fri, 7 Mar")
    pieces: list[tuple[int, int]] = []
    start = a
    for j in range(a, b):
        t = toks[j]
        if t.low in ("after", "before", "from") and j > a and not (j + 1 < b and toks[j + 1].low == "now") and not (
                j == b - 1 and j - start == 2 and toks[start].low == "the" and toks[start + 1].kind == U) and not (
                j + 2 == b and toks[j - 1].kind == U and toks[j + 1].low in ("last", "next")):
            # ("the day before" and "the week before last" are one expression each)
            pieces.append((start, j))  # "six weeks from mid-April", "Wednesday evening after Sunday"
            start = j + 1
            continue
        if t.low in ("in", "on") and j > a and j + 1 < b and toks[j + 1].kind in (M, W, Y, D) and (
                toks[j - 1].kind == Y or toks[j - 1].kind == U and not any(x.kind == O for x in toks[start:j])
                and not (j - start == 2 and toks[start].low in ("a", "an"))):  # but "a week on Sunday" is one
            # "its outlook for 2025 in January", "three days in December", "the December quarter on
            # Wednesday": a year, a length or a period, then another date
            pieces.append((start, j))
            start = j + 1
            continue
        if t.kind == C or t.low in ("and", "or", "to", "-") and t.kind not in (YS, VG):  # "the days to come"
            prev = toks[j - 1] if j > a else None
            nxt = toks[j + 1] if j + 1 < b else None
            inside = (t.kind == C and prev is not None and nxt is not None and (
                (prev.kind in (N, O) and nxt.kind == Y)  # March 4, 2025
                or (prev.kind == W and nxt.kind == M)  # Tuesday, March 4
                or (prev.kind == W and nxt.kind in (N, O) and j + 2 < b and toks[j + 2].kind == M)
                or (prev.kind == M and nxt.kind == Y)
                or (prev.kind in (T, Z) and nxt.kind in (W, M))))  # "9:41 AM GMT, Thu May 15, 2025"
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
        s, e = trim(toks, s, e)
        if e > s:
            out.append((s, e))
    return out


def trim(toks: list[Tok], s: int, e: int) -> tuple[int, int]:
    """Drop edge tokens that cannot begin or end an expression."""
    edges = vocabulary().edges_with_of
    while True:
        s0, e0 = s, e
        while s < e and (toks[s].kind in _NO_START or toks[s].low in ("of", "on", "at", "in", "to")):
            s += 1
        while e > s and (toks[e - 1].kind in _NO_END or toks[e - 1].low in (
                "of", "on", "at", "in", "to", "from", "before", "after")) and not (
                e - s == 3 and toks[s].low == "the" and toks[s + 1].kind == U and toks[e - 1].low in ("before", "after")
        ) and not (e - s >= 3 and toks[e - 1].low in ("last", "next") and toks[e - 2].low in ("before", "after")
                   and toks[e - 3].kind == U):  # "the week before last"
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
        if s + 1 < e and toks[s].kind == A and toks[s + 1].low in edges and (
                s + 2 >= e or toks[s + 2].low != "of"):
            s += 2
        if s < e and toks[s].low in edges and (s + 1 >= e or toks[s + 1].low != "of"):
            s += 1
        if s + 1 < e and toks[s].kind == A and toks[s + 1].kind == DUR:
            s += 1  # "a two-day programme"
        # "three weeks later than in 2024": a duration compared, not a date
        if e - s >= 2 and toks[e - 1].kind == K and e < len(toks) and toks[e].low == "than":
            e -= 1
        # "the second this year": a word ordinal before a relative word counts nothing
        if e - s >= 3 and toks[s].low == "the" and toks[s + 1].kind == O and toks[s + 1].low.isalpha() \
                and toks[s + 2].kind == R:
            s += 2
        # "for the first": a word ordinal at the end counts nothing
        while e > s and toks[e - 1].kind == O and toks[e - 1].low.isalpha():
            e -= 1
        if (s, e) == (s0, e0):
            return s, e

