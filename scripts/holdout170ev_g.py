"""holdout170 events, part g: more US and remote searches."""

EVENTS = []


def add(kind, label, ics, **kw):
    uid, i, company, role, stage, who, trap = label
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=i, company=company, role=role, stage=stage,
                       interviewers=who, trap=trap, ics=ics, **kw))


add("gcal-panel", (
    "8b2e5h9k3n6q0t4w7z1c5f8jma@google.com", 1, "Tidepool Labs", "Head of Brand Marketing", "onsite",
    "ellie@tidepoollabs.com;marco@tidepoollabs.com;sade@tidepoollabs.com",
    "google-panel-round-two-same-employer"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250414T160000Z
DTEND:20250414T173000Z
DTSTAMP:20250408T202211Z
ORGANIZER;CN=Sam Whitley:mailto:sam@tidepoollabs.com
UID:8b2e5h9k3n6q0t4w7z1c5f8jma@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ellie
  Nakamura;X-NUM-GUESTS=0:mailto:ellie@tidepoollabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marco
  Bellini;X-NUM-GUESTS=0:mailto:marco@tidepoollabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sadé
  Adeyemi;X-NUM-GUESTS=0:mailto:sade@tidepoollabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Wh
 itley;X-NUM-GUESTS=0:mailto:sam@tidepoollabs.com
DESCRIPTION:Round 2 panel: Ellie (CMO)\, Marco (Head of Growth)\, Sadé (De
 sign Director). Please prepare a 15-min POV on our brand.\n\nJoin with Go
 ogle Meet: https://meet.google.com/tdp-kfre-uwz
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tidepool | Brand panel (Gabriela Torres-Whitman)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("greenhouse-panel", (
    "gh-c3d8e1f7-2b49-4a0e-8d65-9f1a7b3e0c24@greenhouse.io", 1, "Elm & Ivory",
    "Senior Director, Brand Marketing", "onsite",
    "victoria.hale@elmandivory.com;nate.brooks@elmandivory.com;ines.carvalho@elmandivory.com",
    "greenhouse-zoom-panel-nyc"), r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_NY@@
BEGIN:VEVENT
UID:gh-c3d8e1f7-2b49-4a0e-8d65-9f1a7b3e0c24@greenhouse.io
DTSTAMP:20250401T180455Z
DTSTART;TZID=America/New_York:20250408T140000
DTEND;TZID=America/New_York:20250408T153000
SUMMARY:Elm & Ivory - Panel Interview - Senior Director\, Brand Marketing
DESCRIPTION:Hi Gabriela\,\n\nYou'll meet with Victoria Hale (Chief Brand O
 fficer)\, Nate Brooks (VP E-commerce) and Inês Carvalho (Head of PR) back
 -to-back.\n\nZoom: https://elmandivory.zoom.us/j/91144203376?pwd=Zk9qd3\n
 Meeting ID: 911 4420 3376\nPasscode: ivory\n\nElm & Ivory Talent
LOCATION:Zoom
ORGANIZER;CN=Elm & Ivory Talent:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Victoria Hale;PARTSTAT=ACCEPTED:mailto:victoria.hale@elmandivory.com
ATTENDEE;CN=Nate Brooks;PARTSTAT=ACCEPTED:mailto:nate.brooks@elmandivory.com
ATTENDEE;CN=Inês Carvalho;PARTSTAT=ACCEPTED:mailto:ines.carvalho@elmandivory.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("lever-culture-add", (
    "lever-interview-8e2d4c6a-0b1f-4e9d-a7c3-6f5e4d3c2b1a", 1, "Copperleaf", "Head of Consumer Marketing",
    "", "tasha.greene@copperleaf.app;omar.haddad@copperleaf.app", "lever-culture-add-no-clear-stage"), r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8e2d4c6a-0b1f-4e9d-a7c3-6f5e4d3c2b1a
DTSTAMP:20250402T221033Z
DTSTART:20250410T200000Z
DTEND:20250410T204500Z
SUMMARY:Copperleaf: Culture Add conversation - Gabriela Torres-Whitman
DESCRIPTION:Interview for: Head of Consumer Marketing (Remote - US)\nInter
 viewers: Tasha Greene (Customer Success)\, Omar Haddad (Engineering)\n\nTh
 ese two are from outside marketing - it's about values and how you colla
 borate.\n\nZoom: https://copperleaf.zoom.us/j/87740213349\n\n---\nSchedule
 d via Lever
LOCATION:https://copperleaf.zoom.us/j/87740213349
ORGANIZER;CN=Copperleaf Recruiting:mailto:recruiting@copperleaf.app
ATTENDEE;CN=Tasha Greene;PARTSTAT=ACCEPTED:mailto:tasha.greene@copperleaf.app
ATTENDEE;CN=Omar Haddad;PARTSTAT=ACCEPTED:mailto:omar.haddad@copperleaf.app
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("ashby-recruiter", (
    "ashby-int-b7e1c4a9-6f20-4d3b-8e57-0a9c2d1f4e86", 1, "Hearthstone Candle Co.",
    "Director of Brand (Remote)", "recruiter_screen", "lena.morrow@hearthstonecandle.com",
    "ashby-recruiter-screen-remote"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-int-b7e1c4a9-6f20-4d3b-8e57-0a9c2d1f4e86
DTSTAMP:20250404T133002Z
DTSTART:20250409T173000Z
DTEND:20250409T180000Z
SUMMARY:Recruiter Screen: Gabriela Torres-Whitman | Hearthstone Candle Co.
DESCRIPTION:Interviewer: Lena Morrow (Recruiting Lead)\nRole: Director of
  Brand (Remote)\n\nZoom: https://us02web.zoom.us/j/84400319127\n\nPowered by
  Ashby
LOCATION:https://us02web.zoom.us/j/84400319127
ORGANIZER;CN=Hearthstone Candle Co.:mailto:talent@hearthstonecandle.com
ATTENDEE;CN=Lena Morrow;PARTSTAT=ACCEPTED:mailto:lena.morrow@hearthstonecandle.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("icims-final", (
    "icims-10044519-interview-47831@icims.com", 1, "Marlowe & Finch", "Brand Director, American Whiskey",
    "final", "hpierce@marlowefinch.com", "icims-final-with-cmo-nyc"), r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_NY@@
BEGIN:VEVENT
UID:icims-10044519-interview-47831@icims.com
DTSTAMP:20250411T190012Z
DTSTART;TZID=America/New_York:20250422T153000
DTEND;TZID=America/New_York:20250422T163000
SUMMARY:Interview Confirmation: Brand Director\, American Whiskey - Final Round
DESCRIPTION:Candidate: Gabriela Torres-Whitman\nPosition: Brand Director\,
  American Whiskey (Req 2025-0407)\nInterviewer: Helen Pierce\, Chief Marke
 ting Officer\nLocation: 11 Madison Ave\, 18th Floor\, New York\n\nPlease b
 ring a valid photo ID. Must be 21+ for the tasting portion.
LOCATION:11 Madison Ave\, 18th Floor\, New York\, NY
ORGANIZER;CN=Marlowe & Finch Careers:mailto:careers@marlowefinch.com
ATTENDEE;CN=Helen Pierce;PARTSTAT=ACCEPTED:mailto:hpierce@marlowefinch.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("meet-pacific", (
    "6d0g3j7m1p4s8v2y5b9e3h6kqc@google.com", 1, "Golden Hour Beverages", "VP, Brand", "hiring_manager",
    "jules@goldenhourbev.com", "google-pacific-time-founder-hm"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Los_Angeles
@@TZ_LA@@
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20250416T090000
DTEND;TZID=America/Los_Angeles:20250416T100000
DTSTAMP:20250410T185540Z
ORGANIZER;CN=Jules Marchetti:mailto:jules@goldenhourbev.com
UID:6d0g3j7m1p4s8v2y5b9e3h6kqc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jules
  Marchetti;X-NUM-GUESTS=0:mailto:jules@goldenhourbev.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
DESCRIPTION:VP\, Brand - interview w/ Jules (Founder & CEO). 9am PT / 11am
  CT.\n\nJoin with Google Meet: https://meet.google.com/ghb-zkyu-pne
LOCATION:https://meet.google.com/ghb-zkyu-pne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Golden Hour x Gabriela Torres-Whitman
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("workday-hm", (
    "WD-INT-LKFA-2025-0298-GTW@myworkday.com", 1, "Lakefront Athletic", "Senior Director, Brand Marketing",
    "hiring_manager", "cmcbride@lakefrontathletic.com", "workday-in-person-hm-chicago"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:WD-INT-LKFA-2025-0298-GTW@myworkday.com
DTSTAMP:20250414T160111Z
DTSTART;TZID=America/Chicago:20250423T080000
DTEND;TZID=America/Chicago:20250423T090000
SUMMARY:Interview: Senior Director\, Brand Marketing - R0009931 - Gabriela Torres-Whitman
DESCRIPTION:Interview Type: Hiring Manager Interview\nInterviewer: Colleen
  McBride\, Chief Marketing Officer\nLocation: Lakefront Athletic HQ\, 1000
  W Fulton Market\, Chicago (breakfast provided)\n\nView this interview in
  Workday: https://wd5.myworkday.com/lakefront/d/inst/candidate
LOCATION:Lakefront Athletic HQ\, 1000 W Fulton Market\, Chicago
ORGANIZER;CN=Lakefront Athletic Recruiting:mailto:lakefront@myworkday.com
ATTENDEE;CN=Colleen McBride;PARTSTAT=ACCEPTED:mailto:cmcbride@lakefrontathletic.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("smartrecruiters-screen", (
    "sr-interview-2c9e4f1a7b05@smartrecruiters.com", 1, "Greystone Hospitality",
    "Director of Marketing & Brand Standards", "recruiter_screen", "Derrick Lyle",
    "smartrecruiters-phone-interviewer-no-address"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-2c9e4f1a7b05@smartrecruiters.com
DTSTAMP:20250415T141509Z
DTSTART:20250418T150000Z
DTEND:20250418T153000Z
SUMMARY:Phone Interview - Director of Marketing & Brand Standards - Greystone Hospitality
DESCRIPTION:Hello Gabriela\,\n\nThis confirms your phone interview with De
 rrick Lyle (Talent Acquisition Manager). Derrick will call you at the num
 ber on your profile.\n\nGreystone Hospitality | Greystone Hotels & Resort
 s
LOCATION:Phone
ORGANIZER;CN=Greystone Hospitality:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")
