"""Tests of egide.evaluation."""
