"""The EWS operations of the fake (see ews_fake.py): each handler reads one request element and appends
response messages shaped like Exchange 2016/2019's; an EwsError becomes an Error response message.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from fakes.ews_store import EwsError, FakeFolder, FakeItem, T, matches, project, sub, t
from lxml import etree

if TYPE_CHECKING:
    from fakes.ews_fake import EwsFake

Handler = Callable[["EwsFake", etree._Element, etree._Element], None]


@contextmanager
def _message(messages: etree._Element, name: str) -> Iterator[etree._Element]:
    """Appends one m:<name>ResponseMessage; an EwsError inside turns it into an Error message."""
    msg = sub(messages, f"m:{name}ResponseMessage", ResponseClass="Success")
    code = sub(msg, "m:ResponseCode", "NoError")
    try:
        yield msg
    except EwsError as exc:
        for child in list(msg):
            msg.remove(child)
        msg.set("ResponseClass", "Error")
        sub(msg, "m:MessageText", exc.text)
        code = sub(msg, "m:ResponseCode", exc.code)
        sub(msg, "m:DescriptiveLinkKey", "0")
        if name == "SyncFolderItems":  # Exchange still sends these (empty) in a failed sync
            sub(msg, "m:SyncState")
            sub(msg, "m:IncludesLastItemInRange", "true")
    assert code is not None


# ---------------------------------------------------------------- operations


def _get_folder(fake: EwsFake, op: etree._Element, messages: etree._Element) -> None:
    for ref in op.find(f"{{{messages.nsmap.get('m') or ''}}}FolderIds") or op[-1]:
        with _message(messages, "GetFolder") as msg:
            sub(msg, "m:Folders").append(fake.store.folder_elem(fake.store.folder(ref)))


def _folder_matches(folder: FakeFolder, cond: etree._Element | None) -> bool:
    """Given a folder and a FindFolder restriction (DisplayName comparisons, And/Or/Not), returns whether it matches."""
    if cond is None:
        return True
    kind = etree.QName(cond).localname
    if kind == "Restriction":
        return _folder_matches(folder, cond[0] if len(cond) else None)
    if kind in ("And", "Or"):
        results = [_folder_matches(folder, c) for c in cond]
        return all(results) if kind == "And" else any(results)
    if kind == "Not":
        return not _folder_matches(folder, cond[0])
    if kind in ("IsEqualTo", "IsNotEqualTo") and cond[0].get("FieldURI") == "folder:DisplayName":
        constant = cond.find(f"{t('FieldURIOrConstant')}/{t('Constant')}")
        equal = constant is not None and str(constant.get("Value")).lower() == folder.name.lower()
        return equal if kind == "IsEqualTo" else not equal
    raise EwsError("ErrorUnsupportedQueryFilter", f"the fake does not evaluate {kind} on folders")


def _find_folder(fake: EwsFake, op: etree._Element, messages: etree._Element) -> None:
    m = etree.QName(op).namespace
    for ref in op.find(f"{{{m}}}ParentFolderIds"):  # type: ignore[union-attr]
        with _message(messages, "FindFolder") as msg:
            parent = fake.store.folder(ref)
            if op.get("Traversal", "Shallow") != "Shallow":
                raise EwsError("ErrorInvalidRequest", "the fake only does Shallow traversal")
            restriction = op.find(f"{{{m}}}Restriction")
            found = [f for f in fake.store.children(parent) if _folder_matches(f, restriction)]
            root = sub(msg, "m:RootFolder", IndexedPagingOffset=str(len(found)), TotalItemsInView=str(len(found)),
                       IncludesLastItemInRange="true")
            folders = sub(root, "t:Folders")
            for folder in found:
                folders.append(fake.store.folder_elem(folder))


def _sync(fake: EwsFake, op: etree._Element, messages: etree._Element) -> None:
    m = etree.QName(op).namespace
    with _message(messages, "SyncFolderItems") as msg:
        folder = fake.store.folder(op.find(f"{{{m}}}SyncFolderId")[0])  # type: ignore[index]
        since = fake.store.since(folder, op.findtext(f"{{{m}}}SyncState"))
        limit = int(op.findtext(f"{{{m}}}MaxChangesReturned") or "100")
        ignore = {i.get("Id") for i in op.iterfind(f"{{{m}}}Ignore/{{{T}}}ItemId")}
        changes = [(kind, i) for kind, i in fake.store.changes(folder, since) if i not in ignore]
        page, rest = changes[:limit], changes[limit:]
        # The state after a partial page points just past the last change it carried.
        last_seq = max((s for s, _, i in folder.log if i in {x for _, x in page}), default=since)
        state = fake.store.sync_state(folder) if not rest else base64.b64encode(
            f"{fake.store.epoch}:{folder.id}:{last_seq}".encode()).decode()
        sub(msg, "m:SyncState", state)
        sub(msg, "m:IncludesLastItemInRange", "false" if rest else "true")
        out = sub(msg, "m:Changes")
        shape = op.find(f"{{{m}}}ItemShape")
        for kind, item_id in page:
            change = sub(out, f"t:{kind}")
            if kind == "Delete":
                sub(change, "t:ItemId", Id=item_id, ChangeKey="AAAAAA==")
            else:
                change.append(project(fake.store.items[item_id], shape))


def _find(fake: EwsFake, op: etree._Element, messages: etree._Element) -> None:
    m = etree.QName(op).namespace
    for ref in op.find(f"{{{m}}}ParentFolderIds"):  # type: ignore[union-attr]
        with _message(messages, "FindItem") as msg:
            folder = fake.store.folder(ref)
            restriction = op.find(f"{{{m}}}Restriction")
            calendar_view = op.find(f"{{{m}}}CalendarView")
            if calendar_view is not None:
                found = _calendar_view(fake, folder, calendar_view)
            else:
                found = [i for i in fake.store.items.values()
                         if i.folder == folder.id and matches(i, restriction)]
            view = op.find(f"{{{m}}}IndexedPageItemView")
            offset = int(view.get("Offset", "0")) if view is not None else 0
            limit = int(view.get("MaxEntriesReturned", "1000")) if view is not None else len(found)
            page = found[offset:offset + limit]
            last = offset + len(page) >= len(found)
            root = sub(msg, "m:RootFolder", TotalItemsInView=str(len(found)),
                       IncludesLastItemInRange="true" if last else "false")
            if not last:
                root.set("IndexedPagingOffset", str(offset + len(page)))
            items = sub(root, "t:Items")
            for item in page:
                items.append(project(item, op.find(f"{{{m}}}ItemShape")))


def _calendar_view(fake: EwsFake, folder: FakeFolder, view: etree._Element) -> list[FakeItem]:
    """Single items overlapping the view, and the occurrences and exceptions of series (never masters)."""
    def instant(text: str | None) -> datetime:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00"))

    start, end = instant(view.get("StartDate")), instant(view.get("EndDate"))
    found: list[FakeItem] = []
    for item in fake.store.items.values():
        if item.folder != folder.id:
            continue
        if item.id in fake.store.series:
            found.extend(fake.store.series[item.id].instances(start, end))
        elif instant(item.elem.findtext(t("Start"))) < end and instant(item.elem.findtext(t("End"))) >= start:
            found.append(item)
    return sorted(found, key=lambda i: str(i.elem.findtext(t("Start"))))


def _get_item(fake: EwsFake, op: etree._Element, messages: etree._Element) -> None:
    m = etree.QName(op).namespace
    for ref in op.find(f"{{{m}}}ItemIds"):  # type: ignore[union-attr]
        with _message(messages, "GetItem") as msg:
            item = fake.store.get(ref.get("Id"))
            sub(msg, "m:Items").append(project(item, op.find(f"{{{m}}}ItemShape")))


def _id_only(item: FakeItem) -> etree._Element:
    elem = etree.Element(item.elem.tag, nsmap={"t": T})
    sub(elem, "t:ItemId", Id=item.id, ChangeKey=item.change_key)
    return elem


def _reply(fake: EwsFake, folder_ref: etree._Element | None, reply: etree._Element) -> FakeItem:
    """Creates the draft a ReplyToItem makes: the original's thread headers, sender as recipient, quote."""
    original = fake.store.get(reply.find(t("ReferenceItemId")).get("Id"))  # type: ignore[union-attr]
    message = etree.Element(t("Message"), nsmap={"t": T})
    subject = reply.findtext(t("Subject")) or f"RE: {original.elem.findtext(t('Subject')) or ''}"
    sub(message, "t:ItemClass", "IPM.Note")
    sub(message, "t:Subject", subject)
    quote = original.elem.findtext(t("Body")) or ""
    new_body = reply.findtext(t("NewBodyContent")) or ""
    sub(message, "t:Body", f"{new_body}\n\n-----Original Message-----\n{quote}", BodyType="Text")
    to = reply.find(t("ToRecipients"))
    if to is None:
        to = etree.Element(t("ToRecipients"))
        author = original.elem.find(t("From"))
        if author is not None:
            to.append(copy.deepcopy(author[0]))
    message.append(copy.deepcopy(to))
    sub(message, "t:IsDraft", "true")
    for name in ("ConversationId", "ConversationTopic"):
        found = original.elem.find(t(name))
        if found is not None:
            message.append(copy.deepcopy(found))
    parent_id = original.elem.findtext(t("InternetMessageId")) or ""
    references = f"{original.elem.findtext(t('References')) or ''} {parent_id}".strip()
    sub(message, "t:InternetMessageId", f"<draft-{next(fake.store.ids)}@exchange.example>")
    sub(message, "t:InReplyTo", parent_id)
    sub(message, "t:References", references)
    folder = fake.store.folder(folder_ref) if folder_ref is not None else fake.store.by_dist("drafts")
    return fake.store.add(folder, message)


def _create(fake: EwsFake, op: etree._Element, messages: etree._Element) -> None:
    m = etree.QName(op).namespace
    disposition = op.get("MessageDisposition")
    target = op.find(f"{{{m}}}SavedItemFolderId")
    folder_ref = target[0] if target is not None else None
    for elem in op.find(f"{{{m}}}Items"):  # type: ignore[union-attr]
        with _message(messages, "CreateItem") as msg:
            local = etree.QName(elem).localname
            if disposition in ("SendOnly", "SendAndSaveCopy") or (
                    local == "CalendarItem" and op.get("SendMeetingInvitations") not in (None, "SendToNone")):
                fake.store.sent.append(f"{local}:{disposition}:{op.get('SendMeetingInvitations')}")
            if local in ("ReplyToItem", "ReplyAllToItem"):
                item = _reply(fake, folder_ref, elem)
            else:
                default = "calendar" if local == "CalendarItem" else "drafts"
                folder = fake.store.folder(folder_ref) if folder_ref is not None else fake.store.by_dist(default)
                stored = copy.deepcopy(elem)
                if local == "Message":
                    if stored.find(t("InternetMessageId")) is None:
                        sub(stored, "t:InternetMessageId", f"<gen-{next(fake.store.ids)}@exchange.example>")
                    sub(stored, "t:IsDraft", "true")
                item = fake.store.add(folder, stored)
            sub(msg, "m:Items").append(_id_only(item))


def _update(fake: EwsFake, op: etree._Element, messages: etree._Element) -> None:
    m = etree.QName(op).namespace
    resolution = op.get("ConflictResolution", "AutoResolve")
    for change in op.find(f"{{{m}}}ItemChanges"):  # type: ignore[union-attr]
        with _message(messages, "UpdateItem") as msg:
            ref = change.find(t("ItemId"))
            assert ref is not None
            item = fake.store.get(ref.get("Id"))
            if resolution != "AlwaysOverwrite" and ref.get("ChangeKey") not in (None, item.change_key):
                raise EwsError("ErrorIrresolvableConflict",
                               "The send or update operation could not be performed because the change key "
                               "passed in the request does not match the current change key for the item.")
            for update in change.find(t("Updates")):  # type: ignore[union-attr]
                uri = update[0]
                ext = uri if uri.tag == t("ExtendedFieldURI") else None
                if etree.QName(update).localname == "DeleteItemField":
                    local = "ExtendedProperty" if ext is not None else str(uri.get("FieldURI")).split(":")[1]
                    fake.store.delete_field(item, t(local), ext)
                else:
                    for value in update[1]:
                        fake.store.set_field(item, value, ext)
            fake.store.touched(item)
            sub(msg, "m:Items").append(_id_only(item))
            sub(sub(msg, "m:ConflictResults"), "t:Count", "0")


def _delete(fake: EwsFake, op: etree._Element, messages: etree._Element) -> None:
    m = etree.QName(op).namespace
    for ref in op.find(f"{{{m}}}ItemIds"):  # type: ignore[union-attr]
        with _message(messages, "DeleteItem"):
            fake.store.remove(str(ref.get("Id")))


OPERATIONS: dict[str, Handler] = {
    "GetFolder": _get_folder, "FindFolder": _find_folder, "SyncFolderItems": _sync, "FindItem": _find,
    "GetItem": _get_item, "CreateItem": _create, "UpdateItem": _update, "DeleteItem": _delete,
}
