"""Writing output files atomically: a temporary file beside the target, then a
rename, so an error never leaves a half-written file and never touches an
existing one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from timeline.errors import Location, OutputError


def write_atomic(target: Path, text: str, inputs: list[str] | tuple[str, ...] = ()) -> None:
    """Write *text* (UTF-8, newlines as given) to *target* atomically.

    Refuses to overwrite one of the *inputs* (a typo such as ``-o events.yaml``
    would destroy the data being read).
    """
    target = Path(target)
    for name in inputs:
        if name == "-":
            continue
        try:
            if target.exists() and Path(name).exists() and os.path.samefile(target, name):
                raise OutputError(f"refusing to overwrite the input file {name}", Location(str(target)))
        except OSError:
            continue
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror or exc}", Location(str(target))) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            try:
                os.chmod(tmp, target.stat().st_mode & 0o777)
            except OSError:
                pass
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(f"cannot write: {exc.strerror or exc}", Location(str(target))) from None
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
