"""Every rule's documented examples (textfix/data/rules/<ID>.toml) hold.

A ``fix`` example must come out exactly as written with only that rule selected; a ``keep``
example must come back unchanged with every rule, so a look-alike that one rule spares is not
damaged by another.
"""

import pytest

import textfix
from textfix.edits import Applicability
from textfix.rules import all_rules, examples

RULES = all_rules()
FIXES = [(r.id, before, after) for r in RULES for before, after in examples(r.id).fix]
# A rule whose edits are all suggestions shows its fixes with them applied (``unsafe``).
SUGGESTING = {r.id for r in RULES if r.applicability is Applicability.SUGGESTED}
KEEPS = [(r.id, text) for r in RULES for text in examples(r.id).keep]


def test_every_rule_documents_fixes_and_look_alikes():
    for rule in RULES:
        documented = examples(rule.id)
        assert documented.fix, f"{rule.id} has no fix examples"
        assert documented.keep, f"{rule.id} has no keep examples"


@pytest.mark.parametrize(("rule_id", "before", "after"), FIXES)
def test_rule_repairs_its_examples(rule_id, before, after):
    assert before != after
    options = {"unsafe": rule_id in SUGGESTING, **dict(examples(rule_id).options)}
    assert textfix.clean(before, select=[rule_id], **options).text == after


@pytest.mark.parametrize(("rule_id", "text"), KEEPS)
def test_rule_leaves_look_alikes_alone(rule_id, text):
    result = textfix.clean(text)
    assert result.text == text, [e.as_dict() for e in result.applied]
