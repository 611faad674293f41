"""The build backend: setuptools', plus mypy in the build requirements when TIMELINE_COMPILE is set.

``pip install .`` builds in an isolated environment holding only ``[build-system] requires``;
the compiled build (``TIMELINE_COMPILE=1 pip install .``, see setup.py) also needs mypy, whose
mypyc turns the core into C extensions. Asking for it only then keeps the pure build free of it.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # every hook not redefined here is setuptools'

# the mypy whose mypyc the compiled build was tested with, and newer
_COMPILER = ["mypy>=1.11"]


def _compiler() -> list[str]:
    return list(_COMPILER) if os.environ.get("TIMELINE_COMPILE", "").strip().lower() in ("1", "yes", "true", "on") else []


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    """setuptools' requirements for a wheel; mypy alone for the compiled build (setuptools' hook runs
    setup.py, which then imports mypyc before it is installed)."""
    return _compiler() or list(_setuptools.get_requires_for_build_wheel(config_settings))


def get_requires_for_build_editable(config_settings: dict[str, Any] | None = None) -> list[str]:
    """setuptools' requirements for an editable install; mypy alone for the compiled build."""
    return _compiler() or list(_setuptools.get_requires_for_build_editable(config_settings))
