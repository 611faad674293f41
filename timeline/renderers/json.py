"""``--format json``: one JSON document, ``{"timeline": {...}, "events": [...]}``.

``timeline`` holds the metadata (calendar, files, count, generator,
references); ``events`` the records of :data:`~timeline.renderers._records.FIELDS`,
every field present (``null`` when empty) so that ``jq '.events[].start'``
never meets a missing key. Non-ASCII text is written as is (UTF-8).
"""

from __future__ import annotations

import json

from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import event_record, timeline_metadata


def render(timeline: Timeline, options: RenderOptions) -> str:
    """The whole timeline as one indented JSON document, newline-terminated."""
    document = {
        "timeline": timeline_metadata(timeline),
        "events": [event_record(e, options.now, options.group_by) for e in timeline.events],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
