"""The stages in order: markup, scan, validate, context; :func:`extract` runs them."""

from __future__ import annotations

from datetime import date, datetime

from timeline.errors import ExpressionError
from timeline.extraction.context import anchor_quotes, resolve_anaphora, same_weekday
from timeline.extraction.dateline import find_reference
from timeline.extraction.found import CachedResolver, Found
from timeline.extraction.mention import Mention
from timeline.extraction.scan import candidates, tokenize
from timeline.extraction.tense import sentence_cues
from timeline.extraction.text import Sentence, blank_markup, find_quotes, split_sentences
from timeline.extraction.validate import FINANCIAL, SPORT, resolve_candidate


def extract(
    text: str,
    reference: date | datetime | None = None,
    prefer: str = "past",
    timezone: str | None = None,
) -> list[Mention]:
    """Every date and time expression of *text*, in order, resolved.

    *reference* is the publication date (or datetime); when ``None`` it is
    read from a dateline or a "Published ..." line (:func:`find_reference`),
    and :class:`~timeline.errors.ExpressionError` is raised when the text has
    none. *prefer* is the direction for expressions whose sentence has no
    tense cue; *timezone* the IANA zone of naive times.
    """
    if prefer not in ("past", "future", "nearest"):
        raise ExpressionError(f"prefer must be past, future or nearest, not {prefer!r}", prefer)
    if reference is None:
        reference = find_reference(text)
        if reference is None:
            raise ExpressionError(
                "no reference date: the text has no dateline or 'Published ...' line; "
                "give the publication date (--ref YYYY-MM-DD)", "")
    sentence_cues.cache_clear()  # per-article cache: no help from earlier articles
    clean = blank_markup(text)
    toks = tokenize(clean)
    sentences = split_sentences(clean)
    quotes = find_quotes(clean)
    resolver = CachedResolver(timezone)
    resolver.financial = bool(FINANCIAL.search(clean)) and not SPORT.search(clean)
    found: list[Found] = []
    si = 0
    for a, b in candidates(clean, toks):
        start = toks[a].start
        while si + 1 < len(sentences) and sentences[si].end <= start:
            si += 1
        sent = sentences[si] if sentences else Sentence(0, len(clean))
        found.extend(resolve_candidate(clean, toks, a, b, sent, reference, prefer, resolver))
    found = resolve_anaphora(found, clean, toks, reference, resolver)
    found = anchor_quotes(found, clean, quotes, sentences, reference, resolver, toks)
    found = same_weekday(found, clean, toks, reference, resolver)
    return [
        Mention(
            start=f.start, end=f.end, text=text[f.start:f.end], value=f.value, type=f.type, span=f.span,
            sentence=text[f.sentence.start:f.sentence.end], sentence_start=f.sentence.start,
            direction=f.direction, anchor=f.anchor, explanation=f.explanation, quoted=f.quoted,
        )
        for f in found
    ]

