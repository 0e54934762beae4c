"""Google connectors against the fake's real error shapes: stale cursors, rate limits, token refresh,
revoked grants, idle request counts, threading of drafts, the bounded first scan, discovery checks.
"""

from __future__ import annotations

import http.client
import urllib.parse
from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import ConnectorContext, MailQuery
from afterview.connectors.errors import AuthError, CursorExpiredError, TransientError
from afterview.connectors.google.calendar import GoogleCalendar
from afterview.connectors.google.gmail import GmailMailbox
from afterview.connectors.google.session import Budget
from contract_data import WINDOW, a_draft, a_message, a_tickler, an_interview
from fakes.google_errors import backend_error, rate_limited, user_rate_limited
from fakes.google_fake import FakeGoogle
from google_kit import google, google_event, google_keyring, options
from memory_keyring import MemoryKeyring

__all__ = ["google", "google_keyring"]
QUERY = MailQuery(since=datetime(2030, 1, 1, tzinfo=UTC))


@pytest.fixture
def calendar(google: FakeGoogle, google_keyring: MemoryKeyring, ctx: ConnectorContext) -> GoogleCalendar:
    return GoogleCalendar.from_options(options(google), ctx)


@pytest.fixture
def mailbox(google: FakeGoogle, google_keyring: MemoryKeyring, ctx: ConnectorContext) -> GmailMailbox:
    return GmailMailbox.from_options(options(google), ctx)


# ---------------------------------------------------------------- cursors


def test_stale_sync_token_is_cursor_expired_then_full_listing_works(
    google: FakeGoogle, calendar: GoogleCalendar
) -> None:
    google.calendar.put_event(google_event(an_interview()))
    cursor = calendar.list_events(None, WINDOW).cursor
    google.calendar.expire_sync_tokens()
    with pytest.raises(CursorExpiredError):
        calendar.list_events(cursor, WINDOW)
    again = calendar.list_events(None, WINDOW)
    assert again.full and [e.uid for e in again.events] == [an_interview().uid]


def test_stale_history_id_is_cursor_expired(google: FakeGoogle, mailbox: GmailMailbox) -> None:
    google.gmail.deliver(a_message())
    cursor = mailbox.list_messages(None, QUERY).cursor
    google.gmail.expire_history()
    with pytest.raises(CursorExpiredError):
        mailbox.list_messages(cursor, QUERY)


def test_idle_cycle_costs_one_request_per_calendar_and_one_for_gmail(
    google: FakeGoogle, google_keyring: MemoryKeyring, ctx: ConnectorContext
) -> None:
    google.calendar.add_calendar("work@group.calendar.google.com")
    calendar = GoogleCalendar.from_options(
        options(google, calendars=["primary", "work@group.calendar.google.com"]), ctx)
    mailbox = GmailMailbox.from_options(options(google), ctx)
    google.calendar.put_event(google_event(an_interview()))
    google.gmail.deliver(a_message())
    calendar.create_tickler(a_tickler())
    event_cursor = calendar.list_events(None, WINDOW).cursor
    mail_cursor = mailbox.list_messages(None, QUERY).cursor
    google.reset_counts()
    assert calendar.list_events(event_cursor, WINDOW).events == ()
    assert mailbox.list_messages(mail_cursor, QUERY).messages == ()
    assert google.http_requests == {"calendar": 2, "gmail": 1}
    assert dict(google.calls) == {"calendar.events.list": 2, "gmail.users.history.list": 1}


# ---------------------------------------------------------------- retries and auth


def test_rate_limit_is_retried_with_backoff_honouring_retry_after(
    google: FakeGoogle, calendar: GoogleCalendar
) -> None:
    pauses: list[float] = []
    calendar.session.sleep = pauses.append
    google.fail_next("calendar.events.list", rate_limited(retry_after=7))
    google.fail_next("calendar.events.list", user_rate_limited())
    assert calendar.list_events(None, WINDOW).full
    assert google.calls["calendar.events.list"] == 3
    assert pauses[0] >= 7 and 0 < pauses[1] < 7


def test_persistent_rate_limit_gives_up_bounded_as_transient(google: FakeGoogle, calendar: GoogleCalendar) -> None:
    pauses: list[float] = []
    calendar.session.sleep = pauses.append
    google.fail_next("*", backend_error(), times=50)
    with pytest.raises(TransientError):
        calendar.list_ticklers()
    assert google.calls["calendar.events.list"] == calendar.session.opts.max_retries + 1
    assert pauses == sorted(pauses), "back-off grows"


def test_batched_gets_retry_only_the_rate_limited_parts(google: FakeGoogle, mailbox: GmailMailbox) -> None:
    for n in range(3):
        google.gmail.deliver(a_message(message_id=f"m{n}@acme.example"))
    google.fail_next("gmail.users.messages.get", rate_limited())
    found = mailbox.list_messages(None, QUERY).messages
    assert {h.message_id for h in found} == {"m0@acme.example", "m1@acme.example", "m2@acme.example"}
    assert google.calls["gmail.users.messages.get"] == 4
    assert google.http_requests["gmail"] == 4  # profile, search, two batches


def test_expired_access_token_is_refreshed(google: FakeGoogle, calendar: GoogleCalendar) -> None:
    calendar.list_ticklers()
    before = google.http_requests["token"]
    google.expire_access_tokens()
    assert calendar.list_ticklers() == []
    assert google.http_requests["token"] == before + 1


def test_revoked_grant_is_auth_error_with_the_fix_command(
    google: FakeGoogle, google_keyring: MemoryKeyring, calendar: GoogleCalendar
) -> None:
    google.revoke(google_keyring.store[("afterview", "test/google_refresh_token")])
    with pytest.raises(AuthError) as caught:
        calendar.list_ticklers()
    assert caught.value.hint == "afterview auth google --account test"
    assert "fake-refresh" not in str(caught.value)


def test_no_refresh_token_is_auth_error(google: FakeGoogle, ctx: ConnectorContext) -> None:
    from memory_keyring import memory_keyring

    with memory_keyring():
        calendar = GoogleCalendar.from_options(options(google), ctx)
        with pytest.raises(AuthError, match="not authorised"):
            calendar.list_ticklers()


# ---------------------------------------------------------------- drafts and scans


def test_reply_draft_lands_in_the_answered_thread(google: FakeGoogle, mailbox: GmailMailbox,
                                                  google_keyring: MemoryKeyring, ctx: ConnectorContext) -> None:
    google.gmail.deliver(a_message(message_id="in-0@acme.example", subject="Thank you — Senior Engineer interview"))
    mailbox.list_messages(None, QUERY)
    stored = mailbox.save_draft(a_draft(subject="Re: Thank you — Senior Engineer interview"))
    assert google.gmail.draft_message(stored.ref).thread_id == google.gmail.thread_of("in-0@acme.example")
    # A restarted connector has no header cache: it finds the thread with an rfc822msgid: search.
    fresh = GmailMailbox.from_options(options(google), ctx)
    other = fresh.save_draft(a_draft(key="acme/other", subject="Re: Thank you — Senior Engineer interview"))
    assert google.gmail.draft_message(other.ref).thread_id == google.gmail.thread_of("in-0@acme.example")


def test_a_lost_create_answer_makes_no_duplicate(google: FakeGoogle, mailbox: GmailMailbox) -> None:
    mailbox.session.sleep = lambda _: None
    google.fail_next("gmail.users.drafts.create", backend_error())
    mailbox.save_draft(a_draft())
    assert len(google.gmail.drafts) == 1 and len(mailbox.list_drafts()) == 1


def test_sent_draft_is_the_users_and_shows_as_sent_mail(google: FakeGoogle, mailbox: GmailMailbox) -> None:
    cursor = mailbox.list_messages(None, QUERY).cursor
    stored = mailbox.save_draft(a_draft())
    google.gmail.user_send_draft(stored.ref)
    assert mailbox.find_draft(a_draft().key) is None
    [sent] = mailbox.list_messages(cursor, QUERY).messages
    assert sent.folder == "sent" and sent.message_id == stored.message_id


def test_first_scan_is_bounded_by_window_senders_and_terms(google: FakeGoogle, mailbox: GmailMailbox) -> None:
    google.gmail.deliver(a_message(message_id="old@acme.example", date=datetime(2029, 6, 1, tzinfo=UTC)))
    google.gmail.deliver(a_message(message_id="news@acme.example", subject="Newsletter"))
    google.gmail.deliver(a_message(message_id="iv@acme.example", subject="Your interview"))
    query = MailQuery(since=datetime(2030, 1, 1, tzinfo=UTC), domains=frozenset({"globex.example"}),
                      terms=("interview", "next steps"))
    found = {h.message_id for h in mailbox.list_messages(None, query).messages}
    assert found == {"iv@acme.example"}
    [q] = google.gmail.queries
    assert q.startswith(f"after:{int(query.since.timestamp())} ") and "from:globex.example" in q
    assert '"next steps"' in q and "-in:drafts" in q


def test_first_scan_stops_at_max_scan_messages(google: FakeGoogle, google_keyring: MemoryKeyring,
                                               ctx: ConnectorContext) -> None:
    for n in range(5):
        google.gmail.deliver(a_message(message_id=f"m{n}@acme.example"))
    mailbox = GmailMailbox.from_options(options(google, max_scan_messages=3), ctx)
    changes = mailbox.list_messages(None, QUERY)
    assert len(changes.messages) == 3 and any("max_scan_messages" in p for p in changes.problems)


def test_budget_spreads_a_burst_to_the_quota_rate() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    budget = Budget(100, clock=lambda: now[0], sleep=sleep)
    for _ in range(60):
        budget.take(5)  # 300 units at 100 units/s: about two seconds of waiting
    assert sum(slept) == pytest.approx(2.0)
    now[0] += 10
    slept.clear()
    budget.take(50)
    assert slept == []


# ---------------------------------------------------------------- the fake's own checks


def test_fake_rejects_what_the_discovery_documents_do_not_allow(google: FakeGoogle,
                                                                 google_keyring: MemoryKeyring) -> None:
    host = urllib.parse.urlsplit(google.url)
    conn = http.client.HTTPConnection(host.hostname or "", host.port, timeout=5)
    conn.request("GET", "/gmail/v1/users/me/messages?newest_first=true")
    assert conn.getresponse().read() and google.violations == ["gmail.users.messages.list: unknown query parameter "
                                                              "'newest_first'"]
    conn.request("POST", "/calendar/v3/calendars/primary/events", body=b'{"summary": "x", "colour": "red"}',
                 headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    assert response.status == 400 and "unknown field body.colour" in google.violations[-1]
    conn.close()
    google.violations.clear()


def test_window_is_honoured_in_incremental_listing(google: FakeGoogle, calendar: GoogleCalendar) -> None:
    cursor = calendar.list_events(None, WINDOW).cursor
    far = an_interview(uid="far@acme.example", start=WINDOW[1] + timedelta(days=30))
    google.calendar.put_event(google_event(far))
    assert calendar.list_events(cursor, WINDOW).events == ()


def test_a_long_retry_after_is_left_to_the_engine_not_slept_in_the_cycle(
    google: FakeGoogle, calendar: GoogleCalendar
) -> None:
    pauses: list[float] = []
    calendar.session.sleep = pauses.append
    google.fail_next("calendar.events.list", rate_limited(retry_after=3600))
    with pytest.raises(TransientError) as caught:
        calendar.list_events(None, WINDOW)
    assert caught.value.retry_after == 3600
    assert pauses == [], "an hour's wait must not block the other accounts' cycle"
    assert google.calls["calendar.events.list"] == 1
