"""holdout65: the user's own interviews, French employers (part C)."""

from __future__ import annotations

from holdout65ev_ics import Ev, cal, pos

RESTALIA_SCREEN = r"""BEGIN:VEVENT
UID:icims-5521-int-000318742@restalia-services.icims.com
DTSTAMP:20261117T141500Z
DTSTART;TZID=Europe/Paris:20261125T113000
DTEND;TZID=Europe/Paris:20261125T120000
SUMMARY:Invitation à un entretien – Chef Gérant (H/F) – Restalia Services – Réf. 2026-5521
DESCRIPTION:Bonjour Mathieu\,\n\nSuite à votre candidature au poste de Chef Gérant (H/F) pour notre site de
 restauration d'entreprise de Lyon Gerland\, Karine Dufour\, Chargée de recrutement\, vous contactera par
 téléphone.\n\nDate : mercredi 25 novembre 2026\nHeure : 11h30 (heure de Paris)\nDurée : 30 min\n\nMerci
 de confirmer votre disponibilité via le portail candidat : https://careers-restalia.icims.com/jobs/5521\n\n
 L'équipe Recrutement Restalia Services
LOCATION:Entretien téléphonique
ORGANIZER;CN=Karine Dufour:mailto:kdufour@restalia-services.fr
ATTENDEE;CN=Karine Dufour;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kdufour@restalia-services.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

RESTALIA_WEBEX = r"""BEGIN:VEVENT
UID:7q2e9w4r1t8y5u0i3o6p@restalia.webex.com
DTSTAMP:20261201T080500Z
DTSTART;TZID=Europe/Paris:20261208T100000
DTEND;TZID=Europe/Paris:20261208T110000
SUMMARY:Entretien avec le Directeur Régional – Chef Gérant site Gerland
DESCRIPTION:Bonjour Mathieu\,\n\nOlivier Ménard\, Directeur Régional Rhône-Alpes\, souhaite s'entretenir avec
 vous pour le poste de Chef Gérant. Karine Dufour est en copie pour information.\n\n-- Ne supprimez pas et ne
 modifiez pas le texte suivant. --\n\nQuand c'est l'heure\, rejoignez la réunion Webex ici.\n\nRejoindre la
 réunion\nhttps://restalia.webex.com/restalia/j.php?MTID=m4f7c1e92a0b3d5e68f9a2c1b7d0e3f45\n\nPlus de façons
 de rejoindre :\n\nNuméro de la réunion (code d'accès) : 2741 553 8810\nMot de passe de la réunion : Chef26!
 \n\nRejoindre par téléphone\n+33-1-7091-8646 France Toll\nCode d'accès : 274 155 38810\n\nSi vous êtes un
 hôte\, cliquez ici pour afficher les informations relatives à l'hôte.
LOCATION:https://restalia.webex.com/restalia/j.php?MTID=m4f7c1e92a0b3d5e68f9a2c1b7d0e3f45
ORGANIZER;CN=Olivier Ménard:mailto:o.menard@restalia-services.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;CN=Karine Dufour;ROLE=OPT-PARTICIPANT:mailto:kdufour@restalia-services.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

DOMBES = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270113T090000
DTEND;TZID=Europe/Paris:20270113T150000
RRULE:FREQ=DAILY;COUNT=3
DTSTAMP:20261215T190233Z
ORGANIZER;CN=Pascal Brunet:mailto:pascal.brunet01@orange.fr
UID:0j4k8l2m6n1b5v9c3x7z0a4s8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pascal Brunet;X-NUM-GUESTS=0
 :mailto:pascal.brunet01@orange.fr
DESCRIPTION:Mathieu\,\ncomme convenu\, 3 jours d'essai au Relais pour le poste de chef de cuisine : mercredi et
 jeudi en journée (mise en place + service du midi)\, vendredi le service du soir avec ma femme en salle.
 \nTenue fournie. Repas sur place.\nPascal
LOCATION:Relais des Dombes\, 415 route de Villars\, 01330 Le Plantay
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Essai Chef de cuisine – Relais des Dombes
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20270115T160000
DTEND;TZID=Europe/Paris:20270115T230000
DTSTAMP:20261215T190233Z
ORGANIZER;CN=Pascal Brunet:mailto:pascal.brunet01@orange.fr
UID:0j4k8l2m6n1b5v9c3x7z0a4s8d@google.com
RECURRENCE-ID;TZID=Europe/Paris:20270115T090000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 ;X-NUM-GUESTS=0:mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pascal Brunet;X-NUM-GUESTS=0
 :mailto:pascal.brunet01@orange.fr
DESCRIPTION:Jour 3 : service du soir (menu du marché + carte). Arrivée 16h.\nPascal
LOCATION:Relais des Dombes\, 415 route de Villars\, 01330 Le Plantay
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Essai Chef de cuisine – Relais des Dombes (jour 3 – soir)
TRANSP:OPAQUE
END:VEVENT"""

MONTREVEL = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261210T102011Z
DESCRIPTION:Cher Monsieur Lambert\,\n\nComme évoqué au téléphone\, nous vous proposons une journée
 d'immersion au Château pour le poste de Chef Exécutif :\n\n9h00 : accueil par Agathe Lefort\, Directrice
 Générale\n9h30 : visite des cuisines\, du potager et des caves\n11h00 – 14h00 : service du midi aux côtés
 de Sébastien Morin\, notre chef pâtissier\n15h00 : entretien avec Agathe Lefort et M. Hugues Daurel\,
 propriétaire\n\nUne chambre est à votre disposition pour la nuit du 19 si vous le souhaitez.\n\nAgathe
 Lefort\nChâteau de Montrevel – Hôtel & Spa
DTEND;VALUE=DATE:20270121
DTSTAMP:20261210T102011Z
DTSTART;VALUE=DATE:20270120
LOCATION:Château de Montrevel\, 38490 Aoste
ORGANIZER;CN="Lefort, Agathe":mailto:a.lefort@chateau-montrevel.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mathieu Lambert
 :mailto:mathieu.lambert.chef@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Daurel, Hugues":mailto:hugues.daurel@chateau-montrevel.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Morin, Sébastien":mailto:s.morin@chateau-montrevel.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Journée d'immersion – candidature Chef Exécutif
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E0080000000051C7A93E2B6FDB01000000000000000010000000D49B2F0E6C1A4B7E
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT"""

BROTTEAUX = r"""BEGIN:VEVENT
DTSTART:20270108T143000
DTEND:20270108T153000
DTSTAMP:20261218T090000Z
UID:2c8b6f0e1d4a7c93@grandhotel-brotteaux.com
ORGANIZER;CN=Raphaël Simonet:mailto:r.simonet@grandhotel-brotteaux.com
ATTENDEE;CN=Mathieu Lambert;PARTSTAT=NEEDS-ACTION:mailto:mathieu.lambert.chef@gmail.com
SUMMARY:Entretien M. Lambert – Chef de cuisine restaurant Le Jardin
DESCRIPTION:Entretien avec Raphaël Simonet\, Chef exécutif du Grand Hôtel des Brotteaux\, pour la place de
 chef de cuisine du restaurant Le Jardin (ouverture printemps 2027). Bureau des chefs\, niveau -1\, entrée du
 personnel rue Tronchet.
LOCATION:Grand Hôtel des Brotteaux – entrée du personnel\, rue Tronchet\, Lyon 6e
STATUS:CONFIRMED
END:VEVENT"""

MARCEAU = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261215T160000
DTEND;TZID=Europe/Paris:20261215T170000
DTSTAMP:20261206T213407Z
UID:4v1c8x5z2a9s6d3f0g7h4j1k8l@google.com
CREATED:20261206T213350Z
DESCRIPTION:Rencontre avec Nadia Azoulay (DRH groupe) – apporter CV + book photos plats. Ils ouvrent 2 hôtels
 à Lyon et Annecy en 2027.
LAST-MODIFIED:20261206T213407Z
LOCATION:Café Carnot\, 5 place Carnot\, Lyon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV Groupe Marceau – candidature chef exécutif
TRANSP:OPAQUE
END:VEVENT"""

PENTES = r"""BEGIN:VEVENT
CREATED:20261129T221540Z
LAST-MODIFIED:20261129T221602Z
DTSTAMP:20261129T221602Z
UID:c3e1a7b9-5d2f-4e08-b6a4-9f7c2d1e0b35
SUMMARY:entretien Bistrot des Pentes - Paul Chabert (proprio)
DTSTART;TZID=Europe/Paris:20261202T150000
DTEND;TZID=Europe/Paris:20261202T160000
LOCATION:montée de la Grande-Côte
DESCRIPTION:poste chef\, reprise carte + 2 commis
SEQUENCE:0
END:VEVENT"""

CERCLE = r"""BEGIN:VEVENT
UID:calcom-8q3Hn5TkLp2xZw@cal.com
DTSTAMP:20261127T113322Z
DTSTART:20261203T080000Z
DTEND:20261203T083000Z
SUMMARY:Entretien Chef à domicile senior entre Le Cercle Gourmet et Mathieu Lambert
DESCRIPTION:Quoi :\nEntretien Chef à domicile senior entre Le Cercle Gourmet et Mathieu Lambert\n\nQuand :\n
 jeudi 3 décembre 2026 09:00 - 09:30 (Europe/Paris)\n\nQui :\nAmélie Rochas - Organisateur\n
 amelie@lecerclegourmet.fr\nMathieu Lambert\nmathieu.lambert.chef@gmail.com\n\nOù :\nCal Video
 https://app.cal.com/video/8q3Hn5TkLp2xZw\n\nNotes supplémentaires :\nPremier échange avec Amélie (recrutement des
 chefs) suite à votre candidature sur le site : poste de chef à domicile senior (Paris\, Megève\, Saint-Tropez).
 \n\nAnnuler ou reprogrammer : https://cal.com/booking/8q3Hn5TkLp2xZw
LOCATION:https://app.cal.com/video/8q3Hn5TkLp2xZw
ORGANIZER;CN=Amélie Rochas:mailto:amelie@lecerclegourmet.fr
ATTENDEE;CN=Mathieu Lambert;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:mathieu.lambert.chef@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""

ARGUIBEL = r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261202T073011Z
DESCRIPTION:Monsieur Lambert\,\n\nSuite à notre conversation téléphonique\, je vous confirme votre
 rendez-vous confidentiel avec Mme Maite Etcheverry\, propriétaire de la Villa Arguibel à Biarritz (hôtel 5*\,
 restaurant de 40 couverts)\, qui recherche son Chef Exécutif.\nL'entretien aura lieu en visio\; le lien
 Teams figure ci-dessous. Je ne participerai pas à l'échange.\n\nEn toute discrétion\, bien entendu.\n\n
 Bertrand Lavergne\nAssocié – Vauban Executive Search\n\n________________________________________________
 \nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou l'appareil de la
 salle\nCliquez ici pour rejoindre la réunion\nID de la réunion : 392 057 118 446\nCode secret : vB7m2Q\n
 ________________________________________________
DTEND;TZID=Romance Standard Time:20261211T194500
DTSTAMP:20261202T073011Z
DTSTART;TZID=Romance Standard Time:20261211T190000
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Lavergne, Bertrand":mailto:b.lavergne@vauban-search.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lambert, Mathieu"
 :mailto:m.lambert@brasserie-saone.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Etcheverry, Maite"
 :mailto:m.etcheverry@villa-arguibel.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien confidentiel – Villa Arguibel (via Vauban Executive Search)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E0D4B6A9F271DB01000000000000000010000000A7C3F91B2E5D4068
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjU2YTkz
END:VEVENT"""

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def events() -> list[Ev]:
    brott_head = "X-WR-CALNAME:Recrutement cuisine GHB\nX-WR-TIMEZONE:Europe/Paris"
    return [
        pos("icims-phone-fr", cal(RESTALIA_SCREEN, "-//iCIMS//iCIMS Interview Scheduling//EN",
                                  tz=("Europe/Paris",)),
            "Restalia Services", "Chef Gérant", "recruiter_screen", "kdufour@restalia-services.fr",
            "icims-phone-screen-fr"),
        pos("webex-hm-fr", cal(RESTALIA_WEBEX, "-//Cisco//Webex Meetings//FR", tz=("Europe/Paris",)),
            "Restalia Services", "Chef Gérant", "hiring_manager", "o.menard@restalia-services.fr",
            "webex-hiring-manager-cc-coordinator-fr"),
        pos("google-recurring-essai-fr", cal(DOMBES, GOOGLE, tz=("Europe/Paris",)),
            "Relais des Dombes", "chef de cuisine", "technical", "pascal.brunet01@orange.fr",
            "recurring-essai-override-freemail-owner-fr"),
        pos("outlook-allday-immersion-fr", cal(MONTREVEL, OUTLOOK),
            "Château de Montrevel", "Chef Exécutif", "onsite",
            "a.lefort@chateau-montrevel.com;hugues.daurel@chateau-montrevel.com", "outlook-allday-immersion-fr"),
        pos("xwr-floating-fr", cal(BROTTEAUX, GOOGLE, method="PUBLISH", head=brott_head),
            "Grand Hôtel des Brotteaux", "chef de cuisine", "hiring_manager", "r.simonet@grandhotel-brotteaux.com",
            "x-wr-timezone-floating-fr"),
        pos("google-own-note-fr", cal(MARCEAU, GOOGLE, method=None, tz=("Europe/Paris",)),
            "Groupe Hôtelier Marceau", "chef exécutif", "", "nadia azoulay", "hand-typed-no-stage-fr"),
        pos("thunderbird-terse-fr", cal(PENTES, "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", method=None,
                                        tz=("Europe/Paris",)),
            "Bistrot des Pentes", "chef", "", "paul chabert", "thunderbird-terse-note-fr"),
        pos("calcom-fr", cal(CERCLE, "-//Cal.com Inc.//Cal.com Event//EN"),
            "Le Cercle Gourmet", "Chef à domicile senior", "recruiter_screen", "amelie@lecerclegourmet.fr",
            "calcom-fr"),
        pos("headhunter-work-address-fr", cal(ARGUIBEL, OUTLOOK, tz=("Romance Standard Time",)),
            "Villa Arguibel", "Chef Exécutif", "hiring_manager", "m.etcheverry@villa-arguibel.com",
            "headhunter-to-work-address-teams-fr"),
    ]
