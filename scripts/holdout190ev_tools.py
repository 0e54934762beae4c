# ruff: noqa: E501, W291
"""holdout190: scheduling tools (Calendly, Cal.com, Bookings, SuccessFactors, Workable, Webex, ...)."""

from holdout190ev_tz import ev

EVENTS = [
    ev("calendly-booked", "calendly-8c3f1a27-5e0b-4d62-9a14-b7e0c3d9f581@calendly.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-8c3f1a27-5e0b-4d62-9a14-b7e0c3d9f581@calendly.com
DTSTAMP:20250314T202214Z
DTSTART:20250319T113000Z
DTEND:20250319T121500Z
SUMMARY:Entretien candidature (45 min) entre Sophie Roux et Amélie Fontaine
ORGANIZER;CN=Sophie Roux:mailto:sophie.roux@roux-delmas.fr
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Sophie Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.roux@roux-delmas.fr
LOCATION:Zoom – les informations de connexion sont dans la description
DESCRIPTION:Type d'événement : Entretien candidature (45 min)\nOrganisateur : Sophie Roux\, architecte-urbaniste associée\, Roux-Delmas Architectes Urbanistes\n\nParticipez à la réunion Zoom : https://us02web.zoom.us/j/81955304216\n\nRéponses de l'invité :\nPoste visé : Architecte chef de projet – pôle urbanisme & logements\nLien portfolio : issuu.com/ameliefontaine/book2025\n\nAnnuler ou reprogrammer : https://calendly.com/cancellations/8c3f1a27\n\nPropulsé par Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, company="Roux-Delmas Architectes Urbanistes", role="Architecte chef de projet – pôle urbanisme & logements",
       interviewers="sophie.roux@roux-delmas.fr", trap="calendly-candidate-booked-the-slot"),

    ev("calcom-booking", "calcom-booking-Kx7p2LmQw9aZ@cal.com", r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-booking-Kx7p2LmQw9aZ@cal.com
DTSTAMP:20250409T173001Z
DTSTART:20250414T080000Z
DTEND:20250414T084500Z
SUMMARY:Entretien chef de projet entre Agence Nord Sud Architecture et Amélie Fontaine
ORGANIZER;CN=Mathieu Bellanger:mailto:mathieu@ansa-archi.fr
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
LOCATION:https://app.cal.com/video/Kx7p2LmQw9aZ
DESCRIPTION:Quoi : Entretien chef de projet entre Agence Nord Sud Architecture et Amélie Fontaine\nQuand : lundi 14 avril 2025 10:00 - 10:45 (Europe/Paris)\nQui :\n- Mathieu Bellanger - Organisateur\n- Amélie Fontaine\nOù : Cal Video\nNotes complémentaires : Bonjour\, je postule à l'annonce Architecte chef de projet (Paris 18e)\, disponible avec un mois de préavis.\n\nBesoin de faire des changements ? Annuler : https://app.cal.com/booking/Kx7p2LmQw9aZ?cancel=true
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Agence Nord Sud Architecture", role="Architecte chef de projet (Paris 18e)",
       interviewers="mathieu@ansa-archi.fr", trap="calcom-booking-entre-x-et-y"),

    ev("bookings-slot", "5e3b9d71-2c04-4a88-b1f6-0d7e9a3c5b12@ferrandbardou.onmicrosoft.com", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Atelier Ferrand Bardou - Rendez-vous:mailto:AtelierFerrandBardouRendezvous@ferrandbardou.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Émilie Bardou:mailto:emilie.bardou@ferrandbardou.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : Entretien de recrutement (1 h)\nPersonnel : Émilie Bardou\nAdresse : 7 place Pey-Berland\, 33000 Bordeaux\n\nInformations supplémentaires : Merci d'apporter une sélection de projets (format libre).\n\nGérer votre réservation : https://outlook.office365.com/owa/calendar/AtelierFerrandBardouRendezvous@ferrandbardou.onmicrosoft.com/bookings/s/xQ9bL2\n\nAtelier Ferrand Bardou – architecture & scénographie\n
UID:5e3b9d71-2c04-4a88-b1f6-0d7e9a3c5b12@ferrandbardou.onmicrosoft.com
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement (1 h)
DTSTART:20250221T100000Z
DTEND:20250221T110000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T121907Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:7 place Pey-Berland\, 33000 Bordeaux
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier Ferrand Bardou", interviewers="emilie.bardou@ferrandbardou.fr",
       trap="ms-bookings-service-mailbox-organizer"),

    ev("successfactors-teams", "SF-INTV-48211-20250507-0001@altea-construction.successfactors.eu", r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-48211-20250507-0001@altea-construction.successfactors.eu
DTSTAMP:20250429T134400Z
DTSTART:20250507T073000Z
DTEND:20250507T083000Z
SUMMARY:Invitation à un entretien : Architecte de synthèse BIM (H/F) - Réf. 48211
ORGANIZER;CN=Altéa Construction Recrutement:mailto:noreply-recrutement@altea-construction.fr
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Raphaël Tessier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:raphael.tessier@altea-construction.fr
ATTENDEE;CN=Aurélie Costes;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aurelie.costes@altea-construction.fr
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Amélie\,\n\nVotre candidature au poste d'Architecte de synthèse BIM (H/F) – Direction Technique Sud-Ouest a retenu notre attention. Vous êtes invitée à un entretien avec Raphaël Tessier\, Responsable Synthèse & BIM (votre futur manager). Aurélie Costes\, chargée RH\, transmet l'invitation et pourra se joindre en début d'échange.\n\nRejoindre la réunion Microsoft Teams :\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YTk3MG%40thread.v2/0\nID de réunion : 341 227 809 655 – Code secret : Qx8Fh3\n\nAltéa Construction – Direction des Ressources Humaines
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Altéa Construction", role="Architecte de synthèse BIM (H/F)", stage="hiring_manager",
       interviewers="raphael.tessier@altea-construction.fr", trap="successfactors-hr-sends-manager-interviews"),

    ev("workable-english", "workable-event-3e8c2b10f7@workablemail.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3e8c2b10f7@workablemail.com
DTSTAMP:20250320T101055Z
DTSTART:20250326T150000Z
DTEND:20250326T154500Z
SUMMARY:Interview with Studio Kaolin for Project Architect (Hospitality & Retail)
ORGANIZER;CN=Studio Kaolin:mailto:studio-kaolin@workablemail.com
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Ines Carvalho;PARTSTAT=ACCEPTED:mailto:ines@studiokaolin.com
LOCATION:Video call (link below)
DESCRIPTION:Hi Amélie\,\n\nYou have an interview with Ines Carvalho (Design Director) for the Project Architect (Hospitality & Retail) position at Studio Kaolin.\n\nJoin the video call: https://meet.google.com/rma-xwdy-zbq\n\nPlease accept the invitation to confirm. If you can't make it\, let us know through the link in your email.\n\nSent via Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Studio Kaolin", role="Project Architect (Hospitality & Retail)", interviewers="ines@studiokaolin.com",
       trap="workable-english-paris-studio"),

    ev("webex-interview", "2A7C91E4D3B04F58A61E0C9D7B3F2E18@sogeba.webex.com", r"""
BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:2A7C91E4D3B04F58A61E0C9D7B3F2E18@sogeba.webex.com
DTSTAMP:20250422T142800Z
DTSTART;TZID=Europe/Paris:20250429T090000
DTEND;TZID=Europe/Paris:20250429T100000
SUMMARY:Entretien Webex – Architecte chef de projet équipements – Sogeba
ORGANIZER;CN=Frédéric Ollivier:mailto:f.ollivier@sogeba-ingenierie.fr
ATTENDEE;CN=Amélie Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CN=Frédéric Ollivier;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:f.ollivier@sogeba-ingenierie.fr
ATTENDEE;CN=Marion Delage;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.delage@sogeba-ingenierie.fr
LOCATION:https://sogeba.webex.com/sogeba/j.php?MTID=m4a1c7e92b0d35f8a6e21
DESCRIPTION:Bonjour Madame Fontaine\,\n\nFrédéric Ollivier (directeur du pôle architecture) et Marion Delage (cheffe de projet senior) vous attendent pour un entretien.\n\nRejoindre la réunion\nhttps://sogeba.webex.com/sogeba/j.php?MTID=m4a1c7e92b0d35f8a6e21\nNuméro de réunion (code d'accès) : 2741 882 5530\nMot de passe de la réunion : Sgb2025!\n\nRejoindre par téléphone\n+33-1-7091-8646 France Toll\nCode d'accès : 2741 882 5530
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, company="Sogeba Ingénierie", role="Architecte chef de projet équipements", stage="hiring_manager",
       interviewers="f.ollivier@sogeba-ingenierie.fr;m.delage@sogeba-ingenierie.fr", trap="webex-dial-in-engineering-firm"),

    ev("office-manager-invite", "9q2w4e6r8t0y1u3i5o7p9a2s4d@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250527T110000
DTEND;TZID=Europe/Paris:20250527T120000
DTSTAMP:20250520T100541Z
ORGANIZER;CN=Agence LSA - Accueil:mailto:accueil@lemoine-sabatier.fr
UID:9q2w4e6r8t0y1u3i5o7p9a2s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Antoine Lemoine;X-NUM-GUESTS=0:mailto:a.lemoine@lemoine-sabatier.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Sabatier;X-NUM-GUESTS=0:mailto:c.sabatier@lemoine-sabatier.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Agence LSA - Accueil;X-NUM-GUESTS=0:mailto:accueil@lemoine-sabatier.fr
DESCRIPTION:Bonjour Madame Fontaine\,\n\nÀ la demande d'Antoine Lemoine et
  de Claire Sabatier\, associés\, je vous adresse l'invitation pour votre 
 entretien (poste d'architecte projet – équipements culturels).\nAdresse :
  33 rue de Lancry\, 75010 Paris\, fond de cour.\n\nBien cordialement\,\nJ
 ulie Masson\nOffice manager
LOCATION:33 rue de Lancry\, 75010 Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien – Amélie Fontaine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Lemoine Sabatier Architectes", role="architecte projet – équipements culturels",
       stage="hiring_manager", interviewers="a.lemoine@lemoine-sabatier.fr;c.sabatier@lemoine-sabatier.fr",
       trap="office-manager-organizer-not-interviewer"),

    ev("exported-ics", "3c5v7b9n1m2a4s6d8f0g1h3j5k@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Atelier Sauvage – agenda recrutement
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250603T080000Z
DTEND:20250603T084500Z
DTSTAMP:20250528T161200Z
UID:3c5v7b9n1m2a4s6d8f0g1h3j5k@google.com
CREATED:20250528T161009Z
DESCRIPTION:Échange visio avec Noémie Sauvage (paysagiste-urbaniste\, cofondatrice) et Paul Hénin (architecte associé) – candidature Amélie Fontaine\, poste d'architecte de projet (espaces publics & équipements).\nLien : https://meet.jit.si/AtelierSauvage-recrutement-0603
LAST-MODIFIED:20250528T161200Z
LOCATION:https://meet.jit.si/AtelierSauvage-recrutement-0603
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Amélie Fontaine – échange candidature
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Atelier Sauvage", role="architecte de projet (espaces publics & équipements)",
       interviewers="Noémie Sauvage;Paul Hénin", trap="published-export-x-wr-timezone-no-attendees"),
]
