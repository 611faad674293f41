"""Start-up guard (issue 18.1): each command imports only what it uses.

Runs the real command under ``python -X importtime`` and fails when a module
the command has no use for is imported. Times are measured by
``bench/startup.py``, never here; this only checks which modules load.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Imported by no command that does not need it: tabulate reads its installed metadata at import
# (importlib.metadata); icalendar is for the tests only; the loader and YAML only where files are read.
NEVER_AT_START = ("importlib.metadata", "icalendar", "rich", "pydantic")
TYPER = ("typer", "click", "timeline.cli")
FORBIDDEN = {
    # the plain resolve: the lean entry point (timeline.__main__), no Typer, no Click, no cli.py
    ("resolve", "last week", "--ref", "2025-03-06"):
        (*NEVER_AT_START, *TYPER, "tabulate", "yaml", "timeline.loader", "dateutil", "timeline.extraction",
         "timeline.merging", "timeline.renderers.svg", "timeline.renderers.ics", "timeline.holidays",
         "timeline.grammar.canonical", "difflib", "shutil", "signal", "threading",
         # dataclasses imports inspect, ast and dis: the model and the grammar's records are plain classes
         "dataclasses", "inspect", "calendar", "locale"),
    ("resolve", "last week", "--ref", "2025-03-06", "-f", "ndjson"):
        (*NEVER_AT_START, *TYPER, "tabulate", "yaml", "timeline.loader", "timeline.renderers.table"),
    ("show", "-f", "ndjson", "events.yaml"):
        (*NEVER_AT_START, "tabulate", "timeline.renderers.table", "timeline.renderers.ics",
         "timeline.renderers.svg", "timeline.extraction", "timeline.merging", "csv"),
    ("show", "-f", "csv", "events.yaml"):
        (*NEVER_AT_START, "tabulate", "timeline.renderers.table", "timeline.renderers.ics",
         "timeline.renderers.svg", "timeline.extraction", "timeline.merging"),
    ("show", "events.yaml"):
        (*NEVER_AT_START, "tabulate", "timeline.renderers.ics", "timeline.extraction", "timeline.merging"),
    ("ics", "events.yaml"): (*NEVER_AT_START, "tabulate", "timeline.renderers.table", "timeline.extraction"),
    ("--help",): (*NEVER_AT_START, "tabulate", "yaml", "timeline.loader", "timeline.resolver", "timeline.grammar"),
}


def _imports_of(*python_args: str) -> set[str]:
    """The modules ``python -X importtime PYTHON_ARGS`` imports (stdout piped, as in scripts)."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    env["SOURCE_DATE_EPOCH"] = "1741262400"
    done = subprocess.run(check=False, args=[sys.executable, "-X", "importtime", *python_args], cwd=REPO,
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
            if line.startswith("import time:") and "cumulative" not in line}


@functools.cache
def _interpreter_start() -> frozenset[str]:
    """What the interpreter itself imports before any of our code: site, and the ``.pth`` hooks of the
    environment (a sandbox's certificate hook, say, imports shutil and threading). Not ours to forbid."""
    return frozenset(_imports_of("-c", "pass"))


def imported_modules(*args: str) -> set[str]:
    """The modules a real ``timeline ARGS`` run imports beyond what the bare interpreter already has."""
    return _imports_of("-m", "timeline", *args) - _interpreter_start()


@pytest.mark.parametrize("args", list(FORBIDDEN), ids=[" ".join(a) for a in FORBIDDEN])
def test_a_command_imports_only_what_it_uses(args: tuple[str, ...]) -> None:
    modules = imported_modules(*args)
    assert "timeline.cli_base" in modules  # the control: this really ran timeline
    loaded = sorted(m for m in modules for f in FORBIDDEN[args] if m == f or m.startswith(f + "."))
    assert loaded == [], f"timeline {' '.join(args)} imports {loaded}"


def test_the_table_style_option_needs_tabulate_only_when_it_is_used() -> None:
    assert "tabulate" in imported_modules("show", "--style", "github", "events.yaml")


def test_import_timeline_stays_light() -> None:
    """``import timeline`` (issue 11: <= 30 ms) loads the API lazily: no CLI, no YAML, no grammar."""
    done = subprocess.run(check=False, args=[sys.executable, "-X", "importtime", "-c", "import timeline"], cwd=REPO,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    names = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
             if line.startswith("import time:") and "cumulative" not in line}
    assert "timeline" in names
    heavy = ("typer", "yaml", "tabulate", "dateutil", "icalendar", "timeline.cli", "timeline.grammar",
             "timeline.resolver", "timeline.loader", "timeline.holidays", "timeline.renderers")
    assert sorted(n for n in names for h in heavy if n == h or n.startswith(h + ".")) == []


def test_the_words_after_a_weekday_in_a_holiday_name_are_the_catalogues() -> None:
    """The grammar's table of the words that may follow a weekday or a part of the day at the start of
    an English holiday name (so "Wednesday evening" needs no catalogue) is the name index's own."""
    from timeline import lexicon as lx
    from timeline.grammar.families.holidays import AFTER_COMMON_FIRST
    from timeline.holidays.matching import _trie

    trie = _trie("en")
    expected: dict[str, frozenset[str]] = {}
    for first in {*lx.WEEKDAYS, *lx.PARTS_OF_DAY}:
        followers = {word for form in (first, first + "s") for word in trie.get(form, {}) if word is not None}
        if followers:
            expected[first] = frozenset(followers)
    assert AFTER_COMMON_FIRST == expected


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Thursday of Mysteries 2025", "2025-04-17", "2025-04-18"),
    ("Night of Power 2025", "2025-03-27", "2025-03-28"),
    ("Wednesday evening", "2025-03-05T18:00:00", "2025-03-06T00:00:00"),
    ("Friday morning", "2025-02-28T00:00:00", "2025-02-28T12:00:00"),
    ("Night Journey 2025", "2025-01-27", "2025-01-28"),
])
def test_a_weekday_or_part_of_day_still_starts_the_holidays_it_starts(text: str, start: str, end: str) -> None:
    from datetime import date

    import timeline

    span = timeline.resolve(text, reference=date(2025, 3, 6))
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


def test_a_file_without_holidays_never_loads_the_catalogue() -> None:
    """events.yaml says 'Wednesday evening' and "Wednesday's speech": no holiday, no catalogue, and
    no holiday model, matcher or registry either (the package's names load on first use)."""
    modules = imported_modules("show", "-f", "ndjson", "events.yaml")
    assert "timeline.cli_base" in modules
    assert "timeline.holidays.names.first_words" in modules  # the control: the grammar did ask
    assert sorted({"timeline.holidays.catalogue", "timeline.holidays.rules", "timeline.holidays.model",
                   "timeline.holidays.matching", "timeline.holidays.registry"} & modules) == []


def test_every_public_name_of_the_holidays_package_loads_on_first_use() -> None:
    """The package imports its parts when a name is first asked for: each name of __all__ is one of them."""
    import timeline.holidays as package
    from timeline.holidays import matching, registry

    assert sorted([*package._EXPORTS, "HOLIDAYS"]) == sorted(package.__all__)
    for name in package.__all__:
        assert getattr(package, name) is not None, name
    assert package.match is matching.match and package.get_holiday is registry.get_holiday
    assert package.HOLIDAYS == registry.holidays()
    with pytest.raises(AttributeError, match="no_such_name"):
        package.no_such_name  # noqa: B018


def test_the_precomputed_first_words_of_english_holiday_names_are_the_catalogues() -> None:
    """What the grammar tests a word against before it loads the catalogue is the index's own set."""
    from timeline.holidays.matching import _CANONICAL, first_words
    from timeline.holidays.names.first_words import FIRST_WORDS_EN

    indexed = {word for word in first_words("en") if not word.startswith(_CANONICAL)}
    assert sorted(indexed - FIRST_WORDS_EN) == []  # a new name's first word: add it to first_words.py
    assert sorted(FIRST_WORDS_EN - indexed) == []


# `timeline resolve` two ways: the lean entry point (the `timeline` script, `python -m timeline`), which
# reads a plain resolve with cli_base.RESOLVE and imports no Typer, and the Typer application (cli.main),
# built from the same table. Each row: the arguments, standard input, and whether the lean path takes it.
REF = ("--ref", "2025-03-06")
RESOLVE_LINES: list[tuple[tuple[str, ...], str, bool]] = [
    (("resolve", "last week", *REF), "", True),
    (("resolve", "--ref=2025-03-06", "last week", "next Friday", "-f", "ndjson"), "", True),
    (("resolve", "yesterday", *REF, "--format", "json", "--prefer", "future"), "", True),
    (("resolve", "Friday", *REF, "--prefer=nearest", "--format=csv"), "", True),
    (("resolve", "3/4/2025", *REF), "", True),  # a warning: ambiguous day and month
    (("resolve", "3/4/2025", *REF, "--date-order", "MDY", "-f", "tsv"), "", True),
    (("resolve", "blorp", *REF), "", True),  # exit 1, the error on stderr
    (("resolve", "blorp", "last week", *REF, "-f", "ndjson"), "", True),
    (("resolve", "last week", "--ref", "the day after"), "", True),  # exit 2: not a date
    (("resolve", "last week", *REF, "--lang", "xx"), "", True),  # exit 2: no such lexicon
    (("resolve", "la semaine dernière", *REF, "--lang", "fr"), "", True),
    (("resolve", "last week", *REF, "--tz", "Mars/Phobos"), "", True),
    (("resolve", "tonight", *REF, "--tz", "Europe/Paris", "-f", "json"), "", True),
    (("resolve", "last week", *REF, "--explain"), "", True),
    (("resolve", "last week", "Christmas", *REF, "--explain", "-f", "json"), "", True),
    (("resolve", "last week", *REF, "--no-color", "--style", "simple", "-f", "markdown"), "", True),
    (("resolve", *REF, "--", "last week"), "", True),
    (("resolve", *REF), "last week\nblorp\n\nnext March\n", True),  # one expression a line from stdin
    (("resolve", *REF, "-f", "ndjson"), "yesterday\nfoo bar\n", True),
    (("resolve", "last week", *REF, "-f", "png"), "", True),  # binary, to a pipe
    # what only Typer answers: the lean path hands these over
    (("resolve", "--help"), "", False),
    (("resolve", "-h"), "", False),
    (("resolve", "last week", "--prefer", "sideways"), "", False),
    (("resolve", "last week", "-f", "nope"), "", False),
    (("resolve", "last week", "--style", "nope"), "", False),
    (("resolve", "last week", "--date-order", "dmy"), "", False),
    (("resolve", "last week", "--ref"), "", False),
    (("resolve", "x", "--ref", "2025-03-06", "--ref", "2025-03-07"), "", False),
    (("resolve", "-fjson", "today", *REF), "", False),
    (("resolve", "today", *REF, "--bogus"), "", False),
    (("resolve", "today", *REF, "--explain=yes"), "", False),
    (("resolve", "-3 days", *REF), "", False),
    (("resolve", "today", "--ref", "-1"), "", False),
    (("--version",), "", False),
    (("show", "events.yaml", "-f", "json"), "", False),
]


def _run_both(args: tuple[str, ...], stdin: str) -> list[tuple[int, bytes, bytes]]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "_TIMELINE_COMPLETE")}
    env.update(SOURCE_DATE_EPOCH="1741262400", COLUMNS="100")
    ways = ([sys.executable, "-m", "timeline"],
            [sys.executable, "-c", "import sys; from timeline.cli import main; main(sys.argv[1:])"])
    results = []
    for way in ways:
        done = subprocess.run([*way, *args], cwd=REPO, capture_output=True, input=stdin.encode(), env=env,
                              timeout=120, check=False)
        results.append((done.returncode, done.stdout, done.stderr))
    return results


@pytest.mark.parametrize(("args", "stdin", "lean"), RESOLVE_LINES, ids=[" ".join(r[0]) for r in RESOLVE_LINES])
def test_the_lean_resolve_and_the_typer_app_answer_alike(args: tuple[str, ...], stdin: str, lean: bool) -> None:
    """Same stdout (bytes), stderr and exit status whichever path runs the command line."""
    from timeline.__main__ import lean_resolve

    assert (lean_resolve(list(args)) is not None) == lean
    lean_run, typer_run = _run_both(args, stdin)
    assert lean_run == typer_run
    assert lean_run[1] or lean_run[2]  # the control: the command said something


def test_the_lean_resolve_reads_the_same_values_as_typer() -> None:
    """What the lean parser hands cli_base.resolve is what Click and Typer hand it, for every parameter."""
    from typer.main import get_command

    from timeline.__main__ import lean_resolve
    from timeline.cli import app

    command = get_command(app).get_command(None, "resolve")  # type: ignore[attr-defined]
    for args, _, lean in RESOLVE_LINES:
        if not lean:
            continue
        values = lean_resolve(list(args))
        assert values is not None
        context = command.make_context("resolve", list(args[1:]))
        from_click = {name: value for name, value in context.params.items()}
        if from_click["expressions"] == ():
            from_click["expressions"] = None
        from_click = {name: list(v) if isinstance(v, tuple) else v for name, v in from_click.items()}
        assert values == from_click, args


def test_resolve_parameters_are_one_table() -> None:
    """Typer's resolve command has exactly cli_base.RESOLVE's parameters, in its order."""
    from typer.main import get_command

    from timeline.cli import app
    from timeline.cli_base import RESOLVE

    command = get_command(app).get_command(None, "resolve")  # type: ignore[attr-defined]
    declared = [(p.name, tuple(p.opt.decls), p.opt.help) for p in RESOLVE]
    built = [(p.name, tuple(getattr(p, "opts", ())) if p.param_type_name == "option" else (), p.help)
             for p in command.params]
    assert built == declared
