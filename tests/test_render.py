"""Every format of every view, against golden files reviewed by hand.

After an intended change of output: python tests/update_golden.py, then review git diff.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def test_markdown_makes_addresses_links_and_keeps_everything_else_escaped() -> None:
    from backpain_cli.validate import build_catalogue
    from backpain_cli.views import show_view

    learn_more = [
        {"title": "[A page](https://evil.org)", "url": "https://example.org/a?b=1#c"},
        {"title": "Odd", "url": "https://x.org/a><img_src=x>"},
    ]
    cause: dict[str, Any] = {"id": "x", "name": "X", "category": "a"}
    cause["definition"] = "See <https://no.link>"
    cause |= {"learn_more": learn_more, "references": ["https://example.org/r", "https://a.org/|b"]}
    catalogue = build_catalogue({"categories": [{"id": "a", "name": "A"}], "causes": [cause]})
    out = render(show_view(catalogue, catalogue.causes[0]), "markdown")
    # addresses are autolinks: nothing inside one is read as Markdown or HTML
    assert "| \\[A page\\](https://evil.org) <https://example.org/a?b=1#c>; " in out
    # one that could end the link early (">") or the table cell ("|") stays text, escaped
    assert "; Odd https://x.org/a\\>\\<img\\_src=x\\> |" in out
    assert "| <https://example.org/r>; https://a.org/\\|b |" in out
    assert "See \\<https://no.link\\>" in out  # an address inside text is text
    # the source: a title, then its address, which is a link
    from backpain_cli import load_catalogue

    bundled = load_catalogue()
    source = render(show_view(bundled, bundled.causes[0]), "markdown")
    assert '| Source | Mayo Clinic, "Back pain: Causes" <https://www.mayoclinic.org/' in source
