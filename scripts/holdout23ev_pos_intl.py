"""holdout23: Amara Okafor's own interviews in German, French and Spanish."""

from __future__ import annotations

from holdout23ev_ics import ME, Item, att, ev, lab, meet, meet_conf, mk, ms_extra, org, teams, webex, zoom

B = "Europe/Berlin"
M = "Europe/Madrid"
W = "W. Europe Standard Time"
R = "Romance Standard Time"


def items() -> list[Item]:
    """Given nothing returns the DE/FR/ES interview files."""
    out: list[Item] = []
    u = "personio-7731-okafor-erstgespraech"
    out.append(mk("personio-erstgespraech", "de", "personio", [ev(
        u, "Erstgespräch: Amara Okafor – Clinical Product Specialist (m/w/d)", "20261111T100000",
        "20261111T103000", tz=B, loc="Microsoft Teams",
        desc="Hallo Frau Okafor,\n\nvielen Dank für Ihre Bewerbung bei der Reha-Technik Sommer GmbH in München. "
             "Gerne lernen wir Sie in einem ersten telefonischen Kennenlernen mit Frau Katrin Vogt (Recruiting) "
             "kennen.\n\nViele Grüße\nIhr Recruiting-Team" + teams("de", "281 776 003 12"),
        organizer=org("jobs@reha-sommer.de", "Reha-Technik Sommer Recruiting"),
        attendees=(att(ME, "Amara Okafor"), att("k.vogt@reha-sommer.de", "Katrin Vogt")))],
        (lab(u, True, "Reha-Technik Sommer", "Clinical Product Specialist", "recruiter_screen",
             "k.vogt@reha-sommer.de"),), tzids=(B,)))

    u = "040000008200E00074C5B7101A82E008-bewegt-fachgespraech"
    out.append(mk("outlook-fachgespraech", "de", "outlook", [ev(
        u, "Fachgespräch Bewegt Digital – Customer Success Managerin Physiotherapie", "20261117T140000",
        "20261117T150000", tz=W, loc="Bewegt Digital GmbH, Raum Isar, Sendlinger Str. 12, 80331 München",
        desc="Liebe Amara,\n\nwie besprochen das Fachgespräch mit Dr. Jonas Albrecht (Medizinischer Leiter) und "
             "mir. Wir möchten mit dir einen Praxisfall aus der App-Therapie durchgehen.\n\nBis dann\nSophie Brandt\n"
             "Teamlead Customer Success",
        organizer=org("sophie.brandt@bewegt-digital.de", "Brandt, Sophie"),
        attendees=(att(ME, "Amara Okafor"), att("jonas.albrecht@bewegt-digital.de", "Albrecht, Jonas"),
                   att("raum.isar@bewegt-digital.de", "Raum Isar", cutype="ROOM", role="NON-PARTICIPANT")),
        extra=ms_extra())],
        (lab(u, True, "Bewegt Digital", "Customer Success Managerin Physiotherapie", "technical",
             "sophie.brandt@bewegt-digital.de;jonas.albrecht@bewegt-digital.de"),), tzids=(W,)))

    u = "wd-de-VSG-2026-3381"
    out.append(mk("workday-versicherung", "de", "workday", [ev(
        u, "Vorstellungsgespräch – Fachreferent Rehamanagement (R-3381)", "20261119T083000Z", "20261119T093000Z",
        desc="Sehr geehrte Frau Okafor,\n\nhiermit bestätigen wir Ihr Vorstellungsgespräch bei der Allmedica "
             "Krankenversicherung AG. Gesprächspartner: Herr Martin Kessler (Abteilungsleiter Rehamanagement), "
             "Frau Ulrike Hahn (Personalreferentin).\nOrt: Allmedica, Leopoldstraße 88, München, Empfang EG.\n\n"
             "Diese Nachricht wurde von Workday gesendet.",
        loc="Leopoldstraße 88, 80802 München",
        organizer=org("allmedica@myworkday.com", "Allmedica Talent Acquisition"),
        attendees=(att(ME), att("martin.kessler@allmedica.de", "Martin Kessler"),
                   att("ulrike.hahn@allmedica.de", "Ulrike Hahn")))],
        (lab(u, True, "Allmedica Krankenversicherung", "Fachreferent Rehamanagement", "hiring_manager",
             "martin.kessler@allmedica.de;ulrike.hahn@allmedica.de"),)))

    u = "h-de-ios-0342"
    out.append(mk("handtyped-de", "de", "ios", [ev(
        u, "Vorstellungsgespräch Orthomove (Zoom) – Trainerin Medizinprodukte", "20261123T160000",
        "20261123T170000", desc="Ansprechpartner Herr Weber, Vertriebsleiter Süd. Unterlagen: Zeugnisse!")],
        (lab(u, True, "Orthomove", "Trainerin Medizinprodukte", "", "Herr Weber", "handtyped"),), method=None))

    u = "gh-de-9912-final-runde"
    out.append(mk("greenhouse-finale-runde", "de", "greenhouse", [ev(
        u, "Finale Runde bei Kinvia Health – Amara Okafor", "20261202T090000", "20261202T120000", tz=B,
        loc="Kinvia Health, Rosenheimer Platz 4, München",
        desc="Ablauf der finalen Gesprächsrunde (Clinical Training Manager DACH):\n09:00 Präsentation vor Anja "
             "Roth (VP Operations) und Felix Köhler (Head of Clinical)\n10:30 Gespräch mit dem CEO Daniel "
             "Stein\nIhre Ansprechpartnerin für die Organisation ist Lea Schmitt (nimmt nicht teil).",
        organizer=org("no-reply@greenhouse.io", "Kinvia Health Recruiting"),
        attendees=(att(ME, "Amara Okafor"), att("anja.roth@kinvia.health", "Anja Roth"),
                   att("felix.koehler@kinvia.health", "Felix Köhler"),
                   att("daniel.stein@kinvia.health", "Daniel Stein"),
                   att("lea.schmitt@kinvia.health", "Lea Schmitt", role="OPT-PARTICIPANT")))],
        (lab(u, True, "Kinvia Health", "Clinical Training Manager DACH", "final",
             "anja.roth@kinvia.health;felix.koehler@kinvia.health;daniel.stein@kinvia.health", "coordinator"),),
        tzids=(B,)))

    u = "google-de-gruender-3fa9"
    out.append(mk("gruender-gmx", "de", "google", [ev(
        u, "Kennenlernen Amara / Lukas – GangWerk (Gründer)", "20261125T170000", "20261125T174500", tz=B,
        desc="Hi Amara, wie am Telefon besprochen: das ist unser Bewerbungsgespräch für die Stelle "
             "'Clinical Success Lead' bei GangWerk. Ich bin einer der zwei Gründer, wir bauen Sensor-Einlagen für "
             "Ganganalyse.\nLG Lukas" + meet("uzd-qwer-hpa", "de"),
        organizer=org("lukas.gangwerk@gmx.de", "Lukas Berger"),
        attendees=(att("lukas.gangwerk@gmx.de", "Lukas Berger", stat="ACCEPTED", rsvp=False), att(ME)),
        extra=meet_conf("uzd-qwer-hpa"))],
        (lab(u, True, "GangWerk", "Clinical Success Lead", "", "lukas.gangwerk@gmx.de", "founder_freemail"),),
        tzids=(B,)))

    u = "agentur-de-medpersonal-4410"
    out.append(mk("agentur-de", "de", "outlook", [ev(
        u, "Interview beim Kunden: NeuroRehab Systems AG – Applikationsspezialistin", "20261203T110000",
        "20261203T120000", tz=W, loc="Webex",
        desc="Hallo Frau Okafor,\n\nwie besprochen stellen wir Sie unserem Kunden NeuroRehab Systems AG vor. "
             "Gesprächspartnerin: Frau Dr. Petra Lang, Leitung Applikation. Ich bin beim Gespräch nicht dabei.\n\n"
             "Beste Grüße\nTobias Reiner\nMedPersonal Beratung GmbH" + webex("2650 114 7723"),
        organizer=org("t.reiner@medpersonal-beratung.de", "Tobias Reiner"),
        attendees=(att(ME), att("petra.lang@neurorehab-systems.de", "Dr. Petra Lang")), extra=ms_extra())],
        (lab(u, True, "NeuroRehab Systems", "Applikationsspezialistin", "", "petra.lang@neurorehab-systems.de",
             "agency"),), tzids=(W,)))

    u = "abgesagt-de-orthomove-2"
    out.append(mk("abgesagt-de", "de", "outlook", [ev(
        u, "Abgesagt: Zweitgespräch Orthomove – Amara Okafor", "20261209T100000", "20261209T110000", tz=W,
        status="CANCELLED", seq=1, desc="Leider muss ich unser Zweitgespräch absagen; ich melde mich mit einem "
                                         "neuen Termin.\nMarkus Weber, Vertriebsleiter Süd",
        organizer=org("m.weber@orthomove.de", "Weber, Markus"), attendees=(att(ME, "Amara Okafor"),),
        extra=ms_extra())],
        (lab(u, True, "Orthomove", "", "", "m.weber@orthomove.de", "cancelled"),), method="CANCEL", tzids=(W,)))

    u = "calendly-de-rehaplus-hm"
    out.append(mk("calendly-de-hm", "de", "calendly", [ev(
        u, "Gespräch mit der Teamleitung – RehaPlus Versicherungsservice", "20261210T130000Z", "20261210T134500Z",
        loc="Zoom",
        desc="Veranstaltungsname: Gespräch mit der Teamleitung (2. Runde)\nStelle: Case Managerin "
             "Rehabilitation (remote)\nGastgeber: Sabine Krüger\n" + zoom("871 0042 5532", "de"),
        organizer=org("sabine.krueger@rehaplus-service.de", "Sabine Krüger"),
        attendees=(att(ME, "Amara Okafor", stat="ACCEPTED"),))],
        (lab(u, True, "RehaPlus Versicherungsservice", "Case Managerin Rehabilitation", "hiring_manager",
             "sabine.krueger@rehaplus-service.de"),)))

    # French
    u = "wttj-fr-kineconnect-1"
    out.append(mk("fr-entretien-rh", "fr", "google", [ev(
        u, "Entretien RH – KinéConnect – Amara Okafor", "20261112T093000", "20261112T100000", tz=R,
        desc="Bonjour Amara,\n\nMerci pour votre candidature au poste de Chargée de formation clinique (remote, "
             "Europe). Ce premier échange de 30 minutes avec Camille Lefèvre, chargée de recrutement, permettra "
             "de faire connaissance.\n\nÀ bientôt !" + meet("fwa-kopl-xzb", "fr"),
        organizer=org("camille.lefevre@kineconnect.fr", "Camille Lefèvre"),
        attendees=(att("camille.lefevre@kineconnect.fr", "Camille Lefèvre", stat="ACCEPTED", rsvp=False),
                   att(ME)), extra=meet_conf("fwa-kopl-xzb"))],
        (lab(u, True, "KinéConnect", "Chargée de formation clinique", "recruiter_screen",
             "camille.lefevre@kineconnect.fr"),), tzids=(R,)))

    u = "fr-outlook-santeo-technique"
    out.append(mk("fr-entretien-technique", "fr", "outlook", [ev(
        u, "Entretien technique – Spécialiste produit clinique – Santéo Dispositifs", "20261118T140000",
        "20261118T150000", tz=R, loc="Réunion Microsoft Teams",
        desc="Bonjour Madame Okafor,\n\nSuite à notre échange, je vous propose un entretien technique avec "
             "Julien Marchand (ingénieur d'application) et moi-même. Nous aborderons la rééducation de "
             "l'épaule et nos attelles connectées.\n\nCordialement,\nNathalie Girard\nResponsable affaires "
             "cliniques" + teams("fr", "355 281 660 92"),
        organizer=org("n.girard@santeo-dispositifs.com", "Girard Nathalie"),
        attendees=(att(ME), att("j.marchand@santeo-dispositifs.com", "Marchand Julien")), extra=ms_extra())],
        (lab(u, True, "Santéo Dispositifs", "Spécialiste produit clinique", "technical",
             "n.girard@santeo-dispositifs.com;j.marchand@santeo-dispositifs.com"),), tzids=(R,)))

    u = "fr-lever-mutuelle-final"
    out.append(mk("fr-entretien-final", "fr", "lever", [ev(
        u, "Entretien final – Mutuelle Horizon Santé – Conseillère parcours de soins", "20261201T100000Z",
        "20261201T113000Z", loc="Visio (lien Zoom ci-dessous)",
        desc="Vous rencontrerez :\n- Hélène Dubreuil, Directrice des services aux adhérents\n- Karim Benali, "
             "Médecin conseil\n\nInvitation envoyée via Lever pour Mutuelle Horizon Santé."
             + zoom("962 3310 7781", "fr"),
        organizer=org("recrutement@horizon-sante.fr", "Recrutement Horizon Santé"),
        attendees=(att(ME, "Amara Okafor"), att("h.dubreuil@horizon-sante.fr", "Hélène Dubreuil"),
                   att("k.benali@horizon-sante.fr", "Karim Benali")))],
        (lab(u, True, "Mutuelle Horizon Santé", "Conseillère parcours de soins", "final",
             "h.dubreuil@horizon-sante.fr;k.benali@horizon-sante.fr"),)))

    u = "fr-fondateur-orange-3"
    out.append(mk("fr-fondateur-freemail", "fr", "thunderbird", [ev(
        u, "Entretien avec Amara – Rééduc+ (poste de responsable succès client)", "20261205T150000",
        "20261205T160000", tz="Europe/Paris",
        desc="Salut Amara, je suis Bastien, cofondateur de Rééduc+. On se voit en visio pour l'entretien ; "
             "Inès (cofondatrice, kiné) sera aussi là.\nhttps://meet.jit.si/reeducplus-amara",
        organizer=org("bastien.reeducplus@orange.fr", "Bastien Morel"),
        attendees=(att(ME, "Amara Okafor"), att("ines.reeducplus@gmail.com", "Inès Faure")))],
        (lab(u, True, "Rééduc+", "responsable succès client", "", "bastien.reeducplus@orange.fr;"
             "ines.reeducplus@gmail.com", "founder_freemail"),), xprops=("X-WR-TIMEZONE:Europe/Paris",)))

    u = "fr-hand-dub-7"
    out.append(mk("fr-handtyped", "fr", "apple", [ev(
        u, "Entretien Orthovia (FR desk) - tel. avec Mme Rousseau", "20261208T083000", "20261208T090000",
        desc="poste formatrice clinique marché francophone")],
        (lab(u, True, "Orthovia", "formatrice clinique marché francophone", "", "Mme Rousseau", "handtyped"),),
        method=None))

    u = "fr-smartr-manager-9"
    out.append(mk("fr-manager", "fr", "smartrecruiters", [ev(
        u, "Entretien avec la manager – Coordinatrice formation – Mobilis Médical", "20261211T090000Z",
        "20261211T094500Z", loc="Webex",
        desc="Madame Okafor,\nVous êtes invitée à un entretien avec Claire Petit, manager de l'équipe "
             "formation, pour le poste de Coordinatrice formation dispositifs médicaux.\nEnvoyé via "
             "SmartRecruiters." + webex("2733 481 2290"),
        organizer=org("noreply@smartrecruiters.com", "Mobilis Médical"),
        attendees=(att(ME), att("claire.petit@mobilis-medical.fr", "Claire Petit")))],
        (lab(u, True, "Mobilis Médical", "Coordinatrice formation dispositifs médicaux", "hiring_manager",
             "claire.petit@mobilis-medical.fr"),)))

    # Spanish
    u = "es-gh-rehabilita-1"
    out.append(mk("es-entrevista-rrhh", "es", "greenhouse", [ev(
        u, "Entrevista con RR. HH. – Especialista Clínica de Producto – Rehabilita Tech", "20261113T100000",
        "20261113T103000", tz=M, loc="Llamada telefónica",
        desc="Hola Amara:\n\nGracias por tu interés en Rehabilita Tech (Madrid). Te llamará Lucía Prieto, "
             "Talent Acquisition, para una primera entrevista de 30 minutos.\n\nUn saludo,\nEquipo de Talento",
        organizer=org("no-reply@greenhouse.io", "Rehabilita Tech"),
        attendees=(att(ME), att("lucia.prieto@rehabilitatech.es", "Lucía Prieto")))],
        (lab(u, True, "Rehabilita Tech", "Especialista Clínica de Producto", "recruiter_screen",
             "lucia.prieto@rehabilitatech.es"),), tzids=(M,)))

    u = "es-outlook-vertice-tecnica"
    out.append(mk("es-entrevista-tecnica", "es", "outlook", [ev(
        u, "Entrevista técnica – Vértice Salud Seguros – Gestora de casos de rehabilitación", "20261116T120000",
        "20261116T130000", tz=R, loc="Reunión de Microsoft Teams",
        desc="Estimada Amara:\n\nTe confirmo la entrevista técnica con Dr. Álvaro Méndez (Director Médico) y "
             "Carmen Ruiz (Responsable de Siniestros). Prepararemos un caso práctico de lesión lumbar.\n\n"
             "Saludos,\nCarmen Ruiz" + teams("es", "318 204 995 10"),
        organizer=org("carmen.ruiz@verticesalud.es", "Ruiz, Carmen"),
        attendees=(att(ME, "Amara Okafor"), att("alvaro.mendez@verticesalud.es", "Méndez, Álvaro")),
        extra=ms_extra())],
        (lab(u, True, "Vértice Salud Seguros", "Gestora de casos de rehabilitación", "technical",
             "carmen.ruiz@verticesalud.es;alvaro.mendez@verticesalud.es"),), tzids=(R,)))

    u = "es-presencial-ortomad-3"
    out.append(mk("es-presencial-equipo", "es", "google", [ev(
        u, "Entrevistas presenciales en OrtoMad – Amara Okafor", "20261202T093000", "20261202T130000", tz=M,
        loc="OrtoMad S.L., Calle de Alcalá 214, 28028 Madrid",
        desc="Programa de la jornada (puesto: Formadora de producto – órtesis):\n09:30 Bienvenida con Sara Gil "
             "(coordinación de selección, no entrevista)\n10:00 Ejercicio práctico con Pablo Ortega (Jefe de "
             "Formación)\n11:15 Entrevista con Marta Sanz (Directora Comercial)\n12:15 Visita al taller",
        organizer=org("sara.gil@ortomad.es", "Sara Gil"),
        attendees=(att(ME), att("pablo.ortega@ortomad.es", "Pablo Ortega"),
                   att("marta.sanz@ortomad.es", "Marta Sanz"),
                   att("sala.retiro@ortomad.es", "Sala Retiro", cutype="ROOM", role="NON-PARTICIPANT"),
                   att("proyector-2@ortomad.es", "Proyector 2", cutype="RESOURCE", role="NON-PARTICIPANT")))],
        (lab(u, True, "OrtoMad", "Formadora de producto – órtesis", "onsite",
             "pablo.ortega@ortomad.es;marta.sanz@ortomad.es", "rooms"),), tzids=(M,)))

    u = "es-fundadora-hotmail-4"
    out.append(mk("es-fundadora-freemail", "es", "google", [ev(
        u, "Amara + Elena (Fisiolab App) – entrevista", "20261204T180000Z", "20261204T184500Z",
        desc="¡Hola Amara! Soy Elena, fundadora de Fisiolab App. Hablamos del puesto de Customer Success "
             "clínico. Es una entrevista de verdad, pero informal :)" + meet("rko-ptnz-awq", "es"),
        organizer=org("elena.fisiolab@hotmail.com", "Elena Navarro"),
        attendees=(att("elena.fisiolab@hotmail.com", "Elena Navarro", stat="ACCEPTED", rsvp=False), att(ME)),
        extra=meet_conf("rko-ptnz-awq"))],
        (lab(u, True, "Fisiolab App", "Customer Success clínico", "", "elena.fisiolab@hotmail.com",
             "founder_freemail"),)))

    u = "es-agencia-talentmed-5"
    out.append(mk("es-agencia", "es", "outlook", [ev(
        u, "Entrevista con cliente (Biomecánica Levante) – Amara Okafor", "20261207T160000", "20261207T170000",
        tz=R, loc="Zoom",
        desc="Hola Amara,\nte confirmo la entrevista con nuestro cliente Biomecánica Levante para el puesto de "
             "Especialista de Aplicaciones Clínicas. Te entrevistará Jorge Ibáñez, Director de Producto. Yo no "
             "estaré.\nSaludos,\nNuria Campos – TalentMed Consultores" + zoom("845 2219 0034", "es"),
        organizer=org("nuria.campos@talentmed.es", "Nuria Campos"),
        attendees=(att(ME), att("jorge.ibanez@biomecanicalevante.com", "Jorge Ibáñez")), extra=ms_extra())],
        (lab(u, True, "Biomecánica Levante", "Especialista de Aplicaciones Clínicas", "",
             "jorge.ibanez@biomecanicalevante.com", "agency"),), tzids=(R,)))

    u = "es-hand-iphone-6"
    out.append(mk("es-handtyped", "es", "ios", [ev(
        u, "Entrevista Salud Conecta (llamada Raúl)", "20261209T113000", "20261209T120000")],
        (lab(u, True, "Salud Conecta", "", "", "Raúl", "handtyped"),), method=None))

    u = "es-workday-manager-7"
    out.append(mk("es-workday-responsable", "es", "workday", [ev(
        u, "Entrevista con el responsable de contratación – Formador/a Clínico/a (REQ-2291)", "20261210T090000Z",
        "20261210T100000Z", loc="Microsoft Teams",
        desc="Estimada Amara Okafor:\n\nSe ha programado una entrevista con Ignacio Vidal, responsable de "
             "contratación de Medisana Ibérica, para el puesto Formador/a Clínico/a – Dispositivos de "
             "Rehabilitación.\n\nEste mensaje ha sido enviado por Workday.",
        organizer=org("medisanaiberica@myworkday.com", "Medisana Ibérica Talent"),
        attendees=(att(ME), att("ignacio.vidal@medisana-iberica.es", "Ignacio Vidal")))],
        (lab(u, True, "Medisana Ibérica", "Formador/a Clínico/a – Dispositivos de Rehabilitación",
             "hiring_manager", "ignacio.vidal@medisana-iberica.es"),)))

    u = "es-cancelada-rehabilita-2"
    out.append(mk("es-cancelada", "es", "greenhouse", [ev(
        u, "Cancelada: Entrevista técnica – Rehabilita Tech", "20261214T110000", "20261214T120000", tz=M,
        status="CANCELLED", seq=1,
        desc="Hemos cancelado esta entrevista. Lucía te propondrá una nueva fecha.\nEntrevistador: Andrés Molina "
             "(Product Lead)",
        organizer=org("no-reply@greenhouse.io", "Rehabilita Tech"),
        attendees=(att(ME), att("andres.molina@rehabilitatech.es", "Andrés Molina")))],
        (lab(u, True, "Rehabilita Tech", "", "technical", "andres.molina@rehabilitatech.es", "cancelled"),),
        method="CANCEL", tzids=(M,)))

    u = "es-calcom-final-8"
    out.append(mk("es-final-calcom", "es", "calcom", [ev(
        u, "Entrevista final: Amara Okafor y Movilis Health", "20261215T150000Z", "20261215T160000Z",
        loc="https://app.cal.com/video/Hq7m2a",
        desc="Qué: Entrevista final – Customer Success Manager (Iberia)\nQuién:\nBeatriz Lozano – Organizadora "
             "(CEO)\nbeatriz@movilishealth.com\nAmara Okafor\namara.okafor@outlook.com",
        organizer=org("beatriz@movilishealth.com", "Beatriz Lozano"),
        attendees=(att(ME, "Amara Okafor", stat="ACCEPTED"),))],
        (lab(u, True, "Movilis Health", "Customer Success Manager (Iberia)", "final",
             "beatriz@movilishealth.com"),)))

    u = "es-allday-dublin-9"
    out.append(mk("es-dia-completo", "es", "apple", [ev(
        u, "Jornada de evaluación Orthovia Iberia (todo el día)", "20261216", "20261217",
        desc="Proceso de selección para Especialista de Formación Clínica (mercado español). Entrevistas y "
             "role-play con clientes.", transp="TRANSPARENT")],
        (lab(u, True, "Orthovia", "Especialista de Formación Clínica", "onsite", "", "allday"),), method=None))
    return out
