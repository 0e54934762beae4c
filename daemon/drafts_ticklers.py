"""The words of afterview's calendar reminders (ticklers): a summary line and a description.

Each description says what to do, where the draft is, and that afterview never sends mail.
Re-exported by afterview.daemon.drafts; import them from there.
"""

from __future__ import annotations

from collections.abc import Sequence

from afterview.daemon.drafts_base import (
    Composed,
    DraftFacts,
    calendar_label,
    company,
    day_words,
    followup_count,
    interview_label,
    on_day,
    paragraphs,
    position_label,
    possessive,
    role,
)
from afterview.daemon.errors import UsageError

NEVER_SENDS = "afterview never sends mail: nothing goes out unless you send it yourself."


def _employer(f: DraftFacts) -> str:
    return company(f) or "the employer"


def _named_people(interviewers: Sequence[str]) -> list[str]:
    seen: list[str] = []
    for raw in interviewers:
        name = " ".join(raw.split())
        if name and name.casefold() not in (s.casefold() for s in seen):
            seen.append(name)
    return seen


def tickler_thank_you(f: DraftFacts, interviewers: Sequence[str]) -> Composed:
    """Given the facts and the interviewers' names, returns the "Send thank-you notes — Acme, Role" tickler.

    The description prompts to write down reflections and names, and points to the drafts.
    """
    people = _named_people(interviewers)
    who = (f"Interviewers: {', '.join(people)}. Check the spelling, and add anyone missing with their title."
           if people else "Interviewers: not known — write down the name and title of everyone you met.")
    reflect = ("While it is fresh, write down:\n"
               "- what went well, and what you would answer differently next time\n"
               "- one thing you discussed with each interviewer\n"
               "- anything you forgot to mention that you could add in your note")
    drafts = ("Your Drafts folder has a personal thank-you draft for each interviewer with a known "
              "address. Add the one thing you discussed, read each through, and send them within "
              "24 hours of the interview.")
    label = interview_label(f)
    over = f"Your {label}{on_day(f.interview_date)} is over." if label else "Your interview is over."
    body = paragraphs(over, reflect, who,
                      drafts, NEVER_SENDS)
    return Composed(subject=f"Send thank-you notes — {calendar_label(f)}", body=body)


def tickler_follow_up(f: DraftFacts) -> Composed:
    """Given the facts, returns the "Follow up — Acme, Role (1 of 3)" tickler.

    A number past followup_max counts as the last; raises UsageError for a number below 1.
    """
    n, total = followup_count(f)
    employer = _employer(f)
    if n == 1 and f.decision_date:
        why = (f"{employer} expected to decide by {day_words(f.decision_date)}, and you have not "
               "heard back yet.")
    elif n == 1:
        why = f"It has been about a week since your interview{on_day(f.interview_date)} and no word yet."
    else:
        why = f"Still no answer from {employer} about {position_label(f) or 'your application'}."
    todo = ("A follow-up draft is in your Drafts folder: check it and send it. Or call instead — say "
            "your name, when you interviewed and for which position, and ask whether a decision has "
            "been made.")
    pace = (f"Once a week is persistent; once a day is pesky. This is follow-up {n} of {total}; "
            f"the rest disappear as soon as {employer} answers.")
    body = paragraphs(why, todo, pace, NEVER_SENDS)
    return Composed(subject=f"Follow up — {calendar_label(f)} ({n} of {total})", body=body)


def tickler_move_on(f: DraftFacts) -> Composed:
    """Given the facts, returns the last tickler after unanswered follow-ups: move on, keep searching."""
    employer = _employer(f)
    body = paragraphs(
        f"You followed up about {position_label(f) or 'your application'} and {employer} has not "
        "answered. That happens — recruiters juggle many openings — and it says little about you.",
        "Put your energy into your other applications: keep searching, line up your plan B, and "
        "keep your references warm.",
        f"Employers sometimes come back months later. If {employer} writes, afterview will notice.",
        "Nothing to send for this one. " + NEVER_SENDS,
    )
    return Composed(subject=f"No answer from {employer} — move on, keep searching", body=body)


def tickler_brief_references(f: DraftFacts) -> Composed:
    """Given the facts of an upcoming final round, returns the "Brief your references" tickler."""
    body = paragraphs(
        f"Your final round for {position_label(f) or 'this application'}{on_day(f.interview_date)} is "
        "coming up — "
        "references are often called next.",
        "Pick two or three references who can vouch for your work and character, ask each whether you "
        "may name them, and tell them which position it is and when a call might come.",
        NEVER_SENDS,
    )
    return Composed(subject=f"Brief your references — {calendar_label(f)}", body=body)


_REPLY_KINDS = {
    "offer": (
        "Reply to {pos} offer",
        "A reply is in your Drafts folder. It thanks them and asks for the offer in writing — pay, "
        "schedule, benefits, start date — and for a few days to decide. Don't accept before you "
        "have the terms.",
    ),
    "rejection": (
        "Reply to {pos} rejection",
        "A gracious reply is in your Drafts folder: it thanks them, asks them to keep you in mind, and "
        "asks for feedback or a referral. Don't burn the bridge — people move and openings come back. "
        "Then keep searching.",
    ),
    "withdrawal": (
        "Send your withdrawal to {employer}",
        "A polite withdrawal is in your Drafts folder. Send it soon, so they don't keep you in the "
        "running.",
    ),
}


def tickler_reply(f: DraftFacts, kind: str) -> Composed:
    """Given the facts and kind ("offer", "rejection", "withdrawal"), returns the reply reminder.

    Raises UsageError for any other kind.
    """
    if kind not in _REPLY_KINDS:
        raise UsageError(f"unknown reply kind {kind!r}", hint=f"use one of {', '.join(sorted(_REPLY_KINDS))}")
    summary_t, advice = _REPLY_KINDS[kind]
    employer = _employer(f)
    pos = possessive(employer) if company(f) else "the employer's"
    summary = summary_t.format(pos=pos, employer=employer)
    r = role(f)
    if r:
        summary += f" — {r}"
    return Composed(subject=summary, body=paragraphs(advice, NEVER_SENDS))
