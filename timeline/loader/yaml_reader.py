"""YAML events files -> a :class:`~timeline.loader.document.Document`.

Built from libyaml's parse events (the C parser when PyYAML has it), never
from PyYAML's constructors or composers:

- no object is ever constructed from a tag: tags outside the YAML core
  schema are refused, and scalars stay the text that was written (``NO``,
  ``on``, ``1e3`` and ``1:20`` are strings; only ``null``, ``~`` and an empty
  plain value are no value, and a plain whole number is a
  :class:`~timeline.loader.document.Number` so that ``when: 2025`` can be
  warned about);
- the first alias is refused before anything is expanded ("billion laughs"
  costs one pass and no memory), one document only, nesting past
  :data:`MAX_DEPTH` refused;
- the tree is built iteratively (PyYAML's composers recurse, and libyaml's
  own overflows the C stack near 100,000 levels), as plain ``dict``/``list``
  subclasses that carry compact positions instead of node and mark objects.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from typing import Any

import yaml

from timeline.errors import InputSyntaxError, Location, SchemaError, UnsupportedInputError
from timeline.loader.document import Document, Number, Path
from timeline.loader.values import duplicate_key_message

try:  # the C parser is several times faster; the pure one gives the same events
    from yaml import CSafeLoader as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

NAME = "yaml"
SUFFIXES = (".yaml", ".yml")
MAX_DEPTH = 64  # events files nest 4 levels
NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_INTEGER = re.compile(r"[-+]?[0-9]+")
_SHARED_LENGTH = 24  # scalars up to this long are shared (titles and notes are longer, and unique)
_SHARED_COUNT = 65536  # distinct shared scalars at most


class YamlMap(dict[str, Any]):
    """A YAML mapping: its items, plus where it and each key and value were written.

    ``pos`` holds line, column of the mapping, then key line, key column, value
    line, value column for each key in order (1-based). ``problems`` holds
    duplicate keys and keys that are not scalars, found while reading.
    """

    __slots__ = ("pos", "problems")

    def __init__(self, line: int, column: int) -> None:
        super().__init__()
        self.pos = array("I", (line, column))
        self.problems: list[tuple[str, int, int]] | None = None

    def key_index(self, key: str) -> int:
        for i, k in enumerate(self):
            if k == key:
                return i
        raise KeyError(key)


class YamlList(list[Any]):
    """A YAML sequence: its items, plus where it and each item were written
    (``pos``: line, column of the sequence, then of each item)."""

    __slots__ = ("pos",)

    def __init__(self, line: int, column: int) -> None:
        super().__init__()
        self.pos = array("I", (line, column))


class YamlDocument(Document):
    """A YAML events file read into located plain values."""

    format_label = "YAML"

    def __init__(self, root: Any, name: str, root_pos: tuple[int, int]) -> None:
        self.name = name
        self.root = root
        self.root_pos = root_pos
        self.settings = None
        self.errors = []
        self._events: list[Any] | None = None
        self._prefix: Path = ()
        if isinstance(root, YamlMap):
            if "events" in root or not ("title" in root or "when" in root):
                self.settings = {k: v for k, v in root.items() if k != "events"}
                events = root.get("events")
                self._events = events if isinstance(events, list) else None
                self._prefix = ("events",)
            else:  # one event on its own
                self.settings = {}
                self._events = [root]
                self._single = True
        elif isinstance(root, YamlList):
            self.settings = {}
            self._events = root

    def events(self) -> Iterator[tuple[Any, Path]]:
        if self._events is None:
            return
        if getattr(self, "_single", False):
            yield self.root, ()
            return
        prefix = self._prefix
        for i, value in enumerate(self._events):
            yield value, prefix + (i,)

    def locate(self, path: Path, key: bool = False) -> Location:
        node: Any = self.root
        line, column = self.root_pos
        for step in path:
            if isinstance(node, YamlMap) and isinstance(step, str) and step in node:
                i = node.key_index(step)
                base = 2 + 4 * i
                line, column = (node.pos[base], node.pos[base + 1]) if key and step is path[-1] else (
                    node.pos[base + 2], node.pos[base + 3])
                node = node[step]
            elif isinstance(node, YamlList) and isinstance(step, int) and 0 <= step < len(node):
                line, column = node.pos[2 + 2 * step], node.pos[3 + 2 * step]
                node = node[step]
            else:
                break
        return Location(self.name, line, column)

    def problems(self, value: Any, path: Path) -> list[tuple[str, Location]]:
        if isinstance(value, YamlMap) and value.problems:
            return [(message, Location(self.name, line, column)) for message, line, column in value.problems]
        return []


def read(text: str, name: str) -> YamlDocument:
    """Read a YAML events file; raises a located InputSyntaxError for bad YAML."""
    if "\t" in text:
        _check_tabs(text, name)
    try:
        root, root_pos = compose(text, name)
    except yaml.MarkedYAMLError as exc:
        mark: Any = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        if exc.context and exc.problem and "expected" in exc.problem:
            problem = f"{exc.context}, {exc.problem}" if exc.context not in exc.problem else exc.problem
        location = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
        raise InputSyntaxError(f"YAML syntax error: {problem}", location) from None
    except yaml.reader.ReaderError as exc:
        from timeline.io import line_and_column

        line, column = line_and_column(text, exc.position)
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise InputSyntaxError(f"the control character U+{ord(char):04X} is not allowed in YAML text",
                               Location(name, line, column)) from None
    except yaml.YAMLError:
        raise InputSyntaxError("YAML syntax error", Location(name)) from None
    if root is None:
        from timeline.errors import EmptyInputError

        raise EmptyInputError("the file holds no data (only comments?): expected a mapping with 'events'",
                              Location(name, 1, 1))
    return YamlDocument(root, name, root_pos)


def compose(text: str, name: str) -> tuple[Any, tuple[int, int]]:
    """Build located plain values from libyaml's events, iteratively: (root, its line and column)."""
    parser = _Parser(text)
    get_event = parser.get_event
    scalar_event, seq_start, map_start = yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent
    seq_end, map_end, alias_event = yaml.SequenceEndEvent, yaml.MappingEndEvent, yaml.AliasEvent
    document_start = yaml.DocumentStartEvent
    nulls = NULLS
    integer = _INTEGER.fullmatch
    # One str object for each distinct short scalar (keys, "last week", tags, places): libyaml makes a
    # new copy at every occurrence, and a million events would keep millions of equal strings.
    shared: dict[str, str] = {}
    root: Any = None
    root_pos = (1, 1)
    documents = 0
    # each open container: (container, pending key or None, its key's line and column)
    stack: list[list[Any]] = []
    try:
        while parser.check_event():
            event: Any = get_event()  # the stubs say Event | None; check_event() said there is one
            kind = type(event)
            mark: Any = event.start_mark
            tag = getattr(event, "tag", None)
            if tag is not None and (not tag.startswith("tag:yaml.org,2002:") or "python/" in tag):
                shown = tag.replace("tag:yaml.org,2002:", "!!")
                raise UnsupportedInputError(f"the YAML tag {shown} is not allowed in events files: timeline never "
                                            f"builds objects from a file", Location(name, mark.line + 1,
                                                                                    mark.column + 1))
            if kind is scalar_event:
                raw = event.value
                if len(raw) <= _SHARED_LENGTH:
                    known = shared.get(raw)
                    if known is not None:
                        raw = known
                    elif len(shared) < _SHARED_COUNT:
                        shared[raw] = raw
                if event.style:  # quoted or block: text as written
                    value: Any = raw
                elif tag is not None and tag != "tag:yaml.org,2002:null":
                    value = raw
                elif raw in nulls or tag == "tag:yaml.org,2002:null":
                    value = None
                elif integer(raw):
                    value = Number(raw)
                else:
                    value = raw
            elif kind is map_start or kind is seq_start:
                if len(stack) >= MAX_DEPTH:
                    raise SchemaError(f"nested more than {MAX_DEPTH} levels deep: an events file needs 4",
                                      Location(name, mark.line + 1, mark.column + 1))
                container: Any = (YamlMap if kind is map_start else YamlList)(mark.line + 1, mark.column + 1)
                _attach(stack, container, mark, name)
                if not stack:
                    root, root_pos = container, (mark.line + 1, mark.column + 1)
                stack.append([container, None, 0, 0])
                continue
            elif kind is seq_end or kind is map_end:
                stack.pop()
                continue
            elif kind is alias_event:
                raise UnsupportedInputError(f"YAML alias *{event.anchor} is not allowed in events files: write "
                                            f"the value out in full", Location(name, mark.line + 1, mark.column + 1))
            elif kind is document_start:
                documents += 1
                if documents > 1:
                    raise SchemaError("a second YAML document ('---'): an events file holds one",
                                      Location(name, mark.line + 1, mark.column + 1))
                continue
            else:  # stream start and end, document end
                continue
            if not stack:
                root, root_pos = value, (mark.line + 1, mark.column + 1)
            else:
                _attach(stack, value, mark, name)
    finally:
        parser.dispose()
    return root, root_pos


def _attach(stack: list[list[Any]], value: Any, mark: Any, name: str) -> None:
    """Put *value* (read at *mark*) into the innermost open container."""
    if not stack:
        return
    top = stack[-1]
    container = top[0]
    line, column = mark.line + 1, mark.column + 1
    if type(container) is YamlList:
        container.append(value)
        container.pos.append(line)
        container.pos.append(column)
        return
    if top[1] is None:  # a key
        if isinstance(value, (YamlMap, YamlList)):
            _problem(container, "a key must be a plain word", line, column)
            top[1] = _BadKey
        else:
            top[1] = "" if value is None else str(value)
        top[2], top[3] = line, column
        return
    key = top[1]
    top[1] = None
    if key is _BadKey:
        return
    if key in container:
        first = container.pos[2 + 4 * container.key_index(key)]
        _problem(container, duplicate_key_message(key, first, "YAML"), top[2], top[3])
        return
    container[key] = value
    container.pos.extend((top[2], top[3], line, column))


class _BadKeyType:
    pass


_BadKey: Any = _BadKeyType()


def _problem(container: YamlMap, message: str, line: int, column: int) -> None:
    if container.problems is None:
        container.problems = []
    container.problems.append((message, line, column))


_TAB_INDENT = re.compile("(?:\\A|(?<=[\n\r\x85\u2028\u2029])) *\t")


def _check_tabs(text: str, name: str) -> None:
    match = _TAB_INDENT.search(text)
    if match:
        from timeline.io import line_and_column

        line, column = line_and_column(text, match.end() - 1)
        raise InputSyntaxError("a tab in the indentation: YAML indents with spaces only", Location(name, line, column))
