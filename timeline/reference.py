"""The one owner of the reference: the "today" that relative words are read against.

Every consumer asks this module: the loader for each event's resolution, the
``--from``/``--to`` filters, the "when" column, pictures and ICS (through the
events' references and :func:`standpoint`).

Two dates are at play, and they are kept apart on purpose:

- the **reference** of an event resolves its words ("last week" in an article
  of Thursday 6 March 2025 is 24 February to 2 March). It is, first to last:
  the command line (``--ref``), the event's own ``reference:``, its file's
  ``reference:``, then today (the clock is read by the command line only and
  passed in; events files get no "today": a file whose relative dates would
  silently move with the day it is read is an error instead; an event of
  absolute dates needs no reference, and today is only where it is seen from);
- the **standpoint** of a reader is where filters and distances are measured
  from: ``--from "last week"`` and the "when" column. By default it is each
  event's own reference, so that on a file written in 2025,
  ``--from "last week"`` keeps exactly the events the "when" column calls
  "last week"; ``--now DATE`` (or ``--ref``, which moves everything) sets one
  standpoint for all, ``--now today`` the real today.

Pure: no I/O, no clock.
"""

from __future__ import annotations

from datetime import date, datetime

from timeline.errors import ExpressionError, NotAbsoluteError
from timeline.frozen import Frozen
from timeline.model import Granularity

GUIDE = """\
Which "today": the reference and where you stand

Every relative date ("last week", "Wednesday's") is read against a reference:
  1. --ref DATE on the command line, if given;
  2. else the event's own `reference:`;
  3. else its file's `reference:` (or the `published:` date of its `source:`);
  4. else (timeline resolve only) today.
An events file with relative dates and no reference is an error: its dates would
move with the day it is read. `--ref today` opts in. Absolute dates ("2025-03-06",
"6 March 2025", "by 2030", "2 days after <an event with an absolute date>") need
no reference: such events are measured from today ("when" column, --from/--to).

A reference is any date that stands on its own: 2025-03-06, "March 6, 2025",
6.3.2025, "Thursday 6 March 2025", 2025-03-06T09:00-05:00. "last Tuesday",
"March 6" (no year) and "March 2025" (no day) are refused.

--from and --to (and the "when" column) are measured from where you stand: by
default each event's own reference. So on a file written on 6 March 2025,
  timeline show events.yaml --from "last week" --to "last week"
keeps the events of 24 February to 2 March 2025, the ones the "when" column
calls "last week", whatever today is. --now DATE moves only that standpoint
(--now today: what of this file lies in the last week from now?); --ref DATE
re-reads the events themselves against DATE, and so moves both.

timeline explain shows, for each event, the reference it was read against,
where that came from, and the standpoint of its "when".
"""

# Where a reference came from, in the order of precedence.
COMMAND_LINE, EVENT, FILE, TODAY = "command line", "event", "file", "today"
_SOURCE_WORDS = {
    COMMAND_LINE: "given on the command line (--ref)",
    EVENT: "the event's own reference",
    FILE: "the file's reference",
    TODAY: "today",
}


class Reference(Frozen):
    """A reference date and where it came from (one of COMMAND_LINE, EVENT, FILE, TODAY)."""

    __slots__ = _fields = ("value", "source")
    value: date | datetime
    source: str

    def __init__(self, value: date | datetime, source: str) -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "source", source)

    def describe(self) -> str:
        """'Thu 2025-03-06, the file's reference' (for explanations)."""
        return f"{describe_date(self.value)}, {_SOURCE_WORDS.get(self.source, self.source)}"


def choose_reference(*, command_line: date | datetime | None = None, event: date | datetime | None = None,
                     file: date | datetime | None = None, today: date | None = None) -> Reference | None:
    """The reference one event is read against: ``--ref``, then the event, then the file, then today.

    ``today`` is passed in by the caller that read the clock (the command
    line); library callers and events files pass ``None`` and get ``None``
    back when nothing else gives a reference.
    """
    for value, source in ((command_line, COMMAND_LINE), (event, EVENT), (file, FILE), (today, TODAY)):
        if value is not None:
            return Reference(value, source)
    return None


def check_timezone(name: str) -> str | None:
    """None if *name* is an IANA zone, else a message with the nearest known names."""
    from difflib import get_close_matches
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    try:
        ZoneInfo(name)
        return None
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
        hint = get_close_matches(name, sorted(available_timezones()), n=1, cutoff=0.6)
        suffix = f" (did you mean {hint[0]!r}?)" if hint else " (use an IANA name such as Europe/London)"
        return f"unknown time zone {name!r}{suffix}"


def standpoint(event_reference: date | datetime, now: date | datetime | None = None) -> date | datetime:
    """Where a reader measures an event from: ``now`` when given, else the event's own reference."""
    return now if now is not None else event_reference


def describe_date(value: date | datetime) -> str:
    """'Thu 2025-03-06' or 'Thu 2025-03-06 10:03+01:00': a reference in words and ISO."""
    day = value.date() if isinstance(value, datetime) else value
    text = f"{day.strftime('%a')} {day.isoformat()}"
    if isinstance(value, datetime):
        text += " " + value.isoformat(timespec="minutes")[11:]  # 10:03, or 10:03-04:00 with an offset
    return text


def parse_reference(text: str, *, timezone: str | None = None, date_order: str = "auto",
                    today: date | None = None) -> date | datetime:
    """Read a reference written as any absolute date the grammar knows.

    ISO dates and datetimes (``2013-03-22``, ``2013-03-22T10:03-04:00``, ``Z``
    for UTC) are taken as they are; otherwise the text must be a date that does
    not depend on when it is read ("March 22, 2013", "22.3.2013",
    "Friday 22 March 2013 10:03"), at the precision of a day or finer. The word
    ``today`` is accepted only when *today* is given (the command line passes
    the clock's date). Raises :class:`~timeline.errors.ExpressionError`:
    :class:`~timeline.errors.NotAbsoluteError` for "last Tuesday", "March 22"
    (no year) or "March 2013" (no day), the grammar's own error for words it
    does not know or dates that do not exist.
    """
    raw = text.strip()
    if today is not None and raw.lower() == "today":
        return today
    iso = _iso(raw)
    if iso is not None:
        return iso
    from timeline.resolver import resolve

    try:
        one = resolve(raw, reference=ABSOLUTE_PROBES[0], timezone=timezone, date_order=date_order)
        other = resolve(raw, reference=ABSOLUTE_PROBES[1], timezone=timezone, date_order=date_order)
    except ExpressionError as exc:
        raise type(exc)(f"{text!r} is not a date: {exc.message}", text, exc.token, exc.position,
                        exc.suggestion) from None
    if (one.start, one.end) != (other.start, other.end):
        raise NotAbsoluteError(f"{text!r} depends on the day it is read: {_WRITE_THE_DAY}", text)
    if one.qualifier or one.approximate:
        what = f"has the qualifier {one.qualifier!r}" if one.qualifier else "is approximate"
        raise NotAbsoluteError(f"{text!r} {what}: {_WRITE_THE_DAY}", text)
    if one.granularity.rank > Granularity.DAY.rank:
        raise NotAbsoluteError(f"{text!r} is a {one.granularity.value.replace('_', ' ')}, not a day: "
                               f"{_WRITE_THE_DAY}", text)
    return one.start


_WRITE_THE_DAY = "write the day itself, such as 2025-03-06, 'March 6, 2025' or 2025-03-06T09:00"
# What a file whose reference is unreadable is checked against, so that its other
# errors (unknown words, impossible dates) are still reported; its events are not kept.
CHECK_ONLY_REFERENCE = date(2000, 6, 15)
# Two references far apart: an absolute date reads the same against both (a reference given as a
# date, and an event of a file with no reference, are checked so).
ABSOLUTE_PROBES = (date(1931, 5, 17), date(2068, 10, 3))


def _iso(raw: str) -> date | datetime | None:
    """An ISO 8601 date or datetime, or None (then the grammar reads it)."""
    if len(raw) < 10 or not raw[:4].isdigit() or raw[4:5] != "-":
        return None
    try:
        if len(raw) == 10:
            return date.fromisoformat(raw)
        return datetime.fromisoformat(raw)  # Python 3.11 reads Z and offsets
    except ValueError:
        return None
