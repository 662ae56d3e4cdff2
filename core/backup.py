"""Backup connectors for django-dbbackup (`manage.py dbbackup` / `dbrestore`)."""

import sqlite3
import tempfile
from pathlib import Path
from shutil import copyfileobj

from dbbackup.db.sqlite import SqliteBackupConnector


class SqliteWalSafeConnector(SqliteBackupConnector):
    """Restores through SQLite's online backup API into the open database, instead of writing
    over the file: with WAL, overwriting the file under open connections (or beside a stale
    `-wal` file) corrupts it, while the backup API replaces the content in one transaction."""

    def restore_dump(self, dump):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "restore.sqlite3"
            with open(path, "wb") as file:
                copyfileobj(dump, file)
            self.connection.ensure_connection()
            source = sqlite3.connect(path)
            try:
                source.backup(self.connection.connection)
            finally:
                source.close()
