# ruff: noqa: E501  (raw iCalendar text, kept as the sending tools write it)
"""holdout163 events, part e: Daniel on the HIRING side at Meridian MedSupply (all negatives)."""

EVENTS = [
    {
        "kind": "successfactors",
        "hiring": True,
        "uid": "SFINT-meridianP2-10422-20250115-01",
        "label": (0, "", "", "", "", "user-as-interviewer-successfactors-interview-central"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:SFINT-meridianP2-10422-20250115-01
DTSTAMP:20250110T021133Z
DTSTART;TZID=Asia/Singapore:20250115T100000
DTEND;TZID=Asia/Singapore:20250115T110000
SUMMARY:Interview: Senior Buyer (10422) - Lim Jia Hui
DESCRIPTION:Dear Daniel Tan\,\n\nYou have been scheduled as an interviewer.\n\nCandidate: Lim Jia Hui\nRequisition: 10422 Senior Buyer\, Regional Procurement\nLocation: Meridian MedSupply\, 2 Changi South Lane\, L3 Meeting Room Kinabalu\n\nThe candidate's resume and the interview guide are available in Interview Central. Please submit your ratings within 24 hours of the interview.\n\nMeridian MedSupply Human Resources
LOCATION:L3 Meeting Room Kinabalu
ORGANIZER;CN=Meridian MedSupply HR:mailto:meridianP2@successfactors.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tan Li Ping:mailto:liping.tan@meridianmedsupply.com.sg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "hiring": True,
        "uid": "SFTODO-meridianP2-10422-RATE-88120",
        "label": (0, "", "", "", "", "user-as-interviewer-scorecard-due-reminder"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SFTODO-meridianP2-10422-RATE-88120
DTSTAMP:20250115T031500Z
DTSTART;VALUE=DATE:20250116
DTEND;VALUE=DATE:20250117
SUMMARY:Action required: Rate candidate Lim Jia Hui (Senior Buyer 10422)
DESCRIPTION:Your assessment in Interview Central is outstanding. Please rate the candidate on the 5 competencies (Negotiation\, Supplier Management\, SAP MM\, Stakeholder Communication\, Integrity) and give an overall recommendation: Hire / No Hire.
ORGANIZER;CN=Meridian MedSupply HR:mailto:meridianP2@successfactors.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Daniel Tan:mailto:daniel.tan@meridianmedsupply.com.sg
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000000AA11BB22CC33DD44EE55FF6600112233",
        "label": (0, "", "", "", "", "user-as-interviewer-hr-panel-two-candidates-room"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Li Ping (HR)":mailto:liping.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rajan, Suresh":mailto:suresh.rajan@meridianmedsupply.com.sg
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MMS-L3-Kinabalu (6)":mailto:mms-l3-kinabalu@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\, Suresh\,\n\nPanel for Procurement Executive (replacement for Hui Shan):\n2.00pm - Nurul Ain Binte Salleh (currently Purchasing Asst\, Fairprice Group)\n3.00pm - Bryan Ong (fresh grad\, SIM-UOL)\n\nCVs in the shared folder > HR > Recruitment > 2025 > PE. I will print the assessment forms. Please use the standard question bank\, thanks!\n\nLi Ping
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB0100000000000000001000000000AA11BB22CC33DD44EE55FF6600112233
SUMMARY;LANGUAGE=en-SG:Panel - Procurement Executive (2 cands)
DTSTART;TZID=Singapore Standard Time:20250121T140000
DTEND;TZID=Singapore Standard Time:20250121T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250116T023312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:MMS-L3-Kinabalu (6)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01000000000000000010000000BB22CC33DD44EE55FF66001122334455",
        "label": (0, "", "", "", "", "user-as-interviewer-hiring-debrief-decision"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tan, Li Ping (HR)":mailto:liping.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rajan, Suresh":mailto:suresh.rajan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Quick one to close out Senior Buyer - compare Jia Hui vs Hafiz\, agree who goes to offer\, and whether we keep Wong Kar Mun as backup. Bring your scores pls.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_TWVyaWRp@thread.v2/0>\nMeeting ID: 455 201 998 370\nPasscode: Jm8x3W\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01000000000000000010000000BB22CC33DD44EE55FF66001122334455
SUMMARY;LANGUAGE=en-SG:Sr Buyer - wash-up
DTSTART;TZID=Singapore Standard Time:20250117T170000
DTEND;TZID=Singapore Standard Time:20250117T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250116T090005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "hiring": True,
        "uid": "B3F9E2A1-7C4D-4B6E-8F10-A2B3C4D5E6F7",
        "fold": False,
        "label": (0, "", "", "", "", "user-as-interviewer-typed-intern-interviews"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:B3F9E2A1-7C4D-4B6E-8F10-A2B3C4D5E6F7
DTSTAMP:20250203T005500Z
DTSTART;TZID=Asia/Singapore:20250206T140000
DTEND;TZID=Asia/Singapore:20250206T163000
SUMMARY:NTU/NUS intern intvws x3
LOCATION:MMS L3 pantry rm
DESCRIPTION:2pm Chloe (NTU NBS)\, 2.45 Jun Hao (NUS ISE)\, 3.30 Sabrina (SMU). ask abt excel + why procurement. Wei Ling to sit in for last one
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB01000000000000000010000000CC33DD44EE55FF6600112233445566AA",
        "label": (0, "", "", "", "", "user-as-interviewer-manpower-committee-approval"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Seah, Wendy (HR Director)":mailto:wendy.seah@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Koh, Kenneth (CFO)":mailto:kenneth.koh@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lau, Michael (MD)":mailto:michael.lau@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Agenda:\n1. Backfill - Regional Category Lead (Daniel to present the 2 finalists\, salary benchmarks from Robert Walters)\n2. New HC - Logistics Coordinator (Tuas DC)\n3. Intern stipend revision\n\nPlease note that decisions will be recorded in the HC tracker.
UID:040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB01000000000000000010000000CC33DD44EE55FF6600112233445566AA
SUMMARY;LANGUAGE=en-SG:Manpower Committee - Feb
DTSTART;TZID=Singapore Standard Time:20250212T100000
DTEND;TZID=Singapore Standard Time:20250212T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T011200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:MMS-L5-Boardroom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000DD44EE55FF66DB01000000000000000010000000DD44EE55FF66001122334455667788BB",
        "label": (0, "", "", "", "", "user-as-interviewer-shadowed-by-junior-interviewer-training"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Li Ping (HR)":mailto:liping.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chong, Wei Ling":mailto:weiling.chong@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\,\n\nAs part of the Interviewer Skills programme\, Wei Ling will shadow you for this interview (observe only\, she will fill in a practice scorecard). Candidate: Ho Kai Wen\, Procurement Analyst - currently at Zuellig (contract). Virtual as she is WFH that day.\n\nThanks\nLi Ping\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2hhZG93@thread.v2/0>\nMeeting ID: 477 390 115 620\nPasscode: 2dLr9C\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000DD44EE55FF66DB01000000000000000010000000DD44EE55FF66001122334455667788BB
SUMMARY;LANGUAGE=en-SG:Interview - Procurement Analyst - Ho Kai Wen (shadow: Wei Ling)
DTSTART;TZID=Singapore Standard Time:20250225T103000
DTEND;TZID=Singapore Standard Time:20250225T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T064400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000EE55FF660011DB01000000000000000010000000EE55FF66001122334455667788CC99",
        "label": (0, "", "", "", "", "user-as-interviewer-supervises-practical-test"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rajan, Suresh":mailto:suresh.rajan@meridianmedsupply.com.sg
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MMS-L3-Training Rm (PC x8)":mailto:mms-l3-training@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Buyer practical for shortlisted: Muhammad Faizal\, Tiffany Lee.\n- 45 min Excel (PO ageing + price variance file - on USB in my drawer)\n- 30 min SAP MM sandbox: create PR > PO\, GR\n- Suresh to invigilate\, I will mark.\nCandidates to be fetched from lobby at 9.50.
UID:040000008200E00074C5B7101A82E00800000000EE55FF660011DB01000000000000000010000000EE55FF66001122334455667788CC99
SUMMARY;LANGUAGE=en-SG:Buyer practical test (2 pax)
DTSTART;TZID=Singapore Standard Time:20250305T100000
DTEND;TZID=Singapore Standard Time:20250305T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T082000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:MMS-L3-Training Rm (PC x8)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "hiring": True,
        "uid": "4vq8k2m0n1c7h3r9t5a6b0e2jx@google.com",
        "label": (0, "", "", "", "", "user-as-interviewer-candidate-on-gmail-sends-invite"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250210T013000Z
DTEND:20250210T023000Z
DTSTAMP:20250205T131244Z
ORGANIZER;CN=Kelvin Goh:mailto:kelvingoh.kg91@gmail.com
UID:4vq8k2m0n1c7h3r9t5a6b0e2jx@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kelvin Goh;X-NUM-GUESTS=0:mailto:kelvingoh.kg91@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=daniel.tan@meridianmedsupply.com.sg;X-NUM-GUESTS=0:mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION:Dear Mr Tan\,\n\nThank you for shortlisting me for the Buyer position. As requested by Ms Li Ping\, I have blocked this slot for the interview at your Changi South office. Please let me know if another time suits you better.\n\nBest regards\,\nKelvin Goh\n9876 5521
LOCATION:Meridian MedSupply\, 2 Changi South Lane
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Kelvin Goh / Meridian MedSupply (Buyer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000FF6600112233DB01000000000000000010000000FF660011223344556677889900AABBDD",
        "label": (0, "", "", "", "", "user-as-interviewer-agency-sends-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Marcus Yeo":mailto:marcus.yeo@robertwalters.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\,\n\nAs discussed\, confirming Ms Sharon Teo for the Regional Category Lead role. Sharon is currently Category Manager (Consumables) at a Japanese diagnostics MNC\, 9 yrs exp\, 2 months' notice\, expected 20% increment. Full profile and RW candidate summary attached to my email.\n\nShe will come to your Changi South office - I've told her to ask for you at reception.\n\nRegards\,\nMarcus Yeo\nManager\, Procurement & Supply Chain\nRobert Walters Singapore
UID:040000008200E00074C5B7101A82E00800000000FF6600112233DB01000000000000000010000000FF660011223344556677889900AABBDD
SUMMARY;LANGUAGE=en-SG:RW Candidate: Sharon Teo - Regional Category Lead (Meridian MedSupply)
DTSTART;TZID=Singapore Standard Time:20250206T163000
DTEND;TZID=Singapore Standard Time:20250206T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T074512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Meridian MedSupply\, 2 Changi South Lane
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reply",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
        "label": (0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;PARTSTAT=ACCEPTED;CN=Nurul Ain:mailto:nurulain.salleh@hotmail.com
COMMENT;LANGUAGE=en-SG:Dear Mr Tan\, thank you\, I will be there 10 minutes early. Regards\, Nurul Ain
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899
SUMMARY;LANGUAGE=en-SG:Accepted: 2nd Interview - Procurement Executive - Meridian MedSupply
DTSTART;TZID=Singapore Standard Time:20250128T093000
DTEND;TZID=Singapore Standard Time:20250128T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250123T140201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:MMS-L3-Kinabalu (6)
END:VEVENT
END:VCALENDAR
""",
    },
]
