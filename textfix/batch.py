"""Cleaning many texts or records: results with counters that add up across batches.

A corpus is cleaned in pieces — batches in one process, partitions on Dask workers, files in
``--jobs`` worker processes. Each piece returns its results *with* its :class:`Counts`, an
immutable value; adding the pieces' counts gives the corpus's. Nothing is accumulated in shared
mutable state, so pieces can run anywhere, in any order, and be summed at the end.

    >>> from textfix import Cleaner
    >>> batch = clean_batch(Cleaner(), ["since 2017the year", "Nothing to do."])
    >>> [r.text for r in batch.results]
    ['since 2017 the year', 'Nothing to do.']
    >>> total = batch.counts + clean_batch(Cleaner(), ["A 2015in review"]).counts
    >>> total.documents, total.changed, dict(total.applied)
    (3, 2, {'TF401': 2})
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from textfix.engine import Cleaner, Result

RuleCounts = tuple[tuple[str, int], ...]


def _merge(a: RuleCounts, b: RuleCounts) -> RuleCounts:
    if not b:
        return a
    if not a:
        return b
    merged = Counter(dict(a))
    merged.update(dict(b))
    return tuple(sorted(merged.items()))


def _by_rule(rules: Iterable[str]) -> RuleCounts:
    return tuple(sorted(Counter(rules).items()))


@dataclass(frozen=True)
class Counts:
    """What cleaning some documents did, as a value that adds up: ``a + b``, ``sum(parts, Counts())``.

    documents
        Texts (or records, or streamed chunks' documents) cleaned.
    bytes
        Their size in UTF-8 bytes, before cleaning.
    changed
        How many of them the cleaning changed.
    applied, suggested
        Edits applied and suggestions left open, by rule id, as sorted ``(rule, count)`` pairs
        (hashable and picklable; ``dict(counts.applied)`` reads them).
    unsettled
        Documents on which the rules did not settle (a bug to report).
    """

    documents: int = 0
    bytes: int = 0
    changed: int = 0
    applied: RuleCounts = ()
    suggested: RuleCounts = ()
    unsettled: int = 0

    @classmethod
    def of(cls, result: Result, size: int | None = None) -> Counts:
        """The counts of one cleaned document; ``size`` in bytes if the caller knows it."""
        if not result.edits:  # the common case, made cheap
            return cls(1, len(result.original.encode("utf-8")) if size is None else size)
        return cls(
            documents=1,
            bytes=len(result.original.encode("utf-8")) if size is None else size,
            changed=int(result.changed),
            applied=_by_rule(e.rule for e in result.edits if e.applied),
            suggested=_by_rule(e.rule for e in result.edits if not e.applied),
            unsettled=int(not result.settled),
        )

    def __add__(self, other: Counts) -> Counts:
        if not isinstance(other, Counts):
            return NotImplemented
        return Counts(
            self.documents + other.documents,
            self.bytes + other.bytes,
            self.changed + other.changed,
            _merge(self.applied, other.applied),
            _merge(self.suggested, other.suggested),
            self.unsettled + other.unsettled,
        )

    def __radd__(self, other: object) -> Counts:
        if other == 0:  # so that the built-in sum() works without a start value
            return self
        return NotImplemented

    @property
    def edits(self) -> int:
        """Edits applied, all rules together."""
        return sum(n for _, n in self.applied)

    def as_dict(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "bytes": self.bytes,
            "changed": self.changed,
            "applied": dict(self.applied),
            "suggested": dict(self.suggested),
            "unsettled": self.unsettled,
        }


@dataclass(frozen=True)
class Batch:
    """Cleaned texts in input order, and what cleaning them did."""

    results: tuple[Result, ...]
    counts: Counts

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.results]


def clean_batch(cleaner: Cleaner, texts: Iterable[str]) -> Batch:
    """Clean every text of a (finite) iterable with one :class:`Cleaner`."""
    results = tuple(cleaner.clean(text) for text in texts)
    return Batch(results, sum((Counts.of(r) for r in results), Counts()))


# --- records: dicts with a text field, as JSONL corpora and dataframes hold them -------------

EDITS_KEY = "textfix_edits"
SUGGESTED_KEY = "textfix_suggested"
METADATA_KEY = "textfix_metadata"
EDIT_LIST_KEY = "textfix_edit_list"


class RecordError(ValueError):
    """A record that has no text to clean; the message names the field."""


def clean_record(cleaner: Cleaner, record: Mapping[str, Any], field: str = "text", *,
                 edits: bool = False, metadata: bool = True) -> tuple[dict[str, Any], Counts]:
    """A copy of ``record`` with ``field`` cleaned, and the counts of that one cleaning.

    Every other field is kept as it was. Added: ``textfix_edits`` (edits applied),
    ``textfix_suggested`` (suggestions left open), with ``metadata`` the facts removed lines
    carried (``{"date": …, "author": …}``, so a removed byline is never lost) as
    ``textfix_metadata``, and with ``edits`` every edit as ``textfix_edit_list`` (the dicts of
    the ``--json`` report).

        >>> clean_record(Cleaner(), {"id": 7, "text": "in 2017the year"})[0]
        {'id': 7, 'text': 'in 2017 the year', 'textfix_edits': 1, 'textfix_suggested': 0, 'textfix_metadata': {}}
    """
    text = record.get(field) if isinstance(record, Mapping) else None
    if not isinstance(text, str):
        found = "no such field" if not isinstance(record, Mapping) or field not in record else type(text).__name__
        raise RecordError(f"field {field!r} is not a string ({found})")
    result = cleaner.clean(text)
    cleaned = dict(record)
    cleaned[field] = result.text
    cleaned[EDITS_KEY] = len(result.applied)
    cleaned[SUGGESTED_KEY] = len(result.suggested)
    if metadata:
        cleaned[METADATA_KEY] = dict(result.metadata)
    if edits:
        cleaned[EDIT_LIST_KEY] = [e.as_dict() for e in result.edits]
    return cleaned, Counts.of(result)


@dataclass(frozen=True)
class RecordBatch:
    records: tuple[dict[str, Any], ...]
    counts: Counts


def clean_records(cleaner: Cleaner, records: Iterable[Mapping[str, Any]], field: str = "text", *,
                  edits: bool = False, metadata: bool = True) -> RecordBatch:
    """Clean ``field`` of every record (see :func:`clean_record`), keeping the input order."""
    done = [clean_record(cleaner, r, field, edits=edits, metadata=metadata) for r in records]
    return RecordBatch(tuple(r for r, _ in done), sum((c for _, c in done), Counts()))


def iter_clean_records(cleaner: Cleaner, records: Iterable[Mapping[str, Any]], field: str = "text", *,
                       edits: bool = False, metadata: bool = True) -> Iterator[tuple[dict[str, Any], Counts]]:
    """:func:`clean_record` over a stream of any length, one record in memory at a time."""
    for record in records:
        yield clean_record(cleaner, record, field, edits=edits, metadata=metadata)
