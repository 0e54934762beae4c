"""holdout232 events, part H: the user on the hiring side at Château Lestrade-Bellevue (seasonal and cellar hires)."""

EVENTS = [
    dict(
        kind="gcal-invite",
        uid="1rq5h9c3m7t0vk2bn6sd8pl4ej@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-recurring-vendangeurs-interviews-with-override",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250825T083000
DTEND;TZID=Europe/Paris:20250825T120000
RRULE:FREQ=DAILY;COUNT=5;BYDAY=MO,TU,WE,TH,FR
DTSTAMP:20250804T150207Z
ORGANIZER;CN=Jean-Marc Dupouy:mailto:jm.dupouy@lestrade-bellevue.fr
UID:1rq5h9c3m7t0vk2bn6sd8pl4ej@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Dupouy;X-NUM-GUESTS=0:mailto:jm.dupouy@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
CREATED:20250804T150205Z
DESCRIPTION:Entretiens vendangeurs / porteurs / trieurs (table de tri) – s
 aison 2025.\nListe des candidats du jour dans le Drive > RH > Vendanges 2
 025. 15 min par personne\, on note sur la grille (ponctualité\, expérienc
 e\, physique\, dispo sur toute la durée).\nFiche DPAE + MSA à faire signer
  par Nathalie pour ceux qu'on retient.
LAST-MODIFIED:20250806T092011Z
LOCATION:Bureau du régisseur
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretiens saisonniers vendanges
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250827T140000
DTEND;TZID=Europe/Paris:20250827T173000
DTSTAMP:20250806T092011Z
ORGANIZER;CN=Jean-Marc Dupouy:mailto:jm.dupouy@lestrade-bellevue.fr
UID:1rq5h9c3m7t0vk2bn6sd8pl4ej@google.com
RECURRENCE-ID;TZID=Europe/Paris:20250827T083000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Dupouy;X-NUM-GUESTS=0:mailto:jm.dupouy@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
CREATED:20250804T150205Z
DESCRIPTION:Mercredi décalé l'après-midi (matin = écoulage cuve 9). Même li
 ste.
LAST-MODIFIED:20250806T092011Z
LOCATION:Bureau du régisseur
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Entretiens saisonniers vendanges (après-midi)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="3mf7p1v5b9q2ht6kc0rn4le8sd@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-invites-caviste-candidate-on-gmail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250703T160000
DTEND;TZID=Europe/Paris:20250703T164500
DTSTAMP:20250627T101344Z
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
UID:3mf7p1v5b9q2ht6kc0rn4le8sd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kevin.barreau33@gmail.com;X-NUM-GUESTS=0:mailto:kevin.barreau33@gm
 ail.com
CREATED:20250627T101342Z
DESCRIPTION:Bonjour Kevin\,\n\nSuite à votre candidature pour le poste de c
 aviste en CDD (août à novembre)\, je vous propose un entretien au château
 . Merci de vous présenter à l'accueil du chai\, en tenue de travail si po
 ssible (on fera un petit tour du cuvier).\n\nÉlodie Castaing\nMaître de c
 hai adjointe – Château Lestrade-Bellevue
LAST-MODIFIED:20250627T101344Z
LOCATION:Château Lestrade-Bellevue – accueil chai
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien – caviste CDD saison (Kevin Barreau)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reply",
        uid="0dh6s2k8v4q9mb1tc7rl3pn5fe@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250704T080000Z
DTEND:20250704T084500Z
DTSTAMP:20250628T194521Z
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
UID:0dh6s2k8v4q9mb1tc7rl3pn5fe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Anaïs
  Morel;X-NUM-GUESTS=0:mailto:anais.morel.viti@gmail.com
CREATED:20250627T101802Z
DESCRIPTION:
LAST-MODIFIED:20250628T194521Z
LOCATION:Château Lestrade-Bellevue – accueil chai
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté: Entretien – caviste CDD saison (Anaïs Morel) @ ven. 4 jui
 l. 2025 10:00 - 10:45 (CEST) (e.castaing@lestrade-bellevue.fr)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="B2C8E4F1-6A93-4D07-8E5B-1F0A7C3D9E26",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-fill-scorecards-task",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250829T181500Z
DTEND;VALUE=DATE:20250830
DTSTAMP:20250829T181500Z
DTSTART;VALUE=DATE:20250829
LAST-MODIFIED:20250829T181500Z
SEQUENCE:0
SUMMARY:grilles éval vendangeurs à finir + envoyer à JM
DESCRIPTION:manque notes de mercredi ap-midi (6 candidats). Mettre 1-4 sur
  chaque critère sinon Nathalie peut pas faire les DPAE
TRANSP:TRANSPARENT
UID:B2C8E4F1-6A93-4D07-8E5B-1F0A7C3D9E26
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="5tb1q7m3v9c0kh4sd2rj8ne6pl@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-debrief-caviste-hiring",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250717T083000
DTEND;TZID=Europe/Paris:20250717T090000
DTSTAMP:20250716T173011Z
ORGANIZER;CN=Nathalie Sarrazin:mailto:n.sarrazin@lestrade-bellevue.fr
UID:5tb1q7m3v9c0kh4sd2rj8ne6pl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nathalie Sarrazin;X-NUM-GUESTS=0:mailto:n.sarrazin@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue
 .fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jean-Marc Dupouy;X-NUM-GUESTS=0:mailto:jm.dupouy@lestrade-bellevue.fr
CREATED:20250716T173009Z
DESCRIPTION:Retour sur les 3 candidats caviste (entretiens + dégustation d
 'hier). Il faut se décider aujourd'hui pour envoyer la promesse d'embauch
 e avant le 21. Apportez vos grilles.
LAST-MODIFIED:20250716T173011Z
LOCATION:Bureau administratif
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Point caviste – décision
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="E7A3D5C9-1B28-4F60-9D4E-8C2B6A0F1E73",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-supervises-candidate-trial-day",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250718T064010Z
DTEND;TZID=Europe/Paris:20250722T170000
DTSTAMP:20250718T064022Z
DTSTART;TZID=Europe/Paris:20250722T080000
LAST-MODIFIED:20250718T064022Z
SEQUENCE:0
SUMMARY:Journée d'essai Yanis T. (caviste) – avec moi au chai
DESCRIPTION:le mettre sur lavage barriques + ouillage + remontage cuve 3.
 Voir s'il est autonome avec le chariot. Débrief 16h30 avec JM.
TRANSP:OPAQUE
UID:E7A3D5C9-1B28-4F60-9D4E-8C2B6A0F1E73
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000C4A1E7F2B3D0DB01000000000000000010000000F9E8D7C6",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-agency-presents-candidate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN="Lopez, Marina":mailto:m.lopez@agri-emploi33.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castaing
 , Élodie":mailto:e.castaing@lestrade-bellevue.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Castaing\,\n\nComme convenu\, je
  vous présente par téléphone le profil que nous avons sélectionné pour vo
 tre poste de second de chai (CDI) : M. Rémi Castex\, 29 ans\, BTS Viti-Œ
 no\, 4 vendanges en Saint-Émilion\, CACES 3. Son CV est joint à ce messag
 e.\nSi le profil vous convient\, nous organiserons l'entretien au château
  la semaine suivante.\n\nMarina Lopez\nChargée de recrutement – Agri Empl
 oi 33 (groupement d'employeurs agricoles)\n
UID:040000008200E00074C5B7101A82E00800000000C4A1E7F2B3D0DB0100000000000000
 0010000000F9E8D7C6
SUMMARY;LANGUAGE=fr-FR:Présentation candidat – Second de chai – Château Les
 trade-Bellevue
DTSTART;TZID=W. Europe Standard Time:20250610T131500
DTEND;TZID=W. Europe Standard Time:20250610T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250605T094433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="booking",
        uid="calendly-a93d0e47-1c5b-4f28-8e6d-2b7f0c91a3e5",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-calendly-host-seasonal-slot",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-a93d0e47-1c5b-4f28-8e6d-2b7f0c91a3e5
DTSTAMP:20250812T203311Z
DTSTART:20250819T070000Z
DTEND:20250819T071500Z
SUMMARY:Entretien saisonnier (15 min) between Élodie Castaing and Dylan Ma
 rtins
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CN=Élodie Castaing;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 e.castaing@lestrade-bellevue.fr
ATTENDEE;CN=Dylan Martins;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dy
 lan.martins17@hotmail.fr
LOCATION:Élodie Castaing will call the invitee at +33 7 68 20 41 95
DESCRIPTION:Invitee: Dylan Martins\nInvitee Email: dylan.martins17@hotmail.
 fr\nEvent Type: Entretien saisonnier (15 min)\n\nQuestions:\nPoste souhai
 té ?\nporteur ou cuvier\nDéjà fait les vendanges ?\noui 2 fois à Saint-Es
 tèphe\nPermis B ?\noui\n\nView event in Calendly: https://calendly.com/ev
 ents/a93d0e47\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="r4k8c0v2m6p1sq9hb3tl7ne5dj_20250602T090000Z@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-google-appointment-schedule-intern",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250602T090000Z
DTEND:20250602T093000Z
DTSTAMP:20250528T162001Z
ORGANIZER;CN=Élodie Castaing:mailto:e.castaing@lestrade-bellevue.fr
UID:r4k8c0v2m6p1sq9hb3tl7ne5dj_20250602T090000Z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lucas Ferrand;X-NUM-GUESTS=0:mailto:lucas.ferrand@etu.u-bordeaux.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/pzo-yhtq-aiw
CREATED:20250528T162000Z
DESCRIPTION:Réservé par\nLucas Ferrand\nlucas.ferrand@etu.u-bordeaux.fr\n\n
 Stage vendanges 2025 – entretien candidat (DNO 1re année)\n\nNotes :\nBon
 jour\, je vous joins ma convention de stage. Disponible du 1er septembre
  au 31 octobre.\n\nRejoindre avec Google Meet : https://meet.google.com/p
 zo-yhtq-aiw\n\nRéservation effectuée via un agenda de réservation Google
 Agenda.
LAST-MODIFIED:20250528T162001Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucas Ferrand et Élodie Castaing – Stage vendanges 2025
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="7c4e1b9a0f2d4c83@android.local",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="user-as-interviewer-typed-notes-on-candidates",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//FR
BEGIN:VEVENT
UID:7c4e1b9a0f2d4c83@android.local
DTSTAMP:20250612T191240Z
DTSTART:20250612T180000
DTEND:20250612T181500
SUMMARY:cand. tractoriste : Pereira ok / Lambert bof / Cazaux ??
DESCRIPTION:Pereira : 10 ans enjambeur\, dispo 1/09\, veut 1900 net -> voir
  JM. Lambert : pas de CACES\, en retard. Cazaux : à rappeler (ne répond p
 as)
END:VEVENT
END:VCALENDAR
""",
    ),
]
