"""holdout206 events, part j: more negatives (personal life, work routine, look-alikes)."""

from holdout206ev_tz import PARIS_GOOGLE, ROMANCE

EVENTS = [
    {
        "kind": "visite-medicale",
        "uid": "sstrn-convocation-2025-118842",
        "is_interview": 0,
        "trap": "pre-employment-medical-after-offer",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SSTRN//Convocations//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:sstrn-convocation-2025-118842
DTSTAMP:20250602T080000Z
DTSTART;TZID=Europe/Paris:20250616T084500
DTEND;TZID=Europe/Paris:20250616T093000
SUMMARY:Visite d'information et de prévention à l'embauche
DESCRIPTION:Convocation - Service de Santé au Travail de la Région Nantai
 se\nSalarié : LE GOFF Guillaume\nEmployeur : GROUPE ATLANTIC (Orvault)\nP
 oste : Responsable Grands Comptes\nMerci de vous munir de votre carnet de
  vaccination et de vos lunettes/lentilles le cas échéant.
LOCATION:SSTRN\, 2 rue Linné\, 44100 Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "apec-conseil",
        "uid": "apec-rdv-conseil-20250122-LEGOFF",
        "is_interview": 0,
        "trap": "apec-career-advice-entretien",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apec//Rendez-vous//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:apec-rdv-conseil-20250122-LEGOFF
DTSTAMP:20250115T140000Z
DTSTART;TZID=Europe/Paris:20250122T120000
DTEND;TZID=Europe/Paris:20250122T130000
SUMMARY:Entretien conseil Apec - Faire le point sur son projet professionn
 el
DESCRIPTION:Bonjour Guillaume\,\nVotre entretien avec Nadia Cherif\, consu
 ltante Apec\, aura lieu par téléphone. Objectif : clarifier votre projet
  (KAM / direction commerciale) et votre stratégie de recherche.\nCe servic
 e est gratuit pour les cadres.
ORGANIZER;CN=Apec:mailto:ne-pas-repondre@apec.fr
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Téléphone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-professionnel",
        "uid": (
            "040000008200E00074C5B7101A82E008000000006070809000B0DB0"
            "100000000000000001000000066778899001122AABBCCDDEEFF5566"
        ),
        "is_interview": 0,
        "trap": "own-entretien-professionnel-six-year-review",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="MENARD Karine":mailto:k.menard@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Guillaume\,\n\nDans le cadre de l'entre
 tien professionnel obligatoire (état des lieux récapitulatif à 6 ans)\, j
 e te propose ce créneau. On parlera formations suivies\, certifications\,
  évolutions salariales et souhaits de mobilité. Support en PJ.\n\nKarine
 \n
UID:040000008200E00074C5B7101A82E008000000006070809000B0DB0100000000000000
 001000000066778899001122AABBCCDDEEFF5566
SUMMARY;LANGUAGE=fr-FR:Entretien professionnel (bilan 6 ans) - G. LE GOFF
DTSTART;TZID=Romance Standard Time:20250212T150000
DTEND;TZID=Romance Standard Time:20250212T160000
DTSTAMP:20250203T101000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau RH
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "point-hebdo",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000708090A0B0C0DB0"
            "100000000000000001000000077889900112233AABBCCDDEEFF6677"
        ),
        "is_interview": 0,
        "trap": "weekly-sales-meeting-recurring-with-override",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="OLIVIER Bertrand":mailto:b.olivier@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="LE GOFF Guil
 laume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GUERIN Yann"
 :mailto:y.guerin@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="LAINE Fanny"
 :mailto:f.laine@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Point hebdo équipe commerciale Ouest : pipe CR
 M\, offres en cours > 20 k€\, prévisions de prise de commande\, planning
  salons.\n
RRULE:FREQ=WEEKLY;BYDAY=MO
UID:040000008200E00074C5B7101A82E00800000000708090A0B0C0DB0100000000000000
 001000000077889900112233AABBCCDDEEFF6677
SUMMARY;LANGUAGE=fr-FR:Point hebdo commerce Ouest
DTSTART;TZID=Romance Standard Time:20250106T083000
DTEND;TZID=Romance Standard Time:20250106T093000
DTSTAMP:20241220T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:NTE - Salle Loire (12p)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="OLIVIER Bertrand":mailto:b.olivier@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="LE GOFF Guil
 laume":mailto:g.legoff@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Décalé au mardi (lundi de Pâques). En visio\,
  la moitié de l'équipe est en clientèle.\n
RECURRENCE-ID;TZID=Romance Standard Time:20250421T083000
UID:040000008200E00074C5B7101A82E00800000000708090A0B0C0DB0100000000000000
 001000000077889900112233AABBCCDDEEFF6677
SUMMARY;LANGUAGE=fr-FR:Point hebdo commerce Ouest (mardi - Teams)
DTSTART;TZID=Romance Standard Time:20250422T083000
DTEND;TZID=Romance Standard Time:20250422T091500
DTSTAMP:20250414T162000Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "formation-negociation",
        "uid": "cegos-session-NEG-GC-2025-0514-nantes-0031",
        "is_interview": 0,
        "trap": "sales-training-two-days",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cegos//Convocation formation//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:cegos-session-NEG-GC-2025-0514-nantes-0031
DTSTAMP:20250422T090000Z
DTSTART;VALUE=DATE:20250514
DTEND;VALUE=DATE:20250516
SUMMARY:Formation Cegos : Négocier avec les grands comptes (2 jours)
DESCRIPTION:Convocation - Session inter-entreprises\nStagiaire : Guillaume
  LE GOFF (HYDROLYS SAS)\nHoraires : 9h00-17h30\nAu programme : prépara
 tion de la négociation\, jeux de rôle acheteur/vendeur filmés\, gestion
  des objections prix.\nLieu : Centre Cegos Nantes\, 1 rue Racine
LOCATION:Centre Cegos Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visite-usine-client",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000080A0B0C0D0E0DB0"
            "100000000000000001000000088990011223344AABBCCDDEEFF7788"
        ),
        "is_interview": 0,
        "trap": "customer-plant-visit-with-buyer",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="LE GOFF Guillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stéphane Morin
 :mailto:stephane.morin@lactalis.fr
DESCRIPTION;LANGUAGE=fr-FR:Visite site Lactalis Vitré avec le responsable
  achats et le service maintenance : audit pompes NEP ligne 3\, proposition
  de remplacement par pompes hygiéniques HX-40. EPI obligatoires.\n
UID:040000008200E00074C5B7101A82E0080000000080A0B0C0D0E0DB0100000000000000
 001000000088990011223344AABBCCDDEEFF7788
SUMMARY;LANGUAGE=fr-FR:Visite Lactalis Vitré - audit NEP L3
DTSTART;TZID=Romance Standard Time:20250226T090000
DTEND;TZID=Romance Standard Time:20250226T123000
DTSTAMP:20250217T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Lactalis\, Vitré (35)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "audition-marche",
        "uid": (
            "040000008200E00074C5B7101A82E0080000000090B0C0D0E0F0DB0"
            "100000000000000001000000099001122334455AABBCCDDEEFF8899"
        ),
        "is_interview": 0,
        "trap": "tender-audition-user-firm-is-candidate",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="OLIVIER Bertrand":mailto:b.olivier@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LE GOFF G
 uillaume":mailto:g.legoff@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GUERIN Yann"
 :mailto:y.guerin@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Nantes Métropole nous a retenus pour l'auditio
 n des candidats (marché 2025-014 : fourniture et maintenance de pompes de
  relevage). 20 min de présentation + 25 min de questions du jury. Guillaum
 e : partie technique et planning d'intervention.\n
UID:040000008200E00074C5B7101A82E0080000000090B0C0D0E0F0DB0100000000000000
 001000000099001122334455AABBCCDDEEFF8899
SUMMARY;LANGUAGE=fr-FR:Audition candidats - marché pompes de relevage Nant
 es Métropole
DTSTART;TZID=Romance Standard Time:20250506T140000
DTEND;TZID=Romance Standard Time:20250506T150000
DTSTAMP:20250428T110000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Nantes Métropole\, 2 cours du Champ de Mars
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "parents-profs",
        "uid": "pronote-rdv-2025-01-30-legoff-mael",
        "is_interview": 0,
        "trap": "school-parent-teacher-meeting",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Index Education//PRONOTE//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:pronote-rdv-2025-01-30-legoff-mael
DTSTAMP:20250120T070000Z
DTSTART;TZID=Europe/Paris:20250130T181000
DTEND;TZID=Europe/Paris:20250130T182000
SUMMARY:Rencontre parents-professeurs - 6e B
DESCRIPTION:Rendez-vous avec Mme Durand (professeur principal - Mathémati
 ques)\nÉlève : LE GOFF Maël\nCollège Chantenay - Salle 112
LOCATION:Collège Chantenay\, Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "banque",
        "uid": "0c2e4g6i8k0m2o4q6s8u0w2y4a@google.com",
        "is_interview": 0,
        "trap": "bank-advisor-appointment",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250308T100000
DTEND;TZID=Europe/Paris:20250308T110000
DTSTAMP:20250301T090000Z
UID:0c2e4g6i8k0m2o4q6s8u0w2y4a@google.com
CREATED:20250301T090000Z
DESCRIPTION:Mme Gautron - renégo prêt immo + simulation si changement de
  boulot (période d'essai ??). Apporter 3 derniers bulletins + avis d'impôt
LAST-MODIFIED:20250301T090000Z
LOCATION:Crédit Mutuel\, place Graslin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV banque Crédit Mutuel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "medecin",
        "uid": "doctolib-appointment-49101733-mg",
        "is_interview": 0,
        "trap": "personal-gp-doctolib",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-49101733-mg
DTSTAMP:20250402T070000Z
DTSTART:20250404T071500Z
DTEND:20250404T073000Z
SUMMARY:RDV Médecin généraliste - Dr Anne Le Bihan
DESCRIPTION:Rendez-vous Doctolib\nMotif : Consultation de suivi\nAdresse :
  22 rue Paul Bellamy\, 44000 Nantes
LOCATION:22 rue Paul Bellamy\, 44000 Nantes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "expert-call",
        "uid": "glg-consultation-C-7731904@glgroup.com",
        "is_interview": 0,
        "trap": "expert-network-paid-research-call",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GLG//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:glg-consultation-C-7731904@glgroup.com
DTSTAMP:20250312T171000Z
DTSTART:20250318T170000Z
DTEND:20250318T180000Z
SUMMARY:GLG Phone Consultation - Industrial pumps aftermarket in France
DESCRIPTION:Dear Guillaume\,\n\nThank you for agreeing to this 60-minute c
 onsultation with a GLG client (investment firm) on the industrial pumps a
 ftermarket in France. Please do not share any confidential information a
 bout your current employer.\n\nDial-in: +33 1 76 75 00 21  Passcode: 77319
 04#\nHonorarium: 350 EUR\n\nGLG Project Team
ORGANIZER;CN=GLG Scheduling:mailto:scheduling@glgroup.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Phone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "user-research",
        "uid": "userinterviews-session-5c8f2d1a@userinterviews.com",
        "is_interview": 0,
        "trap": "user-research-interview-crm",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-session-5c8f2d1a@userinterviews.com
DTSTAMP:20250410T083000Z
DTSTART:20250416T110000Z
DTEND:20250416T114500Z
SUMMARY:Entretien utilisateur - logiciel CRM pour commerciaux terrain
DESCRIPTION:Bonjour Guillaume\,\nMerci de participer à notre étude ! Vous
  échangerez 45 min en visio avec Léa (UX researcher) sur votre usage du
  CRM en mobilité. Incentive : carte cadeau 60 €.\nZoom : https://us06web.z
 oom.us/j/83312090044
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-chaudiere",
        "uid": "proxiserve-intervention-2025-0225-88310",
        "is_interview": 0,
        "trap": "boiler-maintenance-entretien-wording",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proxiserve//Intervention//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:proxiserve-intervention-2025-0225-88310
DTSTAMP:20250214T120000Z
DTSTART;TZID=Europe/Paris:20250225T080000
DTEND;TZID=Europe/Paris:20250225T120000
SUMMARY:Entretien annuel chaudière - Proxiserve
DESCRIPTION:Votre technicien passera entre 8h et 12h pour l'entretien ann
 uel obligatoire de votre chaudière gaz. Merci de laisser l'accès libre.
LOCATION:Domicile
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "revision-voiture",
        "uid": "A9B8C7D6-E5F4-4321-9ABC-DEF012345678",
        "is_interview": 0,
        "trap": "car-service-entretien-typed",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
BEGIN:VEVENT
UID:A9B8C7D6-E5F4-4321-9ABC-DEF012345678
DTSTAMP:20250506T180000Z
DTSTART:20250510T083000
DTEND:20250510T093000
SUMMARY:Entretien 5008 garage Peugeot Rezé (vidange + plaquettes)
DESCRIPTION:voiture de fonction -> voir si Hydrolys prend en charge
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "pot-depart",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000A0C0D0E0F001DB01"
            "000000000000000010000000AA0011223344BBCCDDEEFF5566778899"
        ),
        "is_interview": 0,
        "trap": "colleague-leaving-drinks",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="LAINE Fanny":mailto:f.laine@hydrolys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Commerce
  Ouest":mailto:commerce.ouest@hydrolys.fr
DESCRIPTION;LANGUAGE=fr-FR:Hervé nous quitte après 22 ans chez Hydrolys p
 our une retraite bien méritée ! Cagnotte chez Fanny.\n
UID:040000008200E00074C5B7101A82E00800000000A0C0D0E0F001DB0100000000000000
 0010000000AA0011223344BBCCDDEEFF5566778899
SUMMARY;LANGUAGE=fr-FR:Pot de départ Hervé
DTSTART;TZID=Romance Standard Time:20250530T170000
DTEND;TZID=Romance Standard Time:20250530T190000
DTSTAMP:20250519T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Cafétéria
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "uid": "riverside-recording-vendre-industrie-ep42",
        "is_interview": 0,
        "trap": "podcast-guest-recording",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Riverside//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-recording-vendre-industrie-ep42
DTSTAMP:20250415T100000Z
DTSTART;TZID=Europe/Paris:20250424T190000
DTEND;TZID=Europe/Paris:20250424T200000
SUMMARY:Enregistrement podcast « Vendre l'industrie » - ép. 42 avec Guill
 aume Le Goff
DESCRIPTION:Salut Guillaume\,\nMerci d'avoir accepté l'invitation ! On ent
 registre l'épisode sur la vente de pompes aux collectivités (appels d'off
 res\, cycles longs). Format interview\, ~45 min. Casque conseillé.\nStudio
  : https://riverside.fm/studio/vendre-l-industrie\nRomain
ORGANIZER;CN=Romain Gicquel:mailto:romain@vendrelindustrie.fr
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Riverside.fm
END:VEVENT
END:VCALENDAR
""",
    },
]
