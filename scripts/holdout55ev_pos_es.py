"""Spanish-language interviews of the user (holdout55, written blind)."""

from __future__ import annotations

from holdout55ev_boiler import meet, teams, webex, zoom
from holdout55ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    ME_NAME,
    OUTLOOK,
    THUNDERBIRD,
    att,
    cal,
    event,
    org,
    spec,
    tz,
)

MAD = "Europe/Madrid"
CAN = "Atlantic/Canary"


def events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    me = att(ME_FREE, ME_NAME)

    uid = "pers-9f31c2a07d@mareasatlanticas.personio.de"
    ics = cal(event(
        uid, "Entrevista: Director/a de Hotel (Maspalomas) – Álvaro Castillo Rey", tz(CAN, "20250317T100000"),
        tz(CAN, "20250317T104500"), organizer=org("marta.suarez@mareasatlanticas.com", "Marta Suárez"),
        attendees=[att("marta.suarez@mareasatlanticas.com", "Marta Suárez", stat="ACCEPTED"), me],
        desc="Hola Álvaro,\n\ngracias por tu interés en Hoteles Mareas Atlánticas. Te confirmo la primera "
             "entrevista con el equipo de Personas para la vacante Director/a de Hotel (Maspalomas).\n"
             "Duración aprox. 45 minutos.\n\n" + meet("kqa-rmvt-jdw") + "\n\nEnviado a través de Personio",
        loc="Google Meet"), tzs=(CAN,))
    out.append(spec("personio", "es", ics, uid, 1, "Hoteles Mareas Atlánticas", "Director/a de Hotel",
                    "recruiter_screen", "marta.suarez@mareasatlanticas.com"))

    uid = "SF-INT-000418823-2@sbhr.successfactors.eu"
    ics = cal(event(
        uid, "Entrevista Director Regional de Operaciones - Caso práctico", tz(MAD, "20250324T163000"),
        tz(MAD, "20250324T180000"),
        organizer=org("recruiting@sbhr.com", "Selección Sierra Blanca Hotels & Resorts"),
        attendees=[att("rocio.navas@sbhr.com", "Navas, Rocío", stat="ACCEPTED"),
                   att("javier.olmedo@sbhr.com", "Olmedo, Javier", stat="ACCEPTED"),
                   att("recruiting@sbhr.com", "Selección SBHR", role="NON-PARTICIPANT"), me],
        desc="Estimado/a Álvaro Castillo Rey:\n\nLe invitamos a la siguiente fase del proceso de selección para el "
             "puesto Director Regional de Operaciones (Andalucía) en Sierra Blanca Hotels & Resorts.\n\n"
             "Fase: caso práctico. Dispondrá de 30 minutos para presentar su análisis del caso enviado (hotel "
             "vacacional de 320 habitaciones en Marbella) y 45 minutos de preguntas.\n"
             "Entrevistadores: Rocío Navas (Directora de Operaciones) y Javier Olmedo (Controller Financiero).\n\n"
             "Lugar: Oficinas centrales, Avda. Ricardo Soriano 72, Marbella.\n\nEste mensaje ha sido generado "
             "automáticamente por SAP SuccessFactors Recruiting.",
        loc="Avda. Ricardo Soriano 72, 29601 Marbella"), prodid="-//SAP SuccessFactors//Recruiting//EN",
        method="REQUEST", tzs=(MAD,))
    out.append(spec("successfactors", "es", ics, uid, 1, "Sierra Blanca Hotels & Resorts",
                    "Director Regional de Operaciones", "technical", "rocio.navas@sbhr.com;javier.olmedo@sbhr.com",
                    "successfactors-case-es"))

    uid = "040000008200E00074C5B7101A82E00800000000B0C4F3D1A27DDB01000000000000000010000000E2A4D6"
    rst = "Romance Standard Time"
    ics = cal(event(
        uid, "Entrevista - Dirección de Hotel Zamora", tz(rst, "20250320T120000"), tz(rst, "20250320T130000"),
        organizer=org("lucia.marquez@posadasdelduero.es", "Márquez Villa, Lucía",
                      sent_by="asistente.direccion@posadasdelduero.es"),
        attendees=[att(ME_FREE, "alvaro.castillo.rey@yahoo.es")],
        desc="Buenos días Álvaro,\n\nTal y como hablamos, le envío convocatoria para conocernos. Seré yo quien le "
             "entreviste para la dirección del hotel de Zamora; hablaremos de su experiencia y del proyecto de "
             "reforma del edificio.\n\nUn saludo,\nLucía Márquez Villa\nDirectora de Operaciones\nPosadas del Duero",
        html="<html><body><p>Buenos días Álvaro,</p><p>Tal y como hablamos, le envío convocatoria para "
             "conocernos.</p><p>Lucía Márquez Villa<br>Directora de Operaciones<br>Posadas del Duero</p></body></html>",
        loc="Posada Plaza Mayor - Zamora (recepción)",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "CLASS:PUBLIC", "PRIORITY:5"]),
        prodid=EXCHANGE, method="REQUEST", tzs=(rst,))
    out.append(spec("outlook-sentby", "es", ics, uid, 1, "Posadas del Duero", "Director de Hotel",
                    "hiring_manager", "lucia.marquez@posadasdelduero.es"))

    uid = "wd-INTERVIEW-3-88412@terranova.myworkday.com"
    ics = cal(event(
        uid, "Entrevista programada: Gerente General – Terranova Riviera Maya (R-10442)",
        tz("America/Cancun", "20250326T090000"), tz("America/Cancun", "20250326T100000"),
        organizer=org("terranova@myworkday.com", "Terranova Hotels & Resorts"),
        attendees=[att("rodrigo.pena@terranovaresorts.mx", "Rodrigo Peña"), me],
        desc="Hola Álvaro,\n\nTu entrevista con el gerente de contratación para la vacante Gerente General – "
             "Terranova Riviera Maya ha sido programada.\nEntrevistador: Rodrigo Peña, VP de Operaciones México.\n"
             "Hora: 09:00 (hora de Cancún) / 16:00 (hora de Madrid).\n\n" + zoom("842 5519 3307"),
        loc="Zoom"), prodid="-//Workday Inc//Workday Recruiting//EN", method="REQUEST", tzs=("America/Cancun",))
    out.append(spec("workday-mx", "es", ics, uid, 1, "Terranova Hotels & Resorts", "Gerente General",
                    "hiring_manager", "rodrigo.pena@terranovaresorts.mx"))

    uid = "tt-interview-552190@grupofaroazul.teamtailor.com"
    ics = cal(event(
        uid, "Entrevista final con Dirección General · Director/a de Operaciones", tz(MAD, "20250409T170000"),
        tz(MAD, "20250409T180000"),
        organizer=org("irene.lozano@grupofaroazul.es", "Irene Lozano (Grupo Faro Azul)"),
        attendees=[att("jaime.ortuno@grupofaroazul.es", "Jaime Ortuño"),
                   att("carmen.faro@grupofaroazul.es", "Carmen Faro"),
                   att("irene.lozano@grupofaroazul.es", "Irene Lozano", role="OPT-PARTICIPANT"), me],
        desc="¡Hola Álvaro!\n\nEnhorabuena por llegar a la última fase. Te reunirás con Jaime Ortuño (CEO) y Carmen "
             "Faro (presidenta). Yo me encargo de la coordinación y no estaré en la llamada salvo que surja algún "
             "problema técnico.\n\n" + teams("NDk3ZmFyb2F6dWw") + "\n\nIrene · Talent · Grupo Faro Azul",
        loc="Reunión de Microsoft Teams"), prodid="-//Teamtailor//Interview//EN", tzs=(MAD,))
    out.append(spec("teamtailor", "es", ics, uid, 1, "Grupo Faro Azul", "Director/a de Operaciones", "final",
                    "jaime.ortuno@grupofaroazul.es;carmen.faro@grupofaroazul.es", "teamtailor-coordinator-es"))

    uid = "7c1e0a94-22b1-4c5a-9d1e-hosteltalent-0412"
    ics = cal(event(
        uid, "Álvaro Castillo / Hotel Miramar Donostia – entrevista con la propiedad", tz(MAD, "20250403T113000"),
        tz(MAD, "20250403T130000"),
        organizer=org("bochoa@hosteltalent.es", "Beatriz Ochoa | Hosteltalent"),
        attendees=[att("izubiaurre@miramardonostia.com", "Iñaki Zubiaurre"),
                   att("bochoa@hosteltalent.es", "Beatriz Ochoa", role="OPT-PARTICIPANT"), me],
        desc="Álvaro, te confirmo la entrevista con Iñaki Zubiaurre, propietario del Hotel Miramar Donostia, para la "
             "dirección general del hotel. Yo os presentaré al principio y luego os dejo solos.\n"
             "Lugar: el propio hotel, Paseo de la Concha s/n. Pregunta por Iñaki en recepción.\n\n"
             "Beatriz Ochoa\nSenior Consultant – Hosteltalent Executive Search",
        loc="Hotel Miramar Donostia, Paseo de la Concha, Donostia"), prodid=GOOGLE, method="REQUEST", tzs=(MAD,))
    out.append(spec("agency", "es", ics, uid, 1, "Hotel Miramar Donostia", "director general", "hiring_manager",
                    "izubiaurre@miramardonostia.com", "agency-names-employer-es"))

    uid = "3pl1v0k2jv8q1vde4g1q0r5h7a@google.com"
    ics = cal(event(
        uid, "Entrevista gerente Casa Albahaca", tz(MAD, "20250412T110000"), tz(MAD, "20250412T123000"),
        organizer=org("pep.mascaro.albahaca@gmail.com", "Pep Mascaró"),
        attendees=[att("pep.mascaro.albahaca@gmail.com", "Pep Mascaró", stat="ACCEPTED"), me],
        desc="Hola Álvaro! Como te dije por teléfono, te espero en la finca. Te enseño la casa, las 24 habitaciones "
             "y el huerto, y hablamos con calma de la gerencia para la temporada. Si vienes en coche, la entrada "
             "es por el camí de Son Vell.\nPep",
        loc="Casa Albahaca, Camí de Son Vell km 3, Sóller, Mallorca"), prodid=GOOGLE, method="REQUEST", tzs=(MAD,))
    out.append(spec("founder-gmail", "es", ics, uid, 1, "Casa Albahaca", "gerente", "",
                    "pep.mascaro.albahaca@gmail.com"))

    uid = "A7F1C0D2-5B3E-4E88-9C21-0F1D2E3A4B55"
    ics = cal(event(uid, "Entrevista Iberhostal 2ª vuelta", ":20250407T100000", ":20250407T113000",
                    loc="C/ Alcalá 120, 4º, Madrid", desc="Llevar CV impreso y cifras RevPAR 2024",
                    extra=["TRANSP:OPAQUE", "CREATED:20250401T183012Z"]), prodid=APPLE)
    out.append(spec("user-terse-floating", "es", ics, uid, 1, "Iberhostal"))

    uid = "0l4k2t7mfb9s3c8hq5n1r6v2x0@google.com"
    ics = cal(event(
        uid, "Llamada de Selección – Olivia Hoteles (Jefe/a de Operaciones)", tz(MAD, "20250318T093000"),
        tz(MAD, "20250318T100000"), organizer=org("talento@oliviahoteles.com", "Talento Olivia Hoteles"),
        attendees=[att("sandra.vidal@oliviahoteles.com", "Sandra Vidal", stat="ACCEPTED"), me],
        desc="Te llamará Sandra Vidal, de nuestro equipo de Selección, al número que nos facilitaste "
             "(+34 6XX XXX 214). Será una primera conversación de unos 20-30 minutos.",
        loc="Llamada telefónica"), prodid=GOOGLE, method="REQUEST", tzs=(MAD,))
    out.append(spec("phone-screen", "es", ics, uid, 1, "Olivia Hoteles", "Jefe/a de Operaciones",
                    "recruiter_screen", "sandra.vidal@oliviahoteles.com"))

    uid = "b1f0c3de-77a2-4f15-8c6d-calendly-e0a11"
    ics = cal(event(
        uid, "Entrevista inicial (30 min) entre Nerea Goñi y Álvaro Castillo Rey", ":20250319T150000Z",
        ":20250319T153000Z", organizer=org("nerea.goni@verticehg.com", "Nerea Goñi"),
        attendees=[att("nerea.goni@verticehg.com", "Nerea Goñi", stat="ACCEPTED"), me],
        desc="Invitado: Álvaro Castillo Rey\nCorreo electrónico del invitado: alvaro.castillo.rey@yahoo.es\n"
             "Nombre del evento: Entrevista inicial – Director/a de Hotel Pamplona (Vértice Hospitality Group)\n\n"
             "Ubicación: Esta es una llamada web de Google Meet. https://meet.google.com/vhx-pqrs-tua\n\n"
             "¿Necesitas hacer cambios en este evento?\nCancelar: https://calendly.com/cancellations/b1f0c3de\n"
             "Reprogramar: https://calendly.com/reschedulings/b1f0c3de\n\nCon la tecnología de Calendly.com",
        loc="https://meet.google.com/vhx-pqrs-tua"), prodid="-//Calendly//Calendly//EN", method="REQUEST")
    out.append(spec("calendly", "es", ics, uid, 1, "Vértice Hospitality Group", "Director/a de Hotel",
                    "recruiter_screen", "nerea.goni@verticehg.com", "calendly-utc-es"))

    uid = "AAMkADBooKINGSlumbre5aGVyZQ-7731@grupolumbre.com"
    ics = cal(event(
        uid, "Entrevista de selección - Álvaro Castillo Rey", tz(MAD, "20250401T100000"), tz(MAD, "20250401T110000"),
        organizer=org("EntrevistasGrupoLumbre@grupolumbre.onmicrosoft.com", "Entrevistas Grupo Lumbre Hoteles"),
        attendees=[att("tomas.fernandez@grupolumbre.com", "Fernández Ruiz, Tomás", stat="ACCEPTED"), me],
        desc="Se ha confirmado su reserva con Grupo Lumbre Hoteles.\n\nServicio: Entrevista Director/a de "
             "Operaciones\nPersonal: Tomás Fernández Ruiz\n\n" + teams("Ymxvb2tpbmdz") +
             "\n\nReservado con Microsoft Bookings", loc="Reunión de Microsoft Teams"),
        prodid=EXCHANGE, method="REQUEST", tzs=(MAD,))
    out.append(spec("bookings", "es", ics, uid, 1, "Grupo Lumbre Hoteles", "Director/a de Operaciones", "",
                    "tomas.fernandez@grupolumbre.com"))

    uid = "bch-assess-2025-04-a1@bahiacadizhoteles.com"
    base = event(
        uid, "Jornada de evaluación – Dirección de Hotel (Bahía de Cádiz Hoteles)", tz(MAD, "20250414T093000"),
        tz(MAD, "20250414T140000"), organizer=org("rrhh@bahiacadizhoteles.com", "RR. HH. Bahía de Cádiz Hoteles"),
        attendees=[att("manuel.gomez@bahiacadizhoteles.com", "Manuel Gómez"),
                   att("elena.rey@bahiacadizhoteles.com", "Elena Rey"), me],
        desc="Dos mañanas en el Hotel Puerta de Tierra: recorrido por el hotel, reunión con jefes de departamento "
             "y entrevistas con Manuel Gómez (Director General) y Elena Rey (Directora Financiera).",
        loc="Hotel Puerta de Tierra, Cádiz", extra=["RRULE:FREQ=DAILY;COUNT=2"])
    override = event(
        uid, "Jornada de evaluación – Dirección de Hotel (Bahía de Cádiz Hoteles) – día 2", tz(MAD, "20250415T110000"),
        tz(MAD, "20250415T150000"), organizer=org("rrhh@bahiacadizhoteles.com", "RR. HH. Bahía de Cádiz Hoteles"),
        attendees=[att("manuel.gomez@bahiacadizhoteles.com", "Manuel Gómez"),
                   att("elena.rey@bahiacadizhoteles.com", "Elena Rey"), me],
        desc="El segundo día empezamos a las 11:00 (visita a la obra del nuevo hotel de Chiclana).",
        loc="Hotel Puerta de Tierra, Cádiz", extra=["RECURRENCE-ID;TZID=Europe/Madrid:20250415T093000"], seq=1)
    ics = cal(base, override, prodid=GOOGLE, method="REQUEST", tzs=(MAD,))
    out.append(spec("recurring-override", "es", ics, uid, 1, "Bahía de Cádiz Hoteles", "Dirección de Hotel",
                    "onsite", "manuel.gomez@bahiacadizhoteles.com;elena.rey@bahiacadizhoteles.com"))

    uid = "040000008200E00074C5B7101A82E0080000000070D1A2B3C4D5DB010000000000000000100000003F9A11"
    ics = cal(event(
        uid, "Cancelado: Entrevista - Gerente Regional Canarias", tz(CAN, "20250325T120000"),
        tz(CAN, "20250325T130000"), organizer=org("dsantana@roquenublohoteles.com", "Santana Déniz, Dácil"),
        attendees=[att(ME_FREE, ME_NAME)],
        desc="Álvaro, lamentablemente tenemos que cancelar la entrevista con Dirección de Operaciones de Hoteles "
             "Roque Nublo prevista para el martes. Te escribo para buscar nueva fecha.\nDácil Santana",
        status="CANCELLED", seq=1, extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "PRIORITY:1"]),
        prodid=EXCHANGE, method="CANCEL", tzs=(CAN,))
    out.append(spec("cancelled", "es", ics, uid, 1, "Hoteles Roque Nublo", "Gerente Regional Canarias",
                    "hiring_manager", "dsantana@roquenublohoteles.com", "cancelled-method-cancel-es"))

    uid = "5u2n8d0c1k7r4m3b9x6f2p0s1q@google.com"
    ics = cal(event(
        uid, "Entrevista reprogramada: Director/a de Hotel – Hoteles Ría de Vigo", tz(MAD, "20250415T120000"),
        tz(MAD, "20250415T124500"), organizer=org("carmen.lago@hotelesriadevigo.gal", "Carmen Lago"),
        attendees=[att("carmen.lago@hotelesriadevigo.gal", "Carmen Lago", stat="ACCEPTED"), me],
        desc="Hola Álvaro, por un tema de agenda hemos tenido que mover la primera entrevista con RR. HH. del jueves "
             "10 al martes 15 a las 12:00. Disculpa las molestias.\n\n" + meet("rdv-kmpa-oqe"), seq=2,
        loc="Google Meet"), prodid=GOOGLE, method="REQUEST", tzs=(MAD,))
    out.append(spec("rescheduled", "es", ics, uid, 1, "Hoteles Ría de Vigo", "Director/a de Hotel",
                    "recruiter_screen", "carmen.lago@hotelesriadevigo.gal"))

    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB01000000000000000010000000TRAMU01"
    ics = cal(event(
        uid, "Entrevista Director de Operaciones – oficinas centrales",
        tz("W. Europe Standard Time", "20250422T100000"),
        tz("W. Europe Standard Time", "20250422T120000"),
        organizer=org("aferrer@satramuntanahotels.com", "Ferrer Pons, Aina"),
        attendees=[att("mbestard@satramuntanahotels.com", "Bestard, Miquel"),
                   att("lcolom@satramuntanahotels.com", "Colom Vidal, Laura"),
                   att("sala.dragonera@satramuntanahotels.com", "Sala Dragonera", cutype="ROOM",
                       role="NON-PARTICIPANT", rsvp=False),
                   att(ME_FREE, ME_NAME)],
        desc="Hola Álvaro,\nte confirmo la entrevista presencial en nuestras oficinas de Palma con Miquel Bestard "
             "(CEO) y Laura Colom (COO). Yo te recibiré en recepción.\nAina Ferrer · Personas · Sa Tramuntana Hotels",
        loc="Sala Dragonera; C/ Gremi Fusters 33, Palma"), prodid=OUTLOOK, method="REQUEST",
        tzs=("W. Europe Standard Time",))
    out.append(spec("outlook-room", "es", ics, uid, 1, "Sa Tramuntana Hotels", "Director de Operaciones", "onsite",
                    "mbestard@satramuntanahotels.com;lcolom@satramuntanahotels.com"))

    uid = "gh-interview-4471029-nomada@greenhouse.io"
    ics = cal(event(
        uid, "Entrevista: Álvaro Castillo Rey – Head of Operations (Nómada Living)", tz(MAD, "20250410T160000"),
        tz(MAD, "20250410T173000"), organizer=org("paula.rios@nomadaliving.com", "Paula Ríos"),
        attendees=[att("daniel.ortega@nomadaliving.com", "Daniel Ortega"),
                   att("sara.benitez@nomadaliving.com", "Sara Benítez"), me],
        desc="Hola Álvaro,\n\nte confirmamos la ronda final para Head of Operations.\n\n16:00 - 16:45 Daniel Ortega, "
             "COO\n16:45 - 17:30 Sara Benítez, Head of Finance\n\nCoordinación: Paula Ríos (no participa en la "
             "entrevista).\n\nLugar: Nómada Living Chamberí, C/ Santa Engracia 51, Madrid.",
        loc="Nómada Living Chamberí, C/ Santa Engracia 51, Madrid"), prodid="-//Greenhouse//Greenhouse//EN",
        method="REQUEST", tzs=(MAD,))
    out.append(spec("greenhouse-coordinator", "es", ics, uid, 1, "Nómada Living", "Head of Operations", "final",
                    "daniel.ortega@nomadaliving.com;sara.benitez@nomadaliving.com"))

    uid = "E3B0C442-98FC-1C14-9AFB-F4C8996FB924"
    ics = cal(event(uid, "Tenerife – entrevistas Hotel Teide Mar (todo el día)", "VALUE=DATE:20250428",
                    "VALUE=DATE:20250429", loc="Hotel Teide Mar, Puerto de la Cruz",
                    desc="Vuelo 7:05 SDR-TFN. Reuniones con el dueño y el director comercial, visita completa.",
                    extra=["TRANSP:TRANSPARENT"]), prodid=APPLE)
    out.append(spec("allday-user", "es", ics, uid, 1, "Hotel Teide Mar", "", "onsite"))

    uid = "6h2t9q0w3e8r1y5u7i4o0p2a6s@google.com"
    ics = cal(event(
        uid, "Videoentrevista RR. HH. – Director/a de Alojamiento | Timanfaya Resort", ":20250321T090000Z",
        ":20250321T094500Z", organizer=org("ana.perdomo@timanfayaresort.com", "Ana Perdomo"),
        attendees=[att("ana.perdomo@timanfayaresort.com", "Ana Perdomo", stat="ACCEPTED"), me],
        desc="Primera entrevista con Recursos Humanos.\n\n" + meet("tmf-xowa-ppe"), loc="Google Meet"),
        prodid=GOOGLE, xwr=CAN, calname="alvaro.castillo.rey@yahoo.es")
    out.append(spec("xwr-utc", "es", ics, uid, 1, "Timanfaya Resort", "Director/a de Alojamiento",
                    "recruiter_screen", "ana.perdomo@timanfayaresort.com"))

    uid = "workable-interview-2f8c1a9e4b@lasletras.workable.com"
    ics = cal(event(
        uid, "Entrevista para Director/a de Hotel en Hotel Boutique Las Letras", tz(MAD, "20250402T130000"),
        tz(MAD, "20250402T134500"), organizer=org("noreply@candidates.workablemail.com", "Hotel Boutique Las Letras"),
        attendees=[att("alejandra@hotellasletras.com", "Alejandra Soto"), me],
        desc="Hola Álvaro,\n\nAlejandra Soto te ha invitado a una entrevista para el puesto Director/a de Hotel en "
             "Hotel Boutique Las Letras.\n\nLugar: Calle de las Huertas 18, Madrid\n\nEnviado con Workable",
        loc="Calle de las Huertas 18, Madrid"), prodid="-//Workable//Workable Calendar//EN", method="REQUEST",
        tzs=(MAD,))
    out.append(spec("workable", "es", ics, uid, 1, "Hotel Boutique Las Letras", "Director/a de Hotel", "",
                    "alejandra@hotellasletras.com"))

    uid = "sr-ev-71d2a0c4-9e3b-4f6a-b8c1-cierzo"
    ics = cal(event(
        uid, "Entrevista con Hiring Manager – Director/a de Operaciones Zona Norte", tz(MAD, "20250408T100000"),
        tz(MAD, "20250408T110000"), organizer=org("noreply@smartrecruiters.com", "Hoteles Cierzo vía SmartRecruiters"),
        attendees=[att("pablo.lanuza@hotelescierzo.com", "Pablo Lanuza"), me],
        desc="Hola Álvaro,\nPablo Lanuza (Director General) será tu entrevistador.\n\n" + zoom("913 7702 4451"),
        loc="Zoom"), prodid="-//SmartRecruiters//Calendar//EN", method="REQUEST", tzs=(MAD,))
    out.append(spec("smartrecruiters", "es", ics, uid, 1, "Hoteles Cierzo", "Director/a de Operaciones Zona Norte",
                    "hiring_manager", "pablo.lanuza@hotelescierzo.com"))

    uid = "calcom-booking-kA9sT2wq7v"
    ics = cal(event(
        uid, "Entrevista técnica: caso de negocio entre Guillermo Sanz y Álvaro Castillo Rey", ":20250416T080000Z",
        ":20250416T090000Z", organizer=org("guillermo@atlantidaapartamentos.es", "Guillermo Sanz"),
        attendees=[me],
        desc="¿Qué?: Entrevista técnica: caso de negocio (Gerente Regional de Operaciones)\n¿Cuándo?: miércoles, "
             "16 de abril, 10:00 - 11:00 (Europe/Madrid)\n¿Quién?: Guillermo Sanz - Organizador, Atlántida "
             "Apartamentos Turísticos\n¿Dónde?: Cal Video\nhttps://app.cal.com/video/kA9sT2wq7v\n\n"
             "Trae tu propuesta de apertura para los 60 apartamentos de Vigo.",
        loc="https://app.cal.com/video/kA9sT2wq7v"), prodid="-//Cal.com Inc.//Cal.com Event//EN", method="REQUEST")
    out.append(spec("calcom", "es", ics, uid, 1, "Atlántida Apartamentos Turísticos",
                    "Gerente Regional de Operaciones", "technical", "guillermo@atlantidaapartamentos.es"))

    uid = "1q9w8e7r6t5y4u3i2o1p0a9s8d@google.com"
    cdmx = "America/Mexico_City"
    ics = cal(event(
        uid, "Entrevista Gerente Regional de Operaciones – Hoteles Jacarandá", tz(cdmx, "20250403T100000"),
        tz(cdmx, "20250403T110000"), organizer=org("fernanda.ibarra@hotelesjacaranda.com.mx", "Fernanda Ibarra"),
        attendees=[att("fernanda.ibarra@hotelesjacaranda.com.mx", "Fernanda Ibarra", stat="ACCEPTED"),
                   att("luis.trevino@hotelesjacaranda.com.mx", "Luis Treviño"), me],
        desc="Álvaro, ¡gusto en saludarte! Platicamos el jueves sobre la posición de Gerente Regional (hoteles de "
             "CDMX y Querétaro). Nos acompaña Luis Treviño, Director de Operaciones.\n\n" + meet("jcr-hbnq-wse"),
        loc="Google Meet"), prodid=GOOGLE, method="REQUEST", tzs=(cdmx,))
    out.append(spec("google-mx", "es", ics, uid, 1, "Hoteles Jacarandá", "Gerente Regional de Operaciones", "",
                    "fernanda.ibarra@hotelesjacaranda.com.mx;luis.trevino@hotelesjacaranda.com.mx"))

    uid = "zoom-8821004519-haciendasmayab"
    ics = cal(event(
        uid, "Última entrevista – Director General Haciendas del Mayab", tz(cdmx, "20250423T090000"),
        tz(cdmx, "20250423T100000"), organizer=org("ecamara@haciendasdelmayab.mx", "Cámara, Eduardo"),
        attendees=[att(ME_FREE, ME_NAME)],
        desc="Estimado Álvaro:\nLe comparto el enlace para nuestra última conversación antes de la decisión del "
             "consejo.\n\n" + zoom("882 1004 519") + "\n\nEduardo Cámara Peón\nPresidente – Haciendas del Mayab",
        loc="https://us02web.zoom.us/j/8821004519"), prodid=OUTLOOK, method="REQUEST", tzs=(cdmx,))
    out.append(spec("zoom-mx", "es", ics, uid, 1, "Haciendas del Mayab", "Director General", "final",
                    "ecamara@haciendasdelmayab.mx"))

    uid = "webex-2378814590-hospederias"
    ics = cal(event(
        uid, "Entrevista por videoconferencia - Gerencia Hospedería de Hervás", tz(MAD, "20250429T110000"),
        tz(MAD, "20250429T114500"), organizer=org("seleccion@hospederiasdeextremadura.es",
                                                   "Selección Red de Hospederías de Extremadura"),
        attendees=[att("mjose.calvo@hospederiasdeextremadura.es", "María José Calvo"),
                   att("antonio.serrano@hospederiasdeextremadura.es", "Antonio Serrano"), me],
        desc="Convocatoria a entrevista personal del proceso de selección para la gerencia de la Hospedería de "
             "Hervás. Tribunal: María José Calvo y Antonio Serrano.\n\n" + webex("2378814590", "es"),
        loc="Webex"), prodid=OUTLOOK, method="REQUEST", tzs=(MAD,))
    out.append(spec("webex", "es", ics, uid, 1, "Red de Hospederías de Extremadura", "Gerente", "",
                    "mjose.calvo@hospederiasdeextremadura.es;antonio.serrano@hospederiasdeextremadura.es"))

    uid = "8d1f2e3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"
    ics = cal(event(
        uid, "Entrevista telefónica Hoteles Nervión – dirección hotel Bilbao", tz(MAD, "20250404T170000"),
        tz(MAD, "20250404T173000"), organizer=org(ME_FREE, ME_NAME),
        desc="Me llama Koldo Arrieta (RR. HH.) al móvil. Puesto: Director Hotel Urbano Bilbao.",
        loc="teléfono", extra=["X-MOZ-GENERATION:1", "TRANSP:OPAQUE"]), prodid=THUNDERBIRD, tzs=(MAD,))
    out.append(spec("thunderbird-phone", "es", ics, uid, 1, "Hoteles Nervión", "Director Hotel Urbano Bilbao",
                    "recruiter_screen", "koldo arrieta"))

    uid = "040000008200E00074C5B7101A82E00800000000VALDE9912DB01000000000000000010000000AA55"
    utz = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
    ics = cal(event(
        uid, "Segunda entrevista - Director General hotel", tz(utz, "20250417T093000"), tz(utz, "20250417T103000"),
        organizer=org("rortiz@fincavaldelagua.com", "Ortiz Campos, Raúl"), attendees=[att(ME_FREE, ME_NAME)],
        desc="Álvaro,\nsegunda entrevista conmigo para la Dirección General de La Finca de Valdelagua Golf & Spa. "
             "Le espero en el club house.\nRaúl Ortiz Campos\nConsejero Delegado",
        loc="Club House, La Finca de Valdelagua, Toledo"), prodid=OUTLOOK, method="REQUEST", tzs=(utz,))
    out.append(spec("outlook-utcname", "es", ics, uid, 1, "La Finca de Valdelagua Golf & Spa", "Director General",
                    "hiring_manager", "rortiz@fincavaldelagua.com"))

    uid = "2z7x4c1v8b5n0m3l6k9j2h5g8f@google.com"
    ics = cal(event(
        uid, "Prueba práctica: auditoría operativa – Hoteles Alcázar Sevilla", tz(MAD, "20250411T090000"),
        tz(MAD, "20250411T140000"), organizer=org("beatriz.mena@hotelesalcazar.es", "Beatriz Mena"),
        attendees=[att("beatriz.mena@hotelesalcazar.es", "Beatriz Mena", stat="ACCEPTED"),
                   att("fran.roldan@hotelesalcazar.es", "Fran Roldán"), me],
        desc="Como parte del proceso para Director/a de Hotel, pasarás la mañana en el Hotel Alcázar Triana haciendo "
             "una auditoría operativa (recepción, pisos, F&B). A las 13:00 nos presentas tus conclusiones a "
             "Fran Roldán y a mí.", loc="Hotel Alcázar Triana, C/ Betis 40, Sevilla"),
        prodid=GOOGLE, method="REQUEST", tzs=(MAD,))
    out.append(spec("practical", "es", ics, uid, 1, "Hoteles Alcázar Sevilla", "Director/a de Hotel", "technical",
                    "beatriz.mena@hotelesalcazar.es;fran.roldan@hotelesalcazar.es"))

    uid = "c0ffee12-aa34-4bb5-9cc6-huntershmx77"
    ics = cal(event(
        uid, "Entrevista con Grupo Hotelero Caribe Maya (vía Hunters Hospitality)", tz("America/Cancun",
                                                                                       "20250430T083000"),
        tz("America/Cancun", "20250430T093000"), organizer=org("valeria@huntershospitality.mx", "Valeria Cota"),
        attendees=[att("sgarza@caribemaya.com", "Sergio Garza"), me],
        desc="Álvaro, queda agendada tu entrevista con Sergio Garza, Director de Capital Humano de Grupo Hotelero "
             "Caribe Maya, para la Gerencia General de su hotel en Playa del Carmen.\n" + teams("Y2FyaWJlbWF5YQ")
        + "\nValeria Cota – Hunters Hospitality México", loc="Teams"), prodid=OUTLOOK, method="REQUEST",
        tzs=("America/Cancun",))
    out.append(spec("agency-mx", "es", ics, uid, 1, "Grupo Hotelero Caribe Maya", "Gerencia General", "",
                    "sgarza@caribemaya.com", "agency-names-employer-mx"))

    uid = "3e5r7t9y1u2i4o6p8a0s@hotelessolaz.es"
    ics = cal(event(
        uid, "Entrevista con el Director de Expansión - Hoteles Solaz", tz("Romance Standard Time", "20250506T110000"),
        tz("Romance Standard Time", "20250506T120000"),
        organizer=org("mperalta@hotelessolaz.es", "Peralta, Marina", sent_by="secretaria@hotelessolaz.es"),
        attendees=[att("ggalan@hotelessolaz.es", "Galán Ibáñez, Gonzalo"), att(ME_FREE, ME_NAME),
                   att("sala.mirador@hotelessolaz.es", "Sala Mirador (8)", cutype="RESOURCE", role="NON-PARTICIPANT",
                       rsvp=False)],
        desc="Buenos días,\n\nconvocamos a D. Álvaro Castillo Rey a entrevista con D. Gonzalo Galán (Director de "
             "Expansión) para el puesto de Director de Apertura - Hotel Solaz Valencia.\nMarina Peralta, "
             "Departamento de Personas", loc="Oficinas Hoteles Solaz, Valencia - Sala Mirador"),
        prodid=EXCHANGE, method="REQUEST", tzs=("Romance Standard Time",))
    out.append(spec("outlook-resource", "es", ics, uid, 1, "Hoteles Solaz", "Director de Apertura",
                    "hiring_manager", "ggalan@hotelessolaz.es"))
    return out
