# ruff: noqa: E501
"""holdout182 events, part i: work life, look-alikes of interviews (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "google-entry",
        "uid": "0shift7e-jour-2025printemps@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "work-shift-recurring-day-exdate",
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
DTSTART;TZID=America/Toronto:20250310T074500
DTEND;TZID=America/Toronto:20250310T160000
RRULE:FREQ=WEEKLY;UNTIL=20250629T035959Z;BYDAY=MO,TU,TH
EXDATE;TZID=America/Toronto:20250327T074500,20250408T074500,20250410T074500
DTSTAMP:20250302T224511Z
UID:0shift7e-jour-2025printemps@google.com
CREATED:20250302T224400Z
DESCRIPTION:Quart de jour 7h45-16h. Horaire période 9 à 12. Échanges notés
  dans Kronos.
LAST-MODIFIED:20250302T224511Z
LOCATION:HSCM 7e cardio
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jour 7e
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "uid": "D4F8B2A6-1E3C-4B5D-9F7A-0C2E4A6B8D1F",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "work-shift-night-floating",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250309T201533Z
DTSTAMP:20250309T201533Z
LAST-MODIFIED:20250309T201533Z
UID:D4F8B2A6-1E3C-4B5D-9F7A-0C2E4A6B8D1F
DTSTART:20250321T234500
DTEND:20250322T080000
SUMMARY:NUIT (remplace Karine)
DESCRIPTION:échange: elle fait mon jour du 28
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "uid": "F1A3C5E7-2B4D-4F6A-8C0E-1D3F5B7A9C2E",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "patient-admission-entrevue-accueil",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250415T120311Z
DTSTAMP:20250415T120311Z
LAST-MODIFIED:20250415T120311Z
UID:F1A3C5E7-2B4D-4F6A-8C0E-1D3F5B7A9C2E
DTSTART:20250416T083000
DTEND:20250416T091500
SUMMARY:Entrevue d'accueil M. Dubé ch. 712
DESCRIPTION:admission élective ablation FA demain. Fille présente (interprè
 te\, il parle surtout anglais). Vérifier anticoag\, allergies iode\, jeûne.
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000627492546BBEDB01000000000000000010000000C5D6E7F8091A2B3C4D5E6F708192A3B4",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "unit-team-meeting-accreditation",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="DL-7e Cardio Infirmières":mailto:DL-7eCardioInf.cnmtl@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Ordre du jour :\n1. Préparation de la visite d'Agrément Canada (traceurs\, double identification\, bilan comparatif des médicaments)\n2. Nouveau protocole d'héparine IV – rappel\n3. Chutes : résultats du trimestre\n4. Recrutement : arrivée de 2 CEPI en juin\n5. Varia\n\nRencontre de 30 min au poste central\, répétée à 15 h 15 pour l'équipe de soir.\n
UID:040000008200E00074C5B7101A82E00800000000627492546BBEDB01000000000000000010000000C5D6E7F8091A2B3C4D5E6F708192A3B4
SUMMARY;LANGUAGE=fr-CA:Rencontre d'équipe 7e - Agrément
DTSTART;TZID=Eastern Standard Time:20250520T141500
DTEND;TZID=Eastern Standard Time:20250520T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250513T112017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:7e - poste central
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
        "kind": "outlook-allday",
        "uid": "040000008200E00074C5B7101A82E00800000000738503657CBFDB01000000000000000010000000D6E7F8091A2B3C4D5E6F708192A3B4C5",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "acls-training-two-days-all-day",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Centre de formation clinique (CIUSSS NIM)":mailto:formation.clinique.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Cours ACLS (Soins avancés en réanimation cardiovasculaire) – Cœur + AVC – 2 jours\, 8 h à 16 h 30.\nPréalables : RCR-DEA niveau C à jour\, prétest en ligne réussi (70 %)\, interprétation des rythmes.\nL'évaluation finale comprend un examen écrit et une station pratique (mégacode).\n
UID:040000008200E00074C5B7101A82E00800000000738503657CBFDB01000000000000000010000000D6E7F8091A2B3C4D5E6F708192A3B4C5
SUMMARY;LANGUAGE=fr-CA:Formation ACLS - groupe 2025-04
DTSTART;VALUE=DATE:20250423
DTEND;VALUE=DATE:20250425
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T150442Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HSCM - Centre de simulation\, pavillon Albert-Prévost\, local A-0120
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-entry",
        "uid": "3rcp8dea0-recert-2025@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "cpr-recertification-evaluation",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:gen.tremblay@videotron.ca
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250405T130000Z
DTEND:20250405T170000Z
DTSTAMP:20250320T010203Z
UID:3rcp8dea0-recert-2025@google.com
DESCRIPTION:Recertification RCR-DEA niveau C (SIR/BLS) – évaluation pratiq
 ue + examen. Payé par moi\, garder reçu pour crédits OIIQ (4 h).
LOCATION:Formations Urgence Vie\, 1275 rue Hodge\, Saint-Laurent
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:RCR recert (BLS)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-entry",
        "uid": "6eval-mistage-florence@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "preceptor-student-midterm-evaluation",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250402T143000
DTEND;TZID=America/Toronto:20250402T151500
DTSTAMP:20250326T180112Z
ORGANIZER;CN=Nathalie Provost:mailto:nprovost@cegepsth.qc.ca
UID:6eval-mistage-florence@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=genevieve.tremblay.cisss@ssss.gouv.qc.ca;X-NUM-GUESTS=0:mailto:gene
 vieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Florence Bédard;X-NUM-GUESTS=0:mailto:florence.bedard@etu.cegepsth.qc.ca
DESCRIPTION:Bonjour Geneviève\,\n\nRencontre tripartite d'évaluation de mi-s
 tage de Florence (stage final 180.A0\, 7e cardio). Merci d'avoir complété la
  grille d'évaluation formative avant la rencontre. On discutera de ses objec
 tifs pour les 4 dernières semaines (gestion de 5 patients\, priorisation).\n
 \nNathalie Provost\, enseignante – Soins infirmiers\, Cégep de Saint-Hyacint
 he
LOCATION:HSCM 7e – salle de réunion
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Évaluation mi-stage – Florence B.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000849614768DC0DB01000000000000000010000000E7F8091A2B3C4D5E6F708192A3B4C5D6",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "mock-interviews-user-volunteers-for-students",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Service de placement et stages - Cégep de Saint-Hyacinthe":mailto:placement@cegepsth.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nUn immense merci de revenir encore cette année pour les simulations d'entrevue des finissantes et finissants en Soins infirmiers (180.A0)! Tu joueras le rôle d'une gestionnaire qui fait passer une entrevue d'embauche (15 min par étudiant·e + 5 min de rétroaction). Les étudiant·e·s te remettront leur CV à l'arrivée. Ce ne sont PAS de vraies entrevues\, aucune embauche en jeu.\n\nDîner offert à la cafétéria. Stationnement : vignette visiteur à la réception.\n\nGabrielle Côté\nConseillère en placement\n
UID:040000008200E00074C5B7101A82E00800000000849614768DC0DB01000000000000000010000000E7F8091A2B3C4D5E6F708192A3B4C5D6
SUMMARY;LANGUAGE=fr-CA:Simulations d'entrevue - finissant(e)s Soins infirmiers 2025
DTSTART;TZID=Eastern Standard Time:20250403T090000
DTEND;TZID=Eastern Standard Time:20250403T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T162230Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Cégep de Saint-Hyacinthe\, pavillon Saint-Antoine\, local 2.45
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
        "kind": "calendly-booking",
        "uid": "9c3e5a71-b2d4-4f60-8e19-a7c5d3b1f024@calendly.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "mock-interview-with-career-coach",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:9c3e5a71-b2d4-4f60-8e19-a7c5d3b1f024@calendly.com
DTSTAMP:20250401T021944Z
DTSTART:20250405T180000Z
DTEND:20250405T190000Z
SUMMARY:Simulation d'entrevue (60 min) between Sophie Nadeau and Geneviève Tremblay
ORGANIZER;CN=Sophie Nadeau:mailto:sophie@nadeau-orientation.ca
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gen.tremblay@videotron.ca
LOCATION:https://us02web.zoom.us/j/84417290365
DESCRIPTION:Event Name: Simulation d'entrevue (60 min)\n\nLocation: https://us02web.zoom.us/j/84417290365\n\nPlease share anything that will help prepare for our meeting.: J'ai une 2e entrevue au CHUM (CSI) et une entrevue de sélection au CIUSSS Centre-Sud la semaine prochaine. J'aimerais pratiquer les questions comportementales et la mise en situation. Je bafouille quand on me demande mes faiblesses!\n\nSophie Nadeau\, c.o. – Orientation et transition de carrière\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-webinar",
        "uid": "ZOOM-WEBINAR-87710294455-gen.tremblay@videotron.ca",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "webinar-about-interviewing-for-nurses",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250306T141502Z
DTSTART:20250312T230000Z
DTEND:20250313T000000Z
SUMMARY:Webinaire OIIQ – Réussir son entrevue par compétences : conseils pour les infirmières en transition de carrière
UID:ZOOM-WEBINAR-87710294455-gen.tremblay@videotron.ca
TZID:America/Toronto
DESCRIPTION:Bonjour Geneviève Tremblay\,\n\nMerci de vous être inscrit(e) à « Webinaire OIIQ – Réussir son entrevue par compétences ». Conférencière : Mme Annie Leclerc\, CRHA. Cette activité donne droit à 1 h de formation continue accréditée.\n\nRejoindre depuis un PC\, Mac\, iPad ou Android : https://oiiq.zoom.us/w/87710294455?tk=Yx3Hf0\nCode secret : 224119
LOCATION:https://oiiq.zoom.us/w/87710294455?tk=Yx3Hf0
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
]
