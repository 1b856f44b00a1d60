"""The `gongkai` console script.

Pure commands (`clock`, `privacy`, `report check`) run on files without Django or a database. Every
other command is a Django management command (`gongkai demo`, `gongkai remind`, `gongkai migrate`…),
so `gongkai X` and `python manage.py X` are the same thing.

Each pure area contributes its sub-commands through a module exposing
`register(subparsers) -> None`; the handler stored as `func` returns the exit code.
Exit codes: 0 success, 1 "found something" where a command says so, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

# (command name, module with register()). A module that is not there yet is simply skipped.
PURE_COMMANDS: tuple[tuple[str, str], ...] = (
    ("clock", "gongkai.law.cli"),
    ("privacy", "gongkai.privacy.cli"),
    ("report", "gongkai.report.cli"),
)


class _Parser(argparse.ArgumentParser):
    """argparse exits with status 2 on usage errors already; keep the message to one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gongkai",
        description="gongkai 政务公开平台. Pure tools: clock, privacy, report check. "
        "Any other command is a Django management command (demo, remind, migrate, …).",
    )
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser] = parser.add_subparsers(
        dest="command", parser_class=_Parser
    )
    for _name, module_name in PURE_COMMANDS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        register: Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None] = module.register
        register(subparsers)
    return parser


def run_django(argv: Sequence[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings")
    from django.core.exceptions import ImproperlyConfigured

    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line(["gongkai", *argv])
    except ImproperlyConfigured as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    pure_names = {name for name, _ in PURE_COMMANDS}
    is_pure = bool(args_list) and args_list[0] in pure_names
    # `gongkai report generate|publish|rollup` need the database: they are management commands
    # named report_<verb>; `report check` stays pure.
    if (
        is_pure
        and args_list[0] == "report"
        and len(args_list) > 1
        and args_list[1]
        in {
            "generate",
            "publish",
            "rollup",
        }
    ):
        return run_django([f"report_{args_list[1]}", *args_list[2:]])
    if not args_list or args_list[0] in {"-h", "--help"}:
        parser.print_help()
        return 0
    if not is_pure:
        return run_django(args_list)
    ns = parser.parse_args(args_list)
    func: Callable[[argparse.Namespace], int] | None = getattr(ns, "func", None)
    if func is None:
        parser.parse_args([args_list[0], "--help"])
        return 2
    try:
        return func(ns)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
