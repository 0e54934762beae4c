"""Mail domains that many employers share, each employer told apart by the address's last dot-separated part.

Québec's health and social-services network gives every institution's staff an address at ssss.gouv.qc.ca and
marks the institution in the local part ("prenom.nom.ciussscn@", "prenom.nom.chusj@"): a nurse applying to another
CIUSSS is invited from the user's own domain by people who are not colleagues. The NHS's shared domains mark the
organisation in the directory's display name instead: "Evans, Rhodri (Morgannwg Bay - T&O)".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass.people import Me, domain_of, is_me, participants

__all__ = ["NAME_UNITED", "UNIT_SUFFIXED", "foreign_unit", "name_unit", "other_named_unit", "other_units", "same_unit",
           "unit_name", "unit_shown", "user_units"]

UNIT_SUFFIXED = frozenset({"ssss.gouv.qc.ca"})
# NHS bodies in England, Wales, Scotland and Northern Ireland: one domain each, the organisation in the display name
NAME_UNITED = frozenset({"nhs.net", "wales.nhs.uk", "nhs.scot", "hscni.net"})
_NAME_UNIT = re.compile(r"\(\s*([^()]+?)(?:\s+[-–]\s[^()]*)?\)\s*$")


def name_unit(name: str | None, folded: bool = True) -> str | None:
    """Given a display name, returns the organisation its brackets end with, case-folded unless told not to
    ("morgannwg bay" for "Evans, Rhodri (Morgannwg Bay - T&O)"), else None."""
    match = _NAME_UNIT.search(name or "")
    return (match.group(1).casefold() if folded else match.group(1)) if match else None


def user_units(event: CalendarEvent, me: Me) -> tuple[set[str], bool]:
    """Given an event and the user, returns (the organisations the user's own display names in it show, whether the
    user takes part only at a private address)."""
    mine = [p for p in participants(event) if is_me(p, me)]
    units = {unit for p in mine if (unit := name_unit(p.name))}
    return units, bool(mine) and all(domain_of(p) not in me.employer_domains for p in mine)


def other_named_unit(domain: str, name: str | None, my_units: set[str], private_only: bool) -> bool:
    """Given a participant's mail domain and display name, the organisations the user's own display names show and
    whether the user takes part only at a private address, returns whether the participant is at a network's shared
    domain (NAME_UNITED) and at another organisation than the user's."""
    if domain not in NAME_UNITED:
        return False
    if not my_units:  # (whom the user cannot be told apart from: a board invites the private address of an applicant)
        return private_only
    unit = name_unit(name)
    return unit is not None and unit not in my_units


def _unit(local: str) -> str | None:
    return local.rsplit(".", 1)[1] if "." in local else None


def same_unit(email: str, mine: Iterable[str]) -> bool:
    """Given an address at one of the user's employer domains and the user's addresses, returns whether it is at
    the user's own employer: False only on a shared domain where both addresses name their unit and they differ."""
    local, _, domain = email.lower().rpartition("@")
    if domain not in UNIT_SUFFIXED or (unit := _unit(local)) is None:
        return True
    units = {_unit(m.rpartition("@")[0]) for m in mine if m.lower().endswith("@" + domain)} - {None}
    return not units or unit in units


# "CIUSSS de la Capitale-Sud", "CHU Sainte-Aurélie", "CISSS de l'Outaouais-Nord": an institution's acronym, then
# the place it serves
_ACRONYM_LED = re.compile(r"\b([A-Z]{2,8})(?:\s+(?:de la|de l[’']|du|des|de|d[’'])\s*|\s+)"
                          r"([A-ZÀ-Þ][\w’'-]+(?:[ -](?:de |du |des )?[A-ZÀ-Þ][\w’'-]+){0,3})")


def other_units(emails: Iterable[str], mine: Iterable[str]) -> set[str]:
    """Given participants' addresses and the user's, returns the units named by those at a shared domain that the
    user shares but at another unit ("ciussscs" for isabelle.paradis.ciussscs@ssss.gouv.qc.ca)."""
    mine = [m.lower() for m in mine]
    # (same_unit is False only for an address on a shared domain that names a unit the user's addresses do not)
    return {email.lower().rpartition("@")[0].rsplit(".", 1)[1] for email in emails if not same_unit(email, mine)}


def unit_name(units: Iterable[str], texts: Sequence[str]) -> str | None:
    """Given units of a shared domain and the event's texts, returns the institution the texts name whose acronym
    begins a unit ("CIUSSS de la Capitale-Sud" for "ciussscs"), else None."""
    units = list(units)
    for text in texts:
        for match in _ACRONYM_LED.finditer(text):
            acronym = match.group(1).lower()
            if len(acronym) >= 3 and any(unit.startswith(acronym) for unit in units):
                return match.group(0).strip()
    return None


def unit_shown(event: CalendarEvent, units: Iterable[str]) -> str | None:
    """Given an event and units of a shared domain (other_units), returns the organisation, as written, that the
    display name of someone at one of those units ends with in brackets ("CHUM" for "Marchand, Hélène (CHUM)" at
    helene.marchand.chum@), the organizer's first, else None."""
    units = set(units)
    for person in participants(event):
        if domain_of(person) in UNIT_SUFFIXED and _unit((person.email or "").lower().rpartition("@")[0]) in units \
                and (unit := name_unit(person.name, folded=False)):
            return unit
    return None


def foreign_unit(event: CalendarEvent, me: Me, texts: Sequence[str]) -> str | None:
    """Given an event, the user and the event's texts, returns the organisation, as written, that a display name
    shows for someone at a network's shared mail domain (NAME_UNITED) but at another organisation than the user's
    (any, when the user takes part only at a private address), the organizer's first, in its longer form when the
    texts write one ("Hywel Teifi University Health Board"), else None."""
    my_units, private_only = user_units(event, me)
    # (the domain test first: most participants are at no shared domain, and their names need no parsing)
    unit = next((unit for p in (event.organizer, *event.attendees) if p is not None and not is_me(p, me)
                 and other_named_unit(domain_of(p), p.name, my_units, private_only)
                 and (unit := name_unit(p.name, folded=False))), None)
    if unit is None:
        return None
    found = re.search(re.escape(unit) + r"(?:[ ]+[A-Z][\w'’&-]*){0,4}", "\n".join(texts))
    return _as_written(found.group(0) if found else unit)


_SMALL = frozenset({"and", "of", "the", "for", "de", "la"})


def _as_written(name: str) -> str:
    """Given an organisation's name, returns it in title case when the directory shouts it ("WEST RIDING TEACHING
    HOSPITALS NHS FOUNDATION TRUST" -> "West Riding Teaching Hospitals NHS Foundation Trust"; short words such as
    NHS and ICB stay capitals, joining words go lower case), else as given."""
    if not name.isupper() or " " not in name:
        return name
    words = [w.lower() if w.lower() in _SMALL else w if len(w) <= 3 else w.capitalize() for w in name.split()]
    return " ".join(words)
