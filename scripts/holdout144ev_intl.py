# ruff: noqa: E501
"""holdout144 events: the user's own interviews with international employers (UN, institutes, tech)."""

EVENTS = [
    dict(
        kind="written-test",
        uid="iaea-vn2025-0417-wt-cand-58231@iaea.org",
        iv=1, company="IAEA", role="Knowledge Management Officer (P-3)", stage="technical", who="",
        trap="un-agency-online-written-test-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//IAEA//Recruitment Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:iaea-vn2025-0417-wt-cand-58231@iaea.org
DTSTAMP:20250403T071500Z
DTSTART:20250411T070000Z
DTEND:20250411T090000Z
SUMMARY:IAEA Written Test - Knowledge Management Officer (P-3)\, VN 2025/0417
ORGANIZER;CN=IAEA Recruitment:mailto:noreply.recruitment@iaea.org
DESCRIPTION:Dear Ms Leitner\,\n\nFurther to your application for the position of Knowledge Management Officer (P-3)\, Division of Planning\, Information and Knowledge Management\, Vacancy Notice 2025/0417\, you are invited to take part in an online written test.\n\nDuration: 2 hours. The test will be remotely proctored. A stable internet connection\, a webcam and a valid passport are required.\n\nYou will receive the access link 24 hours before the test from the testing platform. Please do not reply to this message.\n\nIAEA Division of Human Resources\nVienna International Centre\, PO Box 100\, 1400 Vienna\, Austria
LOCATION:Online (remote proctoring)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="webex-panel",
        uid="iaea-vn2025-0417-cbi-03@iaea.org",
        iv=1, company="IAEA", role="Knowledge Management Officer (P-3)", stage="onsite",
        who="a.lindqvist@iaea.org;r.mehta@iaea.org;c.duarte-silva@iaea.org",
        trap="competency-based-interview-panel-coordinator-organizer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ATTENDEE;CN="Leitner, Theresa";RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN="Lindqvist, Anna";RSVP=TRUE:mailto:a.lindqvist@iaea.org
ATTENDEE;CN="Mehta, Rohan";RSVP=TRUE:mailto:r.mehta@iaea.org
ATTENDEE;CN="Duarte Silva, Carolina";RSVP=TRUE:mailto:c.duarte-silva@iaea.org
CLASS:PUBLIC
DESCRIPTION:Dear Ms Leitner\,\n\nWe are pleased to invite you to a competency-based interview for the position of Knowledge Management Officer (P-3)\, VN 2025/0417. The interview panel will consist of:\n\n- Ms Anna Lindqvist\, Section Head\, Nuclear Knowledge Management (Chair)\n- Mr Rohan Mehta\, Senior Information Management Officer\n- Ms Carolina Duarte Silva\, Human Resources Officer\n\nThe interview will last approximately 60 minutes and will be held via Webex. Please join 10 minutes early to test your audio and video.\n\nJoin: https://iaea.webex.com/iaea/j.php?MTID=m8d0f2b6c9a1e4d7f3b5a8c0e2d4f6a19\nMeeting number: 2377 904 5561\nPassword: KMO2025\n\nKind regards\,\nYuki Tanabe\nRecruitment Assistant\, MTHR
DTEND;TZID="W. Europe Standard Time":20250513T150000
DTSTAMP:20250505T093100Z
DTSTART;TZID="W. Europe Standard Time":20250513T140000
LOCATION:Webex
ORGANIZER;CN="Tanabe, Yuki":mailto:y.tanabe@iaea.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Interview - KMO (P-3) VN 2025/0417 - Ms T. Leitner
TRANSP:OPAQUE
UID:iaea-vn2025-0417-cbi-03@iaea.org
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-interview",
        uid="040000008200E00074C5B7101A82E00800000000E7F1A35B2C9BDB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        iv=1, company="OSCE", role="Senior Archivist", stage="",
        who="helena.novak@osce.org;pierre.lambert@osce.org",
        trap="english-teams-interview-international-org",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Recruitment OSCE Secretariat":mailto:recruitment@osce.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Helena":mailto:helena.novak@osce.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lambert, Pierre":mailto:pierre.lambert@osce.org
DESCRIPTION;LANGUAGE=en-US:Dear Ms Leitner\,\n\nThank you for your application to vacancy VNSECS01482\, Senior Archivist\, Documentation and Archives Unit\, Conference and Language Services. You are invited to an interview with Ms Helena Novak (Head of Unit) and Mr Pierre Lambert (Records Management Officer).\n\nPlease note that the interview is conducted in English. You may be asked to complete a short written exercise afterwards.\n\nBest regards\,\nRecruitment Unit\, OSCE Secretariat\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGU3ZmNjNzYtNTZlMS00MGQ0LThlMGUtZTc1ZDhmNDkxYzIx%40thread.v2/0>\nMeeting ID: 344 812 097 620\nPasscode: Fh6rT3\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E7F1A35B2C9BDB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=en-US:Interview: VNSECS01482 Senior Archivist
DTSTART;TZID=W. Europe Standard Time:20250604T100000
DTEND;TZID=W. Europe Standard Time:20250604T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250527T123419Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-tel",
        uid="5n0b2k7r1q8m3v6c9x4z1a7d2f@google.com",
        iv=1, company="Institut français d'Autriche", role="Responsable de la médiathèque (H/F)",
        stage="recruiter_screen", who="claire.dumont@institut-francais.at",
        trap="french-google-phone-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@G_VIENNA@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250224T163000
DTEND;TZID=Europe/Vienna:20250224T170000
DTSTAMP:20250218T110231Z
ORGANIZER;CN=Claire Dumont:mailto:claire.dumont@institut-francais.at
UID:5n0b2k7r1q8m3v6c9x4z1a7d2f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Claire Dumont;X-NUM-GUESTS=0:mailto:claire.dumont@institut-francais.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at;X-NUM-GUESTS=0:mailto:theresa.leitner@gmx.at
CREATED:20250218T110230Z
DESCRIPTION:Bonjour Madame Leitner\,<br><br>Suite à votre candidature au poste de <i>Responsable de la médiathèque (H/F)</i>\, je vous propose un premier entretien téléphonique d'une trentaine de minutes. Je vous appellerai au +43 664 318 2270.<br><br>Bien cordialement\,<br>Claire Dumont<br>Secrétaire générale<br>Institut français d'Autriche – Vienne
LAST-MODIFIED:20250218T110231Z
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien téléphonique – Responsable médiathèque – T. Leitner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien",
        uid="AAMkADk1NzQ2YmE4LWIf-paris-entretien-mediatheque-vienne-leitner",
        iv=1, company="Institut français d'Autriche", role="Responsable de la médiathèque", stage="final",
        who="isabelle.moreau-laffont@institut-francais.at;claire.dumont@institut-francais.at",
        trap="french-romance-zone-director-final-in-person",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@OUTLOOK_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Dumont, Claire":mailto:claire.dumont@institut-francais.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moreau-Laffont, Isabelle":mailto:isabelle.moreau-laffont@institut-francais.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Salle de réunion Clam-Gallas (RDC)":mailto:salle.clamgallas@institut-francais.at
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous avons le plaisir de vous convier à un entretien avec Madame Isabelle Moreau-Laffont\, directrice de l'Institut français d'Autriche et conseillère culturelle\, en ma présence\, pour le poste de responsable de la médiathèque.\n\nL'entretien se déroulera en français. Merci de vous présenter à l'accueil du Palais Clam-Gallas\, Währinger Straße 30\, 1090 Vienne\, quelques minutes avant l'heure prévue.\n\nBien cordialement\,\nClaire Dumont\n
UID:AAMkADk1NzQ2YmE4LWIf-paris-entretien-mediatheque-vienne-leitner
SUMMARY;LANGUAGE=fr-FR:Entretien – poste de responsable de la médiathèque (Mme Leitner)
DTSTART;TZID=Romance Standard Time:20250311T113000
DTEND;TZID=Romance Standard Time:20250311T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T164400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Palais Clam-Gallas\, salle de réunion (RDC)
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entrevista",
        uid="IC-SEDE-RRHH-2025-VIE-BIB-0042@cervantes.es",
        iv=1, company="Instituto Cervantes", role="Jefe/a de Biblioteca (Instituto Cervantes de Viena)",
        stage="hiring_manager", who="javier.ortega@cervantes.es",
        trap="spanish-madrid-zone-interview-from-headquarters",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@G_MADRID@@
BEGIN:VEVENT
UID:IC-SEDE-RRHH-2025-VIE-BIB-0042@cervantes.es
DTSTAMP:20250415T083011Z
DTSTART;TZID=Europe/Madrid:20250428T120000
DTEND;TZID=Europe/Madrid:20250428T124500
SUMMARY:Entrevista – Jefe/a de Biblioteca IC Viena – Leitner
LOCATION:Videoconferencia (Teams)
ORGANIZER;CN="Recursos Humanos – Instituto Cervantes":mailto:rrhh.seleccion@cervantes.es
ATTENDEE;CN="Theresa Leitner";RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN="Javier Ortega Lozano":mailto:javier.ortega@cervantes.es
DESCRIPTION:Estimada Sra. Leitner:\n\nEn relación con su candidatura al puesto de Jefe/a de Biblioteca en el Instituto Cervantes de Viena\, le convocamos a una entrevista por videoconferencia con D. Javier Ortega Lozano\, director del centro.\n\nLa entrevista se realizará en español y tendrá una duración aproximada de 45 minutos. Recibirá el enlace de Teams el día anterior.\n\nUn cordial saludo\,\nDepartamento de Recursos Humanos – Selección\nInstituto Cervantes\, C/ Alcalá 49\, 28014 Madrid
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="prueba-practica",
        uid="IC-VIE-2025-BIB-PRUEBA-0042@cervantes.es",
        iv=1, company="Instituto Cervantes", role="Jefe/a de Biblioteca", stage="technical",
        who="javier.ortega@cervantes.es;Lucía Sanz Morales;Pablo Ibáñez",
        trap="spanish-practical-test-and-commission",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@G_VIENNA@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250512T100000
DTEND;TZID=Europe/Vienna:20250512T130000
DTSTAMP:20250502T094512Z
ORGANIZER;CN=Instituto Cervantes Viena:mailto:cenvie@cervantes.es
UID:IC-VIE-2025-BIB-PRUEBA-0042@cervantes.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at:mailto:theresa.leitner@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Javier Ortega:mailto:javier.ortega@cervantes.es
DESCRIPTION:Estimada Theresa:\n\nLe confirmamos la segunda fase del proceso de selección para el puesto de Jefe/a de Biblioteca:\n\n10:00 – 11:30 Prueba práctica (catalogación en Absys\, propuesta de actividades culturales para la biblioteca)\n11:45 – 13:00 Entrevista con la comisión de valoración: D. Javier Ortega (director)\, Dña. Lucía Sanz Morales (Dirección de Bibliotecas\, Madrid\, por videoconferencia) y D. Pablo Ibáñez (jefe de administración).\n\nLugar: Instituto Cervantes Viena\, Schwarzenbergplatz 2\, 1010 Viena.\n\nSaludos cordiales\,\nAdministración – Instituto Cervantes de Viena
LOCATION:Instituto Cervantes\, Schwarzenbergplatz 2\, 1010 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Instituto Cervantes – Prueba práctica y entrevista (Jefe/a de Biblioteca)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="greenhouse-screen",
        uid="greenhouse-interview-88310422-5521943@greenhouse.io",
        iv=1, company="Celonis", role="Knowledge Manager, Customer Enablement", stage="recruiter_screen",
        who="m.obrien@celonis.com",
        trap="greenhouse-recruiter-in-new-york-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@NEW_YORK@@
BEGIN:VEVENT
UID:greenhouse-interview-88310422-5521943@greenhouse.io
DTSTAMP:20250213T201544Z
DTSTART;TZID=America/New_York:20250218T090000
DTEND;TZID=America/New_York:20250218T093000
SUMMARY:Theresa Leitner <> Celonis | Recruiter Call
ORGANIZER;CN=Megan O'Brien:mailto:m.obrien@celonis.com
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Megan O'Brien:mailto:m.obrien@celonis.com
LOCATION:https://celonis.zoom.us/j/91822033471
DESCRIPTION:Hi Theresa\,\n\nLooking forward to our chat about the Knowledge Manager\, Customer Enablement role (Munich / hybrid). We'll talk about your background\, what you're looking for\, and next steps.\n\nZoom: https://celonis.zoom.us/j/91822033471\nMeeting ID: 918 2203 3471\n\nBest\,\nMegan O'Brien\nSenior Talent Acquisition Partner\, Celonis\n\nScheduled via Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="greenhouse-interview",
        uid="greenhouse-interview-88310422-5540117@greenhouse.io",
        iv=1, company="Celonis", role="Knowledge Manager, Customer Enablement", stage="hiring_manager",
        who="j.kessler@celonis.com",
        trap="greenhouse-hiring-manager-berlin-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@PLAIN_BERLIN@@
BEGIN:VEVENT
UID:greenhouse-interview-88310422-5540117@greenhouse.io
DTSTAMP:20250220T091102Z
DTSTART;TZID=Europe/Berlin:20250226T150000
DTEND;TZID=Europe/Berlin:20250226T154500
SUMMARY:Interview: Theresa Leitner - Knowledge Manager\, Customer Enablement (Hiring Manager)
ORGANIZER;CN=Celonis Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Theresa Leitner;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Jan Kessler:mailto:j.kessler@celonis.com
LOCATION:https://celonis.zoom.us/j/95510847726
DESCRIPTION:Hi Theresa\,\n\nYou're scheduled to meet with Jan Kessler (Director\, Customer Enablement) for 45 minutes.\n\nZoom link: https://celonis.zoom.us/j/95510847726\n\nPlease let us know if you need any accommodations.\n\nCelonis Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="case-presentation",
        uid="3r9k1m7p2q5s8t0v4w6x@google.com",
        iv=1, company="Celonis", role="Knowledge Manager, Customer Enablement", stage="final",
        who="j.kessler@celonis.com;s.petrov@celonis.com;l.meinhardt@celonis.com",
        trap="google-final-panel-coordinator-organizer-munich-office",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@G_BERLIN@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250324T130000
DTEND;TZID=Europe/Berlin:20250324T150000
DTSTAMP:20250312T154211Z
ORGANIZER;CN=Hannah Roth:mailto:h.roth@celonis.com
UID:3r9k1m7p2q5s8t0v4w6x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.leitner@gmx.at;X-NUM-GUESTS=0:mailto:theresa.leitner@gmx.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jan Kessler;X-NUM-GUESTS=0:mailto:j.kessler@celonis.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Svetlana Petrov;X-NUM-GUESTS=0:mailto:s.petrov@celonis.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lukas Meinhardt;X-NUM-GUESTS=0:mailto:l.meinhardt@celonis.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=MUC-Theresienstr-4-Kaiserplatz (10) [VC];X-NUM-GUESTS=0:mailto:c_1889a0f3e2b4@resource.calendar.google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hannah Roth;X-NUM-GUESTS=0:mailto:h.roth@celonis.com
DESCRIPTION:Hi Theresa\,<br><br>here are the details for your final round at our Munich office (Theresienstraße 4):<br><br>13:00 – 13:45 Case presentation: &quot\;Scaling enablement content for 5\,000 customers&quot\; with Jan Kessler and Svetlana Petrov (VP Customer Success)<br>13:50 – 14:30 Values &amp\; collaboration with Lukas Meinhardt (Head of Documentation)<br>14:30 – 15:00 Office tour and coffee with the Enablement team<br><br>Please ask for me at reception. Looking forward!<br><br>Hannah Roth<br>Recruiting Coordinator
LOCATION:Celonis Munich\, Theresienstraße 4\, 80333 München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Celonis Final Round – Theresa Leitner (Knowledge Manager)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ashby-case",
        uid="ashby-interview-event-0f2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b@ashbyhq.com",
        iv=1, company="Parloa", role="Knowledge Manager (AI Agents)", stage="technical",
        who="nina.vogel@parloa.com",
        trap="ashby-case-study-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-0f2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b@ashbyhq.com
DTSTAMP:20250324T104510Z
DTSTART:20250401T080000Z
DTEND:20250401T090000Z
SUMMARY:Parloa | Case Study Interview – Knowledge Manager (AI Agents)
ORGANIZER;CN=Parloa Talent:mailto:talent@parloa.com
ATTENDEE;CN=Theresa Leitner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.leitner@gmx.at
ATTENDEE;CN=Nina Vogel;ROLE=REQ-PARTICIPANT:mailto:nina.vogel@parloa.com
LOCATION:https://meet.google.com/vbq-rsnt-xfe
DESCRIPTION:Hi Theresa\,\n\nYour case study interview with Nina Vogel (Lead Knowledge Operations) is confirmed. You'll get a short case 10 minutes before the call: structuring a knowledge base for voice AI agents in insurance customer service. No preparation needed.\n\nJoin with Google Meet: https://meet.google.com/vbq-rsnt-xfe\nJoin by phone: (DE) +49 30 300195478 PIN: 711 203 559#\n\nNeed to reschedule? Use the link in your confirmation email.\n\n— Parloa Talent Team (sent via Ashby)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
