"""Absolute and numeric dates: ISO dates, weeks and quarters, 6/3/2025 by date order, '6 March 2025', 'March 6th, 2025', years, decades written in digits, 'the ides of March'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.errors import ImpossibleDateError, OutOfRangeError
from timeline.grammar.expression import Components
from timeline.grammar.families import numbers, offsets, times, units
from timeline.grammar.families.handlers import Handler
from timeline.grammar.tokens import Token

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

def _h_ides(ps: Parser, i: int, end: int, p: Components) -> int:
    j = i + 1
    if ps.w(j) == "of" and ps.w(j + 1) in lx.MONTHS:
        month_number = lx.MONTHS[ps.w(j + 1)]
        p.day = 15 if month_number in (3, 5, 7, 10) else 13
        return month(ps, j + 1, end, p)
    return i


def numeric(ps: Parser, i: int, end: int, p: Components) -> int:
    toks = ps.toks
    t = toks[i]
    n = t.number
    assert n is not None
    digits = len(t.text)
    nxt = ps.w(i + 1)
    if not nxt:
        return _number_last(ps, i, end, p, t, n, digits)
    adj = ps.adjacent(i + 1)
    if digits == 4 and nxt in ("-", "/") and adj:
        k = units.split_year(ps, i + 1, n)
        if k > i + 1 and ps.w(k) in lx.SEASONS:
            p.year = n  # "the 2024-25 winter", "the 2024/2025 winter": the winter that starts in 2024
            return k
    # ISO and other all-numeric dates: YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY-Qn
    if digits == 4 and nxt in ("-", "/", ".") and adj and i + 2 < end and ps.adjacent(i + 2):
        third = toks[i + 2]
        if third.number is not None:
            if nxt != "." and i + 3 < end and ps.w(i + 3) == nxt and ps.adjacent(i + 3) \
                    and ps.num(i + 4) is not None and ps.adjacent(i + 4):
                _set_date(ps, p, n, third.number, ps.num(i + 4) or 0, i)
                j = i + 5
                return _iso_time(ps, j, end, p)
            if third.number <= 12 and len(third.text) <= 2 and nxt in ("-", "/"):
                p.year, p.month = n, third.number
                return i + 3
        elif third.text == "w" and ps.num(i + 3) is not None and ps.adjacent(i + 3):
            p.year, p.iso_week = n, ps.num(i + 3)
            return i + 4
        elif third.text == "q" and ps.num(i + 3) is not None and ps.adjacent(i + 3):
            p.year, p.quarter = n, ps.num(i + 3)
            return i + 4
        elif third.text in ("h", "s") and ps.num(i + 3) in (1, 2) and ps.adjacent(i + 3):
            p.year, p.half = n, ps.num(i + 3)
            return i + 4
    if digits in (2, 4) and nxt == "q" and adj and ps.num(i + 2) is not None and ps.adjacent(i + 2):
        p.quarter = ps.num(i + 2)
        p.year = n if digits == 4 else 2000 + n
        return i + 3
    if digits == 4 and nxt in ("w",) and adj and ps.num(i + 2) is not None:
        p.year, p.iso_week = n, ps.num(i + 2)
        return i + 3
    # decades: 1990s, 90s, '90s; a hundred before 2000 names its century ("the 1800s", "the early 1900s")
    if nxt == "s" and adj and digits in (2, 4) and n % 10 == 0:
        if digits == 4 and n % 100 == 0 and n < 2000:
            p.century = n
        else:
            p.decade = n if digits == 4 else (1900 + n if n >= 30 else 2000 + n)
        return i + 2
    # British and European dotted times: 4.30pm, 18.30 GMT, at 19.05 (a dotted pair alone is a day and month)
    if nxt == "." and adj and n <= 24 and ps.adjacent(i + 2) and len(ps.w(i + 2)) == 2 \
            and (ps.num(i + 2) or 0) < 60 and ps.num(i + 2) is not None and ps.w(i + 3) != "." \
            and (times._ampm_at(ps, i + 3) is not None or ps.w(i + 3) in lx.ZONES or (i > 0 and ps.words[i - 1] == "at")):
        return times._set_time(ps, p, n, ps.num(i + 2), None, i + 3, end, i)
    # numeric day-month-year: 6/3/2025, 3.6.25, 2/15, 10-31-74, 2/2013
    if nxt in ("/", "-", ".") and adj and ps.num(i + 2) is not None and digits <= 2:
        j = numeric_date(ps, i, end, p)
        if j > i:
            return j
    if nxt in ("/", "-") and ps.num(i + 2) is not None and digits <= 2 and ps.n == 3 \
            and not adj:
        j = numeric_date(ps, i, end, p)
        if j > i:
            return j
    # times: 10:30, 15:23:24, 15h30, 3h18, 16h
    if nxt == ":" and adj and ps.num(i + 2) is not None and ps.adjacent(i + 2) and n <= 24:
        minute = ps.num(i + 2) or 0
        j = i + 3
        second = None
        if ps.w(j) == ":" and ps.num(j + 1) is not None:
            second = ps.num(j + 1)
            j += 2
        return times._set_time(ps, p, n, minute, second, j, end, i)
    if nxt in ("h", "q") and adj and digits == 1 and 1 <= n <= (2 if nxt == "h" else 4) \
            and ps.text[toks[i + 1].start:toks[i + 1].end] in ("H", "Q"):
        # the financial press's halves and quarters, "1H25", "2H 2025", "3Q24", "4Q": a capital H is never an hour's
        year = ps.num(i + 2)
        k = i + 3 if year is not None and (len(ps.words[i + 2]) == 2 and ps.adjacent(i + 2)
                                            or len(ps.words[i + 2]) == 4) else i + 2 if i + 2 >= end else 0
        if k:
            if nxt == "h":
                p.half = n
            else:
                p.quarter = n
            if year is not None and k == i + 3:
                p.year = year if year >= 100 else 2000 + year
            return k
    if nxt == "h" and adj and n <= 24:
        j = i + 2
        minute_h: int | None = None
        if ps.num(j) is not None and ps.adjacent(j):
            minute_h = ps.num(j)
            j += 1
        p.time_exact = True
        return times._set_time(ps, p, n, minute_h if minute_h is not None else 0, None, j, end, i,
                              grain="minute")
    # ordinal day: 15th, 1st
    if nxt in lx.ORDINAL_SUFFIXES and adj:
        return units.ordinal(ps, i, end, p, (n, i + 2))
    # number followed by a unit: offsets and runs ("3 days ago", "in 2 weeks")
    if nxt in lx.UNITS or nxt in ("'", '"', "upcoming") or (nxt in lx.WEEKDAYS and nxt.endswith("s")):
        j = offsets.number_phrase(ps, i, end, p)
        if j > i:
            return j
    # day + month name: 6 March, 14april, 31-Oct-74, 31/Oct/1974
    k = i + 1
    if nxt in ("-", "/", ".") and adj:
        k += 1
    elif nxt == "of":
        k += 1
        if ps.w(k) == "the":
            k += 1
        if ps.w(k) in lx.RELATIVE and ps.w(k + 1) == "month" and 1 <= n <= 31:
            p.day, p.month_shift = n, lx.RELATIVE[ps.w(k)]
            return k + 2
    if ps.w(k) in lx.MONTHS and 1 <= n <= 31:
        p.day = n
        return month(ps, k, end, p)
    if nxt == "a" and ps.w(i + 2) == "." and ps.w(i + 3) == "d":
        p.year = n
        j = i + 4
        if ps.w(j) == ".":
            j += 1
        return j
    if digits == 4 and nxt in lx.ZONES and n // 100 < 24 and n % 100 < 60 and ps.text[toks[i + 1].start].isupper():
        # the wires' clock: "1400 GMT", "0300 ET" (a year is never followed by a zone), on the 24-hour clock
        p.time_exact = True
        return times._set_time(ps, p, n // 100, n % 100, None, i + 1, end, i)
    # times with am/pm: 3pm, 10 am, 330 p.m., 1030
    ampm_j = times._ampm_at(ps, i + 1)
    if ampm_j is not None:
        hour, minute = (n, 0) if n <= 24 else divmod(n, 100)
        return times._set_time(ps, p, hour, minute if n > 24 else None, None, i + 1, end, i)
    return _number_last(ps, i, end, p, t, n, digits)


def _number_last(ps: Parser, i: int, end: int, p: Components, t: Token, n: int, digits: int) -> int:
    """The readings of a number that need no token after it (or whose next token no earlier rule of
    numeric() read): years, times by context, bare days and hours. A number that ends the view
    comes here at once: every earlier rule reads a next token."""
    # years
    if digits == 4 and 1000 <= n <= 2999 and not _four_digit_time(ps, i, n, p):
        if p.year is not None:
            raise ps.error("two years in one expression", i)
        p.year = n
        j = i + 1
        era = ps.w(j)
        if not era:
            return j  # the year ends the view ("Easter 2024")
        if era in ("ad", "ce"):
            j += 1
        elif era == "a" and ps.w(j + 1) == "." and ps.w(j + 2) == "d":
            j += 3
            if ps.w(j) == ".":
                j += 1
        elif era in ("bc", "bce") or (era == "b" and ps.w(j + 1) == "."):
            raise OutOfRangeError("years before the common era are not supported", ps.text,
                                  ps.text[t.start:], t.start)
        return j
    if digits in (3, 4) and n % 100 < 60 and n // 100 <= 24 and times._time_context(ps, i):
        return times._set_time(ps, p, n // 100, n % 100, None, i + 1, end, i)
    if ps.w(i + 1) in ("ad", "a") and (ps.w(i + 1) == "ad" or ps.w(i + 2) == "."):
        p.year = n
        j = i + 2
        while ps.w(j) in (".", "d"):
            j += 1
        return j
    # a two-digit year after a month: "14th April 15", "May 25"? handled in month()
    # bare small numbers: an hour in time context, a day of month after "the"/"on"
    if n <= 24 and (times._time_context(ps, i) or p.daypart is not None or p.rel_day is not None
                    or ps.w(i + 1) in ("oclock", "o'clock", "tonight", "tonite", "tomorrow", "today")
                    or (ps.w(i + 1) == "this" and ps.w(i + 2) in lx.PARTS_OF_DAY)
                    or (ps.w(i + 1) == "in" and ps.w(i + 2) == "the"
                        and ps.w(i + 3) in ("morning", "afternoon", "evening", "night", "am", "pm"))
                    or p.weekday is not None):
        if ps.w(i + 1) in lx.NUMBER_WORDS or (ps.num(i + 1) is not None and n <= 12
                                                 and (ps.num(i + 1) or 0) < 60
                                                 and len(ps.words[i + 1]) == 2):
            got = times._minutes_after(ps, i + 1)
            if got is not None:
                p.minute_said = True
                return times._set_time(ps, p, n, got[0], None, got[1], end, i)
        j = i + 1
        if ps.w(j) in ("oclock",):
            p.clock_word = True
            j += 1
        return times._set_time(ps, p, n, None, None, j, end, i)
    if 1 <= n <= 31 and i > 0 and ps.words[i - 1] in ("the", "on") and p.day is None:
        p.day = n
        return i + 1
    if n <= 24 and i == 0 and ps.n == 1:
        return times._set_time(ps, p, n, None, None, i + 1, end, i)
    if digits in (3, 4) and n % 100 < 60 and n // 100 <= 24 and (p.daypart or p.rel_day is not None):
        return times._set_time(ps, p, n // 100, n % 100, None, i + 1, end, i)
    if 1 <= n <= 31 and p.month is not None and p.day is None:
        p.day = n
        return i + 1
    return i


def _four_digit_time(ps: Parser, i: int, n: int, p: Components) -> bool:
    """'at 1030', 'around 1030' are times; 'by 2030', 'in 1989' are years."""
    if p.hour is not None or n % 100 >= 60 or i == 0:
        return False
    prev = ps.words[i - 1]
    return prev in ("at", "@") or (prev in ("around", "approximately", "about") and n < 1300)


def _iso_time(ps: Parser, j: int, end: int, p: Components) -> int:
    """An ISO time after an ISO date: 2025-03-06T10:00, '2015-03-28 17:00:00'."""
    if j < end and ps.w(j) == "t" and ps.adjacent(j) and ps.num(j + 1) is not None:
        j += 1
    if j < end and ps.num(j) is not None and ps.w(j + 1) == ":":
        return numeric(ps, j, end, p)
    if j < end and ps.w(j).startswith("t") and ps.adjacent(j):
        rest = ps.w(j)[1:]
        if rest.isdigit():
            return j
    return j


def numeric_date(ps: Parser, i: int, end: int, p: Components) -> int:
    """d/m/y, m/d/y or y/m/d by date_order; d/m or m/d; m/yyyy."""
    a = ps.num(i)
    sep = ps.w(i + 1)
    b = ps.num(i + 2)
    assert a is not None and b is not None
    j = i + 3
    c: int | None = None
    c_digits = 0
    if ps.w(j) == sep and ps.num(j + 1) is not None and (ps.adjacent(j) or not ps.adjacent(i + 1)):
        c = ps.num(j + 1)
        c_digits = len(ps.words[j + 1])
        j += 2
    if c is None:
        if len(ps.words[i + 2]) == 4 and 1 <= a <= 12:
            p.month, p.year = a, b
            return j
        if sep == "." and not ps.adjacent(i + 1):
            return i
        day, month = _order_pair(ps, a, b, i)
        p.day, p.month = day, month
        return j
    year = c
    if c_digits == 2:
        year = 1900 + c if c >= 50 else 2000 + c
    elif c_digits != 4:
        return i
    order = ps.date_order
    if order == "YMD":
        order = "DMY"
    if order == "AUTO":
        # DMY unless only the MDY reading is a date (10/31/1974): unambiguous either way
        order = "MDY" if b > 12 >= a else "DMY"
    if a > 12 and b > 12:
        raise ps.error(f"{ps.text[ps.toks[i].start:ps.toks[j - 1].end]!r} is not a date "
                         f"(neither {a} nor {b} is a month)", i, kind=ImpossibleDateError)
    if order == "DMY":
        day, month = a, b
        if month > 12 and day <= 12:
            raise ps.error(
                f"{ps.text[ps.toks[i].start:ps.toks[j - 1].end]!r} is not a valid DMY date "
                f"(month {month}); set date_order: MDY for US dates", i, kind=ImpossibleDateError)
    else:
        month, day = a, b
        if month > 12 and day <= 12:
            raise ps.error(
                f"{ps.text[ps.toks[i].start:ps.toks[j - 1].end]!r} is not a valid MDY date "
                f"(month {month}); set date_order: DMY", i, kind=ImpossibleDateError)
    _set_date(ps, p, year, month, day, i)
    return j


def _order_pair(ps: Parser, a: int, b: int, i: int) -> tuple[int, int]:
    if ps.date_order == "MDY":
        return b, a
    if ps.date_order in ("DMY", "AUTO"):
        if b > 12 and a <= 12:
            return b, a  # unambiguous US form like 2/15
        return a, b
    return b, a


def _set_date(ps: Parser, p: Components, year: int, month: int, day: int, i: int) -> None:
    if p.year is not None and p.year != year:
        raise ps.error("two different years in one expression", i)
    p.year, p.month, p.day = year, month, day


def quarter_of_months(ps: Parser, k: int) -> int | None:
    """The quarter named by the months around the dash at *k*: "April-June quarter", "October-December
    period" (business usage), when those three months make a calendar quarter; else None."""
    first, last = lx.MONTHS.get(ps.w(k - 1)), lx.MONTHS.get(ps.w(k + 1))
    if first is None or last is None or ps.w(k) not in ("-", "to", "through") \
            or ps.w(k + 2) not in ("quarter", "qtr", "period") or last - first != 2 or first % 3 != 1:
        return None
    return (first - 1) // 3 + 1


def month(ps: Parser, i: int, end: int, p: Components) -> int:
    month = lx.MONTHS[ps.words[i]]
    word = ps.words[i]
    # "may" and "march" are also verbs; only accept them where a date makes sense (the grammar
    # reads whole expressions, so a lone "May" is the month).
    if p.month is not None and p.month != month:
        return i
    j = i + 1
    quarter = quarter_of_months(ps, j) if p.quarter is None and p.day is None else None
    if quarter is not None:
        # "the April-June quarter": that calendar quarter, its year as for "the second quarter"
        p.quarter = quarter
        return j + 3
    p.month = month
    if ps.w(j) in ("quarter", "qtr", "period") and ps.w(i - 1) in ("-", "to", "through") \
            and ps.w(i - 2) in lx.MONTHS and i >= 2:
        return j + 1  # "the May-July quarter" (not a calendar one), "the May-July period": those months
    if ps.w(j) in ("quarter", "qtr") and p.quarter is None and p.day is None:
        # "the December quarter": the quarter that holds the month (the month read by prefer)
        p.quarter = (month - 1) // 3 + 1
        return j + 1
    if ps.w(j) == "." and word != "may":
        j += 1
    if ps.w(j) in ("-", "/") and ps.adjacent(j) and ps.num(j + 1) is not None:
        j += 1
    # March 6, March 6th, March the 6th, March first, Feb13
    k = j
    if ps.w(k) == "the":
        k += 1
    ordinal = numbers.ordinal_at(ps, k)
    if ordinal and 1 <= ordinal[0] <= 31 and p.day is None:
        p.day = ordinal[0]
        j = ordinal[1]
    elif ps.num(k) is not None and p.day is None and len(ps.words[k]) <= 2 \
            and 1 <= (ps.num(k) or 0) <= 31 and ps.w(k + 1) not in lx.UNITS \
            and ps.w(k + 1) not in (":", "h") and times._ampm_at(ps, k + 1) is None:
        p.day = ps.num(k)
        j = k + 1
    # year: March 2025, March 6, 2025, 31-Oct-74, 14th April 15
    k = j
    if ps.w(k) in (",", "-", "/", "of") and ps.num(k + 1) is not None:
        k += 1
    if ps.num(k) is not None and p.year is None:
        digits = len(ps.words[k])
        if digits == 4 and ps.w(k + 1) not in (":", "h") and times._ampm_at(ps, k + 1) is None \
                and not (ps.w(k + 1) in lx.UNITS):
            p.year = ps.num(k)
            return k + 1
        if digits == 2 and p.day is not None and (
                (i > 0 and ps.words[i - 1] in ("-", "/") and ps.w(k - 1) == ps.words[i - 1])
                or (ps.w(k - 1) not in ("-", "/") and (k + 1 == end or ps.w(k + 1) == ""))) \
                and ps.w(k + 1) not in (":", "h") and times._ampm_at(ps, k + 1) is None:
            n = ps.num(k) or 0
            p.year = 1900 + n if n >= 50 else 2000 + n
            return k + 1
    if ps.w(j) == "," and p.day is not None:
        j += 1
    year_words = numbers.year_words_at(ps, j)
    if year_words:
        p.year = year_words[0]
        return year_words[1]
    # "March after next"
    if ps.w(j) == "after" and ps.w(j + 1) == "next":
        p.year_shift = 2
        return j + 2
    return j


# The words this family's readers start on (merged into the registry's WORD_HANDLERS).
HANDLERS: dict[str, Handler] = {
    "ides": _h_ides,
}


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("2025-W10", "2025-03-03", "2025-03-10", "week", "2025-W10"),
    ("2025-03", "2025-03-01", "2025-04-01", "month", "2025-03"),
    ("the October-December quarter", "2024-10-01", "2025-01-01", "quarter", "2024-Q4"),  # prefer past
    ("the January-March period", "2025-01-01", "2025-04-01", "quarter", "2025-Q1"),
    ("the May-July quarter", "2024-05-01", "2024-08-01", "month", "2024-05/2024-07"),  # not a calendar quarter
    ("March 6th, 2025", "2025-03-06", "2025-03-07", "day", "2025-03-06"),
    ("6/3/2025", "2025-03-06", "2025-03-07", "day", "2025-03-06"),
    ("10/31/1974", "1974-10-31", "1974-11-01", "day", "1974-10-31"),
    ("in 2030", "2030-01-01", "2031-01-01", "year", "2030"),
    ("since 1989", "1989-01-01", "1990-01-01", "year", "1989"),
    ("the 1800s", "1800-01-01", "1900-01-01", "century", "18"),
    ("1H25", "2025-01-01", "2025-07-01", "quarter", "2025-H1"),
    ("3Q24", "2024-07-01", "2024-10-01", "quarter", "2024-Q3"),
    ("1400 GMT", "2025-03-06T14:00", "2025-03-06T14:01", "minute", "2025-03-06T14:00"),
]
