"""JSON events files -> a :class:`~timeline.loader.document.Document`.

Values are decoded by the standard library's C scanner, with hooks that keep
the reader's promises:

- numbers stay the text that was written (:class:`~timeline.loader.document.Number`):
  a 5,000-digit integer never meets Python's int-string limit, ``1e400`` never
  becomes ``inf``, and ``NaN``/``Infinity`` are kept as written for the loader
  to refuse;
- duplicate keys are kept track of (:class:`JsonMap`) and reported, as in YAML;
- every value can be located: the top of the document is walked here, so each
  event's offset is known for the price of one call into the C scanner per
  event, and anything deeper is located on demand (:class:`JsonLocator`) by
  one linear scan of the object that holds it. Lines count every line end
  (LF, CRLF, CR, U+2028, U+2029), as everywhere in timeline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from timeline.errors import EmptyInputError, InputSyntaxError, Location, TimelineError
from timeline.io import LineIndex
from timeline.loader.document import Document, Number, Path
from timeline.loader.values import duplicate_key_message

NAME = "json"
SUFFIXES = (".json",)


class JsonMap(dict[str, Any]):
    """A JSON object in which a key was written twice: ``duplicates`` lists the
    repeated keys in order (the first value is kept, the others are reported)."""

    __slots__ = ("duplicates",)

    def __init__(self, items: dict[str, Any], duplicates: list[str]) -> None:
        super().__init__(items)
        self.duplicates = duplicates


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    first: dict[str, Any] = {}
    duplicates = []
    for key, value in pairs:
        if key in first:
            duplicates.append(key)
        else:
            first[key] = value
    return JsonMap(first, duplicates)


def make_decoder() -> json.JSONDecoder:
    """The decoder every JSON reader uses: numbers as written, duplicates tracked."""
    return json.JSONDecoder(object_pairs_hook=_object, parse_int=Number, parse_float=Number,
                            parse_constant=Number)


def decode_value(text: str) -> Any:
    """One JSON value with the readers' hooks (raises ValueError, RecursionError)."""
    return make_decoder().decode(text)


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},:]', re.DOTALL)
_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's own whitespace


def _skip(text: str, i: int) -> int:
    """The offset of the first non-whitespace character at or after *i*."""
    return _SPACE.match(text, i).end()  # type: ignore[union-attr]  # '*' always matches


class JsonLocator:
    """Finds where values of one JSON text were written, on demand.

    ``members(offset)`` lists the keys and values of the object or array
    starting at *offset* (one linear scan, remembered), so locating any path
    costs one scan of each container on the way, whatever the number of errors.
    """

    def __init__(self, text: str, name: str, index: LineIndex | None = None) -> None:
        self.text = text
        self.name = name
        self._index = index
        self._members: dict[int, list[tuple[str | None, int, int]]] = {}

    def position(self, offset: int) -> tuple[int, int]:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index.position(offset)

    def location(self, offset: int) -> Location:
        line, column = self.position(offset)
        return Location(self.name, line, column)

    def members(self, offset: int) -> list[tuple[str | None, int, int]]:
        """(key or None, key offset, value offset) of each member of the container at *offset*."""
        known = self._members.get(offset)
        if known is not None:
            return known
        text = self.text
        opening = text[offset:offset + 1]
        found: list[tuple[str | None, int, int]] = []
        if opening not in ("{", "["):
            return found
        if opening == "[":
            first = _skip(text, offset + 1)
            if text[first:first + 1] not in ("]", ""):
                found.append((None, first, first))
        depth = 0
        expecting_key = opening == "{"
        key: str | None = None
        key_offset = offset
        for match in _TOKEN.finditer(text, offset + 1):
            token = match.group()
            if depth == 0:
                if token[0] == '"':
                    if expecting_key:
                        try:
                            key = json.loads(token)
                        except ValueError:
                            key = token[1:-1]
                        key_offset = match.start()
                        expecting_key = False
                    continue
                if token == ":":
                    found.append((key, key_offset, _skip(text, match.end())))
                    continue
                if token == ",":
                    if opening == "[":
                        after = _skip(text, match.end())
                        found.append((None, after, after))
                    else:
                        expecting_key = True
                    continue
                if token in "]}":
                    break
            if token in "[{":
                depth += 1
            elif token in "]}":
                depth -= 1
        self._members[offset] = found
        return found

    def find(self, offset: int, path: Path, key: bool = False, occurrence: int = 0) -> int:
        """The offset of the value at *path* below the container at *offset* (of the last
        key with *key*; the *occurrence*-th time a duplicated key was written)."""
        for depth, step in enumerate(path):
            last = depth == len(path) - 1
            members = self.members(offset)
            if isinstance(step, int):
                if not 0 <= step < len(members):
                    return offset
                offset = members[step][2]
                continue
            seen = 0
            for name, key_offset, value_offset in members:
                if name == step:
                    if last and seen < occurrence:
                        seen += 1
                        continue
                    offset = key_offset if (last and key) else value_offset
                    break
            else:
                return offset
        return offset


class JsonDocument(Document):
    """A JSON events file: a mapping with ``events``, a list of events, or one event."""

    format_label = "JSON"

    def __init__(self, text: str, name: str, root: Any, root_offset: int, events: list[Any] | None,
                 event_offsets: list[int], prefix: Path, settings: dict[str, Any] | None) -> None:
        self.name = name
        self.root = root
        self.settings = settings
        self.errors: list[TimelineError] = []
        self._events = events
        self._event_offsets = event_offsets
        self._prefix = prefix
        self._root_offset = root_offset
        self.locator = JsonLocator(text, name)

    def events(self) -> Iterator[tuple[Any, Path]]:
        if self._events is None:
            return
        prefix = self._prefix
        for i, value in enumerate(self._events):
            yield value, prefix + (i,)

    def _offset(self, path: Path, key: bool = False, occurrence: int = 0) -> int:
        n = len(self._prefix)
        step = path[n] if len(path) > n else None
        if self._events is not None and path[:n] == self._prefix and isinstance(step, int) \
                and 0 <= step < len(self._event_offsets):
            return self.locator.find(self._event_offsets[step], path[n + 1:], key, occurrence)
        return self.locator.find(self._root_offset, path, key, occurrence)

    def locate(self, path: Path, key: bool = False) -> Location:
        return self.locator.location(self._offset(path, key))

    def position(self, path: Path, key: bool = False, occurrence: int = 0) -> tuple[int, int]:
        """(line, column) of the value (or key, its *occurrence*-th writing) at *path*."""
        return self.locator.position(self._offset(path, key, occurrence))

    def problems(self, value: Any, path: Path) -> list[tuple[str, Location]]:
        return duplicate_problems(value, path, self.position, self.name)


def duplicate_problems(value: Any, path: Path, position: Any, name: str) -> list[tuple[str, Location]]:
    """The duplicate keys of the JSON object *value* at *path*, each at its second writing;
    *position(path, key, occurrence)* gives (line, column)."""
    if not isinstance(value, JsonMap):
        return []
    out = []
    counts: dict[str, int] = {}
    for key in value.duplicates:
        counts[key] = counts.get(key, 0) + 1
        first, _ = position(path + (key,), True, 0)
        line, column = position(path + (key,), True, counts[key])
        out.append((duplicate_key_message(key, first, "JSON"), Location(name, line, column)))
    return out


class _Malformed(Exception):
    """The fast walk met something it does not expect: the standard decoder says what."""


def read(text: str, name: str) -> Document:
    """Read a JSON events file (or NDJSON saved as .json); raises a located InputSyntaxError."""
    start = _skip(text, 0)
    if start == len(text):
        raise EmptyInputError("empty file: expected a mapping with 'reference' and 'events'", Location(name, 1, 1))
    try:
        return _walk(text, name, start)
    except (_Malformed, ValueError, StopIteration, IndexError, RecursionError):
        pass
    if text[start] == "{" and "\n" in text.strip():
        from timeline.loader import ndjson_reader

        ndjson = ndjson_reader.read(text, name)
        if ndjson.looks_like_ndjson():
            return ndjson
    raise syntax_error(text, name)


def syntax_error(text: str, name: str, line_base: int = 0, column_base: int = 0) -> InputSyntaxError:
    """The located error the standard decoder reports for *text* (which does not decode)."""
    try:
        json.loads(text)
    except RecursionError:
        return InputSyntaxError("JSON nested too deeply: an events file needs 4 levels",
                                Location(name, line_base + 1, 1))
    except json.JSONDecodeError as exc:
        line, column = LineIndex(text).position(exc.pos)
        return InputSyntaxError(f"invalid JSON: {exc.msg}",
                                Location(name, line_base + line, column + (column_base if line == 1 else 0)))
    except ValueError:
        return InputSyntaxError("invalid JSON", Location(name, line_base + 1, 1))
    return InputSyntaxError("invalid JSON", Location(name, line_base + 1, 1))  # pragma: no cover


def _walk(text: str, name: str, start: int) -> JsonDocument:
    """Decode the document, keeping the offset of every event (the C scanner does the values)."""
    scan = make_decoder().scan_once  # type: ignore[attr-defined]  # the C scanner: (value, end offset)
    opening = text[start]
    if opening == "[":
        items, offsets, end = _array(text, start, scan)
        _end(text, end)
        return JsonDocument(text, name, items, start, items, offsets, (), {})
    offsets = []
    if opening != "{":
        value, end = scan(text, start)
        _end(text, end)
        return JsonDocument(text, name, value, start, None, [], (), None)
    root: dict[str, Any] = {}
    duplicates: list[str] = []
    events: list[Any] | None = None
    i = _skip(text, start + 1)
    if text[i] == "}":
        i += 1
    else:
        while True:
            if text[i] != '"':
                raise _Malformed
            key, i = scan(text, i)
            i = _skip(text, i)
            if text[i] != ":":
                raise _Malformed
            i = _skip(text, i + 1)
            if key == "events" and text[i] == "[" and events is None:
                value, offsets, i = _array(text, i, scan)
                events = value
            else:
                value, i = scan(text, i)
            if key in root:
                duplicates.append(key)
            else:
                root[key] = value
            i = _skip(text, i)
            if text[i] == ",":
                i = _skip(text, i + 1)
                continue
            if text[i] == "}":
                i += 1
                break
            raise _Malformed
    _end(text, i)
    top: dict[str, Any] = JsonMap(root, duplicates) if duplicates else root
    if "events" not in top and ("title" in top or "when" in top):
        return JsonDocument(text, name, top, start, [top], [start], (), {})  # one event on its own
    settings = {k: v for k, v in top.items() if k != "events"}
    listed = events if events is not None else (top["events"] if isinstance(top.get("events"), list) else None)
    return JsonDocument(text, name, top, start, listed, offsets, ("events",), settings)


def _array(text: str, i: int, scan: Any) -> tuple[list[Any], list[int], int]:
    items: list[Any] = []
    offsets: list[int] = []
    i = _skip(text, i + 1)
    if text[i] == "]":
        return items, offsets, i + 1
    append, mark = items.append, offsets.append
    while True:
        mark(i)
        value, i = scan(text, i)
        append(value)
        i = _skip(text, i)
        if text[i] == ",":
            i = _skip(text, i + 1)
            continue
        if text[i] == "]":
            return items, offsets, i + 1
        raise _Malformed


def _end(text: str, i: int) -> None:
    if _skip(text, i) != len(text):
        raise _Malformed
