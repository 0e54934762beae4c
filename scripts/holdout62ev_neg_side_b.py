"""holdout62 negatives: the user on the hiring side at the cantonal road office (part B)."""

from __future__ import annotations

from holdout62ev_boiler import meet, teams
from holdout62ev_ics import (
    ME_WORK,
    WIN_WEST,
    Ev,
    att,
    g_att,
    google_event,
    google_uid,
    h,
    head_generic,
    head_google,
    head_outlook,
    o_att,
    o_room,
    org,
    outlook_event,
    outlook_uid,
    plain_event,
    vcal,
    windows_tz,
)
from holdout62ev_neg_side_a import CHEF, HR, ME_O, STUDER, WETLI, neg


def handtyped() -> Ev:
    uid = outlook_uid("s-typed")
    ev = outlook_event(uid=uid, start="20251204T1400", end="20251204T1500",
                       summary="Interview Kandidatin Huber 14h (Zi 3.08) – Dossier lesen!", desc="", organizer=ME_O,
                       atts=[], location="3.08", stamp="20251201T073000Z", busy="BUSY", html=False, alarm=30)
    return neg("side-handtyped-de", vcal(head_outlook(method="PUBLISH"), [windows_tz(), ev]), uid,
               "user-as-interviewer-handtyped-de")


def french() -> Ev:
    uid = outlook_uid("s-fr")
    tb, url = teams("s-fr", "fr")
    desc = ("Bonjour Monsieur Favre,\n\nJe vous remercie pour votre candidature au poste d'ingénieur civil junior "
            "(Ouvrages d'art) à l'Office des ponts et chaussées du canton de Zurich. Comme convenu, l'entretien aura "
            "lieu en français par Teams ; ma collègue Claudia Wetli y participera également.\n\nMeilleures "
            "salutations\nMatthias Keller\nChef de la section Projets, Tiefbauamt Kanton Zürich\n\n" + tb)
    ev = outlook_event(uid=uid, start="20251009T1600", end="20251009T1645",
                       summary="Entretien candidat – ingénieur civil junior (M. Lucas Favre)", desc=desc,
                       organizer=ME_O, atts=[o_att("lucas.favre@epfl.ch", "lucas.favre@epfl.ch"), o_att(*WETLI)],
                       location="Réunion Microsoft Teams", lang="fr-CH", stamp="20251002T140000Z", teams_url=url)
    return neg("side-entretien-fr", vcal(head_outlook(), [windows_tz(), ev]), uid, "user-as-interviewer-fr")


def english() -> Ev:
    uid = outlook_uid("s-en")
    tb, url = teams("s-en", "en")
    desc = ("Dear Ms Nair,\n\nThank you for your application for the position of Junior Bridge Engineer (Kunstbauten). "
            "We are pleased to invite you to an interview with Matthias Keller (Head of Project Planning) and "
            "Claudia Wetli (Senior Project Manager). The interview will be held in English.\n\nKind regards,\n"
            "Sandra Bühler\nHR, Baudirektion Kanton Zürich\n\n" + tb)
    ev = outlook_event(uid=uid, start="20251030T1000", end="20251030T1100",
                       summary="Interview: Priya Nair – Junior Bridge Engineer (Kunstbauten)", desc=desc,
                       organizer=org(*HR), atts=[o_att("priya.nair.eng@gmail.com", "Priya Nair"),
                                                 o_att(ME_WORK, "Keller Matthias (BD TBA)"), o_att(*WETLI)],
                       location="Microsoft Teams Meeting", lang="en-US", stamp="20251021T121500Z", teams_url=url)
    return neg("side-interview-en", vcal(head_outlook(), [windows_tz(), ev]), uid,
               "user-as-interviewer-candidate-attendee-en")


def kit() -> Ev:
    uid = outlook_uid("s-kit")
    desc = ("Traktanden:\n1. Fragenkatalog Vorstellungsgespräche Lernende 2026 überarbeiten\n2. Bewertungsraster "
            "(Motivation, räumliches Vorstellungsvermögen, Schnupperbericht)\n3. Einteilung der Gesprächstermine "
            "Januar/Februar\n\nMarco")
    ev = outlook_event(uid=uid, start="20251125T1330", end="20251125T1430",
                       summary="Vorbereitung Auswahlgespräche Lernende 2026 – Fragenkatalog & Bewertungsraster",
                       desc=desc, organizer=org(*STUDER), atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)")],
                       location="SZ 3.08", stamp="20251118T090000Z")
    return neg("side-kit-de", vcal(head_outlook(), [windows_tz(), ev]), uid, "user-as-interviewer-kit-de")


def second_round() -> Ev:
    uid = outlook_uid("s-second")
    desc = ("Zweitgespräch mit Frau Simone Meier (Projektleiterin Kunstbauten).\nTeilnehmende: Heinz Rutishauser, "
            "Matthias Keller, Sandra Bühler (HR)\nSchwerpunkt: Führungserfahrung, Fallbeispiel Instandsetzung "
            "Glattbrücke, Lohnvorstellung.")
    ev = outlook_event(uid=uid, start="20251028T0830", end="20251028T1000",
                       summary="Zweitgespräch Projektleiter/in Kunstbauten – Kandidatin S. Meier", desc=desc,
                       organizer=org(*HR), atts=[o_att(*CHEF), o_att(ME_WORK, "Keller Matthias (BD TBA)"),
                                                 o_att("simone.meier.zh@bluewin.ch", "Simone Meier"),
                                                 o_room("sz-walche-5.01@bd.zh.ch", "BD Walche Konferenzraum 5.01")],
                       location="BD Walche Konferenzraum 5.01", stamp="20251020T080000Z")
    return neg("side-second-round-bluewin-de", vcal(head_outlook(), [windows_tz(), ev]), uid,
               "user-as-interviewer-candidate-same-freemail-domain-de")


def recurring() -> Ev:
    uid = outlook_uid("s-recur")
    desc = ("Wöchentlicher Slot für Kurzgespräche mit den Schnupperlernenden (Zeichner/in EFZ). Jeweils 15' pro "
            "Person, Schnupperbericht vorher lesen. Liste im Teams-Kanal Berufsbildung.")
    base = dict(summary="Schnupperlehre: Kurzgespräche mit Schnupperlernenden", desc=desc, organizer=org(*STUDER),
                atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)")], location="SZ 3.08")
    master = outlook_event(uid=uid, start="20251105T1600", end="20251105T1700", stamp="20251030T100000Z",
                           extra=["RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=WE"], **base)
    moved = outlook_event(uid=uid, start="20251120T1600", end="20251120T1700", stamp="20251114T100000Z", seq=1,
                          extra=[f"RECURRENCE-ID;TZID={WIN_WEST}:20251119T160000"], **base)
    return neg("side-recurring-override-de", vcal(head_outlook(), [windows_tz(), master, moved]), uid,
               "user-as-interviewer-recurring-override-de")


def cancelled() -> Ev:
    uid = outlook_uid("s-cancel")
    desc = ("Frau Wyss hat ihre Bewerbung zurückgezogen, das Gespräch entfällt.\nGruss Sandra")
    ev = outlook_event(uid=uid, start="20251113T1000", end="20251113T1100",
                       summary="Abgesagt: Vorstellungsgespräch Frau Nadine Wyss (Zeichnerin EFZ)", desc=desc,
                       organizer=org(*HR), atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)"), o_att(*STUDER)],
                       location="SZ 3.08", status="CANCELLED", seq=2, stamp="20251111T150000Z", busy="FREE",
                       alarm=None)
    return neg("side-cancelled-de", vcal(head_outlook(method="CANCEL"), [windows_tz(), ev]), uid,
               "user-as-interviewer-cancelled-de")


def assessment_debrief() -> Ev:
    uid = outlook_uid("s-assess")
    desc = ("Dr. Karin Lüthi (Lüthi Assessments) präsentiert die Ergebnisse der Assessments der zwei "
            "Finalkandidaten für die Stabsstelle Gesamtverkehr. Danach Entscheid der Auswahlkommission.")
    ev = outlook_event(uid=uid, start="20251211T1500", end="20251211T1630",
                       summary="Auswertung Assessment – Stabsstelle Gesamtverkehr (Finalkandidaten)", desc=desc,
                       organizer=org(*CHEF), atts=[o_att(ME_WORK, "Keller Matthias (BD TBA)"), o_att(*HR),
                                                   o_att("karin.luethi@luethi-assessments.ch", "Karin Lüthi")],
                       location="Konferenzraum 5.01", stamp="20251201T090000Z")
    return neg("side-assessment-debrief-de", vcal(head_outlook(), [windows_tz(), ev]), uid,
               "user-as-interviewer-assessment-debrief-de")


def ats() -> Ev:
    uid = f"umantis-{h('s-ats', 16)}@abacus.ch"
    desc = ("Guten Tag Matthias Keller\n\nSie wurden als Interviewer/in für folgenden Termin eingetragen:\n\n"
            "Bewerber/in: Marco Bianchi\nStelle: Projektingenieur/in Strassenbau (Ref. 2025-117)\nGesprächsart: "
            "Erstgespräch\nWeitere Teilnehmende: Sandra Bühler (HR)\n\nDas Dossier und den Interviewleitfaden finden "
            "Sie im Bewerbermanagement. Bitte erfassen Sie Ihre Beurteilung nach dem Gespräch.\n\n"
            "Diese Nachricht wurde automatisch erstellt.")
    ev = plain_event(uid=uid, start="20251201T1030", end="20251201T1130", tzid="Europe/Zurich", utc_times=True,
                     summary="Interviewtermin: Marco Bianchi – Projektingenieur/in Strassenbau (Ref. 2025-117)",
                     desc=desc, location="Walcheplatz 2, SZ 2.11",
                     organizer=org("noreply@umantis.com", "Bewerbermanagement Kanton Zürich"),
                     atts=[att(ME_WORK, "Matthias Keller"), att(HR[0], "Sandra Bühler")], stamp="20251124T100000Z")
    return neg("side-ats-interviewer-de", vcal(head_generic("-//Abacus Umantis//Talent Management//DE"), [ev]), uid,
               "user-as-interviewer-ats-notification-de")


def candidate_es() -> Ev:
    uid = google_uid("s-es")
    mb, url = meet("s-es", "es")
    desc = ("Hola Sr. Keller:\n\nMuchas gracias por la invitación a la entrevista para el puesto de ingeniero de "
            "proyectos en el Tiefbauamt. Como acordamos, le envío la invitación con el enlace de Google Meet. "
            "Si prefiere Teams, no hay problema.\n\nUn cordial saludo,\nJavier Ortega Ruiz\nIngeniero de Caminos, "
            "Canales y Puertos\n\n" + mb)
    ev = google_event(uid=uid, start="20251215T0900", end="20251215T1000",
                      summary="Entrevista – Javier Ortega / Tiefbauamt Kanton Zürich (ingeniero de proyectos)",
                      desc=desc, organizer=org("javier.ortega.ing@gmail.com", "Javier Ortega Ruiz"),
                      atts=[g_att("javier.ortega.ing@gmail.com", "Javier Ortega Ruiz", "ACCEPTED"),
                            g_att(ME_WORK, "matthias.keller@bd.zh.ch")],
                      stamp="20251208T200000Z", created="20251208T195500Z", meet=url)
    return neg("side-candidate-organizer-es", vcal(head_google(), [ev]), uid,
               "user-as-interviewer-candidate-organizer-es")


def events() -> list[Ev]:
    return [handtyped(), french(), english(), kit(), second_round(), recurring(), cancelled(), assessment_debrief(),
            ats(), candidate_es()]
