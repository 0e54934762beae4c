"""holdout154 events, part G: agribusiness employers (assessment centre, Outlook panels, a headhunter, typed notes)."""

EVENTS = [
    {
        "kind": "assessment-center",
        "is_interview": 1,
        "company": "Agroindustrias del Plata",
        "role": "Abogado/a Corporativo - Trading de Granos",
        "stage": "",
        "interviewers": "",
        "trap": "virtual-assessment-center-group-dynamic-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20250318T090000
DTEND;TZID=America/Argentina/Buenos_Aires:20250318T120000
DTSTAMP:20250311T150015Z
ORGANIZER;CN=Consultora Rumbo Talento:mailto:assessment@rumbotalento.com.a
 r
UID:2a8tkm5v0qd1r7h3jn6cpe9lbu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucasfernandez.abog@yahoo.com.ar;X-NUM-GUESTS=0:mailto:lucasfernan
 dez.abog@yahoo.com.ar
DESCRIPTION:Estimado/a postulante:\n\nLe confirmamos su participación en
  el Assessment Center virtual de Agroindustrias del Plata S.A. para la bú
 squeda de Abogado/a Corporativo - Trading de Granos.\n\nAgenda:\n09:00 Bi
 envenida\n09:15 Dinámica grupal (caso de negociación con un exportador)\n
 10:30 Presentación individual\n11:30 Cuestionario de personalidad online\n
 \nCámara encendida durante toda la actividad.\nhttps://meet.google.com/ac
 p-ruvg-xwe\n\nRumbo Talento - Consultora de RRHH
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Assessment Center - Agroindustrias del Plata
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel-directorio",
        "is_interview": 1,
        "company": "Agroindustrias del Plata",
        "role": "",
        "stage": "final",
        "interviewers": "jmayer@agroplata.com.ar;vrivas@agroplata.com.ar",
        "trap": "outlook-entrevista-final-rosario-visit-windows-zone",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Rivas, Verónica":mailto:vrivas@agroplata.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Fer
 nández:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mayer, Joaquín":mailto
 :jmayer@agroplata.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="ROS - Sala Pa
 raná 2P":mailto:ros.salaparana@agroplata.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucas:\nTe confirmo la entrevista final con Jo
 aquín Mayer (Director de Asuntos Legales) y conmigo en nuestra sede de Ro
 sario (Av. Madres de Plaza 25 de Mayo 3020). Cubrimos el pasaje en bus d
 esde Retiro\, te mando los datos aparte.\nSaludos\,\nVerónica Rivas\nJefa
  de Legales - Comercial\n
UID:040000008200E00074C5B7101A82E00800000000A8E7D6C5B4A3DB01000000000000000
 01000000077665544332211FFEEDDCCBBAA009988
SUMMARY;LANGUAGE=es-AR:Entrevista final - Fernández
DTSTART;TZID=Argentina Standard Time:20250404T110000
DTEND;TZID=Argentina Standard Time:20250404T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T193300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:ROS - Sala Paraná 2P
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoho-recruit",
        "is_interview": 1,
        "company": "Semillas Pergamino",
        "role": "Abogado/a - Propiedad Intelectual y Contratos (Biotecnología)",
        "stage": "",
        "interviewers": "laura.ghio@semillaspergamino.com.ar",
        "trap": "zoho-recruit-spanish-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Recruit//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zr-interview-431900000012288017@zohorecruit.com
DTSTAMP:20250407T113300Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250411T150000
DTEND;TZID=America/Argentina/Buenos_Aires:20250411T160000
SUMMARY:Entrevista: Abogado/a - Propiedad Intelectual y Contratos (Biotec
 nología)
ORGANIZER;CN=Laura Ghio:mailto:laura.ghio@semillaspergamino.com.ar
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.co
 m.ar
DESCRIPTION:Tipo de entrevista: Video Interview\nEntrevistador: Laura Ghi
 o (Responsable de Legales y PI)\nCandidato: Lucas Fernández\nPuesto: Abo
 gado/a - Propiedad Intelectual y Contratos (Biotecnología)\nCliente: Semi
 llas Pergamino S.A.\nLink: https://zoom.us/j/92004551873
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-room",
        "is_interview": 1,
        "company": "Molinos Río Cuarto",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "afrutos@molinosrc.com.ar",
        "trap": "outlook-reunion-subject-only-names-candidate",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Frutos, Alejandro":mailto:afrutos@molinosrc.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucasfern
 andez.abog@yahoo.com.ar:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Selecció
 n MRC":mailto:seleccion@molinosrc.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="BA - Sala Tri
 go":mailto:ba.salatrigo@molinosrc.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucas\, como te adelantó Selección\, te espero
  en nuestras oficinas de Buenos Aires para conversar sobre la vacante en
  el equipo legal. Soy el Gerente Legal del grupo.\nAlejandro\n
UID:040000008200E00074C5B7101A82E00800000000B1A2C3D4E5F6DB01000000000000000
 0100000000A0B0C0D0E0F10111213141516171819
SUMMARY;LANGUAGE=es-AR:Reunión Lucas Fernández
DTSTART;TZID=Argentina Standard Time:20250326T180000
DTEND;TZID=Argentina Standard Time:20250326T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T124512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:BA - Sala Trigo
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-coop",
        "is_interview": 1,
        "company": "Cooperativa Granos del Sur",
        "role": "",
        "stage": "",
        "interviewers": "Cr. Bruno Lanza",
        "trap": "typed-phone-entry-entrev-abbrev-no-attendees",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:samsung-cal-11820-1743452210
DTSTAMP:20250331T201650Z
DTSTART:20250402T143000Z
DTEND:20250402T153000Z
SUMMARY:Entrev Granos del Sur (Cr. Bruno Lanza - ger gral)
DESCRIPTION:x tel\, me llama él. puesto abogado interno coop (Bahía Blanca?
  ver si es remoto)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-body",
        "is_interview": 1,
        "company": "Aceitera San Lorenzo",
        "role": "Gerente de Legales",
        "stage": "recruiter_screen",
        "interviewers": "gsalas@salasasociados.com.ar",
        "trap": "executive-search-names-client-only-in-body",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Argentina/Buenos_Aires
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:7B5C3A91-6E2D-4F08-9C1A-2B3D4E5F6071
DTSTAMP:20250402T172201Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250408T190000
DTEND;TZID=America/Argentina/Buenos_Aires:20250408T194500
SUMMARY:Conversación Lucas Fernández - Salas & Asociados
ORGANIZER;CN=Gonzalo Salas:mailto:gsalas@salasasociados.com.ar
ATTENDEE;CN=lucasfernandez.abog@yahoo.com.ar;RSVP=TRUE:mailto:lucasfernand
 ez.abog@yahoo.com.ar
DESCRIPTION:Lucas\, gracias por la buena predisposición. Te confirmo que
  el cliente es Aceitera San Lorenzo S.A. (crushing y exportación\, planta
  en Timbúes): buscan Gerente de Legales con base en Rosario y 2-3 días en
  planta. En esta entrevista repasamos tu trayectoria y expectativas; si a
 vanzamos\, te presento a la terna del cliente.\n\nGonzalo Salas\nSalas & A
 sociados - Búsqueda de Ejecutivos\nZoom: https://zoom.us/j/97551230018
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruitee-case",
        "is_interview": 1,
        "company": "Surco",
        "role": "Legal & Regulatory Counsel",
        "stage": "technical",
        "interviewers": "tomas.baigorria@surco.ag",
        "trap": "recruitee-take-home-review-call",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Recruitee//Recruitee Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-3987712-surco
DTSTAMP:20250424T143000Z
DTSTART:20250429T160000Z
DTEND:20250429T170000Z
SUMMARY:Surco | Revisión del ejercicio - Legal & Regulatory Counsel
ORGANIZER;CN=Tomás Baigorria:mailto:tomas.baigorria@surco.ag
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
DESCRIPTION:Lucas\, en esta llamada repasamos juntos el ejercicio que ent
 regaste (términos y condiciones del marketplace de insumos + política de
  datos de productores). Tomás (Co-founder & COO).\nMeet: https://meet.goo
 gle.com/src-kqvb-nwe
LOCATION:https://meet.google.com/src-kqvb-nwe
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
