"""Bylines and author boxes: ``By Jane Doe``, ``Jane Doe - Mar 4, 2021``, a name and a role.

What a byline says (author, date, role, handle, email) goes into the edit's metadata. A name
alone is a byline only beside other page furniture, and a list of names with dates or handles
is the article's own list (see :func:`bylines`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from textfix.context import Context
from textfix.residue.dates import date_openings, date_value, relative_time, split_date_key
from textfix.residue.text import (
    COMMON_CAPITALS,
    DIGIT,
    SHORT_LINE_CHARACTERS,
    TRAILING,
    alternatives,
    announces,
    collapse_spaces,
    first_word,
    first_words_of,
    has_name_shape,
    lengths,
    longest_first,
    looks_like_name,
    most_words,
    name_like_in_document,
    name_token,
    normalise,
    phrase_opening,
)
from textfix.residue.verdicts import SAFE, SUGGESTED, Paragraph, Verdict, close_together, removes_line, verdicts_beside
from textfix.residue.vocabulary import Vocabulary, vocabulary


def bylines(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
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
        byline = parse_byline(text, vocab, context)
        dated = parse_dated_byline(text, vocab, context) if byline is None else None
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
                # Taken here, before this sweep reaches the line: read as a name next to a date line,
                # it would become the author (agency_credits' general case comes too late for that).
                verdicts[i + 1] = Verdict("TF305", "the agency under a byline",
                                          metadata=(("agency", lines[i + 1].text.strip()),))
            continue
        if verdicts[i] is not None:
            if normalise(text) in vocab.byline_words and i + 1 < len(lines) and verdicts[i + 1] is None:
                metadata = _author_after_byline_word(text, lines[i + 1].text, vocab, context)
                if metadata is not None:
                    # The lone "By" is the byline's too, not a button: the headline stands above it.
                    verdicts[i] = Verdict("TF305", "the word 'By' over the author's name")
                    verdicts[i + 1] = Verdict("TF305", "the author's name after 'By'", metadata=metadata)
            continue
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        bio = bio_header(text, following, vocab, context)
        if bio is not None:
            verdicts[i] = Verdict("TF305", "the heading of the author's bio", metadata=(("author", bio),))
            continue
        if not looks_like_name(text, vocab, context):
            continue
        role = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
        if verdicts[i + 1 if role else i] is not None or normalise(role) not in vocab.roles:
            if any(v is not None and v.rule == "TF303" for v in verdicts_beside(verdicts, i)):
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


def parse_byline(text: str, vocab: Vocabulary, context: Context) -> tuple[tuple[str, str], ...] | None:
    """``By Jane Doe`` / ``By Jane Doe and John Roe`` / ``von Annette Henkel | 4. Mai 2021`` /
    ``By CARACAS HERALD STAFF`` / ``by Jane Doe 5 days ago`` / ``Write to Jane Doe at jd@example.com``:
    the metadata (author, and date or email if any) when the line is a byline, else None.

    Spaces are collapsed first: ``By\xa0Jane Doe`` (a no-break space, as pages often put after
    "By") is the same byline, and its name goes into the metadata with a plain space.
    """
    text = collapse_spaces(text)
    if "@" in text:
        handled = parse_handle_byline(text, vocab, context)
        if handled is not None:
            return handled
    first = first_word(text)
    if first and first in first_words_of(vocab.contact_openers):
        contact = _contact_line(text, vocab, context)
        if contact is not None:
            return contact
    split = split_byline_word(text, vocab)
    if split is None:
        return None
    word, after = split
    names, *rest = BYLINE_PARTS.split(after.strip(" :-–—|"))
    names, roles, rest = _roles(names, rest, vocab)
    dates = [date_value(part, vocab) for part in rest]
    if not rest:
        names, date = _trailing_date(names, vocab)
        dates = [date] if date else []
    if any(d is None for d in dates):
        return None
    dated = tuple(("date", date) for date in dates[:1] if date is not None)
    if normalise(names) in vocab.roles:
        return (("role", names),) + dated  # "By Staff Writer": the newsroom names no one
    if not _authors(names, vocab, context) and not (word in vocab.single_name_openers
                                                     and _single_name(names, context)):
        return None
    return (("author", names),) + tuple(("role", role) for role in roles[:1]) + dated


def split_byline_word(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """The byline word opening ``text`` (``By``, ``von``, ``Por``; folded) and what follows it,
    else None."""
    first = first_word(text)
    if first and first not in first_words_of(vocab.byline_words):
        return None  # starts with a letter, and with no byline word
    # Only the head is folded: folding is per character, so it folds a prefix to a prefix.
    found = phrase_opening(vocab.byline_words).match(text[:lengths(vocab.byline_words)[0] + 2].casefold())
    return None if found is None else (found.group(), text[len(found.group()):])


def _author_after_byline_word(word: str, following: str, vocab: Vocabulary,
                              context: Context) -> tuple[tuple[str, str], ...] | None:
    """The metadata of the line under a lone ``By``: a name (``Jane Doe``), or a name with its
    job title or its outlet (``Jane Doe - Staff Writer``, ``Troy L. Smith, Cleveland.com``), read
    as the byline ``By Jane Doe - Staff Writer`` is."""
    if looks_like_name(following, vocab, context):
        return (("author", following.strip()),)
    byline = parse_byline(f"{word.strip()} {following.strip()}", vocab, context)
    if byline is None:
        return None
    fields = dict(byline)
    name = fields["author"].partition(",")[0]
    return byline if "role" in fields or "," in fields["author"] and looks_like_name(name, vocab, context) else None


def _roles(names: str, rest: Sequence[str], vocab: Vocabulary) -> tuple[str, list[str], list[str]]:
    """The job titles of a byline's parts, after a comma or a dash (``By Jane Doe, Staff Writer``,
    ``By Jane Doe - Live Science Contributor | March 3, 2021``): the names without them, the
    titles as written, and the other parts (dates)."""
    read = [(part, role_as_written(part, vocab)) for part in rest]
    roles = [role for _, role in read if role is not None]
    others = [part for part, role in read if role is None]
    head, comma, tail = names.rpartition(",")
    if comma and head.strip() and (role := role_as_written(tail, vocab)) is not None:
        return head.strip(), [role, *roles], others
    return names, roles, others


# The words of a beat or an outlet before a job title: "Sports" in "AP Sports Writer", "Live
# Science" in "Live Science Contributor".
ROLE_BEAT_WORDS = 2


def role_as_written(text: str, vocab: Vocabulary) -> str | None:
    """``text`` as written (marks around it stripped) when it is a job title, else None. A title
    after an agency (``AP Sports Writer``) is an agency's credit (see credit_lines). The words
    are counted first: the clause after a comma of a sentence opening with "By" is no title."""
    written = TRAILING.sub("", text.strip()).split()
    if len(written) > ROLE_BEAT_WORDS + most_words(vocab.roles):
        return None
    words = [normalise(word) for word in written]
    if not words or words[0] in vocab.agencies or not is_role(words, written, vocab):
        return None
    return " ".join(written)


def is_role(words: Sequence[str], written: Sequence[str], vocab: Vocabulary) -> bool:
    """Whether words (folded, and as ``written``) are a job title: one of the ``roles``, maybe
    after up to ROLE_BEAT_WORDS capitalised words of its beat or outlet (``Staff Writer``,
    ``Chief Political Correspondent``, ``Live Science Contributor``; not ``new editor``, a list
    item's description)."""
    for beat in range(min(len(words), ROLE_BEAT_WORDS + 1)):
        if " ".join(words[beat:]) in vocab.roles:
            return all(word[:1].isupper() for word in written[:beat])
    return False


# The longest line read as a dated byline, and the parts it may have (a date and one or two names).
DATED_BYLINE_CHARACTERS = 120
DATED_BYLINE_PARTS = 3
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


def parse_dated_byline(text: str, vocab: Vocabulary, context: Context) -> tuple[tuple[str, str], ...] | None:
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
    return bool(parts) and all(is_author(part, vocab, context) for part in parts)


def bio_header(text: str, following: str, vocab: Vocabulary, context: Context) -> str | None:
    """``About Jane Doe`` over ``Jane Doe writes about science …``: the heading of the author's
    box, the name it gives (``bio_openers`` per language); the bio itself, prose, stays.

    Only when the line after it names the same person: ``About Jane Doe`` alone may be a heading
    of the article's own (a profile's section), and ``About Our Ads`` names nobody.
    """
    first = first_word(text)
    if first is not None and first not in first_words_of(vocab.bio_openers):
        return None
    found = phrase_opening(vocab.bio_openers).match(text[:lengths(vocab.bio_openers)[0] + 2].casefold())
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
    return context.lexicon.zipf(folded) < RARE_NAME_ZIPF and name_like_in_document(token, context)


# The outlet after a byline's names: "KTV", "KTV News", "Caracasnews.com".
OUTLET = regex.compile(r"\A(?:\p{Lu}{2,6}(?: \p{Lu}\p{Ll}+)?|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,6})\Z")


def _outlet(part: str) -> bool:
    return OUTLET.match(part.strip()) is not None


def is_author(part: str, vocab: Vocabulary, context: Context) -> bool:
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


def parse_handle_byline(text: str, vocab: Vocabulary, context: Context) -> tuple[tuple[str, str], ...] | None:
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


# A line that is only an address to write to or an account to follow, maybe after its key:
# "jane.doe@example.com", "Email: jane.doe@example.com", "twitter.com/janedoe",
# "https://www.instagram.com/jane.doe/". The site must be a network the share buttons name.
ADDRESS_ALONE = regex.compile(
    rf"(?:(?P<key>[\p{{L}}-]+)\s*:\s*)?"
    rf"(?:(?P<email>{EMAIL})\.?"
    r"|(?:https?://)?(?:www\.)?(?P<site>[\p{L}\p{N}-]+)\.com/(?:in/|@)?[\p{L}\p{N}_.-]+/?)")


def contact_lines(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary) -> None:
    """An e-mail address or a profile on a network alone on its line, or a few in a row, beside
    residue or ending the document: the author's contact under her byline or under the article
    (TF305; the addresses go into the metadata). Standing among the article's paragraphs, or
    announced by the line before (``Write to us at:``), an address is the article's own: it stays.
    """
    addresses = {i: address for i, (p, v) in enumerate(zip(lines, verdicts))
                 if v is None and (address := _address_alone(p.text, vocab))}
    for run in close_together(sorted(addresses), 1):
        start, end = run[0], run[-1] + 1
        if any(removes_line(verdicts[j]) for j in (start - 1, end) if 0 <= j < len(lines)):
            reason = "the author's address beside other residue"
        elif end == len(lines) and start > 0 and not announces(lines[start - 1].text):
            reason = "the author's address under the article"
        else:
            continue
        for j in run:
            verdicts[j] = Verdict("TF305", reason, metadata=(addresses[j],))


# An author's bio is a short sentence, her role among the first words after the link verb (after
# "a senior political": "the outsider in the best director category" names no role of hers).
BIO_WORDS = 40
BIO_CHARACTERS = 400  # more than forty words' worth: a paragraph, cleared with one comparison
BIO_ROLE_WORDS = 3
# A contact in brackets after the name: "Jeff Foust (jeff@example.com) is the editor of …".
BRACKETED_CONTACT = regex.compile(r"\s*\([^()]*\)\Z")


def author_bio(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
               context: Context) -> None:
    """The author's bio ending the text (``Phil Helsel is a reporter for NBC News.``): a sentence,
    so only proposed (TF305), her name and role in the edit's metadata. Among the article's
    paragraphs, a sentence of that shape is about somebody: it stays. The text's end is judged
    once its residue is gone, so the bio counts there whatever stood below it."""
    if lines and verdicts[-1] is None and (found := parse_bio(lines[-1].text, vocab, context)) is not None:
        verdicts[-1] = Verdict("TF305", "the author's bio (a sentence: may be the article's)", SUGGESTED,
                               metadata=found)


def parse_bio(text: str, vocab: Vocabulary, context: Context) -> tuple[tuple[str, str], ...] | None:
    """``(("author", name), ("role", role))`` for a name, a link verb and a role among the next
    few words (``Jane Doe is a reporter for …``, ``Jana Roth ist Redakteurin bei …``)."""
    stripped = text.strip()
    if len(stripped) > BIO_CHARACTERS or len(stripped.split(None, BIO_WORDS)) > BIO_WORDS:
        return None
    folded = stripped.casefold()
    for link in longest_first(vocab.bio_links):
        at = folded.find(f" {link} ")
        if at <= 0:
            continue
        name = BRACKETED_CONTACT.sub("", stripped[:at])
        if not looks_like_name(name, vocab, context) or name.split()[0].casefold().rstrip(".") in vocab.honorifics:
            continue
        role = _role_among(stripped[at + len(link) + 2:].split()[:BIO_ROLE_WORDS + 2], vocab)
        if role is not None:
            return (("author", name), ("role", role))
    return None


def _role_among(words: Sequence[str], vocab: Vocabulary) -> str | None:
    """The longest role of ``vocab.roles`` that starts at one of the first BIO_ROLE_WORDS words."""
    for start in range(min(BIO_ROLE_WORDS, len(words))):
        for size in range(3, 0, -1):
            written = " ".join(words[start:start + size]).rstrip(".,;")
            if written.casefold() in vocab.roles:
                return written
    return None


def _address_alone(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """``("email", address)`` or ``("profile", link)`` when the line is only that (ADDRESS_ALONE)."""
    stripped = text.strip()
    if "@" not in stripped and ".com/" not in stripped:
        return None
    found = ADDRESS_ALONE.fullmatch(stripped)
    if found is None or (found.group("key") and normalise(found.group("key")) not in vocab.buttons):
        return None
    if found.group("email"):
        return ("email", found.group("email"))
    site = found.group("site").casefold()
    return ("profile", stripped) if site in vocab.buttons or site in vocab.bar_words else None


def _contact_line(text: str, vocab: Vocabulary, context: Context) -> tuple[tuple[str, str], ...] | None:
    """``Write to Jane Doe at jane.doe@example.com``: the author's contact line under an article."""
    found = contact_pattern().fullmatch(text.strip())
    if found is None or not _authors(found.group("name"), vocab, context):
        return None
    return (("author", found.group("name")), ("email", found.group("email")))
