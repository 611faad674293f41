"""Drafting events from mentions: one per dated statement, for a person to edit."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import PurePath
from typing import Any

from timeline.extraction.dateline import PUBLISHED, dateline_end, find_reference_in, strip_dateline
from timeline.extraction.found import CachedResolver
from timeline.extraction.lexical import lexical_title
from timeline.extraction.mention import Mention
from timeline.extraction.pipeline import Article, read_article
from timeline.extraction.titles import WINDOW, after_clause_title, title_for, window
from timeline.lexicons.morphology import repair_scripts
from timeline.model import Event, Origin, Timeline


@dataclass
class DraftEvent:
    """One drafted event and the mention it comes from (for its location in the article)."""

    mention: Mention
    title: str
    when: str
    source: str
    reference: date | datetime | None = None  # only when it differs from the file's
    prefer: str | None = None  # only when it differs from the file's
    notes: str | None = None
    value_when: bool = False  # ``when`` is the TIMEX3 value: the words need the article around them

    def as_dict(self) -> dict[str, str]:
        """The event as an ``events.yaml`` entry."""
        out = {"title": self.title, "when": self.when, "source": self.source}
        if self.reference is not None:
            out["reference"] = self.reference.isoformat()
        if self.prefer is not None:
            out["prefer"] = self.prefer
        if self.notes is not None:
            out["notes"] = self.notes
        return out


def draft_events(mentions: list[Mention] | tuple[Mention, ...], text: str,
                 reference: date | datetime | None = None, prefer: str = "past") -> list[dict[str, str]]:
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
    return [d.as_dict() for d in plan_events(mentions, text, reference, prefer)]


def plan_events(mentions: list[Mention] | tuple[Mention, ...], text: str,
                reference: date | datetime | None = None, prefer: str = "past") -> list[DraftEvent]:
    """:func:`draft_events` as :class:`DraftEvent` records, each with its mention."""
    if reference is None and mentions:
        reference = Counter(m.anchor for m in mentions).most_common(1)[0][0]
    events: list[DraftEvent] = []
    language = mentions[0].language if mentions else "en"
    resolver = CachedResolver(None, language)
    seen: set[tuple[int, str]] = set()
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_start, []).append(m)
    sources: dict[int, tuple[bool, str]] = {}  # sentence start -> (is a dateline line, its text without one)
    by_value: dict[tuple[str, date | datetime], list[DraftEvent]] = {}  # the events of each date, to merge into
    for m in mentions:
        if m.type == "SET" or m.value == "PRESENT_REF" or m.span is None:
            continue  # "two-day" (no span), "every winter", "now"
        if m.type == "DURATION" and not m.text.lower().startswith(("the last", "the past", "the next")):
            continue
        if m.sentence_start not in sources:
            stripped = m.sentence.strip()
            if language == "en":
                sources[m.sentence_start] = (len(stripped) < 200 and bool(PUBLISHED.fullmatch(stripped)),
                                             strip_dateline(m.sentence))
            else:
                published = find_reference_in(stripped, language) is not None and len(stripped) < 120
                sources[m.sentence_start] = (published and dateline_end(stripped, language) == 0,
                                             m.sentence[dateline_end(m.sentence[:200], language):].strip())
        published_line, _ = sources[m.sentence_start]
        head_end = dateline_end(m.sentence[:200], language)
        if (head_end and m.start - m.sentence_start < head_end) or published_line:
            continue  # the dateline dates the article, not a statement
        key = (m.sentence_start, m.value)
        if key in seen:
            continue
        seen.add(key)
        others = [o for o in by_sentence[m.sentence_start] if o is not m]
        title = title_for(m, others) if language == "en" else lexical_title(m, others)
        event = DraftEvent(m, title, m.text, _source(m, sources[m.sentence_start][1]))
        if m.span.qualifier and language == "en":
            # "by 2030": the qualifier is outside the mention (TimeML) but part of the event's date
            word = _QUALIFIER_WORD.search(text, max(0, m.start - 9), m.start)
            if word is not None:
                event.when = f"{word.group(1)} {m.text}"
        if m.context == "quote (undated)":
            event.notes = "inside a quoted document the text does not date: read against the publication date " \
                          "(approximate)"
        if m.anchor != reference:
            event.reference = m.anchor
        if m.direction != prefer:
            event.prefer = m.direction
        again = resolver(event.when.replace("\u2019", "'"), m.anchor, m.direction)
        if again is None and language == "en":
            pre = re.search(r"\b(in|on|at|by|within)\s+$", text[max(0, m.start - 8):m.start])
            if pre is not None:
                again = resolver(f"{pre.group(1)} {m.text}", m.anchor, m.direction)
                if again is not None and again.value == m.value:
                    event.when = f"{pre.group(1)} {m.text}"  # "in very short order"
        if again is None and (repaired := repair_scripts(event.when)) != event.when:
            again = resolver(repaired, m.anchor, m.direction)  # "Наступнoго тижня" with a Latin "o"
            if again is not None and again.value == m.value:
                event.when, event.notes = repaired, f"written {m.text!r}"
        if again is None or (again.value != m.value and again.value.split("/")[-1] != m.value):
            as_value = resolver(m.value, m.anchor, m.direction)
            if as_value is not None and as_value.value == m.value:
                event.when, event.value_when = m.value, True
                event.notes = f"written {m.text!r}: {m.explanation}"
        if _merge_into(event, events, by_value):
            continue
        events.append(event)
        by_value.setdefault((m.value, m.anchor), []).append(event)
        earlier = after_clause_title(m) if language == "en" else None
        if earlier is not None:
            # "X happened last week after Y announced Z": Y's statement is dated by the same words
            events.append(replace(event, title=earlier,
                                  notes=f"from the 'after' clause: it came before the sentence's main statement, "
                                        f"in the same {m.text!r}"))
    return events


_QUALIFIER_WORD = re.compile(r"\b(by|since|until|till|through)\s+$", re.IGNORECASE)


_STOP = frozenset({"the", "and", "for", "with", "from", "into", "that", "this", "its", "their", "his", "her",
                   "was", "were", "has", "have", "had", "will", "would", "said", "says"})
_MERGE_WINDOW = 20  # earlier events of the same date compared with a new one


def _words(title: str) -> set[str]:
    """The content words of a title, cut to four letters ("meets", "meeting" and "meet" are one)."""
    return {w[:4] for w in re.findall(r"[a-z]+", title.lower()) if len(w) > 2 and w not in _STOP}


def _merge_into(event: DraftEvent, events: list[DraftEvent],
                by_value: dict[tuple[str, date | datetime], list[DraftEvent]]) -> bool:
    """One fact, one event: fold *event* into an earlier one of the same date that tells the same thing.

    Two mentions are the same fact when they resolve to the same value from
    the same anchor and their titles share at least half of the shorter one's
    content words ("Healey meets Hegseth" and "John Healey to meet Pete Hegseth
    in Washington"). The merged event keeps the longer title and every
    sentence as its source. Only the last few events of that date are compared,
    so a long text stays linear.
    """
    words = _words(event.title)
    if len(words) < 2:
        return False
    for other in reversed(by_value.get((event.mention.value, event.mention.anchor), [])[-_MERGE_WINDOW:]):
        theirs = _words(other.title)
        if len(words & theirs) * 2 < min(len(words), len(theirs)) or len(theirs) < 2:
            continue
        if event.source not in other.source:
            other.source = f"{other.source}\n{event.source}"
        if len(event.title.split()) > len(other.title.split()):
            other.title = event.title
        return True
    return False


def _source(m: Mention, sentence: str) -> str:
    """The sentence a drafted event quotes: whole, or the words around the date in a run-on one."""
    if len(sentence) <= 2 * WINDOW:
        return sentence
    lo, hi = window(m)
    return ("\u2026 " if lo else "") + m.sentence[lo:hi].strip() + (" \u2026" if hi < len(m.sentence) else "")


def article_events(article: Article) -> list[Event]:
    """The drafted events of *article* as :class:`~timeline.model.Event` objects, in date order.

    Built directly from the mentions: the span is the one :func:`extract`
    found (no round trip through an events file), ``when`` is the date as
    written, and ``origin`` is the line and column of the date in the text
    the user gave.
    """
    events = []
    for d in plan_events(article.mentions, article.text, article.reference, article.prefer):
        m = d.mention
        assert m.span is not None
        where = article.location(m.start)
        notes = d.notes if not d.value_when else f"{m.explanation}"
        events.append(Event(
            title=d.title, when=d.when if not d.value_when else m.text, span=m.span, reference=m.anchor, source=d.source, notes=notes,
            timezone=article.timezone, origin=Origin(where.file or article.name, where.line, where.column),
            language=article.language,
        ))
    events.sort(key=lambda e: e.span.sort_key())
    return events


def draft_document(text: str, reference: date | datetime | None = None, prefer: str = "past",
                   timezone: str | None = None) -> dict[str, Any]:
    """The ``events.yaml`` mapping for *text*: ``{"reference", "prefer", ["timezone"], "events"}``.

    What ``timeline extract --format yaml`` writes: :func:`extract` then
    :func:`draft_events`, with the reference read from the text when not given.
    """
    return article_document(read_article(text, reference, prefer, timezone))


def article_document(article: Article) -> dict[str, Any]:
    """:func:`draft_document` for an article already read by :func:`read_article`."""
    doc: dict[str, Any] = {"reference": article.reference.isoformat(), "prefer": article.prefer}
    if article.language != "en":
        doc["language"] = article.language  # the draft's expressions are read in the article's language
    if article.timezone:
        doc["timezone"] = article.timezone
    doc["events"] = draft_events(article.mentions, article.text, article.reference, article.prefer)
    return doc


def article_timeline(article: Article) -> Timeline:
    """The drafted events of *article* as a :class:`~timeline.model.Timeline`, ready for any renderer."""
    name = article.name
    calendar = PurePath(name).stem if not name.startswith("<") else "extract"
    return Timeline(tuple(article_events(article)), calendar, (name,), (article.reference,))
