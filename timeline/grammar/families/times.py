"""Times of day and parts of the day: '10am', '15h30', 'half past three', 'a quarter to noon', 'midnight', 'this evening', 'after lunch'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from timeline import lexicon as lx
from timeline.errors import ExpressionError, ImpossibleDateError
from timeline.grammar.expression import Components
from timeline.grammar.families import numbers
from timeline.grammar.families.handlers import Handler

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

_CLOCK_WORDS: Final = frozenset({"past", "after", "to", "till", "before", "of", "from", "half"})


_CLOCK_STARTERS: Final = frozenset({"a", "an", "quarter", "half", "five", "ten", "twenty", "fifteen", "thirty",
                                    "twenty-five", "forty", "fifty"})


def _h_midnight(ps: Parser, i: int, end: int, p: Components) -> int:
    # midnight ends the day it names: "midnight Tuesday" is the start of Wednesday (news usage)
    p.hour, p.minute, p.time_grain = 24, None, "hour"
    p.time_exact = True
    return i + 1


def _h_after_lunch(ps: Parser, i: int, end: int, p: Components) -> int:
    """'after lunch', 'after school', 'after work', 'before lunch': parts of the day named by a meal or work."""
    w = ps.w(i + 1)
    if ps.words[i] == "before":
        if w == "lunch":
            p.daypart = "before_lunch"
            return i + 2
        return i
    if w == "lunch":
        p.daypart = "after_lunch"
        return i + 2
    if w == "school":
        p.daypart = "after_school"
        return i + 2
    if w == "work":
        p.daypart = "after_work"
        return i + 2
    return i


def clock_relative(ps: Parser, i: int, end: int, p: Components) -> int:
    """'a quarter past 3pm', 'twenty after 3', '15 minutes to noon', 'half past three', 'half three'."""
    j = i
    minutes: int | None
    if ps.w(j) == "half" and ps.w(j + 1) != "past":
        # British "half three" = 3:30
        half_hour = numbers.number_at(ps, j + 1)
        if half_hour and half_hour[0] == int(half_hour[0]) and 1 <= half_hour[0] <= 12 \
                and ps.w(j + 1) not in ("a", "an"):
            return _set_time(ps, p, int(half_hour[0]), 30, None, half_hour[1], end, i)
        return i
    if ps.w(j) in ("a", "an") and ps.w(j + 1) == "quarter":
        minutes, j = 15, j + 2
    elif ps.w(j) == "quarter":
        minutes, j = 15, j + 1
    elif ps.w(j) == "half":
        minutes, j = 30, j + 1
    else:
        got = numbers.number_at(ps, j)
        if got is None or got[0] != int(got[0]) or not 0 < got[0] < 60:
            return i
        minutes, j = int(got[0]), got[1]
        if ps.w(j) in ("minutes", "minute", "mins", "min"):
            j += 1
    rel = ps.w(j)
    if rel not in ("past", "after", "to", "till", "before", "of", "from"):
        return i
    if rel in ("after", "from", "before") and ps.w(j - 1) not in ("minutes", "minute", "mins", "min") \
            and minutes not in (15, 30) and ps.toks[i].number is not None:
        return i
    k = j + 1
    hour: int
    hp = Components()
    if ps.w(k) in ("noon", "midday"):
        hour, k = 12, k + 1
        hp.time_exact = True
    elif ps.w(k) == "midnight":
        hour, k = 0, k + 1
        hp.time_exact = True
    else:
        clock = numbers.number_at(ps, k)
        if clock is None or clock[0] != int(clock[0]) or not 0 <= clock[0] <= 24:
            return i
        hour, k2 = int(clock[0]), clock[1]
        try:
            k = _set_time(ps, hp, hour, None, None, k2, end, k)
        except ExpressionError:
            return i
        if ps.w(k - 1) == "h" and ps.num(k) is None:
            hp.time_exact = True
    sign = -1 if rel in ("to", "till", "before", "of") else 1
    base = hour * 60
    if hp.ampm == "pm" and hour < 12:
        base += 720
    elif hp.ampm == "am" and hour == 12:
        base = 0
    total = base + sign * minutes
    h, m = divmod(total % 1440, 60)
    p.hour, p.minute, p.time_grain = h, m, "minute"
    p.minute_said = True
    p.ampm = None
    p.time_exact = hp.ampm is not None or hp.time_exact or h > 12 or h == 0
    if hp.ampm is None and not hp.time_exact and 1 <= h <= 12:
        p.time_exact = False
    return k


def _time_context(ps: Parser, i: int) -> bool:
    if i == 0:
        return False
    prev = ps.words[i - 1]
    return prev in ("at", "@", "around", "approximately", "about", "by", "until", "till", "from",
                    "to", "-", "between", "and", "tonight", "tomorrow", "today", "morning", "evening",
                    "afternoon", "night")


def _minutes_after(ps: Parser, i: int) -> tuple[int, int] | None:
    """'ten thirty', 'twelve oh three', 'at 3 15': minutes written after the hour."""
    if ps.num(i) is not None:
        return ps.num(i) or 0, i + 1
    w = ps.w(i)
    if w in ("o", "oh", "ou", "zero", "nought"):
        j = i + 1
        if ps.w(j) == "-":
            j += 1
        got = numbers.number_at(ps, j)
        if got and got[0] < 10:
            return int(got[0]), got[1]
        return None
    if w in ("-",):
        return _minutes_after(ps, i + 1)
    got = numbers.number_at(ps, i)
    if got and w in lx.NUMBER_WORDS and w not in ("a", "an", "couple", "few", "several", "pair") \
            and got[0] < 60:
        return int(got[0]), got[1]
    return None


def _ampm_at(ps: Parser, j: int) -> int | None:
    """Index after an am/pm marker at j ('pm', 'p.m.', 'p m', 'a', 'in the PM'), or None."""
    w = ps.w(j)
    if w in ("am", "pm"):
        k = j + 1
        if ps.w(k) == ".":
            k += 1
        return k
    if w in ("a", "p") and (ps.adjacent(j) or ps.w(j + 1) in (".", "m")):
        k = j + 1
        if ps.w(k) == ".":
            k += 1
        if ps.w(k) == "m":
            k += 1
            if ps.w(k) == ".":
                k += 1
        return k
    if w == "in" and ps.w(j + 1) == "the" and ps.w(j + 2) in ("am", "pm"):
        return j + 3
    return None


def _set_time(ps: Parser, p: Components, hour: int, minute: int | None, second: int | None, j: int, end: int,
              i: int, grain: str | None = None) -> int:
    if p.hour is not None:
        raise ps.error("two times in one expression", i)
    if hour > 24 or (minute is not None and minute > 59) or (second is not None and second > 59):
        raise ps.error(f"no such time of day: {ps.text[ps.toks[i].start:ps.toks[min(j, ps.n) - 1].end]!r}", i,
                         kind=ImpossibleDateError)
    p.hour = hour
    p.minute = minute
    p.second = second
    p.time_grain = grain or ("second" if second is not None else "minute" if minute is not None else "hour")
    if hour > 12 or (ps.w(i).startswith("0") and len(ps.w(i)) == 2):
        p.time_exact = True
    k = _ampm_at(ps, j)
    if k is not None and k <= end:
        marker = ps.w(j)
        if marker == "in":
            marker = ps.w(j + 2)
        p.ampm = "pm" if marker.startswith("p") else "am"
        if hour > 12:
            raise ps.error(f"{hour} is not an hour on a 12-hour clock", i, kind=ImpossibleDateError)
        j = k
    if ps.w(j) == "oclock":
        p.clock_word = True
        j += 1
    return j


def daypart(ps: Parser, i: int, end: int, p: Components) -> int:
    word = ps.words[i]
    if word in ("noon", "midday"):
        j = _set_time(ps, p, 12, None, None, i + 1, end, i)
        p.time_exact = True  # 12:00, never midnight: "noon" read with prefer past before midday is yesterday's
        return j
    if p.daypart is not None and p.daypart != word:
        if word == "night" or p.daypart == "night":
            p.daypart = "night"
            return i + 1
        # "this morning at 10am" with "tomorrow morning": keep the first
        return i + 1
    p.daypart = word
    j = i + 1
    if word == "overnight" and ps.w(j) in lx.WEEKDAYS and ps.w(j + 1) == "into" and ps.w(j + 2) in lx.WEEKDAYS:
        j += 2  # "overnight Tuesday into Wednesday": the night named by the day it ends on
    if word == "overnight" and ps.w(j) == "into":
        j += 1  # "overnight into Thursday": the night that ends on Thursday morning
    if ps.w(j) == "ish":
        j += 1
    if ps.w(j) == "of":
        # "morning of xmas", "morning of the 15th of february"
        return j + 1
    return j


# The words this family's readers start on (merged into the registry's WORD_HANDLERS).
HANDLERS: dict[str, Handler] = {
    "midnight": _h_midnight,
    "after": _h_after_lunch,
    "before": _h_after_lunch,
}


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("10am", "2025-03-06T10:00", "2025-03-06T11:00", "hour", "2025-03-06T10:00"),
    ("midnight", "2025-03-07T00:00", "2025-03-07T01:00", "hour", "2025-03-07T00:00"),
    ("at 10am on Thursday", "2025-03-06T10:00", "2025-03-06T11:00", "hour", "2025-03-06T10:00"),
    ("a quarter past 3pm", "2025-03-06T15:15", "2025-03-06T15:16", "minute", "2025-03-06T15:15"),
    ("half past ten", "2025-03-06T10:30", "2025-03-06T10:31", "minute", "2025-03-06T10:30"),
    ("4.30pm", "2025-03-06T16:30", "2025-03-06T16:31", "minute", "2025-03-06T16:30"),
    ("at 18.30", "2025-03-06T18:30", "2025-03-06T18:31", "minute", "2025-03-06T18:30"),
    ("Friday at 9.15am", "2025-02-28T09:15", "2025-02-28T09:16", "minute", "2025-02-28T09:15"),
    ("before lunch", "2025-03-06T10:00", "2025-03-06T12:00", "part_of_day", "2025-03-06TMO"),
    ("after work", "2025-03-06T17:00", "2025-03-06T21:00", "part_of_day", "2025-03-06TEV"),
    ("overnight", "2025-03-05T18:00", "2025-03-06T06:00", "part_of_day", "2025-03-05TNI"),
    ("at dawn on Sunday", "2025-03-02T05:00", "2025-03-02T07:00", "part_of_day", "2025-03-02TMO"),
]
