"""holdout14: Tobias Krüger's own interviews in French and Spanish."""

from __future__ import annotations

from holdout14ev_ics import (
    ME_PRIV,
    P_APPLE,
    P_GOOGLE,
    P_OUTLOOK,
    P_SMARTR,
    P_WEBEX,
    P_WORKDAY,
    Item,
    cal,
    google_footer,
    meet,
    olson,
    org,
    teams,
    vevent,
    webex,
    who,
    windows,
    zoom,
)

RS = "Romance Standard Time"


def items() -> list[Item]:
    """Given nothing returns the French and Spanish positive events."""
    out: list[Item] = []

    uid = "sr-entretien-1184520-tel@smartrecruiters.com"
    ev = vevent(uid, "Entretien téléphonique – Responsable Sûreté Site (H/F) – Rhodanis Chimie", "20261203T160000",
                "20261203T163000", "Europe/Paris",
                desc=("Bonjour Tobias,\n\nSuite à votre candidature au poste de Responsable Sûreté Site (H/F) sur "
                      "la plateforme chimique de Saint-Fons, nous vous proposons un premier échange téléphonique avec "
                      "Camille Roux, chargée de recrutement.\n\nCordialement,\nL'équipe Talents – Rhodanis Chimie"),
                loc="Téléphone",
                lines=[org("no-reply@smartrecruiters.com", "Rhodanis Chimie Recrutement"),
                       who(ME_PRIV, "Tobias Krüger"),
                       who("camille.roux@rhodanis.fr", "Camille Roux")])
    out.append(Item("sr-phone-fr", "fr", cal(P_SMARTR, [ev], zones=(olson("Europe/Paris"),)), uid, True,
                    "Rhodanis Chimie", "Responsable Sûreté Site", "recruiter_screen", ["camille.roux@rhodanis.fr"]))

    uid = "040000008200E00074C5B7101A82E00800000000F00DBA115DDB01000000000000000010000000RC22"
    ev = vevent(uid, "Entretien technique – sûreté industrielle (SEVESO) – Rhodanis", "20261214T100000",
                "20261214T113000", RS,
                desc=("Bonjour M. Krüger,\n\nComme convenu, voici l'invitation pour l'entretien technique avec "
                      "Laurent Perrin (directeur HSE du site) et Aurélie Faure (responsable gestion de crise). Nous "
                      "aborderons un cas pratique : intrusion sur un site SEVESO seuil haut.\n\n"
                      + teams("fr", "N2E4YjljMGQtMWUy", "385 661 920 447") + "\n\nBien à vous,\nCamille Roux"),
                lines=[org("camille.roux@rhodanis.fr", "Roux, Camille"), who(ME_PRIV, "Krüger, Tobias"),
                       who("laurent.perrin@rhodanis.fr", "Perrin, Laurent", quote=True),
                       who("aurelie.faure@rhodanis.fr", "Faure, Aurélie", quote=True)])
    out.append(Item("teams-technical-fr", "fr", cal(P_OUTLOOK, [ev], zones=(windows(RS),)), uid, True,
                    "Rhodanis Chimie", "Responsable Sûreté Site", "technical",
                    ["laurent.perrin@rhodanis.fr", "aurelie.faure@rhodanis.fr"]))

    uid = "wd-entretien-final-R7731@confluence-assurances.fr"
    ev = vevent(uid, "Entretien final : Responsable Plan de Continuité d'Activité – Confluence Assurances",
                "20270108T140000", "20270108T153000", "Europe/Paris",
                desc=("Candidat : Tobias Krüger\nPoste : Responsable Plan de Continuité d'Activité (R7731), Lyon "
                      "Part-Dieu\nType : entretien final sur site\nJury : Sophie Garnier (Directrice des Risques), "
                      "Éric Morel (DRH adjoint)\nAdresse : 18 rue de la Villette, 69003 Lyon – accueil niveau 0"),
                loc="18 rue de la Villette, 69003 Lyon",
                lines=[org("confluence@myworkday.com", "Confluence Assurances – Recrutement"),
                       who(ME_PRIV, "Tobias Krüger"), who("s.garnier@confluence-assurances.fr", "Sophie Garnier"),
                       who("e.morel@confluence-assurances.fr", "Éric Morel")])
    out.append(Item("workday-final-fr", "fr", cal(P_WORKDAY, [ev], zones=(olson("Europe/Paris"),)), uid, True,
                    "Confluence Assurances", "Responsable Plan de Continuité d'Activité", "final",
                    ["s.garnier@confluence-assurances.fr", "e.morel@confluence-assurances.fr"]))

    uid = "1f3h5j7l9n1p3r5t7v9x1z3b5d@google.com"
    ev = vevent(uid, "Entretien RH – Banque Saône-Rhône / Tobias Krüger", "20261208T093000", "20261208T101500",
                "Europe/Paris",
                desc=("Bonjour Tobias, je vous propose un premier entretien RH pour le poste de Chargé de résilience "
                      "opérationnelle. À bientôt, Manon Lefèvre\n\n" + meet("fr", "ehk-cwpa-nsu") + "\n\n"
                      + google_footer("fr", ME_PRIV)),
                lines=[org("manon.lefevre@banque-saone-rhone.fr", "Manon Lefèvre"),
                       who("manon.lefevre@banque-saone-rhone.fr", "Manon Lefèvre", partstat="ACCEPTED"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("google-rh-fr", "fr", cal(P_GOOGLE, [ev], zones=(olson("Europe/Paris"),)), uid, True,
                    "Banque Saône-Rhône", "Chargé de résilience opérationnelle", "recruiter_screen",
                    ["manon.lefevre@banque-saone-rhone.fr"]))

    uid = "cabinet-vigie-2026-0412@vigie-rh.fr"
    ev = vevent(uid, "Entretien chez Lyonnaise de Transports Frigorifiques (cabinet Vigie RH)", "20261215T150000",
                "20261215T160000", "Europe/Paris",
                desc=("Bonjour Tobias,\n\nJe vous confirme votre entretien avec notre client, Lyonnaise de Transports "
                      "Frigorifiques, pour le poste de Coordinateur sûreté & prévention des pertes. Vous rencontrerez "
                      "Pascal Girard, directeur des opérations. Je ne participe pas à l'entretien.\n\nBien "
                      "cordialement,\nÉlodie Marchand\nVigie RH – cabinet de recrutement"),
                loc="LTF, 4 avenue Tony Garnier, Lyon 7e",
                lines=[org("e.marchand@vigie-rh.fr", "Élodie Marchand"), who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("agency-fr", "fr", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Paris"),)), uid, True,
                    "Lyonnaise de Transports Frigorifiques", "Coordinateur sûreté & prévention des pertes", "",
                    ["Pascal Girard"]))

    uid = "7u9w1y3a5c7e9g1i3k5m7o9q1s@google.com"
    ev = vevent(uid, "Échange avec Marc – Vigilis Conseil (poste consultant PCA)", "20261205T100000",
                "20261205T110000", "Europe/Brussels",
                desc=("Salut Tobias, comme je te l'écrivais, je monte l'équipe continuité d'activité de Vigilis "
                      "Conseil à Bruxelles et ton profil m'intéresse pour le poste de consultant PCA senior. On en "
                      "parle ?\nMarc Dupuis, fondateur\n\n" + meet("fr", "tnv-qmzd-ahb")),
                lines=[org("marc.dupuis@free.fr", "Marc Dupuis"), who("marc.dupuis@free.fr", "Marc Dupuis",
                                                                       partstat="ACCEPTED"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("founder-free-fr", "fr", cal(P_GOOGLE, [ev], zones=(olson("Europe/Brussels"),)), uid, True,
                    "Vigilis Conseil", "consultant PCA senior", "hiring_manager", ["marc.dupuis@free.fr"]))

    uid = "D3C2B1A0-9F8E-4D7C-6B5A-RHODANIS2E"
    ev = vevent(uid, "Rhodanis 2e entretien 10h30 - M. Perrin", "20261222T103000", "20261222T113000", "")
    out.append(Item("terse-fr", "fr", cal(P_APPLE, [ev], method=""), uid, True, "Rhodanis Chimie", "", "",
                    ["M. Perrin"]))

    uid = "040000008200E00074C5B7101A82E00800000000BEEF01225DDB01000000000000000010000000EU31"
    ev = vevent(uid, "Entretien manager – Coordinateur gestion de crise – Eurotrans Benelux", "20270105T140000",
                "20270105T150000", RS,
                desc=("Bonjour Tobias,\n\nJe suis Sandrine Lemaire, responsable gestion de crise chez Eurotrans "
                      "Benelux (Bruxelles) et future responsable du poste. Je vous propose cet entretien en "
                      "visioconférence.\n\n" + webex("fr", "2380 774 1196", "eurotrans")),
                lines=[org("sandrine.lemaire@eurotrans-benelux.be", "Lemaire, Sandrine"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("webex-hm-fr", "fr", cal(P_WEBEX, [ev]), uid, True, "Eurotrans Benelux",
                    "Coordinateur gestion de crise", "hiring_manager", ["sandrine.lemaire@eurotrans-benelux.be"]))

    # Spanish
    uid = "040000008200E00074C5B7101A82E00800000000AB0A5B1C5DDB01000000000000000010000000NA01"
    ev = vevent(uid, "Entrevista – Responsable de Seguridad Corporativa – Naviera Abra", "20261209T120000",
                "20261209T130000", RS,
                desc=("Estimado Tobias:\n\nTe confirmamos la entrevista para el puesto de Responsable de Seguridad "
                      "Corporativa en Naviera Abra (Bilbao). Estarán Ainhoa Etxeberria (RR. HH.) y Jon Urrutia "
                      "(Director de Operaciones).\n\n" + teams("es", "MDEyMzQ1NjctODlh", "312 900 445 781")
                      + "\n\nUn saludo,\nAinhoa"),
                lines=[org("a.etxeberria@navieraabra.es", "Etxeberria, Ainhoa"), who(ME_PRIV, "Tobias Krüger"),
                       who("j.urrutia@navieraabra.es", "Urrutia, Jon", quote=True)])
    out.append(Item("teams-es", "es", cal(P_OUTLOOK, [ev], zones=(windows(RS),)), uid, True, "Naviera Abra",
                    "Responsable de Seguridad Corporativa", "",
                    ["a.etxeberria@navieraabra.es", "j.urrutia@navieraabra.es"]))

    uid = "nervion-entrevista-tecnica-5590@nervion-energia.es"
    ev = vevent(uid, "Entrevista técnica: Técnico/a de Ciberseguridad OT y Continuidad", "20261211T100000",
                "20261211T110000", "Europe/Madrid",
                desc=("Energías del Nervión – Proceso de selección\n\nEntrevista técnica con Miren Goikoetxea "
                      "(Jefa de Ciberseguridad Industrial) y Asier Larrea (Responsable de Continuidad de Negocio). "
                      "Se plantearán casos sobre subestaciones y planes de contingencia.\n\n"
                      + zoom("es", "815 2209 6634", "bmVydmlvbkU")),
                lines=[org("seleccion@nervion-energia.es", "Selección Energías del Nervión"),
                       who(ME_PRIV, "Tobias Krüger"), who("m.goikoetxea@nervion-energia.es", "Miren Goikoetxea"),
                       who("a.larrea@nervion-energia.es", "Asier Larrea")])
    out.append(Item("zoom-technical-es", "es", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Madrid"),)), uid, True,
                    "Energías del Nervión", "Técnico/a de Ciberseguridad OT y Continuidad", "technical",
                    ["m.goikoetxea@nervion-energia.es", "a.larrea@nervion-energia.es"]))

    uid = "4c6e8g0i2k4m6o8q0s2u4w6y8a@google.com"
    ev = vevent(uid, "Entrevista con RR. HH. – Seguros Artxanda", "20261202T160000", "20261202T163000",
                "Europe/Madrid",
                desc=("Hola Tobias, gracias por tu candidatura al puesto de Gestor/a de Riesgos Operacionales. Esta "
                      "primera llamada es para conocernos. Nerea Zabala, Talento\n\n" + meet("es", "pxc-vfbt-rjy")
                      + "\n\n" + google_footer("es", ME_PRIV)),
                lines=[org("nerea.zabala@segurosartxanda.es", "Nerea Zabala"),
                       who("nerea.zabala@segurosartxanda.es", "Nerea Zabala", partstat="ACCEPTED"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("google-rrhh-es", "es", cal(P_GOOGLE, [ev], zones=(olson("Europe/Madrid"),)), uid, True,
                    "Seguros Artxanda", "Gestor/a de Riesgos Operacionales", "recruiter_screen",
                    ["nerea.zabala@segurosartxanda.es"]))

    uid = "artxanda-final-dir-0117@segurosartxanda.es"
    ev = vevent(uid, "Entrevista final con Dirección – Gestor de Riesgos Operacionales", "20270117T110000",
                "20270117T123000", "Europe/Madrid",
                desc=("Última fase del proceso. Te recibirán Iñaki Olabarria (Director General) y Begoña Arrieta "
                      "(Directora de Riesgos) en nuestra sede de Bilbao, Gran Vía 38, 5ª planta."),
                loc="Seguros Artxanda, Gran Vía 38, 5ª planta, Bilbao",
                lines=[org("nerea.zabala@segurosartxanda.es", "Nerea Zabala"), who(ME_PRIV, "Tobias Krüger"),
                       who("i.olabarria@segurosartxanda.es", "Iñaki Olabarria"),
                       who("b.arrieta@segurosartxanda.es", "Begoña Arrieta"),
                       who("sala.gorbea@segurosartxanda.es", "Sala Gorbea 5ª", cutype="ROOM", role="NON-PARTICIPANT",
                           rsvp=False)])
    out.append(Item("final-es", "es", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Madrid"),)), uid, True,
                    "Seguros Artxanda", "Gestor de Riesgos Operacionales", "final",
                    ["i.olabarria@segurosartxanda.es", "b.arrieta@segurosartxanda.es"]))

    uid = "talentia-zorrotza-22@talentia-seleccion.es"
    ev = vevent(uid, "Entrevista en Terminales Zorrotza (vía Talentia Selección)", "20261216T100000",
                "20261216T110000", "Europe/Madrid",
                desc=("Hola Tobias:\nTe confirmo la entrevista con nuestro cliente Terminales Zorrotza S.A. para el "
                      "puesto de Jefe/a de Protección Portuaria (PBIP). Te entrevistará Koldo Arana, Director de "
                      "Terminal. Yo no estaré presente.\nSaludos,\nLeire Ibáñez – Talentia Selección"),
                loc="Terminales Zorrotza, Muelle de Zorrotzaurre s/n, Bilbao",
                lines=[org("leire.ibanez@talentia-seleccion.es", "Leire Ibáñez"), who(ME_PRIV, "Tobias Krüger"),
                       who("k.arana@zorrotza-terminales.es", "Koldo Arana")])
    out.append(Item("agency-es", "es", cal(P_OUTLOOK, [ev], zones=(olson("Europe/Madrid"),)), uid, True,
                    "Terminales Zorrotza", "Jefe/a de Protección Portuaria", "", ["k.arana@zorrotza-terminales.es"]))

    uid = "9k1m3o5q7s9u1w3y5a7c9e1g3i@google.com"
    ev = vevent(uid, "Charla con Iker – Ibarra Risk (puesto consultor)", "20261207T170000", "20261207T174500",
                "Europe/Madrid",
                desc=("Tobias, soy Iker Ibarra, fundador de Ibarra Risk. Buscamos un consultor senior de riesgos y "
                      "continuidad para clientes industriales en Euskadi. Hablamos de tu experiencia y de la "
                      "posición.\n\n" + meet("es", "ubr-kezn-pwd")),
                lines=[org("iker.ibarra@hotmail.es", "Iker Ibarra"),
                       who("iker.ibarra@hotmail.es", "Iker Ibarra", partstat="ACCEPTED"),
                       who(ME_PRIV, "Tobias Krüger")])
    out.append(Item("founder-hotmail-es", "es", cal(P_GOOGLE, [ev], zones=(olson("Europe/Madrid"),)), uid, True,
                    "Ibarra Risk", "consultor senior de riesgos y continuidad", "hiring_manager",
                    ["iker.ibarra@hotmail.es"]))

    uid = "C9B8A7F6-E5D4-4C3B-2A19-NERVION2A"
    ev = vevent(uid, "Nervión 2a entrevista 12h (Asier + dtor. ops)", "20261221T120000", "20261221T130000",
                "Europe/Madrid")
    out.append(Item("terse-es", "es", cal(P_APPLE, [ev], method="", zones=(olson("Europe/Madrid"),)), uid, True,
                    "Energías del Nervión", "", "", ["Asier"]))

    uid = "040000008200E00074C5B7101A82E00800000000CA7CE1005DDB01000000000000000010000000NA09"
    ev = vevent(uid, "Cancelada: Entrevista con el Director de Operaciones – Naviera Abra", "20261218T100000",
                "20261218T110000", RS, seq=2, status="CANCELLED",
                desc=("Hola Tobias, Jon tiene que viajar a Algeciras y cancelamos la entrevista del viernes. Te "
                      "propondré otra fecha. Un saludo, Ainhoa"),
                lines=[org("a.etxeberria@navieraabra.es", "Etxeberria, Ainhoa"), who(ME_PRIV, "Tobias Krüger"),
                       who("j.urrutia@navieraabra.es", "Urrutia, Jon", quote=True)])
    out.append(Item("cancelled-es", "es", cal(P_OUTLOOK, [ev], method="CANCEL", zones=(windows(RS),)), uid, True,
                    "Naviera Abra", "", "hiring_manager", ["j.urrutia@navieraabra.es"]))
    return out
