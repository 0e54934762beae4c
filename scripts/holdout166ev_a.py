"""holdout166 events, part A: multi-round processes (Alpinéa, Maison Verdier, Lemanis). CC0 1.0.

Each entry: kind, raw iCalendar text, label rows
(uid, is_interview, company, role, stage, interviewers, trap).
"""

EVENTS = [
    {
        "kind": "teamtailor-phone",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:tt-interview-5f3c91a2-7d44-4b1e-9a0f-alpinea-28841@teamtailor.com
DTSTAMP:20250908T071502Z
DTSTART;TZID=Europe/Paris:20250911T123000
DTEND;TZID=Europe/Paris:20250911T130000
SUMMARY:Entretien téléphonique - Responsable Réseau Retail France - Alpinéa
DESCRIPTION:Bonjour Sandrine\,\n\nMerci pour votre candidature au poste de
  Responsable Réseau Retail France chez Alpinéa.\nCamille vous appellera au
  06 71 ** ** 58 (numéro indiqué dans votre candidature).\nDurée : 30 minut
 es environ.\n\nÀ bientôt\,\nL'équipe Talents Alpinéa\n\nRépondre / Modifie
 r le créneau : https://alpinea.teamtailor.com/candidate/interviews/28841
LOCATION:Téléphone
ORGANIZER;CN=Camille Rey:mailto:camille.rey@alpinea.fr
ATTENDEE;CN=Camille Rey;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:camil
 le.rey@alpinea.fr
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:sandrine.morel69@free.fr
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("tt-interview-5f3c91a2-7d44-4b1e-9a0f-alpinea-28841@teamtailor.com", 1, "Alpinéa",
                    "Responsable Réseau Retail France", "recruiter_screen", "camille.rey@alpinea.fr",
                    "teamtailor-phone-screen-outdoor-brand")],
    },
    {
        "kind": "outlook-teams",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Jacquier, Olivier":mailto:olivier.jacquier@alpinea.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.m
 orel69@free.fr:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Berthet,
  Margaux":mailto:margaux.berthet@alpinea.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Sandrine\,\n\nComme convenu avec Camille
 \, je vous propose un entretien opérationnel d'une heure avec Margaux (Hea
 d of Retail Ops) et moi-même. Nous parlerons de votre parcours chez Sporti
 va\, de la gestion d'un réseau de 14 boutiques et de nos enjeux saison hiv
 er.\n\nBien à vous\,\nOlivier Jacquier\nDirecteur Retail – Alpinéa\n\n___
 _____________________________________________________________________\nRéu
 nion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application m
 obile ou votre appareil de salle\nCliquez ici pour rejoindre la réunion <h
 ttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE4YjM0>\nID de réu
 nion : 341 228 907 115\nCode secret : Xb7qP2\n__________________________
 ______________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A0B7C3E41F25DC01000000000000000
 0100000004D1E7A2B0C9F3E4FA1D2C3B4A5968778
SUMMARY;LANGUAGE=fr-FR:Alpinéa – entretien opérationnel (Directeur Retail
  / Head of Retail Ops)
DTSTART;TZID=Romance Standard Time:20250919T090000
DTEND;TZID=Romance Standard Time:20250919T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T153012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000A0B7C3E41F25DC010000000000000000100000004D1E7A2B0C9F3E4FA1D2C3B4A5968778",  # noqa: E501
                    1, "Alpinéa", "", "hiring_manager",
                    "olivier.jacquier@alpinea.fr;margaux.berthet@alpinea.fr",
                    "outlook-entretien-operationnel-two-managers")],
    },
    {
        "kind": "gcal-immersion",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251002T070000Z
DTEND:20251002T153000Z
DTSTAMP:20250923T091144Z
ORGANIZER;CN=Olivier Jacquier:mailto:olivier.jacquier@alpinea.fr
UID:3q0b7m2kfh1n8r6t4d5s9vlc0a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Olivier Jacquier;X-NUM-GUESTS=0:mailto:olivier.jacquier@alpinea.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.morel69@free.fr;X-NUM-GUESTS=0:mailto:sandrine.morel69@fr
 ee.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucie Perrin;X-NUM-GUESTS=0:mailto:lucie.perrin@alpinea.fr
CREATED:20250923T091002Z
DESCRIPTION:Programme de la journée :\n9h00 accueil au siège (Seynod) - caf
 é avec l'équipe retail\n10h00 visite magasin Annecy Centre avec Lucie (resp
 onsable boutique)\, observation ouverture\, échange équipe\n12h30 déjeuner
 \n14h00 restitution : vos observations et 3 pistes d'amélioration (pas de s
 upport formel demandé)\n16h30 fin\n\nPrévoir des chaussures confortables
  :)\nOlivier
LAST-MODIFIED:20250923T091144Z
LOCATION:Alpinéa\, 12 avenue du Pré Félin\, 74940 Annecy
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée immersion Alpinéa – Sandrine Morel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("3q0b7m2kfh1n8r6t4d5s9vlc0a@google.com", 1, "Alpinéa", "", "onsite",
                    "olivier.jacquier@alpinea.fr;lucie.perrin@alpinea.fr",
                    "gcal-immersion-day-store-visit-candidate")],
    },
    {
        "kind": "phone-typed",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251008T184512Z
DTEND:20251014T160000
DTSTAMP:20251008T184540Z
DTSTART:20251014T143000
LAST-MODIFIED:20251008T184540Z
LOCATION:Seynod
SEQUENCE:0
SUMMARY:Alpinéa final avec PDG (F. Duret) !!
DESCRIPTION:siège\, pas la boutique. 1h15 de route\, partir 12h45 max. Pren
 dre chiffres réseau + idées immersion. poser q° variable/voiture de fonc
 tion
UID:8C1B2F4A-6E0D-4B39-9F57-2A1C0E4D7B61
END:VEVENT
END:VCALENDAR
""",
        "labels": [("8C1B2F4A-6E0D-4B39-9F57-2A1C0E4D7B61", 1, "Alpinéa", "", "final", "F. Duret",
                    "phone-typed-final-floating-ceo")],
    },
    {
        "kind": "workday-rh",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-MVC-R-2025-0412-CAND-118834-1
DTSTAMP:20250915T120407Z
DTSTART:20250918T080000Z
DTEND:20250918T084500Z
SUMMARY:Entretien RH - Responsable Régionale Boutiques Sud-Est (R-2025-0412
 )
DESCRIPTION:Bonjour Sandrine\,\n\nVotre entretien avec Inès Haddad\, Chargé
 e de recrutement\, est confirmé.\n\nPoste : Responsable Régionale Boutique
 s Sud-Est (R-2025-0412)\nFormat : visio Microsoft Teams (lien envoyé par I
 nès)\n\nPour toute modification\, merci de passer par votre espace candida
 t : https://maisonverdier.wd3.myworkdayjobs.com/fr-FR/Carrieres\n\nMaison V
 erdier Cosmétiques – Talent Acquisition\nCe message a été généré automat
 iquement\, merci de ne pas y répondre.
LOCATION:Microsoft Teams
ORGANIZER;CN=Maison Verdier Recrutement:mailto:maisonverdier@myworkday.com
ATTENDEE;CN=Inès Haddad;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ines.
 haddad@maison-verdier.com
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("WD-INTERVIEW-MVC-R-2025-0412-CAND-118834-1", 1, "Maison Verdier",
                    "Responsable Régionale Boutiques Sud-Est", "recruiter_screen",
                    "ines.haddad@maison-verdier.com", "workday-utc-entretien-rh-cosmetics")],
    },
    {
        "kind": "assessment-centre",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
@@TZ_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN=sandrine.morel69@free.fr;RSVP=TRUE:mailto:sandrine.morel69@free
 .fr
ATTENDEE;CN="Lacombe, Hélène";RSVP=TRUE:mailto:h.lacombe@evaluacabinet.fr
ATTENDEE;CN="Nguyen, Paul";RSVP=TRUE:mailto:p.nguyen@evaluacabinet.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Salle Rhône (8 pers.)";RS
 VP=TRUE:mailto:salle.rhone@evaluacabinet.fr
CLASS:PUBLIC
CREATED:20250926T101133Z
DESCRIPTION:Madame\,\n\nDans le cadre du processus de recrutement Maison Ve
 rdier pour le poste de Responsable Régionale Boutiques Sud-Est\, nous vous
  convions à une demi-journée d'assessment :\n- mise en situation manageria
 le (entretien avec une responsable de boutique en difficulté\, joué par un
  comédien)\n- étude de cas : plan d'action sur 4 boutiques (chiffres remis
  sur place)\n- questionnaire de personnalité\n- débrief avec les consulta
 nts\n\nMerci de vous munir d'une pièce d'identité.\n\nHélène Lacombe\nCons
 ultante associée – Evalua Cabinet\n04 78 ** ** 10
DTEND;TZID="Romance Standard Time":20251003T130000
DTSTAMP:20250926T101133Z
DTSTART;TZID="Romance Standard Time":20251003T083000
LAST-MODIFIED:20250926T101133Z
LOCATION:Evalua Cabinet\, 45 quai Charles de Gaulle\, 69006 Lyon – Salle Rh
 ône
ORGANIZER;CN="Lacombe, Hélène":mailto:h.lacombe@evaluacabinet.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Assessment Maison Verdier – S. Morel
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B06C9D1B2E32DC01000000000000000
 01000000011AA22BB33CC44DD55EE66FF77008899
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000B06C9D1B2E32DC0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",  # noqa: E501
                    1, "Maison Verdier", "Responsable Régionale Boutiques Sud-Est", "technical",
                    "h.lacombe@evaluacabinet.fr;p.nguyen@evaluacabinet.fr",
                    "assessment-centre-by-consultancy-for-client")],
    },
    {
        "kind": "zoom-final",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Paris
LAST-MODIFIED:20250814T021510Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251010T080214Z
DTSTART;TZID=Europe/Paris:20251016T174500
DTEND;TZID=Europe/Paris:20251016T183000
SUMMARY:Sandrine Morel / Bénédicte Aubry - dernier échange
UID:ZOOM84732190544@zoom.us
TZID:Europe/Paris
DESCRIPTION:Bénédicte Aubry vous invite à une réunion Zoom planifiée.\n\nRe
 joindre la réunion Zoom\nhttps://maisonverdier.zoom.us/j/84732190544?pwd=R
 m9zZVZlcmRpZXI\n\nID de réunion: 847 3219 0544\nCode secret: 551902\n\n---
 \n\nUne seule touche sur l'appareil mobile\n+33170372246\,\,84732190544#\,
 \,\,\,*551902# France\n\nNote d'Inès : dernière étape avec notre Directric
 e Retail France avant décision.
LOCATION:https://maisonverdier.zoom.us/j/84732190544?pwd=Rm9zZVZlcmRpZXI
ORGANIZER;CN=Bénédicte Aubry:mailto:benedicte.aubry@maison-verdier.com
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.m
 orel69@free.fr
ATTENDEE;CN=Inès Haddad;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:ines.haddad@m
 aison-verdier.com
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ZOOM84732190544@zoom.us", 1, "Maison Verdier", "", "final",
                    "benedicte.aubry@maison-verdier.com",
                    "zoom-final-summary-names-only-people")],
    },
    {
        "kind": "successfactors-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_ZURICH@@
BEGIN:VEVENT
UID:SF-ISC-lemanis-00031877-2025-09-24
DTSTAMP:20250919T143355Z
DTSTART;TZID=Europe/Zurich:20250924T160000
DTEND;TZID=Europe/Zurich:20250924T164500
SUMMARY:Entretien de présélection : Area Manager Suisse romande (H/F/D) - M
 orel Sandrine
DESCRIPTION:Madame Morel\,\n\nNous avons le plaisir de vous confirmer votre
  entretien de présélection pour le poste Area Manager Suisse romande (H/F/
 D)\, réf. 00031877.\n\nInterlocutrice : Noémie Favre\, Talent Acquisition
  Partner\nFormat : Microsoft Teams (lien ci-dessous)\nhttps://teams.micros
 oft.com/l/meetup-join/19%3ameeting_ZGY0LmVtYW5pcw\n\nMeilleures salutation
 s\nLemanis SA – Ressources Humaines\, Genève
LOCATION:Microsoft Teams
ORGANIZER;CN=Lemanis Recrutement:mailto:noreply@successfactors.eu
ATTENDEE;CN=Noémie Favre;ROLE=REQ-PARTICIPANT:mailto:noemie.favre@lemanis.c
 h
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.m
 orel69@free.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("SF-ISC-lemanis-00031877-2025-09-24", 1, "Lemanis",
                    "Area Manager Suisse romande (H/F/D)", "recruiter_screen",
                    "noemie.favre@lemanis.ch", "successfactors-zurich-presselection-swiss-retailer")],
    },
    {
        "kind": "outlook-panel",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Mettraux, Valérie":mailto:valerie.mettraux@lemanis.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine M
 orel:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rochat, M
 arc-André":mailto:marc-andre.rochat@lemanis.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="GVA-Siège-Salle Salève":mailto:gva-salle-saleve@lemanis.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame Morel\,\n\nSuite à votre échange avec Noé
 mie\, nous avons le plaisir de vous inviter à un entretien dans nos locau
 x à Genève avec M. Marc-André Rochat\, Directeur des Ventes\, et moi-même
 .\nMerci de vous présenter à la réception (2e étage). Parking visiteurs d
 isponible.\n\nMeilleures salutations\nValérie Mettraux\nHR Business Partne
 r\n
UID:040000008200E00074C5B7101A82E0080000000070E1A6D4C82BDC01000000000000000
 010000000C3F0E1D2B3A49586E7F8091A2B3C4D5E
SUMMARY;LANGUAGE=fr-CH:Entretien Lemanis - Area Manager Suisse romande
DTSTART;TZID=W. Europe Standard Time:20251014T100000
DTEND;TZID=W. Europe Standard Time:20251014T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T082210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Lemanis SA\, Route des Acacias 54\, 1227 Carouge
  GE
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118637215
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E0080000000070E1A6D4C82BDC01000000000000000010000000C3F0E1D2B3A49586E7F8091A2B3C4D5E",  # noqa: E501
                    1, "Lemanis", "Area Manager Suisse romande", "onsite",
                    "valerie.mettraux@lemanis.ch;marc-andre.rochat@lemanis.ch",
                    "outlook-w-europe-zone-onsite-panel-with-room")],
    },
    {
        "kind": "outlook-rescheduled",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Mettraux, Valérie":mailto:valerie.mettraux@lemanis.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine M
 orel:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rochat, M
 arc-André":mailto:marc-andre.rochat@lemanis.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="GVA-Siège-Salle Jura":mailto:gva-salle-jura@lemanis.ch
DESCRIPTION;LANGUAGE=fr-CH:Madame Morel\,\n\nM. Rochat étant retenu en comi
 té de direction le 14\, nous nous permettons de décaler notre rencontre a
 u mardi 21 octobre\, même horaire. Merci de nous confirmer votre disponib
 ilité.\n\nMeilleures salutations\nValérie Mettraux\nHR Business Partner\n
UID:040000008200E00074C5B7101A82E0080000000070E1A6D4C82BDC01000000000000000
 010000000C3F0E1D2B3A49586E7F8091A2B3C4D5E
SUMMARY;LANGUAGE=fr-CH:Mis à jour : Entretien Lemanis - Area Manager Suisse
  romande
DTSTART;TZID=W. Europe Standard Time:20251021T100000
DTEND;TZID=W. Europe Standard Time:20251021T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T134702Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=fr-CH:Lemanis SA\, Route des Acacias 54\, 1227 Carouge
  GE
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2118637215
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E0080000000070E1A6D4C82BDC01000000000000000010000000C3F0E1D2B3A49586E7F8091A2B3C4D5E",  # noqa: E501
                    1, "Lemanis", "Area Manager Suisse romande", "onsite",
                    "valerie.mettraux@lemanis.ch;marc-andre.rochat@lemanis.ch",
                    "outlook-rescheduled-same-uid-sequence-2")],
    },
]
