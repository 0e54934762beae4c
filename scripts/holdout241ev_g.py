"""holdout241: look-alikes around the job search: concours, bilan, coaching, press, research, recruiters.

Raw iCalendar text."""
from holdout241ev_tz import PARIS, ROMANCE, E

EVENTS = []

EVENTS.append(E("recruiter-no-employer", "zr-evt-88120339871@juristalents.fr", """BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Recruit Calendar//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:zr-evt-88120339871@juristalents.fr
DTSTAMP:20260224T101500Z
DTSTART;TZID=Europe/Paris:20260226T123000
DTEND;TZID=Europe/Paris:20260226T131500
SUMMARY:Juris Talents – premier échange – Gwenaëlle Le Bihan
DESCRIPTION:Bonjour Gwenaëlle\\,\\n\\nMerci pour votre réponse sur LinkedIn. Je
  vous propose un premier échange téléphonique : je suis en ce moment sur plu
 sieurs recrutements pour une étude notariale rennaise (une quinzaine de col
 laborateurs) et pour un cabinet d'avocats d'affaires\\, et j'aimerais mieux
  comprendre votre parcours de greffière et ce que vous recherchez. Je ne peux
  pas encore vous donner le nom de nos clients à ce stade.\\n\\nAurélie Gicquel
  – Juris Talents\\, recrutement des métiers du droit
ORGANIZER;CN=Aurélie Gicquel:mailto:a.gicquel@juristalents.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwenaëlle
  Le Bihan:mailto:gwen.lebihan@orange.fr
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", trap="recruiter-call-unnamed-notary-office"))

EVENTS.append(E(
    "own-appraisal",
    "040000008200E00074C5B7101A82E00800000000C29304B5D6E7DC01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3",
    """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """BEGIN:VEVENT
ORGANIZER;CN="LAUNAY Sylvie":mailto:sylvie.launay@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Gwenaëlle\\,\\nje te propose ce créneau
  pour ton entretien professionnel annuel (campagne 2026 – ESTEVE). Pense à
  remplir ta partie du formulaire (bilan de l'année\\, objectifs\\, besoins
  de formation\\, souhaits de mobilité) dans ESTEVE avant le RDV.\\nSylvie
 \\nDirectrice de greffe – TJ de Rennes
UID:040000008200E00074C5B7101A82E00800000000C29304B5D6E7DC01000000000000000
 010000000D4E5F60718293A4B5C6D7E8F90A1B2C3
SUMMARY;LANGUAGE=fr-FR:Entretien professionnel annuel – G. Le Bihan
DTSTART;TZID=Romance Standard Time:20260205T100000
DTEND;TZID=Romance Standard Time:20260205T113000
DTSTAMP:20260122T094000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau DG
END:VEVENT
END:VCALENDAR
""", trap="own-annual-appraisal-with-directrice-de-greffe"))

EVENTS.append(E("press-interview", "0f1e2d3c4b5a69788796a5b4c3d2e1f0@justice.fr", """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + """BEGIN:VEVENT
ORGANIZER;CN="SCHMITT Laure (Communication CA)":mailto:laure.schmitt@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE BIHAN
  Gwenaëlle":mailto:gwenaelle.le-bihan@justice.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Morgane Quéméner (Ouest-
 France):mailto:morgane.quemener@ouest-france.fr
DESCRIPTION;LANGUAGE=fr-FR:Interview pour Ouest-France (édition Rennes) sur
  les délais de traitement des affaires familiales au TJ. Cadrage : pas de
  commentaire sur des dossiers en cours\\, chiffres validés par la présiden
 ce uniquement. Photo possible au greffe JAF. Je serai présente.\\nLaure –
  chargée de communication\\, cour d'appel
UID:0f1e2d3c4b5a69788796a5b4c3d2e1f0@justice.fr
SUMMARY;LANGUAGE=fr-FR:Interview Ouest-France – délais JAF (G. Le Bihan)
DTSTART;TZID=Romance Standard Time:20260115T140000
DTEND;TZID=Romance Standard Time:20260115T150000
DTSTAMP:20260109T113000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:TJ Rennes – greffe JAF
END:VEVENT
END:VCALENDAR
""", trap="press-interview-local-paper-court-delays"))

EVENTS.append(E("concours-oral", "convoc-DSGJ-2026-ORAL-000417@justice.fr", """BEGIN:VCALENDAR
PRODID:-//Ministere de la Justice//Concours//FR
VERSION:2.0
METHOD:PUBLISH
""" + PARIS + """BEGIN:VEVENT
UID:convoc-DSGJ-2026-ORAL-000417@justice.fr
DTSTAMP:20260415T080000Z
DTSTART;TZID=Europe/Paris:20260602T103000
DTEND;TZID=Europe/Paris:20260602T120000
SUMMARY:Convocation – épreuve orale d'admission – concours interne de direc
 teur des services de greffe judiciaires
DESCRIPTION:Candidat n° 000417 – LE BIHAN Gwenaëlle\\nÉpreuve : entretien ave
 c le jury (durée 30 min\\, coefficient 4) débutant par un exposé de 10 minute
 s sur l'expérience professionnelle du candidat\\, à partir du dossier RAEP\\n
 Heure de convocation : 10h30 (préparation comprise)\\nLieu : École nationale
  des greffes\\, 1 rue des Moulins\\, Dijon\\nSe munir de la présente convocatio
 n et d'une pièce d'identité.
LOCATION:ENG Dijon
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="civil-service-concours-oral-exam-entretien-avec-le-jury"))

EVENTS.append(E("bilan-competences", "c4a8e1f0-bilan-2026-cibc@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Gwen perso
X-WR-TIMEZONE:Europe/Paris
""" + PARIS + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260113T173000
DTEND;TZID=Europe/Paris:20260113T190000
RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=TU
DTSTAMP:20260108T200000Z
UID:c4a8e1f0-bilan-2026-cibc@google.com
DESCRIPTION:Bilan de compétences (financé CPF / congé formation) avec Nadège
  Berthelot\\, conseillère – CIBC Bretagne. Séances de 1h30 : investigation\\,
  tests d'intérêts\\, enquêtes métiers\\, synthèse.
LOCATION:CIBC\\, 12 rue de Léon\\, Rennes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bilan de compétences – séance
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260205T180000
DTEND;TZID=Europe/Paris:20260205T193000
DTSTAMP:20260201T090000Z
UID:c4a8e1f0-bilan-2026-cibc@google.com
RECURRENCE-ID;TZID=Europe/Paris:20260203T173000
DESCRIPTION:Séance déplacée au jeudi (audience tardive mardi). Restitution d
 es tests + préparer 3 enquêtes métiers (notaire\\, compliance banque\\, collec
 tivité).
LOCATION:CIBC\\, 12 rue de Léon\\, Rennes
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Bilan de compétences – séance (décalée)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="bilan-de-competences-recurring-with-override"))

EVENTS.append(E("france-travail", "ft-atelier-2026-0319-44812@francetravail.fr", """BEGIN:VCALENDAR
PRODID:-//France Travail//Agenda//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ft-atelier-2026-0319-44812@francetravail.fr
DTSTAMP:20260310T090000Z
DTSTART:20260319T130000Z
DTEND:20260319T153000Z
SUMMARY:Atelier « Convaincre en entretien d'embauche » – France Travail Rennes Ouest
DESCRIPTION:Vous êtes inscrite à l'atelier collectif « Convaincre en entreti
 en d'embauche ». Simulations en petit groupe\\, présentation en 2 minutes\\, q
 uestions pièges. Apportez une offre d'emploi qui vous intéresse.\\nAgence Fra
 nce Travail Rennes Ouest\\, 2 rue de la Mabilais.
LOCATION:France Travail Rennes Ouest
END:VEVENT
END:VCALENDAR
""", trap="france-travail-workshop-on-interviews"))

EVENTS.append(E("mock-interview", "2b8c4d6e0f1a3b5c@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260209T201500
DTEND;TZID=Europe/Paris:20260209T211500
DTSTAMP:20260207T101200Z
ORGANIZER;CN=Nolwenn Cadiou:mailto:nolwenn.cadiou29@gmail.com
UID:2b8c4d6e0f1a3b5c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gwen.lebihan@orange.fr;X-NUM-GUESTS=0:mailto:gwen.lebihan@orange.fr
DESCRIPTION:Je joue l'associée exigeante pour ton entretien chez Lefeuvre :)
  questions sur pourquoi quitter la fonction publique\\, management d'assistant
 es\\, facturation au temps passé. On débriefe après. Bises\\, Nolwenn
LOCATION:https://meet.google.com/ugk-tpwa-rxe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulation entretien (Nolwenn joue Me L.)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="mock-interview-with-friend-names-real-firm"))

EVENTS.append(E("webinar", "livestorm-evt-9c8b7a6f5e4d@livestorm.co", """BEGIN:VCALENDAR
PRODID:-//Livestorm//Livestorm//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:livestorm-evt-9c8b7a6f5e4d@livestorm.co
DTSTAMP:20260116T150000Z
DTSTART:20260122T113000Z
DTEND:20260122T123000Z
SUMMARY:Webinaire – Greffiers : réussir sa reconversion dans le privé (entretiens\\, CV\\, salaires)
DESCRIPTION:Village de la Justice x Juris Talents\\nAu programme : les métier
 s ouverts aux greffiers (paralegal\\, clerc\\, compliance)\\, comment valoriser
  son expérience en entretien\\, témoignages. Lien d'accès : https://app.livest
 orm.co/village-justice/greffiers-reconversion
ORGANIZER;CN=Village de la Justice:mailto:webinaires@village-justice.com
ATTENDEE;CN=Gwenaëlle Le Bihan;PARTSTAT=ACCEPTED:mailto:gwen.lebihan@orange.fr
LOCATION:En ligne (Livestorm)
END:VEVENT
END:VCALENDAR
""", trap="webinar-about-interviews-for-clerks"))

EVENTS.append(E("informational-coffee", "C0FFEE12-3456-4789-ABCD-EF0123456789", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:C0FFEE12-3456-4789-ABCD-EF0123456789
DTSTAMP:20260110T093000Z
DTSTART:20260114T123000
DTEND:20260114T133000
SUMMARY:Déj Ronan (ex-greffier TJ Vannes\\, paralegal chez Fidal)
DESCRIPTION:lui demander : journée type\\, salaire réel vs greffe\\, astreintes
 \\, comment il a présenté sa reconversion en entretien. Pas de poste ouvert c
 hez eux pour l'instant.
LOCATION:Le Saint-Germain\\, place Saint-Germain
END:VEVENT
END:VCALENDAR
""", trap="informational-lunch-former-clerk", lf=True))

EVENTS.append(E("careers-fair", "salon-emploi-public-rennes-2026@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260328
DTEND;VALUE=DATE:20260329
DTSTAMP:20260301T100000Z
UID:salon-emploi-public-rennes-2026@google.com
DESCRIPTION:Salon de l'emploi public + métiers du droit (stands Région\\, Préf
 ecture\\, Chambre des notaires\\, cabinets). Prendre 10 CV\\, job dating 14h-1
 6h : inscription sur place.
LOCATION:Le Liberté\\, Rennes
SUMMARY:Salon emploi public / métiers du droit
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", trap="careers-fair-all-day-with-job-dating"))

EVENTS.append(E("reference-call", "9a7b5c3d1e@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260304T123000
DTEND;TZID=Europe/Paris:20260304T125000
DTSTAMP:20260302T160000Z
ORGANIZER;CN=Maître Tanguy:mailto:l.tanguy@tanguy-avocats.fr
UID:9a7b5c3d1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gwen.lebihan@orange.fr;X-NUM-GUESTS=0:mailto:gwen.lebihan@orange.fr
DESCRIPTION:Madame\\, Karine Le Roux\\, qui postule comme assistante juridiqu
 e à mon cabinet\\, vous a indiquée comme référence (vous avez été sa collègu
 e au greffe correctionnel). Auriez-vous 15 minutes pour en parler ? Louis Ta
 nguy\\, avocat
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références – Karine Le Roux
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", trap="reference-call-user-as-referee"))

EVENTS.append(E("prep-block", "4E8A2C6F-1B3D-4F5A-9C7E-0D2B4F6A8C1E", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.4//EN
BEGIN:VEVENT
UID:4E8A2C6F-1B3D-4F5A-9C7E-0D2B4F6A8C1E
DTSTAMP:20260315T200000Z
DTSTART:20260318T200000
DTEND:20260318T220000
SUMMARY:Prépa entretien Arvor (LCB-FT)
DESCRIPTION:relire 5e directive\\, lignes directrices ACPR\\, déclaration Tracf
 in\\, PPE\\nprépa questions : taille équipe\\, outils (Fircosoft ?)\\, télétrava
 il\\nhistoire « pourquoi quitter le greffe » en 1 min
END:VEVENT
END:VCALENDAR
""", trap="prep-block-before-interview", lf=True))

EVENTS.append(E("thank-you", "5b9d3f7a-remerciements@google.com", """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20260213T073000Z
DTEND:20260213T074500Z
DTSTAMP:20260212T213000Z
UID:5b9d3f7a-remerciements@google.com
DESCRIPTION:mail à Me Lefeuvre + Catherine Morvan – rappeler expérience enca
 drement équipe audiencement + dispo préavis 3 mois
SUMMARY:!! mail remerciements cabinet Lefeuvre
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", trap="thank-you-reminder-after-interview"))

EVENTS.append(E("medical", "sst-bretagne-rdv-2026-55120@sst-bretagne.fr", """BEGIN:VCALENDAR
PRODID:-//SST Bretagne//Convocations//FR
VERSION:2.0
METHOD:REQUEST
""" + PARIS + """BEGIN:VEVENT
UID:sst-bretagne-rdv-2026-55120@sst-bretagne.fr
DTSTAMP:20260415T070000Z
DTSTART;TZID=Europe/Paris:20260422T083000
DTEND;TZID=Europe/Paris:20260422T090000
SUMMARY:Visite d'information et de prévention (embauche) – Arvor Banque – Mme LE BIHAN
DESCRIPTION:Convocation à la visite d'information et de prévention préalable
  à votre prise de poste chez Arvor Banque. Infirmière en santé au travail. A
 pporter carnet de vaccination et lunettes si besoin.
ORGANIZER;CN=Service de santé au travail:mailto:convocations@sst-bretagne.fr
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:gwen.lebihan@orange.fr
LOCATION:SST Bretagne – centre de Brest\\, 14 rue Yves Collet
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", trap="pre-employment-medical-names-employer"))
