"""holdout165: the user's own interviews (wind, rail, machine-tool makers in Gipuzkoa, Navarra, Madrid, Zaragoza)."""

import holdout165ev_zones as z

EVENTS = [
    dict(
        kind="factorial-invite",
        uid="factorial-ats-interview-118204@factorialhr.com",
        is_interview=1, company="Laulagun Bearings", role="Ingeniero/a de Producto - Rodamientos Eólicos",
        stage="", interviewers="isarasola@laulagun.com",
        trap="factorial-ats-wind-bearings",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial ATS//ES
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
UID:factorial-ats-interview-118204@factorialhr.com
DTSTAMP:20251016T075100Z
DTSTART;TZID=Europe/Madrid:20251024T090000
DTEND;TZID=Europe/Madrid:20251024T100000
SUMMARY:Entrevista - Ingeniero/a de Producto - Rodamientos Eólicos
DESCRIPTION:Iker\, te esperamos en Laulagun Bearings (Polígono Zubiaurre\, V
 illabona). Entrevistadora: Iratxe Sarasola.\n\nGestionado con Factorial.
LOCATION:Laulagun Bearings\, Villabona
ORGANIZER;CN=Iratxe Sarasola:mailto:isarasola@laulagun.com
ATTENDEE;CN=Iker Etxeberria;RSVP=TRUE:mailto:iker.etxeberria.meca@euskaltel
 .net
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="siemens-teams-english",
        uid="040000008200E00074C5B7101A82E00800000000F042B8C1E047DC01000000000000000010000000B1A2C3D4E5F60718293A4B5C6D7E8F90",
        is_interview=1, company="Siemens Mobility", role="Team Lead Bogie Engineering", stage="hiring_manager",
        interviewers="carlos.moreno@siemens.com",
        trap="english-teams-interview-madrid-plant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Hello Iker\,\n\nThanks for applying to Team Lead Bogie Engineer
 ing (Job ID 458812) in Tres Cantos. I'd like to have a 45-minute interview
  with you. Part of it will be in English as the team works with Krefeld an
 d Graz.\n\nRegards\,\nCarlos Moreno\nHead of Bogie Engineering\, Siemens M
 obility Spain\n\n________________________________________________________
 ________________________\nMicrosoft Teams meeting\nJoin: https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_YmZj\nMeeting ID: 329 551 870 264\nP
 asscode: dD6mX3\n\n
DTEND;TZID="Romance Standard Time":20251112T094500
DTSTAMP:20251105T142918Z
DTSTART;TZID="Romance Standard Time":20251112T090000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Moreno, Carlos (MO ES RS BG)":mailto:carlos.moreno@siemens.co
 m
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Interview Team Lead Bogie Engineering - Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F042B8C1E047DC01000000000000000010000000B1A2C3D4E5F60718293A4B5C6D7E8F90
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-same-town",
        uid="3d8ka1m5q0w2e7r4t6y9u1i3op@google.com",
        is_interview=1, company="CETEST", role="Responsable de Proyectos de Ensayo", stage="",
        interviewers="igor.aldalur@cetest.es",
        trap="test-lab-interview-google-invite",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251202T173000
DTEND;TZID=Europe/Madrid:20251202T183000
DTSTAMP:20251125T101010Z
ORGANIZER;CN=Igor Aldalur:mailto:igor.aldalur@cetest.es
UID:3d8ka1m5q0w2e7r4t6y9u1i3op@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=iker.etxeberria.meca@euskaltel.net;X-NUM-GUESTS=0:mailto:iker.etxe
 berria.meca@euskaltel.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Igor A
 ldalur;X-NUM-GUESTS=0:mailto:igor.aldalur@cetest.es
DESCRIPTION:Iker\, te pongo a las 17:30 para que puedas venir al salir. Ent
 revista para Responsable de Proyectos de Ensayo\, la haremos en el labora
 torio y te enseño los bancos de fatiga. Igor
LOCATION:CETEST\, Lazkaibar s/n\, Beasain
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista CETEST - Iker Etxeberria
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-phone-call",
        uid="2a7f4e9c-b1d3-4c6a-8e5f-0d2b7c9a1e43@iker-android",
        is_interview=1, company="Etxe-Tar", role="", stage="hiring_manager",
        interviewers="Iñaki Larrañaga",
        trap="hand-typed-llamada-jefe-ot",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Android Calendar//EN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:2a7f4e9c-b1d3-4c6a-8e5f-0d2b7c9a1e43@iker-android
DTSTAMP:20251017T152233Z
DTSTART;TZID=Europe/Madrid:20251020T133000
DTEND;TZID=Europe/Madrid:20251020T140000
SUMMARY:llamada Etxe-Tar - Iñaki Larrañaga (jefe OT)
DESCRIPTION:me llama el. entrevista telf. para puesto responsable diseño li
 neas transfer. salir al coche!!
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-webex",
        uid="040000008200E00074C5B7101A82E0080000000020D6E3F8C748DC01000000000000000010000000E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1",
        is_interview=1, company="Ormazabal", role="Jefe/a de Ingeniería Mecánica - Celdas MT", stage="",
        interviewers="abengoetxea@ormazabal.com",
        trap="webex-boilerplate-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Entrevista para la posición Jefe/a de Ingeniería Mecánica - Cel
 das MT (Igorre).\n\n-- No borrar ni cambiar ninguna información de abajo --
 \n\nÚnase a la reunión de Webex\nhttps://velatia.webex.com/velatia/j.php?M
 TID=m4a1c9e2b7f0d3e6a8c5b1d4f7e0a2c9\nNúmero de reunión: 2741 118 9904\nCon
 traseña: Orm25!xQ\n\nUnirse por teléfono\n+34-91-749-9400 España peaje\nCó
 digo de acceso: 274 111 89904\n
DTEND;TZID="Romance Standard Time":20251118T170000
DTSTAMP:20251111T093001Z
DTSTART;TZID="Romance Standard Time":20251118T160000
LOCATION:https://velatia.webex.com/velatia/j.php?MTID=m4a1c9e2b7f0d3e6a8c5b
 1d4f7e0a2c9
ORGANIZER;CN="Bengoetxea, Aritz":mailto:abengoetxea@ormazabal.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista Ormazabal / Iker Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000020D6E3F8C748DC01000000000000000010000000E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-screen",
        uid="2d5f8a0b-bookings-41c7-9e3d-6a8b0c2e4f61",
        is_interview=1, company="Irizar", role="Ingeniero/a Jefe de Chasis", stage="recruiter_screen",
        interviewers="ularrea@irizar.com",
        trap="microsoft-bookings-candidate-booked",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=Iker Etxeberria;RSVP=TRUE:mailto:iker.etxeberria.meca@euskalte
 l.net
ATTENDEE;CN="Larrea, Unai";RSVP=TRUE:mailto:ularrea@irizar.com
DESCRIPTION:Su reserva de Selección Irizar e-mobility está confirmada.\n\nS
 ervicio: Entrevista inicial - Ingeniero/a Jefe de Chasis\nPersonal: Unai L
 arrea\nDuración: 30 minutos\n\nUnirse a la reunión de Microsoft Teams: htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmUx\n\nSi necesita ca
 mbiar o cancelar la cita\, use el enlace de su correo de confirmación.\n\nR
 eservado con Microsoft Bookings
DTEND;TZID="Romance Standard Time":20251127T103000
DTSTAMP:20251121T201500Z
DTSTART;TZID="Romance Standard Time":20251127T100000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN=Selección Irizar e-mobility:mailto:SeleccionIrizaremobility@ir
 izar.onmicrosoft.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista inicial - Ingeniero/a Jefe de Chasis
UID:2d5f8a0b-bookings-41c7-9e3d-6a8b0c2e4f61
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-zaragoza",
        uid="040000008200E00074C5B7101A82E00800000000A0C4E1B2D849DC010000000000000000100000007F6E5D4C3B2A19080706F5E4D3C2B1A0",
        is_interview=1, company="Taim Weser", role="Responsable de Ingeniería Mecánica", stage="hiring_manager",
        interviewers="plafuente@taimweser.com",
        trap="goto-meeting-zaragoza-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Buenos días Iker\, entrevista para Responsable de Ingeniería Me
 cánica (grúas portuarias y componentes eólicos)\, planta de Zaragoza.\n\nT
 AIM WESER - Entrevista\nÚnase a mi reunión desde su ordenador\, tableta o
  smartphone.\nhttps://meet.goto.com/418337205\n\nTambién puede llamar desde
  un teléfono.\nEspaña: +34 932 75 2004\nCódigo de acceso: 418-337-205\n\nPi
 lar Lafuente - Dirección Técnica\n
DTEND;TZID="Romance Standard Time":20251119T130000
DTSTAMP:20251113T081500Z
DTSTART;TZID="Romance Standard Time":20251119T120000
LOCATION:GoTo Meeting
ORGANIZER;CN="Lafuente, Pilar":mailto:plafuente@taimweser.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:TAIM WESER - Entrevista Iker Etxeberria
UID:040000008200E00074C5B7101A82E00800000000A0C4E1B2D849DC010000000000000000100000007F6E5D4C3B2A19080706F5E4D3C2B1A0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="successfactors-english",
        uid="SFINT-schindler-ES-88104-5521-CAND",
        is_interview=1, company="Schindler", role="Engineering Manager Mechanical Components",
        stage="recruiter_screen", interviewers="marina.lopez@schindler.com",
        trap="successfactors-english-zaragoza-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFINT-schindler-ES-88104-5521-CAND
DTSTAMP:20251027T133000Z
DTSTART:20251030T150000Z
DTEND:20251030T153000Z
SUMMARY:Interview Invitation: Engineering Manager Mechanical Components (8
 8104)
DESCRIPTION:Dear Iker Etxeberria\,\n\nWe are pleased to invite you to an i
 nterview for Engineering Manager Mechanical Components (Zaragoza).\nInter
 viewer: Marina López\, HR Business Partner\nMedium: Microsoft Teams\n\nJoi
 n: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODEy\n\nSchindle
 r Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Schindler Talent Acquisition:mailto:noreply-schindler@successf
 actors.eu
ATTENDEE;CN=Marina López;ROLE=REQ-PARTICIPANT:mailto:marina.lopez@schindler
 .com
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etx
 eberria.meca@euskaltel.net
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-technical",
        uid="icims-interview-00493172-4401@mtorres.icims.com",
        is_interview=1, company="MTorres", role="Lead Engineer Máquinas Especiales", stage="technical",
        interviewers="fecharri@mtorres.es",
        trap="icims-technical-navarra",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
""" + z.MADRID + r"""BEGIN:VEVENT
UID:icims-interview-00493172-4401@mtorres.icims.com
DTSTAMP:20251028T090403Z
DTSTART;TZID=Europe/Madrid:20251106T100000
DTEND;TZID=Europe/Madrid:20251106T120000
SUMMARY:MTorres | Entrevista técnica - Lead Engineer Máquinas Especiales
DESCRIPTION:Hola Iker\,\nTe confirmamos la entrevista técnica presencial en
  Torres de Elorz (Navarra) con Fermín Echarri (Dirección de Ingeniería). In
 cluye un ejercicio práctico de diseño de 45 min.\nCarretera Pamplona-Huesc
 a km 9\, 31119 Torres de Elorz.
LOCATION:MTorres\, Torres de Elorz (Navarra)
ORGANIZER;CN=MTorres Recruiting:mailto:recruiting-noreply@icims.com
ATTENDEE;CN=Fermín Echarri;ROLE=REQ-PARTICIPANT:mailto:fecharri@mtorres.es
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etx
 eberria.meca@euskaltel.net
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-invite",
        uid="lever-interview-5e8c1a2b-9d3f-47e6-b0a4-c7d2e9f1a836",
        is_interview=1, company="Haizea Wind", role="Responsable I+D Torres y Cimentaciones", stage="hiring_manager",
        interviewers="asier.uriarte@haizeawind.com",
        trap="lever-interview-with-cto",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-5e8c1a2b-9d3f-47e6-b0a4-c7d2e9f1a836
DTSTAMP:20251111T100000Z
DTSTART:20251117T090000Z
DTEND:20251117T100000Z
SUMMARY:Iker Etxeberria <> Haizea Wind Group - Entrevista con CTO
DESCRIPTION:Puesto: Responsable I+D Torres y Cimentaciones\nEntrevistador:
  Asier Uriarte (CTO)\nLugar: Google Meet - https://meet.google.com/wdr-kfsz
 -vni\n\nScheduled via Lever
LOCATION:https://meet.google.com/wdr-kfsz-vni
ORGANIZER;CN=Haizea Wind Group:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Asier Uriarte;ROLE=REQ-PARTICIPANT:mailto:asier.uriarte@haizeaw
 ind.com
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etx
 eberria.meca@euskaltel.net
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-videollamada",
        uid="7hj2k4l6n8p0r1t3v5x7z9b1dg@google.com",
        is_interview=1, company="ONA Electroerosión", role="Jefe de Proyecto", stage="",
        interviewers="marrizabalaga@onaedm.com",
        trap="vague-title-videollamada-body-says-entrevista",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251203T080000Z
DTEND:20251203T084500Z
DTSTAMP:20251128T130255Z
ORGANIZER;CN=Miren Arrizabalaga:mailto:marrizabalaga@onaedm.com
UID:7hj2k4l6n8p0r1t3v5x7z9b1dg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=iker.etxeberria.meca@euskaltel.net;X-NUM-GUESTS=0:mailto:iker.etxe
 berria.meca@euskaltel.net
DESCRIPTION:Hola Iker\, como te comenté por teléfono\, hacemos la entrevist
 a para Jefe de Proyecto por videollamada y si encaja te invitamos a Duran
 go.\nMiren\n\nÚnete con Google Meet: https://meet.google.com/aro-zmvx-qhe
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ONA - videollamada con Iker Etxeberria
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-dialin",
        uid="040000008200E00074C5B7101A82E00800000000603F1A2B4C4ADC01000000000000000010000000123456789ABCDEF0FEDCBA9876543210",
        is_interview=1, company="Zayer", role="Responsable de Oficina Técnica", stage="recruiter_screen",
        interviewers="lortizdezarate@zayer.com",
        trap="phone-screen-outlook-dial-in",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Iker\, hablamos por teléfono el jueves: primera entrevista del
  proceso de Responsable de Oficina Técnica. Si prefieres\, puedes marcar tú
 : +34 945 29 07 00 ext. 214.\nLuis Ortiz de Zárate - RRHH ZAYER\n
DTEND;TZID="Romance Standard Time":20251106T131500
DTSTAMP:20251103T164002Z
DTSTART;TZID="Romance Standard Time":20251106T130000
LOCATION:Teléfono
ORGANIZER;CN="Ortiz de Zarate, Luis":mailto:lortizdezarate@zayer.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista telefónica ZAYER - I. Etxeberria
UID:040000008200E00074C5B7101A82E00800000000603F1A2B4C4ADC01000000000000000010000000123456789ABCDEF0FEDCBA9876543210
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="allday-typed-onsite",
        uid="B7C9E1F3-2A4D-4F60-8B2C-4E6A8C0E2D14",
        is_interview=1, company="Juaristi", role="", stage="onsite",
        interviewers="",
        trap="all-day-hand-typed-plant-day",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B7C9E1F3-2A4D-4F60-8B2C-4E6A8C0E2D14
DTSTAMP:20251119T211509Z
CREATED:20251119T211500Z
DTSTART;VALUE=DATE:20251126
DTEND;VALUE=DATE:20251127
SUMMARY:Juaristi Azpeitia - jornada en planta (entrevistas + prueba)
DESCRIPTION:vacaciones pedidas. 8:30 en recepcion. entrevistas con gerencia
  e ing.\, comida\, prueba de diseño tarde
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-screen",
        uid="040000008200E00074C5B7101A82E00800000000C03A9F1E244CDC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
        is_interview=1, company="Ikerlan", role="Project Manager I+D - Sistemas Mecatrónicos", stage="recruiter_screen",
        interviewers="netxaniz@ikerlan.es",
        trap="webex-rd-centre-first-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
DESCRIPTION:Kaixo Iker\, primera entrevista para la vacante Project Manager
  I+D - Sistemas Mecatrónicos (ref. IK-25-061).\n\nEntrar a la reunión Webex
 \nhttps://ikerlan.webex.com/meet/netxaniz\nNúmero de reunión: 2560 441 773
 8\n\nNagore Etxaniz - Pertsonak\n
DTEND;TZID="Romance Standard Time":20251022T093000
DTSTAMP:20251017T120101Z
DTSTART;TZID="Romance Standard Time":20251022T090000
LOCATION:https://ikerlan.webex.com/meet/netxaniz
ORGANIZER;CN="Etxaniz, Nagore":mailto:netxaniz@ikerlan.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:IK-25-061 / 1ª entrevista / Etxeberria
UID:040000008200E00074C5B7101A82E00800000000C03A9F1E244CDC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
END:VEVENT
END:VCALENDAR
""",
    ),
]
