"""The structured expression the grammar hands to the resolver: a point, or an interval."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Point:
    """Everything one point-like expression says, before any date is computed.

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
    rel_weekday: str | None = None  # "last" | "next" | "this" with weekday set
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
    nth_after: Point | None = None  # "third tuesday after christmas"
    closest: tuple[int, Point] | None = None  # the 2nd closest Monday to <point>
    now: bool = False
    part: str | None = None  # early | mid | late | begin | end | rest | earlier | later
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None  # "am" | "pm"
    time_grain: str | None = None  # hour | minute | second
    time_exact: bool = False  # the hour was written on a 24-hour clock
    daypart: str | None = None
    daypart_mod: str | None = None  # early | late
    zone: str | int | None = None
    zone_text: str | None = None
    anchor_event: str | None = None  # an event id ("2 days after congress-speech")
    anchored: tuple[float, str, Point] | None = None  # (+3, "day", <easter>)
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
class Expression:
    """A parsed expression: one point, or an interval between two points."""

    text: str
    start: Point
    end: Point | None = None  # set for intervals
    end_inclusive: bool = True
    duration: tuple[float, str] | None = None  # "for 10 days"
    qualifier: str | None = None
    approximate: bool = False
