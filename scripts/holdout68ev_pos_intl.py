"""holdout68: the user's own interviews sent in French and Spanish by employers with an Amsterdam office."""

from __future__ import annotations

from holdout68ev_ics import USER, UTC1_PARIS, att, item, org, teams, zoom
from holdout68ev_tools import ats, outlook


def _voyelle() -> dict:
    uid = "wttj-ats-meeting-3f9c1e77b2@welcometothejungle.com"
    desc = ("Bonjour Rahul,\n\nMerci pour votre candidature au poste de Senior Product Manager – Amsterdam chez "
            "Voyelle ! Je vous propose un premier échange de 30 minutes avec moi, Camille Roux, Talent Acquisition "
            "Manager, pour faire connaissance et vous présenter le processus. L'entretien se déroulera en anglais.\n\n"
            + zoom("fr", "861 0042 7713", "voy30")
            + "\n\nÀ très vite,\nCamille\n\nEnvoyé depuis Welcome to the Jungle Solutions")
    ics = ats(prodid="-//Welcome to the Jungle//WTTJ ATS//FR", uid=uid,
              summary="Entretien avec Voyelle – Senior Product Manager (Amsterdam)", start="20260115T143000",
              end="20260115T150000", zone="Europe/Paris",
              organizer="ORGANIZER;CN=Camille Roux:mailto:camille.roux@voyelle.fr",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Zoom")
    return item("wttj-screen-fr", ics, uid, True, company="Voyelle", role="Senior Product Manager – Amsterdam",
                stage="recruiter_screen", interviewers=("camille.roux@voyelle.fr",), trap="wttj-fr-premier-echange")


def _rumbo() -> dict:
    desc = ("Hola Rahul:\n\nGracias por tu interés en el puesto de Senior Product Manager para nuestra oficina de "
            "Ámsterdam. Te confirmo la entrevista conmigo, como responsable de la contratación (Head of Product, "
            "Rumbo Claro). La entrevista será en inglés y durará unos 45 minutos.\n\nUn saludo,\nLucía Ortega Ruiz\n\n"
            + teams("es", "372 660 118 904", "Rc5mTz"))
    ics, uid = outlook(seed="rumboclaro-hm", summary="Entrevista con Lucía Ortega – Senior Product Manager (Ámsterdam)",
                       start="20260206T120000", end="20260206T124500", tzid=UTC1_PARIS, lang="es-ES",
                       organizer=org("lucia.ortega@rumboclaro.es", "Ortega Ruiz, Lucía"),
                       attendees=[att(USER, "rahul.menon.pm@outlook.com")], desc=desc,
                       location="Reunión de Microsoft Teams", stamp="20260130T101010Z")
    return item("outlook-teams-es-hm", ics, uid, True, company="Rumbo Claro",
                role="Senior Product Manager", stage="hiring_manager",
                interviewers=("lucia.ortega@rumboclaro.es",), trap="teams-es-romance-zone")


def events() -> list[dict]:
    return [_voyelle(), _rumbo()]
