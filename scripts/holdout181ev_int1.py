"""holdout181: the user's own interviews, part 1 (hand-written raw iCalendar text)."""

from holdout181ev_tz import BERLIN, W_EUROPE

EVENTS = [
    {
        "kind": "successfactors-teams",
        "uid": "SFIS-0b7e93a1-44d2-4f0e-8e61-7d2f4a9c1e03",
        "is_interview": 1,
        "company": "Isarwerk Automotive AG",
        "role": "Teamleiter Leistungselektronik (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "sabine.koller@isarwerk.de",
        "trap": "successfactors-german-vorstellungsgespraech-teams",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//DE
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
{BERLIN}
BEGIN:VEVENT
UID:SFIS-0b7e93a1-44d2-4f0e-8e61-7d2f4a9c1e03
DTSTAMP:20260223T091512Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20260304T100000
DTEND;TZID=Europe/Berlin:20260304T110000
SUMMARY:Einladung zum Vorstellungsgespräch - Teamleiter Leistungselektronik (m
 /w/d) - Req. 24871
LOCATION:Interview via Microsoft Teams
DESCRIPTION:Sehr geehrter Herr Hartl\,\n\nvielen Dank für Ihre Bewerbung bei
  der Isarwerk Automotive AG. Gerne möchten wir Sie persönlich kennenlernen u
 nd laden Sie zu einem Vorstellungsgespräch via Microsoft Teams ein.\n\nIhre
  Gesprächspartnerin: Dr. Sabine Koller\, Leiterin Leistungselektronik\n\nBit
 te treten Sie der Besprechung ca. 5 Minuten vorher bei:\nhttps://teams.micro
 soft.com/l/meetup-join/19%3ameeting_NzQ2ZTA4YjEtOWM3Zi00%40thread.v2/0\n\nMi
 t freundlichen Grüßen\nJulia Brandstetter\nTalent Acquisition\nIsarwerk Auto
 motive AG
ORGANIZER;CN=Isarwerk Talent Acquisition:mailto:isarwerk-recruiting@sapsf.eu
ATTENDEE;CN=Tobias Hartl;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:tobias.hartl@web.de
ATTENDEE;CN=Dr. Sabine Koller;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:S
 abine.Koller@isarwerk.de
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-fachgespraech",
        "uid": "040000008200E00074C5B7101A82E00800000000A0C1F7E1A3A6DC01000000000000000010000000"
        "5B8E0B1C0C2E7A4A9F3D1E2B6C7A8D90",
        "is_interview": 1,
        "company": "Isarwerk Automotive AG",
        "role": "Teamleiter Leistungselektronik (m/w/d)",
        "stage": "technical",
        "interviewers": "markus.eberl@isarwerk.de;sabine.koller@isarwerk.de",
        "trap": "outlook-fachgespraech-department-head-original",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Brandstetter, Julia";SENT-BY="mailto:julia.brandstetter@isarwerk.
 de":mailto:markus.eberl@isarwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.hartl@
 web.de:mailto:tobias.hartl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Koller, Sabi
 ne":mailto:Sabine.Koller@isarwerk.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MUC-Z3 Besprechun
 gsraum Zugspitze (8)":mailto:muc-z3-zugspitze@isarwerk.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Hartl\,\n\nwie telefonisch bes
 prochen\, hier die Einladung zum Fachgespräch mit Herrn Eberl (Bereichsleite
 r E/E-Entwicklung) und Frau Dr. Koller.\nBitte bringen Sie eine kurze Präsen
 tation (max. 15 Min.) zu einem Projekt aus Ihrer bisherigen Tätigkeit mit.\n
 \nAnfahrt: Isarwerk Automotive AG\, Frankfurter Ring 212\, 80807 München\, E
 mpfang Gebäude Z3\n\nViele Grüße\nJulia Brandstetter\n
UID:040000008200E00074C5B7101A82E00800000000A0C1F7E1A3A6DC010000000000000000
 100000005B8E0B1C0C2E7A4A9F3D1E2B6C7A8D90
SUMMARY;LANGUAGE=de-DE:Fachgespräch Teamleiter Leistungselektronik - Hr. Har
 tl
DTSTART;TZID=W. Europe Standard Time:20260318T140000
DTEND;TZID=W. Europe Standard Time:20260318T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260306T101144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:MUC-Z3 Besprechungsraum Zugspitze (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-verschoben",
        "uid": "040000008200E00074C5B7101A82E00800000000A0C1F7E1A3A6DC01000000000000000010000000"
        "5B8E0B1C0C2E7A4A9F3D1E2B6C7A8D90",
        "is_interview": 1,
        "company": "Isarwerk Automotive AG",
        "role": "Teamleiter Leistungselektronik (m/w/d)",
        "stage": "technical",
        "interviewers": "markus.eberl@isarwerk.de;sabine.koller@isarwerk.de",
        "trap": "outlook-fachgespraech-rescheduled-sequence-1",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Brandstetter, Julia";SENT-BY="mailto:julia.brandstetter@isarwerk.
 de":mailto:markus.eberl@isarwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tobias.hartl@
 web.de:mailto:tobias.hartl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Koller, Sabi
 ne":mailto:Sabine.Koller@isarwerk.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MUC-Z3 Besprechun
 gsraum Wendelstein (6)":mailto:muc-z3-wendelstein@isarwerk.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Hartl\,\n\nleider muss Herr Eb
 erl den Termin am 18.03. kurzfristig verschieben. Neuer Termin wie besproche
 n: Dienstag\, 24.03.\, 09:00 Uhr\, gleicher Ort\, anderer Raum (Wendelstein)
 .\nDie Präsentation (max. 15 Min.) bleibt wie vereinbart.\n\nViele Grüße\nJu
 lia Brandstetter\n
UID:040000008200E00074C5B7101A82E00800000000A0C1F7E1A3A6DC010000000000000000
 100000005B8E0B1C0C2E7A4A9F3D1E2B6C7A8D90
SUMMARY;LANGUAGE=de-DE:Geändert: Fachgespräch Teamleiter Leistungselektronik
  - Hr. Hartl
DTSTART;TZID=W. Europe Standard Time:20260324T090000
DTEND;TZID=W. Europe Standard Time:20260324T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260316T075502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:MUC-Z3 Besprechungsraum Wendelstein (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "handy-abschluss",
        "uid": "5E1C2B7A-93D4-4C1F-A0B8-2F6D9E3A7C41",
        "is_interview": 1,
        "company": "Isarwerk Automotive AG",
        "role": "",
        "stage": "final",
        "interviewers": "Hr. Dr. Wimmer;Eberl",
        "trap": "handtyped-final-round-with-board-member",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5E1C2B7A-93D4-4C1F-A0B8-2F6D9E3A7C41
DTSTAMP:20260327T184410Z
CREATED:20260327T184410Z
DTSTART:20260409T130000
DTEND:20260409T150000
SUMMARY:Isarwerk 3. Runde / Abschlussgespräch !!
LOCATION:Isarwerk\, Frankfurter Ring 212\, München
DESCRIPTION:mit Hr. Dr. Wimmer (GF Technik) + Eberl\nGehaltsvorstellung fes
 t: 105 + Dienstwagen?\nPersonalausweis mitnehmen\, Empfang Geb. Z3\nU2 Fran
 kfurter Ring
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-teams",
        "uid": "WD-INTERVIEW-7f3c2a9e81b64d0c@donaumobil.wd3.myworkday.com",
        "is_interview": 1,
        "company": "Donaumobil GmbH",
        "role": "Systemarchitekt E/E (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "katharina.seidl@donaumobil.de",
        "trap": "workday-interview-via-teams-recruiter",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTAMP:20260219T133001Z
UID:WD-INTERVIEW-7f3c2a9e81b64d0c@donaumobil.wd3.myworkday.com
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20260226T083000
DTEND;TZID=Europe/Berlin:20260226T090000
SUMMARY:Interview via Microsoft Teams: Systemarchitekt E/E (m/w/d) (R-0004
 12) - Tobias Hartl
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Tobias Hartl\,\n\nSie wurden zu einem Interview für die St
 elle Systemarchitekt E/E (m/w/d) (R-000412) bei der Donaumobil GmbH eingelad
 en.\n\nInterviewart: Telefon-/Videointerview (30 Min.)\nInterviewer: Kathar
 ina Seidl (Recruiting)\n\nMicrosoft Teams-Besprechung\nJetzt an der Bespre
 chung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Yj
 k1MDQ%40thread.v2/0\nBesprechungs-ID: 364 817 225 019\nKenncode: q7Rx2D\n\n
 Diese Nachricht wurde automatisch von Workday erstellt.
ORGANIZER;CN=Donaumobil Recruiting:mailto:donaumobil@myworkday.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:tobias.hart
 l@web.de
ATTENDEE;CN=Katharina Seidl;PARTSTAT=ACCEPTED:mailto:katharina.seidl@donaumo
 bil.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "assessment-center",
        "uid": "WD-INTERVIEW-c41d09b7a2e54f18@donaumobil.wd3.myworkday.com",
        "is_interview": 1,
        "company": "Donaumobil GmbH",
        "role": "Systemarchitekt E/E (m/w/d)",
        "stage": "onsite",
        "interviewers": "katharina.seidl@donaumobil.de;andreas.pichler@donaumobil.de",
        "trap": "assessment-center-candidate-day",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Recruiting//EN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTAMP:20260310T101500Z
UID:WD-INTERVIEW-c41d09b7a2e54f18@donaumobil.wd3.myworkday.com
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20260320T083000
DTEND;TZID=Europe/Berlin:20260320T163000
SUMMARY:Assessment Center: Systemarchitekt E/E (m/w/d) (R-000412)
LOCATION:Donaumobil GmbH\, Am Westpark 14\, 85057 Ingolstadt\, Empfang Haus
  B
DESCRIPTION:Hallo Tobias Hartl\,\n\nwir freuen uns\, Sie zu unserem Assessm
 ent Center einzuladen.\n\nAblauf:\n08:30 Begrüßung\n09:00 Fallstudie E/E-Ar
 chitektur (Einzelarbeit)\n10:30 Präsentation vor dem Gremium\n12:00 Mittage
 ssen\n13:00 Gruppenübung\n14:30 Interview mit Andreas Pichler (Abteilungsl
 eiter)\n16:00 Abschluss & Feedback\n\nBeobachter: Andreas Pichler\, Kathari
 na Seidl\n\nBitte bringen Sie einen gültigen Lichtbildausweis mit. Parkplä
 tze P3 (Besucher).\n\nDiese Nachricht wurde automatisch von Workday erstell
 t.
ORGANIZER;CN=Donaumobil Recruiting:mailto:donaumobil@myworkday.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:tobias.hart
 l@web.de
ATTENDEE;CN=Katharina Seidl;PARTSTAT=ACCEPTED:mailto:katharina.seidl@donaumo
 bil.de
ATTENDEE;CN=Andreas Pichler;PARTSTAT=ACCEPTED:mailto:andreas.pichler@donaumo
 bil.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "telefoninterview-sf",
        "uid": "sf-interview-2026-02-17-NTA-88213@neckartal-ag.com",
        "is_interview": 1,
        "company": "Neckartal Antriebstechnik AG",
        "role": "Leiter Systemarchitektur Inverter (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "m.huber@neckartal-ag.com",
        "trap": "successfactors-telefoninterview-hr",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Calendar//DE
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:sf-interview-2026-02-17-NTA-88213@neckartal-ag.com
DTSTAMP:20260212T150322Z
DTSTART;TZID=Europe/Berlin:20260217T161500
DTEND;TZID=Europe/Berlin:20260217T164500
SUMMARY:Telefoninterview: Leiter Systemarchitektur Inverter (m/w/d)
LOCATION:Telefon - wir rufen Sie unter +49 160 9187xxxx an
DESCRIPTION:Guten Tag Herr Hartl\,\n\nhiermit bestätigen wir Ihr Telefoninte
 rview mit Frau Miriam Huber (Personalreferentin).\nDauer: ca. 30 Minuten.\n
 \nBei Rückfragen erreichen Sie uns unter karriere@neckartal-ag.com.\n\nNeck
 artal Antriebstechnik AG · Heilbronner Str. 330 · 70469 Stuttgart
ORGANIZER;CN=Neckartal Karriere:mailto:karriere@neckartal-ag.com
ATTENDEE;CN=Tobias Hartl;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.hartl
 @web.de
ATTENDEE;CN=Miriam Huber;PARTSTAT=ACCEPTED:mailto:m.huber@neckartal-ag.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "absage-termin",
        "uid": "sf-interview-2026-03-12-NTA-88213-R2@neckartal-ag.com",
        "is_interview": 1,
        "company": "Neckartal Antriebstechnik AG",
        "role": "Leiter Systemarchitektur Inverter (m/w/d)",
        "stage": "onsite",
        "interviewers": "m.huber@neckartal-ag.com;thomas.rieger@neckartal-ag.com",
        "trap": "cancelled-onsite-method-cancel",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Calendar//DE
VERSION:2.0
METHOD:CANCEL
{BERLIN}
BEGIN:VEVENT
UID:sf-interview-2026-03-12-NTA-88213-R2@neckartal-ag.com
DTSTAMP:20260309T081744Z
SEQUENCE:1
DTSTART;TZID=Europe/Berlin:20260312T100000
DTEND;TZID=Europe/Berlin:20260312T123000
SUMMARY:Abgesagt: Vorstellungsgespräch vor Ort - Leiter Systemarchitektur In
 verter (m/w/d)
LOCATION:Neckartal Antriebstechnik AG\, Heilbronner Str. 330\, Stuttgart-Fe
 uerbach
DESCRIPTION:Guten Tag Herr Hartl\,\n\nder Termin für Ihr Vorstellungsgespräc
 h vor Ort mit Herrn Dr. Thomas Rieger und Frau Huber wurde abgesagt. Wir mel
 den uns kurzfristig mit einem neuen Terminvorschlag.\n\nNeckartal Antriebst
 echnik AG
ORGANIZER;CN=Neckartal Karriere:mailto:karriere@neckartal-ag.com
ATTENDEE;CN=Tobias Hartl;PARTSTAT=NEEDS-ACTION:mailto:tobias.hartl@web.de
ATTENDEE;CN=Miriam Huber:mailto:m.huber@neckartal-ag.com
ATTENDEE;CN=Dr. Thomas Rieger:mailto:thomas.rieger@neckartal-ag.com
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "stuttgart-vg",
        "uid": "b9f0a7e4-6a2d-4c33-9d61-1e8c4b5f2a77",
        "is_interview": 1,
        "company": "Neckartal Antriebstechnik AG",
        "role": "",
        "stage": "onsite",
        "interviewers": "Dr. Rieger;Fr. Huber",
        "trap": "handtyped-onsite-after-cancellation",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Berlin
{BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260326T103000
DTEND;TZID=Europe/Berlin:20260326T130000
DTSTAMP:20260313T201204Z
UID:b9f0a7e4-6a2d-4c33-9d61-1e8c4b5f2a77
CREATED:20260313T201204Z
DESCRIPTION:neuer Termin nach Absage v. 12.3.\nDr. Rieger (Bereichsleiter
  Inverter) + Fr. Huber\nICE 7:21 ab München\, an Stgt 9:35\, S6 nach Feuer
 bach\nUnterlagen: Zeugnisse\, Projektliste
LAST-MODIFIED:20260313T201204Z
LOCATION:Stuttgart-Feuerbach
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VG Neckartal Stgt (vor Ort)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-meet",
        "uid": "personio-interview-3918827-20260303@voltaro.jobs.personio.de",
        "is_interview": 1,
        "company": "Voltaro GmbH",
        "role": "Head of Power Electronics",
        "stage": "hiring_manager",
        "interviewers": "jonas@voltaro.de",
        "trap": "personio-startup-cto-meet",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-3918827-20260303@voltaro.jobs.personio.de
DTSTAMP:20260226T164011Z
DTSTART:20260303T170000Z
DTEND:20260303T174500Z
SUMMARY:Interview: Head of Power Electronics | Voltaro
LOCATION:https://meet.google.com/vqe-hbzk-ruf
DESCRIPTION:Hi Tobias\,\n\nthanks for applying! You'll meet Jonas Bader (Co
 -Founder & CTO) for a first conversation about the role\, our 800V drivetr
 ain and how we work.\n\nGoogle Meet: https://meet.google.com/vqe-hbzk-ruf\n
 Or dial: +49 30 300195012 PIN: 418 220 993#\n\nSee you there!\nLea from the
  Voltaro People team
ORGANIZER;CN=Lea Vogt (Voltaro):mailto:lea.vogt@voltaro.de
ATTENDEE;CN=Tobias Hartl;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Jonas Bader;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jonas@
 voltaro.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tech-challenge",
        "uid": "personio-interview-3918827-20260316@voltaro.jobs.personio.de",
        "is_interview": 1,
        "company": "Voltaro GmbH",
        "role": "Head of Power Electronics",
        "stage": "technical",
        "interviewers": "jonas@voltaro.de;nils.kramer@voltaro.de",
        "trap": "personio-case-study-presentation",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-3918827-20260316@voltaro.jobs.personio.de
DTSTAMP:20260309T120502Z
DTSTART:20260316T140000Z
DTEND:20260316T153000Z
SUMMARY:Tech Challenge Review – Tobias Hartl (Head of Power Electronics)
LOCATION:Voltaro HQ\, Werk3\, Atelierstraße 10\, 81671 München
DESCRIPTION:Hi Tobias\,\n\nas discussed: please present your take on the ca
 se (gate driver redesign for the SiC half bridge\, 20 min) followed by Q&A w
 ith Jonas and Nils (Lead Hardware).\nWe have a projector + HDMI. Coffee's o
 n us.\n\nCheers\, Lea
ORGANIZER;CN=Lea Vogt (Voltaro):mailto:lea.vogt@voltaro.de
ATTENDEE;CN=Tobias Hartl;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tobias.hart
 l@web.de
ATTENDEE;CN=Jonas Bader;PARTSTAT=ACCEPTED:mailto:jonas@voltaro.de
ATTENDEE;CN=Nils Kramer;PARTSTAT=ACCEPTED:mailto:nils.kramer@voltaro.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "probetag",
        "uid": "A7C0F5E2-1B4D-4E8A-9C3F-77D1E0B2A6F9",
        "is_interview": 1,
        "company": "Voltaro GmbH",
        "role": "",
        "stage": "onsite",
        "interviewers": "",
        "trap": "candidate-trial-day-startup-allday",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A7C0F5E2-1B4D-4E8A-9C3F-77D1E0B2A6F9
DTSTAMP:20260320T210933Z
CREATED:20260320T210933Z
DTSTART;VALUE=DATE:20260331
DTEND;VALUE=DATE:20260401
SUMMARY:Probetag Voltaro (Urlaub eingetragen!)
LOCATION:Werk3\, Atelierstraße 10
DESCRIPTION:Trial day im HW-Team\, 9-17 Uhr\nLaptop mitbringen\, Schuhe mit
  ESD? nachfragen\nabends Feedback mit Jonas
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "join-telefon",
        "uid": "join-interview-58119204@join.com",
        "is_interview": 1,
        "company": "Lumera Charging GmbH",
        "role": "Teamlead Hardware (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "carolin.mayr@lumera-charging.com",
        "trap": "join-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:join-interview-58119204@join.com
DTSTAMP:20260224T074012Z
DTSTART:20260227T113000Z
DTEND:20260227T120000Z
SUMMARY:Telefoninterview | Teamlead Hardware (m/w/d) | Lumera Charging GmbH
DESCRIPTION:Hallo Tobias\,\n\nCarolin Mayr von Lumera Charging GmbH hat ein
  Telefoninterview mit dir geplant.\n\nCarolin ruft dich unter der in deiner
  Bewerbung angegebenen Nummer an.\n\nViel Erfolg!\nDein JOIN Team
LOCATION:Telefon
ORGANIZER;CN=Carolin Mayr via JOIN:mailto:noreply@join.com
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@web.de
ATTENDEE;CN=Carolin Mayr:mailto:carolin.mayr@lumera-charging.com
END:VEVENT
END:VCALENDAR
""",
    },
]
