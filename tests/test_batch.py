"""Batches and records: results in order, counters that add up, fields kept."""

from __future__ import annotations

import pickle
import threading

import pytest

from textfix import Cleaner, Options
from textfix.batch import Counts, RecordError, clean_batch, clean_record, clean_records

DAMAGED = [
    "Opposition protests have shaken Venezuela since 2017the year of the crackdown.",
    "The minister resigned on Monday.He was replaced by his deputy.",
    "Quarterly profits jumped 76% to $1.13bn   ",
    "A 15in screen costs more.",  # a unit-like word: only suggested
]


def test_batch_results_match_single_cleaning_in_order(seed_texts):
    texts = [*seed_texts.values(), *DAMAGED]
    cleaner = Cleaner()
    batch = cleaner.clean_batch(texts)
    assert [r.text for r in batch.results] == [cleaner(t) for t in texts]
    assert batch.counts.documents == len(texts)
    assert batch.counts.bytes == sum(len(t.encode()) for t in texts)
    assert batch.counts.changed == sum(cleaner.clean(t).changed for t in texts)


def test_counts_add_up_across_batches(seed_texts):
    texts = [*seed_texts.values(), *DAMAGED]
    whole = clean_batch(Cleaner(), texts).counts
    parts = [clean_batch(Cleaner(), texts[i:i + 2]).counts for i in range(0, len(texts), 2)]
    assert sum(parts, Counts()) == whole
    assert sum(parts) == whole  # sum() without a start value works too
    assert dict(whole.applied)["TF401"] >= 1 and dict(whole.applied)["TF402"] == 1
    assert dict(whole.suggested)["TF401"] == 1  # the 15in
    assert whole.edits == sum(n for _, n in whole.applied)


def test_counts_are_immutable_values():
    counts = clean_batch(Cleaner(), DAMAGED[:1]).counts
    with pytest.raises(AttributeError):
        counts.documents = 5  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(counts)) == counts
    assert hash(counts) == hash(pickle.loads(pickle.dumps(counts)))
    assert Counts() + counts == counts + Counts() == counts


def test_record_keeps_other_fields_and_adds_counts():
    record = {"id": "politics/042", "text": DAMAGED[1], "url": "https://www.bbc.co.uk/news", "tags": ["uk"]}
    cleaned, counts = clean_record(Cleaner(), record, edits=True)
    assert cleaned["text"] == "The minister resigned on Monday. He was replaced by his deputy."
    assert {k: cleaned[k] for k in ("id", "url", "tags")} == {k: record[k] for k in ("id", "url", "tags")}
    assert cleaned["textfix_edits"] == 1 and cleaned["textfix_suggested"] == 0
    assert cleaned["textfix_metadata"] == {}
    [edit] = cleaned["textfix_edit_list"]
    assert (edit["rule"], edit["before"], edit["after"], edit["applied"]) == ("TF402", "", " ", True)
    assert record["text"] == DAMAGED[1]  # the input record is not modified
    assert counts.documents == 1 and dict(counts.applied) == {"TF402": 1}


def test_record_field_and_options():
    records = [{"body": t, "n": i} for i, t in enumerate(DAMAGED)]
    batch = clean_records(Cleaner(Options(ignore=("TF2",))), records, field="body", metadata=False)
    assert [r["body"] for r in batch.records] == [Cleaner(Options(ignore=("TF2",)))(t) for t in DAMAGED]
    assert batch.records[2]["body"].endswith("   ")  # TF201 ignored
    assert all("textfix_metadata" not in r and "textfix_edit_list" not in r for r in batch.records)
    assert batch.counts.documents == 4


@pytest.mark.parametrize("record", [{"id": 1}, {"id": 1, "text": None}, {"text": 3}, ["text"]])
def test_record_without_text_is_an_error_naming_the_field(record):
    with pytest.raises(RecordError, match="'text'"):
        clean_record(Cleaner(), record)


def test_cleaner_is_picklable_and_shared_across_threads(seed_texts):
    cleaner = Cleaner(Options(ignore=("TF202",)))
    restored = pickle.loads(pickle.dumps(cleaner))
    assert restored == cleaner
    texts = [*seed_texts.values(), *DAMAGED] * 3
    expected = [cleaner(t) for t in texts]
    outputs: dict[int, list[str]] = {}

    def work(n: int) -> None:
        outputs[n] = [restored(t) for t in texts]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(out == expected for out in outputs.values()) and len(outputs) == 4
