"""Credits: copyright notices, photo credits, a site's credit line, agencies and wire slugs.

``© 2021 Northwind Media``, ``Photo: Jane Roe/Getty Images``, ``Powered by WordPress``,
``Jane Doe, Associated Press``. A credit names who made or owns something; a sentence that
mentions a photo or a copyright is none (see :func:`credit_line`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from textfix.context import Context
from textfix.residue.author_lines import AUTHOR_JOINERS, is_author, is_role, split_byline_word
from textfix.residue.text import (
    COMMON_CAPITALS,
    LEADING,
    NAME_PARTICLES,
    TRAILING,
    is_prose,
    most_words,
    name_token,
    normalise,
    split_prefix,
    unbracketed,
    word_count,
    words,
)
from textfix.residue.verdicts import ARTICLE_METADATA_RULES, SAFE, SUGGESTED, Paragraph, Verdict, verdicts_beside
from textfix.residue.vocabulary import Vocabulary, vocabulary

# How much of a line's end holds the words a credit or a box's name ends in: its kind (``Submitted
# photo``), ``via`` and an agency's name (``AFP via Getty Images``), ``Newsletter``; with room to spare.
ENDING_CHARACTERS = 64
# How many of a blog platform's last letters the fast path looks up before comparing names:
# comparing every line's end with every name costs as much as the rest of the fast path.
PLATFORM_END = 4


def ends_like_residue(text: str) -> bool:
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
    return endings, most_words(vocab.agencies), platforms


# The sign, or a "c" in brackets for it: Latin, or Cyrillic as Russian pages type it ("(с)").
SIGN = r"©|ⓒ|\([cс]\)"
COPYRIGHT = regex.compile(rf"\A(?:copyright\s*(?:{SIGN})?|{SIGN})\s*", regex.IGNORECASE)
COPYRIGHT_SIGN = regex.compile(SIGN, regex.IGNORECASE)  # the sign, not the word
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
    (``Trump/Pence``, ``AC/DC``) is no photographer's name, nor words a heading capitalises
    (``Turning Echo On/Off``: COMMON_CAPITALS)."""
    name, slash, outlet = stripped.partition("/")
    name_words, outlet_parts = name.split(), CREDIT_PART.findall(outlet)
    return (bool(slash) and 2 <= len(name_words) <= 3 and all(map(name_token().match, name_words))
            and not any(word.lower() in COMMON_CAPITALS for word in name_words)
            and 0 < len(outlet_parts) <= 4 and all(part[:1].isupper() or part in vocab.agencies
                                                  for part in outlet_parts))


# Labels that only a caption carries, whatever follows them (BBC's "Image caption …").
CAPTION_MARKERS = frozenset({"image caption", "media caption", "bildunterschrift", "légende"})


# A caption that ends with its credit: "… sought treatment Credit: Getty - Contributor",
# "(Photo: AP)", "… im Abendrot. Bild: TebNad/Shutterstock.com". The label must be capitalised
# or bracketed, the credit at most six words of names (capitalised, maybe joined by a slash)
# and joiners: "… the Photo: label was wrong" is a sentence, not a credit.
TRAILING_CREDIT = regex.compile(
    r"(?r)(?:\((?i:credit|photo|image|foto|bild|crédit|source|quelle)s?\s*:[^()]{1,60}\)"
    r"|\s(?:Credit|Photo|Foto|Bild|Image|Picture|Crédit|Kredit)s?:(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’&/-]*|[-–/|&]|via|and|for))"
    r"{1,6})(?<![.!?])\Z")


def _trailing_credit_start(stripped: str, vocab: Vocabulary) -> int | None:
    """Where the credit that ends a caption starts: after its label (TRAILING_CREDIT) or its
    copyright sign (``Braunkohlekraftwerk © Ruth Röder / Clipdealer``: the sign, then only a
    credit's words, as :func:`_signed_credit` reads them). None for no caption's credit, and for
    a sentence before the sign: without a label, a name after the sign may be the article's."""
    match = TRAILING_CREDIT.search(stripped)
    if match is not None:
        return match.start()
    sign = max(stripped.rfind("©"), stripped.rfind("ⓒ"))
    if sign > 0 and stripped[:sign].strip() and not is_prose(stripped[:sign]):
        parts = CREDIT_PART.findall(stripped[sign + 1:])
        if 0 < len(parts) <= CREDIT_WORDS and all(_credit_name_part(part, vocab) for part in parts):
            return sign
    return None


# Between a caption and its credit, and between the credit's names: "Omar Haddad/Deccan Post/Getty Images".
CREDIT_PARTS = regex.compile(r"\s*[/|]\s*")


def credit_line(stripped: str, label: str, vocab: Vocabulary) -> Verdict | None:
    inner = unbracketed(stripped)
    if inner is not None:
        # "(Image credit: Jane Doe/Reuters)", "[Photo: AP]": in brackets, a credit names its
        # holders; "(Graphic: Global assets in 2019 - here)" points to a figure of the article.
        _, colon, names = inner.rpartition(":")
        if colon and all(_credit_name_part(part, vocab) for part in CREDIT_PART.findall(names)):
            return credit_line(inner, normalise(inner), vocab)
        return None if colon else _slash_credit(inner, normalise(inner), vocab)  # "(Jane Roe/Reuters)"
    if _credit_ending(stripped, vocab):
        return Verdict("TF304", "a photo credit (names, then 'Submitted photo' or 'via' an agency)")
    prefix = split_prefix(label, vocab.credit_prefixes)
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
    start = _trailing_credit_start(stripped, vocab)
    if start is not None and word_count(stripped) <= 40:
        if len(words(stripped[:start])) > CREDIT_WORDS:
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
    if not ends_like_residue(stripped):
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


# The name of a site's software, theme or designer: capitalised words (``phpBB® Forum Software``,
# ``WordPress.com VIP``, ``Newspack by Automattic``), a few of them.
SITE_NAME_WORD = r"[\p{Lu}\p{N}][\p{L}\p{N}®™.&'’+-]*"
SITE_NAME = regex.compile(rf"{SITE_NAME_WORD}(?:\s+(?:by|&|{SITE_NAME_WORD})){{0,4}}")
# Between the parts of a site's credit line: "Simple theme. Powered by Blogger.", "… | Powered by …".
SITE_CREDIT_PARTS = regex.compile(r"\s*[|•·]\s*|(?<=\S{2})\.\s+|\s+[-–—]\s+|\s+(?=©)")
SITE_CREDIT_CHARACTERS = 120  # a longer line is a paragraph that names its software


def site_credit(stripped: str, vocab: Vocabulary) -> Verdict | None:
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


def names_credit(stripped: str, vocab: Vocabulary) -> bool:
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


def wire_slug(stripped: str) -> Verdict | None:
    """The agency's slug above a wire story: page machinery, never the story's words."""
    if WIRE_MARK in stripped and WIRE_SLUG.fullmatch(stripped):
        return Verdict("TF301", "a news agency's slug (the story's file name)")
    return None


# The longest credit "NAMES, AGENCY" read: "Jane Doe and John Roe, Associated Press" (see agency_credit).
AGENCY_CREDIT_CHARACTERS = 80


def agency_credits(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
                    context: Context) -> None:
    """``Jane Doe, Associated Press`` under a photo or a headline: the photographer's (or the
    authors') names and the agency, nothing else. With a role after the agency (``Jane Doe, AP
    Sports Writer``) the names are the article's author: a byline, whose name and role go into
    the metadata.

    An agency's name alone (``REUTERS``, ``The Associated Press``) beside the page's date line
    or a byline is the byline's agency; alone elsewhere (an ``AFP`` under the last paragraph)
    it may be the article's own last line, and stays.
    """
    for i, para in enumerate(lines):
        if verdicts[i] is not None:
            continue
        stripped = para.text.strip()
        if _agency_beside_byline(stripped, i, verdicts, vocab):
            verdicts[i] = Verdict("TF305", "a news agency beside the byline or the date line",
                                  metadata=(("agency", stripped),))
            continue
        credit = agency_credit(stripped, vocab, context)
        if credit is None:
            continue
        names, agency, role = credit
        if role:
            verdicts[i] = Verdict("TF305", "a byline: the author, her agency and role",
                                  metadata=(("author", names), ("agency", agency), ("role", role)))
        else:
            verdicts[i] = Verdict("TF304", "a credit: names and their agency")


def _agency_beside_byline(stripped: str, i: int, verdicts: Sequence[Verdict | None], vocab: Vocabulary) -> bool:
    """A capitalised agency's name alone, with a date line or a byline removed next to it."""
    if not any(v is not None and v.rule in ARTICLE_METADATA_RULES and v.applicability is SAFE
               for v in verdicts_beside(verdicts, i)):
        return False  # asked first: most lines have no date line beside them, and normalise costs more
    return stripped[:1].isupper() and normalise(stripped) in vocab.agencies


AGENCY_MARGIN = 4  # marks and spaces around an agency's name after the comma ("Jane Doe, AP)")
ROLE_CHARACTERS = 30  # "Chief Political Correspondent" after the agency


@lru_cache(maxsize=1)
def _longest_agency() -> int:
    return max(len(agency) for agency in vocabulary().agencies)


def agency_credit(stripped: str, vocab: Vocabulary, context: Context) -> tuple[str, str, str] | None:
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
    split = split_byline_word(names, vocab)  # "By Jane Doe, AP Sports Writer"
    names = (names if split is None else split[1]).strip()
    parts = [part for part in AUTHOR_JOINERS.split(names) if part]
    if not parts or not all(is_author(part, vocab, context) for part in parts):
        return None
    return (names, *agency_and_role)


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
        if is_role(words[cut:], written[cut:], vocab):
            return " ".join(written[:cut]), " ".join(written[cut:])
        return None
    return None
