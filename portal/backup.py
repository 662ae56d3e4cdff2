"""Backup connectors for django-dbbackup (`manage.py dbbackup` / `dbrestore`)."""

from pathlib import Path

from dbbackup.db.sqlite import SqliteBackupConnector
from django.db import connections


class SqliteWalSafeConnector(SqliteBackupConnector):
    """Restores over a WAL-mode database safely: a stale `-wal` file left beside the restored
    file would be replayed over it, so connections are closed and the side files removed."""

    def restore_dump(self, dump):
        connections.close_all()
        path = Path(self.connection.settings_dict["NAME"])
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        super().restore_dump(dump)
