"""The names people write for each holiday, as data: one module per language.

Each module (``en``, ``fr``, ``de``, ``es``, ``it``, ``pt``, ``ru``, ``uk``)
holds ``NAMES``, a mapping from a catalogue key to the names of that holiday
in that language, as people write them. ``intl`` holds the names that are
written the same way in every language: transliterations of a holiday's own
name ("Yom Kippur", "Eid al-Fitr", "Diwali", "Nowruz") and brand names
("Earth Hour"). A language matches its own names and the international ones.

A name is a pattern of words (``docs/holidays.md``, "Writing names"):

* ``(word)`` is an optional word: ``"Christmas (Day)"``;
* ``{a|b|c}`` inside a word lists alternatives, spliced into the word:
  ``"Великодн{я|ю|ем|і}"``, ``"{Tag|Tages} der Deutschen Einheit"``,
  ``"Ostermontag{|s}"`` (an empty alternative leaves the word as it is);
* case, accents, apostrophes, periods and hyphens do not matter: names and
  text are normalized the same way (:func:`timeline.holidays.matching.normalize_words`).

The modules are imported on first use, one language at a time.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

__all__ = ["LANGUAGES", "names_of", "table"]

#: The languages timeline reads, ISO 639-1; ``en`` is the default.
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "ru", "uk")

_TABLES: dict[str, Mapping[str, tuple[str, ...]]] = {}


def table(language: str) -> Mapping[str, tuple[str, ...]]:
    """The ``NAMES`` of one language module (or ``"intl"``): catalogue key -> names as written."""
    found = _TABLES.get(language)
    if found is None:
        if language not in LANGUAGES and language != "intl":
            raise ValueError(f"no holiday names for language {language!r}; known: {', '.join(LANGUAGES)}")
        module = importlib.import_module(f"{__name__}.{language}")
        found = _TABLES[language] = module.NAMES
    return found


def names_of(key: str, language: str) -> tuple[str, ...]:
    """The names of holiday *key* in *language*: its own names, then the international ones."""
    return table(language).get(key, ()) + table("intl").get(key, ())
