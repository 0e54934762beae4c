"""holdout213 negatives: job-search look-alikes that are not her interviews."""

from holdout213ev_tz import EST, TOR

EVENTS = []

EVENTS.append(dict(
    kind="sle-oral",
    uid="PSC-SLE-OPT-2025-88412-natarajan@cfp-psc.gc.ca",
    lab=(0, "", "", "", "", "second-language-oral-test-psc-not-an-interview"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="PSC SLE Oral / ELS Oral CFP":mailto:cfp.els-oral.psc@cfp-psc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=fr-CA:Évaluation de langue seconde – Test d'expressio
 n orale (TEO) / Second Language Evaluation – Test of Oral Proficiency (TO
 P) in French. Requested by: Treasury Board of Canada Secretariat\, proces
 s 25-TBS-EA-OCIO-418812. The test is a conversation of 20 to 40 minutes w
 ith an assessor by phone or video. Results are available in the SLE resu
 lts app within 5 business days.\n
UID:PSC-SLE-OPT-2025-88412-natarajan@cfp-psc.gc.ca
SUMMARY;LANGUAGE=fr-CA:TEO/TOP – Évaluation de langue seconde (français)
DTSTART;TZID=Eastern Standard Time:20251030T090000
DTEND;TZID=Eastern Standard Time:20251030T100000
DTSTAMP:20251020T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Téléphone / Phone
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="refs-heads-up",
    uid="2hq8v0n4c1k7mr3t9e5b6ad0fg@google.com",
    lab=(0, "", "", "", "", "board-calls-her-referees-reference-check-not-her-interview"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.natarajan.ott@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251103
DTEND;VALUE=DATE:20251104
DTSTAMP:20251031T221403Z
CREATED:20251031T221403Z
UID:2hq8v0n4c1k7mr3t9e5b6ad0fg@google.com
DESCRIPTION:Geneviève said the board calls my 2 refs Mon-Wed. text Marc (cu
 rrent dir) + Lise (ex-manager at ESDC)\, send them the poster + my key exa
 mples
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TBS ref checks this wk - warn Marc + Lise
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
))

EVENTS.append(dict(
    kind="pool-notice",
    uid="5r1t8d0m2n6b9q3v7k4h0cs1ge@google.com",
    lab=(0, "", "", "", "", "placed-in-pool-not-a-job-all-day"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.natarajan.ott@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251117
DTEND;VALUE=DATE:20251118
DTSTAMP:20251117T131522Z
CREATED:20251117T131522Z
UID:5r1t8d0m2n6b9q3v7k4h0cs1ge@google.com
DESCRIPTION:GC Jobs msg: qualified + placed in pool 25-FIN-EA-EDCF-60231. N
 OT an offer. managers may contact for positions. update profile
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EC-06 pool (FIN) - placed! expires Nov 2026
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
))

EVENTS.append(dict(
    kind="agency-call",
    uid="0a8e7c61-tse-4b2f-9d4e-central-agency",
    lab=(0, "", "", "", "", "staffing-agency-call-unnamed-central-agency-casual"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251008T163000Z
DTEND:20251008T164500Z
DTSTAMP:20251007T190020Z
ORGANIZER;CN=Rachel Goldberg:mailto:rgoldberg@thestaffingedge.ca
UID:0a8e7c61-tse-4b2f-9d4e-central-agency
ATTENDEE;CN=priya.natarajan.ott@gmail.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:ma
 ilto:priya.natarajan.ott@gmail.com
DESCRIPTION:Hi Priya – quick call about a casual position (90 working day
 s) with a central agency\, senior policy analyst level\, start ASAP. I ca
 n't share the client name until you confirm interest\, and we have your r
 ight to represent. Also happy to keep you in mind for other TSPS roles.\n\
 nRachel – The Staffing Edge
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call w/ Rachel (Staffing Edge) – casual opportunity
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="podcast",
    uid="riverside-rec-policywonks-s4e12",
    lab=(0, "", "", "", "", "podcast-interviews-her-about-policy-careers"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
""" + TOR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251111T190000
DTEND;TZID=America/Toronto:20251111T200000
DTSTAMP:20251028T221500Z
ORGANIZER;CN=Policy Wonks Podcast:mailto:hello@policywonkspod.ca
UID:riverside-rec-policywonks-s4e12
ATTENDEE;CN=Priya Natarajan;PARTSTAT=ACCEPTED:mailto:priya.natarajan.ott@gmail.com
DESCRIPTION:Recording – "So you want to be a policy analyst?" Interview wi
 th Priya Natarajan (speaking in a personal capacity). We'll talk about ho
 w you got into the public service\, what a day in the life looks like\,
  and advice for students about the application and interview process.\n\nR
 iverside studio link: https://riverside.fm/studio/policy-wonks
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Policy Wonks podcast – guest interview (S4E12)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="pma",
    uid="040000008200E00074C5B7101A82E00800000000ISEDPMA2025DC01000000000000000010000000F00F00F00F00",
    lab=(0, "", "", "", "", "own-performance-review-pma-mid-year"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hamelin, Stéphane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Mid-year review in MyGCPerformance. Please upda
 te your work objectives and competencies ahead of time\; we'll also talk
  about your learning plan and talent management.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDPMA2025DC01000000000000000010000000F00F00F00F00
SUMMARY;LANGUAGE=en-CA:PMA mid-year – Priya
DTSTART;TZID=Eastern Standard Time:20251031T140000
DTEND;TZID=Eastern Standard Time:20251031T150000
DTSTAMP:20251020T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Stéphane's office 1038
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="mock-board",
    uid="3m0b9k2d7h4a1rf8c5n6q2ve0t@google.com",
    lab=(0, "", "", "", "", "mock-board-interview-with-colleague-practice"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.natarajan.ott@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20251014T180000
DTEND:20251014T193000
DTSTAMP:20251012T020917Z
CREATED:20251012T020917Z
UID:3m0b9k2d7h4a1rf8c5n6q2ve0t@google.com
DESCRIPTION:practice run. she plays chair\, Dev times me. STAR: the AI cons
 ult\, the TB sub crunch\, conflict w/ CFO office. bring case memo
LOCATION:Anjali's place
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock board w/ Anjali - PCO Qs
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
))

EVENTS.append(dict(
    kind="csps-webinar",
    uid="csps-event-EVT-2025-1104-selection-processes",
    lab=(0, "", "", "", "", "webinar-about-succeeding-in-gc-interviews"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="CSPS Events / Événements EFPC":mailto:csps.events-evenements.efpc@csps-efpc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Virtual event: Navigating Staffing – How to pre
 pare for written exams and board interviews. Panel of HR advisors and hi
 ring managers. Q&A via Slido.\n
UID:csps-event-EVT-2025-1104-selection-processes
SUMMARY;LANGUAGE=en-CA:CSPS event: Navigating Staffing – exams and board interviews
DTSTART;TZID=Eastern Standard Time:20251104T120000
DTEND;TZID=Eastern Standard Time:20251104T130000
DTSTAMP:20251022T110000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Online / En ligne
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="info-coffee",
    uid="7t4c1q9m0v3k8ab2h5d6r1ne0s@google.com",
    lab=(0, "", "", "", "", "informational-coffee-with-bank-contact"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.natarajan.ott@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250911T081500
DTEND:20250911T090000
DTSTAMP:20250909T233051Z
CREATED:20250909T233051Z
UID:7t4c1q9m0v3k8ab2h5d6r1ne0s@google.com
DESCRIPTION:just to hear what FSD is like + how their hiring works. NOT an
  interview. he's treating
LOCATION:Happy Goat\, Wellington
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:coffee w Rahul (BoC) - info chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
))

EVENTS.append(dict(
    kind="career-expo",
    uid="ottawa-career-expo-2025-10-18-registration-44812",
    lab=(0, "", "", "", "", "careers-fair-with-employer-booths"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ottawa-career-expo-2025-10-18-registration-44812
DTSTAMP:20251001T140000Z
DTSTART:20251018T140000Z
DTEND:20251018T200000Z
SUMMARY:Ottawa Public Policy Careers Expo 2025
DESCRIPTION:Meet recruiters from 40+ federal departments\, Crown corporatio
 ns and think tanks. On-the-spot resume reviews and mini interview coachin
 g. Order #44812 – 1 x General Admission.
LOCATION:Shaw Centre\, 55 Colonel By Dr\, Ottawa
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="referee-call",
    uid="040000008200E00074C5B7101A82E00800000000ESDCREFJLDC01000000000000000010000000ABAB0101CDCD",
    lab=(0, "", "", "", "", "user-is-the-referee-for-former-colleague"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Wu, Stephanie [NC]":mailto:stephanie.wu@hrsdc-rhdcc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Hi Priya\, Jonathan Leblanc has named you as a r
 eference for process 25-ESDC-EA-SEB-01207 (EC-05). The call will take ab
 out 20 minutes\; I'll ask about his analytical thinking\, teamwork and re
 liability. Thank you!\n
UID:040000008200E00074C5B7101A82E00800000000ESDCREFJLDC01000000000000000010000000ABAB0101CDCD
SUMMARY;LANGUAGE=en-CA:Reference – Jonathan Leblanc (EC-05)
DTSTART;TZID=Eastern Standard Time:20251029T153000
DTEND;TZID=Eastern Standard Time:20251029T155000
DTSTAMP:20251024T141000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Phone – I'll call your desk
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="prep-block",
    uid="9a2c5e8k1m4q7t0v3x6z9b2d5f@google.com",
    lab=(0, "", "", "", "", "prep-block-before-board-interview"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.natarajan.ott@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20251023T193000
DTEND:20251023T213000
DTSTAMP:20251022T004412Z
CREATED:20251022T004412Z
UID:9a2c5e8k1m4q7t0v3x6z9b2d5f@google.com
DESCRIPTION:reread case memo\, mandate letters\, Speech from the Throne\, 3
  STAR stories. practice 15 min presentation out loud x2
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP PCO board (Fri)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
))

EVENTS.append(dict(
    kind="thank-you",
    uid="4b7e0h3k6n9q2t5w8z1c4f7i0l@google.com",
    lab=(0, "", "", "", "", "thank-you-note-reminder-after-panel"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.natarajan.ott@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20251014T170000
DTEND:20251014T171500
DTSTAMP:20251014T162908Z
CREATED:20251014T162908Z
UID:4b7e0h3k6n9q2t5w8z1c4f7i0l@google.com
DESCRIPTION:via Nadia? mention NBFI point Helen raised
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:send thx emails - BoC panel (Mathieu\, Helen\, David)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
))

EVENTS.append(dict(
    kind="medical",
    uid="medisys-appt-2025-12-09-pn-4471",
    lab=(0, "", "", "", "", "pre-employment-medical-for-offer"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Medisys Health Group//Booking//EN
VERSION:2.0
METHOD:REQUEST
""" + TOR + r"""BEGIN:VEVENT
UID:medisys-appt-2025-12-09-pn-4471
DTSTAMP:20251201T150000Z
DTSTART;TZID=America/Toronto:20251209T073000
DTEND;TZID=America/Toronto:20251209T083000
SUMMARY:Pre-employment medical assessment – Medisys Ottawa
DESCRIPTION:Appointment confirmed for Priya Natarajan. Pre-employment medi
 cal requested by your future employer (OECD – international assignment).
  Fasting 8 hours before blood work. Bring photo ID and vaccination recor
 d.
LOCATION:Medisys\, 340 Albert St\, Ottawa
ORGANIZER;CN=Medisys Ottawa:mailto:noreply@medisys.ca
ATTENDEE;CN=Priya Natarajan:mailto:priya.natarajan.ott@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="fingerprints",
    uid="8e1f4a7d0c3b6e9a2d5c8b1e4f7a0d3c",
    lab=(0, "", "", "", "", "security-clearance-fingerprinting-pre-employment"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priya.natarajan.ott@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20251110T123000
DTEND:20251110T130000
DTSTAMP:20251105T180244Z
CREATED:20251105T180244Z
UID:8e1f4a7d0c3b6e9a2d5c8b1e4f7a0d3c
DESCRIPTION:for the Bank's security clearance. bring 2 pieces of ID + the f
 orm Nadia sent
LOCATION:Commissionaires Ottawa\, 24 Colonnade Rd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:fingerprints (BoC security) - Commissionaires
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
))

EVENTS.append(dict(
    kind="research-interview",
    uid="uottawa-study-H-2025-0917-participant-12",
    lab=(0, "", "", "", "", "research-study-interview-participant"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251016T170000Z
DTEND:20251016T180000Z
DTSTAMP:20251006T143000Z
ORGANIZER;CN=Chloé Arsenault:mailto:carse021@uottawa.ca
UID:uottawa-study-H-2025-0917-participant-12
ATTENDEE;CN=priya.natarajan.ott@gmail.com;PARTSTAT=ACCEPTED:mailto:priya.na
 tarajan.ott@gmail.com
DESCRIPTION:Research interview – "Policy capacity in federal departments"
  (PhD study\, School of Political Studies\, University of Ottawa\, REB fil
 e H-2025-0917). Semi-structured interview\, ~60 min\, recorded with your
  consent. Participation is voluntary and confidential.
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research interview – uOttawa PhD study (participant)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))
