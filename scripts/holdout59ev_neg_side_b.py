"""holdout59: negatives with the user on the hiring side at Elbkai Logistik, part B (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_boiler import teams
from holdout59ev_ics import (
    BERLIN,
    UTC1_DE,
    UTC1_NL,
    WORK,
    Ev,
    att,
    cal,
    esc,
    hexid,
    ms_extra,
    org,
    outlook_uid,
    windows,
)

JB = "Brückner, Jonas"
UTC1_FR = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def _outlook(seed: str, organizer: str, attendees: list[str], summary: str, start: str, end: str, desc: str,
             loc: str, lang: str = "de-DE", tz: str = "W. Europe Standard Time", stamp: str = "20260210T090000Z",
             extra: tuple[str, ...] = ()) -> tuple[str, str]:
    uid = outlook_uid(seed)
    tzp = f'"{tz}"' if "," in tz else tz
    ve = [
        organizer, *attendees, f"DESCRIPTION;LANGUAGE={lang}:" + esc(desc), f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:" + esc(summary), f"DTSTART;TZID={tzp}:{start}", f"DTEND;TZID={tzp}:{end}",
        f"DTSTAMP:{stamp}", "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE={lang}:" + esc(loc), *ms_extra(),
        *extra,
    ]
    return uid, cal(ve, "outlook", tzs=(windows(tz),), calscale=False)


def praktikum() -> Ev:
    uid, ics = _outlook(
        "side-praktikum", org("a.hesse@elbkai-logistik.de", "Hesse, Anna"),
        [att(WORK, JB), att("familie.schulte@arcor.de", "familie.schulte@arcor.de")],
        "Kennenlerngespräch Schülerpraktikum – Ben Schulte (Kl. 9)", "20260211T150000", "20260211T153000",
        "Ben möchte sein zweiwöchiges Schülerpraktikum (März) in der Disposition machen. Jonas, kannst du das "
        "Gespräch mit ihm (und ggf. Mutter) übernehmen und entscheiden, ob es passt? Danke! Anna",
        "Haus B, Raum 2.04")
    return _neg("outlook-de", ics, uid, "user-as-interviewer-school-intern-de")


def committee() -> Ev:
    uid, ics = _outlook(
        "side-committee", org("h.behrens@elbkai-logistik.de", "Behrens, Holger"),
        [att(WORK, JB), att("n.krueger@elbkai-logistik.de", "Krüger, Nicole"),
         att("m.lindgaard@elbkai-group.com", "Lindgaard, Mette")],
        "Hiring committee – Senior Dispatcher shortlist", "20260304T140000", "20260304T150000",
        "Agenda:\n1. Scorecards of the three finalists (Nowak, Kowalski, Wendt)\n2. Salary bands vs. offer\n"
        "3. Decision & next steps\n\nJonas – please summarise the case exercise results.\n\n"
        + teams("en", "side-committee"), "Microsoft Teams Meeting", lang="en-US", stamp="20260225T080000Z")
    return _neg("outlook-en", ics, uid, "user-as-interviewer-committee-en")


def bookings_staff() -> Ev:
    uid = outlook_uid("side-bookings")
    d = ("Neue Buchung\n\nKunde: Piotr Zieliński\nE-Mail: p.zielinski.transport@wp.pl\nTelefon: +48 601 233 190\n"
         "Dienst: Bewerbungsgespräch Disposition (45 Min.)\nMitarbeiter: Jonas Brückner\n\nAnmerkungen des Kunden:\n"
         "Ich bewerbe mich als Disponent für die Polen-Verkehre. Gespräch gern auf Deutsch oder Englisch.\n\n"
         "Elbkai Logistik – Karriere-Termine")
    ve = [
        org("ElbkaiKarriere@elbkai-logistik.de", "Elbkai Karriere-Termine"), att(WORK, JB),
        att("p.zielinski.transport@wp.pl", "Piotr Zieliński"), "DESCRIPTION;LANGUAGE=de-DE:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Disposition (45 Min.) – Piotr Zieliński",
        "DTSTART;TZID=W. Europe Standard Time:20260309T100000", "DTEND;TZID=W. Europe Standard Time:20260309T104500",
        "DTSTAMP:20260302T190000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung", *ms_extra("BUSY"),
    ]
    return _neg("bookings-de", cal(ve, "outlook", tzs=(windows(),), calscale=False), uid,
                "user-as-interviewer-bookings-staff-de")


def calibration() -> Ev:
    uid, ics = _outlook(
        "side-calib", org("n.krueger@elbkai-logistik.de", "Krüger, Nicole"),
        [att(WORK, JB), att("h.behrens@elbkai-logistik.de", "Behrens, Holger"),
         att("a.hesse@elbkai-logistik.de", "Hesse, Anna")],
        "Interviewer-Kalibrierung: Fragenkatalog & Bewertungsskala Disposition", "20260120T100000",
        "20260120T110000",
        "Ziel: einheitliche Bewertung (1–4) in allen Gesprächen für Disponent*innen. Bitte je 2 Beispielantworten "
        "aus euren letzten Interviews mitbringen.", "Raum 1.12", tz=UTC1_DE, stamp="20260114T080000Z")
    return _neg("outlook-de", ics, uid, "user-as-interviewer-calibration-de")


def phone_note() -> Ev:
    uid, ics = _outlook(
        "side-rau", org(WORK, JB), [],
        "Telefoninterview Bewerber D. Rau (Disposition) – ich rufe an", "20260219T081500", "20260219T084500",
        "Dennis Rau, 0151 4471 2290\nBewerbung über Stepstone, derzeit Disponent bei einer Kühlspedition in "
        "Bremen.\nLeitfaden Telefoninterview Disposition v3, Feedback an Nicole.", "Büro / Telefon",
        stamp="20260216T160000Z")
    return _neg("outlook-de", ics, uid, "user-as-interviewer-phone-de")


def trial_day() -> Ev:
    uid, ics = _outlook(
        "side-yildiz", org("n.krueger@elbkai-logistik.de", "Krüger, Nicole"),
        [att(WORK, JB), att("emre.yildiz@gmx.net", "Emre Yıldız")],
        "Probearbeitstag Hr. Yıldız – Disposition Nahverkehr (Betreuung: Jonas)", "20260312T073000",
        "20260312T153000",
        "Herr Yıldız arbeitet einen Tag zur Probe in der Disposition Nahverkehr mit. Jonas betreut ihn, zeigt "
        "Transportmanagementsystem und Tourenplanung und gibt am Folgetag Feedback an HR.\nBesucherausweis liegt "
        "am Empfang.", "Disposition, Haus A, EG", stamp="20260305T100000Z")
    return _neg("outlook-de", ics, uid, "user-as-interviewer-trial-day-de")


def french() -> Ev:
    uid, ics = _outlook(
        "side-durand", org(WORK, JB), [att("camille.durand.lyon@orange.fr", "camille.durand.lyon@orange.fr")],
        "Entretien – Camille Durand – Disponent(e) franco-allemand(e)", "20260226T140000", "20260226T144500",
        "Bonjour Camille,\n\nMerci pour votre candidature au poste de disponent(e) pour nos liaisons Lyon–Hambourg. "
        "Je vous propose un entretien en visio ; nous pourrons parler en français et en allemand.\n\nCordialement,"
        "\nJonas Brückner\nElbkai Logistik GmbH\n\n" + teams("fr", "side-durand"), "Réunion Microsoft Teams",
        lang="fr-FR", tz=UTC1_FR, stamp="20260219T153000Z")
    return _neg("outlook-fr", ics, uid, "user-as-interviewer-fr")


def dutch_panel() -> Ev:
    uid, ics = _outlook(
        "side-venlo", org("r.janssen@elbkai-logistik.nl", "Janssen, Rob"),
        [att(WORK, JB), att("l.peters@elbkai-logistik.nl", "Peters, Linda")],
        "Sollicitatiegesprek kandidaat planner vestiging Venlo – Sem de Boer", "20260305T130000", "20260305T140000",
        "Hoi allen,\n\nTweede ronde met Sem de Boer (planner, vestiging Venlo). Jonas sluit via Teams aan vanuit "
        "Hamburg voor de vakinhoudelijke vragen over de planning Duitsland–Benelux.\n\nGroet,\nRob\n\n"
        + teams("nl", "side-venlo"), "Venlo – vergaderruimte 1 / Teams", lang="nl-NL", tz=UTC1_NL,
        stamp="20260226T110000Z")
    return _neg("outlook-nl", ics, uid, "user-as-interviewer-panel-nl")


def auswahltag() -> Ev:
    uid, ics = _outlook(
        "side-auswahltag", org("a.hesse@elbkai-logistik.de", "Hesse, Anna"),
        [att(WORK, JB), att("n.krueger@elbkai-logistik.de", "Krüger, Nicole")],
        "Azubi-Auswahltag 2026 (Beobachter: Jonas, Nicole)", "20260306", "20260307",
        "12 Bewerber*innen für Lagerlogistik & Spedition: Gruppenübung, Kurzpräsentation, Einzelgespräche. Bitte "
        "Beobachtungsbögen ausfüllen. Mittagessen in der Kantine.", "Schulungsraum Haus C", stamp="20260220T090000Z")
    ics = ics.replace("DTSTART;TZID=W. Europe Standard Time:20260306", "DTSTART;VALUE=DATE:20260306")
    ics = ics.replace("DTEND;TZID=W. Europe Standard Time:20260307", "DTEND;VALUE=DATE:20260307")
    ics = ics.replace("X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
    return _neg("outlook-allday-de", ics, uid, "user-as-interviewer-assessment-day-allday-de")


def recurring_slots() -> Ev:
    uid = f"{hexid('side-slots', 26)}@google.com"
    d = ("Feste Slots für Bewerbergespräche Disposition (Nah- und Fernverkehr), bis die drei Stellen besetzt "
         "sind. Nicole trägt die Kandidat*innen jeweils bis Montag ein; Jonas führt die Fachgespräche.")
    common = [
        org("n.krueger@elbkai-logistik.de", "Nicole Krüger", sent_by="personal-assistenz@elbkai-logistik.de"),
        att(WORK, "Jonas Brückner", partstat="ACCEPTED"),
        att("n.krueger@elbkai-logistik.de", "Nicole Krüger", partstat="ACCEPTED"),
        "SUMMARY:Bewerbergespräche Disposition (Slot)", "LOCATION:Raum 1.12",
    ]
    master = ["DTSTART;TZID=Europe/Berlin:20260303T140000", "DTEND;TZID=Europe/Berlin:20260303T160000",
              "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU", "DTSTAMP:20260226T100000Z", f"UID:{uid}", "SEQUENCE:0",
              "DESCRIPTION:" + esc(d), *common]
    over = ["DTSTART;TZID=Europe/Berlin:20260319T090000", "DTEND;TZID=Europe/Berlin:20260319T110000",
            "RECURRENCE-ID;TZID=Europe/Berlin:20260317T140000", "DTSTAMP:20260312T080000Z", f"UID:{uid}",
            "SEQUENCE:1", "DESCRIPTION:" + esc("Diese Woche Donnerstag statt Dienstag (Betriebsversammlung).\n\n" + d),
            *common]
    ics = cal([master, over], "google", tzs=(BERLIN,))
    return _neg("google-recurring-de", ics, uid, "user-as-interviewer-recurring-slots-sentby-de")


def workshop() -> Ev:
    uid, ics = _outlook(
        "side-workshop", org("n.krueger@elbkai-logistik.de", "Krüger, Nicole"),
        [att(WORK, JB), att("h.behrens@elbkai-logistik.de", "Behrens, Holger"),
         att("a.hesse@elbkai-logistik.de", "Hesse, Anna"), att("t.brinkmann@elbkai-logistik.de", "Brinkmann, Tobias")],
        "Workshop: Strukturierte Interviews für Führungskräfte & Interviewer", "20260127T090000",
        "20260127T123000",
        "Inhalte: AGG-konforme Fragen, STAR-Methode, Bewertungsbögen, typische Beurteilungsfehler. Für alle, "
        "die bei Elbkai Bewerbungsgespräche führen.", "Schulungsraum Haus C", stamp="20260112T120000Z")
    return _neg("outlook-de", ics, uid, "user-as-interviewer-training-workshop-de")


EVENTS = [praktikum, committee, bookings_staff, calibration, phone_note, trial_day, french, dutch_panel, auswahltag,
          recurring_slots, workshop]
