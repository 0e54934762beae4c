"""holdout79 negatives: the user on the hiring side, part B (written blind; CC0 1.0)."""

from __future__ import annotations

from holdout79ev_boiler import meet
from holdout79ev_ics import ROMANCE, WORK, cal, esc, ev, label, outlook_x


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, object]:
    return label(kind, ics, uid, 0, trap=trap, side=True)


def s16() -> dict[str, object]:
    uid = "2a8c4e6g0i2k4m6o8q0s2u4w6y@google.com"
    body = ("Présélection téléphonique des candidats APT (offre 2026-APT-03) :\n- 09:00 Mme Laura Pinto "
            "+32 486 11 20 45\n- 09:20 M. Kevin Dupuis +32 471 88 09 31\n- 09:40 Mme Sarah Moens +32 495 32 17 60\n"
            "- 10:00 Mme Aïcha Benali +32 478 50 44 12\n\nQuestions : disponibilités, horaires de garde, "
            "expérience préparations stériles.")
    e = ev(
        "DTSTART;TZID=Europe/Brussels:20260305T090000", "DTEND;TZID=Europe/Brussels:20260305T102000",
        "DTSTAMP:20260303T163010Z", f"UID:{uid}", "CREATED:20260303T163000Z", f"DESCRIPTION:{esc(body)}",
        "LAST-MODIFIED:20260303T163010Z", "LOCATION:Bureau 2.14", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Présélection téléphonique candidats APT (4 appels)", "TRANSP:OPAQUE",
    )
    return _neg("google-phone-screens-fr", cal("-//Google Inc//Google Calendar 70.9054//EN", e, method="PUBLISH",
                                              tz=("Europe/Brussels",), calscale=True,
                                              head=("X-WR-CALNAME:Amélie – pharmacie",
                                                    "X-WR-TIMEZONE:Europe/Brussels")),
                uid, "user-as-interviewer-phone-screens-fr")


def s17() -> dict[str, object]:
    uid = ("040000008200E00074C5B7101A82E0080000000071C3E5A7B0BFDC01000000000000000010000000"
           "93A5C7E9B1D3F5A7C9E1B3D5F7A9C1E3")
    body = ("Panel d'entretien – candidat·e au poste de pharmacien·ne chef·fe de service adjoint·e.\n\nPanel : "
            "Pr Philippe Delcourt, Dr Amélie Fontaine, Dr Marc Goffin (direction médicale), Mme Valérie Leroy (RH)."
            "\nCandidate : Dr Hélène Wilmotte.\nChaque membre du panel complète la fiche d'évaluation individuelle "
            "avant la délibération.")
    e = ev(
        'ORGANIZER;CN="Leroy, Valérie":mailto:valerie.leroy@chu-brugmann-pharma.be',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fontaine, Amélie":mailto:{WORK}',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Delcourt, Philippe":mailto:'
        "philippe.delcourt@chu-brugmann-pharma.be",
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Goffin, Marc":mailto:'
        "marc.goffin@chu-brugmann-pharma.be",
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=ADM Salle du Conseil:mailto:"
        "salle.conseil@chu-brugmann-pharma.be",
        f"DESCRIPTION;LANGUAGE=fr-BE:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-BE:Panel – entretien candidat·e pharmacien·ne chef·fe de service adjoint·e",
        f'DTSTART;TZID="{ROMANCE}":20260427T140000', f'DTEND;TZID="{ROMANCE}":20260427T153000',
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260415T101500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-BE:ADM Salle du Conseil", *outlook_x("BUSY"),
    )
    return _neg("outlook-panel-fr", cal("Microsoft Exchange Server 2016", e, tz=(ROMANCE,)), uid,
                "user-as-interviewer-panel-fr")


def s18() -> dict[str, object]:
    uid = "b2d4f6a8-c0e2-4a4c-8e6a-0c2e4a6c8e01"
    e = ev(
        "CREATED:20260325T074100Z", "LAST-MODIFIED:20260325T074130Z", "DTSTAMP:20260325T074130Z", f"UID:{uid}",
        "SUMMARY:Préparer questions entretien candidate pharmacienne (Sarah M.)",
        "DTSTART;TZID=Europe/Brussels:20260326T080000", "DTEND;TZID=Europe/Brussels:20260326T083000",
        "DESCRIPTION:relire CV\\, questions pharmacie clinique + gestion des stupéfiants\\, mise en situation "
        "erreur de préparation",
        "TRANSP:OPAQUE", "X-MOZ-GENERATION:1",
    )
    return _neg("thunderbird-prep-fr", cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", e, method=None,
                                          tz=("mozilla:Europe/Brussels",)),
                uid, "user-as-interviewer-prep-fr")


def s19() -> dict[str, object]:
    uid = "9x7w5v3u1t9s7r5q3p1o9n7m5l@google.com"
    body = ("Reference check for our candidate Lucas Peeters (hospital pharmacy internship → junior position). "
            "Calling his former supervisor at the community pharmacy, Mrs. Ingrid Maes. Questions: reliability, "
            "dispensing accuracy, teamwork.\n\n" + meet("en", "rtd-kwpz-aqe"))
    e = ev(
        "DTSTART:20260409T123000Z", "DTEND:20260409T124500Z", "DTSTAMP:20260407T090000Z",
        f"ORGANIZER;CN=Amélie Fontaine:mailto:{WORK}", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Amélie Fontaine;"
        f"X-NUM-GUESTS=0:mailto:{WORK}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ingrid Maes;"
        "X-NUM-GUESTS=0:mailto:ingrid.maes.apotheek@telenet.be",
        "CREATED:20260407T085950Z", f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260407T090000Z", "LOCATION:",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Reference check – candidate Lucas Peeters", "TRANSP:OPAQUE",
    )
    return _neg("google-reference-check-en", cal("-//Google Inc//Google Calendar 70.9054//EN", e, calscale=True),
                uid, "user-as-interviewer-reference-check-en")


def s20() -> dict[str, object]:
    uid = "AAMkAGZlNzI5YjQ4LTk2MTMtNDFkMy1hMDg1LWYxNmM3ODQ3ZTYwNQBGAAAAAAD2bq"
    body = ("Nouvelle réservation\n\nService : Entretien candidat stagiaire – Pharmacie\nClient : Camille Dewez "
            "(camille.dewez@student.uclv.be)\nMembre du personnel : Amélie Fontaine\nDate : 21/04/2026 11:00\n\n"
            "Informations supplémentaires : étudiante en 2e master, intéressée par la pharmacie clinique.\n\n"
            "Page de réservation : https://outlook.office365.com/owa/calendar/PharmacieStages@chu-brugmann-pharma.be/"
            "bookings/")
    e = ev(
        "ORGANIZER;CN=Pharmacie – Stages:mailto:PharmacieStages@chu-brugmann-pharma.be",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Amélie Fontaine:mailto:{WORK}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camille Dewez:mailto:"
        "camille.dewez@student.uclv.be",
        f"DESCRIPTION;LANGUAGE=fr-FR:{esc(body)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=fr-FR:Entretien candidat stagiaire – Pharmacie (Camille Dewez)",
        f"DTSTART;TZID={ROMANCE}:20260421T110000", f"DTEND;TZID={ROMANCE}:20260421T112000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260415T194400Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-FR:Pharmacie – bureau 2.14", *outlook_x("BUSY"),
    )
    return _neg("bookings-staff-fr", cal("Microsoft Exchange Server 2010", e, tz=(ROMANCE,)), uid,
                "user-as-interviewer-bookings-staff-fr")


def s21() -> dict[str, object]:
    uid = "C0D1E2F3-A4B5-4C6D-8E7F-90A1B2C3D4E5"
    body = ("Journée découverte pour Thomas Renson, candidat au poste de pharmacien assistant : accueil 8h30, "
            "tournée en unités de soins avec moi, déjeuner avec l'équipe, entretien de clôture avec Olivier à 15h.")
    e = ev(
        "CREATED:20260410T064000Z", "DTEND;TZID=Europe/Brussels:20260415T160000", "DTSTAMP:20260410T064020Z",
        "DTSTART;TZID=Europe/Brussels:20260415T083000", "LAST-MODIFIED:20260410T064020Z",
        "LOCATION:Pharmacie – accueil", "SEQUENCE:0", "SUMMARY:Accueil candidat – journée découverte (Thomas R.)",
        f"DESCRIPTION:{esc(body)}", f"UID:{uid}", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    )
    return _neg("apple-candidate-day-fr", cal("-//Apple Inc.//macOS 14.4//EN", e, method=None, calscale=True,
                                             tz=("apple:Europe/Brussels",)), uid,
                "user-as-interviewer-candidate-visit-fr")


def events() -> list[dict[str, object]]:
    return [s16(), s17(), s18(), s19(), s20(), s21()]

