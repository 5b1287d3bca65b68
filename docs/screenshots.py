"""Regenerate the terminal pictures in the README: python docs/screenshots.py

Runs the real commands with colour forced on, then records what they print as SVG with rich.
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from rich.text import Text
from typer.testing import CliRunner

from backpain_cli.cli import app

HERE = Path(__file__).parent
WIDTH = 100
PICTURES = {
    "list.svg": ["list", "--format", "table"],
    "show-sciatica.svg": ["show", "sciatica", "--format", "table"],
    "search-question.svg": ["search", "can pregnancy cause sciatica?", "--format", "table"],
}


def picture(args: list[str]) -> str:
    """The SVG of what `backpain ARGS` prints at a colour terminal WIDTH columns wide."""
    env = {"FORCE_COLOR": "1", "COLUMNS": str(WIDTH), "TERM": "xterm-256color", "NO_COLOR": ""}
    result = CliRunner().invoke(app, args, env=env)
    if result.exit_code not in (0, 1):
        raise SystemExit(f"backpain {' '.join(args)} failed: {result.output}")
    console = Console(record=True, width=WIDTH, file=io.StringIO(), force_terminal=True)
    console.print(Text.from_ansi(result.stdout), end="")
    return console.export_svg(title=f"backpain {' '.join(args[:-2])}")


def main() -> None:
    for name, args in PICTURES.items():
        (HERE / name).write_text(picture(args), encoding="utf-8")
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
