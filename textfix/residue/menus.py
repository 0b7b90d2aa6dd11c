"""Runs of lines: navigation menus, tag lists and ranked (most-read) lists.

A short label is a menu item only in a run of them with known furniture (section names,
buttons) beside it; a run that stands beside the article's prose, or that the article announces
(``The club offers:``), is the article's own list and stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from textfix.context import Context
from textfix.residue.text import (
    CAPITALISED,
    LETTER,
    NEXT_WORD,
    OPENING_QUOTES,
    announces,
    ends_like_sentence,
    first_word,
    first_words_of,
    is_label,
    is_prose,
    is_symbols,
    is_title_case,
    looks_like_name,
    normalise,
    words,
)
from textfix.residue.verdicts import ARTICLE_METADATA_RULES, SAFE, Paragraph, Verdict, close_together, removes_line
from textfix.residue.vocabulary import Vocabulary


def tag_lists(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary) -> None:
    """The labels after ``Tags`` / ``Topics`` / ``Schlagworte`` are the page's tags, up to the
    first line that is not a short label (``Government and politics`` / ``,`` / ``Impeachments``)."""
    for i, para in enumerate(lines):
        if not is_tag_header(para.text, vocab) or _next_item_of_a_list(lines, i):
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


# A list item's bullet: ``- Tags``, ``* Tags``, ``• Tags``.
LIST_BULLET = regex.compile(r"[ \t]*([-*•+·])[ \t]+\S")


def _next_item_of_a_list(lines: Sequence[Paragraph], i: int) -> bool:
    """Whether line ``i`` goes on a bulleted list: the line before it opens with the same bullet
    (``- Metadata`` / ``- Tags``). A header opens its list; inside one it is one of the items."""
    here = LIST_BULLET.match(lines[i].text)
    before = LIST_BULLET.match(lines[i - 1].text) if i > 0 else None
    return here is not None and before is not None and here.group(1) == before.group(1)


def is_tag_header(text: str, vocab: Vocabulary) -> bool:
    word = first_word(text)
    if word and word not in first_words_of(vocab.tag_headers):
        return False  # a line starting with a letter that starts no header is cleared unread
    if text[:1] in OPENING_QUOTES:
        return False  # a quotation: normalising keeps its quote first, and no header has one
    if ends_like_sentence(text.strip()):
        return False  # `keywords.`: a wrapped sentence's last word; a header ends in a colon or nothing
    return normalise(text) in vocab.tag_headers


RANK = regex.compile(r"\s*(\d{1,2})\.?\s*")


def ranked_lists(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """A "Most read" box: ``1`` / headline / ``2`` / headline / ``3`` … beside page furniture.

    Numbers counting up by one on their own lines, one line between each, are the ranks of a
    list of other pages' headlines: three ranks at least, each with its headline under it (or
    over it, as some pages print them), never a line of prose, and residue just before or just
    after the list (an article's own numbered list stands among its paragraphs). The list may
    start at any rank (``5`` / … / ``10``, the box's second column), and a headline another
    sweep took already still holds it together.
    """
    ranks_at = {i: int(found.group(1)) for i, p in enumerate(lines) if (found := RANK.fullmatch(p.text))}
    for start, rank in ranks_at.items():
        if ranks_at.get(start - 2) == rank - 1:
            continue  # not the first rank of its list
        ranks = [start]
        while ranks_at.get(ranks[-1] + 2) == ranks_at[ranks[-1]] + 1:
            ranks.append(ranks[-1] + 2)
        if len(ranks) >= 3:
            _ranked_headlines(lines, verdicts, ranks, ranks_at)


def _ranked_headlines(lines: Sequence[Paragraph], verdicts: list[Verdict | None], ranks: list[int],
                      ranks_at: dict[int, int]) -> None:
    """The ranks and their headlines, under them or over them, when they make a ranked list."""
    for side in (1, -1):
        headlines = [r + side for r in ranks]
        if any(not 0 <= k < len(lines) or k in ranks_at or is_prose(lines[k].text) for k in headlines):
            continue
        first, last = min(ranks + headlines), max(ranks + headlines)
        if any(removes_line(verdicts[k]) for k in (first - 1, last + 1) if 0 <= k < len(lines)):
            for k in ranks + headlines:
                if verdicts[k] is None:
                    verdicts[k] = Verdict("TF302", "a ranked list of other pages' headlines (most read)")
            return


# A blog's category or tag widget: each label with the count of its posts, "Dakwah (60)".
COUNTED_LABEL = regex.compile(r"\s*[^\s()][^()]{0,50}?\s*\((\d{1,6})\)\s*")
COUNTED_LABELS = 5  # the fewest in a row that make a widget; fewer may be the article's list


def counted_labels(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """COUNTED_LABELS labels or more one under the other, each with its count in brackets
    (``Travel (12)``, ``Dakwah (60)``): a blog's category or tag widget, listing its posts.
    Counts that fall from each line to the next rank the labels, as an article's table does
    (``Norway (16)`` / ``Germany (12)``, a medal table): such a list stays.
    """
    counts = {i: int(found.group(1)) for i, p in enumerate(lines) if (found := COUNTED_LABEL.fullmatch(p.text))}
    for run in close_together(sorted(counts), 1):
        if len(run) >= COUNTED_LABELS and any(counts[a] < counts[b] for a, b in zip(run, run[1:])):
            for k in run:
                if verdicts[k] is None:
                    verdicts[k] = Verdict("TF302", "a category widget: labels with their counts of posts")


# Teasers of other pages, each under its section's name (its kicker): "Business" / "Gannett
# merges with GateHouse", "Auto News" / "Turbocharged Sentra unleashed" …
KICKERS = 3  # the fewest kicker-and-headline pairs close together that make a teaser list
HEADLINE_WORDS = (3, 14)  # a teaser's headline: more than a menu item, less than a paragraph
# Its bounds, one pattern call each (as text.THREE_WORDS): a paragraph's words are never all read.
ENOUGH_FOR_A_HEADLINE = regex.compile(rf"(?:{NEXT_WORD}){{{HEADLINE_WORDS[0]}}}")
TOO_LONG_FOR_A_HEADLINE = regex.compile(rf"(?:{NEXT_WORD}){{{HEADLINE_WORDS[1] + 1}}}")
KICKER_CHARACTERS = 40  # longer than any section's name with its marks
KICKER_GAP = 4  # the most lines from one kicker to the next in a teaser list (headline, summary, date)


def kickers(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary) -> None:
    """Section names that each head a headline (``Business`` / ``Gannett merges with …``) are the
    kickers of a list of other pages' teasers, when three of them or more stand close together
    (KICKER_GAP lines apart at most: a headline, its summary, its date).

    A section's name counts only inside a menu otherwise, since one alone may be the article's
    own heading; a teaser's kicker stands above a headline instead, in a run no menu sweep sees.
    The headlines stay here (a teaser's headline has the shape of the article's own; see
    :func:`teaser_lists` for lists of them), and so does a section's name above a paragraph
    (the article's own heading) or far from the others (a table's row named like a section:
    German ``Art``, kind). Run only beside other residue.
    """
    # A kicker another sweep took already (a section name in a menu run) still holds its list together.
    found = [i for i in range(len(lines) - 1)
             if len(lines[i].text) <= KICKER_CHARACTERS and verdicts[i + 1] is None
             and normalise(lines[i].text) in vocab.sections and _headline(lines[i + 1].text)]
    for group in close_together(found, KICKER_GAP):
        if len(group) >= KICKERS:
            for i in group:
                if verdicts[i] is None:
                    verdicts[i] = Verdict("TF302", "a section's name above a teaser's headline (a kicker)")


TEASER_LIST = 3  # the fewest headlines that make a list of other pages' teasers
# A table's row opens with its key and a colon ("Kaution: US $ 1500", "Ort: Kasberg"): a table of
# the article's own, between two buttons, is no teaser list, and its rows are no menu's items.
KEY_AND_VALUE = regex.compile(r"[^:]{1,40}:\s")


def teaser_lists(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """TEASER_LIST headlines or more between two lines of residue, one under the other or each
    one line of residue apart (a date, a byline, a kicker, ``Link zum Artikel``): a list of other
    pages' teasers, under a box's heading (``Related Stories``) or as a blog's index prints it.

    What stays: one headline or two (the article's own stands between its section and its date
    line); a line of prose; a table of keys and values (more than half its lines open with a
    key and a colon); and the list's last headline when nothing but residue stands between it
    and the article's first paragraph, for that is where the article's own headline stands.
    """
    removed = [removes_line(v) for v in verdicts]
    headline = [v is None and _headline(p.text) for p, v in zip(lines, verdicts)]
    i = 1
    while i < len(lines):
        if not (headline[i] and removed[i - 1]):
            i += 1
            continue
        found, i = _listed_headlines(headline, removed, i)
        if found and article_follows(lines, removed, found[-1] + 1):
            found.pop()
        if len(found) >= TEASER_LIST and not _table(lines, found):
            for k in found:
                verdicts[k] = Verdict("TF302", "a headline in a list of other pages' teasers")


def _listed_headlines(headline: Sequence[bool], removed: Sequence[bool], start: int) -> tuple[list[int], int]:
    """The headlines from ``start`` on, spaced alike (each under the one before it, or each one
    line of residue below it), up to the last one with residue or the end under it; and the
    line after the last one read."""
    step = 1 if start + 1 < len(headline) and headline[start + 1] else 2
    found = [start]
    while (k := found[-1] + step) < len(headline) and headline[k] and removed[k - 1] == (step == 2):
        found.append(k)
    read_to = found[-1] + 1
    while found and found[-1] + 1 < len(headline) and not removed[found[-1] + 1]:
        found.pop()
    return found, read_to


def article_follows(lines: Sequence[Paragraph], removed: Sequence[bool], end: int) -> bool:
    """Whether the first line from ``end`` on that is not removed is a paragraph of the article:
    prose, or longer than any headline (a wire's lead ending in a colon is no sentence)."""
    following = next((k for k in range(end, len(lines)) if not removed[k]), None)
    return following is not None and (is_prose(lines[following].text)
                                      or TOO_LONG_FOR_A_HEADLINE.match(lines[following].text) is not None)


def _table(lines: Sequence[Paragraph], rows: Sequence[int]) -> bool:
    return sum(KEY_AND_VALUE.match(lines[k].text) is not None for k in rows) * 2 > len(rows)


# A teaser's headline may open with a single quote (``'Waves': Why …``, a film's title); a line
# opening with a double one is a quotation, the article's own words.
DOUBLE_QUOTES = frozenset('"“„«»「『')


def teaser_boxes(lines: Sequence[Paragraph], verdicts: list[Verdict | None]) -> None:
    """The headlines under a box's heading (``You may also like``, ``Don't miss``, ``More Tech
    Stories``: see Verdict.heads_teasers) are other pages' teasers: one under the other, maybe
    each over its date or byline, up to the first line that is no headline (the article's next
    paragraph, where an extractor left the box in the middle of the article).

    What stays: the last headline when only its byline and date line stand between it and a
    paragraph, unless each headline of the box has its own; a lone headline with no other
    residue under it (the article's own headline under a box's heading the extractor kept:
    ``Top Local Stories`` / its headline / its caption); and from a line announcing a list
    (``Here are some of the highlights:``) or opening with a double quotation mark (a
    quotation) on.
    """
    for i, verdict in enumerate(verdicts):
        if verdict is None or not verdict.heads_teasers or verdict.applicability is not SAFE:
            continue
        found = _boxed_headlines(lines, verdicts, i + 1)
        dated = len(found) >= 2 and all(_article_metadata(_verdict_at(verdicts, k + 1)) for k in found)
        if found and not dated and _over_the_byline(lines, verdicts, found[-1]):
            found.pop()  # the article's own headline, over its byline and first paragraph
        under = _verdict_at(verdicts, found[-1] + 1) if found else None
        if len(found) >= 2 or removes_line(under) and not _article_metadata(under):
            for k in found:
                verdicts[k] = Verdict("TF302", "a headline in a box of other pages' teasers")
                if k - 1 > i and verdicts[k - 1] is None and _capitals_kicker(lines[k - 1].text):
                    verdicts[k - 1] = Verdict("TF302", "a kicker over a headline in a box of other pages' teasers")


def _verdict_at(verdicts: Sequence[Verdict | None], k: int) -> Verdict | None:
    return verdicts[k] if k < len(verdicts) else None


def _boxed_headlines(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None], start: int) -> list[int]:
    """The headlines from ``start`` on, skipping the date lines and bylines between them, and each
    headline's kicker in capitals over it (``RANDY ANDY`` / ``Andrew parties in …``)."""
    found = []
    for k in range(start, len(lines)):
        text, verdict = lines[k].text, verdicts[k]
        if verdict is None and _boxed_headline(text):
            found.append(k)
        elif verdict is None and _capitals_kicker(text) and k + 1 < len(lines) and verdicts[k + 1] is None \
                and _boxed_headline(lines[k + 1].text):
            continue  # marked with its headline, by teaser_boxes
        elif not (removes_line(verdict) and _article_metadata(verdict)):
            break
    return found


def _boxed_headline(text: str) -> bool:
    """A headline, neither announcing a list nor opening a quotation."""
    return _headline(text) and not announces(text) and text.lstrip()[:1] not in DOUBLE_QUOTES


def _capitals_kicker(text: str) -> bool:
    """A teaser's kicker as tabloids print it over the headline: a label in capitals."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and is_label(text)


def _headline(text: str) -> bool:
    """A line shaped like a headline: a few words (HEADLINE_WORDS), and no sentence."""
    return (ENOUGH_FOR_A_HEADLINE.match(text) is not None and TOO_LONG_FOR_A_HEADLINE.match(text) is None
            and not is_prose(text))


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


def navigation_runs(lines: Sequence[Paragraph], verdicts: list[Verdict | None], vocab: Vocabulary,
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
    A headline with only the byline and date lines between it and the article's first paragraph
    is the article's own, whatever menu stands above it (:func:`_over_the_byline`).
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
                if not known[i - start] and _headline(lines[i].text) and _over_the_byline(lines, verdicts, i):
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


def _over_the_byline(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None], i: int) -> bool:
    """Whether only the article's byline and date lines (and marks between them) stand between
    line ``i`` and a paragraph of prose: there stands the article's headline. The bylines are
    found before the menus for this (see document._find_residue)."""
    k = i + 1
    while k < len(lines) and (_article_metadata(verdicts[k]) or is_symbols(lines[k].text)):
        k += 1
    return k > i + 1 and k < len(lines) and verdicts[k] is None and is_prose(lines[k].text)


def _announced_list(lines: Sequence[Paragraph], verdicts: Sequence[Verdict | None], start: int) -> bool:
    """Whether the run of labels from ``start`` is a list the article announces, and no menu:
    a paragraph of the article, then a line of its own ending in a colon, as the run's first
    line or just before it (``The club offers:`` / ``Tennis`` / ``Golf`` …, however many of them
    are section names). A page's own heading with a colon (``Visit other CBS sites:``,
    ``Company:``) follows other furniture, not the article's prose."""
    def announced_at(i: int) -> bool:
        return 0 <= i < len(lines) and verdicts[i] is None and announces(lines[i].text) \
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
    if holds_data([p.text for p in run]):
        return False
    items = [p.text for p in run if _menu_item_shape(p.text)]
    return len(items) >= VERY_LONG_MENU and menu_make_up(items, vocab, context)


def menu_make_up(items: Sequence[str], vocab: Vocabulary, context: Context,
                 name_share: float = MAX_NAME_SHARE) -> bool:
    """Whether labels are made up as a menu's, not as an article's table or list: at most half
    of them repeated (a results table repeats its cells), fewer than ``name_share`` of them
    people's names (a cast list, a roster)."""
    repeated = len(items) - len({normalise(text) for text in items})
    names = sum(looks_like_name(text, vocab, context) for text in items)
    return repeated <= len(items) * MAX_REPEAT_SHARE and names < len(items) * name_share


def holds_data(texts: Sequence[str]) -> bool:
    """Whether more than MAX_DATA_SHARE of the lines are data, a quantity or a key (:func:`_data_line`):
    an ingredient list or a table, not a menu."""
    return sum(_data_line(text) for text in texts) > len(texts) * MAX_DATA_SHARE


# A line of data opens with a quantity (a figure, a fraction or a currency: "125 g flour",
# "½ cup", "$1,349.00") or gives a key a figure ("VIP : 60,000₩"). A figure elsewhere is a
# menu item's or a headline's ("iPhone 11", "2019 Elections", "No. 4 Huskies rout Virginia").
QUANTITY_FIRST = regex.compile(r"\W*(?:\d|[½¼¾⅓⅔⅛]|\p{Sc})")
KEYED_FIGURE = regex.compile(r":\s*\S*\d")
# A whole number alone counts nothing: a pager's link (``2``), a counter of shares (``44,976``).
LONE_NUMBER = regex.compile(r"\d+|\d{1,3}(?:[,.]\d{3})+")


def _data_line(text: str) -> bool:
    """A quantity, a key of a table or its figure (``125 g``, ``Region:``, ``VIP : 60,000₩``),
    which no menu item is; not a whole number alone (LONE_NUMBER)."""
    if LONE_NUMBER.fullmatch(text.strip()):
        return False
    return QUANTITY_FIRST.match(text) is not None or text.rstrip().endswith(":") \
        or KEYED_FIGURE.search(text) is not None


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
    """A few capitalised words without digits: ``Company Town``, not ``-12.99`` or ``of``, nor
    a key with its value (``Ort: Kasberg``): a table's row, where a menu item is a label."""
    found = words(text)
    stripped = text.strip()
    short = len(found) <= MENU_ITEM_WORDS or len(found) <= 6 and is_title_case(found)
    return (bool(found) and short and CAPITALISED.match(stripped) is not None and not regex.search(r"\d", text)
            and not ends_like_sentence(stripped) and KEY_AND_VALUE.match(stripped) is None)


def _in_run(text: str, verdict: Verdict | None) -> bool:
    if verdict is not None:
        return verdict.prefix_end is None and verdict.joins_menus and not is_prose(text)
    return label_or_symbols(text)


@lru_cache(maxsize=1024)
def label_or_symbols(text: str) -> bool:
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


def _article_metadata(verdict: Verdict | None) -> bool:
    """A date line or a byline: the article's own furniture, which stands by its headline."""
    return verdict is not None and verdict.rule in ARTICLE_METADATA_RULES


def _archive_month(label: str, vocab: Vocabulary) -> bool:
    """A month (``label`` as :func:`normalise` gives it), with its year or not: ``November
    2019``, ``2010 September``, ``Novembro (113)``, ``2015年2月``."""
    if YEAR_MONTH_CJK.fullmatch(label):
        return True
    parts = label.split()
    if len(parts) == 2 and parts[0].isdigit():
        parts.reverse()  # the year first
    return 1 <= len(parts) <= 2 and parts[0] in vocab.months and (len(parts) == 1 or parts[1].isdigit())
