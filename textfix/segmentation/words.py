"""What wordfreq says of a word: its affixes, inflections and compound elements, whether it
is a common word of another language, and the keys a name one letter off shares with it.

Read once per token (names and rare words recur from one text to the next) and remembered.
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import filterfalse
from typing import NamedTuple

import regex

from textfix.lexicon import bigram_logps, common_words
from textfix.resources import word_list
from textfix.segmentation.model import Vocabulary, vocabulary
from textfix.segmentation.weights import (
    CORPUS_SLACK,
    GLUE_RATE,
    GLUE_SLACK,
    MISSPELLING_GAP,
    OPENER_NEXT_ZIPF,
    PAIR_MIN_ZIPF,
    PAIR_TYPO_GAP,
    PAST_STEM_ZIPF,
    SPLIT_COST,
    SUGGEST_MARGIN,
    TOP_WORD_ZIPF,
    UNKNOWN_CAPITALISED,
    UNKNOWN_LENGTH,
    UNKNOWN_LOWER,
    UNKNOWN_SLOPE,
)


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


def bound_allows_split(prefix: float | None, suffix: float | None, own: float | None,
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


@lru_cache(maxsize=1 << 12)
def pair_typo(language: str, core: str) -> bool:
    """Whether a lower-case token that wordfreq counts as a word is two words glued by a typo:
    written far less often (PAIR_TYPO_GAP) than the pair apart, by the language's bigram list
    (:func:`~textfix.lexicon.bigram_logps`): `aswell`, `atleast`, `ofcourse`, `allsorts`.
    wordfreq counts the typo; the words' own frequencies (GLUE_RATE) cannot tell `as well` from
    `as` and `well` side by side by chance, the bigram list can.

    Only a pair that opens with a function word counts: closing that gap is a typo, where two
    nouns written closed are a compound the author may prefer (`filesharing`, `webpages`). A
    capitalised token may be a name (`Hasan`, `Andover`, `Dowell`); words the pair is no typo
    of are written nearly as often as it (`herbed`, `her bed`); and the pair must be clearly
    likelier (MISSPELLING_GAP) than a word one letter off, which the token may misspell
    instead (`goto` of `got`, `anounce` of `announce`): none of them counts."""
    if not core.islower():
        return False
    vocab = vocabulary(language)
    own = vocab.word_logp(core)
    if own is None:
        return False
    # A pair is hardly likelier than its rarer word (by up to CORPUS_SLACK: the bigram list
    # counts books, wordfreq the web): most tokens are cleared by wordfreq alone, and the
    # bigram list is read only for the few that could be a pair's typo.
    cuts = [cut for cut in range(2, len(core) - 1) if core[:cut] in vocab.function_words
            and vocab.parts.get(core[cut:], -math.inf) > own + PAIR_TYPO_GAP - CORPUS_SLACK]
    if not cuts:
        return False
    pairs, _ = _listed_pairs(language)
    apart = max(pairs.get(f"{core[:cut]} {core[cut:]}", -math.inf) for cut in cuts)
    return own < apart - PAIR_TYPO_GAP and apart - MISSPELLING_GAP > _likeliest_neighbour(vocab, core)


def misspelling(language: str, core: str, parts: list[str]) -> bool:
    """Whether a lower-case token that splits into a function word and a word misspells a word
    one letter off instead: that word is far likelier (PAIR_TYPO_GAP) than the pair, by the
    bigram list (a pair it does not list is rarer than any it does). `anthing` misspells
    `anything`, not `an thing`; `becase` `because`; `theif` `their`, not `the if`. Glue of
    a common pair beside a word (`heis`, `his`; `towin`, `twin`) is no misspelling."""
    vocab = vocabulary(language)
    if len(parts) != 2 or parts[0] not in vocab.function_words or not core.islower():
        return False
    pairs, floor = _listed_pairs(language)
    if not pairs:
        return False
    return _likeliest_neighbour(vocab, core) > pairs.get(" ".join(parts), floor) + PAIR_TYPO_GAP


def written_apart(language: str, first: str, second: str) -> bool:
    """Whether the bigram list counts ``first second`` as a common pair (Zipf PAIR_MIN_ZIPF or
    more), ``first`` a function word: `in return`, `by recent`, not `up lights`, `out weight`."""
    return f"{first} {second}" in _listed_pairs(language)[0]


def _listed_pairs(language: str) -> tuple[dict[str, float], float]:
    """The bigram list's pairs that open with a function word, of Zipf PAIR_MIN_ZIPF or more,
    and that floor's log10 probability: a pair it does not list is rarer."""
    floor = PAIR_MIN_ZIPF - 9.0
    return bigram_logps(language, vocabulary(language).function_words, floor), floor


def _likeliest_neighbour(vocab: Vocabulary, word: str) -> float:
    """The highest log10 probability of a word one letter off ``word`` (a letter deleted,
    swapped with the next, replaced or added): the word ``word`` may misspell."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    neighbours = {head + tail[1:] for head, tail in cuts if tail}
    neighbours.update(head + tail[1] + tail[0] + tail[2:] for head, tail in cuts if len(tail) > 1)
    neighbours.update(head + letter + tail[1:] for head, tail in cuts if tail for letter in vocab.alphabet)
    neighbours.update(head + letter + tail for head, tail in cuts for letter in vocab.alphabet)
    neighbours.discard(word)
    return max(filter(None, map(vocab.word_logp, neighbours)), default=-math.inf)


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


def word_parts(low: str, cuts: tuple[int, ...]) -> list[str]:
    bounds = (0, *cuts, len(low))
    return [low[a:b] for a, b in zip(bounds, bounds[1:])]


def name_parts_plausible(parts: list[str], vocab: Vocabulary) -> bool:
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
    return _compound_elements("first"), _compound_elements("last")


@lru_cache(maxsize=1)
def bound_elements() -> frozenset[str]:
    """Combining forms that begin compounds and are no words of their own
    (``data/compound_elements.txt``'s ``bound:`` lines)."""
    return _compound_elements("bound")


def _compound_elements(kind: str) -> frozenset[str]:
    """The words of ``data/compound_elements.txt``'s lines of one kind (``first:``, ``last:``,
    ``bound:``)."""
    entries = [line.split(":", 1) for line in word_list("compound_elements")]
    return frozenset(word.strip() for side, word in entries if side == kind)


@lru_cache(maxsize=1)
def clause_word_endings() -> tuple[str, ...]:
    """data/clause_words as a tuple, for ``str.endswith``."""
    return tuple(sorted(word_list("clause_words")))


@lru_cache(maxsize=1 << 12)
def is_common_foreign_word(word: str, language: str) -> bool:
    """Whether ``word`` is a common word of another language (``data/other_languages.txt``;
    :func:`~textfix.lexicon.common_words`: a word that common in another language is that
    language's word, not a glue, `tous`: 6.1 in French; English glues are no words anywhere,
    `inthe`, `overthe`).

    Text mixes languages (a French quote in English news; ftfy's own test cases), and a
    frequency model of one language reads another's words as glued ones: `tous` → `to us`.
    """
    low = word.lower()
    return any(low in common_words(other) for other in word_list("other_languages") if other != language)


def another_language_reads_better(line: str, language: str) -> bool:
    """Whether another language of ``data/other_languages.txt`` knows OTHER_LANGUAGE_MARGIN more
    of ``line``'s words than ``language`` does, or the line is OTHER_LANGUAGE_LEAD likelier
    written in it, by its words' frequencies in each (:func:`~textfix.lexicon.common_words`; a
    word not listed there counts as UNLISTED_ZIPF). A German line on an English page
    (`Mitarbeiter an der Professur Interfacedesign`, `Winterdesign und neues Projekt`) passes
    English's share test with `in` and `an`, but German knows more of its words; a Spanish
    proverb (`Al asno muerto, la cebada al rabo.`) has `al` and `la`, English words too, but far
    more frequent in Spanish. Words both write about as often (`attention`) weigh nothing, and
    English's own (`and`, `of`) weigh for it. Read for a line, word by word; a whole text is
    settled by its own words (see :func:`~textfix.lexicon.counts_show_written_in`)."""
    words = [word.lower() for word in WORD.findall(line)]
    mine = common_words(language)
    own = sum(map(mine.__contains__, words))
    for other in word_list("other_languages"):
        theirs = common_words(other)
        if other != language and (sum(map(theirs.__contains__, words)) >= own + OTHER_LANGUAGE_MARGIN
                                  or _lead(words, theirs, mine) >= OTHER_LANGUAGE_LEAD):
            return True
    return False


def _lead(words: list[str], theirs: dict[str, float], mine: dict[str, float]) -> float:
    """How much likelier (log10) ``words`` are in the language of ``theirs`` than of ``mine``:
    the sum of their Zipf differences, over the words either lists."""
    return sum(theirs.get(word, UNLISTED_ZIPF) - mine.get(word, UNLISTED_ZIPF)
               for word in words if word in theirs or word in mine)


WORD = regex.compile(r"\p{L}+")
# How many more of a line's words another language must know: shared words (`attention`,
# `intention`, `discourse` are French too) tip a short English line by one.
OTHER_LANGUAGE_MARGIN = 2
# A line a thousand times likelier (log10 3) in another language is that language's: foreign
# lines and one-liners lead by 4 to 19, English lines with foreign names or words by at most 2
# (`La La Land won six Oscars` 2.2, `Los Angeles Lakers beat the Celtics` -1.7).
OTHER_LANGUAGE_LEAD = 3.0
# The Zipf frequency a word not among a language's common words (under COMMON_WORD_ZIPF) is
# counted at there.
UNLISTED_ZIPF = 4.0


# The shortest document name a near miss may stand for; the miss is one letter off it.
NEAR_MISS_MIN_WORD = 5
# A document word at least this common (Zipf) is a name for a near miss only where the text
# uses it as one inside a sentence: `Under the plan` makes no name of `Under`.
NEAR_MISS_COMMON_ZIPF = 4.0


def near_miss_cuts(token: str) -> range:
    """Where a near miss's head may end: it stands for a name of NEAR_MISS_MIN_WORD or more
    letters (one letter off), and three letters of words follow."""
    return range(NEAR_MISS_MIN_WORD - 1, len(token) - 2)


@lru_cache(maxsize=1 << 14)
def near_miss_stems(word: str) -> tuple[str, ...]:
    """The first three letters, the last letter and the length of every delete key of
    ``word`` (four letters or more; see :func:`one_edit_keys`), each as one short string: of
    the word itself, and of the word less its first, second, third, a middle or its last letter.

    Two words that share a delete key share its stem, so words with no stem in common share
    no key: a cheap test that clears most texts before any key is made. Remembered for 16,384
    words, as many names and heads as 2,000 or so news articles have (7,500 in the BBC corpus:
    4,096 were read again a third of the time), a few MB.

        >>> sorted(near_miss_stems("maduro"))
        ['adu o5', 'mad o5', 'mad o6', 'mad r5', 'mau o5', 'mdu o5']
    """
    n, last = len(word), word[-1]
    stems = {f"{word[:3]} {last}{n}", f"{word[1:4]} {last}{n - 1}", f"{word[0]}{word[2:4]} {last}{n - 1}",
             f"{word[:2]}{word[3]} {last}{n - 1}", f"{word[:3]} {word[-2]}{n - 1}"}
    if n >= 5:  # a letter between the fourth and the last deleted
        stems.add(f"{word[:3]} {last}{n - 1}")
    return tuple(stems)


@lru_cache(maxsize=1 << 13)
def one_edit_keys(word: str) -> tuple[str, ...]:
    """The word and every form of it with one letter deleted (symspell's delete keys), in a
    fixed order — the word, then deletions from the left — so that a head near two names
    always reads as the same one."""
    return tuple(dict.fromkeys([word, *(word[:i] + word[i + 1:] for i in range(len(word)))]))
