"""Residue removal: textfix's TF3xx rules beside the C4 line filter (and jusText) in one run.

Runs every fixer over the labelled residue set (``../shared/eval/residue/`` from the repo root,
or ``--data DIR`` / ``$RESIDUE_DATA``) with the set's own scorer, and prints per split the
recall on short residue lines (1-8 words, the button-like residue), the recall on all residue
lines, and the share of content characters lost, with textfix's figures as ratios of the
baseline's. The scorer and the baselines are imported from the eval folder, never copied.

    python bench/residue.py                      # every split, textfix + c4 + justext
    python bench/residue.py --limit 200 --split extracted
    python bench/residue.py --fixers textfix,textfix_all,c4

``textfix`` applies only the residue rules (``select=["TF3"]``), safe edits only, as
``textfix clean --select TF3`` would; ``textfix_all`` runs every rule (token rules that split
glued words count as "altered content" for this scorer).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "residue"
SHORT = ("1-3w", "4-8w")


def find_data(arg: str | None) -> Path:
    """The folder named by --data, else $RESIDUE_DATA, else ../shared/eval/residue; never a guess
    past the one the user named."""
    candidate = Path(arg or os.environ.get("RESIDUE_DATA") or DEFAULT_DATA)
    if not (candidate / "residue_eval.py").is_file() or not any(candidate.glob("*.jsonl*")):
        sys.exit(f"bench/residue.py: no residue eval data in {candidate}; pass --data DIR (or set "
                 f"RESIDUE_DATA) to the folder with residue_eval.py, baselines_residue.py and the splits")
    return candidate


def textfix_residue(text: str) -> str:
    import textfix

    return textfix.clean(text, select=["TF3"]).text


def textfix_all(text: str) -> str:
    import textfix

    return textfix.clean(text).text


def fixers(names: list[str], baselines) -> dict[str, Callable[[str], str]]:
    own = {"textfix": textfix_residue, "textfix_all": textfix_all}
    found = {}
    for name in names:
        if name in own:
            found[name] = own[name]
            continue
        fixer = getattr(baselines, name, None)
        if fixer is None:
            sys.exit(f"bench/residue.py: no fixer {name!r}")
        try:
            fixer("A line.\nAnother line of text here.")
        except ImportError as error:
            print(f"(skipping {name}: {error})", file=sys.stderr)
            continue
        found[name] = fixer
    return found


def measure(scorer, fixer: Callable[[str], str], docs: list[dict]) -> dict:
    stats = scorer.new_stats()
    started = time.perf_counter()
    for doc in docs:
        text = "\n".join(line["text"] for line in doc["lines"])
        stats["docs"] += 1
        scorer.score_doc(doc, fixer(text), stats, None)
    stats["seconds"] = time.perf_counter() - started
    return stats


def figures(scorer, stats: dict) -> dict[str, float]:
    short_total = sum(stats["by_len"][c][0] for c in SHORT)
    short_removed = sum(stats["by_len"][c][1] for c in SHORT)
    return {
        "short": scorer.ratio(short_removed, short_total),
        "all": scorer.ratio(stats["removed"], stats["residue"]),
        "loss": scorer.ratio(stats["lost_chars"], stats["content_chars"]),
        "seconds": stats["seconds"],
    }


def ratio_text(ours: float, theirs: float) -> str:
    return f"{ours / theirs:7.3f}x" if theirs else "      - "


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="folder with residue_eval.py, baselines_residue.py and the splits")
    parser.add_argument("--split", help="comma-separated splits (default: all)")
    parser.add_argument("--limit", type=int, help="first N documents of each split")
    parser.add_argument("--fixers", default="textfix,c4,justext",
                        help="comma-separated: textfix, textfix_all, or a baseline name (c4, justext, ...)")
    args = parser.parse_args(argv)

    data = find_data(args.data)
    sys.path.insert(0, str(data))
    scorer = importlib.import_module("residue_eval")
    baselines = importlib.import_module("baselines_residue")
    chosen = fixers(args.fixers.split(","), baselines)
    splits = {p.name.split(".")[0]: p for p in sorted(data.iterdir()) if p.name.endswith((".jsonl", ".jsonl.gz"))}
    if args.split:
        splits = {name: splits[name] for name in args.split.split(",")}

    results: dict[str, dict[str, dict[str, float]]] = {}
    for split, path in splits.items():
        docs = list(scorer.load_split(str(path)))[: args.limit or None]
        results[split] = {name: figures(scorer, measure(scorer, fixer, docs)) for name, fixer in chosen.items()}

    print(f"residue removal, data {data}" + (f", first {args.limit} docs per split" if args.limit else ""))
    print("short = recall on residue lines of 1-8 words; all = recall on all residue lines; "
          "loss = content characters lost (target: short >= 0.90, loss <= 0.001)")
    baseline = next((n for n in chosen if not n.startswith("textfix")), None)
    header = f"{'split':<10} {'fixer':<12} {'short':>7} {'all':>7} {'loss':>9} {'s/run':>7}"
    if baseline:
        header += f"   vs {baseline}: {'short':>8} {'all':>8} {'loss':>8}"
    print(header)
    for split, by_fixer in results.items():
        for name, f in by_fixer.items():
            row = f"{split:<10} {name:<12} {f['short']:7.4f} {f['all']:7.4f} {f['loss']:9.5f} {f['seconds']:7.1f}"
            if baseline and name != baseline:
                b = by_fixer[baseline]
                row += (f"   {'':>{len(baseline) + 4}}{ratio_text(f['short'], b['short'])}"
                        f" {ratio_text(f['all'], b['all'])} {ratio_text(f['loss'], b['loss'])}")
            print(row)


if __name__ == "__main__":
    main()
