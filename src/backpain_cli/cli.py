"""The `backpain` commands: each parses its options, calls down the chain and picks a renderer."""

# No `from __future__ import annotations` here: Typer reads these signatures at every start, and
# string annotations would have it evaluate each one again (about 2.5 ms).
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from .catalogue import ENV_VAR, load_catalogue, load_conditions
from .errors import BackpainError, CatalogueError, ExitCode, OutputError, QueryError
from .matching import CONFIDENT, DEFAULT_LIMIT, MIN_SCORE
from .model import Catalogue, Category, visible
from .render import DATA_FORMATS, View, render
from .views import (
    RED_FLAGS_NOTE,
    about_view,
    batch_item,
    batch_view,
    categories_view,
    list_view,
    not_found_view,
    red_flags_view,
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
    epilog="Examples: backpain list | backpain show sciatica | backpain search 'pain down my leg' "
    "| backpain red-flags",
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


# --- shared options -----------------------------------------------------------------------------


def _complete_categories(incomplete: str) -> list[str]:
    return [c.id for c in _catalogue_for_completion().categories if c.id.startswith(incomplete)]


def _complete_causes(incomplete: str) -> list[str]:
    """Cause ids for what was typed: the start of an id, a name or another name, in any case."""
    start = incomplete.casefold()
    return [
        cause.id
        for cause in _catalogue_for_completion().causes
        if any(n.casefold().startswith(start) for n in (cause.id, cause.name, *cause.aliases))
    ]


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


def _emit(
    ctx: typer.Context, view: View, fmt: str, disclaimer: str, max_items: int | None = None
) -> None:
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
        _note(ctx, disclaimer)


def _note(ctx: typer.Context, text: str) -> None:
    """A message for people: always on stderr, so stdout stays data; none with --quiet."""
    if not _settings(ctx).quiet:
        print(visible(text), file=sys.stderr)


def _warn(ctx: typer.Context, lines: list[str]) -> None:
    """Warning signs, before anything else: bold and red at a terminal. Never silenced."""
    if not lines:
        return
    if sys.stderr.isatty():
        from . import pretty

        pretty.print_warnings(pretty.console(stderr=True), lines)
    else:
        print(*map(visible, lines), sep="\n", file=sys.stderr)


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
    output = _format(fmt)
    _emit(ctx, list_view(catalogue, causes), output, catalogue.disclaimer, max_items=3)
    if output == "table":
        _note(ctx, "For signs that back pain needs prompt care, run: backpain red-flags")


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
    doctor, other names, ICD-10-CM codes, where to learn more.

    Plain output: one 'field<TAB>value' line per field.
    Exit 1 when no cause fits, with suggestions on stderr.
    """
    from .matching import Matcher, resolve, warning_signs

    catalogue = _load(ctx, catalogue_path)
    query = " ".join(name)
    matcher = Matcher(catalogue, load_conditions)
    found = resolve(matcher, query)
    warnings = warning_signs(matcher, query)
    _warn(ctx, _warning_lines(warnings))
    output = _format(fmt)
    if found.cause is None:
        if output == "json":
            view = not_found_view(catalogue, query, found.suggestions)
            view.document["warnings"] = _warning_records(warnings)
            _emit(ctx, view, output, catalogue.disclaimer)
        names = ", ".join(cause.name for cause in found.suggestions)
        hint = f" Did you mean: {names}?" if names else " Try: backpain search WORDS"
        _note(ctx, f"No cause called {query!r}.{hint}")
        raise typer.Exit(ExitCode.NOT_FOUND)
    if found.guessed:
        _note(ctx, f"Showing {found.cause.name} for {query!r}.")
    view = show_view(catalogue, found.cause, warnings)
    if output != "table":
        _emit(ctx, view, output, catalogue.disclaimer)
        return
    from . import pretty

    with _stdout_guard():
        out = pretty.console()
        pretty.print_card(out, view.items[0] if view.items else {}, catalogue.source, catalogue.url)
        out.print()
        pretty.print_note(out, catalogue.disclaimer)


def _warning_records(warnings: list[Any]) -> list[dict[str, str]]:
    from .views import warning_records

    return warning_records(warnings)


def _warning_lines(warnings: list[Any]) -> list[str]:
    lines = [f"Warning sign ({group.title.lower()}): {sign}" for group, sign in warnings]
    calls = dict.fromkeys(group.call for group, _ in warnings if group.call)
    return [*lines, *calls, "See: backpain red-flags"] if lines else []


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

    Results scoring 70 or more are matches; weaker ones are listed as possibly related.
    Plain output: one cause per line, tab-separated: id, name, score, matched, matched_text,
    confidence (high or low).
    Exit 0 when a confident match is found, 1 when none is (possibly related ones may show).
    """
    from .matching import Matcher

    catalogue = _load(ctx, catalogue_path)
    chosen = _category(catalogue, category)
    matcher = Matcher(catalogue, load_conditions)
    options: dict[str, Any] = {
        "limit": limit,
        "category": chosen.id if chosen else None,
        "min_score": MIN_SCORE if min_score is None else min_score,
    }
    output = _format(fmt)
    if query == ["-"]:
        found = _search_lines(ctx, catalogue, matcher, options, output)
    else:
        found = _search_one(ctx, catalogue, matcher, " ".join(query), options, output)
    if not found:
        raise typer.Exit(ExitCode.NOT_FOUND)


def _search_one(
    ctx: typer.Context,
    catalogue: Catalogue,
    matcher: Any,
    text: str,
    options: dict[str, Any],
    output: str,
) -> bool:
    from .matching import warning_signs

    results = matcher.search(text, **options)
    warnings = warning_signs(matcher, text)
    _warn(ctx, _warning_lines(warnings))
    for name in matcher.not_here(text):
        _note(ctx, f"{name!r} is not one of the causes in this catalogue.")
    confident = [m for m in results if m.confidence == "high"]
    view = search_view(catalogue, text, results, warnings)
    if output == "table" and results:
        from . import pretty

        with _stdout_guard():
            out = pretty.console()
            records = list(view.records)
            pretty.print_results(out, view, records[: len(confident)], records[len(confident) :])
            pretty.print_note(out, catalogue.disclaimer)
    elif results or output == "json":
        _emit(ctx, view, output, catalogue.disclaimer)
    if not confident:
        _note(ctx, _nothing_found(matcher, text, bool(results), options))
    return bool(confident)


def _search_lines(
    ctx: typer.Context, catalogue: Catalogue, matcher: Any, options: dict[str, Any], output: str
) -> bool:
    """`search -`: answer each line as it arrives; data formats write and flush it at once."""
    from .matching import warning_signs

    if sys.stdin.isatty():
        _note(ctx, "Reading queries from standard input, one per line; end with Ctrl-D.")
    streaming = output in ("plain", "tsv", "csv", "jsonl")
    items: list[dict[str, Any]] = []
    found = False
    header = output in ("tsv", "csv")
    try:
        for number, line in enumerate(iter(sys.stdin.readline, ""), start=1):
            text = line.rstrip("\r\n")
            if not text.strip():
                continue
            try:
                results = matcher.search(text, **options)
            except QueryError as error:
                _note(ctx, f"Error: line {number}: {error}")
                results = []
            warnings = warning_signs(matcher, text)
            _warn(ctx, [f"line {number}: {w}" for w in _warning_lines(warnings)[:-1]])
            for name in matcher.not_here(text):
                _note(ctx, f"line {number}: {name!r} is not one of the causes in this catalogue.")
            found = found or any(m.confidence == "high" for m in results)
            item = batch_item(catalogue, text.strip(), results, warnings)
            items.append(item)
            if streaming:
                _write_batch_item(catalogue, item, output, header)
                header = False
    except KeyboardInterrupt:
        _finish_batch(ctx, catalogue, items, output, streaming)
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    _finish_batch(ctx, catalogue, items, output, streaming)
    return found


def _write_batch_item(
    catalogue: Catalogue, item: dict[str, Any], output: str, header: bool
) -> None:
    view = batch_view(catalogue, [item])
    text = render(view, output, ascii_only=_ascii_only())
    if not header and output in ("tsv", "csv"):
        text = text.split("\n", 1)[1]  # the header row was written with the first query
    with _stdout_guard():
        sys.stdout.write(text)
        sys.stdout.flush()


def _finish_batch(
    ctx: typer.Context,
    catalogue: Catalogue,
    items: list[dict[str, Any]],
    output: str,
    streamed: bool,
) -> None:
    if streamed:
        _note(ctx, catalogue.disclaimer)
    else:
        _emit(ctx, batch_view(catalogue, items), output, catalogue.disclaimer)


def _nothing_found(matcher: Any, query: str, possible: bool, options: dict[str, Any]) -> str:
    if possible:
        return f"No confident match for {query!r}; the results above are only possibly related."
    if matcher.is_too_general(query):
        return (
            f"{query!r} fits every cause here. Say more: what the pain is like, where it spreads, "
            "or a condition's name (backpain list shows them all)."
        )
    if options["category"] is not None:
        unfiltered = matcher.search(query, limit=3, min_score=options["min_score"])
        if unfiltered:
            names = ", ".join(f"{m.cause.name} ({m.cause.category})" for m in unfiltered)
            return (
                f"Nothing in category '{options['category']}' matched {query!r}; "
                f"the category filter left out: {names}"
            )
    return f"No cause matched {query!r}. Try other words, or see them all: backpain list"


@app.command(epilog="Examples: backpain categories | backpain categories -f json")
def categories(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """List the categories and how many causes each holds.

    Plain output: one category per line, tab-separated: id, name, count.
    """
    catalogue = _load(ctx, catalogue_path)
    _emit(ctx, categories_view(catalogue), _format(fmt), catalogue.disclaimer)


@app.command(epilog="Examples: backpain about | backpain about -f json")
def about(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """Show the version, the catalogue's source and review date, its file and its size."""
    catalogue = _load(ctx, catalogue_path)
    # The disclaimer is one of the fields here: no second copy after them.
    _emit(ctx, about_view(catalogue, __version__), _format(fmt), "")


@app.command("red-flags", epilog="Examples: backpain red-flags | backpain red-flags -f json | jq .")
def red_flags(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """Signs that back pain needs prompt care, from emergency care to a visit soon.

    Plain output: one sign per line, tab-separated: group, title, sign.
    """
    catalogue = _load(ctx, catalogue_path)
    output = _format(fmt)
    view = red_flags_view(catalogue)
    if output != "table":
        _emit(ctx, view, output, RED_FLAGS_NOTE)
        return
    from . import pretty

    with _stdout_guard():
        out = pretty.console()
        pretty.print_red_flags(out, catalogue.red_flags)
        pretty.print_note(out, RED_FLAGS_NOTE)
