"""holdout106: the user on the hiring side at his current job (blind author, CC0 1.0)."""

from __future__ import annotations

from holdout106ev_boiler import teams_de, teams_fr, zoom_de
from holdout106ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    USER_FREE,
    USER_WORK,
    WEU,
    ZRH,
    Ev,
    att,
    dt,
    one,
    org,
    prop,
    room,
)

Z = "Europe/Zurich"
W = "W. Europe Standard Time"
UW = att(USER_WORK, "Brunner, Urs")
DOM = "bls-bahnbetrieb-bern.ch"


def events() -> list[Ev]:
    out: list[Ev] = []
    a = out.append
    ui = "user-as-interviewer-"

    a(one("hiring-outlook-candidate-freemail-de", f"040000008200E00074C5B7101A82E00800000000HS01{DOM}", [
        prop("SUMMARY", "Vorstellungsgespräch Lokführer-Anwärter – Kandidat: Keller, Jonas"),
        dt("DTSTART", "20250319T100000", W), dt("DTEND", "20250319T110000", W),
        prop("LOCATION", "Depot Bern, Instruktorenbüro"),
        prop("DESCRIPTION", "Hallo Herr Keller\nWir freuen uns, Sie zum Gespräch für die Ausbildung zum "
             "Lokführer Kat. B begrüssen zu dürfen. Bitte am Empfang nach Urs Brunner fragen.\nFreundliche Grüsse"
             "\nUrs Brunner, Lokführer/Instruktor"),
        org(USER_WORK, "Brunner, Urs"), att("jonas.keller92@gmx.ch", "Jonas Keller"),
        att(f"sabrina.hug@{DOM}", "Hug, Sabrina"),
    ], OUTLOOK, iv=0, trap=ui + "organizer-freemail-candidate-de", tzs=(WEU,)))

    a(one("hiring-scorecard-de", f"SF-FB-99812-{DOM}", [
        dt("DTSTART", "20250319T113000", Z), dt("DTEND", "20250319T120000", Z),
        prop("SUMMARY", "Bewertungsbogen ausfüllen: Kandidat Jonas Keller (Lokführer-Anwärter)"),
        prop("DESCRIPTION", "Bitte füllen Sie als Interviewer den Bewertungsbogen bis heute 17:00 in "
             "SuccessFactors aus: https://performancemanager5.successfactors.eu/sf/recruiting?jobReqId=99812"),
        org(f"recruiting@{DOM}", "Recruiting Lokpersonal"), UW,
    ], OUTLOOK, iv=0, trap=ui + "scorecard-de", tzs=(ZRH,)))

    a(one("hiring-debrief-de", f"debrief-selektion-25-2@{DOM}", [
        dt("DTSTART", "20250321T150000", W), dt("DTEND", "20250321T160000", W),
        prop("SUMMARY", "Debriefing Selektionstag Lokführer-Klasse 25/2"),
        prop("DESCRIPTION", "Abgleich der Beobachtungen aller Assessoren, Entscheid Einladungen Zweitgespräch."
             "\n\n" + teams_de("377120984456", "Sel25b")),
        org(f"sabrina.hug@{DOM}", "Hug, Sabrina"), UW, att(f"martin.leuenberger@{DOM}", "Leuenberger, Martin"),
    ], EXCHANGE, iv=0, trap=ui + "debrief-de", tzs=(WEU,)))

    a(one("hiring-selection-day-assessor-de", f"selektionstag-0320@{DOM}", [
        dt("DTSTART", "20250320T073000", W), dt("DTEND", "20250320T170000", W),
        prop("SUMMARY", "Selektionstag Lokführer-Ausbildung – Assessoren-Einsatz"),
        prop("LOCATION", "Ausbildungszentrum Bern-Weyermannshaus, Raum 1-3"),
        prop("DESCRIPTION", "Assessoren: U. Brunner, M. Leuenberger, S. Hug (HR).\n12 Kandidatinnen und "
             "Kandidaten: Gruppenübung, Einzelinterview, Simulator-Schnuppern.\nBeobachtungsbögen liegen im "
             "Raum 2 bereit."),
        org(f"sabrina.hug@{DOM}", "Hug, Sabrina"), UW, att(f"martin.leuenberger@{DOM}", "Leuenberger, Martin"),
        room(f"ausb-raum1@{DOM}", "WEY Raum 1"),
    ], OUTLOOK, iv=0, trap=ui + "selection-day-assessor-de", tzs=(WEU,)))

    a(one("hiring-schnupperfahrt-de", "8F2A6C10-4B3E-4D7A-9E5C-1B0A2C3D4E5F", [
        dt("DTSTART", "20250327T054500", Z), dt("DTEND", "20250327T113000", Z),
        prop("SUMMARY", "Tour 4112 + Schnupperfahrt Kandidatin L. Marti"),
        prop("DESCRIPTION", "Bern ab 06:02. Kandidatin fährt im Führerstand mit (Schnupperfahrt vor "
             "Selektionstag). Kurzes Feedback an Sabrina."),
    ], APPLE, iv=0, method=None, trap=ui + "schnupperfahrt-handtyped-de", tzs=(ZRH,)))

    a(one("hiring-calendly-host-de", "c2d7e1a0-5f3b-4a8e-9d21-calendly-host-brunner", [
        "DTSTART:20250403T160000Z", "DTEND:20250403T163000Z",
        prop("SUMMARY", "Nadia Bühler und Urs Brunner"),
        prop("DESCRIPTION", "Ein neues Ereignis wurde geplant.\n\nEreignistyp: Infogespräch Quereinstieg "
             "Lokführer/in (30 Min.)\nEingeladene Person: Nadia Bühler\nE-Mail: nadia.buehler@bluewin.ch\n"
             "Antwort: Ich möchte gerne mehr über die Ausbildung erfahren und mich bewerben.\n\n"
             "Diese Veranstaltung wurde mit Calendly geplant. Gastgeber: Urs Brunner"),
        org(USER_WORK, "Urs Brunner"), att("nadia.buehler@bluewin.ch", "Nadia Bühler"),
    ], GOOGLE, iv=0, trap=ui + "calendly-host-candidate-bluewin-de"))

    a(one("hiring-agency-sends-candidate-de", "RPP-KV-20250408-DFERRARI", [
        dt("DTSTART", "20250408T140000", W), dt("DTEND", "20250408T150000", W),
        prop("SUMMARY", "Kandidatenvorstellung: Herr Dario Ferrari – Lokführer Güterverkehr (Rail Personal "
                        "Partner)"),
        prop("DESCRIPTION", "Sehr geehrter Herr Brunner\nWie besprochen stellen wir Ihnen unseren Kandidaten "
             "Dario Ferrari vor (Lokführer Kat. B100, 8 Jahre Güterverkehr). Dossier im Anhang.\nBeste Grüsse\n"
             "Andreas Schnyder, Rail Personal Partner AG"),
        org("a.schnyder@railpersonal.ch", "Schnyder, Andreas"), UW, att("dario.ferrari@hotmail.com",
                                                                         "Dario Ferrari"),
    ], OUTLOOK, iv=0, trap=ui + "agency-candidate-de", tzs=(WEU,)))

    a(one("hiring-ats-interviewer-de", f"SF-IV-77201-hae-{DOM}", [
        dt("DTSTART", "20250411T090000", Z), dt("DTEND", "20250411T100000", Z),
        prop("SUMMARY", "Interview mit Bewerberin: Sarah Hänni – Lokführer/in Kat. B"),
        prop("DESCRIPTION", "Sie sind als Interviewer eingeteilt.\nBewerberin: Sarah Hänni\nStelle: "
             "Lokführer/in Kat. B (Quereinstieg), Depot Bern\nInterviewleitfaden und Lebenslauf: "
             "https://performancemanager5.successfactors.eu/sf/recruiting?app=77201\n\nDiese Nachricht wurde "
             "über SAP SuccessFactors versendet."),
        org(f"recruiting@{DOM}", "Recruiting Lokpersonal"), UW, att(f"sabrina.hug@{DOM}", "Hug, Sabrina"),
        att("sarah.haenni@gmail.com", "Sarah Hänni"),
    ], OUTLOOK, iv=0, trap=ui + "ats-kit-de", tzs=(ZRH,)))

    a(one("hiring-panel-fr", f"jury-mecaniciens-0416@{DOM}", [
        dt("DTSTART", "20250416T133000", W), dt("DTEND", "20250416T143000", W),
        prop("SUMMARY", "Entretien candidat mécanicien de locomotive – Ludovic Roux (jury : U. Brunner, "
                        "C. Monod)"),
        prop("DESCRIPTION", "Candidat de Fribourg, bilingue. Grille d'évaluation en annexe.\n\n"
             + teams_fr("448812003761", "Jury25")),
        org(f"claire.monod@{DOM}", "Monod, Claire"), UW, att("ludovic.roux@bluewin.ch", "Ludovic Roux"),
    ], OUTLOOK, iv=0, trap=ui + "panel-fr", tzs=(WEU,)))

    a(one("hiring-shadowing-de", f"shadow-interview-0423@{DOM}", [
        dt("DTSTART", "20250423T090000", W), dt("DTEND", "20250423T100000", W),
        prop("SUMMARY", "Shadowing Bewerbungsgespräch: Urs begleitet Martin (Kandidat Instruktor)"),
        prop("DESCRIPTION", "Du nimmst als zweiter Interviewer teil und übernimmst den Fachteil (Fragen zu "
             "Zugsicherung). Kandidat: Stefan Rüegsegger."),
        org(f"martin.leuenberger@{DOM}", "Leuenberger, Martin"), UW,
    ], EXCHANGE, iv=0, trap=ui + "shadowing-de", tzs=(WEU,)))

    a(one("hiring-handtyped-de", "A0B1C2D3-E4F5-4061-8273-94A5B6C7D8E9", [
        "DTSTART:20250425T090000", "DTEND:20250425T100000",
        prop("SUMMARY", "Bewerber Tobias 9h SZ 2"),
        prop("DESCRIPTION", "Fragen ZF/Lokf. + Sim kurz zeigen"),
    ], APPLE, iv=0, method=None, trap=ui + "handtyped-floating-de"))

    a(one("hiring-calibration-de", f"kalibrierung-lokpersonal-0428@{DOM}", [
        dt("DTSTART", "20250428T140000", W), dt("DTEND", "20250428T153000", W),
        prop("SUMMARY", "Kalibrierung Beurteilungen Assessment Lokpersonal (Interviewer)"),
        prop("DESCRIPTION", "Alle Interviewer der Klasse 25/2: Bewertungsskala abgleichen, Grenzfälle "
             "besprechen."),
        org(f"sabrina.hug@{DOM}", "Hug, Sabrina"), UW, att(f"claire.monod@{DOM}", "Monod, Claire"),
        att(f"martin.leuenberger@{DOM}", "Leuenberger, Martin"),
    ], OUTLOOK, iv=0, trap=ui + "calibration-de", tzs=(WEU,)))

    a(one("hiring-phone-screen-de", f"tel-rossi-0430@{DOM}", [
        dt("DTSTART", "20250430T120000", W), dt("DTEND", "20250430T122000", W),
        prop("SUMMARY", "Telefoninterview mit Kandidat Marco Rossi (Lokführer Quereinstieg)"),
        prop("DESCRIPTION", "Ich rufe Herrn Rossi an: 076 551 20 34. E-Mail: marco.rossi.84@hotmail.com"),
        org(USER_WORK, "Brunner, Urs"), att("marco.rossi.84@hotmail.com", "Marco Rossi"),
    ], OUTLOOK, iv=0, trap=ui + "phone-screen-de", tzs=(WEU,)))

    a(one("hiring-workday-interviewer-en", f"WD-IV-R2291-kowalski@{DOM}", [
        "DTSTART:20250505T080000Z", "DTEND:20250505T090000Z",
        prop("SUMMARY", "Interview: Anna Kowalski – Train Driver (Conversion Programme)"),
        prop("DESCRIPTION", "You have been added as an interviewer.\nCandidate: Anna Kowalski\nJob requisition: "
             "R2291 Train Driver (Conversion Programme)\nPlease submit your feedback in Workday within 24 hours."
             "\n\n" + zoom_de("81234770012", "S293YWxz")),
        org(f"talent@{DOM}", "Talent Acquisition"), UW, att("anna.kowalski@outlook.com", "Anna Kowalski"),
    ], OUTLOOK, iv=0, trap=ui + "workday-en"))

    a(one("hiring-prep-questions-de", "2c9d4b8a0f1e@google.com-prep", [
        dt("DTSTART", "20250506T070000", Z), dt("DTEND", "20250506T073000", Z),
        prop("SUMMARY", "Fragen vorbereiten Zweitgespräch Kandidat Rossi"),
        prop("DESCRIPTION", "Fallbeispiele Störung/Evakuierung, Schichtbereitschaft, Motivation"),
    ], GOOGLE, iv=0, method="PUBLISH", trap=ui + "prep-de", tzs=(ZRH,)))

    a(one("hiring-hr-invite-attendee-de", f"040000008200E00074C5B7101A82E00800000000HRB0512{DOM}", [
        prop("SUMMARY", "Vorstellungsgespräch Quereinsteigerin Lokführerin: Frau Nadia Bühler"),
        dt("DTSTART", "20250512T140000", W), dt("DTEND", "20250512T150000", W),
        prop("LOCATION", "Genfergasse, Sitzungszimmer 2.07"),
        prop("DESCRIPTION", "Interviewteam: Sabrina Hug (HR), Urs Brunner (Instruktor, Fachteil)."),
        org(f"sabrina.hug@{DOM}", "Hug, Sabrina"), UW, att("nadia.buehler@bluewin.ch", "Bühler, Nadia"),
        room(f"sz207@{DOM}", "GEN SZ 2.07"),
    ], EXCHANGE, iv=0, trap=ui + "hr-invite-de", tzs=(WEU,)))

    a(one("hiring-selection-fr", f"journee-selection-0522@{DOM}", [
        dt("DTSTART", "20250522T080000", W), dt("DTEND", "20250522T163000", W),
        prop("SUMMARY", "Journée de sélection – candidats mécaniciens Romandie (jury)"),
        prop("DESCRIPTION", "Jury : Claire Monod, Urs Brunner. 8 candidats, entretiens individuels de 30 min."),
        org(f"claire.monod@{DOM}", "Monod, Claire"), UW,
    ], OUTLOOK, iv=0, trap=ui + "selection-day-fr", tzs=(WEU,)))

    a(one("hiring-debrief-en", f"hiring-debrief-instr-0527@{DOM}", [
        dt("DTSTART", "20250527T143000", W), dt("DTEND", "20250527T150000", W),
        prop("SUMMARY", "Hiring debrief – Driver Instructor vacancy (3 finalists)"),
        prop("DESCRIPTION", "Please bring your scorecards. Decision on offer today."),
        org(f"talent@{DOM}", "Talent Acquisition"), UW, att(f"peter.moser@{DOM}", "Moser, Peter"),
    ], EXCHANGE, iv=0, trap=ui + "debrief-en", tzs=(WEU,)))

    a(one("hiring-candidate-named-urs-de", f"VG-INSTR-0602-baumgartner@{DOM}", [
        dt("DTSTART", "20250602T090000", W), dt("DTEND", "20250602T100000", W),
        prop("SUMMARY", "Vorstellungsgespräch Instruktor/in – Kandidat: Urs Baumgartner"),
        prop("DESCRIPTION", "Interviewer: Urs Brunner, Peter Moser. Kandidat: Urs Baumgartner "
             "(urs.baumgartner@sunrise.ch)."),
        org(f"peter.moser@{DOM}", "Moser, Peter"), UW, att("urs.baumgartner@sunrise.ch", "Urs Baumgartner"),
    ], OUTLOOK, iv=0, trap=ui + "candidate-same-first-name-de", tzs=(WEU,)))

    a(one("hiring-freemail-calendar-de", "4h1j5k2l6m3n7b8v9c0x1z2aq@google.com", [
        dt("DTSTART", "20250605T170000", Z), dt("DTEND", "20250605T173000", Z),
        prop("SUMMARY", "Kandidat Tobias Frey – Rückmeldung Gespräch geben"),
        prop("DESCRIPTION", "Absage begründen (Nachtdienst nicht möglich), Kontakt tobias.frey@gmx.ch"),
        org(USER_FREE, "Urs Brunner"), att("tobias.frey@gmx.ch", "Tobias Frey"),
    ], GOOGLE, iv=0, trap=ui + "feedback-call-freemail-de", tzs=(ZRH,)))

    return out
