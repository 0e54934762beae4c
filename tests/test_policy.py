"""The pure core: status fold, follow-up schedule and planner, on hand-made evidence and a fixed clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from afterview.connectors.base import Draft, MessageHeader, Person, Tickler
from afterview.daemon.attribute import AppIndex, attribute_message
from afterview.daemon.evidence import Application, Evidence, user_evidence
from afterview.daemon.followups import Rules, followup_times, no_response_at, thank_you_at
from afterview.daemon.infer import Anchor, AppState, fold
from afterview.daemon.policy import Profile, plan
from afterview.daemon.verdicts import MailVerdict
from engine_kit import TZ

APP = Application("acme/engineer", "Acme", "Engineer", datetime(2026, 11, 1, tzinfo=UTC), "calendar")
RULES = Rules(tz=TZ)
PROFILE = Profile(me=("me@example.org",), name="Jordan", calendar_accounts=("a",), mail_accounts=("a",))
T0 = datetime(2026, 11, 17, 15, 0, tzinfo=TZ)  # Tuesday


def interview_item(end: datetime, seq: int = 1, key: str = "ev1", seen: datetime | None = None) -> Evidence:
    data = {
        "event_key": key,
        "uid": key,
        "account": "a",
        "summary": "Interview",
        "start": (end - timedelta(hours=1)).isoformat(),
        "end": end.isoformat(),
        "cancelled": False,
        "stage": "technical",
        "confidence": 0.9,
        "interviewers": [
            {"name": "Dana Smith", "email": "dana@acme.com", "title": None},
            {"name": "Lee Wong", "email": "lee@acme.com", "title": None},
        ],
        "domains": ["acme.com"],
    }
    return Evidence(f"interview:{key}:{seq}", APP.id, "interview", end - timedelta(hours=1), seen or end, data, seq)


def inbound(at: datetime, label: str, confidence: float = 0.95, seq: int = 10, **extra: Any) -> Evidence:
    data = {
        "account": "a",
        "message_id": f"m{seq}@acme.com",
        "subject": f"About your {label}",
        "from": {"name": "Dana", "email": "dana@acme.com"},
        "label": label,
        "confidence": confidence,
        "references": [],
        **extra,
    }
    return Evidence(f"inbound:m{seq}", APP.id, "inbound", at, at, data, seq)


def state_at(now: datetime, *items: Evidence) -> AppState:
    return fold(APP, items, now, threshold=0.8, no_response_at=lambda a: no_response_at(a, RULES))


def keys(state: AppState, now: datetime) -> list[str]:
    return sorted(p.key for p in plan(state, now, RULES, PROFILE))


def test_statuses_follow_the_interview_and_the_answers() -> None:
    iv = interview_item(T0)
    assert state_at(T0 - timedelta(hours=2), iv).status == "scheduled"
    assert state_at(T0 + timedelta(hours=1), iv).status == "interviewed"
    assert state_at(T0 + timedelta(days=3), iv).status == "awaiting"
    assert state_at(T0 + timedelta(days=4), iv, inbound(T0 + timedelta(days=3), "rejection")).status == "rejected"
    assert state_at(T0 + timedelta(days=4), iv, inbound(T0 + timedelta(days=3), "offer")).status == "offer"
    assert state_at(T0 + timedelta(days=4), iv, inbound(T0 + timedelta(days=3), "next_step")).status == "next_round"


def test_auto_reply_and_low_confidence_do_not_stop_anything() -> None:
    iv = interview_item(T0)
    now = T0 + timedelta(days=4)
    assert state_at(now, iv, inbound(T0 + timedelta(days=1), "auto_reply")).status == "awaiting"
    shaky = state_at(now, iv, inbound(T0 + timedelta(days=1), "rejection", confidence=0.55))
    assert shaky.status == "awaiting" and [r.label for r in shaky.review] == ["rejection"]
    assert any("/followup/" in k for k in keys(shaky, now)), "reminders stay while in review"


def test_review_accept_makes_it_final_and_dismiss_clears_it() -> None:
    iv = interview_item(T0)
    shaky = inbound(T0 + timedelta(days=1), "rejection", confidence=0.55)
    now = T0 + timedelta(days=2)
    accept = user_evidence(APP.id, "review", now, item=shaky.key, decision="accept")
    dismiss = user_evidence(APP.id, "review", now, item=shaky.key, decision="dismiss")
    accepted = state_at(now + timedelta(hours=1), iv, shaky, accept)
    assert accepted.status == "rejected" and accepted.stop_message is not None
    dismissed = state_at(now + timedelta(hours=1), iv, shaky, dismiss)
    assert dismissed.status == "awaiting" and dismissed.review == ()


def test_follow_up_schedule_with_and_without_a_promised_date() -> None:
    unknown = Anchor("ev1", T0, T0, None)
    assert followup_times(unknown, RULES) == [
        datetime(2026, 11, 24, 9, tzinfo=TZ),
        datetime(2026, 12, 1, 9, tzinfo=TZ),
        datetime(2026, 12, 8, 9, tzinfo=TZ),
    ]
    friday = Anchor("ev1", T0, T0, date(2026, 11, 20))
    assert followup_times(friday, RULES)[0] == datetime(2026, 11, 23, 9, tzinfo=TZ)
    assert no_response_at(friday, RULES) == datetime(2026, 12, 14, 9, tzinfo=TZ)


def test_reminders_are_never_planned_before_afterview_knew() -> None:
    # An interview found three weeks late gets its first follow-up at the next slot, not in the past.
    late = Anchor("ev1", T0, T0 + timedelta(days=21), None)
    assert followup_times(late, RULES)[0] == datetime(2026, 12, 9, 9, tzinfo=TZ)
    assert thank_you_at(T0, T0 + timedelta(days=2), RULES) is None
    assert thank_you_at(T0, T0, RULES) == T0 + timedelta(hours=2)
    assert thank_you_at(datetime(2026, 11, 17, 20, tzinfo=TZ), T0, RULES) == datetime(2026, 11, 18, 9, tzinfo=TZ)


def test_still_reviewing_moves_the_next_follow_up() -> None:
    iv = interview_item(T0)
    reply = inbound(T0 + timedelta(days=6), "pending", decision_date=None)
    now = T0 + timedelta(days=6, hours=1)
    state = state_at(now, iv, reply)
    followups = [p.item for p in plan(state, now, RULES, PROFILE) if "/followup/" in p.key]
    assert [t.start for t in followups if isinstance(t, Tickler)] == [datetime(2026, 11, 30, 9, tzinfo=TZ)]


def test_plan_for_a_fresh_interview_and_after_the_thank_you() -> None:
    iv = interview_item(T0)
    now = T0 + timedelta(minutes=30)
    planned = plan(state_at(now, iv), now, RULES, PROFILE)
    drafts = [p.item for p in planned if isinstance(p.item, Draft)]
    assert sorted(d.to[0].email or "" for d in drafts) == ["dana@acme.com", "lee@acme.com"]
    assert drafts[0].body != drafts[1].body
    thanks = next(p.item for p in planned if p.key.startswith("tickler/thanks/"))
    assert isinstance(thanks, Tickler) and thanks.start == T0 + timedelta(hours=2)
    sent = Evidence(
        "outbound:x",
        APP.id,
        "outbound",
        T0 + timedelta(hours=1),
        T0 + timedelta(hours=1),
        {"to": [{"name": "Dana", "email": "dana@acme.com"}], "message_id": "x"},
        5,
    )
    later = T0 + timedelta(hours=1, minutes=5)
    after = keys(state_at(later, iv, sent), later)
    assert not any(k.startswith("tickler/thanks/") for k in after), "thank-you done: its reminder goes"
    assert [k for k in after if k.startswith("draft/thanks/")] == [f"draft/thanks/{APP.id}/ev1/lee@acme.com"]


def test_final_round_gets_a_references_reminder_and_offer_a_reply() -> None:
    upcoming = interview_item(T0 + timedelta(days=7), key="ev2")
    upcoming.data["stage"] = "final"  # type: ignore[index]
    now = T0 + timedelta(days=1)
    assert any(k.startswith("tickler/references/") for k in keys(state_at(now, interview_item(T0), upcoming), now))
    offer = inbound(T0 + timedelta(days=2), "offer")
    done = keys(state_at(T0 + timedelta(days=3), interview_item(T0), offer), T0 + timedelta(days=3))
    assert done == [f"draft/offer/{APP.id}/inbound:m10"]


def test_two_roles_at_one_company_stay_apart() -> None:
    other = Application("acme/designer", "Acme", "Designer", APP.created_at, "calendar")
    index = AppIndex.build(
        [
            fold(APP, [interview_item(T0)], T0, threshold=0.8),
            fold(other, [interview_item(T0, key="ev9")], T0, threshold=0.8),
        ],
        ["me@example.org"],
    )
    header = MessageHeader("r", "m1@acme.com", "inbox", T0, Person("Dana", "dana@acme.com"), subject="Your application")
    assert attribute_message(header, MailVerdict("rejection", 0.9), "We regret...", index)[0] is None
    named = MessageHeader(
        "r", "m2@acme.com", "inbox", T0, Person("Dana", "dana@acme.com"), subject="Your application for Designer"
    )
    assert attribute_message(named, MailVerdict("rejection", 0.9), "", index)[0] == "acme/designer"
