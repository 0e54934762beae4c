"""The user's employer on its group or country domains: "korvald-gruppe.de", "korvald-groupe.fr" next to the work
address at "korvald.com" are the same employer (its HR often writes from the group's or a country's domain)."""

from __future__ import annotations

import re

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass.domainmatch import registrable_label
from afterview.daemon.eventclass.people import Me, domain_of, participants
from afterview.daemon.eventclass.signals import is_free_mail, is_tool_domain

__all__ = ["with_employer_kin"]

_KIN = re.compile(r"(?:group|gruppe|groupe|grupo|gruppo|holding|international|intl|global|europe|deutschland|france"
                  r"|espana|iberia|dach|de|fr|es|uk|us|eu|nl|ch|at|it)")


def _squash(label: str) -> str:
    return re.sub(r"[^a-z0-9]", "", label.lower())


def with_employer_kin(me: Me, event: CalendarEvent) -> Me:
    """Given the user and an event, returns the user with the employer's group or country domains the event uses
    added to the employer's domains ("korvald-gruppe.de" for "korvald.com")."""
    if not me.employer_domains:
        return me
    cores = {_squash(registrable_label(d)) for d in me.employer_domains}
    kin: set[str] = set()
    for person in participants(event):
        domain = domain_of(person)
        if not domain or domain in me.employer_domains or is_free_mail(domain) or is_tool_domain(domain):
            continue
        label = _squash(registrable_label(domain))
        if any(len(core) >= 4 and label.startswith(core) and _KIN.fullmatch(label[len(core):]) for core in cores):
            kin.add(domain)
    if not kin:
        return me
    return Me(me.emails, me.employer_domains | kin, me.full_names, me.first_names)
