"""holdout109 interviews, part D: more employers, tools and languages (written blind, CC0 1.0)."""

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
    TZ_MADRID,
    TZ_SANTIAGO,
    TZ_WIN_SANTIAGO,
    Ev,
    att,
    cal,
    org,
    vevent,
)

S = "DTSTART;TZID=America/Santiago:"
E = "DTEND;TZID=America/Santiago:"
W = "TZID=Pacific SA Standard Time:"

TZ_WEU = """
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


def workday_panel() -> Ev:
    uid = "wd-interview-c41e88b0-vuc-panel-20250514"
    desc = ("Estimado Gonzalo,\n\nFelicitaciones por avanzar a la etapa final del proceso Gerente de Marca – "
            "Vinos Ultra Premium (R-10522) de Viñas Unidas de Chile.\n\nPanel:\n- Josefa Matte, Gerente "
            "Corporativa de Marketing\n- Luis Alberto Prieto, Gerente de Exportaciones\n- Paz Undurraga, "
            "Business Partner de Personas\n\nLugar: Edificio corporativo VUC, Av. El Bosque Norte 0177, piso 9.\n"
            "Favor presentarse 15 min antes con su cédula de identidad.\n\nEste mensaje fue generado por Workday.")
    ev = vevent(uid, "Entrevista panel final – Gerente de Marca Vinos Ultra Premium (R-10522)",
                S + "20250514T090000", E + "20250514T103000", stamp="20250508T130500Z",
                organizer=org("vuc@myworkday.com", "VUC Reclutamiento"),
                attendees=[att(ME, "Gonzalo Herrera"), att("jmatte@vuc.cl", "Josefa Matte"),
                           att("laprieto@vuc.cl", "Luis Alberto Prieto"), att("pundurraga@vuc.cl", "Paz Undurraga")],
                desc=desc, loc="Av. El Bosque Norte 0177, piso 9, Las Condes")
    text = cal("-//Workday//Recruiting Calendar//EN", ev, tz=[TZ_SANTIAGO])
    return Ev("workday-panel-es", text, uid, 1, "Viñas Unidas de Chile", "Gerente de Marca – Vinos Ultra Premium",
              "final", ["jmatte@vuc.cl", "laprieto@vuc.cl", "pundurraga@vuc.cl"], "workday-panel-acronym-es")


def german_second() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DB0100000000000000001000000012ABCDEF3456"
    desc = ("Hallo Herr Herrera,\n\nwie besprochen hier die Einladung zum Zweitgespräch mit unserem Geschäftsführer "
            "Hauke Petersen und mir. Themen: Ihr Einkaufskonzept für Chile/Argentinien und eine kurze "
            "Verkostungsnotiz zu drei Mustern, die wir Ihnen zugeschickt haben.\n\nViele Grüße\nBirte Johannsen\n\n"
            + TEAMS_EN.format(mid="NWE4ZjUy", num="382 114 905 337", pw="Hn5kLp"))
    ev = vevent(uid, "Zweitgespräch Einkaufsleiter Südamerika – Herrera", "DTSTART;TZID=W. Europe Standard Time:"
                "20250423T150000", "DTEND;TZID=W. Europe Standard Time:20250423T161500", stamp="20250416T081400Z",
                organizer=org("b.johannsen@weinkontor-hanse.de", "Johannsen, Birte"),
                attendees=[att(ME, "Gonzalo Herrera"), att("h.petersen@weinkontor-hanse.de", "Petersen, Hauke")],
                desc=desc, loc="Microsoft Teams-Besprechung",
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    text = cal(OUTLOOK, ev, tz=[TZ_WEU])
    return Ev("outlook-second-de", text, uid, 1, "Weinkontor Hanse", "Einkaufsleiter Südamerika", "hiring_manager",
              ["b.johannsen@weinkontor-hanse.de", "h.petersen@weinkontor-hanse.de"], "outlook-weu-second-de")


def onate_utc() -> Ev:
    uid = "8c1v4b7n0m3q6w9e2r5t@google.com"
    desc = ("Hola Gonzalo,\n\nGracias por tu interés en Oñate Distribuciones. Te propongo una videollamada de "
            "30 minutos para conocerte y contarte el puesto de Key Account Manager Horeca (vinos del Nuevo Mundo)."
            "\n\nAinhoa Etxeberria\nSelección · Oñate Distribuciones\n\n"
            + MEET_ES.format(code="onx-ewfd-pqa", tail="4410", pin="330 002 981"))
    ev = vevent(uid, "Videollamada Gonzalo Herrera – Oñate Distribuciones", "DTSTART:20250401T150000Z",
                "DTEND:20250401T153000Z", stamp="20250327T112233Z",
                organizer=org("ainhoa.etxeberria@onatedistribuciones.es", "Ainhoa Etxeberria"),
                attendees=[att("ainhoa.etxeberria@onatedistribuciones.es", "Ainhoa Etxeberria", stat="ACCEPTED",
                               rsvp=False), att(ME, "Gonzalo Herrera")],
                desc=desc, loc="https://meet.google.com/onx-ewfd-pqa")
    text = cal(GOOGLE, ev)
    return Ev("google-utc-es", text, uid, 1, "Oñate Distribuciones", "Key Account Manager Horeca",
              "recruiter_screen", ["ainhoa.etxeberria@onatedistribuciones.es"], "google-utc-es-es")


def nativo_phone() -> Ev:
    uid = "5g8h1j4k7l0z3x6c9v@google.com"
    desc = ("Gonzalo, te llamo al celular para una primera conversación por la postulación a Gerente de A&B del "
            "hotel. Unos 20 minutos.\n\nFrancisca Olmedo\nJefa de Personas – Hotel Nativo Lastarria")
    ev = vevent(uid, "Llamada telefónica – Gerente A&B (Hotel Nativo)", S + "20250404T160000",
                E + "20250404T162000", stamp="20250402T140000Z",
                organizer=org("folmedo@hotelnativo.cl", "Francisca Olmedo"), attendees=[att(ME, "Gonzalo Herrera")],
                desc=desc, loc="Teléfono +56 9 8812 4470")
    text = cal(GOOGLE, ev, tz=[TZ_SANTIAGO])
    return Ev("phone-screen-es", text, uid, 1, "Hotel Nativo Lastarria", "Gerente A&B", "recruiter_screen",
              ["folmedo@hotelnativo.cl"], "phone-screen-es")


def copallena_hm() -> Ev:
    uid = "greenhouse-interview-9900187-copallena@greenhouse.io"
    desc = ("Hola Gonzalo,\n\nTe confirmamos la siguiente etapa para el cargo Wine Buyer & Category Manager en "
            "CopaLlena.\n\nEtapa: Entrevista con Hiring Manager\nEntrevistadora: Sofía Valenzuela (Head of "
            "Category)\n\nMucho éxito,\nEquipo de Talento CopaLlena\n\n"
            + MEET_ES.format(code="cpl-hmgr-zxq", tail="7721", pin="118 442 690"))
    ev = vevent(uid, "Entrevista con Hiring Manager – Wine Buyer & Category Manager", S + "20250409T150000",
                E + "20250409T154500", stamp="20250404T200000Z",
                organizer=org("talento@copallena.cl", "Talento CopaLlena"),
                attendees=[att(ME, "Gonzalo Herrera"), att("sofia.valenzuela@copallena.cl", "Sofía Valenzuela")],
                desc=desc, loc="Google Meet")
    text = cal(GOOGLE, ev, tz=[TZ_SANTIAGO])
    return Ev("greenhouse-hm-es", text, uid, 1, "CopaLlena", "Wine Buyer & Category Manager", "hiring_manager",
              ["sofia.valenzuela@copallena.cl"], "greenhouse-hm-es")


def aurora_nostage() -> Ev:
    uid = "k2j4h6g8f0d1s3a5@google.com"
    desc = "Conversemos sobre la posición de Embajador de Marca. Saludos, Agustina Ruiz-Tagle"
    ev = vevent(uid, "Conversación Gonzalo Herrera | Aurora", S + "20250417T120000", E + "20250417T124500",
                stamp="20250414T100000Z", organizer=org("agustina@aurora-wines.com", "Agustina Ruiz-Tagle"),
                attendees=[att("agustina@aurora-wines.com", "Agustina Ruiz-Tagle", stat="ACCEPTED", rsvp=False),
                           att(ME, "Gonzalo Herrera")],
                desc=desc + "\n\n" + MEET_ES.format(code="aur-oxwq-vnb", tail="3388", pin="447 220 019"))
    text = cal(GOOGLE, ev, tz=[TZ_SANTIAGO])
    return Ev("google-nostage-es", text, uid, 1, "Vinícola Aurora", "Embajador de Marca", "",
              ["agustina@aurora-wines.com"], "brand-domain-no-stage-es")


def enoroute_calcom() -> Ev:
    uid = "calcom-bk-Rr8Tq1ZmN4@cal.com"
    desc = ("What: Gonzalo x Enoroute – chat with Marta\nInvitee Time Zone: America/Santiago\nWho:\n"
            "- Marta Olabarria - Organizer\n  marta@enoroute.com\n- Gonzalo Herrera\n  gonzalo.herrera.vino@gmail.com"
            "\n\nWhere: Cal Video\n\nAdditional notes: Re: Head of Partnerships (Chile & Argentina wine routes) – "
            "looking forward!\n\nNeed to make a change? https://cal.com/booking/Rr8Tq1ZmN4")
    ev = vevent(uid, "Gonzalo x Enoroute – chat with Marta", "DTSTART:20250422T140000Z", "DTEND:20250422T143000Z",
                stamp="20250418T090000Z", organizer=org("marta@enoroute.com", "Marta Olabarria"),
                attendees=[att(ME, "Gonzalo Herrera")], desc=desc, loc="https://app.cal.com/video/Rr8Tq1ZmN4")
    text = cal("-//Cal.com Inc.//Cal.com Event//EN", ev)
    return Ev("calcom-en", text, uid, 1, "Enoroute", "Head of Partnerships (Chile & Argentina wine routes)", "",
              ["marta@enoroute.com"], "calcom-founder-chat-en")


def altura_panel() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000ALTURA2025PANEL0000000000000000100000007788990011"
    desc = ("Dear Gonzalo,\n\nPlease find below the details of your panel interview for Cluster Director of Food & "
            "Beverage – Altura Santiago & Altura Valparaíso.\n\nPanel: Ricardo Montalva (Area GM), Emma Lindqvist "
            "(VP F&B Latin America, joining remotely)\nMeeting room: Boardroom, Altura Santiago, 3rd floor\n\n"
            "Kind regards,\nTalent Acquisition – Altura\n\n" + TEAMS_EN.format(mid="QWx0dXJh", num="301 882 664 119",
                                                                              pw="Alt9Xr"))
    ev = vevent(uid, "Panel interview – Cluster Director of F&B", "DTSTART;" + W + "20250508T100000",
                "DTEND;" + W + "20250508T113000", stamp="20250502T150000Z",
                organizer=org("talent@alturahotels.com", "Talent Acquisition – Altura"),
                attendees=[att(ME, "Gonzalo Herrera"), att("ricardo.montalva@alturahotels.com", "Montalva, Ricardo"),
                           att("emma.lindqvist@alturahotels.com", "Lindqvist, Emma"),
                           att("scl-boardroom@alturahotels.com", "SCL Boardroom 3F", cutype="ROOM",
                               role="NON-PARTICIPANT", rsvp=False)],
                desc=desc, loc="SCL Boardroom 3F; Microsoft Teams Meeting")
    text = cal(EXCHANGE, ev, tz=[TZ_WIN_SANTIAGO])
    return Ev("exchange-panel-en", text, uid, 1, "Altura Hotels & Resorts",
              "Cluster Director of Food & Beverage", "onsite",
              ["ricardo.montalva@alturahotels.com", "emma.lindqvist@alturahotels.com"], "exchange-panel-room-en")


def altura_hand() -> Ev:
    uid = "D1C2B3A4-E5F6-4789-9ABC-DEF012345678"
    ev = vevent(uid, "screening call Altura (Lisa)", S + "20250422T090000", E + "20250422T093000",
                stamp="20250418T232300Z", desc="F&B cluster role. she calls me", status=None, seq=None)
    text = cal(APPLE, ev, method=None, tz=[TZ_SANTIAGO])
    return Ev("hand-screen-en", text, uid, 1, "Altura Hotels & Resorts", "", "recruiter_screen", ["Lisa"],
              "hand-typed-screen-en")


def jerez_zoom() -> Ev:
    uid = "zoom-88122034571-hidalgomontero"
    desc = ("Dear Gonzalo,\n\nThank you for applying for Global Brand Ambassador – Sherry Wines. Our HR manager, "
            "Rocío Caballero, would like to have a first video call with you.\n\nBodegas Hidalgo-Montero, "
            "Jerez de la Frontera\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/88122034571\n")
    ev = vevent(uid, "Video interview – Global Brand Ambassador (Sherry)", "DTSTART;TZID=Europe/Madrid:"
                "20250512T160000", "DTEND;TZID=Europe/Madrid:20250512T163000", stamp="20250506T103000Z",
                organizer=org("rrhh@hidalgomontero.es", "Rocío Caballero"), attendees=[att(ME, "Gonzalo Herrera")],
                desc=desc, loc="Zoom")
    text = cal(GOOGLE, ev, tz=[TZ_MADRID])
    return Ev("zoom-screen-en", text, uid, 1, "Bodegas Hidalgo-Montero", "Global Brand Ambassador – Sherry Wines",
              "recruiter_screen", ["rrhh@hidalgomontero.es"], "zoom-screen-hr-mailbox-en")


def tinguiririca_meet() -> Ev:
    uid = "t7y8u9i0o1p2a3s4@google.com"
    desc = ("Gonzalo: te agendo la reunión con nuestro gerente comercial, Pedro Pablo Larraín, para el cargo de "
            "Subgerente de Ventas Nacionales – canal Horeca. Trae una presentación breve (10 min) de cómo "
            "armarías el portafolio para hoteles 5 estrellas.\n\nSaludos,\nMaría José Silva\nViña Alto "
            "Tinguiririca\n\n" + MEET_ES.format(code="vat-ghkp-mne", tail="2290", pin="661 004 775"))
    ev = vevent(uid, "Reunión Gonzalo Herrera / P.P. Larraín", S + "20250429T113000", E + "20250429T123000",
                stamp="20250424T191900Z", organizer=org("mjsilva@altotinguiririca.cl", "María José Silva"),
                attendees=[att(ME, "Gonzalo Herrera"), att("pplarrain@altotinguiririca.cl", "Pedro Pablo Larraín")],
                desc=desc, loc="Google Meet")
    text = cal(GOOGLE, ev, tz=[TZ_SANTIAGO])
    return Ev("google-reunion-es", text, uid, 1, "Viña Alto Tinguiririca",
              "Subgerente de Ventas Nacionales – canal Horeca", "hiring_manager", ["pplarrain@altotinguiririca.cl"],
              "reunion-wording-es")


def entrepinos_personio() -> Ev:
    uid = "personio-1f2e3d4c-5b6a-4978-8a9b-entrepinos02"
    desc = ("Hola Gonzalo:\n\nTe invitamos a la segunda fase para el puesto de Area Manager Latam. Consistirá en una "
            "cata comentada de cuatro vinos de Ribera del Duero (te enviamos las muestras a Santiago) y la "
            "defensa de un caso práctico de entrada en México.\n\nEntrevistadores: Carlos Benito (enólogo), "
            "Elena Ortega (directora de exportación)\n\nUn saludo,\nBodegas Entrepinos")
    ev = vevent(uid, "Entrevista técnica: cata + caso práctico | Area Manager Latam", "DTSTART;TZID=Europe/Madrid:"
                "20250521T170000", "DTEND;TZID=Europe/Madrid:20250521T183000", stamp="20250514T073000Z",
                organizer=org("notifications@personio.de", "Bodegas Entrepinos"),
                attendees=[att(ME, "Gonzalo Herrera"), att("cbenito@entrepinos.es", "Carlos Benito"),
                           att("eortega@entrepinos.es", "Elena Ortega")],
                desc=desc, loc="Microsoft Teams")
    text = cal("-//Personio GmbH//Personio Recruiting//DE", ev, tz=[TZ_MADRID])
    return Ev("personio-technical-es", text, uid, 1, "Bodegas Entrepinos", "Area Manager Latam", "technical",
              ["cbenito@entrepinos.es", "eortega@entrepinos.es"], "personio-cata-caso-es")


def condor_sentby() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000C0ND0RF1NALDB01000000000000000010000000AB12CD34EF56"
    desc = ("Estimado Sr. Herrera:\n\nPor encargo de don Álvaro Edwards, Gerente General de Grupo Hotelero Cóndor, "
            "le hago llegar la citación a la entrevista final del proceso de Director Corporativo de Alimentos y "
            "Bebidas. Participa también la Sra. Isidora Cox, Directora de Personas.\n\nAtte.,\nVerónica Pizarro\n"
            "Asistente Gerencia General\n\n" + TEAMS_ES.format(mid="Q29uZG9y", num="274 118 002 553", pw="Cd7rQe"))
    ev = vevent(uid, "Entrevista final – Director Corporativo A&B", "DTSTART;" + W + "20250520T090000",
                "DTEND;" + W + "20250520T100000", stamp="20250514T211500Z",
                organizer=org("aedwards@hotelescondor.cl", "Edwards, Álvaro", sent_by="vpizarro@hotelescondor.cl"),
                attendees=[att(ME, "Gonzalo Herrera"), att("icox@hotelescondor.cl", "Cox, Isidora"),
                           att("vpizarro@hotelescondor.cl", "Pizarro, Verónica", role="OPT-PARTICIPANT")],
                desc=desc, loc="Reunión de Microsoft Teams")
    text = cal(OUTLOOK, ev, tz=[TZ_WIN_SANTIAGO])
    return Ev("outlook-sentby-final-es", text, uid, 1, "Grupo Hotelero Cóndor", "Director Corporativo de Alimentos y "
              "Bebidas", "final", ["aedwards@hotelescondor.cl", "icox@hotelescondor.cl"], "outlook-sent-by-ea-es")


def agency_calendly() -> Ev:
    uid = "f0e1d2c3-b4a5-4697-8899-andesexec@calendly.com"
    desc = ("Nombre del evento: Entrevista Wine Director – Hotel Patagonia Sur\n\nInvitado: Gonzalo Herrera\n"
            "Correo: gonzalo.herrera.vino@gmail.com\n\nRespuestas:\n¿Cargo actual? Head Sommelier & Restaurant "
            "Manager\n\nConsultor: Tomás Reyes, Andes Executive Search (búsqueda para Hotel Patagonia Sur, Puerto "
            "Natales)\n\nUbicación: Google Meet\n\nCon la tecnología de Calendly.com")
    ev = vevent(uid, "Entrevista Wine Director – Hotel Patagonia Sur entre Tomás Reyes y Gonzalo Herrera",
                "DTSTART:20250407T140000Z", "DTEND:20250407T144500Z", stamp="20250403T120000Z",
                organizer=org("treyes@andesexecutive.cl", "Tomás Reyes"),
                attendees=[att(ME, "Gonzalo Herrera"), att("treyes@andesexecutive.cl", "Tomás Reyes",
                                                            stat="ACCEPTED", rsvp=False)],
                desc=desc, loc="https://meet.google.com/aes-pqrs-tuv")
    text = cal("-//Calendly//Calendly//EN", ev)
    return Ev("calendly-agency-es", text, uid, 1, "Hotel Patagonia Sur", "Wine Director", "recruiter_screen",
              ["treyes@andesexecutive.cl"], "calendly-agency-es")


def cerroalegre_hotmail() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000CERR0ALEGRE0DB0100000000000000001000000099887766AA"
    desc = ("Hola Gonzalo,\n\nmuchas gracias por tu CV. Te espero en el hotel para conversar sobre el puesto de "
            "Administrador/a del Hotel Boutique Cerro Alegre y la carta de vinos del restaurante.\n\nCariños,\n"
            "Ximena Wolff (dueña)")
    ev = vevent(uid, "Entrevista Administrador Hotel Cerro Alegre", "DTSTART;" + W + "20250326T113000",
                "DTEND;" + W + "20250326T123000", stamp="20250321T153000Z",
                organizer=org("ximewolff@hotmail.com", "Ximena Wolff"), attendees=[att(ME, "Gonzalo Herrera")],
                desc=desc, loc="Templeman 615, Cerro Alegre, Valparaíso")
    text = cal(OUTLOOK, ev, tz=[TZ_WIN_SANTIAGO])
    return Ev("outlook-hotmail-owner-es", text, uid, 1, "Hotel Boutique Cerro Alegre", "Administrador/a",
              "hiring_manager", ["ximewolff@hotmail.com"], "owner-hotmail-es")


def build() -> list[Ev]:
    return [workday_panel(), german_second(), onate_utc(), nativo_phone(), copallena_hm(), aurora_nostage(),
            enoroute_calcom(), altura_panel(), altura_hand(), jerez_zoom(), tinguiririca_meet(),
            entrepinos_personio(), condor_sentby(), agency_calendly(), cerroalegre_hotmail()]
