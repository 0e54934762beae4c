"""holdout208 events, part A: Chandler USD, Mesa Public Schools and Great Hearts processes (written blind)."""

from holdout208ev_common import PHX, WIN_USMST, iv

EVENTS = [
    iv(
        "phone-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//Frontline Technologies//Recruiting and Hiring//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
UID:applitrack-cusd80-int-118422@frontlineeducation.com
DTSTAMP:20250211T184410Z
DTSTART;TZID=America/Phoenix:20250218T154500
DTEND;TZID=America/Phoenix:20250218T161500
SUMMARY:Screening Interview - Coordinator\, K-12 Science (Posting #11842)
LOCATION:Phone - the district will call you at (602) 555-0147
DESCRIPTION:Dear Marisol Vega\,\n\nThank you for your interest in Chandler
  Unified School District. You have been selected for a screening intervie
 w for the position of Coordinator\, K-12 Science (Job ID 11842).\n\nA membe
 r of Human Resources will call you at the number listed on your applicat
 ion. The call will last approximately 20-30 minutes.\n\nIf you need to res
 chedule\, please reply to this message or call 480-555-3300.\n\nCUSD Human
  Resources
ORGANIZER;CN=CUSD Human Resources:mailto:hr-noreply@cusd80.com
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Denise Kowalczyk;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kowalczyk.denise@cusd80.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "applitrack-cusd80-int-118422@frontlineeducation.com",
        "Chandler Unified School District",
        "Coordinator, K-12 Science",
        "recruiter_screen",
        "kowalczyk.denise@cusd80.com",
        "frontline-applitrack-screening-phone",
    ),
    iv(
        "performance-task",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Reyes, Gilbert":mailto:reyes.gilbert@cusd80.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.ve
 ga.teach@yahoo.com:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tran, Linh":mailto:tran.linh@cusd80.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="DO - Curriculum Lab 2":mailto:do.curriclab2@cusd80.com
DESCRIPTION;LANGUAGE=en-US:Hi Marisol\,\n\nAs the next step for the Coordinato
 r\, K-12 Science position\, we'd like you to complete a performance task a
 t the District Office. You will receive a de-identified set of AASA Scienc
 e and benchmark results for two middle schools. You'll have 45 minutes to
  analyze the data and prepare a short plan\, then 30 minutes to walk Linh
  and me through your findings and next steps for PD.\n\nA laptop will be
  provided. Please check in at the front desk\, 1525 W. Frye Rd.\n\nThanks
 \,\nGilbert Reyes\nDirector\, Curriculum & Instruction\n
UID:040000008200E00074C5B7101A82E00800000000D0C1A2F37A7CDB01000000000000000010000000B1A5F0E4C1D2B84A9C7E1D6F2A3B4C5D
SUMMARY;LANGUAGE=en-US:Performance Task - Coordinator\, K-12 Science (Vega)
DTSTART;TZID=US Mountain Standard Time:20250304T160000
DTEND;TZID=US Mountain Standard Time:20250304T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T221507Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DO - Curriculum Lab 2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000D0C1A2F37A7CDB01000000000000000010000000B1A5F0E4C1D2B84A9C7E1D6F2A3B4C5D",
        "Chandler Unified School District",
        "Coordinator, K-12 Science",
        "technical",
        "reyes.gilbert@cusd80.com;tran.linh@cusd80.com",
        "outlook-windows-zone-performance-task-data-analysis",
    ),
    iv(
        "panel-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Alvarado, Priscilla";SENT-BY="mailto:ochoa.brenda@cusd80.com":mailto:alvarado.priscilla@cusd80.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reyes, Gilbert":mailto:reyes.gilbert@cusd80.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nakamura, Jeff":mailto:nakamura.jeff@cusd80.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ochoa, Brenda":mailto:ochoa.brenda@cusd80.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="DO Board Room B":mailto:do.boardroomb@cusd80.com
DESCRIPTION;LANGUAGE=en-US:Good afternoon Ms. Vega\,\n\nCongratulations on adva
 ncing to the panel interview for Coordinator\, K-12 Science. The panel wil
 l include Dr. Alvarado (Asst. Superintendent)\, Gilbert Reyes and Jeff Nak
 amura (Principal\, Santan JHS). Please plan for 60 minutes.\n\nBrenda Ocho
 a\nExecutive Assistant to Dr. Priscilla Alvarado\n
UID:040000008200E00074C5B7101A82E008000000005E2F8B0C8E85DB010000000000000000100000007C2D4E1A9B3F6047A8D2E5C1F0B9A3E6
SUMMARY;LANGUAGE=en-US:Panel Interview - Coordinator\, K-12 Science
DTSTART;TZID=US Mountain Standard Time:20250313T160000
DTEND;TZID=US Mountain Standard Time:20250313T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T170233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DO Board Room B
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000005E2F8B0C8E85DB010000000000000000100000007C2D4E1A9B3F6047A8D2E5C1F0B9A3E6",
        "Chandler Unified School District",
        "Coordinator, K-12 Science",
        "onsite",
        "alvarado.priscilla@cusd80.com;reyes.gilbert@cusd80.com;nakamura.jeff@cusd80.com",
        "outlook-sent-by-assistant-panel-room-resource",
    ),
    iv(
        "panel-moved",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Alvarado, Priscilla";SENT-BY="mailto:ochoa.brenda@cusd80.com":mailto:alvarado.priscilla@cusd80.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reyes, Gilbert":mailto:reyes.gilbert@cusd80.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nakamura, Jeff":mailto:nakamura.jeff@cusd80.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ochoa, Brenda":mailto:ochoa.brenda@cusd80.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="DO Board Room B":mailto:do.boardroomb@cusd80.com
DESCRIPTION;LANGUAGE=en-US:UPDATED - new date/time. Dr. Alvarado has a Gover
 ning Board study session on the 13th\, so we have moved your panel to Tue
 sday 3/18 at 4:30 pm. Same location. Apologies for the change!\n\nGood aft
 ernoon Ms. Vega\,\n\nCongratulations on advancing to the panel interview f
 or Coordinator\, K-12 Science. The panel will include Dr. Alvarado (Asst.
  Superintendent)\, Gilbert Reyes and Jeff Nakamura (Principal\, Santan JHS
 ). Please plan for 60 minutes.\n\nBrenda Ochoa\nExecutive Assistant to Dr.
  Priscilla Alvarado\n
UID:040000008200E00074C5B7101A82E008000000005E2F8B0C8E85DB010000000000000000100000007C2D4E1A9B3F6047A8D2E5C1F0B9A3E6
SUMMARY;LANGUAGE=en-US:Panel Interview - Coordinator\, K-12 Science
DTSTART;TZID=US Mountain Standard Time:20250318T163000
DTEND;TZID=US Mountain Standard Time:20250318T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T154801Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:DO Board Room B
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000005E2F8B0C8E85DB010000000000000000100000007C2D4E1A9B3F6047A8D2E5C1F0B9A3E6",
        "Chandler Unified School District",
        "Coordinator, K-12 Science",
        "onsite",
        "alvarado.priscilla@cusd80.com;reyes.gilbert@cusd80.com;nakamura.jeff@cusd80.com",
        "rescheduled-panel-same-uid-higher-sequence",
    ),
    iv(
        "superintendent-final",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250401T160000
DTEND;TZID=America/Phoenix:20250401T164500
DTSTAMP:20250325T200114Z
ORGANIZER;CN=Brenda Ochoa:mailto:ochoa.brenda@cusd80.com
UID:6v2k9q1m3b0j8c4n5r7t0s2p1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Brenda Ochoa;X-NUM-GUESTS=0:mailto:ochoa.brenda@cusd80.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Frank Narducci;X-NUM-GUESTS=0:mailto:narducci.frank@cusd80.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
CREATED:20250325T200112Z
DESCRIPTION:Final conversation with Superintendent Dr. Narducci re: Coordin
 ator\, K-12 Science. Please arrive 10 min early and check in with Brenda a
 t the Superintendent's suite\, 2nd floor.
LAST-MODIFIED:20250325T200113Z
LOCATION:CUSD District Office\, 1525 W Frye Rd\, Chandler\, AZ 85224\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meeting w/ Dr. Narducci - M. Vega
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6v2k9q1m3b0j8c4n5r7t0s2p1d@google.com",
        "Chandler Unified School District",
        "Coordinator, K-12 Science",
        "final",
        "narducci.frank@cusd80.com",
        "google-invite-meeting-with-superintendent-final",
    ),
    iv(
        "screening-call",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + WIN_USMST + r"""BEGIN:VEVENT
ATTENDEE;CN=marisol.vega.teach@yahoo.com;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
CLASS:PUBLIC
CREATED:20250219T161022Z
DESCRIPTION:Hello Marisol\,\n\nThank you for applying to Assistant Principa
 l - Junior High (Req. 25-0412). I'll call you at 602-555-0147 for a brief
  screening conversation (about 20 minutes) about your background and inter
 est in Mesa Public Schools.\n\nKind regards\,\nCarla Jimenez\nHR Talent Sp
 ecialist\, Certified Staffing\nMesa Public Schools\n
DTEND;TZID="US Mountain Standard Time":20250224T155000
DTSTAMP:20250219T161022Z
DTSTART;TZID="US Mountain Standard Time":20250224T153000
LAST-MODIFIED:20250219T161022Z
LOCATION:Phone call
ORGANIZER;CN="Jimenez, Carla":mailto:cmjimenez@mpsaz.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Phone screen - AP Junior High - Vega
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000030E7A1B6AC82DB01000000000000000010000000F3A6C1B2D4E54F708B9A1C2D3E4F5A6B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000030E7A1B6AC82DB01000000000000000010000000F3A6C1B2D4E54F708B9A1C2D3E4F5A6B",
        "Mesa Public Schools",
        "Assistant Principal - Junior High",
        "recruiter_screen",
        "cmjimenez@mpsaz.org",
        "outlook-desktop-hr-phone-screen",
    ),
    iv(
        "panel-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250306T161500
DTEND;TZID=America/Phoenix:20250306T171500
DTSTAMP:20250227T225540Z
ORGANIZER;CN=Dr. Wendell Ashby:mailto:wjashby@mpsaz.org
UID:3h8t1q0f7e9d2c6b4a5n1m8k0j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Wendell Ashby;X-NUM-GUESTS=0:mailto:wjashby@mpsaz.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mónica Serrano;X-NUM-GUESTS=0:mailto:mserrano@mpsaz.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRU
 E;CN=Tyler Brandt;X-NUM-GUESTS=0:mailto:tjbrandt@mpsaz.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Heather Lindqvist (PTO);X-NUM-GUESTS=0:mailto:hlindqvist.pto@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
CREATED:20250227T225538Z
DESCRIPTION:Ms. Vega -\n\nThank you for your time on the phone with Carla.
  We'd like to invite you to a panel interview for the Assistant Principa
 l position at Poston Junior High. The panel is made up of myself\, two tea
 cher leaders (Ms. Serrano\, 8th ELA and Mr. Brandt\, 7th Science) and a p
 arent representative from our PTO.\n\nPlease check in at the main office\;
  visitor parking is on the east side of the building.\n\nWendell Ashby\, E
 d.D.\nPrincipal\, Poston Junior High
LAST-MODIFIED:20250227T225539Z
LOCATION:Poston Junior High School\, 2433 E Adobe St\, Mesa\, AZ 85213\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AP Interview - Panel (M. Vega)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "3h8t1q0f7e9d2c6b4a5n1m8k0j@google.com",
        "Mesa Public Schools",
        "Assistant Principal",
        "onsite",
        "wjashby@mpsaz.org;mserrano@mpsaz.org;tjbrandt@mpsaz.org;hlindqvist.pto@gmail.com",
        "google-panel-principal-teachers-parent",
    ),
    iv(
        "cancelled-round",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250320T090000
DTEND;TZID=America/Phoenix:20250320T094500
DTSTAMP:20250314T211930Z
ORGANIZER;CN=Dr. Wendell Ashby:mailto:wjashby@mpsaz.org
UID:0p4s7m2k9h1g6f3d8c5b0a2z7y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=ma
 risol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.teach@yahoo.
 com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Ki
 mberly Ozuna;X-NUM-GUESTS=0:mailto:kmozuna@mpsaz.org
CREATED:20250307T183005Z
DESCRIPTION:Second round with Dr. Ozuna\, Assistant Superintendent - Second
 ary Education.
LAST-MODIFIED:20250314T211930Z
LOCATION:Mesa Public Schools - Admin Building\, 63 E Main St\, Mesa\, AZ 852
 01
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled event: 2nd Round - AP Poston JH (Vega)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0p4s7m2k9h1g6f3d8c5b0a2z7y@google.com",
        "Mesa Public Schools",
        "",
        "final",
        "kmozuna@mpsaz.org",
        "google-method-cancel-second-round",
    ),
    iv(
        "lever-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-5c1e7f2a-93b4-4d1c-a6e0-2f8b91c4d7aa
DTSTAMP:20250206T172244Z
DTSTART:20250212T193000Z
DTEND:20250212T200000Z
SUMMARY:Marisol Vega <> Great Hearts | Phone Interview
DESCRIPTION:Hi Marisol\,\n\nYou're confirmed for a 30-minute phone intervie
 w with Caleb Whitmore (Talent Acquisition\, Great Hearts Academies) for th
 e Assistant Headmaster role at Great Hearts Archway Veritas.\n\nCaleb will
  call you at +1 602-555-0147.\n\nNeed to reschedule? Reply to this email.
ORGANIZER;CN=Caleb Whitmore:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Caleb Whitmore;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:cwhitmore@greatheartsamerica.org
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "lever-int-5c1e7f2a-93b4-4d1c-a6e0-2f8b91c4d7aa",
        "Great Hearts Academies",
        "Assistant Headmaster",
        "recruiter_screen",
        "cwhitmore@greatheartsamerica.org",
        "lever-utc-charter-phone-interview",
    ),
    iv(
        "demo-lesson",
        r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
CREATED:20250220T040512Z
DTEND;TZID=America/Phoenix:20250303T093000
DTSTAMP:20250220T040614Z
DTSTART;TZID=America/Phoenix:20250303T081500
LAST-MODIFIED:20250220T040614Z
LOCATION:Archway Veritas\, 3102 N 56th St\, Phoenix
DESCRIPTION:GH demo lesson - 7th gr science\, 40 min + 15 min debrief w/ He
 admaster Ruiz + Mr. Pace (science). Topic they gave: density / Socratic
  q's. Bring: graduated cyl\, 3 liquids\, food coloring\, handouts x28. No
  phones in class! Sub requested (personal day)
SEQUENCE:0
SUMMARY:GH demo lesson!!
TRANSP:OPAQUE
UID:8F1A0C5E-27B4-4E6D-9F3A-1B2C3D4E5F60
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT60M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "8F1A0C5E-27B4-4E6D-9F3A-1B2C3D4E5F60",
        "Great Hearts Academies",
        "",
        "technical",
        "Headmaster Ruiz;Mr. Pace",
        "self-typed-iphone-demo-lesson-abbrev",
    ),
    iv(
        "finalist-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-int-a07d3b19-6e2f-4a58-bc11-7d90e3f4c2b5
DTSTAMP:20250317T160210Z
DTSTART:20250327T150000Z
DTEND:20250327T213000Z
SUMMARY:Finalist Day - Great Hearts Archway Veritas (Marisol Vega)
DESCRIPTION:Marisol\,\n\nCongratulations on being named a finalist for Assi
 stant Headmaster! Finalist Day schedule:\n\n8:00 Arrival & classroom walk
 -throughs with Headmaster Daniel Ruiz\n9:15 Faculty panel\n10:30 Writing
  exercise (student discipline scenario)\n11:30 Lunch with the leadership
  team\n12:30 Conversation with Regional Superintendent Dr. Erin Castellano
 \n1:45 Parent board member conversation\n2:30 Wrap-up\n\nDress code: busin
 ess attire. Park in the north lot.\n\nCaleb Whitmore\nTalent Acquisition
ORGANIZER;CN=Caleb Whitmore:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Daniel Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:druiz@greatheartsamerica.org
ATTENDEE;CN=Erin Castellano;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ecastellano@greatheartsamerica.org
ATTENDEE;CN=Caleb Whitmore;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:cwhitmore@greatheartsamerica.org
LOCATION:Great Hearts Archway Veritas\, 3102 N 56th St\, Phoenix\, AZ 85018
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "lever-int-a07d3b19-6e2f-4a58-bc11-7d90e3f4c2b5",
        "Great Hearts Academies",
        "Assistant Headmaster",
        "final",
        "druiz@greatheartsamerica.org;ecastellano@greatheartsamerica.org",
        "charter-finalist-day-utc",
    ),
]
