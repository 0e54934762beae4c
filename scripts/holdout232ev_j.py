"""holdout232 events, part J: look-alikes from the job search (reference, coffee, mock, webinar, fair, press...)."""

EVENTS = [
    dict(
        kind="gcal-invite",
        uid="3se9k1v5m7q0hc2tb8rn4pl6dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="reference-call-user-as-referee-for-former-intern",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250325T123000
DTEND;TZID=Europe/Paris:20250325T130000
DTSTAMP:20250320T093305Z
ORGANIZER;CN=Laure Chastang:mailto:l.chastang@chateau-vieux-tertre.fr
UID:3se9k1v5m7q0hc2tb8rn4pl6dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Laure Chastang;X-NUM-GUESTS=0:mailto:l.chastang@chateau-vieux-tertre.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue
 .fr
CREATED:20250320T093303Z
DESCRIPTION:Bonjour Élodie\,\nThomas Girard nous a donné votre nom comme ré
 férence (il a été votre stagiaire pendant les vendanges 2022 et 2023). Il
  est candidat chez nous au poste de caviste. 20 minutes suffiront : autono
 mie\, rigueur sur l'hygiène\, travail en équipe.\nMerci beaucoup\,\nLaure
  Chastang\, Château Vieux-Tertre
LAST-MODIFIED:20250320T093305Z
LOCATION:Téléphone – je vous appelle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prise de références – Thomas Girard
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-entry",
        uid="C6E1A8B3-9F47-4D20-B5C3-7E0D2A9F4B18",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="informational-coffee-with-cellar-master",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
@@PARIS_APPLE@@
BEGIN:VEVENT
CREATED:20250110T200211Z
DTEND;TZID=Europe/Paris:20250118T113000
DTSTAMP:20250110T200230Z
DTSTART;TZID=Europe/Paris:20250118T100000
LAST-MODIFIED:20250110T200230Z
LOCATION:Café de la Mairie\, Saint-Estèphe
SEQUENCE:0
SUMMARY:Café Julien Mora
DESCRIPTION:Julien = MDC à St-Estèphe depuis 2019\, ancien de la promo DNO.
  Lui demander comment il a eu le poste\, salaires du marché\, qui recrute
  en 2025 (rumeur Pichon ?). Pas un entretien\, juste infos.
TRANSP:OPAQUE
UID:C6E1A8B3-9F47-4D20-B5C3-7E0D2A9F4B18
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="5qh3v7b1k9m2tc6sl0rn4pe8dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="mock-interview-in-english-with-friend",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250301T180000
DTEND;TZID=Europe/Paris:20250301T190000
DTSTAMP:20250226T212111Z
ORGANIZER;CN=Claire Benoît:mailto:claire.benoit.wine@gmail.com
UID:5qh3v7b1k9m2tc6sl0rn4pe8dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Benoît;X-NUM-GUESTS=0:mailto:claire.benoit.wine@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.castai
 ng.oeno@laposte.net
X-GOOGLE-CONFERENCE:https://meet.google.com/gxq-tbma-wjr
CREATED:20250226T212109Z
DESCRIPTION:Practice run for your Napa interview 🍷 I'll play the winemaker
 . Behavioral questions + "walk me through a stuck fermentation" in Englis
 h. Then feedback on your accent (kidding). Bisous\, Claire
LAST-MODIFIED:20250226T212111Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview – Élodie (Napa prep)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-invite",
        uid="ZOOMW89110245573",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="webinar-how-to-succeed-wine-job-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTAMP:20250203T120045Z
DTSTART;TZID=Europe/Paris:20250206T123000
DTEND;TZID=Europe/Paris:20250206T133000
SUMMARY:Webinaire Vitijob : réussir son entretien de recrutement dans la
  filière vin
UID:ZOOMW89110245573
TZID:Europe/Paris
DESCRIPTION:Merci pour votre inscription !\n\nAu programme : comment prépa
 rer une dégustation technique de recrutement\, les questions pièges des d
 irecteurs de propriété\, négocier logement et prime de vendanges. Avec u
 ne consultante en recrutement Vins & Spiritueux et un maître de chai de
  Saint-Émilion.\n\nRejoindre le webinaire : https://us02web.zoom.us/w/89
 110245573?tk=Wb7s\nCode secret : 442190
LOCATION:https://us02web.zoom.us/w/89110245573?tk=Wb7s
ORGANIZER;CN=Vitijob:mailto:webinaires@vitijob.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ticket",
        uid="evt-2025-wpv-jobdating-0087321@weezevent.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="careers-fair-job-dating-no-booked-slot",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weezevent//Weezevent Ticketing//FR
METHOD:PUBLISH
@@PARIS_GOOGLE@@
BEGIN:VEVENT
UID:evt-2025-wpv-jobdating-0087321@weezevent.com
DTSTAMP:20250127T083011Z
DTSTART;TZID=Europe/Paris:20250211T140000
DTEND;TZID=Europe/Paris:20250211T180000
SUMMARY:Espace Emploi & Carrières – Wine Paris & Vinexpo Paris
LOCATION:Paris Expo Porte de Versailles – Hall 7.1\, Espace Emploi
DESCRIPTION:Votre billet : Espace Emploi & Carrières (accès libre)\nJob da
 ting\, conférences « Les métiers du chai »\, ateliers CV\, stands des éc
 oles et des cabinets de recrutement.\nBillet n° 0087321 – présenter le QR
  code à l'entrée.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="1lv5c9n3q7k0ht4sb8rm2pe6dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="pre-employment-medical-msa-sante-travail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250617T083000
DTEND;TZID=Europe/Paris:20250617T091500
DTSTAMP:20250604T145200Z
UID:1lv5c9n3q7k0ht4sb8rm2pe6dj@google.com
CREATED:20250604T145158Z
DESCRIPTION:Convocation MSA Gironde – Santé Sécurité au Travail : visite d'
 information et de prévention à l'embauche. Apporter carte vitale\, liste
  des vaccins\, lunettes.
LAST-MODIFIED:20250604T145200Z
LOCATION:MSA Gironde\, 13 rue Ferrère\, Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite médicale d'embauche (MSA)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000F0C9B8A7D6E5DB01000000000000000010000000B8C7D6E5",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="research-interview-isvv-phd-on-practices",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=Mathilde Puyo:mailto:mathilde.puyo@u-bordeaux.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Élodie Ca
 staing:mailto:e.castaing@lestrade-bellevue.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Castaing\,\n\nMerci d'avoir acce
 pté de participer à mon enquête de thèse (ISVV – Unité Œnologie) sur la
  réduction des sulfites en vinification des rouges bordelais. L'entretien
  semi-directif dure environ 1h et sera enregistré (anonymisé).\n\nMathild
 e Puyo\nDoctorante\, ISVV\n
UID:040000008200E00074C5B7101A82E00800000000F0C9B8A7D6E5DB0100000000000000
 0010000000B8C7D6E5
SUMMARY;LANGUAGE=fr-FR:Entretien thèse ISVV – pratiques de sulfitage
DTSTART;TZID=W. Europe Standard Time:20250612T140000
DTEND;TZID=W. Europe Standard Time:20250612T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T111901Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Château Lestrade-Bellevue
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="6hm0q4t8c2v7kb1sn5rl9pe3dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="podcast-recording-women-in-the-cellar",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250527T180000
DTEND;TZID=Europe/Paris:20250527T193000
DTSTAMP:20250515T202020Z
ORGANIZER;CN=Podcast Femmes de Chai:mailto:femmesdechai.podcast@gmail.com
UID:6hm0q4t8c2v7kb1sn5rl9pe3dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.cas
 taing.oeno@laposte.net
CREATED:20250515T202018Z
DESCRIPTION:Enregistrement de l'épisode 34 : ton parcours de la fac d'œno
 au chai d'un cru classé\, être une femme maître de chai adjointe\, les v
 endanges 2024. Interview d'environ 45 min\, on enregistre sur Riverside.
 \nLien : https://riverside.fm/studio/femmes-de-chai
LAST-MODIFIED:20250515T202020Z
LOCATION:https://riverside.fm/studio/femmes-de-chai
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview podcast « Femmes de Chai » – Élodie Castaing
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-invite",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000010000000C9D8E7F6",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="headhunter-market-check-no-employer-named",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WEUROPE@@
BEGIN:VEVENT
ORGANIZER;CN=Thibaut Renaud:mailto:thibaut.renaud@optimum-search.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elodie.ca
 staing.oeno@laposte.net:mailto:elodie.castaing.oeno@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Élodie\,\n\nMerci pour votre retour sur
  LinkedIn. Je vous propose un échange de 20 minutes pour faire connaissan
 ce : votre parcours\, vos attentes\, et un point sur le marché des postes
  techniques en Bordelais et en Charente. Je travaille régulièrement pour
  des propriétés et des maisons de spiritueux de premier plan.\n\nThibaut
  Renaud\nManager – Optimum Search\, practice Agri & Vins\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000
 0010000000C9D8E7F6
SUMMARY;LANGUAGE=fr-FR:Échange Optimum Search / Élodie Castaing
DTSTART;TZID=W. Europe Standard Time:20250313T123000
DTEND;TZID=W. Europe Standard Time:20250313T125000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T170245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="8kd2s6m0v4q9tc1hb7rn3pl5ej@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="bilan-de-competences-session",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250128T180000
DTEND;TZID=Europe/Paris:20250128T200000
DTSTAMP:20250121T090033Z
ORGANIZER;CN=Cabinet Trajectoires:mailto:contact@trajectoires-bilan.fr
UID:8kd2s6m0v4q9tc1hb7rn3pl5ej@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=elodie.castaing.oeno@laposte.net;X-NUM-GUESTS=0:mailto:elodie.castai
 ng.oeno@laposte.net
CREATED:20250121T090031Z
DESCRIPTION:Bilan de compétences (CPF) – séance 4/8 : entretien d'explorat
 ion des pistes (maître de chai / direction technique / conseil). Tests d
 'intérêts à restituer.\nConsultante : Hélène Vigier
LAST-MODIFIED:20250121T090033Z
LOCATION:Cabinet Trajectoires\, 12 cours de Verdun\, Bordeaux
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bilan de compétences – séance 4
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-invite",
        uid="0te4k8q2m6v1sh9cb3rn7pl5dj@google.com",
        y=0,
        company="",
        role="",
        stage="",
        who="",
        trap="examiner-on-dno-thesis-defence-jury",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@PARIS_GOOGLE@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250630T090000
DTEND;TZID=Europe/Paris:20250630T170000
DTSTAMP:20250604T073344Z
ORGANIZER;CN=Scolarité DNO - ISVV:mailto:scolarite-dno@isvv.u-bordeaux.fr
UID:0te4k8q2m6v1sh9cb3rn7pl5dj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Élodie Castaing;X-NUM-GUESTS=0:mailto:e.castaing@lestrade-bellevue
 .fr
CREATED:20250604T073342Z
DESCRIPTION:Madame\,\nVous êtes membre du jury professionnel des soutenanc
 es de mémoire de fin d'études du Diplôme National d'Œnologue (promotion
  2025). 8 candidats\, 30 min chacun (20 min d'exposé + 10 min de questio
 ns). Les grilles d'évaluation vous seront remises sur place.\nScolarité D
 NO
LAST-MODIFIED:20250604T073344Z
LOCATION:ISVV\, amphi B\, Villenave-d'Ornon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jury soutenances DNO 2025
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
