# ruff: noqa: E501
"""holdout187 events, part h: more of the user on the hiring side (sessions, tests, debriefs, fair, references, weekly review)."""

from holdout187ev_common import TZ_ROMANCE, ev

_PR_UID = (
    "040000008200E00074C5B7101A82E00800000000B1E2F3A4C566DB0100000000000000001000000055667788990011223344AABBCCDDEEFF"
)

EVENTS = [
    ev(
        "outlook-external",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="ROUSSEL Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
ATTENDEE;CN="BERTIN Franck";RSVP=TRUE:mailto:f.bertin@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250310T134015Z
DESCRIPTION:Bonjour Madame Roussel\,\n\nJe vous confirme l'organisation de la session de recrutement par simulation (MRS) dans vos locaux pour vos 12 postes d'opérateurs de production.\n\n08h30 : accueil des 14 candidats présélectionnés (habiletés validées)\n09h00-12h00 : exercices de mise en situation en salle (lecture de plans\, contrôle qualité)\n13h30-15h30 : mises en situation pratiques en atelier\, observées par vos chefs d'équipe\n15h30-16h30 : restitution des résultats et entretiens courts avec vous\n\nMerci de prévoir 2 observateurs côté atelier.\n\nCordialement\,\nDavid Rousset\nConseiller entreprise - Plateforme de vocation\nFrance Travail Vénissieux
DTEND;TZID=Romance Standard Time:20250325T163000
DTSTAMP:20250310T134015Z
DTSTART;TZID=Romance Standard Time:20250325T083000
LAST-MODIFIED:20250310T134015Z
LOCATION:Métaux Dauphiné - Feyzin - salle Formation 1 puis atelier B
ORGANIZER;CN="ROUSSET David":mailto:david.rousset@francetravail.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Session MRS - 12 opérateurs de production - Métaux Dauphiné
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C7F0B2A1DE93DB010000000000000000100000006A7B8C9D0E1F20314253647586970A1B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000C7F0B2A1DE93DB010000000000000000100000006A7B8C9D0E1F20314253647586970A1B",
        trap="user-as-interviewer-france-travail-mrs-session-she-hosts",
        hiring=True,
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="Fabre, Léa";RSVP=TRUE:mailto:stagiaire.rh@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250328T095501Z
DESCRIPTION:Léa\, tu assistes à l'entretien en observation (tu ne poses pas de questions\, tu prends des notes sur la grille). On débriefe 15 min après le départ de la candidate.\nCandidate : Mme Lopez\, assistante ADV\, CV dans Teamtailor.
DTEND;TZID=Romance Standard Time:20250402T150000
DTSTAMP:20250328T095501Z
DTSTART;TZID=Romance Standard Time:20250402T140000
LAST-MODIFIED:20250328T095501Z
LOCATION:Siège Gerland - bureau RH 2.14
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien Assistante ADV (Mme Lopez) - Léa en observation
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E4D3C2B1A09FDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000E4D3C2B1A09FDB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        trap="user-as-interviewer-intern-shadows-her-interview",
        hiring=True,
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="Moulin, Patrick";RSVP=TRUE:mailto:p.moulin@metaux-dauphine.fr
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250221T074418Z
DESCRIPTION:Épreuve pratique pour les 4 soudeurs présélectionnés : éprouvette bout à bout inox 316L en TIG\, position PF. Contrôle visuel + pliage par le labo.\nCamille : accueil\, EPI\, point admin + debrief avec chaque candidat.\nPrévoir 4 jeux d'EPI visiteurs.
DTEND;TZID=Romance Standard Time:20250227T170000
DTSTAMP:20250221T074418Z
DTSTART;TZID=Romance Standard Time:20250227T133000
LAST-MODIFIED:20250221T074418Z
LOCATION:Atelier B - poste soudure 3
ORGANIZER;CN="Moulin, Patrick":mailto:p.moulin@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Essai soudure TIG - 4 candidats
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000062C4E8A1F387DB010000000000000000100000007F8E9DACBBCAD9E8F70615243342516F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000062C4E8A1F387DB010000000000000000100000007F8E9DACBBCAD9E8F70615243342516F",
        trap="user-as-interviewer-practical-welding-test-for-candidates",
        hiring=True,
    ),
    ev(
        "outlook-teams",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=linh.nguyen.meca@gmail.com;RSVP=TRUE:mailto:linh.nguyen.meca@gmail.com
ATTENDEE;CN="Faure, Jean-Pierre";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:jp.faure@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250402T160712Z
DESCRIPTION:Bonjour Madame Nguyen\,\n\nSuite à notre échange téléphonique\, je vous confirme notre entretien en visio pour le poste d'Ingénieur méthodes (H/F) basé à Feyzin. Jean-Pierre Faure\, Directeur industriel\, nous rejoindra si son planning le permet.\n\nBien cordialement\,\nCamille Roussel\nChargée de recrutement / HRBP\nMétaux Dauphiné\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzA4MDU3@thread.v2/0>\nID de la réunion : 364 220 915 337\nCode secret : m3Pz9E\n________________________________________________________________________________\n
DTEND;TZID=Romance Standard Time:20250408T181500
DTSTAMP:20250402T160712Z
DTSTART;TZID=Romance Standard Time:20250408T173000
LAST-MODIFIED:20250402T160712Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Visio - Ingénieur méthodes (H/F) - Mme Nguyen
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A1F2E3D4C5A8DB01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9F00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000A1F2E3D4C5A8DB01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9F00",
        trap="user-as-interviewer-teams-visio-she-sends-candidate-on-gmail",
        hiring=True,
    ),
    ev(
        "outlook-cabinet",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="c.roussel@metaux-dauphine.fr";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
ATTENDEE;CN="s.leclerc@metaux-dauphine.fr";RSVP=TRUE:mailto:s.leclerc@metaux-dauphine.fr
ATTENDEE;CN="jm.duval@metaux-dauphine.fr";RSVP=TRUE:mailto:jm.duval@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250404T112930Z
DESCRIPTION:Bonjour\,\n\nComme convenu\, nous vous restituerons les résultats de l'assessment de M. Olivier Garnier\, candidat finaliste au poste de Directeur d'usine Feyzin (questionnaire de personnalité\, inventaire de motivations\, mise en situation de management et entretien de validation).\nNous aborderons ses points d'appui\, ses points de vigilance et des pistes pour son intégration.\n\nBien cordialement\,\nFrédéric Aubry\nDelta RH - Évaluation & Assessment\n
DTEND;TZID=Romance Standard Time:20250411T150000
DTSTAMP:20250404T112930Z
DTSTART;TZID=Romance Standard Time:20250411T140000
LAST-MODIFIED:20250404T112930Z
LOCATION:Siège Gerland - salle du Conseil / Teams
ORGANIZER;CN="Aubry, Frédéric":mailto:f.aubry@delta-rh.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Restitution assessment - candidat Directeur d'usine
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D5C4B3A2918ADB0100000000000000001000000099AABBCCDDEEFF00112233445566778
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000D5C4B3A2918ADB0100000000000000001000000099AABBCCDDEEFF00112233445566778",
        trap="user-as-interviewer-consultancy-reports-candidate-assessment-to-her",
        hiring=True,
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=m.laurent74@hotmail.fr;RSVP=TRUE:mailto:m.laurent74@hotmail.fr
ATTENDEE;CN="Faure, Jean-Pierre";RSVP=TRUE:mailto:jp.faure@metaux-dauphine.fr
ATTENDEE;CN="FEY - Bureau direction";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:fey.bureaudirection@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250410T084522Z
DESCRIPTION:Monsieur Laurent\,\n\nSuite à notre premier entretien\, j'ai le plaisir de vous inviter à un second entretien avec M. Jean-Pierre Faure\, Directeur industriel\, et moi-même. Nous terminerons par une visite des ateliers.\n\nCordialement\,\nCamille Roussel\nMétaux Dauphiné
DTEND;TZID=Romance Standard Time:20250417T103000
DTSTAMP:20250410T084522Z
DTSTART;TZID=Romance Standard Time:20250417T090000
LAST-MODIFIED:20250410T084522Z
LOCATION:FEY - Bureau direction
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:2e entretien M. Laurent - Responsable maintenance
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000003E4F5A6B7CAADB01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F90A1B2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000003E4F5A6B7CAADB01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F90A1B2",
        trap="user-as-interviewer-second-round-she-runs-with-plant-director",
        hiring=True,
    ),
    ev(
        "outlook-com",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Kévin Martin:mailto:kevin.martin69@hotmail.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=c.roussel@metaux-dauphine.fr:mailto:c.roussel@metaux-dauphine.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Roussel\,\nje vous envoie l'invitation pour ne pas oublier notre rendez-vous de vendredi pour le poste de cariste CACES 1-3-5. Je viendrai avec mes CACES et mon permis.\nCordialement\nKévin Martin\n06 33 71 08 54\n
UID:040000008200E00074C5B7101A82E00807E90315A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718
SUMMARY;LANGUAGE=fr-FR:RDV Métaux Dauphiné - Kévin Martin
DTSTART:20250321T100000Z
DTEND:20250321T104500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T191102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Métaux Dauphiné Feyzin
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00807E90315A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718",
        trap="user-as-interviewer-candidate-on-hotmail-sends-her-the-invite",
        hiring=True,
    ),
    ev(
        "outlook-allday",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ATTENDEE;CN="Fabre, Léa";RSVP=TRUE:mailto:stagiaire.rh@metaux-dauphine.fr
ATTENDEE;CN="Bertin, Franck";RSVP=TRUE:mailto:f.bertin@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250219T103355Z
DESCRIPTION:Stand B42 (pôle industrie). Montage vendredi 17h. On tient le stand à 3 : entretiens flash avec les jeunes et les parents\, CV à scanner dans Teamtailor (QR code)\, kakémonos + goodies dans le coffre de la 308 de service.\nOffres à pousser : 6 alternants maintenance\, 2 BTS CRSA\, 1 licence pro RH.
DTEND;VALUE=DATE:20250316
DTSTAMP:20250219T103355Z
DTSTART;VALUE=DATE:20250315
LAST-MODIFIED:20250219T103355Z
LOCATION:Eurexpo Lyon - Hall 5
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Salon de l'apprentissage et de l'alternance - stand Métaux Dauphiné
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E008000000002B1C0D9E8F82DB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000002B1C0D9E8F82DB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049",
        trap="user-as-interviewer-recruiting-stand-at-apprenticeship-fair",
        hiring=True,
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250128T171104Z
DESCRIPTION:Coopté par Thomas Roche (labo contrôle). Candidat : Maxime Perrin\, technicien qualité chez un sous-traitant auto\, intéressé par le poste de Technicien QSE. Premier contact informel\, si OK -> process normal + prime de cooptation à déclencher à la fin de la période d'essai.
DTEND;TZID=Romance Standard Time:20250131T130000
DTSTAMP:20250128T171104Z
DTSTART;TZID=Romance Standard Time:20250131T123000
LAST-MODIFIED:20250128T171104Z
LOCATION:Cafét' Gerland
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Café M. Perrin (cooptation T. Roche)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F2E1D0C9B873DB01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000F2E1D0C9B873DB01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4",
        trap="user-as-interviewer-referral-coffee-with-candidate",
        hiring=True,
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
CLASS:PRIVATE
CREATED:20250418T085033Z
DESCRIPTION:M. Laurent (resp. maintenance) - accord écrit du candidat reçu le 17/04.\n1) ancien N+1 chez Arcelor Fos : M. Pons 06 20 44 81 39\n2) DRH Sidérurgie du Nord : Mme Wattez (joignable à partir de 16h)\nGrille questions références dans le dossier.
DTEND;TZID=Romance Standard Time:20250422T170000
DTSTAMP:20250418T085033Z
DTSTART;TZID=Romance Standard Time:20250422T160000
LAST-MODIFIED:20250418T085033Z
LOCATION:
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Prise de références - resp. maintenance
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000000C9B8A7F6E9EDB01000000000000000010000000E5D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000000C9B8A7F6E9EDB01000000000000000010000000E5D4C3B2A1F0E9D8C7B6A5F4E3D2C1B0",
        trap="user-as-interviewer-reference-checks-she-makes-on-candidate",
        hiring=True,
    ),
    ev(
        "outlook-recurring",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="Lambert, Hervé";RSVP=TRUE:mailto:h.lambert@metaux-dauphine.fr
ATTENDEE;CN="Bertin, Franck";RSVP=TRUE:mailto:f.bertin@metaux-dauphine.fr
ATTENDEE;CN="Moulin, Patrick";RSVP=TRUE:mailto:p.moulin@metaux-dauphine.fr
ATTENDEE;CN="Faure, Jean-Pierre";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:jp.faure@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250109T084102Z
DESCRIPTION:Revue hebdo des postes ouverts : pipe Teamtailor par poste\, candidats à voir / à relancer\, retours d'entretien manquants\, propositions en cours.\n
DTEND;TZID=Romance Standard Time:20250113T090000
DTSTAMP:20250109T084102Z
DTSTART;TZID=Romance Standard Time:20250113T083000
LAST-MODIFIED:20250109T084102Z
LOCATION:Teams / bureau RH Feyzin
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
RRULE:FREQ=WEEKLY;COUNT=20;BYDAY=MO
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Point recrutement hebdo - managers production
TRANSP:OPAQUE
UID:"""
        + _PR_UID
        + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Lambert, Hervé";RSVP=TRUE:mailto:h.lambert@metaux-dauphine.fr
ATTENDEE;CN="Bertin, Franck";RSVP=TRUE:mailto:f.bertin@metaux-dauphine.fr
ATTENDEE;CN="Moulin, Patrick";RSVP=TRUE:mailto:p.moulin@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250109T084102Z
DESCRIPTION:Décalé au mardi (vacances scolaires - Franck absent lundi). Focus : candidats soudeurs TIG + alternants.\n
DTEND;TZID=Romance Standard Time:20250218T090000
DTSTAMP:20250212T154410Z
DTSTART;TZID=Romance Standard Time:20250218T083000
LAST-MODIFIED:20250212T154410Z
LOCATION:Teams / bureau RH Feyzin
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
RECURRENCE-ID;TZID=Romance Standard Time:20250217T083000
SEQUENCE:1
SUMMARY;LANGUAGE=fr-FR:Point recrutement hebdo - managers production
TRANSP:OPAQUE
UID:"""
        + _PR_UID
        + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        _PR_UID,
        trap="user-as-interviewer-weekly-pipeline-review-recurring-with-override",
        hiring=True,
    ),
]
