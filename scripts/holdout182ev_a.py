# ruff: noqa: E501
"""holdout182 events, part a: Montréal-area CIUSSS/CISSS candidacies (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000B0E41C6F9A9CDB010000000000000000100000004E1D2C7A0F3B8C4E9A6D1F22C0B7A311",
        "is_interview": 1,
        "company": "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
        "role": "Conseillère en soins infirmiers (CSI)",
        "stage": "recruiter_screen",
        "interviewers": "annie.bergeron.ccsmtl@ssss.gouv.qc.ca",
        "trap": "ciusss-outlook-phone-screen-acquisition-talents",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Bergeron, Annie (CCSMTL)":mailto:annie.bergeron.ccsmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mme Tremblay\,\n\nTel que convenu par courriel\, je vous appellerai au 514 555-0187 pour un premier échange d'environ 20 minutes concernant votre candidature au poste de Conseillère en soins infirmiers (CSI) – Direction des soins infirmiers\, volet cardiologie et soins critiques (affichage DSI-2025-118).\n\nNous validerons votre intérêt\, vos disponibilités\, vos conditions salariales (échelle 1911) et les étapes du processus de sélection (examen écrit et entrevue de sélection).\n\nAu plaisir\,\n\nAnnie Bergeron\, CRHA\nConseillère en acquisition de talents\nDirection des ressources humaines\, des communications et des affaires juridiques\nCIUSSS du Centre-Sud-de-l'Île-de-Montréal\n514 555-0142 poste 61022\n\n
UID:040000008200E00074C5B7101A82E00800000000B0E41C6F9A9CDB010000000000000000100000004E1D2C7A0F3B8C4E9A6D1F22C0B7A311
SUMMARY;LANGUAGE=fr-CA:Entrevue téléphonique – CSI DSI-2025-118 – G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250324T100000
DTEND;TZID=Eastern Standard Time:20250324T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T141522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Appel téléphonique (je vous appelle)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117352948
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Appel téléphonique (je vous appelle)","LocationAnnotation":"","LocationUri":"","LocationStreet":"","LocationCity":"","LocationState":"","LocationCountry":"","LocationPostalCode":"","LocationFullAddress":""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "portal-notice",
        "uid": "carrieres-ccsmtl-convocation-88213-examen@carrieres.ccsmtl.ca",
        "is_interview": 1,
        "company": "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
        "role": "Conseillère en soins infirmiers (CSI)",
        "stage": "technical",
        "interviewers": "",
        "trap": "ciusss-portal-examen-ecrit-montreal-tzid",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Carrieres CCSMTL//Convocation 3.2//FR
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@@TZ America/Montreal@@
BEGIN:VEVENT
UID:carrieres-ccsmtl-convocation-88213-examen@carrieres.ccsmtl.ca
DTSTAMP:20250326T160211Z
DTSTART;TZID=America/Montreal:20250403T090000
DTEND;TZID=America/Montreal:20250403T103000
SUMMARY:Convocation - Examen écrit - Conseillère en soins infirmiers (CSI) - DSI-2025-118
LOCATION:Hôpital Notre-Dame\, pavillon Deschamps\, 1560 rue Sherbrooke Est\, local Y-1102\, Montréal (QC) H2L 4M1
DESCRIPTION:Madame Geneviève Tremblay\,\n\nNous avons le plaisir de vous convoquer à l'examen écrit prévu au
  processus de sélection pour l'emploi ci-dessus.\n\nDurée : 90 minutes. L'examen porte sur l'évaluation cli
 nique\, la pratique fondée sur les données probantes et la planification d'une activité de formation pour le
 personnel infirmier.\n\nVeuillez vous présenter 15 minutes à l'avance avec une pièce d'identité avec photo. A
 ucun document n'est permis. Le stationnement n'est pas remboursé.\n\nSi vous ne pouvez pas vous présenter\, a
 visez-nous au moins 48 heures à l'avance en répondant à ce courriel.\n\nDirection des ressources humaines\, d
 es communications et des affaires juridiques\nCIUSSS du Centre-Sud-de-l'Île-de-Montréal\nCe message est envoy
 é automatiquement\, merci de ne pas y répondre directement.
ORGANIZER;CN=Carrières CCSMTL:mailto:ne-pas-repondre@carrieres.ccsmtl.ca
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:gen.tremblay@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F07A55B3E0A0DB01000000000000000010000000A9C3D0F4E4B1654F8C7E50D3A1F0C6B2",
        "is_interview": 1,
        "company": "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
        "role": "Conseillère en soins infirmiers – cardiologie et soins critiques",
        "stage": "onsite",
        "interviewers": "marie-claude.fortin.ccsmtl@ssss.gouv.qc.ca;stephane.lalonde.ccsmtl@ssss.gouv.qc.ca;annie.bergeron.ccsmtl@ssss.gouv.qc.ca",
        "trap": "ciusss-selection-committee-sent-by-adjointe-room",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Fortin, Marie-Claude (CCSMTL)";SENT-BY="mailto:lise.caron.ccsmtl@ssss.gouv.qc.ca":mailto:marie-claude.fortin.ccsmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lalonde, Stéphane (CCSMTL)":mailto:stephane.lalonde.ccsmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bergeron, Annie (CCSMTL)":mailto:annie.bergeron.ccsmtl@ssss.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="HND - Salle Y-1210 (10 pers.)":mailto:HND.SalleY1210@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mme Tremblay\,\n\nÀ la suite de votre réussite de l'examen écrit\, nous vous invitons à une entrevue de sélection pour le poste de Conseillère en soins infirmiers – cardiologie et soins critiques (DSI-2025-118).\n\nComité de sélection :\n- Mme Marie-Claude Fortin\, directrice adjointe des soins infirmiers – volet pratiques professionnelles\n- M. Stéphane Lalonde\, chef de service\, soins critiques et cardiologie\n- Mme Annie Bergeron\, conseillère en acquisition de talents\n\nDurée prévue : 60 minutes. Une mise en situation vous sera remise 15 minutes avant l'entrevue.\nLieu : Hôpital Notre-Dame\, pavillon Deschamps\, 12e étage\, salle Y-1210. Présentez-vous au secrétariat de la DSI.\n\nMerci de confirmer votre présence en acceptant cette invitation.\n\nLise Caron\nAgente administrative\, pour Mme Marie-Claude Fortin\n
UID:040000008200E00074C5B7101A82E00800000000F07A55B3E0A0DB01000000000000000010000000A9C3D0F4E4B1654F8C7E50D3A1F0C6B2
SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection - CSI cardiologie/soins critiques - Mme G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250408T093000
DTEND;TZID=Eastern Standard Time:20250408T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T124410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HND - Salle Y-1210 (10 pers.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-update",
        "uid": "040000008200E00074C5B7101A82E00800000000F07A55B3E0A0DB01000000000000000010000000A9C3D0F4E4B1654F8C7E50D3A1F0C6B2",
        "is_interview": 1,
        "company": "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
        "role": "Conseillère en soins infirmiers – cardiologie et soins critiques",
        "stage": "onsite",
        "interviewers": "marie-claude.fortin.ccsmtl@ssss.gouv.qc.ca;stephane.lalonde.ccsmtl@ssss.gouv.qc.ca;annie.bergeron.ccsmtl@ssss.gouv.qc.ca",
        "trap": "ciusss-selection-rescheduled-sequence-1",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Fortin, Marie-Claude (CCSMTL)";SENT-BY="mailto:lise.caron.ccsmtl@ssss.gouv.qc.ca":mailto:marie-claude.fortin.ccsmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lalonde, Stéphane (CCSMTL)":mailto:stephane.lalonde.ccsmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bergeron, Annie (CCSMTL)":mailto:annie.bergeron.ccsmtl@ssss.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="HND - Salle Y-1108 (8 pers.)":mailto:HND.SalleY1108@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:*** NOUVELLE DATE ***\nLe comité doit malheureusement déplacer votre entrevue au jeudi 10 avril à 13 h 30 (salle Y-1108\, même étage). Toutes nos excuses pour ce changement.\n\nBonjour Mme Tremblay\,\n\nÀ la suite de votre réussite de l'examen écrit\, nous vous invitons à une entrevue de sélection pour le poste de Conseillère en soins infirmiers – cardiologie et soins critiques (DSI-2025-118).\n\nComité de sélection :\n- Mme Marie-Claude Fortin\, directrice adjointe des soins infirmiers – volet pratiques professionnelles\n- M. Stéphane Lalonde\, chef de service\, soins critiques et cardiologie\n- Mme Annie Bergeron\, conseillère en acquisition de talents\n\nDurée prévue : 60 minutes. Une mise en situation vous sera remise 15 minutes avant l'entrevue.\n\nLise Caron\nAgente administrative\, pour Mme Marie-Claude Fortin\n
UID:040000008200E00074C5B7101A82E00800000000F07A55B3E0A0DB01000000000000000010000000A9C3D0F4E4B1654F8C7E50D3A1F0C6B2
SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection - CSI cardiologie/soins critiques - Mme G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250410T133000
DTEND;TZID=Eastern Standard Time:20250410T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T181903Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:HND - Salle Y-1108 (8 pers.)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000003C8F0E2197A4DB01000000000000000010000000D27E6A0B9F44E14A8B4F0C6E21A7D955",
        "is_interview": 1,
        "company": "CIUSSS de l'Est-de-l'Île-de-Montréal",
        "role": "conseillère en soins infirmiers – volet formation (préceptorat et intégration)",
        "stage": "onsite",
        "interviewers": "nathalie.gervais.cemtl@ssss.gouv.qc.ca;patrick.ouellet.cemtl@ssss.gouv.qc.ca",
        "trap": "ciusss-entrevue-plus-examen-technicienne-rh-sends",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ (UTC-05:00) Eastern Time (US & Canada)@@
BEGIN:VEVENT
ORGANIZER;CN="Rousseau, Julie (CEMTL)":mailto:julie.rousseau.cemtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Tremblay:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gervais, Nathalie (CEMTL)":mailto:nathalie.gervais.cemtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ouellet, Patrick (CEMTL)":mailto:patrick.ouellet.cemtl@ssss.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HMR Pav. Rachel-Tourigny - Salle 3-317":mailto:HMR.RT.Salle3-317@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Tremblay\,\n\nVotre candidature a été retenue pour le poste de conseillère en soins infirmiers – volet formation (préceptorat et intégration)\, Direction des soins infirmiers\, affichage CEMTL-DSI-0417.\n\nDéroulement :\n13 h 00 – Entrevue avec le comité (45 minutes) : Mme Nathalie Gervais\, directrice adjointe DSI – volet pratiques professionnelles\, et M. Patrick Ouellet\, conseiller cadre en soins infirmiers.\n13 h 50 – Examen écrit (60 minutes) : conception d'un plan d'intégration pour une CEPI.\n\nLieu : Hôpital Maisonneuve-Rosemont\, 5415 boul. de l'Assomption\, pavillon Rachel-Tourigny\, 3e étage\, salle 3-317.\n\nVeuillez apporter une copie de votre permis d'exercice de l'OIIQ et de vos diplômes.\n\nJulie Rousseau\nTechnicienne en gestion des ressources humaines – dotation\nCIUSSS de l'Est-de-l'Île-de-Montréal\n
UID:040000008200E00074C5B7101A82E008000000003C8F0E2197A4DB01000000000000000010000000D27E6A0B9F44E14A8B4F0C6E21A7D955
SUMMARY;LANGUAGE=fr-CA:Entrevue et examen - CSI volet formation - CEMTL-DSI-0417
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20250415T130000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20250415T145000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T150233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HMR Pav. Rachel-Tourigny - Salle 3-317
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "portal-notice",
        "uid": "b6f1c9a2-5d2e-4c11-9f0b-7a3e0d2c41aa@emplois.lavalensante.com",
        "is_interview": 1,
        "company": "CISSS de Laval",
        "role": "Infirmière clinicienne – Clinique d'insuffisance cardiaque",
        "stage": "recruiter_screen",
        "interviewers": "Karine Pilon",
        "trap": "cisss-portal-utc-phone-screen-name-only",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Laval en santé//Module Recrutement//FR
METHOD:REQUEST
BEGIN:VEVENT
UID:b6f1c9a2-5d2e-4c11-9f0b-7a3e0d2c41aa@emplois.lavalensante.com
DTSTAMP:20250312T190455Z
DTSTART:20250318T151500Z
DTEND:20250318T154500Z
SUMMARY:Entrevue téléphonique - Infirmière clinicienne – Clinique d'insuffisance cardiaque
DESCRIPTION:Bonjour Geneviève\,\n\nMerci de l'intérêt que vous portez au CISSS de Laval!\n\nCe rendez-vous
  confirme votre entrevue téléphonique avec Karine Pilon\, conseillère en acquisition de talents. Elle vous jo
 indra au numéro inscrit à votre dossier (514 555-0187).\n\nPoste : Infirmière clinicienne – Clinique d'insuf
 fisance cardiaque\, Hôpital de la Cité-de-la-Santé\nStatut : temps complet permanent\, jour\n\nPour modifier
  ce rendez-vous\, connectez-vous à votre espace candidat.\n\nL'équipe Recrutement\nCISSS de Laval
LOCATION:Appel téléphonique
ORGANIZER;CN=Recrutement CISSS de Laval:mailto:ne-pas-repondre.recrutement.csssl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Tremblay:mailto:gen.tremblay@videotron.ca
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000C4D2A91C11A7DB01000000000000000010000000E6F2B8C0117AE84BA2C4E5D9F03B1A07",
        "is_interview": 1,
        "company": "CISSS de la Montérégie-Centre",
        "role": "infirmière clinicienne spécialisée, programme clientèle cardiovasculaire",
        "stage": "",
        "interviewers": "martine.dubois.cisssmc16@ssss.gouv.qc.ca;francois.begin.cisssmc16@ssss.gouv.qc.ca",
        "trap": "cisss-rencontre-de-selection-teams",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Martine (CISSSMC)":mailto:martine.dubois.cisssmc16@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bégin, François (CISSSMC)":mailto:francois.begin.cisssmc16@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mme Tremblay\,\n\nComme discuté au téléphone\, voici l'invitation pour la rencontre de sélection – poste d'infirmière clinicienne spécialisée\, programme clientèle cardiovasculaire (Hôpital Charles-LeMoyne).\n\nSeront présents : Martine Dubois\, cheffe de l'administration du programme cardiovasculaire\, et François Bégin\, conseiller en soins infirmiers.\nPrévoyez 45 minutes. Vous aurez à nous présenter brièvement (5 min) un cas clinique de patient insuffisant cardiaque que vous avez suivi.\n\nMartine\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE3MjQ5OTAtYzg2Ni00ZTk4LWI1OGItNjYwNjU5NWQ2N2Yx%40thread.v2/0?context=%7b%22Tid%22%3a%2206e3a3c5-2b4a-4a46-9f7b-5e1e1c5d7d31%22%7d>\nID de réunion : 248 913 775 204\nCode secret : qF8mN3\nTéléchargez Teams<https://www.microsoft.com/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nOu appelez (audio seulement)\n+1 581-319-2194\,\,611452907#   Canada\, Quebec\nID de conférence téléphonique : 611 452 907#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C4D2A91C11A7DB01000000000000000010000000E6F2B8C0117AE84BA2C4E5D9F03B1A07
SUMMARY;LANGUAGE=fr-CA:Rencontre de sélection - ICS programme cardiovasculaire
DTSTART;TZID=Eastern Standard Time:20250422T103000
DTEND;TZID=Eastern Standard Time:20250422T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T132217Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE3MjQ5OTAtYzg2Ni00ZTk4LWI1OGItNjYwNjU5NWQ2N2Yx%40thread.v2/0?context=%7b%22Tid%22%3a%2206e3a3c5-2b4a-4a46-9f7b-5e1e1c5d7d31%22%7d
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:martine.dubois.cisssmc16@ssss.gouv.qc.ca\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZGE3MjQ5OTAtYzg2Ni00ZTk4LWI1OGItNjYwNjU5NWQ2N2Yx-thread.v2!06e3a3c5
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-cancel",
        "uid": "040000008200E00074C5B7101A82E00800000000C4D2A91C11A7DB01000000000000000010000000E6F2B8C0117AE84BA2C4E5D9F03B1A07",
        "is_interview": 1,
        "company": "CISSS de la Montérégie-Centre",
        "role": "",
        "stage": "",
        "interviewers": "martine.dubois.cisssmc16@ssss.gouv.qc.ca;francois.begin.cisssmc16@ssss.gouv.qc.ca",
        "trap": "cancelled-rencontre-de-selection-method-cancel",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dubois, Martine (CISSSMC)":mailto:martine.dubois.cisssmc16@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bégin, François (CISSSMC)":mailto:francois.begin.cisssmc16@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mme Tremblay\,\n\nJe dois malheureusement annuler notre rencontre : l'affichage du poste est suspendu le temps que la direction révise la structure du programme. Nous vous recontacterons si le processus reprend.\n\nDésolée pour les inconvénients\,\nMartine Dubois\n
UID:040000008200E00074C5B7101A82E00800000000C4D2A91C11A7DB01000000000000000010000000E6F2B8C0117AE84BA2C4E5D9F03B1A07
SUMMARY;LANGUAGE=fr-CA:Annulé : Rencontre de sélection - ICS programme cardiovasculaire
DTSTART;TZID=Eastern Standard Time:20250422T103000
DTEND;TZID=Eastern Standard Time:20250422T111500
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250417T200512Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "uid": "8F1E2C4B-7A0D-4E6C-B1F3-2D9A5C7E0B14",
        "is_interview": 1,
        "company": "CISSS des Laurentides",
        "role": "",
        "stage": "",
        "interviewers": "Sophie Charette",
        "trap": "handtyped-floating-entrevue-tel-abbrev",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250320T233104Z
DTSTAMP:20250320T233112Z
LAST-MODIFIED:20250320T233112Z
UID:8F1E2C4B-7A0D-4E6C-B1F3-2D9A5C7E0B14
DTSTART:20250327T121500
DTEND:20250327T124500
SUMMARY:Entrevue tel CISSS Laurentides – inf. recherche St-Jérôme
DESCRIPTION:Sophie Charette (coordo recherche\, unité de recherche clinique HRSJ) appelle sur mon cell.\nPo
 ste 4j/sem\, études cardio + diabète\nQuestions: % déplacement? horaire fixe? garder mon ancienneté?\nPAUSE
  DINER -> m'isoler salle de repos 7e
TRANSP:OPAQUE
SEQUENCE:0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:0C5D1B7E-9E4F-4A6B-8D2C-3F1A0B9E7D65
UID:0C5D1B7E-9E4F-4A6B-8D2C-3F1A0B9E7D65
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-confirm",
        "uid": "3a7d9e52-2b18-4f0c-8c35-6e1b0f9a4d27@outlook.office365.com",
        "is_interview": 1,
        "company": "CIUSSS de la Capitale-Nationale",
        "role": "Conseillère en soins infirmiers – maladies chroniques (insuffisance cardiaque)",
        "stage": "recruiter_screen",
        "interviewers": "melanie.tardif.ciussscn@ssss.gouv.qc.ca",
        "trap": "microsoft-bookings-preselection-ciusss",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Recrutement DSI - CIUSSS de la Capitale-Nationale:mailto:RecrutementDSI@CIUSSSCN.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Geneviève Tremblay:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mélanie Tardif:mailto:melanie.tardif.ciussscn@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-FR:Votre rendez-vous est confirmé\n\nGeneviève Tremblay\, merci d'avoir réservé avec Recrutement DSI - CIUSSS de la Capitale-Nationale.\n\nService : Entrevue de présélection (30 min) – Conseillère en soins infirmiers – maladies chroniques (insuffisance cardiaque)\nMembre du personnel : Mélanie Tardif\nDate : jeudi 1 mai 2025\nHeure : 14:00 - 14:30 (UTC-05:00) Est (États-Unis et Canada)\n\nRejoindre la réunion Microsoft Teams<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OWU2ZmQ4NzMtMjY1Ny00YjM3LTg4NzEtYjdmYjA1ODVlZjBh%40thread.v2/0?context=%7b%22Tid%22%3a%2215c2a5a7-55f0-4b6e-a3a5-1c7d7b0e9b21%22%7d>\n\nGérer la réservation<https://outlook.office365.com/owa/calendar/RecrutementDSI@CIUSSSCN.onmicrosoft.com/bookings/s/Ks2l0H8yEUm1xQ7t5bF3ag2>\n\nCIUSSS de la Capitale-Nationale\, 2915 avenue du Bourg-Royal\, Québec\, QC G1C 3S2\n
UID:3a7d9e52-2b18-4f0c-8c35-6e1b0f9a4d27@outlook.office365.com
SUMMARY;LANGUAGE=fr-FR:Entrevue de présélection (30 min) – Conseillère en soins infirmiers – maladies chroniques (insuffisance cardiaque)
DTSTART;TZID=Eastern Standard Time:20250501T140000
DTEND;TZID=Eastern Standard Time:20250501T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250425T114018Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
