"""The command line without Typer: its options as data, the one place that prints, and ``resolve``.

:mod:`timeline.cli` builds the Typer application from what is here; ``timeline.__main__``
(the ``timeline`` script) runs the plain ``timeline resolve EXPR... [OPTIONS]`` from the same
option table without importing Typer at all (start-up, issue 18: Typer alone costs twice
``import yaml``), and hands every other command line to the Typer application.

* :data:`RESOLVE`: the parameters of ``timeline resolve``, each a :class:`Param` (its option
  names, help, metavar, choices, check, Python type and default). Typer builds the command
  from it (:func:`timeline.cli.command_from_params`), the lean entry point parses with it.
* The shared options (``--format``, ``--style``, ``--prefer``, ``--tz``...) as :class:`Opt`
  values: ``cli.py`` makes its ``Annotated`` aliases from them, so one option has one
  spelling, one help and one check everywhere.
* Errors and output (:func:`_fail`, :func:`_usage`, :func:`_out`, :func:`_write`): a command
  ends with ``SystemExit`` and its status from the error's class (:data:`EXIT_CODES`).

This module reads the clock (:func:`_today`) and the environment, and prints through
:mod:`timeline.io`; like ``cli.py`` it is part of the command line, not of the library.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, NamedTuple, NoReturn

from timeline import io
from timeline.errors import (
    Diagnostic,
    InputErrors,
    Interrupted,
    RefusedOutputError,
    TimelineError,
    UsageError,
)
from timeline.renderers import RENDERERS

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug in timeline, reported in one line
DEFAULT_FILE = "events.yaml"

# The exit status of each kind of error, by class: the most specific class in an
# error's ancestry decides (Interrupted adds its signal to 128, as shells do).
EXIT_CODES: dict[type[TimelineError], int] = {
    TimelineError: EXIT_DATA,  # bad data, a failed read or write: reported, exit 1
    UsageError: EXIT_USAGE,
    RefusedOutputError: EXIT_USAGE,  # -o naming an input, a device, a FIFO, a symlink: a wrong argument
}


def exit_code(exc: TimelineError) -> int:
    """The exit status for *exc*, chosen by its class (never by its message)."""
    if isinstance(exc, Interrupted):
        return 128 + exc.signal_number
    for cls in type(exc).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return EXIT_DATA


# --------------------------------------------------------------------------
# Options as data. Typer builds its options from these (cli.py); the lean entry point
# (timeline.__main__) parses `timeline resolve` with the same table.


class Prefer(str, Enum):
    past = "past"
    future = "future"
    nearest = "nearest"


class DateOrder(str, Enum):
    auto = "auto"
    DMY = "DMY"
    MDY = "MDY"
    YMD = "YMD"


class Opt(NamedTuple):
    """One option (or the positional argument, with no *decls*) as the command line declares it."""

    decls: tuple[str, ...]  # its spellings, long first: ("--format", "-f"); () for the arguments
    help: str
    metavar: str | None = None
    check: Callable[[str], str | None] | None = None  # what is wrong with a value, or None
    choices: type[Enum] | None = None  # a value must be one of the enum's values
    flag: bool = False  # takes no value
    show_default: bool = True


class Param(NamedTuple):
    """One parameter of a command: its Python name, option, type (what Typer converts to) and default."""

    name: str
    opt: Opt
    annotation: Any
    default: Any


def _format_names() -> list[str]:
    from timeline.renderers import available_formats

    return available_formats()


def format_problem(value: str) -> str | None:
    """What is wrong with a --format value (None: a known format)."""
    names = _format_names()
    if value not in names:
        return f"{value!r} is not one of {', '.join(names)}"
    return None


def style_problem(value: str) -> str | None:
    """What is wrong with a --style value (None: a tabulate format)."""
    if value == "simple":  # the default: no need to import tabulate to know it
        return None
    from tabulate import tabulate_formats

    if value not in tabulate_formats:
        return f"{value!r} is not a tabulate format; try one of: {', '.join(sorted(tabulate_formats))}"
    return None


FORMAT = Opt(("--format", "-f"), f"Output format: {', '.join(RENDERERS)} (timeline help formats).",
             metavar="FORMAT", check=format_problem)
STYLE = Opt(("--style",), "Table look: any tabulate format (simple, github, grid, ...).", metavar="STYLE",
            check=style_problem)
PREFER = Opt(("--prefer",), "Direction for words that leave it open (a bare 'Friday'); default: the file's, "
                            "else past.", choices=Prefer)
LANG = Opt(("--lang",), "Language of the date expressions (ISO 639-1: en, fr, ru, uk...; extract also takes "
                        "auto, its default); a file or event with its own 'language:' keeps it.", metavar="LANG")
TZ = Opt(("--tz",), "IANA time zone of the reference and of times.", metavar="ZONE")
DATE_ORDER = Opt(("--date-order",), "Numeric dates: DMY, MDY or YMD; auto reads DMY (MDY when only that is a "
                                    "date) and warns when both are.", choices=DateOrder)
EXPLAIN = Opt(("--explain",), "Instead of the output, show how each date was read (-f table, json, ndjson, "
                              "markdown).", flag=True)
OUTPUT = Opt(("--output", "-o"), "Write to this file (atomically) instead of standard output.", metavar="FILE",
             show_default=False)
FOLLOW = Opt(("--follow",), "-o may write through a symlink, or into a device or FIFO (refused by default).",
             flag=True)
NO_COLOR = Opt(("--no-color",), "No colour or emphasis (also: NO_COLOR=1).", flag=True)

# `timeline resolve`: Typer's command and the lean entry point's parser are both made from this.
RESOLVE: tuple[Param, ...] = (
    Param("expressions", Opt((), "Date expressions; none: one per line from standard input.",
                             metavar="[EXPR]...", show_default=False), list[str] | None, None),
    Param("ref", Opt(("--ref",), "Read against this date ('2025-03-06', 'March 6, 2025'); default: today.",
                     metavar="DATE"), str | None, None),
    Param("prefer", PREFER, Prefer | None, None),
    Param("tz", TZ, str | None, None),
    Param("date_order", DATE_ORDER, DateOrder, DateOrder.auto),
    Param("lang", LANG, str, "en"),
    Param("fmt", FORMAT, str, "table"),
    Param("style", STYLE, str, "simple"),
    Param("explain", EXPLAIN, bool, False),
    Param("output", OUTPUT, str | None, None),
    Param("follow", FOLLOW, bool, False),
    Param("no_color", NO_COLOR, bool, False),
)




# --------------------------------------------------------------------------
# Output and errors: the one place that prints


def _stderr(line: str) -> None:
    io.write_stderr(line)


_stdout = io.StandardOutput()


def _new_run() -> None:
    """One standard output per run: a reader gone in one run says nothing about the next (CliRunner)."""
    global _stdout
    _stdout = io.StandardOutput()


def _report(diagnostics: list[Diagnostic]) -> None:
    for d in diagnostics:
        _stderr(_diagnostic_line(d))


def _diagnostic_line(d: Diagnostic) -> str:
    if d.location is not None:
        return f"{d.location}: {d.severity}: {d.message}"
    return f"timeline: {d.severity}: {d.message}"


def _error_diagnostics(exc: TimelineError) -> list[Diagnostic]:
    if isinstance(exc, InputErrors):
        out: list[Diagnostic] = []
        for e in exc.errors:
            out.extend(_error_diagnostics(e))
        if exc.warnings:
            # warnings of the same files, in file order beside the errors
            out = sorted(out + exc.warnings, key=lambda d: (d.location.file or "", d.location.line or 0,
                                                            d.location.column or 0) if d.location else ("", 0, 0))
        return out
    return [Diagnostic("error", exc.message, exc.location)]


def _fail(exc: TimelineError) -> NoReturn:
    """Report *exc* and end the command with the exit status of its class."""
    _report(_error_diagnostics(exc))
    raise SystemExit(exit_code(exc))


def _usage(message: str) -> NoReturn:
    """Report a wrong option or argument found by the command itself: exit 2."""
    _stderr(f"timeline: error: {message}")
    raise SystemExit(EXIT_USAGE)


def _out(text: str | bytes) -> bool:
    """Write data to standard output now (UTF-8, byte for byte, so ICS keeps its CRLF).

    A reader that has gone (``| head -1``) ends the output quietly and the
    exit status stays the one the data decides; returns False then, so that a
    command producing a stream can stop. A failed write (``ENOSPC``, ``EIO``,
    a closed stdout) is an error: exit 1, never 0 with a cut file.
    """
    try:
        return _stdout.write(text)
    except TimelineError as exc:
        _fail(exc)


def _check_output(output: str | None, inputs: list[str], follow: bool) -> None:
    """Refuse a wrong -o before any work is done."""
    if output is None:
        return
    try:
        io.check_output_target(output, inputs, follow)
    except TimelineError as exc:
        _fail(exc)


_STREAM_BYTES = 1 << 18  # pieces of a streamed output are written in batches of about this many characters


def _write(text: str | bytes | Iterator[str], output: str | None, inputs: list[str], follow: bool = False) -> None:
    """Write the output: to standard output as it comes, or atomically to the file *output*."""
    try:
        if output is not None:
            io.write_output(output, text, inputs, follow)
        elif isinstance(text, (str, bytes)):
            _out(text)
        else:
            batch: list[str] = []
            size = 0
            for piece in text:
                batch.append(piece)
                size += len(piece)
                if size >= _STREAM_BYTES:
                    if not _out("".join(batch)):
                        return  # the reader has gone: stop making the rest
                    batch.clear()
                    size = 0
            if batch:
                _out("".join(batch))
    except TimelineError as exc:
        _fail(exc)


def _use_color(no_color: bool) -> bool:
    if no_color or os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _today() -> date:
    # The only place the clock is read: the default "now" of filters and of files without a reference.
    return date.today()


def _parse_ref(value: str | None) -> date | datetime | None:
    return _parse_date("--ref", value)


def _parse_date(option: str, value: str | None) -> date | datetime | None:
    """A reference given on the command line: any absolute date, or ``today`` (the clock)."""
    if value is None:
        return None
    from timeline.errors import ExpressionError
    from timeline.reference import parse_reference

    try:
        return parse_reference(value, today=_today())
    except ExpressionError as exc:
        _usage(f"{option}: {exc.message}")


def _generated_at() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except (ValueError, OverflowError, OSError):
            _usage(f"SOURCE_DATE_EPOCH must be seconds since 1970, not {epoch!r}")
    return datetime.now(UTC).replace(microsecond=0)



def _check_lang(lang: str) -> str:
    from timeline.lexicons import LANGUAGES

    if lang not in LANGUAGES:
        _usage(f"--lang: no lexicon for {lang!r}; known: {', '.join(sorted(LANGUAGES))}")
    return lang


def _check_tz(tz: str | None) -> str | None:
    if tz:
        from timeline.reference import check_timezone

        problem = check_timezone(tz)
        if problem:
            _usage(f"--tz: {problem}")
    return tz


def _options(fmt: str, *, style: str = "simple", color: bool = False, now: date | datetime | None = None,
             group_by: str | None = None, coarse: str = "first-day", formula_guard: bool = True,
             timesketch_ends: bool = False, colour_by: str = "tag", max_events: int | None = None,
             width: int | None = None, wide: bool = False, to_file: bool = False) -> Any:
    from timeline.renderers import RenderOptions

    # COLUMNS, else the terminal's size, else 100; tables wrap only on a terminal or with --width
    terminal_width = _terminal_columns(100)
    table_width = None
    if not wide:
        if width is not None:
            table_width = width
        elif not to_file and _stdout_is_terminal():
            table_width = terminal_width
    return RenderOptions(
        style=style, color=color, now=now, group_by=group_by,
        width=width or terminal_width, table_width=table_width,
        unicode=_stdout_unicode(), generated_at=_generated_at() if fmt in ("ics", "pdf") else None,
        ics_coarse=coarse, csv_formula_guard=formula_guard, timesketch_ends=timesketch_ends,
        colour_by=colour_by, max_events=max_events,
    )


def _terminal_columns(fallback: int) -> int:
    """The width of the terminal as shutil.get_terminal_size reads it (COLUMNS, else standard
    output's terminal, else *fallback*), without importing shutil and its compression modules."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else fallback


def _render(timeline: Any, fmt: str, options: Any, explain: bool = False) -> str | bytes:
    """The text (or, for png and pdf, the bytes) of *timeline* in format *fmt*, or its explain view."""
    from timeline.renderers import BINARY_FORMATS, get_binary_renderer, get_renderer

    try:
        if explain:
            from timeline.renderers.explain import LAYOUTS, layout

            if fmt not in LAYOUTS and fmt != "explain":
                _usage(f"--explain prints {', '.join(LAYOUTS)}, not {fmt!r}")
            return layout("table" if fmt == "explain" else fmt)(timeline, options)
        if fmt in BINARY_FORMATS:
            return get_binary_renderer(fmt)(timeline, options)
        return get_renderer(fmt)(timeline, options)
    except TimelineError as exc:
        _fail(exc)


def _streamed(timeline: Any, fmt: str, options: Any) -> str | bytes | Iterator[str]:
    """The output of *timeline* in pieces when the format can be written piece by piece (ndjson,
    csv, tsv, ics: a million events never held as one text), else in one piece."""
    from timeline.renderers import get_chunk_renderer

    chunks = get_chunk_renderer(fmt)
    if chunks is None:
        return _render(timeline, fmt, options)
    return chunks(timeline, options)


def _refuse_binary_to_terminal(fmt: str, output: str | None) -> None:
    """An image or a PDF on a terminal is noise that can upset it: ask for -o or a redirect."""
    from timeline.renderers import BINARY_FORMATS

    if fmt in BINARY_FORMATS and output is None and _stdout_is_terminal():
        _fail(RefusedOutputError(f"-f {fmt} writes binary data, not shown on a terminal: "
                                 f"add -o FILE.{fmt} or redirect the output (> FILE.{fmt})"))


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _stdout_unicode() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return encoding in ("utf8", "utf16", "utf32", "")


# --------------------------------------------------------------------------
# `timeline resolve`: run by Typer (cli.py) and by the lean entry point (timeline.__main__)


def resolve(expressions: list[str] | None = None, ref: str | None = None, prefer: Prefer | None = None,
            tz: str | None = None, date_order: DateOrder = DateOrder.auto, lang: str = "en", fmt: str = "table",
            style: str = "simple", explain: bool = False, output: str | None = None, follow: bool = False,
            no_color: bool = False) -> None:
    """Resolve date expressions against a reference (the records of show).

    Example: timeline resolve "last week" "Wednesday's" --ref 2025-03-06 -f ndjson
    """
    from timeline.model import Origin, Timeline
    from timeline.reference import COMMAND_LINE, TODAY
    from timeline.resolver import Resolver

    _check_tz(tz)
    _check_lang(lang)
    _check_output(output, [] if expressions else ["-"], follow)
    if not explain:
        _refuse_binary_to_terminal(fmt, output)
    given = _parse_ref(ref)
    reference, source = (given, COMMAND_LINE) if given is not None else (_today(), TODAY)
    try:
        resolver = Resolver(reference, (prefer or Prefer.past).value, tz, date_order.value.upper(), None, lang)
    except TimelineError as exc:
        _fail(exc)
    name = None if expressions else io.STDIN_NAME
    texts: Iterator[str] = iter(expressions) if expressions else (line.rstrip("\r\n") for line in sys.stdin)
    streaming = fmt == "ndjson" and not explain and output is None
    options = _options(fmt, style=style, color=_use_color(no_color) and output is None, to_file=output is not None)
    failed = False
    events = []
    for number, text in enumerate(texts, 1):
        try:
            span = resolver.resolve(text)
        except TimelineError as exc:
            failed = True
            where = f"argument {number}" if expressions else f"{io.STDIN_NAME}:{number}"
            _stderr(f"timeline: error: {where}: {text!r}: {exc.message}")
            if streaming and not _out(_json_line({"when": text, "line": number, "error": exc.message})):
                break
            continue
        if date_order is DateOrder.auto and ("/" in text or "-" in text):
            from timeline.grammar.ambiguity import ambiguous_numeric_dates

            for ambiguity in ambiguous_numeric_dates(text):
                where = f"argument {number}" if expressions else f"{io.STDIN_NAME}:{number}"
                _stderr(f"timeline: warning: {where}: {ambiguity.message('pass --date-order DMY or MDY')}")
        event = _resolved_event(text, span, reference, source, Origin(name, number) if name else None, lang)
        if streaming:  # one line per expression as soon as it is read: usable with tail -f | ...
            if not _out(_render(Timeline((event,)), fmt, options)):
                break  # the reader has gone: stop reading
        else:
            events.append(event)
    if not streaming and (events or not failed):
        timeline = Timeline(tuple(events), None, (name,) if name else (), (reference,))
        _write(_render(timeline, fmt, options, explain), output, [], follow)
    if failed:
        raise SystemExit(EXIT_DATA)


def _resolved_event(text: str, span: Any, reference: date | datetime, source: str, origin: Any,
                    language: str = "en") -> Any:
    from timeline.model import Event

    return Event(title=text, when=text, span=span, reference=reference, origin=origin, reference_source=source,
                 language=language)


def _json_line(record: dict[str, Any]) -> str:
    import json

    return json.dumps(record, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------
# Running a command line


def run(command: Callable[[], object]) -> NoReturn:
    """Run one command line (*command*: the Typer app, or the lean path of ``timeline.__main__``) and
    exit; never lets a traceback reach the user for expected failures.

    A reader that closes the pipe early (``timeline show | head -1``) ends the
    output quietly: nothing on stderr, and the exit status is the one the data
    decides (0 for good data), so a pipeline under ``set -o pipefail`` does not
    fail because of it, and ``timeline check bad.yaml 2>&1 | head -1`` exits 1
    on every run.
    """
    io.guard_standard_streams()
    try:
        command()
        code: Any = EXIT_OK  # the lean path's resolve returns when all went well
    except SystemExit as exc:
        code = exc.code
    except BrokenPipeError:  # only Click's own output (help, usage) can still meet it here
        io.silence(1)
        code = EXIT_OK
    except KeyboardInterrupt:
        _stderr("timeline: interrupted (SIGINT)")
        code = 128 + 2
    except TimelineError as exc:  # a command that let one through: still a message and its code
        _report(_error_diagnostics(exc))
        code = exit_code(exc)
    except Exception:  # a bug: one line, never a traceback (TIMELINE_DEBUG=1 shows it)
        if os.environ.get("TIMELINE_DEBUG"):
            raise
        _stderr("timeline: internal error: this is a bug in timeline; please report it with the command and "
                "its input (TIMELINE_DEBUG=1 shows the details)")
        code = EXIT_INTERNAL
    sys.exit(_flush_at_exit(code))


def _flush_at_exit(code: Any) -> Any:
    """Flush standard output before the interpreter does, and settle the exit status.

    Click catches EPIPE in its own output (help, usage: exit 1, stdout wrapped
    in PacifyFlushWrapper); an unflushed buffer would otherwise fail at
    shutdown with "Exception ignored ... BrokenPipeError" on stderr and exit
    120. A failed final flush that is not EPIPE is reported, exit 1.
    """
    # By name: Typer vendors its own copy of Click (typer._click), so the class is not click's.
    if type(sys.stdout).__name__ == "PacifyFlushWrapper":
        io.silence(1)
        return EXIT_OK if code in (None, EXIT_OK, EXIT_DATA) else code
    if sys.stdout is None:
        return code
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        io.silence(1)
    except (ValueError, AttributeError):  # closed by an embedding application: nothing left to lose
        pass
    except OSError as exc:
        io.silence(1)
        _stderr(f"{io.STDOUT_NAME}: error: cannot write: {exc.strerror or 'input/output error'}")
        if code in (None, EXIT_OK):
            return EXIT_DATA
    return code
