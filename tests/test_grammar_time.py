"""Time arithmetic in absolute time (issue 17.6): hours, minutes and seconds are real elapsed
time, computed in UTC and shown in the zone; days and longer are calendar units. A wall time
in a DST gap moves forward; a repeated one is its first occurrence (PEP 495, fold=0)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from timeline.loader import load_text
from timeline.resolver import Resolver

LONDON = "Europe/London"
NEW_YORK = "America/New_York"

# (reference wall time, zone, prefer, expression, start, end, real hours the start is from the reference)
ROWS = [
    # London springs forward at 01:00 GMT on 30 March 2025 (01:00-02:00 does not exist)
    ("2025-03-30T00:30", LONDON, "past", "in 2 hours", "2025-03-30T03:30:00+01:00", "2025-03-30T04:30:00+01:00", 2),
    ("2025-03-30T03:30", LONDON, "past", "2 hours ago", "2025-03-30T00:30:00+00:00", "2025-03-30T02:30:00+01:00", -2),
    ("2025-03-30T00:30", LONDON, "past", "in 90 minutes", "2025-03-30T03:00:00+01:00", "2025-03-30T03:01:00+01:00",
     1.5),
    ("2025-03-30T00:59", LONDON, "past", "in 1 minute", "2025-03-30T02:00:00+01:00", "2025-03-30T02:01:00+01:00",
     1 / 60),
    # London falls back at 01:00 GMT on 26 October 2025 (01:00-02:00 BST happens twice)
    ("2025-10-26T00:30", LONDON, "past", "in 1 hour", "2025-10-26T01:30:00+01:00", "2025-10-26T01:30:00+00:00", 1),
    ("2025-10-26T00:30", LONDON, "past", "in 2 hours", "2025-10-26T01:30:00+00:00", "2025-10-26T02:30:00+00:00", 2),
    # New York springs forward on 9 March 2025 and falls back on 2 November 2025
    ("2025-03-09T01:30", NEW_YORK, "past", "in 1 hour", "2025-03-09T03:30:00-04:00", "2025-03-09T04:30:00-04:00", 1),
    ("2025-11-02T00:30", NEW_YORK, "past", "in 2 hours", "2025-11-02T01:30:00-05:00", "2025-11-02T02:30:00-05:00", 2),
    ("2025-11-02T03:00", NEW_YORK, "past", "3 hours ago", "2025-11-02T01:00:00-04:00", "2025-11-02T01:00:00-05:00", -3),
]


@pytest.mark.parametrize(("ref", "zone", "prefer", "text", "start", "end", "hours"), ROWS)
def test_clock_offsets_are_real_elapsed_time(ref: str, zone: str, prefer: str, text: str, start: str, end: str,
                                             hours: float) -> None:
    reference = datetime.fromisoformat(ref)
    span = Resolver(reference, prefer, zone).resolve(text)
    assert isinstance(span.start, datetime) and isinstance(span.end, datetime)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end), span.explanation
    aware_ref = Resolver(reference, prefer, zone).ref
    assert span.start.astimezone(UTC) - aware_ref.astimezone(UTC) == timedelta(hours=hours)
    assert span.end.astimezone(UTC) > span.start.astimezone(UTC)  # never zero-length


@pytest.mark.parametrize(("ref", "zone", "text", "start"), [
    # calendar days keep the wall time across a change ("in 1 day" at noon before is noon after)
    ("2025-03-29T12:00", LONDON, "1 day from right now", "2025-03-30T12:00:00+01:00"),
    ("2025-11-01T09:00", NEW_YORK, "1 day from right now", "2025-11-02T09:00:00-05:00"),
    # a wall time in the gap moves forward; a repeated one is the first occurrence
    ("2025-03-30T00:00", LONDON, "01:30", "2025-03-30T02:30:00+01:00"),
    ("2025-11-02T00:00", NEW_YORK, "01:30", "2025-11-02T01:30:00-04:00"),
])
def test_wall_times_across_a_change(ref: str, zone: str, text: str, start: str) -> None:
    span = Resolver(datetime.fromisoformat(ref), "future", zone).resolve(text)
    assert span.start.isoformat() == start, span.explanation


def test_one_hour_event_on_the_night_new_york_falls_back_lasts_one_hour() -> None:
    text = ("reference: 2025-11-01\ntimezone: America/New_York\nevents:\n"
            "  - title: Overnight vote\n    when: 2025-11-02T01:30\n    duration: 1 hour\n")
    events, _, errors, _ = load_text(text, "vote.yaml")
    assert not errors
    (event,) = events
    start, end = event.span.start, event.span.end
    assert isinstance(start, datetime) and isinstance(end, datetime)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=1)
    assert (start.isoformat(), end.isoformat()) == ("2025-11-02T01:30:00-04:00", "2025-11-02T01:30:00-05:00")
