"""Which build this process runs: pure Python, or the optional compiled core.

``TIMELINE_COMPILE=1 pip install .`` (see setup.py) compiles the grammar, the resolver and the
lexicon schema with mypyc; a plain ``pip install .`` stays pure Python with the same results.
What mypyc needs from the pure code is written into it: the parser's and the resolver's families
call each other as module functions (``absolute.month(ps, ...)``), so that both classes compile
to native classes; run-time types match the annotations (mypyc checks them).
"""

from __future__ import annotations

__all__ = ["compiled"]


def compiled() -> bool:
    """True when this process runs the compiled core (the resolver's module is a C extension)."""
    from importlib.machinery import EXTENSION_SUFFIXES

    from timeline.resolver import core

    return (core.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
