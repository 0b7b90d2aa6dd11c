"""What a rule may know besides the text: the options and facts about the whole document.

A :class:`Context` is made for one text in one round. Everything in it is computed on first
use and kept for that round only, so a rule that needs the document's word counts pays for
them once, and a rule that does not never does.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property

import regex

from textfix.config import Options
from textfix.edits import Applicability, Edit
from textfix.lexicon import Lexicon, lexicon
from textfix.protect import technical_text

# What a reviewer reads after the reason of a repair the token rules only propose because the
# text is about code (see Context.about_code).
ABOUT_CODE = " (a text about code: may be its own spelling)"

# A word for document evidence: letters with inner apostrophes or hyphens (Khan, Maduro's).
WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")


@dataclass(frozen=True)
class Context:
    options: Options
    text: str

    @cached_property
    def lexicon(self) -> Lexicon:
        return lexicon(self.options.language)

    @cached_property
    def word_counts(self) -> Counter[str]:
        """How often each word occurs in the document, case kept: a document's own vocabulary."""
        return Counter(WORD.findall(self.text))

    @cached_property
    def about_code(self) -> bool:
        """Whether the document writes about code (:func:`~textfix.protect.technical_text`): its
        compounds and dotted names are the trade's (`codepath`, `http.Client`), so the token rules
        only propose what they would repair."""
        return technical_text(self.text)

    def proposed_if_about_code(self, edit: Edit) -> Edit:
        """``edit`` as a token rule (TF402, TF403, TF405) makes it here: a safe repair in a text
        about code is only proposed, and its reason says why (ABOUT_CODE)."""
        if not edit.is_safe or not self.about_code:
            return edit
        return replace(edit, applicability=Applicability.SUGGESTED, reason=edit.reason + ABOUT_CODE)
