"""Whether a name written in an event is the user's: the names the user's addresses spell, the name an event writes
next to the user's address, a longer or shorter first name, initials, or the family name after an honorific."""

from __future__ import annotations

import re

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass.domainmatch import registrable_label
from afterview.daemon.eventclass.people import Me, clean_name, participants
from afterview.daemon.eventclass.signals import fold, squash

__all__ = ["could_be_user", "formal_user", "named_in_event", "own_firm", "spelled_by_address"]


def named_in_event(me: Me, event: CalendarEvent) -> Me:
    """Given the user and an event, returns the user with the name the event writes next to the user's own address
    ("Daniel Adeyemi" <dan.adeyemi@…>) when it ends in the family name the addresses spell (not a mailbox's name)."""
    families = {n.split()[-1] for n in me.full_names}
    full: set[str] = set()
    for person in participants(event):
        if not person.name or not person.email or person.email.lower() not in me.emails:
            continue
        words = fold(clean_name(person.name)).split()
        if len(words) >= 2 and words[-1] in families and words[0].isalpha() and len(words[0]) >= 2:
            full.add(f"{words[0]} {words[-1]}")
    if full <= me.full_names:
        return me
    return Me(me.emails, me.employer_domains, me.full_names | full,
              me.first_names | {n.split()[0] for n in full})


_NAME_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ ][A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}")


def spelled_by_address(me: Me, texts: tuple[str, ...]) -> set[str]:
    """Given the user and an event's texts, returns the folded names they write that one of the user's address local
    parts spells run together ("Rocío Navarro" for rocionavarro.gil@), or that could_be_user reads as the user
    ("Valentina Gomez Restrepo" for valentina.gomezr@): the user, never the company."""
    spelt = {squash(p) for email in me.emails for p in re.split(r"[._+]", re.sub(r"\d+", "", email.partition("@")[0]))}
    spelt = {p for p in spelt if len(p) >= 8}
    return {fold(m.group(0)) for text in texts for m in _NAME_RUN.finditer(text)
            if squash(m.group(0)) in spelt or (len(m.group(0).split()) >= 3 and could_be_user(m.group(0), me))}


def could_be_user(name: str, me: Me) -> bool:
    """Given a person's name and the user, returns whether it may be the user: the full name the addresses spell, a
    longer or shorter form of its first name with the same family name ("Daniel Adeyemi" for dan.adeyemi@), or the
    initial and family name of an address like m.osei@."""
    if listed := _FAMILY_FIRST.fullmatch(name.strip()):  # "DE SMET-LEFORT Katrien": an official list's order
        name = f"{listed.group(2)} {listed.group(1)}"
    words = fold(clean_name(name)).split()
    if not words:
        return False
    # ("Seo-yeon Park" for seoyeon.park.dev@: the address drops the first name's hyphen)
    if " ".join(words[:2]) in me.full_names or f"{words[0].replace('-', '')} {' '.join(words[1:2])}" in me.full_names \
            or (not me.full_names and words[0] in me.first_names):
        return True
    if len(words) < 2:
        return False
    first, family = words[0].strip("."), words[-1]
    if first in _HONORIFIC and len(words) == 2 and family in {n.split()[-1] for n in me.full_names}:
        return True  # "Herr Albers", "Mme Duval": the user's family name after an honorific
    # (Spanish names carry two family names: "Mariana Gutiérrez Salas" for mariana.gtz.salas@)
    families = {family, words[1]} if len(words) >= 3 else {family}
    # ("Guillaume Le Goff" for guillaume.legoff@: the address runs a particle and the name together)
    families.add("".join(words[1:]).replace("-", "").replace("'", ""))
    for full in me.full_names:
        known, known_family = full.split()[0], full.split()[-1]
        # (or the first family name and the second's initial: "gomezr" for Valentina Gómez Restrepo)
        # (or the family names run together, the address keeping the first: "desmet" for De Smet-Lefort)
        if (any(f == known_family or _abbreviates(known_family, f) or (len(known_family) >= 4 and len(words) >= 3
                                                                          and f.startswith(known_family))
                for f in families)
                or (len(words) >= 3 and known_family == words[1] + words[2][:1])) \
                and min(len(first), len(known)) >= 3 and (first.startswith(known) or known.startswith(first)):
            return True
    if len(first) == 1 and any(full.split()[0][:1] == first and full.split()[-1] == family for full in me.full_names):
        return True  # "R. Llewellyn": the initial of the user's first name and the family name
    return any(initial == first[:1] and family == last for initial, last in _initial_family(me))


_FAMILY_FIRST = re.compile(r"((?:[A-ZÀ-Þ]{2,}[' -]?)*[A-ZÀ-Þ]{2,}) ([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)")


def _abbreviates(short: str, name: str) -> bool:
    """Given a word of an address and a folded family name, returns whether the word is the name's usual short form:
    its first and last letters and others in order ("gtz" for Gutiérrez, "hdez" for Hernández, "fdez", "rguez")."""
    if not 2 <= len(short) <= len(name) - 2 or short[0] != name[0] or short[-1] != name[-1]:
        return False
    rest = iter(name)
    return all(letter in rest for letter in short)


_HONORIFIC = frozenset({"herr", "herrn", "frau", "mr", "mrs", "ms", "mx", "monsieur", "madame", "mme", "mlle", "m",
                        "sr", "sra", "senor", "senora", "don", "dona"})


def _initial_family(me: Me) -> list[tuple[str, str]]:
    """Given the user, returns (initial, family name) from addresses spelt so ("m.osei@", "a.duval@")."""
    out = []
    for email in me.emails:
        local = email.partition("@")[0]
        for parts in [p for p in re.split(r"[._-]", local) if p], [p for p in re.split(r"[._]", local) if p]:
            # "k.mensah-bauer@": the initial and the double-barrelled family name
            if len(parts) == 2 and len(parts[0]) == 1 and parts[0].isalpha() and len(parts[1]) > 1 \
                    and all(s.isalpha() for s in parts[1].split("-")):
                out.append((parts[0], parts[1]))
    return out


_FORMAL_TITLE = r"(?:(?:" + "|".join(sorted(_HONORIFIC)) + r"|dr|prof|kandidat(?:in)?|candidat(?:e)?)\.?\s+)"


def formal_user(folded: str, me: Me) -> str | None:
    """Given folded text and the user, returns where it names the user formally, by the family name after an
    honorific, a doctor's title, a committee's "audition" or the first name's initial ("frau dr. morel", "audition l.
    morel", "audition rousseau", "mme morel lea", "dr. hannah weiss"), else None."""
    for full in sorted(me.full_names):
        first, family = full.split()[0], full.split()[-1]
        if len(family) < 3:
            continue
        found = re.search(rf"(?<![a-z])(?:{_FORMAL_TITLE}(?:dr\.?\s+)?(?:{first[0]}\.\s*|{re.escape(first)}\s+)?"
                          rf"|{first[0]}\.\s*)"
                          rf"{re.escape(family)}(?![a-z])|(?<![a-z]){re.escape(family)} {re.escape(first)}(?![a-z])"
                          # (a committee's "audition ROUSSEAU" hears that one person, as "candidat ROUSSEAU" does)
                          rf"|(?<![a-z])audition {re.escape(family)}(?![a-z])",
                          folded)
        if found:
            return found.group(0)
    return None


def own_firm(me: Me) -> bool:
    """Given the user, returns whether the work address is at a firm named after the user ("kern-consulting.de"): a
    freelancer's own firm, which a client's invitation names as what the user offers, not as an employer."""
    families = {squash(n.split()[-1]) for n in me.full_names}
    return any(len(f) >= 3 and f in registrable_label(d) for f in families for d in me.employer_domains)
