"""Participants the description presents as arranging the interview, not holding it.

"Your coordinator is Rhea (rhea.m@…)", "Votre contact logistique : Inès", "Frau Uhl organisiert nur den Termin und
ist nicht dabei", "I (Paola, recruiting coordinator) … won't take part": the person written next to such words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from afterview.connectors.base import Attendee
from afterview.daemon.eventclass.signals import fold

__all__ = ["arrangers_named", "mentions", "person_tokens"]

# Words that say someone arranges (coordinates, handles logistics, sends the invite) or stays out of the interview.
_ARRANGES = re.compile(
    r"(?i)\b(?:recruit\w*|interview|scheduling|talent|hr|rh|rrhh|people|candidate|recrutement|selecci[oó]n|personal"
    r"|bewerber\w*|logistics) (?:coordinat|koordinat|coordinad)\w*"
    r"|\b(?:coordinat|koordinat|coordinad|coordonn)\w* (?:by|par|por|von|your|the|this|la|le|tu|el|ihr|den|votre)\b"
    r"|\b(?:coordinat|koordinat|coordinad)\w* (?:du |de la |de |des |del |der |im )?(?:recrutement|reclutamiento"
    r"|selecci[oó]n|rrhh|rh|recruiting|entretiens|entrevistas|interviews|bewerbungs\w*)"
    r"|\b(?:your|the|our|votre|notre|tu|su|ihre?|unser\w*) (?:coordinat|koordinat|coordinad)\w*"
    r"|\b(?:coordinat|koordinat|coordinad)\w*(?: is\b|\s*:|\))"
    r"|\b(?:contact|kontakt|contacto)\w* (?:\w+ ){0,2}log[ií]sti\w*"
    # who only receives the user at the door: "Greta will meet you at reception", "holt Sie am Empfang ab" (the
    # writer saying so is the organizer's business: people.drop_arrangers)
    r"|(?<!\bi)(?<!\band)(?: will|'ll) (?:meet|greet|welcome|collect|pick) you (?:up )?(?:at|in|from) (?:the )?"
    r"(?:reception|front desk|desk|lobby|entrance)"
    r"|\b(?:holt|empf[aä]ngt) (?:sie|dich) (?:am|an der|vom) (?:empfang|pforte|eingang)"
    # "begleitet Sie nur zum Empfang", "organisiert den Raum, sie ist nicht am Gespräch"
    r"|\bbegleitet (?:sie|dich) (?:nur |lediglich )?(?:zum|bis zum|am|an den) (?:empfang|eingang|raum)"
    r"|\b(?:ist|sind|bin) (?:selbst )?nicht (?:am|beim|im) (?:gespr[aä]ch|interview)"
    r"|\b(?:is|are) not (?:in|part of|on) the interview|\bonly (?:walks?|brings?|takes?) you (?:to|up to|from)"
    r"|\bn'(?:est|assiste) pas (?:presente? )?(?:a|à) l'entretien|\b(?:vous|t')accompagnera? (?:seulement|uniquement)"
    r"|\bs[oó]lo (?:te|le) acompa[nñ]a"
    r"|\bvous accueillera (?:a|à) (?:l'accueil|la r[ée]ception)|\bte recibir[aá] en (?:la )?recepci[oó]n"
    # the contact for questions: "Bei Fragen wenden Sie sich an … Nina Berg", "for any questions, reach out to Jo"
    r"|\bbei fragen\b|\bfor (?:any )?questions\b|\bwith any questions\b|\bpour toute question\b"
    r"|\bpara cualquier (?:duda|pregunta)\b|\bansprechpartner(?:in)? im (?:recruiting|hr|personal)"
    r"|\blogisti\w* (?:contact|kontakt|contacto|only|questions)|\bfor logistics\b|pour la logistique\b"
    r"|\bwill send (?:you )?the invit|\bsends? (?:you )?the invit|\bon the invite for\b"
    r"|\borgani[sz]es? (?:only|just)\b|\bonly organi[sz]|organisiert nur|organisiert lediglich|organise uniquement"
    r"|solo organiza|s[oó]lo organiza|\bnicht dabei\b|nimmt nicht teil|nicht teilnehmen"
    r"|\bwon'?t (?:take part|join|attend|be (?:on the call|joining|attending|in the interview))"
    r"|\bwill not (?:take part|join|attend|be (?:on the call|joining|attending))"
    r"|ne participera pas|ne participerai pas|n'assistera pas|no participar[aá]|no estar[aá] (?:presente|en la)"
    r"|\b(?:asistente|assistant|assistante|assistentin|assistent)e? (?:de|of|to|der|du|des|del)\b"
    r"|\b(?:executive|personal) assistant\b|\bsekret[aä]r(?:in|iat)\b|\bsecr[ée]tari?at\b"
)
# Every alternative of _ARRANGES holds one of these (lower case, before folding).
_ANCHORS = ("coordin", "koordin", "coordonn", "logisti", "logísti", "invit", "organi", "nicht", "teil", "take part",
            "join", "attend", "on the call", "particip", "assist", "asist", "present", "sekret", "secr", "question",
            "fragen", "duda", "pregunta", "ansprechpartner", "won't", "wont", "estar", "reception", "desk", "lobby",
            "entrance", "empfang", "pforte", "eingang", "accueil", "réception", "recepci", "begleit",
            "not in the", "not part of", "not on the", "walk", "bring", "take", "l'entretien", "accompagn", "acompa")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_NEAR = 45  # characters between the arranging words and the person's mention


@lru_cache(maxsize=1024)
def person_tokens(person: Attendee) -> tuple[str, str]:
    """Given an attendee, returns its folded (first name, last name) from the display name, else the address."""
    name = (person.name or "").strip().strip('"')
    flipped = re.fullmatch(r"([^\s,][^,]*?),\s*([^,\s][^,]*)", name)
    if flipped:
        name = f"{flipped.group(2)} {flipped.group(1)}"
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    words = [w for w in fold(name).replace("ı", "i").split() if w.isalpha() or "-" in w]
    if "@" in name or not words:
        local = (person.email or "").partition("@")[0].lower()
        words = [w for w in re.split(r"[._-]", local) if w.isalpha()]
    if not words:
        return "", ""
    return words[0], words[-1] if len(words) > 1 else ""


def mentions(text: str, person: Attendee) -> list[tuple[int, int]]:
    """Given folded text and a participant, returns the spans where the text names them (address, full name,
    first name, or honorific and surname)."""
    first, last = person_tokens(person)
    spans: list[tuple[int, int]] = []
    email = (person.email or "").lower()
    patterns = [re.escape(email)] if email else []
    if first and last:
        patterns.append(rf"{re.escape(first)}\s+{re.escape(last)}")
    if last:
        patterns.append(rf"(?:herrn?|frau|fr|hr|mr|mrs|ms|mme|m|sr|sra|monsieur|madame)\.?\s+{re.escape(last)}")
    if len(first) >= 3:
        patterns.append(re.escape(first))
    if patterns:
        spans += [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w@.-])(?:{'|'.join(patterns)})(?![\w@-])", text)]
    return spans


def arrangers_named(description: str, people: Sequence[Attendee]) -> set[int]:
    """Given a description and the candidate interviewers, returns the indexes of those it names right next to
    words of arranging ("coordinated by Ella", "Inès (ines.coord@…)", "Frau Uhl … organisiert nur den Termin"):
    in each sentence, the nearest person to such words, within a few words. Others named there stay."""
    found: set[int] = set()
    lowered = description.lower()
    # a plain substring test first: the pattern is long and most descriptions hold none of its words
    if not any(word in lowered for word in _ANCHORS) or not _ARRANGES.search(description):
        return found
    text = "\n".join(fold(line) for line in description.splitlines())  # fold() would join the lines
    spans = [(index, span) for index, person in enumerate(people) for span in mentions(text, person)]
    for cue in _ARRANGES.finditer(text):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, cue.start())), default=0)
        end_match = _SENTENCE_END.search(text, cue.end())
        end = end_match.start() if end_match else len(text)
        best: tuple[int, int] | None = None
        for index, (s, e) in spans:
            if s < start or e > end:
                continue
            gap = cue.start() - e if e <= cue.start() else s - cue.end() if s >= cue.end() else 0
            if gap <= _NEAR and (best is None or gap < best[0]):
                best = (gap, index)
        if best is not None:
            found.add(best[1])
    return found
