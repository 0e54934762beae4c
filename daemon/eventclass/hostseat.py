"""The user in the interviewer's seat, said in the first person or shown by who writes to whom (EN/DE/FR/ES).

- The user's own entry or invitation saying the user interviews ("Me interviewing the two applicants", "I'm
  interviewing candidates", "ich interviewe", "je fais passer les entretiens", "entrevisto a").
- The user, organising from the work address, writes to someone about their application ("Gespräch über Ihre
  Bewerbung"): a candidate does not invite from the current employer's calendar about someone's application.

Patterns are written against `fold()`ed text (signals.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from afterview.connectors.base import Attendee
from afterview.daemon.eventclass.signals import fold, words_rx

__all__ = ["I_INTERVIEW", "honorific_outsider"]

# Not "I'm interviewing with Acme", "interviewing for the PM role", "at Acme" (the user's own interviews).
I_INTERVIEW = words_rx([
    r"(?:me|i'm|im|i am|i'll be|i will be|we're|we are|we'll be) interviewing (?:the (?:\d+|two|three|four|final|last"
    r"|shortlisted|new) |the |a |an |two |three |four |\d+ |some |our )?(?:[\w-]+ )?(?:candidates?|applicants?"
    r"|grads?|graduates|interns?|students|trainees|juniors|hires|nurses|band \d+s?)",
    r"(?:me|i'm|i am|we're|we are) interviewing (?:the )?(?:\d+|two|three|four)\b",
    r"i(?:'ll| will)? interview (?:the |a |an |two |three |\d+ )?(?:[\w-]+ )?(?:candidates?|applicants?)",
    r"ich interviewe", r"wir interviewen", r"ich fuhre (?:die |das )?(?:vorstellungs|bewerber)gesprache?",
    r"j'interviewe", r"(?:je|moi qui) (?:fais passer|mene|conduis) (?:l'|les |un |des |deux |\d+ )?entretiens?",
    r"(?:yo )?entrevisto a", r"(?:estoy|voy a estar|estare) entrevistando a",
    # the stressed first person of a note to self ("c'est moi qui fais passer l'entretien", "soy yo quien
    # entrevista", "I'm the one interviewing")
    r"soy yo (?:quien|la que|el que) (?:entrevisto|entrevista|hago (?:la|las) entrevistas?)",
    r"me toca (?:entrevistar|hacer (?:la|las) entrevistas?)",
    r"i(?:'m| am) the one (?:interviewing|doing the interview)",
    # the user running the interview or trial ("I run the trial", "I'm chairing the panel")
    r"i(?:'m| am|'ll| will)? (?:run|running|lead|leading|chair|chairing|host|hosting) (?:the |this |both |all )?"
    r"(?:trials?|interviews?|panel|assessments?|selection|trial (?:shift|day|lesson)s?)",
    # hiring for the user's own team ("Interviews für mein Team", "entrevistas para mi equipo")
    r"(?:interviews?|interviewing|hiring|recruiting|entrevistas?|entretiens?|recrutement|seleccion|(?:vorstellungs)?"
    r"gesprache?)(?: [\w-]+){0,3} (?:for|fur|pour|para) (?:my|meine?n?|mon|mi) (?:own )?(?:team|equipe|equipo"
    r"|abteilung)(?! (?:lead|leader|manager|leiter|leiterin|leitung))",
    # a block of interview slots the user holds ("Interviews – analyst (3 slots)", "créneaux d'entretien")
    r"(?:\d+|two|three|four|five) (?:interview )?slots", r"interview (?:slots|block)", r"interviewblock",
    r"creneaux d'entretiens?", r"bloque de entrevistas",
])


# "Vorstellungsgespräch Herr Fox – Controlling", "Entretien M. Petit": a person by honorific and family name, not
# after "with"/"bei"/"chez" (whom the user meets).
_HONORIFIC_NAME = re.compile(
    r"(?<![\w.])(?<!with )(?<!mit )(?<!bei )(?<!avec )(?<!chez )(?<!con )(?<!w/ )"
    r"(?:Herrn?|Frau|Hr\.|Fr\.|M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Sr\.|Sra\.|Srta\.)\s+"
    r"(?P<family>[A-ZÀ-Þ][a-zß-ÿ'’-]+)(?![\w])")


def honorific_outsider(summary: str, people: Sequence[Attendee], is_user: Callable[[str], bool]) -> str | None:
    """Given a title, the participants and a test whether a name is the user's, returns "Herr Fox" when the title
    names someone by honorific and family name who is neither the user nor a participant (by name or address)."""
    for match in _HONORIFIC_NAME.finditer(summary):
        name, family = match.group(0), fold(match.group("family"))
        if is_user(name) or any(family in fold(p.name or "").replace(",", " ").split()
                                or family in fold((p.email or "").partition("@")[0]) for p in people):
            continue
        return name
    return None
