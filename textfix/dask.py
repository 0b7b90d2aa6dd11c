"""textfix on Dask: clean a ``dask.bag`` of texts or records, or a column of a ``dask.dataframe``.

Install with ``pip install 'textfix[dask]'``; ``dask`` is imported here only, so the rest of
textfix never needs it.

Each function maps over *partitions*, so the per-partition cost is one call, not one task
per text. The :class:`~textfix.Cleaner` is a single object in the graph (``dask.delayed``):
the scheduler ships it — it pickles to its options only — once to each worker, and each
worker process loads the word data itself on its first text, once.

    import dask.dataframe as dd
    from textfix import Options
    from textfix.dask import clean_column

    ddf = dd.read_parquet("corpus/")
    ddf["text"] = clean_column(ddf["text"], Options(ignore=("TF202",)))
    ddf.to_parquet("cleaned/")

Results are the same as cleaning each text with ``Cleaner(options)`` in one process.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import dask
import dask.bag

from textfix.batch import EDITS_KEY, Counts, clean_record
from textfix.config import Options
from textfix.engine import Cleaner


def _cleaner(options: Options | Cleaner | None) -> Cleaner:
    if isinstance(options, Cleaner):
        return options
    return Cleaner(options or Options())


def _shared(cleaner: Cleaner) -> Any:
    """The cleaner as one node of the graph, sent once per worker rather than once per task."""
    return dask.delayed(cleaner, pure=True)


def _clean_texts(texts: Iterable[str], cleaner: Cleaner) -> list[str]:
    return [cleaner(text) for text in texts]


def _clean_records(records: Iterable[dict[str, Any]], cleaner: Cleaner, field: str,
                   edits: bool) -> list[dict[str, Any]]:
    return [clean_record(cleaner, record, field, edits=edits)[0] for record in records]


def _count(texts: Iterable[str], cleaner: Cleaner) -> list[Counts]:
    return [sum((Counts.of(cleaner.clean(text)) for text in texts), Counts())]


def clean_bag(bag: dask.bag.Bag, options: Options | Cleaner | None = None) -> dask.bag.Bag:
    """A bag of cleaned texts, in the same order as ``bag``'s texts."""
    return bag.map_partitions(_clean_texts, _shared(_cleaner(options)))


def clean_record_bag(bag: dask.bag.Bag, options: Options | Cleaner | None = None, field: str = "text", *,
                     edits: bool = False) -> dask.bag.Bag:
    """A bag of records (dicts) with ``field`` cleaned and the counts added, as
    :func:`textfix.batch.clean_record` does (``textfix_edits``, ``textfix_metadata``…)."""
    return bag.map_partitions(_clean_records, _shared(_cleaner(options)), field, edits)


def count_edits(bag: dask.bag.Bag, options: Options | Cleaner | None = None) -> dask.bag.Item:
    """The :class:`~textfix.batch.Counts` of cleaning a bag of texts, summed over partitions
    (``count_edits(bag).compute()``); counts are values that add, so no state is shared."""
    per_partition = bag.map_partitions(_count, _shared(_cleaner(options)))
    return per_partition.fold(lambda a, b: a + b, initial=Counts())


def _clean_series(series: Any, cleaner: Cleaner) -> Any:
    return series.map(cleaner)


def clean_column(column: Any, options: Options | Cleaner | None = None) -> Any:
    """A ``dask.dataframe`` column (Series) of texts, cleaned: ``ddf["text"] = clean_column(ddf["text"])``."""
    return column.map_partitions(_clean_series, _shared(_cleaner(options)), meta=(column.name, str))


def clean_dataframe(ddf: Any, column: str = "text", options: Options | Cleaner | None = None) -> Any:
    """``ddf`` with ``column`` cleaned and a ``textfix_edits`` column (edits applied per row)."""
    cleaner = _shared(_cleaner(options))

    def clean_partition(frame: Any, cleaner: Cleaner) -> Any:
        results = [cleaner.clean(text) for text in frame[column]]
        frame = frame.copy()
        frame[column] = [r.text for r in results]
        frame[EDITS_KEY] = [len(r.applied) for r in results]
        return frame

    import pandas

    meta = ddf._meta.copy()
    meta[EDITS_KEY] = pandas.Series(dtype="int64", index=meta.index)
    return ddf.map_partitions(clean_partition, cleaner, meta=meta)
