# ruff: noqa: E501, W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part D: headhunters and agencies naming their client, public-sector portals, more UK and
Canadian employers."""

EVENTS = [
    dict(
        kind="headhunter-call",
        uid="040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000A7B8C9D0E1F2A3B4C5D6E7F8091A2B3C",
        interview=1,
        company="Caledonia Mutual",
        role="Director of Infrastructure & Cloud",
        stage="recruiter_screen",
        interviewers="fmcallister@kestrelpartners.com",
        trap="headhunter-employer-only-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="McAllister, Fiona":mailto:FMcAllister@kestrelpartners.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adeyemi:mailto:ngozi.adeyemi.it@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Ngozi\,\n\nAs promised\, a confidential conversa
 tion about the Director of Infrastructure & Cloud search we are conducting
  on behalf of Caledonia Mutual (Edinburgh HQ\, with flexibility to be Lond
 on-based). I'd like to understand your leadership experience and motivati
 ons\, and take you through the brief and the process with the CIO.\n\nPleas
 e treat the client's name as confidential.\n\nBest wishes\,\nFiona\n\nFion
 a McAllister | Partner | Kestrel Partners – Executive Search\nM: +44 7700 
 900 412\n\nJoin Zoom: https://kestrelpartners.zoom.us/j/94418220371\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC0100000000000000001
 0000000A7B8C9D0E1F2A3B4C5D6E7F8091A2B3C
SUMMARY;LANGUAGE=en-GB:Confidential – Ngozi Adeyemi / Fiona McAllister (Kes
 trel Partners)
DTSTART;TZID=GMT Standard Time:20251008T120000
DTEND;TZID=GMT Standard Time:20251008T124500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251003T143018Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="civil-service",
        uid="csj-interview-427781-ngozi.adeyemi@civilservicejobs.service.gov.uk",
        interview=1,
        company="HM Revenue & Customs",
        role="Head of Hosting and Infrastructure Services (Grade 7)",
        stage="",
        interviewers="Alison Greaves;Kunle Bamidele;Peter Hough",
        trap="civil-service-jobs-success-profiles-panel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Interview Booking//EN
METHOD:PUBLISH
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:csj-interview-427781-ngozi.adeyemi@civilservicejobs.service.gov.uk
DTSTAMP:20251110T094500Z
DTSTART;TZID=Europe/London:20251124T140000
DTEND;TZID=Europe/London:20251124T150000
SUMMARY:Interview: 427781 - Head of Hosting and Infrastructure Services (Grade 7) - HMRC
LOCATION:Video (MS Teams) - link to be sent by the vacancy holder
DESCRIPTION:You have booked an interview slot for vacancy 427781\, Head of
  Hosting and Infrastructure Services (Grade 7)\, HM Revenue & Customs\, Ch
 ief Digital and Information Officer group.\n\nThe interview will assess t
 he following Success Profiles elements: Behaviours (Leadership\, Managing 
 a Quality Service\, Delivering at Pace)\, Technical (Infrastructure Servic
 e Management) and Strengths.\n\nThe panel will be: Alison Greaves (Chair)
 \, Kunle Bamidele\, Peter Hough.\n\nPlease note that you will need to pass
  security vetting. If you require a reasonable adjustment\, please contac
 t the vacancy holder.\n\nCivil Service Jobs
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gc-bilingual",
        uid="GCJ-INT-25-SSC-IITB-118740-04@jobs-emplois.gc.ca",
        interview=1,
        company="Shared Services Canada",
        role="Manager, Data Centre Operations (IT-04)",
        stage="",
        interviewers="marie-claude.simard@ssc-spc.gc.ca;g.ahmed@ssc-spc.gc.ca",
        trap="government-of-canada-bilingual-interview-entrevue",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Staffing / Dotation (SSC/SPC)":mailto:SSC.Staffing-Dotation.SPC@ssc-spc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ngozi.adeyemi.it@gmail.com:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Simard, Marie-Claude (SSC/SPC)":mailto:Marie-Claude.Simard@ssc-spc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ahmed, Ghazal (SSC/SPC)":mailto:G.Ahmed@ssc-spc.gc.ca
DESCRIPTION;LANGUAGE=en-CA:(Le français suit)\n\nProcess 25-SSC-IITB-11874
 0 – Manager\, Data Centre Operations (IT-04)\n\nYou are invited to an inte
 rview. Board members: Marie-Claude Simard and Ghazal Ahmed. You will recei
 ve the questions 15 minutes before the interview. The interview may be co
 nducted in the official language of your choice.\n\n---\n\nProcessus 25-S
 SC-IITB-118740 – Gestionnaire\, Opérations des centres de données (IT-04)\n
 \nVous êtes convoquée à une entrevue. Membres du jury : Marie-Claude Sima
 rd et Ghazal Ahmed. Vous recevrez les questions 15 minutes avant l'entrevu
 e.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameet
 ing_ZGM4NmQ0\n
UID:GCJ-INT-25-SSC-IITB-118740-04@jobs-emplois.gc.ca
SUMMARY;LANGUAGE=en-CA:Interview / Entrevue – 25-SSC-IITB-118740 – ADEYEMI\
 , Ngozi
DTSTART;TZID=Eastern Standard Time:20251202T100000
DTEND;TZID=Eastern Standard Time:20251202T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T151022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:MS Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-technical",
        uid="gh-interview-51277820-4@greenhouse.io",
        interview=1,
        company="Ardent Commerce",
        role="Engineering Manager, Infrastructure",
        stage="technical",
        interviewers="wei.zhang@ardentcommerce.com",
        trap="greenhouse-coderpad-infra-exercise",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251104T110000
DTEND;TZID=America/Toronto:20251104T120000
DTSTAMP:20251030T150310Z
ORGANIZER;CN=Ardent Recruiting:mailto:recruiting-scheduling@ardentcommerce.com
UID:gh-interview-51277820-4@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wei Zh
 ang;X-NUM-GUESTS=0:mailto:wei.zhang@ardentcommerce.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Ngozi Adeyemi;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@gmail.com
DESCRIPTION:Infrastructure Exercise with Wei Zhang\n\nYou'll pair with Wei
  in CoderPad on a hands-on infrastructure exercise (Terraform + a bit of P
 ython). Link: https://app.coderpad.io/XK4M9QPZ\n\nVideo: https://meet.goo
 gle.com/jqn-bpxo-wsh\n\nSent via Greenhouse
LOCATION:https://meet.google.com/jqn-bpxo-wsh
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ardent Commerce: Infrastructure Exercise – Ngozi Adeyemi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="oleeo",
        uid="oleeo-slot-88412-ab91c0@lnr.tal.net",
        interview=1,
        company="London Northern Railway",
        role="Infrastructure & Hosting Manager",
        stage="hiring_manager",
        interviewers="Stephen Dorsey",
        trap="oleeo-tal-net-booked-slot-names-in-body",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Oleeo Recruit//EN
METHOD:PUBLISH
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:oleeo-slot-88412-ab91c0@lnr.tal.net
DTSTAMP:20251103T170522Z
DTSTART;TZID=Europe/London:20251110T103000
DTEND;TZID=Europe/London:20251110T111500
SUMMARY:LNR - Infrastructure & Hosting Manager - Hiring Manager Interview
LOCATION:Microsoft Teams
DESCRIPTION:Thank you for booking your interview slot.\n\nVacancy: Infrast
 ructure & Hosting Manager (REQ0012287)\nInterview type: Hiring Manager Inter
 view\nInterviewer: Stephen Dorsey\, Head of IT Operations\n\nA Teams invita
 tion will be sent to you separately. London Northern Railway is a Disabil
 ity Confident employer.\n\nThis message was sent from an unattended mailb
 ox.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="assessment-centre",
        uid="eploy-evt-20251204-31177@severnwater.eploy.net",
        interview=1,
        company="Severn Water",
        role="Head of Infrastructure & Operational Technology",
        stage="onsite",
        interviewers="",
        trap="eploy-virtual-assessment-centre-all-day",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eploy//Eploy ATS//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eploy-evt-20251204-31177@severnwater.eploy.net
DTSTAMP:20251120T114433Z
DTSTART;VALUE=DATE:20251204
DTEND;VALUE=DATE:20251205
SUMMARY:Severn Water – Virtual Assessment Centre – Head of Infrastructure & OT
LOCATION:Online – Microsoft Teams (joining details in your candidate pack)
DESCRIPTION:Dear Ngozi\,\n\nWe are delighted to invite you to our virtual 
 assessment centre for the role of Head of Infrastructure & Operational Tec
 hnology.\n\n09:00 Welcome and briefing\n09:30 In-tray exercise (OT securit
 y incident)\n11:00 Stakeholder role-play\n13:30 Competency interview with 
 the Director of Digital and the Head of Cyber\n15:00 Close\n\n(All times U
 K.) Please ensure you have a quiet room and a working webcam for the whol
 e day.\n\nSevern Water Resourcing
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="partner-interview",
        uid="040000008200E00074C5B7101A82E0080000000077E6D5C4B3A2DC010000000000000000100000001A2B3C4D5E6F708192A3B4C5D6E7F801",
        interview=1,
        company="Hollis Grant LLP",
        role="Head of IT Infrastructure",
        stage="final",
        interviewers="charles.benham@hollisgrant.com;nkechi.obi@hollisgrant.com",
        trap="law-firm-partner-interview-room-and-assistant",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:GMT Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Perkins, Joanne";SENT-BY="mailto:legalsec-pool@hollisgrant.com":mailto:joanne.perkins@hollisgrant.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ngozi Adeyemi:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Benham, Charles":mailto:Charles.Benham@hollisgrant.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Obi, Nkechi":mailto:Nkechi.Obi@hollisgrant.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="LON-Meeting Room 4.1 (Video)":mailto:LON-MR-4.1@hollisgrant.com
DESCRIPTION;LANGUAGE=en-GB:Ngozi\,\n\nThank you for making time to meet Ch
 arles Benham (Managing Partner) and Nkechi Obi (Chief Operating Officer) f
 or the final stage of the Head of IT Infrastructure process. Joanne Perki
 ns (HR) has set this up and will not attend.\n\nTeams link below – the pa
 rtners will be in Room 4.1.\n\nhttps://teams.microsoft.com/l/meetup-join/1
 9%3ameeting_M2E4YjA1\n
UID:040000008200E00074C5B7101A82E0080000000077E6D5C4B3A2DC0100000000000000001
 00000001A2B3C4D5E6F708192A3B4C5D6E7F801
SUMMARY;LANGUAGE=en-GB:Ngozi Adeyemi – meeting with CB and NO
DTSTART;TZID=GMT Standard Time:20251209T170000
DTEND;TZID=GMT Standard Time:20251209T175000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251202T120900Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:LON-Meeting Room 4.1 (Video)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="winnipeg-screen",
        uid="5k0fpe7tq3n1b8a2m4r6s9vc1e@google.com",
        interview=1,
        company="Prairie Federated Insurance",
        role="Manager, Cloud Platform & Infrastructure",
        stage="recruiter_screen",
        interviewers="kaylee.friesen@prairiefederated.ca",
        trap="google-invite-winnipeg-zone-screening",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:America/Winnipeg@@
BEGIN:VEVENT
DTSTART;TZID=America/Winnipeg:20251119T090000
DTEND;TZID=America/Winnipeg:20251119T093000
DTSTAMP:20251114T201544Z
ORGANIZER;CN=Kaylee Friesen:mailto:kaylee.friesen@prairiefederated.ca
UID:5k0fpe7tq3n1b8a2m4r6s9vc1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kaylee
  Friesen;X-NUM-GUESTS=0:mailto:kaylee.friesen@prairiefederated.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
DESCRIPTION:Screening call – Manager\, Cloud Platform & Infrastructure (Wi
 nnipeg\, hybrid). 30 min\, I'll call you on Teams. We'll cover your backgr
 ound\, compensation and the Manitoba Provincial Nominee / work permit pict
 ure.\n\nKaylee Friesen\, HR Business Partner – Talent\nPrairie Federated I
 nsurance
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PFI screening call – Ngozi Adeyemi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="halifax-hm",
        uid="040000008200E00074C5B7101A82E00800000000C3B2A19F8E7DDC0100000000000000001000000055443322110099AABBCCDDEEFF0011",
        interview=1,
        company="Atlantic Gateway Port Authority",
        role="Manager, IT Infrastructure",
        stage="hiring_manager",
        interviewers="r.macdonald@agportauthority.ca",
        trap="outlook-atlantic-zone-olson-hm",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:America/Halifax@@
BEGIN:VEVENT
ORGANIZER;CN="MacDonald, Ross":mailto:R.MacDonald@agportauthority.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ngozi.adeyemi.it@gmail.com:mailto:ngozi.adeyemi.it@gmail.com
DESCRIPTION;LANGUAGE=en-CA:Hi Ngozi\, following your conversation with ou
 r HR team\, I'd like to set up time to talk about the Manager\, IT Infras
 tructure role. Times are Atlantic. Talk soon\, Ross\n\nJoin Zoom Meeting: 
 https://us06web.zoom.us/j/84022197716\n
UID:040000008200E00074C5B7101A82E00800000000C3B2A19F8E7DDC01000000000000000010
 00000055443322110099AABBCCDDEEFF0011
SUMMARY;LANGUAGE=en-CA:Manager\, IT Infrastructure – conversation with Ross
  MacDonald
DTSTART;TZID=America/Halifax:20251120T100000
DTEND;TZID=America/Halifax:20251120T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T133141Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-screen-ca",
        uid="northbound-1762890011-ngozi@northboundtalent.ca",
        interview=1,
        company="Cedar Grove Financial",
        role="Senior Manager, Infrastructure Services",
        stage="recruiter_screen",
        interviewers="ethan.roy@northboundtalent.ca",
        trap="canadian-agency-screen-client-in-description",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 15.1//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
@@TZ:America/Toronto@@
BEGIN:VEVENT
CREATED:20251111T194010Z
UID:northbound-1762890011-ngozi@northboundtalent.ca
DTSTART;TZID=America/Toronto:20251114T100000
DTEND;TZID=America/Toronto:20251114T103000
SUMMARY:Call with Ethan (Northbound Talent)
ORGANIZER;CN="Ethan Roy":mailto:ethan.roy@northboundtalent.ca
ATTENDEE;CN="Ngozi Adeyemi";CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN="Ethan Roy";CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:ethan.roy@northboundtalent.ca
DESCRIPTION:Screening call for the Senior Manager\, Infrastructure Servic
 es mandate with Cedar Grove Financial (Toronto\, 3 days in office). If it
 's a fit I'll submit you to their CIO this week. I'll call on WhatsApp.
LOCATION:WhatsApp call
DTSTAMP:20251111T194044Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-intro",
        uid="1p7sgo3m9c0d6e2a5b8n4k1t0v@google.com",
        interview=1,
        company="Lumen Retail Group",
        role="Infrastructure Lead",
        stage="recruiter_screen",
        interviewers="priyanka@hanoverfinch.co.uk",
        trap="london-agency-client-in-summary",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251007T100000Z
DTEND:20251007T102000Z
DTSTAMP:20251006T161733Z
ORGANIZER;CN=Priyanka Shah:mailto:priyanka@hanoverfinch.co.uk
UID:1p7sgo3m9c0d6e2a5b8n4k1t0v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priyan
 ka Shah;X-NUM-GUESTS=0:mailto:priyanka@hanoverfinch.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
DESCRIPTION:Quick call before I put you forward – want to check a few thin
 gs on the retail/store estate side. 0203 998 1172 if you need me.
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lumen Retail – Infrastructure Lead – intro call w/ Priyanka (Hanover & Finch)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-london",
        uid="gh-interview-60114482-2@greenhouse.io",
        interview=1,
        company="Moorgate Clearing",
        role="Head of Cloud Platform",
        stage="technical",
        interviewers="d.ferreira@moorgateclearing.com;s.oyelaran@moorgateclearing.com",
        trap="greenhouse-architecture-interview-london",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:gh-interview-60114482-2@greenhouse.io
DTSTAMP:20251113T111151Z
DTSTART;TZID=Europe/London:20251120T130000
DTEND;TZID=Europe/London:20251120T141500
SUMMARY:Moorgate Clearing – Architecture Interview – Head of Cloud Platform
ORGANIZER;CN=Moorgate Talent:mailto:talent@moorgateclearing.com
ATTENDEE;CN=Daniel Ferreira;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:d.ferreira@moorgateclearing.com
ATTENDEE;CN=Seun Oyelaran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.oyelaran@moorgateclearing.com
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Interviewers: Daniel Ferreira (Chief Architect)\, Seun Oyelara
 n (Head of Infrastructure Risk)\n\nFocus: low-latency hybrid architecture
 \, resilience under PRA operational-resilience rules\, cloud cost control
 .\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NTc2ZjQx
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-final",
        uid="gh-interview-60114482-5@greenhouse.io",
        interview=1,
        company="Moorgate Clearing",
        role="Head of Cloud Platform",
        stage="final",
        interviewers="a.brennan@moorgateclearing.com",
        trap="greenhouse-final-cio-short-summary",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc//Greenhouse Recruiting//EN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
UID:gh-interview-60114482-5@greenhouse.io
DTSTAMP:20251127T085402Z
DTSTART;TZID=Europe/London:20251203T150000
DTEND;TZID=Europe/London:20251203T154500
SUMMARY:Ngozi Adeyemi <> Aoife Brennan (CIO)
ORGANIZER;CN=Moorgate Talent:mailto:talent@moorgateclearing.com
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a.brennan@moorgateclearing.com
ATTENDEE;CN=Ngozi Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Final interview for the Head of Cloud Platform role at Moorgat
 e Clearing. Aoife will want to hear how you'd build the team in year one.
 \n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE1ZDI3
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
