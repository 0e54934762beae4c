"""holdout160 events, part g: more hiring-side events at work, appraisal, exit talk, mock interview, webinar.

Each event: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

EVENTS = [
    (
        "teams-candidate-portugal",
        "040000008200E00074C5B7101A82E00800000000223344556677DB0100000000000000001000000009C9",
        0, "", "", "", "", "user-as-interviewer-english-teams-candidate-abroad",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Kienzle, Monika":mailto:m.kienzle@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rui.almeid
 a.eletricista@gmail.com:mailto:rui.almeida.eletricista@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Mr Almeida\,\n\nthank you for your applicatio
 n via EURES. We would like to meet you by video. Our site foreman Mr Albre
 cht will ask some technical questions (German standards\, VDE) and explain
  the job and the relocation support.\n\nBest regards\nMonika Kienzle\nHR\,
  Elektro Neckartal GmbH\n\n________________________________________________
 ________________________________\nMicrosoft Teams meeting\nJoin: https://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_ODE1ZGE%40thread.v2/0\nMeet
 ing ID: 318 552 907 114\nPasscode: Ud4Fz2\n\n
UID:040000008200E00074C5B7101A82E00800000000223344556677DB0100000000000000001000000009C9
SUMMARY;LANGUAGE=en-US:Video interview: Electrician (m/f/d) - Rui Almeida
DTSTART;TZID=W. Europe Standard Time:20250325T170000
DTEND;TZID=W. Europe Standard Time:20250325T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T154500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "einstellungstest-aufsicht", "AA11BB22-CC33-4D44-8E55-FF6600778899",
        0, "", "", "", "", "user-as-interviewer-einstellungstest-aufsicht",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
@TZ_WEUROPE@
BEGIN:VEVENT
UID:AA11BB22-CC33-4D44-8E55-FF6600778899
DTSTAMP:20250305T080000Z
DTSTART;TZID=W. Europe Standard Time:20250329T090000
DTEND;TZID=W. Europe Standard Time:20250329T123000
SUMMARY:Einstellungstest Azubis 2025 - Aufsicht + Auswertung
DESCRIPTION:6 Bewerber/innen EGT angemeldet. Test (Mathe\, Physik\, Logik\, Ha
 ndgeschick-Aufgabe Klemmenleiste)\, danach Auswertung und Kurzgespräche je 1
 0 Min. Jürgen + Dieter Aufsicht\, Monika Begrüßung.
LOCATION:Schulungsraum Wangen
ORGANIZER;CN="Kienzle, Monika":mailto:m.kienzle@elektro-neckartal.de
ATTENDEE;CN="Albrecht, Jürgen";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;CN="Wörner, Dieter";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:d.woerner@elektro-neckartal.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personalrunde-neubesetzung",
        "040000008200E00074C5B7101A82E008000000003344556677A8DB010000000000000000100000000ADA",
        0, "", "", "", "", "user-as-interviewer-hiring-round-meeting",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Neckartal, Frank (GF)":mailto:f.neckartal@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kienzle, Monika":mailto:m.kienzle@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bauer, Klaus":mailto:k.bauer@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Agenda:\n1. Offene Stellen (2 Elektroniker\, 1 Ober
 monteur\, Bauleitung)\n2. Bewerberstand Personio / Indeed\n3. Zeitarbeit re
 duzieren?\n4. Azubis 2025: Zusagen
UID:040000008200E00074C5B7101A82E008000000003344556677A8DB010000000000000000100000000ADA
SUMMARY;LANGUAGE=de-DE:Personalrunde Q2 - Neubesetzungen
DTSTART;TZID=W. Europe Standard Time:20250403T070000
DTEND;TZID=W. Europe Standard Time:20250403T080000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Besprechung OG
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "hospitation-vorarbeiter",
        "040000008200E00074C5B7101A82E00800000000445566778899DB010000000000000000100000000BEB",
        0, "", "", "", "", "user-as-interviewer-shadowed-by-new-foreman",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Albrecht, Jürgen":mailto:j.albrecht@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hägele, Dennis":mailto:d.haegele@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Dennis\, du sitzt beim Gespräch mit dem Bewerber (
 Hr. Lang\, Elektroniker) mit dabei und hörst zu – nächstes Mal führst du das
  Gespräch selbst. Fragenliste hab ich dir gemailt.
UID:040000008200E00074C5B7101A82E00800000000445566778899DB010000000000000000100000000BEB
SUMMARY;LANGUAGE=de-DE:Hospitation Dennis - Gespräch Hr. Lang
DTSTART;TZID=W. Europe Standard Time:20250408T160000
DTEND;TZID=W. Europe Standard Time:20250408T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T063000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Wangen
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ausbildungsmesse-stand", "ausbildungsmesse-2025-stand-d14@elektro-neckartal.de",
        0, "", "", "", "", "user-as-interviewer-ausbildungsmesse-stand-all-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ausbildungsmesse-2025-stand-d14@elektro-neckartal.de
DTSTAMP:20250210T100000Z
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
SUMMARY:Ausbildungsmesse Stuttgart - Standdienst (Stand D14)
DESCRIPTION:Standdienst Elektro Neckartal: Jürgen + 2 Azubis. Flyer\, Bewerbu
 ngsbögen\, Tablet für Personio-Schnellbewerbung mitnehmen. Gute Kandidaten
  direkt zum Schnuppertag einladen.
LOCATION:Liederhalle Stuttgart
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "leiharbeiter-kennenlernen-typed", "7E8F9A0B-1C2D-4E3F-A4B5-C6D7E8F90A1B",
        0, "", "", "", "", "user-as-interviewer-typed-temp-workers-check",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
@TZ_APPLE_BERLIN@
BEGIN:VEVENT
CREATED:20250228T161000Z
DTSTAMP:20250228T161012Z
UID:7E8F9A0B-1C2D-4E3F-A4B5-C6D7E8F90A1B
DTSTART;TZID=Europe/Berlin:20250303T064500
DTEND;TZID=Europe/Berlin:20250303T073000
SUMMARY:2 Monteure TopTemp anschauen
LOCATION:BV Kita Degerloch
DESCRIPTION:Können die was? Wenn nicht gleich bei TopTemp melden. Unterweis
 ung machen\, PSA prüfen
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "probearbeitstag-chef-anweisung", "20250404T084500Z-1211-1000-1-23@neckartal-kalender",
        0, "", "", "", "", "user-as-interviewer-probearbeitstag-assigned-by-boss",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Neckartal, Frank (GF)":mailto:f.neckartal@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Jürgen\, der Obermonteur-Kandidat (Hr. Bianchi) kom
 mt zum Probearbeitstag. Nimm ihn mit nach Degerloch und lass ihn die UV im
  2. OG machen. Abends kurz Daumen hoch/runter an mich.\nFrank
UID:20250404T084500Z-1211-1000-1-23@neckartal-kalender
SUMMARY;LANGUAGE=de-DE:Probearbeitstag Obermonteur - bitte mitnehmen
DTSTART;TZID=W. Europe Standard Time:20250410T070000
DTEND;TZID=W. Europe Standard Time:20250410T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T084500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Treffpunkt Lager 7:00
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zwischenpruefung-beisitz", "hwk-prf-2025-zp-egt-0523-albrecht@hwk-stuttgart.de",
        0, "", "", "", "", "user-as-interviewer-pruefungsausschuss-zwischenpruefung",
        r"""BEGIN:VCALENDAR
PRODID:-//Handwerkskammer Region Stuttgart//Pruefungswesen//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:hwk-prf-2025-zp-egt-0523-albrecht@hwk-stuttgart.de
DTSTAMP:20250410T080000Z
DTSTART;TZID=Europe/Berlin:20250523T073000
DTEND;TZID=Europe/Berlin:20250523T140000
SUMMARY:Teil 1 der Gesellenprüfung (ZP) Elektroniker EGT - Beisitz
DESCRIPTION:Sehr geehrter Herr Albrecht\,\n\nbitte bestätigen Sie Ihre Teiln
 ahme als Beisitzer bei Teil 1 der Gesellenprüfung. Aufgabe: Beurteilung de
 r Arbeitsaufgaben\, Protokollführung.\n\nAbteilung Prüfungswesen
LOCATION:Gewerbliche Schule Göppingen\, E-Werkstatt
ORGANIZER;CN=HWK Prüfungswesen:mailto:pruefungswesen@hwk-stuttgart.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:j.albrecht@elektro-neckartal.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "jahresgespraech-eigenes",
        "040000008200E00074C5B7101A82E0080000000055667788990ADB010000000000000000100000000CFC",
        0, "", "", "", "", "own-appraisal-mitarbeitergespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Neckartal, Frank (GF)":mailto:f.neckartal@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Jürgen\,\n\nunser jährliches Mitarbeitergespräch:
  Rückblick 2024\, Ziele 2025\, Weiterbildung (Techniker?)\, Gehalt\, Firmenw
 agen. Bitte den Gesprächsbogen vorher ausfüllen.\n\nFrank
UID:040000008200E00074C5B7101A82E0080000000055667788990ADB010000000000000000100000000CFC
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch 2025 - Jürgen Albrecht
DTSTART;TZID=W. Europe Standard Time:20250219T150000
DTEND;TZID=W. Europe Standard Time:20250219T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T103000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Frank
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "austrittsgespraech", "20250523T090000Z-3320-1000-1-41@neckartal-kalender",
        0, "", "", "", "", "own-exit-interview-after-resignation",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Kienzle, Monika":mailto:m.kienzle@elektro-neckartal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Albrecht,
  Jürgen":mailto:j.albrecht@elektro-neckartal.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Jürgen\,\n\nwie bei jedem Ausscheiden würde
  ich gern ein kurzes Austrittsgespräch mit dir führen (Gründe\, was wir bes
 ser machen können\, Übergabe Baustellen\, Rückgabe Firmenwagen/Schlüssel/Tab
 let\, Resturlaub).\n\nLG Monika
UID:20250523T090000Z-3320-1000-1-41@neckartal-kalender
SUMMARY;LANGUAGE=de-DE:Austrittsgespräch J. Albrecht
DTSTART;TZID=W. Europe Standard Time:20250613T130000
DTEND;TZID=W. Europe Standard Time:20250613T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250523T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Personalbüro
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "interviewtraining-coach", "cal-8812-avgs-termin-4@bewerbungscoaching-sued.de",
        0, "", "", "", "", "mock-interview-with-coach-avgs",
        r"""BEGIN:VCALENDAR
PRODID:-//SimplyBook.me//Booking//DE
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:cal-8812-avgs-termin-4@bewerbungscoaching-sued.de
DTSTAMP:20250221T120000Z
DTSTART;TZID=Europe/Berlin:20250222T090000
DTEND;TZID=Europe/Berlin:20250222T103000
SUMMARY:Coaching Termin 4: Simulation Vorstellungsgespräch (Führungskraft)
DESCRIPTION:Einheit 4 von 8 (AVGS)\n\nWir spielen ein komplettes Vorstellung
 sgespräch für eine Bauleiter-Stelle durch\, mit Video-Aufzeichnung und Feed
 back. Bitte eine echte Stellenanzeige mitbringen.\n\nCoach: Petra Waldenmai
 er
LOCATION:Bewerbungscoaching Süd\, Königstr. 10\, Stuttgart
ORGANIZER;CN=Bewerbungscoaching Süd:mailto:termine@bewerbungscoaching-sued.de
ATTENDEE;CN=Jürgen Albrecht;ROLE=REQ-PARTICIPANT:mailto:juergen.albrecht@t-online.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "webinar-vorstellungsgespraech", "zoom-webinar-86410233172-juergen@zoom.us",
        0, "", "", "", "", "webinar-about-interviewing-for-craftsmen",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
@TZ_BERLIN@
BEGIN:VEVENT
UID:zoom-webinar-86410233172-juergen@zoom.us
DTSTAMP:20250227T140000Z
DTSTART;TZID=Europe/Berlin:20250305T180000
DTEND;TZID=Europe/Berlin:20250305T193000
SUMMARY:Webinar: Vom Meister zum Bauleiter - souverän im Vorstellungsgesprä
 ch
DESCRIPTION:Kostenfreies Webinar der Meisterschule für Handwerker\n\nThemen:
  typische Fragen im Bewerbungsgespräch\, Gehaltsverhandlung\, Probearbeite
 n richtig nutzen.\n\nTeilnehmen: https://us02web.zoom.us/w/86410233172?tk
 =xK2p\nWebinar-ID: 864 1023 3172
LOCATION:https://us02web.zoom.us/w/86410233172
ORGANIZER;CN=Meisterschule Süd:mailto:no-reply@zoom.us
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
