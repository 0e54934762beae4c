"""State of the fake Exchange mailbox: folders, items kept as EWS XML elements, change logs, sync states.

Items are stored exactly as an Exchange 2016/2019 server returns them (a `t:CalendarItem` or
`t:Message` element), so a response is a projection of the stored element onto the requested
properties. Every change bumps the item's ChangeKey and appends to its folder's change log;
a sync state is "<epoch>:<folder>:<sequence>" in base64, and `invalidate_sync_states` changes
the epoch so every old state becomes ErrorInvalidSyncStateData, as after a mailbox move.
"""

from __future__ import annotations

import base64
import copy
import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from lxml import etree

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
NS = {"s": SOAP, "m": M, "t": T}

FOLDERS = (  # distinguished id, element tag, FolderClass, display name
    ("root", "Folder", "", "Top of Information Store"),
    ("msgfolderroot", "Folder", "IPF.Note", "Top of Information Store"),
    ("calendar", "CalendarFolder", "IPF.Appointment", "Calendar"),
    ("inbox", "Folder", "IPF.Note", "Inbox"),
    ("sentitems", "Folder", "IPF.Note", "Sent Items"),
    ("drafts", "Folder", "IPF.Note", "Drafts"),
)


def t(name: str) -> str:
    return f"{{{T}}}{name}"


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """Given a parent, a "t:Name"/"m:Name" tag, text and attributes, returns the new child element."""
    prefix, _, local = tag.partition(":")
    child = etree.SubElement(parent, f"{{{NS[prefix]}}}{local}", attrs)
    if text is not None:
        child.text = text
    return child


class EwsError(Exception):
    """An EWS response-message error (ResponseClass="Error") for one item or folder."""

    def __init__(self, code: str, text: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.text = text or code


@dataclass
class FakeFolder:
    id: str
    dist: str
    tag: str
    folder_class: str
    name: str
    parent: str = ""  # the parent folder's id ("" for root)
    log: list[tuple[int, str, str]] = field(default_factory=list)  # (seq, "create"/"update"/"delete", item id)


@dataclass
class FakeItem:
    id: str
    folder: str
    elem: etree._Element
    serial: int = 0

    @property
    def change_key(self) -> str:
        return base64.b64encode(f"CQAAABYAAAB{self.id[-6:]}-{self.serial}".encode()).decode()


_TIMES = {"Start", "End", "DateTimeSent", "DateTimeReceived", "DateTimeCreated", "ReminderDueBy"}


def normalise(elem: etree._Element) -> etree._Element:
    """Given an item element as a client sent it, returns it as Exchange stores it: times in UTC ("Z"),
    booleans spelled "true"/"false"."""
    for child in elem:
        local = etree.QName(child).localname
        text = child.text or ""
        if local in _TIMES and text and not text.endswith("Z"):
            child.text = datetime.fromisoformat(text).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        elif text in ("0", "1") and (local.startswith(("Is", "Has")) or local == "ReminderIsSet"):
            child.text = "true" if text == "1" else "false"
    return elem


def _ext_key(uri: etree._Element) -> tuple[str, ...]:
    """Given an ExtendedFieldURI element, returns what identifies the property (set, name/tag, type)."""
    names = ("DistinguishedPropertySetId", "PropertySetId", "PropertyName", "PropertyId", "PropertyTag")
    return tuple(str(uri.get(n, "")).lower() for n in names)


class Store:
    """One mailbox. Thread-safety comes from the server handling one request at a time."""

    def __init__(self, owner: str = "jordan@example.org") -> None:
        self.owner = owner
        self.epoch = "e1"
        self.seq = itertools.count(1)
        self.ids = itertools.count(1)
        self.folders: dict[str, FakeFolder] = {}
        for dist, tag, cls, name in FOLDERS:
            folder_id = base64.b64encode(f"AAMkAD-folder-{dist}".encode()).decode()
            parent = "" if dist == "root" else self.by_dist("root" if dist == "msgfolderroot" else "msgfolderroot").id
            self.folders[folder_id] = FakeFolder(folder_id, dist, tag, cls, name, parent)
        self.items: dict[str, FakeItem] = {}
        self.series: dict[str, Any] = {}  # master id -> ews_series.Series (occurrences live only there)
        self.sent: list[str] = []  # MessageDisposition values that would have sent mail

    # ------------------------------------------------------------ folders

    def folder(self, ref: etree._Element) -> FakeFolder:
        """Given a t:FolderId or t:DistinguishedFolderId element, returns the folder; raises EwsError."""
        if ref.tag == t("DistinguishedFolderId"):
            found = [f for f in self.folders.values() if f.dist == ref.get("Id")]
        else:
            found = [f for f in self.folders.values() if f.id == ref.get("Id")]
        if not found:
            raise EwsError("ErrorFolderNotFound", "The specified folder could not be found in the store.")
        return found[0]

    def by_dist(self, dist: str) -> FakeFolder:
        return next(f for f in self.folders.values() if f.dist == dist)

    def add_folder(self, parent: FakeFolder, name: str, folder_class: str = "IPF.Note") -> FakeFolder:
        """As Outlook does: creates a (non-distinguished) mail folder below `parent`; returns it."""
        folder_id = base64.b64encode(f"AAMkAD-folder-{next(self.ids):06d}-{name}".encode()).decode()
        folder = FakeFolder(folder_id, "", "Folder", folder_class, name, parent.id)
        self.folders[folder_id] = folder
        return folder

    def remove_folder(self, folder: FakeFolder) -> None:
        """Deletes a folder with its items and subfolders (as emptying Deleted Items would)."""
        for child in [f for f in self.folders.values() if f.parent == folder.id]:
            self.remove_folder(child)
        for item_id in [i.id for i in self.items.values() if i.folder == folder.id]:
            del self.items[item_id]
        del self.folders[folder.id]

    def children(self, folder: FakeFolder) -> list[FakeFolder]:
        return [f for f in self.folders.values() if f.parent == folder.id]

    def folder_elem(self, folder: FakeFolder) -> etree._Element:
        elem = etree.Element(t(folder.tag), nsmap={"t": T})
        sub(elem, "t:FolderId", Id=folder.id, ChangeKey="AQAAABYAAAA")
        if folder.parent:
            sub(elem, "t:ParentFolderId", Id=folder.parent, ChangeKey="AQAAAA==")
        if folder.folder_class:
            sub(elem, "t:FolderClass", folder.folder_class)
        sub(elem, "t:DisplayName", folder.name)
        sub(elem, "t:TotalCount", str(sum(1 for i in self.items.values() if i.folder == folder.id)))
        sub(elem, "t:ChildFolderCount", str(len(self.children(folder))))
        if folder.tag == "Folder":
            sub(elem, "t:UnreadCount", "0")
        return elem

    # ------------------------------------------------------------ items

    def add(self, folder: FakeFolder, elem: etree._Element) -> FakeItem:
        """Stores a copy of an item element in `folder` with a new ItemId; returns the item."""
        item_id = base64.b64encode(f"AAMkAD-item-{next(self.ids):06d}-{folder.dist}".encode()).decode()
        stored = normalise(copy.deepcopy(elem))
        for old in stored.findall(t("ItemId")) + stored.findall(t("ParentFolderId")):
            stored.remove(old)
        item = FakeItem(item_id, folder.id, stored)
        self.items[item_id] = item
        self._stamp(item)
        folder.log.append((next(self.seq), "create", item_id))
        return item

    def _stamp(self, item: FakeItem) -> None:
        item.serial += 1
        for old in item.elem.findall(t("ItemId")) + item.elem.findall(t("ParentFolderId")):
            item.elem.remove(old)
        item.elem.insert(0, etree.Element(t("ItemId"), Id=item.id, ChangeKey=item.change_key))
        item.elem.insert(1, etree.Element(t("ParentFolderId"), Id=item.folder, ChangeKey="AQAAAA=="))

    def get(self, item_id: str | None) -> FakeItem:
        item = self.items.get(item_id or "") or self._occurrence(item_id or "")
        if item is None:
            raise EwsError("ErrorItemNotFound", "The specified object was not found in the store.")
        return item

    def touched(self, item: FakeItem) -> None:
        """Records that `item` changed: new ChangeKey, an update in its folder's log."""
        self._stamp(item)
        self.folders[item.folder].log.append((next(self.seq), "update", item.id))

    def _occurrence(self, item_id: str) -> FakeItem | None:
        from fakes.ews_series import parse_occurrence_id

        found = parse_occurrence_id(item_id)
        if found is None or found[0] not in self.series:
            return None
        occurrence: FakeItem | None = self.series[found[0]].occurrence(found[1])
        return occurrence

    def remove(self, item_id: str) -> None:
        """Deletes an item; an occurrence is recorded as deleted in its series, which changes the master."""
        item = self.get(item_id)
        if item_id not in self.items:
            from fakes.ews_series import parse_occurrence_id

            master_id, original = parse_occurrence_id(item_id) or ("", None)
            self.series[master_id].deleted.add(original)
            self.touched(self.items[master_id])
            return
        self.series.pop(item_id, None)
        del self.items[item_id]
        self.folders[item.folder].log.append((next(self.seq), "delete", item_id))

    def set_field(self, item: FakeItem, value: etree._Element, ext_uri: etree._Element | None) -> None:
        """Replaces (or adds) the child of item's element named like `value` (extended: same URI)."""
        self.delete_field(item, value.tag, ext_uri)
        item.elem.append(copy.deepcopy(value))
        normalise(item.elem)

    def delete_field(self, item: FakeItem, tag: str, ext_uri: etree._Element | None) -> None:
        for child in list(item.elem):
            if child.tag != tag:
                continue
            if ext_uri is not None:
                mine = child.find(t("ExtendedFieldURI"))
                if mine is None or _ext_key(mine) != _ext_key(ext_uri):
                    continue
            item.elem.remove(child)

    # ------------------------------------------------------------ sync

    def sync_state(self, folder: FakeFolder) -> str:
        last = folder.log[-1][0] if folder.log else 0
        return base64.b64encode(f"{self.epoch}:{folder.id}:{last}".encode()).decode()

    def since(self, folder: FakeFolder, state: str | None) -> int:
        """Given a sync state text (None: from scratch), returns its sequence; raises EwsError."""
        if not state:
            return 0
        try:
            epoch, folder_id, seq = base64.b64decode(state, validate=True).decode().split(":")
            if epoch != self.epoch or folder_id != folder.id:
                raise ValueError(epoch)
            return int(seq)
        except ValueError:
            raise EwsError("ErrorInvalidSyncStateData",
                           "Synchronization state data is corrupt or otherwise invalid.") from None

    def changes(self, folder: FakeFolder, seq: int) -> list[tuple[str, str]]:
        """Given a folder and a sequence, returns the net (change, item id) list since then, oldest first."""
        first: dict[str, str] = {}
        order: list[str] = []
        for when, kind, item_id in folder.log:
            if when <= seq:
                continue
            if item_id not in first:
                first[item_id] = kind
                order.append(item_id)
        out: list[tuple[str, str]] = []
        for item_id in order:
            exists = item_id in self.items and self.items[item_id].folder == folder.id
            if first[item_id] == "create":
                if exists:
                    out.append(("Create", item_id))
            elif exists:
                out.append(("Update", item_id))
            else:
                out.append(("Delete", item_id))
        return out

    def invalidate_sync_states(self) -> None:
        """Makes every sync state handed out so far invalid (ErrorInvalidSyncStateData)."""
        self.epoch = f"e{int(self.epoch[1:]) + 1}"


# ---------------------------------------------------------------- projection and restriction


def _uri_names(props: etree._Element | None) -> tuple[set[str], list[tuple[str, ...]]]:
    names: set[str] = set()
    ext: list[tuple[str, ...]] = []
    if props is None:
        return names, ext
    for uri in props:
        if uri.tag == t("FieldURI") or uri.tag == t("IndexedFieldURI"):
            names.add(str(uri.get("FieldURI")).split(":", 1)[1])
        elif uri.tag == t("ExtendedFieldURI"):
            ext.append(_ext_key(uri))
    return names, ext


_ALIASES = {"IsAllDayEvent": "IsAllDayEvent", "MimeContent": "MimeContent"}


def project(item: FakeItem, shape: etree._Element | None) -> etree._Element:
    """Given an item and an m:ItemShape, returns the element holding only what the shape asks for."""
    base = shape.findtext(t("BaseShape")) if shape is not None else "AllProperties"
    names, ext = _uri_names(shape.find(t("AdditionalProperties")) if shape is not None else None)
    out = etree.Element(item.elem.tag, nsmap={"t": T})
    for child in item.elem:
        local = etree.QName(child).localname
        if local in ("ItemId", "ParentFolderId"):
            out.append(copy.deepcopy(child))
        elif local == "ExtendedProperty":
            uri = child.find(t("ExtendedFieldURI"))
            if uri is not None and _ext_key(uri) in ext:
                out.append(copy.deepcopy(child))
        elif (base == "AllProperties" and local != "MimeContent") or _ALIASES.get(local, local) in names:
            out.append(copy.deepcopy(child))
    return out


def _value(item: FakeItem, uri: etree._Element) -> list[str]:
    if uri.tag == t("ExtendedFieldURI"):
        key = _ext_key(uri)
        return [
            str(p.findtext(t("Value")))
            for p in item.elem.findall(t("ExtendedProperty"))
            if (u := p.find(t("ExtendedFieldURI"))) is not None and _ext_key(u) == key
        ]
    local = str(uri.get("FieldURI")).split(":", 1)[1]
    return [str(c.text or "") for c in item.elem.findall(t(local))]


def matches(item: FakeItem, cond: etree._Element | None) -> bool:
    """Given an item and a restriction element (t:And, t:Exists, t:IsEqualTo...), returns whether it matches."""
    if cond is None:
        return True
    kind = etree.QName(cond).localname
    if kind == "Restriction":
        return matches(item, cond[0] if len(cond) else None)
    if kind == "And":
        return all(matches(item, c) for c in cond)
    if kind == "Or":
        return any(matches(item, c) for c in cond)
    if kind == "Not":
        return not matches(item, cond[0])
    if kind == "Exists":
        return bool(_value(item, cond[0]))
    if kind in ("IsEqualTo", "IsNotEqualTo"):
        constant = cond.find(f"{t('FieldURIOrConstant')}/{t('Constant')}")
        wanted = "" if constant is None else str(constant.get("Value"))
        equal = wanted in _value(item, cond[0])
        return equal if kind == "IsEqualTo" else not equal
    raise EwsError("ErrorUnsupportedQueryFilter", f"the fake does not evaluate {kind}")
