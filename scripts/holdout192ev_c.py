# ruff: noqa: W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part C: scheduling tools (Teamtailor, SmartRecruiters, Tribepad, iCIMS, GoodTime, ModernLoop,
Calendly, Cal.com, Microsoft Bookings) and Google Calendar invites from hiring managers."""

EVENTS = [
    dict(
        kind="entrevista-tecnica",
        uid="tt-interview-3318842-1731401022@teamtailor.com",
        interview=1,
        company="Cobalto Payments",
        role="Cloud Platform Lead (Londres)",
        stage="technical",
        interviewers="alvaro.ruiz@cobaltopay.es;marta.iglesias@cobaltopay.es",
        trap="teamtailor-spanish-entrevista-tecnica-madrid-zone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//ES
METHOD:REQUEST
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
UID:tt-interview-3318842-1731401022@teamtailor.com
DTSTAMP:20251112T084342Z
DTSTART;TZID=Europe/Madrid:20251119T120000
DTEND;TZID=Europe/Madrid:20251119T131500
SUMMARY:Entrevista técnica – Cloud Platform Lead (Londres) – Ngozi Adeyemi
ORGANIZER;CN=Cobalto Payments:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Álvaro Ruiz;PARTSTAT=ACCEPTED:mailto:alvaro.ruiz@cobaltopay.es
ATTENDEE;CN=Marta Iglesias;PARTSTAT=ACCEPTED:mailto:marta.iglesias@cobaltopay.es
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Google Meet
DESCRIPTION:Hola Ngozi\,\n\n¡Gracias por avanzar en nuestro proceso! Esta 
 entrevista técnica será con Álvaro Ruiz (CTO) y Marta Iglesias (Head of S
 RE). Hablaremos de arquitectura en AWS\, observabilidad y gestión de incid
 entes. La entrevista será en inglés.\n\nEnlace: https://meet.google.com/yq
 t-hhzb-wxe\n\nUn saludo\,\nEquipo de Talento – Cobalto Payments
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-video",
        uid="sr-int-5f0e0c0d7a1b4b0e9c0c2d7e@smartrecruiters.com",
        interview=1,
        company="Axiom Telecom UK",
        role="Infrastructure Manager – Core Network & Data Centre",
        stage="",
        interviewers="ravi.chandran@axiomtelecom.co.uk",
        trap="smartrecruiters-video-interview-no-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-5f0e0c0d7a1b4b0e9c0c2d7e@smartrecruiters.com
DTSTAMP:20251015T103355Z
DTSTART:20251021T130000Z
DTEND:20251021T140000Z
SUMMARY:Video Interview: Infrastructure Manager – Core Network & Data Centre at Axiom Telecom UK
ORGANIZER;CN=Axiom Telecom UK via SmartRecruiters:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Ravi Chandran;ROLE=REQ-PARTICIPANT:mailto:ravi.chandran@axiomtelecom.co.uk
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Webex
DESCRIPTION:Interview with: Ravi Chandran\n\nJoin Webex meeting\nhttps://a
 xiomtelecom.webex.com/axiomtelecom/j.php?MTID=m6b1f0e2a9d3c4b5a6978a1b2c3d
 4e5f6\nMeeting number (access code): 2741 118 9034\nMeeting password: Axi0
 m25\n\nJoin by phone\n+44-20-7660-8149 United Kingdom Toll\n\nYou can mana
 ge this interview in your SmartRecruiters candidate portal.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor-en",
        uid="tt-interview-2290415-1728921540@teamtailor.com",
        interview=1,
        company="Nordvik Data Centres",
        role="Head of Platform Operations",
        stage="hiring_manager",
        interviewers="oskar.lind@nordvikdc.com",
        trap="teamtailor-english-hm-london-tz",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:tt-interview-2290415-1728921540@teamtailor.com
DTSTAMP:20251014T155900Z
DTSTART;TZID=Europe/London:20251022T090000
DTEND;TZID=Europe/London:20251022T094500
SUMMARY:Meeting with Oskar Lind – Nordvik Data Centres
ORGANIZER;CN=Nordvik Data Centres:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Oskar Lind;PARTSTAT=ACCEPTED:mailto:oskar.lind@nordvikdc.com
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Hi Ngozi\,\n\nThank you for booking a time. You'll meet Oskar 
 Lind\, COO and hiring manager for the Head of Platform Operations role. Th
 is is the second step in our recruitment process.\n\nTeams: https://teams.
 microsoft.com/l/meetup-join/19%3ameeting_Y2QxNTE3\n\nBest regards\,\nNordv
 ik Data Centres
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="tribepad",
        uid="TP-INT-55712-219904@brightwater.tribepad.com",
        interview=1,
        company="Brightwater Housing",
        role="ICT Infrastructure Manager",
        stage="",
        interviewers="Claire Dunmore;Yusuf Patel",
        trap="tribepad-housing-association-names-in-body",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Tribepad//ATS//EN
METHOD:PUBLISH
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:TP-INT-55712-219904@brightwater.tribepad.com
DTSTAMP:20251106T110214Z
DTSTART;TZID=Europe/London:20251118T110000
DTEND;TZID=Europe/London:20251118T120000
SUMMARY:Brightwater Housing - Interview - ICT Infrastructure Manager
LOCATION:Online (Zoom)
DESCRIPTION:Dear Ngozi\,\n\nCongratulations\, you have been shortlisted fo
 r interview for the role of ICT Infrastructure Manager.\n\nYour interview 
 panel will be Claire Dunmore (Assistant Director\, Digital & ICT) and Yusu
 f Patel (Head of Service Delivery). There will also be a short written ex
 ercise (20 minutes) which will be emailed to you at the start.\n\nZoom: ht
 tps://us06web.zoom.us/j/81129455063?pwd=bWt1QXJ6\nMeeting ID: 811 2945 506
 3 Passcode: 418802\n\nBrightwater Housing Resourcing Team
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims",
        uid="icims-sched-0003318871-02@careers-provincialhardware.icims.com",
        interview=1,
        company="Provincial Hardware",
        role="Senior Manager, Infrastructure & Cloud Services",
        stage="recruiter_screen",
        interviewers="d.mackinnon@provincialhardware.ca",
        trap="icims-phone-screen-eastern",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:icims-sched-0003318871-02@careers-provincialhardware.icims.com
DTSTAMP:20251027T172200Z
DTSTART;TZID=America/Toronto:20251030T140000
DTEND;TZID=America/Toronto:20251030T143000
SUMMARY:Phone Screen - Senior Manager\, Infrastructure & Cloud Services (Job ID 2025-11873)
ORGANIZER;CN=Provincial Hardware Co. Recruiting:mailto:recruiting@provincialhardware.ca
ATTENDEE;CN=Donna MacKinnon;ROLE=REQ-PARTICIPANT:mailto:d.mackinnon@provincialhardware.ca
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Phone: Donna will call you at +234 803 555 0142
DESCRIPTION:Thank you for scheduling your phone screen with Provincial Ha
 rdware Co. Your recruiter\, Donna MacKinnon\, will call you at the number 
 on your profile. \n\nPlease note: this role is based in Mississauga\, ON\, 
 and requires legal eligibility to work in Canada or an LMIA-supported wor
 k permit.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime-panel",
        uid="goodtime-7b6f0d44-2c1a-47e2-a5b3-9d8e1f0c2a77",
        interview=1,
        company="Quillon Health",
        role="Director, Infrastructure & Reliability",
        stage="onsite",
        interviewers="p.desrosiers@quillonhealth.com;kwame.boateng@quillonhealth.com;lisa.cheng@quillonhealth.com",
        trap="goodtime-panel-coordinator-organizer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Scheduler//EN
METHOD:REQUEST
@@TZ:America/Toronto@@
BEGIN:VEVENT
UID:goodtime-7b6f0d44-2c1a-47e2-a5b3-9d8e1f0c2a77
DTSTAMP:20251029T210015Z
DTSTART;TZID=America/Toronto:20251105T120000
DTEND;TZID=America/Toronto:20251105T140000
SUMMARY:Quillon Health Panel Interview - Ngozi Adeyemi
ORGANIZER;CN=Hana Ito (Recruiting Coordinator):mailto:hana.ito@quillonhealth.com
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Pierre Desrosiers;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:p.desrosiers@quillonhealth.com
ATTENDEE;CN=Kwame Boateng;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kwame.boateng@quillonhealth.com
ATTENDEE;CN=Lisa Cheng;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lisa.cheng@quillonhealth.com
LOCATION:Zoom - https://quillonhealth.zoom.us/j/92220184537
DESCRIPTION:Your schedule (Eastern Time):\n12:00 PM - 12:45 PM  Pierre Des
 rosiers\, CTO – leadership & strategy\n12:45 PM - 1:30 PM  Kwame Boateng\, 
 Sr. Manager Security – PHIPA\, SOC 2 and access control\n1:30 PM - 2:00 PM
   Lisa Cheng\, Director Engineering – collaboration\n\nZoom: https://quillo
 nhealth.zoom.us/j/92220184537\n\nScheduled with GoodTime on behalf of Quil
 lon Health. Need to reschedule? Reply to Hana Ito.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="virtual-onsite",
        uid="ml-ev-61b2a04f9e7c4d2a8f0b3c5e7d9a1b24@modernloop.io",
        interview=1,
        company="Fernleaf Software",
        role="Engineering Manager, Cloud Platform",
        stage="onsite",
        interviewers="anna.kowalski@fernleaf.io;dev.raghavan@fernleaf.io",
        trap="modernloop-virtual-onsite-block",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-ev-61b2a04f9e7c4d2a8f0b3c5e7d9a1b24@modernloop.io
DTSTAMP:20251119T160511Z
DTSTART:20251126T150000Z
DTEND:20251126T170000Z
SUMMARY:[Fernleaf] Virtual Onsite – Engineering Manager\, Cloud Platform – Ngozi Adeyemi
ORGANIZER;CN=Fernleaf Recruiting:mailto:recruiting@fernleaf.io
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Anna Kowalski;PARTSTAT=ACCEPTED:mailto:anna.kowalski@fernleaf.io
ATTENDEE;CN=Dev Raghavan;PARTSTAT=ACCEPTED:mailto:dev.raghavan@fernleaf.io
LOCATION:Google Meet – https://meet.google.com/fxo-tqcn-bwy
DESCRIPTION:Virtual onsite itinerary\n• 10:00–11:00 ET  People leadership
  – Anna Kowalski (VP Engineering)\n• 11:00–12:00 ET  Platform architecture
  – Dev Raghavan (Principal Engineer)\n\nThis invitation was sent with Moder
 nLoop.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-founder",
        uid="f1b6c1e2-9a4d-4b7e-8c3f-2d5a7e9b0c14@calendly.com",
        interview=1,
        company="Kobo Ledger",
        role="Head of Infrastructure",
        stage="hiring_manager",
        interviewers="tunde.bakare.kl@gmail.com",
        trap="calendly-founder-on-gmail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:f1b6c1e2-9a4d-4b7e-8c3f-2d5a7e9b0c14@calendly.com
DTSTAMP:20251009T071244Z
DTSTART:20251013T170000Z
DTEND:20251013T174500Z
SUMMARY:Ngozi Adeyemi and Tunde Bakare
ORGANIZER;CN=Tunde Bakare:mailto:tunde.bakare.kl@gmail.com
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=ACCEPTED:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:https://us02web.zoom.us/j/7718842019
DESCRIPTION:Event Name: 45 min – Kobo Ledger hiring chat\n\nLocation: This
  is a Zoom web conference.\nhttps://us02web.zoom.us/j/7718842019\n\nPleas
 e share anything that will help prepare for our meeting.: Re the Head of I
 nfrastructure role at Kobo Ledger – CV attached to my email of Monday. Hap
 py to talk through the PCI DSS work at Meridian.\n\nNeed to make changes t
 o this event?\nCancel: https://calendly.com/cancellations/f1b6c1e2\nResche
 dule: https://calendly.com/reschedulings/f1b6c1e2\n\nPowered by Calendly.c
 om
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-tech-screen",
        uid="calcom-8c2Nf5rqTb1vXyWm4kLs9D",
        interview=1,
        company="Stackyard",
        role="Platform Lead",
        stage="technical",
        interviewers="olu@stackyard.dev",
        trap="calcom-technical-screen-startup",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-8c2Nf5rqTb1vXyWm4kLs9D
DTSTAMP:20251111T092012Z
DTSTART:20251114T140000Z
DTEND:20251114T150000Z
SUMMARY:Platform Lead – technical screen between Olu Adebanjo and Ngozi Adeyemi
ORGANIZER;CN=Olu Adebanjo:mailto:olu@stackyard.dev
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:https://app.cal.com/video/8c2Nf5rqTb1vXyWm4kLs9D
DESCRIPTION:What: Platform Lead – technical screen\nInvitee Time Zone: Af
 rica/Lagos\nWho:\nOlu Adebanjo – Organizer (olu@stackyard.dev)\nNgozi Ade
 yemi (ngozi.adeyemi.it@gmail.com)\nWhere: Cal Video\n\nAdditional notes: 
 We'll go through Terraform\, k8s cluster ops and how you'd set up on-call f
 or a 6-person platform team at Stackyard.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-phone",
        uid="bk-AAMkADhjZTYyODE4LWQ3NGEtNDk4ZC05OGE3LTNlYjEyNjkxZGQ0NQBGAAAAAAD",
        interview=1,
        company="Crown Street Building Society",
        role="Infrastructure & Networks Manager",
        stage="recruiter_screen",
        interviewers="lucy.hart@crownstreetbs.co.uk",
        trap="microsoft-bookings-telephone-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Crown Street Careers:mailto:CrownStreetCareers@crownstreetbs.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adeyemi:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Lucy Hart:mailto:lucy.hart@crownstreetbs.co.uk
DESCRIPTION;LANGUAGE=en-GB:Your booking is confirmed\n\nService: Telephone 
 interview – Infrastructure & Networks Manager\nStaff: Lucy Hart\, Talent A
 cquisition Advisor\nCustomer phone: +234 803 555 0142\n\nWe will call you 
 on the number above at the time booked (UK time). If you need to cancel o
 r change your booking\, use the link in your confirmation email.\n\nCrown 
 Street Building Society – 14 Crown Street\, Halifax HX1 1QL\n
UID:bk-AAMkADhjZTYyODE4LWQ3NGEtNDk4ZC05OGE3LTNlYjEyNjkxZGQ0NQBGAAAAAAD
SUMMARY;LANGUAGE=en-GB:Telephone interview – Infrastructure & Networks Manager
DTSTART;TZID=GMT Standard Time:20251201T123000
DTEND;TZID=GMT Standard Time:20251201T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T181845Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone call
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-hm",
        uid="3q9vbn2e8k1m0t7r5o4c6h2ld8@google.com",
        interview=1,
        company="Tamarind Payments",
        role="Cloud Platform Lead",
        stage="hiring_manager",
        interviewers="ifeanyi.nwosu@tamarindpay.com",
        trap="google-invite-from-hm-no-ats",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251016T180000Z
DTEND:20251016T184500Z
DTSTAMP:20251013T224412Z
ORGANIZER;CN=Ifeanyi Nwosu:mailto:ifeanyi.nwosu@tamarindpay.com
UID:3q9vbn2e8k1m0t7r5o4c6h2ld8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ifeany
 i Nwosu;X-NUM-GUESTS=0:mailto:ifeanyi.nwosu@tamarindpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/rnw-gkpc-ydt
DESCRIPTION:Ngozi – great to connect. Let's use this to talk about the Cl
 oud Platform Lead opening on my team and your work at Meridian. Our recrui
 ter Sam will follow up on next steps after.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with G
 oogle Meet: https://meet.google.com/rnw-gkpc-ydt\nJoin by phone\n(CA) +1 6
 13-319-2046 PIN: 771 204 958#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ngozi / Ifeanyi – Cloud Platform Lead
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-team-round",
        uid="6h1ujk4c2p8q0s9b7v3n5a1e0f@google.com",
        interview=1,
        company="Tamarind Payments",
        role="Cloud Platform Lead",
        stage="technical",
        interviewers="ifeanyi.nwosu@tamarindpay.com;chloe.beaumont@tamarindpay.com;r.santos@tamarindpay.com",
        trap="google-invite-team-round-toronto",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251029T130000
DTEND;TZID=America/Toronto:20251029T143000
DTSTAMP:20251022T140812Z
ORGANIZER;CN=Sam Kaur:mailto:sam.kaur@tamarindpay.com
UID:6h1ujk4c2p8q0s9b7v3n5a1e0f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ifeany
 i Nwosu;X-NUM-GUESTS=0:mailto:ifeanyi.nwosu@tamarindpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chloe 
 Beaumont;X-NUM-GUESTS=0:mailto:chloe.beaumont@tamarindpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rafael
  Santos;X-NUM-GUESTS=0:mailto:r.santos@tamarindpay.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/aat-wnqe-vfm
DESCRIPTION:Hi Ngozi\, as discussed here's the team round – 90 min with If
 eanyi\, Chloe (SRE) and Rafael (Security Eng). Part 1 is a scenario: our p
 rimary region is degraded during a payroll run\, what do you do. Part 2 is
  your questions for the team.\n\nSam Kaur\, Recruiting\n\nJoin with Google
  Meet: https://meet.google.com/aat-wnqe-vfm
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tamarind – team round (Ngozi Adeyemi)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
