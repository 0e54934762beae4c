"""holdout240 events, part b: the JSE retailer, the gold miner, and Cape Town start-ups."""

EVENTS = [
    dict(
        kind="allday-entry", uid="b7c1e9a4-0d2f-4e57-9a3b-hirevue-kfr@thabo", y=1, company="Karoo Fresh Retail",
        role="Financial Controller: Supply Chain", stage="", who="", trap="hirevue-one-way-video-allday-deadline",
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Africa/Johannesburg
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250217
DTEND;VALUE=DATE:20250218
DTSTAMP:20250214T175501Z
UID:b7c1e9a4-0d2f-4e57-9a3b-hirevue-kfr@thabo
CREATED:20250214T175501Z
SUMMARY:Karoo Fresh - HireVue video interview (deadline 23:59)
DESCRIPTION:One-way recorded interview\, 6 questions\, 3 min each\, 30 sec
  prep. Link in SuccessFactors mail "Next step in your application - FC: Sup
 ply Chain". Do it Sunday night after kids sleep\, NOT during load-shedding
  (check EskomSePush - stage 4 from 20:00). Practice question first. Dress:
  jacket.
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="desktop-entry", uid="0E6D5F41-AC3B-48C2-9F10-2B7D8E6A4C11", y=1, company="Karoo Fresh Retail",
        role="", stage="technical", who="", trap="shl-psychometric-assessments-online-stage",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20250221T063012Z
DTSTAMP:20250221T063040Z
UID:0E6D5F41-AC3B-48C2-9F10-2B7D8E6A4C11
DTSTART;TZID=Africa/Johannesburg:20250222T090000
DTEND;TZID=Africa/Johannesburg:20250222T110000
SUMMARY:KFR psychometrics (SHL) - numerical + verbal + OPQ
DESCRIPTION:SHL online assessments for Karoo Fresh - must finish by Mon 24t
 h. Verify numerical (~25 min)\, verbal (~20)\, OPQ personality (~35). Quiet
  room\, calculator + scrap paper\, laptop on charge\, inverter ON. Login de
 tails in mail from noreply@shl.com.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors", uid="SF-IS-000481127-KFR@successfactors.com", y=1, company="Karoo Fresh Retail",
        role="Financial Controller: Supply Chain", stage="onsite",
        who="marelize.botha@karoofresh.co.za;kagiso.molefe@karoofresh.co.za",
        trap="successfactors-panel-at-head-office",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
UID:SF-IS-000481127-KFR@successfactors.com
DTSTAMP:20250303T071245Z
DTSTART;TZID=Africa/Johannesburg:20250311T100000
DTEND;TZID=Africa/Johannesburg:20250311T113000
SUMMARY:Interview for Financial Controller: Supply Chain (Req 30214) - Kar
 oo Fresh Retail
DESCRIPTION:Dear Thabo\,\n\nYou have been invited to a face-to-face panel in
 terview for the position Financial Controller: Supply Chain (Req 30214).\n
 \nInterviewers:\nMarelize Botha - Group Financial Controller\nKagiso Molefe
  - Head: Supply Chain Finance\n\nVenue: Karoo Fresh Support Office\, 12 Sta
 tion Road\, Brackenfell\, Cape Town. Please report to reception on the grou
 nd floor with your ID and ask for Lindiwe Jacobs (Talent Acquisition).\n\nTr
 avel costs for out-of-town candidates will be reimbursed on submission of
  receipts.\n\nPlease accept or decline this invitation in the candidate port
 al.\n\nKaroo Fresh Talent Acquisition
LOCATION:Karoo Fresh Support Office\, 12 Station Road\, Brackenfell
ORGANIZER;CN=Karoo Fresh Careers:mailto:noreply@successfactors.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thabo Nkos
 i:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marelize Botha:mailto:Ma
 relize.Botha@karoofresh.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kagiso Molefe:mailto:Kag
 iso.Molefe@karoofresh.co.za
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lindiwe Jacobs:mailto:li
 ndiwe.jacobs@karoofresh.co.za
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="6mdr0a4l1q9o8s7p3k2j1h5g6f@google.com", y=0, company="", role="", stage="",
        who="", trap="headhunter-call-unnamed-jse-gold-miner",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250205T100000Z
DTEND:20250205T103000Z
DTSTAMP:20250203T143012Z
ORGANIZER;CN=Refilwe Mahlaba:mailto:refilwe@mahlabasearch.co.za
UID:6mdr0a4l1q9o8s7p3k2j1h5g6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Refilwe Mahlaba;X-NUM-GUESTS=0:mailto:refilwe@mahlabasearch.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Hi Thabo\, thanks for coming back to me on LinkedIn. As mention
 ed\, I'm running a confidential Financial Controller search for a JSE-liste
 d gold miner (West Rand operations\, c. 6\,000 employees). I can't share th
 e client's name until we've spoken and I have your go-ahead to present you.
  I'll call you on 082 555 0147.\n\nRegards\nRefilwe Mahlaba\nMahlaba Execut
 ive Search | Mining & Resources Practice
LOCATION:Phone - Refilwe to call Thabo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Confidential FC mandate - intro call (Mahlaba Executive Search)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="0a1b2c3d4e5f6g7h8i9j0k1l2m@google.com", y=1, company="Witsrand Gold",
        role="Financial Controller", stage="recruiter_screen", who="refilwe@mahlabasearch.co.za",
        trap="headhunter-competency-interview-names-miner-in-body",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250212T153000
DTEND;TZID=Africa/Johannesburg:20250212T163000
DTSTAMP:20250206T081155Z
ORGANIZER;CN=Refilwe Mahlaba:mailto:refilwe@mahlabasearch.co.za
UID:0a1b2c3d4e5f6g7h8i9j0k1l2m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Refilwe Mahlaba;X-NUM-GUESTS=0:mailto:refilwe@mahlabasearch.co.za
DESCRIPTION:Dear Thabo\n\nThank you for agreeing to be presented. As promis
 ed\, the client is Witsrand Gold Limited (JSE: WRG) and the role is Financi
 al Controller\, reporting to the CFO\, based at their Carletonville office
  with time in Parktown.\n\nBefore I present your CV I'd like to do a full co
 mpetency interview with you at our offices (about an hour). Please bring ce
 rtified copies of your ID\, degree and SAICA membership certificate\, and y
 our latest payslip for the remuneration discussion.\n\nMahlaba Executive Se
 arch\, 3rd Floor\, 90 Rivonia Road\, Sandton. Visitor parking on basement l
 evel -1.\n\nKind regards\nRefilwe
LOCATION:Mahlaba Executive Search\, 90 Rivonia Rd\, Sandhurst\, Sandton\, 2
 196\, South Africa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thabo Nkosi / Refilwe Mahlaba - interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite", uid="040000008200E00074C5B7101A82E008000000005B7F13E2A07DDB01000000000000000010000"
        "000D2E3F405162738495A6B7C8D9E0F1A2B", y=1, company="Witsrand Gold", role="Financial Controller",
        stage="onsite", who="pieter.vanwyk@witsrandgold.co.za;ngozi.adeyemi@gmail.com",
        trap="panel-cfo-and-audit-committee-chair-sent-by-assistant",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="van Wyk, Pieter";SENT-BY="mailto:charmaine.fourie@witsrandgold
 .co.za":mailto:pieter.vanwyk@witsrandgold.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nkos
 i.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adey
 emi:mailto:ngozi.adeyemi@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mahlaba,
  Refilwe":mailto:refilwe@mahlabasearch.co.za
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PKT Boardroom 3
  (10 pax)":mailto:pkt.boardroom3@witsrandgold.co.za
DESCRIPTION;LANGUAGE=en-ZA:Good day Thabo\,\n\nPieter van Wyk (CFO) has ask
 ed me to arrange a panel interview for the Financial Controller position. T
 he panel will be Mr van Wyk and Ms Ngozi Adeyemi (Independent Non-Executive
  Director and Chair of the Audit Committee).\n\nPlease allow 90 minutes. Th
 e panel would like you to talk for 10 minutes on how you would approach the
  first year-end audit close as FC\, no slides needed.\n\nAddress: Witsrand
  Gold\, 5 Sherborne Road\, Parktown. Security will ask for your ID at the b
 oom - your name is on the visitors list.\n\nKind regards\nCharmaine Fourie\
 nPA to the CFO\n
UID:040000008200E00074C5B7101A82E008000000005B7F13E2A07DDB0100000000000000
 0010000000D2E3F405162738495A6B7C8D9E0F1A2B
SUMMARY;LANGUAGE=en-ZA:Panel interview: Financial Controller - T. Nkosi
DTSTART;TZID=South Africa Standard Time:20250226T140000
DTEND;TZID=South Africa Standard Time:20250226T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T104433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:PKT Boardroom 3 (10 pax)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancel", uid="040000008200E00074C5B7101A82E00800000000E1C2A39B4C83DB0100000000000000001000"
        "0000F0E1D2C3B4A5968778695A4B3C2D1E0F", y=1, company="Witsrand Gold", role="Financial Controller",
        stage="final", who="themba.mokoena@witsrandgold.co.za", trap="cancelled-final-with-ceo-method-cancel",
        ics=r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Fourie, Charmaine":mailto:charmaine.fourie@witsrandgold.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=thabo.nkos
 i.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Mokoena,
  Themba":mailto:themba.mokoena@witsrandgold.co.za
DESCRIPTION;LANGUAGE=en-ZA:Good day Thabo\, unfortunately Mr Mokoena has to
  travel to the Carletonville operations on Thursday following the incident
  at the South Shaft. I will send a new date once his diary is confirmed. A
 pologies for the inconvenience. Charmaine\n
UID:040000008200E00074C5B7101A82E00800000000E1C2A39B4C83DB01000000000000000
 010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-ZA:Canceled: Final interview with CEO - Financial Contr
 oller (T Nkosi)
DTSTART;TZID=South Africa Standard Time:20250306T080000
DTEND;TZID=South Africa Standard Time:20250306T090000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250304T152201Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-ZA:CEO Office\, 5 Sherborne Rd Parktown
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry", uid="A2F1D3C4-0B9E-4A8D-8C7B-6E5F4D3C2B1A", y=0, company="", role="", stage="",
        who="", trap="prep-block-before-panel",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20250220T194402Z
DTSTAMP:20250220T194455Z
UID:A2F1D3C4-0B9E-4A8D-8C7B-6E5F4D3C2B1A
DTSTART;TZID=Africa/Johannesburg:20250225T190000
DTEND;TZID=Africa/Johannesburg:20250225T210000
SUMMARY:Prep for Witsrand panel tmrw
DESCRIPTION:- read WRG interim results + AISC per oz trend\n- IFRS 16 on co
 ntractor fleet\, rehab provisions (IAS 37)\n- 10 min talk: yr-end close pla
 n (TB by WD3\, recons\, Caseware lead schedules)\n- STAR stories x5\n- ques
 tions for audit cttee chair re KAMs
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse", uid="greenhouse-interview-1a2b3c4d5e6f7a8b@greenhouse.io", y=1,
        company="Stitchline Payments", role="Finance Manager", stage="recruiter_screen",
        who="zinhle.mokoena@stitchline.co", trap="greenhouse-utc-recruiter-call-meet",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-1a2b3c4d5e6f7a8b@greenhouse.io
DTSTAMP:20250206T120301Z
DTSTART:20250210T080000Z
DTEND:20250210T083000Z
SUMMARY:Thabo Nkosi <> Stitchline - Recruiter Call
DESCRIPTION:Hi Thabo\,\n\nLooking forward to chatting about the Finance Man
 ager role at Stitchline! This is an informal 30-minute conversation with Zin
 hle Mokoena (Talent Partner) to learn more about you and share more about t
 he team.\n\nGoogle Meet: https://meet.google.com/qfn-ubxp-kto\nDial-in: (Z
 A) +27 10 823 0154 PIN: 602 331 887#\n\nNeed to reschedule? Just reply to
  this email.\n\nStitchline Recruiting
LOCATION:https://meet.google.com/qfn-ubxp-kto
ORGANIZER;CN=Zinhle Mokoena:mailto:zinhle.mokoena@stitchline.co
ATTENDEE;CN=Thabo Nkosi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRU
 E:mailto:thabo.nkosi.ca@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="5h3d9f0k2l7m1n6b4v8c0x2z3a@google.com", y=1, company="Stitchline Payments",
        role="Finance Manager", stage="technical",
        who="chris.dutoit@stitchline.co;ayesha.patel@stitchline.co", trap="case-study-presentation-technical",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250220T110000
DTEND;TZID=Africa/Johannesburg:20250220T123000
DTSTAMP:20250214T090812Z
ORGANIZER;CN=Stitchline Recruiting:mailto:recruiting@stitchline.co
UID:5h3d9f0k2l7m1n6b4v8c0x2z3a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Chris du Toit;X-NUM-GUESTS=0:mailto:chris.dutoit@stitchline.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ayesha Patel;X-NUM-GUESTS=0:mailto:ayesha.patel@stitchline.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;
 CN=CPT-Bree St-2-Table Mountain (8);X-NUM-GUESTS=0:mailto:c_188a3kd9@resou
 rce.calendar.google.com
DESCRIPTION:Hi Thabo\, this is the case study session. You'll have the data
 set (a 3-year P&L\, merchant volumes and the FX book) 48 hours before. Pleas
 e prepare a 20-min presentation on the FY26 budget and cash runway\, follow
 ed by Q&A with Chris (CFO) and Ayesha (Head of FP&A). You can join in perso
 n at Bree Street or remotely.\n\nJoin with Google Meet: https://meet.google
 .com/xga-rpte-nvw
LOCATION:CPT-Bree St-2-Table Mountain (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stitchline | Finance Manager | Case study - Thabo Nkosi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby", uid="ashby-iv-8c41f0b2-6d1e-4a9f-b3c5-7e2d9a0f1c34", y=1, company="Fynbos Health",
        role="Financial Controller", stage="hiring_manager", who="megan.isaacs@fynboshealth.com",
        trap="ashby-hiring-manager-meet",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-8c41f0b2-6d1e-4a9f-b3c5-7e2d9a0f1c34
DTSTAMP:20250224T134410Z
DTSTART:20250227T070000Z
DTEND:20250227T074500Z
SUMMARY:Fynbos Health: Thabo Nkosi x Megan Isaacs (Hiring Manager)
DESCRIPTION:Hi Thabo\,\n\nYour interview for Financial Controller is confir
 med.\n\nInterviewer: Megan Isaacs\, CFO\nFormat: 45 min video call (Google
  Meet)\nLink: https://meet.google.com/vyn-cobq-wdr\n\nMegan will talk you th
 rough the group structure (two clinics in Cape Town\, one in Durban and the
  app business) and the medical-scheme receivables problem we're solving.\n\n
 Powered by Ashby
LOCATION:Google Meet
ORGANIZER;CN=Fynbos Health Talent:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Thabo Nkosi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:thabo.nkosi.
 ca@gmail.com
ATTENDEE;CN=Megan Isaacs;PARTSTAT=ACCEPTED:mailto:megan.isaacs@fynboshealth.
 com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever", uid="lever-9f2c7d1e-3b4a-4c5d-8e6f-0a1b2c3d4e5f@hire.lever.co", y=1,
        company="Kestrel Logistics", role="Finance Manager (Gauteng)", stage="recruiter_screen",
        who="bongani.zulu@kestrellogistics.co.za", trap="lever-phone-screen-recruiter-calls",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-9f2c7d1e-3b4a-4c5d-8e6f-0a1b2c3d4e5f@hire.lever.co
DTSTAMP:20250303T081122Z
DTSTART:20250305T120000Z
DTEND:20250305T122500Z
SUMMARY:Phone Screen: Thabo Nkosi for Finance Manager (Gauteng)
DESCRIPTION:Bongani Zulu from Kestrel Logistics will call you on +27 82 555
  0147.\n\nPosting: Finance Manager (Gauteng)\nLocation: Isando\, Kempton Pa
 rk\n\nIf you need to change the time\, please reply to this email.
LOCATION:Phone call
ORGANIZER;CN=Bongani Zulu:mailto:bongani.zulu@kestrellogistics.co.za
ATTENDEE;CN=Thabo Nkosi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:thabo.nkosi.c
 a@gmail.com
ATTENDEE;CN=Bongani Zulu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bong
 ani.zulu@kestrellogistics.co.za
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
