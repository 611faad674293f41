"""Days named relative to the reference and 'now': 'today', 'the day after tomorrow', 'tonight', 'right now', 'atm'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.grammar.expression import Components
from timeline.grammar.families import offsets
from timeline.grammar.families.handlers import Handler

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

def _h_today(ps: Parser, i: int, end: int, p: Components) -> int:
    w = ps.words[i]
    offsets = {"today": 0, "tomorrow": 1, "tomorrows": 1, "yesterday": -1, "tonight": 0, "tonite": 0,
               "tmrw": 1, "tmr": 1, "tomorow": 1}
    if p.rel_day is not None and p.rel_day != offsets[w]:
        raise ps.error("two different days in one expression", i)
    p.rel_day = offsets[w]
    if w in ("tonight", "tonite") and p.daypart is None:
        p.daypart = "night"
    return i + 1


def _h_day(ps: Parser, i: int, end: int, p: Components) -> int:
    # "the day after tomorrow", "day before yesterday", "the day before <event>"
    j = i + 1
    if ps.w(j) == "after" and ps.w(j + 1) == "tomorrow":
        p.rel_day = 2
        return j + 2
    if ps.w(j) == "before" and ps.w(j + 1) == "yesterday":
        p.rel_day = -2
        return j + 2
    if ps.w(j) in ("after", "before") and j + 1 < end:
        return offsets._anchored(ps, 1 if ps.w(j) == "after" else -1, "day", j + 1, end, p)
    if ps.w(j) in ("after", "before") and j + 1 == end and i > 0 and ps.words[i - 1] == "the" \
            and p.rel_day is None and not p.has_date():
        # "the day before", "the day after" with nothing named after them: the reference's neighbours
        p.rel_day = 1 if ps.w(j) == "after" else -1
        return j + 1
    return i + 1 if i > 0 or ps.n > 1 else i


def _h_now(ps: Parser, i: int, end: int, p: Components) -> int:
    p.now = True
    return i + 1


def _h_right(ps: Parser, i: int, end: int, p: Components) -> int:
    if ps.w(i + 1) == "now":
        p.now = True
        return i + 2
    return i


def _h_just(ps: Parser, i: int, end: int, p: Components) -> int:
    if ps.w(i + 1) == "now":
        p.now = True
        return i + 2
    return i


def _h_atm(ps: Parser, i: int, end: int, p: Components) -> int:
    p.now = True
    return i + 1


# The words this family's readers start on (merged into the registry's WORD_HANDLERS).
HANDLERS: dict[str, Handler] = {
    "today": _h_today,
    "tomorrow": _h_today,
    "tomorrows": _h_today,
    "yesterday": _h_today,
    "tonight": _h_today,
    "tonite": _h_today,
    "tmrw": _h_today,
    "day": _h_day,
    "now": _h_now,
    "right": _h_right,
    "just": _h_just,
    "atm": _h_atm,
}


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("today", "2025-03-06", "2025-03-07", "day", "2025-03-06"),
    ("the day before yesterday", "2025-03-04", "2025-03-05", "day", "2025-03-04"),
    ("tonight", "2025-03-06T18:00", "2025-03-07T00:00", "part_of_day", "2025-03-06TNI"),
    ("this morning", "2025-03-06T00:00", "2025-03-06T12:00", "part_of_day", "2025-03-06TMO"),
    ("this afternoon", "2025-03-06T12:00", "2025-03-06T19:00", "part_of_day", "2025-03-06TAF"),
    ("this evening", "2025-03-06T18:00", "2025-03-07T00:00", "part_of_day", "2025-03-06TEV"),
    ("last night", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day", "2025-03-05TNI"),
    ("Wednesday evening", "2025-03-05T18:00", "2025-03-06T00:00", "part_of_day", "2025-03-05TEV"),
    ("earlier today", "2025-03-06", "2025-03-07", "day", "2025-03-06"),
    ("the day before", "2025-03-05", "2025-03-06", "day", "2025-03-05"),
]
