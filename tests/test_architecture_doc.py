"""docs/architecture.md cannot drift silently from the code.

- The map of the package (the first code block, under "## Map of the package") names every
  module of ``timeline/`` and nothing that does not exist.
- A name the doc writes as ``module.attribute`` in backticks, where *module* is a module of the
  map ("registry.FAMILIES", "cli_base.EXIT_CODES", "fast.load_records"), is an attribute of that
  module; a path it writes in backticks (``timeline/...``, ``tests/...``, ``tools/...``) exists.
- The worked example of "A new family" is the toy family that ``tests/test_architecture.py``
  adds to a copy of the package, registered through the same entry point.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
PACKAGE = ROOT / "timeline"


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def _section(title: str) -> str:
    """The text of the doc from the heading *title* to the next heading of any level."""
    text = _doc()
    start = text.index(f"\n{title}\n") + len(title) + 2
    following = re.search(r"^#{1,6} ", text[start:], re.MULTILINE)
    return text[start:start + following.start()] if following else text[start:]


def _code_blocks(text: str) -> list[str]:
    return re.findall(r"^```[a-z]*\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def read_map(block: str) -> tuple[list[str], list[str]]:
    """The directories and the modules a map block names, as paths from the repository root.

    A line is "NAME/  description" (a directory), "name.py  description" or a line of module
    names ("days.py weekdays.py ..."); its indentation says which directory it is in; a line
    that starts with a word that is not a file name continues the description above it.
    """
    lines = [line for line in block.splitlines() if line.strip()]
    root = lines[0].strip().rstrip("/")
    folders: list[tuple[int, str]] = [(-1, root)]
    directories: list[str] = [root]
    modules: list[str] = []
    for line in lines[1:]:
        indent = len(line) - len(line.lstrip())
        first = line.split()[0]
        if not first.endswith(("/", ".py")):
            continue  # a description's second line
        while folders[-1][0] >= indent:
            folders.pop()
        here = "/".join(name for _, name in folders)
        if first.endswith("/"):
            folders.append((indent, first.rstrip("/")))
            directories.append(f"{here}/{first.rstrip('/')}")
            continue
        for word in line.split():
            if not word.endswith(".py"):
                break  # the description starts
            modules.append(f"{here}/{word}")
    return directories, modules


def _package_map() -> tuple[list[str], list[str]]:
    return read_map(_code_blocks(_section("## Map of the package"))[0])


def test_the_map_reader_reads_nesting_lists_and_descriptions() -> None:
    block = """\
pkg/
  top.py           a module
  sub/             a package
    a.py b.py c.py
    inner/         deeper
      d.py         a description that goes on
                   over two lines: e.py is not read from here
    e.py           back in sub/
  f.py             back at the top
"""
    directories, modules = read_map(block)
    assert directories == ["pkg", "pkg/sub", "pkg/sub/inner"]
    assert modules == ["pkg/top.py", "pkg/sub/a.py", "pkg/sub/b.py", "pkg/sub/c.py", "pkg/sub/inner/d.py",
                       "pkg/sub/e.py", "pkg/f.py"]


def test_every_path_of_the_map_exists() -> None:
    directories, modules = _package_map()
    assert [d for d in directories if not (ROOT / d).is_dir()] == []
    assert [m for m in modules if not (ROOT / m).is_file()] == []


def test_every_module_of_the_package_is_in_the_map() -> None:
    """A package's ``__init__.py`` counts as named by its directory's line; every other module by name."""
    directories, modules = _package_map()
    named = set(modules) | {f"{d}/__init__.py" for d in directories}
    files = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    assert [f for f in files if f not in named] == []
    packages = sorted(str(p.parent.relative_to(ROOT)) for p in PACKAGE.rglob("__init__.py"))
    assert [p for p in packages if p not in directories] == []


def test_the_map_names_each_module_once() -> None:
    _, modules = _package_map()
    assert sorted(m for m in set(modules) if modules.count(m) > 1) == []


def _modules_by_stem() -> dict[str, list[str]]:
    directories, modules = _package_map()
    by_stem: dict[str, list[str]] = {}
    for path in modules + [f"{d}/__init__.py" for d in directories]:
        dotted = path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        by_stem.setdefault(dotted.rsplit(".", 1)[-1], []).append(dotted)
    return by_stem


def _has(module_name: str, attribute: str) -> bool:
    module: ModuleType = importlib.import_module(module_name)
    if hasattr(module, attribute):
        return True
    return importlib.util.find_spec(f"{module_name}.{attribute}") is not None if hasattr(module, "__path__") else False


_FILE_NAME = re.compile(r"\.(?:py|md|ya?ml|json|toml|txt|csv|ics)$")  # docs/holidays.md is a path, not an attribute


def test_the_names_the_doc_gives_as_module_dot_attribute_exist() -> None:
    """`registry.FAMILIES`, `families/units.relative`, `cli_base.EXIT_CODES`... (a stem two modules
    share, such as spans or titles, is true when either module has the attribute)."""
    by_stem = _modules_by_stem()
    checked, missing = [], []
    for written in re.findall(r"`([^`\s]+)`", _doc()):
        found = re.fullmatch(r"(?:[a-z_]+/)*([a-z_]+)\.([A-Za-z_][A-Za-z_0-9]*)(?:\(.*\))?", written)
        if found is None or found.group(1) not in by_stem or _FILE_NAME.search(written):
            continue
        stem, attribute = found.groups()
        candidates = by_stem[stem]
        if "/" in written:  # families/units.relative: the folder says which
            folder = written.rsplit(".", 1)[0].replace("/", ".")
            candidates = [c for c in candidates if c.endswith(folder)]
        checked.append(written)
        if not any(_has(c, attribute) for c in candidates):
            missing.append(written)
    assert len(checked) >= 20  # the doc does name the code this way; a broken pattern would check nothing
    assert missing == []


def test_the_paths_the_doc_writes_exist() -> None:
    written = set(re.findall(r"`((?:timeline|tests|tools|bench|docs)/[^`\s]*)`", _doc()))
    # (a placeholder such as <language>, and the worked example's family, which the recipe test adds)
    concrete = [p for p in written if "<" not in p and "*" not in p and not p.endswith("/payday.py")]
    assert concrete
    assert sorted(p for p in concrete if not (ROOT / p).exists()) == []


def _test_architecture() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_recipe_test", ROOT / "tests" / "test_architecture.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_worked_family_is_the_one_the_recipe_test_adds() -> None:
    recipe = _test_architecture()
    example = _section("### A new family, worked example")
    module_block = _code_blocks(example)[0]
    assert module_block == recipe.TOY_FAMILY
    # the module's file name and the test that follows the recipe are the ones the doc names
    assert "`timeline/grammar/families/payday.py`" in example
    test_name = "test_a_new_family_is_one_module_and_one_line_in_the_registry"
    assert f"`{test_name}`" in example and callable(getattr(recipe, test_name))


def test_the_worked_family_is_registered_where_the_recipe_test_registers_it() -> None:
    """The one line goes to the same entry point: ``FAMILIES`` of timeline/grammar/registry.py,
    the tuple the recipe test appends to, the one the grammar's tests and WORD_HANDLERS read."""
    example = _section("### A new family, worked example")
    registry_block = _code_blocks(example)[1]
    declaration = "FAMILIES: tuple[ModuleType, ...] = ("
    assert registry_block.startswith(declaration) and registry_block.rstrip().endswith(", payday)")
    assert "`timeline/grammar/registry.py`" in example
    assert declaration in (ROOT / "timeline" / "grammar" / "registry.py").read_text(encoding="utf-8")
    recipe_source = (ROOT / "tests" / "test_architecture.py").read_text(encoding="utf-8")
    assert '"grammar" / "families" / "payday.py"' in recipe_source
    assert '"grammar" / "registry.py"' in recipe_source
    assert r"FAMILIES: tuple\[ModuleType, \.\.\.\] = \(" in recipe_source  # the pattern its edit matches
