# ruff: noqa: E501, W291, W293, RUF100
"""holdout282 events, part E: the prison's own business that uses interview-like words (adjudications, ACCT,
first-night and security interviews, parole, police interviews of prisoners, staff investigations, inspections)."""

from holdout282ev_zones import GMT_STD, LONDON, fold, teams

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)

EVENTS = [
    dict(
        NEG,
        kind="recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000CAF5A6B7C893DC0100000000000000001000000033CC445566778899AABBCCDDEEFF0011",
        trap="adjudication-hearings-daily-recurring-override",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:Governor's adjudications - CM hearings (Seg unit). Check the DIS1/DIS3 paperwork\, remands to IA and the police referrals list before 9.\n
RRULE:FREQ=WEEKLY;UNTIL=20261218T090000Z;INTERVAL=1;BYDAY=MO,WE,FR;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000CAF5A6B7C893DC0100000000000000001000000033CC445566778899AABBCCDDEEFF0011
SUMMARY;LANGUAGE=en-GB:Adjudications - Seg
DTSTART;TZID=GMT Standard Time:20260907T090000
DTEND;TZID=GMT Standard Time:20260907T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260904T070511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Seg adjudication room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:IA (Independent Adjudicator) sitting this morning by video - CM hearings moved to the afternoon.\n
RECURRENCE-ID;TZID=GMT Standard Time:20261111T090000
UID:040000008200E00074C5B7101A82E00800000000CAF5A6B7C893DC0100000000000000001000000033CC445566778899AABBCCDDEEFF0011
SUMMARY;LANGUAGE=en-GB:Adjudications - Seg (PM - IA sitting AM)
DTSTART;TZID=GMT Standard Time:20261111T140000
DTEND;TZID=GMT Standard Time:20261111T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261109T071244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-GB:Seg adjudication room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-acct-review",
        uid="040000008200E00074C5B7101A82E00800000000DB06B7C8D994DC0100000000000000001000000044DD5566778899AABBCCDDEEFF001122",
        trap="acct-case-review-assessment-interview-wording",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Safer Custody Irwell":mailto:safercustody.irwell@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mental Health In-Reach":mailto:mhinreach.irwell@northmoorhealth.example.nhs.uk
DESCRIPTION;LANGUAGE=en-GB:ACCT first case review for A4721KD (H2-14)\, opened 02:10 after ligature found. The ACCT assessment interview was completed by the assessor this morning - please read it before the review. Case manager: CM Okonkwo-Hughes. Multi-disciplinary attendance required (healthcare\, chaplaincy\, key worker). Prisoner to attend.
UID:040000008200E00074C5B7101A82E00800000000DB06B7C8D994DC0100000000000000001000000044DD5566778899AABBCCDDEEFF001122
SUMMARY;LANGUAGE=en-GB:ACCT case review - A4721KD - H2-14
DTSTART;TZID=GMT Standard Time:20261020T140000
DTEND;TZID=GMT Standard Time:20261020T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261020T081502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:H wing office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="ios-hand-typed",
        uid="7A1C3E5B-9D2F-4B6A-8C0E-1F3A5C7E9B24",
        trap="prisoner-first-night-and-induction-interviews",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 19.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260929T172003Z
DTSTAMP:20260929T172040Z
DTSTART:20261002T173000
DTEND:20261002T200000
LAST-MODIFIED:20260929T172040Z
LOCATION:Reception / FNC
SEQUENCE:0
SUMMARY:First night ints - cover for Dave
DESCRIPTION:FNC interviews for new receptions (court transfers from Bolton + 2 from Kersal Moor). cell sharing risk assessments + induction interview slots for tomorrow
UID:7A1C3E5B-9D2F-4B6A-8C0E-1F3A5C7E9B24
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        NEG,
        kind="outlook-security-interview",
        uid="040000008200E00074C5B7101A82E00800000000EC17C8D9EA95DC0100000000000000001000000055EE66778899AABBCCDDEEFF00112233",
        trap="prisoner-security-interview-intelligence",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Security Department Irwell":mailto:security.irwell@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Security interview with prisoner on C wing following IR 4471 (suspected conveyance via visits). CM to lead\, Security SO to take notes. Do not discuss outside Security. Interview to be recorded on the IR.
UID:040000008200E00074C5B7101A82E00800000000EC17C8D9EA95DC0100000000000000001000000055EE66778899AABBCCDDEEFF00112233
SUMMARY;LANGUAGE=en-GB:Security interview - C wing - IR 4471
DTSTART;TZID=GMT Standard Time:20261009T103000
DTEND;TZID=GMT Standard Time:20261009T111500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261008T160100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:C wing interview room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="parole-hearing-video",
        uid="pb-oral-hearing-OH-26-11873-witness-cm@paroleboard.example.gov.uk",
        trap="parole-oral-hearing-panel-witness",
        ics=fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Parole Board//Hearing Listing//EN
METHOD:REQUEST
{LONDON}
BEGIN:VEVENT
UID:pb-oral-hearing-OH-26-11873-witness-cm@paroleboard.example.gov.uk
DTSTAMP:20261002T121407Z
DTSTART;TZID=Europe/London:20261104T100000
DTEND;TZID=Europe/London:20261104T130000
SUMMARY:Parole Board oral hearing OH/26/11873 - prison witness
ORGANIZER;CN=Parole Board Case Manager:mailto:listings@paroleboard.example.gov.uk
ATTENDEE;CN=Joanne Okonkwo-Hughes (HMP Irwell);ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION:Oral hearing listing\n\nPrisoner: A1298CF (HMP Irwell)\nPanel: three members (judicial chair\, independent member\, psychologist member)\nWitnesses: Prison Offender Manager\, Community Offender Manager\, prison psychologist\, Custodial Manager (custodial behaviour)\n\nThe hearing will be held by video (CVP). The panel will interview the prisoner and then take evidence from witnesses. Please join the link 15 minutes early from a private room.\n\nCVP: https://join.cvp.example.gov.uk/OH2611873
LOCATION:Video hearing (CVP) - Irwell Legal Visits VC room 2
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-police-production",
        uid="040000008200E00074C5B7101A82E00800000000FD28D9EAFB96DC0100000000000000001000000066FF778899AABBCCDDEEFF0011223344",
        trap="police-interview-under-caution-of-prisoner-same-force-as-application",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Police Liaison Officer Irwell":mailto:plo.irwell@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Legal Visits Irwell":mailto:legalvisits.irwell@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Pennine Constabulary (DC Paul Whelan\, CID) will attend to interview prisoner A3350DK under caution re: assault on staff (IR 4390). Solicitor attending. CM to authorise the production from the wing and the use of Legal Visits interview room 3 (recording equipment). Police to book in at the gate by 09:15.
UID:040000008200E00074C5B7101A82E00800000000FD28D9EAFB96DC0100000000000000001000000066FF778899AABBCCDDEEFF0011223344
SUMMARY;LANGUAGE=en-GB:Police interview (PACE) - A3350DK - Pennine Constabulary - Legal Visits
DTSTART;TZID=GMT Standard Time:20261013T093000
DTEND;TZID=GMT Standard Time:20261013T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261007T144212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Legal Visits - Interview Room 3
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-investigation-interview",
        uid="040000008200E00074C5B7101A82E00800000000AE39EAFB0C97DC010000000000000000100000007700889900AABBCCDDEEFF001122334455",
        trap="conduct-investigation-interview-user-as-investigator",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kaur, Ravinder (OSG)":mailto:ravinder.kaur@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="POA Branch Irwell":mailto:poa.branch.irwell@poa-branch.example.org.uk
DESCRIPTION;LANGUAGE=en-GB:Conduct and Discipline investigation (commissioned by the Deputy Governor) - witness interview. You are entitled to be accompanied by a trade union representative or work colleague. The interview will be recorded and you will be asked to sign the statement.
UID:040000008200E00074C5B7101A82E00800000000AE39EAFB0C97DC010000000000000000100000007700889900AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=en-GB:C&D investigation - witness interview - OSG R. Kaur
DTSTART;TZID=GMT Standard Time:20261026T140000
DTEND;TZID=GMT Standard Time:20261026T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261019T100344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Admin Block - Interview Room 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-rtw-interview",
        uid="040000008200E00074C5B7101A82E00800000000BF4AFB0C1DA8DC01000000000000000010000000889900AABBCCDDEEFF00112233445566",
        trap="return-to-work-interview-line-manager",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brennan, Tom (OSG)":mailto:tom.brennan@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Return to work interview following 12 days' sickness absence. We'll complete the RTW form\, look at any adjustments from OH and check where you are against the attendance management trigger points.
UID:040000008200E00074C5B7101A82E00800000000BF4AFB0C1DA8DC01000000000000000010000000889900AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=en-GB:RTW interview - T Brennan
DTSTART;TZID=GMT Standard Time:20261116T081500
DTEND;TZID=GMT Standard Time:20261116T084500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261113T152233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:CM office HB2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-exit-interview",
        uid="040000008200E00074C5B7101A82E00800000000C05B0C1D2EB9DC01000000000000000010000000990011AABBCCDDEEFF0011223344556677",
        trap="exit-interview-of-leaving-officer",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nolan, Chris (Band 3 PO)":mailto:chris.nolan@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Exit interview - Chris is leaving us for a job with Border Force at the airport (last shift 30th). Standard HMPPS exit questionnaire plus retention questions for the local retention plan. Please be honest\, it's anonymised in the return.\n\n{teams("709 215 338 441", "Ex7tKc", "520 198 736")}\n
UID:040000008200E00074C5B7101A82E00800000000C05B0C1D2EB9DC01000000000000000010000000990011AABBCCDDEEFF0011223344556677
SUMMARY;LANGUAGE=en-GB:Exit interview - PO Chris Nolan (leaving to Border Force)
DTSTART;TZID=GMT Standard Time:20261120T150000
DTEND;TZID=GMT Standard Time:20261120T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261117T080012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-spdr-review",
        uid="040000008200E00074C5B7101A82E00800000000D16C1D2E3FCADC01000000000000000010000000AA0011BBCCDDEEFF00112233445566778",
        trap="own-appraisal-strengths-conversation-with-manager",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Osei, Frank (Deputy Governor)":mailto:frank.osei@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Mid-year SPDR review. Bring your objectives evidence and let's have a proper strengths conversation about your development and the Head of Residence temp role. Also a wellbeing check-in.
UID:040000008200E00074C5B7101A82E00800000000D16C1D2E3FCADC01000000000000000010000000AA0011BBCCDDEEFF00112233445566778
SUMMARY;LANGUAGE=en-GB:SPDR mid-year - Joanne / Frank
DTSTART;TZID=GMT Standard Time:20261029T110000
DTEND;TZID=GMT Standard Time:20261029T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T091533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Deputy Governor's office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-inspection-interviews",
        uid="040000008200E00074C5B7101A82E00800000000E27D2E3F40DBDC01000000000000000010000000BB0011CCDDEEFF0011223344556677889",
        trap="inspectorate-interviews-user-as-staff-interviewee",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Governor's PA":mailto:govs.pa.irwell@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Unannounced inspection - week 2. The inspectors have asked to interview the residential CMs about safety\, use of force and the regime. 45 minutes each\, one-to-one with an inspector. Please bring the last 3 months of UoF data for your houseblock.
UID:040000008200E00074C5B7101A82E00800000000E27D2E3F40DBDC01000000000000000010000000BB0011CCDDEEFF0011223344556677889
SUMMARY;LANGUAGE=en-GB:Inspection - CM interview with inspector (safety/UoF)
DTSTART;TZID=GMT Standard Time:20260923T133000
DTEND;TZID=GMT Standard Time:20260923T141500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260918T170233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Inspectors' base room (Admin 2nd floor)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-weekly-meeting",
        uid="040000008200E00074C5B7101A82E00800000000F38E3F4051ECDC01000000000000000010000000CC0011DDEEFF00112233445566778899A",
        trap="safety-intervention-meeting-csip-referral-interviews",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Safer Custody Irwell":mailto:safercustody.irwell@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="HMP Irwell - Boardroom (12)":mailto:irwell.boardroom@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Weekly Safety Intervention Meeting (SIM). Standing agenda: open ACCTs\, CSIP referrals and outstanding CSIP investigation interviews\, violence data\, self-isolators\, Seg residents.\n
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000F38E3F4051ECDC01000000000000000010000000CC0011DDEEFF00112233445566778899A
SUMMARY;LANGUAGE=en-GB:SIM - Safety Intervention Meeting
DTSTART;TZID=GMT Standard Time:20260707T100000
DTEND;TZID=GMT Standard Time:20260707T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260630T081200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HMP Irwell - Boardroom (12)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
END:VCALENDAR
"""),
    ),
    dict(
        NEG,
        kind="outlook-room-booking",
        uid="040000008200E00074C5B7101A82E00800000000A49F405162FDDC01000000000000000010000000DD0011EEFF00112233445566778899AAB",
        trap="interview-room-resource-booking-for-omu",
        ics=fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{GMT_STD}
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo-Hughes, Joanne (CM)":mailto:joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HB2 - Interview Room 2":mailto:hb2.interviewroom2@hmp-irwell.example.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="OMU Irwell":mailto:omu.irwell@hmp-irwell.example.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Booked on behalf of OMU - POM keywork sessions and OASys interviews with HB2 prisoners. Room needs to be free by 12 for the healthcare clinic.
UID:040000008200E00074C5B7101A82E00800000000A49F405162FDDC01000000000000000010000000DD0011EEFF00112233445566778899AAB
SUMMARY;LANGUAGE=en-GB:Interview Room 2 - OMU (POM sessions)
DTSTART;TZID=GMT Standard Time:20261201T090000
DTEND;TZID=GMT Standard Time:20261201T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261124T150502Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:HB2 - Interview Room 2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ),
]
