"""holdout239 events, part E: more Washington departments, Redmond fire inspector, hiring-side work at CVFR."""

EVENTS = [
    (
        "ckfr-board",
        "ckfr-2026-ffpm-board-r-kowalczyk@ckfr.org",
        1, "Central Kitsap Fire & Rescue", "Firefighter/Paramedic", "onsite",
        "jtorvik@ckfr.org;mbeauchamp@ckfr.org",
        "fire-district-interview-board-ferry-note",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:ckfr-2026-ffpm-board-r-kowalczyk@ckfr.org
DTSTAMP:20260226T183000Z
DTSTART;TZID=Pacific Standard Time:20260309T100000
DTEND;TZID=Pacific Standard Time:20260309T110000
SUMMARY:CKFR Interview Board - Firefighter/Paramedic
LOCATION:CKFR HQ\\, 5300 NW Newberry Hill Rd\\, Silverdale
ORGANIZER;CN="Santos, Rachel":mailto:rsantos@ckfr.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ryan.kowalczyk.fire@gmail.com:ma
 ilto:ryan.kowalczyk.fire@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Torvik, Jon":mailto:jtorvik@ckf
 r.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Beauchamp, Marie":mailto:mbeauch
 amp@ckfr.org
DESCRIPTION:Interview board: Assistant Chief Jon Torvik and Captain Marie Bea
 uchamp. If you are coming across on the ferry\\, the 8:35 Seattle-Bremerton
  sailing gets you here in time. - Rachel Santos\\, HR
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "olympia",
        "olyfd-ffpm-2026-smartr-6f1d0c@smartrecruiters.com",
        1, "Olympia Fire Department", "Firefighter/Paramedic", "recruiter_screen",
        "hwinslow@ci.olympia.wa.us",
        "smartrecruiters-phone-screen-hr",
        """BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:olyfd-ffpm-2026-smartr-6f1d0c@smartrecruiters.com
DTSTAMP:20260113T191500Z
DTSTART;TZID=America/Los_Angeles:20260120T123000
DTEND;TZID=America/Los_Angeles:20260120T130000
SUMMARY:Phone Screen | Firefighter/Paramedic | Ryan Kowalczyk
ORGANIZER;CN=City of Olympia via SmartRecruiters:mailto:notifications@smartr
 ecruiters.com
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowal
 czyk.fire@gmail.com
ATTENDEE;CN=Heather Winslow;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hwinslow@c
 i.olympia.wa.us
LOCATION:Phone call - Heather will call +1 253-555-0132
DESCRIPTION:Hi Ryan\\, Heather Winslow (HR Recruiter\\, City of Olympia) will
  call you to confirm minimum qualifications\\, your paramedic certification
  timeline and your availability for the Olympia Fire Department testing pr
 ocess.\\n\\nPowered by SmartRecruiters
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "marysville",
        "marysvillefd-ats-int-1187@apply.workable.com",
        1, "Marysville Fire District", "Firefighter/Paramedic", "onsite",
        "tkrueger@marysvillefiredistrict.org",
        "workable-in-person-interview-one-named-plus-panel",
        """BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:marysvillefd-ats-int-1187@apply.workable.com
DTSTAMP:20260312T172200Z
DTSTART:20260325T160000Z
DTEND:20260325T170000Z
SUMMARY:In-person interview: Ryan Kowalczyk for Firefighter/Paramedic at Mar
 ysville Fire District
ORGANIZER;CN=Marysville Fire District:mailto:marysville-fire-district@apply.
 workable.com
ATTENDEE;CN=Ryan Kowalczyk;RSVP=TRUE:mailto:ryan.kowalczyk.fire@gmail.com
ATTENDEE;CN=Tom Krueger;RSVP=TRUE:mailto:tkrueger@marysvillefiredistrict.org
LOCATION:Marysville Fire District HQ\\, 1094 Cedar Ave\\, Marysville\\, WA
DESCRIPTION:Hi Ryan\\,\\n\\nThis is a confirmation of your in-person interview
  with Tom Krueger (Deputy Chief) and members of the officer panel.\\n\\nDura
 tion: 60 minutes\\n\\nIf you can no longer attend\\, please let us know as so
 on as possible.\\n\\nMarysville Fire District\\nPowered by Workable
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "redmond-exam",
        "ld3p9r1t7v5x@google.com",
        1, "City of Redmond", "Fire Prevention Inspector", "technical", "",
        "x-wr-timezone-export-utc-code-exam",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Ryan - job stuff
X-WR-TIMEZONE:America/Los_Angeles
BEGIN:VEVENT
DTSTART:20260303T170000Z
DTEND:20260303T190000Z
DTSTAMP:20260612T035500Z
UID:ld3p9r1t7v5x@google.com
CREATED:20260218T021100Z
DESCRIPTION:Redmond Fire Prevention Inspector - written + plan review exerci
 se. bring ICC Fire Inspector I cert copy. City Hall Bear Creek room.
LAST-MODIFIED:20260218T021100Z
LOCATION:Redmond City Hall
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Redmond FPI exam
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "redmond-panel",
        "mlp-7c41e9d0-a2b3-4c5d-8e9f-0a1b2c3d4e5f@modernloop.io",
        1, "City of Redmond", "Fire Prevention Inspector", "final",
        "sgallardo@redmond.gov;pnorquist@redmond.gov",
        "modernloop-final-panel-redmond",
        """BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:mlp-7c41e9d0-a2b3-4c5d-8e9f-0a1b2c3d4e5f@modernloop.io
DTSTAMP:20260313T004400Z
DTSTART;TZID=America/Los_Angeles:20260319T133000
DTEND;TZID=America/Los_Angeles:20260319T143000
SUMMARY:Final Interview - Fire Prevention Inspector - Ryan Kowalczyk
ORGANIZER;CN=City of Redmond Recruiting:mailto:scheduling@redmond.modernloop
 .io
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowalc
 zyk.fire@gmail.com
ATTENDEE;CN=Sofia Gallardo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sgallardo@r
 edmond.gov
ATTENDEE;CN=Pete Norquist;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pnorquist@re
 dmond.gov
ATTENDEE;CN=Redmond City Hall - Council Conf Rm;CUTYPE=ROOM;ROLE=NON-PARTICI
 PANT:mailto:cityhall-councilconf@redmond.gov
LOCATION:Redmond City Hall - Council Conf Rm
DESCRIPTION:Interview schedule for Ryan Kowalczyk\\n\\n1:30 PM - 2:30 PM  Fi
 nal panel with Sofia Gallardo (Fire Marshal) and Pete Norquist (Building Of
 ficial)\\n\\nPlease bring a sample inspection report you have written (reda
 ct addresses).\\n\\nScheduled with ModernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "shoreline",
        "6c2f8b1e-teamtailor-int-33019@teamtailor-mail.com",
        1, "Shoreline Fire Department", "Firefighter/Paramedic", "",
        "Lt. Corey Abernathy;Capt. Yusuf Haddad",
        "teamtailor-interview-names-no-emails",
        """BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:6c2f8b1e-teamtailor-int-33019@teamtailor-mail.com
DTSTAMP:20260401T161000Z
DTSTART:20260410T170000Z
DTEND:20260410T174500Z
SUMMARY:Shoreline Fire - interview with Ryan Kowalczyk
ORGANIZER;CN=Shoreline Fire Department:mailto:noreply@teamtailor-mail.com
ATTENDEE;CN=Ryan Kowalczyk;RSVP=TRUE:mailto:ryan.kowalczyk.fire@gmail.com
LOCATION:Shoreline Fire HQ\\, 17525 Aurora Ave N
DESCRIPTION:Hi Ryan!\\n\\nHere are the details for your meeting with Shorelin
 e Fire about the Firefighter/Paramedic job.\\n\\nYou will meet Lt. Corey Abe
 rnathy and Capt. Yusuf Haddad.\\n\\nSee you soon!\\nTeamtailor on behalf of
  Shoreline Fire Department
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "bellingham",
        "bham-fd-ob-2026-04-ryk@cob.org",
        1, "Bellingham Fire Department", "Firefighter/Paramedic", "onsite", "",
        "floating-hand-typed-oral-bellingham-directions",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
BEGIN:VEVENT
UID:bham-fd-ob-2026-04-ryk@cob.org
DTSTAMP:20260406T044000Z
DTSTART:20260420T080000
DTEND:20260420T090000
SUMMARY:Bellingham FD oral
LOCATION:Bellingham Fire Station 1\\, 1800 Broadway
DESCRIPTION:Bham FF/PM. 2 hr drive - leave 0530. Panel = 3 (BC + capt + HR
 ?) per the email. Medic One is run by BFD so expect EMS heavy q's.
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "port-seattle",
        "wd-int-R-009931-4@portseattle.org",
        1, "Port of Seattle Fire Department", "Firefighter (ARFF)", "hiring_manager",
        "ekahananui@portseattle.org",
        "workday-airport-firefighter-hiring-manager",
        """BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:wd-int-R-009931-4@portseattle.org
DTSTAMP:20260326T162000Z
DTSTART;TZID=America/Los_Angeles:20260407T140000
DTEND;TZID=America/Los_Angeles:20260407T150000
SUMMARY:Interview with Ryan Kowalczyk - Firefighter (ARFF) R-009931
ORGANIZER;CN=Port of Seattle:mailto:portseattle@myworkday.com
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowal
 czyk.fire@gmail.com
ATTENDEE;CN=Ernest Kahananui;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ekahanan
 ui@portseattle.org
LOCATION:SEA Airport Fire Station - Port of Seattle Fire Dept\\, 2900 S 170t
 h St
DESCRIPTION:Interview Type: Hiring Manager Interview\\nInterviewer: Ernest K
 ahananui\\, Deputy Chief - Operations\\n\\nPlease allow extra time for the ai
 rport security badge check at the AOA gate\\; bring two forms of ID.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "reserve-sit-along",
        "040000008200E00074C5B7101A82E0080000000033A5C7E9B1D4DC01000000000000000"
        "010000000AA11BB22CC33DD44EE55FF6677889900",
        0, "", "", "", "",
        "user-as-interviewer-supervising-applicant-observation-shift",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Brandt, Erik":mailto:ebrandt@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk
 , Ryan":mailto:rkowalczyk@cedarvalleyfire.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Natar
 ajan:mailto:priya.natarajan.ff@gmail.com
DESCRIPTION;LANGUAGE=en-US:Ryan\\, Priya is one of the three reserve applica
 nts moving to the observation shift. She rides with you on M41 0800-2000.
 She has signed the waiver and ride-along policy. Observe only - no patient
  care. Fill out the applicant observation form (teamwork\\, attitude\\, how
  she handles downtime and chores) and get it to me by Monday.\\n\\nErik\\n
UID:040000008200E00074C5B7101A82E0080000000033A5C7E9B1D4DC01000000000000000
 010000000AA11BB22CC33DD44EE55FF6677889900
SUMMARY;LANGUAGE=en-US:Applicant observation shift - P. Natarajan w/ Kowalczy
 k
DTSTART;TZID=Pacific Standard Time:20260228T080000
DTEND;TZID=Pacific Standard Time:20260228T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260221T010900Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Station 41
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "reserve-qa-booking",
        "calendly-evt-3e9b7d1f-ryan-host@calendly.com",
        0, "", "", "", "",
        "user-as-interviewer-calendly-host-applicant-qa",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-evt-3e9b7d1f-ryan-host@calendly.com
DTSTAMP:20260105T234500Z
DTSTART:20260108T020000Z
DTEND:20260108T021500Z
SUMMARY:Marcus Oyelowo and Ryan Kowalczyk
ORGANIZER;CN=Ryan Kowalczyk:mailto:rkowalczyk@cedarvalleyfire.org
ATTENDEE;CN=Marcus Oyelowo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:moyelowo.m
 edic@gmail.com
LOCATION:Phone - Ryan will call (425) 555-0190
DESCRIPTION:Event Name: Reserve Firefighter Program - 15 min Q&A\\n\\nA new e
 vent has been scheduled.\\nInvitee: Marcus Oyelowo\\nInvitee Email: moyelowo.
 medic@gmail.com\\n\\nQuestions:\\nWhat would you like to ask?: Applied for r
 eserve FF\\, want to know what the hiring steps look like and if EMT-B is r
 equired before the academy.\\n\\nView event in Calendly: https://calendly.c
 om/events/3e9b7d1f
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "candidate-notes",
        "C4E6A8B0-2D1F-4A3B-9C5E-7F9A1B3C5D70",
        0, "", "", "", "",
        "user-as-interviewer-hand-typed-candidate-notes",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:C4E6A8B0-2D1F-4A3B-9C5E-7F9A1B3C5D70
DTSTAMP:20260214T234100Z
DTSTART;TZID=America/Los_Angeles:20260214T153000
DTEND;TZID=America/Los_Angeles:20260214T160000
SUMMARY:board notes
DESCRIPTION:#2 Gaspard - solid\\, good ethics answer\\, nervous. 4/5\\n#4 Mel
 endez - knows the district\\, weak on why reserve. 3\\n#7 Hwang - EMT 3 yrs\\,
  best answers of the day\\, talked too long. 4\\n#8 no-show\\ntell Brandt #
 4 vs #7 for ride-along step
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "reference-check-out",
        "r3f8c2k6@google.com",
        0, "", "", "", "",
        "user-as-interviewer-calling-applicants-reference",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260303T110000
DTEND;TZID=America/Los_Angeles:20260303T113000
DTSTAMP:20260227T190000Z
UID:r3f8c2k6@google.com
CREATED:20260227T190000Z
DESCRIPTION:Brandt asked me to do refs for Hwang. Call his supervisor at Ri
 verside Ambulance\\, Sgt. Dawn Pruitt 253-555-0175. Ask the 6 questions on
  the CVFR reference form\\, note answers\\, scan to Sara.
LAST-MODIFIED:20260227T190000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ref check - reserve applicant Hwang
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "selection-committee",
        "040000008200E00074C5B7101A82E008000000005FE7A9C1B3E6DC01000000000000000"
        "01000000099887766554433221100FFEEDDCCBBAA",
        0, "", "", "", "",
        "user-as-interviewer-reserve-selection-committee",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Ostrowski, Paul";SENT-BY="mailto:kyamada@cedarvalleyfire.org"
 :mailto:postrowski@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Brandt, Erik":mailto:ebrandt@ce
 darvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Ryan":mailto:rkowalc
 zyk@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Lindqvist, Sara":mailto:slindqv
 ist@cedarvalleyfire.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CVFR Admin - Sm
 all Conf":mailto:smallconf@cedarvalleyfire.org
DESCRIPTION;LANGUAGE=en-US:Selection Committee - Reserve Class 26-1. Review
  board scores\\, observation shift forms and references\\; recommend 3 names
  for conditional offers to the Chief. Background packets go out the same w
 eek.\\n
UID:040000008200E00074C5B7101A82E008000000005FE7A9C1B3E6DC01000000000000000
 01000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=en-US:Selection Committee - Reserve Class 26-1
DTSTART;TZID=Pacific Standard Time:20260309T150000
DTEND;TZID=Pacific Standard Time:20260309T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T200000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CVFR Admin - Small Conf
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "assessment-role-player",
        "cvfr-promo-eng-ac-2026-rp3@cedarvalleyfire.org",
        0, "", "", "", "",
        "user-as-interviewer-promotional-assessment-center-role-player",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:cvfr-promo-eng-ac-2026-rp3@cedarvalleyfire.org
DTSTAMP:20260318T160000Z
DTSTART;TZID=Pacific Standard Time:20260402T073000
DTEND;TZID=Pacific Standard Time:20260402T160000
SUMMARY:Engineer Promotional Assessment Center - Role Player/Assessor
LOCATION:CVFR Training Center
ORGANIZER;CN="Lindqvist, Sara":mailto:slindqvist@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Ryan":mailto:rkowalc
 zyk@cedarvalleyfire.org
DESCRIPTION:Thanks for agreeing to help with the Engineer promotional asses
 sment center. You are the role player (upset homeowner) in the customer-s
 ervice exercise and a second assessor on the pump-ops tactical station. 6
  candidates. Assessor training 0730\\, candidates start 0830. Scoring shee
 ts and anchors provided. You can't be in the chain of command of a candida
 te you score - let me know if a conflict comes up.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
