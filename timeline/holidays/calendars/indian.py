"""Indian calendars: a small astronomical engine for Hindu, Sikh and Jain festivals.

Positions come from ``lunar_python``'s ShouXingUtil (truncated VSOP87 Sun and
ELP-2000 Moon, apparent longitudes, Delta-T included), a few arcseconds from
the full theories. Sidereal longitudes subtract the Lahiri (Chitrapaksha)
ayanamsa. Civil days are Indian Standard Time (UTC+5:30); sunrise and sunset
are computed for New Delhi (Chennai for Thai Pongal, Kolkata midnight for the
Bengali months) with the usual -0.833 degree altitude. ``docs/holidays.md``
explains the rules and the dates they were checked against.

Public functions: :func:`tithi_days` (the civil days of a lunar day of an
amanta month, chosen at the moment a festival's custom names),
:func:`pongal_day`, :func:`vaisakhi` and :func:`rabindra_jayanti`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

__all__ = ["HINDU_RANGE", "MASAS", "MOMENTS", "onam", "pongal_day", "rabindra_jayanti", "tithi_days", "vaisakhi", "vesak"]

_DAY = timedelta(days=1)

HINDU_RANGE = (1800, 2200)  # where the engine is used; 1900-2100 come from precomputed tables
_J2000 = 2451545.0
_ORD_JD = 1721424.5  # Julian day of 0h UT on date.fromordinal(0)
_IST = 5.5 / 24
_DELHI = (28.6139, 77.2090)
_CHENNAI = (13.0827, 80.2707)
_KOLKATA_LON = 88.3639
_SX: Any = None

# Amanta lunar months, named after the sign the Sun enters during the month.
CHAITRA, VAISHAKHA, JYESHTHA, ASHADHA, SHRAVANA, BHADRAPADA = range(6)
ASHVIN, KARTIKA, MARGASHIRSHA, PAUSHA, MAGHA, PHALGUNA = range(6, 12)
#: Amanta month names as the catalogue writes them, in order from Chaitra.
MASAS = {
    name: i
    for i, name in enumerate(
        ("chaitra", "vaishakha", "jyeshtha", "ashadha", "shravana", "bhadrapada",
         "ashvin", "kartika", "margashirsha", "pausha", "magha", "phalguna")
    )
}


def _sx() -> Any:
    global _SX
    if _SX is None:
        from lunar_python.util import ShouXingUtil  # type: ignore[import-untyped,unused-ignore]

        _SX = ShouXingUtil
    return _SX


def _tt_centuries(jd: float) -> float:
    """Julian centuries of Terrestrial Time from J2000 for a Julian day in UT."""
    days = jd - _J2000
    return (days + float(_sx().dtT(days))) / 36525.0


def _ayanamsa(jd: float) -> float:
    """Mean Lahiri ayanamsa in degrees (23.857092 at J2000, IAU 1976 general precession)."""
    t = (jd - _J2000) / 36525.0
    return 23.857092 + (5028.796195 * t + 1.1054348 * t * t) / 3600.0


def _sun_sidereal(jd: float) -> float:
    sx = _sx()
    t = _tt_centuries(jd)
    tropical = float(sx.saLon(t, -1) - sx.nutationLon2(t)) * 57.29577951308232
    return (tropical - _ayanamsa(jd)) % 360.0


def _elongation(jd: float) -> float:
    """Moon minus Sun, apparent ecliptic longitudes, degrees in [0, 360)."""
    return (float(_sx().msaLon(_tt_centuries(jd), -1, -1)) * 57.29577951308232) % 360.0


def _solve(f: Callable[[float], float], target: float, jd: float, rate: float) -> float:
    """Newton steps: the moment near *jd* where f (degrees, growing ~rate/day) reaches *target*."""
    for _ in range(40):
        step = ((target - f(jd) + 180.0) % 360.0 - 180.0) / rate
        jd += step
        if abs(step) < 1e-6:  # ~0.1 s
            break
    return jd


def _jd(d: date) -> float:
    return d.toordinal() + _ORD_JD


def _ist_date(jd: float) -> date:
    return date.fromordinal(int(jd + _IST - _ORD_JD))


def _sun_event(d: date, where: tuple[float, float], rising: bool) -> float:
    """Julian day (UT) of sunrise or sunset on civil day *d* (low-precision Sun, ~1 minute)."""
    lat, lon = where
    rlat = math.radians(lat)
    jd = _jd(d) + 0.5 - lon / 360.0  # local noon, roughly
    for _ in range(3):
        n = jd - _J2000
        g = math.radians((357.528 + 0.9856003 * n) % 360.0)
        lam = math.radians((280.460 + 0.9856474 * n) % 360.0 + 1.915 * math.sin(g) + 0.020 * math.sin(2 * g))
        eps = math.radians(23.439 - 0.0000004 * n)
        ra = math.degrees(math.atan2(math.cos(eps) * math.sin(lam), math.cos(lam))) % 360.0
        dec = math.asin(math.sin(eps) * math.sin(lam))
        cos_h = (math.sin(math.radians(-0.8333)) - math.sin(rlat) * math.sin(dec)) / (
            math.cos(rlat) * math.cos(dec)
        )
        h = math.degrees(math.acos(max(-1.0, min(1.0, cos_h))))
        lst = (280.46061837 + 360.98564736629 * n + lon) % 360.0
        hour_angle = (lst - ra + 180.0) % 360.0 - 180.0
        jd += (((-h if rising else h) - hour_angle + 180.0) % 360.0 - 180.0) / 360.98564736629
    return jd


@lru_cache(maxsize=4096)
def _sunrise(d: date) -> float:
    return _sun_event(d, _DELHI, True)


@lru_cache(maxsize=4096)
def _sunset(d: date) -> float:
    return _sun_event(d, _DELHI, False)


def _sankranti(year: int, sign: int) -> float:
    """Julian day (UT) when the Sun enters sidereal sign *sign* (0 = Aries) in Gregorian *year*."""
    guess = _jd(date(year, 4, 14)) + sign * 30.4380
    if guess >= _jd(date(year + 1, 1, 1)):
        guess -= 365.2564
    return _solve(_sun_sidereal, sign * 30.0, guess, 0.9856)


@lru_cache(maxsize=64)
def _lunar_months(year: int) -> tuple[tuple[float, float, tuple[int, ...], bool], ...]:
    """Amanta months from about November of year-1 to February of year+1.

    Each is (new moon, next new moon, months, adhika): a month is named after
    the sign the Sun is in at the new moon that begins it, plus one (Sun in
    Pisces -> Chaitra); a month in which the Sun enters no sign is adhika
    (leap), and takes the name of the month that follows it.
    """
    jd = _jd(date(year - 1, 11, 1))
    jd = _solve(_elongation, 0.0, jd - _elongation(jd) / 12.19, 12.19)
    moons = [jd]
    end = _jd(date(year + 1, 3, 1))
    while moons[-1] < end:
        moons.append(_solve(_elongation, 0.0, moons[-1] + 29.53, 12.19))
    signs = [int(_sun_sidereal(m) // 30.0) for m in moons]
    out = []
    for i in range(len(moons) - 1):
        name, adhika = (signs[i] + 1) % 12, signs[i] == signs[i + 1]
        # A month in which the Sun enters two signs is kshaya: it stands for
        # two months (1982-83: Pausha-Magha), and keeps both months' festivals.
        names = (name, (name + 1) % 12) if (signs[i + 1] - signs[i]) % 12 == 2 else (name,)
        out.append((moons[i], moons[i + 1], names, adhika))
    return tuple(out)


def _tithis(year: int, masa: int, tithi: int) -> list[tuple[float, float]]:
    """[start, end) Julian days (UT) of lunar day *tithi* (1-30; 16-30 = Krishna paksha) of amanta *masa*."""
    out = []
    for start, end, names, adhika in _lunar_months(year):
        if masa in names and not adhika:
            k = tithi - 1
            a = start if k == 0 else _solve(_elongation, 12.0 * k, start + 0.984 * k, 12.19)
            b = end if k == 29 else _solve(_elongation, 12.0 * (k + 1), start + 0.984 * (k + 1), 12.19)
            out.append((a, b))
    return out


def _moment(d: date, part: float) -> float:
    """A moment of the Hindu day *d*: part 0 = sunrise, 1 = sunset, 1.5 = midnight (night midpoint)."""
    rise, sset = _sunrise(d), _sunset(d)
    if part <= 1.0:
        return rise + part * (sset - rise)
    return sset + (part - 1.0) * (_sunrise(d + _DAY) - sset)


def _prevailing(a: float, b: float, part: float, last: bool = False) -> date:
    """The civil day at whose *part* moment the tithi [a, b) prevails (the first, or the last of two).

    A tithi that holds at no such moment (it begins and ends between two of
    them) gives the day on which it begins.
    """
    first = _ist_date(a) - _DAY
    hits = [d for d in (first + timedelta(days=i) for i in range(4)) if a <= _moment(d, part) < b]
    if hits:
        return hits[-1] if last else hits[0]
    d = first
    while _moment(d + _DAY, part) <= a:
        d += _DAY
    return d


def _most(a: float, b: float, lo: float, hi: float) -> date:
    """The civil day whose [lo, hi] part of the daytime overlaps the tithi [a, b) the most."""
    first = _ist_date(a) - _DAY
    best, most = first, -1.0
    for i in range(4):
        d = first + timedelta(days=i)
        overlap = min(b, _moment(d, hi)) - max(a, _moment(d, lo))
        if overlap > most + 1e-9:
            best, most = d, overlap
    return best


def _pradosh_last(a: float, b: float) -> date:
    """Dhanteras: the last day at whose sunset the tithi prevails; else the evening it begins in
    (when it begins within the pradosh, 2.4 h after sunset), else the next day."""
    first = _ist_date(a) - _DAY
    hits = [d for d in (first + timedelta(days=i) for i in range(4)) if a <= _sunset(d) < b]
    if hits:
        return hits[-1]
    d = first
    while _sunset(d + _DAY) <= a:
        d += _DAY
    return d if a < _moment(d, 1.2) else d + _DAY


def _holika(a: float, b: float) -> date:
    """Holika Dahan: the evening Purnima holds at sunset, once Bhadra (the first half of
    Purnima) is over; when Bhadra lasts through that evening and Purnima covers three
    quarters or more of the next daytime, the next evening."""
    first = _ist_date(a) - _DAY
    day = next((d for d in (first + timedelta(days=i) for i in range(4)) if a <= _sunset(d) < b), None)
    if day is None:
        day = first
        while _sunset(day + _DAY) <= a:
            day += _DAY
    if (a + b) / 2 <= _sunset(day):
        return day
    nxt = day + _DAY
    if b - _sunrise(nxt) >= 0.75 * (_sunset(nxt) - _sunrise(nxt)):
        return nxt
    return day


#: How the day of a tithi is chosen, by the moment a festival's custom names (docs/holidays.md).
MOMENTS: dict[str, Callable[[float, float], date]] = {
    "sunrise": lambda a, b: _prevailing(a, b, 0.0),
    "morning": lambda a, b: _prevailing(a, b, 0.2),
    "madhyahna": lambda a, b: _most(a, b, 0.4, 0.6),
    "aparahna": lambda a, b: _most(a, b, 0.6, 0.8),
    "sunset": lambda a, b: _prevailing(a, b, 1.0),
    "moonrise": lambda a, b: _prevailing(a, b, 1.1),
    "midnight": lambda a, b: _prevailing(a, b, 1.5),
    "pradosh-last": _pradosh_last,
    "holika": _holika,
}


def tithi_days(year: int, masa: int, tithi: int, moment: str, offset: int = 0) -> list[date]:
    """The civil days in *year* of lunar day *tithi* (1-30) of amanta month *masa*, chosen at *moment*
    (a key of MOMENTS), moved by *offset* days; none, one or (rarely) two."""
    pick = MOMENTS[moment]
    found: list[date] = []
    for a, b in _tithis(year, masa, tithi):
        d = pick(a, b) + timedelta(days=offset)
        if d.year == year and d not in found:
            found.append(d)
    return found


def pongal_day(year: int) -> date:
    """Thai Pongal: the day the Sun enters sidereal Capricorn, or the next day when after sunset in Chennai."""
    jd = _sankranti(year, 9)
    d = _ist_date(jd)
    return d if jd < _sun_event(d, _CHENNAI, False) else d + _DAY


def vaisakhi(year: int) -> date:
    """Vaisakhi: the civil day (IST) on which the Sun enters sidereal Aries."""
    return _ist_date(_sankranti(year, 0))


def rabindra_jayanti(year: int) -> date:
    """25 Boishakh: Boishakh begins the day after the Sun enters sidereal Aries when that falls
    before midnight (Kolkata local time), else the day after that."""
    jd = _sankranti(year, 0)
    local = jd + _KOLKATA_LON / 360.0
    first = date.fromordinal(int(local - _ORD_JD)) + _DAY
    return first + timedelta(days=24)


def vesak(year: int) -> date:
    """Vesak as Sri Lanka keeps it: the full moon (Purnima) of Vaishakha, or of the leap month
    that follows it when there is one, on the civil day whose daytime it covers the most."""
    months = _lunar_months(year)
    for i, (start, end, names, adhika) in enumerate(months):
        if VAISHAKHA in names and not adhika:
            if i + 1 < len(months) and months[i + 1][3]:
                start = months[i + 1][0]  # a doubled Vesak month: the second full moon
            a = _solve(_elongation, 168.0, start + 0.984 * 14, 12.19)
            b = _solve(_elongation, 180.0, start + 0.984 * 15, 12.19)
            return _most(a, b, 0.0, 1.0)
    raise ValueError(f"no Vaishakha in {year}")  # pragma: no cover - every year has one


_TRIVANDRUM = (8.5241, 76.9366)
_SHRAVANA = (280.0, 280.0 + 40.0 / 3.0)  # Thiruvonam: the 22nd lunar mansion, sidereal


def _moon_sidereal(jd: float) -> float:
    return (_elongation(jd) + _sun_sidereal(jd)) % 360.0


def onam(year: int) -> date:
    """Thiru Onam: the day of the Thiruvonam lunar mansion (the Moon in sidereal 280-293.3 degrees)
    in the Malayalam month Chingam (the Sun in sidereal Leo), seen from Thiruvananthapuram.

    The day is the one at whose sunrise Thiruvonam prevails, if it lasts past two fifths of
    that daytime, else the day before; a Thiruvonam in the first two days after the Sun
    enters Leo counts for the month before (the festival is the next one).
    """
    ingress = _sankranti(year, 4)
    first_day = _ist_date(ingress) + timedelta(days=3)
    jd = ingress
    for _ in range(3):
        a = _solve(_moon_sidereal, _SHRAVANA[0], jd + ((_SHRAVANA[0] - _moon_sidereal(jd)) % 360.0) / 13.18, 13.18)
        b = _solve(_moon_sidereal, _SHRAVANA[1], a + 1.0, 13.18)
        d = _ist_date(a)
        if _sun_event(d, _TRIVANDRUM, True) < a:
            d += _DAY  # the first sunrise inside the mansion
        rise, sset = _sun_event(d, _TRIVANDRUM, True), _sun_event(d, _TRIVANDRUM, False)
        if not rise < b or b < rise + 0.4 * (sset - rise):
            d -= _DAY
        if d >= first_day:
            return d
        jd = b + 20.0
    raise ValueError(f"no Thiruvonam in Chingam {year}")  # pragma: no cover
