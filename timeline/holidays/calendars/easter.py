"""Easter: the Western (Gregorian computus) and the Orthodox (Julian computus) dates.

Both come from ``dateutil.easter`` (methods 3 and 2), imported on first use. The
Orthodox date is given in the Gregorian calendar (2024: 5 May).
"""

from __future__ import annotations

from datetime import date

__all__ = ["EASTER_RANGE", "orthodox_easter", "western_easter"]

#: Years dateutil computes both Easters for (inclusive).
EASTER_RANGE = (1583, 4099)


def western_easter(year: int) -> date:
    """Easter Sunday of the Western churches (Gregorian computus)."""
    from dateutil.easter import EASTER_WESTERN, easter  # type: ignore[import-untyped,unused-ignore]

    d: date = easter(year, EASTER_WESTERN)
    return d


def orthodox_easter(year: int) -> date:
    """Easter Sunday (Pascha) of the Orthodox churches (Julian computus), as a Gregorian date."""
    from dateutil.easter import EASTER_ORTHODOX, easter  # type: ignore[import-untyped,unused-ignore]

    d: date = easter(year, EASTER_ORTHODOX)
    return d
