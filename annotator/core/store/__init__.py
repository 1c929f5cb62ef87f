"""The SQLite project file: open/create, schema, migrations, typed queries.

All SQL of the program lives in this package.
"""

from . import keys
from .lock import ProjectLock, read_holder
from .project_store import ProjectStore
from .schema import APPLICATION_ID, SCHEMA_VERSION

__all__ = ["keys", "APPLICATION_ID", "SCHEMA_VERSION", "ProjectLock", "ProjectStore", "read_holder"]
