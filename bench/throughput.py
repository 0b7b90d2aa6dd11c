#!/usr/bin/env python3
"""Throughput of textfix beside its baselines, on the same clean English news, in one run.

    .venv/bin/python bench/throughput.py [--eval-dir DIR] [--repeats 5] [--copies 8] [--cli-repeats 3] [--skip-cli]

The text is the BBC News corpus of the shared evaluation material (``news/bbc.jsonl``, 2,225
articles, about 5 MB), read at run time from ``../shared/eval`` beside the repository (or
``--eval-dir`` / ``$TEXTFIX_EVAL_DIR``); it is never copied into the project.

In-process, on the same texts, as MB/s of UTF-8 input and as a ratio to the tokenization pass:

* ``regex tokenization`` — one pass of a word/punctuation ``regex`` over the text: the
  practical floor, since every token must be looked at once;
* ``ftfy.fix_text`` alone (its default configuration);
* ``wordninja (naive)`` — the naive segmentation baseline of ``news/baselines_seg.py``:
  every token wordfreq does not know is split with wordninja (its per-token cache is cold at
  the start: one pass only);
* ``textfix Cleaner`` — the ``str -> str`` step with default options, word data loaded
  beforehand: its first pass over the corpus (what wordfreq says of each name and rare word is
  not cached yet: new text), then the best of ``--repeats`` more (cached: a corpus whose names
  recur). It runs every rule that can change the text: not TF404, which only suggests;
* ``textfix clean()`` — the same with the full report (every edit, suggestions included, so
  TF404 too), as the command line and ``clean_batch`` make it.

Each is the best of ``--repeats`` passes taken in turns, slice by slice of the corpus (see
``best_by_slices``), except wordninja and textfix's first pass, which are one pass. Then the
corpus joined into one text of 0.6, 2.3 and 5 MB, cleaned whole (``textfix.clean``) beside
``ftfy.fix_text``: the rate must hold as the text grows. Then the command
line, wall clock including start-up: ``textfix clean --jsonl`` over ``--copies`` copies of the corpus with ``--jobs 1`` and
``--jobs 2``, the best of ``--cli-repeats`` runs of each taken in turns (with the CPU time of the
process tree in that run: on a shared machine the wall-clock ratio also measures the other
processes), and ``textfix clean`` on one seed article.
The best of several is the figure because a shared machine's speed swings: on one day a fixed
tokenization pass over 500 articles took 0.060 s at best, 0.064 s at the 10th percentile and
0.103 s at the median over a minute, so two single runs compare the machine's moments, not the code.
Targets (issue 7): textfix ≥ 0.3 × the tokenization pass, ``--jobs 2`` ≥ 1.7 × ``--jobs 1``, one small file under 1 s.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import regex

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
T = TypeVar("T")  # what a measurement gives: seconds, or (seconds, CPU seconds)
# A word (letters/digits with inner apostrophes) or one punctuation character.
TOKEN = regex.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def eval_dir(option: str | None) -> Path:
    path = Path(option or os.environ.get("TEXTFIX_EVAL_DIR") or DEFAULT_EVAL)
    if not (path / "news" / "bbc.jsonl").is_file():
        sys.exit(f"bench: the evaluation data is missing: no {path / 'news' / 'bbc.jsonl'} "
                 "(pass --eval-dir or set TEXTFIX_EVAL_DIR)")
    return path


def load_news(path: Path) -> list[str]:
    with (path / "news" / "bbc.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def one_pass(function: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - started


def best_in_turns(measures: dict[str, Callable[[], T]], repeats: int) -> dict[str, T]:
    """The best (least) of ``repeats`` measurements of each, taken in turns (one of each, then
    again), so that a busy spell of the shared machine slows all of them alike rather than
    whichever happened to run then: the ratios are what this benchmark is for."""
    best: dict[str, T] = {}
    for _ in range(repeats):
        for name, measure in measures.items():
            found = measure()
            best[name] = min(best[name], found) if name in best else found
    return best


# Slices of the corpus for the in-process measurements (see best_by_slices): about 90 articles.
SLICES = 25


def best_by_slices(functions: dict[str, Callable[[str], object]], texts: list[str], repeats: int,
                   slices: int = SLICES) -> dict[str, float]:
    """Seconds each function takes over all ``texts``: the corpus is cut into ``slices`` runs of
    articles, and per slice the best of ``repeats`` passes counts, the functions taken in turns
    on each slice (one round goes through the corpus in order, as a whole pass does).

    A shared machine's speed swings within seconds. A whole pass of the slowest function takes
    three times as long as the floor's, so its best of a few would meet fewer of the machine's
    fast moments; a slice takes tens of milliseconds for every function alike."""
    runs = [texts[i * len(texts) // slices:(i + 1) * len(texts) // slices] for i in range(slices)]
    best = {name: [float("inf")] * slices for name in functions}
    for _ in range(repeats):
        for index, run in enumerate(runs):
            for name, function in functions.items():
                best[name][index] = min(best[name][index], one_pass(function, run))
    return {name: sum(times) for name, times in best.items()}


def tokenize(text: str) -> int:
    return sum(1 for _ in TOKEN.finditer(text))


def in_process(texts: list[str], evaluation: Path, repeats: int) -> list[tuple[str, float]]:
    import ftfy

    from textfix import Cleaner

    sys.path.insert(0, str(evaluation / "news"))
    import baselines_seg

    cleaner = Cleaner()
    warm = "Since 2017the year, protests.The end of it   \n"
    cleaner(warm), ftfy.fix_text(warm), baselines_seg.wordninja("warmup thisisglued")
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    once = {"wordninja (naive baseline)": one_pass(baselines_seg.wordninja, texts),
            # Unseen text: textfix's per-token caches know none of these names and rare words yet.
            "textfix Cleaner, first pass": one_pass(cleaner, texts)}
    functions = {"regex tokenization (floor)": tokenize, "ftfy.fix_text": ftfy.fix_text,
                 "textfix clean(), with report": cleaner.clean, "textfix Cleaner": cleaner}
    best = best_by_slices(functions, texts, repeats)
    order = ["regex tokenization (floor)", "ftfy.fix_text", "wordninja (naive baseline)",
             "textfix Cleaner, first pass", "textfix clean(), with report", "textfix Cleaner"]
    took = once | best
    return [(name, megabytes / took[name]) for name in order]


def textfix_command() -> list[str]:
    script = Path(sys.executable).with_name("textfix")
    return [str(script)] if script.exists() else [sys.executable, "-m", "textfix"]


def wall(args: list[str], repeats: int = 1) -> tuple[float, float]:
    """Best wall-clock seconds of running ``args``, and the CPU seconds (user + system) of
    the whole process tree — the command and its worker processes — in that run."""
    best, cpu = float("inf"), 0.0
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        took = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if took < best:
            best = took
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return best, cpu


# A chunk of pure-Python work like textfix's own (string calls and dict lookups on words).
WORK_WORDS = "The council met on Tuesday to settle the budget for the coming year".split()


def _work(seconds: float, done: multiprocessing.Queue) -> None:
    """Do chunks of work for ``seconds`` and report how many were done."""
    table = dict.fromkeys(map(str.lower, WORK_WORDS), 1)
    chunks = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        for _ in range(100):
            for word in WORK_WORDS:
                table.get(word.lower(), 0)
        chunks += 1
    done.put(chunks)


def parallel_headroom(seconds: float = 1.5) -> float:
    """How much more work two busy processes get done than one, here and now: the most any
    ``--jobs 2`` can show.

    Work done, not CPU time: a virtual machine's two CPUs may both be busy for the whole time
    and still get less than twice the work through (they share the host's cores and caches).
    About 2 on two idle, unshared cores; where other sessions keep the CPUs busy it falls
    towards 1.
    """
    rates = []
    for processes in (1, 2):
        done: multiprocessing.Queue = multiprocessing.Queue()
        workers = [multiprocessing.Process(target=_work, args=(seconds, done)) for _ in range(processes)]
        for worker in workers:
            worker.start()
        chunks = sum(done.get() for _ in workers)
        for worker in workers:
            worker.join()
        rates.append(chunks / seconds)
    return rates[1] / rates[0]


def command_line(evaluation: Path, copies: int, repeats: int) -> dict[str, float]:
    source = (evaluation / "news" / "bbc.jsonl").read_bytes()
    with tempfile.TemporaryDirectory(prefix="textfix-bench-") as tmp:
        corpus = Path(tmp) / "news.jsonl"
        corpus.write_bytes(source * copies)
        megabytes = corpus.stat().st_size / 1e6
        base = [*textfix_command(), "clean", "--jsonl", str(corpus), "--force", "-q", "-o"]
        # Wall clock and CPU time of the best run of each, taken in turns.
        runs = best_in_turns({jobs: partial(wall, [*base, str(Path(tmp) / f"{jobs}.jsonl"), "--jobs", jobs])
                              for jobs in "12"}, repeats)
        (one, one_cpu), (two, two_cpu) = runs["1"], runs["2"]
    # A real damaged article (a glued year): the word data must load, as it will in real use.
    small = min(ROOT.glob("seeds/*.txt"))
    startup, _ = wall([*textfix_command(), "clean", str(small)], repeats=5)
    return {"megabytes": megabytes, "jobs1": megabytes / one, "jobs2": megabytes / two,
            "cpu1": one_cpu, "cpu2": two_cpu, "wall2": two, "small_file": startup}


def long_text(texts: list[str], parts: tuple[int, ...] = (8, 2, 1)) -> None:
    """The articles joined into one text (an eighth, a half, all of them), cleaned whole as
    ``textfix clean FILE`` cleans a file below the streaming size, beside ``ftfy.fix_text`` on
    the same text: the rate must not fall as the text grows (it did: a search of the whole text
    for each name made 5 MB take minutes)."""
    import ftfy

    import textfix

    print(f"\n{'one text, cleaned whole':<30} {'MB':>8} {'textfix MB/s':>13} {'ftfy MB/s':>10}")
    for part in parts:
        text = "\n\n".join(texts[:len(texts) // part])
        megabytes = len(text.encode("utf-8")) / 1e6
        took = one_pass(textfix.clean, [text])
        print(f"{'':<30} {megabytes:>8.2f} {megabytes / took:>13.2f} {megabytes / one_pass(ftfy.fix_text, [text]):>10.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", help="the shared evaluation folder (default ../shared/eval)")
    parser.add_argument("--repeats", type=int, default=5, help="passes per measurement (best is kept)")
    parser.add_argument("--copies", type=int, default=8, help="copies of the corpus for the --jobs runs")
    parser.add_argument("--cli-repeats", type=int, default=3,
                        help="runs of each --jobs command, taken in turns (best is kept)")
    parser.add_argument("--skip-cli", action="store_true", help="only the in-process figures")
    args = parser.parse_args()
    evaluation = eval_dir(args.eval_dir)
    texts = load_news(evaluation)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"BBC News: {len(texts):,} articles, {megabytes:.2f} MB; {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} (other processes share them)")
    rows = in_process(texts, evaluation, args.repeats)
    floor = rows[0][1]
    print(f"\n{'in process':<30} {'MB/s':>8} {'x tokenization':>15}")
    for name, rate in rows:
        print(f"{name:<30} {rate:>8.2f} {rate / floor:>15.2f}")
    textfix_ratio = rows[-1][1] / floor
    print(f"target: textfix >= 0.30 x tokenization: {textfix_ratio:.2f} "
          f"({'met' if textfix_ratio >= 0.3 else 'NOT met'})")
    long_text(texts)
    if args.skip_cli:
        return
    headroom = parallel_headroom()
    cli = command_line(evaluation, args.copies, args.cli_repeats)
    speedup = cli["jobs2"] / cli["jobs1"]
    print(f"\ncommand line, {cli['megabytes']:.0f} MB of JSONL, wall clock with start-up, "
          f"best of {args.cli_repeats} in turns")
    print(f"{'textfix clean --jsonl --jobs 1':<30} {cli['jobs1']:>8.2f} MB/s")
    print(f"{'textfix clean --jsonl --jobs 2':<30} {cli['jobs2']:>8.2f} MB/s {speedup:>8.2f} x --jobs 1 "
          f"(target 1.7: {'met' if speedup >= 1.7 else 'NOT met'})")
    # On a shared machine other processes take CPUs from the workers, and the wall-clock ratio
    # shows it; the CPU time says what the second process costs in extra work.
    print(f"{'':<30} CPU {cli['cpu1']:.1f} s (--jobs 1), {cli['cpu2']:.1f} s (--jobs 2): "
          f"{cli['cpu2'] / cli['cpu1']:.2f} x the work; this run had {cli['cpu2'] / cli['wall2']:.2f} CPUs busy")
    print(f"{'':<30} two busy processes get {headroom:.2f} x the work of one done here now: "
          "the most any --jobs 2 can show")
    print(f"{'textfix clean SEED (small)':<30} {cli['small_file']:>8.2f} s "
          f"(target < 1 s: {'met' if cli['small_file'] < 1 else 'NOT met'})")


if __name__ == "__main__":
    main()
