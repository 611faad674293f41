"""Weekdays: 'Friday', 'Friday last week', 'Tuesday of next week', 'Friday after next'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.grammar.expression import Components, coming_weekday

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

def weekday(ps: Parser, i: int, end: int, p: Components) -> int:
    dow = lx.WEEKDAYS[ps.words[i]]
    if p.weekday is not None and p.weekday != dow:
        raise ps.error("two different weekdays in one expression", i)
    p.weekday = dow
    j = i + 1
    if ps.w(j) == "." and ps.adjacent(j):
        j += 1
    # "Friday after next", "Friday before last"
    if ps.w(j) == "after" and ps.w(j + 1) == "next":
        p.rel_weekday = "next"
        p.week_shift = None
        p.offset = None
        p.nth_ahead = ("weekday", 2)
        return j + 2
    if ps.w(j) == "before" and ps.w(j + 1) == "last":
        p.nth_ahead = ("weekday", -2)
        return j + 2
    if ps.w(j) in ("last", "next") and j + 1 == end and p.rel_weekday is None:
        p.rel_weekday = ps.w(j)  # the formal "Monday last", "on Friday next": as "last Monday", "next Friday"
        return j + 1
    # "Friday last week", "Tuesday of next week", "sunday from last week"
    k = j
    if ps.w(k) in ("of", "from", "in"):
        k += 1
    if ps.w(k) == "the":
        k += 1
    if ps.w(k) in lx.RELATIVE and ps.w(k + 1) == "week":
        p.week_shift = lx.RELATIVE[ps.w(k)]
        return k + 2
    if ps.w(k) == "week" and ps.w(k + 1) == "after" and ps.w(k + 2) == "next":
        p.week_shift = 2
        return k + 3
    # "Tuesday week", "Monday fortnight" (British): a week or two after the coming Tuesday, the
    # reference's own day included, whatever prefer says ("mardi en huit" is spelled so)
    if k == j and ps.w(j) in ("week", "fortnight") and ps.w(j + 1) not in ("after", "-", "end") \
            and p.rel_weekday is None and p.anchored is None:
        p.weekday = None
        p.anchored = (1.0 if ps.w(j) == "week" else 2.0, "week", coming_weekday(dow))
        return j + 1
    return j


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("Friday", "2025-02-28", "2025-03-01", "day", "2025-02-28"),
    ("Thursday", "2025-03-06", "2025-03-07", "day", "2025-03-06"),
    ("last Friday", "2025-02-28", "2025-03-01", "day", "2025-02-28"),
    ("Friday last week", "2025-02-28", "2025-03-01", "day", "2025-02-28"),
    ("Monday next", "2025-03-10", "2025-03-11", "day", "2025-03-10"),
    ("this coming Friday", "2025-03-07", "2025-03-08", "day", "2025-03-07"),
    ("Tuesday of next week", "2025-03-11", "2025-03-12", "day", "2025-03-11"),
    ("Friday after next", "2025-03-14", "2025-03-15", "day", "2025-03-14"),
    ("this Monday", "2025-03-03", "2025-03-04", "day", "2025-03-03"),
    ("Thursday week", "2025-03-13", "2025-03-14", "day", "2025-03-13"),
    ("Friday week", "2025-03-14", "2025-03-15", "day", "2025-03-14"),
    ("Monday fortnight", "2025-03-24", "2025-03-25", "day", "2025-03-24"),
]
