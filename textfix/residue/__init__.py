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

The modules, in reading order: ``text`` (a line's normal form and shape), ``vocabulary`` (the
phrase lists), ``verdicts``, ``dates``, ``credit_lines``, ``author_lines``, ``classify`` (one line
by itself), ``fastpath`` (what could be residue at all), ``menus`` (runs of lines) and
``document`` (the sweeps over a document, and the edits). This module holds the rules.
"""

from __future__ import annotations

from textfix.context import Context
from textfix.edits import Edit
from textfix.residue.document import analyse
from textfix.residue.verdicts import SAFE
from textfix.rules import Phase, Rule


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
    a ``Topics`` header, a "Most read" box (``1`` / headline / ``2`` / headline …), three
    headlines or more between lines of residue (a box of related stories, or teasers each with
    its date or byline), the headlines under a teaser box's heading (``You may also like``), a
    category widget (five labels or more with their counts, ``Travel (12)``), and up to sixty
    short lines between two lines of residue (a menu's items no list knows, a box's heading,
    ``Why subscribe?``) unless they may be the article's (its headline over its first
    paragraph, an announced list, a list of quantities, a roster of names), and, on the same
    terms, the short lines after the article's end once a line of residue follows its last
    paragraph.
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
