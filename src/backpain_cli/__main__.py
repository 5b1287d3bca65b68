"""Run `backpain`: `python -m backpain_cli`, and the installed console script."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable

from .errors import ExitCode

DEBUG_VAR = "BACKPAIN_DEBUG"


def _tolerate_encoding(stream: object) -> None:
    """Escape what the stream's encoding cannot show (PYTHONIOENCODING=ascii) instead of failing."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> None:
    """Run the command line; exit with the documented codes, never with a traceback."""
    if argv is not None:  # a caller in the same process: its garbage collector is its own
        _run(argv)
        return
    # Start-up makes tens of thousands of objects (Typer's, ours) and no garbage: no collection
    # while they are made, and none of them scanned again, by a collection during the command or
    # by the last one at exit (together about 12 ms of a 70 ms run).
    gc.disable()
    try:
        _run(sys.argv[1:], started=_frozen)
    finally:
        gc.freeze()  # what the command made, too: the process ends now


def _frozen() -> None:
    gc.freeze()
    gc.enable()


def _closed_streams() -> None:
    """A stream closed before the start (`2>&-`, `>&-`) is None in Python. Notes for a closed
    stderr go nowhere (never to stdout, where print would send them); with stdout closed the
    answer cannot be written at all."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the whole run)
    if sys.stdout is None:
        print("backpain: standard output is closed: nothing can be written", file=sys.stderr)
        sys.exit(ExitCode.OUTPUT)


def _run(args: list[str], started: Callable[[], None] = lambda: None) -> None:
    _closed_streams()
    try:
        _tolerate_encoding(sys.stdout)
        _tolerate_encoding(sys.stderr)
        from .cli import app

        started()
        app(args=args, prog_name="backpain")
    except KeyboardInterrupt:  # Ctrl-C before Typer runs: while the modules are imported
        sys.exit(ExitCode.INTERRUPTED)
    except BrokenPipeError:  # a pipe closed outside the commands' own guard (stderr, say)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitCode.OK)
    except Exception as error:
        if os.environ.get(DEBUG_VAR) or "--debug" in args:
            raise
        print(
            f"backpain: internal error: {type(error).__name__}: {error} (a bug in backpain: "
            f"please report it with the command you ran; --debug or {DEBUG_VAR}=1 shows the "
            "traceback)",
            file=sys.stderr,
        )
        sys.exit(ExitCode.INTERNAL)


if __name__ == "__main__":
    main()
