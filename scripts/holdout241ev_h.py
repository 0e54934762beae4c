"""holdout241: court work, research/press look-alikes, personal life, and two more own interviews.

Raw iCalendar text."""
from holdout241ev_tz import PARIS, ROMANCE, E, cet_zone

EVENTS = []

_OL = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE

EVENTS.append(E("typed-final", "77D1E0B3-9A24-4C1F-8E6B-5F3A2D9C0B18", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
""" + cet_zone("Europe/Oslo") + """BEGIN:VEVENT
UID:77D1E0B3-9A24-4C1F-8E6B-5F3A2D9C0B18
DTSTAMP:20260128T210000Z
DTSTART;TZID=Europe/Oslo:20260206T110000
DTEND;TZID=Europe/Oslo:20260206T123000
SUMMARY:Nordvik final - Country Mgr + Ingrid (Roscoff)
LOCATION:Terminal ferry Roscoff\\, bureaux Nordvik 1er
DESCRIPTION:final round in English + French. Erik Haugen (Country Manager Fr
 ance). Bring passport copy for badge. Train 7h12 Rennes-Morlaix\\, bus 8h40
END:VEVENT
END:VCALENDAR
""", 1, "Nordvik Line", "", "final", "Erik Haugen;Ingrid Solheim", "typed-final-round-oslo-zone-from-invite"))

EVENTS.append(E("calcom-case", "calcom-2vR7mJd9Lqclauze@cal.com", """BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-2vR7mJd9Lqclauze@cal.com
DTSTAMP:20260128T090000Z
DTSTART:20260202T160000Z
DTEND:20260202T170000Z
SUMMARY:Mise en situation client – Clauze x Gwenaëlle Le Bihan
DESCRIPTION:Qui : Julie Marchand (Head of Customer Success\\, Clauze) – Organi
 satrice\\, Salomé Aubert\\, Gwenaëlle Le Bihan\\nQuoi : Mise en situation (60 mi
 n) – onboarding d'un cabinet d'avocats client sur l'outil\\, jeu de rôle\\nOù
  : Cal Video https://app.cal.com/video/2vR7mJd9Lq
ORGANIZER;CN=Julie Marchand:mailto:julie@clauze.io
ATTENDEE;CN=Salomé Aubert;PARTSTAT=ACCEPTED:mailto:salome@clauze.io
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION:https://app.cal.com/video/2vR7mJd9Lq
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Clauze", "", "technical", "julie@clauze.io;salome@clauze.io", "calcom-role-play-exercise"))

EVENTS.append(E("user-research", "lab-justice-ux-portalis-entretien-12@beta.gouv.fr", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:lab-justice-ux-portalis-entretien-12@beta.gouv.fr
DTSTAMP:20260126T100000Z
DTSTART;TZID=Europe/Paris:20260129T143000
DTEND;TZID=Europe/Paris:20260129T153000
SUMMARY:Entretien utilisateur – parcours greffe civil (Portalis)
DESCRIPTION:Bonjour\\, merci d'avoir accepté de participer à un entretien de
  recherche utilisateur (1h) dans le cadre de l'amélioration de Portalis. Nou
 s observerons comment vous traitez une requête JAF\\, de l'enregistrement à l
 a notification. Aucune évaluation de votre travail. Enregistrement avec vot
 re accord.\\nCamille Ropars – designer UX\\, incubateur du ministère
ORGANIZER;CN=Camille Ropars:mailto:camille.ropars@beta.gouv.fr
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
LOCATION:TJ Rennes – poste de travail greffe JAF
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="user-research-interview-case-management-software"))

EVENTS.append(E("research-sociologist", "1d3f5b7a9c@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:1d3f5b7a9c@google.com
DTSTAMP:20260304T110000Z
DTSTART;TZID=Europe/Paris:20260311T173000
DTEND;TZID=Europe/Paris:20260311T183000
SUMMARY:Entretien – thèse « Les greffiers face à la dématérialisation »
ORGANIZER;CN=Lou Guillemot:mailto:lou.guillemot@univ-rennes2.fr
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
DESCRIPTION:Entretien semi-directif anonymisé (doctorante en sociologie\\, Ren
 nes 2). Environ 1h. Merci encore !
LOCATION:Café Le Piccadilly\\, Rennes
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="research-interview-phd-sociology"))

EVENTS.append(E("podcast", "riverside-rec-44c1a9@riverside.fm", """BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Studio//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-44c1a9@riverside.fm
DTSTAMP:20260401T120000Z
DTSTART:20260414T170000Z
DTEND:20260414T180000Z
SUMMARY:Enregistrement podcast « Derrière la barre » – ép. 23 : greffière
DESCRIPTION:Interview d'environ 45 min : le métier de greffière\\, les audiences
  JAF\\, ce que le public ne voit pas. Studio Riverside : https://riverside.fm/s
 tudio/derriere-la-barre
ORGANIZER;CN=Derrière la barre (podcast):mailto:contact@derrierelabarre.fr
ATTENDEE;PARTSTAT=ACCEPTED:mailto:gwen.lebihan@orange.fr
LOCATION:Riverside.fm
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="podcast-interview-about-her-job"))

EVENTS.append(E(
    "audience-jaf",
    "040000008200E00074C5B7101A82E00800000000D3A4B5C6E7F8DC01000000000000000010000000E5F60718293A4B5C6D7E8F90A1B2C3D4",
    _OL + """BEGIN:VEVENT
ORGANIZER;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:040000008200E00074C5B7101A82E00800000000D3A4B5C6E7F8DC01000000000000000
 010000000E5F60718293A4B5C6D7E8F90A1B2C3D4
SUMMARY;LANGUAGE=fr-FR:Audience JAF cab. 3 (Mme Bouvier) – divorces / APE
DESCRIPTION;LANGUAGE=fr-FR:Rôle : 14 affaires. Salle 2.07. Préparer dossier
 s la veille\\, notes d'audience\\, délibérés au 28.
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20260702T220000Z
DTSTART;TZID=Romance Standard Time:20260108T090000
DTEND;TZID=Romance Standard Time:20260108T123000
DTSTAMP:20260105T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle 2.07
END:VEVENT
END:VCALENDAR
""", trap="court-hearing-weekly-audience"))

EVENTS.append(E("permanence-jex", "a9b8c7d6-perm-jex-0316@justice.fr", _OL + """BEGIN:VEVENT
ORGANIZER;CN="GREFFE JEX - Planning":mailto:greffe-jex.tj-rennes@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:a9b8c7d6-perm-jex-0316@justice.fr
SUMMARY;LANGUAGE=fr-FR:Permanence JEX (renfort) + audience d'orientation saisies immo.
DESCRIPTION;LANGUAGE=fr-FR:Remplacement de Yannick (congés). Audience d'orientation 14h\\, 6 dossiers.
DTSTART;TZID=Romance Standard Time:20260316T083000
DTEND;TZID=Romance Standard Time:20260316T173000
DTSTAMP:20260309T120000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="court-permanence-jex"))

EVENTS.append(E("minutes", "2026-0428-minutes-gwen@thunderbird", """BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
UID:2026-0428-minutes-gwen@thunderbird
DTSTAMP:20260427T160000Z
DTSTART:20260428T080000
DTEND:20260428T093000
SUMMARY:Minutes délibérés 28/04 à faire signer + mise en forme
DESCRIPTION:RG 25/04112\\, 25/04230\\, 26/00087 – notifs Portalis après signat
 ure. Copies exécutoires aux avocats.
END:VEVENT
END:VCALENDAR
""", trap="court-minutes-signature-block", lf=True))

EVENTS.append(E("formation", "fcd-eng-portalis-2026-rennes-s2@justice.fr", _OL + """BEGIN:VEVENT
ORGANIZER;CN="Formation déconcentrée CA Rennes":mailto:formation.ca-rennes@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:fcd-eng-portalis-2026-rennes-s2@justice.fr
SUMMARY;LANGUAGE=fr-FR:Formation Portalis – module 3 (procédures JAF et notifications électroniques)
DESCRIPTION;LANGUAGE=fr-FR:Formation déconcentrée\\, salle informatique CA.
  Formateur : M. Le Dantec (référent Portalis).
DTSTART;TZID=Romance Standard Time:20260226T090000
DTEND;TZID=Romance Standard Time:20260226T170000
DTSTAMP:20260120T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CA Rennes – salle informatique
END:VEVENT
END:VCALENDAR
""", trap="work-training-case-software"))

EVENTS.append(E("audition-enfant", "b0c1d2e3-aud-enfant-0402@justice.fr", _OL + """BEGIN:VEVENT
ORGANIZER;CN="BOUVIER Hélène (JAF)":mailto:helene.bouvier@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:b0c1d2e3-aud-enfant-0402@justice.fr
SUMMARY;LANGUAGE=fr-FR:Audition de mineur – RG 25/03412 (art. 388-1 C. civ.)
DESCRIPTION;LANGUAGE=fr-FR:Audition de l'enfant (12 ans) en présence de son
  avocate. Compte rendu à dresser et notifier aux parties.
DTSTART;TZID=Romance Standard Time:20260402T160000
DTEND;TZID=Romance Standard Time:20260402T164500
DTSTAMP:20260320T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cabinet JAF 3
END:VEVENT
END:VCALENDAR
""", trap="court-hearing-of-a-child-audition"))

EVENTS.append(E(
    "conseil-carriere",
    "040000008200E00074C5B7101A82E00800000000E4B5C6D7F809DC01000000000000000010000000F60718293A4B5C6D7E8F90A1B2C3D4E5",
    _OL + """BEGIN:VEVENT
ORGANIZER;CN="QUINIOU Armelle (Conseillère mobilité-carrière SAR)":mailto:armelle.quiniou@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\\,\\nSuite à votre demande\\, je vous pr
 opose un entretien de carrière confidentiel : point sur votre projet (déta
 chement\\, disponibilité\\, concours DSGJ)\\, règles de mobilité 2026 et d
 ispositifs d'accompagnement (bilan\\, CPF). Cet entretien n'est pas lié à
  un poste.\\nArmelle Quiniou
UID:040000008200E00074C5B7101A82E00800000000E4B5C6D7F809DC01000000000000000
 010000000F60718293A4B5C6D7E8F90A1B2C3D4E5
SUMMARY;LANGUAGE=fr-FR:Entretien de carrière – Mme Le Bihan
DTSTART;TZID=Romance Standard Time:20260108T140000
DTEND;TZID=Romance Standard Time:20260108T150000
DTSTAMP:20251218T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:SAR – cour d'appel\\, bureau 112
END:VEVENT
END:VCALENDAR
""", trap="career-advice-entretien-de-carriere-not-a-post"))

EVENTS.append(E("judo", "judo-malo-2025-26@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Famille
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250917T170000
DTEND:20250917T180000
RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20260624T000000
DTSTAMP:20250910T190000Z
UID:judo-malo-2025-26@google.com
SUMMARY:Judo Malo (dojo Bréquigny)
DESCRIPTION:kimono + gourde. Passage ceinture orange en juin
LOCATION:Dojo Bréquigny
END:VEVENT
END:VCALENDAR
""", trap="personal-son-judo-recurring-floating"))

EVENTS.append(E("medecin", "5E0A9B1C-2D3E-4F50-8172-93A4B5C6D7E8", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:5E0A9B1C-2D3E-4F50-8172-93A4B5C6D7E8
DTSTAMP:20260202T080000Z
DTSTART:20260207T094500
DTEND:20260207T101500
SUMMARY:Dr Le Goff - Malo (certif judo + rappel vaccin)
LOCATION:Cabinet médical Cleunay
END:VEVENT
END:VCALENDAR
""", trap="personal-doctor", lf=True))

EVENTS.append(E("garage", "doctolib-like-garage-88213@idgarages.com", """BEGIN:VCALENDAR
PRODID:-//iDGARAGES//Reservation//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:doctolib-like-garage-88213@idgarages.com
DTSTAMP:20260301T120000Z
DTSTART:20260307T080000Z
DTEND:20260307T090000Z
SUMMARY:Révision + contrôle freins – Clio IV – Garage Renault Cesson
DESCRIPTION:Réservation n°88213. Dépôt du véhicule à 9h. Prix estimé : 189 €.
ORGANIZER;CN=iDGARAGES:mailto:reservation@idgarages.com
ATTENDEE;PARTSTAT=ACCEPTED:mailto:gwen.lebihan@orange.fr
LOCATION:Garage Renault Cesson-Sévigné
END:VEVENT
END:VCALENDAR
""", trap="personal-car-service"))

EVENTS.append(E("fest-noz", "fest-noz-bain-2026@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260321T210000
DTEND;TZID=Europe/Paris:20260322T020000
DTSTAMP:20260310T200000Z
UID:fest-noz-bain-2026@google.com
SUMMARY:Fest-noz Bain-de-Bretagne 🎶
DESCRIPTION:avec Yannick & Klervi. Covoit départ 20h15 devant chez nous. Kenavo la semaine !
LOCATION:Salle polyvalente\\, Bain-de-Bretagne
END:VEVENT
END:VCALENDAR
""", trap="personal-fest-noz"))

EVENTS.append(E("sister-brest", "we-soazig-brest-0404@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260404
DTEND;VALUE=DATE:20260406
DTSTAMP:20260315T100000Z
UID:we-soazig-brest-0404@google.com
SUMMARY:WE Brest chez Soazig (Pâques)
DESCRIPTION:chocolats pour les petits\\, rapporter la cocotte
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", trap="personal-all-day-sister-visit"))

EVENTS.append(E("banque-perso", "rdv-cm-0223-7741@creditmutuel.fr", """BEGIN:VCALENDAR
PRODID:-//Credit Mutuel//Prise de RDV//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:rdv-cm-0223-7741@creditmutuel.fr
DTSTAMP:20260216T090000Z
DTSTART;TZID=Europe/Paris:20260223T173000
DTEND;TZID=Europe/Paris:20260223T181500
SUMMARY:Entretien avec votre conseillère – Mme Pichon
DESCRIPTION:Objet : projet de prêt travaux. Pensez à apporter vos 3 dernier
 s bulletins de salaire et votre dernier avis d'imposition.
ORGANIZER;CN=Crédit Mutuel de Bretagne – Rennes Sainte-Anne:mailto:rdv@creditmutuel.fr
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gwen.lebihan@orange.fr
LOCATION:CMB Rennes Sainte-Anne
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="personal-bank-entretien-conseillere"))

EVENTS.append(E("notaire-perso", "3F7B1D9E-5C2A-4E68-B0F4-6D8A2C0E4B17", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:3F7B1D9E-5C2A-4E68-B0F4-6D8A2C0E4B17
DTSTAMP:20260402T080000Z
DTSTART:20260409T180000
DTEND:20260409T190000
SUMMARY:Signature chez Me Derrien - vente terrain Plougastel (succession mamm)
DESCRIPTION:avec Soazig en visio. RIB + pièce d'id.
LOCATION:Étude Derrien\\, Rennes
END:VEVENT
END:VCALENDAR
""", trap="personal-notary-signature-not-interview", lf=True))

EVENTS.append(E("parents-profs", "pronote-rencontre-5B-2026@index-education.fr", """BEGIN:VCALENDAR
PRODID:-//Index Education//PRONOTE//FR
VERSION:2.0
BEGIN:VEVENT
UID:pronote-rencontre-5B-2026@index-education.fr
DTSTAMP:20260120T120000Z
DTSTART;TZID=Europe/Paris:20260129T181000
DTEND;TZID=Europe/Paris:20260129T182000
SUMMARY:Rencontre parents-professeurs – M. Hamel (prof. principal 5eB)
LOCATION:Collège Les Gayeulles – salle B12
END:VEVENT
END:VCALENDAR
""".replace("BEGIN:VEVENT", PARIS + "BEGIN:VEVENT"), trap="personal-school-meeting"))

EVENTS.append(E("offer-deadline", "6a8c0e2f4b@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260306
DTEND;VALUE=DATE:20260307
DTSTAMP:20260227T210000Z
UID:6a8c0e2f4b@google.com
SUMMARY:Réponse proposition Lefeuvre avant ce soir
DESCRIPTION:proposition reçue 27/02 : 38 k€ + 13e mois. Attendre retour Arv
 or ? demander date d'arrivée après préavis / disponibilité
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", trap="offer-decision-deadline-reminder"))

EVENTS.append(E("pot-depart", "c7d8e9f0-pot-mireille@justice.fr", _OL + """BEGIN:VEVENT
ORGANIZER;CN="LAUNAY Sylvie":mailto:sylvie.launay@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Greffe TJ Rennes - tous
 ":mailto:greffe.tj-rennes@justice.fr
UID:c7d8e9f0-pot-mireille@justice.fr
SUMMARY;LANGUAGE=fr-FR:Pot de départ de Mireille (mutation CA Angers)
DESCRIPTION;LANGUAGE=fr-FR:Participation libre pour le cadeau (enveloppe au secrétariat DG).
DTSTART;TZID=Romance Standard Time:20260130T123000
DTEND;TZID=Romance Standard Time:20260130T140000
DTSTAMP:20260121T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de convivialité – RDC
END:VEVENT
END:VCALENDAR
""", trap="colleague-farewell-drinks"))

EVENTS.append(E("reunion-service", "d8e9f0a1-reu-service-0302@justice.fr", _OL + """BEGIN:VEVENT
ORGANIZER;CN="LAUNAY Sylvie":mailto:sylvie.launay@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="LE BIHAN Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
UID:d8e9f0a1-reu-service-0302@justice.fr
SUMMARY;LANGUAGE=fr-FR:Réunion de service greffe civil – stocks JAF\\, audiencement 2e trimestre
DESCRIPTION;LANGUAGE=fr-FR:OJ : stocks et délais\\, arrivée des juristes as
 sistants\\, planning des permanences\\, questions diverses.
DTSTART;TZID=Romance Standard Time:20260302T140000
DTEND;TZID=Romance Standard Time:20260302T153000
DTSTAMP:20260223T090000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="internal-service-meeting"))
