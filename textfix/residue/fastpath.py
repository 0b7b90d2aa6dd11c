"""The fast path: whether a line could be residue at all, by a set lookup of its first words.

Clean prose is the common case, and classify_line's checks cost several pattern passes over
a line. All of them but a few need the line to start with a phrase of the vocabulary (a
button, a menu, a date, a counter's noun, a credit or teaser prefix); the few need a mark of
their own: an agency after a slash or bar, "contributed reporting", a credit at the end (a
colon and no sentence stop last, or a credit's, box's or site platform's last word), a wire
slug's "--". A line that starts with a letter and has none of these is no residue by itself,
and one set lookup of its first word clears it.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from textfix.config import Options
from textfix.residue.classify import GALLERY_WORDS, ON_ARROWS
from textfix.residue.credit_lines import COPYRIGHT_START, REPORTING_WORDS, WIRE_MARK, ends_like_residue
from textfix.residue.text import BAR_PHRASE_WORDS, OPENING_QUOTES, SENTENCE_LAST, first_word, first_words_of
from textfix.residue.vocabulary import vocabulary

# What may follow a line's first word when the line is residue: any word (None), or a word
# in one of these sets (see :func:`openings`).
Followers = tuple[frozenset[str | None], ...] | None


@lru_cache(maxsize=1)
def openings() -> dict[str | None, Followers]:
    """How a residue line may open: its first word, and what its second word may be.

    * a prefix of one word (``Advertisement``, ``Photo``, ``Reporting``): anything follows;
    * a date key (``Updated``, ``On``): a date follows, or a digit, or a count (``an hour ago``);
    * a comment's header (``Comment by``): its "by";
    * a button, section name, counter or date word: the next word of the phrase, or — after
      a whole one-word button or section (a bar, a menu) — any such phrase's first word, after
      a date word any date word; a counter's number and a gallery's are digits, never words.

    Only first words are keys, so a line opening with any other word is no residue by itself.
    """
    vocab = vocabulary()
    line_phrases = vocab.menu_phrases | vocab.bar_phrases
    seconds: dict[str | None, set[str | None]] = {}  # the second words of longer phrases
    shared: dict[str | None, list[frozenset[str | None]]] = {}  # what may follow a one-word phrase
    anything: set[str | None] = set()

    def add(phrases: frozenset[str], after_one_word: frozenset[str | None] | None) -> None:
        for phrase in phrases:
            words = phrase.split()
            key = first_word(phrase)
            seconds.setdefault(key, set())
            if len(words) > 1:
                seconds[key].add(first_word(words[1]))
            elif after_one_word is None:
                anything.add(key)
            elif not any(group is after_one_word for group in shared.setdefault(key, [])):
                shared[key].append(after_one_word)

    add(vocab.credit_prefixes | vocab.teaser_prefixes | vocab.link_instructions | vocab.calls_to_action
        | vocab.heading_openers | vocab.site_software | vocab.site_design | vocab.site_theme | REPORTING_WORDS, None)
    date_words = first_words_of(vocab.date_words)
    add(frozenset(phrase for phrase, _ in vocab.date_keys), date_words | first_words_of(vocab.relative_counts))
    add(line_phrases, first_words_of(frozenset(p for p in line_phrases if len(p.split()) <= BAR_PHRASE_WORDS)))
    add(vocab.date_words, date_words)
    add(vocab.counters | GALLERY_WORDS, frozenset())
    add(frozenset(f"{word} {by}" for word in vocab.comment_words for by in vocab.comment_by), None)
    add(frozenset(f"{one} {noun}" for one in vocab.comment_count_ones for noun in vocab.comment_count_nouns), None)
    return {key: None if key in anything else (frozenset(second), *shared.get(key, ()))
            for key, second in seconds.items()}


ASCII_LETTERS = regex.compile(r"[A-Za-z]*")


def second_word(text: str, first: str) -> str | None:
    """For a line ``<first> <letters><a non-letter or the end>``, all in ASCII, the second
    word's letters in lower case; None for any other line (undecided)."""
    start = len(first) + 1
    if text[start - 1:start] != " " or not text[:start].isascii():
        return None
    found = ASCII_LETTERS.match(text, start)
    assert found is not None  # "*": it matches, if only the empty string
    after = text[found.end():found.end() + 1]
    return found.group().lower() if found.group() and after.isascii() else None


def could_be_residue(text: str, options: Options) -> bool:
    """A cheap necessary condition for ``classify_line(text, ...)`` to find residue.

    False only for a line that starts with a letter, has no slash or bar, no "contributed", no
    colon unless it ends a sentence, no link's arrow last, no end such as a credit's, a
    newsletter box's or a site credit's (``photo``, ``via AP``, ``Newsletter``, ``Blogger.``:
    :func:`ends_like_residue`), and whose first two words open no residue line
    (:func:`openings`): ``The government said …``.
    The test suite checks it on every residue example; a new check in classify_line must keep
    it necessary (add its phrases there).
    """
    if options.residue_patterns:
        return True  # a user's pattern may match anything
    first = first_word(text)
    if not first and text[:1] not in OPENING_QUOTES:
        return True  # a mark, a digit, a bracket or white space first: undecided
    if "/" in text or "|" in text or "contributed" in text or WIRE_MARK in text \
            or (":" in text and text[-1] not in SENTENCE_LAST) \
            or text.rstrip()[-1:] in ON_ARROWS or ends_like_residue(text):
        return True
    if not first:
        return False  # a quotation: no phrase, date or prefix starts with a quote
    if not text[:len(first)].isascii() or first.startswith(COPYRIGHT_START):
        return True  # beyond ASCII, case-insensitive patterns and case folding may disagree
    opening = openings()
    if first not in opening:
        return False
    followers = opening[first]
    if followers is None:
        return True  # any word may follow this one
    second = second_word(text, first)
    return second is None or any(second in group for group in followers)
