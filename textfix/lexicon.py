"""Word frequencies, loaded lazily once per process and language.

wordfreq's lists are read on first use, never at import: ``import textfix`` stays cheap, and a
pickled :class:`~textfix.Cleaner` shipped to a worker loads them there on its first document.
``functools.lru_cache`` is the one cache, as in wordfreq itself; it holds immutable data only.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

import regex

from textfix.resources import word_list


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


def languages() -> frozenset[str]:
    """The language codes wordfreq has frequencies for, read from its file names: no word list
    is loaded, so configuration can check ``language`` before any text is cleaned."""
    import wordfreq

    return frozenset(wordfreq.available_languages(wordlist="best"))


@lru_cache(maxsize=8)
def lexicon(language: str) -> Lexicon:
    """The lexicon for a wordfreq language code; an unsupported code raises ``LookupError``.

    wordfreq's ``get_frequency_dict``, built a bucket at a time in C: its list comes in
    buckets of words of one frequency, most frequent first, so the words are in order of
    falling frequency, and a reader that wants the frequent ones stops at the first rarer one.
    """
    import wordfreq

    try:
        buckets = wordfreq.get_frequency_list(language, wordlist="best")
    except LookupError as error:
        raise LookupError(f"no word frequencies for language {language!r}") from error
    frequencies: dict[str, float] = {}
    for index, bucket in enumerate(buckets):  # bucket i: the words of frequency 10 ** (-i / 100)
        frequencies.update(dict.fromkeys(bucket, wordfreq.cB_to_freq(-index)))
    return Lexicon(language, frequencies)


# A text is taken to be in a language when its commonest words are a fair share of its words:
# English prose has 25-45 % of its words among English's 50 commonest, and even dense
# technical text with glued function words keeps 8 % or more, while German, Indonesian or
# Italian text has almost none. Too short a text says nothing, and is assumed to be in it.
COMMON_WORDS = 50
MIN_COMMON_SHARE = 0.08
MIN_WORDS_TO_JUDGE = 20
ANY_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")
# ANY_WORD on ASCII text, where a letter is [A-Za-z] and a number [0-9]: the same words,
# found by the standard library's engine in half the time.
ASCII_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")


@lru_cache(maxsize=8)
def commonest_words(language: str) -> frozenset[str]:
    import wordfreq

    return frozenset(wordfreq.top_n_list(language, COMMON_WORDS))


@lru_cache(maxsize=8)
def commonest_letter_words(language: str) -> tuple[str, ...]:
    """Those of :func:`commonest_words` that are letters alone, as ANY_WORD's words are."""
    return tuple(word for word in commonest_words(language) if word.isalpha())


def counts_show_written_in(core_counts: Mapping[str, int], text: str, language: str) -> bool:
    """Whether counts already made of ``text``'s words settle :func:`looks_written_in`, so that
    it need not read them again: the counts are of the lower-cased cores of its whitespace
    tokens (outer punctuation stripped), and they settle it when the commonest words they
    count are the share of as many words as the text can hold (:func:`_most_words`).

    A token whose core is one of the commonest words (letters alone) is one such word for
    ANY_WORD too, so this count is never more than the one ``looks_written_in`` makes: what
    is true here is true there. English prose passes here; the rest is read.
    """
    if rival_languages(language):
        return False  # its rivals' words must be counted too: the words are read
    common = sum(map(core_counts.get, commonest_letter_words(language), repeat(0)))
    return common >= MIN_COMMON_SHARE * _most_words(text)


@lru_cache(maxsize=8)
def rival_languages(language: str) -> tuple[str, ...]:
    """The languages whose commonest words a text in ``language`` shares so many of that the
    share test alone cannot tell them apart (``data/confusable_languages.txt``)."""
    groups = (group.split() for group in word_list("confusable_languages"))
    return tuple(other for group in groups if language in group for other in group if other != language)


@lru_cache(maxsize=4)
def looks_written_in(text: str, language: str) -> bool:
    """Whether ``text`` reads as written in ``language`` (see ``MIN_COMMON_SHARE``).

    A word-frequency model of one language reads another language's words as glued ones
    (German ``Gesundheitsversorgung``, Indonesian ``hadits``), so word splitting runs only on
    text in the language it models; and a language with rivals (Spanish for French) must also
    have more of its commonest words there than they have. Reading every word costs as much as
    tokenizing the text, and two rules ask of the same text in a round: the answer is
    remembered for a few texts.
    """
    rivals = rival_languages(language)
    if rivals:
        return _written_in_rather_than(text, language, rivals)
    common = commonest_words(language)
    words = common_words = 0
    for start, end in _chunks(text):
        piece = text[start:end]
        if piece.isascii():  # lower-cased first, in one go: ASCII keeps its letters and length
            found = ASCII_WORD.findall(piece.lower())
            common_words += sum(map(common.__contains__, found))
        else:
            found = ANY_WORD.findall(piece)
            common_words += sum(map(common.__contains__, map(str.lower, found)))
        words += len(found)
        # If the share holds even when the rest of the text is words none of which is
        # common, it holds (English prose settles it in its first piece or two).
        most_words = words + _most_words(text[end:])
        if common_words >= MIN_COMMON_SHARE * most_words:
            return True
    if words < MIN_WORDS_TO_JUDGE:
        return True
    return common_words >= MIN_COMMON_SHARE * words


def _written_in_rather_than(text: str, language: str, rivals: tuple[str, ...]) -> bool:
    """:func:`looks_written_in` for a language with rivals: the share test, and no rival's
    commonest words more numerous in the text than the language's own. Every word is read."""
    words = [word.lower() for word in ANY_WORD.findall(text)]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return True
    own = sum(map(commonest_words(language).__contains__, words))
    return own >= MIN_COMMON_SHARE * len(words) and all(
        own >= sum(map(commonest_words(rival).__contains__, words)) for rival in rivals)


def _most_words(text: str) -> int:
    """At most how many words (ANY_WORD) ``text`` holds.

    Two words are always apart by a character that is neither a letter nor a digit, so there
    is at most one word more than such characters; in ASCII text they are counted in C (the
    bytes left when letters and digits are deleted). Elsewhere a word and its separator take
    two characters at least."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, ASCII_LETTERS_AND_DIGITS)) + 1
    return (len(text) + 1) // 2


ASCII_LETTERS_AND_DIGITS = (string.ascii_letters + string.digits).encode("ascii")
# Texts are read in pieces of about this many characters, cut at a space (see _chunks).
CHUNK = 400


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces of ``text`` that end at a space (or the end),
    so that no word and none of ANY_WORD's look-arounds straddle two pieces: each piece has
    the words the whole text has there."""
    start = 0
    while start < len(text):
        end = text.find(" ", start + CHUNK)
        end = len(text) if end == -1 else end
        yield start, end
        start = end
