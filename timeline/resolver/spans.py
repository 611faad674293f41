"""Calendar units as spans, shared by the resolver's families: a day, week, month, quarter, year,
decade, century or season as (start, exclusive end, granularity, TIMEX value), moving by whole units
(``add_months``), the zones of fixed offsets, and the checks on the years a span may name.

Pure, as the resolver (:mod:`timeline.resolver.core`): the reference is passed in, never read.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Final

from timeline import lexicon as lx
from timeline.errors import (
    ExpressionSyntaxError,
    ImpossibleDateError,
    OutOfRangeError,
    UnknownWordError,
)
from timeline.model import Granularity as G

DAY: Final = timedelta(days=1)

# The granularities the hot rules return, as module constants: reading a member off an Enum class
# costs ~65 ns in CPython 3.11 (EnumType's lookup), a module constant a few.
DAY_GRAIN: Final = G.DAY
MINUTE_GRAIN: Final = G.MINUTE
SECOND_GRAIN: Final = G.SECOND
WEEK_GRAIN: Final = G.WEEK
MONTH_GRAIN: Final = G.MONTH
YEAR_GRAIN: Final = G.YEAR


WEEK: Final = timedelta(days=7)


_UNIT_SECONDS: Final = {"second": 1, "minute": 60, "hour": 3600}


_FIXED_ZONES: dict[int, tzinfo] = {}


# Seasons (northern hemisphere, astronomical, rounded to fixed days):
# spring 20 Mar, summer 21 Jun, autumn 23 Sep, winter 21 Dec (to 20 Mar).
SEASON_STARTS = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 23), "WI": (12, 21)}


_SEASON_ORDER = ("WI", "SP", "SU", "FA")


_SEASON_SEQUENCE = ("SP", "SU", "FA", "WI")  # within the year a winter starts in


UNIT_FACTS = lx.UNIT_FACTS


VAGUE_WINDOWS = lx.VAGUE_WINDOWS  # kind -> VagueWindow (the one table: timeline.lexicons.en)


def _fixed_zone(minutes: int) -> tzinfo:
    zone = _FIXED_ZONES.get(minutes)
    if zone is None:
        zone = timezone(timedelta(minutes=minutes))
        _FIXED_ZONES[minutes] = zone
    return zone


def _zone(name: str | int) -> tzinfo:
    if isinstance(name, int):
        return _fixed_zone(name)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnknownWordError(f"unknown time zone {name!r}") from exc


def _as_date(value: date | datetime) -> date:
    """The calendar day of a span bound: :func:`timeline.model.day_of`, here so that the compiled
    build makes it native code with the resolver (the model stays Python)."""
    return value.date() if isinstance(value, datetime) else value


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by n months."""
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _fmt(d: date) -> str:
    return f"{lx.WEEKDAY_NAMES[d.weekday()][:3]} {d.isoformat()}"


def _check_year(year: int, text: str) -> None:
    if not 1 <= year <= 9998:
        raise OutOfRangeError(f"year {year} is out of range (1-9998)", text)


def day_span(d: date) -> tuple[date, date, G, str]:
    return d, d + DAY, DAY_GRAIN, d.isoformat()


def week_span(d: date) -> tuple[date, date, G, str]:
    monday = d - timedelta(days=d.weekday())
    iso = monday.isocalendar()
    return monday, monday + WEEK, WEEK_GRAIN, f"{iso[0]}-W{iso[1]:02d}"


def weekend_span(d: date) -> tuple[date, date, G, str]:
    """The Saturday and Sunday of the ISO week containing d."""
    monday = d - timedelta(days=d.weekday())
    iso = monday.isocalendar()
    return monday + timedelta(days=5), monday + WEEK, G.WEEKEND, f"{iso[0]}-W{iso[1]:02d}-WE"


def month_span(year: int, month: int) -> tuple[date, date, G, str]:
    ny, nm = add_months(year, month, 1)
    return date(year, month, 1), date(ny, nm, 1), MONTH_GRAIN, f"{year:04d}-{month:02d}"


def quarter_span(year: int, quarter: int) -> tuple[date, date, G, str]:
    m = (quarter - 1) * 3 + 1
    ny, nm = add_months(year, m, 3)
    return date(year, m, 1), date(ny, nm, 1), G.QUARTER, f"{year:04d}-Q{quarter}"


def year_span(year: int) -> tuple[date, date, G, str]:
    return date(year, 1, 1), date(year + 1, 1, 1), YEAR_GRAIN, f"{year:04d}"


def decade_span(start: int) -> tuple[date, date, G, str]:
    return date(max(start, 1), 1, 1), date(start + 10, 1, 1), G.DECADE, f"{start // 10:03d}"


def century_span(start: int) -> tuple[date, date, G, str]:
    return date(max(start, 1), 1, 1), date(start + 100, 1, 1), G.CENTURY, f"{start // 100:02d}"


def season_span(year: int, code: str) -> tuple[date, date, G, str]:
    m, d = SEASON_STARTS[code]
    start = date(year, m, d)
    nxt = _SEASON_ORDER[(_SEASON_ORDER.index(code) + 1) % 4]
    nm, nd = SEASON_STARTS[nxt]
    end = date(year + 1 if code == "WI" else year, nm, nd)
    return start, end, G.SEASON, f"{year:04d}-{code}"


def unit_span(unit: str, d: date) -> tuple[date, date, G, str]:
    """The calendar unit (day, week, month...) containing d."""
    if unit == "day":
        return day_span(d)
    if unit == "week":
        return week_span(d)
    if unit == "weekend":
        return weekend_span(d)
    if unit == "month":
        return month_span(d.year, d.month)
    if unit == "quarter":
        return quarter_span(d.year, (d.month - 1) // 3 + 1)
    if unit == "year":
        return year_span(d.year)
    if unit == "decade":
        return decade_span(d.year - d.year % 10)
    if unit == "century":
        return century_span(d.year - d.year % 100)
    if unit == "season":
        return season_span(*_season_of(d))
    raise ExpressionSyntaxError(f"cannot use {unit!r} here")


def _season_of(d: date) -> tuple[int, str]:
    """(year, code) of the season containing d; winter belongs to the year it starts in."""
    md = (d.month, d.day)
    if md >= SEASON_STARTS["WI"]:
        return d.year, "WI"
    if md >= SEASON_STARTS["FA"]:
        return d.year, "FA"
    if md >= SEASON_STARTS["SU"]:
        return d.year, "SU"
    if md >= SEASON_STARTS["SP"]:
        return d.year, "SP"
    return d.year - 1, "WI"


def shift_unit(unit: str, d: date, n: int) -> date:
    """A day inside the unit n units away from the one containing d."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(days=7 * n)
    if unit == "fortnight":
        return d + timedelta(days=14 * n)
    if unit in ("month", "quarter", "year", "decade", "century"):
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * n
        y, m = add_months(d.year, d.month, months)
        _check_year(y, "")
        return date(y, m, min(d.day, 28))
    if unit == "season":
        year, code = _season_of(d)
        k = year * 4 + _SEASON_SEQUENCE.index(code) + n
        y, i = divmod(k, 4)
        m, dd = SEASON_STARTS[_SEASON_SEQUENCE[i]]
        return date(y, m, dd)
    raise ExpressionSyntaxError(f"cannot count in {unit!r}")


class _Raw:
    """A span being built: start/end are dates (day and coarser) or datetimes."""

    __slots__ = ("end", "grain", "reason", "start", "value")

    start: date | datetime
    end: date | datetime
    grain: G
    value: str
    reason: str

    # Written out rather than generated by dataclass: native code in the compiled build.
    def __init__(self, start: date | datetime, end: date | datetime, grain: G, value: str, reason: str) -> None:
        self.start = start
        self.end = end
        self.grain = grain
        self.value = value
        self.reason = reason


_TIME_GRAINS: Final = {"hour": (G.HOUR, timedelta(hours=1)), "minute": (G.MINUTE, timedelta(minutes=1)),
                "second": (G.SECOND, timedelta(seconds=1))}


def _how(how: str) -> str:
    """'most recent on or before' -> 'most recent ' (the adjective before the noun)."""
    return how.rsplit(" ", 3)[0] + " " if how.count(" ") >= 3 else ""


def _where(how: str) -> str:
    return " ".join(how.split(" ")[-3:]) if how.count(" ") >= 3 else how


def _grain_of(s: date | datetime, e: date | datetime) -> G:
    if isinstance(s, datetime):
        return MINUTE_GRAIN
    return DAY_GRAIN


def _value_of(s: date | datetime, e: date | datetime) -> str:
    if isinstance(s, datetime):
        return s.strftime("%Y-%m-%dT%H:%M")
    days = (e - s).days  # type: ignore[operator]
    return s.isoformat() if days == 1 else f"{s.isoformat()}/P{days}D"


def _weekend_value(sat: date) -> str:
    iso = sat.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}-WE"


def _timex_time(t: datetime, grain: G) -> str:
    # (isoformat() begins with 'YYYY-MM-DDTHH:MM:SS' whatever it adds after: no keyword to parse)
    if grain is SECOND_GRAIN:
        return t.isoformat()[:19]
    return t.isoformat()[:16]


def _duration_letter(unit: str) -> str:
    return {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
            "century": "CE", "season": "S"}.get(unit, "D")


# The days of each month of a common year, written out rather than asked of the calendar module,
# whose import (with locale) every resolve would pay at start-up.
_MONTH_DAYS: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """How many days *month* (1-12) of *year* has: ``calendar.monthrange(year, month)[1]``."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def _days_in_month_any_year(month: int) -> int:
    return 29 if month == 2 else _MONTH_DAYS[month]


def _make_date(year: int, month: int, day: int, text: str) -> date:
    _check_year(year, text)
    if not 1 <= month <= 12:
        raise ImpossibleDateError(f"there is no month {month}", text)
    last = days_in_month(year, month)
    if not 1 <= day <= last:
        raise ImpossibleDateError(
            f"{lx.MONTH_NAMES[month]} {year} has no day {day} (it has {last} days)", text)
    return date(year, month, day)


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ordinal_signed(k: int) -> str:
    if k == -1:
        return "last"
    if k < 0:
        return f"{_ordinal(-k)} last"
    return _ordinal(k)


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"
