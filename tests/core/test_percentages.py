"""Whole percentages: rounded, not truncated, and rows of shares add up to 100."""

from hypothesis import given
from hypothesis import strategies as st

from core.percentages import largest_remainder, rounded_percent


def test_rounds_instead_of_truncating():
    assert rounded_percent(16, 24) == 67  # int(66.67) would say 66
    assert rounded_percent(1, 8) == 13  # 12.5 rounds half up, not to even
    assert rounded_percent(1, 3) == 33
    assert rounded_percent(3, 0) == 0


def test_a_row_of_thirds_adds_up_to_100():
    assert largest_remainder([1, 1, 1]) == [34, 33, 33]
    # Rounding each share alone would give 33 + 33 + 33 = 99 (the bug) or 67 + 17 + 17 = 101.
    assert largest_remainder([4, 1, 1]) == [67, 17, 16]  # ties: the larger count, then order
    assert largest_remainder([16, 8]) == [67, 33]


def test_overlapping_shares_are_rounded_one_by_one():
    # Several answers possible: 3 people, options chosen 2 and 2 times.
    assert largest_remainder([2, 2], whole=3) == [67, 67]
    assert largest_remainder([0, 0]) == [0, 0]


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=12))
def test_every_row_adds_up_and_stays_within_one_point(counts):
    shares = largest_remainder(counts)
    total = sum(counts)
    if total == 0:
        assert shares == [0] * len(counts)
        return
    assert sum(shares) == 100
    for count, share in zip(counts, shares, strict=True):
        assert abs(share - 100 * count / total) < 1
