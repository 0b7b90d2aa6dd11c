"""The language's vocabulary as the model reads it, and a :class:`Split` with its price.

A word's log probability is wordfreq's frequency, or the price of *some unknown word* of its
shape; a split is the parts' probabilities against the token's, and its margin decides whether
it is applied, suggested, or left.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING


from textfix.edits import Applicability
from textfix.lexicon import Lexicon
from textfix.lexicon import lexicon as load_lexicon
from textfix.resources import word_list
from textfix.segmentation.weights import (
    COMMON_ENDINGS,
    COMMON_ZIPF,
    FUNCTION_ZIPF,
    LONG_PART_MIN_ZIPF,
    PART_MIN_ZIPF,
    SAFE_MARGIN,
)

if TYPE_CHECKING:
    from textfix.segmentation.readings import Candidate


@dataclass(frozen=True)
class Vocabulary:
    """One language's words as segmentation parts: log10 probabilities of admissible parts."""

    lexicon: Lexicon
    parts: dict[str, float]
    alphabet: frozenset[str]
    # Common words as they stand in running text (`said`, `Said`, `said,`, `said.`): removing
    # these from a text's distinct tokens with one set difference clears most of clean prose.
    common_tokens: frozenset[str]
    # The words at least FUNCTION_ZIPF frequent: `the`, `of`, `has`, `said`.
    function_words: frozenset[str]
    # What each whitespace token is as a candidate (token_candidate), remembered for the next
    # texts, whose names and rare words recur: a plain dict, looked up in C for a whole text at
    # once (see read_candidates).
    read_tokens: dict[str, Candidate | None] = field(default_factory=dict, compare=False, repr=False)

    def word_logp(self, word: str) -> float | None:
        """log10 probability of ``word`` (lower-case) in wordfreq, or None when unknown."""
        freq = self.lexicon.frequencies.get(word)
        return math.log10(freq) if freq else None


@lru_cache(maxsize=8)
def vocabulary(language: str) -> Vocabulary:
    """Admissible parts of one language, built once per process on first use."""
    lexicon = load_lexicon(language)
    parts: dict[str, float] = {}
    # Bound once: Python 3.11 looks a method of an imported name up anew at each call, and the
    # loop reads every word the lexicon has down to the floor.
    min_zipf = PART_MIN_ZIPF.get
    for word, freq in lexicon.frequencies.items():
        zipf = math.log10(freq) + 9.0
        if zipf < LONG_PART_MIN_ZIPF:
            break  # the rest are rarer still: the lexicon lists words by falling frequency
        if word.isalpha() and zipf >= min_zipf(len(word), LONG_PART_MIN_ZIPF):
            parts[word] = zipf - 9.0
    for code, ending in map(str.split, word_list("word_endings")):
        if code == language:
            parts.pop(ending, None)  # `ing`, `tion`: wordfreq's, never a word (data/word_endings)
    # The letters the language's common words use: a token with any other letter (an accent
    # English never writes) is a foreign word or name and is never segmented.
    alphabet = frozenset(ch for word, logp in parts.items() if logp >= 4.0 - 9.0 for ch in word)
    common = [word for word, logp in parts.items() if logp >= COMMON_ZIPF - 9.0]
    common_tokens = frozenset(form + end for word in common for form in (word, word.capitalize())
                              for end in COMMON_ENDINGS)
    function_words = frozenset(word for word, logp in parts.items() if logp >= FUNCTION_ZIPF - 9.0)
    return Vocabulary(lexicon, parts, alphabet, common_tokens, function_words)


@dataclass(frozen=True)
class Split:
    """A segmentation of a token: cut positions in the core and how much likelier it is."""

    cuts: tuple[int, ...]
    margin: float
    # Costs the margin includes that an occurrence does not pay where a clause follows it
    # (see NAME_ENDING_COST), and where it also opens a sentence (see FUNCTION_PAIR_COST).
    clause_cost: float = 0.0
    opening_cost: float = 0.0
    safe_margin: float = SAFE_MARGIN
    # A cost the margin includes that an occurrence opening a sentence does not pay, whatever
    # follows it (see _split_into_words: a function word capitalised inside a sentence).
    inside_cost: float = 0.0

    @property
    def context_cost(self) -> float:
        """The most the context of an occurrence can add to the margin."""
        return self.clause_cost + self.opening_cost + self.inside_cost

    def in_context(self, clause: bool, opening: bool | float) -> Split:
        """The split for one occurrence: whether a clause follows it and it opens a sentence
        (only its truth counts: a caller passes a zero cost for "never asked")."""
        gain = (self.clause_cost + (self.opening_cost if opening else 0.0)) if clause else 0.0
        gain += self.inside_cost if opening else 0.0
        return Split(self.cuts, self.margin + gain, safe_margin=self.safe_margin) if gain else self

    def apply(self, core: str) -> str:
        bounds = (0, *self.cuts, len(core))
        return " ".join(core[a:b] for a, b in zip(bounds, bounds[1:]))

    @property
    def applicability(self) -> Applicability:
        return Applicability.SAFE if self.margin >= self.safe_margin else Applicability.SUGGESTED

    @property
    def confidence(self) -> float:
        return 1.0 / (1.0 + 10.0 ** -self.margin)
