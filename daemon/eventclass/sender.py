"""An organizer who only sends the invite: not on the guest list, and the description presents the others as the
company's people ("unsere Geschäftsführer Florian Bauer und Petra Wimmer möchten dich kennenlernen", "Felix (our
CEO) would love to …", "te presento a nuestra CEO, Carmen Vidal"), naming the sender at most in the signature.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.connectors.base import Attendee
from afterview.daemon.eventclass.arrangers import mentions
from afterview.daemon.eventclass.signals import fold

__all__ = ["sender_presents_others"]

_SIGNATURE = 60  # characters at the end of the text where the sender signs ("Un saludo, Ainhoa")
# "our CEO", "unsere Geschäftsführer", "notre directeur général France,", "nuestra CEO,": the company's own person
_OURS_BEFORE = re.compile(r"\b(?:our|unser(?:e|er|em|en)?|notre|nos|nuestr[oa]s?)\s+[^.\n;:()]{1,40}$")
# "notre directeur général France, M. Thierry …": the honorific before the name is no sentence's end
_HONORIFIC_END = re.compile(r"\b(?:m|mr|mrs|ms|dr|mme|sr|sra|hr|fr|prof)\.\s*$")
_OURS_AFTER = re.compile(r"^\s*\((?:our|unser\w*|notre|nuestr[oa])\b")

# The writer in the same sentence before the person: "Ich bringe unseren Oberbauleiter … mit", "wir freuen uns auf
# das Gespräch mit Ihnen und unserem Betriebsleiter …": the sender takes part too.
_WRITER = re.compile(r"\b(?:ich|wir|uns|mir|mich|i|we|us|me|je|nous|moi|yo|nosotros|conmigo)\b")
_SENTENCE = re.compile(r"[.!?\n]")


def sender_presents_others(description: str, organizer: Attendee, others: Sequence[Attendee]) -> bool:
    """Given a description, the organizer (who is no attendee) and the other people found, returns whether it
    presents one of the others as the company's own ("our CEO Henrik Lund") and names the organizer nowhere but in
    the last line or the last few words (the signature)."""
    text = "\n".join(fold(line) for line in description.splitlines()).strip()
    if not text:
        return False
    presented = any((_OURS_BEFORE.search(_HONORIFIC_END.sub("", text[max(0, start - 45): start]))
                     or _OURS_AFTER.match(text[end: end + 12]))
                    and not _WRITER.search(_SENTENCE.split(text[:start])[-1])
                    for person in others for start, end in mentions(text, person))
    if not presented:
        return False
    tail = min(text.rfind("\n") + 1, len(text) - _SIGNATURE)
    return all(start >= tail for start, _ in mentions(text, organizer))
