"""holdout143: Montréal hotels and St-Hubert (the user's own interviews)."""

from holdout143ev_common import yes

EVENTS = []

# Fairmont: Workday screen -> Outlook chef exécutif (sent, then moved) -> essai en cuisine
EVENTS.append(yes("workday", r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
UID:wd-int-sched-7f3a91c2e0b84d51a9c2@myworkday.com
DTSTAMP:20250204T163211Z
DTSTART;TZID=America/Montreal:20250211T093000
DTEND;TZID=America/Montreal:20250211T100000
SUMMARY:Entretien téléphonique - Chef de cuisine\, Rosélys (R-0148823)
DESCRIPTION:Bonjour Olivier\,\n\nMerci de l'intérêt que vous portez à Fair
 mont Le Reine Elizabeth. Cet entretien téléphonique d'environ 30 minutes
  avec Valérie Dufresne\, Conseillère principale\, acquisition de talents\,
  portera sur votre parcours et vos attentes.\n\nValérie vous appellera au
  514-555-0187.\n\nPour toute modification\, répondez directement à ce cou
 rriel.\n\nAccor | Fairmont Le Reine Elizabeth\n900\, boul. René-Lévesque
  Ouest\, Montréal (QC)
ORGANIZER;CN=Valérie Dufresne:mailto:valerie.dufresne@accor.com
ATTENDEE;CN=Olivier Bélanger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RS
 VP=TRUE:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;CN=Valérie Dufresne;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 valerie.dufresne@accor.com
LOCATION:Appel téléphonique
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "wd-int-sched-7f3a91c2e0b84d51a9c2@myworkday.com", "Fairmont Le Reine Elizabeth",
    "Chef de cuisine, Rosélys", "recruiter_screen", "valerie.dufresne@accor.com",
    "workday-phone-screen-fr-requisition-number"))

FAIRMONT_HM = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Roy, Jean-François":mailto:Jean-Francois.Roy@fairmont.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dufresne,
  Valérie":mailto:valerie.dufresne@accor.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="FQE - Bureau C
 hef Exécutif (4e)":mailto:FQE-Bureau-ChefExec@fairmont.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Olivier\,\n\nComme convenu avec Valérie
 \, je vous propose une rencontre à mon bureau pour discuter du poste de
  chef de cuisine au Rosélys. Prévoyez environ une heure : on fera le tour
  de la cuisine et on parlera de votre vision du menu.\n\nEntrée des emplo
 yés : rue Mansfield\, demandez-moi à la sécurité.\n\nAu plaisir\,\nJean-F
 rançois Roy\nChef exécutif\n\n
UID:040000008200E00074C5B7101A82E00800000000B0D8D1E3A076DB01000000000000000
 01000000094E0C4CBB6A3BD4C8F1E6F3D0C1A7B22
SUMMARY;LANGUAGE=fr-CA:Rencontre – Olivier Bélanger / poste Chef de cuisine
  Rosélys
DTSTART;TZID=Eastern Standard Time:%%START%%
DTEND;TZID=Eastern Standard Time:%%END%%
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:%%STAMP%%
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:%%SEQ%%
LOCATION;LANGUAGE=fr-CA:FQE - Bureau Chef Exécutif (4e)
X-MICROSOFT-CDO-APPT-SEQUENCE:%%SEQ%%
X-MICROSOFT-CDO-OWNERAPPTID:-1384412871
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
"""
FAIRMONT_UID = ("040000008200E00074C5B7101A82E00800000000B0D8D1E3A076DB01000000000000000"
                "01000000094E0C4CBB6A3BD4C8F1E6F3D0C1A7B22")
for start, end, stamp, seq, trap in (
    ("20250219T100000", "20250219T110000", "20250212T201544Z", "0", "outlook-exchange-chef-executif-meeting-fr"),
    ("20250221T140000", "20250221T150000", "20250217T131902Z", "1", "outlook-rescheduled-same-uid-sequence-1"),
):
    ics = (FAIRMONT_HM.replace("%%START%%", start).replace("%%END%%", end)
           .replace("%%STAMP%%", stamp).replace("%%SEQ%%", seq))
    EVENTS.append(yes("outlook", ics, FAIRMONT_UID, "Fairmont Le Reine Elizabeth",
                      "Chef de cuisine Rosélys", "hiring_manager", "jean-francois.roy@fairmont.com", trap))

EVENTS.append(yes("phone-entry", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250222T021430Z
UID:6C1F0E8B-3D2A-4B77-9E51-0A7D2C9F4E13
DTSTART:20250304T140000
DTEND:20250304T220000
SUMMARY:Essai cuisine Fairmont - Roselys
LOCATION:900 Boul René-Lévesque O\, Montréal
DESCRIPTION:JF Roy + sous-chef Karine. Service du soir complet\, 2 plats a
 u choix sur le menu + 1 plat libre (apporter ma recette canard). Couteaux
 \, veste\, souliers. Entrée employés rue Mansfield 13h45\nDemander congé
  à Marco!!
DTSTAMP:20250222T021430Z
LAST-MODIFIED:20250222T021520Z
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT2H
X-WR-ALARMUID:0B1E2D77-6F41-4E0A-A0D5-3C2F91AA7E40
END:VALARM
END:VEVENT
END:VCALENDAR
""", "6C1F0E8B-3D2A-4B77-9E51-0A7D2C9F4E13", "Fairmont Le Reine Elizabeth", "", "final",
    "JF Roy;Karine", "phone-typed-essai-en-cuisine-floating-time", crlf=False))

# Ritz-Carlton: Harri screen, then dégustation by Outlook
EVENTS.append(yes("harri", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harri//Harri Scheduler 3.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:harri-iv-5e7d20b1-44c9-4f3b-b7a1-19e6c0d2a8f4
DTSTAMP:20250225T150002Z
DTSTART:20250303T193000Z
DTEND:20250303T200000Z
SUMMARY:Interview: Executive Sous Chef - The Ritz-Carlton\, Montréal
DESCRIPTION:Hi Olivier\,\n\nYour interview has been scheduled.\n\nPosition
 : Executive Sous Chef\nLocation: The Ritz-Carlton\, Montréal\nInterview t
 ype: Video call\nInterviewer: Amira Haddad\, Talent Acquisition Manager\n
 \nJoin: https://meet.harri.com/v/rcmtl-8841-2207\n\nNeed to reschedule? h
 ttps://harri.com/candidate/interviews/5e7d20b1\n\nPowered by Harri
ORGANIZER;CN=Harri Scheduler:mailto:no-reply@harri.com
ATTENDEE;CN=Amira Haddad;PARTSTAT=ACCEPTED:mailto:amira.haddad@ritzcarlton.com
ATTENDEE;CN=Olivier Belanger;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:olivier
 .belanger.cuisine@hotmail.com
LOCATION:https://meet.harri.com/v/rcmtl-8841-2207
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "harri-iv-5e7d20b1-44c9-4f3b-b7a1-19e6c0d2a8f4", "Ritz-Carlton Montréal", "Executive Sous Chef",
    "recruiter_screen", "amira.haddad@ritzcarlton.com", "harri-hospitality-ats-utc-video-screen"))

EVENTS.append(yes("outlook", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Haddad, Amira";SENT-BY="mailto:lucie.morin@ritzcarlton.com":m
 ailto:amira.haddad@ritzcarlton.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Olivier B
 élanger":mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Castonguay, P
 hilippe":mailto:philippe.castonguay@ritzcarlton.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Lemaire, Ann
 e-Sophie":mailto:annesophie.lemaire@ritzcarlton.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="MTLRZ Cuisine
  Maison Boulud - Table du chef":mailto:mtlrz.tableduchef@ritzcarlton.com
DESCRIPTION;LANGUAGE=en-US:Olivier\,\n\nFurther to your conversation with
  Amira\, Chef Philippe Castonguay would like to invite you for a tasting.
 \n\nPlease prepare three plates (one appetizer\, one main\, one dessert o
 r cheese course) showcasing Québec products\, for four covers. Our team w
 ill have the basic mise en place ready; send your market list to Lucie
  by Friday. Anne-Sophie Lemaire (Director of Food & Beverage) will join
  for the tasting.\n\nArrival at 1:30 pm at the staff entrance on Drummon
 d.\n\nLucie Morin\nExecutive Assistant to the Director of Human Resource
 s\n
UID:040000008200E00074C5B7101A82E0080000000060A1E45C1A86DB010000000000000
 00010000000C2D3E77B19A94146A25B9E0D4E0C1F55
SUMMARY;LANGUAGE=en-US:Tasting / Dégustation - Olivier Bélanger (Exec Sous
  Chef)
DTSTART;TZID=Eastern Standard Time:20250318T133000
DTEND;TZID=Eastern Standard Time:20250318T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T184455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MTLRZ Cuisine Maison Boulud - Table du chef
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000060A1E45C1A86DB01000000000000000010000000C2D3E77B19A94146A25B9E0D4E0C1F55",
    "Ritz-Carlton Montréal", "Exec Sous Chef", "technical",
    "philippe.castonguay@ritzcarlton.com;annesophie.lemaire@ritzcarlton.com",
    "outlook-sent-by-assistant-tasting-with-room-resource"))

EVENTS.append(yes("workable", r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250226T150000Z
DTEND:20250226T153000Z
DTSTAMP:20250220T142207Z
ORGANIZER;CN=Groupe Germain Hospitalité:mailto:noreply@workablemail.com
UID:workable-event-3b1c9e0a7f6d4e22@workable.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Olivier Bélanger;X-NUM-GUESTS=0:mailto:olivier.belanger.cuisine@ho
 tmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Émilie
  Gosselin:mailto:egosselin@germainhotels.com
DESCRIPTION:Appel téléphonique avec Émilie Gosselin pour le poste de Chef
  exécutif – Le Germain Hôtel Montréal.\n\nÉmilie vous appellera au numéro
  inscrit dans votre candidature.\n\n--\nThis event was scheduled with Wor
 kable.
LOCATION:Appel téléphonique
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Appel téléphonique : Olivier Bélanger – Chef exécutif
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "workable-event-3b1c9e0a7f6d4e22@workable.com", "Groupe Germain Hospitalité", "Chef exécutif",
    "recruiter_screen", "egosselin@germainhotels.com", "workable-appel-telephonique-no-interview-word"))

EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250408T150000
DTEND;TZID=America/Montreal:20250408T230000
DTSTAMP:20250401T031744Z
ORGANIZER;CN=Sam Laliberté:mailto:sam.laliberte.chef@gmail.com
UID:2u8v1q0k6d7rj4f3gm5c9b1a2e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sam Laliberté;X-NUM-GUESTS=0:mailto:sam.laliberte.chef@gmail.com
CREATED:20250401T031743Z
DESCRIPTION:Salut Olivier\, comme on s'est dit au tel: tu viens faire un s
 tage mardi\, tu fais le service avec la brigade au passe pis on jase apr
 ès. Veste fournie\, apporte tes couteaux. Demande Sam à la porte de serv
 ice sur St-Sulpice.
LAST-MODIFIED:20250401T031744Z
LOCATION:Hôtel William Gray\, 421 Rue Saint-Vincent\, Montréal\, QC H2Y 3A
 6\, Canada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stage WG - Olivier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2u8v1q0k6d7rj4f3gm5c9b1a2e@google.com", "Hôtel William Gray", "", "",
    "sam.laliberte.chef@gmail.com", "chef-on-gmail-stage-trial-shift-joual"))

# St-Hubert: Workday Teams screen, then cooking test in the test kitchen
EVENTS.append(yes("teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ:WIN_EST%%
BEGIN:VEVENT
ORGANIZER;CN="Bergeron, Isabelle":mailto:isabelle.bergeron@st-hubert.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=olivier.b
 elanger.cuisine@hotmail.com:mailto:olivier.belanger.cuisine@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nadeau,
  Sylvain":mailto:sylvain.nadeau@st-hubert.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Olivier\, voici l'invitation pour notre
  première rencontre virtuelle concernant le poste de Chef\, recherche et
  développement culinaire. Sylvain Nadeau\, directeur R&D\, se joindra à
  nous.\n___________________________________________________________________
 _____________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, u
 ne application mobile ou un appareil de salle\nCliquez ici pour rejoindr
 e la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4Mj
 Q1NWQtYjY3Ni00Mzc4LWI4ZmYtNTI2MjE1OWJhYzQx%40thread.v2/0?context=%7b%22Ti
 d%22%3a%22c2d1e4f0%22%7d>\nID de la réunion : 263 554 108 991\nCode secr
 et : q7Lx9R\nTélécharger Teams<https://www.microsoft.com/microsoft-teams/d
 ownload-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-te
 ams/join-a-meeting>\nOu appelez (audio seulement)\n+1 438-555-0119\,\,3381
 90422#   Canada\, Montréal\nID de conférence téléphonique : 338 190 422#\n
 ___________________________________________________________________________
 _____\n
UID:040000008200E00074C5B7101A82E00800000000D0FE2A2B9A8CDB010000000000000
 000100000007B0A6E16E0F5D44195E3F1E3A9D28C10
SUMMARY;LANGUAGE=fr-CA:Rencontre virtuelle - Chef R&D culinaire (Olivier B
 élanger)
DTSTART;TZID=Eastern Standard Time:20250312T110000
DTEND;TZID=Eastern Standard Time:20250312T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T170212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZTk4MjQ1NWQtYjY3Ni00Mzc4LWI4ZmYtNTI2MjE1OWJhYzQx%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onli
 neMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D0FE2A2B9A8CDB010000000000000000100000007B0A6E16E0F5D44195E3F1E3A9D28C10",
    "St-Hubert", "Chef, recherche et développement culinaire", "",
    "isabelle.bergeron@st-hubert.com;sylvain.nadeau@st-hubert.com",
    "teams-rencontre-virtuelle-rd-chef-no-stage-word"))

EVENTS.append(yes("gcal", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ:MTL%%
BEGIN:VEVENT
DTSTART;TZID=America/Montreal:20250327T090000
DTEND;TZID=America/Montreal:20250327T130000
DTSTAMP:20250318T195512Z
ORGANIZER;CN=Isabelle Bergeron:mailto:isabelle.bergeron@st-hubert.com
UID:0p3kq9r2s6t1u8v4w5x7y2z0a1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=olivier.belanger.cuisine@hotmail.com;X-NUM-GUESTS=0:mailto:olivier
 .belanger.cuisine@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sylvain Nadeau;X-NUM-GUESTS=0:mailto:sylvain.nadeau@st-hubert.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mélanie Côté;X-NUM-GUESTS=0:mailto:melanie.cote@st-hubert.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Isabelle Bergeron;X-NUM-GUESTS=0:mailto:isabelle.bergeron@st-hubert.co
 m
DESCRIPTION:Bonjour Olivier\,<br><br>Tel que discuté\, voici l'invitation p
 our la mise en situation en cuisine d'essai. Tu auras à développer une
  version « prêt-à-cuire » de notre sauce BBQ et un accompagnement végé\,
  en partant d'un panier d'ingrédients remis sur place. Mélanie Côté (tech
 nologue alimentaire) et Sylvain évalueront la démarche\, le goût et la f
 aisabilité en usine.<br><br>Tablier et filet fournis\, souliers de sécur
 ité obligatoires.<br><br>Isabelle
LOCATION:Centre d'innovation St-Hubert\, 2500 Boul. Daniel-Johnson\, Laval
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mise en situation - cuisine d'essai (Olivier Bélanger)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0p3kq9r2s6t1u8v4w5x7y2z0a1@google.com", "St-Hubert", "", "technical",
    "sylvain.nadeau@st-hubert.com;melanie.cote@st-hubert.com",
    "gcal-mise-en-situation-test-kitchen-html-description"))
