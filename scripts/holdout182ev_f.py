# ruff: noqa: E501
"""holdout182 events, part f: order, North, federal, home care, private clinics (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E008000000005E7091B3D5B1DB01000000000000000010000000E2D3C4B5A6978877665544332211FFEE",
        "is_interview": 1,
        "company": "OIIQ",
        "role": "Conseillère à la formation continue",
        "stage": "",
        "interviewers": "isabelle.fortier@oiiq.org;marc.lemay@oiiq.org",
        "trap": "professional-order-employer-not-licensing",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Fortier, Isabelle":mailto:isabelle.fortier@oiiq.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lemay, Marc":mailto:marc.lemay@oiiq.org
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Tremblay\,\n\nNous vous confirmons votre entrevue pour le poste de Conseillère à la formation continue (Direction\, Développement et soutien professionnel).\n\nVous rencontrerez Isabelle Fortier\, directrice\, et Marc Lemay\, conseiller principal en ressources humaines. Un exercice de 30 minutes (conception d'une activité de formation en ligne de 1 h sur la surveillance clinique post-ICP) précédera l'entrevue.\n\nAdresse : 4200 rue Molson\, Montréal. Présentez-vous à la réception du 2e étage.\n
UID:040000008200E00074C5B7101A82E008000000005E7091B3D5B1DB01000000000000000010000000E2D3C4B5A6978877665544332211FFEE
SUMMARY;LANGUAGE=fr-CA:Entrevue - Conseillère formation continue - G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250530T090000
DTEND;TZID=Eastern Standard Time:20250530T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250523T162040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:OIIQ - 4200 rue Molson - salle Jeanne-Mance
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
        "uid": "E2B84C1A-6F3D-4D27-9A05-8C1E7B3F2D90",
        "is_interview": 1,
        "company": "Centre de santé Inuulitsivik",
        "role": "",
        "stage": "",
        "interviewers": "Josée",
        "trap": "handtyped-floating-north-phone-first-name-only",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250501T022216Z
DTSTAMP:20250501T022301Z
LAST-MODIFIED:20250501T022301Z
UID:E2B84C1A-6F3D-4D27-9A05-8C1E7B3F2D90
DTSTART:20250506T190000
DTEND:20250506T194500
SUMMARY:Inuulitsivik – entrevue tél (Josée\, DSI) 📞
DESCRIPTION:Poste inf. clinicienne\, dispensaire Puvirnituq\, contrats 8-12
  sem. Prime éloignement + logement. Elle appelle au 514-555-0187.\nDemander:
  formation rôle élargi? combien d'inf. par quart? retour Mtl entre contrats
LOCATION:
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A3B5C7D9E1B2DB01000000000000000010000000C0FFEE112233445566778899AABBCCDD",
        "is_interview": 1,
        "company": "Services aux Autochtones Canada",
        "role": "Infirmière en santé communautaire / Community Health Nurse (NU-CHN-03)",
        "stage": "",
        "interviewers": "nathalie.gagnon2@sac-isc.gc.ca;daniel.mckenzie@sac-isc.gc.ca",
        "trap": "federal-bilingual-gc-jobs-process-number",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Nathalie (SAC/ISC)":mailto:nathalie.gagnon2@sac-isc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="McKenzie, Daniel (SAC/ISC)":mailto:daniel.mckenzie@sac-isc.gc.ca
DESCRIPTION;LANGUAGE=fr-CA:*** English follows ***\n\nProcessus de sélection : 25-ISC-QC-EA-412345 – Infirmière en santé communautaire / Community Health Nurse (NU-CHN-03)\n\nBonjour\,\n\nVous êtes invitée à une entrevue par vidéoconférence (Microsoft Teams) d'une durée de 60 minutes. Les qualifications essentielles suivantes seront évaluées : jugement\, communication orale\, travail en équipe et connaissance des soins de santé primaires en contexte autochtone. Le comité : Nathalie Gagnon\, gestionnaire\, Soins infirmiers – Région du Québec\, et Daniel McKenzie\, infirmier praticien.\n\nVeuillez nous aviser de tout besoin de mesures d'adaptation.\n\n---\n\nSelection process: 25-ISC-QC-EA-412345 – Community Health Nurse (NU-CHN-03)\n\nYou are invited to a 60-minute videoconference interview (Microsoft Teams).\n\n________________________________________________________________________________\nRéunion Microsoft Teams / Microsoft Teams meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YWQ3NDM5MmQtNDNlNi00ZWY2LWJmMTQtMzQ1YzcxNzk2YzQ4%40thread.v2/0\n+1 613-319-1236\,\,906218455# Canada\, Ottawa-Hull\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A3B5C7D9E1B2DB01000000000000000010000000C0FFEE112233445566778899AABBCCDD
SUMMARY;LANGUAGE=fr-CA:Entrevue / Interview - 25-ISC-QC-EA-412345 - TREMBLAY G.
DTSTART;TZID=Eastern Standard Time:20250611T133000
DTEND;TZID=Eastern Standard Time:20250611T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T181155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Microsoft Teams
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
        "uid": "b3f0c1d2-8e47-4a95-b6d3-71f2e0a9c584@calendly.com",
        "is_interview": 1,
        "company": "Bayshore HealthCare",
        "role": "Infirmière de liaison – Programme de soutien aux patients",
        "stage": "recruiter_screen",
        "interviewers": "clemence.archambault@bayshore.ca",
        "trap": "calendly-candidate-booked-screen",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b3f0c1d2-8e47-4a95-b6d3-71f2e0a9c584@calendly.com
DTSTAMP:20250513T003112Z
DTSTART:20250515T130000Z
DTEND:20250515T132000Z
SUMMARY:Appel de présélection (20 min) between Clémence Archambault and Geneviève Tremblay
ORGANIZER;CN=Clémence Archambault:mailto:clemence.archambault@bayshore.ca
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gen.tremblay@videotron.ca
LOCATION:Clémence Archambault will call the invitee at +1 514-555-0187
DESCRIPTION:Event Name: Appel de présélection (20 min)\n\nLocation: Clémence Archambault will call the invitee at +1 514-555-0187\n\nPlease share anything that will help prepare for our meeting.: Poste Infirmière de liaison – Programme de soutien aux patients (Montréal/Laval). Je suis disponible pour commencer en août.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b3f0c1d2-8e47-4a95-b6d3-71f2e0a9c584\nReschedule: https://calendly.com/reschedulings/b3f0c1d2-8e47-4a95-b6d3-71f2e0a9c584\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-booking",
        "uid": "calcom-9q2xw7Lk4vRmA1sT3bN8pZ@cal.com",
        "is_interview": 1,
        "company": "Diex Recherche",
        "role": "Infirmière de recherche – site de Montréal",
        "stage": "hiring_manager",
        "interviewers": "m.bouchard@diexrecherche.com",
        "trap": "calcom-research-site-director-booking",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-9q2xw7Lk4vRmA1sT3bN8pZ@cal.com
DTSTAMP:20250527T224419Z
DTSTART:20250602T160000Z
DTEND:20250602T163000Z
SUMMARY:Entrevue – Infirmière de recherche – site de Montréal between Mathieu Bouchard and Geneviève Tremblay
ORGANIZER;CN=Mathieu Bouchard:mailto:m.bouchard@diexrecherche.com
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
LOCATION:https://app.cal.com/video/9q2xw7Lk4vRmA1sT3bN8pZ
DESCRIPTION:Quoi :\nEntrevue – Infirmière de recherche – site de Montréal between Mathieu Bouchard and Geneviève Tremblay\n\nQuand :\nlundi 2 juin 2025 | 12:00 - 12:30 (America/Toronto)\n\nQui :\nMathieu Bouchard - Organisateur\, Directeur de site\nm.bouchard@diexrecherche.com\nGeneviève Tremblay\ngen.tremblay@videotron.ca\n\nOù :\nCal Video https://app.cal.com/video/9q2xw7Lk4vRmA1sT3bN8pZ\n\nNotes supplémentaires :\nJ'ai 6 ans d'expérience en cardiologie (télémétrie\, unité coronarienne). Formation BPC/GCP complétée en mars 2025.\n\nAnnuler ou reprogrammer : https://app.cal.com/booking/9q2xw7Lk4vRmA1sT3bN8pZ
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-invite",
        "uid": "0d4f8h2j6l0n4p8r2t6v0x4z8b@google.com",
        "is_interview": 1,
        "company": "Clinique Cardio-Santé Laval",
        "role": "Infirmière clinicienne – épreuves d'effort et suivi ambulatoire",
        "stage": "hiring_manager",
        "interviewers": "cardiosantelaval.direction@gmail.com",
        "trap": "private-clinic-owner-gmail-entrevue",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250319T173000
DTEND;TZID=America/Toronto:20250319T181500
DTSTAMP:20250314T134001Z
ORGANIZER;CN=Direction Cardio-Santé Laval:mailto:cardiosantelaval.direction@gmail.com
UID:0d4f8h2j6l0n4p8r2t6v0x4z8b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Direction Cardio-Santé Laval;X-NUM-GUESTS=0:mailto:cardiosantelaval.dir
 ection@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
CREATED:20250314T134000Z
DESCRIPTION:Bonjour Mme Tremblay\,\n\nMerci pour votre CV envoyé via Indeed.
  Comme convenu au téléphone\, je vous attends à la clinique après vos heure
 s de travail pour une entrevue (poste d'Infirmière clinicienne – épreuves d
 'effort et suivi ambulatoire\, 4 jours\, pas de fins de semaine).\n\nDr Pie
 rre-Luc Vézina\, cardiologue\, et moi-même (Chantal\, directrice administra
 tive) serons présents.\n\nChantal Morissette\nClinique Cardio-Santé Laval\n
 450 555-0119
LAST-MODIFIED:20250314T134001Z
LOCATION:Clinique Cardio-Santé Laval\, 3030 boul. Le Carrefour\, bureau 402
 \, Laval\, QC H7T 2P5
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevue Mme Tremblay - infirmière EE
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "uid": "7C3E1A9F-2B4D-4F6A-8E0C-5D7B9A1C3E2F",
        "is_interview": 1,
        "company": "Clinique Cardio-Santé Laval",
        "role": "",
        "stage": "technical",
        "interviewers": "",
        "trap": "handtyped-journee-essai-private-clinic",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250321T161845Z
DTSTAMP:20250321T162003Z
LAST-MODIFIED:20250321T162003Z
UID:7C3E1A9F-2B4D-4F6A-8E0C-5D7B9A1C3E2F
DTSTART:20250328T075000
DTEND:20250328T160000
SUMMARY:Journée d'essai Cardio-Santé Laval
LOCATION:3030 boul. Le Carrefour\, bureau 402\, Laval
DESCRIPTION:journée d'essai payée (rémunérée 1 jour)\, avec Annie (inf. EE)
  — tapis roulant + Holter + MAPA. Apporter uniforme\, stétho\, carte OIIQ. Co
 ngé pris au travail (échange avec Karine)
TRANSP:OPAQUE
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Rappel
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-invite",
        "uid": "workable-event-1f7c3e5a9b2d4f6e8a0c@workablemail.com",
        "is_interview": 1,
        "company": "Medisys",
        "role": "Infirmière clinicienne – bilans de santé (Montréal centre-ville)",
        "stage": "",
        "interviewers": "audrey.bisson@medisys.ca",
        "trap": "workable-private-health-video-interview",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
UID:workable-event-1f7c3e5a9b2d4f6e8a0c@workablemail.com
DTSTAMP:20250408T211032Z
DTSTART;TZID=America/Toronto:20250414T083000
DTEND;TZID=America/Toronto:20250414T090000
SUMMARY:Video interview: Infirmière clinicienne – bilans de santé (Montréal centre-ville) at Medisys
ORGANIZER;CN=Medisys:mailto:medisys@jobs.workablemail.com
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN=Audrey Bisson;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:audrey.bisson@medisys.ca
LOCATION:Video call
DESCRIPTION:Bonjour Geneviève\,\n\nAudrey Bisson (Gestionnaire des soins infirmiers) a planifié un appel vidéo avec vous pour le poste Infirmière clinicienne – bilans de santé (Montréal centre-ville).\n\nJoindre l'appel : https://apply.workable.com/medisys/video/7f3e1a9c\n\nBonne chance!\nL'équipe Medisys\n\nPowered by Workable
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
