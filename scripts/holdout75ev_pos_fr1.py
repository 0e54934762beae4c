"""holdout75: the user's own interviews, French employers (part 1)."""

from __future__ import annotations

from holdout75ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    PARIS,
    ROMANCE,
    UTC1_FR,
    WORK,
    cal,
    google_footer,
    meet,
    pos,
    teams,
)

EVENTS: list[dict[str, str]] = []

# Héliantis: SmartRecruiters phone screen, UTC times.
EVENTS.append(pos("smartrecruiters-phone-fr", cal("""
    BEGIN:VEVENT
    UID:sr-interview-7f3c2a91-5be0-4c1e-9d2a-1e6f0b3c8a44@smartrecruiters.com
    DTSTAMP:20250903T091512Z
    DTSTART:20250909T080000Z
    DTEND:20250909T083000Z
    SUMMARY:{S}
    ORGANIZER;CN=Héliantis Recrutement:mailto:notifications@smartrecruiters.com
    ATTENDEE;CN=Élodie Marchetti;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:elodie.marchetti@heliantis.com
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    """, "-//SmartRecruiters//Interview Scheduler 2.0//EN",
    S="Entretien téléphonique – Ingénieur(e) Essais en Vol H/F – Nadia Benali",
    L="Appel téléphonique (+33 6 12 48 90 37)",
    D="Bonjour Nadia,\n\nMerci pour l'intérêt que vous portez à Héliantis. Comme convenu, Élodie Marchetti, "
      "chargée de recrutement, vous appellera au numéro indiqué dans votre candidature pour un premier échange "
      "d'environ 30 minutes au sujet du poste Ingénieur(e) Essais en Vol H/F (Marignane).\n\nPour modifier ce "
      "créneau : https://jobs.smartrecruiters.com/Heliantis/interview/7f3c2a91\n\nÀ très bientôt,\nL'équipe "
      "Recrutement Héliantis\n\nPowered by SmartRecruiters"),
    "Héliantis", "Ingénieur(e) Essais en Vol", "recruiter_screen", "elodie.marchetti@heliantis.com",
    "smartrecruiters-phone-fr"))

# Héliantis: final onsite from the hiring manager, Outlook, Windows zone, SENT-BY assistant, room.
EVENTS.append(pos("outlook-final-onsite-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Ferrand, Olivier";SENT-BY="mailto:martine.giraud@heliantis.com":mailto:olivier.ferrand@heliantis.com
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roux-Delage, Sandrine"
    |:mailto:sandrine.roux-delage@heliantis.com
    ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MAR-B3-Salle Mistral (12)
    |:mailto:salle.mistral.b3@heliantis.com
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000B0A7E1E3D21EDC01000000000000000010000000C4E1D7A9F02B6C4FA4E0C3B81D6F2E77
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID=Romance Standard Time:20251002T093000
    DTEND;TZID=Romance Standard Time:20251002T120000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20250922T154211Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:{L}
    X-MICROSOFT-CDO-APPT-SEQUENCE:0
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
    X-MICROSOFT-CDO-IMPORTANCE:1
    X-MICROSOFT-DISALLOW-COUNTER:FALSE
    X-ALT-DESC;FMTTYPE=text/html:{A}
    BEGIN:VALARM
    DESCRIPTION:REMINDER
    TRIGGER;RELATED=START:-PT15M
    ACTION:DISPLAY
    END:VALARM
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    S="Entretien final - Nadia Benali - Ingénieur(e) Essais en Vol",
    L="Héliantis, Aéroport de Marseille-Provence, Bât. B3 - 13700 Marignane",
    D="Bonjour Nadia,\n\nSuite à nos premiers échanges, je vous confirme votre entretien final sur notre site de "
      "Marignane, avec Sandrine Roux-Delage (RRH Essais) et moi-même.\n\nDéroulé : présentation de votre projet "
      "de fin d'études (15 min), échanges techniques, puis visite du hangar d'essais.\nMerci de vous présenter "
      "à l'accueil du bâtiment B3 avec une pièce d'identité, l'accès est contrôlé.\n\nCordialement,\n\n"
      "Olivier Ferrand\nResponsable Département Essais en Vol\nHéliantis\n",
    A="<html><body><p>Bonjour Nadia,</p><p>Suite à nos premiers échanges, je vous confirme votre entretien "
      "final sur notre site de Marignane, avec Sandrine Roux-Delage (RRH Essais) et moi-même.</p>"
      "<p>Olivier Ferrand<br>Responsable Département Essais en Vol<br><b>Héliantis</b></p></body></html>"),
    "Héliantis", "Ingénieur(e) Essais en Vol", "final",
    "olivier.ferrand@heliantis.com;sandrine.roux-delage@heliantis.com", "outlook-final-sentby-room-fr"))

# Lauragais Propulsion: direct Google invite from an engineer, technical, Meet in French.
EVENTS.append(pos("google-technical-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20250918T140000
    DTEND;TZID=Europe/Paris:20250918T151500
    DTSTAMP:20250912T081455Z
    ORGANIZER;CN=Thomas Vidal:mailto:thomas.vidal@lauragais-propulsion.com
    UID:2m0q8v3kq1l7c6b5n4e9t0f2ra@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas Vidal;X-NUM-GUESTS=0
    |:mailto:thomas.vidal@lauragais-propulsion.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
    |;CN=karim.haddad@lauragais-propulsion.com;X-NUM-GUESTS=0:mailto:karim.haddad@lauragais-propulsion.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nadia.benali.aero@gmail.com
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    X-GOOGLE-CONFERENCE:https://meet.google.com/qzt-hmfo-vrw
    CREATED:20250912T081452Z
    DESCRIPTION:{D}
    LAST-MODIFIED:20250912T081454Z
    LOCATION:
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:{S}
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,), head="CALSCALE:GREGORIAN",
    S="Entretien technique Nadia Benali / Ingénieur(e) Propulsion",
    D="Bonjour Nadia,\n\nComme convenu avec Chloé des RH, voici l'invitation pour l'entretien technique avec "
      "Karim (responsable banc d'essais) et moi. On parlera thermo, injection et de ton stage chez le "
      "motoriste. Prévois un tableau blanc virtuel si tu veux faire des schémas.\n\nThomas\nIngénieur "
      "Combustion – Lauragais Propulsion\n\n" + meet("fr", "qzt-hmfo-vrw", "481 226 903")
      + google_footer("fr", "thomas.vidal@lauragais-propulsion.com")),
    "Lauragais Propulsion", "Ingénieur(e) Propulsion", "technical",
    "thomas.vidal@lauragais-propulsion.com;karim.haddad@lauragais-propulsion.com", "google-direct-meet-fr"))

# Nacelles du Midi: Outlook "(UTC+01:00) Bruxelles…" zone, Teams, company only in the body.
EVENTS.append(pos("outlook-teams-manager-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Soulié, Bertrand":mailto:bertrand.soulie@ndm-aero.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nadia.benali.aero@gmail.com:mailto:""" + ME + """
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000F3A2C19B5E22DC010000000000000000100000009A7C1E0B44D1F24E8BC3E2D0C6A1F9B3
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251014T110000
    DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251014T120000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251006T134502Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-IMPORTANCE:1
    X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTQ0@thread.v2/0
    X-ALT-DESC;FMTTYPE=text/html:{A}
    END:VEVENT
    """, OUTLOOK, tzs=(UTC1_FR,),
    S="Entretien – Poste Ingénieur Intégration Nacelle",
    D="Bonjour Madame Benali,\n\nSuite à votre échange avec notre service RH, je vous propose un entretien avec "
      "moi-même, responsable du bureau d'études Intégration, pour faire connaissance et parler du poste.\n\n"
      "Bien cordialement,\nBertrand Soulié\nResponsable BE Intégration\nNdM – Nacelles du Midi\n\n"
      + teams("fr", "362 918 447 105", "Xq7Ht2"),
    A="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
      "<div>Bonjour Madame Benali,</div><div>Suite à votre échange avec notre service RH, je vous propose un "
      "entretien avec moi-même, responsable du bureau d'études Intégration.</div><div>Bertrand Soulié<br>"
      "NdM – Nacelles du Midi</div></body></html>"),
    "Nacelles du Midi", "Ingénieur Intégration Nacelle", "hiring_manager", "bertrand.soulie@ndm-aero.fr",
    "outlook-utc-zone-company-in-body-fr", forms="NdM"))

# CGEA: Welcome to the Jungle ATS, visio screen.
EVENTS.append(pos("wttj-visio-screen-fr", cal("""
    BEGIN:VEVENT
    UID:wttj-meeting-5d1e0c3a-9f7b-4a8e-b2d6-3c0f1e9a7b55
    DTSTAMP:20250915T101010Z
    DTSTART;TZID=Europe/Paris:20250919T103000
    DTEND;TZID=Europe/Paris:20250919T110000
    SUMMARY:{S}
    ORGANIZER;CN=CGEA via Welcome to the Jungle:mailto:no-reply@welcometothejungle.com
    ATTENDEE;CN=Pauline Ribeiro;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pauline.ribeiro@cgea.fr
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:https://meet.google.com/ykd-uuwn-cbe
    DESCRIPTION:{D}
    STATUS:CONFIRMED
    END:VEVENT
    """, "-//Welcome to the Jungle//Solutions ATS//FR", tzs=(PARIS,),
    S="Entretien visio CGEA – Ingénieur(e) Essais Structures (Nadia Benali)",
    D="Bonjour Nadia,\n\nPauline Ribeiro (Talent Acquisition, Compagnie Générale d'Essais Aéronautiques) vous "
      "confirme votre entretien en visio. Ce premier échange de 30 minutes portera sur votre parcours, vos "
      "motivations et vos disponibilités.\n\nLien : https://meet.google.com/ykd-uuwn-cbe\n\nBonne journée !\n"
      "Envoyé via Welcome to the Jungle"),
    "CGEA", "Ingénieur(e) Essais Structures", "recruiter_screen", "pauline.ribeiro@cgea.fr", "wttj-visio-fr",
    forms="Compagnie Générale d'Essais Aéronautiques"))

# Occitanie Composites: Teamtailor, case study on site, floating local time.
EVENTS.append(pos("teamtailor-case-floating-fr", cal("""
    BEGIN:VEVENT
    UID:teamtailor-interview-418273-occitanie-composites
    DTSTAMP:20250916T075959Z
    DTSTART:20250923T140000
    DTEND:20250923T160000
    SUMMARY:{S}
    ORGANIZER;CN=Occitanie Composites:mailto:jobs@occitanie-composites.teamtailor-mail.com
    ATTENDEE;CN=Romain Estève;PARTSTAT=ACCEPTED:mailto:romain.esteve@occitanie-composites.fr
    ATTENDEE;CN=Hélène Puig;PARTSTAT=ACCEPTED:mailto:helene.puig@occitanie-composites.fr
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Teamtailor//Teamtailor Calendar//EN",
    S="Étude de cas – Ingénieur Méthodes Composites – Occitanie Composites",
    L="Occitanie Composites, 12 rue des Pyrénées, 31700 Cornebarrieu",
    D="Bonjour Nadia,\n\nNous avons le plaisir de vous convier à l'étape d'étude de cas pour le poste "
      "d'Ingénieur Méthodes Composites. Vous disposerez de 45 minutes pour analyser un dossier de "
      "fabrication (drapage, cuisson autoclave), puis vous présenterez vos recommandations à Romain Estève "
      "(responsable méthodes) et Hélène Puig (ingénieure qualité).\n\nÀ bientôt,\nL'équipe Occitanie Composites"),
    "Occitanie Composites", "Ingénieur Méthodes Composites", "technical",
    "romain.esteve@occitanie-composites.fr;helene.puig@occitanie-composites.fr", "teamtailor-case-floating-fr"))

# Astéria Space (subsidiary; the parent group is not the employer): two-day assessment centre, recurring + override.
_AST_D = ("Dear Nadia,\n\nCongratulations on reaching the Assessment Centre of the Astéria Space Graduate Programme "
          "– Systems Engineering (Astéria Space is the space subsidiary of Groupe Astéria).\n\nDay 1: group "
          "exercise, technical case and competency interview with Laure Vasseur (Head of Systems) and "
          "Pierre-Yves Hamon (Senior Systems Engineer).\nDay 2: presentation to the panel and site visit.\n\n"
          "Venue: Astéria Space, 26 avenue Jean-François Champollion, 31100 Toulouse. Please bring ID.\n\n"
          "Graduate Talent Team")
EVENTS.append(pos("workday-assessment-recurring-en", cal("""
    BEGIN:VEVENT
    UID:WD-CAND-EVT-000451882-ASTERIA
    DTSTAMP:20251020T120000Z
    DTSTART;TZID=Europe/Paris:20251104T090000
    DTEND;TZID=Europe/Paris:20251104T170000
    RRULE:FREQ=DAILY;COUNT=2
    SUMMARY:{S}
    ORGANIZER;CN=Graduate Talent Team:mailto:graduates@asteria-group.com
    ATTENDEE;CN=Laure Vasseur;ROLE=REQ-PARTICIPANT:mailto:laure.vasseur@asteria-group.com
    ATTENDEE;CN=Pierre-Yves Hamon;ROLE=REQ-PARTICIPANT:mailto:pierre-yves.hamon@asteria-group.com
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    SEQUENCE:1
    END:VEVENT
    BEGIN:VEVENT
    UID:WD-CAND-EVT-000451882-ASTERIA
    RECURRENCE-ID;TZID=Europe/Paris:20251105T090000
    DTSTAMP:20251020T120000Z
    DTSTART;TZID=Europe/Paris:20251105T083000
    DTEND;TZID=Europe/Paris:20251105T123000
    SUMMARY:{S2}
    ORGANIZER;CN=Graduate Talent Team:mailto:graduates@asteria-group.com
    ATTENDEE;CN=Laure Vasseur;ROLE=REQ-PARTICIPANT:mailto:laure.vasseur@asteria-group.com
    ATTENDEE;CN=Pierre-Yves Hamon;ROLE=REQ-PARTICIPANT:mailto:pierre-yves.hamon@asteria-group.com
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    SEQUENCE:1
    END:VEVENT
    """, "-//Workday//Workday Recruiting//EN", tzs=(PARIS,),
    S="Assessment Centre – Graduate Programme Systems Engineering",
    S2="Assessment Centre (Day 2, earlier start) – Graduate Programme Systems Engineering",
    L="Astéria Space, 26 avenue Jean-François Champollion, 31100 Toulouse", D=_AST_D),
    "Astéria Space", "Graduate Programme – Systems Engineering", "onsite",
    "laure.vasseur@asteria-group.com;pierre-yves.hamon@asteria-group.com", "workday-recurring-override-subsidiary-en"))

# Astéria Space: one-way recorded video interview, all-day deadline window.
EVENTS.append(pos("oneway-video-allday-fr", cal("""
    BEGIN:VEVENT
    UID:easyrecrue-invite-88d21f0e-asteria-space
    DTSTAMP:20251008T070000Z
    DTSTART;VALUE=DATE:20251013
    DTEND;VALUE=DATE:20251016
    SUMMARY:{S}
    DESCRIPTION:{D}
    TRANSP:TRANSPARENT
    END:VEVENT
    """, "-//easyRECrue//Video Interview//FR", method="PUBLISH",
    S="Entretien vidéo différé – Astéria Space (à compléter avant le 15/10)",
    D="Bonjour Nadia,\n\nDans le cadre de votre candidature au Graduate Programme – Systems Engineering d'Astéria "
      "Space, nous vous invitons à passer un entretien vidéo différé : 5 questions, 2 minutes de réponse "
      "chacune, enregistrées depuis votre navigateur.\n\nLien personnel : https://app.easyrecrue.com/i/8d21f0e\n"
      "Date limite : 15 octobre 2025 à 23h59."),
    "Astéria Space", "Graduate Programme – Systems Engineering", "", "", "oneway-video-fr"))

# Albatros Robotics: founder on gmail, tutoiement, no clear stage.
EVENTS.append(pos("founder-gmail-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20250926T173000
    DTEND;TZID=Europe/Paris:20250926T181500
    DTSTAMP:20250924T201233Z
    ORGANIZER;CN=Maxime Lautier:mailto:maxime.lautier.drone@gmail.com
    UID:6f0v2b8h1n3k5p7r9t1w3y5a7c@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maxime Lautier;X-NUM-GUESTS=0
    |:mailto:maxime.lautier.drone@gmail.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    X-GOOGLE-CONFERENCE:https://meet.google.com/ewp-rkqa-mzt
    DESCRIPTION:{D}
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Nadia <> Maxime
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="Salut Nadia,\n\nMerci pour ta candidature au poste d'ingénieur(e) GNC chez Albatros Robotics ! On se cale "
      "45 min pour parler de ton parcours, de ton projet de drone en PFE et de ce qu'on construit (drones "
      "d'inspection longue endurance). Je te présenterai aussi le process pour la suite.\n\nMaxime\nCEO & "
      "co-fondateur\n\n" + meet("fr", "ewp-rkqa-mzt", "702 118 455") + google_footer("fr", ME)),
    "Albatros Robotics", "Ingénieur(e) GNC", "", "maxime.lautier.drone@gmail.com", "founder-gmail-fr"))

# Blagnac Maintenance Aéronautique: Microsoft Bookings, Teams.
EVENTS.append(pos("bookings-screen-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN=BMA Recrutement:mailto:RecrutementBMA@bma-mro.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julie Carrère:mailto:julie.carrere@bma-mro.fr
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E0080000000055AC8E0F0B27DC01000000000000000010000000E8D2B74F1C6A0E4B9F0D6A3C2B1E7F40
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID=Romance Standard Time:20250930T150000
    DTEND;TZID=Romance Standard Time:20250930T153000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20250925T180312Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
    X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    X-MICROSOFT-CDO-IMPORTANCE:1
    X-MICROSOFT-BOOKINGS-SERVICE:Entretien de préqualification
    END:VEVENT
    """, EXCHANGE, tzs=(ROMANCE,),
    S="Entretien de préqualification avec Blagnac Maintenance Aéronautique",
    D="Votre rendez-vous est confirmé.\n\nService : Entretien de préqualification (30 min)\nPoste : Ingénieur(e) "
      "Navigabilité Continue (CAMO)\nMembre du personnel : Julie Carrère\n\nBlagnac Maintenance Aéronautique "
      "(BMA)\n\n" + teams("fr", "398 104 552 871", "aB3kP9")
      + "\n\nVous devez modifier ou annuler ? https://outlook.office365.com/owa/calendar/BMA@bma-mro.fr/bookings/"),
    "Blagnac Maintenance Aéronautique", "Ingénieur(e) Navigabilité Continue (CAMO)", "recruiter_screen",
    "julie.carrere@bma-mro.fr", "ms-bookings-fr", forms="BMA"))

# Altéo Ingénierie: Calendly booked to the school address, business manager screen.
EVENTS.append(pos("calendly-bm-screen-fr", cal("""
    BEGIN:VEVENT
    UID:e4b1c8d2-7a3f-4f0e-9b6d-2c5a8e1f0d93@calendly.com
    DTSTAMP:20250910T122204Z
    DTSTART:20250915T073000Z
    DTEND:20250915T080000Z
    SUMMARY:{S}
    ORGANIZER;CN=Mathilde Garcia:mailto:mathilde.garcia@alteo-ing.com
    ATTENDEE;CN=Nadia Benali;PARTSTAT=ACCEPTED:mailto:""" + WORK + """
    ATTENDEE;CN=Mathilde Garcia;PARTSTAT=ACCEPTED:mailto:mathilde.garcia@alteo-ing.com
    LOCATION:{L}
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Calendly//Calendly//EN",
    S="Entretien découverte – Altéo Ingénierie between Mathilde Garcia and Nadia Benali",
    L="Appel téléphonique : Mathilde vous appellera au +33 6 12 48 90 37",
    D="Event Name: Entretien découverte – Altéo Ingénierie\n\nLocation: Mathilde vous appellera au "
      "+33 6 12 48 90 37\n\nQuestions:\nPoste visé\nIngénieure calcul de structures – secteur aéronautique\n\n"
      "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/e4b1c8d2\nReschedule: "
      "https://calendly.com/reschedulings/e4b1c8d2\n\nPowered by Calendly.com"),
    "Altéo Ingénierie", "Ingénieure calcul de structures", "recruiter_screen", "mathilde.garcia@alteo-ing.com",
    "calendly-school-address-fr", forms="Altéo"))

# Pyrénées Hélices: hand-typed by the user on her iPhone, floating, no attendees.
EVENTS.append(pos("handtyped-ios-fr", cal("""
    BEGIN:VEVENT
    UID:3C9E0B7A-51F2-4D8E-A6B3-0E7F2C19D4A5
    DTSTAMP:20251001T192215Z
    CREATED:20251001T192208Z
    DTSTART:20251007T143000
    DTEND:20251007T153000
    SUMMARY:Entretien Pyrénées Hélices - JM Casteran
    LOCATION:{L}
    DESCRIPTION:{D}
    X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
    BEGIN:VALARM
    ACTION:DISPLAY
    DESCRIPTION:Rappel
    TRIGGER:-PT2H
    END:VALARM
    END:VEVENT
    """, IOS, method=None,
    L="ZI de Bastillac, 65000 Tarbes",
    D="avec Jean-Marc Casteran (DG) – poste ingé bureau d'études hélices\namener relevés de notes + portfolio "
      "PFE\ntrain 12h02 Matabiau"),
    "Pyrénées Hélices", "ingé bureau d'études hélices", "", "jean-marc casteran", "handtyped-ios-fr"))

# Toulouse Flight Dynamics: Apple Calendar invite from an engineer, English.
EVENTS.append(pos("apple-technical-en", cal("""
    BEGIN:VEVENT
    CREATED:20251003T090112Z
    UID:A1F4C2D7-0B8E-4E39-8C61-5F2D7A9B3E10
    DTEND;TZID=Europe/Paris:20251009T113000
    ATTENDEE;CN="Nadia Benali";CUTYPE=INDIVIDUAL;EMAIL="nadia.benali.aero@gmail.com";PARTSTAT=NEEDS-ACTION
    |;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    ATTENDEE;CN="Sara Lindqvist";CUTYPE=INDIVIDUAL;EMAIL="sara.lindqvist@tfd-aero.com";PARTSTAT=ACCEPTED
    |;ROLE=REQ-PARTICIPANT:mailto:sara.lindqvist@tfd-aero.com
    ATTENDEE;CN="Arnaud Pichon";CUTYPE=INDIVIDUAL;EMAIL="arnaud.pichon@tfd-aero.com";PARTSTAT=ACCEPTED
    |;ROLE=CHAIR:mailto:arnaud.pichon@tfd-aero.com
    SUMMARY:{S}
    DTSTART;TZID=Europe/Paris:20251009T100000
    DTSTAMP:20251003T090119Z
    ORGANIZER;CN="Arnaud Pichon";EMAIL="arnaud.pichon@tfd-aero.com":mailto:arnaud.pichon@tfd-aero.com
    LOCATION:{L}
    DESCRIPTION:{D}
    SEQUENCE:0
    X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
    END:VEVENT
    """, APPLE, tzs=(PARIS,),
    S="Technical interview – Nadia Benali (Flight Dynamics Engineer)",
    L="TFD, 4 avenue Didier Daurat, 31700 Blagnac",
    D="Hi Nadia,\n\nAs discussed, Sara and I will run the technical interview: 6-DOF modelling, trim and "
      "linearisation, a short whiteboard exercise on handling qualities. English is our working language.\n\n"
      "Arnaud Pichon\nLead Engineer, Toulouse Flight Dynamics"),
    "Toulouse Flight Dynamics", "Flight Dynamics Engineer", "technical",
    "arnaud.pichon@tfd-aero.com;sara.lindqvist@tfd-aero.com", "apple-direct-en", forms="TFD"))
