"""holdout174 events, part d: multinationals in FR/DE/EN, biotech ATS tools, IQVIA (written blind)."""

from holdout174ev_tz import BERLIN, BRUSSELS, MADRID_WORKDAY, NEW_YORK, PARIS

EVENTS = [
    {
        "kind": "french-entretien",
        "uid": "PF-RH-ENT-2025-11-0457@pierre-fabre.com",
        "label": (1, "Pierre Fabre", "Medical Science Liaison Oncologie – Espagne", "hiring_manager",
                  "helene.castagne@pierre-fabre.com", "french-entretien-paris-zone"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
{PARIS}BEGIN:VEVENT
UID:PF-RH-ENT-2025-11-0457@pierre-fabre.com
DTSTAMP:20251117T085911Z
DTSTART;TZID=Europe/Paris:20251124T140000
DTEND;TZID=Europe/Paris:20251124T150000
SUMMARY;LANGUAGE=fr-FR:Entretien Lucía Ferrer – MSL Oncologie Espagne
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Lucía\,\n\nSuite à votre échange avec
  notre chargée de recrutement\, je vous propose un entretien en visio a
 vec moi-même (Responsable Affaires Médicales Oncologie Europe du Sud) pou
 r le poste de Medical Science Liaison Oncologie – Espagne. L'entretien pou
 rra se dérouler en anglais ou en espagnol\, comme vous préférez.\n\nLien
  Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_cGZhYnJl%
 40thread.v2/0\n\nBien cordialement\,\nHélène Castagné\nPierre Fabre Médic
 ament – Toulouse / Boulogne
ORGANIZER;CN="Castagné, Hélène":mailto:helene.castagne@pierre-fabre.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer:mailto:luciaferrer.farma@gmail.com
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "german-gespraech",
        "uid": "FK-SF-VG-1187731-02@fresenius-kabi.successfactors.eu",
        "label": (1, "Fresenius Kabi", "Medical Affairs Manager Klinische Ernährung (m/w/d)", "hiring_manager",
                  "thomas.brandl@fresenius-kabi.com;katrin.oehler@fresenius-kabi.com",
                  "german-vorstellungsgespraech-berlin-zone"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting//DE
VERSION:2.0
METHOD:REQUEST
{BERLIN}BEGIN:VEVENT
UID:FK-SF-VG-1187731-02@fresenius-kabi.successfactors.eu
DTSTAMP:20260112T074412Z
DTSTART;TZID=Europe/Berlin:20260120T100000
DTEND;TZID=Europe/Berlin:20260120T110000
SUMMARY:Vorstellungsgespräch: Medical Affairs Manager Klinische Ernährung
  (m/w/d) – Frau Ferrer Soler
DESCRIPTION:Sehr geehrte Frau Ferrer Soler\,\n\nvielen Dank für Ihre Bewer
 bung. Wir freuen uns\, Sie zu einem virtuellen Vorstellungsgespräch einzu
 laden.\n\nGesprächspartner:\nDr. Thomas Brandl – Head of Medical Affairs
  Clinical Nutrition EMEA\nKatrin Öhler – HR Business Partner\n\nDas Gesprä
 ch findet über Microsoft Teams statt und kann auf Englisch geführt werden
 .\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmthYmk%40threa
 d.v2/0\n\nMit freundlichen Grüßen\nIhr Talent Acquisition Team\nFresenius
  Kabi Deutschland GmbH\, Else-Kröner-Straße 1\, 61352 Bad Homburg
ORGANIZER;CN=Fresenius Kabi Recruiting:mailto:noreply@fresenius-kabi.suc
 cessfactors.eu
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Dr. Thomas Brandl;PARTSTAT=ACCEPTED:mailto:thomas.brandl@fres
 enius-kabi.com
ATTENDEE;CN=Katrin Öhler;PARTSTAT=ACCEPTED:mailto:katrin.oehler@fresenius
 -kabi.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-interview",
        "uid": "icims-2025-18842-int-330@bbraun.icims.com",
        "label": (1, "B. Braun", "Medical Affairs Manager Infusion Therapy & Pharmacy Solutions EMEA", "",
                  "jan.vogelsang@bbraun.com", "icims-utc-no-clear-stage"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Talent Platform//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-2025-18842-int-330@bbraun.icims.com
DTSTAMP:20251208T140512Z
DTSTART:20251216T150000Z
DTEND:20251216T160000Z
SUMMARY:Interview: Medical Affairs Manager Infusion Therapy & Pharmacy So
 lutions EMEA (2025-18842)
DESCRIPTION:Dear Lucía\,\n\nWe would like to confirm your interview for t
 he above position with B. Braun Melsungen AG.\n\nInterviewer: Jan Vogelsa
 ng\nDate/Time: 16 December 2025\, 16:00 CET\nMedium: Webex\nhttps://bbrau
 n.webex.com/bbraun/j.php?MTID=m4c1d2e0f8a7b6c5d4e3f2a1b0c9d8e7f\nMeeting n
 umber: 2742 118 3306 Password: Infusion25\nJoin by phone: +49-619-6781-9
 736 Germany Toll\n\nKind regards\,\nB. Braun Talent Acquisition
ORGANIZER;CN=B. Braun Talent Acquisition:mailto:talent-noreply@bbraun.ic
 ims.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Jan Vogelsang;PARTSTAT=ACCEPTED:mailto:jan.vogelsang@bbraun.c
 om
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-screen",
        "uid": "BIIB-JR-0022841-INT1@biibhr.wd1.myworkday.com",
        "label": (1, "Biogen", "Medical Science Liaison Neurology - Levante & Baleares", "recruiter_screen",
                  "nerea.cuevas@biogen.com", "workday-screen-neurology"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Calendar//EN
METHOD:REQUEST
{MADRID_WORKDAY}BEGIN:VEVENT
UID:BIIB-JR-0022841-INT1@biibhr.wd1.myworkday.com
DTSTAMP:20260127T090044Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20260205T121500
DTEND;TZID=Europe/Madrid:20260205T125000
SUMMARY:Interview Scheduled: Medical Science Liaison Neurology - Levante &
  Baleares
DESCRIPTION:Candidate: Lucía Ferrer Soler\nInterview type: Recruiter Scree
 n\nInterviewer(s): Nerea Cuevas\nLocation: Zoom https://biogen.zoom.us/j/
 98271662003\n\nBiogen Spain S.L.U.
ORGANIZER;CN=Biogen Careers:mailto:biogen@myworkday.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Nerea Cuevas;PARTSTAT=ACCEPTED:mailto:nerea.cuevas@biogen.com
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "brussels-outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000022UCB3C4B5A6DC01000000000000000010000000UCBMSL",
        "label": (1, "UCB", "MSL Neurology (Epilepsy) Spain", "hiring_manager",
                  "pieter.vanacker@ucb.com", "brussels-zone-english-hiring-manager"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{BRUSSELS}BEGIN:VEVENT
ORGANIZER;CN="Van Acker, Pieter":mailto:pieter.vanacker@ucb.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciafer
 rer.farma@gmail.com:mailto:luciaferrer.farma@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roca, Mer
 cè":mailto:merce.roca@ucb.com
DESCRIPTION;LANGUAGE=en-US:Dear Lucía\,\n\nThank you for taking the time t
 o speak with Mercè last week. I would like to invite you to a conversatio
 n about the MSL Neurology (Epilepsy) Spain role. I lead the Iberian medic
 al team from Brussels\, so the time below is Brussels time (same as Valen
 cia).\n\nMercè will join as an observer only.\n\nKind regards\,\nPieter\n
 \n________________________________________________________________________
 ________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/me
 etup-join/19%3ameeting_dWNiMQ%40thread.v2/0\n__________________________
 ______________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000022UCB3C4B5A6DC0100000000000000
 0010000000UCBMSL
SUMMARY;LANGUAGE=en-US:Lucía Ferrer – Pieter Van Acker | MSL Neurology Spain
DTSTART;TZID=Europe/Brussels:20251211T090000
DTEND;TZID=Europe/Brussels:20251211T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251203T161722Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-screen",
        "uid": "greenhouse-interview-41877203-jazz@greenhouse.io",
        "label": (1, "Jazz Pharmaceuticals", "Medical Science Liaison, Sleep & Neuroscience – Iberia",
                  "recruiter_screen", "ciara.obrien@jazzpharma.com", "greenhouse-dublin-recruiter-utc"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-41877203-jazz@greenhouse.io
DTSTAMP:20251006T110400Z
DTSTART:20251014T070000Z
DTEND:20251014T073000Z
SUMMARY:Lucía Ferrer Soler - Recruiter Screen (Jazz Pharmaceuticals)
DESCRIPTION:Hi Lucía\,\n\nThanks for applying for Medical Science Liaison
 \, Sleep & Neuroscience – Iberia at Jazz Pharmaceuticals. Your call with
  Ciara O'Brien (Talent Acquisition\, Dublin) is confirmed.\n\nZoom: https
 ://jazzpharma.zoom.us/j/81820035561\n\nTime: 9:00 Madrid / 8:00 Dublin\n
ORGANIZER;CN=Ciara O'Brien:mailto:ciara.obrien@jazzpharma.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-panel",
        "uid": "ml-3f88c2e7-0b11-4a6c-9e2a-beone-loop@modernloop.io",
        "label": (1, "BeOne Medicines", "Medical Science Liaison Hematology - Spain East", "technical",
                  "r.alcaraz@beonemed.com;francesca.rinaldi@beonemed.com;luis.perales@beonemed.com",
                  "modernloop-panel-rebranded-company"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
{MADRID_WORKDAY}BEGIN:VEVENT
UID:ml-3f88c2e7-0b11-4a6c-9e2a-beone-loop@modernloop.io
DTSTAMP:20260213T170045Z
DTSTART;TZID=Europe/Madrid:20260224T150000
DTEND;TZID=Europe/Madrid:20260224T163000
SUMMARY:BeOne Medicines Interview Loop – MSL Hematology Spain East
DESCRIPTION:Hi Lucía\,\n\nHere is your interview loop (BeOne Medicines –
  formerly BeiGene).\n\n15:00–15:30 Ricardo Alcaraz – Medical Director Ibe
 ria\n15:30–16:00 Francesca Rinaldi – Head of Field Medical Europe South (E
 nglish)\n16:00–16:30 Luis Perales – MSL Hematology (clinical case discussi
 on: CLL with BTKi intolerance)\n\nAll sessions on the same Zoom link:\nhttp
 s://beonemed.zoom.us/j/96644120188\n\nScheduled with ModernLoop on behalf
  of your coordinator Emma Hartley.
ORGANIZER;CN=Emma Hartley (Recruiting Coordinator):mailto:emma.hartley@b
 eonemed.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Ricardo Alcaraz;PARTSTAT=ACCEPTED:mailto:R.Alcaraz@beonemed.c
 om
ATTENDEE;CN=Francesca Rinaldi;PARTSTAT=ACCEPTED:mailto:francesca.rinaldi
 @beonemed.com
ATTENDEE;CN=Luis Perales;PARTSTAT=ACCEPTED:mailto:luis.perales@beonemed.c
 om
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-newyork",
        "uid": "alnylam-icims-int-5521-77@alnylam.icims.com",
        "label": (1, "Alnylam", "Medical Science Liaison, Rare Disease (Spain)", "hiring_manager",
                  "dkowalski@alnylam.com", "new-york-zone-us-hiring-manager"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//Talent Platform//EN
METHOD:REQUEST
{NEW_YORK}BEGIN:VEVENT
UID:alnylam-icims-int-5521-77@alnylam.icims.com
DTSTAMP:20260205T211233Z
DTSTART;TZID=America/New_York:20260211T103000
DTEND;TZID=America/New_York:20260211T111500
SUMMARY:Alnylam Interview – Medical Science Liaison\, Rare Disease (Spain)
DESCRIPTION:Hello Lucía\,\n\nYour interview with Dana Kowalski (Senior Dir
 ector\, International Field Medical) has been scheduled. Please note the
  time is shown in US Eastern time (16:30 in Spain).\n\nWebex: https://aln
 ylam.webex.com/meet/dkowalski\n\nBest regards\,\nAlnylam Talent Acquisitio
 n
ORGANIZER;CN=Alnylam Talent Acquisition:mailto:recruiting@alnylam.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Dana Kowalski;PARTSTAT=ACCEPTED:mailto:dkowalski@alnylam.com
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-screen",
        "uid": "ashby-interview-a7c1d2f0-5e44-4b8a-9c61-argenx@ashbyhq.com",
        "label": (1, "argenx", "Medical Science Liaison – Spain (East)", "recruiter_screen",
                  "l.dewilde@argenx.com", "ashby-meet-screen-lowercase-company"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-a7c1d2f0-5e44-4b8a-9c61-argenx@ashbyhq.com
DTSTAMP:20260216T123000Z
DTSTART:20260223T110000Z
DTEND:20260223T113000Z
SUMMARY:argenx | Intro call – Medical Science Liaison – Spain (East)
DESCRIPTION:Hi Lucía\, thanks for your interest in argenx! You'll meet Lot
 te De Wilde from our Talent team for a 30 min intro call.\n\nGoogle Meet: h
 ttps://meet.google.com/bqa-fsjr-yzn\n\nNeed to reschedule? https://app.as
 hbyhq.com/candidate/reschedule/1f7e…\n\n—\nScheduled with Ashby
ORGANIZER;CN=argenx Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Lotte De Wilde;PARTSTAT=ACCEPTED:mailto:l.dewilde@argenx.com
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-case",
        "uid": "IQV-R1499820-CASE@iqvia.wd1.myworkday.com",
        "label": (1, "IQVIA", "Consultant, Market Access & HEOR (Madrid/Barcelona)", "technical",
                  "daniel.herraiz@iqvia.com;irene.pons@iqvia.com", "workday-market-access-case-interview"),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Calendar//EN
METHOD:REQUEST
{MADRID_WORKDAY}BEGIN:VEVENT
UID:IQV-R1499820-CASE@iqvia.wd1.myworkday.com
DTSTAMP:20260218T082010Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20260226T093000
DTEND;TZID=Europe/Madrid:20260226T110000
SUMMARY:IQVIA – Case Interview – Consultant\, Market Access & HEOR
DESCRIPTION:Dear Lucía\,\n\nPlease find below the details of your case int
 erview for the position Consultant\, Market Access & HEOR (Madrid/Barcelo
 na)\, R1499820.\n\nYou will receive a short case (budget impact of a new
  oncology drug in a regional health service) 30 minutes before the sessio
 n. You will present your approach to Daniel Herraiz (Engagement Manager)
  and Irene Pons (Principal).\n\nMicrosoft Teams: https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_aXF2aWE%40thread.v2/0\n\nIQVIA Information
  S.A.
ORGANIZER;CN=IQVIA Talent Acquisition:mailto:iqvia@myworkday.com
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luc
 iaferrer.farma@gmail.com
ATTENDEE;CN=Daniel Herraiz;PARTSTAT=ACCEPTED:mailto:daniel.herraiz@iqvia
 .com
ATTENDEE;CN=Irene Pons;PARTSTAT=ACCEPTED:mailto:irene.pons@iqvia.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
