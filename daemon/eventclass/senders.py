"""Who sends an invitation: an applicant tracking system or scheduler, or a company's recruiting mailbox.

A recruiting tool's or mailbox's invitation is a hiring step's, whatever else its words say (score.py).
"""

from __future__ import annotations

import re

from afterview.connectors.base import Attendee
from afterview.daemon.eventclass.people import domain_of
from afterview.daemon.eventclass.signals import is_tool_domain

__all__ = ["SCHEDULER_DOMAINS", "ats_sender", "recruiting_mailbox"]

SCHEDULER_DOMAINS = ("greenhouse", "lever.co", "ashby", "workday", "goodtime", "modernloop", "calendly",
                     "smartrecruiters", "workable", "jobvite", "icims", "bamboohr", "recruitee",
                     "personio", "teamtailor", "taleo", "successfactors", "gem.com", "paradox",
                     "cal.com", "join.com", "softgarden", "breezy", "jazzhr", "pinpointhq", "prelude", "dover",
                     "comeet", "freshteam", "manatal", "recruitcrm", "hibob", "factorialhr", "kenjo", "onlyfy",
                     "prescreen", "dvinci", "concludis", "rexx", "umantis", "avature", "phenom", "beamery",
                     "eightfold", "taleo", "csod", "cornerstone", "bullhorn", "vidcruiter", "sparkhire", "willo",
                     "hireflix", "myinterview", "hirevue", "codility", "testgorilla", "brighthire", "metaview",
                     "sesamehr", "jobvite", "taleez", "welcomekit", "welcometothejungle", "flatchr", "jobylon",
                     "homerun", "hackerrank", "coderpad", "codesignal", "karat", "schrole", "thalamusgme",
                     "interviewbroker")
# Schedulers anyone books through (sales calls, tutoring): not recruiting by themselves.
_GENERAL_SCHEDULERS = ("calendly", "cal.com", "doodle", "hubspot", "chilipiper")

_RECRUITING_LOCAL = frozenset({
    "recruiting", "recruitment", "recruiter", "recruiters", "careers", "career", "jobs", "talent", "hr", "hiring",
    "bewerbung", "bewerbungen", "karriere", "personalabteilung", "rh", "recrutement", "recrutements", "rrhh",
    "seleccion", "empleo", "reclutamiento", "talento", "talentacquisition", "ta", "people-ops", "peopleops",
})
_RECRUITING_NAME = re.compile(r"(?i)\b(?:recruit(?:ing|ment|er)|talent|careers|hiring|human resources|hr|rrhh|rh"
                              r"|personalabteilung|recrutement|reclutamiento|selecci[oó]n)\b")


def recruiting_mailbox(person: Attendee) -> bool:
    """Given the organizer, returns whether it writes from a recruiting mailbox (jobs@, "Acme Talent")."""
    local = (person.email or "").partition("@")[0].lower()
    parts = [p for p in re.split(r"[-_.+]", local) if p]
    return (bool(parts) and all(p in _RECRUITING_LOCAL or p.isdigit() for p in parts)) \
        or bool(person.name and _RECRUITING_NAME.search(person.name))


def ats_sender(person: Attendee) -> bool:
    """Given the organizer, returns whether an applicant tracking system sends the invitation (not a general
    scheduler such as Calendly): it sends nothing but hiring steps."""
    domain = domain_of(person)
    return is_tool_domain(domain) and any(s in domain for s in SCHEDULER_DOMAINS) \
        and not any(s in domain for s in _GENERAL_SCHEDULERS)
