"""What the rules say of a line: a :class:`Verdict` on a :class:`Paragraph` of the document.

Every rule module marks lines with verdicts; :mod:`textfix.residue.document` turns them into edits.
The sweeps that read lines together share :func:`removes_line`, :func:`verdicts_beside` and
:func:`close_together`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeGuard

from textfix.edits import Applicability
from textfix.lines import Line

SAFE, SUGGESTED = Applicability.SAFE, Applicability.SUGGESTED
# The rules of date lines and bylines: what stands beside the article's headline, and beside an
# agency's name that is the byline's.
ARTICLE_METADATA_RULES = frozenset({"TF303", "TF305"})



@dataclass(frozen=True, slots=True)
class Verdict:
    """What a line is: removed whole (``prefix_end`` None) or only its first ``prefix_end`` chars."""

    rule: str
    reason: str
    applicability: Applicability = SAFE
    metadata: tuple[tuple[str, str], ...] = ()
    prefix_end: int | None = None
    # Whether the line counts as furniture in a run of short lines (a menu). A heading over the
    # comments does not: the article's own list above it (a cast, a set of links) is no menu.
    joins_menus: bool = True
    # Whether the line heads a box of other pages' headlines (``You may also like``, ``More Tech
    # Stories``): the headlines under it are teasers (see menus.teaser_boxes).
    heads_teasers: bool = False



class Paragraph(NamedTuple):
    """A non-blank line of the document (a paragraph when paragraphs are one line each).

    A named tuple rather than a frozen dataclass: one is made for every line of every
    document, and a tuple is made several times faster.
    """

    line: Line
    text: str


def removes_line(verdict: Verdict | None) -> TypeGuard[Verdict]:
    """Whether a verdict removes its whole line for sure (safe, not a prefix): the only residue
    a doubtful neighbour may lean on."""
    return verdict is not None and verdict.applicability is SAFE and verdict.prefix_end is None


def verdicts_beside(verdicts: Sequence[Verdict | None], i: int) -> list[Verdict | None]:
    """The verdicts of the lines right above and right under line ``i`` (those there are)."""
    return [verdicts[j] for j in (i - 1, i + 1) if 0 <= j < len(verdicts)]


def close_together(indices: Sequence[int], gap: int) -> list[list[int]]:
    """``indices`` (ascending) in groups, each index at most ``gap`` after the one before it."""
    groups: list[list[int]] = []
    for i in indices:
        if groups and i - groups[-1][-1] <= gap:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups
