"""The registry of families: which modules make up the grammar, and in what order.

A family is a module in ``timeline/grammar/families/`` with its readers (functions of the
parser), the words it starts on (``HANDLERS``) and its examples (``EXAMPLES``: expression,
expected start, exclusive end, granularity and TIMEX3 value, read on Thu 2025-03-06;
``tests/test_grammar_families.py`` runs them). A new family is one module plus one line
here. The order in which a token's readings are tried is ``parser.Parser.component``'s,
family by family as listed in ``READING_ORDER`` below.
"""

from __future__ import annotations

from types import ModuleType

from timeline.grammar.families import (
    absolute,
    anchors,
    days,
    fiscal,
    holidays,
    numbers,
    offsets,
    parts,
    ranges,
    times,
    units,
    weekdays,
    zones,
)
from timeline.grammar.families.handlers import Handler

# Every family, in the order their readings are tried for a token (parser.Parser.component):
# clock phrases, numbers, words with a handler, holidays that start with a weekday or part of
# day, weekdays, months, relative words, ordinals, number words, seasons, parts of the day,
# zones, quarters and halves, holidays, decades.
FAMILIES: tuple[ModuleType, ...] = (
    times, absolute, days, units, parts, offsets, anchors, fiscal, holidays, weekdays, numbers, zones, ranges,
)
READING_ORDER = tuple(f.__name__.rsplit(".", 1)[1] for f in FAMILIES)


def _word_handlers() -> dict[str, Handler]:
    merged: dict[str, Handler] = {}
    for family in FAMILIES:
        for word, handler in getattr(family, "HANDLERS", {}).items():
            if word in merged:
                raise RuntimeError(f"two families claim the word {word!r}")
            merged[word] = handler
    return merged


WORD_HANDLERS: dict[str, Handler] = _word_handlers()
