"""holdout183 events, part C: charities and consumer bodies (CRUK, Shelter, RNLI, Citizens Advice, Which?, Wellcome)."""

from holdout183ev_zones import GMT_STD, LONDON

EVENTS = []

# Cancer Research UK: Applied (UK de-biased hiring platform)
EVENTS.append(dict(
    kind="applied", iv=1, company="Cancer Research UK", role="Head of Content",
    stage="", who="",
    trap="applied-platform-charity-interview-slot",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Applied//Interview Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:applied-slot-5521987-cruk@beapplied.com
DTSTAMP:20250217T101102Z
DTSTART:20250226T130000Z
DTEND:20250226T140000Z
SUMMARY:Cancer Research UK - Head of Content - Interview
DESCRIPTION:You have booked an interview slot for Head of Content at Cancer
  Research UK.\\n\\nThis interview is part of a de-biased hiring process. You
  will be asked 5 questions\\; each question is scored independently by a diff
 erent panel member.\\n\\nJoin via Microsoft Teams: https://teams.microsoft.com
 /l/meetup-join/19%3ameeting_ZWE1NDc3\\n\\nSent via Applied - beapplied.com
LOCATION:Microsoft Teams
ORGANIZER;CN=Applied:mailto:noreply@beapplied.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Shelter: Jobtrain
EVENTS.append(dict(
    kind="jobtrain", iv=1, company="Shelter", role="Head of Media",
    stage="", who="Rosa Quinlan;Idris Bello",
    trap="jobtrain-charity-interview-with-task",
    ics="""BEGIN:VCALENDAR
PRODID:-//Jobtrain//Jobtrain Recruitment//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + """BEGIN:VEVENT
UID:JT-SHELTER-INT-88120431
DTSTAMP:20250220T161540Z
DTSTART;TZID=Europe/London:20250303T100000
DTEND;TZID=Europe/London:20250303T113000
SUMMARY:Shelter: Interview for Head of Media
DESCRIPTION:Dear Oliver\\,\\n\\nThank you for your interest in working at Shelt
 er. We are pleased to invite you to interview for Head of Media.\\n\\nStage 1
  interview: 88 Old Street\\, London EC1V 9HU\\nPanel: Rosa Quinlan (Director of
  Communications)\\, Idris Bello (Media Manager) and a member of our Lived Exp
 erience Panel.\\n\\nTask: you will receive a breaking-news scenario 30 minutes
  before the interview.\\n\\nShelter Recruitment Team\\nDo not reply to this mes
 sage.
LOCATION:88 Old Street\\, London EC1V 9HU
ORGANIZER;CN=Shelter Recruitment:mailto:shelter@jobtrain.co.uk
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# RNLI: Microsoft Bookings, phone
EVENTS.append(dict(
    kind="bookings", iv=1, company="RNLI", role="Head of Media and PR",
    stage="recruiter_screen", who="careers@rnli.org.uk",
    trap="microsoft-bookings-charity-telephone-screen",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN=RNLI Careers:mailto:careers@rnli.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Kemp:mailto:oliver.kemp.writes@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Your booking with RNLI Careers is confirmed.\\n\\nS
 ervice: Telephone screening - Head of Media and PR (Poole / hybrid)\\nStaff:
  Any\\nDuration: 30 minutes\\n\\nWe will call you on the number you provided: 0
 7700 900418\\n\\nNeed to make changes to your booking? Manage your booking<ht
 tps://outlook.office365.com/owa/calendar/RNLICareers@rnli.org.uk/bookings/>\\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B58BDB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122
SUMMARY;LANGUAGE=en-GB:Telephone screening - Head of Media and PR
DTSTART;TZID=GMT Standard Time:20250225T161500
DTEND;TZID=GMT Standard Time:20250225T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T205901Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone call
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Citizens Advice via Harris Hill (charity recruitment agency): screening about a named client
EVENTS.append(dict(
    kind="agency-call", iv=1, company="Citizens Advice", role="Director of Communications",
    stage="recruiter_screen", who="ben.okafor@harrishill.co.uk",
    trap="charity-recruiter-screen-named-client",
    ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + GMT_STD + """BEGIN:VEVENT
ATTENDEE;CN="oliver.kemp.writes@gmail.com";RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
CLASS:PUBLIC
CREATED:20250226T143010Z
DESCRIPTION:Hi Oliver\\,\\n\\nThanks for sending your CV over. Let's have a qu
 ick call about the Director of Communications role at Citizens Advice before
  I put you forward - the shortlist goes to Clare and the exec team on the 14t
 h.\\n\\nI'll ring you on your mobile.\\n\\nBen Okafor\\nSenior Consultant - Exec
 utive & Senior Appointments\\nHarris Hill\\n
DTEND;TZID="GMT Standard Time":20250304T124500
DTSTAMP:20250226T143010Z
DTSTART;TZID="GMT Standard Time":20250304T121500
LAST-MODIFIED:20250226T143010Z
LOCATION:Telephone
ORGANIZER;CN="Ben Okafor":mailto:ben.okafor@harrishill.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Call - Oliver Kemp / Harris Hill re CA Director of Comms
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E17B22C54E8ADB01000000000000000010000000A1B1C1D1E1F101112131415161718191
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
"""))

# Citizens Advice: first-round panel
EVENTS.append(dict(
    kind="zoom-panel", iv=1, company="Citizens Advice", role="Director of Communications",
    stage="", who="clare.hollings@citizensadvice.org.uk;alistair.cox@citizensadvice.org.uk",
    trap="agency-arranged-first-panel-zoom-recruiter-sits-in",
    ics="""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250311T120412Z
UID:ZOOM83307714452
SUMMARY:Citizens Advice - DoC first panel - Oliver Kemp
DTSTART;TZID=Europe/London:20250318T153000
DTEND;TZID=Europe/London:20250318T163000
DESCRIPTION:Ben Okafor is inviting you to a scheduled Zoom meeting.\\n\\nPane
 l: Clare Hollings (Chief Executive)\\, Alistair Cox (Trustee) - Ben will open
  and close. Clare will ask about leading a team through a crisis\\; Alistair
  about digital.\\n\\nJoin Zoom Meeting\\nhttps://us02web.zoom.us/j/83307714452?p
 wd=bE5xWm9\\n\\nMeeting ID: 833 0771 4452\\nPasscode: 461902\\n\\n---\\n\\nOne tap
  mobile\\n+442080806591\\,\\,83307714452#\\,\\,\\,\\,*461902# United Kingdom\\n
LOCATION:https://us02web.zoom.us/j/83307714452?pwd=bE5xWm9
ORGANIZER;CN=Ben Okafor:mailto:ben.okafor@harrishill.co.uk
ATTENDEE;CN=Clare Hollings:mailto:clare.hollings@citizensadvice.org.uk
ATTENDEE;CN=Alistair Cox:mailto:alistair.cox@citizensadvice.org.uk
ATTENDEE;CN=oliver.kemp.writes@gmail.com:mailto:oliver.kemp.writes@gmail.com
END:VEVENT
END:VCALENDAR
"""))

# Which?: Lever screen
EVENTS.append(dict(
    kind="lever", iv=1, company="Which?", role="Head of Content, Money",
    stage="recruiter_screen", who="tamsin.roberts@which.co.uk",
    trap="lever-consumer-body-phone-screen",
    ics="""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-b8e04f21-9c55-4b3b-91c9-0fd2e6a8c713
DTSTAMP:20250305T113744Z
DTSTART:20250310T090000Z
DTEND:20250310T093000Z
SUMMARY:Phone Screen: Oliver Kemp for Head of Content\\, Money
DESCRIPTION:Which? - Phone Screen\\n\\nCandidate: Oliver Kemp\\nInterviewer: Ta
 msin Roberts (Talent Acquisition Partner)\\nPhone: Tamsin will call +44 7700 9
 00418\\n\\nScheduled with Lever
ORGANIZER;CN=Which? Talent Team:mailto:talent@which.co.uk
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Tamsin Roberts;PARTSTAT=ACCEPTED:mailto:tamsin.roberts@which.co.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Which?: panel with presentation, typed by Oliver (floating time, LF, no attendees)
EVENTS.append(dict(
    kind="desktop-typed", iv=1, company="Which?", role="",
    stage="onsite", who="Harry;Tamsin",
    trap="typed-second-round-with-pres-no-word-interview",
    eol="\n",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E1B0C9A-77D2-4F3A-A4E8-0B6C2D7F9E31
DTSTAMP:20250313T221540Z
CREATED:20250313T221512Z
DTSTART:20250320T140000
DTEND:20250320T153000
SUMMARY:Which? 2nd rd - 15 min pres + panel (Marylebone Rd)
LOCATION:2 Marylebone Road\\, London NW1 4DF
DESCRIPTION:pres = "what should Which? Money stop doing". 6 slides max. Pan
 el = Harry (content dir)\\, Tamsin\\, someone from product. Take day as leave
  - told desk it's the dentist
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Wellcome: Pinpoint
EVENTS.append(dict(
    kind="pinpoint", iv=1, company="Wellcome", role="Head of Editorial",
    stage="", who="anjali.desai@wellcome.org;mark.doherty@wellcome.org",
    trap="pinpoint-foundation-interview-two-names",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pinpoint//Pinpoint HQ//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:pinpoint-interview-604412-wellcome@pinpointhq.com
DTSTAMP:20250319T084210Z
DTSTART:20250327T103000Z
DTEND:20250327T113000Z
SUMMARY:Head of Editorial - Wellcome - Oliver Kemp
DESCRIPTION:Hi Oliver\\,\\n\\nYour interview for Head of Editorial has been sc
 heduled.\\n\\nInterviewers: Anjali Desai\\, Mark Doherty\\nWhere: Gibbs Buildi
 ng\\, 215 Euston Road\\, London NW1 2BE. Please ask for Anjali at reception.\\n
 \\nIf you have any access requirements please let us know.\\n\\nWellcome Talent
  Team
LOCATION:Gibbs Building\\, 215 Euston Road\\, London NW1 2BE
ORGANIZER;CN=Wellcome Talent Team:mailto:no-reply@pinpointhq.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Anjali Desai;PARTSTAT=ACCEPTED:mailto:anjali.desai@wellcome.org
ATTENDEE;CN=Mark Doherty;PARTSTAT=ACCEPTED:mailto:mark.doherty@wellcome.org
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))
