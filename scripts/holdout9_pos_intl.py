"""holdout9: Noa Bergmann's own interviews written in French and Spanish."""

from __future__ import annotations

from holdout9_boiler import google_footer, meet, teams, webex, zoom
from holdout9_ics import Ev, me_private, org, p, room

EVENTS: list[Ev] = [
    Ev(
        kind="entretien-rh", lang="fr", producer="google", tz="paris",
        summary="Entretien RH – Noa Bergmann",
        start="20260305T100000", end="20260305T104500",
        organizer=org("claire.benoit@marechal-industrie.fr", "Claire Benoît"),
        attendees=[p("claire.benoit@marechal-industrie.fr", "Claire Benoît", partstat="ACCEPTED"), me_private()],
        description=(
            "Bonjour Noa,\n\nSuite à votre candidature au poste de Responsable Supply Chain (H/F) sur notre site "
            "de Colmar, je vous propose un premier échange RH en visio.\n\nBien cordialement,\nClaire Benoît\n"
            "Chargée de recrutement – Groupe Maréchal Industrie\n\n" + meet("uwd-fphs-jgy", "fr")
            + google_footer("claire.benoit@marechal-industrie.fr", "fr")
        ),
        location="https://meet.google.com/uwd-fphs-jgy",
        is_interview=True, company="Groupe Maréchal Industrie", role_label="Responsable Supply Chain",
        stage="recruiter_screen", interviewers=["claire.benoit@marechal-industrie.fr"], trap="entretien rh",
    ),
    Ev(
        kind="entretien-manager", lang="fr", producer="outlook", tz="win-romance",
        summary="Entretien opérationnel – Responsable Supply Chain Colmar",
        start="20260317T140000", end="20260317T151500",
        organizer=org("claire.benoit@marechal-industrie.fr", "BENOÎT Claire"),
        attendees=[
            me_private(),
            p("philippe.muller@marechal-industrie.fr", "MULLER Philippe"),
            room("colmar-salle-vosges@marechal-industrie.fr", "COLMAR - Salle Vosges (8)"),
        ],
        location="COLMAR - Salle Vosges (8); 12 rue de l'Ill, 68000 Colmar",
        description=(
            "Madame,\n\nNous avons le plaisir de vous convier à un entretien avec M. Philippe Muller, Directeur "
            "de site, futur responsable hiérarchique du poste. Une visite de l'usine est prévue à l'issue de "
            "l'entretien ; merci de prévoir des chaussures fermées.\n\nCordialement,\nService Recrutement"
        ),
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"],
        is_interview=True, company="Groupe Maréchal Industrie", role_label="Responsable Supply Chain",
        stage="hiring_manager", interviewers=["philippe.muller@marechal-industrie.fr"],
        trap="recruiter organizer not in meeting",
    ),
    Ev(
        kind="immersion", lang="fr", producer="apple", tz="allday",
        summary="Journée d'immersion Savoie Composants",
        start="20260409", end="20260410",
        location="Savoie Composants, ZI des Glaisins, 74940 Annecy",
        description="Arrivée 8h, badge à l'accueil. Demander Mme Girard (DRH). Dernière étape avant décision.",
        calname="Privat",
        is_interview=True, company="Savoie Composants", stage="final", trap="immersion day all-day",
    ),
    Ev(
        kind="cabinet-fr", lang="fr", producer="outlook", tz="paris",
        summary="Entretien cabinet – poste Directeur(trice) des Opérations (client : Lumière Cosmétiques)",
        start="20260310T090000", end="20260310T100000",
        organizer=org("a.rousseau@vauban-executive.fr", "Rousseau, Antoine"),
        attendees=[me_private()],
        description=(
            "Bonjour Madame Bergmann,\n\nComme convenu, je vous confirme notre entretien téléphonique au sujet du "
            "poste de Directeur(trice) des Opérations chez notre client Lumière Cosmétiques (Orléans).\n\n"
            "Bien à vous,\nAntoine Rousseau – Vauban Executive Search"
        ),
        location="Téléphone",
        is_interview=True, company="Lumière Cosmétiques", role_label="Directeur des Opérations",
        stage="recruiter_screen", interviewers=["a.rousseau@vauban-executive.fr"], trap="cabinet names client",
    ),
    Ev(
        kind="visio-technique", lang="fr", producer="zoom", tz="paris",
        summary="Échange technique planification – Lumière Cosmétiques",
        start="20260324T100000", end="20260324T110000",
        organizer=org("sandrine.lefevre@lumiere-cosmetiques.fr", "Sandrine Lefèvre"),
        attendees=[me_private(), p("karim.haddad@lumiere-cosmetiques.fr", "Karim Haddad")],
        description=(
            "Bonjour Noa, dans le cadre du processus de recrutement, Karim (responsable MRP) et moi-même "
            "souhaitons approfondir vos pratiques de planification (PDP, CBN).\n\n"
            + zoom("fr", "836 5512 0947", "LcPl4nFr")
        ),
        is_interview=True, company="Lumière Cosmétiques", stage="technical",
        interviewers=["sandrine.lefevre@lumiere-cosmetiques.fr", "karim.haddad@lumiere-cosmetiques.fr"],
        trap="no interview word",
    ),
    Ev(
        kind="founder-free", lang="fr", producer="google", tz="paris",
        summary="Rencontre Atelier Ducros / Noa",
        start="20260402T170000", end="20260402T180000",
        organizer=org("bertrand.ducros@free.fr", "Bertrand Ducros"),
        attendees=[p("bertrand.ducros@free.fr", "Bertrand Ducros", partstat="ACCEPTED"), me_private()],
        description=(
            "Noa, comme dit au téléphone : on se voit en visio pour parler du poste de responsable logistique "
            "à l'Atelier Ducros, et de vos prétentions.\n" + meet("kmw-zsta-rpo", "fr")
        ),
        location="https://meet.google.com/kmw-zsta-rpo",
        is_interview=True, company="Atelier Ducros", role_label="Responsable logistique",
        interviewers=["bertrand.ducros@free.fr"], trap="founder on free.fr",
    ),
    Ev(
        kind="final-fr", lang="fr", producer="webex", tz="win-romance",
        summary="Dernier entretien avec la Direction Générale – Savoie Composants",
        start="20260330T163000", end="20260330T173000",
        organizer=org("m.girard@savoie-composants.fr", "Girard, Mathilde"),
        attendees=[me_private(), p("j.perrin@savoie-composants.fr", "Perrin, Jacques")],
        description=(
            "Madame Bergmann,\nJacques Perrin, Directeur Général, et moi-même souhaitons échanger avec vous "
            "avant la journée d'immersion. Poste : Responsable Achats & Approvisionnements.\n\n"
            + webex("fr", "2390 441 6729")
        ),
        is_interview=True, company="Savoie Composants", role_label="Responsable Achats & Approvisionnements",
        stage="final", interviewers=["m.girard@savoie-composants.fr", "j.perrin@savoie-composants.fr"],
        trap="webex fr",
    ),
    Ev(
        kind="entrevista-tecnica", lang="es", producer="outlook", tz="madrid",
        summary="Entrevista técnica – Jefa de Planificación de Producción",
        start="20260311T100000", end="20260311T111500",
        organizer=org("lucia.ortega@grupoalmenara.es", "Ortega, Lucía"),
        attendees=[
            me_private(),
            p("javier.navarro@grupoalmenara.es", "Navarro, Javier"),
            p("lucia.ortega@grupoalmenara.es", "Ortega, Lucía", partstat="ACCEPTED"),
        ],
        description=(
            "Hola Noa:\n\nTe confirmamos la entrevista técnica para el puesto de Jefa de Planificación de "
            "Producción en nuestra planta de Zaragoza. Te entrevistarán Javier Navarro (Director Industrial) y "
            "yo misma.\n\nUn saludo,\nLucía Ortega\nTalento – Grupo Almenara\n\n"
            + teams("es", "277 019 335 842", "Ga2rLm")
        ),
        is_interview=True, company="Grupo Almenara", role_label="Jefa de Planificación de Producción",
        stage="technical",
        interviewers=["lucia.ortega@grupoalmenara.es", "javier.navarro@grupoalmenara.es"], trap="entrevista tecnica",
    ),
    Ev(
        kind="rrhh-es", lang="es", producer="successfactors", tz="madrid",
        summary="Entrevista con RR. HH. – Responsable de Compras (Ref. TC-0871)",
        start="20260303T120000", end="20260303T123000",
        organizer=org("noreply@successfactors.eu", "Textiles Cierzo – Selección"),
        attendees=[me_private(), p("marta.gil@textilescierzo.com", "Marta Gil")],
        description=(
            "Estimada Noa Bergmann:\n\nLe confirmamos una primera entrevista telefónica con Marta Gil "
            "(Responsable de Selección) para la posición Responsable de Compras.\n\nAtentamente,\n"
            "Textiles Cierzo S.A."
        ),
        location="Llamada telefónica",
        is_interview=True, company="Textiles Cierzo", role_label="Responsable de Compras",
        stage="recruiter_screen", interviewers=["marta.gil@textilescierzo.com"], trap="ats organizer es",
    ),
    Ev(
        kind="visita-planta", lang="es", producer="google", tz="madrid",
        summary="Visita a planta y entrevistas – Navarra Componentes",
        start="20260407T090000", end="20260407T140000",
        organizer=org("iker.zubiri@navarracomponentes.com", "Iker Zubiri"),
        attendees=[
            p("iker.zubiri@navarracomponentes.com", "Iker Zubiri", partstat="ACCEPTED"), me_private(),
            p("ainhoa.etxeberria@navarracomponentes.com", "Ainhoa Etxeberria"),
            p("comite.empresa@navarracomponentes.com", "Comité de Empresa", role="OPT-PARTICIPANT", cutype="GROUP"),
        ],
        location="Navarra Componentes S.L., Polígono Landaben, Calle E, 31012 Pamplona",
        description=(
            "Hola Noa,\nte esperamos en la planta para la jornada final del proceso (puesto: Gerente de "
            "Operaciones). 9:00 visita a la línea de montaje, 10:30 entrevista con Ainhoa "
            "(Directora General) y conmigo, "
            "12:00 comida con el equipo.\nSaludos, Iker (Dirección de Personas)"
            + google_footer("iker.zubiri@navarracomponentes.com", "es")
        ),
        is_interview=True, company="Navarra Componentes", role_label="Gerente de Operaciones", stage="final",
        interviewers=["iker.zubiri@navarracomponentes.com", "ainhoa.etxeberria@navarracomponentes.com"],
        trap="plant visit with group",
    ),
    Ev(
        kind="llamada-manual", lang="es", producer="google-export", tz="floating", x_wr_tz="Europe/Berlin",
        summary="Llamada Logística Ébano – entrevista con dir. operaciones (futuro jefe)",
        start="20260313T091500", end="20260313T100000",
        calname="Noa",
        is_interview=True, company="Logística Ébano", stage="hiring_manager", trap="hand-typed es",
    ),
    Ev(
        kind="agencia-es", lang="es", producer="outlook", tz="win-romance",
        summary="Entrevista para Logística Ébano (vía Norte Talento)",
        start="20260306T110000", end="20260306T114500",
        organizer=org("raquel.sanz@nortetalento.es", "Sanz, Raquel"),
        attendees=[me_private()],
        description=(
            "Hola Noa,\n\nTal y como hablamos, te paso la convocatoria para la entrevista conmigo sobre la "
            "posición de Supply Chain Manager en nuestro cliente Logística Ébano (Valencia). Después, si "
            "encajas, te presentaré al equipo del cliente.\n\nRaquel Sanz\nConsultora – Norte Talento\n\n"
            + teams("es", "261 774 003 198", "Nt5qWz")
        ),
        is_interview=True, company="Logística Ébano", role_label="Supply Chain Manager", stage="recruiter_screen",
        interviewers=["raquel.sanz@nortetalento.es"], trap="agency names client es",
    ),
    Ev(
        kind="cancelada-es", lang="es", producer="google", tz="madrid", status="CANCELLED", sequence=1,
        summary="Cancelado: Entrevista final – Textiles Cierzo",
        start="20260416T100000", end="20260416T110000",
        organizer=org("marta.gil@textilescierzo.com", "Marta Gil"),
        attendees=[p("marta.gil@textilescierzo.com", "Marta Gil"), me_private(),
                   p("alberto.lasheras@textilescierzo.com", "Alberto Lasheras")],
        description="Se ha cancelado este evento.\n" + zoom("es", "891 2204 6613", "TxC1erzo"),
        is_interview=True, company="Textiles Cierzo", stage="final",
        interviewers=["marta.gil@textilescierzo.com", "alberto.lasheras@textilescierzo.com"], trap="cancelled es",
    ),
    Ev(
        kind="caso-practico", lang="es", producer="calendly", tz="madrid",
        summary="Noa Bergmann y Pablo Ruiz: Caso práctico (60 min)",
        start="20260319T160000", end="20260319T170000",
        organizer=org("pablo.ruiz@grupoalmenara.es", "Pablo Ruiz"),
        attendees=[me_private("ACCEPTED")],
        description=(
            "Nombre del evento: Caso práctico (60 min)\n\nUbicación: Google Meet\n\nNotas: segunda fase del "
            "proceso de selección – Jefa de Planificación de Producción. Presentación del caso S&OP.\n\n"
            "¿Necesitas hacer cambios?\nCancelar: https://calendly.com/cancellations/77ab01\n\n"
            "Con la tecnología de Calendly.com"
        ),
        location="https://meet.google.com/ezr-qbkt-mmf",
        is_interview=True, company="Grupo Almenara", role_label="Jefa de Planificación de Producción",
        stage="technical", interviewers=["pablo.ruiz@grupoalmenara.es"], trap="calendly es",
    ),
]
