"""ICS (RFC 5545) calendars: every VEVENT becomes an event.

| VEVENT | event field |
|---|---|
| ``SUMMARY`` | ``title`` |
| ``DTSTART``, ``DTEND`` or ``DURATION`` | the span (``start``, exclusive ``end``), taken as it is |
| ``LOCATION`` | ``location`` |
| ``CATEGORIES`` (all of them) | ``tags`` |
| ``DESCRIPTION`` | ``notes`` |
| ``UID`` | ``id`` |
| ``URL`` | ``url`` (where the event is told) |
| ``TZID`` of ``DTSTART`` | ``timezone`` |

All-day events (``VALUE=DATE``) are days (``day`` granularity; several days
when ``DTEND`` says so); timed ones are kept to the minute (the second when
they have seconds), in UTC (``Z``), in their ``TZID`` (an IANA name, or a
name ending in one, as Thunderbird writes them), or floating (wall time). A
DTSTART without DTEND or DURATION is a day for a date and a point (one
minute) for a time. The calendar's ``X-WR-CALNAME`` or ``NAME`` names the
timeline. Recurring events (``RRULE``, ``RDATE``) are refused: timeline reads
single events. Other components (VTODO, VJOURNAL, VTIMEZONE, VALARM) are
skipped.

The parser is written here rather than taken from ``icalendar`` so that every
value keeps its line and column for error messages (folded lines included).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.errors import InputSyntaxError, Location, SchemaError, UnsupportedInputError
from timeline.loader.csv_reader import Record, RecordsDocument

NAME = "ics"
SUFFIXES = (".ics", ".ical", ".icalendar")

_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")
_DURATION = re.compile(r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_IANA_TAIL = re.compile(r"(?:^|/)((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|"
                        r"Etc)/[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)?)$")
_RECURRING = ("RRULE", "RDATE")


class _Line:
    """One unfolded content line: NAME;PARAM=VALUE:value, with where it starts."""

    __slots__ = ("column", "line", "name", "params", "value", "value_column")

    def __init__(self, name: str, params: dict[str, str], value: str, line: int, column: int,
                 value_column: int) -> None:
        self.name, self.params, self.value = name, params, value
        self.line, self.column, self.value_column = line, column, value_column


def _content_lines(text: str, name: str) -> list[_Line]:
    """Unfold (a line starting with a space or tab continues the previous one) and split."""
    physical = re.split(r"\r\n|\n|\r", text)
    logical: list[tuple[str, int]] = []
    for number, raw in enumerate(physical, 1):
        if raw[:1] in (" ", "\t") and logical:
            previous, start = logical[-1]
            logical[-1] = (previous + raw[1:], start)
        elif raw:
            logical.append((raw, number))
    return [_split(raw, number, name) for raw, number in logical]


def _split(raw: str, number: int, name: str) -> _Line:
    """NAME *(";" param) ":" value, with quoted parameter values (which may hold : and ;)."""
    i, n = 0, len(raw)
    while i < n and raw[i] not in ";:":
        i += 1
    prop = raw[:i].upper()
    if not prop or i >= n:
        raise InputSyntaxError(f"not an iCalendar content line (NAME:value): {raw[:60]!r}", Location(name, number, 1))
    params: dict[str, str] = {}
    while raw[i] == ";":
        j = raw.find("=", i)
        if j < 0:
            raise InputSyntaxError("a parameter without '='", Location(name, number, i + 2))
        key = raw[i + 1:j].upper()
        i = j + 1
        if raw.startswith('"', i):
            close = raw.find('"', i + 1)
            if close < 0:
                raise InputSyntaxError("a quoted parameter value is never closed", Location(name, number, i + 1))
            params[key] = raw[i + 1:close]
            i = close + 1
        else:
            start = i
            while i < n and raw[i] not in ";:":
                i += 1
            params[key] = raw[start:i]
        if i >= n:
            raise InputSyntaxError(f"{prop} has no ':' before its value", Location(name, number, n))
    return _Line(prop, params, raw[i + 1:], number, 1, i + 2)


def unescape(value: str) -> str:
    """An RFC 5545 TEXT value: ``\\\\``, ``\\;``, ``\\,`` and ``\\n``/``\\N`` decoded, left to right."""
    if "\\" not in value:
        return value
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split_list(value: str) -> list[str]:
    """A comma-separated TEXT list (CATEGORIES): commas escaped as ``\\,`` stay inside."""
    items, current, i = [], [], 0
    while i < len(value):
        char = value[i]
        if char == "\\" and i + 1 < len(value):
            current.append(value[i:i + 2])
            i += 2
            continue
        if char == ",":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    items.append("".join(current))
    return [unescape(item).strip() for item in items if item.strip()]


def _where(line: _Line, name: str) -> Location:
    return Location(name, line.line, line.value_column)


def _zone(tzid: str, line: _Line, name: str) -> ZoneInfo:
    for candidate in (tzid, *(m.group(1) for m in [_IANA_TAIL.search(tzid)] if m)):
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    raise SchemaError(f"unknown time zone TZID={tzid!r}: timeline reads IANA names such as 'Europe/Paris' "
                      "(Outlook's Windows names are not read: export the calendar in UTC)",
                      Location(name, line.line, line.column))


def _moment(line: _Line, name: str) -> tuple[date | datetime, str | None]:
    """A DTSTART/DTEND value: a date, or a datetime (aware in UTC or its TZID, naive when floating)."""
    value = line.value.strip()
    if line.params.get("VALUE", "").upper() == "DATE" or _DATE.fullmatch(value):
        match = _DATE.fullmatch(value)
        if match is None:
            raise SchemaError(f"{line.name} {value!r} is not a date (YYYYMMDD)", _where(line, name))
        try:
            return date(*map(int, match.groups())), None
        except ValueError:
            raise SchemaError(f"{line.name} {value!r} is not a day of the calendar", _where(line, name)) from None
    match = _DATE_TIME.fullmatch(value)
    if match is None:
        raise SchemaError(f"{line.name} {value!r} is not a date-time (YYYYMMDDTHHMMSS, Z for UTC)",
                          _where(line, name))
    year, month, day, hour, minute, second, utc = match.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError:
        raise SchemaError(f"{line.name} {value!r} is not a moment of the calendar", _where(line, name)) from None
    if utc:
        return moment.replace(tzinfo=ZoneInfo("UTC")), None
    tzid = line.params.get("TZID")
    if tzid:
        zone = _zone(tzid, line, name)
        return moment.replace(tzinfo=zone), zone.key
    return moment, None


def _duration(line: _Line, name: str) -> timedelta:
    match = _DURATION.fullmatch(line.value.strip())
    if match is None or not any(match.groups()[1:]):
        raise SchemaError(f"DURATION {line.value.strip()!r} is not an RFC 5545 duration (P1D, PT1H30M...)",
                          _where(line, name))
    sign, weeks, days, hours, minutes, seconds = match.groups()
    delta = timedelta(weeks=int(weeks or 0), days=int(days or 0), hours=int(hours or 0),
                      minutes=int(minutes or 0), seconds=int(seconds or 0))
    return -delta if sign == "-" else delta


def _iso(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def _event(lines: list[_Line], begin: _Line, name: str) -> Record:
    props: dict[str, _Line] = {}
    categories: list[str] = []
    for line in lines:
        if line.name in _RECURRING:
            title = next((unescape(x.value) for x in lines if x.name == "SUMMARY"), "")
            raise UnsupportedInputError(
                f"recurring event {title!r} ({line.name}): timeline reads single events; export the "
                "occurrences you need as events of their own", Location(name, line.line, line.column))
        if line.name == "CATEGORIES":
            categories.extend(_split_list(line.value))
        elif line.name not in props:
            props[line.name] = line
    where = Location(name, begin.line, begin.column)
    if "DTSTART" not in props:
        raise SchemaError("a VEVENT without DTSTART: timeline needs the date of every event", where)
    start, zone = _moment(props["DTSTART"], name)
    locations = {"start": _where(props["DTSTART"], name)}
    if "DTEND" in props:
        end, _ = _moment(props["DTEND"], name)
        locations["end"] = _where(props["DTEND"], name)
        if type(end) is not type(start):
            raise SchemaError("DTSTART and DTEND must both be dates or both be date-times", locations["end"])
    elif "DURATION" in props:
        end = start + _duration(props["DURATION"], name)
        locations["end"] = _where(props["DURATION"], name)
    else:
        end = start + (timedelta(days=1) if not isinstance(start, datetime) else timedelta(minutes=1))
    if isinstance(start, datetime):
        assert isinstance(end, datetime)
        if (start.tzinfo is None) != (end.tzinfo is None):
            raise SchemaError("DTSTART and DTEND must both be floating, or both have a time zone",
                              locations["end"])
        granularity = "second" if start.second or end.second else "minute"
        when = f"{start:%Y-%m-%d %H:%M}" + (f" {zone}" if zone else " UTC" if start.tzinfo else "")
    else:
        granularity = "day"
        last = end - timedelta(days=1)
        when = start.isoformat() if last <= start else f"{start.isoformat()} to {last.isoformat()}"
    if end <= start:  # both dates or both datetimes, checked above
        raise SchemaError(f"the event ends ({_iso(end)}) before it starts ({_iso(start)})",
                          locations.get("end", where))
    values: dict[str, Any] = {"when": when, "start": _iso(start), "end": _iso(end), "granularity": granularity,
                                 "value": _iso(start), "explanation": "a calendar event (ICS)"}
    stamp = props.get("DTSTAMP")
    if stamp is not None:  # the export: "3 days ago" counts from when the calendar was written
        exported, _ = _moment(stamp, name)
        values["reference"] = _iso(exported.date() if isinstance(exported, datetime) else exported)
    summary = props.get("SUMMARY")
    values["title"] = unescape(summary.value).strip() if summary and summary.value.strip() else "(no title)"
    if summary:
        locations["title"] = _where(summary, name)
    for prop, key in (("LOCATION", "location"), ("DESCRIPTION", "notes"), ("UID", "id"), ("URL", "url")):
        found = props.get(prop)
        if found is not None and found.value.strip():
            values[key] = found.value.strip() if prop == "URL" else unescape(found.value).strip()
            locations[key] = _where(found, name)
    if categories:
        values["tags"] = categories
    if zone:
        values["timezone"] = zone
    return values, where, locations


def read(text: str, name: str) -> RecordsDocument:
    """The events of an iCalendar text."""
    text = text.lstrip("\ufeff")
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        first = text[:len(text) - len(text.lstrip())].count("\n") + 1
        raise InputSyntaxError("not an iCalendar file: it must start with BEGIN:VCALENDAR", Location(name, first, 1))
    lines = _content_lines(text, name)
    records: list[Record] = []
    settings: dict[str, Any] = {}
    settings_locations: dict[str, Location] = {}
    stack: list[_Line] = []
    event_lines: list[_Line] | None = None
    event_begin: _Line | None = None
    for line in lines:
        if line.name == "BEGIN":
            component = line.value.strip().upper()
            stack.append(line)
            if component == "VEVENT" and len(stack) == 2:
                event_lines, event_begin = [], line
            continue
        if line.name == "END":
            component = line.value.strip().upper()
            if not stack or stack[-1].value.strip().upper() != component:
                expected = stack[-1].value.strip() if stack else "nothing"
                raise InputSyntaxError(f"END:{line.value.strip()} does not close BEGIN:{expected}",
                                       Location(name, line.line, line.column))
            stack.pop()
            if component == "VEVENT" and event_lines is not None and event_begin is not None and len(stack) == 1:
                records.append(_event(event_lines, event_begin, name))
                event_lines = event_begin = None
            continue
        if len(stack) == 1 and line.name in ("X-WR-CALNAME", "NAME") and "calendar" not in settings:
            settings["calendar"] = unescape(line.value).strip()
            settings_locations["calendar"] = _where(line, name)
        elif event_lines is not None and len(stack) == 2:
            event_lines.append(line)
    if stack:
        raise InputSyntaxError(f"BEGIN:{stack[-1].value.strip()} is never closed with END",
                               Location(name, stack[-1].line, stack[-1].column))
    document = RecordsDocument(name, "ICS", records, settings=settings or None)
    document.settings_locations = settings_locations
    return document
