"""CSV and TSV events: a header row, then one event per row.

The header names the fields of an events file (``title``, ``when``, ``id``,
``location``, ``tags``, ``source``, ``notes``, ``reference``, ``end``,
``duration``, ``timezone``...), in any case and order, or a common synonym
(:data:`SYNONYMS`: Date, Headline, Event, Tags, Place, Description...). The
columns that ``-f csv`` writes (``start``, ``end``, ``granularity``, ...) are
read back as they are, so ``timeline show notes.csv -f csv`` gives the same
rows. Other columns are left out with a warning.

CSV follows RFC 4180 (quoted cells may hold commas, quotes as ``""`` and line
breaks; CRLF or LF); TSV (:mod:`timeline.loader.tsv_reader`) has no quoting.
Empty cells are absent fields. Tags are split on ``;`` (what ``-f csv``
writes), or on ``,`` when a cell has no ``;``. A leading apostrophe that ``-f
csv`` put before ``= + - @`` (the spreadsheet formula guard) is removed. Every
value keeps its line and column; a field name's location is its header cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from timeline.errors import InputSyntaxError, Location, TimelineError
from timeline.formula import unguard_formula
from timeline.loader.document import Document, Path

NAME = "csv"
SUFFIXES = (".csv",)

CANONICAL = frozenset({
    # an events file's fields
    "title", "when", "id", "end", "duration", "location", "tags", "source", "notes", "reference", "prefer",
    "timezone",
    # what the data formats write (read back as they are)
    "start", "granularity", "value", "approximate", "qualifier", "explanation", "group", "file", "line",
    "distance", "calendar", "url", "outlet", "published", "language", "author",
})
SYNONYMS = {
    "headline": "title", "event": "title", "summary": "title", "subject": "title", "what": "title",
    "date": "when", "as written": "when", "date as written": "when", "when (as written)": "when",
    "place": "location", "where": "location", "venue": "location", "city": "location",
    "tag": "tags", "category": "tags", "categories": "tags", "keywords": "tags", "topics": "tags",
    "description": "notes", "details": "notes", "note": "notes", "comment": "notes", "comments": "notes",
    "link": "url", "source url": "url", "reference date": "reference", "publication date": "published",
    "time zone": "timezone", "tz": "timezone", "uid": "id", "end date": "end",
}
"""Header names people use in their spreadsheets, and the field each stands for."""



Record = tuple[dict[str, Any], Location, dict[str, Location]]
"""One event's fields, where its row (or VEVENT) starts, and where each value was written."""


class RecordsDocument(Document):
    """A file of records with every value's location known as it is read (CSV, TSV, ICS)."""

    def __init__(self, name: str, label: str, records: list[Record], settings: dict[str, Any] | None = None,
                 key_locations: dict[str, Location] | None = None,
                 warnings: list[tuple[str, Location]] | None = None) -> None:
        self.name = name
        self.format_label = label
        self.root = None
        self.settings = settings
        self.errors: list[TimelineError] = []
        self.records = records
        self.key_locations = key_locations or {}  # field name -> where it is named (a CSV header cell)
        self.settings_locations: dict[str, Location] = {}
        self._warnings = warnings or []

    def events(self) -> Iterator[tuple[Any, Path]]:
        for number, (values, _, _) in enumerate(self.records):
            yield values, (number,)

    def locate(self, path: Path, key: bool = False) -> Location:
        if not path:
            return Location(self.name, 1, 1)
        if isinstance(path[0], str):  # a setting (an ICS calendar's name)
            return self.settings_locations.get(path[0], Location(self.name, 1, 1))
        _, where, locations = self.records[path[0]]
        field = path[1] if len(path) > 1 and isinstance(path[1], str) else None
        if field is None:
            return where
        if key and field in self.key_locations:
            return self.key_locations[field]
        return locations.get(field, where)

    def event_location(self, path: Path) -> Location:
        return self.records[path[0]][1] if path and isinstance(path[0], int) else Location(self.name, 1, 1)

    def reader_warnings(self) -> list[tuple[str, Location]]:
        return self._warnings


def field_name(header: str) -> str | None:
    """The events-file field a header cell names, or None."""
    key = " ".join(header.strip().lower().replace("_", " ").split())
    if key.replace(" ", "_") in CANONICAL:
        return key.replace(" ", "_")
    return SYNONYMS.get(key)


def looks_like_header(cells: list[str]) -> bool:
    """True when *cells* read as an events header: a title column and a date
    column among known names (how content sniffing tells a spreadsheet from YAML)."""
    names = {field_name(cell.strip().strip('"')) for cell in cells}
    return "title" in names and bool(names & {"when", "start"}) and len(cells) >= 2


def _cells(text: str, name: str, delimiter: str) -> Iterator[list[tuple[str, int, int]]]:
    """Rows of (value, line, column); RFC 4180 quoting for CSV, none for TSV. Linear."""
    stop = re.compile(f"[{re.escape(delimiter)}\r\n]")
    quoted = delimiter == ","
    n = len(text)
    i = 0
    line, line_start = 1, 0
    row: list[tuple[str, int, int]] = []
    while True:
        cell_line, cell_column = line, i - line_start + 1
        if quoted and i < n and text[i] == '"':
            parts = []
            j = i + 1
            while True:
                k = text.find('"', j)
                if k < 0:
                    raise InputSyntaxError("a quoted cell is never closed (a '\"' is missing)",
                                           Location(name, cell_line, cell_column))
                parts.append(text[j:k])
                if k + 1 < n and text[k + 1] == '"':
                    parts.append('"')
                    j = k + 2
                    continue
                break
            inside = text[i:k + 1]
            breaks = inside.count("\n")
            if breaks:
                line += breaks
                line_start = i + inside.rfind("\n") + 1
            i = k + 1
            if i < n and text[i] not in (delimiter, "\r", "\n"):
                raise InputSyntaxError("text after the closing quote of a cell (write a quote inside a quoted "
                                       "cell as \"\")", Location(name, line, i - line_start + 1))
            value = "".join(parts)
        else:
            found = stop.search(text, i)
            j = found.start() if found else n
            value = text[i:j]
            i = j
        row.append((value, cell_line, cell_column))
        if i >= n:
            if any(v for v, _, _ in row) or len(row) > 1:
                yield row
            return
        if text[i] == delimiter:
            i += 1
            continue
        i += 2 if text.startswith("\r\n", i) else 1
        line += 1
        line_start = i
        yield row
        row = []
        if i >= n:
            return


def _tags(value: str) -> list[str]:
    separator = ";" if ";" in value else ","
    return [tag.strip() for tag in value.split(separator) if tag.strip()]


def read_delimited(text: str, name: str, delimiter: str) -> RecordsDocument:
    """The events of a CSV (``,``) or TSV (tab) text."""
    rows = _cells(text.lstrip("\ufeff"), name, delimiter)
    header: list[tuple[str | None, Location]] | None = None
    records: list[Record] = []
    warnings: list[tuple[str, Location]] = []
    seen: dict[str, Location] = {}
    for row in rows:
        if header is None:
            if not any(value.strip() for value, _, _ in row):
                continue
            header = []
            for value, line, column in row:
                where = Location(name, line, column)
                field = field_name(value)
                if field is None:
                    if value.strip():
                        message = (f"column {value.strip()!r} is not an event field: left out (known: title, "
                                   "when, id, location, tags, source, notes, reference, end, duration, timezone; "
                                   "or Date, Headline, Event, Tags...)")
                        warnings.append((message, where))
                elif field in seen:
                    raise InputSyntaxError(f"two columns for {field!r}: {value.strip()!r} and the one at column "
                                           f"{seen[field].column}", where)
                else:
                    seen[field] = where
                header.append((field, where))
            if "title" not in seen and "when" not in seen and "start" not in seen:
                raise InputSyntaxError("the first row is not a header naming the columns (title, when, ...; "
                                       "or Headline, Date, ...)", Location(name, row[0][1], 1))
            continue
        if not any(value.strip() for value, _, _ in row):
            continue  # a blank row between groups of events
        if len(row) > len(header):
            _, line, column = row[len(header)]
            raise InputSyntaxError(f"this row has {len(row)} cells, the header {len(header)}",
                                   Location(name, line, column))
        values: dict[str, Any] = {}
        locations: dict[str, Location] = {}
        for (value, line, column), (field, _) in zip(row, header):
            value = unguard_formula(value.strip() if delimiter == "\t" else value)
            if field is None or not value.strip():
                continue
            locations[field] = Location(name, line, column)
            if field == "tags":
                values[field] = _tags(value)
            elif field == "approximate":
                values[field] = value.strip().lower() in ("true", "yes", "1")
            else:
                values[field] = value
        records.append((values, Location(name, row[0][1], 1), locations))
    if header is None:
        raise InputSyntaxError("no header row: the first row must name the columns (title, when, ...)",
                               Location(name, 1, 1))
    return RecordsDocument(name, "CSV" if delimiter == "," else "TSV", records, key_locations=seen,
                           warnings=warnings)


def read(text: str, name: str) -> RecordsDocument:
    """Read a CSV events file."""
    return read_delimited(text, name, ",")
