"""holdout194: personal life and career look-alikes (negatives). CC0 1.0."""

from holdout194ev_common import E

EVENTS = [
    E("ortho-chloe", "C3D4E5F6-A7B8-4C9D-0E1F-2A3B4C5D6E7F",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:C3D4E5F6-A7B8-4C9D-0E1F-2A3B4C5D6E7F
DTSTAMP:20250104T100000Z
DTSTART:20250115T163000
DTEND:20250115T171500
SUMMARY:Ortho Chloé – Dr Vanhove (contrôle bagues)
LOCATION:Av. Brugmann 212
END:VEVENT
END:VCALENDAR
""", trap="daughter-orthodontist"),

    E("tennis", "0m2o4q6s8u1w3y5a7c9e1g3i5k@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Brussels
%TZ_BXL%
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250109T194500
DTEND;TZID=Europe/Brussels:20250109T211500
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20250626T214500Z
DTSTAMP:20250105T100000Z
UID:0m2o4q6s8u1w3y5a7c9e1g3i5k@google.com
SUMMARY:Tennis (double dames) – TC Uccle Sport
LOCATION:Royal Uccle Sport\, Chaussée de Ruisbroek 33
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250215T100000
DTEND;TZID=Europe/Brussels:20250215T113000
DTSTAMP:20250210T100000Z
UID:0m2o4q6s8u1w3y5a7c9e1g3i5k@google.com
RECURRENCE-ID;TZID=Europe/Brussels:20250213T194500
SUMMARY:Tennis (double dames) – déplacé samedi matin (interclubs)
LOCATION:Royal Uccle Sport
SEQUENCE:1
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="weekly-tennis-with-override"),

    E("notaire", "5q7s9u1w3y0a2c4e6g8i0k2m4o@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250404T140000Z
DTEND:20250404T150000Z
DTSTAMP:20250320T090000Z
ORGANIZER;CN=Étude Dubois & Maes:mailto:secretariat@notaires-dubois-maes.be
UID:5q7s9u1w3y0a2c4e6g8i0k2m4o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=margau
 x.lambert65@skynet.be;X-NUM-GUESTS=0:mailto:margaux.lambert65@skynet.be
DESCRIPTION:Signature de l'acte de donation – Maître Dubois. Merci de vous
  munir de votre carte d'identité.
LOCATION:Rue Washington 40\, 1050 Ixelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV notaire – signature acte (Me Dubois)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="notary-appointment"),

    E("simulation-jury", "D4E5F6A7-B8C9-4D0E-1F2A-3B4C5D6E7F80",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
%TZ_BXL%
BEGIN:VEVENT
UID:D4E5F6A7-B8C9-4D0E-1F2A-3B4C5D6E7F80
DTSTAMP:20250128T200000Z
DTSTART;TZID=Europe/Brussels:20250201T100000
DTEND;TZID=Europe/Brussels:20250201T120000
SUMMARY:Jury blanc chez Françoise (simulation oral Jacqmain)
LOCATION:Chez Françoise\, Watermael
DESCRIPTION:Françoise (ex-préfète AR Uccle 2) + son mari jouent le jury. Ch
 rono 15 min présentation. Questions pièges : budget\, conflits équipe\, pa
 rents.
END:VEVENT
END:VCALENDAR
""", trap="mock-jury-with-retired-head"),

    E("webinaire-oral", "webinar-ifc-reussir-oral-2025-01@livestorm.co",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:webinar-ifc-reussir-oral-2025-01@livestorm.co
DTSTAMP:20250106T080000Z
DTSTART:20250114T170000Z
DTEND:20250114T183000Z
SUMMARY:Webinaire : Réussir l'épreuve orale d'accès aux fonctions de direction
ORGANIZER;CN=Association des directions (ADESB):mailto:events@livestorm.co
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT:mailto:margaux.lambert65@skynet.be
DESCRIPTION:Vous êtes inscrit·e ! Intervenants : deux présidents de jury et u
 ne coach. Au programme : attentes des jurys\, présenter son projet\, questi
 ons fréquentes. Rejoindre : https://app.livestorm.co/p/5b1c/live
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="webinar-about-selection-orals"),

    E("doctorante", "1n3p5r7t9v2x4z6b8d0f2h4j6l@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250225T130000Z
DTEND:20250225T143000Z
DTSTAMP:20250212T101500Z
ORGANIZER;CN=Amandine Hermans:mailto:amandine.hermans@uclouvain.be
UID:1n3p5r7t9v2x4z6b8d0f2h4j6l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=margau
 x.lambert@arforest.be;X-NUM-GUESTS=0:mailto:margaux.lambert@arforest.be
DESCRIPTION:Entretien semi-directif dans le cadre de ma thèse (GIRSEF\, UCLo
 uvain) sur le leadership distribué dans les écoles secondaires bruxelloises.
  Enregistrement audio avec votre accord (formulaire de consentement joint).
LOCATION:Athénée Royal de Forest
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien de recherche – leadership distribué (A. Hermans\, UCLouvain)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="research-interview-phd"),

    E("enquete-talis", "talis-be-fr-2025-principal-0448",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ULiège aSPe//Enquêtes//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:talis-be-fr-2025-principal-0448
DTSTAMP:20250303T090000Z
DTSTART:20250318T080000Z
DTEND:20250318T083000Z
SUMMARY:Enquête TALIS – entretien téléphonique chef·fe d'établissement
ORGANIZER;CN=Équipe TALIS FWB (aSPe - ULiège):mailto:talis@uliege.be
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT:mailto:margaux.lambert@arforest.be
DESCRIPTION:Merci d'avoir accepté de compléter le questionnaire direction par
  téléphone (30 min). Vos réponses restent confidentielles.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="survey-phone-interview"),

    E("evaluation-prefet", "ARF-EVAL-DA-2025",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-EVAL-DA-2025
DTSTAMP:20250505T090000Z
DTSTART;TZID="W. Europe Standard Time":20250520T160000
DTEND;TZID="W. Europe Standard Time":20250520T170000
SUMMARY:Entretien d'évaluation – direction adjointe (M. Lambert)
ORGANIZER;CN="Goossens, Luc":mailto:luc.goossens@arforest.be
ATTENDEE;CN="Lambert, Margaux";ROLE=REQ-PARTICIPANT:mailto:margaux.lambert@arforest.be
LOCATION:Bureau du préfet
DESCRIPTION:Entretien annuel : bilan de la lettre de mission\, objectifs 25-
 26. Merci de compléter l'autoévaluation avant.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="own-annual-appraisal-by-prefet", crlf=True),

    E("cafe-decroly", "E6F7A8B9-C0D1-4E2F-3A4B-5C6D7E8F9A0B",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:E6F7A8B9-C0D1-4E2F-3A4B-5C6D7E8F9A0B
DTSTAMP:20250105T210000Z
DTSTART:20250111T103000
DTEND:20250111T113000
SUMMARY:Café Isabelle V. (dir. Decroly) – le métier de directrice\, conseils
LOCATION:Café Belga
DESCRIPTION:Lui demander : charge réelle\, relation PO\, comment elle a prép
 aré son oral. Pas de poste ouvert chez eux.
END:VEVENT
END:VCALENDAR
""", trap="informational-coffee-with-head"),

    E("salon-virtuel", "schrole-connect-live-fair-2025-02",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Schrole Group//Schrole Connect Live//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:schrole-connect-live-fair-2025-02
DTSTAMP:20250120T000000Z
DTSTART:20250208T080000Z
DTEND:20250208T140000Z
SUMMARY:Schrole Connect Live – Virtual Recruitment Fair (Europe & Middle East)
DESCRIPTION:Thank you for registering. Browse school booths\, attend the ke
 ynote on leadership pathways and chat with recruiters. Interviews are NOT
  scheduled through this event.
LOCATION:Online
END:VEVENT
END:VCALENDAR
""", trap="virtual-recruitment-fair-no-interview"),

    E("referente-mertens", "ar-liege1-ref-mertens-2025@ar-liege1.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ar-liege1-ref-mertens-2025@ar-liege1.be
DTSTAMP:20250408T080000Z
DTSTART;TZID="W. Europe Standard Time":20250410T123000
DTEND;TZID="W. Europe Standard Time":20250410T125000
SUMMARY:Prise de références – candidature de M. Julien Mertens
ORGANIZER;CN="Leroy, Dominique":mailto:d.leroy@ar-liege1.be
ATTENDEE;CN="Margaux Lambert";ROLE=REQ-PARTICIPANT:mailto:margaux.lambert@arforest.be
DESCRIPTION:Madame Lambert\,\nM. Mertens vous a citée comme personne de réf
 érence pour sa candidature au poste de sous-directeur chez nous. Je vous ap
 pellerai au 02 340 11 80 si cela vous convient.\nD. Leroy\, Préfète
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="reference-call-she-is-referee", crlf=True),

    E("michael-page", "mp-be-cal-77410-lambert",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:mp-be-cal-77410-lambert
DTSTAMP:20250224T160000Z
DTSTART;TZID="W. Europe Standard Time":20250227T123000
DTEND;TZID="W. Europe Standard Time":20250227T130000
SUMMARY:Échange Michael Page – Margaux Lambert
ORGANIZER;CN="Nizet, Charlotte":mailto:charlottenizet@michaelpage.be
ATTENDEE;CN="Margaux Lambert";ROLE=REQ-PARTICIPANT:mailto:margaux.lambert65@skynet.be
DESCRIPTION:Bonjour Margaux\, ravie de faire connaissance. J'accompagne plu
 sieurs organisations du secteur public et non-marchand (enseignement\, form
 ation) et j'aimerais mieux comprendre votre parcours et vos ambitions. Pas
  de poste précis à ce stade. Je vous appelle.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="recruiter-call-no-employer-named", crlf=True),

    E("prep-oral", "2o4q6s8u0w3y5a7c9e1g3i5k7m@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250204T180000Z
DTEND:20250204T200000Z
DTSTAMP:20250201T090000Z
UID:2o4q6s8u0w3y5a7c9e1g3i5k7m@google.com
SUMMARY:Préparer oral Ville de Bruxelles – relire projet d'établissement Jacqmain
DESCRIPTION:+ rapport inspection 2023\, chiffres DASPA\, plan de pilotage
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="prep-block-names-employer"),

    E("merci-schaerbeek", "F7A8B9C0-D1E2-4F3A-4B5C-6D7E8F9A0B1C",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:F7A8B9C0-D1E2-4F3A-4B5C-6D7E8F9A0B1C
DTSTAMP:20250219T150000Z
DTSTART;VALUE=DATE:20250220
DTEND;VALUE=DATE:20250221
SUMMARY:mail de remerciement jury Schaerbeek
END:VEVENT
END:VCALENDAR
""", trap="thank-you-reminder-all-day"),

    E("visite-medicale", "medex-convoc-2025-0099812",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Medex//Convocations//FR
METHOD:PUBLISH
%TZ_BXL%
BEGIN:VEVENT
UID:medex-convoc-2025-0099812
DTSTAMP:20250602T080000Z
DTSTART;TZID=Europe/Brussels:20250618T084000
DTEND;TZID=Europe/Brussels:20250618T092000
SUMMARY:Medex – Examen médical d'embauche (Mme LAMBERT Margaux)
LOCATION:Medex\, Place Victor Horta 40/10\, 1060 Saint-Gilles
DESCRIPTION:Examen médical préalable à l'entrée en fonction (Commune de Sa
 int-Gilles). Se présenter à jeun\, avec carte d'identité et lunettes.
END:VEVENT
END:VCALENDAR
""", trap="pre-employment-medical-names-employer"),

    E("bilan-competences", "4q6s8u0w2y5a7c9e1g3i5k7m9o@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250118T090000Z
DTEND:20250118T103000Z
DTSTAMP:20250110T090000Z
UID:4q6s8u0w2y5a7c9e1g3i5k7m9o@google.com
SUMMARY:Coaching carrière (séance 3/5) – Cité des métiers
DESCRIPTION:Avec Sylvie (coach). Travail sur le pitch "pourquoi la directio
 n" + relecture CV.
LOCATION:Cité des métiers\, Av. de l'Astronomie 14
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="career-coaching-session"),

    E("banque", "A8B9C0D1-E2F3-4A4B-5C6D-7E8F9A0B1C2D",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:A8B9C0D1-E2F3-4A4B-5C6D-7E8F9A0B1C2D
DTSTAMP:20250120T110000Z
DTSTART:20250201T093000
DTEND:20250201T103000
SUMMARY:ING – rdv conseiller (prêt rénovation)
LOCATION:ING Uccle Globe
END:VEVENT
END:VCALENDAR
""", trap="bank-appointment"),

    E("generaliste", "doctoranytime-rdv-88120045",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctoranytime//RDV//FR
METHOD:PUBLISH
%TZ_BXL%
BEGIN:VEVENT
UID:doctoranytime-rdv-88120045
DTSTAMP:20250305T190000Z
DTSTART;TZID=Europe/Brussels:20250308T091500
DTEND;TZID=Europe/Brussels:20250308T093000
SUMMARY:Consultation – Dr Claessens (médecine générale)
LOCATION:Rue de Mérode 120\, 1060 Saint-Gilles
END:VEVENT
END:VCALENDAR
""", trap="gp-booking"),

    E("carte-identite", "irisbox-rdv-uccle-2025-5521",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//IRISbox//Rendez-vous//FR
METHOD:PUBLISH
%TZ_BXL%
BEGIN:VEVENT
UID:irisbox-rdv-uccle-2025-5521
DTSTAMP:20250210T100000Z
DTSTART;TZID=Europe/Brussels:20250222T101000
DTEND;TZID=Europe/Brussels:20250222T102000
SUMMARY:Commune d'Uccle – Service Population : demande eID (Chloé)
LOCATION:Maison communale d'Uccle\, Place J. Vander Elst 29
END:VEVENT
END:VCALENDAR
""", trap="official-appointment-at-commune-she-applied-to"),

    E("podcast", "riverside-rec-profs-au-front-ep42",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Recording//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-profs-au-front-ep42
DTSTAMP:20250410T080000Z
DTSTART:20250423T170000Z
DTEND:20250423T180000Z
SUMMARY:Enregistrement podcast « Profs au front » – ép. 42 (invitée : Margaux Lambert)
ORGANIZER;CN=Thibault Renson:mailto:thibault@profsaufront.be
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT:mailto:margaux.lambert65@skynet.be
DESCRIPTION:Lien studio Riverside : https://riverside.fm/studio/profs-au-f
 ront\nThème : la direction face à la violence scolaire. Casque conseillé.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="podcast-recording-guest"),
]
