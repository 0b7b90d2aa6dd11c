"""One line by itself: a button, a share bar, a counter, a teaser, a comment's header, a cookie notice.

:func:`classify_line` gives the verdict a line earns on its own, whatever its neighbours are:
the phrase lists decide (whole lines only), with the credit and date readers of
:mod:`~textfix.residue.credit_lines` and :mod:`~textfix.residue.dates`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from textfix.config import Options
from textfix.residue.credit_lines import (
    DANGLING_ON,
    REPORTING_CREDIT,
    credit_line,
    names_credit,
    site_credit,
    wire_slug,
)
from textfix.residue.dates import NUMERIC_DATE, date_keys_from, date_line, longest_date_key
from textfix.residue.text import (
    BAR_PHRASE_WORDS,
    CAPITALISED,
    SEGMENT_SEPARATORS,
    alternatives,
    collapse_spaces,
    first_word,
    first_words_of,
    is_prose,
    normalise,
    segments,
    words,
    split_prefix,
    word_count,
)
from textfix.residue.verdicts import SUGGESTED, Paragraph, Verdict
from textfix.residue.vocabulary import Vocabulary, user_patterns, vocabulary


@lru_cache(maxsize=4096)
def classify_cached(text: str, options: Options) -> Verdict | None:
    """:func:`classify_line` remembered per line: the next round, which sees the same document
    with a few words repaired, classifies most of its lines again."""
    return classify_line(text, vocabulary(), options)


def classify_line(text: str, vocab: Vocabulary, options: Options) -> Verdict | None:
    """The verdict on one line by itself (no neighbours), or None when it is not residue."""
    stripped = collapse_spaces(text).strip()
    if not stripped:
        return None
    label = normalise(stripped)
    for pattern in user_patterns(options.residue_patterns):
        if pattern.fullmatch(stripped) or pattern.fullmatch(label):
            return Verdict("TF301", "matches a configured residue pattern")
    if GALLERY_COUNTER.fullmatch(stripped.strip(" •·|-–—")):
        return Verdict("TF301", "a gallery counter")
    if IMAGE_ADDRESS.fullmatch(stripped):
        return Verdict("TF301", "an image's address alone on its line (the page's preview image)")
    if not label:
        return None
    return (_button(label, vocab, stripped) or date_line(stripped, vocab) or credit_line(stripped, label, vocab)
            or _teaser(stripped, label, vocab) or _teaser_heading(stripped, label, vocab)
            or _box_name(stripped, label, vocab) or site_credit(stripped, vocab)
            or _metadata_prefix(text, vocab) or wire_slug(stripped)
            or _comment_header(stripped, vocab) or _comment_count(stripped, vocab))


FIRST_LETTER_LOWER = regex.compile(r"\P{L}*\p{Ll}")

# "Image 1 of 5", "Bild 3 von 10", "Photo 3/12", "1 / 8"; a bare "3 of 4" may be a sentence broken over lines.
GALLERY_WORDS = frozenset({"image", "photo", "picture", "slide", "bild", "foto", "imagen", "fotografía",
                           "diapositiva", "immagine"})
GALLERY_COUNTER = regex.compile(
    rf"(?:{'|'.join(sorted(GALLERY_WORDS))})\s+\d{{1,3}}(?:\s+(?:of|von|aus|de|sur|di)\s+|\s*/\s*)\d{{1,3}}"
    r"|\d{1,3}\s*/\s*\d{1,3}", regex.IGNORECASE)


# An image's address alone on a line: what an extractor keeps of a page's preview image
# (``og:image``), never text. Any other address alone stays (a site named at an article's end).
IMAGE_FILE = r"\.(?:png|jpe?g|gif|webp|avif|svg|bmp)"
IMAGE_ADDRESS = regex.compile(rf"(?:https?://|www\.)\S+?{IMAGE_FILE}(?:[?#]\S*)?", regex.IGNORECASE)


# A count beside its noun: "12 comments", "Shares (4)", "Views: 1,234", "432shares" (a widget's
# number and label glued). The thousands' "k" ends where a letter does not follow it: "38
# Kommentare" is 38, not "38 K".
COUNT = r"[\d.,]+(?:\s*[km](?!\p{L}))?"
COUNTER = regex.compile(rf"({COUNT})\s*(.+)|(.+?):?\s*\(?({COUNT})\)?")


def _button(label: str, vocab: Vocabulary, line: str) -> Verdict | None:
    if label in vocab.buttons:
        return Verdict("TF301", "a page button or label on its own line", heads_teasers=label in vocab.teaser_boxes)
    count = segments(label, vocab.bar_phrases, BAR_PHRASE_WORDS)
    if count is None and ":" in label:
        count = _share_list(label, vocab)
    # Buttons are labelled with a capital or a symbol; a line starting lower-case is a line of
    # text whose words happen to be button words (`next line`: not `Next` + the LINE app).
    if count is not None and count >= 2 and not FIRST_LETTER_LOWER.match(line):
        return Verdict("TF301", "a bar of page buttons (share, follow, print)")
    count = segments(label, vocab.menu_phrases, BAR_PHRASE_WORDS)
    if count is not None and count >= 3:
        return Verdict("TF302", "a navigation menu on one line")
    first = first_word(label)
    if first and first not in first_words_of(vocab.counters):
        return None  # a counter's label starts with its number or its noun
    match = COUNTER.fullmatch(label)
    if match:
        noun = match.group(2) or match.group(3)
        if noun in vocab.counters:
            return Verdict("TF301", "a counter of page reactions")
    return None


def _share_list(label: str, vocab: Vocabulary) -> int | None:
    """``Share this story: Facebook and Twitter``, ``Share on: Facebook Twitter``: buttons, a colon,
    then buttons, maybe joined by "and" (``bar_joiners``). The joiner counts only after the colon,
    so ``Facebook and Twitter`` alone (a heading of an article about them) is no bar."""
    head, _, tail = label.partition(":")
    if head in vocab.credit_prefixes:
        return None  # "Photo: Getty Images" is a credit (TF304), though both are buttons
    before = segments(head, vocab.bar_phrases, BAR_PHRASE_WORDS)
    if before is None:
        return None  # "He said: …", the common line with a colon: the rest is not read
    tokens = [token for token in SEGMENT_SEPARATORS.sub(" ", tail).split() if token not in vocab.bar_joiners]
    after = segments(" ".join(tokens), vocab.bar_phrases, BAR_PHRASE_WORDS) if tokens else None
    return before + after if after is not None else None


NOT_WORD = regex.compile(r"[^\p{L}\p{N}+' ]+")


def _teaser(stripped: str, label: str, vocab: Vocabulary) -> Verdict | None:
    """Teasers, link instructions, calls to action, reporting credits. One that is a sentence
    (``Click here to get more information or to order the book.``) may be the article's own
    words: only suggested."""
    verdict = _teaser_kind(stripped, label, vocab)
    if verdict is not None and is_prose(stripped) and not names_credit(stripped, vocab):
        return Verdict(verdict.rule, verdict.reason + " (a sentence: may be the article's)", SUGGESTED)
    return verdict


def _teaser_kind(stripped: str, label: str, vocab: Vocabulary) -> Verdict | None:
    prefix = split_prefix(label, vocab.teaser_prefixes)
    if prefix is not None and word_count(stripped) <= 25 and prefix[1][:1] in (":", "|", "»", "›", "-", "–", "—") and len(prefix[1]) > 1:
        return Verdict("TF307", "a teaser of another page")
    if split_prefix(label, vocab.link_instructions) is not None and word_count(stripped) <= 15:
        return Verdict("TF307", "a link instruction (click here …)")
    if split_prefix(label, vocab.calls_to_action) is not None and word_count(stripped) <= 15:
        padded = f" {NOT_WORD.sub(' ', label)} "
        if any(f" {obj} " in padded for obj in vocab.call_objects) or (word_count(stripped) <= 6 and DANGLING_ON.search(label)):
            return Verdict("TF307", "a call to subscribe or follow")
    if REPORTING_CREDIT.search(stripped) and word_count(stripped) <= 30:
        return Verdict("TF307", "a reporting credit")
    if ARROW_LINK.search(stripped) and word_count(stripped) <= 25:
        return Verdict("TF307", "a link to another page (← the previous one, the next one →)")
    return None


# A link's arrow: a line that opens with one pointing back (``← Aachen 1933 – 1945``, a blog's
# previous post) or ends with one pointing on (``Weiter zum Programm →``) names another page.
# A line of arrows alone is marks (TF308); guillemets are quotation marks in many languages.
BACK_ARROWS = "←⇐⟵"
ON_ARROWS = "→⇒⟶"
ARROW_LINK = regex.compile(rf"\A[{BACK_ARROWS}]\s*[\p{{L}}\p{{N}}]|[\p{{L}}\p{{N}}.!?)]\s*[{ON_ARROWS}]\Z")


# A heading over a box of other pages' teasers: "More Tech Stories", "Weitere Artikel zum Thema",
# "Most read in Sport", "More from Riverside Radio". The words are data ([teaser_headings] in each
# language's list); the shapes are here. Up to two words may stand between the opener and the noun
# ("More Great Northwind Stories"), never a number ("More than 200 stories" is a fact, not a box),
# and a few words may follow the noun ("… you might like") or the source ("… in Sport").
HEADING_BETWEEN = r"(?: [^\s\d]+){0,2}?"
HEADING_TAIL = r"(?: \S+){0,4}"
HEADING_SOURCE_TAIL = r"(?: \S+){1,4}"
HEADING_WORDS = 8  # a longer line is a teaser's own headline or a sentence


@lru_cache(maxsize=1)
def teaser_heading_pattern() -> regex.Pattern[str]:
    """``<opener> [two words] <noun> [four words]`` or ``<opener> <source> <one to four words>``,
    matched against a whole label (folded, spaces collapsed)."""
    vocab = vocabulary()
    openers, nouns = alternatives(vocab.heading_openers), alternatives(vocab.heading_nouns)
    sources = alternatives(vocab.heading_sources)
    return regex.compile(rf"(?:{openers}){HEADING_BETWEEN} (?:{nouns}){HEADING_TAIL}"
                         rf"|(?:{openers}) (?:{sources}){HEADING_SOURCE_TAIL}")


def _box_heading_shape(stripped: str, most_words: int) -> bool:
    """Capitalised, no sentence stop, at most ``most_words`` words: the heading over a box, not a
    sentence (``More stories were told.``) nor one broken over lines (``… for the daily newsletter``)."""
    return not (FIRST_LETTER_LOWER.match(stripped) or stripped[-1:] in ".!?" or word_count(stripped) > most_words)


def _teaser_heading(stripped: str, label: str, vocab: Vocabulary) -> Verdict | None:
    """``More Tech Stories`` / ``Most read in Sport``: the title of a box of other pages.

    A line that starts lower-case (the middle of a sentence broken over lines) or ends with a
    sentence stop (``More stories were told.``) is not taken, nor a line of more than eight words.
    """
    first = first_word(label)
    if first is not None and first not in first_words_of(vocab.heading_openers):
        return None
    if not _box_heading_shape(stripped, HEADING_WORDS):
        return None
    if teaser_heading_pattern().fullmatch(label):
        return Verdict("TF307", "a heading over teasers of other pages", heads_teasers=True)
    return None


BOX_NAME_WORDS = 5  # "Best of the Web Newsletter"; a longer line is a call or a sentence


def _box_name(stripped: str, label: str, vocab: Vocabulary) -> Verdict | None:
    """``NHL Newsletter``, ``Daily Newsletters``, ``FURCHE-Newsletter``: the name over a
    newsletter's sign-up box. Capitalised, at most five words, no sentence stop: ``… for the daily
    newsletter`` is the end of a sentence broken over lines, ``I read the newsletter.`` a sentence."""
    if not _box_heading_shape(stripped, BOX_NAME_WORDS):
        return None
    last = label.rsplit(None, 1)[-1].rsplit("-", 1)[-1]
    if last in vocab.box_endings:
        return Verdict("TF307", "the name of a newsletter's box")
    return None


# A reader's comment under the article opens with its header: "Comment by Jane — 18.07.2011 @ 17:16"
# (the word, the commenter, then when), or "jane_doe says:" (the commenter and the blog's verb).
# The words are data (comment_words, comment_by, comment_on); the shape around them is here.
COMMENT_NAME = r" [^—–|@]{1,40}?"
COMMENT_WHEN = r"[\p{L}\d.,:/@ ]{0,40}\d(?:\s*[ap]\.?m\.?)?"
COMMENT_DASH = r"\s+[—–|-]\s+"


@lru_cache(maxsize=1)
def comment_by() -> regex.Pattern[str]:
    """``Comment by NAME — date`` in every language of the lists: the word and "by" in any case,
    the "on" before the date as themes print it, in lower case."""
    vocab = vocabulary()
    return regex.compile(
        rf"(?i:{alternatives(vocab.comment_words)}) (?i:{alternatives(vocab.comment_by)}){COMMENT_NAME}"
        rf"(?:{COMMENT_DASH}|\s+(?:{alternatives(vocab.comment_on)})\s+){COMMENT_WHEN}")


COMMENT_HEADER_WORDS = 5  # the commenter's name (up to four tokens) and the verb


def _comment_header(stripped: str, vocab: Vocabulary) -> Verdict | None:
    """A reader comment's header line. ``Comment by NAME — date`` is certain; ``NAME says:``
    is certain only beside the comment's date line (see :func:`comment_headers`): alone it
    may be an article's ``Jane Doe says:`` before a quotation, and is only proposed."""
    if comment_by().fullmatch(stripped):
        return Verdict("TF301", "the header of a reader's comment")
    if not stripped.endswith(":") or len(stripped.split()) > COMMENT_HEADER_WORDS:
        return None
    name, _, verb = stripped[:-1].rstrip().rpartition(" ")
    if name and verb.casefold() in vocab.comment_verbs and not is_prose(name + "."):
        return Verdict("TF301", COMMENT_SAYS, SUGGESTED)
    return None


COMMENT_SAYS = "a commenter's name and 'says:' (a comment's header)"


# The heading over the comments of a blog post: "12 thoughts on “Title”", "Ein Kommentar zu „Titel“".
# The words are data ([comment_count] in each language's list); the title must be quoted as blog
# themes print it: "3 thoughts on leadership" unquoted may be the article's own heading.
OPENING_TITLE_QUOTES = "\"“„«‘‚'»"


@lru_cache(maxsize=1)
def comment_count_pattern() -> regex.Pattern[str]:
    """``<count> <noun> <on> <quoted title>``, the count a number or a word (``One``, ``Keine``)."""
    vocab = vocabulary()
    count = rf"(?:\d[\d.,]*|(?i:{alternatives(vocab.comment_count_ones)}))"
    return regex.compile(rf"{count} (?i:{alternatives(vocab.comment_count_nouns)}) "
                         rf"(?i:{alternatives(vocab.comment_count_on)}) [{OPENING_TITLE_QUOTES}].+")


def _comment_count(stripped: str, vocab: Vocabulary) -> Verdict | None:
    first = first_word(stripped)
    if first and first not in first_words_of(vocab.comment_count_ones):
        return None  # a count is a digit or one of the words for one: other lines are not matched
    if comment_count_pattern().fullmatch(stripped):
        return Verdict("TF301", "the heading over a post's comments (their count and the title)", joins_menus=False)
    return None


def comment_headers(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """``NAME says:`` right before the comment's date line (``19 November 2019 at 8:45 am``) is
    the header of a reader's comment, as blog themes print it: removed, not only proposed. Once
    one is, the page's other ``NAME says:`` lines are its other comments' headers, with or
    without a date. It starts only from classify_line's own (suggested) verdict, so a document
    in which :func:`_nothing_to_find` finds nothing has none."""
    dated = False
    for i in range(len(lines) - 1):
        verdict, after = verdicts[i], verdicts[i + 1]
        if verdict is not None and verdict.reason == COMMENT_SAYS and after is not None and after.rule == "TF303":
            verdicts[i] = Verdict("TF301", COMMENT_SAYS + " before its date")
            dated = True
    if dated:
        for i, verdict in enumerate(verdicts):
            if verdict is not None and verdict.reason == COMMENT_SAYS:
                verdicts[i] = Verdict("TF301", COMMENT_SAYS + " printed as the page's other comments")


# Between a metadata key and its value, and between the value and the sentence it is glued to.
PREFIX_GAP = regex.compile(r"[\s:]*")
VALUE_GAP = regex.compile(r"[\s,|–—-]+")


def _metadata_prefix(text: str, vocab: Vocabulary) -> Verdict | None:
    """Only a *keyed* date before a capitalised sentence: ``date 2021-11-04 The International…``."""
    lead = len(text) - len(text.lstrip())
    body = text[lead:]
    folded = body[:longest_date_key()].casefold()  # (folding keeps a prefix a prefix)
    for phrase, key in date_keys_from(folded[:1]):
        if not folded.startswith(phrase) or len(phrase) < 3:
            continue
        gap = PREFIX_GAP.match(body, len(phrase))
        value = NUMERIC_DATE.match(body, gap.end()) if gap and gap.end() > len(phrase) else None
        if value is None:
            continue
        after = VALUE_GAP.match(body, value.end())
        if after is None:
            continue
        sentence = body[after.end():]
        if CAPITALISED.match(sentence) and is_prose(sentence):
            return Verdict("TF306", f"a {phrase!r} prefix glued to the first sentence",
                           metadata=((key, value.group()),), prefix_end=lead + after.end())
    return None


# A cookie notice is a short paragraph (a longer one is a privacy policy's, or an article's) that
# names cookies and COOKIE_CONTEXTS of the site, its visitor's experience or consent.
COOKIE_NOTICE_WORDS = 80
COOKIE_CONTEXTS = 2


def cookie_notice(text: str, vocab: Vocabulary) -> bool:
    """Whether ``text`` is a short paragraph naming cookies and COOKIE_CONTEXTS of the words a
    notice names them with (whole words: ``The cookies were baked at the site`` names one)."""
    if not _marks_cookies(text) or cookie_mention().search(text) is None \
            or len(text.split(None, COOKIE_NOTICE_WORDS)) > COOKIE_NOTICE_WORDS:
        return False
    return len({word.casefold() for word in words(text)} & vocab.cookie_contexts) >= COOKIE_CONTEXTS


def _marks_cookies(text: str) -> bool:
    """Whether a cookie word without its first letter (``ookie``) is in ``text``: plain substring
    tests that clear a line, whatever the word's case, before the whole-word pattern is run."""
    for mark in cookie_marks():
        if mark in text:
            return True
    return False


@lru_cache(maxsize=1)
def cookie_marks() -> tuple[str, ...]:
    return tuple(sorted({word[1:] for word in vocabulary().cookie_words}))


@lru_cache(maxsize=1)
def cookie_mention() -> regex.Pattern[str]:
    return regex.compile(rf"\b(?:{alternatives(vocabulary().cookie_words)})\b", regex.IGNORECASE)
