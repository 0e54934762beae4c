# ruff: noqa: E501, W291
"""holdout243 events, part c: Swiss clients, ATS-sent invites, permanent roles (written blind)."""

EVENTS = [
    {
        "kind": "teams-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DB01000000000000000010000000B1B2B3B4B5B6B7B8C1C2C3C4C5C6C7C8",
        "is_interview": 1,
        "company": "Rheinknie Pharma AG",
        "role": "SAP S/4HANA Finance Consultant (freelance)",
        "stage": "hiring_manager",
        "interviewers": "noemi.baumgartner@rheinknie.ch",
        "trap": "english-basel-zurich-zone-teams",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ zurich@@
BEGIN:VEVENT
ORGANIZER;CN="Baumgartner Noemi (RKP)":mailto:noemi.baumgartner@rheinknie.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matthias Ke
 rn:mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=en-US:Dear Matthias\,\n\nthanks for sending your CV vi
 a Alpenrand. As discussed\, I'd like to have a first conversation about t
 he group reporting stream in our S/4HANA programme (Basel HQ + German subs
 idiary in Grenzach). The call will be in English as part of the team sits
  in Basel and Pune.\n\nBest regards\nNoemi Baumgartner\nHead of Finance Sy
 stems\, Rheinknie Pharma AG\n\n___________________________________________
 _____________________\nMicrosoft Teams meeting\nJoin on your computer\, mo
 bile app or room device\nClick here to join the meeting <https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_Umtw%40thread.v2/0>\nMeeting ID: 329
  881 045 772\nPasscode: Rk9pQ3\nCall in (audio only)\n+41 43 216 56 89\,\,7
 72310044# Switzerland\, Zurich\n__________________________________________
 ______________________\n
UID:040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DB01000000000000000010000000B1B2B3B4B5B6B7B8C1C2C3C4C5C6C7C8
SUMMARY;LANGUAGE=en-US:Matthias Kern / Noemi Baumgartner - S/4 Group Report
 ing stream
DTSTART;TZID=Europe/Zurich:20250318T170000
DTEND;TZID=Europe/Zurich:20250318T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-call",
        "uid": "alpenrand-crm-act-2025-031977",
        "is_interview": 1,
        "company": "Limmat Rück AG",
        "role": "Senior SAP FI/CO Consultant",
        "stage": "recruiter_screen",
        "interviewers": "reto.gasser@alpenrand.ch",
        "trap": "swiss-agency-screen-english-client-named",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Alpenrand Consulting AG//Bullhorn Appointment//EN
METHOD:REQUEST
@@VTZ zurich@@
BEGIN:VEVENT
UID:alpenrand-crm-act-2025-031977
DTSTAMP:20250319T153000Z
DTSTART;TZID=Europe/Zurich:20250321T090000
DTEND;TZID=Europe/Zurich:20250321T093000
SUMMARY:Call Reto Gasser (Alpenrand) / Matthias Kern – Limmat Re\, Senior 
 SAP FI/CO Consultant
ORGANIZER;CN=Reto Gasser:mailto:reto.gasser@alpenrand.ch
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
LOCATION:Phone: I will call you on +49 171 2208761
DESCRIPTION:Hi Matthias\,\n\nas agreed\, a short qualification call before
  I submit you to Limmat Rück AG (Zurich) for the Senior SAP FI/CO Consulta
 nt mandate (12 months\, 80% remote\, 1 week per month on site at Mythenqu
 ai). Client language is English. Please have your rate in CHF ready and c
 onfirm your availability as of 1 July.\n\nKind regards\nReto Gasser\nSenio
 r Consultant SAP\, Alpenrand Consulting AG\, Löwenstrasse 29\, 8001 Zürich
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        "is_interview": 1,
        "company": "Limmat Rück AG",
        "role": "Senior SAP FI/CO Consultant",
        "stage": "hiring_manager",
        "interviewers": "claudia.wyss@limmat-re.com;arjun.menon@limmat-re.com",
        "trap": "zurich-client-interview-english",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ zurich@@
BEGIN:VEVENT
ORGANIZER;CN="Wyss Claudia, LRE-FIN";SENT-BY="mailto:ea.finance@limmat-re.c
 om":mailto:claudia.wyss@limmat-re.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Menon Arjun, 
 LRE-IT":mailto:arjun.menon@limmat-re.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Reto Gasser:ma
 ilto:reto.gasser@alpenrand.ch
DESCRIPTION;LANGUAGE=en-US:Dear Mr Kern\,\n\nOn behalf of Claudia Wyss (Hea
 d of Finance Transformation) I am pleased to invite you to an interview fo
 r the Senior SAP FI/CO Consultant mandate. Arjun Menon (SAP Platform Lead)
  will join. Expect questions on IFRS 17 sub-ledger integration\, FX revalu
 ation and the period-end close cockpit.\n\nKind regards\nMonika Suter\nExec
 utive Assistant Finance\n\n________________________________________________
 ________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_TGltbWF0%40thread.v2/0\nMeeting ID: 366 720 
 551 903   Passcode: zH4tY8\n_______________________________________________
 _________________\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56
SUMMARY;LANGUAGE=en-US:Interview Senior SAP FI/CO Consultant – M. Kern
DTSTART;TZID=Europe/Zurich:20250401T140000
DTEND;TZID=Europe/Zurich:20250401T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T091744Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "umantis-invite",
        "uid": "umantis-limmatre-appt-44871-2",
        "is_interview": 1,
        "company": "Limmat Rück AG",
        "role": "Senior SAP FI/CO Consultant",
        "stage": "final",
        "interviewers": "claudia.wyss@limmat-re.com;daniel.frei@limmat-re.com",
        "trap": "final-onsite-zurich-ats-noreply-organizer",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Umantis AG//Umantis Talent Management//EN
METHOD:REQUEST
@@VTZ zurich@@
BEGIN:VEVENT
UID:umantis-limmatre-appt-44871-2
DTSTAMP:20250407T080100Z
DTSTART;TZID=Europe/Zurich:20250410T100000
DTEND;TZID=Europe/Zurich:20250410T120000
SUMMARY:Final interview – Senior SAP FI/CO Consultant – Limmat Re\, Mythenq
 uai
ORGANIZER;CN=Limmat Re Recruiting:mailto:noreply@limmat-re.umantis.com
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Claudia Wyss;ROLE=REQ-PARTICIPANT:mailto:claudia.wyss@limmat-re.
 com
ATTENDEE;CN=Daniel Frei;ROLE=REQ-PARTICIPANT:mailto:daniel.frei@limmat-re.co
 m
LOCATION:Limmat Rück AG\, Mythenquai 12\, 8002 Zürich\, Reception Building 
 A
DESCRIPTION:Dear Mr Kern\,\n\nwe are pleased to confirm your final intervi
 ew on site in Zurich with Claudia Wyss (Head of Finance Transformation) a
 nd Daniel Frei (CFO Reinsurance Operations). Please register at reception
  in Building A 10 minutes before. Travel expenses are covered by the agen
 cy as agreed.\n\nLimmat Re Recruiting Team\n(automatically generated – ple
 ase do not reply to this message)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-invite",
        "uid": "gt-evt-3f8a1c2b-77d0-4a9e-b6c5-0d1e2f3a4b5c@goodtime.io",
        "is_interview": 1,
        "company": "Segmenta Retail Group",
        "role": "SAP Finance Lead (Interim, 12 months)",
        "stage": "",
        "interviewers": "pieter.devries@segmenta.com;hanna.lind@segmenta.com",
        "trap": "goodtime-english-amsterdam-panel",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ amsterdam@@
BEGIN:VEVENT
UID:gt-evt-3f8a1c2b-77d0-4a9e-b6c5-0d1e2f3a4b5c@goodtime.io
DTSTAMP:20250402T141522Z
DTSTART;TZID=Europe/Amsterdam:20250409T113000
DTEND;TZID=Europe/Amsterdam:20250409T123000
SUMMARY:Segmenta | Matthias Kern | SAP Finance Lead (Interim\, 12 months)
ORGANIZER;CN=Segmenta Talent Team:mailto:scheduling@segmenta.goodtime.io
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Pieter de Vries;ROLE=REQ-PARTICIPANT:mailto:pieter.devries@segm
 enta.com
ATTENDEE;CN=Hanna Lind;ROLE=REQ-PARTICIPANT:mailto:hanna.lind@segmenta.com
LOCATION:Zoom
DESCRIPTION:Hi Matthias\,\n\nYour interview has been scheduled.\n\n11:30 - 
 12:30 CEST  Pieter de Vries (VP Finance Operations) & Hanna Lind (Group Co
 ntroller)\n\nJoin Zoom Meeting\nhttps://segmenta.zoom.us/j/93317420558?pwd
 =Tm9XZ2ZrUkhX\nMeeting ID: 933 1742 0558\nPasscode: 804412\n\nNeed to resc
 hedule? Reply to this email and our coordinator will help.\n\nSent via Goo
 dTime on behalf of Segmenta Retail Group
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-invite",
        "uid": "lever-interview-5d41402abc4b2a76b9719d911017c592",
        "is_interview": 1,
        "company": "Triveon Holding GmbH",
        "role": "Head of SAP Finance (m/w/d)",
        "stage": "recruiter_screen",
        "interviewers": "lea.brockmann@triveon.de",
        "trap": "lever-utc-talent-acquisition-screen",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-5d41402abc4b2a76b9719d911017c592
DTSTAMP:20250404T091200Z
DTSTART:20250408T120000Z
DTEND:20250408T123000Z
SUMMARY:Matthias Kern <> Triveon – Erstgespräch Head of SAP Finance (m/w/d)
ORGANIZER;CN=Lea Brockmann:mailto:lea.brockmann@triveon.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:m.kern@kern-consulting.de
ATTENDEE;CN=Lea Brockmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lea
 .brockmann@triveon.de
LOCATION:https://meet.google.com/tvn-hqpr-zka
DESCRIPTION:Hallo Matthias\,\n\ndanke für deine Bewerbung! In diesem 30-mi
 nütigen Erstgespräch lernen wir uns kennen\, ich erzähle dir mehr über Tri
 veon und unsere Buy-and-Build-Strategie (aktuell 7 Tochtergesellschaften a
 uf einem S/4-Template) und wir sprechen über deine Gehaltsvorstellung und 
 Kündigungsfrist.\n\nLea Brockmann\nTalent Acquisition Partner\n\n--\nSched
 uled with Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-invite",
        "uid": "lever-interview-7e6a0d2c9b8f47e1a3c5d9e1f2a4b6c8",
        "is_interview": 1,
        "company": "Triveon Holding GmbH",
        "role": "Head of SAP Finance (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "dr.jan.seidel@triveon.de",
        "trap": "lever-cfo-interview-in-person-frankfurt",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-7e6a0d2c9b8f47e1a3c5d9e1f2a4b6c8
DTSTAMP:20250414T101000Z
DTSTART:20250424T080000Z
DTEND:20250424T091500Z
SUMMARY:Matthias Kern <> Dr. Jan Seidel (CFO) – Head of SAP Finance
ORGANIZER;CN=Triveon Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Dr. Jan Seidel;ROLE=REQ-PARTICIPANT:mailto:dr.jan.seidel@triveo
 n.de
ATTENDEE;CN=Lea Brockmann;ROLE=OPT-PARTICIPANT:mailto:lea.brockmann@triveon
 .de
LOCATION:Triveon Holding\, Bockenheimer Landstraße 17\, 60325 Frankfurt\, 5.
  OG
DESCRIPTION:Hallo Matthias\,\n\nwir freuen uns\, dass es weitergeht: Gespr
 äch mit unserem CFO Dr. Jan Seidel bei uns im Büro (75 Min.). Jan möchte 
 besonders über die Harmonisierung der Kontenpläne der Beteiligungen und d
 eine Erfahrung in Führung von Teams sprechen. Lea organisiert und ist nich
 t im Gespräch dabei.\n\n--\nScheduled with Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-invite",
        "uid": "workable-evt-1b2c3d4e5f-6071@workable.com",
        "is_interview": 1,
        "company": "Leasora GmbH",
        "role": "SAP FI/CO Inhouse Consultant (m/w/d)",
        "stage": "technical",
        "interviewers": "tim.ostermann@leasora.de",
        "trap": "workable-fachinterview-system-demo",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:workable-evt-1b2c3d4e5f-6071@workable.com
DTSTAMP:20250415T123000Z
DTSTART;TZID=Europe/Berlin:20250425T100000
DTEND;TZID=Europe/Berlin:20250425T113000
SUMMARY:Fachinterview: SAP FI/CO Inhouse Consultant (m/w/d) – Matthias Kern
ORGANIZER;CN=Leasora GmbH via Workable:mailto:noreply@leasora.workablemail
 .com
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Tim Ostermann;ROLE=REQ-PARTICIPANT:mailto:tim.ostermann@leasora.
 de
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Matthias\,\n\nTim Ostermann (Teamlead SAP) hat dich zu ei
 nem Fachinterview eingeladen. Wir schauen gemeinsam ins Testsystem (Leasin
 gvertragsbuchung\, Abschreibungslauf\, Anlagenzugang mit Bezug zur Bestell
 ung) – bitte Bildschirmfreigabe ermöglichen.\n\nTeams-Link: https://teams.
 microsoft.com/l/meetup-join/19%3ameeting_TGVhc29yYQ%40thread.v2/0\n\nBitte
  nicht auf diese E-Mail antworten. Powered by Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rexx-invite",
        "uid": "rexx-termin-000318842@rhoen-reifen.rexx-systems.com",
        "is_interview": 1,
        "company": "Rhön Reifen GmbH",
        "role": "Leiter SAP-Finanzprozesse (m/w/d)",
        "stage": "onsite",
        "interviewers": "Gerd Hartung;Simone Kraus",
        "trap": "rexx-onsite-werk-fulda-names-only",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
METHOD:PUBLISH
@@VTZ berlin@@
BEGIN:VEVENT
UID:rexx-termin-000318842@rhoen-reifen.rexx-systems.com
DTSTAMP:20250417T074422Z
DTSTART;TZID=Europe/Berlin:20250502T093000
DTEND;TZID=Europe/Berlin:20250502T120000
SUMMARY:Vorstellungsgespräch Rhön Reifen GmbH – Leiter SAP-Finanzprozesse (
 m/w/d)
ORGANIZER;CN=Rhön Reifen Personalabteilung:mailto:bewerbung@rhoen-reifen.de
LOCATION:Rhön Reifen GmbH\, Werk Fulda\, Pförtner Tor 1\, Rangstraße 80\, 
 36043 Fulda
DESCRIPTION:Sehr geehrter Herr Kern\,\n\nwir bestätigen Ihren Termin zum p
 ersönlichen Vorstellungsgespräch. Ihre Gesprächspartner sind Herr Gerd Ha
 rtung (kaufm. Geschäftsführer) und Frau Simone Kraus (Personalleiterin). 
 Im Anschluss ist eine kurze Werksführung geplant. Reisekosten werden nach
  BRKG erstattet.\n\nMit freundlichen Grüßen\nPersonalabteilung\nRhön Reife
 n GmbH
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
