# ruff: noqa: E501
"""holdout142 negatives: personal life and 'interviews' that are not job interviews (press, research, official)."""

from holdout142ev_tz import EDMONTON, WIN_MOUNTAIN

EVENTS = [
    dict(
        kind="nexus-interview",
        uid="TTP-NEXUS-20251030-0915-YYC@cbsa-asfc.gc.ca",
        iv=0, company="", role="", stage="", who="",
        trap="nexus-enrolment-interview-border-agency",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//CBP Trusted Traveler Programs//Scheduler//EN
VERSION:2.0
METHOD:PUBLISH
""" + EDMONTON + r"""BEGIN:VEVENT
UID:TTP-NEXUS-20251030-0915-YYC@cbsa-asfc.gc.ca
DTSTAMP:20251008T041122Z
DTSTART;TZID=America/Edmonton:20251030T091500
DTEND;TZID=America/Edmonton:20251030T093000
SUMMARY:NEXUS Interview - Calgary International Airport Enrollment Center
DESCRIPTION:Your interview has been scheduled.\nPASSID: 158822014\nBring yo
 ur valid passport\, proof of residence and any other documents listed in y
 our conditional approval letter. Interviews are conducted by a CBSA offic
 er and a CBP officer.
LOCATION:YYC Calgary International Airport\, Domestic Terminal\, Departure
 s Level
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="press-interview",
        uid="040000008200E00074C5B7101A82E008000000005055D6A1C141DC01000000000000000010000000B7",
        iv=0, company="", role="", stage="", who="",
        trap="newspaper-interview-arranged-by-communications",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Lavoie, Marc (Communications)":mailto:marc.lavoie@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okoro, Jasmine":mailto:jasmine.okoro@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Erin Sato (Calgary Herald):mailto:esato@calgaryherald.com
DESCRIPTION;LANGUAGE=en-US:Media interview: Calgary Herald feature on new graduate nurses in ICUs – Erin Sato (reporter) will interview you about precepting for ~20 min\, photographer to follow on the unit (no patients in frame). I'll sit in. Key messages attached.\nMarc\, AHS Communications\n
UID:040000008200E00074C5B7101A82E008000000005055D6A1C141DC01000000000000000010000000B7
SUMMARY;LANGUAGE=en-US:Media interview – Calgary Herald (precepting new grads)
DTSTART;TZID=Mountain Standard Time:20251029T133000
DTEND;TZID=Mountain Standard Time:20251029T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T161201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:FMC McCaig Tower lobby
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="podcast",
        uid="riverside-rec-5a9c1e7b@riverside.fm",
        iv=0, company="", role="", stage="", who="",
        trap="podcast-guest-recording",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Riverside//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-5a9c1e7b@riverside.fm
DTSTAMP:20251110T190000Z
DTSTART:20251117T020000Z
DTEND:20251117T033000Z
SUMMARY:Nightshift Notes podcast – recording with Jasmine Okoro
DESCRIPTION:Hi Jasmine! Episode 48: "Burnout\, boundaries and leaving the b
 edside (or not)". I'll interview you for ~60 min\, we edit it down. Use h
 eadphones\, Chrome\, quiet room.\n\nStudio link: https://riverside.fm/stud
 io/nightshift-notes?t=5a9c1e7b\n\nAdaeze (host)
LOCATION:https://riverside.fm/studio/nightshift-notes
ORGANIZER;CN=Adaeze Nwosu:mailto:hello@nightshiftnotes.ca
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="research-interview",
        uid="ZOOM96018823471@zoom.us",
        iv=0, company="", role="", stage="", who="",
        trap="research-study-participant-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + EDMONTON + r"""BEGIN:VEVENT
DTSTAMP:20251002T214400Z
DTSTART;TZID=America/Edmonton:20251007T130000
DTEND;TZID=America/Edmonton:20251007T140000
SUMMARY:Study interview – Moral Distress in Critical Care Nurses (REB25-0872)
UID:ZOOM96018823471@zoom.us
DESCRIPTION:Thank you for agreeing to take part in our study. This semi-st
 ructured research interview will be audio-recorded with your consent (see
  consent form). You will receive a $25 gift card.\n\nJoin Zoom Meeting: h
 ttps://ucalgary.zoom.us/j/96018823471\n\nMeghan Lutz\, PhD Candidate\, Fa
 culty of Nursing\, University of Calgary
LOCATION:https://ucalgary.zoom.us/j/96018823471
ORGANIZER;CN=Meghan Lutz:mailto:meghan.lutz@ucalgary.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="survey-call",
        uid="0m5t2k8d1q7h4c9v3b6p0lsnf2@google.com",
        iv=0, company="", role="", stage="", who="",
        trap="statistics-canada-labour-force-survey-phone-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jasmine.okoro@shaw.ca
X-WR-TIMEZONE:America/Edmonton
BEGIN:VEVENT
DTSTART:20251016T010000Z
DTEND:20251016T012000Z
DTSTAMP:20251014T164410Z
UID:0m5t2k8d1q7h4c9v3b6p0lsnf2@google.com
CREATED:20251014T164401Z
DESCRIPTION:StatCan interviewer calling back for the Labour Force Survey (m
 onth 3 of 6). have hours worked last week handy. 1-877-949-9492 if need to
  reschedule
LAST-MODIFIED:20251014T164410Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:StatCan LFS interview callback
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dentist",
        uid="dentrix-ascend-appt-99182734@dentrixascend.com",
        iv=0, company="", role="", stage="", who="",
        trap="dentist-appointment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Dentrix Ascend//Patient Reminder//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:dentrix-ascend-appt-99182734@dentrixascend.com
DTSTAMP:20250915T160000Z
DTSTART:20251009T223000Z
DTEND:20251009T233000Z
SUMMARY:Appointment at Marda Loop Dental
DESCRIPTION:Jasmine\, this is a reminder of your Hygiene Recall + Exam appo
 intment. Please call 403-555-0137 at least 48 hours in advance to make ch
 anges.
LOCATION:Marda Loop Dental\, 2008 33 Ave SW\, Calgary AB
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="doctor",
        uid="oscar-appt-20251201-1450-okoro@junction-clinic",
        iv=0, company="", role="", stage="", who="",
        trap="family-doctor-appointment-forms-for-new-job",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//OSCAR EMR//Online Booking//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:oscar-appt-20251201-1450-okoro@junction-clinic
DTSTAMP:20251124T180000Z
DTSTART:20251201T145000
DTEND:20251201T150500
SUMMARY:Dr. A. Menon – Follow-up (15 min)
DESCRIPTION:Reason for visit: refill + form completion (immunization recor
 d for out-of-province licensing). Please arrive 10 minutes early. Masks a
 vailable at reception.
LOCATION:Junction Family Medicine\, Calgary
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="mortgage-advisor",
        uid="40e8b6d2-c1a7-4f93-8e05-7b2d9a6c3f18@rbc.com",
        iv=0, company="", role="", stage="", who="",
        trap="bank-mortgage-advisor-meeting-relocation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//RBC Royal Bank//Appointment Booking//EN
VERSION:2.0
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
UID:40e8b6d2-c1a7-4f93-8e05-7b2d9a6c3f18@rbc.com
DTSTAMP:20251030T200000Z
DTSTART;TZID=America/Edmonton:20251108T110000
DTEND;TZID=America/Edmonton:20251108T120000
SUMMARY:Your appointment with RBC: Mortgage – Porting / relocating
DESCRIPTION:Meeting with: Sanjay Kapoor\, Mortgage Specialist\nTopic: Portin
 g / relocating your mortgage\nPlease bring: 2 recent pay stubs\, employm
 ent letter\, photo ID.\nLocation: RBC Marda Loop branch
LOCATION:RBC Royal Bank\, 3630 Richmond Rd SW\, Calgary
ORGANIZER;CN=RBC Appointment Booking:mailto:no-reply-appointments@rbc.com
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="family-birthday",
        uid="6b1c8n0k3d5m2q9h7v4t1psrg8@google.com",
        iv=0, company="", role="", stage="", who="",
        trap="family-birthday-all-day-typed",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jasmine.okoro@shaw.ca
X-WR-TIMEZONE:America/Edmonton
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251122
DTEND;VALUE=DATE:20251123
DTSTAMP:20251015T022001Z
UID:6b1c8n0k3d5m2q9h7v4t1psrg8@google.com
CREATED:20251015T021955Z
DESCRIPTION:Mum's 60th!! party at Aunty Ngozi's in Edmonton. jollof + cake
  duty. book Sat OFF (ask Chidi to swap)
LAST-MODIFIED:20251015T022001Z
LOCATION:Edmonton
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mum 60th bday 🎉
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
