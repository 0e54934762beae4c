# ruff: noqa: E501
"""holdout202 events, part h: Priya on the hiring side at Hartley Brennan LLP (second half)."""

from holdout202ev_tz import LONDON, event

EVENTS = []

# Shortlisting applications with Rebecca.
EVENTS.append(event("shortlisting", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Lawson, Rebecca":mailto:r.lawson@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:27 applications for the Lit paralegal role via the website + 4 agency CVs. Let's agree a shortlist of 5–6 for first stage. Natalie has anonymised them.\n
UID:040000008200E00074C5B7101A82E00800000000AAB3C4D5E6F7DC01000000000000000010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF
SUMMARY;LANGUAGE=en-GB:Shortlisting – Lit PL
DTSTART;TZID=Europe/London:20260130T150000
DTEND;TZID=Europe/London:20260130T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260127T134501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Teams
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000AAB3C4D5E6F7DC01000000000000000010000000A0A1A2A3A4A5A6A7A8A9AAABACADAEAF",
    0, trap="user-as-interviewer-shortlisting"))

# Priya staffs Hartley Brennan's stand at a university law fair.
EVENTS.append(event("law-fair-stand", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Graduate Recruitment":mailto:graduates@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hirst, Ben":mailto:b.hirst@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:HB stand at the University of Leeds Law Fair. Stand no. 14. Pop-up banner\, brochures and pens are in the post room. Please talk to students about the vac scheme and paralegal routes and collect names for the insight evening. Dress code: business.\n
UID:040000008200E00074C5B7101A82E00800000000BBC4D5E6F708DC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
SUMMARY;LANGUAGE=en-GB:UoL Law Fair – HB stand (Priya / Ben)
DTSTART;TZID=Europe/London:20260204T120000
DTEND;TZID=Europe/London:20260204T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260122T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Great Hall\, University of Leeds
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000BBC4D5E6F708DC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF",
    0, trap="user-as-interviewer-law-fair-stand-recruiting"))

# Phone screen Priya runs herself, candidate on free mail.
EVENTS.append(event("phone-screen", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mei.tan.law@yahoo.co.uk:mailto:mei.tan.law@yahoo.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Mei\,\n\nThanks for your application for the paralegal role in our Litigation team. As mentioned\, I'll give you a quick call on 07700 900233 to talk through your experience before we arrange a face-to-face interview. It should take around 15–20 minutes.\n\nKind regards\nPriya\n\nPriya Sandhu | Paralegal | Hartley Brennan LLP\n3 Park Place\, Leeds LS1 2RU
UID:040000008200E00074C5B7101A82E00800000000CCD5E6F70819DC01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF
SUMMARY;LANGUAGE=en-GB:Telephone interview – Paralegal (Litigation) – Hartley Brennan LLP
DTSTART;TZID=Europe/London:20260205T161500
DTEND;TZID=Europe/London:20260205T163500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T102030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone – Priya to call
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000CCD5E6F70819DC01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF",
    0, trap="user-as-interviewer-organiser-phone-screen-free-mail-candidate"))

# Recurring interview holds in Priya's work diary with one moved slot.
EVENTS.append(event("interview-holds", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:Held for 1st stage paralegal interviews (Rebecca + me). Natalie fills in names.
RRULE:FREQ=DAILY;COUNT=3;INTERVAL=1
UID:040000008200E00074C5B7101A82E00800000000DDE6F708192ADC01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
SUMMARY;LANGUAGE=en-GB:HOLD – PL ints
DTSTART;TZID=Europe/London:20260210T140000
DTEND;TZID=Europe/London:20260210T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T084000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:Held for 1st stage paralegal interviews (Rebecca + me). Moved – Rebecca in court Wed pm. Mei Tan 9.30\, Jamal Haider 10.30.
UID:040000008200E00074C5B7101A82E00800000000DDE6F708192ADC01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
RECURRENCE-ID;TZID=Europe/London:20260211T140000
SUMMARY;LANGUAGE=en-GB:HOLD – PL ints (AM this day)
DTSTART;TZID=Europe/London:20260211T093000
DTEND;TZID=Europe/London:20260211T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260206T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000DDE6F708192ADC01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF",
    0, trap="user-as-interviewer-recurring-holds-with-override"))

# Priya takes up references for the new starter.
EVENTS.append(event("references", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for iOS//EN
BEGIN:VEVENT
UID:ios-outlook-5A7C9E1B3D
DTSTAMP:20260302T085512Z
DTSTART;TZID=Europe/London:20260303T093000
DTEND;TZID=Europe/London:20260303T100000
SUMMARY:Refs for Jamal – ring Goldthorpe & Co (Mr Pratt) + uni tutor
DESCRIPTION:Natalie asked me to do the verbal refs. Use the HR reference template\, dates of employment\, reason for leaving\, would they re-employ.
END:VEVENT
END:VCALENDAR
""", "ios-outlook-5A7C9E1B3D", 0, trap="user-as-interviewer-taking-up-references"))

# Feedback call with the agency about its candidate.
EVENTS.append(event("agency-feedback", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260508T080000Z
DTEND:20260508T081500Z
DTSTAMP:20260507T154012Z
ORGANIZER;CN=Hannah Briggs:mailto:hannah.briggs@sterlinglegalrecruitment.co.uk
UID:7b3d9f5h1k7m3p9r5t1v7x3z9c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=p.sandhu@hartleybrennan.co.uk;X-NUM-GUESTS=0:mailto:p.sandhu@hartl
 eybrennan.co.uk
DESCRIPTION:Quick call for your and Rebecca's feedback on Aisha Rahman – s
 he's keen and has another offer on the table so timing matters.
LOCATION:Hannah to call your DDI
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Feedback – Aisha Rahman / HB
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7b3d9f5h1k7m3p9r5t1v7x3z9c@google.com", 0, trap="user-as-interviewer-agency-feedback-call"))

# Drafting the second-round questions.
EVENTS.append(event("question-bank", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:Andrew wants a practical Q for 2nd round – draft a 10 min exercise (spot the errors in a bundle index) + 3 competency Qs. Send to Rebecca by Thurs.
UID:040000008200E00074C5B7101A82E00800000000EEF708192A3BDC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF
SUMMARY;LANGUAGE=en-GB:2nd round exercise + Qs (draft)
DTSTART;TZID=Europe/London:20260218T080000
DTEND;TZID=Europe/London:20260218T090000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260216T171500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000EEF708192A3BDC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF",
    0, trap="user-as-interviewer-drafting-exercise-and-questions"))

# Shadowing a partner's interviews for secretarial staff.
EVENTS.append(event("shadowing", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Brennan, Andrew":mailto:a.brennan@hartleybrennan.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Priya – you're welcome to sit in and observe these (silent observer) as part of your development. Two legal secretary candidates back to back. Rebecca is covering your desk.\n\nAB
UID:040000008200E00074C5B7101A82E00800000000FF08192A3B4CDC01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF
SUMMARY;LANGUAGE=en-GB:Legal Sec interviews (AB) – P. Sandhu observing
DTSTART;TZID=Europe/London:20260122T100000
DTEND;TZID=Europe/London:20260122T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T094000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:AB's office
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000FF08192A3B4CDC01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF",
    0, trap="user-as-interviewer-shadowing-as-observer"))

# Second-round panel on Teams, sent by the partner.
EVENTS.append(event("second-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Brennan, Andrew":mailto:a.brennan@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mei Tan:mailto:mei.tan.law@yahoo.co.uk
DESCRIPTION;LANGUAGE=en-GB:Second interview – Paralegal (Litigation)\n\nMei\, this will be with me and Priya Sandhu\, one of our paralegals. There will be a 10 minute practical exercise at the start.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting\nMeeting ID: 377 015 992 618\nPasscode: Qe8bN4\n________________________________________________________________________________
UID:040000008200E00074C5B7101A82E008000000000A192A3B4C5DDC0100000000000000001000000001020304050607080910111213141516
SUMMARY;LANGUAGE=en-GB:Second interview – Paralegal (Litigation) – Mei Tan
DTSTART;TZID=Europe/London:20260225T153000
DTEND;TZID=Europe/London:20260225T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260219T141020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000000A192A3B4C5DDC0100000000000000001000000001020304050607080910111213141516",
    0, trap="user-as-interviewer-second-round-teams-panel"))

# Vacation-scheme student buddying: Priya hosts a candidate at her own firm.
EVENTS.append(event("vac-scheme-buddy", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Graduate Recruitment":mailto:graduates@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Thanks for being a buddy for our summer vacation scheme! Your vac schemer is Ellie Marsden (Lit seat). Please take her for lunch on us (up to £25 – receipt to Grad Rec) and share your feedback form on her by Friday – supervisors and buddies both feed into TC decisions.
UID:040000008200E00074C5B7101A82E008000000001B2A3B4C5D6EDC0100000000000000001000000011121314151617181920212223242526
SUMMARY;LANGUAGE=en-GB:Vac scheme buddy lunch – Ellie Marsden
DTSTART;TZID=Europe/London:20260708T123000
DTEND;TZID=Europe/London:20260708T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260629T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Out of office
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000001B2A3B4C5D6EDC0100000000000000001000000011121314151617181920212223242526",
    0, trap="user-as-interviewer-vac-scheme-buddy-feedback"))
