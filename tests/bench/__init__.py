"""Tests of the benchmark corpus."""
