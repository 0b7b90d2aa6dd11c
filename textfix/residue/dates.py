"""Dates and times alone on a line: ``Updated 10:32 GMT``, ``Published: March 4, 2021``.

:func:`date_value` reads a date made of nothing else (``2019`` or ``June 12 – Austin, TX`` are no
dates); a date line (TF303) is removed and its date goes into the metadata.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

import regex

from textfix.residue.text import alternatives, first_word, first_words_of
from textfix.residue.verdicts import Paragraph, Verdict
from textfix.residue.vocabulary import Vocabulary, vocabulary

NUMERIC_DATE = regex.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}/\d{1,2}/\d{1,2}")
# A time: its hour alone on the left (not the end of a figure: "225.86" is a price) and its
# minutes under sixty.
TIME = regex.compile(r"(?<![\d.])(?:\d{1,2}[:.h][0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)"
                     r"(?![\p{L}\d])", regex.IGNORECASE)
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
    folded = label_text[:longest_date_key() + 1].casefold()  # (folding keeps a prefix a prefix)
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
def longest_date_key() -> int:
    return max((len(phrase) for phrase, _ in vocabulary().date_keys), default=0)


@lru_cache(maxsize=1)
def date_openings() -> frozenset[str | None]:
    """The first words of date keys and date words: what a date line starts with, if a letter."""
    vocab = vocabulary()
    return first_words_of(frozenset({phrase for phrase, _ in vocab.date_keys}) | vocab.date_words)


# Between the parts of a date line: "Updated … / Original …".
DATE_LINE_PARTS = regex.compile(r"\s+[/|]\s+")


def date_line(stripped: str, vocab: Vocabulary) -> Verdict | None:
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


def keys_over_dates(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary) -> None:
    """A date's key alone on its line over the date (``Published`` / ``11:26 pm EST, Nov 19``) is
    the date line's, not a page's button: the headline above it is the article's (as a lone
    ``By`` over the author's name is the byline's). Its key names the date in the metadata."""
    for i in range(len(lines) - 1):
        found, below = verdicts[i], verdicts[i + 1]
        if below is None or below.rule != "TF303" or found is not None and found.rule != "TF301":
            continue
        text = lines[i].text.strip().rstrip(":")
        key, rest = split_date_key(text, vocab)
        if not text or rest:
            continue  # marks only, or more than a key
        verdicts[i] = Verdict("TF303", "the key of the date line under it", joins_menus=False)
        if below.metadata and below.metadata[0][0] == "date":
            verdicts[i + 1] = replace(below, metadata=((key, below.metadata[0][1]), *below.metadata[1:]))
