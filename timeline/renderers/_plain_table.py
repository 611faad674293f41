"""The default table style ("simple"), written without tabulate.

tabulate reads its own installed metadata when it is imported (``importlib.metadata``):
about a fifth of a second's start-up budget for a command that prints a short table. This
writes the one style every table uses by default, text cells left-aligned, byte for byte
as ``tabulate(rows, headers, tablefmt="simple", disable_numparse=True)`` does (a property
test compares the two); any other ``--style``, and wrapped columns, still go to tabulate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

_MIN_PADDING = 2  # tabulate makes a column at least its header plus two wide
_SEPARATOR = "  "


def plain_table(rows: Sequence[Sequence[str]], headers: Sequence[str], width: Callable[[str], int]) -> str:
    """*rows* under *headers*, each column as wide as its widest line, as tabulate's "simple" style.

    *width* measures a line on the terminal (wide characters two, colour codes nothing).
    Cells are stripped of surrounding white space, as tabulate strips them; a cell with
    line breaks spans several lines, the row as tall as its tallest cell.
    """
    cells = [[_lines(cell.strip()) for cell in row] for row in rows]
    header_cells = [header.splitlines() or [""] for header in headers]
    widths = []
    for i, header in enumerate(header_cells):
        widest_header = max(width(line) for line in header) + _MIN_PADDING
        widest_cell = max((width(line) for row in cells for line in row[i]), default=0)
        widths.append(max(widest_header, widest_cell))
    out = _block(header_cells, widths, width)
    out.append(_SEPARATOR.join("-" * w for w in widths).rstrip())
    for row in cells:
        out.extend(_block(row, widths, width))
    return "\n".join(out)


def _lines(text: str) -> list[str]:
    return text.split("\n") if "\n" in text else [text]


def _block(cells: list[list[str]], widths: list[int], width: Callable[[str], int]) -> list[str]:
    """One row (or the header) as its lines, every cell padded to its column."""
    height = max(len(cell) for cell in cells)
    lines = []
    for k in range(height):
        parts = []
        for cell, w in zip(cells, widths):
            text = cell[k] if k < len(cell) else ""
            parts.append(text + " " * (w - width(text)))
        lines.append(_SEPARATOR.join(parts).rstrip())  # tabulate ends no line with spaces
    return lines
