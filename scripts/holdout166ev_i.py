"""holdout166 events, part I: the store's everyday calendar and personal life (negatives). CC0 1.0."""

EVENTS = [
    {
        "kind": "formation-recrutement",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cornerstone OnDemand//Learning//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:csod-ilt-session-SPORTIVA-RECR-2025-11
DTSTAMP:20251002T080000Z
DTSTART:20251118T080000Z
DTEND:20251118T160000Z
SUMMARY:Formation : Conduire un entretien de recrutement (présentiel)
DESCRIPTION:Session Sportiva Academy – directeurs et adjoints Sud-Est.\nObj
 ectifs : structurer un entretien\, questions comportementales\, non-discri
 mination\, grille d'évaluation\, jeux de rôle.\nFormatrice : Odile Barret
 \, cabinet Ancrage Formation.
LOCATION:Sportiva Academy\, Vénissieux – salle 2
ORGANIZER;CN=Sportiva Academy:mailto:academy@sportiva-retail.fr
ATTENDEE;CN=Sandrine Morel:mailto:sandrine.morel@sportiva-retail.fr
END:VEVENT
END:VCALENDAR
""",
        "labels": [("csod-ilt-session-SPORTIVA-RECR-2025-11", 0, "", "", "", "", "training-class-on-conducting-interviews")],  # noqa: E501
    },
    {
        "kind": "doctolib",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appointment-3318841207
DTSTAMP:20251003T190000Z
DTSTART:20251009T160000Z
DTEND:20251009T161500Z
SUMMARY:RDV Dr Karima Benali - Médecin généraliste
DESCRIPTION:Consultation de médecine générale\nDr Karima Benali\n14 rue Sain
 t-Hélène\, 69002 Lyon\nPensez à votre carte Vitale.\nAnnuler ou déplacer
  : https://www.doctolib.fr/account/appointments
LOCATION:14 rue Sainte-Hélène\, 69002 Lyon
END:VEVENT
END:VCALENDAR
""",
        "labels": [("doctolib-appointment-3318841207", 0, "", "", "", "", "personal-doctor-appointment")],
    },
    {
        "kind": "parents-profs",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:C0FFEE12-3456-4789-ABCD-EF0123456789
DTSTAMP:20251110T070000Z
DTSTART:20251117T180000
DTEND:20251117T183000
SUMMARY:Rdv maîtresse Léo (CM2)
DESCRIPTION:Mme Charpin. bulletin + comportement cantine
LOCATION:École Lucie Aubrac
END:VEVENT
END:VCALENDAR
""",
        "labels": [("C0FFEE12-3456-4789-ABCD-EF0123456789", 0, "", "", "", "", "personal-school-meeting-teacher")],
    },
    {
        "kind": "banque",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Credit Agricole//Prise de RDV//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:ca-centrest-rdv-20251025-88213
DTSTAMP:20251018T101500Z
DTSTART;TZID=Europe/Paris:20251025T093000
DTEND;TZID=Europe/Paris:20251025T103000
SUMMARY:Rendez-vous avec votre conseiller – Projet immobilier
DESCRIPTION:Votre conseiller Mathieu Laroche vous reçoit en agence pour fai
 re le point sur votre projet (prêt immobilier). Merci d'apporter vos 3 der
 niers bulletins de salaire et votre contrat de travail.
LOCATION:Crédit Agricole Centre-Est – agence Lyon Perrache
ORGANIZER;CN=Mathieu Laroche:mailto:mathieu.laroche@ca-centrest.fr
ATTENDEE;CN=Sandrine Morel:mailto:sandrine.morel69@free.fr
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ca-centrest-rdv-20251025-88213", 0, "", "", "", "", "personal-bank-advisor-appointment")],
    },
    {
        "kind": "mairie-passeport",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ville de Lyon//RDV Titres//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:lyon-titres-2e-20251213-0915-4471
DTSTAMP:20251128T120000Z
DTSTART:20251213T081500Z
DTEND:20251213T083000Z
SUMMARY:Mairie du 2e – dépôt demande de passeport
DESCRIPTION:Pré-demande ANTS n° 2511-XXXX à présenter. Présence obligatoire
  du demandeur (prise d'empreintes). Photo d'identité de moins de 6 mois.
LOCATION:Mairie du 2e arrondissement\, 2 rue d'Enghien\, Lyon
END:VEVENT
END:VCALENDAR
""",
        "labels": [("lyon-titres-2e-20251213-0915-4471", 0, "", "", "", "", "personal-official-appointment-passport")],
    },
    {
        "kind": "bilan-competences",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250918T180000
DTEND;TZID=Europe/Paris:20250918T193000
DTSTAMP:20250905T090000Z
ORGANIZER;CN=Sophie Lenoir:mailto:s.lenoir@cibc-rhone.fr
UID:9y1a3c5e7g9i1k3m5o7q9s1u3w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=sandrine.morel69@free.fr;X-NUM-GUESTS=0:mailto:sandrine.morel69@free.fr
DESCRIPTION:Bilan de compétences (CPF) – séance 4/8 : entretien d'explorati
 on des pistes professionnelles (DR\, ops\, franchise). Apporter les résult
 ats du questionnaire d'intérêts.
LOCATION:CIBC Rhône\, 10 rue de Bonnel\, Lyon 3e
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bilan de compétences – séance 4
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("9y1a3c5e7g9i1k3m5o7q9s1u3w@google.com", 0, "", "", "", "", "career-assessment-bilan-de-competences")],  # noqa: E501
    },
    {
        "kind": "rupture-conventionnelle",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Massot, Aurélie":mailto:aurelie.massot@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morel, Sand
 rine":mailto:sandrine.morel@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chabert, La
 urent":mailto:laurent.chabert@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Premier entretien dans le cadre de la demande de
  rupture conventionnelle. Vous pouvez vous faire assister par un membre du
  personnel (art. L1237-12). Ordre du jour : date de fin\, indemnité\, pass
 ation.\n
UID:040000008200E00074C5B7101A82E00800000000ABCD0000EF12DC01000000000000000
 0100000006C6C6C6C7D7D7D7D8E8E8E8E9F9F9F9F
SUMMARY;LANGUAGE=fr-FR:Entretien rupture conventionnelle – S. Morel
DTSTART;TZID=Romance Standard Time:20251215T140000
DTEND;TZID=Romance Standard Time:20251215T150000
CLASS:PRIVATE
DTSTAMP:20251208T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:DR Sud-Est – Vénissieux
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000ABCD0000EF12DC010000000000000000100000006C6C6C6C7D7D7D7D8E8E8E8E9F9F9F9F",  # noqa: E501
                    0, "", "", "", "", "own-exit-meeting-rupture-conventionnelle")],
    },
    {
        "kind": "visite-fournisseur",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251008T073000Z
DTEND:20251008T090000Z
DTSTAMP:20250930T150000Z
ORGANIZER;CN=Benoît Giraud:mailto:benoit.giraud@montblanc-skis.com
UID:2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sandrine.morel@sportiva-retail.fr;X-NUM-GUESTS=0:mailto:sandrine.mo
 rel@sportiva-retail.fr
DESCRIPTION:Visite commerciale : implantation ski alpin 25/26\, PLV\, forma
 tion vendeurs sur la gamme rando (30 min avec l'équipe rayon montagne).
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mont Blanc Skis / Sportiva Confluence – visite implantation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com", 0, "", "", "", "", "supplier-rep-store-visit")],
    },
    {
        "kind": "point-hebdo",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Chabert, Laurent":mailto:laurent.chabert@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Morel, Sandrin
 e":mailto:sandrine.morel@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:CA semaine\, démarque\, effectifs/plannings\, re
 crutements en cours\, actions commerciales.\n
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20251229T080000Z
UID:040000008200E00074C5B7101A82E0080000000010203040506FDC01000000000000000
 010000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6
SUMMARY;LANGUAGE=fr-FR:Point hebdo DR / Confluence
DTSTART;TZID=Romance Standard Time:20250908T090000
DTEND;TZID=Romance Standard Time:20250908T093000
CLASS:PUBLIC
DTSTAMP:20250901T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Teams
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Chabert, Laurent":mailto:laurent.chabert@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Morel, Sandrin
 e":mailto:sandrine.morel@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Exceptionnellement en présentiel au magasin (pré
 pa Black Friday).\n
RECURRENCE-ID;TZID=Romance Standard Time:20251124T090000
UID:040000008200E00074C5B7101A82E0080000000010203040506FDC01000000000000000
 010000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6
SUMMARY;LANGUAGE=fr-FR:Point hebdo DR / Confluence
DTSTART;TZID=Romance Standard Time:20251124T083000
DTEND;TZID=Romance Standard Time:20251124T100000
CLASS:PUBLIC
DTSTAMP:20251119T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:Sportiva Lyon Confluence
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E0080000000010203040506FDC01000000000000000010000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6",  # noqa: E501
                    0, "", "", "", "", "recurring-weekly-meeting-with-boss-override")],
    },
    {
        "kind": "ouverture-dimanche",
        "lf": True,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
BEGIN:VEVENT
UID:4D3C2B1A-0F9E-48D7-C6B5-A49382716050
DTSTAMP:20251201T080000Z
DTSTART:20251214T093000
DTEND:20251214T190000
SUMMARY:Ouverture dimanche (moi + Kevin)
DESCRIPTION:dimanche du maire n°3. 4 intérimaires. caisse centrale 9h30
END:VEVENT
END:VCALENDAR
""",
        "labels": [("4D3C2B1A-0F9E-48D7-C6B5-A49382716050", 0, "", "", "", "", "sunday-opening-shift-typed")],
    },
    {
        "kind": "judo",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Famille Morel
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250910T170000
DTEND;TZID=Europe/Paris:20250910T183000
RRULE:FREQ=WEEKLY;BYDAY=WE
DTSTAMP:20250905T200000Z
UID:4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com
DESCRIPTION:Léo – kimono dans le sac. Récup : papa sauf 1 semaine/2
LOCATION:Dojo Confluence
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Judo Léo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("4d6f8h0j2l4n6p8r0t2v4x6z8b@google.com", 0, "", "", "", "", "personal-child-activity-recurring")],
    },
    {
        "kind": "reunion-cse",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@@TZ_ROMANCE@@
BEGIN:VEVENT
ORGANIZER;CN="Secrétariat CSE Sportiva":mailto:cse@sportiva-retail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Morel, Sand
 rine":mailto:sandrine.morel@sportiva-retail.fr
DESCRIPTION;LANGUAGE=fr-FR:Ordre du jour : consultation ouvertures dominica
 les décembre\, recours à l'intérim saison hiver\, questions diverses.\n
UID:040000008200E00074C5B7101A82E00800000000CE5ECE5ECE5EDC01000000000000000
 0100000001111AAAA2222BBBB3333CCCC4444DDDD
SUMMARY;LANGUAGE=fr-FR:Réunion CSE établissement Lyon Confluence
DTSTART;TZID=Romance Standard Time:20251125T090000
DTEND;TZID=Romance Standard Time:20251125T113000
CLASS:PUBLIC
DTSTAMP:20251112T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle de pause
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000CE5ECE5ECE5EDC010000000000000000100000001111AAAA2222BBBB3333CCCC4444DDDD",  # noqa: E501
                    0, "", "", "", "", "works-council-meeting")],
    },
    {
        "kind": "dejeuner-reseau",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Meetup//Meetup Events v1.0//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:event_311044870@meetup.com
DTSTAMP:20251120T090000Z
DTSTART:20251204T111500Z
DTEND:20251204T130000Z
SUMMARY:Déjeuner réseau – Femmes du Retail Lyon
DESCRIPTION:Thème du mois : « Passer de directrice de magasin à manager mul
 ti-sites ». Témoignages de 2 DR\, échanges libres. 25 € repas compris.
LOCATION:Brasserie Georges\, 30 cours de Verdun\, Lyon
END:VEVENT
END:VCALENDAR
""",
        "labels": [("event_311044870@meetup.com", 0, "", "", "", "", "networking-lunch-career-topic")],
    },
]
