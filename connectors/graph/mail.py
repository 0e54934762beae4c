"""GraphMailbox: Inbox and Sent Items through message delta; owned drafts in Drafts; never sends.

A reply draft is made with `createReply` on the message it answers (found by its
internetMessageId), so Outlook threads it; other drafts are POSTed to /me/messages.
Drafts carry afterview's owner property and are found by a `$filter` on it; the user's
own drafts are never listed or touched. Nothing here calls `send` or `sendMail`, and the
token never holds Mail.Send.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, ClassVar, Self
from urllib.parse import quote

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
from afterview.connectors.errors import ConflictError, ConnectorError, CursorExpiredError, NotFoundError
from afterview.connectors.graph.events import OWNER_EXPAND, PREFER_UTC_TEXT, odata_quote, owner_filter
from afterview.connectors.graph.messages import (
    DRAFT_SELECT,
    HEADER_SELECT,
    draft_body,
    stored_draft,
    to_header,
    utc_filter_time,
)
from afterview.connectors.graph.options import build_session, check_options
from afterview.connectors.graph.session import GraphSession
from afterview.connectors.mime import MAX_RAW_BYTES, parse_message

FOLDERS: dict[Folder, str] = {"inbox": "inbox", "sent": "sentitems"}
_CURSOR_PREFIX = "graphmail1:"
_PAGE = "odata.maxpagesize=100"


def _dump(links: Mapping[str, str]) -> str:
    blob = json.dumps(dict(links), separators=(",", ":")).encode()
    return _CURSOR_PREFIX + base64.urlsafe_b64encode(zlib.compress(blob, 9)).decode("ascii")


def _load(cursor: str, account: str) -> dict[str, str]:
    try:
        if not cursor.startswith(_CURSOR_PREFIX):
            raise ValueError("prefix")
        links = json.loads(zlib.decompress(base64.urlsafe_b64decode(cursor[len(_CURSOR_PREFIX):])))
        if not isinstance(links, dict) or set(links) != set(FOLDERS):
            raise ValueError("shape")
        return {str(k): str(v) for k, v in links.items()}
    except (ValueError, TypeError, zlib.error, binascii.Error):
        raise CursorExpiredError("the Graph mail cursor is unreadable", source=account) from None


def _path(ref: str) -> str:
    return f"me/messages/{quote(ref, safe='')}"


class GraphMailbox:
    """An Outlook mailbox through Microsoft Graph: reads Inbox and Sent Items, writes owned drafts."""

    capabilities: ClassVar[frozenset[str]] = frozenset({Capability.INCREMENTAL_MAIL})

    def __init__(self, session: GraphSession, ctx: ConnectorContext) -> None:
        self.session = session
        self.ctx = ctx

    @classmethod
    def from_options(cls, options: Mapping[str, Any], ctx: ConnectorContext) -> Self:
        """Given {client_id?, tenant?, authority_host?, graph_url?}, returns it; raises ConnectorConfigError."""
        check_options(options)
        return cls(build_session(options, ctx), ctx)

    # ------------------------------------------------------------ reading mail

    def list_messages(self, cursor: str | None, query: MailQuery) -> MessageChanges:
        """Given a cursor (None: first scan since query.since), returns new Inbox and Sent headers.

        One delta request per folder when nothing changed; raises CursorExpiredError on 410.
        """
        links = _load(cursor, self.ctx.account) if cursor is not None else {}
        headers: list[MessageHeader] = []
        problems: list[str] = []
        new_links: dict[str, str] = {}
        prefer = {"Prefer": _PAGE}
        for label, well_known in FOLDERS.items():
            if cursor is None:
                path = f"me/mailFolders/{well_known}/messages/delta"
                params: dict[str, str] | None = {
                    "$select": HEADER_SELECT, "$filter": f"receivedDateTime ge {utc_filter_time(query.since)}"}
            else:
                path, params = links[label], None
            link = ""
            for page in self.session.pages(path, params, prefer):
                for item in page.get("value") or ():
                    if not isinstance(item, dict) or "@removed" in item or item.get("isDraft"):
                        continue
                    header = to_header(item, label)
                    if header is None:
                        problems.append(f"{label}/{str(item.get('id'))[:16]}…: no readable date; skipped")
                    elif cursor is not None or header.date >= query.since:
                        headers.append(header)
                link = str(page.get("@odata.deltaLink") or link)
            if not link:
                raise CursorExpiredError("Graph gave no delta link for mail", source=self.ctx.account)
            new_links[label] = link
        headers.sort(key=lambda h: (h.date, h.ref))
        return MessageChanges(messages=tuple(headers), cursor=_dump(new_links), problems=tuple(problems))

    def fetch(self, header: MessageHeader) -> MailMessage:
        """Given a header from list_messages, returns the message parsed from its MIME; raises NotFoundError."""
        response = self.session.request("GET", f"{_path(header.ref)}/$value")
        data = response.content[:MAX_RAW_BYTES + 1]
        parsed = parse_message(data, ref=header.ref, folder=header.folder, fallback_date=header.date)
        return replace(parsed, header=header)

    # ------------------------------------------------------------ drafts

    def _owned_items(self, key: str | None = None) -> list[dict[str, Any]]:
        params = {"$filter": owner_filter(key), "$expand": OWNER_EXPAND, "$select": DRAFT_SELECT}
        found: list[dict[str, Any]] = []
        for page in self.session.pages("me/mailFolders/drafts/messages", params, {"Prefer": PREFER_UTC_TEXT}):
            found.extend(i for i in page.get("value") or () if isinstance(i, dict))
        return found

    def list_drafts(self) -> list[StoredDraft]:
        """Returns every owned draft in the Drafts folder (one per key)."""
        by_key: dict[str, StoredDraft] = {}
        for item in self._owned_items():
            stored = stored_draft(item)
            if stored is not None:
                by_key.setdefault(stored.key, stored)
        return list(by_key.values())

    def find_draft(self, key: str) -> StoredDraft | None:
        """Given an idempotency key, returns the owned draft holding it, or None."""
        for item in self._owned_items(key):
            stored = stored_draft(item)
            if stored is not None and stored.key == key:
                return stored
        return None

    def _original(self, message_id: str) -> str | None:
        params = {"$filter": f"internetMessageId eq {odata_quote(f'<{message_id}>')}", "$select": "id,isDraft"}
        page = self.session.get("me/messages", params)
        for item in page.get("value") or ():
            if isinstance(item, dict) and item.get("id") and not item.get("isDraft"):
                return str(item["id"])
        return None

    def save_draft(self, draft: Draft) -> StoredDraft:
        """Saves a new owned draft (a createReply when it answers a known message), never sending it.

        Returns the existing one unchanged if a draft holds this key.
        """
        existing = self.find_draft(draft.key)
        if existing is not None:
            return existing
        body = draft_body(draft)
        headers = {"Prefer": PREFER_UTC_TEXT}
        original = self._original(draft.in_reply_to) if draft.in_reply_to else None
        if original is not None:
            item = self.session.send("POST", f"{_path(original)}/createReply", {"message": body}, headers)
            stored = self._stored(item, body)
            if stored.fingerprint != draft.fingerprint() or stored.message_id != draft.message_id:
                # Graph may keep its quoted reply text: write ours over it, in place.
                item = self.session.send("PATCH", _path(stored.ref), body, headers)
                stored = self._stored({"id": stored.ref, **item}, body)
            return stored
        item = self.session.send("POST", "me/messages", body, headers)
        return self._stored(item, body)

    def _stored(self, item: dict[str, Any], body: dict[str, Any]) -> StoredDraft:
        # Writes do not echo extended properties: the ones just written are what Graph holds.
        merged = {**item, "singleValueExtendedProperties": body["singleValueExtendedProperties"]}
        stored = stored_draft(merged)
        if stored is None or not stored.ref:
            raise ConnectorError("Graph's answer lacks the draft's id", source=self.ctx.account)
        return stored

    def _current(self, ref: str, expected: str) -> tuple[StoredDraft, str]:
        item = self.session.get(
            _path(ref), {"$expand": OWNER_EXPAND, "$select": DRAFT_SELECT + ",parentFolderId"},
            {"Prefer": PREFER_UTC_TEXT},
        )
        if not item.get("isDraft", True):
            raise NotFoundError("the draft was sent", source=self.ctx.account)
        stored = stored_draft(item)
        if stored is None:
            raise ConflictError("the draft is no longer afterview's (owner property gone)", source=self.ctx.account)
        if stored.fingerprint != expected:
            raise ConflictError("the draft was edited since afterview wrote it", source=self.ctx.account)
        return stored, str(item.get("@odata.etag") or "")

    def update_draft(self, ref: str, draft: Draft, expected: str) -> StoredDraft:
        """Rewrites the owned draft at `ref` in place (same Message-ID) if its fingerprint is `expected`.

        Raises ConflictError if it changed, is not owned or holds another key; NotFoundError if gone.
        """
        current, etag = self._current(ref, expected)
        if current.key != draft.key:
            raise ConflictError("the draft at this ref has another key", source=self.ctx.account)
        body = draft_body(draft, current.message_id or None)
        headers = {"Prefer": PREFER_UTC_TEXT, **({"If-Match": etag} if etag else {})}
        item = self.session.send("PATCH", _path(ref), body, headers)
        return self._stored({"id": ref, **item}, body)

    def delete_draft(self, ref: str, expected: str) -> None:
        """Removes the owned draft at `ref` if its fingerprint is `expected`; raises as update does."""
        _, etag = self._current(ref, expected)
        self.session.send("DELETE", _path(ref), None, {"If-Match": etag} if etag else None)

    def close(self) -> None:
        """Releases the HTTP connections."""
        self.session.close()
