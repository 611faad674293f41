"""TSV events files: a header row, then one event per row, tab-separated.

The same columns and rules as CSV (:mod:`timeline.loader.csv_reader`), without
quoting: a cell is everything between two tabs (spaces around it are trimmed).
"""

from __future__ import annotations

from timeline.loader.csv_reader import RecordsDocument, read_delimited

NAME = "tsv"
SUFFIXES = (".tsv", ".tab")


def read(text: str, name: str) -> RecordsDocument:
    """Read a TSV events file."""
    return read_delimited(text, name, "\t")
