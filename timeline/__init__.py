"""timeline: normalize the relative dates of news text into exact spans.

The public API (imported lazily so that ``import timeline`` stays cheap)::

    from timeline import resolve, parse, load, extract
    resolve("last week", reference=date(2025, 3, 6))  # -> Span(2025-02-24, 2025-03-03, week)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline._version import __version__

__all__ = [
    "Event",
    "ExpressionError",
    "Granularity",
    "InputError",
    "Location",
    "Span",
    "Timeline",
    "TimelineError",
    "UnsupportedError",
    "__version__",
    "extract",
    "load",
    "parse",
    "resolve",
    "select",
]

_EXPORTS = {
    "resolve": "timeline.resolver",
    "parse": "timeline.grammar",
    "load": "timeline.loader",
    "extract": "timeline.extraction",
    "select": "timeline.selection",
    "Span": "timeline.model",
    "Event": "timeline.model",
    "Timeline": "timeline.model",
    "Granularity": "timeline.model",
    "TimelineError": "timeline.errors",
    "ExpressionError": "timeline.errors",
    "InputError": "timeline.errors",
    "UnsupportedError": "timeline.errors",
    "Location": "timeline.errors",
}

if TYPE_CHECKING:
    from timeline.errors import ExpressionError, InputError, Location, TimelineError, UnsupportedError
    from timeline.extraction import extract
    from timeline.grammar import parse
    from timeline.model import Event, Granularity, Span, Timeline
    from timeline.resolver import resolve
    from timeline.selection import select


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(module_name)
    value = getattr(module, name)
    globals()[name] = value
    return value
