"""holdout198: Québec public-service selection processes (written blind, raw iCalendar)."""

# ruff: noqa: E501

from holdout198ev_common import ev

EVENTS = [
    ev("examen-ecrit", "040000008200E00074C5B7101A82E0080000000030D1C4E2A55BDC01000000000000000010000000B1F7A1E2C4D3E64B9E0F2C5A7D1B3E90",
       1, "Ministère de la Santé et des Services sociaux",
       "Directrice ou directeur des communications", "technical", "",
       "public-service-written-exam-no-interviewer", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN=Dotation DRHRF - MSSS:mailto:dotation.cadres@msss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Gagnon\,\n\nÀ la suite de l'analyse de votre candidature dans le cadre du processus de qualification no 10500CA93740001 – emploi de cadre\, classe 3 (directrice ou directeur des communications)\, nous avons le plaisir de vous convoquer à l'examen écrit.\n\nDurée : 3 heures\nModalité : en ligne\, sous surveillance à distance (caméra et micro obligatoires)\nLe lien personnel vers la plateforme d'évaluation vous sera transmis 24 heures avant la séance.\n\nVeuillez avoir en main une pièce d'identité avec photo. Aucune documentation n'est permise.\n\nPour toute mesure d'accommodement\, communiquez avec nous au plus tard 5 jours ouvrables avant l'examen.\n\nDirection des ressources humaines\, financières et matérielles\nMinistère de la Santé et des Services sociaux\n1075\, chemin Sainte-Foy\, Québec (Québec) G1S 2M1\n
UID:040000008200E00074C5B7101A82E0080000000030D1C4E2A55BDC01000000000000000010000000B1F7A1E2C4D3E64B9E0F2C5A7D1B3E90
SUMMARY;LANGUAGE=fr-CA:Convocation – Examen écrit – Processus de qualification 10500CA93740001
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261007T090000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261007T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260924T143211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:En ligne (surveillance à distance)
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
"""),
    ev("entrevue-selection", "040000008200E00074C5B7101A82E00800000000F0A2D9B7C05EDC0100000000000000001000000042C9A0D5E7F1B24A8C3D6E9F0A1B2C3D",
       1, "Ministère de la Santé et des Services sociaux",
       "Directrice ou directeur des communications", "onsite",
       "genevieve.lachance@msss.gouv.qc.ca;pierre-luc.belanger@msss.gouv.qc.ca;nadia.ouellet@mce.gouv.qc.ca",
       "comite-de-selection-public-service-panel", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Roy, Mélanie (DRHRF)";SENT-BY="mailto:secretariat.drhrf@msss.gouv.qc.ca":mailto:melanie.roy@msss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lachance, Geneviève (DGCOM)":mailto:genevieve.lachance@msss.gouv.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bélanger, Pierre-Luc (SMA)":mailto:pierre-luc.belanger@msss.gouv.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ouellet, Nadia":mailto:nadia.ouellet@mce.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MSSS-QC-1075-Salle 4.21 (12):mailto:salle.4.21@msss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Gagnon\,\n\nNous avons le plaisir de vous informer que vous avez réussi l'examen écrit. Vous êtes convoquée à une entrevue de sélection devant le comité d'évaluation.\n\nComité : Mme Geneviève Lachance\, directrice générale des communications\; M. Pierre-Luc Bélanger\, sous-ministre adjoint\; Mme Nadia Ouellet\, conseillère en gestion des ressources humaines (Ministère du Conseil exécutif)\, membre externe.\n\nDurée approximative : 75 minutes\, incluant 15 minutes de préparation à une mise en situation remise sur place.\nAdresse : 1075\, chemin Sainte-Foy\, 4e étage. Présentez-vous à l'accueil 15 minutes à l'avance.\n\nMerci de confirmer votre présence en répondant à cette invitation.\n\nMélanie Roy\nConseillère en dotation\n
UID:040000008200E00074C5B7101A82E00800000000F0A2D9B7C05EDC0100000000000000001000000042C9A0D5E7F1B24A8C3D6E9F0A1B2C3D
SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection – PQ 10500CA93740001 – Mme Marie-Ève Gagnon
DTSTART;TZID=Eastern Standard Time:20261028T133000
DTEND;TZID=Eastern Standard Time:20261028T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T181522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:1075\, chemin Sainte-Foy – salle 4.21
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117465412
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("entrevue-report", "040000008200E00074C5B7101A82E00800000000F0A2D9B7C05EDC0100000000000000001000000042C9A0D5E7F1B24A8C3D6E9F0A1B2C3D",
       1, "Ministère de la Santé et des Services sociaux",
       "Directrice ou directeur des communications", "onsite",
       "genevieve.lachance@msss.gouv.qc.ca;pierre-luc.belanger@msss.gouv.qc.ca;nadia.ouellet@mce.gouv.qc.ca",
       "rescheduled-panel-same-uid-sequence-2", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN="Roy, Mélanie (DRHRF)";SENT-BY="mailto:secretariat.drhrf@msss.gouv.qc.ca":mailto:melanie.roy@msss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lachance, Geneviève (DGCOM)":mailto:genevieve.lachance@msss.gouv.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bélanger, Pierre-Luc (SMA)":mailto:pierre-luc.belanger@msss.gouv.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Ouellet, Nadia":mailto:nadia.ouellet@mce.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=MSSS-QC-1075-Salle 2.08 (8):mailto:salle.2.08@msss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:*** NOUVELLE DATE ***\nEn raison d'un conflit d'horaire d'un membre du comité\, l'entrevue prévue le 28 octobre est reportée au mercredi 4 novembre. Toutes nos excuses pour ce changement.\n\nMêmes modalités : 75 minutes incluant la préparation d'une mise en situation. Nouvelle salle : 2.08.\n\nMélanie Roy\nConseillère en dotation\, DRHRF\n418 266-7000\, poste 2241\n
UID:040000008200E00074C5B7101A82E00800000000F0A2D9B7C05EDC0100000000000000001000000042C9A0D5E7F1B24A8C3D6E9F0A1B2C3D
SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection – PQ 10500CA93740001 – Mme Marie-Ève Gagnon (REPORTÉE)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261104T090000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261104T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T124407Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=fr-CA:1075\, chemin Sainte-Foy – salle 2.08
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2117465412
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("teams-entrevue", "7c1e0b7a-63a4-4e0e-9f53-5d2a0a8c4b11",
       1, "Ministère de l'Économie, de l'Innovation et de l'Énergie",
       "Conseillère ou conseiller stratégique en communication", "hiring_manager",
       "isabelle.tremblay@economie.gouv.qc.ca",
       "ministry-director-teams-one-on-one", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260915T170212Z
DESCRIPTION:Bonjour Mme Gagnon\,\n\nTel que convenu au téléphone ce matin\, voici l'invitation pour notre rencontre d'une heure. Je suis la directrice des communications et c'est moi qui pourvois le poste (emploi 105-4 – agente ou agent d'information\, niveau expert\, réf. 32500IN93740017). Un conseiller de la DRH pourrait se joindre à nous.\n\nAu plaisir\,\nIsabelle Tremblay\nDirectrice des communications\nMinistère de l'Économie\, de l'Innovation et de l'Énergie\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, une application mobile ou un appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1OGE3NTEtMzM0Ny00@thread.v2/0>\nID de la réunion : 254 881 907 113\nCode secret : Qp7Xk2\nComposer par téléphone\n+1 581-319-2194\,\,605221873# Canada\, Québec\nNuméro de conférence téléphonique : 605 221 873#\n________________________________________________________________________________\n
DTEND:20260922T150000Z
DTSTAMP:20260915T170212Z
DTSTART:20260922T140000Z
LAST-MODIFIED:20260915T170212Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Tremblay, Isabelle (DC)":mailto:isabelle.tremblay@economie.gouv.qc.ca
ATTENDEE;CN=marieeve.gagnon@videotron.ca;RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN="Simard, Olivier (DRH)";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:olivier.simard@economie.gouv.qc.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Rencontre – Marie-Ève Gagnon / I. Tremblay (poste 32500IN93740017)
TRANSP:OPAQUE
UID:7c1e0b7a-63a4-4e0e-9f53-5d2a0a8c4b11
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("centre-evaluation", "20261103-sct-pq-cadres-seance-b-0451@tresor.gouv.qc.ca",
       1, "Secrétariat du Conseil du trésor", "Cadre, classe 2 – communications",
       "technical", "",
       "assessment-centre-cadre-qualification-exam", r"""
BEGIN:VCALENDAR
PRODID:-//Secretariat du Conseil du tresor//Evaluation des cadres//FR
VERSION:2.0
METHOD:PUBLISH
<<TOR_ATS>>
BEGIN:VEVENT
UID:20261103-sct-pq-cadres-seance-b-0451@tresor.gouv.qc.ca
DTSTAMP:20261016T120000Z
DTSTART;TZID=America/Toronto:20261103T083000
DTEND;TZID=America/Toronto:20261103T163000
SUMMARY:Séance d'évaluation – Processus de qualification – Cadre\, classe 2 (communications)
DESCRIPTION:Madame\,\n\nVous êtes convoquée à la séance d'évaluation du processus de qualification en vue de constituer une banque de personnes qualifiées – Cadre\, classe 2\, secteur des communications (numéro 10300CA92740002).\n\nLa journée comprend : un exercice de simulation de gestion (« panier de gestion »)\, un exercice de rédaction stratégique et une mise en situation orale avec deux évaluateurs.\n\nLieu : Centre d'évaluation du SCT\, 875\, Grande Allée Est\, Québec\, édifice H\, 2e étage.\nApportez une pièce d'identité. Le dîner est offert sur place.\n\nCette convocation est transmise par Emplois en ligne. Ne pas répondre à ce message.
LOCATION:875\, Grande Allée Est\, édifice H\, 2e étage\, Québec
ORGANIZER;CN=Emplois en ligne - Ne pas répondre:mailto:ne-pas-repondre@emploisenligne.gouv.qc.ca
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("comite-selection", "3f0d5b8e2c7a4e61b9a2d4c6e8f01357@mcc.gouv.qc.ca",
       1, "Ministère de la Culture et des Communications",
       "Directrice ou directeur des communications et des relations publiques", "final",
       "sous-ministre@mcc.gouv.qc.ca;francois.giguere@mcc.gouv.qc.ca",
       "final-interview-with-deputy-minister", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour Madame Gagnon\,\n\nÀ la suite de votre entrevue du 13 novembre\, le comité souhaite vous rencontrer une dernière fois. La rencontre se tiendra avec la sous-ministre\, Mme Hélène Drouin\, et M. François Giguère\, sous-ministre adjoint aux communications et à la gouvernance.\n\nCette dernière étape porte principalement sur votre vision des communications ministérielles et votre gestion d'équipe. Prévoyez 45 minutes.\n\nJosée Lapointe\nAdjointe exécutive au cabinet de la sous-ministre\n225\, Grande Allée Est\, bloc A\, 1er étage
DTSTART;TZID=America/Toronto:20261202T101500
DTEND;TZID=America/Toronto:20261202T110000
DTSTAMP:20261120T193010Z
LOCATION:225\, Grande Allée Est\, bloc A – bureau de la sous-ministre
ORGANIZER;CN="Lapointe, Josée (Cabinet SM)":mailto:josee.lapointe@mcc.gouv.qc.ca
ATTENDEE;CN="marieeve.gagnon@videotron.ca";RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN="Drouin, Hélène (SM)";RSVP=TRUE:mailto:sous-ministre@mcc.gouv.qc.ca
ATTENDEE;CN="Giguère, François (SMA)";RSVP=TRUE:mailto:francois.giguere@mcc.gouv.qc.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Rencontre finale – Mme Gagnon – poste de direction DCRP
TRANSP:OPAQUE
UID:3f0d5b8e2c7a4e61b9a2d4c6e8f01357@mcc.gouv.qc.ca
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("annulation", "040000008200E00074C5B7101A82E00800000000D5A18E0F925BDC010000000000000000100000009E1C7B3A5D2F8E4C9A6B0D1E2F3A4B5C",
       1, "Ministère des Transports et de la Mobilité durable",
       "Conseillère ou conseiller en communication – expert (relations médias)", "onsite",
       "marc-andre.paquet@transports.gouv.qc.ca;julie.cote@transports.gouv.qc.ca",
       "cancelled-selection-interview-method-cancel", r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN="Paquet, Marc-André (DCOM)":mailto:marc-andre.paquet@transports.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Côté, Julie (DRH)":mailto:julie.cote@transports.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour\,\n\nNous devons malheureusement annuler l'entrevue de sélection prévue le 9 octobre. Le processus de dotation pour l'emploi de conseillère ou conseiller en communication (relations médias) est suspendu jusqu'à nouvel ordre à la suite de la réorganisation administrative annoncée cette semaine.\n\nNous communiquerons avec vous si le processus est relancé.\n\nMarc-André Paquet\nDirecteur des relations médias\n
UID:040000008200E00074C5B7101A82E00800000000D5A18E0F925BDC010000000000000000100000009E1C7B3A5D2F8E4C9A6B0D1E2F3A4B5C
SUMMARY;LANGUAGE=fr-CA:Annulé : Entrevue de sélection – relations médias (MTMD)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261009T100000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261009T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261005T130210Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:700\, boul. René-Lévesque Est\, 24e étage – salle Champlain
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("webex-entrevue", "b9c7d2e1f0a34b8c@revenuquebec.ca",
       1, "Revenu Québec", "Conseillère ou conseiller en communication – niveau expert", "",
       "chantal.morin@revenuquebec.ca;eric.nadeau@revenuquebec.ca",
       "webex-interview-no-clear-stage", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:b9c7d2e1f0a34b8c@revenuquebec.ca
DTSTAMP:20261002T154400Z
DTSTART;TZID=America/Toronto:20261015T140000
DTEND;TZID=America/Toronto:20261015T150000
SUMMARY:Revenu Québec – Entrevue – Mme Marie-Ève Gagnon
LOCATION:Webex
ORGANIZER;CN="Morin, Chantal":mailto:chantal.morin@revenuquebec.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Marie-Ève Gagnon":mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Nadeau, Éric":mailto:eric.nadeau@revenuquebec.ca
DESCRIPTION:Bonjour\,\n\nVoici les détails de connexion pour l'entrevue concernant l'offre 2026-0871 (Direction principale des communications).\n\nParticiperont : Chantal Morin\, cheffe du service des relations publiques\, et Éric Nadeau\, conseiller en acquisition de talents.\n\n-- Ne supprimez pas ni ne modifiez le texte suivant. --\n\nJoindre la réunion Webex\nhttps://revenuquebec.webex.com/revenuquebec/j.php?MTID=m4f1c2a9e0b7d5f3a1c8e6b4d2f0a9c7e\nNuméro de réunion (code d'accès) : 2632 118 4407\nMot de passe de la réunion : Rq2026!\n\nRejoindre par téléphone\n+1-416-915-6530 Canada Toll\nCode d'accès : 2632 118 4407\n
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("chasseuse-tetes", "2c8a1d4e-organisme-parapublic-0921@calendly.com",
       0, "", "", "", "",
       "headhunter-call-names-no-employer", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:2c8a1d4e-organisme-parapublic-0921@calendly.com
DTSTAMP:20260918T201455Z
DTSTART:20260921T123000Z
DTEND:20260921T130000Z
SUMMARY:Appel confidentiel – Marie-Ève Gagnon et Catherine Beaulieu
DESCRIPTION:Événement : Appel confidentiel (30 min)\n\nBonjour Marie-Ève\,\nComme mentionné sur LinkedIn\, je mène présentement un mandat de recherche de cadres pour un organisme parapublic de la région de Québec qui souhaite pourvoir sa vice-présidence aux communications et aux relations avec la clientèle. Le nom du client demeure confidentiel à cette étape\; j'aimerais d'abord valider votre intérêt et votre parcours.\n\nJe vous appellerai au numéro fourni : 418 571-0392\n\nCatherine Beaulieu\, CRHA\nAssociée – Odgers Berndtson\, bureau de Montréal\n\nBesoin d'apporter des changements à cet événement?\nAnnuler : https://calendly.com/cancellations/2c8a1d4e\nReporter : https://calendly.com/reschedulings/2c8a1d4e
LOCATION:Téléphone : 418 571-0392
ORGANIZER;CN=Catherine Beaulieu:mailto:cbeaulieu@odgersberndtson.com
ATTENDEE;CN=Marie-Ève Gagnon;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("appel-chasseuse", "0f3e5a7c9b1d4e2f8a6c@odgersberndtson.com",
       1, "Retraite Québec", "Vice-présidente ou vice-président aux communications et aux relations avec la clientèle",
       "recruiter_screen", "cbeaulieu@odgersberndtson.com",
       "headhunter-names-employer-in-body-only", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Bonjour Marie-Ève\,\n\nMerci pour notre échange de lundi. Comme convenu\, mon client a accepté que je vous dévoile son identité : il s'agit de Retraite Québec. Le poste de vice-présidence relève directement du président-directeur général.\n\nJe vous propose une entrevue plus approfondie avec moi (environ 75 minutes) pour passer en revue vos réalisations\, vos motivations et vos attentes salariales avant de présenter votre candidature au comité.\n\nLe descriptif complet est en pièce jointe (confidentiel).\n\nCatherine Beaulieu\, CRHA\nAssociée\nOdgers Berndtson\n1\, Place Ville Marie\, bureau 3100\, Montréal\nc. 514 602-4418\n\nRejoindre via Zoom : https://odgersberndtson.zoom.us/j/83310297711?pwd=cXJ2b0VnT1lKd0Y3\nID de réunion : 833 1029 7711\nCode secret : 551907
DTSTART;TZID=America/Toronto:20260929T170000
DTEND;TZID=America/Toronto:20260929T181500
DTSTAMP:20260923T142733Z
LOCATION:Zoom
ORGANIZER;CN="Catherine Beaulieu":mailto:cbeaulieu@odgersberndtson.com
ATTENDEE;CN="marieeve.gagnon@videotron.ca";RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Entrevue confidentielle – mandat VP communications (suite)
TRANSP:OPAQUE
UID:0f3e5a7c9b1d4e2f8a6c@odgersberndtson.com
END:VEVENT
END:VCALENDAR
"""),
    ev("comite-pdg", "d41f6a2b-8c3e-4d5a-9e7f-1b2c3d4e5f60@odgersberndtson.com",
       1, "Retraite Québec", "Vice-présidente ou vice-président aux communications et aux relations avec la clientèle",
       "final", "pdg@retraitequebec.gouv.qc.ca;sylvie.boucher@retraitequebec.gouv.qc.ca;cbeaulieu@odgersberndtson.com",
       "headhunter-arranged-ceo-committee", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Marie-Ève\,\n\nBonne nouvelle : le comité de sélection souhaite vous rencontrer. Seront présents M. Michel Després\, président-directeur général\, Mme Sylvie Boucher\, vice-présidente aux ressources humaines\, et moi-même à titre d'observatrice.\n\nLieu : Retraite Québec\, 2600\, boulevard Laurier\, Québec\, 5e étage. Demandez la salle du conseil à la réception.\n\nJe vous appelle la veille pour vous préparer.\n\nCatherine
DTSTART;TZID=America/Toronto:20261020T093000
DTEND;TZID=America/Toronto:20261020T110000
DTSTAMP:20261009T200106Z
LOCATION:Retraite Québec\, 2600\, boul. Laurier\, 5e étage
ORGANIZER;CN="Catherine Beaulieu":mailto:cbeaulieu@odgersberndtson.com
ATTENDEE;CN="marieeve.gagnon@videotron.ca";RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN="Michel Després";RSVP=TRUE:mailto:pdg@retraitequebec.gouv.qc.ca
ATTENDEE;CN="Sylvie Boucher";RSVP=TRUE:mailto:sylvie.boucher@retraitequebec.gouv.qc.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-ca:Rencontre avec le comité – Retraite Québec (M.-È. Gagnon)
TRANSP:OPAQUE
UID:d41f6a2b-8c3e-4d5a-9e7f-1b2c3d4e5f60@odgersberndtson.com
END:VEVENT
END:VCALENDAR
"""),
    ev("note-entrevue", "A7D3E1F2-4B5C-4D6E-8F90-1A2B3C4D5E6F",
       1, "Protecteur du citoyen", "Conseillère principale en communication", "",
       "", "hand-typed-phone-entry-no-attendees", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A7D3E1F2-4B5C-4D6E-8F90-1A2B3C4D5E6F
DTSTAMP:20261019T231504Z
CREATED:20261019T231459Z
LAST-MODIFIED:20261019T231504Z
DTSTART:20261027T130000
DTEND:20261027T140000
SUMMARY:Entrevue Protecteur du citoyen!!
LOCATION:525 boul René-Lévesque E\, 1er étage
DESCRIPTION:poste cons. principale comm. - demander Mme Fournier a l'accueil\napporter portfolio + 2 exemples de plans de comm\nstationnement D'Youville
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Rappel
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""", eol="\n"),
    ev("assemblee-entrevue", "040000008200E00074C5B7101A82E0080000000010AB3C4D9E61DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
       1, "Assemblée nationale du Québec", "Directrice ou directeur des communications", "onsite",
       "francois.arsenault@assnat.qc.ca;christine.pelletier@assnat.qc.ca;louis.gendron@assnat.qc.ca",
       "outlook-sent-by-assistant-panel", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN="Arsenault, François";SENT-BY="mailto:nathalie.vachon@assnat.qc.ca":mailto:francois.arsenault@assnat.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pelletier, Christine":mailto:christine.pelletier@assnat.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gendron, Louis":mailto:louis.gendron@assnat.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vachon, Nathalie":mailto:nathalie.vachon@assnat.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Édifice Pamphile-Le May - Salle 1.115:mailto:salle.1115@assnat.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Madame Gagnon\,\n\nLe comité de sélection pour le poste de directrice ou directeur des communications vous recevra en entrevue. Le comité est composé de M. François Arsenault\, secrétaire général adjoint\, de Mme Christine Pelletier\, directrice des ressources humaines\, et de M. Louis Gendron\, directeur de la diffusion des débats.\n\nVeuillez vous présenter à l'entrée de l'édifice Pamphile-Le May (1035\, rue des Parlementaires) 20 minutes avant l'heure prévue pour le contrôle de sécurité.\n\nNathalie Vachon\nAgente de secrétariat – Secrétariat général\n
UID:040000008200E00074C5B7101A82E0080000000010AB3C4D9E61DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=fr-CA:Entrevue – Direction des communications – M.-È. Gagnon
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261110T140000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261110T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261029T152031Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Édifice Pamphile-Le May – Salle 1.115
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("meet-entrevue", "4qj7o2k1c9vb8n3m5l6p0rstu8@google.com",
       1, "Élections Québec", "Conseillère principale en relations publiques", "hiring_manager",
       "annie.gauthier@electionsquebec.qc.ca",
       "google-invite-meet-director-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Toronto
X-LIC-LOCATION:America/Toronto
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20261124T103000
DTEND;TZID=America/Toronto:20261124T113000
DTSTAMP:20261117T140522Z
ORGANIZER;CN=Annie Gauthier:mailto:annie.gauthier@electionsquebec.qc.ca
UID:4qj7o2k1c9vb8n3m5l6p0rstu8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marieeve.gagnon@videotron.ca;X-NUM-GUESTS=0:mailto:marieeve.gagnon@
 videotron.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Annie Gauthier;X-NUM-GUESTS=0:mailto:annie.gauthier@electionsquebec.qc.
 ca
X-GOOGLE-CONFERENCE:https://meet.google.com/wkd-qmxr-tpa
CREATED:20261117T140520Z
DESCRIPTION:Bonjour Marie-Ève\, comme convenu\, on se parle mardi pour le p
 oste de conseillère principale en relations publiques (affichage 2026-34).
  Je suis la directrice des communications et de l'éducation à la démocratie.
  On fera une heure\, pas plus.\n\nAnnie\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nParticiper à
  la réunion Google Meet : https://meet.google.com/wkd-qmxr-tpa\n\nPour en sa
 voir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\nV
 euillez ne pas modifier cette section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20261117T140522Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marie-Ève Gagnon / Annie Gauthier
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
