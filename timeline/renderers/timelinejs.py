"""``--format timelinejs``: the JSON that Knight Lab's TimelineJS3 reads.

One document ``{"title": slide, "events": [slide, ...], "scale": "human"}``
(https://timeline.knightlab.com/docs/json-format.html):

* the title slide carries the calendar's name and the reference date(s) the
  relative words were read against;
* one slide per event, in timeline order. ``start_date``/``end_date`` are date
  objects at the event's precision: only ``year`` for years, decades and
  centuries; ``year`` and ``month`` for months, quarters and seasons; the day
  for days and weeks; ``hour``/``minute`` (``second``) for timed events, as wall
  time in the event's own zone. ``end_date`` is the last unit the span covers
  (TimelineJS shows it inclusive) and only present when it differs from the
  start;
* ``display_date`` says in words what TimelineJS cannot: weeks, weekends,
  quarters, seasons, decades, centuries, parts of a day, approximate spans
  ("about March 2025") and qualifiers ("by 2030");
* ``group`` is the first tag; ``unique_id`` comes from the event's id;
* ``text.headline`` is the title, ``text.text`` the date as written, the
  reference, the explanation, the place, notes and the source (a link when it
  is a URL); ``media`` is the source URL when TimelineJS can show it (an image,
  YouTube, Vimeo, Wikipedia...), never a page it would draw as a broken image.

TimelineJS renders headline, text and display dates as HTML, so every string
taken from the events is HTML-escaped: a title cannot inject markup or script.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime, timedelta
from typing import Any

from timeline.model import Event, Granularity, Span, Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._labels import WEEKDAY_NAMES, day_name, period_name, time_name

_URL = re.compile(r"https?://[^\s\"'<>\\^`{|}]+", re.IGNORECASE)
# The media TimelineJS3 recognises by URL (src/js/media/MediaType.js), without its
# catch-all, which draws any other URL as an image: a news page would be a broken image.
_MEDIA = re.compile(
    r"^https?://(?:"
    r"(?:www\.)?(?:youtube\.com|youtu\.be)/"
    r"|(?:player\.)?vimeo\.com/"
    r"|(?:www\.)?dailymotion\.com/"
    r"|(?:player\.)?soundcloud\.com/"
    r"|(?:www\.)?(?:twitter|x)\.com/[^/]+/status/"
    r"|(?:www\.)?google\.[a-z.]+/maps/"
    r"|(?:www\.)?flickr\.com/photos/|flic\.kr/"
    r"|(?:www\.)?instagram\.com/p/"
    r"|(?:www\.)?documentcloud\.org/"
    r"|(?:[a-z]{2,3}\.)?wikipedia\.org/wiki/"
    r"|open\.spotify\.com/"
    r"|[^?#]+\.(?:jpe?g|png|gif|svg)(?:[?#]|$)"
    r")",
    re.IGNORECASE,
)
_PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_WORDED = frozenset({Granularity.PART_OF_DAY, Granularity.WEEKEND, Granularity.WEEK, Granularity.SEASON,
                     Granularity.QUARTER, Granularity.DECADE, Granularity.CENTURY})
"""Granularities TimelineJS cannot say from a date object alone: they get a display_date."""


def _escape(text: str) -> str:
    """*text* as HTML content (TimelineJS sets headline, text and dates as HTML)."""
    return html.escape(text, quote=False)


def _paragraphs(text: str) -> str:
    """Escaped text with its line breaks kept as <br>."""
    return "<br>".join(_escape(line) for line in text.splitlines())


# --- dates ------------------------------------------------------------------


def _date_object(value: date | datetime, granularity: Granularity) -> dict[str, int]:
    """A TimelineJS date object at *granularity*'s precision."""
    if granularity.rank >= Granularity.YEAR.rank:
        return {"year": value.year}
    if granularity.rank >= Granularity.MONTH.rank:
        return {"year": value.year, "month": value.month}
    result = {"year": value.year, "month": value.month, "day": value.day}
    if isinstance(value, datetime):
        result["hour"] = value.hour
        result["minute"] = value.minute
        if granularity is Granularity.SECOND:
            result["second"] = value.second
    return result


def _unit_precision(granularity: Granularity) -> Granularity:
    """The precision of the date objects: weeks and weekends are shown by day."""
    if granularity in (Granularity.WEEK, Granularity.WEEKEND):
        return Granularity.DAY
    return granularity


def _dates(span: Span) -> tuple[dict[str, int], dict[str, int] | None]:
    """``start_date`` and, when the span covers more than its first unit, ``end_date``."""
    precision = _unit_precision(span.granularity)
    start, end = span.start, span.end
    if isinstance(start, datetime) and isinstance(end, datetime):
        first = _date_object(start, precision)
        # a timed span's end is its last moment shown to the minute; an hour or a
        # minute that is only "at 20:00" has no end of its own
        unit = {Granularity.HOUR: timedelta(hours=1), Granularity.MINUTE: timedelta(minutes=1),
                Granularity.SECOND: timedelta(seconds=1)}.get(span.granularity, timedelta(0))
        if end - start <= unit:
            return first, None
        return first, _date_object(end, precision)
    first = _date_object(span.first_day, precision)
    last = _date_object(span.last_day, precision)
    return first, (last if last != first else None)


def _worded_date(span: Span) -> str:
    """The span in words: "the week of 24 February 2025", "Q1 2025", "5 March 2025, evening"."""
    start = span.start
    granularity = span.granularity
    if isinstance(start, datetime):
        day = f"{WEEKDAY_NAMES[start.weekday()]} {day_name(start.date())}"
        part = _PARTS_OF_DAY.get(span.value[-2:]) if granularity is Granularity.PART_OF_DAY else None
        if part:
            return f"{day}, {part}"
        return f"{day}, {time_name(start, granularity is Granularity.SECOND)}"
    name = period_name(span)
    if name:
        return name
    first, last = span.first_day, span.last_day
    if granularity is Granularity.WEEK and (last - first).days == 6 and first.weekday() == 0:
        return f"the week of {day_name(first)}"
    if granularity is Granularity.WEEKEND:
        return f"the weekend of {day_name(first)}"
    if last <= first:
        return day_name(first)
    return f"{day_name(first)} – {day_name(last)}"


def display_date(span: Span) -> str | None:
    """What the slide shows as its date, when TimelineJS's own formatting would
    hide something: a worded period, "about ..." for approximate spans, and the
    qualifier ("by 2030", "since March 2025"). None when the date objects say it all.
    """
    if span.granularity not in _WORDED and not span.approximate and not span.qualifier:
        return None
    words = _worded_date(span)
    if span.approximate:
        words = f"about {words}"
    if span.qualifier:
        words = f"{span.qualifier} {words}"
    return words[0].upper() + words[1:]


# --- text -------------------------------------------------------------------


def event_url(event: Event) -> str | None:
    """The http(s) URL of *event*: the URL of its provenance, else its source when that is a URL."""
    for candidate in (event.provenance.url if event.provenance else None, event.source):
        match = _URL.fullmatch(candidate.strip()) if candidate else None
        if match:
            return match.group(0)
    return None


def _reference_words(value: date | datetime) -> str:
    day = value.date() if isinstance(value, datetime) else value
    words = f"{WEEKDAY_NAMES[day.weekday()]} {day_name(day)}"
    if isinstance(value, datetime):
        words += f", {time_name(value)}"
    return words


def _body(event: Event) -> str:
    span = event.span
    parts = [f"<p>As written: “{_escape(event.when)}”, read against {_reference_words(event.reference)}.</p>"]
    if span.explanation:
        parts.append(f"<p>{_paragraphs(span.explanation)}</p>")
    if event.location:
        parts.append(f"<p>Where: {_paragraphs(event.location)}</p>")
    if event.notes:
        parts.append(f"<p>{_paragraphs(event.notes)}</p>")
    url = event_url(event)
    source = event.source.strip() if event.source else ""
    if source and source != url:
        parts.append(f"<p>Source: {_paragraphs(source)}</p>")
    if url:
        label = "Link" if source and source != url else "Source"
        parts.append(f'<p>{label}: <a href="{html.escape(url, quote=True)}">{_escape(url)}</a></p>')
    return "".join(parts)


_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def _unique_ids(events: tuple[Event, ...]) -> list[str]:
    """A ``unique_id`` per slide: the event's id made safe for an HTML id and a
    URL fragment (TimelineJS uses it for both), numbered when two collide."""
    seen: set[str] = {"title"}
    ids: list[str] = []
    for number, event in enumerate(events, 1):
        base = _ID_UNSAFE.sub("-", event.id or "").strip("-") or f"event-{number}"
        candidate, n = base, 1
        while candidate in seen:
            n += 1
            candidate = f"{base}-{n}"
        seen.add(candidate)
        ids.append(candidate)
    return ids


def slide(event: Event, unique_id: str) -> dict[str, Any]:
    """The TimelineJS slide of one event."""
    start_date, end_date = _dates(event.span)
    result: dict[str, Any] = {"start_date": start_date}
    if end_date is not None:
        result["end_date"] = end_date
    worded = display_date(event.span)
    if worded:
        result["display_date"] = _escape(worded)
    result["text"] = {"headline": _escape(event.title), "text": _body(event)}
    if event.tags:
        result["group"] = _escape(event.tags[0])
    url = event_url(event)
    if url and _MEDIA.match(url):
        result["media"] = {"url": url}
    result["unique_id"] = unique_id
    return result


def _title_slide(timeline: Timeline) -> dict[str, Any]:
    references: list[str] = []
    for value in (*timeline.references, *(event.reference for event in timeline.events)):
        words = _reference_words(value)
        if words not in references:
            references.append(words)
    count = len(timeline.events)
    text = f"<p>{count} event{'s' if count != 1 else ''}"
    if references:
        shown = ", ".join(references[:3]) + (f" and {len(references) - 3} more" if len(references) > 3 else "")
        text += f", relative dates read against {_escape(shown)}"
    text += ".</p>"
    return {"text": {"headline": _escape(timeline.calendar or "Timeline"), "text": text}, "unique_id": "title"}


def slides(timeline: Timeline) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The title slide and the event slides of *timeline* (shared with ``timelinejs-sheet``)."""
    ids = _unique_ids(timeline.events)
    return _title_slide(timeline), [slide(event, unique_id) for event, unique_id in zip(timeline.events, ids)]


def render(timeline: Timeline, options: RenderOptions) -> str:
    """*timeline* as a TimelineJS3 JSON document (UTF-8 text, indented)."""
    title, events = slides(timeline)
    document = {"title": title, "events": events, "scale": "human"}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
