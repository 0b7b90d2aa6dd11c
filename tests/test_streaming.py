"""Bounded-memory streaming and the command line at scale: directories, JSONL, --jobs, resuming."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import run_textfix, textfix_command
from textfix import Cleaner, cli, streaming
from textfix.batch import clean_record
from textfix.decoding import DecodeError
from textfix.streaming import bytes_left, iter_paragraphs, line_batches

DAMAGED = ("Opposition protests have shaken Venezuela since 2017the year of the crackdown.  \n"
           "The minister resigned on Monday.He was replaced by his deputy.\n")


def paragraphs(data: bytes, **kwargs) -> list[str]:
    return list(iter_paragraphs(io.BytesIO(data), **kwargs))


def test_paragraphs_keep_every_separator(seed_texts):
    for text in seed_texts.values():
        for newline in ("\n", "\r\n", "\r"):
            variant = text.replace("\n", newline)
            parts = paragraphs(variant.encode())
            assert "".join(parts) == variant
            assert len(parts) == variant.count(newline * 2) - variant.count(newline * 3) + 1 or len(parts) > 1
    assert paragraphs(b"One\ntwo.\n\n \t\nThree.\n\n") == ["One\ntwo.\n\n \t\n", "Three.\n\n"]
    assert paragraphs("\ufeffBOM first.\n".encode()) == ["BOM first.\n"]
    assert paragraphs(b"") == []


def test_overlong_paragraphs_and_lines_are_cut_between_words():
    long_paragraph = "".join(f"Line {i} of a poem.\n" for i in range(50))
    parts = paragraphs(long_paragraph.encode(), max_chars=100)
    assert "".join(parts) == long_paragraph and max(map(len, parts)) <= 100
    assert all(p.endswith("\n") for p in parts)
    one_line = " ".join(["word"] * 200)
    parts = paragraphs(one_line.encode(), max_chars=64)
    assert "".join(parts) == one_line
    assert all(p.endswith(" ") for p in parts[:-1])  # never inside a word


def test_undecodable_or_binary_stream_is_refused():
    with pytest.raises(DecodeError, match="UTF-8"):
        paragraphs(b"caf\xe9\n")
    with pytest.raises(DecodeError, match="binary"):
        paragraphs(b"PNG\x00\x00\n")


def test_line_batches_never_split_a_record():
    records = b"".join(json.dumps({"id": i, "text": "x" * (i % 7)}).encode() + b"\n" for i in range(500))
    batches = list(line_batches(io.BytesIO(b"\xef\xbb\xbf" + records), batch_bytes=256))
    assert b"".join(batches) == records and len(batches) > 10
    assert all(b.endswith(b"\n") for b in batches)


def test_large_text_is_streamed_and_equals_paragraph_wise_cleaning(seed_texts, tmp_path, monkeypatch, capsysbinary):
    text = "\n\n".join([*seed_texts.values(), DAMAGED] * 3)
    source = tmp_path / "big.txt"
    source.write_bytes(text.encode())
    monkeypatch.setattr(streaming, "LARGE_TEXT_BYTES", 1000)
    monkeypatch.setattr(streaming, "BATCH_BYTES", 3000)
    expected = "".join(Cleaner()(p) for p in paragraphs(text.encode()))
    # Document evidence (a name used elsewhere) is per paragraph when streaming, so this may
    # differ from cleaning the text whole: the documented price of bounded memory.
    assert cli.main(["clean", str(source)]) == 0  # plain mode: streamed to stdout
    assert capsysbinary.readouterr().out == expected.encode()
    assert cli.main(["clean", str(source), "--output", str(tmp_path / "out"), "-q"]) == 0
    assert (tmp_path / "out" / "big.txt").read_text() == expected
    with source.open("rb") as redirected:  # textfix clean - < big.txt
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(redirected))
        assert cli.main(["clean", "-"]) == 0
    assert capsysbinary.readouterr().out == expected.encode()


def write_corpus(directory: Path, texts: list[str]) -> Path:
    path = directory / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"doc/{i}", "text": text, "source": "seed"}, ensure_ascii=False) + "\n")
    return path


def test_jsonl_jobs_two_equals_jobs_one_and_the_library(seed_texts, tmp_path):
    texts = [*seed_texts.values(), DAMAGED, "A 15in screen."] * 4
    corpus = write_corpus(tmp_path, texts)
    one = run_textfix("clean", "--jsonl", str(corpus), "--jobs", "1")
    two = run_textfix("clean", "--jsonl", str(corpus), "--jobs", "2", "--output", str(tmp_path / "out.jsonl"))
    assert one.returncode == two.returncode == 0
    assert (tmp_path / "out.jsonl").read_bytes() == one.stdout
    records = [json.loads(line) for line in one.stdout.decode().splitlines()]
    assert records == [clean_record(Cleaner(), json.loads(line))[0] for line in corpus.read_text().splitlines()]
    summary = two.stderr.decode()
    assert f"{len(texts)} documents" in summary and "TF402" in summary and "edits applied" in summary
    assert "\x1b[" not in summary  # no progress bar nor colour when stderr is not a terminal


def test_jsonl_error_names_the_line_and_writes_nothing(tmp_path):
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"text": "fine"}\n{"text": "fine"}\n{"body": "no text field"}\n')
    proc = run_textfix("clean", "--jsonl", str(corpus), "-o", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 2
    assert "bad.jsonl: line 3: field 'text'" in proc.stderr.decode()
    assert not (tmp_path / "out.jsonl").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.jsonl"]


def test_directory_to_output_directory_then_resume(seed_texts, tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "2019").mkdir(parents=True)
    (corpus / "a.txt").write_text(DAMAGED)
    (corpus / "2019" / "b.md").write_text("Hard break  \nnext line\n")
    (corpus / "2019" / "skip.txt").write_text(DAMAGED)
    (corpus / "image.png").write_bytes(b"\x89PNG\x00")
    out = tmp_path / "out"
    proc = run_textfix("clean", str(corpus), "--output", str(out), "--exclude", "skip.txt", "-j", "2")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["2019/b.md", "a.txt"]
    assert (out / "a.txt").read_text() == Cleaner()(DAMAGED)
    assert (out / "2019" / "b.md").read_text() == "Hard break  \nnext line\n"  # Markdown break kept
    assert "2 documents" in proc.stderr.decode()
    again = run_textfix("clean", str(corpus), "--output", str(out), "--exclude", "skip.txt")
    assert "skipped 2 inputs" in again.stderr.decode() and "0 documents" in again.stderr.decode()
    os.utime(corpus / "a.txt", ns=(time.time_ns() + 10**9,) * 2)  # edited since
    third = run_textfix("clean", str(corpus), "--output", str(out), "--exclude", "skip.txt")
    assert "1 documents" in third.stderr.decode() and "skipped 1" in third.stderr.decode()
    forced = run_textfix("clean", str(corpus), "--output", str(out), "--exclude", "skip.txt", "--force")
    assert "2 documents" in forced.stderr.decode()


def test_output_directory_inside_the_input_is_not_cleaned_again(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(DAMAGED)
    for _ in range(2):
        proc = run_textfix("clean", str(corpus), "-o", str(corpus / "cleaned"), "--force")
        assert proc.returncode == 0 and "1 documents" in proc.stderr.decode()
    assert sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt")) == ["a.txt", "cleaned/a.txt"]


def test_bad_inputs_are_reported_and_the_rest_done(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(DAMAGED)
    (corpus / "latin1.txt").write_bytes("caf\xe9\n".encode("latin-1"))
    (corpus / "broken.txt").write_bytes(b"text \x00\x01 binary\n")
    proc = run_textfix("clean", str(corpus), "-o", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert "broken.txt: binary" in proc.stderr.decode()
    assert (tmp_path / "out" / "good.txt").exists() and not (tmp_path / "out" / "broken.txt").exists()
    assert (tmp_path / "out" / "latin1.txt").read_text(encoding="utf-8") == "café\n"  # decoded, written as UTF-8


def test_usage_errors(tmp_path):
    (tmp_path / "a.txt").write_text("x\n")
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    for args in (["--output", str(tmp_path), str(tmp_path / "a.txt")],  # would overwrite the input
                 ["--jsonl", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "a.jsonl")],
                 [str(tmp_path), "--jsonl", "--diff"],
                 ["-", "--output", str(tmp_path / "o")]):
        proc = run_textfix("clean", *args, input=b"")
        assert proc.returncode == 2 and len(proc.stderr.decode().strip().splitlines()) == 1, proc.stderr


def test_jsonl_from_stdin_to_stdout():
    data = b'{"id": 1, "text": "since 2017the year"}\n\n{"id": 2, "text": "fine"}\n'
    proc = run_textfix("clean", "--jsonl", "-", "-q", input=data)
    assert proc.returncode == 0 and proc.stderr == b""
    assert [json.loads(line)["text"] for line in proc.stdout.splitlines()] == ["since 2017 the year", "fine"]


def _frozen_in_worker(_: object) -> int:
    import gc

    return gc.get_freeze_count()


def test_workers_inherit_the_loaded_data_outside_their_garbage_collections():
    """What is loaded before the fork is frozen for the workers, then thawed in this process."""
    import gc

    from textfix.parallel import Workers

    with Workers(2, warm=Cleaner().load) as workers:
        frozen = list(workers.map(_frozen_in_worker, range(2)))
    assert min(frozen) > 1000  # the word lists' containers, at least
    assert gc.get_freeze_count() == 0


class _InterruptedWhileDeleted:
    """Sends this process Ctrl-C from inside ``__del__``, where Python drops the exception
    its handler raises (as when the signal lands in the ``regex`` module's compiler)."""

    def __del__(self) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.01)  # the handler runs here, inside __del__


def _task_that_is_interrupted_while_deleting(number: int) -> int:
    _InterruptedWhileDeleted()
    return number


def test_a_signal_dropped_inside_del_still_stops_the_run(monkeypatch):
    from textfix.parallel import Workers

    printed = []  # what Python would print as "Exception ignored in …", with a traceback
    monkeypatch.setattr(sys, "unraisablehook", printed.append)
    seen = []
    with pytest.raises(KeyboardInterrupt):
        with Workers(1) as workers:
            seen.extend(workers.map(_task_that_is_interrupted_while_deleting, range(5)))
    assert seen == []  # stopped at the first result, not after the last
    assert printed == []  # the dropped Ctrl-C is no error to show the user
    assert sys.unraisablehook == printed.append  # and the hook is the caller's again


@pytest.mark.parametrize(("signal_number", "exit_code", "jobs"), [
    (signal.SIGINT, 130, "1"),  # Ctrl-C
    (signal.SIGTERM, 128 + signal.SIGTERM, "2"),  # kill, a job scheduler's time limit
])
def test_interrupt_leaves_no_partial_output(seed_texts, tmp_path, signal_number, exit_code, jobs):
    corpus = write_corpus(tmp_path, [*seed_texts.values(), DAMAGED] * 3000)  # about 20 MB
    target = tmp_path / "out" / "corpus.jsonl"
    proc = subprocess.Popen([*textfix_command(), "clean", "--jsonl", str(corpus), "-o", str(tmp_path / "out"),
                             "--jobs", jobs], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any((tmp_path / "out").glob(".*textfix-tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal_number)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == exit_code, err
    assert b"Traceback" not in err
    if signal_number == signal.SIGINT:
        assert "interrupted" in err.decode()
    assert list((tmp_path / "out").iterdir()) == []  # neither the output nor a temporary file
    assert not target.exists()


def test_standard_input_from_a_file_has_a_known_size_a_pipe_has_none(tmp_path):
    # The progress bar's total: `textfix clean --jsonl - < crawl.jsonl` knows where it ends.
    path = tmp_path / "crawl.jsonl"
    path.write_bytes(b'{"text": "since 2017the year"}\n' * 100)
    with open(path, "rb") as redirected:
        assert bytes_left(redirected) == 3100
        redirected.read(200)
        assert bytes_left(redirected) == 2900  # what is left to read
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as pipe, os.fdopen(write_end, "wb"):
        assert bytes_left(pipe) is None
    assert bytes_left(io.BytesIO(b"no file")) is None
