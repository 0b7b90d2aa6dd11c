#!/usr/bin/env python3
"""Encoding repair, measured side by side with ftfy and doing nothing (issue 4).

    .venv/bin/python bench/encoding.py [--eval DIR] [--articles N] [--repeat N]

Three tables, every fixer run in this one process on the same data:

1. ftfy's own test cases (``eval/ftfy``), scored by that folder's harness functions:
   textfix's character rules (``textfix.characters:fix_text``) against ``ftfy.fix_text`` with
   the same typography settings (``uncurl_quotes=False``), ftfy's defaults, and identity.
2. Real prose (``eval/news/bbc.jsonl``): clean articles must come back unchanged (false
   edits), the same articles turned into mojibake must come back exactly, and the speed of
   each in MB/s (median of ``--repeat`` runs).
3. Decoding bytes: real text saved as Windows-1252, Latin-1, UTF-16 and as files mixing
   UTF-8 and Windows-1252 paragraphs, read back by textfix's ``decode_bytes``, by
   charset-normalizer alone, and by UTF-8 with replacement characters (the naive read).

The eval data stay where they are (``../shared/eval`` next to the repository, or ``--eval`` /
``TEXTFIX_EVAL``); nothing is copied into the project.
"""

from __future__ import annotations

import argparse
import codecs
import importlib.util
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

from textfix.characters import fix_text as textfix_fix_text
from textfix.decoding import DecodeError, decode_bytes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"

Fixer = Callable[[str], str]


def fixers() -> dict[str, Fixer]:
    return {
        "textfix (TF1 rules)": textfix_fix_text,
        "ftfy.fix_text(uncurl_quotes=False)": lambda text: ftfy.fix_text(text, uncurl_quotes=False),
        "ftfy.fix_text (defaults)": ftfy.fix_text,
        "identity": lambda text: text,
    }


REFERENCE = "ftfy.fix_text(uncurl_quotes=False)"


def locate_eval(arg: str | None) -> Path:
    path = Path(arg or os.environ.get("TEXTFIX_EVAL") or DEFAULT_EVAL)
    needed = [path / "ftfy" / "ftfy_cases.py", path / "news" / "bbc.jsonl"]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        sys.exit(f"bench/encoding.py: eval data not found ({', '.join(missing)}); "
                 "pass --eval DIR or set TEXTFIX_EVAL to the shared eval folder")
    return path


def load_harness(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("ftfy_cases", eval_dir / "ftfy" / "ftfy_cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- 1. ftfy's test cases -------------------------------------------------------------------

def score_cases(harness, cases_dir: Path, fix: Fixer, mode: str) -> dict[str, object]:
    """The harness's own scoring (its ``judge``), tallied as its ``main`` does."""
    passed = total = kept = keep_total = known = known_total = 0
    for path in sorted(cases_dir.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            ok, _ = harness.judge(fix, case["original"], case, mode)
            if case["expect"] != "pass":
                known += ok
                known_total += 1
                continue
            passed += ok
            total += 1
            if harness.judge(lambda text: text, case["original"], case, mode)[0]:
                kept += ok
                keep_total += 1
    return {"passed": passed, "total": total, "kept": kept, "keep_total": keep_total,
            "false": keep_total - kept, "known": known, "known_total": known_total}


def table_cases(harness, cases_dir: Path) -> None:
    print("\n## ftfy's test cases (eval/ftfy), expect=pass cases\n")
    print("| fixer | lenient | typography | ratio to ftfy (lenient) | leave-alone kept | false edits | known failures fixed |")
    print("|---|---|---|---|---|---|---|")
    scores = {name: {mode: score_cases(harness, cases_dir, fix, mode) for mode in ("lenient", "typography")}
              for name, fix in fixers().items()}
    reference = scores[REFERENCE]["lenient"]["passed"]
    for name, by_mode in scores.items():
        lenient, typography = by_mode["lenient"], by_mode["typography"]
        print(f"| {name} | {lenient['passed']}/{lenient['total']} | {typography['passed']}/{typography['total']} "
              f"| {lenient['passed'] / reference:.2f} | {lenient['kept']}/{lenient['keep_total']} "
              f"| {lenient['false']} | {lenient['known']}/{lenient['known_total']} |")


# --- 2. real prose: false edits, mojibake repaired, speed ----------------------------------

def articles(eval_dir: Path, limit: int) -> list[str]:
    with open(eval_dir / "news" / "bbc.jsonl", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    return texts[:limit] if limit else texts


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("sloppy-windows-1252")


def timed(fix: Fixer, texts: list[str], repeat: int) -> tuple[list[str], float]:
    """Outputs and the median MB/s (UTF-8 megabytes of input per second) over ``repeat`` runs."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    times, outputs = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        outputs = [fix(t) for t in texts]
        times.append(time.perf_counter() - start)
    return outputs, size / max(statistics.median(times), 1e-9)


def table_prose(texts: list[str], repeat: int) -> None:
    damaged = [mojibake(t) for t in texts]
    non_ascii = [t for t in texts if not t.isascii()]
    n, m = len(texts), len(non_ascii)
    print(f"\n## BBC articles (eval/news): {n} clean, {m} with non-ASCII text turned into mojibake\n")
    print("| fixer | clean articles changed | mojibake articles restored | speed clean MB/s "
          "| speed mojibake MB/s | speed ratio to ftfy (clean) |")
    print("|---|---|---|---|---|---|")
    rows = {}
    for name, fix in fixers().items():
        if name == "ftfy.fix_text (defaults)":
            continue  # it straightens every curly quote: not a fixer for prose that keeps them
        clean_out, clean_speed = timed(fix, texts, repeat)
        damaged_out, damaged_speed = timed(fix, damaged, repeat)
        changed = sum(out != t for out, t in zip(clean_out, texts))
        restored = sum(out == t for out, t, d in zip(damaged_out, texts, damaged) if d != t)
        rows[name] = (changed, restored, clean_speed, damaged_speed)
    reference = rows[REFERENCE][2]
    for name, (changed, restored, clean_speed, damaged_speed) in rows.items():
        speeds = f"{clean_speed:.1f} | {damaged_speed:.1f}" if name != "identity" else "– | –"
        ratio = f"{clean_speed / reference:.2f}" if name != "identity" else "–"
        print(f"| {name} | {changed}/{n} | {restored}/{m} | {speeds} | {ratio} |")
    print(f"\ntextfix's edits on the clean articles, by rule: {edits_by_rule(texts)}")


def edits_by_rule(texts: list[str]) -> str:
    """What textfix changed in the clean articles (the BBC files hold real HTML entities:
    ``communiqu&#233;``, ``&#163;8m``), so a change can be read as a repair or a false edit."""
    from collections import Counter

    import textfix

    counts = Counter(e.rule for t in texts for e in textfix.clean(t, select=["TF1"]).applied)
    return ", ".join(f"{rule} ×{count}" for rule, count in sorted(counts.items())) or "none"


# --- 3. decoding bytes ----------------------------------------------------------------------

def byte_forms(texts: list[str], short_texts: list[str]) -> dict[str, list[tuple[bytes, str]]]:
    """Real texts as the bytes of damaged files, each with the text it must read back as."""
    western = [t for t in texts if not t.isascii()]
    short = [t for t in short_texts if not t.isascii() and _encodes(t, "cp1252")]
    # non-Western code pages: where preferring Windows-1252 must not get in the way
    other = [(t.encode(codec), t) for t in short_texts if not _encodes(t, "cp1252")
             for codec in ("cp1251", "cp1253") if _encodes(t, codec)]
    cjk = [(t.encode(codec), t) for t in short_texts if _mostly_cjk(t)
           for codec in ("gbk", "big5", "shift_jis", "euc_kr") if _encodes(t, codec)]
    return {
        "Windows-1252 article": [(t.encode("cp1252"), t) for t in western if _encodes(t, "cp1252")],
        "Latin-1 article": [(t.encode("latin-1"), t) for t in western if _encodes(t, "latin-1")],
        "Windows-1252 short text (ftfy cases)": [(t.encode("cp1252"), t) for t in short],
        "Cyrillic / Greek code page short text (ftfy cases)": other,
        "CJK code page short text (ftfy cases)": cjk,
        "UTF-16 with BOM article": [(codecs.BOM_UTF16_LE + t.encode("utf-16-le"), t) for t in western],
        "UTF-8 BOM article": [(codecs.BOM_UTF8 + t.encode("utf-8"), t) for t in western],
        "mixed UTF-8 / Windows-1252 paragraphs": [(_mixed(t), t) for t in western if _mixed(t) is not None],
    }


def _mostly_cjk(text: str) -> bool:
    """Text written in Chinese, Japanese or Korean (what those code pages are for)."""
    import regex

    letters = regex.findall(r"\p{L}", text)
    cjk = regex.findall(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]", text)
    return bool(letters) and len(cjk) >= len(letters) / 2


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _mixed(text: str) -> bytes | None:
    """Paragraphs with non-ASCII text alternately in UTF-8 and Windows-1252 (two or more)."""
    encoded, count = [], 0
    for paragraph in text.split("\n"):
        count += not paragraph.isascii()
        encoded.append(paragraph.encode("cp1252" if count % 2 == 0 else "utf-8"))
    return b"\n".join(encoded) if count >= 2 else None


def decoders() -> dict[str, Callable[[bytes], str | None]]:
    def textfix_decode(data: bytes) -> str | None:
        try:
            return decode_bytes(data).text
        except DecodeError:
            return None

    def charset_normalizer_best(data: bytes) -> str | None:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        return None if best is None else str(best)

    return {
        "textfix decode_bytes": textfix_decode,
        "charset-normalizer best()": charset_normalizer_best,
        "UTF-8, errors=replace": lambda data: data.decode("utf-8", errors="replace"),
    }


def table_decoding(texts: list[str], short_texts: list[str]) -> None:
    forms = byte_forms(texts, short_texts)
    print("\n## Decoding bytes: texts read back exactly\n")
    names = list(decoders())
    print("| file | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    totals = dict.fromkeys(names, 0)
    count = 0
    for form, samples in forms.items():
        cells = []
        for name, decode in decoders().items():
            right = sum(decode(data) in (text, text.lstrip("\ufeff")) for data, text in samples)
            totals[name] += right
            cells.append(f"{right}/{len(samples)}")
        count += len(samples)
        print(f"| {form} | " + " | ".join(cells) + " |")
    print("| **all** | " + " | ".join(f"**{totals[n]}/{count}** ({totals[n] / count:.2f})" for n in names) + " |")


def short_case_texts(cases_dir: Path) -> list[str]:
    """The repaired texts of ftfy's cases: short real strings in many languages."""
    texts = []
    for path in sorted(cases_dir.glob("*.json")):
        texts += [case["fixed"] for case in json.loads(path.read_text(encoding="utf-8"))
                  if case["expect"] == "pass"]
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval", help="the shared eval folder (default ../shared/eval or $TEXTFIX_EVAL)")
    parser.add_argument("--articles", type=int, default=0, help="use only the first N BBC articles (0: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs per figure (median)")
    args = parser.parse_args()
    eval_dir = locate_eval(args.eval)
    harness = load_harness(eval_dir)
    cases_dir = eval_dir / "ftfy"
    texts = articles(eval_dir, args.articles)
    print(f"# Encoding repair: textfix {_version('textfix')}, ftfy {_version('ftfy')}, "
          f"charset-normalizer {_version('charset-normalizer')}")
    table_cases(harness, cases_dir)
    table_prose(texts, args.repeat)
    table_decoding(texts, short_case_texts(cases_dir))
    return 0


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


if __name__ == "__main__":
    sys.exit(main())
