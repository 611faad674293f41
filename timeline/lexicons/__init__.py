"""Words as data: one lexicon per language, behind one registry.

    from timeline.lexicons import get_lexicon, WordClass
    en = get_lexicon("en")
    en.lookup("thursday")                     # (Weekday(n=3),)
    en.classes("next")                        # frozenset({WordClass.RELATIVE})
    en.longest(["the", "day", "after", "tomorrow"], 0)   # Match(... DayWord(shift=2) ..., end=4)

A lexicon maps normalized surface forms (:func:`normalize_word`) to typed
meanings (:mod:`timeline.lexicons.schema`); multi-word entries are found by
:meth:`Lexicon.longest` over a trie. Adding a language is a module beside
``en.py`` with the same tables and a morphology hook, plus one line in
:data:`LANGUAGES`. See ``docs/architecture.md``.
"""

from __future__ import annotations

import importlib

from timeline.lexicons.extract_words import ExtractWords, extract_words
from timeline.lexicons.schema import (
    UNITS,
    ClockMinutes,
    DayWord,
    Decade,
    Glue,
    Hedge,
    Lexicon,
    Marker,
    Match,
    Meaning,
    Month,
    Number,
    Ordinal,
    PartOfDay,
    PeriodPart,
    Qualifier,
    Relative,
    Season,
    Unit,
    UnitFacts,
    Vague,
    VagueWindow,
    Weekday,
    WordClass,
    Zone,
    fold_diacritics,
    normalize_text,
    normalize_word,
)

__all__ = [
    "LANGUAGES", "UNITS", "ClockMinutes", "DayWord", "Decade", "ExtractWords", "Glue", "Hedge", "Lexicon", "Marker",
    "Match", "Meaning", "Month", "Number", "Ordinal", "PartOfDay", "PeriodPart", "Qualifier", "Relative",
    "Season", "Unit", "UnitFacts", "Vague", "VagueWindow", "Weekday", "WordClass", "Zone", "extract_words",
    "fold_diacritics", "get_lexicon", "normalize_text", "normalize_word",
]

# ISO 639-1 code -> the module holding its LEXICON. A new language is one line here.
LANGUAGES: dict[str, str] = {
    "en": "timeline.lexicons.en",
    "de": "timeline.lexicons.de",
    "es": "timeline.lexicons.es",
    "fr": "timeline.lexicons.fr",
    "it": "timeline.lexicons.it",
    "ru": "timeline.lexicons.ru",
    "pt": "timeline.lexicons.pt",
    "uk": "timeline.lexicons.uk",
}

_LOADED: dict[str, Lexicon] = {}


def get_lexicon(language: str = "en") -> Lexicon:
    """The compiled lexicon of *language* (an ISO 639-1 code); built once, on first use.

    Raises :class:`~timeline.errors.UsageError` for a language without a lexicon.
    """
    found = _LOADED.get(language)
    if found is not None:
        return found
    module_name = LANGUAGES.get(language)
    if module_name is None:
        from timeline.errors import UsageError

        known = ", ".join(sorted(LANGUAGES))
        raise UsageError(f"no lexicon for language {language!r} (known: {known})")
    lexicon: Lexicon = importlib.import_module(module_name).LEXICON
    _LOADED[language] = lexicon
    return lexicon
