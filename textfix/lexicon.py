"""Word frequencies, loaded lazily once per process and language.

wordfreq's lists are read on first use, never at import: ``import textfix`` stays cheap, and a
pickled :class:`~textfix.Cleaner` shipped to a worker loads them there on its first document.
``functools.lru_cache`` is the one cache, as in wordfreq itself; it holds immutable data only.

The lists are read from wordfreq's data files (:func:`frequency_buckets`) rather than through
its functions: importing wordfreq builds langcodes' tables, 0.2 s, a fifth of what cleaning a
small file on the command line takes, and a reader of the frequent words alone stops early.
"""

from __future__ import annotations

import importlib.util
import math
import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

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
    return frozenset(list_files("best"))


@lru_cache(maxsize=8)
def lexicon(language: str) -> Lexicon:
    """The lexicon for a wordfreq language code; an unsupported code raises ``LookupError``.

    It equals wordfreq's ``get_frequency_dict``, built in C: the words come in buckets of one
    frequency each, most frequent first, so the dictionary lists them by falling frequency,
    and a reader that wants the frequent ones stops at the first rarer one.
    """
    buckets = frequency_buckets(language)
    words = chain.from_iterable(buckets)
    frequencies = chain.from_iterable(repeat(_bucket_frequency(index), len(bucket)) for index, bucket in enumerate(buckets))
    return Lexicon(language, dict(zip(words, frequencies)))


# A spell checker's word list per language: symspellpy's English dictionary, the words of SCOWL
# (the word lists behind aspell and hunspell) that Google Books n-grams also hold. wordfreq
# counts what the web writes, glued typos included (`ofthe`, `inthe`); a speller lists words
# only, so a token it holds (`tome`, `init`, `herby`) is a word, whatever two words it
# contains (`to|me`, `in|it`, `her|by`).
SPELLING_DICTIONARIES = {"en": ("symspellpy", "frequency_dictionary_en_82_765.txt")}


@lru_cache(maxsize=4)
def spelling_words(language: str) -> frozenset[str]:
    """The words of ``language``'s spell-checker list (lower-case), empty where none is known."""
    path = _package_data(SPELLING_DICTIONARIES.get(language))
    if path is None:
        return frozenset()
    with path.open(encoding="utf-8") as lines:
        return frozenset(line.split(" ", 1)[0].lower() for line in lines)


# How often two words follow each other, per language: symspellpy's English bigram list (counts
# from Google Books n-grams). wordfreq counts a glued pair (`aswell`, `ratherthan`) as a word
# of its own; how often the pair is written apart tells how much of that its glue explains,
# which the two words' own frequencies cannot (`as well` is far likelier than `as` and `well`
# side by side by chance; `lock down` is not, and `lockdown` is a word).
BIGRAM_DICTIONARIES = {"en": ("symspellpy", "frequency_bigramdictionary_en_243_342.txt")}


@lru_cache(maxsize=4)
def bigram_logps(language: str, first_words: frozenset[str], least: float) -> dict[str, float]:
    """log10 probability of each pair of words in ``language``'s bigram list that opens with
    one of ``first_words`` and is at least ``least``, keyed ``"as well"``; empty where no list
    is known. The file is read twice, line by line: once for the total of its counts, once
    keeping only those pairs. Holding the rest, or all the fields at once, even for a moment,
    would leave a process several times the memory."""
    path = _package_data(BIGRAM_DICTIONARIES.get(language))
    if path is None:
        return {}
    with path.open(encoding="utf-8") as lines:
        total = sum(int(line.rsplit(" ", 1)[1]) for line in lines)  # "as well 8658844288"
    fewest = 10.0 ** least * total
    pairs = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            first, second, count = line.split()
            if first in first_words and int(count) >= fewest:
                pairs[f"{first} {second}"] = math.log10(int(count) / total)
    return pairs


def _package_data(where: tuple[str, str] | None) -> Path | None:
    """A data file of an installed package, found without importing the package (symspellpy,
    which textfix does not otherwise run); None when either is missing."""
    if where is None:
        return None
    package, name = where
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / name


# --- wordfreq's data files ---------------------------------------------------------------------
# A list is a file in wordfreq's data folder, "<wordlist>_<language>.msgpack.gz": a gzipped
# msgpack array of a header and then buckets of words, bucket i holding the words of frequency
# 10 ** (-i / 100) ("cBpack", see wordfreq.read_cBpack). The "best" list of a language is its
# large list where it has one, else its small one (WORDLIST_FILES).
CBPACK_HEADER = {"format": "cB", "version": 1}


def frequency_buckets(language: str, wordlist: str = "best", min_zipf: float | None = None) -> list[list[str]]:
    """wordfreq's ``get_frequency_list(language, wordlist)``, or only its buckets of words of
    Zipf frequency ``min_zipf`` and more (bucket i holds those of Zipf ``9 - i / 100``), read
    without unpacking the rest of the file. An unknown language is a ``LookupError``, as it is
    for wordfreq (which would also match ``en-GB`` to ``en``)."""
    import gzip

    import msgpack

    path = list_files(wordlist).get(language)
    if path is None:
        raise LookupError(f"no word frequencies for language {language!r}")
    with gzip.open(path, "rb") as file:
        unpacker = msgpack.Unpacker(file, raw=False, read_size=1 << 16)
        length = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if not isinstance(header, dict) or any(header.get(key) != value for key, value in CBPACK_HEADER.items()):
            raise ValueError(f"{path}: not a wordfreq frequency list (header {header!r})")
        count = length if min_zipf is None else min(round((9.0 - min_zipf) * 100) + 1, length)
        return [unpacker.unpack() for _ in range(count)]


def _bucket_frequency(index: int) -> float:
    """The frequency of bucket ``index``'s words, as wordfreq's ``cB_to_freq(-index)``."""
    return 10.0 ** (-index / 100)


def list_files(wordlist: str = "best") -> dict[str, Path]:
    """wordfreq's ``available_languages(wordlist)``: each language's file of the list."""
    files = {}
    for name in reversed(WORDLIST_FILES[wordlist]):  # the preferred list last, to win
        for path in _data_folder().glob(f"{name}_*.msgpack.gz"):
            files[path.name.removeprefix(f"{name}_").removesuffix(".msgpack.gz")] = path
    return files


WORDLIST_FILES = {"best": ("large", "small"), "large": ("large",), "small": ("small",)}


@lru_cache(maxsize=1)
def _data_folder() -> Path:
    """wordfreq's data folder, found without importing wordfreq."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    folder = Path(spec.origin).parent / "data" if spec is not None and spec.origin else None
    if folder is None or not folder.is_dir():
        raise ModuleNotFoundError("textfix needs wordfreq's word lists: pip install wordfreq")
    return folder


# A text is taken to be in a language when its commonest words are a fair share of its words:
# English prose has 25-45 % of its words among English's 50 commonest, and even dense
# technical text with glued function words keeps 8 % or more, while German, Indonesian or
# Italian text has almost none.
COMMON_WORDS = 50
MIN_COMMON_SHARE = 0.08
MIN_WORDS_TO_JUDGE = 20
# A text too short for that (a line, a one-liner) is judged by its common words (Zipf
# COMMON_WORD_ZIPF or more, a few thousand: `leader`, `fired`, `past`): a quarter of its words
# at least, as in 95 % of the BBC's short paragraphs (3 to 19 words) and in 12 % of German and
# 16 % of Polish one-liners (Spanish and Italian share `a`, `de`, `no` with English: half);
# a line of names (`-- Pat Cadigan, "Mindplayers"`) has none. Under SHORT_TEXT_MIN_WORDS words
# nothing is said, and the text is assumed to be in the language.
COMMON_WORD_ZIPF = 4.5
SHORT_TEXT_COMMON_SHARE = 0.25
SHORT_TEXT_MIN_WORDS = 3
ANY_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")
# ANY_WORD on ASCII text, where a letter is [A-Za-z] and a number [0-9]: the same words,
# found by the standard library's engine in half the time.
ASCII_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")


@lru_cache(maxsize=8)
def commonest_words(language: str) -> frozenset[str]:
    """wordfreq's ``top_n_list(language, COMMON_WORDS)``: its commonest words, but for the
    numbers, which it prices apart (``has_digit_sequence``)."""
    for min_zipf in (COMMONEST_MIN_ZIPF, None):  # the buckets that have them, or every bucket
        buckets = frequency_buckets(language, min_zipf=min_zipf)
        words = [word for word in chain.from_iterable(buckets) if not MULTI_DIGIT.match(word)]
        if len(words) >= COMMON_WORDS:
            break
    return frozenset(words[:COMMON_WORDS])


# A language's commonest words are of Zipf 5 and more (English's 50th is of 5.6).
COMMONEST_MIN_ZIPF = 5.0
# wordfreq's MULTI_DIGIT_RE: a number of two characters or more.
MULTI_DIGIT = re.compile(r"\d[\d.,]+")


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
    if common < MIN_COMMON_SHARE * _most_words(text):
        return False
    # The text must also be long enough for the share test: a core of letters alone is one word.
    return common >= MIN_WORDS_TO_JUDGE or sum(
        count for core, count in core_counts.items() if core.isalpha()) >= MIN_WORDS_TO_JUDGE


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
    words = commonest = 0
    for start, end in _chunks(text):
        piece = text[start:end]
        if piece.isascii():  # lower-cased first, in one go: ASCII keeps its letters and length
            found = ASCII_WORD.findall(piece.lower())
            commonest += sum(map(common.__contains__, found))
        else:
            found = ANY_WORD.findall(piece)
            commonest += sum(map(common.__contains__, map(str.lower, found)))
        words += len(found)
        # If the share holds even when the rest of the text is words none of which is
        # common, it holds (English prose settles it in its first piece or two) — once the
        # text is long enough for it.
        most_words = words + _most_words(text[end:])
        if commonest >= MIN_COMMON_SHARE * most_words and words >= MIN_WORDS_TO_JUDGE:
            return True
    if words < MIN_WORDS_TO_JUDGE:
        return _short_text_in(text, language)
    return commonest >= MIN_COMMON_SHARE * words


def _short_text_in(text: str, language: str) -> bool:
    """:func:`looks_written_in` for a text too short for the share test (see
    SHORT_TEXT_COMMON_SHARE)."""
    words = [word.lower() for word in ANY_WORD.findall(text)]
    if len(words) < SHORT_TEXT_MIN_WORDS:
        return True
    return sum(map(common_words(language).__contains__, words)) >= SHORT_TEXT_COMMON_SHARE * len(words)


@lru_cache(maxsize=16)
def common_words(language: str) -> dict[str, float]:
    """A language's words of Zipf COMMON_WORD_ZIPF or more, from wordfreq's small list, with
    their Zipf frequencies (bucket i of the list holds Zipf ``9 - i / 100``).

    Only these few thousand words are read and kept: the whole lists of the other languages
    would stay in every worker process (some 3 MB each)."""
    buckets = frequency_buckets(language, "small", COMMON_WORD_ZIPF)
    return {word: 9.0 - index / 100 for index, bucket in enumerate(buckets) for word in bucket}


def _written_in_rather_than(text: str, language: str, rivals: tuple[str, ...]) -> bool:
    """:func:`looks_written_in` for a language with rivals: the share test, and no rival's
    commonest words more numerous in the text than the language's own. Every word is read."""
    words = [word.lower() for word in ANY_WORD.findall(text)]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return _short_text_in(text, language)
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
