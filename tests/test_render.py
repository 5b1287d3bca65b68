"""Every format of every view, against golden files reviewed by hand.

After an intended change of output, rewrite them with: BACKPAIN_UPDATE_GOLDEN=1 pytest
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from backpain_cli import load_catalogue
from backpain_cli.matching import Matcher
from backpain_cli.render import (
    View,
    about_view,
    batch_view,
    categories_view,
    list_view,
    red_flags_view,
    render,
    search_view,
    show_view,
)

GOLDEN = Path(__file__).parent / "data" / "golden"
FORMATS = ("plain", "tsv", "csv", "json", "jsonl", "markdown")


def views(tiny: Path) -> dict[str, View]:
    catalogue = dataclasses.replace(load_catalogue(tiny), path="tiny.toml")
    matcher = Matcher(catalogue)
    rib = catalogue.cause("broken-rib")
    assert rib is not None
    return {
        "list": list_view(catalogue, catalogue.causes),
        "show": show_view(catalogue, rib),
        "search": search_view(catalogue, "cracked rib", matcher.search("cracked rib")),
        "batch": batch_view(
            catalogue, [("zoster", matcher.search("zoster")), ("pizza", matcher.search("pizza"))]
        ),
        "categories": categories_view(catalogue),
        "about": about_view(catalogue, "9.9.9"),
        "red-flags": red_flags_view(catalogue),
    }


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "name", ["list", "show", "search", "batch", "categories", "about", "red-flags"]
)
def test_output_matches_golden_file(tiny: Path, name: str, fmt: str) -> None:
    out = render(views(tiny)[name], fmt)
    path = GOLDEN / f"{name}.{fmt}"
    if os.environ.get("BACKPAIN_UPDATE_GOLDEN"):
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


def test_markdown_escapes_what_markdown_would_read() -> None:
    from backpain_cli.model import build_catalogue

    catalogue = build_catalogue(
        {
            "categories": [{"id": "a", "name": "A|B"}],
            "causes": [
                {"id": "x", "name": "*bold* | [link](u)", "category": "a", "definition": "<b>"}
            ],
        }
    )
    out = render(list_view(catalogue, catalogue.causes), "markdown")
    assert "| \\*bold\\* \\| \\[link\\](u) | \\<b\\> |" in out
    assert "## A\\|B" in out
