"""Lines of a text with their positions, whatever the line ends (``\\n``, ``\\r\\n``, ``\\r``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

LINE = regex.compile(r"[^\r\n]*(?:\r\n|\n|\r)?")


class Line(NamedTuple):
    """``text[start:end]`` is the line without its end; ``newline`` is the end ('' on the last)."""

    start: int
    end: int
    content: str
    newline: str


def iter_lines(text: str) -> Iterator[Line]:
    if "\r" not in text:
        yield from _lines_ending_in_newline(text)
        return
    for match in LINE.finditer(text):
        whole = match.group()
        if not whole:
            continue
        content = whole.rstrip("\r\n")
        yield Line(match.start(), match.start() + len(content), content, whole[len(content):])


def _lines_ending_in_newline(text: str) -> Iterator[Line]:
    """:func:`iter_lines` for a text without ``\\r`` (the common case): cut at each ``\\n``."""
    start = 0
    for content in text.split("\n"):
        end = start + len(content)
        if end < len(text):
            yield Line(start, end, content, "\n")
        elif content:
            yield Line(start, end, content, "")
        start = end + 1


def line_texts(text: str) -> list[str]:
    """The ``content`` of each line :func:`iter_lines` gives, without making a Line for each:
    for a check that reads the lines and needs their positions only when it finds something."""
    if "\r" not in text:
        contents = text.split("\n")
        return contents if contents[-1] else contents[:-1]  # a last line end starts no line
    return [line.content for line in iter_lines(text)]


def line_at(text: str, at: int) -> str:
    """The content of the line that holds offset ``at`` (its line end excluded): for a rule
    that judges one occurrence by the line it stands on."""
    start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    ends = [end for end in (text.find("\n", at), text.find("\r", at)) if end != -1]
    return text[start:min(ends, default=len(text))]
