"""holdout137: the user's own interviews sent by ATS and scheduling tools (written blind)."""

from __future__ import annotations

from holdout137ev_ics import (
    FREE,
    GOOGLE,
    Ev,
    att,
    meet_en,
    org,
    teams_en,
    teams_fr,
    vcal,
    zoom_en,
)

ST = "DTSTAMP:20260402T131500Z"

FORMS = {
    "Classeo Learning": "Classeo",
    "Studio Mnémos": "Mnémos",
    "Récitus Labs": "Récitus",
    "Cégep de la Côte-de-Beaupré": "Cégep Côte-de-Beaupré",
    "Canadian Museum of Memory": "Musée canadien de la Mémoire|CMM",
    "Collège des Hauts-Bois": "Hauts-Bois",
    "Musée du Vieux-Port de Québec": "MVPQ|Musée du Vieux-Port",
    "Carlingwood Preparatory School": "Carlingwood Prep|Carlingwood Preparatory|Carlingwood",
    "Musée des Voyageurs du Canada": "Voyageurs Museum of Canada|Musée des Voyageurs",
    "Brightpath Learning": "Brightpath",
    "Lexio Éducation": "Lexio",
    "Collège Saint-Bernardin": "Saint-Bernardin",
    "Fondation Récits du Canada": "Canadian Stories Foundation|Récits du Canada",
    "Centre de services scolaires des Deux-Caps": "CSS des Deux-Caps",
    "Deutsche Schule Montreal": "DSM",
    "Musée national de l'histoire du Québec": "MNHQ",
    "Ottawa Heritage Education Centre": "OHEC",
}


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "gh-7731920-4c1e8f02@greenhouse.io"
    out.append(Ev("greenhouse-en", vcal([
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Toronto:20260414T100000",
        "DTEND;TZID=America/Toronto:20260414T103000",
        ST,
        org("priya.raman@classeo.ca", "Priya Raman"),
        f"UID:{uid}",
        att("priya.raman@classeo.ca", "Priya Raman", ps="ACCEPTED", rsvp=""),
        att(FREE, "Mathieu Gagnon"),
        ("SUMMARY", "Phone Screen: Mathieu Gagnon / Classeo"),
        ("LOCATION", "Phone call - Priya will call you at (418) 555-0147"),
        ("DESCRIPTION", "Hi Mathieu,\n\nThanks for your interest in the Pedagogical Advisor – History & Social "
         "Studies (French) role at Classeo! This invite confirms your 30-minute phone screen with Priya Raman, "
         "Talent Partner.\n\nWe'll talk about your background, what you're looking for, and how our content team "
         "works with teachers across Quebec. No preparation needed.\n\nPriya will call you at (418) 555-0147. If "
         "anything changes, just reply to the email thread.\n\nInterviewer(s): Priya Raman\n\n"
         "Classeo Learning Inc. · 5445 av. de Gaspé, Montréal\nPowered by Greenhouse"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ], prodid=GOOGLE, tzs=("toronto",)), uid, 1, "Classeo Learning",
        "Pedagogical Advisor – History & Social Studies (French)", "recruiter_screen", "priya.raman@classeo.ca",
        "greenhouse-phone-screen-en"))

    uid = "lever-3f0b6a2e-91d4-4b7c-a1c2-0f8e7d6c5b4a"
    out.append(Ev("lever-fr", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART:20260421T133000Z",
        "DTEND:20260421T143000Z",
        org("talents@mnemos.studio", "Équipe Talents – Studio Mnémos"),
        att(FREE, "Mathieu Gagnon"),
        att("jeanne.ouellet@mnemos.studio", "Jeanne Ouellet"),
        att("karim.belaid@mnemos.studio", "Karim Belaïd"),
        ("SUMMARY", "Studio Mnémos – Exercice pratique (Mathieu Gagnon)"),
        ("LOCATION", "https://meet.google.com/qzr-wmhx-kta"),
        ("DESCRIPTION", "Bonjour Mathieu,\n\nMerci d'avoir accepté de poursuivre le processus pour le poste de "
         "Conseiller(ère) pédagogique – univers social.\n\nDéroulement (60 min) :\n• 10 min – présentations\n"
         "• 35 min – exercice pratique : vous recevrez au début de la rencontre un module d'apprentissage sur la "
         "Nouvelle-France (3e secondaire) à critiquer et à bonifier, en partageant votre écran\n• 15 min – vos "
         "questions\n\nAvec : Jeanne Ouellet (directrice des contenus) et Karim Belaïd (concepteur de jeux).\n\n"
         "Lien Google Meet : https://meet.google.com/qzr-wmhx-kta\n\nAu plaisir,\nL'équipe Talents\n\n"
         "—\nCette invitation a été envoyée au nom de Studio Mnémos par Lever (hire.lever.co)."),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ], prodid="-//Lever//Lever Hire//EN"), uid, 1, "Studio Mnémos", "Conseiller(ère) pédagogique – univers social",
        "technical", "jeanne.ouellet@mnemos.studio;karim.belaid@mnemos.studio", "lever-practical-fr"))

    uid = "ashby-int-9b2f1c64-22aa-4e0b-8c51-d0c3a1e6b7f9"
    out.append(Ev("ashby-en", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=America/Toronto:20260505T140000",
        "DTEND;TZID=America/Toronto:20260505T151500",
        org("no-reply@ashbyhq.com", "Récitus Labs Recruiting"),
        att(FREE, "Mathieu Gagnon"),
        att("amelie@recitus.io", "Amélie Tardif"),
        att("ben@recitus.io", "Ben Koh"),
        att("ops@recitus.io", "Sana Qureshi", role="OPT-PARTICIPANT"),
        ("SUMMARY", "Final Round – Learning Experience Designer, Quebec History"),
        ("LOCATION", "Zoom"),
        ("DESCRIPTION", "Hi Mathieu,\n\nYou're confirmed for your final round with Récitus Labs.\n\n"
         "2:00 PM – 2:45 PM  Amélie Tardif (Co-founder & CEO) – vision, pedagogy, values\n"
         "2:45 PM – 3:15 PM  Ben Koh (Head of Product) – walk us through a unit you've designed\n\n"
         "Sana from our people ops team will stay on for the first 2 minutes to make sure the tech works.\n\n"
         + zoom_en("812 4471 0935", "Qk3rT9xWvN2pLm") +
         "\nScheduled with Ashby"),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ], prodid="-//Ashby//Ashby Scheduling//EN", tzs=("toronto",)), uid, 1, "Récitus Labs",
        "Learning Experience Designer, Quebec History", "final", "amelie@recitus.io;ben@recitus.io",
        "ashby-final-coordinator-en"))

    uid = "WD-INT-20260416-R1042-000377@cegepcdb.qc.ca"
    out.append(Ev("workday-fr", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=America/Toronto:20260416T090000",
        "DTEND;TZID=America/Toronto:20260416T100000",
        org("cegepcdb@myworkday.com", "Cégep de la Côte-de-Beaupré – Ressources humaines"),
        att(FREE, "Mathieu Gagnon"),
        att("isabelle.fortin@cegepcdb.qc.ca", "Isabelle Fortin"),
        att("louis.bergeron@cegepcdb.qc.ca", "Louis Bergeron"),
        ("SUMMARY", "Entrevue : Conseillère ou conseiller pédagogique (R-1042)"),
        ("LOCATION", "Pavillon principal, local A-214, 2 rue du Cégep, Château-Richer"),
        ("DESCRIPTION", "Candidat : Mathieu Gagnon\nPoste : Conseillère ou conseiller pédagogique (R-1042) – "
         "Service de soutien à l'enseignement\nType d'entrevue : Comité de sélection\n\nMembres du comité :\n"
         "Isabelle Fortin, directrice adjointe des études\nLouis Bergeron, conseiller pédagogique\n\n"
         "Veuillez vous présenter à l'accueil 10 minutes avant l'heure prévue. Une pièce d'identité avec photo "
         "sera demandée.\n\nCe message a été généré par Workday."),
        "END:VEVENT",
    ], prodid="-//Workday Inc//Workday Calendar//EN", tzs=("toronto",)), uid, 1, "Cégep de la Côte-de-Beaupré",
        "Conseillère ou conseiller pédagogique (R-1042)", "",
        "isabelle.fortin@cegepcdb.qc.ca;louis.bergeron@cegepcdb.qc.ca",
        "workday-panel-fr"))

    uid = "SR-4d1c77e0a5b2413f9e@smartrecruiters.com"
    out.append(Ev("smartrecruiters-en", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART:20260422T173000Z",
        "DTEND:20260422T181500Z",
        org("careers@museememoire.ca", "Canadian Museum of Memory | Musée canadien de la Mémoire"),
        att(FREE, "Mathieu Gagnon"),
        att("grace.okafor@museememoire.ca", "Grace Okafor"),
        ("SUMMARY", "Interview – Education Officer / Agent(e) d'éducation – Mathieu Gagnon"),
        ("LOCATION", "Microsoft Teams"),
        ("DESCRIPTION", "Dear Mathieu / Bonjour Mathieu,\n\nYou are invited to an interview with Grace Okafor, "
         "Manager, Learning Programs (hiring manager) for the position of Education Officer (bilingual), job ID "
         "EDU-2026-08.\nVous êtes invité à une entrevue avec Grace Okafor, gestionnaire, Programmes "
         "d'apprentissage (gestionnaire d'embauche).\n\nThe interview may be conducted in the official language "
         "of your choice. / L'entrevue peut se dérouler dans la langue officielle de votre choix.\n\n"
         + teams_en("ODk2ZTc4NjctYjA1", "3fR8kp") + "\n\nSent via SmartRecruiters"),
        "END:VEVENT",
    ], prodid="-//SmartRecruiters//Interview Scheduler//EN"), uid, 1, "Canadian Museum of Memory",
        "Education Officer / Agent(e) d'éducation", "hiring_manager", "grace.okafor@museememoire.ca",
        "smartrecruiters-bilingual-en"))

    uid = "tt-interview-58214-collegehautsbois"
    out.append(Ev("teamtailor-fr", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=America/Toronto:20260409T153000",
        "DTEND;TZID=America/Toronto:20260409T160000",
        "SUMMARY:Entretien téléphonique – Direction adjointe\\, 1er cycle – Collège des Hauts-Bois",
        org("recrutement@collegehautsbois.qc.ca", "Nadia Lessard"),
        att(FREE, "Mathieu Gagnon"),
        att("nadia.lessard@collegehautsbois.qc.ca", "Nadia Lessard", ps="ACCEPTED"),
        ("LOCATION", "Téléphone"),
        ("DESCRIPTION", "Bonjour Mathieu,\n\nMerci pour votre candidature au poste de direction adjointe, "
         "1er cycle. Nadia Lessard, conseillère en ressources humaines, vous appellera au numéro indiqué dans "
         "votre dossier pour un premier entretien d'une trentaine de minutes.\n\nCordialement,\nL'équipe de "
         "recrutement du Collège des Hauts-Bois\n\nPropulsé par Teamtailor"),
        "END:VEVENT",
    ], prodid="-//Teamtailor//Teamtailor//EN", tzs=("toronto",)), uid, 1, "Collège des Hauts-Bois",
        "Direction adjointe, 1er cycle", "recruiter_screen", "nadia.lessard@collegehautsbois.qc.ca",
        "teamtailor-phone-screen-fr"))

    uid = "workable-evt-0c4b7d7e-2f1e-4cbb-9a7e-51b1ea5d3c0f"
    out.append(Ev("workable-fr", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=America/Toronto:20260428T100000",
        "DTEND;TZID=America/Toronto:20260428T111500",
        org("mvpq@mail.workable.com", "Chantal Giroux (via Workable)"),
        att(FREE, "Mathieu Gagnon"),
        att("chantal.giroux@mvpq.ca", "Chantal Giroux"),
        att("sebastien.paquet@mvpq.ca", "Sébastien Paquet"),
        ("SUMMARY", "Entrevue : Mathieu Gagnon pour Responsable de l'action éducative"),
        ("LOCATION", "MVPQ – salle de médiation, 84 rue Dalhousie, Québec"),
        ("DESCRIPTION", "Bonjour Mathieu,\n\nNous avons le plaisir de vous convier à la deuxième étape du "
         "processus pour le poste de Responsable de l'action éducative au MVPQ.\n\nMise en situation : "
         "présentez-nous en 20 minutes une activité éducative pour un groupe de 4e secondaire à partir d'un "
         "objet de notre collection (la liste vous sera envoyée 48 h avant). Un échange de 30 minutes suivra.\n\n"
         "Comité : Chantal Giroux (directrice de l'éducation et des publics) et Sébastien Paquet (conservateur)."
         "\n\nÀ bientôt,\nMusée du Vieux-Port de Québec"),
        "END:VEVENT",
    ], prodid="-//Workable//Workable Calendar//EN", tzs=("toronto",)), uid, 1, "Musée du Vieux-Port de Québec",
        "Responsable de l'action éducative", "technical", "chantal.giroux@mvpq.ca;sebastien.paquet@mvpq.ca",
        "workable-practical-fr"))

    uid = "iCIMS-2026-INT-118842@carlingwoodprep.icims.com"
    out.append(Ev("icims-en", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=Eastern Standard Time:20260512T130000",
        "DTEND;TZID=Eastern Standard Time:20260512T150000",
        org("carlingwoodprep@talent.icims.com", "Carlingwood Prep Talent Team"),
        att(FREE, "Mathieu Gagnon"),
        att("r.whitfield@carlingwoodprep.ca", "Rebecca Whitfield"),
        att("m.desrosiers@carlingwoodprep.ca", "Marc Desrosiers"),
        att("boardroom@carlingwoodprep.ca", "Boardroom (Main Building)", cutype="ROOM", role="NON-PARTICIPANT"),
        ("SUMMARY", "Interview Scheduled: Final Interview - Vice-Principal, Middle School (French Immersion)"),
        ("LOCATION", "Carlingwood Preparatory School, 1400 Woodroffe Ave, Ottawa – Boardroom"),
        ("DESCRIPTION", "Dear Mathieu,\n\nWe are pleased to invite you to the final stage of our selection "
         "process for the Vice-Principal, Middle School (French Immersion) position.\n\nYou will meet with "
         "Rebecca Whitfield (Head of School) and Marc Desrosiers (Chair, Board of Governors), followed by a short "
         "campus tour with a student ambassador.\n\nPlease bring a list of three professional references.\n\n"
         "Kind regards,\nTalent Acquisition\nCarlingwood Preparatory School\n\nThis message was sent from iCIMS."),
        "END:VEVENT",
    ], prodid="-//iCIMS//iCIMS Talent Platform//EN", tzs=("win",)), uid, 1, "Carlingwood Preparatory School",
        "Vice-Principal, Middle School (French Immersion)", "final",
        "r.whitfield@carlingwoodprep.ca;m.desrosiers@carlingwoodprep.ca", "icims-final-room-en"))

    uid = "SF_INTV_600481_20260430@successfactors.eu"
    out.append(Ev("successfactors-fr", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART:20260430T130000Z",
        "DTEND:20260430T150000Z",
        org("dotation@voyageurs.ca", "Dotation – Musée des Voyageurs du Canada"),
        att(FREE, "Mathieu Gagnon"),
        ("SUMMARY", "Évaluation écrite – Interprète-éducateur(trice) principal(e) / Senior Interpreter-Educator"),
        ("LOCATION", "En ligne – le lien sécurisé vous sera transmis 15 minutes avant le début"),
        ("DESCRIPTION", "Bonjour M. Gagnon,\n\nÀ la suite de l'examen de votre candidature (processus "
         "2026-VOY-014), nous vous invitons à l'évaluation écrite (durée : 2 heures). L'évaluation porte sur la "
         "conception d'un programme scolaire et la rédaction d'un texte d'interprétation.\n\nUne surveillante "
         "sera présente par vidéo pendant toute l'évaluation.\n\nHello Mr. Gagnon, you are invited to the "
         "written assessment for the Senior Interpreter-Educator position.\n\nDotation / Staffing\n"
         "Musée des Voyageurs du Canada / Voyageurs Museum of Canada"),
        "END:VEVENT",
    ], prodid="-//SAP SuccessFactors//Recruiting Management//EN"), uid, 1, "Musée des Voyageurs du Canada",
        "Interprète-éducateur(trice) principal(e) / Senior Interpreter-Educator", "technical", "",
        "successfactors-written-test-fr"))

    uid = "goodtime-evt-a1f5e3b7c9d24e61@goodtime.io"
    out.append(Ev("goodtime-en", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=America/Toronto:20260507T093000",
        "DTEND;TZID=America/Toronto:20260507T123000",
        org("hana.kim@brightpathlearning.com", "Hana Kim"),
        att(FREE, "Mathieu Gagnon"),
        att("hana.kim@brightpathlearning.com", "Hana Kim", ps="ACCEPTED", rsvp="FALSE"),
        att("d.mercier@brightpathlearning.com", "Dominique Mercier"),
        att("l.fontaine@brightpathlearning.com", "Lucas Fontaine"),
        att("t.osei@brightpathlearning.com", "Theresa Osei"),
        att("mtl-salle-cartier@brightpathlearning.com", "MTL-7-Salle Cartier (8)", cutype="ROOM",
            role="NON-PARTICIPANT"),
        ("SUMMARY", "Onsite Interview – Curriculum Specialist, Canadian History (FR) – Mathieu Gagnon"),
        ("LOCATION", "Brightpath Montréal, 1250 boul. René-Lévesque O., 7th floor – Salle Cartier"),
        ("DESCRIPTION", "Hi Mathieu,\n\nHere is your onsite schedule at our Montréal office:\n\n"
         "9:30 – 10:15  Dominique Mercier, Director of Curriculum\n"
         "10:15 – 11:00  Lucas Fontaine, Senior Curriculum Specialist – sample lesson review\n"
         "11:00 – 11:45  Theresa Osei, VP Learning (joins from Toronto by video)\n"
         "11:45 – 12:30  Lunch with the FR content team (informal)\n\n"
         "Hana Kim (Recruiting Coordinator) will meet you in the lobby. Ask security for a visitor badge.\n\n"
         "Scheduled with GoodTime"),
        "END:VEVENT",
    ], prodid="-//GoodTime.io//GoodTime Hire//EN", tzs=("toronto",)), uid, 1, "Brightpath Learning",
        "Curriculum Specialist, Canadian History (FR)", "onsite",
        "d.mercier@brightpathlearning.com;l.fontaine@brightpathlearning.com;t.osei@brightpathlearning.com",
        "goodtime-onsite-coordinator-en"))

    uid = "ml-8842c0b1-4a5e-44f0-b1d9-7f0c2e9a3d16@modernloop.io"
    out.append(Ev("modernloop-en", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=America/Toronto:20260420T110000",
        "DTEND;TZID=America/Toronto:20260420T114500",
        org("scheduling@lexio.education", "Lexio Recruiting"),
        att(FREE, "Mathieu Gagnon"),
        att("eloise.vachon@lexio.education", "Éloïse Vachon"),
        ("SUMMARY", "Interview: Mathieu Gagnon <> Éloïse Vachon (Hiring Manager)"),
        ("LOCATION", "https://meet.google.com/fbe-xqpu-nrd"),
        ("DESCRIPTION", "Role: Spécialiste de contenu – histoire du Québec et du Canada\nInterview: Hiring "
         "manager conversation (45 min)\nInterviewer: Éloïse Vachon, Head of Social Sciences Content\n\n"
         "Éloïse parle français – the conversation will be in French.\n\n" + meet_en("fbe-xqpu-nrd", "281 774 903")
         + "\n\nScheduled by ModernLoop on behalf of Lexio Éducation"),
        "END:VEVENT",
    ], prodid="-//ModernLoop//ModernLoop//EN", tzs=("toronto",)), uid, 1, "Lexio Éducation",
        "Spécialiste de contenu – histoire du Québec et du Canada", "hiring_manager", "eloise.vachon@lexio.education",
        "modernloop-hiring-manager-en"))

    uid = "9d0a7c71-1b6a-4b8e-9c3e-2f8b5d0e4a11"
    out.append(Ev("calendly-fr", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART:20260415T180000Z",
        "DTEND:20260415T183000Z",
        org("marie-pier.dion@stbernardin.qc.ca", "Marie-Pier Dion"),
        att(FREE, "Mathieu Gagnon", ps="ACCEPTED"),
        ("SUMMARY", "Entretien téléphonique – Direction adjointe entre Marie-Pier Dion et Mathieu Gagnon"),
        ("LOCATION", "+1 418-555-0183"),
        ("DESCRIPTION", "Événement : Entretien téléphonique – Direction adjointe (30 min)\n\n"
         "Nom de l'invité : Mathieu Gagnon\nCourriel : " + FREE + "\nTéléphone : +1 418-555-0183\n\n"
         "Questions :\nComment avez-vous entendu parler du poste? Site de l'AQPDE\n\n"
         "Marie-Pier Dion, conseillère en gestion des ressources humaines, Collège Saint-Bernardin (Montréal)\n\n"
         "Besoin de modifier l'événement?\nAnnuler : https://calendly.com/cancellations/9d0a7c71\n"
         "Reprogrammer : https://calendly.com/reschedulings/9d0a7c71\n\n"
         "Propulsé par Calendly.com"),
        "END:VEVENT",
    ], prodid="-//Calendly//Calendly//EN"), uid, 1, "Collège Saint-Bernardin", "Direction adjointe",
        "recruiter_screen", "marie-pier.dion@stbernardin.qc.ca", "calendly-phone-screen-fr"))

    uid = "calcom-booking-Xr7uK2nQ4wZ9pB3sLh@cal.com"
    out.append(Ev("calcom-en", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART:20260413T150000Z",
        "DTEND:20260413T153000Z",
        org("tom@recitsducanada.org", "Tom Whelan"),
        att(FREE, "Mathieu Gagnon"),
        ("SUMMARY", "Intro call between Tom Whelan and Mathieu Gagnon"),
        ("LOCATION", "https://app.cal.com/video/Xr7uK2nQ4wZ9pB3sLh"),
        ("DESCRIPTION", "What: Intro call – Education Programs Manager\nInvitee time zone: America/Toronto\n\n"
         "Additional notes: Hi Tom – happy to chat about the Education Programs Manager posting. I teach "
         "secondary history in Québec City and have run our school's Heritage Fair for 8 years. – Mathieu\n\n"
         "Tom Whelan, Executive Director, Fondation Récits du Canada / Canadian Stories Foundation (the "
         "position reports to me)\n\nNeed to make a change? Reschedule or cancel: "
         "https://app.cal.com/booking/Xr7uK2nQ4wZ9pB3sLh"),
        "END:VEVENT",
    ], prodid="-//Cal.com Inc.//Cal.com Event//EN"), uid, 1, "Fondation Récits du Canada",
        "Education Programs Manager", "hiring_manager", "tom@recitsducanada.org", "calcom-founder-call-en"))

    uid = "AAMkADg1ZjYwBookings-3b9e-4c71-a0cd-51e2f7d8b640@cssdeuxcaps.gouv.qc.ca"
    out.append(Ev("bookings-fr", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=Eastern Standard Time:20260427T131500",
        "DTEND;TZID=Eastern Standard Time:20260427T140000",
        org("RecrutementCSSDeuxCaps@cssdeuxcaps.gouv.qc.ca", "Recrutement – CSS des Deux-Caps"),
        att(FREE, "Mathieu Gagnon"),
        att("veronique.caron@cssdeuxcaps.gouv.qc.ca", "Caron, Véronique"),
        ("SUMMARY", "Entrevue – Banque de relève : conseillère ou conseiller pédagogique en univers social"),
        ("LOCATION", "Réunion Microsoft Teams"),
        ("DESCRIPTION", "Votre rendez-vous est confirmé.\n\nService : Entrevue – Banque de relève CP univers "
         "social (45 minutes)\nMembre du personnel : Véronique Caron, directrice adjointe des services éducatifs"
         "\n\nCentre de services scolaires des Deux-Caps\n\n" + teams_fr("MzQ1ZmI2YjktNjdi", "Ze4Lq2", "0847")
         + "\n\nGérer la réservation : https://outlook.office365.com/owa/calendar/RecrutementCSSDeuxCaps@"
         "cssdeuxcaps.gouv.qc.ca/bookings/"),
        "END:VEVENT",
    ], prodid="-//Microsoft Corporation//Bookings//EN", tzs=("win",)), uid, 1,
        "Centre de services scolaires des Deux-Caps",
        "Conseillère ou conseiller pédagogique en univers social", "", "veronique.caron@cssdeuxcaps.gouv.qc.ca",
        "bookings-fr"))

    uid = "personio-interview-7716530-ds-montreal"
    out.append(Ev("personio-de", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=America/Toronto:20260506T161500",
        "DTEND;TZID=America/Toronto:20260506T171500",
        org("bewerbung@dsmontreal.ca", "Deutsche Schule Montreal – Personal"),
        att(FREE, "Mathieu Gagnon"),
        att("k.albers@dsmontreal.ca", "Dr. Katrin Albers"),
        ("SUMMARY", "Vorstellungsgespräch: Stellvertretende Schulleitung (Sekundarstufe) – Mathieu Gagnon"),
        ("LOCATION", "Deutsche Schule Montreal, 4700 ch. de la Côte-des-Neiges – Büro der Schulleitung"),
        ("DESCRIPTION", "Sehr geehrter Herr Gagnon,\n\nvielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu "
         "einem persönlichen Gespräch mit unserer Schulleiterin, Frau Dr. Katrin Albers, ein.\n\nDas Gespräch "
         "findet auf Deutsch und Französisch statt und dauert etwa 60 Minuten.\n\nMit freundlichen Grüßen\n"
         "Ihr Personal-Team der Deutschen Schule Montreal\n\nGesendet über Personio"),
        "END:VEVENT",
    ], prodid="-//Personio GmbH//Personio Recruiting//DE", tzs=("toronto",)), uid, 1, "Deutsche Schule Montreal",
        "Stellvertretende Schulleitung (Sekundarstufe)", "hiring_manager", "k.albers@dsmontreal.ca",
        "personio-hiring-manager-de"))

    uid = "TALEO-REQ26-0187-CAND-553201-INT1"
    out.append(Ev("taleo-fr", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20260410T094500",
        "DTEND;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20260410T101500",
        org("mnhq@taleo.net", "Dotation MNHQ"),
        att(FREE, "Mathieu Gagnon"),
        att("melanie.roy@mnhq.gouv.qc.ca", "Roy, Mélanie"),
        ("SUMMARY", "Entrevue téléphonique de présélection – Agente ou agent d'éducation muséale (26-0187)"),
        ("LOCATION", "Appel téléphonique (la conseillère vous joindra)"),
        ("DESCRIPTION", "Bonjour Monsieur Gagnon,\n\nVotre candidature au poste d'agente ou agent d'éducation "
         "muséale (réf. 26-0187) a retenu notre attention. Mme Mélanie Roy, conseillère en dotation, "
         "communiquera avec vous par téléphone pour une entrevue de présélection d'environ 30 minutes.\n\n"
         "Musée national de l'histoire du Québec\nDirection des ressources humaines\n\n"
         "Ne pas répondre à ce courriel automatique."),
        "END:VEVENT",
    ], prodid="-//Oracle//Taleo Enterprise//FR", tzs=("winlong",)), uid, 1,
        "Musée national de l'histoire du Québec", "Agente ou agent d'éducation muséale", "recruiter_screen",
        "melanie.roy@mnhq.gouv.qc.ca", "taleo-phone-screen-fr"))

    uid = "bamboohr-ats-int-44902-ohec"
    out.append(Ev("bamboohr-en", vcal([
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART;TZID=America/Toronto:20260429T133000",
        "DTEND;TZID=America/Toronto:20260429T143000",
        org("notifications@ohec.bamboohr.com", "OHEC Hiring Team"),
        att(FREE, "Mathieu Gagnon"),
        att("priscilla.nolan@ohec.ca", "Priscilla Nolan"),
        att("yves.lalonde@ohec.ca", "Yves Lalonde"),
        ("SUMMARY", "Teaching Demo – Education Coordinator (Bilingual)"),
        ("LOCATION", "Ottawa Heritage Education Centre, 111 Sussex Dr., Classroom B"),
        ("DESCRIPTION", "Hi Mathieu,\n\nAs discussed, the next step is a teaching demonstration: please prepare "
         "a 15-minute lesson for a Grade 7 class on the fur trade, in French or English, followed by "
         "questions from the panel (Priscilla Nolan, Director of Programs, and Yves Lalonde, Lead Educator).\n\n"
         "A projector and whiteboard will be available.\n\nThanks,\nOttawa Heritage Education Centre\n\n"
         "Sent with BambooHR"),
        "END:VEVENT",
    ], prodid="-//BambooHR//BambooHR ATS//EN", tzs=("toronto",)), uid, 1, "Ottawa Heritage Education Centre",
        "Education Coordinator (Bilingual)", "technical", "priscilla.nolan@ohec.ca;yves.lalonde@ohec.ca",
        "bamboohr-teaching-demo-en"))

    return out
