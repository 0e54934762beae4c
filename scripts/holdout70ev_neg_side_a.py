"""holdout70 negatives: the user on the hiring side at Alimentos Valle Azul (part A)."""

from __future__ import annotations

from holdout70ev_ics import cal, item, outlook_uid

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
WIN = '"Central Standard Time (Mexico)"'
UTCES = '"(UTC-06:00) Guadalajara, Ciudad de México, Monterrey"'


def events() -> list[dict[str, str]]:
    out = []

    uid = outlook_uid("h70-becaria-andrea")
    out.append(item("outlook-user-organizer-becaria", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Hola Andrea\,\n\nGracias por tu interés en el Programa de Becarios de Marketing de Alimentos Va
        |lle Azul. Platicaremos 30 minutos sobre tu experiencia en la universidad\, tus proyectos y tu disponibilida
        |d de horario (6 horas diarias).\n\nSaludos\,\nMariana Gutiérrez Salas\nGerente de Marketing | Alimentos Va
        |lle Azul\n\n@@TEAMS_ES:276 331 908 412|Ra6mTx|NTRhOWIx@@
        DTEND;TZID={WIN}:20250212T123000
        DTSTAMP:20250207T193020Z
        DTSTART;TZID={WIN}:20250212T120000
        LOCATION:Reunión de Microsoft Teams
        ORGANIZER;CN="Gutiérrez Salas, Mariana":mailto:mgutierrez@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=andrea.ruiz.t@gmail.com:mailto:andrea.ruiz
        |.t@gmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Entrevista Becaria de Marketing - Andrea Ruiz Torres
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="user-as-interviewer-becaria-freemail-es"))

    uid = "SF-ISCH-20250214-771035-AVA@successfactors.com"
    out.append(item("successfactors-interviewer-guide", cal("-//SAP SuccessFactors//Interview Scheduling//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250210T170233Z
        DTSTART:20250214T170000Z
        DTEND:20250214T180000Z
        SUMMARY:Entrevista asignada: Coordinador de Trade Marketing - Luis Herrera Ponce (Req. 3317)
        ORGANIZER;CN=Alimentos Valle Azul - Talento Humano:mailto:noreply@successfactors.com
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mgutierrez@alimentos-valle-azul.c
        |om.mx
        ATTENDEE;CN=Luis Herrera Ponce;ROLE=REQ-PARTICIPANT:mailto:luis.herrera.p@outlook.com
        LOCATION:Sala Maguey\, piso 4 - Corporativo Valle Azul
        DESCRIPTION:Estimada Mariana Gutiérrez Salas:\n\nHas sido asignada como entrevistadora para el siguiente c
        |andidato.\n\nCandidato: Luis Herrera Ponce\nVacante: Coordinador de Trade Marketing (Req. 3317)\nEtapa: En
        |trevista con el área\n\nGuía de entrevista: competencias Orientación a resultados\, Negociación y Trabajo e
        |n equipo. Registra tu evaluación en SuccessFactors > Reclutamiento > Centro de entrevistas a más tardar 24
        | h después de la entrevista.\n\nCV del candidato: disponible en el Centro de entrevistas.
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, False, trap="user-as-interviewer-kit-successfactors-es"))

    uid = outlook_uid("h70-scorecard-paola")
    out.append(item("outlook-scorecard-reminder", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PRIVATE
        DESCRIPTION:Subir evaluación de Paola Núñez (Brand Analyst) en SuccessFactors - calificar caso y competenc
        |ias. Talento Humano la pide antes del viernes para el debrief.
        DTEND;TZID={UTCES}:20250219T091500
        DTSTAMP:20250218T234411Z
        DTSTART;TZID={UTCES}:20250219T090000
        LOCATION:
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Llenar scorecard candidata Paola Núñez
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        BEGIN:VALARM
        TRIGGER:-PT15M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        """, method="PUBLISH", tzs=("mx_utc_es",)), uid, False, trap="user-as-interviewer-scorecard-es"))

    uid = outlook_uid("h70-debrief-jefe-marca-jr")
    out.append(item("outlook-debrief", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Revisamos las 3 finalistas para Jefe de Marca Jr (Valle Azul Kids): Carla Montes\, Daniela Vi
        |dal y Mónica Ayala. Traigan sus evaluaciones. Decisión y siguiente paso (referencias/oferta).\n\nAdriana
        DTEND;TZID={WIN}:20250221T130000
        DTSTAMP:20250217T180022Z
        DTSTART;TZID={WIN}:20250221T123000
        LOCATION:Sala Nopal (piso 4)
        ORGANIZER;CN="Solís, Adriana":mailto:adriana.solis@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gutiérrez Salas, Mariana":mailto:mgutierr
        |ez@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ibarra, Roberto":mailto:roberto.ibarra@al
        |imentos-valle-azul.com.mx
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Debrief finalistas Jefe de Marca Jr
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="user-as-interviewer-debrief-es"))

    uid = outlook_uid("h70-panel-ernesto-villa")
    out.append(item("exchange-panel-room", cal(EXCHANGE, rf"""
        BEGIN:VEVENT
        ORGANIZER;CN=Adriana Solís:mailto:adriana.solis@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mariana Gutiérrez Salas:mailto:mgutierrez@
        |alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Roberto Ibarra:mailto:roberto.ibarra@alimen
        |tos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ernesto Villa:mailto:ernesto.villa77@yahoo
        |.com.mx
        ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=CDMX Sala Agave (8):mailto:sala.agave@aliment
        |os-valle-azul.com.mx
        DESCRIPTION;LANGUAGE=es-MX:Panel de entrevista para la vacante Gerente de Trade Marketing.\n\nCandidato: E
        |rnesto Villa (externo)\nPanel: Roberto Ibarra (Dir. Marketing)\, Mariana Gutiérrez (Gte. Marketing)\, Adr
        |iana Solís (Talento Humano)\n\nOrden sugerido: Adriana - trayectoria y motivos de cambio\; Roberto - visió
        |n de negocio\; Mariana - ejecución en punto de venta y manejo de agencias.
        SUMMARY;LANGUAGE=es-MX:Panel de entrevista - Gerente de Trade Marketing | Candidato: Ernesto Villa
        DTSTART:20250225T160000Z
        DTEND:20250225T171500Z
        UID:{uid}
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20250220T224133Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=es-MX:CDMX Sala Agave (8)
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
        END:VEVENT
        """), uid, False, trap="user-as-interviewer-panel-room-es"))

    uid = outlook_uid("h70-shadowing-sebastian")
    out.append(item("outlook-shadowing", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Mariana\, como parte de tu certificación de entrevistadora por competencias\, acompáñame como
        | observadora en esta entrevista. No intervienes\; al final comentamos tu guía de observación.\n\nCandidato:
        | Sebastián Ortiz - Analista de Precios y Promociones\n\nAdriana Solís\nTalento Humano
        DTEND;TZID={WIN}:20250304T110000
        DTSTAMP:20250227T170140Z
        DTSTART;TZID={WIN}:20250304T100000
        LOCATION:Sala Nopal (piso 4)
        ORGANIZER;CN="Solís, Adriana":mailto:adriana.solis@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gutiérrez Salas, Mariana":mailto:mgutierr
        |ez@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.ortiz.r@gmail.com:mailto:sebastia
        |n.ortiz.r@gmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:Shadowing: entrevista por competencias - Analista de Precios (Mariana observa)
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("mx_win",)), uid, False, trap="user-as-interviewer-shadowing-es"))

    uid = "c9e4b1a7-0f2d-4e83-96b5-3d7a18c0e264"
    out.append(item("calendly-user-host-becarios", cal("-//Calendly//Calendly//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250305T041322Z
        DTSTART:20250311T190000Z
        DTEND:20250311T192000Z
        SUMMARY:Entrevista Becarios Verano 2025 entre Mariana Gutiérrez y Diego Ramírez Martínez
        ORGANIZER;CN=Mariana Gutiérrez:mailto:mgutierrez@alimentos-valle-azul.com.mx
        ATTENDEE;CN=Diego Ramírez Martínez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:diego.ramirez.mtz@outlook.com
        ATTENDEE;CN=Mariana Gutiérrez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mgutierrez@alimentos-valle-azul.c
        |om.mx
        LOCATION:Microsoft Teams
        DESCRIPTION:Nombre del evento: Entrevista Becarios Verano 2025\n\nUbicación: Microsoft Teams (se compartirá
        | el enlace por correo)\n\nCarrera y semestre: Mercadotecnia\, 7o semestre - UVM\n\nPor favor comparte algo
        | que ayude a prepararnos: Me interesa el área de marca y ya hice mi servicio social en una agencia.\n\n¿Ne
        |cesitas hacer cambios en este evento?\nCancelar: https://calendly.com/cancellations/c9e4b1a7\nReprogramar:
        | https://calendly.com/reschedulings/c9e4b1a7\n\nCon tecnología de Calendly.com
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, False, trap="user-as-interviewer-calendly-host-es"))

    uid = "AAMkADk0ZjM5LTgxNGUtNDFlMS05ZDRmLTc3YjQwYTc2ZmQ5MgBGAAAAAAD2pQ4=-SelectaCL"
    out.append(item("agency-sends-candidate-to-user", cal("-//Microsoft Corporation//Outlook for Mac 16.93//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        SUMMARY:Entrevista candidata Sofía Lara - Gerente de Trade Marketing (Selecta Talent)
        DTSTART;TZID=America/Mexico_City:20250306T170000
        DTEND;TZID=America/Mexico_City:20250306T180000
        DTSTAMP:20250303T181455Z
        ORGANIZER;CN=Alejandra Pimentel:mailto:apimentel@selectatalent.com.mx
        ATTENDEE;CN=Mariana Gutiérrez Salas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mgutierrez@a
        |limentos-valle-azul.com.mx
        ATTENDEE;CN=Sofía Lara;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sofia.lara.mkt@gmail.com
        LOCATION:Alimentos Valle Azul - Av. Vasco de Quiroga 3000\, Santa Fe
        DESCRIPTION:Mariana\, como lo acordamos te agendo la entrevista con Sofía Lara\, nuestra candidata para tu
        | vacante de Gerente de Trade Marketing. Te adjunté por correo su CV y nuestro reporte de evaluación psicomé
        |trica. Sofía llegará a recepción 10 min antes.\n\nQuedo atenta a tu retroalimentación\,\nAlejandra Pimentel
        |\nSenior Consultant | Consumo & Retail\nSelecta Talent
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
        """, tzs=("mx",)), uid, False, trap="user-as-interviewer-agency-candidate-es"))

    uid = outlook_uid("h70-note-valeria")
    out.append(item("outlook-user-note-becaria", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:CV en drive > Becarios 2025. preguntar disponibilidad jun-ago y Excel
        DTEND;TZID={WIN}:20250314T113000
        DTSTAMP:20250313T011544Z
        DTSTART;TZID={WIN}:20250314T110000
        LOCATION:mi lugar
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-MX:entrevista becaria 11am - Valeria ✔
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, method="PUBLISH", tzs=("mx_win",)), uid, False, trap="user-as-interviewer-note-es"))

    uid = outlook_uid("h70-export-coordinator-jake")
    out.append(item("outlook-hiring-en", cal(OUTLOOK, rf"""
        BEGIN:VEVENT
        CLASS:PUBLIC
        DESCRIPTION:Hi all\,\n\nInterview for the Export Marketing Coordinator opening (Valle Azul Foods USA\, Hou
        |ston). Candidate: Jake Morrison. Mariana will cover brand guidelines and co-marketing with distributors\;
        | Steve will cover sales & retailer programs.\n\nThanks\,\nBrenda Castillo\nHR Generalist - Valle Azul Foods
        | USA\n\n@@TEAMS_EN:284 660 193 517|Ce2yBn|ZGQ2NjEw@@
        DTEND;TZID="Central Standard Time":20250313T150000
        DTSTAMP:20250307T203344Z
        DTSTART;TZID="Central Standard Time":20250313T140000
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN="Castillo, Brenda":mailto:brenda.castillo@valleazulfoods.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gutiérrez Salas, Mariana":mailto:mgutierr
        |ez@alimentos-valle-azul.com.mx
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hollis, Steve":mailto:steve.hollis@valleaz
        |ulfoods.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jake.morrison.mkt@gmail.com:mailto:jake.mo
        |rrison.mkt@gmail.com
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=en-US:Interview: Export Marketing Coordinator - Jake Morrison
        TRANSP:OPAQUE
        UID:{uid}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        END:VEVENT
        """, tzs=("central_win",)), uid, False, trap="user-as-interviewer-en"))

    return out
