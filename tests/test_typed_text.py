"""Text as people type it, in every language (issue 12.3), derived from each lexicon's EXAMPLES.

For every example of every language in :data:`timeline.lexicons.LANGUAGES`:

- in capitals ("У ВІВТОРОК", "LA SEMAINE PROCHAINE") it gives the same span;
- without its diacritics, in a Latin-script language ("semaine derniere", "nachste Woche"), the same span;
- with its apostrophes typed as ` ´ ‘ ’ ʼ instead of ' ("п`ятниця", "aujourd´hui"), the same span;
- with a Cyrillic letter typed as its Latin look-alike ("понеділoк", "y вівторок"), an error that names
  the letter and suggests the word from the same lexicon.

Explanations stay English and quote the words as written.
"""

from __future__ import annotations

import importlib
import re
from datetime import date, datetime

import pytest

from timeline import resolve
from timeline.errors import MixedScriptError, UnknownWordError
from timeline.lexicons import LANGUAGES, fold_diacritics, normalize_word
from timeline.lexicons.morphology import script_of

LOOKALIKES = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "і": "i", "х": "x", "у": "y"}
APOSTROPHES = ("`", "\u00b4", "\u2018", "\u2019", "\u02bc")

Row = tuple[str, str, str, str, str, str]


def _rows() -> list[tuple[str, Row]]:
    return [(code, row) for code, module in sorted(LANGUAGES.items())
            for row in getattr(importlib.import_module(module), "EXAMPLES", [])]


def _when(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _latin(text: str) -> bool:
    return all(script_of(c) == "latin" for c in text if c.isalpha())


CAPITALS = [(code, row[0].upper(), row) for code, row in _rows()]
UNACCENTED = [(code, fold_diacritics(row[0]), row) for code, row in _rows()
              if _latin(row[0]) and fold_diacritics(row[0]) != row[0]]
APOSTROPHED = [(code, re.sub("['\u2019]", mark, row[0]), row) for code, row in _rows()
               if re.search(r"\w['\u2019]\w", row[0]) for mark in APOSTROPHES]


@pytest.mark.parametrize(("language", "typed", "row"), CAPITALS + UNACCENTED + APOSTROPHED)
def test_the_same_span_as_typed(language: str, typed: str, row: Row) -> None:
    _text, ref, prefer, start, end, grain = row
    span = resolve(typed, reference=_when(ref), prefer=prefer, language=language)
    assert (span.start.isoformat()[:16], span.end.isoformat()[:16], span.granularity.value) == (start, end, grain)
    assert span.explanation.startswith(typed.strip())  # quotes the words as the user typed them
    assert span.explanation.isascii() or typed.strip() in span.explanation  # the rest of it is English
    assert re.search(r" → \S+: [A-Za-z0-9(]", span.explanation), span.explanation


def _mistyped() -> list[tuple[str, str, str, str, str]]:
    """(language, expression with one Latin look-alike, the word as typed, the letter, the reference)."""
    out = []
    for code, (text, ref, *_rest) in _rows():
        for match in re.finditer(r"\w+(?:['\u2019\u02bc]\w+)*", text):
            word = match.group()
            at = next((i for i, c in enumerate(word) if c in LOOKALIKES), None)
            if at is None or len(word) < 2 or not all(script_of(c) == "cyrillic" for c in word if c.isalpha()):
                continue
            typed = word[:at] + LOOKALIKES[word[at]] + word[at + 1:]
            out.append((code, text[:match.start()] + typed + text[match.end():], typed, LOOKALIKES[word[at]], ref))
            break
    return out


MISTYPED = _mistyped()


def test_there_are_mistyped_rows_for_each_cyrillic_language() -> None:
    cyrillic = {code for code, (text, *_r) in _rows() if any(script_of(c) == "cyrillic" for c in text)}
    assert {m[0] for m in MISTYPED} == cyrillic


@pytest.mark.parametrize(("language", "text", "typed", "letter", "ref"), MISTYPED)
def test_a_latin_letter_in_a_cyrillic_word_is_named(language: str, text: str, typed: str, letter: str,
                                                    ref: str) -> None:
    with pytest.raises(MixedScriptError) as caught:
        resolve(text, reference=_when(ref), language=language)
    error = caught.value
    assert normalize_word(error.token or "") == normalize_word(typed)
    assert f"the Latin letter {letter!r}" in error.message, error.message
    assert error.suggestion is not None
    assert all(script_of(c) == "cyrillic" for c in error.suggestion if c.isalpha())


@pytest.mark.parametrize(("language", "text", "token", "suggestion"), [
    ("uk", "y вівторок", "y", "у"),
    ("uk", "o 3 годині дня", "o", "о"),
    ("ru", "в пятницу o 18:00", "o", "о"),
])
def test_a_short_word_typed_in_latin_among_cyrillic_ones(language: str, text: str, token: str,
                                                         suggestion: str) -> None:
    with pytest.raises(MixedScriptError) as caught:
        resolve(text, reference=date(2025, 3, 6), language=language)
    assert caught.value.token == token and caught.value.suggestion == suggestion
    assert f"the Latin letter {token!r} among Cyrillic words (did you mean {suggestion!r}?)" in caught.value.message


@pytest.mark.parametrize(("language", "text", "suggestion"), [
    ("uk", "минулої середт", "середи"),
    ("ru", "в прошлую пятницк", "пятница"),
    ("fr", "jeudy dernier", "jeudi"),
])
def test_suggestions_come_from_the_expressions_lexicon(language: str, text: str, suggestion: str) -> None:
    with pytest.raises(UnknownWordError) as caught:
        resolve(text, reference=date(2025, 3, 6), language=language)
    assert caught.value.suggestion is not None
    assert caught.value.suggestion.lower().startswith(suggestion[:4])
