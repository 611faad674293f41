"""The resolver: a parsed expression + a reference -> an exact :class:`Span`.

Pure: the reference is always passed in, the clock is never read. Every rule
that decides a date writes one reason, so :attr:`Span.explanation` says how
the expression was read ("Wednesday -> 2025-03-05: the most recent Wednesday
on or before the reference Thu 2025-03-06"). The conventions are written down
with an example each in ``docs/conventions.md``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from timeline import lexicon as lx
from timeline.errors import (
    ExpressionError,
    ExpressionSyntaxError,
    ImpossibleDateError,
    OutOfRangeError,
    TimelineError,
    UnknownEventError,
    UnknownWordError,
    UnsupportedError,
)
from timeline.grammar import Expression, Point, parse, tokenize
from timeline.model import Granularity as G
from timeline.model import Span, add_elapsed
from timeline.model import day_of as _as_date

DAY = timedelta(days=1)
_MEMO_SIZE = 4096  # distinct expressions memoised per resolver: bounded memory on any input
WEEK = timedelta(days=7)
_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_FIXED_ZONES: dict[int, tzinfo] = {}

# Seasons (northern hemisphere, astronomical, rounded to fixed days):
# spring 20 Mar, summer 21 Jun, autumn 23 Sep, winter 21 Dec (to 20 Mar).
SEASON_STARTS = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 23), "WI": (12, 21)}
_SEASON_ORDER = ("WI", "SP", "SU", "FA")
_SEASON_SEQUENCE = ("SP", "SU", "FA", "WI")  # within the year a winter starts in

UNIT_FACTS = lx.UNIT_FACTS
VAGUE_WINDOWS = lx.VAGUE_WINDOWS  # kind -> VagueWindow (the one table: timeline.lexicons.en)

# An ISO 8601 date and time with a numeric UTC offset, read at the entry point (the grammar reads
# "Z" and "UTC+5" but not "+05:00" glued to the time).
_ISO_WITH_OFFSET = re.compile(r"\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?[+-]\d{2}:?\d{2}\s*$")


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


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by n months."""
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _fmt(d: date) -> str:
    return f"{lx.WEEKDAY_NAMES[d.weekday()][:3]} {d.isoformat()}"


def _check_year(year: int, text: str) -> None:
    if not 1 <= year <= 9998:
        raise OutOfRangeError(f"year {year} is out of range (1-9998)", text)


# --------------------------------------------------------------------------
# Calendar units as spans


def day_span(d: date) -> tuple[date, date, G, str]:
    return d, d + DAY, G.DAY, d.isoformat()


def week_span(d: date) -> tuple[date, date, G, str]:
    monday = d - timedelta(days=d.weekday())
    iso = monday.isocalendar()
    return monday, monday + WEEK, G.WEEK, f"{iso[0]}-W{iso[1]:02d}"


def weekend_span(d: date) -> tuple[date, date, G, str]:
    """The Saturday and Sunday of the ISO week containing d."""
    monday = d - timedelta(days=d.weekday())
    iso = monday.isocalendar()
    return monday + timedelta(days=5), monday + WEEK, G.WEEKEND, f"{iso[0]}-W{iso[1]:02d}-WE"


def month_span(year: int, month: int) -> tuple[date, date, G, str]:
    ny, nm = add_months(year, month, 1)
    return date(year, month, 1), date(ny, nm, 1), G.MONTH, f"{year:04d}-{month:02d}"


def quarter_span(year: int, quarter: int) -> tuple[date, date, G, str]:
    m = (quarter - 1) * 3 + 1
    ny, nm = add_months(year, m, 3)
    return date(year, m, 1), date(ny, nm, 1), G.QUARTER, f"{year:04d}-Q{quarter}"


def year_span(year: int) -> tuple[date, date, G, str]:
    return date(year, 1, 1), date(year + 1, 1, 1), G.YEAR, f"{year:04d}"


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


# --------------------------------------------------------------------------
# The resolver


@dataclass(slots=True)
class _Raw:
    """A span being built: start/end are dates (day and coarser) or datetimes."""

    start: date | datetime
    end: date | datetime
    grain: G
    value: str
    reason: str


class Resolver:
    """Resolves parsed expressions against one reference.

    ``events`` maps event ids to their spans for expressions anchored on other
    events ("2 days after congress-speech").
    """

    __slots__ = (
        "_anchored_on_event",
        "_memo",
        "_out_of_range",
        "date_order",
        "events",
        "has_time",
        "language",
        "prefer",
        "ref",
        "ref_day",
        "text",
        "tz",
    )

    def __init__(
        self,
        reference: date | datetime,
        prefer: str = "past",
        timezone_name: str | None = None,
        date_order: str = "auto",
        events: Mapping[str, Span] | Callable[[str], Span | None] | None = None,
        language: str = "en",
    ) -> None:
        if prefer not in ("past", "future", "nearest"):
            raise ExpressionError(f"prefer must be past, future or nearest, not {prefer!r}")
        tz = _zone(timezone_name) if timezone_name else None
        self._out_of_range: OutOfRangeError | None = None
        if isinstance(reference, datetime):
            self.has_time = True
            ref = reference
            if tz is not None:
                try:
                    ref = ref.replace(tzinfo=tz) if ref.tzinfo is None else ref.astimezone(tz)
                except (OverflowError, ValueError):
                    # 9999-12-31T23:59:59-12:00 in UTC is in the year 10000: report it on the
                    # first expression, as an error of that expression, never as a crash here.
                    self._out_of_range = OutOfRangeError(
                        f"the reference {reference.isoformat()} in {timezone_name} falls outside the years 1-9999")
            else:
                tz = ref.tzinfo
        elif isinstance(reference, date):
            self.has_time = False
            ref = datetime(reference.year, reference.month, reference.day, tzinfo=tz)
        else:
            raise ExpressionError(f"reference must be a date or datetime, not {type(reference).__name__}")
        self.ref = ref
        self.ref_day = ref.date()
        self.tz = tz
        self.prefer = prefer
        self.date_order = date_order
        self.events = events
        self.text = ""
        self.language = language
        # Per-run memo: text -> Span, or (text, quiet) -> the error. Real files repeat "last week"
        # many times; everything that decides a span (reference, prefer, zone, date order,
        # language) is fixed for this resolver, so the text alone is the key. Expressions
        # anchored on other events are never memoised (their anchors may still change).
        self._memo: dict[object, Span | TimelineError] = {}
        self._anchored_on_event = False

    # ---- entry points ---------------------------------------------------

    def resolve(self, text: str, quiet: bool = False) -> Span:
        """Parse and resolve *text*; raises ExpressionError (without a message when *quiet*).

        Results are memoised for this resolver (see ``__init__``); a repeated
        expression costs one dictionary lookup.
        """
        memo = self._memo
        found = memo.get(text)
        if found is None:
            found = memo.get((text, quiet))
        if found is not None:
            if isinstance(found, Span):
                return found
            raise found.with_traceback(None)
        try:
            span = self._resolve_uncached(text, quiet)
        except TimelineError as exc:
            if not self._anchored_on_event and len(memo) < _MEMO_SIZE:
                memo[(text, quiet)] = exc
            raise
        if len(memo) < _MEMO_SIZE and not self._anchored_on_event:
            memo[text] = span
        return span

    def _iso_instant(self, text: str) -> Span:
        """An ISO 8601 date and time with a UTC offset (2025-03-06T10:00:00+05:00): that instant,
        shown in the resolver's zone when it has one, else at its own offset."""
        try:
            written = datetime.fromisoformat(text)
        except ValueError:
            raise ImpossibleDateError(f"{text!r} is not a date and time that exists", text) from None
        grain = G.SECOND if text[16:17] == ":" else G.MINUTE
        try:
            moment = written.astimezone(self.tz) if self.tz is not None else written
            end = moment + (timedelta(seconds=1) if grain is G.SECOND else timedelta(minutes=1))
        except OverflowError:
            raise OutOfRangeError(f"{text!r} falls outside the years 1-9999", text) from None
        value = moment.replace(tzinfo=None).isoformat(timespec="seconds" if grain is G.SECOND else "minutes")
        return Span.make(moment, end, grain, value,
                         f"{text} → {value}: an ISO 8601 date and time at UTC{written.isoformat()[-6:]}")

    def resolve_longest(self, text: str, start: int = 0, max_words: int = 16) -> tuple[Span, int] | None:
        """The longest expression that begins at character *start* of *text* and resolves.

        For scanners over running text (``extract``): give the text and where a
        candidate begins (a date word the lexicon knows); get the span and the
        character offset where the expression ends, or None. Windows of up to
        *max_words* tokens are tried from the longest down, quietly (no error
        messages are built) and through the memo, so repeated phrases are cheap.
        """
        tail = text[start:]
        toks = tokenize(tail)[:max_words]
        skip = len(tail) - len(tail.lstrip())
        for n in range(len(toks), 0, -1):
            if not toks[n - 1].text[:1].isalnum():
                continue  # the grammar forgives trailing punctuation; a scanner's extent excludes it
            end = toks[n - 1].end
            candidate = tail[skip:end]
            try:
                return self.resolve(candidate, quiet=True), start + end
            except TimelineError:
                continue
        return None

    def _resolve_uncached(self, text: str, quiet: bool) -> Span:
        if self._out_of_range is not None:
            raise OutOfRangeError(self._out_of_range.message, text)
        self.text = text
        self._anchored_on_event = False
        if _ISO_WITH_OFFSET.match(text):
            return self._iso_instant(text.strip())
        expr = parse(text, self.date_order, quiet, self.language)
        try:
            return self.resolve_expression(expr)
        except (ExpressionError, UnsupportedError):
            raise
        except (TypeError, AttributeError, IndexError, KeyError, AssertionError) as exc:
            # A combination of words the rules do not join up: report it as unreadable
            # rather than crash the caller (every other failure is a typed error).
            raise ExpressionSyntaxError(f"cannot resolve {text!r}: these words do not combine into a date",
                                        text) from exc

    def resolve_expression(self, expr: Expression) -> Span:
        self.text = expr.text
        try:
            if expr.end is not None:
                raw = self._interval(expr)
            else:
                raw = self.point(expr.start)
                if expr.duration is not None:
                    raw = self._extend(raw, expr.duration)
        except ExpressionError as exc:
            if not exc.text:
                exc.text = expr.text
            raise
        except (ValueError, OverflowError):
            # Days of months are checked where they are read (ImpossibleDateError), so what the
            # datetime module still refuses is a date past the ends of its calendar.
            raise OutOfRangeError(f"{expr.text!r}: the date falls outside the years 1-9999", expr.text) from None
        approximate = expr.approximate or expr.start.vague is not None or expr.start.fiscal
        qualifier = expr.qualifier
        text = expr.text.strip()
        explanation = f"{text} → {raw.value}: {raw.reason}"
        if qualifier:
            explanation += f" (qualifier {qualifier!r} kept)"
        if approximate and expr.start.vague is None:
            explanation += " (approximate)"
        return Span.make(raw.start, raw.end, raw.grain, raw.value, explanation, approximate, qualifier,
)

    # ---- helpers --------------------------------------------------------

    def _direction(self, candidates_past: date, candidates_future: date) -> tuple[date, str]:
        """Pick by prefer between the on-or-before and the on-or-after candidate."""
        if self.prefer == "past":
            return candidates_past, "most recent on or before"
        if self.prefer == "future":
            return candidates_future, "first on or after"
        if (self.ref_day - candidates_past) <= (candidates_future - self.ref_day):
            return candidates_past, "nearest to"
        return candidates_future, "nearest to"

    # ---- points ---------------------------------------------------------

    def point(self, p: Point) -> _Raw:
        if p.vague is not None:
            return self._vague(p.vague)
        if p.now and not p.has_time():
            t = self.ref.replace(microsecond=0)
            return _Raw(t, t + timedelta(seconds=1), G.SECOND, "PRESENT_REF",
                        f"the reference time {t.isoformat()}")
        base = self._base(p)
        if base is None:
            if not p.has_time():
                raise ExpressionSyntaxError("no date in the expression", self.text)
            return self._time_only(p)
        if p.part is not None:
            base = self._part(p.part, base)
        if p.has_time():
            return self._with_time(p, base)
        return base

    def _base(self, p: Point) -> _Raw | None:
        if p.anchor_event is not None:
            return self._event_anchor(p)
        if p.anchored is not None:
            return self._anchored(p)
        if p.closest is not None:
            return self._closest(p)
        if p.holiday is not None:
            return self._holiday(p)
        if p.nth is not None:
            return self._nth(p)
        if p.nth_ahead is not None:
            return self._nth_ahead(p)
        if p.unit_run is not None:
            return self._unit_run(p)
        if p.offset is not None and p.month is not None and p.year is None and p.day is None:
            # "March in a year": March of the year the offset lands in
            landed = _as_date(self._offset(Point(offset=p.offset)).start)
            return _Raw(*month_span(landed.year, p.month), f"{lx.MONTH_NAMES[p.month]} of {landed.year}, the "
                        f"year {_num(abs(p.offset[0]))} {p.offset[1]}(s) from the reference")
        if p.offset is not None and p.rel_day == 0 and p.offset[1] in ("week", "month", "year", "day"):
            # "a year ago today": the same calendar day, a unit away
            value, unit = p.offset
            if unit in ("month", "year"):
                y, m = add_months(self.ref_day.year, self.ref_day.month,
                                  int(value) * (12 if unit == "year" else 1))
                landed = date(y, m, min(self.ref_day.day, calendar.monthrange(y, m)[1]))
            else:
                landed = self.ref_day + timedelta(days=int(value) * (7 if unit == "week" else 1))
            return _Raw(*day_span(landed), f"the reference day {_num(abs(value))} {unit}(s) "
                        f"{'earlier' if value < 0 else 'later'}")
        if p.offset is not None:
            return self._offset(p)
        if p.rel_unit is not None and p.season is None:
            return self._rel_unit(p)
        if p.open_unit is not None:
            return self._open_weekend()
        if p.rel_day is not None:
            d = self.ref_day + timedelta(days=p.rel_day)
            word = {0: "the reference day", 1: "the day after the reference",
                    -1: "the day before the reference", 2: "two days after the reference",
                    -2: "two days before the reference"}.get(p.rel_day, f"{p.rel_day} days from the reference")
            return _Raw(*day_span(d), f"{word}, {_fmt(d)}")
        if p.weekday is not None and p.day is None and p.month is None and p.year is None:
            return self._weekday(p)
        if p.day is not None or p.month is not None or p.year is not None or p.quarter is not None \
                or p.season is not None or p.iso_week is not None or p.decade is not None \
                or p.century is not None or p.half is not None or p.month_shift is not None \
                or p.year_shift is not None:
            return self._calendar(p)
        if p.eod:
            return _Raw(*day_span(self.ref_day), "the end of the reference day")
        return None

    def _weekday(self, p: Point) -> _Raw:
        wd = p.weekday
        assert wd is not None
        name = lx.WEEKDAY_NAMES[wd]
        ref = self.ref_day
        rwd = ref.weekday()
        if p.week_shift is not None:
            monday = ref - timedelta(days=rwd) + timedelta(days=7 * p.week_shift)
            d = monday + timedelta(days=wd)
            which = {-1: "last week", 0: "this week", 1: "next week", 2: "the week after next"}.get(
                p.week_shift, f"{p.week_shift} weeks away")
            return _Raw(*day_span(d), f"the {name} of {which} (ISO weeks, Monday to Sunday)")
        mode = p.rel_weekday
        if mode == "last":
            d = ref - timedelta(days=(rwd - wd - 1) % 7 + 1)
            return _Raw(*day_span(d), f"the most recent {name} strictly before the reference {_fmt(ref)}")
        if mode == "next":
            d = ref + timedelta(days=(wd - rwd - 1) % 7 + 1)
            return _Raw(*day_span(d), f"the first {name} strictly after the reference {_fmt(ref)}")
        if mode == "this":
            d = ref - timedelta(days=rwd) + timedelta(days=wd)
            return _Raw(*day_span(d), f"the {name} of the reference's week ({_fmt(ref)})")
        past = ref - timedelta(days=(rwd - wd) % 7)
        future = ref + timedelta(days=(wd - rwd) % 7)
        d, how = self._direction(past, future)
        return _Raw(*day_span(d), f"the {_how(how)}{name} {_where(how)} the reference {_fmt(ref)} "
                    f"(prefer {self.prefer})")

    def _nth_ahead(self, p: Point) -> _Raw:
        unit, n = p.nth_ahead  # type: ignore[misc]
        ref = self.ref_day
        if unit == "weekday":
            wd = p.weekday
            assert wd is not None
            name = lx.WEEKDAY_NAMES[wd]
            if n > 0:
                first = ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
                d = first + timedelta(days=7 * (n - 1))
                return _Raw(*day_span(d), f"the {_ordinal(n)} {name} after the reference {_fmt(ref)}")
            first = ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
            d = first - timedelta(days=7 * (-n - 1))
            return _Raw(*day_span(d), f"the {_ordinal(-n)} {name} before the reference {_fmt(ref)}")
        if unit in _UNIT_SECONDS:
            return self._offset_time(n, unit)
        d = shift_unit(unit, ref, n)
        raw = _Raw(*unit_span(unit, d), "")
        raw.reason = f"the {_ordinal(n)} {unit} after the current one"
        return raw

    def _unit_run(self, p: Point) -> _Raw:
        unit, direction, count = p.unit_run  # type: ignore[misc]
        if unit == "fortnight":
            unit, count = "week", count * 2
        if unit in _UNIT_SECONDS:
            size = _UNIT_SECONDS[unit]
            ts = self.ref.timestamp() if self.ref.tzinfo else (self.ref - datetime(1970, 1, 1)).total_seconds()
            floor = add_elapsed(self.ref, -timedelta(seconds=ts % size, microseconds=self.ref.microsecond))
            step = timedelta(seconds=size)
            if direction < 0:
                run_start, run_end = add_elapsed(floor, -step * count), floor
            else:
                run_start, run_end = add_elapsed(floor, step), add_elapsed(floor, step * (count + 1))
            grain = G(unit)
            return _Raw(run_start, run_end, grain, _timex_time(run_start, grain) + f"/P{'T' if unit != 'day' else ''}"
                        f"{count}{unit[0].upper()}",
                        f"the {count} whole {unit}s {'before' if direction < 0 else 'after'} the current one")
        current = unit_span(unit, self.ref_day)
        if direction < 0:
            first = unit_span(unit, shift_unit(unit, self.ref_day, -count))
            first_day, after_last = first[0], current[0]
        else:
            nxt = unit_span(unit, shift_unit(unit, self.ref_day, 1))
            last = unit_span(unit, shift_unit(unit, self.ref_day, count))
            first_day, after_last = nxt[0], last[1]
        start = first_day
        end = after_last
        grain = current[2]
        word = "before" if direction < 0 else "after"
        value = f"{(first if direction < 0 else nxt)[3]}/P{count}{_duration_letter(unit)}"
        return _Raw(start, end, grain, value,
                    f"the {count} whole {unit}{'s' if count != 1 else ''} {word} the current one "
                    f"({_fmt(start) if isinstance(start, date) else start} to the day before {end})")

    def _offset(self, p: Point) -> _Raw:
        value, unit = p.offset  # type: ignore[misc]
        if p.window:
            moved = self._offset_time(value, unit)
            if unit in _UNIT_SECONDS:
                return _Raw(self.ref, moved.start, G(unit), f"{_timex_time(self.ref, G(unit))}/{moved.value}",
                            f"from the reference time to {_num(value)} {unit}(s) later")
            end = _as_date(moved.start)
            return _Raw(self.ref_day, end, G.DAY, f"{self.ref_day.isoformat()}/{end.isoformat()}",
                        f"from the reference day to {_num(value)} {unit}(s) later")
        if unit in _UNIT_SECONDS or p.offset_exact or value != int(value):
            return self._offset_time(value, unit, exact=p.offset_exact)
        n = int(value)
        ref = self.ref_day
        if unit == "fortnight":
            unit, n = "week", 2 * n
        d = shift_unit(unit, ref, n)
        if unit in ("month", "year", "quarter", "decade", "century"):
            y, m = add_months(ref.year, ref.month, n * {"month": 1, "quarter": 3, "year": 12, "decade": 120,
                                                          "century": 1200}[unit])
            _check_year(y, self.text)
            d = date(y, m, min(ref.day, calendar.monthrange(y, m)[1]))
        raw = _Raw(*unit_span(unit, d), "")
        direction = "before" if n < 0 else "after"
        raw.reason = (f"{abs(n)} {unit}{'s' if abs(n) != 1 else ''} {direction} the reference {_fmt(ref)} is "
                      f"{d.isoformat()}; the {unit} containing it")
        return raw

    def _offset_time(self, value: float, unit: str, exact: bool = False) -> _Raw:
        seconds = value * {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
                           "fortnight": 1209600}.get(unit, 0)
        if seconds == 0 and unit not in ("second", "minute", "hour", "day", "week"):
            months = value * {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit, 0)
            whole = int(months)
            y, m = add_months(self.ref.year, self.ref.month, whole)
            t = self.ref.replace(year=y, month=m, day=min(self.ref.day, calendar.monthrange(y, m)[1]))
            t += timedelta(days=round((months - whole) * 30))
        elif unit in _UNIT_SECONDS:
            t = add_elapsed(self.ref, timedelta(seconds=seconds))  # hours are real hours (issue 17.6)
        else:
            t = self._wall(self.ref.replace(tzinfo=None) + timedelta(seconds=seconds))  # days are calendar days
        grain = G.SECOND if exact else (G(unit) if unit in _UNIT_SECONDS else G.MINUTE)
        size = timedelta(seconds=_UNIT_SECONDS.get(grain.value, 60))
        return _Raw(t, add_elapsed(t, size), grain, _timex_time(t, grain),
                    f"{_num(value)} {unit}{'s' if value != 1 else ''} {'after' if value >= 0 else 'before'} the "
                    f"reference time {self.ref.isoformat()}")

    def _rel_unit(self, p: Point) -> _Raw:
        unit, rel = p.rel_unit  # type: ignore[misc]
        d = shift_unit(unit, self.ref_day, rel)
        raw = _Raw(*unit_span(unit, d), "")
        which = {-2: "the one before last", -1: "the previous", 0: "the current", 1: "the next",
                 2: "the one after next"}.get(rel, f"{rel} away")
        if unit in ("week", "weekend"):
            raw.reason = f"{which} ISO week (Monday to Sunday) from the reference {_fmt(self.ref_day)}"
            if unit == "weekend":
                raw.reason = f"Saturday and Sunday of {which} week"
        else:
            raw.reason = f"{which} calendar {unit} from the reference {_fmt(self.ref_day)}"
        return raw

    def _open_weekend(self) -> _Raw:
        """'the weekend': past, the most recent one that has begun on or before the reference
        day; future, the one under way or coming; nearest, whichever starts closer."""
        ref = self.ref_day
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)  # the last Saturday on or before
        past = saturday
        future = saturday if ref - saturday <= DAY else saturday + WEEK
        d, how = self._direction(past, future)
        if self.prefer == "future" and future == past:
            how = "under way on"
        return _Raw(*weekend_span(d), f"the weekend {how} the reference {_fmt(ref)} (prefer {self.prefer})")

    def _vague(self, kind: str) -> _Raw:
        window = VAGUE_WINDOWS[kind]
        start = self.ref_day + timedelta(days=window.before)
        end = self.ref_day + timedelta(days=window.after)
        if end <= start:
            end = start + DAY
        return _Raw(start, end, G.DAY, window.value, f"a vague reference, taken as {window.description} "
                    "(approximate)")

    # ---- calendar fields -------------------------------------------------

    def _year_for(self, p: Point) -> int | None:
        if p.year is not None:
            return p.year
        if p.year_shift is not None:
            return self.ref_day.year + p.year_shift
        return None

    def _calendar(self, p: Point) -> _Raw:
        ref = self.ref_day
        year = self._year_for(p)
        if year is not None:
            _check_year(year, self.text)
        if p.iso_week is not None:
            assert year is not None
            try:
                monday = date.fromisocalendar(year, p.iso_week, 1)
            except ValueError:
                raise ImpossibleDateError(f"{year} has no ISO week {p.iso_week}", self.text) from None
            return _Raw(*week_span(monday), f"ISO week {p.iso_week} of {year}")
        if p.quarter is not None:
            if not 1 <= p.quarter <= 4:
                raise ImpossibleDateError(f"there is no quarter {p.quarter}", self.text)
            if year is None and p.month is not None:
                # "the December quarter": the year of the December that prefer picks
                held = self._month_day(Point(month=p.month), None)
                y = _as_date(held.start).year
                return _Raw(*quarter_span(y, p.quarter), f"the quarter holding {held.reason}")
            y = year if year is not None else ref.year
            return _Raw(*quarter_span(y, p.quarter), f"quarter {p.quarter} of {y}"
                        + ("" if year is not None else " (the reference's year)"))
        if p.half is not None:
            y = year if year is not None else ref.year
            start = date(y, 1 if p.half == 1 else 7, 1)
            end = date(y, 7, 1) if p.half == 1 else date(y + 1, 1, 1)
            return _Raw(start, end, G.QUARTER, f"{y}-H{p.half}", f"half {p.half} of {y}")
        if p.season is not None:
            return self._season(p, year)
        if p.decade is not None:
            return _Raw(*decade_span(p.decade), f"the decade {p.decade}-{p.decade + 9}")
        if p.century is not None:
            return _Raw(*century_span(p.century), f"the century {p.century + 1}-{p.century + 100}")
        if p.month_shift is not None and p.month is None:
            y, m = add_months(ref.year, ref.month, p.month_shift)
            if p.day is not None:
                d = _make_date(y, m, p.day, self.text)
                return _Raw(*day_span(d), f"day {p.day} of the month {y}-{m:02d}")
            return _Raw(*month_span(y, m), f"the month {y}-{m:02d}")
        if p.month is not None:
            return self._month_day(p, year)
        if p.day is not None:
            return self._day_of_month(p)
        if year is not None:
            if p.fiscal:
                return _Raw(*year_span(year), f"fiscal year {year}, taken as the calendar year (fiscal years "
                            f"start in different months for different organisations)")
            return _Raw(*year_span(year), f"the year {year}")
        raise ExpressionSyntaxError("no date in the expression", self.text)

    def _season(self, p: Point, year: int | None) -> _Raw:
        code = p.season
        assert code is not None
        name = lx.SEASON_NAMES[code]
        if year is not None and p.rel_unit is None:
            return _Raw(*season_span(year, code), f"{name} {year} (northern hemisphere)")
        ref = self.ref_day
        rel = p.rel_unit[1] if p.rel_unit else None
        this_year = season_span(ref.year, code)
        prev_year = season_span(ref.year - 1, code)
        next_year = season_span(ref.year + 1, code)
        candidates = [prev_year, this_year, next_year]
        if rel == 0:
            # "this summer": the one of the reference's year (winter: the one containing the reference
            # if any, else the one starting this year)
            for c in candidates:
                if c[0] <= ref < c[1]:
                    return _Raw(*c, f"the {name} containing the reference {_fmt(ref)}")
            return _Raw(*this_year, f"the {name} of the reference's year")
        if rel is not None and rel < 0:
            found = [c for c in candidates if c[1] <= ref]
            c = found[-1]
            return _Raw(*c, f"the most recent {name} that ended before the reference {_fmt(ref)}")
        if rel is not None and rel > 0:
            found = [c for c in candidates if c[0] > ref]
            c = found[0]
            return _Raw(*c, f"the first {name} that starts after the reference {_fmt(ref)}")
        past = [c for c in candidates if c[0] <= ref][-1]
        future = [c for c in candidates if c[1] > ref][0]
        if past[0] <= ref < past[1]:
            return _Raw(*past, f"the {name} containing the reference {_fmt(ref)}")
        pick, how = self._direction(past[0], future[0])
        c = past if pick == past[0] else future
        return _Raw(*c, f"the {name} {how} the reference {_fmt(ref)} (prefer {self.prefer})")

    def _month_day(self, p: Point, year: int | None) -> _Raw:
        ref = self.ref_day
        month = p.month
        assert month is not None
        mname = lx.MONTH_NAMES[month]
        if p.day is None:
            if year is not None:
                return _Raw(*month_span(year, month), f"{mname} {year}")
            strict = p.rel_weekday  # last/next/this month-name
            cur = (ref.year, ref.month)
            if p.year_shift == 2 and strict is None:
                # "March after next": the March after the next one
                y = (ref.year if month > ref.month else ref.year + 1) + 1
                return _Raw(*month_span(y, month), f"the {mname} after the next one")
            if strict == "this":
                return _Raw(*month_span(ref.year, month), f"{mname} of the reference's year")
            if strict == "last":
                y = ref.year if month < ref.month else ref.year - 1
                return _Raw(*month_span(y, month), f"the most recent {mname} before the reference month")
            if strict == "next":
                y = ref.year if month > ref.month else ref.year + 1
                return _Raw(*month_span(y, month), f"the first {mname} after the reference month")
            past_y = ref.year if (month, 1) <= (cur[1], 1) else ref.year - 1
            future_y = ref.year if month >= ref.month else ref.year + 1
            pick, how = self._direction(date(past_y, month, 1), date(future_y, month, 1))
            return _Raw(*month_span(pick.year, month),
                        f"the {mname} {how} the reference month (prefer {self.prefer})")
        day = p.day
        if year is not None:
            d = _make_date(year, month, day, self.text)
            reason = f"{d.day} {mname} {year}"
        else:
            if not 1 <= day <= 31 or day > _days_in_month_any_year(month):
                raise ImpossibleDateError(f"{mname} has no day {day}", self.text)
            if p.weekday is not None:
                return self._weekday_date(p, month, day)
            strict = p.rel_weekday
            past = self._date_in_or_before(month, day, ref, strict == "last")
            future = self._date_in_or_after(month, day, ref, strict == "next")
            if strict == "last":
                d, how = past, "strictly before"
            elif strict == "next":
                d, how = future, "strictly after"
            else:
                d, how = self._direction(past, future)
            reason = f"the {day} {mname} {how} the reference {_fmt(ref)}" + (
                "" if strict else f" (prefer {self.prefer})")
        if p.weekday is not None and d.weekday() != p.weekday:
            raise ImpossibleDateError(
                f"{lx.WEEKDAY_NAMES[p.weekday]} does not match {d.isoformat()}, which is a "
                f"{lx.WEEKDAY_NAMES[d.weekday()]}", self.text)
        return _Raw(*day_span(d), reason)

    def _weekday_date(self, p: Point, month: int, day: int) -> _Raw:
        """'Thursday 6 March': the date chosen by prefer must be that weekday.

        The other reading (the one on the other side of the reference) is
        accepted only when it lies within a week of the reference ("Sunday,
        Feb 10" read on Tue 12 Feb); anything else is a contradiction, not a
        hint to search other years.
        """
        ref = self.ref_day
        wd = p.weekday
        assert wd is not None
        past = self._date_in_or_before(month, day, ref, False)
        future = self._date_in_or_after(month, day, ref, False)
        first, how = self._direction(past, future)
        other = future if first == past else past
        name = lx.WEEKDAY_NAMES[wd]
        if first.weekday() == wd:
            return _Raw(*day_span(first), f"{name} {day} {lx.MONTH_NAMES[month]}: the {_how(how)}{day} "
                        f"{lx.MONTH_NAMES[month]} {_where(how)} the reference {_fmt(ref)}, a {name}")
        if other.weekday() == wd and abs((other - ref).days) <= 7:
            return _Raw(*day_span(other), f"{name} {day} {lx.MONTH_NAMES[month]}: the date within a week "
                        f"of the reference {_fmt(ref)} that is a {name}")
        raise ImpossibleDateError(
            f"{name} does not match {first.isoformat()}, which is a {lx.WEEKDAY_NAMES[first.weekday()]}",
            self.text)

    def _date_in_or_before(self, month: int, day: int, ref: date, strict: bool) -> date:
        y = ref.year
        for _ in range(9):
            try:
                d = date(y, month, day)
            except ValueError:
                y -= 1
                continue
            if d < ref or (d == ref and not strict):
                return d
            y -= 1
        raise ImpossibleDateError(f"no {day} {lx.MONTH_NAMES[month]} near the reference", self.text)

    def _date_in_or_after(self, month: int, day: int, ref: date, strict: bool) -> date:
        y = ref.year
        for _ in range(9):
            try:
                d = date(y, month, day)
            except ValueError:
                y += 1
                continue
            if d > ref or (d == ref and not strict):
                return d
            y += 1
        raise ImpossibleDateError(f"no {day} {lx.MONTH_NAMES[month]} near the reference", self.text)

    def _day_of_month(self, p: Point) -> _Raw:
        ref = self.ref_day
        day = p.day
        assert day is not None
        if not 1 <= day <= 31:
            raise ImpossibleDateError(f"there is no day {day} in a month", self.text)
        if p.weekday is not None:
            # "Thu 15th": the nearest month (by prefer) whose 15th is a Thursday
            step = -1 if self.prefer == "past" else 1
            y, m = ref.year, ref.month
            for _ in range(24):
                try:
                    d = date(y, m, day)
                except ValueError:
                    d = None
                if d is not None and d.weekday() == p.weekday and (
                        (step > 0 and d >= ref) or (step < 0 and d <= ref)):
                    return _Raw(*day_span(d), f"the first {lx.WEEKDAY_NAMES[p.weekday]} the {_ordinal(day)} "
                                f"{'on or after' if step > 0 else 'on or before'} the reference")
                y, m = add_months(y, m, step)
            raise ImpossibleDateError("no such weekday and day near the reference", self.text)
        past = None
        y, m = ref.year, ref.month
        for _ in range(13):
            try:
                d = date(y, m, day)
                if d <= ref:
                    past = d
                    break
            except ValueError:
                pass
            y, m = add_months(y, m, -1)
        future = None
        y, m = ref.year, ref.month
        for _ in range(13):
            try:
                d = date(y, m, day)
                if d >= ref:
                    future = d
                    break
            except ValueError:
                pass
            y, m = add_months(y, m, 1)
        assert past is not None and future is not None
        d, how = self._direction(past, future)
        return _Raw(*day_span(d), f"the {_ordinal(day)} of the month {how} the reference {_fmt(ref)} "
                    f"(prefer {self.prefer})")

    # ---- composite points ------------------------------------------------

    def _container(self, p: Point) -> tuple[date, date]:
        """The month (or year) an ordinal counts within."""
        ref = self.ref_day
        year = self._year_for(p)
        if p.month is not None:
            if year is None:
                q = Point(month=p.month)
                raw = self._month_day(q, None)
                return raw.start, raw.end
            s = month_span(year, p.month)
            return s[0], s[1]
        if p.month_shift is not None:
            y, m = add_months(ref.year, ref.month, p.month_shift)
            s = month_span(y, m)
            return s[0], s[1]
        if p.year is not None:
            s = year_span(p.year)
            return s[0], s[1]
        if p.year_shift is not None and p.nth is not None and p.nth[1] in ("week",):
            s = year_span(ref.year + p.year_shift)
            return s[0], s[1]
        s = month_span(ref.year, ref.month)
        return s[0], s[1]

    def _nth(self, p: Point) -> _Raw:
        k, unit = p.nth  # type: ignore[misc]
        start, end = self._container(p)
        where = f"{start.isoformat()} to {(end - DAY).isoformat()}"
        if unit == "weekday":
            wd = p.weekday
            assert wd is not None
            name = lx.WEEKDAY_NAMES[wd]
            if k > 0:
                first = start + timedelta(days=(wd - start.weekday()) % 7)
                d = first + timedelta(days=7 * (k - 1))
            else:
                last = end - DAY
                d = last - timedelta(days=(last.weekday() - wd) % 7) - timedelta(days=7 * (-k - 1))
            if not start <= d < end:
                raise ImpossibleDateError(f"there is no {_ordinal(abs(k))} {name} in {where}", self.text)
            return _Raw(*day_span(d), f"the {_ordinal_signed(k)} {name} of {where}")
        if unit == "day":
            d = start + timedelta(days=k - 1) if k > 0 else end + timedelta(days=k)
            if not start <= d < end:
                raise ImpossibleDateError(f"there is no {_ordinal(abs(k))} day in {where}", self.text)
            return _Raw(*day_span(d), f"the {_ordinal_signed(k)} day of {where}")
        if unit in ("week", "weekend"):
            # whole ISO weeks inside the container
            first_monday = start + timedelta(days=(0 - start.weekday()) % 7)
            last_monday = end - WEEK - timedelta(days=(end - WEEK).weekday())
            if k > 0:
                monday = first_monday + timedelta(days=7 * (k - 1))
            else:
                monday = last_monday - timedelta(days=7 * (-k - 1))
            if unit == "weekend":
                sat_first = start + timedelta(days=(5 - start.weekday()) % 7)
                sat_last = (end - DAY) - timedelta(days=((end - DAY).weekday() - 5) % 7)
                if sat_last + DAY >= end:
                    sat_last -= WEEK
                sat = sat_first + timedelta(days=7 * (k - 1)) if k > 0 else sat_last - timedelta(days=7 * (-k - 1))
                return _Raw(sat, sat + 2 * DAY, G.WEEKEND, _weekend_value(sat),
                            f"the {_ordinal_signed(k)} weekend of {where}")
            if not start <= monday < end:
                raise ImpossibleDateError(f"there is no {_ordinal(abs(k))} week in {where}", self.text)
            return _Raw(*week_span(monday), f"the {_ordinal_signed(k)} whole ISO week of {where}")
        raise ExpressionSyntaxError(f"cannot count {unit}s here", self.text)

    def _closest(self, p: Point) -> _Raw:
        rank, anchor_point = p.closest  # type: ignore[misc]
        anchor = self.point(anchor_point)
        a = _as_date(anchor.start)
        if p.weekday is not None:
            wd = p.weekday
            days = []
            for offset in range(-7 * (rank + 1), 7 * (rank + 1) + 1):
                d = a + timedelta(days=offset)
                if d.weekday() == wd:
                    days.append(d)
        elif p.holiday is not None:
            days = [_as_date(p.holiday.occurrence(y)[0]) for y in range(a.year - rank - 1, a.year + rank + 2)]
        else:
            raise ExpressionSyntaxError("closest what?", self.text)
        days.sort(key=lambda d: (abs((d - a).days), d))
        d = days[rank - 1]
        return _Raw(*day_span(d), f"the {_ordinal(rank)} closest to {a.isoformat()}")

    def _anchored(self, p: Point) -> _Raw:
        value, unit, inner = p.anchored  # type: ignore[misc]
        base = self.point(inner)
        if unit == "week_of":
            d = _as_date(base.start)
            return _Raw(*week_span(d), f"the ISO week containing {d.isoformat()}")
        if unit == "weekday":
            wd = p.weekday
            assert wd is not None
            a = _as_date(base.start)
            n = int(value)
            if n > 0:
                first = a + timedelta(days=(wd - a.weekday() - 1) % 7 + 1)
                d = first + timedelta(days=7 * (n - 1))
            else:
                first = a - timedelta(days=(a.weekday() - wd - 1) % 7 + 1)
                d = first - timedelta(days=7 * (-n - 1))
            return _Raw(*day_span(d), f"the {_ordinal(abs(n))} {lx.WEEKDAY_NAMES[wd]} "
                        f"{'after' if n > 0 else 'before'} {a.isoformat()}")
        return self._shift_span(base, value, unit, f"{base.value}")

    def _shift_span(self, base: _Raw, value: float, unit: str, what: str) -> _Raw:
        if isinstance(base.start, datetime) and unit in _UNIT_SECONDS:
            delta = timedelta(seconds=value * _UNIT_SECONDS[unit])
            start = add_elapsed(base.start, delta)
            end = add_elapsed(base.end, delta) if isinstance(base.end, datetime) else base.end
            return _Raw(start, end, base.grain, _timex_time(start, base.grain),
                        f"{_num(value)} {unit}(s) {'after' if value >= 0 else 'before'} {what}")
        n = int(value)
        a = _as_date(base.start)
        if unit in ("day", "week", "fortnight"):
            d = a + timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])
        else:
            y, m = add_months(a.year, a.month, n * {"month": 1, "quarter": 3, "year": 12, "decade": 120,
                                                     "century": 1200}.get(unit, 0))
            d = date(y, m, min(a.day, calendar.monthrange(y, m)[1]))
        if base.grain in (G.DAY,) or base.grain.is_timed:
            span = day_span(d)
        else:
            span = unit_span({G.WEEK: "week", G.MONTH: "month", G.QUARTER: "quarter", G.YEAR: "year",
                              G.WEEKEND: "weekend"}.get(base.grain, "day"), d)
        return _Raw(*span, f"{abs(n)} {unit}{'s' if abs(n) != 1 else ''} "
                    f"{'after' if n >= 0 else 'before'} {what}")

    def _event_anchor(self, p: Point) -> _Raw:
        name = p.anchor_event
        assert name is not None
        self._anchored_on_event = True
        value, unit = p.offset if p.offset else (0, "day")
        span: Span | None = None
        if self.events is not None:
            span = self.events(name) if callable(self.events) else self.events.get(name)
        if span is None:
            raise UnknownEventError(f"unknown event id {name!r}", self.text, name, self.text.find(name))
        base = _Raw(span.start, span.end, span.granularity, span.value, "")
        return self._shift_span(base, value, unit, f"event {name!r} ({span.value})")

    def _holiday(self, p: Point) -> _Raw:
        h = p.holiday
        ref = self.ref_day
        year = self._year_for(p)

        def occ(y: int) -> tuple[date | datetime, date | datetime]:
            _check_year(y, self.text)
            try:
                return h.occurrence(y)  # type: ignore[no-any-return]
            except UnsupportedError as exc:
                exc.text = exc.text or self.text
                raise

        if year is None and p.offset is not None:
            value, unit = p.offset
            year = _as_date(self._offset(Point(offset=p.offset)).start).year
            del value, unit
        if year is not None:
            s, e = occ(year)
            raw = _Raw(s, e, _grain_of(s, e), _value_of(s, e), f"{h.name} {year}")
        else:
            shift = p.holiday_shift
            for y in (ref.year - 1, ref.year, ref.year + 1):
                _check_year(y, self.text)
            try:
                # Every span of the three years: a lunar holiday can fall twice in a year (Eid
                # al-Adha 2006) or not at all, and years a holiday was not held are skipped.
                spans = h.around(ref.year)
            except UnsupportedError as exc:
                exc.text = exc.text or self.text
                raise
            cands = [(_as_date(span[0]).year, span) for span in spans]

            def only(found: list[tuple[int, tuple[date | datetime, date | datetime]]], which: str,
                     index: int) -> tuple[int, tuple[date | datetime, date | datetime]]:
                if not found:
                    raise UnsupportedError(f"no {h.name} {which} {_fmt(ref)} within a year", self.text)
                return found[index]

            if shift is not None and shift < 0:
                y, (s, e) = only([c for c in cands if _as_date(c[1][0]) < ref], "before", -1)
                how = "the most recent one strictly before the reference"
            elif shift is not None and shift > 0:
                y, (s, e) = only([c for c in cands if _as_date(c[1][0]) > ref], "after", 0)
                how = "the first one strictly after the reference"
            elif shift == 0:
                # "this Christmas": the coming one, or the one under way
                y, (s, e) = only([c for c in cands if _as_date(c[1][1]) > ref], "under way or after", 0)
                how = "the one under way or coming after the reference"
            else:
                pasts = [c for c in cands if _as_date(c[1][0]) <= ref]
                futures = [c for c in cands if _as_date(c[1][1]) > ref]
                past = pasts[-1] if pasts else futures[0]  # around() gave at least one span
                future = futures[0] if futures else pasts[-1]
                if _as_date(past[1][0]) <= ref < _as_date(past[1][1]):
                    future = past
                pick, how = self._direction(_as_date(past[1][0]), _as_date(future[1][0]))
                y, (s, e) = past if pick == _as_date(past[1][0]) else future
                how = f"the one {how} the reference (prefer {self.prefer})"
            raw = _Raw(s, e, _grain_of(s, e), _value_of(s, e), f"{h.name} {y}: {how} {_fmt(ref)}")
        if isinstance(raw.start, datetime) and isinstance(raw.end, datetime) and self.tz is not None \
                and raw.start.tzinfo is None:
            raw.start = raw.start.replace(tzinfo=self.tz)
            raw.end = raw.end.replace(tzinfo=self.tz)
        return raw

    # ---- parts of periods --------------------------------------------------

    def _part(self, part: str, base: _Raw) -> _Raw:
        s, e = _as_date(base.start), _as_date(base.end)
        g = base.grain
        ref = self.ref_day
        label = {"early": "early", "mid": "the middle of", "late": "late", "begin": "the beginning of",
                 "end": "the end of", "rest": "the rest of", "earlier": "earlier in", "later": "later in",
                 "all": "all of"}[part]
        if part == "all":
            return base
        if part == "rest":
            start = max(s, ref)
            return _Raw(start, e, G.DAY, f"{start.isoformat()}/{(e - DAY).isoformat()}",
                        f"{label} {base.value}: from the reference day to its end")
        if part == "earlier":
            if g == G.DAY:
                if self.has_time:
                    start = datetime.combine(s, time(), self.ref.tzinfo)
                    return _Raw(start, self.ref, G.HOUR, f"{s.isoformat()}", "earlier on the reference day")
                return _Raw(*day_span(s), "earlier on the reference day")
            end = min(e, ref)
            if end <= s:
                end = s + DAY
            return _Raw(s, end, G.DAY, base.value, f"{label} {base.value}: before the reference day")
        if part == "later":
            if g == G.DAY:
                return _Raw(*day_span(s), "later on the reference day")
            start = max(s, ref + DAY)
            if start >= e:
                start = e - DAY
            return _Raw(start, e, G.DAY, base.value, f"{label} {base.value}: after the reference day")
        if g in (G.MONTH,):
            days = (e - s).days
            cuts = {"early": (0, 10), "begin": (0, 10), "mid": (10, 20), "late": (20, days), "end": (20, days)}[part]
            start, end = s + timedelta(days=cuts[0]), s + timedelta(days=cuts[1])
            return _Raw(start, end, G.DAY, base.value, f"{label} {base.value}: days {cuts[0] + 1} to {cuts[1]}")
        if g in (G.WEEK,):
            cuts = {"early": (0, 3), "begin": (0, 3), "mid": (2, 5), "late": (4, 7), "end": (4, 7)}[part]
            start, end = s + timedelta(days=cuts[0]), s + timedelta(days=cuts[1])
            return _Raw(start, end, G.DAY, base.value,
                        f"{label} {base.value}: {lx.WEEKDAY_NAMES[cuts[0]]} to {lx.WEEKDAY_NAMES[cuts[1] - 1]}")
        if g in (G.YEAR, G.QUARTER, G.SEASON, G.DECADE, G.CENTURY):
            if g == G.YEAR:
                cuts_m = {"early": (0, 4), "begin": (0, 3), "mid": (4, 8), "late": (8, 12), "end": (8, 12)}[part]
                y = s.year
                start = date(*add_months(y, 1, cuts_m[0]), 1)
                end = date(*add_months(y, 1, cuts_m[1]), 1)
                return _Raw(start, end, G.MONTH, base.value, f"{label} {base.value}: months "
                            f"{cuts_m[0] + 1} to {cuts_m[1]}")
            if g in (G.DECADE, G.CENTURY):
                size = 10 if g == G.DECADE else 100
                third = {"early": (0, 4), "begin": (0, 4), "mid": (3, 7), "late": (6, 10), "end": (6, 10)}[part]
                a, b = third[0] * size // 10, third[1] * size // 10
                start = date(max(s.year + a, 1), 1, 1)
                end = date(s.year + b, 1, 1)
                return _Raw(start, end, G.YEAR, base.value, f"{label} {base.value}: years {s.year + a} to "
                            f"{s.year + b - 1}")
            days = (e - s).days
            third_days = days // 3
            cuts = {"early": (0, third_days), "begin": (0, third_days), "mid": (third_days, 2 * third_days),
                    "late": (days - third_days, days), "end": (days - third_days, days)}[part]
            start, end = s + timedelta(days=cuts[0]), s + timedelta(days=cuts[1])
            return _Raw(start, end, G.DAY, base.value, f"{label} {base.value}: its {part} third")
        if g == G.DAY and part in ("early", "begin"):
            return self._daypart_span(s, "morning", base, "early")
        if g == G.DAY and part in ("late", "end"):
            return self._daypart_span(s, "evening", base, None)
        raise ExpressionSyntaxError(f"cannot take {label!r} of a {g.value}", self.text)

    # ---- times of day --------------------------------------------------------

    def _hour_candidates(self, p: Point) -> list[int]:
        h = p.hour
        assert h is not None
        if p.ampm == "am":
            return [0 if h == 12 else h]
        if p.ampm == "pm":
            return [12 if h == 12 else h + 12]
        if p.time_exact or h == 0 or h > 12:
            return [h]
        part = p.daypart
        if part in ("afternoon", "evening", "night", "after_school"):
            if part == "night" and h == 12:
                return [24]
            return [h + 12 if h < 12 else 24] if not (part == "night" and h < 5) else [h + 24 if h < 5 else h]
        if part in ("morning",):
            return [0 if h == 12 else h]
        if h == 12:
            return [12, 24]
        return [h, h + 12]

    def _time_only(self, p: Point) -> _Raw:
        """A time with no day: on the reference day, or by prefer when the reference has a time."""
        ref = self.ref
        if p.daypart is not None and p.hour is None:
            return self._daypart_span(self.ref_day, p.daypart, None, p.daypart_mod)
        candidates = self._hour_candidates(p)
        if not self.has_time:
            if len(candidates) > 1:
                # A news reader's clock: 8-11 are morning hours, 1-7 afternoon and evening.
                h = candidates[0] if p.hour and 8 <= p.hour <= 11 else candidates[-1]
                if p.hour == 12:
                    h = 12
                reason = "the reference day; an hour without am/pm read as 8-11 am or 12-7 pm"
            else:
                h = candidates[0]
                reason = "on the reference day"
            return self._timed(self.ref_day, h, p, reason)
        options = []
        for day_offset in (-1, 0, 1):
            d = self.ref_day + timedelta(days=day_offset)
            for h in candidates:
                t = self._make_time(d, h, p)
                options.append((t, d, h))
        ref_cmp = ref
        if options[0][0].tzinfo is not None and ref.tzinfo is None:
            # a time written in a named zone against a naive reference: compare wall clocks
            options = [(t.replace(tzinfo=None), d, h) for t, d, h in options]
        if self.prefer == "future":
            later = [o for o in options if o[0] >= ref_cmp]
            best = min(later, key=lambda o: o[0])
            how = "the first such time on or after the reference"
        elif self.prefer == "past":
            earlier = [o for o in options if o[0] <= ref_cmp]
            best = max(earlier, key=lambda o: o[0])
            how = "the most recent such time on or before the reference"
        else:
            best = min(options, key=lambda o: abs((o[0] - ref_cmp).total_seconds()))
            how = "the such time nearest the reference"
        return self._timed(best[1], best[2], p, f"{how} {ref.isoformat()}")

    def _make_time(self, d: date, hour: int, p: Point) -> datetime:
        extra = 0
        if hour >= 24:
            extra, hour = divmod(hour, 24)
        t = datetime(d.year, d.month, d.day, hour, p.minute or 0, p.second or 0)
        if extra:
            t += timedelta(days=extra)
        if p.zone is not None:
            t = t.replace(tzinfo=_zone(p.zone))
            if self.tz is not None:
                t = t.astimezone(self.tz)
        elif self.tz is not None:
            t = t.replace(tzinfo=self.tz)
            # normalise across DST changes (a wall time in a gap moves forward)
            t = t.astimezone(UTC).astimezone(self.tz)
        if self.ref.tzinfo is not None and t.tzinfo is None:
            t = t.replace(tzinfo=self.ref.tzinfo)
        return t

    def _wall(self, wall: datetime) -> datetime:
        """A naive wall-clock time placed in the reference's zone; a time in a DST gap
        moves forward, a repeated one is its first occurrence (PEP 495, fold=0)."""
        zone = self.ref.tzinfo
        if zone is None:
            return wall
        return wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)

    def _timed(self, d: date, hour: int, p: Point, reason: str) -> _Raw:
        t = self._make_time(d, hour, p)
        grain, size = _TIME_GRAINS[p.time_grain or "hour"]
        value = _timex_time(t, grain)
        if p.zone_text:
            written = f"{hour % 24:02d}:{p.minute or 0:02d} {p.zone_text}"
            where = f" = {value[11:]} {t.tzname()}" if self.tz is not None else ""
            return _Raw(t, add_elapsed(t, size), grain, value, f"{written}{where} {reason}")
        return _Raw(t, add_elapsed(t, size), grain, value, f"{value[11:]} {reason}")

    def _daypart_span(self, d: date, part: str, base: _Raw | None, mod: str | None) -> _Raw:
        if part == "after_lunch":
            a, b, code = 13, 17, "AF"
        elif part == "after_school":
            a, b, code = 15, 21, "AF"
        else:
            a, b, code = lx.PARTS_OF_DAY[part]
        if mod == "early":
            b = a + (b - a) * 3 // 4 if part != "morning" else 9
        elif mod == "late":
            a = b - 3 if part in ("night", "evening") else a + (b - a) // 2
        start = self._make_time(d, a, Point())
        end = self._make_time(d, b, Point())
        return _Raw(start, end, G.PART_OF_DAY, f"{d.isoformat()}T{code}",
                    f"the {(mod + ' ') if mod else ''}{part.replace('_', ' ')} of {_fmt(d)} "
                    f"({a:02d}:00-{b:02d}:00)")

    def _with_time(self, p: Point, base: _Raw) -> _Raw:
        if base.grain not in (G.DAY,) and not base.grain.is_timed:
            if p.hour is not None and base.grain in (G.WEEK, G.MONTH, G.YEAR, G.QUARTER, G.WEEKEND):
                # "in 4 years at 5pm": the time on the first day of the span
                pass
            else:
                raise ExpressionSyntaxError(f"a time of day needs a day, not a {base.grain.value}", self.text)
        d = _as_date(base.start)
        if p.hour is None:
            assert p.daypart is not None
            raw = self._daypart_span(d, p.daypart, base, p.daypart_mod)
            raw.reason = f"{raw.reason}; {base.reason}"
            return raw
        candidates = self._hour_candidates(p)
        h = candidates[0]
        if len(candidates) > 1 and p.daypart is None and p.hour is not None and 1 <= p.hour <= 7 \
                and not self.has_time:
            h = candidates[-1]  # "Thursday at 3": 15:00 (the news reader's clock, as for times alone)
        raw = self._timed(d, h, p, f"on {_fmt(d)} ({base.reason})")
        return raw

    # ---- intervals -----------------------------------------------------------

    def _interval(self, expr: Expression) -> _Raw:
        assert expr.end is not None
        left_p, right_p = expr.start, expr.end
        # "8am until 6", "11:30-1:30": a bare right hour earlier than the left one is pm
        if left_p.hour is not None and right_p.hour is not None and right_p.ampm is None \
                and not right_p.time_exact and right_p.daypart is None:
            lh = self._hour_candidates(left_p)[0]
            if right_p.hour < 12 and right_p.hour + 12 > lh >= right_p.hour or right_p.hour <= 12 and right_p.hour > lh % 24 and left_p.ampm == "pm":
                right_p.ampm = "pm"
        if left_p.hour is not None and left_p.ampm is None and not left_p.time_exact and right_p.ampm is None \
                and right_p.hour is not None and right_p.hour < 12 and left_p.daypart is None:
            left_p.time_exact = True
            right_p.time_exact = True
        left = self.point(left_p)
        right = self.point(right_p)
        start, end = left.start, right.end
        if isinstance(start, datetime) != isinstance(end, datetime):
            if isinstance(start, datetime):
                end = datetime.combine(_as_date(end), time(), start.tzinfo)
            else:
                start = datetime.combine(start, time(), end.tzinfo)  # type: ignore[union-attr]
        if end <= start:
            # "Friday to Monday", "December to February": the end comes after the start
            if not isinstance(end, datetime) and right.grain in (G.DAY, G.MONTH) and right_p.year is None:
                if right.grain == G.DAY and right_p.weekday is not None and right_p.day is None:
                    end = end + WEEK
                else:
                    ry = _as_date(right.start)
                    y = ry.year + 1
                    s2 = date(y, ry.month, min(ry.day, calendar.monthrange(y, ry.month)[1]))
                    end = s2 + (_as_date(right.end) - ry)
            if end <= start:
                raise ExpressionSyntaxError(f"the interval ends ({right.value}) before it starts ({left.value})",
                                      self.text)
        grain = left.grain if left.grain.rank <= right.grain.rank else right.grain
        return _Raw(start, end, grain, f"{left.value}/{right.value}",
                    f"from {left.value} ({left.reason}) to the end of {right.value} ({right.reason})")

    def _extend(self, raw: _Raw, duration: tuple[float, str]) -> _Raw:
        value, unit = duration
        if isinstance(raw.start, datetime):
            facts = UNIT_FACTS.get(unit)
            seconds = value * (facts.seconds if facts is not None and facts.seconds else 60)
            if unit in _UNIT_SECONDS:
                end = add_elapsed(raw.start, timedelta(seconds=seconds))
            else:
                end = self._wall(raw.start.replace(tzinfo=None) + timedelta(seconds=seconds))
            return _Raw(raw.start, add_elapsed(end, timedelta(minutes=1)) if raw.grain == G.MINUTE else end,
                        raw.grain,
                        raw.value, f"{raw.reason}, for {_num(value)} {unit}s")
        days = int(value * {"day": 1, "week": 7, "fortnight": 14}.get(unit, 1))
        last = raw.start + timedelta(days=days)
        return _Raw(raw.start, last, raw.grain, f"{raw.value}/P{days}D",
                    f"{raw.reason}, for {_num(value)} {unit}{'s' if value != 1 else ''}")


_TIME_GRAINS = {"hour": (G.HOUR, timedelta(hours=1)), "minute": (G.MINUTE, timedelta(minutes=1)),
                "second": (G.SECOND, timedelta(seconds=1))}


def _how(how: str) -> str:
    """'most recent on or before' -> 'most recent ' (the adjective before the noun)."""
    return how.rsplit(" ", 3)[0] + " " if how.count(" ") >= 3 else ""


def _where(how: str) -> str:
    return " ".join(how.split(" ")[-3:]) if how.count(" ") >= 3 else how


def _grain_of(s: date | datetime, e: date | datetime) -> G:
    if isinstance(s, datetime):
        return G.MINUTE
    return G.DAY


def _value_of(s: date | datetime, e: date | datetime) -> str:
    if isinstance(s, datetime):
        return s.strftime("%Y-%m-%dT%H:%M")
    days = (e - s).days  # type: ignore[operator]
    return s.isoformat() if days == 1 else f"{s.isoformat()}/P{days}D"


def _weekend_value(sat: date) -> str:
    iso = sat.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}-WE"


def _timex_time(t: datetime, grain: G) -> str:
    if grain is G.SECOND:
        return t.isoformat(timespec="seconds")[:19]
    return t.isoformat(timespec="minutes")[:16]


def _duration_letter(unit: str) -> str:
    return {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
            "century": "CE", "season": "S"}.get(unit, "D")


def _days_in_month_any_year(month: int) -> int:
    return 29 if month == 2 else calendar.monthrange(2001, month)[1]


def _make_date(year: int, month: int, day: int, text: str) -> date:
    _check_year(year, text)
    if not 1 <= month <= 12:
        raise ImpossibleDateError(f"there is no month {month}", text)
    last = calendar.monthrange(year, month)[1]
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


def resolve(
    text: str,
    reference: date | datetime,
    prefer: str = "past",
    timezone: str | None = None,
    date_order: str = "auto",
    events: Mapping[str, Span] | Callable[[str], Span | None] | None = None,
    language: str = "en",
) -> Span:
    """Resolve one date expression against *reference* into a :class:`Span`.

    >>> resolve("last week", reference=date(2025, 3, 6)).value
    '2025-W09'

    ``reference`` is a date or a datetime (naive or aware); ``prefer`` decides
    only what the words leave open (a bare weekday, a date or month without a
    year, a holiday or season without a year); ``timezone`` (IANA) is the zone
    of naive references and of the times the expression writes; ``date_order``
    reads numeric dates (DMY, MDY or YMD); ``events`` maps ids to spans for
    expressions anchored on other events; ``language`` is the ISO 639-1 code
    of the expression's words (see :mod:`timeline.lexicons`). Raises
    :class:`~timeline.errors.ExpressionError` (a ``ValueError``) with the
    offending token and its position.
    """
    return Resolver(reference, prefer, timezone, date_order, events, language).resolve(text)
