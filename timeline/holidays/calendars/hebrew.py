"""The arithmetic Hebrew calendar (Reingold and Dershowitz), with no library.

Months are numbered from Nisan: 1 Nisan ... 6 Elul, 7 Tishrei (the year begins),
8 Heshvan, 9 Kislev, 10 Tevet, 11 Shevat, 12 Adar (Adar I in a leap year),
13 Adar II. :func:`to_gregorian` gives the civil date of a Hebrew date; the
``SHIFTS`` move a few Israeli days off the weekdays Israel moves them from.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

__all__ = ["HEBREW_RANGE", "MONTHS", "SHIFTS", "is_leap", "purim_month", "to_gregorian"]

NISAN, IYAR, SIVAN, TAMMUZ, AV, ELUL, TISHREI, HESHVAN, KISLEV, TEVET, SHEVAT, ADAR, ADAR2 = range(1, 14)

#: Month names as the catalogue writes them.
MONTHS = {
    "nisan": NISAN, "iyar": IYAR, "sivan": SIVAN, "tammuz": TAMMUZ, "av": AV, "elul": ELUL,
    "tishrei": TISHREI, "heshvan": HESHVAN, "kislev": KISLEV, "tevet": TEVET, "shevat": SHEVAT,
    "adar": ADAR, "adar2": ADAR2,
}

#: Gregorian years computed (inclusive).
HEBREW_RANGE = (2, 9998)

_EPOCH = -1373427  # R.D. (= date.toordinal) of 1 Tishrei AM 1
_FRI, _SAT, _SUN, _MON = 4, 5, 6, 0


def is_leap(year: int) -> bool:
    """True for a Hebrew leap year (13 months)."""
    return (7 * year + 1) % 19 < 7


def _elapsed(y: int) -> int:
    months = (235 * y - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _new_year(y: int) -> int:
    e0, e1, e2 = _elapsed(y - 1), _elapsed(y), _elapsed(y + 1)
    delay = 2 if e2 - e1 == 356 else 1 if e1 - e0 == 382 else 0
    return _EPOCH + e1 + delay


def _month_days(y: int, m: int) -> int:
    if m in (IYAR, TAMMUZ, ELUL, TEVET, ADAR2) or (m == ADAR and not is_leap(y)):
        return 29
    if m in (HESHVAN, KISLEV):
        length = _new_year(y + 1) - _new_year(y)
        if m == HESHVAN:
            return 30 if length % 10 == 5 else 29  # 355 or 385: long Heshvan
        return 29 if length % 10 == 3 else 30  # 353 or 383: short Kislev
    return 30


def to_gregorian(y: int, m: int, d: int) -> date:
    """Gregorian date of day *d* of Hebrew month *m* in year AM *y*."""
    rd = _new_year(y) + d - 1
    last = ADAR2 if is_leap(y) else ADAR
    if m < TISHREI:
        for mm in range(TISHREI, last + 1):
            rd += _month_days(y, mm)
        for mm in range(NISAN, m):
            rd += _month_days(y, mm)
    else:
        for mm in range(TISHREI, m):
            rd += _month_days(y, mm)
    return date.fromordinal(rd)


def purim_month(y: int) -> int:
    """The Adar of Purim: Adar II in a leap year."""
    return ADAR2 if is_leap(y) else ADAR


def _haatzmaut(d: date) -> int:
    # 5 Iyar: Friday or Saturday -> the Thursday before; Monday -> Tuesday.
    return {_FRI: -1, _SAT: -2, _MON: 1}.get(d.weekday(), 0)


def _shoah(d: date) -> int:
    # 27 Nisan: Friday -> Thursday; Sunday -> Monday.
    return {_FRI: -1, _SUN: 1}.get(d.weekday(), 0)


def _zikaron(d: date) -> int:
    # 4 Iyar: moves with Yom Ha'atzmaut (the day after it).
    return _haatzmaut(d + timedelta(days=1))


def _av(d: date) -> int:
    # 9 Av on a Saturday is kept on Sunday.
    return 1 if d.weekday() == _SAT else 0


#: Named weekday moves: the number of days a date moves, by its weekday.
SHIFTS: dict[str, Callable[[date], int]] = {
    "haatzmaut": _haatzmaut,
    "shoah": _shoah,
    "zikaron": _zikaron,
    "av": _av,
}
