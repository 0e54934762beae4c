"""holdout117: more direct invites (Google, Outlook, Zoom), agencies naming the employer, phone screens."""

from __future__ import annotations

from holdout117ev_ics import (
    ME_CN,
    ME_G,
    MEET_EN,
    MEET_ES,
    OUTLOOK,
    TEAMS_EN,
    TEAMS_ES,
    ZOOM,
    ZOOM_EN,
    ZOOM_ES,
    E,
    att,
    desc,
    html,
    org,
)

OL = ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]


def events() -> list[dict[str, object]]:
    out = []
    out.append(E(
        "google-technical2-en", "3m0c7tq1v5k8e2bn9r4hj6ds1f@google.com", [
            "DTSTART:20251001T153000Z",
            "DTEND:20251001T163000Z",
            "SUMMARY:Kestrel Peak – Technical interview (Resource Geology) w/ Tomás",
            org("jen.ashworth@kestrelpeak.com", "Jen Ashworth"),
            att(ME_G, ME_CN, extra="X-NUM-GUESTS=0"),
            att("jen.ashworth@kestrelpeak.com", "Jen Ashworth", stat="ACCEPTED", rsvp=False, extra="X-NUM-GUESTS=0"),
            att("mark.rutledge@kestrelpeak.com", "Mark Rutledge", extra="X-NUM-GUESTS=0"),
            att("hannah.whitcombe@kestrelpeak.com", "Hannah Whitcombe", role="OPT-PARTICIPANT",
                extra="X-NUM-GUESTS=0"),
            desc(
                "Hi Tomás - Mark (QP for Cerro Alto) and I will run the technical part: core, QAQC, your last "
                "MRE. Hannah is on the invite only to keep track, she won't join.\n\nJen Ashworth\nManager, "
                "Resource Geology\n\n" + MEET_EN.format(code="ads-pwxe-gnu", pin4="8820", pin="661 204 915")
            ),
            "SEQUENCE:0", "STATUS:CONFIRMED",
        ], yes=1, company="Kestrel Peak Mining", stage="technical",
        iv="jen.ashworth@kestrelpeak.com;mark.rutledge@kestrelpeak.com", trap="google-direct-coordinator-en"))
    text = (
        "Bonjour Monsieur Aguirre Quispe,\n\nSuite à votre candidature au poste de Chef de projet exploration – "
        "Pérou, nous vous proposons un entretien en visioconférence avec Yann Le Goff, Directeur des opérations "
        "Amérique latine, et moi-même.\n\n" + TEAMS_EN.format(code="ZmE3NDEx", mid="368 004 219 775", pwd="Lp9wRe")
        + "\n\nBien cordialement,\nNathalie Lefèvre\nChargée de recrutement – Géomines International"
    )
    out.append(E(
        "outlook-paris-fr", "040000008200E00074C5B7101A82E0080000000082C4E6A8B0D2DC010000000000000000100000"
                            "00F1E3D5C7B9A1F3E5D7C9B1A3F5E7D9C1", [
            org("n.lefevre@geomines-intl.fr", "Lefèvre, Nathalie"),
            att(ME_G, "Tomás Aguirre Quispe"),
            att("y.legoff@geomines-intl.fr", "Le Goff, Yann"),
            "SUMMARY;LANGUAGE=fr-FR:Entretien – Chef de projet exploration Pérou – M. Aguirre Quispe",
            "DTSTART;TZID=\"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris\":20251113T160000",
            "DTEND;TZID=\"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris\":20251113T170000",
            "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
            desc(text), html(text), "SEQUENCE:0", *OL,
        ], yes=1, company="Géomines International", role="Chef de projet exploration – Pérou",
        iv="n.lefevre@geomines-intl.fr;y.legoff@geomines-intl.fr", trap="outlook-utc-offset-zone-fr",
        tz=("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",), prodid=OUTLOOK))
    out.append(E(
        "zoom-final-en", "ZOOM87712093384", [
            "DTSTART;TZID=America/Toronto:20251120T110000",
            "DTEND;TZID=America/Toronto:20251120T120000",
            "SUMMARY:Northern Lode - final interview (CEO + Board) - T. Aguirre",
            org("graham.teller@northernlode.ca", "Graham Teller"),
            att(ME_G, ME_CN),
            att("ruth.okonkwo@northernlode.ca", "Ruth Okonkwo"),
            att("bill.mcnair@northernlode.ca", "Bill McNair"),
            "LOCATION:https://northernlode.zoom.us/j/87712093384?pwd=TnJ5a0",
            desc(
                ZOOM_EN.format(who="Graham Teller", mid="87712093384", pwd="TnJ5a0", mids="877 1209 3384",
                               pin="510944")
                + "\nTomás - final round for the Project Manager, Peru Exploration role: Ruth Okonkwo (CEO) and Bill "
                "McNair (Chair, technical committee). I'll introduce and then drop off."
            ),
        ], yes=1, company="Northern Lode Resources", role="Project Manager, Peru Exploration", stage="final",
        iv="ruth.okonkwo@northernlode.ca;bill.mcnair@northernlode.ca", trap="zoom-final-en",
        tz=("America/Toronto",), prodid=ZOOM))
    out.append(E(
        "google-hm-es", "7kq2ws0e5n1m9h3r6v8b4c0x2j@google.com", [
            "DTSTART:20251017T133000Z",
            "DTEND:20251017T143000Z",
            "SUMMARY:Entrevista Jefe de Proyecto – PDS (Ing. Aguirre)",
            org("jcanales@pds.com.pe", "Julio Canales"),
            att(ME_G, ME_CN, extra="X-NUM-GUESTS=0"),
            att("jcanales@pds.com.pe", "Julio Canales", stat="ACCEPTED", rsvp=False, extra="X-NUM-GUESTS=0"),
            "LOCATION:Perforaciones del Sur S.A.C.\\, Av. Separadora Industrial 2150\\, Ate",
            desc(
                "Ing. Tomás, buen día. Le confirmo la entrevista con su servidor (Gerente de Operaciones) para la "
                "jefatura de proyecto de perforación diamantina en la zona sur. Traer CV impreso.\n\nJulio Canales"
            ),
            "SEQUENCE:0", "STATUS:CONFIRMED",
        ], yes=1, company="Perforaciones del Sur", role="Jefe de Proyecto", stage="hiring_manager",
        iv="jcanales@pds.com.pe", trap="google-direct-hm-es"))
    text = (
        "Hi Tomás,\n\nGreat news - Sarah and Mick would like you to meet our General Manager Geology, Craig "
        "Patterson, for the final interview for the Resource Geologist (Open Pit) role. Sarah will also join.\n\n"
        + TEAMS_EN.format(code="YTkwMmFl", mid="402 755 180 663", pwd="b2PzWq") + "\n\nCheers,\nJess"
    )
    out.append(E(
        "outlook-perth-final-en", "040000008200E00074C5B7101A82E00800000000A3F5D7B9C1E3DC01000000000000000010"
                                  "00000093B5D7F9A1C3E5B7D9F1A3C5E7B9D1", [
            org("jess.pham@karriresources.com.au", "Jess Pham"),
            att(ME_G, "Tomas Aguirre"),
            att("craig.patterson@karriresources.com.au", "Craig Patterson"),
            att("sarah.lindqvist@karriresources.com.au", "Sarah Lindqvist"),
            "SUMMARY;LANGUAGE=en-AU:Karri Resources - Final Interview - Resource Geologist (Open Pit)",
            "DTSTART;TZID=W. Australia Standard Time:20251015T063000",
            "DTEND;TZID=W. Australia Standard Time:20251015T073000",
            "LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting",
            desc(text), html(text), "SEQUENCE:0", *OL,
        ], yes=1, company="Karri Resources", role="Resource Geologist (Open Pit)", stage="final",
        iv="craig.patterson@karriresources.com.au;sarah.lindqvist@karriresources.com.au", trap="outlook-final-au-en",
        tz=("W. Australia Standard Time",), prodid=OUTLOOK))
    out.append(E(
        "zoom-technical-es", "ZOOM83107744521", [
            "DTSTART;TZID=America/Lima:20251106T100000",
            "DTEND;TZID=America/Lima:20251106T110000",
            "SUMMARY:Entrevista – Geólogo Senior de Recursos (Ferrum Andino)",
            org("gmoscoso@ferrumandino.pe", "Giuliana Moscoso"),
            att(ME_G, ME_CN),
            att("eloayza@ferrumandino.pe", "Eduardo Loayza"),
            desc(
                ZOOM_ES.format(who="Giuliana Moscoso", mid="83107744521", pwd="RmVycnVt", mids="831 0774 4521",
                               pin="604118")
                + "\nEntrevista técnica con el Ing. Eduardo Loayza (Jefe de Geología Mina Marcona). Giuliana "
                "(Bienestar y Selección) solo abre la sala."
            ),
        ], yes=1, company="Ferrum Andino", role="Geólogo Senior de Recursos", stage="technical",
        iv="eloayza@ferrumandino.pe", trap="zoom-coordinator-es", tz=("America/Lima",), prodid=ZOOM))
    text = (
        "Estimado Tomás:\n\nTal como conversamos, nuestro cliente Minera Chavín S.A. desea entrevistarte para la "
        "posición de Superintendente de Exploraciones. La entrevista será en sus oficinas de Surquillo con el "
        "Ing. Fernando Zegarra (Gerente de Exploraciones) y la Lic. Rosa Alvarado (Gerente de Gestión Humana).\n\n"
        "Te sugiero llegar 15 minutos antes. Cualquier duda me escribes.\n\nSaludos,\nKarina Huertas\n"
        "Consultora Senior – Talento Minero Consultores"
    )
    out.append(E(
        "outlook-agency-client-es", "040000008200E00074C5B7101A82E00800000000C5A7E9B1D3F5DC01000000000000000010"
                                    "000000D2F4B6D8F0A2C4E6B8D0F2A4C6E8B0", [
            org("khuertas@talentominero.com.pe", "Huertas, Karina"),
            att(ME_G, "Tomás Aguirre Quispe"),
            "SUMMARY;LANGUAGE=es-PE:Entrevista con Minera Chavín - Superintendente de Exploraciones",
            "DTSTART;TZID=SA Pacific Standard Time:20251022T150000",
            "DTEND;TZID=SA Pacific Standard Time:20251022T163000",
            "LOCATION;LANGUAGE=es-PE:Minera Chavín - Calle Los Negocios 280\\, Surquillo",
            desc(text), html(text), "SEQUENCE:0", *OL,
        ], yes=1, company="Minera Chavín", role="Superintendente de Exploraciones",
        iv="Fernando Zegarra;Rosa Alvarado", trap="agency-client-names-only-es", tz=("SA Pacific Standard Time",),
        prodid=OUTLOOK))
    out.append(E(
        "google-final-de", "0vf3k8m1q6n4z2b7c9x5w0t3hs@google.com", [
            "DTSTART;TZID=Europe/Berlin:20251118T170000",
            "DTEND;TZID=Europe/Berlin:20251118T180000",
            "SUMMARY:Zweitgespräch Senior Geologe Lateinamerika – Erzberg Rohstoff-Consult / T. Aguirre Quispe",
            org("k.vogel@erzberg-consult.de", "Katrin Vogel"),
            att(ME_G, ME_CN, extra="X-NUM-GUESTS=0"),
            att("k.vogel@erzberg-consult.de", "Katrin Vogel", stat="ACCEPTED", rsvp=False, extra="X-NUM-GUESTS=0"),
            att("m.hartung@erzberg-consult.de", "Michael Hartung", extra="X-NUM-GUESTS=0"),
            desc(
                "Lieber Herr Aguirre Quispe,\n\nwie besprochen das zweite und abschließende Gespräch mit unserem "
                "Geschäftsführer Michael Hartung und mir. Gern auf Englisch.\n\nViele Grüße\nKatrin Vogel\n\n"
                + MEET_EN.format(code="fkt-bmeq-oyx", pin4="3391", pin="220 951 704")
            ),
            "SEQUENCE:0",
        ], yes=1, company="Erzberg Rohstoff-Consult", role="Senior Geologe Lateinamerika", stage="final",
        iv="k.vogel@erzberg-consult.de;m.hartung@erzberg-consult.de", trap="google-final-de",
        tz=("Europe/Berlin",)))
    text = (
        "Hi Tomás,\n\nThanks for your time on LinkedIn. As mentioned, I'd like to have a first 30-minute "
        "conversation about the Senior Geologist - Technical Advisory role at Halloran Mining Advisors "
        "(Vancouver, with travel to Peru and Chile).\n\n"
        + TEAMS_EN.format(code="ODFkMWI2", mid="230 117 645 902", pwd="Nw3k7D")
        + "\n\nRegards,\nTaylor Brennan\nTalent Acquisition | Halloran Mining Advisors"
    )
    out.append(E(
        "outlook-screen-en", "040000008200E00074C5B7101A82E00800000000E7B9D1F3A5C7DC01000000000000000010000000"
                             "B4D6F8A0C2E4F6B8D0A2C4E6F8B0D2A4", [
            org("tbrennan@halloranadvisors.com", "Brennan, Taylor"),
            att(ME_G, "Tomás Aguirre Quispe"),
            "SUMMARY;LANGUAGE=en-US:Tomás Aguirre Quispe / Taylor Brennan - intro call",
            "DTSTART;TZID=Pacific Standard Time:20251103T090000",
            "DTEND;TZID=Pacific Standard Time:20251103T093000",
            "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
            desc(text), html(text), "SEQUENCE:0", *OL,
        ], yes=1, company="Halloran Mining Advisors", role="Senior Geologist - Technical Advisory",
        stage="recruiter_screen", iv="tbrennan@halloranadvisors.com", trap="outlook-screen-company-in-body-en",
        tz=("Pacific Standard Time",), prodid=OUTLOOK))
    text = (
        "Estimado Tomás:\n\nPor motivos de agenda del Ing. José Luis Barreda (Gerente de Geología), reprogramamos "
        "la entrevista con gerencia del proceso Geólogo de Recursos Senior al jueves 20 a las 16:00. El Ing. "
        "Alfredo Huamán se sumará si su turno en Santa Inés lo permite.\n\n"
        + TEAMS_ES.format(code="NzE4YjA1", mid="295 660 381 447", pwd="aP7uKd")
        + "\n\nSaludos,\nTalento Pucará"
    )
    out.append(E(
        "outlook-rescheduled-es", "040000008200E00074C5B7101A82E008000000005D7F9B1C3E5ADC01000000000000000010"
                                  "000000C8E0A2B4D6F8C0E2A4B6D8F0C2E4A6", [
            org("talento@minaspucara.com.pe", "Talento Pucará"),
            att(ME_G, "Tomás Aguirre Quispe"),
            att("ahuaman@minaspucara.com.pe", "Huamán, Alfredo", role="OPT-PARTICIPANT"),
            att("jbarreda@minaspucara.com.pe", "Barreda, José Luis"),
            "SUMMARY;LANGUAGE=es-PE:Actualizado: Entrevista con Gerencia - Geólogo de Recursos Senior (REQ-7720)",
            "DTSTART;TZID=SA Pacific Standard Time:20251120T160000",
            "DTEND;TZID=SA Pacific Standard Time:20251120T170000",
            "LOCATION;LANGUAGE=es-PE:Reunión de Microsoft Teams",
            desc(text), html(text), "SEQUENCE:1", *OL,
        ], yes=1, company="Compañía de Minas Pucará", role="Geólogo de Recursos Senior", stage="hiring_manager",
        iv="jbarreda@minaspucara.com.pe;ahuaman@minaspucara.com.pe", trap="outlook-rescheduled-es",
        tz=("SA Pacific Standard Time",), prodid=OUTLOOK))
    out.append(E(
        "agency-client-en", "4d2b9f70e1c64a8b@ridgelinesearch.ca", [
            "DTSTART;TZID=America/Toronto:20251125T140000",
            "DTEND;TZID=America/Toronto:20251125T150000",
            "SUMMARY:Interview: Silverfir Resources – Resource Geologist (via Ridgeline)",
            org("mfortin@ridgelinesearch.ca", "Maxime Fortin"),
            att(ME_G, ME_CN),
            att("kpatel@silverfir.com", "Kiran Patel"),
            "LOCATION:Zoom (link from Silverfir)",
            desc(
                "Tomás - confirming your interview with Kiran Patel, Chief Geologist at Silverfir Resources and "
                "hiring manager for the Resource Geologist role. I won't be on the call; ring me right after for "
                "a debrief.\n\nMaxime Fortin\nPartner, Ridgeline Search Partners"
            ),
        ], yes=1, company="Silverfir Resources", role="Resource Geologist", stage="hiring_manager",
        iv="kpatel@silverfir.com", trap="agency-client-en", tz=("America/Toronto",),
        prodid="-//Ridgeline Search//Outlook Web//EN"))
    out.append(E(
        "google-phone-es", "2hx8m4q0v7c1n5b9z3k6w2e8ra@google.com", [
            "DTSTART:20251021T143000Z",
            "DTEND:20251021T150000Z",
            "SUMMARY:Entrevista telefónica – Qori Orcco / Tomás Aguirre",
            org("lvillafuerte@qoriorcco.com.pe", "Lizbeth Villafuerte"),
            att(ME_G, ME_CN, extra="X-NUM-GUESTS=0"),
            att("lvillafuerte@qoriorcco.com.pe", "Lizbeth Villafuerte", stat="ACCEPTED", rsvp=False,
                extra="X-NUM-GUESTS=0"),
            "LOCATION:Llamada al +51 987 412 306",
            desc(
                "Buenos días Tomás, te llamaré para una primera entrevista (filtro) por la vacante de Geólogo "
                "Senior – Proyecto Qori Orcco (Cusco). Duración aprox. 20 min.\n\nLizbeth Villafuerte\n"
                "Analista de Talento, Minera Qori Orcco S.A.C."
            ),
            "SEQUENCE:0",
        ], yes=1, company="Minera Qori Orcco", role="Geólogo Senior", stage="recruiter_screen",
        iv="lvillafuerte@qoriorcco.com.pe", trap="phone-screen-es"))
    text = (
        "Hola Tomás:\n\nTe envío la invitación para la entrevista del proceso Geólogo Senior de Modelamiento "
        "(Proyecto Diego de Almagro). Participarán Patricio Leiva (Jefe de Modelamiento) y Loreto Saavedra "
        "(Geóloga Senior).\n\n" + MEET_ES.format(code="cpq-xuwe-mtn", pin4="0925", pin="117 408 223")
        + "\n\nSaludos,\nDaniela Orellana – Reclutamiento, Cobre Pacífico S.A."
    )
    out.append(E(
        "outlook-cl-nostage-es", "040000008200E00074C5B7101A82E00800000000B9D1F3A5C7E9DC01000000000000000010"
                                 "000000E6A8C0E2B4D6F8A0C2E4B6D8F0A2C4", [
            org("dorellana@cobrepacifico.cl", "Orellana, Daniela"),
            att(ME_G, "Tomás Aguirre Quispe"),
            att("pleiva@cobrepacifico.cl", "Leiva, Patricio"),
            att("lsaavedra@cobrepacifico.cl", "Saavedra, Loreto"),
            "SUMMARY;LANGUAGE=es-CL:Entrevista - Geólogo Senior de Modelamiento - Tomás Aguirre",
            "DTSTART;TZID=Pacific SA Standard Time:20251113T100000",
            "DTEND;TZID=Pacific SA Standard Time:20251113T110000",
            desc(text), html(text), "SEQUENCE:0", *OL,
        ], yes=1, company="Cobre Pacífico", role="Geólogo Senior de Modelamiento",
        iv="pleiva@cobrepacifico.cl;lsaavedra@cobrepacifico.cl", trap="outlook-nostage-es",
        tz=("Pacific SA Standard Time",), prodid=OUTLOOK))
    return out
