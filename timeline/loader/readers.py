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

from timeline.loader.document import Document

# name -> module; the order is the order in which content is sniffed for files of no known suffix
READERS: dict[str, str] = {
    "yaml": "timeline.loader.yaml_reader",
    "json": "timeline.loader.json_reader",
    "ndjson": "timeline.loader.ndjson_reader",
}

# suffix -> reader name (kept here, not read from the modules, so that choosing costs no import)
SUFFIXES: dict[str, str] = {
    ".yaml": "yaml", ".yml": "yaml",
    ".json": "json",
    ".ndjson": "ndjson", ".jsonl": "ndjson",
}


def reader(name: str) -> ModuleType:
    """The reader module registered as *name*."""
    return importlib.import_module(READERS[name])


def reader_name(file_name: str, text: str) -> str:
    """Which reader reads *text* from *file_name*: by suffix, else by content.

    Content without a known suffix (standard input, ``events.txt``): JSON when
    it starts with ``[`` or is a ``{...}`` object, else YAML (which is also
    what a mapping written in flow style is).
    """
    suffix = PurePath(file_name).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    stripped = text.lstrip()
    if stripped[:1] == "[" or (stripped[:1] == "{" and stripped.rstrip().endswith("}")):
        return "json"
    return "yaml"


def read(text: str, file_name: str) -> Document:
    """Read *text* (from *file_name*) with the reader its name or content calls for."""
    return reader(reader_name(file_name, text)).read(text, file_name)  # type: ignore[no-any-return]
