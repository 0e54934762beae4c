"""holdout178 events, negatives 2: personal life, trainings, research and other look-alikes."""

from holdout178ev_common import neg

EVENTS = [
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
@TZ_PARIS@
BEGIN:VEVENT
UID:1D5A8C3E-F920-4B71-A6E8-7C0B3D2F9E45
DTSTAMP:20250912T120000Z
DTSTART;TZID=Europe/Paris:20250919T174500
DTEND;TZID=Europe/Paris:20250919T184500
SUMMARY:Notaire - compromis appart
LOCATION:Me Devos\, 15 rue Nationale\, Lille
DESCRIPTION:appart rue de Wazemmes. apporter RIB + pièce d'identité + chèque
  acompte. Condition suspensive prêt !! (et si je pars à Bruxelles ???)
END:VEVENT
END:VCALENDAR
""",
        [neg("1D5A8C3E-F920-4B71-A6E8-7C0B3D2F9E45", "notaire-flat-purchase")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250923T160000Z
DTEND:20250923T164500Z
DTSTAMP:20250916T100000Z
ORGANIZER;CN=Julien Caillaux - Crédit Agricole Nord de France:mailto:julien.
 caillaux@ca-norddefrance.fr
UID:8eu3n0pa5rk7c2lj9tb4fo1hmq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Rendez-vous pour votre projet immobilier : étude de financement.
  Merci d'apporter vos 3 derniers bulletins de salaire et votre contrat de t
 ravail.
LOCATION:Agence Lille Wazemmes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV conseiller - prêt immobilier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("8eu3n0pa5rk7c2lj9tb4fo1hmq@google.com", "bank-mortgage-appointment")],
    ),
    (
        "all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9A2E7B41-C6D3-4F85-B0A9-E1F4C8D27356
DTSTAMP:20250901T090000Z
DTSTART;VALUE=DATE:20251012
DTEND;VALUE=DATE:20251013
SUMMARY:Baptême Louise 👶
LOCATION:Église Saint-Martin\, Esquermes
DESCRIPTION:11h messe\, puis repas chez Clémence et Antoine. Je suis marrai
 ne -> dragées + cadeau (gourmette).
END:VEVENT
END:VCALENDAR
""",
        [neg("9A2E7B41-C6D3-4F85-B0A9-E1F4C8D27356", "family-baptism-all-day")],
    ),
    (
        "recurring",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Perso
X-WR-TIMEZONE:Europe/Paris
@TZ_PARIS@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250908T190000
DTEND;TZID=Europe/Paris:20250908T203000
RRULE:FREQ=WEEKLY;BYDAY=MO
EXDATE;TZID=Europe/Paris:20251027T190000
DTSTAMP:20250901T080000Z
UID:3ta8gj1m6ov0bq4c9rk2e5dlnh@google.com
DESCRIPTION:Galop 6 - cheval : Quartz ou Ulysse
LOCATION:Centre équestre de Lambersart
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Équitation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("3ta8gj1m6ov0bq4c9rk2e5dlnh@google.com", "weekly-horse-riding-with-exdate")],
    ),
    (
        "all-day",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Formation VetiNord":mailto:formation@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Formation continue (DPC) : échographie abdominale
  niveau 2 - 2 jours\, pratique sur chiens et chats. Prise en charge VetiNor
 d. Ne pas oublier l'attestation de présence.\n
UID:040000008200E00074C5B7101A82E00800000000ECE0A1B2C3D4DC01000000000000000010
 000000ECE0ECE0ECE0ECE0ECE0ECE0ECE0ECE0
SUMMARY;LANGUAGE=fr-FR:Formation écho abdo N2
DTSTART;VALUE=DATE:20251113
DTEND;VALUE=DATE:20251115
DTSTAMP:20250905T080000Z
CLASS:PUBLIC
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:ENVA - Maisons-Alfort
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000ECE0A1B2C3D4DC01000000000000000010"
             "000000ECE0ECE0ECE0ECE0ECE0ECE0ECE0ECE0", "two-day-continuing-education")],
    ),
    (
        "outlook-recurring",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Marchand, Olivier":mailto:o.marchand@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vasseur, Élodie":mailto:
 e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lefort, Karine":mailto:k
 .lefort@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hoarau, Jessica":mailto:
 j.hoarau@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Réunion d'équipe Lille Centre : planning\, cas c
 omplexes\, protocoles\, points RH.\n
UID:040000008200E00074C5B7101A82E00800000000EE11EE22EE33DC01000000000000000010
 000000EEEE1111EEEE2222EEEE3333EEEE4444
SUMMARY;LANGUAGE=fr-FR:Réunion d'équipe LC
DTSTART;TZID=Romance Standard Time:20250904T133000
DTEND;TZID=Romance Standard Time:20250904T143000
RRULE:FREQ=MONTHLY;BYDAY=1TH
DTSTAMP:20250825T080000Z
CLASS:PUBLIC
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Clinique Lille Centre - salle de pause
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Marchand, Olivier":mailto:o.marchand@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vasseur, Élodie":mailto:
 e.vasseur@vetinord.fr
UID:040000008200E00074C5B7101A82E00800000000EE11EE22EE33DC01000000000000000010
 000000EEEE1111EEEE2222EEEE3333EEEE4444
RECURRENCE-ID;TZID=Romance Standard Time:20251106T133000
SUMMARY;LANGUAGE=fr-FR:Réunion d'équipe LC + présentation nouvelle ASV
DESCRIPTION;LANGUAGE=fr-FR:Ce mois-ci : accueil de Julie Caron (ASV)\, arri
 vée le 3/11.\n
DTSTART;TZID=Romance Standard Time:20251106T130000
DTEND;TZID=Romance Standard Time:20251106T143000
DTSTAMP:20251029T080000Z
SEQUENCE:1
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:Clinique Lille Centre - salle de pause
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000EE11EE22EE33DC01000000000000000010"
             "000000EEEE1111EEEE2222EEEE3333EEEE4444", "monthly-staff-meeting-with-override")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251014T180000Z
DTEND:20251014T190000Z
DTSTAMP:20251007T120000Z
ORGANIZER;CN=Pauline Lecoq:mailto:pauline.lecoq@vetagro-sup.fr
UID:6ns1f4qd8kb0h7mt3la9e2vrcj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Bonjour\,\n\nMerci d'avoir accepté de participer à mon étude (th
 èse d'exercice) sur l'épuisement professionnel et les trajectoires de carr
 ière des vétérinaires canins. Entretien semi-directif d'environ 1 h\, enre
 gistré et anonymisé.\n\nZoom : https://vetagro-sup.zoom.us/j/91204556231\n
 \nPauline Lecoq\, doctorante
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien thèse - épuisement professionnel des vétérinaires
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("6ns1f4qd8kb0h7mt3la9e2vrcj@google.com", "research-interview-thesis-participant")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251105T180000Z
DTEND:20251105T193000Z
DTSTAMP:20251020T100000Z
ORGANIZER;CN=Les Vétos Parlent:mailto:podcast@lesvetosparlent.fr
UID:1gc9ra4ml7d2vo5sj0h8knt3be@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Enregistrement de l'épisode « Morsures : ce que les vétos voien
 t » - format interview 45 min\, puis questions auditeurs. Lien Riverside : h
 ttps://riverside.fm/studio/les-vetos-parlent\nCasque conseillé.
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Enregistrement podcast - Les Vétos Parlent (invitée : Dr Vasseur)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("1gc9ra4ml7d2vo5sj0h8knt3be@google.com", "podcast-guest-interview")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_BRUSSELS@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Madame\,\n\nSuite à votre demande d'inscription au tableau de l'
 Ordre (diplôme français - reconnaissance UE)\, vous êtes invitée à un entre
 tien au secrétariat du Conseil régional francophone. Munissez-vous de l'or
 iginal de votre diplôme\, d'un extrait de casier judiciaire et de votre at
 testation d'inscription à l'Ordre français.\n\nSecrétariat - Ordre des Méde
 cins Vétérinaires\n
DTEND;TZID=Europe/Brussels:20251212T103000
DTSTAMP:20251201T090000Z
DTSTART;TZID=Europe/Brussels:20251212T100000
LOCATION:Ordre des Médecins Vétérinaires\, Avenue Brugmann 12\, 1060 Bruxelles
ORGANIZER;CN="Secrétariat CRF":mailto:secretariat.crf@ordreveterinaires.be
ATTENDEE;CN="elodie.vasseur.veto@orange.fr";RSVP=TRUE:mailto:elodie.vasseur.v
 eto@orange.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-be:Entretien d'inscription - Dr Vasseur
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000BE12BE34BE56DC01000000000000000010
 000000BE0BE0BE0BE0BE0BE0BE0BE0BE0BE0BE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000BE12BE34BE56DC01000000000000000010"
             "000000BE0BE0BE0BE0BE0BE0BE0BE0BE0BE0BE",
             "professional-order-registration-entretien")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5F8B2D6A-09C4-4E17-B3F0-A7D1E9C52B84
DTSTAMP:20251027T220000Z
DTSTART:20251102T110000
DTEND:20251102T120000
SUMMARY:Sarah - entraînement entretien EN (final RC)
DESCRIPTION:elle joue le directeur. "tell me about yourself"\, conflit avec
  un client\, pourquoi quitter la clinique. Visio WhatsApp.
END:VEVENT
END:VCALENDAR
""",
        [neg("5F8B2D6A-09C4-4E17-B3F0-A7D1E9C52B84", "mock-interview-with-friend-english")],
    ),
    (
        "all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250926
DTEND;VALUE=DATE:20250927
DTSTAMP:20250915T200000Z
UID:9sk4c1ah6pm0q3tf8jv2dbr7eo@google.com
DESCRIPTION:Offre VetCarrières réf. VC-88214 - clôture des candidatures ce
  soir minuit. CV + lettre adaptée.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DEADLINE candidature CHV Languedoc
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        [neg("9sk4c1ah6pm0q3tf8jv2dbr7eo@google.com", "application-deadline-all-day")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251127T130000Z
DTEND:20251127T160000Z
DTSTAMP:20251103T090000Z
ORGANIZER;CN=Collège Carnot - Vie scolaire:mailto:ce.0590112x@ac-lille.fr
UID:2dq7o4hn9b1lk6ae3ct0fvr8ms@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Forum des métiers des 3e : merci d'avoir accepté de présenter l
 e métier de vétérinaire. Les élèves passent par groupes de 8 et vous posent
  leurs questions (entretiens de 15 min).
LOCATION:Collège Carnot\, Lille - gymnase
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forum des métiers - intervention vétérinaire
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("2dq7o4hn9b1lk6ae3ct0fvr8ms@google.com", "school-careers-forum-user-presents")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Vandenberghe, Alexis":mailto:a.vandenberghe@vetalys.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Présentation du nouveau bilan gériatrique félin
  et des délais de ramassage sur Lille. Proposition tarifaire VetiNord 2026.
 \nAlexis Vandenberghe\, responsable commercial Nord - Vetalys Laboratoires\n
UID:040000008200E00074C5B7101A82E00800000000CAFE0123BEEFDC01000000000000000010
 000000CAFE0123BEEF4567CAFE0123BEEF4567
SUMMARY;LANGUAGE=fr-FR:Vetalys - présentation bilans + tarifs 2026
DTSTART;TZID=Romance Standard Time:20251204T130000
DTEND;TZID=Romance Standard Time:20251204T133000
DTSTAMP:20251124T080000Z
CLASS:PUBLIC
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Clinique Lille Centre
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000CAFE0123BEEFDC01000000000000000010"
             "000000CAFE0123BEEF4567CAFE0123BEEF4567", "lab-sales-rep-from-company-she-applies-to")],
    ),
    (
        "airline",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Vueling Airlines//Booking//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:VY8841-20251107-QK7LM2
DTSTAMP:20251024T110000Z
DTSTART:20251107T121500Z
DTEND:20251107T140500Z
SUMMARY:Vuelo VY8841 Lille (LIL) - Barcelona (BCN)
DESCRIPTION:Localizador: QK7LM2\nPasajero: VASSEUR/ELODIE MRS\nEquipaje de m
 ano incluido. Facturación online 7 días antes.
LOCATION:Aéroport de Lille-Lesquin
END:VEVENT
END:VCALENDAR
""",
        [neg("VY8841-20251107-QK7LM2", "flight-to-trial-shift-city")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Vasseur, Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Chloé Martin
 :mailto:chloe.martin@etu.vet-alfort.fr
DESCRIPTION;LANGUAGE=fr-FR:Bilan de fin de stage (8 semaines) : grille de l'
 école à remplir ensemble\, points forts / axes de progrès\, appréciation gl
 obale. Envoi à l'ENVA avant le 19.\n
UID:040000008200E00074C5B7101A82E008000000005E5E5E5E6F6FDC01000000000000000010
 0000005E5E5E5E6F6F7A7A5E5E5E5E6F6F7A7A
SUMMARY;LANGUAGE=fr-FR:Évaluation fin de stage - Chloé (A4)
DTSTART;TZID=Romance Standard Time:20251217T173000
DTEND;TZID=Romance Standard Time:20251217T181500
DTSTAMP:20251210T080000Z
CLASS:PUBLIC
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau RDC
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E008000000005E5E5E5E6F6FDC01000000000000000010"
             "0000005E5E5E5E6F6F7A7A5E5E5E5E6F6F7A7A", "end-of-internship-evaluation-by-tutor")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:e1b4d7a0-93c6-4f2e-8b15-7a0c3e9d6f48
DTSTAMP:20251028T190000Z
DTSTART:20251105T080000
DTEND:20251105T100000
SUMMARY:Entretien chaudière (Engie)
DESCRIPTION:technicien entre 8h et 10h. Demander à Mme Roussel (voisine) d'o
 uvrir si je suis en consult
END:VEVENT
END:VCALENDAR
""",
        [neg("e1b4d7a0-93c6-4f2e-8b15-7a0c3e9d6f48", "boiler-maintenance-entretien")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@TZ_BRUSSELS@
BEGIN:VEVENT
UID:7E3A0F52-B8D1-4C64-9A27-D5C0E8B31F96
DTSTAMP:20251010T080000Z
DTSTART;TZID=Europe/Brussels:20251017T170000
DTEND;TZID=Europe/Brussels:20251017T174500
SUMMARY:Visite appart Ixelles (Immoweb)
LOCATION:Rue du Bailli 48\, Ixelles
DESCRIPTION:agence Trevi - M. Claessens GSM 0486 21 90 33. 2 ch\, 1150€ + c
 harges. après AniCura Uccle
END:VEVENT
END:VCALENDAR
""",
        [neg("7E3A0F52-B8D1-4C64-9A27-D5C0E8B31F96", "flat-visit-in-target-city")],
    ),
]
