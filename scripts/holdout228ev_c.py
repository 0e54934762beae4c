"""holdout228 events, part C: trucking, distribution and leasing fleets; agencies and headhunters."""

# ruff: noqa: E501, W291  (raw iCalendar text: long unfolded lines and folded-line spaces are data)

from holdout228ev_tz import HALIFAX, TOR_ATS, TOR_GOOGLE, ev

EVENTS = []

EVENTS.append(ev("calendly-agence", "d91e0f6a-3c2b-4a87-b5e4-1f0c9d8e7a6b", 0, "recruiter-call-no-employer-named",
    r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:d91e0f6a-3c2b-4a87-b5e4-1f0c9d8e7a6b
DTSTAMP:20250204T145700Z
DTSTART:20250206T173000Z
DTEND:20250206T180000Z
SUMMARY:Appel découverte (30 min) entre Valérie Careau et Mathieu Bouchard
ORGANIZER;CN=Valérie Careau:mailto:vcareau@perspectiverh.ca
ATTENDEE;CN=Mathieu Bouchard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu
 .bouchard.meca@videotron.ca
DESCRIPTION:Type d'événement : Appel découverte (30 min)\n\nPlanifié par :
  Mathieu Bouchard\n\nRéponses :\nPoste visé : superviseur entretien / plan
 ificateur\nNuméro : 418 555-0182\n\nNote de Valérie : Je travaille un mand
 at pour un grand transporteur de la Rive-Sud (flotte de 600 tracteurs)\, t
 rès belle opportunité. Je vous en dirai plus au téléphone.\n\nPerspective R
 H – Recrutement spécialisé transport et logistique\n\nPour annuler : https
 ://calendly.com/cancellations/d91e0f6a\nPour replanifier : https://calendl
 y.com/reschedulings/d91e0f6a
LOCATION:Valérie vous appellera au 418 555-0182
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(ev("agence-mandat", "1q3e5t7u9o0p2w4r6y8i@google.com", 1, "agency-screen-names-client-in-description",
    TOR_GOOGLE.join([r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""", r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250213T121500
DTEND;TZID=America/Toronto:20250213T130000
DTSTAMP:20250210T160322Z
ORGANIZER;CN=Valérie Careau:mailto:vcareau@perspectiverh.ca
UID:1q3e5t7u9o0p2w4r6y8i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Valérie Careau;X-NUM-GUESTS=0:mailto:vcareau@perspectiverh.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=mathieu.bouchard.meca@videotron.ca;X-NUM-GUESTS=0:mailto:mathieu.bouch
 ard.meca@videotron.ca
CREATED:20250210T160311Z
DESCRIPTION:Bonjour Mathieu\,\nComme promis\, mon client est Groupe Robert
  (siège social et grand centre d'entretien à Boucherville). Poste : Direct
 eur adjoint\, maintenance de la flotte. Entrevue de qualification avec moi 
 (45 min) avant de présenter ton dossier. On révise ton parcours\, ton sala
 ire et tes disponibilités.\n\nValérie\n\nRejoindre par Google Meet : https:
 //meet.google.com/bsx-qjaw-ufm
LAST-MODIFIED:20250210T160322Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mathieu B. - entrevue de qualification (Perspective RH)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""]), company="Groupe Robert", role="Directeur adjoint, maintenance de la flotte",
    stage="recruiter_screen", who="vcareau@perspectiverh.ca"))

EVENTS.append(ev("boucherville", "040000008200E00074C5B7101A82E00800000000A7E0C3B9D68EDB01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F", 1,
    "client-onsite-after-agency-outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Bissonnette, Hugo":mailto:hbissonnette@robert.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mathieu.bo
 uchard.meca@videotron.ca:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=vcareau@pe
 rspectiverh.ca:mailto:vcareau@perspectiverh.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Laramée, Syl
 vie":mailto:slaramee@robert.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mathieu\,\n\nMerci d'avoir accepté de ve
 nir nous rencontrer. Sylvie Laramée (RH) et moi-même serons présents. On te
  fera faire un tour du centre d'entretien après (prévoir des bottes de séc
 urité).\n\nStationnement visiteurs\, porte 3.\n\nHugo Bissonnette\nDirecte
 ur maintenance\n
UID:040000008200E00074C5B7101A82E00800000000A7E0C3B9D68EDB01000000000000000
 010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=fr-CA:Rencontre Mathieu Bouchard – Dir. adj. maintenance
DTSTART:20250226T140000Z
DTEND:20250226T160000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T221011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:20\, boul. Marie-Victorin\, Boucherville
END:VEVENT
END:VCALENDAR
""", company="Groupe Robert", role="Dir. adj. maintenance", stage="hiring_manager",
    who="hbissonnette@robert.ca;slaramee@robert.ca"))

EVENTS.append(ev("teamtailor-nuit", "teamtailor-interview-5127734", 1, "teamtailor-night-shop-supervisor",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-5127734
DTSTAMP:20250305T102201Z
DTSTART:20250312T190000Z
DTEND:20250312T194500Z
SUMMARY:Entrevue avec Transport Guilbault - Superviseur(e) d'atelier de nui
 t
ORGANIZER;CN=Transport Guilbault:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Nicolas Guay:mailto:nguay@guilbault.ca
DESCRIPTION:Salut Mathieu!\n\nOn a hâte de te rencontrer. Nicolas Guay\, d
 irecteur du garage\, sera avec toi. L'entrevue se fait à notre garage du 4
 35 rue des Métiers (entrée par le shop\, côté des portes de garage).\n\nÀ 
 bientôt!\nL'équipe Guilbault\n\nEnvoyé avec Teamtailor
LOCATION:435 rue des Métiers\, Québec
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="Transport Guilbault", role="Superviseur(e) d'atelier de nuit", stage="hiring_manager",
    who="nguay@guilbault.ca"))

EVENTS.append(ev("webex-tfi", "3E7A1C9B5D2F4068@tfiintl.webex.com", 1, "webex-invite-no-clear-stage",
    r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:3E7A1C9B5D2F4068@tfiintl.webex.com
DTSTAMP:20250317T180404Z
DTSTART:20250321T150000Z
DTEND:20250321T160000Z
SUMMARY:Entrevue - Gestionnaire de l'entretien (Québec) / Mathieu Bouchard
ORGANIZER;CN=Martin Vachon:mailto:mvachon@tfiintl.com
ATTENDEE;CN=Mathieu Bouchard;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu
 .bouchard.meca@videotron.ca
ATTENDEE;CN=Guylaine Thibault;ROLE=REQ-PARTICIPANT:mailto:gthibault@tfiint
 l.com
DESCRIPTION:Martin Vachon vous invite à une réunion Webex.\n\nRejoindre la
  réunion :\nhttps://tfiintl.webex.com/tfiintl/j.php?MTID=m4f0e1d2c3b4a596
 87a6b5c4d3e2f1a0b\n\nNuméro de réunion : 2634 118 9051\nMot de passe : Ent
 r2025\n\nRejoindre par téléphone\n+1-416-915-6530 Canada Toll\nCode d'accè
 s : 263 411 89051\n
LOCATION:https://tfiintl.webex.com/tfiintl/j.php?MTID=m4f0e1d2c3b4a59687a6
 b5c4d3e2f1a0b
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", company="TFI International", role="Gestionnaire de l'entretien (Québec)", stage="",
    who="mvachon@tfiintl.com;gthibault@tfiintl.com"))

EVENTS.append(ev("purolator-screen", "WD-PURO-7c4e1a90b2d35f68", 1, "workday-english-recruiter-screen-teams",
    TOR_ATS.join([r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:WD-PURO-7c4e1a90b2d35f68
DTSTAMP:20250121T154407Z
DTSTART;TZID=America/Toronto:20250124T140000
DTEND;TZID=America/Toronto:20250124T143000
SUMMARY:Recruiter Screen - Fleet Maintenance Supervisor - Quebec City (JR-
 24519)
ORGANIZER;CN=Purolator Careers:mailto:purolator@myworkday.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videotr
 on.ca
ATTENDEE;CN=Priya Raman:mailto:priya.raman@purolator.com
DESCRIPTION:Hello Mathieu\,\n\nThank you for applying to Purolator. Priya 
 Raman (Talent Acquisition) will meet you on Microsoft Teams. This convers
 ation can be held in French on request.\n\nJoin: https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_MjYxZWQ0ZDUtNmI1Ny00YzE0LTk0NDUtYTk4ZWE4ZDc
 1N2M0%40thread.v2/0\n\nThis message was sent from Workday.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company="Purolator", role="Fleet Maintenance Supervisor - Quebec City",
    stage="recruiter_screen", who="priya.raman@purolator.com"))

EVENTS.append(ev("icims-moncton", "icims-sched-2025-0331-118842", 1, "icims-halifax-tz-hiring-manager",
    HALIFAX.join([r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""", r"""BEGIN:VEVENT
UID:icims-sched-2025-0331-118842
DTSTAMP:20250327T125955Z
DTSTART;TZID=America/Halifax:20250331T140000
DTEND;TZID=America/Halifax:20250331T150000
SUMMARY:Interview: Service Manager - Moncton\, NB (Req 2503187)
ORGANIZER;CN=Penske Truck Leasing:mailto:donotreply@icims.com
ATTENDEE;CN=Mathieu Bouchard;RSVP=TRUE:mailto:mathieu.bouchard.meca@videot
 ron.ca
ATTENDEE;CN=Jason LeBlanc:mailto:jason.leblanc@penske.com
DESCRIPTION:Dear Mathieu\,\n\nYou are scheduled to interview with Jason Le
 Blanc\, District Service Manager\, for the Service Manager position at our
  Moncton\, NB location. Interview time is shown in Atlantic Time.\n\nVideo
  link: https://penske.zoom.us/j/96120334712\n\nIf you need to reschedule\, 
 please reply to this message.\n\nPenske Talent Acquisition
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""]), company="Penske Truck Leasing", role="Service Manager - Moncton, NB", stage="hiring_manager",
    who="jason.leblanc@penske.com"))

EVENTS.append(ev("annulee", "gt-ryder-41f5b8a2-0c6d-4e97-9a13-d2e4f6a8b0c1", 1, "method-cancel-english-technical",
    r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:gt-ryder-41f5b8a2-0c6d-4e97-9a13-d2e4f6a8b0c1
DTSTAMP:20250403T201500Z
DTSTART:20250408T170000Z
DTEND:20250408T180000Z
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Canceled: Ryder - Technical Interview - Maintenance Manager (Montr
 eal North)
ORGANIZER;CN=Ryder Recruiting:mailto:recruiting@ryder.goodtime.io
ATTENDEE;CN=Mathieu Bouchard:mailto:mathieu.bouchard.meca@videotron.ca
ATTENDEE;CN=Derek Oliveira:mailto:doliveira@ryder.com
DESCRIPTION:Hi Mathieu\, this interview has been canceled. Derek is no lon
 ger available on this date; the recruiting team will reach out with new 
 times.\n\nPowered by GoodTime
END:VEVENT
END:VCALENDAR
""", company="Ryder", role="Maintenance Manager (Montreal North)", stage="technical",
    who="doliveira@ryder.com"))
