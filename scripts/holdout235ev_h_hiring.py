# ruff: noqa: E501
"""holdout235 events: the user on the HIRING side at Al Noor Gulf Contracting (all negatives)."""

from holdout235ev_a_common import ev

_X = """X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"""

EVENTS = [
    ev("foreman-interview-panel", "040000008200E00074C5B7101A82E00800000000117A2B3C4D4ADC01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Dela Cruz, Aileen":mailto:aileen.delacruz@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sharma, Rakesh":mailto:rakesh.sharma@alnoorgulf.ae
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="P1127 Site Office - Meeting Rm (Tower B)":mailto:P1127.MeetingRm@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Dear Engr. Mark / Mr. Rakesh\,\n\nPlease interview the 3 shortlisted applicants for Shuttering Foreman (MPR-1127-044):\n1. Ramon Bautista\n2. Gurpreet Singh\n3. Nasir Ahmed\n\nCVs and trade certificates attached. Kindly fill the Interview Evaluation Form (HR-F-017) for each and return to HR same day.\n\nThanks & regards\,\nAileen Dela Cruz\nHR Officer - Projects\n
UID:040000008200E00074C5B7101A82E00800000000117A2B3C4D4ADC01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899
SUMMARY;LANGUAGE=en-US:Interview - Shuttering Foreman (3 candidates) - P1127
DTSTART;TZID=Arabian Standard Time:20251015T140000
DTEND;TZID=Arabian Standard Time:20251015T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T071200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:P1127 Site Office - Meeting Rm (Tower B)
""" + _X + r"""
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-foreman-panel-hr-outlook"),

    ev("practical-test-steel-fixers", "040000008200E00074C5B7101A82E0080000000022B3C4D5E64ADC01000000000000000010000000BB22CC33DD44EE55FF66007788991A", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Dela Cruz, Aileen":mailto:aileen.delacruz@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Abdullah, Imran":mailto:imran.abdullah@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Engr. Mark\,\n\nAs requested\, the 4 steel fixer foreman applicants from Golden Crest will come to site for the practical test. Safety induction first with Imran (HSE) at 7:00 AM\, then BBS reading and rebar inspection exercise at Level 21 slab. Please grade using the Trade Test Sheet and sign.\n\nAileen\n
UID:040000008200E00074C5B7101A82E0080000000022B3C4D5E64ADC01000000000000000010000000BB22CC33DD44EE55FF66007788991A
SUMMARY;LANGUAGE=en-US:Practical test - Steel Fixer Foreman applicants (BBS + L21 rebar check)
DTSTART;TZID=Arabian Standard Time:20251022T073000
DTEND;TZID=Arabian Standard Time:20251022T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251019T103300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tower B - Level 21
""" + _X + r"""
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-trade-test-grader"),

    ev("surveyor-practical", "040000008200E00074C5B7101A82E0080000000033C4D5E6F74ADC0100000000000000001000000033AA44BB55CC66DD77EE88FF99001122", r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:applicant: Rajesh Kumar P. (from Naukrigulf)\nsetting out of grid lines + level transfer\, Leica TS07 from store\nask Jun (our surveyor) to assist\, then 15 min questions\n
UID:040000008200E00074C5B7101A82E0080000000033C4D5E6F74ADC0100000000000000001000000033AA44BB55CC66DD77EE88FF99001122
SUMMARY;LANGUAGE=en-US:Surveyor applicant - total station practical
DTSTART;TZID=Arabian Standard Time:20251106T080000
DTEND;TZID=Arabian Standard Time:20251106T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251104T151100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:podium roof
""" + _X + r"""
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-surveyor-practical-own-note"),

    ev("eval-forms-reminder", "040000008200E00074C5B7101A82E0080000000044D5E6F7084ADC0100000000000000001000000044BB55CC66DD77EE88FF99001122AA33", r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:HR-F-017 x3 - Bautista / Singh / Ahmed. Rakesh to sign also. recommend Bautista (aluminium formwork exp)\n
UID:040000008200E00074C5B7101A82E0080000000044D5E6F7084ADC0100000000000000001000000044BB55CC66DD77EE88FF99001122AA33
SUMMARY;LANGUAGE=en-US:submit eval forms to Aileen
DTSTART;TZID=Arabian Standard Time:20251016T120000
DTEND;TZID=Arabian Standard Time:20251016T121500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251015T160400Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-evaluation-form-task"),

    ev("accepted-reply-candidate", "2k8r5n0v3c7q1m9t4s6b8h2dpl@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251112T050000Z
DTEND:20251112T054500Z
DTSTAMP:20251110T172218Z
ORGANIZER;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
UID:2k8r5n0v3c7q1m9t4s6b8h2dpl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jerome Pascual;X-NUM-GUESTS=0:mailto:jeromepascual.geodetic@gmail.com
COMMENT:Thank you po Sir\, I will be there 15 mins early. God bless.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Land Surveyor - Jerome Pascual
LOCATION:P1127 Site Office\, Business Bay
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-candidate-accepted-reply"),

    ev("agency-endorsed-candidate", "GCMS-ENDORSE-2025-1188", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Engr. Mark\,\n\nGreetings from Golden Crest Manpower Services!\n\nAs per your manpower request\, we are endorsing our candidate for CIVIL FOREMAN:\nMr. Bernard Dizon - 12 yrs (8 yrs UAE)\, high-rise\, with valid UAE driving license\, visit visa until 30 Nov.\n\nHe will report to your site office for interview at the time below. CV and trade certificate attached.\n\nThank you for the continued trust.\nRhea Manalo\nAccount Manager\, Golden Crest Manpower Services\, Al Karama
DTEND;TZID=Arabian Standard Time:20251118T103000
DTSTAMP:20251116T065010Z
DTSTART;TZID=Arabian Standard Time:20251118T100000
LOCATION:P1127 Site Office
ORGANIZER;CN="Rhea Manalo":mailto:rhea.manalo@goldencrestmanpower.ae
ATTENDEE;CN="Villanueva, Mark Anthony";RSVP=TRUE:mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;CN="Dela Cruz, Aileen";RSVP=TRUE:mailto:aileen.delacruz@alnoorgulf.ae
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Candidate Endorsement - Civil Foreman - Mr. Bernard Dizon
TRANSP:OPAQUE
UID:GCMS-ENDORSE-2025-1188
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-agency-sends-candidate"),

    ev("shortlist-debrief", "040000008200E00074C5B7101A82E0080000000055E6F708194ADC0100000000000000001000000055CC66DD77EE88FF99001122AA33BB44", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Sharma, Rakesh":mailto:rakesh.sharma@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dela Cruz, Aileen":mailto:aileen.delacruz@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Quick one to compare notes on the 4 Asst. Site Engineer candidates we met this week and agree who goes to the PD. Bring your scoring sheets.\n
UID:040000008200E00074C5B7101A82E0080000000055E6F708194ADC0100000000000000001000000055CC66DD77EE88FF99001122AA33BB44
SUMMARY;LANGUAGE=en-US:Asst. Site Engr - shortlist review
DTSTART;TZID=Arabian Standard Time:20251127T153000
DTEND;TZID=Arabian Standard Time:20251127T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CM office
""" + _X + r"""
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-shortlist-debrief"),

    ev("manpower-committee", "040000008200E00074C5B7101A82E0080000000066F708192A4ADC0100000000000000001000000066DD77EE88FF99001122AA33BB44CC55", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Haddad, Georges (PD)":mailto:georges.haddad@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sharma, Rakesh":mailto:rakesh.sharma@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dela Cruz, Aileen":mailto:aileen.delacruz@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Qureshi, Faraz (QS)":mailto:faraz.qureshi@alnoorgulf.ae
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="HO Boardroom":mailto:HO.Boardroom@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Agenda:\n1. Tower C mobilisation - manpower histogram vs. programme\n2. Approval of pending MPRs (2 site engineers\, 1 surveyor\, 6 foremen)\n3. Selected candidates from last month's interviews - final approval & salary grades\n4. Agency vs. direct hire (visa quota)\n
UID:040000008200E00074C5B7101A82E0080000000066F708192A4ADC0100000000000000001000000066DD77EE88FF99001122AA33BB44CC55
SUMMARY;LANGUAGE=en-US:Manpower & Recruitment Committee - Tower C mobilisation
DTSTART;TZID=Arabian Standard Time:20251203T090000
DTEND;TZID=Arabian Standard Time:20251203T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251130T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HO Boardroom
""" + _X + r"""
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-recruitment-committee"),

    ev("bookings-staff-host", "AAMkADk5ZjMyYTRmLTEwZTEtNGNiZS04OTI2LWYxNzcyNTMyZTkwYgBGAAAAAAC", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN=ANGC Site Recruitment:mailto:SiteRecruitment@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Edgar Santos:mailto:edgarsantos1984@yahoo.com
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Foreman Interview (20 min)\nCustomer: Edgar Santos\nCustomer phone: +971 52 774 3310\nStaff: Mark Anthony Villanueva\nLocation: P1127 Site Office\, Business Bay\n\nNotes from customer: Formwork foreman\, Doka/PERI systems\, available immediately (cancelled visa)\n
UID:AAMkADk5ZjMyYTRmLTEwZTEtNGNiZS04OTI2LWYxNzcyNTMyZTkwYgBGAAAAAAC
SUMMARY;LANGUAGE=en-US:Foreman Interview (20 min) - Edgar Santos
DTSTART;TZID=Arabian Standard Time:20251209T093000
DTEND;TZID=Arabian Standard Time:20251209T095000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251207T110500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:P1127 Site Office
""" + _X + r"""
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-bookings-staff-host"),

    ev("shadow-panel", "040000008200E00074C5B7101A82E0080000000077081A2B3C4ADC0100000000000000001000000077EE88FF99001122AA33BB44CC55DD66", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Al Suwaidi, Noor (HR)":mailto:noor.alsuwaidi@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haddad, Georges (PD)":mailto:georges.haddad@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Hi Mark\,\n\nAs part of the Interviewer Certification programme you will sit in (observer only) on the PD's interview for Senior Site Engineer - Tower C. Please do not ask questions\; complete the shadow observation sheet afterwards and we will review it together.\n\nNoor\n
UID:040000008200E00074C5B7101A82E0080000000077081A2B3C4ADC0100000000000000001000000077EE88FF99001122AA33BB44CC55DD66
SUMMARY;LANGUAGE=en-US:[Shadow] Senior Site Engineer interview - Tower C (observer: M. Villanueva)
DTSTART;TZID=Arabian Standard Time:20260202T110000
DTEND;TZID=Arabian Standard Time:20260202T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260128T092000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HO - Meeting Room 2
""" + _X + r"""
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-shadowing-senior-site-engineer-panel"),

    ev("trial-day-carpenters", "7b5f1e2c-trial-carp-20251125@alnoorgulf.ae", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:2 carpenters from Aileen's list (Jaspreet + Ronald). give them column box + slab edge shuttering L23\, check plumb/alignment\, speed\, safety. foreman Ramon to supervise\, I check 11am and 3pm. Report to HR for hiring decision
DTEND;TZID=Arabian Standard Time:20251125T170000
DTSTAMP:20251123T190211Z
DTSTART;TZID=Arabian Standard Time:20251125T070000
LOCATION:Tower B L23
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Trial day - shuttering carpenters (2 pax)
TRANSP:TRANSPARENT
UID:7b5f1e2c-trial-carp-20251125@alnoorgulf.ae
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-trial-day-supervisor"),

    ev("bayzat-feedback-task", "bayzat-ats-feedback-88213-mv", r"""BEGIN:VCALENDAR
PRODID:-//Bayzat//Bayzat HR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:bayzat-ats-feedback-88213-mv
DTSTAMP:20260112T081500Z
DTSTART;VALUE=DATE:20260128
DTEND;VALUE=DATE:20260129
SUMMARY:Feedback due: Document Controller - Candidate A-2291 (Shiela Marquez)
DESCRIPTION:You have a pending interview scorecard.\n\nJob: Document Controller (Site) - P1127\nCandidate: Shiela Marquez\nInterview date: 26 Jan 2026\nYour role: Interviewer\n\nSubmit your scorecard in Bayzat > Hiring > My interviews.
ORGANIZER;CN=Bayzat:mailto:notifications@bayzat.com
ATTENDEE;CN=Mark Anthony Villanueva:mailto:mark.villanueva@alnoorgulf.ae
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-hris-scorecard-due-all-day"),

    ev("teams-qaqc-panel", "040000008200E00074C5B7101A82E00800000000881A2B3C4D4ADC0100000000000000001000000088FF99001122AA33BB44CC55DD66EE77", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Fernandes, Clyde (QA/QC Mgr)":mailto:clyde.fernandes@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ahmad.karimi.qc@gmail.com:mailto:ahmad.karimi.qc@gmail.com
DESCRIPTION;LANGUAGE=en-US:Candidate: Ahmad Karimi - QA/QC Inspector (Civil)\, currently in Sharjah. Mark pls cover the site side (MIR/IR flow\, pour cards\, NCR closure\, cube tests). I'll take ITP and document control.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjFhNWU2>\nMeeting ID: 425 665 019 334\nPasscode: aN4sW7\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000881A2B3C4D4ADC0100000000000000001000000088FF99001122AA33BB44CC55DD66EE77
SUMMARY;LANGUAGE=en-US:QA/QC Inspector (Civil) - Ahmad Karimi
DTSTART;TZID=Arabian Standard Time:20251217T130000
DTEND;TZID=Arabian Standard Time:20251217T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251215T063000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
""" + _X + r"""
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-teams-candidate-free-mail"),

    ev("callback-applicants", "F2A7C1D9-0B3E-4E56-8D21-6C9B4A7E3F10", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20251110T131500
DTEND:20251110T133000
DTSTAMP:20251109T211700Z
UID:F2A7C1D9-0B3E-4E56-8D21-6C9B4A7E3F10
SUMMARY:call back surveyor applicants
DESCRIPTION:Rajesh (ok sa practical) + Jerome - ask notice period\, expected salary\, can join 1st wk Dec? tell Aileen result
SEQUENCE:0
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-callback-applicants-typed", eol="lf"),

    ev("hse-officer-panel", "040000008200E00074C5B7101A82E00800000000992B3C4D5E4ADC010000000000000000100000009900AA11BB22CC33DD44EE55FF667788", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Abdullah, Imran":mailto:imran.abdullah@alnoorgulf.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Villanueva, Mark Anthony":mailto:mark.villanueva@alnoorgulf.ae
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dela Cruz, Aileen":mailto:aileen.delacruz@alnoorgulf.ae
DESCRIPTION;LANGUAGE=en-US:Dear Mark\,\n\nWe have 2 HSE Officer applicants (NEBOSH IGC) coming on Monday. I will chair\; need one site engineer in the panel for the practical part (walk the site\, they identify hazards at L19 edge protection and the hoist landing).\n\nRgds\nImran Abdullah\nHSE Manager\n
UID:040000008200E00074C5B7101A82E00800000000992B3C4D5E4ADC010000000000000000100000009900AA11BB22CC33DD44EE55FF667788
SUMMARY;LANGUAGE=en-US:HSE Officer applicants - panel + site walk
DTSTART;TZID=Arabian Standard Time:20260105T090000
DTEND;TZID=Arabian Standard Time:20260105T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260101T154500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HSE Office / Tower B
""" + _X + r"""
END:VEVENT
END:VCALENDAR""", hiring=True, trap="user-as-interviewer-hse-panel-member"),
]
