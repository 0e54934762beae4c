# ruff: noqa: E501, W291
"""holdout190: the architecture recruiting cabinets, Studio Vallès, HLA, Archivolte, Castaing."""

from holdout190ev_tz import ev

EVENTS = [
    ev("recruiter-intro", "7k2m1c9q0pl4s8@google.com", r"""
BEGIN:VCALENDAR
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
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250204T123000
DTEND;TZID=Europe/Paris:20250204T130000
DTSTAMP:20250130T091522Z
ORGANIZER;CN=Claire Dumas:mailto:claire.dumas@planlibre-recrutement.fr
UID:7k2m1c9q0pl4s8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Dumas;X-NUM-GUESTS=0:mailto:claire.dumas@planlibre-recrutement.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/qbr-htko-zwe
CREATED:20250130T091520Z
DESCRIPTION:Bonjour Amélie\,\n\nMerci pour votre retour via LinkedIn. Comme
  convenu\, je vous propose un premier échange de 30 minutes pour faire conn
 aissance : votre parcours depuis la HMONP\, ce que vous cherchez (taille d
 'agence\, programmes\, Bordeaux / Paris / Suisse romande)\, vos prétention
 s\, votre préavis. Je vous présenterai aussi notre façon de travailler ave
 c les agences que nous accompagnons.\n\nÀ très vite\,\nClaire Dumas\nConsu
 ltante senior – Architecture & Maîtrise d'œuvre\nPlan Libre Recrutement\n
 \nRejoindre avec Google Meet : https://meet.google.com/qbr-htko-zwe\nOu co
 mposer le : (FR) +33 1 87 40 42 17 PIN : 402 118 563#
LAST-MODIFIED:20250130T091522Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Plan Libre Recrutement / Amélie Fontaine – premier échange
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 0, trap="recruiter-call-names-no-employer"),

    ev("agency-screen", "3r0g5vfe8a1n2c6hd9kq@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250211T124500
DTEND;TZID=Europe/Paris:20250211T131500
DTSTAMP:20250207T163004Z
ORGANIZER;CN=Claire Dumas:mailto:claire.dumas@planlibre-recrutement.fr
UID:3r0g5vfe8a1n2c6hd9kq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Dumas;X-NUM-GUESTS=0:mailto:claire.dumas@planlibre-recrutement.fr
DESCRIPTION:Bonjour Amélie\,\n\nComme annoncé au téléphone\, je reviens ver
 s vous avec un poste qui correspond bien à ce que vous m'avez décrit : arc
 hitecte chef de projet (H/F)\, CDI\, au sein d'une agence parisienne renom
 mée (env. 80 personnes\, Paris 11e\, équipements publics et logement\, plu
 sieurs concours gagnés ces deux dernières années).\n\nLe client m'a donné
  son accord pour que je vous le nomme : il s'agit de Studio Vallès Archite
 ctes. Merci de garder cette information pour vous à ce stade.\n\nJe vous a
 ppelle mardi sur votre portable (06 71 28 90 44) pour valider votre intér
 êt\, vos disponibilités et la suite du process (présentation de portfolio
  puis entretien avec l'associé).\n\nBelle journée\,\nClaire\n--\nClaire Du
 mas | Plan Libre Recrutement\n+33 6 12 55 08 31
LOCATION:Appel téléphonique (Claire appelle Amélie)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange tél. – poste chef de projet (agence parisienne renommée)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Studio Vallès Architectes", role="architecte chef de projet (H/F)", stage="recruiter_screen",
       interviewers="claire.dumas@planlibre-recrutement.fr", trap="agency-screen-employer-named-in-body-only"),

    ev("prep-block", "B2E01F7A-55C4-4D7B-9A0E-3C8F6E21D0A4", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250222T101133Z
DTEND:20250224T223000
DTSTAMP:20250222T101204Z
DTSTART:20250224T200000
LAST-MODIFIED:20250222T101204Z
SEQUENCE:0
SUMMARY:Préparer présentation portfolio Vallès
DESCRIPTION:- choisir 5 projets max (médiathèque Lormont\, 24 lgts Bègles\, concours collège\, maison Pessac\, diplôme)\n- refaire planche détails Bègles\n- imprimer A3 chez Copy Top avant 19h\n- chrono 20 min !!
UID:B2E01F7A-55C4-4D7B-9A0E-3C8F6E21D0A4
END:VEVENT
END:VCALENDAR
""", 0, trap="prep-block-names-employer", crlf=False),

    ev("portfolio-presentation", "5f3c2a1e-0d7b-4e8a-9b44-c0a1d2e3f4a5@planlibre-recrutement.fr", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250226T100000
DTEND;TZID=Europe/Paris:20250226T113000
DTSTAMP:20250214T102255Z
ORGANIZER;CN=Claire Dumas:mailto:claire.dumas@planlibre-recrutement.fr
UID:5f3c2a1e-0d7b-4e8a-9b44-c0a1d2e3f4a5@planlibre-recrutement.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amélie
  Fontaine;X-NUM-GUESTS=0:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Claire
  Dumas;X-NUM-GUESTS=0:mailto:claire.dumas@planlibre-recrutement.fr
DESCRIPTION:Amélie\,\n\nVoici la confirmation de votre présentation de port
 folio chez Studio Vallès Architectes.\n\nAdresse : 27 rue Saint-Maur\, 750
 11 Paris – interphone « Studio Vallès »\, 2e étage.\nVous serez reçue par
  Hélène Ricard (directrice de projets) et Bastien Moulin (architecte assoc
 ié). Comptez 20 à 25 minutes de présentation puis des questions. Un écran
  est disponible\, mais ils apprécient les planches papier.\n\nN'hésitez p
 as à m'appeler juste après pour un débrief.\n\nClaire
LOCATION:Studio Vallès Architectes\, 27 rue Saint-Maur\, 75011 Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Présentation de portfolio – Studio Vallès Architectes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Studio Vallès Architectes", stage="onsite", interviewers="Hélène Ricard;Bastien Moulin",
       trap="agency-sent-portfolio-presentation"),

    ev("train-ticket", "SNCF-CONNECT-9X4QKT-20250226-8412", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SNCF Connect//Voyage//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:SNCF-CONNECT-9X4QKT-20250226-8412
DTSTAMP:20250212T194410Z
DTSTART:20250226T055200Z
DTEND:20250226T080400Z
SUMMARY:Train Bordeaux St-Jean → Paris Montparnasse (INOUI 8412)
LOCATION:Bordeaux Saint-Jean
DESCRIPTION:Référence de dossier : 9X4QKT\nVoiture 14 - Place 62\nPassager : Amélie FONTAINE\nRetour : TGV INOUI 8475 - départ 15h52\nBillet disponible dans l'application SNCF Connect.
END:VEVENT
END:VCALENDAR
""", 0, trap="train-ticket-to-interview-city"),

    ev("partner-interview", "0u7ggbd2s4pcm1r5h6fvt3kq8e@google.com", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250313T110000
DTEND;TZID=Europe/Paris:20250313T120000
DTSTAMP:20250305T175812Z
ORGANIZER;CN=Marc Vallès:mailto:m.valles@studiovalles.fr
UID:0u7ggbd2s4pcm1r5h6fvt3kq8e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marc Vallès;X-NUM-GUESTS=0:mailto:m.valles@studiovalles.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bastien Moulin;X-NUM-GUESTS=0:mailto:b.moulin@studiovalles.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=amelie.fontaine.archi@orange.fr;X-NUM-GUESTS=0:mailto:amelie.fontai
 ne.archi@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=claire.dumas@planlibre-recrutement.fr;X-NUM-GUESTS=0:mailto:claire.
 dumas@planlibre-recrutement.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/vxe-mfqa-rno
DESCRIPTION:Bonjour Amélie\,\n\nSuite à votre présentation\, que Hélène et 
 Bastien ont beaucoup appréciée\, je vous propose qu'on se voie avec Bastie
 n pour parler plus concrètement du poste\, de l'équipe collège de Montreui
 l et des conditions. C'est le dernier échange avant notre décision.\n\nEn 
 visio si le déplacement est compliqué depuis Bordeaux.\n\nBien à vous\,\nM
 arc Vallès\nArchitecte associé – Studio Vallès\n\n-::~:~::~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nRejoindre avec Google Meet : h
 ttps://meet.google.com/vxe-mfqa-rno\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien avec l'associé – Amélie Fontaine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Studio Vallès Architectes", stage="final",
       interviewers="m.valles@studiovalles.fr;b.moulin@studiovalles.fr", trap="partner-final-google-meet-agency-cc"),

    ev("thank-you-reminder", "20250313T170000-amelie-rappel-merci@orange.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Orange//Calendrier Mail Orange 3.2//FR
BEGIN:VEVENT
UID:20250313T170000-amelie-rappel-merci@orange.fr
DTSTAMP:20250313T121530Z
DTSTART;TZID=Europe/Paris:20250313T180000
DTEND;TZID=Europe/Paris:20250313T181500
SUMMARY:mail de remerciement M. Vallès + B. Moulin
DESCRIPTION:court ! redire motivation collège Montreuil + dispo préavis 1 mois. cc Claire
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT10M
END:VALARM
END:VEVENT
@@TZ_PARIS@@
END:VCALENDAR
""", 0, trap="thank-you-reminder-after-final"),

    ev("medical-visit", "rdv-7731842@sist-paris-nord.fr", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Padoa//Convocations//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:rdv-7731842@sist-paris-nord.fr
DTSTAMP:20250602T080105Z
DTSTART:20250616T070000Z
DTEND:20250616T073000Z
SUMMARY:Visite d'information et de prévention (embauche)
LOCATION:Centre médical SIST\, 14 rue de la Folie-Méricourt\, 75011 Paris
DESCRIPTION:Convocation – Salarié(e) : Mme FONTAINE Amélie\nEmployeur : STUDIO VALLES ARCHITECTES\nType de visite : VIP initiale\nProfessionnel de santé : Infirmière en santé au travail\nMerci de vous munir de votre carte Vitale et de vos lunettes le cas échéant. En cas d'empêchement\, prévenez votre employeur et notre secrétariat au 01 43 38 27 10.
ORGANIZER;CN=SIST Paris Nord:mailto:ne-pas-repondre@sist-paris-nord.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 0, trap="pre-employment-medical-names-employer"),

    ev("outlook-partner", "040000008200E00074C5B7101A82E00800000000C07A1F9A6E8DDB01000000000000000010000000E24F7BB0C1D6C94FA0D2F1A3E9B7C812", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Lacombe, Hervé";SENT-BY="mailto:n.girard@hla-architectes.fr":mailto:h.lacombe@hla-architectes.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=amelie.fontaine.archi@orange.fr:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HLA - Salle Verrière (8p)":mailto:salle.verriere@hla-architectes.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nM. Lacombe vous recevra le mercredi 5 mars à 16h00 dans nos locaux\, 9 rue de Paradis (75010)\, code 4812B\, 3e étage.\n\nPour tout empêchement\, merci de me contacter au 01 42 46 18 90.\n\nBien cordialement\,\n\nNathalie Girard\nAssistante de direction\nHLA – Hervé Lacombe Architectes\n
UID:040000008200E00074C5B7101A82E00800000000C07A1F9A6E8DDB01000000000000000010000000E24F7BB0C1D6C94FA0D2F1A3E9B7C812
SUMMARY;LANGUAGE=fr-FR:RDV Mme Fontaine
DTSTART;TZID=Romance Standard Time:20250305T160000
DTEND;TZID=Romance Standard Time:20250305T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T094417Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:HLA - Salle Verrière (8p)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1412350071
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, company="Hervé Lacombe Architectes", stage="hiring_manager", interviewers="h.lacombe@hla-architectes.fr",
       trap="outlook-sent-by-assistant-rdv-summary-room"),

    ev("teams-hr-screen", "040000008200E00074C5B7101A82E0080000000010D3C26A1A94DB010000000000000000100000009A6B4E2C1F0D8A4C9E55B0C7D3F1A268", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_CUSTOM@@
BEGIN:VEVENT
ORGANIZER;CN="Perrot, Sandrine":mailto:s.perrot@archivolte.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine:mailto:amelie.fontaine.archi@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Amélie\,\n\nJe vous confirme notre entretien en visio pour le poste d'Architecte Chef de Projet Logement (H/F) – réf. ARV-2025-07.\nNous échangerons 45 minutes environ sur votre parcours et vos attentes\; si nos échanges sont concluants\, vous rencontrerez ensuite Olivier Brun\, associé en charge du pôle logement.\n\nBien à vous\,\nSandrine Perrot\nResponsable Ressources Humaines\nArchivolte Architectes\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg1NjQ2%40thread.v2/0?context=%7b%22Tid%22%3a%22b3c1%22%7d>\nID de la réunion : 318 552 904 117\nCode secret : 7Zq3Lp\nTélécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nOu appelez (audio seulement)\n+33 1 70 37 97 29\,\,582190447#   France\, Paris\nID de conférence téléphonique : 582 190 447#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000010D3C26A1A94DB010000000000000000100000009A6B4E2C1F0D8A4C9E55B0C7D3F1A268
SUMMARY;LANGUAGE=fr-FR:Entretien RH - Architecte Chef de Projet Logement (H/F) - A. Fontaine
DTSTART;TZID=Customized Time Zone:20250318T093000
DTEND;TZID=Customized Time Zone:20250318T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T144202Z
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
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:s.perrot@archivolte.fr\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZTg1NjQ2-thread.v2!b3c1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
END:VEVENT
END:VCALENDAR
""", 1, company="Archivolte Architectes", role="Architecte Chef de Projet Logement (H/F)", stage="recruiter_screen",
       interviewers="s.perrot@archivolte.fr", trap="outlook-customized-tz-teams-hr-screen"),

    ev("partner-onsite", "040000008200E00074C5B7101A82E00800000000A0B4D7E1B6A8DB0100000000000000001000000051C2E0F8D73B9E4AA6C1F2E0B8D9A713", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Perrot, Sandrine":mailto:s.perrot@archivolte.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Amélie Fontaine:mailto:amelie.fontaine.archi@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brun, Olivier":mailto:o.brun@archivolte.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Nguyen, Laure":mailto:l.nguyen@archivolte.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PAR10 - R+2 - Salle Magenta (10)":mailto:par10-salle-magenta@archivolte.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Amélie\,\n\nComme convenu par téléphone\, voici l'invitation pour votre entretien avec Olivier Brun (associé\, pôle logement) et Laure Nguyen (directrice de projets). Il s'agira du dernier entretien du processus.\nAdresse : 52 rue du Faubourg-Saint-Denis\, 75010 Paris – accueil au rez-de-chaussée.\n\nBien cordialement\,\nSandrine Perrot\n
UID:040000008200E00074C5B7101A82E00800000000A0B4D7E1B6A8DB0100000000000000001000000051C2E0F8D73B9E4AA6C1F2E0B8D9A713
SUMMARY;LANGUAGE=fr-FR:Entretien O. Brun / L. Nguyen - Amélie Fontaine (Chef de projet logement)
DTSTART:20250408T150000Z
DTEND:20250408T161500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T081937Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:PAR10 - R+2 - Salle Magenta (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""", 1, company="Archivolte Architectes", role="Chef de projet logement", stage="final",
       interviewers="o.brun@archivolte.fr;l.nguyen@archivolte.fr", trap="outlook-utc-partner-final-room-resource"),

    ev("headhunter-call", "a91f04c2-6b3e-4d2a-8e7f-1c5b9d0e3f26", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
@@TZ_PARIS@@
BEGIN:VEVENT
UID:a91f04c2-6b3e-4d2a-8e7f-1c5b9d0e3f26
DTSTAMP:20250227T172240Z
DTSTART;TZID=Europe/Paris:20250303T181500
DTEND;TZID=Europe/Paris:20250303T184500
ORGANIZER;CN="Aubry, Vincent":mailto:vincent.aubry@hestia-conseil.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fontaine, Amélie":mailto:amelie.fontaine.archi@orange.fr
SUMMARY:Point tél. Hestia Conseil / A. Fontaine
LOCATION:Tél. : je vous appelle au 06 71 28 90 44
DESCRIPTION:Bonsoir Amélie\,\n\nMerci pour votre réponse rapide. Comme je vous l'écrivais\, notre client est Bernard Castaing Architectes (Bordeaux\, quartier Bastide\, 35 collaborateurs) qui recrute un(e) responsable de projets pour son pôle enseignement / santé.\nJe vous propose un premier échange téléphonique pour vous présenter le poste en détail et mieux comprendre votre projet. Si c'est positif\, je transmets votre dossier à M. Castaing dans la foulée.\n\nCordialement\,\nVincent Aubry\nAssocié – Hestia Conseil\nChasse de têtes Architecture\, Ingénierie & Immobilier\n+33 5 57 14 62 80
SEQUENCE:0
STATUS:CONFIRMED
CLASS:PUBLIC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, company="Bernard Castaing Architectes", role="responsable de projets", stage="recruiter_screen",
       interviewers="vincent.aubry@hestia-conseil.com", trap="headhunter-names-client-in-body-only"),

    ev("typed-second-round", "E7C3A0D1-4B9F-4E62-8D15-2A6F0B9C71E3", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250312T184012Z
DTEND:20250321T113000
DTSTAMP:20250312T184044Z
DTSTART:20250321T100000
LAST-MODIFIED:20250312T184044Z
LOCATION:BCA – 8 quai de Queyries
SEQUENCE:0
SUMMARY:BCA 2e rdv – B. Castaing + cheffe d'agence
DESCRIPTION:via Hestia (V. Aubry). prendre book + 2 planches enseignement. demander équipe\, télétravail\, salaire ~48k ?
UID:E7C3A0D1-4B9F-4E62-8D15-2A6F0B9C71E3
BEGIN:VALARM
X-WR-ALARMUID:1F4B8C20-9D3E-4A71-B5E6-0C2D7F9A8E14
UID:1F4B8C20-9D3E-4A71-B5E6-0C2D7F9A8E14
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, company="Bernard Castaing Architectes", stage="hiring_manager", interviewers="B. Castaing",
       trap="typed-floating-second-round-acronym", crlf=False),
]
