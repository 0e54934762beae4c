"""Which application does an event or a message belong to? Pure functions over an index.

Mail is attributed by thread first (In-Reply-To/References of messages already known), then
by the people and domains met in interviews, then by the company named in the message. An
ATS sender or display name is never a company. Two roles at one company stay apart: when
the role cannot be told, the message is left unattributed rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from afterview.connectors.base import MessageHeader
from afterview.daemon.eventclass.signals import ATS_WORDS, TOOL_DOMAINS, is_free_mail, is_tool_domain
from afterview.daemon.evidence import slugify
from afterview.daemon.infer import AppState
from afterview.daemon.verdicts import EventVerdict, MailVerdict

JOB_TERMS: tuple[str, ...] = (
    "interview",
    "application",
    "applying",
    "candidate",
    "candidacy",
    "position",
    "role",
    "offer",
    "opportunity",
    "recruit",
    "hiring",
    "next steps",
    "your availability",
    "talent",
    "bewerbung",
    "vorstellungsgespräch",
    "stelle",
    "angebot",
    "absage",
    "candidature",
    "entretien",
    "poste",
    "recrutement",
    "offre",
    "candidatura",
    "entrevista",
    "puesto",
    "oferta",
    "proceso de selección",
)
_TERMS = re.compile("|".join(re.escape(t) for t in JOB_TERMS), re.I)


def _domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return email.rsplit("@", 1)[1].lower()


def company_domain(domain: str | None) -> bool:
    """Given a mail domain, returns whether it can stand for an employer (not free-mail, not a tool)."""
    if not domain or is_free_mail(domain):
        return False
    return not is_tool_domain(domain)


@dataclass
class AppIndex:
    """What attribution looks things up in; built from the folded states once per cycle."""

    me: frozenset[str]
    states: dict[str, AppState] = field(default_factory=dict)
    by_message_id: dict[str, str] = field(default_factory=dict)
    by_email: dict[str, set[str]] = field(default_factory=dict)
    by_domain: dict[str, set[str]] = field(default_factory=dict)
    by_company: dict[str, set[str]] = field(default_factory=dict)
    by_event: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, states: Iterable[AppState], me: Sequence[str]) -> AppIndex:
        index = cls(me=frozenset(m.lower() for m in me))
        for state in states:
            index.add(state)
        return index

    def add(self, state: AppState) -> None:
        app_id = state.app.id
        self.states[app_id] = state
        for mid in state.known_message_ids:
            self.by_message_id.setdefault(mid, app_id)
        self.by_company.setdefault(slugify(state.app.company), set()).add(app_id)
        for iv in state.interviews:
            self.by_event[iv.event_key] = app_id
            for person in iv.interviewers:
                if person.email and person.email not in self.me:
                    self.by_email.setdefault(person.email.lower(), set()).add(app_id)
        for domain in state.domains:
            if company_domain(domain) and not any(domain == _domain(m) for m in self.me):
                self.by_domain.setdefault(domain, set()).add(app_id)
        if state.last_contact and state.last_contact.sender_email:
            email = state.last_contact.sender_email
            if company_domain(_domain(email)):
                self.by_domain.setdefault(_domain(email) or "", set()).add(app_id)

    def domains(self) -> frozenset[str]:
        return frozenset(self.by_domain)


# Tools' domains as samples write them, under the label reserved for documentation ("infojobs.example",
# "jobtrain.example.co.uk"), which is_tool_domain reads as the tool's (eventclass/reserved.py): each of the domain's
# leading parts before "example"
_SAMPLE_TOOLS = frozenset(".".join(domain.split(".")[:end]) + ".example"
                          for domain in TOOL_DOMAINS for end in range(1, domain.count(".") + 1))


def candidate_needles(index: AppIndex) -> frozenset[str]:
    """Given the index, returns lower-case strings of which a raw header's sender and subject fields hold
    at least one whenever is_candidate() could say yes for an inbox message outside a known thread
    (MailQuery.needles; the threads are MailQuery.thread_ids)."""
    # Keep in step with is_candidate: known people and domains, tools (and an ATS's branded customer domains, which
    # is_tool_domain knows by the brand word: "acme.personio-mail.com"), terms, companies.
    found = {*index.by_email, *index.by_domain, *TOOL_DOMAINS, *_SAMPLE_TOOLS, *ATS_WORDS, *JOB_TERMS}
    found.update(company.replace("-", " ") for company in index.by_company if len(company) > 2)
    return frozenset(n.lower() for n in found if n)


def is_candidate(header: MessageHeader, index: AppIndex) -> bool:
    """Given a header, returns whether the message may concern an application (worth its body)."""
    if header.in_reply_to in index.by_message_id or any(r in index.by_message_id for r in header.references):
        return True
    if header.folder == "sent":
        return any(_matches_person(p.email, index) for p in (*header.to, *header.cc))
    senders = [header.sender.email, *(p.email for p in header.reply_to)]
    if any(_matches_person(e, index) or is_tool_domain(_domain(e)) for e in senders):
        return True
    subject = header.subject.lower()
    if _TERMS.search(subject):
        return True
    return any(company.replace("-", " ") in subject for company in index.by_company if len(company) > 2)


def _matches_person(email: str | None, index: AppIndex) -> bool:
    if not email:
        return False
    return email.lower() in index.by_email or (_domain(email) or "") in index.by_domain


def attribute_message(
    header: MessageHeader, verdict: MailVerdict | None, text: str, index: AppIndex
) -> tuple[str | None, str]:
    """Given a message (header, verdict, subject+body text), returns (app id or None, why)."""
    for mid in (header.in_reply_to, *header.references):
        if mid and mid in index.by_message_id:
            return index.by_message_id[mid], "thread"
    if header.folder == "sent":
        people = [p.email for p in (*header.to, *header.cc)]
    else:
        people = [header.sender.email, *(p.email for p in header.reply_to)]
    candidates: set[str] = set()
    why = ""
    for email in people:
        if email and email.lower() in index.by_email:
            candidates |= index.by_email[email.lower()]
            why = "interviewer address"
    if not candidates:
        for email in people:
            domain = _domain(email)
            if domain and domain in index.by_domain:
                candidates |= index.by_domain[domain]
                why = f"domain {domain}"
    if not candidates and verdict is not None and verdict.company:
        candidates |= index.by_company.get(slugify(verdict.company), set())
        why = f"company {verdict.company}"
    if not candidates and header.folder == "inbox":
        hay = slugify(header.subject)
        for company, apps in index.by_company.items():
            if len(company) > 2 and f"-{company}-" in f"-{hay}-":
                candidates |= apps
                why = f"company {company} in subject"
    if len(candidates) == 1:
        return next(iter(candidates)), why
    if not candidates:
        return None, "no application matches"
    return _by_role(candidates, verdict, f"{header.subject}\n{text}", index, why)


def _by_role(
    candidates: set[str], verdict: MailVerdict | None, text: str, index: AppIndex, why: str
) -> tuple[str | None, str]:
    hay = f"-{slugify(text)}-"
    named = {
        app_id
        for app_id in candidates
        if (role := index.states[app_id].app.role)
        and (
            f"-{slugify(role)}-" in hay
            or (verdict is not None and verdict.role and slugify(verdict.role) == slugify(role))
        )
    }
    if len(named) == 1:
        return next(iter(named)), f"{why}, role"
    open_ones = [a for a in candidates if not index.states[a].terminal]
    if len(open_ones) == 1 and not named:
        return open_ones[0], f"{why}, the only open application"
    return None, "ambiguous: " + ", ".join(sorted(candidates))


def attribute_event(
    event_key: str, verdict: EventVerdict, fallback_company: str, index: AppIndex
) -> tuple[str, str, str]:
    """Given an interview verdict, returns (app id, company, role) — existing or to be created."""
    if event_key in index.by_event:
        app_id = index.by_event[event_key]
        app = index.states[app_id].app
        return app_id, app.company, app.role
    company = verdict.company or fallback_company
    role = verdict.role or ""
    same = index.by_company.get(slugify(company), set())
    if role:
        for app_id in same:
            if slugify(index.states[app_id].app.role) == slugify(role):
                return app_id, index.states[app_id].app.company, role
        roleless = [a for a in same if not index.states[a].app.role and not index.states[a].terminal]
        if len(roleless) == 1:
            return roleless[0], index.states[roleless[0]].app.company, role
        return "", company, role

    def last_seen(app_id: str) -> datetime:
        state = index.states[app_id]
        return max((iv.start for iv in state.interviews), default=state.app.created_at)

    open_ones = sorted((a for a in same if not index.states[a].terminal), key=last_seen)
    if open_ones:
        app = index.states[open_ones[-1]].app
        return app.id, app.company, app.role
    return "", company, role
