"""égide audit."""
