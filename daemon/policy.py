"""The follow-up planner: given one application's state and the clock, the artifacts it should have.

Pure: no I/O. Every artifact has a stable idempotency key built from the application and
the evidence it answers, so planning twice gives the same keys and the reconciler never
duplicates. What the planner leaves out is removed (if afterview made it and it is unchanged).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from afterview.connectors.base import Draft, Person, Tickler
from afterview.daemon import drafts
from afterview.daemon.followups import (
    DRAFT_LEAD,
    Rules,
    before_business_day,
    followup_times,
    no_response_at,
    thank_you_at,
)
from afterview.daemon.infer import AppState, Interview, MessageRef
from afterview.daemon.verdicts import Interviewer

NO_REPLY = re.compile(r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|mailer-daemon|bounce)", re.I)
FINAL_STAGES = frozenset({"onsite", "final"})


@dataclass(frozen=True)
class Profile:
    """Who the user is (drafts are from them) and where artifacts go by default."""

    me: tuple[str, ...]
    name: str
    calendar_accounts: tuple[str, ...]
    mail_accounts: tuple[str, ...]
    followup_max: int = 3

    @property
    def sender(self) -> Person:
        return Person(self.name or None, self.me[0] if self.me else None)


@dataclass(frozen=True)
class Planned:
    """One desired artifact and the account it belongs in."""

    account: str
    item: Tickler | Draft

    @property
    def key(self) -> str:
        return self.item.key


def _pick(preferred: Sequence[str], available: Sequence[str]) -> str | None:
    for name in preferred:
        if name in available:
            return name
    return available[0] if available else None


def _facts(state: AppState, profile: Profile, **extra: object) -> drafts.DraftFacts:
    iv = state.last_interview or state.upcoming
    fields: dict[str, object] = {
        "user_name": profile.name,
        "company": state.app.company,
        "role": state.app.role or None,
        "interview_date": iv.end.date() if iv else None,
        "stage": iv.stage if iv else None,
        "recipient_name": None,
        "recipient_title": None,
        "decision_date": state.decision_date,
        "followup_max": profile.followup_max,
    }
    fields.update(extra)
    return drafts.DraftFacts(**fields)  # type: ignore[arg-type]


def _topics(state: AppState, person: Interviewer | None) -> tuple[str, ...]:
    """Given a person, returns the user's notes about them, else the application's general notes."""
    if person is not None:
        keys = {k.lower() for k in (person.name, person.email) if k}
        first = (person.name or "").split(" ")[0].lower()
        own = [
            n.text
            for n in state.notes
            if n.about and (n.about.lower() in keys or (first and n.about.lower().split(" ")[0] == first))
        ]
        if own:
            return tuple(own)
    return tuple(n.text for n in state.notes if not n.about)


def _human_contact(state: AppState) -> tuple[str | None, str | None, MessageRef | None]:
    """Returns (name, email, message to answer) of the person to write to, or Nones."""
    msg = state.stop_message or state.last_contact
    if msg is not None:
        for email in (msg.reply_to, msg.sender_email):
            if email and not NO_REPLY.match(email):
                return msg.sender_name, email, msg if msg.message_id else None
    iv = state.last_interview or state.upcoming
    if iv is not None:
        for person in iv.interviewers:
            if person.email:
                return person.name, person.email, msg if msg and msg.message_id else None
    return None, None, None


def _draft(
    key: str, state: AppState, profile: Profile, to: Person, text: drafts.Composed, answer: MessageRef | None
) -> Draft:
    subject = drafts.reply_subject(answer.subject) if answer and answer.subject else text.subject
    return Draft(
        key=key,
        app_id=state.app.id,
        sender=profile.sender,
        to=(to,),
        subject=subject,
        body=text.body,
        in_reply_to=answer.message_id if answer else None,
        references=tuple(r for r in answer.references if r) if answer else (),
    )


def _tickler(key: str, state: AppState, text: drafts.Composed, start: datetime, rules: Rules) -> Tickler:
    description = f"{text.body}\n\n(afterview reminder for {state.app.title}; afterview never sends mail.)"
    return Tickler(
        key=key,
        app_id=state.app.id,
        summary=text.subject,
        description=description,
        start=start,
        end=start + timedelta(minutes=rules.tickler_minutes),
        alarm_minutes_before=rules.alarm_minutes_before,
    )


def plan(state: AppState, now: datetime, rules: Rules, profile: Profile) -> list[Planned]:
    """Given an application's state, the clock, the rules and the user, returns the desired artifacts."""
    profile = replace(profile, followup_max=rules.max_followups)
    cal = _pick(state.accounts, profile.calendar_accounts)
    mail = _pick(state.accounts, profile.mail_accounts)
    out: list[Planned] = []
    if state.terminal:
        if mail is not None:
            out.extend(_closing_draft(state, profile, mail))
        return out
    if state.status in ("interviewed", "awaiting", "next_round") and state.last_interview is not None:
        out.extend(_thank_you(state, now, rules, profile, state.last_interview, cal, mail))
    if state.status in ("interviewed", "awaiting", "no_response") and state.anchor is not None:
        out.extend(_follow_ups(state, now, rules, profile, cal, mail))
    if state.upcoming is not None and state.upcoming.stage in FINAL_STAGES and cal is not None:
        start = before_business_day(state.upcoming.start, rules)
        if start > now:
            text = drafts.tickler_brief_references(_facts(state, profile))
            key = f"tickler/references/{state.app.id}/{state.upcoming.event_key}"
            out.append(Planned(cal, _tickler(key, state, text, start, rules)))
    return out


def _first_draft_time(state: AppState, rules: Rules) -> datetime | None:
    if state.anchor is None:
        return None
    return followup_times(state.anchor, rules)[0] - DRAFT_LEAD


def _thank_you(
    state: AppState,
    now: datetime,
    rules: Rules,
    profile: Profile,
    iv: Interview,
    cal: str | None,
    mail: str | None,
) -> list[Planned]:
    out: list[Planned] = []
    handover = _first_draft_time(state, rules)
    if handover is not None and now >= handover:
        return out  # the follow-up draft takes over from here
    me = {m.lower() for m in profile.me}
    people = [p for p in iv.interviewers if p.email and p.email.lower() not in me]
    if mail is not None:
        todo = [p for p in people if p.email not in state.thanked]
        panel = [
            _facts(
                state,
                profile,
                recipient_name=p.name,
                recipient_email=p.email,
                recipient_title=p.title,
                topics=_topics(state, p),
            )
            for p in todo
        ]
        # Composed together so no two interviewers of one panel get the same opening.
        for person, text in zip(todo, drafts.thank_you_notes(panel), strict=True):
            key = f"draft/thanks/{state.app.id}/{iv.event_key}/{person.email}"
            out.append(
                Planned(mail, _draft(key, state, profile, Person(person.name, person.email), text, None))
            )
    if cal is not None and not state.thank_you_done:
        start = thank_you_at(iv.end, iv.seen_at, rules)
        if start is not None:
            names = [p.name or p.email or "" for p in people]
            text = drafts.tickler_thank_you(_facts(state, profile), names)
            key = f"tickler/thanks/{state.app.id}/{iv.event_key}"
            out.append(Planned(cal, _tickler(key, state, text, start, rules)))
    return out


def _follow_ups(
    state: AppState, now: datetime, rules: Rules, profile: Profile, cal: str | None, mail: str | None
) -> list[Planned]:
    assert state.anchor is not None
    anchor = state.anchor
    times = followup_times(anchor, rules)
    passed = sum(1 for t in times if t <= now)
    out: list[Planned] = []
    base = f"{state.app.id}/{anchor.key}"
    if cal is not None:
        # Past reminders stay as history; only the next one is pending at any time.
        for step in range(min(passed + 1, len(times))):
            facts = _facts(state, profile, followup_number=step + 1)
            text = drafts.tickler_follow_up(facts)
            out.append(
                Planned(cal, _tickler(f"tickler/followup/{base}/{step + 1}", state, text, times[step], rules))
            )
        if passed >= len(times):
            end = no_response_at(anchor, rules)
            if end is not None:
                text = drafts.tickler_move_on(_facts(state, profile))
                out.append(Planned(cal, _tickler(f"tickler/moveon/{base}", state, text, end, rules)))
    if mail is not None and state.status != "no_response":
        ready = [step for step, t in enumerate(times) if now >= t - DRAFT_LEAD]
        if ready:
            step = ready[-1]
            name, email, answer = _human_contact(state)
            if email:
                facts = _facts(
                    state, profile, recipient_name=name, recipient_email=email, followup_number=step + 1
                )
                key = f"draft/followup/{base}/{step + 1}"
                out.append(
                    Planned(
                        mail,
                        _draft(key, state, profile, Person(name, email), drafts.follow_up(facts), answer),
                    )
                )
    return out


def _closing_draft(state: AppState, profile: Profile, mail: str) -> list[Planned]:
    name, email, answer = _human_contact(state)
    if not email:
        return []
    facts = _facts(state, profile, recipient_name=name, recipient_email=email)
    if state.status == "offer":
        text, kind = drafts.offer_reply(facts), "offer"
    elif state.status == "rejected":
        text, kind = drafts.rejection_reply(facts), "rejection"
    else:
        text, kind = drafts.withdrawal(facts), "withdrawal"
    anchor = state.stop_message.key if state.stop_message else state.status
    key = f"draft/{kind}/{state.app.id}/{anchor}"
    return [Planned(mail, _draft(key, state, profile, Person(name, email), text, answer))]
