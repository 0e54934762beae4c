"""holdout205 events, part a: the consultora's search for "una empresa líder de consumo masivo" (Arcor)."""

from holdout205ev_tz import GOOGLE_COR, OUTLOOK_ARG

EVENTS = [
    dict(
        kind="llamado-consultora",
        uid="3m8pq0v1c7b2k9s4t6r5u0e1a2@google.com",
        y=0,
        trap="agency-call-unnamed-consumo-masivo-client",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250311T173000
DTEND;TZID=America/Argentina/Cordoba:20250311T180000
DTSTAMP:20250310T141522Z
ORGANIZER;CN=Lucía Bustos:mailto:lbustos@grupomeridiano.com.ar
UID:3m8pq0v1c7b2k9s4t6r5u0e1a2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucía Bustos;X-NUM-GUESTS=0:mailto:lbustos@grupomeridiano.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
CREATED:20250310T141521Z
DESCRIPTION:Hola Martín\, ¿cómo estás?\n\nComo te comenté por LinkedIn\, te
  agendo un llamado breve para contarte de una búsqueda que estamos llevand
 o adelante para una empresa líder de consumo masivo\, con planta industria
 l en el interior de Córdoba.\n\nPosición: Controller de Gestión (reporte a
  Gerencia de Administración y Finanzas).\nPor ahora el cliente pidió confi
 dencialidad\, así que el nombre te lo paso más adelante si avanzamos.\n\nT
 e llamo al celu que figura en tu CV (351 15-5xx-xxx).\n\nSaludos\,\nLucía
  Bustos\nConsultora Sr. de Selección | Grupo Meridiano Consultores\n-::~:~
 ::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-
 \nNo edites esta sección de la descripción.\n\nMás información sobre Meet:
  https://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::-
LAST-MODIFIED:20250310T141521Z
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamado Martín Ferreyra / Lucía Bustos (Grupo Meridiano)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-consultora",
        uid="040000008200E00074C5B7101A82E00800000000B0F4D2A2C091DB01"
            "000000000000000010000000E61A3C7B9D0E5B4AA0C9E5D1C3F2A7B1",
        y=1,
        company="Arcor",
        role="Controller de Gestión",
        stage="recruiter_screen",
        who="lbustos@grupomeridiano.com.ar",
        trap="agency-office-interview-client-named-in-subject",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Bustos, Lucía":mailto:lbustos@grupomeridiano.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
DESCRIPTION;LANGUAGE=es-AR:Martín\, buenas tardes:\n\nGracias por el llam
 ado del martes. Como te anticipé\, avanzamos con la entrevista en nuestra
 s oficinas. Ya puedo contarte que el cliente es Arcor SAIC y que la posic
 ión tiene base en Córdoba Capital con viajes frecuentes a Arroyito.\n\nPo
 r favor traé:\n- CV actualizado impreso\n- Pretensión salarial bruta mens
 ual\n- Disponibilidad para incorporarte\n\nLa entrevista dura aproximadam
 ente una hora.\n\nCordiales saludos\,\n\nLic. Lucía Bustos\nConsultora Sr
 . de Selección\nGrupo Meridiano Consultores\nBv. Chacabuco 1160\, 5° B -
  Córdoba\nTel. (0351) 4xx-2210\n\n
UID:040000008200E00074C5B7101A82E00800000000B0F4D2A2C091DB01000000000000000
 010000000E61A3C7B9D0E5B4AA0C9E5D1C3F2A7B1
SUMMARY;LANGUAGE=es-AR:Entrevista Búsqueda Controller de Gestión (cliente:
  Arcor) - M. Ferreyra
DTSTART;TZID=Argentina Standard Time:20250319T090000
DTEND;TZID=Argentina Standard Time:20250319T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T191045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Grupo Meridiano - Bv. Chacabuco 1160 5° B
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123476011
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="psicotecnico",
        uid="040000008200E00074C5B7101A82E00800000000C2A9E0C4E898DB01"
            "00000000000000001000000088A1F0D4E3B9CA4E8E0F7A5B2D1C6E93",
        y=1,
        company="Arcor",
        role="Controller de Gestión",
        stage="",
        who="gmoyano@grupomeridiano.com.ar",
        trap="psicotecnico-at-agency-for-named-client",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Moyano, Gabriela":mailto:gmoyano@grupomeridiano.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Bustos,
  Lucía":mailto:lbustos@grupomeridiano.com.ar
DESCRIPTION;LANGUAGE=es-AR:Estimado Martín:\n\nTe confirmamos la instancia
  de evaluación psicotécnica correspondiente al proceso Controller de Gesti
 ón - Arcor.\n\nModalidad: presencial\, grupal (tests gráficos y de person
 alidad) + entrevista individual con la psicóloga.\nDuración estimada: 3 h
 oras. Te pedimos puntualidad.\nTraer: DNI\, lápiz negro Nº 2 y goma.\n\nL
 ic. Gabriela Moyano\nPsicóloga Laboral - M.P. 5xx1\nGrupo Meridiano Consu
 ltores\n
UID:040000008200E00074C5B7101A82E00800000000C2A9E0C4E898DB01000000000000000
 01000000088A1F0D4E3B9CA4E8E0F7A5B2D1C6E93
SUMMARY;LANGUAGE=es-AR:Psicotécnico - Ferreyra\, Martín (Arcor - CdG)
DTSTART;TZID=Argentina Standard Time:20250326T083000
DTEND;TZID=Argentina Standard Time:20250326T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T130210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Grupo Meridiano - Sala de evaluaciones (5° piso)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gerencia-finanzas",
        uid="040000008200E00074C5B7101A82E0080000000010B7D3E9A1A5DB01"
            "000000000000000010000000D2E4F6A8B0C2D4E6F8A0B2C4D6E8F0A1",
        y=1,
        company="Arcor",
        role="Controller de Gestión",
        stage="hiring_manager",
        who="fgiraudo@arcor.com",
        trap="outlook-room-resource-entrevista-gerencia-finanzas",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Paez, Romina":mailto:rpaez@arcor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Giraudo,
  Federico":mailto:fgiraudo@arcor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="CBA - Sala 3 (
 8p) - Ed. Corporativo":mailto:cba.sala3@arcor.com
DESCRIPTION;LANGUAGE=es-AR:Martín\, buen día.\n\nTe envío la convocatoria
  para la entrevista con la Gerencia de Finanzas (Federico Giraudo\, Gerent
 e de Finanzas Corporativas) por la posición de Controller de Gestión.\n\n
 Al llegar\, anunciate en recepción de planta baja con tu DNI. Hay estacio
 namiento de visitas.\n\nCualquier inconveniente\, escribime.\n\nSaludos\,
 \nRomina Paez\nTalent Acquisition | Capital Humano\nArcor\n\n
UID:040000008200E00074C5B7101A82E0080000000010B7D3E9A1A5DB01000000000000000
 010000000D2E4F6A8B0C2D4E6F8A0B2C4D6E8F0A1
SUMMARY;LANGUAGE=es-AR:Entrevista Gerencia de Finanzas - Martín Ferreyra
DTSTART;TZID=Argentina Standard Time:20250408T150000
DTEND;TZID=Argentina Standard Time:20250408T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T171455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:CBA - Sala 3 (8p) - Ed. Corporativo
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-LOCATIONS:[{"DisplayName":"CBA - Sala 3 (8p) - Ed. Corporativo"
 \,"LocationAnnotation":""\,"LocationUri":"cba.sala3@arcor.com"\,"LocationSou
 rce":"None"\,"Dimensions":"Room"}]
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="caso-practico",
        uid="040000008200E00074C5B7101A82E00800000000E5C1A7B3F6ABDB01"
            "0000000000000000100000004C7D9E1F3A5B7C9D1E3F5A7B9C1D3E5F",
        y=1,
        company="Arcor",
        role="Controller de Gestión",
        stage="technical",
        who="dsosa@arcor.com",
        trap="teams-caso-practico-excel-screen-share",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Paez, Romina":mailto:rpaez@arcor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sosa, Dan
 iela":mailto:dsosa@arcor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
DESCRIPTION;LANGUAGE=es-AR:Hola Martín\,\n\nComo siguiente paso te propone
 mos resolver un caso práctico en Excel junto a Daniela Sosa (Jefa de Cont
 rol de Gestión). Al inicio de la reunión te compartimos el archivo (P&L p
 or unidad de negocio\, desvíos vs. presupuesto y un flujo de fondos proye
 ctado). Vas a tener 60 minutos para resolverlo compartiendo pantalla y lu
 ego 30 minutos para presentarlo.\n\nNecesitás Excel de escritorio (no la
  versión web).\n\nSaludos\,\nRomina\n\n_____________________________________
 ___________________________________________\nReunión de Microsoft Teams\n
 Unirse desde el equipo\, la aplicación móvil o el dispositivo de la sala\
 nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/me
 etup-join/19%3ameeting_ZTk3NmM5YjUtMDc1NC00OWQ0LWE5ZjMtNjQ4ZWRlMjY2OGJh%4
 0thread.v2/0?context=%7b%22Tid%22%3a%22b0c1%22%7d>\nId. de la reunión: 24
 7 113 908 552\nCódigo de acceso: Yf3uM9\n__________________________________
 ______________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E5C1A7B3F6ABDB01000000000000000
 0100000004C7D9E1F3A5B7C9D1E3F5A7B9C1D3E5F
SUMMARY;LANGUAGE=es-AR:Caso práctico - Proceso Controller de Gestión
DTSTART;TZID=Argentina Standard Time:20250415T100000
DTEND;TZID=Argentina Standard Time:20250415T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T124402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZTk3NmM5YjUtMDc1NC00OWQ0LWE5ZjMtNjQ4ZWRlMjY2OGJh%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onlin
 eMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-cfo",
        uid="040000008200E00074C5B7101A82E00800000000A7E2B5C9D4B3DB01"
            "000000000000000010000000F1E2D3C4B5A697887766554433221100",
        y=1,
        company="Arcor",
        role="Controller de Gestión",
        stage="final",
        who="mbertone@arcor.com",
        trap="sent-by-assistant-final-with-cfo",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Bertone, Mario";SENT-BY="mailto:asist.dafyc@arcor.com":mailt
 o:mbertone@arcor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paez, Rom
 ina":mailto:rpaez@arcor.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="ARR - Sala Dir
 ectorio":mailto:arr.saladirectorio@arcor.com
DESCRIPTION;LANGUAGE=es-AR:Sr. Ferreyra:\n\nPor indicación del Cr. Mario B
 ertone (Director de Administración\, Finanzas y Control - CFO) le confirm
 o la reunión en Arroyito.\nSe coordinó traslado desde Córdoba: la combi s
 ale 7:15 de la puerta del Ed. Corporativo.\n\nAtte.\,\nSilvia Carranza\nA
 sistente de Dirección\n
UID:040000008200E00074C5B7101A82E00800000000A7E2B5C9D4B3DB01000000000000000
 010000000F1E2D3C4B5A697887766554433221100
SUMMARY;LANGUAGE=es-AR:Reunión Cr. Bertone / Cr. Ferreyra
DTSTART;TZID=Argentina Standard Time:20250429T100000
DTEND;TZID=Argentina Standard Time:20250429T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250424T115933Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:ARR - Sala Directorio
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prep-caso",
        uid="B1D7C3A0-55E2-4F0B-9A61-2E8C7D4F1A93",
        y=0,
        trap="own-prep-block-before-case",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250412T230411Z
UID:B1D7C3A0-55E2-4F0B-9A61-2E8C7D4F1A93
DTEND;TZID=America/Argentina/Cordoba:20250414T230000
SUMMARY:preparar caso arcor!!
DTSTART;TZID=America/Argentina/Cordoba:20250414T203000
DTSTAMP:20250412T230419Z
DESCRIPTION:- repasar tablas dinámicas / XLOOKUP / SUMIFS\n- desvíos precio
  vs cantidad vs mix\n- EBITDA\, cap. de trabajo\n- RT 6 ajuste x inflació
 n (seguro preguntan)\n- armar 3 preguntas para Daniela
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recordatorio-gracias",
        uid="7h2fj0b6s1g3k8l4m9n5p0q2r6@google.com",
        y=0,
        trap="thank-you-note-reminder",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:martinferreyra.cpn@gmail.com
X-WR-TIMEZONE:America/Argentina/Cordoba
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250408T190000
DTEND;TZID=America/Argentina/Cordoba:20250408T191500
DTSTAMP:20250408T171010Z
UID:7h2fj0b6s1g3k8l4m9n5p0q2r6@google.com
CREATED:20250408T170955Z
DESCRIPTION:mail a Giraudo (Arcor) agradeciendo la entrevista de hoy + man
 darle el link del informe de costos que le comenté
LAST-MODIFIED:20250408T170955Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mandar mail de agradecimiento
TRANSP:TRANSPARENT
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H10M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
