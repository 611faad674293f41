"""Which mentions count from a time the text gave, not from the publication date (issue 16 items 3 and 4).

Read from token kinds and lexicon meanings only; the context stage
(:mod:`timeline.extraction.context`) finds the anchor and hands the words to
the grammar with the anchor as the reference. The kinds:

- ``shift``: "two days later", "a year earlier", "six months before" (the grammar reads the words; the
  anchor is the date mentioned last);
- ``relative``: "the following day", "the next morning", "the previous quarter", "the day before",
  "the week after";
- ``that``: "that week", "that evening", "the same day", "later in the day" (the unit holding the anchor);
- ``year_ago``: "the year-earlier period", "the year-ago quarter", "the same period last year",
  "the same quarter of 2024" (the period just mentioned, a year before or in that year);
- ``this_period``: "the quarter", "the period" in a text about results (the period just mentioned).

Financial words that need no anchor ("year-end", "the April-June quarter", "the first three months of
the year") are the grammar's: the validation stage hands them to it like any other phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.extraction.scan import ANA, FIN, PER, A, P, R, Tok, U, Y, number_of
from timeline.extraction.vocabulary import vocabulary

# relative words that, after "the", count from the anchor ("the following month"); "next" only for a day or a
# part of one ("the next day", "the next morning"): "the next year" is usually the coming one
_FROM_ANCHOR = frozenset({"following", "previous", "prior", "preceding"})
_NEXT_UNITS = frozenset({"day"})
_NARRATIVE_UNITS = frozenset({"day", "week", "month", "year", "quarter"})


@dataclass(frozen=True, slots=True)
class Anaphor:
    """What a mention counts from: its kind (see the module), unit, and the words the grammar reads."""

    kind: str
    unit: str  # a canonical unit, a part of day ("morning"), or "period"
    grammar_words: str = ""  # read by the grammar with the anchor as the reference
    n: int = 1
    sign: int = 0
    year: int | None = None  # "the same period of 2024"


def anaphor_of(toks: list[Tok]) -> Anaphor | None:
    """The anaphor *toks* (one candidate's tokens) are, or None for a deictic or absolute date."""
    voc = vocabulary()
    lows = [t.low for t in toks]
    kinds = [t.kind for t in toks]
    n = len(toks)
    units = voc.units
    if n == 3 and kinds[1] == U and lows[2] in voc.after_markers and lows[2] not in ("from",):
        count = 1 if lows[0] in ("a", "an") else number_of(lows[0])
        unit = units[lows[1]]
        if count is not None and unit in _NARRATIVE_UNITS:
            sign = voc.anaphoric_markers.get(lows[2], voc.marker_direction.get(lows[2], 0))
            kind = "shift" if lows[2] in voc.anaphoric_markers else "ago"
            return Anaphor(kind, unit, " ".join(lows), count, sign)
    if n == 3 and lows[0] == "the" and kinds[1] == R and (kinds[2] == U or kinds[2] == P):
        word, noun = lows[1], lows[2]
        unit = units.get(noun, noun)
        if word in _FROM_ANCHOR and (unit in _NARRATIVE_UNITS or kinds[2] == P) or (
                word == "next" and (unit in _NEXT_UNITS or kinds[2] == P)):
            sign = 1 if word == "next" else voc.relative_shift.get(word, 1)
            if kinds[2] == P:  # "the next morning" is "tomorrow morning" seen from the anchor
                return Anaphor("relative", noun, f"{'tomorrow' if sign > 0 else 'yesterday'} {noun}", sign=sign)
            return Anaphor("relative", unit, " ".join(lows), sign=sign)
        if word == "same" and (unit in _NARRATIVE_UNITS or kinds[2] == P):
            return Anaphor("that", unit, _this(unit, noun))
    if n == 3 and lows[0] == "the" and units.get(lows[1]) in _NARRATIVE_UNITS and lows[2] in ("before", "after"):
        # "the day before", "the week after", "the year before": the unit next to the anchor's
        unit = units[lows[1]]
        return Anaphor("relative", unit, f"the {'previous' if lows[2] == 'before' else 'following'} {unit}",
                       sign=-1 if lows[2] == "before" else 1)
    if n == 4 and lows[0] in voc.anaphoric_markers and lows[1:3] == ["in", "the"] and units.get(lows[3]) in (
            _NARRATIVE_UNITS):
        # "later in the day", "earlier in the week": that unit of the anchor, before or after it
        unit = units[lows[3]]
        return Anaphor("that", unit, f"{lows[0]} {'today' if unit == 'day' else 'this ' + unit}")
    if n == 2 and kinds[0] == ANA:
        unit = units.get(lows[1], lows[1])
        return Anaphor("that", unit, _this(unit, lows[1]))
    if kinds and kinds[0] == A and FIN in kinds and (U in kinds or PER in kinds) and n <= 3:
        return Anaphor("year_ago", _period_unit(toks), year=None)
    if n >= 4 and lows[:2] == ["the", "same"] and kinds[2] in (PER, U):
        rest = toks[3:]
        if [t.low for t in rest] == ["last", "year"] or (len(rest) == 3 and rest[0].low in ("a", "one")
                                                        and units.get(rest[1].low) == "year"
                                                        and rest[2].low in ("ago", "earlier", "before")):
            return Anaphor("year_ago", _period_unit(toks[2:3]))
        if len(rest) == 2 and rest[0].low == "of" and rest[1].kind == Y:
            return Anaphor("year_ago", _period_unit(toks[2:3]), year=int(rest[1].low))
    if lows[:2] == ["the", "full"] and n == 3 and units.get(lows[2]) == "year":
        return Anaphor("this_period", "year")  # "for the full year"
    if n == 2 and lows[0] == "the" and (kinds[1] == PER or units.get(lows[1]) in ("quarter", "half", "year")
                                        and lows[1] == units.get(lows[1])):
        return Anaphor("this_period", _period_unit(toks[1:2]))
    return None


def _this(unit: str, noun: str) -> str:
    """The deictic words for "that <noun>" read against the anchor: "today", "this week", "this evening"."""
    return "today" if unit == "day" else f"this {noun}"


def _period_unit(toks: list[Tok]) -> str:
    units = vocabulary().units
    for t in toks:
        unit = units.get(t.low)
        if unit in ("quarter", "month", "year"):
            return unit
        if t.low == "half":
            return "half"
    return "period"


__all__ = ["Anaphor", "anaphor_of"]
