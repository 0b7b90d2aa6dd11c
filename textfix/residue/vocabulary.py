"""The residue vocabulary: the phrase lists of ``textfix/data/residue/*.toml``, read once.

Every language's list is read (a page's furniture is often in another language than its
article) and merged into one frozen :class:`Vocabulary`, loaded on first use and never at import.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from textfix.residue.text import collapse_spaces, normalise

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
    licence_grants: frozenset[str]  # "permission is hereby granted": a licence's terms
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
    bio_links: frozenset[str]  # "is a" in "Jane Doe is a reporter for NBC News.", the author's bio
    honorifics: frozenset[str]  # "mr" in "Mr Forsyth is a wonderful writer": the article's, no bio
    comment_count_ones: frozenset[str]  # "one" in "One thought on “Title”"
    comment_count_nouns: frozenset[str]  # "thoughts" in "12 thoughts on “Title”"
    comment_count_on: frozenset[str]  # "on" in "12 thoughts on “Title”"
    heading_openers: frozenset[str]  # "more", "most read" in "More Tech Stories", "Most read in Sport"
    heading_nouns: frozenset[str]  # "stories" in "More Tech Stories": what a teaser box lists
    heading_sources: frozenset[str]  # "from" in "More from Riverside Radio": where the pages are
    teaser_boxes: frozenset[str]  # "you may also like": a line heading a box of headlines (buttons too)
    site_software: frozenset[str]  # "powered by" in "Powered by WordPress", a site's credit line
    site_design: frozenset[str]  # "designed by" in "Designed by Elegant Themes"
    site_theme: frozenset[str]  # "theme" in "Simple theme", "Theme: Catch Evolution"
    site_platforms: frozenset[str]  # "blogger" in "Simple theme. Powered by Blogger.": what a credit line ends in
    site_credit_phrases: frozenset[str]  # software and theme phrases: one of them is in every site credit line
    inline_ads: frozenset[str]  # "advertisement", "story continues below": inside an article's text
    cookie_words: frozenset[str]  # "cookies" in "We use cookies to … on our website."
    cookie_contexts: frozenset[str]  # "website", "consent": what a cookie notice names with its cookies


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

    teaser_boxes = merged("boxes", "teaser_headings")
    buttons = merged("buttons") | merged("cms_strings") | teaser_boxes
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
        rights_notices=merged("rights_notices"), licence_grants=merged("licence_grants"),
        comment_verbs=merged("comment_verbs"), comment_words=merged("comment_words"),
        comment_by=merged("comment_by"), comment_on=merged("comment_on"),
        relative_before=relative_before, relative_after=merged("after", "relative_time"),
        relative_units=merged("units", "relative_time"), relative_long_units=merged("long_units", "relative_time"),
        relative_counts=merged("counts", "relative_time"), staff_words=merged("staff_words"),
        contact_openers=merged("contact_openers"), contact_at=merged("contact_at"),
        single_name_openers=merged("single_name_openers"), bar_joiners=merged("bar_joiners"),
        bio_openers=merged("bio_openers"), bio_links=merged("bio_links"),
        honorifics=merged("honorifics"),
        comment_count_ones=merged("ones", "comment_count"), comment_count_nouns=merged("nouns", "comment_count"),
        comment_count_on=merged("on", "comment_count"),
        heading_openers=merged("openers", "teaser_headings"), heading_nouns=merged("nouns", "teaser_headings"),
        heading_sources=merged("sources", "teaser_headings"), teaser_boxes=teaser_boxes,
        site_software=site_software, site_design=merged("design", "site_credits"), site_theme=site_theme,
        site_platforms=merged("platforms", "site_credits"), site_credit_phrases=site_software | site_theme,
        inline_ads=merged("inline_ads"),
        cookie_words=merged("words", "cookie_notices"), cookie_contexts=merged("contexts", "cookie_notices"),
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
