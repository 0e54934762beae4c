"""holdout183 events, part F: more employers (trade press, charities, trade bodies, regulators, agencies)."""

from holdout183ev_zones import GMT_STD, LONDON

EVENTS = []

# Press Gazette: Calendly, booked by Oliver with the editor-in-chief
EVENTS.append(dict(
    kind="calendly", iv=1, company="Press Gazette", role="Deputy Editor",
    stage="", who="d.fairbairn@pressgazette.co.uk",
    trap="calendly-invitee-booking-deputy-editor",
    ics="""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-e4a1b7c9-2d3f-4a5b-8c6d-7e8f9a0b1c2d
DTSTAMP:20250227T220415Z
DTSTART:20250305T083000Z
DTEND:20250305T090000Z
SUMMARY:Oliver Kemp and Dom Fairbairn: Deputy Editor - first interview
DESCRIPTION:Event Name: Deputy Editor - first interview\\n\\nLocation: This is
  a Google Meet web conference.\\nhttps://meet.google.com/bzt-ouao-hvf\\n\\nNeed
  to make changes to this event?\\nCancel: https://calendly.com/cancellations/
 e4a1b7c9\\nReschedule: https://calendly.com/reschedulings/e4a1b7c9\\n\\nPowere
 d by Calendly.com
LOCATION:https://meet.google.com/bzt-ouao-hvf
ORGANIZER;CN=Dom Fairbairn:mailto:d.fairbairn@pressgazette.co.uk
ATTENDEE;CN=Oliver Kemp;PARTSTAT=ACCEPTED:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# The Lawyer: trial shift, typed on the phone
EVENTS.append(dict(
    kind="phone-typed", iv=1, company="The Lawyer", role="",
    stage="technical", who="",
    trap="typed-paid-trial-shift-on-news-desk",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + LONDON + """BEGIN:VEVENT
CREATED:20250404T071122Z
DTSTAMP:20250404T071150Z
DTSTART;TZID=Europe/London:20250414T090000
DTEND;TZID=Europe/London:20250414T173000
LAST-MODIFIED:20250404T071150Z
LOCATION:The Lawyer\\, Floor M\\, 85 Strand
SEQUENCE:0
SUMMARY:Trial shift @ The Lawyer (news ed job)
DESCRIPTION:paid day. Running the news list w Catrin. Holiday booked from Le
 dger (said family thing). Bring laptop + charger
TRANSP:OPAQUE
UID:C0FFEE11-2A3B-4C5D-8E9F-0A1B2C3D4E5F
END:VEVENT
END:VCALENDAR
"""))

# National Trust: phone screen typed as floating time, LF
EVENTS.append(dict(
    kind="desktop-typed", iv=1, company="National Trust", role="",
    stage="recruiter_screen", who="",
    trap="typed-floating-phone-screen-charity",
    eol="\n",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
BEGIN:VEVENT
UID:9F2C6B1E-4D3A-4E8F-B7A6-5C4D3E2F1A0B
DTSTAMP:20250117T200355Z
DTSTART:20250124T131500
DTEND:20250124T134500
SUMMARY:NT phone screen (HR) - media mgr role
DESCRIPTION:they ring me. Swindon-based but 2 days. salary band 58-64. ask ab
 out on-call rota
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Macmillan: GoTo Meeting
EVENTS.append(dict(
    kind="goto", iv=1, company="Macmillan Cancer Support", role="Head of Media Relations",
    stage="", who="l.fraser@macmillan.org.uk;p.odonnell@macmillan.org.uk",
    trap="goto-meeting-charity-panel",
    ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + """BEGIN:VEVENT
ATTENDEE;CN="Oliver Kemp";RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN="Lorna Fraser";RSVP=TRUE:mailto:l.fraser@macmillan.org.uk
ATTENDEE;CN="Patrick O'Donnell";RSVP=TRUE:mailto:p.odonnell@macmillan.org.uk
CLASS:PUBLIC
CREATED:20250304T094412Z
DESCRIPTION:Head of Media Relations - interview\\n\\nPanel: Lorna Fraser (Exec
 utive Director of Communications)\\, Patrick O'Donnell (Head of News)\\n\\nPle
 ase join my meeting from your computer\\, tablet or smartphone.\\nhttps://meet
 .goto.com/512778403\\n\\nYou can also dial in using your phone.\\nUnited Kingdo
 m: +44 20 3713 5011\\nAccess Code: 512-778-403\\n
DTEND;TZID="GMT Standard Time":20250317T113000
DTSTAMP:20250304T094412Z
DTSTART;TZID="GMT Standard Time":20250317T103000
LOCATION:GoTo Meeting
ORGANIZER;CN="Macmillan Recruitment":mailto:recruitment@macmillan.org.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview: Oliver Kemp - Head of Media Relations
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000050C1D2E3F48CDB0100000000000000001000000012ABCDEF34567890ABCDEF1234567890
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

# Joseph Rowntree Foundation via charity headhunter: first interview with the panel
EVENTS.append(dict(
    kind="headhunter-panel", iv=1, company="Joseph Rowntree Foundation", role="Director of Communications",
    stage="", who="helen.barker@jrf.org.uk;sam.adeyemi@jrf.org.uk",
    trap="search-firm-invite-first-panel-york",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250408T090000Z
DTEND:20250408T103000Z
DTSTAMP:20250328T142108Z
ORGANIZER;CN=Ravenscroft Search:mailto:appointments@ravenscroftsearch.co.uk
UID:4f6h8j0l2n4p6r8t0v2x4z6b8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp.writes@gmail.com;X-NUM-GUESTS=0:mailto:oliver.kemp.write
 s@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Helen B
 arker;X-NUM-GUESTS=0:mailto:helen.barker@jrf.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sam Ade
 yemi;X-NUM-GUESTS=0:mailto:sam.adeyemi@jrf.org.uk
CREATED:20250328T142040Z
DESCRIPTION:JRF - Director of Communications - first interviews\\n\\nCandidate
 : Oliver Kemp\\nPanel: Helen Barker (Chief Executive)\\, Sam Adeyemi (Chair of
  the People Committee)\\nVenue: The Homestead\\, 40 Water End\\, York YO30 6WP (t
 rain 07:00 from King's Cross)\\n\\nPlease prepare a 10 minute presentation: "H
 ow should JRF use its voice in the next two years?"\\n\\nRavenscroft Search
LAST-MODIFIED:20250328T142108Z
LOCATION:The Homestead\\, 40 Water End\\, York
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:JRF DoC - Oliver Kemp - 1st interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Resolution Foundation: Google invite, call with the chief exec
EVENTS.append(dict(
    kind="gcal", iv=1, company="Resolution Foundation", role="Head of Communications",
    stage="final", who="r.shah@resolutionfoundation.org",
    trap="think-tank-final-chat-with-chief-exec",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250506T160000Z
DTEND:20250506T164500Z
DTSTAMP:20250501T103012Z
ORGANIZER;CN=Jo Prentice:mailto:j.prentice@resolutionfoundation.org
UID:8t0v2x4z6b8d0f2h4j6l8n0p2r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp.writes@gmail.com;X-NUM-GUESTS=0:mailto:oliver.kemp.write
 s@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ruth Sh
 ah;X-NUM-GUESTS=0:mailto:r.shah@resolutionfoundation.org
CREATED:20250501T102950Z
DESCRIPTION:Hi Oliver - Ruth would like a final conversation before we make
  a decision on the Head of Communications post. 2 Queen Anne's Gate\\, SW1H 9
 AA.\\n\\nJo Prentice\\nOffice Manager\\, Resolution Foundation
LAST-MODIFIED:20250501T103012Z
LOCATION:2 Queen Anne's Gate\\, London SW1H 9AA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Oliver Kemp / Ruth Shah - final conversation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Association of British Insurers: Outlook, Teams, sent by HR
EVENTS.append(dict(
    kind="outlook", iv=1, company="Association of British Insurers", role="Director of Communications",
    stage="", who="mark.heddle@abi.org.uk;sian.evans@abi.org.uk",
    trap="trade-body-outlook-teams-panel",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="People Team (ABI)":mailto:peopleteam@abi.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=oliver.kem
 p.writes@gmail.com:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Heddle, Mark":mailto:mark.heddle@abi.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Evans, Sian":mailto:sian.evans@abi.org.uk
DESCRIPTION;LANGUAGE=en-GB:Director of Communications - interview with Mark H
 eddle (Director General) and Sian Evans (Director\\, People)\\n\\n___________
 _____________________________________________________________________\\nMicr
 osoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\nCli
 ck here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_NmQ3YzE0>\\nMeeting ID: 359 440 218 301\\nPasscode: bT4vQ9\\n__________
 ______________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E0080000000088D1E2F3A49BDB010000000000000000100000006677889900AABBCCDDEEFF0011223344
SUMMARY;LANGUAGE=en-GB:ABI - Director of Communications - Oliver Kemp
DTSTART;TZID=GMT Standard Time:20250423T110000
DTEND;TZID=GMT Standard Time:20250423T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T155500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Competition and Markets Authority: assessment centre, all-day
EVENTS.append(dict(
    kind="csj-allday", iv=1, company="Competition and Markets Authority", role="Head of Press",
    stage="onsite", who="",
    trap="civil-service-all-day-assessment-centre",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:CSJ-394002-AC-2241187@civilservicejobs.service.gov.uk
DTSTAMP:20250409T120000Z
DTSTART;VALUE=DATE:20250501
DTEND;VALUE=DATE:20250502
SUMMARY:Assessment centre - Head of Press (G6) - CMA (394002)
DESCRIPTION:Vacancy: 394002 - Head of Press\\, Grade 6\\nDepartment: Competiti
 on and Markets Authority\\n\\nYour assessment centre will take place at The C
 abot\\, 25 Cabot Square\\, London E14 4QZ and will include a media handling ex
 ercise (recorded mock broadcast interview)\\, a written exercise and a panel
  interview assessing Behaviours\\, Strengths and Experience. Detailed timings w
 ill be sent separately.\\n\\nPlease do not reply to this email.
LOCATION:The Cabot\\, 25 Cabot Square\\, London E14 4QZ
ORGANIZER;CN=Civil Service Jobs:mailto:noreply@civilservicejobs.service.gov.uk
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""))

# Brunswick: Lever, partner interview
EVENTS.append(dict(
    kind="lever", iv=1, company="Brunswick", role="Director - Financial Media",
    stage="", who="tobias.marchant@brunswickgroup.com",
    trap="lever-pr-agency-partner-interview",
    ics="""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-2a9d77f0-51c8-4b0e-8a3e-c6f41d9b0e25
DTSTAMP:20250219T164010Z
DTSTART:20250227T173000Z
DTEND:20250227T181500Z
SUMMARY:Interview: Oliver Kemp for Director - Financial Media (Tobias Marchant)
DESCRIPTION:Brunswick Group - Interview\\n\\nCandidate: Oliver Kemp\\nInterview
 er: Tobias Marchant (Partner)\\nLocation: 16 Lincoln's Inn Fields\\, London WC2
 A 3ED\\n\\nScheduled with Lever
LOCATION:16 Lincoln's Inn Fields\\, London WC2A 3ED
ORGANIZER;CN=Brunswick Recruiting:mailto:recruiting@brunswickgroup.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Tobias Marchant;PARTSTAT=ACCEPTED:mailto:tobias.marchant@brunswickgroup.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# UK Finance: Outlook invite without Teams, in person, "conversation"
EVENTS.append(dict(
    kind="outlook", iv=1, company="UK Finance", role="Head of Media",
    stage="hiring_manager", who="c.nwosu@ukfinance.org.uk",
    trap="outlook-trade-body-director-coffee-about-role",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Nwosu, Chidi":mailto:c.nwosu@ukfinance.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Oliver Kemp:mailto:oliver.kemp.writes@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Oliver - following your application for Head of M
 edia\\, a first conversation with me before we set up the panel. Pop up to 5t
 h floor\\, 1 Angel Court. Chidi\\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4A2DB01000000000000000010000000FFEEDDCCBBAA99887766554433221100
SUMMARY;LANGUAGE=en-GB:Oliver Kemp <> Chidi Nwosu (Head of Media)
DTSTART;TZID=GMT Standard Time:20250513T083000
DTEND;TZID=GMT Standard Time:20250513T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250507T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:1 Angel Court\\, London EC2R 7HJ
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Insurance Times: hurried phone entry with typo
EVENTS.append(dict(
    kind="phone-typed", iv=1, company="Insurance Times", role="",
    stage="", who="",
    trap="typed-typo-intervew-with-abbrev",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250411T122301Z
DTSTAMP:20250411T122309Z
DTSTART:20250417T160000
DTEND:20250417T170000
SUMMARY:Ins Times intervew (ed) - teams
DESCRIPTION:link in gmail
SEQUENCE:0
TRANSP:OPAQUE
UID:8D7C6B5A-4938-2716-0F1E-2D3C4B5A6978
END:VEVENT
END:VCALENDAR
"""))

# Full Fact: BambooHR, video interview with a fact-check exercise
EVENTS.append(dict(
    kind="bamboohr", iv=1, company="Full Fact", role="Head of Communications",
    stage="technical", who="",
    trap="bamboohr-charity-exercise-plus-interview",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BambooHR//ATS//EN
METHOD:REQUEST
""" + LONDON + """BEGIN:VEVENT
UID:bamboohr-fullfact-ats-int-20250430-311
DTSTAMP:20250424T103000Z
DTSTART;TZID=Europe/London:20250430T140000
DTEND;TZID=Europe/London:20250430T151500
SUMMARY:Full Fact - Head of Communications - stage 1 (exercise + interview)
DESCRIPTION:Hi Oliver\\,\\n\\nThanks for applying. Stage 1 is on Google Meet: a
  30-minute exercise (we'll share a claim and a draft press release - tell us
  what you'd change and why) followed by a 45-minute conversation with two of
  the team.\\n\\nhttps://meet.google.com/fwq-hxzb-rte\\n\\nBest\\,\\nFull Fact Ope
 rations
LOCATION:Google Meet
ORGANIZER;CN=Full Fact:mailto:jobs@fullfact.org
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))
