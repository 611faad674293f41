"""One grammar: a phrase reads the same in `extract`, `timeline.resolve` and an events file (issue 11.4).

For every mention `extract` resolves in every extraction text of the
repository (the English gold and held-out sets, and the ``source`` sentences of
the example events files, in English, French and Ukrainian), the same words
through ``timeline.resolve`` with the mention's reference, direction and
language give the same span, and so does an events file that writes them as an
event's ``when`` with that reference and ``prefer``. Mentions that the document
decided (anaphora counted from the period just mentioned, a period compared
with it) are the only ones left out by design; there is no list of readings
extract makes and the grammar does not.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from timeline import resolve
from timeline.errors import TimelineError
from timeline.extraction import Mention, read_article
from timeline.extraction.vocabulary import NOT_IN_THE_LEXICON, vocabulary
from timeline.loader import load_text
from timeline.model import Span

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "extract"
GOLD = sorted(DATA.rglob("*.gold.json"))
EVENTS_FILES = [ROOT / "events.yaml", *sorted((ROOT / "examples").rglob("*.yaml"))]
_PREPOSITION = re.compile(r"\b(in|within|over|at|for|during|on)\s+$", re.IGNORECASE)
_DOCUMENT_DECIDES = ("anaphora", "comparison")


def _texts() -> list[tuple[str, str, date, str]]:
    """(name, text, reference, language) of every extraction text: gold articles, events files' sources."""
    out = []
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["text"]).read_text(encoding="utf-8")
        out.append((str(path.relative_to(DATA)).split(".")[0], text, date.fromisoformat(gold["reference"]), "en"))
    for path in EVENTS_FILES:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        about = doc.get("source") if isinstance(doc.get("source"), dict) else {}
        reference = doc.get("reference") or about.get("published")
        language = doc.get("language") or about.get("language") or "en"
        for k, event in enumerate(doc["events"]):
            if isinstance(event, dict) and isinstance(event.get("source"), str) and reference is not None:
                out.append((f"{path.relative_to(ROOT)}#{k}", event["source"], reference, language))
    return out


def _mentions() -> list[tuple[str, str, str, Mention]]:
    out = []
    for name, text, reference, language in _texts():
        article = read_article(text, reference, language=language)
        out += [(name, language, text, m) for m in article.mentions if m.span is not None]
    return out


MENTIONS = _mentions()
IDS = [f"{n}:{m.start}:{m.text}" for n, _, _, m in MENTIONS]


def _grammar_reading(text: str, mention: Mention, language: str) -> tuple[str, Span] | None:
    """The words the grammar reads for *mention* and their span, or None when it refuses them."""
    words = mention.text.replace("\u2019", "'")
    tries = [words]
    # TimeML leaves the preposition outside the mention; some phrases of the English lexicon hold it
    before = _PREPOSITION.search(text, max(0, mention.start - 10), mention.start) if language == "en" else None
    if before is not None:
        tries.append(f"{before.group(1)} {words}")
    for phrase in tries:
        try:
            return phrase, resolve(phrase, reference=mention.anchor, prefer=mention.direction, language=language)
        except TimelineError:
            continue
    return None


def _key(span: Span) -> tuple[date | datetime, date | datetime, str]:
    return span.start, span.end, span.granularity.value


def test_there_are_many_mentions_to_compare() -> None:
    assert len(MENTIONS) > 200
    assert len({name for name, *_ in MENTIONS if "#" not in name}) == len(GOLD)
    assert {language for _, language, _, _ in MENTIONS} >= {"en", "fr", "uk"}


@pytest.mark.parametrize(("name", "language", "text", "mention"), MENTIONS, ids=IDS)
def test_extract_and_resolve_agree(name: str, language: str, text: str, mention: Mention) -> None:
    if mention.context in _DOCUMENT_DECIDES:
        pytest.skip("read from the period just mentioned: the document, not the words, decides")
    assert mention.span is not None
    got = _grammar_reading(text, mention, language)
    assert got is not None and _key(got[1]) == _key(mention.span), (
        f"{name}: {mention.text!r} ({mention.direction}, against {mention.anchor}, {language}): extract "
        f"{mention.span.start}..{mention.span.end}, resolve "
        f"{'refuses it' if got is None else f'{got[1].start}..{got[1].end}'}")


@pytest.mark.parametrize("name", sorted({name for name, *_ in MENTIONS}))
def test_an_events_file_reads_each_phrase_as_extract_and_resolve_do(name: str) -> None:
    """Every phrase of one text written as an event's ``when`` (with the mention's reference and
    direction as the event's ``reference`` and ``prefer``) loads to the span extract gave it."""
    rows = [(text, language, m) for n, language, text, m in MENTIONS
            if n == name and m.context not in _DOCUMENT_DECIDES]
    readings = [(m, _grammar_reading(text, m, language)) for text, language, m in rows]
    events = [{"id": f"m{k}", "title": m.text, "when": got[0], "reference": m.anchor.isoformat(),
               "prefer": m.direction} for k, (m, got) in enumerate(readings) if got is not None]
    if not events:
        pytest.skip("no phrase the document does not decide")
    document = {"language": rows[0][1], "events": events}
    loaded, _, errors, _ = load_text(json.dumps(document, ensure_ascii=False), f"{name}.json")
    assert errors == []
    by_id = {e.id: e for e in loaded}
    for k, (m, got) in enumerate(readings):
        if got is None:
            continue
        assert m.span is not None
        event = by_id[f"m{k}"]
        assert _key(event.span) == _key(got[1]) == _key(m.span), (m.text, m.direction, m.anchor)


@pytest.mark.parametrize(("sentence", "reference", "words", "value", "direction"), [
    # a quarter without a year: a past cue reads one not yet begun as last year's ...
    ("Fourth-quarter profit fell 12%, the bank said.", "2025-02-20", "Fourth-quarter", "2024-Q4", "past"),
    ("Revenue fell in the October-December quarter.", "2025-02-06", "the October-December quarter", "2024-Q4",
     "past"),
    # ... one begun stays this year's, in any tense
    ("Sales shrank in the third quarter.", "2024-11-20", "the third quarter", "2024-Q3", "past"),
    ("The company will report its third-quarter results next week.", "2024-11-04", "third-quarter", "2024-Q3",
     "future"),
    ("Revenue rose 4% in the April-June period.", "2025-07-24", "the April-June period", "2025-Q2", "past"),
    # a present perfect is not a past cue for a period: handed to the grammar as nearest
    ("The strike has cost them orders for the third quarter.", "2025-06-12", "the third quarter", "2025-Q3",
     "nearest"),
    ("Profit rose in the December quarter, Apple said.", "2025-01-30", "the December quarter", "2024-Q4", "past"),
    # counted from the coming Sunday, the reference day included
    ("Arsenal host Chelsea a week on Sunday.", "2025-03-09", "a week on Sunday", "2025-03-16", "past"),
    ("Arsenal host Chelsea a week on Sunday.", "2025-03-06", "a week on Sunday", "2025-03-16", "past"),
])
def test_one_reading_in_a_sentence_and_alone(sentence: str, reference: str, words: str, value: str,
                                             direction: str) -> None:
    """The phrases extract once read by rules of its own: the sentence and the grammar give one value."""
    from timeline.extraction import extract

    found = {m.text: m for m in extract(sentence, date.fromisoformat(reference))}
    assert words in found, sorted(found)
    mention = found[words]
    assert (mention.value, mention.direction) == (value, direction)
    assert resolve(words, reference=date.fromisoformat(reference), prefer=direction).value == value


def test_the_scanner_reads_its_date_words_from_the_lexicon() -> None:
    """Every weekday, month, unit, season and vague word the scanner knows is a word of the lexicon."""
    from timeline.lexicons import get_lexicon

    lexicon = get_lexicon("en")
    voc = vocabulary()
    for table in (voc.weekdays, voc.months, voc.units, voc.seasons, voc.numbers, voc.ordinals, voc.parts_of_day):
        assert all(lexicon.lookup(w) for w in table)
    extras = set().union(*NOT_IN_THE_LEXICON.values())
    assert all(lexicon.lookup(w) or w in extras for w in voc.vague_words | voc.day_words | voc.relatives)
    # and the extraction package spells no table of date words of its own
    source = "\n".join(p.read_text(encoding="utf-8") for p in (Path(__file__).parents[1] / "timeline" / "extraction")
                       .glob("*.py") if p.name != "vocabulary.py")
    for name in ("_VAGUE", "_RELATIVE", "_UNIT_CODE", "_VAGUE_PHRASES", "_SET_SEASON", "_DAYWORDS", "_POSTFIX"):
        assert f"{name} =" not in source
    assert not re.search(r'"monday",\s*"tuesday"|"january",\s*"february"|"jan",\s*"feb"', source, re.IGNORECASE)
