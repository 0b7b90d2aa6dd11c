"""``textfix clean`` at corpus scale: many files, JSONL records, worker processes, resuming.

What runs where:

* a small text file is one task: a worker reads, cleans and writes its output whole;
* a text file over :data:`~textfix.streaming.LARGE_TEXT_BYTES` is streamed: the main process
  reads it paragraph by paragraph in batches, workers clean the batches, the main process
  writes the results in order;
* a JSONL file is streamed the same way in batches of whole lines (records).

The main process only reads, writes and counts; with ``--jobs N`` the cleaning runs in ``N``
workers. Memory is bounded by the batches in flight, whatever the size of the input.

Every output (a file under ``--output DIR``, or one ``--output FILE.jsonl``) is written to a
temporary file and renamed into place when complete (:func:`textfix.files.atomic_output`); a
rerun skips outputs that exist and are not older than their inputs (``--force`` redoes them).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from textfix.batch import Counts, RecordError, clean_record
from textfix.config import Options
from textfix.decoding import DecodeError, decode_bytes
from textfix.engine import Cleaner
from textfix.files import JSONL_GLOBS, TEXT_GLOBS, Input, atomic_output, collect, is_done, output_path
from textfix.parallel import Workers
from textfix.progress import Progress
from textfix import streaming
from textfix.streaming import line_batches, paragraph_batches

class PipelineError(Exception):
    """A problem with the run as a whole (bad arguments); the message is one line."""


@dataclass(frozen=True)
class Request:
    """What the user asked for on the command line."""

    inputs: tuple[str, ...]
    output: Path | None = None
    jsonl: bool = False
    field: str = "text"
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    jobs: int = 1
    force: bool = False
    with_edits: bool = False
    quiet: bool = False
    progress: bool = False

    @property
    def output_is_jsonl(self) -> bool:
        return self.output is not None and self.output.suffix in (".jsonl", ".ndjson")


# --- tasks that run in a worker (module-level and picklable) --------------------------------

@dataclass(frozen=True)
class Outcome:
    """What one task did: its counts, its output (when the main process writes it), an error,
    and how many bytes of input it consumed (for the progress bar)."""

    counts: Counts = Counts()
    output: bytes = b""
    error: str | None = None
    input_bytes: int = 0


def _read_text(path: Path) -> tuple[str, int]:
    """The decoded text of a file, and its size in bytes."""
    try:
        data = path.read_bytes()
        return decode_bytes(data).text, len(data)
    except DecodeError as error:
        raise PipelineError(f"{path}: {error}") from None
    except OSError as error:
        raise PipelineError(f"{path}: cannot read ({error.strerror})") from None


def clean_text_file(task: tuple[Cleaner, Path, Path]) -> Outcome:
    """Clean one (small) text file into its output file, written whole or not at all."""
    cleaner, source, target = task
    try:
        text, size = _read_text(source)
    except PipelineError as error:
        return Outcome(error=str(error))
    result = cleaner.clean(text)
    with atomic_output(target) as handle:
        handle.write(result.text.encode("utf-8"))
    return Outcome(Counts.of(result), input_bytes=size)


def text_file_record(task: tuple[Cleaner, Path, str, str, bool]) -> Outcome:
    """Clean one text file into a JSONL record ``{"id": name, field: text, …}``."""
    cleaner, source, name, field, with_edits = task
    try:
        text, size = _read_text(source)
    except PipelineError as error:
        return Outcome(error=str(error))
    record, counts = clean_record(cleaner, {"id": name, field: text}, field, edits=with_edits)
    return Outcome(counts, (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"), input_bytes=size)


def clean_paragraphs(task: tuple[Cleaner, tuple[str, ...]]) -> Outcome:
    """Clean a batch of paragraphs of one large text; the output is their concatenation."""
    cleaner, paragraphs = task
    results = [cleaner.clean(p) for p in paragraphs]
    counts = sum((Counts.of(r) for r in results), Counts())
    return Outcome(counts, "".join(r.text for r in results).encode("utf-8"), input_bytes=counts.bytes)


def clean_jsonl_lines(task: tuple[Cleaner, str, bool, int, bytes]) -> Outcome:
    """Clean the records of a batch of JSONL lines; ``first_line`` numbers them in errors."""
    cleaner, field, with_edits, first_line, data = task
    out: list[str] = []
    counts = Counts()
    for number, line in enumerate(data.splitlines(), start=first_line):
        if not line.strip():
            continue  # a blank line holds no record
        try:
            record = json.loads(line)
            cleaned, record_counts = clean_record(cleaner, record, field, edits=with_edits)
        except (ValueError, RecordError) as error:  # JSONDecodeError is a ValueError
            return Outcome(error=f"line {number}: {error}")
        out.append(json.dumps(cleaned, ensure_ascii=False))
        counts += record_counts
    return Outcome(counts, ("\n".join(out) + "\n").encode("utf-8") if out else b"", input_bytes=len(data))


# --- the run ---------------------------------------------------------------------------------

@dataclass
class Tally:
    """The main process's running totals (local to one run, never shared)."""

    counts: Counts = Counts()
    input_bytes: int = 0
    skipped: int = 0
    failed: int = 0


class Run:
    """One run of the pipeline: the request, the workers, the progress bar and the tally."""

    def __init__(self, request: Request, cleaners: Cleaners, workers: Workers, progress: Progress) -> None:
        self.request = request
        self.cleaner_for = cleaners.for_file
        self.workers = workers
        self.progress = progress
        self.tally = Tally()

    # bookkeeping
    def _done(self, outcome: Outcome, counts: Counts | None = None) -> None:
        """Count a finished task (``counts`` instead of its own, if given) and show progress."""
        if outcome.error:
            self._fail(outcome.error)
        self.tally.counts += outcome.counts if counts is None else counts
        self.tally.input_bytes += outcome.input_bytes
        self.progress.update(self.tally.input_bytes, self.tally.counts.documents)

    def _fail(self, message: str) -> None:
        self.tally.failed += 1
        print(f"textfix: error: {message}", file=sys.stderr)

    # streams: batches out to workers, results back in order
    def _stream_text(self, source: BinaryIO, sink: BinaryIO, name: str) -> bool:
        """Clean a large text paragraph-wise from ``source`` into ``sink``; False on an error."""
        cleaner = self.cleaner_for(None if name == "-" else Path(name))
        file_counts = Counts()
        try:
            tasks = ((cleaner, batch) for batch in paragraph_batches(source))
            for outcome in self.workers.map(clean_paragraphs, tasks):
                sink.write(outcome.output)
                file_counts += outcome.counts
                self._done(outcome, Counts())  # the file counts as one document, at its end
        except DecodeError as error:
            self._fail(f"{name}: {error}")
            return False
        # One document, however many paragraphs it was cleaned in.
        self.tally.counts += replace(file_counts, documents=1, changed=int(file_counts.changed > 0))
        return True

    def _stream_jsonl(self, source: BinaryIO, sink: BinaryIO, name: str) -> bool:
        """Clean the records of a JSONL stream into ``sink``; False on an error."""
        request = self.request

        cleaner = self.cleaner_for(None if name == "-" else Path(name))

        def tasks() -> Iterator[tuple[Cleaner, str, bool, int, bytes]]:
            line = 1
            for data in line_batches(source):
                yield cleaner, request.field, request.with_edits, line, data
                line += data.count(b"\n")

        for outcome in self.workers.map(clean_jsonl_lines, tasks()):
            if outcome.error:
                self._fail(f"{name}: {outcome.error}")
                return False
            sink.write(outcome.output)
            self._done(outcome)
        return True

    # the modes
    def to_directory(self, items: Sequence[Input], output_dir: Path) -> None:
        small: list[tuple[Input, Path]] = []
        large: list[tuple[Input, Path]] = []
        for item in items:
            target = output_path(item, output_dir)
            if target.resolve() == item.path.resolve():
                raise PipelineError(f"{item.path}: the output would overwrite the input; "
                                    "choose another --output directory (or use --write)")
            if not self.request.force and is_done([item.path], target):
                self.tally.skipped += 1
                continue
            is_large = self.request.jsonl or item.path.stat().st_size > streaming.LARGE_TEXT_BYTES
            (large if is_large else small).append((item, target))
        self.progress.total_bytes = sum(i.path.stat().st_size for i, _ in small + large)
        tasks = ((self.cleaner_for(item.path), item.path, target) for item, target in small)
        for outcome in self.workers.map(clean_text_file, tasks):
            self._done(outcome)
        for item, target in large:
            self._file_to_file(item.path, target)

    def _file_to_file(self, source_path: Path, target: Path) -> None:
        stream = self._stream_jsonl if self.request.jsonl else self._stream_text
        with open(source_path, "rb") as source:
            try:
                with atomic_output(target) as sink:
                    if not stream(source, sink, str(source_path)):
                        raise _Abandon
            except _Abandon:
                pass

    def to_jsonl_file(self, items: Sequence[Input], target: Path) -> None:
        if any(item.path.resolve() == target.resolve() for item in items):
            raise PipelineError(f"{target}: the output would overwrite an input; choose another --output")
        if not self.request.force and items and is_done([i.path for i in items], target):
            self.tally.skipped += len(items)
            return
        self.progress.total_bytes = sum(i.path.stat().st_size for i in items)
        try:
            with atomic_output(target) as sink:
                self._records_into(items, sink)
                if self.tally.failed:
                    raise _Abandon  # all or nothing: a corpus file with a hole is worse than none
        except _Abandon:
            print(f"textfix: {target} not written", file=sys.stderr)

    def to_stdout(self, items: Sequence[Input], stdin: bool) -> None:
        sink = sys.stdout.buffer
        if stdin:
            stream = self._stream_jsonl if self.request.jsonl else self._stream_text
            self.progress.total_bytes = streaming.bytes_left(sys.stdin.buffer)
            stream(sys.stdin.buffer, sink, "-")
        self.progress.total_bytes = sum(i.path.stat().st_size for i in items) or None
        if self.request.jsonl:
            self._records_into(items, sink)
        else:
            for item in items:
                with open(item.path, "rb") as source:
                    self._stream_text(source, sink, str(item.path))
        sink.flush()

    def _records_into(self, items: Sequence[Input], sink: BinaryIO) -> None:
        if self.request.jsonl:
            for item in items:
                with open(item.path, "rb") as source:
                    self._stream_jsonl(source, sink, str(item.path))
            return
        tasks = ((self.cleaner_for(item.path), item.path, item.relative.as_posix(), self.request.field, self.request.with_edits)
                 for item in items)
        for outcome in self.workers.map(text_file_record, tasks):
            sink.write(outcome.output)
            self._done(outcome)


class _Abandon(Exception):
    """Raised inside an atomic output to throw the partial output away."""


def _outside(items: list[Input], output: Path) -> list[Input]:
    """Inputs less the files found under the output directory (when it lies inside an input
    directory): a rerun must not clean its own outputs again."""
    inside = output.resolve()
    return [i for i in items if i.named or inside not in i.path.resolve().parents]


class Cleaners:
    """One :class:`Cleaner` per distinct configuration, chosen per file as ``textfix clean FILE``
    would (the closest configuration file, its per-file-ignores, Markdown by suffix), so a
    corpus cleaned in one run gets the same edits as its files cleaned one by one."""

    def __init__(self, options_for: Callable[[Path | None], Options]) -> None:
        self._options_for = options_for
        self._by_options: dict[Options, Cleaner] = {}

    def for_file(self, path: Path | None) -> Cleaner:
        """The cleaner for ``path`` (None: standard input, the current directory's settings)."""
        options = self._options_for(path)
        return self._by_options.setdefault(options, Cleaner(options))


def run(request: Request, cleaners: Cleaners) -> int:
    """Clean what ``request`` names; the exit code (0 done, 2 if any input failed)."""
    stdin = "-" in request.inputs
    include = request.include or (JSONL_GLOBS if request.jsonl else TEXT_GLOBS)
    try:
        items = collect([i for i in request.inputs if i != "-"], include, request.exclude)
    except FileNotFoundError as error:
        raise PipelineError(f"{error.args[0]}: no such file") from None
    output = request.output
    if output is not None:
        items = _outside(items, output)
    if output is not None and stdin:
        raise PipelineError("standard input (-) can only be cleaned to standard output")
    if output is None and not request.jsonl and any(Path(i).is_dir() for i in request.inputs):
        raise PipelineError("a directory needs --output DIR (or --write, --check, --diff, --json)")
    started = time.monotonic()
    workers = Workers(request.jobs, warm=cleaners.for_file(None).load)
    with workers, Progress(None, enabled=request.progress) as progress:
        job = Run(request, cleaners, workers, progress)
        if output is None:
            job.to_stdout(items, stdin)
        elif request.output_is_jsonl:
            job.to_jsonl_file(items, output)
        else:
            job.to_directory(items, output)
    if not request.quiet:
        print(summary(job.tally, time.monotonic() - started), file=sys.stderr)
    return 2 if job.tally.failed else 0


def summary(tally: Tally, seconds: float) -> str:
    """The end-of-run line(s): documents, bytes, edits by rule, time."""
    counts = tally.counts
    megabytes = tally.input_bytes / 1e6
    rate = f", {megabytes / seconds:.1f} MB/s" if seconds > 0 and megabytes else ""
    lines = [f"textfix: {counts.documents:,} documents, {megabytes:,.1f} MB in {seconds:.1f} s{rate}; "
             f"{counts.changed:,} changed, {counts.edits:,} edits applied"]
    if counts.applied:
        lines.append("  applied:   " + ", ".join(f"{rule} {n:,}" for rule, n in counts.applied))
    if counts.suggested:
        lines.append("  suggested: " + ", ".join(f"{rule} {n:,}" for rule, n in counts.suggested)
                     + " (not applied; see them with --with-edits or --json, apply with --unsafe)")
    if tally.skipped:
        lines.append(f"  skipped {tally.skipped:,} inputs already done (--force redoes them)")
    if tally.failed:
        lines.append(f"  {tally.failed:,} inputs failed (see the errors above)")
    if counts.unsettled:
        lines.append(f"  {counts.unsettled:,} documents did not settle; please report this as a bug")
    return "\n".join(lines)
