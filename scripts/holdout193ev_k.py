"""holdout193 events, part k: more of the hotel's everyday calendar and job-search look-alikes.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "vendor-demo",
        "hubspot-meeting-trustyou-51180227",
        0,
        "",
        "",
        "",
        "",
        "vendor-demo-guest-survey-tool",
        r"""BEGIN:VCALENDAR
PRODID:-//HubSpot//Meetings//EN
VERSION:2.0
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:hubspot-meeting-trustyou-51180227
DTSTAMP:20261015T130000Z
DTSTART;TZID=Europe/Berlin:20261021T150000
DTEND;TZID=Europe/Berlin:20261021T153000
SUMMARY:TrustYou Demo: Guest Surveys & Reviews – Alpenhof Seefeld
DESCRIPTION:Hi Stefan\, thanks for booking a demo. We'll show you post-stay
  surveys\, in-stay feedback and review response. Zoom link below.\nhttps:/
 /trustyou.zoom.us/j/92211045532\nBest\, Jonas (Sales DACH)
LOCATION:Zoom
ORGANIZER;CN=Jonas Reuter:mailto:jonas.reuter@trustyou.com
ATTENDEE;CN=Stefan Brunner;RSVP=TRUE:mailto:rezeption.leitung@alpenhof-seefeld.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "sterne-pruefung",
        "040000008200E00074C5B7101A82E0080000000011BB22CC33DDDB01000000000000000010000000535445524E454B4C4153534946",
        0,
        "",
        "",
        "",
        "",
        "hotel-star-classification-inspection",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Lanser, Martin":mailto:m.lanser@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hausdame Irmgard":mailto:hausdame@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Klassifizierungskommission WKO Tirol kommt zur 
 Überprüfung der 4*S. Kriterienkatalog Rezeption (24h-Erreichbarkeit\, Spra
 chen\, Gepäckservice) bitte vorbereiten.\n
UID:040000008200E00074C5B7101A82E0080000000011BB22CC33DDDB01000000000000000010000000535445524E454B4C4153534946
SUMMARY;LANGUAGE=de-AT:Sterne-Klassifizierung WKO – Begehung
DTSTART;TZID=W. Europe Standard Time:20261022T090000
DTEND;TZID=W. Europe Standard Time:20261022T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Alpenhof Seefeld
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bewerbung-deadline",
        "0a1s2d3f4g5h6j7k8l9zxcvbnm@google.com",
        0,
        "",
        "",
        "",
        "",
        "application-deadline-reminder",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261130
DTEND;VALUE=DATE:20261201
DTSTAMP:20261120T200000Z
UID:0a1s2d3f4g5h6j7k8l9zxcvbnm@google.com
SUMMARY:Bewerbung Kempinski München abschicken!! (Frist)
DESCRIPTION:Motivationsschreiben auf EN\, Zeugnis Alpenhof anfordern
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "mystery-check",
        "B3C4D5E6-F7A8-4B9C-8D0E-1F2A3B4C5D6F",
        0,
        "",
        "",
        "",
        "",
        "mystery-guest-report-review",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.2//EN
CALSCALE:GREGORIAN
%%TZ vienna-apple%%
BEGIN:VEVENT
CREATED:20270112T083000Z
UID:B3C4D5E6-F7A8-4B9C-8D0E-1F2A3B4C5D6F
DTEND;TZID=Europe/Vienna:20270118T103000
TRANSP:OPAQUE
SUMMARY:Mystery-Check Auswertung mit Dir. (Rezeption 81%)
LAST-MODIFIED:20270112T083000Z
DTSTAMP:20270112T083000Z
DTSTART;TZID=Europe/Vienna:20270118T100000
DESCRIPTION:Telefonannahme + Check-in Punkte verloren\, Schulung planen
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
