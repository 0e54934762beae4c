"""The employer an agency's invitation names: not the agency's own name; the client whose people come first."""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass.companyname import fuller
from afterview.daemon.eventclass.context import AGENCY, AGENCY_LABEL
from afterview.daemon.eventclass.domainmatch import name_fits_label, registrable_label
from afterview.daemon.eventclass.people import domain_of, participants
from afterview.daemon.eventclass.signals import cues, fold, is_free_mail, squash

__all__ = ["SIGNED_RECRUITMENT", "agency_label", "agency_names_employer"]

# A signature naming a recruitment firm, the last words of a line: "Ella – Hunt & Pixel Recruitment", "Kestrel
# Scientific Recruitment – Life Sciences Nordics" (its desk after a dash)
SIGNED_RECRUITMENT = re.compile(r"(?m)(?P<signer>[A-Z][\w&'’ -]{1,40}) Recruitment(?: Ltd\.?| Limited| GmbH)?"
                                r"(?:[ \t]+[–—-][ \t]+[^\n]{1,50})?[ \t]*$")

# Recruitment agencies and job boards whose domain label says nothing of recruiting ("michaelpage", "hays",
# "jobillico"): they arrange the talk, the employer is their client. Only the company extraction asks; whether the
# event is an interview does not depend on it.
_KNOWN_AGENCIES = frozenset({
    "michaelpage", "pagepersonnel", "pagegroup", "pageexecutive", "hays", "randstad", "adecco", "roberthalf",
    "robertwalters", "manpower", "manpowergroup", "kellyservices", "harveynash", "computerfutures", "gigroup",
    "kornferry", "spencerstuart", "egonzehnder", "heidrick", "russellreynolds", "lhh", "reed", "jobillico",
    "stepstone", "indeed", "monster", "infojobs", "welcometothejungle", "jobteaser", "hellowork", "totaljobs",
    "odgersberndtson", "boyden", "kerryconsulting", "rishworthaviation", "wasinc", "hudson", "hirewell",
    "carneysandoe",
})


def agency_label(label: str) -> bool:
    """Given a domain label ("michaelpage", "talentonorte"), returns whether it is a recruitment agency's or job
    board's: it says so, or it is a well-known one."""
    return bool(AGENCY_LABEL.search(label)) or label.replace("-", "") in _KNOWN_AGENCIES


# A public body's or an institution's own recruitment team signs with its name: "Kelvin Bridge College Recruitment".
_PUBLIC = frozenset({"college", "university", "school", "academy", "council", "trust", "hospital", "nhs", "service",
                     "services", "board", "authority", "institute"})


def agency_names_employer(event: CalendarEvent, description: str, domain: str, stated: Sequence[str]) -> str | None:
    """Given an event, its description, the organizer's company domain and the company names stated, returns the first
    name that is not the organizer's when the organizer is a recruitment agency ("the opening at Kestrel Bank")."""
    organizer = event.organizer
    if organizer is None or domain_of(organizer) != domain:
        return None
    label = registrable_label(domain)
    words = fold(f"{event.summary} {description} {organizer.name or ''}")
    others = [registrable_label(domain_of(p) or "") for p in participants(event) if domain_of(p)]
    # a recruitment firm's signature, from its consultant alone: "Greenfield Science Recruitment" (not an employer's
    # own recruiting team with its interviewers: "Redwick Bank Recruitment")
    # (nor a college's own: "Kelvin Bridge College Recruitment" at kelvinbridge.ac.uk)
    signature = SIGNED_RECRUITMENT.search(description)
    signed = signature is not None and fold(signature.group("signer")).split()[-1] not in _PUBLIC \
        and not any(o != label for p in participants(event) if (o := registrable_label(domain_of(p) or ""))
                    and not is_free_mail(domain_of(p))) \
        and len({(p.email or "").lower() for p in participants(event)
                 if registrable_label(domain_of(p) or "") == label}) == 1
    if not (agency_label(label) or cues(AGENCY, words) or signed
            or _names_agency(event.summary, [*stated, *_AGENCY_NAME.findall(description)], label)):
        return None
    # the client whose people come ("Kestrel Academy" with anneke.vos@kestrel-academy.com) before a name it merely
    # mentions ("the corporate university of Kestrel Logistics")
    ordered = sorted(stated, key=lambda name: not any(name_fits_label(name, o) for o in others if o != label))
    for name in ordered:
        squashed = squash(name)
        first = squash(name.split()[0]) if name.split() else ""
        if not name_fits_label(name, label) and not label.startswith(squashed) and not cues(AGENCY, fold(name)) \
                and not AGENCY_LABEL.search(squashed) and not (len(first) >= 4 and label.startswith(first)) \
                and not _GENDER_TAG.search(f"{event.summary}\n{description}".partition(name)[2][:12]):
            # (nor the post, tagged as German adverts tag it: "Steuerberatungsassistent (m/w/d) bei …")
            # (not "Selecta Logística Talent" signing for selecta-talent.es: a first word the label starts with)
            return fuller(name, [event.summary, description])
    return None


_GENDER_TAG = re.compile(r"^\s*\((?i:[mwfdhx]\s*/\s*[mwfdhx](?:\s*/\s*[mwfdhx])?)\)")


# The last word of a staffing firm's name ("Sterling Grove Search", "Chemstaff Personal", "Sentinel Medical Staffing"):
# folded at the end of a stated name, and capitalised after up to four capitalised words in the description.
_AGENCY_WORDS = ("search", "staffing", "personal", "personnel", "recruitment", "recruiting", "headhunting",
                 "headhunters", "zeitarbeit", "interim")
_AGENCY_NAME_END = re.compile(rf"\b(?:{'|'.join(_AGENCY_WORDS)})$")
_AGENCY_NAME = re.compile(rf"(?<![\w-])([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){{0,3}} "
                          rf"(?:{'|'.join(w.capitalize() for w in _AGENCY_WORDS)}))(?![\w-])")
_VIA = re.compile(r"\(via ([^)]{2,40})\)")


def _names_agency(summary: str, stated: Sequence[str], label: str) -> bool:
    """Given the title, the company names stated and the organizer's domain label, returns whether the name the
    domain spells is a staffing firm's ("… Search", "… Personal") or the title says the talk comes "(via" it."""
    return any(name_fits_label(name, label) and _AGENCY_NAME_END.search(fold(name)) for name in stated) or any(
        name_fits_label(via.strip(), label) or label.startswith(squash(via)) for via in _VIA.findall(summary))
