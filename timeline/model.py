"""The data model: spans of time and the events placed on them.

Pure data, no I/O. A :class:`Span` is half-open: ``start`` is inclusive and
``end`` exclusive. For day and coarser granularities both are ``date`` objects;
for finer ones they are ``datetime`` objects (timezone-aware when the reference
or the expression names a zone).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Literal

from timeline.frozen import Frozen

_set = object.__setattr__  # the fields of a Frozen value are stored once, by __init__

Prefer = Literal["past", "future", "nearest"]
Qualifier = Literal["by", "since", "until", "before", "after"]
PREFER_CHOICES: tuple[str, ...] = ("past", "future", "nearest")


def add_elapsed(value: datetime, delta: timedelta) -> datetime:
    """*value* moved by *delta* of real, elapsed time, shown in *value*'s zone.

    Aware datetimes are moved in UTC and converted back, so "in 2 hours" at
    00:30 on the morning the clocks go forward lands at 03:30 BST, two real
    hours later, and a one-hour event at 1:30 am on the night they go back ends
    at 1:30 am standard time, one hour later (PEP 495's ``fold`` tells the
    two 1:30s apart). Naive datetimes have no zone to consult: wall-clock arithmetic.
    """
    if value.tzinfo is None:
        return value + delta
    return (value.astimezone(UTC) + delta).astimezone(value.tzinfo)


def day_of(value: date | datetime) -> date:
    """The calendar day of a span bound, whether it is a date or a datetime."""
    return value.date() if isinstance(value, datetime) else value


class Granularity(StrEnum):
    """How precise a span is, finest first."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part_of_day"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def is_timed(self) -> bool:
        """True when spans of this granularity carry a time of day."""
        return self in _TIMED

    @property
    def rank(self) -> int:
        """Position from finest (0) to coarsest."""
        return _RANK[self]


_TIMED = frozenset({Granularity.SECOND, Granularity.MINUTE, Granularity.HOUR, Granularity.PART_OF_DAY})
_RANK = {g: i for i, g in enumerate(Granularity)}


class Span(Frozen):
    """A resolved stretch of time: [start, end) with its precision.

    ``value`` is the TimeML TIMEX3 value (``2025-03-05``, ``2025-W09``,
    ``2025-Q1``, ``199`` for the 1990s...). ``qualifier`` keeps words such as
    "by" or "since" that say the event relates to the span rather than filling
    it; ``approximate`` marks vague or hedged expressions ("around", "soon").
    ``explanation`` is one line, the rule and its reasons (``timeline explain``
    adds how the words were parsed).
    """

    # no __slots__: make() fills the instance's __dict__ in one call
    _fields = ("start", "end", "granularity", "value", "explanation", "approximate", "qualifier")
    start: date | datetime
    end: date | datetime
    granularity: Granularity
    value: str
    explanation: str
    approximate: bool
    qualifier: str | None

    def __init__(self, start: date | datetime, end: date | datetime, granularity: Granularity, value: str,
                 explanation: str = "", approximate: bool = False, qualifier: str | None = None) -> None:
        self.__dict__.update(start=start, end=end, granularity=granularity, value=value,
                             explanation=explanation, approximate=approximate, qualifier=qualifier)

    @classmethod
    def make(
        cls,
        start: date | datetime,
        end: date | datetime,
        granularity: Granularity,
        value: str,
        explanation: str = "",
        approximate: bool = False,
        qualifier: str | None = None,
    ) -> Span:
        """Build a Span without the call to ``__init__`` (the same object).

        The resolver makes one per expression at tens of thousands a second;
        filling ``__dict__`` directly saves a Python call and its argument binding.
        """
        span = object.__new__(cls)
        span.__dict__.update(start=start, end=end, granularity=granularity, value=value,
                             explanation=explanation, approximate=approximate, qualifier=qualifier)
        return span

    @property
    def is_timed(self) -> bool:
        """True when start and end are datetimes."""
        return isinstance(self.start, datetime)

    @property
    def last_day(self) -> date:
        """The last calendar day the span touches (end is exclusive)."""
        end = self.end
        if isinstance(end, datetime):
            last = end - timedelta(microseconds=1)
            return last.date()
        return end - timedelta(days=1)

    @property
    def first_day(self) -> date:
        """The first calendar day of the span."""
        start = self.start
        return start.date() if isinstance(start, datetime) else start

    def sort_key(self) -> tuple[date, int, int, int]:
        """A key that orders spans of any granularity chronologically."""
        start = self.start
        if isinstance(start, datetime):
            # Compare wall times; aware values are ordered by their UTC instant
            # only within one file's zone, which is what a reader expects.
            return (start.date(), start.hour * 3600 + start.minute * 60 + start.second, 0, 0)
        return (start, -1, 0, 0)


GROUP_BY_CHOICES: tuple[str, ...] = ("day", "week", "month", "year")


def group_key(span: Span, group_by: str | None) -> str | None:
    """The group a span falls in for ``--group-by day|week|month|year`` (by its first day):
    '2025-03-05', '2025-W10', '2025-03', '2025'. ISO strings, so they sort chronologically."""
    if not group_by:
        return None
    d = span.first_day
    if group_by == "day":
        return d.isoformat()
    if group_by == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if group_by == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if group_by == "year":
        return f"{d.year:04d}"
    raise ValueError(f"cannot group by {group_by!r}: use one of {', '.join(GROUP_BY_CHOICES)}")


class Origin(Frozen):
    """Where an event came from: file name and 1-based line and column."""

    __slots__ = _fields = ("file", "line", "column")
    file: str
    line: int | None
    column: int | None

    def __init__(self, file: str, line: int | None = None, column: int | None = None) -> None:
        _set(self, "file", file)
        _set(self, "line", line)
        _set(self, "column", column)

    def __str__(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"


class Provenance(Frozen):
    """Who told an event, and when: the source block of an events file.

    ``published`` is the day (or moment) the source was published, which is
    the reference its relative words are read against. Every field may be
    missing; a per-event ``source:`` mapping overrides the file's fields one by
    one.
    """

    __slots__ = _fields = ("outlet", "url", "published", "language", "author")
    outlet: str | None
    url: str | None
    published: date | datetime | None
    language: str | None
    author: str | None

    def __init__(self, outlet: str | None = None, url: str | None = None, published: date | datetime | None = None,
                 language: str | None = None, author: str | None = None) -> None:
        _set(self, "outlet", outlet)
        _set(self, "url", url)
        _set(self, "published", published)
        _set(self, "language", language)
        _set(self, "author", author)

    def label(self, fallback: str) -> str:
        """A short name for messages: the outlet, else *fallback* (the file name)."""
        return self.outlet or fallback


MergeStatus = Literal["consistent", "refined", "conflict"]


class MergeInfo(Frozen):
    """How a merged event came out of its sources (``timeline merge``).

    ``sources`` are the events as each source told them, each with its own
    span and explanation; ``sides`` (for a ``conflict``) groups their indexes
    by the readings that agree, the best-supported side first.
    """

    __slots__ = _fields = ("status", "sources", "sides")
    status: MergeStatus
    sources: tuple[Event, ...]
    sides: tuple[tuple[int, ...], ...]

    def __init__(self, status: MergeStatus, sources: tuple[Event, ...], sides: tuple[tuple[int, ...], ...] = ()
                 ) -> None:
        _set(self, "status", status)
        _set(self, "sources", sources)
        _set(self, "sides", sides)


class Event(Frozen):
    """One event of a timeline: what happened, the date as the source wrote it,
    and the span it resolves to against its reference."""

    __slots__ = _fields = ("title", "when", "span", "reference", "id", "location", "tags", "source", "notes",
                           "timezone", "origin", "calendar", "provenance", "merge", "reference_source", "language")
    title: str
    when: str
    span: Span
    reference: date | datetime
    id: str | None
    location: str | None
    tags: tuple[str, ...]
    source: str | None
    notes: str | None
    timezone: str | None
    origin: Origin | None
    calendar: str | None
    provenance: Provenance | None
    merge: MergeInfo | None
    # where ``reference`` came from: "command line" (--ref), "event", "file" or "today" (timeline.reference)
    reference_source: str | None
    # the language ``when`` is written in (ISO 639-1): renderers add an English qualifier word
    # ("by 2030" for a mention "2030") only to English words
    language: str

    def __init__(self, title: str, when: str, span: Span, reference: date | datetime, id: str | None = None,
                 location: str | None = None, tags: tuple[str, ...] = (), source: str | None = None,
                 notes: str | None = None, timezone: str | None = None, origin: Origin | None = None,
                 calendar: str | None = None, provenance: Provenance | None = None, merge: MergeInfo | None = None,
                 reference_source: str | None = None, language: str = "en") -> None:
        _set(self, "title", title)
        _set(self, "when", when)
        _set(self, "span", span)
        _set(self, "reference", reference)
        _set(self, "id", id)
        _set(self, "location", location)
        _set(self, "tags", tags)
        _set(self, "source", source)
        _set(self, "notes", notes)
        _set(self, "timezone", timezone)
        _set(self, "origin", origin)
        _set(self, "calendar", calendar)
        _set(self, "provenance", provenance)
        _set(self, "merge", merge)
        _set(self, "reference_source", reference_source)
        _set(self, "language", language)

    @property
    def file(self) -> str | None:
        """The file the event was read from, if any."""
        return self.origin.file if self.origin else None

    @property
    def source_name(self) -> str:
        """Who told the event, for people: its outlet, else its file's name."""
        fallback = self.origin.file.replace("\\", "/").rsplit("/", 1)[-1] if self.origin else "input"
        return self.provenance.label(fallback) if self.provenance else fallback


class Timeline(Frozen):
    """Events in chronological order with the settings they were read with."""

    __slots__ = _fields = ("events", "calendar", "files", "references")
    events: tuple[Event, ...]
    calendar: str | None
    files: tuple[str, ...]
    references: tuple[date | datetime, ...]

    def __init__(self, events: tuple[Event, ...], calendar: str | None = None, files: tuple[str, ...] = (),
                 references: tuple[date | datetime, ...] = ()) -> None:
        _set(self, "events", events)
        _set(self, "calendar", calendar)
        _set(self, "files", files)
        _set(self, "references", references)
