"""holdout155 events, part B: Cologne, Lille, Brussels start-ups and international ATS invites."""

# ruff: noqa: E501  (raw iCalendar text keeps the line lengths the tools write)

from holdout155ev_tz import ev

EVENTS = [
    ev("vorstellungsgespraech", "SFRCM-IV-20250324-77120-1@eu.successfactors.com", 1,
       "Rheinfeld Chemie", "Head of HR Benelux (m/w/d)", "hiring_manager",
       "katrin.albers@rheinfeld-chemie.de",
       "successfactors-german-vorstellungsgespraech-teams",
       r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@@VTZ Europe/Berlin@@
BEGIN:VEVENT
UID:SFRCM-IV-20250324-77120-1@eu.successfactors.com
DTSTAMP:20250317T071502Z
DTSTART;TZID=Europe/Berlin:20250324T140000
DTEND;TZID=Europe/Berlin:20250324T150000
SUMMARY:Einladung zum Vorstellungsgespräch: Head of HR Benelux (m/w/d)
DESCRIPTION:Sehr geehrte Frau Dubois\,\n\nvielen Dank für Ihre Bewerbung u
 nd Ihr Interesse an der Rheinfeld Chemie GmbH. Gerne möchten wir Sie pers
 önlich kennenlernen und laden Sie zu einem ersten Gespräch per Microsoft T
 eams ein.\n\nIhre Gesprächspartnerin: Dr. Katrin Albers\, Leiterin Perso
 nal Konzern\n\nDen Link zur Teams-Besprechung finden Sie unten. Das Gesprä
 ch kann auf Deutsch oder Englisch geführt werden.\n\nMit freundlichen Grüß
 en\nIhr Recruiting-Team der Rheinfeld Chemie GmbH
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN=Rheinfeld Chemie Recruiting:mailto:noreply-recruiting@rheinfeld-chemie.de
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Dr. Katrin Albers;PARTSTAT=ACCEPTED:mailto:katrin.albers@rheinfeld-chemie.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("assessment-center", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B0DB01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6", 1,
       "Rheinfeld Chemie", "Head of HR Benelux", "onsite",
       "katrin.albers@rheinfeld-chemie.de;thomas.wirtz@rheinfeld-chemie.de;m.yilmaz@hr-diagnostik-koeln.de",
       "outlook-german-assessment-center-cologne-external-assessor",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ W. Europe Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Albers, Katrin Dr.";SENT-BY="mailto:sabine.kuhn@rheinfeld-chemie.de":mailto:katrin.albers@rheinfeld-chemie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Dubois:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wirtz, Thomas":mailto:thomas.wirtz@rheinfeld-chemie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Melike Yilmaz:mailto:m.yilmaz@hr-diagnostik-koeln.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="K-HQ Raum Rhein 4.12":mailto:raum.rhein412@rheinfeld-chemie.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Dubois\,\n\nwie telefonisch besprochen\, laden wir Sie zu unserem eintägigen Assessment Center ein.\n\nAblauf:\n08:30 Empfang\n09:00 Postkorbübung\n10:30 Rollenspiel Mitarbeitergespräch (Betriebsrat)\n12:00 Mittagessen mit Herrn Wirtz (Geschäftsführer Benelux)\n13:30 Präsentation Fallstudie\n15:00 Interview mit Dr. Albers und Frau Yilmaz (HR Diagnostik Köln)\n16:00 Abschluss\n\nAdresse: Rheinfeld Chemie GmbH\, Konrad-Adenauer-Ufer 41\, 50668 Köln. Reisekosten werden erstattet.\n\nMit freundlichen Grüßen\nSabine Kuhn\nAssistenz Personalleitung\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B0DB01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=de-DE:Assessment Center Head of HR Benelux - Frau Dubois
DTSTART;TZID=W. Europe Standard Time:20250424T083000
DTEND;TZID=W. Europe Standard Time:20250424T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T124417Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:K-HQ Raum Rhein 4.12
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    ev("flatchr-tel", "flatchr-rdv-4419083@flatchr.io", 1,
       "Maison Delcroix", "Responsable RH Régional(e) H/F", "recruiter_screen",
       "pauline.vasseur@maison-delcroix.fr",
       "flatchr-french-telephone-screen-lille",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Flatchr//Agenda Flatchr//FR
METHOD:REQUEST
@@VTZ Europe/Paris@@
BEGIN:VEVENT
UID:flatchr-rdv-4419083@flatchr.io
DTSTAMP:20250311T101120Z
DTSTART;TZID=Europe/Paris:20250317T121500
DTEND;TZID=Europe/Paris:20250317T124500
SUMMARY:Entretien téléphonique - Responsable RH Régional(e) H/F - Maison Delcroix
DESCRIPTION:Bonjour Emilie\,\n\nSuite à votre candidature\, Pauline Vasseur
  (Chargée de recrutement) vous appellera au 0475 62 18 90.\n\nMaison Delcr
 oix - Recrutement\n\nCet événement a été créé depuis Flatchr.
LOCATION:Entretien téléphonique
ORGANIZER;CN=Pauline Vasseur:mailto:pauline.vasseur@maison-delcroix.fr
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("lille-2e-tour", "5E0D2B7A-3C91-4F6E-8D24-B1A9C7E03F52", 1,
       "Maison Delcroix", "", "onsite", "Mme Vasseur;M. Delcroix",
       "user-typed-floating-time-second-round-lille",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250320T211502Z
UID:5E0D2B7A-3C91-4F6E-8D24-B1A9C7E03F52
DTSTART:20250402T103000
DTEND:20250402T123000
DTSTAMP:20250320T211603Z
SUMMARY:Delcroix Lille 2e tour
LOCATION:rue Esquermoise 38\, Lille
DESCRIPTION:train 8h13 Bxl-Midi -> Lille Flandres\nRDV Mme Vasseur + M. De
 lcroix (DG)\nprendre book résultats + ex. plan de formation magasins\nposer
  q° sur CSE / accords NAO
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", crlf=False),
    ev("greenhouse-hm", "greenhouse-interview-91827364@greenhouse.io", 1,
       "Stellaris Pharma", "Head of People Operations", "hiring_manager", "Wouter Jacobs",
       "greenhouse-zoom-utc-coordinator-organizer",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-91827364@greenhouse.io
DTSTAMP:20250312T160433Z
DTSTART:20250319T143000Z
DTEND:20250319T153000Z
SUMMARY:Interview with Stellaris Pharma - Head of People Operations
DESCRIPTION:Hi Emilie\,\n\nHere are the details for your upcoming interview
  with Stellaris Pharma.\n\nInterviewer: Wouter Jacobs\, VP People Europe\n
 Format: video\n\nJoin Zoom Meeting\nhttps://stellarispharma.zoom.us/j/8342
 2917365?pwd=Qm9sZ2FR\nMeeting ID: 834 2291 7365\nPasscode: 552190\nOne tap
  mobile: +3228087288\,\,83422917365# Belgium\n\nIf you have any questions\,
  reply to this email and Hanne will help.\n\nHanne Peeters\nRecruiting Coo
 rdinator
LOCATION:Zoom
ORGANIZER;CN=Hanne Peeters:mailto:hanne.peeters@stellarispharma.com
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    ev("founder-chat", "ashby-interview-schedule-2f6e1b0c-8f3a-4d42-b5c1@ashbyhq.com", 1,
       "Paynest", "Head of Talent", "hiring_manager", "maxime@paynest.eu",
       "ashby-founder-chat-is-an-interview",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-2f6e1b0c-8f3a-4d42-b5c1@ashbyhq.com
DTSTAMP:20250221T102010Z
DTSTART:20250227T160000Z
DTEND:20250227T163000Z
SUMMARY:Emilie Dubois <> Paynest | Head of Talent - Founder chat
DESCRIPTION:Interview for Head of Talent at Paynest\n\nYou'll be meeting
  with Maxime Gillet (Co-founder & CEO).\n\nGoogle Meet: https://meet.goog
 le.com/wvz-hjpa-omd\n\nNeed to reschedule? Use the link in your confirmat
 ion email.\n\nScheduled with Ashby
LOCATION:https://meet.google.com/wvz-hjpa-omd
ORGANIZER;CN=Paynest Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Maxime Gillet;PARTSTAT=ACCEPTED:mailto:maxime@paynest.eu
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("case-hiring-plan", "ashby-interview-schedule-7c2d9e41-0a5b-4f77-9d10@ashbyhq.com", 1,
       "Paynest", "Head of Talent", "technical", "maxime@paynest.eu;ines@paynest.eu",
       "ashby-take-home-case-presentation",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-7c2d9e41-0a5b-4f77-9d10@ashbyhq.com
DTSTAMP:20250307T081500Z
DTSTART:20250314T140000Z
DTEND:20250314T151500Z
SUMMARY:Paynest - Case: our 2025 hiring plan (Emilie Dubois)
DESCRIPTION:Hi Emilie\,\n\nAs discussed with Maxime\, next step is the case
 : present how you would take Paynest from 35 to 80 people in 12 months (hi
 ring plan\, employer brand\, budget). 20 min presentation\, then Q&A.\n\nP
 anel: Maxime Gillet (CEO)\, Inès Haddou (CFO)\n\nGoogle Meet: https://mee
 t.google.com/pyb-qwnx-cud\n\nScheduled with Ashby
LOCATION:https://meet.google.com/pyb-qwnx-cud
ORGANIZER;CN=Paynest Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Maxime Gillet;PARTSTAT=ACCEPTED:mailto:maxime@paynest.eu
ATTENDEE;CN=Inès Haddou;PARTSTAT=ACCEPTED:mailto:ines@paynest.eu
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("founder-gmail", "0v8bq3k1d7j2h5m9n4s6p0r2tq@google.com", 1,
       "Kinetik Care", "Head of People", "hiring_manager", "nora.benali.kc@gmail.com",
       "founder-free-mail-informal-wording",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250321T083000
DTEND;TZID=Europe/Brussels:20250321T093000
DTSTAMP:20250318T204201Z
ORGANIZER;CN=Nora Benali:mailto:nora.benali.kc@gmail.com
UID:0v8bq3k1d7j2h5m9n4s6p0r2tq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.dubois.rh@skynet.be;X-NUM-GUESTS=0:mailto:emilie.dubois.rh@
 skynet.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nora Benali;X-NUM-GUESTS=0:mailto:nora.benali.kc@gmail.com
CREATED:20250318T204200Z
DESCRIPTION:Hello Emilie\, comme dit au tel je te propose qu'on se voie ch
 ez nous (on est encore 11 dans le bureau partagé chez Co.Station). Je te p
 résente Kinetik Care\, nos chiffres\, et on parle du rôle de Head of Peopl
 e : ce que j'attends\, ton parcours\, tes questions. Si ça matche je te fa
 is rencontrer Tom (CTO) ensuite.\nÀ vendredi !\nNora
LAST-MODIFIED:20250318T204200Z
LOCATION:Co.Station\, Cantersteen 10\, 1000 Bruxelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Emilie / Nora - Head of People Kinetik Care
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("journee-immersion", "6r2f9k0c1m3n8b7v4x5z2a1qwe@google.com", 1,
       "Kinetik Care", "Head of People", "onsite", "nora.benali.kc@gmail.com;tom@kinetik.care",
       "trial-day-journee-immersion-startup",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250404T090000
DTEND;TZID=Europe/Brussels:20250404T170000
DTSTAMP:20250326T131516Z
ORGANIZER;CN=Nora Benali:mailto:nora.benali.kc@gmail.com
UID:6r2f9k0c1m3n8b7v4x5z2a1qwe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=emilie.dubois.rh@skynet.be;X-NUM-GUESTS=0:mailto:emilie.dubois.rh@skyn
 et.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=tom@kinetik.care;X-NUM-GUESTS=0:mailto:tom@kinetik.care
DESCRIPTION:Journée d'immersion comme convenu : le matin atelier avec l'éq
 uipe sur la grille salariale et les fiches de fonction\, déj avec Tom et l
 es deux ops\, l'après-midi tu nous restitues tes recommandations. On fait
  le point à 16h30 toutes les deux.\nN.
LOCATION:Co.Station\, Cantersteen 10\, 1000 Bruxelles
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Journée d'immersion Kinetik Care - Emilie
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("lever-screen", "lever-interview-8e4f1a2b-3c5d-4e6f-9a0b-1c2d3e4f5a6b", 1,
       "Mobilia", "Head of People", "recruiter_screen", "sanne.dewit@mobilia.nl",
       "lever-utc-recruiter-screen-english",
       r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8e4f1a2b-3c5d-4e6f-9a0b-1c2d3e4f5a6b
DTSTAMP:20250214T113000Z
DTSTART:20250220T100000Z
DTEND:20250220T103000Z
SUMMARY:Emilie Dubois <> Mobilia: Recruiter Screen (Head of People)
DESCRIPTION:Hi Emilie\, looking forward to our chat about the Head of Peopl
 e role at Mobilia!\n\nJoin Zoom Meeting: https://mobilia.zoom.us/j/912337
 40581\n\nSanne de Wit\nTalent Partner\, Mobilia
LOCATION:https://mobilia.zoom.us/j/91233740581
ORGANIZER;CN=Sanne de Wit:mailto:sanne.dewit@mobilia.nl
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Sanne de Wit;PARTSTAT=ACCEPTED:mailto:sanne.dewit@mobilia.nl
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("personio-interview", "personio-interview-20250328-5521@personio.de", 1,
       "Brückner & Söhne", "HR Manager (m/w/d)", "", "stefanie.brueckner@brueckner-soehne.de",
       "personio-german-in-person-cologne-no-stage",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@VTZ Europe/Berlin@@
BEGIN:VEVENT
UID:personio-interview-20250328-5521@personio.de
DTSTAMP:20250319T094011Z
DTSTART;TZID=Europe/Berlin:20250328T110000
DTEND;TZID=Europe/Berlin:20250328T120000
SUMMARY:Interview: HR Manager (m/w/d) - Emilie Dubois
DESCRIPTION:Liebe Frau Dubois\,\n\nvielen Dank für Ihre Bewerbung bei Brüc
 kner & Söhne GmbH & Co. KG. Wir freuen uns\, Sie am Freitag bei uns in Kö
 ln-Ehrenfeld begrüßen zu dürfen. Ihre Gesprächspartnerin ist Stefanie Brü
 ckner (Geschäftsführung).\n\nAdresse: Widdersdorfer Str. 188\, 50825 Köln
 . Parkplätze im Hof.\n\nViele Grüße\nIhr Brückner & Söhne Team
LOCATION:Widdersdorfer Str. 188\, 50825 Köln
ORGANIZER;CN=Brückner & Söhne Recruiting:mailto:jobs@brueckner-soehne.de
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Stefanie Brückner;PARTSTAT=ACCEPTED:mailto:stefanie.brueckner@brueckner-soehne.de
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("workable-interview", "workable-event-3a81c9d2e4@workable.com", 1,
       "Ardenne Énergie", "HR Manager", "recruiter_screen", "julie.lambert@ardenne-energie.be",
       "workable-french-first-interview-namur",
       r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ Europe/Brussels@@
BEGIN:VEVENT
UID:workable-event-3a81c9d2e4@workable.com
DTSTAMP:20250401T133001Z
DTSTART;TZID=Europe/Brussels:20250407T090000
DTEND;TZID=Europe/Brussels:20250407T094500
SUMMARY:Entretien avec Ardenne Énergie pour le poste HR Manager
DESCRIPTION:Bonjour Emilie\,\n\nMerci d'avoir postulé chez Ardenne Énergie.
  Vous avez rendez-vous avec Julie Lambert (Talent Acquisition) pour un pre
 mier échange en visio.\n\nLien : https://meet.google.com/fhr-xzok-vbe\n\nM
 erci de confirmer votre présence.\n\nEnvoyé via Workable
LOCATION:Google Meet
ORGANIZER;CN=Julie Lambert:mailto:julie.lambert@ardenne-energie.be
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("icims-newyork", "icims-interview-2025-8841-EDUBOIS@icims.com", 1,
       "Halvorsen Medical", "HR Director Benelux", "hiring_manager",
       "jennifer.kowalski@halvorsenmed.com",
       "icims-new-york-timezone-webex",
       r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ America/New_York@@
BEGIN:VEVENT
UID:icims-interview-2025-8841-EDUBOIS@icims.com
DTSTAMP:20250403T143309Z
DTSTART;TZID=America/New_York:20250410T090000
DTEND;TZID=America/New_York:20250410T100000
SUMMARY:Interview Confirmation - HR Director Benelux (Req ID 2025-8841)
DESCRIPTION:Dear Emilie\,\n\nThis confirms your interview for the HR Direc
 tor Benelux position (Req ID 2025-8841) at Halvorsen Medical Devices.\n\nI
 nterviewer: Jennifer Kowalski\, SVP Human Resources\nTime: 9:00 AM Eastern
  (3:00 PM Brussels)\n\nCisco Webex meeting\nhttps://halvorsenmed.webex.com
 /meet/jkowalski\nAccess code: 2641 887 310\nGlobal call-in: +32-2-894-8250
  Belgium toll\n\nTalent Acquisition\, Halvorsen Medical Devices Inc.
LOCATION:Webex
ORGANIZER;CN=Halvorsen Talent Acquisition:mailto:talent@halvorsenmed.com
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Jennifer Kowalski;PARTSTAT=ACCEPTED:mailto:jennifer.kowalski@halvorsenmed.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("goodtime-onsite", "goodtime-7740122-e9b3f1c8@goodtime.io", 1,
       "Orbitale Software", "Head of Talent EMEA", "onsite",
       "Lars Nilsson;Aisha Rahman;Ben Carter",
       "goodtime-virtual-onsite-interviewers-only-in-body",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7740122-e9b3f1c8@goodtime.io
DTSTAMP:20250409T170122Z
DTSTART:20250416T080000Z
DTEND:20250416T103000Z
SUMMARY:Orbitale Software - Virtual Onsite: Head of Talent EMEA
DESCRIPTION:Hi Emilie\,\n\nYour virtual onsite is confirmed. All times Eur
 ope/Brussels.\n\n10:00 - 10:45  Lars Nilsson\, VP People\n10:45 - 11:30  A
 isha Rahman\, Director Talent Acquisition (structured interview)\n11:45 -
  12:30  Ben Carter\, CFO\n\nOne Zoom link for all sessions: https://orbital
 e.zoom.us/j/97711830045\n\nYour coordinator is Grace Lim (grace.lim@orbita
 le.io).\n\nScheduled by GoodTime
LOCATION:https://orbitale.zoom.us/j/97711830045
ORGANIZER;CN=Orbitale Recruiting:mailto:scheduling@orbitale.io
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("modernloop-final", "ml-sched-4b9d2e70-aa13-4c8f-b0de-5f61c2a9e834@modernloop.io", 1,
       "Quantly", "Head of Talent Acquisition EMEA", "final",
       "priya.shah@quantly.com;daniel.roth@quantly.com",
       "modernloop-final-round-amsterdam-zone",
       r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ Europe/Amsterdam@@
BEGIN:VEVENT
UID:ml-sched-4b9d2e70-aa13-4c8f-b0de-5f61c2a9e834@modernloop.io
DTSTAMP:20250506T091502Z
DTSTART;TZID=Europe/Amsterdam:20250513T140000
DTEND;TZID=Europe/Amsterdam:20250513T153000
SUMMARY:Final Round - Head of Talent Acquisition EMEA @ Quantly
DESCRIPTION:Hi Emilie\,\n\nCongrats on making it to the final round! You'l
 l meet Priya Shah (Chief People Officer) and Daniel Roth (CEO & co-founde
 r) at our Amsterdam office\, Keizersgracht 452.\n\nVideo fallback: https:
 //meet.google.com/sdh-nmkq-pqa\n\nQuantly Talent Team
LOCATION:Quantly HQ\, Keizersgracht 452\, Amsterdam
ORGANIZER;CN=Quantly Talent:mailto:talent@quantly.com
ATTENDEE;CN=Emilie Dubois;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:emilie.dubois.rh@skynet.be
ATTENDEE;CN=Priya Shah;PARTSTAT=ACCEPTED:mailto:priya.shah@quantly.com
ATTENDEE;CN=Daniel Roth;PARTSTAT=ACCEPTED:mailto:daniel.roth@quantly.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
