"""Reports checked per second on one core, per input format (gongkai report check).

    .venv/bin/python benchmarks/check.py [--seconds 3] [--corpus /work/shared/corpus]

Files are read into memory first so the figure is parsing + interpretation + rules, not disk I/O.
A format whose extractor module is missing is skipped. Target: >= 200 reports/s for text and HTML.

"reports/s" is per second of this process's CPU time (time.process_time): what one core does,
whatever else the machine runs. "wall r/s" is per second of elapsed time, equal to it on an idle
machine and lower when other processes compete for the core.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gongkai.report.check import EXTRACTOR_MODULES, check_bytes, detect_format  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT.parent / "shared" / "seed" / "litong-2022-annual-report.txt"


def available(fmt: str) -> bool:
    module = EXTRACTOR_MODULES.get(fmt)
    if module is None:
        return True
    try:
        importlib.import_module(module)
    except ModuleNotFoundError:
        return False
    return True


def measure(files: list[tuple[str, bytes]], seconds: float) -> tuple[float, float, int]:
    """(reports per CPU second, reports per wall second, reports checked)."""
    for name, data in files:  # warm-up: imports, compiled regexes, first-call caches
        check_bytes(data, name)
    done = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while True:
        for name, data in files:
            check_bytes(data, name)
            done += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            cpu = time.process_time() - cpu_start
            return done / max(cpu, 1e-9), done / elapsed, done


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ns = parser.parse_args()
    paths = [
        p for p in sorted(ns.corpus.iterdir()) if p.is_file() and p.name not in ("README.md", "index.csv")
    ]
    if SEED.exists():
        paths.append(SEED)
    groups: dict[str, list[tuple[str, bytes]]] = {}
    for path in paths:
        data = path.read_bytes()
        fmt = detect_format(data, path.name)
        groups.setdefault("text" if fmt in ("txt", "md") else fmt, []).append((path.name, data))
    print(f"{'format':8} {'files':>5} {'reports/s':>10} {'wall r/s':>9} {'checked':>8}")
    for fmt in ("text", "html", "docx", "pdf"):
        files = groups.get(fmt, [])
        if not files:
            continue
        if not available(fmt):
            print(f"{fmt:8} {len(files):5} {'skipped (no extractor)':>10}")
            continue
        rate, wall, done = measure(files, ns.seconds)
        print(f"{fmt:8} {len(files):5} {rate:10.1f} {wall:9.1f} {done:8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
