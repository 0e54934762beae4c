# ruff: noqa: E501
"""holdout249 events, part B: the user's own job interviews (the other 26). Hand-written raw iCalendar text."""
from holdout249ev_a import ev
from holdout249ev_zones import (
                                EASTERN_UTC_LABEL,
                                EASTERN_WIN,
                                GMT_WIN,
                                GOOGLE_FOOTER,
                                MADRID_GOOGLE,
                                MEET_SEP,
                                NY_APPLE,
                                NY_GOOGLE,
                                TEAMS_EN,
                                TEAMS_ES,
                                ZURICH_GOOGLE,
                                fold,
                                teams,
                                zoom,
)

EVENTS = []

# 1 Saltmarsh College: Zoom first round, Apple invite forwarded into iCloud
UID = "B7D21E0C-3A9F-4C11-8E52-6F0A1D2C3B44"
EVENTS.append(ev("ios-invite-zoom-first-round", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1.1//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + NY_APPLE + r"""BEGIN:VEVENT
TRANSP:OPAQUE
DTEND;TZID=America/New_York:20251208T150000
ORGANIZER;CN="Felicity Amory";EMAIL="famory@saltmarsh.edu":mailto:famory@saltmarsh.edu
UID:""" + UID + r"""
DTSTAMP:20251201T181322Z
LOCATION:Zoom (link below)
DESCRIPTION:Saltmarsh College - Dean of Admission search\nFirst-round conversation with the search committee (Felicity Amory\, Dean of the College\, chair; Hugo Brennan\, Director of Athletics; Pia Sorensen\, Professor of Biology).\n\n""" + zoom("saltmarsh-edu", "97211045823", "YkRsT0pJZH", "560271") + r"""
SEQUENCE:0
SUMMARY:Saltmarsh College: Dean of Admission interview
DTSTART;TZID=America/New_York:20251208T140000
CREATED:20251201T181200Z
ATTENDEE;CN="Felicity Amory";CUTYPE=INDIVIDUAL;EMAIL="famory@saltmarsh.edu";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:famory@saltmarsh.edu
ATTENDEE;CN="Hugo Brennan";CUTYPE=INDIVIDUAL;EMAIL="hbrennan@saltmarsh.edu";PARTSTAT=ACCEPTED:mailto:hbrennan@saltmarsh.edu
ATTENDEE;CN="Pia Sorensen";CUTYPE=INDIVIDUAL;EMAIL="psorensen@saltmarsh.edu";PARTSTAT=NEEDS-ACTION:mailto:psorensen@saltmarsh.edu
ATTENDEE;CN="Siobhan Kelleher";CUTYPE=INDIVIDUAL;EMAIL="siobhan.kelleher@icloud.com";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
END:VEVENT
END:VCALENDAR
"""), 1, "Saltmarsh College", "Dean of Admission", "onsite",
    "famory@saltmarsh.edu;hbrennan@saltmarsh.edu;psorensen@saltmarsh.edu", "apple-invite-chair-role-zoom"))

# 2 Orchard Ridge College: phone call with search chair, iPhone hand-typed, no attendees
UID = "0E9C8B7A-6D5F-4E3D-2C1B-0A9F8E7D6C5B"
EVENTS.append(ev("ios-terse-chair-call", UID, r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1.1//EN
CALSCALE:GREGORIAN
""" + NY_APPLE + r"""BEGIN:VEVENT
CREATED:20251103T004455Z
DTEND;TZID=America/New_York:20251106T174500
DTSTAMP:20251103T004512Z
DTSTART;TZID=America/New_York:20251106T170000
LAST-MODIFIED:20251103T004512Z
SEQUENCE:0
SUMMARY:Orchard Ridge - call w search chair (AVP/Dean of Adm) - Prof Kwame Asante calls me
TRANSP:OPAQUE
UID:""" + UID + r"""
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
UID:1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A5B
X-WR-ALARMUID:1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A5B
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Orchard Ridge College", "AVP/Dean of Adm", "", "Prof Kwame Asante", "hand-typed-no-attendees-stage-unclear"))

# 3 Orchard Ridge: on-campus finalist interview, Google invite from president's office
UID = "4f8h2j6l0n4p8r2t6v0x4z8b2d@google.com"
EVENTS.append(ev("google-campus-finalist", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260224T083000
DTEND;TZID=America/New_York:20260224T170000
DTSTAMP:20260210T143355Z
ORGANIZER;CN=Office of the President:mailto:president@orchardridge.edu
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kwame Asante;X-NUM-GUESTS=0:mailto:kasante@orchardridge.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucinda Verhoeven;X-NUM-GUESTS=0:mailto:lverhoeven@orchardridge.edu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Founders Hall - Trustees Room;X-NUM-GUESTS=0:mailto:orchardridge.edu_3835313732@resource.calendar.google.com
DESCRIPTION:Finalist on-campus interview: Associate Vice President and Dean of Admission\n\nYour day includes meetings with President Lucinda Verhoeven\, the search committee (chair Kwame Asante)\, admission staff\, students and the enrollment division\, and a public presentation at 1:30 in the Trustees Room.""" + GOOGLE_FOOTER + r"""
LOCATION:Founders Hall - Trustees Room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Finalist Interview - AVP & Dean of Admission - S. Kelleher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Orchard Ridge College", "Associate Vice President and Dean of Admission", "final",
    "kasante@orchardridge.edu;lverhoeven@orchardridge.edu", "president-office-organizer-resource-room"))

# 4 Halvorsen College (Minnesota, Central time): semifinalist Zoom, Interfolio notice, UTC
UID = "interfolio-search-77412-appt-3391"
EVENTS.append(ev("interfolio-zoom-semifinal", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Interfolio//Search Committee Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251205T170003Z
DTSTART:20251211T160000Z
DTEND:20251211T170000Z
SUMMARY:Halvorsen College - Dean of Enrollment - Interview
ORGANIZER;CN=Halvorsen College via Interfolio:mailto:notifications@interfolio.com
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Erik Thorsby:mailto:ethorsby@halvorsen.edu
ATTENDEE;CN=Naomi Redcloud:mailto:nredcloud@halvorsen.edu
DESCRIPTION:Dear Siobhan Kelleher\,\n\nThe search committee for Dean of Enrollment at Halvorsen College invites you to a video interview (10:00 AM Central / 11:00 AM Eastern). Committee co-chairs: Erik Thorsby and Naomi Redcloud.\n\nZoom: https://halvorsen.zoom.us/j/93348120775\n\nThis notification was sent through Interfolio Search.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Halvorsen College", "Dean of Enrollment", "onsite", "ethorsby@halvorsen.edu;nredcloud@halvorsen.edu",
    "interfolio-noreply-central-time-in-text"))

# 5 Halvorsen: presentation to enrollment staff (technical), Google export, all-day-ish
UID = "8x2z4b6d8f0h2j4l6n8p0r2t4v@google.com"
EVENTS.append(ev("google-export-presentation", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:siobhan.kelleher@icloud.com
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20260116T190000Z
DTEND:20260116T200000Z
DTSTAMP:20260110T121212Z
UID:""" + UID + r"""
CREATED:20260109T230101Z
DESCRIPTION:Halvorsen round 2: 20-min presentation to enrollment staff + committee\, topic they assigned: "Recruiting first-gen students in the Upper Midwest on a flat budget." Then 40 min Q&A. Naomi sends Zoom.
LAST-MODIFIED:20260109T230101Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Halvorsen presentation (rd 2)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Halvorsen College", "", "technical", "Naomi", "google-export-terse-assigned-presentation"))

# 6 St. Brendan's College: terse Outlook entry she typed on her work calendar, typo, no attendees
UID = "040000008200E00074C5B7101A82E00800000000E77A9D2B5C31DC0100000000000000001000000009A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4"
EVENTS.append(ev("outlook-self-terse-typo", UID, r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + EASTERN_WIN + r"""BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20251106T123015Z
DTEND;TZID=Eastern Standard Time:20251113T150000
DTSTAMP:20251106T123015Z
DTSTART;TZID=Eastern Standard Time:20251113T133000
LAST-MODIFIED:20251106T123015Z
LOCATION:St B's - Coyle Hall rm 210
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:St Brendans intervew - Fr. Nolan + cttee (dean of adm) - PERSONAL\, block
TRANSP:OPAQUE
UID:""" + UID + r"""
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", 1, "St. Brendan's College", "dean of adm", "onsite", "Fr. Nolan", "self-typed-typo-private-on-work-calendar"))

# 7 American School of Castilla (Madrid): interview slot at an international-school recruiting fair
UID = "gep-boston-2026-slot-14-0930-kelleher"
EVENTS.append(ev("recruiting-fair-slot", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GlobalEd Placement//Fair Scheduler 3.2//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260126T220014Z
DTSTART;TZID=America/New_York:20260131T093000
DTEND;TZID=America/New_York:20260131T100000
SUMMARY:Interview: American School of Castilla (Madrid\, Spain) - University & Careers Counsellor
LOCATION:Westin Copley Place\, Interview Suite 1412 (Table 14 in the ballroom for sign-up day)
DESCRIPTION:GlobalEd Placement Boston Recruiting Fair 2026\n\nCandidate: Siobhan Kelleher (#GEP-55821)\nSchool: American School of Castilla\, Madrid\nPosition: University & Careers Counsellor (Aug 2026)\nInterviewer: Dr. Rebecca Thornquist\, Head of School\nSuite: 1412\n\nPlease be punctual; interviews run back-to-back. Offers may be made at the fair.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""").replace("BEGIN:VEVENT\n", NY_GOOGLE.replace("X-LIC-LOCATION:America/New_York\n", "") + "BEGIN:VEVENT\n", 1),
    1, "American School of Castilla", "University & Careers Counsellor", "hiring_manager", "Dr. Rebecca Thornquist",
    "international-school-recruiting-fair-interview-slot"))

# 8 Rowan International School Madrid: video interview with Secondary Principal via Schoolgate Connect
UID = "sgc-7f3e2d1c-ivw-rowan-0418"
EVENTS.append(ev("school-platform-video", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Schoolgate Connect//Interview Scheduler//EN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260202T101500Z
DTSTART;TZID=Europe/Madrid:20260210T173000
DTEND;TZID=Europe/Madrid:20260210T181500
SUMMARY:Rowan International School Madrid - Interview (Director of University Counselling)
ORGANIZER;CN=Schoolgate Connect:mailto:interviews@schoolgateconnect.com
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Graham Poole (Secondary Principal):mailto:gpoole@rowanmadrid.es
DESCRIPTION:Your interview with Rowan International School Madrid has been confirmed.\n\nInterviewer: Graham Poole\, Secondary Principal\nPosition: Director of University Counselling\nFormat: Video (Schoolgate Connect room - join from your dashboard 5 minutes early)\nTimes shown in Madrid time (CET). Your local time: 11:30 AM EST.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Rowan International School Madrid", "Director of University Counselling", "hiring_manager",
    "gpoole@rowanmadrid.es", "international-school-platform-dual-times"))

# 9 Rowan: stakeholder panel (students, parents, staff) - Spanish/English Outlook, W. Europe zone no VTIMEZONE
UID = "040000008200E00074C5B7101A82E00800000000A8B4D6E1F0C2DC0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890"
EVENTS.append(ev("outlook-stakeholder-panel", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Poole, Graham":mailto:gpoole@rowanmadrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Serrano, Pilar":mailto:pserrano@rowanmadrid.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okwu, Daniel":mailto:dokwu@rowanmadrid.es
ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CUTYPE=ROOM;CN=Sala de Juntas - Edificio Secundaria:mailto:salajuntas@rowanmadrid.es
DESCRIPTION;LANGUAGE=en-GB:Siobhan\,\n\nFor the next stage we hold a stakeholder panel: two Year 12 students\, a parent representative (AMPA)\, Pilar Serrano (Deputy Head) and Daniel Okwu (current counsellor\, leaving in June). Each group has 15 minutes with you.\n\n""" + teams(TEAMS_EN, "MzQ1NmE3YjgtOWMx", "329 881 054 637", "Rw3mZ8") + r"""\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-GB:Stakeholder panel - Director of University Counselling candidate
DTSTART;TZID=W. Europe Standard Time:20260219T160000
DTEND;TZID=W. Europe Standard Time:20260219T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260213T082012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Sala de Juntas - Edificio Secundaria; Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""), 1, "Rowan International School Madrid", "Director of University Counselling", "onsite",
    "gpoole@rowanmadrid.es;pserrano@rowanmadrid.es;dokwu@rowanmadrid.es", "stakeholder-panel-students-parents-room"))

# 10 Quadrant Learning: Workday recruiter screen
UID = "WD-QL-INT-77129-a0c3"
EVENTS.append(ev("workday-recruiter-screen", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251021T170011Z
DTSTART:20251027T153000Z
DTEND:20251027T160000Z
SUMMARY:Quadrant Learning Interview - Director\, Enrollment Strategy (JR-77129)
ORGANIZER;CN=Quadrant Learning Recruiting:mailto:quadrantlearning@myworkday.com
ATTENDEE;CN=Siobhan Kelleher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Dana Whitlock;ROLE=REQ-PARTICIPANT:mailto:dana.whitlock@quadrantlearning.com
DESCRIPTION:Candidate: Siobhan Kelleher\nJob Requisition: JR-77129 Director\, Enrollment Strategy\nInterview Type: Recruiter Screen\nInterviewer(s): Dana Whitlock\nLocation: Microsoft Teams (link in separate invitation)\n\nThis message was sent from Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Quadrant Learning", "Director, Enrollment Strategy", "recruiter_screen",
    "dana.whitlock@quadrantlearning.com", "workday-myworkday-organizer"))

# 11 Quadrant Learning: panel interview with team (Teams, Outlook "(UTC-05:00)" zone)
UID = "040000008200E00074C5B7101A82E0080000000031D2C4B6A8E9DC0100000000000000001000000077665544332211009988AABBCCDDEEFF"
EVENTS.append(ev("teams-panel-utc-label", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_UTC_LABEL + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitlock, Dana":mailto:dana.whitlock@quadrantlearning.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Abara, Chidi":mailto:chidi.abara@quadrantlearning.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Morales, Lena":mailto:lena.morales@quadrantlearning.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Feingold, Ari":mailto:ari.feingold@quadrantlearning.com
DESCRIPTION;LANGUAGE=en-US:Hi Siobhan\,\n\nHere is your panel interview for Director\, Enrollment Strategy. You'll meet Chidi Abara (SVP Institutional Partnerships - hiring manager)\, Lena Morales (Data Science) and Ari Feingold (Client Services). I'll just open the meeting.\n\nDana\n\n""" + teams(TEAMS_EN, "NGE2MjEzNjQtYjk0", "384 120 667 903", "Tq2vN6") + r"""\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Panel Interview | Siobhan Kelleher | Director\, Enrollment Strategy
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251112T130000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251112T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T191455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), 1, "Quadrant Learning", "Director, Enrollment Strategy", "onsite",
    "chidi.abara@quadrantlearning.com;lena.morales@quadrantlearning.com;ari.feingold@quadrantlearning.com",
    "recruiter-organizer-not-interviewer-panel"))

# 12 ScholarBridge: Calendly booking where the user is the invitee
UID = "calendly-6d0f1b4a-9e2c-47d3-b8a5-3c7e1f0d2a96"
EVENTS.append(ev("calendly-invitee", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251015T013324Z
DTSTART:20251020T140000Z
DTEND:20251020T143000Z
SUMMARY:Siobhan Kelleher and Ruth Abernathy
ORGANIZER;CN=Ruth Abernathy:mailto:ruth@scholarbridge.org
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Ruth Abernathy:mailto:ruth@scholarbridge.org
DESCRIPTION:Event Name: Head of Counseling - Interview (30 min)\n\nLocation: This is a Zoom web conference.\nhttps://scholarbridge.zoom.us/j/81155723409\n\nPlease share anything that will help prepare for our meeting.: Resume attached to my application; currently Assoc. Director at Harborview.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/6d0f1b4a-9e2c\nReschedule: https://calendly.com/reschedulings/6d0f1b4a-9e2c\n\nPowered by Calendly.com
LOCATION:https://scholarbridge.zoom.us/j/81155723409
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "ScholarBridge", "Head of Counseling", "hiring_manager", "ruth@scholarbridge.org",
    "calendly-names-only-summary-user-is-invitee"))

# 13 ScholarBridge: scenario exercise round (technical), Google invite
UID = "0d2f4h6j8l0n2p4r6t8v0x2z4b@google.com"
EVENTS.append(ev("google-scenario-exercise", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251029T110000
DTEND;TZID=America/New_York:20251029T121500
DTSTAMP:20251023T152201Z
ORGANIZER;CN=Ruth Abernathy:mailto:ruth@scholarbridge.org
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ruth Abernathy;X-NUM-GUESTS=0:mailto:ruth@scholarbridge.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Samuel Oduya;X-NUM-GUESTS=0:mailto:sam.oduya@scholarbridge.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:Round 2 for Head of Counseling: counseling scenario exercise. We'll share three anonymized student profiles 20 minutes before; you'll walk us through a college list and essay strategy for each\, then Sam (our Program Director) and I will ask follow-ups.\n\n""" + MEET_SEP + r"""\nJoin with Google Meet: https://meet.google.com/esq-xrtb-uvo\n""" + MEET_SEP + GOOGLE_FOOTER + r"""
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ScholarBridge - Round 2 - counseling scenario exercise (Siobhan)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "ScholarBridge", "Head of Counseling", "technical", "ruth@scholarbridge.org;sam.oduya@scholarbridge.org",
    "case-exercise-student-profiles-admissions-vocabulary"))

# 14 Coalition for Open Admission: Microsoft Bookings page the user booked
UID = "040000008200E00074C5B7101A82E008000000004BD0E3C9A55EDC01000000000000000010000000C0FFEE00B0A7D5E4C3B2A1908F7E6D5C"
EVENTS.append(ev("ms-bookings-candidate", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=COA Talent Bookings:mailto:COATalent@openadmission.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Jerome Ashby:mailto:jashby@openadmission.org
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Director of Member Engagement - First Interview\nStaff: Jerome Ashby\, People & Culture\n\nCoalition for Open Admission\n1400 K Street NW\, Washington DC\n\n""" + teams(TEAMS_EN, "YTFkM2Q3ZTQtMjg4", "355 219 702 168", "bK5sW2") + r"""\n\nNeed to make changes? Manage booking: https://outlook.office365.com/owa/calendar/COATalent@openadmission.org/bookings/\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Director of Member Engagement - First Interview
DTSTART;TZID=Eastern Standard Time:20251203T140000
DTEND;TZID=Eastern Standard Time:20251203T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T031510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""), 1, "Coalition for Open Admission", "Director of Member Engagement", "recruiter_screen", "jashby@openadmission.org",
    "bookings-mailbox-organizer-employer-name-admission-word"))

# 15 Atlantic Technological College (Galway): Irish interview board, Teams, GMT zone
UID = "040000008200E00074C5B7101A82E00800000000C7A1E5B3D9F2DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789"
EVENTS.append(ev("outlook-interview-board-irish", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=ATC Recruitment;SENT-BY="mailto:eimear.naughton@atcgalway.ie":mailto:recruitment@atcgalway.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Ó Briain, Pádraig":mailto:padraig.obriain@atcgalway.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Keane, Susan":mailto:susan.keane@atcgalway.ie
DESCRIPTION;LANGUAGE=en-IE:Dear Candidate\,\n\nCompetition: International Office Manager (Administrative Officer Grade VIII)\, Ref. ATC-2026-022\n\nYou are invited to attend for interview before a Board. The Board will assess the key competencies set out in the candidate information booklet. Please note that canvassing will disqualify.\n\n""" + teams(TEAMS_EN, "OTg3ZjY1ZTQtM2Qy", "392 661 083 405", "Pw8jH3") + r"""\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-IE:Interview - International Office Manager - ATC-2026-022
DTSTART;TZID=GMT Standard Time:20260312T113000
DTEND;TZID=GMT Standard Time:20260312T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T094500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), 1, "Atlantic Technological College", "International Office Manager", "onsite",
    "padraig.obriain@atcgalway.ie;susan.keane@atcgalway.ie", "irish-board-sent-by-canvassing-warning"))

# 16 Fenwick Academy (US boarding school): full visit day incl. sample college-counseling class
UID = "fenwick-acad-visit-20260303-sk@fenwickacademy.org"
EVENTS.append(ev("school-visit-day", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fenwick Academy//Blackbaud Calendar//EN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260220T130000Z
DTSTART;TZID=America/New_York:20260303T080000
DTEND;TZID=America/New_York:20260303T160000
SUMMARY:Candidate visit - Director of College Counseling - S. Kelleher
ORGANIZER;CN=Fenwick Academy Head of School Office:mailto:headsoffice@fenwickacademy.org
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Jonathan Reyes-Beaumont:mailto:jreyesbeaumont@fenwickacademy.org
ATTENDEE;CN=Abigail Thurston:mailto:athurston@fenwickacademy.org
DESCRIPTION:Visit schedule:\n8:00 Chapel and breakfast\n8:45 Head of School Jonathan Reyes-Beaumont\n9:45 Teach a junior seminar section: "Building a balanced college list"\n11:00 Assistant Head for Academics Abigail Thurston\n12:00 Lunch with dorm parents\n1:15 College counseling office\n2:30 Student panel\n3:30 Debrief with Head
LOCATION:Fenwick Academy\, Schoolhouse\, 44 Ridge Rd\, Fenwick CT
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Fenwick Academy", "Director of College Counseling", "onsite",
    "jreyesbeaumont@fenwickacademy.org;athurston@fenwickacademy.org", "boarding-school-visit-day-sample-class"))

# 17 Atlantic Bridge Commission (US-Ireland exchange): Webex panel
UID = "webex-2b7f9e0c1d3a4f56-kelleher"
EVENTS.append(ev("webex-panel", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cisco//Webex Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260128T150000Z
DTSTART:20260205T150000Z
DTEND:20260205T160000Z
SUMMARY:Program Officer (Higher Education) - interview panel
ORGANIZER;CN=Mairéad Kinsella:mailto:mkinsella@atlanticbridge.example.org
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Mairéad Kinsella:mailto:mkinsella@atlanticbridge.example.org
ATTENDEE;CN=Thomas Greer:mailto:tgreer@atlanticbridge.example.org
DESCRIPTION:Atlantic Bridge Commission - Program Officer (Higher Education) interview\nPanel: Mairéad Kinsella (Executive Director)\, Thomas Greer (Board member)\n\nJoin Webex meeting\nhttps://atlanticbridge.webex.com/atlanticbridge/j.php?MTID=m3f0a9b2c7d\nMeeting number (access code): 2634 118 9072\nMeeting password: Bridge26\n\nJoin by phone\n+1-408-525-6800 United States Toll\nAccess code: 2634 118 9072
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Atlantic Bridge Commission", "Program Officer (Higher Education)", "onsite",
    "mkinsella@atlanticbridge.example.org;tgreer@atlanticbridge.example.org", "webex-boilerplate-nonprofit"))

# 18 Marrowby College: Zoom interview - Google invite from search chair; user answers on work address
UID = "9a1c3e5g7i9k1m3o5q7s9u1w3y@google.com"
EVENTS.append(ev("google-invite-work-address", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251215T160000
DTEND;TZID=America/New_York:20251215T170000
DTSTAMP:20251208T201010Z
ORGANIZER;CN=Harriet Quaye:mailto:hquaye@marrowby.edu
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Harriet Quaye;X-NUM-GUESTS=0:mailto:hquaye@marrowby.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tobias Lindgren-Watts;X-NUM-GUESTS=0:mailto:tlindgrenwatts@marrowby.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=skelleher@harborview.edu;X-NUM-GUESTS=0:mailto:skelleher@harborview.edu
DESCRIPTION:Marrowby College Dean of Admission search - video interview with the search committee (Harriet Quaye\, chair; Tobias Lindgren-Watts).\n\n""" + zoom("marrowby", "86650342117", "TWFycm93Ym", "118305") + GOOGLE_FOOTER + r"""
LOCATION:https://marrowby.zoom.us/j/86650342117?pwd=TWFycm93Ym
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marrowby Dean of Admission search: Siobhan Kelleher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), 1, "Marrowby College", "Dean of Admission", "onsite", "hquaye@marrowby.edu;tlindgrenwatts@marrowby.edu",
    "invite-sent-to-work-address-of-current-employer"))

# 19 Vantage Admissions Analytics: SuccessFactors interview invitation
UID = "SF-INTV-3309182-VAA"
EVENTS.append(ev("successfactors-invite", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251112T090000Z
DTSTART:20251119T200000Z
DTEND:20251119T204500Z
SUMMARY:Interview Invitation: Customer Success Director - Higher Education
ORGANIZER;CN=Vantage Admissions Analytics:mailto:careers-noreply@sapsf.com
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Kofi Mensah-Bright:mailto:kofi.mensahbright@vantageanalytics.example.com
DESCRIPTION:Dear Siobhan\,\n\nYou have been invited to an interview for Requisition 3309182 Customer Success Director - Higher Education at Vantage Admissions Analytics.\n\nInterviewer: Kofi Mensah-Bright\, VP Customer Success\nType: Video (Microsoft Teams link to follow)\n\nPlease accept or decline this invitation in the candidate portal.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Vantage Admissions Analytics", "Customer Success Director - Higher Education", "hiring_manager",
    "kofi.mensahbright@vantageanalytics.example.com", "successfactors-noreply-org-name"))

# 20 Escuela Internacional de Pozuelo: Factorial (Spanish ATS), interview with technical director
UID = "factorial-ats-int-11842-pozuelo"
EVENTS.append(ev("factorial-entrevista-es", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//ATS//ES
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260216T094000Z
DTSTART;TZID=Europe/Madrid:20260224T160000
DTEND;TZID=Europe/Madrid:20260224T164500
SUMMARY:Entrevista - Orientador/a Universitario/a Internacional - Siobhan Kelleher
ORGANIZER;CN=Escuela Internacional de Pozuelo:mailto:empleo@eipozuelo.es
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN=Carmen Villalobos:mailto:cvillalobos@eipozuelo.es
DESCRIPTION:Hola Siobhan\,\n\nTe confirmamos la entrevista con Carmen Villalobos\, Directora Técnica de Secundaria y Bachillerato\, para la posición de Orientador/a Universitario/a Internacional.\n\nModalidad: videollamada (Google Meet): https://meet.google.com/gva-pqmn-tze\n\nGracias\,\nEquipo de Selección\n\nEnviado con Factorial
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Escuela Internacional de Pozuelo", "Orientador/a Universitario/a Internacional", "hiring_manager",
    "cvillalobos@eipozuelo.es", "spanish-ats-gender-slash-role"))

# 21 Maplestone College via Hollins Kane Search: airport interview rescheduled (SEQUENCE:1)
UID = "040000008200E00074C5B7101A82E0080000000099F1A3C5E7B2DC010000000000000000100000005566778899AABBCCDDEEFF0011223344"
EVENTS.append(ev("outlook-rescheduled-airport", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kane, Rosalind":mailto:rkane@hollinskane.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Whitaker, Bernard":mailto:bwhitaker@maplestone.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Adeyinka, Folake":mailto:fadeyinka@maplestone.edu
DESCRIPTION;LANGUAGE=en-US:Siobhan - NEW TIME. The committee's flight lands later than planned\, so we have moved your airport interview from 9:00 to 1:30 the same day. Same location. Committee: Bernard Whitaker (Vice President for Enrollment\, chair) and Folake Adeyinka (Dean of Students)\, with three faculty.\n\nRosalind Kane\, Partner\, Hollins Kane Search\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:RESCHEDULED: Maplestone College Dean of Admission - Airport interview
DTSTART;TZID=Eastern Standard Time:20260106T133000
DTEND;TZID=Eastern Standard Time:20260106T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260102T161100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Logan Airport Marriott - Meeting Room "Constitution"
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), 1, "Maplestone College", "Dean of Admission", "onsite", "bwhitaker@maplestone.edu;fadeyinka@maplestone.edu",
    "rescheduled-sequence-1-search-firm-organizer"))

# 22 Lighthouse Learning: paid trial day
UID = "F4E3D2C1-B0A9-4877-9665-5443322110FF"
EVENTS.append(ev("ios-trial-day", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
""" + NY_APPLE + r"""BEGIN:VEVENT
CREATED:20260218T030101Z
DTSTART;TZID=America/New_York:20260226T090000
DTEND;TZID=America/New_York:20260226T170000
DTSTAMP:20260218T030201Z
LAST-MODIFIED:20260218T030201Z
LOCATION:Lighthouse Learning\, 2 Seaport Ln 8th fl\, Boston
SEQUENCE:0
SUMMARY:Lighthouse trial day (paid) - partnerships role
DESCRIPTION:final step of their process per Jess. shadow the partnerships team\, 1 mock school-district pitch at 2\, wrap w/ Amir (COO). took PTO.
UID:""" + UID + r"""
END:VEVENT
END:VCALENDAR
"""), 1, "Lighthouse Learning", "", "onsite", "Amir", "paid-trial-day-hand-typed"))

# 23 Amity Scholars Network: own Google calendar entry, terse
UID = "3e5g7i9k1m3o5q7s9u1w3y5a7c@google.com"
EVENTS.append(ev("google-own-terse", UID, r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Siobhan K
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20251210T183000Z
DTEND:20251210T193000Z
DTSTAMP:20251204T010203Z
UID:""" + UID + r"""
CREATED:20251204T010200Z
DESCRIPTION:
LAST-MODIFIED:20251204T010200Z
LOCATION:Amity office\, 60 State St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:intvw Amity Scholars - exec dir (Dr. Lowell) - dir of college access
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Amity Scholars Network", "dir of college access", "hiring_manager", "Dr. Lowell", "abbreviated-intvw-own-entry"))

# 24 Harcastle College: finalist interview with the President, Zoom, UTC, short invite
UID = "hc-pres-office-2026-0217-kelleher@harcastle.edu"
EVENTS.append(ev("zoom-invite-president-final", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Zoom Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260210T190000Z
DTSTART:20260217T170000Z
DTEND:20260217T180000Z
SUMMARY:Harcastle College - President Amadi / S. Kelleher (Dean of Admission finalist)
ORGANIZER;CN=Patricia Amadi:mailto:pamadi@harcastle.edu
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:Patricia Amadi is inviting you to a scheduled Zoom meeting.\n\n""" + zoom("harcastle", "92017733150", "SGFyY2FzdG", "440021") + r"""
LOCATION:https://harcastle.zoom.us/j/92017733150?pwd=SGFyY2FzdG
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), 1, "Harcastle College", "Dean of Admission", "final", "pamadi@harcastle.edu", "zoom-generic-invite-finalist-president"))

# 25 Brisa Education Group (Madrid ed-tech): entrevista técnica / caso práctico, Teams in Spanish
UID = "040000008200E00074C5B7101A82E008000000005A6B7C8D9E0FDC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210"
EVENTS.append(ev("teams-caso-practico-es", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Talento Brisa":mailto:talento@brisaeducation.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher:mailto:siobhan.kelleher@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Echeverría, Jon":mailto:jecheverria@brisaeducation.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Soto, Amaia":mailto:asoto@brisaeducation.es
DESCRIPTION;LANGUAGE=es-ES:Hola Siobhan\,\n\nTe enviamos la convocatoria para la entrevista técnica del puesto Head of US University Placements. Tendrás que presentar un caso práctico (20 min): plan de captación de familias españolas interesadas en universidades de EE. UU. Te evaluarán Jon Echeverría (CEO) y Amaia Soto (Directora de Producto).\n\n""" + teams(TEAMS_ES, "ZTUxYjQ3OWEtZmM0", "341 775 209 846", "cN4wD7") + r"""\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - caso práctico - Head of US University Placements
DTSTART;TZID=Romance Standard Time:20260303T170000
DTEND;TZID=Romance Standard Time:20260303T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T111100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""), 1, "Brisa Education Group", "Head of US University Placements", "technical",
    "jecheverria@brisaeducation.es;asoto@brisaeducation.es", "spanish-caso-practico-romance-no-vtimezone"))

# 26 Rheinblick International School (Basel): Vorstellungsgespräch, German, Europe/Zurich
UID = "c2f0a8e6-d4b2-4a90-8e7c-5b3a1f9d7e64@rheinblick-school.ch"
EVENTS.append(ev("vorstellungsgespraech-de", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH_GOOGLE + r"""BEGIN:VEVENT
ATTENDEE;CN="Siobhan Kelleher";RSVP=TRUE:mailto:siobhan.kelleher@icloud.com
ATTENDEE;CN="Dr. Ursula Brändli";RSVP=TRUE:mailto:u.braendli@rheinblick-school.ch
ATTENDEE;CN="Personalabteilung Rheinblick";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:personal@rheinblick-school.ch
CLASS:PUBLIC
CREATED:20260204T081500Z
DESCRIPTION:Sehr geehrte Frau Kelleher\,\n\nvielen Dank für Ihre Bewerbung als Head of University Counselling. Gerne laden wir Sie zu einem ersten Vorstellungsgespräch per Videokonferenz mit Frau Dr. Ursula Brändli (Head of Secondary) ein. Das Gespräch wird auf Englisch geführt.\n\nMit freundlichen Grüssen\nPersonalabteilung\nRheinblick International School Basel\n
DTEND;TZID=Europe/Zurich:20260211T170000
DTSTAMP:20260204T081500Z
DTSTART;TZID=Europe/Zurich:20260211T161500
LOCATION:Microsoft Teams
ORGANIZER;CN="Personalabteilung Rheinblick":mailto:personal@rheinblick-school.ch
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Vorstellungsgespräch Head of University Counselling – S. Kelleher
TRANSP:OPAQUE
UID:""" + UID + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), 1, "Rheinblick International School", "Head of University Counselling", "hiring_manager",
    "u.braendli@rheinblick-school.ch", "german-vorstellungsgespraech-swiss-hr-organizer"))
