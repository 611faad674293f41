"""What an input reader hands to the loader: the contract every format meets.

A reader (``timeline/loader/<format>_reader.py``, registered in
:mod:`timeline.loader.readers`) turns the text of one file into a
:class:`Document`:

- **plain values**: ``dict`` (field name -> value), ``list``, ``str``,
  :class:`Number` (a number written without quotes, kept as the text that was
  written), ``bool`` and ``None`` (no value). Nothing else: no dates, no
  objects built from the file. The loader validates these into the model.
- **the events**, streamed: :meth:`Document.events` yields each event value
  (a mapping or a plain string) with its path, as soon as it is read, so a
  reader may drop what it has yielded (memory stays flat for a million events).
- **the settings**: :attr:`Document.settings`, the top-level fields other than
  ``events`` (``reference``, ``timezone``...), complete once ``events()`` is
  exhausted (YAML may write them after the events). ``None`` for formats that
  hold one record per line or row (NDJSON, CSV).
- **where each value was written**: :meth:`Document.locate` maps a path (a
  tuple of field names and list indices from the top) to a
  :class:`~timeline.errors.Location`. It is called only to report an error or
  for an event's own line, so a reader may compute it lazily.

A reader raises :class:`~timeline.errors.InputSyntaxError` (located) when the
text is not well-formed, reports duplicate keys through :meth:`Document.problems`,
and may put the errors of single records (a bad NDJSON line, a bad CSV row) in
:attr:`Document.errors` and go on with the next record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from timeline.errors import Location, TimelineError

Path = tuple[str | int, ...]


class Number(str):
    """A number written without quotes, kept as the text that was written.

    Never converted on reading: a 5,000-digit integer or ``1e400`` stays text
    until a field that wants a number checks its range. ``integer`` tells
    whether it is written as a whole number (``42``, ``-7``).
    """

    __slots__ = ()

    @property
    def integer(self) -> bool:
        """True for a whole number written as digits (with an optional sign)."""
        digits = self[1:] if self[:1] in "+-" else self
        return digits.isdigit() and digits.isascii()


class Document:
    """The result of reading one file (see the module docstring for the contract)."""

    name: str
    format_label = "YAML"  # how messages name the format's own types ("a JSON number")
    root: Any  # the top-level value as read (None for formats of records: NDJSON, CSV)
    settings: dict[str, Any] | None
    errors: list[TimelineError]

    def events(self) -> Iterator[tuple[Any, Path]]:
        """Each event value with its path, in the order of the file."""
        raise NotImplementedError

    def locate(self, path: Path, key: bool = False) -> Location:
        """Where the value at *path* (or, with *key*, its field name) was written."""
        raise NotImplementedError

    def problems(self, value: Any, path: Path) -> list[tuple[str, Location]]:
        """Structural problems of the mapping *value* (at *path*) found while
        reading it (duplicate keys, keys that are not words), as (message, location)."""
        return []

    def event_location(self, path: Path) -> Location:
        """Where the event at *path* starts (its origin); :meth:`locate` by default."""
        return self.locate(path)

    def reader_warnings(self) -> list[tuple[str, Location]]:
        """Warnings of the reading itself, as (message, location): a spreadsheet column
        that is not an event field and was left out. None by default."""
        return []
