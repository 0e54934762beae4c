"""holdout17 negatives: Aylin Demir on the interviewer's side at Brightmart Retail (store hiring, assessment days).

Given nothing, events() returns these events, each written by hand, labelled not-an-interview (user_as_interviewer).
"""

from __future__ import annotations

from holdout17ev_boiler import teams, zoom
from holdout17ev_ics import APPLE_X, ME_PRIVATE, ME_WORK, OUTLOOK_X, Event, Label, alarm, calendar, person, vevent

W = ME_WORK
T = "user_as_interviewer"


def events() -> list[Event]:
    """Given nothing, returns the user-as-interviewer events of holdout17 with their labels."""
    out: list[Event] = []

    def add(kind: str, lang: str, uid: str, text: str) -> None:
        out.append(Event(kind, lang, uid, text, Label(False, trap=T)))

    u = "h17-bm-cand-01"
    add("bm-cashier-candidate-gmail", "de", u, calendar("outlook", [vevent(
        u, "Vorstellungsgespräch Kassierer/in – Herr Lukas Brenner", "20261104T140000", "20261104T143000",
        "W. Europe Standard Time", organizer=person("ORGANIZER", "Demir, Aylin", W),
        attendees=[person("ATTENDEE", "lukas.brenner99@gmail.com", "lukas.brenner99@gmail.com")],
        description="Sehr geehrter Herr Brenner,\nich freue mich, Sie zum Gespräch für die Stelle als Kassierer "
                    "(Teilzeit) in unserer Filiale Frankfurt-Zeil einzuladen. Bitte melden Sie sich an der "
                    "Information.\nAylin Demir, Filialleiterin, Brightmart Retail", location="Filiale Zeil, Büro 1.OG",
        extra=OUTLOOK_X)], zones=["W. Europe Standard Time"]))

    u = "h17-bm-assessment-day"
    add("bm-group-assessment-seasonal", "de", u, calendar("outlook", [vevent(
        u, "Gruppen-Assessment Saisonkräfte Weihnachten (12 Bewerber:innen)", "20261107T090000",
        "20261107T130000", "W. Europe Standard Time",
        organizer=person("ORGANIZER", "HR Recruiting Brightmart", "recruiting@brightmart-retail.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", W),
                   person("ATTENDEE", "Yilmaz, Emre", "emre.yilmaz@brightmart-retail.de"),
                   person("ATTENDEE", "Schulungsraum Zeil", "schulung-zeil@brightmart-retail.de", cutype="ROOM")],
        description="Ablauf: Begrüßung, Gruppenübung Regalaufbau, Kurzinterviews. Beobachter: Aylin Demir, "
                    "Emre Yilmaz. Bewertungsbögen liegen im Raum.", extra=OUTLOOK_X)],
        zones=["W. Europe Standard Time"]))

    u = "h17-bm-hr-call-applicant"
    add("bm-sit-in-hr-call", "en", u, calendar("exchange", [vevent(
        u, "Applicant call: Store Shift Lead (Zeil) – candidate Mia Hoffmann", "20261105T120000Z",
        "20261105T123000Z", None, organizer=person("ORGANIZER", "Weiss, Jana", "jana.weiss@brightmart-retail.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", W), person("ATTENDEE", "Mia Hoffmann", "mia.hoffmann@web.de")],
        description="Aylin, please sit in as store manager – you'd be her line manager. Scorecard in the HR "
                    "folder.\n\n" + teams(101))]))

    u = "h17-bm-private-note"
    add("bm-first-person-note", "en", u, calendar("ios", [vevent(
        u, "interviewing 2 sales associates for the store, back to back", "20261109T100000", "20261109T110000",
        "Europe/Berlin", description="bring scorecards + ask about weekend availability",
        extra=[*APPLE_X, *alarm(15)])], zones=["Europe/Berlin"], method=None))

    u = "h17-bm-calendly-host@calendly.com"
    add("bm-calendly-host", "de", u, calendar("calendly", [vevent(
        u, "Bewerbungsgespräch Verkäufer/in (15 Min.) zwischen Aylin Demir und Sara Nowak", "20261111T090000Z",
        "20261111T091500Z", None, organizer=person("ORGANIZER", "Aylin Demir", W),
        attendees=[person("ATTENDEE", "Sara Nowak", "sara.nowak.ffm@outlook.de", partstat="ACCEPTED")],
        description="Veranstaltungsname: Bewerbungsgespräch Verkäufer/in (15 Min.)\nEingeladene Person: Sara "
                    "Nowak\nFragen: Ab wann verfügbar? – ab 1. Dezember\n\nPowered by Calendly.com")], method=None))

    u = "h17-bm-sf-assign@successfactors.eu"
    add("bm-successfactors-interviewer-assignment", "en", u, calendar("successfactors", [vevent(
        u, "You are an interviewer: Shift Lead Frankfurt-Zeil – Candidate Tobias Reuter", "20261112T080000Z",
        "20261112T084500Z", None,
        organizer=person("ORGANIZER", "Brightmart Retail Careers", "careers-noreply@successfactors.eu"),
        attendees=[person("ATTENDEE", "Aylin Demir", W), person("ATTENDEE", "Tobias Reuter", "t.reuter@gmx.net")],
        description="Interviewer: Aylin Demir (Store Manager)\nCandidate: Tobias Reuter\nPlease submit your "
                    "interview feedback in SuccessFactors within 24 hours.")]))

    u = "h17-bm-agency-present"
    add("bm-agency-presents-candidate", "de", u, calendar("outlook", [vevent(
        u, "Kandidatenvorstellung Stellv. Filialleitung – Hr. Kemal Arslan (RetailStaff)", "20261116T150000",
        "20261116T160000", "W. Europe Standard Time",
        organizer=person("ORGANIZER", "Anja Rohde", "a.rohde@retailstaff-personal.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", W)],
        description="Hallo Frau Demir, wie besprochen stellen wir Ihnen unseren Kandidaten Herrn Arslan für die "
                    "stellvertretende Filialleitung vor. Lebenslauf anbei.", extra=OUTLOOK_X)],
        zones=["W. Europe Standard Time"]))

    u = "h17-bm-debrief"
    add("bm-debrief", "en", u, calendar("exchange", [vevent(
        u, "Debrief – seasonal hires Zeil (assessment day results)", "20261107T133000Z", "20261107T140000Z", None,
        organizer=person("ORGANIZER", "Demir, Aylin", W),
        attendees=[person("ATTENDEE", "Yilmaz, Emre", "emre.yilmaz@brightmart-retail.de"),
                   person("ATTENDEE", "Weiss, Jana", "jana.weiss@brightmart-retail.de")],
        description="Compare scores, decide offers for 8 seasonal staff.")]))

    u = "h17-bm-weekly-slot"
    add("bm-weekly-interview-slot-override", "de", u, calendar("outlook", [
        vevent(u, "Bewerbergespräche Filiale (fester Slot)", "20261103T150000", "20261103T170000",
               "W. Europe Standard Time", organizer=person("ORGANIZER", "Demir, Aylin", W),
               description="Blocker für Gespräche mit Bewerber:innen (Aushilfen, Kasse).",
               extra=["RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8", *OUTLOOK_X]),
        vevent(u, "Bewerbergespräche Filiale (fester Slot) – heute verschoben", "20261117T160000",
               "20261117T180000", "W. Europe Standard Time", organizer=person("ORGANIZER", "Demir, Aylin", W),
               description="Diese Woche später wegen Inventur.", sequence=1,
               extra=["RECURRENCE-ID;TZID=W. Europe Standard Time:20261117T150000", *OUTLOOK_X])],
        zones=["W. Europe Standard Time"], method=None))

    u = "h17-bm-cancel-cand"
    add("bm-cancelled-candidate", "en", u, calendar("exchange", [vevent(
        u, "Canceled: Interview – cashier applicant Ahmed Karimi", "20261118T130000Z", "20261118T133000Z", None,
        organizer=person("ORGANIZER", "Demir, Aylin", W),
        attendees=[person("ATTENDEE", "Ahmed Karimi", "ahmed.karimi@yahoo.de")],
        description="Candidate withdrew.", status="CANCELLED", sequence=1)], method="CANCEL"))

    u = "h17-bm-private-copy"
    add("bm-private-forward", "de", u, calendar("google", [vevent(
        u, "FW: Interview Aushilfe Lager – Bewerberin Julia Roth (ich führe)", "20261119T140000Z",
        "20261119T143000Z", None, organizer=person("ORGANIZER", "Aylin Demir", ME_PRIVATE),
        description="Privatkopie, damit ich's am Handy habe. Ich führe das Gespräch, Jana (HR) schreibt mit.")],
        method=None))

    u = "h17-bm-fr-stagiaire"
    add("bm-fr-stagiaire", "fr", u, calendar("outlook", [vevent(
        u, "Entretien candidat stage vente – Théo Marchand", "20261120T100000", "20261120T103000",
        "W. Europe Standard Time", organizer=person("ORGANIZER", "Demir, Aylin", W),
        attendees=[person("ATTENDEE", "Théo Marchand", "theo.marchand@etu.univ-amu.fr")],
        description="Bonjour Théo, je vous reçois pour votre candidature de stage (vente, magasin Brightmart "
                    "Francfort). Aylin Demir, directrice de magasin\n\n" + teams(113, "fr"), extra=OUTLOOK_X)],
        zones=["W. Europe Standard Time"]))

    u = "h17-bm-es-aprendiz"
    add("bm-es-candidata", "es", u, calendar("outlook", [vevent(
        u, "Entrevista a candidata dependienta – Laura Pérez (Brightmart)", "20261123T110000", "20261123T113000",
        "W. Europe Standard Time", organizer=person("ORGANIZER", "Demir, Aylin", W),
        attendees=[person("ATTENDEE", "Laura Pérez", "laura.perez.ffm@hotmail.es")],
        description="Hola Laura, te espero en la tienda para la entrevista como dependienta. Soy la gerente de "
                    "la tienda. Aylin", extra=OUTLOOK_X)], zones=["W. Europe Standard Time"]))

    u = "h17-bm-training"
    add("bm-interviewer-training", "en", u, calendar("exchange", [vevent(
        u, "Interviewer training for store managers: structured interviews & fair hiring", "20261125T080000Z",
        "20261125T100000Z", None, organizer=person("ORGANIZER", "People Development", "learning@brightmart-retail.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", W), person("ATTENDEE", "Store Managers Region Mitte",
                                                                  "sm-mitte@brightmart-retail.de", cutype="GROUP")],
        description="Mandatory for anyone interviewing store applicants.")]))

    u = "h17-bm-scorecard-reminder"
    add("bm-scorecard-reminder", "de", u, calendar("outlook", [vevent(
        u, "Erinnerung: Bewertungsbögen Bewerbergespräche KW 46 eintragen", "20261120T153000",
        "20261120T154500", "W. Europe Standard Time", organizer=person("ORGANIZER", "Demir, Aylin", W),
        extra=[*OUTLOOK_X])], zones=["W. Europe Standard Time"], method=None))

    u = "h17-bm-zoom-shiftlead"
    add("bm-zoom-shift-lead-candidate", "en", u, calendar("zoom", [vevent(
        u, "Shift Lead interview – candidate: Dominik Wolf", "20261124T070000Z", "20261124T074500Z", None,
        organizer=person("ORGANIZER", "Aylin Demir", W),
        attendees=[person("ATTENDEE", "Dominik Wolf", "dominik.wolf@t-online.de"),
                   person("ATTENDEE", "Weiss, Jana", "jana.weiss@brightmart-retail.de")],
        description="Hi Dominik, looking forward to our talk about the shift lead role at Brightmart Zeil.\n\n"
                    + zoom(121, "Aylin Demir"))]))

    u = "h17-bm-hr-panel-es"
    add("bm-es-panel-jefe-turno", "es", u, calendar("exchange", [vevent(
        u, "Panel de entrevistas: jefe de turno tienda Zeil (3 candidatos)", "20261126T090000Z",
        "20261126T120000Z", None, organizer=person("ORGANIZER", "Weiss, Jana", "jana.weiss@brightmart-retail.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", W)],
        description="Aylin entrevista con RRHH a los tres candidatos finalistas. Guía de preguntas adjunta.")]))

    u = "h17-bm-trial-shift"
    add("bm-probearbeit-runs", "de", u, calendar("apple", [vevent(
        u, "Probearbeiten Bewerber Kasse (ich betreue) – Nico", "20261127", "20261128", "DATE",
        description="Nico Schulte, Bewerber Kasse. Einweisung durch mich, abends Rückmeldung an HR.",
        extra=APPLE_X)], method=None))

    u = "h17-bm-fr-jury-interne"
    add("bm-fr-jury", "fr", u, calendar("outlook", [vevent(
        u, "Jury de recrutement – responsables de rayon (je siège)", "20261202T090000", "20261202T120000",
        "W. Europe Standard Time", organizer=person("ORGANIZER", "RH Brightmart", "recrutement@brightmart-retail.de"),
        attendees=[person("ATTENDEE", "Demir, Aylin", W)],
        description="Membres du jury : Aylin Demir (directrice de magasin), Jana Weiss (RH). Quatre candidats "
                    "externes.", extra=OUTLOOK_X)], zones=["W. Europe Standard Time"]))
    return out
