"""Helpers the tests share: the seed articles and a runner for the real console script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def textfix_command() -> list[str]:
    """The installed ``textfix`` console script (next to this Python), as a user runs it."""
    script = Path(sys.executable).with_name("textfix")
    if script.exists():
        return [str(script)]
    found = shutil.which("textfix")
    assert found, "the textfix console script is not installed (pip install -e .)"
    return [found]


def run_textfix(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TEXTFIX_DEBUG"}
    return subprocess.run([*textfix_command(), *args], input=input, capture_output=True, cwd=cwd,
                          env=env, timeout=120)
