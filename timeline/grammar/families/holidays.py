"""Holidays, through the holidays package's public matcher: 'Christmas', 'Easter 2024', 'thanksgiving of next year'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline import lexicon as lx
from timeline.grammar.expression import Components

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

# Words that start no holiday name: skip the trie for the commonest date words.
_NOT_HOLIDAY_STARTS = frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) | frozenset(lx.UNITS) | frozenset(
    lx.RELATIVE) | frozenset(lx.NUMBER_WORDS) | frozenset({"the", "at", "on", "in", "of", "today", "tomorrow",
                                                           "yesterday", "tonight", "am", "pm", "ago", "now"})


# The words that can follow a weekday or a part of the day as the second word of an English holiday
# name ("Thursday of Mysteries", "Night Journey", "Night of Power"; the possessive's plural form
# included), so that "Wednesday evening" or "Friday's speech" is known to name no holiday without
# building the catalogue and its name trie (~20 ms of a process's start-up). Data derived from the
# catalogue: tests/test_startup.py checks it against the English name index.
AFTER_COMMON_FIRST: dict[str, frozenset[str]] = {
    "mon": frozenset({"of"}),
    "monday": frozenset({"of"}),
    "night": frozenset({"journey", "of"}),
    "thu": frozenset({"of"}),
    "thur": frozenset({"of"}),
    "thurs": frozenset({"of"}),
    "thursday": frozenset({"of"}),
}
_NO_FOLLOWERS: frozenset[str] = frozenset()

_holidays: Any = None


_holiday_starts: frozenset[str] = frozenset()  # first words of every holiday name: a cheap first test
_CANONICAL_START = "holiday_"  # canonical_words(): how another language's grammar hands a holiday over


def _load() -> None:
    global _holidays, _holiday_starts
    # the matching module itself, not the package: the package's names load on first use (module
    # __getattr__), which the compiled build's direct calls would skip, reaching an uninitialized module
    from timeline.holidays import matching as module

    _holidays = module
    _holiday_starts = module.first_words("en")


def _names_none(word: str) -> bool:
    """True when no English holiday name starts with *word* or its plural, known from the precomputed
    first words (timeline.holidays.names.first_words) without building the catalogue."""
    from timeline.holidays.names.first_words import FIRST_WORDS_EN

    return (word not in FIRST_WORDS_EN and word + "s" not in FIRST_WORDS_EN
            and not word.startswith(_CANONICAL_START))


def could_start_holiday(word: str) -> bool:
    """True when *word* (or its plural, for a possessive the tokenizer dropped) begins a holiday's name."""
    if _holidays is None:
        if _names_none(word):
            return False
        _load()
    return word in _holiday_starts or word + "s" in _holiday_starts


def _match_holiday(words: list[str], i: int, allow_common: bool = False) -> tuple[Any, int] | None:
    """The longest holiday name at words[i], reading past hyphens and dots ('Eid al-Fitr',
    'St. Patrick's'); returns (holiday, index after it in *words*)."""
    first = words[i] if i < len(words) else ""
    if not first[:1].isalpha() or (first in _NOT_HOLIDAY_STARTS and not allow_common):
        return None
    if allow_common and (first in lx.WEEKDAYS or first in lx.PARTS_OF_DAY):
        # a plain word after it (what normalization leaves as it is) decides from the table
        after = words[i + 1] if i + 1 < len(words) else ""
        if not after or (after.isascii() and after.isalnum()
                         and after.lower() not in AFTER_COMMON_FIRST.get(first, _NO_FOLLOWERS)):
            return None
    if _holidays is None:
        if _names_none(first):
            return None
        _load()
    if first not in _holiday_starts and first + "s" not in _holiday_starts:
        return None
    found: tuple[Any, int] | None = _holidays.match(words, i, "en")
    if found is None:
        # a possessive the tokenizer dropped: "boss's" was read as "boss"
        found = _holidays.match([first + "s", *words[i + 1:]], 0, "en")
        if found is not None:
            found = (found[0], found[1] + i)
    return found


def holiday(ps: Parser, i: int, end: int, p: Components, found: tuple[Any, int]) -> int:
    holiday, j = found
    if p.holiday is not None:
        raise ps.error("two holidays in one expression", i)
    p.holiday = holiday
    if ps.w(j) == "day" and ps.w(j - 1) != "day":
        j += 1
    if ps.w(j) in ("weekend", "wkend") and p.anchored is None:
        # "Labor Day weekend", "the Easter weekend 2024": the holiday's weekend, read around it
        inner = Components()
        inner.holiday = holiday
        p.holiday = None
        p.anchored = (0, "holiday_weekend", inner)
        j += 1
        while j < end:
            k = ps.component(j, end, inner)
            if k <= j:
                break
            j = k
        return j
    # "thanksgiving of next year", "MLK day of last year"
    k = j
    if ps.w(k) in ("of", "in"):
        k += 1
        if ps.w(k) == "the":
            k += 1
        if ps.w(k) in lx.RELATIVE and ps.w(k + 1) == "year":
            p.year_shift = lx.RELATIVE[ps.w(k)]
            return k + 2
    return j


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("Christmas", "2024-12-25", "2024-12-26", "day", "2024-12-25"),
    ("next Christmas", "2025-12-25", "2025-12-26", "day", "2025-12-25"),
    ("Christmas Eve 2025", "2025-12-24", "2025-12-25", "day", "2025-12-24"),
    ("Easter 2024", "2024-03-31", "2024-04-01", "day", "2024-03-31"),
    ("last Easter", "2024-03-31", "2024-04-01", "day", "2024-03-31"),
    ("Good Friday 2025", "2025-04-18", "2025-04-19", "day", "2025-04-18"),
    ("Thanksgiving 2024", "2024-11-28", "2024-11-29", "day", "2024-11-28"),
    ("Labor Day 2025", "2025-09-01", "2025-09-02", "day", "2025-09-01"),
    ("Labor Day weekend 2025", "2025-08-30", "2025-09-02", "weekend", "2025-W35-WE"),
    ("Memorial Day 2025", "2025-05-26", "2025-05-27", "day", "2025-05-26"),
    ("New Year's Eve", "2024-12-31", "2025-01-01", "day", "2024-12-31"),
    ("Valentine's Day", "2025-02-14", "2025-02-15", "day", "2025-02-14"),
    ("Boxing Day 2025", "2025-12-26", "2025-12-27", "day", "2025-12-26"),
    ("Halloween", "2024-10-31", "2024-11-01", "day", "2024-10-31"),
    ("Independence Day 2025", "2025-07-04", "2025-07-05", "day", "2025-07-04"),
    ("Chinese New Year 2025", "2025-01-29", "2025-01-30", "day", "2025-01-29"),
    ("Eid al-Fitr 2024", "2024-04-10", "2024-04-11", "day", "2024-04-10"),
    # the Hebrew calendar; a Jewish holiday starts on its eve (docs/conventions.md, as Duckling's corpus)
    ("Yom Kippur 2025", "2025-10-01", "2025-10-02", "day", "2025-10-01"),
]
