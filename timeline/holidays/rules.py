"""The kinds of rule that place a holiday in a year: the vocabulary of the catalogue.

Each rule is a small frozen value (``Fixed(12, 25)``, ``NthWeekday(11, THU, 4)``,
``Easter(-2)``, ``Hebrew("tishrei", 10)``, ``Hijri(10, 1)``, ``Chinese(1, 1)``,
``Tithi("ashvin", 30, "sunset")``...) that the catalogue
(:mod:`timeline.holidays.catalogue`) writes as data. Every rule gives the spans
that start in a Gregorian year (:meth:`spans`), says in one line of English
when it falls (:meth:`describe`, used for the generated documentation) and
names its calendar. Rules that changed over the years are written as
:class:`Eras` of rules; a holiday moved in a few years as :class:`Moved`.

The calendar engines (:mod:`timeline.holidays.calendars`) do the arithmetic;
their libraries are imported on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import ClassVar

from timeline.errors import UnsupportedError
from timeline.holidays.calendars import gregorian
from timeline.holidays.calendars.gregorian import GREGORIAN_RANGE, SAT, SUN
from timeline.holidays.model import NotHeldError, Occurrence, Placement, check_range, one_day

__all__ = [
    "Advent",
    "Announced",
    "Chinese",
    "Cycle",
    "EarthHour",
    "Easter",
    "Era",
    "Eras",
    "Fixed",
    "Hebrew",
    "Hijri",
    "HijriLastFriday",
    "Moved",
    "NotComputed",
    "Nowruz",
    "NthWeekday",
    "SiderealSolar",
    "SolarTerm",
    "Tithi",
    "WeekdayBefore",
]

_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NTH = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last", -2: "second to last"}
_GREGORIAN_WHY = "Gregorian calendar"


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def _length(days: int) -> str:
    return f", {days} days" if days > 1 else ""


def _relative(offset: int, what: str) -> str:
    if offset == 0:
        return what
    return f"{_days(abs(offset))} {'before' if offset < 0 else 'after'} {what}"


@dataclass(frozen=True, slots=True)
class Fixed:
    """The same day every year (*days* long), moved by *saturday*/*sunday* days when it falls on one."""

    month: int
    day: int
    days: int = 1
    saturday: int = 0
    sunday: int = 0
    calendar: ClassVar[str] = "gregorian"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        check_range(name, year, GREGORIAN_RANGE, _GREGORIAN_WHY)
        d = date(year, self.month, self.day)
        move = {SAT: self.saturday, SUN: self.sunday}.get(d.weekday(), 0)
        return (one_day(d + timedelta(days=move), self.days),)

    def describe(self) -> str:
        text = f"{_MONTHS[self.month]} {self.day}{_length(self.days)}"
        for weekday, move in (("a Saturday", self.saturday), ("a Sunday", self.sunday)):
            if move:
                text += f"; the {'day' if abs(move) == 1 else _days(abs(move))} " \
                        f"{'before' if move < 0 else 'after'} when {weekday}"
        return text


@dataclass(frozen=True, slots=True)
class NthWeekday:
    """The *n*-th *weekday* of *month* (n = -1: the last), plus *offset* days.

    *clash*: an offset from Western Easter; when the day falls on it, a week later
    (France's Mothers' Day gives way to Pentecost).
    """

    month: int
    weekday: int
    n: int
    offset: int = 0
    clash: int | None = None
    calendar: ClassVar[str] = "gregorian"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        check_range(name, year, GREGORIAN_RANGE, _GREGORIAN_WHY)
        d = gregorian.nth_weekday(year, self.month, self.weekday, self.n) + timedelta(days=self.offset)
        if self.clash is not None:
            from timeline.holidays.calendars.easter import EASTER_RANGE, western_easter

            check_range(name, year, EASTER_RANGE, "Easter computus of dateutil")
            if d == western_easter(year) + timedelta(days=self.clash):
                d += timedelta(days=7)
        return (one_day(d),)

    def describe(self) -> str:
        base = f"{_NTH[self.n]} {_WEEKDAYS[self.weekday]} of {_MONTHS[self.month]}"
        if self.offset:
            day = _WEEKDAYS[(self.weekday + self.offset) % 7]
            base = f"the {day} {_days(abs(self.offset))} {'before' if self.offset < 0 else 'after'} the {base}"
        if self.clash is not None:
            clash = {49: "Pentecost"}.get(self.clash) or _relative(self.clash, "Easter")
            base += f" (a week later when that is {clash})"
        return base


@dataclass(frozen=True, slots=True)
class WeekdayBefore:
    """The last *weekday* on or before *month*/*day* (Victoria Day: the Monday on or before 24 May)."""

    month: int
    day: int
    weekday: int
    calendar: ClassVar[str] = "gregorian"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        check_range(name, year, GREGORIAN_RANGE, _GREGORIAN_WHY)
        return (one_day(gregorian.weekday_on_or_before(date(year, self.month, self.day), self.weekday)),)

    def describe(self) -> str:
        return f"the {_WEEKDAYS[self.weekday]} on or before {_MONTHS[self.month]} {self.day}"


@dataclass(frozen=True, slots=True)
class Advent:
    """*offset* days from the First Sunday of Advent; with *until_christmas*, the season to Christmas Eve."""

    offset: int = 0
    until_christmas: bool = False
    calendar: ClassVar[str] = "gregorian"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        check_range(name, year, GREGORIAN_RANGE, _GREGORIAN_WHY)
        start = gregorian.advent_sunday(year) + timedelta(days=self.offset)
        if self.until_christmas:
            return ((start, date(year, 12, 25)),)
        return (one_day(start),)

    def describe(self) -> str:
        if self.until_christmas:
            return "the First Sunday of Advent (fourth Sunday before Christmas) to Christmas Eve"
        return _relative(self.offset, "the First Sunday of Advent (fourth Sunday before Christmas)")


@dataclass(frozen=True, slots=True)
class Easter:
    """*offset* days from Easter Sunday (Orthodox with *orthodox*), *days* long."""

    offset: int
    days: int = 1
    orthodox: bool = False
    supported: ClassVar[bool] = True

    @property
    def calendar(self) -> str:
        return "orthodox-easter" if self.orthodox else "easter"

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars.easter import EASTER_RANGE, orthodox_easter, western_easter

        check_range(name, year, EASTER_RANGE, "Easter computus of dateutil")
        e = orthodox_easter(year) if self.orthodox else western_easter(year)
        return (one_day(e + timedelta(days=self.offset), self.days),)

    def describe(self) -> str:
        return _relative(self.offset, "Orthodox Easter" if self.orthodox else "Easter") + _length(self.days)


@dataclass(frozen=True, slots=True)
class EarthHour:
    """20:30-21:30 on the last Saturday of March, a week earlier when that is Holy Saturday."""

    calendar: ClassVar[str] = "easter"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars.easter import EASTER_RANGE, western_easter

        check_range(name, year, EASTER_RANGE, "Easter computus of dateutil")
        d = gregorian.nth_weekday(year, 3, SAT, -1)
        if d == western_easter(year) - timedelta(days=1):
            d -= timedelta(days=7)
        start = datetime(d.year, d.month, d.day, 20, 30)
        # Duckling's minute-grain closed interval 20:30..21:30 = [20:30, 21:31)
        return ((start, start + timedelta(minutes=61)),)

    def describe(self) -> str:
        return "20:30-21:30 on the last Saturday of March, a week earlier when that is Holy Saturday"


@dataclass(frozen=True, slots=True)
class Hebrew:
    """Day *day* of Hebrew *month*, *days* long; the span starts on the eve (Jewish days begin at sunset).

    *month* is a name of :data:`timeline.holidays.calendars.hebrew.MONTHS`, or ``"purim"`` for
    the Adar of Purim (Adar II in a leap year); *shift* names a weekday move of ``SHIFTS``.
    """

    month: str
    day: int
    days: int = 1
    shift: str | None = None
    calendar: ClassVar[str] = "hebrew"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import hebrew

        check_range(name, year, hebrew.HEBREW_RANGE, "Hebrew calendar")
        found = []
        for am in (year + 3760, year + 3761):
            month = hebrew.purim_month(am) if self.month == "purim" else hebrew.MONTHS[self.month]
            d = hebrew.to_gregorian(am, month, self.day)
            if self.shift is not None:
                d += timedelta(days=hebrew.SHIFTS[self.shift](d))
            start = d - timedelta(days=1)
            if start.year == year:
                found.append(one_day(start, self.days))
        return tuple(sorted(found))

    def describe(self) -> str:
        month = "Adar (Adar II in leap years)" if self.month == "purim" else self.month.capitalize()
        return f"{self.day} {month}, from the eve" + _length(self.days)


@dataclass(frozen=True, slots=True)
class Hijri:
    """Day *day* of Hijri *month* (Umm al-Qura), *days* long, or until (month, day) *until* (exclusive)."""

    month: int
    day: int
    days: int = 1
    until: tuple[int, int] | None = None
    calendar: ClassVar[str] = "islamic"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import hijri

        check_range(name, year, hijri.ISLAMIC_RANGE, "Umm al-Qura calendar of hijridate")
        found = []
        for hy in hijri.hijri_years(year):
            try:
                start = hijri.to_gregorian(hy, self.month, self.day)
                if self.until is not None:
                    end = hijri.to_gregorian(hy + (self.until[0] < self.month), *self.until)
                else:
                    end = start + timedelta(days=self.days)
            except (OverflowError, ValueError):
                continue
            if start.year == year:
                found.append((start, end))
        return tuple(found)

    def describe(self) -> str:
        text = f"{self.day} {_HIJRI_MONTHS[self.month]}"
        if self.until is not None:
            text = f"{text} to the eve of {self.until[1]} {_HIJRI_MONTHS[self.until[0]]}"
        return text + _length(self.days)


_HIJRI_MONTHS = ("", "Muharram", "Safar", "Rabi' al-awwal", "Rabi' al-thani", "Jumada al-awwal",
                 "Jumada al-thani", "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qa'dah", "Dhu al-Hijjah")


@dataclass(frozen=True, slots=True)
class HijriLastFriday:
    """The last Friday of Hijri *month* (Jumu'atul-Wida: of Ramadan)."""

    month: int
    calendar: ClassVar[str] = "islamic"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import hijri

        check_range(name, year, hijri.ISLAMIC_RANGE, "Umm al-Qura calendar of hijridate")
        found = []
        for hy in hijri.hijri_years(year):
            try:
                d = hijri.last_friday_of(hy, self.month)
            except (OverflowError, ValueError):
                continue
            if d.year == year:
                found.append(one_day(d))
        return tuple(found)

    def describe(self) -> str:
        return f"last Friday of {_HIJRI_MONTHS[self.month]}"


_ORDINALS = ("", "1st", "2nd", "3rd") + tuple(f"{n}th" for n in range(4, 31))


@dataclass(frozen=True, slots=True)
class Chinese:
    """Day *day* of Chinese lunar *month*, plus *offset* days (China time)."""

    month: int
    day: int
    offset: int = 0
    calendar: ClassVar[str] = "chinese"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import chinese

        check_range(name, year, chinese.CHINESE_RANGE, "Chinese calendar of lunar_python")
        found = []
        for ly in (year - 1, year):
            d = chinese.lunar_to_gregorian(ly, self.month, self.day) + timedelta(days=self.offset)
            if d.year == year:
                found.append(one_day(d))
        return tuple(found)

    def describe(self) -> str:
        what = f"{_ORDINALS[self.day]} day of the {_ORDINALS[self.month]} Chinese lunar month"
        if self.offset == -1 and (self.month, self.day) == (1, 1):
            return "last day of the 12th Chinese lunar month (the eve of the New Year)"
        return _relative(self.offset, what)


_SOLAR_TERM_TEXT = {
    "qingming": "the Qingming solar term (Sun at 15 degrees), China time",
    "dongzhi": "the Dongzhi solar term (winter solstice), China time",
}


@dataclass(frozen=True, slots=True)
class SolarTerm:
    """The day (China time) of a solar term: ``qingming`` or ``dongzhi``."""

    term: str
    calendar: ClassVar[str] = "solar-term"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import chinese

        check_range(name, year, chinese.CHINESE_RANGE, "solar terms of lunar_python")
        return (one_day(chinese.solar_term(year, self.term).date()),)

    def describe(self) -> str:
        return _SOLAR_TERM_TEXT[self.term]


@dataclass(frozen=True, slots=True)
class Nowruz:
    """The day of the March equinox in Tehran, the next day when it is after noon."""

    calendar: ClassVar[str] = "solar-term"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import chinese

        check_range(name, year, chinese.CHINESE_RANGE, "equinox times of lunar_python")
        return (one_day(chinese.nowruz(year)),)

    def describe(self) -> str:
        return "day of the March equinox in Tehran (next day when after noon)"


_HINDU_WHY = "Hindu calendar engine"


@dataclass(frozen=True, slots=True)
class Tithi:
    """Lunar day *tithi* (1-15 Shukla, 16-30 Krishna) of amanta month *masa*, on the civil day it
    prevails at *moment* (see :data:`timeline.holidays.calendars.indian.MOMENTS`), plus *offset* days.

    *text* says it in words for the documentation.
    """

    masa: str
    tithi: int
    moment: str
    text: str
    offset: int = 0
    calendar: ClassVar[str] = "hindu"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import indian

        check_range(name, year, indian.HINDU_RANGE, _HINDU_WHY)
        days = indian.tithi_days(year, indian.MASAS[self.masa], self.tithi, self.moment, self.offset)
        return tuple(one_day(d) for d in days)

    def describe(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class TithiSpan:
    """From the day of lunar day *first* (at *first_moment*) to the day of lunar day *last*
    (at *last_moment*), exclusive, in amanta month *masa*: Navaratri runs from Shukla
    Pratipada to the eve of Vijayadashami. *text* says it in words."""

    masa: str
    first: int
    first_moment: str
    last: int
    last_moment: str
    text: str
    calendar: ClassVar[str] = "hindu"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import indian

        check_range(name, year, indian.HINDU_RANGE, _HINDU_WHY)
        masa = indian.MASAS[self.masa]
        starts = indian.tithi_days(year, masa, self.first, self.first_moment)
        ends = indian.tithi_days(year, masa, self.last, self.last_moment)
        ends += indian.tithi_days(year + 1, masa, self.last, self.last_moment)
        found = []
        for start in starts:
            end = next(e for e in ends if e > start)
            found.append((start, end))
        return tuple(found)

    def describe(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class SiderealSolar:
    """A day of the Indian sidereal solar year: ``pongal`` (plus *offset* days), ``vaisakhi``,
    ``rabindra`` (25 Boishakh) or ``onam`` (Thiruvonam in Chingam). *text* says it in words."""

    event: str
    text: str
    offset: int = 0
    calendar: ClassVar[str] = "hindu-solar"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import indian

        check_range(name, year, indian.HINDU_RANGE, _HINDU_WHY)
        compute = {"pongal": indian.pongal_day, "vaisakhi": indian.vaisakhi,
                   "rabindra": indian.rabindra_jayanti, "onam": indian.onam}[self.event]
        return (one_day(compute(year) + timedelta(days=self.offset)),)

    def describe(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Vesak:
    """Vesak as Sri Lanka keeps it: the full moon of Vaishakha (the second when the month is doubled)."""

    text: str
    calendar: ClassVar[str] = "buddhist"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        from timeline.holidays.calendars import indian

        check_range(name, year, indian.HINDU_RANGE, _HINDU_WHY)
        return (one_day(indian.vesak(year)),)

    def describe(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Cycle:
    """Every *period* days from *anchor* (the Shahenshahi Parsi year: 365 days, no leap day)."""

    anchor: date
    period: int
    text: str
    calendar: ClassVar[str] = "other"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        check_range(name, year, GREGORIAN_RANGE, _GREGORIAN_WHY)
        jan1 = date(year, 1, 1)
        d = jan1 + timedelta(days=(self.anchor - jan1).days % self.period)
        found = []
        while d.year == year:
            found.append(one_day(d))
            d += timedelta(days=self.period)
        return tuple(found)

    def describe(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Announced:
    """Dates announced each year by the organisers: only the known years are computed."""

    dates: Mapping[int, tuple[int, int]]
    days: int
    text: str
    calendar: ClassVar[str] = "other"
    supported: ClassVar[bool] = True

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        if year not in self.dates:
            raise UnsupportedError(
                f"{name} is set each year by its organisers; timeline knows its dates for "
                f"{min(self.dates)}-{max(self.dates)} only, not {year}"
            )
        return (one_day(date(year, *self.dates[year]), self.days),)

    def describe(self) -> str:
        return f"{self.text} (known: {min(self.dates)}-{max(self.dates)})"


@dataclass(frozen=True, slots=True)
class NotComputed:
    """A holiday timeline recognises but cannot date; *reason* is worded with ``{name}``."""

    text: str
    reason: str
    calendar: str = "hindu"
    supported: ClassVar[bool] = False

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        raise UnsupportedError(self.reason.format(name=name))

    def describe(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Moved:
    """*rule*, except in the years it was moved by law: *moves* maps a year to (month, day)."""

    rule: Placement
    moves: Mapping[int, tuple[int, int]]
    why: str = ""
    supported: ClassVar[bool] = True

    @property
    def calendar(self) -> str:
        return self.rule.calendar

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        if year in self.moves:
            return (one_day(date(year, *self.moves[year])),)
        return self.rule.spans(name, year)

    def describe(self) -> str:
        years = ", ".join(str(y) for y in sorted(self.moves))
        return f"{self.rule.describe()} ({self.why}moved in {years})"


@dataclass(frozen=True, slots=True)
class Era:
    """*rule* in the Gregorian years *since* to *until* (inclusive; ``None``: open)."""

    rule: Placement
    since: int | None = None
    until: int | None = None

    def covers(self, year: int) -> bool:
        """True when *year* is inside the era."""
        return (self.since is None or year >= self.since) and (self.until is None or year <= self.until)

    def describe(self) -> str:
        if self.since is not None and self.until is not None:
            when = f"{self.since}-{self.until}" if self.since != self.until else f"in {self.since}"
        elif self.since is not None:
            when = f"since {self.since}"
        elif self.until is not None:
            when = f"until {self.until}"
        else:
            when = "always"
        return f"{self.rule.describe()} ({when})"


@dataclass(frozen=True, slots=True)
class Eras:
    """Rules that changed over the years: the spans of every era that covers the year, in order.

    A year between two eras' rules can hold both (Ukraine's Christmas in 2023: 7 January and
    25 December). A year no era covers raises :class:`NotHeldError`.
    """

    eras: tuple[Era, ...]
    supported: ClassVar[bool] = True

    @property
    def calendar(self) -> str:
        return self.eras[-1].rule.calendar

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        rules = [era.rule for era in self.eras if era.covers(year)]
        if not rules:
            raise NotHeldError(f"{name} was not held in {year} ({self.held()})")
        found: list[Occurrence] = []
        for rule in rules:
            found.extend(rule.spans(name, year))
        return tuple(sorted(found, key=lambda span: span[0].isoformat()))

    def held(self) -> str:
        """When the holiday was held, in words ("since 2014", "1954-1990 and since 1990")."""
        parts = []
        for era in self.eras:
            if era.since is not None and era.until is not None:
                parts.append(f"{era.since}-{era.until}")
            elif era.since is not None:
                parts.append(f"since {era.since}")
            elif era.until is not None:
                parts.append(f"until {era.until}")
        return "held " + " and ".join(parts) if parts else "held every year"

    def describe(self) -> str:
        return "; ".join(era.describe() for era in self.eras)
