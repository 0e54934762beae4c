"""holdout15: Sofia Esposito's own interviews written in French and Spanish (Paris, Madrid, Geneva, remote)."""

from __future__ import annotations

from holdout15ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIV,
    ME_WORK,
    OUTLOOK,
    ROMANCE,
    UTC1,
    WEU,
    Ev,
    Item,
    att,
    meet,
    olson,
    org,
    outlook_tz,
    pos,
    teams,
    webex,
    zoom,
)

WTTJ = "-//Welcome to the Jungle//Recruiting//FR"
CALCOM = "-//Cal.com Inc.//Cal.com Event//EN"


def french() -> list[Item]:
    """Given nothing returns the French positive events of holdout15."""
    r: list[Item] = []
    r.append(pos("wttj-premier-echange", "fr", "Paylib Connect", "Responsable Opérations Clients",
                 "recruiter_screen", ("camille.roux@paylibconnect.fr",), WTTJ,
                 Ev("wttj-h15-036", "Entretien téléphonique – Responsable Opérations Clients – Paylib Connect",
                    "20261125T110000", "20261125T113000", tz="Europe/Paris",
                    organizer=org("camille.roux@paylibconnect.fr", "Camille Roux"),
                    attendees=(att("camille.roux@paylibconnect.fr", "Camille Roux"), att(ME_PRIV, "Sofia Esposito")),
                    description="Bonjour Sofia,\n\nSuite à votre candidature au poste de Responsable Opérations "
                    "Clients, je vous propose un premier échange de 30 minutes. Je vous appellerai au numéro indiqué "
                    "dans votre profil.\n\nCamille Roux, Talent Acquisition\nEnvoyé via Welcome to the Jungle"),
                 tzs=(olson("Europe/Paris"),)))
    r.append(pos("cabinet-fr", "fr", "Assurances Mirabeau", "Directrice Expérience Client", "recruiter_screen",
                 ("v.delorme@talentis-conseil.fr",), OUTLOOK,
                 Ev("h15-talentis-037", "Entretien Talentis Conseil – poste Directrice Expérience Client (client : "
                    "Assurances Mirabeau)", "20261127T140000", "20261127T150000", tz=ROMANCE,
                    organizer=org("v.delorme@talentis-conseil.fr", "Delorme, Valérie"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    location="Talentis Conseil, 22 rue de la Boétie, Paris 8e",
                    description="Madame,\n\nComme convenu, je vous reçois au cabinet pour faire le point sur votre "
                    "parcours avant de présenter votre candidature à notre client, Assurances Mirabeau.\n\nBien "
                    "cordialement,\nValérie Delorme, Associée"),
                 tzs=(outlook_tz(ROMANCE),)))
    r.append(pos("entretien-technique-fr", "fr", "Numéa Paiements", "Chef de projet Risques Opérationnels",
                 "technical", ("a.lefevre@numea.fr", "b.nguyen@numea.fr"), GOOGLE,
                 Ev("h15-numea-038@google.com", "Numéa – entretien métier (Risques Opérationnels) – S. Esposito",
                    "20261202T100000", "20261202T110000", tz="Europe/Paris",
                    organizer=org("a.lefevre@numea.fr", "Antoine Lefèvre"),
                    attendees=(att("a.lefevre@numea.fr", "Antoine Lefèvre", ps="ACCEPTED"),
                               att("b.nguyen@numea.fr", "Bao Nguyen"), att(ME_PRIV, "Sofia Esposito")),
                    description="Bonjour Sofia,\nVoici l'invitation pour l'entretien métier du poste de Chef de projet "
                    "Risques Opérationnels, avec Bao Nguyen (responsable contrôle permanent) et moi-même. Nous "
                    "travaillerons sur une cartographie des risques d'un parcours de paiement.\n\n"
                    + meet("fr", "cnq-xkzf-ubt")),
                 tzs=(olson("Europe/Paris"),)))
    r.append(pos("exchange-fr-manager", "fr", "Banque Vaudoise Numérique", "Responsable Service Clients",
                 "hiring_manager", ("p.girard@bvn.ch",), EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000B3h15bv", "Entretien avec M. Girard (manager) – "
                    "Responsable Service Clients", "20261204T093000", "20261204T103000", tz=WEU,
                    organizer=org("rh@bvn.ch", "Ressources Humaines BVN"),
                    attendees=(att("p.girard@bvn.ch", "Girard, Philippe"), att(ME_PRIV, "Esposito, Sofia"),
                               att("salle-leman@bvn.ch", "Salle Léman", cutype="ROOM", role="NON-PARTICIPANT")),
                    location="Salle Léman; Avenue de Rumine 5, Lausanne",
                    description="Madame Esposito,\n\nNous avons le plaisir de vous convier à un entretien avec "
                    "M. Philippe Girard, responsable du département Clientèle privée et futur supérieur hiérarchique.\n"
                    "\nMeilleures salutations\nRessources Humaines"),
                 tzs=(outlook_tz(WEU),)))
    r.append(pos("terse-fr", "fr", "Créditel", "", "", ("Julie",), APPLE,
                 Ev("F0E1D2C3-B4A5-4968-8776-H15000000040", "Créditel 2e entretien 14h30 - Julie + DG",
                    "20261208T143000", "20261208T153000", tz=""),
                 method=None))
    r.append(pos("jury-final-fr", "fr", "Mutuelle Horizon", "Directrice des Opérations Adjointe", "final",
                 ("c.marchand@mutuelle-horizon.fr", "e.benali@mutuelle-horizon.fr", "f.dupuis@mutuelle-horizon.fr"),
                 OUTLOOK,
                 Ev("h15-horizon-041@mutuelle-horizon.fr",
                    "Entretien final – jury – Directrice des Opérations Adjointe",
                    "20261214T140000", "20261214T153000", tz=ROMANCE,
                    organizer=org("recrutement@mutuelle-horizon.fr", "Recrutement Mutuelle Horizon"),
                    attendees=(att("c.marchand@mutuelle-horizon.fr", "Marchand, Claire"),
                               att("e.benali@mutuelle-horizon.fr", "Benali, Elias"),
                               att("f.dupuis@mutuelle-horizon.fr", "Dupuis, François"),
                               att(ME_PRIV, "Sofia Esposito")),
                    location="Siège – 8 boulevard Haussmann, Paris",
                    description="Madame,\nVous êtes conviée à l'entretien final devant un jury composé de Claire "
                    "Marchand (Directrice générale adjointe), Elias Benali (DRH) et François Dupuis (Directeur des "
                    "opérations).\nMerci de vous présenter 10 minutes en avance.\n\n" + teams("fr", "330817452")),
                 tzs=(outlook_tz(ROMANCE),)))
    r.append(pos("founder-proton-fr", "fr", "Tiléo", "Head of Ops", "hiring_manager", ("hugo.tileo@proton.me",),
                 GOOGLE,
                 Ev("h15-tileo-042@google.com", "Sofia x Hugo (Tiléo) – échange poste Head of Ops", "20261203T180000",
                    "20261203T183000", tz="Europe/Paris",
                    organizer=org(ME_PRIV, "Sofia Esposito"),
                    attendees=(att(ME_PRIV, "Sofia Esposito", ps="ACCEPTED"),
                               att("hugo.tileo@proton.me", "Hugo Renard")),
                    description="Hugo est cofondateur de Tiléo (assurance emprunteur en ligne). Il recrute sa Head of "
                    "Ops et veut m'en parler, c'est un vrai entretien selon lui.\n\n" + meet("fr", "gha-utwe-mcp")),
                 tzs=(olson("Europe/Paris"),)))
    r.append(pos("zoom-fr-geneve", "fr", "Lémanis Assurances", "Analyste Risques Clients", "technical",
                 ("n.favre@lemanis.ch",), OUTLOOK,
                 Ev("h15-lemanis-043", "Lémanis – 2e entretien (étude de cas) – Analyste Risques Clients",
                    "20261209T160000", "20261209T170000", tz=UTC1,
                    organizer=org("n.favre@lemanis.ch", "Favre Nicolas"),
                    attendees=(att(ME_PRIV, "sofia.esposito@libero.it"), att("n.favre@lemanis.ch", "Favre Nicolas")),
                    description="Bonjour Madame Esposito,\nSuite à notre premier échange, voici le lien pour l'étude "
                    "de cas.\n\n" + zoom("fr", "91120348856")),
                 tzs=(outlook_tz(UTC1),)))
    r.append(pos("cancel-fr", "fr", "Orvane Conseil", "Consultante Senior Banque", "recruiter_screen",
                 ("l.mercier@orvane.fr",), GOOGLE,
                 Ev("h15-orvane-044@google.com", "Annulé : Premier entretien Orvane Conseil", "20261130T110000",
                    "20261130T113000", tz="Europe/Paris", status="CANCELLED", seq=2,
                    organizer=org("l.mercier@orvane.fr", "Laura Mercier"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"), att("l.mercier@orvane.fr", "Laura Mercier")),
                    description="Entretien pour le poste de Consultante Senior Banque annulé - nous revenons vers "
                    "vous avec un nouveau créneau."),
                 method="CANCEL", tzs=(olson("Europe/Paris"),)))
    r.append(pos("calcom-fr", "fr", "Fluxa", "", "recruiter_screen", ("ines@fluxa.eu",), CALCOM,
                 Ev("calcom-b82f1-h15", "Premier appel Fluxa entre Inès Moreau et Sofia Esposito", "20261201T153000",
                    "20261201T160000", tz="Z",
                    organizer=org("ines@fluxa.eu", "Inès Moreau"),
                    attendees=(att(ME_PRIV, "Sofia Esposito", ps="ACCEPTED"),),
                    description="Quoi : Premier appel Fluxa (recrutement)\nQui : Inès Moreau - Organisatrice, "
                    "Sofia Esposito - Invitée\nOù : https://app.cal.com/video/b82f1\nNote : candidature spontanée "
                    "pour l'équipe opérations\n\nAnnuler ou modifier : https://app.cal.com/booking/b82f1"),
                 method="REQUEST"))
    return r


def spanish() -> list[Item]:
    """Given nothing returns the Spanish positive events of holdout15."""
    r: list[Item] = []
    r.append(pos("greenhouse-es", "es", "Pagoclaro", "Responsable de Operaciones de Pagos", "recruiter_screen",
                 ("lucia.serrano@pagoclaro.es",), GOOGLE,
                 Ev("h15-gh-es-046@greenhouse.io", "Entrevista inicial: Sofia Esposito - Pagoclaro", "20261124T160000",
                    "20261124T163000", tz="Europe/Madrid",
                    organizer=org("lucia.serrano@pagoclaro.es", "Lucía Serrano"),
                    attendees=(att("lucia.serrano@pagoclaro.es", "Lucía Serrano", ps="ACCEPTED"),
                               att(ME_PRIV, "Sofia Esposito")),
                    description="Hola Sofia:\n\nGracias por tu interés en el puesto de Responsable de Operaciones de "
                    "Pagos. En esta primera llamada, Lucía (Talent Acquisition) te contará más sobre el equipo.\n\n"
                    + meet("es", "rvm-kqdz-ahy")),
                 tzs=(olson("Europe/Madrid"),)))
    r.append(pos("panel-madrid", "es", "Seguros Atalaya", "Directora de Experiencia de Cliente", "onsite",
                 ("j.moreno@segurosatalaya.es", "r.ibarra@segurosatalaya.es"), EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000C7h15sa", "Entrevistas presenciales - Sofia Esposito",
                    "20261210T093000", "20261210T123000", tz=ROMANCE,
                    organizer=org("seleccion@segurosatalaya.es", "Selección Seguros Atalaya"),
                    attendees=(att("j.moreno@segurosatalaya.es", "Moreno, Javier"),
                               att("r.ibarra@segurosatalaya.es", "Ibarra, Rocío"), att(ME_PRIV, "Sofia Esposito"),
                               att("sala-retiro@segurosatalaya.es", "Sala Retiro", cutype="ROOM",
                                   role="NON-PARTICIPANT")),
                    location="Sala Retiro; Paseo de la Castellana 95, Madrid",
                    description="Estimada Sofia:\nTe confirmamos la jornada de entrevistas para el puesto de "
                    "Directora de Experiencia de Cliente:\n9:30 Javier Moreno, Director de Operaciones\n10:30 Rocío "
                    "Ibarra, Directora de Personas\n11:30 Visita a la oficina\n\nUn saludo,\nEquipo de Selección"),
                 tzs=(outlook_tz(ROMANCE),)))
    r.append(pos("terse-es", "es", "Nubalia", "", "", ("Marta",), APPLE,
                 Ev("0A1B2C3D-4E5F-4061-8273-H15000000048", "Nubalia entrevista 2a - Marta (ops) 17h",
                    "20261211T170000", "20261211T180000", tz=""),
                 method=None))
    r.append(pos("lever-es-tecnica", "es", "Kuota", "Risk Operations Lead", "technical",
                 ("pablo.vidal@kuota.com", "ane.etxeberria@kuota.com"), GOOGLE,
                 Ev("h15-lever-es-049", "Kuota - Prueba técnica + entrevista (Risk Operations Lead)",
                    "20261203T120000", "20261203T131500", tz="Europe/Madrid",
                    organizer=org("interviews@hire.lever.co", "Kuota via Lever"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"), att("pablo.vidal@kuota.com", "Pablo Vidal"),
                               att("ane.etxeberria@kuota.com", "Ane Etxeberria")),
                    description="Hola Sofia,\nEn esta sesión revisaremos el caso práctico sobre alertas de fraude. "
                    "Entrevistadores: Pablo Vidal (Head of Risk) y Ane Etxeberria (Risk Analyst).\n\n"
                    + zoom("es", "86620193345")),
                 tzs=(olson("Europe/Madrid"),)))
    r.append(pos("headhunter-es", "es", "Banco Almena", "Responsable de Procesos de Oficinas", "recruiter_screen",
                 ("c.prieto@talentiaexec.es",), OUTLOOK,
                 Ev("h15-talentia-050", "Llamada Talentia Executive - proceso Banco Almena", "20261126T130000",
                    "20261126T133000", tz=ROMANCE, organizer=org("c.prieto@talentiaexec.es", "Prieto, Carmen"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Hola Sofia,\nTe llamo para hablar del puesto de Responsable de Procesos de Oficinas "
                    "para nuestro cliente Banco Almena, antes de presentarte candidata.\nCarmen Prieto, Talentia "
                    "Executive Search"),
                 tzs=(outlook_tz(ROMANCE),)))
    r.append(pos("hm-es-teams", "es", "Finaria", "Product Operations Manager", "hiring_manager",
                 ("d.castillo@finaria.es",), OUTLOOK,
                 Ev("h15-finaria-051@finaria.es", "Entrevista con Diego Castillo (responsable de equipo) - Finaria",
                    "20261207T160000", "20261207T170000", tz=ROMANCE,
                    organizer=org("d.castillo@finaria.es", "Castillo, Diego"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"), att("d.castillo@finaria.es", "Castillo, Diego")),
                    description="Hola Sofia, soy Diego, el responsable de Producto. Me ha pasado tu perfil Recursos "
                    "Humanos y me gustaría conocerte para el puesto de Product Operations Manager.\n\n"
                    + teams("es", "227491038")),
                 tzs=(outlook_tz(ROMANCE),)))
    r.append(pos("final-es-ceo", "es", "Cobrarya", "", "final", ("alejandro@cobrarya.com",), GOOGLE,
                 Ev("h15-cobrarya-052@google.com", "Cobrarya: entrevista final con el CEO", "20261216T110000",
                    "20261216T120000", tz="Europe/Madrid",
                    organizer=org("talento@cobrarya.com", "Talento Cobrarya"),
                    attendees=(att("alejandro@cobrarya.com", "Alejandro Ruiz"), att(ME_PRIV, "Sofia Esposito"),
                               att("talento@cobrarya.com", "Talento Cobrarya", role="OPT-PARTICIPANT")),
                    location="Cobrarya, Calle de Velázquez 34, Madrid",
                    description="¡Enhorabuena por llegar a la última fase! Te reunirás con Alejandro Ruiz, CEO y "
                    "cofundador. Desde Talento organizamos, no asistimos."),
                 tzs=(olson("Europe/Madrid"),)))
    r.append(pos("webex-es", "es", "Aseguradora Levante", "Analista de Riesgo Operacional", "technical",
                 ("m.soler@aseguradoralevante.es",), OUTLOOK,
                 Ev("h15-levante-053", "Entrevista técnica – Analista de Riesgo Operacional", "20261209T100000",
                    "20261209T110000", tz=ROMANCE,
                    organizer=org("m.soler@aseguradoralevante.es", "Soler Montserrat"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Buenos días Sofia,\nLe confirmo la entrevista técnica conmigo (responsable de "
                    "Riesgo Operacional, Aseguradora Levante).\n\n" + webex("es", "26619304411")),
                 tzs=(outlook_tz(ROMANCE),)))
    r.append(pos("work-address-es", "es", "Veloz Pagos", "Responsable de Atención al Cliente", "recruiter_screen",
                 ("recruiting@velozpagos.com",), GOOGLE,
                 Ev("h15-veloz-054@google.com", "Veloz Pagos | Llamada con Recruiting (Atención al Cliente)",
                    "20261125T083000", "20261125T090000", tz="Europe/Madrid",
                    organizer=org("recruiting@velozpagos.com", "Veloz Pagos Recruiting"),
                    attendees=(att(ME_WORK, "Sofia Esposito"),),
                    description="Hola Sofia, gracias por tu candidatura al puesto de Responsable de Atención al "
                    "Cliente. Te llamamos para una primera entrevista telefónica de 20 minutos."),
                 tzs=(olson("Europe/Madrid"),)))
    r.append(pos("allday-es", "es", "Grupo Asegurador Ibérico", "", "onsite", (), OUTLOOK,
                 Ev("h15-gai-055", "Assessment center Grupo Asegurador Ibérico (Madrid)", "20261217", "20261218",
                    tz="DATE", organizer=org(ME_PRIV, "Sofia Esposito"),
                    description="Jornada de evaluación todo el día: dinámica de grupo, caso y entrevistas con "
                    "responsables. Llevar DNI/pasaporte. Vuelo 7:05 MXP-MAD."),
                 method=None))
    return r
