"""A token's reading: its core (outer punctuation set aside), its shape, and whether it is a
candidate for a split at all (a :class:`Candidate`) — the fast path that clears common words.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import Enum
from functools import lru_cache
from itertools import islice, repeat
from operator import attrgetter
from typing import NamedTuple, cast

import regex

from textfix.segmentation.model import vocabulary
from textfix.segmentation.weights import COMMON_FREQUENCY, MAX_TOKEN, MIN_TOKEN, OUTER_PUNCTUATION
from textfix.segmentation.words import Affixes, affixes, bound_allows_split, clause_word_endings, pair_typo, unknown_logp

# Characters that make a token code, a path or markup rather than prose: never segmented.
# A hyphen joins a compound (`anti-government`) or ends a line's broken word (`heraus-`).
CODE_CHARACTERS = frozenset("()[]{}<>=;:/\\`_@#$%^&*|~+-0123456789")

# An apostrophe after a word that drops its last letter (`helpin'`, `seein’`): one word, in
# dialogue and lyrics, that reads as a word and `in` glued (`help|in`).
ELISION_MARKS = ("'", "’")

# Token shapes (on the core) that may hide glued words. What they must not match: ALL-CAPS,
# CamelCase starting with a capital (`TimeWarner`, `McDonald`, `YouTube`), digits, apostrophes
# and hyphens (`Rosneft's`, `well-known`): those are spellings, not glue.
LOWER = regex.compile(r"\p{Ll}+")
CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")
# A lower-case word glued to a name: `inSydney`. `eBay`, `iPod` have a one-letter head.
WORD_THEN_NAME = regex.compile(r"(?P<head>\p{Ll}{2,})(?P<name>\p{Lu}\p{Ll}+)")


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


INERT = attrgetter("inert")
AFFIX_PIECES = attrgetter("affixes.pieces")


def is_capitalised_candidate(cand: Candidate) -> bool:
    return cand.shape is Shape.CAPITALISED


def read_candidates(tokens: Collection[str], language: str, allow: frozenset[str]) -> list[Candidate]:
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
    (CODE_CHARACTERS), or a file name's leading dot (`.gitattributes`), never qualifies —
    which is why these rules need no protected-span lookup: every protected span lies inside
    one whitespace token that has such a character or opens so — nor does a word whose
    apostrophe stands for a dropped g (`readin'`); of the rest only those whose core is all
    letters are read.
    """
    if not CODE_CHARACTERS.isdisjoint(token) or token[:1] == "." and token[1:2].isalpha():
        return None
    core = token.strip(OUTER_PUNCTUATION)
    if core.endswith("in") and token[token.find(core) + len(core):].startswith(ELISION_MARKS):
        return None  # `readin'`: the apostrophe stands for a dropped g, not `read|in'`
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
    if pair_typo(language, core):
        known = known._replace(own=None)  # `aswell`: glue, however often wordfreq counts it
    may_split = bound_allows_split(known.best_prefix, known.best_suffix, known.own, unknown_logp(core))
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
