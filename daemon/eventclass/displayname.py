"""How a mail domain reads as a company name when the event writes none: "getvireo" is Vireo, "fintolabs" Finto Labs,
"ferncliff.energy" Ferncliff Energy."""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.daemon.eventclass.domainmatch import COMPANY_WORDS, DISPLAY_DROP, registrable_label
from afterview.daemon.eventclass.signals import fold

__all__ = ["domain_display", "label_display", "with_label_word"]


def label_display(label: str) -> str:
    """Given a domain label ("getvireo", "papillon-tech"), returns a display guess ("Vireo", "Papillon")."""
    label = re.sub(r"^(?:get|try|join|use|hello)(?=[a-z]{3})", "", label)
    words = [w for w in label.split("-") if w]
    # "medpace-talent", "vhio-research", "migros-ge": a hiring or research unit, or a region's code, after the name
    while len(words) > 1 and (words[-1] in DISPLAY_DROP or words[-1] in _UNIT_PARTS
                              or (words[-1] in _REGION_CODES and len(words[-2]) >= 3)):
        words.pop()
    if len(words) == 1:
        words = _split_joined(_unit_off(words[0]))
    return " ".join(word.capitalize() for word in words)


# What a company's unit adds to its domain after the name: it is no part of the name a person writes.
_UNIT_PARTS = frozenset({"talent", "recruiting", "recruitment", "recrutement", "karriere", "empleo", "hr", "rh",
                         "research", "recherche", "recerca", "investigacion", "inv"})
# Countries and Swiss cantons a subsidiary or office adds: "migros-ge", "acme-de" (not "-re", a reinsurer's name).
_REGION_CODES = frozenset({"de", "at", "ch", "fr", "es", "it", "uk", "us", "eu", "nl", "be", "lu", "pt", "ie", "pl",
                           "se", "dk", "fi", "ge", "zh", "vd", "bs", "bw", "by", "nrw", "emea", "dach", "iberia"})
# Joined to the name: "ironcladhq", "lumacareers".
_UNIT_JOINED = ("hq", "careers", "jobs", "talent")


def _unit_off(label: str) -> str:
    """Given a one-word label, returns it without a headquarters or hiring suffix joined to a name of four letters."""
    for tail in _UNIT_JOINED:
        if label.endswith(tail) and len(label) - len(tail) >= 4:
            return label[: -len(tail)]
    return label


# Words a joined label ends or starts with that are words of the name: fintolabs.de is Finto Labs,
# segurosalcora.es Seguros Alcora.
_JOINED_TAIL = tuple(sorted(COMPANY_WORDS - {"ai", "bio", "tech", "data"}, key=len, reverse=True))
_JOINED_HEAD = ("seguros", "grupo", "groupe", "maison", "banco", "banque", "stadtwerke", "laboratorios", "laboratoires")


def _split_joined(label: str) -> list[str]:
    """Given a one-word label, returns it split before a company word it ends with or after one it starts with."""
    for tail in _JOINED_TAIL:
        if label.endswith(tail) and len(label) - len(tail) >= 4:
            return [label[: -len(tail)], tail]
    for head in _JOINED_HEAD:
        if label.startswith(head) and len(label) - len(head) >= 4:
            return [head, label[len(head):]]
    return [label]


# Top-level domains that are words of the company's name ("ferncliff.energy" is Ferncliff Energy); not ".ai" or
# ".tech", which many companies take without the word in their name.
_NAME_TLDS = frozenset({"energy", "health", "bio", "games", "media", "capital", "partners", "software", "systems",
                        "studio", "studios", "ventures", "finance", "insurance", "logistics", "consulting"})


def domain_display(domain: str) -> str:
    """Given a company's mail domain, returns a display guess for its name from the label (and a word-TLD)."""
    label = registrable_label(domain)
    if domain.lower().endswith(".gc.ca") and len(halves := label.split("-")) == 2 and all(halves):
        # a Canadian federal department's bilingual pair of acronyms ("nrcan-rncan", "pco-bcp"): the English one
        return halves[0].upper()
    if domain.lower().endswith(".fr") and (city := label.removeprefix("univ-")) != label and city.isalpha():
        return f"Université de {city.capitalize()}"  # univ-lille.fr, a French university by its town
    name = label_display(label)
    tld = domain.lower().rpartition(".")[2]
    return f"{name} {tld.capitalize()}" if tld in _NAME_TLDS and not fold(name).endswith(tld) else name


def with_label_word(name: str, labels: Sequence[str]) -> str:
    """Given a one-word name found in the text and the domain labels, returns it with the company word its domain
    adds after a hyphen ("Kinetra" at kinetra-robotics.com: "Kinetra Robotics"); not a word that only says what kind
    of domain it is ("-group", "-hq")."""
    if " " in name:
        return name
    for label in labels:
        head, _, word = label.rpartition("-")
        if head and head.replace("-", "") == fold(name) and word in _LABEL_WORDS:
            return f"{name} {word.capitalize()}"
        # "Finestra" at finestracapital.it: the company word joined to the name in the domain
        if not head and label.startswith(fold(name)) and label[len(fold(name)):] in _LABEL_WORDS:
            return f"{name} {label[len(fold(name)):].capitalize()}"
    return name


_LABEL_WORDS = COMPANY_WORDS - {"group", "ai", "bio", "tech", "data", "digital", "labs", "lab", "cloud", "media"}


def first_of_pair(name: str, domains: Sequence[str]) -> str:
    """Given a name the text writes and the company's domains, returns the first of the bilingual pair of acronyms a
    Canadian federal domain joins ("PCO-BCP", "HC SC" at hc-sc.gc.ca: "HC"; not "CMA CGM" at cma-cgm.com), else the
    name."""
    parts = re.split(r"[\s/-]+", name.strip())
    pair = "-".join(fold(p) for p in parts)
    federal = any(d.lower() == f"{pair}.gc.ca" or d.lower().endswith(f".{pair}.gc.ca") for d in domains)
    return parts[0] if len(parts) == 2 and federal else name
