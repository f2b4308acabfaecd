"""Helpers shared by the benchmarks (not benchmarks themselves: ``python -m bench`` skips this package)."""
