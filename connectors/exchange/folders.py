"""The mail folders an Exchange mailbox is read from: configured paths resolved to folder ids (FindFolder,
once), each with its own SyncFolderItems state in the mail cursor.

A path is below the message root ("Inbox", "Inbox/Recruiting", "Job search"); a first segment "Inbox"
is the distinguished Inbox whatever its display name in the user's language. Sent Items is always
read, as the source "sent".
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from afterview.connectors.errors import ConnectorConfigError, ConnectorError, CursorExpiredError

CURSOR_VERSION = 2
SENT = "sent"  # the cursor key of Sent Items
DISTINGUISHED = {"inbox": "@inbox", "sent": "@sentitems"}  # folder ids kept as markers, no lookup needed


class UnknownFolderError(ConnectorConfigError, ConnectorError):
    """A configured folder the mailbox does not hold: a config problem (`key` "folders") met while reading,
    so it is also a ConnectorError the engine reports per source without stopping other accounts."""

    def __init__(self, path: str, *, source: str, hint: str) -> None:
        message = f"folders: the Exchange mailbox has no folder {path!r}"
        ConnectorError.__init__(self, message, source=source, hint=hint)
        self.key = "folders"
        self.path = path


class FolderGone(Exception):
    """Raised inside the connector when a stored folder id no longer exists (deleted, or moved away)."""


def parse_folders(value: Any) -> tuple[str, ...]:
    """Given the `folders` option (None: default), returns the normalised paths; raises ConnectorConfigError."""
    if value is None:
        return ("Inbox",)
    if isinstance(value, str) or not isinstance(value, Sequence) or not value:
        raise ConnectorConfigError("folders", 'must be a non-empty list of folder paths, e.g. ["Inbox", "Inbox/Jobs"]')
    paths: list[str] = []
    for raw in value:
        if not isinstance(raw, str) or not raw.strip("/ "):
            raise ConnectorConfigError("folders", "each folder must be a non-empty path like \"Inbox/Recruiting\"")
        segments = [s.strip() for s in raw.strip("/ ").split("/")]
        if any(not s for s in segments):
            raise ConnectorConfigError("folders", f"{raw!r} has an empty path segment")
        path = "/".join(segments)
        if path.lower() in ("sent items", "drafts"):
            raise ConnectorConfigError("folders", f"{raw!r}: Sent Items is always read and Drafts never is")
        if path.lower() not in {p.lower() for p in paths}:
            paths.append(path)
    return tuple(paths)


@dataclass
class Source:
    """One folder read incrementally: its id (or a distinguished marker; None: not found) and sync state."""

    folder_id: str | None
    state: str | None


def load_cursor(cursor: str | None, source: str) -> dict[str, Source]:
    """Given a mail cursor (None: first scan), returns path -> Source ("sent" for Sent Items).

    Raises CursorExpiredError for a cursor this version cannot read. A version 1 cursor (Inbox and
    Sent Items only) is carried over.
    """
    if cursor is None:
        return {}
    try:
        blob = json.loads(cursor)
        if blob["v"] == 1 and set(blob["s"]) == {"inbox", "sent"}:
            return {"Inbox": Source(DISTINGUISHED["inbox"], str(blob["s"]["inbox"])),
                    SENT: Source(DISTINGUISHED["sent"], str(blob["s"]["sent"]))}
        if blob["v"] != CURSOR_VERSION or not isinstance(blob["f"], Mapping):
            raise ValueError("version")
        out: dict[str, Source] = {}
        for path, (folder_id, state) in blob["f"].items():
            out[str(path)] = Source(None if folder_id is None else str(folder_id),
                                    None if state is None else str(state))
        return out
    except (ValueError, TypeError, KeyError, AttributeError):
        raise CursorExpiredError("Exchange mail cursor not usable", source=source) from None


def dump_cursor(sources: Mapping[str, Source]) -> str:
    """Given path -> Source, returns the cursor text."""
    blob = {"v": CURSOR_VERSION, "f": {p: [s.folder_id, s.state] for p, s in sources.items()}}
    return json.dumps(blob, separators=(",", ":"), ensure_ascii=False)


def resolve(session: Any, path: str) -> str:
    """Given a Session and a folder path, returns the folder id (a marker for the Inbox itself).

    Raises FolderGone when a segment has no matching folder. One FindFolder per segment below
    the Inbox or the message root.
    """
    segments = path.split("/")
    if segments[0].lower() == "inbox":
        if len(segments) == 1:
            return DISTINGUISHED["inbox"]
        parent, rest = session.folder("inbox"), segments[1:]
    else:
        parent, rest = session.folder("msgfolderroot"), segments
    for name in rest:
        parent = session.child_folder(parent, name)
        if parent is None:
            raise FolderGone(path)
    return str(parent.id)
