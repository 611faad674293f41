"""Every language's example table (beside its lexicon), through timeline.resolve(language=...)."""

from __future__ import annotations

import importlib
from datetime import date, datetime

import pytest

from timeline import resolve
from timeline.errors import UnknownWordError
from timeline.lexicons import LANGUAGES

ROWS = [(code, *row) for code, module in LANGUAGES.items()
        for row in getattr(importlib.import_module(module), "EXAMPLES", [])]


def _when(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


@pytest.mark.parametrize(("language", "text", "ref", "prefer", "start", "end", "grain"), ROWS)
def test_examples(language: str, text: str, ref: str, prefer: str, start: str, end: str, grain: str) -> None:
    span = resolve(text, reference=_when(ref), prefer=prefer, language=language)
    got = (span.start.isoformat()[:16], span.end.isoformat()[:16], span.granularity.value)
    assert got == (start, end, grain), span.explanation
    assert span.explanation.startswith(text.strip())  # explanations quote the words as written


def test_every_language_has_examples() -> None:
    assert {code for code, *_ in ROWS} >= set(LANGUAGES) - {"en"}


def test_unknown_word_suggests_from_the_expression_language() -> None:
    with pytest.raises(UnknownWordError) as caught:
        resolve("jeudy dernier", reference=date(2025, 3, 6), language="fr")
    assert caught.value.suggestion == "jeudi"
    assert (caught.value.token, caught.value.position) == ("jeudy", 0)
    with pytest.raises(UnknownWordError) as english:
        resolve("Thursdy", reference=date(2025, 3, 6))
    assert english.value.suggestion == "Thursday"


def test_english_words_are_not_french() -> None:
    # an expression of another language names it (issue 12): a WrongLanguageError, an UnknownWordError
    with pytest.raises(UnknownWordError, match="^'last week' looks English; set language: en$"):
        resolve("last week", reference=date(2025, 3, 6), language="fr")
    with pytest.raises(UnknownWordError, match="in French"):
        resolve("la semaine blorp", reference=date(2025, 3, 6), language="fr")
