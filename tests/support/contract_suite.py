"""The connector contract suite, after vdirsyncer's StorageTests: one set of tests for every backend.

A backend's test module subclasses CalendarContract / MailboxContract and supplies only
fixtures. Tests skip by capability flags, never by backend. The backend-native fixtures
(`seed_event`, `user_edit_tickler`, `deliver`, ...) must use the backend's own means
(files written with icalendar / the stdlib email package, a server's API), not the
connector under test, so the suite checks the connector against the real format.

Calendar fixtures: `calendar_factory` (() -> connector; a second call is a restarted
daemon on the same backend), `seed_event` (CalendarEvent -> None), `remove_event`
(uid -> None), `user_edit_tickler` / `user_delete_tickler` (ref -> None), and, only for
backends with RECURRENCE, `seed_ics` (iCalendar bytes -> None).
Mailbox fixtures: `mailbox_factory`, `deliver` (bytes, folder -> None), `user_edit_draft` /
`user_delete_draft` (ref -> None), `add_user_draft` (bytes -> a callable telling whether that
draft is still there untouched).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from afterview.connectors.base import (
    CalendarConnector,
    CalendarEvent,
    Capability,
    MailboxConnector,
    MailQuery,
)
from afterview.connectors.errors import ConflictError, CursorExpiredError, NotFoundError
from contract_data import (
    SERIES_UID,
    TZ,
    WINDOW,
    a_draft,
    a_message,
    a_tickler,
    an_interview,
    same_instant,
    weekly_series_ics,
)

__all__ = ["TZ", "WINDOW", "CalendarContract", "MailboxContract"]

KNOWN_CAPABILITIES = {
    Capability.INCREMENTAL_EVENTS, Capability.INCREMENTAL_MAIL, Capability.RECURRENCE,
    Capability.REMOVAL_DETECTION, Capability.ETAG_PRECONDITION,
}

SeedEvent = Callable[[CalendarEvent], None]
ByRef = Callable[[str], None]
Deliver = Callable[[bytes, str], None]
AddUserDraft = Callable[[bytes], Callable[[], bool]]


def needs(connector: CalendarConnector | MailboxConnector, capability: str) -> None:
    """Given a connector and a capability, returns if it has it; otherwise skips the test."""
    if capability not in connector.capabilities:
        pytest.skip(f"connector lacks capability {capability!r}")


def _by_uid(events: tuple[CalendarEvent, ...], uid: str) -> list[CalendarEvent]:
    return [e for e in events if e.uid == uid]


class CalendarContract:
    """Every calendar connector passes these; subclasses supply the fixtures named in the module doc."""

    @pytest.fixture
    def calendar(self, calendar_factory: Callable[[], CalendarConnector]) -> CalendarConnector:
        return calendar_factory()

    # ------------------------------------------------------------ reading

    def test_capabilities_are_known_flags(self, calendar: CalendarConnector) -> None:
        assert set(calendar.capabilities) <= KNOWN_CAPABILITIES
        assert isinstance(calendar, CalendarConnector)

    def test_empty_calendar_has_no_ticklers(self, calendar: CalendarConnector) -> None:
        assert calendar.list_ticklers() == []
        assert calendar.find_tickler("acme/none") is None
        changes = calendar.list_events(None, WINDOW)
        assert changes.full and changes.events == ()

    def test_seeded_event_is_listed_with_aware_times_and_people(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        seeded = an_interview()
        seed_event(seeded)
        changes = calendar.list_events(None, WINDOW)
        assert changes.full
        [got] = _by_uid(changes.events, seeded.uid)
        for moment in (got.start, got.end):
            assert moment.tzinfo is not None and moment.utcoffset() is not None
        assert same_instant(got.start, seeded.start) and same_instant(got.end, seeded.end)
        assert (got.summary, got.location, got.description) == (
            seeded.summary, seeded.location, seeded.description)
        assert got.owned_key is None and not got.cancelled and not got.all_day
        assert got.organizer is not None and got.organizer.email == "talent@acme.example"
        people = {a.email: a for a in got.attendees}
        assert set(people) >= {"jordan@example.org", "sam.lee@acme.example", "room-4@acme.example"}
        assert people["sam.lee@acme.example"].name == "Sam Lee"
        assert people["sam.lee@acme.example"].kind == "individual"
        assert people["sam.lee@acme.example"].status == "ACCEPTED"
        assert people["room-4@acme.example"].kind == "room"

    def test_all_day_event_is_placed_in_user_zone(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        day = datetime(2030, 3, 8, tzinfo=TZ)
        seed_event(an_interview(uid="allday@acme.example", summary="Onsite day", start=day,
                                end=day + timedelta(days=1), all_day=True, attendees=()))
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, "allday@acme.example")
        assert got.all_day
        assert got.start.astimezone(TZ).replace(tzinfo=None) == datetime(2030, 3, 8)  # noqa: DTZ001
        assert same_instant(got.start, day)

    def test_cancelled_event_is_flagged(self, calendar: CalendarConnector, seed_event: SeedEvent) -> None:
        seed_event(an_interview(uid="gone@acme.example", cancelled=True))
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, "gone@acme.example")
        assert got.cancelled

    def test_event_outside_window_is_not_listed(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        far = datetime(2035, 6, 1, 10, tzinfo=TZ)
        seed_event(an_interview(uid="far@acme.example", start=far, end=far + timedelta(hours=1)))
        seed_event(an_interview())
        uids = {e.uid for e in calendar.list_events(None, WINDOW).events}
        assert "far@acme.example" not in uids and an_interview().uid in uids

    def test_recurring_series_expands_to_instances(
        self, calendar: CalendarConnector, request: pytest.FixtureRequest
    ) -> None:
        needs(calendar, Capability.RECURRENCE)
        seed_ics: Callable[[bytes], None] = request.getfixturevalue("seed_ics")  # only with RECURRENCE
        seed_ics(weekly_series_ics())
        got = sorted(_by_uid(calendar.list_events(None, WINDOW).events, SERIES_UID), key=lambda e: e.start)
        local = [e.start.astimezone(TZ).strftime("%m-%d %H:%M") for e in got]
        assert local == ["03-04 10:00", "03-11 11:00", "03-25 10:00", "04-01 10:00"]  # 04-01 is summer time
        assert all(e.recurrence_id is not None for e in got)
        assert len({e.key for e in got}) == 4
        assert got[1].summary.endswith("(moved)") and got[0].summary == "Interview loop sync — Acme"
        assert same_instant(got[1].recurrence_id or got[1].start, datetime(2030, 3, 11, 10, tzinfo=TZ))

    def test_foreign_events_are_never_owned(self, calendar: CalendarConnector, seed_event: SeedEvent) -> None:
        for n in range(3):
            seed_event(an_interview(uid=f"foreign-{n}@example.org", summary=f"Send thank-you notes {n}"))
        assert all(e.owned_key is None for e in calendar.list_events(None, WINDOW).events)
        assert calendar.list_ticklers() == []

    # ------------------------------------------------------------ owned ticklers

    def test_create_tickler_stores_it(self, calendar: CalendarConnector) -> None:
        tickler = a_tickler()
        stored = calendar.create_tickler(tickler)
        assert stored.key == tickler.key and stored.ref
        assert stored.fingerprint == tickler.fingerprint()
        assert same_instant(stored.start, tickler.start)
        assert calendar.find_tickler(tickler.key) == stored
        assert calendar.list_ticklers() == [stored]

    def test_create_is_idempotent_on_key(self, calendar: CalendarConnector) -> None:
        first = calendar.create_tickler(a_tickler())
        again = calendar.create_tickler(a_tickler(summary="a different text, same key"))
        assert again.ref == first.ref and again.fingerprint == first.fingerprint
        assert len(calendar.list_ticklers()) == 1

    def test_restarted_connector_finds_ticklers(
        self, calendar_factory: Callable[[], CalendarConnector]
    ) -> None:
        first = calendar_factory().create_tickler(a_tickler())
        restarted = calendar_factory()
        assert restarted.find_tickler(a_tickler().key) == first
        assert restarted.create_tickler(a_tickler()).ref == first.ref
        assert len(restarted.list_ticklers()) == 1

    def test_two_keys_make_two_ticklers(self, calendar: CalendarConnector) -> None:
        one = calendar.create_tickler(a_tickler(key="acme/se/thanks"))
        two = calendar.create_tickler(a_tickler(key="acme/se/followup-1", summary="Follow up — Acme"))
        assert one.ref != two.ref
        assert {t.key for t in calendar.list_ticklers()} == {"acme/se/thanks", "acme/se/followup-1"}

    def test_tickler_shows_in_list_events_as_owned(self, calendar: CalendarConnector) -> None:
        tickler = a_tickler()
        calendar.create_tickler(tickler)
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, tickler.uid)
        assert got.owned_key == tickler.key
        assert (got.summary, got.description) == (tickler.summary, tickler.description)
        assert same_instant(got.start, tickler.start) and same_instant(got.end, tickler.end)

    def test_unicode_and_multiline_text_keep_the_fingerprint(self, calendar: CalendarConnector) -> None:
        tickler = a_tickler(summary="Danke — Müller & Söhne, «Senior» Engineer; Zürich",
                            description="One, with a comma; and semicolon\nTwo: café ✓\n" + "x" * 120)
        stored = calendar.create_tickler(tickler)
        assert stored.fingerprint == tickler.fingerprint()
        found = calendar.find_tickler(tickler.key)
        assert found is not None and found.fingerprint == tickler.fingerprint()

    def test_update_rewrites_in_place(self, calendar: CalendarConnector) -> None:
        old = a_tickler()
        stored = calendar.create_tickler(old)
        new = a_tickler(summary="Send thank-you notes — Acme (moved)", start=old.start + timedelta(days=1))
        updated = calendar.update_tickler(stored.ref, new, stored.fingerprint)
        assert updated.ref == stored.ref and updated.fingerprint == new.fingerprint()
        assert same_instant(updated.start, new.start)
        assert calendar.find_tickler(old.key) == updated
        assert len(calendar.list_ticklers()) == 1
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, old.uid)
        assert got.summary == new.summary and got.owned_key == old.key

    def test_update_with_stale_fingerprint_conflicts(self, calendar: CalendarConnector) -> None:
        stored = calendar.create_tickler(a_tickler())
        with pytest.raises(ConflictError):
            calendar.update_tickler(stored.ref,
                                    a_tickler(summary="new"), a_tickler(summary="o").fingerprint())
        with pytest.raises(ConflictError):
            calendar.delete_tickler(stored.ref, "0" * 32)
        assert calendar.find_tickler(stored.key) == stored

    def test_delete_removes_it(self, calendar: CalendarConnector) -> None:
        stored = calendar.create_tickler(a_tickler())
        calendar.delete_tickler(stored.ref, stored.fingerprint)
        assert calendar.find_tickler(stored.key) is None and calendar.list_ticklers() == []
        assert _by_uid(calendar.list_events(None, WINDOW).events, a_tickler().uid) == []
        with pytest.raises(NotFoundError):
            calendar.delete_tickler(stored.ref, stored.fingerprint)
        with pytest.raises(NotFoundError):
            calendar.update_tickler(stored.ref, a_tickler(), stored.fingerprint)

    def test_user_edit_wins(self, calendar: CalendarConnector, user_edit_tickler: ByRef) -> None:
        stored = calendar.create_tickler(a_tickler())
        user_edit_tickler(stored.ref)
        edited = calendar.find_tickler(stored.key)
        assert edited is not None and edited.fingerprint != stored.fingerprint
        with pytest.raises(ConflictError):
            calendar.update_tickler(stored.ref, a_tickler(summary="afterview's new text"), stored.fingerprint)
        with pytest.raises(ConflictError):
            calendar.delete_tickler(stored.ref, stored.fingerprint)
        assert calendar.find_tickler(stored.key) == edited
        [got] = _by_uid(calendar.list_events(None, WINDOW).events, a_tickler().uid)
        assert got.summary not in (a_tickler().summary, "afterview's new text")

    def test_user_delete_is_not_found(self, calendar: CalendarConnector, user_delete_tickler: ByRef) -> None:
        stored = calendar.create_tickler(a_tickler())
        user_delete_tickler(stored.ref)
        assert calendar.find_tickler(stored.key) is None
        with pytest.raises(NotFoundError):
            calendar.update_tickler(stored.ref, a_tickler(), stored.fingerprint)
        with pytest.raises(NotFoundError):
            calendar.delete_tickler(stored.ref, stored.fingerprint)

    def test_user_edit_changes_etag(self, calendar: CalendarConnector, user_edit_tickler: ByRef) -> None:
        needs(calendar, Capability.ETAG_PRECONDITION)
        stored = calendar.create_tickler(a_tickler())
        user_edit_tickler(stored.ref)
        edited = calendar.find_tickler(stored.key)
        assert edited is not None and edited.etag != stored.etag

    # ------------------------------------------------------------ incremental

    def test_listing_with_cursor_sees_a_change(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        seed_event(an_interview())
        cursor = calendar.list_events(None, WINDOW).cursor
        seed_event(an_interview(summary="Interview (moved)", sequence=1))
        [got] = _by_uid(calendar.list_events(cursor, WINDOW).events, an_interview().uid)
        assert got.summary == "Interview (moved)"

    def test_cursor_with_no_change_returns_nothing(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        seed_event(an_interview())
        calendar.create_tickler(a_tickler())
        first = calendar.list_events(None, WINDOW)
        again = calendar.list_events(first.cursor, WINDOW)
        assert not again.full and again.events == () and again.removed == ()
        assert calendar.list_events(again.cursor, WINDOW).events == ()

    def test_cursor_returns_only_what_changed(
        self, calendar: CalendarConnector, seed_event: SeedEvent
    ) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        seed_event(an_interview())
        seed_event(an_interview(uid="other@acme.example", summary="Other"))
        cursor = calendar.list_events(None, WINDOW).cursor
        seed_event(an_interview(summary="Interview (moved)", sequence=1))
        tickler = a_tickler()
        calendar.create_tickler(tickler)
        changes = calendar.list_events(cursor, WINDOW)
        assert not changes.full
        assert {e.uid for e in changes.events} == {an_interview().uid, tickler.uid}
        assert [e.owned_key for e in changes.events if e.uid == tickler.uid] == [tickler.key]

    def test_cursor_reports_removals(
        self, calendar: CalendarConnector, seed_event: SeedEvent, remove_event: Callable[[str], None]
    ) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        needs(calendar, Capability.REMOVAL_DETECTION)
        seed_event(an_interview())
        seed_event(an_interview(uid="stays@acme.example"))
        cursor = calendar.list_events(None, WINDOW).cursor
        remove_event(an_interview().uid)
        changes = calendar.list_events(cursor, WINDOW)
        assert an_interview().uid in changes.removed and "stays@acme.example" not in changes.removed
        assert calendar.list_events(changes.cursor, WINDOW).removed == ()

    def test_garbage_cursor_is_expired(self, calendar: CalendarConnector) -> None:
        needs(calendar, Capability.INCREMENTAL_EVENTS)
        with pytest.raises(CursorExpiredError):
            calendar.list_events("not a cursor \x00", WINDOW)


class MailboxContract:
    """Every mailbox connector passes these; subclasses supply the fixtures named in the module doc."""

    @pytest.fixture
    def mailbox(self, mailbox_factory: Callable[[], MailboxConnector]) -> MailboxConnector:
        return mailbox_factory()

    QUERY = MailQuery(since=datetime(2030, 1, 1, tzinfo=UTC))

    def test_capabilities_are_known_flags(self, mailbox: MailboxConnector) -> None:
        assert set(mailbox.capabilities) <= KNOWN_CAPABILITIES
        assert isinstance(mailbox, MailboxConnector)

    # ------------------------------------------------------------ reading

    def test_inbox_and_sent_are_listed_never_drafts(
        self, mailbox: MailboxConnector, deliver: Deliver, add_user_draft: AddUserDraft
    ) -> None:
        deliver(a_message(message_id="in-1@acme.example"), "inbox")
        deliver(a_message(message_id="out-1@example.org", sent=True), "sent")
        add_user_draft(a_message(message_id="mine@example.org", subject="My own draft", sent=True))
        mailbox.save_draft(a_draft())
        headers = mailbox.list_messages(None, self.QUERY).messages
        folders = {h.message_id: h.folder for h in headers}
        assert folders == {"in-1@acme.example": "inbox", "out-1@example.org": "sent"}

    def test_header_fields_are_normalised(self, mailbox: MailboxConnector, deliver: Deliver) -> None:
        when = datetime(2030, 3, 5, 9, 30, tzinfo=TZ)
        deliver(a_message(message_id="in-2@acme.example", date=when, subject="Next steps — Grüße aus Zürich",
                          in_reply_to="out-0@example.org", references=("a@x.example", "out-0@example.org")),
                "inbox")
        [h] = mailbox.list_messages(None, self.QUERY).messages
        assert h.message_id == "in-2@acme.example" and h.ref
        assert h.subject == "Next steps — Grüße aus Zürich"
        assert h.sender.email == "sam.lee@acme.example" and h.sender.name == "Sam Lee"
        assert [p.email for p in h.to] == ["jordan@example.org"]
        assert h.date.tzinfo is not None and same_instant(h.date, when)
        assert h.in_reply_to == "out-0@example.org"
        assert h.references == ("a@x.example", "out-0@example.org")

    def test_fetch_returns_body_text(self, mailbox: MailboxConnector, deliver: Deliver) -> None:
        deliver(a_message(body="Thanks for your time.\nWe will decide by Friday, 8 March."), "inbox")
        [h] = mailbox.list_messages(None, self.QUERY).messages
        message = mailbox.fetch(h)
        assert message.header.message_id == h.message_id
        assert "We will decide by Friday, 8 March." in message.text

    def test_cursor_with_no_new_mail_returns_nothing(
        self, mailbox: MailboxConnector, deliver: Deliver
    ) -> None:
        needs(mailbox, Capability.INCREMENTAL_MAIL)
        deliver(a_message(), "inbox")
        first = mailbox.list_messages(None, self.QUERY)
        assert len(first.messages) == 1
        mailbox.save_draft(a_draft())  # drafts are not new mail
        again = mailbox.list_messages(first.cursor, self.QUERY)
        assert again.messages == ()
        assert mailbox.list_messages(again.cursor, self.QUERY).messages == ()

    def test_cursor_returns_only_new_mail(self, mailbox: MailboxConnector, deliver: Deliver) -> None:
        deliver(a_message(message_id="old@acme.example"), "inbox")
        cursor = mailbox.list_messages(None, self.QUERY).cursor
        deliver(a_message(message_id="new@acme.example", subject="Offer"), "inbox")
        deliver(a_message(message_id="sent-new@example.org", sent=True), "sent")
        found = {h.message_id: h.folder for h in mailbox.list_messages(cursor, self.QUERY).messages}
        assert found.get("new@acme.example") == "inbox" and found.get("sent-new@example.org") == "sent"
        if Capability.INCREMENTAL_MAIL in mailbox.capabilities:
            assert set(found) == {"new@acme.example", "sent-new@example.org"}

    def test_garbage_cursor_is_expired(self, mailbox: MailboxConnector) -> None:
        needs(mailbox, Capability.INCREMENTAL_MAIL)
        with pytest.raises(CursorExpiredError):
            mailbox.list_messages("not a cursor \x00", self.QUERY)

    # ------------------------------------------------------------ owned drafts

    def test_save_draft_stores_it(self, mailbox: MailboxConnector) -> None:
        draft = a_draft()
        stored = mailbox.save_draft(draft)
        assert stored.key == draft.key and stored.ref
        assert stored.message_id == draft.message_id
        assert stored.fingerprint == draft.fingerprint()
        assert mailbox.find_draft(draft.key) == stored
        assert mailbox.list_drafts() == [stored]

    def test_save_is_idempotent_on_key(self, mailbox: MailboxConnector) -> None:
        first = mailbox.save_draft(a_draft())
        again = mailbox.save_draft(a_draft(body="other text, same key"))
        assert again == first and len(mailbox.list_drafts()) == 1

    def test_restarted_connector_finds_drafts(self, mailbox_factory: Callable[[], MailboxConnector]) -> None:
        first = mailbox_factory().save_draft(a_draft())
        restarted = mailbox_factory()
        assert restarted.find_draft(a_draft().key) == first
        assert restarted.save_draft(a_draft()) == first
        assert len(restarted.list_drafts()) == 1

    def test_unicode_long_lines_keep_the_fingerprint(self, mailbox: MailboxConnector) -> None:
        draft = a_draft(subject="Danke — Gespräch zur Rolle «Senior Engineer» bei Müller & Söhne",
                        body="Liebe Frau Ölçek,\n\nvielen Dank für das Gespräch. " + "Sehr gern! " * 30
                        + "\n\n-- \nJordan\n")
        stored = mailbox.save_draft(draft)
        assert stored.fingerprint == draft.fingerprint()
        found = mailbox.find_draft(draft.key)
        assert found is not None and found.fingerprint == draft.fingerprint()

    def test_update_replaces_keeping_message_id(self, mailbox: MailboxConnector) -> None:
        stored = mailbox.save_draft(a_draft())
        new = a_draft(body="Dear Sam,\n\nthank you — a better second version.\n")
        updated = mailbox.update_draft(stored.ref, new, stored.fingerprint)
        assert updated.message_id == stored.message_id == new.message_id
        assert updated.fingerprint == new.fingerprint()
        assert mailbox.find_draft(new.key) == updated
        assert mailbox.list_drafts() == [updated]

    def test_update_with_stale_fingerprint_conflicts(self, mailbox: MailboxConnector) -> None:
        stored = mailbox.save_draft(a_draft())
        with pytest.raises(ConflictError):
            mailbox.update_draft(stored.ref, a_draft(body="new"), a_draft(body="x").fingerprint())
        with pytest.raises(ConflictError):
            mailbox.delete_draft(stored.ref, "0" * 32)
        assert mailbox.find_draft(stored.key) == stored

    def test_delete_removes_it(self, mailbox: MailboxConnector) -> None:
        stored = mailbox.save_draft(a_draft())
        mailbox.delete_draft(stored.ref, stored.fingerprint)
        assert mailbox.find_draft(stored.key) is None and mailbox.list_drafts() == []
        with pytest.raises(NotFoundError):
            mailbox.delete_draft(stored.ref, stored.fingerprint)
        with pytest.raises(NotFoundError):
            mailbox.update_draft(stored.ref, a_draft(), stored.fingerprint)

    def test_user_edit_wins(self, mailbox: MailboxConnector, user_edit_draft: ByRef) -> None:
        stored = mailbox.save_draft(a_draft())
        user_edit_draft(stored.ref)
        edited = mailbox.find_draft(stored.key)
        assert edited is not None and edited.fingerprint != stored.fingerprint
        with pytest.raises(ConflictError):
            mailbox.update_draft(edited.ref, a_draft(body="afterview's new text"), stored.fingerprint)
        with pytest.raises(ConflictError):
            mailbox.delete_draft(edited.ref, stored.fingerprint)
        assert mailbox.find_draft(stored.key) == edited

    def test_user_delete_is_not_found(self, mailbox: MailboxConnector, user_delete_draft: ByRef) -> None:
        stored = mailbox.save_draft(a_draft())
        user_delete_draft(stored.ref)
        assert mailbox.find_draft(stored.key) is None and mailbox.list_drafts() == []
        with pytest.raises(NotFoundError):
            mailbox.update_draft(stored.ref, a_draft(), stored.fingerprint)
        with pytest.raises(NotFoundError):
            mailbox.delete_draft(stored.ref, stored.fingerprint)

    def test_user_draft_is_never_listed_or_touched(
        self, mailbox: MailboxConnector, add_user_draft: AddUserDraft
    ) -> None:
        # Same subject and recipient as afterview's draft: only the owner tag tells them apart.
        intact = add_user_draft(a_message(message_id="mine@example.org", sent=True,
                                          subject=a_draft().subject, body="My own words.\n"))
        assert mailbox.list_drafts() == [] and mailbox.find_draft(a_draft().key) is None
        stored = mailbox.save_draft(a_draft())
        updated = mailbox.update_draft(stored.ref, a_draft(body="v2\n"), stored.fingerprint)
        assert [d.key for d in mailbox.list_drafts()] == [a_draft().key]
        mailbox.delete_draft(updated.ref, updated.fingerprint)
        assert mailbox.list_drafts() == []
        assert intact()

