"""holdout198: federal post, other provinces and countries, other languages (written blind, raw iCalendar)."""

# ruff: noqa: E501

from holdout198ev_common import ev

EVENTS = [
    ev("examen-federal", "psrs-pch-26-DCH-EA-1842-UNE-written-0007@cfp-psc.gc.ca",
       1, "Patrimoine canadien", "Manager, Strategic Communications / Gestionnaire, Communications stratégiques (IS-06)",
       "technical", "", "federal-online-written-exam-bilingual", r"""
BEGIN:VCALENDAR
PRODID:-//Public Service Commission of Canada//PSRS//EN
VERSION:2.0
METHOD:PUBLISH
<<TOR_ATS>>
BEGIN:VEVENT
UID:psrs-pch-26-DCH-EA-1842-UNE-written-0007@cfp-psc.gc.ca
DTSTAMP:20260929T150000Z
DTSTART;TZID=America/Toronto:20261008T130000
DTEND;TZID=America/Toronto:20261008T160000
SUMMARY:Written exam / Examen écrit – 26-DCH-EA-1842 – IS-06
DESCRIPTION:English follows French\n\nVous êtes invitée à l'examen écrit non supervisé pour le processus 26-DCH-EA-1842 (Gestionnaire\, Communications stratégiques\, IS-06\, Patrimoine canadien\, Gatineau). Le lien vers l'examen vous sera envoyé à l'heure du début. Vous aurez 3 heures.\n\nYou are invited to the unsupervised written exam for selection process 26-DCH-EA-1842 (Manager\, Strategic Communications\, IS-06\, Canadian Heritage\, Gatineau). The exam link will be emailed at the start time. You will have 3 hours. You may answer in the official language of your choice.\n\nDo not reply / Ne pas répondre
ORGANIZER;CN=GC Jobs / Emplois GC:mailto:no-reply-ne-pas-repondre@cfp-psc.gc.ca
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("board-interview", "AAMkAGI2ZjQxNTQ5LWZlZDUtNDk5Mi1iOWE3LTc2OGRmZjVhODE5NgBGAAAAAAC7",
       1, "Patrimoine canadien", "Manager, Strategic Communications / Gestionnaire, Communications stratégiques (IS-06)",
       "onsite", "jennifer.macdonald@pch.gc.ca;alain.theriault@pch.gc.ca;priya.raman@pch.gc.ca",
       "federal-board-interview-in-english", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
<<OUTLOOK_UTC5>>
BEGIN:VEVENT
ORGANIZER;CN="MacDonald, Jennifer (PCH)":mailto:jennifer.macdonald@pch.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Thériault, Alain (PCH)":mailto:alain.theriault@pch.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Raman, Priya (PCH)":mailto:priya.raman@pch.gc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="PCH.Dotation-Staffing.PCH@pch.gc.ca":mailto:dotation-staffing@pch.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Good afternoon Ms. Gagnon\,\n\nFurther to your successful written exam\, you are invited to an interview for selection process 26-DCH-EA-1842. You indicated English as your preferred language for the interview.\n\nBoard members: Jennifer MacDonald\, Director General\, Communications (chair)\; Alain Thériault\, Director\, Media Relations\; Priya Raman\, Senior HR Advisor.\n\nYou will receive the questions 20 minutes before the interview. Reference checks will follow for those who pass.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_PCHboard1842@thread.v2/0>\nMeeting ID: 291 774 520 336\nPasscode: 7hQk9P\nDial in by phone\n+1 613-319-1477\,\,441902775# Canada\, Ottawa-Hull\n________________________________________________________________________________\n
UID:AAMkAGI2ZjQxNTQ5LWZlZDUtNDk5Mi1iOWE3LTc2OGRmZjVhODE5NgBGAAAAAAC7
SUMMARY;LANGUAGE=en-CA:Interview / Entrevue – 26-DCH-EA-1842 – M. Gagnon
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261110T130000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261110T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261027T191005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    ev("vancouver-screen", "gt-telus-4471c9e2-6b1a-4d8e-a3f0-92b7c5e1d804@goodtime.io",
       1, "TELUS", "Director, Communications – Québec", "recruiter_screen",
       "maya.singh@telus.com", "vancouver-timezone-recruiter-screen", r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime//GoodTime Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Vancouver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:gt-telus-4471c9e2-6b1a-4d8e-a3f0-92b7c5e1d804@goodtime.io
DTSTAMP:20261014T213000Z
DTSTART;TZID=America/Vancouver:20261020T080000
DTEND;TZID=America/Vancouver:20261020T083000
SUMMARY:TELUS | Marie-Ève Gagnon & Maya Singh – Director\, Communications (Québec)
DESCRIPTION:Hi Marie-Ève\,\n\nThanks for making time! This is an introductory conversation with Maya Singh\, Senior Talent Acquisition Partner (Vancouver). Note that the time above is Pacific Time (11:00 a.m. in Québec).\n\nJoin Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TELUSqc4471@thread.v2/0\n\nScheduled by GoodTime for TELUS Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=TELUS Talent Acquisition:mailto:telus-ta@goodtime.io
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Maya Singh:mailto:maya.singh@telus.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("vorstellungsgespraech", "040000008200E00074C5B7101A82E00800000000601F8B2C3D6EDC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8",
       1, "Délégation générale du Québec à Munich", "Referentin für Presse und Kommunikation (Attachée de presse)",
       "hiring_manager", "stefanie.huber@mri.gouv.qc.ca;marc.lessard@mri.gouv.qc.ca",
       "german-outlook-west-europe-zone", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Huber, Stefanie (DGQM)":mailto:stefanie.huber@mri.gouv.qc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marieeve.gagnon@videotron.ca:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lessard, Marc (DGQM)":mailto:marc.lessard@mri.gouv.qc.ca
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Gagnon\,\n\nvielen Dank für Ihre Bewerbung als Referentin für Presse und Kommunikation bei der Vertretung der Regierung von Québec in München. Gerne laden wir Sie zu einem Vorstellungsgespräch per Microsoft Teams ein.\n\nGesprächspartner: Marc Lessard (Generaldelegierter) und Stefanie Huber (Leiterin Verwaltung). Das Gespräch wird überwiegend auf Deutsch geführt\; ein Teil findet auf Französisch statt.\n\nBitte beachten Sie: die Uhrzeit bezieht sich auf München (MEZ)\, d. h. 9:00 Uhr in Québec.\n\nMit freundlichen Grüßen\nStefanie Huber\n\nMicrosoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_DGQMuenchen@thread.v2/0\nBesprechungs-ID: 318 552 907 446\nPasscode: Mu3z7Q\n
UID:040000008200E00074C5B7101A82E00800000000601F8B2C3D6EDC01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Gagnon – Referentin Presse/Kommunikation
DTSTART;TZID=W. Europe Standard Time:20261117T150000
DTEND;TZID=W. Europe Standard Time:20261117T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T101522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    ev("personio-gespraech", "personio-ahk-kanada-a7c2e9f1-5512@personio.de",
       1, "AHK Kanada", "Leitung Kommunikation und Marketing (m/w/d) – Standort Montréal", "recruiter_screen",
       "j.weber@germanchamber.ca", "personio-german-first-interview", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
<<TOR_ATS>>
BEGIN:VEVENT
UID:personio-ahk-kanada-a7c2e9f1-5512@personio.de
DTSTAMP:20261023T091033Z
DTSTART;TZID=America/Toronto:20261030T100000
DTEND;TZID=America/Toronto:20261030T104500
SUMMARY:Erstgespräch: Leitung Kommunikation und Marketing (m/w/d) – Marie-Ève Gagnon
DESCRIPTION:Hallo Frau Gagnon\,\n\nhiermit bestätigen wir Ihren Termin für das Erstgespräch.\n\nStelle: Leitung Kommunikation und Marketing (m/w/d) – Standort Montréal\nGesprächspartnerin: Julia Weber\, Geschäftsführerin AHK Kanada\nOrt: Zoom – https://us02web.zoom.us/j/83390022156\n\nBei Fragen erreichen Sie uns unter jobs@germanchamber.ca.\n\nMit freundlichen Grüßen\nIhr AHK-Kanada-Team
LOCATION:Zoom
ORGANIZER;CN=AHK Kanada Recruiting:mailto:noreply@personio.de
ATTENDEE;CN=Marie-Ève Gagnon:mailto:marieeve.gagnon@videotron.ca
ATTENDEE;CN=Julia Weber:mailto:j.weber@germanchamber.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("entrevista-mexico", "1r8t5y2u4i6o9p3a7s0d1f2g3h@google.com",
       1, "Délégation générale du Québec à Mexico", "Agregada de prensa y comunicación", "hiring_manager",
       "lucia.herrera@mri.gouv.qc.ca", "spanish-google-invite-mexico-city-zone", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Mexico_City
BEGIN:VTIMEZONE
TZID:America/Mexico_City
X-LIC-LOCATION:America/Mexico_City
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/Mexico_City:20261203T090000
DTEND;TZID=America/Mexico_City:20261203T100000
DTSTAMP:20261126T184411Z
ORGANIZER;CN=Lucía Herrera:mailto:lucia.herrera@mri.gouv.qc.ca
UID:1r8t5y2u4i6o9p3a7s0d1f2g3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marieeve.gagnon@videotron.ca;X-NUM-GUESTS=0:mailto:marieeve.gagnon@
 videotron.ca
DESCRIPTION:Estimada Marie-Ève:\n\nLe confirmo la entrevista para el puesto
  de Agregada de prensa y comunicación de la Delegación General de Quebec en
  México. Conversaremos en español y en francés. La hora indicada es la de la
  Ciudad de México (10:00 en Quebec).\n\nSaludos cordiales\,\nLucía Herrera
 \nDirectora de Asuntos Públicos\n\nÚnase con Google Meet: https://meet.goog
 le.com/hqe-nbyv-wpr
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Marie-Ève Gagnon – Agregada de prensa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("calendly-entrevista", "f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f@calendly.com",
       1, "Organización Universitaria Interamericana", "Coordinadora de comunicaciones", "",
       "rmendoza@oui-iohe.org", "calendly-spanish-no-stage", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:f0e1d2c3-b4a5-9687-7869-5a4b3c2d1e0f@calendly.com
DTSTAMP:20261110T193000Z
DTSTART:20261116T150000Z
DTEND:20261116T154500Z
SUMMARY:Entrevista OUI-IOHE entre Ricardo Mendoza y Marie-Ève Gagnon
DESCRIPTION:Evento: Entrevista – Coordinación de comunicaciones (45 min)\n\nRespuestas de la invitada:\n¿Idiomas de trabajo? Francés\, inglés\, español (avanzado)\n¿Enlace a su portafolio? https://mariveve-gagnon.ca/portfolio\n\nÚnase a la reunión de Zoom: https://zoom.us/j/97715220043\n\n¿Necesita hacer cambios en este evento?\nCancelar: https://calendly.com/cancellations/f0e1d2c3\nReprogramar: https://calendly.com/reschedulings/f0e1d2c3
LOCATION:Zoom
ORGANIZER;CN=Ricardo Mendoza:mailto:rmendoza@oui-iohe.org
ATTENDEE;CN=Marie-Ève Gagnon;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marieeve.gagnon@videotron.ca
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
