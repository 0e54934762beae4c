"""Holdout19: the user on the hiring side at Iberavia (she interviews, assesses or sits on a panel)."""

from __future__ import annotations

from holdout19ev_ics import WORK, Ev, Item, att, cal, meet, org, teams, zoom

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
T = "user_as_interviewer"


def items() -> list[Item]:
    """Given nothing returns the events where the user interviews others, all negatives."""
    out: list[Item] = []

    def neg(kind: str, lang: str, text: str) -> None:
        out.append(Item(kind, lang, text, False, trap=T))

    ev = Ev("040000008200E00074C5B7101A82E00800000000F1A2B3C4@iberavia-crew.es",
            "Jornada de selección TCP – evaluadores", "20261203T080000", "20261203T150000",
            tz="Romance Standard Time",
            desc="Hola equipo:\n\nOs convoco como evaluadores para la jornada de selección de tripulantes de cabina "
                 "(48 candidatos). Dinámica de grupo por la mañana y entrevistas individuales por la tarde. Lucía "
                 "y Raúl, mesa 2.\n\nPlantillas de evaluación en SharePoint > Selección > 2026-12.\n\nAinhoa "
                 "(RRHH)",
            organizer=org("ainhoa.urrutia@iberavia-crew.es", "Urrutia, Ainhoa"),
            attendees=[att(WORK, "Fernández, Lucía"), att("raul.mena@iberavia-crew.es", "Mena, Raúl"),
                       att("mad-cft-aula3@iberavia-crew.es", "MAD CFT Aula 3", cutype="ROOM",
                           role="NON-PARTICIPANT")],
            loc="MAD CFT Aula 3")
    neg("assessment-day-es", "es", cal(OUTLOOK, [ev]))

    ev = Ev("040000008200E00074C5B7101A82E00800000000A9B8C7D6@iberavia-crew.es",
            "Entrevista candidato instructor – Pablo Serrano", "20261204T100000", "20261204T110000",
            tz="Romance Standard Time",
            desc="Lucía, te paso la entrevista con Pablo para la plaza de instructor trainee SEP. CV adjunto y "
                 "guía de entrevista (competencias de facilitación). Rellena la hoja de valoración al terminar.",
            organizer=org("ainhoa.urrutia@iberavia-crew.es", "Urrutia, Ainhoa"),
            attendees=[att(WORK, "Fernández, Lucía"), att("pablo.serrano.tcp@gmail.com", "Pablo Serrano")])
    neg("interviews-trainee-es", "es", cal(OUTLOOK, [ev]))

    ev = Ev("owa-9d1e0a77@iberavia-crew.es", "Interview: candidate Fionnuala Byrne (Cabin Crew, DUB base)",
            "20261207T110000", "20261207T113000", tz="GMT Standard Time",
            desc="Hi Lucía,\nCould you take this one for the new Dublin base? Scorecard link in Workday. "
                 "Fionnuala has 3 yrs with a regional carrier.\n\n" + teams("en", "399 201 554 781"),
            organizer=org("hr.dublinbase@iberavia-crew.es", "HR Dublin Base"),
            attendees=[att(WORK, "Lucía Fernández"), att("fionnuala.byrne88@outlook.com", "Fionnuala Byrne")])
    neg("interviews-candidate-en", "en", cal("-//Microsoft Corporation//Outlook Web App//EN", [ev]))

    ev = Ev("wd-IBV-int-30044@myworkday.com", "Interview Scheduled: Trainee Instructor (R-30044) – Mateo Gil",
            "20261209T120000", "20261209T124500", tz="Europe/Madrid",
            desc="You have been added as an interviewer.\n\nCandidate: Mateo Gil\nJob Requisition: Trainee "
                 "Instructor (R-30044)\nInterview type: Panel\nPlease submit your feedback in Workday within 24 "
                 "hours.\n\nThis is a system generated message from Workday.",
            organizer=org("iberavia@myworkday.com", "Iberavia Talent Acquisition"),
            attendees=[att(WORK, "Lucía Fernández"), att("sergio.lado@iberavia-crew.es", "Sergio Lado"),
                       att("mateo.gil.95@gmail.com", "Mateo Gil")])
    neg("workday-added-as-interviewer", "en", cal("-//Workday//Recruiting//EN", [ev]))

    ev = Ev("6uu1l0q9bd@google.com", "Panel RRHH + Formación: candidata Jefa de Cabina", "20261210T160000",
            "20261210T170000", tz="Europe/Madrid",
            desc="Panel con RRHH para la promoción interna a Jefa de Cabina Instructora. Candidata: Noelia "
                 "Pizarro. Lucía lleva la parte de competencias de formación.\n\n" + meet("ibv-panl-ooq", "es"),
            organizer=org("ainhoa.urrutia@iberavia-crew.es", "Ainhoa Urrutia"),
            attendees=[att("ainhoa.urrutia@iberavia-crew.es", "Ainhoa Urrutia", partstat="ACCEPTED"),
                       att(WORK, "Lucía Fernández"), att("noelia.pizarro@iberavia-crew.es", "Noelia Pizarro")])
    neg("internal-promotion-panel-es", "es", cal(GOOGLE, [ev]))

    ev = Ev("debrief-0912@iberavia-crew.es", "Debrief entrevistas instructores (ronda dic)", "20261211T130000",
            "20261211T133000", tz="Romance Standard Time",
            desc="Puesta en común de las 6 entrevistas de instructores trainee. Traed las hojas de valoración.",
            organizer=org("sergio.lado@iberavia-crew.es", "Lado, Sergio"),
            attendees=[att(WORK, "Fernández, Lucía"), att("ainhoa.urrutia@iberavia-crew.es", "Urrutia, Ainhoa")])
    neg("debrief-es", "es", cal(OUTLOOK, [ev]))

    ev = Ev("clly-host-ibv-441@calendly.com", "Entrevista instructores trainee: Lucía Fernández y Adrián Cobos",
            "20261214T093000", "20261214T100000", tz="Europe/Madrid",
            desc="Nombre del evento: Entrevista instructores trainee (30 min)\nAnfitriona: Lucía Fernández "
                 "(Iberavia Formación)\nInvitado: Adrián Cobos\n\nPreguntas:\n¿Por qué quieres ser instructor? "
                 "Porque me encanta enseñar SEP.\n\nCon la tecnología de Calendly.com",
            organizer=org(WORK, "Lucía Fernández"),
            attendees=[att(WORK, "Lucía Fernández", partstat="ACCEPTED"), att("adrian.cobos@yahoo.es", "Adrián Cobos")])
    neg("calendly-host-es", "es", cal("-//Calendly//Calendly//EN", [ev]))

    ev = Ev("CA11F0E2-3D4B-4C5A-9E8F-IBVSHADOW01", "Shadowing: Lucía observes Raúl interviewing trainees",
            "20261202T090000", "20261202T120000", tz="Europe/Madrid",
            desc="For the new interviewer accreditation: sit in on Raúl's trainee instructor interviews, no "
                 "questions from you this time.",
            organizer=org("raul.mena@iberavia-crew.es", "Raúl Mena"),
            attendees=[att(WORK, "Lucía Fernández"), att("raul.mena@iberavia-crew.es", "Raúl Mena",
                                                         partstat="ACCEPTED")])
    neg("shadowing-en", "en", cal("-//Apple Inc.//macOS 15.1//EN", [ev]))

    ev = Ev("cal-ibv-0082", "entrevista a Sara L. (instructora trainee)", "20261216T113000", "20261216T120000",
            tz=None, desc="yo entrevisto. sala 2. su CV en el correo de Ainhoa")
    neg("handtyped-user-interviews-es", "es", cal("-//Apple Inc.//iOS 18.2//EN", [ev], method="",
                                                  xwr="Europe/Madrid"))

    ev = Ev("lucia-invites-cand-771@iberavia-crew.es", "Entrevista Iberavia – Instructor/a SEP (Marcos Duarte)",
            "20261215T160000", "20261215T164500", tz="Romance Standard Time",
            desc="Hola Marcos:\n\nGracias por tu interés en la plaza de Instructor/a SEP en Iberavia. Te envío la "
                 "convocatoria para la entrevista conmigo y con Sergio Lado (Jefe de Instrucción).\n\nUn saludo,\n"
                 "Lucía Fernández\nInstructora TCP – Iberavia Formación\n\n" + teams("es", "344 882 019 377"),
            organizer=org(WORK, "Fernández, Lucía"),
            attendees=[att("marcos.duarte@gmail.com", "Marcos Duarte"),
                       att("sergio.lado@iberavia-crew.es", "Lado, Sergio")])
    neg("user-invites-candidate-es", "es", cal(OUTLOOK, [ev]))

    ev = Ev("hiring-cttee-ibv-12@iberavia-crew.es", "Comité de contratación – plazas instructor 2027",
            "20261218T100000", "20261218T113000", tz="Romance Standard Time",
            desc="Orden del día: 1) candidaturas finalistas, 2) decisión, 3) fechas de incorporación.",
            organizer=org("direccion.formacion@iberavia-crew.es", "Dirección de Formación"),
            attendees=[att(WORK, "Fernández, Lucía"), att("sergio.lado@iberavia-crew.es", "Lado, Sergio"),
                       att("ainhoa.urrutia@iberavia-crew.es", "Urrutia, Ainhoa")])
    neg("hiring-committee-es", "es", cal(OUTLOOK, [ev]))

    ev = Ev("tls-ibv-entretien-55@iberavia-crew.es", "Entretien candidat PNC – base Toulouse (Léo Garnier)",
            "20261208T140000", "20261208T143000", tz="Romance Standard Time",
            desc="Bonjour Lucía,\n\nPeux-tu mener l'entretien de Léo Garnier pour l'ouverture de la base de "
                 "Toulouse ? Grille d'évaluation jointe.\n\nMerci,\nCamille (RH escale TLS)",
            organizer=org("camille.ferrand@iberavia-crew.es", "Ferrand, Camille"),
            attendees=[att(WORK, "Fernández, Lucía"), att("leo.garnier31@orange.fr", "Léo Garnier")])
    neg("interviews-candidate-fr", "fr", cal(OUTLOOK, [ev]))

    ev = Ev("ham-ibv-gespraech-09@iberavia-crew.es", "Bewerbergespräch Flugbegleiterin – Station Hamburg",
            "20261209T100000", "20261209T103000", tz="W. Europe Standard Time",
            desc="Hallo Lucía,\n\nbitte führe das Gespräch mit Frau Antje Möller (Bewerberin Flugbegleiterin, "
                 "Station HAM). Bewertungsbogen im Anhang.\n\nGruß\nStefan (HR Station HAM)\n\n" +
                 teams("de", "322 901 774 120"),
            organizer=org("stefan.kruse@iberavia-crew.es", "Kruse, Stefan"),
            attendees=[att(WORK, "Fernández, Lucía"), att("antje.moeller@web.de", "Antje Möller")])
    neg("interviews-candidate-de", "de", cal(OUTLOOK, [ev]))

    ev = Ev("scorecard-ibv-2231@iberavia-crew.es", "Rellenar scorecards – entrevistas TCP martes", "20261210T090000",
            "20261210T093000", tz="Romance Standard Time",
            desc="Bloqueo para completar en Workday el feedback de los 5 candidatos que entrevisté el martes.")
    neg("scorecard-block-es", "es", cal(OUTLOOK, [ev], method="PUBLISH"))

    ev = Ev("lucia-gmail-cand-331@iberavia-crew.es", "Interview Iberavia / Chloe Martin - Trainee Instructor",
            "20261211T150000", "20261211T154500", tz="Europe/Dublin",
            desc="Hi Chloe,\n\nThanks for applying to the Trainee Instructor programme. This is a 45-minute interview "
                 "with me (Cabin Crew Trainer) over Zoom; we'll discuss a short briefing you prepare.\n\nBest,\n"
                 "Lucía Fernández, Iberavia\n\n" + zoom("833 4501 2210", "Ibv55Ch1"),
            organizer=org(WORK, "Lucía Fernández"),
            attendees=[att(WORK, "Lucía Fernández", partstat="ACCEPTED", role="CHAIR"),
                       att("chloe.martin.dub@gmail.com", "Chloe Martin")])
    neg("user-invites-candidate-en", "en", cal(GOOGLE, [ev]))

    ev = Ev("agency-sends-cand-ibv-7@crewlinktalent.com", "CrewLink: candidate Ana Ribeiro / Iberavia interview",
            "20261214T120000", "20261214T124500", tz="Europe/Madrid",
            desc="Hi Lucía,\n\nAs agreed, here is the interview with our candidate Ana Ribeiro for your Trainee "
                 "Instructor opening. Her CV is attached. Let me know your feedback afterwards.\n\nSophie Marr, "
                 "CrewLink Talent\n\n" + teams("en", "301 009 662 845"),
            organizer=org("sophie.marr@crewlinktalent.com", "Sophie Marr"),
            attendees=[att(WORK, "Lucía Fernández"), att("ana.ribeiro.pt@gmail.com", "Ana Ribeiro")])
    neg("agency-sends-candidate-en", "en", cal(OUTLOOK, [ev]))

    ev = Ev("calib-ibv-assessors-02@iberavia-crew.es", "Calibration: cabin crew assessors (recruitment days)",
            "20261201T143000", "20261201T153000", tz="Romance Standard Time",
            desc="Align scoring across assessors before the December recruitment days. Bring two example "
                 "interview write-ups.",
            organizer=org("ainhoa.urrutia@iberavia-crew.es", "Urrutia, Ainhoa"),
            attendees=[att(WORK, "Fernández, Lucía"), att("raul.mena@iberavia-crew.es", "Mena, Raúl"),
                       att("camille.ferrand@iberavia-crew.es", "Ferrand, Camille"),
                       att("stefan.kruse@iberavia-crew.es", "Kruse, Stefan")])
    neg("calibration-en", "en", cal(OUTLOOK, [ev]))

    series = Ev("rec-ibv-interviews-weekly@iberavia-crew.es", "Franja entrevistas instructores (Lucía)",
                "20261202T110000", "20261202T130000", tz="Romance Standard Time", rrule="FREQ=WEEKLY;COUNT=4",
                desc="Franja reservada para que RRHH me asigne entrevistas de candidatos a instructor.",
                organizer=org(WORK, "Fernández, Lucía"))
    moved = Ev("rec-ibv-interviews-weekly@iberavia-crew.es", "Franja entrevistas instructores (Lucía)",
               "20261216T150000", "20261216T170000", tz="Romance Standard Time", recurrence_id="20261216T110000",
               seq=1, desc="Movida a la tarde por el recurrent de la mañana.", organizer=org(WORK, "Fernández, Lucía"))
    neg("recurring-interview-slot-es", "es", cal(OUTLOOK, [series, moved], method="PUBLISH"))

    ev = Ev("entretien-final-ibv-tls-3@iberavia-crew.es", "Jury final – recrutement instructeurs base TLS",
            "20261217T090000", "20261217T120000", tz="Europe/Paris",
            desc="Vous êtes membre du jury : Lucía Fernández (formation), Camille Ferrand (RH). Trois candidats "
                 "en entretien final.\n\n" + meet("tls-jury-xqa", "fr"),
            organizer=org("camille.ferrand@iberavia-crew.es", "Camille Ferrand"),
            attendees=[att("camille.ferrand@iberavia-crew.es", "Camille Ferrand", partstat="ACCEPTED"),
                       att(WORK, "Lucía Fernández")])
    neg("jury-final-fr", "fr", cal(GOOGLE, [ev]))

    ev = Ev("ham-ibv-auswahltag-1@iberavia-crew.es", "Auswahltag Kabinenpersonal HAM – Assessorin",
            "20261212T000000", "20261213T000000", allday=True,
            desc="Lucía als Assessorin beim Auswahltag (Gruppenübung, Einzelinterviews mit Bewerberinnen).",
            organizer=org("stefan.kruse@iberavia-crew.es", "Kruse, Stefan"),
            attendees=[att(WORK, "Fernández, Lucía")])
    neg("allday-assessor-de", "de", cal(OUTLOOK, [ev]))

    ev = Ev("cxl-ibv-cand-0044@iberavia-crew.es", "Cancelada: Entrevista candidata Lorena Vidal",
            "20261219T100000", "20261219T103000", tz="Romance Standard Time", status="CANCELLED", seq=1,
            desc="La candidata ha retirado su candidatura. Lucía, tienes la franja libre.",
            organizer=org("ainhoa.urrutia@iberavia-crew.es", "Urrutia, Ainhoa"),
            attendees=[att(WORK, "Fernández, Lucía"), att("lorena.vidal.tcp@gmail.com", "Lorena Vidal")])
    neg("cancelled-user-interviews-es", "es", cal(OUTLOOK, [ev], method="CANCEL"))
    return out
