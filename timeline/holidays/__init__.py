"""Holidays: their names in every language timeline reads, and the days they fall on in any year.

Pure: no I/O, never the clock; the catalogue, the name indexes, the calendar
libraries and the precomputed tables are loaded on first use, so importing
this package is cheap. The parts:

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

if TYPE_CHECKING:
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
        return holidays()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
