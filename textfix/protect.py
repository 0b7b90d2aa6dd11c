"""Spans of text no token rule may touch: URLs, e-mail addresses, handles, paths, code.

A missing-space or glued-word rule that ran inside ``https://example.com/FooBar`` or
``snake_case_name`` would damage it, so token rules ask :class:`Protected` first. Each pattern
is built from named parts and says what it must cover.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from textfix.lines import line_at
from textfix.scan import Mark, finditer_in_marked_tokens

# A URL with a scheme, or starting with www. — up to the next white space, less closing
# punctuation that ends the sentence around it.
URL = r"(?:\b(?:https?|ftp|file)://|\bwww\.)\S+?(?=[.,;:!?)\]'\"”’]*(?:\s|\Z))"
EMAIL = r"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+"
# @handles and #hashtags as social media writes them.
HANDLE = r"(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+"
# A path with at least two separators: /usr/bin/env, C:\Windows\system32, ./a/b.
PATH = r"(?:[A-Za-z]:)?(?:\.{0,2}[/\\][\p{L}\p{N}._-]+){2,}[/\\]?"
# A file name that begins with a dot (a dotfile, an extension alone): .gitattributes, .env.
DOTFILE = r"(?<![\p{L}\p{N}.])\.[\p{L}_][\p{L}\p{N}_.-]*"
# Code identifiers: snake_case, dotted.access(), calls and CamelCase with inner capitals.
SNAKE_CASE = r"\b\w+_\w+\b"
CALL = r"\b[\p{L}_][\w.]*\((?:[^()\s]*)\)"
CODE_DOTTED = r"\b[\p{L}_]\w*(?:\.[\p{L}_]\w*){2,}\b"

PROTECTED = regex.compile("|".join(f"(?:{p})" for p in (URL, EMAIL, HANDLE, PATH, DOTFILE, SNAKE_CASE, CALL,
                                                          CODE_DOTTED)))

# A whole line of code, where no word is prose: a line typed at an interpreter's or a
# shell's prompt (`>>> from getpass import getpass`, `$ git init`; not `...`, which opens
# prose as often), or an import statement alone on its line (`import getpass`,
# `from setuptools import setup, find_packages`). A sentence that begins with the word
# (`import taxes rose`) is no statement: the whole line must be one.
PROMPT = r"(?:>>>|\$)[ \t]"
MODULE = r"[\p{L}_][\w.]*"
ALIAS = r"(?:[ \t]+as[ \t]+\w+)?"
NAME = rf"[\p{{L}}_]\w*{ALIAS}"
NAMES = rf"(?:\*|{NAME}(?:[ \t]*,[ \t]*{NAME})*)"
IMPORT = rf"(?:from[ \t]+{MODULE}[ \t]+import[ \t]+{NAMES}|import[ \t]+{MODULE}{ALIAS}(?:[ \t]*,[ \t]*{MODULE})*);?"
CODE_LINE = regex.compile(rf"[ \t]*(?:{PROMPT}.*|{IMPORT}[ \t]*)")

# Every pattern above needs one of these marks, and none matches white space: a URL `://` or
# `www.`, an e-mail or handle `@` or `#`, a path a slash, snake_case an underscore, a call
# `(…)`, dotted code a dot before a letter. So protected spans lie inside white-space-delimited
# tokens that hold a mark, and scanning only those tokens finds exactly the spans a scan of the
# whole text finds — without trying every pattern at every letter of ordinary prose (a
# sentence's last word, `Khan.`, holds no mark).
MARK = Mark.of([r"[@#/\\_]|\.[\p{L}_]|\([^()\s]*\)|www\."], [r"[@#/\\_]|\.[A-Za-z_]|\([^()\s]*\)|www\."])


# A fenced code block (Markdown, CommonMark): from a line that opens with three backticks or
# tildes or more to the line that closes it with as many of the same, or to the end of the text.
# Its lines are code whatever they hold (`>>> print(x)`, `Prints: tÃ©st`, `});`): no rule edits
# them, nor the fences.
FENCE_OPENING = regex.compile(r"^[ ]{0,3}(`{3,}|~{3,})", regex.MULTILINE)
# An inline code span (Markdown): backticks, code on one line, as many backticks again
# (`` `net.Server` ``, ``` ``a `b` c`` ```). Its words are code too (`net.Server` is no sentence
# glued to the next).
INLINE_CODE = regex.compile(r"(?<!`)(`+)(?!`)[^\n]+?(?<!`)\1(?!`)")


def fence_closing(marker: str) -> regex.Pattern[str]:
    """The line that closes a fence opened by ``marker``: as many of its mark or more, alone."""
    return regex.compile(rf"^[ ]{{0,3}}{regex.escape(marker[0])}{{{len(marker)},}}[ \t]*$", regex.MULTILINE)


@dataclass(frozen=True)
class Protected:
    """Sorted, non-overlapping protected spans of one text."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def find(cls, text: str) -> Protected:
        spans = [m.span() for m in finditer_in_marked_tokens(PROTECTED, MARK, text)]
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans))

    @classmethod
    def code(cls, text: str) -> Protected:
        """The text's Markdown code: its fenced blocks (see FENCE_OPENING), fences included, and
        its inline code spans (INLINE_CODE) outside them."""
        if "`" not in text and "~~~" not in text:
            return cls((), ())
        spans: list[tuple[int, int]] = []
        at = 0
        while (opening := FENCE_OPENING.search(text, at)) is not None:
            spans += cls._inline_code(text, at, opening.start())
            line_end = text.find("\n", opening.end())
            closing = fence_closing(opening.group(1)).search(text, line_end + 1) if line_end >= 0 else None
            spans.append((opening.start(), closing.end() if closing is not None else len(text)))
            if closing is None:
                return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans))
            at = closing.end()
        spans += cls._inline_code(text, at, len(text))
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans))

    @staticmethod
    def _inline_code(text: str, start: int, end: int) -> list[tuple[int, int]]:
        if "`" not in text[start:end]:
            return []
        return [match.span() for match in INLINE_CODE.finditer(text, start, end)]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` touches a protected span; an insertion point counts when
        it falls strictly inside one (a space may go right before or after a URL)."""
        limit = end if end > start else start
        i = bisect.bisect_left(self.starts, limit) - 1
        if i < 0:
            return False
        if end > start:
            return self.ends[i] > start
        return self.starts[i] < start < self.ends[i]


def token_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The whitespace-delimited token around ``text[start:end]`` (an insertion when end is None)."""
    end = start if end is None else end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def protected_at(text: str, start: int, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` (or the insertion point ``start``) is protected: in a
    protected span, or on a line of code (CODE_LINE).

    Every protected span (URL, e-mail, handle, path, code) lies within one whitespace token,
    so only the token around the edit is searched: the same answer as :meth:`Protected.find`
    on the whole text, at the cost of one token instead of the document.
    """
    token_start, token_end = token_bounds(text, start, end)
    local = Protected.find(text[token_start:token_end])
    end = start if end is None else end
    return local.overlaps(start - token_start, end - token_start) or on_code_line(text, start)


def on_code_line(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` stands on a line of code (see CODE_LINE)."""
    return is_code_line(line_at(text, at))


def is_code_line(line: str) -> bool:
    """Whether ``line`` (without its line break) is a line of code (see CODE_LINE)."""
    return CODE_LINE.fullmatch(line) is not None


# Code written about in prose: snake_case, calls, dotted names, paths, backticked code,
# command-line options (`--force`, `-x`). An address is no sign of it (news and web pages are
# full of them): matched first, it is passed over whole, paths and all. Nor is a dotfile alone:
# news on new top-level domains writes `.travel`, `.mobi`.
CODE_TERM = regex.compile(rf"(?P<address>{URL}|{EMAIL})|{SNAKE_CASE}|{CALL}|{CODE_DOTTED}|{PATH}"
                          r"|`[^`\s]+|(?<!\S)--?\p{Ll}[\w-]*")
CODE_TERM_MARK = Mark.of([r"[@/\\_`]|\.[\p{L}_]|\([^()\s]*\)|(?<!\S)-"], [r"[@/\\_`]|\.[A-Za-z_]|\([^()\s]*\)|(?<!\S)-"])
# A text is technical when it holds at least TECHNICAL_TERMS code terms, and one per
# 1 / TECHNICAL_SHARE whitespace tokens: of 789 documentation files on this machine two
# thirds, of the 2,225 BBC articles none, of 2,425 web pages 1 in 44 (technical blogs), of
# 1,000 lines of PDF papers none.
TECHNICAL_TERMS = 5
TECHNICAL_SHARE = 0.01


def technical_text(text: str) -> bool:
    """Whether ``text`` writes about code (see CODE_TERM). There a lower-case compound is a
    term of the trade (`codepath`, `packfile`, `gitweb`, `whitespaces`), far likelier than the
    glue it looks like: a dictionary of the language's words does not know it."""
    terms = sum(1 for match in finditer_in_marked_tokens(CODE_TERM, CODE_TERM_MARK, text)
                if match.group("address") is None)
    return terms >= TECHNICAL_TERMS and terms >= TECHNICAL_SHARE * len(text.split())
