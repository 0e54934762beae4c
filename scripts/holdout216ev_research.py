"""holdout216: research organisations (CNRS concours, CEA, IFPEN, ESRF, PSI, Empa, CIC energiGUNE)."""

from holdout216ev_tz import MADRID, PARIS_GOOGLE, PARIS_SHORT, ROMANCE, W_EUROPE, ZURICH

EVENTS = [
    (
        "google-entry",
        {
            "uid": "3bq0d6m9h1v7c2k8f4n5r6t0ls@google.com",
            "i": 1,
            "company": "CNRS",
            "role": "Chargé de recherche de classe normale (concours 15/03)",
            "stage": "",
            "who": "",
            "trap": "cnrs-concours-cr-audition-jury-admissibilite-typed",
        },
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:clement.rousseau.chimie@free.fr
X-WR-TIMEZONE:Europe/Paris
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250318T155000
DTEND;TZID=Europe/Paris:20250318T162000
DTSTAMP:20250301T094512Z
UID:3bq0d6m9h1v7c2k8f4n5r6t0ls@google.com
CREATED:20250227T211054Z
DESCRIPTION:Convocation reçue via l'application concours (Candidat ID 15-03-
 0217).\\nJury d'admissibilité section 15 - Chimie des matériaux\\, nanomatériau
 x et procédés.\\nAudition 30 min : exposé 10 min (travaux + projet + intégrati
 on labo)\\, puis questions.\\nProjet présenté : IRCELYON (1er choix) / ICMCB (2e
 ).\\nPièce d'identité !! Campus Gérard Mégie\\, 3 rue Michel-Ange\\, Paris 16e\\
 , salle 2.
LAST-MODIFIED:20250301T094512Z
LOCATION:CNRS\\, 3 rue Michel-Ange\\, 75016 Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audition concours CR CNRS - section 15
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:EMAIL
DESCRIPTION:This is an event reminder
SUMMARY:Alarm notification
ATTENDEE:mailto:clement.rousseau.chimie@free.fr
TRIGGER:-P1D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000C9A1D4F2B0AEDB01000000000000000010000000A4C3E2F1"
            "D0B94C8A8E7F6A5B4C3D2E10",
            "i": 1,
            "company": "CEA",
            "role": "Ingénieur-chercheur en matériaux d'électrodes pour batteries (H/F)",
            "stage": "hiring_manager",
            "who": "nathalie.guerin@cea.fr",
            "trap": "cea-teams-chef-de-laboratoire-entretien",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="GUERIN Nathalie 229427":mailto:nathalie.guerin@cea.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.rousseau.chimie@free.fr:mailto:clement.
 rousseau.chimie@free.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="FAVRE Julie 208811":mailto:julie.favre@cea.
 fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Clément\\,\\n\\nComme convenu par téléphone avec Julie (RH Liten)\\, je vous
  propose un premier échange sur le poste d'ingénieur-chercheur au Laboratoire Matériaux pour Batteries (LM
 B). Je vous présenterai les projets en cours ; vous pourrez nous parler de vos travaux sur les oxydes lamel
 laires.\\n\\nNathalie Guérin\\nCheffe du LMB - DEHT/SCGE\\n\\n________________________________________________
 ________________________________\\nRéunion Microsoft Teams\\nRejoindre sur votre ordinateur\\, application mo
 bile ou appareil de salle\\nCliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_NmE3MDk2ZWUtMTIzNC00>\\nID de la réunion : 349 022 716 551\\nCode secret : 7bQ4Kx\\n______________
 __________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000C9A1D4F2B0AEDB01000000000000000010000000A4C3E2F1D0B94C8A8E7F6A5
 B4C3D2E10
SUMMARY;LANGUAGE=fr-FR:Échange poste IC LMB / C. Rousseau
DTSTART;TZID=Romance Standard Time:20250220T110000
DTEND;TZID=Romance Standard Time:20250220T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250212T160833Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "exchange-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB0100000000000000001000000011223344"
            "556677889900AABBCCDDEEFF",
            "i": 1,
            "company": "CEA",
            "role": "Ingénieur-chercheur en matériaux d'électrodes pour batteries (H/F)",
            "stage": "onsite",
            "who": "nathalie.guerin@cea.fr;laurent.baudry@cea.fr;julie.favre@cea.fr",
            "trap": "cea-onsite-visit-site-access-badge",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="FAVRE Julie 208811":mailto:julie.favre@cea.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.rousseau.chimie@free.fr:mailto:clement.
 rousseau.chimie@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="GUERIN Nathalie 229427":mailto:nathalie.guerin@ce
 a.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="BAUDRY Laurent 170032":mailto:laurent.baudry@
 cea.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="GRE-BHE-Salle 225":mailto:gre-bhe-salle225@cea.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Rousseau\\,\\n\\nJe vous confirme votre venue sur le site CEA de
  Grenoble le 6 mars pour la suite du processus :\\n- 9h30 accueil au poste de garde (badge visiteur : prévo
 ir une pièce d'identité\\, demande d'accès faite sous 48h)\\n- 10h00 présentation de vos travaux (20 min) + q
 uestions\\n- 10h45 entretien avec Nathalie Guérin et Laurent Baudry (chef de service)\\n- 11h30 entretien RH
  avec moi-même\\n- 12h15 visite des plateformes\\n\\nBien cordialement\\,\\nJulie Favre\\nChargée de recrutemen
 t - CEA Liten\\n
UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB0100000000000000001000000011223344556677889900AABB
 CCDDEEFF
SUMMARY;LANGUAGE=fr-FR:Venue sur site - Entretiens poste IC LMB (M. Rousseau)
DTSTART;TZID=Romance Standard Time:20250306T093000
DTEND;TZID=Romance Standard Time:20250306T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250225T091410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:CEA Grenoble - 17 avenue des Martyrs - Bât. 10.05 (BHE) salle 225
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "talentsoft-invite",
        {
            "uid": "TS-IFPEN-ENT-2025-0147-88213",
            "i": 1,
            "company": "IFP Energies nouvelles",
            "role": "Ingénieur de recherche en catalyse hétérogène (F/H)",
            "stage": "recruiter_screen",
            "who": "Claire Moulin",
            "trap": "french-ats-phone-screen-candidate-calls-hr",
        },
        """BEGIN:VCALENDAR
PRODID:-//Talentsoft//Recrutement Agenda 1.0//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TS-IFPEN-ENT-2025-0147-88213
DTSTAMP:20250131T101500Z
DTSTART:20250205T133000Z
DTEND:20250205T140000Z
SUMMARY:Entretien téléphonique - Ingénieur de recherche en catalyse hétérogène (F/H) - Réf. 2025-0147
ORGANIZER;CN=IFP Energies nouvelles - Recrutement:mailto:no-reply@ifpen.talent-soft.com
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:clement.rousseau.chimie@free.fr
LOCATION:Entretien téléphonique
DESCRIPTION:Bonjour Clément\\,\\n\\nNous vous confirmons votre entretien télé
 phonique avec Claire Moulin\\, chargée de recrutement\\, le 05/02/2025 à 14:
 30.\\nClaire vous appellera au numéro renseigné dans votre candidature (+33
  6 71 24 ** **).\\n\\nCordialement\\,\\nL'équipe Recrutement IFP Energies nouv
 elles\\nCet e-mail est envoyé automatiquement\\, merci de ne pas y répondre.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000E7F1A2B3C4D5DB01000000000000000010000000ABCDEF01"
            "23456789ABCDEF0123456789",
            "i": 1,
            "company": "IFP Energies nouvelles",
            "role": "Ingénieur de recherche en catalyse hétérogène (F/H)",
            "stage": "onsite",
            "who": "francois.ribeiro@ifpen.fr;agnes.lenoir@ifpen.fr;claire.moulin@ifpen.fr",
            "trap": "seminaire-de-recrutement-onsite-talk-then-interviews",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + ROMANCE
        + """BEGIN:VEVENT
ORGANIZER;CN="RIBEIRO Francois":mailto:francois.ribeiro@ifpen.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Clément Rousseau:mailto:clement.rousseau.chimi
 e@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="LENOIR Agnes":mailto:agnes.lenoir@ifpen.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MOULIN Claire":mailto:claire.moulin@ifpen.fr
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="R106-Catalyse-Equipe":mailto:r106-catalyse@if
 pen.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SOL-Bat.A-Amphi 2":mailto:sol-bata-amphi2@ifpen.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour à tous\\,\\n\\nClément Rousseau (postdoc CNRS Lyon) viendra présenter ses
  travaux dans le cadre de sa candidature au poste d'ingénieur de recherche R106 (réf. 2025-0147).\\n\\n14h0
 0-14h45 Séminaire de recrutement (ouvert à l'équipe) : « Oxydes mixtes mésoporeux : de la synthèse sol-gel
  à l'operando »\\n14h45-15h30 Entretien avec Agnès Lenoir (cheffe de département) et moi-même\\n15h30-16h00
  Entretien RH (Claire Moulin)\\n\\nFrançois Ribeiro\\n
UID:040000008200E00074C5B7101A82E00800000000E7F1A2B3C4D5DB01000000000000000010000000ABCDEF0123456789ABCDEF0
 123456789
SUMMARY;LANGUAGE=fr-FR:Séminaire de recrutement - C. Rousseau (poste IR R106)
DTSTART;TZID=Romance Standard Time:20250227T140000
DTEND;TZID=Romance Standard Time:20250227T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T103022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:IFPEN Lyon - Rond-point de l'échangeur de Solaize - Bât. A\\, Amphi 2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "ESRF-HR-2025-031-INT-ROUSSEAU",
            "i": 1,
            "company": "ESRF",
            "role": "Scientist - Materials Chemistry (ref. 11345)",
            "stage": "recruiter_screen",
            "who": "sarah.oconnell@esrf.fr",
            "trap": "english-hr-phone-screen-international-lab",
        },
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_SHORT
        + """BEGIN:VEVENT
UID:ESRF-HR-2025-031-INT-ROUSSEAU
DTSTAMP:20250303T082140Z
DTSTART;TZID=Europe/Paris:20250311T093000
DTEND;TZID=Europe/Paris:20250311T100000
SUMMARY:Phone call ESRF HR / Clement Rousseau - ref. 11345
ORGANIZER;CN="O'Connell Sarah":mailto:sarah.oconnell@esrf.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Clement Rousseau":mailto:clement.rousseau.chi
 mie@free.fr
LOCATION:Phone - I will call you on +33 6 71 24 55 90
DESCRIPTION:Dear Dr Rousseau\\,\\n\\nThank you for your application for the post of Scientist in Materials Ch
 emistry (ref. 11345). As discussed\\, I would like to have a short call to go over the conditions of emplo
 yment (contract\\, salary scale\\, international allowance) and your availability before the selection pane
 l.\\n\\nKind regards\\,\\nSarah O'Connell\\nHuman Resources - Recruitment\\nESRF - The European Synchrotron\\,
  71 avenue des Martyrs\\, Grenoble
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "webex-invite",
        {
            "uid": "b7d2e9f1a0c34e5c9e6d2f8a1b3c5d7e@esrf.webex.com",
            "i": 1,
            "company": "ESRF",
            "role": "Scientist - Materials Chemistry (ref. 11345)",
            "stage": "",
            "who": "Gianluca Moretti;Hanna Lindqvist;Pierre-Yves Collet",
            "trap": "english-selection-panel-webex-names-in-body",
        },
        """BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meetings//EN
VERSION:2.0
METHOD:REQUEST
"""
        + PARIS_GOOGLE
        + """BEGIN:VEVENT
UID:b7d2e9f1a0c34e5c9e6d2f8a1b3c5d7e@esrf.webex.com
DTSTAMP:20250314T135000Z
SUMMARY:ESRF Selection Panel - ref. 11345 - C. Rousseau
ORGANIZER;CN=ESRF Recruitment:mailto:recruitment@esrf.fr
ATTENDEE;CN=Clement Rousseau;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
DTSTART;TZID=Europe/Paris:20250325T140000
DTEND;TZID=Europe/Paris:20250325T151500
LOCATION:https://esrf.webex.com/esrf/j.php?MTID=m3f2a91c0d7e4b5a6
DESCRIPTION:Dear Dr Rousseau\\,\\n\\nThe selection panel for the post of Scient
 ist - Materials Chemistry will interview you by videoconference. Please prepa
 re a 15-minute presentation on your research and your vision for the beamlin
 e user programme\\, followed by questions (about 45 minutes).\\n\\nPanel: Dr G
 ianluca Moretti (Head of Group)\\, Dr Hanna Lindqvist (Beamline Responsible I
 D22)\\, Pierre-Yves Collet (HR).\\n\\nJoin Webex meeting\\nMeeting number: 2741
  558 9032 Password: Xk7pQ2\\nJoin by phone: +33-1-7091-8646 France toll\\nAcce
 ss code: 2741 558 9032
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-invite",
        {
            "uid": "040000008200E00074C5B7101A82E00800000000F2C4A6E8B0D2DB0100000000000000001000000099AA88BB"
            "77CC66DD55EE44FF33001122",
            "i": 1,
            "company": "Paul Scherrer Institut",
            "role": "Scientist in Battery Materials (80-100%)",
            "stage": "",
            "who": "markus.hunziker@psi.ch;elena.rossi@psi.ch",
            "trap": "swiss-outlook-w-europe-english-interview",
        },
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + W_EUROPE
        + """BEGIN:VEVENT
ORGANIZER;CN="Hunziker Markus":mailto:markus.hunziker@psi.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=clement.rousseau.chimie@free.fr:mailto:clement.
 rousseau.chimie@free.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rossi Elena":mailto:elena.rossi@psi.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Meier Sandra (HR)":mailto:sandra.meier@psi.ch
DESCRIPTION;LANGUAGE=en-US:Dear Clément\\,\\n\\nThank you for your interest in the Scientist position in our
  Electrochemistry Laboratory. Elena and I would like to invite you to an interview via Teams. Please prep
 are a short presentation (max. 15 min) of your PhD and postdoc work.\\n\\nBest regards\\,\\nMarkus\\n\\nDr. Ma
 rkus Hunziker | Group Leader Battery Materials | Paul Scherrer Institut | Forschungsstrasse 111 | 5232 Vi
 lligen PSI\\n\\n________________________________________________________________________________\\nMicrosoft
  Teams meeting\\nJoin on your computer\\, mobile app or room device\\nClick here to join the meeting<https://
 teams.microsoft.com/l/meetup-join/19%3ameeting_OTg2YTQ1>\\nMeeting ID: 318 774 209 655\\nPasscode: sN6wR2\\n
UID:040000008200E00074C5B7101A82E00800000000F2C4A6E8B0D2DB0100000000000000001000000099AA88BB77CC66DD55EE44
 FF33001122
SUMMARY;LANGUAGE=en-US:Interview Clément Rousseau - Scientist Battery Materials
DTSTART;TZID=W. Europe Standard Time:20250409T100000
DTEND;TZID=W. Europe Standard Time:20250409T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T145522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "umantis-invite",
        {
            "uid": "umantis-empa-bew-44871-termin-2",
            "i": 1,
            "company": "Empa",
            "role": "Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter Funktionale Polymere (80-100%)",
            "stage": "",
            "who": "Dr. Thomas Brändli;Corinne Wyss",
            "trap": "german-vorstellungsgespraech-swiss-ats-zurich",
        },
        """BEGIN:VCALENDAR
PRODID:-//Abacus Umantis//Bewerbermanagement//DE
VERSION:2.0
METHOD:REQUEST
"""
        + ZURICH
        + """BEGIN:VEVENT
UID:umantis-empa-bew-44871-termin-2
DTSTAMP:20250320T071804Z
DTSTART;TZID=Europe/Zurich:20250403T133000
DTEND;TZID=Europe/Zurich:20250403T150000
SUMMARY:Vorstellungsgespräch Empa - Wissenschaftliche/r Mitarbeiter/in Funktionale Polymere
ORGANIZER;CN=Empa Personal:mailto:noreply@empa.umantis.com
ATTENDEE;CN=Clément Rousseau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau.chimie@free.fr
LOCATION:Empa Dübendorf\\, Überlandstrasse 129\\, Gebäude NABA\\, Raum 2.07
DESCRIPTION:Sehr geehrter Herr Rousseau\\,\\n\\nvielen Dank für Ihre Bewerbung.
  Gerne laden wir Sie zu einem persönlichen Gespräch ein. Am Gespräch nehmen
  Dr. Thomas Brändli (Abteilungsleiter Funktionale Polymere) und Corinne Wyss
  (HR Business Partner) teil. Bitte bereiten Sie eine Präsentation von ca. 20
  Minuten über Ihre bisherigen Forschungsarbeiten vor (Deutsch oder Englisch).
 \\n\\nDie Reisekosten ab der Schweizer Grenze werden übernommen.\\n\\nFreundlic
 he Grüsse\\nEmpa - Human Resources
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "factorial-invite",
        {
            "uid": "factorial-ats-interview-310552@factorialhr.com",
            "i": 1,
            "company": "CIC energiGUNE",
            "role": "Investigador/a Senior - Materiales para baterías de estado sólido",
            "stage": "technical",
            "who": "iratxe.etxeberria@cicenergigune.com;javier.ortizdezarate@cicenergigune.com",
            "trap": "spanish-entrevista-presentacion-tecnica-madrid-tz",
        },
        """BEGIN:VCALENDAR
PRODID:-//Factorial//Factorial ATS//ES
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
"""
        + MADRID
        + """BEGIN:VEVENT
UID:factorial-ats-interview-310552@factorialhr.com
DTSTAMP:20250404T090233Z
DTSTART;TZID=Europe/Madrid:20250415T160000
DTEND;TZID=Europe/Madrid:20250415T170000
SUMMARY:Entrevista: Clément Rousseau - Investigador/a Senior Baterías de Estado Sólido
ORGANIZER;CN=Talento CIC energiGUNE:mailto:talento@cicenergigune.com
ATTENDEE;CN=Clément Rousseau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:clement.rousseau.chimi
 e@free.fr
ATTENDEE;CN=Iratxe Etxeberria;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:iratxe.etxeberria@cicenergigune.com
ATTENDEE;CN=Javier Ortiz de Zárate;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:javier.ortizdezarate@cicenergig
 une.com
LOCATION:Microsoft Teams
DESCRIPTION:Hola Clément\\,\\n\\nTe confirmamos la entrevista para la posición
  de Investigador/a Senior en el área de Estado Sólido. Te pedimos una presen
 tación técnica de 20 minutos sobre tu experiencia en síntesis de electrolitos
  sólidos y caracterización operando. La entrevista puede hacerse en inglés si
  lo prefieres.\\n\\nEntrevistadores: Iratxe Etxeberria (Group Leader) y Javier
  Ortiz de Zárate (Area Manager).\\n\\nUnirse a la reunión de Teams: https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_YzQ2\\n\\nUn saludo\\,\\nEquipo de
  Talento - CIC energiGUNE
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
