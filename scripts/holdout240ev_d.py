"""holdout240 events, part d: more of Thabo on the hiring side (group accountant, payroll, campus, candidates)."""

EVENTS = [
    dict(
        kind="google-invite", uid="2b8n4m6k0j3h5g7f9d1s@google.com", y=0, company="", role="", stage="", who="",
        hiring=True, trap="user-as-interviewer-candidate-free-mail-invite",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250226T160000
DTEND;TZID=Africa/Johannesburg:20250226T164500
DTSTAMP:20250224T201533Z
ORGANIZER;CN=Mpho Sithole:mailto:mphosithole.acc@gmail.com
UID:2b8n4m6k0j3h5g7f9d1s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mpho Sithole;X-NUM-GUESTS=0:mailto:mphosithole.acc@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi@highvelddb.co.za;X-NUM-GUESTS=0:mailto:thabo.nkosi@hig
 hvelddb.co.za
DESCRIPTION:Good evening Mr Nkosi\,\n\nThank you for considering my applica
 tion for the Assistant Accountant position. As requested I have sent an in
 vite for Wednesday at 16:00. I have added a Google Meet link in case you pr
 efer to do it online because of the distance from Pretoria.\n\nKind regards
 \nMpho Sithole\n\nJoin with Google Meet: https://meet.google.com/hrd-kwnb-
 oza
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Mpho Sithole (Assistant Accountant) with Highveld Drill
  & Blast
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000AB34CD56EF78DB01000000000000000010000000"
        "1029384756AFBECD1029384756AFBECD", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-appointment-committee-chair",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thabo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mabuza,
  Naledi":mailto:naledi.mabuza@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Botha, M
 arius":mailto:marius.botha@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Govender
 , Kreshan":mailto:kreshan.govender@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Agenda\n1. Long list (23) -> shortlist for Assis
 tant Financial Manager (Paterson D1)\n2. EE targets for the role (see plan
  2024-2026)\n3. Who sits on the 1st and 2nd round panels\, dates\n4. Techni
 cal test (consolidation + IFRS 16 lease schedule) - Kreshan to set\n\nThabo
 \n
UID:040000008200E00074C5B7101A82E00800000000AB34CD56EF78DB0100000000000000
 00100000001029384756AFBECD1029384756AFBECD
SUMMARY;LANGUAGE=en-ZA:AFM appointment - selection committee (shortlisting)
DTSTART;TZID=South Africa Standard Time:20250319T100000
DTEND;TZID=South Africa Standard Time:20250319T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T113407Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:CFO office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000CD56EF7801A2DB01000000000000000010000000"
        "5A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-campus-recruitment-stand",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Mabuza, Naledi":mailto:naledi.mabuza@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zwane, A
 yanda":mailto:ayanda.zwane@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:UJ Accounting Career Fair - Highveld Drill & Bl
 ast stand (no. 31). We are recruiting for the 2026 SAICA training contract
  and vac work. Please do quick 5-min chats with final-year and Honours stud
 ents\, collect CVs and mark the promising ones with a star. Banner\, flyers
  and branded pens are in my car. Wear HDB golf shirts.\n
UID:040000008200E00074C5B7101A82E00800000000CD56EF7801A2DB0100000000000000
 00100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
SUMMARY;LANGUAGE=en-ZA:UJ Accounting Career Fair - HDB stand
DTSTART;TZID=South Africa Standard Time:20250415T090000
DTEND;TZID=South Africa Standard Time:20250415T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T090455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:UJ Auckland Park Kingsway Campus\, Sports Hall
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-entry", uid="040000008200E00074C5B7101A82E0080000000011DD22EE33FFDB01000000000000000010000000"
        "ABCDEFABCDEF0123ABCDEFABCDEF0123", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-feedback-task",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:scores + comments on Nomsa / Sibusiso / Zanele to Naledi. Zanel
 e 1st choice subject to trial day. Sibusiso - no (recons weak).
DTEND;TZID=South Africa Standard Time:20250305T081500
DTSTAMP:20250304T170102Z
DTSTART;TZID=South Africa Standard Time:20250305T080000
PRIORITY:5
SEQUENCE:0
SUMMARY:Feedback to HR - creditors clerk
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000011DD22EE33FFDB0100000000000000
 0010000000ABCDEFABCDEF0123ABCDEFABCDEF0123
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E0080000000088AA99BB00CCDB01000000000000000010000000"
        "0F1E2D3C4B5A69788796A5B4C3D2E1F0", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-assessment-day-assessor",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Mabuza, Naledi":mailto:naledi.mabuza@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Venter,
  Annelie":mailto:annelie.venter@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Khoza, J
 abulani":mailto:jabulani.khoza@highvelddb.co.za
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ISD Training C
 entre":mailto:isd.training@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Articles 2026 - assessment day for the 12 shortl
 isted students.\n\n08:00 welcome & site safety induction\n08:45 group exer
 cise (cost overrun on a blasting contract) - assessors observe and rate\n1
 0:30 individual case (IFRS 15 variation orders)\n12:30 lunch with the curr
 ent trainees\n13:30 assessor wash-up\n\nAssessor guide & rating forms will
  be on the tables.\n
UID:040000008200E00074C5B7101A82E0080000000088AA99BB00CCDB0100000000000000
 00100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=en-ZA:Articles 2026 assessment day - assessors
DTSTART;TZID=South Africa Standard Time:20250207T080000
DTEND;TZID=South Africa Standard Time:20250207T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250128T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:ISD Training Centre
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E0080000000066CC77DD88EEDB01000000000000000010000000"
        "99887766554433221100FFEEDDCCBBAA", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-finance-rep-on-payroll-panel",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Mokoena, Dineo (HR)":mailto:dineo.mokoena@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mabuza,
  Naledi":mailto:naledi.mabuza@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Thabo\, thank you for agreeing to be the financ
 e representative on the panel for the Payroll Administrator (VIP Premier).
  3 candidates\, 45 min each. Questions split: HR (competencies)\, you (recon
 s\, PAYE/UIF/SDL\, month-end journals).\n
UID:040000008200E00074C5B7101A82E0080000000066CC77DD88EEDB0100000000000000
 001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=en-ZA:Payroll Administrator - panel
DTSTART:20250324T070000Z
DTEND:20250324T100000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T094411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:HR boardroom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite", uid="040000008200E00074C5B7101A82E00800000000EE11DD22CC33DB01000000000000000010000000"
        "3C4D5E6F708192A3B4C5D6E7F8091A2B", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-teams-organiser-online-candidate",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Nkosi, Thabo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sipho.ndl
 ovu@tuks.co.za:mailto:sipho.ndlovu@tuks.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mabuza,
  Naledi":mailto:naledi.mabuza@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Dear Sipho\,\n\nThank you for making yourself av
 ailable. As you are writing a test on Thursday we will do your training co
 ntract interview online. Please have your ID ready on camera.\n\nRegards\nT
 habo Nkosi CA(SA)\nFinancial Manager | Highveld Drill & Blast (Pty) Ltd\n\n
 ________________________________________________________________________________\nM
 icrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19
 %3ameeting_OTg2\nMeeting ID: 219 553 804 117  Passcode: Ue2Kd9\n__________
 ______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000EE11DD22CC33DB0100000000000000
 00100000003C4D5E6F708192A3B4C5D6E7F8091A2B
SUMMARY;LANGUAGE=en-ZA:HDB training contract interview - Sipho Ndlovu
DTSTART;TZID=South Africa Standard Time:20250219T153000
DTEND;TZID=South Africa Standard Time:20250219T161000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T102209Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTg2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry", uid="5D4C3B2A-1F0E-4D9C-8B7A-69584736A2B1", y=0, company="", role="", stage="",
        who="", hiring=True, trap="user-as-interviewer-reference-check-on-candidate",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20250311T104455Z
DTSTAMP:20250311T104512Z
UID:5D4C3B2A-1F0E-4D9C-8B7A-69584736A2B1
DTSTART;TZID=Africa/Johannesburg:20250312T091500
DTEND;TZID=Africa/Johannesburg:20250312T093000
SUMMARY:ref check Zanele M - call her old FM
DESCRIPTION:Mr Pillay (Grinaker site office) 011 555 0180. Ask: reliabilit
 y\, recon quality\, why she left\, would he rehire. Consent form signed - on
  file w Naledi.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-entry", uid="040000008200E00074C5B7101A82E0080000000077BB88CC99DDDB01000000000000000010000000"
        "FACEB00CFACEB00CFACEB00CFACEB00C", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-cv-shortlisting-block",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:62 applications from the SAICA portal + UJ/Wits/UP. Cut to 12 fo
 r the assessment day. Criteria: CTA/PGDA marks\, Gauteng-based\, driver's l
 icence\, EE plan. Don't book anything.
DTEND;TZID=South Africa Standard Time:20250129T170000
DTSTAMP:20250127T065544Z
DTSTART;TZID=South Africa Standard Time:20250129T133000
PRIORITY:5
SEQUENCE:0
SUMMARY:Shortlisting - articles applications
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000077BB88CC99DDDB0100000000000000
 0010000000FACEB00CFACEB00CFACEB00CFACEB00C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000BEEF1234CAFEDB01000000000000000010000000"
        "12345678ABCDEF0012345678ABCDEF00", y=0, company="", role="", stage="", who="", hiring=True,
        trap="user-as-interviewer-second-round-technical-lead",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Mabuza, Naledi":mailto:naledi.mabuza@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nkosi, T
 habo":mailto:thabo.nkosi@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Govender
 , Kreshan":mailto:kreshan.govender@highvelddb.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tshepo Ma
 seko:mailto:tshepo.maseko@outlook.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="ISD Boardroom
  2 (1st)":mailto:isd.boardroom2@highvelddb.co.za
DESCRIPTION;LANGUAGE=en-ZA:Dear Tshepo\,\n\nWe are pleased to invite you to
  a second interview for the position of Assistant Financial Manager at Hig
 hveld Drill & Blast. This round is a technical interview led by Thabo Nkos
 i (Financial Manager) with Kreshan Govender (Group Reporting). You will hav
 e 45 minutes to complete a consolidation and IFRS 16 exercise before the i
 nterview.\n\nPlease bring your ID.\n\nKind regards\nNaledi Mabuza\nHR Busin
 ess Partner\n
UID:040000008200E00074C5B7101A82E00800000000BEEF1234CAFEDB0100000000000000
 001000000012345678ABCDEF0012345678ABCDEF00
SUMMARY;LANGUAGE=en-ZA:Second interview: Assistant Financial Manager - Tsh
 epo Maseko
DTSTART;TZID=South Africa Standard Time:20250409T090000
DTEND;TZID=South Africa Standard Time:20250409T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T141200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:ISD Boardroom 2 (1st)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
