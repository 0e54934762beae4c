"""holdout194: school life and look-alikes at work (negatives). CC0 1.0."""

from holdout194ev_common import E

EVENTS = [
    E("commission-sousdir", "WBE-COMM-SOUSDIR-ARF-2025@wbe.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//WBE//Gestion des candidatures//FR
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:WBE-COMM-SOUSDIR-ARF-2025@wbe.be
DTSTAMP:20250317T140000Z
DTSTART;TZID=Europe/Brussels:20250402T130000
DTEND;TZID=Europe/Brussels:20250402T170000
SUMMARY:Commission de sélection – Sous-directeur·rice AR Forest (membre)
ORGANIZER;CN=WBE - Direction des Ressources humaines:mailto:ne-pas-repondre@wbe.be
ATTENDEE;CN=LAMBERT Margaux;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:margaux.lambert@arforest.be
LOCATION:Athénée Royal de Forest – bureau du préfet
DESCRIPTION:Vous êtes désignée en qualité de membre de la commission de sél
 ection chargée d'entendre les candidats à la fonction de sous-directeur·rice
  de l'Athénée Royal de Forest. Les dossiers de candidature sont disponibles
  sur la plateforme.\nCeci est un message automatique.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="user-as-interviewer-selection-commission-member-same-tool", hiring=True, crlf=True),

    E("conseils-classe", "ARF-CC-DEC-2024-SERIES",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-CC-DEC-2024-SERIES
DTSTAMP:20250101T100000Z
DTSTART;TZID="W. Europe Standard Time":20250616T130000
DTEND;TZID="W. Europe Standard Time":20250616T170000
RRULE:FREQ=DAILY;COUNT=4;BYDAY=MO,TU,WE,TH
SUMMARY:Conseils de classe (délibérations juin)
LOCATION:Salle des profs A
DESCRIPTION:Ordre de passage affiché en salle des profs. 1er degré lundi\, 2
 e degré mardi\, 3e degré mercredi-jeudi. Apporter PV + grilles CEB/CE1D.
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:ARF-CC-DEC-2024-SERIES
RECURRENCE-ID;TZID="W. Europe Standard Time":20250619T130000
DTSTAMP:20250610T100000Z
DTSTART;TZID="W. Europe Standard Time":20250619T083000
DTEND;TZID="W. Europe Standard Time":20250619T123000
SUMMARY:Conseils de classe 6e (délibérations – avancé au matin)
LOCATION:Salle des profs A
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""", trap="recurring-class-councils-with-override", crlf=True),

    E("reunion-parents", "ARF-REUNION-PARENTS-2025-02",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-REUNION-PARENTS-2025-02
DTSTAMP:20250115T100000Z
DTSTART;TZID="W. Europe Standard Time":20250213T160000
DTEND;TZID="W. Europe Standard Time":20250213T200000
SUMMARY:Réunion parents-professeurs (bulletin de février)
LOCATION:Athénée – tous locaux
DESCRIPTION:Direction présente au hall d'entrée. Rendez-vous direction : 17
 h parents de Lucas D. (4C)\, 18h15 Mme Ait Said.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="parents-evening-with-appointments", crlf=True),

    E("inspection", "5h7j9l1n3p0r2t4v6x8z0b2d4f@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250218T080000Z
DTEND:20250218T113000Z
DTSTAMP:20250203T090000Z
ORGANIZER;CN=Service général de l'Inspection:mailto:inspection.secondaire@cfwb.be
UID:5h7j9l1n3p0r2t4v6x8z0b2d4f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=margau
 x.lambert@arforest.be;X-NUM-GUESTS=0:mailto:margaux.lambert@arforest.be
DESCRIPTION:Mission d'inspection – français\, 2e degré. L'inspecteur (M. Le
 jeune) assistera aux cours de 4B et 4D puis aura un entretien avec la direc
 tion et les enseignants concernés.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite inspection français 2e degré – entretien direction
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="school-inspection-with-entretien-direction"),

    E("entretien-fonctionnement", "ARF-EF-PEETERS-2025",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-EF-PEETERS-2025
DTSTAMP:20250220T080000Z
DTSTART;TZID="W. Europe Standard Time":20250311T111500
DTEND;TZID="W. Europe Standard Time":20250311T120500
SUMMARY:Entretien de fonctionnement – M. Peeters (histoire)
ORGANIZER;CN="Lambert, Margaux":mailto:margaux.lambert@arforest.be
ATTENDEE;CN="Peeters, Jan";ROLE=REQ-PARTICIPANT:mailto:jan.peeters@arforest.be
LOCATION:Bureau direction adjointe
DESCRIPTION:Entretien de fonctionnement (art. 10 du décret). Document prépar
 atoire à compléter par M. Peeters. Points : planification\, différenciation
 \, formation continuée.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="staff-appraisal-she-conducts", crlf=True),

    E("presse-lesoir", "6i8k0m2o4q1s3u5w7y9a1c3e5g@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250122T150000Z
DTEND:20250122T160000Z
DTSTAMP:20250117T143300Z
ORGANIZER;CN=Claire Delvaux:mailto:claire.delvaux@lesoir.be
UID:6i8k0m2o4q1s3u5w7y9a1c3e5g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=margau
 x.lambert@arforest.be;X-NUM-GUESTS=0:mailto:margaux.lambert@arforest.be
DESCRIPTION:Interview pour notre dossier « Violences à l'école : les directi
 ons en première ligne ». Environ 45 min\, au téléphone ou à l'Athénée\, +
  photo éventuelle. Relecture des citations possible.\nClaire Delvaux – Le S
 oir\, rubrique Société
LOCATION:Athénée Royal de Forest
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Le Soir – violence à l'école (C. Delvaux)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="press-interview-journalist"),

    E("radio-rtbf", "rtbf-lapremiere-matin-20250305-invite",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//RTBF//Planning invités//FR
METHOD:REQUEST
%TZ_BXL%
BEGIN:VEVENT
UID:rtbf-lapremiere-matin-20250305-invite
DTSTAMP:20250303T120000Z
DTSTART;TZID=Europe/Brussels:20250305T074500
DTEND;TZID=Europe/Brussels:20250305T081500
SUMMARY:La Première – Matin Première : invitée en duplex (M. Lambert)
ORGANIZER;CN=Production Matin Première:mailto:matinpremiere.prod@rtbf.be
ATTENDEE;CN=Margaux Lambert;ROLE=REQ-PARTICIPANT:mailto:margaux.lambert@arforest.be
DESCRIPTION:Sujet : harcèlement et violences entre élèves après l'agressio
 n à Forest. Interview en direct par téléphone à 7h52. Numéro de la régie :
  02 737 22 11.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="live-radio-interview"),

    E("audition-eleve", "ARF-DISCIPLINE-AUDITION-5A",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-DISCIPLINE-AUDITION-5A
DTSTAMP:20250203T090000Z
DTSTART;TZID="W. Europe Standard Time":20250206T140000
DTEND;TZID="W. Europe Standard Time":20250206T150000
SUMMARY:Audition élève (procédure d'exclusion définitive) – K.M. 5A + parents
LOCATION:Bureau du préfet
DESCRIPTION:Convocation envoyée par recommandé le 31/01. Présents : préfet\,
  moi\, éducatrice référente\, CPMS. L'élève peut être accompagné. PV d'audit
 ion à signer.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="pupil-disciplinary-hearing-audition", crlf=True),

    E("jury-qualif", "ARF-JURY-QUALIF-6TQ-2025",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-JURY-QUALIF-6TQ-2025
DTSTAMP:20250520T090000Z
DTSTART;TZID="W. Europe Standard Time":20250611T083000
DTEND;TZID="W. Europe Standard Time":20250611T160000
SUMMARY:Jury de qualification 6TQ – épreuves orales (technicien en informatique)
LOCATION:CTA – local 012
DESCRIPTION:Présidence du jury (par délégation du préfet). Membres extérieu
 rs : 2 professionnels du secteur. 11 élèves\, défense des travaux de fin d'ét
 udes.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="pupil-qualification-jury-she-chairs", crlf=True),

    E("ce1d-surveillance", "8k0m2o4q6s3u5w7y9a1c3e5g7i@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Brussels
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250616
DTEND;VALUE=DATE:20250620
DTSTAMP:20250501T100000Z
UID:8k0m2o4q6s3u5w7y9a1c3e5g7i@google.com
SUMMARY:Épreuves externes CE1D / CESS – coordination & surveillances
DESCRIPTION:Réception des enveloppes le 13/06. Coffre-fort bureau préfet.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", trap="external-exams-epreuves-all-day"),

    E("conseil-participation", "ARF-CP-2025-03",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-CP-2025-03
DTSTAMP:20250301T100000Z
DTSTART;TZID="W. Europe Standard Time":20250325T180000
DTEND;TZID="W. Europe Standard Time":20250325T200000
SUMMARY:Conseil de participation (plan de pilotage – évaluation intermédiaire)
LOCATION:Réfectoire
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="participation-council-internal", crlf=True),

    E("entretien-eleve-pms", "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E
DTSTAMP:20250127T072000Z
DTSTART:20250128T100000
DTEND:20250128T103000
SUMMARY:entretien Inès (3C) + PMS (décrochage)
END:VEVENT
END:VCALENDAR
""", trap="pupil-entretien-floating"),

    E("reseau-direction", "wbe-zone-bxl-reunion-directions-2025-01@wbe.be",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:wbe-zone-bxl-reunion-directions-2025-01@wbe.be
DTSTAMP:20250107T090000Z
DTSTART;TZID="W. Europe Standard Time":20250130T093000
DTEND;TZID="W. Europe Standard Time":20250130T123000
SUMMARY:Réunion de zone – directions et directions adjointes (Bruxelles)
ORGANIZER;CN="Coordination zone Bruxelles WBE":mailto:zone.bruxelles@wbe.be
ATTENDEE;CN="Lambert, Margaux";ROLE=REQ-PARTICIPANT:mailto:margaux.lambert@arforest.be
LOCATION:Athénée Royal d'Uccle 1 – salle polyvalente
DESCRIPTION:Points : tronc commun\, réforme des rythmes\, pénurie enseignan
 ts\, outils Primoweb.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="network-zone-meeting-internal", crlf=True),

    E("epreuve-certif-ifc", "ifc-form-initiale-dir-2025-certif",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//IFC//Inscriptions//FR
METHOD:PUBLISH
%TZ_BXL%
BEGIN:VEVENT
UID:ifc-form-initiale-dir-2025-certif
DTSTAMP:20250110T100000Z
DTSTART;TZID=Europe/Brussels:20250124T090000
DTEND;TZID=Europe/Brussels:20250124T123000
SUMMARY:Formation initiale des directions – épreuve certificative (module 3 : pilotage)
LOCATION:IFC Bruxelles\, Rue Royale 204
DESCRIPTION:Épreuve orale individuelle devant deux formateurs : présentation
  du portfolio et du travail de fin de module. La réussite donne accès au br
 evet de directeur.
END:VEVENT
END:VCALENDAR
""", trap="certification-exam-not-job-interview"),

    E("journal-eleves", "9l1n3p5r7t0v2x4z6b8d0f2h4j@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250404T094000Z
DTEND:20250404T103000Z
DTSTAMP:20250331T150000Z
UID:9l1n3p5r7t0v2x4z6b8d0f2h4j@google.com
SUMMARY:Interview par les 5e (journal de l'école "Le Forestois")
LOCATION:CDI
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="pupils-newspaper-interview"),

    E("stagiaires-aess", "ARF-ACCUEIL-STAGIAIRES-ULB",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-ACCUEIL-STAGIAIRES-ULB
DTSTAMP:20250201T090000Z
DTSTART;TZID="W. Europe Standard Time":20250210T081500
DTEND;TZID="W. Europe Standard Time":20250210T091500
SUMMARY:Accueil stagiaires AESS (ULB) – 4 étudiant·es
LOCATION:Salle des profs B
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="student-teachers-welcome", crlf=True),
]
