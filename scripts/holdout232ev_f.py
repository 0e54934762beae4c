"""holdout232 events, part F: Vinexpo booked slots, agency naming the client, other zones and meeting tools."""

EVENTS = [
    dict(
        kind="booking",
        uid="vxp-bm-2025-118402@businessmeetings.wineparis-vinexpo.com",
        y=1,
        company="Domaines Roussel-Fabre",
        role="Directeur(trice) technique",
        stage="recruiter_screen",
        who="a.fabre@roussel-fabre.com",
        trap="vinexpo-booked-recruitment-slot-on-stand",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Wine Paris & Vinexpo Paris//Business Meetings//EN
METHOD:PUBLISH
@@PARIS_GOOGLE@@
BEGIN:VEVENT
UID:vxp-bm-2025-118402@businessmeetings.wineparis-vinexpo.com
DTSTAMP:20250131T101533Z
DTSTART;TZID=Europe/Paris:20250210T143000
DTEND;TZID=Europe/Paris:20250210T150000
SUMMARY:Rendez-vous : Domaines Roussel-Fabre – Hall 5\, stand B112
ORGANIZER;CN=Anne Fabre:mailto:a.fabre@roussel-fabre.com
ATTENDEE;CN=Elodie Castaing;PARTSTAT=ACCEPTED:mailto:elodie.castaing.oeno@
 laposte.net
DESCRIPTION:Meeting request accepted.\n\nWith: Anne Fabre\, Directrice gén
 érale\, Domaines Roussel-Fabre (Languedoc – Corbières & Minervois)\nSubj
 ect: Candidature – poste de directeur(trice) technique des 3 domaines\nMe
 ssage: Bonjour\, passez nous voir sur le stand\, nous aurons 30 minutes a
 u calme dans l'espace rendez-vous à l'arrière. Apportez votre CV. Anne\n\n
 Venue: Paris Expo Porte de Versailles – Hall 5\, stand B112
LOCATION:Hall 5\, stand B112 – Paris Expo Porte de Versailles
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="8F3D61B0-27E4-49A5-B1C8-5E0A9D7F3C22",
        y=1,
        company="Château Lamarque-Sillac",
        role="",
        stage="",
        who="Gilles Sillac",
        trap="typed-vinexpo-entretien-slot-with-dt",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250204T210933Z
DTEND;TZID=Europe/Paris:20250211T103000
DTSTAMP:20250204T211004Z
DTSTART;TZID=Europe/Paris:20250211T100000
LAST-MODIFIED:20250204T211004Z
LOCATION:Vinexpo Hall 1 stand Bordeaux (Lamarque-Sillac)
SEQUENCE:0
SUMMARY:Vinexpo – entretien Lamarque-Sillac (G. Sillac)
DESCRIPTION:il m'a confirmé par SMS : 10h sur le stand\, 30 min pour le p
 oste de MDC. Pas de badge exposant -> entrée visiteur pro.
TRANSP:OPAQUE
UID:8F3D61B0-27E4-49A5-B1C8-5E0A9D7F3C22
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="2mt6k0a9r3h1vd8q5jn7sl4ebc@google.com",
        y=1,
        company="Vignobles Maurin & Fils",
        role="Maître de chai",
        stage="",
        who="clement@vignobles-maurin.fr",
        trap="vinexpo-rendez-vous-salon-maitre-de-chai",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250212T113000
DTEND;TZID=Europe/Paris:20250212T121500
DTSTAMP:20250206T170422Z
ORGANIZER;CN=Clément Maurin:mailto:clement@vignobles-maurin.fr
UID:2mt6k0a9r3h1vd8q5jn7sl4ebc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Clément Maurin;X-NUM-GUESTS=0:mailto:clement@vignobles-maurin.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
CREATED:20250206T170420Z
DESCRIPTION:RDV salon pour faire connaissance et parler du poste de maître
  de chai (Blaye – Côtes de Bordeaux\, 85 ha). On prendra un café au bar d
 u Hall 1.
LAST-MODIFIED:20250206T170422Z
LOCATION:Wine Paris – Hall 1\, stand Maurin & Fils (G 045)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV Vinexpo Élodie Castaing / Maurin & Fils
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="5bv9n1h6q0e3tm7lk2cr8pd4sj@google.com",
        y=1,
        company="Œnoconseil Gironde",
        role="Œnologue conseil",
        stage="hiring_manager",
        who="v.darriet@oenoconseil-gironde.fr",
        trap="consulting-lab-role-meet-with-lab-head",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250319T123000
DTEND;TZID=Europe/Paris:20250319T131500
DTSTAMP:20250313T082544Z
ORGANIZER;CN=Virginie Darriet:mailto:v.darriet@oenoconseil-gironde.fr
UID:5bv9n1h6q0e3tm7lk2cr8pd4sj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Virginie Darriet;X-NUM-GUESTS=0:mailto:v.darriet@oenoconseil-gironde.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cast
 aing.oeno@laposte.net
X-GOOGLE-CONFERENCE:https://meet.google.com/kdo-wmfe-xtr
CREATED:20250313T082543Z
DESCRIPTION:Bonjour Élodie\,\nJe vous propose d'échanger sur votre candidat
 ure au poste d'œnologue conseil (suivi d'une trentaine de propriétés Méd
 oc / Graves\, vinifications et assemblages). Créneau du midi pour ne pas
  vous gêner au chai.\nVirginie Darriet\, Directrice du laboratoire\n\n-::
 ~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nRejoin
 dre avec Google Meet : https://meet.google.com/kdo-wmfe-xtr\nOu appeler l
 e : (FR) +33 1 87 40 39 21 Code : 302 516 878#\n-::~:~::~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250313T082544Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Échange candidature – Œnoconseil Gironde
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000D3F7A20C4E92DB01000000000000000010000000B1E6C9A4",
        y=1,
        company="Château Peyrac-Lalande",
        role="Maître de chai",
        stage="recruiter_screen",
        who="j.ducasse@bacchus-rh.fr",
        trap="headhunter-names-client-only-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=Julien Ducasse:mailto:j.ducasse@bacchus-rh.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Élodie\,\n\nComme évoqué\, je vous appel
 le pour faire le point sur le poste de maître de chai au Château Peyrac-L
 alande (Listrac-Médoc\, 45 ha\, nouveau cuvier gravitaire livré en 2024).
  Nous reprendrons votre parcours\, vos prétentions et vos disponibilités
  avant que je ne transmette votre dossier à M. Peyrac.\n\nJulien Ducasse\n
 Bacchus RH – Cabinet de recrutement Vins & Spiritueux\n07 82 41 60 13\n
UID:040000008200E00074C5B7101A82E00800000000D3F7A20C4E92DB0100000000000000
 0010000000B1E6C9A4
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique Bacchus RH – É. Castaing
DTSTART;TZID=W. Europe Standard Time:20250408T123000
DTEND;TZID=W. Europe Standard Time:20250408T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T160922Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone – je vous appelle
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-invite",
        uid="goto-meeting-417-226-905-c8a1@gotomeeting.com",
        y=1,
        company="Maison Sauvignac",
        role="Maître de chai",
        stage="hiring_manager",
        who="f.sauvignac@maison-sauvignac.fr",
        trap="goto-meeting-cognac-house-owner",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
UID:goto-meeting-417-226-905-c8a1@gotomeeting.com
DTSTAMP:20250422T132200Z
DTSTART;TZID=Europe/Paris:20250429T143000
DTEND;TZID=Europe/Paris:20250429T153000
SUMMARY:Maison Sauvignac – entretien Maître de chai (Mme Castaing)
ORGANIZER;CN=François Sauvignac:mailto:f.sauvignac@maison-sauvignac.fr
ATTENDEE;CN=Élodie Castaing;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:elodie.ca
 staing.oeno@laposte.net
DESCRIPTION:Maison Sauvignac – entretien Maître de chai\nmar. 29 avr. 2025
  14:30 - 15:30 (CEST)\n\nParticipez à ma réunion depuis votre ordinateur\,
  tablette ou smartphone.\nhttps://meet.goto.com/417226905\n\nVous pouvez
  aussi appeler à l'aide de votre téléphone.\nFrance : +33 170 950 594\n\nC
 ode d'accès : 417-226-905\n\nVous êtes nouveau sur GoTo Meeting ? Téléch
 argez l'application : https://meet.goto.com/install
LOCATION:https://meet.goto.com/417226905
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-invite",
        uid="2f6b8c1d9e0a4b3c8d7e6f5a4b3c2d1e@webex.com",
        y=1,
        company="Domaine des Sept Restanques",
        role="Responsable technique vignes et cave",
        stage="recruiter_screen",
        who="l.marcel@sept-restanques.com",
        trap="webex-provence-rose-estate-first-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
UID:2f6b8c1d9e0a4b3c8d7e6f5a4b3c2d1e@webex.com
DTSTAMP:20250109T101010Z
DTSTART;TZID=Europe/Paris:20250116T090000
DTEND;TZID=Europe/Paris:20250116T094500
SUMMARY:Premier entretien - Responsable technique vignes et cave
ORGANIZER;CN=Laurence Marcel:mailto:l.marcel@sept-restanques.com
ATTENDEE;CN=elodie.castaing.oeno@laposte.net;ROLE=REQ-PARTICIPANT;RSVP=TRU
 E:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION:Laurence Marcel vous invite à cette réunion Webex.\n\nDomaine de
 s Sept Restanques (Côtes de Provence\, La Londe) – premier entretien pour
  le poste de responsable technique vignes et cave.\n\nNuméro de la réunio
 n (code d'accès) : 2738 114 6620\nMot de passe de la réunion : Rose2025\n
 \nRejoindre la réunion\nhttps://septrestanques.webex.com/septrestanques/j
 .php?MTID=m7a2c\n\nRejoindre par téléphone\n+33-1-7091-8646 France Toll
LOCATION:https://septrestanques.webex.com/septrestanques/j.php?MTID=m7a2c
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
