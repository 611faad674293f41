"""Every error timeline raises on purpose.

All of them derive from :class:`TimelineError`; the ones caused by bad input
also derive from :class:`ValueError` so callers can catch them the usual way.
Each carries a :class:`Location` when the problem can be pinned to a place.
The CLI turns them into one-line messages and exit codes in one place.
"""

from __future__ import annotations

from timeline.frozen import Frozen

_set = object.__setattr__  # the fields of a Frozen value are stored once, by __init__


class Location(Frozen):
    """Where something stands: a file (or ``<stdin>``), 1-based line and column."""

    __slots__ = _fields = ("file", "line", "column")
    file: str | None
    line: int | None
    column: int | None

    def __init__(self, file: str | None = None, line: int | None = None, column: int | None = None) -> None:
        _set(self, "file", file)
        _set(self, "line", line)
        _set(self, "column", column)

    def __str__(self) -> str:
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


class TimelineError(Exception):
    """Base class of every error timeline raises on purpose."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"

    def at(self, location: Location) -> TimelineError:
        """Return a copy of this error placed at *location* (used by loaders)."""
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        Exception.__init__(clone, self.message)
        clone.location = location
        return clone


class ExpressionError(TimelineError, ValueError):
    """Raised by the grammar and the resolver when a date expression cannot be read.

    ``text`` is the whole expression, ``token`` the offending word (or ``None``
    when the expression as a whole is wrong), ``position`` its 0-based character
    offset in ``text`` and ``suggestion`` the nearest valid word, if any.
    """

    def __init__(
        self,
        message: str,
        text: str = "",
        token: str | None = None,
        position: int = 0,
        suggestion: str | None = None,
        location: Location | None = None,
    ) -> None:
        super().__init__(message, location)
        self.text = text
        self.token = token
        self.position = position
        self.suggestion = suggestion


class UnsupportedError(ExpressionError):
    """Raised for expressions that are recognised but that timeline cannot compute
    (for example a lunar holiday whose calendar no installed library provides)."""


class UnknownWordError(ExpressionError):
    """Raised by the grammar for a word it does not know (``token`` is the word,
    ``suggestion`` the nearest known one in the expression's language)."""


class WrongLanguageError(UnknownWordError):
    """Raised when the words belong to another language than the one declared
    (``looks_like`` is the ISO 639-1 code of the language they look like)."""

    looks_like: str | None = None


class MixedScriptError(UnknownWordError):
    """Raised for a word that mixes scripts, such as a Latin letter typed inside a Cyrillic
    word ("понеділoк" with a Latin "o"): ``letters`` are the stray letters, ``suggestion``
    the word with them replaced when that word is known."""

    letters: str = ""


class ExpressionSyntaxError(ExpressionError):
    """Raised by the grammar for known words in an order it cannot read
    ("next the Friday", an interval with no end)."""


class ImpossibleDateError(ExpressionError):
    """Raised for a calendar date that does not exist (31 April, 13/13/2025,
    29 February of a common year)."""


class OutOfRangeError(ExpressionError):
    """Raised when a date, offset or duration falls outside what the calendar
    can hold (before year 1, after year 9999, a duration of 10**20 weeks)."""


class NotAbsoluteError(ExpressionError):
    """Raised where a date that stands on its own is required (a reference:
    ``--ref``, ``--now``, ``reference:`` in a file) but the words depend on the
    day they are read ("last Tuesday", "March 22" without a year) or name no
    single day ("March 2013")."""


class UnknownEventError(ExpressionError):
    """Raised when an expression anchors on an event id that no event has."""


class CycleError(ExpressionError):
    """Raised when events anchor on each other in a loop."""


class InputError(TimelineError, ValueError):
    """Raised by loaders for a file that cannot be read as a timeline: syntax
    errors, wrong types, missing or unknown fields, duplicate keys or ids."""


class InputSyntaxError(InputError):
    """Raised when a file is not well-formed in its format (YAML, JSON, NDJSON,
    CSV, ICS syntax), or is not text in a supported encoding."""


class SchemaError(InputError):
    """Raised for well-formed input with the wrong shape: a missing, unknown,
    duplicate or mistyped field, a duplicate id, a value out of range."""


class UnsupportedInputError(InputError):
    """Raised for input timeline does not read at all (a PDF, a spreadsheet
    binary, a recurring calendar event)."""


class InputTooLargeError(InputError):
    """Raised when an input exceeds the size limit (``--max-size``), counted as it
    is read (pipes and devices too)."""


class InputReadError(InputError):
    """Raised when an input cannot be read at all: no such file, a directory,
    permission denied, an I/O error, standard input closed."""


class EmptyInputError(SchemaError):
    """Raised for an input that holds no data: an empty file, only comments."""


class ValueTooLargeError(SchemaError):
    """Raised for a value in a file beyond what dates can hold: an integer of
    thousands of digits, a duration of 10**11 days, a year past 9999."""


class InvalidTextError(InputSyntaxError):
    """Raised for text that is not valid Unicode once decoded: a lone surrogate
    (``"\\ud800"`` in JSON) that no output format could encode."""


class UsageError(TimelineError):
    """Raised for a wrong command-line option or argument value (exit status 2)."""


class MissingDependencyError(UsageError):
    """Raised when a format needs an optional extra that is not installed (``-f png``
    without CairoSVG); the message says what to install (exit status 2)."""


class InputErrors(TimelineError, ValueError):
    """Several input errors found in one pass; ``errors`` holds them in order."""

    def __init__(self, errors: list[TimelineError], warnings: list[Diagnostic] | None = None) -> None:
        super().__init__(f"{len(errors)} error(s)")
        self.errors = errors
        self.warnings = warnings or []  # met in the same files: still worth reporting


class OutputError(TimelineError):
    """Raised when output cannot be written (I/O: a full disk, a closed stream)."""


class Interrupted(TimelineError):
    """Raised when SIGINT or SIGTERM stops the run (``signal_number`` says which);
    an output file being written is removed first."""

    def __init__(self, signal_number: int, message: str | None = None, location: Location | None = None) -> None:
        import signal

        try:
            name = signal.Signals(signal_number).name
        except ValueError:
            name = f"signal {signal_number}"
        super().__init__(message or f"interrupted ({name})", location)
        self.signal_number = signal_number


class RefusedOutputError(OutputError):
    """Raised when an output target is refused before anything is written: it is
    an input of the same run, a device, a FIFO or a symlink (without ``--follow``)."""


class Diagnostic(Frozen):
    """A message about the input that is not fatal on its own: a warning, or an
    error collected so that every problem of a file is reported at once."""

    __slots__ = _fields = ("severity", "message", "location")
    severity: str  # "error" | "warning"
    message: str
    location: Location | None

    def __init__(self, severity: str, message: str, location: Location | None = None) -> None:
        _set(self, "severity", severity)
        _set(self, "message", message)
        _set(self, "location", location)

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.severity}: {self.message}"
