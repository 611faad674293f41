"""Find the date and time expressions of running text, resolve them, and draft events.

:func:`extract` is the public entry point::

    >>> from datetime import date
    >>> [m.value for m in extract("Trump spoke to Congress on Wednesday.", date(2025, 3, 6))]
    ['2025-03-05']

The work is done in stages, one module each (see ``docs/extract.md``):

- :mod:`~timeline.extraction.text`: markup blanked (offsets kept), sentences, quotes.
- :mod:`~timeline.extraction.scan`: tokens around date words and candidate spans.
- :mod:`~timeline.extraction.tense`: the direction (past, future, nearest) a sentence gives.
- :mod:`~timeline.extraction.validate`: each candidate handed to the resolver, shrunk when refused;
  :mod:`~timeline.extraction.normalize` adds the TimeML values of lengths and sets.
- :mod:`~timeline.extraction.context`: what only the document tells (anaphora, quotes).
- :mod:`~timeline.extraction.dateline`: the reference from a dateline or "Published" line.
- :mod:`~timeline.extraction.titles` and :mod:`~timeline.extraction.draft`: events for a person to edit.

The package never reads the clock: without a reference it looks for a
dateline or a "Published ..." line and otherwise raises
:class:`~timeline.errors.ExpressionError`.
"""

from __future__ import annotations

from timeline.extraction.dateline import find_reference
from timeline.extraction.draft import (
    DraftEvent,
    article_document,
    article_events,
    article_timeline,
    draft_document,
    draft_events,
    plan_events,
)
from timeline.extraction.mention import Mention
from timeline.extraction.pipeline import MAX_MENTIONS_PER_SENTENCE, Article, extract, read_article

__all__ = [
    "MAX_MENTIONS_PER_SENTENCE", "Article", "DraftEvent", "Mention", "article_document", "article_events",
    "article_timeline", "draft_document", "draft_events", "extract", "find_reference", "plan_events",
    "read_article",
]
