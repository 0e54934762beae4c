"""holdout213 negatives: everyday work at ISED and personal life."""

from holdout213ev_tz import EST, TOR

EVENTS = []

EVENTS.append(dict(
    kind="lfs-call",
    uid="F3A91C2E-5D0B-4E77-8A16-LFS2025NOV",
    lab=(0, "", "", "", "", "statcan-labour-force-survey-interviewer-call"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
BEGIN:VEVENT
DTSTAMP:20251109T010203Z
DTSTART:20251112T183000
DTEND:20251112T184500
SUMMARY:StatCan interviewer calling back (Labour Force Survey)
DESCRIPTION:they call monthly for 6 mo. have Ravi's hours ready
UID:F3A91C2E-5D0B-4E77-8A16-LFS2025NOV
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="stay-interview",
    uid="040000008200E00074C5B7101A82E00800000000ISEDSTAY01DC01000000000000000010000000DEAD0000BEEF",
    lab=(0, "", "", "", "", "stay-interview-retention-current-employer"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ouellet, Brigitte (ISED/ISDE)";SENT-BY="mailto:lucie.charbonn
 eau@ised-isde.gc.ca":mailto:brigitte.ouellet@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:As part of the SPS retention initiative\, Brigitt
 e is holding short "stay interviews" with analysts: what keeps you here\,
  what might make you leave\, what support you need.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDSTAY01DC01000000000000000010000000DEAD0000BEEF
SUMMARY;LANGUAGE=en-CA:Stay interview – Priya / Brigitte
DTSTART;TZID=Eastern Standard Time:20251121T133000
DTEND;TZID=Eastern Standard Time:20251121T140000
DTSTAMP:20251114T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:DG office 1101
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="bn-review",
    uid="040000008200E00074C5B7101A82E00800000000ISEDBNAI01DC0100000000000000001000000012121212ABAB",
    lab=(0, "", "", "", "", "briefing-note-review-with-director"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hamelin, Stéphane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Natarajan, Pr
 iya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lam, Jessica
  (ISED/ISDE)":mailto:jessica.lam@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Review BN for the Minister – AI Compute Access
  Fund\, options for Budget. Needs to go to ADM by Thursday via the DG. TR
 IM 2025-SPS-04417.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDBNAI01DC0100000000000000001000000012121212ABAB
SUMMARY;LANGUAGE=en-CA:BN review – AI compute (MIN) – v4
DTSTART;TZID=Eastern Standard Time:20251015T100000
DTEND;TZID=Eastern Standard Time:20251015T110000
DTSTAMP:20251010T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="adm-bilat",
    uid="040000008200E00074C5B7101A82E00800000000ISEDADMB01DC0100000000000000001000000034343434CDCD",
    lab=(0, "", "", "", "", "adm-bilat-with-other-department-adm"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="ADMO SPS / BSMA SPS (ISED/ISDE)":mailto:admo-bsma.sps@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Park, Daniel
  (ISED/ISDE)":mailto:daniel.park@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitcombe, Jo
 anne (FIN)":mailto:joanne.whitcombe@fin.gc.ca
DESCRIPTION;LANGUAGE=en-CA:ADM Park / ADM Whitcombe (Finance) bilat. Items:
  (1) AI compute – budget ask\; (2) SR&ED review. Priya is note-taker and
  supports on item 1. Scenario note due to ADMO Monday noon.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDADMB01DC0100000000000000001000000034343434CDCD
SUMMARY;LANGUAGE=en-CA:ADM bilat – ISED SPS / FIN EDCF
DTSTART;TZID=Eastern Standard Time:20251007T130000
DTEND;TZID=Eastern Standard Time:20251007T133000
DTSTAMP:20251001T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:90 Elgin – FIN 14th floor / Teams
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="tb-sub",
    uid="040000008200E00074C5B7101A82E00800000000ISEDTBSUB1DC0100000000000000001000000056565656EFEF",
    lab=(0, "", "", "", "", "treasury-board-submission-meeting-with-tbs-analyst"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Natarajan, Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benoit, M
 axime (TBS/SCT)":mailto:maxime.benoit@tbs-sct.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kaur, Sim
 ran (ISED/ISDE)":mailto:simran.kaur@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Walk-through of the draft TB submission (AI Comp
 ute Access Fund – program authorities) with our TBS program sector analy
 st before the February TB meeting. CFO office (Simran) joining for the f
 inancial annex.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDTBSUB1DC0100000000000000001000000056565656EFEF
SUMMARY;LANGUAGE=en-CA:TB sub – walk-through w/ TBS PSS analyst
DTSTART;TZID=Eastern Standard Time:20251202T140000
DTEND;TZID=Eastern Standard Time:20251202T150000
DTSTAMP:20251125T183000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="mc-drafting",
    uid="040000008200E00074C5B7101A82E00800000000ISEDMCDR01DC0100000000000000001000000078787878ABAB",
    lab=(0, "", "", "", "", "memo-to-cabinet-drafting-with-pco"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hamelin, Stéphane (ISED/ISDE)":mailto:stephane.hamelin@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Natarajan, Pr
 iya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Henderson
 , Kate (PCO/BCP)":mailto:kate.henderson@pco-bcp.gc.ca
DESCRIPTION;LANGUAGE=en-CA:MC drafting session – Ritz + RIAS sections. PCO
  (Kate) to give feedback on the "Considerations" section. SECRET – no pri
 nting outside the secure room.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDMCDR01DC0100000000000000001000000078787878ABAB
SUMMARY;LANGUAGE=en-CA:MC drafting – AI compute (SECRET)
DTSTART;TZID=Eastern Standard Time:20251105T140000
DTEND;TZID=Eastern Standard Time:20251105T160000
DTSTAMP:20251030T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:235 Queen – secure room 10-1099
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="atip-deadline",
    uid="040000008200E00074C5B7101A82E00800000000ISEDATIP01DC010000000000000000100000009A9A9A9ABCBC",
    lab=(0, "", "", "", "", "atip-retrieval-deadline-all-day"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="ATIP Liaison SPS":mailto:atip-aiprp.sps@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:ATIP A-2025-01183 – retrieval of records (AI co
 mpute consultations\, Jan-Jun 2025). Records and recommendations on sens
 itivities due to ATIP liaison by end of day.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDATIP01DC010000000000000000100000009A9A9A9ABCBC
SUMMARY;LANGUAGE=en-CA:DEADLINE – ATIP A-2025-01183 retrieval
DTSTART;VALUE=DATE:20251017
DTEND;VALUE=DATE:20251018
DTSTAMP:20251003T130000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="hockey",
    uid="1k9h2c5a8f0b3e6d@google.com",
    lab=(0, "", "", "", "", "kids-hockey-recurring-with-override"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Family
X-WR-TIMEZONE:America/Toronto
""" + TOR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250913T081500
DTEND;TZID=America/Toronto:20250913T093000
RRULE:FREQ=WEEKLY;UNTIL=20260314T045959Z;BYDAY=SA
DTSTAMP:20250901T120000Z
UID:1k9h2c5a8f0b3e6d@google.com
DESCRIPTION:U11 C – Arjun. jersey #17. snacks rota on TeamSnap
LOCATION:Minto Recreation Complex – Barrhaven
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Arjun hockey practice
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251115T130000
DTEND;TZID=America/Toronto:20251115T143000
DTSTAMP:20251110T120000Z
UID:1k9h2c5a8f0b3e6d@google.com
RECURRENCE-ID;TZID=America/Toronto:20251115T081500
DESCRIPTION:tryouts for A team?? ice moved to afternoon
LOCATION:Walter Baker Sports Centre
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Arjun hockey – evaluation skate
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="doctor",
    uid="E0C12B77-8A3D-41F9-9B55-DRLEUNG2025",
    lab=(0, "", "", "", "", "family-doctor-annual-physical"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
BEGIN:VEVENT
DTSTAMP:20250902T180000Z
DTSTART:20250918T081000
DTEND:20250918T083000
SUMMARY:Dr Leung - physical
DESCRIPTION:ask re: thyroid results + Meera's referral
LOCATION:Riverside Family Health\, Bank St
UID:E0C12B77-8A3D-41F9-9B55-DRLEUNG2025
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="passport",
    uid="sc-appt-PPT-2025-11-08-771204",
    lab=(0, "", "", "", "", "service-canada-passport-appointment"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Service Canada//Appointment Booking//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:sc-appt-PPT-2025-11-08-771204
DTSTAMP:20251025T200000Z
DTSTART:20251108T143000Z
DTEND:20251108T150000Z
SUMMARY:Service Canada – Passport services appointment / Rendez-vous – Services de passeport
DESCRIPTION:Confirmation: PPT-771204. Service: Child passport applications
  (2). Bring completed forms\, proof of citizenship\, guarantor declaratio
 n\, photos and both parents' ID.
LOCATION:Service Canada Centre – Ottawa (Sparks)\, 110 Sparks St
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="dentist",
    uid="0b5c9e2f7a4d1c8e@google.com",
    lab=(0, "", "", "", "", "dentist-cleaning"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20251208T160000Z
DTEND:20251208T170000Z
DTSTAMP:20251101T120000Z
UID:0b5c9e2f7a4d1c8e@google.com
SUMMARY:dentist - cleaning (Dr. Farouk)
LOCATION:Glebe Dental
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="media-prep",
    uid="040000008200E00074C5B7101A82E00800000000ISEDMEDIA1DC01000000000000000010000000C1C1D2D2E3E3",
    lab=(0, "", "", "", "", "minister-cbc-interview-media-lines-prep"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Comms ISED - Media Relations":mailto:media.relations@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Minister's interview with CBC The House airs Sat
 urday. Need SPS to validate media lines and Q&A on AI compute by 3 p.m.
  Policy SME on standby.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDMEDIA1DC01000000000000000010000000C1C1D2D2E3E3
SUMMARY;LANGUAGE=en-CA:Media lines – MIN interview (CBC The House)
DTSTART;TZID=Eastern Standard Time:20251106T133000
DTEND;TZID=Eastern Standard Time:20251106T143000
DTSTAMP:20251105T220000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Teams
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="headhunter-call",
    uid="5q8r1t4w7z0c3f6i@google.com",
    lab=(0, "", "", "", "", "headhunter-call-confidential-client-unnamed"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251124T220000Z
DTEND:20251124T221500Z
DTSTAMP:20251120T020000Z
ORGANIZER;CN=Greg Lawson:mailto:greg.lawson@boyden.ca
UID:5q8r1t4w7z0c3f6i@google.com
ATTENDEE;CN=priya.natarajan.ott@gmail.com;PARTSTAT=NEEDS-ACTION:mailto:priy
 a.natarajan.ott@gmail.com
DESCRIPTION:Priya – thanks for connecting on LinkedIn. I'm working on a co
 nfidential search (EX-01 equivalent\, policy leadership\, Ottawa) and you
 r profile came up. 15 min to see if it's worth a deeper conversation?
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya / Greg (Boyden) – intro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="french-class",
    uid="040000008200E00074C5B7101A82E00800000000ISEDFLT001DC01000000000000000010000000F0F0E1E1D2D2",
    lab=(0, "", "", "", "", "language-training-oral-exam-simulation"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lachance, Hélène":mailto:helene.lachance@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Natarajan, Pr
 iya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=fr-CA:Cours de français – niveau C. Aujourd'hui : si
 mulation d'entrevue orale (format TEO)\, rétroaction individuelle.\n
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20251218T170000Z
UID:040000008200E00074C5B7101A82E00800000000ISEDFLT001DC01000000000000000010000000F0F0E1E1D2D2
SUMMARY;LANGUAGE=fr-CA:Formation linguistique – français (niveau C)
DTSTART;TZID=Eastern Standard Time:20250911T080000
DTEND;TZID=Eastern Standard Time:20250911T090000
DTSTAMP:20250905T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Teams
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="mentoring",
    uid="040000008200E00074C5B7101A82E00800000000ISEDMENT01DC010000000000000000100000001A2B3C4D5E6F",
    lab=(0, "", "", "", "", "mentoring-career-conversation-with-adm"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Park, Daniel (ISED/ISDE)";SENT-BY="mailto:admo-bsma.sps@ised-
 isde.gc.ca":mailto:daniel.park@ised-isde.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Natarajan,
  Priya (ISED/ISDE)":mailto:priya.natarajan@ised-isde.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Mentoring session (SPS mentorship program). Car
 eer conversation – next steps toward EC-06/EX\, interview tips.\n
UID:040000008200E00074C5B7101A82E00800000000ISEDMENT01DC010000000000000000100000001A2B3C4D5E6F
SUMMARY;LANGUAGE=en-CA:Mentoring – ADM Park / Priya
DTSTART;TZID=Eastern Standard Time:20250929T083000
DTEND;TZID=Eastern Standard Time:20250929T090000
DTSTAMP:20250922T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:ADM office
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="parent-teacher",
    uid="schoolcash-ptint-2025-11-20-ocdsb-7712",
    lab=(0, "", "", "", "", "parent-teacher-interview-school"),
    ics=r"""BEGIN:VCALENDAR
PRODID:-//School Interviews//Booking//EN
VERSION:2.0
METHOD:PUBLISH
""" + TOR + r"""BEGIN:VEVENT
UID:schoolcash-ptint-2025-11-20-ocdsb-7712
DTSTAMP:20251110T010000Z
DTSTART;TZID=America/Toronto:20251120T181000
DTEND;TZID=America/Toronto:20251120T182000
SUMMARY:Parent-Teacher Interview – Meera Natarajan (Gr. 3) – Mme Tessier
DESCRIPTION:Booked via schoolinterviews.ca. Room 112. Interviews are 10 mi
 nutes – please be on time.
LOCATION:Mutchmor Public School\, Room 112
END:VEVENT
END:VCALENDAR
"""))
