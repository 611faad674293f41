"""The two builds: pure Python, and the optional compiled core (``TIMELINE_COMPILE=1``, setup.py).

CI runs the whole suite against each (.ci/run's compiled pass sets TIMELINE_EXPECT_COMPILED=1);
these tests check that the build under test is the one expected, whole, and that the build
machinery asks for the compiler only when told to.
"""

from __future__ import annotations

import ast
import importlib.util
import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from timeline._mypyc import compiled

ROOT = Path(__file__).resolve().parents[1]


def _compiled_paths() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "COMPILED":
            return [ast.literal_eval(elt) for elt in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError("setup.py has no COMPILED list")


def _modules() -> list[str]:
    """Every module setup.py compiles, as dotted names."""
    names = []
    for entry in _compiled_paths():
        path = ROOT / entry
        assert path.exists(), f"setup.py compiles {entry}, which does not exist"
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        names += [".".join(f.relative_to(ROOT).with_suffix("").parts) for f in files]
    return names


def test_the_build_is_whole_and_the_expected_one() -> None:
    """Either every module setup.py lists is compiled or none is; CI's compiled pass expects all."""
    kinds = {}
    for name in _modules():
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin is not None, name
        kinds[name] = spec.origin.endswith(tuple(EXTENSION_SUFFIXES))
    assert len(set(kinds.values())) == 1, f"a half-compiled tree: {kinds}"
    assert compiled() == next(iter(kinds.values()))
    if os.environ.get("TIMELINE_EXPECT_COMPILED") == "1":
        assert compiled(), "TIMELINE_EXPECT_COMPILED=1 but the core was imported from Python sources"


def _backend() -> object:
    spec = importlib.util.spec_from_file_location("build_backend", ROOT / "tools" / "build_backend.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("flag, wants_mypy", [(None, False), ("0", False), ("1", True), ("yes", True)])
def test_the_build_backend_asks_for_mypy_only_when_compiling(monkeypatch: pytest.MonkeyPatch,
                                                             flag: str | None, wants_mypy: bool) -> None:
    if flag is None:
        monkeypatch.delenv("TIMELINE_COMPILE", raising=False)
    else:
        monkeypatch.setenv("TIMELINE_COMPILE", flag)
    backend = _backend()
    # the pure build's requirements are setuptools' own (its hook runs setup.py: slow, not repeated here)
    requires = backend.get_requires_for_build_wheel() if wants_mypy else backend._compiler()  # type: ignore[attr-defined]
    assert any(r.startswith("mypy") for r in requires) is wants_mypy
