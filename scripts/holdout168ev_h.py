"""Holdout168 events, part H: Worley, Ausenco, Barrick, ENAMI, Kinross, Hatch; selections she sits on at Altoloa."""
# ruff: noqa: E501

from holdout168ev_tz import iv, neg

EVENTS = [
    {
        "kind": "ashby-invite",
        "label": iv("Worley", "Lead Mining Engineer", "technical", "paulina.vera@worley.com;dmcgrath@worley.com",
                    "ashby-utc-technical-two-interviewers"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-01J9Z3M7Q2R8T4W6Y0B1C3D5F7@ashbyhq.com
DTSTAMP:20250826T151033Z
DTSTART:20250905T150000Z
DTEND:20250905T160000Z
SUMMARY:Worley | Lead Mining Engineer | Technical Interview - Camila Rojas Pizarro
DESCRIPTION:Hi Camila\,\n\nYou're scheduled for a Technical Interview for th
 e Lead Mining Engineer role (Santiago\, hybrid).\n\nInterviewers:\n• Paulina
  Vera – Mining Discipline Lead\n• Declan McGrath – Principal Mining Engine
 er (joining from Brisbane)\n\nJoin Microsoft Teams: https://teams.microsoft.
 com/l/meetup-join/19%3ameeting_ZjA0Y2Ix\n\nNeed to reschedule? Use the link
  in your confirmation email.
LOCATION:Microsoft Teams
ORGANIZER;CN=Worley Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Paulina Vera;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:paulina.vera@worley.com
ATTENDEE;CN=Declan McGrath;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dmcgrath@worley.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-invite",
        "label": iv("Ausenco", "Senior Mining Engineer - Studies", "hiring_manager", "ryan.obrien@ausenco.com",
                    "zoom-vancouver-zone-consultancy"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:America/Vancouver@
BEGIN:VEVENT
DTSTAMP:20251110T223511Z
DTSTART;TZID=America/Vancouver:20251117T060000
DTEND;TZID=America/Vancouver:20251117T064500
SUMMARY:Ausenco - Senior Mining Engineer (Studies) - Camila Rojas
UID:ZOOM81930027564
TZID:America/Vancouver
DESCRIPTION:Ryan O'Brien is inviting you to a scheduled Zoom meeting.\n\nHi
  Camila - early start on my side so it suits your afternoon. I lead the Mi
 ning Studies group (PEA/PFS/FS work for Andean copper clients). Keen to he
 ar about your planning experience and interest in moving into consulting.\n
 \nJoin Zoom Meeting\nhttps://ausenco.zoom.us/j/81930027564?pwd=QXVzZW5j\n\nM
 eeting ID: 819 3002 7564\nPasscode: 306118
ORGANIZER;CN=Ryan O'Brien:mailto:ryan.obrien@ausenco.com
ATTENDEE;CN=camila.rojas.minera@gmail.com;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
LOCATION:https://ausenco.zoom.us/j/81930027564?pwd=QXVzZW5j
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-invite",
        "label": iv("Barrick", "Superintendente de Planeamiento Mina - Veladero", "hiring_manager",
                    "mgallardo@barrick.com", "argentine-spanish-buenos-aires-zone"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:America/Argentina/Buenos_Aires@
BEGIN:VEVENT
DTSTAMP:20251024T180501Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20251031T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20251031T120000
SUMMARY:Veladero - Supte. Planeamiento Mina - charla con Camila Rojas
UID:ZOOM85511209437
TZID:America/Argentina/Buenos_Aires
DESCRIPTION:Martín Gallardo te está invitando a una reunión de Zoom program
 ada.\n\nHola Camila\, ¿cómo andás? Como te comentó Lucila de RRHH\, querem
 os avanzar con vos para la posición de Superintendente de Planeamiento Mi
 na en Veladero (San Juan\, roster 14x14). Soy el Gerente de Mina\; charlam
 os una hora.\n\nUnirse a la reunión Zoom\nhttps://barrick.zoom.us/j/855112
 09437\n\nID de reunión: 855 1120 9437\nCódigo de acceso: 902311
ORGANIZER;CN=Martín Gallardo:mailto:mgallardo@barrick.com
ATTENDEE;CN=camila.rojas.minera@gmail.com;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
LOCATION:https://barrick.zoom.us/j/85511209437
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "public-service",
        "label": iv("ENAMI", "Jefe(a) Departamento Planificación Minera", "final", "Gloria Rivas;Héctor Maturana",
                    "public-sector-valoracion-global-committee"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Servicio Civil//Empleos Publicos//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:EP-ENAMI-2025-00418-VG-113
DTSTAMP:20251114T190000Z
DTSTART:20251124T133000Z
DTEND:20251124T141500Z
SUMMARY:Citación Entrevista de Valoración Global - Concurso ENAMI N° 418-2025
DESCRIPTION:Estimada postulante CAMILA ROJAS PIZARRO:\n\nEn el marco del pr
 oceso de selección para proveer el cargo de Jefe(a) Departamento Planifica
 ción Minera de la Empresa Nacional de Minería\, se le cita a la etapa de En
 trevista de Valoración Global ante el Comité de Selección integrado por Sr
 a. Gloria Rivas (Gerenta de Personas) y Sr. Héctor Maturana (Gerente de Mi
 nería).\nLugar: Mac-Iver 459\, piso 6\, Santiago\, o por videoconferencia
  previa solicitud.\n\nSaludos cordiales\,\nComité de Selección ENAMI
LOCATION:ENAMI Casa Matriz\, Mac-Iver 459 piso 6\, Santiago
ORGANIZER;CN=Empleos Públicos:mailto:no-responder@empleospublicos.cl
ATTENDEE;CN=CAMILA ROJAS PIZARRO;RSVP=FALSE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "desktop-entry",
        "label": iv("Kinross", "Jefe Planificación La Coipa", "recruiter_screen", "Andrea Pino",
                    "typed-floating-phone-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250818T002144Z
DESCRIPTION:Me llama Andrea Pino (RRHH Kinross) al cel. Primer filtro. Carg
 o: Jefe Planificación La Coipa (Copiapó\, 7x7). Tener a mano pretensión re
 nta líquida.\n
DTEND:20250820T103000
DTSTAMP:20250818T002144Z
DTSTART:20250820T100000
LAST-MODIFIED:20250818T002144Z
LOCATION:cel
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-cl:Kinross - llamada Andrea P.
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F7B9D1A3C54CDC0100000000000000001000000061A3C5E7B9D14A4FB2C4E6A8D0F2B4E1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gotomeeting-invite",
        "label": iv("Hatch", "Senior Mine Planning Engineer", "technical", "priyanka.shah@hatch.com",
                    "outlook-eastern-zone-gotomeeting"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Eastern Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Shah, Priyanka":mailto:Priyanka.Shah@hatch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
DESCRIPTION;LANGUAGE=en-CA:Hi Camila\,\n\nThanks for making time. In this c
 onversation I'll go through a short technical exercise (haulage fleet sizi
 ng and a phase sequencing question) for the Senior Mine Planning Engineer
  role in our Mining & Mineral Processing group.\n\nPriyanka Shah\, P.Eng.\n
 Mining Lead – Hatch\n\nPlease join my meeting from your computer\, tablet o
 r smartphone.\nhttps://meet.goto.com/412398077\n\nYou can also dial in usin
 g your phone.\nCanada: +1 (647) 497-9391\nAccess Code: 412-398-077\n
UID:040000008200E00074C5B7101A82E008000000001B3D5F7A9C1EDC01000000000000000010000000E5A7C9B1D3F54A4DB8C0E2A4B6D8F0A4
SUMMARY;LANGUAGE=en-CA:Hatch - Sr Mine Planning Engineer - technical discussion (C. Rojas)
DTSTART;TZID=Eastern Standard Time:20251119T090000
DTEND;TZID=Eastern Standard Time:20251119T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T150244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:GoTo Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-shadowed-by-new-hr-analyst", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Saavedra, Pamela":mailto:psaavedra@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Henríquez, Paula":mailto:phenriquez@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Camila\, Paula (analista de selección recién inco
 rporada) te acompañará como observadora en las entrevistas técnicas de los
  despachadores Dispatch de mañana\, para que aprenda cómo las conduces y c
 ómo llenas la pauta. Ella no pregunta\, solo toma notas.\nGracias!\nPamela
UID:040000008200E00074C5B7101A82E008000000002C4E6A8B0D1FDC0100000000000000001000000085A7C9E1B3D54F4EA0C2E4F6B8D0A2C6
SUMMARY;LANGUAGE=es-CL:Acompañamiento Paula H. - entrevistas despachadores
DTSTART;TZID=Pacific SA Standard Time:20251113T083000
DTEND;TZID=Pacific SA Standard Time:20251113T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251111T190511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:FAENA-Campamento-Sala RRHH 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-supervises-trial-shift", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gaete, Luis":mailto:lgaete@minera-altoloa.cl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prevención de Riesgos Turno A":mailto:prevencion.turnoa@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Turno de prueba del postulante a operador de pa
 la Sr. Cristóbal Marín (aprobó simulador). Va con Luis en la PH-12\, banco
  3.340\, solo observación y maniobras con instructor a bordo. Prevención:
  inducción de visita y EPP antes de subir. Yo evalúo al cierre del turno
  con la pauta de desempeño.
UID:040000008200E00074C5B7101A82E008000000004E6A8C0D2F3BDC01000000000000000010000000B9D1F3A5C7E94C4DA4C6E8B0D2F4A6B8
SUMMARY;LANGUAGE=es-CL:Turno prueba C. Marín - PH12 (con Luis)
DTSTART;TZID=Pacific SA Standard Time:20251120T080000
DTEND;TZID=Pacific SA Standard Time:20251120T200000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T213300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Rajo - Pala PH-12
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "eol": "\n",
        "label": neg("user-as-interviewer-typed-notes-on-intern-candidates", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:samsungcal-1731005412270-90317
DTSTAMP:20251105T183012Z
DTSTART:20251105T173000
DTEND:20251105T180000
SUMMARY:practicantes - resolver
DESCRIPTION:Fernanda V. (UA) muy buena\, maneja Deswik y Python. Matías R. d
 udoso\, llegó 15 min tarde y no supo ley de corte. Tomás G. ok. llamar a F
 ernanda antes que Codelco se la lleve. pasar ranking a Pamela
LOCATION:
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "consultant-invite",
        "label": neg("user-as-interviewer-assessment-centre-assessor", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251126T113000Z
DTEND:20251126T200000Z
DTSTAMP:20251118T141508Z
ORGANIZER;CN=Evalúa Consultores:mailto:agenda@evaluaconsultores.cl
UID:6f7g8h9j0k1l2z3x4c5v6b7n8m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=crojas@minera-altoloa.cl;X-NUM-GUESTS=0:mailto:crojas@minera-altoloa.cl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=psaavedra@minera-altoloa.cl;X-NUM-GUESTS=0:mailto:psaavedra@minera-altoloa.cl
CREATED:20251118T141506Z
DESCRIPTION:Assessment Center Programa Graduados Minera Altoloa 2026 - jor
 nada de observadores.\n08:30 calibración de observadores\n09:00-13:00 ejerc
 icios grupales (caso plan de producción\, juego de roles con supervisor)\n
 14:00-16:00 entrevistas individuales\n16:00-17:00 integración de resultado
 s.\nCamila: observadora sala 2 (candidatos 7 al 12). Pauta conductual en la
  carpeta.\nLugar: Hotel Antofagasta\, salón Pacífico.
LAST-MODIFIED:20251118T141507Z
LOCATION:Hotel Antofagasta - Salón Pacífico
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AC Graduados Altoloa 2026 - observadores
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-co-panelist-final-round", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Cortés, Hernán";SENT-BY="mailto:avera@minera-altoloa.cl":mailto:hcortes@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sergio Rivera Díaz:mailto:sergio.rivera.d@yahoo.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="ANF-Oficina Ciudad-Sala Paranal":mailto:sala.paranal@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Estimado Sergio\,\n\nDe parte de Hernán Cortés (G
 erente Mina) lo citamos a la entrevista final para el cargo de Jefe de Tur
 no Mina. Participan Hernán Cortés y Camila Rojas (Jefa de Turno Planificac
 ión). Dirección: Av. Grecia 1740\, piso 4.\n\nAtte.\nAlejandra Vera\nAsiste
 nte Gerencia Mina – Minera Altoloa
UID:040000008200E00074C5B7101A82E008000000006A8C0E2F4B5DDC0100000000000000001000000029C1E3A5B7D94F4EA6C8E0B2D4F6A8C2
SUMMARY;LANGUAGE=es-CL:Entrevista final - Jefe de Turno Mina - S. Rivera
DTSTART;TZID=Pacific SA Standard Time:20251118T100000
DTEND;TZID=Pacific SA Standard Time:20251118T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T123009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:ANF-Oficina Ciudad-Sala Paranal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-invite",
        "label": neg("user-as-interviewer-university-career-centre-slot", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:America/Santiago@
BEGIN:VEVENT
DTSTAMP:20251030T151201Z
DTSTART;TZID=America/Santiago:20251106T120000
DTEND;TZID=America/Santiago:20251106T122500
SUMMARY:Entrevista práctica - Minera Altoloa / Valentina Muñoz (Ing. Minas USACH)
UID:ZOOM83307718265
TZID:America/Santiago
DESCRIPTION:Vinculación con el Medio USACH le está invitando a una reunión
  de Zoom programada.\n\nEmpresa: Minera Altoloa - Entrevistadora: Camila R
 ojas\, Jefa de Turno Planificación\nEstudiante: Valentina Muñoz Araya\, 5°
  año Ing. Civil en Minas\nPráctica: Planificación Mina\, enero-febrero 2026\n
 \nUnirse a la reunión Zoom\nhttps://usach-cl.zoom.us/j/83307718265\nID de r
 eunión: 833 0771 8265
ORGANIZER;CN=Prácticas USACH:mailto:practicas.minas@usach.cl
ATTENDEE;CN=crojas@minera-altoloa.cl;RSVP=TRUE:mailto:crojas@minera-altoloa.cl
ATTENDEE;CN=valentina.munoz.a@usach.cl;RSVP=TRUE:mailto:valentina.munoz.a@usach.cl
LOCATION:https://usach-cl.zoom.us/j/83307718265
END:VEVENT
END:VCALENDAR
""",
    },
]
