"""What the parser collects while it reads, and how that becomes a typed meaning.

The grammar reads the components of a point in any order ("Thursday at 10am" is "10am
Thursday"), so while it reads it collects them in :class:`Components`, the parser's scratch
record. When a point is read, :func:`meaning_of` turns its components into exactly one typed
meaning of :mod:`timeline.expressions` (a :class:`~timeline.expressions.CalendarDate`, an
:class:`~timeline.expressions.Offset`, an :class:`~timeline.expressions.AtTime`...): the one
place that decides what kind of meaning a set of words makes, in the order declared by
:func:`_date_meaning`. Neither the scratch record nor :class:`Reading` leaves the grammar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from timeline.errors import ExpressionSyntaxError
from timeline.expressions import (
    AtTime,
    CalendarDate,
    ClockTime,
    ClosestTo,
    EndOfDay,
    EventAnchor,
    Expression,
    HolidayDate,
    Meaning,
    MonthOfOffsetYear,
    Now,
    NthAhead,
    NthWithin,
    Offset,
    OpenWeekend,
    PartOf,
    RelativeDay,
    RelativeUnit,
    SameDayOffset,
    Shifted,
    UnitRun,
    Vague,
    Weekday,
    hour_candidates,
)


@dataclass(slots=True)
class Components:
    """The parser's scratch record: what the words of one point have said so far.

    Calendar fields (``year``, ``month``, ``day``, ``weekday``, ``quarter``...)
    come from explicit words; the ``rel_*`` fields from words relative to the
    reference; ``hour``/``minute``/``second``/``daypart`` from times of day.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    iso_week: int | None = None
    decade: int | None = None
    century: int | None = None
    rel_day: int | None = None  # today 0, tomorrow 1, yesterday -1
    rel_unit: tuple[str, int] | None = None  # ("week", -1) for "last week"
    rel_weekday: str | None = None  # "last" | "next" | "this" | "coming" with weekday set
    week_shift: int | None = None  # "Friday of next week" -> 1
    unit_run: tuple[str, int, int] | None = None  # ("day", -1, 2): last 2 days; direction, count
    nth_ahead: tuple[str, int] | None = None  # ("week", 2): upcoming two weeks
    offset: tuple[float, str] | None = None  # (-3, "day"): 3 days ago
    offset_exact: bool = False  # "from right now": keep the reference's time
    window: bool = False  # "within 2 weeks": from the reference to the offset
    fiscal: bool = False  # "fiscal 2025", "FY2025": a fiscal year, taken as the calendar year
    holiday: Any = None  # timeline.holidays.Holiday
    holiday_shift: int | None = None  # last/next easter: -1 / +1; this: 0
    year_shift: int | None = None  # "of next year" -> 1
    month_shift: int | None = None  # "of next month" -> 1
    nth: tuple[int, str] | None = None  # (3, "tuesday") / (-1, "day") / (2, "week") within container
    nth_after: Components | None = None  # "third tuesday after christmas"
    closest: tuple[int, Components] | None = None  # the 2nd closest Monday to <point>
    now: bool = False
    part: str | None = None  # early | mid | late | begin | end | rest | earlier | later
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None  # "am" | "pm"
    time_grain: str | None = None  # hour | minute | second
    time_exact: bool = False  # the hour was written on a 24-hour clock
    minute_said: bool = False  # the minutes were said after the hour ("three fifteen", "at 3 15"), not written
    clock_word: bool = False  # the hour was written with its word ("5 o'clock", "5h", "5 Uhr")
    daypart: str | None = None
    daypart_mod: str | None = None  # early | late
    zone: str | int | None = None
    zone_text: str | None = None
    anchor_event: str | None = None  # an event id ("2 days after congress-speech")
    anchored: tuple[float, str, Components] | None = None  # (+3, "day", <easter>)
    eod: bool = False
    open_unit: str | None = None  # "the weekend": a unit whose direction prefer decides
    vague: str | None = None
    words: list[str] = field(default_factory=list)

    def has_date(self) -> bool:
        """True when the point says anything about the day (not only the time)."""
        return not (
            self.year is None and self.month is None and self.day is None and self.weekday is None
            and self.rel_day is None and self.rel_unit is None and self.offset is None
            and self.holiday is None and self.quarter is None and self.season is None
            and self.iso_week is None and self.decade is None and self.century is None
            and self.unit_run is None and self.nth_ahead is None and self.nth is None
            and self.closest is None and self.anchored is None and self.vague is None
            and self.half is None and self.anchor_event is None and not self.now and not self.eod
            and self.month_shift is None and self.year_shift is None and self.open_unit is None)

    def has_time(self) -> bool:
        """True when the point names a time of day or a part of the day."""
        return self.hour is not None or self.daypart is not None



@dataclass(slots=True)
class Reading:
    """What the parser read: one point's components, or an interval between two."""

    text: str
    start: Components
    end: Components | None = None  # set for intervals
    end_inclusive: bool = True
    duration: tuple[float, str] | None = None  # "for 10 days"
    qualifier: str | None = None
    approximate: bool = False


def clock_of(p: Components) -> ClockTime:
    """The time of day the components name."""
    return ClockTime(p.hour, p.minute, p.second, p.ampm, p.time_grain or "hour", p.time_exact, p.daypart,
                     p.daypart_mod, p.zone, p.zone_text)


def _offset_meaning(p: Components) -> Meaning:
    assert p.offset is not None
    value, unit = p.offset
    if p.month is not None and p.year is None and p.day is None:
        return MonthOfOffsetYear(p.month, value, unit)  # "March in a year"
    if p.rel_day == 0 and unit in ("week", "month", "year", "day"):
        return SameDayOffset(value, unit)  # "a year ago today"
    if p.weekday is not None and unit == "week" and value == int(value) and p.day is None and p.month is None \
            and p.year is None and p.rel_day is None:
        return Weekday(p.weekday, None, int(value))  # "Wednesday in 2 weeks": that week's Wednesday
    return Offset(value, unit, p.offset_exact, p.window)


def _date_meaning(p: Components) -> Meaning | None:
    """Which kind of date a point's components make; the first kind that applies wins.

    The order is the grammar's one declaration of precedence: an anchor on an event beats an
    offset ("2 days after congress-speech"), an anchor on another date beats what it is anchored
    on, a holiday beats its year ("Easter 2024"), a count within a container beats the container
    ("the first Monday of March"), an offset or a relative unit beats the calendar words it
    carries ("March in a year"; "Q1 next year" was read by _keep_day_and_month before this), a
    weekday alone is a Weekday, and what is left is a calendar date.
    """
    if p.anchor_event is not None:
        value, unit = p.offset or (0.0, "day")
        return EventAnchor(p.anchor_event, value, unit)
    if p.anchored is not None:
        value, unit, inner = p.anchored
        return Shifted(value, unit, meaning_of(inner, ""), p.weekday)
    if p.closest is not None:
        return ClosestTo(p.closest[0], meaning_of(p.closest[1], ""), p.weekday, p.holiday)
    if p.holiday is not None:
        return HolidayDate(p.holiday, p.year, p.year_shift, p.holiday_shift, p.offset)
    if p.nth is not None:
        return NthWithin(p.nth[0], p.nth[1], p.weekday, p.year, p.year_shift, p.month, p.month_shift)
    if p.nth_ahead is not None:
        return NthAhead(p.nth_ahead[0], p.nth_ahead[1], p.weekday)
    if p.unit_run is not None:
        return UnitRun(*p.unit_run)
    if p.offset is not None:
        return _offset_meaning(p)
    if p.rel_unit is not None and p.season is None:
        return RelativeUnit(*p.rel_unit)
    if p.open_unit is not None:
        return OpenWeekend()
    if p.rel_day is not None:
        return RelativeDay(p.rel_day)
    if p.weekday is not None and p.day is None and p.month is None and p.year is None:
        return Weekday(p.weekday, p.rel_weekday, p.week_shift)
    if not (p.day is None and p.month is None and p.year is None and p.quarter is None and p.season is None
            and p.iso_week is None and p.decade is None and p.century is None and p.half is None
            and p.month_shift is None and p.year_shift is None):
        return CalendarDate(p.year, p.year_shift, p.month, p.month_shift, p.day, p.weekday, p.rel_weekday,
                            p.quarter, p.half, p.season, p.rel_unit[1] if p.rel_unit is not None else None,
                            p.iso_week, p.decade, p.century, p.fiscal)
    if p.eod:
        return EndOfDay()
    return None


def meaning_of(p: Components, text: str) -> Meaning:
    """The one typed meaning of a point's components (see the module's docstring)."""
    if p.vague is not None:
        return Vague(p.vague)
    if p.now and not p.has_time():
        return Now()
    base = _date_meaning(p)
    if base is None:
        if not p.has_time():
            raise ExpressionSyntaxError("no date in the expression", text)
        return AtTime(None, clock_of(p))  # a time alone; a part of a period needs a period
    if p.part is not None:
        base = PartOf(p.part, base)
    if p.has_time():
        return AtTime(base, clock_of(p))
    return base


def _share_half_of_day(left: Components, right: Components) -> None:
    """'8am until 6', '11:30-1:30': a bare right hour earlier than the left one is pm; two bare
    hours on either side of noon keep the 24-hour reading ('9-11')."""
    if left.hour is not None and right.hour is not None and right.ampm is None \
            and not right.time_exact and right.daypart is None:
        lh = hour_candidates(clock_of(left))[0]
        if right.hour < 12 and right.hour + 12 > lh >= right.hour or right.hour <= 12 and right.hour > lh % 24 \
                and left.ampm == "pm":
            right.ampm = "pm"
    if left.hour is not None and left.ampm is None and not left.time_exact and right.ampm is None \
            and right.hour is not None and right.hour < 12 and left.daypart is None:
        left.time_exact = True
        right.time_exact = True
    if left.hour is not None and left.ampm is None and not left.time_exact and left.daypart is None \
            and right.hour is not None and right.ampm is None and 12 < right.hour < 24 and left.hour < right.hour:
        left.time_exact = True  # "das 9h às 17h", "from 9 to 17": the 24-hour clock on both sides


def build_expression(reading: Reading) -> Expression:
    """The typed :class:`~timeline.expressions.Expression` of what the parser read."""
    start, end = reading.start, reading.end
    if end is not None:
        _share_half_of_day(start, end)
    approximate = reading.approximate or start.vague is not None or start.fiscal
    return Expression(reading.text, meaning_of(start, reading.text),
                      meaning_of(end, reading.text) if end is not None else None,
                      reading.end_inclusive, reading.duration, reading.qualifier, approximate)
