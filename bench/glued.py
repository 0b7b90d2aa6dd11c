"""Glued-token repair: textfix beside the naive baselines on the same corpus, in one run.

Runs the shared harness ``glued_eval.py`` (injected glues in 2,225 BBC articles; with
``--real``, the real PDF/OCR glues of the ACL set) once per fixer — textfix through
``bench/textfix_fixer.py``, twice: the glued-token rules alone (``textfix``, the reference of
the ratios) and every rule (``textfix-all-rules``) — the baselines through the harness's own ``baselines_seg.py``
(imported there, never copied) — and prints one table with each baseline's figures as a
ratio of textfix's. Each fixer runs in its own process, so every one pays its own first load.

    python bench/glued.py                  # full corpus, seed 7, plus --real
    python bench/glued.py --limit 2000     # quicker, for iterating
    TEXTFIX_EVAL=/path/to/eval python bench/glued.py

The eval data is looked up at ``../shared/eval/`` beside the repository root unless
``--eval-dir`` or ``TEXTFIX_EVAL`` says otherwise.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
FIXERS = {
    "textfix": "textfix_fixer:fix_glued",  # the glued-token rules (TF4xx): the figure
    "textfix-all-rules": "textfix_fixer:fix",  # every rule, as `textfix clean` runs
    "wordninja": "baselines_seg:wordninja",
    "symspellpy": "baselines_seg:symspell",
    "wordsegment": "baselines_seg:wordsegment",
}
HEADLINE = re.compile(r"glued: recall=([\d.]+) precision=([\d.]+) false_per_100k=([\d.]+)")
THROUGHPUT = re.compile(r"throughput ([\d,]+) tokens/s")
KIND = re.compile(r"^\s+(word\+word|Name\+word|word\+Name|number\+word|sentence|comma)\s+\d+\s+\d+\s+([\d.]+)", re.M)


@dataclass(frozen=True)
class Figures:
    recall: float
    precision: float
    false_per_100k: float
    throughput: float | None
    kinds: dict[str, float]


def eval_dir(option: str | None) -> Path:
    path = Path(option or os.environ.get("TEXTFIX_EVAL") or ROOT.parent / "shared" / "eval")
    harness = path / "news" / "glued_eval.py"
    if not harness.is_file():
        sys.exit(f"bench/glued.py: eval data not found: {harness} is missing "
                 "(pass --eval-dir or set TEXTFIX_EVAL to the folder holding news/ and glued_real/)")
    return path


def run(harness: Path, fixer: str, extra: list[str]) -> Figures:
    command = [sys.executable, str(harness), "--fixer", fixer, *extra]
    done = subprocess.run(command, cwd=BENCH, capture_output=True, text=True)
    match = HEADLINE.search(done.stdout)
    if done.returncode or not match:
        sys.exit(f"bench/glued.py: {fixer} failed (exit {done.returncode}): {done.stderr[-800:]}")
    speed = THROUGHPUT.search(done.stdout)
    return Figures(float(match[1]), float(match[2]), float(match[3]),
                   float(speed[1].replace(",", "")) if speed else None,
                   {k: float(v) for k, v in KIND.findall(done.stdout)})


def ratio(value: float, reference: float) -> str:
    return f"{value / reference:.2f}x" if reference else "–"


def table(title: str, results: dict[str, Figures], with_kinds: bool) -> str:
    ref = results["textfix"]
    lines = [f"\n{title}", "| fixer | recall | precision | false / 100k clean tokens | tokens/s |"
             " recall vs textfix | precision vs textfix | false edits vs textfix |",
             "|---|---|---|---|---|---|---|---|"]
    for name, f in results.items():
        speed = f"{f.throughput:,.0f}" if f.throughput else "–"
        lines.append(f"| {name} | {f.recall:.3f} | {f.precision:.3f} | {f.false_per_100k:.1f} | {speed} | "
                     f"{ratio(f.recall, ref.recall)} | {ratio(f.precision, ref.precision)} | "
                     f"{ratio(f.false_per_100k, ref.false_per_100k) if ref.false_per_100k else '–'} |")
    if with_kinds and ref.kinds:
        kinds = list(ref.kinds)
        lines += ["", "| recall by kind | " + " | ".join(kinds) + " |", "|---" * (len(kinds) + 1) + "|"]
        lines += [f"| {name} | " + " | ".join(f"{f.kinds.get(k, 0):.3f}" for k in kinds) + " |"
                  for name, f in results.items()]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", help="folder holding news/ and glued_real/ (default ../shared/eval)")
    parser.add_argument("--limit", type=int, default=0, help="first N paragraphs / lines only")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-real", action="store_true", help="skip the real ACL glues (--real)")
    parser.add_argument("--fixers", default=",".join(FIXERS), help="comma-separated subset of " + ",".join(FIXERS))
    args = parser.parse_args()
    harness = eval_dir(args.eval_dir) / "news" / "glued_eval.py"
    chosen = [name for name in args.fixers.split(",") if name]
    if "textfix" not in chosen:
        chosen.insert(0, "textfix")
    common = ["--limit", str(args.limit)] if args.limit else []
    synthetic = {name: run(harness, FIXERS[name], [*common, "--seed", str(args.seed)]) for name in chosen}
    print(table(f"Injected glues in BBC news (seed {args.seed}{f', first {args.limit} paragraphs' if args.limit else ''})",
                synthetic, with_kinds=True))
    if not args.no_real:
        real = {name: run(harness, FIXERS[name], [*common, "--real"]) for name in chosen}
        print(table("Real PDF/OCR glues (ACL, --real)", real, with_kinds=False))


if __name__ == "__main__":
    main()
