# ruff: noqa: E501, W291, W293, RUF100
"""holdout263 negatives, part 2: trade meetings, personal appointments and other 'interviews' in Darnell's calendar."""

from holdout263ev_zones import TZ_EST_LABEL, TZ_EST_WIN, TZ_NY, TZ_WEU_WIN


def _neg(kind: str, uid: str, ics: str, trap: str, eol: str = "\r\n") -> dict:
    """A negative that is not on the hiring side: empty company, role, stage and interviewers."""
    return dict(
        kind=kind,
        uid=uid,
        ics=ics,
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap=trap,
        hiring=False,
        eol=eol,
    )


EVENTS = [
    _neg(
        "ios-dot-inspection",
        "F1E2D3C4-B5A6-4978-8A9B-CDEF01234567",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260914T101500Z
DTSTAMP:20260914T101510Z
DTSTART:20260914T061500
DTEND:20260914T074500
LAST-MODIFIED:20260914T101510Z
LOCATION:Ringgold GA port of entry I-75 NB
SEQUENCE:0
SUMMARY:Level 1 DOT inspection - pulled in at scale
DESCRIPTION:trooper checked brakes\, logs\, med card. clean - no violations. send report to safety (Keith)
TRANSP:OPAQUE
UID:F1E2D3C4-B5A6-4978-8A9B-CDEF01234567
END:VEVENT
END:VCALENDAR
""",
        "dot-roadside-inspection-officer-checks",
        eol="\n",
    ),
    _neg(
        "outlook-recurring-safety-meeting",
        "040000008200E00074C5B7101A82E00800000000AAAA1111BBBBDD0100000000000000001000000055556666777788889999AAAABBBBCCCC",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Sutton, Keith":mailto:ksutton@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="FP Drivers - All":mailto:fp-drivers@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Monthly driver safety meeting. Attendance is req
 uired and paid. Topics rotate: winter driving\, cargo securement\, CSA sco
 res\, near-miss review.\n
UID:040000008200E00074C5B7101A82E00800000000AAAA1111BBBBDD0100000000000000001000000055556666777788889999AAAABBBBCCCC
SUMMARY;LANGUAGE=en-US:Monthly Safety Meeting - Forest Park Drivers
DTSTART;TZID=Eastern Standard Time:20260905T080000
DTEND;TZID=Eastern Standard Time:20260905T090000
RRULE:FREQ=MONTHLY;BYDAY=1SA;UNTIL=20270301T130000Z
EXDATE;TZID=Eastern Standard Time:20270102T080000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260820T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:FP Terminal Drivers Room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Sutton, Keith":mailto:ksutton@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:December meeting: post-accident interview proce
 dure and what to say at a scene. Guest: our insurance adjuster.\n
UID:040000008200E00074C5B7101A82E00800000000AAAA1111BBBBDD0100000000000000001000000055556666777788889999AAAABBBBCCCC
RECURRENCE-ID;TZID=Eastern Standard Time:20261205T080000
SUMMARY;LANGUAGE=en-US:Monthly Safety Meeting - Dec - accident procedures
DTSTART;TZID=Eastern Standard Time:20261205T090000
DTEND;TZID=Eastern Standard Time:20261205T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261128T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:FP Terminal Drivers Room
END:VEVENT
END:VCALENDAR
""",
        "recurring-safety-meeting-override-interview-word",
    ),
    _neg(
        "outlook-annual-review",
        "040000008200E00074C5B7101A82E0080000000044AA55BB66CCDD0100000000000000001000000010203040506070809000A0B0C0D0E0F0",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Boyd, Terry":mailto:tboyd@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Annual performance review - 2026. Please complete
  your self-assessment in Workday first (safety\, on-time %\, trainer progra
 m results). We'll also talk about your goals for next year.\n
UID:040000008200E00074C5B7101A82E0080000000044AA55BB66CCDD0100000000000000001000000010203040506070809000A0B0C0D0E0F0
SUMMARY;LANGUAGE=en-US:Annual Review - Darnell Hughes
DTSTART;TZID=Eastern Standard Time:20261202T140000
DTEND;TZID=Eastern Standard Time:20261202T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261120T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Terry's office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "own-annual-review-windows-zone-no-vtimezone",
    ),
    _neg(
        "outlook-stay-interview",
        "040000008200E00074C5B7101A82E0080000000099BB88AA77CCDD01000000000000000010000000F0E0D0C0B0A090807060504030201000",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_LABEL + r"""BEGIN:VEVENT
ORGANIZER;CN="Adebayo, Gloria":mailto:gadebayo@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Hi Darnell\, HR is holding short stay interviews
  with our driver-trainers: what keeps you at Peachline\, what might make y
 ou leave\, what would help. Not a performance conversation.\n
UID:040000008200E00074C5B7101A82E0080000000099BB88AA77CCDD01000000000000000010000000F0E0D0C0B0A090807060504030201000
SUMMARY;LANGUAGE=en-US:Stay Interview - Driver Trainers - Hughes
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261118T110000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261118T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "stay-interview-own-employer",
    ),
    _neg(
        "outlook-post-accident-interview",
        "040000008200E00074C5B7101A82E00800000000ACCD1234EF56DD0100000000000000001000000012344321ABCDDCBA56788765EF0110FE",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Sutton, Keith":mailto:ksutton@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ng, Patricia (Claims)":mailto:png@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Incident interview - unit 4471 backing incident a
 t Kroger DC Forsyth (10/27). Bring your written statement and the DriveCam 
 clip ID. Preventability committee meets the following week.\n
UID:040000008200E00074C5B7101A82E00800000000ACCD1234EF56DD0100000000000000001000000012344321ABCDDCBA56788765EF0110FE
SUMMARY;LANGUAGE=en-US:Incident Interview - D. Hughes - Unit 4471
DTSTART;TZID=Eastern Standard Time:20261029T100000
DTEND;TZID=Eastern Standard Time:20261029T104500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261028T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Safety Office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "post-accident-incident-interview",
    ),
    _neg(
        "clinic-dot-physical",
        "appt-77102934@workwell-occhealth.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//WorkWell Occupational Health//Online Scheduling//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:appt-77102934@workwell-occhealth.example.com
DTSTAMP:20260916T120000Z
DTSTART:20260923T133000Z
DTEND:20260923T143000Z
SUMMARY:DOT Physical (Medical Examiner's Certificate renewal) - WorkWell Morrow
LOCATION:WorkWell Occupational Health\, 1400 Mt Zion Rd\, Morrow GA
DESCRIPTION:Please bring: current medical card\, list of medications\, glas
 ses/hearing aids\, CPAP compliance report if applicable. Self-pay $95.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "own-dot-medical-renewal-not-hiring",
    ),
    _neg(
        "outlook-random-drug-test",
        "040000008200E00074C5B7101A82E0080000000013579BDF2468DD0100000000000000001000000097531ECA86420BDF13579BDF2468ACE0",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Compliance, Peachline":mailto:compliance@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:You have been selected for a DOT random controll
 ed substance test. Report to the collection site immediately after your cu
 rrent load. Do not discuss with other drivers.\n
UID:040000008200E00074C5B7101A82E0080000000013579BDF2468DD0100000000000000001000000097531ECA86420BDF13579BDF2468ACE0
SUMMARY;LANGUAGE=en-US:DOT Random Selection - report to collection site
DTSTART:20261014T180000Z
DTEND:20261014T190000Z
CLASS:PRIVATE
PRIORITY:1
DTSTAMP:20261014T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:WorkWell Occupational Health - Morrow
END:VEVENT
END:VCALENDAR
""",
        "random-drug-test-own-employer",
    ),
    _neg(
        "dds-appointment",
        "dds-appt-GA-55820731@dds-scheduler.example.gov",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Georgia DDS//Appointment Scheduler//EN
METHOD:PUBLISH
""" + TZ_NY + r"""BEGIN:VEVENT
UID:dds-appt-GA-55820731@dds-scheduler.example.gov
DTSTAMP:20260930T120000Z
DTSTART;TZID=America/New_York:20261006T080000
DTEND;TZID=America/New_York:20261006T090000
SUMMARY:DDS Appointment - Hazardous Materials Knowledge Test (H) + Tank Vehicle (N)
LOCATION:DDS Customer Service Center\, Forest Park
DESCRIPTION:Confirmation #55820731. Bring your CDL\, proof of TSA threat as
 sessment enrollment and payment. Knowledge tests close 1 hour before the cen
 ter closes.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "endorsement-knowledge-test-not-interview",
    ),
    _neg(
        "ios-family",
        "3C4D5E6F-7A8B-4C9D-0E1F-2A3B4C5D6E7F",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
""" + TZ_NY + r"""BEGIN:VEVENT
CREATED:20261005T020000Z
DTEND;TZID=America/New_York:20261008T110000
DTSTAMP:20261005T020012Z
DTSTART;TZID=America/New_York:20261008T100000
LAST-MODIFIED:20261005T020012Z
LOCATION:Southside Medical Center
SEQUENCE:0
SUMMARY:Tasha interview @ Southside Medical (billing supervisor) - I drop kids
TRANSP:OPAQUE
UID:3C4D5E6F-7A8B-4C9D-0E1F-2A3B4C5D6E7F
END:VEVENT
END:VCALENDAR
""",
        "wife-job-interview",
    ),
    _neg(
        "google-family",
        "6fam2k4j6h8g0f2d4s6a8q0w2e@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261114T153000Z
DTEND:20261114T163000Z
DTSTAMP:20261102T140000Z
ORGANIZER;CN=Tasha Hughes:mailto:tasha.hughes1983@gmail.example.com
UID:6fam2k4j6h8g0f2d4s6a8q0w2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=darnell.hughes.cdl@yahoo.com;X-NUM-GUESTS=0:mailto:darnell.hughes.c
 dl@yahoo.com
DESCRIPTION:DJ's alumni interview for Kingsley College. Alumni interviewer 
 is Mr. Franklin Otis. We drive him - he is NOT driving on 285 alone.\n\nInv
 itation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Kingsley College Alumni House\, Decatur
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DJ - college admissions interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "son-college-admissions-interview",
    ),
    _neg(
        "career-center-mock-interview",
        "clayton-careerhub-appt-88213@careerhub.example.org",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Clayton Career Hub//Appointments//EN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:clayton-careerhub-appt-88213@careerhub.example.org
DTSTAMP:20260915T120000Z
DTSTART;TZID=America/New_York:20260919T100000
DTEND;TZID=America/New_York:20260919T110000
SUMMARY:Mock Interview - Transportation & Logistics (with career coach Janice Webb)
ORGANIZER;CN=Clayton Career Hub:mailto:appointments@careerhub.example.org
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Clayton Career Hub\, 120 Courthouse Way\, Jonesboro GA - Room 4
DESCRIPTION:Practice interview with feedback. Bring the job posting you are 
 targeting (dispatcher / terminal manager trainee) and your resume. Free for
  job seekers.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "mock-interview-career-center",
    ),
    _neg(
        "webinar-invite",
        "webinar-reg-441209-drivercareers@on24.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ON24//Webcast//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-reg-441209-drivercareers@on24.example.com
DTSTAMP:20260922T120000Z
DTSTART:20260930T000000Z
DTEND:20260930T010000Z
SUMMARY:Webinar: Nailing the Driver Recruiter Call - what carriers ask and how to answer
ORGANIZER;CN=RoadReady Driver Careers:mailto:events@roadreadycareers.example.com
LOCATION:Online
DESCRIPTION:Thanks for registering! Panelists: two driver recruiters and a t
 erminal manager explain the phone interview\, PSP/MVR questions\, and how t
 o talk about gaps and accidents.\n\nJoin: https://event.on24.example.com/w
 cc/r/441209
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "webinar-about-recruiter-interviews",
    ),
    _neg(
        "google-press-interview",
        "9press1a3s5d7f9g1h3j5k7l9z@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261021T170000Z
DTEND:20261021T174500Z
DTSTAMP:20261016T140000Z
ORGANIZER;CN=Rachel Stein:mailto:rstein@atlantaledger.example.com
UID:9press1a3s5d7f9g1h3j5k7l9z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Darnell Hughes;X-NUM-GUESTS=0:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION:Thanks for agreeing to talk for our story on truck parking and 
 the driver shortage in metro Atlanta. 30-40 minutes\, on the record\, a pho
 tographer may follow up.\n\nRachel Stein\, Business Reporter\, The Atlanta L
 edger\n\nInvitation from Google Calendar: https://calendar.google.com/calen
 dar/
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview w/ Atlanta Ledger - driver shortage story
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "press-interview-newspaper",
    ),
    _neg(
        "research-interview",
        "qualtrics-sched-uga-trucking-study-0412@research.example.edu",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:qualtrics-sched-uga-trucking-study-0412@research.example.edu
DTSTAMP:20261025T120000Z
DTSTART:20261031T150000Z
DTEND:20261031T160000Z
SUMMARY:Research Interview: Sleep and Schedules of Regional Truck Drivers (Study #2026-0412)
ORGANIZER;CN=Dr. Anita Rao:mailto:arao@research.example.edu
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Zoom (link sent separately)
DESCRIPTION:Thank you for volunteering for our IRB-approved study. The inte
 rview takes about 60 minutes and you will receive a $50 gift card. Your ans
 wers are confidential and not shared with any employer.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "research-study-interview-participant",
    ),
    _neg(
        "ios-informational-coffee",
        "7D8E9F0A-1B2C-4D3E-8F4A-5B6C7D8E9F0A",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261001T231000Z
DTSTAMP:20261001T231010Z
DTSTART:20261003T083000
DTEND:20261003T093000
LAST-MODIFIED:20261001T231010Z
LOCATION:Waffle House Hwy 138
SEQUENCE:0
SUMMARY:coffee w/ Otis Freeman (retired terminal mgr) - pick his brain on TM trainee programs
DESCRIPTION:not a job thing\, just advice. ask: how to go from driver to ops\, what do they look for
TRANSP:OPAQUE
UID:7D8E9F0A-1B2C-4D3E-8F4A-5B6C7D8E9F0A
END:VEVENT
END:VCALENDAR
""",
        "informational-coffee-floating",
        eol="\n",
    ),
    _neg(
        "eventbrite-job-fair",
        "eventbrite-ord-8830127445-truckjobsexpo@eventbrite.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Event Calendar//EN
METHOD:PUBLISH
""" + TZ_NY + r"""BEGIN:VEVENT
UID:eventbrite-ord-8830127445-truckjobsexpo@eventbrite.example.com
DTSTAMP:20261009T120000Z
DTSTART;TZID=America/New_York:20261024T090000
DTEND;TZID=America/New_York:20261024T140000
SUMMARY:Atlanta Truck Driver Hiring Expo - On-the-spot interviews with 30+ carriers
LOCATION:Travel Plaza Exit 228\, 5400 Frontage Rd\, Forest Park GA
DESCRIPTION:Free for CDL holders. Bring copies of your CDL\, med card and MV
 R. Many carriers conduct on-the-spot interviews and road tests. Free lunch 
 and a chance to win a CB radio.\n\nOrder #8830127445
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "job-fair-on-the-spot-interviews-wording",
    ),
    _neg(
        "outlook-reference-call",
        "040000008200E00074C5B7101A82E00800000000BEEF0000CAFEDD0100000000000000001000000000112233445566778899AABBCCDDEEFF",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Lowry, Dana":mailto:dlowry@bluestemcarriers.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Mr. Hughes\, Chris Yates listed you as his traine
 r and a reference for our Regional Driver opening. 15 minutes to ask about 
 his safety habits and work ethic. Thank you!\n\nDana Lowry\, Safety & Compl
 iance\, Bluestem Carriers\n
UID:040000008200E00074C5B7101A82E00800000000BEEF0000CAFEDD0100000000000000001000000000112233445566778899AABBCCDDEEFF
SUMMARY;LANGUAGE=en-US:Reference check - Chris Yates
DTSTART;TZID=Eastern Standard Time:20261027T161500
DTEND;TZID=Eastern Standard Time:20261027T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261023T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "user-is-referee-for-former-trainee",
    ),
    _neg(
        "google-export-prep",
        "1prep3a5s7d9f1g3h5j7k9l1zx@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:darnell.hughes.cdl@yahoo.com
X-WR-TIMEZONE:America/New_York
""" + TZ_NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261027T190000
DTEND;TZID=America/New_York:20261027T210000
DTSTAMP:20261120T031544Z
UID:1prep3a5s7d9f1g3h5j7k9l1zx@google.com
CREATED:20261023T010000Z
DESCRIPTION:go over hazmat regs (placards\, shipping papers\, ERG)\, tanker 
 surge\, Redline safety record on FMCSA site. questions for Thigpen. iron shi
 rt.
LAST-MODIFIED:20261023T010000Z
LOCATION:home
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP - Redline final tmrw
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "prep-block-names-employer",
    ),
    _neg(
        "ios-reminder",
        "9E8D7C6B-5A49-4382-B1A0-F9E8D7C6B5A4",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261007T190000Z
DTSTAMP:20261007T190010Z
DTSTART;VALUE=DATE:20261008
DTEND;VALUE=DATE:20261009
LAST-MODIFIED:20261007T190010Z
SEQUENCE:0
SUMMARY:send thank u email to Mr Okafor (Magnolia) + Lorna
TRANSP:TRANSPARENT
UID:9E8D7C6B-5A49-4382-B1A0-F9E8D7C6B5A4
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER;VALUE=DATE-TIME:20261008T123000Z
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "thank-you-reminder-all-day-names-employer",
    ),
    _neg(
        "recruiter-no-employer",
        "cdlconnect-call-20260912-dh@cdlconnect.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cdlconnect-call-20260912-dh@cdlconnect.example.com
DTSTAMP:20260910T120000Z
DTSTART:20260912T140000Z
DTEND:20260912T141500Z
SUMMARY:Career Call: Darnell Hughes & Brent (CDL Connect)
ORGANIZER;CN=Brent Kowal:mailto:brent@cdlconnect.example.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Phone
DESCRIPTION:Thanks for signing up on CDL Connect! I work with 40+ carriers 
 hiring in Georgia - dedicated\, regional\, local and hazmat. On this call I
 'll learn what you want and match you with the best fits. No cost to drivers
 .\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "recruiter-names-no-employer",
    ),
    _neg(
        "podcast-interview",
        "riverside-rec-longhaultalk-ep214@riverside.example.fm",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside//Recording Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-longhaultalk-ep214@riverside.example.fm
DTSTAMP:20261104T120000Z
DTSTART:20261111T010000Z
DTEND:20261111T020000Z
SUMMARY:Long Haul Talk podcast - guest interview: Darnell Hughes (driver-trainer)
ORGANIZER;CN=Big Mike Sorrells:mailto:mike@longhaultalk.example.fm
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:https://riverside.example.fm/studio/long-haul-talk
DESCRIPTION:We'll talk about training new drivers\, what rookies get wrong 
 on backing\, and how carriers can keep trainers. Use headphones.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "podcast-guest-interview",
    ),
    _neg(
        "insurance-recorded-statement",
        "claim-GA-2026-118834-stmt@statemutual.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//State Mutual Insurance//Claims//EN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:claim-GA-2026-118834-stmt@statemutual.example.com
DTSTAMP:20260925T120000Z
DTSTART;TZID=America/New_York:20260930T120000
DTEND;TZID=America/New_York:20260930T123000
SUMMARY:Recorded statement interview - Claim 2026-118834 (personal auto)
ORGANIZER;CN=Kyle Brandt\, Claims Adjuster:mailto:kbrandt@statemutual.example.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Phone
DESCRIPTION:Regarding the parking lot collision on 9/19 (your 2019 Silverad
 o). The call is recorded.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "insurance-recorded-statement-interview",
    ),
    _neg(
        "government-enrollment-interview",
        "ttp-appt-ATL-20261103-DH@ttp.example.gov",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trusted Traveler Programs//Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ttp-appt-ATL-20261103-DH@ttp.example.gov
DTSTAMP:20261020T120000Z
DTSTART:20261103T141500Z
DTEND:20261103T143000Z
SUMMARY:FAST Commercial Driver Enrollment Interview - Atlanta Enrollment Center
LOCATION:Hartsfield-Jackson Intl Airport\, Concourse E\, CBP Enrollment Center
DESCRIPTION:Bring your passport\, commercial driver's license and conditional 
 approval letter. The interview includes fingerprinting and a photo.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "border-card-enrollment-interview",
    ),
    _neg(
        "bank-meeting",
        "appt-mtg-55102-peachstatecu@bookings.example.com",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Peach State Credit Union - Lending:mailto:lending@peachstatecu.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Service: Mortgage Pre-Approval Consultation\nSta
 ff: Loretta Banks\, Loan Officer\nPlease bring 2 recent pay stubs\, W-2s fo
 r 2024-2025 and an employment verification letter.\n
UID:appt-mtg-55102-peachstatecu@bookings.example.com
SUMMARY;LANGUAGE=en-US:Mortgage Pre-Approval Consultation for Darnell Hughes
DTSTART:20261107T150000Z
DTEND:20261107T160000Z
DTSTAMP:20261101T120000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Peach State CU - Riverdale branch
END:VEVENT
END:VCALENDAR
""",
        "bookings-style-bank-consultation",
    ),
    _neg(
        "outlook-route-bid",
        "040000008200E00074C5B7101A82E00800000000ABCD9876EF54DD01000000000000000010000000FEDC0123BA984567FEDC0123BA984567",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Carver, Linda":mailto:lcarver@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="FP Drivers - All":mailto:fp-drivers@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Route bid for Q1 2027 by seniority. New dedicate
 d Publix-style lane to Lakeland FL opens - bid sheets due at the meeting.\n
UID:040000008200E00074C5B7101A82E00800000000ABCD9876EF54DD01000000000000000010000000FEDC0123BA984567FEDC0123BA984567
SUMMARY;LANGUAGE=en-US:Q1 Route Bid Meeting - Forest Park
DTSTART;TZID=Eastern Standard Time:20261216T160000
DTEND;TZID=Eastern Standard Time:20261216T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:FP Terminal Drivers Room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "route-bid-meeting-distribution-list",
    ),
    _neg(
        "outlook-eld-orientation",
        "040000008200E00074C5B7101A82E0080000000057ACE0F1B2C3DD01000000000000000010000000AAAABBBBCCCCDDDD0000111122223333",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Sutton, Keith":mailto:ksutton@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="FP Training Room":mailto:fp-training@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Orientation on the new ELD and tablet workflow (
 e-DVIR\, HOS edits\, messaging dispatch). Trainers first so you can teach 
 it to your students.\n
UID:040000008200E00074C5B7101A82E0080000000057ACE0F1B2C3DD01000000000000000010000000AAAABBBBCCCCDDDD0000111122223333
SUMMARY;LANGUAGE=en-US:ELD Orientation - Trainers group
DTSTART;TZID=Eastern Standard Time:20260926T090000
DTEND;TZID=Eastern Standard Time:20260926T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260918T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:FP Training Room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "orientation-word-equipment-training-own-employer",
    ),
    _neg(
        "tsa-enrollment",
        "ideMIA-UES-GA1123-20261001-0930@tsaenrollment.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TSA Enrollment by IdentoGO//Scheduler//EN
METHOD:PUBLISH
""" + TZ_NY + r"""BEGIN:VEVENT
UID:ideMIA-UES-GA1123-20261001-0930@tsaenrollment.example.com
DTSTAMP:20260924T120000Z
DTSTART;TZID=America/New_York:20261001T093000
DTEND;TZID=America/New_York:20261001T094500
SUMMARY:TSA HAZMAT Endorsement (HME) Enrollment - fingerprints
LOCATION:IdentoGO Center\, 6600 Tara Blvd\, Jonesboro GA
DESCRIPTION:Bring your CDL and proof of citizenship. Fee $85.25. Backgroun
 d check results are mailed to you and the state.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "hazmat-endorsement-background-check",
    ),
    _neg(
        "thunderbird-trainer-recert",
        "c1d2e3f4-a5b6-4c7d-8e9f-smith-recert-2026",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260901T120000Z
LAST-MODIFIED:20260901T120000Z
DTSTAMP:20260901T120000Z
UID:c1d2e3f4-a5b6-4c7d-8e9f-smith-recert-2026
SUMMARY:Smith System instructor recert (2 days) - written test + in-cab evaluation
DTSTART;VALUE=DATE:20260917
DTEND;VALUE=DATE:20260919
LOCATION:Peachline HQ classroom
DESCRIPTION:Peachline pays. instructor observes me coach a student in the c
 ab\, then written test. need 80%.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "own-trainer-recertification-evaluation",
    ),
    _neg(
        "outlook-annual-observation-ride",
        "040000008200E00074C5B7101A82E008000000000F1E2D3C4B5ADD0100000000000000001000000069696969ABABABAB12121212CDCDCDCD",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Sutton, Keith":mailto:ksutton@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Annual trainer observation ride (49 CFR 391.25 a
 nnual review of driving record + in-cab observation). I'll ride your Savan
 nah turn and score you on the trainer checklist.\n
UID:040000008200E00074C5B7101A82E008000000000F1E2D3C4B5ADD0100000000000000001000000069696969ABABABAB12121212CDCDCDCD
SUMMARY;LANGUAGE=en-US:Annual Observation Ride - D. Hughes
DTSTART;TZID=Eastern Standard Time:20261120T040000
DTEND;TZID=Eastern Standard Time:20261120T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Unit 4471
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "own-annual-observation-ride-scored",
    ),
    _neg(
        "ios-family",
        "4B5C6D7E-8F90-4A1B-2C3D-4E5F6A7B8C9D",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261026T003000Z
DTSTAMP:20261026T003010Z
DTSTART:20261028T160000
DTEND:20261028T170000
LAST-MODIFIED:20261026T003010Z
LOCATION:Peach Cone Creamery Southlake
SEQUENCE:0
SUMMARY:Kayla job intvw 4pm - drive her + wait
TRANSP:OPAQUE
UID:4B5C6D7E-8F90-4A1B-2C3D-4E5F6A7B8C9D
END:VEVENT
END:VCALENDAR
""",
        "daughter-job-interview-abbrev",
    ),
    _neg(
        "french-shop-maintenance",
        "040000008200E00074C5B7101A82E00800000000E17E7E7E0001DD0100000000000000001000000031415926535897932384626433832795",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouchard, Luc":mailto:lbouchard@garagebouchard.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:dhughes@peachlinefreight.com
DESCRIPTION;LANGUAGE=fr-CA:Entretien préventif (PM-B) et inspection annuel
 le du tracteur 4471 pendant votre arrêt à Montréal / PM-B service and ann
 ual inspection of tractor 4471 during your Montreal layover. Apportez le c
 arnet d'entretien.\n
UID:040000008200E00074C5B7101A82E00800000000E17E7E7E0001DD0100000000000000001000000031415926535897932384626433832795
SUMMARY;LANGUAGE=fr-CA:Entretien préventif - unité 4471 (Peachline)
DTSTART;TZID=Eastern Standard Time:20261019T070000
DTEND;TZID=Eastern Standard Time:20261019T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261015T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Garage Bouchard\, 4500 boul. Métropolitain E\, Montréal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "french-entretien-means-maintenance",
    ),
    _neg(
        "spanish-radio-interview",
        "radioprogreso-entrevista-20261112@gmail.example.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261112T073000
DTEND;TZID=America/New_York:20261112T080000
DTSTAMP:20261106T140000Z
ORGANIZER;CN=Lucía Paredes:mailto:lucia.paredes.radio@gmail.example.com
UID:radioprogreso-entrevista-20261112@gmail.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Darnell Hughes;X-NUM-GUESTS=0:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION:Entrevista en vivo (en inglés con traducción) para el segmento 
 "Camioneros de Georgia": escasez de choferes y seguridad en la I-285. Live 
 radio segment\, English with interpreter.\n\nLucía Paredes\, Radio Progreso
  Atlanta 1290 AM\n\nInvitation from Google Calendar: https://calendar.googl
 e.com/calendar/
LOCATION:Radio Progreso Atlanta - por teléfono
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Radio Progreso - Camioneros de Georgia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "spanish-radio-entrevista",
    ),
    _neg(
        "german-info-session",
        "040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DD0100000000000000001000000042424242ABABABAB42424242CDCDCDCD",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_WEU_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kessler Logistik Karriere":mailto:karriere@kessler-logistik.de
DESCRIPTION;LANGUAGE=de-DE:Infoveranstaltung für Bewerberinnen und Bewerber
  des internationalen Trainee-Programms (USA\, Polen\, Deutschland). Keine 
 Vorstellungsgespräche - nur Fragen & Antworten zum Programm. / Info sessio
 n for applicants to the international trainee program. No interviews - Q&A
  only.\n\nMicrosoft Teams-Besprechung\nBesprechungs-ID: 318 004 771 52
 9\n
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DD0100000000000000001000000042424242ABABABAB42424242CDCDCDCD
SUMMARY;LANGUAGE=de-DE:Infoveranstaltung / Info Session: Kessler Trainee-Programm 2027
DTSTART;TZID=W. Europe Standard Time:20261105T170000
DTEND;TZID=W. Europe Standard Time:20261105T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T120000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        "german-info-session-applicants-not-interview",
    ),
]
