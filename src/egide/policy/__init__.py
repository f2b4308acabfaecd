"""égide policy."""
