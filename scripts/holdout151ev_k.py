"""holdout151 events, part k: the highways trade's own calendar and more look-alikes (written blind)."""

from holdout151ev_tz import GMT_STANDARD, LONDON, E

PM_UID = (
    "040000008200E00074C5B7101A82E00800000000ABC0D1E2F3A4DB010000"
    "00000000000010000000FEDCBA98765432100123456789ABCDEF"
)

EVENTS = [
    E(
        "progress-meeting",
        PM_UID,
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mensah, Samuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Baptiste, Ma
 rlon (TfL)":mailto:marlonbaptiste@tfl.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ashworth, Nei
 l":mailto:neil.ashworth@kingsbridge-civils.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Gary Pope (NE
 C Supervisor):mailto:gary.pope@pope-pm.co.uk
DESCRIPTION;LANGUAGE=en-GB:Standing agenda: H&S\, programme (accepted prog
 ramme rev 14)\, early warnings & EWR\, compensation events\, quotations o
 verdue\, TM bookings\, utilities (UKPN/Thames Water diversions)\, AOB.\n
RRULE:FREQ=WEEKLY;BYDAY=TU
UID:"""
        + PM_UID
        + r"""
SUMMARY;LANGUAGE=en-GB:A13 Lodge Ave Jn - Weekly Progress Meeting (NEC4 EC
 C)
DTSTART;TZID=GMT Standard Time:20260901T100000
DTEND;TZID=GMT Standard Time:20260901T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260820T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:A13 site compound - main cabin / Teams
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Mensah, Samuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
RECURRENCE-ID;TZID=GMT Standard Time:20261013T100000
UID:"""
        + PM_UID
        + r"""
SUMMARY;LANGUAGE=en-GB:A13 Lodge Ave Jn - Weekly Progress Meeting (NEC4 EC
 C) - MOVED to Weds (road closure weekend)
DTSTART;TZID=GMT Standard Time:20261014T100000
DTEND;TZID=GMT Standard Time:20261014T113000
DTSTAMP:20261008T090000Z
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:TfL Palestra\, 197 Blackfriars Rd - 4th floor
END:VEVENT
END:VCALENDAR
""",
        trap="recurring-progress-meeting-with-override",
    ),
    E(
        "night-works",
        "A1B2C3D4-E5F6-4708-9A1B-2C3D4E5F6071",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A1B2C3D4-E5F6-4708-9A1B-2C3D4E5F6071
DTSTAMP:20261016T120000Z
DTSTART:20261023T210000
DTEND:20261024T060000
SUMMARY:NIGHTS - M25 J28 TM + lane 1/2 closure - demolition prep
LOCATION:M25 J28 Brook Street
DESCRIPTION:Permit NH/TTM/88213. Brief gang 20:30 at compound. Check TMA ch
 art 2.4. Call NH control room before cones out. Back by 7 for school run??
  no - Efe doing it
END:VEVENT
END:VCALENDAR
""",
        trap="night-shift-lane-closure-floating",
        eol="\n",
    ),
    E(
        "smsts",
        "citb-course-SMSTS-R-2026-1188-d1@kingsbridge-civils.co.uk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
UID:citb-course-SMSTS-R-2026-1188-d1@kingsbridge-civils.co.uk
DTSTAMP:20260905T101000Z
DTSTART;TZID=GMT Standard Time:20260928T083000
DTEND;TZID=GMT Standard Time:20260929T163000
SUMMARY:SMSTS Refresher (2 days) - CITB
LOCATION:Kent Safety Training\, Unit 4\, Questor\, Dartford DA1 1JS
DESCRIPTION:Booked by L&D. Bring photo ID\, CSCS card and current SMSTS cer
 tificate. Exam end of day 2.
ORGANIZER;CN="Training, Kingsbridge":mailto:training@kingsbridge-civils.co.
 uk
ATTENDEE;CN="Mensah, Samuel";RSVP=TRUE:mailto:samuel.mensah@kingsbridge-civ
 ils.co.uk
END:VEVENT
END:VCALENDAR
""",
        trap="trade-training-course",
    ),
    E(
        "tender-interview",
        "040000008200E00074C5B7101A82E00800000000BCD1E2F3A4B5DC01000000000000000010000000102030405060708090A0B0C0D0E0F000",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Fraser, Alan":mailto:alan.fraser@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kaur, Simran"
 :mailto:simran.kaur@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Bexley have shortlisted us to interview for Lot
  2 (Highways Term Maintenance). 20 min presentation + 40 min Q&A with the e
 valuation panel. Samuel to present delivery & TM approach as proposed Con
 tract Manager. Rehearsal Monday 2pm.\n
UID:040000008200E00074C5B7101A82E00800000000BCD1E2F3A4B5DC010000000000000000
 10000000102030405060708090A0B0C0D0E0F000
SUMMARY;LANGUAGE=en-GB:Tender interview - LB Bexley Highways Term Contract
  Lot 2
DTSTART;TZID=GMT Standard Time:20261119T100000
DTEND;TZID=GMT Standard Time:20261119T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Civic Offices\, 2 Watling St\, Bexleyheath DA6 7AT
END:VEVENT
END:VCALENDAR
""",
        trap="tender-interview-contractor-bid-not-job",
    ),
    E(
        "fellowship-review",
        "ice-fpr-2026-12-CAND-118803@ice.org.uk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Institution of Civil Engineers//Professional Review//EN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:ice-fpr-2026-12-CAND-118803@ice.org.uk
DTSTAMP:20261022T090000Z
DTSTART;TZID=Europe/London:20261209T140000
DTEND;TZID=Europe/London:20261209T153000
SUMMARY:ICE Fellowship Professional Review Interview - Samuel Mensah
LOCATION:One Great George Street\, London SW1P 3AA
DESCRIPTION:Dear Samuel\,\n\nYour Fellowship professional review interview
  has been arranged. Two Fellow reviewers will discuss your submission and
  your leadership contribution to the profession for about 60 minutes.\n\nM
 embership Department\, ICE
ORGANIZER;CN=ICE Membership:mailto:reviews@ice.org.uk
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="professional-institution-review-interview-not-a-job",
    ),
    E(
        "lessons-learned",
        "7t2p6c0v4m8q1k5xn9bw3hr7d@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260923T090000Z
DTEND:20260923T100000Z
DTSTAMP:20260916T100000Z
ORGANIZER;CN=Rosie Elliott:mailto:rosie.elliott@mottmac.com
UID:7t2p6c0v4m8q1k5xn9bw3hr7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=samuel.mensah@kingsbridge-civils.co.uk;X-NUM-GUESTS=0:mailto:samue
 l.mensah@kingsbridge-civils.co.uk
DESCRIPTION:Hi Samuel\, as part of the A2 Bean scheme close-out for Nationa
 l Highways we're interviewing the key people from client\, designer and c
 ontractor for the lessons learned report. 1 hour\, Teams\, off the record.
 \n\nRosie Elliott\, Mott MacDonald (Project Controls)
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:A2 Bean lessons learned - stakeholder interview (Kingsbridge)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="lessons-learned-stakeholder-interview-from-target-employer-domain",
    ),
    E(
        "mentoring",
        "D9E8F7A6-B5C4-4D3E-2F10-9A8B7C6D5E4F",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:D9E8F7A6-B5C4-4D3E-2F10-9A8B7C6D5E4F
DTSTAMP:20260910T080000Z
DTSTART;TZID=Europe/London:20260915T123000
DTEND;TZID=Europe/London:20260915T131500
SUMMARY:ICE mentoring - Lucy Grant (IPD review)
DESCRIPTION:Monthly. Go through her development objectives\, sign off the
  quarterly IPD report\, talk about her site move.
ORGANIZER;CN=Samuel Mensah:mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;CN=Lucy Grant:mailto:lucygrant.eng@gmail.com
END:VEVENT
END:VCALENDAR
""",
        trap="mentoring-session-not-assessing",
    ),
    E(
        "career-coaching",
        "zoom-mtg-81732045516-s2@zoom.us",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20260904T090000Z
DTSTART:20260912T083000Z
DTEND:20260912T093000Z
SUMMARY:Career coaching - session 2 - CV\, LinkedIn & target list
UID:zoom-mtg-81732045516-s2@zoom.us
DESCRIPTION:Helen Ashdown is inviting you to a scheduled Zoom meeting.\n\nHo
 mework: redraft CV to 2 pages\, list of 20 target organisations (client v
  contractor)\, 3 achievement stories.\n\nJoin Zoom Meeting\nhttps://us06we
 b.zoom.us/j/81732045516?pwd=Q2h3ZmR0
LOCATION:https://us06web.zoom.us/j/81732045516?pwd=Q2h3ZmR0
ORGANIZER;CN=Helen Ashdown:mailto:helen@ashdowncareercoaching.co.uk
END:VEVENT
END:VCALENDAR
""",
        trap="career-coaching-session",
    ),
    E(
        "client-inspection",
        "040000008200E00074C5B7101A82E00800000000CDE1F2A3B4C5DC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Lawal, Tunde":mailto:tunde.lawal@nationalhighways.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Quarterly client H&S and quality walk-round\, A2
  Bean. Full PPE. Meet at the compound gate. Regional Delivery Director ma
 y attend.\n
UID:040000008200E00074C5B7101A82E00800000000CDE1F2A3B4C5DC010000000000000000
 100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=en-GB:National Highways - site inspection A2 Bean (Q3)
DTSTART;TZID=GMT Standard Time:20261022T090000
DTEND;TZID=GMT Standard Time:20261022T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:A2 Bean Junction compound
END:VEVENT
END:VCALENDAR
""",
        trap="client-site-inspection-by-target-employer",
    ),
    E(
        "sixth-form-interview",
        "6n1b5v9c3x7z0m4kq8wt2hp6r@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Mensah family
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20270121T163000Z
DTEND:20270121T170000Z
DTSTAMP:20261124T061500Z
UID:6n1b5v9c3x7z0m4kq8wt2hp6r@google.com
CREATED:20261120T212000Z
DESCRIPTION:Ama's sixth form interview - Head of Sixth Form. Parent to atte
 nd. Bring Yr 11 report + predicted grades. Maths\, Further Maths\, Physic
 s\, Chem
LOCATION:Bexley Grammar School
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ama - sixth form interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="childs-school-admission-interview",
    ),
]
