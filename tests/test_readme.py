"""Every shell example in README.md runs, as a new user would type it (issue 14.7).

Each line of a ```sh block is run with bash in a scratch copy of the repository's
example files. A line starting with ``$ `` is followed by its expected output, compared
exactly; other lines must exit 0. ``pip install`` lines are what CI itself runs, so they
are not run again here. jq examples use whatever jq is installed (1.6 and 1.7 differ:
``end`` is a keyword in 1.6, so the README writes ``.["end"]``); ``.ci/run`` installs jq
from Debian, and without it those lines are skipped with that reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"


@dataclass
class Example:
    line: int
    command: str
    expected: list[str] | None = None  # None: only the exit status is checked
    notes: list[str] = field(default_factory=list)


def examples() -> list[Example]:
    """The commands of README's ```sh blocks, with the output written under ``$ `` lines."""
    found: list[Example] = []
    in_block = False
    current: Example | None = None
    for number, text in enumerate(README.read_text(encoding="utf-8").splitlines(), 1):
        if text.startswith("```"):
            in_block = text.strip() == "```sh" and not in_block
            current = None
            continue
        if not in_block or not text.strip() or text.lstrip().startswith("#"):
            continue
        if text.startswith("$ "):
            current = Example(number, _strip_comment(text[2:]), [])
            found.append(current)
        elif current is not None and current.expected is not None:
            current.expected.append(text)
        else:
            found.append(Example(number, _strip_comment(text)))
    return found


def _strip_comment(command: str) -> str:
    """Drop a trailing '   # comment' (two or more spaces before the #), as bash would."""
    return re.sub(r"\s{2,}#.*$", "", command).strip()


EXAMPLES = examples()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with what the README's examples read: events.yaml and the examples folder."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copy(REPO / "events.yaml", root / "events.yaml")
    shutil.copytree(REPO / "examples", root / "examples")
    return root


def test_the_readme_has_shell_examples() -> None:
    assert len(EXAMPLES) >= 8
    assert any(e.expected for e in EXAMPLES) and any("jq" in e.command for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"README.md:{e.line}" for e in EXAMPLES])
def test_readme_example_runs(example: Example, scratch: Path) -> None:
    if example.command.startswith("pip install"):
        pytest.skip("installing is what CI itself does before the tests")
    if re.search(r"\bjq\b", example.command) and shutil.which("jq") is None:
        pytest.skip("jq is not installed (.ci/run installs it from Debian)")
    if re.search(r"-f (png|pdf)\b", example.command):
        pytest.importorskip("cairosvg", reason="-f png and -f pdf need the timeline[png] extra")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "TIMELINE_DEBUG")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.update(SOURCE_DATE_EPOCH="1741262400", LC_ALL="C.UTF-8")
    done = subprocess.run(check=False, args=["bash", "-c", f"set -o pipefail; {example.command}"], cwd=scratch, env=env,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 0, f"README.md:{example.line}: {example.command}\n{done.stderr}"
    if example.expected is not None:
        assert done.stdout.splitlines() == example.expected, f"README.md:{example.line}: {example.command}"


def python_blocks() -> list[tuple[int, str]]:
    """The ```python blocks of README.md, with the line each starts on."""
    blocks: list[tuple[int, str]] = []
    lines = README.read_text(encoding="utf-8").splitlines()
    start: int | None = None
    for number, text in enumerate(lines, 1):
        if text.strip() == "```python" and start is None:
            start = number
        elif text.startswith("```") and start is not None:
            blocks.append((start, "\n".join(lines[start:number - 1])))
            start = None
    return blocks


@pytest.mark.parametrize("block", python_blocks(), ids=lambda b: f"README.md:{b[0]}")
def test_readme_python_example_runs(block: tuple[int, str], scratch: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Python example runs as written, from a directory holding events.yaml."""
    line, code = block
    monkeypatch.chdir(scratch)
    exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "readme"})  # noqa: S102 - the README's own code


def test_the_readme_has_python_examples() -> None:
    assert len(python_blocks()) >= 2
