# ruff: noqa: E501
"""holdout223: the user's own interviews, part 1 (contractors; the cabinet's promoteur)."""

from holdout223ev_tz import TZ_APPLE, TZ_GOOGLE, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "cabinet-screen",
        "1k7q2v9d0rj3s5t6m8n4bca2lp@google.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + TZ_GOOGLE
        + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250318T123000
DTEND;TZID=Europe/Paris:20250318T131500
DTSTAMP:20250314T161204Z
ORGANIZER;CN=Sandrine Le Gall:mailto:s.legall@kerlann-conseil.fr
UID:1k7q2v9d0rj3s5t6m8n4bca2lp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sandrine Le Gall;X-NUM-GUESTS=0:mailto:s.legall@kerlann-conseil.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thibault.garnier35@orange.fr;X-NUM-GUESTS=0:mailto:thibault.garnier
 35@orange.fr
X-GOOGLE-CONFERENCE:https://meet.google.com/qdw-kzpe-hsn
CREATED:20250314T161203Z
DESCRIPTION:Bonjour Thibault\,\n\nSuite à notre premier échange\, mon clien
 t a donné son accord pour que je vous communique son nom : il s'agit du Gro
 upe Giboire\, pour le poste de Directeur de Travaux H/F (promotion résident
 ielle\, Rennes).\n\nJe vous propose ce créneau pour reprendre votre parcour
 s en détail (opérations menées\, volumes\, management des équipes) avant pr
 ésentation de votre candidature.\n\nBien à vous\,\nSandrine Le Gall\nConsul
 tante BTP & Immobilier – Kerlann Conseil\n06 71 22 48 90\n\n-::~:~::~:~:~:~
 :~:~:~:~:~:~:~:~::~:~::-\nRejoindre avec Google Meet : https://meet.google.
 com/qdw-kzpe-hsn\nOu appeler le : (FR) +33 1 87 40 31 56 PIN : 418 227 903#
 \n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250314T161204Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thibault Garnier <> Kerlann Conseil - point candidature DT
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        company="Groupe Giboire",
        role="Directeur de Travaux H/F",
        stage="recruiter_screen",
        who=("s.legall@kerlann-conseil.fr",),
        trap="cabinet-btp-screen-client-named-in-description",
    ),
    ev(
        "promoteur-outlook",
        "040000008200E00074C5B7101A82E00800000000B03C7F1E5A9CDB01000000000000000010000000D41E5F6C2A0B7C4E8F1A2B3C4D5E6F70",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="Morvan, Philippe";SENT-BY="mailto:secretariat.direction@giboire.com":mailto:p.morvan@giboire.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Collin, Hélène":mailto:h.collin@giboire.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="SIEGE - Salle Vilaine (8p)":mailto:salle.vilaine@giboire.com
DESCRIPTION;LANGUAGE=fr-FR:Monsieur\,\n\nPhilippe Morvan\, Directeur technique\, vous recevra au siège pour un entretien. Hélène Collin (Ressources Humaines) se joindra à vous si son agenda le permet.\n\nMerci de vous présenter à l'accueil\, 3e étage. Parking visiteurs niveau -1.\n\nCordialement\,\nCatherine Hamon\nAssistante de Direction\n
UID:040000008200E00074C5B7101A82E00800000000B03C7F1E5A9CDB01000000000000000010000000D41E5F6C2A0B7C4E8F1A2B3C4D5E6F70
SUMMARY;LANGUAGE=fr-FR:Entretien M. Garnier - Direction Technique
DTSTART;TZID=Romance Standard Time:20250403T100000
DTEND;TZID=Romance Standard Time:20250403T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T083512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:SIEGE - Salle Vilaine (8p)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        company="Groupe Giboire",
        stage="hiring_manager",
        who=("p.morvan@giboire.com", "h.collin@giboire.com"),
        trap="outlook-sent-by-assistant-room-resource",
    ),
    ev(
        "phone-typed",
        "8E1D4C2A-77F0-4B19-A3C5-2D90F61B7E44",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
"""
        + TZ_APPLE
        + r"""BEGIN:VEVENT
CREATED:20250409T191533Z
DTEND;TZID=Europe/Paris:20250415T183000
DTSTAMP:20250409T191602Z
DTSTART;TZID=Europe/Paris:20250415T170000
LAST-MODIFIED:20250409T191602Z
LOCATION:Giboire siège\, Rennes
SEQUENCE:0
SUMMARY:Giboire 2e tour DG
DESCRIPTION:Avec Y. Rouxel (DG) + Mme Collin DRH\nApporter book chantiers + photos résidence Horizon\nQuestions : nb opé/an\, VF\, 13e mois\, périmètre Nantes ?\nNe pas lâcher sur le fixe < 72
TRANSP:OPAQUE
UID:8E1D4C2A-77F0-4B19-A3C5-2D90F61B7E44
BEGIN:VALARM
X-WR-ALARMUID:2B8F0C11-6E1A-4D0B-9A55-3F6C2E7D8A10
UID:2B8F0C11-6E1A-4D0B-9A55-3F6C2E7D8A10
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        company="Groupe Giboire",
        stage="final",
        who=("Y. Rouxel", "Mme Collin"),
        trap="self-typed-second-round-abbreviated",
        crlf=False,
    ),
    ev(
        "taleo-phone",
        "TALEO-INT-25000KS7-SCH-3391042",
        r"""
BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Scheduling Center 21//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-INT-25000KS7-SCH-3391042
DTSTAMP:20250305T094410Z
DTSTART:20250311T080000Z
DTEND:20250311T083000Z
SUMMARY:Entretien téléphonique - Directeur de Travaux Bâtiment H/F (25000KS7)
ORGANIZER;CN=VINCI Construction - Recrutement:mailto:vinci-recrutement@invalidemail.taleo.net
ATTENDEE;CN=Thibault Garnier;RSVP=FALSE:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Bonjour Thibault Garnier\,\n\nNous vous confirmons votre entretien téléphonique pour le poste Directeur de Travaux Bâtiment H/F (référence 25000KS7) - Nantes (44).\n\nVous serez appelé(e) par Claire Besnard\, Chargée de recrutement\, au numéro renseigné dans votre profil candidat.\n\nPour toute modification\, merci de répondre via votre espace candidat.\n\nCet e-mail est généré automatiquement\, merci de ne pas y répondre.
LOCATION:Entretien téléphonique
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        company="VINCI Construction",
        role="Directeur de Travaux Bâtiment H/F",
        stage="recruiter_screen",
        who=("Claire Besnard",),
        trap="taleo-phone-screen-utc-name-in-body",
    ),
    ev(
        "directeur-agence",
        "040000008200E00074C5B7101A82E008000000004057A6D11E9EDB010000000000000000100000009F0E2D7B8C4A1E4B92C3D5E6F7A8B9C1",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="LEFEUVRE Antoine":mailto:antoine.lefeuvre@vinci-construction.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="BESNARD Claire":mailto:claire.besnard@vinci-construction.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Garnier\,\n\nComme convenu avec Claire\, je vous propose de nous rencontrer à l'agence pour échanger sur le poste de Directeur de Travaux et sur nos opérations en cours (logements collectifs et tertiaire sur la métropole nantaise).\n\nAdresse : 4 rue du Charron\, 44800 Saint-Herblain – badge à l'accueil.\n\nA jeudi\,\nAntoine Lefeuvre\nDirecteur d'agence Bâtiment Nantes\n
UID:040000008200E00074C5B7101A82E008000000004057A6D11E9EDB010000000000000000100000009F0E2D7B8C4A1E4B92C3D5E6F7A8B9C1
SUMMARY;LANGUAGE=fr-FR:Entretien avec le directeur d'agence - T. Garnier
DTSTART;TZID=Romance Standard Time:20250327T140000
DTEND;TZID=Romance Standard Time:20250327T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T171102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Agence Nantes - Saint-Herblain
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        company="VINCI Construction",
        role="Directeur de Travaux",
        stage="hiring_manager",
        who=("antoine.lefeuvre@vinci-construction.fr", "claire.besnard@vinci-construction.fr"),
        trap="directeur-agence-interview-outlook",
    ),
    ev(
        "teams-rh",
        "040000008200E00074C5B7101A82E00800000000E0A1B2C3D49BDB01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="GUILLOU Maelle":mailto:m.guillou@bouygues-construction.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Thibault\,\n\nJe vous propose un premier échange en visio autour de votre candidature au poste de Directeur de Travaux H/F – Rennes.\n\nMaëlle Guillou\nChargée de recrutement – Bouygues Bâtiment Grand Ouest\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE2ZjY0ZTctMzBhNi00Y2E3LWIxZjYtZDk4OTlkOWM5ZGQ2%40thread.v2/0?context=%7b%22Tid%22%3a%2211b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d%22%7d>\nID de la réunion : 374 118 902 556\nCode secret : Xg7kP2\nTélécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nAppeler (audio uniquement)\n+33 1 70 37 16 51\,\,482019334# France\, Paris\nID de conférence téléphonique : 482 019 334#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E0A1B2C3D49BDB01000000000000000010000000AA11BB22CC33DD44EE55FF6600778899
SUMMARY;LANGUAGE=fr-FR:Echange RH - Directeur de Travaux H/F - BBGO Rennes
DTSTART;TZID=Romance Standard Time:20250306T173000
DTEND;TZID=Romance Standard Time:20250306T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T100256Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE2ZjY0ZTctMzBhNi00Y2E3LWIxZjYtZDk4OTlkOWM5ZGQ2%40thread.v2/0?context=%7b%22Tid%22%3a%2211b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d%22%7d
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:m.guillou@bouygues-construction.com\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NGE2ZjY0ZTctMzBhNi00Y2E3LWIxZjYtZDk4OTlkOWM5ZGQ2-thread.v2
END:VEVENT
END:VCALENDAR
""",
        company="Bouygues Bâtiment Grand Ouest",
        role="Directeur de Travaux H/F",
        stage="recruiter_screen",
        who=("m.guillou@bouygues-construction.com",),
        trap="teams-rh-first-call-acronym-company",
    ),
    ev(
        "visite-chantier",
        "040000008200E00074C5B7101A82E00800000000F1C2D3E4A59BDB01000000000000000010000000BB22CC33DD44EE55FF66007788990A",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="TANGUY Frederic":mailto:f.tanguy@bouygues-construction.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GUILLOU Maelle":mailto:m.guillou@bouygues-construction.com
DESCRIPTION;LANGUAGE=fr-FR:Thibault\,\n\nSuite à notre échange de la semaine dernière\, je vous propose de poursuivre sur le terrain : visite de l'opération Beausoleil (92 logements + commerces en RDC\, GO en cours R+4\, démarrage second œuvre en juin).\n\nRDV à la base vie\, entrée chantier rue de la Rigourdière. EPI fournis (casque\, gilet) – prévoir vos chaussures de sécu.\n\nOn prendra le temps de discuter du poste et de l'équipe ensuite au bungalow.\n\nFrédéric Tanguy\nDirecteur de Travaux Principal\n
UID:040000008200E00074C5B7101A82E00800000000F1C2D3E4A59BDB01000000000000000010000000BB22CC33DD44EE55FF66007788990A
SUMMARY;LANGUAGE=fr-FR:Visite chantier Beausoleil - Cesson - T. Garnier
DTSTART;TZID=Romance Standard Time:20250320T073000
DTEND;TZID=Romance Standard Time:20250320T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T182240Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Chantier Beausoleil\, rue de la Rigourdière\, Cesson-Sévigné
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="Bouygues Bâtiment Grand Ouest",
        stage="onsite",
        who=("f.tanguy@bouygues-construction.com",),
        trap="visite-de-chantier-with-future-boss-as-selection",
    ),
    ev(
        "final-dr",
        "040000008200E00074C5B7101A82E008000000000D1E2F3A4B5CDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="PRIGENT Denis";SENT-BY="mailto:a.lemoine@bouygues-construction.com":mailto:d.prigent@bouygues-construction.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TANGUY Frederic":mailto:f.tanguy@bouygues-construction.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="RENNES-Atalante-Salle Iroise":mailto:rennes.iroise@bouygues-construction.com
DESCRIPTION;LANGUAGE=fr-FR:Entretien final avec Denis Prigent\, Directeur Régional\, en présence de Frédéric Tanguy.\n\nAudrey Lemoine pour Denis Prigent\n
UID:040000008200E00074C5B7101A82E008000000000D1E2F3A4B5CDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900
SUMMARY;LANGUAGE=fr-FR:Entretien final - M. Garnier / D. Prigent
DTSTART;TZID=Romance Standard Time:20250401T110000
DTEND;TZID=Romance Standard Time:20250401T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T090011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:RENNES-Atalante-Salle Iroise
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117339021
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="Bouygues Bâtiment Grand Ouest",
        stage="final",
        who=("d.prigent@bouygues-construction.com", "f.tanguy@bouygues-construction.com"),
        trap="final-round-sent-by-assistant-original",
    ),
    ev(
        "final-moved",
        "040000008200E00074C5B7101A82E008000000000D1E2F3A4B5CDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="PRIGENT Denis";SENT-BY="mailto:a.lemoine@bouygues-construction.com":mailto:d.prigent@bouygues-construction.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TANGUY Frederic":mailto:f.tanguy@bouygues-construction.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="RENNES-Atalante-Salle Iroise":mailto:rennes.iroise@bouygues-construction.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour\,\n\nM. Prigent étant retenu en comité de direction le 1er avril\, nous décalons l'entretien au lundi 7 avril même heure. Merci de nous confirmer.\n\nEntretien final avec Denis Prigent\, Directeur Régional\, en présence de Frédéric Tanguy.\n\nAudrey Lemoine pour Denis Prigent\n
UID:040000008200E00074C5B7101A82E008000000000D1E2F3A4B5CDB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900
SUMMARY;LANGUAGE=fr-FR:Mis à jour : Entretien final - M. Garnier / D. Prigent
DTSTART;TZID=Romance Standard Time:20250407T110000
DTEND;TZID=Romance Standard Time:20250407T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T141530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-FR:RENNES-Atalante-Salle Iroise
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2117339021
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="Bouygues Bâtiment Grand Ouest",
        stage="final",
        who=("d.prigent@bouygues-construction.com", "f.tanguy@bouygues-construction.com"),
        trap="final-round-rescheduled-same-uid-sequence-1",
    ),
    ev(
        "successfactors",
        "SF-INTSCHED-eiffageP1-7782331-1",
        r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTSCHED-eiffageP1-7782331-1
DTSTAMP:20250321T132210Z
DTSTART;TZID=Europe/Paris:20250402T090000
DTEND;TZID=Europe/Paris:20250402T100000
SUMMARY:Entretien : Directeur de Travaux Gros Œuvre H/F - Rennes (REQ 7782331)
ORGANIZER;CN=Eiffage Recrutement:mailto:noreply@successfactors.eu
ATTENDEE;CN=Thibault Garnier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Hervé Kerjean;ROLE=REQ-PARTICIPANT:mailto:herve.kerjean@eiffage.com
DESCRIPTION:Bonjour Thibault\,\n\nVotre entretien pour le poste Directeur de Travaux Gros Œuvre H/F - Rennes est confirmé.\n\nDate : mercredi 2 avril 2025\nHeure : 09:00 - 10:00 (Europe/Paris)\nLieu : Eiffage Construction Bretagne\, 9 rue de la Frébardière\, 35510 Cesson-Sévigné\nInterlocuteur : Hervé Kerjean\, Directeur de Travaux\n\nMerci de vous munir d'une pièce d'identité.\n\nL'équipe Recrutement Eiffage
LOCATION:Eiffage Construction Bretagne - Cesson-Sévigné
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        company="Eiffage Construction Bretagne",
        role="Directeur de Travaux Gros Œuvre H/F",
        stage="hiring_manager",
        who=("herve.kerjean@eiffage.com",),
        trap="successfactors-tzid-without-vtimezone",
    ),
    ev(
        "etude-de-cas",
        "SF-INTSCHED-eiffageP1-7782331-2",
        r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTSCHED-eiffageP1-7782331-2
DTSTAMP:20250407T155003Z
DTSTART:20250414T120000Z
DTEND:20250414T140000Z
SUMMARY:Étude de cas et restitution - Directeur de Travaux Gros Œuvre H/F
ORGANIZER;CN=Eiffage Recrutement:mailto:noreply@successfactors.eu
ATTENDEE;CN=Thibault Garnier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
DESCRIPTION:Bonjour Thibault\,\n\nSuite à votre premier entretien\, nous vous invitons à la seconde étape du processus :\n- 45 min de préparation sur table : analyse d'un dossier d'opération (planning TCE\, bilan de chantier à date\, 3 situations de sous-traitants à arbitrer)\n- 30 min de restitution devant Hervé Kerjean (Directeur de Travaux) et Anne Piriou (RRH)\n- 15 min d'échanges\n\nCalculatrice autorisée\, pas d'ordinateur.\n\nL'équipe Recrutement Eiffage
LOCATION:Eiffage Construction Bretagne - Cesson-Sévigné\, salle Bréhat
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        company="Eiffage Construction Bretagne",
        role="Directeur de Travaux Gros Œuvre H/F",
        stage="technical",
        who=("Hervé Kerjean", "Anne Piriou"),
        trap="etude-de-cas-sur-table-second-step",
    ),
    ev(
        "interim-qualif",
        "a3f10c2e-55d7-4e0b-8bd1-0c6a9e2f7b31",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=thibault.garnier35@orange.fr;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
CLASS:PUBLIC
CREATED:20250402T074510Z
DESCRIPTION:Bonjour M. Garnier\,\n\nComme indiqué au téléphone ce matin\, je vous rappelle jeudi pour faire le point sur la mission :\n- Client : MARC SA\, Brest (chantier tertiaire + 60 logements\, Brest Rive Droite)\n- Poste : Conducteur de travaux principal / remplacement congé longue durée\n- Durée : 6 mois renouvelable\, démarrage mi-mai\n- Taux horaire + IFM/ICP + grand déplacement possible\n\nJe vous poserai quelques questions sur vos dernières opérations pour présenter votre profil au client.\n\nBien cordialement\,\nKévin Le Roux\nChargé d'affaires BTP – Adéquat Brest\n02 98 41 ** **\n
DTEND;TZID="Romance Standard Time":20250403T094500
DTSTAMP:20250402T074510Z
DTSTART;TZID="Romance Standard Time":20250403T093000
LAST-MODIFIED:20250402T074510Z
LOCATION:Tél
ORGANIZER;CN="Kevin Le Roux":mailto:k.leroux@groupeadequat.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr:Qualif tél. mission CTX - client MARC Brest
TRANSP:OPAQUE
UID:a3f10c2e-55d7-4e0b-8bd1-0c6a9e2f7b31
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        company="Marc SA",
        role="Conducteur de travaux principal",
        stage="recruiter_screen",
        who=("k.leroux@groupeadequat.fr",),
        trap="interim-agency-qualif-mission-client-named",
    ),
    ev(
        "smartrecruiters",
        "sr-int-6f2a9b11d4c0e7a8@smartrecruiters.com",
        r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:sr-int-6f2a9b11d4c0e7a8@smartrecruiters.com
DTSTAMP:20250408T102233Z
DTSTART:20250416T073000Z
DTEND:20250416T083000Z
SUMMARY:Interview: Directeur de travaux (H/F) - Spie batignolles grand ouest
ORGANIZER;CN=Spie batignolles:mailto:calendar-notification@smartrecruiters.com
ATTENDEE;CN=Thibault Garnier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Gwenaël Morin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gwenael.morin@spiebatignolles.fr
ATTENDEE;CN=Soizic Allain;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:soizic.allain@spiebatignolles.fr
DESCRIPTION:Bonjour Thibault\,\n\nVous êtes invité(e) à un entretien pour le poste Directeur de travaux (H/F) – Saint-Jacques-de-la-Lande.\n\nParticipants :\nGwenaël Morin – Directeur d'exploitation\nSoizic Allain – Responsable RH\n\nLieu : Spie batignolles grand ouest\, 7 rue Jules Vallès\, 35136 Saint-Jacques-de-la-Lande\n\nPowered by SmartRecruiters
LOCATION:Spie batignolles grand ouest\, Saint-Jacques-de-la-Lande
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        company="Spie batignolles grand ouest",
        role="Directeur de travaux (H/F)",
        stage="hiring_manager",
        who=("gwenael.morin@spiebatignolles.fr", "soizic.allain@spiebatignolles.fr"),
        trap="smartrecruiters-english-summary-french-body",
    ),
    ev(
        "desktop-typed",
        "20250425T191207Z-4471-TG@thunderbird",
        r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250425T191207Z
LAST-MODIFIED:20250425T191312Z
DTSTAMP:20250425T191312Z
UID:20250425T191207Z-4471-TG@thunderbird
SUMMARY:Spie bat - 2nd rdv dir. régionale
DTSTART:20250506T160000
DTEND:20250506T173000
LOCATION:St Jacques
DESCRIPTION:G. Morin + le DR (M. Caradec). Ils veulent parler package et d
 ate de dispo -> préavis 3 mois\, voir si rachat possible.\nRelire notes 1er
  rdv.
END:VEVENT
END:VCALENDAR
""",
        company="Spie batignolles grand ouest",
        stage="final",
        who=("G. Morin", "M. Caradec"),
        trap="self-typed-floating-second-meeting-no-interview-word",
        crlf=False,
    ),
    ev(
        "calendly-call",
        "b7e2c4a1-9f3d-4c8e-a0b5-1d2e3f4a5b6c",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20250311T204410Z
UID:b7e2c4a1-9f3d-4c8e-a0b5-1d2e3f4a5b6c
DTSTART:20250313T121500Z
DTEND:20250313T124500Z
SUMMARY:Echange téléphonique (30 min) entre Nolwenn Cadiou et Thibault Garnier
ORGANIZER;CN=Nolwenn Cadiou:mailto:n.cadiou@leongrosse.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Thibault Garnier:mailto:thibault.garnier35@orange.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nolwenn Cadiou:mailto:n.cadiou@leongrosse.fr
DESCRIPTION:Nom de l'événement : Echange téléphonique (30 min)\n\nNolwenn Cadiou vous appellera au : +33 6 42 18 77 05\n\nQuestions :\nPoste visé : Directeur de travaux – agence Brest\nDisponibilité : préavis 3 mois\n\nLéon Grosse – Talent Acquisition Grand Ouest\n\nVoir l'événement dans Calendly : https://calendly.com/events/b7e2c4a1-9f3d-4c8e-a0b5-1d2e3f4a5b6c\n\nBesoin de modifier ? Annuler : https://calendly.com/cancellations/b7e2c4a1\nReprogrammer : https://calendly.com/reschedulings/b7e2c4a1\n\nPropulsé par Calendly.com
LOCATION:+33 6 42 18 77 05
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Léon Grosse",
        role="Directeur de travaux",
        stage="recruiter_screen",
        who=("n.cadiou@leongrosse.fr",),
        trap="calendly-phone-call-employer-in-description",
    ),
    ev(
        "flatchr-visio",
        "flatchr-interview-9c1e04f7b2@flatchr.io",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Agenda//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:flatchr-interview-9c1e04f7b2@flatchr.io
DTSTAMP:20250410T081530Z
DTSTART:20250417T150000Z
DTEND:20250417T160000Z
SUMMARY:Rendez-vous visio - Directeur de travaux H/F - Paris (75) - Thibault Garnier
ORGANIZER;CN=Demathieu Bard via Flatchr:mailto:no-reply@flatchr.io
ATTENDEE;CN=Thibault Garnier;RSVP=TRUE:mailto:thibault.garnier35@orange.fr
ATTENDEE;CN=Arnaud Vasseur:mailto:a.vasseur@demathieu-bard.fr
DESCRIPTION:Bonjour\,\n\nArnaud Vasseur (Directeur de travaux principal\, Île-de-France Bâtiment) vous attend pour un rendez-vous en visio.\n\nLien : https://demathieubard.whereby.com/recrutement-idf\n\nA bientôt\,\nDemathieu Bard
LOCATION:https://demathieubard.whereby.com/recrutement-idf
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        company="Demathieu Bard",
        role="Directeur de travaux H/F",
        who=("a.vasseur@demathieu-bard.fr",),
        trap="flatchr-rendez-vous-visio-whereby",
    ),
    ev(
        "annule",
        "040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB01000000000000000010000000CC33DD44EE55FF6600778899AABB11",
        r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN="DUBOIS Mathilde":mailto:mdubois@rabotdutilleul.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thibault.garnier35@orange.fr:mailto:thibault.garnier35@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LECLERCQ Julien":mailto:jleclercq@rabotdutilleul.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour M. Garnier\,\n\nJe suis au regret d'annuler notre entretien : le poste de Conducteur de travaux principal (Nantes) vient d'être pourvu en interne. Nous conservons votre candidature.\n\nMathilde Dubois\n
UID:040000008200E00074C5B7101A82E00800000000A7B8C9D0E1F2DB01000000000000000010000000CC33DD44EE55FF6600778899AABB11
SUMMARY;LANGUAGE=fr-FR:Annulé : Entretien opérationnel - Conducteur de travaux principal Nantes
DTSTART;TZID=Romance Standard Time:20250424T100000
DTEND;TZID=Romance Standard Time:20250424T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250422T130744Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=fr-FR:Rabot Dutilleul - Agence Nantes (Orvault)
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
        company="Rabot Dutilleul",
        role="Conducteur de travaux principal",
        stage="hiring_manager",
        who=("mdubois@rabotdutilleul.com", "jleclercq@rabotdutilleul.com"),
        trap="cancelled-interview-method-cancel",
    ),
]
