"""Tests of the place recognisers: addresses, postcodes, communes, establishments."""
