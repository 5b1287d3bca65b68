"""Where a command's answer goes: data on stdout in the chosen format, messages on stderr.

No Typer here: a closed pipe or a full disk becomes an exception that carries its exit code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .errors import OutputError, PipeClosed, QueryError
from .model import visible
from .render import DATA_FORMATS, View, render
from .views import FIELD_FORMATS, select


def default_format() -> str:
    """A table for people at a terminal, plain records in a pipe."""
    return "table" if sys.stdout.isatty() else "plain"


class Output:
    """One command's streams: the format of stdout, and whether notes are wanted on stderr."""

    def __init__(
        self,
        fmt: str | None = None,
        quiet: bool = False,
        color: str = "auto",
        fields: Sequence[str] = (),
        pager: bool = True,
    ) -> None:
        self.format = fmt or default_format()
        self.quiet = quiet
        self.color = color
        """auto (the terminal, NO_COLOR, FORCE_COLOR), always or never."""
        self.fields = tuple(fields)
        """The columns for plain, TSV, CSV and JSON Lines (`--fields`); all when empty."""
        self.pager = pager
        """Whether a table taller than the terminal goes through $PAGER, as git and gh do."""
        self.warned: list[str] = []
        """The warning signs said on stderr, said again at the top of a paged table."""

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

    @contextmanager
    def table(self, note: str = "") -> Iterator[Any]:
        """A rich console for a table or card; what is printed on it pages when it is long.
        The note (the disclaimer) closes it, set apart by a blank line, and is said again on
        stderr once a pager closes: one quit early never showed it."""
        from . import pretty

        with self.stdout():
            console = self.console()
            if not (self.pager and sys.stdout.isatty() and sys.stdin.isatty()):
                yield console
                if note:
                    pretty.print_note(console, note)
                return
            with console.capture() as captured:
                yield console
                if note:
                    pretty.print_note(console, note)
            text = captured.get()
            if text.count("\n") < console.height:
                sys.stdout.write(text)  # the warnings are on the screen already, from stderr
                return
            with console.capture() as warnings:
                if self.warned:  # a pager hides what stderr said: the warning comes first there too
                    pretty.print_warnings(console, self.warned)
            if not _page(warnings.get() + text):
                sys.stdout.write(text)
            elif note:
                self.note(note)

    def emit(self, view: View, disclaimer: str, max_items: int | None = None) -> None:
        """The view in the chosen format, with the disclaimer where that format wants it."""
        if self.format == "table":
            from . import pretty

            with self.table(disclaimer) as out:
                pretty.print_view(out, view, max_items=max_items)
            return
        with self.stdout():
            sys.stdout.write(self.text(view))
        if self.format in DATA_FORMATS and disclaimer:
            self.note(disclaimer)

    def text(self, view: View) -> str:
        return render(self.chosen(view), self.format, ascii_only=_ascii_only())

    def chosen(self, view: View) -> View:
        """The view with the fields `--fields` chose, for the formats it applies to; a
        QueryError names the fields there are when one is unknown. Called on an empty answer
        before any query is read, it checks the choice before anything is written."""
        if self.fields and self.format in FIELD_FORMATS:
            try:
                return select(view, self.fields)
            except LookupError as error:
                raise QueryError(str(error)) from None
        return view

    def note(self, text: str) -> None:
        """A message for people: always on stderr, so stdout stays data; none with --quiet."""
        if not self.quiet:
            to_stderr([text])

    def warn(self, lines: list[str]) -> None:
        """Warning signs, before anything else: bold and red at a terminal. Never silenced."""
        if not lines:
            return
        self.warned = lines
        if sys.stderr.isatty():
            from . import pretty

            pretty.print_warnings(pretty.console(stderr=True, color=self.color), lines)
        else:
            to_stderr(lines)


def to_stderr(lines: Sequence[str]) -> None:
    """Lines for people on stderr. When its reader has gone (`2>&1 | head -1`), they are dropped:
    the answer goes on, and a command that was stopped early still exits 0."""
    shown = list(map(visible, lines))
    try:
        if sys.stderr.isatty():  # wrapped at spaces, or the terminal breaks words; a pipe gets
            shown = _wrapped(shown, _stderr_width())  # one line a note, for grep and scripts
        print(*shown, sep="\n", file=sys.stderr, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())


def _wrapped(lines: Sequence[str], width: int) -> list[str]:
    """Each line wrapped at spaces to the width, its next lines as indented as its first; a
    word longer than the width is never cut."""
    import textwrap

    out = []
    for line in lines:
        indent = line[: len(line) - len(line.lstrip(" "))]
        wrapper = textwrap.TextWrapper(
            width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
        )
        out.extend(wrapper.wrap(line) or [line])
    return out


def _stderr_width() -> int:
    """The terminal's width (COLUMNS first, as for the tables), or 80 if it cannot be told."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns or 80
    except (OSError, ValueError):  # ValueError: a stream with no file descriptor
        return 80


def _page(text: str) -> bool:
    """Show text through $PAGER (default `less -R`); whether a pager could be started."""
    import shlex
    import subprocess

    command = shlex.split(os.environ.get("PAGER", "less -R"))  # PAGER="": no pager, as in git
    if not command or os.environ.get("TERM") == "dumb":  # less cannot work there: it would wait
        return False
    # as git does: less shows colours (R), quits when it all fits (F), leaves the screen (X)
    environment = os.environ | {"LESS": os.environ.get("LESS", "FRX")}
    try:
        subprocess.run(command, input=text, text=True, check=False, env=environment)
    except OSError:  # no such program: print it as it is
        return False
    return True


def _discard_stdout() -> None:
    """Send what is left in stdout, and the interpreter's flush at exit, nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _ascii_only() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("-", "")
    return not encoding.startswith("utf")
