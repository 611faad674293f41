"""The holiday type: a key, an English name, a country and the rule that places it in a year.

Pure: no I/O, never the clock. Calendar libraries are imported by the rules,
inside the computation, never here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol

from timeline.errors import UnsupportedError
from timeline.holidays.tables import lookup  # a cheap module (its tables load on first use)

__all__ = ["Holiday", "NotHeldError", "Occurrence", "Placement", "When", "check_range", "one_day"]

When = date | datetime
#: A half-open span ``[start, end)``: dates for whole days, naive datetimes for timed holidays.
Occurrence = tuple[When, When]

DAY = timedelta(days=1)


class NotHeldError(UnsupportedError):
    """Raised for a year in which a holiday was not held (before it was created or after it
    was abolished): the rule is known, the year is simply outside its eras."""


class Placement(Protocol):
    """A rule that places a holiday in Gregorian years (see :mod:`timeline.holidays.rules`)."""

    @property
    def calendar(self) -> str:
        """The calendar the rule belongs to (``gregorian``, ``easter``, ``hebrew``...)."""
        ...

    @property
    def supported(self) -> bool:
        """False when timeline recognises the holiday but cannot compute its dates."""
        ...

    def spans(self, name: str, year: int) -> tuple[Occurrence, ...]:
        """Every span that starts in *year*, in order; *name* is used in error messages."""
        ...

    def describe(self) -> str:
        """The rule in one line of English, for the documentation."""
        ...


def check_range(name: str, year: int, bounds: tuple[int, int], why: str) -> None:
    """Raise :class:`UnsupportedError` when *year* is outside the years a calendar computes."""
    lo, hi = bounds
    if not lo <= year <= hi:
        raise UnsupportedError(f"{name} can only be computed for the years {lo}-{hi} ({why}); got {year}")


def one_day(d: date, length: int = 1) -> Occurrence:
    """The span of *length* whole days starting on *d*."""
    return (d, d + timedelta(days=length))


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named holiday and the rule that places it in a year.

    ``name`` is the canonical English name (explanations quote it), ``key`` a
    stable identifier, ``aliases`` the names it is recognised by in English
    (the English and the international names, as written), ``rule`` a one-line
    description of when it falls, ``calendar`` the calendar the rule belongs to
    (``gregorian``, ``easter``, ``orthodox-easter``, ``hebrew``, ``islamic``,
    ``chinese``, ``solar-term``, ``hindu``, ``hindu-solar``, ``buddhist``,
    ``other``), ``country`` the ISO 3166 code of the country whose holiday it
    is (``None`` for religious and international days) and ``placement`` the
    typed rule itself.
    """

    name: str
    key: str
    aliases: tuple[str, ...] = field(default=(), compare=False, repr=False)
    rule: str = field(default="", compare=False, repr=False)
    calendar: str = field(default="gregorian", compare=False, repr=False)
    country: str | None = field(default=None, compare=False, repr=False)
    placement: Placement | None = field(default=None, compare=False, repr=False)

    @property
    def supported(self) -> bool:
        """False for holidays that are recognised but whose dates cannot be computed."""
        return self.placement is not None and self.placement.supported

    def compute(self, year: int) -> tuple[Occurrence, ...]:
        """The spans that start in *year*, computed by the rule (never from the tables)."""
        if self.placement is None:  # pragma: no cover - every catalogued holiday has one
            raise UnsupportedError(f"{self.name} has no rule")
        return self.placement.spans(self.name, year)

    def occurrences(self, year: int) -> tuple[Occurrence, ...]:
        """Every ``[start, end)`` of the holiday that starts in Gregorian *year*, in order.

        Raises :class:`UnsupportedError` when the year is outside the range the
        holiday's calendar is computed for, when the calendar is not supported,
        and (:class:`NotHeldError`) when the holiday was not held that year.
        """
        found = lookup(self, year)
        return found if found is not None else self.compute(year)

    def occurrence(self, year: int) -> Occurrence:
        """The ``[start, end)`` of the holiday in Gregorian *year* (end exclusive).

        When a lunar holiday falls twice in the year, the first one.
        """
        found = self.occurrences(year)
        if not found:
            raise UnsupportedError(f"{self.name} does not fall in {year}")
        return found[0]

    def around(self, year: int) -> tuple[Occurrence, ...]:
        """Every span that starts in the years *year* - 1 to *year* + 1, in order.

        Years in which the holiday was not held are skipped (a holiday created
        last year has no span the year before), so callers can pick the one
        before, under way at, or after a reference day. Raises
        :class:`UnsupportedError` when none of the three years can be computed
        or the holiday was held in none of them.
        """
        spans: list[Occurrence] = []
        errors: list[UnsupportedError] = []
        for y in (year - 1, year, year + 1):
            try:
                spans.extend(self.occurrences(y))
            except NotHeldError as exc:
                errors.append(exc)
        if not spans:
            if errors:
                raise errors[1 if len(errors) > 1 else 0]
            raise UnsupportedError(f"{self.name} does not fall in {year - 1}-{year + 1}")
        return tuple(spans)

    def names(self, language: str = "en") -> tuple[str, ...]:
        """The names this holiday is recognised by in *language* (ISO 639-1), as written."""
        from timeline.holidays.names import names_of

        return names_of(self.key, language)
