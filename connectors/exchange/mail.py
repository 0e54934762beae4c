"""The Exchange Server mailbox: Inbox and Sent Items read incrementally with SyncFolderItems, owned
drafts saved (never sent) in Drafts, tagged with the `AfterviewKey` extended property.

A draft answering a known message is created with ReplyToItem (SaveOnly), so Exchange files it in
the conversation with the right In-Reply-To/References; it is then tagged and given afterview's
exact text in one UpdateItem. A draft without the tag is the user's and is never read or touched.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from afterview.connectors.base import (
    Capability,
    ConnectorContext,
    Draft,
    Folder,
    MailMessage,
    MailQuery,
    MessageChanges,
    MessageHeader,
    StoredDraft,
)
from afterview.connectors.errors import ConflictError, CursorExpiredError, NotFoundError
from afterview.connectors.exchange.account import parse_options, translate
from afterview.connectors.exchange.convert import (
    DRAFT_FIELDS,
    HEADER_FIELDS,
    aware,
    body_text,
    to_header,
    to_stored_draft,
)
from afterview.connectors.exchange.folders import (
    DISTINGUISHED,
    SENT,
    FolderGone,
    Source,
    UnknownFolderError,
    dump_cursor,
    load_cursor,
    resolve,
)
from afterview.connectors.exchange.session import Session
from afterview.connectors.mime import parse_message

log = logging.getLogger(__name__)
SOURCES: dict[Folder, str] = {"inbox": "inbox", "sent": "sentitems"}


class ExchangeMailbox:
    """The Inbox, Sent Items and Drafts of an Exchange Server mailbox."""

    capabilities: ClassVar[frozenset[str]] = frozenset({Capability.INCREMENTAL_MAIL})

    def __init__(self, session: Session) -> None:
        self.session = session
        self._folder_ids: dict[str, str | None] = {}  # configured path -> folder id, as last read

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given the exchange options (see account.py) and the context, returns the connector.

        Raises ConnectorConfigError; no request is made until the first call.
        """
        return cls(Session(parse_options(options, ctx.account), ctx))

    # ------------------------------------------------------------ reading

    def _read_sync(self, folder_id: str, state: str | None) -> tuple[list[tuple[str, Any]], str]:
        """Given a folder id (or marker) and its state, returns (changes, new state); an invalid state
        restarts this folder alone from scratch (the engine drops mail it has seen by Message-ID)."""
        read = self.session.read
        try:
            return read(lambda: self.session.sync(folder_id, state, ["datetime_received"]))
        except CursorExpiredError:
            if state is None:
                raise
            log.warning("%s: sync state of one mail folder is invalid; reading that folder again",
                        self.session.opts.account)
            return read(lambda: self.session.sync(folder_id, None, ["datetime_received"]))

    def _read_fetch(self, folder: str, ids: list[tuple[str, str | None]], fields: tuple[str, ...]) -> list[Any]:
        return self.session.read(lambda: self.session.fetch(folder, ids, fields))

    def _resolve(self, path: str) -> str | None:
        """Given a configured path, returns its folder id, or None if the mailbox has no such folder."""
        try:
            return self.session.read(lambda: resolve(self.session, path))
        except FolderGone:
            return None

    def _unknown(self, path: str) -> UnknownFolderError:
        opts = self.session.opts
        hint = f"check `folders` of [accounts.{opts.account}] against the folder list in Outlook"
        return UnknownFolderError(path, source=opts.account, hint=hint)

    def _sync_source(self, path: str, known: Source | None, problems: list[str]) -> tuple[Source, list[Any]]:
        """Given a configured path and what the cursor knew of it, returns its new Source and changes.

        A path never seen raises UnknownFolderError when the mailbox lacks it; a folder that was
        read before and is gone now gives a problem line (the other folders go on).
        """
        if path == SENT:
            known = known or Source(DISTINGUISHED["sent"], None)
            changes, sent_state = self._read_sync(str(known.folder_id), known.state)
            return Source(known.folder_id, sent_state), changes
        folder_id: str | None = known.folder_id if known is not None else self._resolve(path)
        state: str | None = known.state if known is not None and known.folder_id == folder_id else None
        if folder_id is None and known is None:
            raise self._unknown(path)
        for _attempt in range(2):
            if folder_id is not None:
                try:
                    changes, new_state = self._read_sync(folder_id, state)
                    return Source(folder_id, new_state), changes
                except FolderGone:
                    pass
            # Moved, renamed or deleted: look the path up again; a new folder there starts from scratch.
            found = self._resolve(path)
            if found is None:
                break
            folder_id, state = found, None
        problems.append(f"mail folder {path!r} is gone from the mailbox (deleted, moved or renamed); "
                        "fix `folders` in the config")
        return Source(None, None), []

    def _read_folders(self) -> list[Any]:
        """Returns Sent Items and every configured folder that exists (ids as last read, else looked up)."""
        folders = [self.session.folder("sentitems")]
        for path in self.session.opts.folders:
            if path not in self._folder_ids:
                self._folder_ids[path] = self._resolve(path)
            folder_id = self._folder_ids[path]
            if folder_id is not None:
                folders.append(self.session.mail_folder(folder_id))
        return folders

    def list_messages(self, cursor: str | None, query: MailQuery) -> MessageChanges:
        """Given a cursor (None: first scan of mail since query.since), returns new headers of the
        configured folders (as "inbox") and Sent Items.

        Raises CursorExpiredError (unreadable cursor), UnknownFolderError (a configured folder the
        mailbox lacks), TransientError, AuthError.
        """
        known = load_cursor(cursor, self.session.opts.account)
        headers: list[MessageHeader] = []
        problems: list[str] = []
        sources: dict[str, Source] = {}
        for path in (SENT, *self.session.opts.folders):
            folder: Folder = "sent" if path == SENT else "inbox"
            old = known.get(path)
            sources[path], changes = self._sync_source(path, old, problems)
            if path != SENT:
                self._folder_ids[path] = sources[path].folder_id
            fresh = old is None or old.state is None or old.folder_id != sources[path].folder_id
            wanted: list[tuple[str, str | None]] = []
            for kind, item in changes:
                if kind != "create":  # updates are flag changes and edits; deletions are not new mail
                    continue
                if fresh and item.datetime_received is not None and \
                        aware(item.datetime_received, self.session.ctx.timezone) < query.since:
                    continue
                wanted.append((item.id, item.changekey))
            fetched = self._read_fetch(SOURCES[folder], wanted, HEADER_FIELDS)
            for (item_id, _), item in zip(wanted, fetched, strict=True):
                if isinstance(item, Exception):
                    continue  # deleted between the sync and the fetch
                try:
                    headers.append(to_header(item, folder))
                except (ValueError, TypeError, AttributeError) as exc:
                    log.warning("%s: unreadable message skipped (%s)", self.session.opts.account, type(exc).__name__)
                    problems.append(f"{folder} item {item_id[-12:]}: unreadable ({type(exc).__name__}); skipped")
        headers.sort(key=lambda h: (h.date, h.ref))
        return MessageChanges(messages=tuple(headers), cursor=dump_cursor(sources), problems=tuple(problems))

    def fetch(self, header: MessageHeader) -> MailMessage:
        """Given a header from list_messages, returns the whole message (its MIME parsed); raises NotFoundError."""
        folder, _, item_id = header.ref.partition("/")
        if folder not in SOURCES or not item_id:
            raise NotFoundError("not an Exchange message ref", source=self.session.opts.account)
        fields = ("mime_content", "body")
        [item] = self._read_fetch(SOURCES[folder], [(item_id, None)], fields)
        if isinstance(item, Exception):
            raise NotFoundError("the message is gone from Exchange", source=self.session.opts.account)
        if item.mime_content:
            return parse_message(bytes(item.mime_content), ref=header.ref, folder=header.folder,
                                 fallback_date=header.date)
        return MailMessage(header=header, text=body_text(item.body))

    # ------------------------------------------------------------ drafts

    def _drafts(self, key: str | None = None) -> list[StoredDraft]:
        def load() -> list[StoredDraft]:
            ids = self.session.owned_ids("drafts", key)
            return [to_stored_draft(i) for i in self.session.fetch("drafts", ids, DRAFT_FIELDS)
                    if not isinstance(i, Exception) and i.afterview_key]

        return self.session.read(load)

    def list_drafts(self) -> list[StoredDraft]:
        """Returns every owned draft (messages with the AfterviewKey property) in Drafts."""
        return self._drafts()

    def find_draft(self, key: str) -> StoredDraft | None:
        """Returns the owned draft with this key, or None."""
        found = self._drafts(key)
        return found[0] if found else None

    def _original(self, message_id: str) -> Any:
        """Returns the message with this Message-ID in a folder afterview reads, or None (one FindItem)."""
        from exchangelib import Q  # type: ignore[import-untyped]
        from exchangelib.folders import FolderCollection  # type: ignore[import-untyped]

        folders = FolderCollection(account=self.session.account, folders=self._read_folders())
        query = Q(message_id=f"<{message_id}>") | Q(message_id=message_id)
        found = list(folders.filter(query).only("id", "changekey")[:1])
        return found[0] if found else None

    def _fill(self, item: Any, draft: Draft) -> list[str]:
        from exchangelib import Body, Mailbox

        item.subject = draft.subject
        item.body = Body(draft.body)
        item.to_recipients = [Mailbox(name=p.name, email_address=p.email) for p in draft.to if p.email]
        return ["subject", "body", "to_recipients"]

    def save_draft(self, draft: Draft) -> StoredDraft:
        """Saves a new owned draft in Drafts (SaveOnly: never sent), in the thread when it answers a
        message Exchange holds; returns the existing one if its key is there."""
        from exchangelib import Body, Message
        from exchangelib.items import AUTO_RESOLVE, ReplyToItem  # type: ignore[import-untyped]
        from exchangelib.properties import ReferenceItemId  # type: ignore[import-untyped]

        existing = self.find_draft(draft.key)
        if existing is not None:
            return existing
        drafts = self.session.folder("drafts")
        with self.session.guarded():
            original = self._original(draft.in_reply_to) if draft.in_reply_to else None
            if original is not None:
                reply = ReplyToItem(account=self.session.account, subject=draft.subject, new_body=Body(""),
                                    reference_item_id=ReferenceItemId(id=original.id, changekey=original.changekey))
                created = reply.save(drafts)
                item = Message(account=self.session.account, folder=drafts, id=created.id,
                               changekey=created.changekey)
                fields = self._fill(item, draft)
                item.afterview_key, item.afterview_app = draft.key, draft.app_id
                item.message_id = f"<{draft.message_id}>"
                item.save(update_fields=[*fields, "afterview_key", "afterview_app", "message_id"],
                          conflict_resolution=AUTO_RESOLVE)
            else:
                item = Message(account=self.session.account, folder=drafts, message_id=f"<{draft.message_id}>",
                               afterview_key=draft.key, afterview_app=draft.app_id)
                self._fill(item, draft)
                if draft.in_reply_to:
                    item.in_reply_to = f"<{draft.in_reply_to}>"
                    item.references = " ".join(f"<{r}>" for r in draft.references) or item.in_reply_to
                item.save()  # Message.save() is CreateItem with SaveOnly
            [stored] = [to_stored_draft(i) for i in self.session.fetch("drafts", [(item.id, None)], DRAFT_FIELDS)]
        return stored

    def _guard(self, ref: str, expected: str, key: str | None) -> Any:
        folder, _, item_id = ref.partition("/")
        if folder != "drafts" or not item_id:
            raise NotFoundError("not an Exchange draft ref", source=self.session.opts.account)
        [item] = self.session.read(lambda: self.session.fetch("drafts", [(item_id, None)], DRAFT_FIELDS))
        if isinstance(item, Exception):
            raise NotFoundError("the draft is gone from Drafts", source=self.session.opts.account)
        if not item.afterview_key:
            raise ConflictError("the draft is not afterview's", source=self.session.opts.account)
        if key is not None and item.afterview_key != key:
            raise ConflictError("the draft holds another key", source=self.session.opts.account)
        if to_stored_draft(item).fingerprint != expected:
            raise ConflictError("the draft was edited since afterview wrote it", source=self.session.opts.account)
        return item

    def update_draft(self, ref: str, draft: Draft, expected: str) -> StoredDraft:
        """Rewrites the owned draft at `ref` in place (same item, same Message-ID) if unchanged since.

        Raises ConflictError (edited, not owned, changed meanwhile), NotFoundError (gone).
        """
        from exchangelib.items import NEVER_OVERWRITE

        item = self._guard(ref, expected, draft.key)
        fields = self._fill(item, draft)
        with self.session.guarded():
            item.save(update_fields=fields, conflict_resolution=NEVER_OVERWRITE)
            [stored] = [to_stored_draft(i) for i in self.session.fetch("drafts", [(item.id, None)], DRAFT_FIELDS)]
        return stored

    def delete_draft(self, ref: str, expected: str) -> None:
        """Moves the owned draft at `ref` to Deleted Items if unchanged since afterview wrote it."""
        from exchangelib.items import MOVE_TO_DELETED_ITEMS

        item = self._guard(ref, expected, None)
        with self.session.guarded():
            [result] = self.session.account.bulk_delete(ids=[(item.id, item.changekey)],
                                                        delete_type=MOVE_TO_DELETED_ITEMS)
        if result is not True:
            with translate(self.session.opts):
                raise result

    def close(self) -> None:
        """Closes the HTTP sessions."""
        self.session.close()
