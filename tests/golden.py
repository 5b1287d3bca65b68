"""The views whose output the golden files in data/golden hold: one definition for the test that
compares them and for update_golden.py, the only thing that writes them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from backpain_cli import load_catalogue
from backpain_cli.answer import notes
from backpain_cli.matching import Matcher
from backpain_cli.render import View
from backpain_cli.search_views import batch_item, batch_view, search_view
from backpain_cli.views import (
    about_view,
    categories_view,
    list_view,
    red_flags_view,
    show_view,
)

GOLDEN = Path(__file__).parent / "data" / "golden"
FORMATS = ("plain", "tsv", "csv", "json", "jsonl", "markdown")
NAMES = ("list", "show", "search", "batch", "categories", "about", "red-flags")


def views(tiny: Path) -> dict[str, View]:
    catalogue = dataclasses.replace(load_catalogue(tiny), path="tiny.toml")
    matcher = Matcher(catalogue)
    rib = catalogue.cause("broken-rib")
    assert rib is not None
    flags = catalogue.red_flags
    warning = [(flags[0], flags[0].signs[0])]
    return {
        "list": list_view(catalogue, catalogue.causes),
        "show": show_view(catalogue, rib),
        "search": search_view(catalogue, "cracked rib", matcher.search("cracked rib"), warning),
        "batch": batch_view(
            catalogue,
            [
                batch_item(catalogue, query, found, notes=notes(matcher, query, found, {}))
                for query, found in [(q, matcher.search(q)) for q in ("zoster", "pizza")]
            ],
        ),
        "categories": categories_view(catalogue),
        "about": about_view(catalogue, "9.9.9"),
        "red-flags": red_flags_view(catalogue),
    }
