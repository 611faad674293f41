"""Offsets from the reference or from another date: '3 days ago', 'in 2 weeks', 'a week on Sunday', '3 days after Easter', '2 days after <event-id>'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.grammar.expression import Components, coming_weekday
from timeline.grammar.families import numbers, times
from timeline.grammar.families.handlers import Handler
from timeline.grammar.families.holidays import _match_holiday
from timeline.grammar.words import _looks_like_date_word

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

def _h_in(ps: Parser, i: int, end: int, p: Components) -> int:
    """'in 3 days', 'in a week', 'in 15' (minutes), 'in 1/2h'; 'in the early hours (of the morning)'."""
    if ps.w(i + 1) == "the" and ps.w(i + 2) == "early" and ps.w(i + 3) == "hours":
        p.daypart, p.daypart_mod = "morning", "early"
        k = i + 4
        if ps.w(k) == "of" and ps.w(k + 1) == "the" and ps.w(k + 2) == "morning":
            k += 3
        return k
    j0 = i + 1
    while ps.w(j0) in ("about", "around", "approximately", "roughly"):
        j0 += 1
    got = numbers.number_at(ps, j0)
    if got is None:
        return i + 1
    value, j = got
    unit_word = ps.w(j)
    if unit_word == "more":
        j += 1
        unit_word = ps.w(j)
    if unit_word in lx.UNITS:
        unit = lx.UNITS[unit_word]
        if unit == "fortnight":
            value, unit = value * 2, "week"
        if _and_a_half(ps, j + 1):
            value, j = value + 0.5, j + 3  # "in a day and a half"
        p.offset = (value, unit)
        return j + 1
    if unit_word == "'":
        p.offset = (value, "minute")
        return j + 1
    if unit_word == '"':
        p.offset = (value, "second")
        return j + 1
    if j >= end and ps.toks[i + 1].number is not None and value < 60:
        p.offset = (value, "minute")  # "in 15": minutes, as people say it
        return j
    return i + 1


def number_phrase(ps: Parser, i: int, end: int, p: Components) -> int:
    """N units ago/hence/from now/later/earlier/back; N weekdays from now; upcoming."""
    year_words = numbers.year_words_at(ps, i)
    if year_words:
        if p.year is not None:
            return i
        p.year = year_words[0]
        return year_words[1]
    got = numbers.number_at(ps, i)
    if got is None:
        return i
    value, j = got
    unit_word = ps.w(j)
    if unit_word == "-" and ps.w(j + 1) in lx.UNITS:
        j += 1  # "two-day"
        unit_word = ps.w(j)
    if unit_word == "upcoming":
        if ps.w(j + 1) in lx.UNITS:
            p.nth_ahead = (lx.UNITS[ps.w(j + 1)], int(value))
            return j + 2
        return i
    if unit_word in lx.WEEKDAYS and unit_word.endswith("s"):
        p.weekday = lx.WEEKDAYS[unit_word]
        k = j + 1
        if ps.w(k) == "from" and ps.w(k + 1) == "now":
            p.nth_ahead = ("weekday", int(value))
            return k + 2
        if ps.w(k) in ("ago", "back"):
            p.nth_ahead = ("weekday", -int(value))
            return k + 1
        return i
    if unit_word in lx.UNITS:
        unit = lx.UNITS[unit_word]
    elif unit_word == "'":
        unit = "minute"
    elif unit_word == '"':
        unit = "second"
    else:
        # a bare number word: a time ("at three", "eight tonight", "ten thirty")
        if ps.toks[i].number is None and value == int(value) and 0 <= value <= 12 \
                and ps.words[i] not in ("a", "an", "few", "several", "couple", "pair", "single"):
            minutes = times._minutes_after(ps, j)
            if minutes is not None and (times._ampm_at(ps, minutes[1]) is not None or minutes[1] >= end
                                         or ps.w(minutes[1]) in ("in", "tonight", "tomorrow", "today",
                                                                   "this", "on", "at")):
                return times._set_time(ps, p, int(value), minutes[0], None, minutes[1], end, i)
            if times._ampm_at(ps, j) is not None or times._time_context(ps, i) or p.daypart \
                    or ps.w(j) in ("tonight", "oclock", "in", "this", "tomorrow") or p.rel_day is not None \
                    or (i == 0 and j == end):
                return times._set_time(ps, p, int(value), None, None, j, end, i)
        return i
    k = j + 1
    if _and_a_half(ps, k):
        value, k = value + 0.5, k + 3  # "a year and a half ago"
    if unit == "fortnight":
        value, unit = value * 2, "week"
    if unit == "week" and ps.w(k) == "-" and ps.w(k + 1) == "end":
        unit, k = "weekend", k + 2
    w = ps.w(k)
    if w in ("ago", "back", "earlier", "before"):
        if w == "before" and k + 1 < end:
            return _anchored(ps, -value, unit, k + 1, end, p)
        p.offset = (-value, unit)
        return k + 1
    if w in ("hence", "later"):
        p.offset = (value, unit)
        return k + 1
    if w == "after" and k + 1 < end:
        return _anchored(ps, value, unit, k + 1, end, p)
    if w == "after" and k + 1 == end:
        p.offset = (value, unit)  # "a day after", "two weeks after": as "later", from the reference
        return k + 1
    if w == "from" and ps.w(k + 1) in ("now", "today"):
        p.offset = (value, unit)
        return k + 2
    if w == "from" and ps.w(k + 1) == "right" and ps.w(k + 2) == "now":
        p.offset = (value, unit)
        p.offset_exact = True
        return k + 3
    if w in lx.WEEKDAYS and k + 1 == end and value > 0 and unit in ("week", "fortnight"):
        # British "a week Friday": as "a week on Friday"
        p.anchored = (value, unit, coming_weekday(lx.WEEKDAYS[w]))
        return end
    if w in ("today", "tomorrow") and k + 1 == end and value > 0 and unit in ("day", "week", "month", "year"):
        # "a week today", "a fortnight tomorrow": counted from that day
        inner = Components()
        inner.rel_day = 0 if w == "today" else 1
        p.anchored = (value, unit, inner)
        return end
    if w in ("on", "from") and ps.w(k + 1) in lx.WEEKDAYS and k + 2 == end and value > 0:
        # "a week on Sunday", "a fortnight from Friday": counted from the coming one, the reference's own
        # day included, as "Sunday week" ("a week on Sunday" said on a Sunday is a week today)
        p.anchored = (value, unit, coming_weekday(lx.WEEKDAYS[ps.w(k + 1)]))
        return end
    if w == "from" and k + 1 < end:
        return _anchored(ps, value, unit, k + 1, end, p)
    if i > 0 and ps.words[i - 1] in ("in", "within") or (i > 1 and ps.words[i - 1] in ("more",)) or (
            i > 2 and ps.words[i - 3] == "within" and ps.words[i - 2] == "the" and ps.words[i - 1] in lx.RELATIVE
            and lx.RELATIVE[ps.words[i - 1]] == 1):
        # "within the next 12 months" is "within 12 months"
        p.offset = (value, unit)
        return k
    if i > 1 and ps.words[i - 1] == "in" and ps.words[i - 2]:
        p.offset = (value, unit)
        return k
    if w == "more" and ps.w(k + 1) in lx.UNITS:
        return i
    return i


def _and_a_half(ps: Parser, k: int) -> bool:
    """True when 'and a half' stands at k, after a unit: 'a year and a half'."""
    return ps.w(k) == "and" and ps.w(k + 1) in ("a", "an") and ps.w(k + 2) == "half"


def _anchored(ps: Parser, value: float, unit: str, k: int, end: int, p: Components) -> int:
    """'3 days after Easter', 'a week after <event-id>', 'the day before yesterday'."""
    rest = ps.toks[k:end]
    if len(rest) >= 1 and all(not t.space_before or idx == 0 for idx, t in enumerate(rest)) \
            and ps.text[rest[0].start:rest[-1].end].replace("-", "").replace("_", "").isalnum() \
            and not _looks_like_date_word(ps.words[k]) and (end - k > 1 or "-" in ps.text or
                                                              not ps.words[k].isalpha() or
                                                              _match_holiday(ps.words, k) is None):
        candidate = ps.text[rest[0].start:rest[-1].end]
        if not _looks_like_date_word(candidate.lower()) and _match_holiday(ps.words, k) is None:
            p.anchor_event = candidate
            p.offset = (value, unit)
            return end
    inner = ps.point(k, end)
    p.anchored = (value, unit, inner)
    return end


# The words this family's readers start on (merged into the registry's WORD_HANDLERS).
HANDLERS: dict[str, Handler] = {
    "in": _h_in,
}


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("3 days later", "2025-03-09", "2025-03-10", "day", "2025-03-09"),
    ("two weeks earlier", "2025-02-17", "2025-02-24", "week", "2025-W08"),
    ("a couple of days ago", "2025-03-04", "2025-03-05", "day", "2025-03-04"),
    ("three weeks from now", "2025-03-24", "2025-03-31", "week", "2025-W13"),
    ("half a century ago", "1975-01-01", "1976-01-01", "year", "1975"),
    ("a year and a half ago", "2023-09-01", "2023-10-01", "month", "2023-09"),
    ("a week Friday", "2025-03-14", "2025-03-15", "day", "2025-03-14"),
    ("a week today", "2025-03-13", "2025-03-14", "day", "2025-03-13"),
    ("a decade ago", "2010-01-01", "2020-01-01", "decade", "201"),
    ("the last 30 years", "1995-01-01", "2025-01-01", "year", "1995/P30Y"),
    ("the next two years", "2026-01-01", "2028-01-01", "year", "2026/P2Y"),
    ("last 2 weeks", "2025-02-17", "2025-03-03", "week", "2025-W08/P2W"),
    ("a week on Sunday", "2025-03-16", "2025-03-17", "day", "2025-03-16"),
    ("a week on Thursday", "2025-03-13", "2025-03-14", "day", "2025-03-13"),  # read on a Thursday: that day
    ("a fortnight from Friday", "2025-03-21", "2025-03-22", "day", "2025-03-21"),
]
