"""holdout130 negatives at work: field and outbreak interviews, press, TV, radio and podcast interviews,
user research, internal meetings, her own appraisal and exit interview, a reference call as referee."""

from holdout130ev_ics import EXCHANGE, GOOGLE, IOS, OUTLOOK, cal, item

EVENTS = [
    item("field-survey-es", cal(r"""
        UID:040000008200E00074C5B7101A82E0080000000044D5E6F70819DC01000000000000000010000000DEF45678ABCD
        SUMMARY:Salida de campo - entrevistas en hogares encuesta piloto ENSANUT (Cotopaxi)
        DTSTART;TZID=SA Pacific Standard Time:20251117T070000
        DTEND;TZID=SA Pacific Standard Time:20251117T170000
        LOCATION:Latacunga - parroquia Toacaso
        DESCRIPTION:Supervisión de encuestadores y entrevistas a hogares (cuestionario de hogar y de mujeres en
        | edad fértil). Salida 6:00 desde planta central. Llevar tablets y credenciales.
        ORGANIZER;CN="Andrade Villacís, Paula":mailto:paula.andrade@msp.gob.ec
        ATTENDEE;CN="Lema, Cristina":mailto:cristina.lema@msp.gob.ec
        """, EXCHANGE, tz=("sapac",)), 0, trap="field-survey-interviews-es"),

    item("outbreak-contacts-es", cal(r"""
        UID:4f6h8j0l2n4p6r8t0v2x4z6b8d@google.com
        DTSTART;TZID=America/Guayaquil:20251107T080000
        DTEND;TZID=America/Guayaquil:20251107T160000
        SUMMARY:Investigación brote hepatitis A - entrevistas a casos y contactos (Pujilí)
        DESCRIPTION:Aplicar cuestionario de exposición alimentaria a casos y controles. Coordinar con distrito.
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="outbreak-interviews-es"),

    item("key-informants-es", cal(r"""
        UID:6h8j0l2n4p6r8t0v2x4z6b8d0f@google.com
        DTSTART;TZID=America/Guayaquil:20251124T090000
        DTEND;TZID=America/Guayaquil:20251124T120000
        SUMMARY:Entrevistas a informantes clave - evaluación estrategia de vacunación (Esmeraldas)
        DESCRIPTION:Entrevistas semiestructuradas a directores de centros de salud y promotores. Grabadora +
        | consentimientos.
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="key-informant-interviews-es"),

    item("tv-interview-es", cal(r"""
        UID:040000008200E00074C5B7101A82E0080000000055E6F708192ADC01000000000000000010000000EF5678901BCD
        SUMMARY:Entrevista Canal Andino TV - situación dengue (vocera MSP)
        DTSTART;TZID=SA Pacific Standard Time:20251110T063000
        DTEND;TZID=SA Pacific Standard Time:20251110T071500
        LOCATION:Estudios Canal Andino\, Av. Amazonas y Naciones Unidas
        DESCRIPTION:Paula\, queda confirmada tu participación como vocera en el noticiero de la mañana.
        | Mensajes clave en el documento adjunto. Llegar 6:00 para maquillaje.\n\nDirección de Comunicación MSP
        ORGANIZER;CN="Comunicación Social MSP":mailto:comunicacion@msp.gob.ec
        ATTENDEE;CN="Andrade Villacís, Paula":mailto:paula.andrade@msp.gob.ec
        """, EXCHANGE, tz=("sapac",)), 0, trap="tv-interview-es"),

    item("radio-es", cal(r"""
        UID:8j0l2n4p6r8t0v2x4z6b8d0f2h@google.com
        DTSTART;TZID=America/Guayaquil:20251127T073000
        DTEND;TZID=America/Guayaquil:20251127T080000
        SUMMARY:entrevista radio Pichincha Universal - influenza
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="radio-interview-es"),

    item("podcast-en", cal(r"""
        UID:9k1m3o5q7s9u1w3y5a7c9e1g3i@google.com
        DTSTART:20251203T230000Z
        DTEND:20251204T000000Z
        ORGANIZER;CN=Rachel Green - Outbreak Stories:mailto:rachel@outbreakstories.fm
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com
        SUMMARY:Podcast recording: Outbreak Stories - interview with Paula Andrade
        DESCRIPTION:Thanks for agreeing to be interviewed for episode 58 (dengue in the Andes). We'll record on
        | Riverside: https://riverside.fm/studio/outbreak-stories. Headphones please!
        """, GOOGLE), 0, trap="podcast-interview-en"),

    item("press-newspaper-es", cal(r"""
        UID:0l2n4p6r8t0v2x4z6b8d0f2h4j@google.com
        DTSTART;TZID=America/Guayaquil:20251113T150000
        DTEND;TZID=America/Guayaquil:20251113T153000
        ORGANIZER;CN=Daniela Chiriboga:mailto:dchiriboga@diariolalinea.ec
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade@msp.gob.ec
        SUMMARY:Entrevista Diario La Línea - boletín epidemiológico y tosferina
        DESCRIPTION:Entrevista telefónica para la nota del domingo. Autorizada por Comunicación.
        """, GOOGLE, tz=("gye",)), 0, trap="press-interview-es"),

    item("user-research-en", cal(r"""
        UID:ur-session-2025-11-21-paula@datawise.health
        DTSTART:20251121T160000Z
        DTEND:20251121T164500Z
        ORGANIZER;CN=Jonas Meyer (UX Research):mailto:jonas.meyer@datawise.health
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade@msp.gob.ec
        SUMMARY:User interview: surveillance dashboard workflows (DataWise research)
        DESCRIPTION:Hi Paula\, thank you for volunteering for a 45-minute user interview about how your team uses
        | the surveillance dashboards. There are no right or wrong answers. We'll send a $50 thank-you voucher.
        |\n\nZoom: https://datawise.zoom.us/j/7713320099
        """, GOOGLE), 0, trap="user-research-interview-en"),

    item("reu-vigilancia-es", cal(r"""
        UID:040000008200E00074C5B7101A82E0080000000066F708192A3BDC01000000000000000010000000F6789012CDEF
        SUMMARY:reu vigilancia
        DTSTART;TZID=SA Pacific Standard Time:20251103T083000
        DTEND;TZID=SA Pacific Standard Time:20251103T093000
        RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330T133000Z
        LOCATION:Sala DNVE
        ORGANIZER;CN="Castro, Efraín":mailto:efrain.castro@msp.gob.ec
        ATTENDEE;CN="Andrade Villacís, Paula":mailto:paula.andrade@msp.gob.ec
        """, EXCHANGE, tz=("sapac",)), 0, trap="internal-weekly-es"),

    item("boletin-es", cal(r"""
        UID:2n4p6r8t0v2x4z6b8d0f2h4j6l@google.com
        DTSTART;TZID=America/Guayaquil:20251114T140000
        DTEND;TZID=America/Guayaquil:20251114T170000
        SUMMARY:boletín SE 45
        """, GOOGLE, method=None, tz=("gye",)), 0, trap="internal-terse-es"),

    item("capacitacion-es", cal(r"""
        UID:4p6r8t0v2x4z6b8d0f2h4j6l8n@google.com
        DTSTART;VALUE=DATE:20251120
        DTEND;VALUE=DATE:20251122
        SUMMARY:capacitación SIVE-ALERTA zonales
        LOCATION:Ambato
        """, GOOGLE, method=None), 0, trap="training-allday-es"),

    item("appraisal-es", cal(r"""
        UID:040000008200E00074C5B7101A82E0080000000077081A2B3C4DDC0100000000000000001000000001234567ABCD
        SUMMARY:Evaluación del desempeño 2025 - Paula Andrade Villacís
        DTSTART;TZID=SA Pacific Standard Time:20251211T100000
        DTEND;TZID=SA Pacific Standard Time:20251211T110000
        DESCRIPTION:Reunión de evaluación de desempeño anual (formulario EVAL-01) y acuerdos de objetivos 2026.
        ORGANIZER;CN="Castro, Efraín":mailto:efrain.castro@msp.gob.ec
        ATTENDEE;CN="Andrade Villacís, Paula":mailto:paula.andrade@msp.gob.ec
        """, EXCHANGE, tz=("sapac",)), 0, trap="own-appraisal-es"),

    item("exit-interview-es", cal(r"""
        UID:040000008200E00074C5B7101A82E0080000000088192A3B4C5DDC01000000000000000010000000ABCDEF987650
        SUMMARY:Entrevista de salida - Andrade Villacís Paula (UATH)
        DTSTART;TZID=SA Pacific Standard Time:20260115T090000
        DTEND;TZID=SA Pacific Standard Time:20260115T093000
        DESCRIPTION:Estimada servidora: conforme al proceso de desvinculación por renuncia voluntaria\, se agenda la
        | entrevista de salida y la entrega del formulario de paz y salvo.\n\nUnidad de Talento Humano
        ORGANIZER;CN="Tituaña, Rosa":mailto:rosa.tituana@msp.gob.ec
        ATTENDEE;CN="Andrade Villacís, Paula":mailto:paula.andrade@msp.gob.ec
        """, EXCHANGE, tz=("sapac",)), 0, trap="own-exit-interview-es"),

    item("reference-referee-es", cal(r"""
        UID:6r8t0v2x4z6b8d0f2h4j6l8n0p@google.com
        DTSTART;TZID=America/Bogota:20251119T110000
        DTEND;TZID=America/Bogota:20251119T112000
        ORGANIZER;CN=Camila Restrepo:mailto:crestrepo@clinvera.com
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade@msp.gob.ec
        SUMMARY:Llamada de referencia - Daniela Simbaña (candidata Clinvera)
        DESCRIPTION:Dra. Andrade\, Daniela Simbaña la indicó como referencia laboral para nuestro proceso de
        | Asistente de Investigación. Serán 15 minutos sobre su desempeño en la DNVE. Gracias.
        LOCATION:+57 601 742 1188
        """, GOOGLE, tz=("bog",)), 0, trap="reference-call-user-referee-es"),

    item("reference-referee-en", cal(r"""
        UID:040000008200E00074C5B7101A82E0080000000099A2B3C4D5E6DC0100000000000000001000000012AB12AB12AB
        SUMMARY:Reference check - Byron Toapanta
        DTSTART;TZID=Eastern Standard Time:20251201T100000
        DTEND;TZID=Eastern Standard Time:20251201T101500
        DESCRIPTION:Hello Ms. Andrade\, Byron listed you as a professional reference for the Data Analyst role
        | at Open Data for Health. We'd appreciate 15 minutes of your time.\n\nFatima Rahman\, People team
        ORGANIZER;CN="Rahman, Fatima":mailto:fatima.rahman@opendatahealth.org
        ATTENDEE;CN=paula.andrade@msp.gob.ec:mailto:paula.andrade@msp.gob.ec
        """, OUTLOOK, tz=("est",)), 0, trap="reference-call-user-referee-en"),

    item("salida-campo-ios-es", cal(r"""
        UID:C9D8E7F6-A5B4-4C3D-2E1F-0A9B8C7D6E5F
        DTSTART;VALUE=DATE:20251201
        DTEND;VALUE=DATE:20251203
        SUMMARY:salida de campo Sucumbíos - brote leishmaniasis
        """, IOS, method=None), 0, trap="field-allday-es"),

    item("thesis-jury-es", cal(r"""
        UID:8t0v2x4z6b8d0f2h4j6l8n0p2r@google.com
        DTSTART;TZID=America/Guayaquil:20251205T150000
        DTEND;TZID=America/Guayaquil:20251205T170000
        ORGANIZER;CN=Posgrado Salud Pública PUCE:mailto:posgradosp@puce.edu.ec
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com
        SUMMARY:Defensa de tesis - Maestría en Epidemiología (miembro del tribunal)
        DESCRIPTION:Tesis: Factores asociados a la letalidad por dengue grave en la Costa\, 2019-2023.
        """, GOOGLE, tz=("gye",)), 0, trap="thesis-jury-es"),
]
