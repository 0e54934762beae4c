# ruff: noqa: E501
"""holdout223: the user's own interviews, part 2 (social-housing landlords and public employers)."""

from holdout223ev_tz import TZ_GOOGLE, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "archipel-tel",
        "040000008200E00074C5B7101A82E0080000000031A2B3C4D5E6DB010000000000000000100000004F5E6D7C8B9A0F1E2D3C4B5A69788796",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Roussel Anne-Sophie":mailto:as.roussel@archipel-habitat.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur\,\n\nVotre candidature au poste de Responsable d'opérations construction neuve (cadre d'emplois des ingénieurs / contractuel) a retenu notre attention. Je vous appellerai au 06 12 40 87 33 pour un entretien de présélection d'environ 30 minutes.\n\nAnne-Sophie Roussel\nService Ressources Humaines\nArchipel Habitat\n
UID:040000008200E00074C5B7101A82E0080000000031A2B3C4D5E6DB010000000000000000100000004F5E6D7C8B9A0F1E2D3C4B5A69788796
SUMMARY;LANGUAGE=fr-FR:Entretien de présélection téléphonique - RO construction neuve
DTSTART;TZID=Romance Standard Time:20250312T113000
DTEND;TZID=Romance Standard Time:20250312T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T150933Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="Archipel Habitat",
        role="Responsable d'opérations construction neuve",
        stage="recruiter_screen",
        who=("as.roussel@archipel-habitat.fr",),
        trap="bailleur-social-preselection-phone",
    ),
    ev(
        "archipel-jury",
        "040000008200E00074C5B7101A82E0080000000042B3C4D5E6F7DB010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Roussel Anne-Sophie":mailto:as.roussel@archipel-habitat.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lebreton Yannick":mailto:y.lebreton@archipel-habitat.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hervé Caroline":mailto:c.herve@archipel-habitat.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Salle du Conseil - 1er":mailto:salle.conseil@archipel-habitat.fr
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\,\n\nNous avons le plaisir de vous convier à un entretien devant un jury composé de :\n- M. Yannick Lebreton\, Directeur de la Maîtrise d'Ouvrage\n- Mme Caroline Hervé\, Responsable du service Construction\n- Mme Anne-Sophie Roussel\, Ressources Humaines\n\nL'entretien débutera par une présentation de votre parcours (10 min maximum).\n\nAdresse : 10 rue Jean Guy\, Rennes.\n
UID:040000008200E00074C5B7101A82E0080000000042B3C4D5E6F7DB010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
SUMMARY;LANGUAGE=fr-FR:Jury de recrutement - Responsable d'opérations - M. GARNIER
DTSTART;TZID=Romance Standard Time:20250328T140000
DTEND;TZID=Romance Standard Time:20250328T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T092210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Salle du Conseil - 1er
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="Archipel Habitat",
        role="Responsable d'opérations",
        stage="onsite",
        who=("y.lebreton@archipel-habitat.fr", "c.herve@archipel-habitat.fr", "as.roussel@archipel-habitat.fr"),
        trap="jury-de-recrutement-panel-bailleur",
    ),
    ev(
        "jury-territorial",
        "20250409-jury-ingterr-0417-garnier@rennesmetropole.fr",
        r"""
BEGIN:VCALENDAR
PRODID:-//Rennes Metropole//Convocations RH//FR
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:20250409-jury-ingterr-0417-garnier@rennesmetropole.fr
DTSTAMP:20250409T080000Z
DTSTART;VALUE=DATE:20250505
DTEND;VALUE=DATE:20250506
SUMMARY:Convocation jury - Ingénieur territorial - Direction du Patrimoine Bâti
DESCRIPTION:Objet : convocation à l'entretien de recrutement\n\nMonsieur Garnier\,\n\nSuite à l'examen de votre candidature au poste d'ingénieur territorial - chef de projet construction (Direction du Patrimoine Bâti\, réf. 2025-0417)\, vous êtes convoqué devant le jury de recrutement le lundi 5 mai 2025. L'heure de passage vous sera confirmée par téléphone la semaine précédente.\n\nLe jury sera composé de l'élu délégué\, du directeur du Patrimoine Bâti et d'un représentant de la DRH. Une mise en situation écrite de 30 minutes précédera l'oral.\n\nLieu : Hôtel de Rennes Métropole\, 4 avenue Henri Fréville\, Rennes.\n\nLe Service Recrutement et Mobilité
LOCATION:Hôtel de Rennes Métropole\, 4 avenue Henri Fréville\, Rennes
CLASS:PUBLIC
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        company="Rennes Métropole",
        role="ingénieur territorial - chef de projet construction",
        stage="onsite",
        trap="public-employer-jury-all-day-convocation",
    ),
    ev(
        "jury-heure",
        "F3D1A7B2-0C94-4E6B-9A21-77C5D0E8B1F6",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250429T161045Z
DTSTART;TZID=Europe/Paris:20250505T103000
DTEND;TZID=Europe/Paris:20250505T113000
DTSTAMP:20250429T161120Z
LAST-MODIFIED:20250429T161120Z
LOCATION:Hôtel de Rennes Métropole
SEQUENCE:0
SUMMARY:Jury RM 10h30 (écrit 10h)
DESCRIPTION:Confirmé par tél (Mme Bertho RH). Arriver 9h45. Costume.\nOral 20 min + questions. Préparer : marchés publics (MAPA/AO)\, loi MOP\, RE2020\, suivi OPC.
TRANSP:OPAQUE
UID:F3D1A7B2-0C94-4E6B-9A21-77C5D0E8B1F6
END:VEVENT
END:VCALENDAR
""",
        company="Rennes Métropole",
        stage="onsite",
        trap="self-typed-jury-time-tzid-no-vtimezone",
        crlf=False,
    ),
    ev(
        "webex-bmh",
        "9d4f11a0e26b4c1f8a3e5b7c2d0f6a18",
        r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meetings//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
UID:9d4f11a0e26b4c1f8a3e5b7c2d0f6a18
DTSTAMP:20250415T071122Z
DTSTART;TZID=Europe/Paris:20250422T140000
DTEND;TZID=Europe/Paris:20250422T150000
SUMMARY:Entretien - Chargé(e) d'opérations réhabilitation - BMH
ORGANIZER;CN=Gaëlle Quéméner:mailto:gaelle.quemener@bmh.fr
ATTENDEE;CN=thibault.garnier35@orange.fr;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Loïc Abgrall;RSVP=TRUE:mailto:loic.abgrall@bmh.fr
DESCRIPTION:Entretien avec Loïc Abgrall (Responsable du pôle Patrimoine) et Gaëlle Quéméner (RH).\n\nRejoindre la réunion Webex\nhttps://bmh.webex.com/bmh/j.php?MTID=m3a7c0f2b1e9d8c4a6f5e2d1c0b9a8f7e\nNuméro de réunion (code d'accès) : 2741 883 0192\nMot de passe de la réunion : Brest2025\n\nRejoindre par téléphone\n+33-1-7091-8646 France Toll\nCode d'accès : 274 188 30192
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        company="Brest métropole habitat",
        role="Chargé(e) d'opérations réhabilitation",
        who=("loic.abgrall@bmh.fr", "gaelle.quemener@bmh.fr"),
        trap="webex-bailleur-acronym-summary",
    ),
    ev(
        "nmh-gcal",
        "3hq0v2c5n1k8a4r9m6t7d2f0s1@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250423T093000
DTEND;TZID=Europe/Paris:20250423T103000
DTSTAMP:20250416T134402Z
ORGANIZER;CN=Recrutement NMH:mailto:recrutement@nmh.fr
UID:3hq0v2c5n1k8a4r9m6t7d2f0s1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr;X-NUM-GUESTS=0:mailto:thibault.garnier35@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Stéphane Mabon;X-NUM-GUESTS=0:mailto:s.mabon@nmh.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Recrutement NMH;X-NUM-GUESTS=0:mailto:recrutement@nmh.fr
DESCRIPTION:Rencontre avec Stéphane Mabon\, Directeur du Développement et de la Construction\, pour le poste de Responsable de programmes neufs.<br><br>Nantes Métropole Habitat – 26 place Rosa Parks\, Nantes (tram 1 Médiathèque).<br><br>Merci de confirmer votre présence.
LOCATION:26 place Rosa Parks\, 44000 Nantes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rencontre - Responsable de programmes neufs - M. Garnier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        company="Nantes Métropole Habitat",
        role="Responsable de programmes neufs",
        stage="hiring_manager",
        who=("s.mabon@nmh.fr",),
        trap="rencontre-word-shared-recruiting-mailbox-organizer",
    ),
    ev(
        "aiguillon-teams",
        "040000008200E00074C5B7101A82E0080000000053C4D5E6F7A8DB010000000000000000100000006B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="LE MOAL Erwan":mailto:e.lemoal@aiguillon.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nPour faire suite à votre candidature (Responsable de programmes – maîtrise d'ouvrage)\, je vous propose un entretien en visio.\n\nErwan Le Moal\nResponsable Construction\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nParticipez à partir de votre ordinateur\, de votre application mobile ou d'un appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk3YjA1ZDgtYzE0Yi00ZjQ2LWE0NDMtZTk1MTdjYjBlN2Rm%40thread.v2/0>\nID de réunion : 329 661 004 127\nCode secret : 7tQpLm\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000053C4D5E6F7A8DB010000000000000000100000006B7C8D9E0F1A2B3C4D5E6F7A8B9C0D1E
SUMMARY;LANGUAGE=fr-FR:Candidature RP MOA - T. Garnier
DTSTART;TZID=Romance Standard Time:20250319T120000
DTEND;TZID=Romance Standard Time:20250319T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T080102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="Aiguillon Construction",
        role="Responsable de programmes – maîtrise d'ouvrage",
        stage="hiring_manager",
        who=("e.lemoal@aiguillon.com",),
        trap="candidature-summary-teams-no-interview-word",
    ),
    ev(
        "chu-ingenieur",
        "CHU-RH-CONV-2025-118-GARNIER",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=thibault.garnier35@orange.fr;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN="Pasquier Bruno";ROLE=REQ-PARTICIPANT:mailto:bruno.pasquier@chu-rennes.fr
CLASS:PUBLIC
DESCRIPTION:Monsieur\,\n\nNous vous confirmons votre entretien pour le poste d'Ingénieur travaux (Direction des Travaux et de l'Ingénierie)\, avec M. Bruno Pasquier\, Ingénieur en chef\, et Mme Marie-Laure Tessier\, Direction des Ressources Humaines.\n\nLieu : site de Pontchaillou\, bâtiment administratif\, 2e étage.\n\nSecrétariat DTI\n
DTEND;TZID="Romance Standard Time":20250429T103000
DTSTAMP:20250417T120455Z
DTSTART;TZID="Romance Standard Time":20250429T093000
LOCATION:CHU Pontchaillou - bât. administratif
ORGANIZER;CN="Secretariat DTI":mailto:secretariat.dti@chu-rennes.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Entretien Ingénieur travaux DTI - M. Garnier
TRANSP:OPAQUE
UID:CHU-RH-CONV-2025-118-GARNIER
END:VEVENT
END:VCALENDAR
""",
        company="CHU de Rennes",
        role="Ingénieur travaux",
        stage="hiring_manager",
        who=("bruno.pasquier@chu-rennes.fr", "Marie-Laure Tessier"),
        trap="hospital-public-employer-secretariat-organizer",
    ),
    ev(
        "paris-habitat",
        "ParisHabitat-INT-43391-0ab1",
        r"""
BEGIN:VCALENDAR
PRODID:-//Beetween//Beetween ATS//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ParisHabitat-INT-43391-0ab1
DTSTAMP:20250506T141055Z
DTSTART:20250513T123000Z
DTEND:20250513T133000Z
SUMMARY:Paris Habitat - Entretien - Chef de projet Construction H/F
ORGANIZER;CN=Paris Habitat Recrutement:mailto:noreply@beetween.com
ATTENDEE;CN=Thibault GARNIER;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Bonjour Thibault GARNIER\,\n\nNous avons le plaisir de vous confirmer votre entretien pour l'offre "Chef de projet Construction H/F" (Direction de la Maîtrise d'Ouvrage).\n\nType : Entretien en visioconférence\nLien : https://meet.goto.com/418330925\nVous pouvez aussi appeler : +33 170 950 590 - Code d'accès : 418-330-925\n\nVos interlocuteurs : Sophie Marchal (Responsable de secteur MOA)\, Kader Benali (Chargé de recrutement)\n\nCordialement\,\nParis Habitat
LOCATION:GoTo Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Paris Habitat",
        role="Chef de projet Construction H/F",
        who=("Sophie Marchal", "Kader Benali"),
        trap="french-ats-goto-meeting-utc",
    ),
    ev(
        "espacil",
        "tt-interview-5512207-espacil@teamtailor.com",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-5512207-espacil@teamtailor.com
DTSTAMP:20250325T101512Z
DTSTART:20250331T140000Z
DTEND:20250331T144500Z
SUMMARY:Entretien avec Espacil Habitat
ORGANIZER;CN=Espacil Habitat:mailto:no-reply@teamtailor-mail.com
ATTENDEE;CN=Thibault Garnier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Clémence Bouvier;ROLE=REQ-PARTICIPANT:mailto:clemence.bouvier@espacil.com
DESCRIPTION:Bonjour Thibault\,\n\nMerci d'avoir réservé un créneau pour le poste de Responsable d'opérations.\n\nAvec : Clémence Bouvier\nDurée : 45 minutes\nVisio : https://meet.google.com/vrf-tbnd-kce\n\nBesoin de changer l'horaire ? https://espacil.teamtailor.com/interviews/5512207/reschedule
LOCATION:https://meet.google.com/vrf-tbnd-kce
END:VEVENT
END:VCALENDAR
""",
        company="Espacil Habitat",
        role="Responsable d'opérations",
        who=("clemence.bouvier@espacil.com",),
        trap="teamtailor-self-booked-meet",
    ),
    ev(
        "neotoa-note",
        "neotoa-rdv-20250410-tg",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:thibault.garnier35@orange.fr
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20250410T073000Z
DTEND:20250410T083000Z
DTSTAMP:20250402T200512Z
UID:neotoa-rdv-20250410-tg
CREATED:20250402T200512Z
DESCRIPTION:Néotoa\, rdv avec Mme Derrien (resp. service travaux) - poste conducteur d'opérations. Ils font bcp de réhab + neuf Fougères/Vitré. Salaire grille ESH\, voir RTT.
LAST-MODIFIED:20250402T200512Z
LOCATION:Néotoa\, Rennes
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RDV Néotoa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        company="Néotoa",
        role="conducteur d'opérations",
        who=("Mme Derrien",),
        trap="google-export-x-wr-timezone-terse-rdv",
    ),
    ev(
        "finistere-habitat",
        "ZOOM-88214470331-20250415",
        r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Paris
LAST-MODIFIED:20240422T053450Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZNAME:CEST
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:CET
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250409T152210Z
DTSTART;TZID=Europe/Paris:20250415T110000
DTEND;TZID=Europe/Paris:20250415T120000
SUMMARY:Finistère Habitat - entretien Conducteur d'opérations (Quimper)
UID:ZOOM-88214470331-20250415
TZID:Europe/Paris
DESCRIPTION:Ronan Kerbrat vous invite à une réunion Zoom planifiée.\n\nParticiper à la réunion Zoom\nhttps://us06web.zoom.us/j/88214470331?pwd=bWd4cXJ0a2V5cU9uR2xSZ1FvZz09\n\nID de réunion: 882 1447 0331\nCode secret: 512934\n\n---\n\nUne seule touche sur l'appareil mobile\n+33170379729\,\,88214470331#\,\,\,\,*512934# France\n
LOCATION:https://us06web.zoom.us/j/88214470331?pwd=bWd4cXJ0a2V5cU9uR2xSZ1FvZz09
ORGANIZER;CN=Ronan Kerbrat:mailto:r.kerbrat@finisterehabitat.fr
END:VEVENT
END:VCALENDAR
""",
        company="Finistère Habitat",
        role="Conducteur d'opérations",
        who=("r.kerbrat@finisterehabitat.fr",),
        trap="zoom-invite-organizer-is-interviewer",
    ),
    ev(
        "sncf-workday",
        "WD-INT-EVT-7f31c2a9b0d84e51a6c3",
        r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-EVT-7f31c2a9b0d84e51a6c3
DTSTAMP:20250512T090309Z
DTSTART:20250520T080000Z
DTEND:20250520T090000Z
SUMMARY:Interview - Chef de projet immobilier travaux H/F (R0045127) - GARNIER Thibault
ORGANIZER;CN=SNCF Talent:mailto:sncf@myworkday.com
ATTENDEE;CN=GARNIER Thibault;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Nathalie Ferrand:mailto:nathalie.ferrand@sncf.fr
ATTENDEE;CN=Olivier Blanchet:mailto:olivier.blanchet@sncf.fr
DESCRIPTION:Entretien pour la candidature : Chef de projet immobilier travaux H/F (R0045127) - SNCF Immobilier - Direction Immobilière Territoriale Ouest\n\nEntretien 1 : Nathalie Ferrand (Manager) - 09:00 - 09:30\nEntretien 2 : Olivier Blanchet (Responsable RH) - 09:30 - 10:00\n\nLieu : Microsoft Teams (lien envoyé séparément)
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="SNCF Immobilier",
        role="Chef de projet immobilier travaux H/F",
        stage="hiring_manager",
        who=("nathalie.ferrand@sncf.fr", "olivier.blanchet@sncf.fr"),
        trap="workday-back-to-back-interviews",
    ),
]
