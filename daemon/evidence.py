"""Applications and the evidence observed about them: plain values, JSON-able payloads.

Evidence is append-only; its `key` makes appending idempotent (the same observation twice is
one record), and a changed observation (an interview moved) gets a new key, so the log keeps
the history and the fold takes the latest.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from afterview.connectors.base import CalendarEvent, MailMessage, MessageHeader
from afterview.daemon.verdicts import EventVerdict, MailVerdict

EvidenceKind = Literal["interview", "inbound", "outbound", "user"]
UserAction = Literal["note", "expect", "withdraw", "mark", "add", "review"]


@dataclass(frozen=True)
class Application:
    """A job application: one company and one role. `id` is a stable slug, e.g. 'acme/data-engineer'."""

    id: str
    company: str
    role: str
    created_at: datetime
    origin: str  # "calendar", "mail" or "manual"

    @property
    def title(self) -> str:
        return f"{self.company}, {self.role}" if self.role else self.company


@dataclass(frozen=True)
class Evidence:
    """One observation; `at` is when it happened in the world, `recorded_at` when afterview saw it."""

    key: str
    app_id: str | None
    kind: EvidenceKind
    at: datetime
    recorded_at: datetime
    data: Mapping[str, Any] = field(default_factory=dict)
    seq: int = 0


def slugify(text: str) -> str:
    """Given a name, returns a lower-case ASCII slug ('Société Générale' -> 'societe-generale')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def application_id(company: str, role: str) -> str:
    return f"{slugify(company)}/{slugify(role)}" if role else slugify(company)


def _digest(payload: Any) -> str:
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def interview_evidence(
    app_id: str, account: str, event: CalendarEvent, verdict: EventVerdict, now: datetime
) -> Evidence:
    """Given an event judged to be an interview, returns its evidence (keyed by event and content)."""
    data = {
        "event_key": event.key,
        "uid": event.uid,
        "account": account,
        "summary": event.summary,
        "start": _iso(event.start),
        "end": _iso(event.end),
        "cancelled": event.cancelled,
        "stage": verdict.stage,
        "confidence": round(verdict.confidence, 3),
        "interviewers": [{"name": i.name, "email": i.email, "title": i.title} for i in verdict.interviewers],
        "domains": sorted(
            {
                a.email.rsplit("@", 1)[1]
                for a in (event.organizer, *event.attendees)
                if a is not None and a.email and "@" in a.email
            }
        ),
        "reasons": list(verdict.reasons[:6]),
    }
    key = f"interview:{account}:{event.key}:{_digest(data)}"
    return Evidence(key, app_id, "interview", event.start, now, data)


def cancellation_evidence(app_id: str, account: str, event_key: str, uid: str, now: datetime) -> Evidence:
    """Given an interview event that disappeared from the calendar, returns a cancellation record."""
    data = {"event_key": event_key, "uid": uid, "account": account, "cancelled": True, "removed": True}
    return Evidence(
        f"interview:{account}:{event_key}:removed:{_iso(now)}", app_id, "interview", now, now, data
    )


def _people(people: Sequence[Any]) -> list[dict[str, str | None]]:
    return [{"name": p.name, "email": p.email} for p in people]


def message_evidence(
    app_id: str | None,
    account: str,
    header: MessageHeader,
    verdict: MailVerdict | None,
    now: datetime,
    attribution: str = "",
) -> Evidence:
    """Given an inbound (with its verdict) or sent message, returns its evidence; no body is kept."""
    data: dict[str, Any] = {
        "account": account,
        "message_id": header.message_id,
        "subject": header.subject,
        "from": {"name": header.sender.name, "email": header.sender.email},
        "reply_to": _people(header.reply_to),
        "to": _people(header.to),
        "cc": _people(header.cc),
        "in_reply_to": header.in_reply_to,
        "references": list(header.references),
        "attribution": attribution,
    }
    if verdict is not None:
        data.update(
            label=verdict.label,
            confidence=round(verdict.confidence, 3),
            decision_date=verdict.decision_date.isoformat() if verdict.decision_date else None,
            reasons=list(verdict.reasons[:8]),
            company=verdict.company,
            role=verdict.role,
        )
    kind: EvidenceKind = "inbound" if header.folder == "inbox" else "outbound"
    return Evidence(f"{kind}:{header.message_id}", app_id, kind, header.date, now, data)


def user_evidence(app_id: str, action: UserAction, now: datetime, **payload: Any) -> Evidence:
    """Given a user command about an application, returns its evidence (each command is unique)."""
    data: dict[str, Any] = {"action": action}
    for name, value in payload.items():
        data[name] = value.isoformat() if isinstance(value, date | datetime) else value
    key = f"user:{app_id}:{action}:{_iso(now)}:{_digest(data)}"
    return Evidence(key, app_id, "user", now, now, data)


def message_to_text_hint(message: MailMessage) -> str:
    """Given a message, returns subject + first lines for attribution (never stored or logged)."""
    return f"{message.header.subject}\n{message.text[:4000]}"
