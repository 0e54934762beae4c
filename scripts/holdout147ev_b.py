"""holdout147 events, part b: Thales Alenia Space, the Hamburg search and reminders."""

from holdout147ev_tz import TZ_BERLIN, TZ_PARIS, TZ_ROMANCE, TZ_WEUROPE

EVENTS = [
    {
        "kind": "point-rh",
        "label": {
            "uid": "040000008200E00074C5B7101A82E00800000000C3B5E2178E6BDB01000000000000000010000000"
            "7A1F3E5D62B04A4E9C55D1A2F08B3C77",
            "is_interview": 1,
            "company": "Thales Alenia Space",
            "role": "Ingénieur Assurance Qualité Fournisseurs",
            "stage": "recruiter_screen",
            "interviewers": "marion.roussel@thalesaleniaspace.com",
            "trap": "point-rh-teams-outlook-no-room",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=ROUSSEL Marion:mailto:marion.roussel@thalesaleniaspace.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ines Carv
 alho:mailto:ines.carvalho31@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Inès\,\n\nComme convenu par téléphone\,
  voici l'invitation pour notre point RH (45 min) concernant le poste d'Ing
 énieur Assurance Qualité Fournisseurs – site de Toulouse.\n\nÀ bientôt\,\n
 Marion Roussel\nTalent Acquisition – Thales Alenia Space France\n\n_______
 _________________________________________________________________________\n
 Réunion Microsoft Teams\nRejoindre sur votre ordinateur\, votre applicatio
 n mobile ou votre appareil de salle\nCliquez ici pour rejoindre la réunion
 <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTk5ZmFh%40thread.
 v2/0>\nID de la réunion : 392 017 455 660\nCode secret : bQ5tX2\n_________
 _______________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C3B5E2178E6BDB0100000000000000
 00100000007A1F3E5D62B04A4E9C55D1A2F08B3C77
SUMMARY;LANGUAGE=fr-FR:Point RH - Inès Carvalho / TAS
DTSTART;TZID=Romance Standard Time:20250207T113000
DTEND;TZID=Romance Standard Time:20250207T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T092114Z
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
    },
    {
        "kind": "cas-pratique",
        "label": {
            "uid": "2o8v1b6m4k0s3c9q7t5f1n2a8d@google.com",
            "is_interview": 1,
            "company": "Thales Alenia Space",
            "role": "Ingénieur Assurance Qualité Fournisseurs",
            "stage": "onsite",
            "interviewers": "Hervé Bonnafous;Sandrine Pujol;Marion Roussel",
            "trap": "google-copy-onsite-cas-pratique-names-in-description",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:ines.carvalho31@orange.fr
X-WR-TIMEZONE:Europe/Paris
""" + TZ_PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250225T083000
DTEND;TZID=Europe/Paris:20250225T123000
DTSTAMP:20250218T181210Z
UID:2o8v1b6m4k0s3c9q7t5f1n2a8d@google.com
CREATED:20250218T181158Z
DESCRIPTION:TAS 26 av JF Champollion - accueil bât. Capella\, demander Mar
 ion Roussel\n8h30 cas pratique (1h\, sur table : non-conformité fournisseur
  + analyse causes)\n9h45 Hervé Bonnafous (resp. AQ achats)\n10h45 Sandrine
  Pujol (chef de projet SQA\, programme télécom)\n11h30 retour Marion\nCNI
  obligatoire !! (contrôle accès défense)
LAST-MODIFIED:20250218T181210Z
LOCATION:Thales Alenia Space\, 26 Av. Jean François Champollion\, 31100 T
 oulouse
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TAS - 2e tour sur site (cas pratique + opérationnels)
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT1H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "thank-you-reminder",
        "label": {
            "uid": "5k2p9r0t7c1x4v8b3n6m0q2w1e@google.com",
            "is_interview": 0,
            "company": "",
            "role": "",
            "stage": "",
            "interviewers": "",
            "trap": "thank-you-reminder-names-interviewers",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250226
DTEND;VALUE=DATE:20250227
DTSTAMP:20250225T131900Z
UID:5k2p9r0t7c1x4v8b3n6m0q2w1e@google.com
CREATED:20250225T131855Z
DESCRIPTION:mail de remerciement Marion + H. Bonnafous\, rappeler le cas
 forge/anodisation\, redire dispo préavis 3 mois
LAST-MODIFIED:20250225T131900Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Remercier TAS (entretien d'hier)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "visite-embauche",
        "label": {
            "uid": "F3A91C07-6B2E-4D55-8E0A-17C2D9B4E6F8",
            "is_interview": 0,
            "company": "",
            "role": "",
            "stage": "",
            "interviewers": "",
            "trap": "pre-employment-medical-names-employer",
        },
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:F3A91C07-6B2E-4D55-8E0A-17C2D9B4E6F8
DTSTAMP:20250326T075512Z
CREATED:20250326T075507Z
DTSTART;TZID=Europe/Paris:20250408T084500
DTEND;TZID=Europe/Paris:20250408T093000
SUMMARY:Visite médicale d'embauche (Liebherr)
LOCATION:Santé au travail 31 - 9 rue Jean Rodier\, Toulouse
DESCRIPTION:convocation reçue par mail de N. Ferrand\nvenir à jeun ? non\n
 apporter lunettes + carnet vaccins
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "telefoninterview",
        "label": {
            "uid": "sf-ics-3f7e2b90-1c44-4a8e-bd0f-lht-req-44107",
            "is_interview": 1,
            "company": "Lufthansa Technik",
            "role": "Supplier Quality Manager (m/w/d) Komponenten",
            "stage": "recruiter_screen",
            "interviewers": "jana.wiechmann@lht.dlh.de",
            "trap": "german-telefoninterview-utc-times",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sf-ics-3f7e2b90-1c44-4a8e-bd0f-lht-req-44107
DTSTAMP:20250127T110402Z
DTSTART:20250131T090000Z
DTEND:20250131T094500Z
SUMMARY:Telefoninterview | Supplier Quality Manager (m/w/d) Komponenten |
 Lufthansa Technik AG
DESCRIPTION:Liebe Frau Carvalho\,\n\nvielen Dank für Ihre Bewerbung. Wie be
 sprochen bestätigen wir Ihnen hiermit das telefonische Interview mit Jana
 Wiechmann (Recruiting). Das Gespräch kann auf Englisch oder Deutsch geführt
  werden.\n\nWir rufen Sie unter +33 6 71 22 48 09 an.\n\nMit freundlichen
 Grüßen\nIhr Recruiting-Team der Lufthansa Technik AG\nWeg beim Jäger 193\,
  22335 Hamburg
LOCATION:Telefon
ORGANIZER;CN=Jana Wiechmann:mailto:jana.wiechmann@lht.dlh.de
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vor-ort-cancelled",
        "label": {
            "uid": "sf-ics-9a0c11d2-7e5b-4f3a-8c21-lht-req-44107-r2",
            "is_interview": 1,
            "company": "Lufthansa Technik",
            "role": "Supplier Quality Manager (m/w/d) Komponenten",
            "stage": "onsite",
            "interviewers": "jana.wiechmann@lht.dlh.de;kai-uwe.brandt@lht.dlh.de",
            "trap": "german-onsite-method-cancel",
        },
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting//DE
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:sf-ics-9a0c11d2-7e5b-4f3a-8c21-lht-req-44107-r2
DTSTAMP:20250214T082517Z
DTSTART;TZID=Europe/Berlin:20250220T100000
DTEND;TZID=Europe/Berlin:20250220T133000
SUMMARY:Abgesagt: Vorstellungsgespräch vor Ort | Supplier Quality Manager
 (m/w/d) Komponenten
DESCRIPTION:Liebe Frau Carvalho\,\n\nleider müssen wir das Vorstellungsges
 präch am 20.02. in Hamburg (Haus 411\, Raum 2.14) absagen\, da Herr Brandt
  kurzfristig verhindert ist. Frau Wiechmann meldet sich mit einem neuen T
 ermin bei Ihnen. Bereits gebuchte Reisekosten werden selbstverständlich e
 rstattet.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team
LOCATION:Lufthansa Technik Basis Hamburg\, Haus 411
ORGANIZER;CN=Jana Wiechmann:mailto:jana.wiechmann@lht.dlh.de
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT:mailto:ines.carvalho31@oran
 ge.fr
ATTENDEE;CN=Kai-Uwe Brandt;ROLE=REQ-PARTICIPANT:mailto:kai-uwe.brandt@lht.
 dlh.de
SEQUENCE:2
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kennenlernen",
        "label": {
            "uid": "040000008200E00074C5B7101A82E0080000000049E2B77D0F7BDB01000000000000000010000000"
            "D2C9A4E1F07B5C4A8E3B11F6A9D0C835",
            "is_interview": 1,
            "company": "Diehl Aviation",
            "role": "Qualitätsingenieur Lieferanten (m/w/d)",
            "stage": "hiring_manager",
            "interviewers": "tobias.reinecke@diehl.com;svenja.paulsen@diehl.com",
            "trap": "german-kennenlerngespraech-w-europe-zone",
        },
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Reinecke, Tobias (DAH)":mailto:tobias.reinecke@diehl.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carv
 alho31@orange.fr:mailto:ines.carvalho31@orange.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paulsen,
  Svenja (DAH)":mailto:svenja.paulsen@diehl.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Carvalho\,\n\nwie telefonisch mit Fr
 au Paulsen (HR) abgestimmt\, lade ich Sie zu einem ersten Kennenlerngespr
 äch per Teams ein. Wir sprechen gern Englisch\, wenn Ihnen das lieber ist.
 \n\nViele Grüße\nTobias Reinecke\nLeiter Lieferantenqualität\, Diehl Aviat
 ion Hamburg\n\n___________________________________________________________
 _____________________\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Co
 mputer\, in der mobilen App oder im Raumgerät teil\nHier klicken\, um an d
 er Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_ZjQ1%40thread.v2/0>\nBesprechungs-ID: 318 770 442 902\nKennung: 9
 uF4kP\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000049E2B77D0F7BDB0100000000000000
 0010000000D2C9A4E1F07B5C4A8E3B11F6A9D0C835
SUMMARY;LANGUAGE=de-DE:Kennenlernen Fr. Carvalho / Lieferantenqualität
DTSTART;TZID=W. Europe Standard Time:20250212T160000
DTEND;TZID=W. Europe Standard Time:20250212T170000
CLASS:PUBLIC
DTSTAMP:20250206T120733Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "personio-interview",
        "label": {
            "uid": "personio-application-5518207-interview-1739447100@nordflug-composites.jobs.personio.de",
            "is_interview": 1,
            "company": "Nordflug Composites",
            "role": "Quality Manager (m/w/d)",
            "stage": "",
            "interviewers": "f.dierks@nordflug-composites.de;m.oltmanns@nordflug-composites.de",
            "trap": "personio-german-english-mixed-no-stage",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:personio-application-5518207-interview-1739447100@nordflug-composites
 .jobs.personio.de
DTSTAMP:20250213T113500Z
DTSTART:20250218T130000Z
DTEND:20250218T140000Z
SUMMARY:Interview: Quality Manager (m/w/d) - Ines Carvalho
DESCRIPTION:Hallo Ines\,\n\nwir freuen uns auf das Gespräch mit dir! Teil
 nehmen werden Frieda Dierks (Geschäftsführung) und Malte Oltmanns (Leitung
  Fertigung).\n\nGoogle Meet: https://meet.google.com/qzt-hbnw-kra\n\nBis
 bald\nDein Nordflug Team\n\n--\nNordflug Composites GmbH · Hein-Saß-Weg 2
 1 · 21129 Hamburg-Finkenwerder
LOCATION:https://meet.google.com/qzt-hbnw-kra
ORGANIZER;CN=Nordflug Composites GmbH:mailto:noreply@personio.de
ATTENDEE;CN=Ines Carvalho;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:ines.carvalho31@orange.fr
ATTENDEE;CN=Frieda Dierks;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:F.D
 ierks@nordflug-composites.de
ATTENDEE;CN=Malte Oltmanns;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:M
 .Oltmanns@nordflug-composites.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "softgarden-interview",
        "label": {
            "uid": "softgarden-iv-88f3c2a1d7@hanseatic-aero.softgarden.io",
            "is_interview": 1,
            "company": "Hanseatic Aero Interiors",
            "role": "Teamleiter Qualitätssicherung (w/m/d)",
            "stage": "technical",
            "interviewers": "henrike.stahmer@hanseatic-aero.de;ole.brodersen@hanseatic-aero.de",
            "trap": "softgarden-fachgespraech-berlin-tzid",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:softgarden-iv-88f3c2a1d7@hanseatic-aero.softgarden.io
DTSTAMP:20250303T150211Z
DTSTART;TZID=Europe/Berlin:20250311T093000
DTEND;TZID=Europe/Berlin:20250311T110000
SUMMARY:Fachgespräch Teamleiter Qualitätssicherung (w/m/d) – Hanseatic Ae
 ro Interiors GmbH
DESCRIPTION:Sehr geehrte Frau Carvalho\,\n\nhiermit laden wir Sie zum Fach
 gespräch ein. Ihre Gesprächspartner: Henrike Stahmer (Leiterin Qualität) u
 nd Ole Brodersen (Produktionsleiter). Bitte planen Sie 90 Minuten ein\, da
 von ca. 30 Minuten Fallbeispiel (Reklamation Kabinenmonument\, 8D).\n\nAdr
 esse: Neßpriel 7\, 21129 Hamburg\, Empfang Gebäude C.\n\nFreundliche Grüße
 \nPersonalabteilung
LOCATION:Neßpriel 7\, 21129 Hamburg
ORGANIZER;CN=Hanseatic Aero Interiors Personal:mailto:no-reply@softgarden.
 io
ATTENDEE;CN=Ines Carvalho;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carv
 alho31@orange.fr
ATTENDEE;CN=Henrike Stahmer;PARTSTAT=ACCEPTED:mailto:henrike.stahmer@hanse
 atic-aero.de
ATTENDEE;CN=Ole Brodersen;PARTSTAT=TENTATIVE:mailto:ole.brodersen@hanseatic
 -aero.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sprachkurs",
        "label": {
            "uid": "recur-deutschkurs-b1-2025@goethe-toulouse",
            "is_interview": 0,
            "company": "",
            "role": "",
            "stage": "",
            "interviewers": "",
            "trap": "german-class-recurring-mock-job-interview-lesson",
        },
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-TIMEZONE:Europe/Paris
""" + TZ_PARIS + r"""BEGIN:VEVENT
UID:recur-deutschkurs-b1-2025@goethe-toulouse
DTSTAMP:20250105T190000Z
DTSTART;TZID=Europe/Paris:20250108T183000
DTEND;TZID=Europe/Paris:20250108T200000
RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=12
SUMMARY:Cours d'allemand B1 (Goethe Toulouse)
LOCATION:4 bis rue Clémence Isaure\, Toulouse
DESCRIPTION:Lektion 7-12 : Beruf & Bewerbung
END:VEVENT
BEGIN:VEVENT
UID:recur-deutschkurs-b1-2025@goethe-toulouse
DTSTAMP:20250210T190000Z
RECURRENCE-ID;TZID=Europe/Paris:20250212T183000
DTSTART;TZID=Europe/Paris:20250212T183000
DTEND;TZID=Europe/Paris:20250212T200000
SUMMARY:Cours d'allemand - Rollenspiel Vorstellungsgespräch
DESCRIPTION:Frau Keller : simulation d'entretien d'embauche en allemand\,
 préparer Selbstvorstellung 2 min
END:VEVENT
END:VCALENDAR
""",
    },
]
