"""holdout78: the user's own interviews, part A (mostly Spanish and Catalan; Google, Outlook, ATS, hand-typed)."""

from __future__ import annotations

from holdout78ev_ics import (
    APPLE_IOS,
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    MS_PROPS,
    OUTLOOK,
    THUNDERBIRD,
    TZ_CANARY,
    TZ_LABEL_MADRID,
    TZ_MADRID,
    TZ_WIN_GMT,
    TZ_WIN_ROMANCE,
    Ev,
    alarm,
    alt_desc,
    att,
    cal,
    esc,
    html,
    lab,
    meet,
    meet_props,
    ms_uid,
    org,
    teams,
    zoom,
)

ME = att(ME_FREE, "Javier Morales Ferrer")


def tramuntana_meet() -> Ev:
    uid = "3q7c1v0lh2r8k5t9d6m4b0a1sn@google.com"
    d = ("Hola Javier,\n\nTe confirmo la entrevista para el puesto de Director/a General del Hotel Tramuntana "
         "Sóller (5*, 142 habitaciones). La entrevista la hará Marta Roig, Directora de Operaciones del grupo y "
         "futura responsable directa del puesto. Yo me encargo solo de la coordinación; si necesitas cambiar la "
         "hora, escríbeme a mí.\n\nDuración aproximada: 45 minutos.\n\nUn saludo,\nLaura Pons\n"
         "Talento y Cultura · Tramuntana Hotels\n\n" + meet("tramuntana1", "es"))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250310T103000
DTEND;TZID=Europe/Madrid:20250310T111500
DTSTAMP:20250303T081522Z
{org("laura.pons@tramuntanahotels.com", "Laura Pons")}
UID:{uid}
{att("laura.pons@tramuntanahotels.com", "Laura Pons", partstat="ACCEPTED", rsvp=False)}
{att("marta.roig@tramuntanahotels.com", "Marta Roig", partstat="ACCEPTED")}
{ME}
{meet_props("tramuntana1")}
CREATED:20250303T081520Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20250303T081521Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Entrevista – Director/a General Hotel Tramuntana Sóller (Javier Morales)")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-meet-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 1, "Tramuntana Hotels", "Director/a General", "hiring_manager",
                   "marta.roig@tramuntanahotels.com", "google-meet-es-coordinator")])


def tramuntana_final() -> Ev:
    uid = "0b4n7x2p9e1w3r6t8y5u0i2o4a@google.com"
    d = ("Javier, como hablamos: última fase del proceso. Presentarás tu plan de los primeros 100 días para "
         "Tramuntana Sóller (20 min) y después conversación con Guillem Sastre (CEO) y Marta Roig.\n"
         "Lugar: oficinas centrales, Passeig Mallorca 32, 3º, Palma. Pregunta por Laura en recepción.\n\nLaura")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250326T170000
DTEND;TZID=Europe/Madrid:20250326T183000
DTSTAMP:20250319T120210Z
{org("laura.pons@tramuntanahotels.com", "Laura Pons")}
UID:{uid}
{att("gsastre@tramuntanahotels.com", "Guillem Sastre")}
{att("marta.roig@tramuntanahotels.com", "Marta Roig")}
{att("laura.pons@tramuntanahotels.com", "Laura Pons", partstat="ACCEPTED", rsvp=False)}
{ME}
{att("sala.formentor@tramuntanahotels.com", "Sala Formentor (8)", cutype="ROOM", role="NON-PARTICIPANT")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Tramuntana Hotels – Passeig Mallorca 32, 3º, 07012 Palma")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Tramuntana – entrevista final y presentación plan 100 días")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-final-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 1, "Tramuntana Hotels", "", "final",
                   "gsastre@tramuntanahotels.com;marta.roig@tramuntanahotels.com", "google-final-room-es")])


def iberluz_teamtailor() -> Ev:
    uid = "tt-interview-4417092-iberluz@teamtailor.com"
    d = ("Hola Javier,\n\nGracias por tu candidatura a Director/a de Hotel – Iberluz Costa de la Luz. Te "
         "llamaremos por teléfono al número que nos indicaste (+34 6** *** 418).\n\nEntrevistadora: Sonia Gil, "
         "Talent Acquisition Manager\nDuración: 30 minutos\n\nSi no puedes asistir, puedes cambiar la hora aquí: "
         "https://iberluz.teamtailor.com/interviews/4417092/reschedule\n\nSaludos,\nEl equipo de Personas de "
         "Iberluz Hoteles\n\nEnviado con Teamtailor")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250211T150944Z
DTSTART:20250214T090000Z
DTEND:20250214T093000Z
SUMMARY:{esc("Entrevista telefónica con Iberluz Hoteles")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Llamada telefónica")}
{org("no-reply@teamtailor.com", "Iberluz Hoteles")}
{att("sonia.gil@iberluz.com", "Sonia Gil")}
{ME}
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("teamtailor-phone-es", cal(body, prodid="-//Teamtailor//Teamtailor Calendar//EN"),
              [lab(uid, 1, "Iberluz Hoteles", "Director/a de Hotel", "recruiter_screen", "sonia.gil@iberluz.com",
                   "teamtailor-phone-screen-es")])


def iberluz_handtyped() -> Ev:
    uid = "A1C3E6F2-77B4-4D0A-9E51-2B8C4F0D9A13"
    body = f"""BEGIN:VEVENT
CREATED:20250221T201533Z
DTEND;TZID=Europe/Madrid:20250227T130000
DTSTAMP:20250221T201604Z
DTSTART;TZID=Europe/Madrid:20250227T113000
LAST-MODIFIED:20250221T201604Z
LOCATION:{esc("Iberluz, C/ Alcalá 61, Madrid")}
SEQUENCE:0
SUMMARY:{esc("Entr. Iberluz 2a ronda - Dtor Ops + CFO")}
TRANSP:OPAQUE
UID:{uid}
URL;VALUE=URI:
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
UID:5F0E2D11-3C0A-4E8B-8C77-0E6B2C9D4A55
X-WR-ALARMUID:5F0E2D11-3C0A-4E8B-8C77-0E6B2C9D4A55
END:VALARM
END:VEVENT"""
    return Ev("ios-handtyped-es", cal(TZ_MADRID, body, prodid=APPLE_IOS, method=None),
              [lab(uid, 1, "Iberluz Hoteles", "", "", "", "handtyped-terse-es")])


def albufera_personio() -> Ev:
    uid = "personio-interview-98213-5542-hotelesalbufera"
    d = ("Hola Javier Morales Ferrer,\n\nte invitamos a la segunda entrevista para la posición de Area Manager "
         "Levante en Hoteles Albufera.\n\nEn esta fase trabajaremos un caso práctico: te enviaremos 48 horas antes "
         "la cuenta de resultados de dos hoteles del grupo y nos presentarás tu análisis y propuestas (30 min), "
         "seguido de preguntas.\n\nParticipan:\n- Vicente Ferrándiz, Director de Operaciones\n- Amparo Climent, "
         "Controller del grupo\n\nLugar: Av. del Port 114, 46023 València\n\nUn saludo,\nRecursos Humanos Hoteles "
         "Albufera")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250404T103000Z
DTSTART;TZID=Europe/Madrid:20250415T100000
DTEND;TZID=Europe/Madrid:20250415T113000
SUMMARY:{esc("Entrevista: Area Manager Levante – Javier Morales Ferrer")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Hoteles Albufera, Av. del Port 114, València")}
{org("noreply@personio.de", "Hoteles Albufera via Personio")}
{att("v.ferrandiz@hotelesalbufera.com", "Vicente Ferrándiz")}
{att("a.climent@hotelesalbufera.com", "Amparo Climent")}
{ME}
END:VEVENT"""
    return Ev("personio-case-es", cal(TZ_MADRID, body, prodid="-//Personio GmbH//Personio//DE"),
              [lab(uid, 1, "Hoteles Albufera", "Area Manager Levante", "technical",
                   "v.ferrandiz@hotelesalbufera.com;a.climent@hotelesalbufera.com", "personio-case-study-es")])


def bahia_dorada_teams_final() -> Ev:
    uid = ms_uid("bahiadorada-final")
    d = ("Estimado Javier:\n\nEn nombre de D.ª Nayra Hernández Ruiz, Consejera Delegada, le convoco a la entrevista "
         "final para la Dirección del Hotel Bahía Dorada Maspalomas. Asistirá también D. Airam Suárez, Director de "
         "Personas.\n\nAtentamente,\nYaiza Medina\nAsistente de Dirección General\n\n" + teams("bahia1", "es"))
    body = f"""BEGIN:VEVENT
{org("nhernandez@bahiadorada.es", "Hernández Ruiz, Nayra", sent_by="ymedina@bahiadorada.es")}
{att("nhernandez@bahiadorada.es", "Hernández Ruiz, Nayra", partstat="ACCEPTED", rsvp=False)}
{att("asuarez@bahiadorada.es", "Suárez Déniz, Airam")}
{att(ME_FREE, "javimorales.hotel@yahoo.es")}
DESCRIPTION;LANGUAGE=es-ES:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:{esc("Entrevista final - Dirección Hotel Bahía Dorada Maspalomas")}
DTSTART;TZID=GMT Standard Time:20250508T100000
DTEND;TZID=GMT Standard Time:20250508T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250429T074512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:{esc("Reunión de Microsoft Teams")}
{MS_PROPS}
{alt_desc(html(d.split(chr(10) + "_")[0]))}
{alarm(15)}
END:VEVENT"""
    return Ev("outlook-teams-final-es", cal(TZ_WIN_GMT, body, prodid=EXCHANGE),
              [lab(uid, 1, "Bahía Dorada Resorts", "Dirección Hotel Bahía Dorada Maspalomas", "final",
                   "nhernandez@bahiadorada.es;asuarez@bahiadorada.es", "outlook-sentby-gmt-zone-es")])


def bahia_dorada_phone() -> Ev:
    uid = "8D02A7C1-0B4E-4F33-A1D0-6E3C92B1F7E4"
    body = f"""BEGIN:VEVENT
CREATED:20250410T184211Z
DTEND;TZID=Atlantic/Canary:20250415T103000
DTSTAMP:20250410T184240Z
DTSTART;TZID=Atlantic/Canary:20250415T100000
DESCRIPTION:{esc("Me llama Airam Suárez (Personas). Hora canaria!! 11:00 en Palma. Tener a mano cifras RevPAR.")}
LAST-MODIFIED:20250410T184240Z
SEQUENCE:0
SUMMARY:{esc("📞 Bahía Dorada - 1a entrevista telefónica")}
UID:{uid}
END:VEVENT"""
    return Ev("ios-phone-canary-es", cal(TZ_CANARY, body, prodid=APPLE_IOS, method=None),
              [lab(uid, 1, "Bahía Dorada Resorts", "", "recruiter_screen", "Airam Suárez",
                   "handtyped-phone-canary-zone-es")])


def vertice_handtyped() -> Ev:
    uid = "F3B0C8A2-9D1E-4C6B-B7A4-12E9D05C3F88"
    body = f"""BEGIN:VEVENT
CREATED:20250305T092301Z
DTEND;TZID=Europe/Madrid:20250307T133000
DTSTAMP:20250305T092318Z
DTSTART;TZID=Europe/Madrid:20250307T123000
LAST-MODIFIED:20250305T092318Z
LOCATION:{esc("Vértice Hoteles - oficinas, C/ Sindicat 12, Palma")}
SEQUENCE:0
SUMMARY:{esc("Entrevista Vértice - Pepe Lluch")}
TRANSP:OPAQUE
UID:{uid}
END:VEVENT"""
    return Ev("ios-handtyped-es", cal(TZ_MADRID, body, prodid=APPLE_IOS, method=None),
              [lab(uid, 1, "Vértice Hoteles", "", "", "Pepe Lluch", "handtyped-company-in-location-es")])


def casas_teide_calendly() -> Ev:
    uid = "d41f7a0e-62b3-4c3c-9b21-5e8f0a7c2d19"
    d = ("Nombre del evento: Entrevista Director/a de Hotel (30 min)\n\nLlamada con Rocío Vidal, Responsable de "
         "Selección de Casas del Teide Hoteles. Primera conversación para conocer tu trayectoria y tus "
         "expectativas.\n\nUbicación: Rocío te llamará al +34 6** *** 418\n\n¿Necesitas hacer cambios en este "
         "evento?\nCancelar: https://calendly.com/cancellations/d41f7a0e-62b3-4c3c-9b21-5e8f0a7c2d19\n"
         "Reprogramar: https://calendly.com/reschedulings/d41f7a0e-62b3-4c3c-9b21-5e8f0a7c2d19\n\n"
         "Con la tecnología de Calendly.com")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250218T121501Z
DTSTART:20250220T160000Z
DTEND:20250220T163000Z
SUMMARY:{esc("Javier Morales Ferrer y Rocío Vidal: Entrevista Director/a de Hotel (30 min)")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("+34 6** *** 418")}
{org("rocio.vidal@casasdelteide.com", "Rocío Vidal")}
{att("rocio.vidal@casasdelteide.com", "Rocío Vidal", partstat="ACCEPTED", rsvp=False)}
{ME}
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calendly-invitee-es", cal(body, prodid="-//Calendly//Calendly Scheduling//EN"),
              [lab(uid, 1, "Casas del Teide Hoteles", "Director/a de Hotel", "recruiter_screen",
                   "rocio.vidal@casasdelteide.com", "calendly-invitee-phone-es")])


def costa_brava_agency() -> Ev:
    uid = ms_uid("hcbm-agency")
    d = ("Javier, buenos días:\n\nTal como te adelanté por teléfono, nuestro cliente Hoteles Costa Brava Mar (HCBM) "
         "quiere conocerte para la Dirección del HCBM Lloret Platja (4*S, 310 habitaciones).\n\nTe entrevistarán "
         "Montse Puigdemunt (Directora de RRHH de HCBM) y Xavier Casals (Director de Operaciones). Yo no estaré en "
         "la entrevista; te llamo después para comentar.\n\nDirección: HCBM, Passeig Marítim 9, 17310 Lloret de "
         "Mar.\n\nUn abrazo,\nElena Quintana\nSocia – Selección Hostelera Ejecutiva\nwww.seleccionhostelera.es")
    body = f"""BEGIN:VEVENT
{org("equintana@seleccionhostelera.es", "Quintana Díaz, Elena")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("mpuigdemunt@hcbm.es", "Puigdemunt, Montse", role="OPT-PARTICIPANT")}
{att("xcasals@hcbm.es", "Casals, Xavier", role="OPT-PARTICIPANT")}
DESCRIPTION;LANGUAGE=es-ES:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:{esc("Entrevista con Hoteles Costa Brava Mar – Director de Hotel (Lloret)")}
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250422T120000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250422T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T091201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:{esc("HCBM, Passeig Marítim 9, Lloret de Mar")}
{MS_PROPS}
END:VEVENT"""
    return Ev("agency-outlook-es", cal(TZ_LABEL_MADRID, body, prodid=OUTLOOK),
              [lab(uid, 1, "Hoteles Costa Brava Mar", "Director de Hotel", "",
                   "mpuigdemunt@hcbm.es;xcasals@hcbm.es", "agency-names-employer-utc-label-es")])


def sa_caleta_thunderbird() -> Ev:
    uid = "7c0a3f52-2e1b-4b8d-a0f6-c91d3e74b2aa"
    body = f"""BEGIN:VEVENT
CREATED:20250402T194010Z
LAST-MODIFIED:20250402T194355Z
DTSTAMP:20250402T194355Z
UID:{uid}
SUMMARY:{esc("Entrevista final Hoteles Sa Caleta (CEO + RRHH) - Dir. Operaciones")}
DTSTART;TZID=Europe/Madrid:20250409T090000
DTEND;TZID=Europe/Madrid:20250409T103000
LOCATION:{esc("Sa Caleta Hotels, Camí de Son Fangos 100, edificio B")}
DESCRIPTION:{esc("Con Bernat Alemany (CEO) y Cati Frau (RRHH). Llevar propuesta de estructura y "
                 "presupuesto. Aparcar en parking Son Fangos.")}
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT"""
    return Ev("thunderbird-final-es", cal(TZ_MADRID, body, prodid=THUNDERBIRD, method=None),
              [lab(uid, 1, "Hoteles Sa Caleta", "Dir. Operaciones", "final", "Bernat Alemany;Cati Frau",
                   "thunderbird-own-entry-es")])


def marea_alta_floating() -> Ev:
    uid = "2hb6o0q9u3k1m7c5e8g4s2a0vt@google.com"
    d = ("Llamada de primer filtro con Andrea Bethencourt (Hostelería Talento Partners) para la Dirección General "
         "del Marea Alta Lanzarote (Marea Alta Resorts). Andrea llama ella.")
    body = f"""BEGIN:VEVENT
DTSTART:20250303T183000
DTEND:20250303T190000
DTSTAMP:20250226T201133Z
UID:{uid}
CREATED:20250226T201130Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20250226T201131Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Llamada headhunter - Marea Alta Resorts (dir. general Lanzarote)")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-floating-agency-es", cal(body, prodid=GOOGLE, method="PUBLISH"),
              [lab(uid, 1, "Marea Alta Resorts", "Dirección General", "recruiter_screen", "Andrea Bethencourt",
                   "agency-screen-floating-es")])


def vinyes_catalan() -> Ev:
    uid = "6ugl1r4e0b7k3n9p2d5f8h0j1c@google.com"
    d = ("Hola Javier,\n\nEt confirmem la primera entrevista per a la posició de Director/a d'Hotel a Vinyes "
         "Hotels Sitges. Serà una conversa amb Recursos Humans (Núria Ventura) d'uns 40 minuts.\n\nFins aviat!\n"
         "Núria\n\n" + meet("vinyes1", "ca"))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250225T160000
DTEND;TZID=Europe/Madrid:20250225T164000
DTSTAMP:20250219T112045Z
{org("nventura@vinyeshotels.cat", "Núria Ventura")}
UID:{uid}
{att("nventura@vinyeshotels.cat", "Núria Ventura", partstat="ACCEPTED", rsvp=False)}
{ME}
{meet_props("vinyes1")}
DESCRIPTION:{esc(d)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Entrevista: Director/a d'Hotel – Vinyes Hotels Sitges")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-meet-ca", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 1, "Vinyes Hotels", "Director/a d'Hotel", "recruiter_screen", "nventura@vinyeshotels.cat",
                   "google-meet-catalan")])


def vinyes_final_outlook() -> Ev:
    uid = ms_uid("vinyes-final")
    d = ("Bon dia Javier,\n\nUs convoquem a l'entrevista final amb la Direcció General de Grup Vinyes: Jordi "
         "Ferrer-Roca (Director General) i Núria Ventura (RRHH). Durada: 1 hora.\n\nSala Priorat, Rambla de "
         "Catalunya 88, Barcelona.\n\nSalutacions cordials,\nNúria Ventura")
    body = f"""BEGIN:VEVENT
{org("nventura@vinyeshotels.cat", "Ventura i Mas, Núria")}
{att("jferrer@vinyeshotels.cat", "Ferrer-Roca, Jordi")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("sala.priorat@vinyeshotels.cat", "Sala Priorat", cutype="RESOURCE", role="NON-PARTICIPANT")}
DESCRIPTION;LANGUAGE=ca-ES:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=ca-ES:{esc("Entrevista final – Director/a d'Hotel Sitges")}
DTSTART;TZID=Romance Standard Time:20250318T100000
DTEND;TZID=Romance Standard Time:20250318T110000
DTSTAMP:20250310T140001Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=ca-ES:{esc("Sala Priorat, Rambla de Catalunya 88, Barcelona")}
{MS_PROPS}
END:VEVENT"""
    return Ev("outlook-final-ca", cal(TZ_WIN_ROMANCE, body, prodid=OUTLOOK),
              [lab(uid, 1, "Vinyes Hotels", "Director/a d'Hotel", "final",
                   "jferrer@vinyeshotels.cat;nventura@vinyeshotels.cat", "outlook-windows-zone-catalan")])


def nexo_smartrecruiters_zoom() -> Ev:
    uid = "sr-interview-7f3a2c91-0d4e-4b6a-8c55-nexohotels"
    d = ("Hola Javier,\n\nTu entrevista con Nexo Urban Hotels está confirmada.\n\nPuesto: General Manager – Nexo "
         "Madrid Gran Vía\nTipo: Entrevista con el responsable de contratación\nEntrevistador: Álvaro Lizarraga "
         "(COO)\n\n" + zoom("nexo1", "es") + "\n\nEquipo de Talento de Nexo Urban Hotels\nPowered by "
         "SmartRecruiters")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250313T081010Z
DTSTART:20250318T150000Z
DTEND:20250318T160000Z
SUMMARY:{esc("Entrevista Nexo Urban Hotels – General Manager, Nexo Madrid Gran Vía")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Zoom")}
{org("noreply@smartrecruiters.com", "Nexo Urban Hotels")}
{att("alvaro.lizarraga@nexohotels.com", "Álvaro Lizarraga")}
{ME}
END:VEVENT"""
    return Ev("smartrecruiters-zoom-es", cal(body, prodid="-//SmartRecruiters//Interview Scheduler//EN"),
              [lab(uid, 1, "Nexo Urban Hotels", "General Manager – Nexo Madrid Gran Vía", "hiring_manager",
                   "alvaro.lizarraga@nexohotels.com", "smartrecruiters-zoom-utc-es")])


def make() -> list[Ev]:
    return [tramuntana_meet(), tramuntana_final(), iberluz_teamtailor(), iberluz_handtyped(), albufera_personio(),
            bahia_dorada_teams_final(), bahia_dorada_phone(), vertice_handtyped(), casas_teide_calendly(),
            costa_brava_agency(), sa_caleta_thunderbird(), marea_alta_floating(), vinyes_catalan(),
            vinyes_final_outlook(), nexo_smartrecruiters_zoom()]
