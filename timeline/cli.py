"""The command line: a thin Typer layer over the library.

This is the only module that imports typer. With :mod:`timeline.cli_base` (the
command line without Typer: the plain ``resolve``, the option table, the exit codes)
it is the only code that reads the clock or the environment and writes to
stdout/stderr (through the I/O boundary, :mod:`timeline.io`). Every error is turned
into a message and an exit code by its class (:data:`EXIT_CODES`, defined in
``cli_base``): 0 success, 1 data errors (all
reported) and failed reads or writes, 2 usage errors, 128 + N when signal N
stopped the run. Data goes to stdout, diagnostics to stderr.

Start-up stays lean: renderers, the loader and the resolver are imported
inside the commands that use them, so ``timeline --help`` or ``timeline
formats`` never pays for YAML, icalendar or the grammar.
"""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperGroup
from typer.models import CommandInfo

from timeline import io
from timeline._version import __version__
from timeline.cli_base import (
    DATE_ORDER,
    DEFAULT_FILE,
    EXIT_CODES,
    EXIT_DATA,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    EXPLAIN,
    FOLLOW,
    FORMAT,
    LANG,
    NO_COLOR,
    OUTPUT,
    PREFER,
    RESOLVE,
    STYLE,
    TZ,
    DateOrder,
    Opt,
    Param,
    Prefer,
    _check_lang,
    _check_output,
    _check_tz,
    _diagnostic_line,
    _error_diagnostics,
    _fail,
    _new_run,
    _options,
    _out,
    _parse_date,
    _parse_ref,
    _refuse_binary_to_terminal,
    _render,
    _report,
    _stderr,
    _streamed,
    _today,
    _usage,
    _use_color,
    _write,
    exit_code,
    format_problem,
    resolve,
    run,
)
from timeline.errors import Diagnostic, EmptyInputError, InputErrors, Location, TimelineError, UsageError
from timeline.renderers import RENDERERS

# what tests and embedding code take from here (the rest of the command line's plumbing is cli_base's)
__all__ = ["EXIT_CODES", "EXIT_INTERNAL", "app", "exit_code", "main"]

# What the top-level help says about exit statuses; keep it in step with EXIT_CODES.
EXIT_STATUS_HELP = (
    ("0", "success"),
    ("1", "bad data (every problem is reported) or a failed read or write"),
    ("2", "usage: a wrong option, argument or command"),
    ("70", "a bug in timeline (please report it)"),
    ("128+N", "stopped by signal N (130: Ctrl-C)"),
)


def _help_epilog() -> str:
    lines = ["Exit status: " + "; ".join(f"{code} {meaning}" for code, meaning in EXIT_STATUS_HELP) + ".",
             "More: timeline help expressions | formats | reference, or timeline COMMAND --help."]
    return "\n\n".join(lines)


def _click_exception_class() -> type[Exception]:
    # By name: Typer 0.26-0.28 vendor their own copy of Click (typer._click), so the class is not click's.
    return next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


class _TimelineGroup(TyperGroup):
    """The command group, with Click's own errors turned into the one style of every error.

    Click prints ``Usage: ...`` then ``Error: ...``; here a wrong option, value
    or command is one line, ``timeline: error: MESSAGE (see 'timeline show
    --help')``, exit 2, whether the app runs from :func:`main` or through
    CliRunner.
    """

    def list_commands(self, ctx: Any) -> list[str]:
        return list(_COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """Build a command's Click object when it is asked for: a run pays for its own command only."""
        built = self.commands.get(cmd_name)
        if built is None and cmd_name in _COMMANDS:
            from typer.main import get_command_from_info

            built = get_command_from_info(_COMMANDS[cmd_name], pretty_exceptions_short=app.pretty_exceptions_short,
                                          rich_markup_mode=None)
            self.commands[cmd_name] = built
        return built

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        click_exception = _click_exception_class()
        try:
            result = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except click_exception as exc:
            code = _report_click_error(exc)
            if not standalone_mode:
                raise
            sys.exit(code)
        if not standalone_mode:
            return result
        # standalone_mode=False hands back typer.Exit's code instead of raising it
        sys.exit(result if isinstance(result, int) else EXIT_OK)


def _report_click_error(exc: Any) -> int:
    """Print a Click usage error in the one style; return its exit status."""
    if type(exc).__name__ == "NoArgsIsHelpError":  # `timeline` or `timeline help` alone: the help is the answer
        exc.show()
        return int(exc.exit_code)
    ctx = getattr(exc, "ctx", None)
    where = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    message = exc.format_message().rstrip(".")
    _stderr(f"timeline: error: {message[:1].lower()}{message[1:]}{where}")
    return int(exc.exit_code) if int(exc.exit_code) != 1 else EXIT_USAGE


app = typer.Typer(
    name="timeline",
    cls=_TimelineGroup,
    help="Normalize the relative dates of news text into exact spans; print timelines and calendars.\n\n"
         "Example: timeline show events.yaml",
    epilog=_help_epilog(),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


_Command = TypeVar("_Command", bound=Callable[..., None])


# The commands by name, in the order of the help. Typer's own registry would turn every command into a
# Click object on every run (inspecting each signature); _TimelineGroup builds only the one invoked.
_COMMANDS: dict[str, CommandInfo] = {}


def command(name: str | None = None) -> Callable[[_Command], _Command]:
    """Register a command; its docstring's first line is its one-line summary (never cut off).

    Every command's docstring ends with ``Example: timeline NAME ...`` (a test checks it).
    """
    def register(func: _Command) -> _Command:
        doc = inspect.cleandoc(func.__doc__ or "")
        summary = doc.splitlines()[0].rstrip(".")
        command_name = name or func.__name__.replace("_", "-")
        # "\b" keeps Click from re-wrapping the example: it must stay one line to copy and paste
        _COMMANDS[command_name] = CommandInfo(name=command_name, callback=func, short_help=summary,
                                              help=doc.replace("\nExample: ", "\n\b\nExample: "))
        return func
    return register


# --------------------------------------------------------------------------
# Shared options: defined once, the same name and behaviour on every command.
# A new shared option is one Annotated alias here, then a parameter of each command that takes it.


class SortKey(str, Enum):
    start = "start"
    title = "title"  # type: ignore[assignment]  # the CLI word; str.title is never called on a SortKey
    file = "file"
    input = "input"  # the files' own order, written as it is read (streamed for ndjson/csv/tsv)


class GroupBy(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Coarse(str, Enum):
    first_day = "first-day"
    span = "span"
    skip = "skip"


class ExplainLayout(str, Enum):
    table = "table"
    json = "json"
    ndjson = "ndjson"
    markdown = "markdown"


def _callback(problem: Callable[[str], str | None]) -> Callable[[str], str]:
    """A Typer callback that refuses a value *problem* finds wrong (exit 2, in the one style of errors)."""
    def check(value: str) -> str:
        found = problem(value)
        if found is not None:
            raise typer.BadParameter(found)
        return value
    return check


def _option(opt: Opt) -> Any:
    """The Typer option (or argument) for one option declared as data in cli_base."""
    if not opt.decls:
        return typer.Argument(metavar=opt.metavar, show_default=opt.show_default, help=opt.help)
    return typer.Option(*opt.decls, metavar=opt.metavar, help=opt.help, show_default=opt.show_default,
                        callback=_callback(opt.check) if opt.check is not None else None)


_check_format = _callback(format_problem)


def command_from_params(params: tuple[Param, ...], run: Callable[..., None]) -> Callable[..., None]:
    """A command function for Typer with the parameters *params* (options declared as data in
    cli_base), calling *run*: the lean entry point parses the same table (timeline.__main__)."""
    def invoke(**values: Any) -> None:
        run(**values)

    annotations = {p.name: Annotated[p.annotation, _option(p.opt)] for p in params}
    invoke.__signature__ = inspect.Signature(  # type: ignore[attr-defined]  # what Typer reads
        [inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, default=p.default, annotation=annotations[p.name])
         for p in params])
    invoke.__annotations__ = {**annotations, "return": None}
    invoke.__name__ = invoke.__qualname__ = run.__name__
    invoke.__doc__ = run.__doc__
    return invoke


FilesArg = Annotated[list[str] | None, typer.Argument(
    metavar="[FILE]...", show_default=False,
    help="Events files (YAML, JSON or NDJSON), merged; '-' reads standard input. With no FILE: "
         "standard input when it is not a terminal (a pipe or a file), else events.yaml.")]
FormatOpt = Annotated[str, _option(FORMAT)]
StyleOpt = Annotated[str, _option(STYLE)]
RefOpt = Annotated[str | None, typer.Option(
    "--ref", metavar="DATE",
    help="Read every event against this date instead of its own or its file's reference ('2025-03-06', "
         "'March 6, 2025', 'today'): how would it read then?")]
NowOpt = Annotated[str | None, typer.Option(
    "--now", metavar="DATE",
    help="Where you stand for --from/--to and the 'when' column; default: each event's reference "
         "('today' for the real today).")]
PreferOpt = Annotated[Prefer | None, _option(PREFER)]
LangOpt = Annotated[str, _option(LANG)]
SinceOpt = Annotated[str | None, typer.Option(
    "--from", metavar="EXPR", help="Only events ending after the start of this ('last month', 2025-03-01).")]
UntilOpt = Annotated[str | None, typer.Option(
    "--to", metavar="EXPR", help="Only events starting before the end of this ('today', 'March 2025').")]
TagOpt = Annotated[list[str] | None, typer.Option(
    "--tag", metavar="TAG", help="Only events with this tag (repeatable: any of them).")]
GrepOpt = Annotated[str | None, typer.Option(
    "--grep", metavar="TEXT", help="Only events whose title or notes contain this (any case).")]
MatchOpt = Annotated[str | None, typer.Option(
    "--match", metavar="REGEX", help="Only events whose title or notes match this regular expression (any case).")]
SortOpt = Annotated[SortKey, typer.Option(
    "--sort", help="Order of the events: by start, title, file (name, then line) or input (as written, file "
                   "after file; ndjson, csv and tsv output is then streamed in flat memory).")]
ReverseOpt = Annotated[bool, typer.Option("--reverse", help="Reverse the order.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", metavar="N", min=0, help="At most N events.")]
GroupByOpt = Annotated[GroupBy | None, typer.Option("--group-by", help="Group the events by day, week, month or year.")]
ExplainOpt = Annotated[bool, _option(EXPLAIN)]
CoarseOpt = Annotated[Coarse, typer.Option(
    "--coarse", "--ics-coarse", help="ICS: seasons, quarters, years, decades as an event on their first day, "
                                     "over the whole span, or skipped.")]
CsvRawOpt = Annotated[bool, typer.Option(
    "--csv-raw", help="csv/tsv: write cells as they are, without the apostrophe that stops spreadsheets "
                      "from running a cell starting with = + - @ as a formula.")]
TzOpt = Annotated[str | None, _option(TZ)]
DateOrderOpt = Annotated[DateOrder, _option(DATE_ORDER)]
OutputOpt = Annotated[str | None, _option(OUTPUT)]
FollowOpt = Annotated[bool, _option(FOLLOW)]
NoColorOpt = Annotated[bool, _option(NO_COLOR)]
WideOpt = Annotated[bool, typer.Option(
    "--wide", help="table: never wrap, however wide the terminal is.")]
TimesketchEndsOpt = Annotated[bool, typer.Option(
    "--timesketch-ends", help="timesketch: a second line per event at the end of its span.")]


class InputFormat(str, Enum):
    yaml = "yaml"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    tsv = "tsv"
    ics = "ics"


InputFormatOpt = Annotated[InputFormat | None, typer.Option(
    "--input-format", metavar="FORMAT", help="Read the files as yaml, json, ndjson, csv, tsv or ics, whatever "
                                             "their name or content (default: by extension, then content).")]


class ColourBy(str, Enum):
    tag = "tag"
    source = "source"
    none = "none"


# Pictures (svg, html, png, pdf, chart; docs/pictures.md).
ColourByOpt = Annotated[ColourBy, typer.Option(
    "--colour-by", "--color-by", help="Pictures: colour events by their best-ranked tag, by their source "
    "(outlet or file), or not at all.")]
MaxEventsOpt = Annotated[int | None, typer.Option(
    "--max-events", min=0, metavar="N", help="Pictures: draw at most N events; the others are counted under "
    "their date ('+12 more on 7 Oct 2023').")]
WidthOpt = Annotated[int | None, typer.Option(
    "--width", min=20, metavar="COLUMNS", help="Table and chart: fit this many columns (default: the "
    "terminal's width, else 100; a piped table is not wrapped).")]
MaxSizeOpt = Annotated[int, typer.Option("--max-size", metavar="MIB", help="Largest input file in MiB.", min=1,
                                         max=io.MAX_SIZE_MIB)]

# --------------------------------------------------------------------------
# Output and errors: the one place that prints


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # no stdin at all (pythonw, closed): act as on a terminal
        return True


def _files(files: list[str] | None) -> list[str]:
    """The inputs to read: the FILE arguments; without any, standard input when it
    is not a terminal (a pipe or a redirected file), else ``events.yaml``.

    One rule, no guessing: like ``cat`` or ``jq``, a piped run reads the pipe.
    A job whose standard input is not a terminal (cron, some CI runners) must
    therefore name its files, as scripts should anyway.
    """
    if files:
        return files
    return [DEFAULT_FILE] if _stdin_is_terminal() else ["-"]


def _load(files: list[str] | None, ref: str | None, max_size: int, prefer: Prefer | None = None,
          lang: str = "en", input_format: InputFormat | None = None) -> Any:
    from timeline.loader import load

    paths = _files(files)
    options = _load_options(ref, max_size, prefer, lang, input_format)
    try:
        result = load(paths, options)
    except TimelineError as exc:
        _hint_implicit_stdin(files, exc)
        _fail(exc)
    _report(result.diagnostics)
    return result, paths


def _load_options(ref: str | None, max_size: int, prefer: Prefer | None, lang: str,
                  input_format: InputFormat | None) -> Any:
    from timeline.loader import LoadOptions

    return LoadOptions(reference=_parse_ref(ref), prefer=prefer.value if prefer else None,
                       max_bytes=max_size * 1024 * 1024, language=_check_lang(lang),
                       input_format=input_format.value if input_format else None, today=_today(),
                       freeze=True)  # a run ends after its one output: nothing to give back


def _streamed_show(files: list[str] | None, fmt: str, *, ref: str | None, now: str | None, prefer: Prefer | None,
                   lang: str, max_size: int, output: str | None, follow: bool, since: str | None,
                   until: str | None, tags: list[str] | None, grep: str | None, match: str | None,
                   limit: int | None, input_format: InputFormat | None, csv_raw: bool) -> bool:
    """``show --sort input`` to a format written event after event (ndjson, csv, tsv): the events
    are read, chosen and written a block at a time (timeline.loader.streaming), so memory stays
    flat. An error in the input stops the output after the events before it (each whole; with
    -o, the old file stays) and is reported as the whole-file path reports it. False: the format
    needs the whole timeline (the caller takes the whole-file path)."""
    from timeline.renderers import get_event_renderer

    render_events = get_event_renderer(fmt)
    if render_events is None:
        return False
    from timeline.errors import ExpressionError
    from timeline.loader import stream
    from timeline.selection import Selection, select_stream

    standpoint = _parse_date("--now", now)
    _check_bounds(since, until)
    paths = _files(files)
    _check_output(output, paths, follow)
    options = _load_options(ref, max_size, prefer, lang, input_format)
    # To -o, an error goes through the atomic write (which then leaves the old file); to standard
    # output, it ends the events, so that those before it are written, then it is reported.
    stopped: list[TimelineError] = []
    events = _until_error(stream(paths, options, on_warning=lambda d: _report([d])),
                          stopped if output is None else None)
    try:
        chosen = select_stream(events, Selection(since=since, until=until, tags=tuple(tags or ()), grep=grep,
                                                 match=match, sort="input", limit=limit, now=standpoint))
    except (ExpressionError, UsageError) as exc:
        _usage(exc.message)
    render_options = _options(fmt, now=standpoint, formula_guard=not csv_raw, to_file=output is not None)
    _write(render_events(chosen, render_options), output, paths, follow)
    if stopped:
        _hint_implicit_stdin(files, stopped[0])
        _fail(stopped[0])
    return True


def _until_error(events: Iterator[Any], stopped: list[TimelineError] | None) -> Iterator[Any]:
    """*events* until the input's first error: kept in *stopped* (the events end there), or, when
    it is None, raised from the iteration."""
    try:
        yield from events
    except TimelineError as exc:
        if stopped is None:
            raise
        stopped.append(exc)


def _hint_implicit_stdin(files: list[str] | None, exc: TimelineError) -> None:
    """When no FILE was named and standard input was read because it is not a
    terminal, say so: an empty stdin under cron or CI is otherwise a puzzle."""
    if files:
        return
    errors = exc.errors if isinstance(exc, InputErrors) else [exc]
    if any(isinstance(e, EmptyInputError) and e.location is not None and e.location.file == io.STDIN_NAME
           for e in errors):
        _stderr("timeline: note: no FILE was given and standard input is not a terminal, so it was read; "
                f"name the file to read it instead (timeline show {DEFAULT_FILE})")


# --------------------------------------------------------------------------
# Selection and rendering: the library does the work


def _select(timeline: Any, *, since: str | None = None, until: str | None = None, now: date | datetime | None = None,
            tags: list[str] | None = None, grep: str | None = None, match: str | None = None,
            sort: SortKey = SortKey.start, reverse: bool = False, limit: int | None = None,
            group_by: GroupBy | None = None) -> Any:
    from timeline.errors import ExpressionError
    from timeline.selection import Selection, select

    selection = Selection(since=since, until=until, tags=tuple(tags or ()), grep=grep, match=match,
                          sort=sort.value, reverse=reverse, group_by=group_by.value if group_by else None,
                          limit=limit, now=now)
    try:
        return select(timeline, selection)
    except (ExpressionError, UsageError) as exc:
        _usage(exc.message)


def _selected(files: list[str] | None, *, ref: str | None, now: str | None, prefer: Prefer | None, lang: str,
              max_size: int, output: str | None, follow: bool, since: str | None = None,
              until: str | None = None, tags: list[str] | None = None, grep: str | None = None,
              match: str | None = None, sort: SortKey = SortKey.start, reverse: bool = False,
              limit: int | None = None, group_by: GroupBy | None = None,
              input_format: InputFormat | None = None) -> tuple[Any, list[str], Any]:
    """What show, ics and explain share: check the options, load, select.

    Returns (timeline, input paths, the standpoint of --now or None). Every
    option is checked before any file is read, so a typo costs nothing.
    """
    standpoint = _parse_date("--now", now)
    _check_bounds(since, until)
    _check_output(output, _files(files), follow)
    result, paths = _load(files, ref, max_size, prefer, lang, input_format)
    timeline = _select(result.timeline, since=since, until=until, now=standpoint, tags=tags, grep=grep,
                       match=match, sort=sort, reverse=reverse, limit=limit, group_by=group_by)
    return timeline, paths, standpoint


def _check_bounds(since: str | None, until: str | None) -> None:
    """A misspelt --from/--to is a usage error before any file is read."""
    from timeline.errors import ExpressionError
    from timeline.selection import check_bound

    try:
        for option, value in (("--from", since), ("--to", until)):
            if value is not None:
                check_bound(option, value)
    except ExpressionError as exc:
        _usage(exc.message)


# --------------------------------------------------------------------------
# Commands. A new command: a function decorated with @command(), its docstring's first line its
# summary and its last "Example: timeline NAME ...", its options taken from the aliases above.


def _version(value: bool) -> None:
    if value:
        _out(f"timeline {__version__}\n")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """timeline: relative dates of news text, as exact spans, timelines and calendars."""
    _new_run()  # one standard output per run: a reader gone in one run says nothing about the next


@command()
def show(
    files: FilesArg = None,
    fmt: FormatOpt = "table",
    style: StyleOpt = "simple",
    ref: RefOpt = None,
    now: NowOpt = None,
    prefer: PreferOpt = None,
    lang: LangOpt = "en",
    since: SinceOpt = None,
    until: UntilOpt = None,
    tag: TagOpt = None,
    grep: GrepOpt = None,
    match: MatchOpt = None,
    sort: SortOpt = SortKey.start,
    reverse: ReverseOpt = False,
    limit: LimitOpt = None,
    group_by: GroupByOpt = None,
    explain: ExplainOpt = False,
    coarse: CoarseOpt = Coarse.first_day,
    csv_raw: CsvRawOpt = False,
    timesketch_ends: TimesketchEndsOpt = False,
    colour_by: ColourByOpt = ColourBy.tag,
    max_events: MaxEventsOpt = None,
    wide: WideOpt = False,
    width: WidthOpt = None,
    output: OutputOpt = None,
    follow: FollowOpt = False,
    no_color: NoColorOpt = False,
    input_format: InputFormatOpt = None,
    max_size: MaxSizeOpt = 256,
) -> None:
    """Print the events in date order, in any format.

    Example: timeline show events.yaml -f json --from "last month" --to today
    """
    if not explain:
        _refuse_binary_to_terminal(fmt, output)
    if sort == SortKey.input and not (reverse or group_by or explain) and _streamed_show(
            files, fmt, ref=ref, now=now, prefer=prefer, lang=lang, max_size=max_size, output=output, follow=follow,
            since=since, until=until, tags=tag, grep=grep, match=match, limit=limit, input_format=input_format,
            csv_raw=csv_raw):
        return
    timeline, paths, standpoint = _selected(
        files, ref=ref, now=now, prefer=prefer, lang=lang, max_size=max_size, output=output, follow=follow,
        since=since, until=until, tags=tag, grep=grep, match=match, sort=sort, reverse=reverse, limit=limit,
        group_by=group_by, input_format=input_format)
    options = _options(fmt, style=style, color=_use_color(no_color) and output is None, now=standpoint,
                       group_by=group_by.value if group_by else None, coarse=coarse.value,
                       formula_guard=not csv_raw, timesketch_ends=timesketch_ends, colour_by=colour_by.value,
                       max_events=max_events, width=width,
                       wide=wide, to_file=output is not None)
    if fmt == "ics" and not explain:
        _note_skipped(timeline, coarse)
    _write(_streamed(timeline, fmt, options) if not explain else _render(timeline, fmt, options, explain),
           output, paths, follow)


@command()
def ics(
    files: FilesArg = None,
    output: OutputOpt = None,
    ref: RefOpt = None,
    now: NowOpt = None,
    prefer: PreferOpt = None,
    lang: LangOpt = "en",
    since: SinceOpt = None,
    until: UntilOpt = None,
    tag: TagOpt = None,
    grep: GrepOpt = None,
    match: MatchOpt = None,
    limit: LimitOpt = None,
    explain: ExplainOpt = False,
    coarse: CoarseOpt = Coarse.first_day,
    follow: FollowOpt = False,
    input_format: InputFormatOpt = None,
    max_size: MaxSizeOpt = 256,
) -> None:
    """Write the events as an RFC 5545 calendar to import.

    Day events are all-day events, UIDs are stable (re-importing updates instead of duplicating);
    Google Calendar, Outlook, Apple Calendar, Thunderbird and khal read it.

    Example: timeline ics events.yaml -o ukraine.ics
    """
    timeline, paths, standpoint = _selected(
        files, ref=ref, now=now, prefer=prefer, lang=lang, max_size=max_size, output=output, follow=follow,
        since=since, until=until, tags=tag, grep=grep, match=match, limit=limit, input_format=input_format)
    if explain:
        _write(_render(timeline, "table", _options("table", now=standpoint), explain=True), output, paths, follow)
        return
    _note_skipped(timeline, coarse)
    _write(_streamed(timeline, "ics", _options("ics", now=standpoint, coarse=coarse.value)), output, paths, follow)


def _note_skipped(timeline: Any, coarse: Coarse) -> None:
    if coarse != Coarse.skip:
        return
    from timeline.model import Granularity

    coarse_grains = {Granularity.SEASON, Granularity.QUARTER, Granularity.YEAR, Granularity.DECADE,
                     Granularity.CENTURY}
    skipped = [e for e in timeline.events if e.span.granularity in coarse_grains]
    for e in skipped:
        _stderr(f"{e.origin or 'timeline'}: note: left out of the calendar ({e.span.granularity.value} "
                f"{e.span.value}): {e.title}")


@command()
def explain(
    files: FilesArg = None,
    fmt: Annotated[ExplainLayout, typer.Option("--format", "-f", help="Layout of the explanations.")]
    = ExplainLayout.table,
    ref: RefOpt = None,
    now: NowOpt = None,
    prefer: PreferOpt = None,
    lang: LangOpt = "en",
    since: SinceOpt = None,
    until: UntilOpt = None,
    tag: TagOpt = None,
    grep: GrepOpt = None,
    match: MatchOpt = None,
    sort: SortOpt = SortKey.start,
    reverse: ReverseOpt = False,
    limit: LimitOpt = None,
    output: OutputOpt = None,
    follow: FollowOpt = False,
    input_format: InputFormatOpt = None,
    max_size: MaxSizeOpt = 256,
) -> None:
    """Show how each date was read: its reference, the rule, the span.

    Example: timeline explain events.yaml -f json
    """
    timeline, paths, standpoint = _selected(
        files, ref=ref, now=now, prefer=prefer, lang=lang, max_size=max_size, output=output, follow=follow,
        since=since, until=until, tags=tag, grep=grep, match=match, sort=sort, reverse=reverse, limit=limit,
        input_format=input_format)
    _write(_render(timeline, fmt.value, _options(fmt.value, now=standpoint), explain=True), output, paths, follow)


# Declared as data in cli_base (RESOLVE) and run there: the lean entry point (timeline.__main__) serves
# the plain `timeline resolve` from the same table without importing Typer.
resolve_command = command("resolve")(command_from_params(RESOLVE, resolve))


class CheckFormat(str, Enum):
    text = "text"
    json = "json"


@command()
def check(
    files: FilesArg = None,
    ref: RefOpt = None,
    prefer: PreferOpt = None,
    lang: LangOpt = "en",
    fmt: Annotated[CheckFormat, typer.Option(
        "--format", "-f", help="text (FILE:LINE:COL: error: ... on standard error) or json (on standard output).")]
    = CheckFormat.text,
    pedantic: Annotated[bool, typer.Option(
        "--pedantic", help="Also warn about what is valid but may bite later (events without an id).")] = False,
    input_format: InputFormatOpt = None,
    max_size: MaxSizeOpt = 256,
) -> None:
    """Check events files without printing them (exit 1 on any error).

    Example: timeline check events.yaml && echo ok
    """
    from timeline.loader import LoadOptions, load

    paths = _files(files)
    diagnostics: list[Diagnostic] = []
    errors = False
    try:
        result = load(paths, LoadOptions(reference=_parse_ref(ref), prefer=prefer.value if prefer else None,
                                         max_bytes=max_size * 1024 * 1024, language=_check_lang(lang),
                                         input_format=input_format.value if input_format else None))
        diagnostics.extend(result.diagnostics)
        if pedantic:
            for e in result.timeline.events:
                if e.id is None and e.origin is not None:
                    diagnostics.append(Diagnostic("warning", "no 'id': other events cannot refer to this one",
                                                  Location(e.origin.file, e.origin.line, e.origin.column)))
    except TimelineError as exc:
        diagnostics.extend(_error_diagnostics(exc))
        errors = True
    diagnostics.sort(key=lambda d: (d.location.file or "", d.location.line or 0, d.location.column or 0)
                     if d.location else ("", 0, 0))
    if fmt == CheckFormat.json:
        payload = [{"file": d.location.file if d.location else None,
                    "line": d.location.line if d.location else None,
                    "column": d.location.column if d.location else None,
                    "severity": d.severity, "message": d.message} for d in diagnostics]
        _out(_pretty_json(payload))
    else:
        for d in diagnostics:
            _stderr(_diagnostic_line(d))
    if errors:
        raise typer.Exit(EXIT_DATA)


def _pretty_json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


@command("extract")
def extract_command(
    files: Annotated[list[str] | None, typer.Argument(
        help="News texts (plain text, Markdown or HTML), directories of them, or JSON Lines corpora "
             "(.jsonl: {text, published, url, outlet, language} a line); '-' or nothing reads standard "
             "input.", show_default=False, metavar="[FILE]...")] = None,
    ref: Annotated[str | None, typer.Option(
        "--ref", metavar="DATE", help="Publication date ('2025-03-06', 'March 6, 2025'). Default: the text's "
                                      "dateline or 'Published ...' line.")] = None,
    prefer: Annotated[Prefer, typer.Option("--prefer", help="Direction when the sentence's tense leaves it open.")]
    = Prefer.past,
    tz: TzOpt = None,
    lang: LangOpt = "auto",
    fmt: Annotated[str, typer.Option(
        "--format", "-f", metavar="FORMAT", callback=lambda v: v if v == "yaml" else _check_format(v),
        help="yaml (an events.yaml draft to edit) or any output format.")] = "yaml",
    style: StyleOpt = "simple",
    explain: ExplainOpt = False,
    output: OutputOpt = None,
    follow: FollowOpt = False,
    no_color: NoColorOpt = False,
    max_size: MaxSizeOpt = 16,
    merge: Annotated[bool, typer.Option("--merge", help="Corpus: one merged timeline of every article "
                                                        "(see timeline merge) instead of a draft each.")]
    = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Corpus: extract in this many processes "
                                                                  "(the output is the same).")] = 1,
    out_dir: Annotated[str | None, typer.Option("--out-dir", metavar="DIR", help="Corpus: write one draft events file per "
                                                                  "article into this directory.")] = None,
) -> None:
    """Find the dates in news texts and draft their events files.

    One article, or a whole corpus (several files, directories, JSON Lines).

    Example: timeline extract article.txt --ref 2025-03-06 -f yaml -o events.yaml
    """
    from timeline.extraction import article_document, article_timeline, read_article

    _check_tz(tz)
    if lang != "auto":
        _check_lang(lang)
    paths = files or ["-"]
    if (len(paths) > 1 or merge or out_dir is not None or jobs > 1
            or any(p.lower().endswith((".jsonl", ".ndjson")) or os.path.isdir(p) for p in paths)):
        _extract_corpus(paths, ref=ref, prefer=prefer.value, tz=tz, fmt=fmt, style=style, output=output,
                        follow=follow, no_color=no_color, max_size=max_size, merge=merge, jobs=jobs,
                        out_dir=out_dir, explain=explain, lang=lang)
        return
    path = paths[0]
    _check_output(output, [path], follow)
    if not explain:
        _refuse_binary_to_terminal(fmt, output)
    try:
        name, text = io.read_text(path, max_size * 1024 * 1024)
        article = read_article(text, reference=_parse_ref(ref), prefer=prefer.value, timezone=tz, name=name,
                               language=lang)
    except TimelineError as exc:
        if not exc.location and path != "-":
            exc.location = Location(path)
        _fail(exc)
    _report(list(article.warnings))
    if fmt == "yaml" and not explain:
        import yaml

        header = (f"# Drafted by timeline extract from {name}: check every title and date, then run\n"
                  f"#   timeline show THIS-FILE\n")
        if article.detection:
            header += f"# Language: {article.language} (detected: {article.detection})\n"
        elif article.language != "en":
            header += f"# Language: {article.language}\n"
        _write(header + yaml.safe_dump(article_document(article), sort_keys=False, allow_unicode=True, width=100),
               output, [path], follow)
        return
    shown = "table" if explain and fmt == "yaml" else fmt
    options = _options(shown, style=style, color=_use_color(no_color) and output is None, to_file=output is not None)
    _write(_render(article_timeline(article), shown, options, explain), output, [path], follow)


def _extract_corpus(paths: list[str], *, ref: str | None, prefer: str, tz: str | None, fmt: str, style: str,
                    output: str | None, follow: bool, no_color: bool, max_size: int, merge: bool, jobs: int,
                    out_dir: str | None, explain: bool = False, lang: str = "auto") -> None:
    """`timeline extract` over many articles: drafts to a directory, a YAML stream, or one merged timeline."""
    import yaml

    from timeline.corpus import CorpusSettings, extract_corpus, iter_records, unique_stems
    from timeline.merging import merge as merge_timeline
    from timeline.model import Timeline

    if out_dir is not None and (merge or output is not None):
        _usage("--out-dir writes one file per article: it does not go with --merge or -o")
    if out_dir is not None and fmt != "yaml":
        _usage("--out-dir writes events files: -f yaml only")
    if out_dir is not None and not os.path.isdir(out_dir):
        _usage(f"--out-dir {out_dir!r} is not a directory")
    _check_output(output, paths, follow)
    if not merge and not explain:
        _refuse_binary_to_terminal(fmt, output)
    settings = CorpusSettings(reference=_parse_ref(ref), prefer=prefer, timezone=tz, language=lang)
    results = unique_stems(extract_corpus(iter_records(paths, max_size * 1024 * 1024), settings, jobs))
    if _stderr_is_terminal():
        results = _progress(results)
    failed = False
    events: list[Any] = []
    stream: list[str] = []
    names: list[str] = []
    for result in results:
        names.append(result.name)
        _report(list(result.warnings))
        if result.error is not None:
            failed = True
            _report([Diagnostic("error", result.error.message, result.error.location)])
            continue
        if merge:
            events.extend(result.events)
            continue
        draft = (f"# Drafted by timeline extract from {result.name}: check every title and date\n"
                 + yaml.safe_dump(result.document, sort_keys=False, allow_unicode=True, width=100))
        if out_dir is not None:
            _write(draft, os.path.join(out_dir, f"{result.stem}.yaml"), paths)
        elif explain:
            events.extend(result.events)
        elif fmt == "yaml" and output is None:
            _out("---\n" + draft)  # a YAML stream, one document per article, as they come
        elif fmt == "yaml":
            stream.append("---\n" + draft)
        else:
            events.extend(result.events)
    if merge or (out_dir is None and (fmt != "yaml" or explain)):
        events.sort(key=lambda e: e.span.sort_key())
        timeline = Timeline(tuple(events), "extract", tuple(names), ())
        if merge:
            timeline = merge_timeline(timeline)
        shown = "table" if explain and fmt == "yaml" else fmt
        options = _options(shown, style=style, color=_use_color(no_color) and output is None,
                           to_file=output is not None)
        _write(_render(timeline, shown, options, explain), output, paths, follow)
    elif stream:
        _write("".join(stream), output, paths, follow)
    if failed:
        raise typer.Exit(EXIT_DATA)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _progress(results: Any) -> Any:
    """Count the articles on stderr as they are done (only on a terminal, never in a pipe)."""
    with typer.progressbar(results, label="articles", show_pos=True, show_eta=False, file=sys.stderr) as bar:
        yield from bar


@command("merge")
def merge_command(
    files: FilesArg = None,
    fmt: FormatOpt = "table",
    style: StyleOpt = "simple",
    ref: Annotated[str | None, typer.Option(
        "--ref", metavar="DATE", help="Reference date for files that give no publication date (source: "
                                      "published or reference); files that do keep theirs.")] = None,
    only_conflicts: Annotated[bool, typer.Option("--conflicts", help="Only the events whose sources "
                                                                    "disagree.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any event's sources disagree "
                                                          "(each conflict is reported on stderr).")] = False,
    same: Annotated[list[str] | None, typer.Option(
        "--same", metavar="FILE", help="A file of event id pairs to join, one pair a line ('a b' or 'FILE:a FILE:b').")] = None,
    never: Annotated[list[str] | None, typer.Option(
        "--never", metavar="FILE", help="A file of event id pairs to keep apart, one pair a line.")] = None,
    threshold: Annotated[float, typer.Option(
        "--threshold", min=0.0, max=1.0, metavar="0-1", help="Title similarity (0-1) that makes two events with "
                                              "overlapping spans one.")] = 0.45,
    window: Annotated[int, typer.Option(
        "--window", min=0, metavar="DAYS", help="Days apart that two similar events may be and still be one (then a "
                                "conflict).")] = 7,
    coarse: CoarseOpt = Coarse.first_day,
    output: OutputOpt = None,
    follow: FollowOpt = False,
    no_color: NoColorOpt = False,
    max_size: MaxSizeOpt = 256,
) -> None:
    """Merge many sources into one timeline, showing where they disagree.

    Each event appears once, with its sources, and where their dates conflict.

    Example: timeline merge examples/many-sources/*.yaml --conflicts
    """
    from datetime import timedelta

    from timeline.loader import LoadOptions, load
    from timeline.merging import MergeOptions, conflicts, merge, read_pairs

    paths = _files(files)
    _check_output(output, paths, follow)
    _refuse_binary_to_terminal(fmt, output)
    pair_files = {"same": same or [], "never": never or []}
    pairs: dict[str, tuple[Any, ...]] = {}
    try:
        for kind, names in pair_files.items():
            found: list[Any] = []
            for name in names:
                shown, text = io.read_text(name, max_size * 1024 * 1024)
                found.extend(read_pairs(text, shown))
            pairs[kind] = tuple(found)
        result = load(paths, LoadOptions(fallback_reference=_parse_ref(ref),
                                         max_bytes=max_size * 1024 * 1024))
        _report(result.diagnostics)
        merged = merge(result.timeline, MergeOptions(
            threshold=threshold, disjoint_threshold=max(threshold, 0.6), window=timedelta(days=window),
            same=pairs["same"], never=pairs["never"]))
    except TimelineError as exc:
        _fail(exc)
    disagreeing = conflicts(merged)
    shown_timeline = disagreeing if only_conflicts else merged
    rendered = _render(shown_timeline, fmt, _options(fmt, style=style, color=_use_color(no_color) and output is None,
                                                     coarse=coarse))
    _write(rendered, output, paths, follow)
    if strict and disagreeing.events:
        for event in disagreeing.events:
            assert event.merge is not None
            first_other = event.merge.sources[event.merge.sides[1][0]]
            where = first_other.origin or "timeline"
            _stderr(f"{where}: error: conflicting dates for {event.title!r}: {event.span.explanation}")
        raise typer.Exit(EXIT_DATA)


@command()
def schema() -> None:
    """Print the JSON Schema of events files, for editors.

    Editors' YAML language servers check and complete events files with it.

    Example: timeline schema > timeline.schema.json
    """
    from timeline.schema import events_schema

    _out(_pretty_json(events_schema()))


@command()
def formats() -> None:
    """List the output formats.

    Example: timeline formats
    """
    _out("".join(f"{name:10} {description}\n" for name, (_, description) in RENDERERS.items()))


HELP_TOPICS = {
    "expressions": "what a date can be written as, family by family, with examples",
    "formats": "the output formats and the explain layouts",
    "reference": "which date relative words are read against, and where filters stand",
}


@command("help")
def help_command(
    ctx: typer.Context,
    topic: Annotated[str | None, typer.Argument(
        metavar="[TOPIC]", show_default=False,
        help=f"A topic ({', '.join(HELP_TOPICS)}) or a command.")] = None,
) -> None:
    """Explain a topic or a command.

    Example: timeline help formats
    """
    root = ctx.find_root()
    group = root.command
    if topic is None:
        topics = "".join(f"  {name:10} {what}\n" for name, what in HELP_TOPICS.items())
        _out(f"{group.get_help(root)}\n\nTopics (timeline help TOPIC):\n{topics}")
        return
    if topic == "formats":
        _out(_formats_guide())
        return
    if topic == "expressions":
        _out(_expressions_guide())
        return
    if topic == "reference":
        from timeline.reference import GUIDE

        _out(GUIDE)
        return
    sub = group.get_command(root, topic) if isinstance(group, TyperGroup) else None
    if sub is None:
        known = [*HELP_TOPICS, *(group.list_commands(root) if isinstance(group, TyperGroup) else [])]
        _usage(f"no help topic or command {topic!r}; try one of {', '.join(known)}")
    with sub.make_context(topic, ["--help"], parent=root, resilient_parsing=True) as sub_ctx:
        _out(sub.get_help(sub_ctx) + "\n")


def _expressions_guide(per_family: int = 4) -> str:
    """The grammar's families in their registry order, each with its first examples (tested tables)."""
    import textwrap
    from datetime import date as date_type

    from timeline.grammar.registry import FAMILIES
    from timeline.model import Granularity, Span
    from timeline.renderers._records import display_date

    def bound(text: str) -> date | datetime:
        return datetime.fromisoformat(text) if "T" in text else date_type.fromisoformat(text)

    lines = ["What a date can be written as, family by family. Each example is read on Thu 2025-03-06",
             "with --prefer past, and the tests check every one (timeline/grammar/families/).", ""]
    for family in FAMILIES:
        summary = " ".join((family.__doc__ or family.__name__).split())
        lines += textwrap.wrap(summary, 96, subsequent_indent="  ")
        examples = list(getattr(family, "EXAMPLES", []))[:per_family]
        width = max((len(e[0]) for e in examples), default=0)
        for text, start, end, granularity, _ in examples:
            span = Span(bound(start), bound(end), Granularity(granularity), "")
            lines.append(f"  {text:{width}}  {display_date(span)}  ({granularity.replace('_', ' ')})")
        lines.append("")
    lines.append("Qualifiers ('by 2030', 'since Monday') and hedges ('around', 'about') combine with all of "
                 "them; docs/conventions.md has every rule.")
    return "\n".join(lines) + "\n"


def _formats_guide() -> str:
    from timeline.renderers.explain import LAYOUTS

    width = max(len(name) for name in RENDERERS)
    lines = ["Output formats (timeline show -f FORMAT; also resolve and extract):", ""]
    lines += [f"  {name:{width}}  {description}" for name, (_, description) in RENDERERS.items()]
    lines += ["", "The explain view (timeline explain -f LAYOUT, or --explain with -f LAYOUT):",
              f"  {', '.join(LAYOUTS)}.", "",
              "Data formats (json, ndjson, csv, tsv, yaml) carry the same fields under the same names;",
              "end dates are exclusive. Details: docs/formats.md."]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# Entry point


def main(argv: list[str] | None = None) -> None:
    """Run the command line with the Typer application and exit (``timeline.__main__.main`` serves a
    plain ``resolve`` without it and hands it everything else); see :func:`timeline.cli_base.run`."""
    run(lambda: app(args=argv, prog_name="timeline"))
