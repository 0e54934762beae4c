# ruff: noqa: E501  (raw iCalendar text: long content lines are data)
"""holdout148 events, part I: the school year and personal life (raw iCalendar text)."""

from holdout148ev_tz import BERLIN_G, DUBAI_G, DUBLIN_G, GMT_WIN

EVENTS = []


def add(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap=""):
    EVENTS.append(dict(kind=kind, uid=uid, ics=ics, is_interview=is_interview, company=company,
                       role=role, stage=stage, interviewers=interviewers, trap=trap))


add("pt-meeting", "ptm-3rdyr-2025-cne@vsware.ie", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//VSware//School Calendar//EN
METHOD:PUBLISH
""" + DUBLIN_G + r"""BEGIN:VEVENT
UID:ptm-3rdyr-2025-cne@vsware.ie
DTSTAMP:20250106T080000Z
DTSTART;TZID=Europe/Dublin:20250130T160000
DTEND;TZID=Europe/Dublin:20250130T190000
SUMMARY:Parent-Teacher Meetings - 3rd Year
LOCATION:Sports Hall
DESCRIPTION:5-minute appointments\, booked by parents on VSware. Year Head table at the door for any escalations.
END:VEVENT
END:VCALENDAR
""", trap="parent-teacher-meetings-school")

add("croke-park", "040000008200E00074C5B7101A82E00800000000CC11DD22EE33DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Ní Dhonnchadha, Eithne (DP)":mailto:endonnchadha@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=All Teaching Staff:mailto:allstaff@cnecork.ie
DESCRIPTION;LANGUAGE=en-IE:Croke Park hour - School Self-Evaluation: review of the literacy & numeracy improvement plan. Subject departments to bring their 3 targets.\n
UID:040000008200E00074C5B7101A82E00800000000CC11DD22EE33DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-IE:Croke Park Hour - SSE
DTSTART;TZID=GMT Standard Time:20250225T154000
DTEND;TZID=GMT Standard Time:20250225T164000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Library
END:VEVENT
END:VCALENDAR
""", trap="staff-meeting-croke-park-hour")

add("dept-meeting", "F1A2B3C4-D5E6-4F7A-8B9C-0D1E2F3A4B5C", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
""" + DUBLIN_G + r"""BEGIN:VEVENT
CREATED:20250108T100000Z
DTSTAMP:20250108T100011Z
UID:F1A2B3C4-D5E6-4F7A-8B9C-0D1E2F3A4B5C
SUMMARY:Maths dept mtg - LC mocks marking scheme
DTSTART;TZID=Europe/Dublin:20250114T131000
DTEND;TZID=Europe/Dublin:20250114T135000
LOCATION:Rm 14
DESCRIPTION:agree common marking for HL P1 Q7-Q9\, split scripts\, results to Year Heads by 7 Feb
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="subject-department-meeting")

add("bom-meeting", "7g1k5o9s3w7a1e5i9m3q7u1y5c@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250318T193000
DTEND;TZID=Europe/Dublin:20250318T213000
DTSTAMP:20250310T111111Z
ORGANIZER;CN=Bríd Uí Riordáin:mailto:bom.chair@cnecork.ie
UID:7g1k5o9s3w7a1e5i9m3q7u1y5c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=abrennan@cnecork.ie;X-NUM-GUESTS=0:mailto:abrennan@cnecork.ie
DESCRIPTION:Cruinniú an Bhoird Bainistíochta\n1. Miontuairiscí\n2. Tuairisc
  an Phríomhoide\n3. Finance (budget 2025)\n4. Policies for ratification: C
 ode of Behaviour\, Admissions\n5. AOB\nAoife attends as teacher nominee.
LOCATION:Boardroom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cruinniú Bord Bainistíochta
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="board-of-management-meeting-irish")

add("hibernia-visit", "hib-sp-visit-20250311-ak@hibernia.ie", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
""" + GMT_WIN + r"""BEGIN:VEVENT
UID:hib-sp-visit-20250311-ak@hibernia.ie
DTSTAMP:20250303T090000Z
ORGANIZER;CN="Hibernia College School Placement":mailto:schoolplacement@hibernia.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Aoife Brennan":mailto:abrennan@cnecork.ie
SUMMARY:School Placement visit 2 - Ms A. Keane (PME Maths) - 5th Yr OL
DTSTART;TZID=GMT Standard Time:20250311T105000
DTEND;TZID=GMT Standard Time:20250311T115000
LOCATION:Coláiste Naomh Eoin\, Rm 9
DESCRIPTION:Cooperating teacher observation + feedback conversation with the student teacher. Please complete the observation template on Moodle within 48 hours. Placement Tutor: Gráinne Moriarty.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="student-teacher-placement-observation")

add("gp", "A9B0C1D2-E3F4-4A5B-9C6D-7E8F9A0B1C2D", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20241104T090000Z
DTSTAMP:20241104T090011Z
UID:A9B0C1D2-E3F4-4A5B-9C6D-7E8F9A0B1C2D
SUMMARY:GP - Dr Ní Bhriain (bloods)
DTSTART:20241108T083000
DTEND:20241108T084500
LOCATION:Ballincollig Medical Centre
DESCRIPTION:fasting from midnight
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="personal-gp-appointment")

add("bank", "aib-appt-77120394@aib.ie", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AIB//Appointment Booking//EN
METHOD:PUBLISH
""" + DUBLIN_G + r"""BEGIN:VEVENT
UID:aib-appt-77120394@aib.ie
DTSTAMP:20250215T120000Z
DTSTART;TZID=Europe/Dublin:20250222T103000
DTEND;TZID=Europe/Dublin:20250222T113000
SUMMARY:AIB Mortgage Appointment
LOCATION:Video call (link sent by email)
DESCRIPTION:Your meeting with a Mortgage Advisor. We'll discuss your borrowing capacity\, documents needed and next steps. Please have your last 3 payslips and 6 months' bank statements ready.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="bank-mortgage-advisor-appointment")

add("passport", "B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250120T200000Z
DTSTAMP:20250120T200011Z
UID:B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E
SUMMARY:Passport office Cork - Cian's renewal + apostille for degree
DTSTART:20250131T094000
DTEND:20250131T104000
LOCATION:Passport Office\, 1A South Mall\, Cork
DESCRIPTION:bring Cian's old passport\, witnessed form\, photos. Apostille: UCC degree parchment + TC cert (for Dubai attestation)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="official-appointment-passport-apostille")

add("childs-school", "5f9j3n7r1v5z9d3h7l1p5t9x3b@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Family
X-WR-TIMEZONE:Europe/Dublin
BEGIN:VEVENT
DTSTART:20241120T151500Z
DTEND:20241120T153000Z
DTSTAMP:20241112T190000Z
UID:5f9j3n7r1v5z9d3h7l1p5t9x3b@google.com
DESCRIPTION:Ms Daly\, 3rd class. Ask about reading + the Irish.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cian PT meeting - Scoil Bhríde
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="childs-parent-teacher-meeting")

add("slar", "SLAR-maths-2ndyr-cba1-cne", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
""" + GMT_WIN + r"""BEGIN:VEVENT
UID:SLAR-maths-2ndyr-cba1-cne
DTSTAMP:20250401T100000Z
SUMMARY:SLAR meeting - 2nd Yr Maths CBA1 (assessment review)
DTSTART;TZID=GMT Standard Time:20250508T131000
DTEND;TZID=GMT Standard Time:20250508T141000
LOCATION:Rm 14
DESCRIPTION:Subject Learning and Assessment Review: bring 3 samples (exceptional / above expectations / in line) per class. Agree descriptors before reporting to parents.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="assessment-review-meeting-slar")

add("irish-orals", "6a0e4i8m2q6u0y4c8g2k6o0s4w@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250226T090000
DTEND;TZID=Europe/Dublin:20250226T150000
DTSTAMP:20250219T080000Z
ORGANIZER;CN=Roinn na Gaeilge CNE:mailto:gaeilge@cnecork.ie
UID:6a0e4i8m2q6u0y4c8g2k6o0s4w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=abrennan@cnecork.ie;X-NUM-GUESTS=0:mailto:abrennan@cnecork.ie
DESCRIPTION:Cleachtadh don Bhéaltriail - 6ú Bliain. Agallaimh bhréige le m
 úinteoirí ó scoileanna eile. Aoife: as Ceann Bliana\, please cover the war
 m-up room (Rm 3) and keep the timetable moving. 12 nóiméad an dalta.
LOCATION:Rm 3 / Rm 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Béaltriail bhréige Gaeilge (6ú Bliain) - agallaimh
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="irish-oral-exam-practice-agallaimh-students")

add("ty-mock", "040000008200E00074C5B7101A82E00800000000AA00BB11CC22DB0100000000000000001000000055443322110099887766554433221100",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="O'Mahony, Orla (TY Coordinator)":mailto:omahony@cnecork.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brennan, Aoife":mailto:abrennan@cnecork.ie
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ballincollig Rotary":mailto:secretary@ballincolligrotary.ie
DESCRIPTION;LANGUAGE=en-IE:TY Mock Interview Day with Rotary volunteers from local businesses. Each student has a 15-min mock job interview for the job ad they chose\, then feedback. Year Heads please float between rooms 1-6.\n
UID:040000008200E00074C5B7101A82E00800000000AA00BB11CC22DB0100000000000000001000000055443322110099887766554433221100
SUMMARY;LANGUAGE=en-IE:TY Mock Interviews (Rotary)
DTSTART;TZID=GMT Standard Time:20250402T090000
DTEND;TZID=GMT Standard Time:20250402T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Rooms 1-6
END:VEVENT
END:VCALENDAR
""", trap="students-mock-job-interviews-school-event")

add("oide-inservice", "oide-ev-lcphys-2025-0212@oide.ie", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oide//Event Booking//EN
METHOD:PUBLISH
""" + DUBLIN_G + r"""BEGIN:VEVENT
UID:oide-ev-lcphys-2025-0212@oide.ie
DTSTAMP:20250120T100000Z
DTSTART;TZID=Europe/Dublin:20250212T093000
DTEND;TZID=Europe/Dublin:20250212T153000
SUMMARY:Oide - Leaving Certificate Physics: Cluster Day 2 (new specification)
LOCATION:Cork Education Support Centre\, The Rectory\, Western Road
DESCRIPTION:Booking confirmed for Aoife Brennan. Substitution cover is available for this event. Topics: the Additional Assessment Component (AAC) and the experimental investigation.
END:VEVENT
END:VCALENDAR
""", trap="inservice-day-at-agency-she-applies-to")

add("deutschkurs", "goethe-dk-b1-aoife@goethe.de", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Goethe-Institut Irland//Kursplan//DE
""" + BERLIN_G + r"""BEGIN:VEVENT
UID:goethe-dk-b1-aoife@goethe.de
DTSTAMP:20240920T100000Z
DTSTART;TZID=Europe/Berlin:20241001T200000
DTEND;TZID=Europe/Berlin:20241001T213000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=20
SUMMARY:Deutschkurs B1.1 online (Goethe-Institut)
LOCATION:Zoom
DESCRIPTION:Kursleiterin: Frau Petra Lang. Hausaufgaben auf der Lernplattform. Kurssprache Deutsch.
END:VEVENT
BEGIN:VEVENT
UID:goethe-dk-b1-aoife@goethe.de
RECURRENCE-ID;TZID=Europe/Berlin:20250114T200000
DTSTAMP:20250108T100000Z
DTSTART;TZID=Europe/Berlin:20250116T200000
DTEND;TZID=Europe/Berlin:20250116T213000
SUMMARY:Deutschkurs B1.1 - Ersatztermin (Donnerstag)
LOCATION:Zoom
DESCRIPTION:Ersatztermin: Rollenspiel "Vorstellungsgespräch" und "Beim Arzt" (Kapitel 7). Bitte Wortschatzliste vorbereiten.
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", trap="recurring-language-class-override-roleplay")

add("ncca-focus", "msforms-ncca-fg-jcmaths-0419", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Consultation, NCCA":mailto:consultation@ncca.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=abrennan@cnecork.ie:mailto:abrennan@cnecork.ie
DESCRIPTION;LANGUAGE=en-US:Thank you for registering for a teacher focus group as part of the NCCA consultation on the draft Junior Cycle Mathematics specification. The conversation will be facilitated by an Education Officer and recorded for note-taking purposes only.\n
UID:msforms-ncca-fg-jcmaths-0419
SUMMARY;LANGUAGE=en-US:NCCA consultation - teacher focus group (JC Maths)
DTSTART;TZID=GMT Standard Time:20241113T163000
DTEND;TZID=GMT Standard Time:20241113T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241101T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", trap="consultation-focus-group-at-agency-she-applies-to")

add("khda-webinar", "gotowebinar-3347711902-aoife@gotowebinar.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo Technologies//GoTo Webinar//EN
METHOD:PUBLISH
""" + DUBAI_G + r"""BEGIN:VEVENT
UID:gotowebinar-3347711902-aoife@gotowebinar.com
DTSTAMP:20241101T100000Z
DTSTART;TZID=Asia/Dubai:20241113T200000
DTEND;TZID=Asia/Dubai:20241113T210000
SUMMARY:Webinar: Moving to Dubai to teach - licensing\, attestation and what to ask at interview
LOCATION:https://attendee.gotowebinar.com/join/3347711902
DESCRIPTION:Hosted by Teach Away. Topics: the UAE Teacher Licence\, degree attestation\, typical packages\, and the questions you should ask schools at interview. Recording will be shared with registrants.
END:VEVENT
END:VCALENDAR
""", trap="webinar-teaching-abroad-mentions-interview")
