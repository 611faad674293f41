"""What the optional compiled build (mypyc, ``TIMELINE_COMPILE=1``) needs from the pure code.

The parser and the resolver name their families' functions as class attributes
(``month = absolute.month``), so that every reader is reachable as ``ps.month(...)``.
mypyc's native classes cannot hold such aliases, so those classes are marked
``native_class=False`` (their methods' bodies are still compiled); and a compiled
function is not a descriptor (it does not bind ``self`` as a Python function does), so
each alias goes through :func:`method`, which returns a Python function unchanged (no
cost in the pure build) and makes a compiled one bind. mypy_extensions comes with mypy;
a pure install without it gets a ``mypyc_attr`` that does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from types import FunctionType, MethodType
from typing import Any, TypeVar, cast

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
__all__ = ["compiled", "method", "mypyc_attr"]

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # pragma: no cover - the pure install without mypy_extensions
    def mypyc_attr(*attrs: str, **kwattrs: object) -> Callable[[T], T]:
        """Does nothing: the class stays a plain Python class."""
        def keep(cls: T) -> T:
            return cls
        return keep


class _Method:
    """A compiled function that binds its first argument when read from an instance."""

    __slots__ = ("function",)

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function

    def __get__(self, instance: object, owner: type | None = None) -> Callable[..., Any]:
        return self.function if instance is None else MethodType(self.function, instance)


def method(function: F) -> F:
    """*function* as a method of the class whose body names it: a Python function as it is."""
    if isinstance(function, FunctionType):
        return function
    return cast(F, _Method(function))


def compiled() -> bool:
    """True when this process runs the compiled core (the resolver's module is a C extension)."""
    from importlib.machinery import EXTENSION_SUFFIXES

    from timeline.resolver import core

    return (core.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
