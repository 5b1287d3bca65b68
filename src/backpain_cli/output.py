"""Where a command's answer goes: data on stdout in the chosen format, messages on stderr.

No Typer here: a closed pipe or a full disk becomes an exception that carries its exit code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .errors import OutputError, PipeClosed
from .model import visible
from .render import DATA_FORMATS, View, render


def default_format() -> str:
    """A table for people at a terminal, plain records in a pipe."""
    return "table" if sys.stdout.isatty() else "plain"


class Output:
    """One command's streams: the format of stdout, and whether notes are wanted on stderr."""

    def __init__(self, fmt: str | None = None, quiet: bool = False, color: str = "auto") -> None:
        self.format = fmt or default_format()
        self.quiet = quiet
        self.color = color
        """auto (the terminal, NO_COLOR, FORCE_COLOR), always or never."""

    @contextmanager
    def stdout(self) -> Iterator[None]:
        """Write to stdout; stop quietly when its reader goes away (`backpain list | head -1`)."""
        try:
            yield
            sys.stdout.flush()
        except BrokenPipeError:
            _discard_stdout()
            raise PipeClosed from None
        except OSError as error:
            _discard_stdout()
            raise OutputError(f"cannot write output: {error.strerror or error}") from None

    def console(self) -> Any:
        """A rich console on stdout (imported only for tables)."""
        from . import pretty

        return pretty.console(color=self.color)

    def emit(self, view: View, disclaimer: str, max_items: int | None = None) -> None:
        """The view in the chosen format, with the disclaimer where that format wants it."""
        with self.stdout():
            if self.format == "table":
                from . import pretty

                out = self.console()
                pretty.print_view(out, view, max_items=max_items)
                if disclaimer:
                    pretty.print_note(out, disclaimer)
                return
            sys.stdout.write(self.text(view))
        if self.format in DATA_FORMATS and disclaimer:
            self.note(disclaimer)

    def text(self, view: View) -> str:
        return render(view, self.format, ascii_only=_ascii_only())

    def note(self, text: str) -> None:
        """A message for people: always on stderr, so stdout stays data; none with --quiet."""
        if not self.quiet:
            print(visible(text), file=sys.stderr)

    def warn(self, lines: list[str]) -> None:
        """Warning signs, before anything else: bold and red at a terminal. Never silenced."""
        if not lines:
            return
        if sys.stderr.isatty():
            from . import pretty

            pretty.print_warnings(pretty.console(stderr=True, color=self.color), lines)
        else:
            print(*map(visible, lines), sep="\n", file=sys.stderr)


def _discard_stdout() -> None:
    """Send what is left in stdout, and the interpreter's flush at exit, nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _ascii_only() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    return not encoding.startswith("utf")
