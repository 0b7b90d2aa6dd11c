"""The edit model: every repair is an edit of a span of text, with a rule id and a reason.

Edits follow ruff's model of fixes. An edit carries an *applicability*: ``SAFE`` edits are
applied by default, ``SUGGESTED`` ones only when the user asks (``--unsafe``); both are
reported. Edits are applied the ruff way: sorted by position, identical duplicates dropped,
and an edit that overlaps one already taken is skipped (never merged) — the engine runs the
rules again on the result, so a skipped edit that still applies comes back in the next round.

Rules see the text of the current round, so their edits are positioned in that text. The
:class:`OffsetMap` carries positions back to the original text, so every reported edit says
where it is in the file the user has.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


class Applicability(str, enum.Enum):
    """Whether an edit is applied by default (ruff's safe / unsafe fixes)."""

    SAFE = "safe"
    SUGGESTED = "suggested"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``.

    ``metadata`` holds what a removal learned about the document (a date, an author), as
    ``(key, value)`` pairs, so that removing a byline never loses the name it carried.
    """

    start: int
    end: int
    replacement: str
    rule: str
    reason: str
    applicability: Applicability = Applicability.SAFE
    confidence: float = 1.0
    metadata: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad edit span {self.start}:{self.end}")

    @property
    def is_safe(self) -> bool:
        return self.applicability is Applicability.SAFE


def select_non_overlapping(edits: Iterable[Edit]) -> list[Edit]:
    """Sort edits by position, drop duplicates and skip any that touch an edit already taken.

    Two insertions at the same point, or an insertion at the edge of a replacement, count as
    overlapping: their order would be ambiguous, so only the first is kept this round.
    """
    taken: list[Edit] = []
    seen: set[tuple[int, int, str]] = set()
    last_end = -1
    for edit in sorted(edits, key=lambda e: (e.start, e.end, e.rule, e.replacement)):
        key = (edit.start, edit.end, edit.replacement)
        if key in seen:
            continue
        if edit.start < last_end or (taken and edit.start == last_end == taken[-1].end
                                     and (edit.start == edit.end or taken[-1].start == taken[-1].end)):
            continue
        seen.add(key)
        taken.append(edit)
        last_end = edit.end
    return taken


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits sorted by position (as :func:`select_non_overlapping` gives)."""
    parts: list[str] = []
    cursor = 0
    for edit in edits:
        parts.append(text[cursor:edit.start])
        parts.append(edit.replacement)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Region:
    """A changed stretch: ``current[cur_start:cur_end]`` replaced ``original[orig_start:orig_end]``."""

    cur_start: int
    cur_end: int
    orig_start: int
    orig_end: int


@dataclass(frozen=True)
class OffsetMap:
    """Maps positions in a rewritten text back to the original text.

    It holds the changed regions in order; outside them the two texts run in step.
    A position inside a changed region maps to the region's start (for a span's start) or
    end (for a span's end), so a mapped span always covers what it came from.
    """

    regions: tuple[_Region, ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False)

    @classmethod
    def identity(cls) -> OffsetMap:
        return cls()

    def to_original(self, pos: int, *, end: bool = False) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        # An end position equal to a region's start belongs before it.
        if end and i >= 0 and self.regions[i].cur_start == pos and self.regions[i].cur_end > pos:
            i -= 1
        if i < 0:
            return pos
        region = self.regions[i]
        if pos >= region.cur_end:
            return region.orig_end + (pos - region.cur_end)
        return region.orig_end if end else region.orig_start

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end, end=True)

    def after(self, edits: Sequence[Edit]) -> OffsetMap:
        """The map for the text that applying ``edits`` (sorted, non-overlapping) produces.

        Each edit becomes a changed region; old regions it touches are merged into it, which
        only makes the map coarser, never wrong.
        """
        # Change items in current coordinates: (start, end, orig_start, orig_end, length delta).
        items = [(r.cur_start, r.cur_end, r.orig_start, r.orig_end, 0) for r in self.regions]
        for e in edits:
            orig_start, orig_end = self.span_to_original(e.start, e.end)
            items.append((e.start, e.end, orig_start, orig_end, len(e.replacement) - (e.end - e.start)))
        items.sort(key=lambda item: (item[0], item[1]))
        clusters: list[list[int]] = []
        for start, end, orig_start, orig_end, delta in items:
            if clusters and start <= clusters[-1][1]:  # touching counts: merge
                last = clusters[-1]
                last[1] = max(last[1], end)
                last[2] = min(last[2], orig_start)
                last[3] = max(last[3], orig_end)
                last[4] += delta
            else:
                clusters.append([start, end, orig_start, orig_end, delta])
        regions = []
        shift = 0
        for start, end, orig_start, orig_end, delta in clusters:
            new_start = start + shift
            regions.append(_Region(new_start, new_start + (end - start) + delta, orig_start, orig_end))
            shift += delta
        return OffsetMap(tuple(regions), tuple(r.cur_start for r in regions))
