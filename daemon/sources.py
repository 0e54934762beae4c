"""Pulling from the sources: calendar events and mail become evidence (I/O at the edge).

Each function reads one source incrementally, classifies what it finds, and returns the
evidence plus the new cursor; the engine commits both in one transaction, so a crash never
loses evidence behind an advanced cursor (and re-reading is harmless: evidence keys dedupe).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from afterview.connectors.base import (
    CalendarConnector,
    EventChanges,
    MailboxConnector,
    MailQuery,
    MessageChanges,
)
from afterview.connectors.errors import CursorExpiredError, NotFoundError
from afterview.daemon.attribute import (
    JOB_TERMS,
    AppIndex,
    attribute_event,
    attribute_message,
    candidate_needles,
    is_candidate,
)
from afterview.daemon.eventclass import classify_event
from afterview.daemon.evidence import (
    Application,
    Evidence,
    application_id,
    cancellation_evidence,
    interview_evidence,
    message_evidence,
)
from afterview.daemon.mailclass import classify_message

log = logging.getLogger(__name__)
FULL_RELIST = timedelta(hours=24)
UNATTRIBUTED_KEPT = frozenset({"rejection", "offer", "next_step", "pending"})


@dataclass
class Pulled:
    """What one source yielded: new applications, evidence, the cursor to commit, problems."""

    apps: list[Application] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # app id -> role learned for a role-less app
    cursor: str = ""
    full: bool = False
    problems: list[str] = field(default_factory=list)
    more: bool = False  # a page of a longer listing: pull again from `cursor`


def pull_calendar(
    account: str,
    calendar: CalendarConnector,
    cursor: tuple[str, datetime] | None,
    index: AppIndex,
    now: datetime,
    *,
    window: tuple[datetime, datetime],
    me: tuple[str, ...],
    track_coffee_chats: bool,
) -> Pulled:
    """Given a calendar and its last cursor, returns interview evidence found since then."""
    relist = cursor is None or now - cursor[1] >= FULL_RELIST
    try:
        changes: EventChanges = calendar.list_events(None if relist else cursor[0], window)  # type: ignore[index]
    except CursorExpiredError:
        log.info("%s: calendar cursor expired, listing again", account)
        changes = calendar.list_events(None, window)
    out = Pulled(cursor=changes.cursor, full=changes.full, problems=list(changes.problems))
    known = {
        iv.event_key: (app_id, iv.uid)
        for app_id, state in index.states.items()
        for iv in state.interviews
        if iv.account == account
    }
    seen: set[str] = set()
    for event in changes.events:
        seen.add(event.key)
        if event.owned_key:
            continue
        try:
            verdict = classify_event(event, me=me, track_coffee_chats=track_coffee_chats)
        except Exception as exc:  # a classifier bug must not stop the daemon on one odd event
            log.exception("%s: could not classify event %s", account, event.uid)
            out.problems.append(f"event {event.uid}: skipped, classifier failed ({type(exc).__name__})")
            continue
        if not verdict.is_interview and event.key not in known:
            continue
        if not verdict.is_interview and not event.cancelled:
            continue  # a known interview edited into something unclear keeps its last good version
        app_id, company, role = attribute_event(event.key, verdict, _fallback_company(event.summary), index)
        if not app_id:
            app_id = application_id(company, role)
            if app_id not in index.states and all(a.id != app_id for a in out.apps):
                out.apps.append(Application(app_id, company, role, now, "calendar"))
        elif role and not index.states[app_id].app.role:
            out.roles[app_id] = role
        out.evidence.append(interview_evidence(app_id, account, event, verdict, now))
    lo, hi = window
    for event_key, (app_id, uid) in known.items():
        gone = uid in changes.removed
        if changes.full and event_key not in seen:
            start = next(iv.start for iv in index.states[app_id].interviews if iv.event_key == event_key)
            gone = gone or lo <= start <= hi
        if gone:
            out.evidence.append(cancellation_evidence(app_id, account, event_key, uid, now))
    return out


def _fallback_company(summary: str) -> str:
    return summary.split(" - ")[0].split(":")[0].strip()[:60] or "Unknown company"


def pull_mail(
    account: str,
    mailbox: MailboxConnector,
    cursor: str | None,
    index: AppIndex,
    now: datetime,
    *,
    lookback: timedelta,
    me: tuple[str, ...],
    known: set[str],
) -> Pulled:
    """Given a mailbox and its last cursor, returns evidence from one page of new employer and sent mail.

    `known` holds evidence keys already stored (to skip re-reading bodies after a crash).
    `more` in the result says another page follows from its cursor; a continuation cursor
    the mailbox no longer accepts starts the scan again (evidence keys dedupe the overlap).
    """
    query = MailQuery(
        since=now - lookback,
        domains=index.domains(),
        terms=JOB_TERMS,
        needles=candidate_needles(index),
        thread_ids=frozenset(index.by_message_id),
    )
    try:
        changes: MessageChanges = mailbox.list_messages(cursor, query)
    except CursorExpiredError:
        log.info("%s: mail cursor expired, scanning the last %s days again", account, lookback.days)
        changes = mailbox.list_messages(None, query)
    out = Pulled(cursor=changes.cursor, problems=list(changes.problems), more=changes.more)
    mine = {m.lower() for m in me}
    for header in sorted(changes.messages, key=lambda h: h.date):
        kind = "inbound" if header.folder == "inbox" else "outbound"
        if f"{kind}:{header.message_id}" in known:
            continue
        if kind == "inbound" and (header.sender.email or "") in mine:
            continue  # a copy of the user's own mail
        if not is_candidate(header, index):
            continue
        try:
            message = mailbox.fetch(header)
        except NotFoundError:
            continue  # moved or deleted since it was listed
        try:
            verdict = classify_message(message, me=me) if kind == "inbound" else None
        except Exception as exc:  # a classifier bug must not stop the daemon on one odd message
            log.exception("%s: could not classify message %s", account, header.message_id)
            out.problems.append(f"message {header.message_id}: skipped, classifier failed ({type(exc).__name__})")
            continue
        app_id, why = attribute_message(header, verdict, message.text[:4000], index)
        if app_id is None and (verdict is None or verdict.label not in UNATTRIBUTED_KEPT):
            continue
        item = message_evidence(app_id, account, header, verdict, now, attribution=why)
        out.evidence.append(item)
        if app_id is not None:
            index.by_message_id[header.message_id] = app_id
        log.debug("%s: %s %s -> %s (%s)", account, kind, header.message_id, app_id, why)
    return out
