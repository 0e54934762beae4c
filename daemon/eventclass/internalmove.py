"""The user's own application at the user's employer: the one case where the employer interviews the user.

A colleague's invitation is the hiring side's by default (side.py); these cues, said to the user, turn it round.
"""

from __future__ import annotations

from afterview.daemon.eventclass.signals import words_rx

__all__ = ["INTERNAL_APPLICATION", "INTERNAL_MOVE", "OWN_APPLICATION"]

# The reason for the user's own internal application (combine.py lets no model veto it)
INTERNAL_APPLICATION = "an internal application at the user's employer, written to the user"
# An internal application, named as such.
INTERNAL_MOVE = words_rx([
    r"internal (?:application|applicant|candidacy|move|transfer|mobility)", r"internally applied",
    r"interne(?:n|r)? (?:bewerbung|wechsel|versetzung|besetzung)", r"mobilite interne", r"candidature interne",
    r"movilidad interna", r"candidatura interna", r"traslado interno",
    r"internal (?:role|position|candidate|req(?:uisition)?)", r"appl(?:ying|ied) internally",
    r"internal (?:[\w-]+ ){0,4}(?:posting|opening|vacancy)",  # also "the internal Recruiting Team Lead posting"
    r"promotion (?:board|process|interview|panel)",  # a force's or a ministry's promotion of its own staff
    r"(?:entretien|candidature|demande) (?:de )?mobilite", r"internen? (?:stelle|ausschreibung)",
    r"interne (?:vacature|kandidatuur)",  # Dutch: "je kandidatuur voor de interne vacature …"
    r"(?:vacante|convocatoria|puesto) interna?",
    r"appels? a candidatures? internes?",  # a rectorate's call for its own staff
    r"home applicants?",  # a residency program's own school's student ("Home Applicant Interview")
    # an internal process, its interviews and candidates ("Internal advertised process 2025-FPC-IA-TPB-0178",
    # "Internal candidates: interview with …"), and an acting assignment ("the 4-month acting EC-07 assignment")
    r"internal (?:advertised |non-advertised |hiring |selection |staffing |recruitment )process",
    r"internal process \d+", r"internal (?:interviews?|candidates)", r"(?:acting|interim) (?:[\w-]+ ){0,3}assignment",
])
# The user's application, said to the user by a colleague who greets or names them ("votre candidature à la mission
# académique", "Thanks for putting your name forward for the Production Manager posting"); not a hiring manager's
# pile ("your applications to review").
OWN_APPLICATION = words_rx([
    r"your (?:[\w-]+ ){0,3}application(?!s| review| pipeline| queue| tracker)", r"votre candidature",
    r"ta candidature", r"(?:ihre[rnm]?|deine[rnm]?) (?:[\w-]+ )?bewerbung", r"su candidatura", r"tu candidatura",
    r"(?:move|moved|reschedule|rescheduled) your (?:board|interview|assessment|panel)",
    r"(?:putting|put) your name forward", r"vous recevr(?:a|ont) (?:en|pour un) entretien",
    # a place in the day's order given to the user ("Sie sind im Hearing … als Kandidatin 2 eingeteilt")
    r"als kandidat(?:in)? (?:nr\.? )?\d+ eingeteilt", r"you are candidate (?:no\.? )?\d+",
])
