"""holdout212 events, part d: a government selection, Workable, Greenhouse, iCIMS, Teamtailor, a cancel, Calendly."""

# (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text)
EVENTS = [
    (
        "bosa-jurygesprek",
        "bosa-sel-AFG25061-JUR-000187@bosa.belgium.be",
        1, "FOD Financiën", "Attaché Douane - expert internationale handel (m/v/x)", "final", "",
        "government-selection-jurygesprek",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//FOD BOSA//Selectie//NL
METHOD:PUBLISH
BEGIN:VEVENT
UID:bosa-sel-AFG25061-JUR-000187@bosa.belgium.be
DTSTAMP:20250428T060000Z
DTSTART:20250514T073000Z
DTEND:20250514T090000Z
SUMMARY:Jurygesprek AFG25061 - Attaché Douane - expert internationale handel (m/v/x)
LOCATION:FOD BOSA - Simon Bolivarlaan 30\, 1000 Brussel (WTC III) - verdieping 4
DESCRIPTION:Geachte kandidaat\,\n\nU bent geslaagd voor de computergestuurd
 e screening van selectie AFG25061 (FOD Financiën – Algemene Administratie
  van de Douane en Accijnzen). Hierbij wordt u uitgenodigd voor het jurygesp
 rek (interview naar competenties en motivatie\, voorafgegaan door een schr
 iftelijke case van 45 minuten).\n\nBreng uw identiteitskaart en deze oproe
 ping mee. Zonder identiteitskaart kunt u niet deelnemen.\n\nDe jury bestaa
 t uit een voorzitter van FOD BOSA\, twee vertegenwoordigers van de AAD&A e
 n een HR-expert.\n\nMet vriendelijke groeten\,\nTeam Selectie – FOD Beleid
 en Ondersteuning
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "workable-phone-screen",
        "workable-event-b7e2c9d1a3f54e68@workable.com",
        1, "Scheldt Tank Terminals", "Operations & Compliance Manager", "recruiter_screen",
        "jolien.aerts@stt-terminals.be",
        "workable-phone-screen-tank-terminal",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-b7e2c9d1a3f54e68@workable.com
DTSTAMP:20250219T153012Z
DTSTART:20250224T150000Z
DTEND:20250224T153000Z
SUMMARY:Phone call: Wouter Peeters for Operations & Compliance Manager at Scheldt Tank Terminals
ORGANIZER;CN=Jolien Aerts:mailto:jolien.aerts@stt-terminals.be
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Jolien Aerts;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jolien.aerts@stt-terminals.be
LOCATION:Phone call
DESCRIPTION:Hi Wouter\,\n\nThis is a confirmation of your phone call with J
 olien Aerts from Scheldt Tank Terminals.\n\nJob: Operations & Compliance M
 anager\nWhen: Monday\, February 24\, 2025 16:00 (Europe/Brussels)\nWhere:
  We will call you at +32 478 xx xx 61\n\nIf you can't make it\, please let
  us know.\n\nSent via Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "greenhouse-hiring-manager-meet",
        "greenhouse-interview-8817726-4403912@greenhouse.io",
        1, "BRU Cargo Handling", "Customs Compliance Lead", "hiring_manager", "dimitri.peeters@brucargo-handling.com",
        "greenhouse-google-meet-hiring-manager-shares-surname",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-8817726-4403912@greenhouse.io
DTSTAMP:20250310T101233Z
DTSTART:20250313T090000Z
DTEND:20250313T094500Z
SUMMARY:Interview: Wouter Peeters for Customs Compliance Lead - Hiring Manager Interview
ORGANIZER;CN=Nadia El Amrani:mailto:nadia.elamrani@brucargo-handling.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Dimitri Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dimitri.peeters@brucargo-handling.
 com
LOCATION:https://meet.google.com/bru-cxyq-kmn
DESCRIPTION:Hi Wouter\,\n\nYou're confirmed for an interview with BRU Cargo
  Handling!\n\nHiring Manager Interview (45 min)\nInterviewer: Dimitri Peet
 ers\, Head of Import Operations (no relation - we get that question a lot!
 )\n\nJoin with Google Meet: https://meet.google.com/bru-cxyq-kmn\nJoin by
  phone: +32 2 290 56 41 PIN: 338 911 204#\n\nNadia El Amrani | Recruiting C
 oordinator\nBRU Cargo Handling – Brucargo building 7xx\, Zaventem
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "greenhouse-onsite-panel",
        "greenhouse-interview-8817726-4471230@greenhouse.io",
        1, "BRU Cargo Handling", "Customs Compliance Lead", "onsite",
        "dimitri.peeters@brucargo-handling.com;evelien.bosmans@brucargo-handling.com;kris.de.wilde@brucargo-handling.com",
        "greenhouse-onsite-panel-coordinator-not-interviewer",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-8817726-4471230@greenhouse.io
DTSTAMP:20250320T143001Z
DTSTART:20250327T123000Z
DTEND:20250327T150000Z
SUMMARY:Onsite Interview: Wouter Peeters - Customs Compliance Lead
ORGANIZER;CN=Nadia El Amrani:mailto:nadia.elamrani@brucargo-handling.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Dimitri Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dimitri.peeters@brucargo-handling.
 com
ATTENDEE;CN=Evelien Bosmans;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:evelien.bosmans@brucargo-handling.
 com
ATTENDEE;CN=Kris De Wilde;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:kris.de.wilde@brucargo-handling.com
ATTENDEE;CUTYPE=ROOM;CN=BRU-7xx-2.14 Boardroom;ROLE=NON-PARTICIPANT:mailto:room.bru7xx.214@brucargo-handling
 .com
LOCATION:BRU Cargo Handling\, Brucargo 7xx\, 1931 Zaventem - 2.14 Boardroom
DESCRIPTION:Hi Wouter\,\n\nHere is your onsite schedule:\n\n13:30 Panel - D
 imitri Peeters (Head of Import Operations)\, Evelien Bosmans (Customs Mana
 ger)\n14:30 Scenario: an AWB with mis-declared lithium batteries under T1 –
  walk us through it (Kris De Wilde\, Compliance & Security Officer)\n15:15
  Tour of the import shed and the customs inspection area\n\nPlease bring ID
  for the airside badge desk. Nadia will meet you at reception.\n\nBRU Car
 go Handling Recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "icims-phone-screen",
        "icims-ISCHED-2025-0211-77450@careers-biocura.icims.com",
        1, "Biocura Pharma Logistics", "Trade Compliance Manager", "recruiter_screen", "",
        "icims-phone-screen-interviewer-not-named",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-ISCHED-2025-0211-77450@careers-biocura.icims.com
DTSTAMP:20250211T171500Z
DTSTART:20250218T080000Z
DTEND:20250218T083000Z
SUMMARY:Biocura Pharma Logistics - Phone Interview - Trade Compliance Manager (Req #2025-1147)
ORGANIZER;CN=Biocura Talent Acquisition:mailto:talent-noreply@biocura.com
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
LOCATION:Telephone
DESCRIPTION:Dear Wouter\,\n\nThank you for your application to Biocura Phar
 ma Logistics. A member of our Talent Acquisition team will call you for a
  30-minute phone interview regarding the Trade Compliance Manager role at
  our GDP-certified hub in Puurs.\n\nTopics: your experience with dual-use
  goods\, export licensing and temperature-controlled shipments.\n\nKind re
 gards\,\nBiocura Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "teamtailor-video-nl",
        "tt-interview-877320-f09c1d@teamtailor.com",
        1, "Leiedal Foods", "Export & Customs Manager", "hiring_manager",
        "frederik.vandamme@leiedalfoods.be;sarah.coussement@leiedalfoods.be", "teamtailor-flemish-video-export-manager",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:tt-interview-877320-f09c1d@teamtailor.com
DTSTAMP:20250402T131200Z
DTSTART;TZID=Europe/Brussels:20250409T133000
DTEND;TZID=Europe/Brussels:20250409T143000
SUMMARY:Gesprek Export & Customs Manager - Leiedal Foods
ORGANIZER;CN=Sarah Coussement:mailto:sarah.coussement@leiedalfoods.be
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Frederik Vandamme;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:frederik.vandamme@leiedalfoods.
 be
ATTENDEE;CN=Sarah Coussement;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sarah.coussement@leiedalfoods.be
LOCATION:Teams-videogesprek
DESCRIPTION:Dag Wouter\,\n\nBedankt voor je kandidatuur! We plannen graag e
 en videogesprek met Frederik Vandamme (Sales Director Export) en mezelf (H
 R). We zijn benieuwd naar je ervaring met exportcertificaten (gezondheids
 certificaten via FAVV)\, oorsprongsregels en EUR.1.\n\nDe link volgt via T
 eams.\n\nGroetjes\,\nSarah – HR Leiedal Foods
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "successfactors-interview-ghent-steel",
        "SF-ISC-77c0e1d2-3f4a-4b5c-9d6e-0f1a2b3c4d5e",
        1, "Zeekanaal Staal", "Logistics Manager Inbound Raw Materials", "hiring_manager",
        "geert.vanhoutte@zeekanaalstaal.be", "successfactors-hiring-manager-steel-plant",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BRU@@
BEGIN:VEVENT
UID:SF-ISC-77c0e1d2-3f4a-4b5c-9d6e-0f1a2b3c4d5e
DTSTAMP:20250227T110000Z
DTSTART;TZID=Europe/Brussels:20250306T100000
DTEND;TZID=Europe/Brussels:20250306T110000
SUMMARY:Interview - Logistics Manager Inbound Raw Materials - Peeters\, Wouter
ORGANIZER;CN=Zeekanaal Staal Recruitment:mailto:noreply@sapsf.eu
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wouter.peeters.antw@
 telenet.be
ATTENDEE;CN=Geert Vanhoutte;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:geert.vanhoutte@zeekanaalstaal.be
LOCATION:Zeekanaal Staal\, John Kennedylaan\, Gent - Hoofdgebouw\, onthaal
DESCRIPTION:Beste Wouter\,\n\nJe bent uitgenodigd voor een gesprek met Geer
 t Vanhoutte (Manager Supply Chain Inbound) voor de vacature Logistics Mana
 ger Inbound Raw Materials (ertsen\, kolen\, schroot via Kluizendok).\n\nBe
 zoekers melden zich aan aan poort 1 met identiteitskaart.\n\nTeam Recruitme
 nt Zeekanaal Staal
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "successfactors-cancelled",
        "SF-ISC-c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
        1, "Zeekanaal Staal", "Logistics Manager Inbound Raw Materials", "final",
        "geert.vanhoutte@zeekanaalstaal.be;lieve.deprez@zeekanaalstaal.be", "method-cancel-final-round",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
@@TZ_BRU@@
BEGIN:VEVENT
UID:SF-ISC-c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f
DTSTAMP:20250324T092000Z
DTSTART;TZID=Europe/Brussels:20250327T140000
DTEND;TZID=Europe/Brussels:20250327T153000
SUMMARY:Geannuleerd: Finaal gesprek - Logistics Manager Inbound Raw Materials
ORGANIZER;CN=Zeekanaal Staal Recruitment:mailto:noreply@sapsf.eu
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:wouter.peeters.antw@telenet.be
ATTENDEE;CN=Geert Vanhoutte;ROLE=REQ-PARTICIPANT:mailto:geert.vanhoutte@zeekanaalstaal.be
ATTENDEE;CN=Lieve Deprez;ROLE=REQ-PARTICIPANT:mailto:lieve.deprez@zeekanaalstaal.be
LOCATION:Zeekanaal Staal\, Gent - Hoofdgebouw
DESCRIPTION:Beste Wouter\,\n\nHelaas moeten we het finale gesprek van donde
 rdag annuleren: de vacature wordt voorlopig on hold gezet na een interne r
 eorganisatie. We houden je op de hoogte.\n\nTeam Recruitment Zeekanaal St
 aal
STATUS:CANCELLED
SEQUENCE:2
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "calendly-kennismaking",
        "calendly-9b2f1e7c-0d3a-4a6b-bc58-2e91f4d7a0c3@calendly.com",
        1, "Railport Antwerp", "Manager Douane & Terminal Compliance", "recruiter_screen", "sofie.maes@railport.be",
        "calendly-booked-by-candidate-kennismaking",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-9b2f1e7c-0d3a-4a6b-bc58-2e91f4d7a0c3@calendly.com
DTSTAMP:20250416T194501Z
DTSTART:20250422T070000Z
DTEND:20250422T073000Z
SUMMARY:Kennismaking Railport (30 min) tussen Sofie Maes en Wouter Peeters
ORGANIZER;CN=Sofie Maes:mailto:sofie.maes@railport.be
ATTENDEE;CN=Wouter Peeters;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wouter.peeters.antw@telenet.be
ATTENDEE;CN=Sofie Maes;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sofie.maes@railport.be
LOCATION:Sofie belt je op: +32478xxxx61
DESCRIPTION:Event Name: Kennismaking Railport (30 min)\n\nVacature: Manager
  Douane & Terminal Compliance (spoorterminal Zomerweg)\n\nNeed to make ch
 anges to this event?\nCancel: https://calendly.com/cancellations/9b2f1e7c
 -0d3a-4a6b-bc58-2e91f4d7a0c3\nReschedule: https://calendly.com/reschedulin
 gs/9b2f1e7c-0d3a-4a6b-bc58-2e91f4d7a0c3\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
]
