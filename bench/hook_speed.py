"""How long the pre-commit hook takes: ``textfix clean --check`` on the seed articles.

A hook must feel instant: the target is under 1 s wall for the three seeds, start-up
included. Each command runs as a fresh process, as pre-commit runs it, several times; the
median is reported beside what bounds it from below: the bare interpreter, textfix's start-up
(``textfix version``) and loading the word data alone.

    .venv/bin/python bench/hook_speed.py [--runs 7] [--target 1.0] [--seeds DIR]

Exits 1 when the hook's median is over the target. On a shared machine, run it when it is
quiet: other processes inflate every figure alike.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wall_times(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            sys.exit(f"hook_speed: {' '.join(command)} failed: {proc.stderr.decode().strip()}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--target", type=float, default=1.0, help="seconds")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    args = parser.parse_args()
    seeds = sorted(str(p) for p in args.seeds.glob("*.txt"))
    if not seeds:
        sys.exit(f"hook_speed: no seed articles (*.txt) in {args.seeds}")
    python = sys.executable
    textfix = str(Path(python).with_name("textfix"))
    commands = [
        ("python -c pass (interpreter)", [python, "-c", "pass"]),
        ("textfix version (start-up)", [textfix, "version"]),
        ("word data load (en word lists)", [python, "-c", "from textfix.lexicon import lexicon; lexicon('en')"]),
        (f"textfix clean --check ({len(seeds)} seeds)", [textfix, "clean", "--check", "-q", *seeds]),
    ]
    print(f"{'command':<38} {'median s':>9} {'min s':>7} {'max s':>7} {'x target':>9}")
    hook_median = 0.0
    for label, command in commands:
        times = wall_times(command, args.runs)
        median = statistics.median(times)
        hook_median = median
        print(f"{label:<38} {median:>9.3f} {min(times):>7.3f} {max(times):>7.3f} {median / args.target:>9.2f}")
    verdict = "within" if hook_median <= args.target else "OVER"
    print(f"\nhook median {hook_median:.3f} s: {verdict} the {args.target:.1f} s target ({args.runs} runs each)")
    return 0 if hook_median <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
