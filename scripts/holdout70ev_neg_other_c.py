"""holdout70 negatives at work and elsewhere: consumer/press/podcast/expert 'interviews', pitches, reviews, classes."""

from __future__ import annotations

from holdout70ev_ics import cal, item, outlook_uid

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
WIN = '"Central Standard Time (Mexico)"'
ME = 'CN="Gutiérrez Salas, Mariana":mailto:mgutierrez@alimentos-valle-azul.com.mx'
RSVP = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"


def _outlook(seed: str, summary: str, start: str, end: str, organizer: str, attendees: list[str], location: str,
             description: str, tz: str = WIN) -> tuple[str, str]:
    uid = outlook_uid(seed)
    atts = "\n".join(f"{RSVP}{a}" for a in attendees)
    body = f"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:{description}
        DTEND;TZID={tz}:{end}
        DTSTAMP:20250301T120000Z
        DTSTART;TZID={tz}:{start}
        LOCATION:{location}
        ORGANIZER;{organizer}
        {atts}
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:{summary}
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """
    return cal(OUTLOOK, body, tzs=("mx_win",)), uid


def events() -> list[dict[str, str]]:
    out = []

    ics, uid = _outlook(
        "h70-idi-yogur", "Entrevistas a profundidad con consumidoras - Yogur Valle Azul (sesión 2)",
        "20250219T180000", "20250219T200000",
        'CN="Insight Lab Research":mailto:proyectos@insightlab.com.mx',
        [ME, 'CN="Méndez, Karla":mailto:karla.mendez@alimentos-valle-azul.com.mx'],
        "Insight Lab - Cámara Gesell\\, Av. Coyoacán 1622\\, Del Valle",
        r"Sesión 2 de entrevistas a profundidad (IDIs) con mamás de 28-40 años NSE C+ sobre hábitos de desayuno y "
        r"el nuevo yogur bebible. 3 entrevistas de 40 min; el equipo de marca observa detrás del espejo. Favor de "
        r"no entrar a la sala de entrevista.\n\nInsight Lab Research")
    out.append(item("consumer-idi-es", ics, uid, False, trap="user-research-consumer-interviews-es"))

    ics, uid = _outlook(
        "h70-prensa-economista", "Entrevista El Economista - lanzamiento Valle Azul Kids",
        "20250227T110000", "20250227T114500",
        'CN="Comunicación Corporativa AVA":mailto:comunicacion@alimentos-valle-azul.com.mx',
        [ME, 'CN=Daniel Pacheco (El Economista):mailto:dpacheco@eleconomista.mx'],
        "Sala de prensa\\, piso 2",
        r"Mariana\, te acompaño en la entrevista con Daniel Pacheco (sección Empresas) sobre el lanzamiento de la "
        r"línea Valle Azul Kids. Mensajes clave y cifras autorizadas en el documento adjunto. No hablar de "
        r"precios ni de participación de mercado.\n\nGisela - Comunicación Corporativa")
    out.append(item("press-interview-es", ics, uid, False, trap="press-interview-es"))

    uid = "riverside-rec-3b91f07c-2d4e-4a58-b6c1-9e0a7f2d5c18@riverside.fm"
    out.append(item("podcast-recording-es", cal("-//Riverside.fm//Riverside Studio//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250306T021144Z
        DTSTART;TZID=America/Mexico_City:20250312T190000
        DTEND;TZID=America/Mexico_City:20250312T200000
        SUMMARY:Grabación Marketeras MX - episodio 47 con Mariana Gutiérrez
        ORGANIZER;CN=Renata Solano:mailto:hola@marketerasmx.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:https://riverside.fm/studio/marketeras-mx?t=9c2f0d
        DESCRIPTION:¡Hola Mariana! Gracias por aceptar la entrevista para el podcast. Platicaremos de cómo lanzar
        | marcas de alimentos para niños sin caer en el etiquetado de advertencia\, y de tu carrera. Usa audífonos
        | con cable y conéctate 10 min antes para probar audio.\n\nRenata · Marketeras MX
        STATUS:CONFIRMED
        END:VEVENT
        """, tzs=("mx",)), uid, False, trap="podcast-interview-es"))

    ics, uid = _outlook(
        "h70-regreso-clases", "Revisión de campaña Regreso a Clases - propuesta creativa y plan de medios",
        "20250320T160000", "20250320T173000",
        ME,
        ['CN="Ibarra, Roberto":mailto:roberto.ibarra@alimentos-valle-azul.com.mx',
         'CN="Méndez, Karla":mailto:karla.mendez@alimentos-valle-azul.com.mx',
         'CN="Sandoval, Julio":mailto:julio.sandoval@alimentos-valle-azul.com.mx'],
        "Sala Agave (piso 4)",
        r"Revisamos la ruta creativa 2 de la agencia\, flowchart de medios jul-ago y el presupuesto de trade. "
        r"Karla trae el análisis de sell-out 2024.")
    out.append(item("internal-campaign-review-es", ics, uid, False, trap="internal-meeting-es"))

    ics, uid = _outlook(
        "h70-one-on-one", "1:1 Mariana / Roberto",
        "20250225T090000", "20250225T093000",
        'CN="Ibarra, Roberto":mailto:roberto.ibarra@alimentos-valle-azul.com.mx', [ME],
        "Oficina Roberto", r"Pendientes: presupuesto Q2\, vacante Jefe de Marca Jr\, agencia digital.")
    out.append(item("internal-one-on-one-es", ics, uid, False, trap="internal-1on1-es"))

    uid = "SF-PM-2024-ANNUAL-REVIEW-mgutierrez@successfactors.com"
    out.append(item("own-appraisal-es", cal("-//SAP SuccessFactors//Performance & Goals//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250203T150000Z
        DTSTART;TZID=America/Mexico_City:20250210T130000
        DTEND;TZID=America/Mexico_City:20250210T140000
        SUMMARY:Conversación de desempeño 2024 - Mariana Gutiérrez Salas
        ORGANIZER;CN=Roberto Ibarra:mailto:roberto.ibarra@alimentos-valle-azul.com.mx
        ATTENDEE;CN=Mariana Gutiérrez Salas;RSVP=TRUE:mailto:mgutierrez@alimentos-valle-azul.com.mx
        LOCATION:Oficina Dirección de Marketing
        DESCRIPTION:Revisión anual de desempeño y objetivos 2025. Antes de la reunión completa tu autoevaluación
        | en Performance & Goals. Calificación final y plan de desarrollo se firman en la sesión.
        STATUS:CONFIRMED
        END:VEVENT
        """, tzs=("mx",)), uid, False, trap="own-appraisal-es"))

    ics, uid = _outlook(
        "h70-entrevista-salida", "Entrevista de salida - Mariana Gutiérrez Salas",
        "20250425T120000", "20250425T124500",
        'CN="Solís, Adriana":mailto:adriana.solis@alimentos-valle-azul.com.mx', [ME],
        "Sala Nopal (piso 4)",
        r"Mariana\, como parte de tu proceso de baja te invito a la entrevista de salida. Es confidencial y nos "
        r"ayuda a mejorar. También revisamos entrega de equipo y finiquito.\n\nAdriana Solís\nTalento Humano")
    out.append(item("own-exit-interview-es", ics, uid, False, trap="own-exit-interview-es"))

    ics, uid = _outlook(
        "h70-pitch-colibri", "Pitch creativo - Agencia Colibrí (campaña Navidad 2025)",
        "20250403T100000", "20250403T113000",
        ME,
        ['CN=Mónica Reyna (Colibrí):mailto:monica@colibriagencia.mx',
         'CN="Méndez, Karla":mailto:karla.mendez@alimentos-valle-azul.com.mx',
         'CN="Compras Marketing":mailto:compras.mkt@alimentos-valle-azul.com.mx'],
        "Sala Agave (piso 4)",
        r"Segunda agencia del concurso. 60 min de presentación + 30 de preguntas. Evaluar con la matriz: idea\, "
        r"ejecución\, equipo propuesto\, honorarios.")
    out.append(item("agency-pitch-es", ics, uid, False, trap="agency-pitch-es"))

    uid = "1ta6c9m0nq3lk8fr2pvd7bsoe4@google.com"
    out.append(item("media-agency-credentials-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250409T110000
        DTEND;TZID=America/Mexico_City:20250409T120000
        DTSTAMP:20250401T170022Z
        ORGANIZER;CN=Esteban Rubio:mailto:esteban.rubio@orbitamedia.mx
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mgutierrez@alimentos-va
        |lle-azul.com.mx;X-NUM-GUESTS=0:mailto:mgutierrez@alimentos-valle-azul.com.mx
        DESCRIPTION:Mariana\, gracias por la oportunidad. Te presentamos nuestras credenciales\, casos en alimento
        |s y el equipo que propondríamos para la cuenta de Valle Azul.\n\nEsteban Rubio · Director de Nuevos Nego
        |cios · Órbita Media\n\n@@MEET_ES:pqa-zmty-wvd|430 771 256@@
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Órbita Media x Valle Azul - presentación de credenciales
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("mx",)), uid, False, trap="agency-credentials-es"))

    uid = "ib-consult-48812-mgs@insightbridge.com"
    out.append(item("expert-call-en", cal("-//Insightbridge//Consultations//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250311T220504Z
        DTSTART:20250314T220000Z
        DTEND:20250314T230000Z
        SUMMARY:Insightbridge Consultation #48812 - Mexican salty snacks market
        ORGANIZER;CN=Insightbridge Scheduling:mailto:scheduling@insightbridge.com
        ATTENDEE;CN=Mariana Gutierrez Salas;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:Dial-in: +1 646 555 0193\, PIN 7731 4420#
        DESCRIPTION:Thank you for agreeing to a 60-minute paid phone consultation with our client (an investment
        | firm). Topics: pricing and promotion dynamics in Mexican salty snacks\, private label growth.\n\nCompli
        |ance reminder: do not share confidential information of your current or former employers.\n\nRate: USD 2
        |50/hour.
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, False, trap="expert-network-call-en"))

    uid = "6vd1q8bk3e0mt9sc4lfh7ruo2n@google.com"
    out.append(item("thesis-interview-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250321T183000
        DTEND;TZID=America/Mexico_City:20250321T191500
        DTSTAMP:20250317T200143Z
        ORGANIZER;CN=Alonso Reséndiz:mailto:alonso.resendiz.t@gmail.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotma
        |il.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        DESCRIPTION:Hola Mariana\, muchas gracias por apoyarme con la entrevista para mi tesis de Maestría en Mer
        |cadotecnia (Universidad Iberoamericana) sobre marcas propias vs. marcas líderes. Son preguntas abiertas\,
        | 45 min\, la grabo solo en audio y es anónima.\n\n@@MEET_ES:ftw-obcs-kuj|521 300 884@@
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista para tesis - marcas propias (Alonso / Mariana)
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("mx",)), uid, False, trap="research-participant-es"))

    uid = "alliance-cours-b2-2025-l14-mgs@alliancefrancaise.org.mx"
    out.append(item("french-class-fr", cal("-//Alliance Française//Planning//FR", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250301T003000Z
        DTSTART;TZID=America/Mexico_City:20250405T100000
        DTEND;TZID=America/Mexico_City:20250405T123000
        SUMMARY:Cours de français B2 - Leçon 14 : l'entretien d'embauche (jeu de rôle)
        LOCATION:Alliance Française de Mexico - Polanco\, salle 6
        DESCRIPTION:Objectifs : se présenter dans un entretien d'embauche\, parler de son parcours et de ses poin
        |ts forts. Jeu de rôle en binômes (recruteur / candidat). Apporter le cahier d'exercices\, pages 88-95.
        STATUS:CONFIRMED
        END:VEVENT
        """, method="PUBLISH", tzs=("mx",)), uid, False, trap="class-roleplay-fr"))

    ics, uid = _outlook(
        "h70-taller-competencias", "Taller: Entrevista por competencias para líderes (módulo 2)",
        "20250305T090000", "20250305T130000",
        'CN="Desarrollo Organizacional AVA":mailto:do@alimentos-valle-azul.com.mx',
        [ME, 'CN="Ibarra, Roberto":mailto:roberto.ibarra@alimentos-valle-azul.com.mx'],
        "Aula de Capacitación\\, planta baja",
        r"Módulo 2: preguntas STAR\, sesgos del entrevistador y cómo calificar evidencias. Práctica con casos "
        r"grabados. Requisito para participar como entrevistador en procesos 2025.")
    out.append(item("interviewing-workshop-es", ics, uid, False, trap="class-interviewing-skills-es"))

    return out
