"""holdout14: French and Spanish negatives (none is Tobias's own job interview)."""

from __future__ import annotations

from holdout14ev_ics import (
    ME_PRIV,
    P_APPLE,
    P_GOOGLE,
    P_OUTLOOK,
    P_ZOOM,
    Item,
    cal,
    google_footer,
    meet,
    olson,
    org,
    vevent,
    who,
    zoom,
)


def neg(kind: str, lang: str, text: str, uid: str) -> Item:
    """Given a kind, language, text and UID returns a negative item."""
    return Item(kind, lang, text, uid, False)


def items() -> list[Item]:
    """Given nothing returns the French and Spanish negatives."""
    out: list[Item] = []

    uid = "atelier-apec-lyon-20261207@apec.example.fr"
    ev = vevent(uid, "Atelier : réussir son entretien d'embauche (cadres, en ligne)", "20261207T093000",
                "20261207T120000", "Europe/Paris",
                desc=("Atelier collectif animé par une consultante : préparer son pitch, répondre aux questions "
                      "difficiles, simulations en sous-groupes.\n\n" + zoom("fr", "862 7710 3395", "YXRlbGllcjA")),
                lines=[org("ateliers@apec.example.fr", "Ateliers carrière"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("class-fr", "fr", cal(P_ZOOM, [ev], zones=(olson("Europe/Paris"),)), uid))

    uid = "8c0e2g4i6k8m0o2q4s6u8w0y2a@google.com"
    ev = vevent(uid, "Café avec Claire – découverte du métier de risk manager", "20261212T100000",
                "20261212T110000", "Europe/Paris",
                desc=("Claire (ancienne collègue, aujourd'hui risk manager dans une banque lyonnaise) me raconte son "
                      "quotidien. Pas de poste en jeu, juste pour comprendre le marché à Lyon.\n\n"
                      + meet("fr", "cqe-hmrz-bwa") + "\n\n" + google_footer("fr", ME_PRIV)),
                lines=[org("claire.mercier@yahoo.fr", "Claire Mercier"),
                       who("claire.mercier@yahoo.fr", "Claire Mercier", partstat="ACCEPTED"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("coffee-chat-fr", "fr", cal(P_GOOGLE, [ev], zones=(olson("Europe/Paris"),)), uid))

    uid = "cabinet-axiome-premier-echange-tk@axiome-recrutement.fr"
    ev = vevent(uid, "Premier échange – cabinet Axiome (profil sûreté / continuité)", "20261209T083000",
                "20261209T090000", "Europe/Paris",
                desc=("Bonjour Tobias,\nsuite à notre message LinkedIn, je vous propose un premier échange pour "
                      "mieux connaître votre parcours. Nous travaillons régulièrement sur des postes de sûreté en "
                      "Auvergne-Rhône-Alpes ; rien de précis pour l'instant.\nJulie Bonnet, Axiome Recrutement"),
                loc="Appel téléphonique",
                lines=[org("j.bonnet@axiome-recrutement.fr", "Julie Bonnet"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("recruiter-intake-fr", "fr", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Paris"),)), uid))

    uid = "D4E5F6A7-B8C9-4D0E-1F2A-SIMULATION"
    ev = vevent(uid, "Simulation d'entretien en français avec Claire (entraînement Rhodanis)", "20261219T110000",
                "20261219T120000", "Europe/Berlin",
                desc="Claire joue la DRH. Revoir le vocabulaire : sûreté, PCA, gestion de crise. Par FaceTime.")
    out.append(neg("mock-friend-fr", "fr", cal(P_APPLE, [ev], method="", zones=(olson("Europe/Berlin"),)), uid))

    uid = "E7F8A9B0-C1D2-4E3F-5A6B-VISITELYON"
    ev = vevent(uid, "Visite appartement Lyon 6e – agence Foch Immobilier", "20270109T140000", "20270109T143000",
                "Europe/Paris", loc="27 rue Vendôme, 69006 Lyon",
                desc="T3, 2e étage. Dossier locataire à apporter.")
    out.append(neg("personal-flat-fr", "fr", cal(P_APPLE, [ev], method="", zones=(olson("Europe/Paris"),)), uid))

    # Spanish
    uid = "feria-empleo-bizkaia-2027@bizkaia-enplegua.example.eus"
    ev = vevent(uid, "Feria de Empleo Bizkaia 2027 – sector industrial y logístico", "20270128", "20270129", "DATE",
                desc=("Palacio Euskalduna. Llevar CV en inglés y castellano. Stands: Naviera Abra, "
                      "Energías del Nervión."),
                loc="Palacio Euskalduna, Bilbao", transp="TRANSPARENT")
    out.append(neg("job-fair-es", "es", cal(P_GOOGLE, [ev], method="PUBLISH",
                                              head=["X-WR-CALNAME:Tobias privat", "X-WR-TIMEZONE:Europe/Madrid"]),
                   uid))

    uid = "webinar-seguros-entrevista-2026@aseguradores.example.es"
    ev = vevent(uid, "Webinar: cómo preparar una entrevista de trabajo en el sector asegurador", "20261210T180000",
                "20261210T190000", "Europe/Madrid",
                desc=("Gracias por inscribirte. Ponentes: responsables de selección de varias aseguradoras comparten "
                      "consejos para entrevistas por competencias.\n\n" + zoom("es", "873 1140 2298", "c2VndXJvcw")),
                lines=[org("eventos@aseguradores.example.es", "Foro de Aseguradores"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("webinar-es", "es", cal(P_ZOOM, [ev], zones=(olson("Europe/Madrid"),)), uid))

    uid = "referencia-inigo-sainz@ibarra-risk.es"
    ev = vevent(uid, "Llamada de referencia sobre Íñigo Sainz", "20261213T100000", "20261213T102000",
                "Europe/Madrid",
                desc=("Hola Tobias, Íñigo Sainz nos ha dado tu nombre como referencia profesional (trabajasteis "
                      "juntos en el proyecto de continuidad en Kiel). ¿Podemos hablar 15 minutos? Gracias, Iker"),
                loc="Teléfono",
                lines=[org("iker@ibarra-risk.es", "Iker Ibarra"), who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("reference-es", "es", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Madrid"),)), uid))

    uid = "revista-seguridad-industrial-tk-2026"
    ev = vevent(uid, "Entrevista para la revista Seguridad Industrial (prensa)", "20261217T170000",
                "20261217T174500", "Europe/Madrid",
                desc=("La periodista Marta Olazábal quiere entrevistarte sobre la protección de infraestructuras "
                      "críticas en Alemania para el número de febrero.\n\n" + meet("es", "jwe-tbdn-oqx")),
                lines=[org("m.olazabal@seguridadindustrial-revista.es", "Marta Olazábal"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(neg("press-es", "es", cal(P_GOOGLE, [ev], zones=(olson("Europe/Madrid"),)), uid))

    uid = "F0A1B2C3-D4E5-4F60-7182-CLASEESP"
    ev = vevent(uid, "Clase de español B2 – simulacro de entrevista de trabajo", "20261208T190000",
                "20261208T203000", "",
                desc="Academia Cervantes Kiel, Prof. Pilar. Tarea: preparar respuestas a 5 preguntas típicas.",
                loc="Academia Cervantes, Kiel")
    out.append(neg("class-es", "es", cal(P_APPLE, [ev], method=""), uid))
    return out
