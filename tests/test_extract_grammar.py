"""One grammar: what `extract` reads inside a sentence, `timeline.resolve` reads the same way (issue 11.4).

For every mention `extract` resolves in every extraction test text (the gold
sets and the held-out sets), the same words through ``timeline.resolve`` with
the mention's reference and direction give the same span. Mentions that the
document decided (anaphora counted from the period just mentioned, a period
compared with it) are the only ones left out by design; there is no list of
readings extract makes and the grammar does not.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from timeline import resolve
from timeline.errors import TimelineError
from timeline.extraction import Mention, read_article
from timeline.extraction.vocabulary import NOT_IN_THE_LEXICON, vocabulary

DATA = Path(__file__).parent / "data" / "extract"
GOLD = sorted(DATA.rglob("*.gold.json"))
_PREPOSITION = re.compile(r"\b(in|within|over|at|for|during|on)\s+$", re.IGNORECASE)

def _mentions() -> list[tuple[str, str, Mention]]:
    out = []
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["text"]).read_text(encoding="utf-8")
        article = read_article(text, date.fromisoformat(gold["reference"]))
        out += [(str(path.relative_to(DATA)), text, m) for m in article.mentions if m.span is not None]
    return out


MENTIONS = _mentions()


def test_there_are_many_mentions_to_compare() -> None:
    assert len(MENTIONS) > 200
    assert len({name for name, _, _ in MENTIONS}) == len(GOLD)


@pytest.mark.parametrize(("name", "text", "mention"), MENTIONS,
                         ids=[f"{n.split('.')[0]}:{m.start}:{m.text}" for n, _, m in MENTIONS])
def test_extract_and_resolve_agree(name: str, text: str, mention: Mention) -> None:
    if mention.context in ("anaphora", "comparison"):
        pytest.skip("read from the period just mentioned: the document, not the words, decides")
    words = mention.text.replace("\u2019", "'")
    try:
        span = resolve(words, reference=mention.anchor, prefer=mention.direction)
    except TimelineError:
        # TimeML leaves the preposition outside the mention; some phrases of the lexicon hold it
        before = _PREPOSITION.search(text, max(0, mention.start - 10), mention.start)
        if before is None:
            span = None
        else:
            try:
                span = resolve(f"{before.group(1)} {words}", reference=mention.anchor, prefer=mention.direction)
            except TimelineError:
                span = None
    assert mention.span is not None
    same = span is not None and (span.start, span.end, span.granularity) == (
        mention.span.start, mention.span.end, mention.span.granularity)
    assert same, (f"{name}: {mention.text!r} ({mention.direction}, against {mention.anchor}): extract "
                  f"{mention.span.start}..{mention.span.end}, resolve "
                  f"{'refuses it' if span is None else f'{span.start}..{span.end}'}")


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
