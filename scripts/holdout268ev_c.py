# ruff: noqa: E501, W291, W293, RUF100
"""holdout268 events, part C: negatives with the user on the hiring or assessing side.

Sandrine recruits and assesses négociateurs, alternants and an assistante for Azur Patrimoine Immobilier,
sits on an exam jury, and interviews a baby-sitter. None of these are her own job interviews.
"""

from holdout268ev_zones import APPLE_PARIS, PARIS, ROMANCE, W_EUROPE


def _neg(kind: str, uid: str, trap: str, ics: str, **extra: object) -> dict:
    """A hiring-side negative: no company, role, stage or interviewers."""
    return dict(
        kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap,
        hiring=True, ics=ics, **extra,
    )


EVENTS = [
    _neg(
        "outlook-user-organizer",
        "040000008200E00074C5B7101A82E00800000000A1D6F3C08C8CDB010000000000000000100000005E2B9D7A0C4F1E48B36D8A2F0E5C71B9",
        "user-as-interviewer-alternant-bts-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=lucas.ferrand06@gmail.com;RSVP=TRUE:mailto:lucas.ferrand06@gmail.com
CLASS:PUBLIC
CREATED:20250227T101322Z
DESCRIPTION:Bonjour Lucas\,\n\nSuite à votre candidature pour un contrat d'alternance (BTS Professions Immobilières\, rentrée de septembre)\, je vous propose un entretien à l'agence mardi 4 mars à 17h. Pensez à apporter votre CV et votre dernier bulletin scolaire.\n\nBien cordialement\,\nSandrine Maurel-Costa\nNégociatrice immobilière - Azur Patrimoine Immobilier\n04 99 00 27 40\n
DTEND;TZID="Romance Standard Time":20250304T174500
DTSTAMP:20250227T101322Z
DTSTART;TZID="Romance Standard Time":20250304T170000
LAST-MODIFIED:20250227T101322Z
LOCATION:Azur Patrimoine Immobilier\, 18 avenue des Citronniers\, 06000 Nice
ORGANIZER;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien candidat - Lucas Ferrand (alternance BTS PI)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A1D6F3C08C8CDB010000000000000000100000005E2B9D7A0C4F1E48B36D8A2F0E5C71B9
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
    _neg(
        "calendly-host",
        "0d4a7e19-b2c6-4f83-9e50-a17c3d8b6f24@calendly.com",
        "user-as-interviewer-calendly-host-copy",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:0d4a7e19-b2c6-4f83-9e50-a17c3d8b6f24@calendly.com
DTSTAMP:20250314T081902Z
DTSTART:20250320T130000Z
DTEND:20250320T133000Z
SUMMARY:Inès Bouzid et Sandrine Maurel-Costa
DESCRIPTION:Nouvel événement planifié\n\nType d'événement : Entretien négociateur(trice) - 30 min\nInvité : Inès Bouzid\nE-mail de l'invité : ines.bouzid@orange.fr\nFuseau horaire de l'invité : Europe/Paris\n\nQuestions :\nPoste visé ?\nNégociatrice immobilière (annonce Azur Patrimoine sur HelloWork)\nCarte T ou attestation ? \nAttestation via mandataire\, 2 ans d'expérience\n\nAfficher l'événement dans Calendly : https://calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com
LOCATION:Azur Patrimoine Immobilier\, 18 avenue des Citronniers\, Nice
ORGANIZER;CN=Sandrine Maurel-Costa:mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;CN=Inès Bouzid;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ines.bouzid@orange.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "candidate-accepted-reply",
        "040000008200E00074C5B7101A82E00800000000C4E8A2F17B91DB01000000000000000010000000B1F5D3A9E6C0274D8A3F5E1B9C7D02A6",
        "user-as-interviewer-candidate-accepted-reply",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250326T160000Z
DTEND:20250326T164500Z
DTSTAMP:20250321T192744Z
ORGANIZER;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
UID:040000008200E00074C5B7101A82E00800000000C4E8A2F17B91DB01000000000000000010000000B1F5D3A9E6C0274D8A3F5E1B9C7D02A6
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Théo Marchal;X-NUM-GUESTS=0:mailto:theo.marchal.pro@gmail.com
COMMENT:Bonjour Madame\, je confirme ma présence. Merci pour votre retour rapide ! Théo
CREATED:20250321T192744Z
DESCRIPTION:
LAST-MODIFIED:20250321T192744Z
LOCATION:Azur Patrimoine Immobilier\, 18 avenue des Citronniers\, Nice
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté : Entretien négociateur immobilier - Azur Patrimoine
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "teams-agency-presents-candidate",
        "040000008200E00074C5B7101A82E0080000000096C3B1E4F0A2DB010000000000000000100000007A2E4C6B8D0F1A3C5E7B9D1F3A5C7E92",
        "user-as-interviewer-agency-presents-candidate",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Reboul, Mathieu":mailto:m.reboul@immotalents-sud.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castellani, Pierre-Yves":mailto:p.castellani@azur-patrimoine-immo.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Sandrine\,\n\nComme convenu\, je vous présente en 20 minutes les trois profils que nous avons qualifiés pour votre poste de négociateur(trice) immobilier(ère) confirmé(e) :\n- Laura Pons (5 ans de transaction\, Cagnes)\n- Arnaud Lesage (ex-conseiller bancaire\, en reconversion)\n- Yasmina Ferhat (négociatrice location/transaction\, Antibes)\n\nVous me direz lesquels vous souhaitez rencontrer en entretien.\n\nMathieu Reboul\nConsultant - Immo Talents Sud\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzE5ODQ0NjEtNGQ2Ny00YjBiLWE3OGYtMmY4ZDVmMDg5ZTc1%40thread.v2/0>\nID de la réunion : 324 771 905 286\nCode secret : Jt4mX9\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000096C3B1E4F0A2DB010000000000000000100000007A2E4C6B8D0F1A3C5E7B9D1F3A5C7E92
SUMMARY;LANGUAGE=fr-FR:Présentation des candidats - poste négociateur(trice) Azur Patrimoine
DTSTART;TZID=Romance Standard Time:20250408T120000
DTEND;TZID=Romance Standard Time:20250408T122000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T155217Z
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
    _neg(
        "ios-role-play-assessor",
        "5B0E7D3A-9C21-4F68-B4E5-2A8D1C6F0E93",
        "user-as-interviewer-role-play-assessor",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250410T070933Z
DTEND;TZID=Europe/Paris:20250415T183000
DTSTAMP:20250410T070941Z
DTSTART;TZID=Europe/Paris:20250415T173000
LAST-MODIFIED:20250410T070933Z
LOCATION:Agence
SEQUENCE:0
SUMMARY:Mise en sit. candidat Kevin Morel (2e tour) - je fais la vendeuse
DESCRIPTION:Jeu de rôle estim : appart 3P Libération\, vendeuse qui veut 30k de trop. Noter : écoute\, reformulation\, argumentaire ACM\, closing mandat exclu. Grille d'éval dans le dossier recrutement.
UID:5B0E7D3A-9C21-4F68-B4E5-2A8D1C6F0E93
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-all-day-candidate-immersion",
        "040000008200E00074C5B7101A82E00800000000D7F2A0E5B3B3DB01000000000000000010000000E0A4C8B2D6F1359B7C1E3A5D7F9B2C40",
        "user-as-interviewer-candidate-trial-day-host",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
ATTENDEE;CN=chloe.vasseur@hotmail.fr;RSVP=TRUE:mailto:chloe.vasseur@hotmail.fr
ATTENDEE;CN="Castellani, Pierre-Yves";RSVP=TRUE:mailto:p.castellani@azur-patrimoine-immo.fr
CLASS:PUBLIC
CREATED:20250422T163055Z
DESCRIPTION:Bonjour Chloé\,\n\nComme convenu lors de votre entretien\, nous vous accueillons pour une journée d'immersion à l'agence avant notre décision : vous m'accompagnerez sur deux visites et un rendez-vous d'estimation. Pierre-Yves vous recevra en fin de journée pour le point final.\n\nÀ jeudi\,\nSandrine Maurel-Costa\nAzur Patrimoine Immobilier\n
DTEND;VALUE=DATE:20250425
DTSTAMP:20250422T163055Z
DTSTART;VALUE=DATE:20250424
LAST-MODIFIED:20250422T163055Z
LOCATION:Azur Patrimoine Immobilier
ORGANIZER;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Journée d'immersion candidate négociatrice - Chloé Vasseur
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000D7F2A0E5B3B3DB01000000000000000010000000E0A4C8B2D6F1359B7C1E3A5D7F9B2C40
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "exam-jury-convocation",
        "jury-bts-pi-2025-E4-nice-0612-smc@ac-nice-examens.example",
        "user-as-interviewer-bts-exam-jury",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Division des Examens//Convocations Jurys//FR
METHOD:PUBLISH
""" + PARIS + r"""BEGIN:VEVENT
UID:jury-bts-pi-2025-E4-nice-0612-smc@ac-nice-examens.example
DTSTAMP:20250502T060000Z
DTSTART;TZID=Europe/Paris:20250612T080000
DTEND;TZID=Europe/Paris:20250612T170000
SUMMARY:Convocation jury - BTS Professions Immobilières - Épreuve E4 (oral)
DESCRIPTION:Madame Sandrine Maurel-Costa\, professionnelle du secteur\,\n\nVous êtes convoquée en qualité de membre de jury pour l'épreuve orale E4 « Communication professionnelle en français et en langue étrangère » du BTS Professions Immobilières\, session 2025.\n\nCentre d'examen : Lycée des Oliviers\, Nice\nAccueil des jurys : 8h00 (salle des professeurs)\n12 candidats par commission\, grilles d'évaluation fournies sur place.\n\nDivision des examens et concours
LOCATION:Lycée des Oliviers\, 5 chemin des Oliviers\, 06100 Nice
ORGANIZER;CN=Division des examens:mailto:dec-bts@ac-nice-examens.example
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=REQ-PARTICIPANT:mailto:sandrine.maurelcosta@laposte.net
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-apprentice-evaluation",
        "8s2dk6q0m4e9t1v5a3bhn7lrcq@google.com",
        "user-as-interviewer-apprentice-mid-term-evaluation",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250206T140000
DTEND;TZID=Europe/Paris:20250206T150000
DTSTAMP:20250129T094417Z
ORGANIZER;CN=Corinne Baldacci:mailto:c.baldacci@esi-azur.example
UID:8s2dk6q0m4e9t1v5a3bhn7lrcq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Corinne Baldacci;X-NUM-GUESTS=0:mailto:c.baldacci@esi-azur.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=s.maurel@azur-patrimoine-immo.fr;X-NUM-GUESTS=0:mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Manon Giraud;X-NUM-GUESTS=0:mailto:manon.giraud@etu.esi-azur.example
CREATED:20250129T094415Z
DESCRIPTION:Bonjour Madame Maurel-Costa\,\nEn tant que maître d'apprentissage de Manon\, je vous propose notre entretien de mi-parcours : vous évaluerez ses compétences en entreprise (grille jointe : prospection\, accueil\, visites\, rédaction d'annonces) et nous ferons le point sur ses objectifs.\nCorinne Baldacci\, tutrice pédagogique\, École Supérieure de l'Immobilier Azur\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement.
LAST-MODIFIED:20250129T094416Z
LOCATION:Azur Patrimoine Immobilier (visite en entreprise)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien mi-parcours alternance - Manon Giraud (BTS PI 1re année)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "job-dating-recruiter-stand",
        "3f7a2c91-e4d8-4b06-a5c3-8e1f9d2b7a60",
        "user-as-interviewer-job-dating-recruiter-stand",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + PARIS + r"""BEGIN:VEVENT
CREATED:20250305T182301Z
LAST-MODIFIED:20250305T182455Z
DTSTAMP:20250305T182455Z
UID:3f7a2c91-e4d8-4b06-a5c3-8e1f9d2b7a60
SUMMARY:Job dating alternance ESI Azur - stand Azur Patrimoine (je recrute)
DTSTART;TZID=Europe/Paris:20250402T133000
DTEND;TZID=Europe/Paris:20250402T173000
LOCATION:École Supérieure de l'Immobilier Azur\, Nice
DESCRIPTION:8 entretiens de 15 min avec des étudiants BTS PI / Bachelor pour notre alternant(e) de septembre. Prendre fiches d'éval + flyers agence. Retenir 2-3 profils pour 2e entretien avec P-Y.
CATEGORIES:Travail
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-phone-screen-candidate",
        "c81e5d2a-7b40-4f93-a6e1-0d3b9c5f2e74",
        "user-as-interviewer-phone-screen-hand-typed",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250317T090112Z
LAST-MODIFIED:20250317T090112Z
DTSTAMP:20250317T090112Z
UID:c81e5d2a-7b40-4f93-a6e1-0d3b9c5f2e74
SUMMARY:Tél candidat annonce négo - M. Dabrowski (CV HelloWork)
DTSTART:20250318T123000
DTEND:20250318T125000
DESCRIPTION:L'appeler au 06 39 98 60 52. Vérifier : carte T/attestation\, dispo\, véhicule\, prétentions. Si ok -> lui proposer entretien agence.
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "flatchr-interview-kit",
        "flatchr-event-9c02b7e4d1a5f368@flatchr.io",
        "user-as-interviewer-ats-interview-kit",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-event-9c02b7e4d1a5f368@flatchr.io
DTSTAMP:20250404T102744Z
DTSTART:20250409T150000Z
DTEND:20250409T154500Z
SUMMARY:Entretien : Yanis Haddad - Négociateur immobilier H/F (CDI)
DESCRIPTION:Bonjour Sandrine\,\n\nVous êtes intervenante sur l'entretien de Yanis Haddad pour l'offre « Négociateur immobilier H/F (CDI) » - Azur Patrimoine Immobilier.\n\nAvant l'entretien :\n- consultez le CV et la lettre du candidat : https://app.flatchr.io/company/azur-patrimoine/candidates/48213\n- kit d'entretien : 6 questions (prospection\, prise de mandat\, négociation\, suivi acquéreurs)\n\nAprès l'entretien : merci de remplir la fiche d'évaluation (note sur 5 et avis : Oui / Non / À revoir).\n\nPropulsé par Flatchr
LOCATION:Agence - bureau du fond
ORGANIZER;CN=Azur Patrimoine Immobilier (Flatchr):mailto:notifications@flatchr.io
ATTENDEE;CN=Sandrine Maurel-Costa;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:s.maurel@azur-patrimoine-immo.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ios-scorecard-reminder",
        "A2F6C9E0-3D17-4B85-9E4A-6C0B8D2F1E57",
        "user-as-interviewer-scorecard-deadline-all-day",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250409T191102Z
DTEND;VALUE=DATE:20250411
DTSTAMP:20250409T191105Z
DTSTART;VALUE=DATE:20250410
LAST-MODIFIED:20250409T191102Z
SEQUENCE:0
SUMMARY:Remplir fiches d'éval candidats négo (Flatchr) avant débrief
DESCRIPTION:Yanis H.\, Kevin M.\, Inès B. - notes + avis pour P-Y.
TRANSP:TRANSPARENT
UID:A2F6C9E0-3D17-4B85-9E4A-6C0B8D2F1E57
BEGIN:VALARM
X-WR-ALARMUID:6E1A9C3F-0B57-4D28-8F4E-2C7A5D9B3E10
UID:6E1A9C3F-0B57-4D28-8F4E-2C7A5D9B3E10
TRIGGER;VALUE=DATE-TIME:20250410T070000Z
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-hiring-debrief",
        "040000008200E00074C5B7101A82E00800000000E8A1C4F27DAADB01000000000000000010000000C3E7A1F5B9D2406E8A4C2F6B0D8E1A37",
        "user-as-interviewer-hiring-debrief",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Maurel, Sandrine";RSVP=TRUE:mailto:s.maurel@azur-patrimoine-immo.fr
CLASS:PUBLIC
CREATED:20250408T084119Z
DESCRIPTION:On fait le point sur les 3 candidats négociateurs vus cette semaine (Yanis\, Kevin\, Inès) : tes fiches d'éval\, les miennes\, et on décide qui on revoit / à qui on fait une proposition.\nP-Y\n
DTEND;TZID="Romance Standard Time":20250411T094500
DTSTAMP:20250408T084119Z
DTSTART;TZID="Romance Standard Time":20250411T091500
LAST-MODIFIED:20250408T084119Z
LOCATION:Bureau P-Y
ORGANIZER;CN="Castellani, Pierre-Yves":mailto:p.castellani@azur-patrimoine-immo.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Débrief recrutement négociateur
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E8A1C4F27DAADB01000000000000000010000000C3E7A1F5B9D2406E8A4C2F6B0D8E1A37
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-second-round-panel",
        "040000008200E00074C5B7101A82E008000000003B9E1D7C62B0DB0100000000000000001000000091D5F3A7C0E2B846A9C1E3F5D7B0A268",
        "user-as-interviewer-second-round-with-manager",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Castellani, Pierre-Yves":mailto:p.castellani@azur-patrimoine-immo.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camille.roux.immo@gmail.com:mailto:camille.roux.immo@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camille\,\n\nSuite à votre premier entretien avec Sandrine Maurel-Costa\, nous avons le plaisir de vous recevoir pour un second entretien pour le poste de négociatrice immobilière (CDI\, secteur Nice centre / Libération). Vous serez reçue par Sandrine et moi-même.\n\nPierre-Yves Castellani\nGérant - Azur Patrimoine Immobilier\n
UID:040000008200E00074C5B7101A82E008000000003B9E1D7C62B0DB0100000000000000001000000091D5F3A7C0E2B846A9C1E3F5D7B0A268
SUMMARY;LANGUAGE=fr-FR:2e entretien - Camille Roux (poste négociatrice)
DTSTART;TZID=Romance Standard Time:20250507T180000
DTEND;TZID=Romance Standard Time:20250507T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T170312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Azur Patrimoine Immobilier - bureau P-Y
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
    _neg(
        "ios-reference-check-caller",
        "F7C2A5E8-0B39-4D16-8A7E-5D1C3F9B2E04",
        "user-as-interviewer-reference-check-caller",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4.1//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250509T083018Z
DTEND;TZID=Europe/Paris:20250512T091500
DTSTAMP:20250509T083021Z
DTSTART;TZID=Europe/Paris:20250512T090000
LAST-MODIFIED:20250509T083018Z
SEQUENCE:0
SUMMARY:Appel réf. ancien employeur Camille Roux (M. Dalmasso\, agence Les Pins)
DESCRIPTION:Elle a donné son accord. Questions : nb de mandats/mois\, relation clients\, raison du départ\, la reprendrait-il ?
UID:F7C2A5E8-0B39-4D16-8A7E-5D1C3F9B2E04
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "indeed-employer-invite",
        "indeed-interview-e58c2a0d7f14b9@indeed.com",
        "user-as-interviewer-indeed-employer-side",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-e58c2a0d7f14b9@indeed.com
DTSTAMP:20250407T081133Z
DTSTART:20250410T080000Z
DTEND:20250410T083000Z
SUMMARY:Entretien avec Kevin Morel - Négociateur immobilier H/F
DESCRIPTION:Vous avez programmé un entretien vidéo avec Kevin Morel pour votre offre Négociateur immobilier H/F (Azur Patrimoine Immobilier\, Nice).\n\nRejoindre l'entretien en tant qu'employeur : https://employeurs.indeed.com/interviews/e58c2a0d7f14b9/host\n\nLe candidat a confirmé sa présence.\n\nGérer vos entretiens : https://employeurs.indeed.com/interviews
LOCATION:Indeed Interview (vidéo)
ORGANIZER;CN=Sandrine Maurel-Costa (Azur Patrimoine Immobilier):mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;CN=Kevin Morel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kevin.morel.pro@outlook.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-recruiter-arranged-client-interview",
        "040000008200E00074C5B7101A82E00800000000F4B8D2A06CA3DB01000000000000000010000000A6C0E4B8F2D1357E9B3D5F7A1C3E5B84",
        "user-as-interviewer-recruiter-arranged-client-side",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Reboul, Mathieu":mailto:m.reboul@immotalents-sud.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Arnaud Lesage:mailto:arnaud.lesage@sfr.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Sandrine\,\n\nJe vous confirme l'entretien avec M. Arnaud Lesage\, candidat que nous vous avons présenté pour le poste de négociateur immobilier. Son dossier complet (CV\, synthèse de notre entretien\, tests de personnalité) est en pièce jointe du mail précédent.\n\nMerci de me faire votre retour après l'entretien.\n\nMathieu Reboul\nImmo Talents Sud\n
UID:040000008200E00074C5B7101A82E00800000000F4B8D2A06CA3DB01000000000000000010000000A6C0E4B8F2D1357E9B3D5F7A1C3E5B84
SUMMARY;LANGUAGE=fr-FR:Entretien M. Arnaud Lesage / Azur Patrimoine Immobilier (candidat Immo Talents Sud)
DTSTART;TZID=W. Europe Standard Time:20250415T100000
DTEND;TZID=W. Europe Standard Time:20250415T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T114406Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Azur Patrimoine Immobilier\, 18 avenue des Citronniers\, Nice
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
    _neg(
        "google-assistant-candidate",
        "9a3et7q1k5m0s4d8b2vhl6rnco@google.com",
        "user-as-interviewer-assistante-commerciale-post",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250521T100000
DTEND;TZID=Europe/Paris:20250521T104500
DTSTAMP:20250516T110231Z
ORGANIZER;CN=Sandrine Maurel-Costa:mailto:sandrine.maurelcosta@laposte.net
UID:9a3et7q1k5m0s4d8b2vhl6rnco@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sandrine Maurel-Costa;X-NUM-GUESTS=0:mailto:sandrine.maurelcosta@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Fatou Diallo;X-NUM-GUESTS=0:mailto:fatou.diallo@laposte.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Nadia Cherki;X-NUM-GUESTS=0:mailto:n.cherki@azur-patrimoine-immo.fr
CREATED:20250516T110229Z
DESCRIPTION:Bonjour Madame Diallo\,\nJe vous confirme notre entretien pour le poste d'assistante commerciale / accueil (remplacement congé maternité de Nadia\, CDD 6 mois). Nadia se joindra à nous pour vous présenter le poste (logiciel de transaction\, gestion des clés\, prise de RDV visites).\nSandrine Maurel-Costa\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail\, car vous participez à cet événement.
LAST-MODIFIED:20250516T110230Z
LOCATION:Azur Patrimoine Immobilier\, 18 avenue des Citronniers\, Nice
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien poste assistante commerciale - Mme Fatou Diallo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "google-recurring-override",
        "1q7bk3e9m5t0s2d6a8vhr4lncg@google.com",
        "user-as-interviewer-recurring-slots-recurrence-id",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Agence - Sandrine
X-WR-TIMEZONE:Europe/Paris
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250423T140000
DTEND;TZID=Europe/Paris:20250423T160000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE
DTSTAMP:20250515T090000Z
UID:1q7bk3e9m5t0s2d6a8vhr4lncg@google.com
CREATED:20250414T160012Z
DESCRIPTION:Créneaux bloqués pour recevoir les candidats alternance (BTS PI / Bachelor) retenus au job dating. 30 min par candidat\, grille d'évaluation commune avec P-Y.
LAST-MODIFIED:20250428T081530Z
LOCATION:Agence - bureau du fond
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Créneaux entretiens candidats alternance
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250502T100000
DTEND;TZID=Europe/Paris:20250502T120000
DTSTAMP:20250515T090000Z
UID:1q7bk3e9m5t0s2d6a8vhr4lncg@google.com
RECURRENCE-ID;TZID=Europe/Paris:20250430T140000
CREATED:20250414T160012Z
DESCRIPTION:Déplacé au vendredi matin (mercredi : compromis Lopez). 3 candidats : Maëlle\, Sofiane\, Jade.
LAST-MODIFIED:20250428T081530Z
LOCATION:Agence - bureau du fond
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Créneaux entretiens candidats alternance (décalé)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "ms-bookings-staff",
        "040000008200E00074C5B7101A82E0080000000052F9D3B8E1B6DB01000000000000000010000000B8E2D6F0A4C3169D5B7F9E1A3C5D7F06",
        "user-as-interviewer-bookings-staff-title-has-her-name",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Azur Patrimoine - Recrutement:mailto:AzurPatrimoineRecrutement@azurpatrimoine.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Maurel, Sandrine":mailto:s.maurel@azur-patrimoine-immo.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Emma Lefort:mailto:emma.lefort@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Entretien de recrutement avec Sandrine Maurel-Costa (45 minutes)\nClient : Emma Lefort\nE-mail : emma.lefort@gmail.com\nTéléphone : 06 39 98 14 88\nMembre du personnel : Sandrine Maurel-Costa\n\nRéponses du client :\nPoste : Négociatrice immobilière junior\nExpérience : 1 an en location (agence à Antibes)\n\nMicrosoft Bookings\n
UID:040000008200E00074C5B7101A82E0080000000052F9D3B8E1B6DB01000000000000000010000000B8E2D6F0A4C3169D5B7F9E1A3C5D7F06
SUMMARY;LANGUAGE=fr-FR:Entretien de recrutement avec Sandrine Maurel-Costa - Emma Lefort
DTSTART;TZID=Romance Standard Time:20250604T113000
DTEND;TZID=Romance Standard Time:20250604T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T194422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Azur Patrimoine Immobilier\, 18 avenue des Citronniers\, 06000 Nice
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
    _neg(
        "ios-babysitter-interview",
        "D9E3B1F6-7A24-4C08-B5D2-8F0A6C4E1B73",
        "user-as-interviewer-babysitter-for-kids",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
""" + APPLE_PARIS + r"""BEGIN:VEVENT
CREATED:20250526T212047Z
DTEND;TZID=Europe/Paris:20250531T113000
DTSTAMP:20250526T212053Z
DTSTART;TZID=Europe/Paris:20250531T110000
LAST-MODIFIED:20250526T212047Z
LOCATION:Maison
SEQUENCE:0
SUMMARY:Entretien baby-sitter sortie d'école Léa - Clara (étudiante)
DESCRIPTION:Annonce Yoopies. Lui demander : dispo lundi-jeudi 16h30-19h\, permis ?\, expérience enfants 8 ans\, références. Marco sera là.
UID:D9E3B1F6-7A24-4C08-B5D2-8F0A6C4E1B73
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
]
