"""The rule engine: run the rules phase by phase, apply safe edits, repeat until nothing changes.

A round runs the character rules, applies their edits, then the line rules on that result,
then the token rules. Rounds repeat until one applies nothing (ruff's fix loop): an edit
skipped for overlapping another comes back in the next round if it still holds. The quiet last
round saw the final text, so the suggested edits it found are exactly those still open.
An edit that touches Markdown code (a fenced block, an inline span) is dropped before anything
is applied or suggested: code stays as it is, whichever rule reads it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from textfix.config import Options
from textfix.context import Context
from textfix.decisions import EditFilter
from textfix.edits import Applicability, Edit, OffsetMap, apply_edits, select_non_overlapping
from textfix.protect import Protected
from textfix.rules import Phase, Rule, selected_rules

if TYPE_CHECKING:
    from textfix.batch import Batch


PHASES = tuple(Phase)


@dataclass(frozen=True, slots=True)
class ReportedEdit:
    """An edit as the user sees it: placed in the original text, and whether it was applied.

    ``start``/``end`` are offsets in the original text, ``line``/``column`` (1-based) where the
    edit starts there; ``before`` is the text the rule replaced, ``after`` its replacement.
    ``step`` counts the phases that ran before it: edits of one step were applied together and
    never overlap, while a later step may rework text an earlier one produced (ftfy repairing
    what removing a control character revealed), so its span may cover an earlier edit's.
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
    step: int = 1

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
            "step": self.step,
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


@dataclass(frozen=True)
class Cleaner:
    """Options bound once; cleans any number of texts.

    Immutable, so it is safe to share across threads and cheap to pickle: a Dask or datatrove
    worker gets the options and loads the word data itself on its first text (the data live
    in per-process caches, never in the pickle).

        >>> Cleaner(Options(ignore=("TF2",)))("since 2017the year   ")
        'since 2017 the year   '
    """

    options: Options = Options()

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        return selected_rules(self.options.select, self.options.ignore)

    @cached_property
    def text_rules(self) -> tuple[Rule, ...]:
        """The rules that can change the cleaned text: all but the suggestion-only ones (TF404),
        whose edits are applied only with ``unsafe``. What the text alone needs (``__call__``)."""
        if self.options.unsafe:
            return self.rules
        return tuple(rule for rule in self.rules if rule.applicability is not Applicability.SUGGESTED)

    def clean(self, text: str, **changes: object) -> Result:
        """Clean one text; ``changes`` override options for this text only (``markdown=True``)."""
        if changes:
            return Cleaner(self.options.with_(**changes)).clean(text)
        return run_rules(text, self.rules, self.options)

    def clean_batch(self, texts: Iterable[str]) -> Batch:
        """Clean many texts: their results in order, and per-rule :class:`~textfix.batch.Counts`
        that add up across batches (``a.counts + b.counts``)."""
        from textfix.batch import clean_batch

        return clean_batch(self, texts)

    def __call__(self, text: str) -> str:
        """The cleaned text alone: the ``str -> str`` step every pipeline framework can call.

        ``clean(text).text``, without the suggestions no caller of this step would see: a rule
        that only suggests is not run (5–10 % of the time on clean news)."""
        return run_rules(text, self.text_rules, self.options).text

    def load(self) -> Cleaner:
        """Load the word data and lists the rules use now, not on the first text.

        A pipeline does this before it forks its worker processes: they inherit the data
        (shared pages) instead of each spending the same half second loading it. The text
        cleaned reaches every rule's data: word frequencies, the segmentation vocabulary and
        the other languages' common words, the residue lists.
        """
        self.clean(WARM_UP_TEXT)
        return self

    def __getstate__(self) -> dict[str, object]:
        return {"options": self.options}  # never the cached rule selection

    def __setstate__(self, state: dict[str, object]) -> None:
        object.__setattr__(self, "options", state["options"])


# A line of page furniture and a sentence with glued words (a name and a word, a year and a
# word, a pair's typo: its bigram list).
WARM_UP_TEXT = "Share this article\nKarim Khanannounced on Monday that since 2017the court has waited aswell.\n"


def clean(text: str, options: Options | None = None, **kwargs: object) -> Result:
    """Clean ``text`` and return the :class:`Result` with every edit.

    Options come as an :class:`Options` or as its fields by keyword:
    ``clean(text, ignore=["TF4"], unsafe=True)``.
    """
    if options is None:
        options = Options.from_kwargs(**kwargs)
    elif kwargs:
        options = options.with_(**kwargs)
    return Cleaner(options).clean(text)


def run_rules(text: str, rules: Sequence[Rule], options: Options) -> Result:
    phases = [[r for r in rules if r.phase is phase] for phase in PHASES]
    line_starts: list[int] = []  # found on the first edit: a clean text never needs them
    current, offsets = text, OffsetMap.identity()
    reported: list[ReportedEdit] = []
    # Each phase's last reading: the text it read (the very object) and what it suggested
    # there. A text no edit has touched since reads the same, so the confirming round after
    # an edit runs only the phases that have not read its result yet.
    last_read: dict[int, tuple[str, list[ReportedEdit]]] = {}
    step = 0
    for _ in range(options.max_rounds):
        open_edits: list[ReportedEdit] = []
        changed = False
        for index, phase_rules in enumerate(phases):
            if not phase_rules:
                continue
            step += 1
            if index in last_read and last_read[index][0] is current:
                # No edit since this phase last read the text: its rules, pure functions of
                # the text and options, would find the same suggestions and nothing to apply.
                open_edits += [replace(e, step=step) for e in last_read[index][1]]
                continue
            context = Context(options, current)
            found = [edit for rule in phase_rules for edit in rule(current, context)]
            if found:
                found = _outside_code(found, current)
            if options.edit_filter:
                found = [e for e in found if _admitted(e, options.edit_filter, current, offsets, text)]
            if not found:
                last_read[index] = (current, [])
                continue
            line_starts = line_starts or _line_starts(text)
            to_apply = [e for e in found if e.is_safe or options.unsafe]
            taken = select_non_overlapping(to_apply)
            suggested = [_report(e, current, offsets, line_starts, step, applied=False)
                         for e in found if not (e.is_safe or options.unsafe)]
            open_edits += suggested
            last_read[index] = (current, suggested)
            if taken:
                reported += [_report(e, current, offsets, line_starts, step, applied=True) for e in taken]
                offsets = offsets.after(taken)
                current = apply_edits(current, taken)
                changed = True
        if not changed:
            return Result(text, current, tuple(reported + _unique(open_edits)))
    return Result(text, current, tuple(reported), settled=False)


def _outside_code(edits: list[Edit], text: str) -> list[Edit]:
    """The edits that touch no Markdown code (a fenced block, an inline span): code stays as it
    is, whichever rule reads it."""
    code = Protected.code(text)
    return [e for e in edits if not code.overlaps(e.start, e.end)] if code.starts else edits


def _admitted(edit: Edit, edit_filter: EditFilter, current: str, offsets: OffsetMap, original: str) -> bool:
    """Whether a person's decisions (ignore file, review) let this edit through; the edit is
    recognised by its surroundings in this round's text or, mapped back, in the original."""
    start, end = offsets.span_to_original(edit.start, edit.end)
    places = ((current, edit.start, edit.end), (original, start, end))
    return edit_filter.admits(edit.rule, current[edit.start:edit.end], edit.replacement, places)


def _unique(edits: list[ReportedEdit]) -> list[ReportedEdit]:
    """Suggestions without duplicates (two rules may propose the same change), in text order."""
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for e in sorted(edits, key=lambda e: (e.start, e.end, e.rule)):
        if (e.start, e.end, e.after) not in seen:
            seen.add((e.start, e.end, e.after))
            unique.append(e)
    return unique


def _report(edit: Edit, current: str, offsets: OffsetMap, line_starts: list[int], step: int,
            *, applied: bool) -> ReportedEdit:
    start, end = offsets.span_to_original(edit.start, edit.end)
    line, column = _line_column(line_starts, start)
    return ReportedEdit(
        start=start, end=end, line=line, column=column,
        before=current[edit.start:edit.end], after=edit.replacement,
        rule=edit.rule, reason=edit.reason, applicability=edit.applicability,
        confidence=edit.confidence, applied=applied, metadata=edit.metadata, step=step,
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
