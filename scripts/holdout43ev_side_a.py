"""holdout43 negatives, the user on the hiring side at Ruhrlog Spedition (part A): Personio interviewer
invites, HR invites naming the user as interviewer, scorecards, debriefs, panels, trial days, the user as
Calendly host, an agency presenting its candidate, the user inviting candidates on free-mail addresses."""

from __future__ import annotations

from holdout43ev_boiler import teams
from holdout43ev_ics import (
    APPLE_IOS,
    EXCHANGE,
    OUTLOOK16,
    TZ_BERLIN,
    TZ_WEU,
    WORK,
    Ev,
    alt_html,
    cal,
    esc,
)

POHL = 'ORGANIZER;CN="Pohl, Sandra":mailto:s.pohl@ruhrlog-spedition.de'
ME = f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalska, Marta":mailto:{WORK}'


def _exchange(uid: str, summary: str, desc: str, start: str, end: str, people: str, loc: str, seq: int = 0) -> str:
    """An Exchange 2016 request in Ruhrlog's tenant (W. Europe Standard Time)."""
    return cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
{people}
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:{esc(summary)}
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{seq}
LOCATION;LANGUAGE=de-DE:{esc(loc)}
X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
""",
    )


def personio_interviewer() -> Ev:
    uid = "itv-9d2f6a13-4e8b-4c07-a1f5-3b7e0c9d2a64@ruhrlog-spedition.personio.de"
    desc = (
        "Hallo Marta,\n\ndu wurdest als Interviewerin für folgendes Gespräch eingeplant:\n\n"
        "Kandidat: Dennis Akgün\nStelle: Schichtleitung Wareneingang (m/w/d) – Standort Dortmund\n"
        "Gesprächsart: Persönliches Gespräch, Raum 1.04\n\nLebenslauf und Interviewleitfaden findest du im "
        "Bewerberprofil: https://ruhrlog-spedition.personio.de/recruiting/applications/5520193\n"
        "Bitte trage deine Bewertung bis zum Folgetag in Personio ein.\n\n"
        "Diese Einladung wurde über Personio versendet."
    )
    ics = cal(
        "PRODID:-//Personio GmbH//Personio Recruiting//DE\nVERSION:2.0\nMETHOD:REQUEST",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261130T100300Z
DTSTART;TZID=Europe/Berlin:20261208T100000
DTEND;TZID=Europe/Berlin:20261208T110000
SUMMARY:Interview: Schichtleitung Wareneingang (m/w/d) – Dennis Akgün
DESCRIPTION:{esc(desc)}
LOCATION:Ruhrlog Dortmund\\, Besprechung 1.04
ORGANIZER;CN=Sandra Pohl:mailto:s.pohl@ruhrlog-spedition.de
ATTENDEE;CN=Sandra Pohl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.pohl@ruhrlog-spedition.de
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{WORK}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""",
    )
    return Ev("hiring-personio-de", "de", ics, uid, 0, trap="user-as-interviewer-personio-de", tool="Personio")


def hr_candidate_freemail() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000010F3A5C7E98ADB01000000000000000010000000"
           "6A5B4C3D2E1F00112233445566778899")
    desc = (
        "Sehr geehrte Frau Wiese,\n\nhiermit bestätigen wir Ihren Termin zum Vorstellungsgespräch als Fachkraft "
        "für Lagerlogistik (m/w/d) bei der Ruhrlog Spedition GmbH. Ihre Gesprächspartnerinnen sind Frau Marta "
        "Kowalska (Teamleitung Lager) und ich.\n\nBitte melden Sie sich an der Pforte, Tor 2.\n\n"
        "Mit freundlichen Grüßen\nSandra Pohl\nPersonalreferentin\nRuhrlog Spedition GmbH"
    )
    people = f"""{POHL}
{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.wiese93@web.de:mailto:jana.wiese93@web.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="DO Besprechung 1.04 (6 P.)":mailto:do-besprechung104@
 ruhrlog-spedition.de"""
    ics = _exchange(uid, "Vorstellungsgespräch Lagerfachkraft – Frau Jana Wiese", desc, "20261209T130000",
                    "20261209T140000", people, "DO Besprechung 1.04 (6 P.)")
    return Ev("hiring-hr-candidate-webde-de", "de", ics, uid, 0, trap="user-as-interviewer-hr-named-de",
              tool="Exchange")


def scorecard() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000A01B2C3D4E8BDB01000000000000000010000000"
           "0F1E2D3C4B5A69788796A5B4C3D2E1F0")
    desc = (
        "Personio > Bewerbungen > Demir > Bewertung\nEindruck: pünktlich, sicher mit Schubmaststapler, "
        "Nachtschicht ok, Deutsch gut. Referenz von Spedition Wolters anfragen?"
    )
    ics = cal(
        OUTLOOK16.replace("METHOD:REQUEST", "METHOD:PUBLISH"),
        TZ_WEU,
        f"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261210T143001Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":20261210T161500
DTSTAMP:20261210T143001Z
DTSTART;TZID="W. Europe Standard Time":20261210T160000
LAST-MODIFIED:20261210T143001Z
ORGANIZER;CN="Kowalska, Marta":mailto:{WORK}
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Bewertungsbogen ausfüllen – Yusuf Demir (Staplerfahrer)
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("hiring-scorecard-de", "de", ics, uid, 0, trap="user-as-interviewer-scorecard-de", tool="Outlook")


def debrief() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000B0C1D2E3F48CDB01000000000000000010000000"
           "11AA22BB33CC44DD55EE66FF77008899")
    desc = (
        "Hallo zusammen,\n\nkurze Abstimmung nach den drei Gesprächen für die Schichtleitung Nacht "
        "(Akgün / Lehmann / Sowa): Ranking, Gehaltsrahmen, wer bekommt eine Absage. Bitte vorher eure "
        "Bewertungen in Personio eintragen.\n\nDanke, Sandra\n\n"
        + teams("de", "342 118 705 336", "Rl9pD4", "OTBkMmQ5YjgtMWE0ZS00MjFmLTg2NjMtNjQ0MzU0MjE5OWM3")
    )
    people = f"""{POHL}
{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Thiele, Bernd":mailto:b.thiele@ruhrlog-spedition.de"""
    ics = _exchange(uid, "Debrief Schichtleitung Nacht – Akgün / Lehmann / Sowa", desc, "20261216T080000",
                    "20261216T083000", people, "Microsoft Teams-Besprechung")
    return Ev("hiring-debrief-teams-de", "de", ics, uid, 0, trap="user-as-interviewer-debrief-de", tool="Exchange")


def panel_betriebsrat() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000C0D1E2F3A58DDB01000000000000000010000000"
           "A0B1C2D3E4F5061728394A5B6C7D8E9F")
    desc = (
        "Ablauf:\n10 Min. Vorstellung Ruhrlog (B. Thiele)\n30 Min. Fachfragen Versand/Tourenplanung "
        "(M. Kowalska)\n15 Min. Fragen des Kandidaten\n\nDer Betriebsrat nimmt gem. BV Personalauswahl teil. "
        "Unterlagen im Bewerberprofil."
    )
    people = f"""{POHL}
{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Thiele, Bernd":mailto:b.thiele@ruhrlog-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Krämer, Uwe (Betriebsrat)":mailto:u.kraemer@ruhrl
 og-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=michal.sowa@gmail.com:mailto:michal.sowa@gmail.com"""
    ics = _exchange(uid, "Panelgespräch Teamleitung Versand – Herr Michał Sowa", desc, "20261214T100000",
                    "20261214T110000", people, "DO Besprechung 2.01 (Geschäftsleitung)")
    return Ev("hiring-panel-betriebsrat-de", "de", ics, uid, 0, trap="user-as-interviewer-panel-de", tool="Exchange")


def trial_day() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000D0E1F2A3B68EDB01000000000000000010000000"
           "5F4E3D2C1B0A99887766554433221100")
    desc = (
        "Frau Ilić kommt um 6:45 Uhr an Tor 2. Sicherheitsunterweisung und PSA durch die Schichtleitung, "
        "danach mitlaufen in der Kommissionierung Halle 3 (Kühlware). Marta betreut den Probetag – bitte "
        "Rückmeldung bis Freitag an mich, ob wir ein Angebot machen.\n\nSandra"
    )
    people = f"""{POHL}
{ME}"""
    ics = _exchange(uid, "Probearbeit Kommissionierung – Frau Ilić (Betreuung: M. Kowalska)", desc,
                    "20261215T070000", "20261215T120000", people, "Halle 3 / Treffpunkt Pforte Tor 2")
    return Ev("hiring-trial-day-de", "de", ics, uid, 0, trap="user-as-interviewer-trialday-de", tool="Exchange")


def calendly_host() -> Ev:
    uid = "ev_1f8a3c6e-20d9-4b57-93ea-7c5d0b2e4f61@calendly.com"
    desc = (
        "Ereignisname: Kennenlernen Lagerhelfer (15 Min.)\n\nOrt: Telefonanruf: Marta Kowalska ruft Emre Yıldız "
        "unter +49 157 31188420 an.\n\nBitte teilen Sie Informationen mit, die bei der Vorbereitung auf unser "
        "Meeting helfen.: Ich habe 2 Jahre im Lager eines Versandhändlers gearbeitet, Staplerschein vorhanden, "
        "kann sofort anfangen.\n\nMüssen Sie Änderungen an diesem Ereignis vornehmen?\n"
        "Absagen: https://calendly.com/cancellations/1f8a3c6e-20d9-4b57-93ea-7c5d0b2e4f61\n"
        "Neu planen: https://calendly.com/reschedulings/1f8a3c6e-20d9-4b57-93ea-7c5d0b2e4f61\n\n"
        "Powered by Calendly.com"
    )
    ics = cal(
        "PRODID:-//Calendly//Calendly Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261204T182201Z
DTSTART:20261207T124500Z
DTEND:20261207T130000Z
SUMMARY:Kennenlernen Lagerhelfer (15 Min.) zwischen Marta Kowalska und Emre Yıldız
DESCRIPTION:{esc(desc)}
LOCATION:Telefonanruf
ORGANIZER;CN=Marta Kowalska:mailto:{WORK}
ATTENDEE;CN=Emre Yıldız;PARTSTAT=ACCEPTED:mailto:emre.yildiz@gmail.com
ATTENDEE;CN=Marta Kowalska;PARTSTAT=ACCEPTED:mailto:{WORK}
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("hiring-calendly-host-de", "de", ics, uid, 0, trap="user-as-interviewer-calendly-host-de",
              tool="Calendly")


def agency_candidate() -> Ev:
    uid = "vectis-termin-20261217-0388@vectis-personal.de"
    desc = (
        "Guten Tag Frau Kowalska,\n\nwie telefonisch besprochen stelle ich Ihnen unseren Kandidaten Herrn Piotr "
        "Wiśniewski für die Position Schichtleiter Nacht vor. Das Profil haben Sie per Mail erhalten. Herr "
        "Wiśniewski kommt direkt zu Ihnen an den Standort, ich bin telefonisch erreichbar.\n\n"
        "Mit freundlichen Grüßen\nKatharina Vogt\nVectis Personal GmbH – Niederlassung Dortmund"
    )
    ics = cal(
        "PRODID:-//Vectis Personal GmbH//Kandidatenportal 4.2//DE\nVERSION:2.0\nMETHOD:REQUEST",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261211T102000Z
DTSTART;TZID=Europe/Berlin:20261217T140000
DTEND;TZID=Europe/Berlin:20261217T150000
SUMMARY:Kandidatenvorstellung Hr. Piotr Wiśniewski – Schichtleiter Nacht (Vectis Personal)
DESCRIPTION:{esc(desc)}
LOCATION:Ruhrlog Spedition GmbH\\, Hafenweg 21\\, 44147 Dortmund
ORGANIZER;CN=Katharina Vogt (Vectis Personal):mailto:k.vogt@vectis-personal.de
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{WORK}
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("hiring-agency-candidate-de", "de", ics, uid, 0, trap="user-as-interviewer-agency-candidate-de",
              tool="agency portal")


def invite_candidate_tonline() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000E0F1A2B3C78FDB01000000000000000010000000"
           "C3B2A1908F7E6D5C4B3A291807F6E5D4")
    desc = (
        "Hallo Herr Kaya,\n\nwie telefonisch besprochen hier der Termin für unser Gespräch. Bitte Lebenslauf und "
        "Staplerschein mitbringen und an der Pforte Tor 2 melden.\n\nGruß\nMarta Kowalska\nTeamleitung Lager\n"
        "Ruhrlog Spedition GmbH | Hafenweg 21 | 44147 Dortmund"
    )
    ics = cal(
        OUTLOOK16,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ATTENDEE;CN=kaya.erkan@t-online.de;RSVP=TRUE:mailto:kaya.erkan@t-online.de
CLASS:PUBLIC
CREATED:20261211T091522Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":20261218T100000
DTSTAMP:20261211T091522Z
DTSTART;TZID="W. Europe Standard Time":20261218T093000
LAST-MODIFIED:20261211T091522Z
LOCATION:Ruhrlog\\, Hafenweg 21\\, Dortmund – Büro Lagerleitung
ORGANIZER;CN="Kowalska, Marta":mailto:{WORK}
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Kommissionierer – Herr Kaya
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("hiring-user-organizer-de", "de", ics, uid, 0, trap="user-as-interviewer-organizer-freemail-de",
              tool="Outlook")


def iphone_note() -> Ev:
    uid = "9B2D4F6A-8C0E-4A1B-B3D5-F7A9C1E3B5D7"
    ics = cal(
        APPLE_IOS,
        f"""
BEGIN:VEVENT
CREATED:20261214T064412Z
DTEND:20261216T113000
DTSTAMP:20261214T064420Z
DTSTART:20261216T110000
LAST-MODIFIED:20261214T064412Z
LOCATION:Halle 3
SEQUENCE:0
SUMMARY:Bewerberin Fr. Schulz 11h
DESCRIPTION:Kommissioniererin Teilzeit\\, Unterlagen bei Sandra. Halle zeige
 n!
TRANSP:OPAQUE
UID:{uid}
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
""",
    )
    return Ev("hiring-ios-note-de", "de", ics, uid, 0, trap="user-as-interviewer-terse-note-de", tool="Apple iOS")


def interview_guide() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000F0A1B2C3D880DB01000000000000000010000000"
           "77665544332211000011223344556677")
    ics = cal(
        OUTLOOK16.replace("METHOD:REQUEST", "METHOD:PUBLISH"),
        TZ_WEU,
        f"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261202T152010Z
DESCRIPTION:Fragen für Kandidaten Schichtleitung (Führung\\, Konflikte\\, KPI)\\, Bewertungsskala 1–5 mit
  Sandra abstimmen\\, Fallbeispiel Krankmeldungswelle einbauen.
DTEND;TZID="W. Europe Standard Time":20261204T120000
DTSTAMP:20261202T152010Z
DTSTART;TZID="W. Europe Standard Time":20261204T110000
LAST-MODIFIED:20261202T152010Z
ORGANIZER;CN="Kowalska, Marta":mailto:{WORK}
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Interviewleitfaden Schichtleitung vorbereiten
TRANSP:OPAQUE
UID:{uid}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("hiring-interview-guide-de", "de", ics, uid, 0, trap="user-as-interviewer-guide-prep-de", tool="Outlook")


EVENTS = [
    personio_interviewer,
    hr_candidate_freemail,
    scorecard,
    debrief,
    panel_betriebsrat,
    trial_day,
    calendly_host,
    agency_candidate,
    invite_candidate_tonline,
    iphone_note,
    interview_guide,
]
