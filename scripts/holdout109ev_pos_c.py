"""holdout109 interviews, part C: hand-typed, recurring, cancelled, rescheduled, all-day (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout109ev_ics import (
    APPLE,
    GOOGLE,
    MAC,
    ME,
    MEET_ES,
    TZ_MADRID,
    TZ_SANTIAGO,
    WORK,
    ZOOM_ES,
    Ev,
    att,
    cal,
    org,
    vevent,
)

S = "DTSTART;TZID=America/Santiago:"
E = "DTEND;TZID=America/Santiago:"


def recurring_trial() -> Ev:
    uid = "7m2o9k4q1s3u5w8y0a6c@google.com"
    desc = ("Gonzalo, te propongo 3 turnos de prueba de 18 a 23 h en Tinto y Mar para ver cómo te mueves en sala y "
            "con la carta. El jueves el turno parte más tarde por el evento privado. Te evaluamos yo y Josefina "
            "(jefa de cocina). Se paga el turno.\n\nVicente Larraín\nSocio – Restaurante Tinto y Mar")
    base = vevent(uid, "Turno de prueba – Tinto y Mar (Gonzalo Herrera)", S + "20250324T180000",
                  E + "20250324T230000", stamp="20250318T020311Z",
                  organizer=org("vicente@tintoymar.cl", "Vicente Larraín"),
                  attendees=[att("vicente@tintoymar.cl", "Vicente Larraín", stat="ACCEPTED", rsvp=False),
                             att(ME, "Gonzalo Herrera", stat="ACCEPTED"),
                             att("josefina.moya@tintoymar.cl", "Josefina Moya")],
                  desc=desc, loc="Restaurante Tinto y Mar, Av. Italia 1460, Providencia",
                  extra=["RRULE:FREQ=DAILY;COUNT=3"])
    over = vevent(uid, "Turno de prueba – Tinto y Mar (Gonzalo Herrera) – entra 19:30", S + "20250325T193000",
                  E + "20250326T000000", stamp="20250318T020311Z",
                  organizer=org("vicente@tintoymar.cl", "Vicente Larraín"),
                  attendees=[att(ME, "Gonzalo Herrera", stat="ACCEPTED"),
                             att("josefina.moya@tintoymar.cl", "Josefina Moya")],
                  desc=desc, loc="Restaurante Tinto y Mar, Av. Italia 1460, Providencia",
                  extra=["RECURRENCE-ID;TZID=America/Santiago:20250325T180000"], seq=1)
    text = cal(GOOGLE, [base, over], tz=[TZ_SANTIAGO])
    return Ev("recurring-trial-es", text, uid, 1, "Tinto y Mar", "", "technical",
              ["vicente@tintoymar.cl", "josefina.moya@tintoymar.cl"], "recurring-override-trial-shift-es")


def cancelled() -> Ev:
    uid = "greenhouse-interview-7710422-bacchus@greenhouse.io"
    desc = ("Hola Gonzalo,\n\nLamentablemente debemos cancelar la entrevista con Rosario Etchegaray para el cargo de "
            "Key Account Manager Vinos Premium. Te escribiremos para buscar una nueva fecha.\n\n"
            "Importadora Bacchus Chile – Equipo de Selección")
    ev = vevent(uid, "Cancelada: Entrevista Key Account Manager Vinos Premium – Importadora Bacchus",
                S + "20250402T110000", E + "20250402T113000", stamp="20250331T154400Z",
                organizer=org("seleccion@bacchuschile.cl", "Importadora Bacchus Chile"),
                attendees=[att(ME, "Gonzalo Herrera"), att("retchegaray@bacchuschile.cl", "Rosario Etchegaray")],
                desc=desc, loc="Google Meet", status="CANCELLED", seq=2)
    text = cal(GOOGLE, ev, method="CANCEL", tz=[TZ_SANTIAGO])
    return Ev("cancelled-es", text, uid, 1, "Importadora Bacchus Chile", "Key Account Manager Vinos Premium",
              "recruiter_screen", ["retchegaray@bacchuschile.cl"], "cancelled-method-cancel-es")


def rescheduled() -> Ev:
    uid = "1h4k7n0q3t6w9z2c5f8i@google.com"
    desc = ("Gonzalo, disculpa el cambio: nuestro gerente general tuvo que viajar a la vendimia en Casablanca. "
            "Movimos la entrevista al jueves a la misma hora. Siguen Bernardita Ovalle (gerente general) y "
            "Matías Cruz (jefe de enoturismo).\n\n(Nueva hora: jueves 10 de abril, 12:00)")
    ev = vevent(uid, "Reprogramada: Entrevista Gerente de Enoturismo – Viña Niebla Costera", S + "20250410T120000",
                E + "20250410T130000", stamp="20250407T122001Z",
                organizer=org("rrhh@nieblacostera.cl", "RRHH Niebla Costera"),
                attendees=[att(ME, "Gonzalo Herrera"), att("bovalle@nieblacostera.cl", "Bernardita Ovalle"),
                           att("mcruz@nieblacostera.cl", "Matías Cruz")],
                desc=desc, loc="Ruta 68 km 64, Casablanca", seq=3,
                extra=["LAST-MODIFIED:20250407T122001Z"])
    text = cal(GOOGLE, ev, tz=[TZ_SANTIAGO])
    return Ev("rescheduled-es", text, uid, 1, "Viña Niebla Costera", "Gerente de Enoturismo", "hiring_manager",
              ["bovalle@nieblacostera.cl", "mcruz@nieblacostera.cl"], "rescheduled-sequence-es")


def allday_final() -> Ev:
    uid = "B81F2D0C-6E5A-4A7B-9C3D-22AA11BB00CC"
    ev = vevent(uid, "Entrevista final Hotel Viñedos de Marchigüe (viaje, todo el día)", "DTSTART;VALUE=DATE:20250430",
                "DTEND;VALUE=DATE:20250501", stamp="20250422T013344Z",
                desc="salir 7:00 por Ruta 5. entrevista con dueños + cena maridaje. llevar traje.",
                loc="Marchigüe", status=None, seq=None, extra=["TRANSP:TRANSPARENT"])
    text = cal(APPLE, ev, method=None)
    return Ev("allday-final-es", text, uid, 1, "Hotel Viñedos de Marchigüe", "", "final", [],
              "all-day-hand-typed-es")


def floating_bar() -> Ev:
    uid = "E42C8F17-0B3A-4D5E-A6F7-8899AABBCCDD"
    ev = vevent(uid, "Entrevista Bar Tannat con Rafa (dueño)", "DTSTART:20250403T163000", "DTEND:20250403T173000",
                stamp="20250401T221200Z", desc="jefe de barra + carta vinos. Rafa Goycoolea",
                loc="Bar Tannat, José Victorino Lastarria 307", status=None, seq=None)
    text = cal(APPLE, ev, method=None)
    return Ev("floating-hand-es", text, uid, 1, "Bar Tannat", "jefe de barra", "", ["Rafa Goycoolea"],
              "floating-hand-typed-es")


def hand_second() -> Ev:
    uid = "6r1t4y7u0i3o@google.com"
    ev = vevent(uid, "2da entrevista Cordillera Azul c/ gte comercial", "DTSTART:20250325T143000Z",
                "DTEND:20250325T153000Z", stamp="20250319T002200Z", organizer=org(ME, "Gonzalo Herrera"),
                loc="Av. Apoquindo 3846 of 1201", status="CONFIRMED", seq=0)
    text = cal(GOOGLE, ev, method=None, head=["X-WR-CALNAME:gonzalo.herrera.vino@gmail.com",
                                              "X-WR-TIMEZONE:America/Santiago"])
    return Ev("hand-second-es", text, uid, 1, "Viña Cordillera Azul", "", "hiring_manager", [],
              "hand-typed-terse-es")


def hand_cata() -> Ev:
    uid = "3k8m1p6r9t2v@google.com"
    ev = vevent(uid, "cata técnica Quebrada Alta 10am – llevar sacacorchos y CV impreso",
                "DTSTART;VALUE=DATE:20250408", "DTEND;VALUE=DATE:20250409", stamp="20250404T031100Z",
                organizer=org(ME, "Gonzalo Herrera"), desc="proceso sommelier corporativo. preguntar x Ximena Toro",
                status="CONFIRMED", seq=0, extra=["TRANSP:TRANSPARENT"])
    text = cal(GOOGLE, ev, method=None, head=["X-WR-TIMEZONE:America/Santiago"])
    return Ev("hand-cata-es", text, uid, 1, "Viña Quebrada Alta", "sommelier corporativo", "technical",
              ["Ximena Toro"], "hand-typed-all-day-cata-es")


def hand_phone() -> Ev:
    uid = "9a2b5c8d1e4f@google.com"
    ev = vevent(uid, "llamada RRHH Viña Los Boldos (Carla Muñoz)", "DTSTART:20250321T173000",
                "DTEND:20250321T180000", stamp="20250320T111100Z", organizer=org(ME, "Gonzalo Herrera"),
                desc="postulación jefe de tienda y cava. me llama ella al cel", status="CONFIRMED", seq=0)
    text = cal(GOOGLE, ev, method=None, head=["X-WR-TIMEZONE:America/Santiago"])
    return Ev("hand-phone-es", text, uid, 1, "Viña Los Boldos", "jefe de tienda y cava", "recruiter_screen",
              ["Carla Muñoz"], "hand-typed-phone-x-wr-timezone-es")


def french() -> Ev:
    uid = "4p7s0v3y6b9e2h5k@google.com"
    desc = ("Bonjour Gonzalo,\n\nComme convenu, je vous propose un entretien en visio pour le poste d'Export Manager "
            "Amérique latine. Nous serons deux : moi-même et Hélène Marchal, directrice export.\n\nBien à vous,\n"
            "Antoine Duclos\nGérant – Maison Duclos-Ferrand, négociant à Bordeaux\n\n"
            "Rejoindre avec Google Meet : https://meet.google.com/fbe-tqxm-oiw\n")
    ev = vevent(uid, "Entretien – Export Manager Amérique latine", "DTSTART;TZID=Europe/Paris:20250414T160000",
                "DTEND;TZID=Europe/Paris:20250414T170000", stamp="20250409T083000Z",
                organizer=org("a.duclos@duclos-ferrand.fr", "Antoine Duclos"),
                attendees=[att("a.duclos@duclos-ferrand.fr", "Antoine Duclos", stat="ACCEPTED", rsvp=False),
                           att(ME, "Gonzalo Herrera"), att("h.marchal@duclos-ferrand.fr", "Hélène Marchal")],
                desc=desc, loc="https://meet.google.com/fbe-tqxm-oiw")
    tz = TZ_MADRID.replace("Europe/Madrid", "Europe/Paris")
    text = cal(GOOGLE, ev, tz=[tz])
    return Ev("google-fr", text, uid, 1, "Maison Duclos-Ferrand", "Export Manager Amérique latine",
              "hiring_manager", ["a.duclos@duclos-ferrand.fr", "h.marchal@duclos-ferrand.fr"], "google-direct-fr")


def webex() -> Ev:
    uid = "webex-4f1d8a72c9b3@masalbereda.cat"
    desc = ("Hola Gonzalo,\n\nEt convidem a l'entrevista final per a la posició de Brand Ambassador Cava – "
            "Llatinoamèrica. Hi seran Jaume Rovira (director general) i Núria Ferrer (enòloga).\n\n"
            "Unirse a la reunión de Webex\nhttps://masalbereda.webex.com/masalbereda/j.php?MTID=m8a1f3b\n"
            "Número de reunión (código de acceso): 2634 118 0972\nContraseña de la reunión: Cava2025\n")
    ev = vevent(uid, "Entrevista final Brand Ambassador Cava – Caves Mas Albereda", MADRID("20250508T170000"),
                MADRID_E("20250508T180000"), stamp="20250502T092233Z",
                organizer=org("rrhh@masalbereda.cat", "Caves Mas Albereda - RRHH"),
                attendees=[att(ME, "Gonzalo Herrera"), att("jrovira@masalbereda.cat", "Jaume Rovira"),
                           att("nferrer@masalbereda.cat", "Núria Ferrer")],
                desc=desc, loc="Webex")
    text = cal("-//Cisco//Webex Meetings//EN", ev, tz=[TZ_MADRID])
    return Ev("webex-final-ca", text, uid, 1, "Caves Mas Albereda", "Brand Ambassador Cava – Llatinoamèrica",
              "final", ["jrovira@masalbereda.cat", "nferrer@masalbereda.cat"], "webex-final-ca-es")


def founder_gmail() -> Ev:
    uid = "2w5e8r1t4y7u0i3o6p@google.com"
    desc = ("Hola Gonzalo! Me pasó tu contacto la Cote. Estamos armando el equipo de Pipeño Club, el bar de vinos "
            "naturales que abrimos en Barrio Italia en junio, y buscamos quien lleve la carta y el salón. "
            "Conversemos por video y te cuento del proyecto y del cargo. Martina")
    ev = vevent(uid, "Gonzalo / Martina", "DTSTART:20250319T220000Z", "DTEND:20250319T224500Z",
                stamp="20250317T040404Z", organizer=org("martina.quiroga.vinos@gmail.com", "Martina Quiroga"),
                attendees=[att("martina.quiroga.vinos@gmail.com", "Martina Quiroga", stat="ACCEPTED", rsvp=False),
                           att(ME, "Gonzalo Herrera")],
                desc=desc + "\n\n" + MEET_ES.format(code="pcl-ubnm-hta", tail="0098", pin="551 900 212"))
    text = cal(GOOGLE, ev)
    return Ev("founder-gmail-es", text, uid, 1, "Pipeño Club", "", "", ["martina.quiroga.vinos@gmail.com"],
              "founder-freemail-company-in-body-es")


def phone_en() -> Ev:
    uid = "elqui-ps-20250313-001@elquispirits.com"
    desc = ("Hi Gonzalo,\n\nThanks for your application for Export Brand Ambassador (USA) at Elqui Spirits Co. "
            "I'll call you on WhatsApp for a quick 20-minute phone screen.\n\nBest,\nMegan Torres\nTalent "
            "Acquisition")
    ev = vevent(uid, "Phone screen – Export Brand Ambassador (USA)", "DTSTART:20250313T150000Z",
                "DTEND:20250313T152000Z", stamp="20250311T190000Z",
                organizer=org("megan.torres@elquispirits.com", "Megan Torres"), attendees=[att(ME)],
                desc=desc, loc="Phone / WhatsApp")
    text = cal(GOOGLE, ev)
    return Ev("phone-screen-en", text, uid, 1, "Elqui Spirits Co.", "Export Brand Ambassador (USA)",
              "recruiter_screen", ["megan.torres@elquispirits.com"], "phone-screen-en")


def MADRID(v: str) -> str:
    return "DTSTART;TZID=Europe/Madrid:" + v


def MADRID_E(v: str) -> str:
    return "DTEND;TZID=Europe/Madrid:" + v


def mac_lunch() -> Ev:
    uid = "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0"
    desc = ("Gonzalo, almorcemos en Fogón Vitacura y conversamos de la gerencia de operaciones de vinos del grupo. "
            "Viene también la Trini, nuestra gerente de personas.\nDiego")
    ev = vevent(uid, "Almuerzo entrevista – Grupo Fogón", S + "20250415T133000", E + "20250415T150000",
                stamp="20250410T180800Z", organizer=org("diego.bascunan@me.com", "Diego Bascuñán"),
                attendees=[att("diego.bascunan@me.com", "Diego Bascuñán", stat="ACCEPTED", rsvp=False),
                           att(WORK, "Gonzalo Herrera"), att("trinidad.sanz@grupofogon.cl", "Trinidad Sanz")],
                desc=desc, loc="Fogón Vitacura\nAv. Vitacura 3520, Vitacura", seq=0)
    text = cal(MAC, ev, tz=[TZ_SANTIAGO])
    return Ev("mac-lunch-es", text, uid, 1, "Grupo Fogón", "gerencia de operaciones de vinos", "",
              ["diego.bascunan@me.com", "trinidad.sanz@grupofogon.cl"], "apple-founder-work-address-es")


def zoom_en() -> Ev:
    uid = "zoom-91730044512-lihuen@casalihuen.com"
    desc = ("Hi Gonzalo,\n\nLooking forward to our conversation about the Brand Ambassador – US East Coast role. "
            "I'm the hiring manager; Jennifer from our New York office may join for the last 15 minutes.\n\nBest,\n"
            "Cristóbal Errázuriz\nVP Sales North America, Casa Lihuén Wines\n\n"
            "Join Zoom Meeting\nhttps://casalihuen.zoom.us/j/91730044512?pwd=ZnV3\n\nMeeting ID: 917 3004 4512\n"
            "Passcode: 448120\n")
    ev = vevent(uid, "Gonzalo Herrera – Brand Ambassador US East Coast (Casa Lihuén)", S + "20250505T110000",
                E + "20250505T120000", stamp="20250429T214000Z",
                organizer=org("cerrazuriz@casalihuen.com", "Cristóbal Errázuriz"),
                attendees=[att(ME, "Gonzalo Herrera"), att("jennifer.hale@casalihuen.com", "Jennifer Hale",
                                                            role="OPT-PARTICIPANT")],
                desc=desc, loc="https://casalihuen.zoom.us/j/91730044512?pwd=ZnV3")
    text = cal("-//Zoom Video Communications//Zoom//EN", ev, tz=[TZ_SANTIAGO])
    return Ev("zoom-hm-en", text, uid, 1, "Casa Lihuén Wines", "Brand Ambassador – US East Coast", "hiring_manager",
              ["cerrazuriz@casalihuen.com", "jennifer.hale@casalihuen.com"], "zoom-hiring-manager-en")


def teams_atacama() -> Ev:
    uid = "040000008200E00074C5B7101A82E008000000003F2A1B0C9D8EDB0100000000000000001000000055AA66BB77CC"
    desc = ("Estimado Gonzalo:\n\nJunto con saludar, lo invitamos a una entrevista por competencias para el cargo "
            "Jefe de Bar y Vinos – Hotel Tierra Altiplano (San Pedro de Atacama), con Soledad Gárate, psicóloga "
            "de selección.\n\nSaludos cordiales,\nÁrea de Personas\n\n"
            + ZOOM_ES.format(url="https://zoom.us/j/95501237781", mid="955 0123 7781", mid_n="95501237781",
                             pw="atk771"))
    ev = vevent(uid, "Entrevista por competencias – Jefe de Bar y Vinos", S + "20250327T093000",
                E + "20250327T103000", stamp="20250324T160000Z",
                organizer=org("personas@tierraaltiplano.cl", "Personas Tierra Altiplano"),
                attendees=[att(ME, "Gonzalo Herrera"), att("sgarate@tierraaltiplano.cl", "Gárate, Soledad")],
                desc=desc, loc="Zoom")
    text = cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", ev, tz=[TZ_SANTIAGO])
    return Ev("outlook-competencias-es", text, uid, 1, "Hotel Tierra Altiplano", "Jefe de Bar y Vinos",
              "recruiter_screen", ["sgarate@tierraaltiplano.cl"], "competency-interview-psych-es")


def build() -> list[Ev]:
    return [recurring_trial(), cancelled(), rescheduled(), allday_final(), floating_bar(), hand_second(),
            hand_cata(), hand_phone(), french(), webex(), founder_gmail(), phone_en(), mac_lunch(), zoom_en(),
            teams_atacama()]
