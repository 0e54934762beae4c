"""holdout212 events, part g: Rotterdam, German chemicals, a meeloopdag, typed notes, Homerun, Zoho, Webex, Teams."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "gcal-rotterdam-videobellen",
        "6hq2s4u6w8y0a2c4e6g8i0k2m4@google.com",
        1, "Rijnmond Tankopslag", "Hoofd Douanezaken", "recruiter_screen", "j.bakker@rijnmondtank.nl",
        "google-amsterdam-tz-netherlands-dutch-belafspraak",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_AMS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250220T113000
DTEND;TZID=Europe/Amsterdam:20250220T120000
DTSTAMP:20250217T144400Z
ORGANIZER;CN=Joyce Bakker:mailto:j.bakker@rijnmondtank.nl
UID:6hq2s4u6w8y0a2c4e6g8i0k2m4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=wouter.peeters.antw@telenet.be;X-NUM-GUESTS=0:mailto:wouter.peeter
 s.antw@telenet.be
DESCRIPTION:Hoi Wouter\, zoals telefonisch afgesproken een korte belafspraak
  over de vacature Hoofd Douanezaken bij Rijnmond Tankopslag (Botlek). Ik b
 el je om half twaalf. Groet\, Joyce (recruitment)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Belafspraak Wouter Peeters - Hoofd Douanezaken
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "successfactors-german-interview",
        "SF-ISC-9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4",
        1, "Rheinische Chemiewerke Antwerpen", "Leiter Zoll und Exportkontrolle", "hiring_manager",
        "thomas.richter@rcw-chemie.de;ilse.vermeiren@rcw-chemie.de", "successfactors-german-teams-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:SF-ISC-9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4
DTSTAMP:20250414T080000Z
DTSTART;TZID=Europe/Berlin:20250417T090000
DTEND;TZID=Europe/Berlin:20250417T100000
SUMMARY:Interviewtermin: Leiter Zoll und Exportkontrolle (Standort Antwerpen)
ORGANIZER;CN=RCW Talent Acquisition:mailto:noreply@sapsf.eu
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Dr. Thomas Richter;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:thomas.richter@rcw-chemie.de
ATTENDEE;CN=Ilse Vermeiren;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ilse.vermeiren@rcw-chemie.de
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Sehr geehrter Herr Peeters\,\n\nwir freuen uns\, Sie zu einem Ge
 spräch mit Dr. Thomas Richter (Leiter Außenwirtschaft\, Ludwigshafen) und I
 lse Vermeiren (HR Antwerpen) einzuladen. Themen: Exportkontrolle (Dual-Us
 e)\, AEO\, Zusammenarbeit mit der belgischen Zollverwaltung.\n\nMit freundl
 ichen Grüßen\nRCW Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "meeloopdag-all-day",
        "verhaert-meeloopdag-20250507-wp@verhaert-forwarding.be",
        1, "Verhaert Freight Forwarding", "Teamleider Douane & Transit", "onsite",
        "dieter.verhaert@verhaert-forwarding.be",
        "candidate-meeloopdag-all-day-trial-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:verhaert-meeloopdag-20250507-wp@verhaert-forwarding.be
DTSTAMP:20250430T091000Z
DTSTART;VALUE=DATE:20250507
DTEND;VALUE=DATE:20250508
SUMMARY:Meeloopdag Wouter Peeters (kandidaat teamleider douane)
ORGANIZER;CN="Verhaert, Dieter":mailto:dieter.verhaert@verhaert-forwarding.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
LOCATION:Verhaert Freight Forwarding\, Haven 1xx\, Kaaiweg Antwerpen
DESCRIPTION:Dag Wouter\, zoals besproken loop je woensdag een dag mee met he
 t douaneteam (T1/NCTS\, import aangiftes\, controle-aanvragen). Start 8u\,
  ik neem je 's middags mee voor een broodje en om 16u zitten we samen voo
 r een evaluatie. Dieter
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "typed-floating-recruiter-call",
        "A9C3F1D2-77B0-4E58-8D16-2F4A6B8C0E13",
        1, "Waasland Distribution Center", "", "recruiter_screen", "",
        "typed-floating-abbreviated-employer",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250407T115522Z
DTSTART:20250409T140000
DTEND:20250409T143000
DTSTAMP:20250407T115540Z
LAST-MODIFIED:20250407T115540Z
SEQUENCE:0
SUMMARY:WDC bellen ivm job (hr belt mij) 14u
DESCRIPTION:Waasland Distribution Center Beveren - logistics mgr? vragen: 24
 /7 ploegen\, DV of IV\, hoeveel declaranten
TRANSP:OPAQUE
UID:A9C3F1D2-77B0-4E58-8D16-2F4A6B8C0E13
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "homerun-interview",
        "homerun-interview-22817-ostara@homerun.co",
        1, "Ostara Gas Carriers", "Marine Logistics & Compliance Manager", "hiring_manager",
        "lode.michiels@ostaragas.com", "homerun-shipping-line-office-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Homerun//Homerun//EN
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:homerun-interview-22817-ostara@homerun.co
DTSTAMP:20250505T120000Z
DTSTART;TZID=Europe/Brussels:20250512T103000
DTEND;TZID=Europe/Brussels:20250512T113000
SUMMARY:Ostara Gas Carriers x Wouter Peeters
ORGANIZER;CN=Ostara Gas Carriers:mailto:jobs@ostaragas.homerun.co
ATTENDEE;CN=Wouter Peeters;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telenet.be
ATTENDEE;CN=Lode Michiels;PARTSTAT=ACCEPTED:mailto:lode.michiels@ostaragas.com
LOCATION:Ostara Gas Carriers\, De Keyserlei 5x\, Antwerpen
DESCRIPTION:Hi Wouter! You're meeting Lode Michiels (Fleet & Chartering Dir
 ector) for a first chat about the Marine Logistics & Compliance Manager po
 sition. Bring your questions!\n\n– Team Ostara
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "workday-hq-interview",
        "WD-INTERVIEW-5e4d3c2b1a0948f7e6d5c4b3a2918070@solvane.myworkday.com",
        1, "Solvane", "Global Trade Compliance Manager", "hiring_manager", "aurelie.masson@solvane.com",
        "workday-brussels-hq-teams-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-5e4d3c2b1a0948f7e6d5c4b3a2918070@solvane.myworkday.com
DTSTAMP:20250513T140000Z
DTSTART:20250520T120000Z
DTEND:20250520T130000Z
SUMMARY:Interview: Global Trade Compliance Manager (REQ-30418)
ORGANIZER;CN=Solvane Careers:mailto:solvane@myworkday.com
ATTENDEE;CN=Wouter Peeters;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telenet.be
ATTENDEE;CN=Aurélie Masson;PARTSTAT=ACCEPTED:mailto:aurelie.masson@solvane.com
LOCATION:Microsoft Teams
DESCRIPTION:Interview Type: Hiring Manager Interview\nInterviewer: Aurélie Ma
 sson\, Head of Global Trade\, Brussels HQ\nFormat: Microsoft Teams (link se
 nt separately by the interviewer)\nLanguage: English
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "workday-hq-final",
        "WD-INTERVIEW-6f5e4d3c2b1a4098f7e6d5c4b3a29180@solvane.myworkday.com",
        1, "Solvane", "Global Trade Compliance Manager", "final",
        "aurelie.masson@solvane.com;philippe.renard@solvane.com", "workday-final-brussels-hq-resource-room",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-6f5e4d3c2b1a4098f7e6d5c4b3a29180@solvane.myworkday.com
DTSTAMP:20250527T090000Z
DTSTART:20250603T073000Z
DTEND:20250603T093000Z
SUMMARY:Final Interview: Global Trade Compliance Manager (REQ-30418)
ORGANIZER;CN=Solvane Careers:mailto:solvane@myworkday.com
ATTENDEE;CN=Wouter Peeters;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telenet.be
ATTENDEE;CN=Aurélie Masson;PARTSTAT=ACCEPTED:mailto:aurelie.masson@solvane.com
ATTENDEE;CN=Philippe Renard;PARTSTAT=ACCEPTED:mailto:philippe.renard@solvane.com
ATTENDEE;CUTYPE=RESOURCE;CN=BXL-HQ Neder-Over-Heembeek R3.12;ROLE=NON-PARTICIPANT:mailto:bxl-r312@solvane.com
LOCATION:Solvane HQ\, Rue de Ransbeek\, 1120 Brussels - Room R3.12
DESCRIPTION:Interview Type: Final Interview\nInterviewers: Aurélie Masson (H
 ead of Global Trade)\; Philippe Renard (CFO Supply Chain)\nPlease bring a v
 alid ID. Visitors register at the main reception.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "zoho-recruit-interview",
        "zrecruit-interview-441280000001234567@zohorecruit.eu",
        1, "Antwerp Cold Storage", "Logistics Manager", "hiring_manager", "tim.vercammen@antwerpcoldstorage.be",
        "zoho-recruit-warehouse-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Recruit//EN
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:zrecruit-interview-441280000001234567@zohorecruit.eu
DTSTAMP:20250319T100000Z
DTSTART;TZID=Europe/Brussels:20250326T150000
DTEND;TZID=Europe/Brussels:20250326T160000
SUMMARY:Interview - Logistics Manager - Wouter Peeters
ORGANIZER;CN=Antwerp Cold Storage:mailto:recruit@antwerpcoldstorage.be
ATTENDEE;CN=Wouter Peeters;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telenet.be
ATTENDEE;CN=Tim Vercammen;PARTSTAT=ACCEPTED:mailto:tim.vercammen@antwerpcoldstorage.be
LOCATION:Antwerp Cold Storage\, Vrieskaai\, Kaai 7xx Antwerpen
DESCRIPTION:Interview Name: Gesprek operationeel directeur\nInterviewer: Tim
  Vercammen\nNotities: warme kleding aanraden voor de rondleiding in de vrie
 scel (-25°C)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "webex-interview",
        "8a1c2e3f4b5d6e7f8091a2b3c4d5e6f7@skaldia-auto.webex.com",
        1, "Skaldia Automotive Gent", "Logistics Manager Inbound", "",
        "stefaan.d.hondt@skaldia-auto.com", "webex-invite-no-clear-stage-car-plant",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:8a1c2e3f4b5d6e7f8091a2b3c4d5e6f7@skaldia-auto.webex.com
DTSTAMP:20250407T120000Z
DTSTART;TZID=Europe/Brussels:20250414T160000
DTEND;TZID=Europe/Brussels:20250414T170000
SUMMARY:Interview Wouter Peeters - LM Inbound
ORGANIZER;CN=Stefaan D'hondt:mailto:stefaan.d.hondt@skaldia-auto.com
ATTENDEE;CN=Wouter Peeters;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telenet.be
LOCATION:https://skaldia-auto.webex.com/skaldia-auto/j.php?MTID=m2f1e0d9c8b7
DESCRIPTION:Stefaan D'hondt invites you to join this Webex meeting.\n\nMeeti
 ng number (access code): 2730 991 4410\nMeeting password: Inbound25\n\nJoin
  meeting: https://skaldia-auto.webex.com/skaldia-auto/j.php?MTID=m2f1e0d9c
 8b7\n\nJoin by phone\n+32-2-894-8301 Belgium Toll\n\nSkaldia Automotive Gen
 t – Logistics Manager Inbound (JIT/JIS\, parts from Turkey and China)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "outlook-room-resource-interview",
        "040000008200E00074C5B7101A82E00800000000C2E4A6B8D0F1DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        1, "Waasland Container Terminal", "Customs Operations Manager", "hiring_manager",
        "hannelore.peeters@wct-terminal.be;geert.schoeters@wct-terminal.be", "outlook-room-as-attendee-terminal",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Peeters, Hannelore":mailto:hannelore.peeters@wct-terminal.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Schoeters, Geert":mailto:geert.schoeters@wct-t
 erminal.be
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="WCT Admin - Zaal Deurganck":mailto:wct-zaal-deu
 rganck@wct-terminal.be
DESCRIPTION;LANGUAGE=nl-BE:Beste Wouter\,\n\nHierbij bevestigen we je gespr
 ek voor de functie Customs Operations Manager met Geert Schoeters (Terminal
  Manager) en mezelf (HR). Meld je aan bij de gate-in (Zone B)\, de sluis
 wachter verwittigt ons.\n\nHannelore\n
UID:040000008200E00074C5B7101A82E00800000000C2E4A6B8D0F1DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=nl-BE:Gesprek Customs Operations Manager - Wouter Peeters
DTSTART;TZID=Romance Standard Time:20250521T090000
DTEND;TZID=Romance Standard Time:20250521T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250514T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-BE:WCT Admin - Zaal Deurganck
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "jazzhr-video-interview",
        "jazzhr-evt-5f0b9a7c3e1d@app.jazz.co",
        1, "Bakery Ingredients Europe", "Trade Compliance Manager", "recruiter_screen", "eva.claeys@bie-group.eu",
        "jazzhr-video-screen-food-ingredients",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JazzHR//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:jazzhr-evt-5f0b9a7c3e1d@app.jazz.co
DTSTAMP:20250423T140000Z
DTSTART:20250428T123000Z
DTEND:20250428T130000Z
SUMMARY:Video Interview: Trade Compliance Manager - Bakery Ingredients Europe
ORGANIZER;CN=Eva Claeys:mailto:eva.claeys@bie-group.eu
ATTENDEE;CN=Wouter Peeters;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@telenet.be
LOCATION:Microsoft Teams
DESCRIPTION:Hello Wouter\,\nThank you for applying for Trade Compliance Manage
 r (Groot-Bijgaarden). This 30-minute video interview with Eva Claeys (Talen
 t Partner) covers your background\, motivation and salary expectations.\nTe
 ams link follows.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "teams-dial-in-interview",
        "040000008200E00074C5B7101A82E00800000000D3F5B7C9E1A3DB01000000000000000010000000ABCDEF0011223344556677889900AABB",
        1, "Deurganck Terminal Operators", "Manager Customs & Security", "",
        "frank.de.meyer@dto-deurganck.be", "teams-phone-dial-in-english-no-stage",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="De Meyer, Frank":mailto:frank.de.meyer@dto-deurganck.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wouter.peeters.antw@telenet.be:mailto:wout
 er.peeters.antw@telenet.be
DESCRIPTION;LANGUAGE=en-US:Wouter\, as agreed - interview for Manager Custom
 s & Security (ISPS + customs). I'm on a ship visit so I will join by phone
 \; you can use the dial-in too.\n\nMicrosoft Teams meeting\nJoin: https://
 teams.microsoft.com/l/meetup-join/19%3ameeting_DTO7731%40thread.v2/0\nOr c
 all in (audio only)\n+32 2 896 01 44\,\,55120833#   Belgium\, Brussels\nPho
 ne Conference ID: 551 208 33#\n
UID:040000008200E00074C5B7101A82E00800000000D3F5B7C9E1A3DB01000000000000000010000000ABCDEF0011223344556677889900AABB
SUMMARY;LANGUAGE=en-US:Interview W. Peeters
DTSTART;TZID=Romance Standard Time:20250430T173000
DTEND;TZID=Romance Standard Time:20250430T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250425T070707Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR""",
    ),
]
