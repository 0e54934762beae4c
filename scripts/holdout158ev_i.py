# ruff: noqa: E501
"""holdout158 events, part i: more of the user on the hiring side (panels, ATS invites, candidates). CC0 1.0."""

from holdout158ev_tz import BERLIN, W_EUROPE

EVENTS = [
    (
        "zweitgespraech-ressort",
        "040000008200E00074C5B7101A82E0080000000011BB22CC33DDDB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A08",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ketelsen, Bernd";SENT-BY="mailto:sekretariat.chefredaktion@hanse-rundschau.de":mailto:bernd.ketelsen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=m.vogt@posteo.de:mailto:m.vogt@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Zweitgespräch mit Herrn Vogt (stv. Ressortleitung Wirtschaft). Friederike\, du bist als künftige Kollegin dabei – bitte die Fragen zu Führung und Blattplanung übernehmen.\n
UID:040000008200E00074C5B7101A82E0080000000011BB22CC33DDDB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A08
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Marten Vogt (stv. RL Wirtschaft)
DTSTART;TZID=W. Europe Standard Time:20250430T150000
DTEND;TZID=W. Europe Standard Time:20250430T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250424T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Chefredaktion
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-second-round-panel-same-words",
    ),
    (
        "personio-interviewer",
        "personio-interview-8840019-hr",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-8840019-hr
DTSTAMP:20250321T120101Z
DTSTART;TZID=Europe/Berlin:20250326T100000
DTEND;TZID=Europe/Berlin:20250326T110000
SUMMARY:Interview: Mehmet Aydın für Redakteur (m/w/d) Wirtschaft
DESCRIPTION:Sie wurden zu einem Interview eingeladen.\n\nKandidat: Mehmet Aydın\nStelle: Redakteur (m/w/d) Wirtschaft\nInterviewer: Friederike Janssen\, Bernd Ketelsen\n\nLebenslauf und Anschreiben: https://hanse-rundschau.personio.de/recruiting/applications/3318820\nBewertungsbogen nach dem Gespräch bitte in Personio ausfüllen.
LOCATION:Raum Elbe (6.OG)
ORGANIZER;CN=Dagmar Wiese:mailto:dagmar.wiese@hanse-rundschau.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;CN=Bernd Ketelsen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bernd.ketelsen@hanse-rundschau.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-personio-interviewer-invite",
    ),
    (
        "candidate-gmail",
        "2r7t9vbn3m5k1j8h6g4f2d0s9a@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250402T143000Z
DTEND:20250402T150000Z
DTSTAMP:20250328T210945Z
ORGANIZER;CN=Paul Hinrichs:mailto:paul.hinrichs99@gmail.com
UID:2r7t9vbn3m5k1j8h6g4f2d0s9a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=friederike.janssen@hanse-rundschau.de;X-NUM-GUESTS=0:mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Paul Hinrichs;X-NUM-GUESTS=0:mailto:paul.hinrichs99@gmail.com
DESCRIPTION:Hallo Frau Janssen\, wie am Telefon besprochen schicke ich Ihnen den Termin für unser Gespräch über das Praktikum im Sommer. Ich bin unter 0157 33920117 erreichbar. Viele Grüße\, Paul Hinrichs
LOCATION:Hanseatische Rundschau\, Empfang
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Praktikum Sommer 2025 – Paul Hinrichs / Fr. Janssen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-candidate-freemail-organizer",
    ),
    (
        "gespraechsblock-serie",
        "040000008200E00074C5B7101A82E00800000000A5A5B6B6C7C7DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A09",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wiese, Dagmar":mailto:dagmar.wiese@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Özdemir, Selin":mailto:selin.oezdemir@hanse-rundschau.de
DESCRIPTION;LANGUAGE=de-DE:Blocker für die Gespräche mit den Bewerberinnen und Bewerbern für das Online-Volontariat (jeweils drei à 40 Min.). Die Namen und Mappen schicke ich jeweils am Vortag.\n
RRULE:FREQ=DAILY;COUNT=3
UID:040000008200E00074C5B7101A82E00800000000A5A5B6B6C7C7DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A09
SUMMARY;LANGUAGE=de-DE:Gespräche Online-Volo (Block)
DTSTART;TZID=W. Europe Standard Time:20250512T090000
DTEND;TZID=W. Europe Standard Time:20250512T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Raum Elbe (6.OG)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Wiese, Dagmar":mailto:dagmar.wiese@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Janssen, Friederike":mailto:friederike.janssen@hanse-rundschau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Özdemir, Selin":mailto:selin.oezdemir@hanse-rundschau.de
DESCRIPTION;LANGUAGE=de-DE:Dienstag erst nachmittags – vormittags Betriebsversammlung.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250513T090000
UID:040000008200E00074C5B7101A82E00800000000A5A5B6B6C7C7DB010000000000000000100000005E1EC7104A5E1EC7104A5E1EC7104A09
SUMMARY;LANGUAGE=de-DE:Gespräche Online-Volo (Block)
DTSTART;TZID=W. Europe Standard Time:20250513T140000
DTEND;TZID=W. Europe Standard Time:20250513T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Raum Elbe (6.OG)
END:VEVENT
END:VCALENDAR
""",
        0, "", "", "", "", "user-as-interviewer-recurring-block-with-override",
    ),
]
