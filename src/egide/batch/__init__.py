"""égide batch."""
