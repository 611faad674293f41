"""The Chinese lunisolar calendar and the solar terms, in China time, through ``lunar_python``.

``lunar_python`` is imported on first use. Nowruz is placed from the March
equinox seen in Tehran.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline.errors import UnsupportedError

__all__ = ["CHINESE_RANGE", "SOLAR_TERMS", "lunar_to_gregorian", "nowruz", "solar_term"]

#: Gregorian years covered (inclusive).
CHINESE_RANGE = (1900, 2100)

#: The solar terms the catalogue uses, by their English name, with lunar_python's key.
SOLAR_TERMS = {"qingming": "清明", "dongzhi": "DONG_ZHI", "chunfen": "春分"}


def lunar_to_gregorian(ly: int, lm: int, ld: int) -> date:
    """Gregorian date of day *ld* of month *lm* of Chinese lunar year *ly*."""
    from lunar_python import Lunar  # type: ignore[import-untyped,unused-ignore]

    s = Lunar.fromYmd(ly, lm, ld).getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


def solar_term(year: int, term: str) -> datetime:
    """When the Sun reaches solar term *term* (a key of SOLAR_TERMS) in *year*, China time (UTC+8)."""
    from lunar_python import Lunar  # type: ignore[import-untyped,unused-ignore]

    name = SOLAR_TERMS[term]
    for key, s in Lunar.fromYmd(year, 6, 1).getJieQiTable().items():
        if key == name and s.getYear() == year:
            return datetime(s.getYear(), s.getMonth(), s.getDay(), s.getHour(), s.getMinute(), s.getSecond())
    raise UnsupportedError(f"no solar term {term} in {year}")  # pragma: no cover


def nowruz(year: int) -> date:
    """Nowruz: the day of the March equinox in Tehran, or the next day when it is after noon."""
    # Tehran time (UTC+3:30) is China time - 4:30.
    tehran = solar_term(year, "chunfen") - timedelta(hours=4, minutes=30)
    return tehran.date() if tehran.hour < 12 else tehran.date() + timedelta(days=1)
