"""Phrases of the financial and wire press, read alike by `resolve` and inside running text by `extract`.

Each row: (expression, expected start, exclusive end, granularity, approximate), read on Thursday
2025-03-06 with prefer past. The sentence form puts the same words in a sentence of an article of that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline import resolve
from timeline.extraction import read_article

REFERENCE = date(2025, 3, 6)

PHRASES = [
    # the hyphened parts of the financial press
    ("end-March", "2025-03-21", "2025-04-01", "day", False),
    ("end-2026", "2026-09-01", "2027-01-01", "month", False),
    ("start-2024", "2024-01-01", "2024-04-01", "month", False),
    ("early-February", "2025-02-01", "2025-02-11", "day", False),
    ("late-2023", "2023-09-01", "2024-01-01", "month", False),
    # half of a month, not of the year
    ("the second half of January", "2025-01-16", "2025-02-01", "day", False),
    ("the first half of April 2026", "2026-04-01", "2026-04-16", "day", False),
    ("the second half of next month", "2025-04-16", "2025-05-01", "day", False),
    ("the first half of 2026", "2026-01-01", "2026-07-01", "quarter", False),
    # a unit with "ago" and no count: a vague stretch before the reference
    ("weeks ago", "2025-01-23", "2025-03-06", "day", True),
    ("days ago", "2025-02-27", "2025-03-06", "day", True),
    ("months ago", "2024-09-05", "2025-03-06", "day", True),
    ("years ago", "2020-03-06", "2025-03-06", "day", True),
    # with a count it stays an offset
    ("three weeks ago", "2025-02-10", "2025-02-17", "week", False),
]


@pytest.mark.parametrize(("text", "start", "end", "grain", "approximate"), PHRASES, ids=[p[0] for p in PHRASES])
def test_resolve_reads_the_phrase(text: str, start: str, end: str, grain: str, approximate: bool) -> None:
    span = resolve(text, reference=REFERENCE)
    assert (str(span.start), str(span.end), span.granularity.value, span.approximate) == (
        start, end, grain, approximate)


@pytest.mark.parametrize(("text", "start", "end", "grain", "approximate"), PHRASES, ids=[p[0] for p in PHRASES])
def test_extract_finds_the_same_span_in_a_sentence(text: str, start: str, end: str, grain: str,
                                                   approximate: bool) -> None:
    sentence = f"Officials said the shipments were the biggest since {text}, the ministry added."
    if text.endswith("ago"):
        sentence = f"{text[0].upper()}{text[1:]}, the ministry said the shipments had stopped."
    mentions = [m for m in read_article(sentence, REFERENCE).mentions if m.span is not None]
    assert [m.text.lower() for m in mentions] == [text.lower()]
    span = mentions[0].span
    assert span is not None
    assert (str(span.start), str(span.end), span.granularity.value) == (start, end, grain)
