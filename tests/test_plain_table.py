"""The default table style is written without tabulate (start-up), byte for byte as tabulate writes it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tabulate import tabulate

from timeline.renderers._plain_table import plain_table
from timeline.renderers.table import display_width

TEXT = st.text(st.sampled_from(list("abcXYZ019 ,.'→–~é\n")), max_size=12)
# the first column of a timeline table is its date: never empty
DATE = st.text(st.sampled_from(list("0123456789-→ :")), min_size=1, max_size=12).filter(str.strip)


def _table(columns: int) -> st.SearchStrategy[tuple[list[str], list[list[str]]]]:
    headers = st.lists(st.text(st.sampled_from(list("abc dé")), max_size=8), min_size=columns, max_size=columns)
    row = st.tuples(DATE, st.lists(TEXT, min_size=columns - 1, max_size=columns - 1)).map(lambda t: [t[0], *t[1]])
    return st.tuples(headers, st.lists(row, min_size=1, max_size=5))


@settings(max_examples=500, deadline=None)
@given(st.integers(1, 5).flatmap(_table))
def test_plain_table_is_tabulates_simple_style(table: tuple[list[str], list[list[str]]]) -> None:
    headers, rows = table
    assert plain_table(rows, headers, display_width) == tabulate(rows, headers=headers, tablefmt="simple",
                                                                 disable_numparse=True)


def test_coloured_headers_and_multiline_cells() -> None:
    bold = ["\x1b[1mdate\x1b[0m", "\x1b[1mtitle\x1b[0m"]
    rows = [["2025-03-05", "Speech\nto Congress"], ["2025-03-06 → 2025-03-07", " Summit "]]
    assert plain_table(rows, bold, display_width) == tabulate(rows, headers=bold, tablefmt="simple",
                                                              disable_numparse=True)


def test_wide_characters_take_two_columns() -> None:
    """Aligned on a terminal, where 日 takes two columns (tabulate too, when wcwidth is installed)."""
    table = plain_table([["2025-03-06", "日本"], ["2025-03-07", "ab"]], ["date", "title"], display_width)
    first, second = table.splitlines()[2:]
    assert first == "2025-03-06  日本" and second == "2025-03-07  ab"
    assert table.splitlines()[1] == "----------  -------"
