#!/usr/bin/env python3
"""Peak memory of ``textfix clean`` from a 10 MB to a 1 GB input: it must stay flat.

    .venv/bin/python bench/memory.py [--sizes 10,100,1000] [--kind jsonl|text] [--jobs 2]
                                     [--tmp /tmp] [--eval-dir DIR] [--keep]

Inputs are made in ``--tmp`` by repeating the real BBC News articles of the shared evaluation
material (``news/bbc.jsonl``, read at run time, never copied into the project) up to each
size in MB: a JSONL corpus (``--kind jsonl``, ids made unique) or one plain text with the
articles separated by blank lines (``--kind text``, streamed by paragraph above 32 MB). Each
is cleaned with ``textfix clean … --output`` and ``--jobs N``, and deleted afterwards (unless
``--keep``); free space is checked first.

Three figures per run: the peak resident set size of the largest single process (the kernel's
``ru_maxrss`` of the waited-for children), and two peaks over the process tree (the command
and its workers), sampled from ``/proc`` every 50 ms: the sum of resident sizes, which counts
the word lists the workers share with the main process (they are loaded before the fork) once
per process, and the sum of proportional sizes (PSS: a shared page counts once, split among
the processes sharing it) — the tree's real use of memory. Target (issue 7): flat, under
300 MB, from 10 MB to 1 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def news(option: str | None) -> list[dict]:
    path = Path(option or os.environ.get("TEXTFIX_EVAL_DIR") or DEFAULT_EVAL) / "news" / "bbc.jsonl"
    if not path.is_file():
        sys.exit(f"bench: the evaluation data is missing: no {path} (pass --eval-dir or set TEXTFIX_EVAL_DIR)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def make_input(records: list[dict], megabytes: int, kind: str, directory: Path) -> Path:
    target = directory / f"news-{megabytes}mb.{'jsonl' if kind == 'jsonl' else 'txt'}"
    limit = megabytes * 10**6
    written, copy = 0, 0
    with target.open("w", encoding="utf-8") as handle:
        while written < limit:
            for record in records:
                if kind == "jsonl":
                    line = json.dumps({**record, "id": f"{record['id']}#{copy}"}, ensure_ascii=False) + "\n"
                else:
                    line = record["text"].rstrip("\n") + "\n\n"
                handle.write(line)
                written += len(line.encode("utf-8"))
                if written >= limit:
                    break
            copy += 1
    return target


def tree_memory(pid: int) -> tuple[int, int]:
    """(resident bytes, proportional bytes) of ``pid`` and all its descendants, now."""
    rss = pss = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/smaps_rollup") as rollup:
                for line in rollup:
                    key, _, value = line.partition(":")
                    if key in ("Rss", "Pss"):
                        kib = int(value.split()[0]) * 1024
                        rss, pss = (rss + kib, pss) if key == "Rss" else (rss, pss + kib)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(c) for c in children.read().split())
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return rss, pss


def measure(args: list[str]) -> tuple[float, float, float, float]:
    """Wall seconds, peak RSS of the largest process, peak summed tree RSS and PSS (MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_rss = peak_pss = 0
    while process.poll() is None:
        rss, pss = tree_memory(process.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.05)
    took = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"bench: {' '.join(args)} failed: {process.stderr.read().decode()}")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB, a running maximum
    if largest <= before:
        largest = before  # an earlier run was larger; the sampled figure still tells this one
    return took, largest / 1024, peak_rss / 2**20, peak_pss / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="input sizes in MB (default 10,100,1000)")
    parser.add_argument("--kind", choices=("jsonl", "text"), default="jsonl")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--tmp", default="/tmp", help="where to make the inputs (default /tmp)")
    parser.add_argument("--eval-dir", help="the shared evaluation folder (default ../shared/eval)")
    parser.add_argument("--keep", action="store_true", help="keep the generated inputs")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    records = news(args.eval_dir)
    free = shutil.disk_usage(args.tmp).free
    if free < 2.5 * max(sizes) * 10**6:
        sys.exit(f"bench: {free / 1e9:.1f} GB free in {args.tmp}; need {2.5 * max(sizes) / 1e3:.1f} GB")
    script = Path(sys.executable).with_name("textfix")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "textfix"]
    print(f"textfix clean ({args.kind} input) --output --jobs {args.jobs}: peak memory by input size")
    print(f"{'input':>8} {'wall s':>8} {'MB/s':>7} {'largest process MB':>19} {'tree RSS MB':>12} {'tree PSS MB':>12}")
    with tempfile.TemporaryDirectory(prefix="textfix-memory-", dir=args.tmp) as tmp:
        for size in sizes:
            source = make_input(records, size, args.kind, Path(tmp))
            output = Path(tmp) / "out"
            kind = ["--jsonl"] if args.kind == "jsonl" else []
            took, largest, rss, pss = measure([*command, "clean", *kind, str(source), "--output", str(output),
                                           "--jobs", str(args.jobs), "--force", "-q"])
            print(f"{size:>6} MB {took:>8.1f} {size / took:>7.1f} {largest:>19.0f} {rss:>12.0f} {pss:>12.0f}", flush=True)
            if not args.keep:
                source.unlink()
                shutil.rmtree(output, ignore_errors=True)
    print("target: flat, under 300 MB")


if __name__ == "__main__":
    main()
