"""Realistic surrogates, one module per family of values.

Each generator takes the original text, the scope context and an attempt number, and returns a
candidate of the same form; the :class:`~egide.transform.operators.surrogate.Surrogate` operator
retries with the next attempt when a candidate is already taken in the scope (no collisions).
"""
