"""holdout191: later rounds added to the calendar (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "workday",
        "uid": "WD-AMA-INTV-8a0e4b17-21c9-4d3f-a6e2-5b7c9d0f1e33",
        "interview": 1,
        "company": "Amadeus",
        "role": "Senior FP&A Analyst",
        "stage": "hiring_manager",
        "interviewers": "thomas.guerin@amadeus.com",
        "trap": "workday-rebooked-after-cancellation-new-uid",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-AMA-INTV-8a0e4b17-21c9-4d3f-a6e2-5b7c9d0f1e33
DTSTAMP:20250425T101203Z
SEQUENCE:0
STATUS:CONFIRMED
DTSTART:20250430T120000Z
DTEND:20250430T124500Z
SUMMARY:Interview with Hiring Manager – Senior FP&A Analyst (Madrid) – Ama
 deus
DESCRIPTION:Dear Valentina\,\n\nAs promised\, here is the new slot for you
 r interview with Thomas Guérin (Head of FP&A\, Distribution). The conversa
 tion will take place in English on Microsoft Teams.\n\nhttps://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_QW1hZGV1%40thread.v2/0\n\nAmadeus Tal
 ent Acquisition
ORGANIZER;CN=Amadeus Careers:mailto:amadeus@myworkday.com
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto
 :valentina.gomezr@outlook.com
ATTENDEE;CN=Thomas Guérin;ROLE=REQ-PARTICIPANT:mailto:thomas.guerin@amade
 us.com
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "2r6t0h4n8k3s7c1q5v9m2d6e0b@google.com",
        "interview": 1,
        "company": "Rappi",
        "role": "",
        "stage": "final",
        "interviewers": "Esteban",
        "trap": "typed-google-export-x-wr-timezone-final",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:valentina.gomezr@outlook.com
X-WR-TIMEZONE:America/Bogota
BEGIN:VEVENT
DTSTART:20250307T203000Z
DTEND:20250307T211500Z
DTSTAMP:20250305T030000Z
UID:2r6t0h4n8k3s7c1q5v9m2d6e0b@google.com
CREATED:20250305T025900Z
DESCRIPTION:oficinas Rappi Cl 93 piso 4. última con Esteban (VP Finance)
 . Manuela dijo que es más conversación que caso
LAST-MODIFIED:20250305T025900Z
LOCATION:Rappi HQ
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rappi – final VP Finance
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
