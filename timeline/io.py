"""The I/O boundary: every byte timeline reads from a file or a stream, and every
byte it writes, goes through this module.

Reading is bounded the same way for regular files, pipes and devices: bytes are
counted as they arrive, so ``/dev/zero`` or ``<(yes)`` stop at the limit instead
of filling memory. Writing to standard output reports a failed write (a full
disk, an I/O error) as an :class:`~timeline.errors.OutputError` instead of
exiting 0 with a cut file, and treats a reader that went away (``| head``) as
the end of the output, not as an error. ``-o`` replaces regular files
atomically, refuses devices, FIFOs and symlinks unless asked to follow them, and
removes its temporary file when a signal stops the run.

Messages and exit codes are the CLI's business: this module raises typed
errors only.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any, BinaryIO

from timeline.errors import (
    InputReadError,
    InputSyntaxError,
    InputTooLargeError,
    Interrupted,
    Location,
    OutputError,
    RefusedOutputError,
    UsageError,
)

if TYPE_CHECKING:
    from pathlib import Path

# pathlib, signal and threading are imported where an output file is written: not a cost of every
# run's start-up (bench/startup.py, tests/test_startup.py)

DEFAULT_MAX_BYTES = 256 * 1024 * 1024
# The largest --max-size the CLI takes, in MiB (1 TiB): far above any events file, and small enough
# that every size computed from it stays an ordinary integer for the OS calls.
MAX_SIZE_MIB = 1024 * 1024
CHUNK = 1024 * 1024
STDIN_NAME = "<stdin>"
STDOUT_NAME = "<stdout>"


# --------------------------------------------------------------------------
# Reading


def read_bytes(path: str, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> tuple[str, bytes]:
    """Read a file, a device, a FIFO or ``-`` (standard input) whole: (display name, bytes).

    At most *max_bytes* are accepted, counted as they are read (``st_size`` is
    0 for pipes and devices, so it is only used to refuse large regular files
    before reading them). Raises :class:`InputTooLargeError` or
    :class:`InputReadError`.
    """
    name, handle, owned = _open_input(path, max_bytes, stdin)
    try:
        return name, _read_bounded(handle, max_bytes, name)
    finally:
        if owned:
            handle.close()


def read_blocks(path: str, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None,
                block_bytes: int = CHUNK) -> tuple[str, Iterator[bytes]]:
    """Stream a file (or ``-``) as blocks of whole lines: (display name, the blocks' bytes).

    Each block holds about *block_bytes* and ends at a line feed (the last one at the end of
    the data), so a block never cuts a line or a UTF-8 sequence; a line longer than a block
    makes a longer block. The file is opened (and a regular file over *max_bytes* refused)
    before this returns; the total is counted as the blocks are read, and going over
    *max_bytes* raises :class:`InputTooLargeError` from the iterator.
    """
    name, handle, owned = _open_input(path, max_bytes, stdin)
    return name, _line_blocks(handle, owned, name, max_bytes, block_bytes)


def _line_blocks(handle: Any, owned: bool, name: str, max_bytes: int, block_bytes: int) -> Iterator[bytes]:
    try:
        pending = bytearray()  # the start of a line that the last read cut
        total = 0
        while True:
            data = _read_some(handle, block_bytes, name)
            if not data:
                if pending:
                    yield bytes(pending)
                return
            total += len(data)
            if total > max_bytes:
                raise InputTooLargeError(f"input is over the limit of {max_bytes:,} bytes (raise it with "
                                         f"--max-size)", Location(name))
            cut = data.rfind(b"\n") + 1
            if not cut:
                pending += data
                continue
            yield bytes(pending) + data[:cut] if pending else data[:cut]
            pending = bytearray(data[cut:])
    finally:
        if owned:
            handle.close()


def _open_input(path: str, max_bytes: int, stdin: BinaryIO | None) -> tuple[str, Any, bool]:
    """(display name, binary stream, whether the caller closes it) of *path* or ``-``."""
    if max_bytes < 0:
        raise UsageError(f"the size limit must be positive, not {max_bytes}")
    if path == "-":
        return STDIN_NAME, stdin if stdin is not None else _stdin_binary(), False
    if path == "":
        raise InputReadError("the file name is empty", Location("''"))
    try:
        handle = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by the caller, or below
    except FileNotFoundError:
        raise InputReadError("no such file", Location(path)) from None
    except IsADirectoryError:
        raise InputReadError("is a directory, not an events file", Location(path)) from None
    except PermissionError:
        raise InputReadError("permission denied", Location(path)) from None
    except OSError as exc:
        raise InputReadError(f"cannot read: {_reason(exc)}", Location(path)) from None
    try:
        try:
            info = os.fstat(handle.fileno())
        except OSError as exc:
            raise InputReadError(f"cannot read: {_reason(exc)}", Location(path)) from None
        if stat.S_ISDIR(info.st_mode):
            raise InputReadError("is a directory, not an events file", Location(path))
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise InputTooLargeError(f"file is {info.st_size:,} bytes, over the limit of {max_bytes:,} "
                                     f"(raise it with --max-size)", Location(path))
    except BaseException:
        handle.close()
        raise
    return path, handle, True


def _stdin_binary() -> BinaryIO:
    stream = sys.stdin
    if stream is None or standard_stream_closed(0):
        raise InputReadError("standard input is closed: give a FILE, or pipe the events in", Location(STDIN_NAME))
    buffer: BinaryIO | None = getattr(stream, "buffer", None)
    if buffer is None:  # a text stream without bytes underneath (an embedding application's)
        raise InputReadError("standard input is not a byte stream", Location(STDIN_NAME))
    return buffer


def _read_some(stream: Any, size: int, name: str) -> bytes:
    """Up to *size* bytes of *stream* (b"" at its end), a failed read as :class:`InputReadError`."""
    try:
        data: bytes = stream.read(size)
    except (AttributeError, ValueError):  # a closed stream
        raise InputReadError("cannot read: the stream is closed", Location(name)) from None
    except OSError as exc:
        raise InputReadError(f"cannot read: {_reason(exc)}", Location(name)) from None
    return data


def _read_bounded(stream: Any, max_bytes: int, name: str) -> bytes:
    data = bytearray()
    while True:
        chunk = _read_some(stream, min(CHUNK, max_bytes + 1 - len(data)), name)
        if not chunk:
            return bytes(data)
        data += chunk
        if len(data) > max_bytes:
            raise InputTooLargeError(f"input is over the limit of {max_bytes:,} bytes (raise it with "
                                     f"--max-size)", Location(name))


def read_text(path: str, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> tuple[str, str]:
    """:func:`read_bytes`, then :func:`decode`: (display name, text)."""
    name, data = read_bytes(path, max_bytes, stdin)
    return name, decode(data, name)


def read_lines(path: str, max_line_bytes: int = DEFAULT_MAX_BYTES
               ) -> Iterator[tuple[int, bytes | InputTooLargeError]]:
    """Stream a file (or ``-``) line by line: (1-based line number, the line's bytes).

    Memory stays bounded by the longest line accepted: a line longer than
    *max_line_bytes* is yielded as an :class:`InputTooLargeError` at its line
    (and skipped), and the lines after it are still read. For JSON Lines
    corpora, whose size has no limit of its own.
    """
    if path == "-":
        stream: Any = _stdin_binary()
        close = False
    else:
        try:
            stream = open(path, "rb")  # noqa: SIM115 - closed in the finally below, after the generator ends
        except FileNotFoundError:
            raise InputReadError("no such file", Location(path)) from None
        except IsADirectoryError:
            raise InputReadError("is a directory", Location(path)) from None
        except OSError as exc:
            raise InputReadError(f"cannot read: {_reason(exc)}", Location(path)) from None
        close = True
    name = STDIN_NAME if path == "-" else path
    try:
        number = 0
        while True:
            line = stream.readline(max_line_bytes + 1)
            if not line:
                return
            number += 1
            if len(line) > max_line_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = stream.readline(CHUNK)
                yield number, InputTooLargeError(f"line is over the limit of {max_line_bytes:,} bytes",
                                                 Location(name, number, 1))
                continue
            yield number, line
    finally:
        if close:
            stream.close()


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped); anything else is an error naming line and column."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = line_and_column(data[:exc.start].decode("utf-8", "replace"))
        hint = " (it looks like UTF-16)" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
        raise InputSyntaxError(f"not UTF-8 text (byte 0x{data[exc.start]:02x}){hint}; save the file as UTF-8",
                               Location(name, line, column)) from None


# Line ends as editors and YAML count them: LF, CRLF (one end), a lone CR, NEL, and the
# Unicode line and paragraph separators (U+2028, U+2029).
_LINE_END = re.compile("\r\n|[\n\r\x85\u2028\u2029]")


class LineIndex:
    """Maps character offsets of one text to 1-based (line, column), in O(log n) each.

    Built once per document (one pass), so that locating thousands of errors
    stays linear in the size of the text.
    """

    __slots__ = ("starts",)

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.starts.extend(m.end() for m in _LINE_END.finditer(text))

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of the character at *offset*."""
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def line_and_column(text: str, offset: int | None = None) -> tuple[int, int]:
    """The 1-based line and column of character *offset* in *text* (its end when None)."""
    offset = len(text) if offset is None else offset
    return LineIndex(text[:offset]).position(offset)


# --------------------------------------------------------------------------
# Standard streams


def standard_stream_closed(fd: int) -> bool:
    """True when file descriptor *fd* (0, 1 or 2) is not open."""
    try:
        os.fstat(fd)
    except OSError:
        return True
    return False


def guard_standard_streams() -> list[int]:
    """Point closed descriptors 0-2 at /dev/null, and return which were closed.

    Run once at start-up: a file opened later would otherwise get descriptor 1
    and receive the output meant for standard output. The Python objects
    (``sys.stdout`` is ``None`` when 1 was closed at start-up) are left as
    they are, so that writing data still reports the closed stream.
    """
    closed = []
    for fd in (0, 1, 2):
        if standard_stream_closed(fd):
            closed.append(fd)
            try:
                null = os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY)
                if null != fd:
                    os.dup2(null, fd)
                    os.close(null)
            except OSError:
                pass
    return closed


class StandardOutput:
    """Standard output as the CLI writes data to it: UTF-8 bytes, flushed at once.

    A reader that closed the pipe (``| head -1``) ends the output quietly:
    later writes are dropped and :attr:`reader_gone` is set, and the exit
    status stays the one the data decides. Any other failure (``ENOSPC``,
    ``EIO``, a closed descriptor) raises :class:`OutputError`.
    """

    def __init__(self) -> None:
        self.reader_gone = False

    def write(self, text: str | bytes) -> bool:
        """Write *text* (or the bytes of an image); False when the reader has gone (stop producing more)."""
        if self.reader_gone:
            return False
        stream = sys.stdout
        if stream is None:
            raise OutputError("standard output is closed: redirect it, or use -o FILE", Location(STDOUT_NAME))
        if isinstance(text, bytes):
            data = text
            if getattr(stream, "buffer", None) is None:
                raise OutputError("binary output needs a byte stream: use -o FILE", Location(STDOUT_NAME))
        else:
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError as exc:  # never write invalid UTF-8; the loader reports such text first
                raise OutputError(f"the output holds text that is not valid Unicode "
                                  f"(U+{ord(text[exc.start]):04X})", Location(STDOUT_NAME)) from None
        try:
            stream.flush()  # anything written through the text layer first (Click's own output)
            buffer = getattr(stream, "buffer", None)
            if buffer is None:
                assert isinstance(text, str)  # bytes without a byte stream were refused above
                stream.write(text)
                stream.flush()
            else:
                buffer.write(data)
                buffer.flush()
        except BrokenPipeError:
            self.reader_gone = True
            silence(1)
            return False
        except (ValueError, AttributeError):
            raise OutputError("standard output is closed: redirect it, or use -o FILE",
                              Location(STDOUT_NAME)) from None
        except OSError as exc:
            silence(1)  # the rest of the buffer would fail again at exit
            raise OutputError(f"cannot write: {_reason(exc)}; the output is incomplete",
                              Location(STDOUT_NAME)) from None
        return True


def write_stderr(line: str) -> None:
    """Write one message line to standard error; never fails.

    A closed or broken standard error must not change the outcome of a run:
    its reader leaving early (``2>&1 | head -1``) silences the rest, and the
    exit status stays the one the data decides.
    """
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError, AttributeError):
        silence(2)


def silence(fd: int) -> None:
    """Point descriptor *fd* at /dev/null so that no later flush can fail."""
    stream = sys.stdout if fd == 1 else sys.stderr
    try:
        target = stream.fileno() if stream is not None else fd
    except (OSError, ValueError, AttributeError):
        return  # not a real descriptor (a test runner's buffer): nothing to flush later
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, target)
        os.close(null)
    except OSError:
        pass


# --------------------------------------------------------------------------
# Output files


def check_output_target(target: str | Path, inputs: list[str] | tuple[str, ...] = (), follow: bool = False) -> Path:
    """Refuse an output target before any work is done; return it as a Path.

    Refused: an empty name (:class:`UsageError`), one of the *inputs* (also
    through another spelling, a symlink or a hard link), a directory, and,
    unless *follow*, a symlink, a device or a FIFO (:class:`RefusedOutputError`).
    """
    if str(target) == "":
        raise UsageError("--output: the file name is empty")
    from pathlib import Path

    path = Path(target)
    where = Location(str(path))
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write here: {_reason(exc)}", where) from None
    if info is not None and stat.S_ISLNK(info.st_mode) and not follow:
        _refuse_if_input(path, inputs, where)
        raise RefusedOutputError("is a symbolic link: refusing to replace it (add --follow to write to "
                                 "the file it points to)", where)
    if follow and info is not None:
        try:
            info = os.stat(path)
        except OSError:
            info = None  # a dangling link: the file it names is created
    if info is not None:
        _refuse_if_input(path, inputs, where)
        if stat.S_ISDIR(info.st_mode):
            raise RefusedOutputError("is a directory: name a file to write", where)
        if not stat.S_ISREG(info.st_mode) and not follow:
            kind = "a FIFO" if stat.S_ISFIFO(info.st_mode) else "a device" if (
                stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)) else "not a regular file"
            raise RefusedOutputError(f"is {kind}: refusing to replace it with a file (add --follow to write "
                                     f"into it)", where)
    if not path.name:
        raise UsageError(f"--output: {str(path)!r} names no file")
    return path


def _refuse_if_input(path: Path, inputs: list[str] | tuple[str, ...], where: Location) -> None:
    for name in inputs:
        if name == "-":
            continue
        try:
            same = os.path.samefile(path, name)
        except OSError:
            continue
        if same:
            raise RefusedOutputError(f"refusing to overwrite the input file {name}", where)


def write_output(target: str | Path, text: str | bytes | Iterable[str], inputs: list[str] | tuple[str, ...] = (),
                 follow: bool = False) -> None:
    """Write *text* (UTF-8, newlines as given; bytes as they are) to the file *target*.

    *text* may also be an iterable of pieces of text (a renderer's ``render_chunks``),
    written as they come, so that a large output is never held whole.

    A regular file (or a new one) is replaced atomically: the text goes to a
    temporary file beside it, is ``fsync``-ed and renamed over the target, so
    an error or a signal never leaves a half-written or emptied file, and the
    old file keeps its permissions. With *follow*, a symlink is written
    through (the file it points to is replaced) and a device or FIFO is
    written into directly. SIGINT and SIGTERM during the write remove the
    temporary file and raise :class:`Interrupted`.
    """
    path = check_output_target(target, inputs, follow)
    where = Location(str(path))
    if isinstance(text, (str, bytes)):
        data: Iterable[bytes] = [_utf8(text, where)]  # refused before any file is touched
    else:
        data = (_utf8(piece, where) for piece in text)
    if follow:
        from pathlib import Path

        path = Path(os.path.realpath(path))
        try:
            info: os.stat_result | None = os.stat(path)
        except OSError:
            info = None
        if info is not None and not stat.S_ISREG(info.st_mode):
            _write_into(path, data, where)
            return
    _replace_atomically(path, data, where)


def _utf8(text: str | bytes, where: Location) -> bytes:
    if isinstance(text, bytes):
        return text
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise OutputError(f"the output holds text that is not valid Unicode (U+{ord(text[exc.start]):04X})",
                          where) from None


def _write_into(path: Path, data: Iterable[bytes], where: Location) -> None:
    try:
        fd = os.open(path, os.O_WRONLY)
    except OSError as exc:
        raise OutputError(f"cannot write: {_reason(exc)}", where) from None
    try:
        for piece in data:
            _write_all(fd, piece)
    except OSError as exc:
        raise OutputError(f"cannot write: {_reason(exc)}; the output is incomplete", where) from None
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def temporary_name(target: Path) -> str:
    """A hidden temporary name beside *target* that fits the directory's name limit.

    ``.NAME.XXXXXXXX.tmp`` adds 14 bytes: for a name near the limit (255 bytes
    on most file systems) NAME is shortened, on a character boundary.
    """
    directory = target.parent if str(target.parent) else type(target)(".")
    try:
        limit = os.pathconf(directory, "PC_NAME_MAX")
    except (OSError, ValueError):
        limit = 255
    if limit <= 0:
        limit = 255
    token = os.urandom(4).hex()
    suffix = f".{token}.tmp"
    room = limit - len(suffix.encode()) - 1
    stem = target.name
    while len(stem.encode("utf-8", "surrogateescape")) > room:
        stem = stem[:-1]
    return str(directory / f".{stem}{suffix}")


def _replace_atomically(path: Path, data: Iterable[bytes], where: Location) -> None:
    with _signals_raise():
        tmp: str | None = None
        replaced = False
        try:
            with _signals_held():  # created and recorded as one step, or a signal could orphan the file
                tmp, fd = _create_temporary(path, where)
            try:
                for piece in data:
                    _write_all(fd, piece)
                os.fsync(fd)
            finally:
                os.close(fd)
            _copy_mode(path, tmp)
            with _signals_held():  # renamed and recorded as one step: after it there is nothing to undo
                os.replace(tmp, path)
                replaced = True
        except OSError as exc:
            _unlink(None if replaced else tmp)
            raise OutputError(f"cannot write: {_reason(exc)}", where) from None
        except Interrupted as exc:
            if replaced:  # the signal came after the rename: the file is whole, only the run stops
                raise Interrupted(exc.signal_number, f"{exc.message} after {path} was written", where) from None
            _unlink(tmp)
            raise Interrupted(exc.signal_number, f"{exc.message}; {path} was not written (the temporary file "
                                                 f"was removed)", where) from None
        except BaseException:
            _unlink(None if replaced else tmp)
            raise


def _create_temporary(path: Path, where: Location) -> tuple[str, int]:
    """A new hidden temporary file beside *path*: its name and an open descriptor."""
    try:
        for _ in range(100):
            candidate = temporary_name(path)
            try:
                return candidate, os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue
    except OSError as exc:
        raise OutputError(f"cannot write here: {_reason(exc)}", where) from None
    raise OutputError("cannot create a temporary file", where)  # pragma: no cover - 100 collisions of 32 bits


def _copy_mode(target: Path, tmp: str) -> None:
    """The new file gets the old one's permissions, or the usual ones for a new file."""
    try:
        mode = os.stat(target).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass


def _unlink(name: str | None) -> None:
    if name is None:
        return
    try:
        os.unlink(name)
    except OSError:
        pass


class _SignalGate:
    """Where SIGINT and SIGTERM go while :func:`_signals_raise` is in force.

    Outside a held step the signal raises :class:`Interrupted` at once;
    inside one it is recorded and raised when the step ends.
    """

    def __init__(self) -> None:
        self.holding = 0
        self.pending: int | None = None

    def arrive(self, signum: int, frame: FrameType | None) -> None:
        if self.holding:
            self.pending = signum
            return
        raise Interrupted(signum)


_gate = _SignalGate()


@contextmanager
def _signals_raise() -> Iterator[None]:
    """While the body runs, SIGINT and SIGTERM raise :class:`Interrupted` (so
    ``finally`` blocks clean up); the previous handlers are restored after.

    Only the main thread can set handlers: elsewhere this does nothing.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}
    for number in (signal.SIGINT.value, signal.SIGTERM.value):
        try:
            previous[number] = signal.signal(number, _gate.arrive)
        except (OSError, ValueError):
            pass
    try:
        yield
    finally:
        for number, handler in previous.items():
            try:
                signal.signal(number, handler)
            except (OSError, ValueError):
                pass


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the body is done, then arrive.

    A Python signal handler runs between any two bytecodes of the main thread,
    whichever thread the OS delivered the signal to (a process pool's manager
    thread, say): a signal right after ``os.open`` would raise with the
    temporary file created but its name not yet stored, and the file would be
    left behind. Masking the signal in the main thread alone does not prevent
    that, so the handler itself defers: inside the body it only records the
    signal, and it is raised when the body is done.
    """
    _gate.holding += 1
    try:
        yield
    finally:
        _gate.holding -= 1
    if not _gate.holding and _gate.pending is not None:
        signum, _gate.pending = _gate.pending, None
        raise Interrupted(signum)


def _reason(exc: OSError) -> str:
    """What the OS said, without Python's own wrapping ('[Errno 28] ...')."""
    if exc.strerror:
        return exc.strerror
    return errno.errorcode.get(exc.errno or 0, "input/output error")
