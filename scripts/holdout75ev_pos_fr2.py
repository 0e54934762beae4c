"""holdout75: the user's own interviews, French employers (part 2)."""

from __future__ import annotations

from holdout75ev_ics import (
    GOOGLE,
    ME,
    OUTLOOK,
    PARIS,
    ROMANCE,
    UTC1_EN,
    cal,
    google_footer,
    pos,
    teams,
    webex,
    zoom,
)

EVENTS: list[dict[str, str]] = []

# Solenne Satcom: Personio, English, hiring manager, UTC.
EVENTS.append(pos("personio-manager-en", cal("""
    BEGIN:VEVENT
    UID:personio-interview-2291734@solenne-satcom.jobs.personio.de
    DTSTAMP:20251015T143000Z
    DTSTART:20251022T090000Z
    DTEND:20251022T100000Z
    SUMMARY:{S}
    ORGANIZER;CN=Solenne Satcom Recruiting:mailto:noreply@personio.de
    ATTENDEE;CN=Guillaume Arnaud;PARTSTAT=ACCEPTED:mailto:guillaume.arnaud@solenne-satcom.com
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Zoom
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Personio GmbH//Personio Recruiting//EN",
    S="Interview: Nadia Benali – RF Payload Engineer (Junior)",
    D="Hi Nadia,\n\nthank you for your time so far. This is your interview with Guillaume Arnaud, Head of "
      "Payload and hiring manager for the RF Payload Engineer (Junior) position at Solenne Satcom.\n\n"
      + zoom("en", "solenne", "874 2210 9931", "QkR2dFZ1Wm9")),
    "Solenne Satcom", "RF Payload Engineer (Junior)", "hiring_manager", "guillaume.arnaud@solenne-satcom.com",
    "personio-zoom-en"))

# Aquitaine Hydrogène Aviation: Taleez, meeting the team, no clear stage.
EVENTS.append(pos("taleez-team-fr", cal("""
    BEGIN:VEVENT
    UID:taleez-evt-99213-aha
    DTSTAMP:20251104T091500Z
    DTSTART;TZID=Europe/Paris:20251113T100000
    DTEND;TZID=Europe/Paris:20251113T113000
    SUMMARY:{S}
    ORGANIZER;CN=Baptiste Lalanne:mailto:baptiste.lalanne@aha-aviation.fr
    ATTENDEE;CN=Baptiste Lalanne;PARTSTAT=ACCEPTED:mailto:baptiste.lalanne@aha-aviation.fr
    ATTENDEE;CN=Inès Goñi;PARTSTAT=ACCEPTED:mailto:ines.goni@aha-aviation.fr
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:{L}
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Taleez//Taleez Agenda//FR", tzs=(PARIS,),
    S="Rencontre avec l'équipe – Aquitaine Hydrogène Aviation",
    L="AHA, 3 rue Marcel Issartier, 33700 Mérignac",
    D="Bonjour Nadia,\n\nSuite à votre candidature au poste d'Ingénieur(e) Systèmes Pile à Combustible, "
      "Baptiste Lalanne (CTO) et Inès Goñi (responsable intégration) vous proposent une rencontre dans nos "
      "locaux de Mérignac.\n\nL'équipe AHA\n-- \nMessage envoyé depuis Taleez"),
    "Aquitaine Hydrogène Aviation", "Ingénieur(e) Systèmes Pile à Combustible", "",
    "baptiste.lalanne@aha-aviation.fr;ines.goni@aha-aviation.fr", "taleez-no-stage-fr", forms="AHA"))

# OFES: public body, recruitment jury named only in the text.
EVENTS.append(pos("outlook-jury-names-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="RECRUTEMENT OFES":mailto:recrutement@ofes.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nadia.benali.aero@gmail.com:mailto:""" + ME + """
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000C1D9A44E7D35DC0100000000000000001000000081C2E7A03B6F5940A7D8E1B2C3D4E5F6
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID=Romance Standard Time:20251125T140000
    DTEND;TZID=Romance Standard Time:20251125T144500
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251112T100501Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:{L}
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    S="Convocation – entretien avec le jury de recrutement (réf. 2025-LAN-014)",
    L="OFES, 52 rue Jacques Hillairet, 75012 Paris – salle du conseil",
    D="Madame,\n\nNous avons le plaisir de vous convoquer à un entretien devant le jury de recrutement pour le "
      "poste d'Ingénieur(e) Analyse de Mission Lanceurs (CDD 3 ans, réf. 2025-LAN-014).\n\nComposition du "
      "jury : M. Denis Carlier (chef du département Lanceurs), Mme Agnès Morvan (ressources humaines), M. Yann "
      "Le Goff (expert trajectographie).\nL'entretien débutera par une présentation de 10 minutes de votre "
      "parcours.\n\nOffice Français des Essais Spatiaux – Service du recrutement"),
    "OFES", "Ingénieur(e) Analyse de Mission Lanceurs", "", "denis carlier;agnès morvan;yann le goff",
    "public-jury-names-only-fr", forms="Office Français des Essais Spatiaux"))

# Vélizy Radar Systems: Outlook, assistant sends on behalf, room resource, technical.
EVENTS.append(pos("outlook-sentby-technical-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Lemaire, Frédéric";SENT-BY="mailto:corinne.bastide@vrs-defense.com"
    |:mailto:frederic.lemaire@vrs-defense.com
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Nguyen, Minh-Tri":mailto:minh-tri.nguyen@vrs-defense.com
    ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bastide, Corinne":mailto:corinne.bastide@vrs-defense.com
    ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=VEL-B2-Orion:mailto:vel-b2-orion@vrs-defense.com
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E008000000009E4F3B2A1C40DC01000000000000000010000000D0A1B2C3E4F5061728394A5B6C7D8E9F
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID=Romance Standard Time:20251028T100000
    DTEND;TZID=Romance Standard Time:20251028T113000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251017T082244Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:{L}
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    X-MICROSOFT-CDO-IMPORTANCE:1
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    S="Entretien technique – candidature Ingénieur Traitement du Signal Radar",
    L="VRS, 8 rue Louis Blériot, 78140 Vélizy-Villacoublay – Bât. B2, salle Orion",
    D="Madame Benali,\n\nPour le compte de M. Lemaire, je vous confirme votre entretien technique avec "
      "M. Frédéric Lemaire (chef de service Traitement du Signal) et M. Minh-Tri Nguyen (architecte radar).\n"
      "Je vous accueillerai à l'entrée du site : merci de vous munir d'une pièce d'identité en cours de "
      "validité (site à accès réglementé) et d'arriver 20 minutes en avance.\n\nCordialement,\nCorinne "
      "Bastide\nAssistante de direction – Vélizy Radar Systems"),
    "Vélizy Radar Systems", "Ingénieur Traitement du Signal Radar", "technical",
    "frederic.lemaire@vrs-defense.com;minh-tri.nguyen@vrs-defense.com", "outlook-sentby-assistant-resource-fr",
    forms="VRS"))

# Aerolux (Bremen) VIE post: Outlook with "(UTC+01:00) Brussels…" zone, Teams in English.
EVENTS.append(pos("vie-teams-manager-en", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Schäfer, Katrin":mailto:katrin.schaefer@aerolux.de
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Mercier, Julien":mailto:julien.mercier@aerolux.de
    DESCRIPTION;LANGUAGE=en-US:{D}
    UID:040000008200E00074C5B7101A82E00800000000A2B1C4D3E6F5DC010000000000000000100000007E6D5C4B3A29180706F5E4D3C2B1A090
    SUMMARY;LANGUAGE=en-US:{S}
    DTSTART;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251106T100000
    DTEND;TZID="(UTC+01:00) Brussels, Copenhagen, Madrid, Paris":20251106T104500
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251029T151803Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=(UTC1_EN,),
    S="VIE Interview – Quality Engineer (Bremen) – Nadia Benali",
    D="Dear Ms Benali,\n\nFollowing your application on Mon Volontariat International (Business France), I would "
      "like to invite you to an interview with me (Head of Quality, Aerolux GmbH) and Julien Mercier, who "
      "would be your tutor during the VIE in Bremen.\n\nKind regards,\nKatrin Schäfer\n\n"
      + teams("en", "321 554 098 776", "Gh5pLm")),
    "Aerolux", "Quality Engineer", "hiring_manager", "katrin.schaefer@aerolux.de;julien.mercier@aerolux.de",
    "vie-business-france-teams-en"))

# Sémaphore Engineering, arranged by a recruitment agency that does not take part.
EVENTS.append(pos("agency-client-interview-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251020T163000
    DTEND;TZID=Europe/Paris:20251020T173000
    DTSTAMP:20251016T101010Z
    ORGANIZER;CN=Laetitia Bonnet:mailto:l.bonnet@talenteo-aero.fr
    UID:1k4s7v0y3b6e9h2m5p8s1u4x7z@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Vincent Rouquette;X-NUM-GUESTS=0
    |:mailto:vincent.rouquette@semaphore-eng.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    DESCRIPTION:{D}
    LOCATION:{L}
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:{S}
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    S="Entretien client Sémaphore Engineering – Ingénieur Calcul Structure – N. Benali",
    L="Sémaphore Engineering, 21 avenue de l'Escadrille Normandie-Niémen, 31700 Blagnac",
    D="Bonjour Nadia,\n\nComme convenu par téléphone, je vous confirme votre entretien chez notre client "
      "Sémaphore Engineering avec Vincent Rouquette, responsable du pôle Calcul. Je ne serai pas présente ; "
      "appelez-moi juste après pour un débrief.\n\nLaetitia Bonnet\nConsultante – Talenteo Aéro Conseil"
      + google_footer("fr", "l.bonnet@talenteo-aero.fr")),
    "Sémaphore Engineering", "Ingénieur Calcul Structure", "hiring_manager", "vincent.rouquette@semaphore-eng.com",
    "agency-names-client-fr", forms="Sémaphore"))

# Vernet Actuation: the user's own note in an exported Google calendar (X-WR-TIMEZONE, UTC times).
EVENTS.append(pos("handtyped-google-export-fr", cal("""
    BEGIN:VEVENT
    DTSTART:20251008T073000Z
    DTEND:20251008T080000Z
    DTSTAMP:20251005T180000Z
    UID:0c2e4g6i8k0m2o4q6s8u0w2y4a@google.com
    CREATED:20251005T175912Z
    DESCRIPTION:{D}
    LAST-MODIFIED:20251005T175912Z
    LOCATION:
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:{S}
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, method="PUBLISH",
    head="CALSCALE:GREGORIAN\nX-WR-CALNAME:nadia.benali.aero@gmail.com\nX-WR-TIMEZONE:Europe/Paris",
    S="Tél RH Vernet Actuation (Mme Lacombe)",
    D="poste ingénieur essais actionneurs, Lyon\nelle appelle sur le portable\nprépa : prétentions 38-40k"),
    "Vernet Actuation", "ingénieur essais actionneurs", "recruiter_screen", "mme lacombe",
    "handtyped-x-wr-timezone-fr"))

# Forges de l'Ariège: ICS generated by Zoom.
EVENTS.append(pos("zoom-ics-manager-fr", cal("""
    BEGIN:VEVENT
    DTSTAMP:20251110T084512Z
    DTSTART:20251118T130000Z
    DTEND:20251118T140000Z
    SUMMARY:{S}
    UID:20251110T084512Z-83519042276@fe80:0:0:0:1c4f:8a2b:3d5e:7f90ens5
    TZID:Europe/Paris
    DESCRIPTION:{D}
    LOCATION:https://us06web.zoom.us/j/83519042276?pwd=ZkFvcmdlczIwMjU
    BEGIN:VALARM
    TRIGGER:-PT10M
    ACTION:DISPLAY
    DESCRIPTION:Reminder
    END:VALARM
    END:VEVENT
    """, "-//zoom.us//iCalendar Event//EN", method="PUBLISH",
    S="Entretien Nadia Benali – Ingénieure Méthodes Forge",
    D="Marc Authié vous invite à une réunion Zoom planifiée.\n\nEntretien avec le directeur industriel des "
      "Forges de l'Ariège pour le poste d'ingénieure méthodes forge (pièces titane pour trains "
      "d'atterrissage).\n\n" + zoom("fr", "us06web", "835 1904 2276", "ZkFvcmdlczIwMjU")),
    "Forges de l'Ariège", "Ingénieure Méthodes Forge", "hiring_manager", "marc authié",
    "zoom-ics-organizer-in-text-fr"))

# Gascogne Avionics Test: Webex technical interview, acronym in subject.
EVENTS.append(pos("webex-technical-fr", cal("""
    BEGIN:VEVENT
    UID:a1b2c3d4e5f60718293a4b5c6d7e8f90@gat-avionics.webex.com
    DTSTAMP:20251021T090000Z
    DTSTART;TZID=Europe/Paris:20251030T093000
    DTEND;TZID=Europe/Paris:20251030T103000
    SUMMARY:{S}
    ORGANIZER;CN=Stéphane Dufau:mailto:s.dufau@gat-avionics.fr
    ATTENDEE;CN=Stéphane Dufau;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:s.dufau@gat-avionics.fr
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:https://gat-avionics.webex.com/gat-avionics/j.php?MTID=m26518830412
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Cisco//Webex Meetings//FR", tzs=(PARIS,),
    S="Entretien technique GAT – Nadia Benali",
    D="Bonjour Nadia,\n\nSuite à votre candidature au poste d'ingénieure essais bancs avioniques chez Gascogne "
      "Avionics Test, je vous propose un entretien technique (ARINC 429, AFDX, scripts de test Python).\n\n"
      "Stéphane Dufau\n\n" + webex("fr", "gat-avionics", "2651 883 0412", "Gat2025!")),
    "Gascogne Avionics Test", "ingénieure essais bancs avioniques", "technical", "s.dufau@gat-avionics.fr",
    "webex-acronym-subject-fr", forms="GAT"))

# Aéroval Systèmes: Workday HR screen for the graduate programme, UTC.
EVENTS.append(pos("workday-screen-fr", cal("""
    BEGIN:VEVENT
    UID:WD-INTERVIEW-7782190-AEROVAL-1
    DTSTAMP:20250915T071100Z
    DTSTART:20250917T120000Z
    DTEND:20250917T123000Z
    SUMMARY:{S}
    ORGANIZER;CN=Aéroval Systèmes Talent Acquisition:mailto:aeroval@myworkday.com
    ATTENDEE;CN=Clémence Abadie;ROLE=REQ-PARTICIPANT:mailto:clemence.abadie@aeroval.com
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Microsoft Teams
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Workday//Workday Recruiting//EN",
    S="Entretien RH – Programme Graduate Ingénierie Systèmes – Aéroval Systèmes",
    D="Bonjour Nadia,\n\nVotre entretien RH avec Clémence Abadie (Talent Acquisition) est planifié. Référence : "
      "R-0045517 Programme Graduate Ingénierie Systèmes.\n\n" + teams("fr", "355 671 209 448", "wQ8mTz")
      + "\n\nCet e-mail a été généré par Workday."),
    "Aéroval Systèmes", "Programme Graduate Ingénierie Systèmes", "recruiter_screen",
    "clemence.abadie@aeroval.com", "workday-screen-fr", forms="Aéroval"))

# Aéroval Systèmes: final onsite, coordinator greets but does not interview.
EVENTS.append(pos("outlook-final-coordinator-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Abadie, Clémence":mailto:clemence.abadie@aeroval.com
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Delmas, François":mailto:francois.delmas@aeroval.com
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Oukacha, Samia":mailto:samia.oukacha@aeroval.com
    ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=TLS-Colomiers-Salle Concorde:mailto:tls-concorde@aeroval.com
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DC010000000000000000100000005A4B3C2D1E0F11223344556677889900
    SUMMARY;LANGUAGE=fr-FR:{S}
    DTSTART;TZID=Romance Standard Time:20251016T140000
    DTEND;TZID=Romance Standard Time:20251016T160000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251007T120000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:{L}
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    S="Entretien final – Programme Graduate Ingénierie Systèmes",
    L="Aéroval Systèmes, 1 rond-point Maurice Bellonte, 31770 Colomiers – salle Concorde",
    D="Bonjour Nadia,\n\nJe vous confirme votre entretien final avec François Delmas (directeur Ingénierie "
      "Systèmes) et Samia Oukacha (responsable du programme Graduate). Je vous accueillerai à l'accueil à "
      "13h45 puis vous laisserai avec eux.\n\nBien à vous,\nClémence Abadie\nTalent Acquisition – Aéroval"),
    "Aéroval Systèmes", "Programme Graduate Ingénierie Systèmes", "final",
    "francois.delmas@aeroval.com;samia.oukacha@aeroval.com", "outlook-final-coordinator-fr", forms="Aéroval"))

# Thalion Défense: the first slot cancelled by the ATS (METHOD:CANCEL) …
EVENTS.append(pos("successfactors-cancel-fr", cal("""
    BEGIN:VEVENT
    UID:SF-INTV-20251016-004471-THALION
    DTSTAMP:20251014T163000Z
    DTSTART;TZID=Europe/Paris:20251016T100000
    DTEND;TZID=Europe/Paris:20251016T104500
    SEQUENCE:1
    STATUS:CANCELLED
    SUMMARY:{S}
    ORGANIZER;CN=Thalion Défense - Recrutement:mailto:recrutement@thalion-defense.fr
    ATTENDEE;CN=Aurélie Mangin;ROLE=REQ-PARTICIPANT:mailto:aurelie.mangin@thalion-defense.fr
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT:mailto:""" + ME + """
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//SAP SuccessFactors//Interview Scheduling//EN", method="CANCEL", tzs=(PARIS,),
    S="Annulé : Entretien RH – Ingénieur Systèmes Embarqués (F/H)",
    D="Bonjour Nadia,\n\nVotre entretien RH du 16/10 avec Aurélie Mangin pour le poste Ingénieur Systèmes "
      "Embarqués (F/H) est annulé en raison d'une indisponibilité. Un nouveau créneau vous sera proposé.\n\n"
      "Thalion Défense – Recrutement"),
    "Thalion Défense", "Ingénieur Systèmes Embarqués", "recruiter_screen", "aurelie.mangin@thalion-defense.fr",
    "successfactors-method-cancel-fr", forms="Thalion"))

# … and the new slot, booked under a new UID.
EVENTS.append(pos("successfactors-rebooked-fr", cal("""
    BEGIN:VEVENT
    UID:SF-INTV-20251021-004502-THALION
    DTSTAMP:20251015T090000Z
    DTSTART;TZID=Europe/Paris:20251021T140000
    DTEND;TZID=Europe/Paris:20251021T144500
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:{S}
    ORGANIZER;CN=Thalion Défense - Recrutement:mailto:recrutement@thalion-defense.fr
    ATTENDEE;CN=Aurélie Mangin;ROLE=REQ-PARTICIPANT:mailto:aurelie.mangin@thalion-defense.fr
    ATTENDEE;CN=Nadia Benali;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Téléphone
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//SAP SuccessFactors//Interview Scheduling//EN", tzs=(PARIS,),
    S="Entretien RH (nouveau créneau) – Ingénieur Systèmes Embarqués (F/H)",
    D="Bonjour Nadia,\n\nComme annoncé, voici votre nouveau créneau pour l'entretien RH avec Aurélie Mangin. "
      "Elle vous appellera au numéro de votre dossier. Nationalité et éligibilité à une habilitation seront "
      "abordées.\n\nThalion Défense – Recrutement"),
    "Thalion Défense", "Ingénieur Systèmes Embarqués", "recruiter_screen", "aurelie.mangin@thalion-defense.fr",
    "rescheduled-new-uid-fr", forms="Thalion"))

# Lauragais Propulsion: final on site, HR organises and greets, two directors interview.
EVENTS.append(pos("google-final-onsite-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251006T090000
    DTEND;TZID=Europe/Paris:20251006T113000
    DTSTAMP:20250929T140512Z
    ORGANIZER;CN=Chloé Bernadac:mailto:chloe.bernadac@lauragais-propulsion.com
    UID:7t3m1q9w5e2r8y4u6i0o3p7a1s@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Patrick Sabatier;X-NUM-GUESTS=0
    |:mailto:patrick.sabatier@lauragais-propulsion.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anne-Sophie Cazals;X-NUM-GUESTS=0
    |:mailto:anne-sophie.cazals@lauragais-propulsion.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chloé Bernadac;X-NUM-GUESTS=0
    |:mailto:chloe.bernadac@lauragais-propulsion.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    DESCRIPTION:{D}
    LOCATION:{L}
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:{S}
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    S="Dernier entretien sur site – Nadia Benali (Ingénieur(e) Propulsion)",
    L="Lauragais Propulsion, ZA de la Pomme, 31290 Villefranche-de-Lauragais",
    D="Bonjour Nadia,\n\nSuite à ton entretien technique, nous avons le plaisir de t'inviter au dernier "
      "entretien sur site avec Patrick Sabatier (directeur technique) et Anne-Sophie Cazals (DG). Je "
      "t'accueillerai et te ferai visiter le banc d'essais avant.\n\nChloé – RH" + google_footer(
          "fr", "chloe.bernadac@lauragais-propulsion.com")),
    "Lauragais Propulsion", "Ingénieur(e) Propulsion", "final",
    "patrick.sabatier@lauragais-propulsion.com;anne-sophie.cazals@lauragais-propulsion.com",
    "google-final-hr-coordinator-fr"))

# Avionique Garonne: terse Outlook invite, no clear stage.
EVENTS.append(pos("outlook-terse-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Dupuy, Marion":mailto:marion.dupuy@avgaronne.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nadia.benali.aero@gmail.com:mailto:""" + ME + """
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
    SUMMARY;LANGUAGE=fr-FR:Entretien Nadia Benali
    DTSTART;TZID=Romance Standard Time:20251203T110000
    DTEND;TZID=Romance Standard Time:20251203T120000
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251127T093000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
    X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    D="Bonjour,\nJe vous confirme notre entretien pour le poste d'ingénieure V&V logiciel avionique (DO-178C).\n"
      "Marion Dupuy\nAvionique Garonne\n\n" + teams("fr", "377 810 226 019", "Ra9Vb2")),
    "Avionique Garonne", "ingénieure V&V logiciel avionique", "", "marion.dupuy@avgaronne.fr",
    "outlook-terse-no-stage-fr"))

