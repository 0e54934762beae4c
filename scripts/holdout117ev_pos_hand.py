"""holdout117: the user's own interviews typed by hand, and odd time shapes (floating, all-day, recurring)."""

from __future__ import annotations

from holdout117ev_ics import APPLE, APPLE_MAC, GOOGLE, ME_CN, ME_G, MEET_EN, THUNDERBIRD, E, att, desc, org

MINE = ("X-WR-CALNAME:Tomás", "X-WR-TIMEZONE:America/Lima")


def events() -> list[dict[str, object]]:
    out = []
    out.append(E(
        "hand-floating-screen-es", "F1C0A2E7-3B54-4D1A-9E6C-0B7D2F8A4C91", [
            "DTSTART:20250919T150000",
            "DTEND:20250919T153000",
            "SUMMARY:entrevista Tacaza 3pm - filtro RRHH (Sra. Pilar)",
            "DESCRIPTION:me llaman al cel. tener a mano expectativa salarial",
            "CREATED:20250915T011502Z", "SEQUENCE:0",
        ], yes=1, company="Minera Tacaza Gold", stage="recruiter_screen", iv="Pilar",
        trap="hand-floating-screen-es", prodid=APPLE_MAC, method=None))
    out.append(E(
        "hand-second-round-es", "8B2D4C6E-0F1A-4E3B-A5C7-9D1E3F5A7B02", [
            "DTSTART;TZID=America/Lima:20251024T100000",
            "DTEND;TZID=America/Lima:20251024T113000",
            "SUMMARY:Entrevista MCB 2da ronda – San Isidro (llevar portafolio + mapas)",
            "LOCATION:Av. Javier Prado Este 492\\, San Isidro",
            "CREATED:20251017T233010Z", "SEQUENCE:0",
        ], yes=1, company="Minera Cordillera Blanca", trap="hand-second-round-es", tz=("America/Lima",),
        prodid=APPLE, method=None))
    out.append(E(
        "hand-allday-final-es", "2q8v0n5c3m7k1x9z4b6h2j0w8e@google.com", [
            "DTSTART;VALUE=DATE:20251125",
            "DTEND;VALUE=DATE:20251127",
            "SUMMARY:Entrevistas finales CMAA – Santiago (visita faena Quebrada Honda)",
            "DESCRIPTION:vuelo LA2370 lun 6:05. Hotel lo ve Francisca. EPP propio: botas + casco",
            "TRANSP:TRANSPARENT", "SEQUENCE:0",
        ], yes=1, company="Compañía Minera Altos de Atacama", stage="final", trap="hand-allday-final-es",
        method="PUBLISH", calx=MINE))
    out.append(E(
        "hand-agency-call-en", "0C3E5A7B-9D1F-4B2A-8C4E-6F0A2B4D6E81", [
            "DTSTART;TZID=America/Lima:20251008T190000",
            "DTEND;TZID=America/Lima:20251008T193000",
            "SUMMARY:Call w/ Shane (Mining Search Group) re Bullara Gold – Resource Geo FIFO",
            "DESCRIPTION:his screening before sending CV to Bullara. Perth 8am. ask about 457/482 visa sponsor",
            "SEQUENCE:0",
        ], yes=1, company="Bullara Gold", role="Resource Geo", stage="recruiter_screen", iv="Shane",
        trap="hand-agency-employer-en", tz=("America/Lima",), prodid=APPLE, method=None))
    out.append(E(
        "google-utc-hm-en", "6r1t9y3u5i7o0p2a4s8d6f1g3h@google.com", [
            "DTSTART:20251029T121500Z",
            "DTEND:20251029T131500Z",
            "SUMMARY:Interview | Antakena Resources – Exploration Manager Chile",
            org("cfigueroa@antakena.com.au", "Claudio Figueroa"),
            att(ME_G, ME_CN, extra="X-NUM-GUESTS=0"),
            att("cfigueroa@antakena.com.au", "Claudio Figueroa", stat="ACCEPTED", rsvp=False,
                extra="X-NUM-GUESTS=0"),
            desc(
                "Tomás, conversation with me as Managing Director and hiring manager. ASX-listed, projects in "
                "Atacama and Coquimbo.\n\n" + MEET_EN.format(code="kzw-ufnb-eqo", pin4="4410", pin="890 332 176")
            ),
            "SEQUENCE:0",
        ], yes=1, company="Antakena Resources", role="Exploration Manager Chile", stage="hiring_manager",
        iv="cfigueroa@antakena.com.au", trap="google-utc-en"))
    out.append(E(
        "export-xwr-floating-es", "9h4j6k8l0z2x5c7v1b3n5m7q9w@google.com", [
            "DTSTART:20251013T160000",
            "DTEND:20251013T173000",
            "SUMMARY:Entrevista Geoandina – caso práctico (modelamiento) con Ing. Hugo Bustamante",
            "LOCATION:Geoandina\\, Calle Alcanfores 1245\\, Miraflores",
            "DESCRIPTION:llevar laptop con Leapfrog. Jefe de Proyectos",
            "SEQUENCE:0", "STATUS:CONFIRMED",
        ], yes=1, company="Geoandina Consultores", role="Jefe de Proyectos", stage="technical", iv="Hugo Bustamante",
        trap="export-xwr-timezone-floating-es", method="PUBLISH", calx=MINE))
    out.append(E(
        "recurring-override-onsite-es", "4t6y8u0i2o4p6a8s0d2f4g6h8j@google.com", [
            "DTSTART;TZID=America/Lima:20251203T080000",
            "DTEND;TZID=America/Lima:20251203T170000",
            "RRULE:FREQ=DAILY;COUNT=2",
            "SUMMARY:Evaluación en campo – Proyecto Chuquibamba (Sierra Antigua) – Tomás Aguirre",
            org("wcornejo@sierraantigua.com", "Walter Cornejo"),
            att(ME_G, ME_CN, extra="X-NUM-GUESTS=0"),
            att("wcornejo@sierraantigua.com", "Walter Cornejo", stat="ACCEPTED", rsvp=False, extra="X-NUM-GUESTS=0"),
            "LOCATION:Campamento Chuquibamba\\, Condesuyos\\, Arequipa",
            desc(
                "Tomás: como parte del proceso para Geólogo Senior de Proyecto te proponemos dos días en el "
                "proyecto: mapeo y logueo conmigo, revisión de secciones y conversación con el equipo. Traslado "
                "desde Arequipa a cargo de Sierra Antigua Resources.\n\nWalter Cornejo\nGerente de Exploración Perú"
            ),
            "SEQUENCE:0",
        ], yes=1, company="Sierra Antigua Resources", role="Geólogo Senior de Proyecto", stage="onsite",
        iv="wcornejo@sierraantigua.com", trap="recurring-override-onsite-es", tz=("America/Lima",),
        more=([
            "RECURRENCE-ID;TZID=America/Lima:20251204T080000",
            "DTSTART;TZID=America/Lima:20251204T063000",
            "DTEND;TZID=America/Lima:20251204T140000",
            "SUMMARY:Evaluación en campo – Proyecto Chuquibamba (Sierra Antigua) – Tomás Aguirre",
            org("wcornejo@sierraantigua.com", "Walter Cornejo"),
            att(ME_G, ME_CN, extra="X-NUM-GUESTS=0"),
            att("wcornejo@sierraantigua.com", "Walter Cornejo", stat="ACCEPTED", rsvp=False, extra="X-NUM-GUESTS=0"),
            "LOCATION:Almacén de testigos – Chuquibamba",
            desc("Día 2: salida temprano por la lluvia. Logueo en el almacén y cierre con Walter antes del bus."),
            "SEQUENCE:1",
        ],)))
    out.append(E(
        "hand-teams-hm-es", "5A7C9E1B-3D5F-4A6B-8C0D-2E4F6A8B0C13", [
            "DTSTART;TZID=America/Santiago:20251127T090000",
            "DTEND;TZID=America/Santiago:20251127T100000",
            "SUMMARY:2da entrevista Cobre Pacífico – con gerente exploraciones (Teams) 9am hora Chile",
            "DESCRIPTION:Sr. Ignacio Barros. repasar modelo Diego de Almagro y presupuesto campaña",
            "SEQUENCE:0",
        ], yes=1, company="Cobre Pacífico", stage="hiring_manager", iv="Ignacio Barros",
        trap="hand-hm-es", tz=("America/Santiago",), prodid=APPLE, method=None))
    out.append(E(
        "hand-screen-en", "E2A4C6E8-0B2D-4F6A-9C1E-3A5C7E9B1D24", [
            "DTSTART;TZID=America/Lima:20251022T183000",
            "DTEND;TZID=America/Lima:20251022T190000",
            "SUMMARY:Chat w/ Kate – OCG (Principal Resource Geo) – first call",
            "DESCRIPTION:Orebody Consulting. Perth +13h. she calls on WhatsApp",
            "SEQUENCE:0",
        ], yes=1, company="Orebody Consulting Group", role="Principal Resource Geo", stage="recruiter_screen",
        iv="Kate", trap="hand-screen-acronym-en", tz=("America/Lima",), prodid=APPLE, method=None))
    out.append(E(
        "hand-floating-final-en", "d2b7c0e4-1a93-4f58-b6e2-8c4a0f1d3e75", [
            "DTSTART:20251014T070000",
            "DTEND:20251014T080000",
            "SUMMARY:Kestrel final – CEO + VP Geo 7am!!",
            "X-MOZ-GENERATION:1", "SEQUENCE:0",
        ], yes=1, company="Kestrel Peak Mining", stage="final", trap="hand-floating-final-en",
        prodid=THUNDERBIRD, method=None))
    out.append(E(
        "hand-call-screen-es", "3c5e7a9b-1d2f-4e6a-8b0c-5d7f9a1b3c46", [
            "DTSTART;TZID=America/Lima:20251009T120000",
            "DTEND;TZID=America/Lima:20251009T122000",
            "SUMMARY:llamada RRHH Huaytará (Verónica) – filtro",
            "SEQUENCE:0",
        ], yes=1, company="Compañía Minera Huaytará", stage="recruiter_screen", iv="Verónica",
        trap="hand-phone-screen-es", tz=("America/Lima",), prodid=GOOGLE, method="PUBLISH", calx=MINE))
    out.append(E(
        "agency-final-fr", "a1f6c3e8-5b2d-4c70-9e4a-7d1b0f6c2e95", [
            "DTSTART;TZID=America/Toronto:20251209T100000",
            "DTEND;TZID=America/Toronto:20251209T110000",
            "SUMMARY:Entrevue finale – Mines Boréal (via Placement Géo Québec)",
            org("s.pelletier@placementgeo.ca", "Simon Pelletier"),
            att(ME_G, ME_CN),
            att("d.lavoie@minesboreal.ca", "Denis Lavoie"),
            "LOCATION:Teams (lien envoyé par Mines Boréal)",
            desc(
                "Bonjour Tomás,\n\nJe vous confirme l'entrevue finale avec Denis Lavoie, vice-président exploration "
                "de Mines Boréal, pour le poste de géologue principal(e), ressources. Je ne serai pas présent; "
                "appelez-moi après.\n\nSimon Pelletier\nConseiller principal, Placement Géo Québec"
            ),
            "SEQUENCE:0",
        ], yes=1, company="Mines Boréal", role="géologue principal(e), ressources", stage="final",
        iv="d.lavoie@minesboreal.ca", trap="agency-final-fr", tz=("America/Toronto",), prodid=THUNDERBIRD))
    return out
