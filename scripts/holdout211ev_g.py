"""holdout211 events, part g: other Spanish employers and one Gulf airline (blind split, CC0 1.0)."""

from holdout211ev_tz import CANARY, DUBAI, MADRID_GOOGLE, MADRID_PLAIN

EVENTS = [
    dict(
        kind="workday-helicopter", uid="WD-BAB-R0091733-INT@myworkday.com",
        iv=1, company="Babcock", role="Técnico de Mantenimiento B1.3 Helicópteros - Base Madrid",
        stage="hiring_manager", who="raul.benito@babcockinternational.com",
        trap="workday-spanish-helicopter-base",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//ES
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:WD-BAB-R0091733-INT@myworkday.com
DTSTAMP:20250115T093000Z
DTSTART;TZID=Europe/Madrid:20250123T123000
DTEND;TZID=Europe/Madrid:20250123T131500
SUMMARY:Entrevista: Técnico de Mantenimiento B1.3 Helicópteros - Base Madri
 d
DESCRIPTION:Hola Rubén\,\n\nTe confirmamos la entrevista con Raúl Benito (R
 esponsable de Mantenimiento de Base) por Microsoft Teams. Aunque tu licenci
 a es B1.1\, nos interesa valorar tu perfil para la conversión a B1.3.\n\nE
 nlace Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmFiY29
 j@thread.v2/0\n\nBabcock España - Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Babcock Careers:mailto:babcock@myworkday.com
ATTENDEE;CN=Rubén Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Raúl Benito;ROLE=REQ-PARTICIPANT:mailto:raul.benito@babcockinternational.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="avature-engine-shop", uid="avature-itpaero-intv-30418-2@itpaero.avature.net",
        iv=1, company="ITP Aero", role="Técnico/a de MRO de Motores - Ajalvir",
        stage="onsite", who="beatriz.olmos@itpaero.com;inaki.etxeberria@itpaero.com",
        trap="avature-onsite-engine-mro-visit",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Recruiting//ES
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:avature-itpaero-intv-30418-2@itpaero.avature.net
DTSTAMP:20250428T101500Z
DTSTART;TZID=Europe/Madrid:20250506T090000
DTEND;TZID=Europe/Madrid:20250506T113000
SUMMARY:ITP Aero - Entrevista presencial y visita al taller - Técnico/a de
  MRO de Motores
DESCRIPTION:Hola Rubén\,\n\nTe esperamos en nuestro centro de Ajalvir (Ctra
 . de Ajalvir a Torrejón km 3\,5) para la entrevista presencial con Beatriz
  Olmos (People Partner) e Iñaki Etxeberria (Jefe de Taller de Módulos). Desp
 ués haremos una visita a la línea de reparación de motores.\n\nTrae DNI. Se
  requiere calzado cerrado para la visita.\n\nITP Aero - Talento
LOCATION:ITP Aero Ajalvir
ORGANIZER;CN=ITP Aero Talento:mailto:no-reply@itpaero.avature.net
ATTENDEE;CN=Rubén Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Beatriz Olmos;ROLE=REQ-PARTICIPANT:mailto:beatriz.olmos@itpaero.com
ATTENDEE;CN=Iñaki Etxeberria;ROLE=REQ-PARTICIPANT:mailto:inaki.etxeberria@itpaero.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="canary-teams", uid="binter-rrhh-0321-tecnicoB1@bintercanarias.com",
        iv=1, company="Binter", role="Técnico de Mantenimiento B1 ATR 72-600",
        stage="", who="yurena.hernandez@bintercanarias.com;acabrera@bintertechnic.com",
        trap="canary-timezone-teams-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + CANARY + r"""BEGIN:VEVENT
UID:binter-rrhh-0321-tecnicoB1@bintercanarias.com
DTSTAMP:20250314T130000Z
DTSTART;TZID=Atlantic/Canary:20250321T090000
DTEND;TZID=Atlantic/Canary:20250321T100000
SUMMARY:Entrevista Técnico de Mantenimiento B1 ATR 72-600 - Rubén Castillo
ORGANIZER;CN=Yurena Hernández:mailto:yurena.hernandez@bintercanarias.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ruben.castillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alejandro Cabrera:mailto:acabrera@bintertechnic.com
DESCRIPTION:Buenos días Rubén\,\n\nOjo con la hora: 9:00 hora canaria (10:0
 0 en península). Estaremos Alejandro Cabrera (Binter Technic\, Jefe de Mant
 enimiento en Línea) y yo.\n\nReunión de Microsoft Teams\nId. de la reunión:
  364 001 287 553\nCódigo de acceso: Cn4r1a\n\nYurena Hernández\nRRHH - Bin
 ter
LOCATION:Reunión de Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="smartrecruiters-bizjet", uid="sr-interview-7be1c3a0e6f44a2b@smartrecruiters.com",
        iv=1, company="TAG Aviation", role="B1 Licensed Engineer - Business Jets (Madrid)",
        stage="technical", who="ignacio.ferrer@tagaviation.com",
        trap="smartrecruiters-technical-interview-bizjets",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-7be1c3a0e6f44a2b@smartrecruiters.com
DTSTAMP:20250217T161500Z
DTSTART:20250224T153000Z
DTEND:20250224T163000Z
SUMMARY:Technical Interview - B1 Licensed Engineer - Business Jets (Madrid)
DESCRIPTION:Hello Ruben\,\n\nYour Technical Interview has been scheduled.\n
 \nPosition: B1 Licensed Engineer - Business Jets (Madrid)\nCompany: TAG Avia
 tion\nInterviewer(s): Ignacio Ferrer\nLocation: Google Meet - https://meet.
 google.com/rfd-kpwe-zqs\n\nPlease accept this invitation to confirm.\n\nThis
  message was sent via SmartRecruiters.
LOCATION:Google Meet
ORGANIZER;CN=TAG Aviation Recruiting:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Ignacio Ferrer;ROLE=REQ-PARTICIPANT:mailto:ignacio.ferrer@tagaviation.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="founder-gmail", uid="7ab2c9d0e1f3g4h5i6j7k8l9m0@google.com",
        iv=1, company="Cierzo Aero Services", role="", stage="hiring_manager",
        who="javi.lasheras.aero@gmail.com",
        trap="founder-free-mail-informal-invite",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250403T190000
DTEND;TZID=Europe/Madrid:20250403T194500
DTSTAMP:20250401T212000Z
ORGANIZER;CN=Javi Lasheras:mailto:javi.lasheras.aero@gmail.com
UID:7ab2c9d0e1f3g4h5i6j7k8l9m0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Javi L
 asheras;X-NUM-GUESTS=0:mailto:javi.lasheras.aero@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ruben.castillo.b1@hotmail.com;X-NUM-GUESTS=0:mailto:ruben.castillo
 .b1@hotmail.com
DESCRIPTION:Buenas Rubén! Como te dije por LinkedIn\, estamos montando Cierz
 o Aero Services (Part-145 pequeño en Cuatro Vientos\, turbohélices y bizjet
 s ligeros) y buscamos al primer B1 de plantilla. Te hago la entrevista yo m
 ismo\, sin formalidades: tu experiencia\, qué te motiva y qué necesitarías
  para venirte a Madrid. Te llamo por Meet.\n\nJavi (fundador)\n\nÚnete con G
 oogle Meet: https://meet.google.com/yzp-fvoq-mcs
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rubén <> Javi (Cierzo Aero)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="factorial-entrevista", uid="factorial-ats-interview-41907-b1@factorialhr.com",
        iv=1, company="Gestair", role="Técnico B1 Mantenimiento de Línea - Aviación Ejecutiva",
        stage="recruiter_screen", who="sandra.pineda@gestair.com",
        trap="factorial-local-ats-video-screen",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//ATS//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:factorial-ats-interview-41907-b1@factorialhr.com
DTSTAMP:20250120T101000Z
DTSTART:20250127T083000Z
DTEND:20250127T090000Z
SUMMARY:Entrevista - Técnico B1 Mantenimiento de Línea - Aviación Ejecutiva
DESCRIPTION:Hola Rubén\,\n\nSandra Pineda (Talento) te ha invitado a una en
 trevista para la vacante Técnico B1 Mantenimiento de Línea - Aviación Ejec
 utiva en Gestair.\n\nVideollamada: https://meet.google.com/bsw-qxtr-ehn\n\n
 Enviado con Factorial
LOCATION:https://meet.google.com/bsw-qxtr-ehn
ORGANIZER;CN=Gestair (Factorial):mailto:no-reply@factorialhr.com
ATTENDEE;CN=Rubén Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;CN=Sandra Pineda;ROLE=REQ-PARTICIPANT:mailto:sandra.pineda@gestair.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="zoom-native-invite", uid="ZOOM88412035671@zoom.us",
        iv=1, company="Privilege Style", role="", stage="",
        who="",
        trap="zoom-native-ics-generic-title",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250207T101522Z
DTSTART:20250214T093000Z
DTEND:20250214T101500Z
SUMMARY:Privilege Style - Entrevista Técnico B1/B2
UID:ZOOM88412035671@zoom.us
TZID:Europe/Madrid
DESCRIPTION:Privilege Style Líneas Aéreas le está invitando a una reunión
  de Zoom programada.\n\nUnirse a la reunión Zoom\nhttps://us06web.zoom.us/j/
 88412035671?pwd=cHJpdmlsZWdl\n\nID de reunión: 884 1203 5671\nCódigo de ac
 ceso: 772614\n\n---\n\nMóvil con un toque\n+34917872001\,\,88412035671#\,\,
 \,\,*772614# España\n\n---\n\nMarcar según su ubicación\n• +34 91 787 2001 E
 spaña\n• +34 93 179 8850 España
LOCATION:https://us06web.zoom.us/j/88412035671?pwd=cHJpdmlsZWdl
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="goto-second-interview", uid="w2f-rrhh-20250430-rcn@world2fly.com",
        iv=1, company="World2Fly", role="Técnico de Mantenimiento B1 A350",
        stage="final", who="cristina.alba@world2fly.com;tomas.reus@world2fly.com",
        trap="goto-meeting-final-spanish",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:w2f-rrhh-20250430-rcn@world2fly.com
DTSTAMP:20250423T150500Z
DTSTART;TZID=Europe/Madrid:20250430T113000
DTEND;TZID=Europe/Madrid:20250430T123000
SUMMARY:2ª entrevista (final) - Técnico de Mantenimiento B1 A350 - World2Fl
 y
ORGANIZER;CN=Cristina Alba:mailto:cristina.alba@world2fly.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ruben.castillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomás Reus:mailto:tomas.reus@world2fly.com
DESCRIPTION:Hola Rubén\,\n\nTe convocamos a la segunda y última entrevista
  con Tomás Reus (Director de Mantenimiento) y conmigo.\n\nÚnete a mi reunión
  desde tu ordenador\, tableta o smartphone.\nhttps://meet.goto.com/7718804
 13\n\nTambién puedes llamar desde tu teléfono.\nEspaña: +34 932 75 2004\nCó
 digo de acceso: 771-880-413\n\nCristina Alba\nPeople & Culture - World2Fly
LOCATION:GoTo Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="dubai-video-interview", uid="EK-ENG-TA-2025-05-20-0911@emirates.com",
        iv=1, company="Emirates", role="Aircraft Maintenance Engineer B1 - Dubai",
        stage="", who="Capt. (Eng.) Rashid Al Marri",
        trap="arabian-standard-time-video-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + DUBAI + r"""BEGIN:VEVENT
ORGANIZER;CN="Engineering Recruitment";SENT-BY="mailto:priya.nair@emirates
 .com":mailto:engineering.recruitment@emirates.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Ruben\,\n\nFurther to your online assessmen
 t\, we are pleased to invite you to a video interview for the position of A
 ircraft Maintenance Engineer B1 - Dubai.\n\nPanel: Capt. (Eng.) Rashid Al M
 arri\, Senior Manager Line Maintenance\, and a member of Engineering Recrui
 tment.\nTime shown is UAE time (GST\, UTC+4).\n\nPlease ensure a stable con
 nection and have your passport and licence available for verification.\n\n
 Regards\,\nPriya Nair\non behalf of Emirates Engineering Recruitment\n
UID:EK-ENG-TA-2025-05-20-0911@emirates.com
SUMMARY;LANGUAGE=en-US:Emirates Engineering - Video Interview - R. Castillo
  Navarro
DTSTART;TZID=Arabian Standard Time:20250520T143000
DTEND;TZID=Arabian Standard Time:20250520T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T061500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
]
