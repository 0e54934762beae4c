"""holdout191: Banco Andino day-to-day and public-facing work (raw iCalendar text, written blind)."""

_SAPAC = r"""BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
"""

EVENTS = [
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000070B0C0D0E0F0DA0100000000000000001000000041424344454647AB",
        "interview": 0,
        "trap": "recurring-comite-de-credito-with-override",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Secretaria Comite de Credito":mailto:comite.credito@bancoand
 ino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gomez Restr
 epo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Leal Boter
 o, Augusto":mailto:aleal@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Comité de Crédito Banca Corporativa. Las presen
 taciones deben cargarse en el sitio del comité a más tardar el lunes a la
 s 12:00 m.\n
RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=SU
UID:040000008200E00074C5B7101A82E0080000000070B0C0D0E0F0DA0100000000000000
 001000000041424344454647AB
SUMMARY;LANGUAGE=es-CO:Comité de Crédito BC
DTSTART;TZID=SA Pacific Standard Time:20250107T080000
DTEND;TZID=SA Pacific Standard Time:20250107T100000
DTSTAMP:20241220T143011Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Sala de Juntas P16
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Secretaria Comite de Credito":mailto:comite.credito@bancoand
 ino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gomez Restr
 epo, Valentina":mailto:vgomez@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Por festivo del lunes 24 de marzo el comité de
  esta semana se corre al miércoles. Casos: Textiles Andinos SAS (renovaci
 ón cupo)\, Agroinsumos del Llano (nuevo).\n
RECURRENCE-ID;TZID=SA Pacific Standard Time:20250325T080000
UID:040000008200E00074C5B7101A82E0080000000070B0C0D0E0F0DA0100000000000000
 001000000041424344454647AB
SUMMARY;LANGUAGE=es-CO:Comité de Crédito BC (se corre al miércoles)
DTSTART;TZID=SA Pacific Standard Time:20250326T080000
DTEND;TZID=SA Pacific Standard Time:20250326T100000
DTSTAMP:20250319T120502Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-CO:Sala de Juntas P16
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000C1D1E1F10212DB0100000000000000001000000023334353637383A3",
        "interview": 0,
        "trap": "credit-analysis-management-interview-client",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Mesa Uribe, Felipe":mailto:fmesa@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gloria Es
 guerra (CFO Textiles Andinos):mailto:gesguerra@textilesandinos.com.co
DESCRIPTION;LANGUAGE=es-CO:Entrevista con la gerencia de Textiles Andinos
  para la renovación del cupo: plan de inversiones 2025\, capital de traba
 jo\, concentración de clientes y cumplimiento de covenants. Valentina lle
 va el modelo de proyecciones.\n
UID:040000008200E00074C5B7101A82E00800000000C1D1E1F10212DB0100000000000000
 001000000023334353637383A3
SUMMARY;LANGUAGE=es-CO:Entrevista gerencia – Textiles Andinos SAS (renova
 ción cupo)
DTSTART;TZID=SA Pacific Standard Time:20250318T100000
DTEND;TZID=SA Pacific Standard Time:20250318T113000
DTSTAMP:20250312T160020Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Textiles Andinos – Cl. 13 #68-40\, Zona Industria
 l Montevideo
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000A0A1A2A3A4A5DB01000000000000000010000000B0B1B2B3B4B5B6B7",
        "interview": 0,
        "trap": "client-visit-cali-travel-day",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Leal Botero, Augusto":mailto:aleal@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gomez Restr
 epo, Valentina":mailto:vgomez@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Vuelo AV 9312 6:05 a.m. BOG-CLO. Visita a plant
 a y reunión con tesorería de Cementos del Valle. Regreso AV 9327 7:40 p.m
 .\n
UID:040000008200E00074C5B7101A82E00800000000A0A1A2A3A4A5DB0100000000000000
 0010000000B0B1B2B3B4B5B6B7
SUMMARY;LANGUAGE=es-CO:Visita cliente Cementos del Valle – Cali
DTSTART;TZID=SA Pacific Standard Time:20250220T060000
DTEND;TZID=SA Pacific Standard Time:20250220T200000
DTSTAMP:20250210T200144Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Yumbo\, Valle
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "2p7d0m4k8s1c6q9v3n5b0r2t7h@google.com",
        "interview": 0,
        "trap": "university-conversatorio-careers-panelist",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Bogota
X-LIC-LOCATION:America/Bogota
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
TZNAME:-05
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Bogota:20250410T180000
DTEND;TZID=America/Bogota:20250410T193000
DTSTAMP:20250318T140915Z
ORGANIZER;CN=Egresados Javeriana – Facultad de Ciencias Económicas:mailto
 :egresados.fcea@javeriana.edu.co
UID:2p7d0m4k8s1c6q9v3n5b0r2t7h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Vale
 ntina Gómez Restrepo;X-NUM-GUESTS=0:mailto:valentina.gomezr@outlook.com
DESCRIPTION:Conversatorio "¿Cómo se construye una carrera en finanzas cor
 porativas?"\n\nPanelistas: Valentina Gómez Restrepo (Banco Andino)\, Feli
 pe Cárdenas (Grupo Aval)\, Mónica Lozano (EY Colombia).\nModera: Prof. Jo
 rge Iván Sepúlveda.\n\nFormato: 45 min de conversación\, 30 min de pregun
 tas de estudiantes sobre prácticas\, entrevistas y primeros empleos.\nEdi
 ficio Jaime Hoyos S.J.\, auditorio 2. Transmisión por YouTube.
LOCATION:Pontificia Universidad Javeriana – Ed. Jaime Hoyos\, Aud. 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Conversatorio carreras en finanzas – panelista
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "5q1v7c3m9d0k2s8n4b6r1t3h0e@google.com",
        "interview": 0,
        "trap": "magazine-press-interview-women-in-finance",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250225T190000Z
DTEND:20250225T194500Z
DTSTAMP:20250219T230512Z
ORGANIZER;CN=Natalia Prieto:mailto:nprieto@revistaeconomia.co
UID:5q1v7c3m9d0k2s8n4b6r1t3h0e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=vgom
 ez@bancoandino.com.co;X-NUM-GUESTS=0:mailto:vgomez@bancoandino.com.co
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Comun
 icaciones Banco Andino;X-NUM-GUESTS=0:mailto:comunicaciones@bancoandino.c
 om.co
DESCRIPTION:Entrevista para el especial "30 menores de 35 en el sector fin
 anciero". Conversación de 40 minutos por Meet (grabada para transcripció
 n) y luego coordinamos sesión de fotos. Comunicaciones del banco aprobó la
  participación.\n\nhttps://meet.google.com/cwz-rqta-mup
LOCATION:https://meet.google.com/cwz-rqta-mup
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Revista Economía – Valentina Gómez (Banco Andino)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000001F2E3D4C5B6ADB01000000000000000010000000A7B6C5D4E3F20110",
        "interview": 0,
        "trap": "own-performance-review-with-boss",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Leal Botero, Augusto":mailto:aleal@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Conversación de cierre del ciclo de gestión del
  desempeño 2024: resultados de objetivos\, evaluación de competencias y p
 lan de desarrollo 2025. Por favor completa tu autoevaluación en SuccessFa
 ctors antes de la reunión.\n
UID:040000008200E00074C5B7101A82E008000000001F2E3D4C5B6ADB0100000000000000
 0010000000A7B6C5D4E3F20110
SUMMARY;LANGUAGE=es-CO:Evaluación de desempeño 2024 – Valentina
DTSTART;TZID=SA Pacific Standard Time:20250213T160000
DTEND;TZID=SA Pacific Standard Time:20250213T170000
DTSTAMP:20250205T130101Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Oficina Augusto P15
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB0100000000000000001000000044DD55EE66FF7700",
        "interview": 0,
        "trap": "internal-audit-interview-process-walkthrough",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Castillo Neira, Julian":mailto:jcastillo@bancoandino.com.co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Auditoría Interna – Evaluación del proceso de o
 riginación y seguimiento de crédito corporativo (Plan de Auditoría 2025).
  Entrevista de entendimiento del proceso con el analista responsable. Ten
 er a mano 3 expedientes de crédito aprobados en el último trimestre.\n
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB0100000000000000
 001000000044DD55EE66FF7700
SUMMARY;LANGUAGE=es-CO:AI-2025-07 Entrevista de entendimiento – Originac
 ión crédito corporativo
DTSTART;TZID=SA Pacific Standard Time:20250319T150000
DTEND;TZID=SA Pacific Standard Time:20250319T163000
DTSTAMP:20250313T190101Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000556677889900DB01000000000000000010000000AABBCCDDEEFF0011",
        "interview": 0,
        "trap": "mandatory-aml-training-sarlaft",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _SAPAC + r"""BEGIN:VEVENT
ORGANIZER;CN="Oficial de Cumplimiento":mailto:cumplimiento@bancoandino.com
 .co
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Banca C
 orporativa – Todos":mailto:bancacorporativa@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Capacitación anual obligatoria SARLAFT y prev
 ención de fraude. Al finalizar se habilita la evaluación en la plataforma
  Aprende Andino (nota mínima 80).\n
UID:040000008200E00074C5B7101A82E00800000000556677889900DB0100000000000000
 0010000000AABBCCDDEEFF0011
SUMMARY;LANGUAGE=es-CO:Capacitación SARLAFT 2025 – Banca Corporativa
DTSTART;TZID=SA Pacific Standard Time:20250306T073000
DTEND;TZID=SA Pacific Standard Time:20250306T090000
DTSTAMP:20250226T150001Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Auditorio Torre Andino P2 / Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E008000000008D8E8F909192DB0100000000000000001000000093949596979899AA",
        "interview": 0,
        "trap": "reference-call-user-is-referee",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:SA Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0500
TZOFFSETTO:-0500
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Moreno, Valeria":mailto:valeriamoreno@kpmg.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gomez R
 estrepo, Valentina":mailto:vgomez@bancoandino.com.co
DESCRIPTION;LANGUAGE=es-CO:Buenos días Valentina\,\n\nTomás Herrera nos c
 ompartió su nombre como referencia laboral (fue practicante a su cargo en
  2023). Le agradecemos 15 minutos para hacerle unas preguntas sobre su de
 sempeño. Yo la llamo a su celular.\n\nValeria Moreno\nTalent Acquisition –
  KPMG Colombia
UID:040000008200E008000000008D8E8F909192DB0100000000000000001000000093949
 596979899AA
SUMMARY;LANGUAGE=es-CO:Referencia laboral Tomás Herrera – KPMG
DTSTART;TZID=SA Pacific Standard Time:20250408T120000
DTEND;TZID=SA Pacific Standard Time:20250408T121500
DTSTAMP:20250404T143355Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CO:Llamada telefónica
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom",
        "uid": "ZOOM85530112094@zoom.us",
        "interview": 0,
        "trap": "podcast-recording-career-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250428T020111Z
DTSTART:20250506T233000Z
DTEND:20250507T003000Z
SUMMARY:Grabación podcast Finanzas Sin Corbata – ep. 58 con Valentina Gómez
UID:ZOOM85530112094@zoom.us
DESCRIPTION:Sebastián Uribe te está invitando a una reunión de Zoom progra
 mada.\n\nTema: entrevista para el episodio "De analista a senior: lo que n
 adie te cuenta de la banca corporativa". Duración aprox. 50 min. Graba
 mos audio en Riverside\; Zoom solo para la previa.\n\nEntrar Zoom Reunión
 \nhttps://us02web.zoom.us/j/85530112094?pwd=UmVjb3JkaW5n\n\nID de reunión:
  855 3011 2094\nCódigo de acceso: 580212
LOCATION:https://us02web.zoom.us/j/85530112094?pwd=UmVjb3JkaW5n
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "3C7A1E90-5B2D-4F86-A0C4-9E1D7B3F2A65",
        "interview": 0,
        "trap": "user-mentors-student-not-hiring",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3C7A1E90-5B2D-4F86-A0C4-9E1D7B3F2A65
DTSTAMP:20250220T013300Z
DTSTART;TZID=America/Bogota:20250305T183000
DTEND;TZID=America/Bogota:20250305T191500
SUMMARY:Mentoría Isa (programa mentoras Javeriana)
DESCRIPTION:3a sesión. revisar su hv y practicar preguntas de entrevista p
 ara su práctica en Bancolombia. ella me manda el caso antes
LOCATION:Juan Valdez Cl 73
RRULE:FREQ=MONTHLY;COUNT=5;BYDAY=1WE
END:VEVENT
END:VCALENDAR
""",
    },
]
