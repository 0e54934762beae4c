"""MaildirMailbox on real Maildir folders in tmp_path, both layouts, with mbsync-style renames."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import stat
import subprocess
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from afterview.connectors.base import ConnectorContext, Draft, MailQuery, Person
from afterview.connectors.errors import ConflictError, ConnectorConfigError, CursorExpiredError, NotFoundError
from afterview.connectors.maildir import MaildirMailbox
from afterview.connectors.registry import mailbox_class

SINCE = datetime(2025, 1, 1, tzinfo=UTC)
QUERY = MailQuery(since=SINCE)
_counter = itertools.count(1)


def make_maildir(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def message(
    message_id: str | None = "m1@acme.example",
    *,
    subject: str = "Your interview",
    date: datetime | None = datetime(2025, 3, 4, 18, 5, tzinfo=UTC),
    body: str = "Hi,\n\nthanks for your time.\n",
    sender: str = "Sam Lee <sam@acme.example>",
    to: str = "me@example.org",
    extra: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = format_datetime(date)
    if message_id is not None:
        msg["Message-ID"] = f"<{message_id}>"
    for name, value in (extra or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


def deliver(folder: Path, data: bytes, *, mtime: float | None = None) -> Path:
    """Delivers like an MDA: write into tmp/, rename into new/."""
    name = f"{int(time.time())}.{os.getpid()}_{next(_counter)}.testhost"
    tmp = folder / "tmp" / name
    tmp.write_bytes(data)
    if mtime is not None:
        os.utime(tmp, (mtime, mtime))
    target = folder / "new" / name
    tmp.rename(target)
    return target


def mbsync_rename(path: Path, uid: int, flags: str = "S") -> Path:
    """Moves new/ -> cur/ and adds a UID and flags, as mbsync does after a sync."""
    base = path.name.split(":", 1)[0]
    target = path.parent.parent / "cur" / f"{base},U={uid}:2,{flags}"
    path.rename(target)
    return target


@pytest.fixture
def ctx() -> ConnectorContext:
    from zoneinfo import ZoneInfo

    return ConnectorContext(account="mail", timezone=ZoneInfo("Europe/Berlin"), me=("me@example.org",))


@pytest.fixture(params=["maildir++", "verbatim"])
def tree(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, Path]:
    root = make_maildir(tmp_path / "Mail")
    if request.param == "maildir++":
        return {"root": root, "inbox": root, "sent": make_maildir(root / ".Sent"),
                "drafts": make_maildir(root / ".Drafts")}
    return {"root": root, "inbox": root, "sent": make_maildir(root / "Sent"), "drafts": make_maildir(root / "Drafts")}


@pytest.fixture
def box(tree: dict[str, Path], ctx: ConnectorContext) -> MaildirMailbox:
    return MaildirMailbox.from_options({"path": str(tree["root"])}, ctx)


def a_draft(key: str = "acme/se/thanks/sam", body: str = "Dear Sam,\n\nthank you.\n\nJordan\n") -> Draft:
    return Draft(key=key, app_id="acme/se", sender=Person("Jordan", "me@example.org"),
                 to=(Person("Sam Lee", "sam@acme.example"),), subject="Thank you — Senior Engineer", body=body)


def draft_files(tree: dict[str, Path]) -> list[Path]:
    return sorted(p for sub in ("cur", "new") for p in (tree["drafts"] / sub).iterdir())


# ---------------------------------------------------------------- configuration


def test_registry_names_the_class() -> None:
    assert mailbox_class("maildir") is MaildirMailbox


def test_layouts_are_detected(tree: dict[str, Path], box: MaildirMailbox) -> None:
    expected = "maildir++" if tree["sent"].name.startswith(".") else "verbatim"
    assert box.layout == expected
    assert box.folders == {"inbox": tree["inbox"], "sent": tree["sent"]} and box.drafts == tree["drafts"]


def test_gmail_verbatim_tree_with_inbox_folder(tmp_path: Path, ctx: ConnectorContext) -> None:
    root = tmp_path / "gmail"
    inbox = make_maildir(root / "INBOX")
    sent = make_maildir(root / "[Gmail]" / "Sent Mail")
    drafts = make_maildir(root / "[Gmail]" / "Drafts")
    box = MaildirMailbox.from_options({"path": str(root)}, ctx)
    assert (box.layout, box.folders["inbox"], box.folders["sent"], box.drafts) == ("verbatim", inbox, sent, drafts)


def test_named_folders_and_home_expansion(
    tmp_path: Path, ctx: ConnectorContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    root = make_maildir(tmp_path / "Mail")
    sent = make_maildir(root / ".Sent Items")
    make_maildir(root / ".Sent")
    drafts = make_maildir(root / ".Entwürfe")
    box = MaildirMailbox.from_options(
        {"path": "~/Mail", "layout": "maildir++", "sent": "Sent Items", "drafts": "Entwürfe"}, ctx)
    assert box.folders["sent"] == sent and box.drafts == drafts


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({}, "path"),
        ({"path": "/nonexistent/afterview-test"}, "path"),
        ({"path": "{root}", "layout": "mbox"}, "layout"),
        ({"path": "{root}", "create": "yes"}, "create"),
        ({"path": "{root}", "folder": "x"}, "folder"),
        ({"path": "{root}", "sent": "Nope"}, "sent"),
        ({"path": "{root}", "inbox": "Nope"}, "inbox"),
        ({"path": "{root}", "drafts": ""}, "drafts"),
    ],
)
def test_bad_options_name_their_key(
    tmp_path: Path, ctx: ConnectorContext, options: dict[str, object], key: str
) -> None:
    root = make_maildir(tmp_path / "Mail")
    make_maildir(root / ".Drafts")
    filled = {k: (str(root) if v == "{root}" else v) for k, v in options.items()}
    with pytest.raises(ConnectorConfigError) as caught:
        MaildirMailbox.from_options(filled, ctx)
    assert caught.value.key == key


def test_missing_drafts_is_an_error_unless_create(tmp_path: Path, ctx: ConnectorContext) -> None:
    root = make_maildir(tmp_path / "Mail")
    make_maildir(root / ".Sent")
    with pytest.raises(ConnectorConfigError) as caught:
        MaildirMailbox.from_options({"path": str(root)}, ctx)
    assert caught.value.key == "drafts" and "create" in str(caught.value)
    box = MaildirMailbox.from_options({"path": str(root), "create": True}, ctx)
    assert box.drafts == root / ".Drafts" and (root / ".Drafts" / "maildirfolder").exists()
    assert stat.S_IMODE((root / ".Drafts" / "cur").stat().st_mode) == 0o700


def test_create_in_verbatim_layout(tmp_path: Path, ctx: ConnectorContext) -> None:
    root = make_maildir(tmp_path / "Mail")
    box = MaildirMailbox.from_options({"path": str(root), "layout": "verbatim", "create": True}, ctx)
    assert box.drafts == root / "Drafts" and (root / "Drafts" / "cur").is_dir()
    assert "sent" not in box.folders  # no Sent folder: only the inbox is read


# ---------------------------------------------------------------- reading


def test_first_scan_reads_inbox_and_sent_since(tree: dict[str, Path], box: MaildirMailbox) -> None:
    old = datetime(2024, 6, 1, tzinfo=UTC)
    deliver(tree["inbox"], message("old@acme.example", date=old), mtime=old.timestamp())
    deliver(tree["inbox"], message("recent-date-old-file@acme.example", date=old), mtime=None)
    deliver(tree["inbox"], message("in@acme.example"))
    deliver(tree["sent"], message("out@example.org", sender="me@example.org", to="sam@acme.example"))
    deliver(tree["drafts"], message("mine@example.org"))
    changes = box.list_messages(None, QUERY)
    assert {(h.message_id, h.folder) for h in changes.messages} == {
        ("in@acme.example", "inbox"), ("out@example.org", "sent")}
    assert changes.problems == ()
    [inbound] = [h for h in changes.messages if h.folder == "inbox"]
    assert inbound.sender == Person("Sam Lee", "sam@acme.example")
    assert box.fetch(inbound).text == "Hi,\n\nthanks for your time.\n"


def test_missing_date_falls_back_to_file_time(tree: dict[str, Path], box: MaildirMailbox) -> None:
    when = datetime(2025, 2, 3, 4, 5, 6, tzinfo=UTC)
    deliver(tree["inbox"], message(None, date=None), mtime=when.timestamp())
    [h] = box.list_messages(None, QUERY).messages
    assert h.date == when and h.message_id.endswith("@afterview.synthetic")
    assert box.fetch(h).header == h


def test_cursor_reports_new_mail_once_despite_mbsync_renames(tree: dict[str, Path], box: MaildirMailbox) -> None:
    first = deliver(tree["inbox"], message("a@acme.example"))
    cursor = box.list_messages(None, QUERY).cursor
    mbsync_rename(first, 101)
    second = deliver(tree["inbox"], message("b@acme.example"))
    sent = deliver(tree["sent"], message("c@example.org"))
    changes = box.list_messages(cursor, QUERY)
    assert {h.message_id for h in changes.messages} == {"b@acme.example", "c@example.org"}
    header_b = next(h for h in changes.messages if h.message_id == "b@acme.example")
    mbsync_rename(second, 102, "RS")
    mbsync_rename(sent, 7)
    again = box.list_messages(changes.cursor, QUERY)
    assert again.messages == ()
    assert box.fetch(header_b).header.message_id == "b@acme.example"  # found after the rename
    assert box.list_messages(again.cursor, QUERY).messages == ()


def test_slightly_backdated_delivery_is_still_new(tree: dict[str, Path], box: MaildirMailbox) -> None:
    deliver(tree["inbox"], message("a@acme.example"))
    cursor = box.list_messages(None, QUERY).cursor
    # offlineimap's utime_from_header: the new file's mtime is its Date, hours before the newest seen.
    deliver(tree["inbox"], message("late@acme.example"), mtime=time.time() - 5 * 3600)
    assert [h.message_id for h in box.list_messages(cursor, QUERY).messages] == ["late@acme.example"]


def test_future_mtime_does_not_hide_later_mail(tree: dict[str, Path], box: MaildirMailbox) -> None:
    deliver(tree["inbox"], message("future@acme.example"), mtime=time.time() + 30 * 86400)
    cursor = box.list_messages(None, QUERY).cursor
    deliver(tree["inbox"], message("next@acme.example"))
    assert [h.message_id for h in box.list_messages(cursor, QUERY).messages] == ["next@acme.example"]


def test_cursor_stays_small(tree: dict[str, Path], box: MaildirMailbox) -> None:
    old = datetime.now(UTC) - timedelta(days=30)
    for n in range(300):
        deliver(tree["inbox"], message(f"old{n}@acme.example", date=old), mtime=old.timestamp())
    deliver(tree["inbox"], message("new@acme.example", date=datetime.now(UTC)))
    changes = box.list_messages(None, MailQuery(since=datetime.now(UTC) - timedelta(days=60)))
    assert len(changes.messages) == 301
    assert len(changes.cursor) < 1000 and "old1" not in changes.cursor


def test_broken_files_are_problems_once(tree: dict[str, Path], box: MaildirMailbox) -> None:
    deliver(tree["inbox"], b"\x00\x01\x02 binary junk\n\nmore")
    deliver(tree["inbox"], message("ok@acme.example"))
    (tree["inbox"] / "new" / ".hidden").write_bytes(b"From: x@y\n\n")
    first = box.list_messages(None, QUERY)
    assert [h.message_id for h in first.messages] == ["ok@acme.example"]
    assert len(first.problems) == 1 and "no message header" in first.problems[0]
    again = box.list_messages(first.cursor, QUERY)
    assert again.messages == () and again.problems == ()


def test_garbage_and_foreign_cursors_expire(tree: dict[str, Path], box: MaildirMailbox, tmp_path: Path,
                                            ctx: ConnectorContext) -> None:
    with pytest.raises(CursorExpiredError):
        box.list_messages("not a cursor \x00", QUERY)
    with pytest.raises(CursorExpiredError):
        box.list_messages('{"v": 99}', QUERY)
    cursor = box.list_messages(None, QUERY).cursor
    other_root = make_maildir(tmp_path / "Other")
    make_maildir(other_root / ".Drafts")
    other = MaildirMailbox.from_options({"path": str(other_root)}, ctx)
    with pytest.raises(CursorExpiredError):
        other.list_messages(cursor, QUERY)


def test_header_only_listing_and_bounded_fetch_of_a_huge_file(tree: dict[str, Path], box: MaildirMailbox) -> None:
    path = deliver(tree["inbox"], message("huge@acme.example", body="start of a huge body\n"))
    with path.open("r+b") as handle:  # sparse: 300 MB of zero bytes after the body
        handle.truncate(300 * 1024 * 1024)
    tracemalloc.start()
    try:
        [h] = box.list_messages(None, QUERY).messages
        listing_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        fetched = box.fetch(h)
        fetch_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert listing_peak < 2 * 1024 * 1024, listing_peak
    assert fetch_peak < 80 * 1024 * 1024, fetch_peak
    assert fetched.text.startswith("start of a huge body") and fetched.problems


def test_fetch_of_a_removed_message_is_not_found(tree: dict[str, Path], box: MaildirMailbox) -> None:
    path = deliver(tree["inbox"], message())
    [h] = box.list_messages(None, QUERY).messages
    path.unlink()
    with pytest.raises(NotFoundError):
        box.fetch(h)


# ---------------------------------------------------------------- drafts


def test_save_draft_writes_a_private_flagged_file(tree: dict[str, Path], box: MaildirMailbox) -> None:
    draft = a_draft()
    stored = box.save_draft(draft)
    [path] = draft_files(tree)
    assert path.parent.name == "cur" and re.fullmatch(r"\d+\.av[0-9a-f]{20}\.[^/:]+:2,D", path.name)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list((tree["drafts"] / "tmp").iterdir()) == []
    assert stored.fingerprint == draft.fingerprint() and stored.message_id == draft.message_id
    assert b"X-Afterview-Key: acme/se/thanks/sam" in path.read_bytes()
    assert box.save_draft(a_draft(body="other")) == stored and len(draft_files(tree)) == 1
    assert box.list_messages(None, QUERY).messages == ()


def test_update_keeps_message_id_and_survives_mbsync_rename(tree: dict[str, Path], box: MaildirMailbox) -> None:
    stored = box.save_draft(a_draft())
    [path] = draft_files(tree)
    mbsync_rename(path, 55, "DS")  # uploaded to IMAP: the file name changes
    assert box.find_draft(stored.key) == stored
    new = a_draft(body="Dear Sam,\n\nthank you — second version.\n")
    updated = box.update_draft(stored.ref, new, stored.fingerprint)
    assert updated.message_id == stored.message_id and updated.fingerprint == new.fingerprint()
    [new_path] = draft_files(tree)
    assert "second version" in new_path.read_text() and ",U=" not in new_path.name
    assert box.list_drafts() == [updated]


def test_user_edit_conflicts_and_is_left_alone(tree: dict[str, Path], box: MaildirMailbox) -> None:
    stored = box.save_draft(a_draft())
    [path] = draft_files(tree)
    path.write_bytes(path.read_bytes().replace(b"thank you.", b"thank you so much, really."))
    edited = box.find_draft(stored.key)
    assert edited is not None and edited.fingerprint != stored.fingerprint
    before = path.read_bytes()
    with pytest.raises(ConflictError):
        box.update_draft(stored.ref, a_draft(body="afterview again"), stored.fingerprint)
    with pytest.raises(ConflictError):
        box.delete_draft(stored.ref, stored.fingerprint)
    assert draft_files(tree) == [path] and path.read_bytes() == before


def test_removed_owner_header_makes_it_the_users(tree: dict[str, Path], box: MaildirMailbox) -> None:
    stored = box.save_draft(a_draft())
    [path] = draft_files(tree)
    path.write_bytes(path.read_bytes().replace(b"X-Afterview-Owner: afterview\n", b""))
    assert box.list_drafts() == []
    with pytest.raises(ConflictError):
        box.delete_draft(stored.ref, stored.fingerprint)
    assert path.exists()


def test_deleted_draft_is_not_found(tree: dict[str, Path], box: MaildirMailbox) -> None:
    stored = box.save_draft(a_draft())
    draft_files(tree)[0].unlink()
    assert box.find_draft(stored.key) is None
    with pytest.raises(NotFoundError):
        box.update_draft(stored.ref, a_draft(), stored.fingerprint)
    with pytest.raises(NotFoundError):
        box.delete_draft(stored.ref, stored.fingerprint)
    with pytest.raises(NotFoundError):
        box.delete_draft("inbox/whatever", stored.fingerprint)


def test_users_own_draft_is_never_listed_or_touched(tree: dict[str, Path], box: MaildirMailbox) -> None:
    mine_data = message("mine@example.org", subject=a_draft().subject, sender="me@example.org",
                        to="sam@acme.example", body="Dear Sam,\n\nthank you.\n\nJordan\n")
    mine = deliver(tree["drafts"], mine_data)
    mine = mbsync_rename(mine, 9, "D")
    assert box.list_drafts() == [] and box.find_draft(a_draft().key) is None
    stored = box.save_draft(a_draft())
    updated = box.update_draft(stored.ref, a_draft(body="v2"), stored.fingerprint)
    box.delete_draft(updated.ref, updated.fingerprint)
    with pytest.raises(ConflictError):  # a ref naming the user's draft is refused
        box.delete_draft("drafts/mine@example.org", stored.fingerprint)
    assert draft_files(tree) == [mine] and mine.read_bytes() == mine_data


def test_crash_mid_update_leaves_newest_current_and_update_cleans_up(
    tree: dict[str, Path], box: MaildirMailbox
) -> None:
    stored = box.save_draft(a_draft())
    [old] = draft_files(tree)
    # A crash after the new file landed but before the old one was removed.
    newer = old.with_name(old.name.replace(".av", ".zz"))
    shutil.copy2(old, newer)
    os.utime(newer, ns=(old.stat().st_mtime_ns + 10**9,) * 2)
    assert len(box.list_drafts()) == 1
    updated = box.update_draft(stored.ref, a_draft(body="final"), stored.fingerprint)
    assert len(draft_files(tree)) == 1 and box.list_drafts() == [updated]


def test_restarted_connector_finds_the_draft(tree: dict[str, Path], ctx: ConnectorContext) -> None:
    first = MaildirMailbox.from_options({"path": str(tree["root"])}, ctx).save_draft(a_draft())
    again = MaildirMailbox.from_options({"path": str(tree["root"])}, ctx)
    assert again.find_draft(a_draft().key) == first and again.save_draft(a_draft()) == first


@pytest.mark.skipif(shutil.which("notmuch") is None, reason="notmuch is not installed")
def test_notmuch_indexes_the_draft(tree: dict[str, Path], box: MaildirMailbox, tmp_path: Path) -> None:
    draft = a_draft()
    box.save_draft(draft)
    config = tmp_path / "notmuch-config"
    config.write_text(f"[database]\npath={tree['root']}\n[new]\ntags=new\n")
    env = {**os.environ, "NOTMUCH_CONFIG": str(config)}
    subprocess.run(["notmuch", "new", "--quiet"], check=True, env=env, capture_output=True)
    found = subprocess.run(["notmuch", "search", "--output=messages", f"id:{draft.message_id}"],
                           check=True, env=env, capture_output=True, text=True).stdout
    assert draft.message_id in found


def test_fetch_reads_the_corpus_as_parse_message_does(tree: dict[str, Path], box: MaildirMailbox) -> None:
    """fetch keeps the header its listing read; the message is what parse_message makes of the file."""
    from afterview.connectors.mime import parse_message

    corpus = sorted((Path(__file__).parent / "corpus" / "mail").glob("*.eml"))[::15]
    stamp = (SINCE + timedelta(days=1)).timestamp()
    for path in corpus:
        deliver(tree["inbox"], path.read_bytes(), mtime=stamp)
    listed = box.list_messages(None, QUERY).messages
    assert len(listed) > 100  # the rest are dated before the window
    for header in listed:
        fetched = box.fetch(header)
        data = Path(box._paths[header.ref][0]).read_bytes()
        fresh = parse_message(data, ref=header.ref, folder=header.folder, fallback_date=header.date)
        assert fetched == fresh
        assert fetched.header is header
