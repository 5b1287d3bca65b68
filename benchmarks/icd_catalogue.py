"""A real, big user catalogue: every billable ICD-10-CM code as a cause. Prints figures only.

python benchmarks/icd_catalogue.py              # build it in a temporary folder and measure
python benchmarks/icd_catalogue.py --keep DIR   # and keep the catalogues in DIR

Builds, from the release that `simple-icd-10-cm` ships, a catalogue of every billable code
(description as name and definition, inclusion terms as aliases, chapter as category) and two
subsets (10,000 and 30,000 codes). For each it times a first run (parse, check, write the cache)
and a later run (from the cache) of `backpain search "low back pain"` as fresh processes, with
their peak memory; then it runs the clinician-style queries below over the whole catalogue in one
process and reports hit@3 (a query is right when a code that starts with one of its prefixes is
among the first three results).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# (query, code prefixes that answer it), in the words a clinician would type, typos included
QUERIES = [
    ("low back pain", ["M54.5"]),
    ("lumbago with sciatica", ["M54.4"]),
    ("sciatica", ["M54.3", "M54.4"]),
    ("siatica left side", ["M54.32", "M54.42"]),
    ("kidney stone", ["N20"]),
    ("calculus of ureter", ["N20.1"]),
    ("pyelonephritis", ["N10", "N11", "N12"]),
    ("acute pyelonephritis", ["N10"]),
    ("ankylosing spondylitis", ["M45"]),
    ("ankylosing spondilitis lumbar", ["M45.6"]),
    ("sacroiliitis", ["M46.1"]),
    ("endometriosis of ovary", ["N80.1"]),
    ("fibromyalgia", ["M79.7"]),
    ("age-related osteoporosis", ["M81.0"]),
    ("osteoporosis with pathological fracture of vertebra", ["M80.08"]),
    ("vertebral osteomyelitis lumbar", ["M46.26"]),
    ("spondylolisthesis lumbosacral", ["M43.17"]),
    ("spondylolysis", ["M43.0"]),
    ("scoliosis idiopathic adolescent", ["M41.12"]),
    ("kyphosis", ["M40"]),
    ("lumbar disc herniation with radiculopathy", ["M51.16", "M51.17"]),
    ("intervertebral disc displacement lumbar", ["M51.26", "M51.27"]),
    ("spinal stenosis lumbar", ["M48.06"]),
    ("strain of muscle lower back", ["S39.012"]),
    ("sprain of ligaments of lumbar spine", ["S33.5"]),
    ("fracture of lumbar vertebra", ["S32.0"]),
    ("obesity", ["E66"]),
    ("morbid obesity", ["E66.01"]),
    ("benign neoplasm of spinal cord", ["D33.4"]),
    ("cauda equina syndrome", ["G83.4"]),
    ("piriformis syndrome", ["G57.0"]),
    ("coccydynia", ["M53.3"]),
    ("osteoarthritis of spine", ["M47"]),
    ("thoracic back pain", ["M54.6"]),
]


NOS = re.compile(r"\bNOS\b")


def build(folder: Path, limits: list[int | None]) -> dict[str, Path]:
    import simple_icd_10_cm as icd

    codes = [  # a few three-character codes are listed twice
        code
        for code in dict.fromkeys(icd.get_all_codes(with_dots=True))
        if icd.is_category_or_subcategory(code) and icd.is_leaf(code)
    ]
    chapters: dict[str, str] = {}
    causes = []
    for code in codes:
        chapter = icd.get_ancestors(code)[-1]
        chapters.setdefault(chapter, icd.get_description(chapter))
        description = icd.get_description(code)
        # a category's inclusion terms hold for every code under it ("Piriformis syndrome" is
        # listed under G57.0, billed as G57.00-G57.03); "NOS" is left out, as people type them
        parents = [a for a in icd.get_ancestors(code) if icd.is_category_or_subcategory(a)]
        terms = {
            " ".join(NOS.sub(" ", term).split())
            for owner in (code, *parents)
            for term in icd.get_inclusion_term(owner)
        }
        causes.append(
            {
                "id": code.lower().replace(".", "-"),
                "name": description,
                "category": f"chapter-{chapter}",
                "definition": description,
                "aliases": sorted(terms - {description, ""}),
                "icd10": [code],
            }
        )
    made = {}
    for limit in limits:
        chosen = causes if limit is None else causes[:: max(1, len(causes) // limit)][:limit]
        name = f"icd-{len(chosen)}.toml"
        path = folder / name
        with path.open("w", encoding="utf-8") as out:
            out.write('[catalogue]\ntitle = "ICD-10-CM billable codes"\n')
            out.write('source = "ICD-10-CM, as shipped by simple-icd-10-cm"\n\n')
            for chapter, text in chapters.items():
                out.write(f"[[categories]]\nid = {json.dumps('chapter-' + chapter)}\n")
                out.write(f"name = {json.dumps(text)}\n\n")
            for cause in chosen:
                out.write("[[causes]]\n")
                for key, value in cause.items():
                    out.write(f"{key} = {json.dumps(value, ensure_ascii=False)}\n")
                out.write("\n")
        made[name] = path
    return made


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall-clock seconds and peak memory (MiB) of a fresh process (GNU time's %M)."""
    start = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    return time.perf_counter() - start, int(result.stderr.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the catalogues in this folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    os.environ["BACKPAIN_CACHE_DIR"] = str(folder / "cache")
    backpain = shutil.which("backpain", path=str(Path(sys.executable).parent)) or "backpain"
    try:
        catalogues = build(folder, [10_000, 30_000, None])
        for name, path in catalogues.items():
            size = path.stat().st_size / 2**20
            argv = [backpain, "search", "low back pain", "--catalogue", str(path), "-f", "json"]
            first, first_peak = timed(argv)  # exit 0 or 1 both fine
            later, later_peak = timed(argv)
            print(
                f"{name:<16} {size:6.1f} MiB  first run {first:6.2f} s ({first_peak:5.0f} MiB peak)"
                f"  later run {later:6.2f} s ({later_peak:5.0f} MiB peak)"
            )
        quality(catalogues[max(catalogues, key=lambda n: catalogues[n].stat().st_size)])
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for path in catalogues.values():
                shutil.copy(path, args.keep / path.name)
    finally:
        shutil.rmtree(folder)


def quality(path: Path) -> None:
    from backpain_cli import load_catalogue
    from backpain_cli.catalogue import load_conditions
    from backpain_cli.matching import Matcher

    matcher = Matcher(load_catalogue(path), load_conditions)  # compiled by the timed runs
    hits = 0
    for query, prefixes in QUERIES:
        found = [m.cause.icd10[0] for m in matcher.search(query, limit=3)]
        right = any(code.startswith(tuple(prefixes)) for code in found)
        hits += right
        if not right:
            print(f"  missed: {query!r} -> {found}, expected {prefixes}")
    low = [m.cause.name for m in matcher.search("low back pain", limit=5)]
    print(f"hit@3 over the whole catalogue: {hits}/{len(QUERIES)} = {hits / len(QUERIES):.2f}")
    print(f"'low back pain' -> {low}")


if __name__ == "__main__":
    main()
