"""How fast `backpain` answers, against the floors it cannot beat. Prints figures; asserts nothing.

    python benchmarks/startup.py [--rounds 21]

Each command runs as a fresh process, interleaved with the others round by round so that machine
noise falls on all of them alike; the figures are medians of wall-clock time. Run it in the virtual
environment that has backpain installed (from the wheel, for the figures in the README).
"""

from __future__ import annotations

import argparse
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


def measure(commands: dict[str, list[str]], rounds: int) -> dict[str, float]:
    """Median wall-clock seconds of each command, run interleaved round by round."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for argv in commands.values():  # warm the file cache first
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    for _ in range(rounds):
        for name, argv in commands.items():
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument(
        "--compare",
        metavar="BACKPAIN",
        help="another backpain executable (an earlier version, say) to time in the same rounds",
    )
    args = parser.parse_args()
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
        if args.compare:
            for name in list(commands):
                if commands[name][0] == backpain:
                    commands[f"{name} (compared)"] = [args.compare, *commands[name][1:]]
        medians = measure(commands, args.rounds)

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
    if args.compare:
        print("against the compared executable (target: no slower, <= 1.0)")
        for name in [n for n in medians if n.endswith(" (compared)")]:
            ratio(name.removesuffix(" (compared)"), name, 1.0)


if __name__ == "__main__":
    main()
