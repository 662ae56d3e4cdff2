"""Whole percentages that add up.

Truncating (`int(100 * a / b)`) shows 16 of 24 as 66 % and makes a row add up to 98 %;
rounding each share on its own can make it 101 %. A row of shares of one whole (the answers
to a single-choice question, the languages of a year's registrations) is rounded by the
largest-remainder method: every share is first rounded down, then the points still missing
to 100 go to the shares with the largest remainders (ties: the larger count, then the earlier
position, so the result never depends on dictionary order). Shares that may overlap (several
answers possible) do not add up to 100 anyway and are rounded half up one by one."""

from collections.abc import Sequence
from fractions import Fraction


def rounded_percent(part: int, whole: int) -> int:
    """`part` of `whole` in whole percent, rounded half up (0 for an empty whole)."""
    if whole <= 0:
        return 0
    # Integer arithmetic: round(66.5) would round half to even, and floats carry noise.
    return (200 * part + whole) // (2 * whole)


def largest_remainder(counts: Sequence[int], whole: int | None = None) -> list[int]:
    """Whole percentages for `counts` as shares of `whole` (default: their sum).

    When the counts make up the whole, the result adds up to exactly 100; when they do not
    (overlapping shares, or part of the whole unaccounted for), each is rounded on its own."""
    total = sum(counts) if whole is None else whole
    if total <= 0:
        return [0 for _count in counts]
    if sum(counts) != total:
        return [rounded_percent(count, total) for count in counts]
    exact = [Fraction(100 * count, total) for count in counts]
    floors = [int(share) for share in exact]
    missing = 100 - sum(floors)
    order = sorted(
        range(len(counts)),
        key=lambda i: (-(exact[i] - floors[i]), -counts[i], i),
    )
    for index in order[:missing]:
        floors[index] += 1
    return floors
