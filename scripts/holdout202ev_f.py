# ruff: noqa: E501
"""holdout202 events, part f: more paralegal processes (UK ATS, headhunter, small firms)."""

from holdout202ev_tz import LONDON, event

EVENTS = []

# Harrow Lane Wills & Probate: Tribepad.
EVENTS.append(event("tribepad-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//Tribepad ATS//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:tp-interview-slot-771203-harrowlane
DTSTAMP:20260115T120455Z
DTSTART;TZID=Europe/London:20260122T170000
DTEND;TZID=Europe/London:20260122T174500
SUMMARY:Interview – Probate Paralegal – Harrow Lane Wills & Probate
ORGANIZER;CN=Harrow Lane Careers:mailto:noreply@tribepad.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:priya.sandhu.law@outlook.com
LOCATION:Harrow Lane Wills & Probate\, 2 Town Street\, Horsforth\, Leeds LS18 4RJ
DESCRIPTION:Dear Priya\,\n\nYou have successfully booked an interview slot.\n\nJob: Probate Paralegal (Ref HL-0412)\nInterview type: Face to face\nInterviewing: Stephen Harrow (Partner) and Anne-Marie Lowe (Probate Manager)\n\nIf you can no longer attend\, please log in to your candidate account to cancel your slot.\n\nHarrow Lane Careers
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "tp-interview-slot-771203-harrowlane", 1, "Harrow Lane Wills & Probate", "Probate Paralegal", "hiring_manager",
    "Stephen Harrow;Anne-Marie Lowe", "tribepad-slot-booking-face-to-face"))

# Leeds Teaching Hospitals: Trac (NHS).
EVENTS.append(event("nhs-trac-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trac Systems//Trac Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:trac-int-C9370-2026-0331-1415-cand88145
DTSTAMP:20260318T091500Z
DTSTART:20260331T131500Z
DTEND:20260331T140000Z
SUMMARY:Interview: Paralegal – Legal Services (Band 4) – 222-C9370
LOCATION:Trust HQ\, St James's University Hospital\, Beckett Street\, Leeds LS9 7TF – Legal Services\, Level 2
DESCRIPTION:Dear Priya Sandhu\,\n\nCongratulations\, you have been shortlisted for interview for the post of Paralegal – Legal Services (Band 4)\, job reference 222-C9370.\n\nYour interview is on 31/03/2026 at 14:15.\n\nThe interview panel will be:\nHead of Legal Services – Rebecca Thornton\nClaims Manager – Sunil Mistry\nHR representative\n\nPlease bring the ID documents listed in your invitation letter. If you are unable to attend\, please contact Recruitment via Trac.\n\nLeeds Teaching Hospitals NHS Trust
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "trac-int-C9370-2026-0331-1415-cand88145", 1, "Leeds Teaching Hospitals NHS Trust",
    "Paralegal – Legal Services (Band 4)", "", "Rebecca Thornton;Sunil Mistry", "nhs-trac-band-4-panel-no-attendees"))

# Aire & Calder Water: iCIMS, Teams, hiring manager.
EVENTS.append(event("icims-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:icims-ev-20260610-2214-6618-airecalder
DTSTAMP:20260603T081210Z
DTSTART;TZID=Europe/London:20260610T101500
DTEND;TZID=Europe/London:20260610T110000
SUMMARY:Aire & Calder Water | Legal Assistant – Property & Land Rights | Interview
ORGANIZER;CN=Aire & Calder Water Careers:mailto:careers-notifications@icims.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Gillian Foster;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gillian.foster@aireandcalderwater.co.uk
ATTENDEE;CN=Recruitment Coordinator (ACW);ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:recruitment@aireandcalderwater.co.uk
LOCATION:Microsoft Teams
DESCRIPTION:Hi Priya\,\n\nWe're pleased to confirm your interview for Legal Assistant – Property & Land Rights (Job ID 2026-6618).\n\nYou'll be meeting Gillian Foster\, Property Solicitor and hiring manager for the role.\n\nTeams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmE0ZmU3NGEtZTA2%40thread.v2/0\n\nThank you\,\nAire & Calder Water Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "icims-ev-20260610-2214-6618-airecalder", 1, "Aire & Calder Water", "Legal Assistant – Property & Land Rights",
    "hiring_manager", "gillian.foster@aireandcalderwater.co.uk", "icims-hiring-manager-coordinator-attendee"))

# Dunmore Pryce: headhunter, the employer only in the body.
EVENTS.append(event("headhunter-call", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN=Aaron Fox:mailto:aaron@claytonfoxlegal.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu.law@outlook.com:mailto:priya.sandhu.law@outlook.com
DESCRIPTION;LANGUAGE=en-GB:Priya – as promised\, a proper call before I submit you. The client is Dunmore Pryce Solicitors (Wellington St\, Leeds)\, they're after a Clinical Negligence Paralegal with a view to SQE sponsorship in year 2. I'll run through your CV with you\, check you're happy for me to represent you exclusively on this one\, and talk salary.\n\nI'll ring your mobile.\n\nAaron Fox\nDirector | Clayton Fox Legal
UID:040000008200E00074C5B7101A82E00800000000C9F5A2B3D4C5DC01000000000000000010000000AABBCCDDEEFF00112233445566778899
SUMMARY;LANGUAGE=en-GB:Catch up – Priya / Aaron (CFL)
DTSTART;TZID=Europe/London:20260602T123000
DTEND;TZID=Europe/London:20260602T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260528T170145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C9F5A2B3D4C5DC01000000000000000010000000AABBCCDDEEFF00112233445566778899",
    1, "Dunmore Pryce Solicitors", "Clinical Negligence Paralegal", "recruiter_screen", "aaron@claytonfoxlegal.co.uk",
    "headhunter-catch-up-client-only-in-body"))

# Hollinrake Legal: Zoho Recruit, rescheduled once.
EVENTS.append(event("zoho-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:zr-interview-558100000004431207@zohorecruit.eu
DTSTAMP:20260407T084500Z
SEQUENCE:2
DTSTART;TZID=Europe/London:20260409T163000
DTEND;TZID=Europe/London:20260409T171500
SUMMARY:Interview rescheduled: Paralegal – Debt Recovery | Hollinrake Legal
ORGANIZER;CN=Kate Hollinrake:mailto:kate@hollinrakelegal.co.uk
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Kate Hollinrake;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kate@hollinrakelegal.co.uk
LOCATION:Zoom – https://us06web.zoom.us/j/81230974410
DESCRIPTION:Hi Priya\,\n\nAs discussed on the phone\, I've moved our interview to Thursday 9 April at 4.30pm (was Tuesday 7 April). Same Zoom link.\n\nRole: Paralegal – Debt Recovery\nInterviewer: Kate Hollinrake (Managing Director)\n\nThanks for being flexible!\nKate
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "zr-interview-558100000004431207@zohorecruit.eu", 1, "Hollinrake Legal", "Paralegal – Debt Recovery",
    "hiring_manager", "kate@hollinrakelegal.co.uk", "zoho-rescheduled-sequence-2"))

# Meadowcroft Legal: GoTo Meeting, in a summary that never says interview.
EVENTS.append(event("goto-meeting", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Meadowcroft, Paul":mailto:paul.meadowcroft@meadowcroftlegal.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu.law@outlook.com:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kaye, Lindsey":mailto:lindsey.kaye@meadowcroftlegal.co.uk
DESCRIPTION;LANGUAGE=en-GB:Priya\,\n\nThanks for your CV. Lindsey and I would like to talk to you about the commercial litigation paralegal vacancy. Please join from your computer\, tablet or smartphone.\n\nhttps://meet.goto.com/318552907\n\nYou can also dial in using your phone.\nAccess Code: 318-552-907\nUnited Kingdom: +44 20 3713 5010\n\nPaul Meadowcroft\nPartner
UID:040000008200E00074C5B7101A82E00800000000D0A6B3C4E5D6DC0100000000000000001000000099AABBCCDDEEFF001122334455667788
SUMMARY;LANGUAGE=en-GB:Meadowcroft Legal / Priya Sandhu
DTSTART;TZID=Europe/London:20260529T123000
DTEND;TZID=Europe/London:20260529T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260522T110012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GoTo Meeting
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D0A6B3C4E5D6DC0100000000000000001000000099AABBCCDDEEFF001122334455667788",
    1, "Meadowcroft Legal", "commercial litigation paralegal", "hiring_manager",
    "paul.meadowcroft@meadowcroftlegal.co.uk;lindsey.kaye@meadowcroftlegal.co.uk", "goto-meeting-no-interview-word"))

# Aire Valley Legal Services: Breezy HR phone screen.
EVENTS.append(event("breezy-screen", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Breezy HR//Breezy Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:breezy-meeting-61f0a9e2c4b3-aire-valley
DTSTAMP:20260107T100000Z
DTSTART:20260112T120000Z
DTEND:20260112T122000Z
SUMMARY:Phone Screen - Paralegal (Residential Property) - Priya Sandhu
ORGANIZER;CN=Aire Valley Legal Services:mailto:notifications@breezy-mail.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Zainab Mir;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:zainab.mir@airevalleylegal.co.uk
LOCATION:Phone
DESCRIPTION:Zainab Mir (Office Manager) will call you for a short screening call about the Paralegal (Residential Property) role in our Bradford office.\n\nPowered by Breezy HR
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "breezy-meeting-61f0a9e2c4b3-aire-valley", 1, "Aire Valley Legal Services", "Paralegal (Residential Property)",
    "recruiter_screen", "zainab.mir@airevalleylegal.co.uk", "breezy-phone-screen-utc"))
