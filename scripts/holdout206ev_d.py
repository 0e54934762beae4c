"""holdout206 events, part d: NETZSCH to Exotec (ten employers, one event each)."""

from holdout206ev_tz import PARIS_APPLE, PARIS_GOOGLE

EVENTS = [
    {
        "kind": "personio-german",
        "uid": "personio-interview-2817734-3f0e@netzsch.jobs.personio.de",
        "is_interview": 1,
        "company": "NETZSCH",
        "role": "Regional Sales Manager Frankreich West (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "markus.huber@netzsch.com;celine.weber@netzsch.com",
        "trap": "german-vorstellungsgespraech-personio",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
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
UID:personio-interview-2817734-3f0e@netzsch.jobs.personio.de
DTSTAMP:20250409T072912Z
DTSTART;TZID=Europe/Berlin:20250415T100000
DTEND;TZID=Europe/Berlin:20250415T110000
SUMMARY:Vorstellungsgespräch: Regional Sales Manager Frankreich West (m/w/
 d) - Guillaume Le Goff
DESCRIPTION:Sehr geehrter Herr Le Goff\,\n\nvielen Dank für Ihre Bewerbung
 . Hiermit bestätigen wir Ihr Vorstellungsgespräch per Zoom mit Herrn Mark
 us Huber (Vertriebsleiter International\, Geschäftsfeld Pumpen & Systeme)
  und Frau Céline Weber (Geschäftsführerin NETZSCH Pompes France). Das Ges
 präch kann auf Deutsch\, Englisch oder Französisch geführt werden.\n\nZoo
 m: https://netzsch.zoom.us/j/93310447852\nKenncode: 551902\n\nMit freundl
 ichen Grüßen\nIhr NETZSCH Recruiting-Team\nNETZSCH Pumpen & Systeme GmbH\
 , Geretsrieder Str. 1\, 84478 Waldkraiburg
ORGANIZER;CN=NETZSCH Recruiting:mailto:noreply@personio.de
ATTENDEE;CN=Markus Huber;ROLE=REQ-PARTICIPANT:mailto:Markus.Huber@netzsch.c
 om
ATTENDEE;CN=Céline Weber;ROLE=REQ-PARTICIPANT:mailto:Celine.Weber@netzsch.
 com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guillau
 me.legoff44@laposte.net
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entrevista-meet",
        "uid": "2vnq8s0d1kfl3m9p4r6t7u2ab0@google.com",
        "is_interview": 1,
        "company": "Fluidra",
        "role": "Key Account Manager Francia",
        "stage": "recruiter_screen",
        "interviewers": "laura.martinez@fluidra.com",
        "trap": "spanish-entrevista-madrid-zone-meet",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250507T160000
DTEND;TZID=Europe/Madrid:20250507T164500
DTSTAMP:20250430T095531Z
ORGANIZER;CN=Laura Martínez:mailto:laura.martinez@fluidra.com
UID:2vnq8s0d1kfl3m9p4r6t7u2ab0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.legoff44@laposte.net;X-NUM-GUESTS=0:mailto:guillaume.le
 goff44@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laura
  Martínez;X-NUM-GUESTS=0:mailto:laura.martinez@fluidra.com
DESCRIPTION:Hola Guillaume\,\n\nTe envío la convocatoria para nuestra prim
 era entrevista para la posición de Key Account Manager Francia (canal ind
 ustrial). Podemos hacerla en francés o en inglés\, como prefieras.\n\nUn s
 aludo\,\nLaura Martínez\nTalent Acquisition - Fluidra (Sant Cugat del Vall
 ès)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~::~:~::-\nÚnete con Google Meet: https://meet.google.com/hqx-vbtc
 -wne\nO marca: (FR) +33 1 87 40 52 61 PIN: 288 114 905#\n-::~:~::~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Fluidra - KAM Francia - Guillaume Le Goff
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-duo",
        "uid": (
            "040000008200E00074C5B7101A82E008000000006A3E91D25B7ADB01"
            "0000000000000000100000003D7C0B1E4F2A5B6C7D8E9F0A1B2C3D4E"
        ),
        "is_interview": 1,
        "company": "Saur",
        "role": "Responsable Grands Comptes Industrie",
        "stage": "",
        "interviewers": "aurelie.gautier@saur.com;jerome.lebreton@saur.com",
        "trap": "outlook-teams-entretien-unclear-stage",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="GAUTIER Aurélie":mailto:aurelie.gautier@saur.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=guillaume.
 legoff44@laposte.net:mailto:guillaume.legoff44@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="LE BRETON Jér
 ôme":mailto:jerome.lebreton@saur.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Guillaume\,\n\nJe vous propose ce crén
 eau pour échanger avec Jérôme Le Breton\, Directeur Commercial Industrie\
 , et moi-même au sujet du poste de Responsable Grands Comptes Industrie.
 \n\nAurélie Gautier\nChargée de recrutement\n\n__________________________
 ______________________________________________________\nRéunion Microsoft
  Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameetin
 g_c2F1cg\nID de la réunion : 398 552 106 334  Code secret : nL8k3P\n
UID:040000008200E00074C5B7101A82E008000000006A3E91D25B7ADB0100000000000000
 00100000003D7C0B1E4F2A5B6C7D8E9F0A1B2C3D4E
SUMMARY;LANGUAGE=fr-FR:Entretien Guillaume LE GOFF - RGC Industrie
DTSTART:20250226T090000Z
DTEND:20250226T100000Z
DTSTAMP:20250219T151146Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "wttj-onsite",
        "uid": "wttj-meeting-9a1c33f0-5d2e-4b1b-8e77-armor",
        "is_interview": 1,
        "company": "Armor",
        "role": "Key Account Manager Industrie (H/F)",
        "stage": "hiring_manager",
        "interviewers": "francois.cadiou@armor-group.com",
        "trap": "welcome-to-the-jungle-onsite-bu-director",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Recruitment//FR
METHOD:REQUEST
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
UID:wttj-meeting-9a1c33f0-5d2e-4b1b-8e77-armor
DTSTAMP:20250331T090004Z
DTSTART;TZID=Europe/Paris:20250408T140000
DTEND;TZID=Europe/Paris:20250408T153000
SUMMARY:Rencontre avec ARMOR - Key Account Manager Industrie (H/F)
DESCRIPTION:Bonjour Guillaume\,\n\nVous avez rendez-vous avec François Cad
 iou\, Directeur Business Unit Industrie\, dans nos locaux de La Chevroliè
 re (20 rue Chevreul\, 44118). Badge visiteur à l'accueil.\n\nÀ bientôt !\
 nL'équipe ARMOR via Welcome to the Jungle
ORGANIZER;CN=ARMOR:mailto:no-reply@welcometothejungle.com
ATTENDEE;CN=François Cadiou;ROLE=REQ-PARTICIPANT:mailto:francois.cadiou@a
 rmor-group.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:ARMOR\, 20 rue Chevreul\, 44118 La Chevrolière
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-meet",
        "uid": "5jrb1hcq0e2o9m4u7f3k6t8sd1@google.com",
        "is_interview": 1,
        "company": "Lacroix Environment",
        "role": "Key Account Manager Eau - Ouest",
        "stage": "hiring_manager",
        "interviewers": "thomas.perrin@lacroix-group.com",
        "trap": "google-meet-manager-terse-title",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250312T160000Z
DTEND:20250312T170000Z
DTSTAMP:20250306T120944Z
ORGANIZER;CN=Thomas Perrin:mailto:thomas.perrin@lacroix-group.com
UID:5jrb1hcq0e2o9m4u7f3k6t8sd1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thomas
  Perrin;X-NUM-GUESTS=0:mailto:thomas.perrin@lacroix-group.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.legoff44@laposte.net;X-NUM-GUESTS=0:mailto:guillaume.le
 goff44@laposte.net
DESCRIPTION:Guillaume\, comme convenu avec Karine (RH)\, on se cale une he
 ure pour parler du poste KAM Eau Ouest (Sofrel). Thomas\n\n-::~:~::~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
 \nParticipez avec Google Meet : https://meet.google.com/ygk-ocpd-tra\nOu
  appelez le : (FR) +33 1 87 40 11 92 Code : 804 553 117#\n-::~:~::~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Guillaume Le Goff / Thomas Perrin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters-phone",
        "uid": "sr-1b4e9d02-77c1-4a3f-9e60-c2f5a8d1e3b4@smartrecruiters.com",
        "is_interview": 1,
        "company": "Haulotte",
        "role": "Area Sales Manager France Ouest",
        "stage": "recruiter_screen",
        "interviewers": "ines.carpentier@haulotte.com",
        "trap": "smartrecruiters-phone-screen-paris-tz",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-1b4e9d02-77c1-4a3f-9e60-c2f5a8d1e3b4@smartrecruiters.com
DTSTAMP:20250114T101733Z
DTSTART;TZID=Europe/Paris:20250121T170000
DTEND;TZID=Europe/Paris:20250121T173000
SUMMARY:Phone Screen - Area Sales Manager France Ouest - Haulotte
DESCRIPTION:Bonjour Guillaume\,\nInès Carpentier (Talent Acquisition Haulo
 tte) vous appellera pour un premier échange d'environ 30 minutes.\nPowere
 d by SmartRecruiters
ORGANIZER;CN=Haulotte:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Inès Carpentier;ROLE=REQ-PARTICIPANT:mailto:ines.carpentier@h
 aulotte.com
ATTENDEE;CN=Guillaume Le Goff;RSVP=TRUE:mailto:guillaume.legoff44@laposte.
 net
LOCATION:Phone
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "assessment-day",
        "uid": "LEG-AC-2025-04-24-0117@legrand.fr",
        "is_interview": 1,
        "company": "Legrand",
        "role": "Responsable Grands Comptes Industrie",
        "stage": "onsite",
        "interviewers": "veronique.dumas@legrand.fr;alain.faure@legrand.fr",
        "trap": "assessment-centre-day-limoges",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
""" + PARIS_GOOGLE + r"""BEGIN:VEVENT
UID:LEG-AC-2025-04-24-0117@legrand.fr
DTSTAMP:20250414T133000Z
DTSTART;TZID=Europe/Paris:20250424T083000
DTEND;TZID=Europe/Paris:20250424T163000
SUMMARY:Assessment Center - Responsable Grands Comptes Industrie
DESCRIPTION:Bonjour Monsieur Le Goff\,\n\nNous avons le plaisir de vous c
 onvier à notre journée d'évaluation (assessment center) au siège de Limog
 es\, 128 avenue du Maréchal de Lattre de Tassigny :\n- 8h30 accueil\n- 9h
 00 étude de cas individuelle (compte industriel multi-sites)\n- 11h00 pré
 sentation devant le jury\n- 12h30 déjeuner avec l'équipe\n- 14h00 exerci
 ce de négociation\n- 15h30 entretien avec Alain Faure\, Directeur Grands
  Comptes\n\nVéronique Dumas\nResponsable Recrutement Commerce France
ORGANIZER;CN=Véronique Dumas:mailto:veronique.dumas@legrand.fr
ATTENDEE;CN=Alain Faure;ROLE=REQ-PARTICIPANT:mailto:alain.faure@legrand.fr
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guillau
 me.legoff44@laposte.net
LOCATION:Legrand - Limoges
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "case-presentation",
        "uid": "9A3E2C71-0D44-4B8F-A1E6-7F5B3C2D9E10",
        "is_interview": 1,
        "company": "Leroy-Somer",
        "role": "Key Account Manager Pompes & OEM",
        "stage": "technical",
        "interviewers": "Hélène Vigier;Raphaël Couturier",
        "trap": "apple-typed-case-study-presentation",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
""" + PARIS_APPLE + r"""BEGIN:VEVENT
CREATED:20250402T202511Z
UID:9A3E2C71-0D44-4B8F-A1E6-7F5B3C2D9E10
DTEND;TZID=Europe/Paris:20250409T113000
TRANSP:OPAQUE
SUMMARY:Nidec LS - soutenance étude de cas KAM
DTSTART;TZID=Europe/Paris:20250409T100000
DTSTAMP:20250402T202640Z
LOCATION:Teams (lien ds mail Hélène)
DESCRIPTION:cas à présenter : plan de compte pour un fabricant de pompes O
 EM (20 slides max)\njury : Hélène Vigier RH + Raphaël Couturier dir. vent
 es OEM\nenvoyer le ppt la veille !!
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-P1D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-utc",
        "uid": "zoom-87241650093-flowserve-guillaume",
        "is_interview": 1,
        "company": "Flowserve",
        "role": "Regional Sales Manager - Pumps, France",
        "stage": "hiring_manager",
        "interviewers": "kwilliams@flowserve.com",
        "trap": "zoom-invite-utc-english-hm",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250219T183004Z
DTSTART:20250227T130000Z
DTEND:20250227T140000Z
SUMMARY:Guillaume Le Goff <> Kevin Williams | Flowserve RSM France
UID:zoom-87241650093-flowserve-guillaume
DESCRIPTION:Kevin Williams is inviting you to a scheduled Zoom meeting.\n\n
 Topic: Guillaume Le Goff <> Kevin Williams | Flowserve RSM France\n\nAgend
 a: conversation with the hiring manager (Director Sales EMEA - Pumps Divi
 sion) about the Regional Sales Manager - Pumps\, France opening.\n\nJoin Z
 oom Meeting\nhttps://flowserve.zoom.us/j/87241650093\n\nMeeting ID: 872 41
 65 0093\n\nOne tap mobile\n+33170372246\,\,87241650093# France\n
ORGANIZER;CN=Kevin Williams:mailto:KWilliams@flowserve.com
ATTENDEE;CN=guillaume.legoff44@laposte.net;RSVP=TRUE:mailto:guillaume.legof
 f44@laposte.net
LOCATION:https://flowserve.zoom.us/j/87241650093
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-final",
        "uid": "greenhouse-interview-48102977-exotec",
        "is_interview": 1,
        "company": "Exotec",
        "role": "Key Account Executive - Industrial",
        "stage": "final",
        "interviewers": "hugo.lemaire@exotec.com;romain.moulin@exotec.com",
        "trap": "greenhouse-final-round-two-interviewers",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-48102977-exotec
DTSTAMP:20250520T081501Z
DTSTART:20250527T120000Z
DTEND:20250527T133000Z
SUMMARY:Exotec - Final round - Guillaume Le Goff
DESCRIPTION:Hi Guillaume\,\n\nHere are the details of your final round fo
 r the Key Account Executive - Industrial role.\n\n14:00 - 14:45 Hugo Lema
 ire\, VP Sales France & Benelux\n14:45 - 15:30 Romain Moulin\, co-founder
  & CEO\n\nLocation: Exotec HQ\, 20 rue Nicolas Appert\, Croix (Lille) - or
  Google Meet if you cannot travel: https://meet.google.com/exo-tfnl-rnd\n\
 nSee you soon!\nJulia (Recruiting Coordinator)
ORGANIZER;CN=Julia Nowak:mailto:julia.nowak@exotec.com
ATTENDEE;CN=Hugo Lemaire;ROLE=REQ-PARTICIPANT:mailto:hugo.lemaire@exotec.c
 om
ATTENDEE;CN=Romain Moulin;ROLE=REQ-PARTICIPANT:mailto:romain.moulin@exotec
 .com
ATTENDEE;CN=Guillaume Le Goff;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:guilla
 ume.legoff44@laposte.net
LOCATION:Exotec HQ - Croix
END:VEVENT
END:VCALENDAR
""",
    },
]
