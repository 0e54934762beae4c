"""holdout208 events, part G: school life, press, research and interview look-alikes (written blind)."""

from holdout208ev_common import PHX, WIN_USMST, neg

EVENTS = [
    neg(
        "parent-conference",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250220T161500
DTEND;TZID=America/Phoenix:20250220T163500
DTSTAMP:20250214T180322Z
ORGANIZER;CN=Marisol Vega:mailto:mvega@dvusd.org
UID:4e6r8t0y2u4i6o8p0a2s4d6f8g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yesenia Morales;X-NUM-GUESTS=0:mailto:yesimorales22@gmail.com
DESCRIPTION:Conferencia con la mamá de Ethan M. (7th\, P5) - missing lab
  reports\, grade at 61%. Sra. Morales prefers Spanish. Bring gradebook pr
 intout + lab rubric.
LOCATION:Rm 214
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Parent conf - Ethan Morales
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "4e6r8t0y2u4i6o8p0a2s4d6f8g@google.com",
        "parent-teacher-conference-bilingual",
    ),
    neg(
        "iep-meeting",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250305T073000
DTEND;TZID=America/Phoenix:20250305T081500
DTSTAMP:20250225T200133Z
ORGANIZER;CN=Jill Navarro:mailto:jnavarro@dvusd.org
UID:6g8h0j2k4l6z8x0c2v4b6n8m0q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ray Lopez;X-NUM-GUESTS=0:mailto:rlopez@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dr. Amy Castañeda (school psych);X-NUM-GUESTS=0:mailto:acastaneda@dvus
 d.org
DESCRIPTION:Annual IEP review - J.R. (gr 7). Gen ed teacher input needed:
  please complete the teacher input form in SpedTrack before the meeting.
  Parent attending in person.
LOCATION:MRMS Sped conference room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IEP Annual Review - J.R.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6g8h0j2k4l6z8x0c2v4b6n8m0q@google.com",
        "iep-meeting-gen-ed-teacher",
    ),
    neg(
        "plc-weekly",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250108T151500
DTEND;TZID=America/Phoenix:20250108T161500
RRULE:FREQ=WEEKLY;UNTIL=20250522T065959Z;BYDAY=WE
EXDATE;TZID=America/Phoenix:20250312T151500
DTSTAMP:20250103T210502Z
ORGANIZER;CN=Marisol Vega:mailto:mvega@dvusd.org
UID:8m0q2w4e6r8t0y2u4i6o8p0a2s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kelsey Brandt;X-NUM-GUESTS=0:mailto:kbrandt@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Derrick Yazzie;X-NUM-GUESTS=0:mailto:dyazzie@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Olivia Trent;X-NUM-GUESTS=0:mailto:otrent@dvusd.org
DESCRIPTION:Science PLC - common formative assessment data\, re-teach plan
 s\, unit pacing. Norms + agenda in the shared PLC doc.
LOCATION:Rm 214
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Science PLC
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250402T151500
DTEND;TZID=America/Phoenix:20250402T163000
DTSTAMP:20250328T184407Z
ORGANIZER;CN=Marisol Vega:mailto:mvega@dvusd.org
UID:8m0q2w4e6r8t0y2u4i6o8p0a2s@google.com
RECURRENCE-ID;TZID=America/Phoenix:20250402T151500
DESCRIPTION:Extended: benchmark 3 data dive (bring your class reports).
LOCATION:Library - back tables
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Science PLC - Benchmark 3 data
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "8m0q2w4e6r8t0y2u4i6o8p0a2s@google.com",
        "recurring-plc-with-override",
    ),
    neg(
        "pre-observation",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250211T134000
DTEND;TZID=America/Phoenix:20250211T140500
DTSTAMP:20250205T221106Z
ORGANIZER;CN=Andrea Hughes:mailto:ahughes@dvusd.org
UID:0a2s4d6f8g0h2j4k6l8z0x2c4v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andrea Hughes;X-NUM-GUESTS=0:mailto:ahughes@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:Pre-observation conference for your 2nd formal observation (pl
 anned for 2/18\, P4). Please bring your lesson plan and complete the pre-
 obs form in Frontline Professional Growth.
LOCATION:Principal's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pre-Obs Conference - Vega
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0a2s4d6f8g0h2j4k6l8z0x2c4v@google.com",
        "own-evaluation-pre-observation-conference",
    ),
    neg(
        "summative-evaluation",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250429T140500
DTEND;TZID=America/Phoenix:20250429T143500
DTSTAMP:20250421T153000Z
ORGANIZER;CN=Andrea Hughes:mailto:ahughes@dvusd.org
UID:2c4v6b8n0m2q4w6e8r0t2y4u6i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:Summative evaluation conference (Danielson framework + SGP). We
 'll review your final rating and sign in Frontline. Also want to talk abo
 ut your goals for next year - I know you've been applying for admin posit
 ions and I'm happy to support.
LOCATION:Principal's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Summative Eval Conference - M. Vega
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "2c4v6b8n0m2q4w6e8r0t2y4u6i@google.com",
        "own-annual-evaluation-mentions-admin-applications",
    ),
    neg(
        "tv-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_USMST + r"""BEGIN:VEVENT
ATTENDEE;CN=mvega@dvusd.org;RSVP=TRUE:mailto:mvega@dvusd.org
ATTENDEE;CN="Ruelas, Vanessa";RSVP=TRUE:mailto:vruelas@dvusd.org
CLASS:PUBLIC
DESCRIPTION:Interview with 12News (KPNX) - Brandon Keel\, reporter + photo
 grapher. Story: extreme heat and school buses / kids waiting at stops. T
 hey'd like a science teacher's angle (why bus interiors get so hot\, the
 surface temperature demo with the IR thermometer). Vanessa from Communica
 tions will be there. ~20 min\, B-roll in the parking lot after dismissal
 .\n
DTEND;TZID="US Mountain Standard Time":20250513T154500
DTSTAMP:20250509T170244Z
DTSTART;TZID="US Mountain Standard Time":20250513T150000
LOCATION:Mesquite Ridge MS - bus loop / Rm 214
ORGANIZER;CN="Ruelas, Vanessa":mailto:vruelas@dvusd.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:12News interview - heat & school buses (M. Vega)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E497DB0100000000000000001000000013572468ABCDEF0113572468ABCDEF01
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000A0B1C2D3E497DB0100000000000000001000000013572468ABCDEF0113572468ABCDEF01",
        "press-tv-interview-heat-buses",
    ),
    neg(
        "entrevista-tv",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250515T070000
DTEND;TZID=America/Phoenix:20250515T073000
DTSTAMP:20250512T224017Z
ORGANIZER;CN=Vanessa Ruelas:mailto:vruelas@dvusd.org
UID:4i6o8p0a2s4d6f8g0h2j4k6l8z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Daniela Ochoa (Telemundo Arizona);X-NUM-GUESTS=0:mailto:daniela.ochoa@
 nbcuni.com
DESCRIPTION:Entrevista en vivo para Telemundo Arizona (Noticiero matutino)
  - el calor extremo y los autobuses escolares. Marisol\, gracias por apoy
 arnos en español. Llegar 6:45 al estacionamiento del frente.
LOCATION:Mesquite Ridge MS - front lot
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Telemundo Arizona - calor y autobuses
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "4i6o8p0a2s4d6f8g0h2j4k6l8z@google.com",
        "press-spanish-tv-entrevista",
    ),
    neg(
        "podcast-recording",
        r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Riverside//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-8812a0fd33c4
DTSTAMP:20250401T162214Z
DTSTART:20250410T010000Z
DTEND:20250410T020000Z
SUMMARY:Recording: Teach Better AZ Podcast - Ep. 47 with Marisol Vega
DESCRIPTION:Hi Marisol! Thanks for agreeing to be interviewed for the show
 . Topic: teacher leadership without leaving the classroom + running a sc
 ience PLC. Studio link: https://riverside.fm/studio/teach-better-az\nUse
  headphones\, Chrome\, quiet room.\n- Nate Carrillo\, host
ORGANIZER;CN=Nate Carrillo:mailto:nate@teachbetteraz.com
ATTENDEE;CN=Marisol Vega;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
LOCATION:https://riverside.fm/studio/teach-better-az
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "riverside-rec-8812a0fd33c4",
        "podcast-guest-interview",
    ),
]
