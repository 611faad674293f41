"""Absolute and partial calendar dates: years, months, days, quarters, halves, ISO weeks, decades, centuries, dates without a year by prefer."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from timeline import lexicon as lx
from timeline.errors import (
    ExpressionSyntaxError,
    ImpossibleDateError,
)
from timeline.expressions import CalendarDate, HolidayDate, NthWithin
from timeline.model import Granularity as G
from timeline.resolver.families import units, weekdays
from timeline.resolver.spans import (
    _as_date,
    _check_year,
    _days_in_month_any_year,
    _fmt,
    _make_date,
    _ordinal,
    _Raw,
    add_months,
    century_span,
    day_span,
    decade_span,
    month_span,
    quarter_span,
    week_span,
    year_span,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

def _year_for(r: Resolver, p: CalendarDate | HolidayDate | NthWithin) -> int | None:
    if p.year is not None:
        return p.year
    if p.year_shift is not None:
        return r.ref_day.year + p.year_shift
    return None


def _numbered_week(r: Resolver, week: int) -> tuple[date, str]:
    """The Monday of ISO week *week* said without its year ("KW 47", "week 12"), by prefer as a month
    without its year is: the week under way counts for both directions."""
    this_monday = r.ref_day - timedelta(days=r.ref_day.weekday())
    iso_year = r.ref_day.isocalendar()[0]
    mondays = []
    for year in range(iso_year - 6, iso_year + 7):  # week 53 comes every five or six years
        try:
            mondays.append(date.fromisocalendar(year, week, 1))
        except ValueError:
            continue  # a year without a week 53
    past = [m for m in mondays if m <= this_monday]
    future = [m for m in mondays if m >= this_monday]
    if not past or not future:
        raise ImpossibleDateError(f"no ISO week {week} near the reference", r.text)
    return r._direction(past[-1], future[0])


def _calendar(r: Resolver, p: CalendarDate) -> _Raw:
    ref = r.ref_day
    year = _year_for(r, p)
    if p.year is None and p.year_shift == 2 and p.month is not None and p.day is None and p.direction is None \
            and p.season is None and p.quarter is None:
        year = None  # "March after next": the March after the next one (_month_day), not March in two years
    if year is not None:
        _check_year(year, r.text)
    if p.iso_week is not None and year is None:
        monday, how = _numbered_week(r, p.iso_week)
        return _Raw(*week_span(monday), f"ISO week {p.iso_week} {how} the reference's week (prefer {r.prefer})")
    if p.iso_week is not None:
        assert year is not None
        try:
            monday = date.fromisocalendar(year, p.iso_week, 1)
        except ValueError:
            raise ImpossibleDateError(f"{year} has no ISO week {p.iso_week}", r.text) from None
        return _Raw(*week_span(monday), f"ISO week {p.iso_week} of {year}")
    if p.quarter is not None:
        if not 1 <= p.quarter <= 4:
            raise ImpossibleDateError(f"there is no quarter {p.quarter}", r.text)
        if year is None and p.month is not None:
            # "the December quarter": the year of the December that prefer picks
            held = _month_day(r, CalendarDate(month=p.month), None)
            y = _as_date(held.start).year
            return _Raw(*quarter_span(y, p.quarter), f"the quarter holding {held.reason}")
        if year is not None:
            return _Raw(*quarter_span(year, p.quarter), f"quarter {p.quarter} of {year}")
        y, how = _period_year(r, 3 * p.quarter - 2)
        return _Raw(*quarter_span(y, p.quarter), f"quarter {p.quarter} of {y} ({how})")
    if p.half is not None and (p.month is not None or p.month_shift is not None) and p.day is None:
        return _half_of_month(r, p, year)
    if p.half is not None:
        y, how = (year, "") if year is not None else _period_year(r, 1 if p.half == 1 else 7)
        start = date(y, 1 if p.half == 1 else 7, 1)
        end = date(y, 7, 1) if p.half == 1 else date(y + 1, 1, 1)
        return _Raw(start, end, G.QUARTER, f"{y}-H{p.half}", f"half {p.half} of {y}" + (f" ({how})" if how else ""))
    if p.season is not None:
        return units._season(r, p, year)
    if p.decade is not None:
        return _Raw(*decade_span(p.decade), f"the decade {p.decade}-{p.decade + 9}")
    if p.century is not None:
        return _Raw(*century_span(p.century), f"the century {p.century + 1}-{p.century + 100}")
    if p.month_shift is not None and p.month is None:
        y, m = add_months(ref.year, ref.month, p.month_shift)
        if p.day is not None:
            d = _make_date(y, m, p.day, r.text)
            return _Raw(*day_span(d), f"day {p.day} of the month {y}-{m:02d}")
        return _Raw(*month_span(y, m), f"the month {y}-{m:02d}")
    if p.month is not None:
        return _month_day(r, p, year)
    if p.day is not None:
        return _day_of_month(r, p)
    if year is not None:
        if p.fiscal:
            return _Raw(*year_span(year), f"fiscal year {year}, taken as the calendar year (fiscal years "
                        f"start in different months for different organisations)")
        return _Raw(*year_span(year), f"the year {year}")
    raise ExpressionSyntaxError("no date in the expression", r.text)


def _period_year(r: Resolver, first_month: int) -> tuple[int, str]:
    """The year of a quarter or half named without one ("Q4", "the second half").

    The reference's year in any tense ("shrank in the third quarter" in
    November, "will report third-quarter results" in November, "orders for
    the third quarter" in June), except that with prefer past a period that
    has not begun at the reference is last year's: a past-tense sentence
    cannot be about it ("fourth-quarter profit fell" in February 2025 is
    2024-Q4). ``extract`` hands a period in a sentence with a past cue as
    past, and one in a present-perfect sentence or with no cue as nearest.
    """
    ref = r.ref_day
    if r.prefer == "past" and ref.month < first_month:
        return ref.year - 1, "prefer past: this year's has not begun at the reference"
    return ref.year, "the reference's year"


def _half_of_month(r: Resolver, p: CalendarDate, year: int | None) -> _Raw:
    """'the second half of March', 'the first half of next month': days 1-15 or 16 to the month's end
    (not the year's half, which 'half' alone would be)."""
    if p.month is not None:
        held = _month_day(r, CalendarDate(month=p.month, year=p.year, year_shift=p.year_shift,
                                          direction=p.direction), year)
        month_start, month_end, which = _as_date(held.start), _as_date(held.end), held.reason
    else:
        assert p.month_shift is not None
        y, m = add_months(r.ref_day.year, r.ref_day.month, p.month_shift)
        month_start, month_end = month_span(y, m)[:2]
        which = f"the month {y}-{m:02d}"
    middle = month_start.replace(day=16)
    start, end = (month_start, middle) if p.half == 1 else (middle, month_end)
    return _Raw(start, end, G.DAY, f"{month_start:%Y-%m}",
                f"the {'first' if p.half == 1 else 'second'} half of {which}: days "
                f"{start.day}-{(end - timedelta(days=1)).day}")


def _month_day(r: Resolver, p: CalendarDate, year: int | None) -> _Raw:
    ref = r.ref_day
    month = p.month
    assert month is not None
    mname = lx.MONTH_NAMES[month]
    if p.day is None:
        if year is not None:
            return _Raw(*month_span(year, month), f"{mname} {year}")
        strict = p.direction  # last/next/this month-name
        cur = (ref.year, ref.month)
        if p.year_shift == 2 and strict is None:
            # "March after next": the March after the next one
            y = (ref.year if month > ref.month else ref.year + 1) + 1
            return _Raw(*month_span(y, month), f"the {mname} after the next one")
        if strict == "this":
            return _Raw(*month_span(ref.year, month), f"{mname} of the reference's year")
        if strict == "last":
            y = ref.year if month < ref.month else ref.year - 1
            return _Raw(*month_span(y, month), f"the most recent {mname} before the reference month")
        if strict == "next":
            y = ref.year if month > ref.month else ref.year + 1
            return _Raw(*month_span(y, month), f"the first {mname} after the reference month")
        past_y = ref.year if (month, 1) <= (cur[1], 1) else ref.year - 1
        future_y = ref.year if month >= ref.month else ref.year + 1
        pick, how = r._direction(date(past_y, month, 1), date(future_y, month, 1))
        return _Raw(*month_span(pick.year, month),
                    f"the {mname} {how} the reference month (prefer {r.prefer})")
    day = p.day
    if year is not None:
        d = _make_date(year, month, day, r.text)
        reason = f"{d.day} {mname} {year}"
    else:
        if not 1 <= day <= 31 or day > _days_in_month_any_year(month):
            raise ImpossibleDateError(f"{mname} has no day {day}", r.text)
        if p.weekday is not None:
            return weekdays._weekday_date(r, p, month, day)
        strict = p.direction
        past = _date_in_or_before(r, month, day, ref, strict == "last")
        future = _date_in_or_after(r, month, day, ref, strict == "next")
        if strict == "last":
            d, how = past, "strictly before"
        elif strict == "next":
            d, how = future, "strictly after"
        else:
            d, how = r._direction(past, future)
        reason = f"the {day} {mname} {how} the reference {_fmt(ref)}" + (
            "" if strict else f" (prefer {r.prefer})")
    if p.weekday is not None and d.weekday() != p.weekday:
        raise ImpossibleDateError(
            f"{lx.WEEKDAY_NAMES[p.weekday]} does not match {d.isoformat()}, which is a "
            f"{lx.WEEKDAY_NAMES[d.weekday()]}", r.text)
    return _Raw(*day_span(d), reason)


def _date_in_or_before(r: Resolver, month: int, day: int, ref: date, strict: bool) -> date:
    y = ref.year
    for _ in range(9):
        try:
            d = date(y, month, day)
        except ValueError:
            y -= 1
            continue
        if d < ref or (d == ref and not strict):
            return d
        y -= 1
    raise ImpossibleDateError(f"no {day} {lx.MONTH_NAMES[month]} near the reference", r.text)


def _date_in_or_after(r: Resolver, month: int, day: int, ref: date, strict: bool) -> date:
    y = ref.year
    for _ in range(9):
        try:
            d = date(y, month, day)
        except ValueError:
            y += 1
            continue
        if d > ref or (d == ref and not strict):
            return d
        y += 1
    raise ImpossibleDateError(f"no {day} {lx.MONTH_NAMES[month]} near the reference", r.text)


def _day_of_month(r: Resolver, p: CalendarDate) -> _Raw:
    ref = r.ref_day
    day = p.day
    assert day is not None
    if not 1 <= day <= 31:
        raise ImpossibleDateError(f"there is no day {day} in a month", r.text)
    if p.weekday is not None:
        # "Thu 15th": the nearest month (by prefer) whose 15th is a Thursday
        step = -1 if r.prefer == "past" else 1
        y, m = ref.year, ref.month
        for _ in range(24):
            try:
                d = date(y, m, day)
            except ValueError:
                d = None
            if d is not None and d.weekday() == p.weekday and (
                    (step > 0 and d >= ref) or (step < 0 and d <= ref)):
                return _Raw(*day_span(d), f"the first {lx.WEEKDAY_NAMES[p.weekday]} the {_ordinal(day)} "
                            f"{'on or after' if step > 0 else 'on or before'} the reference")
            y, m = add_months(y, m, step)
        raise ImpossibleDateError("no such weekday and day near the reference", r.text)
    past = None
    y, m = ref.year, ref.month
    for _ in range(13):
        try:
            d = date(y, m, day)
            if d <= ref:
                past = d
                break
        except ValueError:
            pass
        y, m = add_months(y, m, -1)
    future = None
    y, m = ref.year, ref.month
    for _ in range(13):
        try:
            d = date(y, m, day)
            if d >= ref:
                future = d
                break
        except ValueError:
            pass
        y, m = add_months(y, m, 1)
    assert past is not None and future is not None
    d, how = r._direction(past, future)
    return _Raw(*day_span(d), f"the {_ordinal(day)} of the month {how} the reference {_fmt(ref)} "
                f"(prefer {r.prefer})")
