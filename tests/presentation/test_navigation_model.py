"""Structure navigation, "where am I?" and search over the policy, without Qt: where each key lands
and what is said there (the window's tests press the keys; these pin every edge)."""

from __future__ import annotations

import pytest

from reader.document import BlockKind, Document
from reader.presentation.navigation import (
    Target,
    find_all,
    next_start,
    position_at,
    previous_start,
    target_starts,
    theme_start,
)


def test_targets_are_the_starts_of_their_kind_in_order(policy: Document) -> None:
    assert target_starts(policy, Target.THEME) == [theme.start for theme in policy.themes]
    assert target_starts(policy, Target.QUOTE) == [quote.start for quote in policy.quotes]
    assert target_starts(policy, Target.COMMITMENTS) == [
        block.start for block in policy.blocks if block.kind is BlockKind.COMMITMENTS]
    assert len(target_starts(policy, Target.COMMITMENTS)) == 4
    assert target_starts(policy, Target.PARAGRAPH) == [block.start for block in policy.blocks]


@pytest.mark.parametrize("target", list(Target))
def test_next_and_previous_walk_every_target_and_stop_at_the_ends(policy: Document, target: Target) -> None:
    starts = target_starts(policy, target)
    position, forward = -1, []
    while (found := next_start(policy, target, position)) is not None:
        forward.append(found)
        position = found
    assert forward == starts
    position, backward = len(policy.text) + 1, []
    while (found := previous_start(policy, target, position)) is not None:
        backward.append(found)
        position = found
    assert backward == starts[::-1]


def test_previous_theme_from_inside_a_theme_goes_to_its_own_heading(policy: Document) -> None:
    second, first = policy.themes[1], policy.themes[0]
    assert previous_start(policy, Target.THEME, second.start + 5) == second.start
    assert previous_start(policy, Target.THEME, second.start) == first.start
    assert next_start(policy, Target.THEME, second.start) == policy.themes[2].start
    assert next_start(policy, Target.THEME, second.start - 1) == second.start
    assert previous_start(policy, Target.THEME, first.start) is None
    assert next_start(policy, Target.THEME, policy.themes[-1].start) is None


def test_theme_numbers_one_to_four(policy: Document) -> None:
    assert [theme_start(policy, n) for n in (1, 2, 3, 4)] == [theme.start for theme in policy.themes]
    assert theme_start(policy, 0) is None
    assert theme_start(policy, 5) is None
    assert theme_start(policy, -1) is None


def test_where_am_i_in_a_quote(policy: Document) -> None:
    theme = policy.themes[1]
    quote = theme.quotes[1]
    where = position_at(policy, quote.start + 5)
    assert where.section is theme
    assert (where.theme_number, where.theme_count) == (2, 4)
    assert where.block is quote
    assert (where.block_number, where.block_count) == (theme.blocks.index(quote) + 1, len(theme.blocks))
    assert (where.quote_number, where.quote_count) == (2, 3)
    assert (where.commitments_number, where.commitments_count) == (0, 1)
    assert where.percent == round(100 * (quote.start + 5) / len(policy.text))


def test_where_am_i_in_a_commitment_list_and_outside_the_themes(policy: Document) -> None:
    theme = policy.themes[3]
    (commitments,) = theme.commitments
    where = position_at(policy, commitments.start)
    assert (where.theme_number, where.commitments_number, where.commitments_count) == (4, 1, 1)
    assert (where.quote_number, where.quote_count) == (0, 3)
    start = position_at(policy, 0)
    assert (start.theme_number, start.theme_count, start.block_number, start.percent) == (0, 4, 1, 0)
    assert start.section is policy.sections[0]
    end = position_at(policy, len(policy.text))
    assert (end.theme_number, end.percent, end.section) == (0, 100, policy.sections[-1])
    assert position_at(policy, -5).percent == 0
    assert position_at(policy, len(policy.text) + 50).percent == 100


def test_search_finds_every_hit_ignoring_case_and_literally() -> None:
    text = "Leg, læring og LEG. Børn leger. b.rn"
    assert find_all(text, "leg") == [(0, 3), (15, 18), (25, 28)]
    assert find_all(text, "b.rn") == [(32, 36)]  # the dot is a dot, not "any letter"
    assert find_all(text, "BØRN") == [(20, 24)]
    assert find_all(text, "") == []
    assert find_all(text, "   ") == []
    assert find_all(text, "skak") == []
