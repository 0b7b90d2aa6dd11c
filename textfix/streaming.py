"""Reading inputs of any size in bounded memory: paragraphs of a text, lines of a JSONL file.

A multi-gigabyte file is never read whole. A plain text larger than :data:`LARGE_TEXT_BYTES`
is cut into *paragraphs* — the text up to and including the blank lines after it — and each
is cleaned on its own; a JSONL file is read in batches of whole lines (records).

What streaming a text changes: the cleaned text is exactly the concatenation of its
paragraphs cleaned one by one (no separator is lost or added). Every rule that looks at a line
or a token gives the same result either way; evidence a rule gathers from the *whole
document* (the document's own word counts, ``Context.word_counts``) comes from one paragraph
at a time instead. Files below the limit are cleaned whole.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
from collections.abc import Iterator
from typing import BinaryIO

from textfix.decoding import DecodeError

#: Texts larger than this (in bytes) are streamed paragraph by paragraph.
LARGE_TEXT_BYTES = 32 * 2**20
#: A paragraph longer than this is cut at a line end, and a single line longer than this at its
#: last white space before the limit, so that a file without blank lines — or without line
#: ends — still streams.
MAX_PARAGRAPH_CHARS = 2**20
#: The size of the batches of lines or paragraphs handed to a worker at a time.
BATCH_BYTES = 2**20


def _is_blank(line: str) -> bool:
    return not line.strip()


def _cut_long_line(line: str, *, full: bool) -> tuple[str, str]:
    """A piece of an over-long line, cut after its last white space, and the rest to carry."""
    if not full or line.endswith(("\n", "\r")):
        return line, ""
    cut = max(line.rfind(" "), line.rfind("\t"))
    if cut <= 0:
        return line, ""
    return line[:cut + 1], line[cut + 1:]


def iter_paragraphs(stream: BinaryIO, *, max_chars: int = MAX_PARAGRAPH_CHARS) -> Iterator[str]:
    """The paragraphs of a UTF-8 byte stream (a BOM is dropped), line ends kept as they are.

    Each paragraph is its non-blank lines followed by the blank lines after it, so
    ``"".join(iter_paragraphs(s))`` is the whole decoded text. Lines end in ``\\n``, ``\\r\\n``
    or ``\\r``, as in :func:`textfix.lines.iter_lines`.

        >>> list(iter_paragraphs(io.BytesIO(b"One\\ntwo.\\n\\n  \\nThree.\\r\\n")))
        ['One\\ntwo.\\n\\n  \\n', 'Three.\\r\\n']
    """
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    lines: list[str] = []
    size = 0
    in_blank_run = False
    carry = ""
    try:
        while True:
            piece = text.readline(max_chars)
            if not piece and not carry:
                break
            line, carry = _cut_long_line(carry + piece, full=len(piece) == max_chars)
            if "\x00" in line:
                raise DecodeError("binary file (contains NUL bytes)")
            blank = _is_blank(line)
            if lines and (in_blank_run and not blank or size + len(line) > max_chars):
                yield "".join(lines)
                lines, size = [], 0
            lines.append(line)
            size += len(line)
            in_blank_run = blank
    except UnicodeDecodeError as error:
        raise DecodeError(f"not valid UTF-8 ({error.reason})") from None
    finally:
        text.detach()  # leave the caller's stream open
    if lines:
        yield "".join(lines)


def paragraph_batches(stream: BinaryIO, batch_bytes: int = BATCH_BYTES) -> Iterator[tuple[str, ...]]:
    """Paragraphs grouped into batches of about ``batch_bytes`` characters, for workers."""
    batch: list[str] = []
    size = 0
    for paragraph in iter_paragraphs(stream):
        batch.append(paragraph)
        size += len(paragraph)
        if size >= batch_bytes:
            yield tuple(batch)
            batch, size = [], 0
    if batch:
        yield tuple(batch)


def bytes_left(stream: BinaryIO) -> int | None:
    """How many bytes are left to read of ``stream`` when it is a regular file (standard input
    redirected from one: ``< crawl.jsonl``); None for a pipe or a terminal, whose size is
    unknown. It sizes a progress bar, and tells a large text to stream from one to read whole."""
    try:
        status = os.fstat(stream.fileno())
        return max(status.st_size - stream.tell(), 0) if stat.S_ISREG(status.st_mode) else None
    except (OSError, ValueError):
        return None


def line_batches(stream: BinaryIO, batch_bytes: int = BATCH_BYTES) -> Iterator[bytes]:
    """Whole lines of a byte stream in batches of about ``batch_bytes`` (JSONL records).

    A batch ends at a line end, so no record is split between two batches; a line longer
    than ``batch_bytes`` comes as one batch of its own.
    """
    first = True
    while True:
        lines = stream.readlines(batch_bytes)
        if not lines:
            return
        if first and lines[0].startswith(codecs.BOM_UTF8):
            lines[0] = lines[0][len(codecs.BOM_UTF8):]
        first = False
        yield b"".join(lines)
