"""What a rule is, and the registry of all rules.

A rule is a small unit with a stable id (``TF201``), a name, the phase it runs in, the
applicability of its edits, a one-line summary, and a function from the document (and its
context) to edits. Ids are grouped by phase as ruff groups codes by prefix:

* ``TF1xx`` character fixes (mojibake, invisible characters, entities),
* ``TF2xx`` whitespace,
* ``TF3xx`` line rules (web UI residue, bylines, metadata prefixes),
* ``TF4xx`` token rules (missing spaces, glued words).

An id is never reused for a different rule. ``textfix rules`` prints this registry.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from textfix.edits import Applicability, Edit

if TYPE_CHECKING:
    from textfix.context import Context


class Phase(enum.IntEnum):
    """The order rules run in within a round: characters, then lines, then tokens."""

    CHARACTERS = 1
    LINES = 2
    TOKENS = 3


RuleFunction = Callable[[str, "Context"], Iterable[Edit]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    phase: Phase
    applicability: Applicability
    summary: str
    find: RuleFunction

    def __call__(self, text: str, context: Context) -> Iterable[Edit]:
        return self.find(text, context)


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, in phase order then id order.

    Imported here rather than at module top so that each rule module can import this one.
    """
    from textfix import characters, residue, segmentation, spacing, whitespace

    rules = (*characters.RULES, *whitespace.RULES, *residue.RULES, *spacing.RULES, *segmentation.RULES)
    return tuple(sorted(rules, key=lambda r: (r.phase, r.id)))


def matches(rule_id: str, patterns: Iterable[str]) -> bool:
    """Whether ``rule_id`` is named by any pattern: an exact id, a prefix (``TF2``), or ``ALL``."""
    return any(p == "ALL" or rule_id.startswith(p) for p in patterns)


def select_rules(rules: Sequence[Rule], select: Iterable[str], ignore: Iterable[str]) -> tuple[Rule, ...]:
    """Rules named by ``select`` (all when empty) and not by ``ignore``, ruff's way."""
    select, ignore = tuple(select), tuple(ignore)
    return tuple(
        r for r in rules if (not select or matches(r.id, select)) and not matches(r.id, ignore)
    )


@lru_cache(maxsize=64)
def selected_rules(select: tuple[str, ...], ignore: tuple[str, ...]) -> tuple[Rule, ...]:
    """:func:`select_rules` over :func:`all_rules`, remembered: ``textfix.clean(text)`` makes a
    new Cleaner per call, and a corpus cleaned that way would select its rules per document."""
    return select_rules(all_rules(), select, ignore)


def unknown_codes(codes: Iterable[str], rules: Sequence[Rule]) -> list[str]:
    """Codes in ``codes`` that name no rule and are no prefix of one (for a clear error)."""
    return [c for c in codes if c != "ALL" and not any(r.id.startswith(c) for r in rules)]


@dataclass(frozen=True)
class Examples:
    """A rule's documented behaviour: ``fix`` pairs (input, output) and ``keep`` texts.

    They live in ``textfix/data/rules/<ID>.toml``; the tests run every one of them and
    ``textfix rules ID`` prints them, so the documentation cannot drift from the behaviour.
    """

    fix: tuple[tuple[str, str], ...]
    keep: tuple[str, ...]
    # Options the fix examples need (``{nbsp = "space"}`` for a rule that is off by default).
    options: tuple[tuple[str, object], ...] = ()


@lru_cache(maxsize=None)
def examples(rule_id: str) -> Examples:
    path = resources.files("textfix.data").joinpath("rules", f"{rule_id}.toml")
    if not path.is_file():
        return Examples((), ())
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Examples(tuple((a, b) for a, b in data.get("fix", ())), tuple(data.get("keep", ())),
                    tuple(sorted(data.get("options", {}).items())))
