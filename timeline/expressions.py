"""The typed expression model: what a date expression means, before any date is computed.

The grammar (:mod:`timeline.grammar`) reads words into exactly one *meaning* per point, a
tagged variant for each kind of meaning (as Duckling's ``TimeData``); the resolver
(:mod:`timeline.resolver`) turns a meaning into a span against a reference, choosing its rule
by the variant's type in one table (``resolver/core.py``'s ``RULES``), never by which fields
happen to be set.

Kinds of meaning:

- on the calendar: :class:`CalendarDate` (what the words fix: a year, a month, a day, a
  quarter, a season, an ISO week, a decade...), :class:`Weekday`, :class:`HolidayDate`,
  :class:`NthWithin` (the first Monday of March);
- relative to the reference: :class:`RelativeDay` (tomorrow), :class:`RelativeUnit` (last
  week), :class:`OpenWeekend` (the weekend, by prefer), :class:`UnitRun` (the last 2 weeks),
  :class:`NthAhead` (the 2nd Friday from now), :class:`Offset` (3 days ago, within 2 weeks),
  :class:`SameDayOffset` (a year ago today), :class:`MonthOfOffsetYear` (March in a year),
  :class:`Now`, :class:`EndOfDay`;
- relative to another date or event: :class:`Shifted` (3 days after Easter, the week of
  October 6th), :class:`ClosestTo` (the closest Monday to Oct 5th), :class:`EventAnchor`
  (2 days after congress-speech);
- vague: :class:`Vague` (recently, in the coming weeks);
- modifiers of another meaning: :class:`PartOf` (early March, the end of the year) and
  :class:`AtTime` (Thursday at 10am; with no date, a time alone), holding a :class:`ClockTime`.

Every variant is an immutable NamedTuple: cheap to build (the grammar builds one or two per
expression), typed for ``mypy --strict``, and compiled to native tuples by mypyc.
"""

# No ``from __future__ import annotations`` here: NamedTuple checks each field's annotation when the
# class is made, and a string annotation costs a compile() (a quarter of this module's import, which
# every command pays). Only the names not defined yet (Meaning, Holiday) are written as strings.
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

if TYPE_CHECKING:
    from timeline.holidays import Holiday


class ClockTime(NamedTuple):
    """A time of day or a part of the day, as written (not a meaning alone: see :class:`AtTime`)."""

    hour: int | None = None  # 0-24 as written; None for a part of the day alone ("this evening")
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None  # "am" | "pm"
    grain: str = "hour"  # hour | minute | second
    exact: bool = False  # written on the 24-hour clock: no am/pm guess
    daypart: str | None = None  # morning, afternoon, evening, night, after_lunch...
    daypart_mod: str | None = None  # early | late
    zone: str | int | None = None  # an IANA name, or minutes east of UTC
    zone_text: str | None = None  # the zone as written ("ET", "GMT+2")


class CalendarDate(NamedTuple):
    """An instant at the grain the words fix on the calendar: '2025', 'March 6', 'Q3 2024',
    'the 15th', 'summer 2025', '2025-W10', 'the 1990s', 'the 5th next month', 'next March'."""

    year: int | None = None
    year_shift: int | None = None  # "of next year" -> 1; "March after next" -> 2
    month: int | None = None
    month_shift: int | None = None  # "of next month" -> 1
    day: int | None = None
    weekday: int | None = None  # a weekday the date must fall on ("Thursday 6 March")
    direction: str | None = None  # "last" | "this" | "next" before a month name: strict direction
    quarter: int | None = None
    half: int | None = None
    season: str | None = None  # SP SU FA WI
    season_shift: int | None = None  # "last summer" -> -1
    iso_week: int | None = None
    decade: int | None = None  # first year of the decade
    century: int | None = None  # first year of the century, less one (1900 for the 20th)
    fiscal: bool = False  # "FY2025": a fiscal year, taken as the calendar year (approximate)


class Weekday(NamedTuple):
    """A weekday: by prefer, 'last/this/next Friday', 'Friday of next week'."""

    weekday: int
    direction: str | None = None  # "last" | "this" | "next" | "coming" (on or after, "Tuesday week")
    week_shift: int | None = None  # "Friday last week" -> -1


class HolidayDate(NamedTuple):
    """A holiday: with a year, a year shift, last/this/next, an offset year, or by prefer."""

    holiday: "Holiday"
    year: int | None = None
    year_shift: int | None = None  # "thanksgiving of next year"
    shift: int | None = None  # last/this/next Christmas: -1 / 0 / +1
    offset: tuple[float, str] | None = None  # "Lakshmi Puja six years hence": the year it lands in


class NthWithin(NamedTuple):
    """The Nth weekday, day, week or weekend within a month or year ('the first Monday of
    March', 'the last day of next month', 'the third week of 2018'); negative counts from the end."""

    n: int
    unit: str  # weekday | day | week | weekend | month
    weekday: int | None = None
    year: int | None = None
    year_shift: int | None = None
    month: int | None = None
    month_shift: int | None = None


class RelativeDay(NamedTuple):
    """A day counted from the reference day: today 0, tomorrow 1, the day before yesterday -2."""

    days: int


class RelativeUnit(NamedTuple):
    """A calendar unit counted from the reference's: 'last week' (week, -1), 'this year' (year, 0)."""

    unit: str
    shift: int


class OpenWeekend(NamedTuple):
    """'the weekend' alone: the direction is open, like a bare weekday's, and prefer decides."""


class UnitRun(NamedTuple):
    """Whole units before or after the current one: 'the last 2 weeks', 'the next three days'."""

    unit: str
    direction: int  # -1 before, +1 after
    number: int


class NthAhead(NamedTuple):
    """The Nth unit or weekday counted from the reference: 'the upcoming two weeks',
    'Friday after next' (weekday, 2), '3 Fridays ago' (weekday, -3)."""

    unit: str
    number: int
    weekday: int | None = None


class Offset(NamedTuple):
    """A signed amount of a unit from the reference: '3 days ago' (-3, day), 'in 2 hours'."""

    value: float
    unit: str
    exact: bool = False  # "from right now": keep the reference's time
    window: bool = False  # "within 2 weeks": from the reference to the offset


class SameDayOffset(NamedTuple):
    """'a year ago today': the reference's calendar day, a unit away."""

    value: float
    unit: str


class MonthOfOffsetYear(NamedTuple):
    """'March in a year': the month of the year an offset lands in."""

    month: int
    value: float
    unit: str


class Now(NamedTuple):
    """'now', 'right now', 'at the moment': the reference time."""


class EndOfDay(NamedTuple):
    """'EOD': the end of the reference day."""


class Vague(NamedTuple):
    """A vague reference with a documented window ('recently', 'in the coming weeks')."""

    kind: str


class Shifted(NamedTuple):
    """Another date moved: '3 days after Easter' (3, day), 'the week of October 6th' (0, week_of),
    'the weekend of 8 June' (0, weekend_of), 'the third Tuesday after Christmas' (3, weekday)."""

    value: float
    unit: str  # a calendar unit, or week_of | weekend_of | holiday_weekend | weekday
    inner: "Meaning"
    weekday: int | None = None  # for unit "weekday"


class ClosestTo(NamedTuple):
    """The Nth closest weekday or holiday to a date: 'the closest Monday to Oct 5th'."""

    rank: int
    anchor: "Meaning"
    weekday: int | None = None
    holiday: "Holiday | None" = None


class EventAnchor(NamedTuple):
    """Another event's span, moved: '2 days after congress-speech' (the event id, 2, day)."""

    event: str
    value: float = 0
    unit: str = "day"


class PartOf(NamedTuple):
    """A part of a period: early/mid/late, begin/end, rest, earlier/later, all ('early March')."""

    part: str
    base: "Meaning"


class AtTime(NamedTuple):
    """A time of day on a date ('Thursday at 10am'), or alone when *base* is None ('10am')."""

    base: "Meaning | None"
    time: ClockTime


Meaning: TypeAlias = (
    CalendarDate | Weekday | HolidayDate | NthWithin | RelativeDay | RelativeUnit | OpenWeekend | UnitRun | NthAhead
    | Offset | SameDayOffset | MonthOfOffsetYear | Now | EndOfDay | Vague | Shifted | ClosestTo | EventAnchor
    | PartOf | AtTime
)


class Expression(NamedTuple):
    """A parsed expression: one meaning, or an interval between two, with its qualifier."""

    text: str
    start: Meaning
    end: Meaning | None = None  # set for intervals
    end_inclusive: bool = True
    duration: tuple[float, str] | None = None  # "for 10 days", "a two-day visit"
    qualifier: str | None = None  # by | since | until | after | before...
    approximate: bool = False


def date_of(meaning: Meaning) -> Meaning | None:
    """The date part of *meaning*: without its time of day or part of a period (None for a time alone)."""
    while isinstance(meaning, (AtTime, PartOf)):
        if meaning.base is None:
            return None
        meaning = meaning.base
    return meaning


def clock_of(meaning: Meaning) -> ClockTime | None:
    """The time of day *meaning* is at, if it names one."""
    return meaning.time if isinstance(meaning, AtTime) else None


def hour_candidates(time: ClockTime) -> list[int]:
    """The hours of the day (0-24, or past 24 for the small hours of a night) that *time* can mean.

    One candidate when am/pm, the 24-hour clock or a part of the day decides; two for a bare
    hour that either half of the day could hold ("3": 3 or 15; "12": noon or midnight).
    """
    h = time.hour
    assert h is not None
    if time.ampm == "am":
        return [0 if h == 12 else h]
    if time.ampm == "pm":
        return [12 if h == 12 else h + 12]
    if time.exact or h == 0 or h > 12:
        return [h]
    part = time.daypart
    if part in ("afternoon", "evening", "night", "after_school"):
        if part == "night" and h == 12:
            return [24]
        return [h + 12 if h < 12 else 24] if not (part == "night" and h < 5) else [h + 24 if h < 5 else h]
    if part in ("morning",):
        return [0 if h == 12 else h]
    if h == 12:
        return [12, 24]
    return [h, h + 12]
