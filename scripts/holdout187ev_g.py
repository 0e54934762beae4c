# ruff: noqa: E501
"""holdout187 events, part g: the user on the hiring side at Métaux Dauphiné (Teamtailor, Outlook, agencies, candidates)."""

from holdout187ev_common import TZ_PARIS, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "teamtailor",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interviews//EN
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:teamtailor-meeting-7d0c3e81-55b2-4a6f-9c1d-e4f8a2b60c19
DTSTAMP:20250108T141203Z
DTSTART;TZID=Europe/Paris:20250115T100000
DTEND;TZID=Europe/Paris:20250115T110000
SUMMARY:Entretien - Technicien de maintenance (H/F) - Julien Mercier
DESCRIPTION:Bonjour Julien\,\n\nMerci pour votre candidature chez Métaux Dauphiné ! Nous vous proposons un entretien sur notre site de Feyzin avec Camille Roussel (Chargée RH) et Franck Bertin (Responsable maintenance)\, suivi d'une courte visite de l'atelier.\n\nAdresse : Métaux Dauphiné\, 3 rue de l'Industrie\, 69320 Feyzin - accueil poste de garde\, se munir d'une pièce d'identité.\n\nÀ bientôt\,\nCamille Roussel\nMétaux Dauphiné
LOCATION:Métaux Dauphiné - site de Feyzin
ORGANIZER;CN=Camille Roussel via Teamtailor:mailto:no-reply@mail.teamtailor.com
ATTENDEE;CN=Julien Mercier;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:julien.mercier38@gmail.com
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c.roussel@metaux-dauphine.fr
ATTENDEE;CN=Franck Bertin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:f.bertin@metaux-dauphine.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "teamtailor-meeting-7d0c3e81-55b2-4a6f-9c1d-e4f8a2b60c19",
        trap="user-as-interviewer-teamtailor-invite-she-sends-to-candidate",
        hiring=True,
    ),
    ev(
        "outlook",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250116T163022Z
DESCRIPTION:Candidat soudeur TIG (annonce Indeed)\nCV : 12 ans chez Fives\, habilitations OK\nTél : 06 48 11 73 02\nà voir : mobilité horaires 2x8\, prétentions
DTEND;TZID=Romance Standard Time:20250117T093000
DTSTAMP:20250116T163022Z
DTSTART;TZID=Romance Standard Time:20250117T090000
LAST-MODIFIED:20250116T163022Z
LOCATION:Bureau RH
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique M. Durand
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0C3B98E0F68DB01000000000000000010000000A4B5C6D7E8F90A1B2C3D4E5F60718293
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000D0C3B98E0F68DB01000000000000000010000000A4B5C6D7E8F90A1B2C3D4E5F60718293",
        trap="user-as-interviewer-work-outlook-phone-screen-of-welder-candidate",
        hiring=True,
    ),
    ev(
        "gcal-reply",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250122T130000Z
DTEND:20250122T134500Z
DTSTAMP:20250120T181755Z
ORGANIZER;CN=Camille Roussel:mailto:c.roussel@metaux-dauphine.fr
UID:040000008200E00074C5B7101A82E0080000000021F0C4A9D56ADB01000000000000000010000000B9C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofia
  Almeida;X-NUM-GUESTS=0:mailto:sofia.almeida.pro@gmail.com
CREATED:20250120T181755Z
DESCRIPTION:
LAST-MODIFIED:20250120T181755Z
LOCATION:Métaux Dauphiné - Feyzin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien - Opératrice de production (H/F) - Métaux Dauphiné
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000021F0C4A9D56ADB01000000000000000010000000B9C8D7E6F5A4B3C2D1E0F9A8B7C6D5E4",
        trap="user-as-interviewer-candidate-accepted-reply-to-her-invite",
        hiring=True,
    ),
    ev(
        "outlook-rooms",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="Bertin, Franck";RSVP=TRUE:mailto:f.bertin@metaux-dauphine.fr
ATTENDEE;CN="Moulin, Patrick";RSVP=TRUE:mailto:p.moulin@metaux-dauphine.fr
ATTENDEE;CN="Lycée La Martinière - BTS CRSA";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:bts.crsa@lamartiniere-diderot.fr
ATTENDEE;CN="FEY - Salle Formation 1";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:fey.salleformation1@metaux-dauphine.fr
ATTENDEE;CN="FEY - Vidéoprojecteur mobile";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:fey.videoproj@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250127T102311Z
DESCRIPTION:Bonjour à tous\,\n\nJe vous propose de tenir la 2e session de notre jury alternance pour les 3 postes d'alternants BTS CRSA (rentrée sept. 2025).\n\n6 candidats de 20 min (10 min de présentation + 10 min de questions)\, grille d'évaluation commune en PJ. Je préside le jury et je ferai la synthèse pour le lycée.\n\n09h00 Lucas B.\n09h25 Inès K.\n09h50 Thomas R.\n10h15 pause\n10h30 Yanis M.\n10h55 Chloé P.\n11h20 Adam S.\n11h45 délibération\n\nMerci\,\nCamille\n
DTEND;TZID=Romance Standard Time:20250206T121500
DTSTAMP:20250127T102311Z
DTSTART;TZID=Romance Standard Time:20250206T090000
LAST-MODIFIED:20250127T102311Z
LOCATION:FEY - Salle Formation 1
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Jury alternance BTS CRSA - session 2
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000093B4E1F7AA70DB01000000000000000010000000C0D1E2F30415263748596A7B8C9DAEBF
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000093B4E1F7AA70DB01000000000000000010000000C0D1E2F30415263748596A7B8C9DAEBF",
        trap="user-as-interviewer-chairs-apprentice-selection-jury-with-rooms",
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
ATTENDEE;CN="Lambert, Hervé";RSVP=TRUE:mailto:h.lambert@metaux-dauphine.fr
ATTENDEE;CN="Roussel, Camille";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250212T081533Z
DESCRIPTION:Camille\,\n\nOn fait le point sur les 3 finalistes QSE (S. Morin\, A. Guerin\, K. Diallo) avant de revenir vers eux ? J'ai une préférence pour le 2e mais je veux ton avis sur le test de personnalité et les références.\n\nHervé\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre application mobile ou votre appareil de salle\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWE1NzIy@thread.v2/0>\nID de la réunion : 351 907 662 018\nCode secret : Qw8sT4\n________________________________________________________________________________\n
DTEND;TZID=Romance Standard Time:20250213T173000
DTSTAMP:20250212T081533Z
DTSTART;TZID=Romance Standard Time:20250213T170000
LAST-MODIFIED:20250212T081533Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Lambert, Hervé":mailto:h.lambert@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Débrief finalistes Responsable QSE
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A7C1E5D3B47DDB01000000000000000010000000D9E8F7061524334251607F8E9DACBBCA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000A7C1E5D3B47DDB01000000000000000010000000D9E8F7061524334251607F8E9DACBBCA",
        trap="user-as-interviewer-debrief-finalists-with-hiring-manager",
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
ATTENDEE;CN="Leclerc, Sandrine";RSVP=TRUE:mailto:s.leclerc@metaux-dauphine.fr
ATTENDEE;CN="Faure, Jean-Pierre";RSVP=TRUE:mailto:jp.faure@metaux-dauphine.fr
ATTENDEE;CN="Bonnefoy, Éric";RSVP=TRUE:mailto:e.bonnefoy@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250304T091742Z
DESCRIPTION:Validation du recrutement du chef d'équipe fonderie (poste de nuit) : présentation des 2 candidats retenus (1 interne\, 1 externe)\, synthèse des entretiens et des mises en situation\, proposition de rémunération.\nSupport : synthèse candidats V2 (SharePoint RH > Recrutement > 2025).\n
DTEND;TZID=Romance Standard Time:20250310T113000
DTSTAMP:20250304T091742Z
DTSTART;TZID=Romance Standard Time:20250310T110000
LAST-MODIFIED:20250304T091742Z
LOCATION:FEY - Bureau direction
ORGANIZER;CN="Roussel, Camille":mailto:c.roussel@metaux-dauphine.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Comité de recrutement - Chef d'équipe fonderie (nuit)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000015D8C2B7EE8ADB01000000000000000010000000E0F1A2B3C4D5E6F708192A3B4C5D6E7F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000015D8C2B7EE8ADB01000000000000000010000000E0F1A2B3C4D5E6F708192A3B4C5D6E7F",
        trap="user-as-interviewer-hiring-committee-she-organises",
        hiring=True,
    ),
    ev(
        "outlook-agency",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN="c.roussel@metaux-dauphine.fr";RSVP=TRUE:mailto:c.roussel@metaux-dauphine.fr
CLASS:PUBLIC
CREATED:20250218T150144Z
DESCRIPTION:Bonjour Camille\,\n\nComme convenu\, je vous présente M. Samir Benali pour le poste de soudeur TIG inox (mission de 3 mois avec possibilité d'embauche). Il est qualifié EN ISO 9606-1\, 8 ans d'expérience en chaudronnerie. CV et tests de soudure en pièce jointe.\n\nIl se présentera jeudi à 10h au poste de garde de Feyzin pour l'entretien avec vous et M. Bertin.\n\nBonne journée\,\nJessica Morel\nChargée de recrutement\nInterAlpes Intérim - Agence de Vénissieux\n04 72 50 18 66
DTEND;TZID=Romance Standard Time:20250220T104500
DTSTAMP:20250218T150144Z
DTSTART;TZID=Romance Standard Time:20250220T100000
LAST-MODIFIED:20250218T150144Z
LOCATION:Métaux Dauphiné - Feyzin - poste de garde
ORGANIZER;CN="Morel, Jessica":mailto:jessica.morel@interalpes-interim.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien M. Benali / Métaux Dauphiné - Soudeur TIG
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F7A2D1C3E282DB01000000000000000010000000F8E7D6C5B4A39281706F5E4D3C2B1A09
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000F7A2D1C3E282DB01000000000000000010000000F8E7D6C5B4A39281706F5E4D3C2B1A09",
        trap="user-as-interviewer-temp-agency-presents-candidate-to-her",
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
CREATED:20250224T172210Z
DESCRIPTION:Saisir avis + notes grilles dans Teamtailor pour les 5 candidats Acheteur projets vus cette semaine (relancer H. Lambert pour ses évaluations)\, passer 2 candidats en "Refusé" avec mail perso.
DTEND;TZID=Romance Standard Time:20250228T120000
DTSTAMP:20250224T172210Z
DTSTART;TZID=Romance Standard Time:20250228T110000
LAST-MODIFIED:20250224T172210Z
LOCATION:
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Scorecards TT - Acheteur projets
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000007B3D5E9C1C88DB0100000000000000001000000010213243546576879808A9BACBDCEDFE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000007B3D5E9C1C88DB0100000000000000001000000010213243546576879808A9BACBDCEDFE",
        trap="user-as-interviewer-scorecard-feedback-block-in-ats",
        hiring=True,
    ),
    ev(
        "iphone",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T123802Z
UID:F2C1A0B9-8E7D-4C6B-A5F4-E3D2C1B0A998
DTEND:20250304T124500
TRANSP:OPAQUE
SUMMARY:tel K. Haddad (cand. ctrl gestion)
LAST-MODIFIED:20250303T124017Z
DTSTAMP:20250303T124017Z
DTSTART:20250304T123000
DESCRIPTION:préavis 3 mois ?? rachat possible\nprétentions 55k\nle rappeler sur son perso après 12h30\nsi ok -> 2e entretien avec DAF
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "F2C1A0B9-8E7D-4C6B-A5F4-E3D2C1B0A998",
        trap="user-as-interviewer-hand-typed-call-to-candidate-notes",
        hiring=True,
        crlf=False,
    ),
    ev(
        "calendly",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:0e6f2a91-4c3b-4d8a-b7e5-9f1c2d3a4b5c@calendly.com
DTSTAMP:20250305T202215Z
DTSTART:20250311T080000Z
DTEND:20250311T082000Z
SUMMARY:Échange 20 min - candidature Métaux Dauphiné entre Camille Roussel et Sarah Benoît
DESCRIPTION:Type d'événement : Échange 20 min - candidature Métaux Dauphiné\n\nNom de l'invité : Sarah Benoît\nE-mail : sarah.benoit.cg@outlook.fr\n\nQuestions :\nPoste visé : Contrôleur de gestion industriel (H/F)\nNuméro de téléphone : 07 81 22 40 19\n\nLieu : Appel téléphonique - Camille vous appellera\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/0e6f2a91\nReschedule: https://calendly.com/reschedulings/0e6f2a91\n\nPowered by Calendly.com
LOCATION:Appel téléphonique
ORGANIZER;CN=Camille Roussel:mailto:c.roussel@metaux-dauphine.fr
ATTENDEE;CN=Sarah Benoît;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sarah.benoit.cg@outlook.fr
ATTENDEE;CN=Camille Roussel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c.roussel@metaux-dauphine.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "0e6f2a91-4c3b-4d8a-b7e5-9f1c2d3a4b5c@calendly.com",
        trap="user-as-interviewer-calendly-host-candidate-booked",
        hiring=True,
    ),
    ev(
        "bookings",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ORGANIZER;CN=Métaux Dauphiné - Job dating:mailto:JobDatingMD@metauxdauphine.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Roussel Camille:mailto:c.roussel@metaux-dauphine.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ryan Cherif:mailto:ryan.cherif69@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Nouvelle réservation\n\nService : Job dating - Opérateur/trice de production (CDI\, 2x8)\nClient : Ryan Cherif\nTéléphone : 06 59 03 21 77\nE-mail : ryan.cherif69@gmail.com\nMembre du personnel : Camille Roussel\n\nRéponses du client :\nAvez-vous déjà travaillé en équipe postée ? Oui\, 2 ans en intérim chez un équipementier\nPermis B : Oui\n\nAdresse : Métaux Dauphiné\, site de Feyzin - salle d'accueil candidats
UID:040000008200E00074C5B7101A82E00807E903190A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F
SUMMARY;LANGUAGE=fr-FR:Job dating - Opérateur/trice de production (CDI\, 2x8) - Ryan Cherif
DTSTART;TZID=Romance Standard Time:20250319T104000
DTEND;TZID=Romance Standard Time:20250319T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T075512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Métaux Dauphiné - Feyzin
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00807E903190A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F",
        trap="user-as-interviewer-bookings-job-dating-staff-member",
        hiring=True,
    ),
]
