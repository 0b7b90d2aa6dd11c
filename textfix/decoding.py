"""From bytes to text: which encoding a file is in, and what its line ends are.

Decoding is the first phase, before any rule: rules see ``str``. The decision (encoding, BOM,
line-end style) is kept in :class:`Decoded` so the report can show it and ``--write`` can say
what it wrote. Binary data is refused rather than guessed at.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass


class DecodeError(ValueError):
    """The bytes are not text textfix can read; the message says why, in one line."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    bom: bool = False
    newline: str = "\n"

    def as_dict(self) -> dict[str, object]:
        return {"encoding": self.encoding, "bom": self.bom, "newline": self.newline}


def newline_style(text: str) -> str:
    """The line end the text mostly uses: ``\\r\\n``, ``\\r`` or ``\\n`` (``\\n`` when it has none)."""
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf and cr > crlf:
        return "\r"
    return "\n"


def decode_bytes(data: bytes) -> Decoded:
    """Decode a file's bytes as UTF-8 (a UTF-8 BOM is honoured and dropped)."""
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes)")
    bom = data.startswith(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as error:
        raise DecodeError(f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})") from None
    return Decoded(text, "utf-8", bom, newline_style(text))
