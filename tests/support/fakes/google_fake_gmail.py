"""The Gmail v1 half of the fake: messages with labels and threads, drafts, history ids, search.

Threading follows Gmail's rules: a draft joins the `threadId` it names only when its
In-Reply-To/References name a message of that thread and the subjects match (after Re:/Fwd:);
delivered mail joins a thread the same way. Updating a draft gives it a new message id, as
Gmail does. `q` understands the operators the connector uses (after:, before:, in:, label:,
from:, to:, cc:, subject:, rfc822msgid:, {OR groups}, -negation, words and "phrases");
any other operator is reported as not implemented, which fails the test.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes
from email import policy as email_policy
from email.header import decode_header, make_header
from email.parser import BytesHeaderParser
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from typing import Any

from fakes.google_errors import ApiError, invalid, not_found, stale_history

Result = tuple[int, Any, dict[str, str]]
_LABELS = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "draft": "DRAFT", "spam": "SPAM",
           "trash": "TRASH", "chats": "CHAT", "starred": "STARRED", "unread": "UNREAD", "important": "IMPORTANT"}
_TOKEN = re.compile(r'-?\{|\}|-?[A-Za-z0-9_]+:"[^"]*"|-?[A-Za-z0-9_]+:[^\s{}]+|-?"[^"]*"|[^\s{}]+')
_HISTORY_KEYS = {"messageAdded": "messagesAdded", "messageDeleted": "messagesDeleted",
                 "labelAdded": "labelsAdded", "labelRemoved": "labelsRemoved"}
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg)\s*:\s*)+", re.IGNORECASE)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _decoded(value: str) -> str:
    try:
        return " ".join(str(make_header(decode_header(value))).split())
    except Exception:
        return " ".join(value.split())


def _ids(value: str | None) -> list[str]:
    return re.findall(r"<([^<>\s]+)>", value or "")


def norm_subject(subject: str) -> str:
    return _SUBJECT_PREFIX.sub("", subject).strip().lower()


@dataclass
class Msg:
    """One stored message: Gmail id, thread, labels, raw RFC 2822 bytes, internal date (ms)."""

    id: str
    thread_id: str
    labels: list[str]
    raw: bytes
    internal_ms: int
    history_id: int
    headers: list[tuple[str, str]] = field(default_factory=list)

    def header(self, name: str) -> str:
        return " ".join(v for k, v in self.headers if k.lower() == name.lower())

    @property
    def message_id(self) -> str:
        found = _ids(self.header("Message-ID"))
        return found[0] if found else ""

    def text(self) -> str:
        msg = message_from_bytes(self.raw, policy=email_policy.default)
        body = msg.get_body(("plain", "html")) if hasattr(msg, "get_body") else None
        return str(body.get_content()) if body is not None else ""


class GmailStore:
    """One user's mailbox as Gmail holds it."""

    def __init__(self, *, email: str) -> None:
        self.email = email
        self.messages: dict[str, Msg] = {}
        self.drafts: dict[str, str] = {}  # draft id -> message id
        self.history: list[dict[str, Any]] = []
        self._hid = itertools.count(1000)
        self.history_id = next(self._hid)
        self.min_history = 0
        self.queries: list[str] = []  # every messages.list q, to check the first scan is bounded

    # ------------------------------------------------------------ user-side controls

    def _new(self, raw: bytes, labels: list[str], thread: str | None = None, when_ms: int | None = None) -> Msg:
        headers = [(k, _decoded(str(v))) for k, v in BytesHeaderParser().parsebytes(raw).items()]
        msg = Msg(id=secrets.token_hex(8), thread_id="", labels=labels, raw=raw,
                  internal_ms=when_ms if when_ms is not None else int(time.time() * 1000),
                  history_id=0, headers=headers)
        msg.thread_id = self._thread_for(msg, thread)
        if when_ms is None:
            date = msg.header("Date")
            if date:
                with contextlib.suppress(TypeError, ValueError):
                    msg.internal_ms = int(parsedate_to_datetime(date).timestamp() * 1000)
        self.messages[msg.id] = msg
        self._record("messagesAdded", msg)
        return msg

    def _thread_for(self, msg: Msg, requested: str | None) -> str:
        refs = set(_ids(msg.header("In-Reply-To"))) | set(_ids(msg.header("References")))
        subject = norm_subject(msg.header("Subject"))
        for other in self.messages.values():
            if requested is not None and other.thread_id != requested:
                continue
            if other.message_id in refs and norm_subject(other.header("Subject")) == subject:
                return other.thread_id
        return msg.id

    def _record(self, kind: str, msg: Msg) -> None:
        self.history_id = next(self._hid)
        msg.history_id = self.history_id
        entry = {"id": str(self.history_id), "messages": [{"id": msg.id, "threadId": msg.thread_id}],
                 kind: [{"message": {"id": msg.id, "threadId": msg.thread_id, "labelIds": list(msg.labels)}}]}
        self.history.append(entry)

    def deliver(self, raw: bytes, folder: str = "inbox") -> str:
        """Adds mail as arriving (inbox) or as sent by the user from another client (sent); returns its id."""
        labels = ["SENT"] if folder == "sent" else ["INBOX", "UNREAD", "CATEGORY_PERSONAL"]
        return self._new(raw, labels).id

    def _delete_message(self, message_id: str) -> None:
        msg = self.messages.pop(message_id)
        self._record("messagesDeleted", msg)

    def add_user_draft(self, raw: bytes) -> str:
        return self._create_draft(raw, None)

    def user_edit_draft(self, draft_id: str, raw: bytes) -> None:
        old = self.messages[self.drafts[draft_id]]
        self._delete_message(old.id)
        self.drafts[draft_id] = self._new(raw, ["DRAFT"], thread=old.thread_id).id

    def user_delete_draft(self, draft_id: str) -> None:
        self._delete_message(self.drafts.pop(draft_id))

    def user_send_draft(self, draft_id: str, when: datetime | None = None) -> str:
        """Sends a draft as the Gmail app does: the draft goes, a SENT message (dated `when`) in its thread appears."""
        old = self.messages[self.drafts.pop(draft_id)]
        self._delete_message(old.id)
        raw = old.raw
        if when is not None:
            msg = message_from_bytes(raw, policy=email_policy.default)
            del msg["Date"]
            msg["Date"] = format_datetime(when)
            raw = msg.as_bytes()
        return self._new(raw, ["SENT"], thread=old.thread_id).id

    def expire_history(self) -> None:
        """Makes every history id issued so far too old (Gmail keeps history for about a week)."""
        self.min_history = self.history_id + 1

    def draft_message(self, draft_id: str) -> Msg:
        return self.messages[self.drafts[draft_id]]

    def thread_of(self, message_id_header: str) -> str:
        return next(m.thread_id for m in self.messages.values() if m.message_id == message_id_header)

    # ------------------------------------------------------------ API

    def dispatch(self, method: str, args: dict[str, Any], body: Any, headers: dict[str, str]) -> Result:
        name = method.removeprefix("gmail.users.")
        if args.get("userId") not in ("me", self.email):
            raise ApiError(403, "forbidden", "Delegation denied for " + self.email)
        if name == "getProfile":
            return 200, {"emailAddress": self.email, "messagesTotal": len(self.messages),
                         "threadsTotal": len({m.thread_id for m in self.messages.values()}),
                         "historyId": str(self.history_id)}, {}
        if name == "messages.list":
            return 200, self._list_messages(args), {}
        if name == "messages.get":
            msg = self.messages.get(args["id"])
            if msg is None:
                raise not_found()
            return 200, self._resource(msg, args), {}
        if name == "history.list":
            return 200, self._history(args), {}
        if name.startswith("drafts."):
            return self._drafts(name, args, body)
        raise NotImplementedError(method)

    def _resource(self, msg: Msg, args: dict[str, Any]) -> dict[str, Any]:
        fmt = args.get("format", "full")
        out: dict[str, Any] = {"id": msg.id, "threadId": msg.thread_id, "labelIds": list(msg.labels),
                               "snippet": msg.text()[:100], "sizeEstimate": len(msg.raw),
                               "historyId": str(msg.history_id), "internalDate": str(msg.internal_ms)}
        if fmt == "raw":
            out["raw"] = b64(msg.raw)
        elif fmt == "metadata":
            wanted = {h.lower() for h in _list(args.get("metadataHeaders"))}
            kept = [{"name": k, "value": v} for k, v in msg.headers if not wanted or k.lower() in wanted]
            out["payload"] = {"partId": "", "mimeType": "text/plain", "filename": "", "headers": kept,
                              "body": {"size": 0}}
        elif fmt != "minimal":
            raise NotImplementedError(f"messages format={fmt}")
        return out

    def _page(self, items: list[Any], args: dict[str, Any], default: int) -> tuple[list[Any], str | None]:
        size = min(int(args.get("maxResults", default)), 500)
        offset = int(args.get("pageToken", 0))
        token = str(offset + size) if offset + size < len(items) else None
        return items[offset: offset + size], token

    def _list_messages(self, args: dict[str, Any]) -> dict[str, Any]:
        self.queries.append(str(args.get("q", "")))
        found = [m for m in self.messages.values() if self._visible(m, args)]
        found.sort(key=lambda m: (-m.internal_ms, m.id))
        page, token = self._page(found, args, 100)
        out: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            out["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
        if token:
            out["nextPageToken"] = token
        return out

    def _visible(self, msg: Msg, args: dict[str, Any]) -> bool:
        if args.get("includeSpamTrash") != "true" and {"SPAM", "TRASH"} & set(msg.labels):
            return False
        if not all(label in msg.labels for label in _list(args.get("labelIds"))):
            return False
        return search(msg, str(args.get("q", "")))

    def _history(self, args: dict[str, Any]) -> dict[str, Any]:
        if "startHistoryId" not in args:
            raise invalid("startHistoryId is required")
        start = int(args["startHistoryId"])
        if start < self.min_history:
            raise stale_history()
        kinds = [_HISTORY_KEYS[k] for k in _list(args.get("historyTypes"))]
        entries = [h for h in self.history if int(h["id"]) > start
                   and (not kinds or any(k in h for k in kinds))]
        label = args.get("labelId")
        if label:
            entries = [h for h in entries if any(label in item["message"]["labelIds"]
                                                 for k in ("messagesAdded", "messagesDeleted")
                                                 for item in h.get(k, []))]
        page, token = self._page(entries, args, 100)
        out: dict[str, Any] = {"historyId": str(self.history_id)}
        if page:
            out["history"] = page
        if token:
            out["nextPageToken"] = token
        return out

    # ------------------------------------------------------------ drafts

    def _create_draft(self, raw: bytes, thread: str | None) -> str:
        draft_id = "r" + str(secrets.randbelow(10**18))
        self.drafts[draft_id] = self._new(raw, ["DRAFT"], thread=thread).id
        return draft_id

    def _draft_resource(self, draft_id: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        msg = self.messages[self.drafts[draft_id]]
        if args is None:
            return {"id": draft_id, "message": {"id": msg.id, "threadId": msg.thread_id, "labelIds": msg.labels}}
        return {"id": draft_id, "message": self._resource(msg, args)}

    def _drafts(self, name: str, args: dict[str, Any], body: Any) -> Result:
        if name == "drafts.list":
            found = [d for d, m in self.drafts.items() if search(self.messages[m], str(args.get("q", "")))]
            page, token = self._page(found, args, 100)
            out: dict[str, Any] = {"resultSizeEstimate": len(found)}
            if page:
                out["drafts"] = [{"id": d, "message": {"id": self.drafts[d],
                                                       "threadId": self.messages[self.drafts[d]].thread_id}}
                                 for d in page]
            if token:
                out["nextPageToken"] = token
            return 200, out, {}
        if name == "drafts.create":
            message = body.get("message", {})
            if "raw" not in message:
                raise invalid("Missing draft message")
            draft_id = self._create_draft(unb64(message["raw"]), message.get("threadId"))
            return 200, self._draft_resource(draft_id), {}
        draft_id = args["id"]
        if draft_id not in self.drafts:
            raise not_found()
        if name == "drafts.get":
            return 200, self._draft_resource(draft_id, args), {}
        if name == "drafts.delete":
            self.user_delete_draft(draft_id)
            return 204, None, {}
        if name == "drafts.update":
            message = body.get("message", {})
            if "raw" not in message:
                raise invalid("Missing draft message")
            self._delete_message(self.drafts[draft_id])
            self.drafts[draft_id] = self._new(unb64(message["raw"]), ["DRAFT"], thread=message.get("threadId")).id
            return 200, self._draft_resource(draft_id), {}
        raise NotImplementedError("gmail." + name)


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# ---------------------------------------------------------------- search


def search(msg: Msg, query: str) -> bool:
    """Given a message and a Gmail query, returns whether it matches (AND of terms; {..} is OR)."""
    tokens = _TOKEN.findall(query)
    result, group, negate_group = True, None, False
    for token in tokens:
        if token in ("{", "-{"):
            group, negate_group = [], token == "-{"
            continue
        if token == "}":
            hit = any(group or [])
            result = result and (not hit if negate_group else hit)
            group = None
            continue
        if token == "OR":
            raise NotImplementedError("the OR keyword (use {a b})")
        value = _term(msg, token)
        if group is not None:
            group.append(value)
        else:
            result = result and value
    return result


def _term(msg: Msg, token: str) -> bool:
    negate = token.startswith("-")
    token = token.lstrip("-")
    op, sep, arg = token.partition(":")
    if not sep or token.startswith('"'):
        word = token.strip('"').lower()
        hit = word in msg.header("Subject").lower() or word in msg.text().lower()
        return hit != negate
    arg = arg.strip('"').lower()
    op = op.lower()
    if op == "after":
        hit = msg.internal_ms >= _seconds(arg) * 1000
    elif op == "before":
        hit = msg.internal_ms < _seconds(arg) * 1000
    elif op in ("in", "label"):
        hit = arg == "anywhere" or _LABELS.get(arg, arg.upper()) in msg.labels
    elif op in ("from", "to", "cc"):
        names = {"from": ("From",), "to": ("To", "Cc", "Bcc"), "cc": ("Cc",)}[op]
        people = getaddresses([msg.header(n) for n in names])
        hit = any(arg in addr.lower() or arg in name.lower() for name, addr in people)
    elif op == "subject":
        hit = arg in msg.header("Subject").lower()
    elif op == "rfc822msgid":
        hit = msg.message_id.lower() == arg.strip("<>")
    else:
        raise NotImplementedError(f"search operator {op}:")
    return hit != negate


def _seconds(arg: str) -> int:
    if arg.isdigit():
        return int(arg)
    return int(datetime.strptime(arg, "%Y/%m/%d").replace(tzinfo=UTC).timestamp())
