"""Whom an invitation's description greets: the user by first or family name, someone else, or a group.

"Hi Priya,", "Liebe Frau Dr. Haas,", "Marc-Olivier,": written to that person; "Dear Candidate,", "Monsieur,": to the
reader, by no name; "Hi team,": to a group.
"""

from __future__ import annotations

import re

from afterview.daemon.eventclass.signals import GREETING_WORDS

__all__ = ["GREETING", "GROUP_GREETED", "UNNAMED_CANDIDATE", "greeting_of"]

# A letter to the candidate, by no name: "Dear Candidate,"
UNNAMED_CANDIDATE = frozenset({"candidate", "applicant", "candidat", "candidato", "candidata",
                              "kandidat", "kandidatin", "bewerber", "bewerberin"})
# (and a letter's "Monsieur," or "Madame,": written to the user, by no name)
GROUP_GREETED = frozenset({"team", "all", "everyone", "folks", "zusammen", "alle", "tous", "todos", "equipo",
                          "equipe", "hallo", "hi", "hello", "bonjour", "hola", "note", "notes", "agenda",
                          "monsieur", "madame", "mesdames", "messieurs", "sir", "madam", *UNNAMED_CANDIDATE})
# A description that opens by greeting the user by first name ("Hi Priya,", "Amélie, suite à …") is written to them.
GREETING = re.compile(rf"^\s*(?:(?P<word>{GREETING_WORDS}|ciao|sehr geehrte[rs]?|estimad[oa]|cher|ch[eè]re)\s+)?"
                      # "Lieber Herr Osei,": an honorific before the family name
                      r"(?P<hon>(?:herr|frau|mr|mrs|ms|monsieur|madame|m|mme|sr|sra|se[nñ]or|se[nñ]ora|don|do[nñ]a)"
                      # (the Swiss "Lieber Urs" ends its line with no comma)
                      r"\.?\s+(?:dr\.?\s+)?)?(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)"
                      # ("Hi Emilie - thanks for …": a dash after a greeting word)
                      r"(?:\s*[,!:]|(?(word)[ \t]*(?:\r?\n|$|[-–—][ \t])|(?!)))", re.IGNORECASE)
# A one-line header before the letter ("Interne Stellenausschreibung IA 04/2025 …\n\nLiebe Frau Kretzschmar,")
_HEADER = re.compile(r"\s*[^\n]{1,160}\n[ \t]*\r?\n")


def greeting_of(description: str) -> re.Match[str] | None:
    """Given a description, returns the match of its greeting, at its start or, said with a greeting word, after a
    one-line header; or None."""
    if found := GREETING.match(description):
        return found
    header = _HEADER.match(description)
    found = GREETING.match(description[header.end():]) if header else None
    return found if found and found.group("word") else None
