"""The ``timeline`` command (``python -m timeline``): the plain ``resolve`` without Typer, the rest with it.

``timeline resolve "last week" --ref 2025-03-06`` is the command scripts run once per
expression, so its start-up is the tool's (issue 18: at most twice ``python -c "import yaml"``),
and Typer alone costs that much. :func:`lean_resolve` reads such a command line with the very
option table Typer builds ``resolve`` from (:data:`timeline.cli_base.RESOLVE`) and runs the same
function, :func:`timeline.cli_base.resolve`; anything it does not read exactly as Click would (help,
a misspelt or repeated option, a value that is not one of the choices, a value or argument that
starts with ``-``, ``-fjson``, completion, any other command) goes to the Typer application,
which then answers it in full. ``tests/test_startup.py`` runs a table of command lines both ways
and compares stdout, stderr and exit status.
"""

from __future__ import annotations

import os
import sys
from typing import Any


def lean_resolve(args: list[str]) -> dict[str, Any] | None:
    """The arguments of :func:`timeline.cli_base.resolve` for the command line *args* (without the
    program's name) when it is a ``resolve`` that parses without any doubt, else None."""
    if not args or args[0] != "resolve" or "_TIMELINE_COMPLETE" in os.environ:
        return None
    from timeline.cli_base import RESOLVE

    params = {decl: param for param in RESOLVE for decl in param.opt.decls}
    values: dict[str, Any] = {}
    positional: list[str] = []
    only_arguments = False
    i = 1
    while i < len(args):
        token = args[i]
        i += 1
        if only_arguments or token == "-" or not token.startswith("-"):
            positional.append(token)
            continue
        if token == "--":
            only_arguments = True
            continue
        name, equals, inline = token.partition("=") if token.startswith("--") else (token, "", "")
        param = params.get(name)
        if param is None or param.name in values:
            return None  # unknown (--help, a typo, -fjson) or repeated: Typer says what it makes of it
        opt = param.opt
        if opt.flag:
            if equals:
                return None
            values[param.name] = True
            continue
        if equals:
            value = inline
        elif i < len(args) and not args[i].startswith("-"):
            value = args[i]
            i += 1
        else:
            return None  # no value, or one that looks like an option
        if opt.choices is not None:
            choice = next((member for member in opt.choices if member.value == value), None)
            if choice is None:
                return None
            values[param.name] = choice
            continue
        if opt.check is not None and opt.check(value) is not None:
            return None
        values[param.name] = value
    for param in RESOLVE:
        if not param.opt.decls:
            values[param.name] = positional or param.default
        else:
            values.setdefault(param.name, param.default)
    return values


def main(argv: list[str] | None = None) -> None:
    """Run the command line *argv* (default: the process's arguments) and exit with its status."""
    values = lean_resolve(sys.argv[1:] if argv is None else list(argv))
    if values is None:
        from timeline.cli import main as typer_main

        typer_main(argv)
        return
    from timeline import cli_base

    def run_resolve() -> None:
        cli_base._new_run()
        cli_base.resolve(**values)

    cli_base.run(run_resolve)


if __name__ == "__main__":
    main()
