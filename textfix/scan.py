"""Scanning prose fast: run a costly pattern only on the tokens that hold a cheap mark.

Most rules look for something rare — a stop glued to a capital, an ``@`` or a ``/`` — with a
pattern that, run over a whole text, is tried at every letter. When no part of the pattern can
match white space, every match lies inside one white-space-delimited token; searching first
for a mark that every match must contain, and running the pattern only on the tokens around
the marks found, gives exactly the matches a scan of the whole text gives, at the cost of one
quick search through clean prose.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from operator import methodcaller

import regex

WHITE_SPACE = regex.compile(r"\s")
LAST_WHITE_SPACE = regex.compile(r"(?r)\s")


@dataclass(frozen=True)
class Mark:
    """A mark, written twice: for any text, and for ASCII text only; each as one or more
    patterns whose matches together are the mark's.

    A Unicode property (``\\p{N}``, ``\\p{Ll}``) costs a table lookup at every character of
    the text searched, while in ASCII text it is a plain range (``[0-9]``, ``[a-z]``) that
    the ``regex`` engine tests about four times faster. ``ascii_text`` must find the same
    matches as ``any_text`` in every ASCII text (tests/test_scan.py checks each mark);
    ``str.isascii`` costs nothing, CPython knows it of every string.

    A mark that opens with one of a few characters (``[.!?]``) is faster as one pattern per
    character: ``regex`` skips through the text to a literal first character, while a
    pattern that opens with a set of them costs five times as much on prose, where the
    characters are frequent (a full stop per sentence).
    """

    any_text: tuple[regex.Pattern[str], ...]
    ascii_text: tuple[regex.Pattern[str], ...]

    @classmethod
    def of(cls, any_text: Iterable[str], ascii_text: Iterable[str]) -> Mark:
        return cls(tuple(map(regex.compile, any_text)), tuple(map(regex.compile, ascii_text)))

    def finditer(self, text: str) -> Iterable[regex.Match[str]]:
        """The matches of the mark's patterns, in the order they start."""
        patterns = self.ascii_text if text.isascii() else self.any_text
        if len(patterns) == 1:
            return patterns[0].finditer(text)
        return sorted(chain.from_iterable(pattern.finditer(text) for pattern in patterns), key=methodcaller("start"))


def marked_tokens(text: str, mark: Mark) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each white-space-delimited token holding a match of ``mark``, once.

        >>> text = "See example.com or write to a@b.org today."
        >>> at_or_dot = Mark.of([r"@\\w", r"\\.\\w"], [r"@\\w", r"\\.\\w"])
        >>> [text[s:e] for s, e in marked_tokens(text, at_or_dot)]
        ['example.com', 'a@b.org']
    """
    token_end = 0
    for found in mark.finditer(text):
        if found.start() < token_end:
            continue  # in a token already given
        before = LAST_WHITE_SPACE.search(text, token_end, found.start())
        token_start = before.end() if before else token_end
        after = WHITE_SPACE.search(text, found.end())
        token_end = after.start() if after else len(text)
        yield token_start, token_end


def finditer_in_marked_tokens(pattern: regex.Pattern[str], mark: Mark,
                              text: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, for a ``pattern`` that never matches white space and whose
    every match contains a match of ``mark``: the same matches, found token by token."""
    for start, end in marked_tokens(text, mark):
        yield from pattern.finditer(text, start, end)
