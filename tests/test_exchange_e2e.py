"""The daemon end to end on an Exchange account (real exchangelib, EWS fake): interview -> thank-you
drafts and ticklers -> an offer -> a reply draft in the offer's conversation, reminders gone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from afterview.connectors.secrets import set_secret
from afterview.daemon.config import Config, parse_config
from afterview.daemon.engine import Engine
from contract_data import event_to_ics
from engine_kit import ME, OFFER, TZ, Clock, interview, mail
from fakes.ews_fake import EwsFake, serve
from fakes.ews_items import calendar_item, message_item
from fakes.ews_ntlm import serve_ntlm, write_user_file
from fakes.ews_store import FakeItem, t
from memory_keyring import memory_keyring

START = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)  # a Tuesday; the interview ends at 15:00


@pytest.fixture
def ews() -> Iterator[EwsFake]:
    with memory_keyring(), serve(EwsFake(owner=ME)) as fake:
        set_secret("work", "password", fake.password)
        yield fake


def exchange_config(tmp_path: Path, fake: EwsFake, extra: str = 'auth = "basic"', username: str = "") -> Config:
    table = (f'{{ type = "exchange", email = "{ME}", service_endpoint = "{fake.url}", '
             f'username = "{username or fake.user}", {extra}, version = "2019", max_wait = 2, timeout = 5 }}')
    text = "\n".join([
        f'me = ["{ME}"]', 'name = "Jordan Lee"', 'timezone = "Europe/Berlin"',
        "[state]", 'path = "state.sqlite3"', "[accounts.work]", f"calendar = {table}", f"mail = {table}",
    ]) + "\n"
    return parse_config(text, base_dir=tmp_path, path=tmp_path / "config.toml")


def cycle(config: Config, clock: Clock) -> list[str]:
    with Engine.open(config, clock=clock) as engine:
        return engine.run_cycle().changes


def owner_key(item: FakeItem) -> str | None:
    for prop in item.elem.findall(t("ExtendedProperty")):
        uri = prop.find(t("ExtendedFieldURI"))
        if uri is not None and uri.get("PropertyName") == "AfterviewKey":
            return prop.findtext(t("Value"))
    return None


def owned(fake: EwsFake, folder: str) -> list[FakeItem]:
    return [i for i in fake.items_in(folder) if owner_key(i)]


def recipients(item: FakeItem) -> list[str]:
    return [str(e.text).lower() for e in item.elem.iterfind(f"{t('ToRecipients')}/{t('Mailbox')}/{t('EmailAddress')}")]


def pending(fake: EwsFake, now: datetime) -> list[FakeItem]:
    def start(item: FakeItem) -> datetime:
        return datetime.fromisoformat(str(item.elem.findtext(t("Start"))).replace("Z", "+00:00"))

    return [i for i in owned(fake, "calendar") if start(i) > now]


def test_interview_to_offer_on_exchange(tmp_path: Path, ews: EwsFake) -> None:
    interview_to_offer(exchange_config(tmp_path, ews), ews, "inbox", sources=3)


def test_offer_in_a_configured_subfolder_over_ntlm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTLM_USER_FILE", str(write_user_file(tmp_path, "ACME", "jordan", "s3cret")))
    with memory_keyring(), serve_ntlm(EwsFake(owner=ME)) as fake:
        set_secret("work", "password", "s3cret")
        fake.add_folder("Inbox/Recruiting")
        config = exchange_config(tmp_path, fake, 'auth = "ntlm", folders = ["Inbox", "Inbox/Recruiting"]',
                                 username="ACME\\\\jordan")
        interview_to_offer(config, fake, "Inbox/Recruiting", sources=4)
        assert set(fake.ntlm_logins) == {"ACME\\jordan"}


def interview_to_offer(config: Config, ews: EwsFake, offer_folder: str, sources: int) -> None:
    """Runs the daemon from an interview to an offer delivered in `offer_folder`; checks drafts and ticklers."""
    ews.put("calendar", calendar_item(interview("iv-1@acme.com", START)))
    clock = Clock(START + timedelta(minutes=65))

    changes = cycle(config, clock)
    assert "new application: Acme, Senior Data Engineer" in changes
    drafts = owned(ews, "drafts")
    assert sorted(r for d in drafts for r in recipients(d)) == ["dana.smith@acme.com", "lee.wong@acme.com"]
    ticklers = owned(ews, "calendar")
    subjects = [str(i.elem.findtext(t("Subject"))) for i in ticklers]
    assert any("thank-you" in s.lower() for s in subjects) and any("follow up" in s.lower() for s in subjects)
    assert all(owner_key(i) and i.elem.findtext(t("ReminderIsSet")) == "true" for i in ticklers)
    assert all("acme/senior-data-engineer" in str(owner_key(i)) for i in ticklers + drafts)

    # The next cycle reads back afterview's own writes (one GetItem) and changes nothing; after
    # that, an idle cycle costs exactly one SyncFolderItems per source.
    assert cycle(config, clock) == []
    ews.calls.clear()
    assert cycle(config, clock) == []
    assert dict(ews.calls) == {"SyncFolderItems": sources}

    clock.advance(days=4)
    deliver = (lambda e: ews.put("inbox", e)) if offer_folder == "inbox" else (lambda e: ews.put_in(offer_folder, e))
    offer = deliver(message_item(mail("dana.smith@acme.com", "Offer — Senior Data Engineer", OFFER,
                                               clock.now - timedelta(minutes=5), sender_name="Dana Smith")))
    cycle(config, clock)
    offer_id = str(offer.elem.findtext(t("InternetMessageId"))).strip("<>")
    replies = [d for d in owned(ews, "drafts") if d.elem.findtext(t("InReplyTo"))]
    assert len(replies) == 1
    reply = replies[0]
    assert str(reply.elem.findtext(t("InReplyTo"))).strip("<>") == offer_id
    conversation = reply.elem.find(t("ConversationId"))
    assert conversation is not None and conversation.get("Id") == offer.elem.find(t("ConversationId")).get("Id")  # type: ignore[union-attr]
    body = str(reply.elem.findtext(t("Body"))).lower()
    assert "writing" in body or "written" in body
    assert recipients(reply) == ["dana.smith@acme.com"]
    assert pending(ews, clock.now) == [], "follow-up reminders go after the offer"
    assert ews.store.sent == [], "nothing was ever sent"

    with Engine.open(config, clock=clock, connect=False) as engine:
        assert engine.states()[0].status == "offer"


def test_folder_problems_reach_the_cycle_report(tmp_path: Path, ews: EwsFake) -> None:
    ews.add_folder("Inbox/Recruiting")
    config = exchange_config(tmp_path, ews, 'auth = "basic", folders = ["Inbox", "Inbox/Recruting"]')
    ews.put("calendar", calendar_item(interview("iv-1@acme.com", START)))
    clock = Clock(START + timedelta(minutes=65))
    with Engine.open(config, clock=clock) as engine:
        report = engine.run_cycle()
    assert "new application: Acme, Senior Data Engineer" in report.changes, "the calendar goes on"
    assert "'Inbox/Recruting'" in report.failed_sources["work:mail"]

    good = exchange_config(tmp_path, ews, 'auth = "basic", folders = ["Inbox", "Inbox/Recruiting"]')
    clock.advance(days=1)
    with Engine.open(good, clock=clock) as engine:
        assert "work:mail" not in engine.run_cycle().failed_sources
    ews.remove_folder("Inbox/Recruiting")
    clock.advance(days=1)
    with Engine.open(good, clock=clock) as engine:
        report = engine.run_cycle()
    assert "work:mail" not in report.failed_sources
    assert any("'Inbox/Recruiting' is gone" in p for p in report.problems)


def test_a_deleted_occurrence_of_an_interview_series_cancels_that_round_only(tmp_path: Path, ews: EwsFake) -> None:
    calendar = icalendar.Calendar.from_ical(event_to_ics(interview("loop@acme.com", START + timedelta(days=1))))
    calendar.walk("VEVENT")[0].add("rrule", {"FREQ": "WEEKLY", "COUNT": 3})
    master = ews.put_series(calendar.to_ical())
    config = exchange_config(tmp_path, ews)
    clock = Clock(START)
    cycle(config, clock)
    with Engine.open(config, clock=clock, connect=False) as engine:
        [state] = engine.states()
        keys = [i.event_key for i in state.interviews]
    assert len(keys) == 3 and all(k.startswith("loop@acme.com@") for k in keys)

    third = max(ews.store.series[master.id].instances(START, START + timedelta(days=30)),
                key=lambda i: str(i.elem.findtext(t("Start"))))
    ews.delete(third.id)  # the company drops the last round
    clock.advance(hours=1)
    cycle(config, clock)
    with Engine.open(config, clock=clock, connect=False) as engine:
        [state] = engine.states()
        assert [i.event_key for i in state.interviews] == keys[:2]
