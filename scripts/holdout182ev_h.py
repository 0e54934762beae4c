# ruff: noqa: E501
"""holdout182 events, part h: more of the user's hiring-side duties at her unit (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000000C2E36F81AB8DB010000000000000000100000006F708192A3B4C5D6E7F8091A2B3C4D5E",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-debrief-deliberation",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dion, Stéphanie (CIUSSS NIM)":mailto:stephanie.dion.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Délibération du comité et consensus sur les résultats – affichage 2025-0188 (AIC nuit 7e). Merci d'apporter vos grilles complétées. Nous déciderons aussi si une 2e ronde est nécessaire pour les deux candidates ex æquo.\n
UID:040000008200E00074C5B7101A82E008000000000C2E36F81AB8DB010000000000000000100000006F708192A3B4C5D6E7F8091A2B3C4D5E
SUMMARY;LANGUAGE=fr-CA:Délibération / retour entrevues AIC 7e
DTSTART;TZID=Eastern Standard Time:20250506T130000
DTEND;TZID=Eastern Standard Time:20250506T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T131702Z
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
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-entry",
        "uid": "7ws2e5r8t1y4u7i0o3p6a9s2dx@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-exam-correction",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Geneviève – travail
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250512T170000Z
DTEND:20250512T190000Z
DTSTAMP:20250507T120302Z
UID:7ws2e5r8t1y4u7i0o3p6a9s2dx@google.com
CREATED:20250507T120244Z
DESCRIPTION:Corriger les 6 copies d'examen écrit des candidates CEPI (cas c
 linique SCA + calcul de doses) avec le corrigé de Claudia. Remettre les note
 s à Stéphanie (RH) avant mercredi. Libération 2 h (code 042).
LAST-MODIFIED:20250507T120302Z
LOCATION:Bureau DSI K-2150
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Correction examens candidates CEPI
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000001D3F47091CB9DB01000000000000000010000000708192A3B4C5D6E7F8091A2B3C4D5E6F",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-panelist-training",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Formation DRH (CIUSSS NIM)":mailto:formation.drh.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Formation obligatoire pour les membres des comités de sélection (gestionnaires et représentant·e·s des équipes).\n\nContenu : l'entrevue structurée par compétences\, la grille d'évaluation standardisée\, les biais inconscients\, l'équité et la Charte des droits\, la confidentialité et la délibération.\n\nFormatrice : Mme Hélène Brault\, CRHA\, conseillère en développement organisationnel.\nCode de formation : DRH-SEL-101 (2 h\, rémunérées).\n
UID:040000008200E00074C5B7101A82E008000000001D3F47091CB9DB01000000000000000010000000708192A3B4C5D6E7F8091A2B3C4D5E6F
SUMMARY;LANGUAGE=fr-CA:Formation DRH-SEL-101 - Mener une entrevue de sélection (membres de comités)
DTSTART;TZID=Eastern Standard Time:20250311T130000
DTEND;TZID=Eastern Standard Time:20250311T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250224T160101Z
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
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-series",
        "uid": "040000008200E00074C5B7101A82E008000000002E4058102DBADB0100000000000000001000000081920A3B4C5D6E7F8091A2B3C4D5E6F70",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-recurring-block-override",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Plage réservée pour les entrevues d'embauche du 7e (CEPI et infirmières cliniciennes) pendant la période de recrutement du printemps. Je t'envoie les noms des candidates la veille. Si aucune entrevue n'est prévue\, la plage est libérée.\n\nIsabelle\n
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU
UID:040000008200E00074C5B7101A82E008000000002E4058102DBADB0100000000000000001000000081920A3B4C5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=fr-CA:Bloc entrevues d'embauche 7e (mardi PM)
DTSTART;TZID=Eastern Standard Time:20250513T133000
DTEND;TZID=Eastern Standard Time:20250513T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T141010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HSCM - Salle 7-110
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Cette semaine seulement : déplacé au jeudi matin à cause de la visite d'Agrément. 2 candidates CEPI (Rosalie G. et William T.).\n
RECURRENCE-ID;TZID=Eastern Standard Time:20250527T133000
UID:040000008200E00074C5B7101A82E008000000002E4058102DBADB0100000000000000001000000081920A3B4C5D6E7F8091A2B3C4D5E6F70
SUMMARY;LANGUAGE=fr-CA:Bloc entrevues d'embauche 7e (déplacé jeudi AM)
DTSTART;TZID=Eastern Standard Time:20250529T090000
DTEND;TZID=Eastern Standard Time:20250529T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250522T190812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=fr-CA:HSCM - Salle 7-110
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000003F5169213EBBDB010000000000000000100000009203A4B5C6D7E8F9A0B1C2D3E4F5A6B7",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-job-fair-onsite-interviews",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Attraction de talents (CIUSSS NIM)":mailto:attraction.talents.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Merci de représenter la cardiologie à notre Journée Portes ouvertes – Soins infirmiers!\n\nVotre rôle au kiosque Cardiologie / Soins intensifs : accueillir les visiteurs\, présenter l'unité\, et mener des entrevues éclair sur place (15 min) avec les candidat·e·s intéressé·e·s\, avec la grille courte. Les offres conditionnelles peuvent être faites le jour même par les gestionnaires.\n\nT-shirt de l'événement fourni. Repas inclus.\n
UID:040000008200E00074C5B7101A82E008000000003F5169213EBBDB010000000000000000100000009203A4B5C6D7E8F9A0B1C2D3E4F5A6B7
SUMMARY;LANGUAGE=fr-CA:Portes ouvertes Soins infirmiers - kiosque Cardio/SI (entrevues sur place)
DTSTART;TZID=Eastern Standard Time:20250531T090000
DTEND;TZID=Eastern Standard Time:20250531T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T144533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HSCM - Hall d'entrée principal et Atrium
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
        "kind": "phone-entry",
        "uid": "C5E1A7B3-9D2F-4B6C-8A0E-3F7D1B5C9E2A",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-reference-check-caller",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250507T132201Z
DTSTAMP:20250507T132244Z
LAST-MODIFIED:20250507T132244Z
UID:C5E1A7B3-9D2F-4B6C-8A0E-3F7D1B5C9E2A
DTSTART:20250508T123000
DTEND:20250508T130000
SUMMARY:Appels références – Audrey Paquin
DESCRIPTION:Pour Isabelle (elle est en congrès) : appeler les 2 références
  d'Audrey P. (CEPI) — monitrice de stage Cégep + cheffe unité stage finale.
  Formulaire de vérification des références DRH-F12 dans le tiroir du bureau.
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000406270324FBCDB01000000000000000010000000A3B4C5D6E7F8091A2B3C4D5E6F708192",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-international-candidates",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Recrutement international (CIUSSS NIM)":mailto:recrutement.international.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour\,\n\nDans le cadre de la mission de recrutement international (infirmières formées à l'étranger – cohorte automne 2025)\, nous vous demandons de participer aux entrevues virtuelles des candidates qui ont choisi la cardiologie.\n\nCandidates (heure de Montréal) :\n8 h 00 – Mme Salma B. (Casablanca)\n8 h 40 – Mme Aurélie M. (Lyon)\n9 h 20 – Mme Nadège K. (Paris)\n\nAttention au décalage : les candidates sont en après-midi chez elles. La grille d'évaluation Recrutement Santé Québec est en pièce jointe.\n\nL'équipe du recrutement international\n
UID:040000008200E00074C5B7101A82E00800000000406270324FBCDB01000000000000000010000000A3B4C5D6E7F8091A2B3C4D5E6F708192
SUMMARY;LANGUAGE=fr-CA:Entrevues virtuelles - recrutement international - cardiologie
DTSTART;TZID=Eastern Standard Time:20250515T080000
DTEND;TZID=Eastern Standard Time:20250515T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T121815Z
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
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-reminder",
        "uid": "1B7D3F9A-5C2E-4A8B-B0D6-9E3F1A7C5B2D",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-scorecard-feedback-due",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250506T214011Z
DTSTAMP:20250506T214011Z
LAST-MODIFIED:20250506T214011Z
UID:1B7D3F9A-5C2E-4A8B-B0D6-9E3F1A7C5B2D
DTSTART;VALUE=DATE:20250509
DTEND;VALUE=DATE:20250510
SUMMARY:Remettre grilles + commentaires entrevues AIC à Stéphanie (RH)
DESCRIPTION:scanner les 4 grilles\, signer la déclaration de conflit d'inté
 rêts (je connais Marie-Pier du 5e)
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-entry",
        "uid": "5xk9c2v6b0n3m7q1w4e8r2t5yu@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-question-prep-block",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Geneviève – travail
X-WR-TIMEZONE:America/Toronto
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250316T190000
DTEND;TZID=America/Toronto:20250316T203000
DTSTAMP:20250313T002215Z
UID:5xk9c2v6b0n3m7q1w4e8r2t5yu@google.com
CREATED:20250313T002150Z
DESCRIPTION:Préparer pour mardi : 2 mises en situation pour les candidates
  du 7e (patient post-ICP avec hématome au site fémoral + FA rapide chez pati
 ent IC) + 3 questions comportementales (conflit avec un collègue\, erreur d
 e médicament). Envoyer à Isabelle pour validation.
LAST-MODIFIED:20250313T002215Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prép. questions entrevues candidates 7e
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E0080074C5B7101A82E00800000000517381435ABDDB01000000000000000010000000B4C5D6E7F8091A2B3C4D5E6F708192A3",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-hr-invite-candidate-name-in-title",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Dion, Stéphanie (CIUSSS NIM)":mailto:stephanie.dion.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=rosalie.gendron@outlook.com:mailto:rosalie.gendron@outlook.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mme Gendron\,\n\nNous vous confirmons votre entrevue pour le poste de CEPI – cardiologie 7e\, Hôpital du Sacré-Cœur-de-Montréal. Vous rencontrerez Mme Isabelle Poitras\, cheffe d'unité\, et Mme Geneviève Tremblay\, infirmière clinicienne.\n\nMerci de vous présenter à l'accueil principal\, 5400 boul. Gouin Ouest\, 10 minutes à l'avance.\n\nStéphanie Dion\, CRHA\nConseillère en dotation\n
UID:040000008200E0080074C5B7101A82E00800000000517381435ABDDB01000000000000000010000000B4C5D6E7F8091A2B3C4D5E6F708192A3
SUMMARY;LANGUAGE=fr-CA:Entrevue - Rosalie Gendron - CEPI cardiologie 7e
DTSTART;TZID=Eastern Standard Time:20250529T090000
DTEND;TZID=Eastern Standard Time:20250529T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250522T191507Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HSCM - Salle 7-110
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
]
