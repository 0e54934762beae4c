"""holdout151 events, part g: Samuel on the hiring side at Kingsbridge Civils (written blind)."""

from holdout151ev_tz import GMT_STANDARD, LONDON, E

EVENTS = [
    E(
        "pinpoint-kit",
        "pinpoint-interview-71928-panel-0001@kingsbridge-civils.pinpointhq.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pinpoint Software//Pinpoint ATS//EN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:pinpoint-interview-71928-panel-0001@kingsbridge-civils.pinpointhq.com
DTSTAMP:20260914T102200Z
DTSTART;TZID=Europe/London:20260921T140000
DTEND;TZID=Europe/London:20260921T150000
SUMMARY:Technical interview: Priya Nair - Site Engineer (A13 Lodge Avenue)
LOCATION:Dartford site office - meeting cabin 2
DESCRIPTION:You've been added to an interview.\n\nCandidate: Priya Nair\nJo
 b: Site Engineer (A13 Lodge Avenue)\nStage: Technical interview\nPanel: Sa
 muel Mensah\, Neil Ashworth\n\nInterview plan & scorecard: https://kingsbr
 idge-civils.pinpointhq.com/admin/applications/71928/interviews\nPlease sub
 mit your scorecard within 24 hours of the interview.\n\nCV attached to the
  application.
ORGANIZER;CN=Kingsbridge Civils Recruitment:mailto:recruitment@kingsbridge-c
 ivils.co.uk
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:samuel.mens
 ah@kingsbridge-civils.co.uk
ATTENDEE;CN=Neil Ashworth;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:neil.ashwor
 th@kingsbridge-civils.co.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-ats-panel-invite-with-scorecard",
    ),
    E(
        "scorecard-due",
        "pinpoint-reminder-71928-scorecard-samuel@kingsbridge-civils.pinpointhq.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pinpoint Software//Pinpoint ATS//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pinpoint-reminder-71928-scorecard-samuel@kingsbridge-civils.pinpointhq.c
 om
DTSTAMP:20260921T150105Z
DTSTART:20260922T080000Z
DTEND:20260922T081500Z
SUMMARY:Scorecard overdue: Priya Nair (Site Engineer)
DESCRIPTION:Hi Samuel\, your scorecard for Priya Nair's Technical interview
  is outstanding. Hiring decisions are waiting on your feedback.\n\nSubmit
  now: https://kingsbridge-civils.pinpointhq.com/admin/scorecards/553201
ORGANIZER;CN=Pinpoint:mailto:notifications@pinpointhq.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-scorecard-overdue-reminder",
    ),
    E(
        "grad-ac",
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000011112222333344445555666677778888",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Patel, Reena":mailto:reena.patel@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ashworth, Nei
 l":mailto:neil.ashworth@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dunne, Clare"
 :mailto:clare.dunne@kingsbridge-civils.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="KC-Dartford-Bo
 ardroom (16)":mailto:kc-dartford-boardroom@kingsbridge-civils.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="KC-Dartford-Tr
 aining Room":mailto:kc-dartford-training@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi all\, thank you for volunteering as assessors
  for the 2027 graduate intake.\n\n08:15 Assessor briefing (Boardroom)\n09:0
 0 Candidates arrive\, welcome from Samuel\n09:30 Group exercise (bridge de
 sign & build)\n11:00 Competency interviews - pairs as per the matrix\n13:0
 0 Lunch with the current grads\n14:00 Site visit A2 (PPE in the drying ro
 om)\n16:00 Wash-up - please complete ORCE forms before this\n\nReena\nEarl
 y Careers Lead\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC010000000000000000
 1000000011112222333344445555666677778888
SUMMARY;LANGUAGE=en-GB:Graduate Assessment Day - ASSESSORS
DTSTART;TZID=GMT Standard Time:20261104T081500
DTEND;TZID=GMT Standard Time:20261104T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261012T091100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:KC-Dartford-Boardroom (16)\; KC-Dartford-Training R
 oom
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-graduate-assessment-day-assessor",
    ),
    E(
        "ac-washup",
        "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000AAAABBBBCCCCDDDDEEEEFFFF00001111",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mensah, Samuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Patel, Re
 ena":mailto:reena.patel@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ashworth,
  Neil":mailto:neil.ashworth@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Calibrate scores from Weds\, agree offers / rese
 rve list for the 8 places. Bring your ORCE sheets.\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC010000000000000000
 10000000AAAABBBBCCCCDDDDEEEEFFFF00001111
SUMMARY;LANGUAGE=en-GB:Grad AC - calibration & decisions
DTSTART;TZID=GMT Standard Time:20261106T130000
DTEND;TZID=GMT Standard Time:20261106T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T171000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Teams / Boardroom
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-assessment-calibration-meeting",
    ),
    E(
        "calendly-host",
        "c7e21a90-58f4-4d1b-b3a6-90e4f1d27c55",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c7e21a90-58f4-4d1b-b3a6-90e4f1d27c55
DTSTAMP:20261002T193012Z
DTSTART:20261008T153000Z
DTEND:20261008T160000Z
SUMMARY:Jayden Clarke and Samuel Mensah
LOCATION:Dartford site office\, Kingsbridge Civils\, Crossways DA2 6QB
DESCRIPTION:Event Name: Apprenticeship interview - Civil Engineering Techni
 cian (L3)\n\nLocation: Dartford site office\, Kingsbridge Civils\, Crossw
 ays DA2 6QB\n\nQuestions:\nCollege: North Kent College\nParent/guardian at
 tending?: Yes - mum\n\nNeed to make changes to this event?\nCancel: https:
 //calendly.com/cancellations/c7e21a90-58f4-4d1b-b3a6-90e4f1d27c55\n\nPowe
 red by Calendly.com
ORGANIZER;CN=Samuel Mensah:mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;CN=Jayden Clarke;PARTSTAT=ACCEPTED:mailto:jaydenclarke07@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-calendly-host-apprentice",
    ),
    E(
        "bookings-staff",
        "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000001000000022223333444455556666777788889999",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN=Kingsbridge Early Careers:mailto:KingsbridgeEarlyCareers@kingsb
 ridgecivils.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Samuel Mensah
 :mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aisha Khan
 :mailto:aisha.khan.2004@hotmail.co.uk
DESCRIPTION;LANGUAGE=en-GB:New booking\n\nService: Graduate telephone scree
 n (20 min)\nStaff: Samuel Mensah\nCustomer: Aisha Khan\nPhone: 07911 228
  304\nNotes: MEng Civil\, University of Surrey\, 2026 graduate\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC010000000000000000
 1000000022223333444455556666777788889999
SUMMARY;LANGUAGE=en-GB:Graduate telephone screen (20 min) - Aisha Khan
DTSTART;TZID=GMT Standard Time:20261015T121000
DTEND;TZID=GMT Standard Time:20261015T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T081533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-bookings-staff-graduate-screen",
    ),
    E(
        "panel-chair",
        "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000333344445555666677778888AAAABBBB",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Dunne, Clare":mailto:clare.dunne@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okafor, Danie
 l":mailto:daniel.okafor@kingsbridge-civils.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="KC-Dartford-Me
 eting Room 1 (6)":mailto:kc-dartford-mr1@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Samuel to chair. 3 shortlisted for Section Engin
 eer (Structures)\, 1hr each:\n09:30 M. Lee\n10:45 T. Barker\n13:30 O. Ade
 wale\n\nCVs\, question bank and marking grid in the Recruitment folder on
  SharePoint. HR (me) note-taking.\n\nClare\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC010000000000000000
 10000000333344445555666677778888AAAABBBB
SUMMARY;LANGUAGE=en-GB:SE Structures - shortlist interviews (SM chair)
DTSTART;TZID=GMT Standard Time:20261112T091500
DTEND;TZID=GMT Standard Time:20261112T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T143022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:KC-Dartford-Meeting Room 1 (6)
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-chairs-shortlist-panel",
    ),
    E(
        "debrief",
        "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC01000000000000000010000000444455556666777788889999CCCCDDDD",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Ashworth, Neil":mailto:neil.ashworth@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Quick one - Priya vs Marcus for the A13 SE post
 . Need a decision before Carrington West chase again Friday.\n
UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC010000000000000000
 10000000444455556666777788889999CCCCDDDD
SUMMARY;LANGUAGE=en-GB:A13 SE - debrief / decision
DTSTART;TZID=GMT Standard Time:20260924T163000
DTEND;TZID=GMT Standard Time:20260924T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260923T120501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Site office
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-debrief",
    ),
    E(
        "approval-panel",
        "040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC01000000000000000010000000555566667777888899990000EEEEFFFF",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Holt, Simon";SENT-BY="mailto:jo.keane@kingsbridge-civils.co.uk
 ":mailto:simon.holt@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dunne, Clare"
 :mailto:clare.dunne@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fraser, Alan"
 :mailto:alan.fraser@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Monthly resourcing & headcount panel.\n1. Q4 va
 cancies - A13\, A2\, Bexley term\n2. Offer approvals: Section Engineer (St
 ructures) - preferred candidate\, salary above band\n3. Agency spend\n4. G
 rad intake 2027 - numbers\n
UID:040000008200E00074C5B7101A82E00800000000F1A2B3C4D5E6DC010000000000000000
 10000000555566667777888899990000EEEEFFFF
SUMMARY;LANGUAGE=en-GB:Resourcing Panel - November
DTSTART;TZID=GMT Standard Time:20261117T080000
DTEND;TZID=GMT Standard Time:20261117T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261101T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Teams
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-hiring-approval-resourcing-panel",
    ),
    E(
        "shadowing",
        "040000008200E00074C5B7101A82E0080000000012A3B4C5D6E7DC01000000000000000010000000666677778888999900001111ABCDABCD",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mensah, Samuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ward, Ell
 ie":mailto:ellie.ward@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Ellie - sit in and observe the ASM interviews wi
 th me (2 candidates). Don't ask questions this time\, just score alongsid
 e me and we'll compare after. Part of your hiring manager training.\n
UID:040000008200E00074C5B7101A82E0080000000012A3B4C5D6E7DC010000000000000000
 10000000666677778888999900001111ABCDABCD
SUMMARY;LANGUAGE=en-GB:Shadowing - ASM interviews (Ellie observing)
DTSTART;TZID=GMT Standard Time:20261021T140000
DTEND;TZID=GMT Standard Time:20261021T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261015T073000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:A2 compound - welfare cabin
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-colleague-shadows-his-interviews",
    ),
]
