# ruff: noqa: E501
"""holdout182 events, part j: job-search look-alikes and personal life (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "google-entry",
        "uid": "salon-carrieres-sante-2025@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "careers-fair-visitor-all-day",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:gen.tremblay@videotron.ca
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250322
DTEND;VALUE=DATE:20250323
DTSTAMP:20250301T190011Z
UID:salon-carrieres-sante-2025@google.com
DESCRIPTION:Salon Carrières en santé et services sociaux. Apporter 15 CV im
 primés + cartes. Kiosques à voir: CHUM\, CUSM\, Héma-Québec\, Syneos\, INESS
 S. Entrevues-éclair possibles sur place (s'inscrire en ligne avant).
LOCATION:Palais des congrès de Montréal\, 1001 Pl. Jean-Paul-Riopelle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Salon Carrières santé (Palais des congrès)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000C83A58BAC104DC0100000000000000001000000023C4D5E6F708192A3B4C5D6E7F8091A2",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "reference-call-as-referee-employer-named",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Roy, Jean-Philippe (CHU de Québec)":mailto:jean-philippe.roy@chudequebec.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Tremblay\,\n\nMme Camille Roy vous a désignée comme référence dans le cadre de sa candidature au poste d'infirmière clinicienne – unité coronarienne (Hôtel-Dieu de Québec). Je vous appellerai au numéro fourni pour un appel de vérification de références d'environ 15 minutes : contexte de travail avec Mme Roy\, compétences cliniques\, travail d'équipe\, fiabilité.\n\nMerci de votre collaboration\,\nJean-Philippe Roy\nConseiller en soins infirmiers\, CHU de Québec-Université Laval\n
UID:040000008200E00074C5B7101A82E00800000000C83A58BAC104DC0100000000000000001000000023C4D5E6F708192A3B4C5D6E7F8091A2
SUMMARY;LANGUAGE=fr-CA:Vérification de références - candidature de Mme Camille Roy
DTSTART;TZID=Eastern Standard Time:20250604T123000
DTEND;TZID=Eastern Standard Time:20250604T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T135902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Téléphone
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
        "kind": "google-invite",
        "uid": "9hays0intro2025jordan@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "recruiter-call-no-employer-named",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250317T121500
DTEND;TZID=America/Toronto:20250317T124500
DTSTAMP:20250313T152210Z
ORGANIZER;CN=Jordan Whitaker:mailto:jordan.whitaker@hays.com
UID:9hays0intro2025jordan@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
DESCRIPTION:Hi Geneviève\,\n\nThanks for accepting my invite. I'd love to le
 arn more about what you're looking for next. I work with several clients in
  life sciences and private healthcare across Québec and Ontario (research\,
  medical affairs\, patient programs) and often have roles that are never pos
 ted. No specific role yet — just an intro so I can keep you in mind.\n\nJor
 dan Whitaker\nRecruitment Consultant – Life Sciences\, Hays Canada
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro call – Geneviève / Jordan (Hays)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "uid": "3E5A7C9B-1D3F-4A5B-8C7E-9F1A3B5D7C0E",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "interview-prep-block-named-employer",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250325T011208Z
DTSTAMP:20250325T011208Z
LAST-MODIFIED:20250325T011208Z
UID:3E5A7C9B-1D3F-4A5B-8C7E-9F1A3B5D7C0E
DTSTART:20250327T190000
DTEND:20250327T210000
SUMMARY:Prép entrevue Syneos
DESCRIPTION:STAR x5 (déviation protocole!!\, pt instable à domicile\, confl
 it MD)\, relire ICH-GCP E6 R3\, questions pour Dana: territoire? combien de
  visites/jour? auto fournie?
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-reminder",
        "uid": "7A9C1E3B-5D7F-4B9A-8E2C-4F6A8C0E2B4D",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "thank-you-note-reminder",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250409T133544Z
DTSTAMP:20250409T133544Z
LAST-MODIFIED:20250409T133544Z
UID:7A9C1E3B-5D7F-4B9A-8E2C-4F6A8C0E2B4D
DTSTART:20250409T200000
DTEND:20250409T201500
SUMMARY:courriel remerciement CHUM (Mme Paquette + Hélène)
DESCRIPTION:mentionner projet d'enseignement post-PAC + dispo pour commence
 r en juillet
TRANSP:TRANSPARENT
SEQUENCE:0
BEGIN:VALARM
TRIGGER:PT0S
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000D94B69CBD215DC0100000000000000001000000034D5E6F708192A3B4C5D6E7F8091A2B3",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "pre-employment-medical-new-employer",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Santé et sécurité au travail (CHUM)":mailto:sst.prevention.chum@ssss.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Tremblay\,\n\nFélicitations pour votre nomination! Dans le cadre de votre embauche\, vous êtes convoquée à l'évaluation de santé pré-embauche avec l'infirmière du Service de santé et sécurité au travail : questionnaire de santé\, vérification du carnet de vaccination (hépatite B\, RRO\, varicelle\, coqueluche)\, TCT à 2 étapes et test d'ajustement du masque N95.\n\nApportez votre carnet de vaccination et votre carte d'assurance maladie.\n
UID:040000008200E00074C5B7101A82E00800000000D94B69CBD215DC0100000000000000001000000034D5E6F708192A3B4C5D6E7F8091A2B3
SUMMARY;LANGUAGE=fr-CA:Évaluation de santé pré-embauche - SST CHUM
DTSTART;TZID=Eastern Standard Time:20250617T083000
DTEND;TZID=Eastern Standard Time:20250617T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250610T121133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:CHUM - Pavillon S\, 850 rue Saint-Denis\, S02.300 (Santé et sécurité au travail)
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
        "kind": "google-invite",
        "uid": "empreintes-0619-gtremblay@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "post-offer-background-check-fingerprints",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:gen.tremblay@videotron.ca
X-WR-TIMEZONE:America/Toronto
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250619T100000
DTEND;TZID=America/Toronto:20250619T103000
DTSTAMP:20250611T230148Z
UID:empreintes-0619-gtremblay@google.com
DESCRIPTION:Vérification des antécédents judiciaires demandée par le CHUM (
 formulaire de consentement signé). Prise d'empreintes digitales — Commissio
 naires Québec. Apporter 2 pièces d'identité dont une avec photo.
LOCATION:Commissionnaires du Québec\, 1160 rue Saint-Mathieu\, Montréal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Empreintes – vérif. antécédents (CHUM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "uid": "5C7E9A1B-3D5F-4C7A-9B1D-6E8F0A2C4E6A",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "personal-hockey-with-brother-recurring",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250103T020011Z
DTSTAMP:20250103T020011Z
LAST-MODIFIED:20250103T020011Z
UID:5C7E9A1B-3D5F-4C7A-9B1D-6E8F0A2C4E6A
DTSTART:20250108T211500
DTEND:20250108T223000
RRULE:FREQ=WEEKLY;UNTIL=20250430T235959;BYDAY=WE
SUMMARY:Hockey avec Math 🏒
LOCATION:Aréna Ahuntsic
DESCRIPTION:ligue mixte\, 15$ la glace. Apporter gilet foncé
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "clinic-reminder",
        "uid": "rdv-5521987@dentiste-fleury.ca",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "personal-dentist-appointment",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Progident//Rappels Patients//FR
METHOD:PUBLISH
BEGIN:VEVENT
UID:rdv-5521987@dentiste-fleury.ca
DTSTAMP:20250214T150000Z
DTSTART:20250404T133000Z
DTEND:20250404T143000Z
SUMMARY:Rendez-vous – Centre dentaire Fleury (Dre Lavoie)
DESCRIPTION:Examen et nettoyage. Veuillez nous aviser 48 h à l'avance en cas d'annulation. 514 555-0193.
LOCATION:Centre dentaire Fleury\, 2100 rue Fleury Est\, Montréal
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "uid": "9E1A3C5D-7F9B-4D1E-8A3C-0B2D4F6A8C1E",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "personal-family-dinner",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250501T013300Z
DTSTAMP:20250501T013300Z
LAST-MODIFIED:20250501T013300Z
UID:9E1A3C5D-7F9B-4D1E-8A3C-0B2D4F6A8C1E
DTSTART:20250511T173000
DTEND:20250511T213000
SUMMARY:Souper chez maman (fête des mères)
DESCRIPTION:apporter dessert + fleurs. Mathieu et Chloé viennent aussi
LOCATION:Repentigny
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "visite-centris-28455120@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "personal-condo-visit-with-broker",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250412T110000
DTEND;TZID=America/Toronto:20250412T114500
DTSTAMP:20250409T014433Z
ORGANIZER;CN=Éric Girard – Courtier immobilier:mailto:eric.girard.courtier@gmail.com
UID:visite-centris-28455120@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
DESCRIPTION:Visite – Centris #28455120 – condo 2 chambres\, 3e étage\, stati
 onnement intérieur. Apportez votre préqualification hypothécaire si vous l'a
 vez. Je vous attends à la porte.\n\nÉric Girard\, courtier immobilier résid
 entiel
LOCATION:5620 rue Molson\, app. 302\, Montréal\, QC H1Y 3B9
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Visite condo – 5620 Molson #302
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
