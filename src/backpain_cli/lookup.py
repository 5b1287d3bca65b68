"""`show`'s answer: one cause by its name (resolve.py), or why none fits.

A cause's own name is a question about it, never a warning sign; anything else may be one, and
its warning comes first. Notes say which cause a guess or a kind chose, or what to try instead.
"""

from __future__ import annotations

from .matching import Matcher
from .model import Catalogue
from .output import Output
from .resolve import resolve
from .text import is_code, normalize
from .views import not_found_view, show_view, warning_records


def show_one(out: Output, catalogue: Catalogue, matcher: Matcher, query: str) -> bool:
    """Show the cause a name means; whether one was found."""
    found = resolve(matcher, query)
    warnings = []
    if found.cause is None or found.guessed:  # the signs' modules only then: not `show sciatica`
        from .answer import warning_lines
        from .signs import warning_signs

        warnings = warning_signs(matcher, query)
        out.warn(warning_lines(warnings))
    if found.cause is None:
        if out.format == "json":
            view = not_found_view(catalogue, query, found.suggestions)
            view.document["warnings"] = warning_records(warnings)
            out.emit(view, catalogue.disclaimer)
        else:
            out.note(catalogue.disclaimer)  # nothing on stdout; the disclaimer still shows
        suggested = [cause.name for cause in found.suggestions]
        names = ("; " if any("," in name for name in suggested) else ", ").join(suggested)
        hint = f" Did you mean: {names}?" if names else " Try: backpain search WORDS"
        if found.related:
            hint = f" It is related to: {names} (backpain search {query} says how)."
        elsewhere = [] if names else matcher.not_here(query)
        for name in elsewhere:  # as `search` says it
            out.note(f"{name!r} is not one of the causes in this catalogue.")
        code = query.strip()
        if is_code(normalize(code)):  # a code names no cause by itself: say whose it is, if any
            has = f"ICD-10-CM codes that start with {code!r} belong to: {names}." if names else None
            out.note(has or f"No cause here has an ICD-10-CM code that starts with {code!r}.")
            out.note("See the codes of each cause: backpain list -f tsv --fields id,icd10")
        elif not elsewhere:
            out.note(f"No cause called {query!r}.{hint}")
        return False
    if found.guessed:
        out.note(f"Showing {found.cause.name} for {query!r}.")
    elif found.kind:
        out.note(f"{query!r} is a kind of {found.cause.name}.")
    view = show_view(catalogue, found.cause, warnings)
    if out.format != "table":
        out.emit(view, catalogue.disclaimer)
        return True
    from . import pretty

    with out.table(catalogue.disclaimer) as console:
        pretty.print_card(console, view.document["cause"], catalogue.source, catalogue.url)
    return True
