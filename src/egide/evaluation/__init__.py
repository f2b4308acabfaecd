"""égide evaluation."""
