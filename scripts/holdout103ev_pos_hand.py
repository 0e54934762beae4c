"""holdout103: the user's own interviews typed by himself (Google, Apple, Thunderbird) and a few short invites."""

from __future__ import annotations

from holdout103ev_ics import (
    FREE,
    TZ_CORDOBA,
    TZ_MONTEVIDEO,
    TZ_UTC3_LABEL,
    att,
    cal,
    desc,
    ev,
    meet,
    org,
    teams,
    zoom,
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 18.3//EN"
TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"


def _mine(uid: str, start: str, end: str, summary: str, rest: list[str], prodid: str = GOOGLE,
          tz: list[str] | None = None, stamp: str = "20250301T120000Z") -> str:
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", start, end, f"SUMMARY:{summary}", *rest,
             "END:VEVENT"]
    return cal(lines, prodid, tz=tz)


def events() -> list[dict[str, str | int]]:
    out = []

    uid = "8C1F0B7E-3D2A-4E55-9A61-5F0C2B7D9E13"
    out.append(ev("apple-hand-es", uid, _mine(
        uid, "DTSTART;TZID=America/Argentina/Cordoba:20250218T100000",
        "DTEND;TZID=America/Argentina/Cordoba:20250218T110000", "Entrevista Suelofértil 10hs", [
            "LOCATION:Laboratorio Suelofértil\\nAv. Valparaíso 3650\\, Córdoba\\, Argentina",
            "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Av. Valparaíso 3650\\, Córdoba;X-TITLE=Laboratorio "
            "Suelofértil:geo:-31.4412,-64.1953",
            desc("con la Dra. Graciela Bossio (directora). llevar CV impreso + certificado matrícula. puesto: "
                 "responsable de muestreo y recomendaciones"),
            "CREATED:20250212T221500Z",
            "SEQUENCE:0",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:Reminder",
            "TRIGGER:-PT1H",
            "END:VALARM",
        ], APPLE, TZ_CORDOBA), 1, "Laboratorio Suelofértil", "responsable de muestreo y recomendaciones", "",
        "Graciela Bossio", "apple-hand-typed-es"))

    uid = "1rj5b9d2f0a7c3k8m4q6t1v0xz@google.com"
    out.append(ev("hand-phone-es", uid, _mine(
        uid, "DTSTART:20250314T160000", "DTEND:20250314T163000", "llamado RRHH Tolvas Bertone (desarrollo prod.)",
        ["DESCRIPTION:me llaman al cel. entrevista telefónica primer filtro", "TRANSP:OPAQUE"]),
        1, "Tolvas Bertone", "desarrollo prod.", "recruiter_screen", "", "hand-floating-phone-es"))

    uid = "4gx0p8s2w6e1n9r3y7b5k1c0hj@google.com"
    out.append(ev("hand-terse-es", uid, _mine(
        uid, "DTSTART:20250310T090000", "DTEND:20250310T100000", "entrevista Don Ramiro - jefe de acopio",
        ["LOCATION:Oncativo", "DESCRIPTION:con Ramiro Bustos (dueño). ir con la camioneta\\, salir 7:45"]),
        1, "Acopio Don Ramiro S.A.", "jefe de acopio", "", "Ramiro Bustos", "hand-floating-es"))

    uid = "b6f9d3a0-5e2c-4a1b-9c7d-0e8f2a4b6c1d"
    out.append(ev("thunderbird-es", uid, cal([
        "BEGIN:VEVENT",
        "CREATED:20250402T013000Z",
        "LAST-MODIFIED:20250402T013400Z",
        "DTSTAMP:20250402T013400Z",
        f"UID:{uid}",
        "SUMMARY:Entrevista Los Quebrachos - zoom",
        "DTSTART;TZID=America/Argentina/Cordoba:20250404T113000",
        "DTEND;TZID=America/Argentina/Cordoba:20250404T123000",
        desc("Semillera Los Quebrachos - búsqueda Agrónomo de desarrollo (girasol y sorgo).\nEntrevista con "
             "Hugo Llanos (gerente técnico)\n" + zoom("es", "872 6610 5523", "LQb3x7PpRt2s")),
        "X-MOZ-GENERATION:2",
        "X-MOZ-LASTACK:20250402T013400Z",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;VALUE=DURATION:-PT30M",
        "DESCRIPTION:Default Mozilla Description",
        "END:VALARM",
        "END:VEVENT",
    ], TBIRD, tz=TZ_CORDOBA), 1, "Semillera Los Quebrachos", "Agrónomo de desarrollo (girasol y sorgo)", "",
        "Hugo Llanos", "thunderbird-es"))

    uid = "6ke2m0q8b4v1t9r5c7x3n1d0wa@google.com"
    out.append(ev("allday-onsite-es", uid, _mine(
        uid, "DTSTART;VALUE=DATE:20250521", "DTEND;VALUE=DATE:20250522",
        "Entrevistas en La Carlota (viajar temprano)",
        ["DESCRIPTION:Agroservicios La Carlota - entrevistas presenciales todo el día con los dos socios y el "
         "jefe de depósito. Puesto: asesor técnico comercial.", "TRANSP:TRANSPARENT"]),
        1, "Agroservicios La Carlota", "asesor técnico comercial", "onsite", "", "allday-hand-onsite-es"))

    uid = "9ta3r7v1c5m0k2x8b6q4e1n0pf@google.com"
    out.append(ev("google-recruiter-call-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250122T140000Z",
        "DTSTART;TZID=America/Argentina/Cordoba:20250124T153000",
        "DTEND;TZID=America/Argentina/Cordoba:20250124T160000",
        "SUMMARY:Llamada: Facundo Giménez / Surcos Genética",
        desc("Primera entrevista telefónica con Valeria (Selección) por la búsqueda de Representante Técnico de "
             "Semillas - Norte de Córdoba. Te llamo al número del CV."),
        org("valeria.montes@surcosgenetica.com", "Valeria Montes"),
        att("valeria.montes@surcosgenetica.com", "Valeria Montes", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], GOOGLE, method="REQUEST", extra=["X-WR-TIMEZONE:America/Argentina/Cordoba"], tz=TZ_CORDOBA),
        1, "Surcos Genética", "Representante Técnico de Semillas - Norte de Córdoba", "recruiter_screen",
        "valeria.montes@surcosgenetica.com", "google-phone-screen-es"))

    uid = "3pq7w1e5r9t2y6u0i4o8a2s6dq@google.com"
    out.append(ev("hand-second-es", uid, _mine(
        uid, "DTSTART:20250604T140000", "DTEND:20250604T150000", "2da entrevista NutriSuelo - jefe técnico",
        ["DESCRIPTION:oficina Rosario\\, con el gerente técnico y la de RRHH. repasar ensayos de fósforo"]),
        1, "NutriSuelo", "jefe técnico", "", "", "hand-second-round-es"))

    uid = "E5D1C9A2-7B3F-4D6E-8A0C-2F4B6D8E0A1C"
    out.append(ev("apple-teams-uy", uid, _mine(
        uid, "DTSTART;TZID=America/Montevideo:20250903T110000", "DTEND;TZID=America/Montevideo:20250903T120000",
        "Entrevista Ecofert (Montevideo) por Teams", [
            "URL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZWNvZmVydA%40thread.v2/0",
            desc("Ecofert Uruguay - técnico de desarrollo de fertilizantes líquidos. Entrevistan Pablo Olivera y "
                 "Cecilia Fagúndez."),
        ], APPLE, TZ_MONTEVIDEO), 1, "Ecofert Uruguay", "técnico de desarrollo de fertilizantes líquidos", "",
        "Pablo Olivera;Cecilia Fagúndez", "apple-url-teams-uy"))

    uid = "5nz9x3c7v1b5m0q4w8e2r6t0yh@google.com"
    out.append(ev("hand-en-es", uid, _mine(
        uid, "DTSTART:20250708T130000Z", "DTEND:20250708T140000Z", "BioRaíz tech interview (EN!!)",
        ["DESCRIPTION:en inglés - con el CTO (Aaron) + lead agronomist. Field Trials Specialist. preparar "
         "diseño en bloques y análisis de ensayos de biológicos"]),
        1, "BioRaíz", "Field Trials Specialist", "technical", "Aaron", "hand-utc-en-mixed"))

    uid = "7cm1v5b9n3k7q1w5e9r3t7y1ua@google.com"
    out.append(ev("hand-abbrev-es", uid, _mine(
        uid, "DTSTART:20250916T093000", "DTEND:20250916T103000", "entrev. Gentec forrajeras - Río Cuarto",
        ["LOCATION:Gentec\\, Ruta 8 km 601\\, Río Cuarto"]),
        1, "Gentec Forrajes", "", "", "", "hand-abbrev-entrev-es"))

    uid = "0bv4n8m2k6q0w4e8r2t6y0u4ic@google.com"
    out.append(ev("google-utc-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250120T150000Z",
        "DTSTART:20250127T123000Z",
        "DTEND:20250127T133000Z",
        "SUMMARY:Entrevista AgroAnalítica - Ing. Agr. para laboratorio de semillas",
        desc("Facundo, te espero por Meet. Soy Ivana Giacomelli, directora técnica de AgroAnalítica SRL.\n\n"
             + meet("es", "gzj-ptqw-vbn")),
        org("igiacomelli@agroanalitica.com.ar", "Ivana Giacomelli"),
        att("igiacomelli@agroanalitica.com.ar", "Ivana Giacomelli", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], GOOGLE, method="REQUEST"),
        1, "AgroAnalítica SRL", "Ing. Agr. para laboratorio de semillas", "hiring_manager",
        "igiacomelli@agroanalitica.com.ar", "google-utc-es"))

    uid = "040000008200E00074C5B7101A82E0080000000066E7F8A9B0C1DB0100000000000000001000000012121212ABABABAB"
    out.append(ev("outlook-utc3-label-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20251006T120000Z",
        'DTSTART;TZID="(UTC-03:00) Ciudad de Buenos Aires":20251009T100000',
        'DTEND;TZID="(UTC-03:00) Ciudad de Buenos Aires":20251009T113000',
        "SUMMARY:Entrevista técnica - Agrónomo de Compras de Granos",
        desc("Buen día Facundo:\nLe envío la invitación para la entrevista técnica. Va a estar con el Ing. "
             "Claudio Ferreyra (Jefe de Compras) y conmigo.\nSaludos,\nEsteban Moyano - Molienda Serrana S.A.\n\n"
             + teams("es", "ZmMwNzQ")),
        "LOCATION:Reunión de Microsoft Teams",
        org("emoyano@moliendaserrana.com.ar", "Moyano, Esteban"),
        att("cferreyra@moliendaserrana.com.ar", "Ferreyra, Claudio"),
        att(FREE, "facu.gimenez.agro@gmail.com"),
        "END:VEVENT",
    ], "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", method="REQUEST", tz=TZ_UTC3_LABEL),
        1, "Molienda Serrana S.A.", "Agrónomo de Compras de Granos", "technical",
        "emoyano@moliendaserrana.com.ar;cferreyra@moliendaserrana.com.ar", "outlook-utc-label-es"))

    uid = "2hs6j0k4l8z2x6c0v4b8n2m6qd@google.com"
    out.append(ev("hand-tech-es", uid, _mine(
        uid, "DTSTART;TZID=America/Argentina/Cordoba:20250618T150000",
        "DTEND;TZID=America/Argentina/Cordoba:20250618T163000",
        "Pampa Alta - entrevista técnica (llevar datos ensayo soja)",
        ["DESCRIPTION:Daniela Ramírez + alguien de mejoramiento. Meet que mandó Flor."], tz=TZ_CORDOBA),
        1, "Semillas Pampa Alta S.A.", "", "technical", "Daniela Ramírez", "hand-brand-short-es"))

    uid = "8wq2e6r0t4y8u2i6o0p4a8s2dk@google.com"
    out.append(ev("google-phone-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250403T193000Z",
        "DTSTART:20250408T133000Z",
        "DTEND:20250408T140000Z",
        "SUMMARY:Entrevista telefónica",
        desc("Hola Facundo, según lo hablado te llamo el martes. Es para la búsqueda de Encargado de Planta de "
             "Acopio en Las Varillas.\nMarcos Giordano - Acopiadora Las Varillas S.A."),
        "LOCATION:Celular",
        org("acopiadoralasvarillas@gmail.com", "Acopiadora Las Varillas"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], GOOGLE, method="REQUEST"),
        1, "Acopiadora Las Varillas S.A.", "Encargado de Planta de Acopio", "", "acopiadoralasvarillas@gmail.com",
        "company-gmail-generic-title-es"))

    uid = "F2A4C6E8-1B3D-4F5A-9C7E-0D2F4A6C8E0B"
    out.append(ev("apple-uy-es", uid, _mine(
        uid, "DTSTART;TZID=America/Montevideo:20251104T140000", "DTEND;TZID=America/Montevideo:20251104T150000",
        "Agroinsumos Young - entrevista gerente", [
            "LOCATION:Young\\, Río Negro\\, Uruguay",
            "DESCRIPTION:Gte. general Washington Sosa. técnico comercial zona litoral. viajo el lunes.",
        ], APPLE, TZ_MONTEVIDEO, "20251028T020000Z"),
        1, "Agroinsumos Young", "técnico comercial zona litoral", "hiring_manager", "Washington Sosa",
        "apple-uy-hm-es"))

    uid = "4rf8t2g6y0h4u8j2k6l0z4x8cb@google.com"
    out.append(ev("google-onsite-es", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250722T140000Z",
        "DTSTART;TZID=America/Argentina/Cordoba:20250730T090000",
        "DTEND;TZID=America/Argentina/Cordoba:20250730T120000",
        "SUMMARY:Visita a planta + entrevistas - Desarrollo de Producto Pulverizadoras",
        desc("Facundo, te esperamos en Metalsur (planta Marcos Juárez). 9 hs recorrida con Ing. Dario Pividori "
             "(Ingeniería de Producto); 10 hs entrevista con él y con Laura Gastaldi (Marketing de Producto); "
             "11 hs ensayo de pulverización en el campo experimental."),
        "LOCATION:Metalsur S.A. - Ruta 9 km 447\\, Marcos Juárez",
        org("lgastaldi@metalsur.com.ar", "Laura Gastaldi"),
        att("dpividori@metalsur.com.ar", "Dario Pividori"),
        att("lgastaldi@metalsur.com.ar", "Laura Gastaldi", partstat="ACCEPTED"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], GOOGLE, method="REQUEST", tz=TZ_CORDOBA),
        1, "Metalsur S.A.", "Desarrollo de Producto Pulverizadoras", "onsite",
        "dpividori@metalsur.com.ar;lgastaldi@metalsur.com.ar", "google-plant-visit-onsite-es"))

    uid = "A7C9E1B3-5D7F-4A9B-8C1D-3E5F7A9B1C3D"
    out.append(ev("apple-generic-title-es", uid, _mine(
        uid, "DTSTART;TZID=America/Argentina/Cordoba:20250805T150000",
        "DTEND;TZID=America/Argentina/Cordoba:20250805T160000", "Entrevista 15hs", [
            "LOCATION:Polo Semillas - Camino a 60 Cuadras km 8",
            desc("Polo Semillas. gerente comercial Lucas Arrieta. puesto: jefe de ventas zona sur"),
        ], APPLE, TZ_CORDOBA, "20250801T230000Z"),
        1, "Polo Semillas", "jefe de ventas zona sur", "", "Lucas Arrieta", "apple-generic-title-company-in-notes"))

    uid = "6yg0h4j8k2l6z0x4c8v2b6n0ma@google.com"
    out.append(ev("google-hm-en", uid, cal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250724T180000Z",
        "DTSTART:20250728T190000Z",
        "DTEND:20250728T194500Z",
        "SUMMARY:BioRaíz <> Facundo - chat with the CEO",
        desc("Hi Facundo, after your tech interview the team would like you to meet our CEO, Sophie Delgado, for "
             "the final round of the Field Trials Specialist role. I set it up but won't join. In English.\n\n"
             + meet("en", "rpe-xwqa-mzt")),
        org("aaron.weiss@bioraiz.com", "Aaron Weiss"),
        att("sophie.delgado@bioraiz.com", "Sophie Delgado"),
        att(FREE, "Facundo Giménez"),
        "END:VEVENT",
    ], GOOGLE, method="REQUEST"),
        1, "BioRaíz", "Field Trials Specialist", "final", "sophie.delgado@bioraiz.com",
        "google-ceo-chat-en"))

    return out
