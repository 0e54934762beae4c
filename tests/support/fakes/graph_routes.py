"""The Graph fake's endpoints (see graph_fake): calendar, events, mail delta, drafts, createReply."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from fakes import graph_series
from fakes.graph_fake import GraphFake, Item, Reply, _error, _ok
from fakes.graph_shapes import draft_mime, new_id, offset_stamp

_EVENT = re.compile(r"^me/events/([^/]+)$")
_MESSAGE = re.compile(r"^me/messages/([^/]+)$")
_MESSAGE_VALUE = re.compile(r"^me/messages/([^/]+)/\$value$")
_CREATE_REPLY = re.compile(r"^me/messages/([^/]+)/createReply$")
_SEND = re.compile(r"^me/messages/([^/]+)/(send|reply|replyAll|forward)$|^me/sendMail$")
_MAIL_DELTA = re.compile(r"^me/mailFolders/(inbox|sentitems|drafts)/messages/delta$")
_WRITABLE_MESSAGE = {"subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "internetMessageId",
                     "from", "replyTo", "categories", "importance"}
_WRITABLE_EVENT = {"subject", "body", "start", "end", "showAs", "isReminderOn", "reminderMinutesBeforeStart",
                   "location", "attendees", "categories", "isAllDay", "transactionId"}


def _moment(value: Any) -> datetime:
    text = str((value or {}).get("dateTime", ""))[:19]
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _in_window(item: Item, lo: datetime, hi: datetime) -> bool:
    start, end = _moment(item.json.get("start")), _moment(item.json.get("end"))
    return start < hi and end > lo if end > start else lo <= start < hi


def _text_body(out: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
    body = out.get("body")
    if 'body-content-type="text"' in headers.get("prefer", "") and isinstance(body, dict) \
            and body.get("contentType") == "html":
        out["body"] = {"contentType": "text", "content": re.sub(r"<[^>]+>", "", str(body.get("content")))}
    return out


def _precondition(item: Item, headers: dict[str, str]) -> Reply | None:
    wanted = headers.get("if-match")
    if wanted and wanted != item.json.get("@odata.etag"):
        return _error(412, "ErrorIrresolvableConflict")
    return None


def _write(fake: GraphFake, item: Item, data: dict[str, Any], writable: set[str]) -> None:
    for prop in data.get("singleValueExtendedProperties") or ():
        item.props[str(prop["id"])] = str(prop.get("value") or "")
    item.json.update({k: v for k, v in data.items() if k in writable})
    fake._touch(item)


def route(fake: GraphFake, method: str, path: str, query: dict[str, str], headers: dict[str, str],
          data: Any) -> Reply:
    """Given a request below /v1.0, returns Graph's answer."""
    if _SEND.match(path):
        fake.sent.append(path)
        return _error(403, "ErrorAccessDenied")
    if path == "me/calendarView/delta" and method == "GET":
        return _calendar_delta(fake, path, query)
    if path == "me/events":
        return _owned_listing(fake, path, query, headers, fake.events) if method == "GET" \
            else _create_event(fake, data)
    if match := _EVENT.match(path):
        return _one(fake, fake.events, match.group(1), method, query, headers, data, _WRITABLE_EVENT, "event")
    if match := _MAIL_DELTA.match(path):
        return _mail_delta(fake, path, match.group(1), query)
    if path == "me/mailFolders/drafts/messages" and method == "GET":
        drafts = {i: m for i, m in fake.messages.items() if m.folder == "drafts"}
        return _owned_listing(fake, path, query, headers, drafts)
    if path == "me/messages":
        return _find_messages(fake, path, query) if method == "GET" else _create_draft(fake, data, None)
    if match := _MESSAGE_VALUE.match(path):
        item = fake.messages.get(match.group(1))
        if item is None:
            return _error(404, "ErrorItemNotFound")
        raw = item.raw or draft_mime(item.json, item.in_reply_to)
        return 200, {"Content-Type": "message/rfc822"}, raw
    if match := _CREATE_REPLY.match(path):
        original = fake.messages.get(match.group(1))
        if original is None:
            return _error(404, "ErrorItemNotFound")
        return _create_draft(fake, (data or {}).get("message") or {}, original)
    if match := _MESSAGE.match(path):
        return _one(fake, fake.messages, match.group(1), method, query, headers, data, _WRITABLE_MESSAGE, "")
    return _error(400, "BadRequest")


def _calendar_delta(fake: GraphFake, path: str, query: dict[str, str]) -> Reply:
    skip = fake.read_token(query, "$skiptoken")
    if skip is not None:
        return fake.page(path, str(skip["snap"]), int(skip["o"]))
    state = fake.read_token(query, "$deltatoken")
    if state is not None:
        since = int(state["s"])
        if since < fake.expired_before:
            return _error(410, "SyncStateNotFound")
        lo, hi = datetime.fromisoformat(state["lo"]), datetime.fromisoformat(state["hi"])
        items = _view(fake, lo, hi, since)
    else:
        if "startDateTime" not in query or "endDateTime" not in query:
            return _error(400, "ErrorInvalidParameter")
        lo = datetime.fromisoformat(query["startDateTime"].replace("Z", "+00:00"))
        hi = datetime.fromisoformat(query["endDateTime"].replace("Z", "+00:00"))
        items = _view(fake, lo, hi, None)
    link = fake.delta_link(path, {"s": fake.seq, "lo": lo.isoformat(), "hi": hi.isoformat()})
    return fake.paged(path, items, link)


def _occurrences(fake: GraphFake, master: Item, lo: datetime, hi: datetime) -> list[dict[str, Any]]:
    """A series master's occurrences in the window, minus deleted ones and those stored as exceptions."""
    stored = {graph_series.key(datetime.fromisoformat(str(i.json["originalStart"]).replace("Z", "+00:00")))
              for i in fake.events.values() if i.json.get("seriesMasterId") == master.json["id"]}
    return list(graph_series.expand(master.json, lo, hi, master.cancelled | stored))


def _view(fake: GraphFake, lo: datetime, hi: datetime, since: int | None) -> list[dict[str, Any]]:
    """calendarView/delta's items: single events and exceptions in the window, occurrences of series
    (never the master itself); with `since`, only what changed, an item gone as `@removed`."""
    items: list[dict[str, Any]] = []
    for item in sorted(fake.events.values(), key=lambda i: i.seq):
        if since is not None and item.seq <= since:
            continue
        if item.json.get("type") == "seriesMaster":
            items.extend(_occurrences(fake, item, lo, hi))
        elif _in_window(item, lo, hi):
            items.append(fake.view(item, {}, expand=False))
        elif since is not None:
            items.append({"id": item.json["id"], "@removed": {"reason": "changed"}})
    if since is None:
        return items
    for seq, kind, gid in fake.tombstones:
        if seq <= since:
            continue
        if kind == "event":
            items.append({"id": gid, "@removed": {"reason": "deleted"}})
        elif kind == "series":  # every occurrence of a deleted series goes
            items += [{"id": o["id"], "@removed": {"reason": "deleted"}}
                      for o in _occurrences(fake, fake.deleted_series[gid], lo, hi)]
    return items


def _owned_listing(fake: GraphFake, path: str, query: dict[str, str], headers: dict[str, str],
                   pool: dict[str, Item]) -> Reply:
    skip = fake.read_token(query, "$skiptoken")
    if skip is not None:
        return fake.page(path, str(skip["snap"]), int(skip["o"]))
    flt = query.get("$filter", "")
    found = []
    for item in sorted(pool.values(), key=lambda i: i.seq):
        matched = fake.owner_match(item, flt) if flt else True
        if matched is None:
            return _error(400, "ErrorInvalidRestriction")
        if matched:
            found.append(_text_body(fake.view(item, query), headers))
    return fake.paged(path, found, {})


def _create_event(fake: GraphFake, data: dict[str, Any]) -> Reply:
    graph_id = new_id("ev")
    item = Item({"id": graph_id, "iCalUId": f"040000008200E00074C5B7101A82E008{graph_id[-20:]}",
                 "type": "singleInstance", "isAllDay": False, "isCancelled": False, "attendees": []}, 0)
    _write(fake, item, data, _WRITABLE_EVENT)
    fake.events[graph_id] = item
    return _ok(fake.view(item, {}, expand=False), 201)


def _one(fake: GraphFake, pool: dict[str, Item], graph_id: str, method: str, query: dict[str, str],
         headers: dict[str, str], data: Any, writable: set[str], kind: str) -> Reply:
    item = pool.get(graph_id)
    if item is None:
        return _error(404, "ErrorItemNotFound")
    if method == "GET":
        return _ok(_text_body(fake.view(item, query), headers))
    refused = _precondition(item, headers)
    if refused is not None:
        return refused
    if method == "PATCH":
        if kind != "event" and "internetMessageId" in (data or {}) and not item.json.get("isDraft"):
            return _error(400, "ErrorInvalidPropertyUpdateSentMessage")
        _write(fake, item, data or {}, writable)
        return _ok(_text_body(fake.view(item, {}, expand=False), headers))
    if method == "DELETE":
        del pool[graph_id]
        fake.tombstones.append((fake.tick(), kind or item.folder, graph_id))
        return 204, {}, b""
    return _error(405, "ErrorInvalidRequest")


def _mail_delta(fake: GraphFake, path: str, folder: str, query: dict[str, str]) -> Reply:
    skip = fake.read_token(query, "$skiptoken")
    if skip is not None:
        return fake.page(path, str(skip["snap"]), int(skip["o"]))
    state = fake.read_token(query, "$deltatoken")
    pool = sorted((i for i in fake.messages.values() if i.folder == folder), key=lambda i: i.seq)
    select = {"$select": query.get("$select", "")} if "$select" in query else {}
    if state is not None:
        since = int(state["s"])
        if since < fake.expired_before or state.get("f") != folder:
            return _error(410, "SyncStateNotFound")
        select = {"$select": str(state.get("sel", ""))} if state.get("sel") else {}
        items = [fake.view(i, select, expand=False) for i in pool if i.seq > since]
        items += [{"id": gid, "@removed": {"reason": "deleted"}}
                  for seq, kind, gid in fake.tombstones if kind == folder and seq > since]
    else:
        floor = fake.received_filter(query.get("$filter", "")) if query.get("$filter") else None
        if query.get("$filter") and floor is None:
            return _error(400, "ErrorInvalidRestriction")
        items = [fake.view(i, select, expand=False) for i in pool
                 if floor is None or datetime.fromisoformat(i.json["receivedDateTime"].replace("Z", "+00:00"))
                 >= floor]
    link = fake.delta_link(path, {"f": folder, "s": fake.seq, "sel": select.get("$select", "")})
    return fake.paged(path, items, link)


def _find_messages(fake: GraphFake, path: str, query: dict[str, str]) -> Reply:
    wanted = fake.mid_filter(query.get("$filter", ""))
    if wanted is None:
        return _error(400, "ErrorInvalidRestriction")
    found = [fake.view(i, query) for i in fake.messages.values() if i.json.get("internetMessageId") == wanted]
    return fake.paged(path, found, {})


def _create_draft(fake: GraphFake, data: dict[str, Any], original: Item | None) -> Reply:
    graph_id = new_id("msg")
    now = offset_stamp(datetime.now(UTC))
    base: dict[str, Any] = {"id": graph_id, "isDraft": True, "receivedDateTime": now, "sentDateTime": now,
                            "internetMessageId": f"<{new_id('mid')}@fake.outlook.example>",
                            "from": {"emailAddress": {"name": "Jordan Example", "address": "jordan@example.org"}}}
    item = Item(base, 0, folder="drafts")
    if original is not None:
        # Outlook's reply: "RE:" subject, the sender as recipient, the original quoted under the text.
        item.in_reply_to = str(original.json.get("internetMessageId") or "")
        item.json["conversationId"] = original.json.setdefault("conversationId", new_id("conv"))
        item.json["subject"] = "RE: " + str(original.json.get("subject") or "")
        item.json["toRecipients"] = [original.json["from"]] if original.json.get("from") else []
        quote = str((original.json.get("body") or {}).get("content") or "")
        data = dict(data)
        text = str((data.get("body") or {}).get("content") or "")
        data["body"] = {"contentType": "text", "content": f"{text}\n\n-----Original Message-----\n{quote}"}
    _write(fake, item, data, _WRITABLE_MESSAGE)
    fake.messages[graph_id] = item
    return _ok(fake.view(item, {}, expand=False), 201)
