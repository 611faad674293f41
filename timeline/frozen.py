"""Immutable value classes without :mod:`dataclasses`: the model, errors and options of every command.

``import dataclasses`` brings in ``inspect`` (and with it ``ast``, ``dis`` and ``tokenize``), and
each ``@dataclass(frozen=True)`` compiles its methods from source text when the class is made:
together about 15 ms of CPU on every start-up, as much as ``timeline resolve`` may spend beyond
twice ``import yaml`` (issue 18, ``bench/startup.py``). A class derived from :class:`Frozen` lists
its fields in ``_fields``, writes its ``__init__`` (storing through ``object.__setattr__``), and
gets what the frozen dataclass gave: equality and hashing by its fields in order, the same
``repr``, assignment refused, pickling and copying, and :meth:`Frozen.replace` in place of
``dataclasses.replace``. A :class:`Record` is the same without the freezing (and without a hash).
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, ClassVar, Self


class Record:
    """Base of the records a reader fills as it goes (what ``@dataclass(slots=True)`` gave): compared
    and shown by ``_fields``, in order; unhashable, since they change (a class that defines
    ``__eq__`` and not ``__hash__`` gets ``__hash__ = None``)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    # the fields' values as one tuple, read in C (equality and hashing are on the loaders' and
    # renderers' hot paths: spans are memo keys)
    _values: ClassVar[Any] = staticmethod(lambda _: ())

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields = cls._fields
        cls._values = staticmethod(attrgetter(*fields) if len(fields) > 1 else
                                   (lambda value: tuple(getattr(value, name) for name in fields)))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._values(self) == self._values(other))
        return NotImplemented

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"


class Frozen(Record):
    """Base of the immutable value classes: compared, hashed and shown by ``_fields``, in order.

    The ``__init__`` of a subclass takes the fields positionally in that order (pickling calls it so).
    """

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), self._values(self)

    def replace(self, **changes: Any) -> Self:
        """A copy with the fields named in *changes* set to their values (``dataclasses.replace``)."""
        values = dict(zip(self._fields, self._values(self), strict=True))
        values.update(changes)
        return type(self)(**values)
