"""Holdout19: the user's own interviews written in Spanish."""

from __future__ import annotations

from holdout19ev_ics import ME, Ev, Item, att, cal, gcal_footer, meet, org, teams, webex, zoom

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def items() -> list[Item]:
    """Given nothing returns the Spanish interview events of holdout19."""
    out: list[Item] = []
    ev = Ev("040000008200E00074C5B7101A82E00800000000D1E2F3A4@bancomeseta.es",
            "Entrevista Lucía Fernández - Técnica de Formación y Desarrollo", "20261202T100000", "20261202T110000",
            tz="Romance Standard Time",
            desc="Estimada Lucía:\n\nTe confirmamos la entrevista para la posición de Técnica de Formación y "
                 "Desarrollo en Banco Meseta. Estarán Marta Iglesias (Responsable de Formación) y Jorge Salcedo "
                 "(HR Business Partner).\n\nDirección: Paseo de la Castellana 118, Madrid. Pregunta por ellos en "
                 "recepción.\n\nUn saludo,\nSelección Banco Meseta",
            organizer=org("seleccion@bancomeseta.es", "Selección Banco Meseta"),
            attendees=[att(ME, "Lucía Fernández"), att("marta.iglesias@bancomeseta.es", "Iglesias Ruiz, Marta"),
                       att("jorge.salcedo@bancomeseta.es", "Salcedo, Jorge"),
                       att("sala-castellana-7b@bancomeseta.es", "Sala Castellana 7B", cutype="ROOM",
                           role="NON-PARTICIPANT")],
            loc="Sala Castellana 7B")
    out.append(Item("onsite-outlook-bank-es", "es", cal(OUTLOOK, [ev]), True, "Banco Meseta",
                    "Técnica de Formación y Desarrollo", "onsite",
                    ("marta.iglesias@bancomeseta.es", "jorge.salcedo@bancomeseta.es")))

    ev = Ev("6pq1v0n7c3@google.com", "Llamada con Irene (Selección) - Coordinadora de Formación",
            "20261203T123000", "20261203T130000", tz="Europe/Madrid",
            desc="Hola Lucía, te llamo para una primera toma de contacto sobre la vacante de Coordinadora de "
                 "Formación en Hospital Universitario Santa Brígida. Unos 20-30 min.\nIrene\n\n" +
                 meet("hsb-qkpa-rrt", "es") + gcal_footer("es"),
            organizer=org("irene.pastor@hu-santabrigida.es", "Irene Pastor"),
            attendees=[att("irene.pastor@hu-santabrigida.es", "Irene Pastor", partstat="ACCEPTED"), att(ME, None)])
    out.append(Item("screen-google-hospital-es", "es", cal(GOOGLE, [ev]), True,
                    "Hospital Universitario Santa Brígida", "Coordinadora de Formación", "recruiter_screen",
                    ("irene.pastor@hu-santabrigida.es",)))

    ev = Ev("wd-ES-44102@myworkday.com", "Entrevista programada: Diseñador/a Instruccional (REQ-44102)",
            "20261209T090000", "20261209T100000", tz="Europe/Madrid",
            desc="Hola Lucía Fernández:\n\nSe ha programado tu entrevista.\nEmpresa: Aerolíneas Sirocco\nPuesto: "
                 "Diseñador/a Instruccional\nTipo de entrevista: Entrevista técnica\nEntrevistadores: Paula Vidal, "
                 "Andrés Quiroga\n\n" + teams("es", "372 118 009 541") + "\n\nMensaje generado por Workday.",
            organizer=org("sirocco@myworkday.com", "Talento Aerolíneas Sirocco"),
            attendees=[att(ME, "Lucía Fernández"), att("paula.vidal@sirocco-air.es", "Paula Vidal"),
                       att("andres.quiroga@sirocco-air.es", "Andrés Quiroga")])
    out.append(Item("technical-workday-es", "es", cal("-//Workday//Recruiting//EN", [ev]), True,
                    "Aerolíneas Sirocco", "Diseñador/a Instruccional", "technical",
                    ("paula.vidal@sirocco-air.es", "andres.quiroga@sirocco-air.es")))

    ev = Ev("calendly-es-77b0@calendly.com", "Entrevista inicial (30 min) entre Beatriz Ocaña y Lucía Fernández",
            "20261201T100000", "20261201T103000", tz="Europe/Madrid",
            desc="Nombre del evento: Entrevista inicial - Consultor/a de Formación\n\nBeatriz Ocaña, Talent "
                 "Acquisition en Aprendia Consultores, te llamará por videollamada.\n\n" +
                 zoom("845 0093 1127", "ApC301xz", "es") +
                 "\n¿Necesitas hacer cambios?\nCancelar: https://calendly.com/cancellations/es77b0\n"
                 "Reprogramar: https://calendly.com/reschedulings/es77b0\n\nCon la tecnología de Calendly.com",
            organizer=org("beatriz.ocana@aprendia.es", "Beatriz Ocaña"),
            attendees=[att("beatriz.ocana@aprendia.es", "Beatriz Ocaña", partstat="ACCEPTED"),
                       att(ME, "Lucía Fernández")])
    out.append(Item("screen-calendly-es", "es", cal("-//Calendly//Calendly//EN", [ev]), True, "Aprendia Consultores",
                    "Consultor/a de Formación", "recruiter_screen", ("beatriz.ocana@aprendia.es",)))

    ev = Ev("tt-es-90021@teamtailor.com", "Entrevista con la responsable del equipo – Learning Designer",
            "20261211T113000", "20261211T121500", tz="Europe/Madrid",
            desc="¡Hola Lucía!\n\nEl siguiente paso es una conversación con Carla Domínguez, Head of Learning en "
                 "Viajia, que sería tu responsable directa.\n\n" + meet("vja-kkpe-trw", "es") +
                 "\nEnviado con Teamtailor",
            organizer=org("people@viajia.com", "People Viajia"),
            attendees=[att(ME, "Lucía Fernández"), att("carla.dominguez@viajia.com", "Carla Domínguez")])
    out.append(Item("hm-teamtailor-es", "es", cal("-//Teamtailor//Teamtailor Calendar//EN", [ev]), True, "Viajia",
                    "Learning Designer", "hiring_manager", ("carla.dominguez@viajia.com",)))

    ev = Ev("icims-es-5520@icims.com", "Invitación a entrevista - Formador/a Atención al Cliente (5520)",
            "20261214T100000", "20261214T110000", tz="Europe/Madrid",
            desc="Estimada candidata:\n\nEn nombre de Banco Atlántico Norte te invitamos a una entrevista por "
                 "competencias con Rocío Gallardo (Responsable de Desarrollo de Personas) y Luis Ferrán (Director "
                 "de Red de Oficinas).\n\nAccede desde: " + webex("f0c7a19e22b4d61", "es") +
                 "\nEquipo de Talento (vía iCIMS)",
            organizer=org("talento-ban@talent.icims.com", "Equipo de Talento"),
            attendees=[att(ME, "Lucía Fernández"), att("rgallardo@bancoatlanticonorte.es", "Rocío Gallardo"),
                       att("lferran@bancoatlanticonorte.es", "Luis Ferrán")])
    out.append(Item("panel-icims-es", "es", cal("-//iCIMS//Interview Scheduling//EN", [ev]), True,
                    "Banco Atlántico Norte", "Formador/a Atención al Cliente", "",
                    ("rgallardo@bancoatlanticonorte.es", "lferran@bancoatlanticonorte.es")))

    ev = Ev("1C4E7A22-9B31-4D6E-8F10-77AB3C2D1E90", "Entrevista final Sirocco 🎯", "20261218T120000",
            "20261218T130000", tz="Europe/Madrid",
            desc="Con la directora de Operaciones de Cabina (Elena Marqués). Oficinas Barajas T4, planta 2.",
            loc="Aeropuerto Adolfo Suárez Madrid-Barajas T4")
    out.append(Item("final-apple-solo-es", "es", cal("-//Apple Inc.//iOS 18.2//EN", [ev], method=""), True,
                    "Aerolíneas Sirocco", "", "final", (), "no_attendees"))

    ev = Ev("rrhh-uc3-2026-11@universidad-tajo.es", "Entrevista - Técnico/a de Innovación Docente",
            "20261210T170000", "20261210T174500", tz="Europe/Madrid",
            desc="Buenas tardes,\n\nLe convocamos a la entrevista personal del proceso de selección de Técnico/a de "
                 "Innovación Docente (Unidad de Tecnología Educativa). Tribunal: Dra. Nuria Calvo, D. Alberto Ríos."
                 "\n\nServicio de Recursos Humanos\nUniversidad del Tajo",
            organizer=org("seleccion.pas@universidad-tajo.es", "Selección PAS"),
            attendees=[att(ME, "LUCIA FERNANDEZ"), att("nuria.calvo@universidad-tajo.es", "CALVO MARTIN NURIA"),
                       att("alberto.rios@universidad-tajo.es", "RIOS GIL ALBERTO")],
            loc="Edificio Rectorado, Sala de Juntas")
    out.append(Item("panel-university-es", "es", cal(OUTLOOK, [ev]), True, "Universidad del Tajo",
                    "Técnico/a de Innovación Docente", "",
                    ("nuria.calvo@universidad-tajo.es", "alberto.rios@universidad-tajo.es")))

    ev = Ev("agencia-pyr-3310@pyrenees-search.com", "Pyrenees Search | Entrevista con cliente (Vuelia Formación)",
            "20261207T160000", "20261207T170000", tz="Europe/Madrid",
            desc="Hola Lucía,\n\nTe confirmo la entrevista con nuestro cliente Vuelia Formación para el puesto de "
                 "Jefa de Formación de Tripulantes. Te entrevistará Óscar Benítez, Director de Operaciones. Yo "
                 "no estaré presente.\n\nMucha suerte,\nNerea Albizu\nPyrenees Search Partners\n\n" +
                 teams("es", "318 664 207 915"),
            organizer=org("nerea.albizu@pyrenees-search.com", "Nerea Albizu"),
            attendees=[att(ME, "Lucía Fernández"), att("obenitez@vuelia.es", "Óscar Benítez")])
    out.append(Item("agency-client-es", "es", cal(OUTLOOK, [ev]), True, "Vuelia Formación",
                    "Jefa de Formación de Tripulantes", "hiring_manager", ("obenitez@vuelia.es",), "agency"))

    ev = Ev("8vb2k1q0p7@google.com", "Entrevista Lucía – Formación Clínica Ebro", "20261204T190000",
            "20261204T193000", tz="Europe/Madrid",
            desc="Hola Lucía! Soy Álvaro, el fundador. Te escribo desde mi correo personal porque aún no tenemos "
                 "dominio 😅. Charlamos 30 min sobre el puesto de responsable de formación para nuestras clínicas.\n\n"
                 + meet("ebr-oppq-zls", "es"),
            organizer=org("alvaro.lezcano@hotmail.com", "Álvaro Lezcano"),
            attendees=[att("alvaro.lezcano@hotmail.com", "Álvaro Lezcano", partstat="ACCEPTED"), att(ME, None)])
    out.append(Item("founder-hotmail-es", "es", cal(GOOGLE, [ev]), True, "Clínica Ebro", "", "",
                    ("alvaro.lezcano@hotmail.com",), "founder_freemail"))

    ev = Ev("mlp-0912-es@modernloop.io", "Ronda de entrevistas – Lucía Fernández (L&D Partner)",
            "20261216T093000", "20261216T123000", tz="Europe/Madrid",
            desc="Agenda de tu jornada en Kelvin Energía:\n09:30 Javier Montoya – Director de Personas\n10:30 "
                 "Silvia Roldán – Responsable de Talento\n11:30 Caso práctico con Enrique Pardo (Training Lead)\n\n"
                 "Organizado por Mónica (coordinadora de selección) con ModernLoop",
            organizer=org("monica.saez@kelvinenergia.es", "Mónica Sáez"),
            attendees=[att(ME, "Lucía Fernández"), att("javier.montoya@kelvinenergia.es", "Javier Montoya"),
                       att("silvia.roldan@kelvinenergia.es", "Silvia Roldán"),
                       att("enrique.pardo@kelvinenergia.es", "Enrique Pardo"),
                       att("monica.saez@kelvinenergia.es", "Mónica Sáez", role="OPT-PARTICIPANT",
                           partstat="ACCEPTED")],
            loc="Calle Alcalá 265, Madrid")
    out.append(Item("onsite-modernloop-es", "es", cal("-//ModernLoop//Scheduler//EN", [ev]), True, "Kelvin Energía",
                    "L&D Partner", "onsite",
                    ("javier.montoya@kelvinenergia.es", "silvia.roldan@kelvinenergia.es",
                     "enrique.pardo@kelvinenergia.es")))

    ev = Ev("bk-es-99c1@bookings.microsoft.com", "Entrevista telefónica - Formador/a de Tripulantes de Cabina",
            "20261205T110000", "20261205T111500", tz="Romance Standard Time",
            desc="Reserva confirmada con Canarias Bluewing.\nServicio: Entrevista telefónica candidatos\nPersonal: "
                 "Yaiza Herrera\nTe llamaremos al número indicado en tu solicitud.",
            organizer=org("seleccion@bluewing.es", "Selección Bluewing"),
            attendees=[att(ME, "Lucía Fernández"), att("yaiza.herrera@bluewing.es", "Yaiza Herrera")])
    out.append(Item("screen-bookings-es", "es", cal(OUTLOOK, [ev]), True, "Canarias Bluewing",
                    "Formador/a de Tripulantes de Cabina", "recruiter_screen", ("yaiza.herrera@bluewing.es",)))

    series = Ev("rec-prueba-tajo-01@viajia.com", "Prueba de trabajo remunerada – Viajia (Learning Designer)",
                "20261201T093000", "20261201T103000", tz="Europe/Madrid",
                rrule="FREQ=DAILY;COUNT=3",
                desc="Tres sesiones con Carla Domínguez para presentar el módulo que diseñes durante la prueba "
                     "(parte del proceso de selección).\n\n" + meet("vja-trab-jjo", "es"),
                organizer=org("carla.dominguez@viajia.com", "Carla Domínguez"),
                attendees=[att("carla.dominguez@viajia.com", "Carla Domínguez", partstat="ACCEPTED"),
                           att(ME, "Lucía Fernández")])
    moved = Ev("rec-prueba-tajo-01@viajia.com", "Prueba de trabajo remunerada – Viajia (Learning Designer)",
               "20261202T160000", "20261202T170000", tz="Europe/Madrid", recurrence_id="20261202T093000", seq=1,
               desc="Movida a la tarde. " + meet("vja-trab-jjo", "es"),
               organizer=org("carla.dominguez@viajia.com", "Carla Domínguez"),
               attendees=[att("carla.dominguez@viajia.com", "Carla Domínguez", partstat="ACCEPTED"),
                          att(ME, "Lucía Fernández")])
    out.append(Item("recurring-worktrial-override", "es", cal(GOOGLE, [series, moved]), True, "Viajia",
                    "Learning Designer", "technical", ("carla.dominguez@viajia.com",), "recurring_override"))

    ev = Ev("3fa0e1b2-hand-es", "Entrevista Banco Meseta 2ª ronda", "20261215T000000", "", allday=True,
            desc="no sé la hora todavía, Marta me confirma. reservar el día")
    out.append(Item("allday-handtyped-es", "es", cal(GOOGLE, [ev], method="PUBLISH", xwr="Europe/Madrid"), True,
                    "Banco Meseta", "", "", (), "allday"))

    ev = Ev("sr-es-88203@smartrecruiters.com", "Entrevista con Fundación Hospital del Sur – Técnica de Formación",
            "20261211T100000", "20261211T104500", tz="Europe/Madrid",
            desc="Has sido invitada a una videoentrevista.\nPuesto: Técnica de Formación Sanitaria\nEmpresa: "
                 "Fundación Hospital del Sur\nEntrevistadora: Dra. Inmaculada Reyes (Jefa de Docencia)\n\n" +
                 zoom("899 1120 3301", "FhS77aaq", "es") + "\nEnviado a través de SmartRecruiters",
            organizer=org("noreply@smartrecruiters.com", "Fundación Hospital del Sur vía SmartRecruiters"),
            attendees=[att(ME, "Lucía Fernández"), att("ireyes@fhsur.es", "Inmaculada Reyes")])
    out.append(Item("hm-smartrecruiters-es", "es", cal("-//SmartRecruiters//Interview//EN", [ev]), True,
                    "Fundación Hospital del Sur", "Técnica de Formación Sanitaria", "hiring_manager",
                    ("ireyes@fhsur.es",)))

    ev = Ev("040000008200E00074C5B7101A82E00800000000E7A8B9C0@vuelia.es",
            "Cancelada: Entrevista Vuelia Formación - 2ª fase", "20261221T120000", "20261221T130000",
            tz="Romance Standard Time", status="CANCELLED", seq=2,
            desc="Hemos tenido que cancelar la segunda fase (Jefa de Formación de Tripulantes). Te proponemos nueva "
                 "fecha en breve.\nÓscar",
            organizer=org("obenitez@vuelia.es", "Óscar Benítez"),
            attendees=[att(ME, "Lucía Fernández")])
    out.append(Item("cancelled-outlook-es", "es", cal(OUTLOOK, [ev], method="CANCEL"), True, "Vuelia Formación",
                    "Jefa de Formación de Tripulantes", "", ("obenitez@vuelia.es",), "cancelled"))
    return out
