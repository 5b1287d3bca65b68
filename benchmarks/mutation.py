"""Mutation testing: change the source in small ways, run the tests, count the changes they catch.

python benchmarks/mutation.py                       # every module, every mutant (slow: hours)
python benchmarks/mutation.py validate.py model.py  # some modules
python benchmarks/mutation.py --sample 30 cli.py    # 30 mutants picked at random (fixed seed)

Each mutant is one change: a comparison flipped (< and >=, == and !=, in and not in), `and` and
`or` swapped, a `not` dropped, a number moved by one, True and False swapped, a returned value
replaced by None, a raise turned into pass. The mutated module is written into a copy of the
repository and the tests that exercise it run there (`pytest -x`, in two processes at a time);
a mutant is killed when they fail. Prints the killed share per module and every survivor, each
to be explained (a change that alters nothing anyone can observe is "equivalent") or caught by a
new test. Not part of CI: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import ast
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "src" / "backpain_cli"
# Which tests exercise which module: enough to kill what they can, few enough to be quick.
TESTS = {
    "validate.py": ["tests/test_catalogue.py", "tests/test_properties.py", "tests/test_cli.py"],
    "problems.py": ["tests/test_catalogue.py", "tests/test_properties.py"],
    "catalogue.py": ["tests/test_catalogue.py", "tests/test_cache.py", "tests/test_matching.py"],
    "cache.py": ["tests/test_cache.py"],
    "store.py": ["tests/test_cache.py", "tests/test_properties.py", "tests/test_cli.py"],
    "render.py": ["tests/test_render.py", "tests/test_properties.py", "tests/test_cli.py"],
    "views.py": ["tests/test_render.py", "tests/test_cli.py", "tests/test_cache.py"],
    "search_views.py": ["tests/test_render.py", "tests/test_cli.py", "tests/test_api.py"],
}
DEFAULT_TESTS = ["tests"]
FLIPS = {
    ast.Lt: ">=", ast.GtE: "<", ast.Gt: "<=", ast.LtE: ">", ast.Eq: "!=", ast.NotEq: "==",
    ast.In: "not in", ast.NotIn: "in", ast.Is: "is not", ast.IsNot: "is",
}  # fmt: skip


@dataclass(frozen=True)
class Mutant:
    module: str
    line: int
    description: str
    source: str


def _replace(source: str, node: ast.expr | ast.stmt, text: str) -> str:
    """The source with one node's text replaced."""
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    end_line = node.end_lineno or node.lineno
    end_col = node.end_col_offset if node.end_col_offset is not None else node.col_offset
    start = starts[node.lineno - 1] + node.col_offset
    return source[:start] + text + source[starts[end_line - 1] + end_col :]


def mutants(module: str) -> list[Mutant]:
    source = (PACKAGE / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    found: list[Mutant] = []

    def add(node: ast.expr | ast.stmt, text: str, description: str) -> None:
        segment = ast.get_source_segment(source, node)
        if segment is None or segment == text:
            return
        found.append(Mutant(module, node.lineno, description, _replace(source, node, text)))

    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in FLIPS:
            left = ast.get_source_segment(source, node.left)
            right = ast.get_source_segment(source, node.comparators[0])
            flipped = FLIPS[type(node.ops[0])]
            add(node, f"{left} {flipped} {right}", f"comparison becomes '{flipped}'")
        elif isinstance(node, ast.BoolOp) and len(node.values) == 2:
            other = "or" if isinstance(node.op, ast.And) else "and"
            parts = [ast.get_source_segment(source, v) for v in node.values]
            add(node, f"({parts[0]}) {other} ({parts[1]})", f"'{other}' for the other")
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            operand = ast.get_source_segment(source, node.operand)
            add(node, f"({operand})", "'not' dropped")
        elif isinstance(node, ast.Constant) and id(node) not in docstrings:
            value = node.value
            if isinstance(value, bool):
                add(node, repr(not value), f"{value} becomes {not value}")
            elif isinstance(value, int | float) and not isinstance(value, bool):
                add(node, repr(value + 1), f"{value!r} becomes {value + 1!r}")
        elif isinstance(node, ast.Return) and node.value is not None:
            add(node, "return None", "returns None")
        elif isinstance(node, ast.Raise):
            add(node, "pass", "raise becomes pass")
    return found


def killed(mutant: Mutant, tests: list[str]) -> bool:
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "repo"
        shutil.copytree(ROOT / "src", copy / "src", symlinks=True)
        shutil.copytree(ROOT / "tests", copy / "tests")
        shutil.copytree(ROOT / "benchmarks", copy / "benchmarks")
        shutil.copytree(ROOT / "tools", copy / "tools")
        shutil.copytree(ROOT / "data", copy / "data")
        shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
        (copy / "src" / "backpain_cli" / mutant.module).write_text(mutant.source, "utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
            cwd=copy,
            env={**_environment(), "PYTHONPATH": str(copy / "src")},
            capture_output=True,
            timeout=900,
            check=False,
        )
        return result.returncode != 0


def _environment() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("BACKPAIN_")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", help="module file names (default: all)")
    parser.add_argument("--sample", type=int, help="test this many mutants per module, at random")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    modules = args.modules or sorted(
        p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py"
    )
    rng = random.Random(args.seed)
    for module in modules:
        candidates = mutants(module)
        if args.sample and len(candidates) > args.sample:
            candidates = rng.sample(candidates, args.sample)
        tests = TESTS.get(module, DEFAULT_TESTS)
        with ThreadPoolExecutor(max_workers=2) as pool:
            outcomes = list(pool.map(killed, candidates, [tests] * len(candidates)))
        survivors = [m for m, dead in zip(candidates, outcomes, strict=True) if not dead]
        share = 1 - len(survivors) / len(candidates) if candidates else 1.0
        print(
            f"{module}: {len(candidates) - len(survivors)}/{len(candidates)} killed ({share:.0%})"
        )
        for mutant in sorted(survivors, key=lambda m: m.line):
            print(f"  survived: {module}:{mutant.line}: {mutant.description}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
