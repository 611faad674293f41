"""Holidays: their names in every language timeline reads, and the days they fall on in any year.

Pure: no I/O, never the clock; the catalogue, the name indexes, the calendar
libraries and the precomputed tables are loaded on first use, and so are the
names below, so importing this package (or one of its parts) is cheap. The parts:

* :mod:`.catalogue` - every holiday as data: key, English name, rule, country;
* :mod:`.names` - the names people write, one data module per language;
* :mod:`.rules` - the kinds of rule (fixed date, n-th weekday, Easter offset,
  Hebrew, Hijri, Chinese and Indian dates, eras of rules that changed);
* :mod:`.calendars` - the calendar engines, one module each;
* :mod:`.matching` - normalization and the longest-name match per language;
* :mod:`.tables` - precomputed spans of the astronomical holidays.

The public API::

    from timeline.holidays import match, get_holiday

    match(["Tag", "der", "Deutschen", "Einheit", "2024"], 0, "de")  # -> (Holiday('German Unity Day', ...), 4)
    get_holiday("thanksgiving").occurrence(2024)  # -> (date(2024, 11, 28), date(2024, 11, 29))
    get_holiday("eid_al_adha").occurrences(2006)  # both Eids of 2006
    get_holiday("christmas").around(2024)         # the spans of 2023, 2024 and 2025
    first_words("uk")                             # what a scanner looks for
    canonical_words(holiday)                      # the words that name it to the English matcher

``docs/holidays.md`` lists the holidays and their rules, and says how to add one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# name -> the module that defines it. Imported on first use, so that importing a part of the package
# (the precomputed first words of the names, timeline.holidays.names.first_words, which the grammar
# reads for every file) does not build the holiday model, the name matcher and the registry.
_EXPORTS = {
    "UnsupportedError": "timeline.errors",
    "canonical_words": "timeline.holidays.matching",
    "first_words": "timeline.holidays.matching",
    "match": "timeline.holidays.matching",
    "match_holiday": "timeline.holidays.matching",
    "name_followers": "timeline.holidays.matching",
    "normalize_word": "timeline.holidays.matching",
    "normalize_words": "timeline.holidays.matching",
    "starts_name": "timeline.holidays.matching",
    "which_languages": "timeline.holidays.matching",
    "Holiday": "timeline.holidays.model",
    "NotHeldError": "timeline.holidays.model",
    "Occurrence": "timeline.holidays.model",
    "LANGUAGES": "timeline.holidays.names",
    "get_holiday": "timeline.holidays.registry",
    "holidays": "timeline.holidays.registry",
}

if TYPE_CHECKING:
    from timeline.errors import UnsupportedError
    from timeline.holidays.matching import (
        canonical_words,
        first_words,
        match,
        match_holiday,
        name_followers,
        normalize_word,
        normalize_words,
        starts_name,
        which_languages,
    )
    from timeline.holidays.model import Holiday, NotHeldError, Occurrence
    from timeline.holidays.names import LANGUAGES
    from timeline.holidays.registry import get_holiday, holidays

    HOLIDAYS: dict[str, Holiday]

__all__ = [
    "HOLIDAYS",
    "LANGUAGES",
    "Holiday",
    "NotHeldError",
    "Occurrence",
    "UnsupportedError",
    "canonical_words",
    "first_words",
    "get_holiday",
    "holidays",
    "match",
    "match_holiday",
    "name_followers",
    "normalize_word",
    "normalize_words",
    "starts_name",
    "which_languages",
]


def __getattr__(name: str) -> Any:
    # HOLIDAYS (every holiday by key) is built from the catalogue on first use.
    if name == "HOLIDAYS":
        from timeline.holidays.registry import holidays

        return holidays()
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value
    return value
