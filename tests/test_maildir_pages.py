"""Paged Maildir listing: small pages over real folders, resumed by a new connector, against the unpaged result."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from afterview.connectors.maildir_pages import decode, encode
from contract_mail import ids, list_all
from maildir_tree import QUERY, box, deliver, fill, make_tree


@pytest.fixture
def tree(tmp_path: Path) -> dict[str, Path]:
    return make_tree(tmp_path / "Mail")


def test_entries_sort_by_key_and_decode_back() -> None:
    # A stem that is a prefix of another, and names with and without the stem as their start.
    entries = [encode(10**18, 1, "123.a.host", 1, "123.a.host,U=5:2,S"), encode(10**18, 1, "123.a.hos", 0, "x"),
               encode(10**18, 0, "999", 0, "999"), encode(10**18 - 1, 1, "5", 0, "5:2,")]
    assert [decode(e).stem for e in sorted(entries)] == ["5", "999", "123.a.hos", "123.a.host"]
    item = decode(entries[0])
    assert (item.mtime_ns, item.label, item.stem, item.sub, item.name) == (
        10**18, 1, "123.a.host", "cur", "123.a.host,U=5:2,S")
    assert decode(entries[1]).name == "x" and decode(entries[1]).sub == "new"


def test_first_scan_in_small_pages_equals_the_unpaged_scan(tree: dict[str, Path]) -> None:
    wanted = fill(tree, 11)
    pages: list[int] = []
    paged, paged_cursor = list_all(box(tree, 3), None, QUERY, pages=pages)
    whole = box(tree, 0).list_messages(None, QUERY)
    assert pages == [3, 3, 3, 2] and not whole.more
    assert ids(paged) == ids(list(whole.messages)) == sorted(wanted)
    assert json.loads(paged_cursor) == json.loads(whole.cursor)  # same marks, same seen stems


def test_pages_follow_delivery_time_across_folders(tree: dict[str, Path]) -> None:
    fill(tree, 8)
    first = box(tree, 4).list_messages(None, QUERY)
    assert first.more and sorted(h.message_id for h in first.messages) == [f"m{i}@x.example" for i in range(4)]


def test_a_new_connector_resumes_mid_scan_despite_renames(tree: dict[str, Path]) -> None:
    wanted = fill(tree, 10)
    first = box(tree, 4).list_messages(None, QUERY)
    second = box(tree, 4).list_messages(first.cursor, QUERY)
    assert first.more and second.more
    # mbsync syncs meanwhile: new/ -> cur/ with a UID and flags; the stems stay, the names change.
    for path in sorted((tree["inbox"] / "new").iterdir()):
        path.rename(tree["inbox"] / "cur" / f"{path.name},U=9:2,S")
    rest, cursor = list_all(box(tree, 4), second.cursor, QUERY)
    assert ids([*first.messages, *second.messages, *rest]) == sorted(wanted)
    assert list_all(box(tree, 4), cursor, QUERY)[0] == []


def test_backdated_mail_arriving_during_a_killed_scan_is_not_lost(tree: dict[str, Path]) -> None:
    wanted = fill(tree, 9, age_hours=20)
    first = box(tree, 3).list_messages(None, QUERY)
    second = box(tree, 3).list_messages(first.cursor, QUERY)
    # Synced with its Date as mtime: older than the position the next process resumes from.
    deliver(tree["inbox"], "late@x.example", age_hours=19.5)
    wanted.add("late@x.example")
    rest, cursor = list_all(box(tree, 3), second.cursor, QUERY)
    later, _ = list_all(box(tree, 3), cursor, QUERY)
    assert ids([*first.messages, *second.messages, *rest, *later]) == sorted(wanted)


def test_a_big_incremental_listing_pages_too(tree: dict[str, Path]) -> None:
    fill(tree, 3)
    _, cursor = list_all(box(tree, 3), None, QUERY)
    wanted = fill(tree, 7, start=3, age_hours=2.0)
    pages: list[int] = []
    found, cursor = list_all(box(tree, 3), cursor, QUERY, pages=pages)
    assert ids(found) == sorted(wanted) and len(pages) == 3
    idle = box(tree, 3).list_messages(cursor, QUERY)
    assert idle.messages == () and not idle.more


def test_fetch_opens_files_of_the_current_page(tree: dict[str, Path]) -> None:
    fill(tree, 6)
    mailbox = box(tree, 3)
    first = mailbox.list_messages(None, QUERY)
    second = mailbox.list_messages(first.cursor, QUERY)
    assert len(mailbox._paths) == len(second.messages)  # the path map holds one page, not the scan
    assert mailbox.fetch(first.messages[0]).header.message_id == first.messages[0].message_id  # found by stem


def test_unreadable_file_is_retried_after_the_pass(tree: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import afterview.connectors.maildir as maildir

    fill(tree, 5)
    locked = deliver(tree["inbox"], "locked@x.example", age_hours=0.5)
    real = maildir.read_head

    def read_head(path: Path) -> bytes:
        if path.name == locked.name:
            raise PermissionError(13, "Permission denied")  # root ignores chmod: refuse here instead
        return real(path)

    monkeypatch.setattr(maildir, "read_head", read_head)
    found, cursor = list_all(box(tree, 2), None, QUERY)
    assert "locked@x.example" not in ids(found) and len(found) == 5
    monkeypatch.setattr(maildir, "read_head", real)
    again, _ = list_all(box(tree, 2), cursor, QUERY)
    assert ids(again) == ["locked@x.example"]


def test_a_continuation_of_other_folders_expires(tree: dict[str, Path], tmp_path: Path) -> None:
    from afterview.connectors.errors import CursorExpiredError

    fill(tree, 5)
    first = box(tree, 2).list_messages(None, QUERY)
    other = make_tree(tmp_path / "Other")
    with pytest.raises(CursorExpiredError):
        box(other, 2).list_messages(first.cursor, QUERY)


def test_one_folder_scan_per_pass_not_per_page(tree: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    import afterview.connectors.maildir_pages as pages

    scanned: list[Path] = []
    real = pages.scan_names

    def scan_names(folder: Path) -> Iterator[tuple[int, str, int]]:
        scanned.append(folder)
        return real(folder)

    monkeypatch.setattr(pages, "scan_names", scan_names)
    fill(tree, 40)
    mailbox = box(tree, 4)
    first = mailbox.list_messages(None, QUERY)
    found, _ = list_all(mailbox, first.cursor, QUERY)
    assert len(first.messages) + len(found) == 40
    assert sorted(scanned) == sorted([tree["inbox"], tree["sent"]])  # ten pages, one scan of each folder
    scanned.clear()
    list_all(box(tree, 4), first.cursor, QUERY)  # a restart scans again, once
    assert len(scanned) == 2
