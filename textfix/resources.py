"""Word lists shipped in ``textfix/data``, read on first use and cached (immutable)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """The words of ``textfix/data/<name>.txt``: one per line, ``#`` starts a comment."""
    text = resources.files("textfix.data").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(word for word in words if word)
