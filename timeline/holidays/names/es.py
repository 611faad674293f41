"""Spanish names of the holidays, as written (see the package docstring for the pattern syntax)."""

from __future__ import annotations

NAMES: dict[str, tuple[str, ...]] = {}
