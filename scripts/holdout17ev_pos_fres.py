"""holdout17: Aylin Demir's own interviews written in French and Spanish (Marseille, Bilbao, remote).

Given nothing, events() returns the French and Spanish interview events with their labels, each written by hand.
"""

from __future__ import annotations

from holdout17ev_boiler import meet, teams, webex, zoom
from holdout17ev_ics import APPLE_X, ME_PRIVATE, OUTLOOK_X, Event, Label, alarm, calendar, person, vevent

P = ME_PRIVATE


def events() -> list[Event]:
    """Given nothing, returns the French and Spanish interview events of holdout17 with their labels."""
    out: list[Event] = []

    def add(kind: str, lang: str, uid: str, text: str, label: Label) -> None:
        out.append(Event(kind, lang, uid, text, label))

    u = "h17-fr-wttj-ent1@welcometothejungle.com"
    add("fr-premier-entretien", "fr", u, calendar("google", [vevent(
        u, "Premier entretien – Chargée de recrutement – Calanques Logistique", "20261105T090000",
        "20261105T093000", "Europe/Paris",
        organizer=person("ORGANIZER", "Manon Roux", "manon.roux@calanques-logistique.fr"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Bonjour Aylin,\n\nComme convenu, voici l'invitation pour notre premier échange "
                    "téléphonique autour du poste de chargée de recrutement (CDI, Marseille).\n\nBien à vous,\n"
                    "Manon Roux, Talent Acquisition\n\n" + meet(31, "fr"))], zones=["Europe/Paris"]),
        Label(True, "Calanques Logistique", "Chargée de recrutement", "recruiter_screen",
              ["manon.roux@calanques-logistique.fr"]))

    u = "040000008200E00074C5B7101A82E00800000000H17FR01AB00000000000000000000000010000"
    add("fr-outlook-jury", "fr", u, calendar("outlook", [vevent(
        u, "Entretien final RRH Hôtellerie – Mme Demir", "20261117T143000", "20261117T160000",
        "Romance Standard Time",
        organizer=person("ORGANIZER", "Lefèvre, Nathalie", "nathalie.lefevre@groupe-phocea.fr"),
        attendees=[person("ATTENDEE", "Bonnet, Julien", "julien.bonnet@groupe-phocea.fr"),
                   person("ATTENDEE", "Lefèvre, Nathalie", "nathalie.lefevre@groupe-phocea.fr"),
                   person("ATTENDEE", "Aylin Demir", P),
                   person("ATTENDEE", "Salle Frioul (8 pers.)", "salle.frioul@groupe-phocea.fr", cutype="ROOM")],
        description="Madame,\n\nNous avons le plaisir de vous convier à l'entretien final pour le poste de "
                    "Responsable Ressources Humaines Hôtellerie, en présence de M. Julien Bonnet, Directeur "
                    "Général, et de moi-même.\n\nCordialement,\nNathalie Lefèvre\nDRH, Groupe Phocéa Hôtels",
        location="Salle Frioul; 14 quai du Port, 13002 Marseille", extra=OUTLOOK_X)],
        zones=["Romance Standard Time"]),
        Label(True, "Groupe Phocéa Hôtels", "Responsable Ressources Humaines Hôtellerie", "final",
              ["julien.bonnet@groupe-phocea.fr", "nathalie.lefevre@groupe-phocea.fr"]))

    u = "h17-fr-terse-ios"
    add("fr-terse", "fr", u, calendar("ios", [vevent(
        u, "Entretien Vélocité (logiciel) 2e tour 11h - Camille + CEO", "20261123T110000", "20261123T120000",
        "Europe/Paris", extra=[*APPLE_X, *alarm(45)])], zones=["Europe/Paris"], method=None),
        Label(True, "Vélocité", "", "final", [], "terse_hand_typed"))

    u = "h17-fr-lever-cas@hire.lever.co"
    add("fr-lever-cas-pratique", "fr", u, calendar("lever", [vevent(
        u, "Entretien – Cas pratique – HR Business Partner – Mistral Colis", "20261112T133000Z",
        "20261112T143000Z", None,
        organizer=person("ORGANIZER", "Mistral Colis via Lever", "no-reply@hire.lever.co"),
        attendees=[person("ATTENDEE", "Hugo Martin", "hugo.martin@mistralcolis.fr"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description="Étape : cas pratique (relations sociales en entrepôt)\nIntervieweur : Hugo Martin, "
                    "Responsable RH Sites\n\n" + zoom(14, "Hugo Martin", "fr"))]),
        Label(True, "Mistral Colis", "HR Business Partner", "technical", ["hugo.martin@mistralcolis.fr"]))

    u = "h17-fr-cabinet-22"
    add("fr-cabinet-client", "fr", u, calendar("outlook", [vevent(
        u, "Entretien chez notre client Maison Sérac (Talent Acquisition Manager)", "20261120T100000",
        "20261120T110000", "Romance Standard Time",
        organizer=person("ORGANIZER", "Claire Dumas", "claire.dumas@provence-talents.fr"),
        attendees=[person("ATTENDEE", "Aylin Demir", P),
                   person("ATTENDEE", "Pierre Sérac", "pierre.serac@maisonserac.fr")],
        description="Bonjour Aylin, je vous confirme votre entretien avec Pierre Sérac, directeur des opérations "
                    "de Maison Sérac (épicerie fine, 14 boutiques). Je reste disponible pour préparer. Claire – "
                    "Provence Talents\n\n" + teams(61, "fr"), extra=OUTLOOK_X)], zones=["Romance Standard Time"]),
        Label(True, "Maison Sérac", "Talent Acquisition Manager", "hiring_manager",
              ["pierre.serac@maisonserac.fr"], "agency"))

    u = "h17-fr-hotmail-fondatrice"
    add("fr-founder-hotmail", "fr", u, calendar("google", [vevent(
        u, "Échange Aylin / Inès – poste RH chez Savonnerie Lumen", "20261127T160000Z", "20261127T164500Z", None,
        organizer=person("ORGANIZER", "Inès Garnier", "ines.garnier13@hotmail.fr"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Comme dit au téléphone : on se voit pour parler du poste de responsable RH (création de "
                    "poste). C'est un vrai entretien, je rencontre trois candidates cette semaine.\nInès, "
                    "fondatrice")]),
        Label(True, "Savonnerie Lumen", "responsable RH", "hiring_manager", ["ines.garnier13@hotmail.fr"],
              "founder_free_mail"))

    u = "h17-fr-cancel-greenhouse@greenhouse.io"
    add("fr-annule", "fr", u, calendar("greenhouse", [vevent(
        u, "Annulé : Entretien RH – Aylin Demir – Azur Retail Group", "20261201T090000Z", "20261201T094500Z",
        None, organizer=person("ORGANIZER", "Azur Retail Group", "no-reply@greenhouse.io"),
        attendees=[person("ATTENDEE", "Léa Caron", "lea.caron@azurretail.fr"), person("ATTENDEE", None, P)],
        description="Cet entretien pour le poste de Chargée RH Magasins a été annulé.", status="CANCELLED",
        sequence=1)], method="CANCEL"),
        Label(True, "Azur Retail Group", "Chargée RH Magasins", "recruiter_screen", ["lea.caron@azurretail.fr"],
              "cancelled"))

    u = "h17-fr-webex-visio"
    add("fr-webex-manager", "fr", u, calendar("outlook", [vevent(
        u, "Visio entretien manager – Responsable Talent Acquisition – Transports Rhodanie", "20261116T150000",
        "20261116T160000", "Europe/Paris",
        organizer=person("ORGANIZER", "Sylvie Perrin", "s.perrin@rhodanie-transports.fr"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Bonjour,\nSuite à votre échange avec notre recrutement, je vous propose un entretien en "
                    "visio.\nSylvie Perrin, DRH adjointe\n\n" + webex(3, "rhodanie", "fr"))],
        zones=["Europe/Paris"]),
        Label(True, "Transports Rhodanie", "Responsable Talent Acquisition", "hiring_manager",
              ["s.perrin@rhodanie-transports.fr"]))

    u = "h17-es-entrevista-1@personio.es"
    add("es-personio-primera", "es", u, calendar("personio", [vevent(
        u, "Primera entrevista – HR Business Partner – Bizkaia Cargo", "20261106T100000", "20261106T103000",
        "Europe/Madrid",
        organizer=person("ORGANIZER", "Bizkaia Cargo Talento", "talento@bizkaiacargo.jobs.personio.es"),
        attendees=[person("ATTENDEE", "Ane Etxeberria", "ane.etxeberria@bizkaiacargo.es"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description="Hola Aylin:\n\nGracias por tu interés en el puesto de HR Business Partner en Bilbao. Ane "
                    "Etxeberria, de nuestro equipo de Talento, te llamará para una primera conversación de 30 "
                    "minutos.\n\nUn saludo")], zones=["Europe/Madrid"]),
        Label(True, "Bizkaia Cargo", "HR Business Partner", "recruiter_screen", ["ane.etxeberria@bizkaiacargo.es"]))

    u = "040000008200E00074C5B7101A82E00800000000H17ES77CD00000000000000000000000010000"
    add("es-outlook-presencial", "es", u, calendar("outlook", [vevent(
        u, "Entrevista presencial Técnica de Selección – Sra. Demir", "20261118T113000", "20261118T130000",
        "Romance Standard Time",
        organizer=person("ORGANIZER", "Ugarte, Itziar", "iugarte@hoteles-nervion.com"),
        attendees=[person("ATTENDEE", "Ugarte, Itziar", "iugarte@hoteles-nervion.com"),
                   person("ATTENDEE", "Olabarria, Mikel", "molabarria@hoteles-nervion.com"),
                   person("ATTENDEE", "Aylin Demir", P),
                   person("ATTENDEE", "Sala Ibaizabal", "sala.ibaizabal@hoteles-nervion.com", cutype="ROOM")],
        description="Estimada Aylin:\n\nLe confirmamos la entrevista presencial para el puesto de Técnica de "
                    "Selección. Estarán Itziar Ugarte (Directora de RRHH) y Mikel Olabarria (Director de "
                    "Operaciones).\n\nAtentamente,\nHoteles Nervión", location="Sala Ibaizabal; Gran Vía 45, Bilbao",
        extra=OUTLOOK_X)], zones=["Romance Standard Time"]),
        Label(True, "Hoteles Nervión", "Técnica de Selección", "onsite",
              ["iugarte@hoteles-nervion.com", "molabarria@hoteles-nervion.com"]))

    u = "h17-es-terse-apple"
    add("es-terse", "es", u, calendar("apple", [vevent(
        u, "Entrevista 2ª Txakoli Software – Jon (People) 17h", "20261124T170000", "20261124T174500",
        "Europe/Madrid", extra=APPLE_X)], zones=["Europe/Madrid"], method=None),
        Label(True, "Txakoli Software", "", "", [], "terse_hand_typed"))

    u = "h17-es-calendly-1@calendly.com"
    add("es-calendly", "es", u, calendar("calendly", [vevent(
        u, "Entrevista telefónica (30 min) entre Lucía Gómez y Aylin Demir", "20261110T160000Z",
        "20261110T163000Z", None,
        organizer=person("ORGANIZER", "Lucía Gómez", "lucia.gomez@rutanorte.es"),
        attendees=[person("ATTENDEE", "Aylin Demir", P, partstat="ACCEPTED")],
        description="Nombre del evento: Entrevista telefónica (30 min)\n\nProceso: Responsable de Personas – "
                    "Ruta Norte Distribución (Bilbao)\n\nPowered by Calendly.com")], method=None),
        Label(True, "Ruta Norte Distribución", "Responsable de Personas", "recruiter_screen",
              ["lucia.gomez@rutanorte.es"]))

    u = "h17-es-gmail-fundador"
    add("es-founder-gmail", "es", u, calendar("google", [vevent(
        u, "Aylin + Iker – charla puesto People (Pintxo Box)", "20261112T170000Z", "20261112T174500Z", None,
        organizer=person("ORGANIZER", "Iker Zubiri", "iker.zubiri.pb@gmail.com"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Hola Aylin! Como te dije, quiero conocerte para el puesto de responsable de personas de "
                    "Pintxo Box (somos 40 en 5 locales). Es la entrevista con el fundador, o sea yo :)\n\n"
                    + meet(66, "es"))]),
        Label(True, "Pintxo Box", "responsable de personas", "hiring_manager", ["iker.zubiri.pb@gmail.com"],
              "founder_free_mail"))

    u = "h17-es-workday-final@myworkday.com"
    add("es-workday-final", "es", u, calendar("workday", [vevent(
        u, "Entrevista final: Talent Acquisition Lead – Cantábrico Retail", "20261202T100000",
        "20261202T110000", "Europe/Madrid",
        organizer=person("ORGANIZER", "Cantábrico Retail Selección", "cantabrico@myworkday.com"),
        attendees=[person("ATTENDEE", "Begoña Arana", "begona.arana@cantabricoretail.es"),
                   person("ATTENDEE", "Aylin Demir", P)],
        description="Has sido convocada a la entrevista final.\nEntrevistadora: Begoña Arana, Directora de "
                    "Personas\n\n" + teams(88, "es"))], zones=["Europe/Madrid"]),
        Label(True, "Cantábrico Retail", "Talent Acquisition Lead", "final", ["begona.arana@cantabricoretail.es"]))

    u = "h17-es-consultora-5"
    add("es-agency-client", "es", u, calendar("google", [vevent(
        u, "Entrevista con Grupo Arrasate (vía Norte Talento)", "20261119T090000Z", "20261119T100000Z", None,
        organizer=person("ORGANIZER", "Maite Larrañaga", "maite@nortetalento.es"),
        attendees=[person("ATTENDEE", "Aylin Demir", P),
                   person("ATTENDEE", "Xabier Goikoetxea", "xgoikoetxea@grupoarrasate.com")],
        description="Hola Aylin, te confirmo la entrevista con Xabier Goikoetxea, Director de RRHH de Grupo "
                    "Arrasate, para la posición de HRBP Logística. Cualquier cosa me dices. Maite")]),
        Label(True, "Grupo Arrasate", "HRBP Logística", "hiring_manager", ["xgoikoetxea@grupoarrasate.com"],
              "agency"))

    u = "h17-es-zoom-tecnica"
    add("es-zoom-caso", "es", u, calendar("zoom", [vevent(
        u, "Prueba técnica / caso práctico – People Ops – Olatu Apps", "20261126T150000", "20261126T160000",
        "Europe/Madrid",
        organizer=person("ORGANIZER", "Nerea Elorza", "nerea@olatuapps.com"),
        attendees=[person("ATTENDEE", "Aylin Demir", P), person("ATTENDEE", "Unai Bilbao", "unai@olatuapps.com")],
        description="Caso práctico sobre onboarding de 20 personas en remoto.\n\n" + zoom(71, "Nerea Elorza", "es"))],
        zones=["Europe/Madrid"]),
        Label(True, "Olatu Apps", "People Ops", "technical", ["nerea@olatuapps.com", "unai@olatuapps.com"]))

    u = "h17-es-allday-jornada"
    add("es-allday-assessment", "es", u, calendar("outlook", [vevent(
        u, "Jornada de evaluación – Responsable RRHH Tiendas (Moda Urdaibai)", "20261203", "20261204", "DATE",
        organizer=person("ORGANIZER", "Selección Moda Urdaibai", "seleccion@modaurdaibai.es"),
        attendees=[person("ATTENDEE", "Aylin Demir", P)],
        description="Estimada candidata: le esperamos a las 9:00 en nuestras oficinas de Bilbao para la jornada "
                    "de evaluación (dinámica de grupo, caso y entrevista con la dirección).",
        extra=["X-MICROSOFT-CDO-ALLDAYEVENT:TRUE"])]),
        Label(True, "Moda Urdaibai", "Responsable RRHH Tiendas", "onsite", [], "all_day"))
    return out
