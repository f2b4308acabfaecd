"""égide store."""
