"""docs/architecture.md cannot drift silently from the code.

- The map of the package (the first code block, under "## Map of the package") names every
  module of ``timeline/`` and nothing that does not exist.
- A name the doc writes as ``module.attribute`` in backticks, where *module* is a module of the
  map ("registry.FAMILIES", "cli_base.EXIT_CODES", "fast.load_records"), is an attribute of that
  module; a path it writes in backticks (``timeline/...``, ``tests/...``, ``tools/...``) exists.
- The worked example of "A new family" is the toy family that ``tests/test_architecture.py``
  adds to a copy of the package, registered through the same entry point.
- "Imports point one way": the doc's numbered layers cover every top-level module and package,
  and no module imports from its own layer or one above; the core does no I/O and never reads
  the clock.
"""

from __future__ import annotations

import ast
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
    gone = [d for d in directories if not (ROOT / d).is_dir()] + [m for m in modules if not (ROOT / m).is_file()]
    assert gone == [], f"docs/architecture.md's map names what the tree no longer has: {gone}"


def test_every_module_of_the_package_is_in_the_map() -> None:
    """A package's ``__init__.py`` counts as named by its directory's line; every other module by name."""
    directories, modules = _package_map()
    named = set(modules) | {f"{d}/__init__.py" for d in directories}
    files = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    unmapped = [f for f in files if f not in named]
    assert unmapped == [], f"add these to the map in docs/architecture.md (with a line saying what each holds): {unmapped}"
    packages = sorted(str(p.parent.relative_to(ROOT)) for p in PACKAGE.rglob("__init__.py"))
    assert [p for p in packages if p not in directories] == [], "a package without its NAME/ line in the map"


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


def _class_members() -> dict[str, set[str]]:
    """Every class of the package -> the names it has: methods, class-level names, slots and the
    attributes its methods assign on ``self`` (read from the source: nothing is imported)."""
    members: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            names = members.setdefault(node.name, set())
            for item in ast.walk(node):
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    names.add(item.name)
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    names.add(item.target.id)
                elif isinstance(item, ast.Attribute) and isinstance(item.ctx, ast.Store) \
                        and isinstance(item.value, ast.Name) and item.value.id == "self":
                    names.add(item.attr)
                elif isinstance(item, ast.Assign):
                    names.update(t.id for t in item.targets if isinstance(t, ast.Name))
                    if any(isinstance(t, ast.Name) and t.id == "__slots__" for t in item.targets):
                        names.update(c.value for c in ast.walk(item.value)
                                     if isinstance(c, ast.Constant) and isinstance(c.value, str))
    return members


def test_the_names_the_doc_gives_as_class_dot_member_exist() -> None:
    """`Parser.component()`, `Resolver.resolve_longest`, `EventGraph.lookup`, `Lexicon.longest(words, start)`..."""
    members = _class_members()
    checked, missing = [], []
    for written in re.findall(r"`([^`\s]+|[A-Za-z_]+\.[A-Za-z_]+\([^`]*\))`", _doc()):
        found = re.fullmatch(r"([A-Z_][A-Za-z_0-9]*)\.([A-Za-z_][A-Za-z_0-9]*)(?:\(.*\))?", written)
        if found is None or found.group(1) not in members:
            continue
        checked.append(written)
        if found.group(2) not in members[found.group(1)]:
            missing.append(written)
    assert len(checked) >= 10
    assert missing == []


def _layers() -> list[list[str]]:
    """The numbered list under "Imports point one way": one layer of names per line."""
    text = _section("## Map of the package")
    block = text[text.index("Imports point one way"):]
    return [re.findall(r"`([^`]+)`", line) for line in re.findall(r"^\d+\. (.*)$", block, re.MULTILINE)]


def _imports(path: Path) -> set[str]:
    """The absolute module names *path* imports, anywhere in it (functions and TYPE_CHECKING too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _top_name(path: Path) -> str:
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


def test_every_top_level_module_and_package_has_one_layer() -> None:
    names = [name for layer in _layers() for name in layer]
    tops = sorted({_top_name(p) for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts})
    missing, unknown = sorted(set(tops) - set(names)), sorted(set(names) - set(tops))
    assert (missing, unknown) == ([], []), \
        f"docs/architecture.md, 'Imports point one way': give {missing} a line (above what imports them); drop {unknown}"
    assert len(names) == len(set(names))


def test_imports_point_one_way() -> None:
    layer_of = {name: n for n, layer in enumerate(_layers()) for name in layer}
    upward = []
    for path in PACKAGE.rglob("*.py"):
        here = _top_name(path)
        for module in _imports(path):
            parts = module.split(".")
            if parts[0] != "timeline" or len(parts) < 2 or parts[1] not in layer_of or parts[1] == here:
                continue
            if layer_of[parts[1]] >= layer_of[here]:
                upward.append(f"{path.relative_to(ROOT)} imports {module}")
    assert sorted(set(upward)) == [], "an import against the layers of docs/architecture.md: move the code, " \
        "or (if the design changed) the layers in the doc"


_CORE = ("lexicons", "lexicon", "grammar", "resolver", "expressions", "holidays", "model", "errors")
_NOT_IN_THE_CORE = ("yaml", "tabulate", "typer", "click", "timeline.io", "sys", "os", "subprocess", "shutil",
                    "tempfile", "pathlib")
_CALLS_NOT_IN_THE_CORE = ("print", "open", "input", "today", "now", "utcnow", "getenv")


def test_the_core_does_no_io_and_never_reads_the_clock() -> None:
    found = []
    for path in PACKAGE.rglob("*.py"):
        if _top_name(path) not in _CORE:
            continue
        for module in _imports(path):
            if any(module == bad or module.startswith(bad + ".") for bad in _NOT_IN_THE_CORE):
                found.append(f"{path.relative_to(ROOT)} imports {module}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                called = node.func.id if isinstance(node.func, ast.Name) else \
                    node.func.attr if isinstance(node.func, ast.Attribute) else ""
                if called in _CALLS_NOT_IN_THE_CORE:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} calls {called}()")
    assert found == []
