"""égide gateway."""
