"""train13 event corpus: more look-alikes that are not Mei Chen's job interviews (FR/ES/EN), each on its own."""

from __future__ import annotations

from train13ev_boiler import gfooter, meet, teams, zoom
from train13ev_ics import Att, Ev, coord, me


def _fr() -> list[Ev]:
    out: list[Ev] = []
    add = out.append
    add(Ev("headhunter-intake", "fr", "Premier échange – cabinet Vauban Executive", "2026-12-02 12:00", False,
           style="outlook", tz="Europe/Paris", minutes=30, organizer=Att("Lemoine, Arnaud", "a.lemoine@vauban-exec.fr"),
           attendees=[me(), Att("Lemoine, Arnaud", "a.lemoine@vauban-exec.fr")],
           desc="Bonjour Madame Chen,\n\nJe vous propose un premier échange afin de mieux connaître votre parcours et "
                "vos attentes. Nous accompagnons plusieurs industriels de la robotique ; je vous présenterai les "
                "missions adaptées par la suite, en toute confidentialité.\n\nArnaud Lemoine"))
    add(Ev("mock-interview", "fr", "Simulation d'entretien avec Camille (APEC)", "2026-12-04 14:00", False,
           style="apple", tz="Europe/Paris", minutes=60, organizer=Att("Camille Bertin", "camille.bertin@apec.fr"),
           attendees=[me(), Att("Camille Bertin", "camille.bertin@apec.fr")],
           desc="Atelier individuel : simulation d'entretien d'embauche filmée, puis débrief sur la posture et les "
                "réponses.\n\n" + teams("fr", "310 552 877 106", "Ap3Cm8")))
    add(Ev("webinar", "fr", "Webinaire : réussir ses entretiens dans l'industrie", "2026-12-10 12:30", False,
           style="ats", prodid="-//Livestorm//Livestorm//FR", tz="Europe/Paris", minutes=45,
           organizer=coord("Ingénieurs et Scientifiques de France", "evenements@iesf.fr", "CHAIR"), attendees=[me()],
           desc="Merci pour votre inscription ! Au programme : préparer l'entretien technique, questions "
                "comportementales, négociation salariale.\nLien : https://app.livestorm.co/iesf/entretiens"))
    add(Ev("press-interview", "fr", "Interview pour Industrie & Technologies – robots collaboratifs",
           "2026-12-17 16:00",
           False, tz="Europe/Paris", minutes=30, organizer=Att("Julie Marchetti", "j.marchetti@industrie-techno.com"),
           attendees=[Att("Julie Marchetti", "j.marchetti@industrie-techno.com", partstat="ACCEPTED"), me(True)],
           desc="Bonjour, merci d'accepter cette interview pour notre dossier sur les cobots dans la PME. Questions "
                "envoyées par e-mail, relecture de vos citations avant publication.\n\n" + meet("fr", "tpa-sxwe-bnd")
                + "\n" + gfooter("fr")))
    add(Ev("reference-call", "fr", "Appel de référence – candidature de Lucie Perrot", "2027-01-06 17:30", False,
           style="floating", tz="Europe/Paris", minutes=20,
           desc="Le cabinet de recrutement de Lucie m'appelle pour une prise de référence (elle était en stage chez "
                "nous). Préparer : autonomie, qualité des plans, travail en équipe."))
    add(Ev("coffee-chat", "fr", "Café networking avec Antoine (alumni INSA)", "2027-01-09 10:30", False, style="ios",
           tz="Europe/Paris", minutes=45, location="Café de la Table Ronde, Grenoble",
           desc="Échange informel sur le métier de chef de produit en medtech. Pas de poste ouvert."))
    add(Ev("job-fair", "fr", "Forum Emploi Ingénieurs – Grenoble INP", "2027-01-21", False, style="allday",
           tz="Europe/Paris", location="Grenoble INP, Bâtiment Viallet",
           desc="Forum entreprises : stands, job dating, ateliers CV. Badge à retirer à l'accueil."))
    add(Ev("user-research", "fr", "Entretien utilisateur – étude sur les outils de CAO (30 min)", "2027-01-12 11:00",
           False, tz="Europe/Paris", minutes=30, organizer=Att("Élise Caron", "elise.caron@dessinea.io"),
           attendees=[Att("Élise Caron", "elise.caron@dessinea.io", partstat="ACCEPTED"), me()],
           desc="Merci de participer à notre étude utilisateur ! Nous cherchons à comprendre comment les ingénieurs "
                "mécaniques collaborent sur les modèles 3D. Aucun lien avec un recrutement.\n\n"
                + zoom("fr", "861 9021 3375", "Dsn8Ux")))
    return out


def _es() -> list[Ev]:
    out: list[Ev] = []
    add = out.append
    add(Ev("consulado-entrevista", "es", "Entrevista consulado – visado de trabajo (Barcelona)", "2026-12-03 09:20",
           False, style="ios", tz="Europe/Berlin", minutes=60,
           location="Consulado General de España, Lenaustraße 9, Stuttgart",
           desc="Cita previa para la entrevista del visado. Llevar pasaporte, contrato, certificado de antecedentes."))
    add(Ev("headhunter-intake", "es", "Primera llamada – Talento Industrial Partners", "2026-12-07 13:00", False,
           style="outlook", tz="Europe/Madrid", minutes=30,
           organizer=Att("Vidal, Marc", "marc.vidal@talentoindustrial.es"),
           attendees=[me(), Att("Vidal, Marc", "marc.vidal@talentoindustrial.es")],
           desc="Hola Mei:\n\nGracias por tu interés. En esta primera llamada me gustaría conocer tu trayectoria y lo "
                "que buscas. Trabajamos procesos confidenciales en automatización y te contaré más adelante los "
                "detalles de los clientes.\n\nMarc Vidal"))
    add(Ev("mock-interview", "es", "Simulacro de entrevista con Laura (mentora)", "2026-12-10 19:00", False,
           tz="Europe/Madrid", minutes=60, organizer=Att("Laura Medina", "lauramedina.mentora@gmail.com"),
           attendees=[Att("Laura Medina", "lauramedina.mentora@gmail.com", partstat="ACCEPTED"), me()],
           desc="Practicamos la entrevista con el comité de Medtrónica: preguntas de liderazgo y la presentación de "
                "10 minutos. ¡Tú puedes!\n\n" + meet("es", "wqa-ykdo-pcf") + "\n" + gfooter("es")))
    add(Ev("class", "es", "Taller: cómo preparar entrevistas por competencias", "2026-12-12 10:00", False,
           style="outlook", tz="Europe/Madrid", minutes=180,
           organizer=Att("Barcelona Activa", "formacio@barcelonactiva.cat"),
           attendees=[me()], location="Barcelona Activa, C/ Llacuna 162",
           desc="Taller práctico para profesionales en búsqueda de empleo: método STAR, preguntas difíciles, "
                "entrevistas online."))
    add(Ev("sepe-cita", "es", "Cita SEPE – entrevista con orientador laboral", "2027-01-07 09:40", False,
           style="floating", tz="Europe/Madrid", minutes=30, location="Oficina de Empleo Barcelona-Poblenou",
           desc="Entrevista de orientación por la inscripción como demandante de empleo. DNI/NIE y CV."))
    add(Ev("podcast", "es", "Entrevista pódcast 'Ingeniería con Acento' – grabación", "2027-01-13 18:30", False,
           tz="Europe/Madrid", minutes=60, organizer=Att("Diego Ramos", "diego@ingenieriaconacento.com"),
           attendees=[Att("Diego Ramos", "diego@ingenieriaconacento.com", partstat="ACCEPTED"), me()],
           desc="¡Gracias por venir al pódcast! Hablaremos de tu paso de diseño mecánico a gestión de producto. "
                "Grabamos por Zencastr.\n\n" + gfooter("es")))
    add(Ev("reference-call", "es", "Llamada de referencias sobre Pablo Ruiz (me llaman de Axenta)", "2027-01-18 16:00",
           False, style="ios", tz="Europe/Berlin", minutes=15,
           desc="Marta Serrat (Axenta) me llama para pedir referencias de Pablo, que hizo las prácticas conmigo."))
    add(Ev("onboarding", "es", "Bienvenida Ampulse – primer día", "2027-03-01 09:00", False, tz="Europe/Madrid",
           minutes=420, organizer=Att("Sergi Vilanova", "sergi@ampulse.bike"),
           attendees=[Att("Sergi Vilanova", "sergi@ampulse.bike", partstat="ACCEPTED"), me(),
                      Att("Aina Roig", "aina@ampulse.bike")],
           desc="¡Bienvenida al equipo, Mei! Primer día: portátil, accesos, visita al taller y comida con todo el "
                "equipo.\n\n" + gfooter("es")))
    return out


def _en() -> list[Ev]:
    out: list[Ev] = []
    add = out.append
    add(Ev("coffee-chat", "en", "Virtual coffee – Mei & Sofia (Women in Robotics mentoring)", "2026-12-05 09:00",
           False, tz="Europe/Amsterdam", minutes=30, organizer=Att("Sofia Lindqvist", "sofia.lindqvist@hotmail.com"),
           attendees=[Att("Sofia Lindqvist", "sofia.lindqvist@hotmail.com", partstat="ACCEPTED"), me()],
           desc="Mentoring match from Women in Robotics – career chat, no agenda.\n\n" + meet("en", "dxp-ewqn-hhs")))
    add(Ev("hiring-event-attendee", "en", "Hardware Product Meetup: 'How we hire PMs' panel", "2026-12-09 18:30",
           False, style="ats", prodid="-//Meetup//Meetup Events//EN", minutes=150,
           organizer=coord("Stuttgart Hardware Product Meetup", "info@email.meetup.com", "CHAIR"), attendees=[me()],
           location="Code_n Spaces, Hanns-Martin-Schleyer-Str. 9, Stuttgart",
           desc="Panel with hiring managers from three local robotics companies on what they look for in hardware "
                "PM interviews. Pizza and networking afterwards."))
    add(Ev("benefit-office", "en", "Appointment: Familienkasse interview (child benefit)", "2026-12-17 10:00", False,
           style="floating", minutes=30, location="Familienkasse Baden-Württemberg West, Stuttgart",
           desc="Personal interview about the Kindergeld application for Lina. Bring birth certificate + tax ID."))
    add(Ev("ghost-prep", "en", "Write down questions for Kinetrix onsite", "2027-01-19 20:00", False, style="ios",
           minutes=45, desc="Team size? Prototype budget? Who owns DFM? Ask Carla about the roadmap."))
    add(Ev("interviewing-class-teacher", "en", "Guest lecture: how hardware teams interview (HS Esslingen)",
           "2027-01-20 14:00", False, style="outlook", minutes=90,
           organizer=Att("Prof. Weiß, Martina", "martina.weiss@hs-esslingen.de"),
           attendees=[me(True, "Chen, Mei"), Att("Prof. Weiß, Martina", "martina.weiss@hs-esslingen.de")],
           location="Hochschule Esslingen, Hörsaal S 2.01",
           desc="Mei gives a guest lecture to final-year students on what design-engineering interviews look like "
                "in industry, with a live mock interview on stage."))
    add(Ev("customer-interview", "en", "Customer interview – AGV integrator (voice of customer)", "2027-01-21 10:00",
           False, style="exchange", minutes=60, organizer=me(True, "Chen, Mei"),
           attendees=[Att("Brandt, Holger", "h.brandt@intralog-systeme.de"),
                      Att("Maurer, Jens", "j.maurer@kessler-antriebe.de")],
           desc="VoC interview for the new hub-drive: duty cycles, failure modes, service access. Notes into the "
                "requirements sheet.\n\n" + teams("en", "381 662 004 213", "Vc5Kx2")))
    add(Ev("recruiter-no-employer", "en", "Screening call – Mei Chen (Robotics TPM search)", "2027-01-22 16:30", False,
           style="ats", prodid="-//Calendly//Calendly//EN", tz="Europe/London", minutes=30,
           organizer=Att("Priya Shah", "priya@roboticstalent.co"), attendees=[me()],
           desc="Event Name: Candidate screening\n\nHi Mei – I'm running a retained search for a Robotics TPM for a "
                "stealth client in Europe; details once we've spoken.\n\nPowered by Calendly.com"))
    add(Ev("interview-reflections", "en", "Jot down notes from today's calls", "2027-01-28 18:00", False,
           style="floating", minutes=20, desc="Reflections + names while fresh."))
    return out


def events() -> list[Ev]:
    """Returns French, Spanish and English negatives."""
    return _fr() + _es() + _en()
