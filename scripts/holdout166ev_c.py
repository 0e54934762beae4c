"""holdout166 events, part C: single interviews (French chains, ATS and schedulers). CC0 1.0."""

EVENTS = [
    {
        "kind": "icims-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:icims-volteo-req4471-int-0093385
DTSTAMP:20251020T081530Z
DTSTART;TZID=Europe/Paris:20251023T140000
DTEND;TZID=Europe/Paris:20251023T150000
SUMMARY:Voltéo - Directeur Régional Sud-Est (H/F) - Entretien avec le Dire
 cteur Commercial
DESCRIPTION:Bonjour Sandrine\,\n\nVous êtes attendue pour un entretien en
  visioconférence avec Stéphane Giraud\, Directeur Commercial France.\n\nLien
  Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_dm9sdGVv\n
 \nEn cas d'empêchement merci de nous prévenir via votre portail candidat.\n
 \nL'équipe Recrutement Voltéo\ncareers-volteo.icims.com
LOCATION:Microsoft Teams
ORGANIZER;CN=Voltéo Recrutement:mailto:donotreply@icims.com
ATTENDEE;CN=Stéphane Giraud;ROLE=REQ-PARTICIPANT:mailto:Stephane.Giraud@volteo.fr
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.morel69@free.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("icims-volteo-req4471-int-0093385", 1, "Voltéo", "Directeur Régional Sud-Est (H/F)",
                    "hiring_manager", "stephane.giraud@volteo.fr", "icims-noreply-organizer-mixed-case-email")],
    },
    {
        "kind": "outlook-phone",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN=sandrine.morel69@free.fr;RSVP=TRUE:mailto:sandrine.morel69@free.fr
CLASS:PUBLIC
DESCRIPTION:Bonjour Madame Morel\,\n\nJe vous appellerai au 06 71 ** ** 58
  pour un premier échange d'une trentaine de minutes sur le poste de Respons
 able des Opérations Magasins (9 jardineries Rhône-Alpes).\n\nBien cordiale
 ment\,\n\nAmandine Cholet\nResponsable Ressources Humaines\nVerdiland Jardi
 neries\n
DTEND;TZID="Romance Standard Time":20251105T093000
DTSTAMP:20251031T164410Z
DTSTART;TZID="Romance Standard Time":20251105T090000
LOCATION:Appel téléphonique
ORGANIZER;CN="Amandine Cholet":mailto:a.cholet@verdiland.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien téléphonique Mme Morel - Resp. Opérations Mag
 asins
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D1E2C3B44A4ADC01000000000000000
 010000000AB12CD34EF56AB78CD90EF12AB34CD56
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000D1E2C3B44A4ADC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",  # noqa: E501
                    1, "Verdiland", "Responsable des Opérations Magasins", "recruiter_screen",
                    "a.cholet@verdiland.fr", "outlook-desktop-hr-phone-screen-garden-centres")],
    },
    {
        "kind": "talentsoft-case",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cegid//Talentsoft Recruiting//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:TS-REC-MB-2025-00871-ENT2@maisonbrico.talent-soft.com
DTSTAMP:20251103T101200Z
DTSTART:20251112T090000Z
DTEND:20251112T110000Z
SUMMARY:Maison & Brico : 2ème entretien - Manager Commerce Régional
DESCRIPTION:Madame Morel\,\n\nNous vous confirmons votre second entretien p
 our l'offre Manager Commerce Régional (réf. 2025-00871).\nCet entretien com
 prendra la présentation de l'étude de cas transmise par mail (analyse des
  résultats de 3 magasins\, 20 minutes de présentation) devant M. Rigaud (Di
 recteur Régional) et Mme Perret (RRH)\, suivie d'échanges.\n\nLieu : Direc
 tion Régionale Maison & Brico\, 3 allée des Sorbiers\, 69500 Bron\n\nCord
 ialement\,\nLe service Recrutement
LOCATION:Bron - Direction Régionale
ORGANIZER;CN=Recrutement Maison & Brico:mailto:recrutement@maisonbrico.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN=Julien Rigaud:mailto:julien.rigaud@maisonbrico.fr
ATTENDEE;CN=Corinne Perret:mailto:corinne.perret@maisonbrico.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("TS-REC-MB-2025-00871-ENT2@maisonbrico.talent-soft.com", 1, "Maison & Brico",
                    "Manager Commerce Régional", "technical",
                    "julien.rigaud@maisonbrico.fr;corinne.perret@maisonbrico.fr",
                    "talentsoft-case-study-presentation-second-round")],
    },
    {
        "kind": "beetween-phone",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Beetween//Agenda//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:bw-rdv-33108-tissea-7741
DTSTAMP:20251006T152233Z
DTSTART:20251008T153000Z
DTEND:20251008T160000Z
SUMMARY:RDV téléphonique - Tisséa - Responsable Régional(e) H/F
DESCRIPTION:Rendez-vous téléphonique avec Mélanie Roussel (Talent Acquisition
  Tisséa).\nVous serez appelée sur votre mobile.\nOffre : Responsable Région
 al(e) H/F – Secteur Lyon / Clermont\n
LOCATION:Par téléphone
ORGANIZER;CN=Mélanie Roussel:mailto:melanie.roussel@tissea.com
END:VEVENT
END:VCALENDAR
""",
        "labels": [("bw-rdv-33108-tissea-7741", 1, "Tisséa", "Responsable Régional(e) H/F", "recruiter_screen",
                    "melanie.roussel@tissea.com", "beetween-publish-no-attendees-rdv-telephonique")],
    },
    {
        "kind": "bookings-franchise",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN=Optique Lumen - Recrutement Réseau:mailto:OptiqueLumenRecrutemen
 t@optiquelumen.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Mor
 el:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Karine Bouvier:
 mailto:karine.bouvier@optiquelumen.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre réservation est confirmée.\n\nService : Éch
 ange découverte – Animateur(trice) Réseau Franchise (30 min)\nMembre du per
 sonnel : Karine Bouvier\n\nRejoindre la réunion Microsoft Teams : https://t
 eams.microsoft.com/l/meetup-join/19%3ameeting_b3B0aXF1ZQ\n\nGérer la réserv
 ation : https://outlook.office365.com/owa/calendar/OptiqueLumenRecrutement@
 optiquelumen.onmicrosoft.com/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000119E0C5B8E40DC01000000000000000
 0100000002F4E6D8C0A1B3C5E7F9A2B4C6D8E0F1A
SUMMARY;LANGUAGE=fr-FR:Échange découverte – Animateur(trice) Réseau Franchi
 se
DTSTART;TZID=Romance Standard Time:20251027T113000
DTEND;TZID=Romance Standard Time:20251027T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T202844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000119E0C5B8E40DC010000000000000000100000002F4E6D8C0A1B3C5E7F9A2B4C6D8E0F1A",  # noqa: E501
                    1, "Optique Lumen", "Animateur(trice) Réseau Franchise", "recruiter_screen",
                    "karine.bouvier@optiquelumen.fr", "ms-bookings-echange-decouverte-user-is-candidate")],
    },
    {
        "kind": "taleez-meet",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Taleez Agenda 1.0//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
UID:taleez-interview-502918@taleez.com
DTSTAMP:20251014T074100Z
DTSTART;TZID=Europe/Paris:20251017T100000
DTEND;TZID=Europe/Paris:20251017T110000
SUMMARY:Entretien Les Halles Bio x Sandrine Morel
DESCRIPTION:Entretien pour le poste : Responsable Régional Franchise (F/H)\
 nAvec : Antoine Mercier (Directeur du Développement Réseau)\nVisio : https
 ://meet.google.com/xpa-hbio-tmr\n\nÀ préparer : votre vision de l'accompag
 nement des franchisés (ouverture\, animation\, respect du concept).\n\nEnvo
 yé via Taleez
LOCATION:https://meet.google.com/xpa-hbio-tmr
ORGANIZER;CN=Antoine Mercier:mailto:antoine.mercier@leshallesbio.fr
ATTENDEE;CN=Sandrine Morel;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sandrine.mo
 rel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("taleez-interview-502918@taleez.com", 1, "Les Halles Bio", "Responsable Régional Franchise (F/H)",
                    "hiring_manager", "antoine.mercier@leshallesbio.fr",
                    "taleez-tzid-without-vtimezone-franchise-role")],
    },
    {
        "kind": "workable-visite",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-ev-9f2a61d0c8@workablemail.com
DTSTAMP:20251104T112015Z
DTSTART:20251107T130000Z
DTEND:20251107T160000Z
SUMMARY:Givré | Visite magasins + entretien | Responsable de Secteur
DESCRIPTION:Bonjour Sandrine\,\n\nRendez-vous au magasin Givré de Lyon Bel
 lecour (entrée de service) avec Yannick Blanc\, Directeur Régional. Nous vi
 siterons ensemble 2 magasins du secteur (Bellecour et Part-Dieu) puis nous
  poursuivrons l'entretien autour d'un café.\n\nYannick : 06 ** ** 41 20\n\n
 Sent via Workable
LOCATION:Givré Lyon Bellecour\, 9 rue de la Barre\, 69002 Lyon
ORGANIZER;CN=Givré Talent:mailto:givre@jobs.workablemail.com
ATTENDEE;CN=Yannick Blanc;ROLE=REQ-PARTICIPANT:mailto:yannick.blanc@givre.fr
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.mor
 el69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("workable-ev-9f2a61d0c8@workablemail.com", 1, "Givré", "Responsable de Secteur", "onsite",
                    "yannick.blanc@givre.fr", "workable-visite-magasins-candidate-onsite")],
    },
    {
        "kind": "digitalrecruiters",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DigitalRecruiters//DR Calendar//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:dr-meeting-papyrus-11873-c2@digitalrecruiters.com
DTSTAMP:20251118T090000Z
DTSTART;TZID=Europe/Paris:20251125T170000
DTEND;TZID=Europe/Paris:20251125T180000
SUMMARY:Entretien final – Directrice de Région – Papyrus Loisirs
DESCRIPTION:Madame Morel\,\n\nNous avons le plaisir de vous convier à un de
 rnier entretien avec notre Président\, Hervé Chassagne\, au siège de Papy
 rus Loisirs.\nAdresse : 22 rue Garibaldi\, 69006 Lyon\, 4e étage.\n\nBien
  cordialement\,\nSophie Marin – Responsable Recrutement
LOCATION:Siège Papyrus Loisirs\, 22 rue Garibaldi\, 69006 Lyon
ORGANIZER;CN=Sophie Marin:mailto:sophie.marin@papyrus-loisirs.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN=Hervé Chassagne:mailto:herve.chassagne@papyrus-loisirs.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("dr-meeting-papyrus-11873-c2@digitalrecruiters.com", 1, "Papyrus Loisirs",
                    "Directrice de Région", "final", "herve.chassagne@papyrus-loisirs.fr",
                    "recruiter-organizer-not-interviewer-final-with-president")],
    },
    {
        "kind": "recruitee-zoom",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-7731904
DTSTAMP:20250930T183322Z
DTSTART:20251002T071500Z
DTEND:20251002T074500Z
SUMMARY:Parfumeries Lumière – Premier échange (30 min)
DESCRIPTION:Bonjour Sandrine\,\nMerci d'avoir réservé ce créneau pour un pre
 mier échange sur le poste de Responsable Régionale (Auvergne-Rhône-Alpes).\n
 Interlocutrice : Laura Benoît\, Chargée de recrutement\nZoom : https://us06w
 eb.zoom.us/j/81234509876?pwd=UGFyZnVt\nCode : 4412\n\nL'équipe Parfumeries Lu
 mière
LOCATION:Zoom
ORGANIZER;CN=Laura Benoît:mailto:laura.benoit@parfumeries-lumiere.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("recruitee-event-7731904", 1, "Parfumeries Lumière", "Responsable Régionale (Auvergne-Rhône-Alpes)",
                    "recruiter_screen", "laura.benoit@parfumeries-lumiere.fr",
                    "recruitee-premier-echange-early-morning-utc")],
    },
    {
        "kind": "wttj-visio",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:wk-interview-3be7f0d2-velocite@welcomekit.co
DTSTAMP:20251112T141109Z
DTSTART;TZID=Europe/Paris:20251118T123000
DTEND;TZID=Europe/Paris:20251118T132000
SUMMARY:[Vélocité] Entretien avec Maxime – Head of Retail
DESCRIPTION:Hello Sandrine !\n\nOn se retrouve en visio avec Maxime Lefort\,
  notre COO\, pour parler du poste de Head of Retail (18 ateliers-boutiques v
 élo en France).\nLien : https://meet.google.com/vel-ocit-eee\n\nÀ très vit
 e\,\nLa team People de Vélocité 🚲
LOCATION:Google Meet
ORGANIZER;CN=Vélocité People:mailto:people@velocite.bike
ATTENDEE;CN=Maxime Lefort;ROLE=REQ-PARTICIPANT:mailto:maxime@velocite.bike
ATTENDEE;CN=Sandrine Morel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.mor
 el69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("wk-interview-3be7f0d2-velocite@welcomekit.co", 1, "Vélocité", "Head of Retail",
                    "hiring_manager", "maxime@velocite.bike", "welcome-kit-informal-tone-coo-interview")],
    },
    {
        "kind": "android-typed",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:1729153201882-samsung-cal-4471
DTSTAMP:20251016T081522Z
DTSTART:20251021T143000
DTEND:20251021T150000
SUMMARY:Chauss. Martin tel RH (Mme Roux)
DESCRIPTION:c elle qui appelle. poste resp régionale 22 mag. salaire ?? dem
 ander fourchette
END:VEVENT
END:VCALENDAR
""",
        "labels": [("1729153201882-samsung-cal-4471", 1, "Chaussures Martin", "", "recruiter_screen", "Mme Roux",
                    "phone-typed-abbreviated-tel-rh-floating")],
    },
    {
        "kind": "outlook-onsite",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Fabre, Christophe":mailto:c.fabre@primeursandco.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.mor
 el69@free.fr:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ollier, Ma
 thilde":mailto:m.ollier@primeursandco.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 ;CN="SP - Bureau direction":mailto:sp-bureau-direction@primeursandco.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Sandrine\,\n\nJe vous confirme notre ren
 contre sur la plateforme de Saint-Priest puis au magasin de Bron pour le po
 ste de Responsable d'exploitation multi-sites. Mathilde Ollier (DRH) sera p
 résente.\nPrévoir une tenue adaptée au froid pour la visite de l'entrepôt.
 \n\nChristophe Fabre\nDirecteur Général Délégué\n
UID:040000008200E00074C5B7101A82E008000000005B7C9D1E2F53DC01000000000000000
 010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=fr-FR:Sandrine Morel – rencontre Saint-Priest + magasin Br
 on
DTSTART;TZID=Romance Standard Time:20251128T083000
DTEND;TZID=Romance Standard Time:20251128T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T173011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Primeurs & Co – 7 rue du Lyonnais\, 69800 Saint-Pri
 est
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E008000000005B7C9D1E2F53DC01000000000000000010000000E1F2A3B4C5D6E7F8091A2B3C4D5E6F70",  # noqa: E501
                    1, "Primeurs & Co", "Responsable d'exploitation multi-sites", "onsite",
                    "c.fabre@primeursandco.fr;m.ollier@primeursandco.fr",
                    "outlook-rencontre-site-visit-no-interview-word-in-summary")],
    },
    {
        "kind": "jobaffinity-visio",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobaffinity//Planning//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:jobaffinity-rdv-casalumina-118273@jobaffinity.fr
DTSTAMP:20251105T101010Z
DTSTART;TZID=Europe/Paris:20251110T180000
DTEND;TZID=Europe/Paris:20251110T183000
SUMMARY:Casa Lumina - Entretien visio - Retail Area Manager Rhône-Alpes
DESCRIPTION:Candidat : Sandrine Morel\nRecruteur : Nicolas Dumont (nicolas.du
 mont@casalumina.com)\nLien visio : https://casalumina.webex.com/meet/ndumo
 nt\n
ORGANIZER;CN=Casa Lumina via Jobaffinity:mailto:ne-pas-repondre@jobaffinity.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN=Nicolas Dumont:mailto:nicolas.dumont@casalumina.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("jobaffinity-rdv-casalumina-118273@jobaffinity.fr", 1, "Casa Lumina",
                    "Retail Area Manager Rhône-Alpes", "recruiter_screen", "nicolas.dumont@casalumina.com",
                    "jobaffinity-webex-evening-screen-tzid-no-vtimezone")],
    },
]
