"""Every format of every view, against golden files reviewed by hand.

After an intended change of output: python tests/update_golden.py, then review git diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from golden import FORMATS, GOLDEN, NAMES, views

from backpain_cli.render import render
from backpain_cli.views import list_view


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", NAMES)
def test_output_matches_golden_file(tiny: Path, name: str, fmt: str) -> None:
    """Golden files change only through tests/update_golden.py and a person's review."""
    out = render(views(tiny)[name], fmt)
    assert out == (GOLDEN / f"{name}.{fmt}").read_text(encoding="utf-8")


def test_golden_files_hold_text_beyond_ascii() -> None:
    # JSON must keep "ê" as it is; an ensure_ascii slip would turn it into \u00ea
    assert "côte fêlée" in (GOLDEN / "show.json").read_text(encoding="utf-8")
    assert "côte fêlée" in (GOLDEN / "list.jsonl").read_text(encoding="utf-8")


def test_markdown_escapes_what_markdown_would_read() -> None:
    from backpain_cli.validate import build_catalogue

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
