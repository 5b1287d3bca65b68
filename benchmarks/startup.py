"""How fast `backpain` answers, against the floors it cannot beat. Prints figures; asserts nothing.

    python benchmarks/startup.py [--rounds 21]

Each command runs as a fresh process, interleaved with the others round by round so that machine
noise falls on all of them alike; the figures are medians of wall-clock time. Run it in the virtual
environment that has backpain installed (from the wheel, for the figures in the README).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HELLO = """\
import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    print(f"hello {name}")


@app.command()
def bye() -> None:
    print("bye")


app()
"""

HELLO_TABLE = """\
import typer

app = typer.Typer()


@app.command()
def hello(name: str = "world") -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("greeting")
    table.add_row(f"hello {name}")
    Console().print(table)


@app.command()
def bye() -> None:
    print("bye")


app()
"""

PARSE_ONLY = """\
import sys
import tomllib

with open(sys.argv[1], "rb") as stream:
    tomllib.load(stream)
"""


def big_catalogue(path: Path, count: int = 10_000) -> None:
    """A user's catalogue of `count` causes, each with a name, a definition and two aliases."""
    words = "ache bone disk nerve joint muscle spine pelvis hip rib tendon cord".split()
    lines = ['[[categories]]\nid = "general"\nname = "General"\n']
    for i in range(count):
        a, b, c = words[i % 12], words[(i // 12) % 12], words[(i // 144) % 12]
        lines.append(
            f'[[causes]]\nid = "cause-{i}"\nname = "Condition {a} {b} {i}"\n'
            f'category = "general"\ndefinition = "A made-up problem of the {a} and {b} near the '
            f'{c}, number {i}, for measuring speed."\naliases = ["{b} {c} trouble {i}", '
            f'"{c} {a} syndrome {i}"]\n'
        )
    path.write_text("\n".join(lines), encoding="utf-8")


COMPARED_CACHE = tempfile.mkdtemp()
"""The compared executable's own cache: a version with another compiled format would otherwise
replace each entry the other wrote, and both would compile on every run."""


def _env(name: str) -> dict[str, str] | None:
    return {**os.environ, "BACKPAIN_CACHE_DIR": COMPARED_CACHE} if "(compared)" in name else None


def measure(commands: dict[str, list[str]], rounds: int) -> dict[str, float]:
    """Median wall-clock seconds of each command, run interleaved round by round."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": False}
    for name, argv in commands.items():  # warm the file cache first
        subprocess.run(argv, env=_env(name), **quiet)  # type: ignore[call-overload]
    for _ in range(rounds):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, env=_env(name), **quiet)  # type: ignore[call-overload]
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


FIRST_RUN = """\
import sys, tempfile
from backpain_cli import load_catalogue
from backpain_cli.matching import Matcher
from backpain_cli.catalogue import load_conditions
with tempfile.TemporaryDirectory() as cache:
    import os
    os.environ["BACKPAIN_CACHE_DIR"] = cache  # every round a first run
    catalogue = load_catalogue(sys.argv[1])
    assert catalogue.cache == "written", catalogue.cache
    Matcher(catalogue, load_conditions).search("low back pain")
"""


def peak(name: str, argv: list[str]) -> float:
    """The peak memory (MiB) of one run of a command."""
    process = subprocess.Popen(
        argv, env=_env(name), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument(
        "--compare",
        metavar="BACKPAIN",
        help="another backpain executable (an earlier version, say) to time in the same rounds",
    )
    parser.add_argument(
        "--icd",
        type=Path,
        metavar="TOML",
        help="a big catalogue (icd-74719.toml from benchmarks/icd_catalogue.py --keep DIR) to time "
        "too: compiled once in the warm-up round, then answered from the compiled form",
    )
    args = parser.parse_args()
    os.environ["BACKPAIN_CACHE_DIR"] = tempfile.mkdtemp()  # a cold cache, warmed below
    python = sys.executable
    backpain = shutil.which("backpain", path=str(Path(python).parent)) or "backpain"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "hello.py").write_text(HELLO)
        (work / "hello_table.py").write_text(HELLO_TABLE)
        (work / "parse.py").write_text(PARSE_ONLY)
        big = work / "big.toml"
        big_catalogue(big)
        commands = {
            "python -c pass": [python, "-c", "pass"],
            "hello-world typer app": [python, str(work / "hello.py"), "hello"],
            "hello-world typer app, rich table": [python, str(work / "hello_table.py"), "hello"],
            "show sciatica --format json": [backpain, "show", "sciatica", "--format", "json"],
            'search "kidney stones" --format json': [
                backpain,
                "search",
                "kidney stones",
                "-f",
                "json",
            ],
            "list --format table": [backpain, "list", "--format", "table"],
            "tomllib parse of 10,000 causes": [python, str(work / "parse.py"), str(big)],
            "search in 10,000 causes": [backpain, "search", "nerve joint", "--catalogue", str(big)],
        }
        if args.icd:
            icd = ["--catalogue", str(args.icd)]
            commands["tomllib parse of the ICD catalogue"] = [
                python,
                str(work / "parse.py"),
                str(args.icd),
            ]
            commands["ICD: first run (compile)"] = [python, str(work / "first.py"), str(args.icd)]
            commands["ICD: show M54.50"] = [backpain, "show", "M54.50", *icd, "-f", "json"]
            commands["ICD: search low back pain"] = [
                backpain,
                "search",
                "low back pain",
                *icd,
                "-f",
                "json",
            ]
            (work / "first.py").write_text(FIRST_RUN)
        if args.compare:
            for name in list(commands):
                if commands[name][0] == backpain:
                    commands[f"{name} (compared)"] = [args.compare, *commands[name][1:]]
        medians = measure(commands, args.rounds)
        peaks = {n: peak(n, argv) for n, argv in commands.items() if n.startswith("ICD")}

    print(f"{args.rounds} interleaved rounds, medians of wall-clock time, {sys.version.split()[0]}")
    for name, seconds in medians.items():
        print(f"  {name:<40} {seconds * 1000:7.1f} ms")

    def ratio(name: str, floor: str, target: float) -> None:
        value = medians[name] / medians[floor]
        verdict = "met" if value <= target else "NOT met"
        print(f"  {name:<40} / {floor:<36} {value:5.2f} (target <= {target}: {verdict})")

    print("ratios")
    ratio("show sciatica --format json", "hello-world typer app", 1.15)
    ratio("show sciatica --format json", "python -c pass", 7)
    ratio('search "kidney stones" --format json', "hello-world typer app", 1.2)
    ratio("list --format table", "hello-world typer app, rich table", 1.15)
    ratio("search in 10,000 causes", "tomllib parse of 10,000 causes", 1.3)
    if args.icd:
        ratio("ICD: show M54.50", "hello-world typer app", 1.5)
        ratio("ICD: search low back pain", "hello-world typer app", 1.5)
        ratio("ICD: first run (compile)", "tomllib parse of the ICD catalogue", 1.5)
        for name, mib in peaks.items():
            print(f"  peak memory of {name:<34} {mib:6.1f} MiB (target for later runs <= 60)")
    if args.compare:
        print("against the compared executable (target: no slower, <= 1.0)")
        for name in [n for n in medians if n.endswith(" (compared)")]:
            ratio(name.removesuffix(" (compared)"), name, 1.0)


if __name__ == "__main__":
    main()
