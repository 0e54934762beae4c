"""The maildir connector's options, checked and resolved to folders on disk."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from afterview.connectors.errors import ConnectorConfigError, ConnectorError
from afterview.connectors.maildir_fs import (
    DRAFT_NAMES,
    INBOX_NAMES,
    SENT_NAMES,
    Layout,
    detect_layout,
    folder_path,
    is_maildir,
    list_folders,
    make_maildir,
    pick_folder,
)
from afterview.connectors.options import check_known, flag, required_text, text

OPTIONS = ("path", "layout", "inbox", "sent", "drafts", "create")


@dataclass(frozen=True)
class MaildirFolders:
    """Where a configured Maildir keeps its inbox, sent mail (None: not found) and drafts."""

    root: Path
    layout: Layout
    inbox: Path
    sent: Path | None
    drafts: Path


def resolve_options(options: Mapping[str, Any]) -> MaildirFolders:
    """Given {path, layout, inbox, sent, drafts, create}, returns the folders; raises ConnectorConfigError."""
    check_known(options, OPTIONS, "maildir")
    raw_path = required_text(options, "path", "the Maildir root folder is required")
    root = Path(os.path.expanduser(raw_path))
    if not root.is_dir():
        raise ConnectorConfigError("path", f"{root} is not a folder")
    create = flag(options, "create")
    layout_opt = text(options, "layout") or "auto"
    if layout_opt not in ("auto", "maildir++", "verbatim"):
        raise ConnectorConfigError("layout", 'must be "auto", "maildir++" or "verbatim"')
    layout = detect_layout(root) if layout_opt == "auto" else cast(Layout, layout_opt)
    existing = list_folders(root, layout)
    return MaildirFolders(
        root=root,
        layout=layout,
        inbox=_inbox(root, layout, existing, text(options, "inbox")),
        sent=_sent(root, layout, existing, text(options, "sent")),
        drafts=_drafts(root, layout, existing, text(options, "drafts"), create),
    )


def _inbox(root: Path, layout: Layout, existing: dict[str, Path], name: str | None) -> Path:
    if name is None:
        found = root if is_maildir(root) else pick_folder(existing, INBOX_NAMES)
        if found is None:
            raise ConnectorConfigError("inbox", f"{root} holds no cur/ and new/ and no INBOX folder")
        return found
    if layout == "maildir++" and name.upper() == "INBOX" and is_maildir(root):
        return root
    path = folder_path(root, layout, name)
    if not is_maildir(path):
        raise ConnectorConfigError("inbox", f"no Maildir folder {name!r} at {path}")
    return path


def _sent(root: Path, layout: Layout, existing: dict[str, Path], name: str | None) -> Path | None:
    if name is None:
        return pick_folder(existing, SENT_NAMES)
    path = folder_path(root, layout, name)
    if not is_maildir(path):
        raise ConnectorConfigError("sent", f"no Maildir folder {name!r} at {path}")
    return path


def _drafts(root: Path, layout: Layout, existing: dict[str, Path], name: str | None, create: bool) -> Path:
    path = pick_folder(existing, DRAFT_NAMES) if name is None else folder_path(root, layout, name)
    if path is not None and is_maildir(path):
        return path
    if not create:
        shown = name or "Drafts"
        raise ConnectorConfigError("drafts", f"no Maildir folder {shown!r} under {root} (set create = true)")
    path = path or folder_path(root, layout, "Drafts")
    try:
        make_maildir(path, subfolder=layout == "maildir++")
    except ConnectorError as exc:
        raise ConnectorConfigError("drafts", exc.message) from exc
    return path
