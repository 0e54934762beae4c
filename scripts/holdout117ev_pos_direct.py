"""holdout117: the user's own interviews sent directly by employees (Outlook, Google, Apple, Thunderbird)."""

from __future__ import annotations

from holdout117ev_ics import (
    APPLE,
    EXCHANGE,
    ME_CN,
    ME_G,
    MEET_EN,
    MEET_ES,
    OUTLOOK,
    TEAMS_EN,
    TEAMS_ES,
    THUNDERBIRD,
    E,
    att,
    desc,
    html,
    org,
)

OL = ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]


def events() -> list[dict[str, object]]:
    out = []
    # Outlook, Windows zone, CN="Last, First", final
    text = (
        "Hi Tomás,\n\nThank you for the case study last week. We would like to invite you to a final interview "
        "with Hugh Bramwell (President) and myself for the Resource Geologist position.\n\n"
        + TEAMS_EN.format(code="NmQ1YTg0", mid="275 118 630 442", pwd="Ux8e2K")
        + "\n\nRegards,\nChidi Okafor, P.Geo.\nVice President, Technical Services\nBramwell Geoconsulting Inc."
    )
    out.append(E(
        "outlook-final-en", "040000008200E00074C5B7101A82E00800000000D0C8F1E25C43DC01000000000000000010000000"
                             "A7B1E4F02C6D8B4E9A2F5C8D3E1B7A60", [
            org("chidi.okafor@bramwellgeo.com", "Okafor, Chidi"),
            att(ME_G, "tomas.aguirre.geo@gmail.com"),
            att("hugh.bramwell@bramwellgeo.com", "Bramwell, Hugh"),
            "SUMMARY;LANGUAGE=en-US:Final interview - Tomás Aguirre Quispe (Resource Geologist)",
            "DTSTART;TZID=Eastern Standard Time:20251105T140000",
            "DTEND;TZID=Eastern Standard Time:20251105T150000",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            desc(text), html(text), "SEQUENCE:0", *OL,
        ], yes=1, company="Bramwell Geoconsulting", role="Resource Geologist", stage="final",
        iv="chidi.okafor@bramwellgeo.com;hugh.bramwell@bramwellgeo.com", trap="outlook-windows-tz-lastfirst-en",
        tz=("Eastern Standard Time",), prodid=OUTLOOK))
    # Outlook, long zone name, onsite in Lima with room and coordinator
    text = (
        "Estimado Ing. Aguirre:\n\nPor especial encargo de la Gerencia de Geología le confirmamos la entrevista "
        "presencial para la posición de Superintendente de Geología (U.M. Huaytará, Huancavelica).\n\n"
        "Lo recibirán el Ing. Raúl Mendívil Tello (Gerente de Geología) y la Ing. Sonia Quispe Mamani "
        "(Superintendente de Planeamiento). Yo lo esperaré en recepción.\n\nAtentamente,\nVerónica Salas Ríos\n"
        "Jefa de Selección y Atracción de Talento\nCompañía Minera Huaytará S.A."
    )
    out.append(E(
        "outlook-onsite-es", "040000008200E00074C5B7101A82E00800000000F1A2D7C9B84BDC0100000000000000001000000"
                             "05C3E7A9D1B2F4E6A8C0D2E4F6A8B0C2D", [
            org("vsalas@huaytara.com.pe", "Salas Ríos, Verónica"),
            att(ME_G, "Tomás Aguirre Quispe"),
            att("rmendivil@huaytara.com.pe", "Mendívil Tello, Raúl"),
            att("squispe@huaytara.com.pe", "Quispe Mamani, Sonia"),
            att("SalaDirectorio9@huaytara.com.pe", "Sala Directorio Piso 9", cutype="RESOURCE",
                role="NON-PARTICIPANT", rsvp=False),
            "SUMMARY;LANGUAGE=es-PE:Entrevista presencial - Superintendente de Geología - Ing. Tomás Aguirre",
            "DTSTART;TZID=\"(UTC-05:00) Bogotá, Lima, Quito, Rio Branco\":20251016T160000",
            "DTEND;TZID=\"(UTC-05:00) Bogotá, Lima, Quito, Rio Branco\":20251016T173000",
            "LOCATION;LANGUAGE=es-PE:Sala Directorio Piso 9 - Av. Víctor Andrés Belaúnde 147\\, San Isidro",
            desc(text), html(text), "SEQUENCE:0", *OL,
        ], yes=1, company="Compañía Minera Huaytará", role="Superintendente de Geología", stage="onsite",
        iv="rmendivil@huaytara.com.pe;squispe@huaytara.com.pe", trap="outlook-onsite-resource-es",
        tz=("(UTC-05:00) Bogotá, Lima, Quito, Rio Branco",), prodid=OUTLOOK))
    # Google, Chilean miner, technical
    out.append(E(
        "google-technical-es", "5p8k2v0m3n7q1r4s6t9u0w2x4y@google.com", [
            "DTSTART:20251010T140000Z",
            "DTEND:20251010T150000Z",
            "SUMMARY:Entrevista técnica Geólogo de Recursos – Tomás Aguirre",
            org("rodrigo.salinas@loscondores.cl", "Rodrigo Salinas"),
            att(ME_G, ME_CN, extra="X-NUM-GUESTS=0"),
            att("rodrigo.salinas@loscondores.cl", "Rodrigo Salinas", stat="ACCEPTED", rsvp=False,
                extra="X-NUM-GUESTS=0"),
            att("macarena.pino@loscondores.cl", "Macarena Pino", extra="X-NUM-GUESTS=0"),
            desc(
                "Hola Tomás, como conversamos, agendamos la entrevista técnica con Macarena (Geóloga de Recursos "
                "Senior) y yo. Revisaremos tu experiencia en estimación y conciliación mina-planta.\n\n"
                "Saludos,\nRodrigo Salinas\nJefe de Geología de Recursos – Minera Los Cóndores\n\n"
                + MEET_ES.format(code="pxk-hfrt-wzq", pin4="1402", pin="518 772 104")
            ),
            "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
        ], yes=1, company="Minera Los Cóndores", role="Geólogo de Recursos", stage="technical",
        iv="rodrigo.salinas@loscondores.cl;macarena.pino@loscondores.cl", trap="google-direct-es"))
    # Google, Perth consultancy, technical
    out.append(E(
        "google-technical-en", "1b7e0qv3m9hjd2k4lp6s8u5o0a@google.com", [
            "DTSTART:20251014T003000Z",
            "DTEND:20251014T013000Z",
            "SUMMARY:Tomás / GeoRes – technical chat (Leapfrog + estimation)",
            org("ben.carruthers@georesmodelling.com.au", "Ben Carruthers"),
            att(ME_G, ME_CN, extra="X-NUM-GUESTS=0"),
            att("ben.carruthers@georesmodelling.com.au", "Ben Carruthers", stat="ACCEPTED", rsvp=False,
                extra="X-NUM-GUESTS=0"),
            desc(
                "G'day Tomás - thanks for sending the block model screenshots. This is the technical interview for "
                "the Senior Resource Geologist role; I'll ask you to walk me through one of your estimates live "
                "(domains, top cuts, kriging neighbourhood, validation).\n\nBen\nDirector, GeoRes Modelling Pty Ltd"
                "\n\n" + MEET_EN.format(code="gmo-rvax-ehs", pin4="5520", pin="771 240 835")
            ),
            "SEQUENCE:0", "STATUS:CONFIRMED",
        ], yes=1, company="GeoRes Modelling", role="Senior Resource Geologist", stage="technical",
        iv="ben.carruthers@georesmodelling.com.au", trap="google-direct-en"))
    # Outlook with SENT-BY: the CEO's assistant sends, CEO interviews
    text = (
        "Dear Tomás,\n\nOn behalf of Harlan Briggs, President & CEO, I'm pleased to set up your final interview "
        "for the Exploration Manager, Peru role. Harlan will be joined by Dr. Mei-Lin Cho (Independent Director, "
        "technical committee).\n\n" + TEAMS_EN.format(code="MjBhYmQy", mid="219 880 417 306", pwd="q3UxaF")
        + "\n\nKind regards,\nMonique Laporte\nExecutive Assistant to the CEO, Nevado Metals Corp."
    )
    out.append(E(
        "outlook-sentby-final-en", "040000008200E00074C5B7101A82E008000000001B9E3F5A7C4EDC010000000000000000100"
                                   "00000E2F4A6C8B0D2E4F6A8C0B2D4E6F8A0", [
            org("hbriggs@nevadometals.com", "Briggs, Harlan", sent_by="mlaporte@nevadometals.com"),
            att(ME_G, "Tomás Aguirre Quispe"),
            att("mcho@nevadometals.com", "Cho, Mei-Lin"),
            att("mlaporte@nevadometals.com", "Laporte, Monique", role="OPT-PARTICIPANT"),
            "SUMMARY;LANGUAGE=en-US:Final Interview - Exploration Manager\\, Peru - T. Aguirre Quispe",
            "DTSTART;TZID=Pacific Standard Time:20251126T080000",
            "DTEND;TZID=Pacific Standard Time:20251126T090000",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            desc(text), html(text), "SEQUENCE:0", *OL,
        ], yes=1, company="Nevado Metals", role="Exploration Manager, Peru", stage="final",
        iv="hbriggs@nevadometals.com;mcho@nevadometals.com", trap="outlook-sentby-assistant-en",
        tz=("Pacific Standard Time",), prodid=OUTLOOK))
    # Apple iOS, lithium founder on iCloud
    out.append(E(
        "apple-founder-es", "D4A7C0E2-19B5-4F3E-8A61-7C2E9D0B5F13", [
            "DTSTART;TZID=America/Santiago:20251028T183000",
            "DTEND;TZID=America/Santiago:20251028T193000",
            "SUMMARY:Conversación Rodrigo / Tomás – Gerente de Proyecto Litio Altiplano",
            'ORGANIZER;CN="Rodrigo Ibáñez";EMAIL=rodrigo.ibanez@icloud.com:mailto:rodrigo.ibanez@icloud.com',
            "ATTENDEE;CN=\"Tomás Aguirre\";CUTYPE=INDIVIDUAL;EMAIL=tomas.aguirre.geo@gmail.com;PARTSTAT=NEEDS-ACTI"
            "ON;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tomas.aguirre.geo@gmail.com",
            'ATTENDEE;CN="Rodrigo Ibáñez";CUTYPE=INDIVIDUAL;EMAIL=rodrigo.ibanez@icloud.com;PARTSTAT=ACCEPTED;ROLE='
            "CHAIR:mailto:rodrigo.ibanez@icloud.com",
            "LOCATION:FaceTime / o por WhatsApp si falla",
            desc(
                "Tomás, tal como te dije por LinkedIn: estamos armando el equipo de Litio Altiplano para el salar de "
                "Pujsa y buscamos un Gerente de Proyecto. Conversemos una hora sobre tu experiencia y lo que "
                "buscas. Abrazo, Rodrigo (socio fundador)"
            ),
            "URL;VALUE=URI:", "SEQUENCE:0", "TRANSP:OPAQUE",
            "CREATED:20251021T222010Z", "LAST-MODIFIED:20251021T222014Z",
        ], yes=1, company="Litio Altiplano", role="Gerente de Proyecto", iv="rodrigo.ibanez@icloud.com",
        trap="apple-founder-icloud-es", tz=("America/Santiago",), prodid=APPLE))
    # Thunderbird, Quebec junior, French, hiring manager
    out.append(E(
        "thunderbird-hm-fr", "8e2c4f61-5b0a-4d97-b3e1-6a9f0c2d7e48", [
            "CREATED:20251029T141200Z",
            "LAST-MODIFIED:20251029T141655Z",
            "SUMMARY:Entrevue – Géologue de projet senior (Exploration Nordique)",
            org("p.bergeron@explonordique.ca", "Pascale Bergeron"),
            att(ME_G, ME_CN),
            att("e.roy@explonordique.ca", "Étienne Roy"),
            "DTSTART;TZID=America/Toronto:20251104T093000",
            "DTEND;TZID=America/Toronto:20251104T103000",
            "LOCATION:Google Meet – meet.google.com/ubz-qocw-rfa",
            desc(
                "Bonjour Tomás,\n\nSuite à notre échange de courriels, voici l'invitation pour votre entrevue avec "
                "moi (directrice de l'exploration, gestionnaire du poste) et Étienne Roy (géologue principal, "
                "projet Baie-James). Nous parlerons de vos campagnes de forage et de la gestion d'équipes en "
                "région éloignée.\n\nCordialement,\nPascale Bergeron, géo.\nExploration Nordique ltée"
            ),
            "X-MOZ-GENERATION:2", "SEQUENCE:0", "TRANSP:OPAQUE",
        ], yes=1, company="Exploration Nordique", role="Géologue de projet senior", stage="hiring_manager",
        iv="p.bergeron@explonordique.ca;e.roy@explonordique.ca", trap="thunderbird-hm-fr",
        tz=("America/Toronto",), prodid=THUNDERBIRD))
    # Webex, Perth consultancy acronym in the domain
    out.append(E(
        "webex-technical-en", "5F2A8C41D0E3B7961A4C@ocg.com.au", [
            "DTSTART;TZID=W. Australia Standard Time:20251030T080000",
            "DTEND;TZID=W. Australia Standard Time:20251030T090000",
            "SUMMARY:Interview: Principal Resource Geologist – second round (technical)",
            org("kate.mcallister@ocg.com.au", "McAllister, Kate"),
            att(ME_G, "Tomás Aguirre Quispe"),
            att("liam.ferris@ocg.com.au", "Ferris, Liam"),
            "LOCATION:Webex",
            desc(
                "Hi Tomás,\n\nThanks again for your time last week. For round two you will meet Liam Ferris "
                "(Manager - Resources, Perth) and me again. Liam will send a short dataset 24 h before.\n\n"
                "Join Webex meeting\nhttps://ocg.webex.com/ocg/j.php?MTID=m5f2a8c41d0e3b7961a4c\n"
                "Meeting number (access code): 2634 118 0921\nMeeting password: Rsrc2025\n\nKate McAllister\n"
                "Talent & Engagement | Orebody Consulting Group"
            ),
            "SEQUENCE:0", *OL,
        ], yes=1, company="Orebody Consulting Group", role="Principal Resource Geologist", stage="technical",
        iv="kate.mcallister@ocg.com.au;liam.ferris@ocg.com.au", trap="webex-windows-tz-en",
        tz=("W. Australia Standard Time",), prodid=EXCHANGE))
    # Outlook, Chilean zone, final with CEO
    text = (
        "Estimado Tomás:\n\nCon mucho gusto te confirmo la entrevista final para el cargo de Gerente de Proyecto "
        "Exploraciones, con nuestro Gerente General, Sr. Andrés Montalva, y quien suscribe.\n\n"
        + TEAMS_ES.format(code="OTNhY2Fm", mid="291 474 033 518", pwd="Qs6mYz")
        + "\n\nSaludos,\nLoreto Campos Reyes\nGerente de Personas\nMinera Quebrada Seca SpA"
    )
    out.append(E(
        "outlook-final-cl-es", "040000008200E00074C5B7101A82E008000000003E7D1A9C0B5FDC0100000000000000001000"
                               "00004C6E8A0B2D4F6A8C0E2B4D6F8A0C2E4B", [
            org("lcampos@quebradaseca.cl", "Campos Reyes, Loreto"),
            att(ME_G, "tomas.aguirre.geo@gmail.com"),
            att("amontalva@quebradaseca.cl", "Montalva, Andrés"),
            "SUMMARY;LANGUAGE=es-CL:Entrevista final - Gerente de Proyecto Exploraciones",
            "DTSTART;TZID=Pacific SA Standard Time:20251202T120000",
            "DTEND;TZID=Pacific SA Standard Time:20251202T130000",
            "LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams",
            desc(text), html(text), "SEQUENCE:0", *OL,
        ], yes=1, company="Minera Quebrada Seca", role="Gerente de Proyecto Exploraciones", stage="final",
        iv="lcampos@quebradaseca.cl;amontalva@quebradaseca.cl", trap="outlook-windows-tz-cl-es",
        tz=("Pacific SA Standard Time",), prodid=OUTLOOK))
    # Outlook with HTML body only in X-ALT-DESC beside a short plain text, final
    text = (
        "Hi Tomás,\n\nRichard and Valeria enjoyed meeting you. The last step is a conversation with our Regional "
        "Director, Latin America, Gustavo Ferreira, about the Project Manager – Mining Studies role.\n\n"
        "Best regards,\nLucía Paredes | Recruiting Coordinator | Terra Nova Engineering"
    )
    out.append(E(
        "outlook-altdesc-final-en", "040000008200E00074C5B7101A82E008000000006F1C3B8D5A2EDC01000000000000000010"
                                    "000000A1C3E5B7D9F1A3C5E7B9D1F3A5C7E9", [
            org("lucia.paredes@tne-global.com", "Paredes, Lucía"),
            att(ME_G, "Tomás Aguirre Quispe"),
            att("gustavo.ferreira@tne-global.com", "Ferreira, Gustavo"),
            "SUMMARY;LANGUAGE=en-US:Terra Nova - Final conversation with Regional Director (PM\\, Mining Studies)",
            "DTSTART;TZID=SA Pacific Standard Time:20251030T170000",
            "DTEND;TZID=SA Pacific Standard Time:20251030T174500",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            "DESCRIPTION:\\n", html(text), "SEQUENCE:1", *OL,
        ], yes=1, company="Terra Nova Engineering", role="Project Manager – Mining Studies", stage="final",
        iv="gustavo.ferreira@tne-global.com", trap="outlook-altdesc-only-en",
        tz=("SA Pacific Standard Time",), prodid=OUTLOOK))
    return out
