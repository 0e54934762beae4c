"""The decision: hard vetoes for what is never the user's interview, then a weighted sum of cues."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from afterview.connectors.base import Attendee, CalendarEvent
from afterview.daemon.eventclass import signals as sig
from afterview.daemon.eventclass.company import registrable_label
from afterview.daemon.eventclass.domainmatch import name_fits_label
from afterview.daemon.eventclass.people import Me, is_me, is_room
from afterview.daemon.eventclass.signals import cues, fold, is_tool_domain
from afterview.daemon.eventclass.stage import find_stage

THRESHOLD = 3.0
_SCHEDULER_DOMAINS = ("greenhouse", "lever.co", "ashby", "workday", "goodtime", "modernloop", "calendly",
                      "smartrecruiters", "workable", "jobvite", "icims", "bamboohr", "recruitee",
                      "personio", "teamtailor", "taleo", "successfactors", "gem.com", "paradox",
                      "cal.com", "join.com", "softgarden", "breezy", "jazzhr", "pinpointhq", "prelude")
_SCHEDULER_TEXT = re.compile(
    r"(?<![a-z])(?:greenhouse|lever|ashby|workday|goodtime|modernloop|modern loop|calendly|smartrecruiters"
    r"|workable|jobvite|icims|bamboohr|recruitee|personio|teamtailor|taleo|successfactors|gem|prelude"
    r"|cal\.com)(?![a-z])"
)
_CANDIDATE_LABEL = re.compile(
    r"(?im)^\s*(?:candidate|candidat[eoa]?|kandidat(?:in)?|bewerber(?:in)?|postulante)\s*(?:name)?\s*:\s*"
    r"([^\n,(]+)"
)
_INTERVIEW_WITH = re.compile(
    r"(?i)(?:interview|gespr[aä]ch|entretien|entrevista)\s+(?:with|mit|avec|con)\s+"
    r"([A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+)\s*(?:[-–—(|:]|for|f[üu]r|pour|para|$)"
)


@dataclass
class Decision:
    """The verdict on one event, how sure (0..1), and the short reasons for it."""

    is_interview: bool
    confidence: float
    reasons: list[str] = field(default_factory=list)


def _participants(event: CalendarEvent) -> list[Attendee]:
    people = list(event.attendees)
    if event.organizer is not None:
        people.insert(0, event.organizer)
    return people


def _on(person: Attendee, domains: frozenset[str]) -> bool:
    return (person.email or "").rpartition("@")[2].lower() in domains


def _interviewer_side(event: CalendarEvent, me: Me, title: str, body: str, description: str,
                      has_company: bool, interviewish: bool) -> str | None:
    people = [p for p in _participants(event) if not is_room(p)]
    colleagues = [p for p in people if _on(p, me.employer_domains) and not is_me(p, me)]
    organizer = event.organizer
    if organizer is not None and _on(organizer, me.employer_domains) and not is_me(organizer, me):
        return "organised by a colleague at the user's employer"
    if colleagues and (not has_company or interviewish):
        return "colleagues at the user's employer are invited"
    side = cues(sig.INTERVIEWER_SIDE, title) + cues(sig.INTERVIEWER_SIDE, body)
    if side:
        return f"interviewer-side cue '{side[0]}'"
    weak = cues(sig.INTERVIEWER_SIDE_WEAK, title) + cues(sig.INTERVIEWER_SIDE_WEAK, body)
    # Another company invites the user at a private address: its "candidate interview" is the user's own.
    invited = [p for p in people if is_me(p, me)]
    private_only = bool(invited) and not any(_on(p, me.employer_domains) for p in invited)
    if weak and not (has_company and (private_only or cues(sig.CANDIDATE_SIDE, title + " " + body))):
        return f"interviewer-side cue '{weak[0]}'"
    if third := cues(sig.THIRD_PERSON_CANDIDATE, title):
        return f"the title speaks of a candidate: '{third[0]}'"
    for match in _CANDIDATE_LABEL.finditer(description):
        if fold(match.group(1)).strip() not in me.full_names:
            return "the candidate named is someone else"
    at_employer = any(_on(p, me.employer_domains) for p in people)
    for match in _INTERVIEW_WITH.finditer(event.summary):
        if fold(match.group(1)) not in me.full_names and at_employer and not has_company:
            return "an interview with a named person, at the user's employer"
    jobish = interviewish or bool(cues(sig.JOB_CONTEXT, title) or find_stage(title, "")[0])
    if not has_company and jobish and _names_employer(event.summary, me):
        return "the hiring company named in the title is the user's own employer"
    me_at_work = any(is_me(p, me) and _on(p, me.employer_domains) for p in people)
    if me_at_work and not has_company and interviewish and len(people) > 1:
        return "invited at the work address with no other company"
    # A candidate does not send interview invitations from the current employer's calendar.
    others = [p for p in people if not is_me(p, me)]
    if organizer is not None and is_me(organizer, me) and _on(organizer, me.employer_domains) and jobish \
            and (others or not has_company):
        return "the user organises it from the work address"
    return None


def _names_employer(summary: str, me: Me) -> bool:
    labels = [registrable_label(d) for d in me.employer_domains]
    runs = re.findall(r"[A-Z0-9][\w&'’.+-]*(?:[ ][A-Z0-9&][\w&'’.+-]*){0,3}", summary)
    return any(name_fits_label(" ".join(run.split()[:size]), label)
               for run in runs for size in range(len(run.split()), 0, -1) for label in labels)


def decide(event: CalendarEvent, me: Me, description: str, role: str | None, has_company: bool,
           track_coffee_chats: bool, names: Sequence[str] = ()) -> Decision:
    """Given an event, the user, its boilerplate-free description, role, whether another company
    takes part and the company names written in it, returns the decision with reasons."""
    if event.owned_key:
        return Decision(False, 1.0, ["afterview's own tickler"])
    summary = event.summary
    # A "UX Research Lead" role must not read as a user-research session, nor "Atelier Monceau" as a class.
    for words in ([role] if role else []) + sorted(names, key=len, reverse=True):
        summary = summary.replace(words, " ")
        description = description.replace(words, " ")
    title, body = fold(summary), fold(description)
    interview_title = cues(sig.INTERVIEW, title)
    interview_body = cues(sig.INTERVIEW, body)
    interviewish = bool(interview_title or interview_body)
    veto = _interviewer_side(event, me, title, body, description, has_company, interviewish)
    if veto:
        return Decision(False, 0.95, [veto])
    for pattern, desc_pattern, label in (
        (sig.MOCK, sig.MOCK, "mock or practice interview"),
        (sig.TRAINING, sig.DESC_TRAINING, "class or webinar"),
        (sig.RESEARCH_PRESS, sig.RESEARCH_PRESS, "research or press interview"),
        (sig.NOT_HIRING, sig.NOT_HIRING, "not about a job"),
        (sig.SOMEONE_ELSES, sig.SOMEONE_ELSES, "someone else's interview"),
    ):
        found = cues(pattern, title) + cues(desc_pattern, body)
        if found:
            return Decision(False, 0.9, [f"{label}: '{found[0]}'"])
    score, reasons = _positive(event, me, title, body, has_company, role)
    coffee = cues(sig.COFFEE, title) + cues(sig.DESC_COFFEE, body)
    role_in_title = bool(role) and fold(role or "") in fold(event.summary)
    if coffee and all(c in sig.COFFEE_WEAK for c in coffee) and (
            interview_title or role_in_title or cues(sig.CANDIDATE_SIDE, title + " " + body)):
        coffee = []  # "Your interview with Cobblestone Coffee", "Catch up re: the Senior PM opening"
    if coffee:
        if not track_coffee_chats:
            return Decision(False, 0.85, [f"coffee chat: '{coffee[0]}'"])
        job_link = has_company or bool(cues(sig.JOB_CONTEXT, title + " " + body))
        return Decision(job_link, 0.6, [f"coffee chat tracked: '{coffee[0]}'", *reasons])
    is_interview = score >= THRESHOLD
    confidence = 1 / (1 + math.exp(-(score - THRESHOLD) / 1.2))
    if not is_interview:
        confidence = 1 - confidence
    reasons.append(f"score {score:.1f} (threshold {THRESHOLD})")
    return Decision(is_interview, round(min(max(confidence, 0.5), 0.99), 2), reasons)


def _positive(
    event: CalendarEvent, me: Me, title: str, body: str, has_company: bool, role: str | None
) -> tuple[float, list[str]]:
    score = 0.0
    reasons: list[str] = []

    def add(points: float, reason: str) -> None:
        nonlocal score
        score += points
        reasons.append(reason)

    if found := cues(sig.INTERVIEW, title):
        add(3.0, f"title says '{found[0]}'")
    elif found := cues(sig.INTERVIEW, body):
        add(1.5, f"description says '{found[0]}'")
    stage, cue = find_stage(title, "")
    if stage and not cues(sig.INTERVIEW, title):
        add(1.5, f"stage named in title: '{cue}'")
    if found := cues(sig.CANDIDATE_SIDE, title + " " + body):
        add(1.5, f"written to a candidate: '{found[0]}'")
    if found := cues(sig.JOB_CONTEXT, title):
        add(1.5, f"job context in title: '{found[0]}'")
    elif found := cues(sig.JOB_CONTEXT, body):
        add(1.0, f"job context: '{found[0]}'")
    if role:
        in_title = fold(role) in fold(event.summary)
        # A role in the title ("founding engineer intro") is about that job even without "interview".
        add(1.0 if in_title else 0.5 if found else 1.0,
            f"a role is named{' in the title' if in_title else ''}: '{role}'")
    domains = [(p.email or "").rpartition("@")[2].lower() for p in _participants(event)]
    if any(is_tool_domain(d) and any(s in d for s in _SCHEDULER_DOMAINS) for d in domains):
        add(1.5, "sent by a recruiting scheduler")
    elif _SCHEDULER_TEXT.search(body):
        add(1.0, "recruiting scheduler named")
    if has_company:
        add(1.0, "another company takes part")
    if me.first_names and re.search(r"(?:<>|<->|\s[x×/|&+]\s)", event.summary) and any(
            re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", title) for n in me.first_names):
        add(1.0, "'Company <> user' title")
    if cues(sig.VIDEO, fold(event.description + " " + event.location + " " + event.url)):
        add(0.3, "video call")
    if found := cues(sig.INTERNAL, title):
        add(-1.5, f"internal meeting cue '{found[0]}'")
    if found := cues(sig.PERSONAL, title):
        add(-2.0, f"personal cue '{found[0]}'")
    return score, reasons
