"""holdout194: the user on the hiring side at Athénée Royal de Forest (negatives). CC0 1.0."""

from holdout194ev_common import E

H = "user-as-interviewer-"

EVENTS = [
    E("candidat-math", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000F001",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_WEUROPE%
BEGIN:VEVENT
ORGANIZER;CN="Lambert, Margaux":mailto:margaux.lambert@arforest.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yassine.benali@hotmail.com:mailto:yassine.
 benali@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Goossens, Luc":mailto:luc.goossens@arforest.be
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Monsieur Benali\,\n\nSuite à votre candid
 ature (Primoweb) pour l'emploi de professeur de mathématiques au degré sup
 érieur (18/22 h\, remplacement jusqu'au 30/06)\, je vous propose un entreti
 en à l'Athénée.\nMerci de vous munir de votre diplôme (AESS) et de votre ex
 trait de casier judiciaire (modèle 2).\n\nMargaux Lambert\nDirectrice adjo
 inte – Athénée Royal de Forest\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DB01000000000000000010000000F001
SUMMARY;LANGUAGE=fr-BE:Entretien candidat prof de math (M. Benali)
DTSTART;TZID=W. Europe Standard Time:20250108T103000
DTEND;TZID=W. Europe Standard Time:20250108T111500
DTSTAMP:20250106T081500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-BE:Bureau direction adjointe (1er étage)
END:VEVENT
END:VCALENDAR
""", trap=H + "teacher-candidate-she-organizes", hiring=True, crlf=True),

    E("accepte-candidat", "040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01000000000000000010000000F002",
      r"""
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lambert, Margaux":mailto:margaux.lambert@arforest.be
ATTENDEE;PARTSTAT=ACCEPTED;CN=Lotte Vermeiren:mailto:lotte.vermeiren@outlook.com
COMMENT;LANGUAGE=fr-BE:Merci beaucoup\, je serai là ! Lotte
UID:040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01000000000000000010000000F002
SUMMARY;LANGUAGE=fr-BE:Accepté: Entretien – poste de professeur·e de néerlandais
DTSTART:20250115T130000Z
DTEND:20250115T134500Z
DTSTAMP:20250109T201102Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap=H + "candidate-accepted-reply", hiring=True, crlf=True),

    E("educateurs-jury", "ARF-2025-EDUC-ENTRETIENS",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-2025-EDUC-ENTRETIENS
DTSTAMP:20250113T090000Z
DTSTART;TZID="W. Europe Standard Time":20250122T090000
DTEND;TZID="W. Europe Standard Time":20250122T120000
SUMMARY:Entretiens éducateur·rice (3 candidats) – 9h / 10h / 11h
ORGANIZER;CN="Lambert, Margaux":mailto:margaux.lambert@arforest.be
ATTENDEE;CN="Goossens, Luc";ROLE=REQ-PARTICIPANT:mailto:luc.goossens@arforest.be
ATTENDEE;CN="Hamidi, Nora";ROLE=REQ-PARTICIPANT:mailto:nora.hamidi@arforest.be
ATTENDEE;CUTYPE=RESOURCE;CN="ARF - Salle des profs B";ROLE=NON-PARTICIPANT:mailto:salle.b@arforest.be
LOCATION:ARF - Salle des profs B
DESCRIPTION:Luc\, Nora\,\nOn reçoit les 3 candidats présélectionnés pour le
  poste d'éducateur (temps plein\, 1er degré). Grille d'entretien commune en
  pièce jointe : chacun note de son côté\, on met en commun à 12h.\nMargaux
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap=H + "panel-she-chairs-educators", hiring=True, crlf=True),

    E("agence-candidate", "accent-cal-4471-ARF",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:accent-cal-4471-ARF
DTSTAMP:20250203T101500Z
DTSTART;TZID="W. Europe Standard Time":20250207T100000
DTEND;TZID="W. Europe Standard Time":20250207T104500
SUMMARY:Présentation candidate – secrétariat de direction (Accent Jobs)
ORGANIZER;CN="Ramos, Inès":mailto:ines.ramos@accentjobs.be
ATTENDEE;CN="Lambert, Margaux";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:margaux.lambert@arforest.be
LOCATION:Athénée Royal de Forest – secrétariat
DESCRIPTION:Bonjour Madame Lambert\,\nComme convenu\, je vous présente Mme
  Aurélie Dumont pour le poste d'employée administrative (secrétariat de dire
 ction\, intérim avec option CDD). CV en annexe. Elle se présentera à l'accue
 il à 10h.\nInès Ramos – Consultante Accent Jobs Forest
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap=H + "agency-sends-candidate", hiring=True, crlf=True),

    E("calendly-hote", "f8e7d6c5-b4a3-4291-8807-a1b2c3d4e5f6@calendly.com",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f8e7d6c5-b4a3-4291-8807-a1b2c3d4e5f6@calendly.com
DTSTAMP:20250217T183000Z
DTSTART:20250310T150000Z
DTEND:20250310T151500Z
SUMMARY:Nouvel événement : Sophie Marchal - Candidature spontanée (15 min)
ORGANIZER;CN=Margaux Lambert:mailto:margaux.lambert@arforest.be
ATTENDEE;CN=Sophie Marchal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sophie.marchal92@gmail.com
DESCRIPTION:Invité : Sophie Marchal\nsophie.marchal92@gmail.com\nType d'évé
 nement : Candidature spontanée (15 min)\n\nQuestions :\nMatière(s) : Scienc
 es / biologie\nTitre pédagogique : AESS (ULB\, 2024)\n\nLieu : téléphone (0
 486 77 12 90)\n\nAffichez l'événement dans Calendly.
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap=H + "calendly-host-spontaneous-applicant", hiring=True),

    E("bookings-hote", "b0b1b2b3-c4c5-4d6d-8e7e-f8f9a0a1b2b3",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_WEUROPE%
BEGIN:VEVENT
ORGANIZER;CN=ARF Recrutement:mailto:ARFRecrutement@arforest.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lambert, Margaux":mailto:margaux.lambert
 @arforest.be
DESCRIPTION;LANGUAGE=fr-BE:Nouvelle réservation\n\nService : Rencontre candi
 dat·e – remplacements 2e quadrimestre\nClient : Thomas Renard (t.renard@sky
 net.be\, 0477 31 44 02)\nMembre du personnel : Margaux Lambert\n\nRéponses
  du client :\nCours : histoire\, géographie (1er degré)\nDisponible à partir
  du : 24/02\n
UID:b0b1b2b3-c4c5-4d6d-8e7e-f8f9a0a1b2b3
SUMMARY;LANGUAGE=fr-BE:Rencontre candidat·e – remplacements 2e quadrimestre : Thomas Renard
DTSTART;TZID=W. Europe Standard Time:20250219T140000
DTEND;TZID=W. Europe Standard Time:20250219T143000
DTSTAMP:20250214T111111Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-BE:Athénée Royal de Forest
END:VEVENT
END:VCALENDAR
""", trap=H + "bookings-page-she-is-staff-member", hiring=True, crlf=True),

    E("debrief-math", "3b5d7f9h1j2l4n6p8r0t2v4x6z@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250109T150000Z
DTEND:20250109T153000Z
DTSTAMP:20250108T120000Z
ORGANIZER;CN=Luc Goossens:mailto:luc.goossens@arforest.be
UID:3b5d7f9h1j2l4n6p8r0t2v4x6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Margau
 x Lambert;X-NUM-GUESTS=0:mailto:margaux.lambert@arforest.be
DESCRIPTION:On fait le point sur les 2 candidats math (Benali / Claeys) et
  on décide avant vendredi pour la désignation. Amène tes notes.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Débrief candidats math – décision désignation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap=H + "debrief-with-prefet", hiring=True),

    E("grilles", "C01D2E3F-4A5B-4C6D-8E7F-90A1B2C3D4E5",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
BEGIN:VEVENT
UID:C01D2E3F-4A5B-4C6D-8E7F-90A1B2C3D4E5
DTSTAMP:20250122T113000Z
DTSTART:20250122T130000
DTEND:20250122T140000
SUMMARY:Grilles entretiens éduc. → compléter + avis motivé au préfet
DESCRIPTION:Candidat 2 (K. Diallo) nettement au-dessus. Vérifier titre req
 uis (bachelier éduc.) candidat 3.
END:VEVENT
END:VCALENDAR
""", trap=H + "scorecard-block-floating", hiring=True),

    E("lecon-essai", "ARF-LECON-TEST-SCIENCES-0312",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-LECON-TEST-SCIENCES-0312
DTSTAMP:20250305T161200Z
DTSTART;TZID="W. Europe Standard Time":20250312T101500
DTEND;TZID="W. Europe Standard Time":20250312T110500
SUMMARY:Leçon d'essai Mme Marchal – 3B sciences (local 214)
LOCATION:Local 214
DESCRIPTION:J'observe avec M. Dierickx (coordinateur sciences). Grille d'obs
 ervation dans le dossier "Recrutement 24-25". Retour à la candidate à 11h10.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap=H + "trial-lesson-she-observes", hiring=True, crlf=True),

    E("immersion-sousdir", "2c4e6g8i0k1m3o5q7s9u1w3y5a@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250320
DTEND;VALUE=DATE:20250321
DTSTAMP:20250311T170000Z
UID:2c4e6g8i0k1m3o5q7s9u1w3y5a@google.com
DESCRIPTION:Mme Colin (candidate à la fonction de sous-directrice) passe la
  journée avec moi : conseil de direction\, gestion des absences\, accueil
  parents. Avis à remettre au préfet.
SUMMARY:Journée immersion candidate sous-dir (Mme Colin)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", trap=H + "candidate-shadows-her-all-day", hiring=True),

    E("designations", "ARF-CD-DESIGNATIONS-2526",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-CD-DESIGNATIONS-2526
DTSTAMP:20250515T070000Z
DTSTART;TZID="W. Europe Standard Time":20250522T140000
DTEND;TZID="W. Europe Standard Time":20250522T170000
SUMMARY:Conseil de direction – classement candidatures Primoweb / désignations 25-26
ORGANIZER;CN="Goossens, Luc":mailto:luc.goossens@arforest.be
ATTENDEE;CN="Lambert, Margaux";ROLE=REQ-PARTICIPANT:mailto:margaux.lambert@arforest.be
ATTENDEE;CN="Hamidi, Nora";ROLE=REQ-PARTICIPANT:mailto:nora.hamidi@arforest.be
ATTENDEE;CN="Secrétariat ARF";ROLE=OPT-PARTICIPANT:mailto:secretariat@arforest.be
DESCRIPTION:Ordre du jour : emplois vacants 25-26\, classement des candidat
 s (titres requis / suffisants)\, propositions au Pouvoir organisateur.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap=H + "hiring-committee-ranking", hiring=True, crlf=True),

    E("tel-remplacante", "8D7C6B5A-4F3E-4D2C-9B1A-0E9F8D7C6B5A",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:8D7C6B5A-4F3E-4D2C-9B1A-0E9F8D7C6B5A
DTSTAMP:20250225T071500Z
DTSTART:20250225T123000
DTEND:20250225T130000
SUMMARY:Tel candidate remplacement Mme Delmotte (français) 0498 12 55 07
DESCRIPTION:Congé de maternité à partir du 10/03. 16h/sem. Demander dispo
  et expérience en 5e-6e.
END:VEVENT
END:VCALENDAR
""", trap=H + "phone-call-to-replacement-candidate", hiring=True),

    E("jury-externe", "5e7g9i1k3m0o2q4s6u8w0y2a4c@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250428T070000Z
DTEND:20250428T150000Z
DTSTAMP:20250410T101010Z
ORGANIZER;CN=Service Enseignement Forest:mailto:enseignement@forest.brussels
UID:5e7g9i1k3m0o2q4s6u8w0y2a4c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=margau
 x.lambert@arforest.be;X-NUM-GUESTS=0:mailto:margaux.lambert@arforest.be
DESCRIPTION:Madame Lambert\,\nMerci d'avoir accepté de siéger en qualité d'
 experte externe au jury de sélection pour la direction de l'école fondamen
 tale communale n°3. 6 candidats seront entendus (40 min chacun). Les dossi
 ers et la grille d'évaluation vous seront remis sur place.
LOCATION:Maison communale de Forest\, Rue du Curé 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jury de sélection – direction école fondamentale n°3 (experte externe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap=H + "external-jury-member-selection", hiring=True),

    E("entretien-teams-educ", "040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB01000000000000000010000000F003",
      r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%TZ_WEUROPE%
BEGIN:VEVENT
ORGANIZER;CN="Lambert, Margaux":mailto:margaux.lambert@arforest.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.bouzid@outlook.be:mailto:yanis.bouzid
 @outlook.be
DESCRIPTION;LANGUAGE=fr-BE:Bonjour Yanis\,\nVoici le lien pour notre entretie
 n (poste de coordinateur DASPA\, mi-temps).\n_______________________________
 _________________________________________________\nRéunion Microsoft Teams\n
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_ARF77%40thread.v2/0\n
 ID de réunion : 311 029 448 667\nCode secret : 9xPq2T\n
UID:040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB01000000000000000010000000F003
SUMMARY;LANGUAGE=fr-BE:Entretien de recrutement – coordinateur DASPA (Y. Bouzid)
DTSTART;TZID=W. Europe Standard Time:20250326T163000
DTEND;TZID=W. Europe Standard Time:20250326T171500
DTSTAMP:20250319T090909Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""", trap=H + "teams-recruitment-interview-she-hosts", hiring=True, crlf=True),

    E("chef-atelier", "ARF-APPEL-INTERNE-CHEF-ATELIER",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-APPEL-INTERNE-CHEF-ATELIER
DTSTAMP:20250402T150000Z
DTSTART;TZID="W. Europe Standard Time":20250409T133000
DTEND;TZID="W. Europe Standard Time":20250409T160000
SUMMARY:Appel interne chef d'atelier – audition des 2 candidats (avec LG)
LOCATION:Bureau du préfet
DESCRIPTION:M. Haesaerts 13h30\, Mme Nkulu 14h30. Questions préparées : sé
 curité atelier\, gestion du budget\, CTA.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap=H + "internal-promotion-audition-she-runs", hiring=True, crlf=True),

    E("audition-musique", "7g9i1k3m5o0q2s4u6w8y0a2c4e@google.com",
      r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250416T120000Z
DTEND:20250416T140000Z
DTSTAMP:20250407T083000Z
ORGANIZER;CN=Nora Hamidi:mailto:nora.hamidi@arforest.be
UID:7g9i1k3m5o0q2s4u6w8y0a2c4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Margau
 x Lambert;X-NUM-GUESTS=0:mailto:margaux.lambert@arforest.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nora H
 amidi;X-NUM-GUESTS=0:mailto:nora.hamidi@arforest.be
DESCRIPTION:Les 3 candidat·es pour l'option éducation musicale jouent une p
 ièce + mini-séquence avec les 2e. On départage ensemble après.
LOCATION:Salle de musique
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Auditions – prof option musique
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap=H + "auditions-music-teacher-candidates", hiring=True),

    E("refus-mails", "E5F6A7B8-C9D0-4E1F-8A2B-3C4D5E6F7A8B",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:E5F6A7B8-C9D0-4E1F-8A2B-3C4D5E6F7A8B
DTSTAMP:20250110T180000Z
DTSTART;VALUE=DATE:20250113
DTEND;VALUE=DATE:20250114
SUMMARY:Répondre aux candidats math non retenus (Claeys + 4 Primoweb)
END:VEVENT
END:VCALENDAR
""", trap=H + "rejection-emails-task", hiring=True),

    E("reference-candidat", "ARF-REF-CALL-BENALI",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
%TZ_WEUROPE%
BEGIN:VEVENT
UID:ARF-REF-CALL-BENALI
DTSTAMP:20250108T120000Z
DTSTART;TZID="W. Europe Standard Time":20250109T081500
DTEND;TZID="W. Europe Standard Time":20250109T083000
SUMMARY:Appel ancien directeur de M. Benali (Institut Sainte-Ursule) – référence
DESCRIPTION:M. Lecocq 02 478 90 12. Ponctualité\, gestion de classe\, relat
 ion avec les collègues ?
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap=H + "she-checks-candidate-reference", hiring=True, crlf=True),

    E("salon-stand", "actiris-jobday-ens-2025-stand-wbe",
      r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Actiris//Events//FR
METHOD:PUBLISH
%TZ_BXL%
BEGIN:VEVENT
UID:actiris-jobday-ens-2025-stand-wbe
DTSTAMP:20250301T100000Z
DTSTART;TZID=Europe/Brussels:20250327T093000
DTEND;TZID=Europe/Brussels:20250327T160000
SUMMARY:Job Day Enseignement – tenue du stand WBE / ARF (entretiens éclairs)
LOCATION:Actiris\, Avenue de l'Astronomie 14\, Saint-Josse
DESCRIPTION:Exposant : Athénée Royal de Forest (réseau WBE). Représentante
  : Margaux Lambert. Speed-recruiting avec les candidat·es enseignant·es (pé
 nurie : math\, néerlandais\, sciences).
END:VEVENT
END:VCALENDAR
""", trap=H + "job-fair-recruiting-stand", hiring=True),
]
