"""One Exchange account as the connectors use it: the lazily built Account, distinguished folders
addressed without a GetFolder round trip, guarded calls, and owner-tag lookups.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import CursorExpiredError, TransientError
from afterview.connectors.exchange.account import (
    ExchangeOptions,
    build_account,
    register_owner_tags,
    reset_budget,
    translate,
)
from afterview.connectors.exchange.folders import FolderGone

log = logging.getLogger(__name__)
T = TypeVar("T")
READ_RETRIES = 2  # extra attempts for a read that timed out (writes are never repeated blindly)
SYNC_PAGE = 512  # items per SyncFolderItems answer


class Session:
    """The exchangelib Account of one afterview account, built on first use."""

    def __init__(self, opts: ExchangeOptions, ctx: ConnectorContext, account: Any = None) -> None:
        self.opts = opts
        self.ctx = ctx
        self._account = account
        self._folders: dict[str, Any] = {}
        register_owner_tags()

    @property
    def account(self) -> Any:
        if self._account is None:
            self._account = build_account(self.opts, self.ctx.timezone.key)
        return self._account

    def folder(self, name: str) -> Any:
        """Given a distinguished folder name ("calendar", "inbox", "sentitems", "drafts"), returns it.

        The folder is addressed by DistinguishedFolderId, so no GetFolder request is needed.
        """
        if name not in self._folders:
            from exchangelib.folders import (  # type: ignore[import-untyped]
                Calendar,
                Drafts,
                Inbox,
                MsgFolderRoot,
                Root,
                SentItems,
            )
            from exchangelib.properties import DistinguishedFolderId, Mailbox  # type: ignore[import-untyped]

            classes = {"calendar": Calendar, "inbox": Inbox, "sentitems": SentItems, "drafts": Drafts,
                       "msgfolderroot": MsgFolderRoot}
            mailbox = Mailbox(email_address=self.opts.email)
            root = self._folders.get("root")
            if root is None:
                root = self._folders["root"] = Root(
                    account=self.account, _distinguished_id=DistinguishedFolderId(id="root", mailbox=mailbox))
            self._folders[name] = classes[name](
                root=root, _distinguished_id=DistinguishedFolderId(id=name, mailbox=mailbox))
        return self._folders[name]

    def mail_folder(self, folder_id: str) -> Any:
        """Given a folder id or a distinguished marker ("@inbox"), returns the folder (no request)."""
        if folder_id.startswith("@"):
            return self.folder(folder_id[1:])
        from exchangelib.folders import Messages

        return Messages(root=self.folder("inbox").root, id=folder_id)

    def child_folder(self, parent: Any, name: str) -> Any:
        """Given a folder and a display name, returns the direct subfolder so named (any case), or None.

        One FindFolder request with a DisplayName restriction.
        """
        from exchangelib import Q  # type: ignore[import-untyped]
        from exchangelib.folders import SHALLOW, FolderCollection

        found = FolderCollection(account=self.account, folders=[parent]).find_folders(q=Q(name=name), depth=SHALLOW)
        for folder in found:
            if isinstance(folder, Exception):
                continue
            if str(folder.name or "").lower() == name.lower():
                return folder
        return None

    @contextmanager
    def guarded(self) -> Iterator[None]:
        """Runs one connector operation: a fresh retry budget, exchangelib errors translated."""
        with translate(self.opts):
            reset_budget(self.account)
            yield

    def read(self, fn: Callable[[], T]) -> T:
        """Given a read-only operation, returns its result; a timeout is retried with back-off and jitter."""
        for attempt in range(READ_RETRIES + 1):
            try:
                with self.guarded():
                    return fn()
            except TransientError as exc:
                if attempt == READ_RETRIES or exc.retry_after is not None:
                    raise
                delay = min(2.0**attempt, 8.0) * random.uniform(0.5, 1.0)
                log.info("%s: Exchange read failed (%s); retrying in %.1fs", self.opts.account, exc.message, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def sync(self, name: str, state: str | None, fields: Sequence[str]) -> tuple[list[tuple[str, Any]], str]:
        """Given a distinguished folder name, a folder id or marker ("@inbox") and the last sync state
        (None: from scratch), returns (changes, new state).

        Raises CursorExpiredError when the server rejects the state or answers it with garbage,
        FolderGone (folders.py) when the folder no longer exists.
        """
        from exchangelib import errors as ews

        folder = self.folder(name) if name in ("calendar", "inbox", "sentitems", "drafts") else self.mail_folder(name)
        folder.item_sync_state = state  # exchangelib falls back to the folder's last state when given None
        try:
            changes = list(
                folder.sync_items(sync_state=state, only_fields=list(fields), max_changes_returned=SYNC_PAGE)
            )
        except ews.ErrorFolderNotFound:
            raise FolderGone(name) from None
        except ews.ErrorInvalidSyncStateData:
            raise CursorExpiredError("Exchange says the sync state is invalid", source=self.opts.account) from None
        except (ews.MalformedResponseError, ews.SOAPError, AttributeError, TypeError) as exc:
            if not state:
                raise
            # A state the server chokes on is as good as expired: list again from scratch.
            log.warning("%s: malformed sync answer for %s (%s); starting over", self.opts.account, name,
                        type(exc).__name__)
            raise CursorExpiredError("Exchange gave a malformed sync answer", source=self.opts.account) from None
        return changes, str(folder.item_sync_state or "")

    def fetch(self, folder: str, ids: Sequence[tuple[str, str | None]], fields: Sequence[str]) -> list[Any]:
        """Given item ids, returns the items (an exception object in place of one that is gone)."""
        if not ids:
            return []
        return list(self.account.fetch(ids=list(ids), folder=self.folder(folder), only_fields=list(fields)))

    def owned_ids(self, folder: str, key: str | None = None) -> list[tuple[str, str]]:
        """Returns (id, changekey) of the items in `folder` carrying the owner tag (with this key if given)."""
        query = self.folder(folder).filter(afterview_key=key) if key is not None else \
            self.folder(folder).filter(afterview_key__exists=True)
        return [(i.id, i.changekey) for i in query.only("id", "changekey")]

    def close(self) -> None:
        if self._account is not None:
            self._account.protocol.close()
