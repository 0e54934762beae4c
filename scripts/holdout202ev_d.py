# ruff: noqa: E501
"""holdout202 events, part d: German, French and Spanish firms, Edinburgh, the public sector."""

from holdout202ev_tz import LONDON, OUTLOOK_DUBLIN, central, event

EVENTS = []

# Brandt Kessler: Personio in German, scheduled from Berlin.
EVENTS.append(event("personio-erstgespraech", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + central("Europe/Berlin") + r"""BEGIN:VEVENT
UID:personio-rec-event-6612093-brandtkessler
DTSTAMP:20260224T081504Z
DTSTART;TZID=Europe/Berlin:20260303T110000
DTEND;TZID=Europe/Berlin:20260303T114500
SUMMARY:Erstgespräch: Paralegal (m/w/d) Disputes – London | Priya Sandhu
ORGANIZER;CN=Brandt Kessler Recruiting:mailto:noreply@personio.de
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Katharina Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katharina.vogt@brandtkessler.de
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Priya\,\n\nvielen Dank für Ihre Bewerbung als Paralegal (m/w/d) in unserem Londoner Büro. Gerne möchten wir Sie zu einem ersten Kennenlernen per Microsoft Teams einladen. Ihre Gesprächspartnerin ist Katharina Vogt (HR Business Partnerin).\n\nDas Gespräch findet auf Englisch statt.\n\n(English: Thank you for your application. Please note the time above is Central European Time – 10:00 UK time.)\n\nViele Grüße\nIhr Recruiting-Team\nBrandt Kessler Rechtsanwälte PartGmbB
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "personio-rec-event-6612093-brandtkessler", 1, "Brandt Kessler", "Paralegal (m/w/d) Disputes – London",
    "recruiter_screen", "katharina.vogt@brandtkessler.de", "personio-german-berlin-zone"))

# Brandt Kessler: second interview with the London partner, German Outlook.
EVENTS.append(event("zweitgespraech", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Vogt, Katharina":mailto:katharina.vogt@brandtkessler.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Sandhu:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr. Hartmann, Julia":mailto:julia.hartmann@brandtkessler.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pearce, Daniel":mailto:daniel.pearce@brandtkessler.co.uk
DESCRIPTION;LANGUAGE=de-DE:Liebe Priya\,\n\nwie besprochen anbei die Einladung zum Zweitgespräch mit Dr. Julia Hartmann (Partnerin\, Leiterin London) und Daniel Pearce (Senior Associate). Bitte bringen Sie ein Arbeitsbeispiel mit (z. B. ein anonymisiertes Schriftstück).\n\nAdresse: 25 Old Broad Street\, 9. Stock\, London EC2N 1HQ\n\nBeste Grüße\nKatharina Vogt
UID:040000008200E00074C5B7101A82E0080000000084E9B1C6E8ACDC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F901234
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Priya Sandhu – Paralegal London
DTSTART;TZID=Europe/London:20260320T113000
DTEND;TZID=Europe/London:20260320T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T153008Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:London Office\, Besprechungsraum Themse
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000084E9B1C6E8ACDC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F901234",
    1, "Brandt Kessler", "Paralegal London", "hiring_manager",
    "julia.hartmann@brandtkessler.de;daniel.pearce@brandtkessler.co.uk", "german-outlook-second-interview-partner"))

# Delorme Vasseur: Welcome to the Jungle, French, Paris zone.
EVENTS.append(event("entretien-rh", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//WTTJ Solutions//FR
METHOD:REQUEST
""" + central("Europe/Paris") + r"""BEGIN:VEVENT
UID:wttj-meeting-5f0e9c2a-delormevasseur-31884
DTSTAMP:20260407T134455Z
DTSTART;TZID=Europe/Paris:20260410T170000
DTEND;TZID=Europe/Paris:20260410T173000
SUMMARY:Entretien RH – Paralegal Contentieux (Londres) – Priya Sandhu
ORGANIZER;CN=Claire Fontaine:mailto:c.fontaine@delormevasseur.com
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Claire Fontaine;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c.fontaine@delormevasseur.com
LOCATION:Google Meet – https://meet.google.com/pzv-xuaf-neg
DESCRIPTION:Bonjour Priya\,\n\nMerci pour votre candidature au poste de Paralegal Contentieux pour notre bureau de Londres. Je vous propose un premier échange de 30 minutes (en anglais) pour faire connaissance et vous présenter le cabinet.\n\nÀ très vite\,\nClaire Fontaine\nChargée de recrutement\, Delorme Vasseur AARPI\n\n—\nEnvoyé via Welcome to the Jungle
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "wttj-meeting-5f0e9c2a-delormevasseur-31884", 1, "Delorme Vasseur", "Paralegal Contentieux (Londres)",
    "recruiter_screen", "c.fontaine@delormevasseur.com", "welcome-to-the-jungle-french-paris-zone"))

# Delorme Vasseur: final with the London partner, bilingual.
EVENTS.append(event("entretien-final", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Paris
BEGIN:VEVENT
DTSTART:20260429T090000Z
DTEND:20260429T100000Z
DTSTAMP:20260421T080122Z
ORGANIZER;CN=Claire Fontaine:mailto:c.fontaine@delormevasseur.com
UID:0vj2n6b4d8k1m3s5p7r9t2w4yc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Fontaine;X-NUM-GUESTS=0:mailto:c.fontaine@delormevasseur.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sandrine Delorme;X-NUM-GUESTS=0:mailto:s.delorme@delormevasseur.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.sandhu.law@outlook.com;X-NUM-GUESTS=0:mailto:priya.sandhu.la
 w@outlook.com
DESCRIPTION:Entretien final avec Maître Sandrine Delorme\, associée gérante
  du bureau de Londres. / Final interview with Sandrine Delorme\, managing
  partner of the London office.\n\nLieu / Venue: 30 Crown Place\, London EC2
 A 4ES – 4e étage.\n\nClaire (RH) sera présente en début d'entretien pour l
 es présentations uniquement.
LAST-MODIFIED:20260421T080122Z
LOCATION:Delorme Vasseur\, 30 Crown Place\, London
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien final – Priya Sandhu / Delorme Vasseur Londres
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "0vj2n6b4d8k1m3s5p7r9t2w4yc@google.com", 1, "Delorme Vasseur", "", "final", "s.delorme@delormevasseur.com",
    "french-google-final-x-wr-timezone-hr-intro-only"))

# Garrido Ortega: Workable in Spanish, Madrid zone.
EVENTS.append(event("entrevista-inicial", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//ES
METHOD:REQUEST
""" + central("Europe/Madrid") + r"""BEGIN:VEVENT
UID:workable-event-3e77a1b0c9-garridoortega
DTSTAMP:20260511T094012Z
DTSTART;TZID=Europe/Madrid:20260515T113000
DTEND;TZID=Europe/Madrid:20260515T120000
SUMMARY:Entrevista inicial – Paralegal (Londres) – Garrido Ortega Abogados
ORGANIZER;CN=Lucía Marín:mailto:lucia.marin@garridoortega.es
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Lucía Marín;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.marin@garridoortega.es
LOCATION:Google Meet
DESCRIPTION:Hola Priya\,\n\nGracias por tu interés en el puesto de Paralegal en nuestra oficina de Londres (UK Desk). Te confirmo la entrevista inicial por videollamada con Lucía Marín (Talento y Selección). La entrevista será en inglés; el español no es imprescindible.\n\nEnlace: https://meet.google.com/uvb-rqza-tdk\n\nUn saludo\,\nEquipo de Selección – Garrido Ortega Abogados\n\nEnviado con Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "workable-event-3e77a1b0c9-garridoortega", 1, "Garrido Ortega Abogados", "Paralegal (Londres)",
    "recruiter_screen", "lucia.marin@garridoortega.es", "workable-spanish-madrid-zone"))

# Garrido Ortega: practical test, Spanish, UTC.
EVENTS.append(event("prueba-tecnica", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-8a15d2f6e4-garridoortega
DTSTAMP:20260520T140000Z
DTSTART:20260527T130000Z
DTEND:20260527T143000Z
SUMMARY:Prueba práctica (redacción) + entrevista técnica – Paralegal Londres
ORGANIZER;CN=Lucía Marín:mailto:lucia.marin@garridoortega.es
ATTENDEE;CN=Priya Sandhu;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.sandhu.law@outlook.com
ATTENDEE;CN=Javier Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:javier.ortega@garridoortega.es
LOCATION:Microsoft Teams
DESCRIPTION:Hola Priya\, enhorabuena por pasar a la siguiente fase.\n\n1) 45 min: redacción de un resumen de un expediente (en inglés).\n2) 45 min: entrevista con Javier Ortega\, socio responsable del UK Desk.\n\nRecibirás el expediente por correo a la hora de inicio.\n\nSaludos\,\nLucía
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "workable-event-8a15d2f6e4-garridoortega", 1, "Garrido Ortega Abogados", "Paralegal Londres", "technical",
    "javier.ortega@garridoortega.es", "spanish-practical-test-then-partner"))

# Moray Lindsay WS: first interview on Teams, Outlook from Edinburgh.
EVENTS.append(event("traineeship-interview", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_DUBLIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Graduate Recruitment (Moray Lindsay)":mailto:graduates@moraylindsay.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu.law@outlook.com:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="McLeish, Fiona":mailto:fiona.mcleish@moraylindsay.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Priya\,\n\nThank you for applying for our trainee solicitor programme (England & Wales qualification\, Edinburgh and London). Fiona McLeish\, our Graduate Recruitment & Development Manager\, will hold a first-round interview with you by Teams.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzE2YzJlMDgtYTFk%40thread.v2/0\nMeeting ID: 318 776 204 991  Passcode: 4tTq7X\n\nKind regards\nGraduate Recruitment
UID:040000008200E00074C5B7101A82E00800000000D2F08A3C1BA2DC0100000000000000001000000044A1B2C3D4E5F60718293A4B5C6D7E8F
SUMMARY;LANGUAGE=en-GB:Moray Lindsay – first interview (trainee solicitor)
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260226T173000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20260226T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260219T133300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D2F08A3C1BA2DC0100000000000000001000000044A1B2C3D4E5F60718293A4B5C6D7E8F",
    1, "Moray Lindsay WS", "trainee solicitor", "recruiter_screen", "fiona.mcleish@moraylindsay.co.uk",
    "outlook-edinburgh-first-round-teams"))

# Moray Lindsay WS: second interview in Edinburgh, typed by Priya with train times.
EVENTS.append(event("edinburgh-interview", r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
DESCRIPTION;LANGUAGE=en-GB:2nd (final) int – Moray Lindsay\, 14 Charlotte Sq. Partners: Alasdair Grant + Isla Munro. Written exercise first (40 min).\nTrain: LDS 06:12 → EDB 09:15 (LNER\, coach C seat 42). Back 17:30.\nBook A/L!! + tell Rebecca.
UID:040000008200E00074C5B7101A82E00800000000E7A1C9B0F3ABDC0100000000000000001000000055B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-GB:Edinburgh – ML 2nd int
DTSTART;TZID=Europe/London:20260319T103000
DTEND;TZID=Europe/London:20260319T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260306T211907Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:14 Charlotte Square\, Edinburgh
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E7A1C9B0F3ABDC0100000000000000001000000055B2C3D4E5F60718293A4B5C6D7E8F90",
    1, "Moray Lindsay WS", "", "final", "Alasdair Grant;Isla Munro", "self-typed-initials-only-with-train-times"))

# Government Legal Department: virtual assessment centre, Civil Service Jobs.
EVENTS.append(event("virtual-assessment", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Oleeo//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:csj-ac-2026-gld-lts-0941-slot-114@civilservicejobs.service.gov.uk
DTSTAMP:20260414T080000Z
DTSTART:20260506T080000Z
DTEND:20260506T130000Z
SUMMARY:Government Legal Department – Legal Trainee Scheme – Virtual Assessment Centre
DESCRIPTION:Vacancy reference: 394112\nGovernment Legal Department – Legal Trainee Scheme 2028\n\nYour virtual assessment centre will include a written exercise\, a role-play exercise and a panel interview assessing the Behaviours and Strengths listed in the candidate pack. Joining details will be sent from gld-recruitment@governmentlegal.gov.uk 48 hours in advance.\n\nAll times are UK time. Please log in 15 minutes early.\n\nThis is an automated message from Civil Service Jobs. Do not reply.
LOCATION:Online (MS Teams)
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "csj-ac-2026-gld-lts-0941-slot-114@civilservicejobs.service.gov.uk", 1, "Government Legal Department",
    "Legal Trainee Scheme 2028", "onsite", "", "civil-service-virtual-assessment-centre-no-attendees"))

# Crown Prosecution Service: panel interview, Teams, Outlook from the panel chair.
EVENTS.append(event("success-profiles", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + LONDON + r"""BEGIN:VEVENT
ORGANIZER;CN="Pearson, Alison":mailto:alison.pearson@cps.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.sandhu.law@outlook.com:mailto:priya.sandhu.law@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bhatti, Imran":mailto:imran.bhatti@cps.gov.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Yorkshire & Humberside Resourcing":mailto:yhresourcing@cps.gov.uk
DESCRIPTION;LANGUAGE=en-GB:Vacancy 387006 – Paralegal Officer (Leeds)\n\nPanel: Alison Pearson (Chair\, Senior District Crown Prosecutor) and Imran Bhatti (Paralegal Business Manager).\n\nYou will be asked questions on the Behaviours: Working Together\, Delivering at Pace and Managing a Quality Service\, plus a strength-based question. The interview will last approximately 45 minutes.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nMeeting ID: 356 210 448 093\nPasscode: jR4s9P\nOr call in (audio only)\n+44 20 3321 5200\,\,845112774#\n________________________________________________________________________________
UID:040000008200E00074C5B7101A82E00800000000F1B2C3D4E5ABDC0100000000000000001000000066C3D4E5F60718293A4B5C6D7E8F9A0B
SUMMARY;LANGUAGE=en-GB:387006 Paralegal Officer – Interview – P Sandhu
DTSTART;TZID=Europe/London:20260421T140000
DTEND;TZID=Europe/London:20260421T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260413T101502Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F1B2C3D4E5ABDC0100000000000000001000000066C3D4E5F60718293A4B5C6D7E8F9A0B",
    1, "Crown Prosecution Service", "Paralegal Officer (Leeds)", "",
    "alison.pearson@cps.gov.uk;imran.bhatti@cps.gov.uk", "civil-service-behaviours-panel-chair-organizer"))
