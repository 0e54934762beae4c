"""holdout11: Rafael as the interviewer at his own employer, Grupo Álvarez Construcción (all negatives).

events() returns the specs: invites, kits, panels, debriefs and his own notes, in ES/EN/DE/FR.
"""

from __future__ import annotations

from holdout11ev_boiler import A, me_p, me_w, meet, room, teams, zoom
from holdout11ev_ics import ME_NAME, ME_WORK, Att, Ev


def N(**kw: object) -> Ev:
    """Given Ev keywords, returns a negative spec."""
    return Ev(positive=False, **kw)  # type: ignore[arg-type]


ME_ORG = Att(ME_NAME, ME_WORK)
HR = A("Lozano, Patricia", "plozano@grupo-alvarez.es")


def events() -> list[Ev]:
    """Returns the user-as-interviewer specs of holdout11."""
    t = "user as interviewer"
    return [
        N(kind="es-side-successfactors", lang="es", producer="successfactors", tz="utc", day=2, start="11:00",
          summary="Entrevista: Candidato Ingeniero/a de Obra Junior – Sergio Blanco",
          description="Estimado/a entrevistador/a:\n\nHa sido asignado/a como entrevistador/a para el candidato "
          "Sergio Blanco (Req. 3381 – Ingeniero de Obra Junior, Grupo Álvarez Construcción).\nPor favor, "
          "complete la hoja de evaluación en SuccessFactors tras la entrevista.",
          organizer=A("Grupo Álvarez Selección", "noreply@successfactors.eu"),
          attendees=[me_w("NEEDS-ACTION"), A("Sergio Blanco", "sergio.blanco.ing@gmail.com")],
          trap=t + ": ats interviewer assignment"),
        N(kind="es-side-outlook-capataz", lang="es", producer="outlook", tz="windows", day=4, start="08:00",
          summary="Entrevista encargado de obra – Manuel Pardo",
          description="Rafael, te paso la entrevista del candidato a encargado para la obra de Getafe. Te "
          "adjunto su CV. Si puedes, que te acompañe Luis.\nPatricia\n\n" + teams("es", 104),
          organizer=HR, attendees=[me_w("NEEDS-ACTION"), A("Gil, Luis", "lgil@grupo-alvarez.es"),
                                   A("Manuel Pardo", "manuelpardo1979@hotmail.com")],
          trap=t + ": hr invite foreman candidate"),
        N(kind="es-side-own-invite", lang="es", producer="outlook", tz="windows", day=6, start="12:00",
          summary="Entrevista – Becario/a Oficina Técnica (Lucía Serrano)",
          description="Hola Lucía,\n\nte confirmo la entrevista para la beca en la Oficina Técnica de Grupo "
          "Álvarez. Nos vemos en la oficina de obra de Valdebebas; pregunta por mí en la entrada.\n\nUn saludo,\n"
          "Rafael Ortega\nJefe de Obra – Grupo Álvarez Construcción",
          organizer=ME_ORG, attendees=[A("Lucía Serrano", "lucia.serrano@alumnos.upm.es")],
          location="Oficina de obra Valdebebas", trap=t + ": user invites trainee on university address"),
        N(kind="es-side-scorecard", lang="es", producer="successfactors", tz="utc", day=7, start="17:00",
          summary="Recordatorio: completar evaluación de entrevista – Sergio Blanco",
          description="Tiene pendiente la evaluación de la entrevista realizada. Acceda a SuccessFactors para "
          "completarla antes de las 18:00.",
          organizer=A("Grupo Álvarez Selección", "noreply@successfactors.eu"),
          attendees=[me_w("NEEDS-ACTION")], trap=t + ": scorecard reminder", minutes=15),
        N(kind="es-side-debrief", lang="es", producer="outlook", tz="windows", day=8, start="13:30",
          summary="Debrief entrevistas jefe de producción – decisión",
          description="Ponemos en común las entrevistas de los tres candidatos finalistas y decidimos.\n"
          + teams("es", 108),
          organizer=HR, attendees=[me_w("NEEDS-ACTION"), A("Medina, Rosa", "rmedina@grupo-alvarez.es"),
                                   A("Gil, Luis", "lgil@grupo-alvarez.es")],
          trap=t + ": debrief", minutes=30),
        N(kind="es-side-panel-room", lang="es", producer="exchange", tz="owa", day=11, start="10:00",
          summary="Panel de entrevistas – Jefe/a de Obra Ferroviaria (3 candidatos)",
          description="Panel: Rosa Medina, Rafael Ortega, Patricia Lozano.\n10:00 Candidato A\n11:00 Candidata B\n"
          "12:00 Candidato C\nLos CV están en la carpeta compartida de Selección.",
          organizer=HR, attendees=[me_w("NEEDS-ACTION"), A("Medina, Rosa", "rmedina@grupo-alvarez.es"),
                                   room("Sala Guadarrama", "sala.guadarrama@grupo-alvarez.es")],
          location="Sala Guadarrama", trap=t + ": panel with room", minutes=180),
        N(kind="es-side-private-note", lang="es", producer="ios", tz="floating", day=12, start="16:00",
          summary="Entrevistar a candidato gruista (obra Leganés)",
          description="Llevar preguntas de PRL. Ver certificado de operador.", organizer=A("", ""), attendees=[],
          trap=t + ": first-person private note"),
        N(kind="es-side-infojobs-company", lang="es", producer="infojobs", tz="utc", day=14, start="09:30",
          summary="Entrevista con Grupo Álvarez Construcción",
          description="Has convocado a Iván Montes a una entrevista para la oferta \"Técnico/a de Prevención en "
          "obra\". El candidato ha confirmado la asistencia.\nGestiona tus procesos en InfoJobs Empresas.",
          organizer=A("InfoJobs Empresas", "no-reply@infojobs.net"),
          attendees=[me_w("NEEDS-ACTION"), A("Iván Montes", "ivan.montes.prl@yahoo.es")],
          trap=t + ": infojobs employer side"),
        N(kind="es-side-recurring-slot", lang="es", producer="outlook", tz="windows", day=15, start="09:00",
          summary="Franja entrevistas prácticas verano (Grupo Álvarez)",
          description="Bloque semanal para entrevistar a estudiantes de la UPM y la UAX para las prácticas de "
          "verano en obra. RR. HH. irá asignando candidatos en cada franja.",
          organizer=ME_ORG, attendees=[HR], rrule="FREQ=WEEKLY;COUNT=4",
          override="Franja entrevistas prácticas – movida (visita de obra)", trap=t + ": recurring slot override",
          minutes=120),
        N(kind="en-side-uk-candidate", lang="en", producer="teams", tz="windows", day=18, start="15:00",
          summary="Interview: Site Engineer (Lisbon metro extension) – Oliver Reed",
          description="Hi Oliver,\n\nThanks for your application to Grupo Álvarez Construcción. Rafael Ortega "
          "(Site Manager) and I will interview you for the Site Engineer role on our Lisbon metro project.\n\n"
          "Best regards,\nPatricia Lozano, Talent\n\n" + teams("en", 118),
          organizer=HR, attendees=[me_w("NEEDS-ACTION"), A("Oliver Reed", "oliver.reed92@outlook.com")],
          trap=t + ": english candidate invite"),
        N(kind="en-side-calendly-host", lang="en", producer="calendly", tz="utc", day=19, start="12:30",
          summary="Site Engineer interview between Rafael Ortega and Priya Natarajan",
          description="Event type: Site Engineer interview (Grupo Álvarez)\nHost: Rafael Ortega\nInvitee: Priya "
          "Natarajan\nInvitee email: priya.natarajan@gmail.com\nQuestions: Are you willing to relocate to "
          "Madrid? Yes",
          organizer=ME_ORG, attendees=[A("Priya Natarajan", "priya.natarajan@gmail.com")],
          trap=t + ": calendly host"),
        N(kind="en-side-agency-candidate", lang="en", producer="outlook", tz="windows", city="mad", day=21,
          start="10:00", summary="Candidate interview: Daniel Costa (presented by Redline Talent)",
          description="Hi Rafael,\n\nAs agreed, Daniel Costa will join you for the Senior Site Engineer interview "
          "at Grupo Álvarez. CV attached. Please let me know your feedback afterwards.\n\nSam Turner\nRedline "
          "Talent",
          organizer=A("Turner, Sam", "sam.turner@redlinetalent.co.uk"),
          attendees=[me_w("NEEDS-ACTION"), A("Daniel Costa", "daniel.costa@sapo.pt")],
          trap=t + ": agency sends candidate"),
        N(kind="en-side-interviewer-training", lang="en", producer="teams", tz="windows", day=23, start="14:00",
          summary="Interviewer training – structured interviews & unconscious bias",
          description="Mandatory for all managers who sit on hiring panels at Grupo Álvarez.\n" + teams("en", 123),
          organizer=A("Academia Grupo Álvarez", "academia@grupo-alvarez.es"), attendees=[me_w("NEEDS-ACTION")],
          trap=t + ": interviewer training", minutes=90),
        N(kind="en-side-cancelled", lang="en", producer="outlook", tz="windows", day=25, start="11:00",
          summary="Canceled: Interview – Graduate Engineer – Tom Hadley",
          description="The candidate has withdrawn. Cancelling.",
          organizer=HR, attendees=[me_w("NEEDS-ACTION"), A("Tom Hadley", "t.hadley@student.ucl.ac.uk")],
          cancelled=True, trap=t + ": cancelled candidate interview"),
        N(kind="de-side-kandidat", lang="de", producer="outlook", tz="windows", city="mad", day=27, start="16:00",
          summary="Vorstellungsgespräch Bauleiter Kandidat – Jonas Weber (Projekt München)",
          description="Hallo Jonas,\n\nwie besprochen führen Herr Ortega (Grupo Álvarez, Oberbauleitung) und ich "
          "das Gespräch für die Bauleiterstelle auf unserer Baustelle in München.\n\nViele Grüße\nPatricia Lozano"
          "\n\n" + teams("de", 127),
          organizer=HR, attendees=[me_w("NEEDS-ACTION"), A("Jonas Weber", "jonas.weber@web.de")],
          trap=t + ": german candidate"),
        N(kind="fr-side-candidat", lang="fr", producer="google", tz="utc", day=29, start="10:00",
          summary="Entretien candidat conducteur de travaux – Julien Moreau",
          description="Entretien mené par Rafael Ortega (Grupo Álvarez) pour le chantier de Perpignan.\n\n"
          + meet("fr", 129),
          organizer=ME_ORG, attendees=[A("Julien Moreau", "julien.moreau66@laposte.net")],
          trap=t + ": french candidate, user organises"),
        N(kind="es-side-hiring-committee", lang="es", producer="outlook", tz="windows", day=31, start="09:00",
          summary="Comité de contratación – jefes de obra Q1",
          description="Revisión de candidaturas finalistas y aprobación de ofertas.\nAsisten: Dirección de "
          "Producción, Personas y jefes de obra entrevistadores.",
          organizer=A("Medina, Rosa", "rmedina@grupo-alvarez.es"),
          attendees=[me_w("NEEDS-ACTION"), HR, room("Sala Moncayo", "sala.moncayo@grupo-alvarez.es")],
          trap=t + ": hiring committee", minutes=60),
        N(kind="es-side-shadowing", lang="es", producer="outlook", tz="windows", day=33, start="11:30",
          summary="Shadowing: entrevista técnica con Luis (aprendiz de entrevistador)",
          description="Rafael, esta vez entrevista Luis y tú observas para darle feedback después. Candidata: "
          "Raquel Ibáñez, ingeniera de caminos.",
          organizer=A("Gil, Luis", "lgil@grupo-alvarez.es"),
          attendees=[me_w("NEEDS-ACTION"), A("Raquel Ibáñez", "raquel.ibanez@gmail.com")],
          trap=t + ": shadowing", minutes=60),
        N(kind="es-side-assessment-observer", lang="es", producer="outlook", tz="windows", day=35,
          start="08:30", summary="Assessment day becarios – observadores",
          description="Jornada de evaluación de 12 candidatos al programa de becarios de obra. Rafael y Rosa "
          "actúan como observadores en la dinámica de grupo y en las entrevistas finales.",
          organizer=HR, attendees=[me_w("NEEDS-ACTION"), A("Medina, Rosa", "rmedina@grupo-alvarez.es")],
          location="Sede Grupo Álvarez, Calle Alcalá 512", trap=t + ": assessment centre observer", minutes=480),
        N(kind="en-side-kit-prep", lang="en", producer="apple", tz="floating", day=37, start="08:00",
          summary="Prep interview kit for tomorrow's foreman candidates", description="Print questions; "
          "safety scenario; ask about crew size.", organizer=A("", ""), attendees=[],
          trap=t + ": kit prep note", minutes=30),
        N(kind="es-side-zoom-remote", lang="es", producer="zoom", tz="utc", day=39, start="18:00",
          summary="Entrevista online – candidato topógrafo (Andrés Villalba)",
          description="Entrevista por Zoom con el candidato a topógrafo para la obra de Toledo. Entrevistador: "
          "Rafael Ortega.\n\n" + zoom("es", 139),
          organizer=ME_ORG, attendees=[A("Andrés Villalba", "andres.villalba.topo@gmail.com")],
          trap=t + ": zoom user hosts"),
        N(kind="es-side-private-copy", lang="es", producer="google", tz="utc", day=41, start="10:00",
          summary="Entrevista a candidata – Jefa de Producción (Marina Soto)",
          description="Copia en mi calendario personal. Entrevisto yo, con Rosa.\n\n" + meet("es", 141),
          organizer=A(ME_NAME, "rafael.ortega@hotmail.es"),
          attendees=[me_p("ACCEPTED"), A("Marina Soto", "marina.soto.ing@gmail.com")],
          trap=t + ": private copy of candidate interview"),
    ]

