"""égide governance."""
