# ruff: noqa: E501, W291, W293, RUF100
"""holdout275 events, part e: other negatives (the trade's own appointments, personal ones, look-alikes)."""

from holdout275ev_zones import BERLIN_APPLE, BERLIN_GOOGLE, BERLIN_MOZ, ROMANCE, W_EUROPE

OTHER = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)

EVENTS = [
    dict(
        OTHER,
        kind="apple-fahrstunde",
        uid="65156E0A-1A63-443F-8C50-FBF68F60AA23",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260114T181120Z
DTEND:20260120T153000
DTSTAMP:20260114T181142Z
DTSTART:20260120T140000
LAST-MODIFIED:20260114T181142Z
LOCATION:Abholung Schule Plieningen
SEQUENCE:0
SUMMARY:Fahrstunde Lisa Autobahn
DESCRIPTION:Sonderfahrt Autobahn 2/4\, A8 bis Wendlingen und zurück über B
 27. Einfädeln üben!
TRANSP:OPAQUE
UID:65156E0A-1A63-443F-8C50-FBF68F60AA23
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        trap="driving-lesson-floating",
    ),
    dict(
        OTHER,
        kind="apple-student-exam",
        uid="E4684318-CACB-4490-8F60-628BC682F86C",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2.1//EN
CALSCALE:GREGORIAN
{BERLIN_APPLE}
BEGIN:VEVENT
CREATED:20260109T070102Z
DTEND;TZID=Europe/Berlin:20260122T111500
DTSTAMP:20260109T070130Z
DTSTART;TZID=Europe/Berlin:20260122T101500
LAST-MODIFIED:20260109T070130Z
SEQUENCE:0
SUMMARY:Prüfung Tim 10:15 TÜV
DESCRIPTION:Kl. B\, Abfahrt Fahrschule 9:40\, vorher 20 min warmfahren. Aus
 weis + Sehtest dabei?
TRANSP:OPAQUE
UID:E4684318-CACB-4490-8F60-628BC682F86C
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT45M
UID:B1A2C3D4-E5F6-4711-8A9B-0C1D2E3F4A5B
X-WR-ALARMUID:B1A2C3D4-E5F6-4711-8A9B-0C1D2E3F4A5B
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        trap="student-driving-exam-pruefung-with-inspection-body",
    ),
    dict(
        OTHER,
        kind="outlook-recurring-theorie",
        uid="040000008200E00074C5B7101A82E00800000000C5E7A9B1EC68D0F2A4C6E8B0D2F4A5C7",
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=de-DE:Grundstoff Themen 1–12 im Wechsel\, Zusatzstoff
  Kl. B mittwochs. Anwesenheitsliste in der Fahrschulsoftware pflegen.\n
RRULE:FREQ=WEEKLY;COUNT=24;INTERVAL=1;BYDAY=MO,WE;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000C5E7A9B1EC68D0F2A4C6E8B0D2F4A5C7
SUMMARY;LANGUAGE=de-DE:Theorieunterricht (Schulungsraum Degerloch)
DTSTART;TZID=W. Europe Standard Time:20260112T183000
DTEND;TZID=W. Europe Standard Time:20260112T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260105T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungsraum Hauptstelle
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=de-DE:Verlegt auf Donnerstag (Mittwoch Elternabend Re
 alschule). Thema 7: Ruhender Verkehr\, Halten und Parken.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260204T183000
UID:040000008200E00074C5B7101A82E00800000000C5E7A9B1EC68D0F2A4C6E8B0D2F4A5C7
SUMMARY;LANGUAGE=de-DE:Theorieunterricht Thema 7 (verlegt)
DTSTART;TZID=W. Europe Standard Time:20260205T183000
DTEND;TZID=W. Europe Standard Time:20260205T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260128T114500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Schulungsraum Hauptstelle
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
        trap="recurring-theory-class-with-override",
    ),
    dict(
        OTHER,
        kind="bookings-customer-consultation",
        uid="040000008200E00074C5B7101A82E00800000000D6F8B0C2FD79E1A3B5D7F9C1E3A5B6D8",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Fahrschule Neckarblick Termine:mailto:termine@fahrschule-neck
 arblick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:m.eberle@fahrschule-neckarblick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Birgit Kurz:ma
 ilto:birgit.kurz@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nService: Beratungsgespräch Führ
 erschein (Eltern & Fahrschüler\, 30 Min.)\nMitarbeiter: Markus Eberle\nKu
 nde: Birgit Kurz\, 0711 5550 2290\nAnmerkung des Kunden: "Mein Sohn Felix
  (16) möchte BF17 machen\, wir haben Fragen zu Kosten\, Begleitpersonen u
 nd Intensivkurs in den Sommerferien."\n
UID:040000008200E00074C5B7101A82E00800000000D6F8B0C2FD79E1A3B5D7F9C1E3A5B6D8
SUMMARY;LANGUAGE=de-DE:Beratungsgespräch Führerschein – Birgit Kurz
DTSTART;TZID=W. Europe Standard Time:20260127T170000
DTEND;TZID=W. Europe Standard Time:20260127T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260122T201501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Fahrschule Neckarblick\, Epplestraße 12\, 70597 St
 uttgart
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        trap="bookings-parent-consultation-beratungsgespraech",
    ),
    dict(
        OTHER,
        kind="thunderbird-mpu",
        uid="670876a1-cced-4808-b625-16e6c8127c25",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{BERLIN_MOZ}
BEGIN:VEVENT
CREATED:20260126T190244Z
LAST-MODIFIED:20260126T190301Z
DTSTAMP:20260126T190301Z
UID:670876a1-cced-4808-b625-16e6c8127c25
SUMMARY:MPU-Vorbereitung Hr. D. – Sitzung 4/8
DTSTART;TZID=Europe/Berlin:20260209T180000
DTEND;TZID=Europe/Berlin:20260209T190000
DESCRIPTION:Einzelgespräch: Trinkprotokoll besprechen\, Abstinenznachweis
  (ETG) Stand\, Rollenspiel Explorationsgespräch beim Gutachter.
LOCATION:Besprechungszimmer OG
CLASS:CONFIDENTIAL
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        trap="mpu-client-session-exploration-interview-roleplay",
    ),
    dict(
        OTHER,
        kind="google-invite-fortbildung",
        uid="3hq7n1k5t9v0m2b6r4c8d1a3fu@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260314T073000Z
DTEND:20260314T150000Z
DTSTAMP:20260212T113010Z
ORGANIZER;CN=FLV Südwest Seminare:mailto:seminare@flv-suedwest.example.de
UID:3hq7n1k5t9v0m2b6r4c8d1a3fu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=m.eberle@fahrschule-neckarblick.example.de;X-NUM-GUESTS=0:mailto:m
 .eberle@fahrschule-neckarblick.example.de
CREATED:20260212T113007Z
DESCRIPTION:Fortbildung nach § 53 Abs. 1 FahrlG (Tag 1 von 2)\n\nThema: Da
 s Prüfungsgespräch nach der praktischen Fahrerlaubnisprüfung (OPFEP) – w
 ie Fahrlehrer ihre Schüler auf Prüferfeedback vorbereiten\n\nReferent: Di
 pl.-Ing. Roland Eisele\n\nTeilnahmebescheinigung wird am Ende ausgegeben. 
 Verpflegung inklusive.\n\nEinladung von Google Kalender: https://calendar
 .google.com/calendar/
LAST-MODIFIED:20260212T113009Z
LOCATION:FLV-Seminarzentrum\, Heilbronner Str. 300\, 70469 Stuttgart
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fortbildung § 53 FahrlG: Das Prüfungsgespräch (OPFEP) – Tag 1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="instructor-training-pruefungsgespraech-in-title",
    ),
    dict(
        OTHER,
        kind="outlook-jahresgespraech",
        uid="040000008200E00074C5B7101A82E00800000000E7A9C1D30E8AF2B4C6E8A0C2E4A6B7E9",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Pfleiderer, Dieter":mailto:d.pfleiderer@fahrschule-neckarbl
 ick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eberle, M
 arkus":mailto:m.eberle@fahrschule-neckarblick.example.de
DESCRIPTION;LANGUAGE=de-DE:Jahresgespräch 2026: Rückblick\, Zielvereinbarun
 g (Bestehensquote\, Auslastung)\, Fortbildungswünsche\, Urlaubsplanung. B
 itte den Bogen vorher ausfüllen.\n\nDieter\n
UID:040000008200E00074C5B7101A82E00800000000E7A9C1D30E8AF2B4C6E8A0C2E4A6B7E9
SUMMARY;LANGUAGE=de-DE:Jahresgespräch 2026 – Markus
DTSTART;TZID=W. Europe Standard Time:20260119T190000
DTEND;TZID=W. Europe Standard Time:20260119T200000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260108T101100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro GF
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        trap="annual-review-with-own-boss-not-application",
    ),
    dict(
        OTHER,
        kind="bank-appointment",
        uid="TERMIN-2026-0410-88213-NTB@termine.neckartal-bank.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Neckartal Bank eG//Online-Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:TERMIN-2026-0410-88213-NTB@termine.neckartal-bank.example.de
DTSTAMP:20260327T154410Z
DTSTART;TZID=Europe/Berlin:20260410T160000
DTEND;TZID=Europe/Berlin:20260410T170000
SUMMARY:Beratungsgespräch Baufinanzierung – Neckartal Bank eG
DESCRIPTION:Ihr persönliches Beratungsgespräch mit Frau Claudia Bräuning\,
  Baufinanzierungsberaterin.\nBitte mitbringen: Gehaltsnachweise der letzt
 en 3 Monate\, Eigenkapitalnachweis\, Exposé der Immobilie.\n\nFiliale Deg
 erloch\, Löffelstraße 5\, 70597 Stuttgart
LOCATION:Neckartal Bank eG\, Filiale Degerloch
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="bank-consultation-tzid-without-vtimezone",
    ),
    dict(
        OTHER,
        kind="doctolib-booking",
        uid="doctolib-appointment-1183304572@doctolib.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Appointments//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-1183304572@doctolib.example.de
DTSTAMP:20260305T210301Z
DTSTART:20260323T063000Z
DTEND:20260323T071500Z
SUMMARY:Termin bei Dr. med. Ute Hägele – Arbeitsmedizin
DESCRIPTION:Besuchsgrund: Untersuchung Führerschein Klasse C/CE (Verlänger
 ung) nach Anlage 5 FeV inkl. Sehtest\n\nBitte bringen Sie Ihren Führersch
 ein und Ihre Brille mit.\n\nPraxis für Arbeitsmedizin Dr. Hägele\, Plieni
 nger Straße 58\, 70567 Stuttgart
LOCATION:Plieninger Straße 58\, 70567 Stuttgart
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="medical-exam-for-licence-renewal-untersuchung",
    ),
    dict(
        OTHER,
        kind="google-press-interview",
        uid="0vb5k9q2t6n3m8h1r7c4d0a2jp@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260115T120000Z
DTEND:20260115T124500Z
DTSTAMP:20260112T093312Z
ORGANIZER;CN=Jasmin Hörz:mailto:j.hoerz@filder-zeitung.example.de
UID:0vb5k9q2t6n3m8h1r7c4d0a2jp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jasmin Hörz;X-NUM-GUESTS=0:mailto:j.hoerz@filder-zeitung.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=m.eberle@fahrschule-neckarblick.example.de;X-NUM-GUESTS=0:mailto:m
 .eberle@fahrschule-neckarblick.example.de
CREATED:20260112T093309Z
DESCRIPTION:Hallo Herr Eberle\, danke\, dass Sie sich Zeit nehmen! Für unse
 re Serie "Teurer Führerschein" würde ich Sie gern als Fahrlehrer intervie
 wen: Warum kostet Klasse B inzwischen 3.500 Euro\, wie hoch ist die Durchf
 allquote\, was können Eltern tun? Fotograf kommt kurz mit.\n\nJasmin Hörz
 \, Redaktion Filder-Zeitung\n\nEinladung von Google Kalender: https://cal
 endar.google.com/calendar/
LAST-MODIFIED:20260112T093311Z
LOCATION:Fahrschule Neckarblick\, Degerloch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Filder-Zeitung: Warum ist der Führerschein so teuer?
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="press-interview-user-as-expert",
    ),
    dict(
        OTHER,
        kind="zoom-research-interview",
        uid="zoom-88120455931-20260407@zoom.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zoom-88120455931-20260407@zoom.example.com
DTSTAMP:20260325T101502Z
DTSTART:20260407T160000Z
DTEND:20260407T170000Z
SUMMARY:Research interview: driving instructors & driver-assistance system
 s (ADAS-Teach study)
ORGANIZER;CN=Dr. Hannah Schuler:mailto:hannah.schuler@hs-neckar.example.de
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:markus.eberle76@web.de
DESCRIPTION:Dear Mr Eberle\,\n\nthank you for volunteering for our intervi
 ew study on how driving instructors teach learners to use driver-assistanc
 e systems (ACC\, lane keeping\, emergency braking). The semi-structured in
 terview takes about 60 minutes and will be recorded (audio only) after yo
 ur consent. Participants receive a 30 EUR voucher. We can switch to Germa
 n anytime.\n\nDr. Hannah Schuler\nInstitut für Verkehrspsychologie\, Hoch
 schule Neckar\n\nJoin Zoom Meeting\nhttps://hs-neckar.zoom.example.com/j/
 88120455931\nMeeting ID: 881 2045 5931\nPasscode: adas26
LOCATION:https://hs-neckar.zoom.example.com/j/88120455931
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="english-research-interview-study-participant",
    ),
    dict(
        OTHER,
        kind="apple-mock-interview",
        uid="8CDE6538-DD51-434A-A3B9-08C2AC772C0B",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260115T212001Z
DTEND:20260118T180000
DTSTAMP:20260115T212019Z
DTSTART:20260118T170000
LAST-MODIFIED:20260115T212019Z
LOCATION:Katrin
SEQUENCE:0
SUMMARY:Probe-VG mit Katrin (Übung für KÜD Telefoninterview)
DESCRIPTION:Katrin spielt Personalerin. Stärken/Schwächen\, warum weg von 
 der Fahrschule\, Gehaltsvorstellung üben!
TRANSP:OPAQUE
UID:8CDE6538-DD51-434A-A3B9-08C2AC772C0B
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        trap="mock-interview-with-sister-names-real-employer",
    ),
    dict(
        OTHER,
        kind="zoom-webinar",
        uid="zoom-webinar-85530219876-reg-4471@zoom.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoom-webinar-85530219876-reg-4471@zoom.example.com
DTSTAMP:20260120T081012Z
DTSTART:20260128T180000Z
DTEND:20260128T193000Z
SUMMARY:Webinar: Vom Fahrlehrer zum Fahrerlaubnisprüfer – so läuft das Aus
 wahlverfahren
DESCRIPTION:Sie haben sich für das Webinar des FLV Südwest registriert.\n\n
 Inhalte: Voraussetzungen (§ 16 KfSachvG)\, Ablauf von Eignungstest und Au
 swahltag bei den Technischen Prüfstellen\, typische Fragen im Vorstellung
 sgespräch\, Erfahrungsbericht eines ehemaligen Fahrlehrers.\n\nWebinar be
 itreten: https://flv-suedwest.zoom.example.com/w/85530219876?tk=Xg7h2Ka\n
 Webinar-ID: 855 3021 9876\n\nSie können Ihre Registrierung jederzeit stor
 nieren.
LOCATION:https://flv-suedwest.zoom.example.com/w/85530219876
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="webinar-about-selection-process-and-interviews",
    ),
    dict(
        OTHER,
        kind="google-export-all-day",
        uid="1fx9k3q7t0v5n2m6h8r4c1d3ab@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Markus privat
X-WR-TIMEZONE:Europe/Berlin
{BERLIN_GOOGLE}
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260328
DTEND;VALUE=DATE:20260329
DTSTAMP:20260401T071233Z
UID:1fx9k3q7t0v5n2m6h8r4c1d3ab@google.com
CREATED:20260302T195511Z
DESCRIPTION:10-16 Uhr\, Stände u.a. Spedition Häfele\, Northlane\, Paketbl
 itz\, VNF. Lebenslauf 10x ausdrucken.
LAST-MODIFIED:20260302T195511Z
LOCATION:Phoenixhalle\, Stuttgart-Möhringen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jobmesse Mobilität & Logistik
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="job-fair-all-day-lists-employers",
    ),
    dict(
        OTHER,
        kind="google-invite-coffee",
        uid="5cm2k8q1t4v7n0h3r9b6d2a5lk@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260111T140000Z
DTEND:20260111T150000Z
DTSTAMP:20260107T205501Z
ORGANIZER;CN=Ralf Mauch:mailto:ralf.mauch73@gmail.com
UID:5cm2k8q1t4v7n0h3r9b6d2a5lk@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ralf Mauch;X-NUM-GUESTS=0:mailto:ralf.mauch73@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
CREATED:20260107T205458Z
DESCRIPTION:Servus Markus\, gern erzähl ich dir\, wie das bei mir beim KÜD 
 gelaufen ist (Eignungstest\, Ausbildung zum Prüfer\, Schichtplan\, Geld). 
 Kaffee geht auf dich ;-) Ralf\n\nInvitation from Google Calendar: https:/
 /calendar.google.com/calendar/
LAST-MODIFIED:20260107T205500Z
LOCATION:Café Kaiserbau\, Marienplatz\, Stuttgart
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Ralf / Markus – Prüferjob?
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="informational-coffee-with-examiner-names-employer",
    ),
    dict(
        OTHER,
        kind="outlook-reference-call",
        uid="040000008200E00074C5B7101A82E00800000000F8B0D2E41F9B03C5D7F9B1D3F5B7C8FA",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN="Eberle, Markus";RSVP=TRUE:mailto:m.eberle@fahrschule-neckarbl
 ick.example.de
CLASS:PUBLIC
CREATED:20260408T094002Z
DESCRIPTION:Guten Tag Herr Eberle\,\n\nHerr Daniel Hauber hat sich bei uns 
 als Fahrlehrer beworben und Sie als Referenz angegeben (Sie waren während 
 seiner Ausbildung sein Ausbildungsfahrlehrer). Ich würde Sie gern kurz te
 lefonisch zu ihm befragen – Dauer ca. 15 Minuten.\n\nFreundliche Grüße\nP
 etra Schäfer\nFahrschule Reutlingen-Süd\n
DTEND;TZID="W. Europe Standard Time":20260413T124500
DTSTAMP:20260408T094002Z
DTSTART;TZID="W. Europe Standard Time":20260413T123000
LAST-MODIFIED:20260408T094002Z
LOCATION:Telefon (Frau Schäfer ruft an)
ORGANIZER;CN="Schäfer, Petra":mailto:info@fahrschule-reutlingen-sued.examp
 le.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Referenzauskunft Daniel Hauber (Bewerbung Fahrlehrer)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F8B0D2E41F9B03C5D7F9B1D3F5B7C8FA
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="reference-call-user-is-referee-windows-zone-no-vtimezone",
    ),
    dict(
        OTHER,
        kind="apple-prep-block",
        uid="00BC7E96-B8E3-433F-8E42-745C6B2E1524",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260301T101122Z
DTEND:20260305T210000
DTSTAMP:20260301T101140Z
DTSTART:20260305T190000
LAST-MODIFIED:20260301T101140Z
SEQUENCE:0
SUMMARY:Vorbereitung Auswahltag Prüfwerk: Präsi üben\, PrüfRiLi\, FeV Anl. 7
DESCRIPTION:Gruppenaufgabe? Kurzpräsentation 5 min "Warum Prüfer". Anzug 
 bügeln. Führerschein + Fahrlehrerschein einpacken.
TRANSP:OPAQUE
UID:00BC7E96-B8E3-433F-8E42-745C6B2E1524
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        trap="prep-block-night-before-assessment-centre",
    ),
    dict(
        OTHER,
        kind="apple-thank-you-reminder",
        uid="153FE133-8B1B-4927-92F3-57553930DFDA",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260306T174502Z
DTEND:20260309T074500
DTSTAMP:20260306T174520Z
DTSTART:20260309T073000
LAST-MODIFIED:20260306T174520Z
SEQUENCE:0
SUMMARY:Dankesmail an Fr. Rapp + Hr. Häberle (PWS) schicken
DESCRIPTION:Bezug auf Fallbearbeitung + Feedbackgespräch. Nicht zu lang!
TRANSP:TRANSPARENT
UID:153FE133-8B1B-4927-92F3-57553930DFDA
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:PT0S
UID:4E5F6A7B-8C9D-4E0F-A1B2-C3D4E5F6A7B8
X-WR-ALARMUID:4E5F6A7B-8C9D-4E0F-A1B2-C3D4E5F6A7B8
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        trap="thank-you-reminder-names-interviewers",
    ),
    dict(
        OTHER,
        kind="outlook-headhunter-no-employer",
        uid="040000008200E00074C5B7101A82E00800000000A9C1E3F520AC14D6E8A0C2E4A6C8D9AB",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Vogt, Ansgar Dr.":mailto:a.vogt@vogt-executive.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markus.ebe
 rle76@web.de:mailto:markus.eberle76@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Eberle\,\n\nwie per LinkedIn 
 angekündigt ein erstes vertrauliches Telefonat. Mein Mandant\, ein namhaft
 er Logistikkonzern im Raum Stuttgart\, sucht einen Head of Fleet Safety. 
 Den Namen darf ich Ihnen erst nach unserem Gespräch und Ihrer Zustimmung 
 zur Vertraulichkeit nennen.\n\nMit besten Grüßen\nDr. Ansgar Vogt\nVogt E
 xecutive Search\n
UID:040000008200E00074C5B7101A82E00800000000A9C1E3F520AC14D6E8A0C2E4A6C8D9AB
SUMMARY;LANGUAGE=de-DE:Vertrauliches Telefonat – Vakanz Head of Fleet Safet
 y (Mandat Logistik)
DTSTART;TZID=W. Europe Standard Time:20260430T123000
DTEND;TZID=W. Europe Standard Time:20260430T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260424T110009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        trap="headhunter-call-employer-not-named-yet",
    ),
    dict(
        OTHER,
        kind="apple-family-interview",
        uid="061B5B62-8A86-450F-9577-8D927DEB6DAD",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260209T063011Z
DTEND:20260213T150000
DTSTAMP:20260209T063040Z
DTSTART:20260213T133000
LAST-MODIFIED:20260209T063040Z
SEQUENCE:0
SUMMARY:Noah abholen!! Carmen hat Vorstellungsgespräch 14h (Kita Sonnenhalde)
DESCRIPTION:Fahrstunde 13:30 mit Ben auf 15:30 geschoben.
TRANSP:OPAQUE
UID:061B5B62-8A86-450F-9577-8D927DEB6DAD
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        trap="partners-job-interview-childcare",
    ),
    dict(
        OTHER,
        kind="google-spanish-entrevista-school",
        uid="4ry8k2q6t0v3n9m1h5b7d4a0cw@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260416T150000Z
DTEND:20260416T153000Z
DTSTAMP:20260410T194410Z
ORGANIZER;CN=Carmen Ruiz Eberle:mailto:carmen.ruiz.eberle@gmail.com
UID:4ry8k2q6t0v3n9m1h5b7d4a0cw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Carmen Ruiz Eberle;X-NUM-GUESTS=0:mailto:carmen.ruiz.eberle@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
CREATED:20260410T194407Z
DESCRIPTION:Entrevista con la tutora de Noah (clases de lengua y cultura es
 pañolas) – quiere hablar de su progreso y del grupo del año que viene. ¡V
 enimos los dos!\n\nInvitación de Google Calendar: https://calendar.google
 .com/calendar/
LAST-MODIFIED:20260410T194409Z
LOCATION:Aula 3\, Schulzentrum Degerloch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista tutora Noah (clases de español)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="spanish-entrevista-parent-teacher-meeting",
    ),
    dict(
        OTHER,
        kind="outlook-french-press",
        uid="040000008200E00074C5B7101A82E00800000000B0D2F4A631BD25E7F9B1D3F5B7D9EABC",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{ROMANCE}
BEGIN:VEVENT
ATTENDEE;CN="Markus Eberle";RSVP=TRUE:mailto:markus.eberle76@web.de
CLASS:PUBLIC
CREATED:20260428T150233Z
DESCRIPTION:Bonjour Monsieur Eberle\,\n\nmerci d'avoir accepté cet entreti
 en pour notre émission matinale. Nous comparons le permis de conduire en 
 France et en Allemagne (coût\, conduite accompagnée\, BF17). L'entretien 
 se fera par téléphone\, en direct\, environ 6 minutes. Je vous appelle à 
 8h15 au +49 176 55502871.\n\nCordialement\,\nÉlodie Kern\nJournaliste\, 
 Radio Rhin Info\n
DTEND;TZID="Romance Standard Time":20260506T083000
DTSTAMP:20260428T150233Z
DTSTART;TZID="Romance Standard Time":20260506T081500
LAST-MODIFIED:20260428T150233Z
LOCATION:Téléphone
ORGANIZER;CN="KERN Elodie":mailto:e.kern@radio-rhin-info.example.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien radio – le permis en Allemagne (M. Eberle\, m
 oniteur d'auto-école)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0D2F4A631BD25E7F9B1D3F5B7D9EABC
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="french-entretien-radio-press",
    ),
    dict(
        OTHER,
        kind="inspection-booking",
        uid="PWS-HU-FEU-2026-0129-0730-S-NB2231@termine.pruefwerk-sued.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Prüfwerk Süd GmbH//Online-Terminbuchung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:PWS-HU-FEU-2026-0129-0730-S-NB2231@termine.pruefwerk-sued.example.de
DTSTAMP:20260116T120412Z
DTSTART:20260129T063000Z
DTEND:20260129T071500Z
SUMMARY:Ihr Termin: Hauptuntersuchung (HU) mit AU – S-NB 2231
DESCRIPTION:Terminbestätigung\n\nPrüfstelle: Prüfwerk Süd Stuttgart-Feuer
 bach\, Borsigstraße 41\nLeistung: Hauptuntersuchung § 29 StVZO inkl. Abga
 suntersuchung\nFahrzeug: VW Golf (Fahrschulfahrzeug mit Doppelpedalen)\, S
 -NB 2231\nKunde: Fahrschule Neckarblick\, Markus Eberle\n\nBitte bringen 
 Sie die Zulassungsbescheinigung Teil I mit.
LOCATION:Prüfwerk Süd\, Borsigstraße 41\, 70469 Stuttgart
ORGANIZER;CN=Prüfwerk Süd Terminservice:mailto:termine@pruefwerk-sued.exa
 mple.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="vehicle-inspection-at-prospective-employer",
    ),
    dict(
        OTHER,
        kind="google-export-student-exam",
        uid="6pw0k4q8t2v5n1m7h3b9d6a2cf@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Fahrschule
X-WR-TIMEZONE:Europe/Berlin
{BERLIN_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260331T093000
DTEND;TZID=Europe/Berlin:20260331T103000
DTSTAMP:20260401T071233Z
UID:6pw0k4q8t2v5n1m7h3b9d6a2cf@google.com
CREATED:20260316T161522Z
DESCRIPTION:Aylin S.\, 2. Versuch. Prüfer Hr. Seitz (KÜD) – der aus meinem
  Fachgespräch! Treffpunkt Prüfstelle Vaihingen/Enz 9:15.
LAST-MODIFIED:20260316T161522Z
LOCATION:KÜD Prüfstelle Vaihingen/Enz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prakt. Prüfung Kl. B Aylin S. – Prüfer Hr. Seitz (KÜD)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="student-exam-examiner-was-users-interviewer",
    ),
    dict(
        OTHER,
        kind="apple-son-probetraining",
        uid="A7E3C1F9-2B4D-4E6A-9C8B-1D3F5A7B9C0E",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260411T082210Z
DTEND:20260417T173000
DTSTAMP:20260411T082233Z
DTSTART:20260417T163000
LAST-MODIFIED:20260411T082233Z
LOCATION:Sportplatz Waldau
SEQUENCE:0
SUMMARY:Noah Probetraining TSV (F-Jugend)
DESCRIPTION:Schienbeinschoner kaufen!
TRANSP:OPAQUE
UID:A7E3C1F9-2B4D-4E6A-9C8B-1D3F5A7B9C0E
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        trap="sons-football-trial-training",
    ),
    dict(
        OTHER,
        kind="outlook-recurring-team-meeting",
        uid="040000008200E00074C5B7101A82E00800000000C1E3A5B742CE36F8A0C2E4A6C8E0FBCD",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pfleiderer, Dieter":mailto:d.pfleiderer@fahrschule-neckarbl
 ick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eberle, M
 arkus":mailto:m.eberle@fahrschule-neckarblick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fahrlehre
 r Neckarblick":mailto:fahrlehrer@fahrschule-neckarblick.example.de
DESCRIPTION;LANGUAGE=de-DE:Monatliche Dienstbesprechung: Fahrzeugplanung\, 
 Prüfungstermine TÜV/KÜD\, Auslastung\, Neues aus der Prüfungsrichtlinie. 
 Pizza bringe ich mit.\n
RRULE:FREQ=MONTHLY;BYDAY=1MO;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000C1E3A5B742CE36F8A0C2E4A6C8E0FBCD
SUMMARY;LANGUAGE=de-DE:Dienstbesprechung Fahrlehrer
DTSTART;TZID=W. Europe Standard Time:20260105T193000
DTEND;TZID=W. Europe Standard Time:20260105T210000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251215T100011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungsraum Hauptstelle
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        trap="recurring-staff-meeting-own-school",
    ),
    dict(
        OTHER,
        kind="google-export-family",
        uid="2lk6n0q3t8v1m5h9b4r7d3a6ei@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Eberle
X-WR-TIMEZONE:Europe/Berlin
X-WR-CALDESC:Familienkalender
{BERLIN_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260203T163000
DTEND;TZID=Europe/Berlin:20260203T170000
DTSTAMP:20260205T201011Z
UID:2lk6n0q3t8v1m5h9b4r7d3a6ei@google.com
CREATED:20260120T181503Z
DESCRIPTION:Fr. Weinmann\, Klassenzimmer 1b. Lesen + Schreibschrift\, Sozi
 alverhalten. Markus + Carmen.
LAST-MODIFIED:20260120T181503Z
LOCATION:Grundschule Degerloch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lernentwicklungsgespräch Noah
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="school-parent-conference-gespraech",
    ),
    dict(
        OTHER,
        kind="public-agency-appointment",
        uid="BA-TERMIN-20260113-0800-7731@termine.arbeitsagentur.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bundesagentur für Arbeit//Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:BA-TERMIN-20260113-0800-7731@termine.arbeitsagentur.example.de
DTSTAMP:20260105T101533Z
DTSTART:20260113T070000Z
DTEND:20260113T080000Z
SUMMARY:Beratungsgespräch Berufsberatung im Erwerbsleben
DESCRIPTION:Ihr Termin bei der Agentur für Arbeit Neckarhalden\nAnliegen: 
 Berufliche Weiterentwicklung – Weiterbildung zum Fahrerlaubnisprüfer / Fö
 rdermöglichkeiten\nBerater: Herr Klaus Wiedmann\n\nBitte bringen Sie Ihre
 n Lebenslauf und Ihre Zeugnisse mit.
LOCATION:Agentur für Arbeit Neckarhalden\, Zimmer 214
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="career-counselling-appointment-mentions-target-job",
    ),
    dict(
        OTHER,
        kind="calendly-coaching",
        uid="d6059756-6415-4865-95b3-3fc255fd182c",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly LLC//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:d6059756-6415-4865-95b3-3fc255fd182c
DTSTAMP:20260126T210544Z
DTSTART:20260202T160000Z
DTEND:20260202T170000Z
SUMMARY:Markus Eberle und Nadine Kress
ORGANIZER;CN=Nadine Kress:mailto:kontakt@kress-karrierecoaching.example.de
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ma
 rkus.eberle76@web.de
ATTENDEE;CN=Nadine Kress;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kon
 takt@kress-karrierecoaching.example.de
DESCRIPTION:Terminart: Bewerbungscoaching Modul 2 – Vorstellungsgespräch t
 rainieren (60 Min.\, Video)\n\nOrt: Zoom – der Link folgt per E-Mail\n\nF
 ragen:\nFür welche Stelle bereitest du dich vor?\n> Fahrschulleiter und Fl
 eet Safety\, Gespräche Anfang Februar\n\nMöchtest du Änderungen an diesem 
 Termin vornehmen?\nAbsagen: https://calendly.com/cancellations/d6059756-6
 415-4865-95b3-3fc255fd182c\n\nBereitgestellt von Calendly.com
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="calendly-interview-coaching-names-only-summary",
    ),
    dict(
        OTHER,
        kind="outlook-teaching-course",
        uid="040000008200E00074C5B7101A82E00800000000D2F4B6C853DF47A9B1D3F5B7D9F1ACDE",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pfleiderer, Dieter":mailto:d.pfleiderer@fahrschule-neckarbl
 ick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eberle, M
 arkus":mailto:m.eberle@fahrschule-neckarblick.example.de
DESCRIPTION;LANGUAGE=de-DE:BKF-Weiterbildung Modul 3 (Gesundheit\, Verkehrs
 - und Betriebssicherheit)\, 14 Teilnehmer von Kunde Bäuerle Transporte. Do
 zent: Markus. Kaffee/Brezeln bestellt.\n
UID:040000008200E00074C5B7101A82E00800000000D2F4B6C853DF47A9B1D3F5B7D9F1ACDE
SUMMARY;LANGUAGE=de-DE:BKF-Weiterbildung Modul 3 – Dozent M. Eberle
DTSTART;TZID=W. Europe Standard Time:20260425T080000
DTEND;TZID=W. Europe Standard Time:20260425T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260325T082201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungsraum Hauptstelle
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        trap="user-teaches-bkf-module-dozent-word",
    ),
    dict(
        OTHER,
        kind="thunderbird-asf",
        uid="6f60cba8-1f81-4b40-a442-0f8ae9f3c42e",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{BERLIN_MOZ}
BEGIN:VEVENT
CREATED:20260225T171503Z
LAST-MODIFIED:20260225T171544Z
DTSTAMP:20260225T171544Z
UID:6f60cba8-1f81-4b40-a442-0f8ae9f3c42e
SUMMARY:ASF Sitzung 2 – Gruppengespräch + Fahrprobe
DTSTART;TZID=Europe/Berlin:20260312T180000
DTEND;TZID=Europe/Berlin:20260312T210000
DESCRIPTION:Aufbauseminar für Fahranfänger (§ 2b StVG)\, 5 TN. Fahrprobe m
 it je 2 TN im Auto\, danach Auswertung im Gruppengespräch.
LOCATION:Schulungsraum Hauptstelle
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
        trap="novice-driver-seminar-gespraech-and-fahrprobe",
    ),
    dict(
        OTHER,
        kind="google-invite-podcast",
        uid="7sd3k1q9t5v0n4m8h2b6r0a7fq@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260527T180000Z
DTEND:20260527T190000Z
DTSTAMP:20260514T120911Z
ORGANIZER;CN=Timo Fahrschulfunk:mailto:timo@fahrschulfunk.example.de
UID:7sd3k1q9t5v0n4m8h2b6r0a7fq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Timo Fahrschulfunk;X-NUM-GUESTS=0:mailto:timo@fahrschulfunk.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=markus.eberle76@web.de;X-NUM-GUESTS=0:mailto:markus.eberle76@web.d
 e
CREATED:20260514T120908Z
DESCRIPTION:Servus Markus! Aufnahme für Folge 58 – Interview mit dir über d
 ie CE-Ausbildung\, Fahrermangel und warum so wenige Fahrlehrer nachkommen.
  Studio-Link: https://riverside.example.com/studio/fahrschulfunk-58 – Kopf
 hörer bitte!\n\nInvitation from Google Calendar: https://calendar.google.c
 om/calendar/
LAST-MODIFIED:20260514T120910Z
LOCATION:https://riverside.example.com/studio/fahrschulfunk-58
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Aufnahme Fahrschulfunk – Interview mit Markus Eberle
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="podcast-guest-interview-with-user-name",
    ),
    dict(
        OTHER,
        kind="event-registration",
        uid="evt-2026-0113-pws-karriereabend-reg-55120@events.pruefwerk-sued.example.de",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Prüfwerk Süd GmbH//Veranstaltungen//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:evt-2026-0113-pws-karriereabend-reg-55120@events.pruefwerk-sued.example.de
DTSTAMP:20260107T091103Z
DTSTART:20260113T170000Z
DTEND:20260113T183000Z
SUMMARY:Infoabend: Karriere als Fahrerlaubnisprüfer/in bei Prüfwerk Süd
DESCRIPTION:Vielen Dank für Ihre Anmeldung!\n\nAn diesem offenen Infoabend 
 stellen wir das Traineeprogramm Fahrerlaubnisprüfer/in vor: Voraussetzun
 gen\, Ausbildung zum aaSoP\, Verdienst\, Bewerbungsverfahren. Danach Fra
 gerunde mit Prüferinnen und Prüfern. Keine Bewerbungsunterlagen nötig.\n\n
 Teilnehmer: Markus Eberle (markus.eberle76@web.de)
LOCATION:Prüfwerk Süd Hauptverwaltung\, Borsigstraße 41\, 70469 Stuttgart\, 
 Foyer
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="employer-open-info-evening-before-applying",
    ),
]
