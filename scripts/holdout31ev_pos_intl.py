"""holdout31: the user's own interviews in German, French and Spanish (blind)."""

from __future__ import annotations

from holdout31ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    STAMP,
    WORK,
    add,
    att,
    cal,
    dt,
    esc,
    meet,
    org,
    pos,
    teams,
    zoom,
)

W = "W. Europe Standard Time"
R = "Romance Standard Time"


def build() -> None:
    # ---- German
    u = "personio-interview-55120@lernwerk.de"
    add("de-personio-screen", "de", u, cal("-//Personio GmbH//Personio Recruiting//DE", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261202T090000Z"), dt("DTEND", "20261202T093000Z"),
        "SUMMARY:Kennenlerngespräch: Olivia Bennett - Instructional Designer (m/w/d)",
        "DESCRIPTION:" + esc("Hallo Olivia,\n\nvielen Dank für deine Bewerbung bei der Lernwerk GmbH. Jana Krüger "
                             "aus dem Recruiting ruft dich für ein erstes Kennenlernen an (auf Englisch möglich).\n\n"
                             "Viele Grüße\nDein Lernwerk-Team"),
        org("jobs@lernwerk.de", "Lernwerk GmbH"), att(ME, "Olivia Bennett"),
        att("jana.krueger@lernwerk.de", "Jana Krüger")]]),
        pos("Lernwerk", "Instructional Designer", "recruiter_screen", ("jana.krueger@lernwerk.de",)))

    u = "040000008200E00074C5B7101A82E00800000000DE0120A1B2C3DB01000000000000000010000000DE"
    add("de-outlook-fachgespraech", "de", u, cal(OUTLOOK, [[
        org("m.schaefer@kdigital.de", "Schäfer, Moritz"), att(ME, "Olivia Bennett"),
        att("l.yildiz@kdigital.de", "Yildiz, Leyla"),
        att("Raum-Spree@kdigital.de", "Raum Spree (6 Pers.)", cutype="ROOM", role="NON-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=de-DE:" + esc("Liebe Frau Bennett,\n\nwie besprochen laden wir Sie zum "
                                            "Fachgespräch für die Position Learning Content Designerin "
                                            "(Englisch) bei Klassenzimmer Digital ein. Bitte bringen Sie eine "
                                            "Arbeitsprobe mit.\n\nMit freundlichen Grüßen\nMoritz Schäfer\n\n"
                                            + teams("de7711", "de")),
        "SUMMARY;LANGUAGE=de-DE:Fachgespräch Learning Content Designerin - Bennett",
        dt("DTSTART", "20261209T130000", W), dt("DTEND", "20261209T141500", W), f"UID:{u}", f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=de-DE:Raum Spree; Microsoft Teams-Besprechung"]], tzs=(W,), windows=True),
        pos("Klassenzimmer Digital", "Learning Content Designerin (Englisch)", "technical",
            ("m.schaefer@kdigital.de", "l.yildiz@kdigital.de")))

    u = "kt8f1e3a2b@google.com"
    add("de-google-final", "de", u, cal(GOOGLE, [[
        dt("DTSTART", "20261217T100000Z"), dt("DTEND", "20261217T113000Z"), f"DTSTAMP:{STAMP}",
        org("t.vogel@sprachhafen.com", "Tobias Vogel"), f"UID:{u}",
        att("t.vogel@sprachhafen.com", "Tobias Vogel", ps="ACCEPTED", style="google"),
        att("c.brandt@sprachhafen.com", "Clara Brandt", style="google"), att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Finales Gespräch Sprachhafen / Olivia Bennett",
        "DESCRIPTION:" + esc("Abschließendes Gespräch mit unserer Geschäftsführerin Clara Brandt zur Stelle "
                             "Senior Content Designer (Englisch für Grundschulen), remote.\n\n" + meet("fqd-ueyn-kpr")),
        "STATUS:CONFIRMED"]]),
        pos("Sprachhafen", "Senior Content Designer (Englisch für Grundschulen)", "final",
            ("t.vogel@sprachhafen.com", "c.brandt@sprachhafen.com")))

    u = "5D2C8E11-DE-HAND"
    add("de-terse-apple", "de", u, cal(APPLE, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261211T150000", "Europe/Berlin"),
        dt("DTEND", "20261211T154500", "Europe/Berlin"),
        "SUMMARY:Vorstellungsgespräch Bildungsbrücke gGmbH (Zoom)",
        "DESCRIPTION:Referentin digitale Lehrerfortbildung - mit Herrn Albers"]], method="",
        tzs=("Europe/Berlin",)),
        pos("Bildungsbrücke", "Referentin digitale Lehrerfortbildung", "", ()))

    u = "softgarden-8811-olivia@softgarden.io"
    add("de-softgarden-hm", "de", u, cal("-//softgarden//Interview//DE", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261214T080000Z"), dt("DTEND", "20261214T090000Z"),
        "SUMMARY:Interview mit der Fachbereichsleitung - Learning Designer Corporate Academy",
        "DESCRIPTION:" + esc("Sehr geehrte Frau Bennett,\n\nIhr Gesprächspartner: Dr. Henrik Lange, Leiter "
                             "Corporate Academy, Rheinwert Bank AG.\nOrt: Videocall\n\n" + zoom("91277301145", "Rw8"
                                                                                                "kL2pQxZ")),
        org("noreply@softgarden.io", "Rheinwert Bank AG"), att(ME, "Olivia Bennett"),
        att("henrik.lange@rheinwert.de", "Dr. Henrik Lange")]]),
        pos("Rheinwert Bank", "Learning Designer Corporate Academy", "hiring_manager",
            ("henrik.lange@rheinwert.de",)))

    # ---- French
    u = "wttj-interview-3302@welcometothejungle.com"
    add("fr-wttj-screen", "fr", u, cal("-//Welcome to the Jungle//Scheduling//FR", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261203T090000Z"), dt("DTEND", "20261203T093000Z"),
        "SUMMARY:Entretien téléphonique - Apprendre+ - Conceptrice pédagogique anglais",
        "DESCRIPTION:" + esc("Bonjour Olivia,\n\nVotre premier échange avec Camille Roux (chargée de recrutement) "
                             "est confirmé. Elle vous appellera.\n\nL'équipe Apprendre+"),
        org("no-reply@welcometothejungle.com", "Apprendre+"), att(ME, "Olivia Bennett"),
        att("camille.roux@apprendreplus.fr", "Camille Roux")]]),
        pos("Apprendre+", "Conceptrice pédagogique anglais", "recruiter_screen", ("camille.roux@apprendreplus.fr",)))

    u = "040000008200E00074C5B7101A82E00800000000FA0044A1B2C3DB01000000000000000010000000FA"
    add("fr-outlook-lyon-onsite", "fr", u, cal(EXCHANGE, [[
        org("recrutement@editions-lumiere.fr", "Recrutement Éditions Lumière"), att(ME, "Olivia Bennett"),
        att("p.garnier@editions-lumiere.fr", "Garnier, Pauline"), att("j.mercier@editions-lumiere.fr",
                                                                       "Mercier, Julien"),
        att("salle-rhone@editions-lumiere.fr", "Salle Rhône", cutype="ROOM", role="NON-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc("Madame,\n\nNous avons le plaisir de vous convier à un entretien dans "
                                            "nos locaux lyonnais pour le poste d'Éditrice numérique jeunesse "
                                            "(anglais). Vous rencontrerez Pauline Garnier, directrice éditoriale, "
                                            "et Julien Mercier, responsable produit.\n\nCordialement,\nService "
                                            "recrutement"),
        "SUMMARY;LANGUAGE=fr-FR:Entretien sur site - Éditrice numérique jeunesse",
        dt("DTSTART", "20261210T100000", R), dt("DTEND", "20261210T120000", R), f"UID:{u}", f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=fr-FR:Éditions Lumière Jeunesse\\, 12 quai Saint-Vincent\\, 69001 Lyon"]],
        tzs=(R,), windows=True),
        pos("Éditions Lumière Jeunesse", "Éditrice numérique jeunesse (anglais)", "onsite",
            ("p.garnier@editions-lumiere.fr", "j.mercier@editions-lumiere.fr")))

    u = "fr-hand-001@icloud.com"
    add("fr-terse-ios", "fr", u, cal(IOS, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261215T100000Z"), dt("DTEND", "20261215T110000Z"),
        "SUMMARY:Entretien Kidéo (visio) - cas pratique",
        "DESCRIPTION:présenter le module sur la lecture. avec Sophie + Amaury"]], method=""),
        pos("Kidéo", "", "technical", ()))

    u = "lever-fr-77a1@hire.lever.co"
    add("fr-lever-manager", "fr", u, cal("-//Lever//Lever Interview Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261216T153000Z"), dt("DTEND", "20261216T161500Z"),
        "SUMMARY:Entretien avec la manager - Learning Designer (Paris ou remote)",
        "DESCRIPTION:" + esc("Entretien avec Inès Belkacem, Head of Learning chez Banque Hexagone (Académie "
                             "Collaborateurs).\n\nGoogle Meet : https://meet.google.com/wrt-pqmz-acu"),
        org("no-reply@hire.lever.co", "Banque Hexagone"), att(ME, "Olivia Bennett"),
        att("ines.belkacem@bhexagone.fr", "Inès Belkacem")]]),
        pos("Banque Hexagone", "Learning Designer", "hiring_manager", ("ines.belkacem@bhexagone.fr",)))

    u = "fr-cancel-88@google.com"
    add("fr-cancelled", "fr", u, cal(GOOGLE, [[
        dt("DTSTART", "20261208T140000Z"), dt("DTEND", "20261208T150000Z"), f"DTSTAMP:{STAMP}",
        org("nathalie@coursmalin.fr", "Nathalie Perrin"), f"UID:{u}",
        att("nathalie@coursmalin.fr", "Nathalie Perrin", ps="ACCEPTED", style="google"),
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Annulé : Entretien Cours Malin / Olivia Bennett", "STATUS:CANCELLED", "SEQUENCE:1",
        "DESCRIPTION:" + esc("Cet événement a été annulé. Je reviens vers vous pour une nouvelle date.")]],
        method="CANCEL"),
        pos("Cours Malin", "", "", ("nathalie@coursmalin.fr",), trap="cancelled"))

    # ---- Spanish
    u = "aula-abierta-1@google.com"
    add("es-google-screen", "es", u, cal(GOOGLE, [[
        dt("DTSTART", "20261201T160000Z"), dt("DTEND", "20261201T163000Z"), f"DTSTAMP:{STAMP}",
        org("laura.sanchez@aulaabierta.es", "Laura Sánchez"), f"UID:{u}",
        att("laura.sanchez@aulaabierta.es", "Laura Sánchez", ps="ACCEPTED", style="google"),
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Primera entrevista Aula Abierta - Diseñadora instruccional (inglés)",
        "DESCRIPTION:" + esc("Hola Olivia:\n\nTe confirmo la primera entrevista con selección. Duración 30 min.\n\n"
                             + meet("ayc-tmqe-hvb")), "STATUS:CONFIRMED"]]),
        pos("Aula Abierta", "Diseñadora instruccional (inglés)", "recruiter_screen",
            ("laura.sanchez@aulaabierta.es",)))

    u = "040000008200E00074C5B7101A82E00800000000E5A1B2C3D4E5DB01000000000000000010000000E5"
    add("es-outlook-bank-panel", "es", u, cal(EXCHANGE, [[
        org("seleccion@bancomeridiano.es", "Selección Banco Meridiano",
            sent_by="marta.iglesias@bancomeridiano.es"),
        att(ME, "Olivia Bennett"), att("jorge.pardo@bancomeridiano.es", "Pardo Ruiz, Jorge"),
        att("elena.campos@bancomeridiano.es", "Campos, Elena"),
        att("sala.diagonal3@bancomeridiano.es", "Sala Diagonal 3", cutype="ROOM", role="NON-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Estimada Olivia:\n\nTe convocamos a la entrevista con el comité para "
                                            "el puesto de Learning Experience Designer en la Escuela de Formación "
                                            "de Banco Meridiano, S.A. Te entrevistarán Jorge Pardo (Director de "
                                            "Formación) y Elena Campos (Diseño Digital).\n\nUn saludo,\nMarta "
                                            "Iglesias - Selección"),
        "SUMMARY;LANGUAGE=es-ES:Entrevista comité - Learning Experience Designer",
        dt("DTSTART", "20261210T110000", R), dt("DTEND", "20261210T123000", R), f"UID:{u}", f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=es-ES:Av. Diagonal 640\\, Barcelona - Sala Diagonal 3"]], tzs=(R,), windows=True),
        pos("Banco Meridiano", "Learning Experience Designer", "onsite",
            ("jorge.pardo@bancomeridiano.es", "elena.campos@bancomeridiano.es")))

    u = "es-hand-ios-22"
    add("es-terse-handtyped", "es", u, cal(IOS, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261204T170000Z"), dt("DTEND", "20261204T173000Z"),
        "SUMMARY:Entrevista Editorial Marea", "DESCRIPTION:me llaman ellos. puesto editora contenidos ELE"]],
        method=""),
        pos("Editorial Marea", "Editora contenidos ELE", "", ()))

    u = "teamtailor-es-5521"
    add("es-teamtailor-tech", "es", u, cal("-//Teamtailor//Teamtailor//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261211T100000Z"), dt("DTEND", "20261211T110000Z"),
        "SUMMARY:Prueba técnica en directo - Clasea",
        "DESCRIPTION:" + esc("Puesto: Content Designer (Primaria)\nEntrevistadores: Pablo Rey\nEnlace: https://"
                             "clasea.teamtailor.com/video/5521\nEnviado a través de Teamtailor"),
        org("notifications@teamtailor.com", "Clasea"), att(ME, "Olivia Bennett"), att("pablo.rey@clasea.com",
                                                                                      "Pablo Rey")]]),
        pos("Clasea", "Content Designer (Primaria)", "technical", ("pablo.rey@clasea.com",)))

    u = "es-founder-hotmail-9"
    add("es-founder-hotmail", "es", u, cal(OUTLOOK, [[
        org("nacho.ferrer.edu@hotmail.com", "Nacho Ferrer"), att(ME, "Olivia Bennett"),
        "SUMMARY:Charla/entrevista - Pequeños Lectores",
        "DESCRIPTION:" + esc("Hola Olivia, soy Nacho, fundador de Pequeños Lectores (app de lectura, Valencia). "
                             "Me encantaría entrevistarte para el puesto de diseñadora de contenidos en inglés. "
                             "Hablamos por Zoom.\n\n" + zoom("88123400917", "UGVxTmYaa1")),
        dt("DTSTART", "20261207T173000", R), dt("DTEND", "20261207T181500", R), f"UID:{u}", f"DTSTAMP:{STAMP}"]],
        tzs=(R,), windows=True),
        pos("Pequeños Lectores", "Diseñadora de contenidos en inglés", "", ("nacho.ferrer.edu@hotmail.com",)))

    u = "es-agency-adecco-like-31"
    add("es-agency", "es", u, cal(GOOGLE, [[
        dt("DTSTART", "20261214T090000Z"), dt("DTEND", "20261214T100000Z"), f"DTSTAMP:{STAMP}",
        org("irene.soto@talentoeduca.es", "Irene Soto"), f"UID:{u}",
        att("irene.soto@talentoeduca.es", "Irene Soto", ps="ACCEPTED", style="google"),
        att("r.molina@fundacionleerjuntos.org", "Raquel Molina", style="google"),
        att(ME, "Olivia Bennett", style="google"),
        "SUMMARY:Entrevista con Fundación Leer Juntos - Técnica de formación",
        "DESCRIPTION:" + esc("Olivia, te presento a Raquel Molina, responsable de programas de la Fundación Leer "
                             "Juntos, que hará la entrevista. Yo solo os conecto y me salgo.\n\nIrene - Talento "
                             "Educa (consultora de selección)\n\n" + meet("kpe-vyrt-moa")), "STATUS:CONFIRMED"]]),
        pos("Fundación Leer Juntos", "Técnica de formación", "", ("r.molina@fundacionleerjuntos.org",)))

    u = "es-allday-final-77"
    add("es-allday-final", "es", u, cal(APPLE, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261218"), dt("DTEND", "20261219"),
        "SUMMARY:Barcelona - entrevista final Eduxpert (todo el día)",
        "DESCRIPTION:vuelo 7:05 MAN-BCN. jornada final con el equipo de Eduxpert Learning Solutions\\, puesto "
        "Instructional Designer Sr."]], method=""),
        pos("Eduxpert", "Instructional Designer Sr.", "final", ()))

    u = "bookings-es-1120@aprendia.com"
    add("es-bookings-hm", "es", u, cal(EXCHANGE, [[
        org("Reservas@aprendia.com", "Aprendia Reservas"), att(ME, "Olivia Bennett"),
        att("andres.gil@aprendia.com", "Andrés Gil"),
        "DESCRIPTION:" + esc("Tu reserva está confirmada.\n\nServicio: Entrevista con responsable de equipo - "
                             "Instructional Designer\nPersonal: Andrés Gil\n\n" + teams("e51102", "es")),
        "SUMMARY:Entrevista con responsable de equipo - Instructional Designer",
        dt("DTSTART", "20261215T120000", R), dt("DTEND", "20261215T124500", R), f"UID:{u}", f"DTSTAMP:{STAMP}"]],
        tzs=(R,), windows=True),
        pos("Aprendia", "Instructional Designer", "hiring_manager", ("andres.gil@aprendia.com",)))

    u = "es-workaddr-3311@google.com"
    add("es-work-address", "es", u, cal(GOOGLE, [[
        dt("DTSTART", "20261209T163000Z"), dt("DTEND", "20261209T171500Z"), f"DTSTAMP:{STAMP}",
        org("carlos.vidal@edunube.es", "Carlos Vidal"), f"UID:{u}",
        att("carlos.vidal@edunube.es", "Carlos Vidal", ps="ACCEPTED", style="google"),
        att(WORK, "o.bennett@oakfield-primary.org.uk", style="google"),
        "SUMMARY:Segunda entrevista EduNube - Olivia",
        "DESCRIPTION:" + esc("Hola Olivia, segunda ronda para el puesto de Learning Designer (remoto). Revisaremos "
                             "tu propuesta de curso.\n\n" + meet("nzw-gqpe-tfh")), "STATUS:CONFIRMED"]]),
        pos("EduNube", "Learning Designer", "technical", ("carlos.vidal@edunube.es",), trap="work_address"))

    u = "es-recur-prueba-1"
    head = [f"UID:{u}", org("rrhh@lecturix.es", "RRHH Lecturix"), att(ME, "Olivia Bennett"),
            att("sonia.paredes@lecturix.es", "Sonia Paredes")]
    add("es-recurring-trial", "es", u, cal(OUTLOOK, [
        [*head, f"DTSTAMP:{STAMP}", dt("DTSTART", "20270118T100000", R), dt("DTEND", "20270118T130000", R),
                "RRULE:FREQ=WEEKLY;COUNT=2", "SUMMARY:Prueba práctica remunerada - Lecturix (fase final)",
                "DESCRIPTION:" + esc("Dos sesiones de trabajo con Sonia Paredes para el puesto de Diseñadora de "
                                     "contenidos. Es la última fase del proceso.")],
        [*head, f"DTSTAMP:{STAMP}", f"RECURRENCE-ID;TZID={R}:20270125T100000",
                dt("DTSTART", "20270126T100000", R), dt("DTEND", "20270126T130000", R), "SEQUENCE:1",
                "SUMMARY:Prueba práctica remunerada - Lecturix (fase final) - cambio de día"]],
        tzs=(R,), windows=True),
        pos("Lecturix", "Diseñadora de contenidos", "final", ("sonia.paredes@lecturix.es",)))

    u = "es-ashby-cancel-4"
    add("es-ashby-cancelled", "es", u, cal("-//Ashby//Ashby Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261203T150000Z"), dt("DTEND", "20261203T154500Z"),
        "SUMMARY:Cancelada: Entrevista con Lúdica Kids - Olivia Bennett", "STATUS:CANCELLED",
        "DESCRIPTION:" + esc("La entrevista con Álvaro Nieto (Head of Content) ha sido cancelada."),
        org("scheduling@ludicakids.ashbyhq.com", "Lúdica Kids"), att(ME, "Olivia Bennett"),
        att("alvaro.nieto@ludicakids.com", "Álvaro Nieto")]], method="CANCEL"),
        pos("Lúdica Kids", "", "", ("alvaro.nieto@ludicakids.com",), trap="cancelled"))
