# ruff: noqa: E501, W291, W293, RUF100
"""holdout278 events, part C: the user's own interviews at further employers (public bodies, labs, abroad, hand-typed)."""

from holdout278ev_zones import (
    NEWYORK_CALENDLY,
    PARIS_APPLE,
    PARIS_GOOGLE,
    ROMANCE_OUTLOOK,
    TORONTO_ZOOM,
    UTC01_ES_OUTLOOK,
    WEUROPE_OUTLOOK,
)

GOOGLE_FR_FOOTER = r"""\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~::~:~::-\nInvitation de Google Agenda : https://calendar.google.
 com/calendar/\n\nVous recevez cet e-mail\, car vous êtes invité à l'événe
 ment. Pour ne plus recevoir les mises à jour de cet événement\, refusez-l
 e.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~::~:~::-"""

EVENTS = [
    dict(
        kind="outlook-customized-zone-jury",
        uid="040000008200E00074C5B7101A82E0080000000052C1B0A9F86EDC0100000000000000001000000061A2B3C4D5E6F708A9B0C1D2E3F40516",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Customized Time Zone
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=DRH - Recrutement et mobilité:mailto:recrutement@valdebrenne.e
 xample.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Garaud, Phil
 ippe":mailto:p.garaud@valdebrenne.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Morvan, Élis
 e":mailto:e.morvan@valdebrenne.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous avons le plaisir de vous convo
 quer à un entretien de recrutement pour le poste de conservatrice-restaura
 trice au service du Patrimoine mobilier (adjointe à la conservatrice des a
 ntiquités et objets d'art).\n\nMembres du jury : M. Philippe Garaud\, dire
 cteur de la Culture et du Patrimoine\, et Mme Élise Morvan\, conservatrice
  des antiquités et objets d'art.\n\nLieu : Hôtel du Département\, 3 quai 
 de la Brenne\, bureau 412.\n\nLa Direction des Ressources Humaines\nDépar
 tement du Val-de-Brenne\n
SUMMARY;LANGUAGE=fr-FR:Convocation entretien – Conservateur-restaurateur /
  Conservatrice-restauratrice – Patrimoine mobilier
DTSTART;TZID=Customized Time Zone:20251203T140000
DTEND;TZID=Customized Time Zone:20251203T150000
UID:040000008200E00074C5B7101A82E0080000000052C1B0A9F86EDC01000000000000000
 01000000061A2B3C4D5E6F708A9B0C1D2E3F40516
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251119T110934Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Hôtel du Département - bureau 412
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Département du Val-de-Brenne",
        role="Conservateur-restaurateur / Conservatrice-restauratrice – Patrimoine mobilier",
        stage="onsite",
        interviewers="p.garaud@valdebrenne.example.fr;e.morvan@valdebrenne.example.fr",
        trap="customized-time-zone-departement-caoa-jury",
        hiring=False,
    ),
    dict(
        kind="teamtailor-talent-screen",
        uid="teamtailor-interview-3a8f6c21-94de-4b07-b1c5-e2f9a0d37b64",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-3a8f6c21-94de-4b07-b1c5-e2f9a0d37b64
DTSTAMP:20251103T154412Z
DTSTART:20251107T083000Z
DTEND:20251107T090000Z
SUMMARY:Entretien avec Camille Perrot – Ingénieur·e d'application imageri
 e multispectrale
ORGANIZER;CN=Camille Perrot:mailto:camille.perrot@lumiere-imagerie.example.fr
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:helene.marchetti.roux@free.fr
ATTENDEE;CN=Camille Perrot;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c
 amille.perrot@lumiere-imagerie.example.fr
LOCATION:https://meet.google.com/pfa-jxbt-wvo
DESCRIPTION:Bonjour Hélène\,\n\nMerci pour votre candidature chez Lumière 
 Imagerie Scientifique ! Je vous propose un premier échange de 30 minutes p
 our faire connaissance\, vous présenter l'équipe et le poste d'Ingénieur·e
  d'application imagerie multispectrale (profil conservation-restauration 
 bienvenu).\n\nCamille Perrot\nTalent Acquisition\n\nLien visio : https://m
 eet.google.com/pfa-jxbt-wvo\n\nCet entretien a été planifié avec Teamtailo
 r.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lumière Imagerie Scientifique",
        role="Ingénieur·e d'application imagerie multispectrale",
        stage="recruiter_screen",
        interviewers="camille.perrot@lumiere-imagerie.example.fr",
        trap="teamtailor-startup-talent-acquisition-utc",
        hiring=False,
    ),
    dict(
        kind="teamtailor-technical-demo",
        uid="teamtailor-interview-b71d0e45-2c93-4f8a-a6e1-5d0c7b92f318",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interviews//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-b71d0e45-2c93-4f8a-a6e1-5d0c7b92f318
DTSTAMP:20251112T100151Z
DTSTART:20251117T130000Z
DTEND:20251117T160000Z
SUMMARY:Mise en situation technique – Ingénieur·e d'application imagerie m
 ultispectrale – Hélène Marchetti-Roux
ORGANIZER;CN=Camille Perrot:mailto:camille.perrot@lumiere-imagerie.example.fr
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:helene.marchetti.roux@free.fr
ATTENDEE;CN=Hugo Meunier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hug
 o.meunier@lumiere-imagerie.example.fr
ATTENDEE;CN=Sarah Kouassi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sa
 rah.kouassi@lumiere-imagerie.example.fr
LOCATION:Lumière Imagerie Scientifique\, 22 rue des Canuts-Neufs\, 69100 V
 illeurbanne
DESCRIPTION:Bonjour Hélène\,\n\nVoici le programme de votre après-midi che
 z nous :\n- démo de notre banc d'imagerie multispectrale et du logiciel d
 e traitement\n- mise en situation : à partir d'acquisitions réelles (UV\, 
 IR fausses couleurs\, réflectographie) sur un retable\, vous préparerez un
  court diagnostic comme pour un client musée\n- échange avec Hugo Meunier
  (CTO) et Sarah Kouassi (application scientist)\n\nÀ très vite\,\nCamille
 \n\nCet entretien a été planifié avec Teamtailor.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lumière Imagerie Scientifique",
        role="Ingénieur·e d'application imagerie multispectrale",
        stage="technical",
        interviewers="hugo.meunier@lumiere-imagerie.example.fr;sarah.kouassi@lumiere-imagerie.example.fr",
        trap="mise-en-situation-organizer-coordinator",
        hiring=False,
    ),
    dict(
        kind="outlook-chantier-interview",
        uid="040000008200E00074C5B7101A82E00800000000B9A8C7D6E571DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Saulnier, Bénédicte";SENT-BY="mailto:assistante.administratio
 n@beaufort-hautecombe.example.fr":mailto:benedicte.saulnier@beaufort-hautec
 ombe.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jean-Baptiste 
 Corre:mailto:jb.corre@corre-architecte-mh.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nDans le cadre du recrutement d'un(e)
  restaurateur(trice) de décors peints (CDD de 18 mois\, chantier de restau
 ration des appartements du Roi)\, Mme Bénédicte Saulnier\, administratrice
  du domaine\, et M. Jean-Baptiste Corre\, architecte en chef des monument
 s historiques\, vous recevront pour un entretien précédé d'une visite de 
 l'échafaudage (chaussures fermées obligatoires).\n\nRendez-vous à la grill
 e d'honneur.\n\nPour l'administratrice\,\nLe secrétariat\n
SUMMARY;LANGUAGE=fr-FR:Entretien – restaurateur(trice) de décors peints –
  visite échafaudage
DTSTART;TZID=Romance Standard Time:20251126T100000
DTEND;TZID=Romance Standard Time:20251126T120000
UID:040000008200E00074C5B7101A82E00800000000B9A8C7D6E571DC01000000000000000
 010000000F0E1D2C3B4A5968778695A4B3C2D1E0F
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T143508Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Domaine national de Beaufort-Hautecombe – grille d
 'honneur
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Domaine national de Beaufort-Hautecombe",
        role="restaurateur(trice) de décors peints",
        stage="onsite",
        interviewers="benedicte.saulnier@beaufort-hautecombe.example.fr;jb.corre@corre-architecte-mh.example.fr",
        trap="scaffold-visit-interview-sent-by-external-architect",
        hiring=False,
    ),
    dict(
        kind="calendly-invitee-booking",
        uid="b3f0e6a2-71c4-4d58-9e2b-0a6d8c4f1e37",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
UID:b3f0e6a2-71c4-4d58-9e2b-0a6d8c4f1e37
DTSTAMP:20251029T172206Z
DTSTART;TZID=Europe/Paris:20251104T173000
DTEND;TZID=Europe/Paris:20251104T180000
SUMMARY:Entretien RH – Responsable constats d'état entre Laetitia Brun et 
 Hélène Marchetti-Roux
ORGANIZER;CN=Laetitia Brun:mailto:laetitia.brun@chenard-fineart.example.fr
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:m
 ailto:helene.marchetti.roux@free.fr
ATTENDEE;CN=Laetitia Brun;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:la
 etitia.brun@chenard-fineart.example.fr
LOCATION:Téléphone : Laetitia Brun appellera l'invité au +33671284490
DESCRIPTION:Nom de l'événement : Entretien RH – Responsable constats d'éta
 t (Condition Manager)\, 30 min\n\nRéservé par Hélène Marchetti-Roux\n\nChe
 nard Fine Art Services – transport\, emballage et installation d'œuvres 
 d'art\n\nMerci de partager tout ce qui pourrait aider à préparer notre réu
 nion. : Disponible après 17h en semaine.\n\nBesoin d'apporter des modific
 ations à cet événement ?\nAnnuler : https://calendly.com/cancellations/b3f
 0e6a2-71c4-4d58-9e2b-0a6d8c4f1e37\nReplanifier : https://calendly.com/resc
 hedulings/b3f0e6a2-71c4-4d58-9e2b-0a6d8c4f1e37\n\nPropulsé par Calendly.co
 m
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Chenard Fine Art Services",
        role="Responsable constats d'état (Condition Manager)",
        stage="recruiter_screen",
        interviewers="laetitia.brun@chenard-fineart.example.fr",
        trap="calendly-user-is-invitee-constats-word",
        hiring=False,
    ),
    dict(
        kind="zimbra-comite-selection",
        uid="7a3e91c0-d52b-4f86-9e04-1b6c8f2d5a73",
        ics=r"""BEGIN:VCALENDAR
X-WR-CALNAME:Calendrier
PRODID:Zimbra-Calendar-Provider
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE.replace("X-LIC-LOCATION:Europe/Paris\n", "")
        + r"""BEGIN:VEVENT
UID:7a3e91c0-d52b-4f86-9e04-1b6c8f2d5a73
SUMMARY:Audition comité de sélection – MAST 0215 – Conservation-restaurati
 on des peintures
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:helene.marchetti.roux@free.fr
ORGANIZER;CN=DRH - Bureau des personnels enseignants:mailto:drh-enseignant
 s@univ-psv.example.fr
DTSTART;TZID="Europe/Paris":20251208T154000
DTEND;TZID="Europe/Paris":20251208T161000
STATUS:CONFIRMED
CLASS:PUBLIC
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
TRANSP:OPAQUE
LAST-MODIFIED:20251126T090412Z
DTSTAMP:20251126T090412Z
SEQUENCE:0
LOCATION:Université Paris-Seine Valois\, campus Saint-Germain\, bâtiment 
 Condorcet\, salle C-208
DESCRIPTION:Madame\,\n\nJ'ai l'honneur de vous informer que le comité de s
 élection a retenu votre candidature au poste de maître de conférences ass
 ocié (MAST) à mi-temps n° 0215\, section 22\, « Conservation-restauration
  des peintures ». Vous êtes convoquée pour une audition de 30 minutes (ex
 posé de 10 minutes suivi de 20 minutes d'échange).\n\nComposition du comit
 é : Pr Catherine Vasseur-Jolly (présidente)\, Dr Marc Olivetti\, Mme Irèn
 e Castagné (conservatrice-restauratrice\, membre extérieure).\n\nLa vice-p
 résidente en charge des ressources humaines\n
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;RELATED=START:-PT5M
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Université Paris-Seine Valois",
        role="maître de conférences associé (MAST) – Conservation-restauration des peintures",
        stage="onsite",
        interviewers="Catherine Vasseur-Jolly;Marc Olivetti;Irène Castagné",
        trap="university-comite-de-selection-audition-zimbra",
        hiring=False,
    ),
    dict(
        kind="webex-bilingual-screen",
        uid="0d1c7e5a9b3f4e62a8d01234c5b6a7e8",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:0d1c7e5a9b3f4e62a8d01234c5b6a7e8
DTSTAMP:20251107T091847Z
DTSTART;TZID=Europe/Luxembourg:20251114T110000
DTEND;TZID=Europe/Luxembourg:20251114T113000
SUMMARY:Restaurateur de peintures (m/f) – entretien de présélection / pre-
 screening call
ORGANIZER;CN=Carole Wagner:mailto:carole.wagner@villareuter.example.lu
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:helene.marchetti.roux@free.fr
LOCATION:https://villareuter.webex.com/villareuter/j.php?MTID=m4d2a9c0e71b
 5f38e6a4c2d1b0f9e8a77
DESCRIPTION:Bonjour Madame Marchetti-Roux / Dear Ms Marchetti-Roux\,\n\nMe
 rci pour votre candidature au Musée Villa Reuter. Je vous propose un prem
 ier entretien de 30 minutes. / Thank you for your application\; please fi
 nd below the link for a 30-minute pre-screening call.\n\nCarole Wagner\nRe
 ssources humaines / Human Resources\n\n-- Ne supprimez ni ne modifiez pas 
 ce qui suit. --\n\nRejoindre la réunion :\nhttps://villareuter.webex.com/v
 illareuter/j.php?MTID=m4d2a9c0e71b5f38e6a4c2d1b0f9e8a77\n\nNuméro de la 
 réunion (code d'accès) : 2741 118 9032\nMot de passe de la réunion : Rst2
 5Vr\n\nRejoindre par téléphone\n+352-2786-0417 Luxembourg\n\nBesoin d'aid
 e ? Rendez-vous sur https://help.webex.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée Villa Reuter",
        role="Restaurateur de peintures (m/f)",
        stage="recruiter_screen",
        interviewers="carole.wagner@villareuter.example.lu",
        trap="webex-bilingual-luxembourg-iana-zone-without-vtimezone",
        hiring=False,
    ),
    dict(
        kind="google-quebec-entrevue",
        uid="8j2p6v0c4nq1t5x9b3m7k1d5hs@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TORONTO_ZOOM
        + r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251202T100000
DTEND;TZID=America/Toronto:20251202T111500
DTSTAMP:20251121T154922Z
ORGANIZER;CN=Geneviève Tremblay:mailto:genevieve.tremblay@mbacn.example.ca
UID:8j2p6v0c4nq1t5x9b3m7k1d5hs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Geneviève Tremblay;X-NUM-GUESTS=0:mailto:genevieve.tremblay@mbacn.exa
 mple.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mathieu Gagnon;X-NUM-GUESTS=0:mailto:mathieu.gagnon@mbacn.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Annie Bouchard;X-NUM-GUESTS=0:mailto:annie.bouchard@mbacn.example.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
CREATED:20251121T154920Z
DESCRIPTION:Bonjour Hélène\,\n\nTel que convenu\, voici l'invitation pour 
 votre entrevue avec le comité de sélection pour le poste de restauratrice
  de peintures (poste permanent\, temps plein). Le comité sera composé de 
 Geneviève Tremblay (directrice de la conservation)\, Mathieu Gagnon (cons
 ervateur en chef) et Annie Bouchard (conseillère en ressources humaines).
 \n\nL'heure indiquée est l'heure de l'Est (16 h à Paris).\n\nAu plaisir\,
 \nGeneviève\n\nSe joindre à la réunion Zoom\nhttps://mbacn.zoom.us/j/8249
 9013376?pwd=TWJhY25Db21pdGUyMDI1\n"""
        + GOOGLE_FR_FOOTER
        + r"""
LAST-MODIFIED:20251121T154921Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue – Restauratrice de peintures (poste permanent) – Hélène M
 archetti-Roux
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Musée des beaux-arts de la Côte-Nord",
        role="Restauratrice de peintures (poste permanent)",
        stage="onsite",
        interviewers="genevieve.tremblay@mbacn.example.ca;mathieu.gagnon@mbacn.example.ca;annie.bouchard@mbacn.example.ca",
        trap="quebec-entrevue-comite-toronto-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-executive-search",
        uid="040000008200E00074C5B7101A82E00800000000C4D5E6F7A863DC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="de Reynal, Thibault":mailto:thibault.dereynal@altair-executi
 ve.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hélène Ma
 rchetti-Roux:mailto:helene.marchetti.roux@free.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;
 CN=ALTAIR Paris - Salon Hoche:mailto:salon.hoche@altair-executive.example.
 com
DESCRIPTION;LANGUAGE=fr-FR:Chère Madame\,\n\nComme évoqué au téléphone\, j
 e vous confirme notre entretien dans le cadre de la mission que nous a con
 fiée le Delorme-Vasseur Family Office : recrutement d'une conservatrice de
  collection privée (tableaux et dessins XVIIe-XIXe\, plusieurs résidences
 ). Cet échange me permettra de présenter votre candidature à la famille.\n
 \nBien à vous\,\n\nThibault de Reynal\nAssocié – Altaïr Executive Search\n
 4 avenue Hoche-Prolongée\, 75008 Paris\n
SUMMARY;LANGUAGE=fr-FR:Entretien Altaïr – mission Conservatrice de collec
 tion privée (Delorme-Vasseur Family Office)
DTSTART:20251105T160000Z
DTEND:20251105T170000Z
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A863DC01000000000000000
 0100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T101541Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:ALTAIR Paris - Salon Hoche
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Delorme-Vasseur Family Office",
        role="Conservatrice de collection privée",
        stage="recruiter_screen",
        interviewers="thibault.dereynal@altair-executive.example.com",
        trap="headhunter-names-family-office-client-utc",
        hiring=False,
    ),
    dict(
        kind="ios-handtyped-family-meeting",
        uid="C72D4E19-8F0B-4A36-B5C2-91E7D3A0F648",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251113T185931Z
DTEND:20251125T170000
DTSTAMP:20251113T190210Z
DTSTART:20251125T153000
LAST-MODIFIED:20251113T190210Z
LOCATION:av. Foch (code 4B17\, 3e ét.)
SEQUENCE:0
SUMMARY:RDV Mme Delorme-Vasseur (via Altaïr) – collection
DESCRIPTION:Thibault m'accompagne mais c'est elle qui décide. Visite de la
  collection (Oudry\, Greuze\, dessins) puis entretien. Parler conditions d
 e conservation dans les 3 maisons + prêts aux expos. Tenue correcte !!
TRANSP:OPAQUE
UID:C72D4E19-8F0B-4A36-B5C2-91E7D3A0F648
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
UID:5E0A2B7C-3D91-4F86-A2C4-6B8D0E1F3A57
X-WR-ALARMUID:5E0A2B7C-3D91-4F86-A2C4-6B8D0E1F3A57
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Delorme-Vasseur Family Office",
        role="",
        stage="final",
        interviewers="Mme Delorme-Vasseur",
        trap="handtyped-principal-meeting-agency-escort-floating",
        hiring=False,
    ),
    dict(
        kind="thunderbird-terse-visio",
        uid="e8b24f07-1c6d-4a93-8f25-3d7a0c9e6b11",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + PARIS_GOOGLE.replace("X-LIC-LOCATION:Europe/Paris\n", "")
        + r"""BEGIN:VEVENT
CREATED:20251118T204433Z
LAST-MODIFIED:20251118T204501Z
DTSTAMP:20251118T204501Z
UID:e8b24f07-1c6d-4a93-8f25-3d7a0c9e6b11
SUMMARY:visio B. Ferrand atelier St-Jean Lyon - poste cheffe d'atelier
DTSTART;TZID=Europe/Paris:20251124T124500
DTEND;TZID=Europe/Paris:20251124T133000
DESCRIPTION:lien whereby dans son mail. dire oui pour 2j/sem à Lyon ? sal
 aire min 3200 net
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Atelier Saint-Jean Conservation",
        role="cheffe d'atelier",
        stage="hiring_manager",
        interviewers="B. Ferrand",
        trap="terse-thunderbird-visio-abbreviated-employer",
        hiring=False,
    ),
    dict(
        kind="thunderbird-itip-diocese",
        uid="c41a7e93-5d20-4b8f-a6c1-0e9f2d7b3a58",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE.replace("X-LIC-LOCATION:Europe/Paris\n", "")
        + r"""BEGIN:VEVENT
CREATED:20251105T102210Z
LAST-MODIFIED:20251105T102349Z
DTSTAMP:20251105T102349Z
UID:c41a7e93-5d20-4b8f-a6c1-0e9f2d7b3a58
SUMMARY:Entretien – chargée de mission patrimoine mobilier et art sacré
ORGANIZER;RSVP=TRUE;CN=Père Antoine Delaunay;PARTSTAT=ACCEPTED;ROLE=CHAIR:
 mailto:antoine.delaunay@diocese-valcourt.example.fr
ATTENDEE;RSVP=TRUE;CN=Claire Bénard;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT
 :mailto:claire.benard@diocese-valcourt.example.fr
ATTENDEE;RSVP=TRUE;CN=Hélène Marchetti-Roux;PARTSTAT=NEEDS-ACTION;ROLE=REQ
 -PARTICIPANT:mailto:h.marchetti@atelier-restauration-paris.example.fr
DTSTART;TZID=Europe/Paris:20251113T143000
DTEND;TZID=Europe/Paris:20251113T153000
LOCATION:Maison diocésaine\, 5 rue du Cloître\, Valcourt
DESCRIPTION:Madame\,\n\nL'Association diocésaine de Valcourt crée un post
 e de chargée de mission patrimoine mobilier et art sacré (inventaire\, co
 nservation préventive dans les 180 églises du diocèse\, lien avec la CAOA
  et les restaurateurs). Mme Claire Bénard\, présidente de la Commission d
 iocésaine d'art sacré\, et moi-même serions heureux de vous rencontrer.\n
 \nP. Antoine Delaunay\nVicaire général\n
SEQUENCE:0
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Association diocésaine de Valcourt",
        role="chargée de mission patrimoine mobilier et art sacré",
        stage="hiring_manager",
        interviewers="antoine.delaunay@diocese-valcourt.example.fr;claire.benard@diocese-valcourt.example.fr",
        trap="diocese-employer-church-context-thunderbird-itip",
        hiring=False,
    ),
    dict(
        kind="calendly-new-york",
        uid="f2c8a4e6-0b1d-4e73-95a2-7c3e9d1f5b08",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
"""
        + NEWYORK_CALENDLY
        + r"""BEGIN:VEVENT
UID:f2c8a4e6-0b1d-4e73-95a2-7c3e9d1f5b08
DTSTAMP:20251030T141902Z
DTSTART;TZID=America/New_York:20251106T110000
DTEND;TZID=America/New_York:20251106T114500
SUMMARY:Associate Paintings Conservator – Interview (45 min) between Dana 
 Olmsted and Hélène Marchetti-Roux
ORGANIZER;CN=Dana Olmsted:mailto:dana@fenwickolmsted.example.com
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:m
 ailto:helene.marchetti.roux@free.fr
ATTENDEE;CN=Dana Olmsted;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dan
 a@fenwickolmsted.example.com
LOCATION:https://us06web.zoom.us/j/86310945521
DESCRIPTION:Event Name: Associate Paintings Conservator – Interview (45 mi
 n)\n\nLocation: This is a Zoom web conference.\nhttps://us06web.zoom.us/j/
 86310945521\n\nFenwick & Olmsted Conservation – private practice\, Long Is
 land City\, NY. We sponsor visas for the right candidate.\n\nNeed to make 
 changes to this event?\nCancel: https://calendly.com/cancellations/f2c8a4e
 6-0b1d-4e73-95a2-7c3e9d1f5b08\nReschedule: https://calendly.com/reschedul
 ings/f2c8a4e6-0b1d-4e73-95a2-7c3e9d1f5b08\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Fenwick & Olmsted Conservation",
        role="Associate Paintings Conservator",
        stage="hiring_manager",
        interviewers="dana@fenwickolmsted.example.com",
        trap="calendly-us-eastern-zone-private-practice",
        hiring=False,
    ),
    dict(
        kind="workday-cancel",
        uid="WD-INTERVIEW-R-10482-5521-8d9e0f",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:WD-INTERVIEW-R-10482-5521-8d9e0f
DTSTAMP:20251201T093011Z
DTSTART:20251204T140000Z
DTEND:20251204T150000Z
SUMMARY:Canceled: Interview – Paintings Conservation Manager (R-10482) – H
 élène Marchetti-Roux
ORGANIZER;CN=Harcourt Talent Acquisition:mailto:talent@harcourt-auctions.e
 xample.com
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT:mailto:helene.marche
 tti.roux@free.fr
ATTENDEE;CN=Olivia Pemberton-Shaw;ROLE=REQ-PARTICIPANT:mailto:olivia.pembe
 rton-shaw@harcourt-auctions.example.com
ATTENDEE;CN=James Whitcombe;ROLE=REQ-PARTICIPANT:mailto:james.whitcombe@ha
 rcourt-auctions.example.com
LOCATION:Harcourt Auction Group\, 18 King Street West\, London SW1 / Micro
 soft Teams
DESCRIPTION:Your interview for Paintings Conservation Manager (R-10482) wi
 th Olivia Pemberton-Shaw (Director\, Old Masters) and James Whitcombe (Hea
 d of Conservation Services) has been canceled. Your recruiter will be in 
 touch to reschedule.\n\nThis message was sent from Workday.
STATUS:CANCELLED
SEQUENCE:3
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harcourt Auction Group",
        role="Paintings Conservation Manager",
        stage="hiring_manager",
        interviewers="olivia.pemberton-shaw@harcourt-auctions.example.com;james.whitcombe@harcourt-auctions.example.com",
        trap="workday-method-cancel-status-cancelled",
        hiring=False,
    ),
    dict(
        kind="google-teaching-post",
        uid="9t3w7b1f5kx0m4q8d2s6v0n4jc@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251009T123000
DTEND;TZID=Europe/Paris:20251009T131500
DTSTAMP:20251002T081233Z
ORGANIZER;CN=Sandrine Pélissier:mailto:sandrine.pelissier@iemp-avignon.exa
 mple.fr
UID:9t3w7b1f5kx0m4q8d2s6v0n4jc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sandrine Pélissier;X-NUM-GUESTS=0:mailto:sandrine.pelissier@iemp-avig
 non.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
CREATED:20251002T081231Z
DESCRIPTION:Bonjour Madame Marchetti-Roux\,\n\nSuite à votre candidature p
 our le poste de formatrice en conservation-restauration (vacations\, modul
 es « constat d'état » et « conservation préventive » du titre RNCP)\, je v
 ous propose un entretien en visio.\n\nSandrine Pélissier\nResponsable péda
 gogique – Institut Européen des Métiers du Patrimoine (IEMP)\n\nParticipe
 r avec Google Meet : https://meet.google.com/ewn-rhqz-kob"""
        + GOOGLE_FR_FOOTER
        + r"""
LAST-MODIFIED:20251002T081232Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:IEMP – entretien formatrice conservation-restauration
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/ewn-rhqz-kob
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="IEMP",
        role="formatrice en conservation-restauration",
        stage="hiring_manager",
        interviewers="sandrine.pelissier@iemp-avignon.example.fr",
        trap="teaching-post-constat-vocabulary-google-meet",
        hiring=False,
    ),
    dict(
        kind="outlook-dutch-second-interview",
        uid="040000008200E00074C5B7101A82E00800000000D5E6F708A974DC0100000000000000001000000010213243546576879808A9BACBDCEDFE",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + WEUROPE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Bakker, Femke":mailto:femke.bakker@rijnlandrestauratie.examp
 le.nl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="de Vries, Joo
 st":mailto:joost.devries@rijnlandrestauratie.example.nl
DESCRIPTION;LANGUAGE=en-US:Dear Hélène\,\n\nAs discussed\, here is the inv
 itation for your second interview (tweede sollicitatiegesprek) for the Pa
 intings Conservator position (0.8 FTE). In the morning you will carry out
  a practical assignment in our studio: cleaning tests and a written treat
 ment proposal for a 17th-century panel. Afterwards Joost de Vries (studio
  director) and I will discuss the results with you.\n\nKind regards\,\nFem
 ke Bakker\nSenior Paintings Conservator\nStichting Rijnland Restauratie\n
SUMMARY;LANGUAGE=en-US:Second interview + practical assignment – Paintings
  Conservator (0.8 FTE)
DTSTART;TZID=W. Europe Standard Time:20251209T093000
DTEND;TZID=W. Europe Standard Time:20251209T140000
UID:040000008200E00074C5B7101A82E00800000000D5E6F708A974DC01000000000000000
 01000000010213243546576879808A9BACBDCEDFE
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T135501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Stichting Rijnland Restauratie\, Oude Vestkade 9\,
  Leiden
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Stichting Rijnland Restauratie",
        role="Paintings Conservator (0.8 FTE)",
        stage="technical",
        interviewers="femke.bakker@rijnlandrestauratie.example.nl;joost.devries@rijnlandrestauratie.example.nl",
        trap="dutch-studio-practical-assignment-english",
        hiring=False,
    ),
    dict(
        kind="ios-italian-handtyped",
        uid="1E7C3A95-D0B2-4F48-9A6E-2C5B8D0F4E13",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + r"""BEGIN:VEVENT
CREATED:20251125T211742Z
DTEND;TZID=Europe/Paris:20251128T183000
DTSTAMP:20251125T211807Z
DTSTART;TZID=Europe/Paris:20251128T180000
LAST-MODIFIED:20251125T211807Z
SEQUENCE:0
SUMMARY:colloquio Bianchi & Ferri (Firenze) – videochiamata
DESCRIPTION:Lorenzo Bianchi chiama su WhatsApp. chiedere: contratto o par
 tita IVA\, alloggio\, cantiere Santo Spirito quanto dura
TRANSP:OPAQUE
UID:1E7C3A95-D0B2-4F48-9A6E-2C5B8D0F4E13
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Studio Restauro Bianchi & Ferri",
        role="",
        stage="hiring_manager",
        interviewers="Lorenzo Bianchi",
        trap="italian-handtyped-whatsapp-colloquio",
        hiring=False,
    ),
    dict(
        kind="outlook-national-body-interview",
        uid="040000008200E00074C5B7101A82E00800000000E7F8091AB285DC010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F708192A3",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lacroix-Merle, Odile":mailto:odile.lacroix-merle@cncd.exampl
 e.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nguyen, Bao"
 :mailto:bao.nguyen@cncd.example.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=C
 NCD-Tolbiac-Salle 3.02:mailto:salle302.tolbiac@cncd.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nNous donnons suite à votre candidat
 ure au poste de restaurateur(trice) de peintures affecté(e) à la mission 
 de récolement des dépôts (contrat de 3 ans). Je vous recevrai avec M. Bao
  Nguyen\, mon adjoint\, pour un entretien d'une heure.\n\nOdile Lacroix-M
 erle\nCheffe du service de la restauration\nCentre national des collectio
 ns déposées\n
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement – Restaurateur(trice) de p
 einture – récolement des dépôts
DTSTART;TZID=Romance Standard Time:20251015T150000
DTEND;TZID=Romance Standard Time:20251015T160000
UID:040000008200E00074C5B7101A82E00800000000E7F8091AB285DC01000000000000000
 0100000005A6B7C8D9E0F1A2B3C4D5E6F708192A3
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251007T124417Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CNCD-Tolbiac-Salle 3.02
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Madame\,</p><p>Nous donnons sui
 te à votre candidature au poste de <b>restaurateur(trice) de peintures</b>
  affecté(e) à la mission de récolement des dépôts (contrat de 3 ans). Je v
 ous recevrai avec M. Bao Nguyen\, mon adjoint\, pour un entretien d'une he
 ure.</p><p>Odile Lacroix-Merle<br>Cheffe du service de la restauration</p>
 </body></html>
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Centre national des collections déposées",
        role="restaurateur(trice) de peintures",
        stage="hiring_manager",
        interviewers="odile.lacroix-merle@cncd.example.fr;bao.nguyen@cncd.example.fr",
        trap="recolement-vocabulary-windows-zone-no-vtimezone-alt-desc",
        hiring=False,
    ),
    dict(
        kind="google-lab-practical-test",
        uid="3m7q1w5e9rt2y6u0i4o8p2a6sd@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251201T093000
DTEND;TZID=Europe/Paris:20251201T123000
DTSTAMP:20251121T170812Z
ORGANIZER;CN=Yannick Arrighi:mailto:yannick.arrighi@labo-pigmentum.example
 .fr
UID:3m7q1w5e9rt2y6u0i4o8p2a6sd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yannick Arrighi;X-NUM-GUESTS=0:mailto:yannick.arrighi@labo-pigmentum.
 example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marchet
 ti.roux@free.fr
CREATED:20251121T170810Z
DESCRIPTION:Bonjour Hélène\,\n\nComme convenu : test pratique au labo pour
  le poste de technicienne-analyste (profil restauratrice). Lecture de tro
 is coupes stratigraphiques au microscope optique et en UV\, identificatio
 n des couches\, puis 45 min d'échange avec moi sur vos conclusions.\n\nYa
 nnick Arrighi\nDirecteur – Laboratoire Pigmentum\, Bordeaux"""
        + GOOGLE_FR_FOOTER
        + r"""
LAST-MODIFIED:20251121T170811Z
LOCATION:Laboratoire Pigmentum\, 7 cours de la Marne-Haute\, 33800 Bordea
 ux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Test pratique coupes stratigraphiques – H. Marchetti-Roux
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Laboratoire Pigmentum",
        role="technicienne-analyste",
        stage="technical",
        interviewers="yannick.arrighi@labo-pigmentum.example.fr",
        trap="lab-practical-test-no-interview-word-in-summary",
        hiring=False,
    ),
    dict(
        kind="outlook-spanish-videoconference",
        uid="040000008200E00074C5B7101A82E00800000000F809A1B2C396DC01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9F00",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + UTC01_ES_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Ruiz Campos, Elena":mailto:elena.ruiz@museovaldesortega.exam
 ple.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Navarro Gil, 
 Pablo":mailto:pablo.navarro@museovaldesortega.example.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Sra. Marchetti-Roux:\n\nLe convocamos 
 a una entrevista por videoconferencia para la plaza de Conservador/a-Rest
 aurador/a de pintura (Ref. MVO-2025-08\, contrato laboral indefinido). La
  entrevista será con Elena Ruiz Campos (jefa del Departamento de Conserva
 ción) y Pablo Navarro Gil (gerente).\n\nReciba un cordial saludo.\n\n____
 ____________________________________________________________________________\nReunión de Microsoft Teams\nUnirse desde el equipo\, la aplicación mó
 vil o el dispositivo de sala\nHaga clic aquí para unirse a la reunión<htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ3YjE4NzAtYzI5MC00N
 mM0LWE4ZTAtNjYxZDBiZWYxMzI0%40thread.v2/0>\nId. de reunión: 347 102 886 
 915\nCódigo de acceso: Pq6Vt3\n__________________________________________
 ______________________________________\n
SUMMARY;LANGUAGE=es-ES:Entrevista por videoconferencia – Conservador/a-Re
 staurador/a de pintura (Ref. MVO-2025-08)
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20251211T10
 0000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20251211T110
 000
UID:040000008200E00074C5B7101A82E00800000000F809A1B2C396DC01000000000000000
 010000000B1C2D3E4F5061728394A5B6C7D8E9F00
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251202T115020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Museo Valdés-Ortega",
        role="Conservador/a-Restaurador/a de pintura",
        stage="hiring_manager",
        interviewers="elena.ruiz@museovaldesortega.example.es;pablo.navarro@museovaldesortega.example.es",
        trap="spanish-outlook-utc-zone-label-teams",
        hiring=False,
    ),
    dict(
        kind="google-church-site-interview",
        uid="6y0u4i8o2pa5s9d3f7g1h5j9kl@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251010T140000
DTEND;TZID=Europe/Paris:20251010T163000
DTSTAMP:20251003T064455Z
ORGANIZER;CN=Yann Lanoë:mailto:yann.lanoe@ateliers-lanoe.example.fr
UID:6y0u4i8o2pa5s9d3f7g1h5j9kl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yann Lanoë;X-NUM-GUESTS=0:mailto:yann.lanoe@ateliers-lanoe.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gwenaël Le Goff;X-NUM-GUESTS=0:mailto:gwenael.legoff@ateliers-lanoe.e
 xample.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hélène Marchetti-Roux;X-NUM-GUESTS=0:mailto:h.marchetti@atelier-re
 stauration-paris.example.fr
CREATED:20251003T064453Z
DESCRIPTION:Bonjour Hélène\,\n\nPlutôt qu'un entretien au bureau\, je vous
  propose de nous retrouver sur le chantier de l'église Saint-Gondran (pein
 tures murales du chœur\, XVe) : Gwenaël Le Goff\, notre conducteur de tra
 vaux\, vous montrera l'avancement\, puis nous parlerons du poste de cheffe
  de chantier peintures murales.\n\nYann Lanoë\nGérant – Ateliers Lanoë Pa
 trimoine (entreprise qualifiée MH)"""
        + GOOGLE_FR_FOOTER
        + r"""
LAST-MODIFIED:20251003T064454Z
LOCATION:Église Saint-Gondran\, place de l'Église\, 28130 Saint-Gondran
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre sur chantier – Ateliers Lanoë / H. Marchetti-Roux
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ateliers Lanoë Patrimoine",
        role="cheffe de chantier peintures murales",
        stage="onsite",
        interviewers="yann.lanoe@ateliers-lanoe.example.fr;gwenael.legoff@ateliers-lanoe.example.fr",
        trap="church-site-meeting-is-interview-work-address",
        hiring=False,
    ),
]
