"""Precision and recall of the privacy detector on every labelled set, one line per set.

    python benchmarks/privacy_holdouts.py [--engine hyperscan|re] [--keep DIR]

Regenerates each holdout with the seed its first-contact figures were taken with (docs/privacy.md),
scores the detector on it with benchmarks/privacy.py's matching (a finding counts when it overlaps a
labelled span of the same kind) and prints P / R in % per kind. No throughput: that is privacy.py's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks import privacy as bench  # noqa: E402  (run as a script from any folder)

DATA = HERE / "privacy_data"
# (name, generator arguments); set.jsonl is stored, the others are generated.
SETS: list[tuple[str, list[str]]] = [
    ("variants", ["generate.py", "--docs", "600", "--seed", "7", "--variants"]),
    *((f"h{f}", ["holdout.py", "--family", f, "--seed", "3"]) for f in "abc"),
    *(
        (f"h{n}", [f"holdout{n}.py", "--docs", "400", "--seed", str(seed)])
        for n, seed in ((2, 5), (3, 9), (4, 13), (5, 17), (6, 19), (7, 23), (8, 29), (9, 31), (10, 37),
                        (11, 41), (12, 43), (13, 47), (14, 53), (15, 59), (16, 61), (17, 67), (18, 71),
                        (19, 73), (20, 79), (21, 83), (22, 89), (23, 97),
                        (24, 101), (25, 103), (26, 107), (27, 109),
                        (28, 113), (29, 127), (30, 131), (31, 137), (32, 139),
                        (33, 149), (34, 151), (35, 157), (36, 163),
                        (37, 167), (38, 173), (39, 179), (40, 181), (41, 191), (42, 193), (43, 197),
                        (44, 199), (45, 211), (46, 223), (47, 227), (48, 229), (49, 233),
                        (50, 239), (51, 241), (52, 251), (53, 257), (54, 263), (55, 269),
                        (56, 271), (57, 277), (58, 281), (59, 283), (60, 293), (61, 307),
                        (62, 311), (63, 313), (64, 317), (65, 331))
    ),
]  # fmt: skip
COLUMNS = ("id_card", "mobile", "bank_card", "email", "landline", "name", "address", "health")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--engine", default="hyperscan", choices=("hyperscan", "re"))
    parser.add_argument("--keep", help="write the generated sets into this folder")
    ns = parser.parse_args()
    detector = bench.ours(ns.engine)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(ns.keep) if ns.keep else Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        print("set".ljust(10) + "".join(kind[:10].rjust(14) for kind in COLUMNS))
        for name, args in [("set", []), *SETS]:
            path = DATA / "set.jsonl"
            if args:
                path = out / f"{name}.jsonl"
                cmd = [sys.executable, str(DATA / args[0]), *args[1:], "-o", str(path)]
                subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            stats = bench.score(bench.load(path), detector)
            cells = []
            for kind in COLUMNS:
                c = stats.get(kind)
                if not c:
                    cells.append("-".rjust(14))
                    continue
                tp, fp, fn = c["tp"], c["fp"], c["fn"]
                p = tp / (tp + fp) if tp + fp else 1.0
                r = tp / (tp + fn) if tp + fn else 1.0
                cells.append(f"{100 * p:5.1f}/{100 * r:5.1f}".rjust(14))
            print(name.ljust(10) + "".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
