# ruff: noqa: E501, W291, W293, RUF100
"""holdout263 negatives, part 1: Darnell Hughes on the hiring or assessing side (driver-trainer at Peachline)."""

from holdout263ev_zones import TZ_EST_WIN, TZ_NY


def _neg(kind: str, uid: str, ics: str, trap: str) -> dict:
    """A hiring-side negative: empty company, role, stage and interviewers."""
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
        hiring=True,
    )


EVENTS = [
    _neg(
        "outlook-road-test-evaluator",
        "040000008200E00074C5B7101A82E00800000000907A6B5C4D3EDD0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Recruiting, Peachline";SENT-BY="mailto:aprice@peachlinefreight.com":mailto:driverrecruiting@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="FP Training Tractor 0907":mailto:fp-tractor0907@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Darnell - please road test the applicant below an
 d complete the Road Test Certificate (FMCSA 391.31) in Tenstreet the same d
 ay.\n\nApplicant: Marcus Bell\nPosition: CDL-A Regional Reefer Driver\nExp
 erience: 3 yrs (dry van)\nNotes: first reefer job - watch the trailer pre-t
 rip (reefer unit\, fuel level).\n\nThanks\,\nAmber Price\nDriver Recruiting
 \n
UID:040000008200E00074C5B7101A82E00800000000907A6B5C4D3EDD0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899
SUMMARY;LANGUAGE=en-US:Road Test - Applicant Marcus Bell (Regional Reefer) - Evaluator: D. Hughes
DTSTART;TZID=Eastern Standard Time:20260915T070000
DTEND;TZID=Eastern Standard Time:20260915T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260911T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Forest Park Terminal - Training Pad
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-road-test-evaluator-outlook",
    ),
    _neg(
        "tenstreet-evaluator",
        "tsi-9902117-roadtest-eval@tenstreet-mail.example.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Tenstreet//Recruiting Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tsi-9902117-roadtest-eval@tenstreet-mail.example.com
DTSTAMP:20261005T120000Z
DTSTART:20261008T110000Z
DTEND:20261008T130000Z
SUMMARY:Road Test Scheduled: Jose Ortiz (Applicant #9902117) - Evaluator: Darnell Hughes
ORGANIZER;CN=Peachline Freight via Tenstreet:mailto:notifications@tenstreet-mail.example.com
ATTENDEE;CN=Darnell Hughes;ROLE=CHAIR;RSVP=TRUE:mailto:dhughes@peachlinefreight.com
ATTENDEE;CN=Jose Ortiz;ROLE=REQ-PARTICIPANT:mailto:jortiz.cdl@gmail.example.com
LOCATION:Peachline Freight - Forest Park Terminal
DESCRIPTION:A road test has been scheduled for applicant Jose Ortiz.\n\nEva
 luator: Darnell Hughes\nEquipment: 53' reefer\, 10-speed manual\nAfter th
 e test\, complete the road test form and enter PASS/FAIL in Tenstreet Drive
 r Pipeline.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-tenstreet-evaluator-utc",
    ),
    _neg(
        "greenhouse-interview-kit",
        "greenhouse-interview-22019934-peachline@greenhouse.example.io",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:greenhouse-interview-22019934-peachline@greenhouse.example.io
DTSTAMP:20261012T130000Z
DTSTART;TZID=America/New_York:20261015T140000
DTEND;TZID=America/New_York:20261015T144500
SUMMARY:Interview with Tyrone Webb for Driver Trainer - Forest Park (Darnell Hughes)
ORGANIZER;CN=Amber Price:mailto:aprice@peachlinefreight.com
ATTENDEE;CN=Darnell Hughes;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dhughes@peachlinefreight.com
LOCATION:FP Terminal - Safety Office
DESCRIPTION:Interviewer: Darnell Hughes\nCandidate: Tyrone Webb\nJob: Drive
 r Trainer - Forest Park\nInterview: Trainer Skills Interview\n\nInterview K
 it: https://app.greenhouse.example.io/guides/22019934/interview_kit\nScore
 card: https://app.greenhouse.example.io/scorecards/22019934/new\n\nFocus a
 reas: coaching style\, pre-trip teaching\, handling a trainee who fails the
  backing drill.\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-greenhouse-interview-kit",
    ),
    _neg(
        "greenhouse-scorecard-reminder",
        "greenhouse-scorecard-due-22019934@greenhouse.example.io",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:greenhouse-scorecard-due-22019934@greenhouse.example.io
DTSTAMP:20261015T190000Z
DTSTART:20261016T130000Z
DTEND:20261016T131500Z
SUMMARY:Reminder: submit your scorecard for Tyrone Webb (Driver Trainer - Forest Park)
ORGANIZER;CN=Greenhouse:mailto:no-reply@greenhouse.example.io
ATTENDEE;CN=Darnell Hughes:mailto:dhughes@peachlinefreight.com
DESCRIPTION:Your feedback for Tyrone Webb is overdue. Hiring decisions are 
 waiting on your scorecard.\n\nSubmit: https://app.greenhouse.example.io/sc
 orecards/22019934/new
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-scorecard-reminder",
    ),
    _neg(
        "outlook-debrief",
        "040000008200E00074C5B7101A82E0080000000066778899AABBDD01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Boyd, Terry":mailto:tboyd@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Price, Amber":mailto:aprice@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sutton, Keith":mailto:ksutton@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Hire/no-hire debrief on the Driver Trainer candi
 dates (Webb\, Alvarez\, Kim). Bring your scorecards and road test notes.\n
UID:040000008200E00074C5B7101A82E0080000000066778899AABBDD01000000000000000010000000ABABABABCDCDCDCDEFEFEFEF01010101
SUMMARY;LANGUAGE=en-US:Debrief - Driver Trainer interviews
DTSTART;TZID=Eastern Standard Time:20261019T153000
DTEND;TZID=Eastern Standard Time:20261019T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261016T200000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-hiring-debrief",
    ),
    _neg(
        "calendly-host",
        "9c2a7e51-0b3d-4f6e-a8c1-dhughes-rideeval@calendly.example.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:9c2a7e51-0b3d-4f6e-a8c1-dhughes-rideeval@calendly.example.com
DTSTAMP:20261026T010000Z
DTSTART:20261029T113000Z
DTEND:20261029T123000Z
SUMMARY:New Event: Kevin Tran - 07:30am Thu\, Oct 29\, 2026 - Applicant Road Test (60 min)
ORGANIZER;CN=Darnell Hughes:mailto:dhughes@peachlinefreight.com
ATTENDEE;CN=Kevin Tran;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kevin.tran.trucking@gmail.example.com
LOCATION:Peachline Freight Forest Park Terminal - Training Pad
DESCRIPTION:Hi Darnell Hughes\,\n\nA new event has been scheduled.\n\nEven
 t Type: Applicant Road Test (60 min)\nInvitee: Kevin Tran\nInvitee Email: k
 evin.tran.trucking@gmail.example.com\nEvent Date/Time: 07:30am - Thursday\,
  October 29\, 2026 (Eastern Time - US & Canada)\n\nQuestions: CDL class/end
 orsements? A\, T\n\nView event in Calendly
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-calendly-host-new-event",
    ),
    _neg(
        "candidate-accepted-reply",
        "9c2a7e51-0b3d-4f6e-a8c1-dhughes-rideeval-reply@calendly.example.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261029T113000Z
DTEND:20261029T123000Z
DTSTAMP:20261026T013000Z
ORGANIZER;CN=Darnell Hughes:mailto:dhughes@peachlinefreight.com
UID:9c2a7e51-0b3d-4f6e-a8c1-dhughes-rideeval-reply@calendly.example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kevin 
 Tran;X-NUM-GUESTS=0:mailto:kevin.tran.trucking@gmail.example.com
COMMENT:See you then Mr Hughes. I'll bring my long form med card.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Applicant Road Test - Kevin Tran @ Thu Oct 29\, 2026 7:30am - 8:30am (EDT) (dhughes@peachlinefreight.com)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-candidate-accepted-reply",
    ),
    _neg(
        "agency-candidate-presentation",
        "dfs-present-20261021-peachline-trainee@driveforcestaffing.example.com",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Jefferson, Tamika":mailto:tjefferson@driveforcestaffing.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Price, Amber":mailto:aprice@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Hi Darnell\, following up on Peachline's req for
  student drivers. I'd like to present two CDL school grads for your traine
 e seats: Andre Simmons (Atlanta Tech CDL\, 160 hrs) and Kelsey Ford (Truck
 Pro Academy). Resumes and MVRs attached. 20 min call to walk you through th
 em before you schedule their road tests.\n\nTamika Jefferson\, DriveForce 
 Staffing\n
UID:dfs-present-20261021-peachline-trainee@driveforcestaffing.example.com
SUMMARY;LANGUAGE=en-US:DriveForce - candidate presentation: 2 student drivers for your trainee seats
DTSTART:20261021T190000Z
DTEND:20261021T192000Z
DTSTAMP:20261019T130000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-agency-presents-candidates",
    ),
    _neg(
        "outlook-recurring-ride-along-eval",
        "040000008200E00074C5B7101A82E00800000000CCDDEEFF0011DD0100000000000000001000000022223333444455556666777788889999",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Weekly ride-along evaluation for new-hire candid
 ate D. Pham (conditional hire\, 90-day probation). Fill out the trainee eva
 l sheet each Friday - recommend keep / extend / release to Terry.\n
UID:040000008200E00074C5B7101A82E00800000000CCDDEEFF0011DD0100000000000000001000000022223333444455556666777788889999
SUMMARY;LANGUAGE=en-US:Trainee ride-along eval - D. Pham
DTSTART;TZID=Eastern Standard Time:20261106T050000
DTEND;TZID=Eastern Standard Time:20261106T070000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=FR
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Truck 4471
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Moved - Thanksgiving week. Final eval\, recommen
 dation due to Terry.\n
UID:040000008200E00074C5B7101A82E00800000000CCDDEEFF0011DD0100000000000000001000000022223333444455556666777788889999
RECURRENCE-ID;TZID=Eastern Standard Time:20261127T050000
SUMMARY;LANGUAGE=en-US:Trainee ride-along eval - D. Pham (FINAL\, moved to Wed)
DTSTART;TZID=Eastern Standard Time:20261125T050000
DTEND;TZID=Eastern Standard Time:20261125T070000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261120T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Truck 4471
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-recurring-ride-along-eval-override",
    ),
    _neg(
        "workday-interviewer",
        "WD-EVT-PLF-R10611-intv-dhughes@peachlinefreight.myworkday.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-EVT-PLF-R10611-intv-dhughes@peachlinefreight.myworkday.example.com
DTSTAMP:20261103T140000Z
DTSTART:20261110T150000Z
DTEND:20261110T154500Z
SUMMARY:Interview: R-10611 Night Dispatcher - Candidate: Alicia Monroe
ORGANIZER;CN=Peachline Freight Talent Acquisition:mailto:peachline@myworkday.example.com
ATTENDEE;CN=Linda Carver;ROLE=REQ-PARTICIPANT:mailto:lcarver@peachlinefreight.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT:mailto:dhughes@peachlinefreight.com
LOCATION:FP Terminal - Dispatch Conference Room
DESCRIPTION:Candidate: Alicia Monroe (External)\nJob Requisition: R-10611 Ni
 ght Dispatcher\nInterview Type: Panel\nInterviewer(s): Linda Carver\, Darne
 ll Hughes (driver perspective)\n\nPlease submit interview feedback in Work
 day within 24 hours.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-workday-panel-member",
    ),
    _neg(
        "ios-hand-typed",
        "2D9F0B13-4E6A-4C7B-9D21-3F5A7B9C1E02",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261110T231500Z
DTSTAMP:20261110T231502Z
DTSTART:20261112T070000
DTEND:20261112T110000
LAST-MODIFIED:20261110T231502Z
LOCATION:yard
SEQUENCE:0
SUMMARY:road tests 2 applicants 7am (Amber sending names)
DESCRIPTION:use 0907. forms on clipboard in safety office
TRANSP:OPAQUE
UID:2D9F0B13-4E6A-4C7B-9D21-3F5A7B9C1E02
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-terse-road-tests-floating",
    ),
    _neg(
        "paradox-interviewer",
        "paradox-olivia-host-70230041@paradox-mail.example.ai",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Paradox//Olivia Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:paradox-olivia-host-70230041@paradox-mail.example.ai
DTSTAMP:20261117T150000Z
DTSTART:20261119T140000Z
DTEND:20261119T143000Z
SUMMARY:You have an interview with Lamar Jenkins - CDL-A Driver (Regional Reefer)
ORGANIZER;CN=Olivia (Peachline Freight Recruiting Assistant):mailto:olivia@peachlinefreight.paradox-mail.example.ai
ATTENDEE;CN=Darnell Hughes;ROLE=CHAIR:mailto:dhughes@peachlinefreight.com
ATTENDEE;CN=Lamar Jenkins;ROLE=REQ-PARTICIPANT:mailto:lamarj1987@yahoo.example.com
LOCATION:Phone - call candidate at (678) 555-0114
DESCRIPTION:Hi Darnell! Olivia here. I scheduled a phone interview for you 
 with candidate Lamar Jenkins (applied for CDL-A Driver - Regional Reefer). 
 Please call him at (678) 555-0114. Candidate summary: 6 yrs experience\, 1
  preventable accident 2024\, lives in Riverdale.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-chatbot-scheduled-phone-screen",
    ),
    _neg(
        "bookings-host",
        "b7d4e2c1-6a5f-48e3-9b0c-peachline-hiring-event-slots",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Peachline Driver Hiring Day:mailto:PeachlineDriverHiringDay@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: On-the-Spot Driver Inter
 view + Road Test\nStaff: Darnell Hughes\nCustomer: Reggie Fowler\nCustomer 
 phone: (470) 555-0178\nCustomer email: rfowler.cdl@outlook.example.com\n\
 nNotes: Has Class A since 2019\, hazmat. Interested in trainer track.\n
UID:b7d4e2c1-6a5f-48e3-9b0c-peachline-hiring-event-slots
SUMMARY;LANGUAGE=en-US:On-the-Spot Driver Interview + Road Test for Reggie Fowler
DTSTART:20261205T143000Z
DTEND:20261205T153000Z
DTSTAMP:20261201T160000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Peachline Freight Forest Park - Hiring Day Tent
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-bookings-staff-hiring-day",
    ),
    _neg(
        "driverreach-eval-form",
        "dr-eval-60013-plf@driverreach-notify.example.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DriverReach//Interview Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:dr-eval-60013-plf@driverreach-notify.example.com
DTSTAMP:20261030T200000Z
DTSTART;VALUE=DATE:20261102
DTEND;VALUE=DATE:20261103
SUMMARY:Due: Road Test Evaluation Form - Applicant Brandon Cole
ORGANIZER;CN=DriverReach:mailto:no-reply@driverreach-notify.example.com
ATTENDEE;CN=Darnell Hughes:mailto:dhughes@peachlinefreight.com
DESCRIPTION:Darnell Hughes\, you are listed as road test examiner for Brand
 on Cole (Peachline Freight). The certificate of road test must be signed an
 d uploaded before the applicant can be dispatched.
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-all-day-eval-form-due",
    ),
    _neg(
        "teams-phone-screen",
        "040000008200E00074C5B7101A82E00800000000FF00EE11DD22DD01000000000000000010000000CC33BB44AA5599668877665544332211",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yolanda Pierce:mailto:ypierce.drive@gmail.example.com
DESCRIPTION;LANGUAGE=en-US:Yolanda - thanks for applying for the Driver Trai
 ner opening on my team. 30 min call so I can hear how you coach. -Darnell\n
 \n________________________________________________________________________
 ________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or ro
 om device\nClick here to join the meeting<https://teams.microsoft.example.c
 om/l/meetup-join/19%3ameeting_ZGh1Z2hlcw%40thread.v2/0>\nMeeting ID: 288 4
 10 557 903\nPasscode: Qb9k2M\n________________________________________________
 ________________________________\n
UID:040000008200E00074C5B7101A82E00800000000FF00EE11DD22DD01000000000000000010000000CC33BB44AA5599668877665544332211
SUMMARY;LANGUAGE=en-US:Driver Trainer opening - call w/ Yolanda Pierce
DTSTART;TZID=Eastern Standard Time:20261111T133000
DTEND;TZID=Eastern Standard Time:20261111T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261109T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-user-organizes-screen-free-mail-candidate",
    ),
    _neg(
        "google-skills-test-proctor",
        "0s3d5f7g9h1j3k5l7z9x1c3v5b@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261204T080000
DTEND;TZID=America/New_York:20261204T140000
DTSTAMP:20261120T150000Z
ORGANIZER;CN=Deborah Knox:mailto:dknox@atlantatechcdl.example.edu
UID:0s3d5f7g9h1j3k5l7z9x1c3v5b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=dhughes@peachlinefreight.com;X-NUM-GUESTS=0:mailto:dhughes@peachlin
 efreight.com
DESCRIPTION:Thank you for coming back as an employer evaluator! Our Decembe
 r graduates will do a full pre-trip\, backing and road course\, and you ra
 te each one on the carrier hiring rubric. Peachline can make conditional of
 fers on the spot to the students you pick.\n\nDeborah Knox\, CDL Program Co
 ordinator\n\nInvitation from Google Calendar: https://calendar.google.com/c
 alendar/
LOCATION:Atlanta Tech CDL Range\, 1560 Metropolitan Pkwy SW
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Employer Skills Evaluation Day - CDL-A graduates
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-school-graduates-evaluator",
    ),
    _neg(
        "spanish-candidate-interview",
        "AB31C9D2-7E4F-4A01-B6C3-5D8E9F0A1B2C",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
""" + TZ_NY + r"""BEGIN:VEVENT
CREATED:20261112T140000Z
DTEND;TZID=America/New_York:20261116T113000
DTSTAMP:20261112T140010Z
DTSTART;TZID=America/New_York:20261116T103000
LAST-MODIFIED:20261112T140010Z
LOCATION:FP safety office
SEQUENCE:0
SUMMARY:Entrevista con candidato Luis Herrera (chofer) - Maria from payroll interprets
DESCRIPTION:I ask the driving questions\, Maria translates. then pre-trip in Spanish w/ her. rate on form
TRANSP:OPAQUE
UID:AB31C9D2-7E4F-4A01-B6C3-5D8E9F0A1B2C
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-spanish-entrevista-candidate",
    ),
    _neg(
        "outlook-selection-committee",
        "040000008200E00074C5B7101A82E0080000000012ABCDEF34ABDD010000000000000000100000007777666655554444333322221111AAAA",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Adebayo, Gloria":mailto:gadebayo@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Boyd, Terry":mailto:tboyd@peachlinefreight.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="FP-HQ Huddle 3":mailto:fphq-huddle3@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Selection committee for the 2027 Driver Finishin
 g Program (student drivers from the CDL schools). Each committee member rat
 es the 14 applicants on the matrix before the meeting\; we pick 6.\n
UID:040000008200E00074C5B7101A82E0080000000012ABCDEF34ABDD010000000000000000100000007777666655554444333322221111AAAA
SUMMARY;LANGUAGE=en-US:Selection Committee - Driver Finishing Program applicants
DTSTART;TZID=Eastern Standard Time:20261214T100000
DTEND;TZID=Eastern Standard Time:20261214T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261201T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:FP-HQ Huddle 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-selection-committee-rates-applicants",
    ),
    _neg(
        "thunderbird-orientation-instructor",
        "5a6b7c8d-9e0f-4a1b-8c2d-plf-orient-dec",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261125T010000Z
LAST-MODIFIED:20261125T010100Z
DTSTAMP:20261125T010100Z
UID:5a6b7c8d-9e0f-4a1b-8c2d-plf-orient-dec
SUMMARY:New hire orientation - I run pre-trip + road evals for the class
DTSTART;TZID=America/New_York:20261208T070000
DTEND;TZID=America/New_York:20261208T160000
LOCATION:Peachline FP training room
DESCRIPTION:8 in the class (conditional offers). each one gets a road eval 
 from me\, I sign off pass/fail to Amber before they get a truck.
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-orientation-instructor-tzid-no-vtimezone",
    ),
    _neg(
        "google-invite",
        "7yt5re3wq1po9iu7yt5re3wq1p@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261001T183000Z
DTEND:20261001T190000Z
DTSTAMP:20260929T150000Z
ORGANIZER;CN=Amber Price:mailto:aprice@peachlinefreight.com
UID:7yt5re3wq1po9iu7yt5re3wq1p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Darnell Hughes;X-NUM-GUESTS=0:mailto:dhughes@peachlinefreight.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amber Price;X-NUM-GUESTS=0:mailto:aprice@peachlinefreight.com
DESCRIPTION:Can you sit in on my call with the trainer applicant from Ironw
 ood (Gabriel Ruiz)? I want your read on his coaching experience. You ask th
 e driving questions.\n\nInvitation from Google Calendar: https://calendar.g
 oogle.com/calendar/
LOCATION:Amber's desk / speaker phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Gabriel Ruiz (trainer applicant)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "user-as-interviewer-sit-in-interview-summary",
    ),
]
