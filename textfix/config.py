"""Options that shape a cleaning run, bound once and shared (immutable) by every rule.

``Options`` is to textfix what ``TextFixerConfig`` is to ftfy: one frozen value whose fields
are documented here, passed down instead of global switches. Reading options from
``pyproject.toml`` / ``textfix.toml`` lives in :mod:`textfix.settings`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from textfix.decisions import EditFilter


@dataclass(frozen=True)
class Options:
    """How to clean.

    select
        Rule ids or prefixes to run (``("TF2", "TF401")``); empty means every rule.
    ignore
        Rule ids or prefixes never to run; wins over ``select``.
    unsafe
        Also apply *suggested* edits (ruff's ``--unsafe-fixes``). Default ``False``: suggested
        edits are only reported.
    language
        Language of the text, a wordfreq code (``"en"``, ``"de"``…): word frequencies and
        residue patterns come from it.
    allow
        Words never to split or change, matched case-exactly (``"Niendorf"`` protects
        ``Niendorf`` but not ``niendorf``), as typos' and codespell's allow-lists are.
    residue_patterns
        Extra regular expressions; a whole line matching one is UI residue.
    nbsp
        ``"keep"`` (default) leaves no-break spaces alone; ``"space"`` turns a no-break space
        between two words into a plain space.
    newline
        ``"keep"`` (default) keeps the line end most lines use and makes the others match it
        (a CRLF file stays CRLF); ``"lf"`` or ``"crlf"`` converts every line end to that one.
    markdown
        The text is Markdown: two trailing spaces are a hard line break and are kept.
    max_rounds
        How many times the rules may run over their own output before the engine calls it a
        bug. Real text settles in two or three.
    edit_filter
        Single edits a person decided on (:class:`textfix.decisions.EditFilter`): those in
        the ignore file or rejected in a review are neither applied nor suggested; after a
        review only the accepted ones are applied. Empty by default.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    unsafe: bool = False
    language: str = "en"
    allow: frozenset[str] = frozenset()
    residue_patterns: tuple[str, ...] = ()
    nbsp: str = "keep"
    newline: str = "keep"
    markdown: bool = False
    max_rounds: int = 6
    edit_filter: EditFilter = EditFilter()

    def __post_init__(self) -> None:
        # Accept any iterables from callers, store hashable tuples/frozensets.
        object.__setattr__(self, "select", tuple(self.select))
        object.__setattr__(self, "ignore", tuple(self.ignore))
        object.__setattr__(self, "allow", frozenset(self.allow))
        object.__setattr__(self, "residue_patterns", tuple(self.residue_patterns))
        if self.nbsp not in ("keep", "space"):
            raise ValueError(f"nbsp must be 'keep' or 'space', not {self.nbsp!r}")
        if self.newline not in ("keep", "lf", "crlf"):
            raise ValueError(f"newline must be 'keep', 'lf' or 'crlf', not {self.newline!r}")

    def __hash__(self) -> int:
        """Hashed once: the options key the rules' caches, several lookups per document.

        A string's hash differs from one process to the next, so the hash is never pickled
        (:meth:`__getstate__`): an unpickled copy hashes itself again."""
        found = self.__dict__.get("_hash")
        if found is None:
            found = hash(tuple(getattr(self, field.name) for field in fields(self)))
            object.__setattr__(self, "_hash", found)
        return found

    def __getstate__(self) -> dict[str, object]:
        return {name: value for name, value in self.__dict__.items() if name != "_hash"}

    @classmethod
    def from_kwargs(cls, **kwargs: object) -> Options:
        """Options from keyword arguments, naming an unknown one in the error."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise TypeError(f"unknown option {unknown[0]!r}; known: {', '.join(sorted(known))}")
        return cls(**kwargs)  # type: ignore[arg-type]

    def with_(self, **changes: object) -> Options:
        """A copy with some fields changed; an unknown field is named in the error."""
        self.from_kwargs(**changes)  # validates the names
        return replace(self, **changes)  # type: ignore[arg-type]
