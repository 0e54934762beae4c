"""holdout76: negatives that are not the user's own interview (part A). Raw iCalendar, CC0 1.0."""

from __future__ import annotations

from holdout76ev_ics import TZ_BERLIN, TZ_WIN, alarm, ev, meet, outlook_x, teams, zoom


def neg(trap: str) -> tuple:
    return (0, "", "", "", "", trap)


EVENTS = [
    ev("mock-interview-coach-de", r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251025T101200Z
DTSTART:20251101T080000Z
DTEND:20251101T093000Z
SUMMARY:Mock-Interview Head of Supply Chain – Kenji Watanabe (Coaching Sitzung 3)
UID:zoom-87730219965-20251101T080000Z
DESCRIPTION:{D}
LOCATION:https://us06web.zoom.us/j/87730219965?pwd=Q2x310775aUt4dz09
ORGANIZER;CN=Ingrid Vogel:mailto:ingrid@vogel-karrierecoaching.de
ATTENDEE;CN=Kenji Watanabe;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
END:VEVENT
END:VCALENDAR
""", neg("mock-interview-coach-de"), D="""
Lieber Herr Watanabe,

wie besprochen simulieren wir in unserer dritten Sitzung ein komplettes Interview für eine Head-of-Supply-Chain-
Position (Geschäftsführer-Gespräch, 45 Min.), mit Videoaufzeichnung und anschließendem Feedback. Denken Sie an
Ihre drei STAR-Beispiele zu Krisenmanagement.

Herzliche Grüße
Ingrid Vogel | Karrierecoaching für Fach- und Führungskräfte

""" + zoom("de", "877 3021 9965", "310775")),
    ev("mock-interview-friend-en", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251021T183000Z
DTEND:20251021T193000Z
DTSTAMP:20251019T090104Z
ORGANIZER;CN=Daniel Kühn:mailto:daniel.kuehn78@gmail.com
UID:0ps3kr7gq5n1d9m2vbe8hct4ja@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251019T090103Z
DESCRIPTION:{D}
LAST-MODIFIED:20251019T090104Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Practice interview in English – Head of SCM questions
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", neg("mock-interview-friend-en"), D="""
Kenji, as promised I'll play the tough Swedish VP :) I'll grill you on inventory write-offs and the 2021 chip
crisis, all in English. Beer afterwards is on you.
Daniel

""" + meet("en", "dqp-wnse-kfo", "406117293")),
    ev("webinar-interview-skills-de", r"""
BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-7741029385511-4418207@goto.com
DTSTAMP:20251014T120000Z
DTSTART:20251023T170000Z
DTEND:20251023T180000Z
SUMMARY:Webinar: Souverän im Vorstellungsgespräch – Strategien für Führungskräfte
ORGANIZER;CN=Karriereakademie Süd:mailto:webinare@karriereakademie-sued.de
LOCATION:Online (GoTo Webinar)
DESCRIPTION:{D}
END:VEVENT
END:VCALENDAR
""", neg("webinar-interview-skills-de"), D="""
Vielen Dank für Ihre Anmeldung, Kenji Watanabe!

Webinar: Souverän im Vorstellungsgespräch – Strategien für Führungskräfte
Referentin: Dr. Meike Sander, Executive Coach
Inhalte: typische Fragen im Geschäftsführer-Interview, Gehaltsverhandlung, Umgang mit Stressfragen, Q&A

Teilnahme-Link: https://attendee.gotowebinar.com/join/7741029385511/4418207
"""),
    ev("ihk-class-structured-interviews-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-antriebe.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000C7F1A9E3D60BDC01000000000000000010000000B2E8D4A0F6C3195E
 3A7D1C5F9B0E2846
SUMMARY;LANGUAGE=de-DE:IHK-Seminar: Auswahlgespräche strukturiert und rechtssicher führen
DTSTART;VALUE=DATE:20251030
DTEND;VALUE=DATE:20251031
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T140210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:IHK Region Stuttgart\, Jägerstraße 30\, 70174 Stuttgart
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""", neg("class-about-interviewing-de"), D="""
Tagesseminar 9–17 Uhr, Anmeldung bestätigt (Kostenstelle 4410).
Inhalte: Anforderungsprofil, strukturiertes Interview, Beurteilungsfehler, AGG-Fallstricke bei Fragen an Bewerber.
Ab 1.11. wieder im Büro.
"""),
    ev("user-research-interview-en", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:3a19c6e8-72d4-4bf0-8e51-0c9d7a2b4f63
DTSTAMP:20251104T081900Z
DTSTART:20251107T130000Z
DTEND:20251107T133000Z
SUMMARY:Customer interview – CargoPilot TMS research between Hannah Okoye and Kenji Watanabe
ORGANIZER;CN=Hannah Okoye:mailto:hannah.okoye@cargopilot.io
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=ACCEPTED:mailto:k.watanabe@neckartal-antriebe.de
LOCATION:https://us06web.zoom.us/j/81204477310
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", neg("user-research-interview-en"), D="""
Event Name: Customer interview – CargoPilot TMS research (30 min)

Thanks for helping us improve CargoPilot! In this user research session we'd like to learn how your dispatch team
plans inbound milk runs today and where our tender module slows you down. As a thank-you we'll send a EUR 50
voucher. The session will be recorded for internal research only.

Hannah Okoye, Senior UX Researcher, CargoPilot
Powered by Calendly.com
"""),
    ev("press-interview-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Keller, Miriam (Unternehmenskommunikation)":mailto:m.keller@neckartal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-
 antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jörg Wendland:mailto:j.wendland@logistikpraxis-
 magazin.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000D9A3F7C1B42CDC0100000000000000001000000058B1E6D2A9F4037C
 E0C4A8F2D6B1957A
SUMMARY;LANGUAGE=de-DE:Interview LogistikPraxis – Halbleiterengpässe und resiliente Lieferketten
DTSTART;TZID=W. Europe Standard Time:20251120T110000
DTEND;TZID=W. Europe Standard Time:20251120T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
{RAW_X}
END:VEVENT
END:VCALENDAR
""", neg("press-interview-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "730045981"), D="""
Hallo Kenji,

Herr Wendland von der LogistikPraxis möchte dich für die Februar-Ausgabe zum Thema Halbleiterengpässe interviewen
(ca. 30 Min., Zitate gehen vor Veröffentlichung zur Freigabe an uns). Ich bin als Pressestelle dabei.

Miriam

""" + teams("de", "393 120 554 806", "Lp6Hw2", "ODI1YjZh")),
    ev("podcast-recording-de", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251203T170000Z
DTEND:20251203T180000Z
DTSTAMP:20251118T103001Z
ORGANIZER;CN=Lieferkette live Podcast:mailto:hallo@lieferkette-live.de
UID:7bq1mf4u0ks8a2dh6tc9re3vnl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251118T103000Z
DESCRIPTION:{D}
LAST-MODIFIED:20251118T103001Z
LOCATION:https://riverside.fm/studio/lieferkette-live
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Aufnahme „Lieferkette live" – Folge 48 mit Kenji Watanabe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", neg("podcast-interview-de"), D="""
Hallo Kenji,

danke, dass du bei Folge 48 dabei bist! Thema: „Japanische Lieferantenkultur trifft schwäbischen Mittelstand".
Bitte mit Kopfhörern und kabelgebundenem Internet; wir nehmen in Riverside auf, Dauer ca. 50 Minuten.

Bis dann, Carsten & Elena
"""),
    ev("doctolib-pediatrician-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Calendar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-9918273645@doctolib.de
DTSTAMP:20251006T193300Z
DTSTART:20251112T070000Z
DTEND:20251112T073000Z
SUMMARY:Termin bei Dr. med. Claudia Reiß – U9 Vorsorgeuntersuchung (Hana Watanabe)
LOCATION:Kinderarztpraxis Dr. Reiß\, Marktplatz 7\, 73207 Plochingen
DESCRIPTION:{D}
END:VEVENT
END:VCALENDAR
""", neg("doctor-appointment-de"), D="""
Ihr Termin bei Dr. med. Claudia Reiß, Fachärztin für Kinder- und Jugendmedizin, ist bestätigt.
Bitte bringen Sie das gelbe Untersuchungsheft, den Impfpass und die Versichertenkarte mit.
Termin verwalten: https://www.doctolib.de/appointments
"""),
    ev("own-school-evening-floating-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender 3.1//DE
BEGIN:VEVENT
UID:gmx-1ac7e39b04d2458f9e61b8c0d3f7a254
DTSTAMP:20251001T181012Z
DTSTART:20251015T193000
DTEND:20251015T210000
SUMMARY:Elternabend Klasse 3b
LOCATION:Grundschule am Kastanienhof\, Raum 12
DESCRIPTION:{D}
END:VEVENT
END:VCALENDAR
""", neg("school-parents-evening-de"), D="""
Themen: Schullandheim Mai, Elternbeirat wählen. Yuki kann nicht → ich gehe.
"""),
    ev("finanzamt-appointment-de", r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
CREATED:20251020T200011Z
LAST-MODIFIED:20251020T200119Z
DTSTAMP:20251020T200119Z
UID:5e0b2f71-9c4a-4d83-a1e6-7f3b8c9d2e40
SUMMARY:Finanzamt Esslingen – Rückfragen ESt 2024 (Fr. Wörner)
DTSTART;TZID=Europe/Berlin:20251106T090000
DTEND;TZID=Europe/Berlin:20251106T093000
LOCATION:Finanzamt Esslingen\, Entengrabenstr. 11\, Zimmer 214
DESCRIPTION:{D}
X-MOZ-GENERATION:1
{RAW_ALARM}
END:VEVENT
END:VCALENDAR
""", neg("tax-office-appointment-de"), RAW_TZ=TZ_BERLIN, RAW_ALARM=alarm(60, "Default Mozilla Description"), D="""
Belege Arbeitszimmer + doppelte Haushaltsführung 2024 mitnehmen, Steuer-ID, Bescheid vom 12.9.
"""),
    ev("bank-mortgage-advice-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Neckarsparkasse//Online-Terminvereinbarung//DE
METHOD:PUBLISH
{RAW_TZ}
BEGIN:VEVENT
UID:nsk-termin-20251118-6621043@neckarsparkasse.de
DTSTAMP:20251109T150500Z
DTSTART;TZID=Europe/Berlin:20251118T173000
DTEND;TZID=Europe/Berlin:20251118T183000
SUMMARY:Beratungsgespräch Baufinanzierung – Neckarsparkasse
LOCATION:Neckarsparkasse Filiale Plochingen\, Bahnhofstraße 4
DESCRIPTION:{D}
END:VEVENT
END:VCALENDAR
""", neg("bank-appointment-de"), RAW_TZ=TZ_BERLIN, D="""
Sehr geehrter Herr Watanabe,

wir bestätigen Ihren Termin zur Baufinanzierungsberatung mit Herrn Thomas Gerlach.
Bitte bringen Sie die letzten drei Gehaltsabrechnungen, den Arbeitsvertrag und das Exposé der Immobilie mit.

Ihre Neckarsparkasse
"""),
    ev("consulate-passport-ja", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6.1//EN
CALSCALE:GREGORIAN
{RAW_TZ}
BEGIN:VEVENT
CREATED:20251008T120233Z
DTEND;TZID=Europe/Berlin:20251119T103000
DTSTAMP:20251008T120301Z
DTSTART;TZID=Europe/Berlin:20251119T100000
LAST-MODIFIED:20251008T120301Z
LOCATION:在フランクフルト日本国総領事館\, Friedrich-Ebert-Anlage 49\, Frankfurt
DESCRIPTION:{D}
SEQUENCE:0
SUMMARY:パスポート更新（総領事館）
TRANSP:OPAQUE
UID:9D4F2B71-0C8E-4A63-B5D9-E17A3C6F0824
END:VEVENT
END:VCALENDAR
""", neg("consulate-passport-ja"), RAW_TZ=TZ_BERLIN, D="""
旧パスポート、戸籍謄本、写真1枚を持参。受け取りは約1週間後。
"""),
    ev("family-video-call-weekly-ja", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:家族
X-WR-TIMEZONE:Europe/Berlin
{RAW_TZ}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251005T110000
DTEND;TZID=Europe/Berlin:20251005T120000
RRULE:FREQ=WEEKLY;BYDAY=SU
DTSTAMP:20251001T090000Z
UID:6rk1fa9q3ue0c7ls2bm8tdp5hv@google.com
CREATED:20250928T210000Z
DESCRIPTION:{D}
LAST-MODIFIED:20250928T210000Z
LOCATION:LINE ビデオ通話
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:お母さんとビデオ通話
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", neg("family-video-call-ja"), RAW_TZ=TZ_BERLIN, D="""
日本時間 19時（冬時間は18時）。花ちゃんも一緒に。
"""),
    ev("internal-sop-meeting-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schmid, Tobias":mailto:t.schmid@neckartal-antri
 ebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bauer, Anna":mailto:a.bauer@neckartal-antriebe
 .de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Schäfer, Dr. Andreas":mailto:a.schaefer@necka
 rtal-antriebe.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000E8B2D6F0A93CDC01000000000000000010000000F1C7A3E9B5D0264F
 8B3E1D7A0C6F2495
SUMMARY;LANGUAGE=de-DE:S&OP November – Demand Review / Supply Review
DTSTART;TZID=W. Europe Standard Time:20251117T130000
DTEND;TZID=W. Europe Standard Time:20251117T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T071500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:PLO Geb.1 Raum Neckar / Teams
{RAW_X}
END:VEVENT
END:VCALENDAR
""", neg("internal-sop-meeting-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-288014567"), D="""
Agenda: Forecast-Abweichungen OEM-Abrufe KW 44–46, Engpass Elektronik (Anna), Kapazität Härterei, Bestände
Q4-Ziel, Entscheidungen für das Management-S&OP am 24.11.
"""),
    ev("supplier-audit-allday-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:k.watanabe@neckartal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brückner, Heike (QS)":mailto:h.brueckner@neck
 artal-antriebe.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=info@kolb-giesstechnik.de:mailto:info@kolb-gies
 stechnik.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E008000000003D9F5B1E74CCDC010000000000000000100000002A6E0C4F8B3D1957
 D5A9C3E7F1B0486C
SUMMARY;LANGUAGE=de-DE:Lieferantenaudit VDA 6.3 – Kolb Gießtechnik
DTSTART;VALUE=DATE:20251125
DTEND;VALUE=DATE:20251126
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kolb Gießtechnik GmbH\, Schwäbisch Gmünd
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""", neg("supplier-audit-de"), D="""
Prozessaudit nach VDA 6.3 (P5 Lieferantenmanagement, P6 Prozessanalyse Serienfertigung), Interviews mit
Fertigungsleitung und Logistik vor Ort, Abschlussbesprechung 15:30. Abfahrt 7:00 ab Werk.
"""),
]
