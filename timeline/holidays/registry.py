"""The holidays by key, built once from the catalogue and the English and international names."""

from __future__ import annotations

from functools import lru_cache

from timeline.holidays.model import Holiday

__all__ = ["get_holiday", "holidays"]


@lru_cache(maxsize=1)
def holidays() -> dict[str, Holiday]:
    """Every holiday of the catalogue by key, in the order they are documented."""
    from timeline.holidays.catalogue import CATALOGUE  # loaded on first use
    from timeline.holidays.names import names_of

    table: dict[str, Holiday] = {}
    for entry in CATALOGUE:
        if entry.key in table:
            raise ValueError(f"duplicate holiday key {entry.key!r}")
        rule = entry.rule.describe() + (f" ({entry.note})" if entry.note else "")
        table[entry.key] = Holiday(
            entry.name, entry.key, names_of(entry.key, "en"), rule, entry.rule.calendar, entry.country, entry.rule
        )
    return table


def get_holiday(key: str) -> Holiday:
    """The holiday with this key (``KeyError`` if none)."""
    return holidays()[key]
