"""Shell completion of the command line's values: causes by any of their names, categories.

Completions come from the catalogue the command line typed so far names, as `load` would read it.
"""

# No `from __future__ import annotations`: Typer reads these annotations at every start.
import os
import re

import typer

from .catalogue import ENV_VAR, load_catalogue
from .errors import BackpainError
from .model import Catalogue


def complete_categories(ctx: typer.Context, incomplete: str) -> list[str]:
    found = _catalogue_for_completion(ctx).categories
    return [c.id for c in found if c.id.startswith(incomplete)]


def complete_causes(ctx: typer.Context, incomplete: str) -> list[str]:
    """Names for what was typed: any id, name or other name that starts with it, in any case.

    Each is completed from what was typed on ("KIDNEY" -> "KIDNEY-stones"), as shells keep only
    completions that start with the typed word, with hyphens for spaces and without quotes and
    other punctuation, which `show` ignores ("Bechterew's disease" -> "Bechterews-disease"), so
    that one completion stays one word in every shell and never opens a quote.
    """
    start = incomplete.casefold()
    found: dict[str, None] = {}
    for cause in _catalogue_for_completion(ctx).causes:
        for name in (cause.id, cause.name, *cause.aliases):
            if name.casefold().startswith(start):
                rest = re.sub(r"[^\w.-]", "", name[len(incomplete) :].replace(" ", "-"))
                found[incomplete + rest] = None
    return list(found)


def _catalogue_for_completion(ctx: typer.Context) -> Catalogue:
    """The catalogue the command line typed so far names: --catalogue after the command, before
    it, or BACKPAIN_CATALOGUE; the bundled one when none does or it cannot be read."""
    chosen = ctx.params.get("catalogue_path") or ctx.find_root().params.get("catalogue")
    try:
        return load_catalogue(chosen or os.environ.get(ENV_VAR) or None)
    except BackpainError:
        return load_catalogue()
