"""Holiday names and the dates they fall on, for any year.

Pure: no I/O, never reads the clock. Two entry points:

* :func:`match_holiday` finds the longest holiday name at a position of a
  list of normalized words (see :func:`normalize_words`). It walks a
  dict-of-dicts trie built once at import, so a word that starts no holiday
  name costs one dict miss.
* :meth:`Holiday.occurrence` gives the half-open span ``[start, end)`` of a
  holiday in a Gregorian year (``date`` objects; Earth Hour gives naive
  ``datetime`` objects). :meth:`Holiday.occurrences` gives every span that
  starts in the year (a lunar holiday can fall twice in one Gregorian year).

Calendar libraries are imported lazily, inside the computation, so importing
this module stays cheap.

Rules (``docs/holidays.md`` has the full table, generated from this module):

* Fixed dates and "nth weekday of a month" rules are computed directly.
  National holidays follow the country the name belongs to: US holidays are
  US dates (Thanksgiving is the fourth Thursday of November, Memorial Day
  the last Monday of May, Labor Day - and "Labour Day" - the first Monday of
  September); "Mother's Day" is the US one (second Sunday of May), the UK's
  is "Mothering Sunday" (three weeks before Easter). UK bank holidays follow
  England and Wales, with the years they were moved.
* Easter and the feasts placed from it use ``dateutil.easter``: Western
  (Gregorian) Easter by default, Orthodox Easter for names that say
  "Orthodox" (and Clean Monday, Lazarus Saturday, Great Lent, Pascha).
  Valid for 1583-4099.
* Jewish holidays use the arithmetic Hebrew calendar (implemented here, no
  library needed). Jewish days begin at sunset, and like Duckling the span of
  a Jewish holiday starts on the civil day whose evening begins it (its
  eve): Yom Kippur 2018 (10 Tishrei = 19 September) is 18 September.
  Multi-day ones run from the eve through the last (diaspora) day.
* Islamic holidays use the Umm al-Qura calendar of Saudi Arabia through the
  ``hijridate`` library (Gregorian years 1925-2076); real observance can
  differ by a day from country to country.
* Chinese festivals (lunar dates and the Qingming/Dongzhi solar terms) use
  the ``lunar_python`` library, China time (years 1900-2100); Nowruz is the
  day of the March equinox in Tehran (before noon) or the next day.
* Hindu, Sikh and Jain festivals use a small astronomical engine (the Sun and
  Moon of ``lunar_python``'s ShouXingUtil, the Lahiri ayanamsa, sunrise and
  sunset at New Delhi, IST): the tithi prevailing at the moment each
  festival's custom names, in the amanta lunar month, or the day the Sun
  enters a sidereal sign. Navaratri, Dussehra, Onam and Vesak are recognised
  but raise :class:`~timeline.errors.UnsupportedError`.
* The astronomical holidays (Chinese, solar-term, Islamic, Indian) are read
  from precomputed tables (``timeline/_holiday_tables.py``) for 1900-2100,
  loaded lazily; other years are computed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from timeline.errors import UnsupportedError

__all__ = [
    "HOLIDAYS",
    "Holiday",
    "get_holiday",
    "match_holiday",
    "normalize_words",
]

When = date | datetime
Occurrence = tuple[When, When]
_Compute = Callable[["Holiday", int], tuple[Occurrence, ...]]

_DAY = timedelta(days=1)
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# Supported Gregorian years per calendar (inclusive).
GREGORIAN_RANGE = (1, 9998)
EASTER_RANGE = (1583, 4099)  # dateutil.easter: methods 2 and 3
HEBREW_RANGE = (2, 9998)
ISLAMIC_RANGE = (1925, 2076)  # hijridate: 1343-1500 AH = 1924-08-01..2077-11-16
CHINESE_RANGE = (1900, 2100)


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named holiday and the rule that places it in a year.

    ``name`` is the canonical English name, ``key`` a stable identifier,
    ``aliases`` the names it is recognised by (as written in English),
    ``rule`` a one-line description of when it falls and ``calendar`` the
    calendar the rule belongs to (``gregorian``, ``easter``,
    ``orthodox-easter``, ``hebrew``, ``islamic``, ``chinese``, ``solar-term``,
    ``hindu``, ``buddhist``, ``other``).
    """

    name: str
    key: str
    aliases: tuple[str, ...] = field(default=(), compare=False, repr=False)
    rule: str = field(default="", compare=False, repr=False)
    calendar: str = field(default="gregorian", compare=False, repr=False)
    _compute: _Compute | None = field(default=None, compare=False, repr=False)

    @property
    def supported(self) -> bool:
        """False for holidays that are recognised but whose dates cannot be computed."""
        return not getattr(self._compute, "unsupported", False)

    def occurrences(self, year: int) -> tuple[Occurrence, ...]:
        """Every ``[start, end)`` of the holiday that starts in Gregorian *year*, in order.

        Raises :class:`UnsupportedError` when the year is outside the range the
        holiday's calendar is computed for, or when the calendar is not supported.
        """
        if self._compute is None:  # pragma: no cover - every registered holiday has one
            raise UnsupportedError(f"{self.name} has no rule")
        fields = _TABLES.get(self.key)
        if fields is None:
            fields = _load_table(self.key)
        index = year - TABLE_YEARS[0]
        if 0 <= index < len(fields) and fields[index] != "x":
            return _decode_field(fields[index], year)
        return self._compute(self, year)

    def occurrence(self, year: int) -> Occurrence:
        """The ``[start, end)`` of the holiday in Gregorian *year* (end exclusive).

        When a lunar holiday falls twice in the year, the first one.
        """
        found = self.occurrences(year)
        if not found:
            raise UnsupportedError(f"{self.name} does not fall in {year}")
        return found[0]


# --------------------------------------------------------------------------
# Precomputed tables (timeline/_holiday_tables.py, from bench/gen_holiday_tables.py)

#: Calendars whose holidays are precomputed for the years TABLE_YEARS.
TABLE_CALENDARS = frozenset({"chinese", "solar-term", "islamic", "hindu", "hindu-solar"})
TABLE_YEARS = (1900, 2100)

# key -> {year: occurrences}; filled on a holiday's first use (an empty dict when not tabled).
_TABLES: dict[str, list[str]] = {}  # key -> one field per year from TABLE_YEARS[0]
_RAW_TABLES: dict[str, str] | None = None


def encode_year(year: int, spans: Iterable[Occurrence]) -> str:
    """One year's field of the table: ``doy[+length]`` per occurrence, comma-joined; ``.`` for none."""
    jan1 = date(year, 1, 1)
    parts = []
    for start, end in spans:
        if isinstance(start, datetime) or isinstance(end, datetime):  # pragma: no cover - none are tabled
            raise TypeError("timed holidays are not tabled")
        doy, length = (start - jan1).days, (end - start).days
        parts.append(str(doy) if length == 1 else f"{doy}+{length}")
    return ",".join(parts) or "."


def _decode_field(field_: str, year: int) -> tuple[Occurrence, ...]:
    """One year's entry of a table: '' or '.' (none), or 'doy[+length]' joined by commas."""
    if field_ == ".":
        return ()
    base = date(year, 1, 1).toordinal()
    spans = []
    for part in field_.split(","):
        doy, _, length = part.partition("+")
        start = date.fromordinal(base + int(doy))
        spans.append((start, start + timedelta(days=int(length or 1))))
    return tuple(spans)


def _load_table(key: str) -> list[str]:
    global _RAW_TABLES
    if _RAW_TABLES is None:
        try:
            from timeline import _holiday_tables
        except ImportError:  # pragma: no cover - the engine serves every year
            _RAW_TABLES = {}
        else:
            _RAW_TABLES = _holiday_tables.TABLES
            if (_holiday_tables.FIRST, _holiday_tables.LAST) != TABLE_YEARS:  # pragma: no cover
                _RAW_TABLES = {}
    raw = _RAW_TABLES.get(key)
    # Split once, decode one year at a time: a first use costs microseconds, not a whole table.
    fields = raw.split(" ") if raw else []
    _TABLES[key] = fields
    return fields


# --------------------------------------------------------------------------
# Normalization and the trie

_APOSTROPHES = ("'", "\u2019", "\u02bc", "`")


def normalize_words(text: str) -> list[str]:
    """Split *text* into the normalized words :func:`match_holiday` expects.

    Lowercase; split on spaces and hyphens; a trailing possessive ``'s`` is
    dropped, then every other apostrophe and period is removed:
    ``"St. Patrick's Day"`` -> ``["st", "patrick", "day"]``,
    ``"Jumu'atul-Wida"`` -> ``["jumuatul", "wida"]``.
    """
    out: list[str] = []
    for raw in text.lower().replace("-", " ").split():
        word = _strip_word(raw)
        if word:
            out.append(word)
    return out


def _strip_word(raw: str) -> str:
    for a in _APOSTROPHES:
        raw = raw.replace(a, "'")
    raw = raw.removesuffix("'s")
    return raw.replace("'", "").replace(".", "").replace(",", "")


_WEEKDAY_FORMS = {
    "monday": ("mon",),
    "tuesday": ("tue", "tues"),
    "wednesday": ("wed",),
    "thursday": ("thu", "thur", "thurs"),
    "friday": ("fri",),
    "saturday": ("sat",),
    "sunday": ("sun",),
}


def _word_forms(raw: str) -> tuple[str, ...]:
    """The spellings one alias word may take after tokenization."""
    lowered = raw.lower().replace("\u2019", "'").replace("\u02bc", "'").replace("`", "'")
    base = _strip_word(lowered)
    if lowered.endswith("'s"):
        # "valentine's" -> valentine, valentines (apostrophe dropped, 's kept)
        forms: tuple[str, ...] = (base, base + "s")
    elif lowered.endswith("s'"):
        # "presidents'" -> presidents, president
        forms = (base, base[:-1])
    else:
        forms = (base,)
    return forms + _WEEKDAY_FORMS.get(base, ())


def _alias_variants(alias: str, cache: dict[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """All word sequences an alias stands for. ``(day)`` marks an optional word."""
    seqs: list[tuple[str, ...]] = [()]
    for raw in alias.replace("-", " ").split():
        optional = raw[0] == "(" and raw[-1] == ")"
        if optional:
            raw = raw[1:-1]
        forms = cache.get(raw)
        if forms is None:
            forms = cache[raw] = tuple(f for f in _word_forms(raw) if f)
        new = [s + (f,) for s in seqs for f in forms]
        if optional:
            new.extend(seqs)
        seqs = new
    return [s for s in seqs if s]


_END = None  # trie key that marks "a holiday name ends here"; never a token


def _build_trie(holidays: Iterable[Holiday]) -> dict[str | None, Any]:
    root: dict[str | None, Any] = {}
    cache: dict[str, tuple[str, ...]] = {}
    for h in holidays:
        for alias in h.aliases:
            for seq in _alias_variants(alias, cache):
                node = root
                for word in seq:
                    nxt = node.get(word)
                    if nxt is None:
                        nxt = node[word] = {}
                    node = nxt
                other = node.get(_END)
                if other is not None and other is not h:
                    raise ValueError(f"holiday alias {' '.join(seq)!r} names both {other} and {h}")
                node[_END] = h
    return root


def match_holiday(tokens: Sequence[str], start: int) -> tuple[Holiday, int] | None:
    """Longest holiday name beginning at ``tokens[start]``.

    Returns ``(holiday, end)`` where ``end`` is the index after the last token
    used, or ``None``. *tokens* are normalized words (:func:`normalize_words`).
    """
    if start >= len(tokens):
        return None
    node = _TRIE.get(tokens[start])
    if node is None:
        return None
    best: tuple[Holiday, int] | None = None
    i = start + 1
    hit = node.get(_END)
    if hit is not None:
        best = (hit, i)
    n = len(tokens)
    while i < n:
        node = node.get(tokens[i])
        if node is None:
            break
        i += 1
        hit = node.get(_END)
        if hit is not None:
            best = (hit, i)
    return best


def get_holiday(key: str) -> Holiday:
    """The holiday with this key (``KeyError`` if none)."""
    return HOLIDAYS[key]


# --------------------------------------------------------------------------
# Date helpers


def _check(h: Holiday, year: int, bounds: tuple[int, int], why: str) -> None:
    lo, hi = bounds
    if not lo <= year <= hi:
        raise UnsupportedError(f"{h.name} can only be computed for the years {lo}-{hi} ({why}); got {year}")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    last = nxt - _DAY
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def _day(d: date, length: int = 1) -> Occurrence:
    return (d, d + timedelta(days=length))


def _western_easter(year: int) -> date:
    from dateutil.easter import EASTER_WESTERN, easter  # type: ignore[import-untyped,unused-ignore]

    d: date = easter(year, EASTER_WESTERN)
    return d


def _orthodox_easter(year: int) -> date:
    from dateutil.easter import EASTER_ORTHODOX, easter  # type: ignore[import-untyped,unused-ignore]

    d: date = easter(year, EASTER_ORTHODOX)
    return d


# ---- rule builders: each returns a _Compute ------------------------------


def _fixed(month: int, day: int, length: int = 1) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, GREGORIAN_RANGE, "Gregorian calendar")
        return (_day(date(year, month, day), length),)

    return compute


def _weekday_rule(
    month: int, weekday: int, n: int, offset: int = 0, moved: dict[int, date] | None = None
) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, GREGORIAN_RANGE, "Gregorian calendar")
        if moved and year in moved:
            return (_day(moved[year]),)
        return (_day(_nth_weekday(year, month, weekday, n) + timedelta(days=offset)),)

    return compute


def _func(f: Callable[[int], date], length: int = 1) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, GREGORIAN_RANGE, "Gregorian calendar")
        return (_day(f(year), length),)

    return compute


def _easter(offset: int, length: int = 1, orthodox: bool = False) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, EASTER_RANGE, "Easter computus of dateutil")
        e = _orthodox_easter(year) if orthodox else _western_easter(year)
        return (_day(e + timedelta(days=offset), length),)

    return compute


def _unsupported(reason: str) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        raise UnsupportedError(reason.format(name=h.name))

    compute.unsupported = True  # type: ignore[attr-defined]
    return compute


# ---- Hebrew calendar (arithmetic; Reingold & Dershowitz) -----------------
# Months: 1 Nisan ... 6 Elul, 7 Tishrei, 8 Heshvan, 9 Kislev, 10 Tevet,
# 11 Shevat, 12 Adar (Adar I in a leap year), 13 Adar II.
NISAN, IYAR, SIVAN, TAMMUZ, AV, ELUL, TISHREI, HESHVAN, KISLEV, TEVET, SHEVAT, ADAR, ADAR2 = range(1, 14)
_HEBREW_EPOCH = -1373427  # R.D. (= date.toordinal) of 1 Tishrei AM 1


def _hebrew_leap(y: int) -> bool:
    return (7 * y + 1) % 19 < 7


def _hebrew_elapsed(y: int) -> int:
    months = (235 * y - 234) // 19
    parts = 12084 + 13753 * months
    days = 29 * months + parts // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _hebrew_new_year(y: int) -> int:
    e0, e1, e2 = _hebrew_elapsed(y - 1), _hebrew_elapsed(y), _hebrew_elapsed(y + 1)
    delay = 2 if e2 - e1 == 356 else 1 if e1 - e0 == 382 else 0
    return _HEBREW_EPOCH + e1 + delay


def _hebrew_month_days(y: int, m: int) -> int:
    if m in (IYAR, TAMMUZ, ELUL, TEVET, ADAR2) or (m == ADAR and not _hebrew_leap(y)):
        return 29
    if m in (HESHVAN, KISLEV):
        length = _hebrew_new_year(y + 1) - _hebrew_new_year(y)
        if m == HESHVAN:
            return 30 if length % 10 == 5 else 29  # 355 or 385: long Heshvan
        return 29 if length % 10 == 3 else 30  # 353 or 383: short Kislev
    return 30


def _hebrew_to_date(y: int, m: int, d: int) -> date:
    """Gregorian date of day *d* of Hebrew month *m* in year AM *y*."""
    rd = _hebrew_new_year(y) + d - 1
    last = ADAR2 if _hebrew_leap(y) else ADAR
    if m < TISHREI:
        for mm in range(TISHREI, last + 1):
            rd += _hebrew_month_days(y, mm)
        for mm in range(NISAN, m):
            rd += _hebrew_month_days(y, mm)
    else:
        for mm in range(TISHREI, m):
            rd += _hebrew_month_days(y, mm)
    return date.fromordinal(rd)


def _adar(y: int) -> int:
    """The Adar of Purim: Adar II in a leap year."""
    return ADAR2 if _hebrew_leap(y) else ADAR


def _hebrew(
    month: int | Callable[[int], int], day: int, length: int = 1, shift: Callable[[date], int] | None = None
) -> _Compute:
    """A Jewish holiday on *day* of *month*: its span starts on the eve (the day before).

    *shift* moves the day itself by a number of days depending on its weekday
    (Yom Ha'atzmaut, Yom HaShoah, Tisha B'Av).
    """

    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, HEBREW_RANGE, "Hebrew calendar")
        found = []
        for am in (year + 3760, year + 3761):
            m = month(am) if callable(month) else month
            d = _hebrew_to_date(am, m, day)
            if shift is not None:
                d += timedelta(days=shift(d))
            start = d - _DAY
            if start.year == year:
                found.append(_day(start, length))
        return tuple(sorted(found))

    return compute


def _haatzmaut_shift(d: date) -> int:
    # 5 Iyar: Friday or Saturday -> the Thursday before; Monday -> Tuesday.
    return {FRI: -1, SAT: -2, MON: 1}.get(d.weekday(), 0)


def _shoah_shift(d: date) -> int:
    # 27 Nisan: Friday -> Thursday; Sunday -> Monday.
    return {FRI: -1, SUN: 1}.get(d.weekday(), 0)


def _zikaron_shift(d: date) -> int:
    # 4 Iyar: moves with Yom Ha'atzmaut (the day after it).
    return _haatzmaut_shift(d + _DAY)


def _av_shift(d: date) -> int:
    # 9 Av on a Saturday is kept on Sunday.
    return 1 if d.weekday() == SAT else 0


# ---- Islamic calendar (Umm al-Qura, hijridate) -------------------------


def _hijri_to_date(hy: int, hm: int, hd: int) -> date:
    from hijridate import Hijri

    return date.fromordinal(Hijri(hy, hm, hd).to_gregorian().toordinal())


def _hijri_years(year: int) -> range:
    from hijridate import Gregorian

    first = Gregorian(year, 1, 1).to_hijri().year
    return range(first, min(first + 3, 1501))


def _islamic(
    month: int,
    day: int,
    length: int = 1,
    until: tuple[int, int] | None = None,
    adjust: Callable[[date, int], date] | None = None,
) -> _Compute:
    """An Islamic holiday on *day* of *month*; *until* = (month, day) of the exclusive end."""

    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, ISLAMIC_RANGE, "Umm al-Qura calendar of hijridate")
        found = []
        for hy in _hijri_years(year):
            try:
                start = _hijri_to_date(hy, month, day)
                end = (
                    _hijri_to_date(hy + (until[0] < month), *until)
                    if until
                    else start + timedelta(days=length)
                )
            except (OverflowError, ValueError):
                continue
            if adjust is not None:
                start = adjust(start, hy)
                end = start + timedelta(days=length)
            if start.year == year:
                found.append((start, end))
        return tuple(found)

    return compute


def _last_friday_of_ramadan(_start: date, hy: int) -> date:
    eid = _hijri_to_date(hy, 10, 1)
    return eid - timedelta(days=(eid.weekday() - FRI - 1) % 7 + 1)


# ---- Chinese calendar and solar terms (lunar_python) ---------------------


def _lunar_to_date(ly: int, lm: int, ld: int) -> date:
    from lunar_python import Lunar  # type: ignore[import-untyped,unused-ignore]

    s = Lunar.fromYmd(ly, lm, ld).getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


def _chinese(month: int, day: int, offset: int = 0) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, CHINESE_RANGE, "Chinese calendar of lunar_python")
        found = []
        for ly in (year - 1, year):
            d = _lunar_to_date(ly, month, day) + timedelta(days=offset)
            if d.year == year:
                found.append(_day(d))
        return tuple(found)

    return compute


def _chinese_new_years_eve(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    _check(h, year, CHINESE_RANGE, "Chinese calendar of lunar_python")
    # The eve of the lunar year that begins in this Gregorian year (21 Jan - 19 Feb).
    return (_day(_lunar_to_date(year, 1, 1) - _DAY),)


def _solar_term_time(year: int, name: str) -> datetime:
    """When the Sun reaches a solar term in *year*, in China time (UTC+8)."""
    from lunar_python import Lunar  # type: ignore[import-untyped,unused-ignore]

    for key, s in Lunar.fromYmd(year, 6, 1).getJieQiTable().items():
        if key == name and s.getYear() == year:
            return datetime(s.getYear(), s.getMonth(), s.getDay(), s.getHour(), s.getMinute(), s.getSecond())
    raise UnsupportedError(f"no solar term {name} in {year}")  # pragma: no cover


def _solar_term(name: str) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, CHINESE_RANGE, "solar terms of lunar_python")
        return (_day(_solar_term_time(year, name).date()),)

    return compute


def _nowruz(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    _check(h, year, CHINESE_RANGE, "equinox times of lunar_python")
    # The March equinox in Tehran time (UTC+3:30 = China time - 4:30):
    # before noon, that day is Nowruz; otherwise the next day.
    tehran = _solar_term_time(year, "春分") - timedelta(hours=4, minutes=30)
    d = tehran.date() if tehran.hour < 12 else tehran.date() + _DAY
    return (_day(d),)


# ---- Indian calendars: a small astronomical engine ---------------------------
# Positions come from lunar_python's ShouXingUtil (truncated VSOP87 Sun and
# ELP-2000 Moon, apparent longitudes, Delta-T included), a few arcseconds from
# the full theories. Sidereal longitudes subtract the Lahiri (Chitrapaksha)
# ayanamsa. Civil days are Indian Standard Time (UTC+5:30); sunrise and sunset
# are computed for New Delhi (Chennai for Thai Pongal, Kolkata midnight for the
# Bengali months) with the usual -0.833 degree altitude.

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
_MASA = (
    "Chaitra",
    "Vaishakha",
    "Jyeshtha",
    "Ashadha",
    "Shravana",
    "Bhadrapada",
    "Ashvin",
    "Kartika",
    "Margashirsha",
    "Pausha",
    "Magha",
    "Phalguna",
)


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


# How the day of a tithi is chosen (see docs/holidays.md):
_WHEN: dict[str, Callable[[float, float], date]] = {
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


def _hindu_days(year: int, masa: int, tithi: int, when: str, offset: int = 0) -> list[date]:
    pick = _WHEN[when]
    found: list[date] = []
    for a, b in _tithis(year, masa, tithi):
        d = pick(a, b) + timedelta(days=offset)
        if d.year == year and d not in found:
            found.append(d)
    return found


def _hindu(masa: int, tithi: int, when: str, offset: int = 0) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, HINDU_RANGE, "Hindu calendar engine")
        return tuple(_day(d) for d in _hindu_days(year, masa, tithi, when, offset))

    return compute


def _pongal_day(year: int) -> date:
    # Tamil rule: the Sun entering sidereal Capricorn before sunset in Chennai
    # makes that day Thai Pongal; after sunset, the next day.
    jd = _sankranti(year, 9)
    d = _ist_date(jd)
    return d if jd < _sun_event(d, _CHENNAI, False) else d + _DAY


def _makara(offset: int) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, HINDU_RANGE, "Hindu calendar engine")
        return (_day(_pongal_day(year) + timedelta(days=offset)),)

    return compute


def _vaisakhi(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    _check(h, year, HINDU_RANGE, "Hindu calendar engine")
    # The civil day (IST) on which the Sun enters sidereal Aries.
    return (_day(_ist_date(_sankranti(year, 0))),)


def _rabindra_jayanti(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    _check(h, year, HINDU_RANGE, "Hindu calendar engine")
    # Bengali rule: a month begins the day after its sankranti when that falls
    # before midnight (Kolkata local time), else the day after that.
    # Rabindra Jayanti is 25 Boishakh.
    jd = _sankranti(year, 0)
    local = jd + _KOLKATA_LON / 360.0
    first = date.fromordinal(int(local - _ORD_JD)) + _DAY
    return (_day(first + timedelta(days=24)),)


# ---- other special rules --------------------------------------------------


def _earth_hour(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    _check(h, year, EASTER_RANGE, "Easter computus of dateutil")
    d = _nth_weekday(year, 3, SAT, -1)
    if d == _western_easter(year) - _DAY:  # never on Holy Saturday: a week earlier
        d -= timedelta(days=7)
    start = datetime(d.year, d.month, d.day, 20, 30)
    # Duckling's minute-grain closed interval 20:30..21:30 = [20:30, 21:31)
    return ((start, start + timedelta(minutes=61)),)


def _bosses_day(year: int) -> date:
    d = date(year, 10, 16)
    return d + timedelta(days={SAT: -1, SUN: 1}.get(d.weekday(), 0))


def _kings_day(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    if year < 2014:
        raise UnsupportedError(
            f"{h.name} (Koningsdag) is held since 2014; before, the Netherlands had Queen's Day"
        )
    _check(h, year, GREGORIAN_RANGE, "Gregorian calendar")
    d = date(year, 4, 27)
    return (_day(d - _DAY if d.weekday() == SUN else d),)


_PARSI_ANCHOR = date(2018, 8, 17)  # Navroz of the Shahenshahi calendar: 365-day years, no leap day


def _parsi_new_year(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    _check(h, year, GREGORIAN_RANGE, "Gregorian calendar")
    jan1 = date(year, 1, 1)
    d = jan1 + timedelta(days=(_PARSI_ANCHOR - jan1).days % 365)
    found = []
    while d.year == year:
        found.append(_day(d))
        d += timedelta(days=365)
    return tuple(found)


# Dates announced by Youth Service America (Friday; the event runs to Sunday).
_GYSD = {
    2012: date(2012, 4, 20),
    2013: date(2013, 4, 26),
    2014: date(2014, 4, 11),
    2015: date(2015, 4, 17),
    2016: date(2016, 4, 15),
    2017: date(2017, 4, 21),
    2018: date(2018, 4, 20),
}


def _gysd(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    if year not in _GYSD:
        raise UnsupportedError(
            f"{h.name} is set each year by its organisers; timeline knows its dates for "
            f"{min(_GYSD)}-{max(_GYSD)} only, not {year}"
        )
    return (_day(_GYSD[year], 3),)


def _thanksgiving(year: int) -> date:
    return _nth_weekday(year, 11, THU, 4)


def _kwanzaa(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    _check(h, year, GREGORIAN_RANGE, "Gregorian calendar")
    return (_day(date(year, 12, 26), 7),)


def _advent_sunday(year: int) -> date:
    christmas = date(year, 12, 25)
    return christmas - timedelta(days=(christmas.weekday() - SUN) % 7 or 7) - timedelta(days=21)


def _advent(h: Holiday, year: int) -> tuple[Occurrence, ...]:
    _check(h, year, GREGORIAN_RANGE, "Gregorian calendar")
    start = _advent_sunday(year)
    return ((start, date(year, 12, 25)),)


def _victoria_day(year: int) -> date:
    d = date(year, 5, 24)
    return d - timedelta(days=(d.weekday() - MON) % 7)


def _lent(orthodox: bool) -> _Compute:
    def compute(h: Holiday, year: int) -> tuple[Occurrence, ...]:
        _check(h, year, EASTER_RANGE, "Easter computus of dateutil")
        if orthodox:  # Clean Monday to the eve of Lazarus Saturday
            e = _orthodox_easter(year)
            return ((e - timedelta(days=48), e - timedelta(days=8)),)
        e = _western_easter(year)  # Ash Wednesday to Holy Saturday
        return ((e - timedelta(days=46), e),)

    return compute


# --------------------------------------------------------------------------
# The table

_HINDU = (
    "{name} follows the Hindu lunisolar calendar, which timeline cannot compute "
    "(its date depends on the lunar day at sunrise in India)"
)
_HINDU_SOLAR = (
    "{name} follows the Hindu sidereal solar calendar, which timeline cannot compute "
    "(its date depends on when the Sun enters a sidereal sign, seen from India)"
)
_ONAM = (
    "{name} follows the Malayalam sidereal solar calendar and the lunar mansions (nakshatras), "
    "which timeline cannot compute"
)
_BUDDHIST = (
    "{name} follows the Buddhist lunisolar calendars, which timeline cannot compute "
    "(the full moon of Vesakha is dated differently by each country)"
)

_SPECS: list[tuple[str, str, tuple[str, ...], str, str, _Compute]] = []


def _add(key: str, name: str, aliases: Sequence[str], rule: str, calendar: str, compute: _Compute) -> None:
    _SPECS.append((key, name, tuple(aliases), rule, calendar, compute))


def _g(
    key: str, name: str, aliases: Sequence[str], month: int, day: int, length: int = 1, rule: str = ""
) -> None:
    text = rule or f"{_MN[month]} {day}" + (f", {length} days" if length > 1 else "")
    _add(key, name, aliases, text, "gregorian", _fixed(month, day, length))


_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
_WD = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MN = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _w(
    key: str,
    name: str,
    aliases: Sequence[str],
    month: int,
    weekday: int,
    n: int,
    offset: int = 0,
    rule: str = "",
    moved: dict[int, date] | None = None,
) -> None:
    text = rule or f"{_ORD[n]} {_WD[weekday]} of {_MN[month]}"
    _add(key, name, aliases, text, "gregorian", _weekday_rule(month, weekday, n, offset, moved))


def _e(
    key: str, name: str, aliases: Sequence[str], offset: int, length: int = 1, orthodox: bool = False
) -> None:
    which = "Orthodox Easter" if orthodox else "Easter"
    if offset == 0:
        text = which
    else:
        text = f"{abs(offset)} day{'s' if abs(offset) != 1 else ''} {'before' if offset < 0 else 'after'} {which}"
    if length > 1:
        text += f", {length} days"
    _add(
        key,
        name,
        aliases,
        text,
        "orthodox-easter" if orthodox else "easter",
        _easter(offset, length, orthodox),
    )


def _h(key: str, name: str, aliases: Sequence[str], rule: str, compute: _Compute) -> None:
    _add(key, name, aliases, rule, "hebrew", compute)


def _i(key: str, name: str, aliases: Sequence[str], rule: str, compute: _Compute) -> None:
    _add(key, name, aliases, rule, "islamic", compute)


def _c(
    key: str, name: str, aliases: Sequence[str], rule: str, compute: _Compute, calendar: str = "chinese"
) -> None:
    _add(key, name, aliases, rule, calendar, compute)


def _x(
    key: str, name: str, aliases: Sequence[str], rule: str, reason: str = _HINDU, calendar: str = "hindu"
) -> None:
    _add(key, name, aliases, rule, calendar, _unsupported(reason))


# ---- fixed Gregorian dates -----------------------------------------------
_g("new_years_day", "New Year's Day", ["New Year's (Day)", "New Year Day"], 1, 1)
_g("new_years_eve", "New Year's Eve", ["New Year's Eve", "New Year Eve", "NYE", "Hogmanay"], 12, 31)
_g("epiphany", "Epiphany", ["Epiphany", "Theophany", "Feast of the Epiphany"], 1, 6)
_g("orthodox_christmas", "Orthodox Christmas Day", ["Orthodox Christmas (Day)", "Orthodox Xmas"], 1, 7)
_g("orthodox_new_year", "Orthodox New Year", ["Orthodox New Year"], 1, 14)
_g("burns_night", "Burns Night", ["Burns Night", "Burns Supper", "Robert Burns Day"], 1, 25)
_g("australia_day", "Australia Day", ["Australia Day"], 1, 26)
_g(
    "holocaust_remembrance_day",
    "International Holocaust Remembrance Day",
    ["International Holocaust Remembrance Day", "International Holocaust Day"],
    1,
    27,
)
_g("groundhog_day", "Groundhog Day", ["Groundhog Day"], 2, 2)
_g("candlemas", "Candlemas", ["Candlemas", "Candlemas Day"], 2, 2)
_g("waitangi_day", "Waitangi Day", ["Waitangi Day"], 2, 6)
_g(
    "valentines_day",
    "Valentine's Day",
    ["Valentine's (Day)", "Saint Valentine's Day", "St. Valentine's Day"],
    2,
    14,
)
_g("st_davids_day", "St David's Day", ["St. David's Day", "Saint David's Day"], 3, 1)
_g("womens_day", "International Women's Day", ["International Women's Day", "Women's Day"], 3, 8)
_g(
    "st_patricks_day",
    "St Patrick's Day",
    [
        "St. Patrick's Day",
        "Saint Patrick's Day",
        "St. Paddy's Day",
        "Saint Paddy's Day",
        "St. Patty's Day",
        "Saint Patty's Day",
        "Paddy's Day",
    ],
    3,
    17,
)
_g("world_water_day", "World Water Day", ["World Water Day"], 3, 22)
_g("annunciation", "Annunciation", ["Annunciation", "Feast of the Annunciation", "Lady Day"], 3, 25)
_g(
    "april_fools_day",
    "April Fools' Day",
    ["April Fools' (Day)", "April Fool's (Day)", "All Fools' Day"],
    4,
    1,
)
_g("world_health_day", "World Health Day", ["World Health Day"], 4, 7)
_g("earth_day", "Earth Day", ["Earth Day"], 4, 22)
_g(
    "st_georges_day",
    "St George's Day",
    ["St. George's Day", "Saint George's Day", "Feast of Saint George"],
    4,
    23,
)
_g("anzac_day", "Anzac Day", ["Anzac Day"], 4, 25)
_g("may_day", "May Day", ["May Day", "International Workers' Day", "Workers' Day"], 5, 1)
_g("cinco_de_mayo", "Cinco de Mayo", ["Cinco de Mayo"], 5, 5)
_g("world_environment_day", "World Environment Day", ["World Environment Day"], 6, 5)
_g("flag_day", "Flag Day", ["Flag Day"], 6, 14, rule="June 14 (US)")
_g(
    "juneteenth",
    "Juneteenth",
    ["Juneteenth", "Juneteenth National Independence Day"],
    6,
    19,
    rule="June 19 (US)",
)
_g("canada_day", "Canada Day", ["Canada Day", "Dominion Day"], 7, 1)
_g(
    "independence_day",
    "Independence Day",
    ["Independence Day", "Fourth of July", "US Independence Day"],
    7,
    4,
    rule="July 4 (US)",
)
_g("bastille_day", "Bastille Day", ["Bastille Day", "French National Day"], 7, 14)
_g(
    "assumption",
    "Assumption of Mary",
    ["Assumption of Mary", "Assumption Day", "Feast of the Assumption", "Assumption"],
    8,
    15,
)
_g("patriot_day", "Patriot Day", ["Patriot Day"], 9, 11, rule="September 11 (US)")
_g(
    "international_day_of_peace",
    "International Day of Peace",
    ["International Day of Peace", "World Peace Day"],
    9,
    21,
)
_g("united_nations_day", "United Nations Day", ["United Nations Day", "UN Day"], 10, 24)
_g(
    "halloween",
    "Halloween",
    ["Halloween (Day)", "Hallowe'en", "Haloween", "Halowe'en", "All Hallows' Eve", "All Hallows Eve"],
    10,
    31,
)
_g("all_saints_day", "All Saints' Day", ["All Saints' (Day)", "All Hallows' (Day)", "Hallowmas"], 11, 1)
_g("world_vegan_day", "World Vegan Day", ["World Vegan Day"], 11, 1)
_g("all_souls_day", "All Souls' Day", ["All Souls' (Day)"], 11, 2)
_g("guy_fawkes_night", "Guy Fawkes Night", ["Guy Fawkes (Day)", "Guy Fawkes Night", "Bonfire Night"], 11, 5)
_g("veterans_day", "Veterans Day", ["Veterans' Day", "Veteran's Day"], 11, 11, rule="November 11 (US)")
_g("remembrance_day", "Remembrance Day", ["Remembrance Day", "Armistice Day", "Poppy Day"], 11, 11)
_g("international_mens_day", "International Men's Day", ["International Men's Day"], 11, 19)
_g("st_andrews_day", "St Andrew's Day", ["St. Andrew's Day", "Saint Andrew's Day"], 11, 30)
_g("world_aids_day", "World AIDS Day", ["World AIDS Day"], 12, 1)
_g(
    "immaculate_conception",
    "Feast of the Immaculate Conception",
    ["Feast of the Immaculate Conception", "Immaculate Conception"],
    12,
    8,
)
_g("human_rights_day", "Human Rights Day", ["Human Rights Day"], 12, 10)
_g("christmas_eve", "Christmas Eve", ["Christmas Eve", "Xmas Eve", "Christmas Day Eve"], 12, 24)
_g("christmas", "Christmas", ["Christmas (Day)", "Xmas (Day)", "X-mas (Day)", "Christmastime"], 12, 25)
_g("boxing_day", "Boxing Day", ["Boxing Day"], 12, 26)
_g("st_stephens_day", "St Stephen's Day", ["St. Stephen's Day", "Saint Stephen's Day"], 12, 26)
_add("kwanzaa", "Kwanzaa", ("Kwanzaa",), "December 26 to January 1", "gregorian", _kwanzaa)
_add(
    "advent",
    "Advent",
    ("Advent", "Advent Season"),
    "fourth Sunday before Christmas to Christmas Eve",
    "gregorian",
    _advent,
)
_add(
    "advent_sunday",
    "Advent Sunday",
    ("Advent Sunday", "First Sunday of Advent"),
    "fourth Sunday before Christmas",
    "gregorian",
    _func(_advent_sunday),
)

# ---- weekday rules --------------------------------------------------------
_w(
    "mlk_day",
    "Martin Luther King Jr. Day",
    [
        "Martin Luther King's Day",
        "Martin Luther King Jr. Day",
        "Martin Luther King Junior Day",
        "Martin Luther King Day",
        "MLK Day",
        "MLK Jr. Day",
        "MLK Junior Day",
        "Civil Rights Day",
        "Martin Luther King Jr's Day",
        "MLK Jr's Day",
    ],
    1,
    MON,
    3,
    rule="third Monday of January (US)",
)
_w(
    "presidents_day",
    "Presidents' Day",
    ["Presidents' Day", "President's Day", "Washington's Birthday"],
    2,
    MON,
    3,
    rule="third Monday of February (US)",
)
_w(
    "mothers_day",
    "Mother's Day",
    ["Mother's Day", "Mothers' Day"],
    5,
    SUN,
    2,
    rule="second Sunday of May (US; the UK's is Mothering Sunday)",
)
_w(
    "memorial_day",
    "Memorial Day",
    ["Memorial Day", "Decoration Day"],
    5,
    MON,
    -1,
    rule="last Monday of May (US)",
)
_w(
    "fathers_day",
    "Father's Day",
    ["Father's Day", "Fathers' Day"],
    6,
    SUN,
    3,
    rule="third Sunday of June (US, UK)",
)
_w(
    "labor_day",
    "Labor Day",
    ["Labor Day", "Labour Day"],
    9,
    MON,
    1,
    rule="first Monday of September (US, Canada)",
)
_w(
    "columbus_day",
    "Columbus Day",
    ["Columbus Day", "Indigenous Peoples' Day"],
    10,
    MON,
    2,
    rule="second Monday of October (US)",
)
_w(
    "canadian_thanksgiving",
    "Thanksgiving Day (Canada)",
    ["Canadian Thanksgiving", "Thanksgiving in Canada"],
    10,
    MON,
    2,
    rule="second Monday of October (Canada)",
)
_w(
    "election_day",
    "Election Day",
    ["Election Day"],
    11,
    MON,
    1,
    offset=1,
    rule="Tuesday after the first Monday of November (US)",
)
_w("remembrance_sunday", "Remembrance Sunday", ["Remembrance Sunday"], 11, SUN, 2)
_w(
    "thanksgiving",
    "Thanksgiving Day",
    ["Thanksgiving (Day)", "Turkey Day", "US Thanksgiving"],
    11,
    THU,
    4,
    rule="fourth Thursday of November (US)",
)
_w("black_friday", "Black Friday", ["Black Friday"], 11, THU, 4, offset=1, rule="day after US Thanksgiving")
_w(
    "cyber_monday",
    "Cyber Monday",
    ["Cyber Monday"],
    11,
    THU,
    4,
    offset=4,
    rule="Monday after US Thanksgiving",
)
_w(
    "early_may_bank_holiday",
    "Early May Bank Holiday",
    ["Early May Bank Holiday", "May Bank Holiday"],
    5,
    MON,
    1,
    rule="first Monday of May (UK; moved to 8 May in 1995 and 2020)",
    moved={1995: date(1995, 5, 8), 2020: date(2020, 5, 8)},
)
_w(
    "spring_bank_holiday",
    "Spring Bank Holiday",
    ["Spring Bank Holiday", "Whitsun Bank Holiday"],
    5,
    MON,
    -1,
    rule="last Monday of May (UK; moved in 2002, 2012, 2022)",
    moved={2002: date(2002, 6, 4), 2012: date(2012, 6, 4), 2022: date(2022, 6, 2)},
)
_w(
    "summer_bank_holiday",
    "Summer Bank Holiday",
    ["Summer Bank Holiday", "August Bank Holiday", "Late Summer Bank Holiday"],
    8,
    MON,
    -1,
    rule="last Monday of August (England and Wales)",
)
_add(
    "victoria_day",
    "Victoria Day",
    ("Victoria Day",),
    "last Monday before May 25 (Canada)",
    "gregorian",
    _func(_victoria_day),
)
_add(
    "bosses_day",
    "Boss's Day",
    ("Boss's Day", "Bosses' Day", "Boss Day", "National Boss Day", "bosss"),
    "weekday closest to October 16 (US)",
    "gregorian",
    _func(_bosses_day),
)
_add(
    "kings_day",
    "King's Day",
    ("King's Day", "Koningsdag"),
    "April 27, or April 26 when that is a Sunday (Netherlands, since 2014)",
    "gregorian",
    _kings_day,
)
_add(
    "earth_hour",
    "Earth Hour",
    ("Earth Hour",),
    "20:30-21:30 on the last Saturday of March, a week earlier when that is Holy Saturday",
    "easter",
    _earth_hour,
)
_add(
    "global_youth_service_day",
    "Global Youth Service Day",
    ("Global Youth Service Day", "GYSD"),
    "a Friday-Sunday in April announced each year (known: 2012-2018)",
    "other",
    _gysd,
)
_add(
    "parsi_new_year",
    "Parsi New Year",
    ("Parsi New Year", "Jamshedi Navroz", "Jamshedi Navroze"),
    "1 Farvardin of the Shahenshahi calendar: every 365 days from 17 August 2018",
    "other",
    _parsi_new_year,
)

# ---- Easter cycle (Western) -------------------------------------------------
_e(
    "shrove_tuesday",
    "Shrove Tuesday",
    ["Shrove Tuesday", "Mardi Gras", "Pancake Day", "Pancake Tuesday", "Fat Tuesday"],
    -47,
)
_e("ash_wednesday", "Ash Wednesday", ["Ash Wednesday"], -46)
_add(
    "lent",
    "Lent",
    ("Lent", "Lenten Season", "Lent Season"),
    "Ash Wednesday to Holy Saturday",
    "easter",
    _lent(orthodox=False),
)
_e(
    "mothering_sunday",
    "Mothering Sunday",
    ["Mothering Sunday", "UK Mother's Day", "British Mother's Day", "Laetare Sunday"],
    -21,
)
_e("palm_sunday", "Palm Sunday", ["Palm Sunday", "Branch Sunday", "Yew Sunday"], -7)
_e("holy_week", "Holy Week", ["Holy Week"], -7, length=7)
_e(
    "maundy_thursday",
    "Maundy Thursday",
    [
        "Maundy Thursday",
        "Holy Thursday",
        "Covenant Thursday",
        "Sheer Thursday",
        "Great and Holy Thursday",
        "Thursday of Mysteries",
    ],
    -3,
)
_e("good_friday", "Good Friday", ["Good Friday", "Holy Friday", "Great Friday"], -2)
_e(
    "holy_saturday",
    "Holy Saturday",
    [
        "Holy Saturday",
        "Easter Eve",
        "Joyous Saturday",
        "Great and Holy Saturday",
        "Black Saturday",
        "Great Sabbath",
    ],
    -1,
)
_e("easter", "Easter Sunday", ["Easter (Sunday)", "Easter Day", "Resurrection Sunday"], 0)
_e("easter_monday", "Easter Monday", ["Easter Monday"], 1)
_e(
    "ascension",
    "Ascension Day",
    ["Ascension (Day)", "Ascension Thursday", "Feast of the Ascension", "Holy Thursday of Ascension"],
    39,
)
_e(
    "pentecost",
    "Pentecost",
    ["Pentecost (Sunday)", "Whitsunday", "Whit Sunday", "White Sunday", "Whitsun"],
    49,
)
_e(
    "whit_monday",
    "Whit Monday",
    ["Whit Monday", "Whitmonday", "Pentecost Monday", "Monday of the Holy Spirit"],
    50,
)
_e("trinity_sunday", "Trinity Sunday", ["Trinity Sunday"], 56)
_e("corpus_christi", "Corpus Christi", ["Corpus Christi", "Feast of Corpus Christi", "Corpus Domini"], 60)

# ---- Easter cycle (Orthodox) -------------------------------------------------
_e(
    "clean_monday",
    "Clean Monday",
    [
        "Clean Monday",
        "Orthodox Clean Monday",
        "Ash Monday",
        "Green Monday",
        "Pure Monday",
        "Orthodox Shrove Monday",
        "Monday of Lent",
    ],
    -48,
    orthodox=True,
)
_add(
    "great_lent",
    "Great Lent",
    ("Great Lent", "Great Fast", "Orthodox Lent"),
    "Clean Monday to the eve of Lazarus Saturday (Orthodox)",
    "orthodox-easter",
    _lent(orthodox=True),
)
_e(
    "lazarus_saturday",
    "Lazarus Saturday",
    ["Lazarus Saturday", "Orthodox Lazarus Saturday"],
    -8,
    orthodox=True,
)
_e(
    "orthodox_palm_sunday",
    "Orthodox Palm Sunday",
    ["Orthodox Palm Sunday", "Orthodox Branch Sunday", "Orthodox Yew Sunday"],
    -7,
    orthodox=True,
)
_e(
    "orthodox_holy_thursday",
    "Orthodox Holy Thursday",
    [
        "Orthodox Holy Thursday",
        "Orthodox Great Thursday",
        "Orthodox Maundy Thursday",
        "Orthodox Great and Holy Thursday",
    ],
    -3,
    orthodox=True,
)
_e(
    "orthodox_good_friday",
    "Orthodox Good Friday",
    [
        "Orthodox Good Friday",
        "Orthodox Great Friday",
        "Orthodox Great and Holy Friday",
        "Orthodox Holy Friday",
    ],
    -2,
    orthodox=True,
)
_e(
    "orthodox_holy_saturday",
    "Orthodox Holy Saturday",
    ["Orthodox Holy Saturday", "Orthodox Great Saturday", "Orthodox Great and Holy Saturday"],
    -1,
    orthodox=True,
)
_e(
    "orthodox_easter",
    "Orthodox Easter Sunday",
    ["Orthodox Easter (Sunday)", "Pascha", "Orthodox Pascha", "Greek Easter", "Russian Easter"],
    0,
    orthodox=True,
)
_e(
    "orthodox_easter_monday",
    "Orthodox Easter Monday",
    ["Orthodox Easter Monday", "Bright Monday"],
    1,
    orthodox=True,
)
_e("orthodox_ascension", "Orthodox Ascension Day", ["Orthodox Ascension (Day)"], 39, orthodox=True)
_e(
    "orthodox_pentecost",
    "Orthodox Pentecost",
    ["Orthodox Pentecost", "Orthodox Trinity Sunday"],
    49,
    orthodox=True,
)

# ---- Jewish (Hebrew calendar; span starts on the eve) -----------------------
_h(
    "rosh_hashanah",
    "Rosh Hashanah",
    [
        "Rosh Hashanah",
        "Rosh Hashana",
        "Rosh Hashanna",
        "Rosh Hashannah",
        "Rosh Hoshana",
        "Rosh HaShana",
        "Jewish New Year",
        "Yom Teruah",
    ],
    "1-2 Tishrei, from the eve",
    _hebrew(TISHREI, 1, 3),
)
_h("yom_kippur", "Yom Kippur", ["Yom Kippur", "Day of Atonement"], "10 Tishrei (eve)", _hebrew(TISHREI, 10))
_h(
    "sukkot",
    "Sukkot",
    [
        "Sukkot",
        "Succot",
        "Sukkos",
        "Succos",
        "Sukkoth",
        "Succoth",
        "Sukot",
        "Feast of Booths",
        "Feast of Tabernacles",
        "Feast of the Ingathering",
        "Feast of Ingathering",
    ],
    "15-22 Tishrei, from the eve",
    _hebrew(TISHREI, 15, 9),
)
_h(
    "shemini_atzeret",
    "Shemini Atzeret",
    ["Shemini Atzeret", "Shmini Atzeret"],
    "22 Tishrei (eve)",
    _hebrew(TISHREI, 22),
)
_h(
    "simchat_torah",
    "Simchat Torah",
    ["Simchat Torah", "Simhat Torah", "Simchas Torah"],
    "23 Tishrei, diaspora (eve)",
    _hebrew(TISHREI, 23),
)
_h(
    "hanukkah",
    "Hanukkah",
    [
        "Hanukkah",
        "Chanukah",
        "Hanukah",
        "Hannukah",
        "Chanukkah",
        "Hanukka",
        "Chanuka",
        "Hannukkah",
        "Channukah",
        "Hannuka",
        "Chanukka",
        "Channukkah",
        "Hanuka",
    ],
    "eight nights from the eve of 25 Kislev",
    _hebrew(KISLEV, 25, 8),
)
_h(
    "tu_bishvat",
    "Tu BiShvat",
    ["Tu BiShvat", "Tu B'Shvat", "Tu Bishvat", "Tu B'Shevat", "Tu BiShevat"],
    "15 Shevat (eve)",
    _hebrew(SHEVAT, 15),
)
_h("purim", "Purim", ["Purim"], "14 Adar (Adar II in leap years) (eve)", _hebrew(_adar, 14))
_h(
    "shushan_purim",
    "Shushan Purim",
    ["Shushan Purim"],
    "15 Adar (Adar II in leap years) (eve)",
    _hebrew(_adar, 15),
)
_h(
    "passover",
    "Passover",
    ["Passover", "Pesach", "Pesah", "Pesakh", "Pesach"],
    "15-22 Nisan, diaspora, from the eve",
    _hebrew(NISAN, 15, 9),
)
_h(
    "yom_hashoah",
    "Yom HaShoah",
    [
        "Yom HaShoah",
        "Yom Hashoah",
        "Holocaust Remembrance Day",
        "Holocaust Day",
        "Yom HaZikaron laShoah ve-laG'vurah",
    ],
    "27 Nisan, moved off Friday and Sunday (eve)",
    _hebrew(NISAN, 27, shift=_shoah_shift),
)
_h(
    "yom_hazikaron",
    "Yom HaZikaron",
    ["Yom HaZikaron", "Yom Hazikaron", "Israeli Memorial Day"],
    "4 Iyar, moved with Yom Ha'atzmaut (eve)",
    _hebrew(IYAR, 4, shift=_zikaron_shift),
)
_h(
    "yom_haatzmaut",
    "Yom Ha'atzmaut",
    ["Yom Ha'atzmaut", "Yom Haatzmaut", "Israel Independence Day", "Israeli Independence Day"],
    "5 Iyar, moved off Friday, Saturday and Monday (eve)",
    _hebrew(IYAR, 5, shift=_haatzmaut_shift),
)
_h(
    "lag_baomer",
    "Lag BaOmer",
    ["Lag BaOmer", "Lag B'Omer", "Lag LaOmer", "Lag Ba'Omer"],
    "18 Iyar (eve)",
    _hebrew(IYAR, 18),
)
_h(
    "yom_yerushalayim",
    "Yom Yerushalayim",
    ["Yom Yerushalayim", "Jerusalem Day"],
    "28 Iyar (eve)",
    _hebrew(IYAR, 28),
)
_h(
    "shavuot",
    "Shavuot",
    ["Shavuot", "Shavuos", "Shavuoth", "Shavu'ot", "Shovuos", "Feast of Weeks"],
    "6-7 Sivan, diaspora, from the eve",
    _hebrew(SIVAN, 6, 3),
)
_h(
    "tisha_bav",
    "Tisha B'Av",
    ["Tisha B'Av", "Tisha BeAv", "Tish'a B'Av", "Tisha Be'Av", "Ninth of Av"],
    "9 Av, kept on Sunday when on a Saturday (eve)",
    _hebrew(AV, 9, shift=_av_shift),
)

# ---- Islamic (Umm al-Qura) -------------------------------------------------
_i(
    "islamic_new_year",
    "Islamic New Year",
    ["Islamic New Year", "Hijri New Year", "Arabic New Year", "Muslim New Year", "Amun Jadid", "Ras as-Sana"],
    "1 Muharram",
    _islamic(1, 1),
)
_i("ashura", "Ashura", ["Ashura", "Day of Ashura", "Ashoura"], "10 Muharram", _islamic(1, 10))
_i(
    "mawlid",
    "Mawlid",
    [
        "Mawlid",
        "Mawlid al-Nabi",
        "Mawlid al-Nabawi",
        "Mawlid an-Nabi",
        "Milad un-Nabi",
        "Mevlid",
        "Mevlit",
        "Mulud",
        "Prophet's Birthday",
        "Birthday of the Prophet",
        "Birth of the Prophet",
        "Prophet Muhammad's Birthday",
        "Mawlid al-Nabi al-Sharif",
    ],
    "12 Rabi' al-awwal",
    _islamic(3, 12),
)
_i(
    "isra_miraj",
    "Isra and Mi'raj",
    [
        "Isra and Mi'raj",
        "Isra' and Mi'raj",
        "Isra Mi'raj",
        "Isra wal Miraj",
        "Al-Isra wal-Mi'raj",
        "Lailat al-Mi'raj",
        "Shab-e-Miraj",
        "Prophet's Ascension",
        "Prophets' Ascension",
        "Ascension to Heaven",
        "Night Journey",
    ],
    "27 Rajab",
    _islamic(7, 27),
)
_i(
    "shab_e_barat",
    "Shab-e-Barat",
    ["Shab-e-Barat", "Laylat al-Bara'at", "Mid-Sha'ban"],
    "15 Sha'ban",
    _islamic(8, 15),
)
_i(
    "ramadan",
    "Ramadan",
    ["Ramadan", "Ramadhan", "Ramzan", "Ramazan", "Ramathan", "Ramzaan", "Ramatan"],
    "the month of Ramadan, to the eve of Eid al-Fitr",
    _islamic(9, 1, until=(10, 1)),
)
_i(
    "laylat_al_qadr",
    "Laylat al-Qadr",
    [
        "Laylat al-Qadr",
        "Laylat al-Kadr",
        "Lailat al-Qadr",
        "Laylatul Qadr",
        "Shab-e-Qadr",
        "Night of Power",
        "Night of Destiny",
        "Night of Measures",
        "Night of Value",
        "Night of Decree",
    ],
    "27 Ramadan",
    _islamic(9, 27),
)
_i(
    "jumuatul_wida",
    "Jumu'atul-Wida",
    ["Jumu'atul-Wida", "Jumu'atul-Widaa", "Jamat Ul-Vida", "Jumat ul-Vida", "Jummat ul-Vida", "Alvida Jumma"],
    "last Friday of Ramadan",
    _islamic(9, 1, adjust=_last_friday_of_ramadan),
)
_i(
    "eid_al_fitr",
    "Eid al-Fitr",
    [
        "Eid al-Fitr",
        "Eid ul-Fitr",
        "Eid el-Fitr",
        "Id al-Fitr",
        "Id ul-Fitr",
        "Eid-ul-Fitr",
        "Eid al-Fetr",
        "Ramadan Bayram",
        "Ramazan Bayram",
        "Sheker Bayram",
        "Seker Bayram",
        "Hari Raya Aidilfitri",
        "Hari Raya Puasa",
        "Lebaran",
        "Festival of Breaking the Fast",
    ],
    "1 Shawwal",
    _islamic(10, 1),
)
_i(
    "day_of_arafah",
    "Day of Arafah",
    ["Day of Arafah", "Day of Arafat", "Arafat Day", "Arafah Day"],
    "9 Dhu al-Hijjah",
    _islamic(12, 9),
)
_i(
    "eid_al_adha",
    "Eid al-Adha",
    [
        "Eid al-Adha",
        "Eid ul-Adha",
        "Eid el-Adha",
        "Id al-Adha",
        "Id ul-Adha",
        "Eid-ul-Adha",
        "Bakr Id",
        "Bakr-e-Id",
        "Bakrid",
        "Bakra Eid",
        "Bakri Eid",
        "Sacrifice Feast",
        "Feast of Sacrifice",
        "Feast of the Sacrifice",
        "Kurban Bayram",
        "Qurban Bayram",
        "Hari Raya Haji",
        "Tabaski",
    ],
    "10 Dhu al-Hijjah",
    _islamic(12, 10),
)

# ---- Chinese calendar and solar terms -----------------------------------------
_c(
    "chinese_new_year",
    "Chinese New Year",
    [
        "Chinese New Year's (Day)",
        "Chinese Lunar New Year's (Day)",
        "Lunar New Year's (Day)",
        "Spring Festival",
        "Chun Jie",
        "Chunjie",
        "Chinese New Year Day",
    ],
    "1st day of the 1st Chinese lunar month",
    _chinese(1, 1),
)
_c(
    "chinese_new_years_eve",
    "Chinese New Year's Eve",
    ["Chinese New Year's Eve", "Chinese New Year Eve", "Lunar New Year's Eve", "Lunar New Year Eve", "Chuxi"],
    "last day of the 12th Chinese lunar month",
    _chinese_new_years_eve,
)
_c(
    "lantern_festival",
    "Lantern Festival",
    ["Lantern Festival", "Yuanxiao (Festival)", "Shangyuan Festival"],
    "15th day of the 1st Chinese lunar month",
    _chinese(1, 15),
)
_c(
    "qingming",
    "Qingming Festival",
    [
        "Qingming (Festival)",
        "Ching Ming (Festival)",
        "Tomb Sweeping Day",
        "Tomb-Sweeping Festival",
        "Tomb Sweeping Festival",
    ],
    "the Qingming solar term (Sun at 15 degrees), China time",
    _solar_term("清明"),
    calendar="solar-term",
)
_c(
    "dragon_boat_festival",
    "Dragon Boat Festival",
    ["Dragon Boat Festival", "Duanwu (Festival)", "Tuen Ng (Festival)", "Double Fifth Festival"],
    "5th day of the 5th Chinese lunar month",
    _chinese(5, 5),
)
_c(
    "qixi",
    "Qixi Festival",
    ["Qixi (Festival)", "Double Seventh Festival", "Chinese Valentine's Day"],
    "7th day of the 7th Chinese lunar month",
    _chinese(7, 7),
)
_c(
    "ghost_festival",
    "Ghost Festival",
    ["Ghost Festival", "Hungry Ghost Festival", "Zhongyuan Festival"],
    "15th day of the 7th Chinese lunar month",
    _chinese(7, 15),
)
_c(
    "mid_autumn_festival",
    "Mid-Autumn Festival",
    [
        "Mid-Autumn Festival",
        "Mid Autumn Festival",
        "Moon Festival",
        "Mooncake Festival",
        "Zhongqiu (Festival)",
        "Mid-Autumn",
    ],
    "15th day of the 8th Chinese lunar month",
    _chinese(8, 15),
)
_c(
    "double_ninth_festival",
    "Double Ninth Festival",
    ["Double Ninth Festival", "Chongyang (Festival)", "Chung Yeung (Festival)"],
    "9th day of the 9th Chinese lunar month",
    _chinese(9, 9),
)
_c(
    "dongzhi",
    "Dongzhi Festival",
    ["Dongzhi (Festival)", "Winter Solstice Festival"],
    "the Dongzhi solar term (winter solstice), China time",
    _solar_term("DONG_ZHI"),
    calendar="solar-term",
)
_c(
    "laba_festival",
    "Laba Festival",
    ["Laba (Festival)"],
    "8th day of the 12th Chinese lunar month",
    _chinese(12, 8),
)
_c(
    "nowruz",
    "Nowruz",
    [
        "Nowruz",
        "Norouz",
        "Norooz",
        "Nowrooz",
        "Navroz",
        "Nauryz",
        "Novruz",
        "Nevruz",
        "Persian New Year",
        "Iranian New Year",
    ],
    "day of the March equinox in Tehran (next day when after noon)",
    _nowruz,
    calendar="solar-term",
)

# ---- Hindu, Sikh and Jain: computed by the engine above ------------------------
# tithi numbers: 1-15 Shukla paksha (15 = Purnima), 16-30 Krishna paksha (30 = Amavasya);
# months are amanta (a Krishna paksha belongs to the month that ends with it).


def _hd(
    key: str,
    name: str,
    aliases: Sequence[str],
    rule: str,
    masa: int,
    tithi: int,
    when: str,
    offset: int = 0,
) -> None:
    _add(key, name, aliases, rule, "hindu", _hindu(masa, tithi, when, offset))


_hd(
    "diwali",
    "Diwali",
    ["Diwali", "Deepavali", "Divali", "Deepawali", "Lakshmi Puja", "Laxmi Puja"],
    "Amavasya of Ashvin (amanta; Kartika purnimanta) prevailing at sunset (the first such evening)",
    ASHVIN,
    30,
    "sunset",
)
_hd(
    "dhanteras",
    "Dhanteras",
    ["Dhanteras", "Dhanatrayodashi", "Dhanvantari Trayodashi", "Dhantrayodashi"],
    "Krishna Trayodashi of Ashvin (amanta) prevailing at sunset (the later such evening)",
    ASHVIN,
    28,
    "pradosh-last",
)
_hd(
    "naraka_chaturdashi",
    "Naraka Chaturdashi",
    [
        "Naraka Chaturdashi",
        "Narak Chaturdashi",
        "Naraka Nivaran Chaturdashi",
        "Kali Chaudas",
        "Roop Chaudas",
        "Choti Diwali",
        "Chhoti Diwali",
    ],
    "the day before Diwali (Choti Diwali)",
    ASHVIN,
    30,
    "sunset",
    offset=-1,
)
_hd(
    "govardhan_puja",
    "Govardhan Puja",
    ["Govardhan Puja", "Annakut", "Annakoot"],
    "Shukla Pratipada of Kartika prevailing in the morning (a fifth of the daytime after sunrise)",
    KARTIKA,
    1,
    "morning",
)
_hd(
    "bhai_dooj",
    "Bhai Dooj",
    ["Bhai Dooj", "Bhaiya Dooj", "Bhai Duj", "Bhau Beej", "Bhai Tika", "Bhai Phonta"],
    "Shukla Dwitiya of Kartika, the day it covers most of the afternoon (aparahna)",
    KARTIKA,
    2,
    "aparahna",
)
_hd(
    "chhath",
    "Chhath",
    ["Chhath", "Chhathi", "Chhath Puja", "Chhath Parv", "Dala Puja", "Dala Chhath", "Surya Shashthi"],
    "Shukla Shashthi of Kartika at sunrise (the day of the evening offering)",
    KARTIKA,
    6,
    "sunrise",
)
_x(
    "navaratri",
    "Navaratri",
    ["Navaratri", "Navratri", "Navarathri", "Navrathri", "Durga Puja", "Durgotsava"],
    "Ashvin Shukla Pratipada to Navami",
)
_hd(
    "maha_saptami",
    "Maha Saptami",
    ["Maha Saptami"],
    "Shukla Saptami of Ashvin at sunrise",
    ASHVIN,
    7,
    "sunrise",
)
_x(
    "durga_ashtami",
    "Durga Ashtami",
    ["Durga Ashtami", "Maha Ashtami", "Durgashtami", "Mahashtami"],
    "eighth day of Navaratri",
)
_x("maha_navami", "Maha Navami", ["Maha Navami"], "ninth day of Navaratri")
_x(
    "vijayadashami",
    "Vijayadashami",
    ["Vijayadashami", "Dussehra", "Dusshera", "Dasara", "Dussera", "Dashain"],
    "Ashvin Shukla Dashami",
)
_hd(
    "karva_chauth",
    "Karva Chauth",
    ["Karva Chauth", "Karwa Chauth"],
    "Krishna Chaturthi of Ashvin (amanta; Kartika purnimanta) at moonrise (taken as sunset + a tenth of the night)",
    ASHVIN,
    19,
    "moonrise",
)
_hd(
    "ratha_yatra",
    "Ratha Yatra",
    ["Ratha Yatra", "Rath Yatra", "Ratha Jatra"],
    "Shukla Dwitiya of Ashadha at sunrise",
    ASHADHA,
    2,
    "sunrise",
)
_hd(
    "raksha_bandhan",
    "Raksha Bandhan",
    ["Raksha Bandhan", "Rakshabandhan", "Rakhi"],
    "Purnima of Shravana prevailing in the morning (a fifth of the daytime after sunrise)",
    SHRAVANA,
    15,
    "morning",
)
_hd(
    "mahavir_jayanti",
    "Mahavir Jayanti",
    ["Mahavir Jayanti", "Mahaveer Jayanti", "Mahavir Janma Kalyanak", "Mahaveer Janma Kalyanak"],
    "Shukla Trayodashi of Chaitra at sunrise",
    CHAITRA,
    13,
    "sunrise",
)
_hd(
    "maha_shivaratri",
    "Maha Shivaratri",
    ["Maha Shivaratri", "Maha Shivratri", "Mahashivaratri", "Mahashivratri", "Shivaratri", "Shivratri"],
    "Krishna Chaturdashi of Magha (amanta; Phalguna purnimanta) at midnight (nishita)",
    MAGHA,
    29,
    "midnight",
)
_hd(
    "dayananda_saraswati_jayanti",
    "Dayananda Saraswati Jayanti",
    [
        "Dayananda Saraswati Jayanti",
        "Saraswati Jayanti",
        "Maharishi Dayananda Saraswati Jayanti",
        "Swami Dayananda Saraswati Jayanti",
        "Maharishi Saraswati Jayanti",
        "Swami Saraswati Jayanti",
    ],
    "Krishna Dashami of Magha (amanta; Phalguna purnimanta) at sunrise",
    MAGHA,
    25,
    "sunrise",
)
_add(
    "thai_pongal",
    "Thai Pongal",
    (
        "Thai Pongal",
        "Pongal",
        "Pongal Pandigai",
        "Makar Sankranti",
        "Makara Sankranti",
        "Makara Sankranthi",
        "Makar Sankranthi",
        "Magha Sankranti",
        "Sankranti",
        "Sankranthi",
        "Maghi",
        "Uttarayan",
    ),
    "the day the Sun enters sidereal Capricorn (Lahiri), the next day when after sunset (Chennai)",
    "hindu-solar",
    _makara(0),
)
_add(
    "boghi",
    "Boghi",
    ("Boghi", "Bhogi", "Bogi", "Bogi Pandigai"),
    "the day before Thai Pongal",
    "hindu-solar",
    _makara(-1),
)
_add(
    "mattu_pongal",
    "Mattu Pongal",
    ("Mattu Pongal", "Maattu Pongal"),
    "the day after Thai Pongal",
    "hindu-solar",
    _makara(1),
)
_add(
    "kaanum_pongal",
    "Kaanum Pongal",
    ("Kaanum Pongal", "Kanum Pongal", "Kanni Pongal"),
    "two days after Thai Pongal",
    "hindu-solar",
    _makara(2),
)
_add(
    "vaisakhi",
    "Vaisakhi",
    ("Vaisakhi", "Baisakhi", "Vasakhi", "Vaishakhi", "Mesadi", "Vaisakhadi"),
    "the day (IST) the Sun enters sidereal Aries (Lahiri)",
    "hindu-solar",
    _vaisakhi,
)
_x(
    "thiru_onam",
    "Thiru Onam",
    ["Thiru Onam", "Thiruvonam", "Onam"],
    "Thiruvonam nakshatra in the month of Chingam",
    reason=_ONAM,
    calendar="hindu-solar",
)
_add(
    "rabindra_jayanti",
    "Rabindra Jayanti",
    ("Rabindra Jayanti", "Rabindranath Jayanti", "Rabindranath Tagore Jayanti"),
    "25 Boishakh: 1 Boishakh is the day after the Sun enters sidereal Aries "
    "(two days after when that is past midnight in Kolkata)",
    "hindu-solar",
    _rabindra_jayanti,
)
_hd(
    "vasant_panchami",
    "Vasant Panchami",
    ["Vasant Panchami", "Basant Panchami", "Saraswati Puja"],
    "Shukla Panchami of Magha at sunrise",
    MAGHA,
    5,
    "sunrise",
)
_hd(
    "holika_dahan",
    "Holika Dahan",
    ["Holika Dahan", "Chhoti Holi", "Choti Holi", "Kamudu Pyre", "Holika Deepak"],
    "the evening of Phalguna Purnima after Bhadra; the next evening when Bhadra lasts "
    "the night and Purnima covers three quarters of the next day",
    PHALGUNA,
    15,
    "holika",
)
_hd(
    "holi",
    "Holi",
    ["Holi", "Rangwali Holi", "Dhulandi", "Dhuleti", "Phagwah", "Dhulivandan"],
    "the day after Holika Dahan",
    PHALGUNA,
    15,
    "holika",
    offset=1,
)
_hd(
    "krishna_janmashtami",
    "Krishna Janmashtami",
    ["Krishna Janmashtami", "Janmashtami", "Gokulashtami", "Krishnashtami"],
    "Krishna Ashtami of Shravana (amanta; Bhadrapada purnimanta) prevailing at sunset (the later such evening)",
    SHRAVANA,
    23,
    "pradosh-last",
)
_hd(
    "ganesh_chaturthi",
    "Ganesh Chaturthi",
    ["Ganesh Chaturthi", "Vinayaka Chaturthi", "Vinayaka Chavithi"],
    "Shukla Chaturthi of Bhadrapada, the day it covers most of midday (madhyahna)",
    BHADRAPADA,
    4,
    "madhyahna",
)
_hd(
    "rama_navami",
    "Rama Navami",
    ["Rama Navami", "Ram Navami"],
    "Shukla Navami of Chaitra at sunrise",
    CHAITRA,
    9,
    "sunrise",
)
_hd(
    "ugadi",
    "Ugadi",
    ["Ugadi", "Yugadi", "Samvatsaradi", "Chaitra Sukladi", "Chaitra Sukhladi", "Gudi Padwa"],
    "Shukla Pratipada of Chaitra at sunrise",
    CHAITRA,
    1,
    "sunrise",
)
_hd(
    "guru_gobind_singh_jayanti",
    "Guru Gobind Singh Jayanti",
    [
        "Guru Gobind Singh Jayanti",
        "Guru Govind Singh Jayanti",
        "Guru Gobind Singh Birthday",
        "Guru Govind Singh Birthday",
        "Guru Gobind Singh Gurpurab",
    ],
    "Shukla Saptami of Pausha at sunrise (can fall twice in a year, or not at all)",
    PAUSHA,
    7,
    "sunrise",
)
_hd(
    "guru_ravidass_jayanti",
    "Guru Ravidass Jayanti",
    [
        "Guru Ravidass Jayanti",
        "Guru Ravidas Jayanti",
        "Guru Ravidass Birthday",
        "Guru Ravidas Birthday",
        "Ravidas Jayanti",
    ],
    "Purnima of Magha at sunrise",
    MAGHA,
    15,
    "sunrise",
)
_hd(
    "pargat_diwas",
    "Pargat Diwas",
    ["Pargat Diwas", "Valmiki Jayanti", "Maharishi Valmiki Jayanti"],
    "Purnima of Ashvin at sunrise",
    ASHVIN,
    15,
    "sunrise",
)
_hd(
    "guru_nanak_jayanti",
    "Guru Nanak Jayanti",
    ["Guru Nanak Jayanti", "Guru Nanak Gurpurab", "Guru Nanak's Birthday"],
    "Purnima of Kartika at sunrise",
    KARTIKA,
    15,
    "sunrise",
)
_x(
    "vesak",
    "Vesak",
    [
        "Vesak",
        "Vesakha",
        "Vaisakha",
        "Visakha Puja",
        "Buddha Day",
        "Buddha Purnima",
        "Buddha Jayanti",
        "Buddha's Birthday",
    ],
    "full moon of Vesakha",
    reason=_BUDDHIST,
    calendar="buddhist",
)


class _LazyTrie:
    """Stands in for the trie until the first lookup builds it (keeps the import cheap)."""

    def get(self, word: str) -> Any:
        global _TRIE
        _TRIE = _build_trie(HOLIDAYS.values())
        return _TRIE.get(word)


def _make() -> dict[str, Holiday]:
    table: dict[str, Holiday] = {}
    for key, name, aliases, rule, cal, compute in _SPECS:
        if key in table:
            raise ValueError(f"duplicate holiday key {key!r}")
        table[key] = Holiday(name, key, aliases, rule, cal, compute)
    return table


#: Every holiday by key, in the order they are documented.
HOLIDAYS: dict[str, Holiday] = _make()
_TRIE: Any = _LazyTrie()
