"""An agency's client: whether a recruitment agency's invitation names the employer it recruits for.

score.decide asks it twice: an agency's first talk that names no client is no interview (context.agency_intake),
and one that names its client to the user's private address is a job conversation.
"""

from __future__ import annotations

import re

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass import signals as sig
from afterview.daemon.eventclass.clienttext import ACTING_FOR, CLIENT_LABEL, POST_AT_CLIENT
from afterview.daemon.eventclass.company import text_companies
from afterview.daemon.eventclass.context import AGENCY
from afterview.daemon.eventclass.domainmatch import name_fits_label, registrable_label
from afterview.daemon.eventclass.people import Me, domain_of
from afterview.daemon.eventclass.registered import role_named
from afterview.daemon.eventclass.signals import cues, fold, squash
from afterview.daemon.eventclass.stage import find_stage
from afterview.daemon.eventclass.usernames import could_be_user

__all__ = ["CLIENT_NAMED", "other_company_named"]

# An agency's client, named: "para nuestro cliente Banco Almena", "für unseren Mandanten Kessler", "my client, Orbis"
CLIENT_NAMED = re.compile(
    r"(?i:\b(?:my|our) client|\b(?:unser(?:em|en|er)?|meinem|meinen|meiner) (?:mandant(?:en|in)?|kunde[n]?"
    r"|auftraggeber)|\b(?:notre|mon) client(?:e)?|\b(?:nuestro|nuestra|mi) cliente|\b(?:onze|mijn) klant)[,:]?\s+"
    r"(?:(?i:the|die|der|das|la|le|el|l')\s*)?(?!(?:Sie|Ihnen|Ihr|Ihre|Dich|Dir|Vous|Usted)\b)[A-ZÀ-Þ][\w&'’.-]+"
    # ... or in a sentence: "the client is KopiPay", "we've been retained by Orchard Health", "the search we're
    # running for Pinecrest", "Unser Auftraggeber ist der Fonds …", "nuestro cliente es Zambon", "el cliente es MSC"
    r"|(?i:\b(?:the|my|our|unser|mein|nuestro|mi|notre|mon|el|le) (?:client|auftraggeber|mandant|kunde|cliente)"
    r" (?:is|ist|es|est)|" + sig.RETAINED_FOR + r")\s+"
    r"(?:(?i:the|die|der|das|la|le|el|l')\s*)?[A-ZÀ-Þ][\w&'’.-]+"
    # ... or the post at the client: "es geht um die Leitung E/E-Entwicklung bei der Zollern Antriebe GmbH"
    r"|(?i:" + POST_AT_CLIENT + r") [A-ZÀ-Þ][\w&'’.-]+"
    # ... or the search run for it: "je mène pour le compte de <b>Hutchinson</b> le recrutement"
    r"|(?i:" + ACTING_FOR + r")\s*(?:<(?:b|strong)>\s*)?[A-ZÀ-Þ][\w&'’.-]+"
    # ... or the search its client runs: "our first-round interview for the Carolina Philharmonic's Vice President of
    # Development search"
    r"|\b(?i:for) the [A-ZÀ-Þ][\w&.-]+(?: (?:[A-ZÀ-Þ][\w&.-]+|of|de|for))*['’]s (?:[\w-]+ ){1,6}?(?i:search)\b"
    # ... or a line labelled with it: "Cliente (confidencial, no lo comentes por ahí): King Edward VII's Hospital"
    r"|(?im:^[ \t]*" + CLIENT_LABEL + r"[ \t]*:[ \t]*)[A-ZÀ-Þ][\w&'’.-]+")


_AGENCY_WORD = re.compile(r"(?<!re)search|recruit|staffing|headhunt|^cabinet ")


def _inside_label(name: str, label: str) -> bool:
    """Given a company name and the organizer's domain label, returns whether the label spells the name
    ("Iberia" in talentoiberia, "Valmont" in valmontsearch): the organizer's own name, not a client's."""
    compact = squash(name)
    return len(compact) >= 3 and compact in label


def other_company_named(event: CalendarEvent, description: str, me: Me | None = None) -> bool:
    """Given an event, its description and the user, returns whether they name a company besides the organizer's
    own (and besides the agency words and the user's own name): an agency's client."""
    label = registrable_label(domain_of(event.organizer)) if event.organizer else ""
    # a person taking part ("Intro call – Jack Morrow", "Frau Chen", "Mei / Jack") or a hiring word
    # ("Kennenlernen", "Candidate screening") is no client
    people = {fold(p.name or "") for p in (event.organizer, *event.attendees) if p is not None}
    person_words = {w for n in people for w in re.split(r"[\s,]+", n) if w}
    text = event.summary + "\n" + description

    def client(name: str) -> bool:
        if label and (name_fits_label(name, label) or _inside_label(name, label) or _word_in_label(name, label)):
            return False  # the organizer's own name
        folded = fold(name)
        if folded in people or _person_words(folded, person_words) or _ORDINAL_OR_DURATION.fullmatch(folded):
            return False
        # (or after the talk's word: "Kennismakingsgesprek Sanne Bakker")
        if me is not None and (could_be_user(name, me) or folded in me.first_names
                               or (" " in name and could_be_user(name.split(maxsplit=1)[1], me))):
            return False  # "Échange Grace Okonkwo / Léa Moreau", "Llamada Grace / Javier": the user's name
        # (with the title's next words: "Echange téléphonique …", "30 Minute Career Chat" are steps, not clients)
        phrase = _with_next_words(name, event.summary)
        if _AGENCY_WORD.search(folded) or _PLATFORM.search(folded) or _TALK_FIRST.match(folded) or any(
                cues(words, fold(phrase)) for words in (AGENCY, sig.INTERVIEW, sig.COFFEE, sig.JOB_CONTEXT)) \
                or find_stage(phrase, "")[0]:  # ("Appel découverte": a step, not a client)
            return False
        if role_named(name) or (name.endswith("s") and role_named(name[:-1])):
            return False  # the roles the agency fills ("intro call - Licensed Engineers"), not a client
        return not _place(name, text)

    return any(client(name) for name in text_companies(event.summary, description, set()))


# "Erstes Kennenlernen", "15 Minute Meeting", "30 Minute Career Chat": an ordinal, a duration or the talk's topic
# capitalised at the start is no client.
_ORDINAL_OR_DURATION = re.compile(r"(?:erste[snmr]?|zweite[snmr]?|dritte[snmr]?|first|second|third|premier|premiere"
                                  r"|introductory|initial|exploratory|careers?|karriere|carriere|carrera"
                                  r"|kennismaking(?:sgesprek)?|belafspraak|intake(?:gesprek)?"
                                  r"|deuxieme|primer[oa]?|primera|segund[oa]|\d+|minute[ns]?|min|stunde|hour|heure"
                                  r"|hora)")
# A talk's word first ("Échange confidentiel", "Call Tom Verlinden"): what the event is, not a client.
_TALK_FIRST = re.compile(r"(?:echange|appel|call|chat|conversation|gesprek|gesprach|llamada|charla|conversacion)"
                         r"(?![a-z])")
# Job boards and networks an agency found the user on ("my LinkedIn InMail"): no client.
_PLATFORM = re.compile(r"(?<![a-z])(?:linkedin|xing|indeed|infojobs|glassdoor|stepstone|monster|welcome to the jungle)"
                       r"(?![a-z])")
_HONORIFIC_WORDS = frozenset({"herr", "herrn", "frau", "mr", "mrs", "ms", "dr", "mme", "monsieur", "madame", "sr",
                              "sra", "m", "don", "dona"})


def _person_words(name: str, person_words: set[str]) -> bool:
    """Given a folded name and the words of the participants' names, returns whether the name is only a
    participant's name, maybe after an honorific ("Frau Chen", "Ana Belen")."""
    words = [w.strip(".") for w in name.split()]
    rest = [w for w in words if w not in _HONORIFIC_WORDS]
    return bool(rest) and all(w in person_words for w in rest)


def _word_in_label(name: str, label: str) -> bool:
    """Given a company name and the organizer's domain label, returns whether a long word of the name is spelled
    inside the label ("Industrial Partners" at talentoindustrial.es): the agency's own name."""
    return any(len(w) >= 5 and w in label for w in re.findall(r"[a-z0-9]+", fold(name)))


def _with_next_words(name: str, summary: str) -> str:
    """Given a name and the title, returns the name with the two words that follow it in the title, if it is there."""
    match = re.search(rf"{re.escape(name)}(?:\s+[\w'’-]+){{0,2}}", summary)
    return match.group(0) if match else name


# A client described, not named, and where it sits ("a leading MRO at Shannon", "une ETI industrielle près de Nantes")
_DESCRIBED_AT = (r"(?i:\b(?:an?|une?|una|ein(?:e|en)?)\s+(?:leading|major|large|big|top|global|international|"
                 r"well-known|renowned|growing|grande?|importante?|fuhrende[nr]?|grosse[nr]?)\s+(?:[\w&'’-]+\s+){0,3}?"
                 r"(?:at|near|around|outside|based in|pres de|a|cerca de|bei|nahe)\s+)")


def _place(name: str, text: str) -> bool:
    """Given a name and the text it came from, returns whether the text puts it as a place ("in the Nordics", "a
    leading MRO at Shannon")."""
    return re.search(rf"(?:(?i:\b(?:in|im|en|dans|across|throughout|au|aux)\s+"
                     rf"(?:the |der |den |la |le |les |el |los )?)|{_DESCRIBED_AT}){re.escape(name)}\b",
                     text) is not None
