"""The SQLite state: applications, the append-only evidence log, cursors, source health, artifact ledger.

One file, WAL, mode 0600, versioned schema migrated forward on open. Every write method
commits its own transaction unless called inside `transaction()`, so the engine can commit
evidence and the cursor that produced it together.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from afterview.daemon.errors import StateError
from afterview.daemon.evidence import Application, Evidence, EvidenceKind

ArtifactState = Literal["live", "user", "gone", "removed"]
"""live: ours and unchanged; user: the user edited it (theirs now); gone: the user deleted or
sent it; removed: we removed it because it was no longer wanted."""

MIGRATIONS: tuple[str, ...] = (
    # 1: the initial schema
    """
    CREATE TABLE applications (
        id TEXT PRIMARY KEY,
        company TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        origin TEXT NOT NULL
    );
    CREATE TABLE evidence (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        app_id TEXT REFERENCES applications(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX evidence_app ON evidence(app_id, seq);
    CREATE TABLE cursors (
        source TEXT PRIMARY KEY,
        cursor TEXT NOT NULL,
        full_at TEXT NOT NULL
    );
    CREATE TABLE source_health (
        source TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        last_error TEXT NOT NULL,
        needs_reauth TEXT NOT NULL DEFAULT '',
        next_attempt_at TEXT NOT NULL
    );
    CREATE TABLE artifacts (
        key TEXT PRIMARY KEY,
        app_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        account TEXT NOT NULL,
        ref TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        state TEXT NOT NULL,
        due_at TEXT,
        summary TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX artifacts_app ON artifacts(app_id);
    """,
)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


@dataclass(frozen=True)
class ArtifactRow:
    """One ledger entry: an artifact afterview made, where it lives, and the hash it wrote."""

    key: str
    app_id: str
    kind: str
    account: str
    ref: str
    content_hash: str
    state: ArtifactState
    due_at: datetime | None
    summary: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SourceHealth:
    """How a source (account:calendar, account:mail) fared lately."""

    source: str
    failures: int
    last_error: str
    needs_reauth: str
    next_attempt_at: datetime


def _health(r: sqlite3.Row) -> SourceHealth:
    return SourceHealth(r["source"], r["failures"], r["last_error"], r["needs_reauth"], _dt(r["next_attempt_at"]))


class State:
    """The state database. Use `State.open(path)`; close with `close()` or a with-block."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0

    @classmethod
    def open(cls, path: Path) -> State:
        """Given a file path, opens (creating with mode 0600) and migrates the state; raises StateError."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not path.exists():
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(path, 0o600)
            conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            state = cls(conn, path)
            state._migrate()
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"cannot open state {path}: {exc}") from exc
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.chmod(side, 0o600)
        return state

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StateError(
                f"state {self.path} has schema {version}, newer than this afterview ({len(MIGRATIONS)})",
                hint="upgrade afterview",
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction():
                for statement in script.split(";"):
                    if statement.strip():
                        self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Groups writes into one SQLite transaction (nested calls join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    def _write(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        with self.transaction():
            return self._conn.execute(sql, params)

    # ------------------------------------------------------------ applications

    def applications(self) -> list[Application]:
        rows = self._conn.execute("SELECT * FROM applications ORDER BY created_at, id").fetchall()
        return [
            Application(r["id"], r["company"], r["role"], _dt(r["created_at"]), r["origin"]) for r in rows
        ]

    def add_application(self, app: Application) -> None:
        self._write(
            "INSERT OR IGNORE INTO applications(id, company, role, created_at, origin) VALUES (?,?,?,?,?)",
            (app.id, app.company, app.role, _iso(app.created_at), app.origin),
        )

    def set_application_role(self, app_id: str, role: str) -> None:
        self._write("UPDATE applications SET role=? WHERE id=?", (role, app_id))

    # ------------------------------------------------------------ evidence

    def append(self, item: Evidence) -> bool:
        """Given evidence, stores it unless its key is known; returns True if it was new."""
        cur = self._write(
            "INSERT OR IGNORE INTO evidence(key, app_id, kind, at, recorded_at, data) VALUES (?,?,?,?,?,?)",
            (
                item.key,
                item.app_id,
                item.kind,
                _iso(item.at),
                _iso(item.recorded_at),
                json.dumps(item.data, sort_keys=True, ensure_ascii=False),
            ),
        )
        return cur.rowcount == 1

    def has_evidence(self, key: str) -> bool:
        return self._conn.execute("SELECT 1 FROM evidence WHERE key=?", (key,)).fetchone() is not None

    def evidence(self, app_id: str | None = None, kinds: Sequence[EvidenceKind] = ()) -> list[Evidence]:
        """Returns evidence in the order it was recorded, for one application or all."""
        sql, params = "SELECT * FROM evidence WHERE 1=1", []
        if app_id is not None:
            sql += " AND app_id=?"
            params.append(app_id)
        if kinds:
            sql += f" AND kind IN ({','.join('?' * len(kinds))})"
            params.extend(kinds)
        rows = self._conn.execute(sql + " ORDER BY seq", params).fetchall()
        return [
            Evidence(
                key=r["key"],
                app_id=r["app_id"],
                kind=r["kind"],
                at=_dt(r["at"]),
                recorded_at=_dt(r["recorded_at"]),
                data=json.loads(r["data"]),
                seq=r["seq"],
            )
            for r in rows
        ]

    # ------------------------------------------------------------ cursors and health

    def cursor(self, source: str) -> tuple[str, datetime] | None:
        row = self._conn.execute("SELECT cursor, full_at FROM cursors WHERE source=?", (source,)).fetchone()
        return None if row is None else (row["cursor"], _dt(row["full_at"]))

    def set_cursor(self, source: str, cursor: str, full_at: datetime) -> None:
        self._write(
            "INSERT INTO cursors(source, cursor, full_at) VALUES (?,?,?) "
            "ON CONFLICT(source) DO UPDATE SET cursor=excluded.cursor, full_at=excluded.full_at",
            (source, cursor, _iso(full_at)),
        )

    def clear_cursor(self, source: str) -> None:
        self._write("DELETE FROM cursors WHERE source=?", (source,))

    def health(self) -> list[SourceHealth]:
        rows = self._conn.execute("SELECT * FROM source_health ORDER BY source").fetchall()
        return [_health(r) for r in rows]

    def health_of(self, source: str) -> SourceHealth | None:
        """Returns one source's health record, or None while it is healthy."""
        row = self._conn.execute("SELECT * FROM source_health WHERE source=?", (source,)).fetchone()
        return None if row is None else _health(row)

    def record_failure(
        self, source: str, error: str, next_attempt_at: datetime, needs_reauth: str = ""
    ) -> int:
        """Given a failed source, bumps its failure count and returns the new count."""
        with self.transaction():
            row = self._conn.execute(
                "SELECT failures FROM source_health WHERE source=?", (source,)
            ).fetchone()
            failures = (row["failures"] if row else 0) + 1
            self._conn.execute(
                "INSERT INTO source_health(source, failures, last_error, needs_reauth, next_attempt_at) "
                "VALUES (?,?,?,?,?) ON CONFLICT(source) DO UPDATE SET failures=excluded.failures, "
                "last_error=excluded.last_error, needs_reauth=excluded.needs_reauth, "
                "next_attempt_at=excluded.next_attempt_at",
                (source, failures, error, needs_reauth, _iso(next_attempt_at)),
            )
        return failures

    def record_success(self, source: str) -> None:
        self._write("DELETE FROM source_health WHERE source=?", (source,))

    def forget_auth_failures(self, fix_prefix: str, account: str | None = None) -> list[str]:
        """Given the start of a fix command (and optionally an account), ends the waits it fixes.

        Returns the sources cleared: those waiting for re-authorisation whose recorded fix starts
        with `fix_prefix` (and that belong to `account` when one is given).
        """
        rows = self._conn.execute("SELECT source, needs_reauth FROM source_health WHERE needs_reauth != ''").fetchall()
        cleared = [
            r["source"]
            for r in rows
            if r["needs_reauth"].startswith(fix_prefix)
            and (account is None or r["source"].split(":", 1)[0] == account)
        ]
        with self.transaction():
            for source in cleared:
                self._conn.execute("DELETE FROM source_health WHERE source=?", (source,))
        return cleared

    # ------------------------------------------------------------ artifact ledger

    def artifacts(self, app_id: str | None = None) -> list[ArtifactRow]:
        sql, params = "SELECT * FROM artifacts", []
        if app_id is not None:
            sql += " WHERE app_id=?"
            params.append(app_id)
        rows = self._conn.execute(sql + " ORDER BY created_at, key", params).fetchall()
        return [
            ArtifactRow(
                key=r["key"],
                app_id=r["app_id"],
                kind=r["kind"],
                account=r["account"],
                ref=r["ref"],
                content_hash=r["content_hash"],
                state=r["state"],
                due_at=_dt(r["due_at"]) if r["due_at"] else None,
                summary=r["summary"],
                created_at=_dt(r["created_at"]),
                updated_at=_dt(r["updated_at"]),
            )
            for r in rows
        ]

    def put_artifact(self, row: ArtifactRow) -> None:
        self._write(
            "INSERT INTO artifacts(key, app_id, kind, account, ref, content_hash, state, due_at, summary, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET "
            "ref=excluded.ref, content_hash=excluded.content_hash, state=excluded.state, "
            "due_at=excluded.due_at, summary=excluded.summary, updated_at=excluded.updated_at",
            (
                row.key,
                row.app_id,
                row.kind,
                row.account,
                row.ref,
                row.content_hash,
                row.state,
                _iso(row.due_at) if row.due_at else None,
                row.summary,
                _iso(row.created_at),
                _iso(row.updated_at),
            ),
        )

    def integrity_ok(self) -> bool:
        return bool(self._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
