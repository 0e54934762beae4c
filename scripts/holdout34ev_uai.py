"""holdout34: the user on the hiring side at L'Écho Rhodanien (never his own interview)."""

from __future__ import annotations

from holdout34ev_ics import (
    APPLE,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    WORK,
    WTTJ,
    ZIMBRA,
    Ev,
    att,
    cal,
    gfoot,
    meet,
    org,
    p,
    teams,
)

RST = "Romance Standard Time"
UAI = "user_as_interviewer"


def _n(kind: str, lang: str, text: str) -> Ev:
    return Ev(kind, lang, 0, "", "", "", [], UAI, text)


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(_n("uai-jury-hr", "fr", cal(ZIMBRA, [[
        "UID:zimbra-ler-jury-webcdd-7731",
        p("SUMMARY", "Jury de recrutement - Journaliste web (CDD 12 mois)"),
        org("rh@lecho-rhodanien.fr", "Service RH - L'Écho Rhodanien"),
        att(WORK, "Thomas Lefèvre"), att("m.garnier@lecho-rhodanien.fr", "Martine Garnier"),
        att("salle.redaction2@lecho-rhodanien.fr", "Salle de réunion 2e étage", cutype="ROOM", role="NON-PARTICIPANT"),
        "DTSTART;TZID=\"Europe/Paris\":20261109T140000", "DTEND;TZID=\"Europe/Paris\":20261109T173000",
        p("DESCRIPTION", "Membres du jury : Martine Garnier (rédactrice en chef adjointe), Thomas Lefèvre (service "
          "Métropole), RH.\nCandidats reçus : 14h Yanis Cherki, 15h Inès Morel, 16h15 Paul Vidal.\nLes CV sont "
          "dans le dossier partagé Recrutement/2026-web."),
        p("LOCATION", "Salle de réunion 2e étage")]], method="REQUEST", tz="Europe/Paris", windows=False)))
    e.append(_n("uai-candidate-freemail", "fr", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-STAGE-LEA",
        org(WORK, "LEFEVRE Thomas"), att("lea.bonnet2004@gmail.com", "Léa Bonnet"),
        p("SUMMARY;LANGUAGE=fr-FR", "Entretien stage d'été – Léa Bonnet"),
        "DTSTART;TZID=Romance Standard Time:20261110T113000", "DTEND;TZID=Romance Standard Time:20261110T120000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Léa,\nSuite à votre candidature pour le stage d'été au service "
          "Métropole, je vous propose un entretien à la rédaction (accueil, 4 rue Childebert).\nThomas Lefèvre, "
          "journaliste, L'Écho Rhodanien"),
        p("LOCATION;LANGUAGE=fr-FR", "L'Écho Rhodanien - 4 rue Childebert")]], method="REQUEST", tz=RST)))
    e.append(_n("uai-hand-typed", "fr", cal(IOS, [[
        "UID:A0B1-STAGIAIRE-HUGO-NOTE", "DTSTART;TZID=Europe/Paris:20261113T090000",
        "DTEND;TZID=Europe/Paris:20261113T093000",
        p("SUMMARY", "entretien stagiaire Hugo (IUT journalisme) - c'est moi qui le reçois"),
        p("DESCRIPTION", "relire sa lettre, préparer 3 questions sur l'actu locale")]], tz="Europe/Paris",
        windows=False)))
    e.append(_n("uai-forwarded-private", "fr", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-CORRESP-VF",
        org("a.perret@lecho-rhodanien.fr", "PERRET Alain"), att(WORK, "LEFEVRE Thomas"),
        att(ME, "thomas.lefevre@orange.fr", role="OPT-PARTICIPANT"),
        p("SUMMARY;LANGUAGE=fr-FR", "TR: Entretiens correspondants locaux de presse - secteur Villefranche"),
        "DTSTART;TZID=Romance Standard Time:20261116T100000", "DTEND;TZID=Romance Standard Time:20261116T123000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Transféré sur mon agenda perso.\n\n-----Rendez-vous d'origine-----\n"
          "Alain Perret, chef d'agence Villefranche : nous recevons les trois candidats au statut de correspondant "
          "local de presse (CLP). Thomas, tu mènes les entretiens avec moi.\n\n" + teams("fr", "322 981 455 30"))]],
        method="REQUEST", tz=RST)))
    e.append(_n("uai-wttj-employer", "fr", cal(WTTJ, [[
        "UID:wttj-interview-ler-8d11f2-stage-web",
        p("SUMMARY", "Entretien avec Camille Roux - Stage journalisme web (L'Écho Rhodanien)"),
        "DTSTART:20261117T130000Z", "DTEND:20261117T133000Z",
        org("no-reply@welcometothejungle.com", "L'Écho Rhodanien via Welcome to the Jungle"),
        att(WORK, "Thomas Lefèvre"), att("camille.roux.pro@outlook.fr", "Camille Roux"),
        p("DESCRIPTION", "Bonjour Thomas,\nUn entretien a été programmé avec la candidate Camille Roux pour l'offre "
          "« Stage journalisme web – 6 mois ».\nVous êtes indiqué comme intervieweur. Pensez à remplir votre "
          "évaluation dans l'espace recruteur après l'entretien.\nLien : https://meet.google.com/ler-cxrw-kpa")]],
        method="REQUEST")))
    e.append(_n("uai-calendly-host", "fr", cal(CALENDLY, [[
        "UID:calendly-host-ler-pigiste-42aa", "DTSTART:20261119T160000Z", "DTEND:20261119T163000Z",
        p("SUMMARY", "Nora Belkacem et Thomas Lefèvre"),
        org(WORK, "Thomas Lefèvre"), att(WORK, "Thomas Lefèvre", ps="ACCEPTED"),
        att("nora.belkacem@gmail.com", "Nora Belkacem", ps="ACCEPTED"),
        p("DESCRIPTION", "Type d'événement : Entretien pigiste – L'Écho Rhodanien\nInvité : Nora Belkacem\n"
          "Réponse de l'invité : « Je candidate pour les piges sport amateur le week-end. »\n\nVous êtes l'hôte de "
          "cet événement. Propulsé par Calendly.com")]], method="REQUEST")))
    e.append(_n("uai-debrief", "fr", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-DEBRIEF-SR",
        org("m.garnier@lecho-rhodanien.fr", "GARNIER Martine"), att(WORK, "LEFEVRE Thomas"),
        att("rh@lecho-rhodanien.fr", "Service RH"),
        p("SUMMARY;LANGUAGE=fr-FR", "Débrief jury – recrutement secrétaire de rédaction"),
        "DTSTART;TZID=Romance Standard Time:20261120T170000", "DTEND;TZID=Romance Standard Time:20261120T173000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "On compare nos grilles sur les 4 candidats vus mardi et on décide qui "
          "rappeler.")]], method="REQUEST", tz=RST)))
    e.append(_n("uai-recurring-override", "fr", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-CRENEAU-STAGES",
        org("rh@lecho-rhodanien.fr", "Service RH"), att(WORK, "LEFEVRE Thomas"),
        p("SUMMARY;LANGUAGE=fr-FR", "Créneau entretiens candidats stagiaires (Thomas reçoit)"),
        "DTSTART;TZID=Romance Standard Time:20261104T160000", "DTEND;TZID=Romance Standard Time:20261104T170000",
        "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=WE",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Créneau hebdomadaire réservé aux entretiens des candidats au stage de "
          "printemps. Le nom du candidat est ajouté dans la description la veille.")], [
        "UID:040000008200E00074C5B7101A82E00800000000LER-CRENEAU-STAGES",
        "RECURRENCE-ID;TZID=Romance Standard Time:20261118T160000",
        org("rh@lecho-rhodanien.fr", "Service RH"), att(WORK, "LEFEVRE Thomas"),
        p("SUMMARY;LANGUAGE=fr-FR", "Créneau entretiens candidats stagiaires (Thomas reçoit) - candidate : Sarah "
          "Ait-Ali"),
        "DTSTART;TZID=Romance Standard Time:20261118T173000", "DTEND;TZID=Romance Standard Time:20261118T183000",
        "SEQUENCE:1"]], method="REQUEST", tz=RST)))
    e.append(_n("uai-cancelled-candidate", "fr", cal(EXCHANGE, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-GIRARD-ANNUL", "STATUS:CANCELLED", "SEQUENCE:1",
        org(WORK, "LEFEVRE Thomas"), att("maxime.girard@etu.univ-lyon2.fr", "Maxime Girard"),
        p("SUMMARY;LANGUAGE=fr-FR", "Annulé : Entretien stage rédaction – Maxime Girard"),
        "DTSTART;TZID=Romance Standard Time:20261123T110000", "DTEND;TZID=Romance Standard Time:20261123T113000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Maxime, le candidat a trouvé un autre stage : j'annule.")]],
        method="CANCEL", tz=RST)))
    e.append(_n("uai-agency-candidate", "fr", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000MEDIARH-MORIN",
        org("claire@mediarh-conseil.fr", "Claire Dumont - MédiaRH Conseil"), att(WORK, "Thomas Lefèvre"),
        att("m.garnier@lecho-rhodanien.fr", "Martine Garnier"),
        p("SUMMARY;LANGUAGE=fr-FR", "Rencontre candidat Sébastien Morin – poste de chef d'édition (L'Écho "
          "Rhodanien)"),
        "DTSTART;TZID=Romance Standard Time:20261124T100000", "DTEND;TZID=Romance Standard Time:20261124T110000",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Martine, bonjour Thomas,\nComme convenu, je vous présente notre "
          "candidat Sébastien Morin pour votre poste de chef d'édition. Vous trouverez son CV et notre compte rendu "
          "en pièce jointe.\nClaire Dumont, MédiaRH Conseil"),
        p("LOCATION;LANGUAGE=fr-FR", "L'Écho Rhodanien, bureau de Martine")]], method="REQUEST", tz=RST)))
    e.append(_n("uai-teams-alternance", "fr", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-ALT-CM",
        org("rh@lecho-rhodanien.fr", "Service RH"), att(WORK, "LEFEVRE Thomas"),
        att("zoe.perret@edu.iscpa.fr", "Zoé Perret"),
        p("SUMMARY;LANGUAGE=fr-FR", "Entretien alternance community manager - candidate Zoé Perret"),
        "DTSTART;TZID=Romance Standard Time:20261125T143000", "DTEND;TZID=Romance Standard Time:20261125T151500",
        p("DESCRIPTION;LANGUAGE=fr-FR", "Thomas, tu fais l'entretien côté rédaction, je m'occupe des questions "
          "contrat d'apprentissage.\n\n" + teams("fr", "331 720 448 96"))]], method="REQUEST", tz=RST)))
    e.append(_n("uai-scorecard-block", "fr", cal(GOOGLE, [[
        "DTSTART:20261126T080000Z", "DTEND:20261126T090000Z", "UID:9lergrilles@google.com",
        p("SUMMARY", "Remplir grilles d'évaluation candidats stage (avant réunion RH)"),
        org(WORK, "Thomas Lefèvre"),
        "TRANSP:OPAQUE"]], xwr="Europe/Paris")))
    # English
    e.append(_n("uai-university-candidate", "en", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-ERASMUS-BEN",
        org(WORK, "LEFEVRE Thomas"), att("b.carter@students.cardiff-uni.ac.uk", "Ben Carter"),
        p("SUMMARY;LANGUAGE=en-GB", "Interview for the Erasmus newsroom internship – Ben Carter"),
        "DTSTART;TZID=Romance Standard Time:20261112T150000", "DTEND;TZID=Romance Standard Time:20261112T153000",
        p("DESCRIPTION;LANGUAGE=en-GB", "Hi Ben, thanks for applying to our spring internship at L'Écho Rhodanien. "
          "I'll interview you in English and a little in French.\nThomas\n\n" + teams("en", "303 227 198 45"))]],
        method="REQUEST", tz=RST)))
    e.append(_n("uai-correspondent-london", "en", cal(GOOGLE, [[
        "DTSTART:20261127T140000Z", "DTEND:20261127T143000Z", "UID:8lerlondoncorr@google.com",
        org(WORK, "Thomas Lefèvre"), att(WORK, "Thomas Lefèvre", ps="ACCEPTED"),
        att("aisha.rahman.writes@gmail.com", "Aisha Rahman"),
        p("SUMMARY", "Freelance correspondent (London) – interview with applicant Aisha Rahman"),
        p("DESCRIPTION", "Aisha, as discussed: a 30 min call about contributing London stories to our regional "
          "daily. Bring two clips.\n" + meet("en", "ler-lond-cor") + gfoot(WORK))]], method="REQUEST")))
    e.append(_n("uai-hiring-panel", "en", cal(EXCHANGE, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-DATAJ-PANEL",
        org("redaction.chef@lecho-rhodanien.fr", "BERTRAND Luc (Rédacteur en chef)"),
        att(WORK, "LEFEVRE Thomas"), att("m.garnier@lecho-rhodanien.fr", "GARNIER Martine"),
        att("salle.conseil@lecho-rhodanien.fr", "Salle du conseil", cutype="ROOM", role="NON-PARTICIPANT"),
        p("SUMMARY;LANGUAGE=en-GB", "Hiring panel – data journalist shortlist (3 candidates)"),
        "DTSTART;TZID=Romance Standard Time:20261201T093000", "DTEND;TZID=Romance Standard Time:20261201T123000",
        p("DESCRIPTION;LANGUAGE=en-GB", "Panel interviews in English for the European data desk opening. Luc, "
          "Martine and Thomas interview; candidates join by Teams from Lisbon, Dublin and Milan.\n\n" +
          teams("en", "367 004 552 18"))]], method="REQUEST", tz=RST)))
    # German
    e.append(_n("uai-berlin-correspondent", "de", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-BERLIN-KELLER",
        org(WORK, "Lefèvre, Thomas"), att("jonas.keller@posteo.de", "Jonas Keller"),
        p("SUMMARY;LANGUAGE=de-DE", "Vorstellungsgespräch freier Korrespondent Berlin – Bewerber Jonas Keller"),
        "DTSTART;TZID=Romance Standard Time:20261203T100000", "DTEND;TZID=Romance Standard Time:20261203T104500",
        p("DESCRIPTION;LANGUAGE=de-DE", "Hallo Herr Keller, danke für Ihre Bewerbung als freier Korrespondent für "
          "L'Écho Rhodanien in Berlin. Ich führe das Gespräch (auf Französisch und Deutsch).\nThomas Lefèvre\n\n" +
          teams("de", "354 991 207 63"))]], method="REQUEST", tz=RST)))
    e.append(_n("uai-private-google", "de", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20261204T090000", "DTEND;TZID=Europe/Paris:20261204T093000",
        "UID:7vogtpraktikum@google.com",
        org(ME, "Thomas Lefèvre"), att(ME, "Thomas Lefèvre", ps="ACCEPTED"), att("lena.vogt@web.de", "Lena Vogt"),
        p("SUMMARY", "Praktikumsbewerbung Lena Vogt – Gespräch mit Thomas (L'Écho Rhodanien)"),
        p("DESCRIPTION", "Liebe Frau Vogt, hier der Link für unser Bewerbungsgespräch zu Ihrem Praktikum in unserer "
          "Redaktion in Lyon.\n" + meet("de", "vog-tprk-lyo") + gfoot(ME))]], method="REQUEST", tz="Europe/Paris",
        windows=False)))
    # Spanish
    e.append(_n("uai-madrid-candidate", "es", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000LER-MADRID-RUIZ",
        org(WORK, "Lefèvre, Thomas"), att("elena_ruiz_periodista@hotmail.com", "Elena Ruiz"),
        p("SUMMARY;LANGUAGE=es-ES", "Entrevista candidata corresponsal en Madrid – Elena Ruiz"),
        "DTSTART;TZID=Romance Standard Time:20261208T120000", "DTEND;TZID=Romance Standard Time:20261208T124500",
        p("DESCRIPTION;LANGUAGE=es-ES", "Hola Elena: te entrevisto para la colaboración como corresponsal de L'Écho "
          "Rhodanien en Madrid. Hablaremos de tus temas y tarifas.\nThomas\n\n" + teams("es", "319 443 870 12"))]],
        method="REQUEST", tz=RST)))
    e.append(_n("uai-forwarded-es", "es", cal(APPLE, [[
        "UID:E4E4-PRACTICAS-SALAMANCA", "DTSTART:20261211T100000", "DTEND:20261211T103000",
        p("SUMMARY", "Entrevista prácticas – candidato Univ. de Salamanca (yo entrevisto, para la rédac)"),
        p("DESCRIPTION", "Copia privada. Candidato: Álvaro Méndez, alvaro.mendez@usal.es. Le llamo yo por Teams "
          "desde la redacción.")]])))
    return e
