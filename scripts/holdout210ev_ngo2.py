# ruff: noqa: E501
"""holdout210 events: INGOs (Médicos del Mundo, Save the Children, IRC, NORCAP, DRC, CARE, PATH, IntraHealth, Amref, Plan)."""

import holdout210ev_tz as tz

MADRID = """BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""

EVENTS = [
    dict(
        kind="entrevista-inicial",
        uid="7h4j2k9l0m1n3b5v6c8x0z2a4s@google.com",
        is_interview=1, company="Médicos del Mundo", role="Coordinador/a de Programas de Salud - Senegal", stage="recruiter_screen",
        interviewers="Lucía Herrero",
        trap="spanish-entrevista-inicial-madrid-zone",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250310T113000
DTEND;TZID=Europe/Madrid:20250310T120000
DTSTAMP:20250305T104415Z
ORGANIZER;CN=Selección MdM:mailto:seleccion@medicosdelmundo.org
UID:7h4j2k9l0m1n3b5v6c8x0z2a4s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aissata.diallo.geneve@protonmail.com;X-NUM-GUESTS=0:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Selección MdM;X-NUM-GUESTS=0:mailto:seleccion@medicosdelmundo.org
DESCRIPTION:Hola Aissata\,\n\nTe confirmamos la entrevista inicial con el equipo de Selección para el puesto de Coordinador/a de Programas de Salud en Senegal (ref. 25-014). Tendrá una duración aproximada de 30 minutos y se realizará en castellano y en francés.\n\nUn saludo\,\nLucía Herrero\nTécnica de Selección - Médicos del Mundo\n\nUnirse con Google Meet: https://meet.google.com/vbn-kqxe-ahr
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista inicial - Coord. Programas Salud Senegal - Aissata Diallo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entrevista-tecnica",
        uid="040000008200E00074C5B7101A82E00800000000ACE0BDF1CA2EDB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F",
        is_interview=1, company="Médicos del Mundo", role="Coordinador/a de Programas de Salud - Senegal", stage="technical",
        interviewers="mcastro@medicosdelmundo.org;jpujol@medicosdelmundo.org",
        trap="spanish-entrevista-tecnica-romance-zone",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Marta Castro Villanueva";RSVP=TRUE:mailto:mcastro@medicosdelmundo.org
ATTENDEE;CN="Jordi Pujol Ferrer";RSVP=TRUE:mailto:jpujol@medicosdelmundo.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250318T160100Z
DESCRIPTION;LANGUAGE=es-ES:Estimada Aissata:\n\nTras la entrevista inicial\, te convocamos a la entrevista técnica con Marta Castro (Responsable del Área de Acción Humanitaria) y Jordi Pujol (Referente técnico de salud). Te plantearemos un caso práctico sobre la gestión de un brote de sarampión en la región de Kolda que deberás resolver en la propia entrevista.\n\nSaludos cordiales\,\nLucía Herrero\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de la reunión: 384 611 092 557\nCódigo de acceso: 3Fq8Xa\n________________________________________________________________________________\n
DTEND;TZID="Romance Standard Time":20250325T110000
DTSTAMP:20250318T160100Z
DTSTART;TZID="Romance Standard Time":20250325T100000
LAST-MODIFIED:20250318T160100Z
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
ORGANIZER;CN="Lucía Herrero";SENT-BY="mailto:lherrero@medicosdelmundo.org":mailto:seleccion@medicosdelmundo.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista técnica + caso práctico - Aissata Diallo (25-014)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000ACE0BDF1CA2EDB01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="hiring-manager",
        uid="sr-interview-3f9c2e71-88a4-4b0d-9e1f-6c5a7d2b8e40@smartrecruiters.com",
        is_interview=1, company="Save the Children", role="Head of Health & Nutrition Programmes - East and Southern Africa", stage="hiring_manager",
        interviewers="g.achieng@savethechildren.org",
        trap="smartrecruiters-hiring-manager-utc-nairobi-post",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-3f9c2e71-88a4-4b0d-9e1f-6c5a7d2b8e40@smartrecruiters.com
DTSTAMP:20250122T134000Z
DTSTART:20250129T090000Z
DTEND:20250129T100000Z
SUMMARY:Interview with Grace Achieng - Head of Health & Nutrition Programmes (ESA)
DESCRIPTION:Hi Aissata\,\n\nYour interview for Head of Health & Nutrition Programmes - East and Southern Africa at Save the Children International has been scheduled.\n\nInterviewer: Grace Achieng\, Regional Director of Programmes (hiring manager)\nFormat: Video call (Microsoft Teams) - the link is in the location field.\nDuration: 60 min\n\nIf you need to reschedule\, please use the link in your confirmation e-mail.\n\nPowered by SmartRecruiters
LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk2NzE2%40thread.v2/0
ORGANIZER;CN=Save the Children International:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Grace Achieng;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:g.achieng@savethechildren.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="phone-screen",
        uid="icims-int-1187342-20250212@rescue.icims.com",
        is_interview=1, company="IRC", role="Senior Health Program Manager - Kenya", stage="recruiter_screen",
        interviewers="tanya.brooks@rescue.org",
        trap="icims-recruiter-phone-screen-new-york-zone",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS Inc//iCIMS Talent Platform//EN
METHOD:REQUEST
""" + tz.NEW_YORK + r"""BEGIN:VEVENT
UID:icims-int-1187342-20250212@rescue.icims.com
DTSTAMP:20250212T183000Z
DTSTART;TZID=America/New_York:20250218T080000
DTEND;TZID=America/New_York:20250218T083000
SUMMARY:Phone Screen: Senior Health Program Manager - Kenya (Req 2025-1187)
DESCRIPTION:Dear Aissata\,\n\nThank you for your interest in the International Rescue Committee. Tanya Brooks\, Senior Talent Acquisition Partner\, will call you at +41 79 412 88 07.\n\nPlease note the time above is shown in US Eastern Time (New York).\n\nBest regards\,\nIRC Talent Acquisition
LOCATION:Phone
ORGANIZER;CN=Tanya Brooks:mailto:tanya.brooks@rescue.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="technical-interview",
        uid="040000008200E00074C5B7101A82E0080000000011223344AABBDB0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        is_interview=1, company="IRC", role="Senior Health Program Manager - Kenya", stage="technical",
        interviewers="dr.amina.yusuf@rescue.org;peter.kimani@rescue.org",
        trap="technical-interview-health-unit-eat",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_EAFRICA + r"""BEGIN:VEVENT
ATTENDEE;CN="Amina Yusuf";RSVP=TRUE:mailto:dr.amina.yusuf@rescue.org
ATTENDEE;CN="Peter Kimani";RSVP=TRUE:mailto:peter.kimani@rescue.org
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250226T070000Z
DESCRIPTION:Hello Aissata\,\n\nThis is the technical interview for the Senior Health Program Manager role. Dr Amina Yusuf (Health Coordinator) and Peter Kimani (Deputy Director of Programs) will go through your written test answers (MNCH in Kakuma and Dadaab\, budget of USD 4.2M\, BHA and ECHO funding) and ask technical questions.\n\nRegards\,\nPeter\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDFjYzQ%40thread.v2/0\nMeeting ID: 311 870 225 946  Passcode: wJ9eU2\n________________________________________________________________________________\n
DTEND;TZID="E. Africa Standard Time":20250306T160000
DTSTAMP:20250226T070000Z
DTSTART;TZID="E. Africa Standard Time":20250306T150000
LAST-MODIFIED:20250226T070000Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Peter Kimani":mailto:peter.kimani@rescue.org
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:SHPM Kenya - technical interview - A. Diallo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000011223344AABBDB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="roster-interview",
        uid="040000008200E00074C5B7101A82E00800000000D00DFEEDBEEFDB01000000000000000010000000123ABC456DEF789ABC012DEF345ABC67",
        is_interview=1, company="NORCAP", role="", stage="",
        interviewers="ingrid.haugen@nrc.no;tobias.dahl@nrc.no",
        trap="roster-interview-not-a-specific-post",
        ics="""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + tz.OL_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Ingrid Haugen";RSVP=TRUE:mailto:ingrid.haugen@nrc.no
ATTENDEE;CN="Tobias Dahl";RSVP=TRUE:mailto:tobias.dahl@nrc.no
ATTENDEE;CN="aissata.diallo.geneve@protonmail.com";RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
CLASS:PUBLIC
CREATED:20250116T124500Z
DESCRIPTION:Dear Aissata\,\n\nThank you for applying to the NORCAP expert roster (profile: Health Programme Management / Public Health in Emergencies). We would like to invite you to a roster interview. This is not a recruitment for a specific deployment\; successful candidates are added to the roster and may be proposed for secondments to UN partners (WHO\, UNICEF\, UNHCR\, OCHA) at short notice.\n\nThe interview is competency-based and will include a short French language assessment.\n\nInterviewers: Ingrid Haugen (Roster Manager\, Health) and Tobias Dahl (Senior Adviser).\n\nKind regards\,\nNORCAP Roster Management\nNorwegian Refugee Council\, Oslo\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmM1Nz%40thread.v2/0\nMeeting ID: 362 488 710 339  Passcode: Rr4gY7\n________________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20250123T100000
DTSTAMP:20250116T124500Z
DTSTART;TZID="W. Europe Standard Time":20250123T090000
LAST-MODIFIED:20250116T124500Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Ingrid Haugen":mailto:ingrid.haugen@nrc.no
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:NORCAP roster interview - Health Programme Management - Aissata Diallo
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D00DFEEDBEEFDB01000000000000000010000000123ABC456DEF789ABC012DEF345ABC67
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="emply-interview",
        uid="emply-meeting-58812-c7a1@drc.emply.net",
        is_interview=1, company="DRC", role="Programme Manager - Health and Protection", stage="onsite",
        interviewers="lone.jessen@drc.ngo;abdi.farah@drc.ngo;mercy.wanjiku@drc.ngo",
        trap="danish-ats-emply-panel-nairobi-zone",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Emply ApS//Emply Hire//EN
METHOD:REQUEST
""" + tz.NAIROBI + r"""BEGIN:VEVENT
UID:emply-meeting-58812-c7a1@drc.emply.net
DTSTAMP:20250402T083000Z
DTSTART;TZID=Africa/Nairobi:20250410T100000
DTEND;TZID=Africa/Nairobi:20250410T111500
SUMMARY:Interview - Programme Manager - Health and Protection (Nairobi)
DESCRIPTION:Dear Aissata Diallo\,\n\nYou have been invited to an interview for the position Programme Manager - Health and Protection at the Danish Refugee Council\, East Africa and Great Lakes Regional Office.\n\nParticipants from DRC: Lone Jessen (Regional Head of Programme)\, Abdi Farah (Country Director Somalia) and Mercy Wanjiku (HR Manager).\n\nThe interview will take place online via Teams. All times are East Africa Time.\n\nBest regards\,\nDRC Recruitment\n\nThis invitation was sent via Emply Hire.
LOCATION:Microsoft Teams (link sent by e-mail)
ORGANIZER;CN=Mercy Wanjiku:mailto:mercy.wanjiku@drc.ngo
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CN=Lone Jessen;ROLE=REQ-PARTICIPANT:mailto:lone.jessen@drc.ngo
ATTENDEE;CN=Abdi Farah;ROLE=REQ-PARTICIPANT:mailto:abdi.farah@drc.ngo
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="lever-phone-screen",
        uid="lever-interview-9b27c4e0-1f6d-4a83-b5e2-7d0c9a1f3e58",
        is_interview=1, company="CARE International", role="Senior Humanitarian Health Programme Manager", stage="recruiter_screen",
        interviewers="jmoreno@careinternational.org",
        trap="lever-scheduled-screen-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-9b27c4e0-1f6d-4a83-b5e2-7d0c9a1f3e58
DTSTAMP:20250107T152244Z
DTSTART:20250114T150000Z
DTEND:20250114T153000Z
SUMMARY:Aissata Diallo <> CARE International - Phone screen
DESCRIPTION:Phone screen for Senior Humanitarian Health Programme Manager (Geneva)\n\nInterviewer: Javier Moreno (Recruiter)\n\nJoin Zoom Meeting: https://careinternational.zoom.us/j/96630418822?pwd=cXdlR2lHTE1\n\nScheduled via Lever
LOCATION:https://careinternational.zoom.us/j/96630418822?pwd=cXdlR2lHTE1
ORGANIZER;CN=Javier Moreno:mailto:jmoreno@careinternational.org
ATTENDEE;CN=Javier Moreno;PARTSTAT=ACCEPTED:mailto:jmoreno@careinternational.org
ATTENDEE;CN=Aissata Diallo;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-goodtime",
        uid="gt-7c1e9a4b2d6f48a0b3e5c7d9f1a2b4c6@goodtime.io",
        is_interview=1, company="PATH", role="Senior Program Officer, Immunization (Senegal)", stage="onsite",
        interviewers="rsingh@path.org;mdiouf@path.org;ebecker@path.org",
        trap="goodtime-panel-coordinator-organizer-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-7c1e9a4b2d6f48a0b3e5c7d9f1a2b4c6@goodtime.io
DTSTAMP:20250228T223100Z
DTSTART:20250306T150000Z
DTEND:20250306T163000Z
SUMMARY:PATH Interview: Senior Program Officer\, Immunization (Senegal) - Aissata Diallo
DESCRIPTION:Hi Aissata\,\n\nHere are the details of your panel interview with PATH.\n\nSchedule (Central European Time):\n16:00 - 16:30  Rohan Singh\, Director\, Immunization Program\n16:30 - 17:00  Mame Diouf\, Country Program Leader\, Senegal\n17:00 - 17:30  Elise Becker\, Senior Program Officer\, Vaccine Delivery\n\nZoom: https://path.zoom.us/j/95511830462\n\nPlease let me know if you need any accommodation.\n\nBest\,\nCarla Nguyen\nRecruiting Coordinator\, PATH\n\nScheduled with GoodTime
LOCATION:https://path.zoom.us/j/95511830462
ORGANIZER;CN=Carla Nguyen:mailto:cnguyen@path.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
ATTENDEE;CN=Rohan Singh;ROLE=REQ-PARTICIPANT:mailto:rsingh@path.org
ATTENDEE;CN=Mame Diouf;ROLE=REQ-PARTICIPANT:mailto:mdiouf@path.org
ATTENDEE;CN=Elise Becker;ROLE=REQ-PARTICIPANT:mailto:ebecker@path.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="greenhouse-hm",
        uid="greenhouse-interview-44018872-2025-aissata-diallo@greenhouse.io",
        is_interview=1, company="IntraHealth International", role="Chief of Party - Senegal Health Workforce Project", stage="hiring_manager",
        interviewers="dwilliams@intrahealth.org",
        trap="greenhouse-hiring-manager-eastern-zone-coordinator-organizer",
        ics="""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + tz.NEW_YORK + r"""BEGIN:VEVENT
UID:greenhouse-interview-44018872-2025-aissata-diallo@greenhouse.io
DTSTAMP:20250515T140500Z
DTSTART;TZID=America/New_York:20250521T093000
DTEND;TZID=America/New_York:20250521T103000
SUMMARY:Interview: Aissata Diallo / Dana Williams (Chief of Party - Senegal)
DESCRIPTION:Candidate: Aissata Diallo\nJob: Chief of Party - Senegal Health Workforce Project\nInterview: Hiring Manager Interview\nInterviewer: Dana Williams\, Vice President\, Global Programs\n\nZoom: https://intrahealth.zoom.us/j/83301947752\n\nScheduled by Kevin Park\, Recruiting Coordinator
LOCATION:https://intrahealth.zoom.us/j/83301947752
ORGANIZER;CN=Kevin Park:mailto:kpark@intrahealth.org
ATTENDEE;CN=Dana Williams;ROLE=REQ-PARTICIPANT:mailto:dwilliams@intrahealth.org
ATTENDEE;CN=Aissata Diallo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aissata.diallo.geneve@protonmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="interview-panel",
        uid="0r9e8w7q6a5s4d3f2g1h0j9k8l@google.com",
        is_interview=1, company="Amref Health Africa", role="Programme Manager, Community Health Systems", stage="onsite",
        interviewers="githinji.mwaura@amref.org;fatuma.hassan@amref.org;Dr. Joseph Odhiambo",
        trap="google-panel-nairobi-one-panelist-without-email",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + tz.NAIROBI + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250602T100000
DTEND;TZID=Africa/Nairobi:20250602T113000
DTSTAMP:20250526T055912Z
ORGANIZER;CN=Amref Talent:mailto:talent@amref.org
UID:0r9e8w7q6a5s4d3f2g1h0j9k8l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Githinji Mwaura;X-NUM-GUESTS=0:mailto:githinji.mwaura@amref.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fatuma Hassan;X-NUM-GUESTS=0:mailto:fatuma.hassan@amref.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aissata.diallo.geneve@protonmail.com;X-NUM-GUESTS=0:mailto:aissata.diallo.geneve@protonmail.com
DESCRIPTION:Dear Aissata\,\n\nYou are invited for an interview for the position of Programme Manager\, Community Health Systems.\n\nPanel: Githinji Mwaura (Director\, Health Systems Strengthening)\, Fatuma Hassan (People & Culture) and Dr. Joseph Odhiambo (Technical Lead\, Community Health - joining by phone).\n\nKindly have your academic certificates ready.\n\nAmref Health Africa\, Langata Road\, Nairobi\n\nJoin with Google Meet: https://meet.google.com/oxr-ezqw-mbt\nOr dial: (KE) +254 20 5231 418 PIN: 556 129 034#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - PM Community Health Systems - Aissata Diallo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="etude-de-cas",
        uid="1m2n3b4v5c6x7z8a9s0d1f2g3h@google.com",
        is_interview=1, company="Plan International", role="Responsable régional(e) des programmes santé", stage="technical",
        interviewers="adama.konate@plan-international.org;sophie.leclerc@plan-international.org",
        trap="french-case-study-presentation-dakar-zone",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + tz.DAKAR + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Dakar:20250430T090000
DTEND;TZID=Africa/Dakar:20250430T100000
DTSTAMP:20250424T172005Z
ORGANIZER;CN=Adama Konaté:mailto:adama.konate@plan-international.org
UID:1m2n3b4v5c6x7z8a9s0d1f2g3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Adama Konaté;X-NUM-GUESTS=0:mailto:adama.konate@plan-international.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sophie Leclerc;X-NUM-GUESTS=0:mailto:sophie.leclerc@plan-international.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aissata.diallo.geneve@protonmail.com;X-NUM-GUESTS=0:mailto:aissata.diallo.geneve@protonmail.com
DESCRIPTION:Bonjour Aïssata\,\n\nSuite à notre premier échange\, voici l'invitation pour la restitution de l'étude de cas (santé sexuelle et reproductive des adolescentes - programme multi-pays Sahel). Vous disposerez de 20 minutes de présentation\, suivies de 40 minutes de questions.\n\nMerci d'envoyer votre support à sophie.leclerc@plan-international.org au plus tard la veille à 18h (heure de Dakar).\n\nCordialement\,\nAdama Konaté\nDirecteur régional des programmes\, WACA\n\nParticiper avec Google Meet : https://meet.google.com/wpd-hzkc-rqa
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Plan International WACA - restitution étude de cas - A. Diallo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
