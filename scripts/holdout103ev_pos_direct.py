"""holdout103: the user's own interviews sent directly by employees, founders and agencies."""

from __future__ import annotations

from holdout103ev_ics import (
    FREE,
    TZ_BSAS,
    TZ_CHICAGO,
    TZ_CORDOBA,
    TZ_WIN_ARG,
    TZ_WIN_MVD,
    WORK,
    att,
    cal,
    desc,
    ev,
    gid,
    meet,
    org,
    teams,
    webex,
    zoom,
)

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def events() -> list[dict[str, str | int]]:
    out = []

    uid = "040000008200E00074C5B7101A82E008000000007D3E2F1A0B9CDB0100000000000000001000000011AA22BB33CC44DD"
    text = ("Hola Facundo, ¿cómo estás?\n\nTe confirmo la entrevista con Daniela Ramírez, Gerente de Desarrollo "
            "de Producto, para la búsqueda de Ingeniero/a Agrónomo/a - Desarrollo de Producto Soja. Yo coordino "
            "la agenda pero no participo de la reunión. Si te surge algo avisame por acá.\n\nSaludos,\n"
            "Florencia Luque\nRecursos Humanos - Semillas Pampa Alta S.A.\n\n" + teams("es", "YjE0NzJhMzEtOGQ3"))
    out.append(ev("outlook-coordinator-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250604T152000Z",
        "DTSTART;TZID=Argentina Standard Time:20250611T100000",
        "DTEND;TZID=Argentina Standard Time:20250611T110000",
        "SUMMARY:Entrevista - Desarrollo de Producto Soja",
        desc(text),
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hola Facundo\\, ¿cómo estás?</p><p>Te confirmo la "
        "entrevista con Daniela Ramírez.</p></body></html>",
        "LOCATION:Reunión de Microsoft Teams",
        org("fluque@pampaalta.com.ar", "Luque, Florencia"),
        att("dramirez@pampaalta.com.ar", "Ramírez, Daniela"),
        att(FREE, "facu.gimenez.agro@gmail.com"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
    ], OUTLOOK, method="REQUEST", tz=TZ_WIN_ARG),
        1, "Semillas Pampa Alta S.A.", "Ingeniero/a Agrónomo/a - Desarrollo de Producto Soja", "hiring_manager",
        "dramirez@pampaalta.com.ar", "outlook-last-first-coordinator-es"))

    uid = "5pl0a2c9hrm1k7vq3e8n6t4d1s@google.com"
    out.append(ev("rescheduled-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250319T231500Z",
        "DTSTART;TZID=America/Argentina/Cordoba:20250326T160000",
        "DTEND;TZID=America/Argentina/Cordoba:20250326T170000",
        "SUMMARY:Reprogramado: 2da entrevista Jefe de Planta - Acopio Don Ramiro",
        desc("Facundo, la tuve que pasar al miércoles a las 16 porque el lunes entra mucha soja. Nos vemos en la "
             "planta de Oncativo, preguntá por mí en la balanza.\nRamiro Bustos"),
        "LOCATION:Acopio Don Ramiro\\, Ruta Nacional 9 km 627\\, Oncativo",
        org("ramiro.bustos@donramiro.com.ar", "Ramiro Bustos"),
        att("ramiro.bustos@donramiro.com.ar", "Ramiro Bustos", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez"),
        "SEQUENCE:2",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ], GOOGLE, method="REQUEST", extra=["X-WR-TIMEZONE:America/Argentina/Cordoba"], tz=TZ_CORDOBA),
        1, "Acopio Don Ramiro S.A.", "Jefe de Planta", "", "ramiro.bustos@donramiro.com.ar", "rescheduled-es"))

    uid = "7hb2q0k1dxg4c9ta3m6p8r5e0w@google.com"
    out.append(ev("founder-gmail-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250707T140000Z",
        "DTSTART:20250711T150000Z",
        "DTEND:20250711T160000Z",
        "SUMMARY:Entrevista Facundo G. - Responsable técnico comercial Córdoba",
        desc("Facu, buenas. Como hablamos por WhatsApp, armo la entrevista para el puesto de responsable técnico "
             "comercial zona Córdoba de Bioinsumos Tandil. Estamos Martina (socia, a cargo de producción) y yo.\n"
             "Abrazo, Gastón\n\n" + meet("es", "ubx-fhwe-jzn")),
        "LOCATION:https://meet.google.com/ubx-fhwe-jzn",
        org("gaston.etchart@gmail.com", "Gastón Etchart"),
        att("gaston.etchart@gmail.com", "Gastón Etchart", partstat="ACCEPTED"),
        att("martina@bioinsumostandil.com.ar", "Martina Oyhamburu"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], GOOGLE, method="REQUEST"),
        1, "Bioinsumos Tandil", "Responsable técnico comercial Córdoba", "hiring_manager",
        "gaston.etchart@gmail.com;martina@bioinsumostandil.com.ar", "founder-gmail-body-company-es"))

    uid = gid("TAC-2025-0418-FG@talentoagro.com.ar")
    out.append(ev("agency-screen-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250414T130000Z",
        "DTSTART;TZID=America/Argentina/Buenos_Aires:20250418T110000",
        "DTEND;TZID=America/Argentina/Buenos_Aires:20250418T114500",
        "SUMMARY:Entrevista Talento Agro - Representante Técnico Comercial (cliente: Trigo Limpio Genética)",
        desc("Facundo:\nGracias por tu interés. Antes de presentarte al cliente, Trigo Limpio Genética, necesitamos "
             "una primera entrevista con nuestra consultora Paola Vranicich.\n\n" +
             zoom("es", "763 2291 0048", "tLg5Ww8rQ1zS")),
        "LOCATION:Zoom",
        org("pvranicich@talentoagro.com.ar", "Paola Vranicich | Talento Agro Consultores"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Zoom Video Communications//Zoom//EN", method="REQUEST", tz=TZ_BSAS),
        1, "Trigo Limpio Genética", "Representante Técnico Comercial", "recruiter_screen",
        "pvranicich@talentoagro.com.ar", "agency-names-employer-screen-es"))

    uid = gid("TAC-2025-0502-FG-CLIENTE@talentoagro.com.ar")
    out.append(ev("agency-client-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250428T180000Z",
        "DTSTART;TZID=America/Argentina/Buenos_Aires:20250505T093000",
        "DTEND;TZID=America/Argentina/Buenos_Aires:20250505T103000",
        "SUMMARY:Entrevista con el cliente - RTC Zona Norte Córdoba",
        desc("Facundo, te presentamos con Osvaldo Rinaudo, Gerente Comercial de Trigo Limpio Genética. La "
             "entrevista es en sus oficinas de Jesús María (Tucumán 455). Yo no voy a estar presente; después "
             "charlamos.\nPaola - Talento Agro Consultores"),
        "LOCATION:Trigo Limpio Genética - Tucumán 455\\, Jesús María",
        org("pvranicich@talentoagro.com.ar", "Paola Vranicich"),
        att("orinaudo@trigolimpio.com.ar", "Osvaldo Rinaudo"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], OUTLOOK, method="REQUEST", tz=TZ_BSAS),
        1, "Trigo Limpio Genética", "RTC Zona Norte Córdoba", "hiring_manager", "orinaudo@trigolimpio.com.ar",
        "agency-client-body-only-es"))

    uid = gid("huntagro-20250820-molinosceres-0931")
    out.append(ev("agency-work-address-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250815T121000Z",
        "DTSTART;TZID=America/Argentina/Cordoba:20250820T150000",
        "DTEND;TZID=America/Argentina/Cordoba:20250820T160000",
        "SUMMARY:Molinos Ceres S.A. - Entrevista Jefe de Calidad de Materias Primas",
        desc("Estimado Facundo:\nTal como conversamos telefónicamente, le confirmo la entrevista con Molinos Ceres. "
             "Participan el Ing. Raúl Giraudo (Gerente de Planta) y la Lic. Noelia Sarmiento (RRHH). "
             "Quedo a disposición.\n\nMaximiliano Torre\nHuntAgro - Búsquedas ejecutivas para el agro"),
        "LOCATION:Molinos Ceres - Planta Villa María (Av. Sabattini 3800)",
        org("mtorre@huntagro.com", "Maximiliano Torre"),
        att("rgiraudo@molinosceres.com.ar", "Raúl Giraudo"),
        att("nsarmiento@molinosceres.com.ar", "Noelia Sarmiento"),
        att(WORK, "Facundo Giménez"),
        "END:VEVENT",
    ], OUTLOOK, method="REQUEST", tz=TZ_CORDOBA),
        1, "Molinos Ceres S.A.", "Jefe de Calidad de Materias Primas", "",
        "rgiraudo@molinosceres.com.ar;nsarmiento@molinosceres.com.ar", "agency-to-work-address-es"))

    uid = gid("calcom-7Qh2pXbN4kZr9mFd1sVt")
    out.append(ev("calcom-founder-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250520T201000Z",
        "DTSTART:20250523T140000Z",
        "DTEND:20250523T144500Z",
        "SUMMARY:Entrevista Dronar entre Nicolás Albarracín y Facundo Giménez",
        desc("Qué: Entrevista Dronar\nCuándo: viernes 23 de mayo de 2025 11:00 - 11:45 (America/Argentina/"
             "Cordoba)\nQuiénes:\nNicolás Albarracín - Organizador\nnico.albarracin.dron@gmail.com\n"
             "Facundo Giménez\nfacu.gimenez.agro@gmail.com\nDónde: Cal Video\nhttps://app.cal.com/video/"
             "7Qh2pXbN4kZr9mFd1sVt\nNotas adicionales: Puesto de agrónomo para aplicaciones con drones "
             "(pulverización y mapeo)\n\nCancelar o reprogramar: https://cal.com/booking/7Qh2pXbN4kZr9mFd1sVt"),
        "LOCATION:https://app.cal.com/video/7Qh2pXbN4kZr9mFd1sVt",
        org("nico.albarracin.dron@gmail.com", "Nicolás Albarracín"),
        att(FREE, "Facundo Giménez", partstat="ACCEPTED"),
        "END:VEVENT",
    ], "-//Cal.com Inc.//Cal.com Event//EN", method="REQUEST"),
        1, "Dronar", "Agrónomo para aplicaciones con drones", "", "nico.albarracin.dron@gmail.com",
        "calcom-founder-gmail-es"))

    uid = "2vm8r6n0b1c4k9x3zq7e5a1t0y@google.com"
    out.append(ev("google-case-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250825T131500Z",
        "DTSTART;TZID=America/Argentina/Buenos_Aires:20250829T100000",
        "DTEND;TZID=America/Argentina/Buenos_Aires:20250829T113000",
        "SUMMARY:Caso práctico - Analista de Riesgo Agrícola | AgroCred",
        desc("Hola Facundo! Esta es la instancia técnica: te vamos a pasar un legajo de un productor de Río "
             "Cuarto (rindes históricos, arrendamientos, planteo de cultivos) y tenés que armar la "
             "evaluación de riesgo en vivo con Joaquín Zárate (Riesgo) y Belén Ochoa (Agronomía).\n\n"
             + meet("es", "aoc-qrmd-tyk")),
        "LOCATION:https://meet.google.com/aoc-qrmd-tyk",
        org("belen.ochoa@agrocred.com.ar", "Belén Ochoa"),
        att("joaquin.zarate@agrocred.com.ar", "Joaquín Zárate"),
        att("belen.ochoa@agrocred.com.ar", "Belén Ochoa", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], GOOGLE, method="REQUEST", extra=["X-WR-TIMEZONE:America/Argentina/Buenos_Aires"], tz=TZ_BSAS),
        1, "AgroCred", "Analista de Riesgo Agrícola", "technical",
        "joaquin.zarate@agrocred.com.ar;belen.ochoa@agrocred.com.ar", "google-case-es"))

    uid = gid("webex-ganaderanorte-88137-20251003")
    out.append(ev("webex-final-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250929T174500Z",
        "DTSTART;TZID=America/Argentina/Cordoba:20251003T180000",
        "DTEND;TZID=America/Argentina/Cordoba:20251003T190000",
        "SUMMARY:Entrevista final con Directorio",
        desc("Ing. Giménez:\nLo invitamos a la entrevista final para el puesto de Jefe de Agricultura del "
             "establecimiento Las Lomitas (Ganadera del Norte S.A.). Participan el Presidente, Sr. Eduardo "
             "Sáenz Valiente, y el Director Técnico, Ing. Fernando Aráoz.\n\n"
             + webex("es", "ganaderadelnorte", "2317 885 4410")),
        "LOCATION:Webex",
        org("eduardo.saenz@ganaderadelnorte.com", "Eduardo Sáenz Valiente"),
        att("faraoz@ganaderadelnorte.com", "Fernando Aráoz"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Cisco//Webex//EN", method="REQUEST", tz=TZ_CORDOBA),
        1, "Ganadera del Norte S.A.", "Jefe de Agricultura", "final",
        "eduardo.saenz@ganaderadelnorte.com;faraoz@ganaderadelnorte.com", "webex-body-company-es"))

    uid = gid("zoom-83310049125-prosuelo")
    out.append(ev("zoom-ngo-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20251013T120000Z",
        "DTSTART;TZID=America/Argentina/Buenos_Aires:20251016T140000",
        "DTEND;TZID=America/Argentina/Buenos_Aires:20251016T150000",
        "SUMMARY:Entrevista: Coordinador/a de Proyectos de Suelos - Fundación ProSuelo",
        desc("Silvina Acosta le está invitando a una reunión de Zoom programada.\n\n"
             + zoom("es", "833 1004 9125", "Ps0el0Q2vN8x")),
        "LOCATION:https://us02web.zoom.us/j/83310049125",
        org("sacosta@prosuelo.org.ar", "Silvina Acosta"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Zoom Video Communications//Zoom//EN", method="REQUEST", tz=TZ_BSAS),
        1, "Fundación ProSuelo", "Coordinador/a de Proyectos de Suelos", "", "sacosta@prosuelo.org.ar",
        "zoom-ngo-es"))

    uid = "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB0100000000000000001000000099887766554433AA"
    out.append(ev("outlook-domain-only-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250917T140000Z",
        "DTSTART;TZID=Argentina Standard Time:20250923T083000",
        "DTEND;TZID=Argentina Standard Time:20250923T093000",
        "SUMMARY:Entrevista con Gerencia Comercial",
        desc("Facundo, te paso la invitación para la charla por el puesto de Asesor Técnico de Ventas que vimos "
             "la semana pasada. Vamos a estar Mariel (RRHH) y yo.\n\nRicardo Olmedo\nGerente Comercial\n"
             "Campo Verde Insumos S.R.L. | Ruta 158 km 3 | Villa María\n\n" + teams("es", "Y2Q0ZjUxMjctMDhm")),
        "LOCATION:Reunión de Microsoft Teams",
        org("rolmedo@campoverde-insumos.com.ar", "Olmedo, Ricardo"),
        att("mvillalba@campoverde-insumos.com.ar", "Villalba, Mariel"),
        att(FREE, "facu.gimenez.agro@gmail.com"),
        "END:VEVENT",
    ], OUTLOOK, method="REQUEST", tz=TZ_WIN_ARG),
        1, "Campo Verde Insumos", "Asesor Técnico de Ventas", "hiring_manager",
        "rolmedo@campoverde-insumos.com.ar;mvillalba@campoverde-insumos.com.ar", "outlook-signature-company-es"))

    uid = "040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DB01000000000000000010000000AB12CD34EF56AB78"
    out.append(ev("outlook-uy-room-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20251020T150000Z",
        "DTSTART;TZID=Montevideo Standard Time:20251028T100000",
        "DTEND;TZID=Montevideo Standard Time:20251028T123000",
        "SUMMARY:Entrevistas presenciales - Ing. Agr. Facundo Giménez - Gerente de Acopio Paysandú",
        desc("Estimado Facundo:\nLe confirmamos la jornada de entrevistas en nuestra sede de Paysandú.\n"
             "10:00 Cr. Sebastián Iturralde (Gerente General)\n11:00 Ing. Agr. Lucía Bentancor (Gerente de "
             "Operaciones)\n12:00 Recorrida por la planta de silos\n\nSaludos cordiales,\nSofía Rodríguez - "
             "Asistente de Dirección\nBarraca Oriental S.A."),
        "LOCATION:Sala Directorio - Barraca Oriental\\, Paysandú",
        org("srodriguez@barracaoriental.com.uy", "Rodríguez, Sofía"),
        att("siturralde@barracaoriental.com.uy", "Iturralde, Sebastián"),
        att("lbentancor@barracaoriental.com.uy", "Bentancor, Lucía"),
        att(FREE, "Facundo Giménez"),
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Sala Directorio:mailto:saladirectorio@barracaoriental.com.uy",
        "END:VEVENT",
    ], OUTLOOK, method="REQUEST", tz=TZ_WIN_MVD),
        1, "Barraca Oriental S.A.", "Gerente de Acopio Paysandú", "onsite",
        "siturralde@barracaoriental.com.uy;lbentancor@barracaoriental.com.uy", "outlook-montevideo-room-uy"))

    uid = "040000008200E00074C5B7101A82E00800000000B7A6C5D4E3F2DB0100000000000000001000000055AA66BB77CC88DD"
    out.append(ev("outlook-hm-chicago-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250305T150000Z",
        "DTSTART;TZID=America/Chicago:20250312T090000",
        "DTEND;TZID=America/Chicago:20250312T100000",
        "SUMMARY:Facundo Gimenez - interview w/ Regional Origination Manager",
        desc("Hi Facundo - Kelsey passed along your details. Looking forward to talking about the Origination "
             "Agronomist role and our sourcing network in Argentina and Uruguay.\nThanks,\nTravis Lindgren\n"
             "Regional Origination Manager, South America | Northfield Grain Trading\n\n" + teams("en", "MTk5OGE")),
        "LOCATION:Microsoft Teams Meeting",
        org("travis.lindgren@nfgrain.com", "Lindgren, Travis"),
        att(FREE, "facu.gimenez.agro@gmail.com"),
        att("kelsey.brandt@nfgrain.com", "Brandt, Kelsey", role="OPT-PARTICIPANT"),
        "END:VEVENT",
    ], OUTLOOK, method="REQUEST", tz=TZ_CHICAGO),
        1, "Northfield Grain Trading", "Origination Agronomist", "hiring_manager", "travis.lindgren@nfgrain.com",
        "outlook-optional-recruiter-en"))

    uid = "040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DB01000000000000000010000000DEADBEEF00112233"
    out.append(ev("outlook-sentby-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20251103T120000Z",
        "DTSTART:20251107T130000Z",
        "DTEND:20251107T140000Z",
        "SUMMARY:Interview - Regional Agronomist Southern Cone",
        desc("Dear Mr. Giménez,\n\nOn behalf of Jonas Müller, Head of Agronomy LATAM at Tidewell Seeds, I am "
             "pleased to invite you to an interview for the Regional Agronomist Southern Cone position.\n\n"
             "Best regards,\nValentina Costa\nExecutive Assistant\n\n" + teams("en", "NDQ1ZmE")),
        "LOCATION:Microsoft Teams Meeting",
        org("jonas.mueller@tidewellseeds.com", "Müller, Jonas", sent_by="valentina.costa@tidewellseeds.com"),
        att(FREE, "facu.gimenez.agro@gmail.com"),
        "END:VEVENT",
    ], OUTLOOK, method="REQUEST"),
        1, "Tidewell Seeds", "Regional Agronomist Southern Cone", "", "jonas.mueller@tidewellseeds.com",
        "outlook-sentby-assistant-en"))

    uid = "0qe4m7t2hvb9r1x6c3n8k5a2pd@google.com"
    out.append(ev("google-screen-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250127T193000Z",
        "DTSTART:20250130T170000Z",
        "DTEND:20250130T173000Z",
        "SUMMARY:CampoMarket | Primera entrevista - Product Specialist Agro",
        desc("¡Hola Facu! Te agendo la primera charla (30') para conocernos y contarte sobre la búsqueda de "
             "Product Specialist Agro. Soy Agustina, del equipo de Talent.\n\n" + meet("es", "wfy-pkcd-hrg")),
        "LOCATION:https://meet.google.com/wfy-pkcd-hrg",
        org("agustina.lema@campomarket.com.ar", "Agustina Lema"),
        att("agustina.lema@campomarket.com.ar", "Agustina Lema", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], GOOGLE, method="REQUEST", extra=["X-WR-TIMEZONE:America/Argentina/Cordoba"]),
        1, "CampoMarket", "Product Specialist Agro", "recruiter_screen", "agustina.lema@campomarket.com.ar",
        "google-talent-screen-es"))

    uid = "040000008200E00074C5B7101A82E0080000000044D5E6F7A8B9DB01000000000000000010000000CAFE0123BABE4567"
    out.append(ev("outlook-phone-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20251110T140000Z",
        "DTSTART;TZID=Argentina Standard Time:20251113T113000",
        "DTEND;TZID=Argentina Standard Time:20251113T120000",
        "SUMMARY:Llamado telefónico - Inspector/a de Siniestros Agrícolas",
        desc("Facundo: te llamo al celular en este horario para una primera entrevista telefónica por la "
             "posición de Inspector/a de Siniestros Agrícolas (granizo, sequía) para zona centro.\n\n"
             "Lic. Carolina Peralta\nSelección de Personal\nLa Rural Agro Seguros"),
        "LOCATION:Teléfono",
        org("cperalta@laruralagro.com.ar", "Peralta, Carolina"),
        att(FREE, "facu.gimenez.agro@gmail.com"),
        "END:VEVENT",
    ], OUTLOOK, method="REQUEST", tz=TZ_WIN_ARG),
        1, "La Rural Agro Seguros", "Inspector/a de Siniestros Agrícolas", "recruiter_screen",
        "cperalta@laruralagro.com.ar", "outlook-phone-screen-es"))

    return out
