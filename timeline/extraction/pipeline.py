"""The stages in order: markup, scan, validate, context. :func:`read_article` runs them.

Every stage is linear in the length of the text: sentences are read once
(their tense cues indexed for binary search), the document-level steps look
back or around through bounded windows, and no sentence hands more than
:data:`MAX_MENTIONS_PER_SENTENCE` candidates to the resolver (a warning says
where the rest were skipped).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from timeline.errors import Diagnostic, ExpressionError, Location
from timeline.extraction.context import anchor_quotes, resolve_anaphora, same_weekday
from timeline.extraction.dateline import find_reference
from timeline.extraction.found import CachedResolver, Found
from timeline.extraction.lexical import lexical_mentions
from timeline.extraction.mention import Mention
from timeline.extraction.scan import candidates, tokenize
from timeline.extraction.tense import SentenceTense
from timeline.extraction.text import LineIndex, Sentence, blank_markup, find_quotes, split_sentences
from timeline.extraction.validate import FINANCIAL, SPORT, resolve_candidate
from timeline.lexicons import get_lexicon

MAX_MENTIONS_PER_SENTENCE = 100  # far more than prose holds; only lists and hostile input reach it


@dataclass(frozen=True)
class Article:
    """A text as :func:`read_article` read it: the reference, the mentions and the warnings.

    ``name`` is what locations are reported against (a file name, or
    ``<stdin>``); :meth:`location` turns an offset into that file's line and
    column, so anything reported points into the text the user gave.
    """

    text: str
    reference: date | datetime
    prefer: str
    timezone: str | None
    mentions: tuple[Mention, ...]
    warnings: tuple[Diagnostic, ...] = ()
    name: str = "<text>"
    language: str = "en"
    detection: str = ""  # why the language was chosen, when it was detected (--lang auto)
    _lines: LineIndex = field(default_factory=lambda: LineIndex(""), repr=False, compare=False)

    def location(self, offset: int) -> Location:
        """The 1-based line and column of character *offset* of the text."""
        line, column = self._lines.line_column(offset)
        return Location(self.name, line, column)


def extract(
    text: str,
    reference: date | datetime | None = None,
    prefer: str = "past",
    timezone: str | None = None,
    language: str = "en",
) -> list[Mention]:
    """Every date and time expression of *text*, in order, resolved.

    *reference* is the publication date (or datetime); when ``None`` it is
    read from a dateline or a "Published ..." line (:func:`find_reference`),
    and :class:`~timeline.errors.ExpressionError` is raised when the text has
    none. *prefer* is the direction for expressions whose sentence has no
    tense cue; *timezone* the IANA zone of naive times. *language* is the
    ISO 639-1 code of the text (``"uk"``, ``"fr"``...), or ``"auto"`` to
    detect it (:func:`timeline.lexicons.detect.detect_language`).
    """
    return list(read_article(text, reference, prefer, timezone, language=language).mentions)


def read_article(
    text: str,
    reference: date | datetime | None = None,
    prefer: str = "past",
    timezone: str | None = None,
    name: str = "<text>",
    language: str = "en",
) -> Article:
    """Run every stage on *text*: :func:`extract`'s mentions, with the warnings and locations.

    *language* is the text's ISO 639-1 code or ``"auto"`` (detected from its
    script and function words; the article says which and why). English is
    read by the scanner tuned on English news (:mod:`~timeline.extraction.scan`),
    every other language by :mod:`~timeline.extraction.lexical` from its
    lexicon and its :class:`~timeline.lexicons.ExtractWords`.

    Raises :class:`~timeline.errors.ExpressionError` for a *prefer* that is
    not a direction, an unknown *timezone*, or a text without a reference
    when none is given; :class:`~timeline.errors.UsageError` for a language
    without a lexicon.
    """
    if prefer not in ("past", "future", "nearest"):
        raise ExpressionError(f"prefer must be past, future or nearest, not {prefer!r}", prefer)
    if timezone is not None:
        _check_zone(timezone)
    detection = ""
    if language == "auto":
        from timeline.lexicons.detect import detect_language

        found_language = detect_language(text)
        language, detection = found_language.language, found_language.reason
    get_lexicon(language)  # a UsageError for a language without a lexicon, before any work
    if reference is None:
        reference = find_reference(text, language)
        if reference is None:
            raise ExpressionError(
                "no reference date: the text has no dated dateline or 'Published ...' line (a dateline without its year, such as 'LONDON, March 6 -', is not enough); "
                "give the publication date (--ref YYYY-MM-DD)", "")
    lines = LineIndex(text)
    clean = blank_markup(text)
    if language != "en":
        found_mentions, found_warnings = lexical_mentions(text, clean, reference, prefer, timezone, language, name)
        return Article(text, reference, prefer, timezone, tuple(found_mentions), tuple(found_warnings), name,
                       language, detection, lines)
    toks = tokenize(clean)
    sentences = split_sentences(clean) or [Sentence(0, len(clean))]
    quotes = find_quotes(clean)
    resolver = CachedResolver(timezone)
    resolver.financial = bool(FINANCIAL.search(clean)) and not SPORT.search(clean)
    found: list[Found] = []
    warnings: list[Diagnostic] = []
    si, current = 0, -1
    tense: SentenceTense | None = None
    in_sentence = 0
    for a, b in candidates(clean, toks):
        start = toks[a].start
        while si + 1 < len(sentences) and sentences[si].end <= start:
            si += 1
        if si != current:
            current, tense, in_sentence = si, None, 0
        sent = sentences[si]
        in_sentence += 1
        if in_sentence > MAX_MENTIONS_PER_SENTENCE:
            if in_sentence == MAX_MENTIONS_PER_SENTENCE + 1:
                warnings.append(Diagnostic("warning", f"more than {MAX_MENTIONS_PER_SENTENCE} date expressions in "
                                           "one sentence: the rest of the sentence is skipped",
                                           Location(name, *lines.line_column(start))))
            continue
        if tense is None:
            tense = SentenceTense(clean[sent.start:sent.end])
        found.extend(resolve_candidate(clean, toks, a, b, sent, tense, reference, prefer, resolver))
    found = anchor_quotes(found, clean, quotes, sentences, reference, resolver, toks)
    found = resolve_anaphora(found, clean, toks, reference, resolver)
    found = same_weekday(found, clean, toks, reference, resolver)
    found = [f for f in found if f.value]  # counted from a date the document does not give: not a date
    sentence_text: dict[int, str] = {}  # one string per sentence, shared by its mentions
    mentions = []
    for f in found:
        s = f.sentence
        if s.start not in sentence_text:
            sentence_text[s.start] = text[s.start:s.end]
        mentions.append(Mention(
            start=f.start, end=f.end, text=text[f.start:f.end], value=f.value, type=f.type, span=f.span,
            sentence=sentence_text[s.start], sentence_start=s.start,
            direction=f.direction, anchor=f.anchor, explanation=f.explanation, quoted=f.quoted,
            context=f.context,
        ))
    return Article(text, reference, prefer, timezone, tuple(mentions), tuple(warnings), name, language, detection,
                   lines)


def _check_zone(name: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ExpressionError(f"unknown time zone {name!r} (use an IANA name such as Europe/London)",
                              name) from exc
