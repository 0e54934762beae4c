"""holdout164 negatives: job-search look-alikes that are not Fiona's own interviews (part A)."""

NO = dict(interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        NO, kind="mock-with-friend",
        uid="0C1D2E3F-4A5B-4C6D-8E9F-A0B1C2D3E4F5",
        trap="mock-interview-with-former-manager",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:0C1D2E3F-4A5B-4C6D-8E9F-A0B1C2D3E4F5
DTSTAMP:20260125T211500Z
DTSTART:20260131T110000
DTEND:20260131T123000
SUMMARY:Mairi - practice intvw for Edinburgh TM
LOCATION:Mairi's (Bearsden)
DESCRIPTION:she'll grill me on the presentation + competency Qs. take lapto
 p. bring wine!
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="calendly-coach-mock",
        uid="b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e",
        trap="calendly-paid-interview-practice-with-coach",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e
DTSTAMP:20260301T200010Z
DTSTART:20260307T100000Z
DTEND:20260307T110000Z
SUMMARY:Interview Practice (60 min) between Gillian Rae Coaching and Fiona
  MacLeod
ORGANIZER;CN=Gillian Rae:mailto:gillian@gillianraecoaching.co.uk
ATTENDEE;CN=Gillian Rae;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:gilli
 an@gillianraecoaching.co.uk
ATTENDEE;CN=Fiona MacLeod;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:fio
 na.macleod.sw@btinternet.com
LOCATION:Zoom - https://us02web.zoom.us/j/81124409913
DESCRIPTION:Event Name: Interview Practice (60 min)\n\nA mock panel intervi
 ew with detailed feedback\, tailored to public sector and third sector lea
 dership roles. Please send the job description and your application before
 hand.\n\nPlease share anything that will help prepare for our meeting.: Se
 rvice Manager C&F\, Fife Council - final panel with Head of Service + coun
 cillor\n\nPayment: £75.00 GBP\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="webinar-interview-skills",
        uid="webinar-94411028876-reg-55201@zoom.us",
        trap="webinar-on-values-based-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20260108T120000Z
DTSTART:20260114T123000Z
DTEND:20260114T133000Z
SUMMARY:Stepping into Management: Succeeding at Values-Based and Competency
  Interviews (Lunchtime Webinar)
UID:webinar-94411028876-reg-55201@zoom.us
DESCRIPTION:Hi Fiona MacLeod\,\n\nThank you for registering for "Stepping i
 nto Management: Succeeding at Values-Based and Competency Interviews"\, pa
 rt of the Social Work Scotland / SSSC leadership webinar series.\n\nYou ca
 n find information about this webinar below.\n\nPlease submit any question
 s to: events@socialworkscotland.org\n\nJoin from PC\, Mac\, iPad\, or Andr
 oid: https://us06web.zoom.us/w/94411028876?tk=Xr7b\n\nWebinar ID: 944 1102
  8876\n\nYou can cancel your registration at any time.
LOCATION:https://us06web.zoom.us/w/94411028876?tk=Xr7b
ORGANIZER;CN=Social Work Scotland Events:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="press-radio",
        uid=("040000008200E00074C5B7101A82E00800000000BBCBBCBBCBBCDC01"
             "000000000000000010000000BBCBBCBBCBBCBBCBBCBBCBBCBBCBBCBB"),
        trap="press-radio-interview-approved-by-comms",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Media Office (GCC)":mailto:MediaOffice@glasgow-sws.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MacLeod,
  Fiona (SWS)":mailto:Fiona.MacLeod@glasgow-sws.gov.uk
DESCRIPTION;LANGUAGE=en-GB:BBC Radio Scotland - Good Morning Scotland - pre
 -recorded interview about kinship care and the new kinship allowance. Appr
 oved by Head of Service. Producer: Ross Gilchrist. Key messages attached -
  please do not discuss individual cases. Media Office will be on the line.
UID:040000008200E00074C5B7101A82E00800000000BBCBBCBBCBBCDC01000000000000000
 010000000BBCBBCBBCBBCBBCBBCBBCBBCBBCBBCBB
SUMMARY;LANGUAGE=en-GB:BBC Radio Scotland interview (pre-rec) - kinship car
 e - F MacLeod
DTSTART;TZID=GMT Standard Time:20260206T153000
DTEND;TZID=GMT Standard Time:20260206T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260204T114500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone (BBC to call Fiona's work mobile)
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="research-participant",
        uid="5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com",
        trap="research-study-interview-participant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@EUROPE_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260219T180000
DTEND;TZID=Europe/London:20260219T190000
DTSTAMP:20260212T101500Z
ORGANIZER;CN=Dr Hannah Moffat:mailto:h.moffat@ed.ac.uk
UID:5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr Han
 nah Moffat;X-NUM-GUESTS=0:mailto:h.moffat@ed.ac.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=fiona.
 macleod.sw@btinternet.com;X-NUM-GUESTS=0:mailto:fiona.macleod.sw@btinterne
 t.com
CREATED:20260212T101500Z
DESCRIPTION:Thank you for agreeing to take part in the "Staying or Leaving?
  Retention of Experienced Children and Families Social Workers in Scotland
 " study (University of Edinburgh\, School of Social and Political Science)
 . This is a semi-structured research interview of around 60 minutes and wi
 ll be audio-recorded with your consent. Participant information sheet and
  consent form attached. You can withdraw at any time.\n\nJoin with Google M
 eet: https://meet.google.com/uoe-swrt-ret
LAST-MODIFIED:20260212T101500Z
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research interview - SW retention study (UoE)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="survey-telephone",
        uid="ipsos-scot-swwf-2026-cati-118842@ipsos.com",
        trap="survey-telephone-interview-workforce-study",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ipsos//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ipsos-scot-swwf-2026-cati-118842@ipsos.com
DTSTAMP:20260302T090000Z
DTSTART:20260304T190000Z
DTEND:20260304T193000Z
SUMMARY:Ipsos telephone interview - Scottish Social Work Workforce Survey
DESCRIPTION:Thank you for booking an appointment for your telephone intervi
 ew for the Scottish Social Work Workforce Survey 2026\, conducted by Ipsos
  Scotland on behalf of the Scottish Government. An interviewer will call y
 ou at the time you selected. Your answers are confidential. Ref: SWWF-1188
 42
ORGANIZER;CN=Ipsos Scotland:mailto:noreply@ipsos.com
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="podcast-recording",
        uid="8k9l0m1n2o3p4q5r6s7t8u9v0w@google.com",
        trap="podcast-guest-interview-recording",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@EUROPE_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260326T193000
DTEND;TZID=Europe/London:20260326T203000
DTSTAMP:20260316T200000Z
ORGANIZER;CN=Sam Ferguson:mailto:thesocialworkpod@gmail.com
UID:8k9l0m1n2o3p4q5r6s7t8u9v0w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Fe
 rguson;X-NUM-GUESTS=0:mailto:thesocialworkpod@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Fiona
  MacLeod;X-NUM-GUESTS=0:mailto:fiona.macleod.sw@btinternet.com
CREATED:20260316T200000Z
DESCRIPTION:Guest interview for The Social Work Pod - episode 41 "Being a p
 ractice educator: what students actually need". ~45 mins chat + 15 mins te
 ch check. Recording on Riverside: https://riverside.fm/studio/the-social-w
 ork-pod - use headphones please! Sam
LAST-MODIFIED:20260316T200000Z
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:The Social Work Pod - recording w/ Fiona MacLeod
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="informational-coffee",
        uid="4E5F6A7B-8C9D-4E0F-A1B2-C3D4E5F6A7B8",
        trap="informational-coffee-with-manager-at-target-charity",
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:4E5F6A7B-8C9D-4E0F-A1B2-C3D4E5F6A7B8
DTSTAMP:20260114T203000Z
DTSTART:20260117T100000
DTEND:20260117T110000
SUMMARY:coffee w Karen (SM at Aberlour) - what's it really like?
LOCATION:Cafe Wander\, Stirling
DESCRIPTION:before I apply for the IFS job. ask re caseloads\, on-call\, ho
 w they treat managers\, pension (LGPS?)
END:VEVENT
END:VCALENDAR
"""),
    dict(
        NO, kind="informal-discussion-pre-application",
        uid=("040000008200E00074C5B7101A82E0080000000012F012F012F0DC01"
             "00000000000000001000000012F012F012F012F012F012F012F012F0"),
        trap="informal-discussion-about-post-before-applying",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@GMT_STANDARD@@
BEGIN:VEVENT
ORGANIZER;CN="Calum Matheson (Health and Social Care)":mailto:Calum.Matheso
 n@highland.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.macl
 eod.sw@btinternet.com:mailto:fiona.macleod.sw@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Hi Fiona\, happy to have an informal chat about
  the Practice Learning Co-ordinator post before the closing date. This isn'
 t part of the selection process - just a chance to ask questions about the
  role and living and working in the Highlands. Calum\n\nMicrosoft Teams me
 eting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_aGlnaG
 xhbmQtaW5mb3JtYWw%40thread.v2/0
UID:040000008200E00074C5B7101A82E0080000000012F012F012F0DC01000000000000000
 01000000012F012F012F012F012F012F012F012F0
SUMMARY;LANGUAGE=en-GB:Informal chat re PLC post - Fiona MacLeod
DTSTART;TZID=GMT Standard Time:20260129T170000
DTEND;TZID=GMT Standard Time:20260129T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260126T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
]
