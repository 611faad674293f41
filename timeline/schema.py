"""The JSON Schema of events files, for editors (yaml-language-server) and CI."""

from __future__ import annotations

from typing import Any

_TEXT = {"type": "string", "minLength": 1}
SCHEMA_ID = "https://timeline.invalid/events.schema.json"
_NULLABLE_TEXT = {"type": ["string", "null"]}
_NORMALIZED: dict[str, Any] = {
    "start": {"type": "string", "description": "Resolved start (ISO 8601). With it the record is taken "
              "as already normalized and 'end' is the exclusive ISO end, not an expression."},
    "granularity": {"enum": ["second", "minute", "hour", "part_of_day", "day", "weekend", "week", "month",
                             "season", "quarter", "year", "decade", "century"]},
    "value": {"type": "string", "description": "TimeML TIMEX3 value: 2025-03-05, 2025-W09, 2025-Q1..."},
    "approximate": {"type": "boolean"},
    "qualifier": {"type": ["string", "null"], "description": "by, since, until, before, after."},
    "explanation": _NULLABLE_TEXT,
    "group": _NULLABLE_TEXT,
    "file": _NULLABLE_TEXT,
    "line": {"type": ["integer", "null"]},
    "distance": _NULLABLE_TEXT,
    "calendar": _NULLABLE_TEXT,
    "url": _NULLABLE_TEXT,
    "end_inclusive": _NULLABLE_TEXT,
    # provenance as flat fields, and the merged-event fields of `timeline merge -f json`
    "outlet": _NULLABLE_TEXT,
    "published": _NULLABLE_TEXT,
    "language": _NULLABLE_TEXT,
    "author": _NULLABLE_TEXT,
    "status": {"enum": ["consistent", "refined", "conflict", None]},
    "sources": {"type": "array"},
}


def _provenance(event_level: bool) -> dict[str, Any]:
    """The ``source:`` mapping: who published the events (on an event: its own overrides and quote)."""
    properties: dict[str, Any] = {
        "outlet": {**_TEXT, "description": "The newspaper, site or agency."},
        "url": {**_TEXT, "description": "Where the article is."},
        "published": {"type": "string", "description": "ISO date or datetime of publication: the "
                      "reference its relative dates are read against."},
        "language": {"type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$",
                     "description": "Language code of the text (en, fr, pt-BR)."},
        "author": _TEXT,
    }
    if event_level:
        properties["quote"] = {**_TEXT, "description": "The sentence the event comes from."}
    return {"type": "object", "additionalProperties": False, "properties": properties}


def events_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) describing an events file."""
    event = {
        "type": "object",
        "additionalProperties": False,
        "required": ["title", "when"],
        "properties": {
            "title": {**_TEXT, "description": "What happened, in a few words."},
            "when": {"type": ["string", "integer"], "description": "The date as the source wrote it: "
                     "'last week', 'Wednesday', 'by 2030', '2025-03-06', '2 days after congress-speech'."},
            "id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$",
                   "description": "A name other events can refer to ('2 days after <id>')."},
            "end": {**_TEXT, "description": "When it ended (an expression; the end of that span)."},
            "duration": {**_TEXT, "description": "How long: '2 days', '90 minutes', 'P2D'."},
            "location": _TEXT,
            "tags": {"type": "array", "items": _TEXT},
            "source": {"oneOf": [{**_TEXT, "description": "The sentence the event comes from."},
                                 _provenance(event_level=True)]},
            "notes": {"type": "string"},
            "reference": {"type": "string", "description": "ISO date or datetime; overrides the file's "
                          "reference for this event."},
            "prefer": {"enum": ["past", "future", "nearest"]},
            "timezone": {**_TEXT, "description": "IANA time zone, e.g. Europe/Paris."},
            # What `timeline show -f yaml/json/ndjson` writes: a record with `start` is
            # taken as already resolved, so archived and piped output validates too.
            **_NORMALIZED,
            "language": {"type": ["string", "null"], "description": "Language of this event's date "
                         "expressions, over the file's: en, fr, ru, uk... (docs/languages.md)."},
        },
    }
    events = {"type": "array", "items": {"oneOf": [
        event,
        {"type": "string", "description": "The date as written, then the title: "
         "\"Wednesday's speech to Congress\"."},
    ]}}
    document = {
        "type": "object",
        "required": ["events"],
        "additionalProperties": False,
        "properties": {
            "reference": {"type": "string", "description": "ISO date or datetime relative dates resolve "
                          "against (the publication date)."},
            "timezone": {**_TEXT, "description": "IANA time zone of the reference and of times."},
            "prefer": {"enum": ["past", "future", "nearest"], "default": "past",
                       "description": "Direction for a bare weekday, a date or month without a year."},
            "calendar": {**_TEXT, "description": "A name for the timeline and its calendar."},
            "date_order": {"enum": ["DMY", "MDY", "YMD"], "default": "DMY"},
            "language": {**_TEXT, "default": "en", "description": "Language of the date expressions "
                         "(ISO 639-1: en, fr, ru, uk...; docs/languages.md); --lang for files without it."},
            "source": {**_provenance(event_level=False), "description": "Who published the events and "
                       "when (published is the reference)."},
            "events": events,
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "timeline events file",
        "description": "A mapping with a reference date and the events (or just the list of events).",
        "anyOf": [document, events],
    }
