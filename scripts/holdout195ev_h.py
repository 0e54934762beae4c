"""holdout195 raw events, part h: more hiring-side events (ambassador, mentors, decisions)."""

EVENTS = [
    {
        "kind": "booth-screen",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Romero, Gabe":mailto:gromero@indeed.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ethan Caldwell:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Nguyen, Tammy":mailto:tnguyen@indeed.com
DESCRIPTION;LANGUAGE=en-US:Thanks for repping Indeed as a campus ambassador
  at the Expo! Ethan: please talk to students at the booth\, take resumes
  and mark the top ones (A/B/C) on the sheet for our intern pipeline.
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DC010000000000000000100000006655443322110099
SUMMARY;LANGUAGE=en-US:Indeed booth @ UT Engineering Expo - ambassador shift
DTSTART:20250916T150000Z
DTEND:20250916T190000Z
DTSTAMP:20250910T150000Z
LOCATION;LANGUAGE=en-US:Gregory Gym\, Booth 42
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DC010000000000000000100000006655443322110099",
                    0, "", "", "", "", "user-as-interviewer-campus-ambassador-resume-screen")],
    },
    {
        "kind": "mentor-apps",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250910T190000
DTEND;TZID=America/Chicago:20250910T200000
DTSTAMP:20250906T010000Z
UID:12wics0mentor0chats@google.com
SUMMARY:peer mentor applicant chats (ACM) - 4x15
DESCRIPTION:me + Kiara. ask: why mentor\, time commitment\, one hard class
  they struggled w/. we pick 6 mentors total
LOCATION:GDC atrium
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("12wics0mentor0chats@google.com", 0, "", "", "", "", "user-as-interviewer-mentor-applicant-chats")],
    },
    {
        "kind": "decision-emails",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6.1//EN
BEGIN:VEVENT
UID:3B4C5D6E-7F80-4192-A3B4-C5D6E7F80912
DTSTAMP:20251124T180000Z
DTSTART:20251125T090000
DTEND:20251125T093000
SUMMARY:send UTA offers + rejections (from template)
DESCRIPTION:offers: marta\, aiden\, priya\, grace. waitlist leila. cc Dr H
END:VEVENT
END:VCALENDAR
""",
        "labels": [("3B4C5D6E-7F80-4192-A3B4-C5D6E7F80912", 0, "", "", "", "",
                    "user-as-interviewer-sending-decisions")],
    },
    {
        "kind": "ta-int-free-mail",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251119T160000Z
DTEND:20251119T162000Z
DTSTAMP:20251117T010000Z
ORGANIZER;CN=Ethan Caldwell:mailto:ethan.caldwell@utexas.edu
UID:13uta0int0marcus1119@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=marcusw.tx@outlook.com;PARTSTAT=ACCEPTED:mailto:marcusw.tx@outlook.com
SUMMARY:UTA interview (Marcus W.)
DESCRIPTION:Hey Marcus\, sending this to your personal email since your UT
  one bounced. 20 min\, Zoom: https://utexas.zoom.us/j/93358820014
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("13uta0int0marcus1119@google.com", 0, "", "", "", "",
                    "user-as-interviewer-candidate-personal-mail")],
    },
    {
        "kind": "office-hours",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250902T150000
DTEND;TZID=America/Chicago:20250902T170000
RRULE:FREQ=WEEKLY;UNTIL=20251205T230000Z;BYDAY=TU
EXDATE;TZID=America/Chicago:20251125T150000
DTSTAMP:20250828T140000Z
UID:14oh0439ta0tuesdays@google.com
SUMMARY:439 OH (my shift)
LOCATION:GDC basement lab / queue on ed
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251021T180000
DTEND;TZID=America/Chicago:20251021T200000
RECURRENCE-ID;TZID=America/Chicago:20251021T150000
DTSTAMP:20251015T140000Z
UID:14oh0439ta0tuesdays@google.com
SUMMARY:439 OH (my shift) - swapped w/ Noah\, figma onsite moved
LOCATION:GDC basement lab
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        "labels": [("14oh0439ta0tuesdays@google.com", 0, "", "", "", "", "ta-office-hours-recurring-override")],
    },
    {
        "kind": "staff-meeting",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250908T120000
DTEND;TZID=America/Chicago:20250908T130000
RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=14
DTSTAMP:20250825T150000Z
ORGANIZER;CN=Rebecca Hwang:mailto:rhwang@cs.utexas.edu
UID:15staff0439fa25@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
ATTENDEE;CN=Noah Feldman;PARTSTAT=ACCEPTED:mailto:nfeldman@utexas.edu
SUMMARY:CS 439 course staff meeting
DESCRIPTION:weekly: project status\, regrade requests\, exam writing
LOCATION:GDC 6.302
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("15staff0439fa25@google.com", 0, "", "", "", "", "ta-weekly-staff-meeting")],
    },
    {
        "kind": "hackathon",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251025
DTEND;VALUE=DATE:20251027
DTSTAMP:20250901T000000Z
UID:16hacktx2025weekend@google.com
SUMMARY:HackTX 2025 🤠💻 (organizing - no sleep)
DESCRIPTION:tech lead on duty sat. sponsor booths: capital one\, HEB\, TI.
  judging sun 11am
LOCATION:Texas Union Ballroom
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("16hacktx2025weekend@google.com", 0, "", "", "", "", "hackathon-weekend-all-day")],
    },
    {
        "kind": "press-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251022T163000
DTEND;TZID=America/Chicago:20251022T170000
DTSTAMP:20251019T200000Z
ORGANIZER;CN=Ava Martinez:mailto:ava.martinez@dailytexanonline.com
UID:17dt0interview1022@google.com
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=ACCEPTED:mailto:ethan.caldwell@utexas.edu
SUMMARY:Daily Texan interview - HackTX preview story
DESCRIPTION:Hi Ethan\, thanks for agreeing to be interviewed for our story
  on HackTX 2025! ~20 min\, I'll record audio for quotes. Photographer may
  stop by.
LOCATION:Texas Union\, 2nd floor
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("17dt0interview1022@google.com", 0, "", "", "", "", "student-paper-press-interview")],
    },
    {
        "kind": "research-study",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c4f7a9b0-2d31-4e8a-b6c5-9e0f1a2b3c4d@calendly.com
DTSTAMP:20251001T180000Z
DTSTART:20251006T210000Z
DTEND:20251006T214500Z
SUMMARY:User interview: study on developer AI tools ($25 gift card)
ORGANIZER;CN=Hana Kim:mailto:hana.kim@utexas.edu
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell@utexas.edu
DESCRIPTION:Event Name: User interview (45 min)\n\nThanks for signing up fo
 r our HCI study (IRB #2025-07-0113). We'll ask how you use AI coding assist
 ants. You'll receive a $25 Amazon gift card.\n\nZoom: https://utexas.zoom.
 us/j/98812200341\n\nPowered by Calendly.com
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("c4f7a9b0-2d31-4e8a-b6c5-9e0f1a2b3c4d@calendly.com", 0, "", "", "", "",
                    "research-study-user-interview-participant")],
    },
    {
        "kind": "soccer",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:4C5D6E7F-8091-42A3-B4C5-D6E7F8091A2B
DTSTAMP:20250902T000000Z
DTSTART;TZID=America/Chicago:20250915T200000
DTEND;TZID=America/Chicago:20250915T210000
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20251117T235959Z
SUMMARY:IM soccer ⚽ (Whitaker fields)
DESCRIPTION:team: Ball Knowers. bring white + dark shirt
END:VEVENT
END:VCALENDAR
""",
        "labels": [("4C5D6E7F-8091-42A3-B4C5-D6E7F8091A2B", 0, "", "", "", "", "intramural-soccer-recurring")],
    },
]
