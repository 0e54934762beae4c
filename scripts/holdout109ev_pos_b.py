"""holdout109 interviews, part B: Outlook/Exchange, Google, Apple, Thunderbird, agencies (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout109ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME,
    MEET_ES,
    OUTLOOK,
    TEAMS_EN,
    TEAMS_ES,
    THUNDERBIRD,
    TZ_MADRID,
    TZ_MENDOZA,
    TZ_SANTIAGO,
    TZ_WIN_ARG,
    TZ_WIN_GMT,
    TZ_WIN_ROMANCE_ES,
    TZ_WIN_SANTIAGO,
    ZOOM_ES,
    Ev,
    att,
    cal,
    org,
    vevent,
)

WIN_SCL = "TZID=Pacific SA Standard Time:"
MAD = "DTSTART;TZID=Europe/Madrid:"
MADE = "DTEND;TZID=Europe/Madrid:"
ROM = 'TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":'
MS = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
      "X-MS-OLK-CONFTYPE:0"]


def outlook_final() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000D07A6F55B894DB010000000000000000100000004E2B7A9C1F3D"
    desc = ("Estimado Gonzalo:\n\nTal como conversamos por teléfono, te cito a la entrevista final para el cargo "
            "de Gerente de Hospitalidad y Enoturismo. Estará presente nuestro Gerente General, Andrés Correa, "
            "además de quien suscribe.\n\nLa reunión es en la casa patronal de la viña. Al llegar, consulta en "
            "portería por la Sala Carmenère.\n\nSaludos cordiales,\nFrancisca Vial\nGerente de Personas\n"
            "Viña Santa Leonor")
    alt = ('X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Estimado Gonzalo:</p><p>Tal como conversamos por '
           'teléfono\\, te cito a la <b>entrevista final</b> para el cargo de Gerente de Hospitalidad y Enoturismo.'
           '</p><p>Francisca Vial<br>Gerente de Personas<br>Viña Santa Leonor</p></body></html>')
    ev = vevent(uid, "Entrevista final – Gerente de Hospitalidad y Enoturismo", "DTSTART;" + WIN_SCL
                + "20250423T100000", "DTEND;" + WIN_SCL + "20250423T113000", stamp="20250415T200912Z",
                organizer=org("fvial@vinasantaleonor.cl", "Vial, Francisca"),
                attendees=[att("Gonzalo.Herrera.Vino@gmail.com", "Gonzalo Herrera"),
                           att("acorrea@vinasantaleonor.cl", "Correa, Andrés"),
                           att("sala.carmenere@vinasantaleonor.cl", "Sala Carmenère", cutype="RESOURCE",
                               role="NON-PARTICIPANT", rsvp=False)],
                desc=desc, loc="Viña Santa Leonor - Casa Patronal, Camino a Pirque km 6, Pirque",
                extra=[alt, *MS])
    text = cal(OUTLOOK, ev, tz=[TZ_WIN_SANTIAGO])
    return Ev("outlook-final-es", text, uid, 1, "Viña Santa Leonor", "Gerente de Hospitalidad y Enoturismo",
              "final", ["fvial@vinasantaleonor.cl", "acorrea@vinasantaleonor.cl"],
              "outlook-x-alt-desc-resource-es")


def outlook_sentby() -> Ev:
    uid = "040000008200E00074C5B7101A82E008000000006C1E2F3A7B90DB01000000000000000010000000A1B2C3D4E5F6"
    desc = ("Buenas tardes, Gonzalo:\n\nDe parte de D. Ignacio Sáez Alonso, Director General de Bodegas Hermanos "
            "Sáez Alonso, le envío convocatoria para la entrevista del puesto de Director de Exportación "
            "(Américas). Se celebrará por Teams.\n\nUn saludo,\nMaite Ruiz\nAsistente de Dirección\n\n"
            + TEAMS_ES.format(mid="YjE0NmQ4", num="375 201 664 018", pw="Lm8pXs"))
    ev = vevent(uid, "Entrevista Director de Exportación (Américas) – D. Ignacio Sáez", "DTSTART;" + ROM
                + "20250410T170000", "DTEND;" + ROM + "20250410T180000", stamp="20250404T114422Z",
                organizer=org("ignacio.saez@saezalonso.es", "Sáez Alonso, Ignacio", sent_by="maite.ruiz@saezalonso.es"),
                attendees=[att(ME, "gonzalo.herrera.vino@gmail.com")], desc=desc,
                loc="Reunión de Microsoft Teams", extra=MS)
    text = cal(EXCHANGE, ev, tz=[TZ_WIN_ROMANCE_ES])
    return Ev("outlook-sentby-es", text, uid, 1, "Bodegas Hermanos Sáez Alonso", "Director de Exportación (Américas)",
              "hiring_manager", ["ignacio.saez@saezalonso.es"], "outlook-sent-by-utc-zone-es")


def outlook_london() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000044A9B2C3E1F2DB010000000000000000100000009F8E7D6C5B4A"
    desc = ("Hi Gonzalo,\n\nGreat to speak last week. As discussed, here is the final conversation for the Chile "
            "& Argentina Brand Ambassador role with our Managing Director, Rupert Ashcombe, and myself.\n\n"
            "Kind regards,\nEleanor Finch\nHead of Buying, Harrow & Finch Wine Merchants\n\n"
            + TEAMS_EN.format(mid="OGQ3NzFh", num="349 660 215 873", pw="tR4vWq"))
    ev = vevent(uid, "Final interview – Brand Ambassador Chile & Argentina", "DTSTART;TZID=GMT Standard Time:"
                "20250506T150000", "DTEND;TZID=GMT Standard Time:20250506T160000", stamp="20250430T094002Z",
                organizer=org("eleanor.finch@harrowfinch.co.uk", "Finch, Eleanor"),
                attendees=[att(ME, "Gonzalo Herrera"), att("rupert.ashcombe@harrowfinch.co.uk", "Ashcombe, Rupert")],
                desc=desc, loc="Microsoft Teams Meeting", extra=MS)
    text = cal(OUTLOOK, ev, tz=[TZ_WIN_GMT])
    return Ev("outlook-final-en", text, uid, 1, "Harrow & Finch Wine Merchants", "Brand Ambassador Chile & Argentina",
              "final", ["eleanor.finch@harrowfinch.co.uk", "rupert.ashcombe@harrowfinch.co.uk"], "outlook-gmt-en")


def exchange_room() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000E1D5C7A3B2A1DB01000000000000000010000000VMA2025CATA"
    desc = ("Gonzalo,\n\nConfirmamos la cata técnica para el proceso de Jefe de Comercio Exterior. Dinámica: cata a "
            "ciegas de 6 muestras de nuestro portafolio y de la competencia (30 min) y luego presentación de tu "
            "plan para el mercado brasileño (30 min) ante el comité.\n\nComité: Felipe Izquierdo (Enólogo Jefe), "
            "Carolina Browne (Gerente Exportaciones)\n\nSala: Sala de Catas 2º piso (reservada)\n\nSaludos,\n"
            "Felipe")
    ev = vevent(uid, "Cata técnica – proceso Jefe de Comercio Exterior", "DTSTART;" + WIN_SCL + "20250404T090000",
                "DTEND;" + WIN_SCL + "20250404T103000", stamp="20250328T123030Z",
                organizer=org("fizquierdo@vma.cl", "Izquierdo, Felipe"),
                attendees=[att(ME, "Gonzalo Herrera"), att("cbrowne@vma.cl", "Browne, Carolina"),
                           att("salacatas2@vma.cl", "Sala de Catas 2º piso", cutype="ROOM", role="NON-PARTICIPANT",
                               rsvp=False)],
                desc=desc, loc="Sala de Catas 2º piso; Viñedos Maipo Andino, Buin", extra=MS)
    text = cal(EXCHANGE, ev, tz=[TZ_WIN_SANTIAGO])
    return Ev("exchange-cata-es", text, uid, 1, "Viñedos Maipo Andino", "Jefe de Comercio Exterior", "technical",
              ["fizquierdo@vma.cl", "cbrowne@vma.cl"], "exchange-abbrev-domain-room-es")


def outlook_arg() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000077F1A2B3C4D5DB010000000000000000100000003344556677AA"
    desc = ("Gonzalo, buen día.\n\nTe paso la invitación para la entrevista con Dirección por la posición de "
            "Gerente de Alimentos y Bebidas del Recoleta Grand Hotel. Vas a estar con Guillermo Basavilbaso "
            "(Director del hotel).\n\nCualquier cosa me escribís.\n\nSaludos,\nLorena Paz | RR.HH.")
    ev = vevent(uid, "Entrevista – Gerente de A&B – Recoleta Grand", "DTSTART;TZID=Argentina Standard Time:"
                "20250513T153000", "DTEND;TZID=Argentina Standard Time:20250513T163000", stamp="20250507T183045Z",
                organizer=org("lpaz@recoletagrand.com.ar", "Paz, Lorena"),
                attendees=[att(ME, "Gonzalo Herrera"), att("gbasavilbaso@recoletagrand.com.ar",
                                                            "Basavilbaso, Guillermo")],
                desc=desc, loc="Av. Alvear 1850, CABA – Oficinas de Dirección, 1er piso", extra=MS)
    text = cal(OUTLOOK, ev, tz=[TZ_WIN_ARG])
    return Ev("outlook-ar", text, uid, 1, "Recoleta Grand Hotel", "Gerente de Alimentos y Bebidas", "hiring_manager",
              ["gbasavilbaso@recoletagrand.com.ar"], "outlook-windows-tz-es-ar")


def google_mendoza() -> Ev:
    uid = "5t8qk2j0c1m4vdl9r3h6oabn7e@google.com"
    desc = ("Gonzalo: como hablamos, te esperamos en la bodega para la cata técnica y recorrida. Vas a catar con "
            "nuestro enólogo la línea Gran Reserva y armar una propuesta de maridaje para el restaurante de la "
            "bodega. Después almorzamos con Pilar.\n\nAbrazo,\nFacundo")
    ev = vevent(uid, "Cata técnica + recorrida – Sommelier Corporativo (Bodega Tres Cumbres)",
                "DTSTART;TZID=America/Argentina/Mendoza:20250516T100000",
                "DTEND;TZID=America/Argentina/Mendoza:20250516T140000", stamp="20250505T221533Z",
                organizer=org("facundo.arce@trescumbres.com.ar", "Facundo Arce"),
                attendees=[att("facundo.arce@trescumbres.com.ar", "Facundo Arce", stat="ACCEPTED", rsvp=False),
                           att(ME, "Gonzalo Herrera"), att("pilar.zuazo@trescumbres.com.ar", "Pilar Zuazo")],
                desc=desc, loc="Bodega Tres Cumbres, Ruta 89 km 12, Tupungato, Mendoza",
                extra=["X-GOOGLE-CONFERENCE:", "TRANSP:OPAQUE"])
    ev = [ln for ln in ev if ln != "X-GOOGLE-CONFERENCE:"]
    text = cal(GOOGLE, ev, tz=[TZ_MENDOZA])
    return Ev("google-cata-ar", text, uid, 1, "Bodega Tres Cumbres", "Sommelier Corporativo", "technical",
              ["facundo.arce@trescumbres.com.ar", "pilar.zuazo@trescumbres.com.ar"], "google-direct-cata-es-ar")


def google_hotel_screen() -> Ev:
    uid = "0q3fj1e8mvb2tq6rk7n5p4c9ls@google.com"
    desc = ("Hola Gonzalo, gracias por postular al cargo de Sommelier Jefe. Te dejo el link para nuestra primera "
            "conversación (30 min).\n\nCarolina Díaz\nReclutamiento y Selección – Hotel Bellavista Plaza\n\n"
            + MEET_ES.format(code="rkw-pfyc-uzm", tail="5567", pin="190 337 021")
            + "\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n")
    ev = vevent(uid, "Primera conversación – Sommelier Jefe | Gonzalo Herrera", "DTSTART:20250317T140000Z",
                "DTEND:20250317T143000Z", stamp="20250313T150122Z",
                organizer=org("carolina.diaz@bellavistaplaza.cl", "Carolina Díaz"),
                attendees=[att("carolina.diaz@bellavistaplaza.cl", "Carolina Díaz", stat="ACCEPTED", rsvp=False),
                           att(ME, "gonzalo.herrera.vino@gmail.com")],
                desc=desc, loc=None, extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/rkw-pfyc-uzm"])
    text = cal(GOOGLE, ev, head=["X-WR-TIMEZONE:America/Santiago"])
    return Ev("google-screen-es", text, uid, 1, "Hotel Bellavista Plaza", "Sommelier Jefe", "recruiter_screen",
              ["carolina.diaz@bellavistaplaza.cl"], "google-meet-utc-es")


def apple_sansebastian() -> Ev:
    uid = "C3E1B7F4-9A2D-4E6B-8F0C-1D2E3F4A5B6C"
    desc = ("Gonzalo, te espero en el restaurante para hacer un servicio de mediodía con nosotros. Trae tu "
            "uniforme (chaqueta negra). Al final hablamos tranquilos con Itziar.\nJon")
    ev = vevent(uid, "Prueba en sala – Laurel y Sal", MAD + "20250520T120000", MADE + "20250520T170000",
                stamp="20250508T191233Z", organizer=org("jon.aranburu@icloud.com", "Jon Aranburu"),
                attendees=[att("jon.aranburu@icloud.com", "Jon Aranburu", stat="ACCEPTED", rsvp=False),
                           att(ME, "Gonzalo Herrera"), att("itziar@laurelysal.eus", "Itziar Mendizabal")],
                desc=desc, loc="Restaurante Laurel y Sal\nPaseo de la Concha 12, 20007 Donostia",
                extra=["TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"], seq=1)
    text = cal(APPLE, ev, tz=[TZ_MADRID])
    return Ev("apple-trial-es", text, uid, 1, "Laurel y Sal", "", "onsite",
              ["jon.aranburu@icloud.com", "itziar@laurelysal.eus"], "apple-icloud-owner-trial-es")


def thunderbird() -> Ev:
    uid = "a7e4c6d2-3b1f-4e88-9c55-0f2d1b3a4c5e"
    desc = ("Gonzalo: confirmamos la entrevista con nuestro socio gerente Hernán Lucero por la posición de Gerente "
            "Comercial Vinos Importados. Te llamamos por WhatsApp a las 17 hs (Argentina).\nSaludos\nMarina – "
            "Distribuidora Malbec Sur S.R.L.")
    ev = vevent(uid, "Entrevista Gonzalo Herrera / Hernán Lucero", "DTSTART;TZID=America/Argentina/Buenos_Aires:"
                "20250428T170000", "DTEND;TZID=America/Argentina/Buenos_Aires:20250428T174500",
                stamp="20250424T140512Z", organizer=org("marina@malbecsur.com.ar", "Marina Ojeda"),
                attendees=[att(ME, "Gonzalo Herrera"), att("hlucero@malbecsur.com.ar", "Hernán Lucero")],
                desc=desc, loc="WhatsApp videollamada", extra=["X-MOZ-GENERATION:2", "CREATED:20250424T140400Z"])
    tz = TZ_MENDOZA.replace("America/Argentina/Mendoza", "America/Argentina/Buenos_Aires")
    text = cal(THUNDERBIRD, ev, tz=[tz])
    return Ev("thunderbird-ar", text, uid, 1, "Distribuidora Malbec Sur", "Gerente Comercial Vinos Importados",
              "hiring_manager", ["hlucero@malbecsur.com.ar"], "thunderbird-es-ar")


def agency_screen() -> Ev:
    uid = "20250319T1832Z-vertice-00481@verticetalent.cl"
    desc = ("Hola Gonzalo,\n\nComo te comenté, nuestro cliente Austral Suites Hoteles busca Gerente de Alimentos y "
            "Bebidas para su nuevo hotel en Puerto Varas. Agendemos una primera entrevista conmigo (Vértice "
            "Talent, consultora) antes de presentarte al cliente.\n\n"
            + ZOOM_ES.format(url="https://zoom.us/j/71244908813", mid="712 4490 8813", mid_n="71244908813",
                             pw="vrt25"))
    ev = vevent(uid, "Entrevista Vértice Talent – GAyB Austral Suites (Puerto Varas)", SCL_P("20250321T090000"),
                SCL_E("20250321T094500"), stamp="20250319T183200Z",
                organizer=org("jose.miguel.rios@verticetalent.cl", "José Miguel Ríos"),
                attendees=[att(ME, "Gonzalo Herrera")], desc=desc, loc="Zoom")
    text = cal(GOOGLE, ev, tz=[TZ_SANTIAGO])
    return Ev("agency-screen-es", text, uid, 1, "Austral Suites Hoteles", "Gerente de Alimentos y Bebidas",
              "recruiter_screen", ["jose.miguel.rios@verticetalent.cl"], "agency-names-client-es")


def agency_client() -> Ev:
    uid = "HS-2025-0412-azahar-entrevista@hosteleriaselect.es"
    desc = ("Estimado Gonzalo:\n\nTe confirmo la entrevista con el cliente, Grupo Hotelero Azahar, para la vacante "
            "de Director de Alimentación y Bebidas – Azahar Palma Resort. Te entrevistarán Bartomeu Ferrer "
            "(Director de Operaciones) y Neus Pons (Directora de RR. HH.). Yo no asistiré a la reunión.\n\n"
            "Mucha suerte,\nRaquel Vidal\nHostelería Select – Executive Search")
    ev = vevent(uid, "Entrevista cliente: Grupo Hotelero Azahar – Dir. A&B Palma", MAD + "20250424T180000",
                MADE + "20250424T190000", stamp="20250417T101010Z",
                organizer=org("raquel.vidal@hosteleriaselect.es", "Raquel Vidal"),
                attendees=[att(ME, "Gonzalo Herrera"), att("bferrer@grupoazahar.com", "Bartomeu Ferrer"),
                           att("npons@grupoazahar.com", "Neus Pons")],
                desc=desc, loc="Google Meet: https://meet.google.com/wzt-aeqb-hyn")
    text = cal(GOOGLE, ev, tz=[TZ_MADRID])
    return Ev("agency-client-es", text, uid, 1, "Grupo Hotelero Azahar",
              "Director de Alimentación y Bebidas – Azahar Palma Resort", "",
              ["bferrer@grupoazahar.com", "npons@grupoazahar.com"], "agency-invite-client-interviewers-es")


def SCL_P(v: str) -> str:
    return "DTSTART;TZID=America/Santiago:" + v


def SCL_E(v: str) -> str:
    return "DTEND;TZID=America/Santiago:" + v


def build() -> list[Ev]:
    return [outlook_final(), outlook_sentby(), outlook_london(), exchange_room(), outlook_arg(), google_mendoza(),
            google_hotel_screen(), apple_sansebastian(), thunderbird(), agency_screen(), agency_client()]
