"""Input formats beside the loader's own YAML, JSON and NDJSON: spreadsheets
(CSV, TSV) and calendars (ICS), one module each, plus the recognition of
files timeline does not read at all (a PDF, an Excel workbook...).

A reader turns a document's text into records with the field names of an
events file (``title``, ``when``, ``start``/``end``, ``tags``...), each with
the line and column of every value, and the loader validates and resolves
them like any other event (``docs/input.md``, "Spreadsheets and calendars").

    read(kind, text, name) -> Document

Which reader reads a file: ``--input-format`` (``LoadOptions.input_format``)
when given, else the file's extension, else its content (:func:`detect`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.errors import Location, UnsupportedInputError

INPUT_FORMATS: dict[str, str] = {
    "csv": "timeline.readers.delimited",
    "tsv": "timeline.readers.delimited",
    "ics": "timeline.readers.ical",
}
"""The formats read here, by name, and the module that reads each."""

ALL_INPUT_FORMATS = ("yaml", "json", "ndjson", "csv", "tsv", "ics")
"""Every value ``--input-format`` takes (the first three are the loader's own)."""

EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".ics": "ics", ".ical": "ics", ".icalendar": "ics"}
_READ_FORMATS = "YAML, JSON, NDJSON, CSV, TSV and ICS"


class LocatedRecord(dict[str, Any]):
    """One event's fields, with where each value was written (for error messages)."""

    def __init__(self, values: dict[str, Any], location: Location, locations: dict[str, Location]) -> None:
        super().__init__(values)
        self.location = location
        self.locations = locations


@dataclass(slots=True)
class Document:
    """What a reader found: the events, one record each, file-wide settings
    (``calendar`` for an ICS calendar's name) and warnings (a column left out)."""

    records: list[LocatedRecord]
    settings: dict[str, str] = field(default_factory=dict)
    warnings: list[tuple[str, Location]] = field(default_factory=list)


def detect(text: str, name: str, forced: str | None = None) -> str | None:
    """The reader for *text*: ``csv``, ``tsv`` or ``ics``, or None for the loader's own
    formats (YAML, JSON, NDJSON). *forced* (``--input-format``) wins, then the
    extension of *name*, then the content: a ``BEGIN:VCALENDAR`` line, or a first
    line that is a header of known column names."""
    if forced is not None:
        return forced if forced in INPUT_FORMATS else None
    by_extension = EXTENSIONS.get(Path(name).suffix.lower())
    if by_extension is not None:
        return by_extension
    if Path(name).suffix.lower() in (".yaml", ".yml", ".json", ".ndjson", ".jsonl"):
        return None
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if head[:15].upper() == "BEGIN:VCALENDAR":
        return "ics"
    first_line = head.split("\n", 1)[0].rstrip("\r")
    from timeline.readers.delimited import looks_like_header

    if "\t" in first_line and looks_like_header(first_line.split("\t")):
        return "tsv"
    if "," in first_line and looks_like_header(first_line.split(",")):
        return "csv"
    return None


def read(kind: str, text: str, name: str) -> Document:
    """Read *text* (from the file *name*) with the reader of *kind*."""
    module = importlib.import_module(INPUT_FORMATS[kind])
    document: Document = module.read(text, name, kind)
    return document


# Magic numbers of files people hand to timeline by mistake: (prefix, what it is, what to do).
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document", "copy its text into an events file, or run `timeline extract` on the text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.xls or .doc)",
     "save the sheet as CSV"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "give timeline the events as text"),
    (b"\xff\xd8\xff", "a JPEG image", "give timeline the events as text"),
    (b"GIF8", "a GIF image", "give timeline the events as text"),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first"),
    (b"SQLite format 3\x00", "an SQLite database", "export the table as CSV"),
)
_ZIP_KINDS = (
    (b"xl/", "an Excel workbook (.xlsx)", "save the sheet as CSV (File > Save As > CSV)"),
    (b"opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)", "save the sheet as CSV"),
    (b"word/", "a Word document (.docx)", "copy its text into an events file, or run `timeline extract`"),
    (b"opendocument.text", "an OpenDocument text (.odt)", "copy its text into an events file"),
    (b"ppt/", "a PowerPoint presentation (.pptx)", "copy the events into an events file"),
)


def refuse_binary(data: bytes, name: str) -> None:
    """Raise :class:`UnsupportedInputError` when *data* is a known binary format
    (PDF, spreadsheet, image, archive...): one line saying what the file is and
    which formats are read, instead of a decoding error."""
    what = advice = None
    for prefix, kind, hint in _MAGIC:
        if data.startswith(prefix):
            what, advice = kind, hint
            break
    else:
        if data.startswith(b"PK\x03\x04"):
            what, advice = "a ZIP archive", "unpack it first"
            head = data[:65536]
            for marker, kind, hint in _ZIP_KINDS:
                if marker in head:
                    what, advice = kind, hint
                    break
    if what is not None:
        raise UnsupportedInputError(f"this is {what}, not an events file: timeline reads {_READ_FORMATS} "
                                    f"({advice})", Location(name, 1, 1))
