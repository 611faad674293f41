"""Adapter that lets ../shared/bench/peers.py score timeline beside its peers.

peers.py calls ``normalize(text, ref, prefer)`` with a naive wall-clock
reference and wants ``(start, end, granularity)`` or None. Our spans map onto
its vocabulary as follows (documented in bench/README.md):

- ``part_of_day`` is reported as ``hour`` and ``season`` as ``day`` (peers.py
  has no such grains); ``decade``/``century`` as ``year``.
- A span with the qualifier "by" (a deadline: "by EOM", "within 2 weeks") or
  "until" ("until 2pm", "fino alla fine del mese", "bis Ende Mai") is the open
  interval Duckling writes for it: from the reference to the end of the span,
  at the second.
"""

from __future__ import annotations

from datetime import date, datetime, time

from timeline.errors import TimelineError
from timeline.resolver import Resolver

__version__ = "adapter-1"

# qualifiers whose span is a bound reached from now: Duckling writes the interval (reference, end)
_OPEN_FROM_REFERENCE = frozenset({"by", "until"})

_GRAIN = {"part_of_day": "hour", "season": "day", "decade": "year", "century": "year"}


def _dt(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time())


def normalize(text: str, ref: datetime, prefer: str, lang: str = "en") -> tuple[datetime, datetime, str] | None:
    """Resolve *text* (written in the language *lang*) against *ref*; None when timeline cannot read it."""
    try:
        span = Resolver(ref, prefer, language=lang).resolve(text)
    except TimelineError:
        return None
    start, end = _dt(span.start), _dt(span.end)
    grain = _GRAIN.get(span.granularity.value, span.granularity.value)
    if span.qualifier in _OPEN_FROM_REFERENCE:
        return ref, end, "second"
    return start, end, grain
