"""égide shadow."""
