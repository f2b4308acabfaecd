"""The seeded sources of randomness every template draws from (one per document)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from faker import Faker

T = TypeVar("T")


@dataclass
class Ctx:
    rng: random.Random
    fake: Faker

    @classmethod
    def seeded(cls, seed: int) -> Ctx:
        fake = Faker("fr_FR")
        fake.seed_instance(seed)
        return cls(random.Random(seed), fake)

    def pick(self, options: Sequence[T]) -> T:
        return options[self.rng.randrange(len(options))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p
