"""SQLAlchemy models, one module per area (governance, audit, shadow)."""
