# ruff: noqa: E501
"""holdout223: the user's own interviews, part 3 (developers / promoteurs, a founder, a headhunter)."""

from holdout223ev_tz import TZ_APPLE, TZ_GOOGLE, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "kb-workday",
        "WD-INT-EVT-0c9a44e2f7b1453d9e81",
        r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-EVT-0c9a44e2f7b1453d9e81
DTSTAMP:20250402T101010Z
DTSTART:20250409T130000Z
DTEND:20250409T134500Z
SUMMARY:Entretien de pré-qualification - Directeur Technique de Programmes H/F
ORGANIZER;CN=Kaufman & Broad Recrutement:mailto:kaufmanbroad@myworkday.com
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Inès Haddad:mailto:ihaddad@ketb.com
DESCRIPTION:Bonjour Thibault\,\n\nInès Haddad\, Talent Acquisition Partner\, vous contactera par téléphone pour un entretien de pré-qualification concernant le poste Directeur Technique de Programmes H/F - Paris La Défense.\n\nKaufman & Broad
LOCATION:Téléphone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Kaufman & Broad",
        role="Directeur Technique de Programmes H/F",
        stage="recruiter_screen",
        who=("ihaddad@ketb.com",),
        trap="workday-pre-qualification-call",
    ),
    ev(
        "kb-paris",
        "1f0d1b2c-7a63-4c22-9e8d-4b5a6c7d8e9f",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
"""
        + TZ_APPLE
        + r"""BEGIN:VEVENT
CREATED:20250415T065500Z
UID:1f0d1b2c-7a63-4c22-9e8d-4b5a6c7d8e9f
DTSTART;TZID=Europe/Paris:20250424T140000
DTEND;TZID=Europe/Paris:20250424T160000
DTSTAMP:20250415T065540Z
LAST-MODIFIED:20250415T065540Z
SUMMARY:K&B La Défense - DTP (M. Sarfati + directrice technique)
LOCATION:127 av. Charles de Gaulle\, Neuilly
DESCRIPTION:TGV 10h05 Rennes -> Montparnasse\, retour 17h35.\nMise en situation prévue : analyse d'un planning d'opé 120 lgts.\nPoser question : télétravail / nb jours Paris vs Ouest ?
SEQUENCE:0
URL;VALUE=URI:
END:VEVENT
END:VCALENDAR
""",
        company="Kaufman & Broad",
        role="DTP",
        stage="onsite",
        who=("M. Sarfati",),
        trap="self-typed-paris-trip-with-train-times",
        crlf=False,
    ),
    ev(
        "bi-smartrecruiters",
        "sr-int-8b0c2d91e4f7a35@smartrecruiters.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-8b0c2d91e4f7a35@smartrecruiters.com
DTSTAMP:20250505T081200Z
DTSTART:20250514T090000Z
DTEND:20250514T100000Z
SUMMARY:Entretien - Responsable Technique de Programmes Immobiliers - Bouygues Immobilier
ORGANIZER;CN=Bouygues Immobilier:mailto:calendar-notification@smartrecruiters.com
ATTENDEE;CN=Thibault Garnier;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Valérie Ménard;PARTSTAT=ACCEPTED:mailto:v.menard@bouygues-immobilier.com
DESCRIPTION:Entretien Teams avec Valérie Ménard\, Directrice Technique Grand Ouest.\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQxNDY5%40thread.v2/0\n\nPowered by SmartRecruiters
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Bouygues Immobilier",
        role="Responsable Technique de Programmes Immobiliers",
        stage="hiring_manager",
        who=("v.menard@bouygues-immobilier.com",),
        trap="smartrecruiters-teams-director",
    ),
    ev(
        "icade-goodtime",
        "goodtime-6d7e8f9a0b1c2d3e@goodtime.io",
        r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-6d7e8f9a0b1c2d3e@goodtime.io
DTSTAMP:20250328T160101Z
DTSTART:20250404T120000Z
DTEND:20250404T130000Z
SUMMARY:Icade Promotion | Thibault Garnier | Directeur de programmes - Rennes
ORGANIZER;CN=Icade Talent Team:mailto:scheduling@goodtime.io
ATTENDEE;CN=Thibault Garnier;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Guillaume Perrot;PARTSTAT=ACCEPTED:mailto:guillaume.perrot@icade.fr
DESCRIPTION:Bonjour Thibault\,\n\nVotre entretien est confirmé.\nInterlocuteur : Guillaume Perrot\, Directeur Régional Grand Ouest\nFormat : visioconférence Teams (lien ci-dessous)\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YTI3ZWM4%40thread.v2/0\n\nCoordonné par Julie Aubry\, Icade Talent Team
LOCATION:Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Icade",
        role="Directeur de programmes",
        stage="hiring_manager",
        who=("guillaume.perrot@icade.fr",),
        trap="goodtime-coordinator-not-interviewer",
    ),
    ev(
        "cogedim-ashby",
        "ashby-interview-4c2e1f0a-9b8d-4e7f-a6c5-3b2a1d0e9f8c",
        r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-4c2e1f0a-9b8d-4e7f-a6c5-3b2a1d0e9f8c
DTSTAMP:20250318T111100Z
DTSTART:20250325T160000Z
DTEND:20250325T163000Z
SUMMARY:Cogedim - Premier échange - Thibault Garnier
ORGANIZER;CN=Cogedim Recrutement:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Léa Fontaine:mailto:lfontaine@altarea.com
DESCRIPTION:Premier échange de 30 minutes avec Léa Fontaine (Talent Acquisition) au sujet du poste de Responsable Technique Programmes – Nantes.\n\nGoogle Meet : https://meet.google.com/pwx-ysab-mzt
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Cogedim",
        role="Responsable Technique Programmes",
        stage="recruiter_screen",
        who=("lfontaine@altarea.com",),
        trap="ashby-premier-echange-group-domain",
    ),
    ev(
        "cogedim-panel",
        "ashby-interview-7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918",
        r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918
DTSTAMP:20250404T093000Z
DTSTART:20250411T080000Z
DTEND:20250411T100000Z
SUMMARY:Cogedim - Entretiens équipe - Thibault Garnier
ORGANIZER;CN=Cogedim Recrutement:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Marc-Antoine Giraud:mailto:magiraud@altarea.com
ATTENDEE;CN=Sabrina Lopes:mailto:slopes@altarea.com
ATTENDEE;CN=Léa Fontaine:mailto:lfontaine@altarea.com
DESCRIPTION:Programme de la matinée (agence Nantes\, 3 rue Racine) :\n10:00 - 10:45 Marc-Antoine Giraud\, Directeur Technique\n10:45 - 11:30 Sabrina Lopes\, Directrice de Programmes\n11:30 - 12:00 Léa Fontaine\, point de clôture\n\nMerci de prévoir une présentation (10 slides max) d'une opération que vous avez pilotée.
LOCATION:Cogedim Nantes\, 3 rue Racine
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Cogedim",
        role="",
        stage="onsite",
        who=("magiraud@altarea.com", "slopes@altarea.com", "lfontaine@altarea.com"),
        trap="ashby-onsite-loop-with-presentation",
    ),
    ev(
        "job-dating-slot",
        "jobdating-btp-rennes-2025-slot-117",
        r"""
BEGIN:VCALENDAR
PRODID:-//Eventbrite//Event//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:jobdating-btp-rennes-2025-slot-117
DTSTAMP:20250401T120000Z
DTSTART;TZID=Europe/Paris:20250410T192000
DTEND;TZID=Europe/Paris:20250410T193000
SUMMARY:Job dating Immobilier & BTP - votre créneau avec LAMOTTE
DESCRIPTION:Votre créneau de 10 minutes est réservé !\n\nEntreprise : LAMOTTE (promotion immobilière)\nPoste : Responsable Technique de Programmes H/F\nRecruteur : Élodie Gaudin\, RRH\nTable n°12\n\nPensez à apporter plusieurs exemplaires de votre CV.\n\nSoirée Job dating – Le Hangar\, Rennes\, à partir de 18h30.
LOCATION:Le Hangar\, Rennes
END:VEVENT
END:VCALENDAR
""",
        company="Lamotte",
        role="Responsable Technique de Programmes H/F",
        stage="recruiter_screen",
        who=("Élodie Gaudin",),
        trap="job-dating-booked-ten-minute-slot",
    ),
    ev(
        "realites-meet",
        "6ar3k1m0vd9o2q7h5t4b8c1e0n@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250508T083000
DTEND;TZID=Europe/Paris:20250508T093000
DTSTAMP:20250502T170022Z
ORGANIZER;CN=Pauline Jaouen:mailto:pauline.jaouen@groupe-realites.com
UID:6ar3k1m0vd9o2q7h5t4b8c1e0n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pauline Jaouen;X-NUM-GUESTS=0:mailto:pauline.jaouen@groupe-realites.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr;X-NUM-GUESTS=0:mailto:thibault.garnier35@orange.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/hzs-qwjr-oyb
DESCRIPTION:Hello Thibault\, comme convenu par téléphone on se cale un vrai moment pour parler du poste de Directeur de travaux (maîtrise d'ouvrage déléguée\, Saint-Herblain). Je serai avec mon N+1 si il est dispo.\n\nPauline\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nRejoindre avec Google Meet : https://meet.google.com/hzs-qwjr-oyb\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thibault / Pauline - Réalités
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        company="Réalités",
        role="Directeur de travaux",
        who=("pauline.jaouen@groupe-realites.com",),
        trap="google-meet-first-names-summary-informal",
    ),
    ev(
        "pichet-typed",
        "pichet-20250325-0930@tg-phone",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//FR
BEGIN:VEVENT
UID:pichet-20250325-0930@tg-phone
DTSTAMP:20250321T121500Z
DTSTART:20250325T093000
DTEND:20250325T103000
SUMMARY:Entretein Pichet (visio)
DESCRIPTION:lien dans le mail de Romain G.\, dir. travaux Ouest. Poste CTX principal -> DT à 2 ans ?
END:VEVENT
END:VCALENDAR
""",
        company="Pichet",
        who=("Romain G.",),
        trap="self-typed-typo-floating",
        crlf=False,
    ),
    ev(
        "vinci-immo-lever",
        "lever-interview-2d8f3a1b-6c7e-4f90-8a1b-2c3d4e5f6a7b",
        r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-2d8f3a1b-6c7e-4f90-8a1b-2c3d4e5f6a7b
DTSTAMP:20250514T082020Z
DTSTART:20250521T150000Z
DTEND:20250521T154500Z
SUMMARY:VINCI Immobilier - Thibault Garnier - Directeur Technique Programmes
ORGANIZER;CN=VINCI Immobilier (via Lever):mailto:no-reply@hire.lever.co
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Fabien Roche:mailto:fabien.roche@vinci-immobilier.com
DESCRIPTION:Interview with Fabien Roche\n\nMicrosoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_MzFlYjQ1%40thread.v2/0\n\n-- Scheduled with Lever
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="VINCI Immobilier",
        role="Directeur Technique Programmes",
        who=("fabien.roche@vinci-immobilier.com",),
        trap="lever-english-boilerplate-french-company",
    ),
    ev(
        "launay-bookings",
        "AAMkAGRlNzFhYTM2LWNjZTgtNGIzMC04ZDQ0LTYyYjE5NjZmMzBhNgBGAAAAAAC2",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Recrutement Groupe Launay:mailto:RecrutementGroupeLaunay@launay.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thibault Garnier:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Benoît Leroy:mailto:b.leroy@groupe-launay.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé.\n\nService : Entretien candidat – Directeur de travaux (45 min)\nMembre du personnel : Benoît Leroy\nEmplacement : Siège\, 3 allée du Commandant Charcot\, Nantes\n\nGérer la réservation : https://outlook.office365.com/owa/calendar/RecrutementGroupeLaunay@launay.onmicrosoft.com/bookings/\n
UID:AAMkAGRlNzFhYTM2LWNjZTgtNGIzMC04ZDQ0LTYyYjE5NjZmMzBhNgBGAAAAAAC2
SUMMARY;LANGUAGE=fr-FR:Entretien candidat – Directeur de travaux
DTSTART;TZID=Romance Standard Time:20250430T093000
DTEND;TZID=Romance Standard Time:20250430T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T184400Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Siège Groupe Launay\, Nantes
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        company="Groupe Launay",
        role="Directeur de travaux",
        who=("b.leroy@groupe-launay.fr",),
        trap="microsoft-bookings-user-is-the-candidate",
    ),
    ev(
        "quartus-welcome",
        "wttj-interview-QTS-31f7a90c2e@welcomekit.co",
        r"""
BEGIN:VCALENDAR
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wttj-interview-QTS-31f7a90c2e@welcomekit.co
DTSTAMP:20250519T103000Z
DTSTART;TZID=Europe/Paris:20250527T110000
DTEND;TZID=Europe/Paris:20250527T120000
SUMMARY:[Quartus] Entretien - Responsable de Programmes Résidentiels (CDI) - Thibault Garnier
ORGANIZER;CN=Quartus:mailto:notifications@welcomekit.co
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Hugo Marchetti:mailto:hmarchetti@quartus.fr
ATTENDEE;CN=Camille Vidal:mailto:cvidal@quartus.fr
DESCRIPTION:Entretien avec Hugo Marchetti (Directeur Délégué) et Camille Vidal (Head of Talent).\nAdresse : 19 rue de Vienne\, 75008 Paris.\n\nWelcome to the Jungle – Welcome Kit
LOCATION:19 rue de Vienne\, 75008 Paris
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Quartus",
        role="Responsable de Programmes Résidentiels (CDI)",
        who=("hmarchetti@quartus.fr", "cvidal@quartus.fr"),
        trap="welcome-kit-bracket-company-summary",
    ),
    ev(
        "sogeprom",
        "AE4C91B0-3F27-4D8A-BB16-5C0E2F9D7A34",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
"""
        + TZ_APPLE
        + r"""BEGIN:VEVENT
CREATED:20250320T125900Z
DTSTART;TZID=Europe/Paris:20250326T180000
DTEND;TZID=Europe/Paris:20250326T190000
DTSTAMP:20250320T130010Z
LAST-MODIFIED:20250320T130010Z
SUMMARY:Visio Sogeprom - resp. technique
DESCRIPTION:Teams envoyé par Karine Morel (DRH Ouest). Parler opé Baud-Chardonnet + montage VEFA/CPI. Dispo après 17h30 seulement -> OK.
SEQUENCE:0
UID:AE4C91B0-3F27-4D8A-BB16-5C0E2F9D7A34
END:VEVENT
END:VCALENDAR
""",
        company="Sogeprom",
        role="resp. technique",
        who=("Karine Morel",),
        trap="self-typed-visio-after-work",
        crlf=False,
    ),
    ev(
        "headhunter-duval",
        "AAMkADE3ODBiNTU1LTk0ZjUtNDE0Ni1iZDM5LTQxNmEzNTM4ZmZiNQBGAAAAAADx",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=thibault.garnier35@orange.fr;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
CLASS:PUBLIC
DESCRIPTION:Bonjour Thibault\,\n\nMerci pour votre retour. Comme je vous l'indiquais\, mon client est le Groupe Duval (direction régionale Ouest)\, qui crée un poste de Directeur de Travaux pour piloter ses opérations en conception-réalisation entre Rennes et Nantes.\n\nJe vous propose un échange approfondi par téléphone avant de vous présenter.\n\nBien à vous\,\nOlivier Dantec\nAssociate Director – Construction & Property\n+33 2 99 00 00 00\n
DTEND;TZID="Romance Standard Time":20250422T191500
DTSTAMP:20250417T163322Z
DTSTART;TZID="Romance Standard Time":20250422T183000
LOCATION:Appel téléphonique
ORGANIZER;CN="Olivier Dantec":mailto:olivier.dantec@pagegroup.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Échange Thibault Garnier / Olivier Dantec
TRANSP:OPAQUE
UID:AAMkADE3ODBiNTU1LTk0ZjUtNDE0Ni1iZDM5LTQxNmEzNTM4ZmZiNQBGAAAAAADx
END:VEVENT
END:VCALENDAR
""",
        company="Groupe Duval",
        role="Directeur de Travaux",
        stage="recruiter_screen",
        who=("olivier.dantec@pagegroup.fr",),
        trap="headhunter-names-employer-only-in-body",
    ),
    ev(
        "founder-gmail",
        "4v1b0c9x8z7y6w5u3t2s1r0q9p@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250517T100000
DTEND;TZID=Europe/Paris:20250517T120000
DTSTAMP:20250512T211844Z
ORGANIZER;CN=Yann Le Duff:mailto:yann.leduff.bzh@gmail.com
UID:4v1b0c9x8z7y6w5u3t2s1r0q9p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Yann Le Duff;X-NUM-GUESTS=0:mailto:yann.leduff.bzh@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr;X-NUM-GUESTS=0:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Salut Thibault\,\n\nComme dit au tel\, je te propose de passer à l'atelier samedi matin : tu verras la ligne de préfabrication des modules bois et on parlera du poste de directeur de travaux (pose\, levage\, coordination des lots sur site). On est 14 aujourd'hui\, 3 chantiers signés pour 2026.\n\nZA de la Teillais\, Pacé. Café et kouign-amann prévus.\n\nYann\nFondateur – Boréal Modules
LOCATION:ZA de la Teillais\, Pacé
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite atelier Boréal + discussion poste
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        company="Boréal Modules",
        role="directeur de travaux",
        who=("yann.leduff.bzh@gmail.com",),
        trap="founder-free-mail-saturday-workshop-visit",
    ),
]
