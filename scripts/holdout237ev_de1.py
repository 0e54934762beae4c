"""holdout237 events: German orchestras' Probespiele, part 1 (Bonn process, Duisburg, Bremen, Braunschweig)."""

from holdout237ev_tz import BERLIN_GOOGLE, W_EUROPE

EVENTS = [
    dict(
        kind="probespiel-bonn",
        uid="5j8r2k0d7f3g1h6m9n4p2q8s1t@google.com",
        interview=1, company="Beethoven Orchester Bonn", role="stellv. Solo-Bratsche", stage="technical",
        interviewers="", trap="german-probespiel-vorrunde-hinter-vorhang",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250915T100000
DTEND;TZID=Europe/Berlin:20250915T160000
DTSTAMP:20250818T075933Z
ORGANIZER;CN=Orchesterbüro BOB:mailto:orchesterbuero@beethoven-orchester.de
UID:5j8r2k0d7f3g1h6m9n4p2q8s1t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.castellanos.viola@gmail.com;X-NUM-GUESTS=0:mailto:irene.cast
 ellanos.viola@gmail.com
CREATED:20250818T075810Z
DESCRIPTION:Sehr geehrte Frau Castellanos Vidal\,\n\nwir freuen uns\, Sie z
 um Probespiel für die Position der stellvertretenden Solo-Bratsche einzulad
 en.\n\n1. Runde (hinter dem Vorhang): Stamitz D-Dur\, 1. Satz mit Kadenz\n2
 . Runde: Walton oder Bartók\, 1. Satz\n3. Runde: Orchesterstellen (siehe Li
 ste)\n\nEinspielzeit und Reihenfolge werden am Morgen ausgelost. Ein Korrep
 etitor steht zur Verfügung. Reisekosten können leider nicht erstattet werd
 en.\n\nMit freundlichen Grüßen\nIhr Orchesterbüro
LAST-MODIFIED:20250818T075933Z
LOCATION:Probensaal Beethoven Orchester\, Wachsbleiche 1\, 53111 Bonn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probespiel stellv. Solo-Bratsche – Beethoven Orchester Bonn
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="probedienste-bonn",
        uid="BOB-DIENSTPLAN-2025-41-PD-CASTELLANOS",
        interview=1, company="Beethoven Orchester Bonn", role="stellv. Solo-Bratsche", stage="onsite",
        interviewers="", trap="probedienste-trial-services-with-orchestra",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Beethoven Orchester Bonn//Dienstplan//DE
METHOD:PUBLISH
X-WR-CALNAME:Dienstplan Gäste
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
UID:BOB-DIENSTPLAN-2025-41-PD-CASTELLANOS
DTSTAMP:20250922T090000Z
DTSTART;VALUE=DATE:20251006
DTEND;VALUE=DATE:20251013
SUMMARY:Probedienste Fr. Castellanos (stellv. Solo-Va.) – 2. Sinfoniekonzert
DESCRIPTION:Probedienste im Rahmen des Probespielverfahrens: 6 Dienste (4 P
 roben\, GP\, Konzert). Platz: 1. Pult innen. Programm: Schumann Manfred-Ou
 vertüre\; Bruch Konzert für Klarinette und Viola\; Dvořák 7. Dienstplan
  siehe Aushang.
LOCATION:Opernhaus Bonn / Beethovenhalle
CATEGORIES:Probedienste
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="orchestervorstand",
        uid="040000008200E00074C5B7101A82E00800000000F4C3B2A1D09BDB0100000000000000001000000099AB12CD34EF",
        interview=1, company="Beethoven Orchester Bonn", role="stellv. Solo-Bratsche", stage="final",
        interviewers="matthias.wendt@beethoven-orchester.de;jonas.keller@beethoven-orchester.de;"
        "defne.arslan@beethoven-orchester.de",
        trap="orchestervorstand-meeting-before-probejahr-sent-by-assistant-room",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Matthias";SENT-BY="mailto:orchesterbuero@beethoven-orchester.de":mailto:matthias.wendt
 @beethoven-orchester.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=irene.castellanos.viola@gmail.com:mailto:
 irene.castellanos.viola@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Keller, Jonas":mailto:jonas.keller@beethove
 n-orchester.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Arslan, Defne":mailto:defne.arslan@beethove
 n-orchester.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="BOB Besprechungsraum 2.
 OG":mailto:raum.bob.2og@beethoven-orchester.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Castellanos\,\n\nnach Ihren Probediensten möchten der O
 rchestervorstand (Herr Keller\, Frau Arslan) und ich gerne mit Ihnen sprechen\, bevor wir d
 em Orchester die Abstimmung über Ihre Aufnahme ins Probejahr vorschlagen. Themen: Eindrücke
  aus den Diensten\, Einsatz in Oper und Konzert\, Beginn des Probejahres und Vertrag (TVK).
 \n\nBeste Grüße\nMatthias Wendt\nOrchesterdirektor\n\n__________________________________\nM
 icrosoft Teams-Besprechung\nÜber Ihren Computer oder die mobile App teilnehmen\nKlicken Sie
  hier\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 381 552 907 114\nPasscode: 7Qb
 2Xn\n__________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F4C3B2A1D09BDB0100000000000000001000000099AB12CD34EF
SUMMARY;LANGUAGE=de-DE:Gespräch Orchestervorstand / Probejahr – Fr. Castellanos
DTSTART;TZID=W. Europe Standard Time:20251010T120000
DTEND;TZID=W. Europe Standard Time:20251010T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251007T143002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BOB Besprechungsraum 2. OG\; Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:orchesterbuero@beethoven-orchester.de\;gruu\;opaque=app:conf
 :focus:id:381552907114
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="audition-duisburg",
        uid="1c9a7e5b3d2f4a6c8e0b2d4f6a8c0e2b@duisburger-philharmoniker.de",
        interview=1, company="Duisburger Philharmoniker", role="Tutti Viola", stage="technical", interviewers="",
        trap="english-audition-invitation-german-orchestra",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Duisburger Philharmoniker//Orchestra Office//EN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:1c9a7e5b3d2f4a6c8e0b2d4f6a8c0e2b@duisburger-philharmoniker.de
DTSTAMP:20250505T131500Z
DTSTART;TZID=Europe/Berlin:20250604T093000
DTEND;TZID=Europe/Berlin:20250604T173000
SUMMARY:Audition Tutti Viola – Duisburger Philharmoniker
DESCRIPTION:Dear Ms Castellanos Vidal\,\n\nThank you for your application.
  We are pleased to invite you to the audition for the position of Tutti Vi
 ola.\n\nRound 1 (behind a screen): Stamitz or Hoffmeister\, 1st movement
 \nRound 2: Romantic concerto\, 1st movement\nFinal: orchestral excerpts\n\n
 Please confirm your attendance via muvac. Warm-up rooms are available from
  8:30.\n\nKind regards\nOrchestra Office
LOCATION:Theater Duisburg\, Opernplatz\, 47051 Duisburg
ORGANIZER;CN=Orchestra Office:mailto:orchesterbuero@duisburger-philharmoniker.de
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:irene.castellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-bremen",
        uid="personio-interview-6f1e2d3c-4b5a-4978-8c6d-5e4f3a2b1c0d",
        interview=1, company="Bremer Philharmoniker", role="Tutti-Bratsche (m/w/d)", stage="technical",
        interviewers="", trap="personio-probespiel-invitation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-6f1e2d3c-4b5a-4978-8c6d-5e4f3a2b1c0d
DTSTAMP:20250620T081044Z
DTSTART:20250714T080000Z
DTEND:20250714T090000Z
SUMMARY:Probespiel: Tutti-Bratsche (m/w/d) – Irene Castellanos Vidal
DESCRIPTION:Hallo Irene Castellanos Vidal\,\n\nvielen Dank für Ihre Bewerbu
 ng als Tutti-Bratsche (m/w/d) bei der Bremer Philharmoniker GmbH. Hiermit
  laden wir Sie zum Probespiel ein.\n\nOrt: Probensaal der Bremer Philharmon
 iker\, Plantage 13\, 28215 Bremen\n\nBitte bringen Sie Ihre Noten für das
  Pflichtstück sowie die Orchesterstellen mit. Die 1. Runde findet hinter e
 inem Vorhang statt.\n\nBei Fragen antworten Sie einfach auf diese E-Mail.
 \n\nViele Grüße\nIhr Team der Bremer Philharmoniker
LOCATION:Plantage 13\, 28215 Bremen
ORGANIZER;CN=Bremer Philharmoniker GmbH:mailto:jobs-noreply@bremerphilharmoniker.jobs.personio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene Castellanos Vidal:mailto:irene.cast
 ellanos.viola@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="probespiel-braunschweig",
        uid="0A7C3E9B-1F4D-4E2A-B5C8-6D9E0F1A2B3C",
        interview=1, company="Staatsorchester Braunschweig", role="", stage="technical", interviewers="",
        trap="self-typed-german-probespiel-berlin-tz",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
CALSCALE:GREGORIAN
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
CREATED:20250402T201512Z
DTSTAMP:20250402T201640Z
UID:0A7C3E9B-1F4D-4E2A-B5C8-6D9E0F1A2B3C
SUMMARY:Probespiel Braunschweig (Tutti-Va)
DTSTART;TZID=Europe/Berlin:20250505T130000
DTEND;TZID=Europe/Berlin:20250505T180000
LOCATION:Staatstheater Braunschweig\, Am Theater
DESCRIPTION:Einspielen ab 12:00 Kleines Haus. Hoffmeister + Stellen (Mendel
 ssohn Sommernachtstraum\, Strauss Don Juan\, Beethoven 5 2.Satz). Vuelo F
 RA domingo + tren ICE. Alojamiento: casa de Sophie (Hannover)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
