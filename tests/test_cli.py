"""The command line as users and scripts meet it.

Most tests run the real command in a subprocess (``python -m timeline`` from
the repository root, the same entry point as the ``timeline`` script), in real
shell pipelines where pipes matter (``| head -1``, ``| python -c 'json.load'``)
and under a pseudo-terminal where colour matters. CliRunner tests at the end
check stdout and stderr apart (click 8.2+ always keeps them separate).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from typer.testing import CliRunner

from timeline import __version__
from timeline.cli import app
from timeline.renderers import RENDERERS

REPO = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "formats"
UPDATE = os.environ.get("TIMELINE_UPDATE_GOLDEN") == "1"
DATA_FORMATS = {"table": "txt", "json": "json", "ndjson": "ndjson", "csv": "csv", "tsv": "tsv",
                "markdown": "md", "yaml": "yaml"}
PICTURE_FORMATS = ("svg", "html", "mermaid", "chart")
TIMELINE = f"{shlex.quote(sys.executable)} -m timeline"
ESC = "\x1b["


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "CI")}
    env.update({"COLUMNS": "100", "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8"})
    env.update(extra)
    return env


def _decoded(done: subprocess.CompletedProcess[bytes]) -> subprocess.CompletedProcess[str]:
    # Decode without newline translation: CSV and ICS end their lines with CRLF on purpose.
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8"),
                                       done.stderr.decode("utf-8"))


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None,
        cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Run ``python -m timeline ARGS``; stdin is /dev/null unless *input* is given."""
    return _decoded(subprocess.run(
        [sys.executable, "-m", "timeline", *args], check=False, cwd=cwd,
        input=None if input is None else input.encode("utf-8"), capture_output=True,
        stdin=subprocess.DEVNULL if input is None else None, env=env or _env(), timeout=120,
    ))


def shell(pipeline: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a bash pipeline with pipefail, so a failing timeline fails the whole line."""
    return _decoded(subprocess.run(["bash", "-c", f"set -o pipefail; {pipeline}"], check=False, cwd=REPO,
                                   capture_output=True, env=env or _env(), timeout=120,
                                   stdin=subprocess.DEVNULL))


def golden(name: str) -> str:
    return (GOLDEN / name).read_bytes().decode("utf-8")


# ---------------------------------------------------------------- pipelines


def test_json_output_is_one_valid_document() -> None:
    """The issue's first "done" line, verbatim in spirit."""
    py = shlex.quote(sys.executable)
    done = shell(f"{TIMELINE} show -f json events.yaml | {py} -c 'import json,sys; json.load(sys.stdin)'")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


@pytest.mark.parametrize("fmt", sorted(DATA_FORMATS))
def test_every_data_format_matches_its_golden(fmt: str) -> None:
    done = run("show", "-f", fmt, "events.yaml")
    assert done.returncode == 0
    assert done.stderr == ""
    if UPDATE:
        pytest.skip("goldens are written by tests/test_formats.py")
    assert done.stdout == golden(f"events.{DATA_FORMATS[fmt]}")


@pytest.mark.parametrize("fmt", sorted(DATA_FORMATS))
def test_group_by_week_matches_its_golden(fmt: str) -> None:
    done = _invoke(["show", "-f", fmt, "--group-by", "week", "events.yaml"])
    assert done.exit_code == 0 and done.stderr == ""
    if not UPDATE:
        assert done.stdout_bytes.decode("utf-8") == golden(f"events-week.{DATA_FORMATS[fmt]}")


@pytest.mark.parametrize("fmt", PICTURE_FORMATS)
def test_picture_formats_print_what_the_renderer_returns(fmt: str) -> None:
    """Pictures have goldens of their own (tests/golden/pictures); here: the CLI wiring."""
    from timeline.loader import load
    from timeline.renderers import RenderOptions, get_renderer

    done = _invoke(["show", "-f", fmt, "events.yaml"], env={"COLUMNS": "100"})
    assert done.exit_code == 0 and done.stderr == ""
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        timeline = load(["events.yaml"]).timeline
    finally:
        os.chdir(cwd)
    assert done.stdout == get_renderer(fmt)(timeline, RenderOptions(width=100))


def test_ics_format_matches_the_ics_golden() -> None:
    """`show -f ics` and `ics` write the same bytes (the golden is tests/golden/ics/events.ics)."""
    env = _env(SOURCE_DATE_EPOCH="1741262400")
    a = subprocess.run([sys.executable, "-m", "timeline", "show", "-f", "ics", "events.yaml"], check=False, cwd=REPO,
                       capture_output=True, env=env, stdin=subprocess.DEVNULL)
    b = subprocess.run([sys.executable, "-m", "timeline", "ics", "events.yaml"], check=False, cwd=REPO,
                       capture_output=True, env=env, stdin=subprocess.DEVNULL)
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout and a.stdout.startswith(b"BEGIN:VCALENDAR\r\n")


def _spans(records: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    keys = ("title", "when", "start", "end", "granularity", "value", "approximate", "qualifier",
            "explanation", "reference", "id", "location", "tags", "source", "notes", "distance")
    return [tuple(r[k] for k in keys) for r in records]


def test_yaml_output_fed_back_gives_the_same_spans() -> None:
    done = shell(f"{TIMELINE} show -f yaml events.yaml | {TIMELINE} show -f json -")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    direct = json.loads(run("show", "-f", "json", "events.yaml").stdout)["events"]
    again = json.loads(done.stdout)["events"]
    assert _spans(again) == _spans(direct)
    assert {r["file"] for r in again} == {"<stdin>"}


def test_yaml_output_fed_back_under_another_ref_keeps_the_spans() -> None:
    """An archive read with --ref (or years later) does not move."""
    done = shell(f"{TIMELINE} show -f yaml events.yaml | {TIMELINE} show -f json --ref 2031-01-01 -")
    assert done.returncode == 0, done.stderr
    direct = json.loads(run("show", "-f", "json", "events.yaml").stdout)["events"]
    assert [(r["start"], r["end"]) for r in json.loads(done.stdout)["events"]] == \
        [(r["start"], r["end"]) for r in direct]


@pytest.mark.parametrize("fmt", ["json", "ndjson"])
def test_json_output_fed_back_gives_the_same_spans(fmt: str) -> None:
    done = shell(f"{TIMELINE} show -f {fmt} events.yaml | {TIMELINE} show -f json -")
    assert done.returncode == 0, done.stderr
    direct = json.loads(run("show", "-f", "json", "events.yaml").stdout)["events"]
    assert _spans(json.loads(done.stdout)["events"]) == _spans(direct)


# ---------------------------------------------------------------- a reader that stops early


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough events that every format overflows the pipe buffer (64 KiB) many times."""
    events = [{"id": f"e{i}", "title": f"Event {i}: a title long enough to fill the pipe quickly",
               "when": ("last week", "Thursday", "yesterday", "2 March")[i % 4], "tags": ["a", "b"]}
              for i in range(3000)]
    path = tmp_path_factory.mktemp("big") / "big.yaml"
    path.write_text(yaml.safe_dump({"reference": "2025-03-06", "events": events}), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["table", "json", "ndjson", "csv", "yaml"])
def test_head_1_exits_cleanly(big_file: Path, fmt: str) -> None:
    size = len(_invoke(["show", "-f", fmt, str(big_file)]).stdout.encode("utf-8"))
    assert size > 4 * 65536  # far over the pipe buffer: the pipe really breaks
    done = shell(f"{TIMELINE} show -f {fmt} {shlex.quote(str(big_file))} | head -1")
    assert done.stderr == ""
    assert done.returncode == 0  # with pipefail: timeline itself exited 0
    assert len(done.stdout.splitlines()) == 1


def test_head_1_on_streamed_resolve() -> None:
    py = shlex.quote(sys.executable)
    done = shell(f"{py} -c 'print(\"last week\\n\" * 100000, end=\"\")' | "
                 f"{TIMELINE} resolve -f ndjson --ref 2025-03-06 | head -1")
    assert done.stderr == "" and done.returncode == 0
    assert json.loads(done.stdout)["value"] == "2025-W09"


@pytest.mark.parametrize("args", [["--version"], ["formats"], ["schema"], ["show", "-f", "json", "events.yaml"],
                                  ["show", "events.yaml"], ["resolve", "today", "--ref", "2025-03-06"],
                                  ["show", "--help"]])
def test_reader_gone_before_the_first_write(args: list[str]) -> None:
    """Small outputs are still buffered at exit: the shutdown flush must not complain either."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, "-m", "timeline", *args], check=False, cwd=REPO, stdout=write_end,
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=_env(), timeout=60)
    finally:
        os.close(write_end)
    assert done.stderr == b""
    assert done.returncode == 0


# ---------------------------------------------------------------- input


def test_dash_reads_standard_input() -> None:
    text = (REPO / "events.yaml").read_text(encoding="utf-8")
    done = run("show", "-", input=text)
    assert done.returncode == 0, done.stderr
    assert done.stdout == golden("events.txt")


def test_piped_standard_input_without_file_arguments() -> None:
    done = shell(f"cat events.yaml | {TIMELINE} show -f csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout == golden("events.csv").replace(",events.yaml,", ",<stdin>,")


def test_empty_standard_input_without_file_says_why_it_was_read() -> None:
    done = run("show", input="")
    assert done.returncode == 1
    assert done.stdout == ""
    assert "<stdin>:1:1: error: empty file" in done.stderr
    assert "standard input is not a terminal" in done.stderr


def test_several_files_are_merged_each_with_its_reference(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text("reference: 2025-03-13\ncalendar: Other\nevents:\n"
                     "  - title: Ceasefire talks\n    when: last week\n    tags: [talks]\n", encoding="utf-8")
    done = run("show", "-f", "json", "events.yaml", str(other))
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["timeline"]["files"] == ["events.yaml", str(other)]
    assert doc["timeline"]["references"] == ["2025-03-06", "2025-03-13"]
    assert doc["timeline"]["count"] == 9
    talks = next(r for r in doc["events"] if r["title"] == "Ceasefire talks")
    assert (talks["value"], talks["reference"]) == ("2025-W10", "2025-03-13")
    starts = [r["start"] for r in doc["events"]]
    assert starts == sorted(starts, key=lambda s: s[:10])  # merged in date order


@pytest.mark.parametrize("text", [
    json.dumps({"reference": "2025-03-06", "events": [{"title": "Summit", "when": "Thursday"}]}),
    json.dumps({"title": "Summit", "when": "Thursday", "reference": "2025-03-06"}) + "\n"
    + json.dumps({"title": "Speech", "when": "Wednesday", "reference": "2025-03-06"}) + "\n",
], ids=["json", "ndjson"])
def test_json_and_ndjson_input(text: str) -> None:
    done = run("show", "-f", "ndjson", "-", input=text)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["title"]: r["start"] for r in records}.get("Summit") == "2025-03-06"


# ---------------------------------------------------------------- selection


def _titles(*args: str) -> list[str]:
    done = _invoke(["show", "-f", "ndjson", "events.yaml", *args])
    assert done.exit_code == 0, done.stderr
    return [json.loads(line)["title"] for line in done.stdout.splitlines()]


def test_from_to_accept_expressions_against_ref() -> None:
    got = _titles("--from", "yesterday", "--to", "today", "--ref", "2025-03-06")
    assert got == ["Speech to Congress by President Trump", "Macron's televised address on nuclear deterrence",
                   "Healey meets Hegseth in Washington", "EU leaders' summit in Brussels"]
    assert _titles("--from", "2029-06-01", "--ref", "2025-03-06") == [
        "Russia's target for expanding its army (300,000 soldiers, 3,000 tanks, 300 jet fighters)"]


def test_tag_grep_sort_reverse_limit() -> None:
    assert _titles("--tag", "uk", "--tag", "EU") == [
        "Starmer announces UK defence spending rise to 2.5% of GDP", "Healey meets Hegseth in Washington",
        "EU leaders' summit in Brussels"]
    assert _titles("--grep", "televised") == ["Macron's televised address on nuclear deterrence"]
    assert _titles("--grep", "BROADCAST") == ["Macron's televised address on nuclear deterrence"]  # notes
    by_title = _titles("--sort", "title")
    assert by_title == sorted(by_title, key=str.lower)
    assert _titles("--sort", "title", "--reverse", "--limit", "2") == by_title[::-1][:2]
    assert _titles("--limit", "0") == []


def test_ref_overrides_every_file_reference() -> None:
    done = _invoke(["show", "-f", "ndjson", "events.yaml", "--ref", "2025-03-13"])
    first_week = next(json.loads(line) for line in done.stdout.splitlines() if "Oval" in line)
    assert first_week["value"] == "2025-W10" and first_week["reference"] == "2025-03-13"


def test_csv_raw_turns_the_formula_guard_off() -> None:
    text = "reference: 2025-03-06\nevents:\n  - title: '=1+1'\n    when: today\n"
    guarded = _invoke(["show", "-f", "csv", "-"], input=text).stdout.splitlines()[1]
    raw = _invoke(["show", "-f", "csv", "--csv-raw", "-"], input=text).stdout.splitlines()[1]
    assert ",'=1+1," in guarded and ",=1+1," in raw


# ---------------------------------------------------------------- colour


def _on_terminal(*args: str, env: dict[str, str]) -> str:
    """Run with stdout on a pseudo-terminal (stdin a pipe) and return what the terminal got."""
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "timeline", *args], cwd=REPO, stdout=slave,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=60)
        assert proc.returncode == 0
    finally:
        os.close(master)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_on_a_terminal_only_and_never_with_no_color() -> None:
    on_tty = _on_terminal("show", "events.yaml", env=_env(TERM="xterm-256color"))
    assert ESC in on_tty  # the control: a terminal does get emphasis
    assert ESC not in _on_terminal("show", "events.yaml", env=_env(TERM="xterm-256color", NO_COLOR="1"))
    assert ESC not in _on_terminal("show", "events.yaml", "--no-color", env=_env(TERM="xterm-256color"))
    assert ESC not in _on_terminal("show", "events.yaml", env=_env(TERM="dumb"))
    piped = run("show", "events.yaml", env=_env(TERM="xterm-256color"))
    assert ESC not in piped.stdout and ESC not in piped.stderr


@pytest.mark.parametrize("fmt", ["table", "chart"])
def test_no_color_output_has_no_escape_codes(fmt: str) -> None:
    done = run("show", "-f", fmt, "--group-by", "month", "events.yaml", env=_env(NO_COLOR="1"))
    assert done.returncode == 0
    assert "\x1b" not in done.stdout and "\x1b" not in done.stderr


# ---------------------------------------------------------------- exit codes


@pytest.mark.parametrize("args, code, stderr", [
    (["show", "events.yaml"], 0, ""),
    (["show", "no-such-file.yaml"], 1, "no-such-file.yaml: error: no such file\n"),
    (["show", "-f", "nope", "events.yaml"], 2, "timeline: error: invalid value for '--format'"),
    (["show", "--ref", "last tuesday", "events.yaml"], 2, "timeline: error: --ref: 'last tuesday' depends on the day it is read"),
])
def test_exit_codes_of_the_real_command(args: list[str], code: int, stderr: str) -> None:
    done = run(*args)
    assert done.returncode == code, done.stderr
    assert stderr in done.stderr if stderr else done.stderr == ""
    assert "Traceback" not in done.stderr
    if code:
        assert done.stdout == ""


@pytest.mark.parametrize("args, code, stderr", [
    (["show", "events.yaml"], 0, ""),
    (["--version"], 0, ""),
    (["check", "events.yaml"], 0, None),
    (["show", "no-such-file.yaml"], 1, "no-such-file.yaml: error: no such file\n"),
    (["show", "events.yaml", "no-such-file.yaml"], 1, "no-such-file.yaml: error: no such file\n"),
    (["show", "tests"], 1, "tests: error: is a directory, not an events file\n"),
    (["resolve", "next blorpday", "--ref", "2025-03-06"], 1, None),
    (["show", "-f", "nope", "events.yaml"], 2, "timeline: error: invalid value for '--format'"),
    (["show", "--style", "nope", "events.yaml"], 2, "is not a tabulate format"),
    (["show", "--sort", "colour", "events.yaml"], 2, "timeline: error: invalid value for '--sort'"),
    (["show", "--group-by", "fortnight", "events.yaml"], 2, "timeline: error: invalid value for '--group-by'"),
    (["show", "--limit", "-1", "events.yaml"], 2, "timeline: error: invalid value for '--limit'"),
    (["show", "--ref", "last tuesday", "events.yaml"], 2, "timeline: error: --ref: 'last tuesday' depends on the day it is read"),
    (["show", "--from", "blorp", "events.yaml"], 2, "timeline: error: --from 'blorp'"),
    (["show", "--no-such-option", "events.yaml"], 2, "timeline: error: no such option"),
    (["frobnicate"], 2, "timeline: error: no such command"),
    (["show", "events.yaml", "-o", "events.yaml"], 2, "refusing to overwrite the input file"),
])
def test_exit_codes(args: list[str], code: int, stderr: str | None) -> None:
    done = _invoke(args)
    assert done.exit_code == code, done.stderr
    if stderr == "":
        assert done.stderr == ""
    elif stderr is not None:
        assert stderr in done.stderr
    assert "Traceback" not in done.stderr
    if code:
        assert done.stdout == ""


def test_data_error_in_a_file_exits_1_with_every_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(THREE_ERRORS, encoding="utf-8")
    done = run("show", str(path))
    assert done.returncode == 1 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 3


def test_version() -> None:
    done = run("--version")
    assert done.stdout == f"timeline {__version__}\n"


def test_shell_completion_script_is_available() -> None:
    done = run("--show-completion", "bash")
    assert done.returncode == 0
    assert "_TIMELINE_COMPLETE" in done.stdout


# ---------------------------------------------------------------- check

THREE_ERRORS = """\
reference: 2025-03-06
events:
  - id: a
    title: Misspelt weekday
    when: Thursdy
  - id: b
    title: No date at all
  - id: c
    title: Unknown word
    when: next blorpday
  - id: d
    title: Fine
    when: yesterday
"""
DIAGNOSTIC = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning): (?P<msg>.+)$")


def test_check_three_errors_three_compiler_lines(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(THREE_ERRORS, encoding="utf-8")
    done = run("check", str(path))
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 3, done.stderr
    matches = [DIAGNOSTIC.match(line) for line in lines]
    assert all(m is not None for m in matches), lines
    assert [(m["file"], m["line"], m["severity"]) for m in matches if m] == [
        (str(path), "5", "error"), (str(path), "6", "error"), (str(path), "10", "error")]
    assert "'Thursday'" in lines[0]  # the suggestion


def test_check_json_format(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(THREE_ERRORS, encoding="utf-8")
    done = run("check", "--format", "json", str(path))
    assert done.returncode == 1
    payload = json.loads(done.stdout)
    assert [d["severity"] for d in payload] == ["error"] * 3
    assert {tuple(d) for d in payload} == {("file", "line", "column", "severity", "message")}
    assert [d["line"] for d in payload] == [5, 6, 10]


def test_check_warnings_do_not_fail(tmp_path: Path) -> None:
    path = tmp_path / "warn.yaml"
    path.write_text("reference: 2025-03-06\nevents:\n  - title: Ancient\n    when: 12 May 1850\n"
                    "  - id: x\n    title: Fine\n    when: today\n", encoding="utf-8")
    done = run("check", "--pedantic", str(path))
    assert done.returncode == 0
    lines = done.stderr.splitlines()
    assert all(DIAGNOSTIC.match(line) for line in lines), lines
    assert any("more than 50 years from the reference" in line for line in lines)
    no_id = f"{path}:3:5: warning: no 'id': other events cannot refer to this one"
    assert [line for line in lines if "no 'id'" in line] == [no_id]
    quiet = run("check", str(path))  # without --pedantic: a valid file without ids is not nagged about
    assert quiet.returncode == 0 and not any("no 'id'" in line for line in quiet.stderr.splitlines())
    assert any("more than 50 years" in line for line in quiet.stderr.splitlines())
    assert {DIAGNOSTIC.match(line)["severity"] for line in lines} == {"warning"}  # type: ignore[index]


def test_check_events_yaml_is_clean_of_errors() -> None:
    done = run("check", "events.yaml")
    assert done.returncode == 0
    assert " error: " not in done.stderr


# ---------------------------------------------------------------- schema


def test_schema_validates_events_yaml_and_the_yaml_format() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    done = run("schema")
    assert done.returncode == 0
    schema = json.loads(done.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)

    class Yaml12(yaml.SafeLoader):
        """Like an editor's YAML 1.2 language server: dates stay strings."""

    Yaml12.yaml_implicit_resolvers = {
        key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    validator = jsonschema.Draft202012Validator(schema)
    for text in ((REPO / "events.yaml").read_text(encoding="utf-8"), run("show", "-f", "yaml", "events.yaml").stdout):
        assert list(validator.iter_errors(yaml.load(text, Loader=Yaml12))) == []
    assert list(validator.iter_errors({"events": [{"title": "x"}]}))  # 'when' missing
    assert list(validator.iter_errors({"events": [{"title": "x", "when": "today", "colour": "red"}]}))


# ---------------------------------------------------------------- start-up


def test_importing_the_cli_stays_lean() -> None:
    code = ("import sys, timeline.cli; heavy = ['yaml', 'icalendar', 'tabulate', 'dateutil', 'timeline.loader', "
            "'timeline.resolver', 'timeline.grammar'] + [m for m in sys.modules if m.startswith('timeline.renderers.')]; "
            "print([m for m in heavy if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=REPO)
    assert done.stdout.strip() == "[]"


# ---------------------------------------------------------------- CliRunner: stdout and stderr apart

runner = CliRunner()
COMMANDS = typer.main.get_command(app).list_commands(None)  # type: ignore[attr-defined]


def _invoke(args: list[str], input: str | None = None, env: dict[str, str] | None = None) -> Any:
    """Run the app in-process from the repository root, as ``timeline`` would be."""
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return runner.invoke(app, args, input=input, env={"NO_COLOR": "1", **(env or {})}, prog_name="timeline")
    finally:
        os.chdir(cwd)


def test_every_command_is_tested_for_help() -> None:
    assert set(COMMANDS) == {"show", "ics", "explain", "resolve", "check", "schema", "formats", "extract",
                             "merge", "help"}


@pytest.mark.parametrize("command", ["show", "ics", "explain", "resolve", "check", "schema", "formats", "extract",
                                     "merge", "help"])
def test_every_command_help_has_an_example(command: str) -> None:
    result = _invoke([command, "--help"])
    assert result.exit_code == 0
    assert f"Example: timeline {command}" in result.stdout
    assert result.stderr == ""


def test_top_level_help_has_an_example_and_lists_completion() -> None:
    result = _invoke(["--help"])
    assert "Example: timeline show" in result.stdout
    assert "--install-completion" in result.stdout


def test_runner_show_json_on_stdout_nothing_on_stderr() -> None:
    result = _invoke(["show", "-f", "json", "events.yaml"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert json.loads(result.stdout)["timeline"]["count"] == 8


def test_runner_missing_file_message_on_stderr_only() -> None:
    result = _invoke(["show", "missing.yaml"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "missing.yaml: error: no such file\n"


def test_runner_usage_error_on_stderr_only() -> None:
    result = _invoke(["show", "-f", "nope"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "'nope' is not one of table, json" in result.stderr


def test_runner_reads_input_when_no_file_is_given() -> None:
    text = (REPO / "events.yaml").read_text(encoding="utf-8")
    result = _invoke(["show", "-f", "ndjson"], input=text)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 8
    assert json.loads(result.stdout.splitlines()[0])["file"] == "<stdin>"


def test_runner_group_by_adds_the_group_field() -> None:
    result = _invoke(["show", "-f", "ndjson", "--group-by", "month", "events.yaml"])
    groups = [json.loads(line)["group"] for line in result.stdout.splitlines()]
    assert groups == ["1989-11", "2025-02", "2025-02", "2025-03", "2025-03", "2025-03", "2025-03", "2030-01"]


def test_runner_check_diagnostics_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(THREE_ERRORS, encoding="utf-8")
    result = _invoke(["check", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 3


def test_runner_formats_lists_the_registry() -> None:
    result = _invoke(["formats"])
    assert [line.split()[0] for line in result.stdout.splitlines()] == list(RENDERERS)


def test_typer_is_only_imported_by_the_cli() -> None:
    for path in (REPO / "timeline").rglob("*.py"):
        if path.name != "cli.py":
            assert "import typer" not in path.read_text(encoding="utf-8"), path
    assert typer  # the test module itself needs it for CliRunner


# ---------------------------------------------------------------- one command line (issue 14.6)

USAGE_ERRORS = [
    ["show", "-f", "nope", "events.yaml"],
    ["show", "--no-such-option", "events.yaml"],
    ["frobnicate"],
    ["ics", "--coarse", "sometimes", "events.yaml"],
    ["explain", "-f", "svg", "events.yaml"],
    ["resolve", "today", "--date-order", "DDMM"],
    ["resolve", "today", "--lang", "xx"],
    ["check", "--max-size", "0", "events.yaml"],
    ["show", "--match", "(", "events.yaml"],
    ["show", "--now", "last Tuesday", "events.yaml"],
    ["show", "--explain", "-f", "svg", "events.yaml"],
    ["help", "nope"],
]


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=[" ".join(a) for a in USAGE_ERRORS])
def test_every_usage_error_is_one_line_in_the_one_style(args: list[str]) -> None:
    done = _invoke(args)
    assert done.exit_code == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith("timeline: error: ") and len(done.stderr.splitlines()) == 1, done.stderr
    assert "Usage:" not in done.stderr and "Error:" not in done.stderr


def test_usage_errors_in_a_real_process_name_the_help_to_read() -> None:
    done = run("show", "--sort", "colour", "events.yaml")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == ("timeline: error: invalid value for '--sort': 'colour' is not one of 'start', 'title', "
                           "'file', 'input' (see 'timeline show --help')\n")


def _command_options() -> dict[str, dict[str, Any]]:
    """{command: {option name: click parameter}} from the real application."""
    root = typer.main.get_command(app)
    out: dict[str, dict[str, Any]] = {}
    for name in root.list_commands(None):  # type: ignore[attr-defined]
        cmd = root.get_command(None, name)  # type: ignore[attr-defined]
        out[name] = {opt: p for p in cmd.params for opt in getattr(p, "opts", []) if opt.startswith("-")}
    return out


SHARED = ["--now", "--lang", "--from", "--to", "--tag", "--grep", "--match", "--sort", "--reverse", "--limit",
          "--group-by", "--explain", "--coarse", "--output", "--follow", "--no-color", "--max-size", "--style",
          "--tz", "--csv-raw", "--date-order"]


@pytest.mark.parametrize("option", SHARED)
def test_a_shared_option_has_one_name_and_one_meaning_everywhere(option: str) -> None:
    having = {cmd: params[option] for cmd, params in _command_options().items() if option in params}
    assert having, option
    assert len({p.help for p in having.values()}) == 1, {c: p.help for c, p in having.items()}
    assert len({tuple(p.opts) for p in having.values()}) == 1


@pytest.mark.parametrize("command, options", [
    ("show", ["--ref", "--now", "--prefer", "--lang", "--from", "--to", "--tag", "--grep", "--match", "-f", "-o",
              "--explain", "--coarse"]),
    ("ics", ["--ref", "--now", "--prefer", "--lang", "--from", "--to", "--tag", "--grep", "--match", "-o",
             "--explain", "--coarse"]),
    ("explain", ["--ref", "--now", "--prefer", "--lang", "--from", "--to", "--tag", "--grep", "--match", "-f",
                 "-o"]),
    ("resolve", ["--ref", "--prefer", "--lang", "-f", "-o", "--explain"]),
    ("extract", ["--ref", "--prefer", "--lang", "-f", "-o", "--explain"]),
    ("check", ["--ref", "--prefer", "--lang", "-f", "--pedantic"]),
])
def test_each_command_takes_the_shared_options_it_needs(command: str, options: list[str]) -> None:
    assert set(options) <= set(_command_options()[command])


def test_show_ics_coarse_and_ics_coarse_are_one_option() -> None:
    env = {"SOURCE_DATE_EPOCH": "1741262400"}
    a = _invoke(["show", "-f", "ics", "--coarse", "skip", "events.yaml"], env=env)
    b = _invoke(["show", "-f", "ics", "--ics-coarse", "skip", "events.yaml"], env=env)
    c = _invoke(["ics", "--coarse", "skip", "events.yaml"], env=env)
    assert a.exit_code == b.exit_code == c.exit_code == 0
    assert a.stdout == b.stdout == c.stdout and "Russia" not in a.stdout
    assert "left out of the calendar" in c.stderr


def test_ics_takes_grep_match_prefer_and_explain() -> None:
    env = {"SOURCE_DATE_EPOCH": "1741262400"}
    grep = _invoke(["ics", "--grep", "summit", "events.yaml"], env=env)
    assert grep.exit_code == 0 and grep.stdout.count("BEGIN:VEVENT") == 1 and "SUMMARY:EU leaders" in grep.stdout
    match = _invoke(["ics", "--match", "summit|speech", "events.yaml"], env=env)
    assert match.stdout.count("BEGIN:VEVENT") == 2
    future = _invoke(["ics", "--prefer", "future", "--grep", "speech", "events.yaml"], env=env)
    assert "DTSTART;VALUE=DATE:20250312" in future.stdout  # the next Wednesday
    explained = _invoke(["ics", "--grep", "summit", "--explain", "events.yaml"])
    assert explained.exit_code == 0 and "BEGIN:VCALENDAR" not in explained.stdout
    assert "read against  Thu 2025-03-06 (the file's reference)" in explained.stdout


def test_match_is_a_regex_and_grep_a_substring() -> None:
    assert _titles("--grep", "summit|speech") == []
    assert _titles("--match", "summit|speech") == ["Speech to Congress by President Trump",
                                                   "EU leaders' summit in Brussels"]


def test_lang_is_accepted_and_reaches_the_grammar() -> None:
    english = _invoke(["resolve", "yesterday", "--lang", "en", "--ref", "2025-03-06", "-f", "ndjson"])
    assert json.loads(english.stdout)["start"] == "2025-03-05"
    show = _invoke(["show", "--lang", "en", "-f", "ndjson", "events.yaml"])
    assert show.exit_code == 0 and len(show.stdout.splitlines()) == 8


# ---------------------------------------------------------------- explain as a renderer (11.9)

REPR = re.compile(r"\w=\(|\(-?\d+\.\d+, '|\bNone\b|<[A-Za-z]+\.")


@pytest.mark.parametrize("layout", ["table", "json", "ndjson", "markdown"])
def test_explain_prints_words_in_every_layout(layout: str) -> None:
    text = "reference: 2025-03-06\nevents:\n  - {title: Old, when: 4 years ago}\n  - {title: Near, when: around Friday}\n"
    done = _invoke(["explain", "-f", layout, "-"], input=text)
    assert done.exit_code == 0, done.stderr
    assert not REPR.search(done.stdout), done.stdout
    assert "4 years ago" in done.stdout and "the file's reference" in done.stdout


def test_explain_records_in_json_and_ndjson_agree_and_name_the_standpoint() -> None:
    ndjson = [json.loads(line) for line in _invoke(["explain", "-f", "ndjson", "events.yaml"]).stdout.splitlines()]
    document = json.loads(_invoke(["explain", "-f", "json", "events.yaml"]).stdout)
    assert document["events"] == ndjson and document["timeline"]["count"] == 8
    oval = next(r for r in ndjson if r["title"].startswith("Trump"))
    assert oval == {
        "file": "events.yaml", "line": 11, "title": oval["title"], "when": "last week", "reference": "2025-03-06",
        "reference_from": "the file's reference",
        "explanation": "last week → 2025-W09: the previous ISO week (Monday to Sunday) from the reference "
                       "Thu 2025-03-06",
        "start": "2025-02-24", "end": "2025-03-03", "last_day": "2025-03-02", "granularity": "week",
        "value": "2025-W09", "qualifier": None, "approximate": False, "distance": "last week",
        "standpoint": "2025-03-06", "standpoint_from": "the event's reference"}
    moved = json.loads(_invoke(["explain", "-f", "json", "--now", "2025-03-13", "--ref", "2025-03-06",
                                "events.yaml"]).stdout)["events"]
    assert {(r["standpoint"], r["standpoint_from"], r["reference_from"]) for r in moved} == {
        ("2025-03-13", "--now", "--ref on the command line")}


def test_show_explain_and_format_explain_are_the_explain_command() -> None:
    plain = _invoke(["explain", "events.yaml"]).stdout
    assert _invoke(["show", "--explain", "events.yaml"]).stdout == plain
    assert _invoke(["show", "-f", "explain", "events.yaml"]).stdout == plain
    assert _invoke(["show", "--explain", "-f", "markdown", "events.yaml"]).stdout == \
        _invoke(["explain", "-f", "markdown", "events.yaml"]).stdout
    assert plain.startswith("events.yaml:54:5: Fall of the Berlin Wall\n  as written    9 November 1989\n")


# ---------------------------------------------------------------- resolve has show's records (11.9)


def test_resolve_records_have_the_shape_of_show_records() -> None:
    resolved = json.loads(_invoke(["resolve", "last week", "by 2030", "--ref", "2025-03-06", "-f", "json"]).stdout)
    shown = json.loads(_invoke(["show", "-f", "json", "events.yaml"]).stdout)
    assert list(resolved) == list(shown) == ["timeline", "events"]
    assert [list(r) for r in resolved["events"]] == [list(shown["events"][0])] * 2
    last_week, by_2030 = resolved["events"]
    assert (last_week["when"], last_week["start"], last_week["end"], last_week["value"]) == \
        ("last week", "2025-02-24", "2025-03-03", "2025-W09")
    assert (by_2030["qualifier"], by_2030["value"], by_2030["reference"]) == ("by", "2030", "2025-03-06")


@pytest.mark.parametrize("fmt, sep", [("csv", ","), ("tsv", "\t")])
def test_resolve_writes_csv_and_tsv(fmt: str, sep: str) -> None:
    import csv
    import io as stdio

    done = _invoke(["resolve", "last week", "Wednesday's", "--ref", "2025-03-06", "-f", fmt])
    assert done.exit_code == 0, done.stderr
    rows = list(csv.DictReader(stdio.StringIO(done.stdout), delimiter=sep))
    assert [(r["when"], r["start"], r["end"], r["granularity"]) for r in rows] == [
        ("last week", "2025-02-24", "2025-03-03", "week"), ("Wednesday's", "2025-03-05", "2025-03-06", "day")]


def test_resolve_table_is_the_table_of_show() -> None:
    done = _invoke(["resolve", "last week", "Wednesday's", "--ref", "2025-03-06"])
    assert done.stdout.splitlines() == [
        "date                     granularity    title        when         distance",
        "-----------------------  -------------  -----------  -----------  ----------",
        "2025-02-24 → 2025-03-02  week           last week    last week    last week",
        "2025-03-05               day            Wednesday's  Wednesday's  yesterday",
    ]


def test_resolve_from_stdin_names_the_bad_line_and_keeps_ndjson_aligned() -> None:
    done = _invoke(["resolve", "--ref", "2025-03-06", "-f", "ndjson"], input="today\nblorpday\nyesterday\n")
    assert done.exit_code == 1
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r.get("start") for r in lines] == ["2025-03-06", None, "2025-03-05"]
    assert lines[1] == {"when": "blorpday", "line": 2, "error": "unknown word 'blorpday'"}
    assert done.stderr == "timeline: error: <stdin>:2: 'blorpday': unknown word 'blorpday'\n"


# ---------------------------------------------------------------- help a user can learn from (14.7)


def test_top_level_help_lists_exit_codes_and_whole_summaries() -> None:
    result = _invoke(["--help"], env={"COLUMNS": "80"})
    assert "Exit status: 0 success; 1 bad data" in " ".join(result.stdout.split())
    root = typer.main.get_command(app)
    for name in root.list_commands(None):  # type: ignore[attr-defined]
        summary = root.get_command(None, name).short_help  # type: ignore[attr-defined]
        assert summary and len(f"  {name:8} {summary}") <= 80, (name, summary)  # fits: never cut or wrapped
        assert f"{name:8} {summary}" in result.stdout


@pytest.mark.parametrize("command, metavars", [
    ("show", ["[FILE]...", "-f, --format FORMAT", "--ref DATE", "--now DATE", "--from EXPR", "--to EXPR",
              "--tag TAG", "--match REGEX", "-o, --output FILE", "--limit N", "--lang LANG"]),
    ("resolve", ["[EXPR]...", "--ref DATE", "--tz ZONE", "-f, --format FORMAT"]),
    ("extract", ["[FILE]", "--ref DATE", "--tz ZONE"]),
])
def test_help_names_what_each_value_is(command: str, metavars: list[str]) -> None:
    text = _invoke([command, "--help"], env={"COLUMNS": "120"}).stdout
    for metavar in metavars:
        assert metavar in text, metavar
    assert "TEXT" not in text.replace("--grep TEXT", "") and "<str>" not in text


def test_help_command_topics_and_commands() -> None:
    formats_help = _invoke(["help", "formats"])
    assert formats_help.exit_code == 0
    for name in RENDERERS:
        assert re.search(rf"^  {re.escape(name)} +\S", formats_help.stdout, re.MULTILINE), name
    reference = _invoke(["help", "reference"]).stdout
    assert "--now" in reference and "last week" in reference
    assert _invoke(["help", "show"]).stdout == _invoke(["show", "--help"]).stdout
    listing = _invoke(["help"]).stdout
    assert "Topics (timeline help TOPIC):" in listing and "reference" in listing


def test_help_expressions_is_generated_from_the_family_registry() -> None:
    """Every family, in registry order, with examples that resolve to what the guide says."""
    from datetime import date

    from timeline import resolve
    from timeline.grammar.registry import FAMILIES
    from timeline.renderers._records import display_date

    guide = _invoke(["help", "expressions"])
    assert guide.exit_code == 0 and guide.stderr == ""
    text = guide.stdout
    positions = []
    for family in FAMILIES:
        first_words = " ".join((family.__doc__ or "").split()[:4])
        assert first_words in " ".join(text.split()), family.__name__
        positions.append(" ".join(text.split()).index(first_words))
        for expression, *_ in list(family.EXAMPLES)[:4]:
            shown = display_date(resolve(expression, reference=date(2025, 3, 6)))
            assert re.search(rf"^  {re.escape(expression)} +{re.escape(shown)}  \(", text, re.MULTILINE), expression
    assert positions == sorted(positions)
