"""Vague words: their documented windows around the reference."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from timeline.model import Granularity as G
from timeline.resolver.spans import (
    DAY,
    VAGUE_WINDOWS,
    _Raw,
)

if TYPE_CHECKING:
    from timeline.resolver.core import Resolver

def _vague(r: Resolver, kind: str) -> _Raw:
    window = VAGUE_WINDOWS[kind]
    start = r.ref_day + timedelta(days=window.before)
    end = r.ref_day + timedelta(days=window.after)
    if end <= start:
        end = start + DAY
    return _Raw(start, end, G.DAY, window.value, f"a vague reference, taken as {window.description} "
                "(approximate)")
