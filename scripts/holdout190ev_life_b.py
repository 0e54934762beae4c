# ruff: noqa: E501, W291
"""holdout190: everyday work and personal life, look-alikes – part B."""

from holdout190ev_tz import ev

EVENTS = [
    ev("annual-review", "d5f7h9j1l3n5p7r9t1v3x5z7b9@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250128T140000
DTEND;TZID=Europe/Paris:20250128T153000
DTSTAMP:20250115T102000Z
ORGANIZER;CN=Pierre Dubourg:mailto:p.dubourg@ateliergaronne.fr
UID:d5f7h9j1l3n5p7r9t1v3x5z7b9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pierre Dubourg;X-NUM-GUESTS=0:mailto:p.dubourg@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
DESCRIPTION:Entretien annuel 2024 + entretien professionnel (bilan à 2 ans
 ). Support à remplir en amont dans le Drive > RH > Entretiens 2025 : bilan
  des projets\, objectifs 2025\, souhaits de formation\, évolution (statut 
 cadre ?).
LOCATION:Bureau Pierre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien annuel – Amélie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="own-annual-review-at-current-job"),

    ev("exit-meeting", "e6g8i0k2m4o6q8s0u2w4y6a8c0@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250526T173000
DTEND;TZID=Europe/Paris:20250526T183000
DTSTAMP:20250521T160511Z
ORGANIZER;CN=Pierre Dubourg:mailto:p.dubourg@ateliergaronne.fr
UID:e6g8i0k2m4o6q8s0u2w4y6a8c0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pierre Dubourg;X-NUM-GUESTS=0:mailto:p.dubourg@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Isabelle Nayrac;X-NUM-GUESTS=0:mailto:i.nayrac@ateliergaronne.fr
DESCRIPTION:Amélie\, comme évoqué : premier entretien dans le cadre de la r
 upture conventionnelle (art. L1237-12 du Code du travail). Tu peux te fai
 re assister par un membre du personnel. On parlera date de fin\, passatio
 n Bègles / Cenon et solde des congés.\nPierre
LOCATION:Bureau Pierre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien RC – Amélie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="own-exit-rupture-conventionnelle-meeting"),

    ev("info-coffee", "71C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250305T220112Z
DTEND:20250308T120000
DTSTAMP:20250305T220112Z
DTSTART:20250308T103000
LAST-MODIFIED:20250305T220112Z
LOCATION:Café Piha\, Paris 11 (ou visio si je rentre vendredi)
SEQUENCE:0
SUMMARY:Café Mathilde (ex-promo\, bosse chez Whitmore Hale)
DESCRIPTION:pas un entretien ! juste lui demander ambiance\, rythme\, salaires Paris\, comment se passe le panel portfolio. lui rendre son livre
UID:71C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
END:VEVENT
END:VCALENDAR
""", 0, trap="informational-coffee-friend-at-target-firm", crlf=False),

    ev("careers-fair", "eventbrite-1187739052331-A7K2@eventbrite.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1187739052331-A7K2@eventbrite.com
DTSTAMP:20250301T101500Z
DTSTART:20250315T090000Z
DTEND:20250315T160000Z
SUMMARY:Forum Emploi Architecture & Cadre de vie 2025
LOCATION:Pavillon de l'Arsenal\, 21 boulevard Morland\, 75004 Paris
DESCRIPTION:Billet n° 5521093778 – Amélie Fontaine – Entrée visiteur (gratuite)\n\nPlus de 40 agences\, bureaux d'études et maîtres d'ouvrage présents\, tables rondes « Réussir sa présentation de portfolio » et « Travailler en Suisse »\, relecture de CV. Venez avec votre book et plusieurs CV imprimés.\n\nOrganisé par la Maison de l'Architecture et l'Ordre des architectes d'Île-de-France.
ORGANIZER;CN=Maison de l'Architecture Île-de-France:mailto:noreply@order.eventbrite.com
END:VEVENT
END:VCALENDAR
""", 0, trap="careers-fair-visitor-ticket"),

    ev("referee-call", "040000008200E00074C5B7101A82E00800000000E5F1A2B3C4D9DB01000000000000000010000000F1E2D3C4B5A6978877665544332211AA", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Vasseur, Hélène":mailto:h.vasseur@atelier-pinede.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=a.fontaine@ateliergaronne.fr:mailto:a.fontaine@ateliergaronne.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Fontaine\,\n\nCamille Rigal\, qui a effectué son stage de fin d'études chez vous en 2024\, postule chez nous comme architecte junior et vous a indiquée comme référence. Accepteriez-vous un court échange téléphonique (15 minutes) sur son travail à l'Atelier Garonne ?\n\nJe vous appellerai au 05 56 91 22 07.\n\nMerci par avance\,\nHélène Vasseur\nArchitecte associée – Atelier Pinède\, Mont-de-Marsan\n
UID:040000008200E00074C5B7101A82E00800000000E5F1A2B3C4D9DB01000000000000000010000000F1E2D3C4B5A6978877665544332211AA
SUMMARY;LANGUAGE=fr-FR:Atelier Pinède / A. Fontaine - prise de références (Camille Rigal)
DTSTART:20250604T091500Z
DTEND:20250604T093000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250530T143009Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 0, trap="reference-call-user-is-referee"),

    ev("boiler-service", "ehs-intervention-2025-44810973@engie-homeservices.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ENGIE Home Services//Rendez-vous//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:ehs-intervention-2025-44810973@engie-homeservices.fr
DTSTAMP:20250408T073000Z
DTSTART:20250422T060000Z
DTEND:20250422T100000Z
SUMMARY:Entretien annuel de votre chaudière
LOCATION:8 rue Camille Sauvageau\, 33800 Bordeaux
DESCRIPTION:Votre technicien passera entre 8h00 et 12h00 pour l'entretien annuel obligatoire de votre chaudière gaz (contrat Sérénité n° 7712094).\nMerci de dégager l'accès à la chaudière. Vous recevrez un SMS 30 minutes avant son arrivée.\nModifier le rendez-vous : 09 69 32 45 45
END:VEVENT
END:VCALENDAR
""", 0, trap="boiler-maintenance-entretien"),

    ev("bank-appointment", "rdv-ce-aq-20250429-0933@caisse-epargne.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Caisse d'Epargne//Prise de rendez-vous//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:rdv-ce-aq-20250429-0933@caisse-epargne.fr
DTSTAMP:20250424T181000Z
DTSTART;TZID=Europe/Paris:20250429T123000
DTEND;TZID=Europe/Paris:20250429T131500
SUMMARY:Rendez-vous avec votre conseillère – Mme Audrey Castéra
ORGANIZER;CN=Caisse d'Epargne Aquitaine Poitou-Charentes:mailto:noreply-rdv@caisse-epargne.fr
ATTENDEE;CN=Mme FONTAINE Amélie;PARTSTAT=ACCEPTED:mailto:amelie.fontaine.archi@orange.fr
LOCATION:Rendez-vous téléphonique
DESCRIPTION:Objet : projet de mobilité professionnelle / changement de domiciliation des revenus\, point sur le livret et l'assurance habitation.\nVotre conseillère vous appellera au numéro enregistré.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 0, trap="bank-advisor-appointment"),

    ev("cpd-training", "formation-re2020-m2-bdx-0412@gip-formation-archi.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ordre des architectes Nouvelle-Aquitaine//Formation continue//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:formation-re2020-m2-bdx-0412@gip-formation-archi.fr
DTSTAMP:20250120T100000Z
DTSTART;VALUE=DATE:20250203
DTEND;VALUE=DATE:20250205
SUMMARY:Formation continue – RE2020 module 2 : ACV et indicateur carbone
LOCATION:Maison de l'Architecture\, 308 avenue Thiers\, 33100 Bordeaux
DESCRIPTION:Formation de 14 heures (2 jours\, 9h-17h) – obligation de formation continue des architectes. Évaluation des acquis en fin de session (QCM). Prise en charge OPCO EP.
END:VEVENT
END:VCALENDAR
""", 0, trap="professional-training-with-evaluation"),

    ev("reg-info-session", "zoom-webinar-86210443915-reg@zoom.us", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//zoom.us//iCalendar Event//EN
METHOD:PUBLISH
@@TZ_ZURICH@@
BEGIN:VEVENT
UID:zoom-webinar-86210443915-reg@zoom.us
DTSTAMP:20250225T080000Z
DTSTART;TZID=Europe/Zurich:20250305T123000
DTEND;TZID=Europe/Zurich:20250305T133000
SUMMARY:Online-Infoveranstaltung: Anerkennung ausländischer Architekturdiplome und Eintrag ins REG
LOCATION:https://us02web.zoom.us/w/86210443915
DESCRIPTION:Sie sind für das Webinar registriert.\n\nThemen: Anerkennung von EU-Diplomen (Richtlinie 2005/36/EG)\, Eintrag im Schweizerischen Register der Fachleute (REG A/B)\, SIA-Mitgliedschaft\, Tipps für Bewerbungen und Vorstellungsgespräche in Schweizer Büros.\n\nWebinar-ID: 862 1044 3915\nKenncode: 804211
ORGANIZER;CN=Stiftung REG:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""", 0, trap="german-webinar-swiss-diploma-recognition"),

    ev("spanish-client", "e9f1a3b5c7d9e1f3@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_MADRID@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250416T103000
DTEND;TZID=Europe/Madrid:20250416T120000
DTSTAMP:20250409T090800Z
ORGANIZER;CN=Jon Elizalde:mailto:jon.elizalde@bidasoa-promociones.es
UID:e9f1a3b5c7d9e1f3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jon Elizalde;X-NUM-GUESTS=0:mailto:jon.elizalde@bidasoa-promociones.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=a.fontaine@ateliergaronne.fr;X-NUM-GUESTS=0:mailto:a.fontaine@ateli
 ergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=p.dubourg@ateliergaronne.fr;X-NUM-GUESTS=0:mailto:p.dubourg@ateliergar
 onne.fr
DESCRIPTION:Reunión de seguimiento del proyecto de 12 viviendas en Hendaya 
 (Atelier Garonne): revisión del anteproyecto\, presupuesto y calendario d
 el permiso de construir. Os esperamos en nuestras oficinas de Irun.
LOCATION:Bidasoa Promociones\, Paseo de Colón 8\, Irun
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reunión proyecto Hendaya – Atelier Garonne
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="spanish-client-meeting-developer"),

    ev("advisory-sessions", "caue33-perm-creon-20250402@caue33.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CAUE de la Gironde//Permanences//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:caue33-perm-creon-20250402@caue33.fr
DTSTAMP:20250320T100000Z
DTSTART;TZID=Europe/Paris:20250402T090000
DTEND;TZID=Europe/Paris:20250402T123000
SUMMARY:Permanence architecte-conseiller – Mairie de Créon (4 rdv)
ORGANIZER;CN=CAUE de la Gironde:mailto:permanences@caue33.fr
ATTENDEE;CN=Amélie Fontaine;PARTSTAT=ACCEPTED:mailto:a.fontaine@ateliergaronne.fr
LOCATION:Mairie de Créon\, salle des permanences
DESCRIPTION:Rendez-vous particuliers (conseil gratuit avant dépôt de PC / DP) :\n9h00 M. Dupuy – extension maison\n9h45 Mme Roques – abri de jardin en limite\n10h30 M. et Mme Ferreira – rénovation grange\n11h15 Mme Lavergne – ravalement + menuiseries (secteur ABF)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 0, trap="advisory-consultations-rdv-slots"),

    ev("bike-service", "booking-cyclobastide-55129@rdv360.com", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RDV360//Agenda//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:booking-cyclobastide-55129@rdv360.com
DTSTAMP:20250502T190000Z
DTSTART:20250510T080000Z
DTEND:20250510T083000Z
SUMMARY:Entretien vélo – révision complète
LOCATION:Cyclo'Bastide\, 18 avenue Thiers\, Bordeaux
DESCRIPTION:Dépôt du vélo le matin\, récupération le soir. Prestation : révision complète + changement plaquettes.
END:VEVENT
END:VCALENDAR
""", 0, trap="bike-service-entretien"),

    ev("team-weekly", "f0a2c4e6g8i0k2m4o6q8s0u2w4@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250106T093000
DTEND;TZID=Europe/Paris:20250106T101500
RRULE:FREQ=WEEKLY;BYDAY=MO
DTSTAMP:20250102T150000Z
ORGANIZER;CN=Isabelle Nayrac:mailto:i.nayrac@ateliergaronne.fr
UID:f0a2c4e6g8i0k2m4o6q8s0u2w4@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=equipe@ateliergaronne.fr;X-NUM-GUESTS=0:mailto:equipe@ateliergaronne.fr
DESCRIPTION:Point hebdo : charge de la semaine\, rendus\, concours\, plannin
 g congés\, recrutements en cours (stagiaires / CDP).
LOCATION:Grande table
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Point agence du lundi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="internal-weekly-team-meeting"),

    ev("handover-inspection", "g1b3d5f7h9j1l3n5p7r9t1v3x5@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250603T083000
DTEND;TZID=Europe/Paris:20250603T123000
DTSTAMP:20250520T170212Z
ORGANIZER;CN=Amélie Fontaine:mailto:a.fontaine@ateliergaronne.fr
UID:g1b3d5f7h9j1l3n5p7r9t1v3x5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Amélie Fontaine;X-NUM-GUESTS=0:mailto:a.fontaine@ateliergaronne.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=m.oyhenart@estuaire-habitat.fr;X-NUM-GUESTS=0:mailto:m.oyhenart@estuai
 re-habitat.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=conducteur.travaux@bati-sud-ouest.fr;X-NUM-GUESTS=0:mailto:conducteur.t
 ravaux@bati-sud-ouest.fr
DESCRIPTION:OPR bâtiment B (logements 13 à 24 + parties communes). Tous lo
 ts convoqués. Prévoir plans\, scotch de repérage\, appareil photo. Levée d
 es réserves sous 30 jours.
LOCATION:Chantier Jardins de Bègles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:OPR bât. B – Jardins de Bègles
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="handover-inspection-client-is-prospective-employer"),
]
