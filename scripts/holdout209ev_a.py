"""holdout209 events, part a: Big Four, the in-house role and KPMG Austria (hand-written raw iCalendar).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics[, "lf"]).
"""

EVENTS = [
    (
        "workday-screen", "WD-8f3a61c2-0b9e-4c1d-a6e4-KPMG-INT-44817@myworkday.com", 1, "KPMG",
        "Tax Consultant Assistant (m/w/d) Corporate Tax", "recruiter_screen", "lhofstetter@kpmg.com",
        "workday-english-teams-recruiter-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-8f3a61c2-0b9e-4c1d-a6e4-KPMG-INT-44817@myworkday.com
DTSTAMP:20260209T081455Z
DTSTART:20260212T090000Z
DTEND:20260212T093000Z
SEQUENCE:0
SUMMARY:Interview: Tax Consultant Assistant (m/w/d) Corporate Tax - Jonas B
 ecker
DESCRIPTION:Dear Jonas\,\n\nthank you for your interest in KPMG. We are ple
 ased to invite you to a first interview for the position Tax Consultant A
 ssistant (m/w/d) Corporate Tax\, Job Requisition ID 2026-11873\, in Munic
 h.\n\nInterviewer: Lena Hofstetter\, Talent Acquisition\nFormat: Microsof
 t Teams\, approx. 30 minutes\n\nJoin Microsoft Teams Meeting:\nhttps://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZjA2\nMeeting ID: 372 55
 8 190 44\nPasscode: q7Hf2R\n\nKind regards\,\nKPMG Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=KPMG Recruiting:mailto:kpmg@myworkday.com
ATTENDEE;CN=Jonas Becker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Lena Hofstetter;ROLE=REQ-PARTICIPANT:mailto:LHofstetter@kpmg.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-fachgespraech", "040000008200E00074C5B7101A82E00800000000B0C4D1E7A392DC01000000000000000010"
        "000000A1F6E3D52B7C4E4F9A8C1D2E3F405162", 1, "KPMG",
        "Tax Consultant Assistant (m/w/d) Corporate Tax", "hiring_manager", "tbrandl@kpmg.com;sdietrich@kpmg.com",
        "outlook-sent-by-assistant-room-fachgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@TZ_WEST@
BEGIN:VEVENT
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN="Dietrich, Sabine";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:sdietr
 ich@kpmg.com
ATTENDEE;CN="MUC Ganghoferstr. 29 - 4.12 (8)";CUTYPE=RESOURCE;ROLE=NON-PART
 ICIPANT;RSVP=TRUE:mailto:muc-room-4.12@kpmg.com
CLASS:PUBLIC
CREATED:20260219T101201Z
DESCRIPTION:Sehr geehrter Herr Becker\,\n\nim Auftrag von Herrn Brandl lad
 e ich Sie herzlich zu einem Fachgespräch in unser Büro in der Ganghofers
 traße 29 ein. Teilnehmen werden Herr Thomas Brandl (Partner\, Corporate T
 ax) und Frau Sabine Dietrich (Senior Managerin).\n\nBitte melden Sie sich
  am Empfang im EG. Bringen Sie gerne Ihre Zeugnisse mit.\n\nMit freundlic
 hen Grüßen\nMonika Rauscher\nAssistenz Tax\n
DTEND;TZID="W. Europe Standard Time":20260303T113000
DTSTAMP:20260219T101201Z
DTSTART;TZID="W. Europe Standard Time":20260303T100000
LAST-MODIFIED:20260219T101201Z
LOCATION:MUC Ganghoferstr. 29 - 4.12 (8)
ORGANIZER;CN="Brandl, Thomas";SENT-BY="mailto:mrauscher@kpmg.com":mailto:tb
 randl@kpmg.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Fachgespräch Jonas Becker / Corporate Tax
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0C4D1E7A392DC01000000000000000010000000A1F6E3D52B7C4E4F9A8C1D2E3F405162
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "hirevue-window", "pwc-dvi-3318-2dd0a7@pwc.hirevue.com", 1, "PwC",
        "Assistant Tax (w/m/d) Private Clients", "recruiter_screen", "",
        "one-way-video-interview-no-interviewer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//Scheduling//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:pwc-dvi-3318-2dd0a7@pwc.hirevue.com
DTSTAMP:20260210T143000Z
DTSTART:20260214T090000Z
DTEND:20260214T100000Z
SUMMARY:PwC Digitales Interview - Assistant Tax (w/m/d) Private Clients
DESCRIPTION:Hallo Jonas\,\n\nim nächsten Schritt Ihres Bewerbungsprozesse
 s bei PwC bitten wir Sie\, ein zeitversetztes Video-Interview zu absolvi
 eren. Sie beantworten 5 Fragen vor der Kamera\; für jede Frage haben Sie
  30 Sekunden Bedenkzeit und bis zu 3 Minuten Antwortzeit.\n\nBitte schli
 eßen Sie das Interview bis 16.02.2026 ab.\nLink: https://app.hirevue.com/
 i/PwCDE/8XK2P\n\nViel Erfolg!\nIhr PwC Recruiting Team
ORGANIZER;CN=PwC Recruiting:mailto:noreply@hirevue.com
ATTENDEE;CN=Jonas Becker;PARTSTAT=ACCEPTED:mailto:jonas.becker.stb@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "fachinterview-case", "F1C2A3B4-7788-4E1D-9C0B-PWCMUC20260226@pwc.com", 1, "PwC",
        "Assistant Tax (w/m/d) Private Clients", "technical",
        "katharina.seitz@pwc.com;florian.mair@pwc.com", "onsite-fachinterview-with-case-study",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:F1C2A3B4-7788-4E1D-9C0B-PWCMUC20260226@pwc.com
DTSTAMP:20260217T092233Z
DTSTART;TZID=Europe/Berlin:20260226T140000
DTEND;TZID=Europe/Berlin:20260226T153000
SEQUENCE:0
SUMMARY:PwC | Fachinterview mit Fallstudie - Jonas Becker
LOCATION:PwC München\, Bernhard-Wicki-Straße 8\, 80636 München\, Raum 3.0
 7
DESCRIPTION:Lieber Jonas\,\n\nwie besprochen bestätigen wir Ihnen den Ter
 min für das Fachinterview. Zu Beginn erhalten Sie eine kurze Fallstudie
  aus dem Bereich Einkommensteuer / Private Vermögensverwaltung (30 Minu
 ten Bearbeitungszeit)\, die Sie anschließend mit Dr. Katharina Seitz (Di
 rector) und Florian Mair (Senior Manager) besprechen.\n\nBitte bringen Si
 e einen Lichtbildausweis mit.\n\nBeste Grüße\nTeresa Gruber\nRecruiting
  Coordinator | PwC Deutschland
ORGANIZER;CN=Gruber\, Teresa:mailto:teresa.gruber@pwc.com
ATTENDEE;CN=Jonas Becker;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jonas.becke
 r.stb@web.de
ATTENDEE;CN=Seitz\, Katharina Dr.;ROLE=REQ-PARTICIPANT:mailto:Katharina.Se
 itz@pwc.com
ATTENDEE;CN=Mair\, Florian;ROLE=REQ-PARTICIPANT:mailto:Florian.Mair@pwc.com
ATTENDEE;CUTYPE=ROOM;CN=MUC BWS 3.07:mailto:de-muc-bws-3.07@pwc.com
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-partner-final", "fa77e2d1-4d3b-43c5-8c2e-6b0f9f1e3a10", 1, "PwC",
        "Assistant Tax (w/m/d) Private Clients", "final", "ralf.obermeier@pwc.com",
        "abschlussgespraech-partner-teams",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:fa77e2d1-4d3b-43c5-8c2e-6b0f9f1e3a10
DTSTAMP:20260304T161800Z
DTSTART;TZID=Europe/Berlin:20260310T083000
DTEND;TZID=Europe/Berlin:20260310T091500
SUMMARY:Abschlussgespräch Jonas Becker - Ralf Obermeier
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Hallo Herr Becker\,\nanbei wie telefonisch besprochen die Ein
 ladung zum Abschlussgespräch mit Ralf Obermeier (Partner Private Clients
 ).\n________________________________________________________________________________\n
 Microsoft Teams-Besprechung\nÜber Ihren Computer\, Ihre mobile App ode
 r Ihr Raumgerät beitreten\nHier klicken\, um an der Besprechung teilzune
 hmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk2YzE>\nBe
 sprechungs-ID: 318 226 470 91\nPasscode: Zk3mP9\nNur Audio\n+49 69 3807
 8 7155\,\,648221903#   Deutschland\, Frankfurt am Main\n________________
 ________________________________________________________________\n
ORGANIZER;CN=Gruber\, Teresa:mailto:teresa.gruber@pwc.com
ATTENDEE;CN=Obermeier\, Ralf;ROLE=REQ-PARTICIPANT:mailto:ralf.obermeier@pw
 c.com
ATTENDEE;CN=jonas.becker.stb@web.de;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:
 jonas.becker.stb@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "sf-telefoninterview", "SF-EY-INT-7731094-1@successfactors.eu", 1, "EY",
        "Consultant / Assistant Tax - Business Tax Services (all genders)", "recruiter_screen",
        "julia.kastner@de.ey.com", "successfactors-phone-screen-ta",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-EY-INT-7731094-1@successfactors.eu
DTSTAMP:20260205T114010Z
DTSTART;TZID=Europe/Berlin:20260211T163000
DTEND;TZID=Europe/Berlin:20260211T170000
SUMMARY:Interview Invitation: Consultant / Assistant Tax - Business Tax Ser
 vices (all genders) - Munich
DESCRIPTION:Dear Jonas Becker\,\n\nThank you for applying to EY. Julia Kas
 tner (Talent Acquisition) will call you on the number you provided (+49
  176 2284 9130) for a telephone interview of approximately 30 minutes.\n
 \nPlease accept or decline this invitation via the candidate portal.\n\nB
 est regards\,\nEY Talent Acquisition Germany\n\nThis e-mail was sent from
  an unmonitored mailbox.
LOCATION:Telefon
ORGANIZER;CN="EY Talent Acquisition":mailto:noreply@successfactors.eu
ATTENDEE;CN="Jonas Becker";RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN="Julia Kastner":mailto:Julia.Kastner@de.ey.com
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "self-online-test", "3C0E9D0A-44F1-4B21-B62E-7A1D5B6C8E90", 1, "EY", "", "technical", "",
        "self-typed-online-assessment-block",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.5.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260213T193022Z
UID:3C0E9D0A-44F1-4B21-B62E-7A1D5B6C8E90
DTEND:20260215T113000
SUMMARY:EY Onlinetest (SHL) - Zahlen + Fallstudie
LAST-MODIFIED:20260213T193107Z
DTSTAMP:20260213T193107Z
DTSTART:20260215T100000
DESCRIPTION:Link in Mail vom 13.2.\, Frist So 23:59\nTaschenrechner + Pap
 ier bereitlegen\, Laptop am Strom!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "lf",
    ),
    (
        "cancel-onsite", "SF-EY-INT-7731094-3@successfactors.eu", 1, "EY",
        "Consultant / Assistant Tax - Business Tax Services (all genders)", "hiring_manager",
        "philipp.reindl@de.ey.com", "method-cancel-withdrawn-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:SF-EY-INT-7731094-3@successfactors.eu
DTSTAMP:20260302T080500Z
SEQUENCE:2
STATUS:CANCELLED
DTSTART;TZID=Europe/Berlin:20260305T100000
DTEND;TZID=Europe/Berlin:20260305T110000
SUMMARY:Cancelled: Interview - Consultant / Assistant Tax - Business Tax Se
 rvices (all genders) - Munich
DESCRIPTION:Dear Jonas Becker\,\n\nyour interview with Philipp Reindl (Ma
 nager Business Tax Services) on 05.03.2026 has been cancelled as you with
 drew your application. We wish you all the best.\n\nEY Talent Acquisition
  Germany
LOCATION:EY\, Arnulfstraße 59\, 80636 München
ORGANIZER;CN="EY Talent Acquisition":mailto:noreply@successfactors.eu
ATTENDEE;CN="Jonas Becker":mailto:jonas.becker.stb@web.de
ATTENDEE;CN="Philipp Reindl":mailto:philipp.reindl@de.ey.com
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workday-hm", "WD-DEL-2026-ab19e04c-77ff-4b8a-9e0e-0c3a5f7d1b22@myworkday.com", 1, "Deloitte",
        "Assistant (m/w/d) Tax - Business Tax Services", "hiring_manager",
        "mhuber@deloitte.de;atrautmann@deloitte.de", "workday-first-version-before-reschedule",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-DEL-2026-ab19e04c-77ff-4b8a-9e0e-0c3a5f7d1b22@myworkday.com
DTSTAMP:20260216T130211Z
SEQUENCE:0
DTSTART:20260219T130000Z
DTEND:20260219T140000Z
SUMMARY:Deloitte | Interview - Assistant (m/w/d) Tax - Business Tax Servic
 es
DESCRIPTION:Hello Jonas\,\n\nYou have an interview scheduled with Deloitte
 .\n\nInterviewers:\nMarkus Huber - Director\nAnna Trautmann - Senior Cons
 ultant\n\nLocation: Microsoft Teams (link below)\nhttps://teams.microsoft
 .com/l/meetup-join/19%3ameeting_YjQ4MmFh\n\nIf you need to reschedule\, p
 lease reply to this message.\n\nDeloitte Talent Acquisition
ORGANIZER;CN=Deloitte Talent Acquisition:mailto:deloitte@myworkday.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Markus Huber:mailto:mhuber@deloitte.de
ATTENDEE;CN=Anna Trautmann:mailto:atrautmann@deloitte.de
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workday-rescheduled", "WD-DEL-2026-ab19e04c-77ff-4b8a-9e0e-0c3a5f7d1b22@myworkday.com", 1, "Deloitte",
        "Assistant (m/w/d) Tax - Business Tax Services", "hiring_manager",
        "mhuber@deloitte.de;atrautmann@deloitte.de", "workday-rescheduled-higher-sequence",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-DEL-2026-ab19e04c-77ff-4b8a-9e0e-0c3a5f7d1b22@myworkday.com
DTSTAMP:20260218T075503Z
SEQUENCE:1
DTSTART:20260223T150000Z
DTEND:20260223T160000Z
SUMMARY:Updated: Deloitte | Interview - Assistant (m/w/d) Tax - Business T
 ax Services
DESCRIPTION:Hello Jonas\,\n\nYour interview has been moved to a new time.
 \n\nNew time: Monday\, 23 February 2026\, 16:00 - 17:00 CET\n\nInterviewe
 rs:\nMarkus Huber - Director\nAnna Trautmann - Senior Consultant\n\nLocat
 ion: Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameet
 ing_YjQ4MmFh\n\nDeloitte Talent Acquisition
ORGANIZER;CN=Deloitte Talent Acquisition:mailto:deloitte@myworkday.com
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN=Markus Huber:mailto:mhuber@deloitte.de
ATTENDEE;CN=Anna Trautmann:mailto:atrautmann@deloitte.de
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "partner-final", "f0d3c8a9e1b74e2fa3a55c02c9d1e6b7@deloitte.de", 1, "Deloitte",
        "Assistant (m/w/d) Tax - Business Tax Services", "final", "cwendler@deloitte.de",
        "final-round-partner-english-onsite",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:f0d3c8a9e1b74e2fa3a55c02c9d1e6b7@deloitte.de
DTSTAMP:20260302T101500Z
DTSTART;TZID=Europe/Berlin:20260309T110000
DTEND;TZID=Europe/Berlin:20260309T120000
SUMMARY:Final round - Jonas Becker / Christoph Wendler
LOCATION:Deloitte München\, Rosenheimer Platz 4\, Empfang 5. OG
DESCRIPTION:Dear Jonas\,\n\nas discussed\, please find the invitation for
  the final round with Christoph Wendler (Partner\, Business Tax). The co
 nversation will be held in German. Please register at reception on the
  5th floor.\n\nBest\,\nNadine Kreuzer | Talent Acquisition Partner
ORGANIZER;CN="Kreuzer, Nadine":mailto:nkreuzer@deloitte.de
ATTENDEE;CN="Wendler, Christoph";ROLE=REQ-PARTICIPANT:mailto:cwendler@deloit
 te.de
ATTENDEE;CN="Jonas Becker";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jonas.beck
 er.stb@web.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "sf-webex-inhouse", "SF-MTU-REQ4471-INT1@successfactors.eu", 1, "MTU Aero Engines",
        "Specialist Tax (m/f/d) Indirect Taxes", "hiring_manager",
        "stefanie.kronawitter@mtu.de;david.aumann@mtu.de", "inhouse-successfactors-webex-english",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
@TZ_BERLIN@
BEGIN:VEVENT
UID:SF-MTU-REQ4471-INT1@successfactors.eu
DTSTAMP:20260224T090001Z
DTSTART;TZID=Europe/Berlin:20260304T150000
DTEND;TZID=Europe/Berlin:20260304T160000
SUMMARY:Interview Invitation - Specialist Tax (m/f/d) Indirect Taxes - Job
 Req 4471
DESCRIPTION:Dear Jonas\,\n\nWe are happy to invite you to a video intervi
 ew with Stefanie Kronawitter (Head of Indirect Taxes) and David Aumann (H
 R Business Partner).\n\nCisco Webex meeting\nhttps://mtu.webex.com/mtu/j.
 php?MTID=m4c1f9e0a7\nMeeting number: 2731 884 0912\nPassword: Tax2026!\nJ
 oin by phone: +49-619-6781-9736 Germany toll\nAccess code: 2731 884 0912\n\n
 MTU Aero Engines AG - Talent Acquisition
LOCATION:Cisco Webex
ORGANIZER;CN="MTU Talent Acquisition":mailto:noreply@successfactors.eu
ATTENDEE;CN="Jonas Becker";RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN="Stefanie Kronawitter":mailto:stefanie.kronawitter@mtu.de
ATTENDEE;CN="David Aumann":mailto:david.aumann@mtu.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "plant-final", "A4E7E1C0-2F11-4C4F-8E6E-MTU-FINAL-0318", 1, "MTU Aero Engines",
        "Specialist Tax (m/f/d) Indirect Taxes", "final", "stefanie.kronawitter@mtu.de;Dr. Henrik Sattler",
        "inhouse-final-onsite-visitor-badge",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_WEST@
BEGIN:VEVENT
UID:A4E7E1C0-2F11-4C4F-8E6E-MTU-FINAL-0318
DTSTAMP:20260311T140009Z
DTSTART;TZID="W. Europe Standard Time":20260318T093000
DTEND;TZID="W. Europe Standard Time":20260318T113000
SUMMARY;LANGUAGE=en-US:Final interview - Specialist Tax Indirect Taxes (J.
  Becker)
LOCATION:MTU Aero Engines\, Dachauer Str. 665\, 80995 München - Tor 1 / Bes
 ucherempfang
DESCRIPTION;LANGUAGE=en-US:Dear Mr Becker\,\nplease find attached the inv
 itation for the second and final interview with Stefanie Kronawitter and
  our Head of Tax\, Dr. Henrik Sattler. Agenda: 09:30 short presentation
  by you (15 min\, topic: VAT treatment of a chain transaction)\, 09:45 in
 terview\, 11:00 office tour.\nA visitor badge will be prepared at gate 1.
  Please bring your ID.\nBest regards\nDavid Aumann\nHR Business Partner
ORGANIZER;CN="Aumann, David":mailto:david.aumann@mtu.de
ATTENDEE;CN="Kronawitter, Stefanie";RSVP=TRUE:mailto:Stefanie.Kronawitter@m
 tu.de
ATTENDEE;CN=Jonas Becker;RSVP=TRUE:mailto:jonas.becker.stb@web.de
ATTENDEE;CN="Raum M-01.214";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT:mailto:ra
 um.m01214@mtu.de
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "vienna-teams", "7e0b5c2a-9d1f-4a8e-b3c6-1f2e4d6a8c90@kpmg.at", 1, "KPMG Austria",
        "Berufsanwärter:in Steuerberatung", "", "mwallner@kpmg.at", "vienna-zone-bewerbungsgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_VIENNA@
BEGIN:VEVENT
UID:7e0b5c2a-9d1f-4a8e-b3c6-1f2e4d6a8c90@kpmg.at
DTSTAMP:20260220T081000Z
DTSTART;TZID=Europe/Vienna:20260225T100000
DTEND;TZID=Europe/Vienna:20260225T104500
SUMMARY:Bewerbungsgespräch Berufsanwärter:in Steuerberatung - Becker
DESCRIPTION:Lieber Herr Becker\,\nvielen Dank für Ihre Bewerbung bei KPMG
  in Wien. Wie vereinbart sprechen wir am Mittwoch per Teams. Seitens KPM
 G nimmt Mag. Martina Wallner (Managerin Tax) teil.\nFalls Sie eine Wohnu
 ng in Wien suchen\, erzählen wir Ihnen gerne mehr über unser Relocation
 -Paket.\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_Yzc4N2Q\n\nLiebe Grüße aus der Porzellangasse\nKPMG Austria Recruiting
ORGANIZER;CN="Recruiting KPMG Austria":mailto:recruiting@kpmg.at
ATTENDEE;CN="Wallner, Martina":mailto:mwallner@kpmg.at
ATTENDEE;CN="jonas.becker.stb@web.de";RSVP=TRUE:mailto:jonas.becker.stb@web
 .de
END:VEVENT
END:VCALENDAR
""",
    ),
]
