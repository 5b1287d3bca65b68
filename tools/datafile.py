"""Write a data file that a script in tools/ builds, or check that the shipped one is what it
builds (`--check`, as the tests run it)."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(out: Path, lines: list[str], script: str, noun: str) -> None:
    text = "".join(f"{line}\n" for line in lines)
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != text:
            sys.exit(f"{out} is out of date: run python tools/{script}")
        return
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(lines)} {noun}, {len(text.encode()):,} bytes")
