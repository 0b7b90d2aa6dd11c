"""Adapters for the eval harnesses, run from bench/: ``glued_eval.py --fixer textfix_fixer:fix``.

``fix`` is textfix as ``textfix clean`` runs it (every rule, safe edits); ``fix_glued`` runs the
glued-token rules alone (TF4xx), so a harness measures that repair apart from the others (the
BBC text's HTML entities, which TF107 decodes, count as false edits in a glued-token score).
"""

import textfix


def fix(text: str) -> str:
    return textfix.clean(text).text


def fix_glued(text: str) -> str:
    return textfix.clean(text, select=["TF4"]).text
