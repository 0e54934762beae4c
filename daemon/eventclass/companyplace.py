"""Where the user goes as the company: the name heading an event's location, without the town the address adds."""

from __future__ import annotations

import re

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass.companyname import NOT_COMPANY as _NOT_COMPANY
from afterview.daemon.eventclass.companyname import ORG_WORDS, clean_company
from afterview.daemon.eventclass.role import CITIES
from afterview.daemon.eventclass.role import ROLE_NOUN as _ROLE_NOUN
from afterview.daemon.eventclass.signals import fold

__all__ = ["VENUE", "location_business", "location_company"]

# Places the user meets someone at, which are not the employer.
# (and how it is held: "Online", "Remote", "Virtual")
VENUE = re.compile(r"(?:caf[eé]|coffee|restaurant(?:e)?|bistro|bistrot|brasserie|hotel|bar|baustelle|chantier|obra"
                   r"|starbucks|kantine|cafeteria|mensa|lobby|empfang|reception|recepcion|accueil|foyer"
                   r"|online|remote|virtual|virtuel(?:le)?|hybrid)\b")


def location_company(event: CalendarEvent) -> str | None:
    """Given an event, returns the name heading its location ("Moss & Pike\\n12 Shoreditch High St") when the title
    names it too: where the user goes is the company."""
    head = re.split(r"\n|,\s|\s[-–—]\s", event.location.strip(), maxsplit=1)[0] if event.location else ""
    name = clean_company(head) if head and not re.search(r"\d|https?:|www\.", head) else None
    if not name or _NOT_COMPANY.match(name) or len(name) < 3 or VENUE.match(fold(name)) \
            or re.fullmatch(CITIES, name, re.IGNORECASE):  # "Genève – journée d'entretiens PF Avocats": a town
        return None
    # "Brenner&Voss" in the title for "Brenner & Voss Maschinenbau": an ampersand written tight or spaced
    title = _spaced_and(fold(event.summary))
    words = _spaced_and(name).split()
    # "Tidewater 2nd rd" at "Tidewater Maps (Zoom)": the title shortens the name the location writes out
    for size in range(len(words), 0, -1):
        short = fold(" ".join(words[:size]))
        if len(short) >= 4 and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", title):
            if 1 < size == len(words) - 1 and _address_place(words[-1], f"{event.location}\n{event.description}"):
                return " ".join(words[:size])  # "Sonnentor Reisen Wien", the address ", Wien": the city is no name
            return name if len([w for w in words if w not in "&+"]) <= 3 else None
    return None


def _spaced_and(text: str) -> str:
    return re.sub(r"\s*([&+])\s*", r" \1 ", text) if "&" in text or "+" in text else text


def _address_place(word: str, text: str) -> bool:
    """Given a word and a text, returns whether the text writes it as an address's town (", Wien", "10119 Berlin")."""
    return re.search(rf"(?:,[ \t]*|\b\d{{4,5}}[ \t]+){re.escape(word)}\b", text) is not None


_STREET = re.compile(r"(?i)\b(?:str\.?|stra(?:ß|ss)e|weg|platz|allee|gasse|ring|rue|avenue|av\.|bd|boulevard|calle|c/|"
                     r"avda\.?|avinguda|paseo|plaza|pla[çc]a|road|rd\.?|street|st\.|lane|way|square|via|rua|quai)\b")


_BUILDING_AFTER = re.compile(r"\s[–—-]\s.*\b(?:[Bb]uilding|[Bb]âtiment|[Gg]ebäude|[Ww]ing|[Bb]lock|[Hh]all|[Tt]ower"
                             r"|[Cc]ampus|[Ee]dificio)$")


def location_business(event: CalendarEvent) -> str | None:
    """Given an event whose text names no company, returns the name heading its location when an address or a site
    follows it ("Somfex, 50 avenue …", "Ziegler Mechatronik, Schulungszentrum, Esslingen"): where the user goes."""
    parts = [p.strip() for p in re.split(r"\n|,\s", event.location.strip())] if event.location else []
    if parts and (building := _BUILDING_AFTER.search(parts[0])):
        # "Prifysgol Menai – Brambell Building, Deiniol Rd": the building after a dash is no part of the name
        parts[0] = parts[0][:building.start()]
    if len(parts) < 2 or not (re.search(r"\d", parts[1]) or len(parts) >= 3):
        return None
    head = parts[0]
    if re.search(r"\d|https?:|www\.|@", head) or _STREET.search(head) or not head[:1].isupper():
        return None
    name = clean_company(head)
    if not name or _NOT_COMPANY.match(name) or len(name) < 3 or VENUE.match(fold(name)) \
            or _ROLE_NOUN.search(fold(name)) or fold(name) in ORG_WORDS:  # ("Trust office": which, it does not say)
        return None
    return name
