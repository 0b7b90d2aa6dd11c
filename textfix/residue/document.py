"""The whole document: its lines' verdicts, and the edits they make.

:func:`analyse` reads each line by itself (:mod:`~textfix.residue.classify`, behind the fast
path), then sweeps the document for what only position shows (menus, bylines, credits under a
byline, marks left between residue), takes back what the text's own structure shows (a wrapped
sentence, a heading, Markdown's markup: :func:`_keep_the_texts_own`), and turns the verdicts
into edits, one list per rule id. A word list or subtitles are no page: nothing is read there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import islice

import regex

from textfix.config import Options
from textfix.context import Context
from textfix.edits import Applicability, Edit
from textfix.lines import iter_lines, line_texts
from textfix.protect import FENCE_OPENING
from textfix.residue.author_lines import (
    author_bio,
    bio_header,
    bylines,
    contact_lines,
    parse_bio,
    parse_byline,
    parse_dated_byline,
    parse_handle_byline,
)
from textfix.residue.classify import classify_cached, comment_headers, cookie_notice
from textfix.residue.credit_lines import COPYRIGHT, agency_credit, agency_credits
from textfix.residue.dates import keys_over_dates
from textfix.residue.fastpath import could_be_residue
from textfix.residue.menus import (
    MENU_ITEM_WORDS,
    MENU_RUN,
    TOO_LONG_FOR_A_HEADLINE,
    article_follows,
    counted_labels,
    holds_data,
    is_tag_header,
    kickers,
    label_or_symbols,
    menu_make_up,
    navigation_runs,
    ranked_lists,
    tag_lists,
    teaser_boxes,
    teaser_lists,
)
from textfix.residue.text import (
    DIGIT,
    NEXT_WORD,
    OPENING_QUOTES,
    SENTENCE_LAST,
    SHORT_LINE_CHARACTERS,
    announces,
    ends_like_sentence,
    first_word,
    first_words_of,
    has_name_shape,
    is_prose,
    is_symbols,
    looks_like_name,
    normalise,
    words,
)
from textfix.residue.verdicts import (
    ARTICLE_METADATA_RULES,
    SAFE,
    SUGGESTED,
    Paragraph,
    Verdict,
    removes_line,
    verdicts_beside,
)
from textfix.residue.vocabulary import Vocabulary, vocabulary


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
    non_blank = [line for line in line_texts(text) if line.strip()]
    if _nothing_to_find(non_blank, options, vocab, context) or _word_list(non_blank) or _subtitles(non_blank):
        return {}
    by_rule: dict[str, list[Edit]] = {}
    for edit in _find_residue(text, options, vocab, context):
        by_rule.setdefault(edit.rule, []).append(edit)
    return {rule: tuple(edits) for rule, edits in by_rule.items()}


def _find_residue(text: str, options: Options, vocab: Vocabulary, context: Context) -> tuple[Edit, ...]:
    """Each line judged by itself, then the sweeps that see across lines, then the edits."""
    lines = [Paragraph(line, line.content) for line in iter_lines(text) if line.content.strip()]
    verdicts: list[Verdict | None] = [classify_cached(p.text, options) if could_be_residue(p.text, options)
                                      else None for p in lines]
    width, indented, separators = _wrap_width(lines), _indented_block_lines(lines), _separators(lines)
    _keep_the_texts_own(lines, verdicts, width, indented)
    bylines(lines, verdicts, vocab, context)  # first: a menu stops at the headline over a byline
    keys_over_dates(lines, verdicts, vocab)  # and at the headline over a date line
    navigation_runs(lines, verdicts, vocab, context)
    tag_lists(lines, verdicts, vocab)
    ranked_lists(lines, verdicts)
    agency_credits(lines, verdicts, vocab, context)
    comment_headers(lines, verdicts)
    author_bio(lines, verdicts, vocab, context)
    _cookie_notices(lines, verdicts, vocab)
    _stray_symbols(lines, verdicts, separators)
    if not any(verdicts):
        # Nothing found so far, so nothing was found by the first sweeps either, and the second
        # sweep for menus and marks would see the very lines and verdicts the first one saw.
        return ()
    kickers(lines, verdicts, vocab)  # a teaser list is found only beside other residue
    teaser_lists(lines, verdicts)
    teaser_boxes(lines, verdicts)
    navigation_runs(lines, verdicts, vocab, context)
    counted_labels(lines, verdicts)
    contact_lines(lines, verdicts, vocab)
    _stray_symbols(lines, verdicts, separators)
    _lines_between_residue(lines, verdicts, vocab, context)
    article = _article_span(lines, verdicts, vocab)
    if article is not None:
        # A Markdown document's later sections are no page around an article: only proposed.
        around = SUGGESTED if _markdown_document(lines) else SAFE
        _lines_after_the_article(lines, verdicts, article[1], around, vocab, context)
        _lines_before_the_article(lines, verdicts, article[0], around, vocab, context)
    _labels_between_residue(lines, verdicts, vocab)
    _names_glued_to_labels(lines, verdicts, vocab, context)
    _keep_the_texts_own(lines, verdicts, width, indented)
    if context.about_code:
        _keep_a_code_texts_notices(lines, verdicts)
    if _licence_text(text, vocab):
        _keep_a_licences_notices(lines, verdicts, vocab)
    return tuple(_edits(text, lines, verdicts))


# A word list: at least WORD_LIST_LINES lines, nearly all of them (WORD_LIST_SHARE) one word
# alone, and many of those (WORD_LIST_LOWER_SHARE) not capitalised (lower case, or a script
# without case: Marathi, Korean). A page's menus and labels are capitalised: of the labelled
# pages, those of one-word lines have under a quarter in lower case; stop lists three quarters.
WORD_LIST_LINES = 50
WORD_LIST_SHARE = 0.9
WORD_LIST_LOWER_SHARE = 0.5


def _word_list(lines: Sequence[str]) -> bool:
    """Whether the text is a list of words, one a line (a stop list, a vocabulary): data, not a
    web page, whose "labels" the menu rules would take by the thousand."""
    if len(lines) < WORD_LIST_LINES:
        return False
    words = [parts[0] for line in lines if len(parts := line.split()) == 1 and not UNSPACED_SCRIPT.search(line)]
    return len(words) >= WORD_LIST_SHARE * len(lines) \
        and sum(not word[:1].isupper() for word in words) >= WORD_LIST_LOWER_SHARE * len(lines)


# Scripts written without spaces between words: a line of them alone is no one word.
UNSPACED_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")


# A subtitle's timing line (SubRip, WebVTT): ``00:00:01,000 --> 00:00:04,000``.
CUE_TIMING = regex.compile(r"\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}")
SUBTITLE_CUES = 2


def _subtitles(lines: Sequence[str]) -> bool:
    """Whether the text is subtitles (two timing lines or more): its cues' lines are dialogue
    (`Follow me.`, `Back!`), their numbers and timings the format's, never a page's furniture."""
    cues = (line for line in lines if "-->" in line and CUE_TIMING.match(line))
    return next(islice(cues, SUBTITLE_CUES - 1, None), None) is not None


def _nothing_to_find(lines: Sequence[str], options: Options, vocab: Vocabulary, context: Context) -> bool:
    """Whether :func:`_find_residue` would find nothing in these non-blank lines: asked first,
    in one pass over the lines, because a clean article is the common document.

    Exact, not a guess. When no line is residue by itself (classify_line), every sweep starts
    from no verdict at all, and then a sweep can only start from one of these:

    * a menu: three lines in a row shaped like labels (see :func:`_may_hold_run`);
    * a tag list: its header line;
    * a byline (``By Jane Doe``), or a name line followed by a role line (an author box);
    * a line of invisible characters only, which goes by itself;
    * the author's bio as the text's last line (only proposed);
    * a cookie notice, which goes by itself beside residue and is proposed elsewhere.

    The ranked lists, the author's name beside a date line and the marks beside residue need
    a verdict next to them, so none of them can be the first. A document without any of these
    gets no verdict from any sweep.
    """
    if any(label_or_symbols(lines[i]) for i in range(MENU_RUN - 1, len(lines), MENU_RUN)):
        return False
    if lines and parse_bio(lines[-1], vocab, context) is not None:
        return False
    for i, text in enumerate(lines):
        if cookie_notice(text, vocab):
            return False
        if could_be_residue(text, options) and classify_cached(text, options) is not None:
            return False
        first = first_word(text)
        if not first and _invisible_only(text):
            return False  # (a line starting with a letter shows it: tests check every letter)
        stripped = text.strip()
        if (not first or first in header_and_byline_openings()) \
                and (is_tag_header(text, vocab) or parse_byline(stripped, vocab, context) is not None):
            return False
        if len(stripped) <= SHORT_LINE_CHARACTERS and _short_line_starts_a_sweep(stripped, i, lines, vocab, context):
            return False
        # The name's words are weighed last: that may count the words of the whole document.
        if i + 1 < len(lines) and has_name_shape(stripped) and normalise(lines[i + 1].strip()) in vocab.roles \
                and looks_like_name(stripped, vocab, context):
            return False
    return True


def _short_line_starts_a_sweep(stripped: str, i: int, lines: Sequence[str], vocab: Vocabulary,
                               context: Context) -> bool:
    """Whether a short line is one a sweep finds by itself: names and their agency, an author and
    a date, the heading of the author's bio (see :func:`agency_credits` and :func:`bylines`)."""
    if "," in stripped and agency_credit(stripped, vocab, context) is not None:
        return True
    if "@" in stripped and parse_handle_byline(stripped, vocab, context) is not None:
        return True
    if DIGIT.search(stripped) is not None and parse_dated_byline(stripped, vocab, context) is not None:
        return True
    return (i + 1 < len(lines) and first_word(stripped) in first_words_of(vocab.bio_openers)
            and bio_header(stripped, lines[i + 1], vocab, context) is not None)


@lru_cache(maxsize=1)
def header_and_byline_openings() -> frozenset[str | None]:
    """The first words of tag headers and byline words: a line that starts with another word
    (see :func:`first_word`) is neither a tag header nor a byline, and is not read for them."""
    vocab = vocabulary()
    return first_words_of(vocab.tag_headers) | first_words_of(vocab.byline_words) | first_words_of(vocab.contact_openers)


def _stray_symbols(lines: Sequence[Paragraph], verdicts: list[Verdict | None], separators: frozenset[str]) -> None:
    """A line of marks (or a lone small number) next to residue is what is left of a widget;
    not one of the text's own ``separators`` (:func:`_separators`)."""
    for i, para in enumerate(lines):
        if verdicts[i] is not None or not is_symbols(para.text):
            continue
        if _invisible_only(para.text):
            verdicts[i] = Verdict("TF308", "a line of invisible characters only")
            continue
        if para.text.strip() in separators:
            continue
        if any(map(removes_line, verdicts_beside(verdicts, i))):
            verdicts[i] = Verdict("TF308", "marks left by a page widget next to other residue")


# A line of marks the text writes this many times or more, most of them beside a line of prose,
# parts its entries (a fortune file's ``%``, a story's ``* * *``): see _separators.
SEPARATOR_LINES = 5


def _separators(lines: Sequence[Paragraph]) -> frozenset[str]:
    """The lines of marks that part the text's own entries: written SEPARATOR_LINES times or
    more, over half of them beside prose. A page's marks stand between its labels (``|``
    between a footer's links), not between paragraphs."""
    beside_prose: dict[str, list[bool]] = {}
    for i, para in enumerate(lines):
        if is_symbols(para.text) and not _invisible_only(para.text):
            neighbours = (lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines))
            beside_prose.setdefault(para.text.strip(), []).append(any(map(is_prose, neighbours)))
    return frozenset(marks for marks, prose in beside_prose.items()
                     if len(prose) >= SEPARATOR_LINES and sum(prose) * 2 > len(prose))


# A line ending with one of these ends a sentence or announces what follows it (a list's
# heading): it is the article's, wherever it stands.
OPENS_OR_ENDS = SENTENCE_LAST | {":"}
# The most lines taken for residue for standing between two lines of it: a menu's items; other
# short lines when nothing shows they are the article's; more of them when they are also made up
# as a menu (see _lines_between_residue).
GAP_LINES = 3
LONG_GAP_LINES = 6
LONGEST_GAP_LINES = 60
# The lines over a byline or a date line that are the article's head whatever they look like:
# its kicker, its headline, its deck.
HEADLINE_LINES = 3
# The share of people's names under which such a run is still made up as a menu: a site's
# labels often look like names (``Rolling Stone``, ``Premier League``, its columnists), and a
# run held by residue on both sides may have more of them than a long menu beside one known
# line (menus.MAX_NAME_SHARE); a roster or a cast list has more, credits (a name, its role,
# in turn) have half.
GAP_NAME_SHARE = 0.5
# The most words of a line between residue that is not a menu's item: a short line, as the
# eval counts them (a box's heading, a teaser's headline, "Why subscribe?").
BETWEEN_RESIDUE_WORDS = 8
TOO_LONG_BETWEEN_RESIDUE = regex.compile(rf"(?:{NEXT_WORD}){{{BETWEEN_RESIDUE_WORDS + 1}}}")
# A line ending with one of these is a sentence, however short, or a list's heading (with the
# full stop and colon of Chinese and Japanese); a few words ending in a question or an
# exclamation are a call to act ("Why subscribe?", "Copied!").
SENTENCE_OR_HEADING_LAST = frozenset(".:。：")
# A line opening with one of these and closing with one of the others (a full stop or another
# mark may follow) is a quotation: somebody's words, maybe the article's.
QUOTATION_OPENINGS = OPENING_QUOTES | frozenset("«»‹›「『")
QUOTATION_CLOSINGS = frozenset("\"”“'’»«‹›」』")
MARKS_AFTER_A_QUOTATION = ".!?,;:…"


def _lines_between_residue(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
                           context: Context) -> None:
    """A few short lines between two lines removed as residue are residue too: items of a menu
    whose neighbours were recognised and they were not (``Company Town`` between
    ``Advertisement`` and ``Share this article``), a box's heading (``Other news in this
    section``), a call to act (``Why Subscribe?``), a teaser's headline. The article's text
    comes in paragraphs that residue does not surround. What may still be the article's stays:

    * a sentence (a line ending in a full stop, or prose, :func:`is_prose`), or a line that
      announces a list with a colon;
    * a line longer than BETWEEN_RESIDUE_WORDS: a teaser's summary, a caption (a longer
      headline stays too, but does not part the short lines around it, :func:`_in_a_run`);
    * more than LONGEST_GAP_LINES lines;
    * lines beside a date line or a byline: that is where the article's headline stands (over
      it, the HEADLINE_LINES lines next to it; the lines above those go as a run between residue
      does, if nothing shows they may be the article's).

    Up to GAP_LINES lines of a menu item's length go whatever stands around them. Other lines,
    or more of them, stay when they may be the article's: when the next line that stays is the
    article's first paragraph (its headline, under the site's menu and over its share buttons;
    its list, between a caption and a credit), when the last line before them that stays
    announces a list (``The plant burns:``, an advertisement, then the list), when one of them
    is a quotation (:func:`_quotation`), or when more than a fifth of more than GAP_LINES hold figures
    as a list of quantities does (:func:`holds_data`: ``200 g flour``, ``VIP: 60,000₩``). More
    than LONG_GAP_LINES must also be made up as a menu (:func:`menu_make_up`: not a roster of
    names, not a table's repeated cells).

    One pass over the verdicts the other sweeps left.
    """
    # The residue a run must stand between (no date line or byline), and every line that goes.
    removed = [removes_line(v) and v.rule not in ARTICLE_METADATA_RULES for v in verdicts]
    gone = [removes_line(v) for v in verdicts]
    i = 1
    while i < len(lines):
        end = i
        while end < len(lines) and verdicts[end] is None and _in_a_run(lines[end].text):
            end += 1
        if end < len(lines) and removes_line(bound := verdicts[end]) and bound.rule in ARTICLE_METADATA_RULES:
            # Over a byline or a date line: the article's headline, maybe under its kicker and over
            # its deck, stands there and stays; the lines above it go as a run between residue.
            above = end - HEADLINE_LINES
            goes = removed[i - 1] and 0 < above - i <= LONGEST_GAP_LINES \
                and not _may_be_the_articles(lines, gone, range(i, above), vocab, context)
        else:
            above = end
            goes = 0 < end - i <= LONGEST_GAP_LINES and end < len(lines) and removed[i - 1] and removed[end] \
                and (_menu_items(lines, i, end) or not article_follows(lines, gone, end)
                     and not _may_be_the_articles(lines, gone, range(i, end), vocab, context))
        if goes:
            for k in range(i, above):
                if _short_line(lines[k].text):
                    verdicts[k] = Verdict("TF302", "a short line between lines of residue (a menu's item, a box's heading)")
        i = end + 1


def _labels_between_residue(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary) -> None:
    """A short line ending in a colon, right between two lines removed as the page's residue,
    labels the page's furniture, not a list of the article: ``Follow us elsewhere:`` over a
    share bar, ``Password:`` in a login box. The article's list heading has its list under it,
    or an advertisement inside the article's text (``REKLAMA``) around it, which does not count."""
    for i in range(1, len(lines) - 1):
        if verdicts[i] is None and announces(lines[i].text) and TOO_LONG_BETWEEN_RESIDUE.match(lines[i].text) is None \
                and all(_page_residue(lines[k].text, verdicts[k], vocab, ARTICLE_METADATA_RULES)
                        for k in (i - 1, i + 1)):
            verdicts[i] = Verdict("TF302", "a label between lines of residue (a box's or a form's)")


# A name glued to one of the page's labels: two inline elements an extractor wrote without a
# space between them, a teaser's author and its section (``Iwona KurzFilm``) or a button
# (``Inga HoeltmannFollow``). The label is a capitalised word of three letters or more.
GLUED_LABEL = regex.compile(r"\A(?P<name>.*\p{Ll})(?P<label>\p{Lu}\p{Ll}{2,})\Z")
# The rules whose one-word lines are the page's labels: its buttons and its menus' items.
LABEL_RULES = frozenset({"TF301", "TF302"})


def _names_glued_to_labels(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
                           context: Context) -> None:
    """A name glued to a word the page has on its own line and removed as a button or a menu's
    item is a teaser's byline: ``Iwona KurzFilm`` under a headline, with ``Film`` in the page's
    menu. The label alone makes it the page's; the name makes it no word of the article
    (``McDonald`` glues no label: ``Donald`` is no line of the page)."""
    labels = {stripped for paragraph, verdict in zip(lines, verdicts)
              if removes_line(verdict) and verdict.rule in LABEL_RULES
              and (stripped := paragraph.text.strip()).isalpha() and stripped[:1].isupper()}
    if not labels:
        return
    for i, paragraph in enumerate(lines):
        glued = GLUED_LABEL.match(paragraph.text.strip()) if verdicts[i] is None else None
        if glued is not None and glued["label"] in labels and looks_like_name(glued["name"], vocab, context):
            verdicts[i] = Verdict("TF302", "a teaser's author glued to one of the page's labels")


def _cookie_notices(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary) -> None:
    """A cookie notice (``We use cookies to ensure that we give you the best experience on our
    website. If you continue …``) beside the page's residue (its ``Accept`` button) goes; elsewhere
    it is a sentence that may be the text's (a privacy policy explains its cookies in such words),
    only proposed."""
    for i, paragraph in enumerate(lines):
        if verdicts[i] is None and cookie_notice(paragraph.text, vocab):
            beside = any(map(removes_line, verdicts_beside(verdicts, i)))
            verdicts[i] = Verdict("TF301", "a cookie notice beside the page's buttons") if beside else \
                Verdict("TF301", "a cookie notice (a sentence: may be the text's)", SUGGESTED)


def _page_residue(text: str, verdict: Verdict | None, vocab: Vocabulary, excluded: frozenset[str]) -> bool:
    """Whether a line is removed as the page's residue by a rule not ``excluded`` (the article's
    date line and byline, or its photos' credits and marks), and is no advertisement inside the
    article's text (vocabulary.inline_ads)."""
    return removes_line(verdict) and verdict.rule not in excluded and normalise(text) not in vocab.inline_ads


# The residue that marks the article's end: not a date line or byline (the article's own
# metadata may close it), nor marks.
END_MARK_EXCLUDED = ARTICLE_METADATA_RULES | {"TF308"}


def _lines_after_the_article(lines: Sequence[Paragraph], verdicts: list[Verdict | None], last: int,
                             applicability: Applicability, vocab: Vocabulary, context: Context) -> None:
    """Short lines after the article's end are the page's: once the article's last paragraph
    (``last``, see :func:`_article_span`) is followed by a line of residue, the short lines after
    that line go (a footer's links, a sidebar's labels, the boxes of other pages' headlines), as
    :func:`_page_lines` says. A date line or a byline may close the article itself, and marks
    prove nothing: neither ends it.
    """
    end = next((k for k in range(last + 1, len(lines))
                if removes_line(verdict := verdicts[k]) and verdict.rule not in END_MARK_EXCLUDED), None)
    if end is not None:
        _page_lines(lines, verdicts, range(end + 1, len(lines)), "a short line of the page after the article's end",
                    applicability, vocab, context)


def _lines_before_the_article(lines: Sequence[Paragraph], verdicts: list[Verdict | None], first: int,
                              applicability: Applicability, vocab: Vocabulary, context: Context) -> None:
    """Short lines above the article's head are the page's: its header, menus and teasers. The
    head is found by the article's byline or date line just over its first paragraph (``first``,
    see :func:`_article_head`); once a line of residue stands above the head, the short lines
    above that line go, as :func:`_page_lines` says. Without a byline or a date line there, no
    head is sure (an article's list or a question over its answers may stand there), and nothing
    goes.
    """
    head = _article_head(lines, verdicts, first)
    if head is None:
        return
    start = next((k for k in range(head - 1, -1, -1)
                  if removes_line(verdict := verdicts[k]) and verdict.rule not in END_MARK_EXCLUDED), None)
    if start is not None:
        _page_lines(lines, verdicts, range(start), "a short line of the page before the article's head",
                    applicability, vocab, context)


def _article_head(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None], first: int) -> int | None:
    """The first line of the article's head: the HEADLINE_LINES lines that stay over the topmost
    byline or date line among the lines just over its first paragraph (lines that go, and short
    lines, up to the first line of prose). None when there is no byline or date line, or when a
    line of prose is among them: that is no head of kicker, headline and deck."""
    metadata = None
    k = first - 1
    while k >= 0 and (removes_line(verdict := verdicts[k]) or verdict is None and not is_prose(lines[k].text)):
        if verdict is not None and verdict.rule in ARTICLE_METADATA_RULES:
            metadata = k
        k -= 1
    if metadata is None:
        return None
    head = [k for k in range(metadata - 1, -1, -1) if not removes_line(verdicts[k])][:HEADLINE_LINES]
    if any(is_prose(lines[k].text) for k in head):
        return None
    return head[-1] if head else metadata


def _page_lines(lines: Sequence[Paragraph], verdicts: list[Verdict | None], span: range, reason: str,
                applicability: Applicability, vocab: Vocabulary, context: Context) -> None:
    """The short lines in ``span``, the page's around the article, go (see :func:`_short_line`: no
    sentence, no list's heading), but a line between two paragraphs (a subheading) and a
    quotation (:func:`_quotation`: somebody's words stay, but keep no other line here, where
    other pages' headlines quote theirs).

    The page is judged piece by piece (:func:`_page_pieces`): a box of other pages' headlines, a
    footer's links, a table of prices each stand between lines of residue. A piece's short lines
    stay, all of them, when they may be the article's as a run between residue may
    (:func:`_may_be_the_articles`): its list after an advertisement, announced by the line
    before (``The plant burns:``); its recipe, box of facts or prices (data); its roster or
    results table (not made up as a menu); or more than LONGEST_GAP_LINES of them, unless more
    lines of ``span`` are gone already (that part of the page is mostly residue: its unknown
    lines are too).
    """
    gone = [removes_line(v) for v in verdicts]
    judged = max(LONGEST_GAP_LINES, sum(gone[k] for k in span))
    for piece in _page_pieces(lines, gone, span):
        found = [k for k in piece if verdicts[k] is None and _short_line(lines[k].text)
                 and not _between_paragraphs(lines, gone, k) and not _quotation(lines[k].text)]
        if found and not _may_be_the_articles(lines, gone, found, vocab, context, judged):
            for k in found:
                verdicts[k] = Verdict("TF302", reason, applicability)


def _page_pieces(lines: Sequence[Paragraph], gone: Sequence[bool], span: range) -> Iterator[list[int]]:
    """The lines of ``span`` in pieces parted by the lines that go and by lines announcing a list
    (``Region:``, ``Ingredients:``): what such a line announces is a piece of its own, which may
    be the article's (a table of keys and values, a recipe)."""
    piece: list[int] = []
    for k in span:
        if gone[k] or announces(lines[k].text):
            if piece:
                yield piece
            piece = []
        else:
            piece.append(k)
    if piece:
        yield piece


# The most lines between two paragraphs of one block of prose: an article's paragraphs have at
# most a caption, a credit, a subheading or an advertisement's few lines between them.
PARAGRAPH_GAP_LINES = 10
# The fewest lines of the page's residue that part two blocks of prose however close they are:
# a share bar's buttons, a newsletter box, a menu, a reader's name and the date over each
# comment (the comments may hold more prose than the article). Inside an article stand one
# line of a page's button (``Image``), credits and marks by its photos, and advertisements with
# their notices (``Advertisement`` / ``Story continues below``, vocabulary.inline_ads): none
# of these part it.
BLOCK_BREAK_LINES = 2
BLOCK_BREAK_EXCLUDED = frozenset({"TF304", "TF308"})
# A block of prose with at least this share of the largest block's characters is the article's
# too: an article parted by a long list or a gallery.
ARTICLE_BLOCK_SHARE = 0.5


def _article_span(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None],
                  vocab: Vocabulary) -> tuple[int, int] | None:
    """The article's first and last paragraphs: those of the page's largest block of prose,
    which is the article's text, and of the blocks near its size (ARTICLE_BLOCK_SHARE).

    A page holds other prose: a cookie notice, the summaries of other pages' teasers, comments,
    a footer's legal notice. They come after the article, or before it, in smaller blocks of
    their own, apart from it by its share buttons and the boxes of other pages' headlines. Prose
    here is a line of prose (:func:`is_prose`) no verdict takes (:func:`_line_kept`); a block is
    prose lines at most PARAGRAPH_GAP_LINES apart with fewer than BLOCK_BREAK_LINES lines of
    the page's residue between any two of them, weighed by its characters of prose.
    """
    blocks: list[list[int]] = []  # each block's characters, first and last paragraph
    residue = 0  # lines of the page's residue since the last line of prose
    for k, (para, verdict) in enumerate(zip(lines, verdicts)):
        if not _line_kept(verdict) or not is_prose(para.text):
            if _page_residue(para.text, verdict, vocab, BLOCK_BREAK_EXCLUDED):  # it parts blocks
                residue += 1
            continue
        if not blocks or k - blocks[-1][2] > PARAGRAPH_GAP_LINES + 1 or residue >= BLOCK_BREAK_LINES:
            blocks.append([0, k, k])
        residue = 0
        blocks[-1][0] += len(para.text)
        blocks[-1][2] = k
    if not blocks:
        return None
    largest = max(size for size, _, _ in blocks)
    article = [block for block in blocks if block[0] >= largest * ARTICLE_BLOCK_SHARE]
    return article[0][1], article[-1][2]


def _markdown_document(lines: Sequence[Paragraph]) -> bool:
    """Whether the text is a Markdown document: two headings (``## Usage``) or a fenced code
    block. Its blocks of prose are its sections, and what follows the largest is the next
    section, not the page around an article (a web page's text, as extractors and dumps give it,
    holds neither)."""
    headings = (para for para in lines if MARKDOWN_HEADING.match(para.text))
    return next(islice(headings, 1, None), None) is not None or any(FENCE_OPENING.match(para.text) for para in lines)


def _line_kept(verdict: Verdict | None) -> bool:
    """Whether no verdict takes the whole line, safe or suggested: none, or one for its prefix."""
    return verdict is None or verdict.prefix_end is not None


def _between_paragraphs(lines: Sequence[Paragraph], gone: Sequence[bool], k: int) -> bool:
    """Whether the nearest lines that stay on both sides of line ``k`` are prose, and none cut
    short (CUT_SHORT: a teaser's summary): ``k`` is a subheading of the article's text, which may
    go on after a block of the page's prose."""
    before = next((j for j in range(k - 1, -1, -1) if not gone[j]), None)
    after = next((j for j in range(k + 1, len(lines)) if not gone[j]), None)
    return before is not None and after is not None and _paragraph(lines[before].text) and _paragraph(lines[after].text)


def _paragraph(text: str) -> bool:
    """A line of prose that is not cut short: a paragraph, not a teaser's summary."""
    return is_prose(text) and CUT_SHORT.search(text) is None


def _in_a_run(text: str) -> bool:
    """A short line, or a longer one of a headline's words (no sentence, no list's heading):
    other pages' headlines stand among a menu's items, and stay, but do not part them."""
    return _short_line(text, TOO_LONG_FOR_A_HEADLINE)


def _menu_items(lines: Sequence[Paragraph], start: int, end: int) -> bool:
    """At most GAP_LINES lines, each of a menu item's length (see _lines_between_residue)."""
    return end - start <= GAP_LINES and all(_menu_item_length(lines[k].text) for k in range(start, end))


# An ellipsis last: a line a teaser's box cut short ("And the Grammy nomination could go to...",
# "Facebook Libra: Kommt jetzt das erste globale…"), not a sentence that ends.
CUT_SHORT = regex.compile(r"(?:\.\.\.|…)\s*\Z")


def _short_line(text: str, too_long: regex.Pattern[str] = TOO_LONG_BETWEEN_RESIDUE) -> bool:
    """At most BETWEEN_RESIDUE_WORDS (fewer words than ``too_long`` matches), and no sentence (one
    ending in a full stop, however short, or prose ending in a question or an exclamation) nor a
    line announcing a list. A line cut short (CUT_SHORT) is no sentence, however it reads."""
    if too_long.match(text) is not None:
        return False
    if CUT_SHORT.search(text) is not None:
        return True
    return text.rstrip()[-1] not in SENTENCE_OR_HEADING_LAST and not is_prose(text)


def _may_be_the_articles(lines: Sequence[Paragraph], gone: Sequence[bool], run: Sequence[int],
                         vocab: Vocabulary, context: Context, most: int = LONGEST_GAP_LINES) -> bool:
    """Whether the short lines ``run`` (in order) may be the article's: the last line before
    them that stays announces a list, one of them is a quotation, more than GAP_LINES of them
    are a list of quantities, or more than LONG_GAP_LINES are not made up as a menu, or more
    than ``most`` (LONGEST_GAP_LINES) are too many to tell (see _lines_between_residue)."""
    before = next((k for k in range(run[0] - 1, -1, -1) if not gone[k]), None)
    return len(run) > most or before is not None and announces(lines[before].text) \
        or any(_quotation(lines[k].text) for k in run) \
        or len(run) > GAP_LINES and holds_data([lines[k].text for k in run]) \
        or len(run) > LONG_GAP_LINES and not menu_make_up([lines[k].text for k in run], vocab, context, GAP_NAME_SHARE)


def _quotation(text: str) -> bool:
    """A line opening and closing with a quotation mark. A headline that only opens with one
    (``"Pure Leere": Kramer verpasst Olympia``, ``„Best of Houzz“-Award: So gewinnen Sie``) and
    a link's arrow (``» Forum``) are none."""
    stripped = text.strip()
    return stripped[:1] in QUOTATION_OPENINGS and stripped.rstrip(MARKS_AFTER_A_QUOTATION)[-1:] in QUOTATION_CLOSINGS


def _menu_item_length(text: str) -> bool:
    """At most a menu item's words, and no sentence end or colon last (see _lines_between_residue)."""
    stripped = text.rstrip()
    return stripped[-1] not in OPENS_OR_ENDS and len(words(stripped)) <= MENU_ITEM_WORDS


def _invisible_only(text: str) -> bool:
    """White space and format characters (U+200B) only: a line that shows nothing."""
    return is_symbols(text) and not INVISIBLE.sub("", text)


INVISIBLE = regex.compile(r"[\s\p{Cf}]+")


# Lines of the text's own structure, never a page's furniture whatever their words: a Markdown
# heading (``## Contact``), a link's reference (``[CommonJS]: modules.md``), an HTML comment
# (``<!-- Links -->``); and the line under a heading that underlines it (``Credits`` /
# ``-------``, reStructuredText and Markdown).
MARKDOWN_HEADING = regex.compile(r"[ ]{0,3}#{1,6}[ \t]+\S")
LINK_REFERENCE = regex.compile(r"[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S")
HTML_COMMENT = regex.compile(r"[ \t]*<!--.*-->[ \t]*\Z")
UNDERLINE = regex.compile(r"[ \t]*([=\-~^*+#\"'`])\1{2,}[ \t]*\Z")
# A block indented this many columns deeper than the text's prose is the text's own (see
# _indented_block_lines): Markdown's indented code takes four, as plain text's lists do.
INDENTED_BLOCK = 4
# A line of a paragraph wrapped at a fixed width (plain text, e-mail, a README) goes on at the
# next line: the line before it fills the width within WRAP_SLACK characters and stops without
# ending a sentence, and it begins in lower case (``… is not`` / ``recommended.``) or ends the
# sentence (``the Corresponding`` / ``Source.``). It is the sentence's, not a button. The width
# is that of the text's longer lines (the WRAP_PERCENTILE-th of those of WRAPPED_LINE_CHARACTERS
# or more, when there are at least WRAPPED_LINES_TO_JUDGE), when at least WRAPPED_SHARE of them
# fill it, and at most WRAP_WIDTH_MAX: text extracted from a web page holds a paragraph a line,
# and its lines' lengths spread far.
WRAPPED_LINE_CHARACTERS = 40
WRAP_PERCENTILE = 0.9
WRAP_SLACK = 20
WRAPPED_SHARE = 0.5
WRAP_WIDTH_MAX = 120
WRAPPED_LINES_TO_JUDGE = 6
CONTINUED = regex.compile(r"[ \t]*(?!https?://|www\.)\p{Ll}")  # a word, not an address
ENDS_A_SENTENCE = SENTENCE_OR_HEADING_LAST | SENTENCE_LAST


def _keep_the_texts_own(lines: Sequence[Paragraph], verdicts: list[Verdict | None], width: int | None,
                        indented: frozenset[int]) -> None:
    """Take back what a rule said of the text's own lines: a wrapped sentence's lines (the one
    that goes on at the next, and the next, in a text wrapped at ``width``: :func:`_wrap_width`)
    are never residue, and an underline under its heading neither; a heading, a markup line or
    a line of an indented block (``indented``: :func:`_indented_block_lines`) is at most
    suggested, and no other line leans on it as residue (:func:`removes_line`). Run on the
    lines' own verdicts and again on the sweeps'."""
    for i, (para, verdict) in enumerate(zip(lines, verdicts)):
        if verdict is None or verdict.prefix_end is not None:
            continue
        if width is not None and (_goes_on_from(lines, i, width) or i + 1 < len(lines)
                                  and _goes_on_from(lines, i + 1, width)) or _underlines(lines, i):
            verdicts[i] = None
        elif MARKDOWN_HEADING.match(para.text) or LINK_REFERENCE.match(para.text) or HTML_COMMENT.match(para.text) \
                or i + 1 < len(lines) and _underlines(lines, i + 1):
            verdicts[i] = replace(verdict, applicability=SUGGESTED,
                                  reason=f"{verdict.reason} (a heading or markup of the text's own: may be the text's)")
        elif i in indented and removes_line(verdict):
            verdicts[i] = replace(verdict, applicability=SUGGESTED,
                                  reason=f"{verdict.reason} (an indented block of the text's own: may be the text's)")


def _indented_block_lines(lines: Sequence[Paragraph]) -> frozenset[int]:
    """The lines indented INDENTED_BLOCK columns or more deeper than the text's prose (or, with no
    prose, than its least indented line): a plain-text README's list, a changelog's entries, a
    quotation, Markdown's indented code. Text extracted from a web page starts its lines at the
    margin, menus and all."""
    indents = [_indent(para.text) for para in lines]
    prose = [indent for indent, para in zip(indents, lines) if is_prose(para.text)]
    margin = min(prose or indents, default=0)
    return frozenset(i for i, indent in enumerate(indents) if indent >= margin + INDENTED_BLOCK)


def _indent(text: str) -> int:
    """The columns of white space a line opens with, a tab to the next multiple of eight."""
    return len(text[:len(text) - len(text.lstrip(" \t"))].expandtabs())


# A key and its colon opening a line: `Author:`, `Author-email:` (a package's metadata header).
KEYED_LINE = regex.compile(r"[ \t]*[\p{L}-]+:")


def _keep_a_code_texts_notices(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """In a text about code (a README, a NOTICE, a package's metadata), a copyright notice
    without the sign is its licence's (``Copyright 2014-2019 Grant Jenks``) and a keyed author
    line its header's (``Author: Robyn Speer``): only proposed. A web page's footer writes the
    sign (``© 2022 GitHub, Inc.``), and its byline needs no key: they still go."""
    for i, (para, verdict) in enumerate(zip(lines, verdicts)):
        if removes_line(verdict) and (verdict.rule == "TF304" and COPYRIGHT.match(para.text.strip())
                                      and "©" not in para.text
                                      or verdict.rule == "TF305" and KEYED_LINE.match(para.text)):
            verdicts[i] = replace(verdict, applicability=SUGGESTED)


def _licence_text(text: str, vocab: Vocabulary) -> bool:
    """Whether the text states a licence's terms (``Permission is hereby granted``,
    ``This program is free software``: the licence_grants of the residue lists)."""
    folded = text.casefold()
    return any(grant in folded for grant in vocab.licence_grants)


def _keep_a_licences_notices(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary) -> None:
    """In a licence's text, its copyright notices (``Copyright (C) 2007 Free Software
    Foundation, Inc.``) and its rights notice (``All rights reserved.``) are the licence's,
    which is copied verbatim: only proposed."""
    for i, (para, verdict) in enumerate(zip(lines, verdicts)):
        if removes_line(verdict) and (COPYRIGHT.match(para.text.strip()) or normalise(para.text) in vocab.rights_notices):
            verdicts[i] = replace(verdict, applicability=SUGGESTED,
                                  reason=f"{verdict.reason} (a licence's own notice: may be the text's)")


def _underlines(lines: Sequence[Paragraph], i: int) -> bool:
    """Whether line ``i`` underlines the line right above it: marks alone (UNDERLINE), as long
    as that line's text or longer, as reStructuredText and Markdown write a heading's."""
    return UNDERLINE.match(lines[i].text) is not None and _right_under(lines, i) \
        and len(lines[i].text.strip()) >= len(lines[i - 1].text.strip())


def _right_under(lines: Sequence[Paragraph], i: int) -> bool:
    """Whether line ``i`` stands right under the line before it, no blank line between."""
    return i > 0 and lines[i - 1].line.end + len(lines[i - 1].line.newline) == lines[i].line.start


def _wrap_width(lines: Sequence[Paragraph]) -> int | None:
    """The width the text's paragraphs are wrapped at, or None when they are not (see
    WRAPPED_LINE_CHARACTERS)."""
    lengths = sorted(length for para in lines if (length := len(para.text.rstrip())) >= WRAPPED_LINE_CHARACTERS)
    if len(lengths) < WRAPPED_LINES_TO_JUDGE:
        return None
    width = lengths[int(WRAP_PERCENTILE * (len(lengths) - 1))]
    filled = sum(width - WRAP_SLACK <= length <= width for length in lengths)
    return width if width <= WRAP_WIDTH_MAX and filled >= WRAPPED_SHARE * len(lengths) else None


def _goes_on_from(lines: Sequence[Paragraph], i: int, width: int) -> bool:
    """Whether line ``i`` goes on with the sentence of the line right above it, in a text
    wrapped at ``width`` (see WRAPPED_LINE_CHARACTERS): it begins in lower case, or it ends
    the sentence (``the Corresponding`` / ``Source.``: a heading ends in no full stop)."""
    text = lines[i].text
    if not _right_under(lines, i) or CONTINUED.match(text) is None and not ends_like_sentence(text.strip()):
        return False
    above = lines[i - 1].text.rstrip()
    return len(above) >= width - WRAP_SLACK and above[-1] not in ENDS_A_SENTENCE


def _edits(text: str, lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None]) -> Iterator[Edit]:
    """One removal per residue line: the line and the separator after it, or, for the lines after
    the last kept one, the separator before it — so no run of blank lines is left anywhere."""
    kept = [i for i, v in enumerate(verdicts) if _line_kept(v)]
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
