"""Drafting events from mentions: one per dated statement, for a person to edit."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from timeline.errors import ExpressionError
from timeline.extraction.dateline import DATELINE_HEAD, PUBLISHED, find_reference, strip_dateline
from timeline.extraction.found import CachedResolver
from timeline.extraction.mention import Mention
from timeline.extraction.pipeline import extract
from timeline.extraction.titles import after_clause_title, title_for


def draft_events(mentions: list[Mention], text: str, reference: date | datetime | None = None,
                 prefer: str = "past") -> list[dict[str, str]]:
    """One draft event per dated statement: ``{"title", "when", "source"}`` (+ keys below).

    Skips mentions that date nothing by themselves (``PRESENT_REF`` "now",
    "today's Russia"; durations such as "two-day"; sets), the dateline, and a
    second mention of the same value in the same sentence. ``when`` is the
    mention as written, ``source`` its sentence and ``title`` a short clause:
    the sentence's subject and verb phrase around the date, trimmed, headline
    style ("Healey to meet Pete Hegseth in Washington").

    So that loading the draft (``events.yaml`` with *reference* and *prefer*
    at the top) gives the same dates, an event also gets ``prefer`` when its
    sentence read another direction, ``reference`` when it was resolved
    against another time (a quote said the day before), and, when the words
    as written cannot give the value without the article around them ("a
    year earlier"), ``when`` becomes the TIMEX3 value and ``notes`` keeps
    the words. *reference* defaults to the anchor most mentions share.
    """
    if reference is None and mentions:
        anchors = [m.anchor for m in mentions]
        reference = max(set(anchors), key=anchors.count)
    events: list[dict[str, str]] = []
    resolver = CachedResolver(None)
    seen: set[tuple[int, str]] = set()
    for m in mentions:
        if m.type == "SET" or m.value == "PRESENT_REF" or m.span is None:
            continue  # "two-day" (no span), "every winter", "now"
        if m.type == "DURATION" and not m.text.lower().startswith(("the last", "the past", "the next")):
            continue
        head = DATELINE_HEAD.match(m.sentence)
        if (head is not None and m.start - m.sentence_start < head.end()) or PUBLISHED.fullmatch(
                m.sentence.strip()):
            continue  # the dateline dates the article, not a statement
        key = (m.sentence_start, m.value)
        if key in seen:
            continue
        seen.add(key)
        others = [o for o in mentions if o.sentence_start == m.sentence_start and o is not m]
        event = {"title": title_for(m, others), "when": m.text, "source": strip_dateline(m.sentence)}
        if m.anchor != reference:
            event["reference"] = m.anchor.isoformat()
        if m.direction != prefer:
            event["prefer"] = m.direction
        again = resolver(m.text.replace("\u2019", "'"), m.anchor, m.direction)
        if again is None:
            pre = re.search(r"\b(in|on|at|by|within)\s+$", text[max(0, m.start - 8):m.start])
            if pre is not None:
                again = resolver(f"{pre.group(1)} {m.text}", m.anchor, m.direction)
                if again is not None and again.value == m.value:
                    event["when"] = f"{pre.group(1)} {m.text}"  # "in very short order"
        if again is None or again.value.split("/")[-1] != m.value:
            as_value = resolver(m.value, m.anchor, m.direction)
            if as_value is not None and as_value.value == m.value:
                event["when"] = m.value
                event["notes"] = f"written {m.text!r}: {m.explanation}"
        events.append(event)
        earlier = after_clause_title(m)
        if earlier is not None:
            # "X happened last week after Y announced Z": Y's statement is dated by the same words
            events.append({**event, "title": earlier,
                           "notes": f"from the 'after' clause: it came before the sentence's main statement, "
                                    f"in the same {m.text!r}"})
    return events


def draft_document(text: str, reference: date | datetime | None = None, prefer: str = "past",
                   timezone: str | None = None) -> dict[str, Any]:
    """The ``events.yaml`` mapping for *text*: ``{"reference", "prefer", ["timezone"], "events"}``.

    What ``timeline extract --format yaml`` writes: :func:`extract` then
    :func:`draft_events`, with the reference read from the text when not given.
    """
    if reference is None:
        reference = find_reference(text)
        if reference is None:
            raise ExpressionError(
                "no reference date: the text has no dateline or 'Published ...' line; "
                "give the publication date (--ref YYYY-MM-DD)", "")
    mentions = extract(text, reference, prefer, timezone)
    doc: dict[str, Any] = {"reference": reference.isoformat(), "prefer": prefer}
    if timezone:
        doc["timezone"] = timezone
    doc["events"] = draft_events(mentions, text, reference, prefer)
    return doc

