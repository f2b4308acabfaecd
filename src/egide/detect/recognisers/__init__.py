"""Recognisers, one per file, grouped by country."""
