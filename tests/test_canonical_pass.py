"""The canonical pass that reads other languages (timeline/grammar/canonical.py): its compiled word
table agrees with the lexicon it is compiled from, and minutes said after an hour are one rule in
every language, however the language says them."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

import timeline
from timeline.errors import TimelineError
from timeline.grammar.canonical import _Item, _read, _Speller, _Table
from timeline.grammar.tokens import Token, tokenize
from timeline.lexicons import LANGUAGES, fold_diacritics, get_lexicon, normalize_word

OTHER_LANGUAGES = sorted(code for code in LANGUAGES if code != "en")


def _example_words(language: str) -> list[str]:
    """Every word of the language's EXAMPLES, as the reader normalizes them (inflected forms included)."""
    module = importlib.import_module(LANGUAGES[language])
    words: list[str] = []
    for row in getattr(module, "EXAMPLES", []):
        words += [normalize_word(w) for w in str(row[0]).replace("-", " ").split()]
    return [w for w in words if w and not w.isdigit()]


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_table_reads_every_word_as_the_lexicon_does(language: str) -> None:
    lexicon = get_lexicon(language)
    table = _Table(language)
    words = [key for key in lexicon.entries if " " not in key]
    words += [fold_diacritics(w) for w in words] + _example_words(language)
    assert words
    for word in words:
        entry = table.entry(word)
        if entry.reading is not None:  # a word on its own: the lexicon's meanings, from one lookup
            assert entry.meanings == lexicon.lookup(word), word
            assert not lexicon.opens_multi(word), word
        elif entry.raw:
            assert not lexicon.lookup(word), word
        elif entry.follow is None and not entry.holiday:  # read by the general path every time
            assert word in ("a", "p") or not lexicon.lookup(word), word  # "a.m.", or a word to look up further
        else:  # it may open a multi-word entry or a holiday name: read alone only when none goes on
            assert entry.follow == (lexicon.next_words(word) if lexicon.opens_multi(word) else None), word
            assert entry.meanings == lexicon.lookup(word), word
            assert (entry.single is None) == (not entry.meanings), word


def _spelled(tokens: list[Token]) -> list[tuple[str, int, int, int | None]]:
    return [(t.text, t.start, t.end, t.number) for t in tokens]


ROOT = Path(__file__).resolve().parents[1]
# the first string of each row of a language's test tables: ("le surlendemain du 9 mars", THU, ...)
_ROW = re.compile(r'^\s*\(\s*"([^"\n]+)",', re.MULTILINE)


def _expressions(language: str) -> list[str]:
    """The language's EXAMPLES, the rows of its tests' tables and of Duckling's corpus when present."""
    module = importlib.import_module(LANGUAGES[language])
    texts = [str(row[0]) for row in getattr(module, "EXAMPLES", [])]
    for path in sorted((ROOT / "tests").glob("test_lang_*.py")):
        texts += _ROW.findall(path.read_text(encoding="utf-8"))  # each tried in every language
    corpus = ROOT.parent / "shared" / "bench" / f"duckling_{language}_time.jsonl"
    if corpus.exists():
        texts += [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    return texts


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_words_written_from_the_table_are_written_as_the_rules_write_them(language: str) -> None:
    """A word the table writes without the speller's rules (a weekday, a month...) comes out as the
    rules would write it: the language's examples and test rows spelled both ways."""
    table = _Table(language)
    compared = 0
    for text in _expressions(language):
        try:
            items = _read(text, tokenize(text), table, False)
            fast = _Speller(list(items), table.lexicon).spell()
        except TimelineError:
            continue
        by_rules = [_Item(it.first, it.last, it.meanings, it.words, it.raw, replace(it.reading, static=0))
                    for it in items]
        assert _spelled(_Speller(by_rules, table.lexicon).spell()) == _spelled(fast), text
        compared += 1
    assert compared > 20


REFERENCE = dt.datetime(2025, 3, 6, 10, 0)

# (language, expression, prefer, start): minutes said after an hour, each way a language says them.
MINUTES = [
    # the lexicon's ClockMinutes words; French says its hours on the 24-hour clock
    ("fr", "à 15 heures moins le quart", "future", "2025-03-06 14:45"),
    ("fr", "midi et quart", "future", "2025-03-06 12:15"),
    ("fr", "3 et quart", "past", "2025-03-06 03:15"),  # a bare hour opening the expression
    ("fr", "à trois heures moins cinq", "future", "2025-03-07 02:55"),
    # a number after the hour word
    ("fr", "quinze heures trente", "future", "2025-03-06 15:30"),
    # a clock sign and a fraction or a number; Spanish and Italian hours are read by prefer
    ("es", "las cinco y cuarto", "future", "2025-03-06 17:15"),
    ("es", "las cinco y cuarto", "past", "2025-03-06 05:15"),
    ("es", "5 y cuarto", "future", "2025-03-06 17:15"),
    ("es", "a las doce menos cinco", "future", "2025-03-06 11:55"),
    ("it", "alle tre e un quarto", "future", "2025-03-06 15:15"),
    ("it", "a mezzogiorno meno un quarto", "future", "2025-03-06 11:45"),  # noon is an hour too
    # glue and a number
    ("pt", "às três e quinze", "future", "2025-03-06 15:15"),
    ("pt", "às tres e meia da tarde", "past", "2025-03-05 15:30"),
]


@pytest.mark.parametrize(("language", "text", "prefer", "start"), MINUTES,
                         ids=[f"{row[0]}: {row[1]} ({row[2]})" for row in MINUTES])
def test_minutes_said_after_an_hour(language: str, text: str, prefer: str, start: str) -> None:
    span = timeline.resolve(text, reference=REFERENCE, prefer=prefer, language=language)
    assert span.start.strftime("%Y-%m-%d %H:%M") == start
    assert span.granularity == "minute"


# (language, expression, canonical words): a word that may begin a holiday name is the name where the
# words after it go on with one, and itself where they do not (the matcher is asked only then)
HOLIDAY_STARTS = [
    ("fr", "lundi", "monday"),
    ("fr", "lundi de Pâques 2026", "holiday_easter_monday 2026"),
    ("fr", "lundi de la semaine prochaine", "monday next week"),
    ("fr", "mardi gras", "holiday_shrove_tuesday"),
    ("fr", "mardi 3 mars", "tuesday the 3 th march"),
    ("fr", "semaine sainte", "holiday_holy_week"),
    ("fr", "semaine prochaine", "next week"),
    ("de", "am Tag der Arbeit", "holiday_may_day"),
    ("uk", "День Незалежності", "holiday_ukrainian_independence_day"),
    ("uk", "день тому", "a day ago"),
    ("es", "lunes de Pascua", "holiday_easter_monday"),
]


@pytest.mark.parametrize(("language", "text", "words"), HOLIDAY_STARTS, ids=[row[1] for row in HOLIDAY_STARTS])
def test_a_word_that_may_begin_a_holiday_name(language: str, text: str, words: str) -> None:
    from timeline.grammar import canonical_tokens

    assert " ".join(t.text for t in canonical_tokens(text, tokenize(text), language)) == words


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_read_language_gives_the_canonical_tokens_and_the_clock_of_the_language(language: str) -> None:
    from timeline.grammar.canonical import canonical_tokens, read_language

    lexicon = get_lexicon(language)
    for text in _expressions(language)[:40]:
        try:
            expected = canonical_tokens(text, tokenize(text), language)
        except TimelineError:
            continue
        tokens, clock24, hour_word24 = read_language(text, tokenize(text), language)
        assert _spelled(tokens) == _spelled(expected), text
        assert (clock24, hour_word24) == (lexicon.clock24, lexicon.hour_word24)
