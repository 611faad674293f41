"""Ranges and durations: 'from Monday to Wednesday', 'between 3 and 5 March', '3-4pm', 'July 13-15', '18th Dec for 10 days', 'a two-day visit'."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from timeline import lexicon as lx
from timeline.errors import ExpressionError, ExpressionSyntaxError
from timeline.grammar.expression import Components, Reading
from timeline.grammar.families import absolute, numbers, times, units
from timeline.grammar.tokens import Token
from timeline.grammar.words import _known_word

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

_CONNECTORS: Final = frozenset({"-", "–", "—", "to", "till", "til", "until", "untill", "thru", "through", "and", "/",
                                "from", "between", "later"})


_DURATION_UNITS = {"day": "day", "week": "week", "hour": "hour", "minute": "minute", "month": "month",
                   "year": "year", "night": "day"}


def _take_duration_adjective(toks: list[Token], text: str) -> tuple[list[Token], tuple[float, str] | None]:
    """'a two-day visit', 'Thursday's two-day summit': a duration written as an adjective.

    The tokens of the adjective (with its article and the noun it qualifies)
    are removed; what remains must still be a date.
    """
    for k in range(1, len(toks) - 1):
        unit = _DURATION_UNITS.get(toks[k + 1].text)
        if toks[k].text != "-" or unit is None or toks[k].space_before or toks[k + 1].space_before:
            continue
        first = toks[k - 1]
        value: float | None = float(first.number) if first.number is not None else (
            float(lx.NUMBER_WORDS[first.text]) if first.text in lx.NUMBER_WORDS else None)
        if value is None or value <= 0:
            continue
        start, stop = k - 1, k + 2
        if start > 0 and toks[start - 1].text in ("a", "an"):
            start -= 1
        if stop < len(toks) and toks[stop].number is None and toks[stop].text.isalpha() \
                and not _known_word(toks[stop].text):
            stop += 1  # the noun: visit, programme, summit...
        rest = toks[:start] + toks[stop:]
        if not rest:
            raise ExpressionSyntaxError(f"{text!r} is a duration, not a date: add when it starts "
                                  f"('Thursday, a two-day visit')", text, None, 0)
        return rest, (value, unit)
    return toks, None


def _trailing_duration(ps: Parser, i: int, end: int) -> tuple[tuple[float, str] | None, int]:
    """'18th Dec for 10 days', 'a two-day visit' -> a duration that extends the event."""
    if "for" not in ps.words:
        return None, end
    for k in range(i, end):
        if ps.words[k] == "for" and k > i:
            got = numbers.number_at(ps, k + 1)
            if got and got[1] < end and ps.w(got[1]) in lx.UNITS and got[1] + 1 == end:
                return (got[0], lx.UNITS[ps.w(got[1])]), k
    return None, end


def _interval(ps: Parser, i: int, end: int) -> Reading | None:
    """X - Y, X to Y, from X to Y, between X and Y, later than X but before Y."""
    words = ps.words
    first = words[i]
    if _CONNECTORS.isdisjoint(words) and first != "for":
        return None
    if "-" in words or "/" in words:
        seasons = _split_years(ps, i, end)
        if seasons is not None:
            return seasons
    if first in ("from", "between"):
        i += 1
        if ps.w(i) == "the" and first == "between":
            pass
    elif first == "later" and ps.w(i + 1) == "than":
        for k in range(i + 2, end - 2):
            if words[k] == "but" and words[k + 1] == "before":
                left = _try_point(ps, i + 2, k)
                right = _try_point(ps, k + 2, end)
                if left and right:
                    return _merge_interval(ps, left, right, True)
        return None
    for k in range(i + 1, end - 1):
        w = words[k]
        if w in ("-", "–", "—", "to", "till", "til", "until", "untill", "thru", "through", "and") \
                or (w == "/" and first != "from"):
            if w == "and" and first != "between" and "between" not in words[i:k]:
                continue  # "and" bounds a range only after "between" ("Thursday between 9:30 and 11:00")
            if w == "/" and not (k - i >= 5 and end - k >= 6 and ps.num(k - 1) is not None
                                 and ps.num(k + 1) is not None and len(ps.words[k + 1]) == 4):
                continue
            if w == "-" and _dash_is_part_of_date(ps, k):
                continue
            if absolute.quarter_of_months(ps, k) is not None:
                continue  # "the April-June quarter" is one quarter (absolute.month reads it)
            if w == "in" and words[k + 1] == "between":
                continue
            left_end, right_start = k, k + 1
            if w == "till" and ps.w(k + 1) == "the":
                right_start = k + 1
            left = None if _is_bare(ps, i, left_end) else _try_point(ps, i, left_end)
            right = None if _is_bare(ps, right_start, end) else _try_point(ps, right_start, end)
            if left is None and right is None and ps.w(i) == "the" and ps.w(right_start) == "the":
                # "from the 3rd to the 5th": two days of the month, each a point of its own
                left, right = _try_point(ps, i, left_end), _try_point(ps, right_start, end)
            if left is None and right is None and first in ("from", "between") and ps.w(i) != "the" \
                    and ps.w(right_start) != "the" and ps.w(k) != "and" and _is_bare(ps, i, left_end) \
                    and _is_bare(ps, right_start, end) and ps.w(i + 1) not in lx.ORDINAL_SUFFIXES:
                # "from 5 to 7", "de 5 à 7": two bare numbers are hours, read as a time alone
                # is ("from the 5th to the 7th" names days)
                clock = Components()
                clock.hour = 0
                left, right = _bare_side(ps, i, left_end, clock), _bare_side(ps, right_start, end, clock)
            if left is None and right is not None:
                left = _bare_side(ps, i, left_end, right)
            elif right is None and left is not None:
                right = _bare_side(ps, right_start, end, left)
            if left is None or right is None:
                continue
            return _merge_interval(ps, left, right, True)
    if first in ("from",):
        # "from 18th Dec for 10 days", "for 30' starting from 4pm"
        duration, end2 = _trailing_duration(ps, i, end)
        if duration:
            p = _try_point(ps, i, end2)
            if p:
                return Reading(ps.text, p, duration=duration)
    if first == "for":
        got = numbers.number_at(ps, i + 1)
        if got and got[1] < end:
            unit_i = got[1]
            unit = None
            if ps.w(unit_i) in lx.UNITS:
                unit = lx.UNITS[ps.w(unit_i)]
            elif ps.w(unit_i) == "'":
                unit = "minute"
            elif ps.w(unit_i) == '"':
                unit = "second"
            if unit:
                j = unit_i + 1
                if ps.w(j) == "starting":
                    j += 1
                if ps.w(j) == "from":
                    j += 1
                p = _try_point(ps, j, end)
                if p:
                    return Reading(ps.text, p, duration=(got[0], unit))
    return None


def _is_bare(ps: Parser, i: int, end: int) -> bool:
    """True for a side of a range that is only a small number: '13', 'the 15th', '15 of'."""
    k = i
    if ps.w(k) == "the":
        k += 1
    t = ps.toks[k] if k < end else None
    if t is None or t.number is None or len(t.text) > 2:
        return False
    k += 1
    if k < end and ps.w(k) in lx.ORDINAL_SUFFIXES:
        k += 1
    if k < end and ps.w(k) == "of":
        k += 1
    return k == end


def _bare_side(ps: Parser, i: int, end: int, other: Components) -> Components | None:
    """One side of a range that is only a number: a day ('July 13-15') or an hour ('3-4pm')."""
    k = i
    if ps.w(k) == "the":
        k += 1
    ordinal = numbers.ordinal_at(ps, k)
    number = numbers.number_at(ps, k)
    if ordinal is not None:
        value, k = ordinal
    elif number is not None and number[0] == int(number[0]):
        value, k = int(number[0]), number[1]
    else:
        return None
    if ps.w(k) == "of":
        k += 1
    rest = k
    if (other.day is not None or ps.w(i) == "the") and 1 <= value <= 31 and rest == end:
        day = Components()  # "July 13-15"; "the 20th until 6pm": a day, never an hour
        day.day = value
        return day
    if other.hour is not None and 0 <= value <= 24:
        p = Components()
        try:
            j = times._set_time(ps, p, value, None, None, k, end, i)
        except ExpressionError:
            return None
        if j == end:
            return p
    return None


def _split_years(ps: Parser, i: int, end: int) -> Reading | None:
    """'2024-25', 'the 2019/20 season', 'the 2024-2025 season': a season (of sport, of a
    parliament, of a crop) that spans a year and the next is those two years. 'YYYY-MM' stays an
    ISO month ('2024-12'), unless 'season' follows ('the 2011-12 season')."""
    j = i + 1 if ps.w(i) == "the" else i
    year = ps.num(j)
    if year is None or len(ps.words[j]) != 4:
        return None
    k = units.split_year(ps, j + 1, year)
    if k == j + 1:
        return None
    is_season = lx.UNITS.get(ps.w(k)) == "season"
    if ps.w(j + 1) == "-" and len(ps.words[j + 2]) == 2 and (ps.num(j + 2) or 0) <= 12 and not is_season:
        return None
    if is_season:
        k += 1
    if k != end:
        return None
    first, second = Components(), Components()
    first.year, second.year = year, year + 1
    return Reading(ps.text, first, second, end_inclusive=True)


def _dash_is_part_of_date(ps: Parser, k: int) -> bool:
    """'2025-03-06', '2015-3-3', '31-Oct-74', '10-31-74', 'mid-afternoon' keep their dashes."""
    prev = ps.toks[k - 1]
    nxt = ps.toks[k + 1]
    if prev.text == "mid" and ps.adjacent(k) and ps.adjacent(k + 1):
        return True  # "Friday mid-afternoon", "tomorrow mid-morning": one word
    if not (ps.adjacent(k) and ps.adjacent(k + 1)):
        # "2 - 15" alone is a month and day (Duckling's reading)
        return prev.number is not None and nxt.number is not None and prev.number <= 12 \
            and nxt.number <= 31 and k == 1 and ps.n == 3
    if prev.number is not None and len(prev.text) == 4:
        if nxt.number == prev.number + 1 and (ps.w(k - 2) in lx.SEASONS or ps.w(k - 3) in lx.SEASONS
                                              or ps.w(k + 2) in lx.SEASONS):
            return True  # "winter 2024-2025", "the winter of 2024-2025": one winter (units.split_year)
        return not (nxt.number is not None and len(nxt.text) == 4)
    if nxt.number is not None and len(nxt.text) == 4 and prev.number is not None:
        # "14-03-2024", "5-5-2013": the second dash of a day-month-year date; "3-2024" alone is a range
        return k >= 3 and ps.words[k - 2] == "-" and ps.adjacent(k - 1) and ps.toks[k - 3].number is not None \
            and len(ps.toks[k - 3].text) <= 2 and len(prev.text) <= 2 and ps.adjacent(k - 2)
    if prev.text in lx.MONTHS and nxt.text in lx.MONTHS:
        return False  # "April-June": a range of months
    if prev.text in lx.MONTHS or nxt.text in lx.MONTHS:
        # "31-Oct-74": a dash between a month and a number
        return prev.number is None or nxt.number is None
    if prev.number is not None and nxt.number is not None and k + 2 < ps.n \
            and ps.words[k + 2] == "-" and ps.adjacent(k + 2):
        return True
    if prev.number is not None and nxt.number is not None and k - 2 >= 0 \
            and ps.words[k - 2] == "-" and ps.adjacent(k - 1):
        return True
    return prev.number is not None and nxt.number is not None and ps.n == 3  # "2-15" alone is a date


def _try_point(ps: Parser, i: int, end: int) -> Components | None:
    if i >= end:
        return None
    ps.speculative += 1
    try:
        return ps.point(i, end)
    except ExpressionError:
        return None
    finally:
        ps.speculative -= 1


def _night_into_next_day(left: Components, right: Components) -> bool:
    """True when the left side is a night and the right side the bare day that night runs into:
    'the night of Saturday to Sunday', 'la nuit du 13 au 14 juillet'."""
    if left.daypart != "night" or right.has_time():
        return False
    if left.weekday is not None and right.weekday is not None:
        return right.weekday == (left.weekday + 1) % 7 and left.day is None and right.day is None
    if left.day is None or right.day is None or left.year != right.year and left.year is not None:
        return False
    if left.month is None or left.month == right.month:
        return right.day == left.day + 1
    return right.day == 1 and right.month == left.month % 12 + 1  # "du 31 mars au 1er avril"


def _day_read_as_hour(left: Components, right: Components) -> bool:
    """True when the left side has a bare number that the right side, a date without a time, shows to be
    a day of the month: 'from Monday 10 to Wednesday 12 March', 'von Montag, 10., bis Mittwoch, 12. März'
    (not Monday at 10:00), 'na noite de 8 para 9 de novembro' (not 20:00)."""
    if left.day is not None or left.hour is None or not 1 <= left.hour <= 31 or left.minute is not None \
            or left.ampm is not None or left.clock_word or right.day is None or right.has_time():
        return False
    if left.weekday is not None and right.weekday is not None:
        return left.daypart is None
    return left.daypart == "night" and right.month is not None


def _merge_interval(ps: Parser, left: Components, right: Components, inclusive: bool) -> Reading:
    """Share what one side leaves out: 'July 13-15', '13 to 15 July', '3-4pm', '9:30-11 on Thu'."""
    if _day_read_as_hour(left, right):
        left.day, left.hour, left.time_grain = left.hour, None, None
    if _night_into_next_day(left, right):
        # one night, named by the two days it joins (the French, Spanish and Italian way): the night of
        # the first day, as 'Saturday night' ('la nuit de samedi à dimanche', 'la notte tra sabato e domenica')
        if left.month is None:
            left.month, left.year = right.month, left.year if left.year is not None else right.year
        return Reading(ps.text, left)
    date_fields = ("year", "month", "weekday", "rel_day", "holiday")
    left_has_day = left.day is not None or left.weekday is not None or left.rel_day is not None
    right_has_day = right.day is not None or right.weekday is not None or right.rel_day is not None
    if left.has_time() and right.has_time():
        for f in ("year", "month", "day", "weekday", "rel_day", "rel_weekday", "week_shift", "holiday"):
            lv, rv = getattr(left, f), getattr(right, f)
            if lv is None and rv is not None:
                setattr(left, f, rv)
            elif rv is None and lv is not None:
                setattr(right, f, lv)
        if left.zone is None and right.zone is not None:
            left.zone, left.zone_text = right.zone, right.zone_text
        if right.ampm is None and right.hour is not None and right.hour <= 12 and left.ampm \
                and left.hour is not None and right.hour % 12 >= left.hour % 12:
            right.ampm = left.ampm
        if left.ampm is None and left.hour is not None and left.hour <= 12 and right.ampm \
                and not (right.ampm == "pm" and left.hour > (right.hour or 0) and right.hour != 12):
            left.ampm = right.ampm
        if left.daypart and right.daypart is None and right.hour is not None:
            right.daypart = left.daypart
        if right.daypart and left.daypart is None and left.hour is not None:
            left.daypart = right.daypart
    elif left_has_day or right_has_day:
        if left_has_day and not left.has_time() and right.has_time() and not right_has_day \
                and right.month is None and right.year is None:
            # "the 20th until 6pm", "le 20 jusqu'à 18h", "Monday until 6pm": until 18:00 that day
            for f in ("day", "weekday", "rel_day", "rel_weekday", "week_shift"):
                setattr(right, f, getattr(left, f))
        for f in date_fields:
            if f == "rel_day" and left_has_day and right_has_day:
                continue  # "from today to Friday": each side names its own day
            lv, rv = getattr(left, f), getattr(right, f)
            if lv is None and rv is not None and (f != "weekday"):
                setattr(left, f, rv)
            elif rv is None and lv is not None and f != "weekday":
                setattr(right, f, lv)
    elif left.month is not None and right.month is not None and left.year is None and right.year is not None:
        # "between January and March 2025", "de janvier à mars 2025": the year written once, at the end
        left.year = right.year if left.month <= right.month else right.year - 1
    return Reading(ps.text, left, right, end_inclusive=inclusive)


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("from Monday to Wednesday", "2025-03-03", "2025-03-06", "day", "2025-03-03/2025-03-05"),
    ("the 4th until 6pm", "2025-03-04T00:00", "2025-03-04T19:00", "hour", "2025-03-04/2025-03-04T18:00"),
    ("between 3 and 5 March", "2025-03-03", "2025-03-06", "day", "2025-03-03/2025-03-05"),
    ("3–5 March", "2025-03-03", "2025-03-06", "day", "2025-03-03/2025-03-05"),
    ("March 3-5", "2025-03-03", "2025-03-06", "day", "2025-03-03/2025-03-05"),
    ("2020–2024", "2020-01-01", "2025-01-01", "year", "2020/2024"),
    ("2020-2024", "2020-01-01", "2025-01-01", "year", "2020/2024"),
    ("the 2024-25 season", "2024-01-01", "2026-01-01", "year", "2024/2025"),
    ("April-June", "2024-04-01", "2024-07-01", "month", "2024-04/2024-06"),
    ("October–December 2024", "2024-10-01", "2025-01-01", "month", "2024-10/2024-12"),
    ("Thursday, a two-day visit", "2025-03-06", "2025-03-08", "day", "2025-03-06/P2D"),
    ("the night of Saturday to Sunday", "2025-03-01T18:00", "2025-03-02T00:00", "part_of_day", "2025-03-01TNI"),
    ("from Monday 10 to Wednesday 12 March", "2025-03-10", "2025-03-13", "day", "2025-03-10/2025-03-12"),
    ("from today to Friday", "2025-03-06", "2025-03-08", "day", "2025-03-06/2025-03-07"),
]
