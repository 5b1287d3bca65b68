"""The `backpain` commands: each parses its options, calls down the chain and picks a renderer."""

# No `from __future__ import annotations` here: Typer reads these signatures at every start, and
# string annotations would have it evaluate each one again (about 2.5 ms).
import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from .catalogue import ENV_VAR, load_catalogue, load_conditions
from .errors import BackpainError, CatalogueError, ExitCode, QueryError
from .matching import CONFIDENT, DEFAULT_LIMIT, MIN_SCORE
from .model import Catalogue, Category, visible
from .output import Output
from .views import (
    RED_FLAGS_NOTE,
    about_view,
    categories_view,
    list_view,
    not_found_view,
    red_flags_view,
    show_view,
    warning_records,
)

EXIT_CODES = (
    "Exit codes: 0 found; 1 nothing found; 2 usage error; 3 catalogue error; "
    "70 internal error; 74 output cannot be written; 130 interrupted."
)


class Format(StrEnum):
    table = "table"
    plain = "plain"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


class _Group(TyperGroup):
    """Expected failures and usage errors as one line on stderr, each with its exit code."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            code = super().main(*args, **kwargs)
        except Exception as error:
            if getattr(error, "exit_code", None) != ExitCode.USAGE:
                raise
            print(visible(_usage_error(error)), file=sys.stderr)
            sys.exit(ExitCode.USAGE)
        sys.exit(code if isinstance(code, int) else ExitCode.OK)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BackpainError as error:
            if error.message:
                lines = [f"Error: {error.message}", *error.details]
                print(*map(visible, lines), sep="\n", file=sys.stderr)
            raise typer.Exit(error.exit_code) from None


def _usage_error(error: Any) -> str:
    """One line and a hint: what was wrong, what was probably meant, where the help is."""
    message = error.format_message() if hasattr(error, "format_message") else str(error)
    message = message.split("\n")[0].rstrip(".")
    name = getattr(error, "option_name", None)
    if name and name.lstrip("-") in Format.__members__:
        message = f"no such option '{name}'. Did you mean '--format {name.lstrip('-')}'?"
    elif name:
        possible = getattr(error, "possibilities", None) or []
        hint = f" Did you mean '{possible[0]}'?" if len(possible) == 1 else ""
        message = f"no such option '{name}'.{hint}"
    ctx = getattr(error, "ctx", None)
    path = ctx.command_path if ctx is not None else "backpain"
    if not message.endswith((".", "?")):
        message += "."
    return f"Error: {message[:1].lower()}{message[1:]} See '{path} --help'."


app = typer.Typer(
    name="backpain",
    cls=_Group,
    help="Look up the causes of back pain, offline: for people at a terminal and for pipes.\n\n"
    "Data: Mayo Clinic, 'Back pain: Causes' (reviewed 2024-10-01). This is not medical advice: "
    "only a doctor or other health care professional can make a diagnosis.\n\n" + EXIT_CODES,
    epilog="Examples: backpain list | backpain show sciatica | "
    "backpain search 'can pregnancy cause sciatica' | backpain red-flags",
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


# --- shared options -----------------------------------------------------------------------------


def _complete_categories(incomplete: str) -> list[str]:
    return [c.id for c in _catalogue_for_completion().categories if c.id.startswith(incomplete)]


def _complete_causes(incomplete: str) -> list[str]:
    """Names for what was typed: any id, name or other name that starts with it, in any case.

    Each is completed from what was typed on ("KIDNEY" -> "KIDNEY-stones"), as shells keep only
    completions that start with the typed word, and with hyphens for spaces, which `show` reads
    as spaces, so that one completion stays one word in every shell.
    """
    start = incomplete.casefold()
    found: dict[str, None] = {}
    for cause in _catalogue_for_completion().causes:
        for name in (cause.id, cause.name, *cause.aliases):
            if name.casefold().startswith(start):
                found[incomplete + name[len(incomplete) :].replace(" ", "-")] = None
    return list(found)


def _catalogue_for_completion() -> Catalogue:
    try:
        return load_catalogue(os.environ.get(ENV_VAR) or None)
    except BackpainError:
        return load_catalogue()


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
        autocompletion=_complete_categories,
    ),
]


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


@dataclass
class _Settings:
    catalogue: Path | None = None
    from_env: bool = False
    quiet: bool = False


def _version(value: bool) -> None:
    if value:
        print(f"backpain {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    catalogue: Annotated[
        Path | None,
        typer.Option(
            "--catalogue",
            envvar=ENV_VAR,
            help=f"Use this catalogue file instead of the bundled one (or set {ENV_VAR}).",
            metavar="PATH",
            show_default=False,
            show_envvar=False,
        ),
    ] = None,
    color: Annotated[
        Color,
        typer.Option(
            "--color",
            help="Colour at a terminal: auto follows NO_COLOR and FORCE_COLOR.",
            case_sensitive=False,
        ),
    ] = Color.auto,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No notes or disclaimer on stderr (JSON output still carries the disclaimer).",
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback of an internal error.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Look up the causes of back pain, offline."""
    source = ctx.get_parameter_source("catalogue")
    ctx.obj = _Settings(catalogue, getattr(source, "name", "") == "ENVIRONMENT", quiet)
    if color is not Color.auto:
        os.environ["BACKPAIN_COLOR"] = color.value
    if ctx.invoked_subcommand is None:
        print(ctx.get_help())
        raise typer.Exit(ExitCode.OK)


def _settings(ctx: typer.Context) -> _Settings:
    return ctx.obj if isinstance(ctx.obj, _Settings) else _Settings()


def _out(ctx: typer.Context, fmt: Format | None) -> Output:
    return Output(fmt.value if fmt is not None else None, quiet=_settings(ctx).quiet)


def _load(ctx: typer.Context, path: Path | None) -> Catalogue:
    """The catalogue named after the command, else before it or in the environment."""
    settings = _settings(ctx)
    if path is not None or not settings.from_env:
        return load_catalogue(path if path is not None else settings.catalogue)
    try:
        return load_catalogue(settings.catalogue)
    except CatalogueError as error:
        error.message += f" (from {ENV_VAR})"
        raise


def _category(catalogue: Catalogue, text: str | None) -> Category | None:
    if text is None:
        return None
    try:
        return catalogue.find_category(text)
    except LookupError as error:
        raise QueryError(str(error)) from None


# --- commands -----------------------------------------------------------------------------------


@app.command(
    "list",
    epilog="Examples: backpain list | backpain list --category infl | "
    "backpain list -f csv > causes.csv",
)
def list_causes(
    ctx: typer.Context,
    category: CategoryOption = None,
    fmt: FormatOption = None,
    catalogue_path: CatalogueOption = None,
) -> None:
    """List every cause, grouped by category.

    Plain output: one cause per line, tab-separated: id, name, category, definition.
    """
    catalogue = _load(ctx, catalogue_path)
    chosen = _category(catalogue, category)
    causes = catalogue.causes_in(chosen.id) if chosen else catalogue.causes
    out = _out(ctx, fmt)
    out.emit(list_view(catalogue, causes), catalogue.disclaimer, max_items=3)
    if out.format == "table":
        out.note("For signs that back pain needs prompt care, run: backpain red-flags")


@app.command(
    epilog="Examples: backpain show sciatica | backpain show slipped disc | "
    "backpain show siatica -f json",
)
def show(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            help="A cause's id, name or another name for it; typos are forgiven.",
            autocompletion=_complete_causes,
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    catalogue_path: CatalogueOption = None,
) -> None:
    """Show one cause in full: what it is, what it can feel like, who gets it, when to see a
    doctor, other names, ICD-10-CM codes and where to learn more.

    Plain output: one 'field<TAB>value' line per field.
    Exit 1 when no cause fits, with suggestions on stderr.
    """
    from .answer import warning_lines
    from .matching import Matcher
    from .resolve import resolve
    from .signs import warning_signs

    catalogue = _load(ctx, catalogue_path)
    query = " ".join(name)
    matcher = Matcher(catalogue, load_conditions)
    found = resolve(matcher, query)
    warnings = warning_signs(matcher, query)
    out = _out(ctx, fmt)
    out.warn(warning_lines(warnings))
    if found.cause is None:
        if out.format == "json":
            view = not_found_view(catalogue, query, found.suggestions)
            view.document["warnings"] = warning_records(warnings)
            out.emit(view, catalogue.disclaimer)
        names = ", ".join(cause.name for cause in found.suggestions)
        hint = f" Did you mean: {names}?" if names else " Try: backpain search WORDS"
        out.note(f"No cause called {query!r}.{hint}")
        raise typer.Exit(ExitCode.NOT_FOUND)
    if found.guessed:
        out.note(f"Showing {found.cause.name} for {query!r}.")
    view = show_view(catalogue, found.cause, warnings)
    if out.format != "table":
        out.emit(view, catalogue.disclaimer)
        return
    from . import pretty

    with out.stdout():
        console = out.console()
        pretty.print_card(console, view.document["cause"], catalogue.source, catalogue.url)
        console.print()
        pretty.print_note(console, catalogue.disclaimer)


@app.command(
    epilog="Examples: backpain search kidney | backpain search 'can pregnancy cause sciatica' "
    "| backpain search M51 -f json | backpain search - < questions.txt",
)
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            help="Words to look for: a condition, another name for it, what the pain is like, "
            "a question. '-' reads one query per line from standard input.",
            show_default=False,
        ),
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="Show at most this many causes.")
    ] = DEFAULT_LIMIT,
    category: CategoryOption = None,
    min_score: Annotated[
        float | None,
        typer.Option(
            "--min-score",
            min=0,
            max=100,
            help=f"Leave out causes that score below this, from 0 to 100 (default: {MIN_SCORE:.0f}"
            f"; {CONFIDENT:.0f} and up is a confident match).",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = None,
    catalogue_path: CatalogueOption = None,
) -> None:
    """Find causes by name, other names, typos, symptoms or whole questions, best first.

    Confident matches come first; weaker ones are listed as possibly related.
    Plain output: one cause per line, tab-separated: id, name, score, matched, matched_text,
    confidence (high or low).
    Exit 0 when a confident match is found, 1 when none is (possibly related ones may show).
    """
    from .answer import search_lines, search_one
    from .matching import Matcher

    catalogue = _load(ctx, catalogue_path)
    chosen = _category(catalogue, category)
    matcher = Matcher(catalogue, load_conditions)
    options: dict[str, Any] = {
        "limit": limit,
        "category": chosen.id if chosen else None,
        "min_score": MIN_SCORE if min_score is None else min_score,
    }
    out = _out(ctx, fmt)
    if query == ["-"]:
        if sys.stdin.isatty():
            out.note("Reading queries from standard input, one per line; end with Ctrl-D.")
        found = search_lines(out, catalogue, matcher, iter(sys.stdin.readline, ""), options)
    else:
        found = search_one(out, catalogue, matcher, " ".join(query), options)
    if not found:
        raise typer.Exit(ExitCode.NOT_FOUND)


@app.command(epilog="Examples: backpain categories | backpain categories -f json")
def categories(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """List the categories and how many causes each holds.

    Plain output: one category per line, tab-separated: id, name, count.
    """
    catalogue = _load(ctx, catalogue_path)
    _out(ctx, fmt).emit(categories_view(catalogue), catalogue.disclaimer)


@app.command(epilog="Examples: backpain about | backpain about -f json")
def about(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """Show the version, the catalogue's source and review date, its file and its size."""
    catalogue = _load(ctx, catalogue_path)
    # The disclaimer is one of the fields here: no second copy after them.
    _out(ctx, fmt).emit(about_view(catalogue, __version__), "")


@app.command("red-flags", epilog="Examples: backpain red-flags | backpain red-flags -f json")
def red_flags(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """Signs that back pain needs prompt care, from emergency care to a visit soon.

    Plain output: one sign per line, tab-separated: group, title, sign.
    """
    catalogue = _load(ctx, catalogue_path)
    out = _out(ctx, fmt)
    if out.format != "table":
        out.emit(red_flags_view(catalogue), RED_FLAGS_NOTE)
        return
    from . import pretty

    with out.stdout():
        console = out.console()
        pretty.print_red_flags(console, catalogue.red_flags)
        pretty.print_note(console, RED_FLAGS_NOTE)
