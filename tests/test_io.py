"""The I/O boundary (timeline/io.py) and the exit codes, through real processes.

Bounded reads from files, pipes, FIFOs and devices; closed standard streams;
failed writes to standard output; ``-o`` onto devices, FIFOs, symlinks and long
names; signals during ``-o``; and an exit status that never depends on whether
the reader of stderr stayed open. Every case runs ``python -m timeline`` (or
the library) for real: a shell redirection is what the user types.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from timeline import errors, io
from timeline.cli import EXIT_CODES, exit_code

REPO = Path(__file__).resolve().parent.parent
EVENTS = "reference: 2025-03-06\nevents:\n  - {title: Budget, when: Monday}\n"
ENV = {**os.environ, "PYTHONPATH": str(REPO)}
posix_only = pytest.mark.skipif(os.name != "posix", reason="devices, FIFOs and shell redirections are POSIX")


def shell(command: str, cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run *command* in bash (``timeline`` is ``python -m timeline``), as a user would."""
    prefix = f"timeline() {{ {sys.executable} -m timeline \"$@\"; }}; "
    return subprocess.run(["bash", "-c", prefix + command], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=ENV, stdin=subprocess.DEVNULL, check=False)


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Error:" not in proc.stderr.replace("error:", ""), proc.stderr


@pytest.fixture
def events(tmp_path: Path) -> Path:
    (tmp_path / "events.yaml").write_text(EVENTS)
    return tmp_path


# --------------------------------------------------------------------------
# Exit codes by class


def test_exit_codes_come_from_the_class() -> None:
    assert exit_code(errors.UnknownWordError("x")) == 1
    assert exit_code(errors.SchemaError("x")) == 1
    assert exit_code(errors.InputErrors([errors.SchemaError("x")])) == 1
    assert exit_code(errors.OutputError("disk full")) == 1
    assert exit_code(errors.UsageError("x")) == 2
    assert exit_code(errors.RefusedOutputError("an input")) == 2
    assert exit_code(errors.Interrupted(signal.SIGTERM)) == 143
    assert exit_code(errors.Interrupted(signal.SIGINT)) == 130
    # the message plays no part: the same words under another class give that class's code
    assert exit_code(errors.OutputError("refusing to overwrite the input file x")) == 1
    assert set(EXIT_CODES.values()) <= {1, 2}


def test_every_error_class_has_a_docstring_saying_when_it_is_raised() -> None:
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.TimelineError)]
    assert len(classes) > 15
    for cls in classes:
        assert cls.__doc__ and len(cls.__doc__) > 20, cls


# --------------------------------------------------------------------------
# Bounded reads: files, pipes, devices


@posix_only
@pytest.mark.parametrize("source", ["/dev/zero", "/dev/urandom", "<(yes)", "<(cat /dev/zero)"])
def test_endless_inputs_stop_at_the_size_limit(source: str, tmp_path: Path) -> None:
    if source.startswith("/dev/") and not os.path.exists(source):
        pytest.skip(f"{source} is missing")
    started = time.perf_counter()
    proc = shell(f"timeline show {source} --max-size 1", tmp_path)
    assert time.perf_counter() - started < 30
    no_traceback(proc)
    assert proc.returncode == 1
    assert re.fullmatch(r"\S+: error: input is over the limit of 1,048,576 bytes \(raise it with --max-size\)\n",
                        proc.stderr), proc.stderr


@posix_only
def test_a_pipe_on_standard_input_stops_at_the_size_limit(tmp_path: Path) -> None:
    proc = shell("yes | timeline show - --max-size 1", tmp_path)
    assert proc.returncode == 1
    assert proc.stderr == "<stdin>: error: input is over the limit of 1,048,576 bytes (raise it with --max-size)\n"


@posix_only
def test_a_fifo_is_read_like_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "events.fifo"
    os.mkfifo(fifo)

    def writer() -> None:
        with open(fifo, "w") as handle:
            handle.write(EVENTS)

    thread = threading.Thread(target=writer)
    thread.start()
    name, text = io.read_text(str(fifo))
    thread.join()
    assert (name, text) == (str(fifo), EVENTS)


def test_the_size_limit_counts_bytes_as_read(tmp_path: Path) -> None:
    class Endless:
        def read(self, n: int) -> bytes:
            return b"x" * n

    with pytest.raises(errors.InputTooLargeError):
        io.read_bytes("-", 10, stdin=Endless())  # type: ignore[arg-type]
    name, data = io.read_bytes("-", 10, stdin=__import__("io").BytesIO(b"0123456789"))
    assert (name, data) == ("<stdin>", b"0123456789")


@pytest.mark.parametrize("value", ["99999999999999999999999", "1048577", "0", "-5"])
def test_a_huge_or_silly_max_size_is_a_usage_error(value: str, events: Path) -> None:
    proc = shell(f"timeline show events.yaml --max-size {value}", events)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "OverflowError" not in proc.stderr
    assert "--max-size" in proc.stderr


def test_reading_errors_are_located(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    proc = shell("timeline show nope.yaml; timeline show dir", tmp_path)
    assert proc.stderr.splitlines() == ["nope.yaml: error: no such file",
                                        "dir: error: is a directory, not an events file"]


# --------------------------------------------------------------------------
# Closed standard streams


@posix_only
@pytest.mark.parametrize("command, code, message", [
    ("timeline show - <&-", 1, "<stdin>: error: standard input is closed: give a FILE, or pipe the events in"),
    ("timeline show events.yaml >&-", 1, "<stdout>: error: standard output is closed: redirect it, or use -o FILE"),
    ("timeline resolve 'last week' --ref 2025-03-06 >&-", 1,
     "<stdout>: error: standard output is closed: redirect it, or use -o FILE"),
])
def test_closed_standard_streams(command: str, code: int, message: str, events: Path) -> None:
    proc = shell(command, events)
    no_traceback(proc)
    assert proc.returncode == code
    assert proc.stderr.splitlines() == [message]


@posix_only
def test_a_closed_stderr_changes_nothing(events: Path) -> None:
    (events / "bad.yaml").write_text(EVENTS.replace("Monday", "Thrusday"))
    assert shell("timeline show events.yaml 2>&-", events).returncode == 0
    assert shell("timeline show bad.yaml 2>&-", events).returncode == 1
    # with -o: the file is still written whole
    proc = shell("timeline show events.yaml -o out.txt 2>&-", events)
    assert proc.returncode == 0 and "Budget" in (events / "out.txt").read_text()


# --------------------------------------------------------------------------
# Failed writes to standard output


@posix_only
@pytest.mark.parametrize("fmt", ["json", "table", "ics", "csv"])
def test_a_full_disk_on_standard_output_is_exit_1(fmt: str, events: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    proc = shell(f"timeline show events.yaml -f {fmt} > /dev/full", events)
    no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [("<stdout>: error: cannot write: No space left on device; "
                                         "the output is incomplete")]


def test_an_io_error_on_standard_output_is_an_output_error(monkeypatch: pytest.MonkeyPatch) -> None:
    class Failing:
        def write(self, data: bytes) -> int:
            raise OSError(5, "Input/output error")

        def flush(self) -> None:
            pass

    class Stdout:
        buffer = Failing()

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stdout", Stdout())
    with pytest.raises(errors.OutputError) as caught:
        io.StandardOutput().write("data\n")
    assert str(caught.value) == "<stdout>: cannot write: Input/output error; the output is incomplete"


def test_a_reader_that_went_away_ends_the_output(monkeypatch: pytest.MonkeyPatch) -> None:
    class Closed:
        writes = 0

        def write(self, data: bytes) -> int:
            Closed.writes += 1
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            pass

    class Stdout:
        buffer = Closed()

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stdout", Stdout())
    out = io.StandardOutput()
    assert out.write("a\n") is False
    assert out.write("b\n") is False
    assert out.reader_gone and Closed.writes == 1


@posix_only
def test_the_exit_status_never_depends_on_the_reader_of_stderr(tmp_path: Path) -> None:
    lines = ["reference: 2025-03-06", "events:"] + [f"  - {{title: e{i}, when: Thrusday}}" for i in range(3000)]
    (tmp_path / "bad.yaml").write_text("\n".join(lines) + "\n")
    (tmp_path / "good.yaml").write_text(EVENTS)
    for _ in range(5):
        proc = shell("timeline check bad.yaml 2>&1 | head -1; echo ${PIPESTATUS[0]}", tmp_path)
        assert proc.stdout.splitlines()[-1] == "1", proc.stdout
        assert "Traceback" not in proc.stdout + proc.stderr
    for _ in range(3):
        proc = shell("timeline show bad.yaml -f json 2>&1 | head -1; echo ${PIPESTATUS[0]}", tmp_path)
        assert proc.stdout.splitlines()[-1] == "1", proc.stdout
    # and | head stays quiet on good data
    proc = shell("timeline show good.yaml good.yaml good.yaml | head -1 >/dev/null; echo ${PIPESTATUS[0]}", tmp_path)
    assert proc.stdout == "0\n" and proc.stderr == ""


# --------------------------------------------------------------------------
# -o


@posix_only
def test_output_refuses_devices_fifos_and_symlinks(events: Path) -> None:
    os.mkfifo(events / "fifo")
    (events / "link.txt").symlink_to(events / "target.txt")
    cases = {
        "/dev/null": "/dev/null: error: is a device: refusing to replace it with a file (add --follow to write "
                     "into it)",
        "fifo": "fifo: error: is a FIFO: refusing to replace it with a file (add --follow to write into it)",
        "link.txt": "link.txt: error: is a symbolic link: refusing to replace it (add --follow to write to the "
                    "file it points to)",
        ".": ".: error: is a directory: name a file to write",
    }
    for target, message in cases.items():
        proc = shell(f"timeline show events.yaml -o {target}", events)
        assert proc.returncode == 2, target
        assert proc.stderr.splitlines() == [message]
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert stat.S_ISFIFO(os.lstat(events / "fifo").st_mode)
    assert os.path.islink(events / "link.txt") and not (events / "target.txt").exists()
    assert sorted(p.name for p in events.iterdir()) == ["events.yaml", "fifo", "link.txt"]


@posix_only
def test_output_with_follow_writes_through(events: Path) -> None:
    (events / "link.txt").symlink_to(events / "target.txt")
    proc = shell("timeline show events.yaml -f csv -o link.txt --follow", events)
    assert proc.returncode == 0, proc.stderr
    assert os.path.islink(events / "link.txt")
    assert "Budget" in (events / "target.txt").read_text()
    assert shell("timeline show events.yaml -o /dev/null --follow", events).returncode == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    os.mkfifo(events / "fifo")
    proc = shell("cat fifo > got.txt & timeline show events.yaml -f csv -o fifo --follow; wait", events)
    assert proc.returncode == 0, proc.stderr
    assert "Budget" in (events / "got.txt").read_text()


def test_output_with_an_empty_name(events: Path) -> None:
    proc = shell("timeline show events.yaml -o ''", events)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["timeline: error: --output: the file name is empty"]


def test_a_long_output_name_works(events: Path) -> None:
    name = "a" * 246 + ".txt"  # 250 bytes: valid, but a temporary name 14 bytes longer would not be
    proc = shell(f"timeline show events.yaml -o {name}", events)
    assert proc.returncode == 0, proc.stderr
    assert "Budget" in (events / name).read_text()
    assert sorted(p.name for p in events.iterdir()) == sorted(["events.yaml", name])
    wide = "é" * 125  # 250 bytes in UTF-8: the temporary name is shortened on a character boundary
    assert len(io.temporary_name(events / wide).rsplit("/", 1)[1].encode()) <= 255
    io.write_output(events / wide, "x")
    assert (events / wide).read_text() == "x"


@posix_only
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_output_removes_the_temporary_file(signum: int, tmp_path: Path) -> None:
    """The signal arrives while the file is being written (fsync stands still until it comes)."""
    (tmp_path / "out.txt").write_text("old")
    script = """
import os, signal, sys, time
sys.argv = ["timeline", "show", "events.yaml", "-o", "out.txt"]
from timeline import io, cli
def slow_fsync(fd):
    print("writing", flush=True)
    time.sleep(30)
io.os.fsync = slow_fsync
cli.main()
"""
    (tmp_path / "events.yaml").write_text(EVENTS)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=tmp_path, env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline() == "writing\n"
    assert any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    name = signal.Signals(signum).name
    assert proc.returncode == 128 + signum
    assert err.splitlines() == [(f"out.txt: error: interrupted ({name}); out.txt was not written (the temporary "
                                 "file was removed)")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.yaml", "out.txt"]
    assert (tmp_path / "out.txt").read_text() == "old"


@posix_only
@pytest.mark.parametrize("step", ["open", "replace"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_at_the_edge_of_a_system_call_leaves_no_temporary_file(
        step: str, signum: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A signal that arrives while ``os.open`` creates the temporary file (or ``os.replace`` renames
    it) runs its handler as soon as the call returns, before the name can be recorded: the race that
    left a ``.tmp`` behind after Ctrl-C in ``extract --out-dir -j 2``. Here the signal is raised inside
    the call, so the race is hit every time."""
    real = getattr(io.os, step)

    def signalled(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)
        signal.raise_signal(signum)
        return result

    monkeypatch.setattr(io.os, step, signalled)
    target = tmp_path / "out.txt"
    with pytest.raises(errors.Interrupted) as caught:
        io.write_output(target, "new")
    assert caught.value.signal_number == signum
    monkeypatch.undo()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "out.txt"]
    assert leftovers == []
    if step == "replace":  # the rename happened: the file is whole, and the message must not say otherwise
        assert target.read_text() == "new"
        assert "was not written" not in caught.value.message
    else:
        assert not target.exists()


def test_signal_handlers_are_restored_after_the_write(tmp_path: Path) -> None:
    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    io.write_output(tmp_path / "x.txt", "x")
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before


# --------------------------------------------------------------------------
# Line and column


@pytest.mark.parametrize("text, offset, expected", [
    ("a\nb\nc", 4, (3, 1)),
    ("a\r\nb\r\nc", 6, (3, 1)),
    ("a\rb\rcd", 5, (3, 2)),
    ("a\u2028b\u2029c", 4, (3, 1)),
    ("a\x85b", 2, (2, 1)),
    ("abc", 2, (1, 3)),
])
def test_line_and_column_count_every_line_end(text: str, offset: int, expected: tuple[int, int]) -> None:
    assert io.line_and_column(text, offset) == expected
    assert io.LineIndex(text).position(offset) == expected
