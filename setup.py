"""Build script. Pure Python by default; ``TIMELINE_COMPILE=1`` compiles the core with mypyc.

    pip install .                                  # pure Python, no compiler needed
    TIMELINE_COMPILE=1 pip install .               # the grammar and resolver compiled (needs a C compiler)
    TIMELINE_COMPILE=1 python setup.py build_ext --inplace   # the same, in a checkout (CI's compiled pass)

Both builds give the same results (CI runs the test suite against each). The compiled modules are the
pure core the resolver runs through, strict-typed already; everything else stays Python. mypy (which
ships mypyc) is added to the build requirements by ``tools/build_backend.py`` when the flag is set.
"""

from __future__ import annotations

import os

from setuptools import setup

# The modules compiled by TIMELINE_COMPILE=1: the pure core an expression runs through.
# expressions.py stays Python: mypyc evaluates NamedTuple field types at import, and its
# Holiday field is a type-checking-only import (the holidays package is loaded on first use).
COMPILED = [
    "timeline/grammar",
    "timeline/resolver",
    "timeline/lexicons/schema.py",
    "timeline/lexicons/morphology.py",
    "timeline/lexicon.py",  # the English tables the grammar reads (lx.WEEKDAYS...)
    # holiday names and dates; the holiday model, rules and catalogue stay Python (frozen
    # dataclasses with class variables, and the catalogue builds them at import)
    "timeline/holidays/matching.py",
    "timeline/holidays/tables.py",
    "timeline/holidays/calendars",
]


def compile_requested() -> bool:
    """True when TIMELINE_COMPILE asks for the compiled core (1, yes, true, on)."""
    return os.environ.get("TIMELINE_COMPILE", "").strip().lower() in ("1", "yes", "true", "on")


def ext_modules() -> list[object]:
    if not compile_requested():
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy

    # In pip's isolated build environment the runtime dependencies are not installed; the modules
    # that import them (the holiday calendars) are not compiled, so their imports may stay unchecked.
    return list(mypycify(["--ignore-missing-imports", *COMPILED], opt_level="3"))


setup(ext_modules=ext_modules())
