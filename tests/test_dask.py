"""textfix.dask on a real two-worker LocalCluster gives what one process gives.

The cluster is small (two worker processes, one thread each) and the corpus a few dozen
documents, so the test costs a few seconds of CI time.
"""

from __future__ import annotations

import pytest

pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from textfix import Cleaner, Options  # noqa: E402
from textfix.batch import clean_batch  # noqa: E402
from textfix.dask import clean_bag, clean_column, clean_dataframe, clean_record_bag, count_edits  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, memory_limit="1GiB")
    with cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(seed_texts) -> list[str]:
    """Seed paragraphs (real text, a few real defects) and the same with glues and space runs."""
    paragraphs = [p for text in seed_texts.values() for p in text.split("\n\n") if p.strip()][:24]
    damaged = [p.replace(". ", ".", 1).replace(" ", "  ", 1) + "   " for p in paragraphs[:12]]
    return paragraphs + damaged + ["since 2017the year", "A 15in screen."]


def test_bag_gives_the_single_process_output(client, corpus):
    expected = Cleaner().clean_batch(corpus)
    assert expected.counts.changed >= 12  # the damaged copies did change
    bag = db.from_sequence(corpus, npartitions=4)
    assert clean_bag(bag).compute() == expected.texts
    assert count_edits(bag).compute() == expected.counts
    assert len(client.scheduler_info()["workers"]) == 2


def test_records_keep_their_fields(client, corpus):
    records = [{"id": i, "text": t, "lang": "en"} for i, t in enumerate(corpus)]
    cleaned = clean_record_bag(db.from_sequence(records, npartitions=3)).compute()
    assert [r["text"] for r in cleaned] == clean_batch(Cleaner(), corpus).texts
    assert [(r["id"], r["lang"]) for r in cleaned] == [(i, "en") for i in range(len(corpus))]
    assert sum(r["textfix_edits"] for r in cleaned) == clean_batch(Cleaner(), corpus).counts.edits


def test_dataframe_column_and_frame(client, corpus):
    options = Options(ignore=("TF202",))
    frame = pd.DataFrame({"id": range(len(corpus)), "text": corpus})
    ddf = dd.from_pandas(frame, npartitions=4)
    expected = [Cleaner(options)(t) for t in corpus]
    assert clean_column(ddf["text"], options).compute().tolist() == expected
    result = clean_dataframe(ddf, "text", options).compute()
    assert result["text"].tolist() == expected
    assert result["id"].tolist() == list(range(len(corpus)))
    assert result["textfix_edits"].tolist() == [len(Cleaner(options).clean(t).applied) for t in corpus]
