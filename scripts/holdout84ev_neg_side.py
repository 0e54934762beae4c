"""holdout84: negatives with the user on the hiring side at her clinic (she interviews, scores, debriefs)."""

from __future__ import annotations

from holdout84ev_ics import USER_WORK, label, meet_fr, simple_event, teams_fr, zoom_en, zoom_fr

CLINIC = "clinique-veto-confluence.fr"


ME = ("Claire Dubois", USER_WORK)


def asv_interview():
    uid = "h84side01ab2cd3ef4gh@google.com"
    ics = simple_event(uid, "Entretien candidate ASV – Léa Perrin", "20260305T140000", "20260305T144500", org=ME,
              attendees=[("Léa Perrin", "lea.perrin69@gmail.com"), ("Dr Pierre Martin", f"p.martin@{CLINIC}")],
              desc="Candidate ASV échelon 3, CV en PJ du mail. Grille d'entretien dans le Drive RH.",
              loc="Clinique Confluence – bureau 1")
    return "hiring-asv-fr", ics, label(uid, 0, trap="user-as-interviewer-asv-freemail-candidate-fr")


def calendly_host():
    uid = "calendly-evt-H84HOSTSTAGE5A"
    d = ("Événement : Entretien stage 5e année (30 min)\nInvité : Jules Carpentier\nE-mail de l'invité : "
         "jules.carpentier@etu.vet-lyon.fr\nRéponses : Période souhaitée : septembre–octobre ; "
         "Intérêt : médecine féline\n\nPropulsé par Calendly.com")
    ics = simple_event(uid, "Entretien stage 5e année entre Claire Dubois et Jules Carpentier", "20260306T121500Z",
              "20260306T124500Z", org=ME, attendees=[("Jules Carpentier", "jules.carpentier@etu.vet-lyon.fr")],
              desc=d, loc="Appel Google Meet", prodid="-//Calendly//Calendly//EN", tz="")
    return "hiring-calendly-host-fr", ics, label(uid, 0, trap="user-as-interviewer-calendly-host-student-fr")


def scorecard():
    uid = "h84side03scorecard@google.com"
    ics = simple_event(uid, "Remplir grilles d'évaluation candidats ASV (Léa P., Mounia B.)", "20260306T180000",
              "20260306T183000", org=ME, desc="avant débrief de lundi avec Pierre")
    return "hiring-scorecard-fr", ics, label(uid, 0, trap="user-as-interviewer-scorecard-fr")


def debrief():
    uid = "h84side04debrief@google.com"
    ics = simple_event(uid, "Débrief recrutement vétérinaire remplaçant(e) été", "20260309T131500", "20260309T134500",
              org=("Dr Pierre Martin", f"p.martin@{CLINIC}"),
              attendees=[("Claire Dubois", USER_WORK), ("Sandra Lopez", f"accueil@{CLINIC}")],
              desc="On tranche entre les 3 candidats vus la semaine dernière. Claire : tes notes d'entretien svp.",
              loc="Salle de pause")
    return "hiring-debrief-fr", ics, label(uid, 0, trap="user-as-interviewer-debrief-fr")


def agency_sends_candidate():
    uid = "vetinterim-presentation-20260311-0092"
    d = ("Bonjour Dr Dubois,\n\nComme convenu, je vous présente Dr Mathieu Roche, vétérinaire canin 6 ans "
         "d'expérience, disponible pour le CDD de remplacement congé maternité. Il se présentera à la clinique "
         "pour un entretien avec vous. Son CV est joint au mail.\n\nNadia Cherif – VetIntérim, cabinet de "
         "placement vétérinaire")
    ics = simple_event(uid, "Présentation candidat Dr Mathieu Roche – CDD remplacement", "20260311T170000",
              "20260311T174500", org=("Nadia Cherif", "n.cherif@vetinterim.fr"),
              attendees=[("Claire Dubois", USER_WORK), ("Mathieu Roche", "mathieu.roche.dv@outlook.fr")],
              desc=d, loc="Clinique Vétérinaire Confluence, 3 cours Charlemagne, Lyon 2e",
              prodid="-//VetIntérim//Agenda//FR")
    return "hiring-agency-candidate-fr", ics, label(uid, 0, trap="user-as-interviewer-agency-candidate-fr")


def jury_panel():
    uid = "h84side06jury@google.com"
    ics = simple_event(uid, "Jury entretiens ASV niveau 5 (3 candidates)", "20260312T090000", "20260312T120000",
              org=("Dr Pierre Martin", f"p.martin@{CLINIC}"),
              attendees=[("Claire Dubois", USER_WORK), ("Julie Nguyen (ASV coordinatrice)", f"j.nguyen@{CLINIC}")],
              desc="9h Mounia Benali / 10h Océane Rey / 11h Laure Fontaine. Chaque membre du jury note sur la grille.")
    return "hiring-panel-fr", ics, label(uid, 0, trap="user-as-interviewer-panel-fr")


def trial_day_candidate():
    uid = "h84side07essai@google.com"
    ics = simple_event(uid, "Journée d'essai Inès (candidate ASV) – binôme avec Claire", "20260316T083000",
              "20260316T170000", org=ME, attendees=[("Inès Moreau", "ines.moreau.asv@hotmail.fr")],
              desc="Accueil, contention, préparation chirurgie. Faire le point avec elle à 16h30.")
    return "hiring-trial-day-fr", ics, label(uid, 0, trap="user-as-interviewer-trial-day-shadowing-fr")


def teamtailor_interviewer():
    uid = "tt-interviewer-aa91c3@teamtailor.com"
    d = ("Bonjour Claire,\n\nVous avez été ajoutée comme intervieweuse pour : Vétérinaire praticien(ne) canin – "
         "CDI – Clinique Confluence.\nCandidat : Karim Haddad\n\nKit d'entretien et grille d'évaluation : "
         "https://app.teamtailor.com/companies/confluence/jobs/2231/interview-kits\n\n" + meet_fr("kra-bbvn-oij"))
    ics = simple_event(uid, "Entretien : Karim Haddad – Vétérinaire praticien(ne) canin", "20260317T184500",
              "20260317T193000", org=("Clinique Confluence via Teamtailor", "no-reply@teamtailor.com"),
              attendees=[("Claire Dubois", USER_WORK), ("Karim Haddad", "karim.haddad.vet@gmail.com")],
              desc=d, prodid="-//Teamtailor//Teamtailor//EN")
    return "hiring-ats-kit-fr", ics, label(uid, 0, trap="user-as-interviewer-ats-kit-fr")


def phone_candidate_handtyped():
    uid = "9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D"
    ics = simple_event(uid, "tél candidat remplaçant Dr Haddad 06 12 48 77 30", "20260310T131500", "20260310T133000",
              org=None, prodid="-//Apple Inc.//iPhone OS 17.4//EN")
    return "hiring-phone-handtyped-fr", ics, label(uid, 0, trap="user-as-interviewer-phone-handtyped-fr")


def stage_interview():
    uid = "h84side10stage@google.com"
    ics = simple_event(uid, "Entretien stagiaire – Julie (4A, VetAgro)", "20260319T123000", "20260319T130000",
              org=ME, attendees=[("Julie Brun", "julie.brun@etu.vet-lyon.fr")],
              desc="Stage tutoré été. Vérifier conventions + vaccins antirabiques.", loc="Bureau")
    return "hiring-student-fr", ics, label(uid, 0, trap="user-as-interviewer-student-fr")


def english_locum():
    uid = "h84side11locum@google.com"
    d = ("Hi Aoife,\n\nThanks for applying for the summer locum position at Clinique Vétérinaire Confluence. "
         "Let's have a video call so I can tell you about the clinic and ask about your experience (French level, "
         "surgery, night shifts).\n\nBest,\nClaire\n\n"
         + zoom_en("Claire Dubois", "736 2204 1198", "Q0xJTklDQ29u"))
    ics = simple_event(uid, "Interview: summer locum vet – Dr Aoife Byrne", "20260320T190000", "20260320T193000",
              org=ME, attendees=[("Aoife Byrne", "aoife.byrne.mvb@gmail.com")], desc=d, loc="Zoom")
    return "hiring-locum-en", ics, label(uid, 0, trap="user-as-interviewer-locum-freemail-en")


def handtyped_asv():
    uid = "C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F"
    ics = simple_event(uid, "entr. ASV Mme Costa 14h", "20260323T140000", "20260323T143000", org=None,
              prodid="-//Apple Inc.//iPhone OS 17.4//EN", tz="")
    return "hiring-handtyped-floating-fr", ics, label(uid, 0, trap="user-as-interviewer-handtyped-floating-fr")


def slots_recurring():
    uid = "h84side13creneaux@google.com"
    ics = simple_event(uid, "Créneaux entretiens candidats ASV", "20260324T123000", "20260324T140000", org=ME,
              desc="Bloqué pour les entretiens de recrutement (candidats via Indeed). Ne pas mettre de consult.",
              extra=("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4",))
    return "hiring-slots-recurring-fr", ics, label(uid, 0, trap="user-as-interviewer-recurring-slots-fr")


def calibration():
    uid = "h84side14harmo@google.com"
    ics = simple_event(uid, "Harmonisation des notes – recrutement ASV", "20260326T131500", "20260326T134500",
              org=("Julie Nguyen", f"j.nguyen@{CLINIC}"),
              attendees=[("Claire Dubois", USER_WORK), ("Pierre Martin", f"p.martin@{CLINIC}")],
              desc="On compare nos grilles avant de faire une proposition à la candidate retenue.")
    return "hiring-calibration-fr", ics, label(uid, 0, trap="user-as-interviewer-calibration-fr")


def cancelled_candidate():
    uid = "h84side15annule@google.com"
    ics = simple_event(uid, "Annulé : Entretien candidat secrétaire médicale – M. Faure", "20260327T110000",
              "20260327T113000", org=ME, attendees=[("Thomas Faure", "thomas.faure.38@free.fr")],
              desc="Le candidat a accepté un autre poste.", extra=("STATUS:CANCELLED", "SEQUENCE:1"))
    return "hiring-cancelled-fr", ics, label(uid, 0, trap="user-as-interviewer-cancelled-fr")


def zoom_candidate_be():
    uid = "h84side16zoombe@clinique-veto-confluence.fr"
    d = ("Bonjour Docteur Lambert,\n\nMerci pour votre candidature au poste de vétérinaire canin (CDI, 4 jours). "
         "Je vous propose un entretien en visio.\n\nDr Claire Dubois\nClinique Vétérinaire Confluence\n\n"
         + zoom_fr("Claire Dubois", "714 5520 3381", "Q29uZmx1ZW5j"))
    ics = simple_event(uid, "Entretien visio – Dr Arnaud Lambert (candidat vétérinaire)", "20260331T200000",
              "20260331T204500", org=ME, attendees=[("Arnaud Lambert", "arnaud.lambert@skynet.be")], desc=d,
              loc="Zoom", prodid="-//Zoom Video Communications//Zoom Calendar//EN")
    return "hiring-zoom-organizer-fr", ics, label(uid, 0, trap="user-as-interviewer-zoom-organizer-fr")


def german_student():
    uid = "4k5l6m7n8o9p0q1r2s3t4u5v6w@google.com"
    d = ("Liebe Frau Dr. Dubois,\n\nvielen Dank, dass Sie sich Zeit für ein Gespräch über einen Praktikumsplatz "
         "in Ihrer Klinik nehmen (Erasmus, August–September). Ich freue mich darauf, mich vorzustellen.\n\n"
         "Viele Grüße\nLukas Weber (Tiermedizin, 9. Semester, LMU München)\n\n" + meet_fr("lwe-prak-tkm"))
    ics = simple_event(uid, "Gespräch Praktikumsplatz – Lukas Weber / Clinique Confluence", "20260401T170000",
              "20260401T173000", org=("Lukas Weber", "lukas.weber.vet@gmail.com"),
              attendees=[("Claire Dubois", USER_WORK)], desc=d)
    return "hiring-student-invites-de", ics, label(uid, 0, trap="user-as-interviewer-candidate-organizer-de")


def spanish_candidate():
    uid = "h84side18es@google.com"
    ics = simple_event(uid, "Entrevista candidata ASV – Lucía Fernández (por Teams)", "20260402T133000",
              "20260402T140000", org=ME, attendees=[("Lucía Fernández", "lucia.fdez.vet@yahoo.es")],
              desc="Hola Lucía, te envío el enlace para nuestra entrevista. Un saludo, Claire\n\n"
              + teams_fr("365 201 884 731", "Y2xpbmlxdWVDb24"))
    return "hiring-candidate-es", ics, label(uid, 0, trap="user-as-interviewer-freemail-es")


def reference_of_candidate():
    uid = "h84side19refcheck@google.com"
    ics = simple_event(uid, "Appel réf. pour Inès Moreau – son ancien employeur (Clinique des Brotteaux)",
              "20260403T123000", "20260403T124500", org=ME,
              desc="Je prends les références de la candidate ASV avant proposition. Tél : 04 78 52 90 11")
    return "hiring-reference-check-fr", ics, label(uid, 0, trap="user-as-interviewer-reference-check-fr")


def offer_call_candidate():
    uid = "h84side20offre@google.com"
    ics = simple_event(uid, "Proposition d'embauche – appel Léa Perrin (ASV)", "20260407T130000", "20260407T131500",
              org=ME, attendees=[("Léa Perrin", "lea.perrin69@gmail.com")],
              desc="Annoncer salaire, date de début 1er mai, période d'essai.")
    return "hiring-offer-call-fr", ics, label(uid, 0, trap="user-as-interviewer-offer-call-fr")


EVENTS = [
    asv_interview, calendly_host, scorecard, debrief, agency_sends_candidate, jury_panel, trial_day_candidate,
    teamtailor_interviewer, phone_candidate_handtyped, stage_interview, english_locum, handtyped_asv,
    slots_recurring, calibration, cancelled_candidate, zoom_candidate_be, german_student, spanish_candidate,
    reference_of_candidate, offer_call_candidate,
]
