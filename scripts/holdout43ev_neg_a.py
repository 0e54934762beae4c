"""holdout43 negatives, part A: mock interviews, webinars, user-research / press / podcast "interviews",
personal appointments and the user's own internal meetings, appraisal and exit interview."""

from __future__ import annotations

from holdout43ev_boiler import meet, teams, zoom
from holdout43ev_ics import (
    APPLE_IOS,
    EXCHANGE,
    FREE,
    GOOGLE,
    OUTLOOK16,
    THUNDERBIRD,
    TZ_BERLIN,
    TZ_WEU,
    WORK,
    Ev,
    cal,
    esc,
)


def _apple(uid: str, summary: str, start: str, end: str, loc: str = "", desc: str = "", tz: bool = False) -> str:
    zone = ";TZID=Europe/Berlin" if tz else ""
    extra = f"DESCRIPTION:{esc(desc)}\n" if desc else ""
    return cal(
        APPLE_IOS,
        *([TZ_BERLIN] if tz else []),
        f"""
BEGIN:VEVENT
CREATED:20261120T180000Z
DTEND{zone}:{end}
DTSTAMP:20261120T180005Z
DTSTART{zone}:{start}
LAST-MODIFIED:20261120T180000Z
LOCATION:{esc(loc)}
SEQUENCE:0
SUMMARY:{esc(summary)}
{extra}TRANSP:OPAQUE
UID:{uid}
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
""",
    )


def mock_friend_pl() -> Ev:
    uid = "3F6A9C2E-5B8D-4E1F-A4C7-0B3D6E9F2A5C"
    ics = _apple(uid, "Próbna rozmowa z Kasią – ćwiczymy przed Rheinfracht", "20261210T193000", "20261210T203000",
                 "u Kasi (Kaiserstraße)", "Kasia gra HR-owca, potem zamiana. Pytania po niemiecku! Słabe strony?")
    return Ev("mock-friend-pl", "pl", ics, uid, 0, trap="mock-with-friend-names-employer-pl", tool="Apple iOS")


def mock_coach_calendly() -> Ev:
    uid = "ev_6b0d2f4a-8c1e-4a39-b7d5-e2f4a6c8b0d1@calendly.com"
    desc = (
        "Ereignisname: Mock-Interview Englisch (60 Min.)\n\nOrt: Zoom. Die Zugangsdaten folgen per Mail.\n\n"
        "Bitte teilen Sie Informationen mit, die bei der Vorbereitung auf unser Meeting helfen.: "
        "Finale Runde bei einem internationalen Logistiker, möchte Competency-Fragen auf Englisch üben.\n\n"
        "Karrierecoaching Anne Voss – Vorbereitung auf Vorstellungsgespräche\n\n"
        "Absagen: https://calendly.com/cancellations/6b0d2f4a-8c1e-4a39-b7d5-e2f4a6c8b0d1\n"
        "Neu planen: https://calendly.com/reschedulings/6b0d2f4a-8c1e-4a39-b7d5-e2f4a6c8b0d1\n\n"
        "Powered by Calendly.com"
    )
    ics = cal(
        "PRODID:-//Calendly//Calendly Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20270104T090000Z
DTSTART:20270111T170000Z
DTEND:20270111T180000Z
SUMMARY:Mock-Interview Englisch zwischen Anne Voss und Marta Kowalska
DESCRIPTION:{esc(desc)}
LOCATION:Zoom
ORGANIZER;CN=Anne Voss:mailto:anne@voss-karrierecoaching.de
ATTENDEE;CN=Marta Kowalska;PARTSTAT=ACCEPTED:mailto:{FREE}
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("mock-coach-calendly-de", "de", ics, uid, 0, trap="mock-coach-calendly-de", tool="Calendly")


def ihk_webinar() -> Ev:
    uid = "webinar-2026-1207-vg@bildungszentrum-ruhr.de"
    desc = (
        "Vielen Dank für Ihre Anmeldung!\n\nWebinar: Souverän im Vorstellungsgespräch – für Fach- und "
        "Führungskräfte im beruflichen Wechsel\nReferentin: Petra Lindemann, Karriereberaterin\n"
        "Inhalte: typische Fragen, Gehaltsverhandlung, Assessment Center, Körpersprache im Videointerview\n\n"
        + zoom("de", "Bildungszentrum Ruhr", "861 2204 5519", "UHdQd2ZzT0N4dz09")
    )
    ics = cal(
        "PRODID:-//Bildungszentrum Ruhr//Veranstaltungen//DE\nVERSION:2.0\nMETHOD:PUBLISH",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261125T100000Z
DTSTART;TZID=Europe/Berlin:20261207T180000
DTEND;TZID=Europe/Berlin:20261207T193000
SUMMARY:Webinar: Souverän im Vorstellungsgespräch
DESCRIPTION:{esc(desc)}
LOCATION:Online (Zoom)
ORGANIZER;CN=Bildungszentrum Ruhr:mailto:veranstaltungen@bildungszentrum-ruhr.de
END:VEVENT
""",
    )
    return Ev("webinar-interview-tips-de", "de", ics, uid, 0, trap="webinar-about-interviews-de", tool="Zoom")


def user_research_en() -> Ev:
    uid = "ur-session-2027-0107-marta@stackwise.io"
    desc = (
        "Hi Marta,\n\nthanks for signing up for a research session! We're talking to warehouse team leads "
        "about pick-path planning and how you use your WMS day to day. It's a 45-minute user interview – "
        "there are no right or wrong answers, we just want to learn from you.\n\nAs a thank-you you'll "
        "receive a €60 voucher after the session.\n\nMaya Chen\nUX Research, Stackwise\n\n"
        + meet("en", "rtx-kpqe-vha")
    )
    ics = cal(
        GOOGLE,
        f"""
BEGIN:VEVENT
DTSTART:20270107T173000Z
DTEND:20270107T181500Z
DTSTAMP:20261222T130000Z
ORGANIZER;CN=Maya Chen:mailto:maya.chen@stackwise.io
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
X-GOOGLE-CONFERENCE:https://meet.google.com/rtx-kpqe-vha
DESCRIPTION:{esc(desc)}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:User interview: pick-path planning (45 min) – Stackwise Research
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("user-research-en", "en", ics, uid, 0, trap="user-research-interview-en", tool="Google Calendar")


def press_de() -> Ev:
    uid = "7a3e1c9b5d@stadtanzeiger-do.de"
    desc = (
        "Liebe Frau Kowalska,\n\nwie besprochen komme ich für unsere Serie „Frauen in der Logistik“ zu Ihnen "
        "ins Lager. Das Interview dauert ca. 45 Minuten, danach macht unser Fotograf ein paar Bilder in der "
        "Halle (Freigabe durch Ihre Pressestelle liegt vor).\n\nHerzliche Grüße\nLena Hartung\nRedaktion "
        "Wirtschaft, Dortmunder Stadtanzeiger"
    )
    ics = cal(
        THUNDERBIRD + "METHOD:REQUEST\n",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
CREATED:20261201T104500Z
DTSTAMP:20261201T104500Z
UID:{uid}
SUMMARY:Interview Stadtanzeiger – Frauen in der Logistik (mit Foto)
ORGANIZER;CN=Lena Hartung:mailto:l.hartung@stadtanzeiger-do.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{WORK}
DTSTART;TZID=Europe/Berlin:20261215T123000
DTEND;TZID=Europe/Berlin:20261215T134500
DESCRIPTION:{esc(desc)}
LOCATION:Ruhrlog Spedition\\, Hafenweg 21\\, Dortmund
SEQUENCE:0
END:VEVENT
""",
    )
    return Ev("press-interview-de", "de", ics, uid, 0, trap="press-interview-de", tool="Thunderbird")


def podcast_de() -> Ev:
    uid = "lagerfunk-folge48-aufnahme@lagerfunk.de"
    desc = (
        "Hi Marta,\n\nfreu mich auf die Aufnahme! Thema der Folge 48: Schichtführung im Lager – wie hält man "
        "Leute bei Peak? Wir nehmen über Riverside auf, bitte Headset und ruhigen Raum.\n\n"
        "Link: https://riverside.fm/studio/lagerfunk?t=8c2e41\n\nMirko\nLagerfunk – der Logistik-Podcast"
    )
    ics = cal(
        GOOGLE,
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270203T190000
DTEND;TZID=Europe/Berlin:20270203T203000
DTSTAMP:20270115T090000Z
ORGANIZER;CN=Mirko Sander:mailto:mirko@lagerfunk.de
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
DESCRIPTION:{esc(desc)}
LOCATION:https://riverside.fm/studio/lagerfunk
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Aufnahme „Lagerfunk“ – Interview mit Marta Kowalska
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("podcast-de", "de", ics, uid, 0, trap="podcast-interview-guest-de", tool="Google Calendar")


def dentist() -> Ev:
    uid = "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6"
    ics = _apple(uid, "Zahnarzt Dr. Öztürk – Kontrolle + PZR", "20261222T073000", "20261222T083000",
                 "Praxis Dr. Öztürk, Hohe Str. 12, Dortmund", tz=True)
    return Ev("personal-dentist-de", "de", ics, uid, 0, trap="personal-doctor-de", tool="Apple iOS")


def bank() -> Ev:
    uid = "termin-8841230-beratung@emscher-sparkasse.de"
    desc = (
        "Sehr geehrte Frau Kowalska,\n\nwir bestätigen Ihren Beratungstermin zum Thema Baufinanzierung. "
        "Bitte bringen Sie die letzten drei Gehaltsabrechnungen, Ihren Personalausweis und das Exposé mit.\n\n"
        "Ihr Berater: Tobias Wienke\nEmscher Sparkasse, Filiale Hörde"
    )
    ics = cal(
        "PRODID:-//Emscher Sparkasse//Terminvereinbarung//DE\nVERSION:2.0\nMETHOD:PUBLISH",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261203T152000Z
DTSTART;TZID=Europe/Berlin:20261212T100000
DTEND;TZID=Europe/Berlin:20261212T113000
SUMMARY:Beratungsgespräch Baufinanzierung – Emscher Sparkasse
DESCRIPTION:{esc(desc)}
LOCATION:Filiale Hörde\\, Faßstraße 4\\, 44263 Dortmund
ORGANIZER;CN=Tobias Wienke:mailto:tobias.wienke@emscher-sparkasse.de
END:VEVENT
""",
    )
    return Ev("personal-bank-de", "de", ics, uid, 0, trap="personal-bank-advisor-de", tool="bank portal")


def consulate_pl() -> Ev:
    uid = "A8B7C6D5-E4F3-4A2B-9C1D-0E9F8A7B6C5D"
    ics = _apple(uid, "Konsulat RP Kolonia – odbiór paszportu", "20270108T090000", "20270108T100000",
                 "Konsulat Generalny RP, Kolonia", "Zabrać stary paszport + potwierdzenie wniosku. Pociąg 7:12!")
    return Ev("personal-consulate-pl", "pl", ics, uid, 0, trap="personal-consulate-pl", tool="Apple iOS")


def kita() -> Ev:
    uid = "kita-sonnenblume-eg-2027-02-kowalska@kita-sonnenblume.de"
    ics = _apple(uid, "Entwicklungsgespräch Kita Sonnenblume (Zofia)", "20270210T161500", "20270210T170000",
                 "Kita Sonnenblume, Gruppe Marienkäfer", "Mit Frau Demir (Erzieherin). Portfolio anschauen.", tz=True)
    return Ev("personal-kita-de", "de", ics, uid, 0, trap="personal-school-de", tool="Apple iOS")


def jour_fixe_recurring() -> Ev:
    uid = ("040000008200E00074C5B7101A82E00800000000409A7C3E1B62DB01000000000000000010000000"
           "99887766554433221100FFEEDDCCBBAA")
    head = f"""ORGANIZER;CN="Thiele, Bernd":mailto:b.thiele@ruhrlog-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kowalska, Marta":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hellwig, Jörg":mailto:j.hellwig@ruhrlog-spedition.de"""
    desc = "Agenda: Krankenstand, Überstunden, Schichtpläne KW+1, offene Punkte Arbeitssicherheit."
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
{head}
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=1
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Jour fixe Lagerleitung / Schichtleiter
DTSTART;TZID=W. Europe Standard Time:20261207T073000
DTEND;TZID=W. Europe Standard Time:20261207T081500
CLASS:PUBLIC
DTSTAMP:20261120T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Standortleitung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
{head}
DESCRIPTION;LANGUAGE=de-DE:Wegen Inventur auf Dienstag verschoben. {esc(desc)}
RECURRENCE-ID;TZID=W. Europe Standard Time:20261228T073000
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Jour fixe Lagerleitung / Schichtleiter (verschoben)
DTSTART;TZID=W. Europe Standard Time:20261229T073000
DTEND;TZID=W. Europe Standard Time:20261229T081500
CLASS:PUBLIC
DTSTAMP:20261218T080000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Büro Standortleitung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    )
    return Ev("internal-recurring-override-de", "de", ics, uid, 0, trap="internal-recurring-override-de",
              tool="Exchange")


def kpi_review() -> Ev:
    uid = "5b8e2d0a-7c41-4f93-a6e2-1d9b3f5c7e08@ruhrlog-spedition.de"
    desc = (
        "Hallo zusammen,\n\nQuartalsreview Wareneingang: Dock-to-Stock-Zeit, Fehlerquote, Leergutbestand. "
        "Marta bitte kurz die Zahlen aus dem WMS vorstellen.\n\n"
        + teams("de", "318 226 459 704", "Kp2wS6", "NGU0ZjY1ZjAtZGU1Ni00MWNkLWEyMDgtYWU5ZGE0MzNhN2Rl")
    )
    ics = cal(
        OUTLOOK16,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ATTENDEE;CN="Kowalska, Marta";RSVP=TRUE:mailto:{WORK}
ATTENDEE;CN="Hellwig, Jörg";RSVP=TRUE:mailto:j.hellwig@ruhrlog-spedition.de
CLASS:PUBLIC
CREATED:20261215T100000Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="W. Europe Standard Time":20270107T110000
DTSTAMP:20261215T100000Z
DTSTART;TZID="W. Europe Standard Time":20270107T100000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Thiele, Bernd":mailto:b.thiele@ruhrlog-spedition.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:KPI-Review Q4 Wareneingang
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
""",
    )
    return Ev("internal-kpi-de", "de", ics, uid, 0, trap="internal-meeting-de", tool="Outlook")


def appraisal() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000050AB8D4F2C73DB01000000000000000010000000"
           "0123456789ABCDEF0123456789ABCDEF")
    desc = "Jahresgespräch 2026: Zielerreichung, Ziele 2027, Weiterbildung (Lean-Schulung?), Gehaltsanpassung."
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ORGANIZER;CN="Thiele, Bernd":mailto:b.thiele@ruhrlog-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalska, Marta":mailto:{WORK}
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch / Jahresgespräch – Marta Kowalska
DTSTART;TZID=W. Europe Standard Time:20261217T080000
DTEND;TZID=W. Europe Standard Time:20261217T093000
CLASS:PRIVATE
DTSTAMP:20261201T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Standortleitung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    )
    return Ev("appraisal-de", "de", ics, uid, 0, trap="own-appraisal-de", tool="Exchange")


def exit_interview() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000060BC9E5A3D84DB01000000000000000010000000"
           "FEDCBA9876543210FEDCBA9876543210")
    desc = (
        "Hallo Marta,\n\nwie bei allen Austritten führen wir ein kurzes Exit-Interview (ca. 30 Min.): "
        "Gründe für den Wechsel, was können wir besser machen, Übergabe und Resturlaub. Alles vertraulich.\n\n"
        "Viele Grüße\nSandra"
    )
    ics = cal(
        EXCHANGE,
        TZ_WEU,
        f"""
BEGIN:VEVENT
ORGANIZER;CN="Pohl, Sandra":mailto:s.pohl@ruhrlog-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalska, Marta":mailto:{WORK}
DESCRIPTION;LANGUAGE=de-DE:{esc(desc)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:Exit-Interview Marta Kowalska
DTSTART;TZID=W. Europe Standard Time:20270324T130000
DTEND;TZID=W. Europe Standard Time:20270324T133000
CLASS:PRIVATE
DTSTAMP:20270301T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Personal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""",
    )
    return Ev("exit-interview-de", "de", ics, uid, 0, trap="own-exit-interview-de", tool="Exchange")


def coffee_de() -> Ev:
    uid = "C0FFEE12-3456-4789-ABCD-EF0123456789"
    ics = _apple(uid, "Kaffee mit Daniel Hübner", "20261219T110000", "20261219T123000",
                 "Café Kleinmann, Dortmund",
                 "Ex-Kollege, jetzt S&OP bei Kestner Retail. Fragen: Wechsel in die Planung? Wie ist das Team?",
                 tz=True)
    return Ev("coffee-chat-de", "de", ics, uid, 0, trap="informational-coffee-chat-de", tool="Apple iOS")


EVENTS = [
    mock_friend_pl,
    mock_coach_calendly,
    ihk_webinar,
    user_research_en,
    press_de,
    podcast_de,
    dentist,
    bank,
    consulate_pl,
    kita,
    jour_fixe_recurring,
    kpi_review,
    appraisal,
    exit_interview,
    coffee_de,
]
