"""The `backpain` commands: each parses its options, calls down the chain and picks a renderer."""

# No `from __future__ import annotations` here: Typer reads these signatures at every start, and
# string annotations would have it evaluate each one again (about 2.5 ms).
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from .catalogue import ENV_VAR, load_catalogue
from .errors import BackpainError, ExitCode, OutputError, QueryError
from .model import Catalogue, Category, visible
from .render import (
    DATA_FORMATS,
    View,
    about_view,
    batch_view,
    categories_view,
    list_view,
    not_found_view,
    red_flags_view,
    render,
    search_view,
    show_view,
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
    """Turns the library's expected failures into a message on stderr and their exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BackpainError as error:
            lines = [f"Error: {error.message}", *error.details]
            print(*map(visible, lines), sep="\n", file=sys.stderr)
            raise typer.Exit(error.exit_code) from None


app = typer.Typer(
    name="backpain",
    cls=_Group,
    help="Look up the causes of back pain, offline: for people at a terminal and for pipes.\n\n"
    "Data: Mayo Clinic, 'Back pain: Causes' (reviewed 2024-10-01). This is not medical advice: "
    "only a doctor or other health care professional can make a diagnosis.\n\n" + EXIT_CODES,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# --- shared options -----------------------------------------------------------------------------


def _complete_formats(incomplete: str) -> list[str]:
    return [f.value for f in Format if f.value.startswith(incomplete)]


def _complete_categories(incomplete: str) -> list[str]:
    return [c.id for c in _catalogue_for_completion().categories if c.id.startswith(incomplete)]


def _complete_causes(incomplete: str) -> list[str]:
    causes = _catalogue_for_completion().causes
    start = incomplete.casefold()
    return [c.id for c in causes if c.id.startswith(start) or c.name.casefold().startswith(start)]


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
        autocompletion=_complete_formats,
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
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback of an internal error.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Look up the causes of back pain, offline."""
    ctx.obj = catalogue


def _load(ctx: typer.Context, path: Path | None) -> Catalogue:
    """The catalogue named after the command, else before it or in the environment."""
    return load_catalogue(path if path is not None else ctx.obj)


# --- output -------------------------------------------------------------------------------------


def _format(fmt: Format | None) -> str:
    if fmt is not None:
        return fmt.value
    return "table" if sys.stdout.isatty() else "plain"


@contextmanager
def _stdout_guard() -> Iterator[None]:
    """Stop quietly when the reader of stdout goes away (`backpain list | head -1`)."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        raise typer.Exit(ExitCode.OK) from None
    except OSError as error:
        _discard_stdout()
        raise OutputError(f"cannot write output: {error.strerror or error}") from None


def _discard_stdout() -> None:
    """Send what is left in stdout, and the interpreter's flush at exit, nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _ascii_only() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    return not encoding.startswith("utf")


def _emit(view: View, fmt: str, disclaimer: str, max_items: int | None = None) -> None:
    """Write the view in the chosen format, with the disclaimer where that format wants it."""
    with _stdout_guard():
        if fmt == "table":
            from . import pretty

            out = pretty.console()
            pretty.print_view(out, view, max_items=max_items)
            pretty.print_note(out, disclaimer)
            return
        sys.stdout.write(render(view, fmt, ascii_only=_ascii_only()))
    if fmt in DATA_FORMATS:
        _note(disclaimer)


def _note(text: str) -> None:
    """A message for people: always on stderr, so stdout stays data."""
    print(visible(text), file=sys.stderr)


def _category(catalogue: Catalogue, text: str | None) -> Category | None:
    if text is None:
        return None
    try:
        return catalogue.find_category(text)
    except LookupError as error:
        raise QueryError(str(error)) from None


# --- commands -----------------------------------------------------------------------------------


@app.command("list")
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
    output = _format(fmt)
    _emit(list_view(catalogue, causes), output, catalogue.disclaimer, max_items=3)
    if output == "table":
        _note("For signs that back pain needs prompt care, run: backpain red-flags")


@app.command()
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
    """Show one cause in full: what it is, other names, ICD-10-CM codes, see also, source.

    Plain output: one 'field<TAB>value' line per field.
    Exit 1 when no cause fits, with suggestions on stderr.
    """
    from .matching import Matcher, resolve

    catalogue = _load(ctx, catalogue_path)
    query = " ".join(name)
    found = resolve(Matcher(catalogue), query)
    output = _format(fmt)
    if found.cause is None:
        if output == "json":
            _emit(not_found_view(catalogue, query, found.suggestions), output, catalogue.disclaimer)
        names = ", ".join(cause.name for cause in found.suggestions)
        hint = f" Did you mean: {names}?" if names else " Try: backpain search WORDS"
        _note(f"No cause called {query!r}.{hint}")
        raise typer.Exit(ExitCode.NOT_FOUND)
    if found.guessed:
        _note(f"Showing {found.cause.name} for {query!r}.")
    _emit(show_view(catalogue, found.cause), output, catalogue.disclaimer)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(
            help="Words to look for: a condition, another name for it, what the pain is like. "
            "'-' reads one query per line from standard input.",
            show_default=False,
        ),
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="Show at most this many causes.")
    ] = 5,
    category: CategoryOption = None,
    min_score: Annotated[
        float | None,
        typer.Option(
            "--min-score",
            min=0,
            max=100,
            help="Leave out causes that score below this, from 0 to 100 (default: 70).",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOption = None,
    catalogue_path: CatalogueOption = None,
) -> None:
    """Find causes by name, other names, typos, or words from their description, best first.

    Plain output: one cause per line, tab-separated: id, name, score, matched, matched_text.
    Exit 1 when nothing matches (with '-': when no query matches).
    """
    from .matching import MIN_SCORE, Matcher

    catalogue = _load(ctx, catalogue_path)
    chosen = _category(catalogue, category)
    matcher = Matcher(catalogue)
    options: dict[str, Any] = {
        "limit": limit,
        "category": chosen.id if chosen else None,
        "min_score": MIN_SCORE if min_score is None else min_score,
    }
    output = _format(fmt)
    if query == ["-"]:
        if sys.stdin.isatty():
            _note("Reading queries from standard input, one per line; end with Ctrl-D.")
        answers = []
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                answers.append((line.strip(), matcher.search(line, **options)))
            except QueryError as error:
                _note(f"Error: line {number}: {error}")
                answers.append((line.strip(), []))
        _emit(batch_view(catalogue, answers), output, catalogue.disclaimer)
        found = any(results for _, results in answers)
    else:
        text = " ".join(query)
        results = matcher.search(text, **options)
        if results or output == "json":
            _emit(search_view(catalogue, text, results), output, catalogue.disclaimer)
        found = bool(results)
        if not found:
            _note(_nothing_found(text))
        _warn_of_signs(catalogue, text)
    if not found:
        raise typer.Exit(ExitCode.NOT_FOUND)


def _warn_of_signs(catalogue: Catalogue, query: str) -> None:
    """Point to prompt care when the query reads like one of the red flags."""
    from .matching import warning_signs

    for group, sign in warning_signs(catalogue, query):
        _note(f"Warning sign ({group.title.lower()}): {sign} See: backpain red-flags")


def _nothing_found(query: str) -> str:
    from .matching import is_too_general

    if is_too_general(query):
        return (
            f"{query!r} fits every cause here. Say more: what the pain is like, where it spreads, "
            "or a condition's name (backpain list shows them all)."
        )
    return f"No cause matched {query!r}. Try other words, or see them all: backpain list"


@app.command()
def categories(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """List the categories and how many causes each holds.

    Plain output: one category per line, tab-separated: id, name, count.
    """
    catalogue = _load(ctx, catalogue_path)
    _emit(categories_view(catalogue), _format(fmt), catalogue.disclaimer)


@app.command()
def about(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """Show the version, the catalogue's source and review date, its file and its size."""
    catalogue = _load(ctx, catalogue_path)
    _emit(about_view(catalogue, __version__), _format(fmt), catalogue.disclaimer)


@app.command("red-flags")
def red_flags(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """Signs that back pain needs prompt care, from emergency care to a visit soon.

    Plain output: one sign per line, tab-separated: group, title, sign.
    """
    catalogue = _load(ctx, catalogue_path)
    _emit(red_flags_view(catalogue), _format(fmt), catalogue.disclaimer)
