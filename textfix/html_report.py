"""``textfix clean --html report.html``: the original and the cleaned text side by side.

For people who would rather look than read a diff. Each file gets a table whose rows pair
the original lines (left) with the cleaned ones (right); unchanged lines sit side by side,
changed ones are diffed word by word (as in :mod:`textfix.worddiff`). Removed text is struck
through in red on the left, inserted text green on the right, and every change carries a
badge with the id of the rule(s) that made it and, on hover, their reasons. Suggested edits
(not applied) are underlined on the left with a ``?`` badge. A list of every edit follows.

The page is self-contained: inline CSS, no script, no font or image, and a Content Security
Policy that forbids loading anything, so it can be opened offline or attached to a ticket.
Every piece of the user's text goes through :func:`html.escape`.
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textfix.engine import ReportedEdit, Result
from textfix.patch import split_lines
from textfix.worddiff import tokens

CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 1.5em; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.4em; margin: 0 0 .2em; } h2 { font-size: 1.15em; margin: 2em 0 .4em; }
.meta { color: #555; margin: 0 0 1em; }
table.sbs { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.sbs th { text-align: left; background: #f3f3f3; padding: .3em .5em; border-bottom: 1px solid #ccc; }
table.sbs td { vertical-align: top; padding: .15em .5em; white-space: pre-wrap; overflow-wrap: anywhere; }
table.sbs td.no { width: 3em; color: #999; text-align: right; font-size: .8em; user-select: none; }
table.sbs tr.changed td.text { background: #fffbe6; }
table.sbs col.no { width: 3.5em; }
del { background: #ffd7d5; color: #82071e; text-decoration: line-through; }
ins { background: #ccf5d3; color: #0a5a1f; text-decoration: none; }
mark.suggested { background: none; border-bottom: 2px dotted #b26b00; }
.point { border-left: 2px solid #cf222e; margin: 0 1px; }
.point.suggested { border-left-color: #b26b00; }
.rule { font-size: .7em; font-weight: 600; color: #fff; background: #555; border-radius: 3px;
        padding: 0 .3em; margin: 0 .15em; vertical-align: super; white-space: nowrap; }
.rule.suggested { background: #b26b00; }
.eol { color: #999; }
table.edits { border-collapse: collapse; margin-top: 1em; font-size: .9em; }
table.edits td, table.edits th { border: 1px solid #ddd; padding: .2em .5em; text-align: left; }
table.edits code { white-space: pre-wrap; background: #f6f6f6; }
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'"
EOL_MARK = "↵"


@dataclass(frozen=True)
class Mark:
    """A highlighted span ``[start, end)`` of one side's text (zero-width: a point)."""

    start: int
    end: int
    kind: str  # "del", "ins" or "suggested"
    label: str
    title: str


def html_report(files: Sequence[tuple[str, Result]], versions: dict[str, str] | None = None) -> str:
    """The whole page for ``(file name, result)`` pairs."""
    if versions is None:
        from textfix.report import versions as installed_versions

        versions = installed_versions()
    made_by = ", ".join(f"{k} {v}" for k, v in versions.items())
    body = [f"<h1>textfix report</h1>\n<p class=\"meta\">{_e(made_by)} · "
            f"{len(files)} file{'s' if len(files) != 1 else ''} · hover a change for the rule's reason</p>\n"]
    for number, (name, result) in enumerate(files):
        body.append(file_section(number, name, result))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>textfix report: {_e(', '.join(name for name, _ in files))}</title>\n"
            f"<style>{CSS}</style>\n</head>\n<body>\n{''.join(body)}</body>\n</html>\n")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def rule_names() -> dict[str, str]:
    from textfix.rules import all_rules

    return {rule.id: rule.name for rule in all_rules()}


def file_section(number: int, name: str, result: Result) -> str:
    names = rule_names()
    applied, suggested = result.applied, result.suggested
    summary = (f"{len(applied)} applied, {len(suggested)} suggested"
               + (" · unchanged" if not result.changed else ""))
    rows = "".join(_rows(result, names))
    return (f"<section id=\"file-{number}\">\n<h2>{_e(name)}</h2>\n<p class=\"meta\">{summary}</p>\n"
            "<table class=\"sbs\"><colgroup><col class=\"no\"><col><col class=\"no\"><col></colgroup>\n"
            "<thead><tr><th></th><th>original</th><th></th><th>cleaned</th></tr></thead>\n"
            f"<tbody>\n{rows}</tbody></table>\n{_edit_list(result.edits, names)}</section>\n")


def _rows(result: Result, names: dict[str, str]) -> Iterable[str]:
    old_lines, new_lines = split_lines(result.original), split_lines(result.text)
    old_starts, new_starts = _starts(old_lines), _starts(new_lines)
    left_marks, right_marks = _diff_marks(result, old_lines, new_lines, old_starts, new_starts, names)
    left_marks += _suggestion_marks(result.suggested, names)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2)):
                yield _row("", i + 1, _cell(result.original, old_starts[i], old_starts[i + 1], left_marks),
                           j + 1, _cell(result.text, new_starts[j], new_starts[j + 1], right_marks))
        else:
            yield _row(" class=\"changed\"", i1 + 1 if i2 > i1 else "",
                       _cell(result.original, old_starts[i1], old_starts[i2], left_marks),
                       j1 + 1 if j2 > j1 else "",
                       _cell(result.text, new_starts[j1], new_starts[j2], right_marks))


def _row(attributes: str, old_no, old_html: str, new_no, new_html: str) -> str:
    return (f"<tr{attributes}><td class=\"no\">{old_no}</td><td class=\"text orig\">{old_html}</td>"
            f"<td class=\"no\">{new_no}</td><td class=\"text clean\">{new_html}</td></tr>\n")


def _starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def _diff_marks(result: Result, old_lines, new_lines, old_starts, new_starts, names) -> tuple[list[Mark], list[Mark]]:
    """Removed (left) and inserted (right) regions, labelled by the applied edits they touch."""
    left: list[Mark] = []
    right: list[Mark] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old, new = tokens("".join(old_lines[i1:i2])), tokens("".join(new_lines[j1:j2]))
        old_at, new_at = _offsets(old, old_starts[i1]), _offsets(new, new_starts[j1])
        words = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for wtag, a1, a2, b1, b2 in words.get_opcodes():
            if wtag == "equal":
                continue
            start, end = old_at[a1], old_at[a2]
            label, title = _label([e for e in result.applied if e.start <= end and e.end >= start], names)
            left.append(Mark(start, end, "del", label, title))
            right.append(Mark(new_at[b1], new_at[b2], "ins", label, title))
    return left, right


def _offsets(toks: list[str], base: int) -> list[int]:
    offsets = [base]
    for token in toks:
        offsets.append(offsets[-1] + len(token))
    return offsets


def _label(edits: Sequence[ReportedEdit], names: dict[str, str], suffix: str = "") -> tuple[str, str]:
    rules = sorted({e.rule for e in edits})
    label = " ".join(rules) + suffix if rules else "?"
    title = "\n".join(f"{e.rule} {names.get(e.rule, '')}: {e.reason}" for e in edits)
    return label, title


def _suggestion_marks(suggested: Sequence[ReportedEdit], names) -> list[Mark]:
    marks = []
    for edit in suggested:
        label, title = _label([edit], names, "?")
        title += f"\nsuggested: {edit.before!r} → {edit.after!r} (not applied)"
        marks.append(Mark(edit.start, edit.end, "suggested", label, title))
    return marks


def _cell(text: str, start: int, end: int, marks: Sequence[Mark]) -> str:
    """``text[start:end]`` escaped, with the marks that fall in it; overlapping marks after the
    first are left out (a suggestion over a removed span is still in the edit list)."""
    inside = sorted((m for m in marks if start <= m.start <= end and m.end <= end
                     and not (m.start == end and m.end == end and m.start != start and text[end - 1:end] == "\n")),
                    key=lambda m: (m.start, m.end))
    out, cursor = [], start
    for mark in inside:
        if mark.start < cursor:
            continue
        out.append(_e(text[cursor:mark.start]))
        out.append(_mark_html(text[mark.start:mark.end], mark))
        cursor = mark.end
    out.append(_e(text[cursor:end]))
    return "".join(out)


def _mark_html(span: str, mark: Mark) -> str:
    badge = (f"<span class=\"rule{' suggested' if mark.kind == 'suggested' else ''}\">"
             f"{_e(mark.label)}</span>")
    title = f" title=\"{_e(mark.title)}\"" if mark.title else ""
    if not span:
        kind = " suggested" if mark.kind == "suggested" else ""
        return f"<span class=\"point{kind}\"{title}></span>{badge}"
    shown = _e(span).replace("\n", f"<span class=\"eol\">{EOL_MARK}</span>\n")
    tag = "mark class=\"suggested\"" if mark.kind == "suggested" else mark.kind
    return f"<{tag}{title}>{shown}</{tag.split()[0]}>{badge}"


def _edit_list(edits: Sequence[ReportedEdit], names: dict[str, str]) -> str:
    if not edits:
        return "<p class=\"meta\">No edits.</p>\n"
    rows = "".join(
        f"<tr><td>{e.line}:{e.column}</td><td>{_e(e.rule)} {_e(names.get(e.rule, ''))}</td>"
        f"<td>{'applied' if e.applied else 'suggested'}</td><td><code>{_e(repr(e.before))}</code></td>"
        f"<td><code>{_e(repr(e.after))}</code></td><td>{_e(e.reason)}</td></tr>\n"
        for e in sorted(edits, key=lambda e: (e.start, e.end)))
    return ("<table class=\"edits\"><thead><tr><th>line:col</th><th>rule</th><th></th><th>before</th>"
            f"<th>after</th><th>reason</th></tr></thead>\n<tbody>\n{rows}</tbody></table>\n")
