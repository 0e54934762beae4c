"""holdout239 events, part B: Bellevue, Kirkland fire inspector, the private ambulance supervisor job, TVF&R."""

EVENTS = [
    (
        "practical",
        "7f3e9c21-8a4b-4d6e-b1f0-2c5a9e7d3b18@bellevuewa.gov",
        1, "Bellevue Fire Department", "Firefighter/Paramedic (Lateral)", "technical", "",
        "paramedic-scenario-practical-exam",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:7f3e9c21-8a4b-4d6e-b1f0-2c5a9e7d3b18@bellevuewa.gov
DTSTAMP:20260121T192030Z
DTSTART;TZID=Pacific Standard Time:20260204T080000
DTEND;TZID=Pacific Standard Time:20260204T120000
SUMMARY:FF/PM Lateral - Paramedic Practical Exam
LOCATION:Bellevue Fire Training Center\\, Bay 2
ORGANIZER;CN="Kessler, Brooke":mailto:bkessler@bellevuewa.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ryan.kowalczyk.fire@gmail.com:ma
 ilto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION:Good afternoon\\,\\n\\nYou are scheduled for the paramedic practic
 al portion of the Firefighter/Paramedic (Lateral) process. You will rotate
  through three stations: a cardiac megacode\\, a trauma assessment and a pe
 diatric medical scenario\\, each evaluated by Bellevue Medic One paramedics
 . Wear your current agency uniform or station wear\\; bring stethoscope and
  your paramedic certification card.\\n\\nCandidates who pass will be schedu
 led for the oral board.\\n\\nBrooke Kessler\\nHuman Resources Analyst\\, City
  of Bellevue
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "bellevue-oral",
        "bfd-lat-ob-20260218-1330-kowalczyk@bellevuewa.gov",
        1, "Bellevue Fire Department", "Firefighter/Paramedic (Lateral)", "onsite",
        "jpatel@bellevuewa.gov;dmcreary@bellevuewa.gov;bkessler@bellevuewa.gov",
        "outlook-panel-hr-analyst-sits-on-board",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:bfd-lat-ob-20260218-1330-kowalczyk@bellevuewa.gov
DTSTAMP:20260206T170144Z
DTSTART;TZID=Pacific Standard Time:20260218T133000
DTEND;TZID=Pacific Standard Time:20260218T141500
SUMMARY:Oral Board: FF/PM Lateral - R. Kowalczyk
LOCATION:Bellevue City Hall 1E-120
ORGANIZER;CN="Kessler, Brooke":mailto:bkessler@bellevuewa.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ryan.kowalczyk.fire@gmail.com:ma
 ilto:ryan.kowalczyk.fire@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Patel, Jay":mailto:jpatel@belle
 vuewa.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="McCreary, Dan":mailto:dmcreary@
 bellevuewa.gov
ATTENDEE;CUTYPE=RESOURCE;RSVP=TRUE;CN="CH 1E-120 (12)":mailto:CH1E120@belle
 vuewa.gov
DESCRIPTION:Congratulations on passing the practical. Your oral board panel
  will be Battalion Chief Jay Patel\\, Captain/Paramedic Dan McCreary and me
  (HR). Approximately 45 minutes. Visitor parking in the City Hall garage\\,
  P1.\\n\\nBrooke
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "inspector-written",
        "a9b3c1d7-0e6f-4a28-9f15-6c8d2e4b7a30",
        1, "City of Kirkland", "Fire Inspector", "technical", "",
        "fire-inspector-code-written-test-all-caps-typed",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260209T090000
DTEND;TZID=America/Los_Angeles:20260209T110000
DTSTAMP:20260130T234501Z
UID:a9b3c1d7-0e6f-4a28-9f15-6c8d2e4b7a30
CREATED:20260130T234501Z
DESCRIPTION:Kirkland Fire Inspector test - IFC / IBC ch 9 open book? (email
  says code books provided\\, no tabs). 60 q multiple choice + plan review ex
 ercise. City Hall Peter Kirk room.
LAST-MODIFIED:20260130T234501Z
LOCATION:Kirkland City Hall\\, 123 5th Ave
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:KIRKLAND INSPECTOR EXAM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "inspector-panel",
        "040000008200E00074C5B7101A82E00800000000C4D2E0A18B9BDC01000000000000000"
        "0100000003E2D1C0B9A8F7E6D5C4B3A2918071605",
        1, "City of Kirkland", "Fire Inspector", "hiring_manager",
        "kfry@kirklandwa.gov;ahalvorsen@kirklandwa.gov",
        "fire-marshal-interview-teams-sent-by",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Fry, Kevin";SENT-BY="mailto:mlopez@kirklandwa.gov":mailto:kfr
 y@kirklandwa.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ryan.kowal
 czyk.fire@gmail.com:mailto:ryan.kowalczyk.fire@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Halvorsen, An
 dreas":mailto:ahalvorsen@kirklandwa.gov
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lopez, Mi
 chelle":mailto:mlopez@kirklandwa.gov
DESCRIPTION;LANGUAGE=en-US:Ryan\\, Fire Marshal Kevin Fry and Deputy Fire Mar
 shal Andreas Halvorsen would like to meet with you about the Fire Inspector
  position. Please join on Teams.\\n\\nMichelle Lopez on behalf of Kevin Fry\\n
 \\n___________________________________________________________________________
 _____\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room
  device\\nClick here to join the meeting<https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_ZTg0NWI1YjQtYzE2Ni00@thread.v2/0?context=%7b%22Tid%22%3
 a%22b1f0%22%7d>\\nMeeting ID: 283 144 509 772\\nPasscode: 7Qx9Lm\\nDownload T
 eams | Join on the web\\nOr call in (audio only)\\n+1 206-555-0187\\,\\,53817
 2041#   United States\\, Seattle\\nPhone Conference ID: 538 172 041#\\n______
 __________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000C4D2E0A18B9BDC01000000000000000
 0100000003E2D1C0B9A8F7E6D5C4B3A2918071605
SUMMARY;LANGUAGE=en-US:Fire Inspector - Interview w/ Fire Marshal
DTSTART;TZID=Pacific Standard Time:20260223T150000
DTEND;TZID=Pacific Standard Time:20260223T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T190301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_ZTg0NWI1YjQtYzE2Ni00@thread.v2/0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "agency-screen",
        "5c8e2f4a-7b1d-4e93-a6c0-9d3f1b5e8a27",
        1, "Cascade Crest Ambulance", "Paramedic Field Supervisor", "recruiter_screen",
        "kelsey@pinnacleemssearch.com",
        "agency-recruiter-names-client-only-in-body",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:5c8e2f4a-7b1d-4e93-a6c0-9d3f1b5e8a27
DTSTAMP:20260113T202715Z
DTSTART:20260116T190000Z
DTEND:20260116T193000Z
SUMMARY:Ryan Kowalczyk and Kelsey Marsh
ORGANIZER;CN=Kelsey Marsh:mailto:kelsey@pinnacleemssearch.com
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ryan.kowalczyk.fire@gmail.com
LOCATION:Kelsey will call you at +1 253-555-0144
DESCRIPTION:Event Name: 30 Minute Candidate Call\\n\\nPlease share anything t
 hat will help prepare for our meeting.: Saw your note about the supervisor
  role. Currently FF/EMT\\, just finished medic school (Tacoma CC). Off duty
  Fri.\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/
 cancellations/5c8e2f4a\\nReschedule: https://calendly.com/reschedulings/5c8e
 2f4a\\n\\nNotes from Kelsey: This is the first conversation about the Parame
 dic Field Supervisor opening with my client Cascade Crest Ambulance (Pierce
  and south King County 911 contract). I'll walk you through the role\\, shi
 ft pattern and comp and ask about your field and leadership experience.\\n\\n
 Powered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "ops-manager",
        "icims-int-20451-77310@cascadecrestems.icims.com",
        1, "Cascade Crest Ambulance", "Paramedic Field Supervisor", "hiring_manager",
        "bstoltz@cascadecrestems.com",
        "icims-interview-operations-manager-teams",
        """BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:icims-int-20451-77310@cascadecrestems.icims.com
DTSTAMP:20260127T001845Z
DTSTART;TZID=America/Los_Angeles:20260203T100000
DTEND;TZID=America/Los_Angeles:20260203T110000
SUMMARY:Interview: Paramedic Field Supervisor (Req 20451) - Ryan Kowalczyk
ORGANIZER;CN=Cascade Crest Talent Acquisition:mailto:noreply@cascadecrestems
 .icims.com
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowalc
 zyk.fire@gmail.com
ATTENDEE;CN=Brian Stoltz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:bstoltz@casc
 adecrestems.com
ATTENDEE;CN=Tasha Greer;ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:tgreer@cascad
 ecrestems.com
LOCATION:Microsoft Teams
DESCRIPTION:Hi Ryan\\,\\n\\nYou are confirmed to interview with Brian Stoltz\\,
  Operations Manager\\, for the Paramedic Field Supervisor position.\\n\\nJoin
  Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_NmE4YzQ5ZDgt@thread.v2/0\\nMeeting ID: 219 604 337 118  Passcode: c
 K4pR2\\n\\nQuestions? Reply to Tasha Greer\\, Talent Acquisition Coordinator.
 \\n\\nCascade Crest Ambulance is an Equal Opportunity Employer.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "final-ride-out",
        "icims-int-20451-77388@cascadecrestems.icims.com",
        1, "Cascade Crest Ambulance", "Paramedic Field Supervisor", "final",
        "lnakamura@cascadecrestems.com;drbenoit@cascadecrestems.com",
        "final-panel-plus-field-ride-out",
        """BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:icims-int-20451-77388@cascadecrestems.icims.com
DTSTAMP:20260211T184500Z
DTSTART;TZID=America/Los_Angeles:20260219T080000
DTEND;TZID=America/Los_Angeles:20260219T140000
SUMMARY:Final Interview & Field Ride-Out: Paramedic Field Supervisor - Kowal
 czyk
ORGANIZER;CN=Cascade Crest Talent Acquisition:mailto:noreply@cascadecrestems
 .icims.com
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowalc
 zyk.fire@gmail.com
ATTENDEE;CN=Lena Nakamura;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lnakamura@ca
 scadecrestems.com
ATTENDEE;CN=Dr. Paul Benoit;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:drbenoit@c
 ascadecrestems.com
LOCATION:Cascade Crest Ambulance - Fife Operations Center\\, 4410 Pacific Hw
 y E
DESCRIPTION:Agenda\\n08:00 Panel interview - Lena Nakamura (Director of Oper
 ations) and Dr. Paul Benoit (Medical Director)\\n09:15 Ride-out with a fiel
 d supervisor unit (observe only\\; bring boots and a jacket\\, we will provi
 de a vest)\\n13:00 Wrap-up with Lena\\n\\nLunch on us.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "tvfr-cpat",
        "f51c0d3e2b@tvfr-testing.ntn",
        1, "Tualatin Valley Fire & Rescue", "Firefighter/Paramedic", "technical", "",
        "ntn-cpat-card-registration-publish",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//National Testing Network//Scheduler//EN
METHOD:PUBLISH
X-WR-TIMEZONE:America/Los_Angeles
BEGIN:VEVENT
UID:f51c0d3e2b@tvfr-testing.ntn
DTSTAMP:20260114T040015Z
DTSTART:20260131T150000Z
DTEND:20260131T170000Z
SUMMARY:CPAT - Tualatin Valley Fire & Rescue (Firefighter/Paramedic)
LOCATION:TVF&R Training Center\\, 12400 SW Tonquin Rd\\, Sherwood OR
DESCRIPTION:Candidate Physical Ability Test for Tualatin Valley Fire & Rescu
 e\\, Firefighter/Paramedic recruitment. Orientation/practice sessions must
  be completed before test day. Bring photo ID\\, appropriate athletic cloth
 ing and closed-toe shoes with no open heels or toes. Watches and loose jewe
 lry are not permitted. Failure at any event ends the test.
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "tvfr-board",
        "0e7a4f2c91b6d835@google.com",
        1, "Tualatin Valley Fire & Rescue", "Firefighter/Paramedic", "onsite",
        "Division Chief Hollis Grange;Captain Ximena Abara;Lt. Jordan Fairweather",
        "hand-typed-board-panel-names-in-notes",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260225T080000
DTEND;TZID=America/Los_Angeles:20260225T090000
DTSTAMP:20260217T062001Z
UID:0e7a4f2c91b6d835@google.com
CREATED:20260217T062001Z
DESCRIPTION:TVF&R board - CK in 0730 at Command Center front desk\\, Aloha.
 \\nPanel per email: Division Chief Hollis Grange\\, Captain Ximena Abara\\, L
 t. Jordan Fairweather.\\n5 min opener - why TVF&R\\, medic experience\\, the
 ir strategic plan / Community Paramedic program.\\nleave by 0545 (I-5 @ Fed
  Way!!)
LAST-MODIFIED:20260217T062001Z
LOCATION:TVF&R Command Center\\, 11945 SW 70th Ave\\, Tigard
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TVF&R oral board
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "station-tour",
        "cvfr-pubed-2026-0311-sta41@cedarvalleyfire.org",
        0, "", "", "", "",
        "station-tour-second-grade-class",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:cvfr-pubed-2026-0311-sta41@cedarvalleyfire.org
DTSTAMP:20260225T214400Z
DTSTART;TZID=Pacific Standard Time:20260311T100000
DTEND;TZID=Pacific Standard Time:20260311T111500
SUMMARY:Station Tour - Rock Creek Elem 2nd grade (approx 26 kids + 4 adults)
LOCATION:Station 41
ORGANIZER;CN="Yamada, Keiko":mailto:kyamada@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Ryan":mailto:rkowalc
 zyk@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="B Shift Sta 41":mailto:sta41-b@
 cedarvalleyfire.org
DESCRIPTION:B shift is on that day. Usual program: Sparky video\\, stop drop
  & roll\\, FF in full PPE + SCBA so they hear the mask (don't be scary)\\, w
 alk around E41\\, squirt the hose in the back lot if weather allows. Handou
 ts and plastic helmets in the pub ed closet. If you catch a call\\, the tea
 cher knows we may leave.\\n\\nKeiko Yamada\\, Community Risk Reduction
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "tv-interview",
        "8E4D2C1B-7A69-4F50-B3E2-D1C0B9A87F65",
        0, "", "", "", "",
        "press-tv-interview-after-house-fire",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:8E4D2C1B-7A69-4F50-B3E2-D1C0B9A87F65
DTSTAMP:20260121T223003Z
DTSTART;TZID=America/Los_Angeles:20260122T113000
DTEND;TZID=America/Los_Angeles:20260122T120000
SUMMARY:KING 5 interview re Elm Ct fire
LOCATION:Station 41 apron
DESCRIPTION:Jen (PIO) set it up. reporter Marisol Vega + camera. talk abou
 t the dog rescue + working smoke alarms. NO names of residents\\, no cause
  (still under investigation). Class B shirt.
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "annual-eval",
        "040000008200E00074C5B7101A82E008000000009E1C3A5B7D2FDC01000000000000000"
        "01000000012EF34AB56CD78EF90AB12CD34EF5678",
        0, "", "", "", "",
        "own-annual-performance-review",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Reyes, Carlos":mailto:creyes@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalczyk
 , Ryan":mailto:rkowalczyk@cedarvalleyfire.org
DESCRIPTION;LANGUAGE=en-US:Annual eval. Please complete your self-assessmen
 t in NEOGOV Perform before we sit down. We'll go over the year\\, your medi
 c cert and goals for next year.\\n\\nCapt. Reyes\\n
UID:040000008200E00074C5B7101A82E008000000009E1C3A5B7D2FDC01000000000000000
 01000000012EF34AB56CD78EF90AB12CD34EF5678
SUMMARY;LANGUAGE=en-US:Kowalczyk - Annual Performance Evaluation
DTSTART;TZID=Pacific Standard Time:20260122T140000
DTEND;TZID=Pacific Standard Time:20260122T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T160030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Sta 41 Captain's office
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "student-ride-along",
        "preceptor-71b6e3a2c4@platinumplanner.com",
        0, "", "", "", "",
        "paramedic-student-preceptor-shift",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Platinum Planner//Clinical Scheduling//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:preceptor-71b6e3a2c4@platinumplanner.com
DTSTAMP:20260201T170000Z
DTSTART:20260212T150000Z
DTEND:20260213T150000Z
SUMMARY:Field Internship Shift - Student: Alyssa Romero - Preceptor: Ryan Ko
 walczyk
LOCATION:Cedar Valley Fire & Rescue - Station 41 - Medic 41
DESCRIPTION:Program: Paramedic Program\\, Cohort 2025-B\\nStudent: Alyssa Rom
 ero\\nSite: Cedar Valley Fire & Rescue\\nPreceptor: Ryan Kowalczyk\\nShift le
 ngth: 24 hrs\\nPreceptor reminder: complete the daily shift evaluation and
  sign skills/patient contacts in Platinum by 2359 the day after the shift.
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "rater-training",
        "3d5f7b9e1c@cedarvalleyfire.org",
        0, "", "", "", "",
        "user-as-interviewer-rater-orientation-teams",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:3d5f7b9e1c@cedarvalleyfire.org
DTSTAMP:20260130T180000Z
DTSTART;TZID=Pacific Standard Time:20260210T093000
DTEND;TZID=Pacific Standard Time:20260210T103000
SUMMARY:Rater Orientation - Reserve FF Process
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Lindqvist, Sara":mailto:slindqvist@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Brandt, Erik":mailto:ebrandt@ce
 darvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalczyk, Ryan":mailto:rkowalc
 zyk@cedarvalleyfire.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Okoye, Daniel":mailto:dokoye@ce
 darvalleyfire.org
DESCRIPTION:Required for everyone rating on the 2/14 boards. We will cover
  the benchmarks for each question\\, how to keep notes\\, avoiding halo/hor
 ns and similar-to-me bias\\, and what we can't ask (family\\, age\\, religio
 n\\, etc.). Civil Service rules require every rater to sign the confidentia
 lity and conflict-of-interest form - if you know a candidate personally\\,
  tell me before the 14th.\\n\\n______________________\\nMicrosoft Teams meeti
 ng\\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Q1@thre
 ad.v2/0\\nMeeting ID: 265 009 114 732  Passcode: Zr3uV8
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "ratings-due",
        "neogov-task-88120-rkowalczyk@governmentjobs.com",
        0, "", "", "", "",
        "user-as-interviewer-neogov-ratings-due-all-day",
        """BEGIN:VCALENDAR
PRODID:-//NEOGOV//Insight Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:neogov-task-88120-rkowalczyk@governmentjobs.com
DTSTAMP:20260214T235900Z
DTSTART;VALUE=DATE:20260217
DTEND;VALUE=DATE:20260218
SUMMARY:Due: Submit ratings - Reserve Firefighter (2026-CVFR-03) - Oral Boa
 rd
DESCRIPTION:You have been assigned as an evaluator for Reserve Firefighter (
 Recruitment 2026-CVFR-03). 8 applicants are awaiting your ratings for the
  step Oral Board.\\n\\nSign in to Insight to enter your scores and comments.
  Ratings are due by 5:00 PM on 02/17/2026.\\n\\nThis is an automated notific
 ation from Cedar Valley Fire & Rescue via NEOGOV.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
    ),
]
