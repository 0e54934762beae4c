"""holdout74 negatives: the user on the hiring side (part 2: apprentices, committees, council, notes)."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_ZURICH,
    USER_FREE,
    USER_WORK,
    WEU,
    WEU_DE,
    Ev,
    alarm,
    att,
    dt,
    google_footer,
    head_apple,
    head_google,
    head_outlook,
    head_tool,
    org,
    outlook_tail,
    outlook_uid,
    prop,
    teams,
    tz_windows,
    vcal,
    vevent,
)


def _outlook(uid: str, summary: str, start: str, end: str, organizer: str, attendees: list[str], desc: str,
             location: str, lang: str = "de-CH", tzid: str = WEU) -> str:
    return vcal(
        head_outlook(),
        tz_windows(tzid),
        vevent(
            organizer,
            attendees,
            prop("DESCRIPTION", desc, f";LANGUAGE={lang}"),
            f"UID:{uid}",
            prop("SUMMARY", summary, f";LANGUAGE={lang}"),
            dt(tzid, start),
            dt(tzid, end, "DTEND"),
            "DTSTAMP:20251105T120000Z",
            prop("LOCATION", location, f";LANGUAGE={lang}"),
            outlook_tail(busy="BUSY"),
        ),
    )


def _auswahltag() -> Ev:
    uid = outlook_uid("bekb-auswahltag-lernende-2026")
    desc = (
        "Auswahltag Lernende Informatiker/in EFZ (Lehrbeginn August 2026)\n\n"
        "08:30 Begrüssung der 8 Kandidatinnen und Kandidaten\n09:00 Praktische Aufgabe (PC zusammenbauen, "
        "Netzwerk verkabeln)\n11:00 Einzelgespräche à 20 Min. (Reto Brunner, Sara Lehmann, Berufsbildnerin)\n"
        "13:30 Kurzpräsentationen\n15:30 Auswertung Jury\n\nBitte ganzen Tag reservieren."
    )
    ics = vcal(
        head_outlook(),
        vevent(
            org("berufsbildung@bekb-infra.ch", "Berufsbildung"),
            att(USER_WORK, "Brunner, Reto"),
            att("sara.lehmann@bekb-infra.ch", "Lehmann, Sara"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Auswahltag Lernende Informatiker/in EFZ 2026", ";LANGUAGE=de-CH"),
            "DTSTART;VALUE=DATE:20251119",
            "DTEND;VALUE=DATE:20251120",
            "DTSTAMP:20251015T080000Z",
            prop("LOCATION", "Ausbildungszentrum, Laupenstrasse 18", ";LANGUAGE=de-CH"),
            "TRANSP:OPAQUE",
            "SEQUENCE:0",
            "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
            "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
        ),
    )
    return Ev("apprentice-selection-day", uid, ics, 0, trap="user-as-interviewer-apprentice-selection-allday-de")


def _hiring_decision() -> Ev:
    uid = outlook_uid("bekb-anstellungsentscheid-stv-teamleiter")
    desc = (
        "Traktanden:\n1. Rückmeldungen aus den Zweitgesprächen (Frau Baumann, Herr Jost)\n"
        "2. Referenzen\n3. Anstellungsentscheid und Lohnvorschlag\n4. Absage an die übrigen Kandidierenden"
    )
    ics = _outlook(
        uid, "Anstellungsentscheid Stv. Teamleiter Infrastruktur", "20251128T080000", "20251128T083000",
        org("nadine.hofer@bekb-infra.ch", "Hofer, Nadine"),
        [att(USER_WORK, "Brunner, Reto"), att("thomas.kohler@bekb-infra.ch", "Kohler, Thomas")],
        desc, "SZ 5.01 Direktion",
    )
    return Ev("hiring-committee", uid, ics, 0, trap="user-as-interviewer-hiring-decision-de")


def _reference_check_by_user() -> Ev:
    uid = outlook_uid("bekb-referenz-buehler")
    ics = _outlook(
        uid, "Referenzauskunft einholen – Kandidat Stefan Bühler (Stv. Teamleiter)", "20251126T163000",
        "20251126T170000", org(USER_WORK, "Brunner, Reto"), [],
        "Referenz: Herr Ueli Marti, ehem. Vorgesetzter bei Telcora AG, 031 555 18 40. Einverständnis des "
        "Kandidaten liegt vor (Mail vom 24.11.). Fragen: Führung, Belastbarkeit, Austrittsgrund.",
        "Telefon",
    )
    return Ev("reference-check-by-user", uid, ics, 0, trap="user-as-interviewer-reference-check-de")


def _phone_screen_by_user() -> Ev:
    uid = outlook_uid("bekb-telefoninterview-roth")
    desc = (
        "Guten Tag Frau Roth\n\n"
        "Wie per Mail besprochen, rufe ich Sie am Donnerstag für ein erstes telefonisches Gespräch zur Stelle "
        "Systemadministratorin (80 %) an.\n\nFreundliche Grüsse\nReto Brunner"
    )
    ics = _outlook(
        uid, "Telefoninterview Aline Roth – Systemadministratorin 80 %", "20251030T120000", "20251030T123000",
        org(USER_WORK, "Brunner, Reto"), [att("aline.roth@gmx.ch", "aline.roth@gmx.ch")], desc,
        "Telefon (079 552 31 08)", tzid=WEU_DE,
    )
    return Ev("phone-screen-by-user", uid, ics, 0, trap="user-as-interviewer-phone-screen-de")


def _hr_organised_teams() -> Ev:
    uid = outlook_uid("bekb-vg-keller-security")
    desc = (
        "Vorstellungsgespräch\n\nKandidat: Marco Keller\nStelle: IT Security Engineer\n"
        "Gesprächsleitung: Reto Brunner; Daniel Kühni (Security); HR: Nadine Hofer\n\n"
        + teams("de", "356 771 204 882", "Kx2Sec")
    )
    ics = _outlook(
        uid, "Vorstellungsgespräch | Marco Keller | IT Security Engineer", "20251113T090000", "20251113T100000",
        org("nadine.hofer@bekb-infra.ch", "Hofer, Nadine"),
        [att(USER_WORK, "Brunner, Reto"), att("daniel.kuehni@bekb-infra.ch", "Kühni, Daniel"),
         att("marco.keller87@gmx.ch", "Marco Keller")],
        desc, "Microsoft Teams-Besprechung",
    )
    return Ev("hr-organised-teams", uid, ics, 0, trap="user-as-interviewer-hr-organiser-teams-de")


def _candidate_case() -> Ev:
    uid = outlook_uid("bekb-case-teamleiterin-service-desk")
    desc = (
        "Zweitgespräch Teamleiter/in Service Desk\n\n"
        "Die Kandidatin (Frau Sandra Baumann) präsentiert während 20 Minuten ihre Fallstudie «Reorganisation "
        "1st-Level-Support», anschliessend Fragerunde. Jury: R. Brunner, T. Kohler, N. Hofer.\n"
        "Beamer im Raum ist reserviert."
    )
    ics = _outlook(
        uid, "Case-Präsentation Kandidatin – Teamleiterin Service Desk", "20251120T140000", "20251120T153000",
        org("nadine.hofer@bekb-infra.ch", "Hofer, Nadine"),
        [att(USER_WORK, "Brunner, Reto"), att("thomas.kohler@bekb-infra.ch", "Kohler, Thomas"),
         att("sandra.baumann@bluewin.ch", "Sandra Baumann"),
         att("beamer-mobil-2@bekb-infra.ch", "Beamer mobil 2", cutype="RESOURCE", role="NON-PARTICIPANT",
             rsvp=False)],
        desc, "SZ 3.12 Schwanengasse",
    )
    return Ev("candidate-case-presentation", uid, ics, 0,
              trap="user-as-interviewer-case-candidate-on-bluewin-de")


def _gemeinderat_interviews() -> Ev:
    uid = "2t6x0c4v8gemeinde1k5m9q3b7@google.com"
    desc = (
        "Liebe Mitglieder des Wahlausschusses\n\n"
        "Wir führen die Bewerbungsgespräche für die Stelle Gemeindeschreiber/in mit den drei Kandidierenden "
        "der engeren Wahl:\n18:00 Frau Monika Aebi\n18:50 Herr Adrian Lüthi\n19:40 Frau Petra Zimmermann\n\n"
        "Fragenkatalog und Bewertungsraster im Anhang. Bitte vertraulich behandeln.\n\n"
        "Herzliche Grüsse\nElisabeth Kunz, Gemeindepräsidentin"
        + google_footer("de")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251204T180000",
            "DTEND;TZID=Europe/Zurich:20251204T210000",
            "DTSTAMP:20251120T200000Z",
            org("elisabeth.kunz.gp@gmail.com", "Elisabeth Kunz"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("h.wyss@mooseggen.ch", "Hansruedi Wyss", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Gemeindehaus, Sitzungszimmer Gemeinderat"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Bewerbungsgespräche Gemeindeschreiber/in – Wahlausschuss"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev("council-interviews", uid, ics, 0, trap="user-as-interviewer-gemeinderat-de")


def _loop_en() -> Ev:
    uid = "SF-ITV-77b1c0e2-bekb-REQ2311-CAND40288@successfactors.eu"
    desc = (
        "You have been scheduled as an interviewer.\n\n"
        "Candidate: Tomasz Nowak\nRequisition: Site Reliability Engineer (REQ-2311)\n"
        "Interview loop: 1) Reto Brunner - infrastructure & on-call culture 2) Luca Bernasconi - automation\n"
        "Please submit your feedback form in SuccessFactors on the same day.\n\n"
        "HR Recruiting"
    )
    ics = vcal(
        head_tool("-//SAP SuccessFactors//Interview Scheduling 2.0//EN"),
        vevent(
            "DTSTAMP:20251201T083000Z",
            f"UID:{uid}",
            "DTSTART:20251208T090000Z",
            "DTEND:20251208T103000Z",
            prop("SUMMARY", "Interview loop: Site Reliability Engineer – Candidate: Tomasz Nowak"),
            prop("LOCATION", "Microsoft Teams"),
            prop("DESCRIPTION", desc),
            org("recruiting@bekb-infra.ch", "HR Recruiting", sent_by="noreply@successfactors.eu"),
            att(USER_WORK, "Reto Brunner"),
            att("luca.bernasconi@bekb-infra.ch", "Luca Bernasconi"),
        ),
    )
    return Ev("interview-loop-en", uid, ics, 0, trap="user-as-interviewer-loop-utc-en")


def _apprentice_parents() -> Ev:
    uid = outlook_uid("bekb-bewerbung-lernende-wuethrich")
    desc = (
        "Bewerbungsgespräch Lehrstelle Informatikerin EFZ Plattformentwicklung\n"
        "Jana Wüthrich (9. Klasse, Oberstufe Köniz) mit Vater\n"
        "Schnupperbericht liegt vor (sehr gut). Multicheck ICT: 78 %.\nDabei: Sara Lehmann (Berufsbildnerin)"
    )
    ics = _outlook(
        uid, "Bewerbungsgespräch Lernende – Jana Wüthrich", "20251203T163000", "20251203T171500",
        org("sara.lehmann@bekb-infra.ch", "Lehmann, Sara"), [att(USER_WORK, "Brunner, Reto")], desc,
        "Ausbildungszentrum, Laupenstrasse 18",
    )
    return Ev("apprentice-interview", uid, ics, 0, trap="user-as-interviewer-apprentice-parent-de")


def _apple_note_fr() -> Ev:
    uid = "6B0E2D91-A47C-4F38-B2E5-91D3C8A7F014"
    ics = vcal(
        head_apple("macOS 15.1"),
        TZ_ZURICH,
        vevent(
            "CREATED:20251201T195500Z",
            "DTSTAMP:20251201T195512Z",
            "DTSTART;TZID=Europe/Zurich:20251211T100000",
            "DTEND;TZID=Europe/Zurich:20251211T110000",
            "LAST-MODIFIED:20251201T195512Z",
            prop("LOCATION", "Salle Gurten"),
            "SEQUENCE:0",
            prop("SUMMARY", "Entretien Mme Dubois (candidate admin système, Bienne)"),
            f"UID:{uid}",
            prop("DESCRIPTION", "Entretien en français – préparer questions Active Directory / PowerShell. "
                 "Fabienne vient aussi."),
            alarm("-PT10M", "Reminder"),
        ),
    )
    return Ev("own-note-candidate-fr", uid, ics, 0, trap="user-as-interviewer-hand-typed-fr")


def events() -> list[Ev]:
    return [
        _auswahltag(),
        _hiring_decision(),
        _reference_check_by_user(),
        _phone_screen_by_user(),
        _hr_organised_teams(),
        _candidate_case(),
        _gemeinderat_interviews(),
        _loop_en(),
        _apprentice_parents(),
        _apple_note_fr(),
    ]
