"""The record each stage fills in for a mention, and the resolver the stages share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from timeline.errors import ExpressionError, TimelineError
from timeline.extraction.scan import Tok
from timeline.extraction.text import Sentence
from timeline.model import Span


@dataclass(slots=True)
class Found:
    start: int
    end: int
    value: str
    type: str
    span: Span | None
    direction: str
    explanation: str
    anchor: date | datetime
    sentence: Sentence
    quoted: bool = False
    toks: tuple[int, int] = (0, 0)
    context: str = ""  # what of the document, beyond the sentence, decided the reading


class CachedResolver:
    """Calls :func:`timeline.resolve` with a cache (failures are the expensive part)."""

    def __init__(self, timezone: str | None, language: str = "en") -> None:
        from timeline.resolver import resolve

        self._resolve = resolve
        self._timezone = timezone
        self._language = language
        self.financial = True  # the document talks about quarters and results (set by extract)
        self._cache: dict[tuple[str, Any, str], Span | ExpressionError] = {}

    def __call__(self, phrase: str, reference: date | datetime, prefer: str) -> Span | None:
        key = (phrase, reference, prefer)
        hit = self._cache.get(key)
        if hit is None:
            try:
                hit = self._resolve(phrase, reference, prefer=prefer, timezone=self._timezone,
                                    language=self._language)
            except ExpressionError as e:
                hit = e
            except (TimelineError, ValueError, ArithmeticError, IndexError, KeyError, TypeError) as e:
                hit = ExpressionError(str(e), phrase)
            self._cache[key] = hit
        return None if isinstance(hit, ExpressionError) else hit


def phrase_of(clean: str, toks: list[Tok], a: int, b: int) -> str:
    s = clean[toks[a].start:toks[b - 1].end]
    if "  " in s or "\n" in s or "\t" in s:
        s = _SPACES.sub(" ", s)
    return s.replace("\u2019", "'")


_SPACES = re.compile(r"\s+")
