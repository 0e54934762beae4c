"""holdout166 events, part G: more hiring-side events at Sportiva, and staff talks that are not hiring. CC0 1.0."""

EVENTS = [
    {
        "kind": "taleez-evaluation",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Taleez Agenda 1.0//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:taleez-task-771204@taleez.com
DTSTAMP:20251013T060000Z
DTSTART;VALUE=DATE:20251015
DTEND;VALUE=DATE:20251016
SUMMARY:À faire : évaluer 3 candidats – Responsable de rayon glisse (Lyon Co
 nfluence)
DESCRIPTION:Vous avez été désignée évaluatrice pour 3 candidats rencontrés.\n
 Merci de compléter la grille (savoir-être\, management\, connaissance prod
 uit\, disponibilités) : https://app.taleez.com/jobs/88213/evaluations\n\nT
 aleez – Sportiva Recrutement
ORGANIZER;CN=Sportiva Recrutement:mailto:notifications@taleez.com
ATTENDEE;CN=Sandrine Morel:mailto:sandrine.morel@sportiva-retail.fr
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [("taleez-task-771204@taleez.com", 0, "", "", "", "", "user-as-interviewer-ats-scorecard-task")],
    },
    {
        "kind": "binome-entretiens",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_ROMANCE@@
BEGIN:VEVENT
ATTENDEE;CN="Roux, Julien";RSVP=TRUE:mailto:julien.roux@sportiva-retail.fr
DESCRIPTION:Julien\, tu m'accompagnes sur les 3 entretiens vendeurs de l'ap
 rès-midi : tu observes les 2 premiers\, tu mènes le 3e et je complète. Déb
 rief à 17h.\nS.
DTEND;TZID="Romance Standard Time":20251029T170000
DTSTAMP:20251027T083000Z
DTSTART;TZID="Romance Standard Time":20251029T143000
LOCATION:Bureau direction
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Binôme entretiens vendeurs – Julien observe
UID:040000008200E00074C5B7101A82E00800000000AAAABBBBCC9ADC01000000000000000
 010000000D0D0E0E0F0F01010202030304040505
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000AAAABBBBCC9ADC01000000000000000010000000D0D0E0E0F0F01010202030304040505",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-deputy-shadows-her-interviews")],
    },
    {
        "kind": "stage-3e",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:5C4B3A29-1807-4F6E-5D4C-3B2A19080706
DTSTAMP:20251104T171000Z
DTSTART:20251106T173000
DTEND:20251106T174500
SUMMARY:RDV Inès B. stage 3e (+ sa mère)
DESCRIPTION:stage obs. semaine du 8/12. convention collège Jean Moulin à sig
 ner
END:VEVENT
END:VCALENDAR
""",
        "labels": [("5C4B3A29-1807-4F6E-5D4C-3B2A19080706", 0, "", "", "", "",
                    "user-as-interviewer-stage-3e-pupil-meeting")],
    },
    {
        "kind": "mobilite-interne",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Benali, Ka
 rim":mailto:karim.benali@sportiva-retail.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Massot, Au
 rélie":mailto:aurelie.massot@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Karim\, suite à ta candidature sur le poste de R
 DR glisse\, on se pose 45 min pour en parler (ton projet\, ce que tu ferai
 s les 3 premiers mois). Aurélie se joindra à nous si elle peut.\n
UID:040000008200E00074C5B7101A82E00800000000FACE0B00C33ADC01000000000000000
 01000000024682468135713579BDF9BDF0ACE0ACE
SUMMARY;LANGUAGE=fr-FR:Entretien mobilité interne – Karim (RDR glisse)
DTSTART;TZID=Romance Standard Time:20251013T160000
DTEND;TZID=Romance Standard Time:20251013T164500
CLASS:PUBLIC
DTSTAMP:20251009T092000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau direction – Sportiva Confluence
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000FACE0B00C33ADC0100000000000000001000000024682468135713579BDF9BDF0ACE0ACE",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-internal-mobility-candidate")],
    },
    {
        "kind": "tel-candidate",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:1730899402113-samsung-cal-5520
DTSTAMP:20251106T132322Z
DTSTART:20251107T121500
DTEND:20251107T123000
SUMMARY:Tel Mme Duarte (Indeed) hôtesse caisse
DESCRIPTION:07 ** ** 55 40. 10 ans caisse Carrefour. dispo tout de suite ?
  weekends ?
END:VEVENT
END:VCALENDAR
""",
        "labels": [("1730899402113-samsung-cal-5520", 0, "", "", "", "",
                    "user-as-interviewer-phone-screen-she-calls-cashier-candidate")],
    },
    {
        "kind": "forum-alternance",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260128T080000Z
DTEND:20260128T153000Z
DTSTAMP:20251210T100000Z
ORGANIZER;CN=CCI Lyon Métropole - Événements:mailto:evenements@lyon-metropole.cci.fr
UID:1f3h5j7l9n1p3r5t7v9x1z3b5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.morel@sportiva-retail.fr;X-NUM-GUESTS=0:mailto:sandrine.mo
 rel@sportiva-retail.fr
DESCRIPTION:Merci pour votre inscription en tant qu'exposant. Stand B14 – SP
 ORTIVA. Installation dès 8h30. Les candidats à l'alternance (BTS MCO\, NDR
 C\, Bachelor Retail) passent des mini-entretiens de 10 minutes sur les stan
 ds.
LOCATION:CCI Lyon Métropole\, Place de la Bourse\, Lyon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forum de l'alternance – exposant SPORTIVA (stand B14)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("1f3h5j7l9n1p3r5t7v9x1z3b5d@google.com", 0, "", "", "", "",
                    "user-as-interviewer-exhibitor-at-apprenticeship-forum")],
    },
    {
        "kind": "prise-references",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
DESCRIPTION:Appeler l'ancienne responsable de Thomas V. (Go Running Part-Dieu
 ) – 06 ** ** 22 19. Questions : fiabilité\, management d'équipe\, raison d
 u départ.
DTEND;TZID="Romance Standard Time":20251030T093000
DTSTAMP:20251029T180000Z
DTSTART;TZID="Romance Standard Time":20251030T091500
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Prise de références – Thomas V. (cand. adjoint)
UID:040000008200E00074C5B7101A82E0080000000012EF34CD56ABDC01000000000000000
 0100000003C3C3C3C5E5E5E5E7A7A7A7A9B9B9B9B
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E0080000000012EF34CD56ABDC010000000000000000100000003C3C3C3C5E5E5E5E7A7A7A7A9B9B9B9B",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-reference-check-she-makes")],
    },
    {
        "kind": "accueil-candidat",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Massot, Aurélie":mailto:aurelie.massot@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morel, Sand
 rine":mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Ferran
 d:mailto:lucas.ferrand@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Sandrine\, Lucas Ferrand (candidat externe direc
 teur adjoint Vénissieux) passe la matinée chez toi en immersion avant le co
 mité du 20/11 : ouverture\, brief équipe\, tour des rayons. Ton avis écrit
  pour le comité stp.\nMerci !\nAurélie\n
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC01000000000000000
 0100000006B6B6B6B7C7C7C7C8D8D8D8D9E9E9E9E
SUMMARY;LANGUAGE=fr-FR:Immersion L. Ferrand – Sportiva Confluence
DTSTART;TZID=Romance Standard Time:20251117T083000
DTEND;TZID=Romance Standard Time:20251117T123000
CLASS:PUBLIC
DTSTAMP:20251110T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Sportiva Lyon Confluence
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC010000000000000000100000006B6B6B6B7C7C7C7C8D8D8D8D9E9E9E9E",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-hosts-candidate-immersion-in-her-store")],
    },
    {
        "kind": "calendly-host",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:9d1a7c3e-55b0-4e2f-a1c8-6b7d8e9f0a1b@calendly.com
DTSTAMP:20251201T204400Z
DTSTART:20251203T143000Z
DTEND:20251203T145000Z
SUMMARY:Nouvel événement : Mathis Gauthier - Entretien Équipier(ère) logistiq
 ue 20 min
DESCRIPTION:Une nouvelle réservation a été effectuée.\n\nType d'événement :
  Entretien Équipier(ère) logistique 20 min\nNom de l'invité : Mathis Gauthi
 er\nE-mail de l'invité : mathis.gauthier@icloud.com\nDate : mercredi 3 déce
 mbre 2025\, 15:30 (heure de Paris)\nLieu : Sportiva Lyon Confluence – quai
  de réception\n\nPropulsé par Calendly.com
LOCATION:Sportiva Lyon Confluence – quai de réception
ORGANIZER;CN=Sandrine Morel:mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;CN=Mathis Gauthier;RSVP=TRUE:mailto:mathis.gauthier@icloud.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("9d1a7c3e-55b0-4e2f-a1c8-6b7d8e9f0a1b@calendly.com", 0, "", "", "", "",
                    "user-as-interviewer-calendly-user-is-host")],
    },
    {
        "kind": "reponses-candidats",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
DESCRIPTION:Job dating FT du 16/10 : 6 retenus (voir liste Kevin)\, envoyer
  les refus aux 16 autres + proposer 2e entretien aux 6 (jeudi/vendredi).
DTEND;TZID="Romance Standard Time":20251020T083000
DTSTAMP:20251016T160000Z
DTSTART;TZID="Romance Standard Time":20251020T080000
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Retours candidats job dating
UID:040000008200E00074C5B7101A82E00800000000F0E0D0C0B0ADDC01000000000000000
 01000000050505050A0A0A0A0B0B0B0B0C0C0C0C
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000F0E0D0C0B0ADDC0100000000000000001000000050505050A0A0A0A0B0B0B0B0C0C0C0C",  # noqa: E501
                    0, "", "", "", "", "user-as-interviewer-feedback-task-after-job-dating")],
    },
    {
        "kind": "entretien-annuel",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Morel, Sandrine":mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dupuis, Ch
 loé":mailto:chloe.dupuis@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Chloé\, pense à remplir ta partie du support d'e
 ntretien annuel dans Lucca avant notre rendez-vous (bilan N\, objectifs N+1
 \, souhaits de formation).\n
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC01000000000000000
 010000000C1C1C1C1D2D2D2D2E3E3E3E3F4F4F4F4
SUMMARY;LANGUAGE=fr-FR:Entretien annuel – Chloé Dupuis
DTSTART;TZID=Romance Standard Time:20260113T100000
DTEND;TZID=Romance Standard Time:20260113T110000
CLASS:PUBLIC
DTSTAMP:20251215T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau direction
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC01000000000000000010000000C1C1C1C1D2D2D2D2E3E3E3E3F4F4F4F4",  # noqa: E501
                    0, "", "", "", "", "staff-annual-review-user-as-manager")],
    },
    {
        "kind": "recadrage",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:AF3E2D1C-0B9A-4877-6655-44332211FFEE
DTSTAMP:20251110T090500Z
DTSTART:20251112T083000
DTEND:20251112T090000
SUMMARY:Entretien recadrage Dylan
DESCRIPTION:retards x4 en oct + caisse. avec Kevin comme témoin. CR écrit
  après
END:VEVENT
END:VCALENDAR
""",
        "labels": [("AF3E2D1C-0B9A-4877-6655-44332211FFEE", 0, "", "", "", "",
                    "entretien-de-recadrage-user-as-manager")],
    },
    {
        "kind": "own-appraisal",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Chabert, Laurent":mailto:laurent.chabert@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morel, Sand
 rine":mailto:sandrine.morel@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Sandrine\,\nOn fait ton entretien annuel + entre
 tien professionnel le même jour. Merci de compléter ton auto-évaluation av
 ant le 5.\nLaurent\n
UID:040000008200E00074C5B7101A82E00800000000BB44CC55DD66DC01000000000000000
 0100000003D4E5F60718293A4B5C6D7E8F90A1B2C
SUMMARY;LANGUAGE=fr-FR:Entretien annuel & professionnel – S. Morel
DTSTART;TZID=Romance Standard Time:20260108T140000
DTEND;TZID=Romance Standard Time:20260108T160000
CLASS:PUBLIC
DTSTAMP:20251208T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:DR Sud-Est – Vénissieux
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000BB44CC55DD66DC010000000000000000100000003D4E5F60718293A4B5C6D7E8F90A1B2C",  # noqa: E501
                    0, "", "", "", "", "own-annual-appraisal-with-regional-director")],
    },
    {
        "kind": "point-carriere",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Massot, Aurélie":mailto:aurelie.massot@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morel, Sand
 rine":mailto:sandrine.morel@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Comme évoqué au comité\, un moment pour parler d
 e tes souhaits d'évolution (postes DR ouverts en 2026\, formation Manager
  de réseau).\n\nRéunion Microsoft Teams\nhttps://teams.microsoft.com/l/mee
 tup-join/19%3ameeting_cG9pbnRjYXI\n
UID:040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DC01000000000000000
 0100000007F7E7D7C7B7A79787776757473727170
SUMMARY;LANGUAGE=fr-FR:Entretien RH – point carrière Sandrine
DTSTART;TZID=Romance Standard Time:20251106T080000
DTEND;TZID=Romance Standard Time:20251106T084500
CLASS:PUBLIC
DTSTAMP:20251103T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DC010000000000000000100000007F7E7D7C7B7A79787776757473727170",  # noqa: E501
                    0, "", "", "", "", "internal-entretien-rh-career-talk-current-employer")],
    },
]
