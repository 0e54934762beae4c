"""holdout90 (part 1): other negatives - practice, training, press, personal life (blind, CC0 1.0)."""

from __future__ import annotations

from holdout90ev_ics import ME_FREE, ME_WORK, att, cal, desc, ev, org

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
ZOOM_DE = """Zoom-Meeting beitreten
https://us02web.zoom.us/j/86120044731?pwd=Y29hY2g
Meeting-ID: 861 2004 4731
Kenncode: 551903"""


def _own(uid: str, start: str, end: str, summary: str, d: str = "", loc: str = "", tzid: str = "Europe/Berlin") -> str:
    body = f"""BEGIN:VEVENT
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
DTSTAMP:20250301T080000Z
UID:{uid}
SUMMARY:{summary}
{desc(d) if d else ""}
{f"LOCATION:{loc}" if loc else ""}
END:VEVENT"""
    return cal(GOOGLE, body, method="PUBLISH", tzids=(tzid,))


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []

    # mock interview with a career coach, naming a real target employer
    d = (
        "Liebe Jana,\nwie besprochen simulieren wir das Abschlussgespräch bei Skagen Vind (auf Englisch). Ich spiele "
        "die VP People. Bitte deine Case-Folien mitbringen.\nHerzlich, Corinna\n\n" + ZOOM_DE
    )
    body = f"""BEGIN:VEVENT
UID:zoom-86120044731-mock@brennecke-coaching.de
DTSTAMP:20250418T090000Z
DTSTART;TZID=Europe/Berlin:20250422T180000
DTEND;TZID=Europe/Berlin:20250422T193000
SUMMARY:Mock-Interview (EN) - Vorbereitung Skagen Vind
{org("corinna@brennecke-coaching.de", "Corinna Brennecke")}
{att(ME_FREE, "Jana Petersen")}
LOCATION:Zoom
{desc(d)}
END:VEVENT"""
    out.append(ev("mock-coach-de", cal(GOOGLE, body, tzids=("Europe/Berlin",)), 0, trap="mock-named-employer-de"))

    # practice with a friend
    out.append(
        ev(
            "mock-friend-en",
            _own(
                "9y1a3c5e7g9i1k3m5o7q9s1u3w@google.com",
                "20250406T110000",
                "20250406T120000",
                "Interview practice w/ Mette (English, competency questions)",
                "She plays hiring manager. STAR stories: Betriebsratsverhandlung, Standortschließung, HR-IT rollout",
            ),
            0,
            trap="mock-en",
        )
    )

    # webinar about structured interviews
    d = (
        'Vielen Dank für Ihre Anmeldung zum Webinar "Strukturierte Interviews rechtssicher führen - AGG, '
        'Fragetechniken, Bewertungsskalen". Referentin: Prof. Dr. Anke Hollstein.\n\n'
        "Teilnehmen: https://hrakademie-nord.webex.com/weblink/register/r8e1\n"
        "Die Aufzeichnung erhalten Sie im Anschluss."
    )
    body = f"""BEGIN:VEVENT
UID:webinar-2025-0327-strukturierte-interviews@hrakademie-nord.de
DTSTAMP:20250310T120000Z
DTSTART;TZID=Europe/Berlin:20250327T100000
DTEND;TZID=Europe/Berlin:20250327T113000
SUMMARY:Webinar: Strukturierte Interviews rechtssicher führen
{org("events@hrakademie-nord.de", "HR Akademie Nord")}
{att(ME_WORK, "Jana Petersen")}
{desc(d)}
LOCATION:Online (Webex)
END:VEVENT"""
    out.append(
        ev(
            "webinar-interviewing-de",
            cal("-//Cisco//Webex Events//DE", body, tzids=("Europe/Berlin",)),
            0,
            trap="webinar-de",
        )
    )

    # all-day seminar on aptitude diagnostics
    body = f"""BEGIN:VEVENT
UID:seminar-din33430-tag2-petersen@eignungsdiagnostik-seminare.de
DTSTAMP:20250220T100000Z
DTSTART;VALUE=DATE:20250313
DTEND;VALUE=DATE:20250314
SUMMARY:Seminar Eignungsdiagnostik nach DIN 33430 - Tag 2 (Interviewführung)
{org("anmeldung@eignungsdiagnostik-seminare.de", "Seminarbüro")}
{att(ME_WORK, "Jana Petersen")}
LOCATION:Hotel Atlantik Kiel\\, Seminarraum Förde
{desc("Tag 2: Multimodales Interview, Beobachtungsfehler, Übung in Dreiergruppen. Zertifikatsprüfung am 28.03.")}
END:VEVENT"""
    out.append(ev("seminar-allday-de", cal(OUTLOOK, body), 0, trap="class-interviewing-de"))

    # user research interview
    d = (
        "Hi Jana,\nthanks for agreeing to a 30-minute research interview about how your HR team schedules "
        "interviews and onboarding. No preparation needed; we'll record with your consent and send a EUR 50 "
        "voucher afterwards.\nBest, Noor (UX Research, Staffpilot)"
    )
    body = f"""BEGIN:VEVENT
UID:research-staffpilot-2025-04-jp
DTSTAMP:20250407T120000Z
DTSTART:20250411T130000Z
DTEND:20250411T133000Z
SUMMARY:Staffpilot user research interview (30 min)
{org("noor.haddad@staffpilot.io", "Noor Haddad")}
{att(ME_WORK, "Jana Petersen")}
LOCATION:https://meet.google.com/upr-stfp-res
{desc(d)}
END:VEVENT"""
    out.append(ev("user-research-en", cal(GOOGLE, body), 0, trap="user-research-en"))

    # press interview
    d = (
        "Sehr geehrte Frau Petersen,\nvielen Dank für Ihre Zusage. Wie besprochen führen wir das Interview für "
        "unsere Juni-Ausgabe (Schwerpunkt Fachkräftemangel in der Logistik) telefonisch, Dauer ca. 30 Minuten. "
        "Das Zitat legen wir Ihnen vor Veröffentlichung zur Freigabe vor.\nBeste Grüße\nMarkus Feld, Redaktion"
    )
    body = f"""BEGIN:VEVENT
UID:pm-interview-2025-06-petersen@personal-praxis-magazin.de
DTSTAMP:20250414T090000Z
DTSTART;TZID=Europe/Berlin:20250417T140000
DTEND;TZID=Europe/Berlin:20250417T143000
SUMMARY:Interview Personal Praxis Magazin - Fachkräftemangel Logistik
{org("m.feld@personal-praxis-magazin.de", "Markus Feld")}
{att(ME_WORK, "Jana Petersen")}
LOCATION:Telefon
{desc(d)}
END:VEVENT"""
    out.append(ev("press-interview-de", cal(OUTLOOK, body, tzids=("Europe/Berlin",)), 0, trap="press-interview-de"))

    # podcast
    d = (
        "Aufnahme für 'HR Hafenfunk', Folge 48: Wie findet man 2025 noch Berufskraftfahrer? Interview mit Jana "
        "Petersen (Elbe Logistik Gruppe). Riverside-Link: https://riverside.fm/studio/hr-hafenfunk"
    )
    body = f"""BEGIN:VEVENT
UID:hafenfunk-048-aufnahme
DTSTAMP:20250402T100000Z
DTSTART;TZID=Europe/Berlin:20250409T170000
DTEND;TZID=Europe/Berlin:20250409T181500
SUMMARY:Podcast-Aufnahme HR Hafenfunk #48 (Interview)
{org("hallo@hr-hafenfunk.de", "HR Hafenfunk")}
{att(ME_WORK, "Jana Petersen")}
{desc(d)}
END:VEVENT"""
    out.append(ev("podcast-de", cal(GOOGLE, body, tzids=("Europe/Berlin",)), 0, trap="podcast-interview-de"))

    # doctor
    out.append(
        ev(
            "hausarzt-de",
            _own(
                "1a3c5e7g9i1k3m5o7q9s1u3w5y@google.com",
                "20250321T081500",
                "20250321T090000",
                "Hausarzt Dr. Möller - Check-up (nüchtern!)",
                loc="Praxis Dr. Möller\\, Eppendorfer Landstr. 31",
            ),
            0,
            trap="doctor-de",
        )
    )

    # Kita
    d = "Entwicklungsgespräch Emil mit Frau Bergmann (Bezugserzieherin). Portfolio-Ordner mitbringen."
    out.append(
        ev(
            "kita-elterngespraech-de",
            _own(
                "3c5e7g9i1k3m5o7q9s1u3w5y7a@google.com",
                "20250401T160000",
                "20250401T164500",
                "Kita Sonnenkäfer - Elterngespräch Emil",
                d,
            ),
            0,
            trap="kita-de",
        )
    )

    # tax adviser (Apple)
    body = """BEGIN:VEVENT
UID:6E2B4D8F-1A3C-4E5F-9B7D-2C4E6A8B0D1F
DTSTAMP:20250305T190000Z
DTSTART;TZID=Europe/Berlin:20250408T180000
DTEND;TZID=Europe/Berlin:20250408T190000
SUMMARY:Steuerberaterin Fr. Jansen - ESt 2024
LOCATION:Kanzlei Jansen & Partner\\, Mühlenkamp 8
DESCRIPTION:Belege Arbeitszimmer\\, Kita-Beiträge\\, Fahrtkosten mitnehmen
END:VEVENT"""
    out.append(
        ev(
            "steuerberater-de",
            cal("-//Apple Inc.//macOS 14.4//EN", body, method=None, tzids=("Europe/Berlin",)),
            0,
            trap="tax-adviser-de",
        )
    )

    # bank
    d = (
        "Guten Tag Frau Petersen, hiermit bestätigen wir Ihren Beratungstermin zur Baufinanzierung mit "
        "Herrn Ole Rathje. Bitte bringen Sie die letzten drei Gehaltsabrechnungen mit."
    )
    body = f"""BEGIN:VEVENT
UID:beratung-88410-20250410@elbsparkasse.de
DTSTAMP:20250403T080000Z
DTSTART;TZID=Europe/Berlin:20250410T173000
DTEND;TZID=Europe/Berlin:20250410T183000
SUMMARY:Beratungstermin Baufinanzierung - Elbsparkasse
{org("beratung@elbsparkasse.de", "Elbsparkasse Filiale Winterhude")}
{att(ME_FREE, "Jana Petersen")}
LOCATION:Filiale Winterhude\\, Jarrestraße 20
{desc(d)}
END:VEVENT"""
    out.append(ev("bank-de", cal(OUTLOOK, body, tzids=("Europe/Berlin",)), 0, trap="bank-de"))

    # Bürgeramt
    d = "Vorgangsnummer 2025-0415-3318. Mitbringen: alter Reisepass, biometrisches Foto, 70 EUR (EC-Karte)."
    body = f"""BEGIN:VEVENT
UID:termin-hamburg-2025-0415-3318@hamburg-service.example
DTSTAMP:20250320T100000Z
DTSTART;TZID=Europe/Berlin:20250415T081000
DTEND;TZID=Europe/Berlin:20250415T082500
SUMMARY:Termin Kundenzentrum Eimsbüttel: Reisepass beantragen
LOCATION:Kundenzentrum Eimsbüttel\\, Grindelberg 62
{desc(d)}
END:VEVENT"""
    out.append(
        ev(
            "buergeramt-de",
            cal("-//Terminvergabe Hamburg//DE", body, method="PUBLISH", tzids=("Europe/Berlin",)),
            0,
            trap="government-office-de",
        )
    )

    # school
    d = "Elternsprechtag: Gespräch mit Frau Thiel (Klassenlehrerin 3b) über Ida, 10 Minuten."
    out.append(
        ev(
            "school-de",
            _own(
                "5e7g9i1k3m5o7q9s1u3w5y7a9c@google.com",
                "20250514T164000",
                "20250514T165000",
                "Elternsprechtag Ida - Fr. Thiel",
                d,
                "Grundschule Lutterothstraße",
            ),
            0,
            trap="school-de",
        )
    )
    return out
