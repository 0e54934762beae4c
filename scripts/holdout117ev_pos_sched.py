"""holdout117: the user's own interviews from schedulers and more trackers (part 2)."""

from __future__ import annotations

from holdout117ev_ics import ME_CN, ME_G, MEET_EN, TEAMS_EN, ZOOM_EN, ZOOM_ES, E, att, desc, org


def events() -> list[dict[str, object]]:
    out = []
    # GoodTime onsite loop in Lima, with a room and a coordinator who does not interview
    out.append(E(
        "goodtime-onsite-en", "goodtime-7c1e0d44a9b24f3e8c55@goodtime.io", [
            "DTSTART;TZID=America/Lima:20251020T090000",
            "DTEND;TZID=America/Lima:20251020T120000",
            "SUMMARY:Onsite Interview: Project Manager – Mining Studies | Terra Nova Engineering",
            org("lucia.paredes@tne-global.com", "Lucía Paredes"),
            att(ME_G, ME_CN),
            att("richard.osei@tne-global.com", "Richard Osei"),
            att("valeria.castaneda@tne-global.com", "Valeria Castañeda"),
            att("lucia.paredes@tne-global.com", "Lucía Paredes", role="OPT-PARTICIPANT", stat="ACCEPTED", rsvp=False),
            att("sala.huascaran@tne-global.com", "Sala Huascarán (8p)", cutype="ROOM", role="NON-PARTICIPANT",
                stat="ACCEPTED", rsvp=False),
            "LOCATION:Terra Nova Engineering\\, Calle Las Begonias 441\\, piso 6\\, San Isidro – Sala Huascarán",
            desc(
                "Hi Tomás,\n\nWe look forward to welcoming you to our Lima office. Your agenda:\n\n"
                "09:00 – 09:15  Welcome & office tour – Lucía Paredes (Recruiting Coordinator)\n"
                "09:15 – 10:30  Project controls & studies delivery – Richard Osei (Studies Manager, LATAM)\n"
                "10:30 – 11:45  Stakeholders, contractors and HSE – Valeria Castañeda (Project Director)\n"
                "11:45 – 12:00  Wrap-up – Lucía\n\nPlease bring a photo ID for building access.\n\n"
                "Scheduled via GoodTime"
            ),
        ], yes=1, company="Terra Nova Engineering", role="Project Manager – Mining Studies", stage="onsite",
        iv="richard.osei@tne-global.com;valeria.castaneda@tne-global.com", trap="goodtime-onsite-room-en",
        tz=("America/Lima",), prodid="-//GoodTime.io//GoodTime Scheduling//EN"))
    # ModernLoop case study, Toronto consultancy
    out.append(E(
        "modernloop-case-en", "ml-evt-4b19f8a2e0c347d6@modernloop.io", [
            "DTSTART;TZID=America/Toronto:20251022T130000",
            "DTEND;TZID=America/Toronto:20251022T143000",
            "SUMMARY:Case Study Interview – Resource Geologist – Bramwell Geoconsulting",
            org("recruiting@bramwellgeo.com", "Bramwell Recruiting"),
            att("sophie.lachance@bramwellgeo.com", "Sophie Lachance"),
            att("arjun.mehta@bramwellgeo.com", "Arjun Mehta"),
            att(ME_G, ME_CN),
            desc(
                "Hello Tomás,\n\nFor this 90-minute session you'll present the resource estimation case we sent "
                "(a vein-hosted Ag-Pb-Zn deposit, 180 holes) for ~30 minutes, followed by discussion.\n\n"
                "Interviewers: Sophie Lachance, P.Geo. (Principal Resource Geologist) and Arjun Mehta "
                "(Senior Geostatistician).\n\n" + ZOOM_EN.format(
                    who="Bramwell Recruiting", mid="95120348812", pwd="QzhxT1", mids="951 2034 8812", pin="220917")
                + "\nScheduled with ModernLoop"
            ),
        ], yes=1, company="Bramwell Geoconsulting", role="Resource Geologist", stage="technical",
        iv="sophie.lachance@bramwellgeo.com;arjun.mehta@bramwellgeo.com", trap="modernloop-case-en",
        tz=("America/Toronto",), prodid="-//ModernLoop//ModernLoop Scheduler//EN"))
    # Calendly booked with a junior's founder on gmail; company only in the answers
    out.append(E(
        "calendly-founder-en", "6f0d2c1e-88b3-4d9a-a1f5-2e7b0c934d51", [
            "DTSTART:20250930T200000Z",
            "DTEND:20250930T204500Z",
            "SUMMARY:Tomás Aguirre Quispe and Doug Fenwick",
            org("doug.fenwick.geo@gmail.com", "Doug Fenwick"),
            att(ME_G, ME_CN, stat="ACCEPTED"),
            att("doug.fenwick.geo@gmail.com", "Doug Fenwick", stat="ACCEPTED", rsvp=False),
            "LOCATION:https://meet.google.com/ybk-cpse-ruw",
            desc(
                "Event Name: 45 Minute Meeting\n\nLocation: This is a Google Meet web conference. "
                "https://meet.google.com/ybk-cpse-ruw\n\nPlease share anything that will help prepare for our "
                "meeting.: Following up on our talk at the Lima booth - interview for the Senior Project Geologist "
                "(Peru) opening at Tamarack Ridge Gold. CV attached to my email.\n\nNeed to make changes to this "
                "event?\nCancel: https://calendly.com/cancellations/6f0d2c1e\nReschedule: "
                "https://calendly.com/reschedulings/6f0d2c1e\n\nPowered by Calendly.com"
            ),
        ], yes=1, company="Tamarack Ridge Gold", role="Senior Project Geologist (Peru)",
        iv="doug.fenwick.geo@gmail.com", trap="calendly-founder-gmail-en", prodid="-//Calendly//Calendly//EN"))
    # Cal.com intro call with head of people
    out.append(E(
        "calcom-screen-en", "cal-9QdVx2mKfL7pR3sT8uWyZ1@Cal.com", [
            "DTSTART:20251001T160000Z",
            "DTEND:20251001T163000Z",
            "SUMMARY:Intro call: Resource Geologist | Altiplano Silver between Nadia Kowalczyk and Tomás "
            "Aguirre Quispe",
            org("nadia@altiplanosilver.com", "Nadia Kowalczyk"),
            att(ME_G, ME_CN, stat="ACCEPTED"),
            "LOCATION:https://app.cal.com/video/9QdVx2mKfL7pR3sT8uWyZ1",
            desc(
                "What: Intro call: Resource Geologist | Altiplano Silver\nWhen: Wednesday, 1 October 2025 "
                "11:00 am - 11:30 am (America/Lima)\nWho:\n- Nadia Kowalczyk - Organizer\nnadia@altiplanosilver.com"
                "\n- Tomás Aguirre Quispe\ntomas.aguirre.geo@gmail.com\nWhere: Cal Video\n\nAdditional notes: "
                "Head of People first call - background, availability to travel to Potosí, salary expectations."
            ),
        ], yes=1, company="Altiplano Silver", role="Resource Geologist", stage="recruiter_screen",
        iv="nadia@altiplanosilver.com", trap="calcom-screen-en", prodid="-//Cal.com Inc.//Cal.com Event//EN"))
    # Microsoft Bookings, Lima consultancy
    out.append(E(
        "bookings-screen-es", "AAMkAGQ3ZTk4YjNhLTk0ZjEtNDc2Ny1iZjFiLTE5ODg0ZWM1NzA1NgBGAAAAAAC7Xd@geoandina.pe", [
            "DTSTART;TZID=SA Pacific Standard Time:20251008T150000",
            "DTEND;TZID=SA Pacific Standard Time:20251008T154500",
            "SUMMARY:Entrevista - Jefe de Proyectos (Geología)",
            org("SeleccionGeoandina@geoandina.pe", "Selección Geoandina"),
            att(ME_G, "Tomás Aguirre"),
            att("mcardenas@geoandina.pe", "Milagros Cárdenas"),
            "LOCATION:Reunión de Microsoft Teams",
            desc(
                "Hola Tomás Aguirre:\n\nSe ha reservado su cita con Geoandina Consultores S.A.C.\n\n"
                "Servicio: Entrevista - Jefe de Proyectos (Geología)\nPersonal: Milagros Cárdenas (Analista de "
                "Selección)\nDuración: 45 minutos\n\nSi necesita realizar cambios, puede administrar la reserva "
                "desde el enlace del correo de confirmación.\n\nUnirse a la reunión de Teams: "
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4YjNh%40thread.v2/0"
            ),
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        ], yes=1, company="Geoandina Consultores", role="Jefe de Proyectos (Geología)", stage="recruiter_screen",
        iv="mcardenas@geoandina.pe", trap="bookings-screen-es", tz=("SA Pacific Standard Time",),
        prodid="-//Microsoft Corporation//Microsoft Bookings//ES"))
    # Calendly by a headhunter, employer named
    out.append(E(
        "calendly-agency-es", "b3c9e1f7-2a44-4d80-9c6b-71e5a0f2d8c3", [
            "DTSTART:20251003T150000Z",
            "DTEND:20251003T154500Z",
            "SUMMARY:Tomás Aguirre Quispe y Gabriela Sotomayor",
            org("gabriela.sotomayor@andeantalent.pe", "Gabriela Sotomayor"),
            att(ME_G, ME_CN, stat="ACCEPTED"),
            "LOCATION:Zoom\\; el enlace se enviará por correo",
            desc(
                "Nombre del evento: Entrevista de evaluación – Geólogo Senior (cliente: Minera Pampa Roja)\n\n"
                "Ubicación: Zoom\n\nComparte lo que ayude a preparar la reunión: Posición Geólogo Senior para el "
                "proyecto Pampa Roja (Moquegua), régimen 14x7. Primera entrevista con Andean Talent Partners antes "
                "de presentarte al cliente.\n\n¿Necesitas hacer cambios a este evento?\nCancelar: "
                "https://calendly.com/cancellations/b3c9e1f7\nReprogramar: https://calendly.com/reschedulings/b3c9e1f7"
                "\n\nCon la tecnología de Calendly.com"
            ),
        ], yes=1, company="Minera Pampa Roja", role="Geólogo Senior", stage="recruiter_screen",
        iv="gabriela.sotomayor@andeantalent.pe", trap="calendly-agency-es", prodid="-//Calendly//Calendly//ES"))
    # GoodTime reschedule of the hiring-manager interview (same UID, higher SEQUENCE)
    out.append(E(
        "goodtime-rescheduled-en", "goodtime-2a8e55b1f6d94c07a3e2@goodtime.io", [
            "DTSTART:20251023T150000Z",
            "DTEND:20251023T160000Z",
            "SUMMARY:Rescheduled: Hiring Manager Interview – Senior Geologist\\, Brownfields – Condor Copper",
            org("felipe.arancibia@condorcopper.com", "Felipe Arancibia"),
            att(ME_G, ME_CN),
            att("roberto.quintanilla@condorcopper.com", "Roberto Quintanilla"),
            "LOCATION:Microsoft Teams",
            desc(
                "Hi Tomás, as discussed your conversation with Roberto Quintanilla (Regional Exploration Director, "
                "hiring manager) moves from Tuesday to Thursday 10:00 Lima time. Everything else stays the same.\n\n"
                + TEAMS_EN.format(code="YzE2ZWE5", mid="244 613 990 250", pwd="Hx4pWn")
                + "\n\nScheduled via GoodTime on behalf of Condor Copper Talent Acquisition"
            ),
            "SEQUENCE:2",
        ], yes=1, company="Condor Copper", role="Senior Geologist, Brownfields", stage="hiring_manager",
        iv="roberto.quintanilla@condorcopper.com", trap="goodtime-rescheduled-en",
        prodid="-//GoodTime.io//GoodTime Scheduling//EN"))
    # Workday in Spanish, Peruvian major, virtual technical
    out.append(E(
        "workday-technical-es", "WD-REQ-7720-ENT-2-20251111@minaspucara.com.pe", [
            "DTSTART:20251111T140000Z",
            "DTEND:20251111T150000Z",
            "SUMMARY:Invitación a entrevista: Geólogo de Recursos Senior (REQ-7720) - Entrevista Técnica Virtual",
            org("talento@minaspucara.com.pe", "Talento Pucará"),
            att(ME_G, ME_CN),
            att("cllanos@minaspucara.com.pe", "Cecilia Llanos"),
            att("ahuaman@minaspucara.com.pe", "Alfredo Huamán"),
            "LOCATION:Zoom",
            desc(
                "Estimado Tomás Aguirre Quispe:\n\nCompañía de Minas Pucará S.A.A. le invita a la entrevista técnica "
                "virtual del proceso Geólogo de Recursos Senior (Unidad Minera Santa Inés, Pasco). Evaluadores: "
                "Cecilia Llanos, Jefa de Modelamiento, y Alfredo Huamán, Superintendente de Geología.\n\n"
                + ZOOM_ES.format(who="Talento Pucará", mid="84422109376", pwd="cHVjYXJh", mids="844 2210 9376",
                                 pin="771305")
                + "\nPuede revisar el estado de su postulación en su página de candidato de Workday."
            ),
        ], yes=1, company="Compañía de Minas Pucará", role="Geólogo de Recursos Senior", stage="technical",
        iv="cllanos@minaspucara.com.pe;ahuaman@minaspucara.com.pe", trap="workday-technical-es",
        prodid="-//Workday//Workday Recruiting//ES"))
    # SmartRecruiters in English, Yukon junior
    out.append(E(
        "smartrecruiters-technical-en", "sr-interview-0c4d7e19-91ab-4f28-8e66-a5b3f2d9c7e0", [
            "DTSTART;TZID=America/Vancouver:20251118T090000",
            "DTEND;TZID=America/Vancouver:20251118T100000",
            "SUMMARY:Interview Invitation: Senior Geologist – Yukon Crest Metals",
            org("hr@yukoncrest.com", "Yukon Crest Metals HR"),
            att("dale.kowalski@yukoncrest.com", "Dale Kowalski"),
            att(ME_G, ME_CN),
            desc(
                "Dear Tomás,\n\nYou're invited to a technical interview with Dale Kowalski, Chief Geologist, for the "
                "Senior Geologist position (Whitehorse, rotational). We'll cover your core logging and 3D modelling "
                "work and the Yukon summer field season.\n\n"
                + MEET_EN.format(code="wdo-tjxq-ayn", pin4="1189", pin="330 118 742")
                + "\n\nThis interview was scheduled using SmartRecruiters."
            ),
        ], yes=1, company="Yukon Crest Metals", role="Senior Geologist", stage="technical",
        iv="dale.kowalski@yukoncrest.com", trap="smartrecruiters-technical-en", tz=("America/Vancouver",),
        prodid="-//SmartRecruiters//SmartRecruiters Interview//EN"))
    # Workable in Spanish, Puno gold miner, screen
    out.append(E(
        "workable-screen-es", "workable-4ce81b09d27f4e55@workable.com", [
            "DTSTART:20251112T203000Z",
            "DTEND:20251112T210000Z",
            "SUMMARY:Entrevista: Geólogo Senior de Exploración en Minera Aurífera Rinconada",
            org("rrhh@rinconada.pe", "Minera Aurífera Rinconada – RR.HH."),
            att(ME_G, ME_CN),
            att("yanina.ccama@rinconada.pe", "Yanina Ccama"),
            desc(
                "Hola Tomás:\n\nGracias por postular. Te confirmamos una primera entrevista telefónica de 30 minutos "
                "con Yanina Ccama (Reclutadora). Te llamaremos al celular que registraste.\n\nCon la tecnología de "
                "Workable"
            ),
        ], yes=1, company="Minera Aurífera Rinconada", role="Geólogo Senior de Exploración",
        stage="recruiter_screen", iv="yanina.ccama@rinconada.pe", trap="workable-phone-es",
        prodid="-//Workable//Workable Events//ES"))
    # Teamtailor in English, Swedish lithium junior, hiring manager
    out.append(E(
        "teamtailor-hm-en", "teamtailor-meeting-3391577@teamtailor.com", [
            "DTSTART:20251119T140000Z",
            "DTEND:20251119T144500Z",
            "SUMMARY:Lithica Minerals - Interview with Anders Sjöberg",
            org("anders.sjoberg@lithica.se", "Anders Sjöberg"),
            att(ME_G, ME_CN),
            "LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_Njk3Mjc1%40thread.v2/0",
            desc(
                "Hi Tomás,\n\nThanks for applying to Resource Geologist (remote, South America projects). I'm the "
                "Head of Geology and the hiring manager for the role - looking forward to talking about the Salar "
                "work you mentioned.\n\nBest,\nAnders\n\nSent with Teamtailor"
            ),
        ], yes=1, company="Lithica Minerals", role="Resource Geologist", stage="hiring_manager",
        iv="anders.sjoberg@lithica.se", trap="teamtailor-hm-en", prodid="-//Teamtailor//Teamtailor Calendar//EN"))
    return out
