"""The edit model: ruff-style selection, application, and mapping back to the original."""

from hypothesis import given
from hypothesis import strategies as st

from textfix.edits import Applicability, Edit, OffsetMap, apply_edits, select_non_overlapping


def edit(start, end, replacement, rule="TF000"):
    return Edit(start, end, replacement, rule, "test")


def test_overlapping_edit_is_skipped_not_merged():
    taken = select_non_overlapping([edit(0, 4, "x"), edit(2, 6, "y"), edit(6, 7, "z")])
    assert [(e.start, e.end) for e in taken] == [(0, 4), (6, 7)]


def test_identical_duplicates_are_dropped():
    taken = select_non_overlapping([edit(3, 3, " ", "TF401"), edit(3, 3, " ", "TF403")])
    assert len(taken) == 1


def test_two_different_insertions_at_one_point_keep_the_first():
    taken = select_non_overlapping([edit(3, 3, " "), edit(3, 3, "-")])
    assert len(taken) == 1


def test_apply_edits_in_order():
    text = "since 2017the year.The end"
    edits = select_non_overlapping([edit(19, 19, " "), edit(10, 10, " ")])
    assert apply_edits(text, edits) == "since 2017 the year. The end"


def test_edit_rejects_reversed_span():
    try:
        Edit(5, 2, "", "TF000", "bad")
    except ValueError:
        return
    raise AssertionError("a reversed span was accepted")


def test_suggested_edit_is_not_safe():
    assert not Edit(0, 0, " ", "TF000", "r", Applicability.SUGGESTED).is_safe


@st.composite
def edit_rounds(draw):
    """A text and up to three rounds of random non-overlapping edits on it."""
    text = draw(st.text(alphabet="ab c\n", max_size=30))
    rounds = []
    current = text
    for _ in range(draw(st.integers(1, 3))):
        candidates = []
        for _ in range(draw(st.integers(0, 4))):
            start = draw(st.integers(0, len(current)))
            end = draw(st.integers(start, min(len(current), start + 4)))
            candidates.append(edit(start, end, draw(st.text(alphabet="XY ", max_size=3))))
        taken = select_non_overlapping(candidates)
        rounds.append(taken)
        current = apply_edits(current, taken)
    return text, rounds


@given(edit_rounds())
def test_offset_map_keeps_unchanged_text_in_step(case):
    """Outside the changed regions, current and original text are the same characters."""
    original, rounds = case
    current, offsets = original, OffsetMap.identity()
    for taken in rounds:
        offsets = offsets.after(taken)
        current = apply_edits(current, taken)
    cursor_cur = cursor_orig = 0
    for region in offsets.regions:
        assert current[cursor_cur:region.cur_start] == original[cursor_orig:region.orig_start]
        cursor_cur, cursor_orig = region.cur_end, region.orig_end
    assert current[cursor_cur:] == original[cursor_orig:]


@given(edit_rounds())
def test_mapped_spans_stay_inside_the_original(case):
    original, rounds = case
    offsets = OffsetMap.identity()
    current = original
    for taken in rounds:
        for e in taken:
            start, end = offsets.span_to_original(e.start, e.end)
            assert 0 <= start <= end <= len(original)
        offsets = offsets.after(taken)
        current = apply_edits(current, taken)
