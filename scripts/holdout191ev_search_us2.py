"""holdout191: Miami employers, part 2 (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "workday",
        "uid": "LEN-INT-2a7d5f19-0c88-4e6b-93f1-b4c2e8a7d610",
        "interview": 1,
        "company": "Lennar",
        "role": "Senior Financial Analyst",
        "stage": "",
        "interviewers": "jessica.pereira@lennar.com;brian.oconnell@lennar.com",
        "trap": "workday-plain-interview-no-stage-two-people",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:LEN-INT-2a7d5f19-0c88-4e6b-93f1-b4c2e8a7d610
DTSTAMP:20250429T162233Z
DTSTART:20250505T170000Z
DTEND:20250505T180000Z
SUMMARY:Interview - Senior Financial Analyst - Valentina Gomez Restrepo
DESCRIPTION:Interview Details\n\nJob Requisition: R-51124 Senior Financial
  Analyst (Miami\, FL - Corporate)\nInterviewers: Jessica Pereira\; Brian O
 'Connell\nFormat: Zoom - https://lennar.zoom.us/j/98811230457\n\nTimes are
  shown in UTC.
ORGANIZER;CN=Lennar Recruiting:mailto:lennar@myworkday.com
ATTENDEE;CN=Valentina Gomez Restrepo:mailto:valentina.gomezr@outlook.com
ATTENDEE;CN=Jessica Pereira:mailto:jessica.pereira@lennar.com
ATTENDEE;CN=Brian O'Connell:mailto:brian.oconnell@lennar.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime",
        "uid": "goodtime-8d1e4b62a7c0-candidate@goodtime.io",
        "interview": 1,
        "company": "World Kinect",
        "role": "Senior Analyst, FP&A – Latin America",
        "stage": "onsite",
        "interviewers": "amoreno@world-kinect.com;schen@world-kinect.com;pvillalobos@world-kinect.com",
        "trap": "goodtime-virtual-onsite-three-sessions",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-8d1e4b62a7c0-candidate@goodtime.io
DTSTAMP:20250414T211544Z
DTSTART:20250422T140000Z
DTEND:20250422T163000Z
SUMMARY:World Kinect | Virtual Onsite – Senior Analyst\, FP&A – Latin Amer
 ica
DESCRIPTION:Hi Valentina\,\n\nYour virtual onsite is confirmed. All times b
 elow are Eastern Time (ET).\n\n10:00–10:45  Andrés Moreno\, Director FP&A
  LatAm\n10:50–11:35  Sarah Chen\, Manager Corporate Planning\n11:45–12:30
   Patricia Villalobos\, VP Finance – Aviation\n\nEach session has its own
  Microsoft Teams link\; you can also join everything from this one: https
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_WkstVk9%40thread.v2/0\n
 \nCoordinator: Jenna Alvarez (do not reply to this message)\n\nScheduled
  with GoodTime
ORGANIZER;CN=World Kinect Recruiting Coordination:mailto:interviews@world-
 kinect.com
ATTENDEE;CN=Valentina Gomez Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto
 :valentina.gomezr@outlook.com
ATTENDEE;CN=Andres Moreno;ROLE=REQ-PARTICIPANT:mailto:amoreno@world-kinect
 .com
ATTENDEE;CN=Sarah Chen;ROLE=REQ-PARTICIPANT:mailto:schen@world-kinect.com
ATTENDEE;CN=Patricia Villalobos;ROLE=REQ-PARTICIPANT:mailto:pvillalobos@w
 orld-kinect.com
ATTENDEE;CN=Jenna Alvarez;ROLE=NON-PARTICIPANT:mailto:jalvarez@world-kinec
 t.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hirevue",
        "uid": "hv-live-0b7c93d1e2f4@hirevue.com",
        "interview": 1,
        "company": "Citi",
        "role": "Associate – Corporate Banking Latin America",
        "stage": "recruiter_screen",
        "interviewers": "",
        "trap": "hirevue-on-demand-first-round-bank",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//Scheduling//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-live-0b7c93d1e2f4@hirevue.com
DTSTAMP:20250310T120000Z
DTSTART:20250312T000000Z
DTEND:20250312T004500Z
SUMMARY:Citi – First Round Digital Interview (HireVue)
DESCRIPTION:Citi has invited you to complete a digital interview for Associ
 ate – Corporate Banking Latin America (Miami). You will answer 5 pre-reco
 rded questions and 1 short quantitative exercise. Please complete by Marc
 h 14.\n\nhttps://app.hirevue.com/interviews/citi/Mt8KzW1\n\nCiti Campus &
  Experienced Recruiting
ORGANIZER;CN=Citi via HireVue:mailto:noreply@hirevue.com
LOCATION:Online
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000D19A6E2B5C8BDB010000000000000000100000007FA0B1C2D3E4F506",
        "interview": 1,
        "company": "Citi",
        "role": "Associate – Corporate Banking Latin America",
        "stage": "final",
        "interviewers": "ricardo.zambrano@citi.com;emily.hartwell@citi.com;f.ossa@citi.com",
        "trap": "outlook-superday-eastern-zone-assistant",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Zambrano, Ricardo [BCC-ICG]";SENT-BY="mailto:gloria.medina@
 citi.com":mailto:ricardo.zambrano@citi.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina
 .gomezr@outlook.com:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hartwell, Em
 ily [ICG-BCMA]":mailto:emily.hartwell@citi.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ossa, Felip
 e [ICG-BCMA]":mailto:f.ossa@citi.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MIA-201 S Bi
 scayne-28-Conf 28B":mailto:mia.201sb.28b@citi.com
DESCRIPTION;LANGUAGE=en-US:Valentina\,\n\nPlease find below the schedule f
 or your Superday (final round) at our Miami office\, 201 South Biscayne B
 lvd\, 28th floor. Check in at the lobby security desk with your passport.
 \n\n9:00  Ricardo Zambrano – MD\, Corporate Banking LatAm\n9:45  Emily Har
 twell – Director\n10:30  Felipe Ossa – VP (modeling / credit discussion)\n
 11:15  Wrap-up with Gloria\n\nRegards\,\nGloria Medina\nExecutive Assistan
 t to Ricardo Zambrano
UID:040000008200E00074C5B7101A82E00800000000D19A6E2B5C8BDB0100000000000000
 00100000007FA0B1C2D3E4F506
SUMMARY;LANGUAGE=en-US:Superday – Valentina Gomez Restrepo – Associate\,
  CB LatAm
DTSTART;TZID=Eastern Standard Time:20250409T090000
DTEND;TZID=Eastern Standard Time:20250409T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T142208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MIA-201 S Biscayne-28-Conf 28B
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop",
        "uid": "ml-5e9a71c3-candidate-event@modernloop.io",
        "interview": 1,
        "company": "Restaurant Brands International",
        "role": "Senior Analyst, FP&A – Burger King Latin America & Caribbean",
        "stage": "technical",
        "interviewers": "nicolas.ferreyra@rbi.com;katie.duval@rbi.com",
        "trap": "modernloop-financial-case-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-5e9a71c3-candidate-event@modernloop.io
DTSTAMP:20250425T154412Z
DTSTART:20250430T180000Z
DTEND:20250430T190000Z
SUMMARY:RBI Interview: Financial Case – Valentina Gomez Restrepo
DESCRIPTION:Role: Senior Analyst\, FP&A – Burger King Latin America & Cari
 bbean (Miami HQ)\n\nSchedule (ET):\n2:00 PM – 2:30 PM  Financial case walk
 through – Nicolás Ferreyra\n2:30 PM – 3:00 PM  Case Q&A – Katie Duval\n\n
 Join Zoom: https://rbi.zoom.us/j/91044712580\n\nSent via ModernLoop on be
 half of RBI Talent Acquisition.
ORGANIZER;CN=RBI Talent Acquisition:mailto:scheduling@rbi.com
ATTENDEE;CN=Valentina Gomez Restrepo;RSVP=TRUE:mailto:valentina.gomezr@out
 look.com
ATTENDEE;CN=Nicolás Ferreyra:mailto:nicolas.ferreyra@rbi.com
ATTENDEE;CN=Katie Duval:mailto:katie.duval@rbi.com
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "1u8h4k0d2q6r9m3j5v7n1b0c8p@google.com",
        "interview": 1,
        "company": "Monetiq",
        "role": "Head of Finance",
        "stage": "hiring_manager",
        "interviewers": "andres.villamizar.v@gmail.com",
        "trap": "founder-free-mail-casual-chat",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250402T183000
DTEND;TZID=America/New_York:20250402T191500
DTSTAMP:20250331T012207Z
ORGANIZER;CN=Andrés Villamizar:mailto:andres.villamizar.v@gmail.com
UID:1u8h4k0d2q6r9m3j5v7n1b0c8p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Andrés Villamizar;X-NUM-GUESTS=0:mailto:andres.villamizar.v@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=valentina.gomezr@outlook.com;X-NUM-GUESTS=0:mailto:valentina.gome
 zr@outlook.com
DESCRIPTION:Vale\, qué bueno que Juanita nos conectó. Te cuento de Monetiq
  (cross-border B2B payments Miami–Bogotá\, seed cerrada en enero) y de lo
  que buscamos para Head of Finance: modelo\, board reporting\, fundraising
  Serie A. Quiero conocerte y ver si hay match.\n\nMeet: https://meet.goog
 le.com/qse-hzpv-nnx\n\n— Andrés (co-founder & CEO)
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Andrés <> Valentina | Monetiq
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom",
        "uid": "calcom-booking-4v7Kq2nXrT9mLp3s@cal.com",
        "interview": 1,
        "company": "BTG Pactual",
        "role": "Associate, Corporate Finance",
        "stage": "hiring_manager",
        "interviewers": "gustavo.ribas@btgpactual.com",
        "trap": "calcom-booking-md-intro-call",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//cal.com//Cal.com Booking//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-booking-4v7Kq2nXrT9mLp3s@cal.com
DTSTAMP:20250416T233048Z
DTSTART:20250422T210000Z
DTEND:20250422T213000Z
SUMMARY:Intro call – Associate\, Corporate Finance between Gustavo Ribas a
 nd Valentina Gómez Restrepo
DESCRIPTION:What: Intro call – Associate\, Corporate Finance\nInvitee Time
  Zone: America/Bogota\nWho:\nGustavo Ribas - Organizer\ngustavo.ribas@btg
 pactual.com\nValentina Gómez Restrepo\nvalentina.gomezr@outlook.com\nWhere
 : Zoom https://btgpactual.zoom.us/j/7720145591\nAdditional notes: Referred
  by Daniela Ochoa (BTG Bogotá). Interested in the Miami Corporate Finance
  Associate opening.\n\nNeed to reschedule or cancel? https://cal.com/booki
 ng/4v7Kq2nXrT9mLp3s
ORGANIZER;CN=Gustavo Ribas:mailto:gustavo.ribas@btgpactual.com
ATTENDEE;CN=Valentina Gómez Restrepo;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-
 PARTICIPANT:mailto:valentina.gomezr@outlook.com
LOCATION:https://btgpactual.zoom.us/j/7720145591
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "A7B3E2C1-9D4F-4A60-8E15-2F7C0B9D6E31",
        "interview": 1,
        "company": "Brightstar",
        "role": "",
        "stage": "recruiter_screen",
        "interviewers": "Carolina",
        "trap": "typed-headhunter-call-about-named-client",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A7B3E2C1-9D4F-4A60-8E15-2F7C0B9D6E31
DTSTAMP:20250428T144010Z
DTSTART:20250430T123000
DTEND:20250430T130000
SUMMARY:llamada Carolina (Talentia) - rol Brightstar
DESCRIPTION:me llama ella. Brightstar = distribuidor celulares\, Miami.
  Sr Analyst FP&A LatAm. preguntar rango salarial y si patrocinan visa
CREATED:20250428T144010Z
LAST-MODIFIED:20250428T144010Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
