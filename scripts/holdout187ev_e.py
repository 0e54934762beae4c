# ruff: noqa: E501
"""holdout187 events, part e: French ATS (DigitalRecruiters, Talentsoft, Taleez, Beetween), agencies, Webex, GoTo, own notes."""

from holdout187ev_common import TZ_PARIS, TZ_PARIS_NOLIC, TZ_ROMANCE, ev

EVENTS = [
    ev(
        "digitalrecruiters",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DigitalRecruiters//Agenda//FR
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:dr-rdv-2025-0117-88341@groupe-sarrazin.digitalrecruiters.com
DTSTAMP:20250113T111742Z
DTSTART;TZID=Europe/Paris:20250117T140000
DTEND;TZID=Europe/Paris:20250117T144500
SUMMARY:Groupe Sarrazin - Entretien visio - Responsable RH Régional Transport (H/F)
DESCRIPTION:Bonjour Camille\,\n\nSuite à votre candidature\, Amandine Roux\, Responsable Recrutement\, vous propose un entretien en visioconférence.\n\nPoste : Responsable RH Régional Transport (H/F) - Saint-Priest (69)\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGE3ZDk1@thread.v2/0\n\nMerci de confirmer votre présence via votre espace candidat.\n\nL'équipe recrutement du Groupe Sarrazin
LOCATION:Visioconférence Teams
ORGANIZER;CN=Groupe Sarrazin Recrutement:mailto:no-reply@digitalrecruiters.com
ATTENDEE;CN=Camille ROUSSEL;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Amandine ROUX;PARTSTAT=ACCEPTED:mailto:a.roux@groupe-sarrazin.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "dr-rdv-2025-0117-88341@groupe-sarrazin.digitalrecruiters.com",
        1,
        "Groupe Sarrazin",
        "Responsable RH Régional Transport (H/F)",
        "recruiter_screen",
        "a.roux@groupe-sarrazin.fr",
        "digitalrecruiters-french-ats-visio-screen",
    ),
    ev(
        "talentsoft",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Cegid//Talentsoft Recruiting//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:TS-REC-INTERVIEW-000731245-PHARMALYS
DTSTAMP:20250210T090031Z
DTSTART:20250218T090000Z
DTEND:20250218T103000Z
SUMMARY:2ème entretien - Talent Acquisition Manager - Site de Lyon Gerland
DESCRIPTION:Madame ROUSSEL\,\n\nNous avons le plaisir de vous confirmer votre second entretien pour le poste de Talent Acquisition Manager - Site de Lyon Gerland (réf. PHX-2025-0042).\n\nVous serez reçue successivement par :\n- Vincent Aubert\, HR Director France\n- Laure Messina\, Talent Acquisition Director Europe (en anglais)\n\nAdresse : Pharmalys\, 60 avenue Tony Garnier\, 69007 Lyon. Présentez-vous à l'accueil du bâtiment Pasteur.\n\nBien cordialement\,\nLa Direction des Ressources Humaines Pharmalys France
LOCATION:Pharmalys - 60 avenue Tony Garnier\, Lyon 7e
ORGANIZER;CN=Pharmalys Recrutement:mailto:recrutement-noreply@pharmalys.talent-soft.com
ATTENDEE;CN=ROUSSEL Camille;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=AUBERT Vincent;ROLE=REQ-PARTICIPANT:mailto:vincent.aubert@pharmalys.com
ATTENDEE;CN=MESSINA Laure;ROLE=REQ-PARTICIPANT:mailto:laure.messina@pharmalys.com
END:VEVENT
END:VCALENDAR
""",
        "TS-REC-INTERVIEW-000731245-PHARMALYS",
        1,
        "Pharmalys",
        "Talent Acquisition Manager - Site de Lyon Gerland",
        "onsite",
        "vincent.aubert@pharmalys.com;laure.messina@pharmalys.com",
        "talentsoft-utc-second-interview-successive-interviewers",
    ),
    ev(
        "taleez",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Taleez//Taleez Agenda 1.0//FR
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:taleez-interview-64f1a09b3c2d7e0012ab98cd@taleez.com
DTSTAMP:20250224T160258Z
DTSTART:20250303T100000Z
DTEND:20250303T104500Z
SUMMARY:Chocolaterie Vauclaire | Rendez-vous visio | Responsable RH (H/F) - CDI - Tain-l'Hermitage
DESCRIPTION:Bonjour Camille\,\n\nHervé Vauclaire\, Directeur Général\, souhaite échanger avec vous au sujet de votre candidature.\n\nLien de la visio : https://meet.google.com/jdv-fkbu-qsm\n\nÀ bientôt !\nChocolaterie Vauclaire - Maison fondée en 1921\n\nCet e-mail vous a été envoyé par Taleez pour le compte de Chocolaterie Vauclaire.
LOCATION:Google Meet
ORGANIZER;CN=Chocolaterie Vauclaire:mailto:notification@taleez.com
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Hervé Vauclaire:mailto:h.vauclaire@chocolaterie-vauclaire.fr
END:VEVENT
END:VCALENDAR
""",
        "taleez-interview-64f1a09b3c2d7e0012ab98cd@taleez.com",
        1,
        "Chocolaterie Vauclaire",
        "Responsable RH (H/F) - CDI - Tain-l'Hermitage",
        "hiring_manager",
        "h.vauclaire@chocolaterie-vauclaire.fr",
        "taleez-rendez-vous-visio-with-ceo",
    ),
    ev(
        "beetween",
        r"""BEGIN:VCALENDAR
PRODID:-//Beetween//Beetween ATS//FR
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_PARIS
        + r"""BEGIN:VEVENT
UID:btw-ent-9931782-20250401@beetween.com
DTSTAMP:20250327T083719Z
DTSTART;TZID=Europe/Paris:20250401T150000
DTEND;TZID=Europe/Paris:20250401T153000
SUMMARY:Entretien téléphonique - Responsable RH Groupe Hôtellerie (H/F)
DESCRIPTION:Bonjour Camille Roussel\,\n\nSandrine Favre\, Directrice des opérations RH des Hôtels Alpina (Annecy\, Chamonix\, Megève)\, vous contactera par téléphone à l'heure indiquée.\n\nBonne journée\,\nHôtels Alpina - Recrutement\n\nOffre diffusée et gérée avec Beetween
LOCATION:Téléphone
ORGANIZER;CN=Hôtels Alpina:mailto:no-reply@beetween.com
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN=Sandrine Favre:mailto:rh@hotels-alpina.com
END:VEVENT
END:VCALENDAR
""",
        "btw-ent-9931782-20250401@beetween.com",
        1,
        "Hôtels Alpina",
        "Responsable RH Groupe Hôtellerie (H/F)",
        "recruiter_screen",
        "rh@hotels-alpina.com",
        "beetween-hotel-group-phone-screen-company-in-body",
    ),
    ev(
        "gcal-headhunter",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250513T103000Z
DTEND:20250513T120000Z
DTSTAMP:20250506T174403Z
ORGANIZER;CN=Guillaume Perrot:mailto:gperrot@spencermorel.com
UID:0r3t6y9u2i5o8p1a4s7d0f3g6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Guillaume Perrot;X-NUM-GUESTS=0:mailto:gperrot@spencermorel.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=camille.roussel.rh@free.fr;X-NUM-GUESTS=0:mailto:camille.roussel.rh
 @free.fr
CREATED:20250506T174402Z
DESCRIPTION:Camille\,\n\nMerci pour votre retour rapide. Comme indiqué\, la
  mission porte sur le poste de DRH adjoint(e) de la plateforme chimique de
  notre client Arkadia Chemicals à Saint-Fons (900 salariés\, contexte soci
 al exigeant\, Seveso seuil haut). Je vous propose d'en parler de vive voix
  autour d'un déjeuner\, je réserve.\n\nMerci de garder ces éléments confid
 entiels.\n\nGuillaume Perrot\nAssocié – Spencer Morel Executive Search\n+3
 3 6 07 11 52 38
LAST-MODIFIED:20250506T174403Z
LOCATION:Brasserie Georges\, 30 cours de Verdun\, Lyon 2e
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Déjeuner CR / GP
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0r3t6y9u2i5o8p1a4s7d0f3g6h@google.com",
        1,
        "Arkadia Chemicals",
        "DRH adjoint(e) de la plateforme chimique",
        "recruiter_screen",
        "gperrot@spencermorel.com",
        "headhunter-lunch-initials-subject-client-named-only-in-body",
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
ATTENDEE;CN=camille.roussel.rh@free.fr;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
CLASS:PUBLIC
CREATED:20250502T095910Z
DESCRIPTION:Bonjour Madame Roussel\,\n\nComme convenu\, je vous appellerai mercredi à 12h30 pour notre entretien de qualification concernant le poste de Responsable des Ressources Humaines que nous recrutons pour la Fonderie Bressane (Bourg-en-Bresse\, 320 salariés\, fonderie fonte et aluminium).\nPrévoir 30 à 40 minutes : parcours\, expérience des relations sociales en milieu industriel\, prétentions et disponibilité.\n\nCordialement\,\nMélanie Girard\nConsultante recrutement cadres\nTalentis RH - Agence de Lyon Part-Dieu\n04 78 62 19 40
DTEND;TZID=Romance Standard Time:20250507T131000
DTSTAMP:20250502T095910Z
DTSTART;TZID=Romance Standard Time:20250507T123000
LAST-MODIFIED:20250502T095910Z
LOCATION:Appel téléphonique (Mélanie vous appelle)
ORGANIZER;CN="Girard, Mélanie":mailto:m.girard@talentis-rh.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien de qualification - Mme Roussel - RRH
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000119C46E0F0BEDB01000000000000000010000000C6B5A4938271605F4E3D2C1B0A9F8E7D
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000119C46E0F0BEDB01000000000000000010000000C6B5A4938271605F4E3D2C1B0A9F8E7D",
        1,
        "Fonderie Bressane",
        "Responsable des Ressources Humaines",
        "recruiter_screen",
        "m.girard@talentis-rh.fr",
        "agency-entretien-de-qualification-client-in-body",
    ),
    ev(
        "webex",
        r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_PARIS_NOLIC
        + r"""BEGIN:VEVENT
UID:webex-2a7b91c4e5d3f6081@aerodyne.webex.com
DTSTAMP:20250218T145026Z
DTSTART;TZID=Europe/Paris:20250225T090000
DTEND;TZID=Europe/Paris:20250225T100000
SUMMARY:Entretien HRBP Senior - C. Roussel / P. Renaud
DESCRIPTION:Paul Renaud vous invite à une réunion Webex.\n\nEntretien pour le poste de HR Business Partner Senior - Site de Saint-Égrève (BU Équipements cabine).\nPaul Renaud\, Directeur de la BU\, sera votre futur N+1 opérationnel.\n\nRejoindre la réunion :\nhttps://aerodyne.webex.com/aerodyne/j.php?MTID=m9e2f77a1c\n\nNuméro de la réunion (code d'accès) : 2791 336 0415\nMot de passe de la réunion : Cabine25\n\nRejoindre par téléphone\n+33-1-7091-8646 France Toll\nCode d'accès : 279 133 60415\n\nAerodyne Systèmes - Usage interne et externe
LOCATION:https://aerodyne.webex.com/aerodyne/j.php?MTID=m9e2f77a1c
ORGANIZER;CN=Paul Renaud:mailto:paul.renaud@aerodyne-systemes.fr
ATTENDEE;CN=camille.roussel.rh@free.fr;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "webex-2a7b91c4e5d3f6081@aerodyne.webex.com",
        1,
        "Aerodyne Systèmes",
        "HR Business Partner Senior - Site de Saint-Égrève",
        "hiring_manager",
        "paul.renaud@aerodyne-systemes.fr",
        "webex-initials-subject-business-unit-director",
    ),
    ev(
        "goto",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + TZ_ROMANCE
        + r"""BEGIN:VEVENT
ATTENDEE;CN=Camille Roussel;RSVP=TRUE:mailto:camille.roussel.rh@free.fr
ATTENDEE;CN="Fontaine, Régis";RSVP=TRUE:mailto:regis.fontaine@cableries-lyon.fr
CLASS:PUBLIC
CREATED:20250410T081230Z
DESCRIPTION:Madame Roussel\,\n\nPour faire suite à votre premier échange avec notre cabinet partenaire\, M. Régis Fontaine\, DRH\, vous recevra à distance pour un second entretien.\n\nBien cordialement\,\nSylvie Martinez\nAssistante RH\n\n--------------------------------------------\nRéunion GoTo Meeting : Entretien 2e tour - Responsable Développement RH\n\nParticipez à ma réunion depuis votre ordinateur\, tablette ou smartphone.\nhttps://meet.goto.com/418226093\n\nVous pouvez aussi appeler.\nFrance: +33 170 950 594\n\nCode d'accès: 418-226-093\n\nNouveau sur GoTo Meeting ? Installez l'application maintenant pour être prêt au début de la réunion : https://meet.goto.com/install\n--------------------------------------------
DTEND;TZID=Romance Standard Time:20250417T120000
DTSTAMP:20250410T081230Z
DTSTART;TZID=Romance Standard Time:20250417T110000
LAST-MODIFIED:20250410T081230Z
LOCATION:GoTo Meeting
ORGANIZER;CN="Martinez, Sylvie":mailto:sylvie.martinez@cableries-lyon.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien 2e tour - Responsable Développement RH
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E5A8B3C2D6ADDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000E5A8B3C2D6ADDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        1,
        "Câbleries de Lyon",
        "Responsable Développement RH",
        "hiring_manager",
        "regis.fontaine@cableries-lyon.fr",
        "goto-meeting-assistant-organizer-drh-interviews",
    ),
    ev(
        "thunderbird",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20250509T192210Z
LAST-MODIFIED:20250509T192802Z
DTSTAMP:20250509T192802Z
UID:a41c6e0f-7b2d-4f83-9e15-c07d2b8a39f6
SUMMARY:RDV Delaborde (Mme Perret) - RRH
DTSTART;TZID=Europe/Paris:20250520T093000
DTEND;TZID=Europe/Paris:20250520T111500
LOCATION:Fromagerie Delaborde\, route de Lons\, Saint-Amour (39)
DESCRIPTION:1h15 de route\, partir 8h\nMme Perret = DG\, fille du fondateur\nprendre CV papier + attestations employeurs\ncf mail du 6/05
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
        "a41c6e0f-7b2d-4f83-9e15-c07d2b8a39f6",
        1,
        "Fromagerie Delaborde",
        "",
        "",
        "Mme Perret",
        "thunderbird-own-entry-rdv-company-short-name",
    ),
    ev(
        "gcal-export",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Camille perso
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250515
DTEND;VALUE=DATE:20250516
DTSTAMP:20250512T060014Z
UID:4ugk1o7d8p0e2hcr93sm6lfvtq@google.com
CREATED:20250505T210533Z
DESCRIPTION:accueil 8h30 par Hélène Giraud (directrice)\nmatin : entrepôt
  + chefs d'équipe préparation\, midi : déj avec le CODIR\naprès-midi : re
 ncontre élus CSE + restitution avec Hélène\nposer RTT !!\ntenue : chaussur
 es de sécu fournies
LAST-MODIFIED:20250505T211207Z
LOCATION:Coopérative Alpine Bio\, 230 rue de l'Industrie\, Chambéry
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Journée d'immersion Coop Alpine Bio (poste RRH)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "4ugk1o7d8p0e2hcr93sm6lfvtq@google.com",
        1,
        "Coopérative Alpine Bio",
        "",
        "onsite",
        "Hélène Giraud",
        "all-day-immersion-day-own-entry-x-wr-timezone",
    ),
]
