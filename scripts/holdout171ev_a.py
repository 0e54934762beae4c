"""holdout171 events, part a: public universities in Andalucía (the user's own interviews)."""

from holdout171ev_tz import MADRID_APPLE, MADRID_GOOGLE, ROMANCE

EVENTS = [
    dict(
        k="ld-panel",
        uid="040000008200E00074C5B7101A82E00800000000A0F3C1A5E21DDB01000000000000000010000000C7A2B1D9E8F04",
        i=1, co="Universidad de Granada", role="Jefatura de Servicio de Posgrado", st="onsite",
        iv="portega@ugr.es;fjimenezc@ugr.es", trap="outlook-ld-comision-sent-by-room-resource",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Ortega Lozano, Pilar";SENT-BY="mailto:secretaria.gerencia@ugr.es":mailto:portega@ugr.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocionavarro.gil@hotmail.com:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jiménez Cara, Fernando":mailto:fjimenezc
 @ugr.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sala de Juntas - Hospital Real":mailto
 :salajuntas.hospitalreal@ugr.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Sra. Navarro Gil:\n\nEn relación con su
  solicitud para el puesto de Jefatura de Servicio de Posgrado\, convocado p
 or el sistema de libre designación (Resolución de 12 de septiembre de 2024
 \, BOJA n.º 183)\, le convocamos a la entrevista con la Comisión que tendr
 á lugar en la Sala de Juntas del Hospital Real (Avda. del Hospicio s/n\, G
 ranada).\n\nLa entrevista versará sobre la memoria presentada y tendrá una
  duración aproximada de 30 minutos. Rogamos confirme su asistencia.\n\nSec
 retaría de Gerencia\nUniversidad de Granada\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C1A5E21DDB01000000000000000010000000C7A2B1D9E8F04
SUMMARY;LANGUAGE=es-ES:Entrevista LD – Jefatura de Servicio de Posgrado
DTSTART;TZID=Romance Standard Time:20241022T110000
DTEND;TZID=Romance Standard Time:20241022T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241014T081522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de Juntas - Hospital Real
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="phone-note", uid="3D1F7A0C-6B2E-4C55-9E7A-UGR-llamada-vicegerencia",
        i=1, co="Universidad de Granada", role="", st="hiring_manager",
        iv="Pilar Ortega", trap="self-typed-call-vicegerente-before-ld",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20241004T172233Z
UID:3D1F7A0C-6B2E-4C55-9E7A-UGR-llamada-vicegerencia
DTEND;TZID=Europe/Madrid:20241008T093000
TRANSP:OPAQUE
SUMMARY:Llamada Pilar Ortega (vicegerente UGR) - plaza posgrado
DTSTART;TZID=Europe/Madrid:20241008T090000
DTSTAMP:20241004T172300Z
LOCATION:móvil
DESCRIPTION:me llama ella al móvil. quiere hablar antes de la comisión: eq
 uipo 14 personas\, 3 negociados\, doctorado aparte. Preguntar por teletrab
 ajo y si el puesto es nivel 26 o 27
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="oral-tribunal", uid="e4a09f7c1b8d4c2b@rocio-macbook.local",
        i=1, co="Universidad de Málaga", role="Escala de Gestión Universitaria (A2)", st="technical",
        iv="", trap="self-typed-oposicion-lectura-ante-tribunal-floating",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:e4a09f7c1b8d4c2b@rocio-macbook.local
DTSTAMP:20241112T201144Z
DTSTART:20241126T103000
DTEND:20241126T120000
SUMMARY:UMA oposición A2 - lectura 2º ejercicio ante el tribunal
LOCATION:Aulario Gerald Brenan\, Campus de Teatinos\, Málaga
DESCRIPTION:Llamamiento 10:30 (letra V\, voy de las últimas con la N).\nLl
 evar DNI original + copia del ejercicio que dan allí. 15 min lectura + pre
 guntas del tribunal. AVE 7:40 desde Santa Justa
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="pasos-teams", uid="CAD-UPO-2024-11-Concurso-merit-0031@upo.es",
        i=1, co="Universidad Pablo de Olavide", role="Jefatura de Sección de Gestión de Títulos", st="onsite",
        iv="mcdominguez@upo.es;jacarrasco@upo.es", trap="concurso-meritos-defensa-memoria-comision-valoracion",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20241204T090000
DTEND;TZID=Europe/Madrid:20241204T094500
DTSTAMP:20241125T103312Z
ORGANIZER;CN=Área de Recursos Humanos UPO:mailto:concursos.pas@upo.es
UID:CAD-UPO-2024-11-Concurso-merit-0031@upo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocionavarro.gil@hotmail.com;X-NUM-GUESTS=0:mailto:rocionavarro.gi
 l@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=María del Carmen Domínguez;X-NUM-GUESTS=0:mailto:mcdominguez@upo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=José Antonio Carrasco;X-NUM-GUESTS=0:mailto:jacarrasco@upo.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Área de Recursos Humanos UPO;X-NUM-GUESTS=0:mailto:concursos.pas@upo.es
CREATED:20241125T103310Z
DESCRIPTION:Concurso de méritos específicos C.M. 7/2024 – Segunda fase.\n\n
 Se le cita para la exposición y defensa de la memoria ante la Comisión de V
 aloración (exposición máx. 20 min + 15 min de preguntas). Edificio 9 (Rect
 orado)\, Sala Mirador. Preséntese 10 minutos antes con DNI.\n\nPresidenta:
  M.ª del Carmen Domínguez (Gerencia). Vocal: José Antonio Carrasco.
LAST-MODIFIED:20241125T103312Z
LOCATION:Edificio 9 - Rectorado\, Sala Mirador\, Ctra. de Utrera km 1\, Sev
 illa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Concurso C.M. 7/2024 – Defensa de memoria (Rocío Navarro Gil)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="meet-coord", uid="5q8n3k2v0r1tq9l6b7m4c2d8e0@google.com",
        i=1, co="Universidad de Cádiz", role="Coordinación Administrativa del Campus de Jerez", st="",
        iv="inmaculada.sanchez@uca.es;Pepa", trap="google-meet-uca-coordinacion",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20241015T123000
DTEND;TZID=Europe/Madrid:20241015T131500
DTSTAMP:20241009T074501Z
ORGANIZER;CN=Inmaculada Sánchez Rey:mailto:inmaculada.sanchez@uca.es
UID:5q8n3k2v0r1tq9l6b7m4c2d8e0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Inmaculada Sánchez Rey;X-NUM-GUESTS=0:mailto:inmaculada.sanchez@uca.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rocionavarro.gil@hotmail.com;X-NUM-GUESTS=0:mailto:rocionavarro.gi
 l@hotmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qxr-bnvk-tpe
CREATED:20241009T074459Z
DESCRIPTION:Hola Rocío\, como hablamos por correo te mando la convocatoria
  para la entrevista del puesto de Coordinación Administrativa del Campus d
 e Jerez. Estaremos Pepa (Vicerrectorado de Campus) y yo.\n\n-::~:~::~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJ
 oin with Google Meet: https://meet.google.com/qxr-bnvk-tpe\nOr dial: (ES)
  +34 932 90 17 58 PIN: 318 774 902#\n\nLearn more about Meet at: https://su
 pport.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20241009T074501Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Coordinación Adva. Campus Jerez
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="typed-rabanales", uid="A7D2C4F1-0E33-4B1C-8F16-2B9E5D7C0A11",
        i=1, co="Universidad de Córdoba", role="jefa secc investigacion", st="",
        iv="", trap="self-typed-terse-abbrev-entrev",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
""" + MADRID_APPLE + r"""BEGIN:VEVENT
CREATED:20241029T212004Z
UID:A7D2C4F1-0E33-4B1C-8F16-2B9E5D7C0A11
DTEND;TZID=Europe/Madrid:20241107T130000
TRANSP:OPAQUE
SUMMARY:entrev. UCO - jefa secc investigacion
DTSTART;TZID=Europe/Madrid:20241107T120000
DTSTAMP:20241029T212010Z
LOCATION:Rectorado UCO\, Av Medina Azahara 5
DESCRIPTION:pedir día asuntos propios!! aparcar en el parking de la Merced
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="webex-fase", uid="uhu-rrhh-5e7d2c4b9a1f4e3d8c6b0a2f1e9d7c5b",
        i=1, co="Universidad de Huelva", role="Jefe/a de Servicio de Gestión de la Investigación", st="",
        iv="", trap="webex-fase-entrevista-provision-puesto",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex 44.8//EN
VERSION:2.0
METHOD:REQUEST
""" + ROMANCE + r"""BEGIN:VEVENT
UID:uhu-rrhh-5e7d2c4b9a1f4e3d8c6b0a2f1e9d7c5b
SEQUENCE:0
DTSTAMP:20250113T090512Z
ORGANIZER;CN=Servicio de Recursos Humanos - UHU:mailto:seleccion.pas@uhu.es
ATTENDEE;CN=Rocío Navarro Gil;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rocionav
 arro.gil@hotmail.com
SUMMARY:Fase de entrevista - Provisión puesto Jefe/a de Servicio de Gestión
  de la Investigación
DTSTART;TZID=Romance Standard Time:20250121T100000
DTEND;TZID=Romance Standard Time:20250121T104000
LOCATION:https://uhu.webex.com/uhu/j.php?MTID=m3b4f0a9c2d1e8f7a6b5c4d3e2f1a0b
 9c
DESCRIPTION:De conformidad con la base sexta de la convocatoria\, la Comisi
 ón realizará una entrevista a las personas aspirantes que hayan superado l
 a fase de valoración de méritos.\n\nUnirse a la reunión de Webex:\nhttps:/
 /uhu.webex.com/uhu/j.php?MTID=m3b4f0a9c2d1e8f7a6b5c4d3e2f1a0b9c\nNúmero de
  reunión (código de acceso): 2742 119 8830\nContraseña: Uhu2025!\n\nUnirse
  por teléfono\n+34-91-114-6577 España Tarifa\n\nEste mensaje se ha generado
  automáticamente.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="teams-cartuja",
        uid="040000008200E00074C5B7101A82E00800000000D07A26B4F53ADB01000000000000000010000000UNIA77A",
        i=1, co="Universidad Internacional de Andalucía", role="Responsable del Área Académica", st="hiring_manager",
        iv="jm.vazquez@unia.es", trap="outlook-gerente-unia-teams-and-in-person",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vázquez Molina, José Manuel":mailto:jm.vazquez@unia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rocío Navarro":mailto:rocionavarro.gil
 @hotmail.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días\, Rocío:\n\nTe propongo vernos en la
  sede de Sevilla (Monasterio de Santa María de las Cuevas) para comentar e
 l puesto de Responsable del Área Académica y tu candidatura. Dejo también
  enlace de Teams por si te viene mejor.\n\nUn saludo\,\nJosé Manuel Vázquez
 \nGerente\n\n______________________________________________________________
 __________________\nReunión de Microsoft Teams\nÚnase desde el equipo\, la
  aplicación móvil o el dispositivo de la sala\nHaga clic aquí para unirse a
  la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3YzE
 @thread.v2/0?context=%7b%22Tid%22%3a%22unia%22%7d>\nId. de la reunión: 381
  442 906 117\nCódigo de acceso: 7Pq2Ua\n____________________________________
 ____________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D07A26B4F53ADB01000000000000000010000000UNIA77A
SUMMARY;LANGUAGE=es-ES:Rocío Navarro / José Manuel Vázquez
DTSTART;TZID=Romance Standard Time:20250129T130000
DTEND;TZID=Romance Standard Time:20250129T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250122T115140Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Monasterio de la Cartuja - despacho Gerencia / Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3YzE@thread.v2/0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="prueba-competencial", uid="20250205-ujaen-sgp-0042@ujaen.es",
        i=1, co="Universidad de Jaén", role="Jefatura de Servicio de Ordenación Académica", st="technical",
        iv="", trap="prueba-competencial-supuesto-practico-written",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Universidad de Jaen//Sede Electronica Citas 2.1//ES
VERSION:2.0
METHOD:PUBLISH
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
UID:20250205-ujaen-sgp-0042@ujaen.es
DTSTAMP:20250127T130000Z
DTSTART;TZID=Europe/Madrid:20250205T093000
DTEND;TZID=Europe/Madrid:20250205T113000
SUMMARY:Prueba competencial (supuesto práctico) - LD 3/2024 Jefatura de Se
 rvicio de Ordenación Académica
LOCATION:Edificio B1 (Rectorado)\, aula 022\, Campus Las Lagunillas\, Jaén
DESCRIPTION:Convocatoria de la Comisión de Selección. Aspirante: NAVARRO GI
 L\, ROCÍO (***4521**). La prueba consistirá en la resolución por escrito d
 e un supuesto práctico relacionado con las funciones del puesto (duración
  máxima 120 minutos). A continuación la Comisión podrá formular preguntas s
 obre el mismo. No se permite el uso de dispositivos electrónicos.
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="competencias-teams",
        uid="040000008200E00074C5B7101A82E008000000009C1E5F2A4B44DB0100000000000000001000000UAL9",
        i=1, co="Universidad de Almería", role="Jefatura de Servicio de Gestión de Estudiantes", st="",
        iv="lfernandez@ual.es;arosales@ual.es;mrodriguez@ual.es", trap="teams-entrevista-por-competencias-w-names",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Fernández Úbeda, Lourdes":mailto:lfernandez@ual.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocionavarro.gil@hotmail.com:mailto:rocio
 navarro.gil@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rosales Martín, Antonio":mailto:arosales@ual
 .es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rodríguez Soler, Marta":mailto:mrodrigue
 z@ual.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista por competencias - convocatoria de li
 bre designación (Res. 2 de enero de 2025).\nPuesto: Jefatura de Servicio d
 e Gestión de Estudiantes.\n\n____________________________________________
 ____________________________________\nReunión de Microsoft Teams\nÚnase des
 de el equipo o la aplicación móvil\nHaga clic aquí para unirse a la reunió
 n<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA1Mz@thread.v2/
 0>\nId. de la reunión: 352 118 447 902\nCódigo de acceso: Xs8hTb\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000009C1E5F2A4B44DB0100000000000000001000000UAL9
SUMMARY;LANGUAGE=es-ES:Entrevista - LD Jefatura Servicio Gestión de Estudiantes
DTSTART;TZID=Romance Standard Time:20250218T094500
DTEND;TZID=Romance Standard Time:20250218T102500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250210T142233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        k="zoom-uc3m", uid="zoom-83512274409-20241119-uc3m",
        i=1, co="Universidad Carlos III de Madrid", role="Jefe/a de Sección de Postgrado", st="",
        iv="", trap="zoom-invite-entrevista-personal-no-names",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20241112T104415Z
DTSTART;TZID=Europe/Madrid:20241119T163000
DTEND;TZID=Europe/Madrid:20241119T171500
SUMMARY:Proceso de selección Jefe/a de Sección de Postgrado - Entrevista pe
 rsonal
UID:zoom-83512274409-20241119-uc3m
TZID:Europe/Madrid
DESCRIPTION:Servicio de Recursos Humanos y Organización - UC3M le invita a
  una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\nhttps://uc3m.
 zoom.us/j/83512274409?pwd=TGhYbE9xR1dRU0tXZ2l5Q3c0dz09\n\nID de reunión: 8
 35 1227 4409\nCódigo de acceso: 412577\n\n---\n\nMóvil con un toque\n+34843
 685077\,\,83512274409#\,\,\,\,*412577# España\n
LOCATION:https://uc3m.zoom.us/j/83512274409?pwd=TGhYbE9xR1dRU0tXZ2l5Q3c0dz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
]
