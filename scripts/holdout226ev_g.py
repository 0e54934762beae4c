"""holdout226 events, part G: the user on the HIRING side at Midland Borough Police (1 of 2)."""

from holdout226ev_tz import GMT_STD, LONDON_APPLE

EVENTS = [
    dict(
        kind="pcso-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN="Greenway, Paula (Police Staff)";RSVP=TRUE:mailto:paula.greenw
 ay@midlandborough.police.uk
CLASS:PUBLIC
CREATED:20250217T090000Z
DESCRIPTION:OFFICIAL\n\nThank you for volunteering as a panel member for P
 CSO recruitment (Cohort 25/03).\n\nYou will be paired with Paula Greenway
  (Neighbourhood Support Manager). 6 candidates\, 45 minute slots:\n09:00
  Cand 0411\n09:50 Cand 0415\n10:40 Cand 0417\n11:30 break\n12:00 Cand 042
 2\n12:50 Cand 0426\n13:40 Cand 0430\n\nQuestion sets\, marking guides and
  score sheets will be in the room. Please do not take score sheets out o
 f the building. Candidates are identified by number only.\n\nRecruitment
  Team\, People Services
DTEND;TZID="GMT Standard Time":20250226T143000
DTSTAMP:20250217T090000Z
DTSTART;TZID="GMT Standard Time":20250226T084500
LOCATION:Tally Ho - Interview Rooms 1 & 2
ORGANIZER;CN="Recruitment Team":mailto:recruitment@midlandborough.police.u
 k
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:OFFICIAL - PCSO Recruitment Panel (Cohort 25/03) -
  Day 2
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000001122AABB3344DB0100000000000000
 001000000055667788990011223344556677889900
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E008000000001122AABB3344DB0100000000000000"
                 "001000000055667788990011223344556677889900", 0, "", "", "", "",
                 "user-as-interviewer-pcso-recruitment-panel")],
    ),
    dict(
        kind="interview-pack",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=FALSE:mailto:aisha.rahman@midlandb
 orough.police.uk
CLASS:PUBLIC
DESCRIPTION:OFFICIAL-SENSITIVE\n\nPanel members - please read the attache
 d before Wednesday: PCSO question set B (4 competency questions + 1 valu
 es question)\, the marking guide (1-5 behavioural anchors) and the Fair S
 election guidance. Do NOT share with anyone who may be supporting an app
 licant.\n\nPaula
DTSTART;VALUE=DATE:20250224
DTEND;VALUE=DATE:20250225
DTSTAMP:20250220T101500Z
ORGANIZER;CN="Greenway, Paula (Police Staff)":mailto:paula.greenway@midland
 borough.police.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Read: PCSO question set B + marking guide
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000AABBCCDD0011DB0100000000000000
 0010000000FFEEDDCCBBAA99887766554433221100
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000AABBCCDD0011DB01000000000000000"
                 "010000000FFEEDDCCBBAA99887766554433221100", 0, "", "", "", "",
                 "user-as-interviewer-question-set-marking-guide")],
    ),
    dict(
        kind="moderation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN="Greenway, Paula (Police Staff)";RSVP=TRUE:mailto:paula.greenw
 ay@midlandborough.police.uk
ATTENDEE;CN="Fox, Dean (PS 2290)";RSVP=TRUE:mailto:dean.fox@midlandborough
 .police.uk
CLASS:PUBLIC
DESCRIPTION:Consolidation of panel scores for Cohort 25/03 before offers g
 o out. Bring your score sheets. We need to agree borderline cands (scores
  of 17-19) and any adverse vetting flags.
DTEND;TZID="GMT Standard Time":20250305T103000
DTSTAMP:20250227T133000Z
DTSTART;TZID="GMT Standard Time":20250305T093000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Recruitment Team":mailto:recruitment@midlandborough.police.u
 k
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:PCSO 25/03 - panel wash-up / score moderation
UID:040000008200E00074C5B7101A82E0080000000022CCDDEE5566DB0100000000000000
 00100000001F2E3D4C5B6A79880F1E2D3C4B5A6978
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000022CCDDEE5566DB010000000000000000"
                 "100000001F2E3D4C5B6A79880F1E2D3C4B5A6978", 0, "", "", "", "",
                 "user-as-interviewer-panel-wash-up-moderation")],
    ),
    dict(
        kind="candidate-reply",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250219T190000Z
DTEND:20250219T193000Z
DTSTAMP:20250214T221903Z
ORGANIZER;CN="Rahman, Aisha (4471)":mailto:aisha.rahman@midlandborough.pol
 ice.uk
UID:040000008200E00074C5B7101A82E0080000000033DDEEFF6677DB0100000000000000
 0010000000ABCDEF0123456789ABCDEF0123456789
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kier
 an Doyle;X-NUM-GUESTS=0:mailto:kierandoyle1999@gmail.com
COMMENT:Thanks Sarge\, see you then. I've got my application form number
  if you need it (SC-0233).
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Specials application - informal chat before interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000033DDEEFF6677DB01000000000000000"
                 "010000000ABCDEF0123456789ABCDEF0123456789", 0, "", "", "", "",
                 "user-as-interviewer-candidate-reply-accepted")],
    ),
    dict(
        kind="acting-sgt-board",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN="Cooper, Liam (PC 6632)";RSVP=TRUE:mailto:liam.cooper@midlandb
 orough.police.uk
ATTENDEE;CN="Begum, Shazia (PC 7015)";RSVP=TRUE:mailto:shazia.begum@midlan
 dborough.police.uk
ATTENDEE;CN="Walker, Jade (PC 5581)";RSVP=TRUE:mailto:jade.walker@midlandb
 orough.police.uk
CLASS:PUBLIC
DESCRIPTION:Temporary/acting Sgt selection - Response Team B. 3 applicants
 \, 30 mins each\, panel Insp Cole (chair) and Sgt Rahman. Applicants: ple
 ase attend at your allocated time only - Liam 13:00\, Shazia 13:40\, Jade
  14:20. Questions based on the Sgt CVF profile + a short scenario (early
 s\, 4 on\, 3 immediates\, one officer injured - talk us through it).\n\nIn
 sp M Cole
DTEND;TZID="GMT Standard Time":20250407T150000
DTSTAMP:20250328T111100Z
DTSTART;TZID="GMT Standard Time":20250407T130000
LOCATION:Steelhouse Lane - Insp office
ORGANIZER;CN="Cole, Martin (Insp 1187)":mailto:martin.cole@midlandborough.p
 olice.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:A/Sgt selection - Team B - boards
UID:040000008200E00074C5B7101A82E0080000000044EEFF007788DB0100000000000000
 00100000000A1B2C3D4E5F60718293A4B5C6D7E8F9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000044EEFF007788DB010000000000000000"
                 "100000000A1B2C3D4E5F60718293A4B5C6D7E8F9", 0, "", "", "", "",
                 "user-as-interviewer-acting-sergeant-boards-applicants-attend")],
    ),
    dict(
        kind="typed-cand-notes",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250226T151205Z
DTEND;TZID=Europe/London:20250226T143000
DTSTAMP:20250226T151310Z
DTSTART;TZID=Europe/London:20250226T090000
LAST-MODIFIED:20250226T151310Z
SEQUENCE:0
SUMMARY:PCSO ints day 2
DESCRIPTION:0411 strong - Q2 community 4\, Q4 ok. 0415 nervous\, values Q
  v weak (2). 0417 DNA. 0422 ex-retail security\, good\, 4s. 0426 great on
  ASB q - recommend. 0430 marginal 18 - flag for moderation. Paula agrees
  except 0415.
TRANSP:OPAQUE
UID:91B3F0C2-7D4E-4A55-8C1B-0E2F3A4B5C6D
END:VEVENT
END:VCALENDAR
""",
        labels=[("91B3F0C2-7D4E-4A55-8C1B-0E2F3A4B5C6D", 0, "", "", "", "",
                 "user-as-interviewer-hand-typed-candidate-scores")],
    ),
    dict(
        kind="agency-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
ATTENDEE;CN=Jon Whitcombe;RSVP=TRUE:mailto:jon.whitcombe62@outlook.com
CLASS:PUBLIC
DESCRIPTION:Hi Sgt Rahman\,\n\nAs requested by DI Marsh\, please find Jon'
 s CV attached for the contract Investigator (PIP2) role supporting the R
 esponse file-build backlog (3 months\, Lloyd House). Jon is ex-WMP (DC\,
  retired 2023)\, vetting NPPV2 lapsed in Jan.\n\nI've put in a 30 minute
  Teams call for you both so you can assess his suitability before we sub
 mit the agency timesheet. Rate: £32/hr via Sapphire.\n\nKind regards\nTo
 ni Reid\nSenior Consultant - Public Sector Investigations\nSapphire Resou
 rcing
DTEND;TZID="GMT Standard Time":20250403T113000
DTSTAMP:20250331T154500Z
DTSTART;TZID="GMT Standard Time":20250403T110000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Toni Reid":mailto:toni.reid@sapphireresourcing.co.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Candidate call: Jon Whitcombe - Contract Investigat
 or (PIP2) - Sapphire Resourcing
UID:040000008200E00074C5B7101A82E00800000000557700119922DB0100000000000000
 001000000098A7B6C5D4E3F2019A8B7C6D5E4F3021
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E00800000000557700119922DB0100000000000000"
                 "001000000098A7B6C5D4E3F2019A8B7C6D5E4F3021", 0, "", "", "", "",
                 "user-as-interviewer-agency-sends-contract-candidate")],
    ),
    dict(
        kind="bookings-host",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=MBP Positive Action Team:mailto:PositiveAction@midlandborough
 policeuk.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rahman,
  Aisha (4471)":mailto:aisha.rahman@midlandborough.police.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hamza Al
 i:mailto:hamza.ali.b11@gmail.com
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Ask a Sergeant - 1:1 wi
 th a serving officer (prospective applicants)\nStaff: Aisha Rahman\nCust
 omer: Hamza Ali\nCustomer notes: Applying for PCDA in the next intake. Wo
 rried about the interview and the fitness test\, would like to know wha
 t response is really like as a Muslim officer.\n\nBooked using Microsoft
  Bookings
UID:bookings-0a9b8c7d6e5f40312a1b2c3d4e5f6a7b
SUMMARY;LANGUAGE=en-US:Ask a Sergeant 1:1 - Hamza Ali
DTSTART;TZID=GMT Standard Time:20250416T180000
DTEND;TZID=GMT Standard Time:20250416T183000
DTSTAMP:20250409T201103Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        labels=[("bookings-0a9b8c7d6e5f40312a1b2c3d4e5f6a7b", 0, "", "", "", "",
                 "user-as-interviewer-bookings-host-prospective-applicant")],
    ),
    dict(
        kind="shadow-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
DESCRIPTION:Aisha - as a new assessor you need to observe one full day bef
 ore sitting on a Detention Officer panel yourself. Sit in\, don't score\,
  take notes on how we probe. Chat afterwards re calibration.\n\nSandra
DTEND;TZID="GMT Standard Time":20250211T160000
DTSTAMP:20250204T083000Z
DTSTART;TZID="GMT Standard Time":20250211T090000
LOCATION:Perry Barr Custody - training room
ORGANIZER;CN="Hollis, Sandra (Custody Inspector)":mailto:sandra.hollis@mid
 landborough.police.uk
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Detention Officer interviews - observer (Sgt Rahma
 n)
UID:040000008200E00074C5B7101A82E0080000000066AA11BB22CCDB0100000000000000
 0010000000C0FFEE0123456789ABCDEFC0FFEE0123
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000066AA11BB22CCDB01000000000000000"
                 "010000000C0FFEE0123456789ABCDEFC0FFEE0123", 0, "", "", "", "",
                 "user-as-interviewer-shadowing-detention-officer-panel")],
    ),
    dict(
        kind="assessor-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
ATTENDEE;CN="Rahman, Aisha (4471)";RSVP=TRUE:mailto:aisha.rahman@midlandbo
 rough.police.uk
CLASS:PUBLIC
DESCRIPTION:OFFICIAL\n\nPCDA / DHEP Day One Assessment Centre - assessor r
 ota.\n\nYou are allocated to: Interactive exercise 2 (role-play - member
  of public complaint) as ASSESSOR. Role actors are provided by the College
  framework. Assessor briefing 08:00 sharp. Please bring your assessor ac
 creditation number. Overtime code: REC-AC-25.\n\nRecruitment Team
DTEND;TZID="GMT Standard Time":20250424T170000
DTSTAMP:20250408T101500Z
DTSTART;TZID="GMT Standard Time":20250424T080000
LOCATION:Tally Ho - Assessment Centre suites A-D
ORGANIZER;CN="Recruitment Team":mailto:recruitment@midlandborough.police.u
 k
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Assessment Centre - assessor (Exercise 2 role-play)
UID:040000008200E00074C5B7101A82E0080000000077BB22CC33DDDB0100000000000000
 0010000000D00D1E2E3F4F5A6A7B8B9C0C1D2D3E4E
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        labels=[("040000008200E00074C5B7101A82E0080000000077BB22CC33DDDB01000000000000000"
                 "010000000D00D1E2E3F4F5A6A7B8B9C0C1D2D3E4E", 0, "", "", "", "",
                 "user-as-interviewer-assessment-centre-assessor-role-play")],
    ),
]
