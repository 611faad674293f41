"""Calendar units relative to the reference and counted within containers: 'last week', 'the month after next', 'the third quarter of 2024', 'the first Monday of March', 'last summer', 'the weekend', 'the nineties', 'March 3 next year'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.grammar.expression import Components
from timeline.grammar.families import absolute, holidays, numbers, parts, times, weekdays
from timeline.grammar.families.handlers import Handler
from timeline.grammar.families.holidays import _match_holiday

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

_DECADE_WORDS = lx.DECADE_WORDS


def _keep_day_and_month(p: Components) -> None:
    """'March 3 next year', 'the 5th next month', 'Christmas next year', 'Q1 next year':
    the relative unit picks the year or month of the date, it does not replace it."""
    assert p.rel_unit is not None
    unit, shift = p.rel_unit
    if unit == "year" and p.year is None and p.year_shift is None and (
            p.month is not None or p.day is not None or p.holiday is not None or p.quarter is not None
            or p.half is not None or p.iso_week is not None):
        p.rel_unit, p.year_shift = None, shift
    elif unit == "month" and p.month is None and p.month_shift is None and p.day is not None:
        p.rel_unit, p.month_shift = None, shift


def _h_the(ps: Parser, i: int, end: int, p: Components) -> int:
    # "the moment": "at the moment"
    if ps.w(i + 1) == "moment":
        p.now = True
        return i + 2
    # "the 24"
    if ps.num(i + 1) is not None and 1 <= (ps.num(i + 1) or 0) <= 31 and len(ps.words[i + 1]) <= 2 \
            and ps.w(i + 2) not in lx.UNITS and ps.w(i + 2) not in (":", "h", "s") and times._ampm_at(ps, i + 2) is None:
        if ps.w(i + 2) in lx.ORDINAL_SUFFIXES:
            return i + 1
        if ps.w(i + 2) in ("of",) or ps.w(i + 2) in lx.MONTHS or i + 2 >= end or ps.w(i + 2) in ("to", "-"):
            p.day = ps.num(i + 1)
            j = i + 2
            if ps.w(j) == "of":
                j += 1
            if ps.w(j) in lx.MONTHS:
                return absolute.month(ps, j, end, p)
            return j
    # decades: "the nineties", "the 90s" handled by numeric
    if ps.w(i + 1) in _DECADE_WORDS:
        p.decade = _DECADE_WORDS[ps.w(i + 1)]
        return i + 2
    return i + 1


def _h_weekend(ps: Parser, i: int, end: int, p: Components) -> int:
    if ps.w(i + 1) == "of" and i + 2 < end and p.rel_unit is None and p.nth is None:
        # "the weekend of 8 June 2024": the Saturday and Sunday of the ISO week holding the date
        inner = ps.point(i + 2, end)
        p.anchored = (0, "weekend_of", inner)
        return end
    # "the weekend" alone leaves the direction open, like a bare weekday: prefer decides
    if p.rel_unit is None and p.nth is None:
        p.open_unit = "weekend"
    return i + 1


def _numbered_week(ps: Parser, j: int, end: int, p: Components) -> int:
    """'week 47', 'week 12 of 2025', 'KW 47 2025': the ISO week of that number (its year by prefer when
    not written). Returns the index after it, or j when the number is no week's."""
    n = ps.num(j)
    if n is None or not 1 <= n <= 53 or len(ps.words[j]) > 2 or p.iso_week is not None or j >= end:
        return j
    k = j + 1
    if ps.w(k) in lx.UNITS or ps.w(k) == "." or ps.w(k) in lx.ORDINAL_SUFFIXES:
        return j  # "a week 2 days later", "week 2nd": not a numbered week
    year = k + 1 if ps.w(k) in ("of", ",") else k
    if k < end and ps.num(year) is not None and len(ps.words[year]) == 4:
        p.year, k = ps.num(year), year + 1
    p.iso_week = n
    return k


def _h_week(ps: Parser, i: int, end: int, p: Components) -> int:
    j = i + 1
    numbered = _numbered_week(ps, j, end, p)
    if numbered > j:
        return numbered
    if ps.w(j) == "-" and ps.w(j + 1) == "end":
        return _h_weekend(ps, j + 1, end, p)
    if ps.w(j) == "end":
        return _h_weekend(ps, j, end, p)
    if ps.w(j) == "of":
        # "the week of October 6th": the ISO week containing the date
        inner = ps.point(j + 1, end)
        p.anchored = (0, "week_of", inner)
        return end
    if p.rel_unit is None and p.nth is None and p.part is not None:
        p.rel_unit = ("week", 0)  # "the end of the week": the current one
        return j
    if p.rel_unit is None and p.nth is None and i > 0 and ps.words[i - 1] == "the" and j >= end:
        p.rel_unit = ("week", 0)
        p.part = "rest"
        return j
    if ps.w(j) in ("before", "after") and ps.w(j + 1) in ("last", "next") and i > 0:
        rel = -2 if ps.w(j) == "before" else 2
        p.rel_unit = ("week", rel)
        return j + 2
    return _unit_before_or_after(ps, i, end, p, "week")


def _unit_before_or_after(ps: Parser, i: int, end: int, p: Components, unit: str) -> int:
    """'the week before', 'the year after' with nothing named after them: the unit next to the
    reference's (as 'the previous week', 'the following year'); i when that is not the phrase."""
    j = i + 1
    if ps.w(j) in ("before", "after") and j + 1 == end and i > 0 and ps.words[i - 1] == "the" \
            and p.rel_unit is None and p.part is None and not p.has_date():
        p.rel_unit = (unit, 1 if ps.w(j) == "after" else -1)
        return j + 1
    return i


def _h_unit_after(ps: Parser, i: int, end: int, p: Components) -> int:
    """'the month after next', 'the year before last'; 'the end of the month' (the current one)."""
    unit = lx.UNITS[ps.words[i]]
    j = i + 1
    if (ps.w(j) == "-" and ps.w(j + 1) == "end" and ps.adjacent(j) and ps.adjacent(j + 1) or ps.w(j) == "end"
            and j + 1 == end) and p.rel_unit is None and p.part is None and unit in ("month", "quarter", "year"):
        # business usage: "by year-end", "at quarter end" name the current period (TimeML: 2025, 2025-Q1)
        p.rel_unit = (unit, 0)
        return j + 2 if ps.w(j) == "-" else j + 1
    if ps.w(j) in ("before", "after") and ps.w(j + 1) in ("last", "next"):
        p.rel_unit = (unit, -2 if ps.w(j) == "before" else 2)
        return j + 2
    to_date = j + 3 if ps.w(j) == "-" and ps.w(j + 1) == "to" and ps.w(j + 2) == "-" and ps.w(j + 3) == "date" \
        else j + 1 if ps.w(j) == "to" and ps.w(j + 1) == "date" else 0
    if to_date and p.part is None and p.rel_unit is None and unit in ("month", "quarter", "year"):
        # "year-to-date", "the year to date": the current unit up to the reference day
        p.part = "todate"
        p.rel_unit = (unit, 0)
        return to_date + 1
    if p.part is not None and p.rel_unit is None and p.month is None and p.year is None:
        p.rel_unit = (unit, 0)
        return j
    if ps.w(j) == "of" and unit == "month" and p.day is not None:
        return i
    return _unit_before_or_after(ps, i, end, p, unit)


def _h_whole(ps: Parser, i: int, end: int, p: Components) -> int:
    """'all week', 'the entire year', 'the full year': the current unit; 'all of 2024', 'the whole of
    March': what follows."""
    if ps.w(i + 1) == "of" and i + 2 < end:
        return i + 2
    unit = lx.UNITS.get(ps.w(i + 1))
    if unit in ("week", "weekend", "month", "quarter", "year") and p.rel_unit is None and p.part is None:
        p.rel_unit = (unit, 0)
        p.part = "all"
        return i + 2
    return i


def relative(ps: Parser, i: int, end: int, p: Components) -> int:
    """last/this/next + weekday, unit, month, season, holiday; 'last 2 weeks'."""
    words = ps.words
    rel = lx.RELATIVE[words[i]]
    word = words[i]
    j = i + 1
    # "last 2 weeks", "next three days", "past 2 days"
    got = numbers.number_at(ps, j) if word in ("last", "past", "next", "previous", "coming", "upcoming",
                                        "following") else None
    if got is not None and ps.w(got[1]) in lx.UNITS:
        unit = lx.UNITS[ps.w(got[1])]
        if word in ("upcoming",):
            p.nth_ahead = (unit, int(got[0]))
        else:
            p.unit_run = (unit, rel if rel else 1, int(got[0]))
        return got[1] + 1
    if word == "last" and (ps.w(j) in lx.WEEKDAYS or ps.w(j) in ("day", "week", "weekend", "wkend", "month",
                                                                  "quarter", "qtr")) \
            and _of_container_follows(ps, j + 1):
        return ordinal(ps, i, end, p, (1, i))  # "last Sunday of March": the 1st last
    if word == "this" and ps.w(j) == "past":
        word, rel, j = "last", -1, j + 1
    elif word == "this" and ps.w(j) in ("coming", "upcoming") and ps.w(j + 1) in lx.WEEKDAYS:
        word, rel, j = "next", 1, j + 1  # "this coming Friday": the next one
    if ps.w(j) in lx.WEEKDAYS:
        k = weekdays.weekday(ps, j, end, p)
        p.rel_weekday = {-1: "last", 0: "this", 1: "next"}[rel]
        if word == "past":
            p.rel_weekday = "last"
        return k
    if ps.w(j) == "week" and ps.w(j + 1) == "-" and ps.w(j + 2) == "end":
        p.rel_unit = ("weekend", rel)
        return j + 3
    if ps.w(j) in lx.UNITS:
        unit = lx.UNITS[ps.w(j)]
        k = j + 1
        if unit == "week" and ps.w(k) == "end":
            unit = "weekend"
            k += 1
        if unit in ("second", "minute", "hour", "day") and rel != 0:
            if unit == "day":
                p.rel_day = rel
                return k
            p.unit_run = (unit, rel, 1)
            return k
        # "the week before last", "the month after next"
        if ps.w(k) == "before" and ps.w(k + 1) == "last" and rel == 0:
            rel = -2
            k += 2
        p.rel_unit = (unit, rel)
        return k
    if ps.w(j) in lx.MONTHS:
        k = absolute.month(ps, j, end, p)
        p.year_shift = rel if word not in ("this", "current") else 0
        if word in ("next", "coming", "upcoming", "following") or word in ("last", "past", "previous"):
            p.year_shift = None
            p.rel_weekday = {-1: "last", 0: "this", 1: "next"}[rel]  # reused: strict direction
        return k
    if ps.w(j) in lx.SEASONS:
        p.season = lx.SEASONS[ps.w(j)]
        p.year_shift = rel
        p.rel_unit = ("season", rel)
        return j + 1
    if word in ("last",) and ps.w(j) == "night":
        p.rel_day = -1
        p.daypart = "night"
        return j + 1
    holiday = _match_holiday(ps.words, j)
    if holiday is not None:
        k = holidays.holiday(ps, j, end, p, holiday)
        p.holiday_shift = rel
        return k
    if word == "this" and ps.w(j) in lx.PARTS_OF_DAY:
        p.rel_day = 0
        return times.daypart(ps, j, end, p)
    if word in ("this", "current") and ps.w(j) == "time":
        p.rel_day = 0
        return j + 1
    return i


def _of_container_follows(ps: Parser, k: int) -> bool:
    """True when 'of/in October', 'of 2018', 'of the month' follows (after 'week-end' forms)."""
    if ps.w(k) == "-" and ps.w(k + 1) == "end":
        k += 2
    elif ps.w(k) == "end":
        k += 1
    if ps.w(k) not in ("of", "in"):
        return False
    nxt = ps.w(k + 1)
    if nxt == "the":
        nxt = ps.w(k + 2)
    return nxt in lx.MONTHS or nxt in ("month", "year", "this", "next", "last") or (
        ps.num(k + 1) is not None and len(ps.words[k + 1]) == 4)


def ordinal(ps: Parser, i: int, end: int, p: Components, ordinal: tuple[int, int]) -> int:
    """15th, the first, the third quarter, first Monday of March, 20th of next month."""
    value, j = ordinal
    if ps.w(j) == "-" and ps.w(j + 1) in ("quarter", "qtr", "half", "century", "week", "day"):
        j += 1
    w = ps.w(j)
    # "third last week of 2018", "2nd last week of October"
    last = False
    if w == "last":
        last = True
        j += 1
        w = ps.w(j)
    if w in ("quarter", "qtr"):
        if last and not 1 <= value <= 4:
            return i
        p.quarter = 5 - value if last else value  # "the last quarter of 2015": the fourth
        k = j + 1
        k = _container(ps, k, end, p, "year")
        return k
    if w in ("half",) and value in (1, 2):
        p.half = value
        return _container(ps, j + 1, end, p, "year")
    if w == "fortnight" and value in (1, 2) and not last:
        # "the first fortnight of April", "la deuxième quinzaine de mars": a half of the month
        p.half = value
        k = _container(ps, j + 1, end, p, "month")
        if p.month is None and p.month_shift is None:
            p.half = None
            return i
        return k
    count = numbers.number_at(ps, j) if value == 1 and not last else None
    if count is not None and count[0] in (3, 6) and ps.w(count[1]) in lx.UNITS \
            and lx.UNITS[ps.w(count[1])] == "month" and ps.w(count[1] + 1) == "of":
        # "the first three (six) months of the year / of 2024": the first quarter (half)
        if count[0] == 3:
            p.quarter = 1
        else:
            p.half = 1
        return _container(ps, count[1] + 1, end, p, "year")
    if w in lx.WEEKDAYS or w in ("day", "week", "weekend", "month") or (w == "week" and ps.w(j + 1) == "-"):
        unit = "weekday" if w in lx.WEEKDAYS else w
        if w in lx.WEEKDAYS:
            p.weekday = lx.WEEKDAYS[w]
        k = j + 1
        if w == "week" and ps.w(k) == "-" and ps.w(k + 1) == "end":
            unit = "weekend"
            k += 2
        p.nth = (-value if last else value, unit)
        # "third tuesday after christmas 2014"
        if ps.w(k) in ("after", "before") and unit == "weekday":
            sign = 1 if ps.w(k) == "after" else -1
            inner = ps.point(k + 1, end)
            p.nth = None
            p.anchored = (sign * value, "weekday", inner)
            return end
        if ps.w(k) in ("of", "in"):
            return _container(ps, k, end, p, "month")
        if ps.w(k) in lx.MONTHS or (ps.num(k) is not None and len(ps.words[k]) == 4):
            return _container(ps, k, end, p, "month")
        if w in lx.WEEKDAYS or unit == "day":
            # "the first Monday" alone: of this month
            return k
        return k
    if last:
        return i
    if w in ("century",) or (w == "-" and ps.w(j + 1) == "century"):
        p.century = (value - 1) * 100
        return j + 1 if w == "century" else j + 2
    # day of month: "the 15th", "15th of february", "the 20th of next month", "on the first"
    if 1 <= value <= 31:
        if p.day is not None:
            return i
        p.day = value
        k = j
        if ps.w(k) == "day" and ps.w(k + 1) == "of":
            k += 1
        if ps.w(k) == "of" or (ps.w(k) in lx.MONTHS):
            if ps.w(k) == "of":
                k += 1
            if ps.w(k) == "the":
                k += 1
            if ps.w(k) in lx.MONTHS:
                return absolute.month(ps, k, end, p)
            if ps.w(k) in lx.RELATIVE and ps.w(k + 1) == "month":
                p.month_shift = lx.RELATIVE[ps.w(k)]
                return k + 2
            if ps.w(k) == "month":
                p.month_shift = 0
                return k + 1
        return j
    return i


def _container(ps: Parser, k: int, end: int, p: Components, default: str) -> int:
    """What an ordinal counts within: 'of 2018', 'of October 2014', 'of last month', 'of this year'."""
    if ps.w(k) in ("of", "in"):
        k += 1
    if ps.w(k) == "the":
        k += 1
    if ps.num(k) is not None and len(ps.words[k]) == 4:
        p.year = ps.num(k)
        return k + 1
    if ps.w(k) in lx.MONTHS:
        return absolute.month(ps, k, end, p)
    if ps.w(k) in lx.RELATIVE and ps.w(k + 1) in lx.UNITS:
        unit = lx.UNITS[ps.w(k + 1)]
        if unit == "month":
            p.month_shift = lx.RELATIVE[ps.w(k)]
        elif unit == "year":
            p.year_shift = lx.RELATIVE[ps.w(k)]
        return k + 2
    if ps.w(k) in ("month",):
        p.month_shift = 0
        return k + 1
    if ps.w(k) in ("year",):
        p.year_shift = 0
        return k + 1
    return k


def _h_half_word(ps: Parser, i: int, end: int, p: Components) -> int:
    """'the back half of 2025', 'the front half of the year', 'the latter half of March'."""
    j = parts.part_of(ps, i, end, p)  # "the latter part of the year"
    if j > i:
        return j
    j = i + 2 if ps.w(i + 1) == "-" else i + 1
    if ps.w(j) != "half" or p.half is not None:
        return i
    p.half = lx.HALVES[ps.words[i]]
    return _container(ps, j + 1, end, p, "year")


def season(ps: Parser, i: int, end: int, p: Components) -> int:
    p.season = lx.SEASONS[ps.words[i]]
    j = i + 1
    if ps.w(j) == "months" and p.year is None:
        j += 1  # "the summer months": the season
    if ps.w(j) == "of":
        j += 1
    year = ps.num(j)
    if year is not None and len(ps.words[j]) == 4:
        p.year = year
        return split_year(ps, j + 1, year)
    return j


def split_year(ps: Parser, j: int, year: int) -> int:
    """After a year at j - 1, the year after it written as its second half ('winter 2024/25',
    'the 2024-2025 season'): the index after it, or j when no such year follows. The season
    or period belongs to the year it starts in."""
    if ps.w(j) not in ("-", "/") or not ps.adjacent(j) or not ps.adjacent(j + 1):
        return j
    second = ps.num(j + 1)
    digits = len(ps.w(j + 1))
    if second is not None and (digits == 2 and second == (year + 1) % 100 or digits == 4 and second == year + 1):
        return j + 2
    return j


# The words this family's readers start on (merged into the registry's WORD_HANDLERS).
HANDLERS: dict[str, Handler] = {
    "the": _h_the,
    "weekend": _h_weekend,
    "wkend": _h_weekend,
    "week": _h_week,
    **dict.fromkeys(lx.WHOLE, _h_whole),
    "month": _h_unit_after,
    "year": _h_unit_after,
    "quarter": _h_unit_after,
    "decade": _h_unit_after,
    "century": _h_unit_after,
    **dict.fromkeys(lx.HALVES, _h_half_word),
}


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("the coming week", "2025-03-10", "2025-03-17", "week", "2025-W11"),
    ("week 12", "2024-03-18", "2024-03-25", "week", "2024-W12"),  # a numbered ISO week: its year by prefer
    ("week 10 of 2024", "2024-03-04", "2024-03-11", "week", "2024-W10"),
    ("the first fortnight of February", "2025-02-01", "2025-02-16", "day", "2025-02"),
    ("last weekend", "2025-03-01", "2025-03-03", "weekend", "2025-W09-WE"),
    ("the month after next", "2025-05-01", "2025-06-01", "month", "2025-05"),
    ("last summer", "2024-06-21", "2024-09-23", "season", "2024-SU"),
    ("spring 2025", "2025-03-20", "2025-06-21", "season", "2025-SP"),
    ("this winter", "2024-12-21", "2025-03-20", "season", "2024-WI"),
    ("Q1 2025", "2025-01-01", "2025-04-01", "quarter", "2025-Q1"),
    ("the first quarter", "2025-01-01", "2025-04-01", "quarter", "2025-Q1"),
    ("the third quarter of 2024", "2024-07-01", "2024-10-01", "quarter", "2024-Q3"),
    ("third-quarter", "2024-07-01", "2024-10-01", "quarter", "2024-Q3"),  # prefer past: 2025's has not begun
    ("by year-end", "2025-01-01", "2026-01-01", "year", "2025"),
    ("the first three months of the year", "2025-01-01", "2025-04-01", "quarter", "2025-Q1"),
    ("the first six months of 2024", "2024-01-01", "2024-07-01", "quarter", "2024-H1"),
    ("quarter-end", "2025-01-01", "2025-04-01", "quarter", "2025-Q1"),
    ("2025-Q1", "2025-01-01", "2025-04-01", "quarter", "2025-Q1"),
    ("the first half of 2025", "2025-01-01", "2025-07-01", "quarter", "2025-H1"),
    # half of a month: days 1-15 and 16 to the end, not the year's half
    ("the second half of March", "2025-03-16", "2025-04-01", "day", "2025-03"),
    ("the first half of next month", "2025-04-01", "2025-04-16", "day", "2025-04"),
    ("the back half of 2025", "2025-07-01", "2026-01-01", "quarter", "2025-H2"),
    ("winter 2024/25", "2024-12-21", "2025-03-20", "season", "2024-WI"),
    ("the week after", "2025-03-10", "2025-03-17", "week", "2025-W11"),
    ("all year", "2025-01-01", "2026-01-01", "year", "2025"),
    ("the second half of February 2024", "2024-02-16", "2024-03-01", "day", "2024-02"),
    ("the 1990s", "1990-01-01", "2000-01-01", "decade", "199"),
    ("the '90s", "1990-01-01", "2000-01-01", "decade", "199"),
    ("the nineties", "1990-01-01", "2000-01-01", "decade", "199"),
    ("the early 2000s", "2000-01-01", "2004-01-01", "year", "200"),
    ("the 20th century", "1900-01-01", "2000-01-01", "century", "19"),
    ("the nineteenth century", "1800-01-01", "1900-01-01", "century", "18"),
]
