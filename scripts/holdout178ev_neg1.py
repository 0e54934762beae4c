"""holdout178 events, negatives 1: clinic life, press, appraisal, job-search look-alikes."""

from holdout178ev_common import neg

EVENTS = [
    (
        "outlook-recurring",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
X-WR-CALNAME:Calendrier - e.vasseur@vetinord.fr
@TZ_ROMANCE@
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010
 000000BADC0FFEE0BADC0FFEE0BADC0FFEE012
SUMMARY;LANGUAGE=fr-FR:Garde de nuit (urgences Marcq)
DTSTART;TZID=Romance Standard Time:20250909T200000
DTEND;TZID=Romance Standard Time:20250910T080000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=12
LOCATION;LANGUAGE=fr-FR:VetiNord Urgences - Marcq-en-Barœul
DESCRIPTION;LANGUAGE=fr-FR:Planning gardes T4 - n° d'astreinte 03 20 45 67
  00
DTSTAMP:20250901T080000Z
CLASS:PUBLIC
TRANSP:OPAQUE
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010
 000000BADC0FFEE0BADC0FFEE0BADC0FFEE012
RECURRENCE-ID;TZID=Romance Standard Time:20251021T200000
SUMMARY;LANGUAGE=fr-FR:Garde de nuit (urgences Marcq) - échangée avec Yann
DTSTART;TZID=Romance Standard Time:20251023T200000
DTEND;TZID=Romance Standard Time:20251024T080000
LOCATION;LANGUAGE=fr-FR:VetiNord Urgences - Marcq-en-Barœul
DTSTAMP:20251008T080000Z
CLASS:PUBLIC
TRANSP:OPAQUE
SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010"
             "000000BADC0FFEE0BADC0FFEE0BADC0FFEE012",
             "recurring-night-shift-with-swapped-override")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC01000000000000000010
 0000001F2E3D4C5B6A79881F2E3D4C5B6A7988
SUMMARY;LANGUAGE=fr-FR:BLOC : OVH Maya (berger australien) + détartrage Pix
 el (chat)
DTSTART;TZID=Romance Standard Time:20251014T090000
DTEND;TZID=Romance Standard Time:20251014T120000
LOCATION;LANGUAGE=fr-FR:Bloc 1
DESCRIPTION;LANGUAGE=fr-FR:Maya : à jeun depuis 20h\, bilan préanesth OK.\nP
 ixel : extractions probables 307/407\, radios dentaires.\nASV : Karine
DTSTAMP:20251010T163000Z
CLASS:PUBLIC
TRANSP:OPAQUE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC01000000000000000010"
             "0000001F2E3D4C5B6A79881F2E3D4C5B6A7988", "surgery-block-work-calendar")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Lecomte, Nicolas":mailto:nicolas.lecomte@royalcanin.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Accueil L
 ille Centre":mailto:lillecentre@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Docteur\,\nJe passerai présenter la nouvel
 le gamme Gastrointestinal Fibre Response et les conditions de la campagne c
 hatons. Je laisserai des échantillons pour l'accueil.\nNicolas Lecomte\nDél
 égué vétérinaire Royal Canin - secteur Lille Métropole\n
UID:040000008200E00074C5B7101A82E008000000001C2D3E4F5A6BDC01000000000000000010
 000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0
SUMMARY;LANGUAGE=fr-FR:Visite délégué Royal Canin
DTSTART;TZID=Romance Standard Time:20251009T123000
DTEND;TZID=Romance Standard Time:20251009T130000
DTSTAMP:20251001T080000Z
CLASS:PUBLIC
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Clinique Lille Centre
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E008000000001C2D3E4F5A6BDC01000000000000000010"
             "000000C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0", "rep-visit-from-company-she-applies-to")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251001T090000Z
DTEND:20251001T094500Z
DTSTAMP:20250926T150000Z
ORGANIZER;CN=Mathieu Delannoy:mailto:mdelannoy@lavoixdunord.fr
UID:7lm2dp5kq0t9bn3s8c1evh6ajo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=e.vasseur@vetinord.fr;X-NUM-GUESTS=0:mailto:e.vasseur@vetinord.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Servic
 e communication VetiNord;X-NUM-GUESTS=0:mailto:communication@vetinord.fr
DESCRIPTION:Bonjour Docteure\,\n\nMerci d'accepter cette interview pour notr
 e article sur la campagne de prévention des morsures de chiens chez les en
 fants (édition Lille + web). Un photographe passera 10 minutes à la fin.\n
 \nMathieu Delannoy\, journaliste - La Voix du Nord
LOCATION:Clinique VetiNord Lille Centre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview La Voix du Nord - prévention morsures
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("7lm2dp5kq0t9bn3s8c1evh6ajo@google.com", "press-interview-dog-bite-campaign")],
    ),
    (
        "outlook-invite",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_ROMANCE@
BEGIN:VEVENT
ORGANIZER;CN="Marchand, Olivier":mailto:o.marchand@vetinord.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vasseur,
  Élodie":mailto:e.vasseur@vetinord.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Élodie\,\nVoici le créneau pour ton entret
 ien annuel. Le support est dans Lucca (auto-évaluation à remplir avant). On
  fera aussi l'entretien professionnel (bilan formation / évolution).\nOlivi
 er\n
UID:040000008200E00074C5B7101A82E0080000000029384756AFBEDC01000000000000000010
 0000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D
SUMMARY;LANGUAGE=fr-FR:Entretien annuel - Élodie Vasseur
DTSTART;TZID=Romance Standard Time:20251202T140000
DTEND;TZID=Romance Standard Time:20251202T153000
DTSTAMP:20251117T100000Z
CLASS:PUBLIC
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Siège Marcq - bureau direction
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        [neg("040000008200E00074C5B7101A82E0080000000029384756AFBEDC01000000000000000010"
             "0000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D", "own-annual-appraisal-current-employer")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250930T163000Z
DTEND:20250930T173000Z
DTSTAMP:20250924T120000Z
ORGANIZER;CN=Nathalie Bourgeois (Apec):mailto:nathalie.bourgeois@apec.fr
UID:0q5c8vj2hm7e1ra4k9dt3bsplu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Bonjour Madame Vasseur\,\n\nDans le cadre de votre accompagnemen
 t Apec\, nous ferons une simulation d'entretien de recrutement (poste de re
 sponsable de clinique)\, filmée puis débriefée.\n\nMeet : https://meet.goo
 gle.com/wuz-hpcq-ajd\n\nNathalie Bourgeois\, consultante Apec Lille
LOCATION:https://meet.google.com/wuz-hpcq-ajd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Apec - simulation d'entretien
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("0q5c8vj2hm7e1ra4k9dt3bsplu@google.com", "mock-interview-with-apec-coach")],
    ),
    (
        "zoom-webinar",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:ZOOMWEBINAR89012345678-vetcarrieres
DTSTAMP:20251001T090000Z
DTSTART:20251009T180000Z
DTEND:20251009T190000Z
SUMMARY:Webinaire VetCarrières : entretien d'embauche et négociation du cont
 rat d'associé
DESCRIPTION:Bonjour\,\n\nMerci de vous être inscrit(e) au webinaire « Réuss
 ir son entretien en clinique et négocier son entrée au capital » avec Maît
 re Hélène Ruiz (avocate) et le Dr Paul Vigneron.\n\nRejoindre : https://us0
 6web.zoom.us/w/89012345678\nCode secret : 442211
LOCATION:https://us06web.zoom.us/w/89012345678
ORGANIZER;CN=VetCarrières:mailto:webinaires@vetcarrieres.fr
END:VEVENT
END:VCALENDAR
""",
        [neg("ZOOMWEBINAR89012345678-vetcarrieres", "webinar-about-interviewing-and-contracts")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@TZ_PARIS@
BEGIN:VEVENT
UID:0B4E6F27-A3C8-4D91-8E70-5F2D1C9B3A86
DTSTAMP:20251020T193000Z
DTSTART;TZID=Europe/Paris:20251025T160000
DTEND;TZID=Europe/Paris:20251025T173000
SUMMARY:Café Camille (promo) - vie en CHV ?
LOCATION:Méert\, rue Esquermoise
DESCRIPTION:elle bosse au CHV Frégis depuis 2 ans. Lui demander : rythme ur
 gences\, salaires Paris\, si ça recrute chez eux.
END:VEVENT
END:VCALENDAR
""",
        [neg("0B4E6F27-A3C8-4D91-8E70-5F2D1C9B3A86", "informational-coffee-with-classmate")],
    ),
    (
        "all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251120
DTEND;VALUE=DATE:20251122
DTSTAMP:20250915T200000Z
UID:0hf3m6tq9ck2l8pd1a5jb7usvr@google.com
DESCRIPTION:Badge congressiste retiré à l'entrée. Espace Carrières : stands
  des groupes (AniCura\, IVC Evidensia\, Univet...)\, dépôt de CV\, mini-entre
 tiens flash le jeudi après-midi.
LOCATION:Lille Grand Palais
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Congrès AFVAC + espace carrières
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        [neg("0hf3m6tq9ck2l8pd1a5jb7usvr@google.com", "congress-with-careers-fair-flash-interviews")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251017T114500Z
DTEND:20251017T120000Z
DTSTAMP:20251015T090000Z
ORGANIZER;CN=Dr Marie Vandamme:mailto:m.vandamme@clinique-des-dunes.fr
UID:5ra1b8o3lk6je0qn4t9v2cmsfh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Bonjour Dr Vasseur\,\n\nJulien Morel nous a donné votre nom comm
 e référence (il a travaillé comme ASV avec vous de 2021 à 2024). Auriez-vou
 s 15 minutes pour nous parler de lui ?\n\nMarie Vandamme\, Clinique des Du
 nes (Dunkerque)
LOCATION:Téléphone - je vous appelle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Référence Julien Morel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("5ra1b8o3lk6je0qn4t9v2cmsfh@google.com", "reference-call-user-is-referee")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250911T170000Z
DTEND:20250911T173000Z
DTSTAMP:20250908T100000Z
ORGANIZER;CN=Sébastien Marchal:mailto:s.marchal@veto-recrutement.fr
UID:2bn6t9e0qf4mo1kr7vc3jhd8ls@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elodie.vasseur.veto@orange.fr;X-NUM-GUESTS=0:mailto:elodie.vasseur
 .veto@orange.fr
DESCRIPTION:Bonjour Élodie\,\n\nRavi d'avoir reçu votre CV via notre site. P
 renons 30 minutes pour faire le point sur votre projet (zones\, type de st
 ructure\, rémunération\, calendrier)\, afin que je puisse vous proposer des
  opportunités adaptées parmi nos clients.\n\nSébastien Marchal - Véto Recru
 tement
LOCATION:Téléphone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Véto Recrutement - point sur votre projet
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("2bn6t9e0qf4mo1kr7vc3jhd8ls@google.com", "headhunter-intake-call-no-employer")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6C1F9A30-B7E4-4D25-93A8-0E5B2C7D4F19
DTSTAMP:20251016T210000Z
DTSTART:20251019T140000
DTEND:20251019T170000
SUMMARY:prépa RC : cas réclamation + slides
DESCRIPTION:relire renal diet / palatabilité\, 10 slides max\, répéter à voi
 x haute x2. questions à poser : secteur\, voiture\, % terrain
END:VEVENT
END:VCALENDAR
""",
        [neg("6C1F9A30-B7E4-4D25-93A8-0E5B2C7D4F19", "prep-block-before-case-presentation")],
    ),
    (
        "phone-entry",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:c7e2a9d4-61b0-4f38-9a5c-3d8e1f0b7a26
DTSTAMP:20251008T205000Z
DTSTART:20251009T080000
DTEND:20251009T081500
SUMMARY:mail merci associés Flandres !
DESCRIPTION:Moreau\, Lambert\, Derache - redire dispo préavis 1 mois
END:VEVENT
END:VCALENDAR
""",
        [neg("c7e2a9d4-61b0-4f38-9a5c-3d8e1f0b7a26", "thank-you-note-reminder")],
    ),
    (
        "google-invite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@TZ_BRUSSELS@
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20260107T091500
DTEND;TZID=Europe/Brussels:20260107T100000
DTSTAMP:20251210T110000Z
UID:4pv0d7ks2ha9m5te1qj8c3bnor@google.com
DESCRIPTION:Examen médical d'embauche avant prise de fonction (convocation e
 nvoyée par Cohezio). Apporter carnet de vaccination + lunettes.
LOCATION:Cohezio\, Boulevard de la Woluwe 2\, Bruxelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Examen médical d'embauche
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        [neg("4pv0d7ks2ha9m5te1qj8c3bnor@google.com", "pre-employment-medical-belgium")],
    ),
    (
        "doctolib",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-2718309544
DTSTAMP:20250920T080000Z
DTSTART:20251004T073000Z
DTEND:20251004T075000Z
SUMMARY:Rendez-vous avec Dr Lefebvre
DESCRIPTION:Médecin généraliste\nMotif : Consultation de suivi\nAdresse : 2
 4 rue Gambetta\, 59000 Lille\n\nPensez à apporter votre carte Vitale.
LOCATION:24 rue Gambetta\, 59000 Lille
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        [neg("doctolib-appointment-2718309544", "doctolib-gp-appointment")],
    ),
]
