"""Fiscal periods: 'fiscal 2025', 'FY2025', 'FY25' (taken as the calendar year, approximate)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.grammar.expression import Components
from timeline.grammar.families import units
from timeline.grammar.families.handlers import Handler

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser

def _h_fiscal(ps: Parser, i: int, end: int, p: Components) -> int:
    """'fiscal 2025', 'fiscal year 2025', 'FY2025', 'FY25'."""
    j = i + 1
    if ps.w(i) == "fiscal" and ps.w(j) in ("year", "yr"):
        j += 1
    n = ps.num(j)
    if ps.w(i) == "fiscal" and p.year is not None and p.fiscal is False and ps.w(i + 1) in ("year", "yr"):
        p.fiscal = True  # "the 2026 fiscal year"
        return i + 2
    if n is None or p.year is not None:
        return i
    digits = len(ps.words[j])
    if digits == 4:
        p.year = n
    elif digits == 2:
        p.year = 2000 + n if n < 50 else 1900 + n
    else:
        return i
    p.fiscal = True
    # "fiscal 2024-25", "FY2024/25": the fiscal year that starts in the first year, taken as that year
    return units.split_year(ps, j + 1, p.year)


# The words this family's readers start on (merged into the registry's WORD_HANDLERS).
HANDLERS: dict[str, Handler] = {
    "fiscal": _h_fiscal,
    "fy": _h_fiscal,
}


# Examples, read on Thursday 2025-03-06 with prefer past and no zone: (expression, start, exclusive
# end, granularity, TIMEX3 value). tests/test_grammar_families.py runs every family's table.
EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("fiscal 2025", "2025-01-01", "2026-01-01", "year", "2025"),
    ("FY2024", "2024-01-01", "2025-01-01", "year", "2024"),
    ("fiscal year 2026", "2026-01-01", "2027-01-01", "year", "2026"),
    ("fiscal 2024-25", "2024-01-01", "2025-01-01", "year", "2024"),
    ("the 2026 fiscal year", "2026-01-01", "2027-01-01", "year", "2026"),
]
