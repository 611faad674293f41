"""The reference ICS writer: icalendar's object model fed the same mapping.

``timeline.renderers.ics`` writes content lines directly. This module writes
the same :class:`~timeline.renderers.ics.EventFields` through icalendar
(``Calendar.new``/``Event.new``, icalendar's own escaping and property order),
so the tests can compare the two line by line and property by property: any
difference is either a bug in the direct writer or one of the choices listed
in ``docs/ics.md`` ("Where the writer differs from icalendar").
"""

from __future__ import annotations

import re
from datetime import datetime

from icalendar import Calendar
from icalendar import Event as VEvent
from icalendar.enums import TRANSP

from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers.ics import (
    PRODID,
    _check_coarse_option,
    _stamp,
    _unique_uids,
    calendar_name,
    event_fields,
    is_coarse,
)

_FOLD = re.compile("\r\n[ \t]")


def reference_calendar(timeline: Timeline, options: RenderOptions) -> Calendar:
    """*timeline* as an icalendar ``Calendar`` built from the renderer's own mapping."""
    mode = _check_coarse_option(options.ics_coarse)
    stamp: datetime = _stamp(options)
    name = calendar_name(timeline)
    calendar = Calendar.new(prodid=PRODID, name=name, method="PUBLISH", calscale="GREGORIAN")
    del calendar["UID"]  # Calendar.new adds a random one
    for event, uid in zip(timeline.events, _unique_uids(timeline.events)):
        if mode == "skip" and is_coarse(event.span):
            continue
        fields = event_fields(event, uid, stamp, options)
        calendar.add_component(VEvent.new(
            uid=fields.uid,
            stamp=fields.stamp,
            start=fields.start,
            end=fields.end,
            summary=fields.summary,
            description=fields.description,
            location=fields.location,
            categories=list(fields.categories) or None,  # type: ignore[arg-type]
            url=fields.url,
            transparency=TRANSP.TRANSPARENT,
        ))
    return calendar


def reference_lines(timeline: Timeline, options: RenderOptions) -> list[str]:
    """The unfolded content lines icalendar writes for *timeline* (sorted, as ics.py orders them)."""
    text = reference_calendar(timeline, options).to_ical(sorted=True).decode("utf-8")
    return [line for line in _FOLD.sub("", text).split("\r\n") if line]


def unfolded_lines(ics_text: str) -> list[str]:
    """The content lines of a folded iCalendar text."""
    return [line for line in _FOLD.sub("", ics_text).split("\r\n") if line]


def unescape_text(value: str) -> str:
    """Decode an RFC 5545 TEXT value (``\\\\``, ``\\;``, ``\\,``, ``\\n``/``\\N``), left to right.

    icalendar reads NAME and X-WR-CALNAME as unknown values and does not
    decode them, so the tests decode them with this.
    """
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
