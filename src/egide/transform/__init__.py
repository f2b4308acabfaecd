"""égide transform."""
