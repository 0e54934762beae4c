"""holdout231 events, part C: Toulouse and French employers (mostly in French)."""

from holdout231ev_tz import PARIS, ROMANCE_STD

EVENTS = [
    {
        "kind": "workday-entretien", "uid": "WD-INT-b7d21e0c4f9a4a63a2e18c5f06d9b311@myworkday.com", "iv": 1,
        "company": "Thales Alenia Space", "role": "Responsable Ingénierie Système Plateforme (H/F)",
        "stage": "recruiter_screen", "who": ["camille.roux@thalesaleniaspace.com"],
        "trap": "workday-french-entretien-rh",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-b7d21e0c4f9a4a63a2e18c5f06d9b311@myworkday.com
DTSTAMP:20250409T075821Z
DTSTART:20250417T080000Z
DTEND:20250417T084500Z
SUMMARY:Entretien RH - Responsable Ingénierie Système Plateforme (H/F) - R
 0253311
ORGANIZER;CN=Thales Alenia Space Recrutement:mailto:thalesgroup@myworkday
 .com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Camille Roux:mailto:cam
 ille.roux@thalesaleniaspace.com
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Rebecca\,\n\nSuite à votre candidature\, nous avons l
 e plaisir de vous proposer un premier entretien avec Camille Roux\, Charg
 ée de recrutement\, pour le poste de Responsable Ingénierie Système Plate
 forme (H/F) basé à Toulouse.\n\nCet échange d'environ 45 minutes se dérou
 lera en français.\n\nRejoindre la réunion Microsoft Teams :\nhttps://team
 s.microsoft.com/l/meetup-join/19%3ameeting_NzY1ZDE2@thread.v2/0\nID de ré
 union : 327 118 560 412  Code secret : Ux7qT2\n\nBien cordialement\,\nL'é
 quipe Recrutement Thales Alenia Space
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-entretien",
        "uid": ("040000008200E00074C5B7101A82E00800000000B05E2A7F19C9DB01000000000000000010000000"
                "6A1F0C93D2B84E4A9F3C55E18B07D2A6"),
        "iv": 1, "company": "Thales Alenia Space", "role": "Responsable Ingénierie Système Plateforme",
        "stage": "onsite", "who": ["julien.durand@thalesaleniaspace.com", "sophie.marchetti@thalesaleniaspace.com"],
        "trap": "toulouse-onsite-entretien-in-french",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="DURAND Julien":mailto:julien.durand@thalesaleniaspace.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rebecca.h
 owell.eng@outlook.com:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MARCHETT
 I Sophie":mailto:sophie.marchetti@thalesaleniaspace.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TLS-BAT A-Sal
 le Ariane (12p)":mailto:tls-bata-ariane@thalesaleniaspace.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Rebecca\,\n\nComme convenu\, je vous co
 nfirme notre entretien sur site pour le poste de Responsable Ingénierie S
 ystème Plateforme.\n\nDéroulé :\n- 14h00 : présentation de votre parcours
  (15 min) puis échange technique (architecture avionique plateforme\, bus
  1553/SpaceWire\, AIT\, revues PDR/CDR) avec Sophie Marchetti\, architect
 e système\n- 15h15 : entretien managérial avec moi-même\n- 16h00 : visite
  des salles blanches (sous réserve)\n\nAdresse : 26 avenue Jean-François
  Champollion\, 31100 Toulouse. Merci de vous présenter à l'accueil visite
 urs avec votre passeport (contrôle d'accès ZRR).\n\nCordialement\,\nJulie
 n Durand\nChef de service Ingénierie Système Plateforme\n
UID:040000008200E00074C5B7101A82E00800000000B05E2A7F19C9DB010000000000000
 000100000006A1F0C93D2B84E4A9F3C55E18B07D2A6
SUMMARY;LANGUAGE=fr-FR:Entretien - Rebecca HOWELL - Resp. Ingénierie Systè
 me Plateforme
DTSTART;TZID=Romance Standard Time:20250605T140000
DTEND;TZID=Romance Standard Time:20250605T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250522T091544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:TLS-BAT A-Salle Ariane (12p)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-echange", "uid": "6h2q0ecl9fn1s8t4rmb3dk7o5g@google.com", "iv": 1,
        "company": "Liebherr-Aerospace Toulouse", "role": "Responsable Équipe Systèmes Air (H/F)",
        "stage": "recruiter_screen", "who": ["m.lefebvre@altair-conseil.fr"],
        "trap": "headhunter-names-client-only-in-body-fr",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250414T183000
DTEND;TZID=Europe/Paris:20250414T191500
DTSTAMP:20250410T162003Z
ORGANIZER;CN=Mathilde Lefebvre:mailto:m.lefebvre@altair-conseil.fr
UID:6h2q0ecl9fn1s8t4rmb3dk7o5g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rebecca.howell.eng@outlook.com;X-NUM-GUESTS=0:mailto:rebecca.howel
 l.eng@outlook.com
DESCRIPTION:Bonjour Rebecca\,<br><br>Merci pour votre retour. Comme évoqué
  sur LinkedIn\, je vous propose un échange téléphonique de 45 minutes pour
  faire le point sur votre parcours avant de présenter votre candidature à
  mon client\, <b>Liebherr-Aerospace Toulouse</b>\, pour le poste de Respo
 nsable Équipe Systèmes Air (H/F) - conditionnement d'air et pressurisatio
 n cabine\, équipe de 12 ingénieurs.<br><br>Nous parlerons aussi de votre
  niveau de français\, de la mobilité et de la rémunération.<br><br>Je vous
  appelle au +44 7700 900417.<br><br>Mathilde Lefebvre<br>Associée - Aéron
 autique & Défense<br>Altaïr Conseil - Executive Search\, Toulouse
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange Rebecca Howell / Mathilde Lefebvre (Altaïr Conseil)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-entretien", "uid": "SF-IV-LIEBHERR-88213-4410@successfactors.eu", "iv": 1,
        "company": "Liebherr-Aerospace Toulouse", "role": "Responsable Équipe Systèmes Air (H/F)",
        "stage": "hiring_manager", "who": ["Pierre-Yves Carrère", "Nathalie Bosc"],
        "trap": "successfactors-french-entretien-manager",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:SF-IV-LIEBHERR-88213-4410@successfactors.eu
DTSTAMP:20250428T120900Z
SEQUENCE:0
DTSTART;TZID=Europe/Paris:20250512T100000
DTEND;TZID=Europe/Paris:20250512T113000
SUMMARY:Invitation à un entretien - Responsable Équipe Systèmes Air (H/F)
ORGANIZER;CN=Liebherr Recrutement:mailto:noreply@successfactors.eu
ATTENDEE;CN=Rebecca Howell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:rebecca.howell.eng@outlook.com
LOCATION:Microsoft Teams
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous inviter à un entreti
 en pour le poste Responsable Équipe Systèmes Air (H/F)\, réf. 88213.\n\nV
 os interlocuteurs : M. Pierre-Yves Carrère\, Responsable Département Ingé
 nierie Systèmes\, et Mme Nathalie Bosc\, Ressources Humaines.\n\nLien Tea
 ms : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjA0ZTdl@thre
 ad.v2/0\n\nEn cas d'empêchement\, merci de nous prévenir au plus tôt.\n\n
 Liebherr-Aerospace Toulouse SAS\n408 avenue des États-Unis\, 31016 Toulou
 se
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taleo-webex", "uid": "TALEO-ATR-REQ250417-INT2-0098@taleo.net", "iv": 1,
        "company": "ATR", "role": "Ingénieur Principal Certification Avionique (H/F)", "stage": "technical",
        "who": ["francois.gimenez@atr-aircraft.com"], "trap": "taleo-webex-entretien-technique",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Scheduling Center//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-ATR-REQ250417-INT2-0098@taleo.net
DTSTAMP:20250519T143300Z
DTSTART:20250526T123000Z
DTEND:20250526T134500Z
SUMMARY:ATR - Entretien technique - Ingénieur Principal Certification Avio
 nique (H/F)
ORGANIZER;CN=ATR Talent Acquisition:mailto:atr-recrutement@taleo.net
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;CN=François Gimenez;RSVP=FALSE:mailto:francois.gimenez@atr-aircra
 ft.com
LOCATION:Webex
DESCRIPTION:Bonjour Rebecca\,\n\nVotre entretien technique avec François
  Gimenez (Responsable Certification Systèmes) est confirmé. Prévoir des qu
 estions sur la DO-178C / DO-254\, l'AMC 20-115D et les échanges avec l'EA
 SA.\n\nRejoindre la réunion Webex :\nhttps://atr-aircraft.webex.com/atr-a
 ircraft/j.php?MTID=m5b1f0c27a93e4d8e\nNuméro de la réunion : 2744 906 1183
 \nMot de passe : ATR2025!\nRejoindre par téléphone : +33-1-7091-8646 Fra
 nce\n\nATR - Talent Acquisition
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "flatchr-meet", "uid": "flatchr-evt-3f19a6d4b2c7@flatchr.io", "iv": 1,
        "company": "Latécoère", "role": "Engineering Manager - Interconnection Systems",
        "stage": "hiring_manager", "who": ["gareth.pugh@latecoere.aero"],
        "trap": "french-ats-english-hiring-manager-call",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Flatchr Agenda//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
UID:flatchr-evt-3f19a6d4b2c7@flatchr.io
DTSTAMP:20250530T091200Z
DTSTART:20250604T150000Z
DTEND:20250604T154500Z
SUMMARY:Rebecca Howell x Latécoère - Engineering Manager - Interconnection
  Systems
ORGANIZER;CN=Gareth Pugh:mailto:gareth.pugh@latecoere.aero
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca.
 howell.eng@outlook.com
ATTENDEE;CN=Gareth Pugh;PARTSTAT=ACCEPTED:mailto:gareth.pugh@latecoere.aer
 o
DESCRIPTION:Hi Rebecca - Gareth here\, I run the wiring/interconnection en
 gineering group in Toulouse (Montredon). Happy to do this one in English
 \; the team works in French day to day\, so we'll switch for the second h
 alf if that's OK.\n\nGoogle Meet : https://meet.google.com/fsq-ujvo-mnh\n
 \nEnvoyé via Flatchr
LOCATION:https://meet.google.com/fsq-ujvo-mnh
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-teams",
        "uid": ("040000008200E00074C5B7101A82E00800000000E1A8D7C40BD3DB01000000000000000010000000"
                "C3A9E7F1204B6D4F8A2E15B9D60C7E38"),
        "iv": 1, "company": "Safran Electronics & Defense", "role": "Chef de projet technique avionique (H/F)",
        "stage": "", "who": ["olivier.marty@safrangroup.com", "claire.vidal@safrangroup.com"],
        "trap": "outlook-romance-time-french-entretien",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="VIDAL Claire":mailto:claire.vidal@safrangroup.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rebecca.h
 owell.eng@outlook.com:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="MARTY Ol
 ivier":mailto:olivier.marty@safrangroup.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Howell\,\n\nSuite à notre échang
 e\, je vous propose un entretien avec Olivier Marty\, responsable du pôle
  avionique de l'établissement de Toulouse\, et moi-même (RRH) pour le pos
 te de Chef de projet technique avionique (H/F).\n\n______________________
 __________________________________\nRéunion Microsoft Teams\nRejoindre su
 r votre ordinateur\, application mobile ou appareil de salle\nCliquez ici
  pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_OTg1YzBh@thread.v2/0>\nID de la réunion : 361 274 118 006\nCode
  secret : 8QzvK4\n________________________________________________________
 \n
UID:040000008200E00074C5B7101A82E00800000000E1A8D7C40BD3DB010000000000000
 00010000000C3A9E7F1204B6D4F8A2E15B9D60C7E38
SUMMARY;LANGUAGE=fr-FR:Entretien Mme Howell - Chef de projet technique avi
 onique
DTSTART;TZID=Romance Standard Time:20250618T090000
DTEND;TZID=Romance Standard Time:20250618T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250610T131121Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "wttj-invite", "uid": "wttj-interview-91d0c5e2-7b3a-4f6e-a0d8-2c4f1e9b7a35@welcomekit.co", "iv": 1,
        "company": "Kinéis", "role": "Lead Systems Engineer - Ground & Space Segment", "stage": "technical",
        "who": ["antoine.berthier@kineis.com"], "trap": "welcome-to-the-jungle-cas-pratique",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:wttj-interview-91d0c5e2-7b3a-4f6e-a0d8-2c4f1e9b7a35@welcomekit.co
DTSTAMP:20250602T081500Z
DTSTART:20250611T120000Z
DTEND:20250611T133000Z
SUMMARY:Kinéis - Étude de cas - Lead Systems Engineer - Ground & Space Seg
 ment
ORGANIZER;CN=Kinéis via Welcome to the Jungle:mailto:notifications@welcome
 kit.co
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca.
 howell.eng@outlook.com
ATTENDEE;CN=Antoine Berthier;PARTSTAT=ACCEPTED:mailto:antoine.berthier@kin
 eis.com
DESCRIPTION:Étape : Étude de cas technique (90 min)\nAvec : Antoine Berthi
 er\, CTO\n\nVous recevrez l'énoncé 24h avant (dimensionnement d'un bilan
  de liaison et plan de V&V pour une charge utile IoT). Restitution en angl
 ais ou en français\, comme vous préférez.\n\nLien visio : https://meet.go
 ogle.com/oyn-twbq-ziq
LOCATION:Visio (Google Meet)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone-entry", "uid": "D4B7E2A1-6C3F-4E58-9A0B-1F2C3D4E5F60", "iv": 1,
        "company": "Capgemini Engineering", "role": "", "stage": "recruiter_screen", "who": ["Inès"],
        "trap": "hand-typed-french-prequalif-call", "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250505T071122Z
DTSTAMP:20250505T071140Z
DTSTART:20250507T123000
DTEND:20250507T130000
SEQUENCE:0
SUMMARY:Capgemini Eng Toulouse - préqualif call w/ Inès
DESCRIPTION:she'll ring (+33 5 xx). in French!! consulting side - avioniq
 ue/V&V lead for Airbus programmes. ask re télétravail + package. 12:30 UK
  = 13:30 there
UID:D4B7E2A1-6C3F-4E58-9A0B-1F2C3D4E5F60
END:VEVENT
END:VCALENDAR
""",
    },
]
