"""The wheel carries the catalogue inside the package, so an installed backpain works anywhere."""

from __future__ import annotations

import html
import importlib.util
import re
import subprocess
import sys
import zipfile
from itertools import pairwise
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def test_wheel_ships_the_catalogue_and_the_command(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("backpain_cli-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        shipped = archive.read("backpain_cli/data/causes.toml")
        conditions = archive.read("backpain_cli/data/conditions.txt")
        everyday = archive.read("backpain_cli/data/words.txt")
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        scripts = archive.read(entry_points).decode()
    assert shipped == (ROOT / "data" / "causes.toml").read_bytes()
    assert conditions == (ROOT / "src" / "backpain_cli" / "data" / "conditions.txt").read_bytes()
    assert everyday == (ROOT / "src" / "backpain_cli" / "data" / "words.txt").read_bytes()
    assert "backpain = backpain_cli.__main__:main" in scripts
    assert "backpain_cli/py.typed" in names  # the Python API is typed
    assert not any(name.startswith(("tests/", "benchmarks/", "tools/")) for name in names)


@pytest.mark.parametrize("script", ["build_conditions.py", "build_words.py"])
def test_the_data_files_are_what_their_scripts_build(script: str) -> None:
    """tools/build_conditions.py, run on the ICD-10-CM release the tests use, and
    tools/build_words.py, on the wordfreq release they use, make the shipped files."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / script), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _svg_text(svg: str) -> list[str]:
    """What a terminal picture says, without its markup: its lines of text."""
    text = html.unescape(re.sub(r"<[^>]+>", "\n", svg)).replace("\xa0", " ")
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def test_the_readmes_terminal_pictures_show_what_the_commands_print() -> None:
    """docs/*.svg are made by docs/screenshots.py: a change to what a command prints needs a new
    picture (run the script, then read the difference)."""
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "docs" / "screenshots.py")
    assert spec is not None
    assert spec.loader is not None
    screenshots = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(screenshots)
    for name, args in screenshots.PICTURES.items():
        shown = (ROOT / "docs" / name).read_text(encoding="utf-8")
        assert _svg_text(shown) == _svg_text(screenshots.picture(args)), name


def test_every_readme_table_has_as_many_columns_in_its_rule_as_in_its_header() -> None:
    # GitHub renders a table only when the row of dashes has one cell per header cell
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    rule = re.compile(r"\|(?:\s*:?-+:?\s*\|)+")
    cells = [
        (header.count("|") - 1, line.count("|") - 1, header)
        for header, line in pairwise(lines)
        if rule.fullmatch(line.strip())
    ]
    assert cells
    assert [c for c in cells if c[0] != c[1]] == []
