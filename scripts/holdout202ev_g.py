# ruff: noqa: E501
"""holdout202 events, part g: Priya on the hiring side at Hartley Brennan LLP (first half)."""

from holdout202ev_tz import LONDON, OUTLOOK_DUBLIN, event

EVENTS = []

# First interview for a paralegal candidate; Priya takes notes and asks questions.
EVENTS.append(event("paralegal-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_DUBLIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Greenwood, Natalie":mailto:n.greenwood@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lawson, Rebecca":mailto:r.lawson@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HB Leeds - Meeting Room 3 (Calls)":mailto:leeds.mr3@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi both\,\n\nDaniel Okafor is coming in for a first interview for the Commercial Litigation Paralegal role. CV\, covering letter and the interview question sheet are saved in the Recruitment folder (HR > Recruitment > 2026 > Lit PL).\n\nRebecca to lead. Priya – please could you take the notes and ask the disclosure / bundles questions (Q5–7)? Scores on the form to me by Friday please.\n\nThanks\nNatalie\n\nNatalie Greenwood | HR Advisor | Hartley Brennan LLP
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DC01000000000000000010000000101112131415161718191A1B1C1D1E1F
SUMMARY;LANGUAGE=en-GB:Interview - Daniel Okafor - Commercial Litigation Paralegal
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260210T140000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260210T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260203T111500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HB Leeds - Meeting Room 3 (Calls)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DC01000000000000000010000000101112131415161718191A1B1C1D1E1F",
    0, trap="user-as-interviewer-outlook-panel-notetaker"))

# Block to read the candidates' CVs and the question sheet.
EVENTS.append(event("cv-review", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:Daniel O / Mei Tan / Jamal H – read CVs + cover letters\, highlight gaps\, prep follow-up Qs for Q5-7. Check Natalie's marking grid (1-4).
UID:040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DC01000000000000000010000000202122232425262728292A2B2C2D2E2F
SUMMARY;LANGUAGE=en-GB:PL candidates - prep
DTSTART;TZID=Europe/London:20260209T083000
DTEND;TZID=Europe/London:20260209T090000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260205T172010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DC01000000000000000010000000202122232425262728292A2B2C2D2E2F",
    0, trap="user-as-interviewer-cv-review-prep-block"))

# Scoring forms due.
EVENTS.append(event("scoring-forms", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:Scores + comments for DO and MT into the form\, email Natalie. Be honest re MT timekeeping (15 min late).
UID:040000008200E00074C5B7101A82E0080000000033C4D5E6F708DC01000000000000000010000000303132333435363738393A3B3C3D3E3F
SUMMARY;LANGUAGE=en-GB:Interview assessment forms → HR
DTSTART;VALUE=DATE:20260213
DTEND;VALUE=DATE:20260214
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260210T160505Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000033C4D5E6F708DC01000000000000000010000000303132333435363738393A3B3C3D3E3F",
    0, trap="user-as-interviewer-all-day-scoring-task"))

# Debrief / wash-up.
EVENTS.append(event("wash-up", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Lawson, Rebecca":mailto:r.lawson@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Greenwood, Natalie":mailto:n.greenwood@hartleybrennan.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Andrew":mailto:a.brennan@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Quick wash-up on the three first-stage candidates so we can decide who goes through to second round with Andrew. Bring your forms.\n
UID:040000008200E00074C5B7101A82E0080000000044D5E6F70819DC01000000000000000010000000404142434445464748494A4B4C4D4E4F
SUMMARY;LANGUAGE=en-GB:Lit PL recruitment – wash-up
DTSTART;TZID=Europe/London:20260216T123000
DTEND;TZID=Europe/London:20260216T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T094430Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Rebecca's office
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000044D5E6F70819DC01000000000000000010000000404142434445464748494A4B4C4D4E4F",
    0, trap="user-as-interviewer-debrief-wash-up"))

# A candidate's acceptance of Priya's invitation, sent from free mail.
EVENTS.append(event("accepted-reply", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260223T100000Z
DTEND:20260223T110000Z
DTSTAMP:20260218T203312Z
ORGANIZER;CN=Sandhu\, Priya:mailto:p.sandhu@hartleybrennan.co.uk
UID:040000008200E00074C5B7101A82E0080000000055E6F708192ADC01000000000000000010000000505152535455565758595A5B5C5D5E5F
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jamal H
 aider;X-NUM-GUESTS=0:mailto:jamal.haider92@gmail.com
COMMENT:Thank you – I look forward to meeting you and Mr Brennan. Jamal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Second interview – Paralegal\, Hartley Brennan LLP @ Mon
  23 Feb 2026 10:00 - 11:00 (GMT) (p.sandhu@hartleybrennan.co.uk)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000055E6F708192ADC01000000000000000010000000505152535455565758595A5B5C5D5E5F",
    0, trap="user-as-interviewer-candidate-accepted-reply"))

# A legal recruitment agency books its candidate in with Priya and Rebecca.
EVENTS.append(event("agency-candidate", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260507T100000
DTEND;TZID=Europe/London:20260507T110000
DTSTAMP:20260430T101545Z
ORGANIZER;CN=Hannah Briggs:mailto:hannah.briggs@sterlinglegalrecruitment.co.uk
UID:2n8p4r0t6v2x8z4b0d6f2h8j4a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=p.sandhu@hartleybrennan.co.uk;X-NUM-GUESTS=0:mailto:p.sandhu@hartl
 eybrennan.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=r.lawson@hartleybrennan.co.uk;X-NUM-GUESTS=0:mailto:r.lawson@hartl
 eybrennan.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Briggs;X-NUM-GUESTS=0:mailto:hannah.briggs@sterlinglegalrecruit
 ment.co.uk
DESCRIPTION:Hi Priya and Rebecca\,\n\nConfirming Aisha Rahman's interview f
 or the Property Litigation Paralegal vacancy at your Leeds office. Aisha's
  CV and my candidate summary are attached to my earlier email. She is on a
  1 week notice period and available immediately after.\n\nPlease let me kno
 w your feedback after the meeting.\n\nHannah Briggs\nSenior Consultant\, S
 terling Legal Recruitment
LAST-MODIFIED:20260430T101545Z
LOCATION:Hartley Brennan LLP\, 3 Park Place\, Leeds
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aisha Rahman – interview – Hartley Brennan (Property Lit Paralegal)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2n8p4r0t6v2x8z4b0d6f2h8j4a@google.com", 0, trap="user-as-interviewer-agency-books-its-candidate"))

# Priya's own notes after a second interview.
EVENTS.append(event("candidate-notes", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8E0F3B21-9C6A-4D52-B7E4-1F2A3C4D5E6F
DTSTAMP:20260223T113402Z
CREATED:20260223T113340Z
DTSTART:20260223T100000
DTEND:20260223T110000
SUMMARY:Jamal H – 2nd int w AB
DESCRIPTION:+ v good on bundles\, used Caselines at last firm\, calm\n- Ex
 cel basic\, wants TC so may leave in 18m?\n- notice 4 wks\nAB liked him.
  Me: 3/4. Tell Natalie.
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8E0F3B21-9C6A-4D52-B7E4-1F2A3C4D5E6F", 0, trap="user-as-interviewer-handtyped-candidate-notes", eol="\n"))

# Microsoft Bookings page where Priya is the staff member a candidate books.
EVENTS.append(event("bookings-chat", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN=HB Careers:mailto:HBCareers@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: Informal chat – Paralegal vacancy (15 mins)\nStaff: Priya Sandhu\nCustomer: Chloe Barraclough\nchloe.barraclough@hotmail.co.uk\n07700 900781\n\nCustomer's notes: Hi\, I saw the paralegal advert on LinkedIn and would love to hear what the role is like day to day before I apply. Thanks!\n\nJoin Microsoft Teams Meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA4NTY1MjQtYjQx%40thread.v2/0\n\nPowered by Microsoft Bookings
UID:040000008200E00074C5B7101A82E0080000000066F708192A3BDC01000000000000000010000000606162636465666768696A6B6C6D6E6F
SUMMARY;LANGUAGE=en-GB:Informal chat – Paralegal vacancy (15 mins) with Chloe Barraclough
DTSTART;TZID=Europe/London:20260303T124500
DTEND;TZID=Europe/London:20260303T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260226T190047Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000066F708192A3BDC01000000000000000010000000606162636465666768696A6B6C6D6E6F",
    0, trap="user-as-interviewer-bookings-staff-host"))

# Hartley Brennan's own trainee assessment day; Priya assesses a group exercise.
EVENTS.append(event("assessment-day", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Graduate Recruitment":mailto:graduates@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Iqbal, Sana":mailto:s.iqbal@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hirst, Ben":mailto:b.hirst@hartleybrennan.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HB Leeds - Boardroom":mailto:leeds.boardroom@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Thank you for volunteering as an assessor for the 2028 trainee assessment day.\n\n13:30 briefing (Boardroom)\n14:00–14:45 group exercise – you'll observe table 2 (4 candidates) and mark against the teamwork / communication criteria\n15:00 assessor moderation\n\nAssessor packs and marking sheets will be on the table. Please don't discuss candidates outside the moderation session.
UID:040000008200E00074C5B7101A82E0080000000077081A2B3C4DDC01000000000000000010000000707172737475767778797A7B7C7D7E7F
SUMMARY;LANGUAGE=en-GB:TC 2028 Assessment Day – assessors (group exercise)
DTSTART;TZID=Europe/London:20260415T133000
DTEND;TZID=Europe/London:20260415T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260401T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HB Leeds - Boardroom
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000077081A2B3C4DDC01000000000000000010000000707172737475767778797A7B7C7D7E7F",
    0, trap="user-as-interviewer-assessment-day-assessor"))

# Trial day for a legal secretary candidate, who sits with Priya.
EVENTS.append(event("trial-day", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Greenwood, Natalie":mailto:n.greenwood@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="IT Helpdesk":mailto:ithelp@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Sophie Lund (legal secretary applicant) is with us for a paid trial day. She'll sit with you in Lit – please give her some audio typing\, a bundle index and a letter to format\, and let me know how she gets on (speed\, accuracy\, attitude). IT will set up a temporary login.\n\nNatalie
UID:040000008200E00074C5B7101A82E0080000000088192A3B4C5DDC01000000000000000010000000808182838485868788898A8B8C8D8E8F
SUMMARY;LANGUAGE=en-GB:Trial day – Sophie Lund (with Priya\, Lit team)
DTSTART;TZID=Europe/London:20260323T090000
DTEND;TZID=Europe/London:20260323T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260312T083220Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Litigation floor (3rd)
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000088192A3B4C5DDC01000000000000000010000000808182838485868788898A8B8C8D8E8F",
    0, trap="user-as-interviewer-trial-day-supervisor"))

# Training for staff who sit on interview panels.
EVENTS.append(event("panel-training", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="L&D":mailto:learning@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sandhu, Priya":mailto:p.sandhu@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hirst, Ben":mailto:b.hirst@hartleybrennan.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Iqbal, Sana":mailto:s.iqbal@hartleybrennan.co.uk
DESCRIPTION;LANGUAGE=en-GB:Compulsory for anyone sitting on a recruitment panel this year (trainee and support staff recruitment).\n\nCovers: structured interviewing and competency questions\, scoring consistently\, unconscious bias\, what you can't ask\, note-taking and data retention.\n\nFacilitator: Kirsty Moran\, HR Business Partner
UID:040000008200E00074C5B7101A82E0080000000099A2B3C4D5E6DC01000000000000000010000000909192939495969798999A9B9C9D9E9F
SUMMARY;LANGUAGE=en-GB:Recruitment & Selection: interviewing skills for panel members
DTSTART;TZID=Europe/London:20260128T093000
DTEND;TZID=Europe/London:20260128T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260114T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HB Leeds - Training Room
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000099A2B3C4D5E6DC01000000000000000010000000909192939495969798999A9B9C9D9E9F",
    0, trap="user-as-interviewer-panel-member-training"))
