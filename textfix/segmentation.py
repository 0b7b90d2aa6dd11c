"""Glued words: tokens that lost the space between two or more words (``overthe``,
``Khanannounced``, ``inSydney``), and words glued by a comma (``Goulburn,south``).

The danger is the reverse error: news is full of names and rare words that *look* like two
words (``Cranebrook``, ``Mittagong``, ``Peronists``, ``TimeWarner``). So a token is split only
when reading it as several words is far more probable than reading it as one word, and both
readings are modelled explicitly (log10 probabilities per token):

* one word: wordfreq's frequency when the token is a word it knows — unless that frequency is
  no more than glue typos on the web would give it (wordfreq lists ``ofthe``, ``overthe``) —
  else the probability of *some unknown word* of that shape, higher for a capitalised token
  (a name) than for a lower-case one;
* several words: the sum of the parts' log probabilities, less a cost for each extra part.
  Parts must be words: never one letter (not the ``s`` of ``Peronist s``), two letters only
  when among the language's most frequent words (``of``, ``in``), a longer one only above a
  floor frequency (never the ``mitta`` of ``Mitta gong``). Seams where the language forms
  compounds (``up|lights``, ``beer|maker``), names' usual endings (``Iraq|is``) and brand-like
  pairs of content words (``Sports|week``) cost extra.

The document is evidence (a cache language model): a word used elsewhere in the same text is
likelier, so ``Khan`` earlier makes ``Khanannounced`` split, and a token that occurs again
intact is likelier one word. Function words (``the``, ``by``) are as frequent in every text:
wordfreq alone prices them. A near miss of a document word (``Madur`` for ``Maduro``) is only
ever *suggested* (TF404), never applied.

The segmentation is a small Viterbi over wordfreq's Zipf frequencies rather than symspellpy's
``word_segmentation``: symspellpy normalises its input (case, accents, punctuation) and scores
unknown words with a fixed penalty, while what decides here is exactly the unknown-word model
and the document's words; the Viterbi is about thirty lines and runs only on the few tokens the
fast path cannot clear (common words are a single dictionary lookup).

Clean prose is the common case and is made cheap: common words leave with one set difference;
what wordfreq says of a rare token (its shape, its prefixes and suffixes, whether they alone
could split it) is cached per token, since names and rare words recur from one text to the
next; and a token they cannot split whose prefixes and suffixes the text does not use is
settled with one set intersection. Only what survives is priced with the document.
"""

from __future__ import annotations

import math
import string
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property, lru_cache
from itertools import chain, compress, filterfalse, islice, repeat
from operator import attrgetter, not_
from typing import NamedTuple, cast

import regex

from textfix.context import Context
from textfix.edits import Applicability, Edit
from textfix.lexicon import Lexicon, counts_show_written_in, frequency_buckets, looks_written_in
from textfix.lexicon import lexicon as load_lexicon
from textfix.lines import line_at
from textfix.protect import Protected, is_code_line, on_code_line, token_bounds
from textfix.resources import word_list
from textfix.rules import Phase, Rule
from textfix.scan import Mark, finditer_in_marked_tokens

# --- the model's weights, in log10 probability units ------------------------------------------
# A token as frequent as this (Zipf) is a word, cleared without segmentation: the fast path.
COMMON_ZIPF = 4.0
COMMON_FREQUENCY = 10.0 ** (COMMON_ZIPF - 9.0)
# The shortest and longest tokens worth segmenting (letters).
MIN_TOKEN, MAX_TOKEN, MAX_PART = 4, 40, 24
# The rarest a part may be (Zipf), by its length: never one letter (`a|lent`, `a|uses`, `abut`,
# `Peronist|s` are words), two-letter parts only when among the language's commonest words
# (`of`, `in`; not `er`, `mr`), three-letter parts when fairly common, longer ones above a floor
# that keeps out wordfreq's fragments.
PART_MIN_ZIPF = {1: math.inf, 2: 6.0, 3: 3.5}
LONG_PART_MIN_ZIPF = 2.5
# Each part after the first costs this much: two words are a stronger claim than one.
SPLIT_COST = 1.0
# Each part beyond two costs this much more: a chain of three words glued is rarer than two.
CHAIN_COST = 1.5
# A seam where the language compounds freely (`up|lights`, `beer|maker`; data/compound_elements)
# costs this much more, unless the other side is a function word (`up|to`, `over|the`).
COMPOUND_COST = 3.0
# A capitalised token split before a short word that often ends names (`Iraq|is`, `Will|is`;
# data/name_endings) costs this much more.
NAME_ENDING_COST = 2.0
# ... unless the text around that occurrence reads as a clause: the token has no punctuation
# after it and the next word begins in lower case or with a digit (`Doyle|is ready`,
# `Japan|on 3 May`; not `Dunk|in,` nor the first names of `Row|an Hale`).
# Only the endings that are prepositions or verbs (data/name_endings: `is`, `in`, `on`, `at`,
# `to`, `as`, `by`) may be read so; `-us` and `-an` end names too often (`Lott|us group`).
CLAUSE_NAME_ENDINGS = frozenset({"is", "in", "on", "at", "to", "as", "by"})
# A capitalised token of a two-letter function word and another function word (`Inits`,
# `Asfor`, `Itis`) is as often a short name (`Orin`, `Asher`, `Onan`): it is split only where
# a clause follows — elsewhere this cost rules the split out.
FUNCTION_PAIR_COST = 20.0
# An unknown capitalised token ending in a clause word (data/clause_words: `said`, `has`,
# `was`) may be an unknown name glued to it (`Quorvex|was`). An unknown word ends in those
# letters about this often (log10; measured on wordfreq's rare words, -4 to -5), and a clause
# following the occurrence (see _clause_follows) is worth this much more for the split.
CLAUSE_TAIL_RATE = -4.5
CLAUSE_CONTEXT_GAIN = 2.0
# A preposition before a weekday's or a month's name is one too (`Arena|on Friday`,
# `Leeds|in June`), although the name is capitalised.
# (The names are data/date_names; data/auxiliaries, the verbs a past participle follows:
# `has|won`, `is|convinced`.)
DATE_PREPOSITIONS = frozenset({"on", "in", "at", "by"})
# A three-letter head before a name ending makes a name (`Bot|in`, `Col|in`) unless it is a
# word this common (Zipf) and a clause follows (`Cup|is her goal`, `Pan|is hot`); a function
# word there makes a function-word pair (`She|is`), split only where a sentence opens.
SHORT_HEAD_ZIPF = 4.5
# What may stand before a capitalised word that shows it is used as a name (`Mr Ash`, `, Tory`).
NAME_EVIDENCE = frozenset({",", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady"})
# Words that follow a name more often than a clause's first word: `Orin and Tess`.
NAME_FOLLOWERS = frozenset({"and", "or", "nor"})
# A capitalised word after a lower-case one that no dictionary knows needs this many letters.
UNKNOWN_NAME_MIN = 5
# A two-letter capitalised word after a lower-case one must be this common (`Mr`), or a
# title after a function word (`for|Ms`, `to|St`).
SHORT_NAME_ZIPF = 5.5
TITLES = frozenset({"Mr", "Ms", "Dr", "St"})
# A sentence opener is split off only before a common word (`He|said`, not `Of|tel`).
OPENER_NEXT_ZIPF = 5.0
# A capitalised token made of content words only (`Sports|week`, `Bright|mail`, `Movie|link`)
# is as often a brand as glue: such a split costs this much more. Content words are those
# rarer than CONTENT_ZIPF; `Blair|said`, `The|government` have a common part and do not pay.
BRAND_COST = 1.5
CONTENT_ZIPF = 6.0
# ... unless the last part is a past-tense verb (`Keller|praised`, `Spain|refused`, `Moreno|won`)
# or a clause word (data/clause_words: `Acme|says`): a name and what it did is a clause, and
# brands are made of nouns. A regular form is an `-ed`
# word whose stem (`prais(e)`, `walk`, `stop(p)`, `tr(y)`) is at least this common (Zipf);
# irregular forms are listed in data/past_tense_verbs.
PAST_STEM_ZIPF = 3.5
# The language's very commonest word(s) (English: `the`).
TOP_WORD_ZIPF = 7.5
# Words at least this frequent (Zipf) are function words: `the`, `of`, `has`, `said`.
FUNCTION_ZIPF = 6.0
# Probability of one unseen word of a given shape. Capitalised unknown tokens are mostly names,
# so the single reading of `Cranebrook` is stronger than that of `economicgrowth`.
# Long unknown tokens are less and less likely one word (names are mostly short), so past
# UNKNOWN_LENGTH letters each letter lowers the single reading by UNKNOWN_SLOPE.
# A lower-case word glued to a capitalised one (`inSydney`) is rarely a spelling in prose
# (`eBay`, `iPod` have one-letter heads and never match).
UNKNOWN_LOWER = -10.5
UNKNOWN_CAPITALISED = -11.0
UNKNOWN_INNER_CAPITAL = -18.0
UNKNOWN_LENGTH = 9
UNKNOWN_SLOPE = 0.7
# wordfreq counts web text, glue typos included: a known word whose frequency is within this
# factor (log10) of what glueing its best split would produce is treated as unknown.
GLUE_RATE = -3.0
GLUE_SLACK = 1.5
# ... for tokens of at least this many letters, without one-letter parts (`abut` is a word).
GLUE_MIN_LENGTH = 4
# Weight of the document's own word counts against wordfreq's (a cache language model); a
# short text counts as this many tokens, so one paragraph's words do not outweigh wordfreq.
DOCUMENT_WEIGHT = 0.1
DOCUMENT_MIN_TOKENS = 200
# How much likelier the split reading must be (log10): applied when above SAFE_MARGIN,
# suggested for review when above SUGGEST_MARGIN.
SAFE_MARGIN = 2.0
SUGGEST_MARGIN = 1.0
# A lower-case token split in two around a function word (`notes|from`, `to|glean`, `well|beyond`)
# is safe from this margin, unless another cut scores within CLOSE_CUT of it (`we|blogger` and
# `web|logger`): glue next to a function word is the commonest kind, and compounds are made of
# content words.
FUNCTION_SAFE_MARGIN = 1.5
CLOSE_CUT = 3.5

# Punctuation that most often follows a word in running text (for the fast path): 99.3 % of a
# news article's common-word tokens end in nothing, a comma or a full stop. The rare others
# (`said:`, `said?`) are read once and remembered (read_tokens); more endings would triple
# the common-token set, a table read at random for every token, for a few tokens an article.
COMMON_ENDINGS = ("", ",", ".")
# Characters stripped from a whitespace token's ends to get its core: quotes, brackets and
# sentence punctuation. Letters, digits and inner punctuation stay in the core.
OUTER_PUNCTUATION = string.punctuation + "“”‘’«»‹›„‚…–—•·¡¿"
# Characters that make a token code, a path or markup rather than prose: never segmented.
# A hyphen joins a compound (`anti-government`) or ends a line's broken word (`heraus-`).
CODE_CHARACTERS = frozenset("()[]{}<>=;:/\\`_@#$%^&*|~+-0123456789")

# Token shapes (on the core) that may hide glued words. What they must not match: ALL-CAPS,
# CamelCase starting with a capital (`TimeWarner`, `McDonald`, `YouTube`), digits, apostrophes
# and hyphens (`Rosneft's`, `well-known`): those are spellings, not glue.
LOWER = regex.compile(r"\p{Ll}+")
CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")
# A lower-case word glued to a name: `inSydney`. `eBay`, `iPod` have a one-letter head.
WORD_THEN_NAME = regex.compile(r"(?P<head>\p{Ll}{2,})(?P<name>\p{Lu}\p{Ll}+)")


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
    # once (see _candidates).
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
    for word, freq in lexicon.frequencies.items():
        zipf = math.log10(freq) + 9.0
        if zipf < LONG_PART_MIN_ZIPF:
            break  # the rest are rarer still: the lexicon lists words by falling frequency
        if word.isalpha() and zipf >= PART_MIN_ZIPF.get(len(word), LONG_PART_MIN_ZIPF):
            parts[word] = zipf - 9.0
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

    @property
    def context_cost(self) -> float:
        """The most the context of an occurrence can add to the margin."""
        return self.clause_cost + self.opening_cost

    def in_context(self, clause: bool, opening: bool | float) -> Split:
        """The split for one occurrence: whether a clause follows it and it opens a sentence
        (only its truth counts: a caller passes a zero ``opening_cost`` for "never asked")."""
        gain = (self.clause_cost + (self.opening_cost if opening else 0.0)) if clause else 0.0
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


# A capitalised word after a space, ending there (no letter or digit follows); and the word or
# comma before a space, read backwards from it: what :meth:`Document.words_before` reads.
CAPITALISED_AFTER_SPACE = regex.compile(r" (\p{Lu}\p{L}*)(?![\p{L}\p{N}])")
WORD_OR_COMMA_BEFORE = regex.compile(r"(?r)(?:\p{L}+|,)\Z")


class Document:
    """The text's own words (case-folded counts of token cores) as evidence for segmentation.

    Counted on first use — a text with no candidate token never counts its words — and from
    the lower-cased text split at white space in one go, so that only the distinct tokens
    with outer punctuation cost a step of their own.
    """

    def __init__(self, text: str, vocab: Vocabulary, allow: frozenset[str]) -> None:
        self.text = text
        # The user's allow-listed words are words of the domain: admissible parts (so
        # `Niendorfsaid` splits when `Niendorf` is allowed), though not evidence about case.
        self.allowed = frozenset(word.lower() for word in allow)
        self.vocab = vocab

    @cached_property
    def punctuation(self) -> str:
        """The characters of OUTER_PUNCTUATION the text holds: stripping a token of these
        gives its core as stripping it of all of them does, and costs a third as much, since
        ``str.strip`` reads its whole argument on every call (an article holds seven or so)."""
        return "".join([character for character in OUTER_PUNCTUATION if character in self.text])

    @cached_property
    def _counted(self) -> tuple[Counter[str], int]:
        """(counts of the lower-cased token cores, number of whitespace tokens).

        Lower-casing before stripping gives the same cores: outer punctuation has no case,
        and white space ends the context of a final sigma. Stripping and counting run in C
        (``map`` of ``str.strip`` into ``Counter``); a token of punctuation alone has no core."""
        tokens = self.text.lower().split()
        counts = Counter(map(str.strip, tokens, repeat(self.punctuation)))
        counts.pop("", None)
        return counts, len(tokens)

    @cached_property
    def counts(self) -> Counter[str]:
        return self._counted[0]

    @cached_property
    def total(self) -> int:
        return max(DOCUMENT_MIN_TOKENS, self._counted[1])

    def part_logp(self, part: str) -> float | None:
        """log10 probability of a part: wordfreq's mixed with the document's (a cache model).

        A function word is as frequent in every text, and wordfreq knows its frequency better
        than one text does: the document is evidence for the other words."""
        known = self.vocab.parts.get(part)
        seen = self.counts.get(part, 0) + (part in self.allowed)
        if not seen or part in self.vocab.function_words:
            return known
        if known is None and len(part) < 3:
            return None
        mixed = (1 - DOCUMENT_WEIGHT) * (10.0 ** known if known is not None else 0.0)
        return math.log10(mixed + DOCUMENT_WEIGHT * seen / self.total)

    def single_logp(self, core: str, unknown: float, best_split_words: float | None,
                    first_part: str) -> float:
        """log10 probability of ``core`` as one word; ``best_split_words`` prices its glue
        (None when short words make the glue reading too weak to explain a word: `abut`).

        A token the text uses again is likelier a word (`Cameraactive` three times) —
        unless it is lower-case or camelCase and begins with a function word: the same glue
        recurs (`inChina`, `ofthe`), while a name does (`Anand`).
        """
        low = core.lower()
        logp = self.vocab.word_logp(low)
        if logp is None or (best_split_words is not None
                            and logp < best_split_words + GLUE_RATE + GLUE_SLACK):
            logp = unknown  # unknown, or no more frequent than its own glue typo would be
        others = self.counts.get(low, 0) - 1
        if others > 0 and (core[0].isupper() or not self._is_function_word(first_part)):
            logp = math.log10((1 - DOCUMENT_WEIGHT) * 10.0 ** logp + DOCUMENT_WEIGHT * others / self.total)
        return logp

    def segment(self, low: str) -> tuple[float, float, tuple[int, ...]] | None:
        """Best segmentation of ``low`` into two or more parts (Viterbi).

        Returns (score with split costs, score of the words alone, cuts), or None.
        """
        n = len(low)
        best: list[tuple[float, float, int] | None] = [None] * (n + 1)
        best[0] = (0.0, 0.0, -1)
        for end in range(1, n + 1):
            top = None
            for start in range(max(0, end - MAX_PART), end):
                prev = best[start]
                if prev is None or end - start == n:
                    continue
                logp = self.part_logp(low[start:end])
                if logp is None:
                    continue
                score = prev[0] + logp - (SPLIT_COST if start else 0.0)
                if top is None or score > top[0]:
                    top = (score, prev[1] + logp, start)
            best[end] = top
        if best[n] is None:
            return None
        cuts = []
        at = n
        while at > 0:
            start = best[at][2]  # type: ignore[index]
            if start:
                cuts.append(start)
            at = start
        if not cuts:
            return None
        return best[n][0], best[n][1], tuple(reversed(cuts))  # type: ignore[index]

    def split(self, core: str) -> Split | None:
        """The split of a candidate token core, if one is at least plausible."""
        match = WORD_THEN_NAME.fullmatch(core)
        if match:
            return self._split_word_then_name(core, match)
        return self._split_word(core, core.lower())

    def set_aside(self, candidates: list[Candidate]) -> tuple[Iterable[Candidate], list[Candidate]]:
        """The candidates settled unsplit without pricing, and the rest.

        Most candidates are inert — wordfreq's parts alone rule a split out and no clause word
        ends them — and share no prefix or suffix with the text's words: those are told apart
        in C, a few steps for the whole list."""
        if self.allowed:
            return (), candidates
        inert = list(filter(_INERT, candidates))
        shares_none = list(map(self.counts.keys().isdisjoint, map(_PIECES, inert)))
        return (compress(inert, shares_none),
                [*filterfalse(_INERT, candidates), *compress(inert, map(not_, shares_none))])

    def split_candidate(self, cand: Candidate) -> Split | None:
        """:meth:`split` for a candidate, whose shape and affixes are known already.

        Most candidates are rare words and names that no reading splits: when wordfreq's
        parts alone rule a split out (``cand.may_split``) and the document uses none of the
        token's prefixes and suffixes, one set intersection settles it; when it uses some,
        pricing those again settles it.
        """
        known = cand.affixes
        if known is None:  # Shape.WORD_THEN_NAME, the one shape read without affixes
            return self.split(cand.core)
        seen = self._seen(known.pieces)
        if not cand.may_split and not (
                seen and self._may_split(cand.low, unknown_logp(cand.core), known, seen)):
            if cand.clause_tail:
                return self._split_name_then_clause_word(cand.core, cand.low)
            return None
        return self._split_word(cand.core, cand.low, known, seen)

    def _split_word(self, core: str, low: str, known: Affixes | None = None,
                    seen: set[str] | None = None) -> Split | None:
        """:meth:`split` for a lower-case or a capitalised word (``overthe``, ``Khansaid``),
        given its affixes and those the document uses, when known; for a capitalised one, the
        better of that and an unknown name glued to a clause word (``Vantreck|has``)."""
        split = self._split_into_words(core, low, known, seen)
        if core[0].isupper() and (split is None or split.margin + split.context_cost < SAFE_MARGIN):
            named = self._split_name_then_clause_word(core, low)
            if named is not None and (split is None or named.margin + named.context_cost
                                      > split.margin + split.context_cost):
                return named
        return split

    def _split_name_then_clause_word(self, core: str, low: str) -> Split | None:
        """``Quorvex|was``, ``Ferrante|said``: a name no dictionary knows, then a clause word
        (data/clause_words), split only where a clause follows (see CLAUSE_CONTEXT_GAIN).

        Both readings have an unknown name in them; what tells them apart is the tail: an
        unknown word ends in the letters of a clause word about once in CLAUSE_TAIL_RATE,
        while the split reading has the word itself at its frequency.
        """
        if not low.endswith(clause_word_endings()):
            return None  # one test in C clears most tokens
        tail = max((word for word in word_list("clause_words") if low.endswith(word)), key=len)
        if len(low) - len(tail) < UNKNOWN_NAME_MIN - 1:
            return None
        head = low[:-len(tail)]
        if self.part_logp(head) is not None:
            return None  # a known head: the segmentation has weighed this reading already
        # The unknown word is priced as the unknown name plus the tail's letters (not by the
        # whole token's length: that slope would favour the split of any long name).
        head_logp = unknown_logp(core[:len(head)])
        words = head_logp + self.vocab.parts[tail]
        single = self.single_logp(core, head_logp, words, head)
        if single <= head_logp:
            single += CLAUSE_TAIL_RATE  # an unknown word that happens to end in `said`
        margin = words - SPLIT_COST - single
        if margin + CLAUSE_CONTEXT_GAIN < SUGGEST_MARGIN:
            return None
        return Split((len(head),), margin, clause_cost=CLAUSE_CONTEXT_GAIN)

    def _split_into_words(self, core: str, low: str, known: Affixes | None = None,
                          seen: set[str] | None = None) -> Split | None:
        """The Viterbi reading of ``core`` as words the language or the document knows."""
        capitalised = core[0].isupper()
        clause_cost = opening_cost = 0.0
        unknown = unknown_logp(core)
        if not self._may_split(low, unknown, known or affixes(self.vocab.lexicon.language, low), seen):
            return None
        segmented = self.segment(low)
        if segmented is None:
            return None
        score, words, cuts = segmented
        parts = _parts(low, cuts)
        if capitalised:
            short_head = (len(parts) == 2 and len(parts[0]) == 3 and parts[1] in CLAUSE_NAME_ENDINGS
                          and SHORT_HEAD_ZIPF - 9.0 <= self.vocab.parts.get(parts[0], -99.0) < FUNCTION_ZIPF - 9.0)
            if short_head:
                clause_cost = FUNCTION_PAIR_COST  # `Cup|is her goal`: only where a clause follows
                score -= FUNCTION_PAIR_COST
            elif not _name_parts_plausible(parts, self.vocab):
                if not self._function_word_pair(parts):
                    return None
                opening_cost = FUNCTION_PAIR_COST  # `In|its latest`, `It|is the`: only where a
                # sentence opens (the capital is the sentence's) and a clause follows
                score -= FUNCTION_PAIR_COST
            if parts[-1] in word_list("name_endings"):
                score -= NAME_ENDING_COST
                if parts[-1] in CLAUSE_NAME_ENDINGS and (len(parts[-2]) >= 4 or short_head):
                    clause_cost += NAME_ENDING_COST
            elif (len(parts) == 2 and self._is_function_word(parts[1])
                  and not self._other_cut_close(low, cuts[0])):
                # `Keller|said it`, `Kenya|by 2030`: a name and a function word before a clause
                # is as safe as a lower-case word and a function word (FUNCTION_SAFE_MARGIN)
                clause_cost = SAFE_MARGIN - FUNCTION_SAFE_MARGIN
            # Each part of a segmentation has a log probability (see segment): never None here.
            part_logp = cast("Callable[[str], float]", self.part_logp)
            if all(part_logp(part) < CONTENT_ZIPF - 9.0 for part in parts) and not (
                    is_past_tense(parts[-1], self.vocab) or parts[-1] in word_list("clause_words")
                    or self._used_as_name(core[:len(parts[0])])):
                score -= BRAND_COST
                opening_cost += BRAND_COST
        if not all(map(self._may_be_glue_seam, parts, parts[1:])):
            return None  # `Steuerreform|pläne`, `Unternehmer|in`, `regimental|mente`: one word
        score -= COMPOUND_COST * self._compound_seams(parts) + CHAIN_COST * (len(parts) - 2)
        explains = words if len(core) >= GLUE_MIN_LENGTH and min(map(len, parts)) > 1 else None
        margin = score - self.single_logp(core, unknown, explains, parts[0])
        safe = SAFE_MARGIN
        if self._is_word_of_its_own(low, parts, explains is not None):
            safe = math.inf  # `inpatients`, `asbestosis`: at most suggested
        elif (not capitalised and len(parts) == 2 and any(map(self._is_function_word, parts))
                and not self._other_cut_close(low, cuts[0])):
            safe = FUNCTION_SAFE_MARGIN
        split = Split(cuts, margin, clause_cost, opening_cost, safe)
        return split if margin + split.context_cost >= SUGGEST_MARGIN else None

    def _is_word_of_its_own(self, low: str, parts: list[str], glue_explains: bool) -> bool:
        """Whether wordfreq knows ``low`` as a word more often than glueing its ``parts``
        would write it (by wordfreq alone; ``glue_explains`` is False where glue cannot
        explain a word, see :meth:`single_logp`).

        Such a word (`inpatients`, `asbestosis`) splits only by the document's evidence for a
        part: a text about patients uses `patients` often, which raises the part and not the
        compound. Topic words do that, so the split is proposed, never applied.
        """
        logp = self.vocab.word_logp(low)
        if logp is None:
            return False
        glued = sum(map(self.vocab.parts.get, parts, repeat(-99.0)))
        return not glue_explains or logp >= glued + GLUE_RATE + GLUE_SLACK

    def _may_split(self, low: str, unknown: float, known: Affixes, seen: set[str] | None = None) -> bool:
        """A cheap necessary condition for a split, so that most rare words skip the Viterbi.

        Any split's score is at most (best prefix part) + (best suffix part) - SPLIT_COST:
        middle parts and costs only lower it. The single reading is at least the token's own
        frequency, or the unknown-word probability if glue could explain that frequency.
        What wordfreq says of the token's prefixes and suffixes is the same in every text
        (see :func:`affixes`); only those the document uses are priced again.
        """
        if seen is None:
            seen = self._seen(known.pieces)
        # The document prices again those of its prefixes (then suffixes) that it uses; with
        # no part on one side no split exists, and the other side need not be priced.
        prefix = self._best_part(known.best_prefix, known.prefixes,
                                 {len(part) - 2: part for part in seen if low.startswith(part)})
        if prefix is None:
            return False
        suffix = self._best_part(known.best_suffix, known.suffixes,
                                 {len(low) - len(part) - 2: part for part in seen if low.endswith(part)})
        return _bound_allows_split(prefix, suffix, known.own, unknown)

    def _seen(self, pieces: tuple[str, ...]) -> set[str]:
        """Those of a token's ``pieces`` that the document uses (or the user allows): one set
        intersection, in C."""
        if not self.allowed:
            return self.counts.keys() & pieces
        return (self.counts.keys() & pieces) | self.allowed.intersection(pieces)

    def _best_part(self, best: float | None, known: tuple[float | None, ...], seen: dict[int, str]) -> float | None:
        """The highest :meth:`part_logp` of a token's prefixes (or suffixes): wordfreq's
        (``known``, by position; ``best`` the highest of them), except those the document uses
        (``seen``, by position), which are priced with the document."""
        if not seen:
            return best
        values = [logp for part in seen.values() if (logp := self.part_logp(part)) is not None]
        if best is not None and best not in map(known.__getitem__, seen):
            values.append(best)  # the best known part is not one the document prices again
        else:
            values += [logp for at, logp in enumerate(known) if logp is not None and at not in seen]
        return max(values, default=None)

    def _compound_seams(self, parts: list[str]) -> int:
        """How many seams between ``parts`` look like the inside of a compound word."""
        first, last = compound_elements()
        seams = 0
        for left, right in zip(parts, parts[1:]):
            if right not in word_list("derivational_suffixes") and is_inflected_verb(left, self.vocab):
                continue  # `ended|up`, `sold|more`: compounds begin with a bare verb (`setup`)
            if (left in first and not self._is_function_word(right)
                    and right not in word_list("never_compounded")) or (
                    right in last and not self._is_function_word(left)):
                seams += 1
        return seams

    def _used_as_name(self, word: str) -> bool:
        """Whether the text uses the capitalised ``word`` on its own inside a sentence, after a
        comma, a title or a word of the language (`the Tory candidate`): then it is a name there, and a
        token that begins with it is more likely that name glued to a word than a brand
        (`Tory|leader`). Another language's capitalised nouns (German `dem Blog`) do not count."""
        if not self.counts.get(word.lower()):
            return False
        if is_common_foreign_word(word, self.vocab.lexicon.language):
            return False  # German `dem Blog`: another language capitalises its nouns
        return any(before in NAME_EVIDENCE or before.lower() in self.vocab.parts
                   for before in self.words_before(word) if before == "," or before[-1].islower())

    def words_before(self, word: str) -> Iterator[str]:
        """The word or comma before each `` word`` of the text that ends there, for a capitalised
        ``word``: what ``regex.findall(r"(\\p{L}+|,) " + word + r"(?![\\p{L}\\p{N}])", text)``
        gives, read only where `` word`` stands (:attr:`capitalised_places`). Like ``findall``'s,
        the matches do not overlap: a word before is never the end of the previous match (`the
        Tory Tory` gives `the` once)."""
        matched_to = 0
        for space in self.capitalised_places.get(word, ()):
            before = WORD_OR_COMMA_BEFORE.search(self.text, matched_to, space)
            if before is not None:
                yield before.group()
                matched_to = space + 1 + len(word)

    @cached_property
    def capitalised_places(self) -> dict[str, list[int]]:
        """Where each capitalised word stands after a space and ends (the space's offset), found
        in one pass. Names are asked about one at a time, and a search of the whole text for each
        made cleaning a text of a few megabytes take minutes."""
        places: dict[str, list[int]] = {}
        for found in CAPITALISED_AFTER_SPACE.finditer(self.text):
            places.setdefault(found.group(1), []).append(found.start())
        return places

    def _other_cut_close(self, low: str, cut: int) -> bool:
        """Whether another cut of ``low`` into two words scores nearly as well as ``cut``
        (`we|blogger`, `web|logger`): the token is then ambiguous, whatever it is."""
        def score(at: int) -> float | None:
            left, right = self.part_logp(low[:at]), self.part_logp(low[at:])
            return None if left is None or right is None else left + right
        best = cast(float, score(cut))  # never None: ``cut`` is a segmentation's, its parts are known
        return any((other := score(at)) is not None and other >= best - CLOSE_CUT
                   for at in range(2, len(low) - 1) if at != cut)

    def _function_word_pair(self, parts: list[str]) -> bool:
        """A clause opener and a function word: a two-letter one of data/clause_openers
        (`In|its`, `As|for`, `It|is`) or a longer function word (`She|is`, `But|at`). Short
        names look like them too (`Or|in`, `As|her`, `On|an`), so such a split is made only
        where a sentence opens and a clause follows."""
        first = parts[0]
        return (len(parts) == 2 and self._is_function_word(parts[1])
                and (first in word_list("clause_openers") or (len(first) >= 3 and self._is_function_word(first))))

    def _may_be_glue_seam(self, left: str, right: str) -> bool:
        """Whether two parts may meet as glued words rather than inside one word.

        Not where the language builds words (data/affix_words: a prefix before the seam or an
        ending after it, German `nach|reichte`, `Unternehmer|in`, Spanish `regimental|mente`),
        and in a language that writes compounds closed only beside a function word
        (`Beitrag|von`; `Steuerreform|pläne` is a compound).
        """
        affixes = affix_words(self.vocab.lexicon.language)
        if f"{left}-" in affixes or f"-{right}" in affixes:
            return False
        if self.vocab.lexicon.language not in word_list("closed_compound_languages"):
            return True
        return self._is_function_word(left) or self._is_function_word(right)

    def _is_function_word(self, word: str) -> bool:
        return word in self.vocab.function_words

    def near_miss_reading(self, core: str, names: dict[str, str]) -> str | None:
        """``Maduro either progress`` for ``Madureitherprogress``: a head one edit from a
        document name, then words (one word, or words the Viterbi finds)."""
        low = core.lower()
        for cut in _near_miss_cuts(low):
            head, rest = low[:cut], low[cut:]
            name = next((names[k] for k in _one_edit_keys(head) if k in names), None)
            if name is None or name.lower() == head or not self._is_name_here(name):
                continue
            if self.part_logp(rest) is not None and len(rest) >= 3:
                return f"{name} {core[cut:]}"
            segmented = self.segment(rest)
            if segmented is not None:
                parts = _parts(core[cut:], segmented[2])
                if all(len(p) >= 3 for p in parts):
                    return " ".join([name, *parts])
        return None

    def may_end_in_words(self, cand: Candidate) -> bool:
        """A cheap necessary condition for :meth:`near_miss_reading`: the words after the
        head end the token, so the token's last word is a part, and it is no longer than the
        rest after the shortest head and no shorter than after the longest.

        A part is one wordfreq knows — the candidate's suffixes say so already, without a
        lookup (``Affixes.suffixes[i]`` is ``low[i + 2:]``'s) — or one the document uses."""
        low = cand.low
        known = cand.affixes.suffixes[NEAR_MISS_MIN_WORD - 3:len(low) - 4] if cand.affixes else ()
        return known.count(None) < len(known) or any(
            self.part_logp(low[cut:]) is not None for cut in _near_miss_cuts(low))

    def _is_name_here(self, word: str) -> bool:
        """Whether the capitalised ``word`` is a name in this text: a common word of the language
        (`Under`, `Light`) only where the text uses it inside a sentence (see
        :meth:`_used_as_name`), since at a sentence's start every word is capitalised."""
        logp = self.vocab.word_logp(word.lower())
        return logp is None or logp < NEAR_MISS_COMMON_ZIPF - 9.0 or self._used_as_name(word)

    def _split_word_then_name(self, core: str, match: regex.Match) -> Split | None:
        """``inSydney``: the case change marks the cut; the head must be words, the name a name."""
        head, name = match.group("head"), match.group("name")
        if head in word_list("name_particles"):
            return None
        if len(name) == 2 and (self.vocab.word_logp(name.lower()) or -99.0) < SHORT_NAME_ZIPF - 9.0 and not (
                name in TITLES and self._is_function_word(head)):
            return None  # `subRl`, `specLa`: notation, not a title like `Mr` (`for|Ms`, `to|St`)
        readings: list[tuple[float, tuple[int, ...]]] = []  # the head as one word, or as words glued together
        as_word = self.part_logp(head)
        if as_word is None and len(head) >= MIN_TOKEN:  # the case change marks the cut, so
            as_word = self.vocab.word_logp(head)        # any word wordfreq knows will do
        if as_word is not None:
            readings.append((as_word, ()))
        segmented = self.segment(head) if len(head) >= MIN_TOKEN else None
        if segmented is not None:
            readings.append((segmented[0], segmented[2]))
        if not readings:
            return None
        head_score, head_cuts = max(readings)
        name_score = self.part_logp(name.lower())
        if name_score is None:  # the case change marks the cut: any known word will do
            name_score = self.vocab.word_logp(name.lower())
        if name_score is None:
            if len(name) < UNKNOWN_NAME_MIN:
                return None  # `franFals`, `valueNum`: OCR debris or notation, not a name
            name_score = UNKNOWN_CAPITALISED
        score = head_score + name_score - SPLIT_COST
        cuts = (*head_cuts, len(head))
        first = head[:cuts[0]]
        margin = score - self.single_logp(core, UNKNOWN_INNER_CAPITAL, head_score + name_score, first)
        return Split(cuts, margin) if margin >= SUGGEST_MARGIN else None


class Affixes(NamedTuple):
    """What wordfreq says of a token's prefixes and suffixes (two letters up to all but two)
    and of the token itself: the log probability of each prefix, shortest first, and of each
    suffix, longest first (None where it is no part), the best of each, and the token's own;
    and those of the prefixes and suffixes that are no function word: their use in a
    document is evidence too (see :meth:`Document.part_logp`)."""

    prefixes: tuple[float | None, ...]
    suffixes: tuple[float | None, ...]
    best_prefix: float | None
    best_suffix: float | None
    own: float | None
    pieces: tuple[str, ...]


def _bound_allows_split(prefix: float | None, suffix: float | None, own: float | None,
                        unknown: float) -> bool:
    """Whether a split can beat the single reading of a token, given its best prefix and
    suffix parts, its own log probability (None: unknown) and the unknown-word probability."""
    if prefix is None or suffix is None:
        return False
    bound = prefix + suffix - SPLIT_COST
    if own is None or own < bound + SPLIT_COST + GLUE_RATE + GLUE_SLACK:
        own = min(unknown, own) if own is not None else unknown
    return bound - own >= SUGGEST_MARGIN


def unknown_logp(core: str) -> float:
    """log10 probability of ``core`` as some word no dictionary knows, by its case and length."""
    return (UNKNOWN_CAPITALISED if core[0].isupper() else UNKNOWN_LOWER) - UNKNOWN_SLOPE * max(
        0, len(core) - UNKNOWN_LENGTH)


def affixes(language: str, low: str, frequency: float | None = None) -> Affixes:
    """:class:`Affixes` of a lower-case token (whose wordfreq frequency may be given): the
    same in every document. Looked up with ``map`` over cached slices, so a token costs a few
    calls whatever its length."""
    parts = vocabulary(language).parts
    pieces = tuple(map(low.__getitem__, _affix_slices(len(low))))
    logps = list(map(parts.get, pieces))
    half = len(logps) // 2
    prefixes, suffixes = tuple(logps[:half]), tuple(logps[half:])
    if frequency is None:
        frequency = vocabulary(language).lexicon.frequencies.get(low)
    # filter(None, ...) drops only the Nones: a part's log probability is below 0, never 0.
    return Affixes(prefixes, suffixes, max(filter(None, prefixes), default=None),
                   max(filter(None, suffixes), default=None),
                   math.log10(frequency) if frequency else None,
                   _evidence_pieces(pieces, vocabulary(language).function_words))


def _evidence_pieces(pieces: tuple[str, ...], function_words: frozenset[str]) -> tuple[str, ...]:
    """Those of a token's prefixes and suffixes whose use in a document can change their price
    (:meth:`Document.part_logp`): no function word, and none of two letters, which is a part
    only as a function word (PART_MIN_ZIPF) and which no document makes one.

    ``pieces`` are as :func:`_affix_slices` cuts them, so the two-letter ones are the first
    (the shortest prefix) and the last (the shortest suffix): a slice drops them, in C."""
    return tuple(filterfalse(function_words.__contains__, pieces[1:-1]))


@lru_cache(maxsize=None)
def _affix_slices(length: int) -> tuple[slice, ...]:
    """The slices that cut a token of ``length`` letters into a prefix, then into a suffix,
    of two letters up to all but two."""
    return (*(slice(None, i) for i in range(2, length - 1)), *(slice(i, None) for i in range(2, length - 1)))


def _parts(low: str, cuts: tuple[int, ...]) -> list[str]:
    bounds = (0, *cuts, len(low))
    return [low[a:b] for a, b in zip(bounds, bounds[1:])]


def _name_parts_plausible(parts: list[str], vocab: Vocabulary) -> bool:
    """Whether a capitalised token's parts could be a name or word and then words.

    Names begin and end with what look like short words (`Or|in`, `As|her`, `Bot|in`,
    `Louis|a`), so a part needs three letters, with these exceptions: a two-letter first word
    before a long word (`In|addition`), before one of the language's very commonest words of
    three letters or more (`In|the`, `At|the`; not `Or|in`, `An|and`), or that is a sentence opener
    (`He|said`, `It|is`; data/sentence_openers); and a two-letter last word after a head of four
    or more letters (`England|is`, `Bank|of`), or of three when it is no common name ending
    (`But|it`, not `Bot|in`; data/name_endings).
    """
    first, second = parts[0], parts[1]
    if len(first) == 2:
        second_zipf = vocab.parts.get(second, -99.0) + 9.0
        opener = first in word_list("sentence_openers") and second_zipf >= OPENER_NEXT_ZIPF
        top = len(second) >= 3 and second_zipf >= TOP_WORD_ZIPF
        if not (len(second) >= 5 or opener or top):
            return False
        parts = parts[1:]
        if len(parts) == 1:  # `He|said`; but `He|in`, `We|is` are names (data/name_endings)
            return len(parts[0]) >= 3 or parts[0] not in word_list("name_endings")
    last = parts[-1]
    if len(last) == 2 and len(parts) >= 2 and (
            len(parts[-2]) >= 4 or (len(parts[-2]) == 3 and last not in word_list("name_endings"))):
        parts = parts[:-1]
    return all(len(part) >= 3 for part in parts)


def is_inflected_verb(word: str, vocab: Vocabulary) -> bool:
    """Whether ``word`` is a verb's past tense or ``-ing`` form (``ended``, ``built``,
    ``moving``): compound nouns with a particle take the bare verb (``setup``, ``payback``)."""
    if is_past_tense(word, vocab):
        return True
    if len(word) < 6 or not word.endswith("ing"):
        return False
    stems = [word[:-3], word[:-3] + "e"]
    if word[-4] == word[-5]:
        stems.append(word[:-4])  # `setting`
    return _has_known_stem(stems, vocab)


def is_past_tense(word: str, vocab: Vocabulary) -> bool:
    """Whether ``word`` (lower-case) is a past-tense verb form: an irregular one
    (``data/past_tense_verbs``), or ``-ed`` after a known stem (``praised``, ``walked``,
    ``stopped``, ``tried``)."""
    if word in word_list("past_tense_verbs"):
        return True
    if len(word) < 5 or not word.endswith("ed"):
        return False
    stems = [word[:-1], word[:-2]]
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")  # `tried`
    if word[-3] == word[-4]:
        stems.append(word[:-3])  # `stopped`, `planned`
    return _has_known_stem(stems, vocab)


def _has_known_stem(stems: list[str], vocab: Vocabulary) -> bool:
    """Whether any of a form's possible ``stems`` is a word of three letters or more at least
    PAST_STEM_ZIPF common: then the form is that verb's."""
    floor = PAST_STEM_ZIPF - 9.0
    return any(len(stem) >= 3 and vocab.parts.get(stem, -99.0) >= floor for stem in stems)


@lru_cache(maxsize=16)
def affix_words(language: str) -> frozenset[str]:
    """The words of ``language`` that are also its prefixes (``nach-``) or endings (``-in``),
    written so (data/affix_words: lines of a language code and such a word)."""
    return frozenset(word for code, word in map(str.split, word_list("affix_words")) if code == language)


@lru_cache(maxsize=1)
def compound_elements() -> tuple[frozenset[str], frozenset[str]]:
    """Words that begin and that end compounds (``data/compound_elements.txt``)."""
    entries = [line.split(":", 1) for line in word_list("compound_elements")]
    first = frozenset(word.strip() for side, word in entries if side == "first")
    last = frozenset(word.strip() for side, word in entries if side == "last")
    return first, last


class Shape(Enum):
    """The shapes of token core that may hide glued words (see LOWER, CAPITALISED,
    WORD_THEN_NAME)."""

    LOWER = "lower"
    CAPITALISED = "capitalised"
    WORD_THEN_NAME = "word then name"


class Candidate(NamedTuple):
    """A distinct token of the text whose core may be glued words."""

    token: str
    core_start: int  # offset of the core within the token
    core: str
    low: str  # the core in lower case
    shape: Shape
    # What wordfreq says of the core's prefixes and suffixes, and whether they alone allow a
    # split (Document.split_candidate); None and False for WORD_THEN_NAME.
    affixes: Affixes | None
    may_split: bool
    # Whether a capitalised core ends in a clause word (`Ferrantesaid`): a name may be
    # glued to it (Document._split_name_then_clause_word).
    clause_tail: bool
    # Whether only the document's use of a prefix or suffix could split it: not may_split,
    # no clause_tail, not WORD_THEN_NAME (Document.set_aside).
    inert: bool


class Reading(NamedTuple):
    """What a candidate's core is, whatever text it stands in (see :func:`core_reading`)."""

    low: str
    shape: Shape
    affixes: Affixes | None
    may_split: bool
    clause_tail: bool
    inert: bool


_INERT = attrgetter("inert")
_PIECES = attrgetter("affixes.pieces")


def _is_capitalised_candidate(cand: Candidate) -> bool:
    return cand.shape is Shape.CAPITALISED


def _candidates(tokens: Collection[str], language: str, allow: frozenset[str]) -> list[Candidate]:
    """The candidates among a text's distinct ``tokens``, less the user's allow-listed words.

    Clean prose is the common case, and a text's rare tokens recur in the next texts (names,
    with and without punctuation), so each token is read once (:func:`token_candidate`) and
    remembered (``Vocabulary.read_tokens``): the text's tokens are looked up in C (``map``),
    and only those never seen are read.
    """
    read = vocabulary(language).read_tokens
    known = list(map(read.get, tokens, repeat(UNREAD)))
    if UNREAD in known:
        known = [_read_token(read, token, language) if found is UNREAD else found
                 for token, found in zip(tokens, known)]
    # No UNREAD is left in ``known``, which mypy cannot tell from the test above.
    found = filter(None, cast("list[Candidate | None]", known))
    return [cand for cand in found if cand.core not in allow] if allow else list(found)


UNREAD = object()  # what read_tokens.get gives for a token it has not read
# The most tokens remembered: as many rare tokens as 3,000 or so news articles have (the BBC
# corpus's 47,000 take 38 MB with the cores' readings). When full, the older half goes.
TOKEN_MEMORY = 1 << 16


def _read_token(read: dict[str, Candidate | None], token: str, language: str) -> Candidate | None:
    """:func:`token_candidate`, remembered in ``read``. Forgetting takes the tokens first read,
    one at a time with ``pop``, so that threads sharing the memory never miss a key."""
    if len(read) >= TOKEN_MEMORY:
        for old in list(islice(read, len(read) // 2)):
            read.pop(old, None)
    found = read[token] = token_candidate(token, language)
    return found


def token_candidate(token: str, language: str) -> Candidate | None:
    """The candidate a whitespace token is, if any (the same in every text).

    A token with any character of code, a path, a URL, an e-mail address or a handle
    (CODE_CHARACTERS) never qualifies — which is why these rules need no protected-span
    lookup: every protected span lies inside one whitespace token that has such a character —
    and of the rest only those whose core is all letters are read.
    """
    if not CODE_CHARACTERS.isdisjoint(token):
        return None
    core = token.strip(OUTER_PUNCTUATION)
    reading = core_reading(core, language) if core.isalpha() else None
    return None if reading is None else Candidate(token, token.index(core), core, *reading)


@lru_cache(maxsize=1 << 15)
def core_reading(core: str, language: str) -> Reading | None:
    """What an alphabetic token core is as a candidate for segmentation, if its shape allows one.

    The checks are ordered cheapest first: length, then one dictionary lookup for common
    words, then the shapes; only what is left is segmented. The answer depends on the core
    and the language alone, so it is cached: names and rare words recur from one document to
    the next, with and without punctuation (`Blair`, `Blair,`, `“Blair`).
    """
    if len(core) < MIN_TOKEN or len(core) > MAX_TOKEN:
        return None
    vocab = vocabulary(language)
    low = core.lower()
    frequency = vocab.lexicon.frequencies.get(low)
    if frequency is not None and frequency >= COMMON_FREQUENCY:
        return None
    shape = _shape(core)
    if shape is None or not vocab.alphabet.issuperset(low):
        return None
    if shape is Shape.WORD_THEN_NAME:
        return Reading(low, shape, None, False, False, False)
    known = affixes(language, low, frequency or 0.0)
    may_split = _bound_allows_split(known.best_prefix, known.best_suffix, known.own, unknown_logp(core))
    clause_tail = shape is Shape.CAPITALISED and low.endswith(clause_word_endings())
    return Reading(low, shape, known, may_split, clause_tail, not (may_split or clause_tail))


def _shape(core: str) -> Shape | None:
    if LOWER.fullmatch(core):
        return Shape.LOWER
    if CAPITALISED.fullmatch(core):
        return Shape.CAPITALISED
    if WORD_THEN_NAME.fullmatch(core):
        return Shape.WORD_THEN_NAME
    return None


@dataclass(frozen=True)
class Analysis:
    """What segmentation found in one text: the splits, and the capitalised tokens it could
    not split (TF404 looks at those for near misses)."""

    document: Document
    splits: dict[str, tuple[Candidate, Split]]
    unsplit_capitalised: tuple[Candidate, ...]
    # The text's distinct whitespace tokens.
    tokens: frozenset[str]
    # Whether the text reads as written in the language: if not, nothing was segmented.
    in_language: bool = True

    def near_miss_names(self, heads: list[str]) -> dict[str, str]:
        """Delete keys of the capitalised words the document uses, to find near misses fast:
        each key that a head of ``heads`` (lower-case token cores) shares with a name of the
        text, with the name — the first in the text when several share it.

        Most texts have no such key, which set operations show without a step per key; the
        names' keys are cached from one text to the next.
        """
        names = self._names()
        head_stems = set().union(*map(_stems, [low[:cut] for low in heads for cut in _near_miss_cuts(low)]))
        if head_stems.isdisjoint(chain.from_iterable(map(_stems, map(str.lower, names)))):
            return {}  # no head shares a key's length and first three letters with a name
        name_keys = set().union(*map(_one_edit_keys, map(str.lower, names)))
        wanted = name_keys.intersection(
            key for low in heads for cut in _near_miss_cuts(low) for key in _one_edit_keys(low[:cut]))
        if not wanted:
            return {}
        sharing: dict[str, list[str]] = {}
        for name in names:
            for key in wanted.intersection(_one_edit_keys(name.lower())):
                sharing.setdefault(key, []).append(name)
        return {key: found[0] if len(found) == 1 else self._first_in_text(found)
                for key, found in sharing.items()}

    def _names(self) -> set[str]:
        """The cores of the text's tokens that are capitalised words of NEAR_MISS_MIN_WORD or
        more letters: the names a near miss may stand for."""
        # Every such core is title-case, and so is its token (outer punctuation has no case):
        # ``str.istitle`` clears the rest in C before any is stripped. A title-case core of
        # ASCII letters is a capital and lower-case letters: no pattern need be run.
        cores = map(str.strip, filter(str.istitle, self.tokens), repeat(self.document.punctuation))
        return {core for core in cores if len(core) >= NEAR_MISS_MIN_WORD
                and ((core.isascii() and core.isalpha()) or CAPITALISED.fullmatch(core))}

    def _first_in_text(self, names: list[str]) -> str:
        """Which of ``names`` (token cores) the text uses first."""
        return min(names, key=self._first_places.__getitem__)

    @cached_property
    def _first_places(self) -> dict[str, int]:
        """Where each token core first occurs among the text's tokens: read once, however many
        names are compared (a text of megabytes has thousands)."""
        places: dict[str, int] = {}
        for place, token in enumerate(self.document.text.split()):
            places.setdefault(token.strip(OUTER_PUNCTUATION), place)
        return places


@lru_cache(maxsize=4)
def analyse(text: str, language: str, allow: frozenset[str]) -> Analysis:
    """Segment a text's candidates once for both TF403 and TF404 (same text, same round).

    A pure function of its arguments, memoised for the few calls of one round. Text in
    another language is not segmented (see :func:`~textfix.lexicon.looks_written_in`); the
    document's word counts settle that question for most text in the language.
    """
    document = Document(text, vocabulary(language), allow)
    tokens = frozenset(text.split())
    if not (counts_show_written_in(document.counts, text, language) or looks_written_in(text, language)):
        return Analysis(document, {}, (), tokens, in_language=False)
    splits = {}
    unsplit: list[Candidate] = []
    candidates = _candidates(tokens.difference(vocabulary(language).common_tokens), language, allow)
    settled, rest = document.set_aside(candidates)
    unsplit += filter(_is_capitalised_candidate, settled)
    for cand in rest:
        split = document.split_candidate(cand)
        if split is not None:
            splits[cand.token] = (cand, split)
        if (split is None or split.margin < SUGGEST_MARGIN) and cand.shape is Shape.CAPITALISED:
            unsplit.append(cand)  # split, if at all, only where a clause follows
    return Analysis(document, splits, tuple(unsplit), tokens)


def token_starts(text: str, token: str, start: int = 0) -> Iterator[int]:
    """Where ``token`` occurs in ``text`` as a whole whitespace-delimited token, from ``start`` on."""
    at = text.find(token, start)
    while at != -1:
        end = at + len(token)
        if (at == 0 or text[at - 1].isspace()) and (end == len(text) or text[end].isspace()):
            yield at
        at = text.find(token, end)


# Up to this many tokens are found one at a time (a search through the text each); more, among
# the text's whitespace tokens in one pass.
FEW_TOKENS = 16


def token_places(text: str, tokens: Collection[str]) -> dict[str, list[int]]:
    """Where each of ``tokens`` occurs in ``text`` as a whole whitespace-delimited token.

    An article has a glued token or two; a text of megabytes can have thousands, and a search
    through the whole text for each made it quadratic. Many are picked out of the text's tokens
    in C (``str.split``, then ``compress``), in order, and each is then found after the one
    before it, so the text is read once and only the tokens sought take a step in Python.
    """
    if len(tokens) <= FEW_TOKENS:
        return {token: list(token_starts(text, token)) for token in tokens}
    places: dict[str, list[int]] = {token: [] for token in tokens}
    words = text.split()
    at = 0
    for token in compress(words, map(places.__contains__, words)):
        # Only unsought tokens lie between ``at`` and this one, so its first whole
        # occurrence from ``at`` on is this one.
        at = next(token_starts(text, token, at))
        places[token].append(at)
        at += len(token)
    return places


def glued_words(text: str, context: Context) -> Iterator[Edit]:
    """Insert the spaces in a token made of glued words (``overthe``, ``Khanannounced``,
    ``inSydney``), only inserting spaces.

    A split is applied when it is far likelier than the token being one (unknown) word, and
    suggested when it is only somewhat likelier, or when wordfreq knows the token as a word of
    its own (``inpatients``). Names and rare words (``Niendorf``, ``Cranebrook``,
    ``Peronists``), CamelCase brands (``TimeWarner``), ALL-CAPS, accented and foreign words,
    lines in another language or of code (``import getpass``), URLs and the user's allow-list
    are left alone.
    """
    language = context.options.language
    analysis = analyse(text, language, context.options.allow)
    if not analysis.in_language:
        return
    prose_lines: dict[str, bool] = {}
    places = token_places(text, analysis.splits.keys())
    for token, (cand, split) in analysis.splits.items():
        if is_common_foreign_word(cand.core, language):
            continue
        replacement = split.apply(cand.core)
        # A split that writes a vulgar word (`Hadass` as `Had ass`) is only proposed: a false
        # one would put the word into the user's text.
        proposed_only = not word_list("vulgar_words").isdisjoint(replacement.lower().split())
        for start in places[token]:
            if not _line_is_prose_in(text, start, language, prose_lines):
                continue
            if split.context_cost:
                clause = token.endswith(cand.core) and _clause_follows(
                    text, start + len(token), analysis.document.vocab, replacement.rsplit(" ", 1)[-1].lower())
                here = split.in_context(clause, clause and split.opening_cost and _opens_sentence(text, start))
            else:
                here = split
            if here.margin < SUGGEST_MARGIN:
                continue
            core_start = start + cand.core_start
            yield Edit(core_start, core_start + len(cand.core), replacement, "TF403",
                       f"glued words: {cand.core!r} reads as {replacement!r}",
                       Applicability.SUGGESTED if proposed_only else here.applicability, here.confidence)


def _line_is_prose_in(text: str, at: int, language: str, known: dict[str, bool]) -> bool:
    """Whether the line holding offset ``at`` is prose in ``language``: not a line of code
    (``import getpass``, ``>>> from getpass import getpass``) and read as written in the language
    (a line too short to judge is), remembered in ``known``.

    The whole text passed the language test, but a web page mixes languages line by line: a
    German paragraph under an English menu keeps its compounds (`mitgenommen`, `Winterreifen`),
    which English words would split; and a code sample's names are no glue.
    """
    line = line_at(text, at)
    if line not in known:
        known[line] = not is_code_line(line) and looks_written_in(line, language)
    return known[line]


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the token at ``start`` begins a sentence: it begins the text or a line, or the
    text before it ends with `.`, `!`, `?` or `:` (closing quotes and brackets aside); a dash or
    bullet that opens a list item in between changes nothing (`done. - To|get`)."""
    before = text[max(0, start - 200):start]
    stripped = before.rstrip()
    if stripped.endswith(LIST_MARKS) and (len(stripped) == 1 or stripped[-2].isspace()):
        before = stripped[:-1]
    if not before.strip() or "\n" in before[len(before.rstrip()):]:
        return True
    return before.rstrip().rstrip("\"')”’»").endswith((".", "!", "?", ":"))


LIST_MARKS = ("-", "–", "—", "•", "*")


@lru_cache(maxsize=1)
def clause_word_endings() -> tuple[str, ...]:
    """data/clause_words as a tuple, for ``str.endswith``."""
    return tuple(sorted(word_list("clause_words")))


def _clause_follows(text: str, end: int, vocab: Vocabulary, last: str) -> bool:
    """Whether the token ending at ``end``, read as ending in the word ``last``, is followed,
    after white space, by a word that begins in lower case or with a digit (`Doyle|is
    ready`), not by punctuation, a capitalised word, the end of the text, a word that
    mostly follows a name (`Orin and Tess`) or a past-tense verb (`Cant|on told`) — which
    follows an auxiliary as its participle (`Tanaka|has failed`)."""
    if end >= len(text) or not text[end].isspace():
        return False
    following = text[end:end + 40].split(maxsplit=1)
    if not following:
        return False
    word = following[0].rstrip(OUTER_PUNCTUATION)
    if word[:1].isdigit() or (last in DATE_PREPOSITIONS and word.lower() in word_list("date_names")):
        return True  # `Japan|on 3 May`, `Arena|on Friday`
    if last in DATE_PREPOSITIONS and word in word_list("clause_words"):
        return False  # `Warin has`: a preposition is followed by what it governs, not a verb
    return word[:1].islower() and word not in NAME_FOLLOWERS and (
        last in word_list("auxiliaries") or not is_past_tense(word, vocab))


# A word this common in another language is that language's word, not a glue (`tous`: 6.1 in
# French). English glues are no words anywhere (`inthe`, `overthe`: in no list).
FOREIGN_WORD_ZIPF = 4.5


@lru_cache(maxsize=1 << 12)
def is_common_foreign_word(word: str, language: str) -> bool:
    """Whether ``word`` is a common word of another language (``data/other_languages.txt``).

    Text mixes languages (a French quote in English news; ftfy's own test cases), and a
    frequency model of one language reads another's words as glued ones: `tous` → `to us`.
    """
    low = word.lower()
    return any(low in common_words(other) for other in word_list("other_languages") if other != language)


@lru_cache(maxsize=16)
def common_words(language: str) -> frozenset[str]:
    """A language's words of Zipf FOREIGN_WORD_ZIPF or more, from wordfreq's small list.

    Only these few thousand words are read and kept: the whole lists of six languages would
    stay in every worker process (some 18 MB)."""
    return frozenset(chain.from_iterable(frequency_buckets(language, "small", FOREIGN_WORD_ZIPF)))


# --- a near miss of a document word glued to words: "Madureitherprogress" ------------------
# The shortest document name a near miss may stand for; the miss is one letter off it.
NEAR_MISS_MIN_WORD = 5
NEAR_MISS_CONFIDENCE = 0.5
# A token wordfreq knows at least this well (Zipf) is a word, not a name that lost a letter
# and its spaces: `Shareholders` is not `Shares holders`, `Sunderland` not `Under land`.
NEAR_MISS_KNOWN_ZIPF = 1.5
# A document word at least this common (Zipf) is a name for a near miss only where the text
# uses it as one inside a sentence: `Under the plan` makes no name of `Under`.
NEAR_MISS_COMMON_ZIPF = 4.0


def near_miss(text: str, context: Context) -> Iterator[Edit]:
    """Suggest reading a glued token whose head is one letter off a name the document uses:
    ``Madureitherprogress`` with ``Maduro`` elsewhere may be ``Maduro either progress``.

    The text lost a letter as well as spaces, so the repair changes more than white space and
    is never applied by default: it is a *suggestion* for a person to accept. Only a capitalised
    token that TF403 cannot split qualifies, on a line of prose in the language; the rest must
    be words.
    """
    analysis = analyse(text, context.options.language, context.options.allow)
    if not analysis.in_language:
        return
    tokens = [cand for cand in analysis.unsplit_capitalised
              if _near_miss_cuts(cand.core) and not _is_known_word(cand)
              and analysis.document.may_end_in_words(cand)]
    if not tokens:
        return
    names = analysis.near_miss_names([cand.core.lower() for cand in tokens])
    if not names:
        return
    readings = [(cand, reading) for cand in tokens
                if (reading := analysis.document.near_miss_reading(cand.core, names)) is not None]
    places = token_places(text, [cand.token for cand, _ in readings])
    prose_lines: dict[str, bool] = {}
    for cand, reading in readings:
        for start in places[cand.token]:
            if not _line_is_prose_in(text, start, context.options.language, prose_lines):
                continue  # another language's line (`Vielleicht`), or code, as in TF403
            core_start = start + cand.core_start
            yield Edit(core_start, core_start + len(cand.core), reading, "TF404",
                       f"{cand.core!r} may be {reading!r} (a name used in the text, one letter off)",
                       Applicability.SUGGESTED, NEAR_MISS_CONFIDENCE)


def _is_known_word(cand: Candidate) -> bool:
    return cand.affixes is not None and cand.affixes.own is not None and cand.affixes.own >= NEAR_MISS_KNOWN_ZIPF - 9.0


def _near_miss_cuts(token: str) -> range:
    """Where a near miss's head may end: it stands for a name of NEAR_MISS_MIN_WORD or more
    letters (one letter off), and three letters of words follow."""
    return range(NEAR_MISS_MIN_WORD - 1, len(token) - 2)


@lru_cache(maxsize=1 << 14)
def _stems(word: str) -> tuple[str, ...]:
    """The first three letters, the last letter and the length of every delete key of
    ``word`` (four letters or more; see :func:`_one_edit_keys`), each as one short string: of
    the word itself, and of the word less its first, second, third, a middle or its last letter.

    Two words that share a delete key share its stem, so words with no stem in common share
    no key: a cheap test that clears most texts before any key is made. Remembered for 16,384
    words, as many names and heads as 2,000 or so news articles have (7,500 in the BBC corpus:
    4,096 were read again a third of the time), a few MB.

        >>> sorted(_stems("maduro"))
        ['adu o5', 'mad o5', 'mad o6', 'mad r5', 'mau o5', 'mdu o5']
    """
    n, last = len(word), word[-1]
    stems = {f"{word[:3]} {last}{n}", f"{word[1:4]} {last}{n - 1}", f"{word[0]}{word[2:4]} {last}{n - 1}",
             f"{word[:2]}{word[3]} {last}{n - 1}", f"{word[:3]} {word[-2]}{n - 1}"}
    if n >= 5:  # a letter between the fourth and the last deleted
        stems.add(f"{word[:3]} {last}{n - 1}")
    return tuple(stems)


@lru_cache(maxsize=1 << 13)
def _one_edit_keys(word: str) -> tuple[str, ...]:
    """The word and every form of it with one letter deleted (symspell's delete keys), in a
    fixed order — the word, then deletions from the left — so that a head near two names
    always reads as the same one."""
    return tuple(dict.fromkeys([word, *(word[:i] + word[i + 1:] for i in range(len(word)))]))


# --- a comma glued to the next word: "Goulburn,south" ----------------------------------------
# A word of two or more letters, a comma, a word of two or more letters; not digits (`1,000`),
# not single letters (`x,y`, `Smith,J`), and the words end at white space or punctuation, so a
# token with more inside (`a,b=c`, `foo(a,b)`) never matches as a whole.
# A lower-case word after the comma must be one wordfreq knows (Zipf above this).
COMMA_WORD_ZIPF = 1.0
COMMA_GLUE = regex.compile(
    r"(?<![\p{L}\p{N}_,])(?P<left>\p{L}{2,}),(?P<right>\p{L}{2,})(?![\p{L}\p{N}_,(=])")
# What every match contains: the full pattern runs only on the tokens that hold one
# (textfix.scan), not at every letter of the text.
COMMA_THEN_LETTER = Mark.of([r",\p{L}"], [r",[A-Za-z]"])


def comma_glue(text: str, context: Context) -> Iterator[Edit]:
    """Insert the missing space after a comma between two words (``Goulburn,south``).

    A two-letter side must be one of the language's commonest words or capitalised
    (``in,the``, ``States,BA``, ``July,Mr``; not ``hi,ghlighted``). Only a token with exactly
    one such comma matches: several (``red,green,blue``) make a data list or a value in code.
    Protected spans (URLs, code) and allow-listed spellings stay.
    """
    if "," not in text:
        return
    allow = context.options.allow
    for match in finditer_in_marked_tokens(COMMA_GLUE, COMMA_THEN_LETTER, text):
        at = match.end("left") + 1
        token = _token_around(text, match.start(), match.end())
        if token in allow or any(ch in CODE_CHARACTERS for ch in token):
            continue
        if Protected.find(token).starts or on_code_line(text, at):
            continue  # inside a URL, an address or code (protected spans never hold spaces)
        if any(len(side) == 2 and side[0].islower() and context.lexicon.zipf(side) < PART_MIN_ZIPF[2]
               for side in (match.group("left"), match.group("right"))):
            continue  # `hi,ghlighted`, `Esl,ca`: a two-letter side must be a common word
        right = match.group("right")
        if right[0].islower() and context.lexicon.zipf(right) < COMMA_WORD_ZIPF:
            continue  # `compt,tational`: after the comma, a word (or a name) must follow
        yield Edit(at, at, " ", "TF405", "missing space after a comma", confidence=0.97)


def _token_around(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token containing ``text[start:end]``, outer punctuation stripped."""
    token_start, token_end = token_bounds(text, start, end)
    return text[token_start:token_end].strip(OUTER_PUNCTUATION)


RULES = (
    Rule("TF403", "glued-words", Phase.TOKENS, Applicability.SAFE,
         "Insert the missing spaces in glued words (overthe, Khanannounced, inSydney).", glued_words),
    Rule("TF404", "near-miss-name", Phase.TOKENS, Applicability.SUGGESTED,
         "Suggest a document name one letter off, glued to words (Madureitherprogress).", near_miss),
    Rule("TF405", "comma-glue", Phase.TOKENS, Applicability.SAFE,
         "Insert the missing space after a comma between two words (Goulburn,south).", comma_glue),
)
