"""The Umm al-Qura Islamic calendar of Saudi Arabia, through ``hijridate`` (imported on first use).

Observance elsewhere can differ by a day (moon sighting); a Hijri date can fall
twice in one Gregorian year.
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["ISLAMIC_RANGE", "hijri_years", "last_friday_of", "to_gregorian"]

#: Gregorian years covered (hijridate: 1343-1500 AH = 1924-08-01..2077-11-16).
ISLAMIC_RANGE = (1925, 2076)
_LAST_HIJRI_YEAR = 1500


def to_gregorian(hy: int, hm: int, hd: int) -> date:
    """Gregorian date of a Hijri date (``ValueError``/``OverflowError`` outside the tables)."""
    from hijridate import Hijri

    return date.fromordinal(Hijri(hy, hm, hd).to_gregorian().toordinal())


def hijri_years(year: int) -> range:
    """The Hijri years that can have a day in Gregorian *year* (up to three)."""
    from hijridate import Gregorian

    first = Gregorian(year, 1, 1).to_hijri().year
    return range(first, min(first + 3, _LAST_HIJRI_YEAR + 1))


def last_friday_of(hy: int, month: int) -> date:
    """The last Friday of Hijri month *month* (Jumu'atul-Wida: of Ramadan)."""
    following = to_gregorian(hy + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=(following.weekday() - 4 - 1) % 7 + 1)
