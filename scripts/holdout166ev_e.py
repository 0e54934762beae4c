"""holdout166 events, part E: single interviews (more chains, foreign zones, recurring immersion). CC0 1.0."""

EVENTS = [
    {
        "kind": "indeed-video",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-iv-7c41e0b9a2d3@indeed.com
DTSTAMP:20251113T074455Z
DTSTART:20251117T170000Z
DTEND:20251117T173000Z
SUMMARY:Entretien vidéo avec Caves Bacchus
DESCRIPTION:Caves Bacchus vous a invitée à un entretien vidéo pour le poste
  Responsable Régional Caves (H/F) - Lyon.\n\nRejoindre l'entretien : https:/
 /interview.indeed.com/r/7c41e0b9a2d3\nConseil : testez votre caméra et vot
 re micro avant l'entretien.\n\nParticipant(s) côté employeur : Frédéric Mo
 nnet\n\nIndeed ne partage pas votre adresse e-mail avec l'employeur.
LOCATION:Indeed Interview (vidéo)
ORGANIZER;CN=Indeed:mailto:invitationmessages@indeed.com
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("indeed-iv-7c41e0b9a2d3@indeed.com", 1, "Caves Bacchus", "Responsable Régional Caves (H/F) - Lyon",
                    "", "Frédéric Monnet", "indeed-interview-interviewer-name-only-in-body")],
    },
    {
        "kind": "gcal-room",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251216T140000
DTEND;TZID=Europe/Paris:20251216T153000
DTSTAMP:20251209T112031Z
ORGANIZER;CN=Caroline Vial:mailto:caroline.vial@animalia-store.fr
UID:2h4j6l8n0q1s3u5w7y9a0c2e4g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Caroline Vial;X-NUM-GUESTS=0:mailto:caroline.vial@animalia-store.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Sauvage;X-NUM-GUESTS=0:mailto:jm.sauvage@animalia-store.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Siège-2-Salle Féline (10);X-NUM-GUESTS=0:mailto:c_188a1b2c3d4e5f@resour
 ce.calendar.google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.morel69@free.fr;X-NUM-GUESTS=0:mailto:sandrine.morel69@fr
 ee.fr
DESCRIPTION:Sandrine\, voici l'invitation pour notre dernier rendez-vous ave
 c Jean-Marc Sauvage\, notre Président\, avant notre décision. Siège de Dar
 dilly\, 2e étage.\nCaroline Vial – DRH Animalia Store
LOCATION:Siège-2-Salle Féline (10)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sandrine Morel – Directrice Régionale – dernier RDV
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("2h4j6l8n0q1s3u5w7y9a0c2e4g@google.com", 1, "Animalia Store", "Directrice Régionale", "final",
                    "caroline.vial@animalia-store.fr;jm.sauvage@animalia-store.fr",
                    "gcal-room-resource-dernier-rdv-final")],
    },
    {
        "kind": "comite-associes",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Morin, Delphine":mailto:d.morin@teamsportcoop.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.mo
 rel69@free.fr:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Chevalier, Lo
 ïc":mailto:loic.chevalier@teamsportcoop.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Patrick Gonin (a
 ssocié Bourg-en-Bresse):mailto:gonin.sport01@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valérie Simon (a
 ssociée Mâcon):mailto:vsimon.tsm@wanadoo.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Morel\,\n\nComme annoncé\, vous r
 encontrerez le comité de sélection composé de Loïc Chevalier (Directeur
  Régional de la coopérative) et de deux associés du réseau. 15 minutes de
  présentation de votre projet pour l'animation des magasins associés\, pu
 is questions.\n\nDelphine Morin\nAssistante RH\n
UID:040000008200E00074C5B7101A82E008000000002C4E6A8B0D75DC01000000000000000
 01000000077665544332211FFEEDDCCBBAA998877
SUMMARY;LANGUAGE=fr-FR:Comité de sélection – Animateur Réseau Magasins Asso
 ciés
DTSTART;TZID=Romance Standard Time:20251202T140000
DTEND;TZID=Romance Standard Time:20251202T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T131500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Team Sport Coop – Centrale régionale\, Mâcon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E008000000002C4E6A8B0D75DC0100000000000000001000000077665544332211FFEEDDCCBBAA998877",  # noqa: E501
                    1, "Team Sport Coop", "Animateur Réseau Magasins Associés", "onsite",
                    "loic.chevalier@teamsportcoop.fr;gonin.sport01@orange.fr;vsimon.tsm@wanadoo.fr",
                    "comite-de-selection-member-owners-on-free-mail-assistant-sends")],
    },
    {
        "kind": "jobylon-english",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobylon//Jobylon ATS//EN
METHOD:REQUEST
@@TZ_COPENHAGEN@@
BEGIN:VEVENT
UID:jobylon-meeting-33918-4410@jobylon.com
DTSTAMP:20251103T130000Z
DTSTART;TZID=Europe/Copenhagen:20251106T100000
DTEND;TZID=Europe/Copenhagen:20251106T104500
SUMMARY:Nordhus | First interview | Area Manager France South
DESCRIPTION:Dear Sandrine\,\n\nWelcome to your first interview with Nordhus
  for the position Area Manager France South. You will meet Mette Kjær\, Talen
 t Partner.\n\nTeams link: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_bm9yZGh1cw\n\nKind regards\,\nNordhus Talent Team\, Copenhagen
LOCATION:Microsoft Teams
ORGANIZER;CN=Mette Kjær:mailto:mette.kjaer@nordhus.dk
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("jobylon-meeting-33918-4410@jobylon.com", 1, "Nordhus", "Area Manager France South",
                    "recruiter_screen", "mette.kjaer@nordhus.dk", "jobylon-copenhagen-zone-english-first-interview")],
    },
    {
        "kind": "teams-rome",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROME@@
BEGIN:VEVENT
ORGANIZER;CN="Bianchi, Giulia":mailto:giulia.bianchi@intimobella.it
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.mo
 rel69@free.fr:mailto:sandrine.morel69@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrari,
  Luca":mailto:luca.ferrari@intimobella.it
DESCRIPTION;LANGUAGE=en-US:Dear Sandrine\,\n\nas discussed\, please find b
 elow the invitation for the interview with Luca Ferrari\, Retail Director
  France & Benelux. The interview will be in English (Luca also speaks some
  French).\n\nBest regards\,\nGiulia Bianchi\nHR Specialist – Intimo Bella S
 .p.A.\, Verona\n\n_____________________________________________________________
 ___________________\nMicrosoft Teams meeting\nJoin on your computer\, mobi
 le app or room device\nClick here to join the meeting <https://teams.micro
 soft.com/l/meetup-join/19%3ameeting_aW50aW1v>\nMeeting ID: 287 661 903 428
 \nPasscode: Ue3Bn8\n______________________________________________________
 __________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1A2A3A4A57EDC01000000000000000
 010000000B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5C6
SUMMARY;LANGUAGE=en-US:Interview Area Manager Lyon – Sandrine Morel / Luca
  Ferrari
DTSTART;TZID=Europe/Rome:20251112T150000
DTEND;TZID=Europe/Rome:20251112T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251106T094411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000A1A2A3A4A57EDC01000000000000000010000000B1B2B3B4B5B6B7B8B9C0C1C2C3C4C5C6",  # noqa: E501
                    1, "Intimo Bella", "Area Manager Lyon", "hiring_manager", "luca.ferrari@intimobella.it",
                    "outlook-rome-zone-hr-sends-director-interviews")],
    },
    {
        "kind": "immersion-recurring",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:UTC+2
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:UTC+1
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20251118T201144Z
UID:4E2A9C71-0B3D-4F58-8E16-7A9D2C5B3F10
RRULE:FREQ=DAILY;COUNT=2
DTEND;TZID=Europe/Paris:20251127T180000
TRANSP:OPAQUE
SUMMARY:Immersion Montagne Passion Grenoble
LAST-MODIFIED:20251118T201530Z
DTSTAMP:20251118T201530Z
DTSTART;TZID=Europe/Paris:20251127T090000
LOCATION:Montagne Passion\, 15 bd Gambetta\, Grenoble
DESCRIPTION:2 jours avec Arnaud (dir. exploitation) + chefs de rayon. J2 =
  réunion avec DG à la fin. train 7h04 Part-Dieu. Hôtel Ibis réservé.
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
CREATED:20251118T201144Z
UID:4E2A9C71-0B3D-4F58-8E16-7A9D2C5B3F10
DTEND;TZID=Europe/Paris:20251128T190000
TRANSP:OPAQUE
SUMMARY:Immersion Montagne Passion Grenoble + entretien DG
LAST-MODIFIED:20251118T201530Z
DTSTAMP:20251118T201530Z
DTSTART;TZID=Europe/Paris:20251128T083000
RECURRENCE-ID;TZID=Europe/Paris:20251128T090000
LOCATION:Montagne Passion\, 15 bd Gambetta\, Grenoble
DESCRIPTION:J2 : entretien DG (M. Pelletier) 17h30. train retour 19h50.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("4E2A9C71-0B3D-4F58-8E16-7A9D2C5B3F10", 1, "Montagne Passion", "", "onsite",
                    "Arnaud;M. Pelletier", "self-entered-two-day-immersion-recurring-with-override")],
    },
    {
        "kind": "thunderbird-typed",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@@TZ_PARIS@@
BEGIN:VEVENT
CREATED:20251125T193012Z
LAST-MODIFIED:20251125T193240Z
DTSTAMP:20251125T193240Z
UID:9f1e2d3c-4b5a-4a69-8788-99aabbccddee
SUMMARY:Visio Troc'Occas (recrutement resp. franchise régional)
DTSTART;TZID=Europe/Paris:20251201T123000
DTEND;TZID=Europe/Paris:20251201T131500
DESCRIPTION:Lien Teams dans mail de Mathieu Garcia (RH réseau). Préparer :
  pq quitter Sportiva\, ex. de franchisé en difficulté\, mobilité 4j/5 sur l
 a route ok.
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
        "labels": [("9f1e2d3c-4b5a-4a69-8788-99aabbccddee", 1, "Troc'Occas", "", "recruiter_screen",
                    "Mathieu Garcia", "thunderbird-self-entered-visio-recrutement")],
    },
    {
        "kind": "flatchr-teams",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr ATS//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-evt-a71c33e0-autocentre
DTSTAMP:20251208T154020Z
DTSTART:20251211T083000Z
DTEND:20251211T093000Z
SUMMARY:AutoCentre Plus | Entretien N+1 | Directeur de Région Centre-Est
DESCRIPTION:Bonjour Sandrine\,\n\nVotre candidature a retenu toute notre att
 ention. Nous vous proposons un entretien avec votre futur N+1\, Hakim Bensa
 ïd (Directeur des Opérations France).\n\nMicrosoft Teams : https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_YXV0b2M\n\nÀ bientôt\,\nRecrutemen
 t AutoCentre Plus\n(message envoyé via Flatchr)
LOCATION:Teams
ORGANIZER;CN=AutoCentre Plus:mailto:no-reply@flatchr.io
ATTENDEE;CN=Hakim Bensaïd:mailto:hakim.bensaid@autocentreplus.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("flatchr-evt-a71c33e0-autocentre", 1, "AutoCentre Plus", "Directeur de Région Centre-Est",
                    "hiring_manager", "hakim.bensaid@autocentreplus.fr", "flatchr-entretien-n-plus-1")],
    },
    {
        "kind": "owner-orange",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Orange//Agenda Orange//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:20251029T181204-4471-agenda.orange.fr
DTSTAMP:20251029T181204Z
DTSTART;TZID=Europe/Paris:20251105T190000
DTEND;TZID=Europe/Paris:20251105T203000
SUMMARY:RDV Mme Morel - poste directeur d'exploitation
DESCRIPTION:Bonsoir Madame\, comme convenu je vous attends au magasin (bureau
  à l'étage\, passer par l'accueil) après la fermeture. Ma femme Corinne (co
 -gérante) sera là aussi.\nCordialement\, G. Perrier\nSuper Alpes Distributi
 on – Super U Annemasse
LOCATION:Super U Annemasse\, route de Thonon
ORGANIZER;CN=Gérard Perrier:mailto:gerard.perrier74@orange.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
ATTENDEE;CN=Corinne Perrier:mailto:corinne.perrier74@orange.fr
END:VEVENT
END:VCALENDAR
""",
        "labels": [("20251029T181204-4471-agenda.orange.fr", 1, "Super U Annemasse", "directeur d'exploitation",
                    "hiring_manager", "gerard.perrier74@orange.fr;corinne.perrier74@orange.fr",
                    "store-owner-on-orange-mail-evening-rdv")],
    },
    {
        "kind": "ashby-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-0d8c5f7a-0a4e-4ab0-9a61-3f0e2d7b9c15
DTSTAMP:20251014T162211Z
DTSTART:20251016T150000Z
DTEND:20251016T153000Z
SUMMARY:Sneak'Up <> Sandrine Morel - Talent Screen
DESCRIPTION:Hi Sandrine\,\n\nYou're confirmed for a Talent Screen for the R
 egional Manager - South East France role.\n\nInterviewer: Inès Moreau (Tale
 nt Lead)\nGoogle Meet: https://meet.google.com/snk-upsc-rnn\n\nIf you need
  to reschedule\, reply to this email.\n\nScheduled with Ashby
LOCATION:https://meet.google.com/snk-upsc-rnn
ORGANIZER;CN=Sneak'Up Recruiting:mailto:recruiting@sneakup.fr
ATTENDEE;CN=Inès Moreau:mailto:ines.moreau@sneakup.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ashby-interview-event-0d8c5f7a-0a4e-4ab0-9a61-3f0e2d7b9c15", 1, "Sneak'Up",
                    "Regional Manager - South East France", "recruiter_screen", "ines.moreau@sneakup.fr",
                    "ashby-talent-screen-english")],
    },
    {
        "kind": "ashby-onsite",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-51e2b6d9-77c0-4d3f-8e5a-b1c2d3e4f506
DTSTAMP:20251027T092300Z
DTSTART:20251105T100000Z
DTEND:20251105T123000Z
SUMMARY:Sneak'Up <> Sandrine Morel - Store Walk + Founders
DESCRIPTION:Hi Sandrine\,\n\nYour onsite is confirmed at our Lyon store (14
  rue Édouard Herriot).\n\n11:00 – Store walk with Jade Fabre (Store Manager\
 , Lyon)\n11:45 – Founders chat with Yanis Haddou & Clément Roche\n\nBring y
 our best sneakers ;)\n\nScheduled with Ashby
LOCATION:Sneak'Up Lyon\, 14 rue Édouard Herriot\, 69001 Lyon
ORGANIZER;CN=Sneak'Up Recruiting:mailto:recruiting@sneakup.fr
ATTENDEE;CN=Jade Fabre:mailto:jade.fabre@sneakup.fr
ATTENDEE;CN=Yanis Haddou:mailto:yanis@sneakup.fr
ATTENDEE;CN=Clément Roche:mailto:clement@sneakup.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ashby-interview-event-51e2b6d9-77c0-4d3f-8e5a-b1c2d3e4f506", 1, "Sneak'Up", "", "onsite",
                    "jade.fabre@sneakup.fr;yanis@sneakup.fr;clement@sneakup.fr",
                    "ashby-onsite-store-walk-founders")],
    },
    {
        "kind": "modernloop-case",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-6f0c1e2a-maisonaltier-case-01@modernloop.io
DTSTAMP:20251201T171717Z
DTSTART:20251209T130000Z
DTEND:20251209T141500Z
SUMMARY:Maison Altier - Case Study - Head of Retail Operations (Sandrine Mo
 rel)
DESCRIPTION:Bonjour Sandrine\,\n\nVoici votre étude de cas pour le poste He
 ad of Retail Operations : vous présenterez votre plan pour harmoniser les
  process des 9 boutiques (ouverture/fermeture\, stocks\, reporting) en 20 m
 inutes\, puis 40 minutes de questions.\n\nJury : Charlotte Aubert (COO)\, M
 ehdi Saïdi (Head of Supply)\n\nZoom : https://maisonaltier.zoom.us/j/8877
 1200345\n\nPowered by ModernLoop
LOCATION:Zoom
ORGANIZER;CN=Maison Altier Talent:mailto:talent@maisonaltier.fr
ATTENDEE;CN=Charlotte Aubert:mailto:charlotte.aubert@maisonaltier.fr
ATTENDEE;CN=Mehdi Saïdi:mailto:mehdi.saidi@maisonaltier.fr
ATTENDEE;CN=Sandrine Morel;RSVP=TRUE:mailto:sandrine.morel69@free.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ml-6f0c1e2a-maisonaltier-case-01@modernloop.io", 1, "Maison Altier",
                    "Head of Retail Operations", "technical",
                    "charlotte.aubert@maisonaltier.fr;mehdi.saidi@maisonaltier.fr",
                    "modernloop-case-study-jury")],
    },
]
