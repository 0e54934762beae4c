# ruff: noqa: E501, W291, W293, RUF100
"""holdout278 events, part E: other negatives (conservation 'entretien', loans, press, personal, job-search side events)."""

from holdout278ev_zones import (
    BERLIN_THUNDERBIRD,
    BRUSSELS_APPLE,
    MADRID_GOOGLE,
    PARIS_APPLE,
    PARIS_GOOGLE,
    ROMANCE_OUTLOOK,
    ROME_GOOGLE,
    UTC01_FR_OUTLOOK,
)

NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)

EVENTS = [
    dict(
        NEG,
        kind="outlook-recurring-collections-upkeep",
        uid="040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB0100000000000000001000000099AA88BB77CC66DD55EE44FF33001122",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Perrin, Jacques":mailto:jacques.perrin@musee-hebert-loisel.ex
 ample.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=h.marchett
 i@atelier-restauration-paris.example.fr:mailto:h.marchetti@atelier-restau
 ration-paris.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Said, Karima"
 :mailto:karima.said@musee-hebert-loisel.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Entretien des collections (marché de conservat
 ion préventive\, lot 2 – peintures) : dépoussiérage des cadres et revers\,
  contrôle des accrochages\, relevé des enregistreurs T/HR\, fiche de suiv
 i à compléter pour chaque salle.\n\nJacques Perrin\nRégisseur des collect
 ions\n
RRULE:FREQ=WEEKLY;UNTIL=20251215T080000Z;INTERVAL=1;BYDAY=MO;WKST=MO
SUMMARY;LANGUAGE=fr-FR:Entretien des collections – salles 5 à 7
DTSTART;TZID=Romance Standard Time:20251103T090000
DTEND;TZID=Romance Standard Time:20251103T120000
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB01000000000000000
 01000000099AA88BB77CC66DD55EE44FF33001122
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T091220Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Musée Hébert-Loisel – salles 5-7
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Perrin, Jacques":mailto:jacques.perrin@musee-hebert-loisel.ex
 ample.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=h.marchett
 i@atelier-restauration-paris.example.fr:mailto:h.marchetti@atelier-restau
 ration-paris.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Décalé au jeudi : montage de l'expo dans la sa
 lle 6 lundi.\n
RECURRENCE-ID;TZID=Romance Standard Time:20251117T090000
SUMMARY;LANGUAGE=fr-FR:Entretien des collections – salles 5 à 7
DTSTART;TZID=Romance Standard Time:20251120T090000
DTEND;TZID=Romance Standard Time:20251120T120000
UID:040000008200E00074C5B7101A82E00800000000A3B4C5D6E7F8DB01000000000000000
 01000000099AA88BB77CC66DD55EE44FF33001122
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T150511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Musée Hébert-Loisel – salles 5-7
END:VEVENT
END:VCALENDAR
""",
        trap="conservation-upkeep-entretien-des-collections-recurring-override",
    ),
    dict(
        NEG,
        kind="google-condition-report-loan",
        uid="4q8w2e6r0t3y7u1i5o9p3a7s1d@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251013T091500
DTEND;TZID=Europe/Paris:20251013T173000
DTSTAMP:20251006T140832Z
ORGANIZER;CN=Karima Said:mailto:karima.said@musee-hebert-loisel.example.fr
UID:4q8w2e6r0t3y7u1i5o9p3a7s1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hélène Marchetti-Roux;X-NUM-GUESTS=0:mailto:h.marchetti@atelier-re
 stauration-paris.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Karima Said;X-NUM-GUESTS=0:mailto:karima.said@musee-hebert-loisel.exa
 mple.fr
CREATED:20251006T140830Z
DESCRIPTION:Constats d'état au départ des 14 œuvres prêtées pour l'exposit
 ion « Fragonard intime ». Transporteur sur place à 15h pour la mise en ca
 isse. Merci d'apporter la lampe UV et le gabarit photo.
LAST-MODIFIED:20251006T140831Z
LOCATION:Musée Hébert-Loisel – réserve 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Constats d'état départ – prêt « Fragonard intime »
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="condition-report-loan-departure",
    ),
    dict(
        NEG,
        kind="ios-allday-courier-trip",
        uid="2A6E0C84-B3F1-4D97-8E25-7C1B9A3D5F06",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251201T094415Z
DTEND;VALUE=DATE:20260207
DTSTAMP:20251201T094602Z
DTSTART;VALUE=DATE:20260202
LAST-MODIFIED:20251201T094602Z
LOCATION:Osaka
SEQUENCE:0
SUMMARY:Convoiement prêt Osaka (courrier) – AF292
DESCRIPTION:Courrier pour les 3 toiles du musée Hébert-Loisel. Supervisio
 n déballage + constats d'arrivée\, acclimatation 24h. Retour vendredi.
TRANSP:TRANSPARENT
UID:2A6E0C84-B3F1-4D97-8E25-7C1B9A3D5F06
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        trap="loan-courier-allday-multiday",
    ),
    dict(
        NEG,
        kind="outlook-press-interview",
        uid="040000008200E00074C5B7101A82E00800000000B4C5D6E7F809DC01000000000000000010000000AB01CD23EF45AB67CD89EF01AB23CD45",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + UTC01_FR_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Dumas, Claire":mailto:c.dumas@pigments-palettes.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Hélène\,\n\nMerci d'avoir accepté cette
  interview pour notre dossier de janvier « Métiers d'art : les mains du p
 atrimoine ». Nous parlerons de la restauration du plafond peint de Sens e
 t de votre parcours. Prévoir 1h\, puis une séance photo à l'atelier un au
 tre jour.\n\nClaire Dumas\nJournaliste – Revue Pigments & Palettes\n
SUMMARY;LANGUAGE=fr-FR:Interview Revue Pigments & Palettes – H. Marchetti-
 Roux (plafond de Sens)
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251120T1
 00000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251120T110
 000
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F809DC01000000000000000
 010000000AB01CD23EF45AB67CD89EF01AB23CD45
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T163507Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Atelier Restauration Paris
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-gives-press-interview-magazine",
    ),
    dict(
        NEG,
        kind="google-church-site-visit",
        uid="1a5s9d3f7g0h4j8k2l6z0x4c8v@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251008T100000
DTEND;TZID=Europe/Paris:20251008T130000
DTSTAMP:20250929T171133Z
ORGANIZER;CN=Élise Morvan:mailto:e.morvan@valdebrenne.example.fr
UID:1a5s9d3f7g0h4j8k2l6z0x4c8v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Élise Morvan;X-NUM-GUESTS=0:mailto:e.morvan@valdebrenne.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Hélène Marchetti-Roux;X-NUM-GUESTS=0:mailto:h.marchetti@atelier-r
 estauration-paris.example.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mairie de Vaucelles;X-NUM-GUESTS=0:mailto:mairie@vaucelles-sur-brenne
 .example.fr
CREATED:20250929T171131Z
DESCRIPTION:Visite de diagnostic : retable du maître-autel (toile centrale
  soulevée)\, 2 toiles du bas-côté nord (objets classés MH). Le maire ouvri
 ra l'église. Prévoir échelle et lampes.\n\nÉlise Morvan\nConservatrice de
 s antiquités et objets d'art
LAST-MODIFIED:20250929T171132Z
LOCATION:Église Saint-Martin\, 1 place de l'Église\, Vaucelles-sur-Brenne
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite église St-Martin de Vaucelles – retable + toiles (diagnosti
 c)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="church-site-visit-organizer-is-her-interviewer-elsewhere",
    ),
    dict(
        NEG,
        kind="doctolib-anaesthesia-consult",
        uid="doctolib-appointment-3381920477-fr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Calendar//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-3381920477-fr
DTSTAMP:20251104T184410Z
DTSTART:20251118T073000Z
DTEND:20251118T074500Z
SUMMARY:Consultation d'anesthésie – Dr Sabatier
LOCATION:Clinique du Parc-Monceau-Sud\, 21 rue Legendre-Haute\, 75017 Par
 is
DESCRIPTION:Entretien pré-anesthésique avant votre intervention du 2 déce
 mbre. Apportez votre carte Vitale\, le questionnaire rempli et vos derni
 ers bilans.\n\nGérer mon rendez-vous sur Doctolib.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="medical-entretien-pre-anesthesique-doctolib",
    ),
    dict(
        NEG,
        kind="ios-handtyped-boiler-service",
        uid="7D2F9B04-C6A1-4E83-95D0-B8E3A1C7F250",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251002T181204Z
DTEND:20251010T120000
DTSTAMP:20251002T181230Z
DTSTART:20251010T080000
LAST-MODIFIED:20251002T181230Z
SEQUENCE:0
SUMMARY:Entretien chaudière – Hervé Chauffage (créneau 8h-12h)
DESCRIPTION:laisser clé à la gardienne si pas là
TRANSP:TRANSPARENT
UID:7D2F9B04-C6A1-4E83-95D0-B8E3A1C7F250
END:VEVENT
END:VCALENDAR
""",
        trap="household-boiler-entretien-floating",
    ),
    dict(
        NEG,
        kind="google-export-car-service",
        uid="3s7d1f5g9h2j6k0l4z8x2c6v0b@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Hélène perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20251107T070000Z
DTEND:20251107T083000Z
DTSTAMP:20251030T103511Z
UID:3s7d1f5g9h2j6k0l4z8x2c6v0b@google.com
CREATED:20251030T103455Z
DESCRIPTION:révision 60 000 km + vidange. Demander devis plaquettes.
LAST-MODIFIED:20251030T103509Z
LOCATION:Garage du Parc\, Montreuil
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Clio – Garage du Parc
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="car-servicing-entretien-google-export-utc",
    ),
    dict(
        NEG,
        kind="ios-handtyped-teacher-meeting",
        uid="B93E1A70-4C25-4D8F-A6B2-0E7F3C9D1A58",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + r"""BEGIN:VEVENT
CREATED:20251105T070210Z
DTEND;TZID=Europe/Paris:20251113T170000
DTSTAMP:20251105T070232Z
DTSTART;TZID=Europe/Paris:20251113T163000
LAST-MODIFIED:20251105T070232Z
LOCATION:École Jules-Vallès
SEQUENCE:0
SUMMARY:Entretien avec la maîtresse de Léa (Mme Picard)
TRANSP:OPAQUE
UID:B93E1A70-4C25-4D8F-A6B2-0E7F3C9D1A58
END:VEVENT
END:VCALENDAR
""",
        trap="child-school-entretien-with-teacher",
    ),
    dict(
        NEG,
        kind="google-family-spouse-interview",
        uid="6v0b4n8m2q5w9e3r7t1y5u9i3o@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251016T140000
DTEND;TZID=Europe/Paris:20251016T160000
DTSTAMP:20251012T201104Z
ORGANIZER;CN=Julien Roux:mailto:julien.roux.75@gmail.com
UID:6v0b4n8m2q5w9e3r7t1y5u9i3o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julien Roux;X-NUM-GUESTS=0:mailto:julien.roux.75@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marche
 tti.roux@free.fr
CREATED:20251012T201102Z
DESCRIPTION:Mon 2e entretien chez Orvalis Ingénierie (responsable bureau 
 d'études). Tu peux récupérer les enfants à 16h30 ?
LAST-MODIFIED:20251012T201103Z
LOCATION:Orvalis Ingénierie\, La Défense
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Julien – entretien Orvalis (récup enfants ?)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="spouse-job-interview-family-calendar-invite",
    ),
    dict(
        NEG,
        kind="zoom-mock-audition",
        uid="ZOOM88120455913-Lk3vR0",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTAMP:20251117T195542Z
DTSTART;TZID=Europe/Paris:20251122T100000
DTEND;TZID=Europe/Paris:20251122T113000
SUMMARY:Simulation d'audition jury MNHR – avec Anne
UID:ZOOM88120455913-Lk3vR0
TZID:Europe/Paris
DESCRIPTION:Anne Lefebvre vous invite à une réunion Zoom planifiée.\n\nOn 
 fait comme le vrai jury : tu présentes ton parcours en 10 min chrono\, pu
 is je joue la présidente pendant 30 min (questions pièges sur la conserv
 ation préventive et le management). Debrief ensuite. Bises\, Anne\n\nRejo
 indre la réunion Zoom\nhttps://us05web.zoom.us/j/88120455913?pwd=YW5uZWxl
 ZmVidnJlMjAyNQ\n\nID de réunion: 881 2045 5913\nCode secret: 551902\n
LOCATION:https://us05web.zoom.us/j/88120455913?pwd=YW5uZWxlZmVidnJlMjAyNQ
ORGANIZER;CN=Anne Lefebvre:mailto:anne.lefebvre.cr@gmail.com
END:VEVENT
END:VCALENDAR
""",
        trap="mock-audition-names-real-applied-employer",
    ),
    dict(
        NEG,
        kind="livestorm-webinar",
        uid="livestorm-session-91d2e7a4-0c58-4b63-8f1e-3a6b9c2d7e05",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Livestorm//Livestorm Events//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:livestorm-session-91d2e7a4-0c58-4b63-8f1e-3a6b9c2d7e05
DTSTAMP:20251020T120010Z
DTSTART:20251023T160000Z
DTEND:20251023T171500Z
SUMMARY:Webinaire – Réussir son audition dans un recrutement de la foncti
 on publique culturelle
ORGANIZER;CN=Réseau Métiers du Patrimoine:mailto:webinaires@reseau-metiers
 -patrimoine.example.org
LOCATION:https://app.livestorm.co/reseau-metiers-patrimoine/reussir-son-au
 dition
DESCRIPTION:Vous êtes inscrite au webinaire « Réussir son audition dans un
  recrutement de la fonction publique culturelle » : fiches de poste\, let
 tre de motivation\, présentation de 10 minutes\, questions types du jury\,
  mises en situation. Intervenante : Nadège Aubry\, ancienne DRH.\n\nRejoin
 dre : https://app.livestorm.co/reseau-metiers-patrimoine/reussir-son-audi
 tion\n\nPropulsé par Livestorm
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="webinar-about-jury-auditions",
    ),
    dict(
        NEG,
        kind="ios-handtyped-info-coffee",
        uid="5F1B8D03-E7A2-4C69-B4D8-2A0C6E9F3B17",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251024T123005Z
DTEND:20251028T093000
DTSTAMP:20251024T123044Z
DTSTART:20251028T083000
LAST-MODIFIED:20251024T123044Z
LOCATION:Café des Arts\, rue de Bretagne
SEQUENCE:0
SUMMARY:Café Bertrand (ex-MBA Montval) – l'équipe\, l'ambiance\, la DGA
DESCRIPTION:juste pour comprendre avant le jury du 6/11. Lui demander qui
  est vraiment décisionnaire\, budget restauration\, turnover.
TRANSP:OPAQUE
UID:5F1B8D03-E7A2-4C69-B4D8-2A0C6E9F3B17
END:VEVENT
END:VCALENDAR
""",
        trap="informational-coffee-about-applied-employer",
    ),
    dict(
        NEG,
        kind="google-export-job-fair-allday",
        uid="9k3l7z1x5c8v2b6n0m4q8w2e6r@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Hélène perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251107
DTEND;VALUE=DATE:20251109
DTSTAMP:20251003T084010Z
UID:9k3l7z1x5c8v2b6n0m4q8w2e6r@google.com
CREATED:20251003T083902Z
DESCRIPTION:Espace emploi-formation le samedi : stands des écoles\, d'enti
 tés qui recrutent (ateliers MH\, musées\, labos). Prendre 20 CV + cartes.
LAST-MODIFIED:20251003T084008Z
LOCATION:Parc des expositions – Hall 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Salon du Patrimoine et des Métiers d'art
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="job-fair-allday-cv-prep",
    ),
    dict(
        NEG,
        kind="outlook-reference-call-referee",
        uid="040000008200E00074C5B7101A82E00800000000C5D6E7F8091ADC01000000000000000010000000BC12DE34F056A178B29C3D4E5F607182",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Vanhoutte, Sarah":mailto:sarah.vanhoutte@musee-dunkerque-lys.
 example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=h.marchett
 i@atelier-restauration-paris.example.fr:mailto:h.marchetti@atelier-restau
 ration-paris.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Marchetti-Roux\,\n\nClara Benoît
 \, candidate à notre poste de restauratrice de peintures\, vous a indiqué
 e comme référente (stage puis missions à votre atelier en 2022-2024). Je 
 vous appellerai 15 minutes pour une prise de références.\n\nSarah Vanhout
 te\nResponsable RH – Musée de Dunkerque-Lys\n
SUMMARY;LANGUAGE=fr-FR:Prise de références – Clara Benoît (candidate resta
 uratrice de peintures)
DTSTART;TZID=Romance Standard Time:20251203T120000
DTEND;TZID=Romance Standard Time:20251203T121500
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8091ADC01000000000000000
 010000000BC12DE34F056A178B29C3D4E5F607182
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T104455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Appel téléphonique
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-is-referee-reference-call-from-museum-hr",
    ),
    dict(
        NEG,
        kind="ios-prep-block",
        uid="8C4A0E62-1F7D-4B35-9A81-E6D2B0C4F793",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
"""
        + PARIS_APPLE
        + r"""BEGIN:VEVENT
CREATED:20251119T210110Z
DTEND;TZID=Europe/Paris:20251124T120000
DTSTAMP:20251119T210143Z
DTSTART;TZID=Europe/Paris:20251124T090000
LAST-MODIFIED:20251119T210143Z
SEQUENCE:0
SUMMARY:Prépa audition MNHR
DESCRIPTION:relire fiche de poste + rapport d'activité du musée\, chronomé
 trer présentation 10 min\, préparer 3 exemples (urgence\, encadrement\, 
 budget). Imprimer 4 ex. du CV.
TRANSP:OPAQUE
UID:8C4A0E62-1F7D-4B35-9A81-E6D2B0C4F793
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT15M
UID:E1A7C3B5-9D02-4F68-8B4A-0C6E2D8F1A93
X-WR-ALARMUID:E1A7C3B5-9D02-4F68-8B4A-0C6E2D8F1A93
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        trap="prep-block-before-audition-names-employer",
    ),
    dict(
        NEG,
        kind="thunderbird-thank-you-reminder",
        uid="2d7f0b93-84c6-4e1a-b5d2-7f9e3a0c6b48",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + PARIS_GOOGLE.replace("X-LIC-LOCATION:Europe/Paris\n", "")
        + r"""BEGIN:VEVENT
CREATED:20251106T122033Z
LAST-MODIFIED:20251106T122058Z
DTSTAMP:20251106T122058Z
UID:2d7f0b93-84c6-4e1a-b5d2-7f9e3a0c6b48
SUMMARY:Envoyer mail remerciements jury Montval (Mme Kerbrat\, M. Vidal)
DTSTART;TZID=Europe/Paris:20251106T183000
DTEND;TZID=Europe/Paris:20251106T184500
DESCRIPTION:court\, reprendre le point sur le plan de sauvegarde inondatio
 n. Copie Christine Lemaire (RH).
TRANSP:TRANSPARENT
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        trap="thank-you-reminder-names-interviewers",
    ),
    dict(
        NEG,
        kind="outlook-recruiter-confidential-client",
        uid="040000008200E00074C5B7101A82E00800000000D6E7F8091A2BDC01000000000000000010000000CD23EF45A167B289C3D4E5F60718293A",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lacombe, Vincent":mailto:v.lacombe@orion-search.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helene.mar
 chetti.roux@free.fr:mailto:helene.marchetti.roux@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame\,\n\nJe vous remercie d'avoir ac
 cepté cet échange. Je suis mandaté par une grande collection privée europ
 éenne\, dont je ne peux pas encore vous communiquer le nom\, pour un poste
  de responsable de la conservation (équipe de 4\, plusieurs sites). Cet ap
 pel me permettra de mieux connaître votre parcours avant de vous en dire 
 plus.\n\nVincent Lacombe\nOrion Search – Arts & Culture Practice\n
SUMMARY;LANGUAGE=fr-FR:Échange téléphonique – opportunité confidentielle (
 responsable conservation)
DTSTART:20251119T170000Z
DTEND:20251119T173000Z
UID:040000008200E00074C5B7101A82E00800000000D6E7F8091A2BDC01000000000000000
 010000000CD23EF45A167B289C3D4E5F60718293A
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T090301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="recruiter-call-employer-not-named",
    ),
    dict(
        NEG,
        kind="google-research-interview",
        uid="0m4q8w2e6r9t3y7u1i5o9p3a7s@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251031T140000
DTEND;TZID=Europe/Paris:20251031T153000
DTSTAMP:20251020T094422Z
ORGANIZER;CN=Inès Moulin:mailto:ines.moulin@doct-sociologie.example.fr
UID:0m4q8w2e6r9t3y7u1i5o9p3a7s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Inès Moulin;X-NUM-GUESTS=0:mailto:ines.moulin@doct-sociologie.example
 .fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marche
 tti.roux@free.fr
CREATED:20251020T094420Z
DESCRIPTION:Bonjour\,\n\nMerci d'accepter de participer à mon enquête de t
 hèse (sociologie du travail) sur les restaurateurs et restauratrices indé
 pendant·es : entretien semi-directif d'environ 1h30\, enregistré et anony
 misé.\n\nInès Moulin\, doctorante
LAST-MODIFIED:20251020T094421Z
LOCATION:Atelier Restauration Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien de recherche – thèse sur les métiers de la restauration
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="research-interview-user-is-interviewee",
    ),
    dict(
        NEG,
        kind="weezevent-study-day",
        uid="weezevent-ticket-1840377-aa91f2",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weezevent//Billetterie//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:weezevent-ticket-1840377-aa91f2
DTSTAMP:20250930T100455Z
DTSTART:20251128T080000Z
DTEND:20251128T163000Z
SUMMARY:Journée d'étude – Vernis et retouches : pratiques actuelles
LOCATION:Auditorium de la Cité du Patrimoine\, Paris 5e
DESCRIPTION:Billet n° 1840377 – Tarif professionnel.\nProgramme : vernis 
 naturels vs synthétiques\, retouche réversible\, table ronde « former les
  futurs restaurateurs ». Présentez ce billet à l'accueil.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        trap="study-day-ticket-utc",
    ),
    dict(
        NEG,
        kind="outlook-site-meeting",
        uid="040000008200E00074C5B7101A82E00800000000E7F8091A2B3CDC01000000000000000010000000DE34F056A178B29C3D4E5F60718293A4",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Mercier, Laurent";SENT-BY="mailto:agence@mercier-architectes
 .example.fr":mailto:l.mercier@mercier-architectes.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=h.marchett
 i@atelier-restauration-paris.example.fr:mailto:h.marchetti@atelier-restau
 ration-paris.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Entreprise Ba
 tiplâtre:mailto:chantiers@batiplatre.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Réunion de chantier n°7 – restauration du plaf
 ond peint du grand salon. Ordre du jour : validation des tests de nettoya
 ge (zone B)\, planning échafaudage\, consolidation du support plâtre.\n
SUMMARY;LANGUAGE=fr-FR:Réunion de chantier n°7 – plafond peint Hôtel de Ma
 uroy
DTSTART;TZID=Romance Standard Time:20251112T083000
DTEND;TZID=Romance Standard Time:20251112T100000
UID:040000008200E00074C5B7101A82E00800000000E7F8091A2B3CDC01000000000000000
 010000000DE34F056A178B29C3D4E5F60718293A4
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T173010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Hôtel de Mauroy\, Troyes
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="site-meeting-chantier-sent-by",
    ),
    dict(
        NEG,
        kind="bank-advisor-appointment",
        uid="RDV-CM-2025-11-0094471@credit-mutualiste.example.fr",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Credit Mutualiste//Prise de RDV en ligne//FR
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
UID:RDV-CM-2025-11-0094471@credit-mutualiste.example.fr
DTSTAMP:20251103T111508Z
DTSTART;TZID=Europe/Paris:20251110T173000
DTEND;TZID=Europe/Paris:20251110T181500
SUMMARY:Entretien avec votre conseiller – financement professionnel
ORGANIZER;CN=Grégory Lefranc:mailto:gregory.lefranc@credit-mutualiste.exam
 ple.fr
ATTENDEE;CN=Hélène Marchetti-Roux;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTI
 ON;RSVP=TRUE:mailto:h.marchetti@atelier-restauration-paris.example.fr
LOCATION:Agence Paris Oberkampf
DESCRIPTION:Objet : prêt équipement (table aspirante\, microscope). Pensez
  à apporter votre dernier bilan et vos relevés URSSAF.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="bank-entretien-conseiller",
    ),
    dict(
        NEG,
        kind="google-export-career-counselling-recurring",
        uid="5e9r3t7y1u4i8o2p6a0s4d8f2g@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Hélène perso
X-WR-TIMEZONE:Europe/Paris
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250918T180000
DTEND;TZID=Europe/Paris:20250918T193000
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TH
DTSTAMP:20250910T201005Z
UID:5e9r3t7y1u4i8o2p6a0s4d8f2g@google.com
CREATED:20250910T200744Z
DESCRIPTION:Bilan de compétences (financé CPF) avec Mme Rivoire – Cabinet
  Trajectoires. Séances : valeurs/motivations\, compétences transférables\,
  enquêtes métiers\, projet.
LAST-MODIFIED:20250910T201003Z
LOCATION:Cabinet Trajectoires\, 9 rue Oberkampf-Haute
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bilan de compétences – entretien individuel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="career-counselling-bilan-recurring-entretien",
    ),
    dict(
        NEG,
        kind="ios-handtyped-client-estimate",
        uid="F4C6A2E8-0B31-4D75-9E63-5A8B1C0D7F29",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251015T161200Z
DTEND:20251021T120000
DTSTAMP:20251015T161233Z
DTSTART:20251021T110000
LAST-MODIFIED:20251015T161233Z
LOCATION:chez M. Aubry\, bd de Courcelles
SEQUENCE:0
SUMMARY:RDV M. Aubry – devis portrait XVIIIe
DESCRIPTION:chanci vernis + déchirure 6cm. Prendre photos UV. Devis sous 1
 5j.
TRANSP:OPAQUE
UID:F4C6A2E8-0B31-4D75-9E63-5A8B1C0D7F29
END:VEVENT
END:VCALENDAR
""",
        trap="client-estimate-private-collector",
    ),
    dict(
        NEG,
        kind="google-italian-authority-meeting",
        uid="8d2f6g0h4j7k1l5z9x3c7v1b5n@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + ROME_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Rome:20260128T110000
DTEND;TZID=Europe/Rome:20260128T120000
DTSTAMP:20251215T101522Z
ORGANIZER;CN=Marco Pellegrini:mailto:marco.pellegrini@sabap-toscana-nord.e
 xample.it
UID:8d2f6g0h4j7k1l5z9x3c7v1b5n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marco Pellegrini;X-NUM-GUESTS=0:mailto:marco.pellegrini@sabap-toscana
 -nord.example.it
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marche
 tti.roux@free.fr
CREATED:20251215T101520Z
DESCRIPTION:Gentile collega\,\n\ncome concordato\, colloquio in Soprintend
 enza per l'autorizzazione all'intervento sulla pala d'altare della chiesa
  di San Frediano in Valle (relazione tecnica e campionature). Porti la do
 cumentazione fotografica.\n\nMarco Pellegrini\nFunzionario restauratore
LAST-MODIFIED:20251215T101521Z
LOCATION:Soprintendenza\, Lucca
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Colloquio in Soprintendenza – autorizzazione restauro pala d'alta
 re
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="italian-colloquio-authority-permit-meeting",
    ),
    dict(
        NEG,
        kind="zoom-english-podcast",
        uid="ZOOM93376104482-pT7qW1",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20251201T162250Z
DTSTART:20251211T170000Z
DTEND:20251211T180000Z
SUMMARY:Interview: Varnish & Frame podcast – Hélène Marchetti-Roux (flood
 -damaged paintings)
UID:ZOOM93376104482-pT7qW1
DESCRIPTION:Ben Ashworth is inviting you to a scheduled Zoom meeting.\n\nT
 hanks for agreeing to be our guest! We'll talk about the emergency respon
 se after the church flood and what conservators can do in the first 48 h
 ours. Recording\, about 50 minutes.\n\nJoin Zoom Meeting\nhttps://us02web
 .zoom.us/j/93376104482\n\nMeeting ID: 933 7610 4482\n
LOCATION:https://us02web.zoom.us/j/93376104482
ORGANIZER;CN=Ben Ashworth:mailto:ben@varnishandframe.example.co.uk
END:VEVENT
END:VCALENDAR
""",
        trap="english-podcast-interview-user-is-guest",
    ),
    dict(
        NEG,
        kind="google-spanish-press-entrevista",
        uid="2g6h0j4k8l1z5x9c3v7b1n5m9q@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + MADRID_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251204T120000
DTEND;TZID=Europe/Madrid:20251204T124500
DTSTAMP:20251126T083317Z
ORGANIZER;CN=Marta Iglesias:mailto:marta.iglesias@arteypatrimonio.example.
 es
UID:2g6h0j4k8l1z5x9c3v7b1n5m9q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marta Iglesias;X-NUM-GUESTS=0:mailto:marta.iglesias@arteypatrimonio.e
 xample.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marche
 tti.roux@free.fr
CREATED:20251126T083315Z
DESCRIPTION:Hola Hélène\, gracias por aceptar la entrevista para la revist
 a Arte y Patrimonio sobre la restauración del retablo de Vaucelles. Será 
 por Google Meet\, unos 40 minutos\, en francés o español.\n\nMarta Iglesia
 s\, periodista\n\nÚnete con Google Meet: https://meet.google.com/kdr-fpwm-
 zsa
LAST-MODIFIED:20251126T083316Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista para Arte y Patrimonio – restauración del retablo
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/kdr-fpwm-zsa
END:VEVENT
END:VCALENDAR
""",
        trap="spanish-press-entrevista-user-interviewed",
    ),
    dict(
        NEG,
        kind="thunderbird-german-loan-handover",
        uid="71c5e0a9-4b28-4d6f-93e7-b0a2c8f5d164",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
"""
        + BERLIN_THUNDERBIRD
        + r"""BEGIN:VEVENT
CREATED:20251110T144002Z
LAST-MODIFIED:20251110T144120Z
DTSTAMP:20251110T144120Z
UID:71c5e0a9-4b28-4d6f-93e7-b0a2c8f5d164
SUMMARY:Gespräch mit Leihgeber – Zustandsprotokoll Übergabe (Kunsthalle O
 berrhein)
DTSTART;TZID=Europe/Berlin:20251216T140000
DTEND;TZID=Europe/Berlin:20251216T160000
LOCATION:Kunsthalle Oberrhein\, Depot
DESCRIPTION:Übergabe der 2 Leihgaben (Privatsammlung Aubry)\, gemeinsames
  Zustandsprotokoll mit Frau Weiß. Ich bin als Kurierin dabei.
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
        trap="german-gespraech-loan-condition-protocol",
    ),
    dict(
        NEG,
        kind="outlook-user-teaches-interview-workshop",
        uid="040000008200E00074C5B7101A82E00800000000F8091A2B3C4DDC01000000000000000010000000EF45A167B289C3D4E5F60718293A4B5C",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN=FCRI Formation:mailto:formation@fcri.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hélène Marche
 tti-Roux (intervenante):mailto:helene.marchetti.roux@free.fr
DESCRIPTION;LANGUAGE=fr-FR:Atelier « Se présenter aux employeurs du patri
 moine : CV\, portfolio et entretien d'embauche » pour les jeunes diplômé·
 es. Intervenante : Hélène Marchetti-Roux\, conservatrice-restauratrice. 1
 2 participants\, jeux de rôle d'entretien en binômes.\n
SUMMARY;LANGUAGE=fr-FR:FCRI – atelier CV\, portfolio & entretien d'embauch
 e (intervenante)
DTSTART;TZID=Romance Standard Time:20260124T100000
DTEND;TZID=Romance Standard Time:20260124T123000
UID:040000008200E00074C5B7101A82E00800000000F8091A2B3C4DDC01000000000000000
 010000000EF45A167B289C3D4E5F60718293A4B5C
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251205T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Maison des associations\, Paris 11e
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="class-about-job-interviews-user-teaches",
    ),
    dict(
        NEG,
        kind="ios-child-admission-interview",
        uid="0E8B2D46-A5C7-4F19-B3E0-6D9A1C4F7B82",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
"""
        + BRUSSELS_APPLE.replace("Europe/Brussels", "Europe/Paris")
        + r"""BEGIN:VEVENT
CREATED:20251201T075501Z
DTEND;TZID=Europe/Paris:20260117T103000
DTSTAMP:20251201T075539Z
DTSTART;TZID=Europe/Paris:20260117T100000
LAST-MODIFIED:20251201T075539Z
LOCATION:Collège Sainte-Marie\, Montreuil
SEQUENCE:0
SUMMARY:Entretien d'admission Léa – collège Sainte-Marie
DESCRIPTION:avec Julien. Léa apporte ses bulletins + lettre de motivation
  (!). Entretien avec la directrice.
TRANSP:OPAQUE
UID:0E8B2D46-A5C7-4F19-B3E0-6D9A1C4F7B82
END:VEVENT
END:VCALENDAR
""",
        trap="child-school-admission-entretien",
    ),
    dict(
        NEG,
        kind="outlook-freelance-mission-review",
        uid="040000008200E00074C5B7101A82E00800000000091A2B3C4D5EDC01000000000000000010000000F056A178B29C3D4E5F60718293A4B5C6",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + UTC01_FR_OUTLOOK
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Kerbrat, Anne-Sophie":mailto:anne-sophie.kerbrat@ville-montv
 al.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=h.marchett
 i@atelier-restauration-paris.example.fr:mailto:h.marchetti@atelier-restau
 ration-paris.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gomes, Rui":m
 ailto:rui.gomes@ville-montval.example.fr
DESCRIPTION;LANGUAGE=fr-FR:Bilan de la mission de restauration de la « Vu
 e du port de Montval » (marché n° 2025-MBA-08) : remise du rapport de tra
 itement\, photos\, recommandations de conservation préventive pour l'acc
 rochage. Rui Gomes (régie) sera présent.\n
SUMMARY;LANGUAGE=fr-FR:Bilan fin de mission – restauration « Vue du port »
DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251001T1
 43000
DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251001T153
 000
UID:040000008200E00074C5B7101A82E00800000000091A2B3C4D5EDC01000000000000000
 010000000F056A178B29C3D4E5F60718293A4B5C6
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250924T133019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Musée des Beaux-Arts de Montval – réserves
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="freelance-mission-review-with-applied-employer-director",
    ),
    dict(
        NEG,
        kind="ios-allday-results-reminder",
        uid="63A9F1C0-2E84-4B57-8D06-C1B7E4A2F935",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251125T190018Z
DTEND;VALUE=DATE:20251206
DTSTAMP:20251125T190045Z
DTSTART;VALUE=DATE:20251205
LAST-MODIFIED:20251125T190045Z
SEQUENCE:0
SUMMARY:Résultats audition MNHR (liste publiée ?)
DESCRIPTION:vérifier site + mails. si liste complémentaire : rappeler Mme
  Pasquier.
TRANSP:TRANSPARENT
UID:63A9F1C0-2E84-4B57-8D06-C1B7E4A2F935
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER;VALUE=DATE-TIME:20251205T080000Z
UID:0F7D3B19-6A2C-4E85-B4D1-9C8E2A0F5B63
X-WR-ALARMUID:0F7D3B19-6A2C-4E85-B4D1-9C8E2A0F5B63
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        trap="results-date-reminder-allday-names-employer",
    ),
    dict(
        NEG,
        kind="google-thesis-defence-audience",
        uid="4x8c2v6b0n3m7q1w5e9r3t7y1u@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20251212T140000
DTEND;TZID=Europe/Paris:20251212T180000
DTSTAMP:20251121T202011Z
ORGANIZER;CN=Maud Girard:mailto:maud.girard.cr@gmail.com
UID:4x8c2v6b0n3m7q1w5e9r3t7y1u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=helene.marchetti.roux@free.fr;X-NUM-GUESTS=0:mailto:helene.marche
 tti.roux@free.fr
CREATED:20251121T202009Z
DESCRIPTION:Coucou ! Ma soutenance de thèse « Les huiles siccatives dans l
 a peinture française du XIXe » est publique\, venez nombreux. Pot ensuite
 . Jury : Pr Vasseur-Jolly\, Dr Olivetti et deux rapporteurs. Maud
LAST-MODIFIED:20251121T202010Z
LOCATION:Amphi B\, campus Saint-Germain
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Soutenance de thèse de Maud
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="thesis-defence-audience-jury-names-overlap",
    ),
]
