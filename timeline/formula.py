"""The spreadsheet formula guard, shared by the CSV writers and the CSV reader."""

from __future__ import annotations

# Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that starts with
# one of these as a formula: a title such as "=HYPERLINK(...)" scraped from a
# web page would run when the CSV is opened (OWASP "CSV injection"). Tab and
# carriage return are included because some spreadsheets strip them first.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(text: str) -> str:
    """Prefix *text* with an apostrophe when a spreadsheet would read it as a formula.

    Text that already starts with apostrophes before such a character
    (``'=x``) gets one more, so that reading the file back
    (:func:`unguard_formula`) gives exactly the text that was written.
    """
    if text.lstrip("'").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def unguard_formula(text: str) -> str:
    """The inverse of :func:`guard_formula`: ``'=1+1`` is ``=1+1``, ``''=x`` is ``'=x``."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text
