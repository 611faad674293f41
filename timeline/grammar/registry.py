"""The registry of families: which modules make up the grammar, and in what order.

A family is a module in ``timeline/grammar/families/`` with its readers (functions of the
parser), the words it starts on (``HANDLERS``) and its examples (``EXAMPLES``: expression,
expected start, exclusive end, granularity and TIMEX3 value, read on Thu 2025-03-06;
``tests/test_grammar_families.py`` runs them). A new family is one module plus one line
here. The order in which a token's readings are tried is declared once, in
``parser.Parser.component`` (see its docstring); the families below are the grammar's
modules, and ``WORD_HANDLERS`` merges the words they start on (two families may not claim
the same word).
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

# Every family of the grammar (a new family: one module, one line here).
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
