"""NDJSON (JSON Lines) events files -> a :class:`~timeline.loader.document.Document`.

One event per line, each line decoded on its own with the JSON reader's hooks
(numbers as written, duplicate keys tracked). Records are streamed: each is
decoded when the loader asks for it, and only its offset and line number are
kept (12 bytes a record) to locate errors later. A line that is not JSON is an
error at its line and column, and reading goes on with the next line.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterator
from typing import Any

from timeline.errors import InputSyntaxError, Location, TimelineError
from timeline.io import LineIndex
from timeline.loader.document import Document, Path
from timeline.loader.json_reader import JsonLocator, duplicate_problems, make_decoder, syntax_error

NAME = "ndjson"
SUFFIXES = (".ndjson", ".jsonl")
_EXOTIC_BREAKS = ("\x85", "\u2028", "\u2029")  # line ends besides LF and CRLF (and a CR on its own)
_PLAIN = json.JSONDecoder()  # no hooks: the C scanner at full speed (see plain_events)
_SKIP = object()  # a line that is not a record (its error is noted)


class NdjsonDocument(Document):
    """An NDJSON file: records only, no top-level settings (each line may carry its own)."""

    format_label = "JSON"

    def __init__(self, text: str, name: str, first_line: int = 1) -> None:
        self.name = name
        self.line_base = first_line - 1  # a block of a streamed file starts further down (loader.streaming)
        self.text = text
        self.root = None
        self.settings = None
        self.errors: list[TimelineError] = []
        self._offsets = array("Q")
        self._lines = array("L")
        # Lines are counted by LF; CRLF ends a line at its LF (the CR is JSON white space), so only
        # the other line ends (a CR on its own, NEL, U+2028, U+2029) need the full line index.
        exotic = any(b in text for b in _EXOTIC_BREAKS) or text.count("\r") != text.count("\r\n")
        self._index = LineIndex(text) if exotic else None
        self._locator: JsonLocator | None = None
        self._decoder = make_decoder().decode

    def records(self) -> Iterator[tuple[int, int, str]]:
        """(offset, line number, line text) of each non-blank line."""
        text = self.text
        index = self._index
        find = text.find
        start = 0
        base = self.line_base
        number = base + 1
        end = len(text)
        while start < end:
            stop = find("\n", start)
            if stop < 0:
                stop = end
            line = text[start:stop]
            if line and not line.isspace():
                yield start, (index.position(start)[0] + base if index is not None else number), line
            number += 1
            start = stop + 1

    def _decode(self, line: str, number: int) -> Any:
        """The record on *line* decoded with the readers' hooks, or _SKIP with its error noted."""
        try:
            value = self._decoder(line)
        except (ValueError, RecursionError):
            self.errors.append(syntax_error(line, self.name, number - 1, 0))
            return _SKIP
        if isinstance(value, dict) and "events" in value and "title" not in value:
            self.errors.append(InputSyntaxError("NDJSON input holds one event per line, not a whole "
                                                "document", Location(self.name, number, 1)))
            return _SKIP
        return value

    def events(self) -> Iterator[tuple[Any, Path]]:
        offsets, lines = self._offsets, self._lines
        decode = self._decode
        for offset, number, line in self.records():
            value = decode(line, number)
            if value is _SKIP:
                continue
            offsets.append(offset)
            lines.append(number)
            yield value, (len(offsets) - 1,)

    def plain_events(self) -> Iterator[tuple[Any, Path, int, int, bool]]:
        """The records as :meth:`events` yields them, with their line and what the fast path
        checks: ``(value, path, line, quotes, clean)``. A line holding one JSON object and nothing
        else is decoded by the plain C scanner (no hooks: numbers are int and float, a repeated
        key keeps its last value); *quotes* is the number of '"' written in it and *clean* says
        that it holds no backslash (no escape) and only printable characters, for the caller's
        checks (:mod:`timeline.loader.fast`); :meth:`hooked` decodes it again the general way.
        Any other line is decoded with the hooks, with *quotes* -1."""
        offsets, lines = self._offsets, self._lines
        if self._index is not None:  # line ends other than LF and CRLF: the general reading
            for record, path in self.events():
                yield record, path, lines[len(lines) - 1], -1, False  # the line of the record just read
            return
        text = self.text
        find, count = text.find, text.count
        scan = _PLAIN.scan_once  # type: ignore[attr-defined]  # (value, end) of the value at an offset
        decode = self._decode
        add_offset, add_line = offsets.append, lines.append
        start = 0
        number = self.line_base + 1
        end = len(text)
        while start < end:
            stop = find("\n", start)
            if stop < 0:
                stop = end
            if stop > start:
                value: Any = None
                after: int = -1
                try:
                    value, after = scan(text, start)
                except (ValueError, StopIteration, RecursionError):  # JSONDecodeError is a ValueError
                    pass
                if type(value) is dict and (after == stop or (start < after < stop
                                                              and not text[after:stop].strip(" \t\r"))):
                    add_offset(start)
                    add_line(number)
                    clean = find("\\", start, after) < 0 and text[start:after].isprintable()
                    yield value, (len(offsets) - 1,), number, count('"', start, after), clean
                else:
                    line = text[start:stop]
                    if not line.isspace():
                        value = decode(line, number)
                        if value is not _SKIP:
                            add_offset(start)
                            add_line(number)
                            yield value, (len(offsets) - 1,), number, -1, False
            number += 1
            start = stop + 1

    def hooked(self, path: Path) -> Any:
        """The record at *path* (from :meth:`plain_events`) decoded again with the hooks; None
        (its error noted) if it cannot be."""
        record = path[0]
        assert isinstance(record, int)
        start = self._offsets[record]
        stop = self.text.find("\n", start)
        value = self._decode(self.text[start:stop if stop >= 0 else len(self.text)], self._lines[record])
        return None if value is _SKIP else value

    def line_count(self) -> int:
        """How many lines the text holds, counted as its locations count them (the line ends
        besides LF and CRLF too), when it ends with a line end: where the next block starts."""
        if self._index is not None:
            return len(self._index.starts) - 1
        return self.text.count("\n")

    def looks_like_ndjson(self) -> bool:
        """True when every non-blank line is a JSON object on its own (for .json files written as NDJSON)."""
        decode = json.JSONDecoder().decode
        seen = 0
        for _, _, line in self.records():
            try:
                if not isinstance(decode(line), dict):
                    return False
            except (ValueError, RecursionError):
                return False
            seen += 1
        return seen > 1

    def _position(self, path: Path, key: bool = False, occurrence: int = 0) -> tuple[int, int]:
        """(line, column) of the value (or key) at *path*; path[0] is the record's number."""
        record = path[0] if path and isinstance(path[0], int) else 0
        if not 0 <= record < len(self._offsets):
            return 1, 1
        if self._locator is None:
            self._locator = JsonLocator(self.text, self.name, index=self._index)
        start = self._offsets[record]
        offset = self._locator.find(start, path[1:], key, occurrence)
        if self._index is not None:
            line, column = self._index.position(offset)
            return line + self.line_base, column
        return self._lines[record], offset - start + 1

    def locate(self, path: Path, key: bool = False) -> Location:
        line, column = self._position(path, key)
        return Location(self.name, line, column)

    def event_location(self, path: Path) -> Location:
        record = path[0] if path and isinstance(path[0], int) else 0
        return Location(self.name, self._lines[record], 1)

    def problems(self, value: Any, path: Path) -> list[tuple[str, Location]]:
        return duplicate_problems(value, path, self._position, self.name)


def read(text: str, name: str, first_line: int = 1) -> NdjsonDocument:
    """Read an NDJSON file (or a block of one starting at line *first_line*); records are
    decoded as the loader walks them."""
    return NdjsonDocument(text, name, first_line)
