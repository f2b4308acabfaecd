"""Alembic migrations of the égide schema (run by ``Database.migrate``)."""
