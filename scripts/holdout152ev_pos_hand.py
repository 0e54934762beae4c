"""holdout152: the user's own interviews she typed herself, and a few more from employers."""

from holdout152ev_ics import ev

EVENTS = [
    ev(
        "typed-final",
        "8E1F2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
%%TZ Europe/Zurich%%
BEGIN:VEVENT
UID:8E1F2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B
DTSTAMP:20261103T193512Z
CREATED:20261103T193512Z
DTSTART;TZID=Europe/Zurich:20261112T083000
DTEND;TZID=Europe/Zurich:20261112T100000
SUMMARY:Marriott final!! Claudia Engel (RVP) + Dominik
LOCATION:Zurich Marriott\, Neumühlequai 42
DESCRIPTION:Ferien eingeben ✔︎\nmitnehmen: Forecast-Deck\, Pickup-Analyse
 \, 90-Tage-Plan\nFragen: Cluster = 2 Häuser oder auch Basel? Reporting li
 ne Area DOR\nDresscode business
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Marriott International",
        role="",
        stage="final",
        interviewers="Claudia Engel;Dominik",
        trap="hand-typed-final-first-name-only",
    ),
    ev(
        "typed-entrevista",
        "3f0b9a6e1d2c@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:chiara.romano.hotel@bluewin.ch
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART:20261027T091500
DTEND:20261027T100000
DTSTAMP:20261022T180000Z
UID:3f0b9a6e1d2c@google.com
CREATED:20261022T175955Z
DESCRIPTION:Sra. Núria Puig (Corporate Revenue Director H10) – Teams\, lin
 k im Mail v. 22.10.\nrol: Revenue Manager Cluster Barcelona (3 hoteles)\nO
 JO: 9:15 hora de Barcelona = gleiche Zeit
LAST-MODIFIED:20261022T180000Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:entrevista H10 (Teams)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="H10 Hotels",
        role="Revenue Manager Cluster Barcelona",
        stage="",
        interviewers="Núria Puig",
        trap="hand-typed-floating-spanish-entrevista",
    ),
    ev(
        "vorstellungsgespraech",
        "buergenstock-vg-2026-3391@buergenstock.ch",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Sehr geehrte Frau Romano\n\nBesten Dank für Ihr Interesse an d
 er Position Director of Revenue Management. Gerne laden wir Sie zu einem V
 orstellungsgespräch mit Herrn Bruno Schuler (Director of Sales & Marketing
 ) und Frau Nicole Amstutz (HR) ein.\n\nDie Bürgenstock Bahn ab Kehrsiten
  fährt alle 30 Minuten. Bitte melden Sie sich an der Rezeption Bürgenstock
  Hotel.\n\nFreundliche Grüsse\nNicole Amstutz\n
DTEND;TZID="W. Europe Standard Time":20261009T113000
DTSTAMP:20261001T123000Z
DTSTART;TZID="W. Europe Standard Time":20261009T100000
LOCATION:Bürgenstock Hotel\, 6363 Obbürgen
ORGANIZER;CN="Amstutz Nicole":mailto:nicole.amstutz@buergenstock.ch
ATTENDEE;CN="Schuler Bruno";ROLE=REQ-PARTICIPANT:mailto:bruno.schuler@buer
 genstock.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:chiara.r
 omano.hotel@bluewin.ch
SUMMARY;LANGUAGE=de-ch:Vorstellungsgespräch Frau C. Romano
UID:buergenstock-vg-2026-3391@buergenstock.ch
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Bürgenstock Hotels",
        role="Director of Revenue Management",
        stage="",
        interviewers="bruno.schuler@buergenstock.ch;nicole.amstutz@buergenstock.ch",
        trap="outlook-vorstellungsgespraech-hr-organizer-interviews",
    ),
    ev(
        "typed-probetag",
        "B7C6D5E4-F3A2-4B1C-9D8E-7F6A5B4C3D2E",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B7C6D5E4-F3A2-4B1C-9D8E-7F6A5B4C3D2E
DTSTAMP:20261015T201000Z
DTSTART;VALUE=DATE:20261029
DTEND;VALUE=DATE:20261030
SUMMARY:Bürgenstock – Hospitationstag (2. Runde)
DESCRIPTION:ganzer Tag mit Revenue-Team + Meeting mit GM Robert Herr am Nac
 hmittag. Zug 7:05 ab HB -> Luzern\, Schiff. Freitag frei genommen (ZA)!
LOCATION:Bürgenstock Resort
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Bürgenstock Hotels",
        role="",
        stage="onsite",
        interviewers="Robert Herr",
        trap="hand-typed-all-day-hospitationstag",
    ),
    ev(
        "typed-final",
        "1b7d5e2a9c0f@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Zurich
%%TZ Europe/Zurich%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261105T180000
DTEND;TZID=Europe/Zurich:20261105T190000
DTSTAMP:20261030T071500Z
UID:1b7d5e2a9c0f@google.com
DESCRIPTION:Accor letzte Runde mit Jean-Baptiste Moreau (COO Accor Switzerl
 and) – video\, Link kommt von Florian. Gehalt: nicht unter 145k + Bonus!
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Accor 3. Runde / JB Moreau
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Accor",
        role="",
        stage="final",
        interviewers="Jean-Baptiste Moreau",
        trap="hand-typed-dritte-runde-salary-note",
    ),
    ev(
        "zweitgespraech",
        "tt-interview-9a4f21b6e3@teamtailor.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Zurich%%
BEGIN:VEVENT
UID:tt-interview-9a4f21b6e3@teamtailor.com
DTSTAMP:20261013T090000Z
DTSTART;TZID=Europe/Zurich:20261019T140000
DTEND;TZID=Europe/Zurich:20261019T153000
SUMMARY:Zweitgespräch vor Ort – Sorell Hotel Zürichberg
DESCRIPTION:Liebe Chiara\n\nWir freuen uns\, dich im Sorell Hotel Zürichbe
 rg (Orellistrasse 21) zu begrüssen. Du triffst Daniel Wyss (Regional Dir
 ector) und Simone Kälin (CFO). Bitte bring eine kurze Analyse zur Ratenstr
 ategie Winter 2026/27 mit (max. 5 Folien).\n\nHerzliche Grüsse\nNadine
ORGANIZER;CN=Nadine Suter:mailto:nadine.suter@sorellhotels.com
ATTENDEE;CN=Daniel Wyss:mailto:daniel.wyss@sorellhotels.com
ATTENDEE;CN=Simone Kälin:mailto:simone.kaelin@sorellhotels.com
ATTENDEE;CN=Chiara Romano;RSVP=TRUE:mailto:chiara.romano.hotel@bluewin.ch
LOCATION:Sorell Hotel Zürichberg\, Orellistrasse 21\, 8044 Zürich
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Sorell Hotels",
        role="",
        stage="onsite",
        interviewers="daniel.wyss@sorellhotels.com;simone.kaelin@sorellhotels.com",
        trap="teamtailor-zweitgespraech-vor-ort",
    ),
    ev(
        "vorstellung-vorort",
        "bhof-vorstellung-20261202@bayerischerhof.de",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Europe/Berlin%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20261202T140000
DTEND;TZID=Europe/Berlin:20261202T160000
DTSTAMP:20261125T094500Z
ORGANIZER;CN=Personalabteilung Bayerischer Hof:mailto:personal@bayerischerh
 of.de
UID:bhof-vorstellung-20261202@bayerischerhof.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Innegr
 it Volkhardt;X-NUM-GUESTS=0:mailto:volkhardt@bayerischerhof.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Ma
 rtin Seitz;X-NUM-GUESTS=0:mailto:m.seitz@bayerischerhof.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Chiara Romano;X-NUM-GUESTS=0:mailto:chiara.romano.hotel@bluewin.ch
DESCRIPTION:Persönliche Vorstellung – Director of Revenue. Treffpunkt: Emp
 fang Hotel Bayerischer Hof\, Promenadeplatz 2-6\, München. Anschliessend
  Hausführung.
LOCATION:Hotel Bayerischer Hof\, Promenadeplatz 2-6\, 80333 München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellung Frau Romano
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
        interview=1,
        company="Hotel Bayerischer Hof",
        role="Director of Revenue",
        stage="onsite",
        interviewers="volkhardt@bayerischerhof.de;m.seitz@bayerischerhof.de",
        trap="german-vorstellung-summary-hr-mailbox",
    ),
]
