"""égide console."""
