"""égide: generative AI for French health establishments without leaking patient data."""

__version__ = "0.1.0"
