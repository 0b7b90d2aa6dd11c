"""Word frequencies, loaded lazily once per process and language.

wordfreq's lists are read on first use, never at import: ``import textfix`` stays cheap, and a
pickled :class:`~textfix.Cleaner` shipped to a worker loads them there on its first document.
``functools.lru_cache`` is the one cache, as in wordfreq itself; it holds immutable data only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Lexicon:
    """Zipf frequencies of one language's words (wordfreq's ``best`` list, lower-cased keys)."""

    language: str
    frequencies: dict[str, float]

    def zipf(self, word: str) -> float:
        """Zipf frequency of ``word`` (case-folded): 0 when unknown, about 7.7 for "the"."""
        freq = self.frequencies.get(word.lower(), 0.0)
        return math.log10(freq) + 9.0 if freq > 0 else 0.0

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.frequencies


@lru_cache(maxsize=8)
def lexicon(language: str) -> Lexicon:
    """The lexicon for a wordfreq language code; an unsupported code raises ``LookupError``."""
    import wordfreq

    try:
        frequencies = wordfreq.get_frequency_dict(language, wordlist="best")
    except LookupError as error:
        raise LookupError(f"no word frequencies for language {language!r}") from error
    return Lexicon(language, frequencies)
