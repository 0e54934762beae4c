"""holdout66: the user's own interviews, Spanish employers (part 1)."""

from __future__ import annotations

from holdout66ev_boiler import teams_es, teams_es_new, webex_es
from holdout66ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    THUNDERBIRD,
    USER_CN,
    USER_FREE,
    att,
    cal,
    esc,
    g_tail,
    g_uid,
    html,
    item,
    ms_tail,
    ms_uid,
    org,
    tzparam,
    uuid_like,
    vevent,
)

MAD = "TZID=Europe/Madrid"


def workday_moncayo():
    uid = "WD-CAL-7f3e2a91c05b4d8e9a11@myworkday.com"
    body = (
        "Estimada Elena:\n\n"
        "Gracias por tu interés en la posición Director/a Financiero/a (R-2025-0117) de Grupo Moncayo "
        "Alimentación. Nos complace confirmarte la siguiente entrevista:\n\n"
        "Fecha: lunes, 7 de abril de 2025\n"
        "Hora: 10:00 - 10:45 (hora peninsular)\n"
        "Tipo de entrevista: Primera entrevista - Talento y Selección\n"
        "Entrevistadora: Pilar Sancho Gil, Responsable de Selección (pilar.sancho@moncayoalimentacion.es)\n\n"
        "La entrevista se realizará por Microsoft Teams:\n"
        + teams_es("318 552 907 114", "Tq7Xa2", "NjQ5ZmE0MzMtOWE")
        + "\n\nSi necesitas modificar la cita, responde a este correo o accede a tu perfil de candidato.\n\n"
        "Un saludo,\nEquipo de Talento - Grupo Moncayo Alimentación"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250401T081203Z",
        f"DTSTART;{MAD}:20250407T100000",
        f"DTEND;{MAD}:20250407T104500",
        org("moncayo@myworkday.com", "Grupo Moncayo Alimentación"),
        att(USER_FREE, USER_CN),
        att("pilar.sancho@moncayoalimentacion.es", "Pilar Sancho Gil"),
        f"SUMMARY:{esc('Entrevista: Director/a Financiero/a (R-2025-0117)')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid="-//Workday Inc//Workday Recruiting Calendar//EN", tzs=("Europe/Madrid",))
    return item("workday-es", ics, uid=uid, is_interview=1, company="Grupo Moncayo Alimentación",
                role="Director/a Financiero/a", stage="recruiter_screen",
                interviewers=("pilar.sancho@moncayoalimentacion.es",), trap="workday-es")


def outlook_turia():
    uid = ms_uid("turia-ceo")
    tz = "Romance Standard Time"
    body = (
        "Hola Elena,\n\n"
        "Como te adelantó Ignacio Roca (Arquetipo), me gustaría que nos conociéramos en persona para hablar "
        "del puesto de Director Financiero. Te espero en nuestras oficinas de Onda; pregunta por mí en "
        "recepción. Después, si te parece, damos una vuelta por la planta de esmaltes.\n\n"
        "Un saludo,\n\n"
        "Vicente Ferrer Climent\nDirector General\nCerámicas del Turia, S.A.\nTel. 964 77 12 30"
    )
    ev = vevent(
        org("vferrer@ceramicasturia.com", "Ferrer Climent, Vicente"),
        att(USER_FREE, "Elena Marín Ortega", style="outlook"),
        att("iroca@arquetipo-search.com", "Roca, Ignacio", role="OPT-PARTICIPANT", style="outlook"),
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(body)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=es-ES:{esc('Elena Marín - Dirección Financiera Cerámicas del Turia')}",
        f"DTSTART;{tzparam(tz)}:20250410T113000",
        f"DTEND;{tzparam(tz)}:20250410T130000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250403T154410Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=es-ES:{esc('Cerámicas del Turia - Ctra. Onda-Vila-real km 3, 12200 Onda (Castellón)')}",
        *ms_tail(),
        f"X-ALT-DESC;FMTTYPE=text/html:{html(body)}",
    )
    ics = cal(ev, prodid=OUTLOOK, tzs=(tz,))
    return item("outlook-ceo-es", ics, uid=uid, is_interview=1, company="Cerámicas del Turia",
                role="Director Financiero", stage="hiring_manager", interviewers=("vferrer@ceramicasturia.com",),
                trap="outlook-ceo-agency-cc-es")


def personio_altamira():
    uid = "personio-interview-58120934-2025@personio.de"
    body = (
        "Hola Elena,\n\n"
        "te confirmamos la segunda fase del proceso para la posición Responsable Económico-Financiero "
        "(H/M/D):\n\n"
        "Presentación del caso práctico (plan de tesorería 2025-2027 y financiación de la nueva nave de "
        "crianza). Dispondrás de 30 minutos para exponer y 30 minutos para preguntas.\n\n"
        "Participantes:\n"
        "- Ramón Lasierra, Director General\n"
        "- Beatriz Coll, miembro del Consejo de Administración\n\n"
        "Lugar: Bodegas Altamira, Ctra. de Naval km 3,5, 22300 Barbastro (Huesca)\n\n"
        "¡Mucha suerte!\nMaría José Pueyo\nAdministración de Personal - Bodegas Altamira del Somontano"
    )
    ev = vevent(
        "DTSTART:20250423T080000Z",
        "DTEND:20250423T091500Z",
        "DTSTAMP:20250414T104522Z",
        f"UID:{uid}",
        org("bodegas-altamira@jobs.personio.de", "Bodegas Altamira del Somontano"),
        att(USER_FREE, USER_CN, cutype=None),
        att("ramon.lasierra@bodegasaltamira.es", "Ramón Lasierra", cutype=None),
        att("beatriz.coll@bodegasaltamira.es", "Beatriz Coll", cutype=None),
        f"SUMMARY:{esc('Caso práctico - Responsable Económico-Financiero (H/M/D) | Elena Marín Ortega')}",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Bodegas Altamira, Ctra. de Naval km 3,5, 22300 Barbastro')}",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Personio GmbH//Personio Recruiting//DE")
    return item("personio-case-es", ics, uid=uid, is_interview=1, company="Bodegas Altamira",
                role="Responsable Económico-Financiero", stage="technical",
                interviewers=("ramon.lasierra@bodegasaltamira.es", "beatriz.coll@bodegasaltamira.es"),
                trap="personio-case-utc-es")


def smartrecruiters_vanell():
    uid = "sr-int-3b9d0f6c-71a2-4e55-b8c0-vanell@smartrecruiters.com"
    body = (
        "Hola Elena,\n\n"
        "Nuria Pons, de nuestro equipo de Talent Acquisition, te llamará para una primera conversación sobre "
        "la posición Chief Financial Officer (CFO) - Barcelona.\n\n"
        "Duración aproximada: 30 minutos\n"
        "Teléfono de contacto que nos facilitaste: +34 6** *** 412\n\n"
        "Para cualquier cambio utiliza el enlace de tu candidatura.\n\n"
        "Saludos,\nLaboratorios Vanell - Talent Acquisition\n\n"
        "Powered by SmartRecruiters"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250324T112045Z",
        f"DTSTART;{MAD}:20250327T123000",
        f"DTEND;{MAD}:20250327T130000",
        org("noreply@smartrecruiters.com", "Laboratorios Vanell"),
        att(USER_FREE, USER_CN),
        att("nuria.pons@vanell.com", "Nuria Pons"),
        f"SUMMARY:{esc('Entrevista telefónica - Chief Financial Officer (CFO) - Laboratorios Vanell')}",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Llamada telefónica')}",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    ics = cal(ev, prodid="-//SmartRecruiters//Interview Scheduler//EN", tzs=("Europe/Madrid",))
    return item("smartrecruiters-phone-es", ics, uid=uid, is_interview=1, company="Laboratorios Vanell",
                role="Chief Financial Officer (CFO)", stage="recruiter_screen",
                interviewers=("nuria.pons@vanell.com",), trap="smartrecruiters-phone-es")


def exchange_erebro():
    uid = ms_uid("erebro-dg")
    tz = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
    body = (
        "Estimada Sra. Marín:\n\n"
        "Por indicación de D. Andrés Lacasa, Director General de Energías Renovables del Ebro, le convocamos "
        "a una entrevista para la Dirección Financiera de la compañía. La reunión tendrá lugar en nuestras "
        "oficinas del Paseo de la Independencia 24, 5ª planta, Zaragoza.\n\n"
        "Le atenderán D. Andrés Lacasa y Dña. Rosa Gimeno, Directora de Personas.\n\n"
        "Atentamente,\nSecretaría de Dirección\nEREBRO - Energías Renovables del Ebro, S.A."
    )
    ev = vevent(
        org("alacasa@erebro.es", "Lacasa Bernal, Andrés", sent_by="secretaria.direccion@erebro.es"),
        att(USER_FREE, "elena.marin.ortega@yahoo.es", style="outlook"),
        att("rgimeno@erebro.es", "Gimeno Sola, Rosa", style="outlook"),
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(body)}",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-ES:Entrevista Dirección Financiera EREBRO - E. Marín",
        f"DTSTART;{tzparam(tz)}:20250429T170000",
        f"DTEND;{tzparam(tz)}:20250429T180000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250422T070331Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=es-ES:{esc('Oficinas EREBRO - Pº Independencia 24, 5ª, Zaragoza')}",
        *ms_tail(),
        f"X-ALT-DESC;FMTTYPE=text/html:{html(body)}",
    )
    ics = cal(ev, prodid=EXCHANGE, tzs=(tz,))
    return item("exchange-sentby-es", ics, uid=uid, is_interview=1, company="Energías Renovables del Ebro",
                role="", stage="hiring_manager", interviewers=("alacasa@erebro.es", "rgimeno@erebro.es"),
                trap="exchange-sentby-utc-label-es")


def teamtailor_navarro():
    uid = "tt-interview-96233871@teamtailor.com"
    body = (
        "¡Hola Elena!\n\n"
        "Te esperamos para la entrevista del proceso Director/a Financiero/a - Pamplona.\n\n"
        "Cuándo: jueves 24 de abril, 16:30-17:30\n"
        "Dónde: Concesionario Navarro Landaben, Calle C 14, Pamplona (aparcamiento de clientes)\n"
        "Con quién: Íñigo Arbizu y Maite Goñi\n\n"
        "¿Necesitas cambiar la hora? Escríbenos respondiendo a este mensaje.\n\n"
        "Un abrazo,\nEl equipo de Personas de Grupo Navarro"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250416T090017Z",
        f"DTSTART;{MAD}:20250424T163000",
        f"DTEND;{MAD}:20250424T173000",
        org("notifications@teamtailor.com", "Grupo Navarro Automoción"),
        att(USER_FREE, USER_CN, cutype=None),
        att("inigo.arbizu@navarroautomocion.com", "Íñigo Arbizu", cutype=None),
        att("maite.goni@navarroautomocion.com", "Maite Goñi", cutype=None),
        "SUMMARY:Entrevista con Grupo Navarro Automoción",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Concesionario Navarro Landaben, Calle C 14, Pamplona')}",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Teamtailor//Interview//EN", tzs=("Europe/Madrid",))
    return item("teamtailor-es", ics, uid=uid, is_interview=1, company="Grupo Navarro Automoción",
                role="Director/a Financiero/a", stage="",
                interviewers=("inigo.arbizu@navarroautomocion.com", "maite.goni@navarroautomocion.com"),
                trap="teamtailor-nostage-es")


def bookings_jalon():
    uid = ms_uid("bookings-crj")
    tz = "Romance Standard Time"
    body = (
        "Su cita está confirmada\n\n"
        "Caja Rural del Jalón - Selección\n\n"
        "Servicio: Entrevista - Director/a Financiero/a (45 minutos)\n"
        "Personal: Fernando Aznar Lahoz\n"
        "Cliente: Elena Marín Ortega\n\n"
        "Fernando Aznar, Director de Recursos Humanos, mantendrá con usted una primera entrevista.\n\n"
        + teams_es_new("371 006 228 953", "bH3sE9", "ZDA5MzcxYjQtY2Jh")
        + "\n\nSi necesita cambiar o cancelar la cita, use el enlace del correo de confirmación.\n"
        "Con tecnología de Microsoft Bookings"
    )
    ev = vevent(
        org("SeleccionCRJ@cajaruraljalon.es", "Caja Rural del Jalón - Selección"),
        att(USER_FREE, "Elena Marín Ortega", style="outlook"),
        att("faznar@cajaruraljalon.es", "Fernando Aznar Lahoz", style="outlook"),
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(body)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=es-ES:{esc('Entrevista - Director/a Financiero/a con Fernando Aznar Lahoz')}",
        f"DTSTART;{tzparam(tz)}:20250506T091500",
        f"DTEND;{tzparam(tz)}:20250506T100000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250430T112201Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        *ms_tail(busy="BUSY"),
    )
    ics = cal(ev, prodid=EXCHANGE, tzs=(tz,))
    return item("bookings-es", ics, uid=uid, is_interview=1, company="Caja Rural del Jalón",
                role="Director/a Financiero/a", stage="recruiter_screen", interviewers=("faznar@cajaruraljalon.es",),
                trap="ms-bookings-es")


def thunderbird_calatayud():
    uid = uuid_like("hierros-calatayud")
    body = (
        "Con Ángel Moros (propietario) y su hija Carmen Moros (dir. comercial).\n"
        "Llevar cuentas 2023 comentadas + preguntas sobre plan de sucesión y deuda bancaria.\n"
        "Pol. Ind. La Charluca, Calatayud. Salir de casa 9:15."
    )
    ev = vevent(
        "CREATED:20250502T191544Z",
        "LAST-MODIFIED:20250502T191712Z",
        "DTSTAMP:20250502T191712Z",
        f"UID:{uid}",
        "SUMMARY:Entrevista Hierros Calatayud (2ª) – con el dueño",
        f"DTSTART;{MAD}:20250509T103000",
        f"DTEND;{MAD}:20250509T120000",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Hierros Calatayud, Pol. Ind. La Charluca, Calatayud')}",
        "TRANSP:OPAQUE",
        "X-MOZ-GENERATION:2",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DURATION:-PT1H",
        "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
    )
    ics = cal(ev, prodid=THUNDERBIRD, method=None, tzs=("Europe/Madrid",), version_first=True)
    return item("thunderbird-own-es", ics, uid=uid, is_interview=1, company="Hierros Calatayud", role="",
                stage="hiring_manager", interviewers=("Ángel Moros", "Carmen Moros"), trap="thunderbird-own-note-es")


def apple_valleverde():
    uid = uuid_like("zumos-valle-verde", upper=True)
    ev = vevent(
        "CREATED:20250515T202233Z",
        f"UID:{uid}",
        f"DTEND;{MAD}:20250522T133000",
        "TRANSP:OPAQUE",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
        "SUMMARY:Zumos Valle Verde - final",
        "LAST-MODIFIED:20250515T202301Z",
        "DTSTAMP:20250515T202301Z",
        f"DTSTART;{MAD}:20250522T113000",
        "LOCATION:" + esc("Zumos Valle Verde\nCtra. Logroño km 12, 50630 Alagón, Zaragoza, España"),
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Ctra. Logroño km 12\\n50630 Alagón\\nEspaña;"
        "X-APPLE-RADIUS=141.2;X-TITLE=Zumos Valle Verde:geo:41.768211,-1.118503",
        "DESCRIPTION:Presidente + consejo familiar. Llevar propuesta 100 días.",
        "SEQUENCE:0",
        "BEGIN:VALARM",
        "X-WR-ALARMUID:" + uuid_like("vv-alarm", upper=True),
        f"UID:{uuid_like('vv-alarm', upper=True)}",
        "TRIGGER:-PT1H",
        "ACTION:DISPLAY",
        "DESCRIPTION:Recordatorio",
        "END:VALARM",
    )
    ics = cal(ev, prodid=APPLE, method=None, tzs=("Europe/Madrid",), version_first=True,
              head=("CALSCALE:GREGORIAN",))
    return item("apple-own-final-es", ics, uid=uid, is_interview=1, company="Zumos Valle Verde", role="",
                stage="final", interviewers=(), trap="apple-own-note-final-es")


def google_terse_almazaras():
    uid = g_uid("almazaras-pereda")
    body = (
        "Íñigo Pereda (Pereda & Asociados) - me llama él al móvil.\n"
        "Posición: Director Financiero de Almazaras del Sur (Jaén). Primera llamada, ver encaje y banda salarial."
    )
    ev = vevent(
        f"DTSTART;{MAD}:20250331T183000",
        f"DTEND;{MAD}:20250331T190000",
        "DTSTAMP:20250328T101010Z",
        f"UID:{uid}",
        *g_tail("20250328T100944Z"),
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:",
        f"SUMMARY:{esc('Llamada headhunter Pereda – CFO Almazaras del Sur')}",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, method="PUBLISH", tzs=("Europe/Madrid",), version_first=True,
              head=("CALSCALE:GREGORIAN", "X-WR-CALNAME:Elena Marín", "X-WR-TIMEZONE:Europe/Madrid"))
    return item("google-own-agency-es", ics, uid=uid, is_interview=1, company="Almazaras del Sur", role="CFO",
                stage="recruiter_screen", interviewers=("Íñigo Pereda",), trap="own-note-agency-names-employer-es")


def google_phone_gsp():
    uid = g_uid("gsp-phone")
    body = (
        "Hola Elena,\n\n"
        "Tal y como hablamos por LinkedIn, te llamo el martes para una primera conversación sobre el puesto de "
        "Director/a Económico-Financiero/a de Grupo Sanitario Pirineo (clínicas en Huesca, Jaca y Barbastro). "
        "Serán unos 30 minutos.\n\n"
        "Si te surge cualquier cosa, mi móvil es el 644 21 09 87.\n\n"
        "Un saludo,\nAinhoa Ugarte\nTécnica de Selección | GSP Salud"
    )
    ev = vevent(
        f"DTSTART;{MAD}:20250415T091500",
        f"DTEND;{MAD}:20250415T094500",
        "DTSTAMP:20250410T162730Z",
        org("ainhoa.ugarte@gsp-salud.es", "Ainhoa Ugarte"),
        f"UID:{uid}",
        att(USER_FREE, USER_CN),
        att("ainhoa.ugarte@gsp-salud.es", "Ainhoa Ugarte", partstat="ACCEPTED", rsvp=None),
        "X-MICROSOFT-CDO-OWNERAPPTID:-1184309551",
        *g_tail("20250410T162727Z"),
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Llamada telefónica (te llamo al 6xx que figura en tu CV)')}",
        "SUMMARY:Entrevista telefónica Elena Marín - Dirección Económico-Financiera GSP",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, tzs=("Europe/Madrid",), version_first=True, head=("CALSCALE:GREGORIAN",))
    return item("phone-screen-es", ics, uid=uid, is_interview=1, company="Grupo Sanitario Pirineo",
                role="Director/a Económico-Financiero/a", stage="recruiter_screen",
                interviewers=("ainhoa.ugarte@gsp-salud.es",), trap="phone-screen-brand-es")


def webex_ticsa():
    uid = "5f0c3e8a91d24b77a0e6c1d2e3f4a5b6"
    body = (
        "Estimada Sra. Marín Ortega:\n\n"
        "En el marco del proceso de selección para la plaza de Director/a Económico-Financiero/a de Terminal "
        "Intermodal del Cinca, S.A. (TICSA), la Comisión de Selección le convoca a la entrevista final, que se "
        "celebrará por videoconferencia.\n\n"
        "Composición de la Comisión:\n"
        "- D. Jesús Bielsa Pardo, Presidente del Consejo de Administración\n"
        "- Dña. Carmen Lanau Sesé, Consejera\n"
        "- D. Fernando Abadía Gil, Director Gerente\n\n"
        "Actuará como secretaria, con voz y sin voto, Dña. Sonia Palacio Ruiz (Secretaría General).\n\n"
        + webex_es("ticsa", "2741 883 5096", "Cinca2025!")
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250602T103300Z",
        f"DTSTART;{MAD}:20250611T100000",
        f"DTEND;{MAD}:20250611T110000",
        org("spalacio@ticsa.es", "Sonia Palacio Ruiz"),
        att(USER_FREE, USER_CN, cutype=None),
        att("jbielsa@ticsa.es", "Jesús Bielsa Pardo", cutype=None),
        att("clanau@ticsa.es", "Carmen Lanau Sesé", cutype=None),
        att("fabadia@ticsa.es", "Fernando Abadía Gil", cutype=None),
        f"SUMMARY:{esc('Entrevista final - Director/a Económico-Financiero/a TICSA')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://ticsa.webex.com/ticsa/j.php?MTID=m4f2a9c7e1b8d35096",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    ics = cal(ev, prodid="-//Cisco Systems Inc.//Webex Meetings//ES", tzs=("Europe/Madrid",))
    return item("webex-final-es", ics, uid=uid, is_interview=1, company="Terminal Intermodal del Cinca",
                role="Director/a Económico-Financiero/a", stage="final",
                interviewers=("jbielsa@ticsa.es", "clanau@ticsa.es", "fabadia@ticsa.es"),
                trap="webex-final-secretary-es")


EVENTS = [
    workday_moncayo(),
    outlook_turia(),
    personio_altamira(),
    smartrecruiters_vanell(),
    exchange_erebro(),
    teamtailor_navarro(),
    bookings_jalon(),
    thunderbird_calatayud(),
    apple_valleverde(),
    google_terse_almazaras(),
    google_phone_gsp(),
    webex_ticsa(),
]
