"""train18 negatives: Amadou on the hiring side at Université de Bruxelles-Est (trap user_as_interviewer)."""

from __future__ import annotations

from train18ev_ics import (
    APPLE,
    EXCHANGE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    STAMP,
    Ev,
    att,
    cal,
    comp,
    d,
    loc,
    org,
    room,
    s,
    teams_en,
    teams_fr,
    tz_olson,
    tz_windows,
    ve,
)

E: list[Ev] = []
T = "user_as_interviewer"
UBE = "univ-bruxelles-est.be"

u = "040000008200E00074C5B7101A82E00800000000UBE0001A0DIALLOJOBISTE000000000000000010000000PEETERS"
E.append(Ev("side-user-organises-gmail-candidate", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        "CLASS:PUBLIC", f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261125T140000",
        "DTEND;TZID=Romance Standard Time:20261125T143000",
        s("Entretien job étudiant helpdesk – Lucas Peeters"),
        org(ME_WORK, "Diallo Amadou"), att("lucas.peeters2004@gmail.com", "lucas.peeters2004@gmail.com"),
        room(f"salle.b214@{UBE}", "UBE - Bât. B - B2.14 (réunion 6p)"),
        d("Bonjour Lucas,\n\nMerci pour votre candidature au job étudiant « Helpdesk informatique – accueil "
          "campus » (10h/semaine). Je vous propose un entretien de 30 minutes au bâtiment B, local B2.14.\n"
          "Pensez à apporter votre horaire de cours du 2e quadrimestre.\n\nAmadou Diallo\nResponsable "
          "d'équipe Support IT – Service informatique\nUniversité de Bruxelles-Est"),
        loc("UBE - Bât. B - B2.14 (réunion 6p)"))),
    False, trap=T))

u = "UBE-JURY-PATO-2026-044@univ-bruxelles-est.be"
E.append(Ev("side-hr-jury-technician", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261201T090000",
        "DTEND;TZID=Romance Standard Time:20261201T123000",
        s("Jury de recrutement – Technicien·ne informatique (réf. PATO-2026-044) – 3 candidat·e·s"),
        org(f"recrutement.pato@{UBE}", "UBE – Service du personnel (recrutement)"),
        att(ME_WORK, "DIALLO Amadou"), att(f"c.vandenberghe@{UBE}", "VANDENBERGHE Claire"),
        att(f"m.lambotte@{UBE}", "LAMBOTTE Michel"), room(f"salle.conseil@{UBE}", "Salle du Conseil (Rectorat)"),
        d("Chers membres du jury,\n\nVeuillez trouver ci-dessous le planning des entretiens pour le poste de "
          "technicien·ne informatique (PATO, niveau 2.1) :\n09:00 Mme A. Dufour\n10:00 M. T. Janssens\n11:00 "
          "M. R. Benhaddou\n11:45 Délibération\n\nLes dossiers et la grille d'évaluation sont disponibles sur "
          "l'intranet RH. Merci de signer la déclaration d'absence de conflit d'intérêts.\n\nService du personnel"),
        loc("Salle du Conseil (Rectorat)"))),
    False, trap=T))

u = "0B4E2C11-9D7A-4E31-8A55-YASMINE-NOTE"
E.append(Ev("side-hand-typed-note", "fr", u, cal(
    IOS, ve(
        "CREATED:20261124T073300Z", f"UID:{u}", "DTSTART:20261126T140000", "DTEND:20261126T143000",
        "DTSTAMP:20261124T073310Z", s("entretien Yasmine (jobiste) – imprimer grille"), "SEQUENCE:0",
        d("local B2.14, lui demander dispo samedi matin pour la permanence")), method=None),
    False, trap=T))

u = "040000008200E00074C5B7101A82E00800000000UBEFWD77RESEAUJANSSENS0000000000001000000011"
E.append(Ev("side-forwarded-tr", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        "CLASS:PUBLIC", f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261203T100000",
        "DTEND;TZID=Romance Standard Time:20261203T110000",
        s("TR: Entretien candidat – poste technicien réseau (M. Janssens)"),
        org(f"m.lambotte@{UBE}", "Lambotte Michel"), att(f"m.lambotte@{UBE}", "Lambotte Michel", stat="ACCEPTED"),
        att(ME_WORK, "Diallo Amadou"), att(ME_PRIVATE, "amadou.diallo@skynet.be", role="OPT-PARTICIPANT"),
        d("-----Message d'origine-----\nDe : Lambotte Michel\nÀ : Diallo Amadou\nObjet : Entretien candidat – "
          "poste technicien réseau\n\nAmadou, tu peux faire la partie technique avec moi ? Le candidat (Thomas "
          "Janssens) vient de chez un intégrateur, pose-lui des questions VLAN / Wi-Fi eduroam.\nMerci !\n"
          "Michel\n\n(transféré vers mon agenda perso – A.)\n\n" + teams_fr("399 045 118 720", "VUJFcmVzZWF1M")),
        loc("Réunion Microsoft Teams"))),
    False, trap=T))

u = "5D1F9A77-6C2B-4B5A-9E11-PRIVCOPY-JURY"
E.append(Ev("side-private-copy-apple", "fr", u, cal(
    APPLE, ve(
        "CREATED:20261125T200100Z", f"UID:{u}", "DTSTART;TZID=Europe/Brussels:20261201T090000",
        "DTEND;TZID=Europe/Brussels:20261201T123000", "DTSTAMP:20261125T200105Z",
        s("copie : jury technicien UBE (3 candidats) – je suis membre du jury"), "SEQUENCE:0",
        d("copie de l'invit du Service du personnel sur l'agenda boulot. Pas dispo pour autre chose ce matin.")),
        method=None).replace("BEGIN:VEVENT", tz_olson() + "\r\nBEGIN:VEVENT", 1),
    False, trap=T))

u = "UBE-SLOTS-JOBISTES-HELPDESK-Q1@univ-bruxelles-est.be"
E.append(Ev("side-recurring-slot-override", "fr", u, cal(
    OUTLOOK, tz_windows(),
    ve(f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261130T160000",
       "DTEND;TZID=Romance Standard Time:20261130T173000", "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO",
       s("Créneau entretiens jobistes helpdesk (candidat·e·s étudiant·e·s)"),
       org(ME_WORK, "Diallo Amadou"), att(f"s.haddou@{UBE}", "Haddou Samira"),
       d("Bloc hebdomadaire pour recevoir les étudiant·e·s qui postulent aux jobs helpdesk. Samira (adjointe) "
         "m'accompagne. Les noms des candidat·e·s sont ajoutés au fur et à mesure."),
       loc("Service informatique – bureau B1.03")),
    ve(f"UID:{u}", STAMP, "RECURRENCE-ID;TZID=Romance Standard Time:20261214T160000",
       "DTSTART;TZID=Romance Standard Time:20261215T110000", "DTEND;TZID=Romance Standard Time:20261215T123000",
       s("Créneau entretiens jobistes helpdesk – déplacé (examens)"),
       org(ME_WORK, "Diallo Amadou"), att(f"s.haddou@{UBE}", "Haddou Samira"),
       d("Déplacé au mardi à cause de la surveillance d'examens. Candidates : Inès M., Joris V."),
       loc("Service informatique – bureau B1.03"), "SEQUENCE:1")),
    False, trap=T))

u = "040000008200E00074C5B7101A82E00800000000UBECANCELDUFOUR00000000000000000010000000AD"
E.append(Ev("side-cancelled-candidate", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", "DTSTAMP:20261127T150000Z", "DTSTART;TZID=Romance Standard Time:20261202T140000",
        "DTEND;TZID=Romance Standard Time:20261202T144500",
        s("Annulé : Entretien – Mme Dufour (gestionnaire parc informatique)"),
        org(ME_WORK, "Diallo Amadou"), att("aurelie.dufour@hotmail.be", "aurelie.dufour@hotmail.be"),
        att(f"c.vandenberghe@{UBE}", "Vandenberghe Claire"),
        d("Madame Dufour,\n\nSuite à votre message, l'entretien de mercredi est annulé. Le Service du personnel "
          "vous recontactera.\n\nA. Diallo – Service informatique, UBE"),
        "STATUS:CANCELLED", "SEQUENCE:1"), method="CANCEL"),
    False, trap=T))

u = "UBE-DELIB-PATO-2026-044@univ-bruxelles-est.be"
E.append(Ev("side-jury-deliberation", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261204T150000",
        "DTEND;TZID=Romance Standard Time:20261204T160000",
        s("Délibération jury – technicien·ne informatique (PATO-2026-044)"),
        org(f"c.vandenberghe@{UBE}", "Vandenberghe Claire"), att(ME_WORK, "Diallo Amadou"),
        att(f"m.lambotte@{UBE}", "Lambotte Michel"),
        d("Finalisation du classement des lauréat·e·s et rédaction du PV de jury. Merci d'apporter vos grilles "
          "d'évaluation complétées.\n\n" + teams_fr("311 802 557 016", "REVMSUJQQVRPM")),
        loc("Réunion Microsoft Teams"))),
    False, trap=T))

u = "0AF31C42-8E5B-4D77-B210-GRILLES-BLOCK"
E.append(Ev("side-scorecard-block", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261201T133000",
        "DTEND;TZID=Romance Standard Time:20261201T143000",
        s("Remplir grilles d'évaluation – candidats technicien (jury ce matin)"),
        org(ME_WORK, "Diallo Amadou"), "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        d("Ne pas oublier : commentaires motivés pour chaque critère, à renvoyer au Service du personnel avant "
          "17h."), "CLASS:PRIVATE"), method="PUBLISH"),
    False, trap=T))

u = "talentis-presentation-eli-2026-1190"
E.append(Ev("side-agency-sends-candidate", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261208T100000",
        "DTEND;TZID=Romance Standard Time:20261208T104500",
        s("Présentation candidat – Technicien support N2 – M. Karim El Idrissi (Talentis)"),
        org("elodie.marchand@talentis.be", "Marchand Élodie"), att(ME_WORK, "Diallo Amadou"),
        att("karim.elidrissi@outlook.com", "Karim El Idrissi"),
        d("Bonjour Monsieur Diallo,\n\nComme convenu, je vous présente M. Karim El Idrissi pour votre poste de "
          "Technicien support N2 (intérim avec option d'engagement) au Service informatique de l'Université. "
          "Vous trouverez son CV en pièce jointe. L'entretien aura lieu dans vos locaux.\n\nÉlodie Marchand\n"
          "Talentis Recruitment – Division IT"),
        loc("UBE, Service informatique, Bât. B"))),
    False, trap=T))

u = "040000008200E00074C5B7101A82E00800000000UBETEAMSETU0000000000000000000000100000ETU1"
E.append(Ev("side-teams-student-address", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261127T120000",
        "DTEND;TZID=Romance Standard Time:20261127T122000",
        s("Entretien – job étudiant salles informatiques (Teams)"),
        org(ME_WORK, "Diallo Amadou"), att("mvandamme@etu.univ-bruxelles-est.be", "Mathis Vandamme"),
        d("Bonjour Mathis, comme tu es en stage à Liège cette semaine, on fait l'entretien pour le job étudiant "
          "en salles informatiques par Teams. 20 minutes suffiront.\nAmadou\n\n"
          + teams_fr("388 117 004 229", "RVRVc2FsbGVzM")),
        loc("Réunion Microsoft Teams"))),
    False, trap=T))

u = "UBE-SHADOW-JURY-SARAH-20261210"
E.append(Ev("side-shadowing", "fr", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261210T100000",
        "DTEND;TZID=Romance Standard Time:20261210T110000",
        s("Observation d'entretien (binôme) – Sarah assiste à mon entretien candidat helpdesk"),
        org(ME_WORK, "Diallo Amadou"), att(f"s.mertens@{UBE}", "Mertens Sarah"),
        d("Sarah Mertens (nouvelle membre de jury) observe l'entretien que je mène avec la candidate "
          "helpdesk de 10h, dans le cadre de sa formation de jury. Elle ne pose pas de questions."),
        loc("B2.14"))),
    False, trap=T))

u = "UBE-TEST-PRATIQUE-TECH-20261202"
E.append(Ev("side-practical-test-lab", "fr", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261202T083000",
        "DTEND;TZID=Romance Standard Time:20261202T120000",
        s("Test pratique candidats techniciens – installation poste + Active Directory"),
        org(f"m.lambotte@{UBE}", "Lambotte Michel"), att(ME_WORK, "Diallo Amadou"),
        att(f"s.haddou@{UBE}", "Haddou Samira"), room(f"labo.c005@{UBE}", "Labo C0.05 (20 PC)"),
        d("Amadou et Samira surveillent et évaluent l'épreuve pratique des 6 candidats retenus (masterisation "
          "d'un poste, jonction au domaine, GPO imprimante). Corrigés dans le dossier partagé Jury PATO."),
        loc("Labo C0.05 (20 PC)"))),
    False, trap=T))

u = "calendly-host-5e9d2c41-ube-helpdesk"
E.append(Ev("side-calendly-host", "en", u, cal(
    "-//Calendly//Calendly//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261129T090000Z", "DTEND:20261129T092000Z",
        s("Helpdesk Student Job - Interview (20 min) between Amadou Diallo and Priya Venkatesan"),
        org(ME_WORK, "Amadou Diallo"), att(ME_WORK, "Amadou Diallo", stat="ACCEPTED"),
        att("priya.venkatesan@etu.univ-bruxelles-est.be", "Priya Venkatesan"),
        d("Event Name: Helpdesk Student Job - Interview (20 min)\n\nInvitee: Priya Venkatesan\nInvitee Email: "
          "priya.venkatesan@etu.univ-bruxelles-est.be\n\nQuestions:\nStudy programme: MA Computer Science "
          "(exchange)\nLanguages: English, some French\n\nLocation: IT Service, Building B, office B1.03\n\n"
          "View event in Calendly: https://calendly.com/events/5e9d2c41\n\nPowered by Calendly.com"),
        loc("IT Service, Building B, office B1.03"))),
    False, trap=T))

u = "wd-ube-int-2291-haddad@myworkday.com"
E.append(Ev("side-workday-interviewer", "en", u, cal(
    "-//Workday//Calendar//EN", ve(
        f"UID:{u}", STAMP, "DTSTART:20261209T130000Z", "DTEND:20261209T140000Z",
        s("Interview - Service Desk Technician (R-UBE-2291) - Candidate: Noor Haddad"),
        org("ube@myworkday.com", "Université de Bruxelles-Est - Recruiting"),
        att(ME_WORK, "Amadou Diallo"), att(f"k.willems@{UBE}", "Kristof Willems"),
        d("You have been scheduled as an interviewer.\n\nCandidate: Noor Haddad\nJob Requisition: R-UBE-2291 "
          "Service Desk Technician (IT Service)\nInterview type: Panel\n\nPlease review the candidate profile "
          "and submit your feedback in Workday within 24 hours after the interview.\n\n"
          + teams_en("377 211 904 118", "VUJFV29ya2RheS")),
        loc("Microsoft Teams Meeting"))),
    False, trap=T))

u = "040000008200E00074C5B7101A82E00800000000UBEPHONESCREEN0LEMAIRE0000000000001000000EN1"
E.append(Ev("side-phone-screen-company-candidate", "en", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261130T110000",
        "DTEND;TZID=Romance Standard Time:20261130T113000",
        s("Phone screen - candidate for IT Support Technician (T. Lemaire)"),
        org(f"j.dupuis@{UBE}", "Dupuis Jeanne"), att(ME_WORK, "Diallo Amadou"),
        att("tom.lemaire@voltagrid.be", "Tom Lemaire"),
        d("Amadou, Tom Lemaire (currently at Volta Grid, applying for our IT Support Technician opening) "
          "prefers English. Could you run the technical part of the phone screen with me? I'll call him on "
          "his mobile and add you. - Jeanne, HR Recruitment, UBE"),
        loc("Phone - HR will dial in"))),
    False, trap=T))

u = "UBE-HR-TRAINING-STRUCTURED-INTERVIEWS-2026"
E.append(Ev("side-interviewer-training", "en", u, cal(
    EXCHANGE, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261211T093000",
        "DTEND;TZID=Romance Standard Time:20261211T123000",
        s("Interviewer training: structured interviews for selection panels (mandatory for jury members)"),
        org(f"formation.rh@{UBE}", "UBE HR Learning"), att(ME_WORK, "Diallo Amadou"),
        d("This session is for staff who sit on recruitment panels at UBE: writing competency questions, "
          "scoring consistently, avoiding bias, and our legal obligations towards candidates."),
        loc("Rectorat - Salle 1.12"))),
    False, trap=T))

u = "040000008200E00074C5B7101A82E00800000000UBEFWNETWORK0000000000000000000001000000FW2"
E.append(Ev("side-fw-panel-private", "en", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261217T140000",
        "DTEND;TZID=Romance Standard Time:20261217T160000",
        s("FW: Interview panel - Network Technician - Thursday"),
        org(f"recrutement.pato@{UBE}", "UBE - Service du personnel (recrutement)"),
        att(ME_WORK, "Diallo Amadou"), att(ME_PRIVATE, "Amadou Diallo (private)", role="OPT-PARTICIPANT"),
        d("________________________________\nFrom: Diallo Amadou\nSent: lundi 14 décembre 2026 08:12\nTo: "
          "amadou.diallo@skynet.be\nSubject: FW: Interview panel - Network Technician - Thursday\n\nfor my "
          "phone\n\n-----\nDear panel members, two candidates for the Network Technician post will be "
          "interviewed on Thursday afternoon. You are on the panel with Claire Vandenberghe."),
        loc("Rectorat - Salle du Conseil"))),
    False, trap=T))

u = "ube-vg-becker-studijob@univ-bruxelles-est.be"
E.append(Ev("side-de-student-candidate", "de", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261203T150000",
        "DTEND;TZID=Romance Standard Time:20261203T152500",
        s("Vorstellungsgespräch Studentenjob IT-Helpdesk – Jonas Becker"),
        org(ME_WORK, "Diallo Amadou"), att("jonas.becker@stud.uni-bonn.de", "Jonas Becker"),
        d("Hallo Jonas,\n\nvielen Dank für deine Bewerbung auf den Studentenjob im IT-Helpdesk während deines "
          "Erasmus-Semesters. Ich lade dich zu einem kurzen Gespräch (25 Min.) ein; wir können auf Deutsch, "
          "Englisch oder Französisch sprechen.\n\nViele Grüße\nAmadou Diallo, Teamleiter IT-Support, UBE"),
        loc("Gebäude B, Büro B1.03"))),
    False, trap=T))

u = "ube-erasmus-ruiz-helpdesk@univ-bruxelles-est.be"
E.append(Ev("side-es-erasmus-candidate", "es", u, cal(
    OUTLOOK, tz_windows(), ve(
        f"UID:{u}", STAMP, "DTSTART;TZID=Romance Standard Time:20261204T110000",
        "DTEND;TZID=Romance Standard Time:20261204T112500",
        s("Entrevista – ayudante de helpdesk (Erasmus) – Marta Ruiz"),
        org(ME_WORK, "Diallo Amadou"), att("marta.ruiz.gl@gmail.com", "Marta Ruiz"),
        d("Hola Marta:\n\nGracias por tu candidatura para el puesto de ayudante de helpdesk para estudiantes. "
          "Te propongo una entrevista corta en mi despacho (edificio B, B1.03). Si prefieres, podemos hablar "
          "en español.\n\nUn saludo,\nAmadou Diallo – Servicio informático, UBE"),
        loc("Edificio B, despacho B1.03"))),
    False, trap=T))

u = "C0FFEE12-3456-4A7B-8C9D-PABLO-BECA"
E.append(Ev("side-es-hand-typed", "es", u, cal(
    IOS, ve(
        "CREATED:20261126T181200Z", f"UID:{u}", "DTSTART:20261207T160000", "DTEND:20261207T162000",
        "DTSTAMP:20261126T181205Z", s("entrevistar a Pablo (beca prácticas helpdesk) por Teams"), "SEQUENCE:0",
        comp("VALARM", "ACTION:DISPLAY", "DESCRIPTION:Recordatorio", "TRIGGER:-PT10M")), method=None),
    False, trap=T))
