"""Line rules for web page residue: buttons, menus, credits, bylines and metadata prefixes.

Text extracted from a web page keeps pieces of the page around the article: a follow button
(``• Follow I follow``), a share bar (``Facebook Twitter WhatsApp Email``), ``Advertisement``,
``Read more: …`` teasers, photo credits, a navigation menu one word per line, an author box
(``Tim Niendorf`` / ``Political Editor.``), a date line, a ``date 2021-11-04`` prefix glued to
the first sentence.

Residue is recognised in two ways, and only ever as a WHOLE line (or a recognised prefix):

* by vocabulary: the words every news site uses for its furniture, kept as data per language
  in ``textfix/data/residue/<lang>.toml`` (plus ``common.toml``) and the user's
  ``Options.residue_patterns``; all languages' lists are read, because a page's furniture is
  often in another language than its article;
* by shape and position: a line of symbols next to residue, a menu (a run of short labels most
  of which are known section names), a name line followed by a job title next to a follow
  button.

What could be content is at most *suggested*: a lone name line, a name with a role but no other
furniture near it. A line of prose is never removed by shape, nothing is removed from inside a
sentence except a recognised metadata prefix, and what a byline or a date says goes into the
edit's ``metadata`` so a pipeline keeps it.

A removal takes the line together with the line break and blank lines after it, so removing a
paragraph never leaves a run of blank lines behind.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import NamedTuple
from importlib import resources

import regex

from textfix.config import Options
from textfix.context import Context
from textfix.edits import Applicability, Edit
from textfix.lines import Line, iter_lines, line_texts
from textfix.resources import word_list
from textfix.rules import Phase, Rule

SAFE, SUGGESTED = Applicability.SAFE, Applicability.SUGGESTED

# ---------------------------------------------------------------------------- vocabulary

DATA_PACKAGE = "textfix.data"
DATA_FOLDER = "residue"


@dataclass(frozen=True)
class Vocabulary:
    """The merged residue lists of every shipped language (all lower-case phrases)."""

    buttons: frozenset[str]
    bar_words: frozenset[str]
    sections: frozenset[str]
    teaser_prefixes: frozenset[str]
    credit_prefixes: frozenset[str]
    credit_suffixes: frozenset[str]  # "submitted photo" in "Jane Roe Submitted photo"
    box_endings: frozenset[str]  # "newsletter" in "NHL Newsletter", a newsletter box's name
    calls_to_action: frozenset[str]
    link_instructions: frozenset[str]
    call_objects: frozenset[str]
    counters: frozenset[str]
    byline_words: frozenset[str]
    tag_headers: frozenset[str]
    roles: frozenset[str]
    agencies: frozenset[str]
    time_zones: frozenset[str]
    months: frozenset[str]
    weekdays: frozenset[str]
    date_fillers: frozenset[str]
    relative_days: frozenset[str]  # "today", "gestern": a date line's day, as "4" or "4th" is
    date_keys: tuple[tuple[str, str], ...]  # (phrase, metadata key), longest phrase first
    bar_phrases: frozenset[str]  # buttons and bar words: what a share bar is made of
    menu_phrases: frozenset[str]  # buttons and section names: what a one-line menu is made of
    date_words: frozenset[str]  # months, weekdays, time zones, fillers and "vor": what a date is made of
    rights_notices: frozenset[str]  # "all rights reserved" in each language
    comment_verbs: frozenset[str]  # "says" in "jane_doe says:", a comment's header
    comment_words: frozenset[str]  # "comment" in "Comment by NAME — date"
    comment_by: frozenset[str]  # "by" in "Comment by NAME — date"
    comment_on: frozenset[str]  # "on" in "Comment by NAME on date"
    relative_before: frozenset[str]  # "vor" in "vor 3 Stunden"
    relative_after: frozenset[str]  # "ago" in "5 hours ago"
    relative_units: frozenset[str]  # "hours", "h" in "5 hours ago", "5H ago"
    relative_long_units: frozenset[str]  # "years": only after a date key
    relative_counts: frozenset[str]  # "an" in "an hour ago": only after a date key
    staff_words: frozenset[str]  # "staff" in "By Caracas Herald Staff"
    contact_openers: frozenset[str]  # "write to" in "Write to NAME at EMAIL"
    contact_at: frozenset[str]  # "at" in "Write to NAME at EMAIL"
    single_name_openers: frozenset[str]  # "by" in "by Darshil": a byline word a lone name may follow
    bar_joiners: frozenset[str]  # "and" in "Share this story: Facebook and Twitter"
    bio_openers: frozenset[str]  # "about" in "About Jane Doe" over the author's bio
    comment_count_ones: frozenset[str]  # "one" in "One thought on “Title”"
    comment_count_nouns: frozenset[str]  # "thoughts" in "12 thoughts on “Title”"
    comment_count_on: frozenset[str]  # "on" in "12 thoughts on “Title”"
    heading_openers: frozenset[str]  # "more", "most read" in "More Tech Stories", "Most read in Sport"
    heading_nouns: frozenset[str]  # "stories" in "More Tech Stories": what a teaser box lists
    heading_sources: frozenset[str]  # "from" in "More from Riverside Radio": where the pages are
    site_software: frozenset[str]  # "powered by" in "Powered by WordPress", a site's credit line
    site_design: frozenset[str]  # "designed by" in "Designed by Elegant Themes"
    site_theme: frozenset[str]  # "theme" in "Simple theme", "Theme: Catch Evolution"
    site_platforms: frozenset[str]  # "blogger" in "Simple theme. Powered by Blogger.": what a credit line ends in
    site_credit_phrases: frozenset[str]  # software and theme phrases: one of them is in every site credit line


def _read_list_files() -> list[dict]:
    folder = resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER)
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".toml"))
    return [tomllib.loads(folder.joinpath(n).read_text(encoding="utf-8")) for n in names]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Every language's list merged; read on first use, never at import."""
    tables = _read_list_files()

    def merged(key: str, section: str | None = None) -> frozenset[str]:
        found: set[str] = set()
        for table in tables:
            source = table.get(section, {}) if section else table
            found.update(map(_phrase_label, source.get(key, ())))
        return frozenset(p for p in found if p)

    buttons = merged("buttons") | merged("cms_strings")
    sections, bar_words = merged("sections"), merged("bar_words")
    months, weekdays = merged("months", "words"), merged("weekdays", "words")
    time_zones, date_fillers = merged("time_zones"), merged("date_fillers", "words")
    relative_days = merged("relative_days", "words")
    site_software, site_theme = merged("software", "site_credits"), merged("theme", "site_credits")
    relative_before = merged("before", "relative_time")
    keys = {normalise(phrase): key for table in tables
            for key, phrases in table.get("date_keys", {}).items() for phrase in phrases}
    return Vocabulary(
        buttons=buttons, bar_words=bar_words, sections=sections,
        teaser_prefixes=merged("teaser_prefixes"), credit_prefixes=merged("credit_prefixes"),
        credit_suffixes=merged("credit_suffixes"), box_endings=merged("box_endings"),
        calls_to_action=merged("calls_to_action"), link_instructions=merged("link_instructions"),
        call_objects=merged("call_objects"), counters=merged("counters"),
        byline_words=merged("byline_words"), tag_headers=merged("tag_headers"), roles=merged("roles"),
        agencies=merged("agencies"),
        time_zones=time_zones, months=months, weekdays=weekdays, date_fillers=date_fillers,
        relative_days=relative_days,
        date_keys=tuple(sorted(keys.items(), key=lambda kv: -len(kv[0]))),
        bar_phrases=buttons | bar_words, menu_phrases=buttons | sections,
        date_words=months | weekdays | time_zones | date_fillers | relative_days | relative_before,
        rights_notices=merged("rights_notices"),
        comment_verbs=merged("comment_verbs"), comment_words=merged("comment_words"),
        comment_by=merged("comment_by"), comment_on=merged("comment_on"),
        relative_before=relative_before, relative_after=merged("after", "relative_time"),
        relative_units=merged("units", "relative_time"), relative_long_units=merged("long_units", "relative_time"),
        relative_counts=merged("counts", "relative_time"), staff_words=merged("staff_words"),
        contact_openers=merged("contact_openers"), contact_at=merged("contact_at"),
        single_name_openers=merged("single_name_openers"), bar_joiners=merged("bar_joiners"),
        bio_openers=merged("bio_openers"),
        comment_count_ones=merged("ones", "comment_count"), comment_count_nouns=merged("nouns", "comment_count"),
        comment_count_on=merged("on", "comment_count"),
        heading_openers=merged("openers", "teaser_headings"), heading_nouns=merged("nouns", "teaser_headings"),
        heading_sources=merged("sources", "teaser_headings"),
        site_software=site_software, site_design=merged("design", "site_credits"), site_theme=site_theme,
        site_platforms=merged("platforms", "site_credits"), site_credit_phrases=site_software | site_theme,
    )


def _phrase_label(phrase: str) -> str:
    """``normalise(phrase)``, without its pattern passes for a phrase already in that form (a
    list's lower-case words, letters or digits at both ends): every run's start-up reads the
    lists, and most of their thousands of phrases are."""
    if phrase[:1].isalnum() and phrase[-1:].isalnum() and "’" not in phrase and phrase == phrase.casefold() \
            and collapse_spaces(phrase) is phrase:
        return phrase
    return normalise(phrase)


@lru_cache(maxsize=16)
def user_patterns(patterns: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    """The user's extra residue patterns: a line whose stripped text fully matches one is residue."""
    return tuple(regex.compile(p, regex.IGNORECASE) for p in patterns)


# ---------------------------------------------------------------------------- line text

# Markers around a label that are not part of it: bullets, arrows, bars, dashes, invisible
# characters. Must not eat letters, digits, quotes or brackets (a quote's marks are content).
EDGE_MARKS = r"[\s\p{Cf}•·‧∙◦○●■□▪▫►▶▸▹→←↑↓⇒»«›‹>|*✓✔✕✖×#\-–—_~+]"
LEADING = regex.compile(rf"\A{EDGE_MARKS}+")
# (?r): searched from the end, so a long paragraph costs its last characters, not all of them.
TRAILING = regex.compile(rf"(?r)(?:{EDGE_MARKS}|[:.…!?])+\Z")
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


# ---------------------------------------------------------------------------- shapes

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
        if len(token) > 2 and context.lexicon.zipf(folded) >= 5.0 and not _name_like_in_document(token, context):
            return False
        capitalised += 1
    return capitalised >= 2


def _name_like_in_document(token: str, context: Context) -> bool:
    """A frequent word is still a name when the document never writes it in lower case."""
    return context.word_counts.get(token.lower(), 0) == 0 and token.lower() not in COMMON_CAPITALS


# Frequent words that start a heading in capitals but are never names.
COMMON_CAPITALS = frozenset({"the", "a", "an", "and", "of", "in", "on", "for", "to", "with",
                             "new", "more", "how", "why", "what", "when", "who", "this", "that"})


# ---------------------------------------------------------------------------- dates

NUMERIC_DATE = regex.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}/\d{1,2}/\d{1,2}")
TIME = regex.compile(r"(?:\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?![\p{L}\d])",
                     regex.IGNORECASE)
DAY_OF_MONTH = regex.compile(r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?")
YEAR = regex.compile(r"\d{4}")
DATE_SEPARATORS = regex.compile(r"[,/|·•\-–—()@]+")  # "@" as in "Nov 18, 2019 @ 5:19 PM"


def date_value(text: str, vocab: Vocabulary, keyed: bool = False) -> str | None:
    """The date or time that ``text`` is made of (``Mar. 4, 2021 9:15 am ET``), or None.

    Every word must be a date part (month, weekday, day, year, time, time zone, a filler such as
    ``at``), and there must be a month or a full numeric date or a time with a zone, so that
    ``2019`` or ``June 12 – Austin, TX`` are not dates. A bare time is a date only after a key
    (``Updated at 4:05 p.m.``: ``keyed``), with its zone, or with its day (``Today 9:15 AM``).
    So is a month with its year and no day (``Updated November 2019``): alone, ``April 2019``
    is an archive's item or a heading of the article's timeline, not the page's date.
    """
    rest = NUMERIC_DATE.sub(" \x00 ", text)
    rest = TIME.sub(" \x01 ", rest)
    rest = DATE_SEPARATORS.sub(" ", rest)
    has_numeric = "\x00" in rest
    has_time = "\x01" in rest
    has_month = has_day = has_year = False
    for token in rest.split():
        folded = token.casefold().rstrip(".")
        if token in ("\x00", "\x01"):
            continue
        if folded in vocab.months:
            has_month = True
        elif YEAR.fullmatch(token):
            has_year = True
        elif DAY_OF_MONTH.fullmatch(token) or folded in vocab.relative_days:
            has_day = True
        elif folded in vocab.weekdays or folded in vocab.time_zones or folded in vocab.date_fillers:
            continue
        else:
            return None
    if has_numeric or (has_month and (has_day or has_year and keyed)) \
            or (has_time and (keyed or has_month or has_day or has_year or _has_zone(text, vocab))):
        return text.strip(" ,|-–—")
    return None


def _has_zone(text: str, vocab: Vocabulary) -> bool:
    return any(t.casefold() in vocab.time_zones for t in text.split())


def split_date_key(label_text: str, vocab: Vocabulary) -> tuple[str, str]:
    """``("updated", "10:32 GMT")`` from ``Updated 10:32 GMT``; key ``date`` when there is none."""
    folded = label_text[:_longest_date_key() + 1].casefold()  # (folding keeps a prefix a prefix)
    for phrase, key in date_keys_from(folded[:1]):
        if folded.startswith(phrase) and (len(folded) == len(phrase) or not folded[len(phrase)].isalnum()):
            return key, label_text[len(phrase):].lstrip(" :.-–—")
    return "date", label_text


@lru_cache(maxsize=256)
def date_keys_from(start: str) -> tuple[tuple[str, str], ...]:
    """The date keys (longest first, as in ``date_keys``) that a folded text starting with
    ``start`` can start with: a line is compared with a few keys, not all of them."""
    return tuple((phrase, key) for phrase, key in vocabulary().date_keys if phrase[:1] in ("", start))


@lru_cache(maxsize=1)
def _longest_date_key() -> int:
    return max((len(phrase) for phrase, _ in vocabulary().date_keys), default=0)


# ---------------------------------------------------------------------------- verdicts


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a line is: removed whole (``prefix_end`` None) or only its first ``prefix_end`` chars."""

    rule: str
    reason: str
    applicability: Applicability = SAFE
    metadata: tuple[tuple[str, str], ...] = ()
    prefix_end: int | None = None
    # Whether the line counts as furniture in a run of short lines (a menu). A heading over the
    # comments does not: the article's own list above it (a cast, a set of links) is no menu.
    joins_menus: bool = True


# ---------------------------------------------------------------------------- the fast path

# Clean prose is the common case, and classify_line's checks cost several pattern passes over
# a line. All of them but a few need the line to start with a phrase of the vocabulary (a
# button, a menu, a date, a counter's noun, a credit or teaser prefix); the few need a mark of
# their own: an agency after a slash or bar, "contributed reporting", a credit at the end (a
# colon and no sentence stop last, or a credit's, box's or site platform's last word), a wire
# slug's "--". A line that starts with a letter and has none of these is no residue by itself,
# and one set lookup of its first word clears it.

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


# What may follow a line's first word when the line is residue: any word (None), or a word
# in one of these sets (see :func:`openings`).
Followers = tuple[frozenset[str | None], ...] | None


@lru_cache(maxsize=1)
def date_openings() -> frozenset[str | None]:
    """The first words of date keys and date words: what a date line starts with, if a letter."""
    vocab = vocabulary()
    return first_words_of(frozenset({phrase for phrase, _ in vocab.date_keys}) | vocab.date_words)


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
    colon unless it ends a sentence, no end such as a credit's, a newsletter box's or a site
    credit's (``photo``, ``via AP``, ``Newsletter``, ``Blogger.``: :func:`_ends_like_residue`),
    and whose first two words open no residue line (:func:`openings`): ``The government said …``.
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
            or _ends_like_residue(text):
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


# How much of a line's end holds the words a credit or a box's name ends in: its kind (``Submitted
# photo``), ``via`` and an agency's name (``AFP via Getty Images``), ``Newsletter``; with room to spare.
ENDING_CHARACTERS = 64
# How many of a blog platform's last letters the fast path looks up before comparing names:
# comparing every line's end with every name costs as much as the rest of the fast path.
PLATFORM_END = 4


def _ends_like_residue(text: str) -> bool:
    """Whether the line may end as a credit, a box's name or a site's credit line does: in a word
    a credit ending ends with (``photo`` in ``Jane Roe Submitted photo``), in ``via`` and an
    agency's few words (``… via AP``), in ``newsletter``, in a blog platform's name (``Simple
    theme. Powered by Blogger.``; a short line only). No phrase list knows such a line's first
    word (the photographer's name, the newsletter's, the theme's), so only its last characters
    are looked at, folded once: every line of prose is asked. (A credit padded with more spaces
    than ENDING_CHARACTERS allows is not found: a miss, never a false removal.)"""
    endings, agency_words, platforms = residue_endings()
    tail = text[-ENDING_CHARACTERS:].casefold()
    end = tail.rstrip()
    if end.endswith(endings):
        return True
    if len(text) <= SITE_CREDIT_CHARACTERS and _ends_in_platform(end.rstrip("."), platforms):
        return True
    via = tail.rfind("via")
    return via >= 0 and len(tail[via + 3:].split(None, agency_words)) <= agency_words


def _ends_in_platform(end: str, platforms: dict[str, tuple[str, ...]]) -> bool:
    """Whether ``end`` ends in a blog platform's whole name (``… powered by blogger``, not
    ``… made progress``): its last PLATFORM_END letters looked up first, the names that end so
    compared only then."""
    for name in platforms.get(end[-PLATFORM_END:], ()):
        if end.endswith(name) and not end[-len(name) - 1:-len(name)].isalnum():
            return True
    return False


@lru_cache(maxsize=1)
def residue_endings() -> tuple[tuple[str, ...], int, dict[str, tuple[str, ...]]]:
    """The last words of the credit endings (``photo``) and the box endings (``newsletter``), for
    ``str.endswith``; the most words an agency's name has (``afp via getty images``), which is
    all that may follow a credit's ``via``; the blog platforms by their last PLATFORM_END
    letters (``gger``: ``blogger``)."""
    vocab = vocabulary()
    endings = tuple({phrase.split()[-1] for phrase in vocab.credit_suffixes} | vocab.box_endings)
    platforms: dict[str, tuple[str, ...]] = {}
    for name in sorted(vocab.site_platforms):
        platforms[name[-PLATFORM_END:]] = (*platforms.get(name[-PLATFORM_END:], ()), name)
    return endings, max(len(agency.split()) for agency in vocab.agencies), platforms


@lru_cache(maxsize=4096)
def _classify_cached(text: str, options: Options) -> Verdict | None:
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
    if not label:
        return None
    return (_button(label, vocab, stripped) or _date_line(stripped, vocab) or _credit(stripped, label, vocab)
            or _teaser(stripped, label, vocab) or _teaser_heading(stripped, label, vocab)
            or _box_name(stripped, label, vocab) or _site_credit(stripped, vocab)
            or _metadata_prefix(text, vocab) or _wire_slug(stripped)
            or _comment_header(stripped, vocab) or _comment_count(stripped, vocab))


FIRST_LETTER_LOWER = regex.compile(r"\P{L}*\p{Ll}")

# "Image 1 of 5", "Bild 3 von 10", "Photo 3/12", "1 / 8"; a bare "3 of 4" may be a sentence broken over lines.
GALLERY_WORDS = frozenset({"image", "photo", "picture", "slide", "bild", "foto", "imagen", "fotografía",
                           "diapositiva", "immagine"})
GALLERY_COUNTER = regex.compile(
    rf"(?:{'|'.join(sorted(GALLERY_WORDS))})\s+\d{{1,3}}(?:\s+(?:of|von|aus|de|sur|di)\s+|\s*/\s*)\d{{1,3}}"
    r"|\d{1,3}\s*/\s*\d{1,3}", regex.IGNORECASE)


# A count beside its noun: "12 comments", "Shares (4)", "432shares" (a widget's number and label glued).
# The thousands' "k" ends where a letter does not follow it: "38 Kommentare" is 38, not "38 K".
COUNT = r"[\d.,]+(?:\s*[km](?!\p{L}))?"
COUNTER = regex.compile(rf"({COUNT})\s*(.+)|(.+?)\s*\(?({COUNT})\)?")


def _button(label: str, vocab: Vocabulary, line: str) -> Verdict | None:
    if label in vocab.buttons:
        return Verdict("TF301", "a page button or label on its own line")
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


# Between the parts of a date line: "Updated … / Original …".
DATE_LINE_PARTS = regex.compile(r"\s+[/|]\s+")


def _date_line(stripped: str, vocab: Vocabulary) -> Verdict | None:
    """``Published 10:42 PM EST Mar 3, 2021``; ``Updated … / Original …``; ``4H ago``: every
    part a date or a relative time."""
    stripped = stripped.strip(" •·|-–—;,")  # "Updated Nov 4, 6:55 AM;": the script's separator
    first = first_word(stripped)
    if first and first not in date_openings():
        return None  # a date line starts with a key (``Updated``), a date word or a digit
    whole = _one_date(stripped, vocab)
    if whole is not None:
        return whole
    found = []
    absolute = False
    for part in DATE_LINE_PARTS.split(stripped):
        key, rest = split_date_key(part, vocab)
        keyed = rest != part
        value = date_value(rest, vocab, keyed=keyed) if rest else None
        absolute = absolute or value is not None
        value = value or (relative_time(rest, vocab, keyed) if rest else None)
        if value is None:
            return None
        found.append((key, value))
    if absolute and stripped[:1].islower() and first not in vocab.weekdays and not _colon_keyed(stripped, vocab):
        # "on 21st March": the end of a sentence broken over lines, not a date line. A weekday
        # first is a date line still: Portuguese and Spanish pages write "quinta-feira, 14 de
        # março" in lower case; so is a key with its colon ("updated: Nov 20 2019"). A relative
        # time has no sentence head to lose ("vor 5 Stunden").
        return None
    return Verdict("TF303", "a date line of the page, not of the article", metadata=(found[0],))


def _one_date(stripped: str, vocab: Vocabulary) -> Verdict | None:
    """A line that is one date whose parts stand apart (``Published:Tuesday | April 26, 2022 |
    9:52 PM``): read whole, as the parts alone are a weekday and a bare time, no dates."""
    key, rest = split_date_key(stripped, vocab)
    if rest == stripped or not DATE_LINE_PARTS.search(rest):
        return None  # no key, or nothing apart: the loop over the parts reads it
    value = date_value(rest, vocab, keyed=True)
    if value is None or stripped[:1].islower() and not _colon_keyed(stripped, vocab):
        return None
    return Verdict("TF303", "a date line of the page, not of the article", metadata=((key, value),))


def _colon_keyed(stripped: str, vocab: Vocabulary) -> bool:
    """Whether the line opens with a date key and its colon (``updated: Nov 20``): a template's
    field, not the tail of a sentence."""
    _, rest = split_date_key(stripped, vocab)
    return ":" in stripped[:len(stripped) - len(rest)]


# A relative time: "4H ago", "~3 weeks ago", "vor 5 Stunden", "il y a 3 heures". The words are
# data ([relative_time] in each language's list); these are the shapes around them.
APPROXIMATELY = r"(?:~\s*)?"
RELATIVE_COUNT = r"\d{1,3}"
AFTER_UNIT = r"\.?(?!\p{L})"  # "Std." ends its unit; "4Hours" is no "4H"


def relative_time(text: str, vocab: Vocabulary, keyed: bool) -> str | None:
    """The relative time ``text`` is (``5 hours ago``), or None. Years and "an hour" count only
    after a date key (see :func:`relative_time_pattern`)."""
    text = text.strip()
    return text if relative_time_pattern(keyed).fullmatch(text) else None


@lru_cache(maxsize=2)
def relative_time_pattern(keyed: bool) -> regex.Pattern[str]:
    """A count and its unit with the word before (``vor``) or after (``ago``) them.

    Unkeyed, only digits and units up to months: ``Vor 50 Jahren`` and ``A year ago`` are
    headings of columns and sections; ``Last updated a year ago`` is the page's.
    """
    vocab = vocabulary()
    counts, units = RELATIVE_COUNT, alternatives(vocab.relative_units)
    if keyed:
        counts += "|" + alternatives(vocab.relative_counts)
        units += "|" + alternatives(vocab.relative_long_units)
    amount = rf"(?:{counts})\s*(?:{units}){AFTER_UNIT}"
    shapes = [rf"(?:{alternatives(vocab.relative_before)})\s+{amount}" if vocab.relative_before else "",
              rf"{amount}\s+(?:{alternatives(vocab.relative_after)})" if vocab.relative_after else ""]
    return regex.compile(rf"{APPROXIMATELY}(?:{'|'.join(shape for shape in shapes if shape)})", regex.IGNORECASE)


COPYRIGHT = regex.compile(r"\A(?:©|\(c\)|copyright\s*©?|ⓒ)\s*", regex.IGNORECASE)
COPYRIGHT_SIGN = regex.compile(r"©|ⓒ|\(c\)", regex.IGNORECASE)  # the sign, not the word
COPYRIGHT_START = "copyright"  # the letters COPYRIGHT may start with, even inside a word ("Copyrighted")


# A year in a copyright notice, alone or as a range: "© 2021 Northwind Media", "© 2005-2019".
NOTICE_YEAR = r"(?:19|20)\d{2}"
COPYRIGHT_YEAR = regex.compile(rf"(?<!\d){NOTICE_YEAR}(?:\s*[-–]\s*(?:{NOTICE_YEAR})?)?(?!\d)")
# The most words of a notice that is certainly the page's: the sign, a year, the holder's name
# and "All rights reserved."; a longer one is a licence or a sentence about the rights.
NOTICE_WORDS = 12


def _certain_copyright(stripped: str, label: str, vocab: Vocabulary) -> bool:
    """A short notice in the shape of a page's footer: ``© 2021 Lakeside Media, LLC``, ``Copyright
    2021 Harbor TV. All rights reserved.``, ``Copyright The Riverside Company, all rights reserved``.

    That is the sign with a year or a "rights reserved" phrase, the word ``Copyright`` right
    before its year, or a line ending in the phrase. A bare ``© Reuters`` is a photo's credit
    (:func:`_signed_credit`), and ``Copyright claims rose in 2019.`` is a sentence (the word,
    not the sign, and no year after it): only proposed, as is a long notice (a licence).
    """
    if word_count(stripped) > NOTICE_WORDS:
        return False
    opening = COPYRIGHT.match(stripped)
    if opening is None:
        return False
    rest = stripped[opening.end():]
    rights = [phrase for phrase in vocab.rights_notices if phrase in label]
    if COPYRIGHT_SIGN.search(opening.group()):
        return bool(rights) or COPYRIGHT_YEAR.search(rest) is not None
    return COPYRIGHT_YEAR.match(rest) is not None or any(label.endswith(phrase) for phrase in rights)


# The copyright sign itself, which a credit may open with (not "(c)", see _signed_credit).
SIGN_ONLY = regex.compile(r"[©ⓒ]")
CREDIT_WORDS = 8  # "Photo: Jane Roe, STF / Associated Press" is a credit; longer is a caption


def _signed_credit(stripped: str, vocab: Vocabulary) -> bool:
    """A photo's credit written with the copyright sign: ``© Jana Roth``, ``© Reuters / Omar
    Haddad``: the sign, then no more than a credit's words, every one a name's (capitalised), a
    joiner or a job title — as ``Photo: Jana Roth`` is a credit.

    The sign itself, not the word (``Copyright Office`` opens sentences) nor ``(c)``, which
    letters the third item of a list (``(c) Penalties``)."""
    opening = COPYRIGHT.match(stripped)
    if opening is None or not SIGN_ONLY.search(opening.group()):
        return False
    parts = CREDIT_PART.findall(stripped[opening.end():])
    return 0 < len(parts) <= CREDIT_WORDS and all(_credit_name_part(part, vocab) for part in parts)


def _name_then_outlet(stripped: str, vocab: Vocabulary) -> bool:
    """``Jana Roth/Caracas Daily``, ``Omar Haddad / The Deccan Post``: a photographer's name (two
    or three words of a name) and, after a slash, the outlet's (capitalised words or an agency) —
    the credit the agency rule reads when the outlet is no agency. One word before the slash
    (``Trump/Pence``, ``AC/DC``) is no photographer's name."""
    name, slash, outlet = stripped.partition("/")
    name_words, outlet_parts = name.split(), CREDIT_PART.findall(outlet)
    return (bool(slash) and 2 <= len(name_words) <= 3 and all(map(name_token().match, name_words))
            and 0 < len(outlet_parts) <= 4 and all(part[:1].isupper() or part in vocab.agencies
                                                  for part in outlet_parts))


# Labels that only a caption carries, whatever follows them (BBC's "Image caption …").
CAPTION_MARKERS = frozenset({"image caption", "media caption", "bildunterschrift", "légende"})


# A caption that ends with its credit: "… sought treatment Credit: Getty - Contributor",
# "(Photo: AP)". The label must be capitalised or bracketed, the credit at most six words of
# names (capitalised) and joiners: "… the Photo: label was wrong" is a sentence, not a credit.
TRAILING_CREDIT = regex.compile(
    r"(?r)(?:\((?i:credit|photo|image|foto|bild|crédit|source|quelle)s?\s*:[^()]{1,60}\)"
    r"|\s(?:Credit|Photo|Foto|Bild|Image|Picture|Crédit|Kredit)s?:(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’&-]*|[-–/|&]|via|and|for))"
    r"{1,6})(?<![.!?])\Z")


@lru_cache(maxsize=64)
def word_count(text: str) -> int:
    """``len(words(text))``, counted only for the few lines whose verdict depends on it, and
    once for a line that both the credit and the teaser checks ask about."""
    return len(words(text))


# Between a caption and its credit, and between the credit's names: "Omar Haddad/Deccan Post/Getty Images".
CREDIT_PARTS = regex.compile(r"\s*[/|]\s*")


def _credit(stripped: str, label: str, vocab: Vocabulary) -> Verdict | None:
    inner = _unbracketed(stripped)
    if inner is not None:
        # "(Image credit: Jane Doe/Reuters)", "[Photo: AP]": in brackets, a credit names its
        # holders; "(Graphic: Global assets in 2019 - here)" points to a figure of the article.
        _, colon, names = inner.rpartition(":")
        if colon and all(_credit_name_part(part, vocab) for part in CREDIT_PART.findall(names)):
            return _credit(inner, normalise(inner), vocab)
        return None if colon else _slash_credit(inner, normalise(inner), vocab)  # "(Jane Roe/Reuters)"
    if _credit_ending(stripped, vocab):
        return Verdict("TF304", "a photo credit (names, then 'Submitted photo' or 'via' an agency)")
    prefix = _prefix(label, vocab.credit_prefixes)
    if prefix is not None:
        head, rest = prefix
        if rest and word_count(stripped) <= 40 and (rest[:1] == ":" or rest.startswith(("...", "…")) or " " in head):
            if len(words(rest)) > CREDIT_WORDS and head not in CAPTION_MARKERS:
                # "Symbolbild: Ann Kiessling hat …": a long caption, or the article's own
                # sentence under a label: proposed only. A credit names a photographer or agency.
                return Verdict("TF304", "a caption (a sentence under a photo label)", SUGGESTED)
            return Verdict("TF304", "a photo credit or caption")
    if COPYRIGHT.fullmatch(stripped.rstrip(":. ")):
        # "©" or "Copyright" alone: the holder's name was an image. No sentence is one word.
        return Verdict("TF304", "a copyright sign or word alone on its line")
    if COPYRIGHT.match(stripped) and word_count(stripped) <= 20:
        if _certain_copyright(stripped, label, vocab):
            return Verdict("TF304", "a copyright notice (a year or all rights reserved)")
        if _signed_credit(stripped, vocab):
            return Verdict("TF304", "a photo credit (the copyright sign and its holder's name)")
        # Publishers put their notice inside the article body too: proposed, not removed.
        return Verdict("TF304", "a copyright notice", SUGGESTED)
    slash_credit = _slash_credit(stripped, label, vocab)
    if slash_credit is not None:
        return slash_credit
    match = TRAILING_CREDIT.search(stripped)
    if match and word_count(stripped) <= 40:
        if len(words(stripped[:match.start()])) > CREDIT_WORDS:
            # A long caption: publishers also put captions inside the article body.
            return Verdict("TF304", "a caption with its photo credit", SUGGESTED)
        return Verdict("TF304", "a caption with its photo credit")
    return None


def _slash_credit(stripped: str, label: str, vocab: Vocabulary) -> Verdict | None:
    """``X/Deccan Post/Getty Images``, ``Jana Roth/Caracas Daily``: a short line whose last part
    after a slash is an agency, or a name and its outlet."""
    if ("/" in stripped or "|" in stripped) and word_count(stripped) <= 8:
        tail = CREDIT_PARTS.split(label)[-1].strip(" ()")
        if tail in vocab.agencies:
            return Verdict("TF304", "a photo credit (ends with an agency)")
        if _name_then_outlet(stripped, vocab):
            return Verdict("TF304", "a photo credit (a name, then the outlet after a slash)")
    return None


# "… via AP", "… via Getty Images": the agency that passed a photo on, ending its credit.
VIA_AGENCY = regex.compile(r" (?:via|Via|VIA) (.+)\Z")


def _credit_ending(stripped: str, vocab: Vocabulary) -> bool:
    """A credit that ends in its kind or its agency: ``Jane Roe Submitted photo``, ``File
    photo``, ``New York State Police via AP``. What comes before is a credit's words (names,
    capitalised; joiners), so ``He sent the file photo`` and ``We got it via AP`` are not."""
    if not _ends_like_residue(stripped):
        return False  # the common case, asked first: no credit's last word, no "via" near the end
    head = None
    for phrase in vocab.credit_suffixes:
        if stripped[-len(phrase):].casefold() == phrase and stripped[-len(phrase) - 1:-len(phrase)] in ("", " "):
            head = stripped[:-len(phrase)]
            break
    if head is None:
        via = VIA_AGENCY.search(stripped)
        if via is None or normalise(via.group(1)) not in vocab.agencies:
            return False
        head = stripped[:via.start()]
    parts = CREDIT_PART.findall(head)
    return len(parts) <= CREDIT_WORDS and all(_credit_name_part(part, vocab) for part in parts)


BRACKET_PAIRS = (("(", ")"), ("[", "]"))


def _unbracketed(stripped: str) -> str | None:
    """What one pair of brackets around the whole line holds, if it does and holds no others."""
    if len(stripped) > 2 and (stripped[0], stripped[-1]) in BRACKET_PAIRS \
            and not any(mark in stripped[1:-1] for mark in "()[]"):
        return stripped[1:-1].strip() or None
    return None


def _prefix(label: str, prefixes: frozenset[str]) -> tuple[str, str] | None:
    """The longest of ``prefixes`` that starts ``label`` at a word boundary, and what follows.

    One set lookup per distinct prefix length, longest first, rather than a test per prefix;
    only the lengths of the prefixes that start with the label's first character.
    """
    for length in _lengths_from(prefixes, label[:1]):
        if len(label) > length and label[:length] in prefixes and not label[length].isalnum():
            return label[:length], label[length:].lstrip(" ")
    return None


@lru_cache(maxsize=16)
def _lengths(phrases: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(p) for p in phrases}, reverse=True))


@lru_cache(maxsize=1024)
def _lengths_from(phrases: frozenset[str], start: str) -> tuple[int, ...]:
    """:func:`_lengths` of the phrases a label starting with ``start`` may start with."""
    return tuple(sorted({len(p) for p in phrases if p[:1] in ("", start)}, reverse=True))


@lru_cache(maxsize=16)
def longest_first(phrases: frozenset[str]) -> tuple[str, ...]:
    """``phrases`` sorted longest first, once rather than for every line that is tested."""
    return tuple(sorted(phrases, key=len, reverse=True))


NOT_WORD = regex.compile(r"[^\p{L}\p{N}+' ]+")


def _teaser(stripped: str, label: str, vocab: Vocabulary) -> Verdict | None:
    """Teasers, link instructions, calls to action, reporting credits. One that is a sentence
    (``Click here to get more information or to order the book.``) may be the article's own
    words: only suggested."""
    verdict = _teaser_kind(stripped, label, vocab)
    if verdict is not None and is_prose(stripped) and not _names_credit(stripped, vocab):
        return Verdict(verdict.rule, verdict.reason + " (a sentence: may be the article's)", SUGGESTED)
    return verdict


def _teaser_kind(stripped: str, label: str, vocab: Vocabulary) -> Verdict | None:
    prefix = _prefix(label, vocab.teaser_prefixes)
    if prefix is not None and word_count(stripped) <= 25 and prefix[1][:1] in (":", "|", "»", "›", "-", "–", "—") and len(prefix[1]) > 1:
        return Verdict("TF307", "a teaser of another page")
    if _prefix(label, vocab.link_instructions) is not None and word_count(stripped) <= 15:
        return Verdict("TF307", "a link instruction (click here …)")
    if _prefix(label, vocab.calls_to_action) is not None and word_count(stripped) <= 15:
        padded = f" {NOT_WORD.sub(' ', label)} "
        if any(f" {obj} " in padded for obj in vocab.call_objects) or (word_count(stripped) <= 6 and DANGLING_ON.search(label)):
            return Verdict("TF307", "a call to subscribe or follow")
    if REPORTING_CREDIT.search(stripped) and word_count(stripped) <= 30:
        return Verdict("TF307", "a reporting credit")
    return None


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
        return Verdict("TF307", "a heading over teasers of other pages")
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


# The name of a site's software, theme or designer: capitalised words (``phpBB® Forum Software``,
# ``WordPress.com VIP``, ``Newspack by Automattic``), a few of them.
SITE_NAME_WORD = r"[\p{Lu}\p{N}][\p{L}\p{N}®™.&'’+-]*"
SITE_NAME = regex.compile(rf"{SITE_NAME_WORD}(?:\s+(?:by|&|{SITE_NAME_WORD})){{0,4}}")
# Between the parts of a site's credit line: "Simple theme. Powered by Blogger.", "… | Powered by …".
SITE_CREDIT_PARTS = regex.compile(r"\s*[|•·]\s*|(?<=\S{2})\.\s+|\s+[-–—]\s+|\s+(?=©)")
SITE_CREDIT_CHARACTERS = 120  # a longer line is a paragraph that names its software


def _site_credit(stripped: str, vocab: Vocabulary) -> Verdict | None:
    """A site's credit line, in its footer: two parts or more, every one naming the site's
    software, theme or designer (or its copyright), one of them the software or the theme
    (``Designed by Elegant Themes | Powered by WordPress``, ``Simple theme. Powered by Blogger.``).
    One part alone may be the article's heading (``Powered by Snapdragon``, ``Summer Theme``,
    ``Designed by Zaha Hadid``): it goes only as a menu's item, beside other furniture."""
    if len(stripped) > SITE_CREDIT_CHARACTERS:
        return None
    if not _may_have_parts(stripped):
        return None  # (far cheaper than parting the line, which every line with a slash or colon reaches)
    folded = stripped.casefold()
    if not any(phrase in folded for phrase in vocab.site_credit_phrases):
        return None
    parts = [part for part in SITE_CREDIT_PARTS.split(stripped.strip(" .–—-")) if not COPYRIGHT.match(part)]
    if len(parts) < 2:
        return None
    credits = sum(_credits_software_or_theme(part, vocab) for part in parts)
    if not credits or credits + sum(_credits_designer(part, vocab) for part in parts) < len(parts):
        return None
    return Verdict("TF301", "the site's credit line (its software, theme or designer)")


def _may_have_parts(text: str) -> bool:
    """Whether SITE_CREDIT_PARTS could part the line: a bar, a bullet, a full stop or a dash
    between spaces (asked as strings: a pattern's search costs several times as much)."""
    return ("|" in text or "•" in text or "·" in text or ". " in text or " - " in text or " – " in text
            or " — " in text)


def _credits_software_or_theme(part: str, vocab: Vocabulary) -> bool:
    """``Powered by Blogger``, ``Theme: Catch Evolution``, ``Theme by ThemeGrill``, ``Thème
    Simple``, ``Simple theme``, ``WordPress Theme by ThemeGrill``. The phrases are data
    (``[site_credits]``); matched as strings, as a pattern of them all costs more to build than
    the lines it reads."""
    if _named_after(part, vocab.site_software) or _named_after(part, vocab.site_theme):
        return True
    folded = part.casefold()
    if len(folded) != len(part):
        return False  # a letter that folds into two (ß): the phrase would not line up
    for theme in vocab.site_theme:
        if folded.endswith(" " + theme) and _is_site_name(part[:-len(theme) - 1]):
            return True  # "Simple theme"
        at = folded.find(f" {theme} ")
        if " " in theme and at > 0 and _is_site_name(part[:at]) and _is_site_name(part[at + len(theme) + 2:]):
            return True  # "WordPress Theme by ThemeGrill"
    return False


def _credits_designer(part: str, vocab: Vocabulary) -> bool:
    """``Designed by Elegant Themes``, ``Webdesign von Jane Roe``."""
    return _named_after(part, vocab.site_design)


def _named_after(part: str, phrases: frozenset[str]) -> bool:
    """Whether ``part`` is one of ``phrases`` (case aside), maybe a colon, then a name."""
    folded = part.casefold()
    if len(folded) != len(part):
        return False
    return any(folded.startswith(phrase) and part[len(phrase):len(phrase) + 1] in (" ", ":")
               and _is_site_name(part[len(phrase) + 1:]) for phrase in phrases)


def _is_site_name(text: str) -> bool:
    return SITE_NAME.fullmatch(text.strip()) is not None


# "Follow RT on" (the network was an icon): a call that ends in its preposition.
DANGLING_ON = regex.compile(r" (?:on|auf|en|sur|us)\Z")
# "Jane Roe contributed reporting from Lisbon." / "Additional reporting by Maria Lopez":
# the whole line is the credit, names and places only (a sentence that goes on after the phrase,
# "Reporting by the BBC found …", is not matched).
REPORTING_WORDS = frozenset({"additional", "with", "reporting", "editing", "writing", "research"})  # its first words
REPORTING_CREDIT = regex.compile(
    r"\A(?i:additional |with additional |with )?(?i:reporting|editing|writing|research) (?i:by)"
    r"(?:\s*(?:\p{Lu}[\p{L}'’.-]*|and|in|from|[,;&]|(?i:reporting|editing|writing) by))+\.?\Z"
    r"|\A\p{Lu}[^.!?]{0,80}\bcontributed (?:reporting|to this (?:report|story|article))"
    r"(?: from [^.!?]+)?\.?\Z")


# "Jane Roe contributed reporting from Lisbon.", "Fox News' Jane Doe contributed to
# this report.": who (names, and the wire's "writers"), the credit, and where from (names).
CREDIT_NAMES = r"\p{Lu}[^.!?]{0,120}?"
CREDIT_PHRASE = r"contributed (?:reporting|to this (?:report|story|article))"
NAMES_CREDIT = regex.compile(rf"\A(?P<who>{CREDIT_NAMES}) {CREDIT_PHRASE}(?: from (?P<where>[^.!?]+))?\.?\Z")
CREDIT_JOINERS = frozenset({"and", "&", ",", "with"}) | NAME_PARTICLES
CREDIT_PART = regex.compile(r"[\p{L}\p{N}.'’-]+|[,&]")


def _names_credit(stripped: str, vocab: Vocabulary) -> bool:
    """A reporting credit that is names only, though it reads as a sentence: ``Jane Roe
    contributed reporting from Lisbon.`` — certain, where ``The whole team contributed to
    this report.`` (lower-case words that are no job title) is only proposed.

    Every word before the credit is capitalised, a joiner (``and``, ``von``) or a job title
    (``Associated Press writers Jane Doe and John Roe``); every word of the place too.
    """
    match = NAMES_CREDIT.fullmatch(stripped)
    if match is None:
        return False
    parts = CREDIT_PART.findall(match.group("who")) + CREDIT_PART.findall(match.group("where") or "")
    return all(_credit_name_part(part, vocab) for part in parts)


def _credit_name_part(part: str, vocab: Vocabulary) -> bool:
    """A word a credit may hold: a name's (capitalised), a joiner, a job title or an agency that
    writes its name in lower case (``dpa``)."""
    if part[:1].isupper() or part in CREDIT_JOINERS or part in vocab.agencies:
        return True
    return part in vocab.roles or part.endswith("s") and part[:-1] in vocab.roles


# A news agency's file name for a story, left above its text: "AP-US--Trump-Impeachment,
# 4th Ld-Writethru", "BC-EU--Britain-Election": the desk codes, a double dash, the keywords, and
# the version of the story (a write-through, an add, a correction).
WIRE_DESK = r"[A-Z]{2,5}(?:-[A-Z]{2,5})?"
WIRE_KEYWORDS = r"[\p{L}\p{N}]+(?:[- ][\p{L}\p{N}]+){0,9}"
WIRE_VERSION = (r",\s*(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld-|Lead-)?"
                r"(?:Writethru|Writethrough|Add|Adds|Insert|Correction|Corrective|Advisory|Urgent|Sub|Bulletin|Glance)")
WIRE_SLUG = regex.compile(rf"{WIRE_DESK}--{WIRE_KEYWORDS}(?:{WIRE_VERSION})*")
WIRE_MARK = "--"  # what could_be_residue looks for: no word list knows a slug's first word


def _wire_slug(stripped: str) -> Verdict | None:
    """The agency's slug above a wire story: page machinery, never the story's words."""
    if WIRE_MARK in stripped and WIRE_SLUG.fullmatch(stripped):
        return Verdict("TF301", "a news agency's slug (the story's file name)")
    return None


# A reader's comment under the article opens with its header: "Comment by Jane — 18.07.2011 @ 17:16"
# (the word, the commenter, then when), or "jane_doe says:" (the commenter and the blog's verb).
# The words are data (comment_words, comment_by, comment_on); the shape around them is here.
COMMENT_NAME = r" [^—–|@]{1,40}?"
COMMENT_WHEN = r"[\p{L}\d.,:/@ ]{0,40}\d(?:\s*[ap]\.?m\.?)?"
COMMENT_DASH = r"\s+[—–|-]\s+"


def alternatives(phrases: frozenset[str]) -> str:
    """``phrases`` as a regex alternation, longest first (so a longer phrase wins)."""
    return "|".join(regex.escape(phrase) for phrase in longest_first(phrases))


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
    is certain only beside the comment's date line (see :func:`_comment_headers`): alone it
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


def _comment_headers(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """``NAME says:`` right before the comment's date line (``19 November 2019 at 8:45 am``) is
    the header of a reader's comment, as blog themes print it: removed, not only proposed.
    It starts only from classify_line's own (suggested) verdict, so a document in which
    :func:`_nothing_to_find` finds nothing has none."""
    for i in range(len(lines) - 1):
        verdict, after = verdicts[i], verdicts[i + 1]
        if verdict is not None and verdict.reason == COMMENT_SAYS and after is not None and after.rule == "TF303":
            verdicts[i] = Verdict("TF301", COMMENT_SAYS + " before its date")


# Between a metadata key and its value, and between the value and the sentence it is glued to.
PREFIX_GAP = regex.compile(r"[\s:]*")
VALUE_GAP = regex.compile(r"[\s,|–—-]+")


def _metadata_prefix(text: str, vocab: Vocabulary) -> Verdict | None:
    """Only a *keyed* date before a capitalised sentence: ``date 2021-11-04 The International…``."""
    lead = len(text) - len(text.lstrip())
    body = text[lead:]
    folded = body[:_longest_date_key()].casefold()  # (folding keeps a prefix a prefix)
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


# ---------------------------------------------------------------------------- the document


class Paragraph(NamedTuple):
    """A non-blank line of the document (a paragraph when paragraphs are one line each).

    A named tuple rather than a frozen dataclass: one is made for every line of every
    document, and a tuple is made several times faster.
    """

    line: Line
    text: str


def analyse(text: str, context: Context) -> dict[str, tuple[Edit, ...]]:
    """Every residue edit of the document (all TF3xx rules), by rule.

    The eight rules share one analysis (a menu or an author box is seen across lines), so it is
    a pure function of the text and options, cached for the few calls of one round.
    """
    return _analyse(text, context.options)


@lru_cache(maxsize=4)
def _analyse(text: str, options: Options) -> dict[str, tuple[Edit, ...]]:
    vocab = vocabulary()
    context = Context(options, text)
    if _nothing_to_find([line for line in line_texts(text) if line.strip()], options, vocab, context):
        return {}
    by_rule: dict[str, list[Edit]] = {}
    for edit in _find_residue(text, options, vocab, context):
        by_rule.setdefault(edit.rule, []).append(edit)
    return {rule: tuple(edits) for rule, edits in by_rule.items()}


def _find_residue(text: str, options: Options, vocab: Vocabulary, context: Context) -> tuple[Edit, ...]:
    """Each line judged by itself, then the sweeps that see across lines, then the edits."""
    lines = [Paragraph(line, line.content) for line in iter_lines(text) if line.content.strip()]
    verdicts: list[Verdict | None] = [_classify_cached(p.text, options) if could_be_residue(p.text, options)
                                      else None for p in lines]
    _navigation_runs(lines, verdicts, vocab, context)
    _tag_lists(lines, verdicts, vocab)
    _ranked_lists(lines, verdicts)
    _bylines(lines, verdicts, vocab, context)
    _agency_credits(lines, verdicts, vocab, context)
    _comment_headers(lines, verdicts)
    _stray_symbols(lines, verdicts)
    if not any(verdicts):
        # Nothing found so far, so nothing was found by the first sweeps either, and the second
        # sweep for menus and marks would see the very lines and verdicts the first one saw.
        return ()
    _navigation_runs(lines, verdicts, vocab, context)
    _stray_symbols(lines, verdicts)
    _lines_between_residue(lines, verdicts)
    return tuple(_edits(text, lines, verdicts))


def _nothing_to_find(lines: Sequence[str], options: Options, vocab: Vocabulary, context: Context) -> bool:
    """Whether :func:`_find_residue` would find nothing in these non-blank lines: asked first,
    in one pass over the lines, because a clean article is the common document.

    Exact, not a guess. When no line is residue by itself (classify_line), every sweep starts
    from no verdict at all, and then a sweep can only start from one of these:

    * a menu: three lines in a row shaped like labels (see :func:`_may_hold_run`);
    * a tag list: its header line;
    * a byline (``By Jane Doe``), or a name line followed by a role line (an author box);
    * a line of invisible characters only, which goes by itself.

    The ranked lists, the author's name beside a date line and the marks beside residue need
    a verdict next to them, so none of them can be the first. A document without any of these
    gets no verdict from any sweep.
    """
    if any(_label_or_symbols(lines[i]) for i in range(MENU_RUN - 1, len(lines), MENU_RUN)):
        return False
    for i, text in enumerate(lines):
        if could_be_residue(text, options) and _classify_cached(text, options) is not None:
            return False
        first = first_word(text)
        if not first and _invisible_only(text):
            return False  # (a line starting with a letter shows it: tests check every letter)
        stripped = text.strip()
        if (not first or first in header_and_byline_openings()) \
                and (_is_tag_header(text, vocab) or _byline(stripped, vocab, context) is not None):
            return False
        if len(stripped) <= SHORT_LINE_CHARACTERS and _short_line_starts_a_sweep(stripped, i, lines, vocab, context):
            return False
        # The name's words are weighed last: that may count the words of the whole document.
        if i + 1 < len(lines) and has_name_shape(stripped) and normalise(lines[i + 1].strip()) in vocab.roles \
                and looks_like_name(stripped, vocab, context):
            return False
    return True


# The longest line that can be a credit of names and agency, a dated byline or a bio's heading:
# a paragraph is longer, and is cleared of all three with one comparison.
SHORT_LINE_CHARACTERS = 120


def _short_line_starts_a_sweep(stripped: str, i: int, lines: Sequence[str], vocab: Vocabulary,
                               context: Context) -> bool:
    """Whether a short line is one a sweep finds by itself: names and their agency, an author and
    a date, the heading of the author's bio (see :func:`_agency_credits` and :func:`_bylines`)."""
    if "," in stripped and _agency_credit(stripped, vocab, context) is not None:
        return True
    if "@" in stripped and _handle_byline(stripped, vocab, context) is not None:
        return True
    if DIGIT.search(stripped) is not None and _dated_byline(stripped, vocab, context) is not None:
        return True
    return (i + 1 < len(lines) and first_word(stripped) in first_words_of(vocab.bio_openers)
            and _bio_header(stripped, lines[i + 1], vocab, context) is not None)


@lru_cache(maxsize=1)
def header_and_byline_openings() -> frozenset[str | None]:
    """The first words of tag headers and byline words: a line that starts with another word
    (see :func:`first_word`) is neither a tag header nor a byline, and is not read for them."""
    vocab = vocabulary()
    return first_words_of(vocab.tag_headers) | first_words_of(vocab.byline_words) | first_words_of(vocab.contact_openers)


def _tag_lists(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary) -> None:
    """The labels after ``Tags`` / ``Topics`` / ``Schlagworte`` are the page's tags, up to the
    first line that is not a short label (``Government and politics`` / ``,`` / ``Impeachments``)."""
    for i, para in enumerate(lines):
        if not _is_tag_header(para.text, vocab):
            continue
        if verdicts[i] is None:
            verdicts[i] = Verdict("TF302", "the header of the page's tag list")
        for j in range(i + 1, len(lines)):
            text = lines[j].text
            if verdicts[j] is not None or not (is_label(text) or is_symbols(text)) or is_prose(text):
                if verdicts[j] is None:
                    break
                continue
            verdicts[j] = Verdict("TF302", "a tag of the page, after its tag header")


def _is_tag_header(text: str, vocab: Vocabulary) -> bool:
    word = first_word(text)
    if word and word not in first_words_of(vocab.tag_headers):
        return False  # a line starting with a letter that starts no header is cleared unread
    if text[:1] in OPENING_QUOTES:
        return False  # a quotation: normalising keeps its quote first, and no header has one
    return normalise(text) in vocab.tag_headers


RANK = regex.compile(r"\s*(\d{1,2})\.?\s*")


def _ranked_lists(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """A "Most read" box: right after page furniture, ``1`` / teaser / ``2`` / teaser / ``3`` …

    Numbers counting up from 1 on their own lines, one line between each, are the ranks of a
    list of other pages' headlines; three ranks at least, and never a line of prose.
    """
    for i, para in enumerate(lines):
        before = verdicts[i - 1] if i > 0 else None
        if before is None or before.applicability is not SAFE:
            continue
        match = RANK.fullmatch(para.text)
        if not match or match.group(1) != "1":
            continue
        ranks, j = [i], i
        while j + 2 < len(lines) and (m := RANK.fullmatch(lines[j + 2].text)) and int(m.group(1)) == len(ranks) + 1:
            ranks.append(j + 2)
            j += 2
        teasers = [r + 1 for r in ranks if r + 1 < len(lines)]
        if len(ranks) < 3 or any(is_prose(lines[k].text) or verdicts[k] is not None for k in teasers):
            continue
        for k in ranks + teasers:
            verdicts[k] = Verdict("TF302", "a ranked list of other pages' headlines (most read)")


MENU_RUN = 3  # the fewest lines in a row that make a menu
NAVIGATION_WINDOW = 4  # lines on each side that decide whether an unknown label is in a menu
NAVIGATION_PASSES = 2  # a menu found spreads to its neighbours, a few lines per pass
LONG_MENU = 8  # a run of this many short labels, a fifth of them furniture, is a menu whole
LONG_MENU_KNOWN_SHARE = 0.2  # that fifth
MENU_ITEM_WORDS = 4  # "Your California Privacy Rights" is a menu item; a longer line is a headline
VERY_LONG_MENU = 15  # a run of this many short labels, one of them furniture, is a menu by its make-up
MAX_DATA_SHARE = 0.2  # of a very long menu's lines with a figure or ending in a colon
MAX_REPEAT_SHARE = 0.5  # of its items repeated (a menu printed twice)
MAX_NAME_SHARE = 0.3  # of its items that are people's names


def _navigation_runs(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
                     context: Context) -> None:
    """A run of short labels most of which are page furniture is a menu: all of it goes.

    Section names (``Business``, ``Sport``) and month names (an archive list) are residue only
    here; an unknown label (``Company Town``) goes when most labels around it are furniture,
    since a menu has items no list can know. Density is judged in a window, not over the whole
    run, so a long footer of brand names does not hide the menu beside it — nor does a menu
    drag an article's list of short items in with it. A long run of capitalised labels (eight
    or more, a fifth of them known furniture) is a menu whole; digits, lower-case starts and
    sentence ends keep a line out of it (table cells, ingredients, list items). A very long run
    (fifteen or more) with a menu's make-up needs a single known line (:func:`_very_long_menu`).
    """
    for _ in range(NAVIGATION_PASSES):
        if not _may_hold_run(lines, verdicts) or not _navigation_pass(lines, verdicts, vocab, context):
            return


def _may_hold_run(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None]) -> bool:
    """Whether the document could have a run of three lines in a menu, asking a third of them.

    A pass acts only on runs of MENU_RUN (three) lines or more, and any three lines in a row
    include one whose index is 2 modulo 3: when none of those can be in a run, there is none.
    In an article of paragraphs this clears the document without judging every line's shape.
    """
    return any(_in_run(lines[i].text, verdicts[i]) for i in range(MENU_RUN - 1, len(lines), MENU_RUN))


def _navigation_pass(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
                     context: Context) -> bool:
    """One sweep over the runs of labels; whether it found more menu items."""
    found = False
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and _in_run(lines[end].text, verdicts[end]):
            end += 1
        if end - start >= MENU_RUN and not _announced_list(lines, verdicts, start):
            known = _known_items(lines, verdicts, start, end, vocab)
            long_menu = _whole_menu(lines, verdicts, start, end, known, vocab, context)
            for i in range(start, end):
                if verdicts[i] is not None:
                    continue
                if long_menu and _menu_item_shape(lines[i].text):
                    verdicts[i] = Verdict("TF302", "an item of a long navigation menu")
                    found = True
                    continue
                lo, hi = max(start, i - NAVIGATION_WINDOW), min(end, i + NAVIGATION_WINDOW + 1)
                others = sum(known[j - start] for j in range(lo, hi) if j != i)
                share = others / max(1, hi - lo - 1)
                if not any(known[j - start] and not _date_line_verdict(verdicts[j]) for j in range(lo, hi) if j != i):
                    continue  # dates alone around it: the article's timeline, or its headline by the date line
                if known[i - start] and others >= 2 and share >= 0.4:
                    verdicts[i] = Verdict("TF302", "a section name in a navigation menu")
                    found = True
                elif share >= 0.6 and others >= 3 and _menu_item_shape(lines[i].text):
                    verdicts[i] = Verdict("TF302", "an item of a navigation menu")
                    found = True
        start = max(end, start + 1)
    return found


def _announced_list(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None], start: int) -> bool:
    """Whether the run of labels from ``start`` is a list the article announces, and no menu:
    a paragraph of the article, then a line of its own ending in a colon, as the run's first
    line or just before it (``The club offers:`` / ``Tennis`` / ``Golf`` …, however many of them
    are section names). A page's own heading with a colon (``Visit other CBS sites:``,
    ``Company:``) follows other furniture, not the article's prose."""
    def announced_at(i: int) -> bool:
        return 0 <= i < len(lines) and verdicts[i] is None and lines[i].text.rstrip().endswith(":") \
            and _article_prose(lines, verdicts, i - 1)

    return announced_at(start - 1) or announced_at(start)


def _whole_menu(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None], start: int, end: int,
                known: Sequence[bool], vocab: Vocabulary, context: Context) -> bool:
    """Whether the run of labels from ``start`` to ``end`` is a menu whole, every item of it.

    Eight labels or more of which a fifth are known furniture are; so are fifteen or more with
    one known line and a menu's make-up (:func:`_very_long_menu`). Either is the article's own
    list instead when it stands beside the article's prose (:func:`_list_beside_prose`).
    """
    size = end - start
    dense = size >= LONG_MENU and sum(known) >= 3 and sum(known) >= size * LONG_MENU_KNOWN_SHARE
    if not dense and not _very_long_menu(lines[start:end], known, vocab, context):
        return False
    return not _list_beside_prose(lines, verdicts, start, end, known)


def _very_long_menu(run: Sequence[Paragraph], known: Sequence[bool], vocab: Vocabulary, context: Context) -> bool:
    """Fifteen short labels or more in a row, one of them known furniture: a site's own menu.

    A page's footer or sidebar lists sections no list can know (``Family Meals``, ``Egg
    Recipes``, ``Slow Cooker Meals`` …), and a single known line among them (``Newsletter``,
    ``Advertisement``) is enough when the run is this long and has a menu's make-up. What an
    article lists has another make-up, and stays: quantities, figures and keys (``125 g``,
    ``Region:``: an ingredient list, a table); the same cells again and again (a results table;
    a menu printed twice, for wide and narrow screens, repeats half its items); people's names
    (a cast list, a roster).
    """
    if len(run) < VERY_LONG_MENU or not any(known):
        return False
    if sum(_data_line(p.text) for p in run) > len(run) * MAX_DATA_SHARE:
        return False
    items = [p.text for p in run if _menu_item_shape(p.text)]
    if len(items) < VERY_LONG_MENU:
        return False
    repeated = len(items) - len({normalise(text) for text in items})
    names = sum(looks_like_name(text, vocab, context) for text in items)
    return repeated <= len(items) * MAX_REPEAT_SHARE and names < len(items) * MAX_NAME_SHARE


def _data_line(text: str) -> bool:
    """A quantity, figure or key of a table (``125 g``, ``Region:``), which no menu item is."""
    return DIGIT.search(text) is not None or text.rstrip().endswith(":")


def _list_beside_prose(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None], start: int, end: int,
                       known: Sequence[bool]) -> bool:
    """Whether a long run of labels is the article's own list rather than a menu.

    It is when a paragraph of the article (prose that is not residue itself) stands on both
    sides of it, or on one side with LONG_MENU labels or more between that paragraph and the
    run's first line of residue, hardly any of them a section name: sixteen countries after
    ``The qualified teams are:``, then the share buttons. A page's menu follows the footer's
    own sentences, or a button, or a section name, not the article's last paragraph.
    """
    before, after = _article_prose(lines, verdicts, start - 1), _article_prose(lines, verdicts, end)
    if before and after:
        return True
    furniture = [verdict is not None for verdict in verdicts[start:end]]
    return (before and _opens_with_a_list(known, furniture)
            or after and _opens_with_a_list(known[::-1], furniture[::-1]))


def _article_prose(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None], i: int) -> bool:
    """Whether line ``i`` is a paragraph of the article: prose that is no residue itself."""
    return 0 <= i < len(lines) and verdicts[i] is None and is_prose(lines[i].text)


def _opens_with_a_list(known: Sequence[bool], furniture: Sequence[bool]) -> bool:
    """Whether LONG_MENU lines or more come before the first line of residue, fewer than a
    fifth of them section names."""
    stretch = next((i for i, residue_line in enumerate(furniture) if residue_line), len(furniture))
    return stretch >= LONG_MENU and sum(known[:stretch]) < stretch * LONG_MENU_KNOWN_SHARE


def _menu_item_shape(text: str) -> bool:
    """A few capitalised words without digits: ``Company Town``, not ``-12.99`` or ``of``."""
    found = words(text)
    stripped = text.strip()
    short = len(found) <= MENU_ITEM_WORDS or len(found) <= 6 and is_title_case(found)
    return (bool(found) and short and CAPITALISED.match(stripped) is not None and not regex.search(r"\d", text)
            and not ends_like_sentence(stripped))


def _in_run(text: str, verdict: Verdict | None) -> bool:
    if verdict is not None:
        return verdict.prefix_end is None and verdict.joins_menus and not is_prose(text)
    return _label_or_symbols(text)


@lru_cache(maxsize=1024)
def _label_or_symbols(text: str) -> bool:
    """Whether a line could be a menu item by its shape; remembered, since every sweep for
    menus asks it of every line again."""
    return is_label(text) or is_symbols(text)


# A month with its year as Chinese, Japanese and Korean archive lists write it: "2015年2月",
# "2019년 11월" (no month name to look up).
YEAR_MONTH_CJK = regex.compile(r"\d{4}\s?[年년]\s?\d{1,2}\s?[月월]")


def _known_items(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None], start: int, end: int,
                 vocab: Vocabulary) -> list[bool]:
    """Which lines of the run from ``start`` to ``end`` are known furniture: residue already,
    a section name, or a month of an archive list.

    An archive lists its months one under the other, or each with its count (``Mai`` /
    ``(2)``) or its posts' titles. An article's timeline gives each month its event, and never
    two months together: there a month between two lines of text (``April 2019`` / ``New era
    name announced`` / ``May 2019`` …) is a heading of the article, and no menu item.
    """
    labels = [normalise(lines[i].text) if verdicts[i] is None else None for i in range(start, end)]  # None: residue
    months = [label is not None and _archive_month(label, vocab) for label in labels]
    archive = any(months[k] and months[k + 1] for k in range(len(months) - 1))

    def text_line(k: int) -> bool:
        return 0 <= k < len(labels) and labels[k] is not None and not months[k] \
            and LETTER.search(lines[start + k].text) is not None

    def listed_month(k: int) -> bool:
        return months[k] and (archive or not (text_line(k - 1) and text_line(k + 1)))

    return [label is None or label in vocab.sections or listed_month(k) for k, label in enumerate(labels)]


def _date_line_verdict(verdict: Verdict | None) -> bool:
    return verdict is not None and verdict.rule == "TF303"


def _archive_month(label: str, vocab: Vocabulary) -> bool:
    """A month (``label`` as :func:`normalise` gives it), with its year or not: ``November
    2019``, ``2010 September``, ``Novembro (113)``, ``2015年2月``."""
    if YEAR_MONTH_CJK.fullmatch(label):
        return True
    parts = label.split()
    if len(parts) == 2 and parts[0].isdigit():
        parts.reverse()  # the year first
    return 1 <= len(parts) <= 2 and parts[0] in vocab.months and (len(parts) == 1 or parts[1].isdigit())


def _bylines(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
             context: Context) -> None:
    """Author lines: ``By Jane Doe``; ``By`` / ``Jane Doe``; a name and a role by a follow button;
    a name line next to the page's date line (``Colin Marsh`` / ``Thursday March 4, 2021``).

    The name (and role) go into the edit's metadata. A name with a role and no other furniture
    next to it might be a caption or a list of the article: only suggested.
    """
    # The lines that could also be items of a list of the article (a name with a date or a
    # handle), and their verdicts before (see _listed_names).
    listable: dict[int, Verdict | None] = {}
    for i, para in enumerate(lines):
        found = verdicts[i]
        if found is not None and found.rule != "TF301":
            continue
        text = para.text.strip()
        byline = _byline(text, vocab, context)
        dated = _dated_byline(text, vocab, context) if byline is None else None
        if dated is not None:
            listable[i] = verdicts[i]
            # Under a post's title on a blog's page: the title above is no menu item.
            verdicts[i] = Verdict("TF305", "a byline with its date", metadata=dated, joins_menus=False)
            continue
        if byline is not None:
            if "handle" in dict(byline):
                listable[i] = verdicts[i]
            verdicts[i] = Verdict("TF305", "a byline", metadata=byline)
            if i + 1 < len(lines) and verdicts[i + 1] is None and normalise(lines[i + 1].text) in vocab.agencies:
                # "By Jane Doe" / "Associated Press": the wire the author writes for, under her name.
                verdicts[i + 1] = Verdict("TF305", "the agency under a byline",
                                          metadata=(("agency", lines[i + 1].text.strip()),))
            continue
        if verdicts[i] is not None:
            if normalise(text) in vocab.byline_words and i + 1 < len(lines) and verdicts[i + 1] is None \
                    and looks_like_name(lines[i + 1].text, vocab, context):
                verdicts[i + 1] = Verdict("TF305", "the author's name after 'By'",
                                          metadata=(("author", lines[i + 1].text.strip()),))
            continue
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        bio = _bio_header(text, following, vocab, context)
        if bio is not None:
            verdicts[i] = Verdict("TF305", "the heading of the author's bio", metadata=(("author", bio),))
            continue
        if not looks_like_name(text, vocab, context):
            continue
        role = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
        if verdicts[i + 1 if role else i] is not None or normalise(role) not in vocab.roles:
            around = [verdicts[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            if any(v is not None and v.rule == "TF303" for v in around):
                verdicts[i] = Verdict("TF305", "an author's name next to the page's date line",
                                      metadata=(("author", text),))
            continue
        beside = [verdicts[j] for j in (i - 1, i + 2) if 0 <= j < len(lines)]
        certain = any(v is not None and v.applicability is SAFE and v.rule in ("TF301", "TF303") for v in beside)
        applicability = SAFE if certain else SUGGESTED
        metadata = (("author", text), ("role", TRAILING.sub("", role)))
        reason = "an author box (name and role" + (" next to a follow button)" if certain else ")")
        verdicts[i] = Verdict("TF305", reason, applicability, metadata)
        verdicts[i + 1] = Verdict("TF305", reason, applicability, metadata)
    _listed_names(verdicts, listable)


def _listed_names(verdicts: list[Verdict | None], listable: dict[int, Verdict | None]) -> None:
    """Lines read as an author with a date or a handle that name different authors are a list of
    the article (``Hurricane Katrina August 29, 2005`` / ``Hurricane Sandy - October 29, 2012``;
    accounts to follow, ``Jana Roth @janaroth`` / ``Dana Whitfield @danaw``), not bylines: a
    page's byline names its author once, or repeats the same line. They keep the verdicts they
    had before."""
    authors = {dict(verdict.metadata)["author"] for i in listable if (verdict := verdicts[i]) is not None}
    if len(authors) >= 2:
        for i, before in listable.items():
            verdicts[i] = before


# Between a byline and the date after it: "Verfasst von: Jane Doe | 12. März 2019".
BYLINE_PARTS = regex.compile(r"\s+[|–—-]\s*|\s*[|–—]\s+")


def _byline(text: str, vocab: Vocabulary, context: Context) -> tuple[tuple[str, str], ...] | None:
    """``By Jane Doe`` / ``By Jane Doe and John Roe`` / ``von Annette Henkel | 4. Mai 2021`` /
    ``By CARACAS HERALD STAFF`` / ``by Jane Doe 5 days ago`` / ``Write to Jane Doe at jd@example.com``:
    the metadata (author, and date or email if any) when the line is a byline, else None.

    Spaces are collapsed first: ``By\xa0Jane Doe`` (a no-break space, as pages often put after
    "By") is the same byline, and its name goes into the metadata with a plain space.
    """
    text = collapse_spaces(text)
    if "@" in text:
        handled = _handle_byline(text, vocab, context)
        if handled is not None:
            return handled
    first = first_word(text)
    if first and first in first_words_of(vocab.contact_openers):
        contact = _contact_line(text, vocab, context)
        if contact is not None:
            return contact
    if first and first not in first_words_of(vocab.byline_words):
        return None  # starts with a letter, and with no byline word
    # Only the head is folded: folding is per character, so it folds a prefix to a prefix.
    found = phrase_opening(vocab.byline_words).match(text[:_lengths(vocab.byline_words)[0] + 2].casefold())
    if found is None:
        return None
    names, *rest = BYLINE_PARTS.split(text[len(found.group()):].strip(" :-–—|"))
    dates = [date_value(part, vocab) for part in rest]
    if not rest:
        names, date = _trailing_date(names, vocab)
        dates = [date] if date else []
    if any(d is None for d in dates):
        return None
    if not _authors(names, vocab, context) and not (found.group() in vocab.single_name_openers
                                                     and _single_name(names, context)):
        return None
    return (("author", names),) + ((("date", dates[0]),) if dates else ())


# The longest line read as a dated byline, and the parts it may have (a date and one or two names).
DATED_BYLINE_CHARACTERS = 120
DATED_BYLINE_PARTS = 3
DIGIT = regex.compile(r"\d")
# The most words of an author and a date with nothing between them: "Jane Doe and John Roe,
# Associated Press Thursday, March 4, 2021, 9:02 AM" (a sentence with a date has more).
UNSEPARATED_BYLINE_WORDS = 14
DAY = regex.compile(r"(?<!\d)\d{1,2}(?!\d)")  # a day of the month, or the hour of a time


@lru_cache(maxsize=1)
def dated_byline_separators() -> regex.Pattern[str]:
    """Between the author and the date of a byline that opens with either: a dash, a bar or a slash
    with spaces around it, or a one-word byline word (``6:20 AM PST 3/4/2021 by Jane Doe``)."""
    vocab = vocabulary()
    words = frozenset(word for word in vocab.byline_words if " " not in word)
    return regex.compile(rf"\s+[|–—/-]\s+|\s+(?i:{alternatives(words)})\s+")


@lru_cache(maxsize=1)
def dated_byline_marks() -> tuple[str, ...]:
    """What :func:`dated_byline_separators` needs in a folded line, as plain strings: a line with
    none of them cannot be split, and is cleared by a few substring tests (cheaper than the
    pattern's case-blind alternation)."""
    vocab = vocabulary()
    words = sorted(word for word in vocab.byline_words if " " not in word)
    return ("- ", "| ", "– ", "— ", "/ ") + tuple(f" {word} " for word in words)


def _dated_byline(text: str, vocab: Vocabulary, context: Context) -> tuple[tuple[str, str], ...] | None:
    """``Jane Doe - Mar 4, 2021, 9:12 pm CST``, ``Posted on March 4, 2021 by Jane Doe``,
    ``12.03.2021 | Jane Doe``: an author and the date, in either order, and nothing else.

    A line starting lower-case (``on 4 March 2021 by Jane Doe``) may be the end of a sentence
    broken over lines and is left alone, as a date line is.
    """
    stripped = text.strip()
    if len(stripped) > DATED_BYLINE_CHARACTERS or DIGIT.search(stripped) is None:
        return None
    folded = stripped.casefold()
    if not any(mark in folded for mark in dated_byline_marks()):
        # No separator: the pattern (slow, for its case-blind words) is not tried.
        return _unseparated_dated_byline(stripped, vocab, context)
    parts = [part.strip(" ,") for part in dated_byline_separators().split(stripped)]
    if not 2 <= len(parts) <= DATED_BYLINE_PARTS or not all(parts):
        return None
    if stripped[:1].islower() and first_word(stripped) not in vocab.weekdays:
        return None
    dated = [(part, _date_part(part, vocab)) for part in parts]
    dates = [date for _, date in dated if date is not None]
    if len(dates) != 1:
        return None
    # The names are weighed last, as in _nothing_to_find: that may count the document's words.
    authors = [part for part, date in dated if date is None]
    if not (all(_authors(part, vocab, context) for part in authors) or _posted_by_account(dated, vocab)):
        return None
    return (("author", ", ".join(authors)), ("date", dates[0]))


# A site's account name: "admin", "jdoe_77", "webredaktion".
ACCOUNT_NAME = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}._-]{0,29}")


def _posted_by_account(dated: list[tuple[str, str | None]], vocab: Vocabulary) -> bool:
    """``Posted on March 4, 2021 by admin``: a keyed date, then an account's name (one word, in
    any case) after "by". A blog's template line; the key and the whole date say so, where a
    bare date before one lower-case word (``March 4 - admin``) would not."""
    if len(dated) != 2:
        return False
    (when, date), (who, not_a_date) = dated
    keyed = split_date_key(when, vocab)[1] != when
    return date is not None and not_a_date is None and keyed and ACCOUNT_NAME.fullmatch(who) is not None


def _unseparated_dated_byline(stripped: str, vocab: Vocabulary,
                              context: Context) -> tuple[tuple[str, str], ...] | None:
    """``Associated Press March 4, 2021, 9:02 AM``, ``March 4, 2021 Jane Doe``: an author (or an
    agency) and a date with nothing between them.

    The date names its day (``Mac Pro December 2019`` is a product and its launch; a relative
    time after a bare name is a byline only after "By"), and it starts or ends the line: it
    starts at the first word after the names that can open a date, or ends at the line's last
    number or the word after it (``AM``). So at most three readings are weighed, never every
    cut of the line.
    """
    tokens = stripped.split()
    if stripped[:1].islower() or len(tokens) > UNSEPARATED_BYLINE_WORDS:
        return None  # the end of a sentence broken over lines, or a sentence
    readings = []
    if DIGIT.search(" ".join(tokens[-2:])):  # a date at the end ends in a number, or in AM after one
        start = next((i for i, token in enumerate(tokens) if i and _may_open_date(token)), None)
        if start is not None:
            readings.append((tokens[:start], tokens[start:]))
    if _may_open_date(tokens[0]):
        last = max(i for i, token in enumerate(tokens) if DIGIT.search(token))
        readings += [(tokens[end:], tokens[:end]) for end in (last + 1, last + 2) if end < len(tokens)]
    for names, date in readings:
        value = date_value(" ".join(date), vocab)
        author = " ".join(names).strip(" ,")
        if value is not None and DAY.search(value) and author and _authors(author, vocab, context):
            return (("author", author), ("date", value))
    return None


def _may_open_date(token: str) -> bool:
    """A number, or a word that a date key or a date word starts with (``March``, ``Posted``)."""
    return token[:1].isdigit() or first_word(token) in date_openings()


def _date_part(part: str, vocab: Vocabulary) -> str | None:
    """The date or relative time a part of a line is, after its key if any (``Posted on …``)."""
    first = first_word(part)
    if first and first not in date_openings():
        return None  # a date starts with a key, a date word or a digit: a name or prose is cleared
    _, rest = split_date_key(part, vocab)
    keyed = rest != part
    return (date_value(rest, vocab, keyed=keyed) or relative_time(rest, vocab, keyed)) if rest else None


# Between the authors of a byline: "Jane Doe, John Roe and MARIA LOPEZ".
AUTHOR_JOINERS = regex.compile(r"\s*(?:,|\b(?i:and|und)\b|\by\b|\bet\b|&)\s*")


def _authors(names: str, vocab: Vocabulary, context: Context) -> bool:
    """Whether every part of a byline's names is an author: a name, in capitals or not, an agency
    (``By EFE``), or a newsroom's staff (``By Caracas Herald Staff``, ``By CH staff``)."""
    parts = [part for part in AUTHOR_JOINERS.split(names) if part]
    if len(parts) >= 2 and _outlet(parts[-1]):
        parts = parts[:-1]  # "By Jane Doe, KTV": the author and the outlet she writes for
    return bool(parts) and all(_author(part, vocab, context) for part in parts)


def _bio_header(text: str, following: str, vocab: Vocabulary, context: Context) -> str | None:
    """``About Jane Doe`` over ``Jane Doe writes about science …``: the heading of the author's
    box, the name it gives (``bio_openers`` per language); the bio itself, prose, stays.

    Only when the line after it names the same person: ``About Jane Doe`` alone may be a heading
    of the article's own (a profile's section), and ``About Our Ads`` names nobody.
    """
    first = first_word(text)
    if first is not None and first not in first_words_of(vocab.bio_openers):
        return None
    found = phrase_opening(vocab.bio_openers).match(text[:_lengths(vocab.bio_openers)[0] + 2].casefold())
    if found is None:
        return None
    name = text.strip()[len(found.group()):].strip()
    if not looks_like_name(name, vocab, context) or name not in following:
        return None
    return name


# A single name after "By" is an author only when it is a rare word (``By Darshil``): ``By Design``,
# ``By Ferry`` are headings of the article, their word common in the language. Only after the
# byline words of ``single_name_openers`` (English): "von", "de", "par" also open headings and
# the ends of names broken over lines ("von Beust"), and the word list is the document's language.
RARE_NAME_ZIPF = 3.5


def _single_name(part: str, context: Context) -> bool:
    """One capitalised token that is rare in the language and that the document never writes in
    lower case: a first name or a user name standing for the author (``by Darshil``, ``By Tyrell``)."""
    token = part.strip()
    if not name_token().match(token) or "." in token:
        return False
    folded = token.casefold()
    return context.lexicon.zipf(folded) < RARE_NAME_ZIPF and _name_like_in_document(token, context)


# The outlet after a byline's names: "KTV", "KTV News", "Caracasnews.com".
OUTLET = regex.compile(r"\A(?:\p{Lu}{2,6}(?: \p{Lu}\p{Ll}+)?|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,6})\Z")


def _outlet(part: str) -> bool:
    return OUTLET.match(part.strip()) is not None


def _author(part: str, vocab: Vocabulary, context: Context) -> bool:
    if looks_like_name(part, vocab, context):
        return True
    if part.isupper() and has_name_shape(part) and looks_like_name(part.title(), vocab, context):
        return True  # "MARIA LOPEZ": a wire's byline in capitals ("BY THE WAY" has common words)
    label = normalise(part)
    if label in vocab.agencies:
        return True
    for staff in longest_first(vocab.staff_words):
        if label.endswith(" " + staff):
            return _newsroom(part[:len(part) - len(staff)].strip(), vocab)
    return False


# A newsroom's name before "staff": capitalised words or capitals ("Caracas Herald", "CH").
NEWSROOM_WORD = regex.compile(r"\A(?:\p{Lu}[\p{L}\p{N}.&'’-]*|and|&)\Z")
NEWSROOM_WORDS = 4


def _newsroom(name: str, vocab: Vocabulary) -> bool:
    """An agency, or a few capitalised words that are not a phrase (``Order Of The``: a heading's
    words); only the first may be ``The`` (``The Times``)."""
    tokens = name.split()
    return 0 < len(tokens) <= NEWSROOM_WORDS and (
        normalise(name) in vocab.agencies
        or all(NEWSROOM_WORD.match(token) and (token.casefold() not in COMMON_CAPITALS or i == 0 and token == "The")
               for i, token in enumerate(tokens)))


def _trailing_date(names: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """``Jane Doe 5 days ago`` -> (``Jane Doe``, ``5 days ago``); ``Jane Doe on March 3, 2021``
    -> (``Jane Doe``, ``March 3, 2021``): a byline's date with no bar before it.

    Every cut is weighed only when the line may end a date at all: a sentence that opens with
    "By" (``By the end of the year, …``) would cost a reading of each of its tails."""
    tokens = names.split()
    if not tokens or not _may_end_a_date(tokens[-1]):
        return names, None
    for cut in range(1, len(tokens)):
        tail = " ".join(tokens[cut:])
        key, rest = split_date_key(tail, vocab)
        if not rest:
            continue
        keyed = rest != tail
        value = date_value(rest, vocab, keyed=keyed) or relative_time(rest, vocab, keyed)
        if value is not None:
            return " ".join(tokens[:cut]), value
    return names, None


def _may_end_a_date(token: str) -> bool:
    """Whether a date or a relative time may end with ``token``: a number, a word of a date or
    of a relative time (``2021``, ``March``, ``GMT``, ``p.m.``, ``ago``, ``Stunden``), or marks
    alone, which a date's separators may be. A necessary condition of :func:`date_value` and
    :func:`relative_time` for the last word of what they read."""
    if DIGIT.search(token):
        return True
    letters = _letters(token)
    return not letters or letters in date_end_words()


def _letters(word: str) -> str:
    return "".join(filter(str.isalpha, word.casefold()))


@lru_cache(maxsize=1)
def date_end_words() -> frozenset[str]:
    """The letters of every word of the date and relative-time lists (see :func:`_may_end_a_date`),
    and of the half-days a time may end with."""
    vocab = vocabulary()
    phrases = (vocab.date_words | vocab.relative_after | vocab.relative_units | vocab.relative_long_units
               | vocab.relative_counts | HALF_DAYS)
    return frozenset(_letters(word) for phrase in phrases for word in phrase.split())


HALF_DAYS = frozenset({"am", "pm"})  # as TIME reads them: "9 pm", "9:15 a.m."


# "Write to Jane Doe at jane.doe@example.com": the address of the article's author.
EMAIL = r"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+"


@lru_cache(maxsize=1)
def contact_pattern() -> regex.Pattern[str]:
    """An opener (``Write to``, ``Contact``), the name, ``at`` and an e-mail address, nothing more."""
    vocab = vocabulary()
    return regex.compile(rf"(?i:{alternatives(vocab.contact_openers)})\s+(?P<name>[^@]{{3,60}}?)"
                         rf"\s+(?i:{alternatives(vocab.contact_at)})\s+(?P<email>{EMAIL})\.?")


# An author with her handle, maybe a date after it: "Jane Doe @janedoe", "Jane Doe @janedoe / 2 days".
HANDLE_BYLINE = regex.compile(r"(?P<names>[^@]+?)\s+(?P<handle>@\w{2,30})(?:\s+[/|·–—-]\s+(?P<date>[^@]+))?")


def _handle_byline(text: str, vocab: Vocabulary, context: Context) -> tuple[tuple[str, str], ...] | None:
    """``Jane Doe @janedoe``: the author's name and her handle on a social network, and nothing
    else but a date; a handle after other words (``Follow @site``, ``Account: @jane``) is no byline."""
    stripped = text.strip()
    if len(stripped) > SHORT_LINE_CHARACTERS:
        return None  # a paragraph that mentions a handle
    found = HANDLE_BYLINE.fullmatch(stripped)
    if found is None or not _authors(found.group("names"), vocab, context):
        return None
    written = found.group("date")
    date = _date_part(written, vocab) if written else None
    if written and date is None:
        return None
    return (("author", found.group("names")), ("handle", found.group("handle"))) + ((("date", date),) if date else ())


def _contact_line(text: str, vocab: Vocabulary, context: Context) -> tuple[tuple[str, str], ...] | None:
    """``Write to Jane Doe at jane.doe@example.com``: the author's contact line under an article."""
    found = contact_pattern().fullmatch(text.strip())
    if found is None or not _authors(found.group("name"), vocab, context):
        return None
    return (("author", found.group("name")), ("email", found.group("email")))


@lru_cache(maxsize=16)
def phrase_opening(phrases: frozenset[str]) -> regex.Pattern[str]:
    """The longest of ``phrases`` that opens a folded line and is followed by ``" "`` or ``": "``.

    One pattern call in place of a prefix test per phrase (most lines start with none of them);
    the alternatives are tried longest first, so the phrase found is the one such a loop finds.
    """
    return regex.compile(rf"(?:{alternatives(phrases)})(?= |: )")


# The longest credit "NAMES, AGENCY" read: "Jane Doe and John Roe, Associated Press" (see _agency_credit).
AGENCY_CREDIT_CHARACTERS = 80


def _agency_credits(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
                    context: Context) -> None:
    """``Jane Doe, Associated Press`` under a photo or a headline: the photographer's (or the
    authors') names and the agency, nothing else. With a role after the agency (``Jane Doe, AP
    Sports Writer``) the names are the article's author: a byline, whose name and role go into
    the metadata."""
    for i, para in enumerate(lines):
        if verdicts[i] is not None:
            continue
        credit = _agency_credit(para.text.strip(), vocab, context)
        if credit is None:
            continue
        names, agency, role = credit
        if role:
            verdicts[i] = Verdict("TF305", "a byline: the author, her agency and role",
                                  metadata=(("author", names), ("agency", agency), ("role", role)))
        else:
            verdicts[i] = Verdict("TF304", "a credit: names and their agency")


AGENCY_MARGIN = 4  # marks and spaces around an agency's name after the comma ("Jane Doe, AP)")
ROLE_CHARACTERS = 30  # "Chief Political Correspondent" after the agency
ROLE_BEAT_WORDS = 2  # the words of a beat before a role: "Sports" in "AP Sports Writer"


@lru_cache(maxsize=1)
def _longest_agency() -> int:
    return max(len(agency) for agency in vocabulary().agencies)


def _agency_credit(stripped: str, vocab: Vocabulary, context: Context) -> tuple[str, str, str] | None:
    """Names (``Jane Doe``, ``Jane Doe and John Roe``), a comma and a known agency (``AP``), maybe
    with a role (:func:`_agency_and_role`): the names, the agency and the role ("" if none).

    A list item of the article (``Jane Doe, Reuters' new editor``) has more after the agency,
    and a sentence is no list of names: only a short line whose every part is a name is taken.
    """
    if "," not in stripped or len(stripped) > AGENCY_CREDIT_CHARACTERS:
        return None
    names, _, tail = stripped.rpartition(",")
    if len(tail) > _longest_agency() + AGENCY_MARGIN + ROLE_CHARACTERS:
        return None
    agency_and_role = _agency_and_role(tail, vocab)
    if agency_and_role is None:
        return None
    parts = [part for part in AUTHOR_JOINERS.split(names) if part]
    if not parts or not all(_author(part, vocab, context) for part in parts):
        return None
    return (names.strip(), *agency_and_role)


def _agency_and_role(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """``AP``, ``AP Sports Writer``, ``Reuters correspondent``: a known agency, then at most a role
    (``roles``), maybe after its beat's capitalised words (``Sports``, ``Chief Political``; not
    ``Reuters new editor``, a list item's description). The agency and the role, as written."""
    label = normalise(text)
    if label in vocab.agencies:
        return TRAILING.sub("", LEADING.sub("", text.strip())), ""
    words = label.split()
    written = text.split()
    if len(written) != len(words):
        return None  # a mark was stripped: the label's words cannot be read as written
    for cut in range(len(words) - 1, 0, -1):
        if " ".join(words[:cut]) not in vocab.agencies:
            continue
        role = words[cut:]
        for beat in range(min(len(role), ROLE_BEAT_WORDS + 1)):
            if " ".join(role[beat:]) in vocab.roles:
                if not all(word[:1].isupper() for word in written[cut:cut + beat]):
                    return None
                return " ".join(written[:cut]), " ".join(written[cut:])
        return None
    return None


def _stray_symbols(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """A line of marks (or a lone small number) next to residue is what is left of a widget."""
    for i, para in enumerate(lines):
        if verdicts[i] is not None or not is_symbols(para.text):
            continue
        if _invisible_only(para.text):
            verdicts[i] = Verdict("TF308", "a line of invisible characters only")
            continue
        beside = [verdicts[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(v is not None and v.applicability is SAFE and v.prefix_end is None for v in beside):
            verdicts[i] = Verdict("TF308", "marks left by a page widget next to other residue")


# A line ending with one of these ends a sentence or announces what follows it (a list's
# heading): it is the article's, wherever it stands.
OPENS_OR_ENDS = SENTENCE_LAST | {":"}
# The most lines taken for residue for standing between two lines of it.
GAP_LINES = 3
# Date lines and bylines stand beside the article's headline (see _lines_between_residue).
ARTICLE_METADATA_RULES = frozenset({"TF303", "TF305"})


def _lines_between_residue(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """A few short lines between two lines removed as residue are residue too: items of a menu
    whose neighbours were recognised and they were not (``Company Town`` between
    ``Advertisement`` and ``Share this article``). The article's text comes in paragraphs that
    residue does not surround. What may still be the article's stays:

    * a line that ends a sentence, or announces a list with a colon;
    * a line longer than a menu's item (MENU_ITEM_WORDS): a headline, a teaser's or the
      article's own among the page's furniture;
    * more than GAP_LINES lines: a list of the article's between a caption and a credit;
    * lines beside a date line or a byline: that is where the article's headline stands.

    One pass over the verdicts the other sweeps left.
    """
    removed = [v is not None and v.applicability is SAFE and v.prefix_end is None
               and v.rule not in ARTICLE_METADATA_RULES for v in verdicts]
    i = 1
    while i < len(lines):
        end = i
        while end < len(lines) and verdicts[end] is None and _menu_item_length(lines[end].text):
            end += 1
        if end > i and end - i <= GAP_LINES and end < len(lines) and removed[i - 1] and removed[end]:
            for j in range(i, end):
                verdicts[j] = Verdict("TF302", "a short line between lines of residue (a menu's item)")
        i = end + 1


def _menu_item_length(text: str) -> bool:
    """At most a menu item's words, and no sentence end or colon last (see _lines_between_residue)."""
    stripped = text.rstrip()
    return stripped[-1] not in OPENS_OR_ENDS and len(words(stripped)) <= MENU_ITEM_WORDS


def _invisible_only(text: str) -> bool:
    """White space and format characters (U+200B) only: a line that shows nothing."""
    return is_symbols(text) and not INVISIBLE.sub("", text)


INVISIBLE = regex.compile(r"[\s\p{Cf}]+")


def _edits(text: str, lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None]) -> Iterator[Edit]:
    """One removal per residue line: the line and the separator after it, or, for the lines after
    the last kept one, the separator before it — so no run of blank lines is left anywhere."""
    kept = [i for i, v in enumerate(verdicts) if v is None or v.prefix_end is not None]
    last_kept = kept[-1] if kept else -1
    for i, (para, verdict) in enumerate(zip(lines, verdicts)):
        if verdict is None:
            continue
        line = para.line
        if verdict.prefix_end is not None:
            start, end = line.start, line.start + verdict.prefix_end
        elif i < last_kept:
            # Take the line with the line break and blank lines after it.
            start, end = line.start, lines[i + 1].line.start
        elif i > 0:
            # The last lines: take the separator before instead, leaving no trailing blank lines.
            start, end = lines[i - 1].line.end, line.end
        else:
            start, end = line.start, len(text)
        yield Edit(start, end, "", verdict.rule, verdict.reason, verdict.applicability,
                   1.0 if verdict.applicability is SAFE else 0.5, verdict.metadata)


# ---------------------------------------------------------------------------- rules


def _rule_edits(rule_id: str, text: str, context: Context) -> tuple[Edit, ...]:
    return analyse(text, context).get(rule_id, ())


def ui_lines(text: str, context: Context) -> tuple[Edit, ...]:
    """Remove a line that is a page button, label or share bar.

    ``Advertisement``, ``Share this article``, ``• Follow I follow``, ``Facebook Twitter WhatsApp
    Email``, ``Teilen``, ``Publicidad``, ``12 comments``, ``Image 1 of 5``: whole lines that are
    one of the phrases in ``textfix/data/residue/*.toml`` (or a sequence of them), or match one of
    the configured ``residue_patterns``. A line that merely contains ``Share`` is left alone.
    """
    return _rule_edits("TF301", text, context)


def navigation(text: str, context: Context) -> tuple[Edit, ...]:
    """Remove a navigation menu: a run of short labels most of which are page furniture.

    Section names (``Business``, ``Sport``, ``Politik``) count only inside such a run; a lone
    heading is never a menu. Also a breadcrumb trail (``Home › News › World``), the tags after
    a ``Topics`` header, a "Most read" box (``1`` / headline / ``2`` / headline …), and up to
    three short lines between two lines of residue (a menu's items no list knows).
    """
    return _rule_edits("TF302", text, context)


def date_lines(text: str, context: Context) -> tuple[Edit, ...]:
    """Remove a line that is only a date or time (``Updated 10:32 GMT``); keep it as metadata."""
    return _rule_edits("TF303", text, context)


def credits(text: str, context: Context) -> tuple[Edit, ...]:
    """Remove photo credits, captions with a credit and copyright notices.

    ``Photo: Getty Images``, ``Image copyright EPA``, ``Omar Haddad/Deccan Post/Getty Images``,
    ``© 2021 Northwind Media Inc. All Rights Reserved.`` A single-word prefix needs its colon.
    """
    return _rule_edits("TF304", text, context)


def bylines(text: str, context: Context) -> tuple[Edit, ...]:
    """Remove bylines and author boxes; their name and role go into the document's metadata.

    ``By Jane Doe`` is removed; a name line followed by a role line (``Tim Niendorf`` /
    ``Political Editor.``) is removed when a follow button or date line is next to it, else only
    suggested. Names in prose are never touched.
    """
    return _rule_edits("TF305", text, context)


def metadata_prefix(text: str, context: Context) -> tuple[Edit, ...]:
    """Remove a keyed date glued before the first sentence: `` date 2021-11-04 The ICC…``.

    The only removal from inside a line; the date goes into the document's metadata.
    """
    return _rule_edits("TF306", text, context)


def teasers(text: str, context: Context) -> tuple[Edit, ...]:
    """Remove teasers and calls to action: ``Read more: …``, ``Sign up for our newsletter``,
    ``Additional reporting by Maria Lopez``. One that is a whole sentence (``Follow Newsbeat on
    Instagram, Facebook, Twitter and YouTube.``) may be the article's own words: only suggested.
    """
    return _rule_edits("TF307", text, context)


def stray_marks(text: str, context: Context) -> tuple[Edit, ...]:
    """Remove a line of marks or a lone small number next to other residue (a widget's remains)."""
    return _rule_edits("TF308", text, context)


RULES = (
    Rule("TF301", "ui-line", Phase.LINES, SAFE, "Remove a line that is a page button, label or share bar.", ui_lines),
    Rule("TF302", "navigation-menu", Phase.LINES, SAFE, "Remove navigation menus, breadcrumbs, tag lists and most-read boxes.", navigation),
    Rule("TF303", "date-line", Phase.LINES, SAFE, "Remove a line that is only a date; keep the date as metadata.", date_lines),
    Rule("TF304", "credit-line", Phase.LINES, SAFE, "Remove photo credits, captions with a credit, copyright lines.", credits),
    Rule("TF305", "byline", Phase.LINES, SAFE, "Remove bylines and author boxes; keep name and role as metadata.", bylines),
    Rule("TF306", "metadata-prefix", Phase.LINES, SAFE, "Remove a date prefix glued to the first sentence; keep it as metadata.", metadata_prefix),
    Rule("TF307", "teaser-line", Phase.LINES, SAFE, "Remove teasers of other pages and calls to subscribe or follow.", teasers),
    Rule("TF308", "stray-marks", Phase.LINES, SAFE, "Remove lines of marks left by a widget next to other residue.", stray_marks),
)
