"""The resolver: a parsed expression + a reference -> an exact :class:`Span`.

- ``core.py``: :class:`Resolver` (entry points, the per-run memo, the choice of rule) and
  :func:`resolve`;
- ``families/``: how each family's points become spans, one module per family, paired
  with ``timeline/grammar/families/``;
- ``spans.py``: calendar units as spans, and the small helpers the families share.
"""

from __future__ import annotations

from timeline.resolver.core import _MEMO_SIZE, Resolver, resolve

__all__ = ["_MEMO_SIZE", "Resolver", "resolve"]

# The public names belong to the package (reprs, docs and pickles say timeline.resolver.Resolver).
setattr(Resolver, "__module__", __name__)  # noqa: B010 (mypyc refuses the assignment)
setattr(resolve, "__module__", __name__)  # noqa: B010
