"""Decisions a person made about single edits, and the ignore file that remembers rejections.

An edit is recognised again by its *key*: the rule id, the exact text it replaces, its
replacement, and a little of the text on either side of it (up to :data:`CONTEXT_CHARS`
characters, never past a line end). Line numbers and offsets are not part of the key, so a
remembered decision survives lines moving, paragraphs being added above it, or the file
being renamed; it stops matching only when the words around the edit change.

The ignore file (``.textfix-ignore``) holds one JSON object per line, so that every entry is
one reviewable line in a commit and the exact whitespace of an edit survives::

    # textfix ignore file: edits never applied nor suggested again (see `textfix review`)
    {"rule": "TF401", "before": "5G", "after": "5 G", "left": "the new ", "right": " network", "file": "a.txt"}

``left``/``right`` are the text just before and after the edit, compared without their
whitespace (so that other repairs of the spacing nearby do not lose the entry); ``file`` only
says where the entry was made and is not matched, so the entry holds wherever the same words
occur. Lines
starting with ``#`` and blank lines are comments.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

CONTEXT_CHARS = 24
IGNORE_FILE_NAME = ".textfix-ignore"
IGNORE_FILE_HEADER = "# textfix ignore file: edits never applied nor suggested again (see `textfix review`)\n"


@dataclass(frozen=True, slots=True)
class EditKey:
    """What identifies an edit across runs: rule, exact before/after text, and its surroundings."""

    rule: str
    before: str
    after: str
    left: str
    right: str

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "before": self.before, "after": self.after,
                "left": self.left, "right": self.right}


def surroundings(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """The text just before ``start`` and just after ``end``, cut at line ends.

        >>> surroundings("one two\\nsince 2017the year in which", 14, 21)
        ('since ', ' year in which')
    """
    left = text[max(0, start - width):start].rsplit("\n", 1)[-1].rsplit("\r", 1)[-1]
    right = text[end:end + width].split("\n", 1)[0].split("\r", 1)[0]
    # Where the window cut a word, drop the part-word, so the file reads in whole words.
    if start - len(left) > 0 and not text[start - len(left) - 1].isspace() and " " in left:
        left = left[left.index(" "):]
    if end + len(right) < len(text) and not text[end + len(right)].isspace() and " " in right:
        right = right[:right.rindex(" ")]
    return left, right


def key_of(rule: str, before: str, after: str, text: str, start: int, end: int) -> EditKey:
    """The key of an edit of ``text[start:end]``; ``before`` may differ from that slice when
    the edit was found in a later round, on text an earlier edit had already changed."""
    left, right = surroundings(text, start, end)
    return EditKey(rule, before, after, left, right)


# Remembered contexts (left, right; whitespace squeezed out) by the (rule, before, after) of their edits.
_Index = dict[tuple[str, str, str], list[tuple[str, str]]]


@dataclass(frozen=True)
class EditFilter:
    """Which edits the engine may use: never those in ``skip``; if ``only`` is set, no others.

    ``skip`` holds remembered and just-rejected edits; ``only`` holds the edits a person
    accepted in a review (or kept in a JSON edit list), so that nothing they did not see is
    applied. An edit matches a key if its rule, before and after are equal and the key's
    context matches around it in the text of the round *or* in the original text, so an edit
    found after a neighbouring repair is still recognised.
    """

    skip: frozenset[EditKey] = frozenset()
    only: frozenset[EditKey] | None = None
    _skip_index: _Index = field(init=False, repr=False, compare=False, hash=False)  # set by __post_init__
    _only_index: _Index | None = field(default=None, init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "skip", frozenset(self.skip))
        if self.only is not None:
            object.__setattr__(self, "only", frozenset(self.only))
        object.__setattr__(self, "_skip_index", _index(self.skip))
        object.__setattr__(self, "_only_index", None if self.only is None else _index(self.only))

    def __bool__(self) -> bool:
        return bool(self.skip) or self.only is not None

    def __getstate__(self) -> dict[str, object]:
        return {"skip": self.skip, "only": self.only}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["skip"], state["only"])  # type: ignore[misc]

    def admits(self, rule: str, before: str, after: str, places: Iterable[tuple[str, int, int]]) -> bool:
        """Whether an edit may be used; ``places`` are (text, start, end) where it can be seen."""
        places = tuple(places)
        if _matches(self._skip_index, rule, before, after, places):
            return False
        return self._only_index is None or _matches(self._only_index, rule, before, after, places)


def _squeeze(text: str) -> str:
    """Context without whitespace: other repairs (trailing spaces, space runs, a missing space)
    change the spacing around a remembered edit, never the place it is in."""
    return "".join(text.split())


def _index(keys: Iterable[EditKey]) -> _Index:
    index: _Index = {}
    for key in keys:
        index.setdefault((key.rule, key.before, key.after), []).append((_squeeze(key.left), _squeeze(key.right)))
    return index


def _matches(index: _Index, rule: str, before: str, after: str, places: tuple[tuple[str, int, int], ...]) -> bool:
    contexts = index.get((rule, before, after))
    if not contexts:
        return False
    for text, start, end in places:
        # A wider window than the key's, so that added spaces cannot push its words out.
        left, right = map(_squeeze, surroundings(text, start, end, 2 * CONTEXT_CHARS))
        # A remembered context may be shorter (at a line start); it must end/start the same.
        if any(left.endswith(k_left) and right.startswith(k_right) for k_left, k_right in contexts):
            return True
    return False


class IgnoreFileError(ValueError):
    """An ignore file line that is not a valid entry; the message names file and line."""


def read_ignore_file(path: Path) -> frozenset[EditKey]:
    """The edits remembered in ``path`` (none if it does not exist)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return frozenset()
    except (OSError, UnicodeDecodeError) as error:
        raise IgnoreFileError(f"{path}: cannot read ({error})") from None
    keys = set()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            entry = json.loads(line)
            keys.add(EditKey(*(_string(entry, name) for name in ("rule", "before", "after", "left", "right"))))
        except (ValueError, TypeError, AttributeError) as error:
            raise IgnoreFileError(f"{path}:{number}: not an ignore entry ({error})") from None
    return frozenset(keys)


def _string(entry: dict, name: str) -> str:
    value = entry.get(name, "" if name in ("left", "right") else None)
    if not isinstance(value, str):
        raise ValueError(f"{name!r} must be a string")
    return value


def ignore_file_with(path: Path, keys: Iterable[tuple[EditKey, str]]) -> tuple[str, int]:
    """The text of ``path`` with ``(key, file name)`` entries added that it does not hold yet,
    and how many were added. The caller writes it (atomically)."""
    known = read_ignore_file(path)
    new_lines = []
    for key, file_name in keys:
        if key in known:
            continue
        known |= {key}
        new_lines.append(json.dumps({**key.as_dict(), "file": file_name}, ensure_ascii=False) + "\n")
    existing = path.read_text(encoding="utf-8") if path.exists() else IGNORE_FILE_HEADER
    if existing and not existing.endswith("\n"):
        existing += "\n"
    return existing + "".join(new_lines), len(new_lines)
