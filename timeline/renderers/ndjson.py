"""``--format ndjson``: one JSON object per event, one per line (JSON Lines).

No metadata line: every line is an event record with the fields of
:data:`~timeline.renderers._records.FIELDS`, so ``grep``, ``head`` and
``jq -c`` can work line by line, and the output loads back as input.
"""

from __future__ import annotations

import json

from timeline.model import Timeline
from timeline.renderers import RenderOptions
from timeline.renderers._records import event_record


def render(timeline: Timeline, options: RenderOptions) -> str:
    """One compact JSON object per event, each on its own line."""
    return "".join(
        json.dumps(event_record(e, options.now, options.group_by), ensure_ascii=False) + "\n"
        for e in timeline.events
    )
