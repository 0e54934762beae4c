# ruff: noqa: E501, W291, W293, RUF100
"""holdout268 events, part B: the user's own interviews, one round each, at further employers.

Persona: Sandrine Maurel-Costa, négociatrice immobilière in Nice (sandrine.maurelcosta@laposte.net,
s.maurel@azur-patrimoine-immo.fr). Raw iCalendar text with LF line ends; the generator writes CRLF.
"""

from holdout268ev_zones import APPLE_PARIS, MADRID, MONACO, PARIS, ROMANCE, ROME, UTC1_AMSTERDAM, W_EUROPE

FORMS = {
    "Maisons & Terrasses Antibes": ["Maisons & Terrasses", "Maisons et Terrasses", "Maisons et Terrasses Antibes"],
    "Comptoir Immobilier de Grasse": ["Comptoir Immobilier", "Comptoir Immo Grasse", "Comptoir Immobilier Grasse"],
    "Littoral Conseil Immobilier": ["Littoral Conseil", "Littoral Conseil Immo"],
    "Villefranche Prestige Immobilier": ["Villefranche Prestige", "VPI"],
    "Immobilière des Baous": ["Immo des Baous", "Immobiliere des Baous", "Les Baous"],
    "Domus Côte d'Azur": ["Domus", "Domus Cote d'Azur", "Domus Immobilier"],
    "Clé Azur Transactions": ["Clé Azur", "Cle Azur Transactions", "Clé Azur Immobilier"],
    "Agence Masséna Patrimoine": ["Masséna Patrimoine", "Massena Patrimoine", "Agence Masséna"],
    "Palmeraie Immobilier": ["Palmeraie", "La Palmeraie Immobilier"],
    "Sophia Habitat Conseil": ["Sophia Habitat", "SHC"],
    "Vallauris Résidences Promotion": ["Vallauris Résidences", "Vallauris Residences Promotion"],
    "Estérel Habitat Promotion": ["Estérel Habitat", "Esterel Habitat", "Esterel Habitat Promotion"],
    "Cabinet Lambertin Syndic": ["Cabinet Lambertin", "Lambertin", "Lambertin Syndic"],
    "Larvotto Properties": ["Larvotto Properties SAM", "Larvotto"],
    "Klévia": ["Klevia"],
    "Crédit Azur Immobilier": ["Crédit Azur", "Credit Azur Immobilier"],
    "Riviera Rentals & Gestion": ["Riviera Rentals", "Riviera Rentals et Gestion"],
    "Grupo Alcázar Inmuebles": ["Alcázar Inmuebles", "Alcazar Inmuebles", "Grupo Alcázar", "Alcázar"],
    "Immobiliare Riviera dei Fiori": ["Riviera dei Fiori", "Immobiliare Riviera dei Fiori Srl"],
    "Cagnes Immobilier Conseil": ["Cagnes Immobilier", "CIC Cagnes"],
    "Agence Immobilière du Cours Saleya": ["Agence du Cours Saleya", "Cours Saleya Immobilier", "Cours Saleya"],
    "Saint-Jean Cap Immobilier": ["Saint-Jean Cap", "St-Jean Cap Immobilier", "St Jean Cap Immobilier"],
    "Mandelieu Immobilier Conseil": ["Mandelieu Immobilier", "MIC"],
    "Côte & Collines Immobilier": ["Côte & Collines", "Cote et Collines Immobilier", "Côte et Collines"],
    "Fontvieille Luxury Estates": ["Fontvieille Luxury", "FLE"],
    "Nexalia Promotion": ["Nexalia"],
    "Gestimmo Provence": ["Gestimmo", "Gestimmo Provence Syndic"],
    "Groupe Baie des Anges": ["Baie des Anges", "Baie des Anges Immobilier"],
    "Terra Nostra Immobilier": ["Terra Nostra", "Terra Nostra Eze"],
}

EVENTS = [
    dict(
        kind="outlook-romance-no-vtimezone",
        uid="040000008200E00074C5B7101A82E0080000000088D3A1C5F97BDB01000000000000000010000000B4E61C09D7A32F4E90C5A8D13E7F6B20",
        is_interview=1,
        company="Maisons & Terrasses Antibes",
        role="responsable agence",
        stage="hiring_manager",
        interviewers="f.delmas@maisons-terrasses-antibes.fr",
        trap="outlook-windows-zone-without-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN=Sandrine Maurel-Costa;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
CLASS:PUBLIC
CREATED:20250205T174102Z
DESCRIPTION:Bonjour Madame\,\n\nJ'ai bien reçu votre CV pour le poste de responsable de notre agence d'Antibes (franchise Maisons & Terrasses). Je vous propose de nous rencontrer à l'agence mardi prochain. Merci de vous munir de votre attestation de collaborateur et d'un récapitulatif de vos ventes 2024.\n\nFranck Delmas\nGérant - Maisons & Terrasses Antibes\n04 99 00 18 63\n
DTEND;TZID="Romance Standard Time":20250211T120000
DTSTAMP:20250205T174102Z
DTSTART;TZID="Romance Standard Time":20250211T110000
LAST-MODIFIED:20250205T174102Z
LOCATION:Agence Maisons & Terrasses\, 3 boulevard des Mouettes\, 06600 Antibes
ORGANIZER;CN="Delmas, Franck":mailto:f.delmas@maisons-terrasses-antibes.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:RDV Mme Maurel-Costa - poste responsable agence
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000088D3A1C5F97BDB01000000000000000010000000B4E61C09D7A32F4E90C5A8D13E7F6B20
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:TRUE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed",
        uid="1A6D3F80-C2B5-4E97-8F14-5B9E0C7D2A63",
        is_interview=1,
        company="Comptoir Immobilier de Grasse",
        role="",
        stage="hiring_manager",
        interviewers="M. Rebuffel",
        trap="hand-typed-abbreviated-no-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250220T121833Z
DTEND;TZID=Europe/Paris:20250227T103000
DTSTAMP:20250220T121840Z
DTSTART;TZID=Europe/Paris:20250227T093000
LAST-MODIFIED:20250220T121833Z
LOCATION:Grasse centre
SEQUENCE:0
SUMMARY:Entretien Comptoir Immo Grasse (gérant M. Rebuffel)
DESCRIPTION:Annonce vue sur Hellowork. Se garer parking Notre-Dame. Prendre CV papier + attestation.
UID:1A6D3F80-C2B5-4E97-8F14-5B9E0C7D2A63
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=141.2;X-TITLE=Grasse centre:geo:43.658400,6.923100
BEGIN:VALARM
X-WR-ALARMUID:9F2C7A10-4B3E-4D58-A6E1-0C8D5B3F2E97
UID:9F2C7A10-4B3E-4D58-A6E1-0C8D5B3F2E97
TRIGGER:-PT45M
ACTION:DISPLAY
DESCRIPTION:Rappel
X-APPLE-DEFAULT-ALARM:FALSE
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gmail-owner-french-footer",
        uid="2k6ns0b4q8f1m3t7a9vcr5ldeh@google.com",
        is_interview=1,
        company="Littoral Conseil Immobilier",
        role="responsable de l'agence de Saint-Raphaël centre",
        stage="hiring_manager",
        interviewers="littoral.conseil.immo@gmail.com",
        trap="owner-gmail-initials-in-title",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250310T140000
DTEND;TZID=Europe/Paris:20250310T150000
DTSTAMP:20250303T103355Z
ORGANIZER;CN=Littoral Conseil Immobilier:mailto:littoral.conseil.immo@gmail.com
UID:2k6ns0b4q8f1m3t7a9vcr5ldeh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Littoral Conseil Immobilier;X-NUM-GUESTS=0:mailto:littoral.conseil.immo@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250303T103352Z
DESCRIPTION:Bonjour Sandrine\,\nSuite à votre candidature pour le poste de responsable de l'agence de Saint-Raphaël centre\, je vous attends à l'agence. Nous serons deux : mon mari et moi (Ghislaine Vitiello\, gérante).\nBien à vous\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement. Pour ne plus recevoir de notifications concernant cet événement\, refusez-le.\n\nTransférer cette invitation pourrait permettre à tout destinataire d'envoyer une réponse à l'organisateur\, d'être ajouté à la liste des invités\, d'inviter d'autres personnes quel que soit l'état de sa propre invitation ou de modifier votre réponse. En savoir plus https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20250303T103354Z
LOCATION:Littoral Conseil Immobilier\, 6 place du Marché\, 83700 Saint-Raphaël
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Sandrine M.-C. / Littoral Conseil
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-invitee",
        uid="f21b8c4e-9d07-4a63-8e5c-61a0b3d7e9f2@calendly.com",
        is_interview=1,
        company="Villefranche Prestige Immobilier",
        role="Responsable d'agence",
        stage="hiring_manager",
        interviewers="as.duval@villefranche-prestige.fr",
        trap="calendly-user-booked-slot-english-boilerplate",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:f21b8c4e-9d07-4a63-8e5c-61a0b3d7e9f2@calendly.com
DTSTAMP:20250314T201140Z
DTSTART:20250319T120000Z
DTEND:20250319T124500Z
SUMMARY:Entretien Responsable d'agence (45 min) between Anne-Sophie Duval and Sandrine Maurel-Costa
DESCRIPTION:Event Name: Entretien Responsable d'agence (45 min)\n\nLocation: Villefranche Prestige Immobilier\, 2 quai de la Darse\, 06230 Villefranche-sur-Mer\n\nPlease share anything that will help prepare for our meeting.\nJe postule au poste de responsable d'agence (annonce du 10/03). 12 ans de transaction à Nice\, carte T via mon agence actuelle.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/f21b8c4e-9d07-4a63-8e5c-61a0b3d7e9f2\nReschedule: https://calendly.com/reschedulings/f21b8c4e-9d07-4a63-8e5c-61a0b3d7e9f2\n\nPowered by Calendly.com
LOCATION:Villefranche Prestige Immobilier\, 2 quai de la Darse\, 06230 Villefranche-sur-Mer
ORGANIZER;CN=Anne-Sophie Duval:mailto:as.duval@villefranche-prestige.fr
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-hand-typed",
        uid="a93c5e71-0d2b-4f68-b41a-7e9d2c6f8b05",
        is_interview=1,
        company="Immobilière des Baous",
        role="",
        stage="",
        interviewers="M. Giraudo",
        trap="thunderbird-terse-family-agency",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + PARIS + r"""BEGIN:VEVENT
CREATED:20250312T194806Z
LAST-MODIFIED:20250312T195012Z
DTSTAMP:20250312T195012Z
UID:a93c5e71-0d2b-4f68-b41a-7e9d2c6f8b05
SUMMARY:Entretien Immo des Baous - Vence 14h30 (M. Giraudo + sa fille)
DTSTART;TZID=Europe/Paris:20250318T143000
DTEND;TZID=Europe/Paris:20250318T153000
LOCATION:Immobilière des Baous\, Vence
DESCRIPTION:Agence familiale\, le père veut lever le pied. Poser la question du statut (salariée vs agent co)\, du fixe\, et du fichier vendeurs.
CATEGORIES:Recherche emploi
X-MOZ-GENERATION:3
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ms-bookings",
        uid="040000008200E00074C5B7101A82E008000000009A2E5D1B07A5DB010000000000000000100000003D8C7F2A6E1B094C87D5F3A20B1E6C94",
        is_interview=1,
        company="Domus Côte d'Azur",
        role="Responsable d'agence - Nice Nord",
        stage="hiring_manager",
        interviewers="p.orengo@domus-cotedazur.fr",
        trap="bookings-mailbox-organizer-staff-is-interviewer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Domus Côte d'Azur - Recrutement:mailto:DomusRecrutement@domuscotedazur.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Maurel-Costa:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Patrick Orengo:mailto:p.orengo@domus-cotedazur.fr
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé\n\nDomus Côte d'Azur - Recrutement\n\nService : Premier entretien de recrutement (1 heure)\nPersonnel : Patrick Orengo\, Directeur des agences\n\nInformations complémentaires :\nPoste visé : Responsable d'agence - Nice Nord\n\nVous souhaitez apporter une modification ? Gérer la réservation<https://outlook.office365.com/owa/calendar/DomusRecrutement@domuscotedazur.onmicrosoft.com/bookings/s/8vKq2xR3TkeN5mYbA1cF0w2>\n\nMicrosoft Bookings\n
UID:040000008200E00074C5B7101A82E008000000009A2E5D1B07A5DB010000000000000000100000003D8C7F2A6E1B094C87D5F3A20B1E6C94
SUMMARY;LANGUAGE=fr-FR:Premier entretien de recrutement
DTSTART;TZID=Romance Standard Time:20250404T100000
DTEND;TZID=Romance Standard Time:20250404T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T163010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Domus Côte d'Azur\, 41 avenue des Tilleuls\, 06100 Nice
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-cancelled",
        uid="E0B47C29-6A15-4D83-9F2E-3C8A1D5B7F60",
        is_interview=1,
        company="Clé Azur Transactions",
        role="",
        stage="",
        interviewers="",
        trap="status-cancelled-hand-typed",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250128T090417Z
DTEND;TZID=Europe/Paris:20250204T180000
DTSTAMP:20250203T081522Z
DTSTART;TZID=Europe/Paris:20250204T170000
LAST-MODIFIED:20250203T081520Z
LOCATION:St Laurent du Var
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:ANNULÉ - entretien Clé Azur Transactions (St Laurent)
DESCRIPTION:Annulé par eux ce matin\, poste pourvu en interne. Relancer dans 6 mois ?
UID:E0B47C29-6A15-4D83-9F2E-3C8A1D5B7F60
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-amsterdam-label-zone",
        uid="040000008200E00074C5B7101A82E00800000000D4F7B2A1C3AFDB0100000000000000001000000059A1E3C7F80D264B9C3E5B1A7D02F8E6",
        is_interview=1,
        company="Agence Masséna Patrimoine",
        role="Responsable d'agence",
        stage="hiring_manager",
        interviewers="e.garniermoreau@massena-patrimoine.fr",
        trap="utc-label-zone-amsterdam-teams",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + UTC1_AMSTERDAM + r"""BEGIN:VEVENT
ORGANIZER;CN="Garnier-Moreau, Estelle":mailto:e.garniermoreau@massena-patrimoine.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net:mailto:sandrine.maurelcosta@laposte.net
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Maurel-Costa\,\n\nJe vous remercie pour votre candidature au poste de Responsable d'agence. Je vous propose un entretien en visio\, je suis en déplacement cette semaine-là.\n\nEstelle Garnier-Moreau\nDirectrice générale - Agence Masséna Patrimoine\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, une application mobile ou un appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmQ3Y2E5NDItZjE4Yy00NWQ0LWE3ZGMtOGI1ZjYwZTNhYjQx%40thread.v2/0>\nID de la réunion : 315 902 447 831\nCode secret : Fz2ka7\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D4F7B2A1C3AFDB0100000000000000001000000059A1E3C7F80D264B9C3E5B1A7D02F8E6
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement - Responsable d'agence
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne":20250417T093000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne":20250417T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T074411Z
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
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-zoom",
        uid="6b2tm9e0h4s8q1v3k7pcd5rlfa@google.com",
        is_interview=1,
        company="Palmeraie Immobilier",
        role="Responsable agence Fréjus-Plage",
        stage="hiring_manager",
        interviewers="a.bessiere@palmeraie-immobilier.fr",
        trap="zoom-details-inside-google-invite",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250324T180000
DTEND;TZID=Europe/Paris:20250324T184500
DTSTAMP:20250319T110206Z
ORGANIZER;CN=Alain Bessière:mailto:a.bessiere@palmeraie-immobilier.fr
UID:6b2tm9e0h4s8q1v3k7pcd5rlfa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Alain Bessière;X-NUM-GUESTS=0:mailto:a.bessiere@palmeraie-immobilier.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250319T110204Z
DESCRIPTION:Alain Bessière vous invite à une réunion Zoom planifiée.\n\nSujet : Sandrine Maurel-Costa - Entretien Responsable agence Fréjus-Plage\n\nParticiper à la réunion Zoom\nhttps://us02web.zoom.us/j/81164509237?pwd=eUxBa0tNcWZmS2hXR2pGbHJtVlB0QT09\n\nID de réunion : 811 6450 9237\nCode secret : 604118\n\n---\n\nUne seule touche sur l'appareil mobile\n+33199003318\,\,81164509237#\,\,\,\,*604118# France\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement.
LAST-MODIFIED:20250319T110205Z
LOCATION:https://us02web.zoom.us/j/81164509237?pwd=eUxBa0tNcWZmS2hXR2pGbHJtVlB0QT09
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sandrine Maurel-Costa - Entretien Responsable agence Fréjus-Plage (Zoom)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-cooptation-coffee",
        uid="0v7lq3e9s1d5m8k2t6bna4rcgh@google.com",
        is_interview=1,
        company="Sophia Habitat Conseil",
        role="responsable d'agence",
        stage="hiring_manager",
        interviewers="ma.lefebvre@sophia-habitat-conseil.fr",
        trap="cooptation-coffee-is-first-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250212T083000
DTEND;TZID=Europe/Paris:20250212T093000
DTSTAMP:20250207T162530Z
ORGANIZER;CN=Marc-Antoine Lefebvre:mailto:ma.lefebvre@sophia-habitat-conseil.fr
UID:0v7lq3e9s1d5m8k2t6bna4rcgh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marc-Antoine Lefebvre;X-NUM-GUESTS=0:mailto:ma.lefebvre@sophia-habitat-conseil.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250207T162528Z
DESCRIPTION:Bonjour Sandrine\,\nCéline m'a parlé de vous (cooptation) pour le poste de responsable d'agence que j'ouvre à Valbonne. Avant de lancer un process formel avec un cabinet\, j'aimerais vous rencontrer autour d'un café : votre parcours\, votre vision du poste\, vos conditions. Si le courant passe\, on enchaîne directement sur un 2e entretien avec mon associé.\nMarc-Antoine Lefebvre\nDirecteur - Sophia Habitat Conseil\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.
LAST-MODIFIED:20250207T162529Z
LOCATION:Café de la Place\, Valbonne village
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Sandrine Maurel-Costa / Marc-Antoine (cooptation Céline)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-interview",
        uid="lever-interview-9a4c71e2-3b58-4f06-a1d9-e28c5b07f6a3",
        is_interview=1,
        company="Vallauris Résidences Promotion",
        role="Conseiller Commercial Immobilier Neuf (VEFA)",
        stage="hiring_manager",
        interviewers="s.amoretti@vallauris-residences.fr",
        trap="lever-utc-developer-sales-role",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-9a4c71e2-3b58-4f06-a1d9-e28c5b07f6a3
DTSTAMP:20250328T090014Z
DTSTART:20250403T130000Z
DTEND:20250403T140000Z
SUMMARY:Interview: Conseiller Commercial Immobilier Neuf (VEFA) - Sandrine Maurel-Costa
DESCRIPTION:Bonjour Sandrine\,\n\nNous avons le plaisir de confirmer votre entretien avec Sébastien Amoretti\, Directeur commercial\, pour le poste de Conseiller Commercial Immobilier Neuf (VEFA).\n\nLieu : siège Vallauris Résidences Promotion\, 15 chemin des Potiers\, 06220 Vallauris\n\nN'hésitez pas à nous contacter si vous avez la moindre question.\n\nL'équipe Talent - Vallauris Résidences Promotion\n\n--\nSent via Lever
LOCATION:15 chemin des Potiers\, 06220 Vallauris
ORGANIZER;CN=Vallauris Résidences Promotion (via Lever):mailto:no-reply@hire.lever.co
ATTENDEE;CN=Sébastien Amoretti;ROLE=REQ-PARTICIPANT:mailto:s.amoretti@vallauris-residences.fr
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-recruiter-onsite",
        uid="040000008200E00074C5B7101A82E008000000002F6B9C3E15B8DB0100000000000000001000000084D2A0F6E3B1C74F9A06D5E8B2C3F417",
        is_interview=1,
        company="Estérel Habitat Promotion",
        role="Conseillère commerciale VEFA",
        stage="onsite",
        interviewers="g.peretti@esterel-habitat.fr",
        trap="recruitment-firm-organizer-not-interviewer-sales-office",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=Sandrine Maurel-Costa;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CN=Guillaume Peretti;RSVP=TRUE:mailto:g.peretti@esterel-habitat.fr
CLASS:PUBLIC
CREATED:20250422T151201Z
DESCRIPTION:Bonjour Sandrine\,\n\nComme convenu\, voici la convocation pour votre rencontre avec notre client Estérel Habitat Promotion pour le poste de Conseillère commerciale VEFA (programme Le Clos des Mimosas) : Guillaume Peretti\, Directeur des ventes\, vous recevra directement sur la bulle de vente du programme « Le Clos des Mimosas » (28 logements). Il vous fera visiter l'appartement témoin et vous demandera de lui présenter le programme comme à un acquéreur.\n\nJe ne serai pas présent mais je vous appelle en fin de journée.\n\nBien à vous\,\nRomain Lacaze\nConsultant - Talentis Immo\n06 39 98 73 14\n
DTEND;TZID="Romance Standard Time":20250429T113000
DTSTAMP:20250422T151201Z
DTSTART;TZID="Romance Standard Time":20250429T100000
LAST-MODIFIED:20250422T151201Z
LOCATION:Bulle de vente Le Clos des Mimosas\, avenue des Acacias\, 06210 Mandelieu-la-Napoule
ORGANIZER;CN=Romain Lacaze (Talentis Immo):mailto:r.lacaze@talentis-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Estérel Habitat - RDV bulle de vente avec G. Peretti (candidature Talentis)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000002F6B9C3E15B8DB0100000000000000001000000084D2A0F6E3B1C74F9A06D5E8B2C3F417
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT30M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-phone",
        uid="040000008200E00074C5B7101A82E00800000000B02F7E8A4DB7DB01000000000000000010000000E7C3A19F52D04B4E8B61F0A2D5C7E318",
        is_interview=1,
        company="Cabinet Lambertin Syndic",
        role="gestionnaire de copropriété",
        stage="hiring_manager",
        interviewers="g.lambertin@cabinet-lambertin.fr",
        trap="old-school-syndic-phone-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 14.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=sandrine.maurelcosta@laposte.net;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
CLASS:PUBLIC
CREATED:20250424T092644Z
DESCRIPTION:Madame\,\n\nSuite à votre courrier de candidature\, je vous appellerai lundi à 17h30 pour un premier entretien téléphonique concernant le poste de gestionnaire de copropriété (portefeuille de 50 immeubles\, Nice-Est). Si l'entretien est concluant\, je vous recevrai ensuite au cabinet.\n\nSalutations distinguées.\n\nG. Lambertin\nCabinet Lambertin Syndic - Administrateur de biens depuis 1979\n
DTEND;TZID="W. Europe Standard Time":20250428T180000
DTSTAMP:20250424T092644Z
DTSTART;TZID="W. Europe Standard Time":20250428T173000
LAST-MODIFIED:20250424T092644Z
LOCATION:Téléphone - 06 39 98 41 07
ORGANIZER;CN="Lambertin, Gérard":mailto:g.lambertin@cabinet-lambertin.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien téléphonique - poste gestionnaire de copropriété
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B02F7E8A4DB7DB01000000000000000010000000E7C3A19F52D04B4E8B61F0A2D5C7E318
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-english-monaco",
        uid="5q9dl2t6a0k4m8e1s7vbr3hncj@google.com",
        is_interview=1,
        company="Larvotto Properties",
        role="Sales Negotiator - Prime Residential",
        stage="hiring_manager",
        interviewers="j.whitfield@larvotto-properties.mc;f.lanteri@larvotto-properties.mc",
        trap="english-monaco-sales-negotiator-google-footer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MONACO + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Monaco:20250520T110000
DTEND;TZID=Europe/Monaco:20250520T120000
DTSTAMP:20250513T143820Z
ORGANIZER;CN=Francesca Lanteri:mailto:f.lanteri@larvotto-properties.mc
UID:5q9dl2t6a0k4m8e1s7vbr3hncj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Francesca Lanteri;X-NUM-GUESTS=0:mailto:f.lanteri@larvotto-properties.mc
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=James Whitfield;X-NUM-GUESTS=0:mailto:j.whitfield@larvotto-properties.mc
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandrine Maurel-Costa;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Larvotto Office-1-Meeting Room Hermitage (6);X-NUM-GUESTS=0:mailto:c_188a2f3e9b0d4c7a@resource.calendar.google.com
CREATED:20250513T143815Z
DESCRIPTION:Dear Sandrine\,\n\nThank you for your application for the Sales Negotiator - Prime Residential role. James Whitfield (Sales Director) and I would be delighted to meet you at our office. Please bring a copy of your carte professionnelle details and\, if possible\, examples of properties above €3M you have marketed.\n\nBest regards\,\nFrancesca Lanteri\nHR Manager\, Larvotto Properties SAM\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event\, decline this event.\n\nForwarding this invitation could allow any recipient to send a response to the organizer\, be added to the guest list\, invite others regardless of their own invitation status\, or modify your RSVP.\n\nLearn more https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20250513T143819Z
LOCATION:Larvotto Office-1-Meeting Room Hermitage (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Sales Negotiator (Prime Residential) - Sandrine Maurel-Costa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="wttj-ats",
        uid="wk-interview-3f8a61d0c5b2@welcomekit.co",
        is_interview=1,
        company="Klévia",
        role="Responsable d'agence Côte d'Azur",
        stage="recruiter_screen",
        interviewers="manon.teissier@klevia.fr",
        trap="french-ats-utc-proptech-rh-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//Welcome Kit ATS//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-interview-3f8a61d0c5b2@welcomekit.co
DTSTAMP:20250213T171506Z
DTSTART:20250219T090000Z
DTEND:20250219T093000Z
SUMMARY:Entretien RH | Responsable d'agence Côte d'Azur - Klévia
DESCRIPTION:Bonjour Sandrine\,\n\nVotre entretien est confirmé !\n\nOffre : Responsable d'agence Côte d'Azur (CDI - Nice)\nÉtape : Entretien RH (30 min)\nAvec : Manon Teissier\, Talent Acquisition Manager\nVisio : https://meet.google.com/kpd-rwua-xns\n\nChez Klévia\, on réinvente l'agence immobilière : estimation en ligne\, agents terrain experts de leur quartier et honoraires réduits.\n\nÀ très vite !\n\n--\nEnvoyé via Welcome to the Jungle
LOCATION:https://meet.google.com/kpd-rwua-xns
ORGANIZER;CN=Manon Teissier (Klévia):mailto:manon.teissier@klevia.fr
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="talentsoft-convocation",
        uid="TS-CONVOC-CAI-2025-00318-SMC",
        is_interview=1,
        company="Crédit Azur Immobilier",
        role="Responsable d'agence immobilière - Nice Gambetta",
        stage="onsite",
        interviewers="Stéphanie Colonna;Patrice Agostini",
        trap="bank-network-convocation-interviewers-names-only",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cegid Talentsoft//Recruiting//FR
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
UID:TS-CONVOC-CAI-2025-00318-SMC
DTSTAMP:20250320T080959Z
DTSTART;TZID=Europe/Paris:20250328T100000
DTEND;TZID=Europe/Paris:20250328T113000
SUMMARY:Convocation à un entretien - Responsable d'agence immobilière - Nice Gambetta
DESCRIPTION:Madame Maurel-Costa\,\n\nNous avons le plaisir de vous convier à un entretien dans le cadre de votre candidature au poste de Responsable d'agence immobilière - Nice Gambetta (réf. 2025-00318).\n\nVous serez reçue par :\n- Mme Stéphanie Colonna\, Responsable Ressources Humaines\n- M. Patrice Agostini\, Directeur du réseau Crédit Azur Immobilier\n\nAdresse : Crédit Azur Immobilier\, Direction régionale\, 10 boulevard des Magnolias\, 06000 Nice (accueil rez-de-chaussée).\n\nMerci de vous présenter 10 minutes avant l'heure indiquée muni(e) d'une pièce d'identité.\n\nCordialement\,\nLa Direction des Ressources Humaines\n\nCe message est envoyé automatiquement\, merci de ne pas y répondre.
LOCATION:Crédit Azur Immobilier\, 10 boulevard des Magnolias\, 06000 Nice
ORGANIZER;CN=Crédit Azur Immobilier - Recrutement:mailto:ne-pas-repondre@credit-azur-immobilier.fr
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-english",
        uid="6C2E8A4F1B9D03E57F8A2C6E4B1D9F07",
        is_interview=1,
        company="Riviera Rentals & Gestion",
        role="Branch Manager (Antibes & Juan-les-Pins)",
        stage="hiring_manager",
        interviewers="o.grant@riviera-rentals.fr",
        trap="webex-english-branch-manager-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:6C2E8A4F1B9D03E57F8A2C6E4B1D9F07
DTSTAMP:20250502T101733Z
DTSTART:20250509T140000Z
DTEND:20250509T145000Z
SUMMARY:Interview: Branch Manager (Antibes & Juan-les-Pins) - S. Maurel-Costa
DESCRIPTION:Hello Sandrine\,\n\nLooking forward to our chat about the Branch Manager role for our Antibes & Juan-les-Pins office (seasonal lettings\, property management and a growing sales desk). I'll be calling in from London.\n\nOliver Grant\nManaging Director\, Riviera Rentals & Gestion\n\n-- Do not delete or change any of the following text. --\n\nWhen it's time\, join your Webex meeting here.\n\nMeeting number (access code): 2741 883 0951\nMeeting password: Rr2025!nice\n\nJoin meeting\nhttps://rivierarentals.webex.com/rivierarentals/j.php?MTID=m4f7d1c0b6a2e9e83c5f0d2a71b4c6e98\n\nJoin by phone\n+33-1-9900-2741 France toll\nAccess code: 2741 883 0951\n\nIf you are a host\, click here to view host information.
LOCATION:https://rivierarentals.webex.com/rivierarentals/j.php?MTID=m4f7d1c0b6a2e9e83c5f0d2a71b4c6e98
ORGANIZER;CN=Oliver Grant:mailto:o.grant@riviera-rentals.fr
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-spanish",
        uid="1n5ho8e2t6q0m4k9s3vbl7dcra@google.com",
        is_interview=1,
        company="Grupo Alcázar Inmuebles",
        role="Directora de oficina Niza",
        stage="hiring_manager",
        interviewers="beatriz.soler@alcazarinmuebles.es;j.montoya@alcazarinmuebles.es",
        trap="spanish-entrevista-madrid-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250602T100000
DTEND;TZID=Europe/Madrid:20250602T110000
DTSTAMP:20250527T120451Z
ORGANIZER;CN=Javier Montoya:mailto:j.montoya@alcazarinmuebles.es
UID:1n5ho8e2t6q0m4k9s3vbl7dcra@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Javier Montoya;X-NUM-GUESTS=0:mailto:j.montoya@alcazarinmuebles.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Beatriz Soler Ruiz;X-NUM-GUESTS=0:mailto:beatriz.soler@alcazarinmuebles.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250527T120449Z
DESCRIPTION:Hola Sandrine\,\n\nGracias por tu interés en el puesto de Directora de oficina en Niza. Te proponemos una entrevista por videollamada con Beatriz Soler Ruiz (Directora de Expansión) y conmigo (Recursos Humanos). Podemos hablar en francés o en español\, como prefieras.\n\nUn saludo\,\nJavier Montoya\nGrupo Alcázar Inmuebles\n\nÚnete con Google Meet: https://meet.google.com/hzs-pqto-vme\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/\n\nRecibes este correo electrónico porque eres un invitado del evento.
LAST-MODIFIED:20250527T120450Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - Directora de oficina Niza (Grupo Alcázar Inmuebles)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-italian",
        uid="7e3rb1q5k9m2t6d0s8vhn4lapc@google.com",
        is_interview=1,
        company="Immobiliare Riviera dei Fiori",
        role="Responsabile agenzia di Mentone",
        stage="hiring_manager",
        interviewers="m.bergamasco@immobiliarerivieradeifiori.it",
        trap="italian-colloquio-cross-border-rome-zone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + ROME + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Rome:20250514T150000
DTEND;TZID=Europe/Rome:20250514T160000
DTSTAMP:20250508T091206Z
ORGANIZER;CN=Marco Bergamasco:mailto:m.bergamasco@immobiliarerivieradeifiori.it
UID:7e3rb1q5k9m2t6d0s8vhn4lapc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marco Bergamasco;X-NUM-GUESTS=0:mailto:m.bergamasco@immobiliarerivieradeifiori.it
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250508T091204Z
DESCRIPTION:Gentile Sandrine\,\n\ncome anticipato al telefono\, la aspetto a Sanremo per un colloquio conoscitivo per il ruolo di Responsabile della nostra nuova agenzia di Mentone (clientela italiana e francese). Parliamo in francese o in italiano\, come preferisce.\n\nCordiali saluti\,\nMarco Bergamasco\nTitolare - Immobiliare Riviera dei Fiori Srl\n\nInvito da Google Calendar: https://calendar.google.com/calendar/\n\nRiceverai questa email perché sei un invitato all'evento.
LAST-MODIFIED:20250508T091205Z
LOCATION:Immobiliare Riviera dei Fiori\, corso degli Inglesi 90\, 18038 Sanremo IM\, Italia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Colloquio conoscitivo - Responsabile agenzia di Mentone
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="indeed-video",
        uid="indeed-interview-7b1f0e93c4a6d2@indeed.com",
        is_interview=1,
        company="Cagnes Immobilier Conseil",
        role="Responsable d'agence / Négociateur senior H/F",
        stage="hiring_manager",
        interviewers="Sylvie Marro",
        trap="indeed-platform-organizer-employer-contact-named",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-7b1f0e93c4a6d2@indeed.com
DTSTAMP:20250218T154402Z
DTSTART:20250224T130000Z
DTEND:20250224T133000Z
SUMMARY:Entretien vidéo avec Cagnes Immobilier Conseil
DESCRIPTION:Sylvie Marro de Cagnes Immobilier Conseil vous a invité(e) à un entretien vidéo pour le poste Responsable d'agence / Négociateur senior H/F.\n\nRejoindre l'entretien : https://fr.indeed.com/interview/join/7b1f0e93c4a6d2\n\nConseils : testez votre caméra et votre micro avant l'entretien\, et rejoignez la salle d'attente virtuelle quelques minutes en avance.\n\nIndeed ne demandera jamais d'informations bancaires dans le cadre d'un entretien.
LOCATION:Indeed Interview (vidéo)
ORGANIZER;CN=Indeed:mailto:invitations@indeed.com
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-terse",
        uid="3b8sq1e6m0k5t9d2a7vlh4rncf@google.com",
        is_interview=1,
        company="Agence Immobilière du Cours Saleya",
        role="",
        stage="",
        interviewers="Mr Bensaïd",
        trap="google-export-abbreviated-entret",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sandrine perso
X-WR-TIMEZONE:Europe/Paris
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250607T100000
DTEND;TZID=Europe/Paris:20250607T110000
DTSTAMP:20250612T070000Z
UID:3b8sq1e6m0k5t9d2a7vlh4rncf@google.com
CREATED:20250602T182214Z
DESCRIPTION:ils cherchent un(e) resp. pour remplacer le gérant qui part en Corse. candidature spontanée acceptée !!
LAST-MODIFIED:20250602T182214Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:entret. agence Cours Saleya 10h - voir Mr Bensaïd
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-owner-invite",
        uid="b2d8f0a4-6c13-4e79-9a5b-3f1e7d0c2a86",
        is_interview=1,
        company="Saint-Jean Cap Immobilier",
        role="conseillère propriétés de prestige",
        stage="hiring_manager",
        interviewers="hubert.derocca@free.fr",
        trap="owner-free-fr-thunderbird-request",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
CREATED:20250521T173019Z
LAST-MODIFIED:20250521T173422Z
DTSTAMP:20250521T173422Z
UID:b2d8f0a4-6c13-4e79-9a5b-3f1e7d0c2a86
SUMMARY:Rendez-vous - poste de conseillère propriétés de prestige
ORGANIZER;RSVP=TRUE;CN=Hubert de Rocca;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:hubert.derocca@free.fr
ATTENDEE;RSVP=TRUE;CN=Sandrine Maurel-Costa;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:sandrine.maurelcosta@laposte.net
DTSTART;TZID=Europe/Paris:20250527T110000
DTEND;TZID=Europe/Paris:20250527T120000
LOCATION:Saint-Jean Cap Immobilier\, avenue des Pins\, Saint-Jean-Cap-Ferrat
DESCRIPTION:Chère Madame\,\nJe dirige Saint-Jean Cap Immobilier depuis 22 ans et cherche une conseillère pour nos villas et propriétés de prestige (clientèle internationale). Je vous propose de venir me rencontrer à l'agence.\nBien cordialement\,\nHubert de Rocca
SEQUENCE:0
TRANSP:OPAQUE
X-MOZ-SEND-INVITATIONS:TRUE
X-MOZ-SEND-INVITATIONS-UNDISCLOSED:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="flatchr-ats",
        uid="flatchr-event-66a1c0f3e92b7d58@flatchr.io",
        is_interview=1,
        company="Mandelieu Immobilier Conseil",
        role="Responsable d'agence (CDI)",
        stage="recruiter_screen",
        interviewers="c.brun@mandelieu-immo-conseil.fr",
        trap="flatchr-ats-office-manager-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-event-66a1c0f3e92b7d58@flatchr.io
DTSTAMP:20250530T134411Z
DTSTART:20250605T070000Z
DTEND:20250605T073000Z
SUMMARY:Entretien | Responsable d'agence (CDI) - Mandelieu Immobilier Conseil
DESCRIPTION:Bonjour Sandrine\,\n\nSuite à votre candidature au poste de Responsable d'agence (CDI)\, nous vous proposons un premier entretien téléphonique de 30 minutes avec Coralie Brun (office manager\, en charge du recrutement).\n\nCordialement\,\nMandelieu Immobilier Conseil\n\nPropulsé par Flatchr
LOCATION:Entretien téléphonique
ORGANIZER;CN=Coralie Brun:mailto:c.brun@mandelieu-immo-conseil.fr
ATTENDEE;CN=Sandrine Maurel-Costa;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-all-day-immersion",
        uid="2h6ke0q4s8m1t5d9a3vbr7lnco@google.com",
        is_interview=1,
        company="Côte & Collines Immobilier",
        role="responsable d'agence",
        stage="onsite",
        interviewers="p.auda@cote-collines-immo.fr",
        trap="all-day-immersion-google-invite",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250613
DTEND;VALUE=DATE:20250614
DTSTAMP:20250604T081522Z
ORGANIZER;CN=Philippe Auda:mailto:p.auda@cote-collines-immo.fr
UID:2h6ke0q4s8m1t5d9a3vbr7lnco@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Philippe Auda;X-NUM-GUESTS=0:mailto:p.auda@cote-collines-immo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250604T081519Z
DESCRIPTION:Bonjour Sandrine\,\nComme convenu après notre entretien\, je vous propose une journée d'immersion à l'agence avant de prendre ma décision pour le poste de responsable d'agence : briefing de l'équipe à 9h\, visites\, un RDV vendeur avec moi l'après-midi. L'équipe me fera aussi son retour.\nPhilippe Auda\, gérant\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement.
LAST-MODIFIED:20250604T081521Z
LOCATION:Côte & Collines Immobilier\, place du Village\, 06250 Mougins
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'immersion - Sandrine Maurel-Costa
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-w-europe-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000E3A9C17F2BDEDB01000000000000000010000000C06B4E8A1D53F9479E2A07C5D81B3F64",
        is_interview=1,
        company="Fontvieille Luxury Estates",
        role="Luxury Sales Consultant",
        stage="final",
        interviewers="l.scarpa@fontvieille-luxury.mc",
        trap="monaco-final-english-italian-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN=Sandrine Maurel-Costa;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
CLASS:PUBLIC
CREATED:20250610T095817Z
DESCRIPTION:Dear Sandrine\,\n\nThank you again for last week. As announced\, Mr Scarpa would like to see you for a final interview before we make our decision on the Luxury Sales Consultant position. Grazie e a presto!\n\nValentina Russo\nOffice Manager\, Fontvieille Luxury Estates\n
DTEND;TZID="W. Europe Standard Time":20250616T190000
DTSTAMP:20250610T095817Z
DTSTART;TZID="W. Europe Standard Time":20250616T180000
LAST-MODIFIED:20250610T095817Z
LOCATION:Fontvieille Luxury Estates\, quai des Yachts\, Monaco
ORGANIZER;CN="Scarpa, Lorenzo";SENT-BY="mailto:v.russo@fontvieille-luxury.mc":mailto:l.scarpa@fontvieille-luxury.mc
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Final interview - Luxury Sales Consultant - Sandrine Maurel-Costa
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E3A9C17F2BDEDB01000000000000000010000000C06B4E8A1D53F9479E2A07C5D81B3F64
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Sandrine\,</p><p>As announced\, Mr Scarpa would like to see you for a <b>final interview</b>.</p><p>Valentina Russo<br>Office Manager</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-collective-session",
        uid="040000008200E00074C5B7101A82E0080000000041D8F2B6A7D9DB010000000000000000100000002A5C9E0F7B3D814E96C2A1F4E0B8D573",
        is_interview=1,
        company="Nexalia Promotion",
        role="Conseiller(ère) commercial(e) VEFA",
        stage="onsite",
        interviewers="a.tessier@nexalia-promotion.fr;d.ruffo@nexalia-promotion.fr",
        trap="collective-selection-session-after-preselection",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Tessier, Aurore":mailto:a.tessier@nexalia-promotion.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ruffo, Damien":mailto:d.ruffo@nexalia-promotion.fr
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=NICE - Salle Plénière:mailto:salle.pleniere.nice@nexalia-promotion.fr
DESCRIPTION;LANGUAGE=fr-FR:Madame\,\n\nSuite à la présélection de votre candidature au poste de Conseiller(ère) commercial(e) VEFA\, vous êtes convoquée à notre session de recrutement :\n\n09h00 Présentation de Nexalia Promotion et de nos programmes en cours (6 candidats)\n09h45 Mises en situation par binôme : rendez-vous acquéreur investisseur (Pinel/LMNP)\, traitement d'objections\n11h00 Entretiens individuels (20 min) avec Damien Ruffo\, Directeur des ventes\, et moi-même\n\nLes candidats retenus seront recontactés sous 8 jours.\n\nAurore Tessier\nChargée RH - Nexalia Promotion\n
UID:040000008200E00074C5B7101A82E0080000000041D8F2B6A7D9DB010000000000000000100000002A5C9E0F7B3D814E96C2A1F4E0B8D573
SUMMARY;LANGUAGE=fr-FR:Convocation - session de recrutement Conseillers commerciaux VEFA
DTSTART;TZID=Romance Standard Time:20250610T090000
DTEND;TZID=Romance Standard Time:20250610T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250603T081107Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:NICE - Salle Plénière\; Nexalia Promotion\, 64 avenue des Cyprès\, Nice
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-utc-invite",
        uid="4m8tq2e6s0k3d7a1vbl5hr9ncp@google.com",
        is_interview=1,
        company="Gestimmo Provence",
        role="gestionnaire de copropriété",
        stage="recruiter_screen",
        interviewers="yannick.boyer@gestimmo-provence.fr",
        trap="google-utc-times-syndic-visio",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250612T080000Z
DTEND:20250612T083000Z
DTSTAMP:20250606T141255Z
ORGANIZER;CN=Yannick Boyer:mailto:yannick.boyer@gestimmo-provence.fr
UID:4m8tq2e6s0k3d7a1vbl5hr9ncp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Yannick Boyer;X-NUM-GUESTS=0:mailto:yannick.boyer@gestimmo-provence.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sandrine.maurelcosta@laposte.net;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
CREATED:20250606T141252Z
DESCRIPTION:Bonjour Sandrine\,\nmerci pour votre candidature au poste de gestionnaire de copropriété (agence de Cagnes). Je vous propose un premier échange en visio de 30 min.\nYannick Boyer\, chargé de recrutement\, Gestimmo Provence\n\nRejoindre avec Google Meet : https://meet.google.com/rfa-wtkn-jpx\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement.
LAST-MODIFIED:20250606T141254Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visio Gestimmo Provence / S. Maurel-Costa - gestionnaire copro
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-final-alt-desc",
        uid="040000008200E00074C5B7101A82E00800000000793BE0D4F1E0DB01000000000000000010000000F4A2C80B6D9E3157A8B0C2E4F6D1A935",
        is_interview=1,
        company="Groupe Baie des Anges",
        role="Responsable agence Marina",
        stage="final",
        interviewers="b.roux@groupe-baiedesanges.fr;n.ciais@groupe-baiedesanges.fr",
        trap="last-first-cn-x-alt-desc-final",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=Sandrine Maurel-Costa;RSVP=TRUE:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CN="Ciais, Nathalie";RSVP=TRUE:mailto:n.ciais@groupe-baiedesanges.fr
CLASS:PUBLIC
CREATED:20250612T160244Z
DESCRIPTION:Madame Maurel-Costa\,\n\nPour faire suite à vos deux premiers entretiens\, je vous propose un entretien final avec Nathalie Ciais (DRH) et moi-même pour le poste de Responsable agence Marina (Villeneuve-Loubet).\n\nBenoît Roux\nDirecteur général - Groupe Baie des Anges\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, une application mobile ou un appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTgxYzE2ZDAtNmI1YS00ZjYxLWE5ZTAtZDY4YzMzNTBhMjc5%40thread.v2/0>\nID de la réunion : 388 260 117 543\nCode secret : Hd9wQ3\n________________________________________________________________________________\n
DTEND;TZID="Romance Standard Time":20250618T180000
DTSTAMP:20250612T160244Z
DTSTART;TZID="Romance Standard Time":20250618T170000
LAST-MODIFIED:20250612T160244Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Roux, Benoît":mailto:b.roux@groupe-baiedesanges.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien final - Responsable agence Marina
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000793BE0D4F1E0DB01000000000000000010000000F4A2C80B6D9E3157A8B0C2E4F6D1A935
X-ALT-DESC;FMTTYPE=text/html:<html xmlns:v="urn:schemas-microsoft-com:vml"><head><meta http-equiv="Content-Type" content="text/html\; charset=utf-8"></head><body lang="FR"><div><p class="MsoNormal">Madame Maurel-Costa\,</p><p class="MsoNormal">Pour faire suite à vos deux premiers entretiens\, je vous propose un <b>entretien final</b> avec Nathalie Ciais (DRH) et moi-même.</p><p class="MsoNormal">Benoît Roux<br>Directeur général</p></div></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-english-floating",
        uid="7D3B9F12-E4A0-4C6B-8D27-1F5E3A9C0B48",
        is_interview=1,
        company="Terra Nostra Immobilier",
        role="",
        stage="",
        interviewers="",
        trap="english-hand-typed-floating-no-names",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 14.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250616T204107Z
DTEND:20250620T160000
DTSTAMP:20250616T204111Z
DTSTART:20250620T150000
LAST-MODIFIED:20250616T204107Z
LOCATION:Eze village
SEQUENCE:0
SUMMARY:Interview Terra Nostra Eze w/ owner
DESCRIPTION:they want a bilingual agency manager for the village office. bring portfolio of listings + refs
UID:7D3B9F12-E4A0-4C6B-8D27-1F5E3A9C0B48
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:3E8A1C5F-2B7D-4F90-A6C3-9D0E4B7F1A25
UID:3E8A1C5F-2B7D-4F90-A6C3-9D0E4B7F1A25
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
X-APPLE-DEFAULT-ALARM:FALSE
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
