"""holdout233 events, part G: look-alikes around the job search and everyday life (hand-written)."""

from holdout233ev_tz import CASA, OUTLOOK_HEAD_MA, PARIS, neg

EVENTS = [
    dict(
        kind="cafe-reseau",
        uid="6h5g4f3d2s1a0cafemehdi@google.com",
        label=neg("informational-coffee-ex-colleague-at-target-employer"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Africa/Casablanca
BEGIN:VEVENT
DTSTART:20260110T100000Z
DTEND:20260110T113000Z
DTSTAMP:20260106T214500Z
UID:6h5g4f3d2s1a0cafemehdi@google.com
CREATED:20260106T214500Z
DESCRIPTION:Mehdi (promo ENSA\, S&OP chez Renault Melloussa depuis 2 ans)
  – lui demander comment ça se passe chez eux\, l'ambiance\, qui est le
  directeur logistique\, s'il peut faire passer mon CV en interne. Pas un e
 ntretien\, juste un café.
LAST-MODIFIED:20260106T214500Z
LOCATION:Café Hafa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café avec Mehdi (Renault)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="forum-emploi",
        uid="amica-forum-2026-visiteur-11208@eventbrite.com",
        label=neg("careers-fair-automotive-visitor-ticket"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:amica-forum-2026-visiteur-11208@eventbrite.com
DTSTAMP:20260301T100000Z
DTSTART:20260321T090000Z
DTEND:20260321T170000Z
SUMMARY:Forum Emploi Automobile & Logistique 2026 (AMICA) – Casablanca
DESCRIPTION:Votre billet visiteur – Commande n° 11208\n\nPlus de 60 expo
 sants : constructeurs\, équipementiers\, logisticiens. Espace « job dati
 ng » et ateliers CV. Venez avec plusieurs exemplaires de votre CV.\n\nFoi
 re Internationale de Casablanca\, Hall 2
LOCATION:Foire Internationale de Casablanca (OFEC)\, Hall 2
ORGANIZER;CN=AMICA:mailto:noreply@eventbrite.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="appel-reference",
        uid="2e3r4t5y6u7i8o9p0hays-ref@google.com",
        label=neg("reference-call-user-is-referee-for-ex-colleague"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CASA + r"""BEGIN:VEVENT
DTSTART;TZID=Africa/Casablanca:20260318T130000
DTEND;TZID=Africa/Casablanca:20260318T132000
DTSTAMP:20260316T094000Z
ORGANIZER;CN=Ghizlane Benkirane:mailto:ghizlane.benkirane@hays.ma
UID:2e3r4t5y6u7i8o9p0hays-ref@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=youssef.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamr
 ani.scm@gmail.com
DESCRIPTION:Bonjour Youssef\,\n\nKarim Haddou vous a cité comme référenc
 e professionnelle (vous avez été son responsable chez Câblages du Détr
 oit en 2022-2024). Je vous appelle 15-20 min pour recueillir votre avis su
 r ses compétences en planification et son savoir-être.\n\nGhizlane Benki
 rane\nHays Maroc
LOCATION:+212 661 234 578
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références – Karim Haddou
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="prepa-entretien",
        uid="prep-0D1E2F3A-4B5C-6D7E-8F90@ios",
        label=neg("prep-block-before-employer-case-study"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
BEGIN:VEVENT
UID:prep-0D1E2F3A-4B5C-6D7E-8F90@ios
DTSTAMP:20260201T200000Z
DTSTART:20260204T200000
DTEND:20260204T223000
SUMMARY:Prépa étude de cas Stellantis
DESCRIPTION:- relire le fichier de données (prévisions vs commandes ferme
 s)\n- slides : process S&OP 5 étapes\, KPI (OTD\, forecast accuracy\, cou
 verture stock)\n- chronométrer 30 min\n- réviser l'histoire du PIC chez
  CDD
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="rappel-remerciement",
        uid="reminder-7a8b9c0d@samsung",
        label=neg("thank-you-email-reminder-after-interview"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Samsung Electronics//Calendar//EN
VERSION:2.0
BEGIN:VEVENT
UID:reminder-7a8b9c0d@samsung
DTSTAMP:20260119T150000Z
DTSTART;VALUE=DATE:20260120
DTEND;VALUE=DATE:20260121
SUMMARY:Mail de remerciement Aptiv (Mehdi Lahlou)
DESCRIPTION:envoyer avant midi\, rappeler le point sur le VMI connecteurs
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="visite-medicale",
        uid="clinique-assalam-rdv-2026-0331-4477@dabadoc.com",
        label=neg("pre-employment-medical-check-after-offer"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Dabadoc//Rendez-vous//FR
METHOD:PUBLISH
""" + CASA + r"""BEGIN:VEVENT
UID:clinique-assalam-rdv-2026-0331-4477@dabadoc.com
DTSTAMP:20260324T110000Z
DTSTART;TZID=Africa/Casablanca:20260331T083000
DTEND;TZID=Africa/Casablanca:20260331T093000
SUMMARY:Visite médicale d'embauche – Siemens Gamesa (médecine du travail)
DESCRIPTION:Rendez-vous avec Dr Amina Tber\, médecin du travail.\nMotif :
  visite médicale préalable à l'embauche demandée par l'employeur Sieme
 ns Gamesa Renewable Energy Tanger.\nÀ jeun. Apporter CIN et carnet de vac
 cination.
LOCATION:Clinique Assalam\, Tanger
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="formation-sap",
        uid=("040000008200E00074C5B7101A82E00800000000F0F0E1E1D2D2DC01"
             "000000000000000010000000A5A5B6B6C7C7D8D8E9E9F0F01A1A2B2B"),
        label=neg("internal-sap-training-multi-day"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Formation CDD":mailto:formation@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Akhdim, Mustapha":mailto:m.akhdim@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:Formation key-users migration S/4HANA : MM (acha
 ts\, réceptions)\, PP (MRP Live\, ordres planifiés). Formateur externe (
 intégrateur). Évaluation QCM en fin de session.\n
UID:040000008200E00074C5B7101A82E00800000000F0F0E1E1D2D2DC01000000000000000010000000A5A5B6B6C7C7D8D8E9E9F0F01A1A2B2B
SUMMARY;LANGUAGE=fr-FR:Formation SAP S/4HANA – MM/PP (key users)
DTSTART;TZID=Morocco Standard Time:20260323T090000
DTEND;TZID=Morocco Standard Time:20260325T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CDD-Salle Formation (PC)
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="entretien-voiture",
        uid="B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E",
        label=neg("entretien-means-car-service"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
BEGIN:VEVENT
UID:B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E
DTSTAMP:20260402T190000Z
DTSTART:20260404T090000
DTEND:20260404T110000
SUMMARY:Entretien voiture – vidange 60 000 km
DESCRIPTION:Dacia Logan\, garage Auto Hall route de Tétouan. demander aussi plaquettes + pneus AV
LOCATION:Auto Hall Tanger
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="toeic",
        uid="ets-toeic-lr-2026-0418-tng-5521@etsglobal.org",
        label=neg("language-test-toeic-not-interview"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ETS Global//Test Registration//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ets-toeic-lr-2026-0418-tng-5521@etsglobal.org
DTSTAMP:20260320T101500Z
DTSTART:20260418T080000Z
DTEND:20260418T110000Z
SUMMARY:TOEIC Listening & Reading – session publique
DESCRIPTION:Candidate: EL AMRANI Youssef\nTest center: AMIDEAST Tanger\nPle
 ase arrive 30 minutes before the start with a valid ID (passport or CIN).
  Results available online in 7 days.
LOCATION:AMIDEAST Tanger
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ijtimaa-residence",
        uid="e1d2c3b4a5@android-syndic",
        label=neg("arabic-ijtimaa-residents-association-meeting"),
        eol="lf",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Samsung Electronics//Calendar//EN
VERSION:2.0
BEGIN:VEVENT
UID:e1d2c3b4a5@android-syndic
DTSTAMP:20260425T100000Z
DTSTART:20260503T190000
DTEND:20260503T203000
SUMMARY:اجتماع جمعية السكان – Résidence Al Boughaz
DESCRIPTION:الجمع العام للسانديك: الميزانية\, المصعد\, الحارس. ramener le reçu des charges
LOCATION:Salle du syndic\, Résidence Al Boughaz
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="qbr-client",
        uid=("040000008200E00074C5B7101A82E00800000000ABBA0123CDEFDC01"
             "00000000000000001000000013572468ACE0BDF113572468ACE0BDF1"),
        label=neg("customer-business-review-with-target-employer-domain"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="Tazi, Omar":mailto:omar.tazi@renault.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="El Amrani
 , Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Filali, Hassan":mailto:h.filali@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Benkirane, Souad":mailto:souad.benkirane@renault.com
DESCRIPTION;LANGUAGE=fr-FR:Revue trimestrielle fournisseur – faisceaux ha
 bitacle :\n- OTD / taux de service Q1\n- incidents EDI (DELJIT / DESADV)\n
 - capacité pour la montée en cadence\n- plan de stocks de sécurité Ram
 adan / Aïd\n
UID:040000008200E00074C5B7101A82E00800000000ABBA0123CDEFDC0100000000000000001000000013572468ACE0BDF113572468ACE0BDF1
SUMMARY;LANGUAGE=fr-FR:Revue performance fournisseur Q1 – Câblages du Détroit
DTSTART;TZID=Morocco Standard Time:20260408T140000
DTEND;TZID=Morocco Standard Time:20260408T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260325T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Renault Tanger – Bât. Logistique\, salle Spartel
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="afterwork-ascm",
        uid="meetup-ascm-maroc-308812344@meetup.com",
        label=neg("professional-association-networking-afterwork"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Meetup//Meetup Events v1.0//EN
METHOD:PUBLISH
""" + CASA + r"""BEGIN:VEVENT
UID:meetup-ascm-maroc-308812344@meetup.com
DTSTAMP:20260410T100000Z
DTSTART;TZID=Africa/Casablanca:20260423T183000
DTEND;TZID=Africa/Casablanca:20260423T210000
SUMMARY:ASCM Maroc – Afterwork S&OP : maturité et retours d'expérience
DESCRIPTION:Table ronde avec trois directeurs supply chain (automobile\, ag
 roalimentaire\, distribution) puis networking. Places limitées.\nhttps://
 www.meetup.com/ascm-maroc/events/308812344/
LOCATION:Hilton Garden Inn\, Tanger City Center
ORGANIZER;CN=ASCM Maroc:mailto:info@meetup.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="pic-mensuel",
        uid=("040000008200E00074C5B7101A82E00800000000B2427C26C372FCBF"
             "000000000000000010000000B819152A56AD042DD3C492F2E4EE08F3"),
        label=neg("internal-monthly-sop-meeting-user-presents"),
        ics=OUTLOOK_HEAD_MA + r"""BEGIN:VEVENT
ORGANIZER;CN="El Amrani, Youssef":mailto:y.elamrani@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Filali, Hassan":mailto:h.filali@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Chaoui, Nabil":mailto:n.chaoui@cablages-detroit.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Finance Usine":mailto:finance@cablages-detroit.ma
DESCRIPTION;LANGUAGE=fr-FR:PIC / S&OP mensuel : revue des prévisions clien
 ts (programmes Renault & Stellantis)\, charge/capacité par famille\, stoc
 ks MP\, écarts MRP\, décisions.\n
RRULE:FREQ=MONTHLY;BYDAY=-1TU
UID:040000008200E00074C5B7101A82E00800000000B2427C26C372FCBF000000000000000010000000B819152A56AD042DD3C492F2E4EE08F3
SUMMARY;LANGUAGE=fr-FR:S&OP mensuel (PIC)
DTSTART;TZID=Morocco Standard Time:20260127T140000
DTEND;TZID=Morocco Standard Time:20260127T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260105T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de direction
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="banque",
        uid="cih-rdv-agence-tanger-iberia-20260416@cihbank.ma",
        label=neg("bank-advisor-appointment"),
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CIH Bank//Prise de RDV//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:cih-rdv-agence-tanger-iberia-20260416@cihbank.ma
DTSTAMP:20260410T160000Z
DTSTART:20260416T160000
DTEND:20260416T163000
SUMMARY:Rendez-vous avec votre conseiller CIH Bank
DESCRIPTION:Objet : simulation crédit immobilier.\nMerci de vous munir de
  vos 3 dernières fiches de paie\, attestation de travail et relevés banc
 aires.
LOCATION:Agence CIH Tanger Iberia
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="coaching-cv",
        uid="7q8w9e0r1t2y3u4i5o6pcoachcv@google.com",
        label=neg("career-coach-cv-linkedin-review-paris-tz"),
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260107T190000
DTEND;TZID=Europe/Paris:20260107T200000
DTSTAMP:20260104T120000Z
ORGANIZER;CN=Claire Vasseur – Cadres & Carrières:mailto:claire.vasseur.coach@gmail.com
UID:7q8w9e0r1t2y3u4i5o6pcoachcv@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=yousse
 f.elamrani.scm@gmail.com;X-NUM-GUESTS=0:mailto:youssef.elamrani.scm@gmail.
 com
DESCRIPTION:Séance 2/4 de l'accompagnement : relecture du CV version Franc
 e (format 1 page\, chiffres clés)\, titre et résumé LinkedIn\, ciblage
  des équipementiers en France et en Espagne.\nMeet : https://meet.google.
 com/cvr-link-din
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coaching – CV & LinkedIn (séance 2)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="chasseur-marche",
        uid=("040000008200E00074C5B7101A82E00800000000B706827C776C759A"
             "0000000000000000100000003FF3F8D297CB891F4213DA45EA3BAEF6"),
        label=neg("headhunter-market-chat-no-employer-named"),
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Chraibi, Othmane":mailto:othmane.chraibi@michaelpage.ma
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=youssef.el
 amrani.scm@gmail.com:mailto:youssef.elamrani.scm@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Youssef\,\n\nRavi d'échanger avec vous.
  L'idée est de faire un point sur votre parcours et vos attentes (fonctio
 n\, mobilité Casablanca / Europe\, package) afin de vous positionner sur
  nos futures missions Supply Chain industrie. Aucun poste précis à ce st
 ade.\n\nOthmane Chraibi\nManager – Michael Page Maroc\n
UID:040000008200E00074C5B7101A82E00800000000B706827C776C759A0000000000000000100000003FF3F8D297CB891F4213DA45EA3BAEF6
SUMMARY;LANGUAGE=fr-FR:Michael Page – échange Youssef El Amrani
DTSTART:20260305T170000Z
DTEND:20260305T173000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260302T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
