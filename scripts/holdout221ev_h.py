"""holdout221 events, part H: Jarrah on the hiring side at Redbank, part 1 (hand-written raw iCalendar text)."""

_NEG = {"is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": ""}

EVENTS = [
    {
        **_NEG,
        "kind": "apprentice-interviews",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01"
            "0000000000000000100000007788990011AABBCCDDEEFF0123456789"
        ),
        "trap": "user-as-interviewer-apprentice-panel-with-supt",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Harland, Neil":mailto:NHarland@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mitchell,
  Jarrah":mailto:JMitchell@redbankmining.com.au
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Singh, Harpr
 eet":mailto:HSingh@redbankmining.com.au
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="RBM Perth - Bo
 ardroom L1":mailto:RBM-Boardroom-L1@redbankmining.com.au
DESCRIPTION;LANGUAGE=en-AU:Jarrah\, you're on the panel with me for the 202
 5 electrical apprentice intake - 1st years. 6 shortlisted\, 40 min each in
 cl. the wiring task. Harpreet (HR) has put the question sheet and score gr
 id in the Teams channel - please bring printed copies.\n\n7:30 Tahlia Ngu
 yen\n8:15 Kayden Walsh\n9:00 Oscar Brennan\n9:45 break\n10:00 Riley Amato\n
 10:45 Zac Okoro\n11:30 Bella Fairweather\n\nNeil\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DB01000000000000000
 0100000007788990011AABBCCDDEEFF0123456789
SUMMARY;LANGUAGE=en-AU:Appy intake 2025 - interviews (1st yr elec)
DTSTART:20250317T233000Z
DTEND:20250318T040000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T061122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:RBM Perth - Boardroom L1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "scores-due",
        "uid": "9F0E1D2C-3B4A-5968-7766-554433221100",
        "trap": "user-as-interviewer-score-grid-due",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
BEGIN:VEVENT
UID:9F0E1D2C-3B4A-5968-7766-554433221100
DTSTAMP:20250318T051203Z
DTSTART;VALUE=DATE:20250319
DTEND;VALUE=DATE:20250320
SUMMARY:score grids to Neil + Harpreet
DESCRIPTION:appy ints - type up my scores\, top 3 for me Tahlia\, Zac\, Osc
 ar. Kayden no show
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "accepted",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000077A1B2C3D4E5DB01"
            "00000000000000001000000012345678ABCDEF0012345678ABCDEF00"
        ),
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250317T233000Z
DTEND:20250318T001000Z
DTSTAMP:20250306T092144Z
ORGANIZER;CN="Mitchell, Jarrah":mailto:JMitchell@redbankmining.com.au
UID:040000008200E00074C5B7101A82E0080000000077A1B2C3D4E5DB01000000000000000
 01000000012345678ABCDEF0012345678ABCDEF00
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tahli
 a.nguyen06@gmail.com;X-NUM-GUESTS=0:mailto:tahlia.nguyen06@gmail.com
COMMENT:Thank you I will be there at 7.15. Do I need to bring my own boots?
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Redbank Mining - Electrical Apprenticeship Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "bookings-host",
        "uid": "b6e1c0d3-f2a4-4879-9c5d-3e0a1b7f6d22",
        "trap": "user-as-interviewer-bookings-staff-member",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Redbank Apprenticeships:mailto:RBMApprenticeships@redbankmini
 ng.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mitchell,
  Jarrah":mailto:JMitchell@redbankmining.com.au
DESCRIPTION;LANGUAGE=en-AU:New booking\n\nService: Apprentice phone interv
 iew (20 min)\nStaff: Jarrah Mitchell\nCustomer: Kayden Walsh\nCustomer ema
 il: kaydenwalsh.07@hotmail.com\nCustomer phone: 0478 220 915\nNotes: sorr
 y I missed the first one my car broke down\n
UID:b6e1c0d3-f2a4-4879-9c5d-3e0a1b7f6d22
SUMMARY;LANGUAGE=en-AU:Apprentice phone interview (20 min) - Kayden Walsh
DTSTART:20250321T080000Z
DTEND:20250321T082000Z
CLASS:PUBLIC
DTSTAMP:20250319T101504Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "typed-notes",
        "uid": "73B1E9A0-2D4C-4F6E-8A0B-C1D2E3F4A5B6",
        "trap": "user-as-interviewer-typed-candidate-notes",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
BEGIN:VEVENT
UID:73B1E9A0-2D4C-4F6E-8A0B-C1D2E3F4A5B6
DTSTAMP:20250318T043311Z
DTSTART;TZID=Australia/Perth:20250318T120000
DTEND;TZID=Australia/Perth:20250318T123000
SUMMARY:int notes
DESCRIPTION:tahlia - 8/10 neat board\, asked good q's re safety\nzac - 7\,
  nervous but knew RCDs\nosc - 7 cert II preapp already\nriley - 5 late\nbel
 la - 6 good attitude\, slow on task\nkayden - DNA (rebook?)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "debrief",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01"
            "000000000000000010000000ABCDEF0123456789ABCDEF0123456789"
        ),
        "trap": "user-as-interviewer-debrief-with-hr",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Singh, Harpreet":mailto:HSingh@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Harland,
  Neil":mailto:NHarland@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mitchell,
  Jarrah":mailto:JMitchell@redbankmining.com.au
DESCRIPTION;LANGUAGE=en-AU:Quick wash-up on the apprentice candidates - agr
 ee the 2 offers + 1 reserve\, and who does the reference checks. Bring yo
 ur scores.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l
 /meetup-join/19%3ameeting_UkJNYXBweQ@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01000000000000000
 010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-AU:Appy intake - wash up / selection
DTSTART:20250320T053000Z
DTEND:20250320T060000Z
CLASS:PUBLIC
DTSTAMP:20250318T233012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "candidate-intro",
        "uid": "d2f4a6c8-0e1b-4d3f-a5c7-e9b1d3f5a7c9",
        "trap": "user-as-interviewer-agency-sends-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:d2f4a6c8-0e1b-4d3f-a5c7-e9b1d3f5a7c9
DTSTAMP:20250407T012255Z
DTSTART:20250409T093000Z
DTEND:20250409T100000Z
SUMMARY:Phone intro - Ryan Kowalski (LH Electrician) for Redbank
DESCRIPTION:Hi Jarrah\,\n\nAs discussed\, I'd like to introduce Ryan Kowal
 ski for your leading hand electrician vacancy on the 8/6 crew. Ryan has 9
  yrs post trade\, HV switching\, 4 yrs at Christmas Creek. CV attached. H
 e's available after 7pm site time - I've put this in for 5:30pm Perth\, yo
 u can call him on 0421 903 377.\n\nCheers\nJosh Taufa\nWorkPac Perth
ORGANIZER;CN=Josh Taufa:mailto:josh.taufa@workpac.com
ATTENDEE;CN="Mitchell, Jarrah";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:JMitche
 ll@redbankmining.com.au
LOCATION:Phone - Jarrah to call Ryan
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "trial-shift",
        "uid": "rbm-roster-20250422-ts-0117@deputy.com",
        "trap": "user-as-interviewer-trial-shift-supervised",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Deputy//Deputy Scheduling//EN
X-WR-CALNAME:Redbank - Jarrah Mitchell
X-WR-TIMEZONE:Australia/Perth
BEGIN:VEVENT
UID:rbm-roster-20250422-ts-0117@deputy.com
DTSTAMP:20250417T030001Z
DTSTART:20250421T223000Z
DTEND:20250422T103000Z
SUMMARY:Day shift - OPF Electrical | Trial shift buddy: C. Barker (labour hi
 re)
DESCRIPTION:Area: OPF Electrical\nRole: Leading Hand\nNotes: Connor Barker
  (WorkPac) on trial shift with your crew - keep him with you\, sign-off s
 heet to Neil end of shift (hire/no hire).
LOCATION:Mine site - OPF
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "practical-task",
        "uid": "5k9m1p3r7t2v4x6z8b0d@google.com",
        "trap": "user-as-interviewer-practical-assessment-workshop",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;TZID=Australia/Perth:20250318T073000
DTEND;TZID=Australia/Perth:20250318T120000
DTSTAMP:20250312T054408Z
UID:5k9m1p3r7t2v4x6z8b0d@google.com
CREATED:20250312T054408Z
DESCRIPTION:set up 6 wiring boards in workshop bay 2 before 7\; each cand g
 ets 20 min - DOL starter\, test + tag. i assess\, Neil asks the questions
LAST-MODIFIED:20250312T054408Z
LOCATION:RBM Welshpool workshop bay 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:appy practical task - assessing
TRANSP:OPAQUE
END:VEVENT
BEGIN:VTIMEZONE
TZID:Australia/Perth
X-LIC-LOCATION:Australia/Perth
BEGIN:STANDARD
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "eoi-panel",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000011223344AABBDB01"
            "000000000000000010000000FEDCBA9876543210FEDCBA9876543210"
        ),
        "trap": "user-as-interviewer-internal-eoi-panel",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Harland, Neil":mailto:NHarland@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mitchell,
  Jarrah":mailto:JMitchell@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pryor, Dean":
 mailto:DPryor@redbankmining.com.au
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="Site - Crib Ro
 om 2 (Teams)":mailto:Site-CribRoom2@redbankmining.com.au
DESCRIPTION;LANGUAGE=en-AU:Internal EOI for the LH Electrical position (Da
 nny's swing). 3 applicants from the crews - Brett\, Shannon\, Aidan. 30 mi
 n each. Jarrah to sit on the panel with Dean (Maint Supv) and me. Same qu
 estions for all three\, score independently then compare.\n
UID:040000008200E00074C5B7101A82E0080000000011223344AABBDB01000000000000000
 010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-AU:LH Electrical EOI - panel
DTSTART:20250430T063000Z
DTEND:20250430T080000Z
CLASS:PUBLIC
DTSTAMP:20250424T021134Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Site - Crib Room 2 (Teams)
END:VEVENT
END:VCALENDAR
""",
    },
]
