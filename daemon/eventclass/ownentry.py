"""What the user's own entries say about themselves: a note that nobody else is invited to is decided from its text.

An applicant's note to self lists what to bring to the interview: a portfolio or work samples ("bring portfolio
print + passport", "llevar portfolio impreso", "Arbeitsproben mitnehmen"), references ("Zeugnisse mitnehmen"), or
the laptop for a round's presentation ("Keel final – bring laptop"). The organisation is often only an address or a
name, and nothing says "interview".

Patterns are written against `fold()`ed text (signals.py).
"""

from __future__ import annotations

from afterview.daemon.eventclass.signals import cues, words_rx

__all__ = ["applicant_kit"]

_BRING = r"(?:bring|take|pack|llevar|lleva|traer|mitbringen|mitnehmen|einpacken|apporter|prendre)"
_OWN = r"(?:(?:the|my|a|el|mi|un|mon|le|mein(?:e|en)?|die|den) )?"
# Work shown to an interviewer, brought along: a portfolio, work samples, a printed "Mappe".
_SAMPLES = r"(?:portfolio|portafolio|portfolio print|arbeitsproben|work samples|bewerbungsmappe|mappe)"
# ... or the German applicant's references ("Zeugnisse mitnehmen", "Unterlagen: Zeugnisse, Arbeitsbewilligung"),
# which only an applicant carries to a talk (a job fair's "bring your CV" is a fair's, vetoed before).
_PAPERS = r"(?:arbeits)?zeugnisse"
_KIT = words_rx([
    rf"{_BRING} {_OWN}(?:[\w+-]+ ){{0,2}}?{_SAMPLES}", rf"{_SAMPLES} (?:[\w+-]+ ){{0,2}}?{_BRING}",
    rf"{_BRING} {_OWN}(?:[\w+-]+ ){{0,2}}?{_PAPERS}", rf"{_PAPERS} (?:[\w+-]+ ){{0,2}}?{_BRING}",
    rf"unterlagen:? (?:[\w+-]+,? ){{0,2}}?{_PAPERS}",
])
# A laptop counts only for a round's presentation or case: "bring laptop" is a class's or a coworking day's too.
_LAPTOP = words_rx([rf"{_BRING} {_OWN}(?:laptop|portatil|ordinateur|ordi|notebook)"])
_ROUND = words_rx([
    r"final", r"finale", r"round", r"runde", r"ronda", r"tour", r"case study", r"case interview", r"fallstudie",
    r"etude de cas", r"caso practico", r"presentation", r"pres", r"prasentation", r"presentacion", r"onsite",
])


def applicant_kit(title: str, body: str) -> str | None:
    """Given the folded title and notes of the user's own entry, returns the cue when they list what an applicant
    brings to an interview (work samples; a laptop for a round), else None."""
    text = title + " " + body
    if kit := cues(_KIT, text):
        return kit[0]
    if (laptop := cues(_LAPTOP, text)) and cues(_ROUND, text):
        return laptop[0]
    return None
