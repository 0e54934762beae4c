"""holdout98: the user's own interviews, part A (ATS and scheduler templates)."""

from __future__ import annotations

from holdout98ev_ics import M, cal, meet, org, rec, room, teams, tz_olson, tz_windows, vevent, who, zoom

ME = "nuria.puig.events@yahoo.es"
ME_CN = "Núria Puig Ferrer"
GCAL = "-//Google Inc//Google Calendar 70.9054//EN"


def _greenhouse() -> list[dict[str, object]]:
    out = []
    uid = "gh-7f31c2a9e4b84d1f9a0c@mediterrahotels.com"
    desc = ("Hi Núria,\n\nThanks for your interest in the Director of Events & MICE role at Mediterra Hotels! "
            "This is a 30-minute conversation with Claire Dubois (Talent Acquisition Partner) to get to know "
            "you, walk through the role and answer your questions.\n\n" + zoom("en", "842 1187 3390", "Mh7Qk2Lx9")
            + "\nIf you need to reschedule, just reply to this email.\n\nPowered by Greenhouse")
    ev = vevent(uid, "Núria Puig Ferrer <> Mediterra Hotels - Recruiter Screen", M("20250407T100000"),
                M("20250407T103000"), stamp="20250402T141512Z", desc=desc, loc="Zoom",
                people=(org("claire.dubois@mediterrahotels.com", "Claire Dubois"),
                        who("claire.dubois@mediterrahotels.com", "Claire Dubois", ps="ACCEPTED", rsvp=False),
                        who(ME, ME_CN)))
    out.append(rec("greenhouse-en", "greenhouse-recruiter-screen-en", cal(GCAL, [ev], method="REQUEST",
               tz=tz_olson()), uid, "Mediterra Hotels", "Director of Events & MICE", "recruiter_screen",
               "claire.dubois@mediterrahotels.com"))
    uid = "gh-c0d58e1b7a2f4e63b5aa@mediterrahotels.com"
    desc = ("Hi Núria,\n\nWe're excited to welcome you to our Madrid head office for your onsite interviews for "
            "Director of Events & MICE.\n\nSchedule\n10:00 - 10:45  Álvaro Sanz, VP Operations Iberia\n"
            "10:45 - 11:30  Helena Costa, Area Director of Sales\n11:30 - 12:15  Case presentation: 'A 600-pax "
            "pharma congress across three properties' with Álvaro and Helena\n\nAddress: Paseo de la Castellana "
            "93, 7th floor, 28046 Madrid. Please ask for Lucía Navas (Recruiting Coordinator) at reception.\n\n"
            "Best,\nLucía\n\nPowered by Greenhouse")
    ev = vevent(uid, "Onsite Interview: Núria Puig Ferrer - Director of Events & MICE", M("20250429T100000"),
                M("20250429T121500"), stamp="20250422T091003Z", desc=desc,
                loc="Mediterra Hotels HQ, Paseo de la Castellana 93, 7th floor, Madrid",
                people=(org("lucia.navas@mediterrahotels.com", "Lucía Navas"),
                        who(ME, ME_CN),
                        who("alvaro.sanz@mediterrahotels.com", "Álvaro Sanz", ps="ACCEPTED"),
                        who("helena.costa@mediterrahotels.com", "Helena Costa", ps="ACCEPTED"),
                        who("lucia.navas@mediterrahotels.com", "Lucía Navas", role="OPT-PARTICIPANT", ps="ACCEPTED"),
                        room("mad-hq-7-sala-retiro@mediterrahotels.com", "MAD-HQ-7 Sala Retiro (10)")))
    out.append(rec("greenhouse-en", "greenhouse-onsite-coordinator-room-en", cal(GCAL, [ev], method="REQUEST",
               tz=tz_olson()), uid, "Mediterra Hotels", "Director of Events & MICE", "onsite",
               "alvaro.sanz@mediterrahotels.com;helena.costa@mediterrahotels.com"))
    uid = "gh-2b9e44f0d1c3478aa6e1@mediterrahotels.com"
    desc = ("Hola Núria:\n\nTe confirmamos la entrevista con Marina Ortega, Directora de Operaciones Cataluña, "
            "responsable de la vacante (hiring manager).\n\nLugar: Mediterra Diagonal Mar, Av. Diagonal 42, "
            "Barcelona. Pregunta por Marina en recepción.\n\nUn saludo,\nEquipo de Talento Mediterra")
    ev = vevent(uid, "Entrevista con Mediterra Hotels – Hiring Manager", M("20250414T163000"), M("20250414T173000"),
                stamp="20250409T080000Z", desc=desc, loc="Mediterra Diagonal Mar, Av. Diagonal 42, Barcelona",
                people=(org("talento@mediterrahotels.com", "Talento Mediterra"), who(ME, ME_CN),
                        who("marina.ortega@mediterrahotels.com", "Marina Ortega")))
    out.append(rec("greenhouse-es", "greenhouse-hiring-manager-es", cal(GCAL, [ev], method="REQUEST",
               tz=tz_olson()), uid, "Mediterra Hotels", "", "hiring_manager", "marina.ortega@mediterrahotels.com"))
    return out


def _workday_personio() -> list[dict[str, object]]:
    out = []
    uid = "WD-INT-R10482-000871@alcazarhoteles.es"
    desc = ("Estimada Núria Puig Ferrer:\n\nNos complace invitarte a una entrevista para la posición R-10482 "
            "Directora de Eventos (Sevilla).\n\nEntrevistador: Rafael Montoya, Director del Hotel Alcázar Real "
            "Sevilla\nFormato: videollamada (Microsoft Teams)\n\n" + teams("es", "371 552 908 114", "Yt6Pq2")
            + "\n\nEste mensaje se ha generado automáticamente desde Workday. No respondas a este correo.")
    ev = vevent(uid, "Entrevista – Directora de Eventos (R-10482)", M("20250508T110000"), M("20250508T120000"),
                stamp="20250430T103344Z", desc=desc, loc="Microsoft Teams",
                people=(org("alcazarhoteles@myworkday.com", "Alcázar Hotels & Resorts"), who(ME, ME_CN),
                        who("rmontoya@alcazarhoteles.es", "Rafael Montoya")))
    out.append(rec("workday-es", "workday-hiring-manager-es", cal("-//Workday Inc//Workday Calendar//EN", [ev],
               method="REQUEST", tz=tz_olson()), uid, "Alcázar Hotels & Resorts", "Directora de Eventos",
               "hiring_manager", "rmontoya@alcazarhoteles.es"))
    uid = "CAL-9921-4b7d-alcazar-final@alcazarhoteles.es"
    desc = ("Núria, buenos días:\n\nEn nombre de D.ª Beatriz García Roldán, Directora General, te envío la "
            "convocatoria para la entrevista final del proceso de Directora de Eventos. Asistirá también "
            "Rafael Montoya.\n\nSede central: C/ San Fernando 12, 41004 Sevilla. Planta 3.\n\nUn saludo,\n"
            "Inés Prado\nAsistente de Dirección General")
    ev = vevent(uid, "Entrevista final Dirección General – Núria Puig", M("20250522T093000", "Romance Standard Time"),
                M("20250522T103000", "Romance Standard Time"), stamp="20250515T120502Z", desc=desc,
                loc="Sede central Alcázar, C/ San Fernando 12, Sevilla – Planta 3",
                people=(org("bgarcia@alcazarhoteles.es", "García Roldán, Beatriz", sent_by="iprado@alcazarhoteles.es"),
                        who(ME, ME_CN), who("rmontoya@alcazarhoteles.es", "Montoya, Rafael")),
                extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"), seq=0)
    out.append(rec("outlook-sentby-es", "outlook-sent-by-final-es",
               cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev], method="REQUEST",
                   tz=tz_windows()), uid, "Alcázar Hotels & Resorts", "Directora de Eventos", "final",
               "bgarcia@alcazarhoteles.es;rmontoya@alcazarhoteles.es"))
    uid = "personio-interview-58213-6c1a@atlantida-dmc.com"
    desc = ("Hola Núria,\n\ngracias por tu candidatura a Senior Event Manager (Barcelona). Te propongo una "
            "primera llamada de 30 minutos con Talent para conocerte y contarte el proceso.\n\n"
            + meet("es", "vbq-ztmr-kpa", "482 119 305")
            + "\n\nSaludos,\nPaula Ferrando\nPeople & Talent · Atlàntida DMC")
    ev = vevent(uid, "Entrevista: Núria Puig Ferrer – Senior Event Manager (Barcelona)", M("20250603T120000"),
                M("20250603T123000"), stamp="20250528T151200Z", desc=desc,
                loc="https://meet.google.com/vbq-ztmr-kpa",
                people=(org("paula.ferrando@atlantida-dmc.com", "Paula Ferrando"), who(ME, ME_CN),
                        who("paula.ferrando@atlantida-dmc.com", "Paula Ferrando", ps="ACCEPTED")))
    out.append(rec("personio-es", "personio-recruiter-screen-es", cal("-//Personio GmbH//Personio//DE", [ev],
               method="REQUEST", tz=tz_olson()), uid, "Atlàntida DMC", "Senior Event Manager", "recruiter_screen",
               "paula.ferrando@atlantida-dmc.com"))
    uid = "personio-interview-58377-0e9f@atlantida-dmc.com"
    desc = ("Hola Núria,\n\nsiguiente paso: caso práctico. Te enviaremos 48 h antes un briefing de un incentivo "
            "de 180 personas (3 días, Barcelona + Montserrat) y lo presentarás en 20 minutos a Pau Giralt "
            "(Head of Operations) y Elena Ruiz (Account Director). Después, 25 min de preguntas.\n\n"
            "Oficina: C/ Pallars 108, 2.º, 08018 Barcelona\n\nPaula Ferrando\nPeople & Talent")
    ev = vevent(uid, "Caso práctico – Senior Event Manager | Atlàntida", M("20250612T160000"), M("20250612T170000"),
                stamp="20250605T093000Z", desc=desc, loc="Atlàntida DMC, C/ Pallars 108, 2.º, Barcelona",
                people=(org("paula.ferrando@atlantida-dmc.com", "Paula Ferrando"), who(ME, ME_CN),
                        who("pau.giralt@atlantida-dmc.com", "Pau Giralt"), who("elena.ruiz@atlantida-dmc.com",
                                                                                "Elena Ruiz")))
    out.append(rec("personio-es", "personio-case-study-es", cal("-//Personio GmbH//Personio//DE", [ev],
               method="REQUEST", tz=tz_olson()), uid, "Atlàntida DMC", "Senior Event Manager", "technical",
               "pau.giralt@atlantida-dmc.com;elena.ruiz@atlantida-dmc.com"))
    return out


def _lever_ashby_sr() -> list[dict[str, object]]:
    out = []
    uid = "lever-3e8a1d44-92b7-4c0e-8f11-5a6d7b0c2e19"
    desc = ("Interview with Casa Lumen Hotels\n\nCandidate: Núria Puig Ferrer\nPosition: Head of Events & "
            "Weddings – Lisbon\nInterviewer: Duarte Meireles (General Manager, Casa Lumen Alfama)\n\n"
            + meet("en", "kqe-wpfx-rnd", "915 004 726") + "\n\nScheduled via Lever")
    ev = vevent(uid, "Casa Lumen Hotels: Interview with Núria Puig Ferrer", M("20250611T140000", "Europe/Lisbon"),
                M("20250611T144500", "Europe/Lisbon"), stamp="20250604T170245Z", desc=desc,
                people=(org("no-reply@hire.lever.co", "Casa Lumen Hotels"), who(ME, ME_CN),
                        who("duarte.meireles@casalumen.pt", "Duarte Meireles")))
    out.append(rec("lever-en", "lever-hiring-manager-lisbon-en", cal(GCAL, [ev], method="REQUEST",
               tz=tz_olson("Europe/Lisbon")), uid, "Casa Lumen Hotels", "Head of Events & Weddings",
               "hiring_manager", "duarte.meireles@casalumen.pt"))
    uid = "lever-7d0c55b2-11aa-4f3e-b6d9-0e4c8a2f7731"
    desc = ("Phone screen – Casa Lumen Hotels\nRita Saldanha (Talent Acquisition) will call you on +34 6** *** 418."
            "\nRole: Head of Events & Weddings – Lisbon\n\nScheduled via Lever")
    ev = vevent(uid, "Phone screen: Núria Puig Ferrer / Rita Saldanha", ":20250602T083000Z", ":20250602T090000Z",
                stamp="20250529T101100Z", desc=desc, loc="Phone call",
                people=(org("rita.saldanha@casalumen.pt", "Rita Saldanha"), who(ME, ME_CN)))
    out.append(rec("lever-en", "lever-phone-screen-utc-en", cal(GCAL, [ev], method="REQUEST"), uid,
               "Casa Lumen Hotels", "Head of Events & Weddings", "recruiter_screen", "rita.saldanha@casalumen.pt"))
    uid = "lever-final-casalumen-2025-06-24-nuria"
    ev = vevent(uid, "Final interview – Casa Lumen Hotels (Lisbon, in person)", ":20250624T083000Z",
                ":20250624T103000Z", stamp="20250617T120000Z",
                desc=("Final round in Lisbon with the owners' representative and the COO.\n- Inês Vasconcelos, "
                      "COO\n- Miguel Torres Abreu, Board\nTravel booked: TP1029 BCN-LIS 06:35."),
                loc="Casa Lumen Alfama, Rua de São Miguel 21, 1100-544 Lisboa",
                people=(org("rita.saldanha@casalumen.pt", "Rita Saldanha"), who(ME, ME_CN),
                        who("ines.vasconcelos@casalumen.pt", "Inês Vasconcelos"),
                        who("mtorres@casalumen.pt", "Miguel Torres Abreu")))
    out.append(rec("lever-en", "final-utc-en", cal(GCAL, [ev], method="REQUEST"), uid, "Casa Lumen Hotels",
               "", "final", "ines.vasconcelos@casalumen.pt;mtorres@casalumen.pt"))
    uid = "ashby-int-0f5b7c1e-a83d-4b21-9c2e-arenaevents"
    desc = ("Hi Núria — looking forward to chatting!\n\nThis is a 30-min intro call with Sam Whitaker "
            "(Senior Talent Partner) about the Director, Client Events (EMEA) role at Arena Events Group.\n\n"
            + zoom("en", "871 2290 4415", "ArEn4x77q") + "\n\nSent via Ashby")
    ev = vevent(uid, "Intro call – Director, Client Events (EMEA) – Arena Events Group", M("20250610T150000"),
                M("20250610T153000"), stamp="20250606T080000Z", desc=desc, loc="Zoom",
                people=(org("sam.whitaker@arenaeventsgroup.com", "Sam Whitaker"), who(ME, ME_CN)))
    out.append(rec("ashby-en", "ashby-recruiter-screen-en", cal("-//Ashby//Ashby Scheduling//EN", [ev],
               method="REQUEST", tz=tz_olson()), uid, "Arena Events Group", "Director, Client Events (EMEA)",
               "recruiter_screen", "sam.whitaker@arenaeventsgroup.com"))
    uid = "ashby-loop-6a2e9d10-77c4-4f0b-8e51-arenaevents"
    desc = ("Your interview loop – Director, Client Events (EMEA)\n\n09:30 Hiring manager – Rebecca Lund, VP "
            "Client Events\n10:15 Event operations deep-dive – Jordi Casals, Head of Production\n11:00 Commercial "
            "– Priya Nair, Sales Director EMEA\n\nCoordinator: Ben Ortiz (not interviewing)\nArena Madrid office, "
            "Calle de Serrano 41, 4th floor.\n\nSent via Ashby")
    ev = vevent(uid, "Interview loop: Núria Puig Ferrer (Director, Client Events EMEA)", M("20250626T093000"),
                M("20250626T114500"), stamp="20250619T133000Z", desc=desc,
                loc="Arena Events Group, Calle de Serrano 41, 4th floor, Madrid",
                people=(org("ben.ortiz@arenaeventsgroup.com", "Ben Ortiz"), who(ME, ME_CN),
                        who("rebecca.lund@arenaeventsgroup.com", "Rebecca Lund"),
                        who("jordi.casals@arenaeventsgroup.com", "Jordi Casals"),
                        who("priya.nair@arenaeventsgroup.com", "Priya Nair"),
                        room("mad-serrano-4-boardroom@arenaeventsgroup.com", "Madrid – Boardroom 4F")))
    out.append(rec("ashby-en", "ashby-onsite-loop-en", cal("-//Ashby//Ashby Scheduling//EN", [ev], method="REQUEST",
               tz=tz_olson()), uid, "Arena Events Group", "Director, Client Events (EMEA)", "onsite",
               "rebecca.lund@arenaeventsgroup.com;jordi.casals@arenaeventsgroup.com;priya.nair@arenaeventsgroup.com"))
    uid = "sr-7c61b0a4e2@smartrecruiters.com"
    desc = ("Dear Núria,\n\nYou are invited to a video interview for the position Events Director – Solvora Costa "
            "Brava Resort.\n\nInterviewer: Marc Oliveras, Resort Manager\nDuration: 45 min\n\n"
            + teams("en", "398 114 227 650", "Sv9kLm") + "\n\nSolvora Hotels & Resorts Talent Team\n"
            "Sent via SmartRecruiters")
    ev = vevent(uid, "Video Interview: Events Director – Solvora Hotels & Resorts", M("20250512T170000"),
                M("20250512T174500"), stamp="20250507T101500Z", desc=desc, loc="Microsoft Teams Meeting",
                people=(org("noreply@smartrecruiters.com", "Solvora Hotels & Resorts"), who(ME, ME_CN),
                        who("m.oliveras@solvora.com", "Marc Oliveras")))
    out.append(rec("smartrecruiters-en", "smartrecruiters-hiring-manager-en",
               cal("-//SmartRecruiters//Interview Scheduler//EN", [ev], method="REQUEST", tz=tz_olson()), uid,
               "Solvora Hotels & Resorts", "Events Director", "hiring_manager", "m.oliveras@solvora.com"))
    uid = "sr-8d02f1c9aa@smartrecruiters.com"
    desc = ("Dear Núria,\n\nPlease note the NEW TIME for your case presentation (Events Director – Solvora Costa "
            "Brava Resort). You'll present your 2026 MICE plan to Marc Oliveras and Gemma Vilar (Director of "
            "Sales).\n\n" + teams("en", "398 221 904 377", "Qw2xTr") + "\n\nSent via SmartRecruiters")
    ev = vevent(uid, "Rescheduled: Case presentation – Events Director (Solvora)", M("20250526T103000"),
                M("20250526T113000"), stamp="20250521T080000Z", desc=desc, loc="Microsoft Teams Meeting", seq=2,
                people=(org("noreply@smartrecruiters.com", "Solvora Hotels & Resorts"), who(ME, ME_CN),
                        who("m.oliveras@solvora.com", "Marc Oliveras"), who("g.vilar@solvora.com", "Gemma Vilar")))
    out.append(rec("smartrecruiters-en", "rescheduled-case-en", cal("-//SmartRecruiters//Interview Scheduler//EN",
               [ev], method="REQUEST", tz=tz_olson()), uid, "Solvora Hotels & Resorts", "Events Director",
               "technical", "m.oliveras@solvora.com;g.vilar@solvora.com"))
    return out


def _misc() -> list[dict[str, object]]:
    out = []
    uid = "6pi3ic9o70r3ib9k6sr34b9k64o3ab9p6oqj4bb26ko6ac9hc4r32d9g6g"
    desc = ("Hola Núria! Com et vaig dir per telèfon, ens veiem a la masia i t'ensenyo l'espai. Parlem de la "
            "posició de directora d'operacions i de com veus Brava MICE d'aquí a tres anys.\n\nJordi")
    ev = vevent(uid + "@google.com", "Núria / Jordi – cafè i entrevista", M("20250516T100000"), M("20250516T113000"),
                stamp="20250512T190233Z", desc=desc, loc="Mas Bruguera, Ctra. de Palafrugell s/n, 17200 Palafrugell",
                people=(org("jordi.brava.serra@gmail.com", "Jordi Brava"), who(ME, ME_CN),
                        who("jordi.brava.serra@gmail.com", "Jordi Brava", ps="ACCEPTED", rsvp=False)))
    out.append(rec("founder-gmail-ca", "founder-freemail-body-company-ca", cal(GCAL, [ev], method="REQUEST",
               tz=tz_olson()), uid + "@google.com", "Brava MICE", "directora d'operacions", "",
               "jordi.brava.serra@gmail.com"))
    uid = "tt-interview-1f7a20c3@kaleido-eventos.teamtailor-mail.com"
    desc = ("Hola Núria,\n\n¡Gracias por presentarte a Event Project Manager Senior en Kaleido Eventos! Te "
            "llamaremos al teléfono que indicaste en tu candidatura para una primera conversación de 20 minutos."
            "\n\nUn saludo,\nCarla Benet · Talent · Kaleido")
    ev = vevent(uid, "Llamada con Kaleido Eventos", M("20250505T093000"), M("20250505T095000"),
                stamp="20250430T120000Z", desc=desc, loc="Llamada telefónica",
                people=(org("carla.benet@kaleido-eventos.com", "Carla Benet"), who(ME, ME_CN)))
    out.append(rec("teamtailor-es", "teamtailor-phone-screen-es", cal("-//Teamtailor//Teamtailor Calendar//EN",
               [ev], method="REQUEST", tz=tz_olson()), uid, "Kaleido Eventos", "Event Project Manager Senior",
               "recruiter_screen", "carla.benet@kaleido-eventos.com"))
    uid = "kaleido-jornada-practica-20250519@kaleido-eventos.com"
    base = vevent(uid, "Kaleido – Jornada práctica (Event Project Manager Senior)", M("20250519T090000"),
                  M("20250519T130000"), stamp="20250512T110000Z",
                  desc=("Dos mañanas de prueba práctica: lunes montaje y briefing de proveedores en el Espacio "
                        "Harinera con Óscar Prieto (Director de Producción); martes revisión de presupuesto con "
                        "Óscar. Carla Benet coordina."),
                  loc="Espacio Harinera, C/ Almogàvers 122, Barcelona",
                  people=(org("carla.benet@kaleido-eventos.com", "Carla Benet"), who(ME, ME_CN),
                          who("oscar.prieto@kaleido-eventos.com", "Óscar Prieto")),
                  extra=("RRULE:FREQ=DAILY;COUNT=2",))
    override = vevent(uid, "Kaleido – Jornada práctica (día 2, nueva hora)", M("20250520T113000"),
                      M("20250520T153000"), stamp="20250514T090000Z", seq=1,
                      desc="Día 2 movido a las 11:30 (presupuesto y cierre con Óscar).",
                      loc="Kaleido Eventos, C/ Pujades 77, Barcelona",
                      people=(org("carla.benet@kaleido-eventos.com", "Carla Benet"), who(ME, ME_CN),
                              who("oscar.prieto@kaleido-eventos.com", "Óscar Prieto")),
                      extra=(f"RECURRENCE-ID{M('20250520T090000')}",))
    out.append(rec("recurring-override-es", "recurring-override-practical-es", cal(GCAL, [base, override],
               method="REQUEST", tz=tz_olson()), uid, "Kaleido Eventos", "Event Project Manager Senior",
               "technical", "oscar.prieto@kaleido-eventos.com"))
    uid = "cal-evt-Z3b8Kq0P1mN2x4Yt@calendly.com"
    desc = ("Nombre del evento: Entrevista Grupo Mirasol (30 min)\n\nPor favor, comparte lo que pueda ayudar "
            "a preparar la reunión: Candidatura Directora de Eventos y Grupos – Mallorca\n\nNecesitas hacer "
            "cambios en este evento?\nCancelar: https://calendly.com/cancellations/5e1f0a2b\nReprogramar: "
            "https://calendly.com/reschedulings/5e1f0a2b\n\nCon la tecnología de Calendly.com")
    ev = vevent(uid, "Entrevista Grupo Mirasol (30 min) entre Sofía Llull y Núria Puig Ferrer", ":20250409T080000Z",
                ":20250409T083000Z", stamp="20250403T172000Z", desc=desc,
                loc="Llamada telefónica: Sofía Llull te llamará al +34 6** *** 418",
                people=(org("sofia.llull@grupomirasol.com", "Sofía Llull"), who(ME, ME_CN, ps="ACCEPTED")))
    out.append(rec("calendly-es", "calendly-recruiter-screen-es", cal("-//Calendly//Calendly//EN", [ev],
               method="REQUEST"), uid, "Grupo Mirasol", "Directora de Eventos y Grupos", "recruiter_screen",
               "sofia.llull@grupomirasol.com"))
    uid = "1q7v0m3tbn1c0e8u2k5h4ad0rs@google.com"
    ev = vevent(uid, "Entrevista 2 – Grupo Mirasol · Dirección", ":20250423T090000Z", ":20250423T100000Z",
                stamp="20250415T112200Z",
                desc=("Núria, te esperamos en el Mirasol Portixol para la última entrevista con nuestro CEO, "
                      "Bartomeu Ferrà, y con Sofía. Comeremos después con el equipo comercial.\n"
                      "Vuelo sugerido: VY3902 BCN-PMI 08:05."),
                loc="Hotel Mirasol Portixol, Carrer de Sirena 27, Palma",
                people=(org("sofia.llull@grupomirasol.com", "Sofía Llull"), who(ME, ME_CN),
                        who("b.ferra@grupomirasol.com", "Bartomeu Ferrà")))
    out.append(rec("gcal-export-es", "x-wr-timezone-final-es", cal(GCAL, [ev], head=(
               "X-WR-CALNAME:nuria.puig.events@yahoo.es", "X-WR-TIMEZONE:Europe/Madrid")), uid, "Grupo Mirasol",
               "", "final", "b.ferra@grupomirasol.com;sofia.llull@grupomirasol.com"))
    return out


def events() -> list[dict[str, object]]:
    return _greenhouse() + _workday_personio() + _lever_ashby_sr() + _misc()
