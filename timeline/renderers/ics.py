"""RFC 5545 (iCalendar) output for calendar clients: Google, Outlook, Apple,
Thunderbird, khal.

The content lines are written directly, at the speed of the NDJSON writer
(``icalendar``'s object model costs about ten times as much per event, and
gets two things wrong for real clients). The module is in two layers:

* the mapping (:func:`event_fields`): which event becomes which SUMMARY,
  DTSTART/DTEND, DESCRIPTION, UID...; this is where the choices of
  ``docs/ics.md`` live (stable UIDs, UTC times, coarse spans, DTEND after
  DTSTART, control characters stripped);
* the syntax (:func:`escape_text`, :func:`content_line`, :func:`fold_line`):
  RFC 5545 TEXT escaping of every text value, the calendar's ``NAME`` and
  ``X-WR-CALNAME`` included, folding at 75 octets that never splits a UTF-8
  sequence nor a backslash from the character it escapes
  (collective/icalendar#1501), CRLF after every line.

``icalendar`` is the reference in the tests: every generated file is parsed
with it, and compared line by line with what icalendar writes for the same
fields (``tests/ics_reference.py``); the differences are documented in
``docs/ics.md``.

Everything is pure: no clock (DTSTAMP comes from ``options.generated_at``), no
files, no printing.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.errors import InputError, Location
from timeline.model import Event, Granularity, Span, Timeline
from timeline.renderers import MEMO_LIMIT, RenderOptions
from timeline.renderers._labels import period_name

__all__ = [
    "COARSE_CHOICES",
    "COARSE_GRANULARITIES",
    "PRODID",
    "UID_NAMESPACE",
    "EventFields",
    "calendar_name",
    "clean_text",
    "coarse_events",
    "content_line",
    "escape_text",
    "event_fields",
    "event_uid",
    "fold_line",
    "fold_lines",
    "is_coarse",
    "render",
    "skipped_events",
    "vevent_lines",
]

PRODID = "-//timeline//timeline//EN"
"""The calendar's PRODID. Without a version number on purpose: a release must
not change every golden file, and clients use PRODID only for diagnostics."""

DEFAULT_CALENDAR_NAME = "timeline"

UID_NAMESPACE = uuid.UUID("5b0c3f0e-7d3a-5f1c-9a57-0e7c6a1d2b44")
"""Fixed namespace of the uuid5 UIDs. Never change it: every UID would change
and every calendar that imported an earlier export would get duplicates."""

COARSE_CHOICES: tuple[str, ...] = ("first-day", "span", "skip")
"""Values of ``RenderOptions.ics_coarse``, in the order a CLI should offer them."""

COARSE_GRANULARITIES = frozenset(
    {Granularity.SEASON, Granularity.QUARTER, Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY}
)
"""Spans too long to show as they are: a year-long all-day event covers a whole
year of a reader's calendar, a decade one ten years."""

# Control characters (C0 except TAB, LF and CR, which are handled apart; DEL;
# C1) and lone surrogates, which cannot even be encoded to UTF-8. RFC 5545 TEXT
# forbids CONTROL characters other than HTAB; clients choke on them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAK = re.compile("\r\n|\r|\n|\u2028|\u2029")
_URL = re.compile(r"https?://[^\s\"<>\\^`{|}]+", re.IGNORECASE)
_FOLD = re.compile("\r\n[ \t]")
_MAX_OCTETS = 75  # RFC 5545 §3.1, excluding the CRLF


# --- text -------------------------------------------------------------------


def clean_text(text: str, *, single_line: bool = False) -> str:
    """Return *text* ready for an iCalendar TEXT value.

    Control characters are removed; tabs are kept (RFC 5545 allows HTAB in
    TEXT and every checked client reads them back). Line breaks (CRLF, CR, LF)
    become ``\\n`` (written as the ``\\n`` escape); with *single_line*
    (SUMMARY, LOCATION, CATEGORIES, the calendar name) every line break,
    including U+2028/U+2029, becomes one space instead.
    """
    if text.isprintable():  # no line break, no control character: most titles and places
        return text
    if not single_line and text.replace("\n", "").isprintable():  # line feeds only (a description)
        return text
    if single_line:
        text = _LINE_BREAK.sub(" ", text)
    else:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def escape_text(text: str) -> str:
    """*text* as an RFC 5545 TEXT value: ``\\`` ``;`` ``,`` and line feeds escaped.

    The text is expected to have gone through :func:`clean_text` (no CR, no
    control characters). Everything else, ``:`` and ``"`` included, is written
    as it is: TEXT needs no quoting.
    """
    if "\\" in text or ";" in text or "," in text or "\n" in text:
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    return text


def fold_line(line: str) -> list[str]:
    """Split one unfolded content line into physical lines of ≤ 75 octets.

    Never inside a UTF-8 character (a cut never lands on a continuation byte)
    and never between a backslash and the character it escapes (a cut after an
    odd run of backslashes moves back by one). Outside TEXT values a backslash
    is rare and keeping two characters together there is harmless.
    """
    ascii_only = line.isascii()
    if len(line) <= _MAX_OCTETS and (ascii_only or len(line.encode("utf-8")) <= _MAX_OCTETS):
        return [line]  # most lines: nothing to fold
    if ascii_only and "\\" not in line:  # one octet per character, no escape to keep whole
        return [line[:_MAX_OCTETS]] + [line[i:i + _MAX_OCTETS - 1]
                                       for i in range(_MAX_OCTETS, len(line), _MAX_OCTETS - 1)]
    data = line.encode("utf-8")
    n = len(data)
    parts: list[str] = []
    i = 0
    limit = _MAX_OCTETS  # the first physical line has no leading space
    while i < n:
        cut = min(i + limit, n)
        while cut < n and data[cut] & 0xC0 == 0x80:
            cut -= 1  # inside a multi-byte character: cut before it
        if cut < n:
            run = 0
            k = cut - 1
            while k >= i and data[k] == 0x5C:  # backslash
                run += 1
                k -= 1
            if run % 2:
                cut -= 1
        parts.append(data[i:cut].decode("utf-8"))
        i = cut
        limit = _MAX_OCTETS - 1  # continuation lines start with a space
    return parts


def content_line(name: str, value: str) -> str:
    """``NAME:value`` folded by :func:`fold_line`, with its CRLF.

    *name* may carry parameters (``DTSTART;VALUE=DATE``); *value* must already
    be in its wire form (escaped TEXT, formatted dates).
    """
    line = f"{name}:{value}"
    if len(line) <= _MAX_OCTETS and line.isascii():
        return line + "\r\n"
    return "\r\n ".join(fold_line(line)) + "\r\n"


def fold_lines(ical: str) -> str:
    """Re-fold a whole iCalendar text with :func:`fold_line`; CRLF line ends.

    The input may be folded already; it is unfolded first, which is exact
    because a CRLF inside a content line only ever comes from folding.
    """
    lines = _FOLD.sub("", ical).split("\r\n")
    if lines and lines[-1] == "":
        lines.pop()
    return "".join("\r\n ".join(fold_line(line)) + "\r\n" for line in lines)


# --- UIDs -------------------------------------------------------------------


def _uid_key(event: Event) -> str:
    """The stable text a UID is derived from.

    The id when the event has one; else the file's base name (so moving the
    directory changes nothing), the title and the expression as written. The
    span is left out on purpose: a new reference date must not turn an event
    into a new one in the reader's calendar.
    """
    if event.id:
        return "id\x1f" + event.id
    return f"event\x1f{_base_name(event.file or '')}\x1f{event.title}\x1f{event.when}"


@lru_cache(maxsize=256)
def _base_name(file: str) -> str:
    return re.split(r"[\\/]", file)[-1]


def event_uid(event: Event) -> str:
    """Return the UID of *event*: uuid5 under :data:`UID_NAMESPACE` of its key.

    The same event gets the same UID on every export; the UID depends on this
    event alone, so editing one event never changes another's. It carries no
    host or user data (RFC 7986 §5.3). Two events with the same key get a
    ``-2``, ``-3``... suffix in timeline order in :func:`render`.
    """
    # uuid.uuid5 by hand (the same bytes, a quarter of the cost: no UUID object).
    # "surrogatepass": a lone surrogate in a title must not crash the export.
    h = hashlib.sha1(_NAMESPACE_BYTES + _uid_key(event).encode("utf-8", "surrogatepass")).hexdigest()
    # version 5 (the high nibble of octet 6) and the RFC 4122 variant (the two high bits of octet 8: 10)
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


_NAMESPACE_BYTES = UID_NAMESPACE.bytes
_VARIANT = {f"{n:x}": f"{(n & 0x3) | 0x8:x}" for n in range(16)}  # a hex digit with its high bits set to 10


def _unique_uids(events: Iterable[Event]) -> list[str]:
    """UIDs of *events* in order, made unique with a counter suffix.

    The loader refuses duplicate ids, so this only triggers for events without
    id that share file, title and expression; numbering them in timeline order
    keeps the result deterministic.
    """
    seen: dict[str, int] = {}
    uids: list[str] = []
    for event in events:
        uid = event_uid(event)
        count = seen.get(uid, 0) + 1
        seen[uid] = count
        uids.append(uid if count == 1 else f"{uid}-{count}")
    return uids


# --- coarse spans -----------------------------------------------------------


def is_coarse(span: Span) -> bool:
    """True when *span* is too long to show as it is (season or coarser)."""
    return span.granularity in COARSE_GRANULARITIES


def _check_coarse_option(value: str) -> str:
    if value not in COARSE_CHOICES:
        raise ValueError(f"unknown ics_coarse {value!r}: use one of {', '.join(COARSE_CHOICES)}")
    return value


def coarse_events(timeline: Timeline) -> list[Event]:
    """The events of *timeline* whose span is season, quarter, year, decade or
    century: the ones ``ics_coarse`` decides about."""
    return [event for event in timeline.events if is_coarse(event.span)]


def skipped_events(timeline: Timeline, options: RenderOptions) -> list[Event]:
    """The events :func:`render` leaves out under *options* (in timeline order).

    Non-empty only with ``ics_coarse="skip"``; the CLI names them on stderr so
    nothing disappears silently.
    """
    if _check_coarse_option(options.ics_coarse) != "skip":
        return []
    return coarse_events(timeline)


# --- labels -----------------------------------------------------------------


def _zone_label(value: datetime, event: Event) -> str:
    tz = value.tzinfo
    if tz is None:
        return event.timezone or "UTC"
    key = getattr(tz, "key", None)
    return key if isinstance(key, str) else (value.tzname() or "UTC")


def _span_label(span: Span, event: Event) -> str:
    """The span in words a reader checks at a glance (last day inclusive)."""
    start, end = span.start, span.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        fmt = "%H:%M:%S" if span.granularity is Granularity.SECOND else "%H:%M"
        end_fmt = fmt if end.date() == start.date() else f"%Y-%m-%d {fmt}"
        return (
            f"{start:%Y-%m-%d} {start.strftime(fmt)} to {end.strftime(end_fmt)} {_zone_label(start, event)}"
        )
    first, last = span.first_day, span.last_day
    dates = first.isoformat() if last <= first else f"{first.isoformat()} to {last.isoformat()}"
    name = period_name(span)
    return f"{name} ({dates})" if name else dates


def _iso(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    return value.isoformat()


# --- times ------------------------------------------------------------------


def _location(event: Event) -> Location | None:
    origin = event.origin
    if origin is None:
        return None
    return Location(origin.file, origin.line, origin.column)


def _zone(event: Event) -> tzinfo:
    if not event.timezone:
        return UTC
    try:
        return ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(
            f"unknown time zone {event.timezone!r} for event {event.title!r}: "
            "use an IANA name such as 'Europe/Paris'",
            _location(event),
        ) from exc


def _utc(value: datetime, event: Event) -> datetime:
    """*value* as a UTC datetime (whole seconds).

    Aware values are converted; naive ones are wall time in the event's
    ``timezone`` when it has one, else UTC (never floating: Exchange and GNOME
    read floating times as UTC anyway, ical.js as local).
    """
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=_zone(event))
    return value.astimezone(UTC).replace(microsecond=0)


_POINT_LENGTH = {Granularity.MINUTE: timedelta(minutes=1), Granularity.SECOND: timedelta(seconds=1)}


def _timed_bounds(span: Span, event: Event, options: RenderOptions) -> tuple[datetime, datetime]:
    """UTC start and end of a timed span.

    A minute or second span is a point ("at 14:30"): it gets
    ``options.default_duration`` so clients show a block rather than a line;
    a span longer than its own unit (an end or duration given in the input) is
    kept as it is. An end not after the start (bad data) also gets the default
    duration, because clients refuse or misdraw end <= start.
    """
    start_value, end_value = span.start, span.end
    assert isinstance(start_value, datetime)
    if not isinstance(end_value, datetime):
        end_value = datetime.combine(end_value, datetime.min.time(), start_value.tzinfo)
    start, end = _utc(start_value, event), _utc(end_value, event)
    point = _POINT_LENGTH.get(span.granularity)
    if (point is not None and end - start <= point) or end <= start:
        end = start + max(options.default_duration, timedelta(seconds=1))
    return start, end


def _day_bounds(first: date, end: date) -> tuple[date, date]:
    # DTEND is exclusive and must be after DTSTART: end == start shows wrongly
    # in Outlook and calcurse refuses it, so a zero-length span covers its day.
    return first, max(end, first + timedelta(days=1))


# --- the mapping: one event's values ----------------------------------------


@dataclass(frozen=True, slots=True)
class EventFields:
    """The values of one VEVENT as the mapping decided them, before any syntax.

    Text is clean (:func:`clean_text`) but not escaped; ``start`` and ``end``
    are both dates (an all-day event, ``end`` exclusive) or both UTC
    datetimes. ``categories`` has no empty tag; ``url`` is an http(s) URI or
    None.
    """

    uid: str
    stamp: datetime
    start: date | datetime
    end: date | datetime
    summary: str
    description: str
    location: str | None
    categories: tuple[str, ...]
    url: str | None


@dataclass(frozen=True, slots=True)
class _SpanView:
    """What an event's span decides, computed once per span in a render (real
    files repeat a few hundred expressions, so most events share a span)."""

    start: date | datetime
    end: date | datetime
    first_day_only: bool
    label: str  # "2030 (2030-01-01 to 2030-12-31)", for the description
    short_label: str  # "2030", for the SUMMARY suffix


def _span_view(event: Event, options: RenderOptions) -> _SpanView:
    span = event.span
    first_day_only = is_coarse(span) and options.ics_coarse == "first-day"
    start: date | datetime
    end: date | datetime
    if span.is_timed and not is_coarse(span):
        start, end = _timed_bounds(span, event, options)
    elif first_day_only:
        start, end = _day_bounds(span.first_day, span.first_day)
    else:
        start, end = _day_bounds(span.first_day, span.last_day + timedelta(days=1))
    label = _span_label(span, event)
    return _SpanView(start, end, first_day_only, label, period_name(span) or label)


def _description(event: Event, view: _SpanView) -> str:
    span = event.span
    lines = [f"As written: {event.when}\nReference: {_iso(event.reference)}\nSpan: {view.label}"]
    if view.first_day_only:
        lines.append(f"Shown on {span.first_day.isoformat()} only, the first day of the span.")
    if span.qualifier:
        lines.append(
            f"Qualifier: {span.qualifier} {view.short_label} "
            "(the event relates to this span; it need not fill it)"
        )
    if span.approximate:
        lines.append("Approximate: yes, the source gives this date loosely")
    if span.explanation:
        lines.append(f"Explanation: {span.explanation}")
    if event.notes:
        lines.append(f"Notes: {event.notes}")
    if event.source:
        lines.append(f"Source: {event.source}")
    lines.extend(_provenance_lines(event))
    return clean_text("\n".join(lines))


def _provenance_lines(event: Event) -> list[str]:
    """Who told the event (outlet, author, publication day, address); for a merged event, its
    status and every source with the words and span it gave."""
    lines = []
    p = event.provenance
    if p is not None:
        told = p.outlet or event.source_name
        if p.author:
            told += f", {p.author}"
        if p.published is not None:
            told += f", published {_iso(p.published)}"
        lines.append(f"Published by: {told}")
        if p.url:
            lines.append(f"Article: {p.url}")
    if event.merge is not None:
        lines.append(f"Sources ({event.merge.status}):")
        for source in event.merge.sources:
            sp = source.provenance
            published = sp.published if sp is not None and sp.published is not None else source.reference
            where = f" {sp.url}" if sp is not None and sp.url else ""
            lines.append(f"- {source.source_name} ({_iso(published)}): {source.when} -> {source.span.value}{where}")
    return lines


def _summary(event: Event, view: _SpanView) -> str:
    title = event.title
    span = event.span
    if view.first_day_only or span.qualifier:
        prefix = f"{span.qualifier} " if span.qualifier else ""
        title = f"{title} ({prefix}{view.short_label})"
    return clean_text(title, single_line=True)


def _url(source: str | None) -> str | None:
    if not source:
        return None
    match = _URL.fullmatch(source.strip())
    return match.group(0) if match else None


_SpanCache = dict[tuple[int, str | None], _SpanView]


def event_fields(event: Event, uid: str, stamp: datetime, options: RenderOptions,
                 cache: _SpanCache | None = None) -> EventFields:
    """Map *event* onto the values of its VEVENT (see ``docs/ics.md``).

    *uid* comes from :func:`event_uid` (made unique over the calendar by
    :func:`render`), *stamp* is the UTC DTSTAMP. *cache* (for one render, while
    every event is alive) keeps what each span decides. Raises
    :class:`InputError` for a timed event whose ``timezone`` is not a known
    IANA name.
    """
    if cache is None:
        view = _span_view(event, options)
    else:
        key = (id(event.span), event.timezone)
        found = cache.get(key)
        if found is None:
            found = cache[key] = _span_view(event, options)
        view = found
    location = clean_text(event.location, single_line=True).strip() if event.location else ""
    # An empty tag would write an empty CATEGORIES value: leave it out.
    categories = tuple(tag for tag in (clean_text(t, single_line=True).strip() for t in event.tags) if tag)
    return EventFields(
        uid=uid,
        stamp=stamp,
        start=view.start,
        end=view.end,
        summary=_summary(event, view),
        description=_description(event, view),
        location=location or None,
        categories=categories,
        url=_event_url(event),
    )


def _event_url(event: Event) -> str | None:
    """The article's address: the event's provenance url, else a source that is a bare URL; for a
    merged event, the first source that has one."""
    for told in (event.merge.sources if event.merge is not None else (event,)):
        if told.provenance is not None and told.provenance.url:
            url = _url(told.provenance.url)
            if url:
                return url
        found = _url(told.source)
        if found:
            return found
    return None


def calendar_name(timeline: Timeline) -> str:
    """The calendar's NAME and X-WR-CALNAME: its ``calendar`` setting on one
    line, or ``timeline`` when it has none (clean, not escaped)."""
    return clean_text(timeline.calendar or "", single_line=True).strip() or DEFAULT_CALENDAR_NAME


# --- the syntax: content lines ----------------------------------------------


@lru_cache(maxsize=4096)
def _date_value(value: date | datetime) -> str:
    """``;VALUE=DATE:20250305`` for a date, ``:20250305T190000Z`` for a UTC datetime
    (the parameter part included, so the caller only prefixes the name)."""
    if isinstance(value, datetime):
        return (f":{value.year:04d}{value.month:02d}{value.day:02d}"
                f"T{value.hour:02d}{value.minute:02d}{value.second:02d}Z")
    return f";VALUE=DATE:{value.year:04d}{value.month:02d}{value.day:02d}"


@lru_cache(maxsize=4096)
def _description_line(description: str) -> str:
    """The folded DESCRIPTION line: events read from the same words against the same reference
    share their description, and folding a line with non-ASCII text is the writer's costliest step."""
    return content_line("DESCRIPTION", escape_text(description))


def vevent_lines(fields: EventFields) -> str:
    """The VEVENT of *fields* as folded content lines with CRLF.

    Properties come in icalendar's order (SUMMARY, DTSTART, DTEND, DTSTAMP,
    UID, then the rest alphabetically), so a file reads the same whichever
    writer made it.
    """
    parts = [
        "BEGIN:VEVENT\r\n",
        content_line("SUMMARY", escape_text(fields.summary)),
        f"DTSTART{_date_value(fields.start)}\r\n",
        f"DTEND{_date_value(fields.end)}\r\n",
        f"DTSTAMP{_date_value(fields.stamp)}\r\n",
        content_line("UID", escape_text(fields.uid)),
    ]
    if fields.categories:
        parts.append(content_line("CATEGORIES", ",".join(escape_text(tag) for tag in fields.categories)))
    parts.append(_description_line(fields.description))
    if fields.location:
        parts.append(content_line("LOCATION", escape_text(fields.location)))
    parts.append("TRANSP:TRANSPARENT\r\n")  # a news event does not make the reader busy
    if fields.url:
        parts.append(content_line("URL", fields.url))  # a URI: no TEXT escaping
    parts.append("END:VEVENT\r\n")
    return "".join(parts)


def _stamp(options: RenderOptions) -> datetime:
    generated_at = options.generated_at
    if generated_at is None:
        raise ValueError(
            "the ICS renderer needs RenderOptions.generated_at for DTSTAMP: pass the "
            "SOURCE_DATE_EPOCH time, or the current UTC time when it is not set"
        )
    if generated_at.tzinfo is None or generated_at.utcoffset() is None:
        generated_at = generated_at.replace(tzinfo=UTC)
    return generated_at.astimezone(UTC).replace(microsecond=0)


def render(timeline: Timeline, options: RenderOptions) -> str:
    """Return *timeline* as an RFC 5545 calendar (str with CRLF line ends).

    Requires ``options.generated_at`` (DTSTAMP; ValueError if None).
    ``options.ics_coarse`` chooses how season-or-coarser spans appear:
    ``first-day`` (default), ``span`` or ``skip`` (see :func:`skipped_events`).
    Events keep the timeline's order. An empty timeline gives a calendar with
    no events, which clients import as an empty calendar.
    """
    return "".join(render_chunks(timeline, options))


def render_chunks(timeline: Timeline, options: RenderOptions) -> Iterator[str]:
    """The text of :func:`render` in pieces (the header, each VEVENT, the end), for streaming."""
    mode = _check_coarse_option(options.ics_coarse)
    stamp = _stamp(options)
    name = escape_text(calendar_name(timeline))
    yield "".join((
        "BEGIN:VCALENDAR\r\n",
        "VERSION:2.0\r\n",
        content_line("PRODID", PRODID),
        "CALSCALE:GREGORIAN\r\n",
        "METHOD:PUBLISH\r\n",
        # RFC 7986 NAME, and X-WR-CALNAME, the only one Google reads: TEXT, so escaped
        # (icalendar writes both raw, as unknown values).
        content_line("NAME", name),
        content_line("X-WR-CALNAME", name),
    ))
    cache: _SpanCache = {}
    # What events share is written once: the dates of a span (in a zone), a description (the same
    # words against the same reference), a list of tags, a place, a source's URL. Each VEVENT is
    # then what vevent_lines(event_fields(...)) writes (tests/test_fast_path.py compares them).
    dates: dict[tuple[int, str | None], str] = {}
    descriptions: dict[tuple[Any, ...], str] = {}
    categories: dict[tuple[str, ...], str] = {(): ""}
    locations: dict[str, str] = {}
    urls: dict[str | None, str] = {None: ""}
    stamp_text = f"DTSTAMP{_date_value(stamp)}\r\n"
    batch: list[str] = []
    add = batch.append
    # UIDs are numbered over all events, so --coarse never renumbers them.
    for event, uid in zip(timeline.events, _unique_uids(timeline.events)):
        span = event.span
        if mode == "skip" and is_coarse(span):
            continue
        if event.merge is not None or event.provenance is not None or type(event.tags) is not tuple:
            add(vevent_lines(event_fields(event, uid, stamp, options, cache)))
        else:
            key = (id(span), event.timezone)
            view = cache.get(key)
            if view is None:
                view = cache[key] = _span_view(event, options)
            when_dates = dates.get(key)
            if when_dates is None:
                when_dates = dates[key] = (f"DTSTART{_date_value(view.start)}\r\nDTEND{_date_value(view.end)}\r\n"
                                           f"{stamp_text}")
            reference = event.reference
            about = (key, event.when, reference if type(reference) is date else _iso(reference), event.notes,
                     event.source)
            description = descriptions.get(about)
            if description is None:
                if len(descriptions) >= MEMO_LIMIT:
                    descriptions.clear()
                description = descriptions[about] = _description_line(_description(event, view))
            tags = event.tags
            tag_line = categories.get(tags)
            if tag_line is None:
                cleaned = tuple(tag for tag in (clean_text(t, single_line=True).strip() for t in tags) if tag)
                tag_line = content_line("CATEGORIES", ",".join(escape_text(tag) for tag in cleaned)) if cleaned else ""
                if len(categories) < MEMO_LIMIT:
                    categories[tags] = tag_line
            place = event.location
            place_line = ""
            if place:
                place_line = locations.get(place)  # type: ignore[assignment]
                if place_line is None:
                    cleaned_place = clean_text(place, single_line=True).strip()
                    place_line = content_line("LOCATION", escape_text(cleaned_place)) if cleaned_place else ""
                    if len(locations) < MEMO_LIMIT:
                        locations[place] = place_line
            source = event.source
            url_line = urls.get(source)
            if url_line is None:
                url = _url(source)
                url_line = content_line("URL", url) if url else ""
                if len(urls) < MEMO_LIMIT:
                    urls[source] = url_line
            uid_line = f"UID:{uid}\r\n" if len(uid) <= 71 and uid.isascii() and uid.isprintable() and not (
                "\\" in uid or ";" in uid or "," in uid) else content_line("UID", escape_text(uid))
            add(f"BEGIN:VEVENT\r\n{content_line('SUMMARY', escape_text(_summary(event, view)))}{when_dates}"
                f"{uid_line}{tag_line}{description}{place_line}TRANSP:TRANSPARENT\r\n{url_line}END:VEVENT\r\n")
        if len(batch) >= 500:
            yield "".join(batch)
            batch.clear()
    if batch:
        yield "".join(batch)
    yield "END:VCALENDAR\r\n"
