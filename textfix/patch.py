"""The reviewable patch: a unified diff of the original against the cleaned text.

The diff is what ``git apply`` and ``patch -p1`` take in the file's directory: ``a/`` and
``b/`` headers, and the ``\\ No newline at end of file`` marker that :mod:`difflib` leaves out
but ``git apply`` needs when the last line has no line end.
"""

from __future__ import annotations

import difflib

import regex

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


class PatchError(ValueError):
    """A diff that does not apply to the text it is given (the text changed since)."""


HUNK_HEADER = regex.compile(r"@@ -(?P<old>\d+)(?:,(?P<old_len>\d+))? \+(?P<new>\d+)(?:,(?P<new_len>\d+))? @@")


def apply_unified_diff(text: str, diff: str) -> str:
    """Apply a unified diff of one file to ``text``, strictly: every context and removed line
    must match exactly, or :class:`PatchError` says where it does not.

    This is how a reviewed (possibly hand-edited) patch is replayed: it refuses rather than
    guesses when the file changed since the patch was made.
    """
    if not diff:
        return text
    lines = split_lines(text)
    out: list[str] = []
    cursor = 0  # index into lines of the next line not yet copied
    patch_lines = split_lines(diff)
    i = 0
    while i < len(patch_lines):
        header = HUNK_HEADER.match(patch_lines[i])
        i += 1
        if not header:
            continue
        start = int(header["old"]) - (1 if header["old_len"] != "0" else 0)
        if start < cursor:
            raise PatchError(f"hunk at line {header['old']} overlaps the previous one")
        out.extend(lines[cursor:start])
        cursor = start
        while i < len(patch_lines) and not patch_lines[i].startswith(("@@", "--- ", "diff ")):
            line = patch_lines[i]
            i += 1
            if line.startswith("\\"):
                continue  # "\ No newline at end of file": handled with the line before it
            kind, body = line[0], line[1:]
            if i < len(patch_lines) and patch_lines[i].startswith("\\"):
                body = body.removesuffix("\n")
            if kind in " -":
                if cursor >= len(lines) or lines[cursor] != body:
                    raise PatchError(f"the text differs from the patch at line {cursor + 1}")
                cursor += 1
                if kind == " ":
                    out.append(body)
            elif kind == "+":
                out.append(body)
            else:
                raise PatchError(f"unexpected line in hunk: {line[:40]!r}")
    out.extend(lines[cursor:])
    return "".join(out)
