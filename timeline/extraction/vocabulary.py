"""The scanner's view of the one lexicon: which words can carry or extend a date in running text.

Extraction keeps no date words of its own: weekdays, months, units, numbers,
ordinals, seasons, parts of day, day words, vague words with their windows,
relative words, parts of a period, markers, qualifiers, zones and decades all
come from :func:`timeline.lexicons.get_lexicon`, and holiday names from
:func:`timeline.holidays.first_words`. What is left here is what running text
needs on top of that, and is said where it is defined:

- :data:`NOT_IN_THE_LEXICON`: words the grammar reads (it still spells them in
  code) that the lexicon does not list yet; they go when the lexicon has them;
- :data:`NOT_TEMPORAL_HERE`: lexicon words whose everyday sense in news is not a
  date ("just 5%", "once a week", "previously unknown"), so that they never
  start a mention on their own (TimeML does not annotate them);
- the English function words the scanner's rules read (articles, glue).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from timeline.lexicons import (
    DayWord,
    Decade,
    Lexicon,
    Marker,
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
    WordClass,
    Zone,
    get_lexicon,
)

# Read by the grammar, not in the lexicon yet (asked of the core; see docs/extract.md).
NOT_IN_THE_LEXICON: dict[str, frozenset[str]] = {
    "instant": frozenset({"now"}),  # PRESENT_REF
    "clock": frozenset({"midnight"}),
    "fiscal": frozenset({"fiscal", "fy"}),  # "fiscal 2025", "FY25"
    "frequency": frozenset({"every", "each"}),  # sets: "every winter"
    "relative": frozenset({"recent", "these", "same"}),  # "recent weeks", "these days", "the same period"
    "period_part": frozenset({"close", "half", "turn"}),  # "the close of the year", "the first half", "the turn of"
    "vague_count": frozenset({"few", "several", "couple", "many", "some"}),  # a count without a value
}

# Lexicon words that are not dates in their everyday news sense: never a mention on their own.
NOT_TEMPORAL_HERE = frozenset({"just", "once", "previously", "formerly", "shortly", "imminently"})

@dataclass(frozen=True)
class Vocabulary:
    """Surface forms by what they are to the scanner, for one language (all normalized, lower case)."""

    lexicon: Lexicon
    weekdays: dict[str, int]
    weekday_abbreviations: frozenset[str]
    months: dict[str, int]
    month_abbreviations: frozenset[str]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, PartOfDay]
    day_words: frozenset[str]
    vague_words: frozenset[str]
    relatives: frozenset[str]
    period_parts: frozenset[str]
    after_markers: frozenset[str]
    qualifiers: dict[str, str]
    zones: frozenset[str]
    decades: dict[str, int]
    phrase_starts: frozenset[str]
    triggers: frozenset[str]
    edges_with_of: frozenset[str]
    rate_units: frozenset[str]
    relative_shift: dict[str, int]
    anaphoric_markers: dict[str, int]
    marker_direction: dict[str, int]

    def vague_phrase(self, words: list[str], start: int) -> tuple[int, Vague] | None:
        """The end (exclusive) and meaning of the longest multi-word vague entry at ``words[start]``."""
        if words[start] not in self.phrase_starts:
            return None
        hit = self.lexicon.longest(words, start)
        if hit is None or hit.end - hit.start < 2:
            return None
        vague = next((m for m in hit.meanings if isinstance(m, Vague)), None)
        return (hit.end, vague) if vague is not None else None


def _abbreviations(table: dict[str, int]) -> frozenset[str]:
    """Surfaces with a longer spelling of the same value that is not just their plural ("mon", "sept")."""
    by_value: dict[int, list[str]] = {}
    for surface, value in table.items():
        by_value.setdefault(value, []).append(surface)
    return frozenset(s for surfaces in by_value.values() for s in surfaces
                     if any(len(o) > len(s) and o != s + "s" for o in surfaces))


@lru_cache(maxsize=8)
def vocabulary(language: str = "en") -> Vocabulary:
    """The scanner's vocabulary of *language*, built once from its lexicon and holiday names."""
    lexicon = get_lexicon(language)
    weekdays = {k: m.n for k, m in lexicon.values(Weekday).items()}
    months = {k: m.n for k, m in lexicon.values(Month).items()}
    numbers = {k: m.value for k, m in lexicon.values(Number).items()}
    ordinals = {k: m.n for k, m in lexicon.values(Ordinal).items() if not m.tens}
    units = {k: m.name for k, m in lexicon.values(Unit).items()}
    seasons = {k: m.code for k, m in lexicon.values(Season).items()}
    parts = lexicon.values(PartOfDay)
    # a part of the day that starts on the day before ("overnight") names its day alone, as "tonight" does
    day_words = frozenset(lexicon.values(DayWord)) | frozenset(k for k, m in parts.items() if m.start_hour < 0)
    vague_words = (frozenset(lexicon.values(Vague)) - NOT_TEMPORAL_HERE) | NOT_IN_THE_LEXICON["instant"]
    relatives = frozenset(lexicon.values(Relative)) | NOT_IN_THE_LEXICON["relative"]
    period_parts = frozenset(lexicon.values(PeriodPart)) | (NOT_IN_THE_LEXICON["period_part"] - {"half"})
    qualifiers = lexicon.values(Qualifier)
    # words after a quantity ("two weeks ago", "a year earlier") or between two dates ("six weeks from mid-April")
    after_markers = frozenset(k for k, m in lexicon.values(Marker).items() if m.position == "after")
    after_markers |= frozenset(k for k, q in qualifiers.items() if q.kind in ("before", "after") or k == "from")
    zones = frozenset(k for k in lexicon.values(Zone) if len(k) > 1)
    decades = {k: m.start for k, m in lexicon.values(Decade).items()}
    # "within weeks": TimeML marks "weeks" as a length (PXW), so no vague phrase starts with "within" in text
    phrase_starts = frozenset(k.split(" ")[0] for k, v in lexicon.entries.items()
                              if " " in k and any(isinstance(m, Vague) for m in v)) - {"within"}
    try:
        from timeline.holidays import first_words

        holiday_words = frozenset(first_words(language))
    except ImportError:  # pragma: no cover - holidays are optional to the scanner
        holiday_words = frozenset()
    date_classes = {WordClass.WEEKDAY, WordClass.MONTH, WordClass.UNIT, WordClass.SEASON, WordClass.PART_OF_DAY,
                    WordClass.DAY_WORD, WordClass.VAGUE, WordClass.DECADE, WordClass.ZONE}
    triggers = {k for k, v in lexicon.entries.items() if " " not in k and any(m.word_class in date_classes for m in v)}
    # a multi-word vague phrase is reached from its content words ("the near term": "near", "term"); the
    # window around them covers the articles and prepositions
    function_words = {k for k, v in lexicon.entries.items()
                      if any(m.word_class in (WordClass.GLUE, WordClass.QUALIFIER, WordClass.MARKER, WordClass.HEDGE,
                                              WordClass.NUMBER) for m in v)}
    phrase_words = {w for k, v in lexicon.entries.items() if " " in k and any(isinstance(m, Vague) for m in v)
                    for w in k.split(" ")} - function_words
    triggers |= (after_markers - {"from", "before", "after"}) | phrase_words | holiday_words | vague_words
    for kind, words in NOT_IN_THE_LEXICON.items():
        if kind not in ("relative", "vague_count"):
            triggers |= words
    # words that only extend a date found through another word ("last", "over", "just 5%") open no window
    triggers -= relatives | NOT_TEMPORAL_HERE | {"over"}
    triggers |= {"q", "h", "mid", "early", "late", "am", "pm", "half", "centuries", "period"}  # "the same period"
    return Vocabulary(
        lexicon=lexicon, weekdays=weekdays, weekday_abbreviations=_abbreviations(weekdays), months=months,
        month_abbreviations=_abbreviations(months), numbers=numbers, ordinals=ordinals, units=units,
        seasons=seasons, parts_of_day=parts, day_words=day_words, vague_words=vague_words, relatives=relatives,
        period_parts=period_parts, after_markers=after_markers,
        qualifiers={k: q.kind for k, q in qualifiers.items()}, zones=zones,
        decades=decades, phrase_starts=phrase_starts,
        # "the end of the year", "the rest of 2025": the parts of a period that need "of" before a date
        edges_with_of=frozenset(k for k, m in lexicon.values(PeriodPart).items() if m.kind in ("begin", "end", "rest"))
        | {"middle", "close", "turn", "part"},
        relative_shift={k: m.shift for k, m in lexicon.values(Relative).items()},
        marker_direction={k: m.direction for k, m in lexicon.values(Marker).items() if m.position == "after"},
        # "two days later" +1, "a year earlier" -1, "six months before" -1: counted from the last time mentioned
        anaphoric_markers={**{k: -1 if p.kind == "earlier" else 1 for k, p in lexicon.values(PeriodPart).items()
                              if p.kind in ("earlier", "later")},
                           **{k: -1 if q.kind == "before" else 1 for k, q in qualifiers.items()
                              if q.kind in ("before", "after")}},
        # "200 trains a day", "twice a week": a singular unit (or "night") after "a"
        rate_units=frozenset(k for k, u in units.items() if k == u and u not in (
            "second", "decade", "century", "weekend", "season")) | {"night"},
        triggers=frozenset(w for w in triggers if w.isalpha() and len(w) > 1),
    )
