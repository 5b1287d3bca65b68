"""The `backpain` commands: each parses its options, calls down the chain and picks a renderer."""

# No `from __future__ import annotations` here: Typer reads these signatures at every start, and
# string annotations would have it evaluate each one again (about 2.5 ms).
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .catalogue import ENV_VAR
from .completion import complete_causes
from .errors import ExitCode
from .limits import DEFAULT_LIMIT, MIN_SCORE
from .options import (
    CatalogueOption,
    CategoryOption,
    Color,
    FieldsOption,
    FormatOption,
    Group,
    LimitOption,
    MinScoreOption,
    QueryArgument,
    Settings,
    chosen_category,
    examples,
    load,
    load_or_bundled,
    output,
    show_version,
)
from .search_views import batch_view, search_view
from .views import RED_FLAGS_NOTE, about_view, categories_view, list_view, red_flags_view

EXIT_CODES = (
    "Exit codes: 0 found; 1 nothing found; 2 usage error; 3 catalogue error; "
    "70 internal error; 74 output cannot be written; 130 interrupted."
)


app = typer.Typer(
    name="backpain",
    cls=Group,
    help="Look up the causes of back pain, offline: for people at a terminal and for pipes.\n\n"
    "Data: Mayo Clinic, 'Back pain: Causes' (reviewed 2024-10-01). This is not medical advice: "
    "only a doctor or other health care professional can make a diagnosis.\n\n" + EXIT_CODES,
    epilog=examples(
        "backpain list",
        "backpain show sciatica",
        "backpain search 'can pregnancy cause sciatica'",
        "backpain red-flags",
    ),
    invoke_without_command=True,
    # plain help: rich's help panels cut option names at 40 columns ("--catalog…")
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


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
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager", help="Never send a long table through $PAGER (default: less -R)."
        ),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Read the catalogue file afresh instead of its compiled copy in the cache "
            "(see 'backpain about').",
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback of an internal error.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=show_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Look up the causes of back pain, offline."""
    source = ctx.get_parameter_source("catalogue")
    from_env = getattr(source, "name", "") == "ENVIRONMENT"
    ctx.obj = Settings(catalogue, from_env, quiet, color.value, not no_cache, not no_pager)
    if ctx.invoked_subcommand is None:
        print(ctx.get_help())
        raise typer.Exit(ExitCode.OK)


# --- commands -----------------------------------------------------------------------------------


@app.command(
    "list",
    epilog=examples(
        "backpain list", "backpain list --category infl", "backpain list -f csv > causes.csv"
    ),
)
def list_causes(
    ctx: typer.Context,
    category: CategoryOption = None,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
    catalogue_path: CatalogueOption = None,
) -> None:
    """List every cause, grouped by category.

    Plain output: one cause per line, tab-separated: id, name, category, definition.
    Exit 1 when a category has no cause.
    """
    catalogue = load(ctx, catalogue_path)
    chosen = chosen_category(catalogue, category)
    causes = catalogue.causes_in(chosen.id) if chosen else catalogue.causes
    out = output(ctx, fmt, fields)
    out.emit(list_view(catalogue, causes), catalogue.disclaimer, max_items=3)
    if out.format == "table" and "backpain red-flags" not in catalogue.disclaimer:  # said once
        out.note("For signs that back pain needs prompt care, run: backpain red-flags")
    if chosen and not causes:  # a category no cause is in: said, and nothing was found
        out.note(f"No cause is in category '{chosen.id}' ({chosen.name}).")
        raise typer.Exit(ExitCode.NOT_FOUND)


@app.command(
    epilog=examples(
        "backpain show sciatica", "backpain show slipped disc", "backpain show siatica -f json"
    ),
)
def show(
    ctx: typer.Context,
    name: Annotated[
        list[str],
        typer.Argument(
            help="A cause's id, name or another name for it; typos are forgiven.",
            autocompletion=complete_causes,
            show_default=False,
        ),
    ],
    fmt: FormatOption = None,
    fields: FieldsOption = None,
    catalogue_path: CatalogueOption = None,
) -> None:
    """Show one cause in full: what it is, what it can feel like, who gets it, when to see a
    doctor, other names, ICD-10-CM codes and where to learn more.

    Plain output: one 'field<TAB>value' line per field.
    Exit 1 when no cause fits, with suggestions on stderr.
    """
    from .catalogue import condition_names, everyday_words
    from .lookup import show_one
    from .matching import Matcher
    from .model import readable

    catalogue = load(ctx, catalogue_path)
    matcher = Matcher(catalogue, condition_names, everyday_words)
    if not show_one(output(ctx, fmt, fields), catalogue, matcher, readable(" ".join(name))):
        raise typer.Exit(ExitCode.NOT_FOUND)


@app.command(
    epilog=examples(
        "backpain search kidney",
        "backpain search 'can pregnancy cause sciatica'",
        "backpain search M51 -f json",
        "backpain search - < questions.txt",
    ),
)
def search(
    ctx: typer.Context,
    query: QueryArgument,
    limit: LimitOption = DEFAULT_LIMIT,
    category: CategoryOption = None,
    min_score: MinScoreOption = None,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
    catalogue_path: CatalogueOption = None,
) -> None:
    """Find causes by name, other names, typos, symptoms or whole questions, best first.

    Confident matches come first; weaker ones are listed as possibly related.
    Plain output: one cause per line, tab-separated: id, name, score, matched, matched_text,
    confidence (high or low).
    Exit 0 when a confident match is found, 1 when none is (possibly related ones may show).
    """
    from .answer import lines_of, search_lines, search_one
    from .model import readable
    from .questions import matcher as matcher_for

    if min_score is not None and min_score != min_score:  # NaN passes every range check
        raise typer.BadParameter("not a number", param_hint="'--min-score'")
    catalogue = load(ctx, catalogue_path)
    chosen = chosen_category(catalogue, category)
    matcher = matcher_for(catalogue)
    options: dict[str, Any] = {
        "limit": limit,
        "category": chosen.id if chosen else None,
        "min_score": MIN_SCORE if min_score is None else min_score,
    }
    out = output(ctx, fmt, fields)
    # a field the answer cannot have is refused before any query is searched or any row written
    out.chosen(batch_view(catalogue, []) if query == ["-"] else search_view(catalogue, "", []))
    if query == ["-"]:
        if sys.stdin.isatty():
            out.note("Reading queries from standard input, one per line; end with Ctrl-D.")
        found = search_lines(out, catalogue, matcher, lines_of(sys.stdin), options)
    else:
        found = search_one(out, catalogue, matcher, readable(" ".join(query)), options)
    if not found:
        raise typer.Exit(ExitCode.NOT_FOUND)


@app.command(epilog=examples("backpain categories", "backpain categories -f json"))
def categories(
    ctx: typer.Context,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
    catalogue_path: CatalogueOption = None,
) -> None:
    """List the categories and how many causes each holds.

    Plain output: one category per line, tab-separated: id, name, count.
    """
    catalogue = load(ctx, catalogue_path)
    output(ctx, fmt, fields).emit(categories_view(catalogue), catalogue.disclaimer)


@app.command(epilog=examples("backpain about", "backpain about -f json"))
def about(
    ctx: typer.Context, fmt: FormatOption = None, catalogue_path: CatalogueOption = None
) -> None:
    """Show the version, the catalogue's source and review date, its file and number of causes,
    and the cache."""
    from . import cache

    catalogue = load(ctx, catalogue_path)
    # The disclaimer is one of the fields here: no second copy after them.
    output(ctx, fmt).emit(about_view(catalogue, __version__, str(cache.folder())), "")


@app.command("red-flags", epilog=examples("backpain red-flags", "backpain red-flags -f json"))
def red_flags(
    ctx: typer.Context,
    fmt: FormatOption = None,
    fields: FieldsOption = None,
    catalogue_path: CatalogueOption = None,
) -> None:
    """Signs that back pain needs prompt care, from emergency care to a visit soon.

    Plain output: one sign per line, tab-separated: group, title, sign, call.
    Exit 3 when the catalogue cannot be used; the bundled signs are shown even then.
    """
    catalogue, refused = load_or_bundled(ctx, catalogue_path)  # the signs are for safety
    out = output(ctx, fmt, fields)
    if out.format != "table":
        out.emit(red_flags_view(catalogue), RED_FLAGS_NOTE)
    else:
        from . import pretty

        with out.table(RED_FLAGS_NOTE) as console:
            pretty.print_red_flags(console, catalogue.red_flags)
    if refused is not None:
        out.note("These are the bundled signs: the catalogue given could not be used.")
        raise refused
