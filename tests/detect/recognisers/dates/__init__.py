"""Tests of the date, date-of-birth and age recognisers."""
