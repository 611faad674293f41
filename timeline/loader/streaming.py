"""Events in file order, a block of lines at a time: ``--sort input``, memory flat with the size.

:func:`stream` yields the events of each file in the order they were written. An NDJSON
file is read a block of whole lines at a time (about a megabyte, :data:`BLOCK_BYTES`),
each block through the same paths as a whole file (:func:`timeline.loader.fast.records_in_order`:
the plain records by the fast path, the others by the general one), with the memos and the
ids of the file kept from block to block; what a block holds is given out before the next
is read. Other formats (YAML, a JSON document, CSV, TSV, ICS) are read whole, as
:func:`timeline.loader.load` reads them, and their events given in file order.

What streaming changes, and what it keeps:

- **Errors.** A block that holds an error is read again the general way, and its errors
  (file:line:column, the general path's messages) are raised as
  :class:`~timeline.errors.InputErrors` after the events written *before* the first of them.
  The blocks after it are not read: a file with errors in several blocks reports those of
  the first. The caller has then written the events before the error, each one whole (the
  CLI writes ``-o FILE`` atomically: there an error leaves the old file as it was).
- **Anchors.** An event dated from another ("2 days after e12") sees every event of the
  blocks before its own, and of its own block. One that names an event written further
  down holds the output back: its block is read again together with the next, and so on
  until the event it names is read (a name still unknown at the end of the file is the
  general path's error, with the other errors of the blocks held). Such a file is held,
  in the worst case, whole.
- **Memory** is one block, the memos (bounded) and the ids of the file's events (about a
  hundred bytes each): an id written twice is an error wherever the two are, and an anchor
  may name any earlier event. The ids keep no line: for the message of an id written twice
  in two blocks ("first at line 12") a file is read again up to the first; standard input
  cannot be, and its message says "first further up".
- **Warnings** go to *on_warning* as each block is done, in file order within a block.
- ``max_bytes`` still bounds the whole file: a regular file is refused before anything is
  read, standard input when it goes over.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from typing import BinaryIO

from timeline import io
from timeline.errors import (
    Diagnostic,
    InputError,
    InputErrors,
    Location,
    SchemaError,
    TimelineError,
    UnknownEventError,
)
from timeline.loader import LoadOptions, _diagnostic_position, _position, load_text, readers
from timeline.loader.fast import FastRecords, Rerun, records_in_order
from timeline.loader.ndjson_reader import NdjsonDocument
from timeline.loader.resolution import EventGraph
from timeline.loader.specs import DocumentReader, Spec
from timeline.loader.values import quote
from timeline.model import Event, Span

BLOCK_BYTES = 1 << 20  # about 8,000 records of a news file
_BOM = b"\xef\xbb\xbf"


def stream(paths: list[str], options: LoadOptions | None = None,
           on_warning: Callable[[Diagnostic], None] | None = None, stdin: BinaryIO | None = None
           ) -> Iterator[Event]:
    """The events of the files *paths* (``-`` is standard input), file after file, each in the
    order it was written, read as they are asked for (see the module's docstring).

    Each file keeps its own reference, as with :func:`timeline.loader.load`; *options* are
    the same (``freeze`` is not used: nothing stays loaded). Warnings are handed to
    *on_warning* as they are met (dropped without one). The first file with an error raises
    :class:`~timeline.errors.InputErrors` once the events before the error have been given out.
    """
    chosen = options or LoadOptions()
    warn = on_warning or _drop
    for path in paths:
        try:
            yield from _file_events(path, chosen, warn, stdin)
        except InputError as exc:  # unreadable, too large, not UTF-8: as load() reports it
            raise InputErrors([exc], []) from None


def _drop(diagnostic: Diagnostic) -> None:
    """No one asked for the warnings."""


def _file_events(path: str, options: LoadOptions, warn: Callable[[Diagnostic], None], stdin: BinaryIO | None
                 ) -> Iterator[Event]:
    name, blocks = io.read_blocks(path, options.max_bytes, stdin, BLOCK_BYTES)
    first = next(blocks, b"")
    readers.refuse_binary(first, name)
    text = _decoded(first, name, 1, first=True)
    if not _records_file(text, name, options.input_format):
        yield from _whole_file(io.decode(first + b"".join(blocks), name), name, options, warn)
        return
    file = _RecordFile(name, path, options)
    held = ""  # blocks read but not given out: an event in them names one further down
    line = 1
    while text:
        following = next(blocks, None)
        if held:
            text, held = held + text, ""
        events, errors, warnings = file.block(text, line)
        if following is not None and any(isinstance(e, UnknownEventError) for e in errors):
            # the name may be written further down (and the errors of the events dated from it go
            # with it): hold the output back, and read this again with the next block
            held = text
            text = _decoded(following, name, line + file.lines, first=False)
            continue
        for warning in warnings:
            warn(warning)
        if errors:
            before = min(_position(e)[0] for e in errors)
            yield from (e for e in events if e.origin is not None and (e.origin.line or 0) < before)
            raise InputErrors(errors, warnings)
        yield from events
        line += file.lines
        text = _decoded(following, name, line, first=False) if following is not None else ""


def _records_file(text: str, name: str, forced: str | None) -> bool:
    """Whether the file whose first block is *text* is read a block at a time: NDJSON by its
    name or ``--input-format``, or a ``.json`` file or standard input whose first block is JSON
    Lines (anything else is read whole; so is a first block of blank lines)."""
    if not text.strip():
        return False
    chosen = forced or readers.reader_name(name, text)
    if chosen == "json" and forced is None:
        return NdjsonDocument(text, name).looks_like_ndjson()
    return chosen == "ndjson"


def _whole_file(text: str, name: str, options: LoadOptions, warn: Callable[[Diagnostic], None]) -> Iterator[Event]:
    events, _, errors, warnings = load_text(text, name, options)
    if errors:
        raise InputErrors(errors, warnings)
    for warning in warnings:
        warn(warning)
    yield from events


def _decoded(block: bytes, name: str, first_line: int, first: bool) -> str:
    """The text of a block; a byte that is not UTF-8 is the whole-file error, at its line in the file."""
    try:
        if first and block.startswith(_BOM):
            return block[len(_BOM):].decode("utf-8")
        return block.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        io.decode(block[len(_BOM):] if first and block.startswith(_BOM) else block, name)
    except InputError as exc:
        where = exc.location
        if where is None or where.line is None:
            raise
        raise exc.at(Location(where.file, where.line + first_line - 1, where.column)) from None
    raise AssertionError("a block that does not decode decodes")  # pragma: no cover


class _RecordFile:
    """What carries over from one block of an NDJSON file to the next."""

    def __init__(self, name: str, path: str, options: LoadOptions) -> None:
        self.name = name
        self.path = path
        self.options = options
        self.fast: FastRecords | None = None
        self.lines = 0  # lines in the last block read

    def _reader(self, doc: NdjsonDocument, errors: list[TimelineError], warnings: list[Diagnostic]
                ) -> DocumentReader:
        o = self.options
        return DocumentReader(doc, o.reference, o.fallback_reference, o.prefer, errors, warnings, o.language)

    def block(self, text: str, first_line: int) -> tuple[list[Event], list[TimelineError], list[Diagnostic]]:
        """(events in file order, errors, warnings) of the lines *text*, the first at *first_line*.

        The cyclic collector is paused while a block is read, as :func:`timeline.loader.load_text`
        pauses it (no cycles among what is built), and given back before its events are."""
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._block(text, first_line)
        finally:
            if gc_was_enabled:
                gc.enable()

    def _block(self, text: str, first_line: int) -> tuple[list[Event], list[TimelineError], list[Diagnostic]]:
        doc = NdjsonDocument(text, self.name, first_line)
        self.lines = doc.line_count()
        errors: list[TimelineError] = []
        warnings: list[Diagnostic] = [Diagnostic("warning", m, where) for m, where in doc.reader_warnings()]
        reader = self._reader(doc, errors, warnings)
        settings = reader.settings({})
        settings.today = self.options.today
        if errors:
            return [], errors, warnings
        specs: list[Spec] = []
        graph = EventGraph(doc, specs, settings, errors, warnings)
        fast = self.fast
        if fast is None:
            fast = self.fast = FastRecords(doc, reader, graph, settings)
        else:
            fast.next_block(doc, reader, graph)
        known = len(fast.ids)
        try:
            events = records_in_order(fast, specs)
        except Rerun:
            fast.forget_ids_since(known)
            return self._general(text, first_line, fast.ids)
        warnings.sort(key=_diagnostic_position)
        return events, errors, warnings

    def _general(self, text: str, first_line: int, known: dict[str, Span]
                 ) -> tuple[list[Event], list[TimelineError], list[Diagnostic]]:
        """The block read the general way (it holds an error): its events, errors and warnings.
        *known* are the earlier blocks' events by id, for anchors and repeated ids."""
        doc = NdjsonDocument(text, self.name, first_line)
        errors: list[TimelineError] = []
        warnings: list[Diagnostic] = [Diagnostic("warning", m, where) for m, where in doc.reader_warnings()]
        settings, specs = self._reader(doc, errors, warnings).read()
        events: list[Event] = []
        if settings is not None:
            settings.today = self.options.today
            for spec in specs:
                if spec.id and spec.id in known:
                    errors.append(SchemaError(f"duplicate event id {quote(spec.id)} ({self._first(spec.id)})",
                                              spec.location))
            graph = EventGraph(doc, specs, settings, errors, warnings)
            graph.known = known
            graph.run()
            events = graph.events()
        errors.sort(key=_position)
        warnings.sort(key=_diagnostic_position)
        if not errors:
            for event in events:
                if event.id is not None:
                    known[event.id] = event.span
        return events, errors, warnings

    def _first(self, event_id: str) -> str:
        """Where *event_id* was first written, as the whole-file message says it ("first at line
        12"): the ids kept do not say, so the file is read again up to it (an error's cost)."""
        if self.path != "-":
            try:
                for number, line in io.read_lines(self.path):
                    if isinstance(line, bytes) and event_id.encode() in line:
                        try:
                            record = json.loads(line)
                        except ValueError:
                            continue
                        if isinstance(record, dict) and record.get("id") == event_id:
                            return f"first at line {number}"
            except TimelineError:
                pass
        return "first further up"
