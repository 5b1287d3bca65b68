"""The command line's shared parts: formats, options and one-line usage errors.

The Typer app and its commands are in cli.py; this is what they have in common.
"""

# No `from __future__ import annotations`: Typer reads these annotations at every start.
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NamedTuple

import typer
from typer.core import TyperGroup

from . import __version__
from .catalogue import ENV_VAR, STEPS, Step, load_catalogue
from .completion import complete_categories
from .errors import BackpainError, CatalogueError, ExitCode, QueryError
from .limits import CONFIDENT, MIN_SCORE
from .model import Catalogue, Category
from .output import Output, to_stderr


class Format(StrEnum):
    table = "table"
    plain = "plain"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


class Group(TyperGroup):
    """Expected failures and usage errors as one line on stderr, each with its exit code."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except Exception as error:
            if getattr(error, "exit_code", None) != ExitCode.USAGE:
                raise
            given = kwargs.get("args") or (args[0] if args else None) or sys.argv[1:]
            to_stderr([usage_error(error, list(given))])
            sys.exit(ExitCode.USAGE)
        sys.exit(code if isinstance(code, int) else ExitCode.OK)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] == "help" and "help" not in self.commands:  # `backpain help [CMD]`
            command = [args[1]] if args[1:] and args[1] in self.commands else []
            wanted = " ".join([ctx.command_path, *command, "--help"])
            ctx.fail(f"No such command 'help'. Did you mean '{wanted}'?")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BackpainError as error:
            if error.message:
                to_stderr([f"Error: {error.message}", *error.details])
            raise typer.Exit(error.exit_code) from None


def usage_error(error: Any, argv: Sequence[str] = ()) -> str:
    """One line and a hint: what was wrong, what was probably meant, where the help is."""
    message = error.format_message() if hasattr(error, "format_message") else str(error)
    message = message.split("\n")[0].rstrip(".")
    # click's NoSuchOption; its BadOptionUsage ("requires an argument") has a name but is not one
    name = getattr(error, "option_name", None) if hasattr(error, "possibilities") else None
    ctx: Any = getattr(error, "ctx", None)
    parent = getattr(ctx, "parent", None)
    if name and name.lstrip("-") in Format.__members__:
        message = f"no such option '{name}'. Did you mean '--format {name.lstrip('-')}'?"
    elif name and parent is not None and (option := _option(parent.command, name)):
        # an option of `backpain` itself, given after the command
        typed = _as_typed(argv, name, option)
        message = (
            f"'{name}' goes before the command: {parent.command_path} {typed} {ctx.info_name} ..."
        )
    elif name and ctx is not None and parent is None and (found := _command_with(ctx, name, argv)):
        # a command's option, given before the command
        command, option = found
        typed = _as_typed(argv, name, option)
        message = f"'{name}' goes after the command: {ctx.command_path} {command} ... {typed}"
    elif name:
        possible = getattr(error, "possibilities", None) or []
        hint = f" Did you mean '{possible[0]}'?" if len(possible) == 1 else ""
        message = f"no such option '{name}'.{hint}"
    path = ctx.command_path if ctx is not None else "backpain"
    if not message.endswith((".", "?")):
        message += "."
    see = "" if message.endswith("--help'?") else f" See '{path} --help'."
    return f"Error: {message[:1].lower()}{message[1:]}{see}"


def _option(command: Any, name: str) -> Any:
    return next((p for p in command.params if name in (*p.opts, *p.secondary_opts)), None)


def _command_with(ctx: Any, name: str, argv: Sequence[str]) -> tuple[str, Any] | None:
    """The command given (or, if none was, any) that has the option, and the option."""
    commands = ctx.command.commands
    given = [arg for arg in argv if arg in commands][:1] or list(commands)
    for command in given:
        if option := _option(commands[command], name):
            return (command if given == [command] else "COMMAND"), option
    return None


def _as_typed(argv: Sequence[str], name: str, option: Any) -> str:
    """The option as it was typed, with its value (`--color never`, `--format=json`)."""
    for number, arg in enumerate(argv):
        if arg.startswith(f"{name}="):
            return arg
        if arg == name and not option.is_flag and number + 1 < len(argv):
            import shlex  # only for this hint, after a usage error

            return f"{name} {shlex.quote(argv[number + 1])}"
    return name


# --- shared options -----------------------------------------------------------------------------


def _one_query_or_stdin(words: list[str]) -> list[str]:
    if words and words[0] == "-" and len(words) > 1:  # the words searched, stdin never read
        raise typer.BadParameter(
            "'-' reads the queries from standard input: give it alone, or the words without it"
        )
    return words


QueryArgument = Annotated[
    list[str],
    typer.Argument(
        help="Words to look for: a condition, another name for it, what the pain is like, "
        "a question. '-' reads one query per line from standard input.",
        show_default=False,
        callback=_one_query_or_stdin,
    ),
]
LimitOption = Annotated[
    int, typer.Option("--limit", "-n", min=1, help="Show at most this many causes.")
]
MinScoreOption = Annotated[
    float | None,
    typer.Option(
        "--min-score",
        min=0,
        max=100,
        help=f"Leave out causes that score below this, from 0 to 100 (default: {MIN_SCORE:.0f}"
        f"; {CONFIDENT:.0f} and up is a confident match).",
        show_default=False,
    ),
]
CatalogueOption = Annotated[
    Path | None,
    typer.Option(
        "--catalogue",
        help="Use this catalogue file instead of the bundled one.",
        metavar="PATH",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: table on a terminal, plain in a pipe).",
        show_default=False,
        case_sensitive=False,
    ),
]
CategoryOption = Annotated[
    str | None,
    typer.Option(
        "--category",
        "-c",
        help="Only this category: its id, its name, or the start of either (e.g. 'infl').",
        metavar="CAT",
        autocompletion=complete_categories,
    ),
]


FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        help="The columns for plain, tsv, csv and jsonl, comma-separated, from those the command "
        "writes (list: 'id,name,icd10'); an unknown one lists them.",
        metavar="A,B,...",
        show_default=False,
    ),
]


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class Settings(NamedTuple):  # a NamedTuple: a third of a dataclass's cost at start-up
    catalogue: Path | None = None
    from_env: bool = False
    quiet: bool = False
    color: str = "auto"
    cache: bool = True
    pager: bool = True


def show_version(value: bool) -> None:
    if value:
        print(f"backpain {__version__}")
        raise typer.Exit()


def examples(*lines: str) -> str:
    """A help screen's examples, one a line (click's \\b keeps them from being rewrapped)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


# --- what every command does first ----------------------------------------------------------


def settings_of(ctx: typer.Context) -> Settings:
    return ctx.obj if isinstance(ctx.obj, Settings) else Settings()


def output(ctx: typer.Context, fmt: Format | None, fields: str | None = None) -> Output:
    settings = settings_of(ctx)
    chosen = [f.strip() for f in (fields or "").split(",") if f.strip()]
    if fields is not None and not chosen:
        raise QueryError("--fields needs at least one field name, such as 'id,name'")
    chosen_format = fmt.value if fmt is not None else None
    return Output(chosen_format, settings.quiet, settings.color, chosen, settings.pager)


BIG = 2 * 1024 * 1024
"""A catalogue file this large takes about a second to read the first time: say so at a terminal."""


def load(ctx: typer.Context, path: Path | None) -> Catalogue:
    """The catalogue named after the command, else before it or in the environment."""
    settings = settings_of(ctx)
    chosen = path if path is not None else settings.catalogue
    try:
        return load_catalogue(chosen, settings.cache, compiling=lambda: _compiling(chosen))
    except CatalogueError as error:
        if path is None and settings.from_env:
            error.message += f" (from {ENV_VAR})"
        raise


def load_or_bundled(
    ctx: typer.Context, path: Path | None
) -> tuple[Catalogue, CatalogueError | None]:
    """`load`, or the bundled catalogue with the CatalogueError that refused the one given (for
    the warning signs, which must show whatever the catalogue)."""
    try:
        return load(ctx, path), None
    except CatalogueError as error:
        return load_catalogue(None, settings_of(ctx).cache), error


@contextmanager
def _compiling(path: Path | None) -> Iterator[Step]:
    """A progress bar on stderr while a big catalogue is read, checked and indexed, at a
    terminal only, never in a pipe (a later run reads the index, with nothing to wait for)."""
    try:
        big = path is not None and sys.stderr.isatty() and os.path.getsize(path) > BIG
    except OSError:
        big = False  # load_catalogue says what is wrong with the path
    if path is None or not big:
        yield lambda step: None
        return
    from . import pretty

    with pretty.progress(path.name, STEPS) as step:  # the name only: narrow terminals
        yield step


def chosen_category(catalogue: Catalogue, text: str | None) -> Category | None:
    if text is None:
        return None
    try:
        return catalogue.find_category(text)
    except LookupError as error:
        raise QueryError(str(error)) from None
