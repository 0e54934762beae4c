"""holdout186: Shannon Doyle's own interviews, part F (Poundland, Matalan, TK Maxx, SPAR, small chains, Amazon...)."""
# ruff: noqa: E501
from holdout186ev_common import ev

EVENTS = [
    ev("teams-interview", "wd-interview-2e7b5c90d1a34f6e@myworkday.com", 1, "Poundland", "Area Manager",
       "hiring_manager", "stacey.ogden@poundland.co.uk", "workday-london-tzid-area-manager", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:wd-interview-2e7b5c90d1a34f6e@myworkday.com
DTSTAMP:20260928T080808Z
DTSTART;TZID=Europe/London:20261002T100000
DTEND;TZID=Europe/London:20261002T110000
SUMMARY:Interview: Area Manager - Greater Manchester (R26-08817)
DESCRIPTION:Hello Shannon\,\n\nYour interview with Poundland has been scheduled.\n\nInterviewer: Stacey Ogden\, Regional Manager\nFormat: Microsoft Teams video call\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_cG91bmQx%40thread.v2/0\n\nKind regards\,\nPoundland Recruitment
LOCATION:Microsoft Teams
ORGANIZER;CN=Poundland Recruitment:mailto:poundland@myworkday.com
ATTENDEE;CN=Stacey Ogden;ROLE=REQ-PARTICIPANT:mailto:stacey.ogden@poundland.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("first-interview", "jobtrain-int-84412-matalan@jobtrain.co.uk", 1, "Matalan", "Area Manager - North West",
       "", "Gillian Royle", "jobtrain-uk-ats-first-interview-store", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobtrain//Jobtrain Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:jobtrain-int-84412-matalan@jobtrain.co.uk
DTSTAMP:20261012T090909Z
DTSTART:20261019T083000Z
DTEND:20261019T093000Z
SUMMARY:Matalan - First Interview - Area Manager - North West
DESCRIPTION:Dear Shannon\,\n\nWe are pleased to confirm your first interview for Area Manager - North West.\n\nInterviewer: Gillian Royle\, Regional Manager\nVenue: Matalan Trafford Park\, Barton Dock Rd\, M41 7BE (please ask for Gillian at the tills)\n\nRegards\,\nMatalan Resourcing Team
LOCATION:Matalan Trafford Park
ORGANIZER;CN=Matalan Resourcing:mailto:noreply@jobtrain.co.uk
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("district-interview", "wd-interview-6c3a0f18e9b7425d@myworkday.com", 1, "TK Maxx", "District Manager",
       "hiring_manager", "claire_hennessy@tjxeu.com", "workday-tjx-district-manager", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-6c3a0f18e9b7425d@myworkday.com
DTSTAMP:20261020T124500Z
DTSTART:20261026T110000Z
DTEND:20261026T120000Z
SUMMARY:TJX Europe - District Manager (TK Maxx & Homesense\, North West) - Interview
DESCRIPTION:Dear Shannon\,\n\nThank you for your interest in TJX Europe. Your interview is scheduled as follows:\n\nInterviewer: Claire Hennessy\, Regional Vice President\nFormat: Zoom - https://tjx.zoom.us/j/98811230476\n\nWe look forward to speaking with you.\n\nTJX Europe Talent Acquisition
LOCATION:Zoom
ORGANIZER;CN=TJX Europe Talent Acquisition:mailto:tjx@myworkday.com
ATTENDEE;CN=Claire Hennessy;ROLE=REQ-PARTICIPANT:mailto:Claire_Hennessy@tjxeu.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("interview", "040000008200E00074C5B7101A82E00800000000335A7D4EBF65DC0100000000000000001000000024681357ACE0BDF1357924680ACEBDF1", 1,
       "James Hall & Co", "Area Manager - Company Owned SPAR Stores", "hiring_manager", "andrew.pilling@jameshall.co.uk",
       "wholesaler-spar-operator-outlook-gmt", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
ATTENDEE;CN="Walton Summit - Meeting Room 3";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:WS-MR3@jameshall.co.uk
CLASS:PUBLIC
CREATED:20261102T100101Z
DESCRIPTION:Hi Shannon\,\n\nThanks for your application for Area Manager - Company Owned SPAR Stores. I'd like to invite you to interview at our head office in Preston. Please allow an hour and a half; the interview will be followed by a quick tour of the depot.\n\nKind regards\,\nAndrew Pilling\nRetail Operations Manager\nJames Hall & Co. (Southport) Ltd\n
DTEND;TZID="GMT Standard Time":20261112T113000
DTSTAMP:20261102T100101Z
DTSTART;TZID="GMT Standard Time":20261112T100000
LAST-MODIFIED:20261102T100101Z
LOCATION:James Hall & Co\, Walton Summit\, Preston PR5 8AU
ORGANIZER;CN="Pilling, Andrew":mailto:Andrew.Pilling@jameshall.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - Shannon Doyle - Area Manager
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000335A7D4EBF65DC0100000000000000001000000024681357ACE0BDF1357924680ACEBDF1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("personio-interview", "personio-appt-7731-200degrees@personio.de", 1, "200 Degrees", "Area Manager (North)",
       "hiring_manager", "rob@200degs.com", "personio-small-coffee-chain", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:personio-appt-7731-200degrees@personio.de
DTSTAMP:20261013T141414Z
DTSTART;TZID=Europe/London:20261020T090000
DTEND;TZID=Europe/London:20261020T100000
SUMMARY:Interview Shannon Doyle - Area Manager (North)
DESCRIPTION:Hi Shannon\,\n\nThanks for applying to 200 Degrees Coffee. Rob (our Head of Coffee Shops) would love to chat with you about the Area Manager (North) role.\n\nJoin on Google Meet: https://meet.google.com/hrq-zvcm-pfa\n\nBest\,\nThe 200 Degrees team
LOCATION:Google Meet
ORGANIZER;CN=200 Degrees Coffee:mailto:jobs@200degs.com
ATTENDEE;CN=Rob Carter;ROLE=REQ-PARTICIPANT:mailto:rob@200degs.com
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("founder-chat", "5q3s1u9w7y5a3c1e9g7i5k3m1o@google.com", 1, "Hatch & Grind", "Head of Operations",
       "hiring_manager", "dom.hatchandgrind@gmail.com", "founder-on-gmail-coffee-about-role", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261103T080000
DTEND;TZID=Europe/London:20261103T090000
DTSTAMP:20261027T220133Z
ORGANIZER;CN=Dom Kavanagh:mailto:dom.hatchandgrind@gmail.com
UID:5q3s1u9w7y5a3c1e9g7i5k3m1o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dom Kavanagh;X-NUM-GUESTS=0:mailto:dom.hatchandgrind@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk;X-NUM-GUESTS=0:mailto:shannon.doyle84@yahoo.co.uk
CREATED:20261027T220130Z
DESCRIPTION:Hi Shannon - Dom here (founder). Thanks for replying to the LinkedIn post. We're at 6 sites now and opening Leeds + Sheffield next year\, so I need a Head of Operations to take the day-to-day off me. Come for a brew before we open and we'll have a proper chat about the role\, money etc. No CV grilling\, promise!\n\nDom
LAST-MODIFIED:20261027T220133Z
LOCATION:Hatch & Grind\, Blossom St\, Ancoats
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shannon / Dom - Hatch & Grind Head of Ops
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("calendly-call", "calendly-8ff1c2a4-6e0d-4b93-9c57-d2e1a0b3c4f5@calendly.com", 1, "Fowler Welch",
       "Regional Operations Manager", "recruiter_screen", "nadine.hart@fowlerwelch.com", "calendly-invitee-recruiter-screen",
       r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-8ff1c2a4-6e0d-4b93-9c57-d2e1a0b3c4f5@calendly.com
DTSTAMP:20261021T201122Z
DTSTART:20261027T083000Z
DTEND:20261027T090000Z
SUMMARY:Shannon Doyle and Nadine Hart
DESCRIPTION:Event Name: Fowler Welch - Regional Ops Manager - initial call\n\nNadine will call you on the number provided.\n\nQuestions:\nWhat role are you interested in?\nRegional Operations Manager (Chilled - Newton-le-Willows)\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/8ff1c2a4\nReschedule: https://calendly.com/reschedulings/8ff1c2a4\n\nPowered by Calendly.com
LOCATION:+44 7*** ***412
ORGANIZER;CN=Nadine Hart:mailto:nadine.hart@fowlerwelch.com
ATTENDEE;CN=Nadine Hart;PARTSTAT=ACCEPTED:mailto:nadine.hart@fowlerwelch.com
ATTENDEE;CN=Shannon Doyle;PARTSTAT=ACCEPTED:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("phone-screen", "amzn-rec-1a7e3c9b5d2f@amazon.jobs", 1, "Amazon", "Operations Manager", "recruiter_screen",
       "tgrayson@amazon.co.uk", "amazon-chime-phone-screen-utc", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Amazon.com//Amazon Recruiting Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:amzn-rec-1a7e3c9b5d2f@amazon.jobs
DTSTAMP:20261015T170000Z
DTSTART:20261021T170000Z
DTEND:20261021T174500Z
SUMMARY:Amazon Phone Screen - Operations Manager (Job ID 3018844) - Shannon Doyle
DESCRIPTION:Hello Shannon\,\n\nThank you for your interest in the Operations Manager role at MAN1 (Trafford Park). Your phone screen is confirmed.\n\nInterviewer: Tom Grayson (Senior Operations Manager)\n\nJoin by Amazon Chime: https://chime.aws/4412098831\nMeeting ID: 4412 09 8831\nUnited Kingdom: +44 20 3318 1017\n\nPlease review our Leadership Principles and prepare examples using the STAR method.\n\nAmazon Recruiting
LOCATION:Amazon Chime
ORGANIZER;CN=Amazon Recruiting:mailto:no-reply@amazon.jobs
ATTENDEE;CN=Tom Grayson;ROLE=REQ-PARTICIPANT:mailto:tgrayson@amazon.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("interview-loop", "amzn-rec-8c4b0e2a6f1d@amazon.jobs", 1, "Amazon", "Operations Manager", "final",
       "nkaur@amazon.co.uk;bmensah@amazon.co.uk;llewis@amazon.co.uk", "amazon-loop-three-interviewers-final",
       r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Amazon.com//Amazon Recruiting Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:amzn-rec-8c4b0e2a6f1d@amazon.jobs
DTSTAMP:20261028T120000Z
DTSTART:20261105T093000Z
DTEND:20261105T120000Z
SUMMARY:Amazon Interview Loop - Operations Manager (Job ID 3018844)
DESCRIPTION:Hello Shannon\,\n\nCongratulations on progressing to the final round. Your virtual interview loop is scheduled as follows (UK time):\n\n09:30 - 10:15  Navdeep Kaur\, Site Leader MAN1\n10:15 - 11:00  Ben Mensah\, Senior Operations Manager\n11:15 - 12:00  Laura Lewis\, HR Business Partner (Bar Raiser)\n\nJoin by Amazon Chime: https://chime.aws/7730156624\n\nEach interviewer will ask behavioural questions based on our Leadership Principles.\n\nAmazon Recruiting
LOCATION:Amazon Chime
ORGANIZER;CN=Amazon Recruiting:mailto:no-reply@amazon.jobs
ATTENDEE;CN=Navdeep Kaur;ROLE=REQ-PARTICIPANT:mailto:nkaur@amazon.co.uk
ATTENDEE;CN=Ben Mensah;ROLE=REQ-PARTICIPANT:mailto:bmensah@amazon.co.uk
ATTENDEE;CN=Laura Lewis;ROLE=REQ-PARTICIPANT:mailto:llewis@amazon.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("ashby-interview", "ashby-interview-e4b1d7c0-39a2-4f58-8e6b-gousto@ashbyhq.com", 1, "Gousto",
       "Operations Manager - Warrington", "hiring_manager", "hannah.g@gousto.co.uk",
       "ashby-hiring-manager-meet", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-e4b1d7c0-39a2-4f58-8e6b-gousto@ashbyhq.com
DTSTAMP:20261104T160000Z
DTSTART:20261110T100000Z
DTEND:20261110T104500Z
SUMMARY:Gousto | Hiring Manager Interview | Shannon Doyle
DESCRIPTION:Role: Operations Manager - Warrington\nInterviewer: Hannah Green (Site Director\, Warrington)\n\nGoogle Meet: https://meet.google.com/bqe-vnfr-yzt\n\nWe'll chat about running high-volume\, people-heavy operations and how your retail experience would translate to our fulfilment centre.\n\nScheduled with Ashby
LOCATION:https://meet.google.com/bqe-vnfr-yzt
ORGANIZER;CN=Gousto Talent:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Hannah Green;ROLE=REQ-PARTICIPANT:mailto:hannah.g@gousto.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
]
