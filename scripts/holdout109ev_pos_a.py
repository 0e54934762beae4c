"""holdout109 interviews, part A: ATS and scheduler invites (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout109ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME,
    MEET_ES,
    TEAMS_EN,
    TEAMS_ES,
    TZ_BSAS,
    TZ_MADRID,
    TZ_SANTIAGO,
    TZ_WIN_SANTIAGO,
    ZOOM_ES,
    Ev,
    att,
    cal,
    org,
    vevent,
)

SCL = "DTSTART;TZID=America/Santiago:"
SCLE = "DTEND;TZID=America/Santiago:"
MAD = "DTSTART;TZID=Europe/Madrid:"
MADE = "DTEND;TZID=Europe/Madrid:"


def successfactors() -> Ev:
    uid = "SF-INT-20250310-88412-cordilleraazul@successfactors.com"
    desc = ("Estimado/a Gonzalo Herrera:\n\nGracias por su interés en Viña Cordillera Azul. Nos complace invitarle "
            "a una entrevista para el cargo Brand Ambassador Asia-Pacífico (Req. 4471).\n\nEntrevistadora: "
            "Macarena Ossandón, Analista de Selección\nModalidad: Microsoft Teams (link abajo)\n\n"
            "Si necesita reprogramar, responda a este correo.\n\nAtentamente,\nGerencia de Personas\n"
            "Viña Cordillera Azul S.A.\n\n")
    desc = desc + TEAMS_ES.format(mid="NjQ4Y2Ex", num="263 918 447 120", pw="q7Rk2z")
    ev = vevent(uid, "Entrevista: Brand Ambassador Asia-Pacífico – Gonzalo Herrera", SCL + "20250311T100000",
                SCLE + "20250311T104500", stamp="20250306T141203Z",
                organizer=org("noreply@successfactors.com", "Viña Cordillera Azul - Selección"),
                attendees=[att(ME, "Gonzalo Herrera"),
                           att("mossandon@cordilleraazul.cl", "Macarena Ossandón")],
                desc=desc, loc="Microsoft Teams")
    text = cal("-//SAP SuccessFactors//Recruiting Management//EN", ev, tz=[TZ_SANTIAGO])
    return Ev("successfactors-es", text, uid, 1, "Viña Cordillera Azul", "Brand Ambassador Asia-Pacífico",
              "recruiter_screen", ["mossandon@cordilleraazul.cl"], "successfactors-es")


def workday() -> Ev:
    uid = "wd-interview-7f31c0a2-pacificosur-20250318"
    desc = ("Hola Gonzalo,\n\nTe confirmamos tu entrevista para la posición Director(a) de Alimentos y Bebidas – "
            "Hotel Pacífico Sur Viña del Mar (JR-02291).\n\nEntrevista con: Rodrigo Lagos Undurraga, Gerente "
            "General del hotel\nCoordinación: Equipo de Talento (no participa de la entrevista)\n\n"
            "Puedes revisar los detalles en tu Candidate Home de Workday.\n\n"
            + ZOOM_ES.format(url="https://zoom.us/j/83311902745?pwd=Uk9rT2x", mid="833 1190 2745",
                             mid_n="83311902745", pw="551302"))
    ev = vevent(uid, "Entrevista – Director(a) de Alimentos y Bebidas (JR-02291)", SCL + "20250318T153000",
                SCLE + "20250318T163000", stamp="20250312T190455Z",
                organizer=org("grupopacificosur@myworkday.com", "Grupo Hotelero Pacífico Sur"),
                attendees=[att(ME, "Gonzalo Herrera"),
                           att("rlagos@hotelespacificosur.cl", "Rodrigo Lagos Undurraga"),
                           att("talento@hotelespacificosur.cl", "Equipo de Talento", role="NON-PARTICIPANT",
                               rsvp=False)],
                desc=desc, loc="Zoom")
    text = cal("-//Workday//Recruiting Calendar//EN", ev, tz=[TZ_SANTIAGO])
    return Ev("workday-es", text, uid, 1, "Grupo Hotelero Pacífico Sur", "Director(a) de Alimentos y Bebidas",
              "hiring_manager", ["rlagos@hotelespacificosur.cl"], "workday-coordinator-es")


def personio() -> Ev:
    uid = "personio-7c0e55d1-2a41-4b6f-9d21-0e1b5a3f8c77"
    desc = ("Hola Gonzalo:\n\nGracias por tu candidatura a Export Manager Latinoamérica en Bodegas Larrañeta. "
            "Te esperamos en la entrevista con Iñigo Larrañeta (Director Comercial) y Amaia Goikoetxea "
            "(People).\n\nDuración: 60 minutos. Enlace de Google Meet abajo.\n\nUn saludo,\n"
            "Bodegas Larrañeta · Haro (La Rioja)\n\n"
            + MEET_ES.format(code="xqe-hmva-rbt", tail="8841", pin="402 118 773"))
    ev = vevent(uid, "Entrevista Export Manager Latinoamérica | Bodegas Larrañeta", MAD + "20250319T163000",
                MADE + "20250319T173000", stamp="20250313T083012Z",
                organizer=org("notifications@personio.de", "Bodegas Larrañeta Recruiting"),
                attendees=[att(ME, "Gonzalo Herrera"), att("inigo.larraneta@larraneta.es", "Iñigo Larrañeta"),
                           att("amaia.goikoetxea@larraneta.es", "Amaia Goikoetxea")],
                desc=desc, loc="https://meet.google.com/xqe-hmva-rbt")
    text = cal("-//Personio GmbH//Personio Recruiting//DE", ev, tz=[TZ_MADRID])
    return Ev("personio-es", text, uid, 1, "Bodegas Larrañeta", "Export Manager Latinoamérica", "hiring_manager",
              ["inigo.larraneta@larraneta.es", "amaia.goikoetxea@larraneta.es"], "personio-es")


def teamtailor() -> Ev:
    uid = "teamtailor-interview-3390281@teamtailor-mail.com"
    desc = ("Hola Gonzalo,\n\nHas sido invitado/a a una entrevista con Grupo Sarmiento Restauración para el puesto "
            "de Jefe de Sala y Sumiller – Asador Sarmiento (Madrid).\n\nFormato: prueba práctica. Cata a ciegas de "
            "tres vinos (uno de Jerez) y servicio de una mesa simulada con el Director de Operaciones.\n"
            "Dirección: Calle de Ponzano 44, 28003 Madrid\n\nParticipantes: Lucía Berrocal, Álvaro Méndez-Vigo\n\n"
            "Puedes ver o cambiar tu entrevista aquí: https://sarmientorestauracion.teamtailor.com/interviews/3390281")
    ev = vevent(uid, "Entrevista con Grupo Sarmiento Restauración", MAD + "20250407T110000",
                MADE + "20250407T123000", stamp="20250328T101544Z",
                organizer=org("no-reply@teamtailor-mail.com", "Grupo Sarmiento Restauración"),
                attendees=[att(ME, "Gonzalo Herrera"), att("lucia.berrocal@gruposarmiento.es", "Lucía Berrocal"),
                           att("alvaro.mendezvigo@gruposarmiento.es", "Álvaro Méndez-Vigo")],
                desc=desc, loc="Calle de Ponzano 44, 28003 Madrid")
    text = cal("-//Teamtailor//Teamtailor Calendar//EN", ev, tz=[TZ_MADRID])
    return Ev("teamtailor-es", text, uid, 1, "Grupo Sarmiento Restauración", "Jefe de Sala y Sumiller",
              "technical", ["lucia.berrocal@gruposarmiento.es", "alvaro.mendezvigo@gruposarmiento.es"],
              "teamtailor-practical-es")


def lever() -> Ev:
    uid = "lever-2c9d81e4-cepadigital-panel-0412@hire.lever.co"
    desc = ("Hi Gonzalo,\n\nThanks for making time for the next step with Cepa Digital! This is the case "
            "interview for the Head of Wine Curation role.\n\nAgenda (60 min):\n- 10 min intros\n- 35 min "
            "case: build a 12-bottle Chilean subscription box for Q3 with a CLP 18.000 COGS cap\n- 15 min Q&A\n\n"
            "You'll meet: Tomás Eyzaguirre (Head of Category) and Renata Kim (Data)\n\nGoogle Meet: "
            "https://meet.google.com/ukp-qdzt-wnm\n\nBest,\nPaula (Recruiting Coordinator, Cepa Digital)")
    ev = vevent(uid, "Cepa Digital – Case Interview (Head of Wine Curation)", "DTSTART:20250402T140000Z",
                "DTEND:20250402T150000Z", stamp="20250327T201900Z",
                organizer=org("paula.riquelme@cepadigital.com", "Paula Riquelme"),
                attendees=[att(ME, "Gonzalo Herrera"), att("tomas@cepadigital.com", "Tomás Eyzaguirre"),
                           att("renata.kim@cepadigital.com", "Renata Kim")],
                desc=desc, loc="https://meet.google.com/ukp-qdzt-wnm")
    text = cal("-//Lever//Lever Hire//EN", ev)
    return Ev("lever-case-en", text, uid, 1, "Cepa Digital", "Head of Wine Curation", "technical",
              ["tomas@cepadigital.com", "renata.kim@cepadigital.com"], "lever-case-utc-en")


def ashby() -> Ev:
    uid = "ashby-ivs-91b2f0e6-uvva-screen"
    desc = ("Hi Gonzalo,\n\nLooking forward to our chat about the Sommelier & Community Lead role at Uvva.\n\n"
            "This is a 30-minute intro call with our Talent Partner, Chloé Martin.\n\nJoin Zoom: "
            "https://uvva.zoom.us/j/91547720381\n\nPowered by Ashby")
    ev = vevent(uid, "Intro call: Gonzalo Herrera <> Uvva (Sommelier & Community Lead)",
                MAD + "20250325T170000", MADE + "20250325T173000", stamp="20250320T092211Z",
                organizer=org("chloe.martin@uvva.app", "Chloé Martin"),
                attendees=[att(ME, "Gonzalo Herrera")], desc=desc, loc="https://uvva.zoom.us/j/91547720381")
    text = cal("-//Ashby//Ashby Scheduling//EN", ev, tz=[TZ_MADRID])
    return Ev("ashby-en", text, uid, 1, "Uvva", "Sommelier & Community Lead", "recruiter_screen",
              ["chloe.martin@uvva.app"], "ashby-screen-en")


def goodtime() -> Ev:
    uid = "goodtime-evt-5d0a6b3c8e@goodtime.io"
    desc = ("Gonzalo Herrera – Onsite Interview – Area Wine Director, South America\n\nMeridia Hotels & Resorts\n\n"
            "Schedule (local time, Santiago):\n09:30 – 10:15  Javier Solís, Regional VP Food & Beverage\n"
            "10:15 – 11:00  Wine list presentation to Natalia Brenner, Director of Culinary\n11:00 – 11:30  "
            "Claudia Rojas, HR Business Partner\n\nRoom: Sala Pangue, piso 12\nYour coordinator, Kevin Alvarado, "
            "will meet you at the lobby. He will not take part in the interviews.\n\nScheduled with GoodTime")
    ev = vevent(uid, "Onsite Interview – Gonzalo Herrera – Area Wine Director", SCL + "20250415T093000",
                SCLE + "20250415T113000", stamp="20250408T150031Z",
                organizer=org("kevin.alvarado@meridiahotels.com", "Kevin Alvarado"),
                attendees=[att(ME, "Gonzalo Herrera"), att("javier.solis@meridiahotels.com", "Javier Solís"),
                           att("natalia.brenner@meridiahotels.com", "Natalia Brenner"),
                           att("claudia.rojas@meridiahotels.com", "Claudia Rojas"),
                           att("sala.pangue.scl@meridiahotels.com", "SCL-12-Sala Pangue (10)", cutype="ROOM",
                               role="NON-PARTICIPANT", rsvp=False)],
                desc=desc, loc="Meridia Santiago, Av. Presidente Riesco 5711, Las Condes, Sala Pangue")
    text = cal("-//GoodTime.io//GoodTime Hire//EN", ev, tz=[TZ_SANTIAGO])
    return Ev("goodtime-onsite-en", text, uid, 1, "Meridia Hotels & Resorts", "Area Wine Director, South America",
              "onsite", ["javier.solis@meridiahotels.com", "natalia.brenner@meridiahotels.com",
                         "claudia.rojas@meridiahotels.com"], "goodtime-onsite-room-en")


def modernloop() -> Ev:
    uid = "ml-3f9a1e22-b77c-4c0e-9aa1-vinorama-final"
    desc = ("Final interview for Gonzalo Herrera – Head of Spanish & LatAm Wines\n\nVinorama S.L.\n\n"
            "Interviewers:\n• Jordi Puigdemont Vila – CEO\n• Sarah O'Connell – Chief Commercial Officer\n\n"
            "Join Microsoft Teams meeting\n"
            + TEAMS_EN.format(mid="ZTk1MmQ2", num="318 552 771 904", pw="aB3xQ9")
            + "\nScheduled via ModernLoop on behalf of Vinorama Talent")
    ev = vevent(uid, "Final Round: Gonzalo Herrera | Head of Spanish & LatAm Wines", MAD + "20250429T160000",
                MADE + "20250429T170000", stamp="20250423T110020Z",
                organizer=org("talent@vinorama.com", "Vinorama Talent"),
                attendees=[att(ME, "Gonzalo Herrera"), att("jordi.puigdemont@vinorama.com", "Jordi Puigdemont Vila"),
                           att("sarah.oconnell@vinorama.com", "Sarah O'Connell")],
                desc=desc, loc="Microsoft Teams Meeting")
    text = cal("-//ModernLoop//ModernLoop Scheduler//EN", ev, tz=[TZ_MADRID])
    return Ev("modernloop-final-en", text, uid, 1, "Vinorama", "Head of Spanish & LatAm Wines", "final",
              ["jordi.puigdemont@vinorama.com", "sarah.oconnell@vinorama.com"], "modernloop-final-en")


def calendly() -> Ev:
    uid = "a81c2f0e-55b1-4f9d-8c3e-altospucon@calendly.com"
    desc = ("Nombre del evento: Entrevista Gerente de A&B – Lodge Altos de Pucón\n\nFecha/hora: 14:00 - 14:45 "
            "(hora de Chile)\n\nInvitado: Gonzalo Herrera\nCorreo: gonzalo.herrera.vino@gmail.com\n\nEntrevista "
            "con Sebastián Hott, gerente general del lodge. Conversaremos sobre la temporada alta, la carta de "
            "vinos y el equipo de sala.\n\nUbicación: Zoom. Los detalles se enviarán al invitado.\n\n"
            "¿Necesitas hacer cambios?\nCancelar: https://calendly.com/cancellations/a81c2f0e\n"
            "Reprogramar: https://calendly.com/reschedulings/a81c2f0e\n\nCon la tecnología de Calendly.com")
    ev = vevent(uid, "Entrevista Gerente de A&B – Lodge Altos de Pucón entre Sebastián Hott y Gonzalo Herrera",
                "DTSTART:20250408T180000Z", "DTEND:20250408T184500Z", stamp="20250402T231507Z",
                organizer=org("sebastian@altosdepucon.cl", "Sebastián Hott"),
                attendees=[att(ME, "Gonzalo Herrera"), att("sebastian@altosdepucon.cl", "Sebastián Hott",
                                                            stat="ACCEPTED", rsvp=False)],
                desc=desc, loc="https://us06web.zoom.us/j/86022041177")
    text = cal("-//Calendly//Calendly//EN", ev)
    return Ev("calendly-es", text, uid, 1, "Lodge Altos de Pucón", "Gerente de A&B", "hiring_manager",
              ["sebastian@altosdepucon.cl"], "calendly-gm-es")


def calcom() -> Ev:
    uid = "calcom-bk-7Hq2xWz9Lr@cal.com"
    desc = ("Qué: Llamada inicial – Coordinador de Enoturismo\nQuién:\n- Daniela Cáceres - Organizador\n"
            "  daniela.caceres@enoturismocolchagua.cl\n- Gonzalo Herrera\n  gonzalo.herrera.vino@gmail.com\n\n"
            "Dónde: Llamada telefónica (te llamaremos al +56 9 8812 4470)\n\nDescripción: Primera conversación con "
            "Selección de Enoturismo Colchagua sobre el cargo y tus expectativas.\n\n"
            "¿Necesitas cambiar? Cancela o reprograma en https://cal.com/booking/7Hq2xWz9Lr")
    ev = vevent(uid, "Llamada inicial – Coordinador de Enoturismo entre Daniela Cáceres y Gonzalo Herrera",
                SCL + "20250312T120000", SCLE + "20250312T122000", stamp="20250310T130133Z",
                organizer=org("daniela.caceres@enoturismocolchagua.cl", "Daniela Cáceres"),
                attendees=[att(ME, "Gonzalo Herrera")], desc=desc, loc="Llamada telefónica")
    text = cal("-//Cal.com Inc.//Cal.com Event//EN", ev, tz=[TZ_SANTIAGO])
    return Ev("calcom-phone-es", text, uid, 1, "Enoturismo Colchagua", "Coordinador de Enoturismo",
              "recruiter_screen", ["daniela.caceres@enoturismocolchagua.cl"], "calcom-phone-screen-es")


def bookings() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000B0F3C1A2E993DB01000000000000000010000000BOOKINGS4471"
    desc = ("Gonzalo Herrera,\n\nSu cita está confirmada.\n\nServicio: Entrevista inicial – Sommelier Ejecutivo\n"
            "Personal: Fernanda Jara\n\nGrupo Costanera Gastronomía\nAv. Andrés Bello 2447, Providencia\n\n"
            "Únase a la reunión de Teams desde aquí: https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            "Ym9va2luZ3M%40thread.v2/0\n\nCancelar o reprogramar: https://outlook.office365.com/owa/calendar/"
            "GrupoCostanera@gcostanera.cl/bookings/")
    ev = vevent(uid, "Entrevista inicial – Sommelier Ejecutivo", "DTSTART;TZID=Pacific SA Standard Time:"
                "20250320T110000", "DTEND;TZID=Pacific SA Standard Time:20250320T113000", stamp="20250317T142844Z",
                organizer=org("GrupoCostanera@gcostanera.cl", "Grupo Costanera Gastronomía"),
                attendees=[att(ME, "Gonzalo Herrera"), att("fjara@gcostanera.cl", "Jara, Fernanda")],
                desc=desc, loc="Microsoft Teams",
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    text = cal(EXCHANGE, ev, tz=[TZ_WIN_SANTIAGO])
    return Ev("bookings-es", text, uid, 1, "Grupo Costanera Gastronomía", "Sommelier Ejecutivo",
              "recruiter_screen", ["fjara@gcostanera.cl"], "ms-bookings-windows-tz-es")


def greenhouse() -> Ev:
    uid = "greenhouse-interview-8829103-vinamigo@greenhouse.io"
    desc = ("Hola Gonzalo,\n\nTe compartimos la invitación para tu entrevista con Vinamigo para el cargo de "
            "Head of Wine Curation LatAm.\n\nEntrevista técnica: Caso de portafolio\nEntrevistadores: Ignacio "
            "Fuenzalida (COO), Valeria Poblete (Compras)\n\nPor favor prepara una propuesta de 8 etiquetas para "
            "el lanzamiento en Perú. Esta invitación la envía Constanza, coordinadora de reclutamiento; ella no "
            "participa.\n\n" + MEET_ES.format(code="gvn-ozby-kwe", tail="1207", pin="883 001 442"))
    ev = vevent(uid, "Vinamigo | Entrevista técnica – Gonzalo Herrera", SCL + "20250326T160000",
                SCLE + "20250326T171500", stamp="20250321T173302Z",
                organizer=org("constanza.vera@vinamigo.cl", "Constanza Vera"),
                attendees=[att(ME, "Gonzalo Herrera"), att("ignacio@vinamigo.cl", "Ignacio Fuenzalida"),
                           att("valeria.poblete@vinamigo.cl", "Valeria Poblete"),
                           att("constanza.vera@vinamigo.cl", "Constanza Vera", role="OPT-PARTICIPANT",
                               stat="ACCEPTED", rsvp=False)],
                desc=desc, loc="Google Meet")
    text = cal(GOOGLE, ev, tz=[TZ_SANTIAGO])
    return Ev("greenhouse-es", text, uid, 1, "Vinamigo", "Head of Wine Curation LatAm", "technical",
              ["ignacio@vinamigo.cl", "valeria.poblete@vinamigo.cl"], "greenhouse-coordinator-es")


def smartrecruiters() -> Ev:
    uid = "sr-int-6a9e1c2b4d@smartrecruiters.com"
    desc = ("Dear Gonzalo,\n\nThank you for applying to Maravia Hotels. We would like to invite you to a phone "
            "screening for the position Food & Beverage Manager – Maravia Santiago Costanera.\n\nYour "
            "interviewer: Anneliese Vogt (Talent Acquisition Specialist, LATAM)\nShe will call you on "
            "+56 9 8812 4470.\n\nKind regards,\nMaravia Hotels Talent Acquisition")
    ev = vevent(uid, "Phone Screening: Food & Beverage Manager – Maravia Santiago Costanera",
                "DTSTART:20250314T130000Z", "DTEND:20250314T133000Z", stamp="20250311T080012Z",
                organizer=org("careers@smartrecruiters.com", "Maravia Hotels"),
                attendees=[att(ME, "Gonzalo Herrera"), att("anneliese.vogt@maravia.com", "Anneliese Vogt")],
                desc=desc, loc="Phone call")
    text = cal("-//SmartRecruiters//Interview Scheduling//EN", ev)
    return Ev("smartrecruiters-phone-en", text, uid, 1, "Maravia Hotels",
              "Food & Beverage Manager – Maravia Santiago Costanera", "recruiter_screen",
              ["anneliese.vogt@maravia.com"], "smartrecruiters-phone-screen-en")


def workable() -> Ev:
    uid = "workable-ev-4482917-lamesa"
    desc = ("Hola Gonzalo!\n\nTe invitamos a una entrevista con Martín Echeverría (Director de Operaciones) para "
            "la búsqueda de Gerente de Vinos y Bebidas de La Mesa Hospitality.\n\nLa entrevista es presencial "
            "en nuestras oficinas: Gorriti 5870, Palermo, CABA. Si venís desde Chile y preferís hacerla por "
            "video, avisanos.\n\nSaludos,\nEquipo La Mesa\n\nEnviado con Workable")
    ev = vevent(uid, "Entrevista – Gerente de Vinos y Bebidas (La Mesa Hospitality)",
                "DTSTART;TZID=America/Argentina/Buenos_Aires:20250422T110000",
                "DTEND;TZID=America/Argentina/Buenos_Aires:20250422T120000", stamp="20250414T164410Z",
                organizer=org("lamesahospitality@workablemail.com", "La Mesa Hospitality"),
                attendees=[att(ME, "Gonzalo Herrera"), att("martin.echeverria@lamesa.com.ar", "Martín Echeverría")],
                desc=desc, loc="Gorriti 5870, Palermo, CABA")
    text = cal("-//Workable//Workable Calendar//EN", ev, tz=[TZ_BSAS])
    return Ev("workable-ar", text, uid, 1, "La Mesa Hospitality", "Gerente de Vinos y Bebidas", "hiring_manager",
              ["martin.echeverria@lamesa.com.ar"], "workable-es-ar")


def icims() -> Ev:
    uid = "icims-int-2025-11873-lumen"
    desc = ("Interview Confirmation\n\nCandidate: Gonzalo Herrera\nJob: 11873 – Director of Wine & Beverage, "
            "Lumen Santiago\nInterview Type: Hiring Manager Interview\nInterviewer(s): Patrick Dumont, General "
            "Manager\n\nLocation: Lumen Santiago, Isidora Goyenechea 3000, Las Condes – ask for Patrick at "
            "reception.\n\nThis invitation was sent from Lumen Hotels International via iCIMS.")
    ev = vevent(uid, "Interview: Director of Wine & Beverage (11873)", SCL + "20250501T170000",
                SCLE + "20250501T180000", stamp="20250425T210045Z",
                organizer=org("lumenhotels@talent.icims.com", "Lumen Hotels Recruiting"),
                attendees=[att(ME, "Gonzalo Herrera"), att("patrick.dumont@lumenhotels.com", "Patrick Dumont")],
                desc=desc, loc="Lumen Santiago, Isidora Goyenechea 3000, Las Condes")
    text = cal("-//iCIMS//iCIMS Talent Platform//EN", ev, tz=[TZ_SANTIAGO])
    return Ev("icims-en", text, uid, 1, "Lumen Hotels International", "Director of Wine & Beverage",
              "hiring_manager", ["patrick.dumont@lumenhotels.com"], "icims-hm-en")


def softgarden() -> Ev:
    uid = "softgarden-appointment-55102934"
    desc = ("Sehr geehrter Herr Herrera,\n\nvielen Dank für Ihre Bewerbung als Einkaufsleiter Südamerika (m/w/d) "
            "bei der Weinkontor Hanse GmbH. Gerne laden wir Sie zu einem ersten telefonischen Kennenlernen ein.\n\n"
            "Gesprächspartnerin: Birte Johannsen, Personalreferentin\nDauer: ca. 30 Minuten\n\nMit freundlichen "
            "Grüßen\nIhr Recruiting-Team der Weinkontor Hanse GmbH\n\n(Der Termin ist 10:00 Uhr Santiago-Zeit.)")
    ev = vevent(uid, "Telefoninterview: Einkaufsleiter Südamerika (m/w/d) – Weinkontor Hanse GmbH",
                "DTSTART;TZID=Europe/Berlin:20250409T150000", "DTEND;TZID=Europe/Berlin:20250409T153000",
                stamp="20250401T071500Z", organizer=org("noreply@softgarden.io", "Weinkontor Hanse GmbH"),
                attendees=[att(ME, "Gonzalo Herrera"), att("b.johannsen@weinkontor-hanse.de", "Birte Johannsen")],
                desc=desc, loc="Telefon")
    tz = TZ_MADRID.replace("Europe/Madrid", "Europe/Berlin")
    text = cal("-//softgarden//softgarden e-recruiting//DE", ev, tz=[tz])
    return Ev("softgarden-de", text, uid, 1, "Weinkontor Hanse", "Einkaufsleiter Südamerika (m/w/d)",
              "recruiter_screen", ["b.johannsen@weinkontor-hanse.de"], "softgarden-phone-screen-de")


def build() -> list[Ev]:
    return [successfactors(), workday(), personio(), teamtailor(), lever(), ashby(), goodtime(), modernloop(),
            calendly(), calcom(), bookings(), greenhouse(), smartrecruiters(), workable(), icims(), softgarden()]
