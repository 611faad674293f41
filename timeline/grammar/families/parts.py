"""Parts of a period: 'early March', 'mid-2025', 'the end of the year', 'the rest of the week', 'earlier this month', 'EOM'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.grammar.expression import Components
from timeline.grammar.families import times
from timeline.grammar.families.handlers import Handler

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

def _h_part(ps: Parser, i: int, end: int, p: Components) -> int:
    """early / mid / late / beginning / end / start / rest / middle of a period."""
    w = ps.words[i]
    j = part_of(ps, i, end, p)
    if j > i:
        return j
    j = i + 1
    if w == "mid" and ps.w(j) == "-":
        j += 1
    if w == "mid" and ps.w(j) == "day":
        k = times._set_time(ps, p, 12, None, None, j + 1, end, i)
        p.time_exact = True  # 12:00, never midnight
        return k
    if w in ("early", "late") and ps.w(j) in ("morning", "tonight", "tonite", "night", "evening", "afternoon"):
        p.daypart_mod = w
        return j
    if w in ("mid", "middle") and p.daypart_mod is None:
        # "mid-morning", "mid afternoon", "the middle of the afternoon"
        k = j + 2 if w == "middle" and ps.w(j) == "of" and ps.w(j + 1) == "the" else j
        if ps.w(k) in ("morning", "afternoon", "evening"):
            p.daypart_mod = "mid"
            return k
    if w == "early" and ps.w(j) == "in" and ps.w(j + 1) == "the" and ps.w(j + 2) == "morning":
        p.daypart_mod = "early"
        return j
    if w == "late" and ps.w(j) == "last" and ps.w(j + 1) == "night":
        p.daypart_mod = "late"
        return j
    early_hours = j + 3 if w == "in" and ps.w(j) == "the" and ps.w(j + 1) == "early" and ps.w(j + 2) == "hours" \
        else j + 1 if w in _EARLY_HOURS and ps.w(j) == "hours" else 0
    if early_hours:
        # "(in) the early hours of Friday", with or without "in"; "the small hours", "the wee hours"
        p.daypart_mod = "early"
        p.daypart = "morning"
        k = early_hours
        if ps.w(k) == "of" and ps.w(k + 1) == "the" and ps.w(k + 2) == "morning":
            k += 3
        return k
    part = {"early": "early", "mid": "mid", "middle": "mid", "late": "late", "beginning": "begin",
            "start": "begin", "end": "end", "rest": "rest", "earlier": "earlier", "later": "later",
            "remainder": "rest", "balance": "rest", "small": "", "wee": ""}[w]
    if w in _EARLY_HOURS and not part:
        return i
    k = j + 1 if ps.w(j) == "-" else j
    if w in ("early", "mid") and ps.w(k) == "to" and p.part is None:
        # "mid-to-late March", "early-to-mid 2026": from the first part to the second
        k += 2 if ps.w(k + 1) == "-" else 1
        if ps.w(k) in ("mid", "late") and ps.w(k) != w:
            p.part = f"{part}_{ps.w(k)}"
            return k + 2 if ps.w(k + 1) == "-" else k + 1
    hyphened = False
    if ps.w(j) == "-" and w in ("early", "late", "end", "start") and (
            ps.w(j + 1) in lx.MONTHS or (ps.num(j + 1) is not None and len(ps.words[j + 1]) == 4)):
        j += 1  # "end-March", "early-2026", "start-2025": the financial press's hyphened parts
        hyphened = True
    elif ps.w(j) == "-" and ps.w(j + 1) == "of" and ps.adjacent(j) and ps.adjacent(j + 1):
        # the compound adjective: "end-of-March", "end-of-year", "start-of-the-month"
        j += 2
        hyphened = True
        if ps.w(j) == "-":
            j += 1
        if ps.w(j) == "the" and ps.w(j + 1) == "-":
            j += 2
    if w in ("end", "beginning", "start", "rest", "middle", "remainder", "balance") and ps.w(j) != "of" \
            and not hyphened:
        if w == "end" and i > 0 and ps.words[i - 1] in ("week",):
            return i
        return i
    if ps.w(j) == "of":
        j += 1
    if ps.w(j) == "the":
        j += 1
    if w in ("earlier", "later") and ps.w(j) == "in" and ps.w(j + 1) == "the" and ps.w(j + 2) in lx.UNITS:
        # "earlier in the day", "later in the week": as "earlier today", "later this week"
        j += 2
        if lx.UNITS[ps.w(j)] == "day" and p.rel_day is None and p.part is None:
            p.rel_day, p.part = 0, part
            return j + 1
    elif w in ("earlier", "later") and ps.w(j) not in ("this", "today", "that"):
        return i
    if p.part is not None:
        return i
    p.part = part
    return j


def _h_eox(ps: Parser, i: int, end: int, p: Components) -> int:
    w = ps.words[i]
    p.part = "begin" if w.startswith("b") else "end"
    unit = {"d": "day", "w": "week", "m": "month", "y": "year", "q": "quarter"}[w[2]]
    if unit == "day":
        p.rel_day = 0
        p.eod = True
        return i + 1
    p.rel_unit = (unit, 0)
    return i + 1


def part_of(ps: Parser, i: int, end: int, p: Components) -> int:
    """'the early part of the year', 'the latter part of 2025', 'the last part of March': early or
    late (lexicon PART_WORDS); 'first thing Monday' (its early morning); i when none of these."""
    if ps.words[i] == "first" and ps.w(i + 1) == "thing" and p.daypart is None:
        p.daypart, p.daypart_mod = "morning", "early"
        return i + 2
    if ps.w(i + 1) != "part" or ps.w(i + 2) != "of" or p.part is not None or ps.words[i] not in lx.PART_WORDS:
        return i
    p.part = lx.PART_WORDS[ps.words[i]]
    return i + 3


# two-word openers of a part: (its first word) -> (its second word, the part)
_PART_OPENERS = {"so": ("far", "todate"), "turn": ("of", "turn"), "midway": ("through", "mid"),
                 "halfway": ("through", "mid")}

# words before "hours" that make the small hours of a day ("in the wee hours of Sunday")
_EARLY_HOURS = frozenset({"early", "small", "wee"})


def _h_part_opener(ps: Parser, i: int, end: int, p: Components) -> int:
    """'so far this year' (the unit up to the reference day), 'the turn of the century'."""
    second, part = _PART_OPENERS[ps.words[i]]
    if ps.w(i + 1) != second or p.part is not None or i + 2 >= end:
        return i
    p.part = part
    return i + 2


# one-word parts of the current unit: "midweek" (the middle of this week), "YTD" (this year so far)
_UNIT_PARTS: dict[str, tuple[str, str]] = {**{w: ("mid", unit) for w, unit in lx.MID_UNITS.items()},
                                           **{w: ("todate", unit) for w, unit in lx.TO_DATE_ABBREVIATIONS.items()}}


def _h_unit_part(ps: Parser, i: int, end: int, p: Components) -> int:
    """'midweek', 'midyear' (as 'mid-week'); 'YTD', 'MTD' (the unit up to the reference day)."""
    if p.part is not None or p.rel_unit is not None:
        return i
    p.part, unit = _UNIT_PARTS[ps.words[i]]
    p.rel_unit = (unit, 0)
    return i + 1


# The words this family's readers start on (merged into the registry's WORD_HANDLERS).
HANDLERS: dict[str, Handler] = {
    "early": _h_part,
    "mid": _h_part,
    "middle": _h_part,
    "late": _h_part,
    "beginning": _h_part,
    "start": _h_part,
    "end": _h_part,
    "rest": _h_part,
    "earlier": _h_part,
    "later": _h_part,
    "remainder": _h_part,
    "small": _h_part,
    "wee": _h_part,
    **dict.fromkeys(_UNIT_PARTS, _h_unit_part),
    **dict.fromkeys(_PART_OPENERS, _h_part_opener),
    # the words of PART_WORDS no other reader starts on ("latter" is the halves' reader's)
    **dict.fromkeys(("first", "opening", "last", "final", "closing"), part_of),
    "eom": _h_eox,
    "bom": _h_eox,
    "eoy": _h_eox,
    "boy": _h_eox,
    "eod": _h_eox,
    "eow": _h_eox,
    "bow": _h_eox,
    "eoq": _h_eox,
    "boq": _h_eox,
}


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("earlier this week", "2025-03-03", "2025-03-06", "day", "2025-W10"),
    ("earlier this month", "2025-03-01", "2025-03-06", "day", "2025-03"),
    ("later this month", "2025-03-07", "2025-04-01", "day", "2025-03"),
    ("the rest of the week", "2025-03-06", "2025-03-10", "day", "2025-03-06/2025-03-09"),
    ("early March", "2025-03-01", "2025-03-11", "day", "2025-03"),
    ("mid-March", "2025-03-11", "2025-03-21", "day", "2025-03"),
    ("late March", "2025-03-21", "2025-04-01", "day", "2025-03"),
    ("the end of March", "2025-03-21", "2025-04-01", "day", "2025-03"),
    ("mid-morning", "2025-03-06T09:00", "2025-03-06T11:00", "part_of_day", "2025-03-06TMO"),
    ("the middle of the afternoon", "2025-03-06T14:00", "2025-03-06T17:00", "part_of_day", "2025-03-06TAF"),
    ("late afternoon", "2025-03-06T17:00", "2025-03-06T19:00", "part_of_day", "2025-03-06TAF"),
    ("the beginning of the year", "2025-01-01", "2025-04-01", "month", "2025"),
    ("the end of the year", "2025-09-01", "2026-01-01", "month", "2025"),
    ("mid-2025", "2025-05-01", "2025-09-01", "month", "2025"),
    ("end-March", "2025-03-21", "2025-04-01", "day", "2025-03"),
    ("by end-2026", "2026-09-01", "2027-01-01", "month", "2026"),
    ("early-February", "2025-02-01", "2025-02-11", "day", "2025-02"),
    ("EOY", "2025-09-01", "2026-01-01", "month", "2025"),
    ("end-of-March", "2025-03-21", "2025-04-01", "day", "2025-03"),
    ("midweek", "2025-03-05", "2025-03-08", "day", "2025-W10"),
    ("so far this year", "2025-01-01", "2025-03-07", "day", "2025"),
    ("the latter part of the year", "2025-09-01", "2026-01-01", "month", "2025"),
    ("later in the week", "2025-03-07", "2025-03-10", "day", "2025-W10"),
    ("mid-to-late March", "2025-03-11", "2025-04-01", "day", "2025-03"),
    ("in the small hours of Sunday", "2025-03-02T00:00", "2025-03-02T09:00", "part_of_day", "2025-03-02TMO"),
    ("the turn of the century", "1998-01-01", "2003-01-01", "year", "2000"),
    ("the early hours of Saturday", "2025-03-01T00:00", "2025-03-01T09:00", "part_of_day", "2025-03-01TMO"),
]
