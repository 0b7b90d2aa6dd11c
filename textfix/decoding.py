"""From bytes to text: which encoding a file is in, and what its line ends are.

Decoding is the first step, before any rule: rules see ``str``. The decision (encoding, how
sure, BOM, line-end style, which bytes needed a fallback) is kept in :class:`Decoded` so the
report can show it and ``--write`` can say what it wrote. The order of trust:

1. A byte-order mark is honoured (UTF-32, UTF-16, UTF-8): it is the file saying what it is.
   UTF-16 without one is recognised by its NUL high bytes, all on one side.
2. Binary data (NUL bytes, known image/archive signatures) is refused rather than guessed at.
3. Valid UTF-8 is UTF-8.
4. Otherwise the file is read as UTF-8 and each *invalid run* of bytes is decoded as
   Windows-1252 when it looks like Western text (an accented letter, a curly quote). This
   repairs both a whole Windows-1252 / Latin-1 file and a file whose lines mix UTF-8 and
   Windows-1252, with every run's byte offset known. charset-normalizer alone misreads short
   Western files (Windows-1252 taken for cp1250 or cp1257: ``naďve``) and has no answer for
   mixed files, so it is asked only when the bytes do not look Western (Cyrillic, Greek), or
   when the Windows-1252 runs read as mojibake or leave bytes undecodable and a CJK code page
   reads the whole file cleanly (GBK, Big5, Shift-JIS, EUC-KR bytes look like UTF-8 in places).
5. Bytes that nothing decodes are never dropped or replaced silently: they raise
   :class:`UndecodableBytes` with their offsets, unless the caller asked for ``errors="replace"``,
   in which case each becomes U+FFFD and is listed in :attr:`Decoded.replaced`.

Line ends are not normalised: rules see ``\\r\\n`` as it is in the file, so every edit's
position is a position in the file and a diff applies to it byte for byte.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from ftfy.badness import is_bad

from textfix.resources import word_list

# BOMs, longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
FALLBACK = "cp1252"
# Control bytes that never occur in text (all C0 but tab, line ends, form feed and escape).
# More than this share of them in the first block means binary data without NUL bytes.
CONTROL_BYTES = frozenset(range(0x01, 0x09)) | {0x0B} | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))
BINARY_CONTROL_SHARE = 0.1
SNIFF_BYTES = 8192
# Western text in Windows-1252 is mostly ASCII letters with accented ones among them (even
# capitals-only Norwegian, HÅØYA, stays under half). Cyrillic or Greek read as Windows-1252 is
# nearly all non-ASCII letters (Ìåæäóíàðîäíûé).
MAX_WESTERN_NON_ASCII_LETTERS = 0.5
ASCII_BYTES = bytes(range(128))
# A UTF-8 file with Windows-1252 runs may hold a stray byte nothing decodes; when more than
# this share of its non-ASCII bytes is undecodable, it is in another code page altogether.
MAX_STRAY_SHARE = 0.25
NON_ASCII = regex.compile(r"[^\x00-\x7f]")
NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
# In a UTF-8 file, an invalid run that is Windows-1252 holds an accented letter or two, a
# curly quote or a dash: not a long stretch of letters (which would be another code page).
MAX_WESTERN_RUN_LETTERS = 3
# What Windows-1252 decodes to in Western text: Latin letters, and the punctuation and
# symbols of Latin-1 and General Punctuation (curly quotes, dashes, €, ™, •, °, ½).
WESTERN_CHAR = regex.compile(r"[\p{Script=Latin}\p{P}\p{S}\p{Zs}\p{N}]")
# How sure each way of deciding is, for the report.
CONFIDENCE_CERTAIN = 1.0
CONFIDENCE_WESTERN = 0.9
CONFIDENCE_MIXED = 0.85
CONFIDENCE_BOMLESS_UTF16 = 0.8
# UTF-16 text without a BOM: at least this share of code units has a NUL high byte.
MIN_UTF16_HIGH_NULS = 0.5


class DecodeError(ValueError):
    """The bytes are not text textfix can read; the message says why, in one line."""


@dataclass(frozen=True)
class ByteRun:
    """``data[offset:offset + len(raw)]`` and the text it became (or ``"\\ufffd"`` per byte)."""

    offset: int
    raw: bytes
    text: str

    def as_dict(self) -> dict[str, object]:
        return {"offset": self.offset, "bytes": self.raw.hex(" "), "text": self.text}


class UndecodableBytes(DecodeError):
    """Bytes no encoding accounts for; ``runs`` says where they are (byte offsets)."""

    def __init__(self, encoding: str, runs: tuple[ByteRun, ...]) -> None:
        self.encoding = encoding
        self.runs = runs
        shown = ", ".join(f"0x{r.raw.hex()} at offset {r.offset}" for r in runs[:3])
        more = f" and {len(runs) - 3} more" if len(runs) > 3 else ""
        total = sum(len(r.raw) for r in runs)
        super().__init__(f"{total} undecodable byte{'s' * (total != 1)} as {encoding} ({shown}{more}); "
                         "file left alone (--decode-errors=replace reads them as U+FFFD)")


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was read.

    ``encoding`` is a Python codec name, or ``"utf-8+cp1252"`` for a UTF-8 file with
    Windows-1252 runs (listed in ``fallback``). ``replaced`` lists bytes read as U+FFFD
    because the caller asked for it. ``newline`` is the line end most lines use;
    ``mixed_newlines`` says whether some use another.
    """

    text: str
    encoding: str
    bom: bool = False
    newline: str = "\n"
    confidence: float = CONFIDENCE_CERTAIN
    mixed_newlines: bool = False
    fallback: tuple[ByteRun, ...] = field(default=(), repr=False)
    replaced: tuple[ByteRun, ...] = field(default=(), repr=False)

    @property
    def is_plain_utf8(self) -> bool:
        """Whether writing the text as UTF-8 without a BOM gives back bytes of the same kind."""
        return self.encoding in ("utf-8", "ascii") and not self.bom and not self.replaced

    def as_dict(self) -> dict[str, object]:
        report: dict[str, object] = {
            "encoding": self.encoding,
            "confidence": round(self.confidence, 3),
            "bom": self.bom,
            "newline": NEWLINE_NAMES[self.newline],
            "mixed_newlines": self.mixed_newlines,
        }
        if self.fallback:
            report["fallback"] = [r.as_dict() for r in self.fallback]
        if self.replaced:
            report["replaced"] = [r.as_dict() for r in self.replaced]
        return report


NEWLINE_NAMES = {"\n": "lf", "\r\n": "crlf", "\r": "cr"}


def newline_counts(text: str) -> dict[str, int]:
    crlf = text.count("\r\n")
    return {"\r\n": crlf, "\n": text.count("\n") - crlf, "\r": text.count("\r") - crlf}


def newline_style(text: str) -> str:
    """The line end the text mostly uses: ``\\r\\n``, ``\\r`` or ``\\n`` (``\\n`` when it has none)."""
    counts = newline_counts(text)
    crlf, lf, cr = counts["\r\n"], counts["\n"], counts["\r"]
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf and cr > crlf:
        return "\r"
    return "\n"


def has_mixed_newlines(text: str) -> bool:
    return sum(1 for n in newline_counts(text).values() if n) > 1


def decode_bytes(data: bytes, errors: str = "strict") -> Decoded:
    """Decode a file's bytes (see the module docstring for the order of trust).

    ``errors="strict"`` raises :class:`UndecodableBytes` for bytes nothing decodes;
    ``errors="replace"`` reads each as U+FFFD and lists it in :attr:`Decoded.replaced`.
    Raises :class:`DecodeError` for binary data.
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            text, replaced = _decode_whole(data[len(bom):], encoding, errors, offset=len(bom))
            return _decoded(text, encoding, bom=True, replaced=replaced)
    bomless = bomless_utf16(data)
    if bomless is not None:
        return _decoded(bomless[0], bomless[1], confidence=CONFIDENCE_BOMLESS_UTF16)
    refuse_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data, errors)
    return _decoded(text, "ascii" if text.isascii() else "utf-8")


def bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """``(text, codec)`` if ``data`` is UTF-16 without a BOM, as Windows tools write it.

    Text in a Latin or other alphabetic script has a NUL as every other byte, on one side
    only (the high byte of each code unit); an image's NULs fall anywhere. It must decode and
    hold no control characters but the text ones.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    if odd_nuls >= MIN_UTF16_HIGH_NULS * half and even_nuls == 0:
        codec = "utf-16-le"
    elif even_nuls >= MIN_UTF16_HIGH_NULS * half and odd_nuls == 0:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if any(ord(c) < 0x20 and c not in "\t\n\r\f" for c in text):
        return None
    return text, codec


def refuse_binary(data: bytes) -> None:
    """Raise :class:`DecodeError` for data that is not text: NULs, a known signature, control bytes."""
    kind = binary_signature(data)
    if kind:
        raise DecodeError(f"binary file ({kind}), not cleaned")
    nul = data.find(b"\x00")
    if nul != -1:
        raise DecodeError(f"binary file (NUL byte at offset {nul}), not cleaned")
    head = data[:SNIFF_BYTES]
    if head and sum(b in CONTROL_BYTES for b in head) / len(head) > BINARY_CONTROL_SHARE:
        raise DecodeError("binary file (mostly control bytes), not cleaned")


def binary_signature(data: bytes) -> str | None:
    """The kind of binary file ``data`` starts like (``"PNG image"``), from ``data/binary_signatures.txt``."""
    for magic, kind in _signatures():
        if data.startswith(magic):
            return kind
    return None


@lru_cache(maxsize=1)
def _signatures() -> tuple[tuple[bytes, str], ...]:
    pairs = []
    for entry in word_list("binary_signatures"):
        magic, _, kind = entry.partition(" ")
        pairs.append((bytes.fromhex(magic), kind.strip()))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _decoded(text: str, encoding: str, *, bom: bool = False, confidence: float = CONFIDENCE_CERTAIN,
             fallback: tuple[ByteRun, ...] = (), replaced: tuple[ByteRun, ...] = ()) -> Decoded:
    return Decoded(text, encoding, bom, newline_style(text), confidence, has_mixed_newlines(text),
                   fallback, replaced)


def _decode_whole(data: bytes, encoding: str, errors: str, offset: int = 0) -> tuple[str, tuple[ByteRun, ...]]:
    """Decode with one codec; undecodable bytes raise, or become U+FFFD and are listed."""
    parts: list[str] = []
    bad: list[ByteRun] = []
    pos = 0
    while pos < len(data):
        try:
            parts.append(data[pos:].decode(encoding))
            break
        except UnicodeDecodeError as error:  # positions are relative to the slice
            parts.append(data[pos:pos + error.start].decode(encoding))
            raw = data[pos + error.start:pos + error.end]
            bad.append(ByteRun(offset + pos + error.start, raw, "\ufffd"))
            parts.append("\ufffd")
            pos += error.end
    runs = tuple(bad)
    if runs and errors == "strict":
        raise UndecodableBytes(encoding, runs)
    return "".join(parts), runs


# One well-formed UTF-8 character, exactly as Python's decoder accepts it: no overlong forms,
# no surrogates (ED A0-BF), nothing above U+10FFFF.
UTF8_CHAR = (rb"[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
             rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
             rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")
UTF8_RUN = regex.compile(rb"(?:" + UTF8_CHAR + rb")+")


def utf8_pieces(data: bytes) -> Iterator[tuple[int, bytes, bool]]:
    """Split ``data`` into ``(offset, bytes, valid)`` pieces: valid UTF-8, and the invalid runs
    between them (adjacent invalid bytes form one run: ``\\xe9\\xe9`` of ``cr\\xe9\\xe9``)."""
    pos = 0
    for match in UTF8_RUN.finditer(data):
        if match.start() > pos:
            yield pos, data[pos:match.start()], False
        yield match.start(), match.group(), True
        pos = match.end()
    if pos < len(data):
        yield pos, data[pos:], False


def _decode_legacy(data: bytes, errors: str) -> Decoded:
    """Bytes that are not valid UTF-8: Western Windows-1252, Windows-1252 runs in UTF-8, or a guess."""
    pieces = list(utf8_pieces(data))
    has_utf8 = any(valid and not raw.isascii() for _, raw, valid in pieces)
    if not has_utf8:
        if looks_western(data.decode(FALLBACK, errors="replace")):
            # bytes Windows-1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) are reported
            text, replaced = _decode_whole(data, FALLBACK, errors)
            return _decoded(text, FALLBACK, confidence=CONFIDENCE_WESTERN, replaced=replaced)
        guessed = _guess(data)
        if guessed is not None:
            return guessed
        return _decode_runs(pieces, errors)
    try:
        decoded = _decode_runs(pieces, "strict")
    except UndecodableBytes as error:
        # Not UTF-8 with a stray byte but another code page whose bytes look like UTF-8 here
        # and there (GBK, Shift-JIS, EUC-KR pairs often do), or one whose bytes are mostly
        # undecodable. A single-byte guess for a few stray bytes would only hide them.
        guessed = _guess(data)
        if guessed is not None and (_other_multi_byte(guessed) or _mostly_undecodable(data, error.runs)):
            return guessed
        if errors == "strict":
            raise
        return _decode_runs(pieces, errors)
    if decoded.fallback and is_bad(decoded.text):
        # The Windows-1252 runs read as mojibake (Big5 read so gives `°ê»Ú¦D`): a CJK code
        # page that decodes the whole file cleanly is the better reading.
        guessed = _guess(data)
        if guessed is not None and _other_multi_byte(guessed):
            return guessed
    return decoded


def _other_multi_byte(guessed: Decoded) -> bool:
    """Whether a guess is a CJK multi-byte code page that reads the file without mojibake."""
    from charset_normalizer.utils import is_multi_byte_encoding  # only where a guess was made

    return is_multi_byte_encoding(guessed.encoding) and not is_bad(guessed.text)


def _mostly_undecodable(data: bytes, runs: tuple[ByteRun, ...]) -> bool:
    undecodable = sum(len(run.raw) for run in runs)
    return undecodable > MAX_STRAY_SHARE * len(data.translate(None, ASCII_BYTES))


def _decode_runs(pieces: list[tuple[int, bytes, bool]], errors: str) -> Decoded:
    """UTF-8 with each invalid run read as Windows-1252 when it looks Western."""
    parts: list[str] = []
    fallback: list[ByteRun] = []
    bad: list[ByteRun] = []
    for offset, raw, valid in pieces:
        if valid:
            parts.append(raw.decode("utf-8"))
            continue
        text = _western_run(raw)
        if text is not None:
            fallback.append(ByteRun(offset, raw, text))
            parts.append(text)
        else:
            run = ByteRun(offset, raw, "\ufffd" * len(raw))
            bad.append(run)
            parts.append(run.text)
    if bad and errors == "strict":
        raise UndecodableBytes("utf-8 or cp1252", tuple(bad))
    encoding = f"utf-8+{FALLBACK}" if fallback else "utf-8"
    return _decoded("".join(parts), encoding, confidence=CONFIDENCE_MIXED, fallback=tuple(fallback),
                    replaced=tuple(bad))


def looks_western(text: str) -> bool:
    """Whether ``text`` (bytes read as Windows-1252) reads like Western text: mostly ASCII letters."""
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, NOT_ASCII_LETTERS))
    non_ascii = sum(1 for c in NON_ASCII.findall(text) if c.isalpha())
    letters = ascii_letters + non_ascii
    return letters > 0 and non_ascii / letters <= MAX_WESTERN_NON_ASCII_LETTERS


def _western_run(raw: bytes) -> str | None:
    """An invalid UTF-8 run as Windows-1252, if it reads like a Western accent or punctuation."""
    try:
        text = raw.decode(FALLBACK)
    except UnicodeDecodeError:
        return None
    if not all(WESTERN_CHAR.match(c) for c in text):
        return None
    if sum(1 for c in text if c.isalpha()) > MAX_WESTERN_RUN_LETTERS:
        return None
    return text


def _guess(data: bytes) -> Decoded | None:
    """charset-normalizer's best guess for bytes that are neither UTF-8 nor Western."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # UTF-16/32 without a BOM were ruled out by their NUL bytes; a guess of them is noise.
    if best is None or best.encoding.startswith(("utf_16", "utf_32")):
        return None
    # chaos: how garbled the decoded text looks; coherence: how well it fits a language's
    # letter frequencies (0 for short texts, where the guess is least sure).
    confidence = (1.0 - best.chaos) * (0.5 + 0.5 * best.coherence)
    return _decoded(str(best), best.encoding, confidence=confidence)
