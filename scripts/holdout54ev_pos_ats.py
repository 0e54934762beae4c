"""holdout54: the user's own interviews sent by ATS and scheduling tools."""

from __future__ import annotations

import holdout54ev_ics as ic
from holdout54ev_ics import FREE, att, calendar, lab, org, vevent

ME = "Inès Haddad"


def events() -> list[tuple[str, str, dict[str, str]]]:
    out: list[tuple[str, str, dict[str, str]]] = []

    def add(kind: str, ics: str, label: dict[str, str]) -> None:
        out.append((kind, ics, label))

    uid = "gh-7f31c2a9-3b04-4e5d-9a1e-interview-4471920@greenhouse.io"
    add("greenhouse-en", calendar("greenhouse", [vevent(
        uid, "Inès Haddad <> Pistache – Recruiter Screen (Product Designer)", "20250311T093000", "20250311T100000",
        organizer=org("maelle.fabre@pistache.io", "Maëlle Fabre"),
        attendees=[att(FREE, ME), att("maelle.fabre@pistache.io", "Maëlle Fabre", ps="ACCEPTED", rsvp=False)],
        desc="Hi Inès,\n\nThanks for applying to the Product Designer role at Pistache! This first call is a 30 "
             "minute conversation with Maëlle Fabre (Talent Partner) about your background, what you're looking "
             "for and how we work.\n\n" + ic.MEET_EN.format(code="pzr-hqbt-kaw") +
             "\n\nPowered by Greenhouse – please do not reply to this calendar invitation.",
        loc="Google Meet")], tzids=("Europe/Paris",)),
        lab("greenhouse-en", uid, 1, "Pistache", "Product Designer", "recruiter_screen",
            "maelle.fabre@pistache.io"))

    uid = "gh-7f31c2a9-3b04-4e5d-9a1e-interview-4486022@greenhouse.io"
    add("greenhouse-panel-en", calendar("greenhouse", [vevent(
        uid, "Pistache Onsite: Product Designer – Inès Haddad", "20250402T133000", "20250402T170000",
        organizer=org("recruiting-coordination@pistache.io", "Pistache Recruiting"),
        attendees=[att(FREE, ME), att("romain.tessier@pistache.io", "Romain Tessier"),
                   att("ana.bolduc@pistache.io", "Ana Bolduc"), att("kevin.ly@pistache.io", "Kevin Ly"),
                   att("salle.canal@pistache.io", "TLS-3-Salle Canal du Midi (10)", role="NON-PARTICIPANT",
                       cutype="ROOM", ps="ACCEPTED", rsvp=False)],
        desc="Agenda (Toulouse office, 12 allées Jean Jaurès, 3rd floor):\n13:30 – 14:30 Portfolio deep dive – "
             "Romain Tessier (Head of Design)\n14:45 – 15:45 Product sense & collaboration – Ana Bolduc (PM), Kevin "
             "Ly (Engineering Manager)\n16:00 – 17:00 Wrap-up with Maëlle Fabre (Talent Partner)\n\nPlease ask for "
             "Maëlle at the reception desk.",
        loc="Pistache, 12 allées Jean Jaurès, 31000 Toulouse")], tzids=("Europe/Paris",)),
        lab("greenhouse-panel-en", uid, 1, "Pistache", "Product Designer", "onsite",
            "romain.tessier@pistache.io;ana.bolduc@pistache.io;kevin.ly@pistache.io;maelle.fabre@pistache.io"))

    uid = "lever-int-2c8e0d51a7f94b21b6a0e3f0d8b7c4a1"
    add("lever-en", calendar("lever", [vevent(
        uid, "Nimbl | Portfolio presentation – Senior Product Designer", "20250318T150000", "20250318T161500",
        tz="Z", organizer=org("coralie.nguyen@nimbl.app", "Coralie Nguyen"),
        attendees=[att(FREE, ME), att("jade.perrin@nimbl.app", "Jade Perrin"),
                   att("oscar.lemaire@nimbl.app", "Oscar Lemaire"),
                   att("coralie.nguyen@nimbl.app", "Coralie Nguyen", role="OPT-PARTICIPANT", ps="ACCEPTED")],
        desc="Hello Inès,\nYou will present 1–2 projects of your choice (45 min) followed by Q&A with Jade Perrin "
             "(Design Director) and Oscar Lemaire (Staff Product Designer). Coralie (Recruiting Coordinator) "
             "scheduled this meeting and will not join.\n\n" + ic.ZOOM_EN.format(code="84412096631") +
             "\n\nScheduled with Lever",
        loc="https://us02web.zoom.us/j/84412096631")]),
        lab("lever-en", uid, 1, "Nimbl", "Senior Product Designer", "technical",
            "jade.perrin@nimbl.app;oscar.lemaire@nimbl.app"))

    uid = "ashby-5d0e9a7c-61f3-4a8b-bf22-97c0e1d4a6b3"
    add("ashby-en-london", calendar("ashby", [vevent(
        uid, "Kestrel Mobility – Hiring Manager Interview with Tom Ashworth", "20250313T160000",
        "20250313T164500", tz="Z", organizer=org("no-reply@ashbyhq.com", "Kestrel Mobility Recruiting"),
        attendees=[att(FREE, ME), att("tom.ashworth@kestrelmobility.co.uk", "Tom Ashworth")],
        desc="Hi Inès,\n\nYou're confirmed for your Hiring Manager Interview for the Product Designer, Rider "
             "Experience role.\n\nInterviewer: Tom Ashworth, Design Manager\nDuration: 45 minutes\nFormat: video "
             "call (link below)\n\nNeed to reschedule? Use the link in your confirmation email.\n\n" +
             ic.MEET_EN.format(code="kmw-pqot-rre"),
        loc="Google Meet")]),
        lab("ashby-en-london", uid, 1, "Kestrel Mobility", "Product Designer, Rider Experience", "hiring_manager",
            "tom.ashworth@kestrelmobility.co.uk"))

    uid = "WD-INT-000045512-R-004512@myworkday.com"
    add("workday-fr", calendar("workday", [vevent(
        uid, "Entretien – Designer UX/UI confirmé (H/F) – R-004512", "20250320T100000", "20250320T113000",
        organizer=org("stellisaero@myworkday.com", "Stellis Aerospace Talent Acquisition"),
        attendees=[att(FREE, ME)],
        desc="Bonjour Inès,\n\nNous avons le plaisir de vous confirmer votre entretien sur site pour le poste de "
             "Designer UX/UI confirmé (H/F).\n\nVous rencontrerez Jean-Baptiste Lafarge, Responsable Design System, "
             "puis Sandrine Coste, Chargée de recrutement.\n\nMerci de vous munir d'une pièce d'identité pour "
             "l'accueil sécurité (bâtiment B, accès visiteurs).\n\nCordialement,\nL'équipe Talent Acquisition – "
             "Stellis Aerospace",
        loc="Stellis Aerospace – 5 avenue Didier Daurat, 31700 Blagnac")], tzids=("Europe/Paris",)),
        lab("workday-fr", uid, 1, "Stellis Aerospace", "Designer UX/UI confirmé (H/F)", "onsite",
            "jean-baptiste lafarge;sandrine coste"))

    uid = "sr-interview-8812-4e77-a1c0-helio"
    add("smartrecruiters-fr", calendar("smartrecruiters", [vevent(
        uid, "Entretien vidéo – Product Designer Senior – Helio", "20250314T110000", "20250314T113000",
        organizer=org("pauline.martineau@heliosante.com", "Pauline Martineau"),
        attendees=[att(FREE, ME), att("pauline.martineau@heliosante.com", "Pauline Martineau", ps="ACCEPTED")],
        desc="Bonjour Inès,\n\nSuite à votre candidature, Pauline Martineau (Talent Acquisition) vous propose un "
             "premier échange de 30 minutes.\n\n" + ic.TEAMS_FR.format(code="NmE4ZjQ1") +
             "\n\nInvitation envoyée via SmartRecruiters pour Helio Santé SAS.",
        loc="Microsoft Teams")], tzids=("Europe/Paris",)),
        lab("smartrecruiters-fr", uid, 1, "Helio Santé", "Product Designer Senior", "recruiter_screen",
            "pauline.martineau@heliosante.com"))

    uid = "personio-interview-2291784-feldwerk"
    add("personio-de", calendar("personio", [vevent(
        uid, "Kennenlerngespräch: Product Designer (m/w/d) – Inès Haddad", "20250317T140000", "20250317T143000",
        tz="Europe/Berlin", organizer=org("lena.vogt@feldwerk.de", "Lena Vogt", sent_by="noreply@personio.de"),
        attendees=[att(FREE, ME), att("lena.vogt@feldwerk.de", "Lena Vogt", ps="ACCEPTED")],
        desc="Hallo Inès,\n\nvielen Dank für deine Bewerbung bei der Feldwerk GmbH! Wir freuen uns auf ein erstes "
             "Kennenlernen per Video mit Lena Vogt (People & Culture).\n\nLink: https://meet.google.com/fwd-kxzb-"
             "qpa\n\nViele Grüße\nDein Feldwerk-Team",
        loc="Google Meet")], tzids=("Europe/Berlin",)),
        lab("personio-de", uid, 1, "Feldwerk", "Product Designer (m/w/d)", "recruiter_screen",
            "lena.vogt@feldwerk.de"))

    uid = "tt-meeting-1188203-ondine@teamtailor.com"
    add("teamtailor-en", calendar("teamtailor", [vevent(
        uid, "Interview with Ondine Labs – Lead Product Designer", "20250325T090000", "20250325T100000",
        organizer=org("no-reply@teamtailor.com", "Ondine Labs"),
        attendees=[att(FREE, ME), att("margaux@ondinelabs.co", "Margaux Berthier"),
                   att("pierre-yves@ondinelabs.co", "Pierre-Yves Cazaux")],
        desc="Hi Inès!\n\nLooking forward to meeting you. You'll meet Margaux Berthier (CPO, your future manager) "
             "and Pierre-Yves Cazaux (CTO).\n\nJoin: https://meet.google.com/onl-ddsx-tre\n\nBest,\nThe Ondine Labs "
             "team (Bordeaux)",
        loc="https://meet.google.com/onl-ddsx-tre")], tzids=("Europe/Paris",)),
        lab("teamtailor-en", uid, 1, "Ondine Labs", "Lead Product Designer", "hiring_manager",
            "margaux@ondinelabs.co;pierre-yves@ondinelabs.co"))

    uid = "sg-termin-5540931@softgarden.io"
    add("softgarden-de", calendar("softgarden", [vevent(
        uid, "Fachgespräch UX Designer (w/m/d) – remote", "20250401T100000", "20250401T113000",
        tz=ic.W_EUROPE, organizer=org("jobs@quellwerk.digital", "Quellwerk Recruiting"),
        attendees=[att(FREE, ME), att("f.brandt@quellwerk.digital", "Brandt, Friederike"),
                   att("m.oezdemir@quellwerk.digital", "Özdemir, Murat")],
        desc="Sehr geehrte Frau Haddad,\n\nwie besprochen laden wir Sie zum Fachgespräch ein. Bitte bereiten Sie "
             "die kleine Designaufgabe (Onboarding-Flow) vor; Sie stellen Ihre Lösung 20 Minuten lang vor.\n\n"
             "Gesprächspartner: Friederike Brandt (Lead UX), Murat Özdemir (Product Owner)\n\nMit freundlichen "
             "Grüßen\nQuellwerk Digital GmbH, Leipzig\n\nDiese Einladung wurde über softgarden versendet.",
        loc="Microsoft Teams")], tzids=(ic.W_EUROPE,)),
        lab("softgarden-de", uid, 1, "Quellwerk Digital", "UX Designer (w/m/d)", "technical",
            "f.brandt@quellwerk.digital;m.oezdemir@quellwerk.digital"))

    uid = "workable-evt-9f2b71d8e3@workablemail.com"
    add("workable-en-bcn", calendar("workable", [vevent(
        uid, "Design challenge review – Tramuntana", "20250327T120000", "20250327T130000", tz="Europe/Madrid",
        organizer=org("hiring@tramuntana.io", "Tramuntana Hiring Team"),
        attendees=[att(FREE, ME), att("nuria.puig@tramuntana.io", "Núria Puig"),
                   att("david.soler@tramuntana.io", "David Soler")],
        desc="Hi Inès,\n\nThanks for sending your challenge! In this session Núria Puig (Design Lead) and David "
             "Soler (Product Manager) will walk through it with you.\n\nPosition: Product Designer (Payments)\n"
             "Location: Tramuntana Tech, Carrer de Pallars 108, Barcelona – or join remotely: "
             "https://meet.google.com/tmn-aqwe-zrt\n\nSent via Workable",
        loc="Carrer de Pallars 108, 08018 Barcelona")], tzids=("Europe/Madrid",)),
        lab("workable-en-bcn", uid, 1, "Tramuntana Tech", "Product Designer (Payments)", "technical",
            "nuria.puig@tramuntana.io;david.soler@tramuntana.io"))

    uid = "iCIMS-2025-1187-INT-3-77120"
    add("icims-en-panel", calendar("icims", [vevent(
        uid, "Interview Confirmation: Senior UX Designer (Req 2025-1187)", "20250408T130000", "20250408T150000",
        tz="Europe/London", organizer=org("talent@latticehealth.co.uk", "Talent Team"),
        attendees=[att(FREE, ME), att("priya.raman@latticehealth.co.uk", "Priya Raman"),
                   att("george.whitfield@latticehealth.co.uk", "George Whitfield"),
                   att("hannah.osei@latticehealth.co.uk", "Hannah Osei"),
                   att("interview.scheduling@latticehealth.co.uk", "Interview Scheduling", role="NON-PARTICIPANT")],
        desc="Dear Inès,\n\nThank you for your interest in Lattice Health. This is your final-round panel for the "
             "Senior UX Designer position.\n\nPanel: Priya Raman (VP Design), George Whitfield (Clinical Product "
             "Lead), Hannah Osei (User Research Manager).\n\nThe Interview Scheduling team will send the Teams link "
             "the day before.\n\nKind regards,\nLattice Health Ltd Talent Team",
        loc="Microsoft Teams")], tzids=("Europe/London",)),
        lab("icims-en-panel", uid, 1, "Lattice Health", "Senior UX Designer", "final",
            "priya.raman@latticehealth.co.uk;george.whitfield@latticehealth.co.uk;hannah.osei@latticehealth.co.uk"))

    uid = "SF-INTV-1f7a2c44-90b3-vireo"
    add("successfactors-fr", calendar("successfactors", [vevent(
        uid, "Invitation à un entretien : UX Designer – IHM embarquées", "20250409T140000", "20250409T160000",
        organizer=org("sfrecruiting@vireo-systems.com", "Vireo Systems Recrutement"),
        attendees=[att(FREE, ME), att("celine.barthe@vireo-systems.com", "BARTHE Céline"),
                   att("arnaud.pujol@vireo-systems.com", "PUJOL Arnaud"),
                   att("salle.ariane@vireo-systems.com", "Salle Ariane – Bât. C", cutype="ROOM",
                       role="NON-PARTICIPANT", rsvp=False)],
        desc="Madame,\n\nNous avons le plaisir de vous inviter à un entretien dans nos locaux de Labège pour le "
             "poste UX Designer – IHM embarquées.\n\nVous serez reçue par Céline Barthe (Responsable Facteurs "
             "Humains) et Arnaud Pujol (Chef de projet).\n\nBien cordialement,\nService Recrutement, Vireo Systems",
        loc="Vireo Systems, 2 rue de l'Occitane, 31670 Labège")], tzids=("Europe/Paris",)),
        lab("successfactors-fr", uid, 1, "Vireo Systems", "UX Designer – IHM embarquées", "onsite",
            "celine.barthe@vireo-systems.com;arnaud.pujol@vireo-systems.com"))

    uid = "goodtime-ev-66a0b2f1c9d3e8a7"
    add("goodtime-en-coordinator", calendar("goodtime", [vevent(
        uid, "Quarry Virtual Onsite – Part 2: Craft & Systems (Inès Haddad)", "20250410T150000", "20250410T161500",
        tz="Z", organizer=org("scheduling@quarry.so", "Quarry Scheduling"),
        attendees=[att(FREE, ME), att("leah.kim@quarry.so", "Leah Kim"), att("bruno.sato@quarry.so", "Bruno Sato"),
                   att("megan.ortiz@quarry.so", "Megan Ortiz (Coordinator)", role="OPT-PARTICIPANT")],
        desc="Hi Inès – here is part 2 of your virtual onsite for Senior Product Designer.\n\nInterviewers: Leah "
             "Kim, Bruno Sato\nCoordinator (will not attend): Megan Ortiz\n\n" + ic.ZOOM_EN.format(code="93302817745")
        + "\n\nScheduled by GoodTime",
        loc="Zoom")]),
        lab("goodtime-en-coordinator", uid, 1, "Quarry", "Senior Product Designer", "onsite",
            "leah.kim@quarry.so;bruno.sato@quarry.so"))

    uid = "ml-loop-4c1d8e2a-final-dreamfold"
    add("modernloop-en-final", calendar("modernloop", [vevent(
        uid, "Dreamfold Final Round: Values & Collaboration", "20250415T103000", "20250415T111500",
        tz="Europe/London", organizer=org("recruiting@dreamfold.com", "Dreamfold Recruiting"),
        attendees=[att(FREE, ME), att("sam.whitaker@dreamfold.com", "Sam Whitaker"),
                   att("ines.obrien@dreamfold.com", "Inés O'Brien")],
        desc="Final round for Product Designer, Creator Tools.\nInterviewers: Sam Whitaker (CEO), Inés O'Brien "
             "(Head of People).\n" + ic.MEET_EN.format(code="dfm-zzre-oqp"),
        loc="Google Meet")], tzids=("Europe/London",)),
        lab("modernloop-en-final", uid, 1, "Dreamfold", "Product Designer, Creator Tools", "final",
            "sam.whitaker@dreamfold.com;ines.obrien@dreamfold.com"))

    uid = "7f1e0c9a-5bd2-4c6e-90a8-calendly-cartovolta"
    add("calendly-phone-fr", calendar("calendly", [vevent(
        uid, "Appel découverte (30 min) entre Hugo Marchal et Inès Haddad", "20250312T173000", "20250312T180000",
        tz="Z", organizer=org("hugo.marchal@cartovolta.fr", "Hugo Marchal"),
        attendees=[att(FREE, ME, ps="ACCEPTED")],
        desc="Type d'événement : Appel découverte – UX/UI Designer (Bordeaux)\n\nHugo Marchal, Talent Acquisition "
             "chez Carto Volta, vous appellera au numéro indiqué.\n\nTéléphone : +33 6 71 28 40 93\n\nEnvie de "
             "modifier cet événement ? Annuler : https://calendly.com/cancellations/7f1e0c9a\nReprogrammer : "
             "https://calendly.com/reschedulings/7f1e0c9a\n\nPropulsé par Calendly.com",
        loc="Appel téléphonique")], method="PUBLISH"),
        lab("calendly-phone-fr", uid, 1, "Carto Volta", "UX/UI Designer", "recruiter_screen",
            "hugo.marchal@cartovolta.fr"))

    uid = "calcom-8a7d1e9c6b2f@cal.com"
    add("calcom-founder-gmail-en", calendar("calcom", [vevent(
        uid, "30 min chat: Inès Haddad x Vincent Dupuy", "20250319T083000", "20250319T090000", tz="Z",
        organizer=org("vincent.dupuy.vgn@gmail.com", "Vincent Dupuy"),
        attendees=[att(FREE, ME, ps="ACCEPTED")],
        desc="What: founding product designer @ Vigneron (we're a 6-person wine marketplace in Bordeaux)\n"
             "Invitee notes: Hi Vincent, thanks for reaching out on LinkedIn, happy to talk!\n\nWhere: "
             "https://app.cal.com/video/8a7d1e9c6b2f\n\nNeed to reschedule or cancel? https://cal.com/booking/8a7d1e9c",
        loc="Cal Video")], method="REQUEST"),
        lab("calcom-founder-gmail-en", uid, 1, "Vigneron", "founding product designer", "",
            "vincent.dupuy.vgn@gmail.com"))

    uid = "AAMkADbookings-civitas-6e32f1b0"
    add("bookings-fr", calendar("bookings", [vevent(
        uid, "Entretien de recrutement – Designer de services publics numériques", "20250403T100000",
        "20250403T110000", tz=ic.ROMANCE,
        organizer=org("CivitasRecrutement@civitas-numerique.fr", "Civitas Numérique – Recrutement"),
        attendees=[att(FREE, ME), att("amandine.roques@civitas-numerique.fr", "Roques, Amandine")],
        desc="Votre rendez-vous est confirmé.\n\nService : Entretien de recrutement – Designer de services publics "
             "numériques\nPersonnel : Amandine Roques\nDurée : 1 heure\n\n" + ic.TEAMS_FR.format(code="Y2l2aXRh") +
             "\n\nRéservé avec Microsoft Bookings",
        loc="Réunion Microsoft Teams")], tzids=(ic.ROMANCE,)),
        lab("bookings-fr", uid, 1, "Civitas Numérique", "Designer de services publics numériques", "",
            "amandine.roques@civitas-numerique.fr"))

    uid = "wttj-rdv-4402981-tandem"
    add("wttj-fr", calendar("welcome", [vevent(
        uid, "Entretien RH – UX/UI Designer – Tandem", "20250321T143000", "20250321T150000",
        organizer=org("recrutement@tandem-learning.fr", "Tandem Learning"),
        attendees=[att(FREE, ME), att("sofia.benali@tandem-learning.fr", "Sofia Benali")],
        desc="Bonjour Inès,\nVotre entretien avec Sofia Benali (People Partner) est confirmé.\nLien visio : "
             "https://meet.google.com/tnd-mmzq-wer\nPlanifié via Welcome to the Jungle",
        loc="Visioconférence")], tzids=("Europe/Paris",)),
        lab("wttj-fr", uid, 1, "Tandem Learning", "UX/UI Designer", "recruiter_screen",
            "sofia.benali@tandem-learning.fr"))

    uid = "flatchr-entretien-77801-rivage"
    add("flatchr-fr-floating", calendar("flatchr", [vevent(
        uid, "Entretien – Rivage Voyages – Product Designer", "20250324T110000", "20250324T120000", tz=None,
        organizer=org("claire.darrieux@rivage-voyages.com", "Claire Darrieux"),
        attendees=[att(FREE, ME)],
        desc="Entretien avec Claire Darrieux, Head of Product, et Yann Ferrand, Lead Dev.\nAdresse : 14 quai des "
             "Chartrons, 33000 Bordeaux (interphone Rivage)",
        loc="14 quai des Chartrons, 33000 Bordeaux")], method="REQUEST"),
        lab("flatchr-fr-floating", uid, 1, "Rivage Voyages", "Product Designer", "",
            "claire.darrieux@rivage-voyages.com;yann ferrand"))

    uid = "ws-tgbz-20250416-vireo-cancel@vireo-systems.com"
    add("successfactors-cancel-fr", calendar("successfactors", [vevent(
        uid, "Annulé : Entretien technique – UX Designer Simulateurs", "20250416T090000", "20250416T100000",
        organizer=org("sfrecruiting@vireo-systems.com", "Vireo Systems Recrutement"),
        attendees=[att(FREE, ME), att("celine.barthe@vireo-systems.com", "BARTHE Céline")],
        desc="Cet entretien a été annulé par l'organisateur. Nous reviendrons vers vous avec un nouveau créneau.",
        status="CANCELLED", seq=1)], method="CANCEL", tzids=("Europe/Paris",)),
        lab("successfactors-cancel-fr", uid, 1, "Vireo Systems", "UX Designer Simulateurs", "technical",
            "celine.barthe@vireo-systems.com", "cancelled-fr"))

    uid = "ws-tgbz-20250401-azimut-9921"
    add("workable-room-fr", calendar("workable", [vevent(
        uid, "Entretien final sur site – Azimut Mobilité", "20250422T140000", "20250422T163000",
        organizer=org("talents@azimut-mobilite.fr", "Azimut Talents"),
        attendees=[att(FREE, ME), att("olivier.sarda@azimut-mobilite.fr", "Olivier Sarda"),
                   att("lucie.gimenez@azimut-mobilite.fr", "Lucie Gimenez"),
                   att("salle-capitole@azimut-mobilite.fr", "Salle Capitole", cutype="ROOM", role="NON-PARTICIPANT"),
                   att("ecran-mobile-2@azimut-mobilite.fr", "Écran mobile 2", cutype="RESOURCE",
                       role="NON-PARTICIPANT"),
                   att("talents@azimut-mobilite.fr", "Juliette Mas (coordination)", role="OPT-PARTICIPANT")],
        desc="Bonjour Inès,\nDernière étape pour le poste de Senior Product Designer : présentation de votre "
             "parcours puis échange avec Olivier Sarda (CEO) et Lucie Gimenez (VP Produit).\nJuliette s'occupe de "
             "l'accueil et ne participe pas aux entretiens.",
        loc="Azimut Mobilité, 9 rue Gabriel Péri, Toulouse – Salle Capitole")], tzids=("Europe/Paris",)),
        lab("workable-room-fr", uid, 1, "Azimut Mobilité", "Senior Product Designer", "final",
            "olivier.sarda@azimut-mobilite.fr;lucie.gimenez@azimut-mobilite.fr", "room-resource-fr"))
    return out
