"""docs/architecture.md is true to the code: the "new family" recipe runs (the map: test_architecture_doc.py).

The recipe is followed literally on a copy of the package: one family module
in ``timeline/grammar/families/`` (readers, ``HANDLERS``, ``EXAMPLES``) and one
line in ``registry.FAMILIES``; nothing else is edited, and the new words read
through ``timeline.resolve`` in a fresh process.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The family module of the doc's example, as a file someone would add.
TOY_FAMILY = '''\
"""Paydays: 'payday', 'payday next month' (the 25th of a month)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline.grammar.expression import Components
from timeline.grammar.families.handlers import Handler

if TYPE_CHECKING:
    from timeline.grammar.parser import Parser


def _h_payday(ps: Parser, i: int, end: int, p: Components) -> int:
    """'payday': the 25th of the reference's month; the units family reads 'next month' after it."""
    if p.day is not None:
        return i
    p.day = 25
    if ps.w(i + 1) not in ("next", "last", "this"):
        p.month_shift = 0
    return i + 1


HANDLERS: dict[str, Handler] = {"payday": _h_payday}

EXAMPLES: list[tuple[str, str, str, str, str]] = [
    ("payday", "2025-03-25", "2025-03-26", "day", "2025-03-25"),
    ("payday next month", "2025-04-25", "2025-04-26", "day", "2025-04-25"),
]
'''

_CHECK = '''
import json
from datetime import date
from timeline import resolve
from timeline.grammar.registry import FAMILIES, READING_ORDER
from timeline.grammar.families import payday
rows = []
for expr, *_ in payday.EXAMPLES:
    span = resolve(expr, reference=date(2025, 3, 6))
    rows.append([expr, span.start.isoformat(), span.end.isoformat(), span.granularity.value, span.value])
print(json.dumps({"order": list(READING_ORDER), "rows": rows, "examples": [list(r) for r in payday.EXAMPLES]}))
'''


def test_a_new_family_is_one_module_and_one_line_in_the_registry(tmp_path: Path) -> None:
    package = tmp_path / "timeline"
    shutil.copytree(ROOT / "timeline", package, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    (package / "grammar" / "families" / "payday.py").write_text(TOY_FAMILY, encoding="utf-8")
    registry = package / "grammar" / "registry.py"
    source = registry.read_text(encoding="utf-8")
    # the one line: the module in the import list and in FAMILIES (the tuple's last entry)
    source = source.replace("    parts,\n", "    parts,\n    payday,\n", 1)
    source, count = re.subn(r"(FAMILIES: tuple\[ModuleType, \.\.\.\] = \([^)]*?)(,\s*\))", r"\1, payday\2",
                            source, count=1)
    assert count == 1 and "payday," in source
    registry.write_text(source, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _CHECK], cwd=tmp_path, capture_output=True, text=True, check=False,
                         env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["order"][-1] == "payday"
    assert got["rows"] == got["examples"]
    # and the unchanged tree does not know the word (the module and the line did it)
    from timeline import resolve
    from timeline.errors import TimelineError

    try:
        resolve("payday", reference=date(2025, 3, 6))
    except TimelineError:
        pass
    else:  # pragma: no cover - only if a real payday family is added one day
        raise AssertionError("'payday' already reads in the real tree: pick another toy word")

