"""The command line: a thin Typer layer over the library.

This is the only module that imports typer, reads the clock or the
environment, and writes to stdout/stderr (through the I/O boundary,
:mod:`timeline.io`). Every error is turned into a message and an exit code
here, by its class (:data:`EXIT_CODES`): 0 success, 1 data errors (all
reported) and failed reads or writes, 2 usage errors, 128 + N when signal N
stopped the run. Data goes to stdout, diagnostics to stderr.

Start-up stays lean: renderers, the loader and the resolver are imported
inside the commands that use them, so ``timeline --help`` or ``timeline
formats`` never pays for YAML, icalendar or the grammar.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from enum import Enum
from typing import Annotated, Any, NoReturn

import typer

from timeline import io
from timeline._version import __version__
from timeline.errors import (
    Diagnostic,
    EmptyInputError,
    InputErrors,
    Interrupted,
    Location,
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

app = typer.Typer(
    name="timeline",
    help="Normalize the relative dates of news text into exact spans; print timelines and calendars.\n\n"
         "Example: timeline show events.yaml",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# --------------------------------------------------------------------------
# Shared option types


class Prefer(str, Enum):
    past = "past"
    future = "future"
    nearest = "nearest"


class SortKey(str, Enum):
    start = "start"
    title = "title"  # type: ignore[assignment]  # the CLI word; str.title is never called on a SortKey
    file = "file"


class GroupBy(str, Enum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Coarse(str, Enum):
    first_day = "first-day"
    span = "span"
    skip = "skip"


def _format_names() -> list[str]:
    from timeline.renderers import available_formats

    return available_formats()


def _check_format(value: str) -> str:
    names = _format_names()
    if value not in names:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(names)}")
    return value


def _check_style(value: str) -> str:
    from tabulate import tabulate_formats

    if value not in tabulate_formats:
        raise typer.BadParameter(f"{value!r} is not a tabulate format; try one of: "
                                 f"{', '.join(sorted(tabulate_formats))}")
    return value


FilesArg = Annotated[list[str] | None, typer.Argument(
    help="Events files (YAML, JSON or NDJSON), merged; '-' reads standard input. With no FILE: "
         "standard input when it is not a terminal (a pipe or a file), else events.yaml.",
    show_default=False)]
FormatOpt = Annotated[str, typer.Option("--format", "-f", callback=_check_format,
                                        help=f"Output format: {', '.join(RENDERERS)}.")]
StyleOpt = Annotated[str, typer.Option("--style", callback=_check_style,
                                       help="Table look: any tabulate format (simple, github, grid, ...).")]
RefOpt = Annotated[str | None, typer.Option(
    "--ref", metavar="DATE", help="Read every event against this date instead of its own or its file's "
                                  "reference ('2025-03-06', 'March 6, 2025', 'today'): how would it read then?")]
NowOpt = Annotated[str | None, typer.Option(
    "--now", metavar="DATE", help="Where you stand when filtering (--from/--to) and in the 'when' column; "
                                  "default: each event's reference ('today' for the real today).")]
OutputOpt = Annotated[str | None, typer.Option(
    "--output", "-o", help="Write to this file (atomically) instead of standard output.", show_default=False)]
FollowOpt = Annotated[bool, typer.Option(
    "--follow", help="-o may write through a symlink, or into a device or FIFO (refused by default).")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour or emphasis (also: NO_COLOR=1).")]
WideOpt = Annotated[bool, typer.Option(
    "--wide", help="table: never wrap, however wide the terminal is.")]
class InputFormat(str, Enum):
    yaml = "yaml"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    tsv = "tsv"
    ics = "ics"


InputFormatOpt = Annotated[InputFormat | None, typer.Option(
    "--input-format", help="Read the files as yaml, json, ndjson, csv, tsv or ics, whatever their extension "
                           "or content says (default: by extension, then by content).")]
TimesketchEndsOpt = Annotated[bool, typer.Option(
    "--timesketch-ends", help="timesketch: a second line per event at the end of its span.")]


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
MaxSizeOpt = Annotated[int, typer.Option("--max-size", help="Largest input file in MiB.", min=1,
                                         max=io.MAX_SIZE_MIB)]


# --------------------------------------------------------------------------
# Output and errors: the one place that prints


def _stderr(line: str) -> None:
    io.write_stderr(line)


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
    _report(_error_diagnostics(exc))
    raise typer.Exit(exit_code(exc))


def _usage(message: str) -> NoReturn:
    _stderr(f"timeline: error: {message}")
    raise typer.Exit(EXIT_USAGE)


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


def _write(text: str | bytes, output: str | None, inputs: list[str], follow: bool = False) -> None:
    if output is None:
        _out(text)
        return
    try:
        io.write_output(output, text, inputs, follow)
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


def _load(files: list[str] | None, ref: str | None, max_size: int, prefer: str | None = None,
          input_format: InputFormat | None = None) -> Any:
    from timeline.loader import LoadOptions, load

    paths = _files(files)
    options = LoadOptions(reference=_parse_ref(ref), prefer=prefer, max_bytes=max_size * 1024 * 1024,
                          input_format=input_format.value if input_format else None)
    try:
        result = load(paths, options)
    except TimelineError as exc:
        _hint_implicit_stdin(files, exc)
        _fail(exc)
    _report(result.diagnostics)
    return result, paths


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


def _generated_at() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except (ValueError, OverflowError, OSError):
            _usage(f"SOURCE_DATE_EPOCH must be seconds since 1970, not {epoch!r}")
    return datetime.now(UTC).replace(microsecond=0)


# --------------------------------------------------------------------------
# Selection


def _select(timeline: Any, *, since: str | None = None, until: str | None = None, now: str | None = None,
            tags: list[str] | None = None, grep: str | None = None, match: str | None = None,
            sort: SortKey = SortKey.start, reverse: bool = False, limit: int | None = None,
            group_by: GroupBy | None = None) -> Any:
    from timeline.errors import ExpressionError, UsageError
    from timeline.selection import Selection, select

    selection = Selection(since=since, until=until, tags=tuple(tags or ()), grep=grep, match=match,
                          sort=sort.value, reverse=reverse, group_by=group_by.value if group_by else None,
                          limit=limit, now=_parse_date("--now", now))
    try:
        return select(timeline, selection)
    except (ExpressionError, UsageError) as exc:
        _usage(exc.message)


def _render(timeline: Any, fmt: str, *, style: str = "simple", color: bool = False, now: Any = None,
            group_by: str | None = None, coarse: str = "first-day", formula_guard: bool = True,
            timesketch_ends: bool = False, colour_by: str = "tag", max_events: int | None = None,
            width: int | None = None, wide: bool = False, to_file: bool = False) -> str | bytes:
    import shutil

    from timeline.renderers import BINARY_FORMATS, RenderOptions, get_binary_renderer, get_renderer

    # COLUMNS, else the terminal's size (shutil reads both); tables wrap only on a terminal or with --width
    terminal_width = shutil.get_terminal_size((100, 24)).columns
    table_width = None
    if not wide:
        if width is not None:
            table_width = width
        elif not to_file and _stdout_is_terminal():
            table_width = terminal_width
    options = RenderOptions(
        style=style, color=color, now=now, group_by=group_by,
        width=width or terminal_width, table_width=table_width,
        unicode=_stdout_unicode(), generated_at=_generated_at() if fmt in ("ics", "pdf") else None,
        ics_coarse=coarse, csv_formula_guard=formula_guard, timesketch_ends=timesketch_ends,
        colour_by=colour_by, max_events=max_events,
    )
    try:
        if fmt in BINARY_FORMATS:
            return get_binary_renderer(fmt)(timeline, options)
        return get_renderer(fmt)(timeline, options)
    except TimelineError as exc:
        _fail(exc)


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
# Commands


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
    global _stdout
    _stdout = io.StandardOutput()  # one per run: a reader gone in one run says nothing about the next


@app.command()
def show(
    files: FilesArg = None,
    fmt: FormatOpt = "table",
    style: StyleOpt = "simple",
    ref: RefOpt = None,
    now: NowOpt = None,
    prefer: Annotated[Prefer | None, typer.Option(help="Direction for words that leave it open.")] = None,
    since: Annotated[str | None, typer.Option("--from", help="Only events ending after this (any "
                                                                "expression: 'last month', 2025-03-01).")] = None,
    until: Annotated[str | None, typer.Option("--to", help="Only events starting before the end of "
                                                              "this expression.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Only events with this tag (repeatable).")]
    = None,
    grep: Annotated[str | None, typer.Option(help="Only events whose title or notes contain this.")] = None,
    sort: Annotated[SortKey, typer.Option(help="Order of the events.")] = SortKey.start,
    reverse: Annotated[bool, typer.Option("--reverse", help="Reverse the order.")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many events.", min=0)] = None,
    group_by: Annotated[GroupBy | None, typer.Option("--group-by", help="Group by day, week, month "
                                                                          "or year.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Show how each date was read.")] = False,
    coarse: Annotated[Coarse, typer.Option("--ics-coarse", help="ICS: quarters, years, decades as a "
                                                                "first-day event, the whole span, or "
                                                                "skipped.")] = Coarse.first_day,
    csv_raw: Annotated[bool, typer.Option("--csv-raw", help="csv/tsv: write cells as they are, without "
                                                            "the apostrophe that stops spreadsheets from "
                                                            "running a cell starting with = + - @ as a "
                                                            "formula.")] = False,
    timesketch_ends: TimesketchEndsOpt = False,
    input_format: InputFormatOpt = None,
    colour_by: ColourByOpt = ColourBy.tag,
    max_events: MaxEventsOpt = None,
    wide: WideOpt = False,
    width: WidthOpt = None,
    output: OutputOpt = None,
    follow: FollowOpt = False,
    no_color: NoColorOpt = False,
    max_size: MaxSizeOpt = 256,
) -> None:
    """Print the events in date order.

    Example: timeline show events.yaml -f json --from "last month" --to today
    """
    _check_output(output, _files(files), follow)
    if not explain:
        _refuse_binary_to_terminal(fmt, output)
    result, paths = _load(files, ref, max_size, prefer.value if prefer else None, input_format)
    timeline = _select(result.timeline, since=since, until=until, now=now, tags=tag, grep=grep, sort=sort,
                       reverse=reverse, limit=limit, group_by=group_by)
    if explain:
        _write(_explain_text(timeline), output, paths, follow)
        return
    text = _render(timeline, fmt, style=style, color=_use_color(no_color) and output is None,
                   now=_parse_date("--now", now),
                   group_by=group_by.value if group_by else None, coarse=coarse.value,
                   formula_guard=not csv_raw, timesketch_ends=timesketch_ends, colour_by=colour_by.value,
                   max_events=max_events, width=width, wide=wide, to_file=output is not None)
    if fmt == "ics":
        _note_skipped(timeline, coarse.value)
    _write(text, output, paths, follow)


@app.command()
def ics(
    files: FilesArg = None,
    output: OutputOpt = None,
    ref: RefOpt = None,
    now: NowOpt = None,
    since: Annotated[str | None, typer.Option("--from", help="Only events ending after this.")] = None,
    until: Annotated[str | None, typer.Option("--to", help="Only events starting before this ends.")]
    = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Only events with this tag.")] = None,
    coarse: Annotated[Coarse, typer.Option("--coarse", help="Quarters, years, decades: a first-day event, "
                                                            "the whole span, or skipped.")] = Coarse.first_day,
    follow: FollowOpt = False,
    input_format: InputFormatOpt = None,
    max_size: MaxSizeOpt = 256,
) -> None:
    """Write an RFC 5545 calendar for Google, Outlook, Apple Calendar, Thunderbird and khal.

    Example: timeline ics events.yaml -o ukraine.ics
    """
    _check_output(output, _files(files), follow)
    result, paths = _load(files, ref, max_size, input_format=input_format)
    timeline = _select(result.timeline, since=since, until=until, now=now, tags=tag)
    text = _render(timeline, "ics", coarse=coarse.value)
    _note_skipped(timeline, coarse.value)
    _write(text, output, paths, follow)


def _note_skipped(timeline: Any, coarse: str) -> None:
    if coarse != "skip":
        return
    from timeline.model import Granularity

    coarse_grains = {Granularity.SEASON, Granularity.QUARTER, Granularity.YEAR, Granularity.DECADE,
                     Granularity.CENTURY}
    skipped = [e for e in timeline.events if e.span.granularity in coarse_grains]
    for e in skipped:
        _stderr(f"{e.origin or 'timeline'}: note: left out of the calendar ({e.span.granularity.value} "
                f"{e.span.value}): {e.title}")


@app.command("extract")
def extract_command(
    files: Annotated[list[str] | None, typer.Argument(
        help="News texts (plain text, Markdown or HTML), directories of them, or JSON Lines corpora "
             "(.jsonl: {text, published, url, outlet, language} a line); '-' or nothing reads standard "
             "input.", show_default=False, metavar="[FILE]...")] = None,
    ref: Annotated[str | None, typer.Option("--ref", help="Publication date (ISO). Default: the text's "
                                                             "dateline or 'Published ...' line.")] = None,
    prefer: Annotated[Prefer, typer.Option(help="Direction when the sentence's tense leaves it open.")]
    = Prefer.past,
    tz: Annotated[str | None, typer.Option("--tz", help="IANA time zone of the publication.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", callback=lambda v: v if v == "yaml" else _check_format(v),
                                     help="yaml (an events.yaml draft to edit) or any output format.")]
    = "yaml",
    style: StyleOpt = "simple",
    output: OutputOpt = None,
    follow: FollowOpt = False,
    no_color: NoColorOpt = False,
    max_size: MaxSizeOpt = 16,
    merge: Annotated[bool, typer.Option("--merge", help="Corpus: one merged timeline of every article "
                                                        "(see timeline merge) instead of a draft each.")]
    = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Corpus: extract in this many processes "
                                                                  "(the output is the same).")] = 1,
    out_dir: Annotated[str | None, typer.Option("--out-dir", help="Corpus: write one draft events file per "
                                                                  "article into this directory.")] = None,
) -> None:
    """Find the dates in news texts and draft their timeline: one article, or a whole corpus.

    Example: timeline extract article.txt --ref 2025-03-06 -f yaml -o events.yaml
    """
    from timeline.extraction import article_document, article_timeline, read_article
    from timeline.loader import check_timezone

    if tz and (problem := check_timezone(tz)):
        _usage(f"--tz: {problem}")
    paths = files or ["-"]
    if (len(paths) > 1 or merge or out_dir is not None or jobs > 1
            or any(p.lower().endswith((".jsonl", ".ndjson")) or os.path.isdir(p) for p in paths)):
        _extract_corpus(paths, ref=ref, prefer=prefer.value, tz=tz, fmt=fmt, style=style, output=output,
                        follow=follow, no_color=no_color, max_size=max_size, merge=merge, jobs=jobs,
                        out_dir=out_dir)
        return
    path = paths[0]
    _check_output(output, [path], follow)
    _refuse_binary_to_terminal(fmt, output)
    try:
        name, text = io.read_text(path, max_size * 1024 * 1024)
        article = read_article(text, reference=_parse_ref(ref), prefer=prefer.value, timezone=tz, name=name)
    except TimelineError as exc:
        if not exc.location and path != "-":
            exc.location = Location(path)
        _fail(exc)
    _report(list(article.warnings))
    if fmt == "yaml":
        import yaml

        header = (f"# Drafted by timeline extract from {name}: check every title and date, then run\n"
                  f"#   timeline show THIS-FILE\n")
        _write(header + yaml.safe_dump(article_document(article), sort_keys=False, allow_unicode=True, width=100),
               output, [path], follow)
        return
    text_out = _render(article_timeline(article), fmt, style=style, color=_use_color(no_color) and output is None)
    _write(text_out, output, [path], follow)


def _extract_corpus(paths: list[str], *, ref: str | None, prefer: str, tz: str | None, fmt: str, style: str,
                    output: str | None, follow: bool, no_color: bool, max_size: int, merge: bool, jobs: int,
                    out_dir: str | None) -> None:
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
    if not merge:
        _refuse_binary_to_terminal(fmt, output)
    settings = CorpusSettings(reference=_parse_ref(ref), prefer=prefer, timezone=tz)
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
        elif fmt == "yaml" and output is None:
            _out("---\n" + draft)  # a YAML stream, one document per article, as they come
        elif fmt == "yaml":
            stream.append("---\n" + draft)
        else:
            events.extend(result.events)
    if merge or (out_dir is None and fmt != "yaml"):
        events.sort(key=lambda e: e.span.sort_key())
        timeline = Timeline(tuple(events), "extract", tuple(names), ())
        if merge:
            timeline = merge_timeline(timeline)
        _write(_render(timeline, fmt, style=style, color=_use_color(no_color) and output is None),
               output, paths, follow)
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


@app.command("merge")
def merge_command(
    files: FilesArg = None,
    fmt: FormatOpt = "table",
    style: StyleOpt = "simple",
    ref: Annotated[str | None, typer.Option(
        "--ref", help="Reference date (ISO) for files that give no publication date (source: published "
                      "or reference); files that do keep theirs.")] = None,
    only_conflicts: Annotated[bool, typer.Option("--conflicts", help="Only the events whose sources "
                                                                    "disagree.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any event's sources disagree "
                                                          "(each conflict is reported on stderr).")] = False,
    same: Annotated[list[str] | None, typer.Option(
        "--same", help="A file of event id pairs to join, one pair a line ('a b' or 'FILE:a FILE:b').")] = None,
    never: Annotated[list[str] | None, typer.Option(
        "--never", help="A file of event id pairs to keep apart, one pair a line.")] = None,
    threshold: Annotated[float, typer.Option(
        "--threshold", min=0.0, max=1.0, help="Title similarity (0-1) that makes two events with "
                                              "overlapping spans one.")] = 0.45,
    window: Annotated[int, typer.Option(
        "--window", min=0, help="Days apart that two similar events may be and still be one (then a "
                                "conflict).")] = 7,
    coarse: Annotated[Coarse, typer.Option("--ics-coarse", help="ICS: quarters, years, decades as a "
                                                                "first-day event, the whole span, or "
                                                                "skipped.")] = Coarse.first_day,
    output: OutputOpt = None,
    follow: FollowOpt = False,
    no_color: NoColorOpt = False,
    max_size: MaxSizeOpt = 256,
) -> None:
    """One timeline from many sources: each event once, its sources, and where they disagree.

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
    rendered = _render(shown_timeline, fmt, style=style, color=_use_color(no_color) and output is None,
                       coarse=coarse.value)
    _write(rendered, output, paths, follow)
    if strict and disagreeing.events:
        for event in disagreeing.events:
            assert event.merge is not None
            first_other = event.merge.sources[event.merge.sides[1][0]]
            where = first_other.origin or "timeline"
            _stderr(f"{where}: error: conflicting dates for {event.title!r}: {event.span.explanation}")
        raise typer.Exit(EXIT_DATA)


@app.command()
def explain(
    files: FilesArg = None,
    ref: RefOpt = None,
    input_format: InputFormatOpt = None,
    max_size: MaxSizeOpt = 256,
) -> None:
    """Show every event with the rule that resolved it.

    Example: timeline explain events.yaml
    """
    result, paths = _load(files, ref, max_size, input_format=input_format)
    _write(_explain_text(result.timeline), None, paths)


def _explain_text(timeline: Any) -> str:
    from timeline.grammar import describe
    from timeline.renderers._records import display_date

    lines: list[str] = []
    for e in timeline.events:
        span = e.span
        lines.append(f"{e.origin}: {e.title}")
        lines.append(f"  as written : {e.when}")
        ref = e.reference
        lines.append(f"  reference  : {ref.isoformat()} ({ref.strftime('%A')})")
        parsed = describe(e.when)
        if parsed:
            lines.append(f"  parsed as  : {parsed}")
        lines.append(f"  rule       : {span.explanation}")
        lines.append(f"  span       : {display_date(span)} ({span.granularity.value}; end exclusive "
                     f"{span.end.isoformat()})")
        if span.qualifier or span.approximate:
            extra = []
            if span.qualifier:
                extra.append(f"qualifier {span.qualifier!r}")
            if span.approximate:
                extra.append("approximate")
            lines.append(f"  note       : {', '.join(extra)}")
        lines.append("")
    return "\n".join(lines)


class ResolveFormat(str, Enum):
    table = "table"
    json = "json"
    ndjson = "ndjson"


@app.command("resolve")
def resolve_command(
    expressions: Annotated[list[str] | None, typer.Argument(
        help="Expressions to resolve; none: one per line from standard input.", show_default=False)] = None,
    ref: Annotated[str | None, typer.Option("--ref", help="Reference date or datetime (ISO); default "
                                                             "today.")] = None,
    prefer: Annotated[Prefer, typer.Option(help="Direction for words that leave it open.")] = Prefer.past,
    tz: Annotated[str | None, typer.Option("--tz", help="IANA time zone of the reference and of "
                                                           "times.")] = None,
    date_order: Annotated[str, typer.Option(
        "--date-order", help="Numeric dates: DMY, MDY or YMD; auto is DMY unless only MDY gives a date.")] = "auto",
    fmt: Annotated[ResolveFormat, typer.Option("--format", "-f", help="table, json or ndjson.")]
    = ResolveFormat.table,
) -> None:
    """Resolve date expressions against a reference.

    Example: timeline resolve "last week" "Wednesday's" --ref 2025-03-06 -f ndjson
    """
    import json

    from timeline.renderers._records import iso
    from timeline.resolver import Resolver

    if date_order.upper() not in ("DMY", "MDY", "YMD", "AUTO"):
        _usage(f"--date-order must be DMY, MDY, YMD or auto, not {date_order!r}")
    if tz:
        from timeline.reference import check_timezone

        problem = check_timezone(tz)
        if problem:
            _usage(f"--tz: {problem}")
    reference = _parse_ref(ref) or _today()
    try:
        resolver = Resolver(reference, prefer.value, tz, date_order.upper())
    except TimelineError as exc:  # a reference the zone cannot hold (9999-12-31T23:59-12:00 in UTC)
        _usage(f"--ref: {exc.message}")
    texts: Iterator[str]
    if expressions:
        texts = iter(expressions)
    else:
        texts = (line.rstrip("\r\n") for line in sys.stdin)
    failed = False
    rows: list[dict[str, Any]] = []
    for number, text in enumerate(texts, 1):
        try:
            span = resolver.resolve(text)
        except TimelineError as exc:
            failed = True
            record: dict[str, Any] = {"text": text, "error": exc.message}
            if fmt == ResolveFormat.table:
                where = f"line {number}" if not expressions else f"argument {number}"
                _stderr(f"timeline: error: {where}: {text!r}: {exc.message}")
        else:
            record = {"text": text, "start": iso(span.start), "end": iso(span.end),
                      "granularity": span.granularity.value, "value": span.value,
                      "approximate": span.approximate, "qualifier": span.qualifier,
                      "explanation": span.explanation}
        if fmt == ResolveFormat.ndjson:
            if not _out(json.dumps(record, ensure_ascii=False) + "\n"):  # streamed: usable with tail -f | ...
                break  # the reader has gone: stop reading
        else:
            rows.append(record)
    if fmt == ResolveFormat.json:
        _out(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == ResolveFormat.table:
        from tabulate import tabulate

        table = [(r["text"], r["start"], r["end"], r["granularity"], r["value"], r["explanation"])
                 for r in rows if "error" not in r]
        if table:
            _out(tabulate(table, headers=("text", "start", "end (excl.)", "granularity", "value",
                                               "explanation"), disable_numparse=True) + "\n")
    if failed:
        raise typer.Exit(EXIT_DATA)


class CheckFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def check(
    files: FilesArg = None,
    ref: RefOpt = None,
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="text (FILE:LINE:COL: error: ...) or "
                                                                    "json.")] = CheckFormat.text,
    input_format: InputFormatOpt = None,
    max_size: MaxSizeOpt = 256,
) -> None:
    """Validate events files without printing the timeline (exit 1 on any error).

    Example: timeline check events.yaml && echo ok
    """
    import json

    from timeline.loader import LoadOptions, load

    paths = _files(files)
    diagnostics: list[Diagnostic] = []
    errors = False
    try:
        result = load(paths, LoadOptions(reference=_parse_ref(ref), max_bytes=max_size * 1024 * 1024,
                                         input_format=input_format.value if input_format else None))
        diagnostics.extend(result.diagnostics)
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
        _out(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for d in diagnostics:
            _stderr(_diagnostic_line(d))
    if errors:
        raise typer.Exit(EXIT_DATA)


@app.command()
def schema() -> None:
    """Print the JSON Schema of events files (for editors' YAML language servers).

    Example: timeline schema > timeline.schema.json
    """
    import json

    from timeline.schema import events_schema

    _out(json.dumps(events_schema(), indent=2) + "\n")


@app.command()
def formats() -> None:
    """List the output formats.

    Example: timeline formats
    """
    _out("".join(f"{name:10} {description}\n" for name, (_, description) in RENDERERS.items()))


# --------------------------------------------------------------------------
# Entry point


def main(argv: list[str] | None = None) -> None:
    """Run the command line; never lets a traceback reach the user for expected failures.

    A reader that closes the pipe early (``timeline show | head -1``) ends the
    output quietly: nothing on stderr, and the exit status is the one the data
    decides (0 for good data), so a pipeline under ``set -o pipefail`` does not
    fail because of it, and ``timeline check bad.yaml 2>&1 | head -1`` exits 1
    on every run.
    """
    io.guard_standard_streams()
    try:
        app(args=argv, prog_name="timeline")
        code: Any = EXIT_OK  # pragma: no cover - standalone Typer always raises SystemExit
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
    except Exception as exc:  # a bug: one line, never a traceback (TIMELINE_DEBUG=1 shows it)
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
