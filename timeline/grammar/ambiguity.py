"""Numeric dates that name two different days: ``03/06/2025`` is 3 June day first
and 6 March month first.

With no ``date_order`` the grammar reads them day first (DMY); the loader and
``timeline resolve`` warn with both readings, so that a US file is noticed
rather than silently shifted. Dotted dates (``03.06.2025``) are day first
wherever they are written and are not reported; ``10-12`` without a year is a
range of days, not a date, so only ``/`` counts when the year is missing.

Pure: no I/O. Linear: one regular expression of bounded repetitions.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_NUMERIC = re.compile(r"(?<![\d/.\-])(\d{1,2})([/\-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/\-])")


class Ambiguity(NamedTuple):
    """One numeric date with two readings, both in words."""

    text: str
    day_first: str
    month_first: str

    def message(self, choose: str = "set date_order: DMY or MDY") -> str:
        """The warning: both readings, which one was taken, and how to choose (*choose*)."""
        return (f"{self.text!r} is ambiguous: read day first as {self.day_first}; month first it would be "
                f"{self.month_first} ({choose} to choose)")


def ambiguous_numeric_dates(text: str) -> list[Ambiguity]:
    """The numeric dates in *text* whose day-first and month-first readings are two different days."""
    found = []
    for match in _NUMERIC.finditer(text):
        first, separator, second, year = match.groups()
        if year is None and separator != "/":
            continue
        a, b = int(first), int(second)
        if not (1 <= a <= 12 and 1 <= b <= 12) or a == b:
            continue
        suffix = ""
        if year is not None:
            full = int(year) if len(year) == 4 else (1900 + int(year) if int(year) >= 50 else 2000 + int(year))
            suffix = f" {full}"
        found.append(Ambiguity(match.group(0), f"{a} {_MONTHS[b - 1]}{suffix}", f"{b} {_MONTHS[a - 1]}{suffix}"))
    return found
