# ruff: noqa: E501, W291, W293, RUF100
"""holdout254 events, part D: other negatives (signings, successions, trainings, personal 'entretiens', lookalikes)."""

from holdout254ev_zones import APPLE_PARIS, BRUSSELS, PARIS, ROMANCE, UTC_PLUS1_FR, WEUROPE

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)

EVENTS = [
    dict(
        kind="outlook-signing",
        uid="040000008200E00074C5B7101A82E00800000000A0A0A0A0A09BDC0100000000000000001000000010101010101010101010101010101010",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;CN="Lemaître, Bertrand";RSVP=TRUE:mailto:b.lemaitre@etude-loire-notaires.fr
ATTENDEE;CN="Salle des signatures";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE:mailto:salle.signatures@etude-loire-notaires.fr
CLASS:PUBLIC
CREATED:20260204T100000Z
DESCRIPTION:Vente MOREL / LE HIR – maison 12 rue des Hauts-Pavés\, Nantes.
  Prix 412 000 €. Fonds reçus (virement notaire acquéreur OK). Prévoir ori
 ginal du diagnostic amiante et clés.\n
DTEND;TZID="Romance Standard Time":20260213T113000
DTSTAMP:20260204T100000Z
DTSTART;TZID="Romance Standard Time":20260213T103000
LAST-MODIFIED:20260204T100000Z
LOCATION:Salle des signatures
ORGANIZER;CN="Accueil Étude Loire":mailto:accueil@etude-loire-notaires.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Signature d'acte – Vente Morel / Le Hir
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0A0A0A0A09BDC0100000000000000001000000010101010101010101010101010101010
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="deed-signing-room-resource", **_NEG,
    ),
    dict(
        kind="exchange-signing",
        uid="040000008200E00074C5B7101A82E00800000000A1A1A1A1A19BDC0100000000000000001000000011111111111111111111111111111111",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Galliou, Bertrand":mailto:bertrand.galliou@oceanis-promotion.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marie-Anne Josse:mailto:ma.josse@notaires-erdre.fr
DESCRIPTION;LANGUAGE=fr-FR:Rendez-vous de signature – programme « Les Terr
 asses de l'Erdre » : 6 actes de vente en l'état futur d'achèvement (lots 
 B12 à B17). Notaire du promoteur : Me Josse (Notaires de l'Erdre)\; notai
 re des acquéreurs : Étude Loire Notaires (G. Prigent rédacteur).\n
SUMMARY;LANGUAGE=fr-FR:RDV de signature VEFA – Océanis / Les Terrasses de l'Erdre
DTSTART;TZID=Romance Standard Time:20260227T140000
DTEND;TZID=Romance Standard Time:20260227T173000
UID:040000008200E00074C5B7101A82E00800000000A1A1A1A1A19BDC0100000000000000001000000011111111111111111111111111111111
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260210T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Notaires de l'Erdre\, 2 quai Ceineray\, Nantes
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="signing-with-prospective-employers-named", **_NEG,
    ),
    dict(
        kind="exchange-succession-meeting",
        uid="040000008200E00074C5B7101A82E00800000000A2A2A2A2A29BDC0100000000000000001000000012121212121212121212121212121212",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Yvonne Le Floch:mailto:yvonne.lefloch@wanadoo.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pascal Le Floch:mailto:pascal.lefloch56@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Entretien de succession (M. Jean Le Floch\, déc
 édé le 02/01/2026). Merci d'apporter : livret de famille\, contrat de mar
 iage\, dernier avis d'imposition\, relevés bancaires\, titres de propriété
 . Durée : 1h30.\n
SUMMARY;LANGUAGE=fr-FR:Entretien de succession – famille Le Floch
DTSTART;TZID=Romance Standard Time:20260216T140000
DTEND;TZID=Romance Standard Time:20260216T153000
UID:040000008200E00074C5B7101A82E00800000000A2A2A2A2A29BDC0100000000000000001000000012121212121212121212121212121212
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Étude Loire Notaires – bureau 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="entretien-de-succession-client-meeting", **_NEG,
    ),
    dict(
        kind="bookings-client",
        uid="bookings-a1b2c3d4-0000-4e5f-8a9b-c0d1e2f3a4b5",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN=Étude Loire Notaires - Prise de rendez-vous:mailto:RDVEtudeLoire@etudeloire.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Rendez-vous d
 écouverte – projet immobilier (45 min)\nClient : M. et Mme Guérin\nE-mail 
 : famille.guerin@example-mail.fr\nMembre du personnel : Guillaume Prigent\n
 \nRéponses du client :\nObjet : achat résidence principale à Orvault + qu
 estion sur la donation de nos parents\n\nMicrosoft Bookings\n
SUMMARY;LANGUAGE=fr-FR:M. et Mme Guérin – Rendez-vous découverte
DTSTART;TZID=Romance Standard Time:20260302T173000
DTEND;TZID=Romance Standard Time:20260302T181500
UID:bookings-a1b2c3d4-0000-4e5f-8a9b-c0d1e2f3a4b5
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T201000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Étude Loire Notaires
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="bookings-client-discovery-meeting", **_NEG,
    ),
    dict(
        kind="apple-hand-typed",
        uid="E1D2C3B4-A596-4877-8695-A4B3C2D1E0F9",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{APPLE_PARIS}BEGIN:VEVENT
CREATED:20260219T071500Z
UID:E1D2C3B4-A596-4877-8695-A4B3C2D1E0F9
DTEND;TZID=Europe/Paris:20260225T113000
TRANSP:OPAQUE
SUMMARY:Visite estimation maison Rezé (succession Bouvet)
LAST-MODIFIED:20260219T071500Z
DTSTAMP:20260219T071500Z
DTSTART;TZID=Europe/Paris:20260225T100000
LOCATION:8 rue Jean Jaurès\, Rezé
DESCRIPTION:avec expert du service négociation. photos + surface Carrez
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="estate-valuation-visit", **_NEG,
    ),
    dict(
        kind="google-recurring-training",
        uid="0c7j4k1l8m5n2b9v6c3x0z7a4s@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Formations Chambre 44
X-WR-TIMEZONE:Europe/Paris
{PARIS}BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260205T090000
DTEND;TZID=Europe/Paris:20260205T123000
RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=5
DTSTAMP:20260401T060000Z
UID:0c7j4k1l8m5n2b9v6c3x0z7a4s@google.com
CREATED:20260115T100000Z
DESCRIPTION:Cycle de formation continue obligatoire – collaborateurs d'off
 ice. Module « Successions et libéralités : actualité »\, animé par un jur
 iste du CRJN Ouest. Émargement obligatoire.
LAST-MODIFIED:20260115T100000Z
LOCATION:Chambre des notaires\, Nantes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Formation continue – Chambre des notaires
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260409T140000
DTEND;TZID=Europe/Paris:20260409T173000
DTSTAMP:20260401T060000Z
UID:0c7j4k1l8m5n2b9v6c3x0z7a4s@google.com
RECURRENCE-ID;TZID=Europe/Paris:20260402T090000
CREATED:20260115T100000Z
DESCRIPTION:Module avril décalé d'une semaine (AG de la Chambre le 2). Th
 ème : la rédaction des actes de donation-partage.
LAST-MODIFIED:20260320T100000Z
LOCATION:Chambre des notaires\, Nantes
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Formation continue – Chambre des notaires (après-midi)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="recurring-chamber-training-override-names-employer", **_NEG,
    ),
    dict(
        kind="exchange-annual-review",
        uid="040000008200E00074C5B7101A82E00800000000A3A3A3A3A39BDC0100000000000000001000000013131313131313131313131313131313",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lemaître, Bertrand":mailto:b.lemaitre@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien professionnel (obligation légale\, tou
 s les 2 ans) : bilan\, besoins de formation\, perspectives d'évolution. M
 erci de remplir le support préparatoire transmis par Sandrine.\n
SUMMARY;LANGUAGE=fr-FR:Entretien professionnel – Guillaume Prigent
DTSTART;TZID=Romance Standard Time:20260129T163000
DTEND;TZID=Romance Standard Time:20260129T173000
UID:040000008200E00074C5B7101A82E00800000000A3A3A3A3A39BDC0100000000000000001000000013131313131313131313131313131313
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260115T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau de Me Lemaître
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="entretien-professionnel-own-review", **_NEG,
    ),
    dict(
        kind="google-mock-interview",
        uid="4g7h1j3k5l7z9x1c3v5b7n9m1q@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260206T123000
DTEND;TZID=Europe/Paris:20260206T133000
DTSTAMP:20260202T110000Z
ORGANIZER;CN=Sophie Rivière:mailto:sophie.riviere@apec-conseil.example.fr
UID:4g7h1j3k5l7z9x1c3v5b7n9m1q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=guillaume.prigent44@orange.fr;X-NUM-GUESTS=0:mailto:guillaume.prige
 nt44@orange.fr
CREATED:20260202T110000Z
DESCRIPTION:Simulation d'entretien d'embauche (conditions réelles) dans le
  cadre de votre accompagnement cadre. Apportez une offre qui vous intéres
 se : nous jouerons l'entretien avec le notaire titulaire puis débrief.\n\n
 Rejoindre avec Google Meet : https://meet.google.com/apc-sim-ent
LAST-MODIFIED:20260202T110000Z
LOCATION:https://meet.google.com/apc-sim-ent
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simulation d'entretien – G. Prigent
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="mock-interview-career-coach", **_NEG,
    ),
    dict(
        kind="livestorm-webinar",
        uid="livestorm-session-3c9f1e2a-notariarh",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm Events//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:livestorm-session-3c9f1e2a-notariarh
DTSTAMP:20260127T150000Z
DTSTART:20260203T113000Z
DTEND:20260203T123000Z
SUMMARY:Webinar Notaria RH : Réussir son entretien de recrutement en étude
DESCRIPTION:Vous êtes inscrit(e) ! Au programme : les questions posées par
  les notaires titulaires\, le test de rédaction\, la négociation salarial
 e selon la grille de la convention collective du notariat.\n\nRejoindre : 
 https://app.livestorm.example.co/notaria-rh/reussir-entretien/live
LOCATION:https://app.livestorm.example.co/notaria-rh/reussir-entretien/live
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="webinar-about-interviewing-agency-host", **_NEG,
    ),
    dict(
        kind="outlook-press-interview",
        uid="040000008200E00074C5B7101A82E00800000000A4A4A4A4A49BDC0100000000000000001000000014141414141414141414141414141414",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:g.prigent@etude-loire-notaires.fr
CLASS:PUBLIC
CREATED:20260209T140000Z
DESCRIPTION:Bonjour\, comme convenu avec la Chambre\, interview de 20 minu
 tes pour notre dossier « Ces métiers qui recrutent » : le quotidien d'un 
 clerc de notaire\, la formation\, les salaires. Photo possible.\nRozenn Le
  Du\, journaliste – Ouest-Atlantique Quotidien\n
DTEND;TZID="W. Europe Standard Time":20260211T093000
DTSTAMP:20260209T140000Z
DTSTART;TZID="W. Europe Standard Time":20260211T091000
LAST-MODIFIED:20260209T140000Z
LOCATION:Téléphone
ORGANIZER;CN="Le Du, Rozenn":mailto:rozenn.ledu@ouest-atlantique-quotidien.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Interview – Ces métiers qui recrutent (clerc de notaire)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A4A4A4A4A49BDC0100000000000000001000000014141414141414141414141414141414
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="press-interview-hiring-words", **_NEG,
    ),
    dict(
        kind="thunderbird-research-interview",
        uid="5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
{PARIS}BEGIN:VEVENT
CREATED:20260211T090000Z
LAST-MODIFIED:20260211T090000Z
DTSTAMP:20260211T090000Z
UID:5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f
SUMMARY:Entretien de recherche – thèse « Les clercs de notaire face à la d
 ématérialisation »
ORGANIZER;CN=Ewen Cosquer:mailto:ewen.cosquer@doctorant.example-univ-nantes.fr
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;CN=Guillaume Prigent:mailto:guillaume.prigent44@orange.fr
DTSTART;TZID=Europe/Paris:20260214T100000
DTEND;TZID=Europe/Paris:20260214T113000
DESCRIPTION:Entretien semi-directif enregistré (anonymisé)\, dans le cadre
  de ma thèse de sociologie. Merci encore d'avoir accepté. Ewen
LOCATION:Café Le Flesselles\, Nantes
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="research-interview-user-interviewee", **_NEG,
    ),
    dict(
        kind="apple-hand-typed",
        uid="F0E1D2C3-B4A5-4968-8776-655443322110",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260213T200000Z
UID:F0E1D2C3-B4A5-4968-8776-655443322110
DTEND:20260221T110000
TRANSP:OPAQUE
SUMMARY:Café Gurvan (notaire Rennes) - conseils sur le marché rennais
LAST-MODIFIED:20260213T200000Z
DTSTAMP:20260213T200000Z
DTSTART:20260221T100000
LOCATION:gare de Rennes
DESCRIPTION:lui demander quelles études recrutent + avis sur Riou-Guégan et 
 les Lices
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="informational-coffee-names-employers", **_NEG,
    ),
    dict(
        kind="all-day-job-fair",
        uid="salon-emploi-notariat-paris-2026-visiteur-55120",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weezevent//Billetterie//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:salon-emploi-notariat-paris-2026-visiteur-55120
DTSTAMP:20260201T120000Z
DTSTART;VALUE=DATE:20260407
DTEND;VALUE=DATE:20260408
SUMMARY:Forum de l'emploi du notariat – Paris (visiteur)
DESCRIPTION:Votre billet visiteur n° 55120. Plus de 60 offices et cabinets
  de recrutement présents\, job dating sur place\, conférences « Passer de
  clerc à notaire assistant ».
LOCATION:Espace Champerret\, Paris 17e
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="job-fair-visitor-all-day", **_NEG,
    ),
    dict(
        kind="outlook-referee-call",
        uid="040000008200E00074C5B7101A82E00800000000A5A5A5A5A59BDC0100000000000000001000000015151515151515151515151515151515",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{UTC_PLUS1_FR}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:g.prigent@etude-loire-notaires.fr
CLASS:PUBLIC
CREATED:20260217T150000Z
DESCRIPTION:Bonjour Monsieur Prigent\,\n\nNolwenn Caradec\, qui a effectué
  son stage de licence pro sous votre tutorat\, a postulé chez nous comme 
 assistante notariale et vous cite comme référence. Pourrions-nous échange
 r 15 minutes ?\n\nMe Gildas Urvoy\, Office notarial de Vitré\n
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260219T124500
DTSTAMP:20260217T150000Z
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20260219T123000
LAST-MODIFIED:20260217T150000Z
LOCATION:Téléphone
ORGANIZER;CN="Urvoy, Gildas":mailto:g.urvoy@notaires-vitre.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Prise de références – N. Caradec
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A5A5A5A5A59BDC0100000000000000001000000015151515151515151515151515151515
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="reference-call-user-is-referee", **_NEG,
    ),
    dict(
        kind="apple-prep-block",
        uid="0A1B2C3D-4E5F-4607-9819-2A3B4C5D6E7F",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
{APPLE_PARIS}BEGIN:VEVENT
CREATED:20260210T210000Z
UID:0A1B2C3D-4E5F-4607-9819-2A3B4C5D6E7F
DTEND;TZID=Europe/Paris:20260211T220000
TRANSP:OPAQUE
SUMMARY:Prépa entretien Kerbrat - relire réforme successions + questions à poser
LAST-MODIFIED:20260210T210000Z
DTSTAMP:20260210T210000Z
DTSTART;TZID=Europe/Paris:20260211T203000
DESCRIPTION:pitch 2 min\, pourquoi quitter l'étude\, prétentions (grille C
 CN niveau T2)\, exemples dossiers famille
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="prep-block-names-employer", **_NEG,
    ),
    dict(
        kind="thunderbird-reminder",
        uid="7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260219T190000Z
LAST-MODIFIED:20260219T190000Z
DTSTAMP:20260219T190000Z
UID:7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b
SUMMARY:Mail de remerciement Me Tanguy + Me Le Goff (entretien Rennes)
DTSTART;VALUE=DATE:20260220
DTEND;VALUE=DATE:20260221
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        trap="thank-you-reminder-after-interview", **_NEG,
    ),
    dict(
        kind="outlook-headhunter-no-employer",
        uid="040000008200E00074C5B7101A82E00800000000A6A6A6A6A69BDC0100000000000000001000000016161616161616161616161616161616",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WEUROPE}BEGIN:VEVENT
ATTENDEE;CN="guillaume.prigent44@orange.fr";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PUBLIC
CREATED:20260224T103000Z
DESCRIPTION:Bonjour Guillaume\,\n\nJe vous contacte de la part d'un office
  parisien de premier plan (que je ne peux pas encore nommer) qui recrute 
 un notaire assistant en droit de la famille. Échange confidentiel de 20 
 minutes pour vous présenter l'opportunité ?\n\nLaurent Fabre\nCadrexpert L
 egal – Executive search\n
DTEND;TZID="W. Europe Standard Time":20260226T183000
DTSTAMP:20260224T103000Z
DTSTART;TZID="W. Europe Standard Time":20260226T181000
LAST-MODIFIED:20260224T103000Z
LOCATION:Téléphone
ORGANIZER;CN="Fabre, Laurent":mailto:l.fabre@cadrexpert-legal.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Échange confidentiel – opportunité notaire assistant Paris
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A6A6A6A6A69BDC0100000000000000001000000016161616161616161616161616161616
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="headhunter-names-no-employer", **_NEG,
    ),
    dict(
        kind="google-export-family",
        uid="9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille Prigent
X-WR-TIMEZONE:Europe/Paris
{PARIS}BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260305T140000
DTEND;TZID=Europe/Paris:20260305T153000
DTSTAMP:20260401T060000Z
UID:9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com
CREATED:20260226T211500Z
DESCRIPTION:Maïwenn : entretien d'embauche au CHU (cadre de santé\, Hôtel-
 Dieu). Guillaume récupère Elouan et Soline à l'école à 16h30.
LAST-MODIFIED:20260226T211500Z
LOCATION:CHU Hôtel-Dieu\, Nantes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien d'embauche Maïwenn (CHU)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="spouse-job-interview-family-calendar", **_NEG,
    ),
    dict(
        kind="apple-hand-typed",
        uid="1B2C3D4E-5F60-4718-A293-B4C5D6E7F809",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260301T180000Z
UID:1B2C3D4E-5F60-4718-A293-B4C5D6E7F809
DTEND:20260306T171500
TRANSP:OPAQUE
SUMMARY:Entretien parents-prof Elouan (Mme Le Bris)
LAST-MODIFIED:20260301T180000Z
DTSTAMP:20260301T180000Z
DTSTART:20260306T170000
LOCATION:école Jean Zay
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="parent-teacher-entretien", **_NEG,
    ),
    dict(
        kind="apple-hand-typed",
        uid="2C3D4E5F-6071-4829-B3A4-C5D6E7F8091A",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{APPLE_PARIS}BEGIN:VEVENT
CREATED:20260225T120000Z
UID:2C3D4E5F-6071-4829-B3A4-C5D6E7F8091A
DTEND;TZID=Europe/Paris:20260307T100000
TRANSP:OPAQUE
SUMMARY:Entretien Clio - Garage de l'Erdre (vidange + courroie)
LAST-MODIFIED:20260225T120000Z
DTSTAMP:20260225T120000Z
DTSTART;TZID=Europe/Paris:20260307T083000
LOCATION:Garage de l'Erdre\, La Chapelle-sur-Erdre
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-P1D
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        trap="car-maintenance-entretien-employer-lookalike-name", **_NEG,
    ),
    dict(
        kind="thunderbird-floating",
        uid="8f9a0b1c-2d3e-4f5a-9b6c-7d8e9f0a1b2c",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260303T200000Z
LAST-MODIFIED:20260303T200000Z
DTSTAMP:20260303T200000Z
UID:8f9a0b1c-2d3e-4f5a-9b6c-7d8e9f0a1b2c
SUMMARY:Entretien annuel chaudière (technicien entre 8h et 12h)
DTSTART:20260314T080000
DTEND:20260314T120000
LOCATION:maison
END:VEVENT
END:VCALENDAR
""",
        trap="boiler-service-entretien-annuel", **_NEG,
    ),
    dict(
        kind="google-invite-bank",
        uid="3e5r7t9y1u3i5o7p9a1s3d5f7g@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260310T163000Z
DTEND:20260310T173000Z
DTSTAMP:20260303T090000Z
ORGANIZER;CN=Agence Crédit Maritime Nantes Talensac:mailto:agence.talensac@credit-maritime.example.fr
UID:3e5r7t9y1u3i5o7p9a1s3d5f7g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=guillaume.prigent44@orange.fr;X-NUM-GUESTS=0:mailto:guillaume.prigent4
 4@orange.fr
CREATED:20260303T090000Z
DESCRIPTION:Rendez-vous avec votre conseiller\, M. Tristan Josso : étude d
 e votre projet de prêt relais (vente appartement / achat maison). Pensez 
 à vos 3 derniers bulletins de salaire.
LAST-MODIFIED:20260303T090000Z
LOCATION:Agence Nantes Talensac
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien conseiller – projet prêt relais
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="bank-advisor-entretien-bank-is-also-employer", **_NEG,
    ),
    dict(
        kind="outlook-career-counselling",
        uid="040000008200E00074C5B7101A82E00800000000A7A7A7A7A79BDC0100000000000000001000000017171717171717171717171717171717",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="guillaume.prigent44@orange.fr";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PRIVATE
CREATED:20260120T100000Z
DESCRIPTION:Séance 4/6 de votre bilan de compétences (CPF) : restitution d
 es tests d'intérêts professionnels et pistes (notaire assistant\, juriste 
 en promotion\, ingénierie patrimoniale).\n
DTEND;TZID="Romance Standard Time":20260204T193000
DTSTAMP:20260120T100000Z
DTSTART;TZID="Romance Standard Time":20260204T180000
LAST-MODIFIED:20260120T100000Z
LOCATION:Cabinet Cap Transitions\, 4 rue de Strasbourg\, Nantes
ORGANIZER;CN="Quentin, Aurore":mailto:a.quentin@cap-transitions.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Bilan de compétences – séance 4
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A7A7A7A7A79BDC0100000000000000001000000017171717171717171717171717171717
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="career-counselling-session", **_NEG,
    ),
    dict(
        kind="zoom-podcast-english",
        uid="zoom-87766554433-20260317@zoom.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260305T170000Z
DTSTART:20260317T180000Z
DTEND:20260317T190000Z
SUMMARY:Podcast recording – "Cross-Border Estates" – interview with Guillau
 me Prigent
UID:zoom-87766554433-20260317@zoom.us
DESCRIPTION:Hi Guillaume\, thanks for agreeing to be our guest! We'll talk
  about how a French notarial office handles successions with heirs abroa
 d (EU Succession Regulation\, European Certificate of Succession). Episode
  airs in April.\n\nJoin Zoom Meeting\nhttps://us05web.zoom.us/j/877665544
 33\n\nMeeting ID: 877 6655 4433
LOCATION:https://us05web.zoom.us/j/87766554433
ORGANIZER;CN=Hannah Whitfield:mailto:hannah@crossborderestates-podcast.example.com
ATTENDEE;CN=Guillaume Prigent;RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
END:VEVENT
END:VCALENDAR
""",
        trap="english-podcast-interview-user-as-guest", **_NEG,
    ),
    dict(
        kind="zoom-german-heirs",
        uid="zoom-89900112233-20260320@zoom.us",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{PARIS}BEGIN:VEVENT
DTSTAMP:20260312T080000Z
DTSTART;TZID=Europe/Paris:20260320T150000
DTEND;TZID=Europe/Paris:20260320T160000
SUMMARY:Erbengespräch Nachlass Schneider / entretien héritiers allemands
UID:zoom-89900112233-20260320@zoom.us
DESCRIPTION:Sehr geehrte Frau Schneider\, sehr geehrter Herr Schneider\,\n
 \nwie besprochen das Gespräch zur Abwicklung des Nachlasses Ihres Vaters
  (Immobilie in Pornic). Dolmetscherin: Frau Anke Roth.\n\nZoom-Meeting be
 itreten\nhttps://us06web.zoom.us/j/89900112233
LOCATION:https://us06web.zoom.us/j/89900112233
ORGANIZER;CN=Guillaume Prigent:mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;CN=Katrin Schneider:mailto:katrin.schneider@example-mail.de
ATTENDEE;CN=Jens Schneider:mailto:jens.schneider@example-mail.de
ATTENDEE;CN=Anke Roth:mailto:anke.roth@uebersetzung-roth.example.de
END:VEVENT
END:VCALENDAR
""",
        trap="german-gespraech-heirs-meeting", **_NEG,
    ),
    dict(
        kind="google-invite-spanish-client",
        uid="6y8u0i2o4p6a8s0d2f4g6h8j0k@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260326T090000Z
DTEND:20260326T100000Z
DTSTAMP:20260318T191500Z
ORGANIZER;CN=Lucía Martínez Ortega:mailto:lucia.martinez.ortega@example-correo.es
UID:6y8u0i2o4p6a8s0d2f4g6h8j0k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=g.prigent@etude-loire-notaires.fr;X-NUM-GUESTS=0:mailto:g.prigent@
 etude-loire-notaires.fr
CREATED:20260318T191500Z
DESCRIPTION:Buenos días Sr. Prigent\, le propongo esta entrevista por vide
 ollamada para revisar la declaración de sucesión de mi madre (apartamento 
 en Nantes) y la firma del acta de notoriedad. Gracias.\n\nUnirse con Goog
 le Meet: https://meet.google.com/luc-mart-ort
LAST-MODIFIED:20260318T191500Z
LOCATION:https://meet.google.com/luc-mart-ort
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista sucesión Martínez – notaría Nantes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="spanish-entrevista-client-succession", **_NEG,
    ),
    dict(
        kind="outlook-vae-jury",
        uid="040000008200E00074C5B7101A82E00800000000A8A8A8A8A89BDC0100000000000000001000000018181818181818181818181818181818",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
ATTENDEE;CN="guillaume.prigent44@orange.fr";RSVP=TRUE:mailto:guillaume.prigent44@orange.fr
CLASS:PUBLIC
CREATED:20260310T090000Z
DESCRIPTION:Monsieur\,\n\nVous êtes convoqué à l'entretien avec le jury d
 e validation des acquis de l'expérience (VAE) en vue de l'obtention du d
 iplôme supérieur de notariat. Présentation de votre dossier (20 min) puis
  questions du jury (40 min). Pièce d'identité obligatoire.\n\nService VA
 E – Faculté de droit\n
DTEND;TZID="Romance Standard Time":20260521T110000
DTSTAMP:20260310T090000Z
DTSTART;TZID="Romance Standard Time":20260521T100000
LAST-MODIFIED:20260310T090000Z
LOCATION:Faculté de droit\, chemin de la Censive du Tertre\, Nantes
ORGANIZER;CN="Service VAE":mailto:vae-droit@example-univ-nantes.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Convocation – entretien jury VAE (diplôme supérieur de notariat)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A8A8A8A8A89BDC0100000000000000001000000018181818181818181818181818181818
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="own-diploma-jury-not-job", **_NEG,
    ),
    dict(
        kind="exchange-chamber-meeting",
        uid="040000008200E00074C5B7101A82E00800000000A9A9A9A9A99BDC0100000000000000001000000019191919191919191919191919191919",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lemaître, Bertrand":mailto:b.lemaitre@etude-loire-notaires.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Assemblée générale de la Chambre des notaires 
 de Loire-Atlantique\, ouverte aux collaborateurs (point sur la convention
  collective et l'emploi dans les offices du département).\n
SUMMARY;LANGUAGE=fr-FR:AG Chambre des notaires 44
DTSTART:20260402T130000Z
DTEND:20260402T160000Z
UID:040000008200E00074C5B7101A82E00800000000A9A9A9A9A99BDC0100000000000000001000000019191919191919191919191919191919
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260301T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Chambre des notaires\, Nantes
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="chamber-general-assembly-employment-topic", **_NEG,
    ),
    dict(
        kind="outlook-inventory",
        uid="040000008200E00074C5B7101A82E00800000000AAAAAAAAAA9BDC0100000000000000001000000020202020202020202020202020202020",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{WEUROPE}BEGIN:VEVENT
ATTENDEE;CN="Prigent, Guillaume";RSVP=TRUE:mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;CN="Maître Perrine Gautier (commissaire de justice)";RSVP=TRUE:mailto:p.gautier@cj-gautier.example.fr
CLASS:PUBLIC
CREATED:20260302T100000Z
DESCRIPTION:Inventaire successoral au domicile du défunt (M. Dufresne)\, e
 n présence des héritiers et du commissaire de justice. Prévoir l'acte d'i
 nventaire et le tampon de l'étude.\n
DTEND;TZID="W. Europe Standard Time":20260312T120000
DTSTAMP:20260302T100000Z
DTSTART;TZID="W. Europe Standard Time":20260312T093000
LAST-MODIFIED:20260302T100000Z
LOCATION:22 avenue de la Gare\, Carquefou
ORGANIZER;CN="Accueil Étude Loire":mailto:accueil@etude-loire-notaires.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Inventaire succession Dufresne
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000AAAAAAAAAA9BDC0100000000000000001000000020202020202020202020202020202020
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="succession-inventory-on-site", **_NEG,
    ),
    dict(
        kind="exchange-onboarding",
        uid="040000008200E00074C5B7101A82E00800000000ABABABABAB9BDC0100000000000000001000000021212121212121212121212121212121",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Nicol, Sandrine":mailto:s.nicol@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Prigent, Guillaume":mailto:g.prigent@etude-loire-notaires.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rolland, Camille":mailto:c.rolland@etude-loire-notaires.fr
DESCRIPTION;LANGUAGE=fr-FR:Premier jour de Camille (formaliste). Guillaum
 e : présentation des dossiers en cours et des accès télé@ctes / Planète.
 \n
SUMMARY;LANGUAGE=fr-FR:Accueil Camille Rolland – intégration formaliste
DTSTART;TZID=Romance Standard Time:20260504T090000
DTEND;TZID=Romance Standard Time:20260504T103000
UID:040000008200E00074C5B7101A82E00800000000ABABABABAB9BDC0100000000000000001000000021212121212121212121212121212121
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260410T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Étude Loire Notaires
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="new-hire-onboarding-after-recruitment", **_NEG,
    ),
    dict(
        kind="outlook-recurring-consultations",
        uid="040000008200E00074C5B7101A82E00800000000ACACACACAC9BDC0100000000000000001000000022222222222222222222222222222222",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
{ROMANCE}BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260105T100000Z
DESCRIPTION:Permanence de consultations notariales gratuites : entretiens
  individuels de 20 minutes avec le public (successions\, donations\, ach
 ats). Sur inscription auprès de l'accueil de la mairie.
DTEND;TZID="Romance Standard Time":20260110T120000
DTSTAMP:20260105T100000Z
DTSTART;TZID="Romance Standard Time":20260110T093000
LAST-MODIFIED:20260105T100000Z
LOCATION:Maison de la justice et du droit\, Nantes Nord
RRULE:FREQ=MONTHLY;BYDAY=2SA;UNTIL=20260630T220000Z
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Permanence juridique – entretiens notariaux gratuits
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000ACACACACAC9BDC0100000000000000001000000022222222222222222222222222222222
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260105T100000Z
DESCRIPTION:Exceptionnellement à la mairie annexe (travaux MJD).
DTEND;TZID="Romance Standard Time":20260314T120000
DTSTAMP:20260301T100000Z
DTSTART;TZID="Romance Standard Time":20260314T093000
LAST-MODIFIED:20260301T100000Z
LOCATION:Mairie annexe de Nantes Erdre
RECURRENCE-ID;TZID="Romance Standard Time":20260314T093000
SEQUENCE:1
SUMMARY;LANGUAGE=fr-FR:Permanence juridique – entretiens notariaux gratuits
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000ACACACACAC9BDC0100000000000000001000000022222222222222222222222222222222
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="recurring-public-legal-consultations-override", **_NEG,
    ),
    dict(
        kind="apple-hand-typed",
        uid="3D4E5F60-7182-493A-C4B5-D6E7F8091A2B",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260320T081000Z
UID:3D4E5F60-7182-493A-C4B5-D6E7F8091A2B
DTEND:20260330T093000
TRANSP:OPAQUE
SUMMARY:Médecine du travail - visite d'information et de prévention
LAST-MODIFIED:20260320T081000Z
DTSTAMP:20260320T081000Z
DTSTART:20260330T090000
LOCATION:SSTRN\, rue de la Fosse
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="occupational-health-visit", **_NEG,
    ),
    dict(
        kind="webex-brussels-conference",
        uid="webex-fnrb-conf-20260423-0001",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//FR
VERSION:2.0
METHOD:PUBLISH
{BRUSSELS}BEGIN:VEVENT
UID:webex-fnrb-conf-20260423-0001
DTSTAMP:20260401T090000Z
DTSTART;TZID=Europe/Brussels:20260423T160000
DTEND;TZID=Europe/Brussels:20260423T173000
SUMMARY:Conférence en ligne : travailler comme juriste en étude notariale 
 en Belgique (équivalences\, candidat-notaire)
DESCRIPTION:Conférence ouverte aux juristes étrangers. Intervenants : un n
 otaire associé bruxellois et un représentant de la Chambre. Questions-rép
 onses en fin de séance.\n\nRejoindre la réunion Webex\nhttps://fednot-con
 f.example.webex.com/meet/conf0423
LOCATION:Webex
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="webinar-working-in-belgium", **_NEG,
    ),
]
