"""Adapter for the eval harnesses: ``glued_eval.py --fixer textfix_fixer:fix`` (run from bench/)."""

import textfix


def fix(text: str) -> str:
    return textfix.clean(text).text
