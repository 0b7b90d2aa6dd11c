"""``textfix review``: decide on every edit, one at a time, as ``git add -p`` decides on hunks.

Each edit, applied by default or only suggested, is shown in its line with a few words of
context, with its rule id, name and reason, and the person answers:

    y  apply this edit
    n  do not apply it (it is offered again next time)
    i  do not apply it, and remember that in the ignore file (never applied nor offered again)
    a  apply this edit and every later edit of the same rule
    q  quit: keep the decisions made so far, apply nothing more
    ?  print this help

Only accepted edits are applied: the text is cleaned again with exactly those edits allowed
(:class:`textfix.decisions.EditFilter`), so the result is what the rules themselves produce,
never a hand-merged guess; the file is then replaced atomically. Answers are read one line at
a time from standard input, so a terminal, a pseudo-terminal or a pipe all work; the end of
input counts as ``q``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from textfix.config import Options
from textfix.decisions import EditFilter, EditKey, key_of
from textfix.engine import ReportedEdit, Result, clean
from textfix.worddiff import edit_snippet

HELP = """\
y - apply this edit
n - do not apply it (offered again next time)
i - do not apply it, and remember that in the ignore file (never offered again)
a - apply this edit and every later edit of the same rule
q - quit; keep the decisions made so far, apply nothing more
? - print this help
"""
PROMPT = "Apply this edit [y,n,i,a,q,?]? "
ANSWERS = frozenset("ynaiq")


@dataclass
class Session:
    """Decisions that outlive one file: rules accepted with ``a``, and whether ``q`` was said."""

    ask: Callable[[str], str | None]
    say: Callable[[str], None]
    color: bool = False
    accept_rules: set[str] = field(default_factory=set)
    quit: bool = False

    def answer(self) -> str:
        """One valid answer; the end of input is ``q``."""
        while True:
            reply = self.ask(PROMPT)
            if reply is None:
                return "q"
            reply = reply.strip().lower()[:1]
            if reply in ANSWERS:
                return reply
            self.say(HELP)


@dataclass(frozen=True)
class FileReview:
    """What a review of one file decided, and the text that results."""

    name: str
    original: str
    text: str
    offered: int
    accepted: tuple[EditKey, ...]
    remembered: tuple[EditKey, ...]
    not_applied: int  # accepted edits that no longer held once others were rejected

    @property
    def changed(self) -> bool:
        return self.text != self.original


def describe_edit(edit: ReportedEdit, text: str, name: str, number: int, total: int, color: bool) -> str:
    """The block shown for one edit: where, which rule and why, and the change in context."""
    from textfix.rules import all_rules

    names = {rule.id: rule.name for rule in all_rules()}
    kind = "applied by default" if edit.applicability.value == "safe" else "suggested"
    snippet = edit_snippet(text, edit.start, edit.end, edit.after, before=edit.before, color=color)
    return (f"\n({number}/{total}) {name}:{edit.line}:{edit.column}  {edit.rule} "
            f"{names.get(edit.rule, '')} ({kind}, confidence {edit.confidence:.2f})\n"
            f"  {edit.reason}\n  {snippet}\n")


def review_text(name: str, text: str, options: Options, session: Session) -> FileReview:
    """Offer every edit of ``text`` and clean it again with only the accepted ones."""
    first = clean(text, options)
    edits = sorted(first.edits, key=lambda e: (e.start, e.end))
    accepted: list[EditKey] = []
    remembered: list[EditKey] = []
    for number, edit in enumerate(edits, 1):
        if session.quit:
            break
        key = key_of(edit.rule, edit.before, edit.after, text, edit.start, edit.end)
        if edit.rule in session.accept_rules:
            accepted.append(key)
            continue
        session.say(describe_edit(edit, text, name, number, len(edits), session.color))
        answer = session.answer()
        if answer in "ya":
            accepted.append(key)
            if answer == "a":
                session.accept_rules.add(edit.rule)
        elif answer == "i":
            remembered.append(key)
        elif answer == "q":
            session.quit = True
    final = apply_decisions(text, options, accepted, remembered)
    return FileReview(name, text, final.text, len(edits), tuple(accepted), tuple(remembered),
                      not_applied=max(0, len(set(accepted)) - len(final.applied)))


def apply_decisions(text: str, options: Options, accepted, rejected=()) -> Result:
    """Clean ``text`` applying exactly the ``accepted`` edits (suggested ones included)."""
    if not accepted:
        return Result(text, text, ())
    edit_filter = EditFilter(skip=options.edit_filter.skip | frozenset(rejected), only=frozenset(accepted))
    return clean(text, options.with_(unsafe=True, edit_filter=edit_filter))


def relative_name(path: Path, folder: Path) -> str:
    """``path`` relative to ``folder`` when inside it (for ignore file entries), else as given."""
    try:
        return Path(os.path.abspath(path)).relative_to(folder).as_posix()
    except ValueError:
        return str(path)
