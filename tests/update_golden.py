"""Rewrite the golden files after an intended change of output, then review every diff by hand:

python tests/update_golden.py && git diff tests/data/golden

No test run can rewrite them: a test that wrote what it then compared would pass whatever the
code did.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from conftest import TINY
from golden import FORMATS, GOLDEN, views

from backpain_cli.render import render


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tiny = Path(folder) / "tiny.toml"
        tiny.write_text(TINY, encoding="utf-8")
        for name, view in views(tiny).items():
            for fmt in FORMATS:
                (GOLDEN / f"{name}.{fmt}").write_text(render(view, fmt), encoding="utf-8")
    print(f"rewrote {GOLDEN}: review the changes with git diff before committing them")


if __name__ == "__main__":
    main()
