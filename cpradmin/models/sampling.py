"""The log control's random sample (stikprøve) as pure rules: how many entries per user, which.

The sample is stratified per user ID, so a user with a hundred lookups is checked as surely as
one with a hundred thousand. It must be drawn again identically by an auditor FROM THE SAME
FILES, years later and on another machine, so nothing here depends on database ids (they
follow import order) or on Python's hash randomisation. The algorithm, version
:data:`ALGORITHM`:

1. Count each user ID's entries in the control's scope: ``N``.
2. Each user wants ``n = min(N, max(per_user, ceil(share * N)))`` entries (a missing part
   counts as 0).
3. If the wants add up to more than ``max_total``, users take one entry at a time, in the
   order of ``random.Random(f"{seed}:users").shuffle(sorted user IDs)``, round after round,
   until ``max_total`` is reached: with 3,000 users and a cap of 500, 500 randomly chosen
   users get one entry each, rather than the alphabetically first 250 two each.
4. A user's entries are put in a fixed order that comes from the files alone (see
   ``cpradmin.sampling``: time, then the row's content, then file SHA-256 and line), and
   positions ``0..N-1`` are drawn by a partial Fisher-Yates shuffle driven by
   ``random.Random(f"{seed}:{user_id}")``: step ``i`` takes ``j = randrange(i, N)``. The first
   ``k`` positions drawn are the same whatever ``k`` is, so a capped user gets a prefix of the
   draw it would have had.

``random.Random`` seeded with a text hashes it with SHA-512 (stable since Python 3.2), and
``randrange`` is built on ``getrandbits`` of the Mersenne Twister, whose output Python keeps
stable across versions.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cpradmin.errors import QT_TRANSLATE_NOOP, ValidationError, error

#: Bump when anything above changes: the version is recorded with every control.
ALGORITHM = 1


@dataclass(frozen=True)
class SampleSpec:
    """How big the random sample is: *per_user* entries of each user ID and/or a *share* of
    each user's entries (the larger wins), at most *max_total* in all (None: no cap).

    The defaults (2 per user, at most 500) give the officer a sample that can be justified
    against case files in a working day or two, and still touches every user ID of a small
    or medium authority each quarter.
    """

    per_user: int | None = 2
    share: float | None = None
    max_total: int | None = 500

    def __post_init__(self) -> None:
        if self.per_user is not None and (
            isinstance(self.per_user, bool) or not isinstance(self.per_user, int)
            or self.per_user < 0
        ):
            raise error(ValidationError, QT_TRANSLATE_NOOP(
                "Errors", "The sample's number per user must be a whole number, 0 or more."))
        if self.share is not None and (
            isinstance(self.share, bool) or not isinstance(self.share, int | float)
            or not 0 < self.share <= 1
        ):
            raise error(ValidationError, QT_TRANSLATE_NOOP(
                "Errors", "The sample's share must be above 0 and at most 1 (100%)."))
        if self.max_total is not None and (
            isinstance(self.max_total, bool) or not isinstance(self.max_total, int)
            or self.max_total < 0
        ):
            raise error(ValidationError, QT_TRANSLATE_NOOP(
                "Errors", "The sample's maximum size must be a whole number, 0 or more."))

    @property
    def empty(self) -> bool:
        """Whether this spec asks for no sample at all."""
        return (not self.per_user and not self.share) or self.max_total == 0

    def wanted(self, available: int) -> int:
        """Entries wanted from a user with *available* entries in scope (before the cap)."""
        by_share = math.ceil(self.share * available) if self.share else 0
        return min(available, max(self.per_user or 0, by_share))

    def to_json(self) -> dict[str, Any]:
        return {"per_user": self.per_user, "share": self.share, "max_total": self.max_total,
                "algorithm": ALGORITHM}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SampleSpec:
        return cls(per_user=data.get("per_user"), share=data.get("share"),
                   max_total=data.get("max_total"))


def allocate(spec: SampleSpec, available: Mapping[str, int], seed: int) -> dict[str, int]:
    """How many entries to draw from each user ID (steps 2 and 3 of the module docstring).

    Users that get none are left out. The result does not depend on *available*'s order.
    """
    if spec.empty:
        return {}
    wanted = {user: spec.wanted(count) for user, count in available.items()}
    wanted = {user: n for user, n in wanted.items() if n > 0}
    if spec.max_total is None or sum(wanted.values()) <= spec.max_total:
        return dict(sorted(wanted.items()))
    order = sorted(wanted)
    random.Random(f"{seed}:users").shuffle(order)
    # Round robin in closed form: full rounds up to the highest level that fits the cap,
    # then one more entry each for the first users (in the shuffled order) still wanting.
    low, high = 0, max(wanted.values())
    while low < high:
        level = (low + high + 1) // 2
        if sum(min(n, level) for n in wanted.values()) <= spec.max_total:
            low = level
        else:
            high = level - 1
    given = {user: min(wanted[user], low) for user in order}
    left = spec.max_total - sum(given.values())
    for user in order:
        if left == 0:
            break
        if wanted[user] > low:
            given[user] += 1
            left -= 1
    return {user: n for user, n in sorted(given.items()) if n > 0}


def draw_positions(seed: int, user_id: str, available: int, count: int) -> list[int]:
    """*count* distinct positions out of ``0..available-1``, in the order drawn (step 4)."""
    if count > available or count < 0:
        raise ValueError("cannot draw more positions than there are entries")
    rng = random.Random(f"{seed}:{user_id}")
    moved: dict[int, int] = {}
    drawn = []
    for i in range(count):
        j = rng.randrange(i, available)
        drawn.append(moved.get(j, j))
        moved[j] = moved.get(i, i)
    return drawn
