"""holdout103: more of the user's own interviews from schedulers and ATS (Calendly, ModernLoop, Bookings ...)."""

from __future__ import annotations

from holdout103ev_ics import (
    FREE,
    TZ_CORDOBA,
    TZ_WIN_ARG,
    att,
    cal,
    desc,
    ev,
    gid,
    meet,
    org,
    teams,
    zoom,
)


def events() -> list[dict[str, str | int]]:
    out = []

    # 15 Calendly booked by the user with a startup founder (host is the interviewer)
    uid = gid("calendly-8e5d2b7f-1c4a-4f9e-a3b0-lotemap")
    out.append(ev("calendly-founder-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250616T221000Z",
        "DTSTART:20250619T180000Z",
        "DTEND:20250619T183000Z",
        "SUMMARY:Entrevista Customer Success Agro entre Ignacio Paz y Facundo Giménez",
        desc("Nombre del evento: Entrevista Customer Success Agro (30 min)\n\nUbicación: Esta es una reunión de "
             "Google Meet. Los enlaces se agregarán al evento.\n\nNecesitás hacer cambios en este evento?\n"
             "Cancelar: https://calendly.com/cancellations/8e5d2b7f\nReprogramar: "
             "https://calendly.com/reschedulings/8e5d2b7f\n\nPreguntas:\nLinkedIn: "
             "linkedin.com/in/facundogimenez-agro\nContanos por qué te interesa Lotemap: Trabajo hace 6 años con "
             "productores y veo el problema del mapeo de ambientes todos los días.\n\nCon tecnología de Calendly"),
        "LOCATION:Google Meet",
        org("ignacio@lotemap.io", "Ignacio Paz"),
        att("ignacio@lotemap.io", "Ignacio Paz", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez", partstat="ACCEPTED"),
        "END:VEVENT",
    ], "-//Calendly//Calendly//EN", method="REQUEST"),
        1, "Lotemap", "Customer Success Agro", "", "ignacio@lotemap.io", "calendly-user-invitee-es"))

    # 16 ModernLoop, EN, technical, coordinator in CC
    uid = gid("ml-2025-07-22-bayfield-1f8e3a")
    body = ("Interview: Technical Interview - Field Development Agronomist\nCompany: Bayfield Biologicals\n"
            "Candidate: Facundo Giménez\n\nInterviewers:\n- Dr. Rachel Okafor, Principal Scientist, Soil "
            "Microbiology\n- Diego Furlan, Field Trials Lead, Southern Cone\n\nRecruiting coordinator: Liam "
            "Becker (liam.becker@bayfieldbio.com)\n\n" + zoom("en", "913 5520 7741", "Ub77LpK0aWc2e") +
            "\n\nScheduled with ModernLoop")
    out.append(ev("modernloop-tech-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250715T160500Z",
        "DTSTART:20250722T150000Z",
        "DTEND:20250722T161500Z",
        "SUMMARY:Bayfield Biologicals | Technical Interview - Field Development Agronomist",
        desc(body),
        "LOCATION:Zoom",
        org("liam.becker@bayfieldbio.com", "Liam Becker"),
        att("rachel.okafor@bayfieldbio.com", "Rachel Okafor"),
        att("diego.furlan@bayfieldbio.com", "Diego Furlan"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//ModernLoop//ModernLoop Scheduling//EN", method="REQUEST"),
        1, "Bayfield Biologicals", "Field Development Agronomist", "technical",
        "rachel.okafor@bayfieldbio.com;diego.furlan@bayfieldbio.com", "modernloop-coordinator-en"))

    # 17 Microsoft Bookings, Spanish
    uid = gid("bookings-4c1d0a7e-2b55-4e38-9f2d-granosdelplata")
    out.append(ev("bookings-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250303T120000Z",
        "DTSTART;TZID=Argentina Standard Time:20250310T110000",
        "DTEND;TZID=Argentina Standard Time:20250310T113000",
        "SUMMARY:Entrevista inicial RRHH - Búsqueda Originador de Granos",
        desc("Facundo Giménez reservó Entrevista inicial RRHH con Granos del Plata S.A.\n\nPersonal: Romina "
             "Scarafía\nServicio: Entrevista inicial RRHH (30 minutos)\n\nEsta es una reunión en línea. "
             + teams("es", "MmE0ZDk1YjEtZGEx") + "\n\nMicrosoft Bookings"),
        "LOCATION:Reunión en línea",
        org("Entrevistas@granosdelplata.com.ar", "Entrevistas Granos del Plata"),
        att("rscarafia@granosdelplata.com.ar", "Romina Scarafía"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", method="REQUEST", tz=TZ_WIN_ARG),
        1, "Granos del Plata S.A.", "Originador de Granos", "recruiter_screen",
        "rscarafia@granosdelplata.com.ar", "bookings-es"))

    # 18 SuccessFactors, Spanish, no clear stage
    uid = gid("sf-iv-8812-0003-aceiteragp")
    out.append(ev("successfactors-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250422T140000Z",
        "DTSTART;TZID=America/Argentina/Cordoba:20250429T090000",
        "DTEND;TZID=America/Argentina/Cordoba:20250429T100000",
        "SUMMARY:Entrevista - Analista de Calidad de Granos (Req 8812) - Aceitera General Paz",
        desc("Estimado/a Facundo Giménez,\n\nLe informamos que ha sido seleccionado/a para una entrevista.\n"
             "Puesto: Analista de Calidad de Granos\nEntrevistador/a: Marcelo Tissera\nLugar: Planta General Paz, "
             "Av. Circunvalación km 4,5, Córdoba (presentarse en portería con DNI)\n\nSAP SuccessFactors "
             "Recruiting"),
        "LOCATION:Planta General Paz\\, Av. Circunvalación km 4\\,5\\, Córdoba",
        org("noreply@successfactors.com", "Aceitera General Paz - Selección"),
        att("mtissera@agpaz.com.ar", "Tissera, Marcelo"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//SAP SuccessFactors//Interview Scheduling//EN", method="REQUEST", tz=TZ_CORDOBA),
        1, "Aceitera General Paz", "Analista de Calidad de Granos", "", "mtissera@agpaz.com.ar",
        "successfactors-escaped-comma-es"))

    # 19 Teamtailor, Spanish, acronym company
    uid = gid("teamtailor-interview-7d0c33a9-afs")
    out.append(ev("teamtailor-es-acronym", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250804T130000Z",
        "DTSTART:20250807T120000Z",
        "DTEND:20250807T130000Z",
        "SUMMARY:Entrevista con AFS - Técnico Comercial Zona Marcos Juárez",
        desc("¡Hola Facundo!\n\nTe invitamos a una entrevista con Gonzalo Mercau (Gerente Sucursal Marcos Juárez) "
             "para el puesto Técnico Comercial Zona Marcos Juárez en Agricultores Federados del Sur.\n\n"
             + meet("es", "tdw-bqkc-rnu") + "\n\nEnviado a través de Teamtailor"),
        "LOCATION:Google Meet",
        org("noreply@teamtailor.com", "AFS Agricultores Federados del Sur"),
        att("gmercau@afsur.coop", "Gonzalo Mercau"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Teamtailor//Interview//ES", method="REQUEST"),
        1, "Agricultores Federados del Sur", "Técnico Comercial Zona Marcos Juárez", "hiring_manager",
        "gmercau@afsur.coop", "teamtailor-acronym-es"))

    # 20 Greenhouse, Spanish template, technical
    uid = gid("gh-8820114-riegopreciso-2210@greenhouse.io")
    out.append(ev("greenhouse-tech-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250909T150000Z",
        "DTSTART:20250916T170000Z",
        "DTEND:20250916T180000Z",
        "SUMMARY:Entrevista técnica: Agrónomo/a de Riego - Riego Preciso",
        desc("Hola Facundo,\n\nTe esperamos para la entrevista técnica del puesto Agrónomo/a de Riego.\n\n"
             "Entrevistadores:\n- Ing. Pablo Zanotti (Diseño de sistemas de pivote)\n- Lic. Marina Gudiño "
             "(Agronomía)\n\n" + zoom("es", "855 0021 4470", "pQ3mW9xXr2Lk") +
             "\n\nProgramado en Greenhouse"),
        "LOCATION:Zoom",
        org("seleccion@riegopreciso.com", "Selección Riego Preciso"),
        att("pzanotti@riegopreciso.com", "Pablo Zanotti"),
        att("mgudino@riegopreciso.com", "Marina Gudiño"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Greenhouse Software//Greenhouse Interview Scheduler//EN", method="REQUEST"),
        1, "Riego Preciso S.A.", "Agrónomo/a de Riego", "technical",
        "pzanotti@riegopreciso.com;mgudino@riegopreciso.com", "greenhouse-es"))

    # 21 Riego Preciso final, cancelled by STATUS only (no METHOD), Zoom
    uid = gid("gh-8820377-riegopreciso-2231@greenhouse.io")
    out.append(ev("cancelled-status-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250925T110000Z",
        "DTSTART:20250929T140000Z",
        "DTEND:20250929T150000Z",
        "SUMMARY:Entrevista final - Gerencia General - Riego Preciso",
        desc("Cancelada por el entrevistador. Te vamos a escribir con una nueva fecha."),
        org("seleccion@riegopreciso.com", "Selección Riego Preciso"),
        att("jcabrera@riegopreciso.com", "Jorge Cabrera"),
        att(FREE, "Facundo Giménez"),
        "STATUS:CANCELLED",
        "SEQUENCE:2",
        "END:VEVENT",
    ], "-//Greenhouse Software//Greenhouse Interview Scheduler//EN"),
        1, "Riego Preciso S.A.", "", "final", "jcabrera@riegopreciso.com", "status-cancelled-es"))

    # 22 Workday EN, Verdanta panel final from Outlook with assistant SENT-BY
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000C1D2E3F4A5B6C7D8"
    out.append(ev("outlook-sentby-final-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250227T171500Z",
        "DTSTART;TZID=Argentina Standard Time:20250306T140000",
        "DTEND;TZID=Argentina Standard Time:20250306T153000",
        "SUMMARY:Final panel interview - Facundo Giménez - Technical Sales Rep Córdoba North",
        desc("Facundo,\n\nPlease find below the details for your final panel with Verdanta Crop Science.\n"
             "Panel: Sebastián Kowalczyk (Area Sales Manager), Luciana Ferraro (Marketing Manager Herbicides), "
             "Oliver Grant (Commercial Director Southern Cone).\nLocation: Verdanta office, Ituzaingó 270, "
             "Córdoba - 4th floor. Carla (assistant) will meet you at reception.\n\nKind regards,\nCarla Benítez "
             "on behalf of Oliver Grant"),
        "LOCATION:Verdanta Córdoba - Ituzaingó 270\\, 4th floor",
        org("oliver.grant@verdanta.com", "Grant, Oliver", sent_by="carla.benitez@verdanta.com"),
        att("sebastian.kowalczyk@verdanta.com", "Kowalczyk, Sebastián"),
        att("luciana.ferraro@verdanta.com", "Ferraro, Luciana"),
        att(FREE, "facu.gimenez.agro@gmail.com"),
        "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=CBA-4-Sala Pampa:mailto:cba-4-salapampa@verdanta.com",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
    ], "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", method="REQUEST", tz=TZ_WIN_ARG),
        1, "Verdanta Crop Science", "Technical Sales Rep Córdoba North", "final",
        "oliver.grant@verdanta.com;sebastian.kowalczyk@verdanta.com;luciana.ferraro@verdanta.com",
        "outlook-sentby-resource-en"))

    return out
