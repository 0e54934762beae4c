"""holdout153: the user on the hiring side at her institute, part 2 (hand-written raw iCalendar text)."""

from holdout153ev_base import no

EVENTS = [
    dict(kind="rexx", ics=r"""
BEGIN:VCALENDAR
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@TZ:BERLIN@
BEGIN:VEVENT
UID:rexx-termin-20251106-000742-biozentrumhd
DTSTAMP:20251028T112233Z
DTSTART;TZID=Europe/Berlin:20251106T100000
DTEND;TZID=Europe/Berlin:20251106T110000
SUMMARY:Vorstellungsgespräch Costa\, Sara – Laborleitung Kryo-EM-Facility (Ke
 nnziffer 2025-041)
DESCRIPTION:Einladung für die Auswahlkommission\n\nBewerberin: Sara Costa\nSt
 elle: Laborleitung Kryo-EM-Facility (E13 TV-L\, 100 %)\nKommission: Prof. Dr
 . M. Kessler (Vorsitz)\, Dr. H. Weiss\, N. Schuster (Personalrat)\, Gleichst
 ellungsbeauftragte\n\nBewerbungsunterlagen und Interviewleitfaden: siehe rex
 x-Portal > Meine Auswahlverfahren. Bitte Bewertungsmatrix im Anschluss ausfül
 len.\n\nPersonalabteilung Biozentrum Heidelberg
LOCATION:Besprechungsraum 2.20
ORGANIZER;CN=Personalabteilung:mailto:bewerbung@biozentrum-hd.de
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weiss
 @biozentrum-hd.de
ATTENDEE;CN=Matthias Kessler;PARTSTAT=ACCEPTED:mailto:matthias.kessler@bioze
 ntrum-hd.de
ATTENDEE;CN=Nicole Schuster;PARTSTAT=ACCEPTED:mailto:nicole.schuster@bioze
 ntrum-hd.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=no("rexx-termin-20251106-000742-biozentrumhd", "user-as-interviewer-ats-invite-to-selection-committee")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Krüger, Janine":mailto:janine.krueger@randstad.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Melanie Oster
 tag:mailto:m.ostertag@web.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Dr. Weiss\,\n\nwie besprochen stelle i
 ch Ihnen für die befristete Stelle BTA/MTLA (Elternzeitvertretung) Frau Mel
 anie Ostertag vor – 8 Jahre Erfahrung in Proteinexpression (Insektenzellen\,
  ÄKTA). Ihr Profil haben Sie per Mail erhalten. Frau Ostertag kommt direkt
  zu Ihnen ins Institut\; ich bin telefonisch zugeschaltet.\n\nViele Grüße\nJ
 anine Krüger\nRandstad Professional – Life Sciences\, Mannheim
UID:040000008200E00074C5B7101A82E00800000000D6F8B0C2135BDC010000000000000000
 10000000DAF2B4C6E8A0D2F4B6C8E0A2D4F6B8C0
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung BTA – Frau Ostertag (Randstad)
DTSTART;TZID=W. Europe Standard Time:20251124T140000
DTEND;TZID=W. Europe Standard Time:20251124T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T150101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Biozentrum Heidelberg\, Raum 3.214
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000D6F8B0C2135BDC0100000000000000001000"
              "0000DAF2B4C6E8A0D2F4B6C8E0A2D4F6B8C0", "user-as-interviewer-agency-presents-candidate")),

    dict(kind="entry", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251126T081500Z
DESCRIPTION:Frau Ostertag\, 8:00–16:00\, Probearbeitstag\nBetreuung: ich (vor
 m.)\, Deniz (nachm.)\nAufgaben: Bac-to-Bac Transfektion ansetzen\, SEC-Lauf
  auf der ÄKTA pure\, Gel\nSicherheitsbelehrung vorher mit Frau Seidel!\nGäs
 teausweis beim Pförtner
DTEND;TZID=W. Europe Standard Time:20251202T160000
DTSTAMP:20251126T081500Z
DTSTART;TZID=W. Europe Standard Time:20251202T080000
LAST-MODIFIED:20251126T081500Z
LOCATION:Labor 3.12
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Probearbeiten BTA
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E7A9C1D3246BDC010000000000000000
 10000000EBA3C5D7F9B1E3A5C7D9F1B3E5A7C9D1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000E7A9C1D3246BDC0100000000000000001000"
              "0000EBA3C5D7F9B1E3A5C7D9F1B3E5A7C9D1", "user-as-interviewer-supervising-trial-day")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Albrecht, Susanne":mailto:susanne.albrecht@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:Hi Hannah\,\n\nas part of the Leadership Track (m
 odule 3: fair and structured recruitment) you can sit in on my postdoc inter
 views this Thursday as an observer. Please don't ask questions during the in
 terview – we'll debrief for 15 min afterwards and you can compare your notes
  with my scoring.\n\nCandidate: Dr. Wen Li (currently Shanghai\, joins via Z
 oom).\n\nSusanne
UID:040000008200E00074C5B7101A82E00800000000F8B0D2E4357BDC010000000000000000
 10000000FCB4D6E8A0C2F4B6D8E0A2C4F6B8D0E2
SUMMARY;LANGUAGE=en-US:Shadowing: postdoc interview (Albrecht lab)
DTSTART;TZID=W. Europe Standard Time:20251016T090000
DTEND;TZID=W. Europe Standard Time:20251016T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T164417Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Office 4.08 / Zoom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000F8B0D2E4357BDC0100000000000000001000"
              "0000FCB4D6E8A0C2F4B6D8E0A2C4F6B8D0E2", "user-as-interviewer-shadowing-as-observer")),

    dict(kind="entry", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Hannah Arbeit
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251202
DTEND;VALUE=DATE:20251203
DTSTAMP:20251202T195540Z
UID:2c6e0g4j8l2n6q0s4u8w2y6a0d@google.com
CREATED:20251202T195540Z
DESCRIPTION:Kaya: stark\, gutes Paper gewählt\, Fragen zu CTF souverän -> 4\n
 Mehta: nervös\, aber sehr solide Biochemie -> 4\nHerrera: top!! -> 5\, unbe
 dingt für AG Kessler\nBrenner: okay\, wenig eigene Ideen -> 3\nEze: Verbind
 ung schlecht\, nochmal nachfragen -> 3-4
LAST-MODIFIED:20251202T201012Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Notizen Panel C
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", label=no("2c6e0g4j8l2n6q0s4u8w2y6a0d@google.com", "user-as-interviewer-hand-typed-candidate-notes")),

    dict(kind="entry", lf=True, ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251106T174900Z
DTSTAMP:20251106T174910Z
DTSTART;TZID=Europe/Berlin:20251110T140000
DTEND;TZID=Europe/Berlin:20251110T143000
LAST-MODIFIED:20251106T174910Z
SEQUENCE:0
SUMMARY:Tim K. Hiwi
LOCATION:Labor 3.12
UID:C5E7A9B1-3D4F-4B62-8A0C-2E4F6A8B0C13
DESCRIPTION:Bachelor Biochemie 5. Sem\, ab Jan 8h/Woche?\nZeugnis mitbringen
  lassen\, Laborführung
END:VEVENT
END:VCALENDAR
""", label=no("C5E7A9B1-3D4F-4B62-8A0C-2E4F6A8B0C13", "user-as-interviewer-hiwi-applicant-terse")),

    dict(kind="teams-call", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Matthias":mailto:matthias.kessler@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dr. Pablo
  Ortega:mailto:p.ortega@cbm.csic.es
DESCRIPTION;LANGUAGE=en-US:Hi Pablo\,\n\nthanks for your application for the
  postdoc position (ERC project TRANSPORT). Hannah Weiss\, senior postdoc in
  my group\, and I would like to talk to you for about 45 minutes: your PhD w
 ork\, a short discussion of the attached cryo-EM map\, and your questions.\n\n
 Best\,\nMatthias\n\n_______________\nMicrosoft Teams meeting\nJoin: https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_NTcwYjEz\nMeeting ID: 390 114 7
 72 665  Passcode: k9R2sD\n_______________
UID:040000008200E00074C5B7101A82E00800000000A9C1E3F5468BDC010000000000000000
 10000000ADC5E7F9B1D3A5C7E9B1D3F5A7C9E1B3
SUMMARY;LANGUAGE=en-US:Postdoc interview – Pablo Ortega / Kessler lab
DTSTART;TZID=W. Europe Standard Time:20251030T160000
DTEND;TZID=W. Europe Standard Time:20251030T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T100520Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000A9C1E3F5468BDC0100000000000000001000"
              "0000ADC5E7F9B1D3A5C7E9B1D3F5A7C9E1B3", "user-as-interviewer-postdoc-interview-own-lab")),

    dict(kind="gcal-event", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Hannah Arbeit
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20251105T140000Z
DTEND:20251105T143000Z
DTSTAMP:20251103T090133Z
UID:3d7f1h5k9m3p7r1t5v9x3z7b1e@google.com
CREATED:20251103T090133Z
DESCRIPTION:Dr. Santos zwischen Vortrag und Kommissionsgespräch durch Krios-
 Raum + Prep-Labor führen\, Fragen zu Facility-Zugang beantworten. Nicht übe
 r Mitbewerber reden!
LAST-MODIFIED:20251103T090133Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Laborführung Santos (W1)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=no("3d7f1h5k9m3p7r1t5v9x3z7b1e@google.com", "user-as-interviewer-lab-tour-for-faculty-candidate")),

    dict(kind="task", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251106T121000Z
DESCRIPTION:Bewertungsmatrix Costa an Frau Seidel (Personal) + Begründung f
 ür Auswahlvermerk (AGG-konform formulieren!)
DTEND;VALUE=DATE:20251108
DTSTAMP:20251106T121000Z
DTSTART;VALUE=DATE:20251107
PRIORITY:1
SEQUENCE:0
SUMMARY;LANGUAGE=de:Feedback Laborleitung an Personal
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000B0D2F4A6579BDC010000000000000000
 10000000BED6F8A0C2E4B6D8F0A2C4E6B8D0F2A4
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000B0D2F4A6579BDC0100000000000000001000"
              "0000BED6F8A0C2E4B6D8F0A2C4E6B8D0F2A4", "user-as-interviewer-feedback-task-to-hr")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="BIPP Office":mailto:phd-programme@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:Dear group leaders and senior postdocs\,\n\nthe s
 hortlisted applicants will visit the labs on Wednesday afternoon. Please be
  in your lab between 14:00 and 17:00 to present your projects and answer qu
 estions. Applicants will indicate their preferred groups afterwards\; your i
 mpressions of the applicants are welcome via the portal.\n\nBIPP Office
UID:040000008200E00074C5B7101A82E00800000000C1E3A5B7680BDC010000000000000000
 10000000CFE7A9B1D3F5C7E9A1B3D5F7C9E1A3B5
SUMMARY;LANGUAGE=en-US:BIPP Interview Days – open labs (applicants visit)
DTSTART;TZID=W. Europe Standard Time:20251203T140000
DTEND;TZID=W. Europe Standard Time:20251203T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251118T120311Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Labs
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000C1E3A5B7680BDC0100000000000000001000"
              "0000CFE7A9B1D3F5C7E9A1B3D5F7C9E1A3B5", "user-as-interviewer-open-labs-for-phd-applicants")),
]
