# ruff: noqa: E501  (raw iCalendar text, kept as the sending tools write it)
"""holdout163 events, part f: more of Daniel on the HIRING side at Meridian MedSupply (all negatives)."""

EVENTS = [
    {
        "kind": "typed",
        "hiring": True,
        "uid": "20250122T142233Z-8812-daniel@mbp",
        "lf": True,
        "label": (0, "", "", "", "", "user-as-interviewer-typed-candidate-notes"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:20250122T142233Z-8812-daniel@mbp
DTSTAMP:20250122T142233Z
DTSTART;TZID=Asia/Singapore:20250122T180000
DTEND;TZID=Asia/Singapore:20250122T183000
SUMMARY:PE cands - notes
DESCRIPTION:Nurul Ain - v steady\, knows Ariba from FP\, a bit quiet. 2nd rd w Suresh.\nBryan - keen but no exp w GDP/cold chain. KIV\nHR to chk notice period + exp salary (ask for $3.2k?)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000BOOKINGSMERIDIAN77A1C90E42",
        "fold": False,
        "label": (0, "", "", "", "", "user-as-interviewer-bookings-staff-member-host"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Meridian Campus Recruitment:mailto:MeridianCampusRecruitment@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Procurement Internship - Interview (30 min)\nStaff: Daniel Tan\n\nCustomer: Chloe Ng\nEmail: chloe.ng.2023@e.ntu.edu.sg\nPhone: 8123 0477\nCustomer notes: Year 3 Business (Supply Chain)\, available May-Aug\n\nThis booking was made using Microsoft Bookings.
UID:040000008200E00074C5B7101A82E00800000000BOOKINGSMERIDIAN77A1C90E42
SUMMARY;LANGUAGE=en-US:Procurement Internship - Interview (30 min) with Chloe Ng
DTSTART;TZID=Singapore Standard Time:20250206T140000
DTEND;TZID=Singapore Standard Time:20250206T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250127T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly",
        "hiring": True,
        "uid": "e92f3d1a-6c47-4b08-a5e2-3f71c0b9d824@calendly.com",
        "fold": False,
        "label": (0, "", "", "", "", "user-as-interviewer-calendly-host-candidate-invitee"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:e92f3d1a-6c47-4b08-a5e2-3f71c0b9d824@calendly.com
DTSTAMP:20250218T043300Z
DTSTART:20250220T080000Z
DTEND:20250220T082000Z
SUMMARY:Rachel Koh and Daniel Tan
DESCRIPTION:Event Name: Category Analyst - intro call (20 min)\n\nLocation: This is a Microsoft Teams web conference.\n\nInvitee: Rachel Koh\nInvitee Email: rachelkoh.wy@outlook.com\n\nQuestions:\nLinkedIn profile: linkedin.com/in/rachelkohwy\nWhat is your notice period?: 1 month\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/e92f3d1a\nReschedule: https://calendly.com/reschedulings/e92f3d1a\n\nPowered by Calendly.com
ORGANIZER;CN=Daniel Tan:mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rachel Koh:mailto:rachelkoh.wy@outlook.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E0080000000022BB33CC44DDDB0100000000000000001000000022BB33CC44DD55EE66FF7700889900AA",
        "label": (0, "", "", "", "", "user-as-interviewer-chairs-final-round"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Li Ping (HR)":mailto:liping.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lau, Michael (MD)":mailto:michael.lau@meridianmedsupply.com.sg
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MMS-L5-Boardroom":mailto:mms-l5-boardroom@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Final round - Regional Category Lead\nCandidate: Sharon Teo (via Robert Walters)\nChair: Daniel Tan. Panel: Michael Lau (MD).\n\nSharon will present a 15 min category plan for wound care consumables\, followed by Q&A. Offer approval to follow at Manpower Committee if successful.
UID:040000008200E00074C5B7101A82E0080000000022BB33CC44DDDB0100000000000000001000000022BB33CC44DD55EE66FF7700889900AA
SUMMARY;LANGUAGE=en-SG:Final Interview - Regional Category Lead - Sharon Teo
DTSTART;TZID=Singapore Standard Time:20250219T150000
DTEND;TZID=Singapore Standard Time:20250219T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T030012Z
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
        "uid": "040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB0100000000000000001000000033CC44DD55EE66FF77008899AABB11",
        "label": (0, "", "", "", "", "user-as-interviewer-marks-case-submissions"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Chong, Wei Ling":mailto:weiling.chong@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Go through the 4 take-home cases for Procurement Analyst (savings tracker + supplier scorecard). Use the marking rubric v2. Top 2 go to final with me + Michael.
UID:040000008200E00074C5B7101A82E0080000000033CC44DD55EEDB0100000000000000001000000033CC44DD55EE66FF77008899AABB11
SUMMARY;LANGUAGE=en-SG:Marking - PA take-home cases
DTSTART;TZID=Singapore Standard Time:20250303T160000
DTEND;TZID=Singapore Standard Time:20250303T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T100022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Daniel's office
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E0080000000044DD55EE66FFDB0100000000000000001000000044DD55EE66FF7700889900AABBCC22",
        "label": (0, "", "", "", "", "user-as-interviewer-cv-shortlisting-with-hr"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Li Ping (HR)":mailto:liping.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\, 63 applications for Buyer from MyCareersFuture + JobStreet (after FCF 14-day posting). I've done first pass to 14. Let's pick 5 for interview. Laptop + screen pls.
UID:040000008200E00074C5B7101A82E0080000000044DD55EE66FFDB0100000000000000001000000044DD55EE66FF7700889900AABBCC22
SUMMARY;LANGUAGE=en-SG:Buyer - shortlisting
DTSTART;TZID=Singapore Standard Time:20250224T093000
DTEND;TZID=Singapore Standard Time:20250224T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T091512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:HR room L2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E0080000000055EE66FF7700DB0100000000000000001000000055EE66FF77008899AABBCCDD33",
        "label": (0, "", "", "", "", "user-as-interviewer-offer-package-for-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Seah, Wendy (HR Director)":mailto:wendy.seah@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Jia Hui has countered (asking $6.8k + AWS). Need your view before I call her back tmr. 15 mins.
UID:040000008200E00074C5B7101A82E0080000000055EE66FF7700DB0100000000000000001000000055EE66FF77008899AABBCCDD33
SUMMARY;LANGUAGE=en-SG:Sr Buyer offer - counter
DTSTART;TZID=Singapore Standard Time:20250123T174500
DTEND;TZID=Singapore Standard Time:20250123T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250123T081022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Wendy's office
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E0080000000066FF77008899DB0100000000000000001000000066FF77008899AABBCCDDEEFF4455",
        "label": (0, "", "", "", "", "user-as-interviewer-recurring-interview-hold-with-override"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Blocked for Buyer / PE / intern interviews until roles filled. Li Ping can book into this slot directly.
RRULE:FREQ=WEEKLY;UNTIL=20250327T060000Z;INTERVAL=1;BYDAY=TH;WKST=SU
UID:040000008200E00074C5B7101A82E0080000000066FF77008899DB0100000000000000001000000066FF77008899AABBCCDDEEFF4455
SUMMARY;LANGUAGE=en-SG:HOLD - interviews (Li Ping to book)
DTSTART;TZID=Singapore Standard Time:20250116T140000
DTEND;TZID=Singapore Standard Time:20250116T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250113T015500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Moved to Fri this wk - Thu is CNY eve half day.
RECURRENCE-ID;TZID=Singapore Standard Time:20250130T140000
UID:040000008200E00074C5B7101A82E0080000000066FF77008899DB0100000000000000001000000066FF77008899AABBCCDDEEFF4455
SUMMARY;LANGUAGE=en-SG:HOLD - interviews (Li Ping to book)
DTSTART;TZID=Singapore Standard Time:20250131T100000
DTEND;TZID=Singapore Standard Time:20250131T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250127T020000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "hiring": True,
        "uid": "5E8A1C3B-2D4F-4A6B-9C0E-7F1A2B3C4D5E",
        "fold": False,
        "label": (0, "", "", "", "", "user-as-interviewer-typed-phone-screen-of-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E8A1C3B-2D4F-4A6B-9C0E-7F1A2B3C4D5E
DTSTAMP:20250225T031200Z
DTSTART:20250226T123000
DTEND:20250226T125000
SUMMARY:call Marcus Lee - buyer cand
DESCRIPTION:9012 3345. from jobstreet shortlist. chk: SAP? forklift/DC exp not needed. exp sal. can start Apr?
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E0080000000077008899AABBDB0100000000000000001000000077008899AABBCCDDEEFF00112233",
        "label": (0, "", "", "", "", "user-as-interviewer-interviews-kl-candidate-remotely"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Ismail, Rosnah (HR MY)":mailto:rosnah.ismail@meridianmedsupply.com.my
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lee Chee Keong":mailto:cheekeong.lee88@yahoo.com
DESCRIPTION;LANGUAGE=en-MY:Dear Daniel\,\n\nSharing the Teams link for the interview with Encik Lee Chee Keong (candidate - Deputy Procurement Manager\, Meridian MedSupply Sdn Bhd\, Shah Alam). I have also included the candidate in this invite. Interview form attached - kindly return to HR MY after the session.\n\nTerima kasih\,\nRosnah\n\nMicrosoft Teams meeting\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_S0xEUE0y@thread.v2/0>\nMeeting ID: 366 920 114 783  Passcode: Ph4g7N
UID:040000008200E00074C5B7101A82E0080000000077008899AABBDB0100000000000000001000000077008899AABBCCDDEEFF00112233
SUMMARY;LANGUAGE=en-MY:Interview: Deputy Procurement Manager (MY) - Lee Chee Keong
DTSTART;TZID=Singapore Standard Time:20250304T110000
DTEND;TZID=Singapore Standard Time:20250304T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T062255Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-MY:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
]
