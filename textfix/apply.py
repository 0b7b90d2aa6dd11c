"""``textfix apply``: replay a reviewed patch or JSON edit list onto the files it was made from.

A person may edit the patch from ``textfix clean --diff`` (drop a hunk, fix a replacement) or
the edit list from ``textfix clean --json`` (delete edits, or set ``"applied": true`` on a
suggestion to accept it), then apply it. Both refuse rather than guess when a file changed
since: a patch's context and removed lines must match exactly
(:func:`textfix.patch.apply_unified_diff`); an edit list's edits must each be found again by
the rules, with the same text around them (:mod:`textfix.decisions`), and the file's text
must still have the ``text_sha256`` the report recorded. Nothing is written unless every file
applies.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from textfix.config import Options
from textfix.decisions import key_of
from textfix.patch import PatchError, apply_unified_diff, split_lines
from textfix.report import text_digest

T = TypeVar("T")


class ApplyError(ValueError):
    """A patch or edit list that cannot be applied; the message is the one line the user sees."""


@dataclass(frozen=True)
class Change:
    """The new text of one file."""

    name: str
    path: Path
    text: str
    original: str

    @property
    def changed(self) -> bool:
        return self.text != self.original


def file_diffs(patch: str) -> list[tuple[str, str]]:
    """``(file name, its part of the patch)`` for each file; text before the first ``---``
    line (a header naming the versions, a commit message) is skipped, as ``git apply`` does.

        >>> [name for name, _ in file_diffs("# textfix 0.1.0\\n--- a/x.txt\\n+++ b/x.txt\\n@@ -1 +1 @@\\n-a\\n+b\\n")]
        ['x.txt']
    """
    lines = split_lines(patch)
    parts: list[tuple[str, list[str]]] = []
    for i, line in enumerate(lines):
        if line.startswith("--- ") and i + 1 < len(lines) and lines[i + 1].startswith("+++ "):
            old, new = _header_path(line), _header_path(lines[i + 1])
            if "/dev/null" in (old, new):
                raise ApplyError("the patch creates or deletes a file; textfix only applies changes to existing files")
            parts.append((_strip_prefix(new, "b/"), []))
        elif parts:
            parts[-1][1].append(line)
    if not parts:
        raise ApplyError("no file diff found (expected '--- a/NAME' and '+++ b/NAME' lines)")
    return [(name, "".join(body)) for name, body in parts]


def _header_path(line: str) -> str:
    return line[4:].rstrip("\n").split("\t", 1)[0]


def _strip_prefix(name: str, prefix: str) -> str:
    return name[len(prefix):] if name.startswith(prefix) else name


def changes_from_patch(patch: str, read: Callable[[str], tuple[Path, str]]) -> list[Change]:
    """The new texts a unified diff gives; ``read(name)`` returns a file's path and text."""
    changes = []
    for name, diff in file_diffs(patch):
        path, text = read(name)
        try:
            changes.append(Change(name, path, apply_unified_diff(text, diff), text))
        except PatchError as error:
            raise ApplyError(f"{name}: {error}; the file changed since the patch was made") from None
    return changes


def changes_from_edit_list(report: str, read: Callable[[str], tuple[Path, str]],
                           options_for: Callable[[str], Options]) -> list[Change]:
    """The new texts a JSON edit list gives: each file cleaned again with exactly its edits
    marked ``"applied": true`` allowed; an edit that is not found again is refused."""
    from textfix.review import apply_decisions

    try:
        data = json.loads(report)
        files = data["files"]
        assert isinstance(files, list)
    except (ValueError, KeyError, TypeError, AssertionError):
        raise ApplyError("not a textfix JSON report (expected {\"files\": [...]}, as `clean --json` writes)") from None
    changes = []
    for entry in files:
        name = _field(entry, "file", str)
        path, text = read(name)
        digest = entry.get("text_sha256")
        if isinstance(digest, str) and digest != text_digest(text):
            raise ApplyError(f"{name}: the file changed since the edit list was made")
        wanted = [_edit(e, name) for e in _field(entry, "edits", list) if _field(e, "applied", bool, name)]
        keys = {key_of(rule, before, after, text, start, end) for rule, before, after, start, end in wanted
                if 0 <= start <= end <= len(text)}
        # Find the edits with every rule, whatever selection made the report.
        options = options_for(name).with_(select=(), ignore=())
        result = apply_decisions(text, options, keys)
        found = {key_of(e.rule, e.before, e.after, text, e.start, e.end) for e in result.applied}
        missing = [w for w in wanted if not (0 <= w[3] <= w[4] <= len(text))
                   or key_of(w[0], w[1], w[2], text, w[3], w[4]) not in found]
        if missing:
            rule, before, after, start, _ = missing[0]
            raise ApplyError(f"{name}: edit {rule} {before!r} -> {after!r} at offset {start} no longer matches; "
                             "the file changed since the edit list was made")
        changes.append(Change(name, path, result.text, text))
    return changes


def _field(entry: object, key: str, kind: type[T], where: str = "") -> T:
    if not isinstance(entry, dict) or not isinstance(entry.get(key), kind):
        raise ApplyError(f"{where + ': ' if where else ''}edit list entry without a valid {key!r}")
    return entry[key]


def _edit(entry: dict, name: str) -> tuple[str, str, str, int, int]:
    return (_field(entry, "rule", str, name), _field(entry, "before", str, name),
            _field(entry, "after", str, name), _field(entry, "start", int, name), _field(entry, "end", int, name))
