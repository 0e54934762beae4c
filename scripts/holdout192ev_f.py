# ruff: noqa: E501, W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part F: Ngozi on the HIRING side at Meridian Trust Bank (Lagos) – oral interviews, tests,
scorecards, debriefs, committees, candidates' replies, an agency's candidate, her own notes, Calendly as host."""

EVENTS = [
    dict(
        kind="oral-interview",
        uid="040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DC01000000000000000010000000B1B2B3B4B5B6B7B8C1C2C3C4C5C6C7C8",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-oral-interview-shortlisted-network-engineers",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Oyelowo, Funmilayo (HCM - Talent Acquisition)":mailto:funmilayo.oyelowo@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okeke, Femi (Network Operations)":mailto:femi.okeke@meridiantrustbank.ng
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="HQ-VI 7th Floor Conference Room B":mailto:hq7fconfb@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Dear Ngozi\,\n\nFind below the schedule for the
  oral interview of shortlisted candidates for the position of Network Engi
 neer II (Infrastructure Group).\n\n10:00 Chinedu Okafor\n10:45 Aisha Bello
 \n11:30 Oluwaseun Ajayi\n12:15 Break\n12:30 Emmanuel Udoh\n\nCVs and the 
 scoring template are in the Network Engineer II folder on the HCM SharePoi
 nt. Kindly return completed score sheets to HCM by close of business.\n\nR
 egards\,\nFunmilayo\nHuman Capital Management
UID:040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DC0100000000000000001
 0000000B1B2B3B4B5B6B7B8C1C2C3C4C5C6C7C8
SUMMARY;LANGUAGE=en-US:Oral Interview – Network Engineer II (Shortlisted Ca
 ndidates)
DTSTART;TZID=W. Central Africa Standard Time:20250925T100000
DTEND;TZID=W. Central Africa Standard Time:20250925T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250919T103312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HQ-VI 7th Floor Conference Room B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="technical-assessment",
        uid="040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DC01000000000000000010000000E1E2E3E4E5E6E7E8F1F2F3F4F5F6F7F8",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-chairs-noc-technical-assessment",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okeke, Femi (Network Operations)":mailto:femi.okeke@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ibrahim, Sadiq (Data Centre Ops)":mailto:sadiq.ibrahim@meridiantrustbank.ng
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="HQ-VI Training Lab 2 (20 PCs)":mailto:hqtraininglab2@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Femi\, Sadiq –\n\nBatch 2 of the NOC Engineer t
 echnical assessment. 8 candidates. Sadiq to set up the Packet Tracer lab 
 + the Linux box before 9. I will chair the practical and do the 20-min one
 -on-ones after lunch. Marking guide attached. No phones in the lab.\n\nN
 gozi
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DC0100000000000000001
 0000000E1E2E3E4E5E6E7E8F1F2F3F4F5F6F7F8
SUMMARY;LANGUAGE=en-US:NOC Engineer – Technical Assessment (Batch 2)
DTSTART;TZID=W. Central Africa Standard Time:20251007T090000
DTEND;TZID=W. Central Africa Standard Time:20251007T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250930T172045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HQ-VI Training Lab 2 (20 PCs)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="scorecard-due",
        uid="SF-TASK-IFB-0004471-77120@meridiantrustbank.successfactors.eu",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-successfactors-feedback-form-due",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Central//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SF-TASK-IFB-0004471-77120@meridiantrustbank.successfactors.eu
DTSTAMP:20251010T070000Z
DTSTART;VALUE=DATE:20251013
DTEND;VALUE=DATE:20251014
SUMMARY:Interview Central: rating due – Senior Network Engineer (Req 4471) – 3 candidates
DESCRIPTION:You have 3 candidates awaiting your interview assessment in I
 nterview Central for requisition 4471 – Senior Network Engineer. Please r
 ate each competency (Routing & Switching\, Network Security\, Automation\, 
 Communication) and submit your overall recommendation.\n\nhttps://perform
 ancemanager.successfactors.eu/sf/interviewcentral
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="debrief",
        uid="040000008200E00074C5B7101A82E0080000000011223344556FDC0100000000000000001000000066778899AABBCCDDEEFF001122334455",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-shortlist-debrief-teams",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Oyelowo, Funmilayo (HCM - Talent Acquisition)":mailto:funmilayo.oyelowo@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okeke, Femi (Network Operations)":mailto:femi.okeke@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:To agree the preferred candidate and reserve f
 or Snr Network Engineer (Req 4471) based on the panel scores. Please brin
 g your notes.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_MTBkZWJyaWVm\nMeeting ID: 455 210 983 772\nPa
 sscode: 2rTq9s\n
UID:040000008200E00074C5B7101A82E0080000000011223344556FDC01000000000000000010
 00000066778899AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=en-US:Debrief – Snr Network Engineer (Req 4471)
DTSTART;TZID=W. Central Africa Standard Time:20251015T150000
DTEND;TZID=W. Central Africa Standard Time:20251015T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T091455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiring-committee",
        uid="040000008200E00074C5B7101A82E00800000000FEDCBA987654DC0100000000000000001000000001234567890ABCDEF0123456789ABCDE",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-management-staff-committee-final-selection",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Eze, Chiamaka (Company Secretariat)";SENT-BY="mailto:ed.technology.office@meridiantrustbank.ng":mailto:chiamaka.eze@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Balogun, Kunle (ED Technology & Operations)":mailto:kunle.balogun@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Danjuma, Halima (Head HCM)":mailto:halima.danjuma@meridiantrustbank.ng
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="HQ-VI 12th Floor Boardroom":mailto:hq12boardroom@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Management Staff Committee (Hiring) – agenda:\n
 1. Infrastructure Operations Lead – final selection (2 candidates)\, pres
 entation of assessment results by Head\, IT Infrastructure\n2. Approval o
 f grade and compensation band\n3. AOB
UID:040000008200E00074C5B7101A82E00800000000FEDCBA987654DC01000000000000000010
 00000001234567890ABCDEF0123456789ABCDE
SUMMARY;LANGUAGE=en-US:MSC (Hiring) – Infrastructure Operations Lead
DTSTART;TZID=W. Central Africa Standard Time:20251022T140000
DTEND;TZID=W. Central Africa Standard Time:20251022T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T080102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HQ-VI 12th Floor Boardroom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="shadowing",
        uid="040000008200E00074C5B7101A82E00800000000ABCDEF012345DC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-new-manager-shadows-her-interviews",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nwachukwu, Obinna (Data Centre Ops)":mailto:obinna.nwachukwu@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Obinna – you will sit in on my interviews for 
 the Systems Administrator role on Thursday as part of your line-manager d
 evelopment plan. Observe only for the first two\, then you lead the third 
 and I will observe. 15 min before to go through the question bank and sc
 oring.
UID:040000008200E00074C5B7101A82E00800000000ABCDEF012345DC0100000000000000001
 0000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-US:Obinna shadowing – Sys Admin interviews
DTSTART;TZID=W. Central Africa Standard Time:20251030T094500
DTEND;TZID=W. Central Africa Standard Time:20251030T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T114230Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:My office / 7th floor
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="candidate-reply",
        uid="040000008200E00074C5B7101A82E0080000000022446688AACCDC01000000000000000010000000113355779BBDDFF0022446688AACCEE0",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-candidate-gmail-accepted-reply",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251106T090000Z
DTEND:20251106T094500Z
DTSTAMP:20251103T194401Z
ORGANIZER;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
UID:040000008200E00074C5B7101A82E0080000000022446688AACCDC0100000000000000001
 0000000113355779BBDDFF0022446688AACCEE0
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ifeoma
  Nnaji;X-NUM-GUESTS=0:mailto:ifeoma.nnaji88@gmail.com
COMMENT:Thank you ma\, I will be there by 9:45. Ifeoma
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Interview – Systems Administrator (Meridian Trust Bank)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-candidate",
        uid="TBN-CAND-20251110-KAlabi@talentbridge.com.ng",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-lagos-agency-proposes-candidate-slot",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251105T101500Z
DESCRIPTION:Dear Mrs Adeyemi\,\n\nFurther to our call\, please find attach
 ed the CV of Kayode Alabi (CCNP Enterprise\, 7 yrs – currently with an IS
 P in Lekki) for your Network Engineer vacancy. He is available to meet yo
 u at the time below. Kindly accept to confirm.\n\nWarm regards\,\nBolaji T
 hompson\nSenior Consultant\, Talentbridge Nigeria\n0809 555 2231\n
DTEND;TZID="W. Central Africa Standard Time":20251110T113000
DTSTAMP:20251105T101500Z
DTSTART;TZID="W. Central Africa Standard Time":20251110T110000
ORGANIZER;CN="Bolaji Thompson":mailto:bolaji@talentbridge.com.ng
ATTENDEE;CN="Adeyemi, Ngozi";RSVP=TRUE:mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;CN="Kayode Alabi";RSVP=TRUE:mailto:kayodealabi.net@yahoo.com
LOCATION:Meridian Trust Bank HQ\, Adeola Odeku St\, VI
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Candidate: Kayode Alabi – Network Engineer – meetin
 g with Mrs Adeyemi
TRANSP:OPAQUE
UID:TBN-CAND-20251110-KAlabi@talentbridge.com.ng
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-candidate-notes",
        uid="8F2D4B6A-1C3E-4A5F-9B7D-0E2C4A6B8D1F",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-typed-notes-on-candidate",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:8F2D4B6A-1C3E-4A5F-9B7D-0E2C4A6B8D1F
DTSTAMP:20251110T121802Z
CREATED:20251110T121802Z
DTSTART:20251110T110000
DTEND:20251110T114500
SUMMARY:Kayode A (Talentbridge)
DESCRIPTION:strong BGP/OSPF\, knows Fortinet. weak on automation - no pyt
 hon. salary exp 1.1m/month too high? 2nd rd w Femi?? ask Bolaji abt notic
 e
LOCATION:7th flr
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host",
        uid="c7a0b5d2-3e19-4f86-b24c-91d0e8f7a653@calendly.com",
        interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        hiring=True,
        trap="user-as-interviewer-calendly-host-phone-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c7a0b5d2-3e19-4f86-b24c-91d0e8f7a653@calendly.com
DTSTAMP:20251112T153020Z
DTSTART:20251114T080000Z
DTEND:20251114T082000Z
SUMMARY:Network Engineer – phone screen: Damilola Ogundipe
ORGANIZER;CN=Ngozi Adeyemi:mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;CN=Damilola Ogundipe;PARTSTAT=ACCEPTED:mailto:dami.ogundipe@yahoo.com
LOCATION:Phone call – Ngozi Adeyemi will call the invitee at +234 706 555 
 4410
DESCRIPTION:Event Name: Network Engineer – phone screen (20 min)\n\nInvite
 e: Damilola Ogundipe\nInvitee email: dami.ogundipe@yahoo.com\n\nQuestions
 :\nCurrent role: NOC Engineer\, 4 years (telecoms)\nCertifications: CCNA\,
  NSE4\nNotice period: 1 month\n\nView event in Calendly: https://calendly.
 com/events/c7a0b5d2\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
