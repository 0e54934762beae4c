# ruff: noqa: E501
"""holdout223: negatives with the user on the HIRING side at Bâtiments Armor Construction."""

from holdout223ev_tz import TZ_GOOGLE, TZ_ROMANCE, ev

H = {"hiring": True}

EVENTS = [
    ev(
        "rh-candidat",
        "040000008200E00074C5B7101A82E0080000000010203040506FDB0100000000000000001000000001A2B3C4D5E6F708192A3B4C5D6E7F80",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Salle Rance (RDC)":mailto:salle.rance@armor-construction.fr
DESCRIPTION;LANGUAGE=fr-FR:Thibault\,\n\nM. Le Bihan (CV ci-joint\, 12 ans GO\, actuellement chez un concurrent sur Saint-Malo) pour le poste de chef de chantier GO – chantier Bréquigny. Je ferai la partie RH (parcours\, rému\, dispo)\, toi la partie technique. Grille d'évaluation papier en salle.\n\nNadège\nRRH\n
UID:040000008200E00074C5B7101A82E0080000000010203040506FDB0100000000000000001000000001A2B3C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=fr-FR:Entretien M. Le Bihan - chef de chantier GO
DTSTART;TZID=Romance Standard Time:20250311T163000
DTEND;TZID=Romance Standard Time:20250311T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T102000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Rance (RDC)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-rh-invite-chef-de-chantier",
        **H,
    ),
    ev(
        "grille-eval",
        "040000008200E00074C5B7101A82E00800000000203040506A7BDB010000000000000000100000000A1B2C3D4E5F60718293A4B5C6D7E8F9",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Le Bihan / Cormier / Da Silva - remplir grille (savoir-faire\, sécurité\, encadrement\, lecture plans) et renvoyer à Nadège avant vendredi.
DTEND;TZID="Romance Standard Time":20250312T074500
DTSTAMP:20250311T184500Z
DTSTART;TZID="Romance Standard Time":20250312T071500
PRIORITY:5
SEQUENCE:0
SUMMARY:Grilles éval CDC à remplir
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000203040506A7BDB010000000000000000100000000A1B2C3D4E5F60718293A4B5C6D7E8F9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-grille-evaluation-block",
        **H,
    ),
    ev(
        "debrief-teams",
        "040000008200E00074C5B7101A82E008000000003040506A7B8CDB01000000000000000010000000B2C3D4E5F60718293A4B5C6D7E8F90A1",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="HAMON David":mailto:d.hamon@armor-construction.fr
DESCRIPTION;LANGUAGE=fr-FR:On tranche entre les 3 candidats chef de chantier (Le Bihan\, Cormier\, Da Silva). Merci d'avoir vos grilles.\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABc1%40thread.v2/0>\nID de la réunion : 311 902 118 774\nCode secret : 9pLk2s\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000003040506A7B8CDB01000000000000000010000000B2C3D4E5F60718293A4B5C6D7E8F90A1
SUMMARY;LANGUAGE=fr-FR:Débrief recrut. CDC GO
DTSTART;TZID=Romance Standard Time:20250314T130000
DTEND;TZID=Romance Standard Time:20250314T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-debrief-three-candidates",
        **H,
    ),
    ev(
        "reply-accepte",
        "040000008200E00074C5B7101A82E0080000000040506A7B8C9DDB01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F90A1B2",
        r"""
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250402T150000Z
DTEND:20250402T160000Z
DTSTAMP:20250328T201144Z
ORGANIZER;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
UID:040000008200E00074C5B7101A82E0080000000040506A7B8C9DDB01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F90A1B2
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Samuel Hamel;X-NUM-GUESTS=0:mailto:samuel.hamel.btp@gmail.com
CREATED:20250328T201144Z
DESCRIPTION:
LAST-MODIFIED:20250328T201144Z
LOCATION:Bâtiments Armor Construction\, 14 rue de la Mabilais\, Rennes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepté : Entretien poste conducteur de travaux - Armor Construction
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-accepted-reply",
        **H,
    ),
    ev(
        "proman-candidat",
        "proman-rennes-pres-20250318-cdc",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="GARNIER Thibault";RSVP=TRUE:mailto:t.garnier@armor-construction.fr
CLASS:PUBLIC
DESCRIPTION:Bonjour M. Garnier\,\n\nSuite à votre demande de chef d'équipe coffreur-bancheur pour le chantier de Bréquigny\, je vous présente M. Anthony Lucas (N3P2\, 8 ans d'expérience banches\, CACES R482 cat. B1). Je passe avec lui sur le chantier pour une présentation de 20 minutes avant démarrage de mission éventuel lundi.\n\nCordialement\,\nJessica Bouvier\nProman Rennes BTP\n
DTEND;TZID="Romance Standard Time":20250318T081500
DTSTAMP:20250317T160012Z
DTSTART;TZID="Romance Standard Time":20250318T075500
LOCATION:Base vie chantier Bréquigny
ORGANIZER;CN="Jessica Bouvier":mailto:rennes.btp@proman-emploi.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Présentation intérimaire chef d'équipe - A. Lucas
TRANSP:OPAQUE
UID:proman-rennes-pres-20250318-cdc
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-interim-agency-presents-worker",
        **H,
    ),
    ev(
        "bookings-host",
        "AAMkAGI2TGuLAAA=armor-bookings-alternance-0412",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Recrutement Armor Construction:mailto:RecrutementArmor@armorconstruction.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Entretien alternance – BTS Bâtiment / Licence pro (30 min)\nMembre du personnel : Thibault Garnier\nClient : Lucas Morvan\nE-mail du client : lucas.morvan22@gmail.com\nTéléphone : 07 81 22 09 14\nNotes du client : Je suis en 1re année BTS au lycée Joliot-Curie\, je cherche une alternance pour septembre.\n
UID:AAMkAGI2TGuLAAA=armor-bookings-alternance-0412
SUMMARY;LANGUAGE=fr-FR:Lucas Morvan - Entretien alternance
DTSTART;TZID=Romance Standard Time:20250416T170000
DTEND;TZID=Romance Standard Time:20250416T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250412T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Armor Construction - Rennes
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-bookings-staff-member-host",
        **H,
    ),
    ev(
        "job-dating-stand",
        "ft-jobdating-btp-35-20250522-armor",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Stand Armor avec Nadège (RH). On recrute : 2 coffreurs-bancheurs\, 1 chef d'équipe\, 1 grutier. Entretiens flash 10 min\, CV + fiche contact. Kakemono + plaquettes dans le coffre du Master.
DTEND;TZID="Romance Standard Time":20250522T170000
DTSTAMP:20250506T070000Z
DTSTART;TZID="Romance Standard Time":20250522T090000
LOCATION:Agence France Travail Rennes Sud
PRIORITY:5
SEQUENCE:0
SUMMARY:Job dating BTP France Travail - stand Armor
TRANSP:OPAQUE
UID:ft-jobdating-btp-35-20250522-armor
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-job-dating-recruiting-stand",
        **H,
    ),
    ev(
        "visite-candidat",
        "0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=samuel.hamel.btp@gmail.com;RSVP=TRUE:mailto:samuel.hamel.btp@gmail.com
ATTENDEE;CN="HAMON David";RSVP=TRUE:mailto:d.hamon@armor-construction.fr
CLASS:PUBLIC
DESCRIPTION:Bonjour Samuel\,\n\nComme évoqué lors de l'entretien\, je vous propose de venir voir le chantier des Prairies (48 logements\, second œuvre en cours) avant notre décision. RDV au portail\, je vous prête casque et gilet.\n\nThibault Garnier\nConducteur de travaux principal – Bâtiments Armor Construction\n
DTEND;TZID="Romance Standard Time":20250409T113000
DTSTAMP:20250403T170000Z
DTSTART;TZID="Romance Standard Time":20250409T100000
LOCATION:Chantier Les Prairies\, Pacé
ORGANIZER;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Visite chantier Les Prairies - S. Hamel
TRANSP:OPAQUE
UID:0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-site-visit-with-candidate",
        **H,
    ),
    ev(
        "journee-essai",
        "armor-essai-poulain-20250325",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Yannick Poulain (maçon N3) à l'essai avec l'équipe de Mickaël. Voir avec Mickaël en fin de journée : autonomie\, banches\, respect sécu. Prévoir EPI + accueil sécurité à 7h30.
DTSTART;VALUE=DATE:20250325
DTEND;VALUE=DATE:20250326
DTSTAMP:20250320T171500Z
LOCATION:Chantier Bréquigny
PRIORITY:5
SEQUENCE:0
SUMMARY:Essai Y. Poulain - maçon
TRANSP:TRANSPARENT
UID:armor-essai-poulain-20250325
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-trial-day-supervised-all-day",
        **H,
    ),
    ev(
        "stagiaires",
        "040000008200E00074C5B7101A82E008000000005060A7B8C9D0DB01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Salle Rance (RDC)":mailto:salle.rance@armor-construction.fr
DESCRIPTION;LANGUAGE=fr-FR:Stage assistant conducteur de travaux (ST2\, 4 mois dès juin) :\n14h00 Léa B. (ESTP)\n14h40 Hugo T. (INSA Rennes)\n15h20 Maxime R. (ESITC Caen)\nCVs dans le dossier partagé RH > Stages 2025.\n
UID:040000008200E00074C5B7101A82E008000000005060A7B8C9D0DB01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3
SUMMARY;LANGUAGE=fr-FR:Entretiens stagiaires ST2 (x3)
DTSTART;TZID=Romance Standard Time:20250402T140000
DTEND;TZID=Romance Standard Time:20250402T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250325T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle Rance (RDC)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-internship-candidates-block",
        **H,
    ),
    ev(
        "rappel-candidat",
        "7F2E9A01-C3B4-4D5E-8F60-1A2B3C4D5E6F",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250317T121000Z
DTSTART;TZID=Europe/Paris:20250318T123000
DTEND;TZID=Europe/Paris:20250318T124500
DTSTAMP:20250317T121020Z
LAST-MODIFIED:20250317T121020Z
SUMMARY:Rappeler Goulven (CDC)
DESCRIPTION:Vu ce matin : bon feeling\, solide en GO\, un peu juste en second œuvre. Demande 3200 net. Dispo sept ? Voir avec David si on peut monter.
SEQUENCE:0
UID:7F2E9A01-C3B4-4D5E-8F60-1A2B3C4D5E6F
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-self-notes-candidate-callback",
        crlf=False,
        **H,
    ),
    ev(
        "point-recrut",
        "armor-point-recrutement-hebdo-2025",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="GARNIER Thibault";RSVP=TRUE:mailto:t.garnier@armor-construction.fr
ATTENDEE;CN="HAMON David";RSVP=TRUE:mailto:d.hamon@armor-construction.fr
DESCRIPTION:Point hebdo postes ouverts travaux : CDC GO\, chef d'équipe\, CTX junior\, alternants. Suivi candidatures\, relances intérim\, tableau de bord.
DTSTART;TZID="Romance Standard Time":20250304T080000
DTEND;TZID="Romance Standard Time":20250304T083000
DTSTAMP:20250227T090000Z
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250701T060000Z
SEQUENCE:0
SUMMARY:Point recrutement travaux (RH/CTX/DT)
UID:armor-point-recrutement-hebdo-2025
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="GARNIER Thibault";RSVP=TRUE:mailto:t.garnier@armor-construction.fr
ATTENDEE;CN="HAMON David";RSVP=TRUE:mailto:d.hamon@armor-construction.fr
DESCRIPTION:Décalé au mercredi (OPR Les Ajoncs mardi matin).
DTSTART;TZID="Romance Standard Time":20250326T080000
DTEND;TZID="Romance Standard Time":20250326T083000
DTSTAMP:20250320T090000Z
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
RECURRENCE-ID;TZID="Romance Standard Time":20250325T080000
SEQUENCE:1
SUMMARY:Point recrutement travaux (RH/CTX/DT)
UID:armor-point-recrutement-hebdo-2025
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-weekly-recruitment-point-recurring-override",
        **H,
    ),
    ev(
        "retour-candidature",
        "armor-feedback-rault-ctx-20250408",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="GARNIER Thibault";RSVP=TRUE:mailto:t.garnier@armor-construction.fr
DESCRIPTION:Thibault\, peux-tu me faire ton retour écrit sur Mme Rault (conductrice de travaux\, vue mardi) ? Avis favorable / réservé / défavorable + 3 lignes\, j'ai le candidat à rappeler jeudi.\nMerci\, Nadège
DTSTART;TZID="Romance Standard Time":20250408T171500
DTEND;TZID="Romance Standard Time":20250408T173000
DTSTAMP:20250407T150000Z
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
SEQUENCE:0
SUMMARY:Retour avis - Mme Rault (CTX)
UID:armor-feedback-rault-ctx-20250408
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-written-feedback-request",
        **H,
    ),
    ev(
        "test-plans",
        "armor-test-plans-cde-20250429",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
DESCRIPTION:Test lecture de plans + métré pour les 2 candidats chef d'équipe (Cormier\, Da Silva). Sortir plans coffrage R+1 Bréquigny + fiche corrigé. 30 min chacun puis échange.
DTSTART;TZID="Romance Standard Time":20250429T070000
DTEND;TZID="Romance Standard Time":20250429T081500
DTSTAMP:20250424T190000Z
LOCATION:Bungalow chantier Bréquigny
SEQUENCE:0
SUMMARY:Test plans candidats CDE
UID:armor-test-plans-cde-20250429
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-practical-test-he-runs",
        **H,
    ),
    ev(
        "second-entretien",
        "040000008200E00074C5B7101A82E0080000000060A7B8C9D0E1DB01000000000000000010000000E5F60718293A4B5C6D7E8F90A1B2C3D4",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="HAMON David":mailto:d.hamon@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kévin Quéré:mailto:kevin.quere@hotmail.fr
DESCRIPTION;LANGUAGE=fr-FR:2e entretien M. Quéré (conducteur de travaux\, 6 ans chez un entreprise générale à Lorient). Thibault : mise en situation sur le planning des Prairies + gestion d'un sous-traitant défaillant. Décision dans la foulée.\n\nDavid Hamon\nDirecteur Travaux\n
UID:040000008200E00074C5B7101A82E0080000000060A7B8C9D0E1DB01000000000000000010000000E5F60718293A4B5C6D7E8F90A1B2C3D4
SUMMARY;LANGUAGE=fr-FR:2e entretien K. Quéré - conducteur de travaux
DTSTART;TZID=Romance Standard Time:20250423T160000
DTEND;TZID=Romance Standard Time:20250423T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T111100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Bureau DT
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-second-round-candidate-free-mail",
        **H,
    ),
    ev(
        "prise-references",
        "C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250424T064500Z
DTSTART;TZID=Europe/Paris:20250424T124500
DTEND;TZID=Europe/Paris:20250424T130000
DTSTAMP:20250424T064510Z
SUMMARY:Prise de réf. K. Quéré - appeler son ancien DT
DESCRIPTION:M. Guillerm 06 33 ** ** ** (ancien DT de Quéré). Demander : tenue budget\, relation sous-traitants\, pourquoi départ.
SEQUENCE:0
UID:C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-reference-check-on-candidate",
        crlf=False,
        **H,
    ),
    ev(
        "forum-ecole",
        "5bq7s0d3k9m1v2w4x6y8z0a2c4@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250213T130000
DTEND;TZID=Europe/Paris:20250213T180000
DTSTAMP:20250120T090000Z
ORGANIZER;CN=Forum Entreprises INSA Rennes:mailto:forum.entreprises@insa-rennes.fr
UID:5bq7s0d3k9m1v2w4x6y8z0a2c4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=t.garnier@armor-construction.fr:mailto:t.garnier@armor-construction.fr
DESCRIPTION:Merci de votre participation au Forum Entreprises 2025. Votre stand : B14 (Bâtiments Armor Construction). Des créneaux d'entretiens de 15 min avec les étudiants (stages\, alternance\, premiers emplois) vous seront transmis la veille.
LOCATION:INSA Rennes - Hall du bâtiment 8
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Forum Entreprises INSA Rennes - stand Armor Construction
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-school-forum-stand-with-slots",
        **H,
    ),
    ev(
        "cafe-coopte",
        "armor-cafe-erwan-coopt-20250319",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//FR
BEGIN:VEVENT
UID:armor-cafe-erwan-coopt-20250319
DTSTAMP:20250317T183000Z
DTSTART:20250319T163000
DTEND:20250319T171500
SUMMARY:Café Erwan (coopté par Mika) - CDC
LOCATION:Bar Le Chantier\, Saint-Grégoire
DESCRIPTION:Cousin de Mickaël\, chef de chantier chez un concurrent. Lui présenter Armor + voir s'il est chaud pour Bréquigny. Prime cooptation si embauche.
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-referral-coffee-with-prospect",
        crlf=False,
        **H,
    ),
    ev(
        "visio-candidat",
        "040000008200E00074C5B7101A82E0080000000070B8C9D0E1F2DB01000000000000000010000000F60718293A4B5C6D7E8F90A1B2C3D4E5",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="GARNIER Thibault":mailto:t.garnier@armor-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.diallo@yahoo.fr:mailto:florian.diallo@yahoo.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Florian\,\n\nComme convenu au téléphone\, un premier échange en visio pour le poste de chef de chantier VRD/gros œuvre.\n\nThibault Garnier\nBâtiments Armor Construction\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qz77%40thread.v2/0>\nID de la réunion : 388 210 445 671\nCode secret : aB3k9Q\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000070B8C9D0E1F2DB01000000000000000010000000F60718293A4B5C6D7E8F90A1B2C3D4E5
SUMMARY;LANGUAGE=fr-FR:Echange visio - poste chef de chantier VRD/GO
DTSTART;TZID=Romance Standard Time:20250507T180000
DTEND;TZID=Romance Standard Time:20250507T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-teams-to-candidate-free-mail",
        **H,
    ),
    ev(
        "binome-rh",
        "armor-binome-entretiens-rh-20250521",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="GARNIER Thibault";RSVP=TRUE:mailto:t.garnier@armor-construction.fr
ATTENDEE;CN="LORANT Baptiste";RSVP=TRUE:mailto:b.lorant@armor-construction.fr
DESCRIPTION:Baptiste (CTX depuis janvier) assiste en observateur aux entretiens de Thibault avec les candidats compagnons du jour\, pour se former avant de mener les siens. Debrief à 11h30 sur la grille.
DTSTART;TZID="Romance Standard Time":20250521T090000
DTEND;TZID="Romance Standard Time":20250521T120000
DTSTAMP:20250514T100000Z
ORGANIZER;CN="PELLETIER Nadège":mailto:n.pelletier@armor-construction.fr
SEQUENCE:0
SUMMARY:Binôme entretiens compagnons - TG + B. Lorant (observateur)
UID:armor-binome-entretiens-rh-20250521
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-colleague-shadows-his-interviews",
        **H,
    ),
]
