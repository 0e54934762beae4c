# ruff: noqa: E501
"""holdout235 events: European and American contractors' Middle East jobs (French, German, Spanish, English)."""

from holdout235ev_a_common import ev

EVENTS = [
    ev("entretien-teams-fr", "040000008200E00074C5B7101A82E00800000000A3D5E7F9116CDC010000000000000000100000005F4E3D2C1B0A99887766554433221100", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Romance Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="GIRARD Camille":mailto:camille.girard@sogetra.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LEFEVRE Antoine":mailto:antoine.lefevre@sogetra.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Monsieur Villanueva\,\n\nSuite à notre échange par e-mail\, je vous confirme votre entretien pour le poste d'Ingénieur Travaux Senior (Doha - lot génie civil stations) avec Antoine Lefèvre\, Directeur de Travaux\, et moi-même. L'entretien se déroulera en anglais.\n\n(English: this is your interview for the Senior Site Engineer role in Doha with Antoine Lefèvre\, Construction Director. The interview will be held in English. Time shown is Paris time = 1:00 PM Dubai.)\n\nBien cordialement\,\nCamille Girard\nChargée de recrutement international\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjRkMzc4>\nID de la réunion : 384 102 557 913\nCode secret : Xv8c4N\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A3D5E7F9116CDC010000000000000000100000005F4E3D2C1B0A99887766554433221100
SUMMARY;LANGUAGE=fr-FR:Entretien visio - Ingénieur Travaux Senior (Doha) - M. VILLANUEVA
DTSTART;TZID=Romance Standard Time:20251209T100000
DTEND;TZID=Romance Standard Time:20251209T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251202T150844Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""", interview=1, company="Sogetra Moyen-Orient", role="Ingénieur Travaux Senior (Doha)",
       stage="hiring_manager", interviewers="camille.girard@sogetra.fr;antoine.lefevre@sogetra.fr",
       trap="french-outlook-entretien-romance-zone"),

    ev("personio-vorstellungsgespraech", "personio-interview-3382917-7f2c", r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
{{TZ Europe/Berlin}}
BEGIN:VEVENT
UID:personio-interview-3382917-7f2c
DTSTAMP:20251211T083015Z
DTSTART;TZID=Europe/Berlin:20251217T090000
DTEND;TZID=Europe/Berlin:20251217T100000
SUMMARY:Vorstellungsgespräch: Senior Site Engineer (m/w/d) – Riad | Mark Anthony Villanueva
DESCRIPTION:Hallo Mark Anthony Villanueva\,\n\nvielen Dank für Ihre Bewerbung bei der Rheinbau Middle East GmbH. Gerne möchten wir Sie zu einem Vorstellungsgespräch per Microsoft Teams einladen.\n\nGesprächspartner: Jens Hoffmann (Projektleiter Hochbau KSA)\nDauer: ca. 60 Minuten\nSprache: Englisch\n\nDen Link zur Teams-Besprechung finden Sie unten.\n\n---\nDear Mark Anthony\, thank you for applying. Your interview with Jens Hoffmann (Project Manager\, Building Construction KSA) will be held in English via Microsoft Teams. Time is Central European Time (12:00 noon in Dubai).\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE2ODFi\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Rheinbau Middle East GmbH
ORGANIZER;CN=Rheinbau Recruiting:mailto:jobs@rheinbau-me.de
ATTENDEE;CN=Jens Hoffmann;ROLE=REQ-PARTICIPANT:mailto:jens.hoffmann@rheinbau-me.de
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Rheinbau Middle East GmbH", role="Senior Site Engineer (m/w/d) – Riad",
       stage="hiring_manager", interviewers="jens.hoffmann@rheinbau-me.de", trap="german-personio-vorstellungsgespraech", fold=True),

    ev("entrevista-meet-es", "5hq2n8c1v0b7k3t9m4s6r2ld0p@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Europe/Madrid}}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251119T100000
DTEND;TZID=Europe/Madrid:20251119T103000
DTSTAMP:20251114T112234Z
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@iberlevante.es
UID:5hq2n8c1v0b7k3t9m4s6r2ld0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Fernández;X-NUM-GUESTS=0:mailto:lucia.fernandez@iberlevante.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qjv-ewkd-mrs
DESCRIPTION:Hola Mark Anthony\,\n\nTe confirmo la entrevista telemática para la posición de Ingeniero de Obra Senior (Riad) - Metro de Riad\, ampliación línea 2. Será una primera toma de contacto con el departamento de Selección (30 min\, en inglés).\n\nUn saludo\,\nLucía Fernández\nTécnica de Selección - Constructora Ibérica Levante S.A.\n\nÚnete con Google Meet: https://meet.google.com/qjv-ewkd-mrs\nÚnete por teléfono: (ES) +34 910 48 33 27 PIN: 661 203 447#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - Ingeniero de Obra Senior (Riad) - Mark Anthony Villanueva
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", interview=1, company="Constructora Ibérica Levante S.A.", role="Ingeniero de Obra Senior (Riad)",
       stage="recruiter_screen", interviewers="lucia.fernandez@iberlevante.es", trap="spanish-google-meet-primera-entrevista", fold=True),

    ev("cancelada-entrevista-tecnica", "040000008200E00074C5B7101A82E008000000008B1C2D3E4F6BDC01000000000000000010000000FEDCBA98765432100123456789ABCDEF", r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Romance Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Ruiz Ortega, Alberto":mailto:alberto.ruiz@iberlevante.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernández Gil, Lucía":mailto:lucia.fernandez@iberlevante.es
DESCRIPTION;LANGUAGE=es-ES:Estimado Mark Anthony\,\n\nPor motivos de agenda del Jefe de Obra tenemos que anular la entrevista técnica prevista. Lucía se pondrá en contacto contigo para proponer una nueva fecha.\n\nDisculpa las molestias.\nAlberto Ruiz Ortega\nJefe de Obra - Metro Riad L2\n
UID:040000008200E00074C5B7101A82E008000000008B1C2D3E4F6BDC01000000000000000010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista técnica - Ingeniero de Obra Senior (Riad)
DTSTART;TZID=Romance Standard Time:20251203T113000
DTEND;TZID=Romance Standard Time:20251203T123000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251201T160211Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR""", interview=1, company="Constructora Ibérica Levante S.A.", role="Ingeniero de Obra Senior (Riad)",
       stage="technical", interviewers="alberto.ruiz@iberlevante.es", trap="cancelled-technical-method-cancel-spanish"),

    ev("teamtailor-interview", "teamtailor-meeting-9c2e71b4@teamtailor.com", r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-9c2e71b4@teamtailor.com
DTSTAMP:20251124T134019Z
DTSTART:20251130T100000Z
DTEND:20251130T104500Z
SUMMARY:Interview: Mark Anthony Villanueva – Senior Site Engineer, Shafts & Stations
DESCRIPTION:Hi Mark Anthony!\n\nHere are the details for your interview with Nordic Tunnelling Group (Riyadh Metro\, Line 7 packages).\n\nYou'll meet: Erik Lindgren\, Tunnel Construction Manager\nVideo meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmQzNGY1\n\nCan't make it? Let us know by replying to this message.\n\nBest regards\,\nNordic Tunnelling Group Talent Team\n\nSent with Teamtailor
ORGANIZER;CN=Nordic Tunnelling Group:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Erik Lindgren;ROLE=REQ-PARTICIPANT:mailto:erik.lindgren@nordictunnelling.se
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Nordic Tunnelling Group", role="Senior Site Engineer, Shafts & Stations",
       interviewers="erik.lindgren@nordictunnelling.se", trap="teamtailor-utc-no-stage"),

    ev("icims-phone-screen", "icims-int-1209844-2025-11-06@icims.com", r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Riyadh}}
BEGIN:VEVENT
UID:icims-int-1209844-2025-11-06@icims.com
DTSTAMP:20251103T190012Z
DTSTART;TZID=Asia/Riyadh:20251106T163000
DTEND;TZID=Asia/Riyadh:20251106T170000
SUMMARY:Interview Scheduled: Senior Field Engineer - Civil (Riyadh) - Req 2025-18877
DESCRIPTION:Dear Mark Anthony\,\n\nThank you for your interest in Halvorsen Engineering & Construction. Your phone screen has been scheduled:\n\nRequisition: 2025-18877 Senior Field Engineer - Civil (Riyadh)\nInterviewer: Ashley Brooks\, Recruiter - Middle East Projects\nPhone: Ashley will call the number on your application.\n\nHalvorsen is an Equal Opportunity Employer.\n\nPlease do not reply to this automated message.
ORGANIZER;CN=Halvorsen Careers:mailto:careers@halvorsen-ec.icims.com
ATTENDEE;CN=Ashley Brooks;ROLE=REQ-PARTICIPANT:mailto:ashley.brooks@halvorsen-ec.com
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Halvorsen Engineering & Construction", role="Senior Field Engineer - Civil (Riyadh)",
       stage="recruiter_screen", interviewers="ashley.brooks@halvorsen-ec.com", trap="icims-phone-screen-riyadh"),

    ev("icims-onsite-dubai", "icims-int-1209844-2025-11-19@icims.com", r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:icims-int-1209844-2025-11-19@icims.com
DTSTAMP:20251113T101530Z
DTSTART;TZID=Asia/Dubai:20251119T090000
DTEND;TZID=Asia/Dubai:20251119T120000
SUMMARY:Interview Scheduled: Senior Field Engineer - Civil (Riyadh) - In-Person Interviews
DESCRIPTION:Dear Mark Anthony\,\n\nWe are pleased to invite you to in-person interviews at our regional office: Halvorsen Engineering & Construction\, Level 15\, Gate Village 4\, DIFC\, Dubai.\n\n09:00 Ryan Whitaker - Construction Manager\n10:00 Mohammed Al-Shehri - Field Engineering Manager\n11:00 Grace Lim - Project Controls (short)\n\nPlease bring photo ID for building security.\n\nPlease do not reply to this automated message.
ORGANIZER;CN=Halvorsen Careers:mailto:careers@halvorsen-ec.icims.com
ATTENDEE;CN=Ryan Whitaker;ROLE=REQ-PARTICIPANT:mailto:ryan.whitaker@halvorsen-ec.com
ATTENDEE;CN=Mohammed Al-Shehri;ROLE=REQ-PARTICIPANT:mailto:mohammed.alshehri@halvorsen-ec.com
ATTENDEE;CN=Grace Lim;ROLE=REQ-PARTICIPANT:mailto:grace.lim@halvorsen-ec.com
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Halvorsen Dubai Office\, Gate Village 4\, DIFC
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Halvorsen Engineering & Construction", role="Senior Field Engineer - Civil (Riyadh)",
       stage="onsite", interviewers="ryan.whitaker@halvorsen-ec.com;mohammed.alshehri@halvorsen-ec.com;grace.lim@halvorsen-ec.com",
       trap="icims-in-person-loop-regional-office"),

    ev("goodtime-final", "goodtime-evt-6a1f0d29-carrow-3317", r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Riyadh}}
BEGIN:VEVENT
UID:goodtime-evt-6a1f0d29-carrow-3317
DTSTAMP:20260126T070315Z
DTSTART;TZID=Asia/Riyadh:20260202T140000
DTEND;TZID=Asia/Riyadh:20260202T153000
SUMMARY:Carrow | Final Round | Senior Project Engineer (PMC) - Civil | Mark Anthony Villanueva
DESCRIPTION:Hello Mark Anthony\,\n\nYour final round is confirmed. You will meet two members of the program team back-to-back on the same Zoom link:\n\n2:00 PM - Helen Marsh\, Program Director\n2:45 PM - Bandar Al-Mutairi\, Deputy Program Manager (Construction)\n\nZoom: https://carrowpm.zoom.us/j/96611820473\n\nCoordinated by Jessica Alvarez\, Recruiting Coordinator. Scheduled via GoodTime.
ORGANIZER;CN=Jessica Alvarez:mailto:jessica.alvarez@carrowpm.com
ATTENDEE;CN=Helen Marsh;ROLE=REQ-PARTICIPANT:mailto:helen.marsh@carrowpm.com
ATTENDEE;CN=Bandar Al-Mutairi;ROLE=REQ-PARTICIPANT:mailto:bandar.almutairi@carrowpm.com
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Carrow Program Management", role="Senior Project Engineer (PMC) - Civil",
       stage="final", interviewers="helen.marsh@carrowpm.com;bandar.almutairi@carrowpm.com", trap="goodtime-final-coordinator-organizer"),
]
