"""holdout204 negatives: personal life and interview look-alikes (part 1)."""

from holdout204ev_tz import TZ_VIENNA, ev

EVENTS = [
    ev(
        "elternsprechtag",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:F1A2B3C4-D5E6-4F7A-8B9C-0D1E2F3A4B5C
DTSTAMP:20251105T200000Z
DTSTART;TZID=Europe/Vienna:20251120T171500
DTEND;TZID=Europe/Vienna:20251120T173000
SUMMARY:Elternsprechtag Lea – Fr. Prof. Strohmaier (M)
LOCATION:BG/BRG Kirchengasse
DESCRIPTION:danach 17:40 Englisch Hr. Mag. Url\nZeugnis-Gespräch\, Schularbe
 it Nachschreiben?
END:VEVENT
END:VCALENDAR
""",
        uid="F1A2B3C4-D5E6-4F7A-8B9C-0D1E2F3A4B5C",
        trap="school-parent-teacher-day",
        lf=True,
    ),
    ev(
        "zahnarzt",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251015T073000Z
DTEND:20251015T080000Z
DTSTAMP:20251001T100000Z
UID:0a3d6g9j2m5p8s1v4y7b0e3h6k@google.com
SUMMARY:Zahnarzt Dr. Kienreich – Mundhygiene
LOCATION:Herrengasse 7\, Graz
DESCRIPTION:Termin über Doctena gebucht\, e-card mit
END:VEVENT
END:VCALENDAR
""",
        uid="0a3d6g9j2m5p8s1v4y7b0e3h6k@google.com",
        trap="dentist-appointment",
    ),
    ev(
        "bergwandern",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:A2B3C4D5-E6F7-4A8B-9C0D-1E2F3A4B5C6D
DTSTAMP:20251001T190000Z
DTSTART;VALUE=DATE:20251011
DTEND;VALUE=DATE:20251012
SUMMARY:Bergwandern Hochschwab 🥾
DESCRIPTION:mit Gabi + Thomas\, 6:30 ab Graz\, Seewiesen -> Voisthaler Hütte
 \nJause + Stirnlampe
END:VEVENT
END:VCALENDAR
""",
        uid="A2B3C4D5-E6F7-4A8B-9C0D-1E2F3A4B5C6D",
        trap="all-day-hiking",
        lf=True,
    ),
    ev(
        "finanzamt",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BMF//Terminvereinbarung Finanzamt Österreich//DE
METHOD:PUBLISH
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:fa-termin-20251203-0915-61-graz@bmf.gv.at
DTSTAMP:20251120T081500Z
DTSTART;TZID=Europe/Vienna:20251203T091500
DTEND;TZID=Europe/Vienna:20251203T093000
SUMMARY:Termin Finanzamt Österreich – Dienststelle Graz-Stadt
LOCATION:Conrad-von-Hötzendorf-Straße 14-18\, 8010 Graz
DESCRIPTION:Anliegen: Arbeitnehmer/innenveranlagung – Rückfragen (Pendlerpau
 schale\, Kinderbetreuungskosten)\nBitte Lichtbildausweis und Unterlagen mitn
 ehmen.
END:VEVENT
END:VCALENDAR
""",
        uid="fa-termin-20251203-0915-61-graz@bmf.gv.at",
        trap="tax-office-appointment",
    ),
    ev(
        "probe-hearing-coach",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251027T190000Z
DTSTART:20251031T170000Z
DTEND:20251031T183000Z
SUMMARY:Probe-Hearing Stationsleitung – Coaching Verena P.
UID:20251027T190000Z-88120044713@fe80:0:0:0:4b1:9aff:fe22:3c10eth0
DESCRIPTION:Bettina Ortner lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nZ
 oom-Meeting beitreten\nhttps://us05web.zoom.us/j/88120044713\n\n---\nWir sp
 ielen das Hearing KFL einmal komplett durch: Präsentation 100 Tage\, dann st
 elle ich die typischen Kommissionsfragen (Konfliktfall\, Dienstplan\, Budget)
 . Feedback danach. – Bettina (Karrierecoaching Gesundheitsberufe)
LOCATION:https://us05web.zoom.us/j/88120044713
ORGANIZER;CN=Bettina Ortner:mailto:coaching@ortner-karriere.at
END:VEVENT
END:VCALENDAR
""",
        uid="20251027T190000Z-88120044713@fe80:0:0:0:4b1:9aff:fe22:3c10eth0",
        trap="mock-hearing-with-coach",
    ),
    ev(
        "webinar-bewerbung",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c0a8f1e2-webinar-oegkv-2025-11@gotowebinar.com
DTSTAMP:20251101T120000Z
DTSTART:20251113T170000Z
DTEND:20251113T183000Z
SUMMARY:ÖGKV-Webinar: Souverän im Hearing – Bewerbung für Leitungsfunktionen in der Pflege
DESCRIPTION:Vielen Dank für Ihre Anmeldung!\n\nInhalte: Ablauf von Hearings
  und Auswahlgesprächen für Stationsleitungen\, typische Fragen\, Selbstpräse
 ntation\, Gehaltsverhandlung.\nReferentin: Mag.a Dr.in Claudia Pfeifer\n\nTei
 lnehmen: https://attendee.gotowebinar.com/join/4471120938471726\nWebinar-ID:
  447-112-093\n\nÖsterreichischer Gesundheits- und Krankenpflegeverband
ORGANIZER;CN=ÖGKV Bildung:mailto:noreply@gotowebinar.com
ATTENDEE;CN=Verena Pichler;PARTSTAT=ACCEPTED:mailto:verena.pichler86@aon.at
LOCATION:GoTo Webinar
END:VEVENT
END:VCALENDAR
""",
        uid="c0a8f1e2-webinar-oegkv-2025-11@gotowebinar.com",
        trap="webinar-about-hearings-gotowebinar",
    ),
    ev(
        "podcast-aufnahme",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260124T090000Z
DTEND:20260124T103000Z
DTSTAMP:20260110T180000Z
ORGANIZER;CN=Pflege im Gespräch Podcast:mailto:redaktion.pflegeimgespraech@gmail.com
UID:3c6f9i2l5o8r1u4x7a0d3g6j9m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=verena.
 pichler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION:Aufnahme Folge 48: „Nachtdienst auf der Interne – wie lange noch
 ?“ Interview mit DGKP Verena Pichler. Riverside-Link: https://riverside.fm/s
 tudio/pflege-im-gespraech\nBitte Headset\, ruhiger Raum.
LOCATION:https://riverside.fm/studio/pflege-im-gespraech
SUMMARY:Podcast-Interview „Pflege im Gespräch“ (Aufnahme)
END:VEVENT
END:VCALENDAR
""",
        uid="3c6f9i2l5o8r1u4x7a0d3g6j9m@google.com",
        trap="podcast-interview-guest",
    ),
    ev(
        "masterarbeit-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251202T170000Z
DTEND:20251202T174500Z
DTSTAMP:20251125T090000Z
ORGANIZER;CN=Theresa Kollmann:mailto:theresa.kollmann@edu.uni-graz.at
UID:5e8h1k4n7q0t3w6z9c2f5i8l1o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=verena.
 pichler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION:Liebe Verena\, danke fürs Mitmachen! Leitfadeninterview für meine
  Masterarbeit (Pflegewissenschaft\, Med Uni Graz) zum Thema „Berufsverbleib
  diplomierter Pflegepersonen im Akutbereich“. Dauer ca. 45 Min.\, wird aufg
 ezeichnet und anonymisiert\, Einverständniserklärung schicke ich vorab.\nMee
 t: https://meet.google.com/bdx-ktqp-zwr
SUMMARY:Interview Masterarbeit – Berufsverbleib Pflege
END:VEVENT
END:VCALENDAR
""",
        uid="5e8h1k4n7q0t3w6z9c2f5i8l1o@google.com",
        trap="research-interview-as-participant",
    ),
    ev(
        "mikrozensus",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:B4C5D6E7-F8A9-4B0C-8D1E-2F3A4B5C6D7E
DTSTAMP:20260112T190000Z
DTSTART:20260114T183000
DTEND:20260114T190000
SUMMARY:Statistik Austria Telefoninterview (Mikrozensus)
DESCRIPTION:Fr. Gruber ruft an\, Haushalts-Nr. auf dem Brief (Schublade Flur
 )\nFragen zu Arbeit/Arbeitszeit
END:VEVENT
END:VCALENDAR
""",
        uid="B4C5D6E7-F8A9-4B0C-8D1E-2F3A4B5C6D7E",
        trap="official-survey-telephone-interview",
        lf=True,
    ),
    ev(
        "infokaffee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_VIENNA + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20251004T100000
DTEND;TZID=Europe/Vienna:20251004T113000
DTSTAMP:20250929T200000Z
ORGANIZER;CN=Doris Maierhofer:mailto:doris.maierhofer@gmx.at
UID:7g0j3m6p9s2v5y8b1e4h7k0n3q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=verena.
 pichler86@aon.at:mailto:verena.pichler86@aon.at
DESCRIPTION:Kaffee & Fragen zur SL-Rolle :) Ich erzähl dir\, wie mein erstes
  Jahr als Stationsleitung auf der Kardio war und was ich anders machen würde
 . Keine Stelle bei uns frei\, aber gern Tipps fürs Hearing.
LOCATION:Café Sorger\, Sporgasse
SUMMARY:Kaffee Doris – SL-Erfahrungen
END:VEVENT
END:VCALENDAR
""",
        uid="7g0j3m6p9s2v5y8b1e4h7k0n3q@google.com",
        trap="informational-coffee-no-vacancy",
    ),
    ev(
        "karrieremesse",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251107
DTEND;VALUE=DATE:20251108
DTSTAMP:20251015T180000Z
UID:9i2l5o8r1u4x7a0d3g6j9m2p5s@google.com
DESCRIPTION:Karrieremesse Pflege & Gesundheit\, Messe Wien Halle D\, 10-17 U
 hr. Stände: WIGEV\, Vinzenz\, SALK\, Schweizer Spitäler (!)\, Lebenslauf 5x
  ausdrucken. Zug 7:25.
LOCATION:Messe Wien
SUMMARY:Jobmesse Pflege Wien
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        uid="9i2l5o8r1u4x7a0d3g6j9m2p5s@google.com",
        trap="careers-fair-all-day",
    ),
]
