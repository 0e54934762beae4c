# ruff: noqa: E501
"""holdout244 events, part B: the user's own interviews (multi-round processes H-N)."""
from holdout244ev_a import interview
from holdout244ev_zones import (
                                BERLIN,
                                CENTRAL,
                                GOOGLE_FOOTER,
                                UTC1_EN,
                                VIENNA,
                                WEST,
                                ZURICH,
                                fold,
                                outlook_tz,
                                teams,
                                zoom,
)

EVENTS = []

# H1 Klinik Seeholz (Swiss-German clinic, Küsnacht ZH): video interview, English-named Outlook zone
EVENTS.append(interview(
    "outlook-swiss-video-interview",
    "040000008200E00074C5B7101A82E00800000000E1C2A3B4ED9CDC010000000000000000100000004D2C1B0A9F8E7D6C5B4A39281706F5E4",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{outlook_tz(UTC1_EN)}
BEGIN:VEVENT
ORGANIZER;CN="Kälin Nadja":mailto:nadja.kaelin@klinik-seeholz.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Baumgartner Reto":mailto:reto.baumgartner@klinik-seeholz.ch
DESCRIPTION;LANGUAGE=de-CH:Grüezi Frau Dr. Haas\n\nBesten Dank für Ihre Bewerbung als Leitende Psychologin Psychosomatik (80-100 %). Gerne laden wir Sie zu einem ersten Bewerbungsgespräch per Video ein. Seitens Klinik Seeholz nehmen Dr. phil. Reto Baumgartner (Chefpsychologe) und ich teil.\n\nBitte beachten Sie\, dass für eine Tätigkeit in der Schweiz die Anerkennung Ihres Diploms durch die PsyKo erforderlich ist\; das besprechen wir gerne im Gespräch.\n\nFreundliche Grüsse\nNadja Kälin\nHR Business Partnerin\nKlinik Seeholz AG\, Seestrasse 211\, 8700 Küsnacht\n\n{teams('de', 'NGFiNmU0ODgtMmQ1', '384 220 951 376', 'Zu9eR4')}\n
UID:040000008200E00074C5B7101A82E00800000000E1C2A3B4ED9CDC010000000000000000100000004D2C1B0A9F8E7D6C5B4A39281706F5E4
SUMMARY;LANGUAGE=de-CH:Bewerbungsgespräch Leitende Psychologin Psychosomatik – Dr. M. Haas
DTSTART;TZID="{UTC1_EN}":20260220T140000
DTEND;TZID="{UTC1_EN}":20260220T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T130955Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Klinik Seeholz", "Leitende Psychologin Psychosomatik", "hiring_manager",
    "nadja.kaelin@klinik-seeholz.ch;reto.baumgartner@klinik-seeholz.ch", "swiss-german-gruesse-hr-organizer-also-interviews"))

# H2 Klinik Seeholz: Schnuppertag (Swiss word for trial day), Zurich zone, sent by the clinic's calendar
EVENTS.append(interview(
    "swiss-schnuppertag-ics",
    "20260312-schnuppertag-haas-7731@klinik-seeholz.ch",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Klinik Seeholz AG//Personaladministration//DE
METHOD:PUBLISH
{ZURICH}
BEGIN:VEVENT
UID:20260312-schnuppertag-haas-7731@klinik-seeholz.ch
DTSTAMP:20260226T101500Z
DTSTART;TZID=Europe/Zurich:20260312T080000
DTEND;TZID=Europe/Zurich:20260312T163000
SUMMARY:Schnuppertag Klinik Seeholz – Frau Dr. Haas
LOCATION:Klinik Seeholz AG\, Seestrasse 211\, 8700 Küsnacht (Empfang Haus A)
DESCRIPTION:Programm Schnuppertag:\n08:00 Rapport Station Seeblick mit Dr. Reto Baumgartner\n09:30 Teilnahme Gruppentherapie (Achtsamkeit)\n11:00 Gespräch mit der Pflegeleitung\n12:15 Mittagessen mit dem Psychologie-Team\n14:00 Fallbesprechung\n15:30 Abschlussgespräch Dr. Baumgartner / Nadja Kälin (HR)\n\nDie Reisekosten ab Wien werden übernommen. Bitte Badge beim Empfang abholen.
ORGANIZER;CN=Reto Baumgartner:mailto:reto.baumgartner@klinik-seeholz.ch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Klinik Seeholz", "", "onsite",
    "reto.baumgartner@klinik-seeholz.ch", "swiss-schnuppertag-publish-programme"))

# I1 Mindcare Österreich (Austrian EAP provider): Calendly booking, UTC
EVENTS.append(interview(
    "calendly-kennenlernen",
    "calendly-7e4a9c2f-1b83-4d6e-a5f0-c2d19e8b3a71",
    fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-7e4a9c2f-1b83-4d6e-a5f0-c2d19e8b3a71
DTSTAMP:20260122T151202Z
DTSTART:20260129T083000Z
DTEND:20260129T090000Z
SUMMARY:Kennenlerngespräch Bewerbung (30 Min) zwischen Sabine Leitgeb und Magdalena Haas
ORGANIZER;CN=Sabine Leitgeb:mailto:s.leitgeb@mindcare.at
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Sabine Leitgeb;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.leitgeb@mindcare.at
LOCATION:Telefonat – Sabine ruft Sie an
DESCRIPTION:Event Name: Kennenlerngespräch Bewerbung (30 Min)\n\nLocation: Telefonat – Sabine ruft Sie an: +436763309182\n\nQuestions:\nFür welche Stelle bewerben Sie sich?\nPsychologische Beraterin / Klinische Psychologin Mitarbeiterberatung (EAP)\, 25-30h\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/7e4a9c2f-1b83-4d6e-a5f0-c2d19e8b3a71\nReschedule: https://calendly.com/reschedulings/7e4a9c2f-1b83-4d6e-a5f0-c2d19e8b3a71\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Mindcare Österreich", "Psychologische Beraterin / Klinische Psychologin Mitarbeiterberatung (EAP)", "recruiter_screen",
    "s.leitgeb@mindcare.at", "calendly-invitee-side-phone-screen"))

# I2 Mindcare: Fachgespräch with crisis role play, Google Meet invite
EVENTS.append(interview(
    "google-meet-role-play",
    "0u2v8x4k6m1p9q3r5s7t0w2y4a@google.com",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260213T140000
DTEND;TZID=Europe/Vienna:20260213T151500
DTSTAMP:20260204T112845Z
ORGANIZER;CN=Daniel Pfeifer:mailto:d.pfeifer@mindcare.at
UID:0u2v8x4k6m1p9q3r5s7t0w2y4a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Daniel Pfeifer;X-NUM-GUESTS=0:mailto:d.pfeifer@mindcare.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sabine Leitgeb;X-NUM-GUESTS=0:mailto:s.leitgeb@mindcare.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at;X-NUM-GUESTS=0:mailto:magdalena.haas@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/gpw-hzkd-rne
CREATED:20260204T112840Z
DESCRIPTION:Liebe Frau Haas\,\n\nwie besprochen: Fachgespräch mit mir (fachliche Leitung Mitarbeiterberatung) inkl. kurzem Rollenspiel – telefonische Krisenintervention (Anruferin nach Überfall in einer Bankfiliale\, akute Belastungsreaktion). Danach Fragen zu Dokumentation und Weitervermittlung. Sabine Leitgeb ist für die Rahmenbedingungen dabei.\n\nLG Daniel Pfeifer\n\nJoin with Google Meet: https://meet.google.com/gpw-hzkd-rne\nJoin by phone\n(AT) +43 1 2535 9021 PIN: 903 118 462#\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260204T112845Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fachgespräch + Rollenspiel Krisenintervention – M. Haas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Mindcare Österreich", "", "technical",
    "d.pfeifer@mindcare.at;s.leitgeb@mindcare.at", "google-meet-crisis-role-play-technical"))

# J1 Privatklinik Ahornhof (Graz) via Medpersonal Consulting: agency screen, Central Europe Standard Time
EVENTS.append(interview(
    "agency-outlook-screen",
    "040000008200E00074C5B7101A82E00800000000D2E3F4A5B68BDC01000000000000000010000000AA55AA55BB66BB66CC77CC77DD88DD88",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CENTRAL}
BEGIN:VEVENT
ORGANIZER;CN="Kogler, Martina":mailto:m.kogler@medpersonal.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Dr. Haas\,\n\ndanke für das nette Telefonat heute. Wie besprochen würde ich Sie gerne näher kennenlernen\, bevor ich Ihr Profil an unseren Kunden\, die Privatklinik Ahornhof in Graz (Psychosomatik & Psychotherapie\, 60 Betten)\, weiterleite. Gesucht wird eine Klinische Psychologin mit Leitungserfahrung (Senior Psychologist\, 35h).\n\nIch rufe Sie an. Bitte senden Sie mir vorab Ihren aktuellen Lebenslauf im Word-Format.\n\nHerzliche Grüße\nMartina Kogler\nMedpersonal Consulting GmbH\, Graz
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B68BDC01000000000000000010000000AA55AA55BB66BB66CC77CC77DD88DD88
SUMMARY;LANGUAGE=de-AT:Telefonat Medpersonal / Dr. Haas – Senior Psychologist (Privatklinik Ahornhof)
DTSTART;TZID=Central Europe Standard Time:20260122T121500
DTEND;TZID=Central Europe Standard Time:20260122T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T163010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Privatklinik Ahornhof", "Senior Psychologist", "recruiter_screen",
    "m.kogler@medpersonal.at", "agency-screen-names-client-central-europe-zone"))

# J2 Privatklinik Ahornhof: interview at the clinic, arranged by the agency, Google Calendar invite
EVENTS.append(interview(
    "google-invite-agency-onsite",
    "6hc2bt9lq4vf1k8m0s5n3j7r2p@google.com",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260402T110000
DTEND;TZID=Europe/Vienna:20260402T123000
DTSTAMP:20260324T090012Z
ORGANIZER;CN=Martina Kogler:mailto:m.kogler@medpersonal.at
UID:6hc2bt9lq4vf1k8m0s5n3j7r2p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at;X-NUM-GUESTS=0:mailto:magdalena.haas@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Florian Resch;X-NUM-GUESTS=0:mailto:f.resch@ahornhof-graz.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Martina Kogler;X-NUM-GUESTS=0:mailto:m.kogler@medpersonal.at
CREATED:20260324T090004Z
DESCRIPTION:Liebe Frau Dr. Haas\,\n\nPrivatklinik Ahornhof freut sich auf das Vorstellungsgespräch mit dem Ärztlichen Leiter Dr. Florian Resch vor Ort. Ich bin nicht dabei\, rufe Sie aber danach an.\nAdresse: Ahornhofweg 3\, 8044 Graz-Mariatrost\, Parkplätze vor Haus 1.\n\nViel Erfolg!\nMartina Kogler\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260324T090012Z
LOCATION:Privatklinik Ahornhof\, Ahornhofweg 3\, 8044 Graz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Privatklinik Ahornhof – Dr. Resch / Dr. Haas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Privatklinik Ahornhof", "", "hiring_manager",
    "f.resch@ahornhof-graz.at", "agency-organizer-not-present-client-interviewer"))

# K1 Seelenruh Digital (telehealth start-up): founder invites from his Gmail
EVENTS.append(interview(
    "google-founder-gmail",
    "5tq0e3r8u1w6y9a2c4g7j0l3n5@google.com",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260203T180000Z
DTEND:20260203T184500Z
DTSTAMP:20260130T221457Z
ORGANIZER;CN=Lukas Brandner:mailto:lukas.brandner.wien@gmail.com
UID:5tq0e3r8u1w6y9a2c4g7j0l3n5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lukas Brandner;X-NUM-GUESTS=0:mailto:lukas.brandner.wien@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at;X-NUM-GUESTS=0:mailto:magdalena.haas@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/vtf-qazm-hwu
CREATED:20260130T221452Z
DESCRIPTION:Hi Magdalena\,\n\nsuper dass es klappt! Wie am Telefon gesagt: wir sind zu dritt\, gerade Seed-Runde abgeschlossen\, und suchen jemanden als Clinical Lead (Psychologie) für unsere App-begleitete Kurzintervention. Lass uns einfach locker reden – über deine Erfahrung in der Psychosomatik und was du dir vorstellen könntest.\n\nLG Lukas (Gründer\, Seelenruh)\n\nJoin with Google Meet: https://meet.google.com/vtf-qazm-hwu\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260130T221457Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Magdalena <> Lukas | Seelenruh Clinical Lead
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Seelenruh Digital", "Clinical Lead (Psychologie)", "hiring_manager",
    "lukas.brandner.wien@gmail.com", "founder-gmail-casual-du-tone-startup"))

# K2 Seelenruh: case challenge with the co-founder, Zoom in German
EVENTS.append(interview(
    "zoom-case-challenge",
    "ZOOM-88130562214-20260217@seelenruh.app",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Vienna
LAST-MODIFIED:20250115T120000Z
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20260209T084011Z
DTSTART;TZID=Europe/Vienna:20260217T180000
DTEND;TZID=Europe/Vienna:20260217T193000
SUMMARY:Seelenruh Case Challenge – Behandlungspfad Panikstörung (Magdalena)
UID:ZOOM-88130562214-20260217@seelenruh.app
TZID:Europe/Vienna
DESCRIPTION:Theresa Novak lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nLiebe Magdalena\, wie mit Lukas besprochen: du bekommst 48h vorher unser Fallbeispiel (Panikstörung\, 6 Wochen App-Begleitung). Bitte skizziere den Behandlungspfad\, Eskalationskriterien und wie du die Psycholog:innen im Team supervidieren würdest. Dabei: ich (Co-Founderin\, Ärztin) und unser CTO Jakob Reindl.\n\n{zoom('881 3056 2214', '204517', 'us02web', 'de')}
LOCATION:https://us02web.zoom.us/j/88130562214?pwd=QmF4bE9yZz09
ORGANIZER;CN=Theresa Novak:mailto:theresa@seelenruh.app
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    "Seelenruh Digital", "", "technical",
    "theresa@seelenruh.app;Jakob Reindl", "zoom-startup-case-challenge-cto-by-name"))

# L1 Innauen Kliniken Rosenheim: d.vinci ATS invitation
EVENTS.append(interview(
    "dvinci-ats-invite",
    "dvinci-interview-33821-504117@innauen-kliniken.dvinci.example",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems//d.vinci easy//DE
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:dvinci-interview-33821-504117@innauen-kliniken.dvinci.example
DTSTAMP:20260223T134402Z
DTSTART;TZID=Europe/Berlin:20260305T100000
DTEND;TZID=Europe/Berlin:20260305T111500
SUMMARY:Einladung zum Vorstellungsgespräch: Psychologin (m/w/d) Psychosomatische Tagesklinik
ORGANIZER;CN=Innauen Kliniken Personalgewinnung:mailto:karriere@innauen-kliniken.de
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Dr. med. Andreas Weinzierl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a.weinzierl@innauen-kliniken.de
ATTENDEE;CN=Dipl.-Psych. Carola Heim;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c.heim@innauen-kliniken.de
LOCATION:Innauen Kliniken Rosenheim\, Verwaltung Haus C\, Raum C 1.07\, Innstraße 40\, 83022 Rosenheim
DESCRIPTION:Sehr geehrte Frau Dr. Haas\,\n\nvielen Dank für Ihre Bewerbung (Kennziffer 2026-PSY-017). Wir laden Sie herzlich zu einem persönlichen Vorstellungsgespräch ein. Gesprächspartner: Chefarzt Dr. med. Andreas Weinzierl und Dipl.-Psych. Carola Heim (Leitende Psychologin).\n\nBitte bestätigen Sie den Termin über folgenden Link: https://innauen-kliniken.dvinci.example/de/p/confirm/504117\n\nFahrtkosten können leider nicht erstattet werden.\n\nMit freundlichen Grüßen\nIhre Personalgewinnung\nInnauen Kliniken Rosenheim gGmbH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Innauen Kliniken Rosenheim", "Psychologin (m/w/d) Psychosomatische Tagesklinik", "hiring_manager",
    "a.weinzierl@innauen-kliniken.de;c.heim@innauen-kliniken.de", "dvinci-bavarian-ats-invitation"))

# L2 Innauen Kliniken: trial work day cancelled (METHOD:CANCEL) after the user withdrew
EVENTS.append(interview(
    "outlook-cancel-probearbeit",
    "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5B5DC0100000000000000001000000051A7E3C9B2D84F60A1E5C7B3D9F2A4C6",
    fold(rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;CN="Heim, Carola":mailto:c.heim@innauen-kliniken.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Dr. Haas\,\n\nschade\, dass Sie Ihre Bewerbung zurückgezogen haben – ich storniere hiermit den Probearbeitstag. Alles Gute für Ihren weiteren Weg!\n\nCarola Heim\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5B5DC0100000000000000001000000051A7E3C9B2D84F60A1E5C7B3D9F2A4C6
SUMMARY;LANGUAGE=de-DE:Abgesagt: Probearbeitstag Psychosomatische Tagesklinik – Dr. Haas
DTSTART;TZID=W. Europe Standard Time:20260326T080000
DTEND;TZID=W. Europe Standard Time:20260326T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260318T071208Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Tagesklinik\, Haus D
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
"""),
    "Innauen Kliniken Rosenheim", "", "onsite",
    "c.heim@innauen-kliniken.de", "method-cancel-trial-day-withdrawn"))

# M1 Mostviertelklinik Ybbsfeld: phone screen moved by one day (SEQUENCE 1, Google "updated invitation")
EVENTS.append(interview(
    "google-updated-invitation",
    "2f8h1k4m7p0s3v6y9b2e5h8k1n@google.com",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260220T160000
DTEND;TZID=Europe/Vienna:20260220T163000
DTSTAMP:20260216T080514Z
ORGANIZER;CN=Personalabteilung Mostviertelklinik:mailto:personal@mostviertelklinik.at
UID:2f8h1k4m7p0s3v6y9b2e5h8k1n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Andrea Zeilinger;X-NUM-GUESTS=0:mailto:andrea.zeilinger@mostviertelklinik.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at;X-NUM-GUESTS=0:mailto:magdalena.haas@gmx.at
CREATED:20260211T124419Z
DESCRIPTION:Dieses Ereignis wurde geändert: Neue Uhrzeit Freitag 16:00 statt Donnerstag 15:30.\n\nSehr geehrte Frau Dr. Haas\,\nwie besprochen ruft Sie Frau Andrea Zeilinger (Personalabteilung) für ein kurzes Telefonat zu Ihrer Bewerbung als Klinische Psychologin (Psychiatrie/Psychosomatik\, 40h) an.\n\nMit freundlichen Grüßen\nPersonalabteilung Mostviertelklinik Ybbsfeld\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260216T080514Z
LOCATION:Telefon
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Aktualisierte Einladung: Telefonat Bewerbung Klinische Psychologin – Mostviertelklinik
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Mostviertelklinik Ybbsfeld", "Klinische Psychologin (Psychiatrie/Psychosomatik)", "recruiter_screen",
    "andrea.zeilinger@mostviertelklinik.at", "rescheduled-sequence-1-google-updated-shared-mailbox"))

# M2 Mostviertelklinik: Hearing, Outlook with the "(UTC+01:00)" English zone but no VTIMEZONE block
EVENTS.append(interview(
    "outlook-hearing-no-vtimezone",
    "040000008200E00074C5B7101A82E008000000003D4E5F60B1B6DC01000000000000000010000000E7D6C5B4A3928170F6E5D4C3B2A19080",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Zeilinger, Andrea":mailto:andrea.zeilinger@mostviertelklinik.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pichler, Josef Prim. Dr.":mailto:josef.pichler@mostviertelklinik.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wagner, Elke Mag.":mailto:elke.wagner@mostviertelklinik.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Betriebsrat Mostviertelklinik":mailto:betriebsrat@mostviertelklinik.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Dr. Haas\,\n\nwir laden Sie zum Hearing für die Stelle Klinische Psychologin (Psychiatrie/Psychosomatik) ein. Kommission: Prim. Dr. Josef Pichler (Abteilungsleitung)\, Mag. Elke Wagner (Leitende Psychologin)\, Vertretung des Betriebsrats\, Frau Zeilinger (Personal\, Protokoll).\n\nBitte planen Sie ca. 60 Minuten ein und bringen Sie Ihre Eintragung in die Berufsliste (BMSGPK) und Dienstzeugnisse im Original mit.\n\nMit freundlichen Grüßen\nAndrea Zeilinger
UID:040000008200E00074C5B7101A82E008000000003D4E5F60B1B6DC01000000000000000010000000E7D6C5B4A3928170F6E5D4C3B2A19080
SUMMARY;LANGUAGE=de-AT:Hearing Klin. Psychologin Psychiatrie – Fr. Dr. Haas
DTSTART;TZID="{UTC1_EN}":20260317T090000
DTEND;TZID="{UTC1_EN}":20260317T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260303T121433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Mostviertelklinik Ybbsfeld\, Direktionsgebäude\, Sitzungszimmer
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Mostviertelklinik Ybbsfeld", "Klinische Psychologin (Psychiatrie/Psychosomatik)", "final",
    "josef.pichler@mostviertelklinik.at;elke.wagner@mostviertelklinik.at",
    "utc-display-zone-without-vtimezone-hearing-works-council-mailbox"))

# N1 Bezirksklinikum Altmühltal (Bavaria): public-sector selection talk with staff council etc.
EVENTS.append(interview(
    "outlook-auswahlgespraech-public-sector",
    "040000008200E00074C5B7101A82E00800000000F0E1D2C3DBD7DC0100000000000000001000000033CC44DD55EE66FF7700881199AA22BB",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;CN="Schmid, Tobias (Personal)":mailto:tobias.schmid@bkh-altmuehltal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr. Kastner, Matthias (Chefarzt)":mailto:matthias.kastner@bkh-altmuehltal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schmid, Tobias (Personal)":mailto:tobias.schmid@bkh-altmuehltal.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Personalrat BKH":mailto:personalrat@bkh-altmuehltal.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Gleichstellungsbeauftragte":mailto:gleichstellung@bkh-altmuehltal.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Dr. Haas\,\n\nbezugnehmend auf Ihre Bewerbung als Leitende Psychologin (m/w/d) für die Klinik für Psychosomatische Medizin (Entgeltgruppe 14 TVöD-K) laden wir Sie zu einem Auswahlgespräch ein. An dem Gespräch nehmen Herr Chefarzt Dr. Matthias Kastner\, Herr Schmid (Personalabteilung) sowie gemäß BayPVG ein Mitglied des Personalrats und die Gleichstellungsbeauftragte teil.\n\nSchwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.\n\nMit freundlichen Grüßen\nTobias Schmid\nPersonalabteilung | Bezirksklinikum Altmühltal\, Eichstätter Str. 21\, 92339 Beilngries
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3DBD7DC0100000000000000001000000033CC44DD55EE66FF7700881199AA22BB
SUMMARY;LANGUAGE=de-DE:Auswahlgespräch Leitende Psychologin (m/w/d) Psychosomatik – Fr. Dr. Haas
DTSTART;TZID=W. Europe Standard Time:20260428T100000
DTEND;TZID=W. Europe Standard Time:20260428T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260414T095501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Verwaltung\, Sitzungssaal EG
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Bezirksklinikum Altmühltal", "Leitende Psychologin (m/w/d)", "hiring_manager",
    "matthias.kastner@bkh-altmuehltal.de;tobias.schmid@bkh-altmuehltal.de",
    "german-public-sector-selection-talk-staff-council-mailboxes"))
