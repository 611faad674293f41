"""The input readers: one module per format, chosen by file name or content.

A reader module has ``NAME``, ``SUFFIXES`` and ``read(text, name) -> Document``
(:mod:`timeline.loader.document` gives the contract). Adding a format is one
module and one line in :data:`READERS`; modules are imported only when a file
of theirs is read, so ``import timeline.loader`` stays cheap.
"""

from __future__ import annotations

import importlib
from pathlib import PurePath
from types import ModuleType

from timeline.errors import Location, UnsupportedInputError
from timeline.loader.document import Document

# name -> module; the order is the order in which content is sniffed for files of no known suffix
READERS: dict[str, str] = {
    "yaml": "timeline.loader.yaml_reader",
    "json": "timeline.loader.json_reader",
    "ndjson": "timeline.loader.ndjson_reader",
    "csv": "timeline.loader.csv_reader",
    "tsv": "timeline.loader.tsv_reader",
    "ics": "timeline.loader.ics_reader",
}

# suffix -> reader name (kept here, not read from the modules, so that choosing costs no import)
SUFFIXES: dict[str, str] = {
    ".yaml": "yaml", ".yml": "yaml",
    ".json": "json",
    ".ndjson": "ndjson", ".jsonl": "ndjson",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".ics": "ics", ".ical": "ics", ".icalendar": "ics",
}
READ_FORMATS = "YAML, JSON, NDJSON, CSV, TSV and ICS"


def reader(name: str) -> ModuleType:
    """The reader module registered as *name*."""
    return importlib.import_module(READERS[name])


def reader_name(file_name: str, text: str) -> str:
    """Which reader reads *text* from *file_name*: by suffix, else by content.

    Content without a known suffix (standard input, ``events.txt``): a calendar
    when it starts with ``BEGIN:VCALENDAR``; CSV or TSV when its first line is a
    header with a title column and a date column (``title,when``,
    ``Headline,Date``...); JSON when it starts with ``[`` or is a ``{...}``
    object; else YAML (which is also what a mapping written in flow style is).
    """
    suffix = PurePath(file_name).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:15].upper() == "BEGIN:VCALENDAR":
        return "ics"
    first_line = stripped[:4096].split("\n", 1)[0].rstrip("\r")
    if "\t" in first_line or "," in first_line:
        from timeline.loader.csv_reader import looks_like_header

        if "\t" in first_line and looks_like_header(first_line.split("\t")):
            return "tsv"
        if "," in first_line and looks_like_header(first_line.split(",")):
            return "csv"
    if stripped[:1] == "[" or (stripped[:1] == "{" and stripped.rstrip().endswith("}")):
        return "json"
    return "yaml"


def read(text: str, file_name: str, forced: str | None = None) -> Document:
    """Read *text* (from *file_name*) with the reader *forced* names (``--input-format``),
    else the one its name or content calls for."""
    name = forced if forced is not None else reader_name(file_name, text)
    return reader(name).read(text, file_name)  # type: ignore[no-any-return]


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
    (PDF, spreadsheet, image, archive...), whatever its name: one line saying what
    the file is and which formats are read, instead of a decoding error."""
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
        raise UnsupportedInputError(f"this is {what}, not an events file: timeline reads {READ_FORMATS} "
                                    f"({advice})", Location(name, 1, 1))
