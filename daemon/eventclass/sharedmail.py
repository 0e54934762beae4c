"""Mail domains that many employers share, each employer told apart by the address's last dot-separated part.

Québec's health and social-services network gives every institution's staff an address at ssss.gouv.qc.ca and
marks the institution in the local part ("prenom.nom.ciussscn@", "prenom.nom.chusj@"): a nurse applying to another
CIUSSS is invited from the user's own domain by people who are not colleagues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["UNIT_SUFFIXED", "other_units", "same_unit", "unit_name"]

UNIT_SUFFIXED = frozenset({"ssss.gouv.qc.ca"})


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
