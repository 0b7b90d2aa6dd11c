"""The word diff (``--diff=words``): each change marked inline, with a few words around it.

Prose lines are long: a unified diff of a 600-character paragraph shows the whole paragraph
twice for one missing space. Here each change is shown as ``git diff --word-diff`` shows it,
``[-removed-]{+inserted+}``, with only :data:`CONTEXT_WORDS` words either side and ``…``
where the line goes on, under a ``@@ -old +new @@`` line-number header. Changes close
together on one line share a snippet. Coloured (red/green) on a terminal, plain when piped.

Tokens are words, single punctuation marks, runs of spaces, and line ends, so ``2017the`` →
``2017 the`` reads ``[-2017the-]{+2017 the+}``, and a removed trailing space shows as ``[- -]``.
A line end inside a change is shown as ``↵``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

import regex

from textfix.patch import split_lines

CONTEXT_WORDS = 5
ELLIPSIS = "…"
LINE_END_MARK = "↵"

# A line end ("\n" or "\r\n"), a run of other whitespace (a lone "\r" included: git does not
# end a line there), a word, or one other character. The run must not swallow the "\r" of a
# CRLF, or removing trailing spaces in a CRLF file would show as a changed line end.
TOKEN = regex.compile(r"\r?\n|(?:[^\S\r\n]|\r(?!\n))+|\w+|[^\w\s]")

RED, GREEN, RESET = "\x1b[31m", "\x1b[32m", "\x1b[0m"


@dataclass(frozen=True)
class Markup:
    """How removed and inserted text is marked: git's word-diff markers, optionally coloured."""

    color: bool = False

    def removed(self, text: str) -> str:
        return self._wrap(f"[-{_visible(text)}-]", RED)

    def inserted(self, text: str) -> str:
        return self._wrap(f"{{+{_visible(text)}+}}", GREEN)

    def _wrap(self, text: str, colour: str) -> str:
        return f"{colour}{text}{RESET}" if self.color else text


def _visible(text: str) -> str:
    return text.replace("\r\n", LINE_END_MARK).replace("\n", LINE_END_MARK).replace("\r", LINE_END_MARK)


def color_enabled(choice: str, stream: TextIO) -> bool:
    """Whether to colour: ``always``/``never`` as said; ``auto`` asks rich, which colours a
    terminal only, and honours ``NO_COLOR`` and ``FORCE_COLOR``."""
    if choice in ("always", "never"):
        return choice == "always"
    from rich.console import Console

    console = Console(file=stream)
    return console.is_terminal and console.color_system is not None and not console.no_color


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


@dataclass(frozen=True)
class Change:
    """Token ranges ``old[a1:a2]`` replaced by ``new[b1:b2]`` (either may be empty)."""

    a1: int
    a2: int
    b1: int
    b2: int


def word_diff(original: str, cleaned: str, name: str, *, color: bool = False) -> str:
    """The word diff of one file; empty when nothing changed.

        >>> print(word_diff("It began in 2017the year.\\n", "It began in 2017 the year.\\n", "a.txt"), end="")
        --- a/a.txt
        +++ b/a.txt
        @@ -1 +1 @@
        It began in [-2017the-]{+2017 the+} year.
    """
    if original == cleaned:
        return ""
    markup = Markup(color)
    out = [f"--- a/{name}\n", f"+++ b/{name}\n"]
    old_lines, new_lines = split_lines(original), split_lines(cleaned)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        # Widen to whole paragraphs on both sides, then diff words within them.
        old, new = tokens("".join(old_lines[i1:i2])), tokens("".join(new_lines[j1:j2]))
        for snippet_line in _snippets(old, new, i1 + 1, j1 + 1, markup):
            out.append(snippet_line)
    return "".join(out)


def _snippets(old: list[str], new: list[str], old_line: int, new_line: int, markup: Markup) -> Iterator[str]:
    words = difflib.SequenceMatcher(None, old, new, autojunk=False)
    changes = [Change(a1, a2, b1, b2) for tag, a1, a2, b1, b2 in words.get_opcodes() if tag != "equal"]
    for group in _group(changes, old):
        first = group[0]
        header_old = old_line + sum(map(_is_line_end, old[:first.a1]))
        header_new = new_line + sum(map(_is_line_end, new[:first.b1]))
        yield f"@@ -{header_old} +{header_new} @@\n"
        yield _render_group(group, old, new, markup) + "\n"


def _group(changes: list[Change], old: list[str]) -> Iterator[list[Change]]:
    """Changes on one line with few words between them share a snippet."""
    group: list[Change] = []
    for change in changes:
        if group:
            between = old[group[-1].a2:change.a1]
            if any(map(_is_line_end, between)) or _word_count(between) > 2 * CONTEXT_WORDS:
                yield group
                group = []
        group.append(change)
    if group:
        yield group


def _is_line_end(token: str) -> bool:
    return token.endswith("\n")


def _word_count(toks: list[str]) -> int:
    return sum(1 for t in toks if t[0].isalnum() or t[0] == "_")


def _render_group(group: list[Change], old: list[str], new: list[str], markup: Markup) -> str:
    parts = [_left_context(old, group[0].a1)]
    for i, change in enumerate(group):
        if i:
            parts.append("".join(old[group[i - 1].a2:change.a1]))
        removed, inserted = "".join(old[change.a1:change.a2]), "".join(new[change.b1:change.b2])
        if removed:
            parts.append(markup.removed(removed))
        if inserted:
            parts.append(markup.inserted(inserted))
    parts.append(_right_context(old, group[-1].a2))
    return "".join(parts)


def _left_context(old: list[str], end: int) -> str:
    start, words = end, 0
    while start > 0 and not _is_line_end(old[start - 1]) and words < CONTEXT_WORDS:
        start -= 1
        words += old[start][0].isalnum()
    cut = start > 0 and not _is_line_end(old[start - 1])
    return (ELLIPSIS if cut else "") + "".join(old[start:end]).lstrip(" ")


def _right_context(old: list[str], start: int) -> str:
    end, words = start, 0
    while end < len(old) and not _is_line_end(old[end]) and words < CONTEXT_WORDS:
        words += old[end][0].isalnum()
        end += 1
    cut = end < len(old) and not _is_line_end(old[end])
    text = "".join(old[start:end])
    return text.rstrip(" ") + ELLIPSIS if cut else text


def edit_snippet(text: str, start: int, end: int, after: str, *, before: str | None = None,
                 color: bool = False) -> str:
    """One edit of ``text[start:end]`` shown in its line with a few words of context
    (what ``textfix review`` shows for each edit). ``before`` is what the rule replaced, when
    an earlier repair had already changed that span of ``text``."""
    markup = Markup(color)
    before = text[start:end] if before is None else before
    left, right = tokens(text[max(0, start - 400):start]), tokens(text[end:end + 400])
    context_left = _left_context(left, len(left)) if left else ""
    if start > 400 and context_left and not context_left.startswith(ELLIPSIS):
        context_left = ELLIPSIS + context_left
    changed = (markup.removed(before) if before else "") + (markup.inserted(after) if after else "")
    return context_left + changed + (_right_context(right, 0) if right else "")
