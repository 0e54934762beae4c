"""holdout84: the user's own interviews, part C (more ATS, schedulers and booking pages)."""

from __future__ import annotations

from holdout84ev_ics import USER_FREE, cal, esc, label, meet_fr, teams_fr


def tailwise_workable():
    uid = "workable-ev-3b7c1e90a2f4d@tailwise.workable.com"
    d = esc(
        "Hi Claire,\n\nThanks for applying to Tailwise! This is a confirmation of your interview for the "
        "Veterinary Claims Expert (French market) position.\n\nInterviewer: Chloé Martin, Head of Claims\n"
        "Duration: 45 min\nVideo: https://meet.google.com/ugs-pxcr-ytd\n\nGood luck!\nTailwise Hiring Team"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260305T170044Z
        DTSTART;TZID=Europe/Paris:20260311T173000
        DTEND;TZID=Europe/Paris:20260311T181500
        SUMMARY:Interview with Tailwise: Veterinary Claims Expert
        ORGANIZER;CN=Tailwise via Workable:mailto:notifications@workablemail.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Chloé Martin:mailto:chloe@tailwise.fr
        LOCATION:https://meet.google.com/ugs-pxcr-ytd
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Workable//Workable Calendar//EN", tzs=("Europe/Paris",))
    return "workable-en", ics, label(
        uid, 1, "Tailwise", "Veterinary Claims Expert (French market)", "", "chloe@tailwise.fr",
        "workable-startup-en")


def meridian_icims():
    uid = "icims-iv-19-27741-0033@careers-meridianah.icims.com"
    d = esc(
        "Dear Claire,\n\nThank you for your interest in the Veterinary Professional Services Manager – France "
        "position (Req 27741) at Meridian Animal Health. You are scheduled for a phone interview with "
        "Rachel Stein, Senior Talent Acquisition Partner. Rachel will call you at the number on your profile.\n\n"
        "Sincerely,\nMeridian Animal Health Talent Acquisition"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260302T210000Z
        DTSTART:20260306T140000Z
        DTEND:20260306T143000Z
        SUMMARY:Phone Interview - Veterinary Professional Services Manager - France
        ORGANIZER;CN=Rachel Stein:mailto:rachel.stein@meridianah.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        LOCATION:Phone
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//iCIMS//iCIMS Talent Platform//EN")
    return "icims-phone-en", ics, label(
        uid, 1, "Meridian Animal Health", "Veterinary Professional Services Manager – France", "recruiter_screen",
        "rachel.stein@meridianah.com", "icims-phone-screen-en")


def meridian_goodtime():
    uid = "goodtime-8f1d2c40-7a55-4ab0-9e13-5d6c7b8a9f01"
    d = esc(
        "Hello Claire,\n\nHere is your onsite interview itinerary at Meridian Animal Health – Lyon office "
        "(Tour Oxygène, 10-12 boulevard Marius Vivier Merle, 23rd floor).\n\n"
        "09:30  Welcome – Léa Fontaine, Interview Coordinator\n"
        "09:45  Dr. James Whitfield – Director Professional Services EMEA (hiring manager)\n"
        "10:30  Dr. Sophie Arnaud – Technical Services Veterinarian\n"
        "11:15  Marc Delorme – Key Account Manager, Rhône-Alpes\n\n"
        "Please bring ID for building security.\n\nScheduled with GoodTime"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260330T154200Z
        DTSTART;TZID=Europe/Paris:20260407T093000
        DTEND;TZID=Europe/Paris:20260407T120000
        SUMMARY:Onsite Interview – Claire Dubois – Meridian Animal Health
        ORGANIZER;CN=Léa Fontaine:mailto:lea.fontaine@meridianah.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=James Whitfield:mailto:james.whitfield@meridianah.com
        ATTENDEE;CN=Sophie Arnaud:mailto:sophie.arnaud@meridianah.com
        ATTENDEE;CN=Marc Delorme:mailto:marc.delorme@meridianah.com
        ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=LYO-23-Saône (10p):mailto:lyo-23-saone@meridianah.com
        LOCATION:Tour Oxygène\\, 23e étage\\, Lyon
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//GoodTime.io//GoodTime Hire//EN", tzs=("Europe/Paris",))
    return "goodtime-onsite-en", ics, label(
        uid, 1, "Meridian Animal Health", "", "onsite",
        "james.whitfield@meridianah.com;sophie.arnaud@meridianah.com;marc.delorme@meridianah.com",
        "goodtime-itinerary-resource-en")


def biovetal_sf():
    uid = "SFSF-INTERVIEW-0000412768-1@biovetal.com"
    d = esc(
        "Madame,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de Vétérinaire Chef de "
        "produit – Compléments nutritionnels (réf. 4127). Vous serez reçue par M. Arnaud Petit, Directeur "
        "Marketing, et Mme Fanny Vidal, Responsable RH.\n\nBiovétal SAS – 12 rue des Artisans, 01000 "
        "Bourg-en-Bresse\n\nCe message a été généré automatiquement par SAP SuccessFactors."
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260317T060000Z
        DTSTART;TZID=W. Europe Standard Time:20260331T100000
        DTEND;TZID=W. Europe Standard Time:20260331T113000
        SUMMARY:Convocation entretien – Vétérinaire Chef de produit (réf. 4127)
        ORGANIZER;CN=Biovétal Recrutement:mailto:recrutement@biovetal.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        LOCATION:Biovétal – Bourg-en-Bresse
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//SAP SuccessFactors//Interview Scheduling//EN", tzs=("W. Europe Standard Time",))
    return "successfactors-fr", ics, label(
        uid, 1, "Biovétal", "Vétérinaire Chef de produit – Compléments nutritionnels", "",
        "M. Arnaud Petit;Mme Fanny Vidal", "successfactors-windows-zone-fr")


def vetapolis_calendly():
    uid = "calendly-evt-GHD2XU7QK4ZY3OPN"
    d = esc(
        "Événement : Premier échange – recrutement vétérinaires (20 min)\n\nInvité : Claire Dubois\n"
        "E-mail de l'invité : claire.dubois.veto@laposte.net\n\nRéponses :\nPoste visé : chef de clinique Namur\n"
        "Disponibilité : septembre\n\nLieu : Appel téléphonique. Marie vous appellera au +33 6 71 22 48 90.\n\n"
        "Besoin d'apporter des modifications à cet événement ?\nAnnuler : https://calendly.com/cancellations/"
        "GHD2XU7QK4ZY3OPN\nReprogrammer : https://calendly.com/reschedulings/GHD2XU7QK4ZY3OPN\n\n"
        "Propulsé par Calendly.com"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260312T191502Z
        DTSTART:20260316T073000Z
        DTEND:20260316T075000Z
        SUMMARY:Premier échange – recrutement vétérinaires (20 min) entre Marie Janssens et Claire Dubois
        ORGANIZER;CN=Marie Janssens:mailto:marie.janssens@vetapolis.be
        ATTENDEE;CN=Claire Dubois;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER_FREE}
        LOCATION:+33 6 71 22 48 90
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Calendly//Calendly//EN")
    return "calendly-invitee-fr", ics, label(
        uid, 1, "Vetapolis", "chef de clinique", "recruiter_screen", "marie.janssens@vetapolis.be",
        "calendly-user-is-invitee-fr")


def fauna_bookings():
    uid = "f3c9e1a2-0b7d-4d6e-a5f8-bookings-faunamedica"
    d = esc(
        "Votre rendez-vous est confirmé.\n\nService : Entretien de recrutement – vétérinaire (60 min)\n"
        "Membre du personnel : Dr Valérie Rochat\n\nFauna Medica SA\nRue de Lausanne 45, 1201 Genève\n"
        "+41 22 731 09 90\n\nPour annuler ou replanifier, utilisez le lien de votre e-mail de confirmation.\n\n"
        + teams_fr("329 118 447 501", "MmEwYzE3NjMtOGFk")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260318T112233Z
        DTSTART;TZID=W. Europe Standard Time:20260330T133000
        DTEND;TZID=W. Europe Standard Time:20260330T143000
        SUMMARY:Entretien de recrutement – vétérinaire (60 min)
        ORGANIZER;CN=Fauna Medica SA:mailto:FaunaMedicaRecrutement@faunamedica.ch
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Valérie Rochat:mailto:v.rochat@faunamedica.ch
        LOCATION:Réunion Microsoft Teams
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Microsoft Corporation//Bookings//FR", tzs=("W. Europe Standard Time",))
    return "bookings-ch-fr", ics, label(
        uid, 1, "Fauna Medica", "vétérinaire", "", "v.rochat@faunamedica.ch", "ms-bookings-staff-fr")


def oxyvet_wttj():
    uid = "wttj-interview-88c1f2d7@welcometothejungle.com"
    d = esc(
        "Bonjour Claire,\n\nL'équipe d'Oxyvet vous a proposé un entretien :\n\nPoste : Vétérinaire référent(e) "
        "qualité & formation – réseau Sud-Est\nType : entretien en visioconférence\nAvec : Amandine Robert, "
        "Talent Manager\n\n" + meet_fr("gtk-vbnm-qqe") + "\n\nWelcome to the Jungle Solutions"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260310T090909Z
        DTSTART;TZID=Europe/Paris:20260313T093000
        DTEND;TZID=Europe/Paris:20260313T101500
        SUMMARY:Entretien avec Oxyvet
        ORGANIZER;CN=Amandine Robert:mailto:amandine.robert@oxyvet.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        LOCATION:https://meet.google.com/gtk-vbnm-qqe
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Welcome to the Jungle//WTTJ ATS//FR", tzs=("Europe/Paris",))
    return "wttj-fr", ics, label(
        uid, 1, "Oxyvet", "Vétérinaire référent(e) qualité & formation – réseau Sud-Est", "recruiter_screen",
        "amandine.robert@oxyvet.com", "wttj-talent-manager-fr")


def vetodis_taleez():
    uid = "taleez-rdv-0f4a1c2b3d-vetodis"
    d = esc(
        "Bonjour Claire Dubois,\n\nSuite à votre candidature à l'offre « Vétérinaire conseil produits – "
        "Grand Est / Rhône-Alpes », nous avons le plaisir de vous proposer un entretien téléphonique avec "
        "Grégory Masson, responsable du service technique.\n\nL'équipe recrutement Vétodis\n"
        "Cet e-mail vous a été envoyé via Taleez."
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260311T084500Z
        DTSTART;TZID=Europe/Paris:20260317T121500
        DTEND;TZID=Europe/Paris:20260317T124500
        SUMMARY:Entretien téléphonique - Vétérinaire conseil produits
        ORGANIZER;CN=Vétodis:mailto:recrutement@vetodis.coop
        ATTENDEE;CN=Claire Dubois:mailto:{USER_FREE}
        ATTENDEE;CN=Grégory Masson:mailto:g.masson@vetodis.coop
        LOCATION:Téléphone
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Taleez//Taleez Agenda//FR", tzs=("Europe/Paris",))
    return "taleez-phone-fr", ics, label(
        uid, 1, "Vétodis", "Vétérinaire conseil produits – Grand Est / Rhône-Alpes", "hiring_manager",
        "g.masson@vetodis.coop", "taleez-phone-fr")


def leman_recruitee():
    uid = "recruitee-interview-7716002@cvleman.recruitee.com"
    d = esc(
        "Bonjour Claire,\n\nNous vous attendons pour une demi-journée de mise en situation pratique : deux "
        "consultations simulées (un chat polyuro-polydipsique, un chien boiteux) observées par le Dr Nicolas "
        "Favre, puis un échange avec l'équipe.\n\nClinique Vétérinaire du Léman, Av. de Rhodanie 58, 1007 "
        "Lausanne.\n\nMeilleures salutations,\nCorinne Jaquet, administration"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260322T141414Z
        DTSTART;TZID=Europe/Zurich:20260402T080000
        DTEND;TZID=Europe/Zurich:20260402T120000
        SUMMARY:Mise en situation pratique – Vétérinaire généraliste 80-100 %
        ORGANIZER;CN=Corinne Jaquet:mailto:admin@cvleman.ch
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Nicolas Favre:mailto:n.favre@cvleman.ch
        LOCATION:Clinique Vétérinaire du Léman\\, Lausanne
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Recruitee//Recruitee Scheduler//EN", tzs=("Europe/Zurich",))
    return "recruitee-practical-ch", ics, label(
        uid, 1, "Clinique Vétérinaire du Léman", "Vétérinaire généraliste 80-100 %", "technical",
        "n.favre@cvleman.ch", "recruitee-practical-coordinator-fr")


def anivia_dr():
    uid = "DR-ENT-2026-03-25-114@anivia.digitalrecruiters.com"
    d = esc(
        "Bonjour Claire,\n\nNous vous confirmons votre entretien pour le poste de Vétérinaire référent "
        "prévention & santé animale.\nVous rencontrerez Olivia Bonnet (Directrice Santé Animale) et "
        "Mathieu Perret (Chef de projet prévention).\n\nAnivia Assurances – 35 rue de la Villette, 69003 Lyon"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260320T163000Z
        DTSTART;TZID=Europe/Paris:20260325T143000
        DTEND;TZID=Europe/Paris:20260325T153000
        SUMMARY:Entretien - Vétérinaire référent prévention & santé animale
        ORGANIZER;CN=Anivia Recrutement:mailto:no-reply@digitalrecruiters.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Olivia Bonnet:mailto:o.bonnet@anivia.fr
        ATTENDEE;CN=Mathieu Perret:mailto:m.perret@anivia.fr
        LOCATION:35 rue de la Villette\\, 69003 Lyon
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//DigitalRecruiters//DR Agenda//FR", tzs=("Europe/Paris",))
    return "digitalrecruiters-fr", ics, label(
        uid, 1, "Anivia Assurances", "Vétérinaire référent prévention & santé animale", "hiring_manager",
        "o.bonnet@anivia.fr;m.perret@anivia.fr", "digitalrecruiters-onsite-fr")


def zoopharma_es():
    uid = "sr-es-2026-0304-zoopharma-7741"
    d = esc(
        "Hola Claire:\n\nSoy Lucía Navarro, del equipo de Talent Acquisition de Zoopharma en Madrid (gestionamos "
        "la selección para Francia e Iberia). Te confirmo la entrevista inicial para la vacante de Technical "
        "Services Veterinarian – Companion Animals (Francia). La llamada puede ser en francés o en inglés.\n\n"
        "Un saludo,\nLucía Navarro\n\n" + meet_fr("xsw-ercv-poi")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260302T110000Z
        DTSTART;TZID=Europe/Madrid:20260305T160000
        DTEND;TZID=Europe/Madrid:20260305T163000
        SUMMARY:Entrevista inicial - Claire Dubois - Technical Services Vet (FR)
        ORGANIZER;CN=Lucía Navarro:mailto:lucia.navarro@zoopharma.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Lucía Navarro:mailto:lucia.navarro@zoopharma.com
        LOCATION:Google Meet
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Google Inc//Google Calendar 70.9054//EN", tzs=("Europe/Madrid",))
    return "google-screen-es", ics, label(
        uid, 1, "Zoopharma", "Technical Services Veterinarian – Companion Animals (Francia)", "recruiter_screen",
        "lucia.navarro@zoopharma.com", "recruiter-screen-es")


EVENTS = [
    tailwise_workable, meridian_icims, meridian_goodtime, biovetal_sf, vetapolis_calendly, fauna_bookings,
    oxyvet_wttj, vetodis_taleez, leman_recruitee, anivia_dr, zoopharma_es,
]
