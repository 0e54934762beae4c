# ruff: noqa: E501
"""holdout173 events, part i: Les Docks, Mirabeau Palace, the sailing club, Cologny, Masséna; seasonal hiring, family, bank."""

EVENTS = [
    {
        "kind": "google-restaurant-gmail",
        "uid": "4ha9m1c6tq3ro8ke0vj5bs2ln7@google.com",
        "label": (1, "Brasserie des Docks", "Chef de cuisine", "",
                  "brasseriedesdocks.marseille@gmail.com", "restaurant-shared-gmail-invite-no-clear-stage"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250324T140000Z
DTEND:20250324T150000Z
DTSTAMP:20250319T114502Z
ORGANIZER;CN=Brasserie des Docks:mailto:brasseriedesdocks.marseille@gmail.com
UID:4ha9m1c6tq3ro8ke0vj5bs2ln7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Brasserie des Docks;X-NUM-GUESTS=0:mailto:brasseriedesdocks.marseille@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Bonjour Yanis\,\nSuite à votre candidature pour la place de chef de cuisine\, Cédric (gérant) vous attend lundi à 15h aux Docks Village\, cour intérieure\, on se pose en terrasse.\nCordialement\nL'équipe de la Brasserie des Docks
LOCATION:Brasserie des Docks\, Les Docks Village\, 10 place de la Joliette\, Marseille
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV candidature chef – Yanis Benali
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-final-gm-aix",
        "uid": "040000008200E00074C5B7101A82E008000000004F8D2A1C60ADDB01000000000000000010000000D2F6B9A3E1C74D0F9B5A8E3C6D1F2A47",
        "label": (1, "Hôtel Mirabeau Palace", "Chef de cuisine", "final",
                  "julien.rossi@mirabeaupalace.com", "outlook-final-with-general-manager-assistant-sent-by"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Rossi, Julien";SENT-BY="mailto:assistante.direction@mirabeaupalace.com":mailto:julien.rossi@mirabeaupalace.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MP Bureau Direction":mailto:mp-bureau-direction@mirabeaupalace.com
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\,\n\nSuite à vos échanges avec notre Chef exécutif et notre DRH\, M. Rossi\, Directeur Général\, souhaite vous rencontrer pour un dernier entretien.\n\nBien cordialement\,\nAssistante de Direction\nHôtel Mirabeau Palace ***** – Aix-en-Provence\n
UID:040000008200E00074C5B7101A82E008000000004F8D2A1C60ADDB01000000000000000010000000D2F6B9A3E1C74D0F9B5A8E3C6D1F2A47
SUMMARY;LANGUAGE=fr-FR:Entretien final M. Benali / M. Rossi
DTSTART;TZID=Romance Standard Time:20250414T143000
DTEND;TZID=Romance Standard Time:20250414T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T083355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:MP Bureau Direction
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "club-nautique-note",
        "uid": "91e6d2b8-3c0f-4a75-b8e1-f4a2c7d05e93",
        "label": (1, "Club Nautique du Roucas", "", "hiring_manager", "M. Tomasi",
                  "hand-typed-club-restaurant-president-meeting"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev62//EN
BEGIN:VEVENT
DTSTAMP:20250203T213045Z
UID:91e6d2b8-3c0f-4a75-b8e1-f4a2c7d05e93
CLASS:PUBLIC
CREATED:20250203T213045Z
DESCRIPTION:entretien pour le poste de chef du resto du club (membres + public le midi)\nM. Tomasi = président\, + la trésorière peut-être\nquestions : saisonnalité\, budget matière\, qui gère les achats\, brigade (2 + plonge)
DTSTART:20250207T160000
DTEND:20250207T170000
LAST-MODIFIED:20250203T213045Z
LOCATION:Club Nautique du Roucas\, Roucas-Blanc
SUMMARY:CN Roucas – M. Tomasi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-zurich-zone-owner",
        "uid": "2cu6n0f4ra8lh3q9tb1ke7mv5s@google.com",
        "label": (1, "Auberge de Cologny", "Chef de cuisine", "hiring_manager",
                  "pa.rochat@auberge-cologny.ch", "google-invite-zurich-zone-swiss-owner"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Zurich
X-LIC-LOCATION:Europe/Zurich
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250515T140000
DTEND;TZID=Europe/Zurich:20250515T150000
DTSTAMP:20250509T075022Z
ORGANIZER;CN=Pierre-Alain Rochat:mailto:pa.rochat@auberge-cologny.ch
UID:2cu6n0f4ra8lh3q9tb1ke7mv5s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pierre-Alain Rochat;X-NUM-GUESTS=0:mailto:pa.rochat@auberge-cologny.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Bonjour Yanis\,\n\nJe vous propose un premier contact en visio pour le poste de chef de cuisine à l'Auberge (terrasse sur le lac\, 55 places\, cuisine du marché genevois). Nous parlerons aussi du permis de travail.\n\nPierre-Alain Rochat\nAubergiste\n\nRejoindre avec Google Meet : https://meet.google.com/tkd-mwrx-puj\nRejoindre par téléphone : (CH) +41 43 210 56 82 PIN : 611 094 127#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Auberge de Cologny – entretien chef de cuisine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-recruiter-nice",
        "uid": "WD-INT-MASSENARIVIERA-0000093310-1@myworkday.com",
        "label": (1, "Hôtel Masséna Riviera", "Chef de Cuisine H/F", "recruiter_screen",
                  "karine.dalmasso@massena-riviera.com", "workday-second-hotel-teams-screen-french"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Calendar 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-MASSENARIVIERA-0000093310-1@myworkday.com
DTSTAMP:20250415T120811Z
DTSTART:20250422T080000Z
DTEND:20250422T083000Z
SUMMARY:Entretien : Chef de Cuisine H/F (JR-2025-0311) - Yanis Benali
DESCRIPTION:Candidat : Yanis Benali\nOffre : JR-2025-0311 Chef de Cuisine H/F – Hôtel Masséna Riviera\, Nice\nType d'entretien : Entretien de présélection (Teams)\nRecruteur : Karine Dalmasso\n\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjE4MmY0%40thread.v2/0\nID de réunion : 318 440 926 571 – Code secret : Hw8Zt5\n\nCette invitation a été envoyée depuis Workday pour le compte de Hôtel Masséna Riviera.
LOCATION:Microsoft Teams
ORGANIZER;CN=Hôtel Masséna Riviera - Talent:mailto:massenariviera@myworkday.com
ATTENDEE;CN=Karine Dalmasso;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:karine.dalmasso@massena-riviera.com
ATTENDEE;CN=Yanis Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yanis.benali13@laposte.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recrutement-saison-recurring",
        "uid": "6lp2a8e0qk4sm1ht9cv3rb7jn5@google.com",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-weekly-seasonal-hiring-slots-with-override"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Le Calanque – cuisine
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250415T150000
DTEND;TZID=Europe/Paris:20250415T170000
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU
DTSTAMP:20250410T093015Z
ORGANIZER;CN=Le Calanque:mailto:resto.lecalanque@gmail.com
UID:6lp2a8e0qk4sm1ht9cv3rb7jn5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julie (salle);X-NUM-GUESTS=0:mailto:julie.lecalanque@gmail.com
DESCRIPTION:Créneaux saisonniers (terrasse été) : Yanis voit les candidats cuisine (commis\, plonge)\, Julie ceux de salle. 15 min chacun\, liste des RDV dans le drive « Saison 2025 ».
LOCATION:Le Calanque – salle du haut
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Recrutement saison – RDV extras
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250430T150000
DTEND;TZID=Europe/Paris:20250430T170000
DTSTAMP:20250410T093015Z
ORGANIZER;CN=Le Calanque:mailto:resto.lecalanque@gmail.com
UID:6lp2a8e0qk4sm1ht9cv3rb7jn5@google.com
RECURRENCE-ID;TZID=Europe/Paris:20250429T150000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=yanis.benali13@laposte.net;X-NUM-GUESTS=0:mailto:yanis.benali13@laposte.net
DESCRIPTION:Décalé au mercredi (mardi 29 : dégustation Sofiane).
LOCATION:Le Calanque – salle du haut
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Recrutement saison – RDV extras
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mission-locale-essai",
        "uid": "2e9c41a7-b5d8-4f03-96ac-7d1e0b3f8a52@missionlocale-marseille.fr",
        "hiring": True,
        "label": (0, "", "", "", "", "user-as-interviewer-youth-counsellor-books-trial-for-applicant"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250324T101200Z
DESCRIPTION:Bonjour Monsieur Benali\,\n\nComme convenu par téléphone\, Yassine K. (19 ans\, suivi dans le cadre du Contrat d'Engagement Jeune) viendra pour une période de mise en situation en milieu professionnel (PMSMP) de 2 jours en plonge / aide-cuisine. Vous serez son tuteur. La convention est à signer par M. Ortiz.\nÀ l'issue\, pourrions-nous faire un point sur une éventuelle embauche en commis ?\n\nCordialement\,\nNadège Lambert\nConseillère – Mission Locale de Marseille\n
DTEND:20250402T130000Z
DTSTAMP:20250324T101200Z
DTSTART:20250401T080000Z
LAST-MODIFIED:20250324T101200Z
LOCATION:Le Calanque
ORGANIZER;CN="Nadège Lambert":mailto:n.lambert@missionlocale-marseille.fr
ATTENDEE;CN="yanis.benali13@laposte.net";RSVP=TRUE:mailto:yanis.benali13@laposte.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:PMSMP Yassine K. – Le Calanque (tuteur : Y. Benali)
TRANSP:OPAQUE
UID:2e9c41a7-b5d8-4f03-96ac-7d1e0b3f8a52@missionlocale-marseille.fr
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rdv-maitresse-ecole",
        "uid": "C3A9E5F1-8B27-4D60-A1E4-7F0B2D6C9E38",
        "label": (0, "", "", "", "", "daughter-teacher-meeting-called-entretien"),
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 17.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C3A9E5F1-8B27-4D60-A1E4-7F0B2D6C9E38
DTSTAMP:20250306T073015Z
DTSTART;TZID=Europe/Paris:20250311T165000
DTEND;TZID=Europe/Paris:20250311T171000
SUMMARY:Entretien maîtresse Lina (Mme Costes)
LOCATION:École élémentaire Chave
DESCRIPTION:bilan 2e trimestre CE1\, lecture. Y aller avec Sonia
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "foot-recurring",
        "uid": "3q8k1r5f0e6hm2bv9ta4nd7sl0@google.com",
        "label": (0, "", "", "", "", "weekly-five-a-side-football"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250113T150000
DTEND;TZID=Europe/Paris:20250113T163000
RRULE:FREQ=WEEKLY;BYDAY=MO
DTSTAMP:20250110T120000Z
UID:3q8k1r5f0e6hm2bv9ta4nd7sl0@google.com
CREATED:20250110T115900Z
DESCRIPTION:Five du lundi avec les gars du quartier. 7€/pers\, Karim réserve le terrain 3.
LOCATION:Urban Soccer La Valentine
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:⚽ Foot à 5
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "rdv-banque",
        "uid": "rdv-ca-alpesprovence-20250320-55109@credit-agricole.fr",
        "label": (0, "", "", "", "", "bank-adviser-appointment"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Credit Agricole//Prise de RDV//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:rdv-ca-alpesprovence-20250320-55109@credit-agricole.fr
DTSTAMP:20250311T094500Z
DTSTART:20250320T090000Z
DTEND:20250320T094500Z
SUMMARY:Rendez-vous avec votre conseiller – Projet immobilier
DESCRIPTION:Votre rendez-vous avec M. Florian Gauthier\, conseiller clientèle\, est confirmé.\nObjet : Projet immobilier – simulation de prêt\nDocuments à apporter : 3 derniers bulletins de salaire\, avis d'imposition 2024\, relevés de comptes.\n\nAgence Marseille Castellane\, 2 place Castellane
LOCATION:Agence Marseille Castellane
ORGANIZER;CN=Crédit Agricole Alpes Provence:mailto:ne-pas-repondre@credit-agricole.fr
ATTENDEE;CN=BENALI YANIS;RSVP=FALSE:mailto:yanis.benali13@laposte.net
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "formation-haccp",
        "uid": "formation-hygiene-2025-01-cci-13-7731",
        "label": (0, "", "", "", "", "food-safety-training-course"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CCI Aix-Marseille-Provence//Formations//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:formation-hygiene-2025-01-cci-13-7731
DTSTAMP:20250106T101000Z
DTSTART;VALUE=DATE:20250120
DTEND;VALUE=DATE:20250122
SUMMARY:Formation Hygiène alimentaire en restauration commerciale (14 h)
DESCRIPTION:Stagiaire : Yanis Benali – Le Calanque\nFormation obligatoire (décret 2011-731) – recyclage.\nHoraires : 9h-12h30 / 13h30-17h\nLieu : CCI Campus\, Marseille\nÉvaluation QCM en fin de session. Attestation remise à l'employeur.
LOCATION:CCI Campus Marseille
END:VEVENT
END:VCALENDAR
""",
    },
]
