# ruff: noqa: E501, W291
"""holdout243 events, part d: consulting firms and permanent roles via ATS (written blind)."""

EVENTS = [
    {
        "kind": "successfactors-invite",
        "uid": "SF-RCM-INTV-0000718245-1",
        "is_interview": 1,
        "company": "Carvalis Consulting GmbH",
        "role": "Senior Manager SAP Finance Transformation (w/m/d)",
        "stage": "recruiter_screen",
        "interviewers": "miriam.schaefer@carvalis.de",
        "trap": "successfactors-talent-acquisition-first-call",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:SF-RCM-INTV-0000718245-1
DTSTAMP:20250319T104512Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250325T083000
DTEND;TZID=Europe/Berlin:20250325T091500
SUMMARY:Interview: Senior Manager SAP Finance Transformation (w/m/d) - Req 
 ID 24871BR
ORGANIZER;CN=Carvalis Recruiting:mailto:recruiting-noreply@carvalis.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:m.kern@kern-consulting.de
ATTENDEE;CN=Miriam Schäfer;ROLE=REQ-PARTICIPANT:mailto:miriam.schaefer@carv
 alis.de
LOCATION:Microsoft Teams
DESCRIPTION:Sehr geehrter Herr Kern\,\n\nvielen Dank für Ihr Interesse an 
 Carvalis. Gerne laden wir Sie zu einem ersten Gespräch mit Miriam Schäfer
  (Senior Talent Acquisition Partner) ein. Themen: Ihre Motivation für den
  Wechsel aus der Selbstständigkeit\, Karrierestufen und Ihr Gehaltsrahmen
 .\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2Fydm
 FsaXM%40thread.v2/0\n\nDiese Nachricht wurde automatisch von SAP SuccessFa
 ctors erstellt.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-invite",
        "uid": "SF-RCM-INTV-0000718245-2",
        "is_interview": 1,
        "company": "Carvalis Consulting GmbH",
        "role": "Senior Manager SAP Finance Transformation (w/m/d)",
        "stage": "technical",
        "interviewers": "oliver.breuer@carvalis.de;sina.haas@carvalis.de",
        "trap": "consulting-case-interview-with-presentation",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:SF-RCM-INTV-0000718245-2
DTSTAMP:20250402T070011Z
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20250411T130000
DTEND;TZID=Europe/Berlin:20250411T150000
SUMMARY:Interview (Runde 2 – Case): Senior Manager SAP Finance Transformati
 on (w/m/d)
ORGANIZER;CN=Carvalis Recruiting:mailto:recruiting-noreply@carvalis.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern-
 consulting.de
ATTENDEE;CN=Oliver Breuer;ROLE=REQ-PARTICIPANT:mailto:oliver.breuer@carvali
 s.de
ATTENDEE;CN=Sina Haas;ROLE=REQ-PARTICIPANT:mailto:sina.haas@carvalis.de
ATTENDEE;CUTYPE=ROOM;CN=FRA Taunustor Raum 22.14;ROLE=NON-PARTICIPANT:mailt
 o:fra-2214@carvalis.de
LOCATION:Carvalis Frankfurt\, Taunustor 1\, 22. OG\, Raum 22.14
DESCRIPTION:Sehr geehrter Herr Kern\,\n\nin der zweiten Runde erhalten Sie
  48 Stunden vorher eine Fallstudie (S/4HANA-Finance-Roadmap für einen Mit
 telständler mit 12 Buchungskreisen). Bitte bereiten Sie eine Präsentation
  von max. 20 Minuten vor\; anschließend Diskussion mit Oliver Breuer (Part
 ner) und Sina Haas (Director).\n\nDiese Nachricht wurde automatisch von SA
 P SuccessFactors erstellt.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000009988776655AADB0100000000000000001000000012EF34CD56AB7890FE12DC34BA5678AA",
        "is_interview": 1,
        "company": "Carvalis Consulting GmbH",
        "role": "",
        "stage": "final",
        "interviewers": "hendrik.vollmer@carvalis.de",
        "trap": "lunch-with-managing-partner-final",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Vollmer, Hendrik";SENT-BY="mailto:assistenz.vollmer@carvalis.
 de":mailto:hendrik.vollmer@carvalis.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Lieber Herr Kern\,\n\nHerr Vollmer freut sich\,
  Sie zum Abschluss des Auswahlprozesses bei einem gemeinsamen Mittagessen 
 kennenzulernen. Tisch ist reserviert.\n\nBeste Grüße\nAndrea Lutz\nAssist
 enz Managing Partner\n
UID:040000008200E00074C5B7101A82E008000000009988776655AADB0100000000000000001000000012EF34CD56AB7890FE12DC34BA5678AA
SUMMARY;LANGUAGE=de-DE:Lunch H. Vollmer / M. Kern
DTSTART;TZID=W. Europe Standard Time:20250430T121500
DTEND;TZID=W. Europe Standard Time:20250430T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T142200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Restaurant Margarete\, Braubachstraße 18-22\, Frank
 furt
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-invite",
        "uid": "WD-INTERVIEW-a4f1c9e27b3d4c60b8e1f2a3c4d5e6f7",
        "is_interview": 1,
        "company": "Brightline Advisory GmbH",
        "role": "Senior Manager SAP S/4HANA Finance",
        "stage": "hiring_manager",
        "interviewers": "katja.ringel@brightline.com",
        "trap": "workday-interview-requisition-number",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-a4f1c9e27b3d4c60b8e1f2a3c4d5e6f7
DTSTAMP:20250403T101010Z
DTSTART:20250410T140000Z
DTEND:20250410T150000Z
SUMMARY:Interview Scheduled: Senior Manager SAP S/4HANA Finance (R-0041877)
ORGANIZER;CN=Brightline Careers:mailto:brightline@myworkday.com
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Katja Ringel;ROLE=REQ-PARTICIPANT:mailto:katja.ringel@brightlin
 e.com
LOCATION:Zoom
DESCRIPTION:Dear Matthias\,\n\nYour interview for Senior Manager SAP S/4HA
 NA Finance (R-0041877) has been scheduled.\n\nInterviewer: Katja Ringel\, 
 Partner\, Technology Consulting – Finance\nDuration: 60 minutes\n\nZoom: h
 ttps://brightline.zoom.us/j/96620193345\nMeeting ID: 966 2019 3345\n\nYou
  can view your application status at any time on our candidate home page
 .\n\nBrightline Advisory – Talent Acquisition Germany
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "allday-note",
        "uid": "1q9w8e7r6t5y4u3i2o1p0a9s8d@google.com",
        "is_interview": 1,
        "company": "Brightline Advisory GmbH",
        "role": "",
        "stage": "final",
        "interviewers": "",
        "trap": "self-typed-all-day-assessment-centre",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:m.kern@kern-consulting.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250506
DTEND;VALUE=DATE:20250507
DTSTAMP:20250603T071200Z
UID:1q9w8e7r6t5y4u3i2o1p0a9s8d@google.com
CREATED:20250424T190233Z
DESCRIPTION:Final Round Brightline\, Eschborn Frankfurter Str. 1\n9:00 Cas
 e / 11:00 Partnergespräch / 13:30 Lunch mit Team / 15:00 HR\nAnzug! Park
 haus Mergenthalerallee
LAST-MODIFIED:20250424T190411Z
LOCATION:Eschborn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AC Brightline (ganztägig)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-invite",
        "uid": "personio-appointment-7731002@nexpera.jobs.personio.de",
        "is_interview": 1,
        "company": "Nexpera GmbH",
        "role": "Principal Consultant SAP FI/CO (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "andreas.volk@nexpera.de",
        "trap": "personio-kennenlernen-permanent-partner-firm",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:personio-appointment-7731002@nexpera.jobs.personio.de
DTSTAMP:20250326T163000Z
DTSTART;TZID=Europe/Berlin:20250401T170000
DTEND;TZID=Europe/Berlin:20250401T174500
SUMMARY:Kennenlernen: Principal Consultant SAP FI/CO (m/w/d) – Matthias Ker
 n
ORGANIZER;CN=Nexpera GmbH:mailto:noreply@nexpera.jobs.personio.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Andreas Volk;ROLE=REQ-PARTICIPANT:mailto:andreas.volk@nexpera.d
 e
LOCATION:Google Meet: https://meet.google.com/nxp-wkdr-fin
DESCRIPTION:Hallo Matthias\,\n\nschön\, dass du dich bei uns beworben hast
 ! Andreas Volk (Head of Finance Practice) freut sich auf ein erstes Kenne
 nlernen. Wir duzen uns bei Nexpera übrigens alle.\n\nViele Grüße\ndein Ne
 xpera People Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-invite",
        "uid": "personio-appointment-7731544@nexpera.jobs.personio.de",
        "is_interview": 1,
        "company": "Nexpera GmbH",
        "role": "Principal Consultant SAP FI/CO (m/w/d)",
        "stage": "final",
        "interviewers": "andreas.volk@nexpera.de;c.winter@nexpera.de",
        "trap": "personio-zweitgespraech-geschaeftsfuehrung",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:personio-appointment-7731544@nexpera.jobs.personio.de
DTSTAMP:20250409T090000Z
DTSTART;TZID=Europe/Berlin:20250416T150000
DTEND;TZID=Europe/Berlin:20250416T163000
SUMMARY:Zweitgespräch mit der Geschäftsführung – Principal Consultant SAP F
 I/CO
ORGANIZER;CN=Nexpera GmbH:mailto:noreply@nexpera.jobs.personio.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Andreas Volk;ROLE=REQ-PARTICIPANT:mailto:andreas.volk@nexpera.d
 e
ATTENDEE;CN=Christine Winter;ROLE=REQ-PARTICIPANT:mailto:c.winter@nexpera.d
 e
LOCATION:Nexpera Office Mainz\, Rheinallee 88
DESCRIPTION:Hallo Matthias\,\n\nim Zweitgespräch triffst du Christine Wint
 er (Geschäftsführerin) und nochmal Andreas. Wir sprechen über Vertriebsver
 antwortung\, Auslastungsziel und die Rolle im Practice-Aufbau.\n\nViele Gr
 üße\ndein Nexpera People Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
