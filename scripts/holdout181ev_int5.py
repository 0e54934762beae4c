"""holdout181: the user's own interviews, part 5 (hand-written raw iCalendar text)."""

from holdout181ev_tz import BERLIN, VIENNA

EVENTS = [
    {
        "kind": "online-test",
        "uid": "SFOT-kronach-2026-0047719-a",
        "is_interview": 1,
        "company": "Kronach Automotive Electronics GmbH",
        "role": "Gruppenleiter Hardware Leistungselektronik (m/w/d)",
        "stage": "technical",
        "interviewers": "",
        "trap": "online-assessment-test-window",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Calendar//DE
VERSION:2.0
METHOD:PUBLISH
{BERLIN}
BEGIN:VEVENT
UID:SFOT-kronach-2026-0047719-a
DTSTAMP:20260226T110000Z
DTSTART;TZID=Europe/Berlin:20260302T190000
DTEND;TZID=Europe/Berlin:20260302T203000
SUMMARY:Online-Assessment Kronach Automotive Electronics (Fachtest + Logik)
DESCRIPTION:Sehr geehrter Herr Hartl\,\nim nächsten Schritt des Auswahlverf
 ahrens für die Position Gruppenleiter Hardware Leistungselektronik (m/w/d)
  bitten wir Sie\, unser Online-Assessment zu bearbeiten (ca. 90 Minuten\, a
 m Stück). Den persönlichen Zugangslink erhalten Sie separat per E-Mail.\nBe
 arbeitung bis spätestens 04.03.2026.\nKronach Automotive Electronics – Per
 sonalmarketing & Recruiting
ORGANIZER;CN=Kronach Recruiting:mailto:recruiting@kronach-ae.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sf-english",
        "uid": "SFIS-EFS-3d2a1b0c-9e8f-4a7b-b6c5-d4e3f2a1b0c9",
        "is_interview": 1,
        "company": "Elektra Fahrzeugsysteme GmbH",
        "role": "Senior Manager System Architecture Powertrain",
        "stage": "hiring_manager",
        "interviewers": "stefanie.brandl@elektra-fs.com",
        "trap": "successfactors-english-interview-invitation",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:SFIS-EFS-3d2a1b0c-9e8f-4a7b-b6c5-d4e3f2a1b0c9
DTSTAMP:20260409T154400Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20260416T080000
DTEND;TZID=Europe/Berlin:20260416T090000
SUMMARY:Interview Invitation - Senior Manager System Architecture Powertrai
 n (Job ID 40715)
LOCATION:Interview via Microsoft Teams
DESCRIPTION:Dear Tobias Hartl\,\n\nWe are pleased to invite you to an inter
 view for the position Senior Manager System Architecture Powertrain.\nInter
 viewer: Stefanie Brandl (Head of E/E Systems)\nThe Teams link will be shar
 ed by the interviewer.\n\nKind regards\nElektra Fahrzeugsysteme Recruiting
ORGANIZER;CN=Elektra Recruiting:mailto:elektra-recruiting@sapsf.eu
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Stefanie Brandl:mailto:stefanie.brandl@elektra-fs.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tel-floating",
        "uid": "0C9E2D14-5B7A-4F08-9E3D-A1B2C3D4E5F6",
        "is_interview": 1,
        "company": "Isental Fahrzeugtechnik GmbH",
        "role": "",
        "stage": "recruiter_screen",
        "interviewers": "Fr. Obermaier",
        "trap": "handtyped-floating-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:0C9E2D14-5B7A-4F08-9E3D-A1B2C3D4E5F6
DTSTAMP:20260218T123400Z
DTSTART:20260220T123000
DTEND:20260220T130000
SUMMARY:Tel-Interview Isental (ruft an!)
DESCRIPTION:Fr. Obermaier\, Personal\nin Besprechungsraum 2.11 gehen\, nic
 ht am Platz!!\nKündigungsfrist 3 Mon. z. Quartalsende
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "join-zweitgespraech",
        "uid": "join-interview-58377112@join.com",
        "is_interview": 1,
        "company": "Pfaffenwinkel Power GmbH",
        "role": "Head of Hardware Development (m/w/d)",
        "stage": "",
        "interviewers": "k.schmid@pfaffenwinkel-power.de;a.bauer@pfaffenwinkel-power.de",
        "trap": "join-zweitgespraech-vor-ort",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:join-interview-58377112@join.com
DTSTAMP:20260323T090000Z
DTSTART:20260401T080000Z
DTEND:20260401T100000Z
SUMMARY:Zweitgespräch | Head of Hardware Development (m/w/d) | Pfaffenwinke
 l Power GmbH
DESCRIPTION:Hallo Tobias\,\n\nKatrin Schmid von Pfaffenwinkel Power GmbH ha
 t ein Vor-Ort-Interview mit dir geplant.\nTeilnehmende: Katrin Schmid\, And
 reas Bauer\nAdresse: Münchener Str. 9\, 86971 Peiting\n\nViel Erfolg!\nDein
  JOIN Team
LOCATION:Münchener Str. 9\, 86971 Peiting
ORGANIZER;CN=Katrin Schmid via JOIN:mailto:noreply@join.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Katrin Schmid:mailto:k.schmid@pfaffenwinkel-power.de
ATTENDEE;CN=Andreas Bauer:mailto:a.bauer@pfaffenwinkel-power.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-erstgespraech",
        "uid": "a81f77c0d2e94b3aa5c61f0e9b2d4c11@ostbayern-mobility.wd3.myworkday.com",
        "is_interview": 1,
        "company": "Ostbayern Mobility AG",
        "role": "Teamleiter Systemarchitektur Hochvolt (m/w/d)",
        "stage": "",
        "interviewers": "b.zellner@ostbayern-mobility.de;j.kuffner@ostbayern-mobility.de",
        "trap": "workday-bewerbungsgespraech-two-interviewers",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//DE
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTAMP:20260401T120000Z
UID:a81f77c0d2e94b3aa5c61f0e9b2d4c11@ostbayern-mobility.wd3.myworkday.com
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20260410T140000
DTEND;TZID=Europe/Berlin:20260410T150000
SUMMARY:Bewerbungsgespräch: Teamleiter Systemarchitektur Hochvolt (m/w/d) (
 R-10277)
LOCATION:Microsoft Teams
DESCRIPTION:Guten Tag Tobias Hartl\,\n\nTeilnehmende: Barbara Zellner (Tale
 nt Acquisition)\, Johannes Kuffner (Leiter HV-Systeme)\n\nInterview via Mic
 rosoft Teams - der Link folgt in einer separaten Einladung.\n\nDiese Nachr
 icht wurde automatisch von Workday erstellt.
ORGANIZER;CN=Ostbayern Mobility Recruiting:mailto:ostbayernmobility@myworkd
 ay.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Barbara Zellner:mailto:b.zellner@ostbayern-mobility.de
ATTENDEE;CN=Johannes Kuffner:mailto:j.kuffner@ostbayern-mobility.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-final",
        "uid": "c02e9d7a61b34f8e9a7d5b3c1e0f2a48@ostbayern-mobility.wd3.myworkday.com",
        "is_interview": 1,
        "company": "Ostbayern Mobility AG",
        "role": "Teamleiter Systemarchitektur Hochvolt (m/w/d)",
        "stage": "final",
        "interviewers": "j.kuffner@ostbayern-mobility.de;m.ertl@ostbayern-mobility.de",
        "trap": "workday-finales-gespraech-vor-ort",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//DE
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTAMP:20260417T080000Z
UID:c02e9d7a61b34f8e9a7d5b3c1e0f2a48@ostbayern-mobility.wd3.myworkday.com
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20260429T100000
DTEND;TZID=Europe/Berlin:20260429T123000
SUMMARY:Finales Gespräch: Teamleiter Systemarchitektur Hochvolt (m/w/d) (R-
 10277)
LOCATION:Ostbayern Mobility AG\, Ohmstraße 3\, 84030 Landshut
DESCRIPTION:Guten Tag Tobias Hartl\,\n\nzum finalen Gespräch erwarten Sie J
 ohannes Kuffner und Dr. Martin Ertl (Vorstand Technik). Im Anschluss Rundga
 ng durch das Prüffeld.\n\nDiese Nachricht wurde automatisch von Workday ers
 tellt.
ORGANIZER;CN=Ostbayern Mobility Recruiting:mailto:ostbayernmobility@myworkd
 ay.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Johannes Kuffner:mailto:j.kuffner@ostbayern-mobility.de
ATTENDEE;CN=Dr. Martin Ertl:mailto:m.ertl@ostbayern-mobility.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hearing-graz",
        "uid": "0f4kd7s2m9q1n6b3v8c5x0z4aa@google.com",
        "is_interview": 1,
        "company": "Styria e-Drive GmbH",
        "role": "Lead System Architect e-Axle",
        "stage": "onsite",
        "interviewers": "martina.pirker@styria-edrive.at;g.hoedl@styria-edrive.at",
        "trap": "austrian-hearing-panel-onsite",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20260506T090000
DTEND;TZID=Europe/Vienna:20260506T120000
DTSTAMP:20260424T141500Z
ORGANIZER;CN=Martina Pirker:mailto:martina.pirker@styria-edrive.at
UID:0f4kd7s2m9q1n6b3v8c5x0z4aa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gerhar
 d Hödl;X-NUM-GUESTS=0:mailto:g.hoedl@styria-edrive.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=tobias.hartl@web.de;X-NUM-GUESTS=0:mailto:tobias.hartl@web.de
DESCRIPTION:Grüß Gott Herr Hartl\,\nwie besprochen das Hearing für die Posit
 ion Lead System Architect e-Axle: 20 Min. Präsentation (Thema: Ihre Vision
  für eine skalierbare e-Achsen-Architektur)\, anschließend Fragen durch da
 s Gremium (DI Gerhard Hödl\, CTO\; Martina Pirker\, HR).\nAnreise: Liebenau
 er Hauptstraße 2\, 8041 Graz.\nLG Martina Pirker
LOCATION:Styria e-Drive\, Liebenauer Hauptstraße 2\, 8041 Graz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hearing Lead System Architect e-Axle – T. Hartl
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-final-de",
        "uid": "greenhouse-interview-40977315021@mangfall-drive.com",
        "is_interview": 1,
        "company": "Mangfall Drive Technologies GmbH",
        "role": "Director Systems Engineering",
        "stage": "final",
        "interviewers": "c.hofer@mangfall-drive.com",
        "trap": "greenhouse-finale-runde-german",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-40977315021@mangfall-drive.com
DTSTAMP:20260428T101010Z
DTSTART:20260507T120000Z
DTEND:20260507T130000Z
SUMMARY:Finale Runde: Tobias Hartl x Mangfall Drive (Director Systems Engine
 ering)
DESCRIPTION:Hallo Tobias\,\nanbei die Einladung zur finalen Runde mit unser
 em CEO Christoph Hofer.\nOrt: Bad Aibling\, Kolbermoorer Str. 12\n\nBeste G
 rüße\, Vanessa (Recruiting)
LOCATION:Kolbermoorer Str. 12\, 83043 Bad Aibling
ORGANIZER;CN=Vanessa Lang:mailto:vanessa.lang@mangfall-drive.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Christoph Hofer:mailto:c.hofer@mangfall-drive.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ganztags-vg",
        "uid": "4A4B1F27-2C88-4D50-BC7E-8E35F2E19C03",
        "is_interview": 1,
        "company": "Amper Motion GmbH",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "handtyped-allday-time-unknown",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
BEGIN:VEVENT
UID:4A4B1F27-2C88-4D50-BC7E-8E35F2E19C03
DTSTAMP:20260429T171100Z
DTSTART;VALUE=DATE:20260512
DTEND;VALUE=DATE:20260513
SUMMARY:VG Amper Motion Dachau
DESCRIPTION:Uhrzeit kommt noch per Mail\, vmtl. vormittags -> Gleitzeit ein
 tragen
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-de",
        "uid": "personio-interview-4410293-20260421@vilstal-elektronik.jobs.personio.de",
        "is_interview": 1,
        "company": "Vilstal Elektronik GmbH",
        "role": "Teamleiter Elektronikentwicklung (m/w/d)",
        "stage": "",
        "interviewers": "r.stangl@vilstal-elektronik.de",
        "trap": "personio-german-vorstellungsgespraech",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-4410293-20260421@vilstal-elektronik.jobs.personio.de
DTSTAMP:20260414T090000Z
DTSTART:20260421T070000Z
DTEND:20260421T080000Z
SUMMARY:Einladung: Vorstellungsgespräch – Teamleiter Elektronikentwicklung (
 m/w/d)
DESCRIPTION:Guten Tag Herr Hartl\,\nRudolf Stangl (Technischer Leiter) freu
 t sich auf das Gespräch mit Ihnen.\nOrt: Vilstal Elektronik GmbH\, Industri
 estr. 7\, 84137 Vilsbiburg
LOCATION:Industriestr. 7\, 84137 Vilsbiburg
ORGANIZER;CN=Vilstal Elektronik HR:mailto:hr@vilstal-elektronik.de
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Rudolf Stangl:mailto:r.stangl@vilstal-elektronik.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "export-floating",
        "uid": "2lq8v0c3n5m7k9j1h4g6f8d0sb@google.com",
        "is_interview": 1,
        "company": "Altmühl Automotive GmbH",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "x-wr-timezone-export-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Tobias privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20260504T080000Z
DTEND:20260504T093000Z
DTSTAMP:20260601T080000Z
UID:2lq8v0c3n5m7k9j1h4g6f8d0sb@google.com
CREATED:20260427T191500Z
DESCRIPTION:Eichstätt\, Werk 2\, Pforte melden\nStelle: TL Elektrik/Elektro
 nik
LAST-MODIFIED:20260427T191500Z
LOCATION:Altmühl Automotive\, Eichstätt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Altmühl Automotive
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
