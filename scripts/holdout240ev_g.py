"""holdout240 events, part g: more of Thabo's interviews in Gauteng and the Cape (phone, GoTo, Zoom, onsite)."""

EVENTS = [
    dict(
        kind="goto-invite", uid="goto-771-224-909-highlands@gotomeeting.com", y=1, company="Highlands Insurance",
        role="Financial Controller", stage="hiring_manager", who="brendan.oconnor@highlands.co.za",
        trap="gotomeeting-interview-with-cfo",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
UID:goto-771-224-909-highlands@gotomeeting.com
DTSTAMP:20250228T091500Z
DTSTART;TZID=Africa/Johannesburg:20250305T080000
DTEND;TZID=Africa/Johannesburg:20250305T090000
SUMMARY:Financial Controller - interview with Brendan O'Connor (CFO)
DESCRIPTION:Highlands Insurance - Financial Controller\n\nPlease join my me
 eting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/771
 224909\n\nYou can also dial in using your phone.\nSouth Africa: +27 11 259
  4925\nAccess Code: 771-224-909\n\nBrendan would like to understand your exp
 erience with insurance-type provisions and with IFRS 17 if any.
LOCATION:GoTo Meeting
ORGANIZER;CN=Brendan O'Connor:mailto:brendan.oconnor@highlands.co.za
ATTENDEE;CN=Thabo Nkosi;RSVP=TRUE:mailto:thabo.nkosi.ca@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="8z6x4c2v0b8n6m4l2k0j@google.com", y=1, company="Bushveld Leisure Resorts",
        role="Finance Manager", stage="", who="annemarie.vdberg@bushveldleisure.co.za",
        trap="telephonic-interview-phone-number-only",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250211T170000
DTEND;TZID=Africa/Johannesburg:20250211T173000
DTSTAMP:20250207T123301Z
ORGANIZER;CN=Annemarie van den Berg:mailto:annemarie.vdberg@bushveldleisure
 .co.za
UID:8z6x4c2v0b8n6m4l2k0j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Telephonic interview - Finance Manager (Bela-Bela & Hartbeespoo
 rt resorts). I will phone you on 082 555 0147. Annemarie
LOCATION:Telephonic
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telephonic interview - Thabo Nkosi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-invite", uid="pfr-2025-03-14-tn-practical@proteusfinance.co.za", y=1, company="Mopani Chrome",
        role="Finance Manager", stage="technical", who="",
        trap="practical-excel-ifrs-test-at-agency-for-named-client",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Thabo\,\n\nAs discussed\, Mopani Chrome requires all shortlis
 ted Finance Manager candidates to complete a 2-hour practical assessment b
 efore the panel interview: Excel (pivot\, lookups\, a cash flow model) and
  IFRS questions (IFRS 16\, IAS 16 componentisation\, IAS 37 rehabilitation)
 . It is invigilated at our offices. Bring your ID. Laptops are provided.\n\n
 Good luck!\nTanya Moodley\nProteus Finance Recruitment
DTEND;TZID=South Africa Standard Time:20250314T110000
DTSTAMP:20250311T075912Z
DTSTART;TZID=South Africa Standard Time:20250314T090000
LOCATION:Proteus Finance Recruitment\, 2nd Floor\, 11 Alice Lane\, Sandton
ORGANIZER;CN="Moodley, Tanya":mailto:tanya.moodley@proteusfinance.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY:Practical assessment - Mopani Chrome (Finance Manager)
TRANSP:OPAQUE
UID:pfr-2025-03-14-tn-practical@proteusfinance.co.za
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="tpu-ac-2025-0408-finlead-017@tpu.org.za", y=1, company="Tshwane Power Utility",
        role="Senior Manager: Financial Accounting", stage="onsite", who="",
        trap="assessment-centre-full-day-candidate",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="TPU Talent Acquisition":mailto:talentacquisition@tpu.org.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
DESCRIPTION;LANGUAGE=en-ZA:Dear Mr Nkosi\,\n\nCongratulations on being shor
 tlisted for the position of Senior Manager: Financial Accounting (Ref TPU/
 FIN/0917). You are invited to attend an assessment centre conducted by our
  service provider\, which will include an in-basket exercise\, a role play\,
  a case presentation and a competency-based interview.\n\nDuration: full day
  (08:00 - 16:00). Lunch will be provided.\nVenue: TPU Learning Academy\, Mega
 watt Park\, Pretoria West\n\nKindly confirm your attendance.\n
UID:tpu-ac-2025-0408-finlead-017@tpu.org.za
SUMMARY;LANGUAGE=en-ZA:Assessment Centre: Senior Manager Financial Accounti
 ng - Mr T Nkosi
DTSTART;TZID=South Africa Standard Time:20250408T080000
DTEND;TZID=South Africa Standard Time:20250408T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T060033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:TPU Learning Academy\, Pretoria West
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="1n3b5v7c9x1z3l5k7j9h@google.com", y=1, company="Kalahari Drilling Contractors",
        role="Financial Manager", stage="onsite", who="johan.vanrooyen@kalaharidrilling.co.za;"
        "kelebogile.setlhare@kalaharidrilling.co.za", trap="site-visit-and-interview-northern-cape-competitor",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250327T090000
DTEND;TZID=Africa/Johannesburg:20250327T140000
DTSTAMP:20250320T103344Z
ORGANIZER;CN=Kelebogile Setlhare:mailto:kelebogile.setlhare@kalaharidrillin
 g.co.za
UID:1n3b5v7c9x1z3l5k7j9h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Johan van Rooyen;X-NUM-GUESTS=0:mailto:johan.vanrooyen@kalaharidrilling
 .co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Hi Thabo\,\n\nAs discussed - you'll fly JNB-Kathu on the 07:00
  Airlink (ticket sent separately). Johan (MD) will collect you\, show you th
 e workshop and one of the rigs on the Sishen contract\, then a formal inter
 view with Johan and me at our Kathu office from 11:30. Back on the 16:10 fl
 ight.\n\nPPE will be provided - please bring your own safety boots if you h
 ave them.\n\nKelebogile Setlhare\nHR Manager
LOCATION:Kalahari Drilling Contractors\, Kathu
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Site visit + interview: Financial Manager (Thabo Nkosi)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite", uid="ZOOM91730022815@zoom.us", y=1, company="Lulaway Payroll", role="Finance Manager",
        stage="", who="rashaad.abrahams@lulaway.co.za", trap="zoom-invite-generic-title",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
@@JHB@@
BEGIN:VEVENT
DTSTAMP:20250401T134410Z
DTSTART;TZID=Africa/Johannesburg:20250404T113000
DTEND;TZID=Africa/Johannesburg:20250404T121500
SUMMARY:Lulaway - Thabo
UID:ZOOM91730022815@zoom.us
TZID:Africa/Johannesburg
DESCRIPTION:Rashaad Abrahams is inviting you to a scheduled Zoom meeting.\n
 \nTopic: Finance Manager interview - Thabo Nkosi\n\nJoin Zoom Meeting\nhttp
 s://us02web.zoom.us/j/91730022815?pwd=Ukt6RzZ2\n\nMeeting ID: 917 3002 281
 5\nPasscode: 880213\n\n---\n\nDial by your location\n• +27 21 426 0151 South
  Africa\n• +27 87 551 7702 South Africa
LOCATION:https://us02web.zoom.us/j/91730022815?pwd=Ukt6RzZ2
ORGANIZER;CN=Rashaad Abrahams:mailto:rashaad.abrahams@lulaway.co.za
ATTENDEE;CN=thabo.nkosi.ca@gmail.com;RSVP=TRUE:mailto:thabo.nkosi.ca@gmail.
 com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E008000000005566AA77BB88DB010000"
        "0000000000001000000099CCDDEE00112233445566778899AABB",
        y=1, company="Atlantic Seaboard Properties", role="Financial Controller", stage="final",
        who="gareth.williams@asreit.co.za;nomvula.dube@asreit.co.za",
        trap="final-in-person-cape-town-reit",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Williams, Gareth";SENT-BY="mailto:bianca.adams@asreit.co.za":mailto:gareth.williams@asreit.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dube, No
 mvula":mailto:nomvula.dube@asreit.co.za
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CPT Boardroom
  - Lion's Head":mailto:cpt.lionshead@asreit.co.za
DESCRIPTION;LANGUAGE=en-ZA:Dear Thabo\,\n\nFurther to your interview with N
 omvula\, Gareth would like to meet you in person for a final interview at o
 ur Cape Town office. We will cover your flights - Bianca will send the book
 ing. Please allow 90 minutes.\n\nRegards\nBianca Adams\nExecutive Assistan
 t to the CEO\n
UID:040000008200E00074C5B7101A82E008000000005566AA77BB88DB0100000000000000
 001000000099CCDDEE00112233445566778899AABB
SUMMARY;LANGUAGE=en-ZA:Final interview - Financial Controller - Thabo Nkosi
DTSTART;TZID=South Africa Standard Time:20250416T110000
DTEND;TZID=South Africa Standard Time:20250416T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:CPT Boardroom - Lion's Head\, 3rd Floor\, The Terra
 ces\, Bree Street
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="3m5n7b9v1c3x5z7a9s1d@google.com", y=1, company="Sable Hill Group",
        role="Group Financial Controller", stage="technical", who="marcus.naidoo@sablehill.co.za",
        trap="technical-interview-ifrs-consolidation",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250409T120000Z
DTEND:20250409T133000Z
DTSTAMP:20250403T155409Z
ORGANIZER;CN=Sable Hill Talent:mailto:talent@sablehill.co.za
UID:3m5n7b9v1c3x5z7a9s1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Naidoo;X-NUM-GUESTS=0:mailto:marcus.naidoo@sablehill.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Technical round for Group Financial Controller. Marcus Naidoo (G
 roup Reporting Director) will take you through a consolidation scenario (s
 tep acquisition\, NCI\, intercompany eliminations) and IFRS 16 / IAS 12 que
 stions. 90 minutes\, on Meet\, screen-sharing Excel.\n\nJoin with Google Mee
 t: https://meet.google.com/shg-tkvn-wpa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Technical interview - Group FC - Thabo Nkosi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry", uid="D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6", y=1, company="Mzansi Generics",
        role="Finance Manager", stage="hiring_manager", who="Dr Reddy", trap="handtyped-interview-with-fd-name-only",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20250402T063344Z
DTSTAMP:20250402T063401Z
UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6
DTSTART;TZID=Africa/Johannesburg:20250414T090000
DTEND;TZID=Africa/Johannesburg:20250414T100000
SUMMARY:Mzansi Generics - Finance Manager intvw w/ Dr Reddy (FD)
LOCATION:Mzansi Generics\, 8 Gewel St\, Isando
DESCRIPTION:5 min from work! Park at visitors. Topics: standard costing\,
  SEP price increases\, BBBEE. Take 2 hrs leave.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite", uid="040000008200E00074C5B7101A82E0080000000099AA88BB77CCDB010000"
        "00000000000010000000DDEE11FF2200334455667788AABBCCDD",
        y=1, company="Jozi Motor Group", role="Dealer Principal Finance Manager", stage="",
        who="yolanda.fourie@jozimotor.co.za", trap="teams-invite-generic-meeting-title-in-body",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Fourie, Yolanda":mailto:yolanda.fourie@jozimotor.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
DESCRIPTION;LANGUAGE=en-ZA:Hi Thabo\, thanks for your application for the D
 ealer Principal Finance Manager position. I'd like to do a first interview
  on Teams. Kind regards\, Yolanda Fourie (Group Finance Executive)\n\n______
 __________________________________________________________________________\nMi
 crosoft Teams meeting\nJoin on your computer\, mobile app or room device\nM
 eeting ID: 304 225 918 766\nPasscode: Jm4Tq8\n____________________________
 ____________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000099AA88BB77CCDB0100000000000000
 0010000000DDEE11FF2200334455667788AABBCCDD
SUMMARY;LANGUAGE=en-ZA:Thabo Nkosi
DTSTART;TZID=South Africa Standard Time:20250326T163000
DTEND;TZID=South Africa Standard Time:20250326T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T112013Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="5q7w9e1r3t5y7u9i1o3p@google.com", y=1, company="Phakama Engineering",
        role="Financial Controller", stage="recruiter_screen", who="nonhlanhla.cele@phakama.co.za",
        trap="google-meet-hr-first-interview-isizulu-greeting",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250220T080000
DTEND;TZID=Africa/Johannesburg:20250220T083000
DTSTAMP:20250217T141500Z
ORGANIZER;CN=Nonhlanhla Cele:mailto:nonhlanhla.cele@phakama.co.za
UID:5q7w9e1r3t5y7u9i1o3p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nonhlanhla Cele;X-NUM-GUESTS=0:mailto:nonhlanhla.cele@phakama.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Sawubona Thabo\,\n\nThank you for applying for the Financial Co
 ntroller post at Phakama Engineering (Durban). This is a first screening in
 terview with me from HR - about 30 minutes - before we set up the panel wi
 th our CFO.\n\nNgiyabonga\nNonhlanhla\n\nJoin with Google Meet: https://mee
 t.google.com/pkm-eqwr-zxa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Screening interview: Financial Controller
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="umoya-hr-iv-2025-04-22-tnkosi@umoyawind.co.za", y=1, company="Umoya Wind",
        role="Finance Manager: Operations", stage="", who="tessa.vanzyl@umoyawind.co.za;lwazi.mkhize@umoyawind.co.za",
        trap="ipp-panel-all-in-utc-cape-town",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Thabo\,\n\nThank you for your interest in the Finance Mana
 ger: Operations role at Umoya Wind Energy. Please join Tessa van Zyl (CFO)
  and Lwazi Mkhize (Asset Manager) for an interview on Teams. We will discus
 s REIPPPP reporting\, lender covenants and the O&M cost base of our two Eas
 tern Cape wind farms.\n\nRegards\nUmoya HR\n\nJoin the meeting now: https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_Njk0\nMeeting ID: 227 410
  589 030  Passcode: Wd7pL5
DTEND:20250422T090000Z
DTSTAMP:20250415T080102Z
DTSTART:20250422T080000Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="HR - Umoya Wind":mailto:hr@umoyawind.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="van Zyl,
  Tessa":mailto:Tessa.vanZyl@umoyawind.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mkhize,
  Lwazi":mailto:Lwazi.Mkhize@umoyawind.co.za
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ZA:Interview - Finance Manager: Operations
TRANSP:OPAQUE
UID:umoya-hr-iv-2025-04-22-tnkosi@umoyawind.co.za
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="7a9s1d3f5g7h9j1k3l5q@google.com", y=1, company="Siyakhula Schools Trust",
        role="Finance Manager", stage="", who="fatima.essop@gmail.com;nkosinathi.mbatha@siyakhula.org.za",
        trap="ngo-board-treasurer-on-free-mail-interviews",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250424T173000
DTEND;TZID=Africa/Johannesburg:20250424T183000
DTSTAMP:20250417T191212Z
ORGANIZER;CN=Nkosinathi Mbatha:mailto:nkosinathi.mbatha@siyakhula.org.za
UID:7a9s1d3f5g7h9j1k3l5q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Fatima Essop;X-NUM-GUESTS=0:mailto:fatima.essop@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Dear Thabo\, thank you for applying for the Finance Manager pos
 ition at Siyakhula Schools Trust. The interview will be with me (Executive
  Director) and Fatima Essop (Treasurer\, Board of Trustees). After-hours so
  Fatima can join. We'd like to hear how you'd handle donor-funded project a
 ccounting and the Section 18A receipts.\n\nJoin with Google Meet: https://m
 eet.google.com/sst-bmwq-ajk
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Siyakhula - Finance Manager interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
