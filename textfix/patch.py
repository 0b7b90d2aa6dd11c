"""The reviewable patch: a unified diff of the original against the cleaned text.

The diff is what ``git apply`` and ``patch -p1`` take in the file's directory: ``a/`` and
``b/`` headers, and the ``\\ No newline at end of file`` marker that :mod:`difflib` leaves out
but ``git apply`` needs when the last line has no line end.
"""

from __future__ import annotations

import difflib

NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(original: str, cleaned: str, name: str, context: int = 3) -> str:
    """The unified diff turning ``original`` into ``cleaned``; empty when they are equal."""
    if original == cleaned:
        return ""
    lines = difflib.unified_diff(split_lines(original), split_lines(cleaned), f"a/{name}", f"b/{name}", n=context)
    return "".join(_mark_missing_newline(line) for line in lines)


def _mark_missing_newline(line: str) -> str:
    if line.endswith("\n"):
        return line
    return line + "\n" + NO_NEWLINE


def split_lines(text: str) -> list[str]:
    """Lines with their ends, split on ``\\n`` only.

    ``str.splitlines`` also splits on form feeds, ``\\x1c`` and U+2028, which ``git apply``
    does not treat as line ends: a diff built from it would not apply.
    """
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
