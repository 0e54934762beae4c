"""holdout103: the user's own interviews sent by ATS and scheduling tools (Greenhouse, Lever, Ashby, Workday ...)."""

from __future__ import annotations

from holdout103ev_ics import (
    FREE,
    TZ_CHICAGO,
    TZ_CORDOBA,
    TZ_MONTEVIDEO,
    TZ_WIN_ARG,
    att,
    cal,
    desc,
    ev,
    gid,
    meet,
    org,
    teams,
    tz_europe,
    webex,
    zoom,
)


def events() -> list[dict[str, str | int]]:
    out = []

    # 1 Greenhouse, EN, recruiter phone screen, UTC times
    uid = gid("gh-7731920-cropsense-1042@greenhouse.io")
    out.append(ev("greenhouse-phone-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250303T183012Z",
        "DTSTART:20250307T140000Z",
        "DTEND:20250307T143000Z",
        "SUMMARY:Phone Screen: Facundo Giménez <> CropSense Analytics",
        desc("Hi Facundo,\n\nThis confirms your phone screen for the Field Success Agronomist (LATAM) role at "
             "CropSense Analytics.\n\nInterviewer: Hannah Lindqvist, Senior Technical Recruiter\n"
             "Hannah will call you at +54 9 351 612 4471. If that number is wrong, reply to this email.\n\n"
             "Scheduled via Greenhouse. Please do not forward this invitation."),
        "LOCATION:Phone call - recruiter will dial candidate",
        org("hannah.lindqvist@cropsense.ai", "Hannah Lindqvist"),
        att("hannah.lindqvist@cropsense.ai", "Hannah Lindqvist", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ], "-//Greenhouse Software//Greenhouse Interview Scheduler//EN", method="REQUEST"),
        1, "CropSense Analytics", "Field Success Agronomist (LATAM)", "recruiter_screen",
        "hannah.lindqvist@cropsense.ai", "greenhouse-phone-en"))

    # 2 GoodTime virtual onsite, EN, coordinator does not interview
    uid = gid("goodtime-4f1c9a2e-88d0-4a5b-9e61-20b7c1d3aa90")
    body = ("CropSense Analytics - Virtual Onsite\nCandidate: Facundo Giménez\nPosition: Field Success Agronomist "
            "(LATAM)\n\nSchedule (all times ART):\n11:00 - 11:45  Crop protection deep dive - Marcus Olsen\n"
            "11:45 - 12:30  Customer scenario role-play - Priya Natarajan\n12:30 - 13:00  Meet the team - "
            "Gustavo Ledesma\n\nYour coordinator for today is Abby Chen (recruiting coordinator). She will not "
            "take part in the interviews; reach her at abby.chen@cropsense.ai if anything goes wrong.\n\n"
            + zoom("en", "842 1190 3375", "Zk9aTq2LmW0bR4") + "\n\nPowered by GoodTime")
    out.append(ev("goodtime-onsite-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250318T121500Z",
        "DTSTART:20250325T140000Z",
        "DTEND:20250325T160000Z",
        "SUMMARY:Virtual Onsite - CropSense Analytics (Field Success Agronomist)",
        desc(body),
        "LOCATION:https://us02web.zoom.us/j/84211903375",
        org("scheduling@goodtime.io", "CropSense Recruiting", sent_by="abby.chen@cropsense.ai"),
        att(FREE, "Facundo Giménez"),
        att("marcus.olsen@cropsense.ai", "Marcus Olsen"),
        att("priya.natarajan@cropsense.ai", "Priya Natarajan"),
        att("gustavo.ledesma@cropsense.ai", "Gustavo Ledesma"),
        att("abby.chen@cropsense.ai", "Abby Chen", role="NON-PARTICIPANT"),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ], "-//GoodTime//Scheduler 3.0//EN", method="REQUEST"),
        1, "CropSense Analytics", "Field Success Agronomist (LATAM)", "onsite",
        "marcus.olsen@cropsense.ai;priya.natarajan@cropsense.ai;gustavo.ledesma@cropsense.ai", "goodtime-onsite-en"))

    # 3 Lever, technical, Spanish body, Lever footer in English
    uid = gid("lever-interview-5b27e0d4-helixbio-311")
    body = ("Hola Facundo,\n\nTe confirmamos la entrevista técnica para la posición Desarrollador/a de Producto - "
            "Bioinsumos en Helix AgroBiologicals. Vas a conversar con Julieta Brandán (Gerente de I+D) sobre "
            "ensayos de inoculantes y diseño experimental. Tené a mano algún ensayo que hayas conducido.\n\n"
            + meet("es", "hqv-rtpz-wme") + "\n\n--\nThis interview was scheduled with Lever. "
            "https://jobs.lever.co/helixbio")
    out.append(ev("lever-technical-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250402T131100Z",
        "DTSTART;TZID=America/Argentina/Cordoba:20250409T100000",
        "DTEND;TZID=America/Argentina/Cordoba:20250409T110000",
        "SUMMARY:Entrevista técnica - Helix AgroBiologicals / Facundo Giménez",
        desc(body),
        "LOCATION:https://meet.google.com/hqv-rtpz-wme",
        org("talent@helixbio.com", "Helix Talent"),
        att("julieta.brandan@helixbio.com", "Julieta Brandán"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Lever//Lever Hire//EN", method="REQUEST", tz=TZ_CORDOBA),
        1, "Helix AgroBiologicals", "Desarrollador/a de Producto - Bioinsumos", "technical",
        "julieta.brandan@helixbio.com", "lever-technical-es"))

    # 4 Lever cancellation of a later round (METHOD:CANCEL)
    uid = gid("lever-interview-9ac0d113-helixbio-312")
    out.append(ev("lever-cancel-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250414T090200Z",
        "DTSTART;TZID=America/Argentina/Cordoba:20250416T150000",
        "DTEND;TZID=America/Argentina/Cordoba:20250416T160000",
        "SUMMARY:Cancelado: Entrevista con Dirección - Helix AgroBiologicals",
        desc("La entrevista fue cancelada. Tu reclutadora se va a comunicar para reprogramar.\n\n"
             "This interview was scheduled with Lever."),
        org("talent@helixbio.com", "Helix Talent"),
        att("ramiro.achaval@helixbio.com", "Ramiro Achával"),
        att(FREE, "Facundo Giménez"),
        "SEQUENCE:1",
        "STATUS:CANCELLED",
        "END:VEVENT",
    ], "-//Lever//Lever Hire//EN", method="CANCEL", tz=TZ_CORDOBA),
        1, "Helix AgroBiologicals", "", "hiring_manager", "ramiro.achaval@helixbio.com", "lever-cancel-es"))

    # 5 Ashby, hiring manager, Spanish
    uid = gid("ashby-3d9f1e70-5c2a-4b2e-b0f4-sensacampo")
    body = ("¡Hola Facundo!\n\nGracias por avanzar en el proceso para Agrónomo/a de Producto en SensaCampo. "
            "Esta entrevista es con Lautaro Ibarguren, nuestro Head of Product, que va a ser tu líder directo.\n\n"
            "Agenda sugerida: tu experiencia con monitoreo de plagas, cómo trabajás con productores y preguntas "
            "sobre el producto.\n\n" + meet("es", "kzo-wnfa-pxe") + "\n\nSi necesitás reprogramar: "
            "https://app.ashbyhq.com/reschedule/8f2c1d\n\nEnviado con Ashby")
    out.append(ev("ashby-hm-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250505T170044Z",
        "DTSTART:20250512T130000Z",
        "DTEND:20250512T134500Z",
        "SUMMARY:Facundo Giménez <> Lautaro (SensaCampo) - Hiring Manager",
        desc(body),
        "LOCATION:Google Meet",
        org("no-reply@ashbyhq.com", "SensaCampo Recruiting"),
        att("lautaro@sensacampo.ag", "Lautaro Ibarguren", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Ashby//Ashby Scheduling//EN", method="REQUEST"),
        1, "SensaCampo", "Agrónomo/a de Producto", "hiring_manager", "lautaro@sensacampo.ag", "ashby-hm-es"))

    # 6 Ashby final onsite with a room resource
    uid = gid("ashby-77e0aa41-0b1d-4a53-8c02-sensacampo")
    body = ("Facundo, te esperamos en la oficina de SensaCampo en Rosario para la instancia final.\n\n"
            "10:00 Caso práctico: recomendación de manejo para un lote con rama negra resistente (Vera Sandoval, "
            "Agronomía)\n10:45 Charla con fundadores (Lautaro Ibarguren y Tomás Ghio)\n11:30 Almuerzo con el "
            "equipo\n\nDirección: Bv. Oroño 1420, Piso 3, Rosario. Preguntá por Mica en recepción (ella coordina "
            "la visita).\n\nEnviado con Ashby")
    out.append(ev("ashby-final-room-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250520T150000Z",
        "DTSTART:20250527T130000Z",
        "DTEND:20250527T150000Z",
        "SUMMARY:Instancia final presencial - SensaCampo",
        desc(body),
        "LOCATION:SensaCampo - Bv. Oroño 1420\\, Piso 3\\, Rosario",
        org("no-reply@ashbyhq.com", "SensaCampo Recruiting"),
        att(FREE, "Facundo Giménez"),
        att("vera.sandoval@sensacampo.ag", "Vera Sandoval"),
        att("lautaro@sensacampo.ag", "Lautaro Ibarguren"),
        att("tomas@sensacampo.ag", "Tomás Ghio"),
        "ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Sala Girasol (6):mailto:sala.girasol@sensacampo.ag",
        att("micaela.rios@sensacampo.ag", "Micaela Ríos", role="OPT-PARTICIPANT"),
        "END:VEVENT",
    ], "-//Ashby//Ashby Scheduling//EN", method="REQUEST"),
        1, "SensaCampo", "", "final",
        "vera.sandoval@sensacampo.ag;lautaro@sensacampo.ag;tomas@sensacampo.ag", "ashby-final-room-es"))

    # 7 Workday, EN, Windows zone name, Teams
    uid = "040000008200E00074C5B7101A82E00800000000D0C4B3A1F58ADB01000000000000000010000000E94C0B2A5D7F3A4CA1B2"
    body = ("Dear Facundo,\n\nThank you for your interest in Verdanta Crop Science. You are invited to an interview "
            "for Technical Sales Representative - Córdoba North (R-24518).\n\nInterviewer: Sebastián Kowalczyk, "
            "Area Sales Manager\n\nThis invitation was generated by Workday on behalf of Verdanta Talent "
            "Acquisition.\n\n" + teams("en", "NzI0YmU4ZjMtY2Q1"))
    out.append(ev("workday-teams-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250211T124500Z",
        "DTSTART;TZID=Argentina Standard Time:20250218T093000",
        "DTEND;TZID=Argentina Standard Time:20250218T103000",
        "SUMMARY:Interview - Technical Sales Representative - Córdoba North (R-24518)",
        desc(body),
        "LOCATION:Microsoft Teams Meeting",
        org("verdanta@myworkday.com", "Verdanta Talent Acquisition"),
        att("sebastian.kowalczyk@verdanta.com", "Kowalczyk, Sebastián"),
        att(FREE, "Facundo Giménez"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
    ], "-//Workday//Workday Recruiting//EN", method="REQUEST", tz=TZ_WIN_ARG),
        1, "Verdanta Crop Science", "Technical Sales Representative - Córdoba North", "hiring_manager",
        "sebastian.kowalczyk@verdanta.com", "workday-windows-tz-en"))

    # 8 iCIMS, EN, recruiter phone screen, Chicago zone
    uid = gid("icims-iv-20250228-55102-northfield")
    out.append(ev("icims-phone-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250224T201100Z",
        "DTSTART;TZID=America/Chicago:20250228T080000",
        "DTEND;TZID=America/Chicago:20250228T083000",
        "SUMMARY:Interview Confirmation - Origination Agronomist (South America) - Northfield Grain",
        desc("Hello Facundo,\n\nYour phone interview with Northfield Grain Trading has been confirmed.\n\n"
             "Position: Origination Agronomist (South America), Req 55102\nInterview type: Recruiter phone "
             "screen\nWith: Kelsey Brandt, Talent Partner\nPhone: Kelsey will call +54 9 351 612 4471\n\n"
             "Please note the time is shown in US Central time (8:00 AM CST = 11:00 AM ART).\n\nPowered by iCIMS"),
        "LOCATION:Telephone",
        org("noreply@icims.com", "Northfield Grain Talent Acquisition"),
        att("kelsey.brandt@nfgrain.com", "Kelsey Brandt"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//iCIMS//iCIMS Talent Platform//EN", method="REQUEST", tz=TZ_CHICAGO),
        1, "Northfield Grain Trading", "Origination Agronomist (South America)", "recruiter_screen",
        "kelsey.brandt@nfgrain.com", "icims-phone-en"))

    # 9 SmartRecruiters, Spanish, technical
    uid = gid("sr-interview-6a1f55e2c0b14d9a@smartrecruiters.com")
    body = ("Hola Facundo:\n\nFertilizantes Andinos S.A. te invita a una entrevista para la posición "
            "Ingeniero/a Agrónomo/a - Desarrollo de Mercado (Zona Centro).\n\nTipo de entrevista: Técnica\n"
            "Entrevistadores: Hernán Pizarro (Jefe de Agronomía), Celeste Quiroga (Desarrollo de Mercado)\n"
            "Vas a presentar en 15 minutos un plan de fertilización para maíz en un lote de Río Segundo "
            "(te mandamos el análisis de suelo por mail).\n\n" + zoom("es", "719 4402 8816", "eFx1Rr7uQ9pPA") +
            "\n\nSmartRecruiters - Hiring Success")
    out.append(ev("smartrecruiters-tech-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250609T143300Z",
        "DTSTART:20250613T140000Z",
        "DTEND:20250613T150000Z",
        "SUMMARY:Entrevista: Ingeniero/a Agrónomo/a - Desarrollo de Mercado | Fertilizantes Andinos S.A.",
        desc(body),
        "LOCATION:Zoom",
        org("no-reply@smartrecruiters.com", "Fertilizantes Andinos - Selección"),
        att("hpizarro@fertiandinos.com.ar", "Hernán Pizarro"),
        att("cquiroga@fertiandinos.com.ar", "Celeste Quiroga"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//SmartRecruiters//Calendar//EN", method="REQUEST"),
        1, "Fertilizantes Andinos S.A.", "Ingeniero/a Agrónomo/a - Desarrollo de Mercado (Zona Centro)",
        "technical", "hpizarro@fertiandinos.com.ar;cquiroga@fertiandinos.com.ar", "smartrecruiters-case-es"))

    # 10 Personio, German template, interview held in English, Berlin zone
    uid = gid("personio-9b3c2f1e-kronen-saatgut-interview-4471")
    body = ("Hallo Facundo,\n\nvielen Dank für deine Bewerbung als Product Development Manager Maize LATAM bei der "
            "Kronen Saatgut GmbH. Hiermit laden wir dich zu einem ersten Kennenlerngespräch ein.\n\n"
            "Gesprächspartnerin: Svenja Albrecht (HR Business Partner)\nSprache: Englisch\n\n"
            "Bitte beachte: Die Uhrzeit ist in mitteleuropäischer Zeit angegeben (15:00 MEZ = 11:00 in Córdoba)."
            "\n\n" + teams("de", "OGE2YzU1ZjEtM2Rm") + "\n\nDiese Einladung wurde über Personio versendet.")
    out.append(ev("personio-de-template", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250120T101500Z",
        "DTSTART;TZID=Europe/Berlin:20250123T150000",
        "DTEND;TZID=Europe/Berlin:20250123T154500",
        "SUMMARY:Kennenlerngespräch Kronen Saatgut GmbH - Facundo Giménez",
        desc(body),
        "LOCATION:Microsoft Teams",
        org("svenja.albrecht@kronen-saatgut.de", "Svenja Albrecht"),
        att("svenja.albrecht@kronen-saatgut.de", "Svenja Albrecht", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Personio GmbH//Personio Calendar//DE", method="REQUEST", tz=tz_europe("Europe/Berlin")),
        1, "Kronen Saatgut GmbH", "Product Development Manager Maize LATAM", "recruiter_screen",
        "svenja.albrecht@kronen-saatgut.de", "personio-de-template-en-interview"))

    # 11 Kronen second round: Outlook from Germany, "(UTC+01:00)" zone label, X-ALT-DESC
    uid = "040000008200E00074C5B7101A82E0080000000050A3E6B2C56DDB010000000000000000100000004F7C1D2E3B4A5F6E"
    zone = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
    text = ("Hi Facundo,\n\nas discussed with Svenja, here is the invitation for the second round. Please prepare a "
            "20-minute case presentation: how would you position our early-maturity maize hybrids against "
            "local competitors in the Córdoba and Santa Fe core region? Dr. Matthias Vogt (Head of Breeding) "
            "will join me.\n\nBest regards\nKatrin Hollmann\nHead of Product Development\n\n"
            + teams("en", "ZjI5MTcwYTAtNzk3"))
    out.append(ev("outlook-utc-label-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250131T080210Z",
        f'DTSTART;TZID="{zone}":20250206T143000',
        f'DTEND;TZID="{zone}":20250206T153000',
        "SUMMARY:2nd interview / case presentation - Product Development Manager Maize LATAM",
        desc(text),
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Facundo\\,</p><p>as discussed with Svenja\\, here is "
        "the invitation for the second round.</p></body></html>",
        "LOCATION:Microsoft Teams Meeting",
        org("katrin.hollmann@kronen-saatgut.de", "Hollmann, Katrin"),
        att(FREE, "facu.gimenez.agro@gmail.com"),
        att("matthias.vogt@kronen-saatgut.de", "Vogt, Matthias"),
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "END:VEVENT",
    ], "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", method="REQUEST", tz=tz_europe(zone)),
        1, "Kronen Saatgut GmbH", "Product Development Manager Maize LATAM", "technical",
        "katrin.hollmann@kronen-saatgut.de;matthias.vogt@kronen-saatgut.de", "outlook-utc-label-case-en"))

    # 12 Teamtailor, French template
    uid = gid("teamtailor-interview-2b6e91c4-vallier")
    body = ("Bonjour Facundo,\n\nMerci pour votre candidature au poste de Responsable Développement Produit "
            "Tournesol - Argentine chez Vallier Semences. Nous avons le plaisir de vous proposer un entretien "
            "avec Anne-Laure Castagné, Directrice Amérique du Sud.\n\nL'entretien se déroulera en français et "
            "en espagnol.\n\n" + webex("en", "vallier-semences", "2651 883 0174") + "\n\nEnvoyé via Teamtailor")
    out.append(ev("teamtailor-fr", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250707T091200Z",
        "DTSTART;TZID=Europe/Paris:20250710T160000",
        "DTEND;TZID=Europe/Paris:20250710T170000",
        "SUMMARY:Entretien avec Vallier Semences - Facundo Giménez",
        desc(body),
        "LOCATION:Webex",
        org("noreply@teamtailor.com", "Vallier Semences"),
        att("al.castagne@vallier-semences.fr", "Anne-Laure Castagné"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Teamtailor//Interview//FR", method="REQUEST", tz=tz_europe("Europe/Paris")),
        1, "Vallier Semences", "Responsable Développement Produit Tournesol - Argentine", "",
        "al.castagne@vallier-semences.fr", "teamtailor-fr"))

    # 13 Workable, Uruguay, phone screen
    uid = gid("workable-ev-6f21c0de9a-estanciasdeleste")
    out.append(ev("workable-phone-uy", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250812T190100Z",
        "DTSTART;TZID=America/Montevideo:20250815T090000",
        "DTEND;TZID=America/Montevideo:20250815T093000",
        "SUMMARY:Entrevista telefónica - Ingeniero Agrónomo Jefe de Campo (Durazno) - Estancias del Este",
        desc("Estimado Facundo:\n\nLe confirmamos la entrevista telefónica con Natalia Pereyra (Recursos Humanos) "
             "para el cargo de Ingeniero Agrónomo Jefe de Campo, establecimiento Durazno.\nLa llamaremos al "
             "número que indicó en su postulación.\n\nSaludos cordiales,\nEstancias del Este S.A.\n\n"
             "Sent via Workable"),
        "LOCATION:Llamada telefónica",
        org("estancias-del-este@workablemail.com", "Estancias del Este"),
        att("npereyra@estanciasdeleste.com.uy", "Natalia Pereyra"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], "-//Workable//Workable Calendar//EN", method="REQUEST", tz=TZ_MONTEVIDEO),
        1, "Estancias del Este S.A.", "Ingeniero Agrónomo Jefe de Campo (Durazno)", "recruiter_screen",
        "npereyra@estanciasdeleste.com.uy", "workable-phone-es-uy"))

    # 14 Estancias del Este: two field days (recurring) with an override for day 2
    uid = "3k9v1q7rm0t6c2a8xg5p0s4e2b@google.com"
    common = [
        "SUMMARY:Prueba práctica en campo - Estancias del Este (2 jornadas)",
        desc("Facundo: como conversamos, la última etapa son dos jornadas en el establecimiento de Durazno. "
             "Día 1: recorrida de lotes de soja y maíz con el Ing. Álvaro Techera (gerente de producción), "
             "diagnóstico y recomendación. Día 2: presentación al directorio (Álvaro y Rosina Berrutti). "
             "Alojamiento en la estancia. Cualquier cosa me escribís.\nNatalia"),
        "LOCATION:Establecimiento La Cañada\\, Ruta 5 km 182\\, Durazno\\, Uruguay",
        org("npereyra@estanciasdeleste.com.uy", "Natalia Pereyra"),
        att("atechera@estanciasdeleste.com.uy", "Álvaro Techera"),
        att("rberrutti@estanciasdeleste.com.uy", "Rosina Berrutti"),
        att(FREE, "Facundo Giménez"),
    ]
    out.append(ev("recurring-trial-days-uy", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250901T140000Z",
        "DTSTART;TZID=America/Montevideo:20250909T080000",
        "DTEND;TZID=America/Montevideo:20250909T170000",
        "RRULE:FREQ=DAILY;COUNT=2",
        *common,
        "SEQUENCE:0",
        "END:VEVENT",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250905T110000Z",
        "RECURRENCE-ID;TZID=America/Montevideo:20250910T080000",
        "DTSTART;TZID=America/Montevideo:20250910T100000",
        "DTEND;TZID=America/Montevideo:20250910T140000",
        *common,
        "SEQUENCE:1",
        "END:VEVENT",
    ], "-//Google Inc//Google Calendar 70.9054//EN", method="REQUEST",
        extra=["X-WR-TIMEZONE:America/Montevideo"], tz=TZ_MONTEVIDEO),
        1, "Estancias del Este S.A.", "", "final",
        "atechera@estanciasdeleste.com.uy;rberrutti@estanciasdeleste.com.uy", "recurring-override-trial-days"))

    return out
