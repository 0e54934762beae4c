"""Configured mail folders on Exchange: subfolders found once with FindFolder and read incrementally with
their own sync state; unknown, removed and re-created folders; per-folder invalid states."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from afterview.connectors.base import ConnectorContext
from afterview.connectors.errors import ConnectorConfigError, ConnectorError
from afterview.connectors.exchange.folders import UnknownFolderError
from afterview.connectors.exchange.mail import ExchangeMailbox
from afterview.connectors.secrets import set_secret
from contract_data import a_message
from contract_mail import MailboxContract
from fakes.ews_fake import EwsFake, serve
from fakes.ews_items import message_item
from memory_keyring import memory_keyring

QUERY = MailboxContract.QUERY
FOLDERS = ["Inbox", "Inbox/Recruiting", "Job search/Agencies"]


@pytest.fixture
def ews(ctx: ConnectorContext) -> Iterator[EwsFake]:
    with memory_keyring(), serve(EwsFake()) as fake:
        set_secret(ctx.account, "password", fake.password)
        for path in ("Inbox/Recruiting", "Job search", "Job search/Agencies"):
            fake.add_folder(path)
        yield fake


def mailbox(fake: EwsFake, ctx: ConnectorContext, folders: list[str] | None = None) -> ExchangeMailbox:
    options: dict[str, object] = {"email": "jordan@example.org", "service_endpoint": fake.url, "username": fake.user,
                                  "auth": "basic", "version": "2016", "max_wait": 2, "timeout": 5}
    if folders is not None:
        options["folders"] = folders
    return ExchangeMailbox.from_options(options, ctx)


def ids(changes: object) -> list[str]:
    return sorted(h.message_id for h in changes.messages)  # type: ignore[attr-defined]


def test_mail_in_configured_subfolders_is_read_incrementally(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put("inbox", message_item(a_message("in-1@acme.example")))
    ews.put_in("Inbox/Recruiting", message_item(a_message("rec-1@acme.example")))
    ews.put_in("Job search/Agencies", message_item(a_message("agency-1@hays.example")))
    ews.put_in("Job search", message_item(a_message("not-listed@x.example")))  # the parent is not configured
    box = mailbox(ews, ctx, FOLDERS)
    first = box.list_messages(None, QUERY)
    assert ids(first) == ["agency-1@hays.example", "in-1@acme.example", "rec-1@acme.example"]
    assert {h.folder for h in first.messages} == {"inbox"}
    assert ews.calls["FindFolder"] == 3, "one FindFolder per path segment below Inbox or the root"

    ews.put_in("Inbox/Recruiting", message_item(a_message("rec-2@acme.example")))
    ews.calls.clear()
    second = box.list_messages(first.cursor, QUERY)
    assert ids(second) == ["rec-2@acme.example"]
    assert box.fetch(second.messages[0]).header.message_id == "rec-2@acme.example"

    ews.calls.clear()
    idle = box.list_messages(second.cursor, QUERY)
    assert idle.messages == () and idle.problems == ()
    assert dict(ews.calls) == {"SyncFolderItems": 4}, "idle: one SyncFolderItems per folder, no FindFolder"


def test_default_is_the_inbox_alone(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put_in("Inbox/Recruiting", message_item(a_message("rec-1@acme.example")))
    ews.put("inbox", message_item(a_message("in-1@acme.example")))
    assert ids(mailbox(ews, ctx).list_messages(None, QUERY)) == ["in-1@acme.example"]
    assert ews.calls["FindFolder"] == 0


def test_unknown_folder_is_a_config_error_naming_it(ews: EwsFake, ctx: ConnectorContext) -> None:
    with pytest.raises(UnknownFolderError) as caught:
        mailbox(ews, ctx, ["Inbox", "Inbox/Recruting"]).list_messages(None, QUERY)
    error = caught.value
    assert isinstance(error, ConnectorConfigError) and error.key == "folders"
    assert isinstance(error, ConnectorError), "the engine reports it per source instead of stopping"
    assert "'Inbox/Recruting'" in str(error) and error.hint and "folders" in error.hint


def test_a_folder_added_to_the_config_later_is_read_from_scratch(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put("inbox", message_item(a_message("in-1@acme.example")))
    ews.put_in("Inbox/Recruiting", message_item(a_message("rec-1@acme.example")))
    cursor = mailbox(ews, ctx).list_messages(None, QUERY).cursor
    later = mailbox(ews, ctx, ["Inbox", "Inbox/Recruiting"]).list_messages(cursor, QUERY)
    assert ids(later) == ["rec-1@acme.example"]


def test_removed_folder_is_a_problem_line_and_the_others_go_on(ews: EwsFake, ctx: ConnectorContext) -> None:
    box = mailbox(ews, ctx, FOLDERS)
    cursor = box.list_messages(None, QUERY).cursor
    ews.remove_folder("Inbox/Recruiting")
    ews.put("inbox", message_item(a_message("in-2@acme.example")))
    changes = box.list_messages(cursor, QUERY)
    assert ids(changes) == ["in-2@acme.example"]
    assert len(changes.problems) == 1 and "'Inbox/Recruiting' is gone" in changes.problems[0]
    still = box.list_messages(changes.cursor, QUERY)
    assert len(still.problems) == 1, "said again each cycle until the config is fixed"

    ews.add_folder("Inbox/Recruiting")  # re-created (or renamed back): a new folder, read from scratch
    ews.put_in("Inbox/Recruiting", message_item(a_message("rec-9@acme.example")))
    back = box.list_messages(still.cursor, QUERY)
    assert ids(back) == ["rec-9@acme.example"] and back.problems == ()


def test_a_renamed_folder_is_found_again_by_its_path(ews: EwsFake, ctx: ConnectorContext) -> None:
    box = mailbox(ews, ctx, ["Inbox/Recruiting"])
    cursor = box.list_messages(None, QUERY).cursor
    ews.remove_folder("Inbox/Recruiting")
    ews.add_folder("Inbox/Recruiting")
    ews.put_in("Inbox/Recruiting", message_item(a_message("rec-3@acme.example")))
    changes = box.list_messages(cursor, QUERY)
    assert ids(changes) == ["rec-3@acme.example"] and changes.problems == ()


def test_an_invalid_state_resyncs_that_folder_alone(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put("inbox", message_item(a_message("in-1@acme.example")))
    ews.put_in("Inbox/Recruiting", message_item(a_message("rec-1@acme.example")))
    box = mailbox(ews, ctx, FOLDERS)
    blob = json.loads(box.list_messages(None, QUERY).cursor)
    blob["f"]["Inbox/Recruiting"][1] = "bm90IGEgc3RhdGU="  # a state the server rejects
    changes = box.list_messages(json.dumps(blob), QUERY)
    assert ids(changes) == ["rec-1@acme.example"], "only that folder is listed again"


def test_a_version_1_cursor_is_carried_over(ews: EwsFake, ctx: ConnectorContext) -> None:
    ews.put("inbox", message_item(a_message("in-1@acme.example")))
    box = mailbox(ews, ctx)
    cursor = json.loads(box.list_messages(None, QUERY).cursor)
    old = json.dumps({"v": 1, "s": {"inbox": cursor["f"]["Inbox"][1], "sent": cursor["f"]["sent"][1]}})
    assert box.list_messages(old, QUERY).messages == ()


@pytest.mark.parametrize("bad", ["Inbox", [], ["Inbox//x"], [3], ["Sent Items"]])
def test_bad_folders_option(ews: EwsFake, ctx: ConnectorContext, bad: object) -> None:
    with pytest.raises(ConnectorConfigError) as caught:
        mailbox(ews, ctx, bad)  # type: ignore[arg-type]
    assert caught.value.key == "folders"
