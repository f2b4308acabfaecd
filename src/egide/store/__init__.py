"""égide store: SQLAlchemy models, sessions and Alembic migrations (SQLite by default, PostgreSQL by URL).

``Database(url, secret_key=…)`` (``egide.app`` builds it from the settings), ``db.migrate()`` once at
start-up, then ``with db.session() as session: …`` per unit of work (``write=True`` when it writes).
"""

from egide.store.base import Base
from egide.store.database import Database, session_secret

__all__ = ["Base", "Database", "session_secret"]
