"""Dates placed relative to another date: 'the closest Monday to Oct 5th'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.grammar.expression import Components
from timeline.grammar.families import numbers
from timeline.grammar.families.handlers import Handler

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

def _h_closest(ps: Parser, i: int, end: int, p: Components) -> int:
    # "the closest Monday to Oct 5th", "the second closest xmas to today"
    rank = 1
    for back in (1, 2):
        ordinal = numbers.ordinal_at(ps, i - back) if i - back >= 0 else None
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


# The words this family's readers start on (merged into the registry's WORD_HANDLERS).
HANDLERS: dict[str, Handler] = {
    "closest": _h_closest,
    "nearest": _h_closest,
}


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("the closest Monday to March 12", "2024-03-11", "2024-03-12", "day", "2024-03-11"),
    ("the second closest Monday to March 12", "2024-03-18", "2024-03-19", "day", "2024-03-18"),
]
