# ruff: noqa: E501
"""holdout182 events, part g: the user on the hiring side at her own unit (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000B7D9F1A3C5B3DB010000000000000000100000001A2B3C4D5E6F70819203A4B5C6D7E8F9",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-unit-panel-three-candidates",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dion, Stéphanie (CIUSSS NIM)":mailto:stephanie.dion.cnmtl@ssss.gouv.qc.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="HSCM - Salle 7-110 (poste central 7e)":mailto:HSCM.Salle7110@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nMerci d'accepter de siéger avec moi et Stéphanie (RH) pour les entrevues des postes d'infirmières cliniciennes au 7e cardiologie (2 postes TC jour/soir).\n\n13 h 00 – Mme Audrey Paquin (CEPI\, finissante UdeM)\n13 h 45 – Mme Fatima Zahra El Idrissi (inf. clin.\, 3 ans Hôpital Jean-Talon)\n14 h 30 – M. Kevin Lussier (inf. clin.\, soins intensifs\, retour au public)\n\nLes grilles d'entrevue et les questions sont dans le dossier partagé : S:\\DSI\\7e Cardio\\Recrutement 2025. Merci d'imprimer 3 grilles. Ton remplacement au poste est prévu (Nadia).\n\nIsabelle Poitras\nCheffe d'unité – cardiologie 7e\n
UID:040000008200E00074C5B7101A82E00800000000B7D9F1A3C5B3DB010000000000000000100000001A2B3C4D5E6F70819203A4B5C6D7E8F9
SUMMARY;LANGUAGE=fr-CA:Entrevues - inf. clin. 7e cardio (3 candidat.e.s)
DTSTART;TZID=Eastern Standard Time:20250318T130000
DTEND;TZID=Eastern Standard Time:20250318T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T202130Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HSCM - Salle 7-110 (poste central 7e)
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
        "kind": "outlook-reply",
        "uid": "040000008200E00074C5B7101A82E00800000000C8EAF2B4D6B4DB010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F8091A",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
DTSTART;TZID=Eastern Standard Time:20250325T100000
DTEND;TZID=Eastern Standard Time:20250325T104500
DTSTAMP:20250320T031406Z
ORGANIZER;CN=Tremblay\, Geneviève (CIUSSS NIM):mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
UID:040000008200E00074C5B7101A82E00800000000C8EAF2B4D6B4DB010000000000000000100000002B3C4D5E6F708192A3B4C5D6E7F8091A
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maude
  Lévesque;X-NUM-GUESTS=0:mailto:maude.levesque1998@gmail.com
COMMENT;X-COMMENT-AUTHOR=maude.levesque1998@gmail.com:Merci beaucoup\, je se
 rai là! Est-ce que je dois apporter mon relevé de notes?
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue - Infirmière clinicienne\, cardiologie 7e (HSCM) - Maude Lé
 vesque
LOCATION:HSCM - Salle 7-110
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "2kf8s0q4w6e1r3t5y7u9i0o2pa@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-candidate-free-mail-invite",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250402T143000
DTEND;TZID=America/Toronto:20250402T150000
DTSTAMP:20250331T220918Z
ORGANIZER;CN=Alexandra Petit:mailto:alexandra.petit92@hotmail.com
UID:2kf8s0q4w6e1r3t5y7u9i0o2pa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=genevieve.tremblay.cisss@ssss.gouv.qc.ca;X-NUM-GUESTS=0:mailto:gene
 vieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Alexandra Petit;X-NUM-GUESTS=0:mailto:alexandra.petit92@hotmail.com
CREATED:20250331T220917Z
DESCRIPTION:Bonjour Mme Tremblay\,\n\nTel que convenu avec Mme Poitras\, je
  vous envoie l'invitation pour mon entrevue téléphonique pour le poste d'inf
 irmière clinicienne de nuit au 7e. Vous pouvez me joindre au 438-555-0162.\n
 \nMerci et bonne journée\,\nAlexandra Petit\, inf. clin.
LAST-MODIFIED:20250331T220918Z
LOCATION:Téléphone 438-555-0162
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue téléphonique - Alexandra Petit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D9FB03C5E7B5DB010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A2B",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-agency-presents-candidate",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Placement Soins Direct":mailto:placement@soinsdirect.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=genevieve.tremblay.cisss@ssss.gouv.qc.ca:mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=isabelle.poitras.cnmtl@ssss.gouv.qc.ca:mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mme Tremblay\,\n\nSuite à la demande de main-d'œuvre indépendante pour le 7e cardiologie (nuits\, 6 semaines)\, nous vous présentons notre candidate :\n\nMme Josiane Laplante\, infirmière clinicienne\, 9 ans d'expérience (urgence\, télémétrie)\, ACLS à jour\, disponible dès le 14 avril.\nCV et attestations en pièce jointe.\n\nNous vous proposons une courte rencontre Teams avec elle afin que vous puissiez valider son profil avant la confirmation du contrat.\n\nMarie-Ève Gosselin\nCoordonnatrice de placement – Soins Direct inc.\n514 555-0150\n
UID:040000008200E00074C5B7101A82E00800000000D9FB03C5E7B5DB010000000000000000100000003C4D5E6F708192A3B4C5D6E7F8091A2B
SUMMARY;LANGUAGE=fr-CA:Présentation candidate MOI - J. Laplante / 7e cardio HSCM
DTSTART;TZID=Eastern Standard Time:20250407T113000
DTEND;TZID=Eastern Standard Time:20250407T115000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T174402Z
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
        "kind": "phone-entry",
        "uid": "A9D3F7B1-4C2E-4E8A-9B6D-1F0C3E5A7D9B",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-handtyped-candidate-notes",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250318T193025Z
DTSTAMP:20250318T200511Z
LAST-MODIFIED:20250318T200511Z
UID:A9D3F7B1-4C2E-4E8A-9B6D-1F0C3E5A7D9B
DTSTART:20250318T134500
DTEND:20250318T143000
SUMMARY:Entrevue Fatima Z. (7e)
DESCRIPTION:++ ECG\, explique bien le protocole héparine\, calme. Mise en sit
 . douleur thoracique: 4/5. Dispo soir seulement (garderie). Références: ch
 ef HJT. -> recommander\, 2e choix après Audrey? en parler avec Isabelle
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-confirm",
        "uid": "8e2b0f14-6c3a-4d59-b71e-9a0c2d4f6e83@outlook.office365.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-bookings-host-externat",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=Recrutement Externat DSI - CIUSSS NIM:mailto:RecrutementExternatDSI@CIUSSSNIM.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-FR:Vous avez une nouvelle réservation.\n\nService : Entrevue – externes en soins infirmiers été 2025 (20 min)\nMembre du personnel : Geneviève Tremblay\nClient : Léa Fontaine\nCourriel du client : lea.fontaine@umontreal.ca\nTéléphone du client : 514-555-0123\nNotes : Étudiante 3e année bac\, intéressée par la cardiologie ou les soins intensifs. Disponible dès le 5 mai.\n\nRejoindre la réunion Microsoft Teams<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQ1NzBmYjAtNGI2OC00ZmMxLWE4MDEtOTlkM2M5YjJkNTQw%40thread.v2/0>\n\nCette réservation a été effectuée dans Microsoft Bookings.\n
UID:8e2b0f14-6c3a-4d59-b71e-9a0c2d4f6e83@outlook.office365.com
SUMMARY;LANGUAGE=fr-FR:Léa Fontaine pour Entrevue – externes en soins infirmiers été 2025 (20 min)
DTSTART;TZID=Eastern Standard Time:20250409T151000
DTEND;TZID=Eastern Standard Time:20250409T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T020316Z
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
    {
        "kind": "calendly-booking",
        "uid": "f41a7c2e-0b95-4d38-a6e1-3c7d9b2f5e08@calendly.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-calendly-host-screening",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:f41a7c2e-0b95-4d38-a6e1-3c7d9b2f5e08@calendly.com
DTSTAMP:20250414T234015Z
DTSTART:20250417T180000Z
DTEND:20250417T181500Z
SUMMARY:Appel 15 min – candidat(e)s infirmier(ère)s auxiliaires 7e between Geneviève Tremblay and Rachid Benali
ORGANIZER;CN=Geneviève Tremblay:mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
ATTENDEE;CN=Rachid Benali;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rachid.benali.ina@gmail.com
LOCATION:Geneviève Tremblay will call the invitee at +1 438-555-0109
DESCRIPTION:Event Name: Appel 15 min – candidat(e)s infirmier(ère)s auxiliaires 7e\n\nLocation: Geneviève Tremblay will call the invitee at +1 438-555-0109\n\nInvitee: Rachid Benali\nInvitee Email: rachid.benali.ina@gmail.com\n\nQuestions:\nNuméro de permis OIIAQ: 2219-04\nDisponibilités: nuits\, fins de semaine\n\nView event in Calendly: https://calendly.com/events/f41a7c2e-0b95-4d38-a6e1-3c7d9b2f5e08\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000EA0C14D6F8B6DB010000000000000000100000004D5E6F708192A3B4C5D6E7F8091A2B3C",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-candidate-shadowing-visit",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Poitras, Isabelle (CIUSSS NIM)":mailto:isabelle.poitras.cnmtl@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay, Geneviève (CIUSSS NIM)":mailto:genevieve.tremblay.cisss@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Geneviève\,\n\nMme Thu Trang Nguyen (candidate retenue en entrevue\, inf. clin. formée en France) vient faire une visite d'unité et un jumelage de 2 h avec toi avant qu'on lui fasse une offre. Tu peux lui montrer la télémétrie\, le chariot de code et la routine de la tournée de 10 h. Dis-moi ensuite si tu la sens prête pour l'orientation de 10 jours ou s'il faudrait prévoir plus.\n\nMerci!\nIsabelle\n
UID:040000008200E00074C5B7101A82E00800000000EA0C14D6F8B6DB010000000000000000100000004D5E6F708192A3B4C5D6E7F8091A2B3C
SUMMARY;LANGUAGE=fr-CA:Visite + jumelage 2 h - Mme T.T. Nguyen (avant offre)
DTSTART;TZID=Eastern Standard Time:20250424T090000
DTEND;TZID=Eastern Standard Time:20250424T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T154422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:7e cardio - poste central
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
        "uid": "4lr7t0y3u6i9o2p5a8s1d4f7gh@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-supervised-trial-shift",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Geneviève – travail
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20250414T231500Z
DTEND:20250415T111500Z
DTSTAMP:20250410T014455Z
UID:4lr7t0y3u6i9o2p5a8s1d4f7gh@google.com
CREATED:20250410T014401Z
DESCRIPTION:Quart de nuit + quart d'essai de la candidate d'agence (Josiane
  L.) — je la supervise\, pas d'assignation seule. Remplir la fiche d'apprécia
 tion du quart d'essai pour Isabelle avant 7h15.
LAST-MODIFIED:20250410T014455Z
LOCATION:HSCM 7e
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nuit 7e – quart d'essai Josiane (supervision)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000FB1D25E709B7DB010000000000000000100000005E6F708192A3B4C5D6E7F8091A2B3C4D",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-selection-committee-aic",
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
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="HSCM - K-3020 (Salle RH)":mailto:HSCM.K3020@ssss.gouv.qc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour\,\n\nConvocation du comité de sélection – affichage 2025-0188\, assistante infirmière-chef (AIC)\, 7e cardiologie\, quart de nuit.\n\nComité : Isabelle Poitras (cheffe d'unité)\, Geneviève Tremblay (infirmière clinicienne\, représentante de l'équipe)\, Stéphanie Dion (RH).\nCandidates convoquées : 4 (horaire joint). Chaque membre complète sa grille individuellement avant la délibération.\n\nRappel : les renseignements sur les candidates sont confidentiels.\n\nStéphanie Dion\, CRHA\nConseillère en dotation\n
UID:040000008200E00074C5B7101A82E00800000000FB1D25E709B7DB010000000000000000100000005E6F708192A3B4C5D6E7F8091A2B3C4D
SUMMARY;LANGUAGE=fr-CA:Comité de sélection - AIC nuit 7e (2025-0188)
DTSTART;TZID=Eastern Standard Time:20250506T083000
DTEND;TZID=Eastern Standard Time:20250506T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T131514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:HSCM - K-3020 (Salle RH)
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
