# ruff: noqa: E501 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part K: personal life (choir, son's school, family) and everyday work at the bank."""

N = dict(interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        N,
        kind="choir-recurring",
        uid="egbe-akorin-rehearsal-sat@ngozi.local",
        trap="church-choir-recurring-with-override-yoruba",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
@@TZ:Africa/Lagos@@
BEGIN:VEVENT
UID:egbe-akorin-rehearsal-sat@ngozi.local
DTSTAMP:20250105T101000Z
DTSTART;TZID=Africa/Lagos:20250111T160000
DTEND;TZID=Africa/Lagos:20250111T180000
RRULE:FREQ=WEEKLY;BYDAY=SA
SUMMARY:Egbe Akorin – choir rehearsal
LOCATION:St Jude's Anglican Church\, Ebute Metta
DESCRIPTION:alto. bring hymn book
END:VEVENT
BEGIN:VEVENT
UID:egbe-akorin-rehearsal-sat@ngozi.local
DTSTAMP:20251201T191500Z
RECURRENCE-ID;TZID=Africa/Lagos:20251213T160000
DTSTART;TZID=Africa/Lagos:20251213T140000
DTEND;TZID=Africa/Lagos:20251213T190000
SUMMARY:Egbe Akorin – Carol service rehearsal (long one!)
LOCATION:St Jude's Anglican Church\, Ebute Metta
DESCRIPTION:full dress rehearsal w organist. Iya Choir says no excuses. b
 ring aso-ebi for fitting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="school-pta",
        uid="5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com",
        trap="son-school-pta-and-open-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251108T090000Z
DTEND:20251108T120000Z
DTSTAMP:20251027T070000Z
ORGANIZER;CN=Corona School Gbagada (Parents):mailto:parents@coronagbagada.edu.ng
UID:5f7h9j1l3n5p7r9t1v3x5z7b9d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ngozi.
 adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@gmail.com
DESCRIPTION:Year 6 Open Day and PTA General Meeting. Class teachers will m
 eet parents one-on-one to discuss first-term reports. Tobi Adeyemi – Yea
 r 6 Emerald.
LOCATION:School Hall
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Open Day + PTA meeting (Yr 6)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="team-weekly",
        uid="040000008200E00074C5B7101A82E00800000000771188229933DC01000000000000000010000000AA44BB55CC66DD77EE88FF9900AA11BB",
        trap="internal-infra-team-weekly",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Okeke, Femi (Network Operations)":mailto:femi.okeke@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ibrahim, Sadiq (Data Centre Ops)":mailto:sadiq.ibrahim@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nwachukwu, Obinna (Data Centre Ops)":mailto:obinna.nwachukwu@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Standing agenda: P1/P2 review\, capacity\, chan
 ges for CAB\, projects (DC refresh\, SD-WAN\, Azure landing zone)\, staffi
 ng.
RRULE:FREQ=WEEKLY;BYDAY=MO
UID:040000008200E00074C5B7101A82E00800000000771188229933DC010000000000000000
 10000000AA44BB55CC66DD77EE88FF9900AA11BB
SUMMARY;LANGUAGE=en-US:Infra leads weekly
DTSTART;TZID=W. Central Africa Standard Time:20250602T090000
DTEND;TZID=W. Central Africa Standard Time:20250602T100000
DTSTAMP:20250528T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="dr-drill",
        uid="dr-drill-q4-2025@meridiantrustbank.ng",
        trap="weekend-dr-failover-drill",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
UID:dr-drill-q4-2025@meridiantrustbank.ng
DTSTAMP:20251101T090000Z
DTSTART;TZID="W. Central Africa Standard Time":20251115T220000
DTEND;TZID="W. Central Africa Standard Time":20251116T060000
SUMMARY:Q4 DR drill – core banking failover to Abuja DR site
ORGANIZER;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;CN="IT Infrastructure – All";ROLE=REQ-PARTICIPANT:mailto:it.infrastructure@meridiantrustbank.ng
ATTENDEE;CN="Business Continuity Office";ROLE=REQ-PARTICIPANT:mailto:bcm@meridiantrustbank.ng
DESCRIPTION:Bridge: Teams + conference line 0700 555 3300 PIN 4471#. Runboo
 k v3.2. Go/no-go at 21:30. Channels notified. Internal audit observing.
LOCATION:Command centre\, Ikeja DC / bridge
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="training",
        uid="itil4-mp-cds-nov25-ngozi@axelostraining.ng",
        trap="itil-training-course-with-exam",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:itil4-mp-cds-nov25-ngozi@axelostraining.ng
DTSTAMP:20251020T100000Z
DTSTART;VALUE=DATE:20251124
DTEND;VALUE=DATE:20251127
SUMMARY:ITIL 4 Specialist: Create\, Deliver and Support – 3-day course + exam
ORGANIZER;CN="Learning & Development":mailto:learning@meridiantrustbank.ng
ATTENDEE;CN="Adeyemi, Ngozi";RSVP=TRUE:mailto:n.adeyemi@meridiantrustbank.ng
LOCATION:Virtual classroom (Teams)
DESCRIPTION:Sponsored by L&D. Exam voucher on day 3 (online proctored).
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="family-party",
        uid="1A3C5E7G-9I2K-4M6O-8Q0S-2U4W6Y8A0C2E",
        trap="aunties-birthday-all-day-personal",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:1A3C5E7G-9I2K-4M6O-8Q0S-2U4W6Y8A0C2E
DTSTAMP:20251001T180000Z
DTSTART;VALUE=DATE:20251122
DTEND;VALUE=DATE:20251123
SUMMARY:Aunty Funke @ 60 – owambe in Ibadan
DESCRIPTION:aso-ebi: emerald green. leave Lagos 7am. gift – ẹ̀bùn from all
  of us (Tunde collecting)
LOCATION:Ibadan
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="stay-conversation",
        uid="040000008200E00074C5B7101A82E00800000000D00DC00CB00BDC01000000000000000010000000A00AF00FE00ED00DC00CB00BA0090080",
        trap="own-retention-conversation-with-ed",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Balogun, Kunle (ED Technology & Operations)":mailto:kunle.balogun@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Ngozi – I got your letter. Before HCM process
 es anything\, let us talk. Just the two of us.
UID:040000008200E00074C5B7101A82E00800000000D00DC00CB00BDC0100000000000000001
 0000000A00AF00FE00ED00DC00CB00BA0090080
SUMMARY;LANGUAGE=en-US:Ngozi / Kunle – 1:1
DTSTART;TZID=W. Central Africa Standard Time:20260108T170000
DTEND;TZID=W. Central Africa Standard Time:20260108T180000
DTSTAMP:20260107T200000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ED T&O Office\, 11th Floor
END:VEVENT
END:VCALENDAR
""",
    ),
]
