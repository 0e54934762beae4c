"""holdout75: not the user's own job interview (appointments, tests, prep, chats, fairs, references, recruiters)."""

from __future__ import annotations

from holdout75ev_ics import APPLE, BERLIN, GOOGLE, IOS, ME, OUTLOOK, PARIS, ROMANCE, cal, google_footer, neg, teams

EVENTS: list[dict[str, str]] = []

# Doctor's appointment booked online.
EVENTS.append(neg("doctor-booking-fr", cal("""
    BEGIN:VEVENT
    UID:doctolib-appointment-8847120331
    DTSTAMP:20250926T191000Z
    DTSTART;TZID=Europe/Paris:20251001T083000
    DTEND;TZID=Europe/Paris:20251001T085000
    SUMMARY:Consultation – Dr Claire Fournier (médecin généraliste)
    LOCATION:{L}
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Doctolib//Doctolib Agenda//FR", method="PUBLISH", tzs=(PARIS,),
    L="Cabinet médical des Carmes, 14 rue des Filatiers, 31000 Toulouse",
    D="Motif : consultation de suivi\nPensez à votre carte Vitale.\nPour annuler ou déplacer votre rendez-vous : "
      "https://www.doctolib.fr/account/appointments"),
    "doctor-appointment-fr"))

# Residence permit appointment at the prefecture.
EVENTS.append(neg("prefecture-titre-fr", cal("""
    BEGIN:VEVENT
    UID:9A1C3E5B-7D2F-4B6A-8C0E-2F4A6C8E0B1D
    DTSTAMP:20250915T070000Z
    DTSTART:20251002T091500
    DTEND:20251002T103000
    SUMMARY:Préfecture – remise titre de séjour (APS recherche d'emploi)
    LOCATION:Préfecture de la Haute-Garonne\\, 1 place Saint-Étienne\\, Toulouse
    DESCRIPTION:{D}
    END:VEVENT
    """, IOS, method=None,
    D="convocation n° 31-2025-118842\napporter : passeport, ancien titre, attestation de réussite du master, "
      "3 photos, timbre fiscal 225 €"),
    "prefecture-residence-permit-fr"))

# Family allowance office appointment.
EVENTS.append(neg("caf-appointment-fr", cal("""
    BEGIN:VEVENT
    UID:caf-rdv-31-20251009-0930-44817
    DTSTAMP:20251002T100000Z
    DTSTART;TZID=Europe/Paris:20251009T093000
    DTEND;TZID=Europe/Paris:20251009T100000
    SUMMARY:Rendez-vous CAF – dossier aide au logement
    LOCATION:CAF de la Haute-Garonne, 24 rue Riquet, 31000 Toulouse
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//CAF//Prise de rendez-vous//FR", method="PUBLISH", tzs=(PARIS,),
    D="Votre rendez-vous avec un conseiller est confirmé. Objet : changement de situation (fin d'études). "
      "Munissez-vous de votre numéro d'allocataire."),
    "caf-appointment-fr"))

# Bank adviser.
EVENTS.append(neg("bank-adviser-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Lacaze, Vincent":mailto:vincent.lacaze@banque-garonne.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000CCF35E6570A1DC01000000000000000010000000EC5D6E7F8091A2B3C4D5E6F708192A3B
    SUMMARY;LANGUAGE=fr-FR:Rendez-vous conseiller – passage offre jeune actif
    DTSTART;TZID=Romance Standard Time:20251017T173000
    DTEND;TZID=Romance Standard Time:20251017T181500
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20251010T090000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Agence Toulouse Saint-Cyprien
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    D="Bonjour Madame Benali,\n\nJe vous confirme notre rendez-vous pour faire le point sur vos comptes "
      "(fin du prêt étudiant, offre jeune actif).\n\nVincent Lacaze\nConseiller clientèle – Banque Garonne"),
    "bank-appointment-fr"))

# Public employment service "entretien de situation".
EVENTS.append(neg("employment-service-fr", cal("""
    BEGIN:VEVENT
    UID:ft-rdv-20251015-3118-nb
    DTSTAMP:20251006T080000Z
    DTSTART;TZID=Europe/Paris:20251015T140000
    DTEND;TZID=Europe/Paris:20251015T144500
    SUMMARY:Entretien de situation – France Travail
    LOCATION:France Travail Toulouse Rangueil, 2 avenue de Rangueil
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//France Travail//Rendez-vous//FR", method="PUBLISH", tzs=(PARIS,),
    D="Suite à votre inscription comme demandeuse d'emploi, vous êtes convoquée à un entretien de situation avec "
      "votre conseillère, Mme Nathalie Py, pour construire votre projet personnalisé d'accès à l'emploi."),
    "public-employment-service-entretien-fr"))

# Pre-employment medical after an offer.
EVENTS.append(neg("medical-hiring-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251202T083000
    DTEND;TZID=Europe/Paris:20251202T091500
    DTSTAMP:20251120T100000Z
    ORGANIZER;CN=Chloé Bernadac:mailto:chloe.bernadac@lauragais-propulsion.com
    UID:4ij0kl4mn8op2qr6st0uv4wx8y@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    DESCRIPTION:{D}
    LOCATION:Service de santé au travail, 8 rue Gambetta, 31290 Villefranche-de-Lauragais
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Visite médicale d'embauche – Lauragais Propulsion
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="Bonjour Nadia,\n\nComme prévu avant ton arrivée le 5 janvier, voici ta visite d'information et de "
      "prévention (médecine du travail). Pense à ta carte Vitale.\n\nChloé – RH" + google_footer(
          "fr", "chloe.bernadac@lauragais-propulsion.com")),
    "pre-employment-medical-fr"))

# Online aptitude test window.
EVENTS.append(neg("online-test-allday-fr", cal("""
    BEGIN:VEVENT
    UID:shl-assessment-invite-ast-551902
    DTSTAMP:20250929T060000Z
    DTSTART;VALUE=DATE:20250930
    DTEND;VALUE=DATE:20251004
    SUMMARY:Tests en ligne Astéria Space – raisonnement numérique & logique (avant le 03/10)
    DESCRIPTION:{D}
    TRANSP:TRANSPARENT
    END:VEVENT
    """, "-//SHL//Assessment Invitations//EN", method="PUBLISH",
    D="Bonjour Nadia,\n\nDans le cadre de votre candidature, merci de compléter les tests en ligne (environ "
      "45 minutes, sans interruption) avant le 3 octobre à minuit.\nLien : https://www.shl.com/assess/551902\n\n"
      "Ceci n'est pas un entretien ; les résultats seront examinés par l'équipe Graduate."),
    "online-test-fr"))

# Prep block typed by the user, naming the company.
EVENTS.append(neg("prep-block-fr", cal("""
    BEGIN:VEVENT
    UID:6C2E8A4B-0D1F-4E3A-9B5C-7D9F1B3D5E70
    DTSTAMP:20250930T200211Z
    DTSTART:20251001T140000
    DTEND:20251001T170000
    SUMMARY:Prépa entretien Héliantis
    DESCRIPTION:{D}
    END:VEVENT
    """, IOS, method=None,
    D="relire fiche de poste essais en vol\nrevoir mécanique du vol hélico (autorotation\\, vortex)\npréparer "
      "pitch PFE 10 min + 3 questions à poser"),
    "prep-block-names-company-fr"))

# Prep block in English.
EVENTS.append(neg("prep-block-en", cal("""
    BEGIN:VEVENT
    UID:B4D6F8A0-2C4E-4A6C-8E0A-3C5E7A9C1E35
    DTSTAMP:20251105T220000Z
    DTSTART;TZID=Europe/Paris:20251106T090000
    DTEND;TZID=Europe/Paris:20251106T120000
    SUMMARY:Prep: Kestrel deep dive – attitude control problems
    DESCRIPTION:quaternion kinematics\\, reaction wheel sizing\\, B-dot detumbling. Redo last year's exam Q3.
    END:VEVENT
    """, APPLE, method=None, tzs=(PARIS,)),
    "prep-block-en"))

# Informational coffee with an engineer at a company (before applying).
EVENTS.append(neg("coffee-chat-fr", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20250910T083000
    DTEND;TZID=Europe/Paris:20250910T091500
    DTSTAMP:20250906T171500Z
    ORGANIZER;CN=Léa Sarrail:mailto:lea.sarrail@lauragais-propulsion.com
    UID:8kl4mn8op2qr6st0uv4wx8yz2a@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Léa Sarrail;X-NUM-GUESTS=0
    |:mailto:lea.sarrail@lauragais-propulsion.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    DESCRIPTION:{D}
    LOCATION:Café Pinpin, allées Jean Jaurès, Toulouse
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Café Nadia / Léa – questions métier propulsion
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="Avec plaisir pour le café ! Je te raconte mon quotidien d'ingénieure essais chez Lauragais Propulsion et "
      "tu me poses toutes tes questions sur le métier. Pas un entretien, juste une discussion entre "
      "anciennes de l'école.\nLéa" + google_footer("fr", "lea.sarrail@lauragais-propulsion.com")),
    "coffee-chat-informational-fr"))

# Informational call with an alumna through the alumni network, English.
EVENTS.append(neg("informational-call-en", cal("""
    BEGIN:VEVENT
    UID:alumni-mentoring-session-33019
    DTSTAMP:20251002T080000Z
    DTSTART:20251008T160000Z
    DTEND:20251008T163000Z
    SUMMARY:Informational chat – life at Meridian Launch Services (alumni network)
    ORGANIZER;CN=ISAERO Alumni Mentoring:mailto:mentoring@isaero-alumni.org
    ATTENDEE;CN=Grace Muller;PARTSTAT=ACCEPTED:mailto:grace.muller@meridianlaunch.space
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION:mailto:""" + ME + """
    LOCATION:Zoom
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//ISAERO Alumni//Mentoring Platform//EN",
    D="Your mentoring session with Grace Muller (class of 2019, Systems Engineer at Meridian Launch Services) is "
      "confirmed. This is an informational conversation about careers in launch services; it is not part of "
      "any recruitment process."),
    "informational-chat-names-company-en"))

# Job fair, all day.
EVENTS.append(neg("job-fair-fr", cal("""
    BEGIN:VEVENT
    UID:forum-aero-emploi-2025-visiteur-11872
    DTSTAMP:20250905T100000Z
    DTSTART;VALUE=DATE:20251009
    DTEND;VALUE=DATE:20251010
    SUMMARY:Forum Aéro Emploi Toulouse 2025
    LOCATION:MEETT, Parc des expositions, Aussonne
    DESCRIPTION:{D}
    TRANSP:TRANSPARENT
    END:VEVENT
    """, "-//Forum Aero Emploi//Billetterie//FR", method="PUBLISH",
    D="Votre badge visiteur n° 11872. Plus de 120 exposants (Héliantis, Aéroval Systèmes, Occitanie Composites…), "
      "job dating sur inscription, ateliers CV. Entrée gratuite."),
    "job-fair-fr"))

# Career day in Munich (German).
EVENTS.append(neg("job-fair-de", cal("""
    BEGIN:VEVENT
    UID:karrieretag-lr-2025-teilnehmer-5530
    DTSTAMP:20251015T090000Z
    DTSTART;TZID=Europe/Berlin:20251121T093000
    DTEND;TZID=Europe/Berlin:20251121T170000
    SUMMARY:Karrieretag Luft- und Raumfahrt München
    LOCATION:Zenith Halle, Lilienthalallee 29, 80939 München
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Karrieretag LR//Tickets//DE", method="PUBLISH", tzs=(BERLIN,),
    D="Ihre Anmeldung ist bestätigt. Aussteller u. a. Isarflug Aerospace und Falkenried Defence Systems; "
      "CV-Check und Vorträge zum Berufseinstieg. Bitte Ticket am Eingang vorzeigen."),
    "job-fair-de"))

# Reference call where the user is the referee for a classmate.
EVENTS.append(neg("reference-call-referee-en", cal("""
    BEGIN:VEVENT
    UID:ashby-reference-check-9f0e1d2c-kestrel
    DTSTAMP:20251124T110000Z
    DTSTART:20251126T140000Z
    DTEND:20251126T142000Z
    SUMMARY:Reference call for Théo Garnier – Kestrel Orbital
    ORGANIZER;CN=Jonas Richter:mailto:talent@kestrel-orbital.com
    ATTENDEE;CN=Nadia Benali;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:""" + ME + """
    LOCATION:Phone – Jonas will call you
    DESCRIPTION:{D}
    END:VEVENT
    """, "-//Ashby//Ashby Scheduling//EN",
    D="Hi Nadia,\n\nThéo Garnier listed you as a reference for his application to our Flight Software Engineer "
      "role – thank you for making time! I'd like to ask about your work together on the student CubeSat "
      "project (about 15 minutes).\n\nJonas Richter, Talent – Kestrel Orbital"),
    "reference-call-user-is-referee-en"))

# Recruiter call naming no employer (French agency).
EVENTS.append(neg("recruiter-no-employer-fr", cal("""
    BEGIN:VEVENT
    ORGANIZER;CN="Pujol, Damien":mailto:d.pujol@cap-ingenieurs.fr
    ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali:mailto:""" + ME + """
    DESCRIPTION;LANGUAGE=fr-FR:{D}
    UID:040000008200E00074C5B7101A82E00800000000DD046F7681B2DC01000000000000000010000000FD6E7F8091A2B3C4D5E6F708192A3B4C
    SUMMARY;LANGUAGE=fr-FR:Échange – opportunités ingénieur calcul / essais
    DTSTART;TZID=Romance Standard Time:20251003T121500
    DTEND;TZID=Romance Standard Time:20251003T124500
    CLASS:PUBLIC
    PRIORITY:5
    DTSTAMP:20250929T163000Z
    TRANSP:OPAQUE
    STATUS:CONFIRMED
    SEQUENCE:0
    LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
    END:VEVENT
    """, OUTLOOK, tzs=(ROMANCE,),
    D="Bonjour Nadia,\n\nJ'ai vu votre profil sur le CVthèque de l'école. Je vous propose un premier échange "
      "pour mieux connaître votre projet ; j'ai plusieurs postes en cours chez des clients de la région, dont "
      "je vous parlerai de vive voix.\n\nDamien Pujol\nCap Ingénieurs Recrutement\n\n"
      + teams("fr", "311 402 559 813", "Cp8Wq4")),
    "recruiter-call-no-employer-fr"))

# Headhunter intro call, confidential client.
EVENTS.append(neg("recruiter-no-employer-en", cal("""
    BEGIN:VEVENT
    DTSTART;TZID=Europe/Paris:20251117T123000
    DTEND;TZID=Europe/Paris:20251117T130000
    DTSTAMP:20251112T090000Z
    ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@hunterkite.com
    UID:2mn8op2qr6st0uv4wx8yz2ab6c@google.com
    ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Benali
    |;X-NUM-GUESTS=0:mailto:""" + ME + """
    DESCRIPTION:{D}
    LOCATION:Phone
    SEQUENCE:0
    STATUS:CONFIRMED
    SUMMARY:Intro call – Hunter & Kite (confidential search)
    TRANSP:OPAQUE
    END:VEVENT
    """, GOOGLE, tzs=(PARIS,),
    D="Hi Nadia,\n\nThanks for connecting. As mentioned, I'm running a confidential search for a defence "
      "electronics client in France; I can share the name once we've spoken and you're interested. 30 minutes "
      "to hear about your goals.\n\nOliver Grant\nHunter & Kite Executive Search" + google_footer(
          "en", "oliver.grant@hunterkite.com")),
    "recruiter-call-no-employer-en"))
