"""The rule engine: run the rules phase by phase, apply safe edits, repeat until nothing changes.

A round runs the character rules, applies their edits, then the line rules on that result,
then the token rules. Rounds repeat until one applies nothing (ruff's fix loop): an edit
skipped for overlapping another comes back in the next round if it still holds. The quiet last
round saw the final text, so the suggested edits it found are exactly those still open.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from textfix.config import Options
from textfix.context import Context
from textfix.edits import Applicability, Edit, OffsetMap, apply_edits, select_non_overlapping
from textfix.rules import Phase, Rule, all_rules, select_rules


@dataclass(frozen=True, slots=True)
class ReportedEdit:
    """An edit as the user sees it: placed in the original text, and whether it was applied.

    ``start``/``end`` are offsets in the original text, ``line``/``column`` (1-based) where the
    edit starts there; ``before`` is the text the rule replaced, ``after`` its replacement.
    """

    start: int
    end: int
    line: int
    column: int
    before: str
    after: str
    rule: str
    reason: str
    applicability: Applicability
    confidence: float
    applied: bool
    metadata: tuple[tuple[str, str], ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "line": self.line,
            "column": self.column,
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "reason": self.reason,
            "applicability": self.applicability.value,
            "confidence": round(self.confidence, 3),
            "applied": self.applied,
            **({"metadata": dict(self.metadata)} if self.metadata else {}),
        }


@dataclass(frozen=True)
class Result:
    """The original text, every edit found, and the cleaned text."""

    original: str
    text: str
    edits: tuple[ReportedEdit, ...]
    settled: bool = True

    @property
    def changed(self) -> bool:
        return self.text != self.original

    @property
    def applied(self) -> tuple[ReportedEdit, ...]:
        return tuple(e for e in self.edits if e.applied)

    @property
    def suggested(self) -> tuple[ReportedEdit, ...]:
        """Edits proposed for review and not applied."""
        return tuple(e for e in self.edits if not e.applied)

    @cached_property
    def metadata(self) -> dict[str, str]:
        """What removals said about the document (``date``, ``author``, ``role``…).

        Suggested removals count too: a byline that is only proposed for removal still names
        the author, and a pipeline that keeps the text as it is wants that name all the same.
        Applied edits come first, so they win when two edits give the same key.
        """
        found: dict[str, str] = {}
        for edit in self.edits:
            for key, value in edit.metadata:
                found.setdefault(key, value)
        return found

    def diff(self, name: str = "text") -> str:
        """A unified diff of the original against the cleaned text that ``git apply`` takes."""
        from textfix.patch import unified_diff

        return unified_diff(self.original, self.text, name)


def clean(text: str, options: Options | None = None, **kwargs: object) -> Result:
    """Clean ``text`` and return the :class:`Result` with every edit.

    Options come as an :class:`Options` or as its fields by keyword:
    ``clean(text, ignore=["TF4"], unsafe=True)``.
    """
    if options is None:
        options = Options.from_kwargs(**kwargs)
    elif kwargs:
        options = options.with_(**kwargs)
    rules = select_rules(all_rules(), options.select, options.ignore)
    return run_rules(text, rules, options)


def run_rules(text: str, rules: Sequence[Rule], options: Options) -> Result:
    phases = [[r for r in rules if r.phase is phase] for phase in Phase]
    line_starts = _line_starts(text)
    current, offsets = text, OffsetMap.identity()
    reported: list[ReportedEdit] = []
    for _ in range(options.max_rounds):
        open_edits: list[ReportedEdit] = []
        changed = False
        for phase_rules in phases:
            if not phase_rules:
                continue
            context = Context(options, current)
            found = [edit for rule in phase_rules for edit in rule(current, context)]
            to_apply = [e for e in found if e.is_safe or options.unsafe]
            taken = select_non_overlapping(to_apply)
            open_edits += [_report(e, current, offsets, line_starts, text, applied=False)
                           for e in found if not (e.is_safe or options.unsafe)]
            if taken:
                reported += [_report(e, current, offsets, line_starts, text, applied=True) for e in taken]
                offsets = offsets.after(taken)
                current = apply_edits(current, taken)
                changed = True
        if not changed:
            return Result(text, current, tuple(reported + _unique(open_edits)))
    return Result(text, current, tuple(reported), settled=False)


def _unique(edits: list[ReportedEdit]) -> list[ReportedEdit]:
    """Suggestions without duplicates (two rules may propose the same change), in text order."""
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for e in sorted(edits, key=lambda e: (e.start, e.end, e.rule)):
        if (e.start, e.end, e.after) not in seen:
            seen.add((e.start, e.end, e.after))
            unique.append(e)
    return unique


def _report(edit: Edit, current: str, offsets: OffsetMap, line_starts: list[int], original: str,
            *, applied: bool) -> ReportedEdit:
    start, end = offsets.span_to_original(edit.start, edit.end)
    line, column = _line_column(line_starts, start)
    return ReportedEdit(
        start=start, end=end, line=line, column=column,
        before=current[edit.start:edit.end], after=edit.replacement,
        rule=edit.rule, reason=edit.reason, applicability=edit.applicability,
        confidence=edit.confidence, applied=applied, metadata=edit.metadata,
    )


def _line_starts(text: str) -> list[int]:
    starts = [0]
    found = text.find("\n")
    while found != -1:
        starts.append(found + 1)
        found = text.find("\n", found + 1)
    return starts


def _line_column(line_starts: list[int], pos: int) -> tuple[int, int]:
    index = bisect.bisect_right(line_starts, pos) - 1
    return index + 1, pos - line_starts[index] + 1
