"""holdout181: the user's own interviews, part 3 (hand-written raw iCalendar text)."""

from holdout181ev_tz import BERLIN, BOOKINGS_TZ, MADRID, ROMANCE

EVENTS = [
    {
        "kind": "lever-panel",
        "uid": "lever-interview-5c0a2f61-97e3-4d1c-bb40-e2a1d36f8c15",
        "is_interview": 1,
        "company": "Krios Battery Systems GmbH",
        "role": "Lead Systems Engineer BMS",
        "stage": "technical",
        "interviewers": "hanna.roth@krios-battery.com;mateo.garcia@krios-battery.com;lukas.brenner@krios-battery.com",
        "trap": "lever-panel-interview-english",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-5c0a2f61-97e3-4d1c-bb40-e2a1d36f8c15
DTSTAMP:20260313T094500Z
DTSTART:20260317T080000Z
DTEND:20260317T093000Z
SUMMARY:Krios | Tobias Hartl - Panel Interview (Lead Systems Engineer BMS)
LOCATION:Zoom
DESCRIPTION:Panel with Hanna Roth (VP Engineering)\, Mateo García (BMS Soft
 ware) and Lukas Brenner (Cell & Pack). 90 min incl. a short architecture ex
 ercise on a 48V/800V BMS.\n\nZoom: https://krios.zoom.us/j/93340121877\n\nSc
 heduled via Lever
ORGANIZER;CN=Krios Talent:mailto:talent@krios-battery.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Hanna Roth:mailto:hanna.roth@krios-battery.com
ATTENDEE;CN=Mateo García:mailto:mateo.garcia@krios-battery.com
ATTENDEE;CN=Lukas Brenner:mailto:lukas.brenner@krios-battery.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-intro",
        "uid": "ashby-f1d2c3b4-a596-4877-8c9d-0e1f2a3b4c5d@ashbyhq.com",
        "is_interview": 1,
        "company": "Ammersee Mobility Labs GmbH",
        "role": "Staff Systems Architect",
        "stage": "recruiter_screen",
        "interviewers": "marie@ammersee-labs.com",
        "trap": "ashby-intro-call-angle-brackets",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-f1d2c3b4-a596-4877-8c9d-0e1f2a3b4c5d@ashbyhq.com
DTSTAMP:20260216T112200Z
DTSTART:20260219T100000Z
DTEND:20260219T103000Z
SUMMARY:Tobias Hartl <> Ammersee Mobility Labs | Intro call
LOCATION:https://meet.google.com/kro-qpaz-tfd
DESCRIPTION:Staff Systems Architect – intro call with Marie Schön (Talent).\n
 \nGoogle Meet joining info\nVideo call link: https://meet.google.com/kro-qp
 az-tfd\n\nNeed to reschedule? https://app.ashbyhq.com/interview-schedule/ff1
 20b
ORGANIZER;CN=Marie Schön:mailto:marie@ammersee-labs.com
ATTENDEE;CN=tobias.hartl@web.de;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Marie Schön;PARTSTAT=ACCEPTED:mailto:marie@ammersee-labs.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters",
        "uid": "sr-interview-0f7d1a3e9b2c4d58@smartrecruiters.com",
        "is_interview": 1,
        "company": "Velox Drive Systems GmbH",
        "role": "Gruppenleiter Elektronikentwicklung (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "jens.schaible@veloxdrive.de",
        "trap": "smartrecruiters-german-webex",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:sr-interview-0f7d1a3e9b2c4d58@smartrecruiters.com
DTSTAMP:20260303T140000Z
DTSTART;TZID=Europe/Berlin:20260306T110000
DTEND;TZID=Europe/Berlin:20260306T120000
SUMMARY:Interview Einladung: Gruppenleiter Elektronikentwicklung (m/w/d) – V
 elox Drive Systems
LOCATION:Cisco Webex
DESCRIPTION:Hallo Herr Hartl\,\nIhr Gesprächspartner: Jens Schaible (Abteil
 ungsleiter Elektronik)\n\nWebex-Meeting beitreten: https://veloxdrive.webex
 .com/veloxdrive/j.php?MTID=m7a1c0e\nMeeting-Kennnummer: 2741 118 3390\nPass
 wort: Velox26\nEinwahl: +49-619-6781-9736\,\,27411183390##\n\nVelox Drive S
 ystems GmbH\, Leinfelden-Echterdingen
ORGANIZER;CN=Velox Recruiting:mailto:recruiting@veloxdrive.de
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Jens Schaible:mailto:jens.schaible@veloxdrive.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-teams",
        "uid": "040000008200E00074C5B7101A82E00800000000B0E8A9F3C7B4DC01000000000000000010000000"
        "C0FFEE12AB34CD56EF7890AB12CD34EF",
        "is_interview": 1,
        "company": "Forvance Automotive SAS",
        "role": "Responsable Architecture Système (H/F)",
        "stage": "recruiter_screen",
        "interviewers": "claire.dubois@forvance.com",
        "trap": "french-entretien-romance-standard-time",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="DUBOIS Claire":mailto:claire.dubois@forvance.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.hartl@
 web.de:mailto:tobias.hartl@web.de
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Hartl\,\n\nSuite à votre candida
 ture au poste de Responsable Architecture Système (H/F) basé à Munich\, je
  vous propose un premier entretien téléphonique/Teams.\nL'entretien pourra
  se dérouler en anglais ou en français.\n\nBien cordialement\,\nClaire Dubo
 is\nTalent Acquisition – Forvance Automotive\n\n______________________\nRé
 union Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_MmQx%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000B0E8A9F3C7B4DC010000000000000000
 10000000C0FFEE12AB34CD56EF7890AB12CD34EF
SUMMARY;LANGUAGE=fr-FR:Entretien – Responsable Architecture Système (H/F) –
  T. Hartl
DTSTART;TZID=Romance Standard Time:20260312T093000
DTEND;TZID=Romance Standard Time:20260312T101500
CLASS:PUBLIC
DTSTAMP:20260305T104418Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista",
        "uid": "evt-2026-0318-iberdrive-rrhh-4471@iberdrive.es",
        "is_interview": 1,
        "company": "Iberdrive Componentes S.A.",
        "role": "Responsable de Ingeniería Electrónica – Planta de Regensburg",
        "stage": "hiring_manager",
        "interviewers": "javier.morales@iberdrive.es",
        "trap": "spanish-entrevista-madrid-tz",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:evt-2026-0318-iberdrive-rrhh-4471@iberdrive.es
DTSTAMP:20260313T120000Z
DTSTART;TZID=Europe/Madrid:20260318T160000
DTEND;TZID=Europe/Madrid:20260318T170000
SUMMARY:Entrevista: Responsable de Ingeniería Electrónica – Planta de Regens
 burg
DESCRIPTION:Hola Tobias\,\n\nTe confirmamos la entrevista con Javier Morale
 s (Director de Ingeniería). La entrevista será en inglés y en parte en espa
 ñol.\n\nUnirse con Google Meet: https://meet.google.com/ewp-ykdn-gvs\n\nUn s
 aludo\,\nLucía Fernández – RRHH Iberdrive
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@iberdrive.es
ATTENDEE;CN=Javier Morales;PARTSTAT=ACCEPTED:mailto:javier.morales@iberdriv
 e.es
ATTENDEE;CN=tobias.hartl@web.de;RSVP=TRUE:mailto:tobias.hartl@web.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-screen",
        "uid": "icims-interview-2026-1187342-1@brightlinemobility.icims.com",
        "is_interview": 1,
        "company": "Brightline Mobility",
        "role": "Senior Manager, Powertrain Electronics (Munich)",
        "stage": "recruiter_screen",
        "interviewers": "rachel.tan@brightlinemobility.com",
        "trap": "icims-us-company-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-interview-2026-1187342-1@brightlinemobility.icims.com
DTSTAMP:20260220T221500Z
DTSTART:20260225T160000Z
DTEND:20260225T163000Z
SUMMARY:Brightline Mobility Interview - Senior Manager\, Powertrain Electron
 ics (Munich)
LOCATION:Phone: Rachel will call +49 160 9187xxxx
DESCRIPTION:Interview Type: Phone Screen\nInterviewer: Rachel Tan\, Senior
  Technical Recruiter\nJob ID: 2026-11873\n\nPlease note the time is shown i
 n your local time zone.\n\nBrightline Mobility\, Inc. is an Equal Opportuni
 ty Employer.
ORGANIZER;CN=Brightline Mobility Careers:mailto:careers-noreply@brightline
 mobility.icims.com
ATTENDEE;CN=Tobias Hartl:mailto:tobias.hartl@web.de
ATTENDEE;CN=Rachel Tan:mailto:Rachel.Tan@brightlinemobility.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-loop",
        "uid": "goodtime-8e2f1c44b6a94a0d9e51c3b7aa0f2e61",
        "is_interview": 1,
        "company": "Corvex Technologies",
        "role": "Engineering Manager – Vehicle Compute Platform",
        "stage": "onsite",
        "interviewers": "a.weber@corvex.ai;b.kowalski@corvex.ai;t.nguyen@corvex.ai",
        "trap": "goodtime-interview-loop-utc",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-8e2f1c44b6a94a0d9e51c3b7aa0f2e61
DTSTAMP:20260407T171212Z
DTSTART:20260414T073000Z
DTEND:20260414T113000Z
SUMMARY:Corvex Technologies – Interview Loop – Tobias Hartl
LOCATION:Corvex Munich office\, Arnulfstraße 60\, 4th floor
DESCRIPTION:Your schedule:\n09:30–10:15 Anja Weber – Hiring Manager\n10:15–
 11:00 Bartek Kowalski – System Design\n11:00–11:15 Break\n11:15–12:00 Tran
 g Nguyen – Cross-functional / Program\n12:00–13:30 Lunch with the team (inf
 ormal)\n\nQuestions? Reply to this email or contact your coordinator.\nPowe
 red by GoodTime
ORGANIZER;CN=Corvex Interview Coordination:mailto:interviews@corvex.ai
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Anja Weber;ROLE=REQ-PARTICIPANT:mailto:a.weber@corvex.ai
ATTENDEE;CN=Bartek Kowalski;ROLE=REQ-PARTICIPANT:mailto:b.kowalski@corvex.ai
ATTENDEE;CN=Trang Nguyen;ROLE=REQ-PARTICIPANT:mailto:t.nguyen@corvex.ai
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-deepdive",
        "uid": "ml_evt_01HZX4Q8M3T2V7K9B6R1C0N5PD",
        "is_interview": 1,
        "company": "Zephyr Motors GmbH",
        "role": "Head of Inverter Systems",
        "stage": "technical",
        "interviewers": "paul.richter@zephyr-motors.com",
        "trap": "modernloop-technical-deep-dive",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml_evt_01HZX4Q8M3T2V7K9B6R1C0N5PD
DTSTAMP:20260408T090000Z
DTSTART:20260421T150000Z
DTEND:20260421T160000Z
SUMMARY:Zephyr Motors – Technical Deep Dive (Head of Inverter Systems)
DESCRIPTION:Interviewer: Paul Richter\, CTO\nTopic: traction inverter archit
 ecture\, SiC vs. IGBT trade-offs\, V&V strategy\n\nJoin Zoom Meeting\nhttps
 ://zephyr-motors.zoom.us/j/81730264419\n\nThis event was scheduled with Mod
 ernLoop.
LOCATION:https://zephyr-motors.zoom.us/j/81730264419
ORGANIZER;CN=Zephyr Recruiting:mailto:recruiting@zephyr-motors.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Paul Richter:mailto:paul.richter@zephyr-motors.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-erstgespraech",
        "uid": "9wUPmHk3tLq2cZ7nRa4vXe@Cal.com",
        "is_interview": 1,
        "company": "Stromkind GmbH",
        "role": "",
        "stage": "recruiter_screen",
        "interviewers": "team@stromkind.io",
        "trap": "calcom-erstgespraech-startup",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:9wUPmHk3tLq2cZ7nRa4vXe@Cal.com
DTSTAMP:20260410T081500Z
DTSTART:20260416T073000Z
DTEND:20260416T080000Z
SUMMARY:Erstgespräch zwischen Stromkind und Tobias Hartl
DESCRIPTION:Was: Erstgespräch (30 Min)\nWer:\n- Lisa Haberl (Stromkind) - Or
 ganisator\n- Tobias Hartl - tobias.hartl@web.de\nWo: Cal Video\nZusätzliche
  Hinweise: Bewerbung Lead Hardware Ladeinfrastruktur
LOCATION:https://app.cal.com/video/9wUPmHk3tLq2cZ7nRa4vXe
ORGANIZER;CN=Lisa Haberl:mailto:team@stromkind.io
ATTENDEE;CN=Tobias Hartl;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:tobias
 .hartl@web.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ms-bookings",
        "uid": "7c55a0e8-2b1f-4d63-9f0e-5a8d1c3b2e94",
        "is_interview": 1,
        "company": "Hallertau Elektronik GmbH",
        "role": "",
        "stage": "",
        "interviewers": "franz.gruber@hallertau-elektronik.de",
        "trap": "microsoft-bookings-bewerbungsgespraech",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{BOOKINGS_TZ}
BEGIN:VEVENT
ORGANIZER;CN=Hallertau Elektronik Bewerbung:mailto:Bewerbung@hallertauelekt
 ronik.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Tobias Hartl:mailto:tobias.hartl@
 web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Franz Gruber:mailto:franz.gruber@hallertau-
 elektronik.de
DESCRIPTION;LANGUAGE=de-DE:Ihre Buchung wurde bestätigt.\n\nDienst: Bewerbun
 gsgespräch (60 Minuten)\nMitarbeiter: Franz Gruber\n\nMicrosoft Teams-Bespr
 echung beitreten: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nj
 A0%40thread.v2/0\n\nBuchung verwalten: https://outlook.office365.com/owa/ca
 lendar/Bewerbung@hallertauelektronik.onmicrosoft.com/bookings/\n
UID:7c55a0e8-2b1f-4d63-9f0e-5a8d1c3b2e94
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch für Tobias Hartl
DTSTART;TZID=W. Europe Standard Time:20260422T080000
DTEND;TZID=W. Europe Standard Time:20260422T090000
DTSTAMP:20260415T132045Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-interview",
        "uid": "workable-interview-b7e4a1c2d9f3@workable.com",
        "is_interview": 1,
        "company": "Qubo Mobility GmbH",
        "role": "Hardware Team Lead",
        "stage": "",
        "interviewers": "sebastian.ott@qubo-mobility.com",
        "trap": "workable-video-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-interview-b7e4a1c2d9f3@workable.com
DTSTAMP:20260304T112000Z
DTSTART:20260310T150000Z
DTEND:20260310T154500Z
SUMMARY:Interview with Qubo Mobility for Hardware Team Lead
DESCRIPTION:Hi Tobias\,\n\nYou have an interview with Sebastian Ott.\nVideo
  call: https://meet.google.com/ptr-aoie-wxu\n\nPowered by Workable
LOCATION:Video call
ORGANIZER;CN=Sebastian Ott:mailto:sebastian.ott@qubo-mobility.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "softgarden-vg",
        "uid": "softgarden-appointment-22871163@wendelstein-automotive.softgarden.io",
        "is_interview": 1,
        "company": "Wendelstein Automotive GmbH",
        "role": "Teamleiter Funktionale Sicherheit (m/w/d)",
        "stage": "",
        "interviewers": "Dr. Ulrike Bachmaier;Michael Reindl",
        "trap": "softgarden-vorstellungsgespraech-names-only",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Berlin
{BERLIN}
BEGIN:VEVENT
UID:softgarden-appointment-22871163@wendelstein-automotive.softgarden.io
DTSTAMP:20260407T100000Z
DTSTART;TZID=Europe/Berlin:20260420T130000
DTEND;TZID=Europe/Berlin:20260420T143000
SUMMARY:Vorstellungsgespräch: Teamleiter Funktionale Sicherheit (m/w/d)
LOCATION:Wendelstein Automotive GmbH\, Rosenheimer Str. 145\, 83022 Rosenhe
 im
DESCRIPTION:Ihre Gesprächspartner: Dr. Ulrike Bachmaier (Leitung Entwicklun
 g)\, Michael Reindl (Personal)\nBitte melden Sie sich am Empfang.
END:VEVENT
END:VCALENDAR
""",
    },
]
