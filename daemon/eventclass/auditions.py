"""The user's own note of, or an invitation to the private address for, an audition for a post: a French
university's selection committee ("Audition MCF Bordeaux - 33 MCF 4087"), a research body's concours ("Audition
concours CR CNRS - section 15"), or an orchestra's ("Probespiel stellv. Solo-Bratsche – Beethoven Orchester Bonn",
"Audición Viola Solista OFGC", "OEX - prueba tras cortina").

A committee member's entries hear several people ("Auditions 33 MCF 0312", "audition des 2 candidats") or name the
jury; the candidate's note names one audition and the post. Patterns are written against `fold()`ed text
(signals.py).
"""

from __future__ import annotations

import re

from afterview.daemon.eventclass.signals import words_rx

__all__ = ["own_audition", "own_lecture"]

# The post: a maître de conférences post by section and number ("33 MCF 0312", "33MCF0789"), a CNRS researcher's
# grade (CR, CRCN) or section, a numbered "poste".
_POST = words_rx([
    r"\d{2} ?mcf ?\d{3,4}", r"mcf", r"maitre de conferences", r"crcn", r"cr", r"charge(?:e)? de recherche",
    r"sect(?:ion|\.)? ?\d{1,2}", r"poste \d{2,4}",
])
_AUDITION = re.compile(r"(?<![a-z])audition(?![a-z])")
# ... not a rehearsal, a preparation or a committee's work ("audition blanche", "prépa audition", "jury")
_NOT_MINE = words_rx([r"blanche", r"prepa(?:ration|rer)?", r"jury", r"candidat(?:e|s|es)?", r"membres?", r"formation"])
# An orchestra's audition: the German "Probespiel" is nothing else (a "Probedienst" is also a nurse's trial shift); an
# audition or a "prueba" is one for a seat in an ensemble, or when played behind the screen.
_PROBESPIEL = words_rx([r"probespiel(?:e|en)?", r"probespielverfahren",
                        r"(?:prueba|audicion|audition|prova) (?:tras|detras de|hinter|behind|darrere de) "
                        r"(?:la |el |dem |the |a )?(?:cortina|vorhang|screen)"])
_STAGE_AUDITION = words_rx([r"auditions?", r"audicio(?:n|nes|ns)?", r"entzunaldia", r"pruebas?", r"prova"])
_SEAT = words_rx([
    r"tutti(?:-?\w+)?", r"solo-?\w*", r"solista", r"stellv\.?", r"fila", r"ayuda de solista", r"stimmfuhrer\w*",
    r"viol(?:a|in|ine|ines|on|onchelo|oncello)", r"bratsche", r"geige", r"cello", r"(?:kontra|double )bass",
    r"contrabajo", r"flot(?:e|a)", r"flauta", r"flute", r"oboe", r"(?:k|c)larinet(?:te|e)?", r"fagott?",
    r"bassoon", r"horn", r"trompa", r"trompet(?:e|a)", r"trumpet", r"posaune", r"trombon(?:e)?", r"tuba", r"pauke",
    r"timbal(?:es)?", r"timpani", r"harfe", r"arpa", r"harp", r"orche?str(?:a|e|er)", r"orquestr?a", r"orkestra",
    r"\w*philharmoni\w*", r"filarmonica", r"sinfoni\w*", r"symphon\w*",
])
# ... not a class's concert, a mock audition, a course about one, the jury's seat or a report on a new colleague's trial
_NOT_PLAYING = words_rx([r"alumn(?:os|as)", r"students?", r"schuler\w*", r"simulacro", r"mock", r"webinar",
                         r"vorbereitung", r"jurado", r"tribunal", r"oyente", r"jury", r"kommission", r"comite",
                         r"panel", r"candidat(?:e|s|es|os|as)?", r"kandidat\w*", r"bewerber\w*",
                         r"informe", r"reports?", r"bericht", r"beurteilung"])


def own_audition(title: str) -> str | None:
    """Given the folded title of the user's own entry or of an invitation to the private address, returns its
    post (an academic post, an orchestra's seat) when it notes one audition for that post, else None."""
    if _AUDITION.search(title) and not _NOT_MINE.search(title) and (post := _POST.search(title)):
        return post.group(0)
    if _NOT_PLAYING.search(title):
        return None
    if played := _PROBESPIEL.search(title):
        return played.group(0)
    seat = _SEAT.search(title) if _STAGE_AUDITION.search(title) else None
    return seat.group(0) if seat else None


# A chair's trial lecture, one of them: a committee member's entry hears several ("Probevorträge", "Vorstellungsvorträge
# BK Nachfolge Wieland") or names the candidate ("Berufungsvortrag: Dr. Tomás Ferreira").
_LECTURE = words_rx([r"probevortrag", r"probevorlesung", r"berufungsvortrag", r"vorstellungsvortrag", r"lehrprobe"])
_SOMEONE = re.compile(r"(?<![a-z])(?:dr|prof|herr|frau|hr|fr)\b\.?(?:in)? ?[a-z]")


def own_lecture(title: str) -> str | None:
    """Given the folded title of the user's own entry, returns its trial-lecture word when it notes one trial lecture
    and names nobody, else None."""
    lecture = _LECTURE.search(title)
    return lecture.group(0) if lecture and not _SOMEONE.search(title) else None
