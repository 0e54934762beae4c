"""holdout178 events, part 1: Clinique des Flandres rounds and the Royal Canin (Workday) process."""

from holdout178ev_common import iv

EVENTS = [
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_PARIS@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250916T131500
DTEND;TZID=Europe/Paris:20250916T134500
DTSTAMP:20250912T084102Z
ORGANIZER;CN=Hélène Moreau:mailto:h.moreau@clinique-des-flandres.fr
UID:5kq1t0m8b7v2h3o9r4s6d1c0fa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hélène Moreau;X-NUM-GUESTS=0:mailto:h.moreau@clinique-des-flandres.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
X-MICROSOFT-CDO-OWNERAPPTID:-1402885530
CREATED:20250912T084100Z
DESCRIPTION:Bonjour Élodie\,\n\nComme convenu par mail\, je vous appelle sur
  votre portable pendant ma pause de midi pour un premier échange autour du
  poste de vétérinaire canin (CDI\, 4 jours/semaine\, gardes partagées).\n\n
 Bien à vous\,\nHélène Moreau\nVétérinaire associée - Clinique Vétérinaire d
 es Flandres\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~::~:~::-\nN'utilisez pas cette section\, sauf si vous êtes
  l'organisateur.\n\nAfficher tous les détails de l'invitation: https://cal
 endar.google.com/calendar/event?action=VIEW&eid=NWtxMXQwbThi\n-::~:~::~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250912T084101Z
LOCATION:Téléphone (06 71 23 48 90)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange téléphonique Élodie Vasseur / Clinique des Flandres
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("5kq1t0m8b7v2h3o9r4s6d1c0fa@google.com", "Clinique Vétérinaire des Flandres",
            "vétérinaire canin", "recruiter_screen", "h.moreau@clinique-des-flandres.fr",
            "google-associate-lunch-phone-call")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:9F2C7E11-4B0A-4D8E-A6C3-1E52B07A3D94
DTSTAMP:20250919T203344Z
CREATED:20250919T203301Z
LAST-MODIFIED:20250919T203344Z
DTSTART:20250926T083000
DTEND:20250926T180000
SUMMARY:Immersion Flandres !!
LOCATION:Clinique des Flandres\, 112 rue Solférino\, Lille
DESCRIPTION:blouse + stétho + sabots\nDr Moreau + Dr Lambert\nposer Q : rép
 artition gardes / NAC ? / prime perf / formation continue payée ?\nposer RTT
 a la clinique (boulot) !!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("9F2C7E11-4B0A-4D8E-A6C3-1E52B07A3D94", "Clinique Vétérinaire des Flandres",
            "", "onsite", "Dr Moreau;Dr Lambert", "phone-typed-floating-immersion-day")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251008T170000Z
DTEND:20251008T183000Z
DTSTAMP:20251001T101522Z
ORGANIZER;CN=Hélène Moreau:mailto:h.moreau@clinique-des-flandres.fr
UID:0b6ne2pqav3jl9m1c4kt7s5rh8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hélène
  Moreau;X-NUM-GUESTS=0:mailto:h.moreau@clinique-des-flandres.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julien
  Lambert;X-NUM-GUESTS=0:mailto:j.lambert@clinique-des-flandres.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=So
 phie Derache;X-NUM-GUESTS=0:mailto:s.derache@clinique-des-flandres.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Élodie\,\n\nMerci encore pour la journée de vendredi\, l'équipe
  a beaucoup apprécié.\nNous vous proposons de rencontrer les trois associés
  ensemble après les consultations\, pour parler de la suite et de l'entrée
  au capital à terme.\n\nHélène
LOCATION:Clinique Vétérinaire des Flandres\, 112 rue Solférino\, 59000 Lil
 le\, France
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre avec les associés - Élodie Vasseur
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [iv("0b6ne2pqav3jl9m1c4kt7s5rh8@google.com", "Clinique Vétérinaire des Flandres", "",
            "final",
            "h.moreau@clinique-des-flandres.fr;j.lambert@clinique-des-flandres.fr;"
            "s.derache@clinique-des-flandres.fr",
            "rencontre-associes-utc-google")],
    ),
    (
        "workday",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-7f3a1c9e2b4d4e0f8a6b5c3d2e1f0a9b@myworkday.com
DTSTAMP:20250918T142210Z
DTSTART:20250923T080000Z
DTEND:20250923T083000Z
SUMMARY:Interview: Technical Veterinarian France (R-0345812) - Elodie Vasseur
ORGANIZER;CN=Mars Recruiting:mailto:mars@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elodie Vass
 eur:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ines Baptiste:mailto:Ines
 .Baptiste@effem.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Dear Elodie\,\n\nThank you for your interest in the Technical V
 eterinarian France position at Royal Canin. Your phone screening with Ines
  Baptiste\, Talent Acquisition Partner\, is confirmed.\n\nDate: Tuesday\, 2
 3 September 2025\nTime: 10:00 - 10:30 (CEST)\n\nJoin on your computer\, mob
 ile app or room device: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_OTk4ZTg1\nMeeting ID: 372 118 904 55\nPasscode: Xq7mP2\n\nIf you need
  to reschedule\, please reply to this email.\n\nMars\, Incorporated and its
  Affiliates
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("WD-INTV-7f3a1c9e2b4d4e0f8a6b5c3d2e1f0a9b@myworkday.com", "Royal Canin",
            "Technical Veterinarian France", "recruiter_screen", "ines.baptiste@effem.com",
            "workday-mars-parent-teams-screen")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Lemaire, Stéphanie":mailto:stephanie.lemaire@effem.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.vas
 seur.veto@orange.fr:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baptiste,
  Ines":mailto:Ines.Baptiste@effem.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Elodie\,\n\nJe vous propose un échange d
 'une heure pour faire connaissance et parler du rôle de vétérinaire techniq
 ue sur le secteur Nord / Île-de-France (accompagnement des cliniques parten
 aires\, formations\, gestion des réclamations produits).\n\nStéphanie Lemai
 re\nScientific Communication Manager France\n______________________________
 __________________________________________________\nRéunion Microsoft Teams
 \nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\n
 Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_YjQ1Mzc5>\nID de la réunion : 318 775 246 901\nCode sec
 ret : 9bLz3q\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E0080000000070D4A2F7B22ADC01000000000000000
 010000000C1E8E5A3F7B84C4DB9E2D3A1F0C6B7A8
SUMMARY;LANGUAGE=fr-FR:Elodie Vasseur / Stéphanie Lemaire - poste Vétérinair
 e technique
DTSTART;TZID=Romance Standard Time:20251002T140000
DTEND;TZID=Romance Standard Time:20251002T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T091433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E0080000000070D4A2F7B22ADC01000000000000000"
            "010000000C1E8E5A3F7B84C4DB9E2D3A1F0C6B7A8", "Royal Canin", "Vétérinaire technique",
            "hiring_manager", "stephanie.lemaire@effem.com",
            "outlook-hiring-manager-original-seq0")],
    ),
    (
        "outlook-update",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Lemaire, Stéphanie":mailto:stephanie.lemaire@effem.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.vas
 seur.veto@orange.fr:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baptiste,
  Ines":mailto:Ines.Baptiste@effem.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Elodie\,\n\nSuite à votre message (garde
  le 2 au soir)\, je décale notre échange au lundi 6 octobre même heure. Le
  lien Teams reste identique.\n\nStéphanie\n___________________________________
 _____________________________________________\nRéunion Microsoft Teams\nRejo
 indre sur votre ordinateur\, application mobile ou appareil de salle\nClique
 z ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_YjQ1Mzc5>\nID de la réunion : 318 775 246 901\nCode secret :
  9bLz3q\n________________________________________________________________________
 ________\n
UID:040000008200E00074C5B7101A82E0080000000070D4A2F7B22ADC01000000000000000
 010000000C1E8E5A3F7B84C4DB9E2D3A1F0C6B7A8
SUMMARY;LANGUAGE=fr-FR:Elodie Vasseur / Stéphanie Lemaire - poste Vétérinair
 e technique
DTSTART;TZID=Romance Standard Time:20251006T140000
DTEND;TZID=Romance Standard Time:20251006T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T161802Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E0080000000070D4A2F7B22ADC01000000000000000"
            "010000000C1E8E5A3F7B84C4DB9E2D3A1F0C6B7A8", "Royal Canin", "Vétérinaire technique",
            "hiring_manager", "stephanie.lemaire@effem.com",
            "outlook-hiring-manager-rescheduled-seq2")],
    ),
    (
        "workday",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTV-c81d07e5a9f34b2e9d6a0f1b7c3e5d42@myworkday.com
DTSTAMP:20251014T075901Z
DTSTART:20251021T073000Z
DTEND:20251021T120000Z
SUMMARY:Interview: Technical Veterinarian France (R-0345812) - Elodie Vasseur
  - Panel & Case Presentation
ORGANIZER;CN=Mars Recruiting:mailto:mars@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elodie Vass
 eur:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stephanie Lemaire:mailto:
 stephanie.lemaire@effem.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr Pablo Ortega:mailto:pa
 blo.ortega@effem.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claire Fontanel:mailto:cl
 aire.fontanel@effem.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=AIM-Bat B-Sal
 le Camargue (12):mailto:aim-batb-camargue@effem.com
LOCATION:Royal Canin Campus\, 650 avenue de la Petite Camargue\, 30470 Aimar
 gues
DESCRIPTION:Dear Elodie\,\n\nWe are pleased to invite you to the next step f
 or the Technical Veterinarian France position.\n\nAgenda (CEST):\n09:30 Welc
 ome & campus tour\n10:00 Case presentation (20 min + 20 min Q&A): "Managing
  a clinic's complaint about a renal diet palatability issue"\n10:45 Panel in
 terview (Stephanie Lemaire\, Dr Pablo Ortega\, Claire Fontanel - HR)\n12:00
  Lunch with the team\n\nPlease bring your presentation on a USB key. Parkin
 g is available at Gate 2; ask for Claire at reception.\n\nKind regards\,\nM
 ars Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("WD-INTV-c81d07e5a9f34b2e9d6a0f1b7c3e5d42@myworkday.com", "Royal Canin",
            "Technical Veterinarian France", "technical",
            "stephanie.lemaire@effem.com;pablo.ortega@effem.com;claire.fontanel@effem.com",
            "workday-onsite-case-presentation-room")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Fontanel, Claire";SENT-BY="mailto:amandine.roux@effem.com":ma
 ilto:claire.fontanel@effem.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.vas
 seur.veto@orange.fr:mailto:elodie.vasseur.veto@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Van Acker
 , Geert":mailto:geert.vanacker@effem.com
DESCRIPTION;LANGUAGE=en-US:Hi Elodie\,\n\nAs discussed\, last conversation w
 ith Geert Van Acker\, Scientific Affairs Director Western Europe. He will j
 oin from Brussels\; the conversation will be in English.\n\nBest\,\nClaire
 \n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_ZmE3Y2Rk\nMeeting ID: 349 502 118 337  Passcode: tR4vS9\nDial
  in by phone: +33 1 70 37 19 58\,\,551203984# France\, Paris\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C19D4E40DC010000000000000000
 10000000F2A8B63D91C5E74E8A0B9E61D2C7F315
SUMMARY;LANGUAGE=en-US:Final conversation - Elodie Vasseur (Technical Vet FR
 )
DTSTART;TZID=Romance Standard Time:20251104T171500
DTEND;TZID=Romance Standard Time:20251104T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T130455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        [iv("040000008200E00074C5B7101A82E00800000000A0F3C19D4E40DC010000000000000000"
            "10000000F2A8B63D91C5E74E8A0B9E61D2C7F315", "Royal Canin", "Technical Vet FR",
            "final", "geert.vanacker@effem.com", "outlook-sent-by-assistant-final-english")],
    ),
]
