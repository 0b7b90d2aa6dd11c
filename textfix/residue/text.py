"""What a line of text looks like: its normal form, its words, and its shape.

The rules compare a line with their phrase lists after :func:`normalise` (case, bullets, counts
and trailing colons set aside), and decide by shape what could be a label, a name or prose:
:func:`is_prose` (a sentence is never removed by shape), :func:`is_label`, :func:`looks_like_name`.
The helpers that read phrases at a line's start (:func:`first_word`, :func:`split_prefix`,
:func:`phrase_opening`) live here too, as every rule module reads lines through them.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

import regex

from textfix.context import Context
from textfix.resources import word_list

if TYPE_CHECKING:
    from textfix.residue.vocabulary import Vocabulary


# Markers around a label that are not part of it: bullets, arrows, bars, dashes, invisible
# characters. Must not eat letters, digits, quotes or brackets (a quote's marks are content).
EDGE_MARKS = r"[\s\p{Cf}•·‧∙◦○●■□▪▫►▶▸▹→←↑↓⇒»«›‹>|*✓✔✕✖×#\-–—_~+]"
LEADING = regex.compile(rf"\A{EDGE_MARKS}+")
# (?r): searched from the end, so a long paragraph costs its last characters, not all of them.
# After a label also a stop or a slash (a footer's links: "Privacy Policy /").
TRAILING = regex.compile(rf"(?r)(?:{EDGE_MARKS}|[:.…!?/])+\Z")
# A bracketed count after a label: "Comments (12)", "Kommentare [3]". A bare number is kept
# ("Top 5" is a heading, not the button "Top"); "Share 4" is matched as a counter instead.
TRAILING_COUNT = regex.compile(r"(?r)\s*[(\[]\d[\d.,]*[kKmM]?[)\]]\Z")
SPACES = regex.compile(r"[\s\p{Cf}]+")
LETTER_OR_DIGIT = r"[\p{L}\p{N}]"
WORD_BODY = r"[\p{L}\p{N}\p{M}'’.&+-]"
WORD = regex.compile(rf"{LETTER_OR_DIGIT}{WORD_BODY}*")
# The next WORD after the marks before it, read without backtracking (possessive): matched n
# times from the start, it succeeds exactly when WORD.finditer finds n words — in one call.
NEXT_WORD = rf"[^\p{{L}}\p{{N}}]*+{LETTER_OR_DIGIT}{WORD_BODY}*+"
LETTER = regex.compile(r"\p{L}")
WHITE_SPACE = regex.compile(r"\s+")
SMALL_NUMBER = regex.compile(r"\d{1,3}")
ALNUM = regex.compile(r"[\p{L}\p{N}]")


def collapse_spaces(text: str) -> str:
    """``SPACES.sub(" ", text)``: each run of white space and invisible characters as one space.

    A printable text without a double space has nothing to collapse — ``isprintable`` is False
    for every white space but the ASCII space and for every format character — so the common
    line is returned without a pattern pass over it.
    """
    if text.isprintable() and "  " not in text:
        return text
    return SPACES.sub(" ", text)


def normalise(text: str) -> str:
    """A line reduced to its label: markers and counts stripped, spaces collapsed, case-folded."""
    text = collapse_spaces(text)
    text = LEADING.sub("", text)
    text = TRAILING.sub("", text)
    stripped = TRAILING_COUNT.sub("", text)
    if LETTER.search(stripped):
        text = TRAILING.sub("", stripped)
    return text.strip().casefold().replace("’", "'")


def words(text: str) -> list[str]:
    return WORD.findall(text)


SEGMENT_SEPARATORS = regex.compile(r"[,;|/•·›»>&]+")
# The most words of a phrase in a bar or menu on one line (``Share on Facebook``, ``Leave a reply
# Cancel reply``): a longer phrase is a widget's sentence, matched only as the whole line.
BAR_PHRASE_WORDS = 4


@lru_cache(maxsize=8)
def _phrase_words(phrases: frozenset[str]) -> frozenset[str]:
    """Every word of every phrase: a line with any other word cannot be made of phrases."""
    return frozenset(word for phrase in phrases for word in phrase.split())


def segments(label: str, phrases: frozenset[str], longest: int) -> int | None:
    """Into how few phrases of ``phrases`` the words of ``label`` split, or None if they don't.

    ``Follow I follow`` is ``follow`` + ``i follow``; ``Facebook Twitter WhatsApp Email`` is four
    buttons, ``Home › News › World`` three sections (a breadcrumb trail). Commas, bars, bullets
    and breadcrumb arrows between the phrases are ignored.
    """
    first = first_word(label)
    if first and first not in first_words_of(phrases):
        return None  # it starts with a word no phrase starts with (prose): not read further
    tokens = SEGMENT_SEPARATORS.sub(" ", label).split()
    if not tokens or not _phrase_words(phrases).issuperset(tokens):
        return None  # a word no phrase has: no segmentation (the common case, prose)
    best: list[int | None] = [0] + [None] * len(tokens)
    for end in range(1, len(tokens) + 1):
        for size in range(1, min(longest, end) + 1):
            before = best[end - size]
            if before is not None and " ".join(tokens[end - size:end]) in phrases:
                so_far = best[end]
                if so_far is None or before + 1 < so_far:
                    best[end] = before + 1
    return best[-1]


SENTENCE_STOPS = ".!?…"
SENTENCE_CLOSERS = "\"'”’»)]"
SENTENCE_END = regex.compile(rf"(?r)[{SENTENCE_STOPS}][{regex.escape(SENTENCE_CLOSERS)}]*\Z")  # (?r): from the end


def ends_like_sentence(stripped: str) -> bool:
    """``SENTENCE_END.search(stripped) is not None``, read from the last character: a stop ends
    a sentence, and only after a closing quote or bracket is the pattern needed."""
    last = stripped[-1:]
    if not last or last not in SENTENCE_STOPS and last not in SENTENCE_CLOSERS:
        return False
    return last in SENTENCE_STOPS or SENTENCE_END.search(stripped) is not None


def announces(text: str) -> bool:
    """A line ending in a colon announces what follows it (``The club offers:``, ``Write to us at:``)."""
    return text.rstrip().endswith(":")


CAPITALISED = regex.compile(r"\A[\p{Lu}\p{Lt}]")


def is_prose(text: str) -> bool:
    """A sentence: five words or more, ending like a sentence, with lower-case words in it.

    The end is tested first and the words are read only until both counts are reached, so
    a paragraph costs its last characters and first few words, not a scan of all of it.
    """
    if not ends_like_sentence(text.strip()):
        return False
    found = lower = 0
    for match in WORD.finditer(text):
        found += 1
        lower += match.group()[:1].islower()
        if found >= 5 and lower >= 2:
            return True
    return False


# The most words a label has (see is_label).
LABEL_WORDS = 6


def first_words(text: str, limit: int) -> list[str]:
    """``words(text)``, but only the first ``limit`` of them: enough to tell a label from prose."""
    return [match.group() for match in islice(WORD.finditer(text), limit)]


# Three words, and more words than a label has: one pattern call each tells a line of prose
# from a label, where collecting the words as strings costs several times as much.
THREE_WORDS = regex.compile(rf"(?:{NEXT_WORD}){{3}}")
TOO_MANY_WORDS = regex.compile(rf"(?:{NEXT_WORD}){{{LABEL_WORDS + 1}}}")


def is_label(text: str) -> bool:
    """Short and without sentence structure: what a menu item or button looks like.

    Up to four words, or six when every word is capitalised (``Do Not Sell My Personal
    Information``); never a line ending like a sentence, unless it is one or two words.
    A line with more words is no label, whatever they are: only that many are counted (three
    when it ends like a sentence), and the words themselves are read only for a short line.
    """
    stripped = text.strip()
    if ends_like_sentence(stripped):
        return THREE_WORDS.match(stripped) is None and WORD.search(stripped) is not None
    if TOO_MANY_WORDS.match(stripped) is not None:
        return False
    found = first_words(stripped, LABEL_WORDS)
    return bool(found) and (len(found) <= 4 or is_title_case(found))


def is_title_case(found: list[str]) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() for w in found)


def is_symbols(text: str) -> bool:
    """Nothing but marks, or a small number standing alone (a counter left by its button)."""
    if LETTER.search(text):
        return False  # a letter is neither a mark nor part of a small number
    stripped = WHITE_SPACE.sub("", text)  # invisible characters (U+200B) stay: they are marks
    return bool(stripped) and (not ALNUM.search(stripped) or SMALL_NUMBER.fullmatch(stripped) is not None)


# Name particles that may stand lower-case inside a name: "Ursula von der Leyen".
NAME_PARTICLES = frozenset({"de", "da", "di", "do", "dos", "du", "del", "della", "van", "von",
                            "der", "den", "ten", "ter", "le", "la", "bin", "al", "el", "y", "zu"})


@lru_cache(maxsize=1)
def name_token() -> regex.Pattern[str]:
    """One word of a name: ``Niendorf``, ``J.``, ``Jean-Luc``, ``O'Brien``, and a surname whose
    particle keeps its capital inside it (``McDonald``, ``LaMotte``, ``DiCaprio``, ``VanDyke``:
    the particles of ``data/name_particles.txt``). A brand's inner capital (``YouTube``,
    ``PayPal``) follows no particle, and is no name's."""
    particles = "|".join(sorted((p.capitalize() for p in word_list("name_particles")), key=len, reverse=True))
    return regex.compile(rf"\A(?:\p{{Lu}}[\p{{Ll}}\p{{Lm}}'’-]*\p{{Ll}}|\p{{Lu}}\.|\p{{Lu}}\p{{Ll}}*-\p{{Lu}}\p{{Ll}}+"
                         rf"|(?:{particles}|O')\p{{Lu}}\p{{Ll}}+)\Z")


def has_name_shape(text: str) -> bool:
    """Two to four tokens: the shape :func:`looks_like_name` asks for before weighing words."""
    return 2 <= len(text.strip().rstrip(",").split(None, 4)) <= 4


def looks_like_name(text: str, vocab: Vocabulary, context: Context) -> bool:
    """Two to four capitalised words that are not a common phrase: ``Tim Niendorf``.

    Words that are among the most frequent of the language in lower case (``The``, ``More``,
    ``Performance``) are not taken for names, nor months, weekdays or known labels.
    """
    stripped = text.strip().rstrip(",")
    tokens = stripped.split(None, 4)  # five or more tokens: no name (and a paragraph not split whole)
    if not 2 <= len(tokens) <= 4 or normalise(stripped) in vocab.menu_phrases:
        return False
    capitalised = 0
    for token in tokens:
        if token in NAME_PARTICLES:
            continue
        if not name_token().match(token):
            return False
        folded = token.casefold().rstrip(".")
        if folded in vocab.months or folded in vocab.weekdays or folded in vocab.roles:
            return False
        if len(token) > 2 and context.lexicon.zipf(folded) >= 5.0 and not name_like_in_document(token, context):
            return False
        capitalised += 1
    return capitalised >= 2


def name_like_in_document(token: str, context: Context) -> bool:
    """A frequent word is still a name when the document never writes it in lower case."""
    return context.word_counts.get(token.lower(), 0) == 0 and token.lower() not in COMMON_CAPITALS


# Frequent words that start a heading in capitals but are never names.
COMMON_CAPITALS = frozenset({"the", "a", "an", "and", "of", "in", "on", "for", "to", "with",
                             "new", "more", "how", "why", "what", "when", "who", "this", "that"})


# A line's first word is read from this many characters; a longer run of letters is undecided.
FIRST_WORD_CHARACTERS = 40
# A line ending with one of these ends a sentence: TRAILING_CREDIT never matches it.
SENTENCE_LAST = frozenset('.!?"”')
# Quotes that open a line of prose: no residue phrase starts with one, nor does LEADING strip it.
OPENING_QUOTES = frozenset('"“‘\'„')


def first_word(text: str) -> str | None:
    """The letters ``text`` starts with, case-folded as :func:`normalise` folds them.

    ``share`` for ``Share this``, ``""`` for ``• Share`` or ``"Quote``, None when the run of
    letters is too long to read cheaply. A phrase that starts a line starts its first word.
    Not remembered: reading it costs less than a cache of lines, which kept the last thousand
    paragraphs alive and evicted six of them an article (3 % of the whole run, measured).
    """
    head = text[:FIRST_WORD_CHARACTERS].casefold()
    word, space, _ = head.partition(" ")
    if space and word.isalpha():
        return word  # the common line: a word, then a space (one step in C)
    for i, character in enumerate(head):
        if not character.isalpha():
            return head[:i]
    return head if len(text) <= FIRST_WORD_CHARACTERS else None


@lru_cache(maxsize=16)
def first_words_of(phrases: frozenset[str]) -> frozenset[str | None]:
    """The first word (see :func:`first_word`) of each of ``phrases``."""
    return frozenset(map(first_word, phrases))


@lru_cache(maxsize=64)
def word_count(text: str) -> int:
    """``len(words(text))``, counted only for the few lines whose verdict depends on it, and
    once for a line that both the credit and the teaser checks ask about."""
    return len(words(text))


BRACKET_PAIRS = (("(", ")"), ("[", "]"))


def unbracketed(stripped: str) -> str | None:
    """What one pair of brackets around the whole line holds, if it does and holds no others."""
    if len(stripped) > 2 and (stripped[0], stripped[-1]) in BRACKET_PAIRS \
            and not any(mark in stripped[1:-1] for mark in "()[]"):
        return stripped[1:-1].strip() or None
    return None


def split_prefix(label: str, prefixes: frozenset[str]) -> tuple[str, str] | None:
    """The longest of ``prefixes`` that starts ``label`` at a word boundary, and what follows.
    A hyphen between letters is none: `Read-only`, `Follow-up`, `Photo-op` are words.

    One set lookup per distinct prefix length, longest first, rather than a test per prefix;
    only the lengths of the prefixes that start with the label's first character.
    """
    for length in _lengths_from(prefixes, label[:1]):
        if len(label) > length and label[:length] in prefixes and not label[length].isalnum() \
                and not (label[length] == "-" and label[length + 1:length + 2].isalpha()):
            return label[:length], label[length:].lstrip(" ")
    return None


@lru_cache(maxsize=16)
def lengths(phrases: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(p) for p in phrases}, reverse=True))


@lru_cache(maxsize=16)
def most_words(phrases: frozenset[str]) -> int:
    """The most words any of ``phrases`` has."""
    return max((len(p.split()) for p in phrases), default=0)


@lru_cache(maxsize=1024)
def _lengths_from(phrases: frozenset[str], start: str) -> tuple[int, ...]:
    """:func:`lengths` of the phrases a label starting with ``start`` may start with."""
    return tuple(sorted({len(p) for p in phrases if p[:1] in ("", start)}, reverse=True))


@lru_cache(maxsize=16)
def longest_first(phrases: frozenset[str]) -> tuple[str, ...]:
    """``phrases`` sorted longest first, once rather than for every line that is tested."""
    return tuple(sorted(phrases, key=len, reverse=True))


def alternatives(phrases: frozenset[str]) -> str:
    """``phrases`` as a regex alternation, longest first (so a longer phrase wins)."""
    return "|".join(regex.escape(phrase) for phrase in longest_first(phrases))


# The longest line that can be a credit of names and agency, a dated byline or a bio's heading:
# a paragraph is longer, and is cleared of all three with one comparison.
SHORT_LINE_CHARACTERS = 120
DIGIT = regex.compile(r"\d")


@lru_cache(maxsize=16)
def phrase_opening(phrases: frozenset[str]) -> regex.Pattern[str]:
    """The longest of ``phrases`` that opens a folded line and is followed by ``" "`` or ``": "``.

    One pattern call in place of a prefix test per phrase (most lines start with none of them);
    the alternatives are tried longest first, so the phrase found is the one such a loop finds.
    """
    return regex.compile(rf"(?:{alternatives(phrases)})(?= |: )")
