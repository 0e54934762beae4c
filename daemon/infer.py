"""Status inference: a pure fold over an application's evidence in time order, given a clock.

scheduled -> interviewed -> awaiting -> (next_round -> scheduled ...) -> offer | rejected |
withdrawn | no_response. A stop signal (offer, rejection) changes the status only when the
classifier is confident; otherwise it becomes a review item and the reminders stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, Literal

from afterview.daemon.evidence import Application, Evidence
from afterview.daemon.verdicts import Interviewer

Status = Literal["scheduled", "interviewed", "awaiting", "next_round", "offer", "rejected", "withdrawn", "no_response"]
STATUSES: tuple[Status, ...] = (
    "scheduled",
    "interviewed",
    "awaiting",
    "next_round",
    "offer",
    "rejected",
    "withdrawn",
    "no_response",
)
TERMINAL: frozenset[str] = frozenset({"offer", "rejected", "withdrawn"})
STOP_LABELS = {"rejection": "rejected", "offer": "offer"}
THANK_YOU_WINDOW = timedelta(days=2)


@dataclass(frozen=True)
class Interview:
    """The latest known version of one interview event."""

    event_key: str
    uid: str
    account: str
    summary: str
    start: datetime
    end: datetime
    stage: str | None
    interviewers: tuple[Interviewer, ...]
    domains: tuple[str, ...]
    seen_at: datetime


@dataclass(frozen=True)
class MessageRef:
    """Enough of a message to answer it in its thread and to explain the status."""

    key: str
    message_id: str
    account: str
    subject: str
    sender_name: str | None
    sender_email: str | None
    reply_to: str | None
    references: tuple[str, ...]
    at: datetime
    label: str | None = None
    confidence: float = 0.0


@dataclass(frozen=True)
class Note:
    text: str
    about: str | None
    at: datetime


@dataclass(frozen=True)
class ReviewItem:
    """A low-confidence stop signal waiting for the user's word; reminders stay meanwhile."""

    key: str
    app_id: str
    label: str
    confidence: float
    subject: str
    at: datetime
    reasons: tuple[str, ...]
    message: MessageRef | None = None


@dataclass(frozen=True)
class Anchor:
    """What the follow-up schedule counts from: the end of the last interview or a 'pending' reply."""

    key: str
    at: datetime
    seen_at: datetime
    decision_date: date | None


@dataclass(frozen=True)
class AppState:
    """Everything the planner and the CLI need to know about one application at `now`."""

    app: Application
    status: Status
    interviews: tuple[Interview, ...] = ()
    last_interview: Interview | None = None
    upcoming: Interview | None = None
    anchor: Anchor | None = None
    decision_date: date | None = None
    thanked: frozenset[str] = frozenset()
    thank_you_done: bool = False
    stop_message: MessageRef | None = None
    last_contact: MessageRef | None = None
    known_message_ids: frozenset[str] = frozenset()
    notes: tuple[Note, ...] = ()
    review: tuple[ReviewItem, ...] = ()
    timeline: tuple[tuple[datetime, str], ...] = ()
    domains: frozenset[str] = frozenset()
    accounts: tuple[str, ...] = ()

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL


@dataclass
class _Fold:
    """Mutable accumulator used only inside `fold`."""

    status: Status | None = None
    anchor: Anchor | None = None
    decision_date: date | None = None
    thanked: set[str] = field(default_factory=set)
    thank_you_done: bool = False
    stop_message: MessageRef | None = None
    last_contact: MessageRef | None = None
    notes: list[Note] = field(default_factory=list)
    review: dict[str, ReviewItem] = field(default_factory=dict)
    timeline: list[tuple[datetime, str]] = field(default_factory=list)
    last_end: datetime | None = None


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def latest_interviews(evidence: Sequence[Evidence]) -> dict[str, tuple[Evidence, bool]]:
    """Given evidence, returns event_key -> (latest interview record, cancelled?) by recording order."""
    latest: dict[str, tuple[Evidence, bool]] = {}
    for item in sorted((e for e in evidence if e.kind == "interview"), key=lambda e: e.seq):
        latest[item.data["event_key"]] = (item, bool(item.data.get("cancelled")))
    return latest


def _interview(item: Evidence) -> Interview:
    d = item.data
    return Interview(
        event_key=d["event_key"],
        uid=d.get("uid", ""),
        account=d.get("account", ""),
        summary=d.get("summary", ""),
        start=datetime.fromisoformat(d["start"]),
        end=datetime.fromisoformat(d["end"]),
        stage=d.get("stage"),
        interviewers=tuple(Interviewer(p.get("name"), p.get("email"), p.get("title")) for p in d["interviewers"]),
        domains=tuple(d.get("domains", ())),
        seen_at=item.recorded_at,
    )


def _message(item: Evidence) -> MessageRef:
    d = item.data
    sender = d.get("from") or {}
    reply_to = (d.get("reply_to") or [{}])[0].get("email") if d.get("reply_to") else None
    return MessageRef(
        key=item.key,
        message_id=d.get("message_id", ""),
        account=d.get("account", ""),
        subject=d.get("subject", ""),
        sender_name=sender.get("name"),
        sender_email=sender.get("email"),
        reply_to=reply_to,
        references=(*d.get("references", ()), d.get("message_id", "")),
        at=item.at,
        label=d.get("label"),
        confidence=float(d.get("confidence", 0.0)),
    )


def fold(
    app: Application,
    evidence: Sequence[Evidence],
    now: datetime,
    *,
    threshold: float,
    no_response_at: Any = None,
) -> AppState:
    """Given an application's evidence, the clock and the confidence threshold, returns its state.

    `no_response_at(anchor) -> datetime | None` (from the follow-up rules) says when silence
    after an anchor becomes `no_response`; None disables that rule.
    """
    latest = latest_interviews(evidence)
    interviews = sorted(
        (_interview(item) for item, cancelled in latest.values() if not cancelled), key=lambda i: i.start
    )
    # Interviews enter the fold when they end (or, if still ahead, as 'scheduled' at the end).
    events: list[tuple[datetime, int, str, Any]] = []
    for iv in interviews:
        events.append((iv.end if iv.end <= now else now, 0, "interview", iv))
    for item in evidence:
        if item.kind != "interview":
            events.append((item.at, 1, item.kind, item))
    events.sort(key=lambda e: (e[0], e[1], getattr(e[3], "seq", 0)))

    acc = _Fold()
    for _at, _order, kind, obj in events:
        if kind == "interview":
            _on_interview(acc, obj, now)
        elif kind == "inbound":
            _on_inbound(acc, app, obj, threshold)
        elif kind == "outbound":
            _on_outbound(acc, obj)
        elif kind == "user":
            _on_user(acc, app, obj)

    status: Status = acc.status or "awaiting"
    ended = [iv for iv in interviews if iv.end <= now]
    upcoming = next((iv for iv in interviews if iv.end > now), None)
    if status == "interviewed" and (acc.thank_you_done or (acc.last_end and now - acc.last_end >= THANK_YOU_WINDOW)):
        status = "awaiting"
    if status == "awaiting" and acc.anchor is not None and no_response_at is not None:
        limit = no_response_at(replace(acc.anchor, decision_date=acc.decision_date))
        if limit is not None and now >= limit:
            status = "no_response"
            acc.timeline.append((limit, "no answer after the last follow-up: no_response"))
    domains = {d for iv in interviews for d in iv.domains}
    known_ids = {str(e.data.get("message_id")) for e in evidence if e.data.get("message_id")}
    return AppState(
        app=app,
        status=status,
        interviews=tuple(interviews),
        last_interview=ended[-1] if ended else None,
        upcoming=upcoming,
        anchor=acc.anchor,
        decision_date=acc.decision_date,
        thanked=frozenset(acc.thanked),
        thank_you_done=acc.thank_you_done,
        stop_message=acc.stop_message,
        last_contact=acc.last_contact,
        known_message_ids=frozenset(known_ids),
        notes=tuple(acc.notes),
        review=tuple(acc.review.values()),
        timeline=tuple(acc.timeline),
        domains=frozenset(domains),
        accounts=tuple(dict.fromkeys(iv.account for iv in interviews if iv.account)),
    )


def _on_interview(acc: _Fold, iv: Interview, now: datetime) -> None:
    if acc.status in TERMINAL:
        return
    if iv.end > now:
        acc.status = "scheduled"
        acc.timeline.append((iv.start, f"interview scheduled: {iv.summary}"))
        return
    acc.status = "interviewed"
    acc.last_end = iv.end
    acc.thank_you_done = False
    acc.thanked = set()
    acc.decision_date = None
    acc.anchor = Anchor(key=iv.event_key, at=iv.end, seen_at=iv.seen_at, decision_date=None)
    names = ", ".join(i.name or i.email or "?" for i in iv.interviewers) or "no interviewer known"
    acc.timeline.append((iv.end, f"interview ended ({names}): {iv.summary}"))


def _on_inbound(acc: _Fold, app: Application, item: Evidence, threshold: float) -> None:
    msg = _message(item)
    label = msg.label or "other"
    decided = _date(item.data.get("decision_date"))
    acc.timeline.append((msg.at, f"mail {label} ({msg.confidence:.2f}): {msg.subject}"))
    if label in ("rejection", "offer", "next_step", "pending", "acknowledgement"):
        acc.last_contact = msg
    if acc.status in TERMINAL:
        return
    if label in STOP_LABELS:
        if msg.confidence >= threshold:
            acc.status = "rejected" if label == "rejection" else "offer"
            acc.stop_message = msg
        else:
            acc.review[item.key] = ReviewItem(
                item.key,
                app.id,
                label,
                msg.confidence,
                msg.subject,
                msg.at,
                tuple(item.data.get("reasons", ())),
                msg,
            )
        return
    if label == "next_step" and msg.confidence >= threshold:
        acc.status = "next_round"
        acc.anchor = None
        return
    if label == "pending":
        acc.anchor = Anchor(key=item.key, at=msg.at, seen_at=item.recorded_at, decision_date=decided)
        acc.decision_date = decided
        if acc.status in ("next_round", "interviewed", None):
            acc.status = "awaiting"
        return
    if decided is not None and acc.anchor is not None:
        acc.decision_date = decided
        acc.anchor = replace(acc.anchor, decision_date=decided, seen_at=max(acc.anchor.seen_at, item.recorded_at))


def _on_outbound(acc: _Fold, item: Evidence) -> None:
    if acc.last_end is None or item.at < acc.last_end:
        return
    recipients = {p.get("email") for p in (*item.data.get("to", ()), *item.data.get("cc", ())) if p.get("email")}
    acc.thanked |= {r for r in recipients if r}
    if not acc.thank_you_done:
        acc.thank_you_done = True
        acc.timeline.append((item.at, f"you wrote to {', '.join(sorted(recipients))}"))
    if acc.status == "interviewed":
        acc.status = "awaiting"


def _on_user(acc: _Fold, app: Application, item: Evidence) -> None:
    d = item.data
    action = d.get("action")
    if action == "note":
        acc.notes.append(Note(d.get("text", ""), d.get("about"), item.at))
        about = f" about {d['about']}" if d.get("about") else ""
        acc.timeline.append((item.at, f"note{about}: {d.get('text', '')}"))
    elif action == "expect":
        acc.decision_date = _date(d.get("date"))
        if acc.anchor is not None:
            acc.anchor = replace(acc.anchor, decision_date=acc.decision_date, seen_at=max(acc.anchor.seen_at, item.at))
        acc.timeline.append((item.at, f"you expect a decision by {d.get('date')}"))
    elif action == "withdraw":
        acc.status = "withdrawn"
        acc.timeline.append((item.at, "you withdrew"))
    elif action == "mark":
        acc.status = d["status"]
        acc.review.clear()
        if acc.status not in TERMINAL:
            acc.stop_message = None
        acc.timeline.append((item.at, f"you marked it {d['status']}"))
    elif action == "add":
        acc.status = acc.status or d.get("status") or "awaiting"
        acc.timeline.append((item.at, f"you added {app.title}"))
        interviewed = d.get("interviewed_at")
        if interviewed and acc.last_end is None:
            # A hand-added application with a past interview follows the same schedule.
            end = datetime.fromisoformat(interviewed)
            acc.last_end = end
            acc.anchor = Anchor(key=item.key, at=end, seen_at=item.at, decision_date=None)
            acc.status = "awaiting"
        if d.get("contact"):
            acc.last_contact = MessageRef(
                key=item.key,
                message_id="",
                account="",
                subject="",
                sender_name=d.get("contact_name"),
                sender_email=d["contact"],
                reply_to=None,
                references=(),
                at=item.at,
            )
    elif action == "review":
        target = acc.review.pop(d.get("item", ""), None)
        if target is not None and d.get("decision") == "accept":
            acc.status = STOP_LABELS.get(target.label, acc.status)  # type: ignore[assignment]
            acc.stop_message = target.message
            acc.timeline.append((item.at, f"you confirmed: {target.label}"))
        elif target is not None:
            acc.timeline.append((item.at, f"you dismissed: {target.label} ({target.subject})"))
