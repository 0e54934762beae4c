# ruff: noqa: E501, W291, W293, RUF100
"""holdout261 events, part B: the user's own job interviews (abroad, internal, agencies)."""

from holdout261ev_zones import BERLIN, CHICAGO, LONDON, MADRID, RIYADH, ROMANCE

EVENTS = [
    dict(
        kind="lever-invite",
        uid="lever-int-0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
{LONDON}BEGIN:VEVENT
UID:lever-int-0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f
DTSTAMP:20260205T121212Z
DTSTART;TZID=Europe/London:20260211T170000
DTEND;TZID=Europe/London:20260211T174500
SUMMARY:Interview with Kingsford Rovers FC – Senior Physiotherapist (Academy & First Team)
ORGANIZER;CN=Kingsford Rovers FC via Lever:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Pablo Sanchis Ferrer;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Rhys Pennington:mailto:r.pennington@kingsfordrovers.co.uk
DESCRIPTION:Video interview with Rhys Pennington\, Head of Medical.\n\nJoin Zoom Meeting\nhttps://kingsfordrovers.zoom.us/j/93118220475\nMeeting ID: 931 1822 0475\n\nIf you need to reschedule\, please reply to this email.\n\n— Sent via Lever
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Kingsford Rovers FC", role="Senior Physiotherapist (Academy & First Team)",
        stage="hiring_manager", interviewers="r.pennington@kingsfordrovers.co.uk", trap="lever-english-league-one-zoom",
        hiring=False,
    ),
    dict(
        kind="ios-handtyped-english",
        uid="4A5B6C7D-8E9F-4012-8345-6789ABCDEF01",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260218T200101Z
DTSTART;TZID=Europe/London:20260226T083000
DTEND;TZID=Europe/London:20260226T170000
DTSTAMP:20260218T200120Z
SUMMARY:Kingsford – practical day w/ Rhys + S&C (bring kit!!)
LOCATION:Kingsford Rovers Training Centre
DESCRIPTION:assessment: screening 2 academy players\, taping\, pitch-side emergency scenario\, then 1:1 with Rhys
UID:4A5B6C7D-8E9F-4012-8345-6789ABCDEF01
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Kingsford Rovers FC", role="", stage="onsite",
        interviewers="Rhys", trap="handtyped-english-practical-assessment-day-tzid-without-vtimezone", hiring=False,
    ),
    dict(
        kind="personio-invite",
        uid="personio-7731-22019-interview@personio.de",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
{BERLIN}BEGIN:VEVENT
UID:personio-7731-22019-interview@personio.de
DTSTAMP:20260116T080808Z
DTSTART;TZID=Europe/Berlin:20260120T153000
DTEND;TZID=Europe/Berlin:20260120T161500
SUMMARY:Kennenlerngespräch: Physiotherapeut / Reha-Trainer (m/w/d) Lizenzbereich – Pablo Sanchis Ferrer
ORGANIZER;CN=Jana Kowalczyk:mailto:jana.kowalczyk@sv-rheinau1911.de
ATTENDEE;CN=Pablo Sanchis Ferrer;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Jana Kowalczyk:mailto:jana.kowalczyk@sv-rheinau1911.de
DESCRIPTION:Hallo Pablo\,\n\nvielen Dank für Ihre Bewerbung beim SV Rheinau 1911. Wir laden Sie zu einem ersten Kennenlerngespräch per Microsoft Teams ein (Gespräch auf Englisch möglich).\n\nGesprächspartnerin: Jana Kowalczyk (HR Business Partner)\n\nMicrosoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_SVR1911@thread.v2/0\n\nViele Grüße\nIhr SV Rheinau 1911 Recruiting-Team
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="SV Rheinau 1911", role="Physiotherapeut / Reha-Trainer (m/w/d) Lizenzbereich",
        stage="recruiter_screen", interviewers="jana.kowalczyk@sv-rheinau1911.de", trap="german-personio-kennenlerngespraech",
        hiring=False,
    ),
    dict(
        kind="outlook-german-hospitation",
        uid="040000008200E00074C5B7101A82E008000000003C4D5E6FA79BDC010000000000000000100000000A0B0C0D0E0F10111213141516171819",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Dr. Markus":mailto:m.hoffmann@sv-rheinau1911.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandt, Tobias":mailto:t.brandt@sv-rheinau1911.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Pablo\,\n\nwie besprochen: zweitägige Hospitation im Lizenzbereich (Probearbeiten) mit Abschlussgespräch am Donnerstag um 16 Uhr mit mir und Tobias Brandt (Leiter Athletik). Hotel ist gebucht.\n\nBeste Grüße\nMarkus Hoffmann\nMannschaftsarzt / Leiter Medizinische Abteilung\n
UID:040000008200E00074C5B7101A82E008000000003C4D5E6FA79BDC010000000000000000100000000A0B0C0D0E0F10111213141516171819
SUMMARY;LANGUAGE=de-DE:Hospitation / Probearbeiten Lizenzbereich – P. Sanchis
DTSTART;TZID=W. Europe Standard Time:20260218T080000
DTEND;TZID=W. Europe Standard Time:20260219T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Trainingszentrum Rheinauer Str. 40
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="SV Rheinau 1911", role="", stage="onsite",
        interviewers="m.hoffmann@sv-rheinau1911.de;t.brandt@sv-rheinau1911.de",
        trap="german-two-day-hospitation-windows-zone-no-vtimezone", hiring=False,
    ),
    dict(
        kind="wttj-invite",
        uid="wttj-interview-55c1e0d2-a7b3-44f9-8e61-30b2c9d4f7a1",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Welcome to the Jungle//ATS//FR
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:wttj-interview-55c1e0d2-a7b3-44f9-8e61-30b2c9d4f7a1
DTSTAMP:20260203T093000Z
DTSTART;TZID=Romance Standard Time:20260206T140000
DTEND;TZID=Romance Standard Time:20260206T143000
SUMMARY:Entretien téléphonique – Kinésithérapeute équipe première – Olympique de Narbonne
ORGANIZER;CN=Camille Roux:mailto:camille.roux@olympique-narbonne.fr
ATTENDEE;CN=Pablo Sanchis Ferrer;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Camille Roux:mailto:camille.roux@olympique-narbonne.fr
DESCRIPTION:Bonjour Pablo\,\n\nSuite à votre candidature au poste de Kinésithérapeute équipe première\, Camille Roux (Chargée de recrutement) vous appellera pour un premier échange de 30 minutes. Merci de préparer votre équivalence de diplôme (autorisation d'exercice en France).\n\nÀ bientôt\,\nL'équipe RH – Olympique de Narbonne
LOCATION:Téléphone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Olympique de Narbonne", role="Kinésithérapeute équipe première",
        stage="recruiter_screen", interviewers="camille.roux@olympique-narbonne.fr", trap="french-ats-phone-screen",
        hiring=False,
    ),
    dict(
        kind="google-french-manager",
        uid="1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260216T100000Z
DTEND:20260216T110000Z
DTSTAMP:20260210T071500Z
ORGANIZER;CN=Julien Batailler:mailto:j.batailler@olympique-narbonne.fr
UID:1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julien Batailler;X-NUM-GUESTS=0:mailto:j.batailler@olympique-narbonne.fr
DESCRIPTION:Entretien avec Julien Batailler\, responsable du staff médical\, pour le poste de kiné équipe pro.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nRejoindre avec Google Meet : https://meet.google.com/nrb-kine-pro\n\nInvitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail, car vous êtes invité à cet événement.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Pablo Sanchis / J. Batailler (staff médical)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Olympique de Narbonne", role="kiné équipe pro", stage="hiring_manager",
        interviewers="j.batailler@olympique-narbonne.fr", trap="french-google-meet-utc-entretien", hiring=False,
    ),
    dict(
        kind="webex-invite",
        uid="webex-2644718390-20260312T150000Z",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:webex-2644718390-20260312T150000Z
DTSTAMP:20260306T110000Z
DTSTART:20260312T150000Z
DTEND:20260312T160000Z
SUMMARY:Entretien final – Physiothérapeute 1re équipe – FC Lacustre Lausanne
ORGANIZER;CN=Stéphane Aubert:mailto:s.aubert@fclacustre.ch
ATTENDEE;CN=Pablo Sanchis Ferrer;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Stéphane Aubert:mailto:s.aubert@fclacustre.ch
ATTENDEE;CN=Dr Léa Maillard:mailto:l.maillard@fclacustre.ch
DESCRIPTION:Entretien final avec Stéphane Aubert (directeur sportif) et Dr Léa Maillard (médecin du club).\n\nRejoindre la réunion Webex\nhttps://fclacustre.webex.com/fclacustre/j.php?MTID=m3a9f1c2b7e\nNuméro de réunion : 2644 718 390\nMot de passe : Kine2026\n\nRejoindre par téléphone\n+41-44-000-1234 Suisse (Zurich)\nCode d'accès : 2644 718 390
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="FC Lacustre Lausanne", role="Physiothérapeute 1re équipe", stage="final",
        interviewers="s.aubert@fclacustre.ch;l.maillard@fclacustre.ch", trap="swiss-french-webex-final", hiring=False,
    ),
    dict(
        kind="agency-outlook-arab-zone",
        uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RIYADH}BEGIN:VEVENT
ORGANIZER;CN="Harrington, Lucy (Gulf Elite Sports Recruitment)":mailto:lucy.harrington@gulfelitesports.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Al-Harbi, Faisal":mailto:f.alharbi@alnakheelclub.sa
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Duarte, Rui":mailto:rui.duarte@alnakheelclub.sa
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Harrington, Lucy (Gulf Elite Sports Recruitment)":mailto:lucy.harrington@gulfelitesports.co.uk
DESCRIPTION;LANGUAGE=en-US:Dear Pablo\,\n\nAs discussed\, Al-Nakheel Club would like to meet you for the First Team Physiotherapist position. Interviewers: Faisal Al-Harbi (Medical Director) and Rui Duarte (Head of Performance). I will join only to introduce you and then drop off.\n\nTimes are Riyadh time (UTC+3) – 16:00 in Valencia.\n\nKind regards\,\nLucy\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_GESR-ANC@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=en-US:Al-Nakheel Club / Pablo Sanchis – First Team Physiotherapist interview
DTSTART;TZID=Arab Standard Time:20260224T180000
DTEND;TZID=Arab Standard Time:20260224T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260219T091000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Al-Nakheel Club", role="First Team Physiotherapist", stage="hiring_manager",
        interviewers="f.alharbi@alnakheelclub.sa;rui.duarte@alnakheelclub.sa",
        trap="agency-organizer-client-interviewers-arab-zone", hiring=False,
    ),
    dict(
        kind="calendly-invitee",
        uid="a1b2c3d4-calendly-austinhillfc-20260130",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
{CHICAGO}BEGIN:VEVENT
UID:a1b2c3d4-calendly-austinhillfc-20260130
DTSTAMP:20260126T201500Z
DTSTART;TZID=America/Chicago:20260130T100000
DTEND;TZID=America/Chicago:20260130T103000
SUMMARY:Pablo Sanchis Ferrer and Megan Doyle
ORGANIZER;CN=Megan Doyle:mailto:megan.doyle@austinhillfc.com
ATTENDEE;CN=Pablo Sanchis Ferrer;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION:Event Name: Intro call – Athletic Trainer / Physical Therapist (First Team)\n\nLocation: This is a Google Meet web conference.\nhttps://meet.google.com/ahf-intro-call\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/AHF-8812\nReschedule: https://calendly.com/reschedulings/AHF-8812\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/ahf-intro-call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Austin Hill FC", role="Athletic Trainer / Physical Therapist (First Team)",
        stage="recruiter_screen", interviewers="megan.doyle@austinhillfc.com",
        trap="calendly-names-only-in-summary-us-zone", hiring=False,
    ),
    dict(
        kind="outlook-internal-application",
        uid="040000008200E00074C5B7101A82E0080000000011C2D3E4F5A7DC010000000000000000100000006655443322110099AABBCCDDEEFF1122",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Lloret Sanz, Amparo":mailto:alloret@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Peris Gómez, Dr. Joaquín":mailto:jperis@valenciaunionfc.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CD Paterna - Despacho RRHH":mailto:despacho.rrhh@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Pablo\,\n\nTe convocamos a la entrevista de la convocatoria interna para Jefe/a de Readaptación del Primer Equipo (ref. INT-26-03). Estaremos Amparo Lloret (RRHH) y el Dr. Joaquín Peris (Jefe de Servicios Médicos). Como ya sabes\, el resto de candidatos son externos; trátalo con discreción.\n\nSaludos\,\nAmparo\n
UID:040000008200E00074C5B7101A82E0080000000011C2D3E4F5A7DC010000000000000000100000006655443322110099AABBCCDDEEFF1122
SUMMARY;LANGUAGE=es-ES:Convocatoria interna INT-26-03 – Entrevista P. Sanchis
DTSTART;TZID=Romance Standard Time:20260227T130000
DTEND;TZID=Romance Standard Time:20260227T140000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260220T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:CD Paterna - Despacho RRHH
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Valencia Unión FC", role="Jefe/a de Readaptación del Primer Equipo",
        stage="hiring_manager", interviewers="alloret@valenciaunionfc.es;jperis@valenciaunionfc.es",
        trap="internal-application-own-employer-work-address", hiring=False,
    ),
    dict(
        kind="outlook-internal-final",
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4A8DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Dirección General";SENT-BY="mailto:secretaria.direccion@valenciaunionfc.es":mailto:direccion.general@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sanchis Ferrer, Pablo":mailto:psanchis@valenciaunionfc.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bataller, Enric (Director General)":mailto:ebataller@valenciaunionfc.es
DESCRIPTION;LANGUAGE=es-ES:Última entrevista INT-26-03 (Jefe/a de Readaptación) con el Director General. 20 min.\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4A8DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=es-ES:INT-26-03 · reunión final
DTSTART;TZID=Romance Standard Time:20260311T091500
DTEND;TZID=Romance Standard Time:20260311T093500
CLASS:PRIVATE
DTSTAMP:20260305T111000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Dirección General\, CD Paterna
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Valencia Unión FC", role="Jefe/a de Readaptación", stage="final",
        interviewers="ebataller@valenciaunionfc.es", trap="internal-final-terse-sent-by-no-vtimezone", hiring=False,
    ),
    dict(
        kind="greenhouse-technical",
        uid="greenhouse-interview-5520981-20260225",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:greenhouse-interview-5520981-20260225
DTSTAMP:20260219T140000Z
DTSTART;TZID=Europe/Madrid:20260225T160000
DTEND;TZID=Europe/Madrid:20260225T171500
SUMMARY:Technical Interview – Sports Scientist (Client Success) – Kinexo Analytics
ORGANIZER;CN=Kinexo Talent:mailto:talent@kinexo.io
ATTENDEE;CN=Pablo Sanchis Ferrer;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Oriol Puigdemasa:mailto:oriol@kinexo.io
ATTENDEE;CN=Sara Lindqvist:mailto:sara.lindqvist@kinexo.io
DESCRIPTION:Hola Pablo! Next step: technical interview (en castellano/English). You'll get a anonymised GPS + RPE dataset from a pro squad (CSV) 24h before. Walk Oriol (Lead Sports Scientist) and Sara (Product) through your load-monitoring insights and how you'd explain ACWR to a coach.\n\nGoogle Meet: https://meet.google.com/kxo-tech-int\n\nPowered by Greenhouse
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Kinexo Analytics", role="Sports Scientist (Client Success)", stage="technical",
        interviewers="oriol@kinexo.io;sara.lindqvist@kinexo.io", trap="greenhouse-sports-tech-dataset-task-mixed-language",
        hiring=False,
    ),
    dict(
        kind="google-founders-final",
        uid="9p8o7i6u5y4t3r2e1w0q9a8s7d@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260310T123000
DTEND;TZID=Europe/Madrid:20260310T140000
DTSTAMP:20260304T180000Z
ORGANIZER;CN=Oriol Puigdemasa:mailto:oriol@kinexo.io
UID:9p8o7i6u5y4t3r2e1w0q9a8s7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marc Vilaró;X-NUM-GUESTS=0:mailto:marc@kinexo.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Oriol Puigdemasa;X-NUM-GUESTS=0:mailto:oriol@kinexo.io
DESCRIPTION:Dinar amb en Marc (CEO) per tancar el procés – final round. Restaurant a prop de l'oficina (Poblenou).\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Can Recasens\, Rambla del Poblenou 102\, Barcelona
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lunch Kinexo – Marc & Oriol / Pablo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Kinexo Analytics", role="", stage="final",
        interviewers="marc@kinexo.io;oriol@kinexo.io", trap="final-round-disguised-as-lunch-catalan", hiring=False,
    ),
    dict(
        kind="workday-cancelled",
        uid="WD-INTERVIEW-MDL-000451923",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-MDL-000451923
DTSTAMP:20260129T071500Z
DTSTART:20260202T084500Z
DTEND:20260202T091500Z
SEQUENCE:3
STATUS:CANCELLED
SUMMARY:CANCELADA - Entrevista: Fisioterapeuta Centro Asistencial Valencia (R-004519)
ORGANIZER;CN=Mutua Deportiva Levantina Talent Acquisition:mailto:mutualevantina@myworkday-mail.com
ATTENDEE;CN=Pablo Sanchis Ferrer;ROLE=REQ-PARTICIPANT:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Gemma Navarro;ROLE=REQ-PARTICIPANT:mailto:gnavarro@mutualevantina.es
DESCRIPTION:La entrevista con Gemma Navarro para el puesto Fisioterapeuta Centro Asistencial Valencia (R-004519) ha sido cancelada porque la vacante se ha cubierto internamente. Gracias por tu interés en Mutua Deportiva Levantina.
LOCATION:Teléfono
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Mutua Deportiva Levantina", role="Fisioterapeuta Centro Asistencial Valencia",
        stage="recruiter_screen", interviewers="gnavarro@mutualevantina.es",
        trap="workday-status-cancelled-method-request", hiring=False,
    ),
    dict(
        kind="factorial-invite",
        uid="factorial-ats-interview-338812@factorialhr.com",
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//ATS//ES
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:factorial-ats-interview-338812@factorialhr.com
DTSTAMP:20260107T101500Z
DTSTART;TZID=Europe/Madrid:20260109T131500
DTEND;TZID=Europe/Madrid:20260109T133500
SUMMARY:Entrevista telefónica · Fisioterapeuta Deportivo (Valencia-Ruzafa) · Fisiomar Clínicas
ORGANIZER;CN=Fisiomar Clínicas:mailto:empleo@fisiomar.es
ATTENDEE;CN=Pablo Sanchis;RSVP=TRUE:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CN=Iván Soler:mailto:ivan.soler@fisiomar.es
DESCRIPTION:Hola Pablo\, Iván Soler (RRHH) te llamará al número de tu candidatura. Duración aproximada: 20 min.\n\nEnviado con Factorial
LOCATION:Llamada telefónica
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Fisiomar Clínicas", role="Fisioterapeuta Deportivo (Valencia-Ruzafa)",
        stage="recruiter_screen", interviewers="ivan.soler@fisiomar.es", trap="local-ats-factorial-phone-screen",
        hiring=False,
    ),
    dict(
        kind="google-export-coordinator",
        uid="4f6g8h0j2k4l6m8n0p2q4r6s8t@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Pablo
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20260116T173000Z
DTEND:20260116T181500Z
DTSTAMP:20260112T100000Z
UID:4f6g8h0j2k4l6m8n0p2q4r6s8t@google.com
ORGANIZER;CN=Laia Ferrús:mailto:laia.ferrus@fisiomar.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laia Ferrús;X-NUM-GUESTS=0:mailto:laia.ferrus@fisiomar.es
CREATED:20260112T095900Z
DESCRIPTION:Segunda entrevista con la coordinadora de la clínica de Ruzafa. Ve
 remos la sala de ejercicio terapéutico y la agenda tipo.
LAST-MODIFIED:20260112T100000Z
LOCATION:Fisiomar Ruzafa\, C/ de Sueca 41\, Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fisiomar - 2ª entrevista (coordinadora)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Fisiomar Clínicas", role="", stage="hiring_manager",
        interviewers="laia.ferrus@fisiomar.es", trap="google-export-second-interview-coordinator-word", hiring=False,
    ),
    dict(
        kind="gmail-owner-invite",
        uid="0b1c2d3e4f5g6h7i8j9k0l1m2n@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260123T200000
DTEND;TZID=Europe/Madrid:20260123T204500
DTSTAMP:20260121T221100Z
ORGANIZER;CN=Carmen Beltrán:mailto:dra.beltran.fisio@gmail.com
UID:0b1c2d3e4f5g6h7i8j9k0l1m2n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com;X-NUM-GUESTS=0:mailto:pablo.sanchis.fisio@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carmen Beltrán;X-NUM-GUESTS=0:mailto:dra.beltran.fisio@gmail.com
DESCRIPTION:Hola Pablo! Como te dije por WhatsApp\, te cuento el puesto de tardes en la clínica (deportistas amateur + runners) y me cuentas tú. Ven cuando cierre\, a las 20h. Carmen\n\nInvitación de Google Calendar: https://calendar.google.com/calendar/
LOCATION:Clínica Beltrán Fisioterapia\, Av. Primado Reig 88\, Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pablo - charla puesto fisio tardes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Clínica Beltrán Fisioterapia", role="fisio tardes", stage="hiring_manager",
        interviewers="dra.beltran.fisio@gmail.com", trap="owner-free-mail-charla-not-entrevista", hiring=False,
    ),
    dict(
        kind="outlook-com-owner",
        uid="040000008200E00074C5B7101A82E0080000000090A1B2C3D4A9DC0100000000000000001000000012121212343434345656565678787878",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Vicent Ortells:mailto:ondafisio.vicent@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=pablo.sanchis.fisio@gmail.com:mailto:pablo.sanchis.fisio@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Pablo\, quedamos el jueves en el centro para hablar del puesto de fisio deportivo y que veas las instalaciones. Pregunta por Vicent. Saludos\n
UID:040000008200E00074C5B7101A82E0080000000090A1B2C3D4A9DC0100000000000000001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=es-ES:Entrevista Onda Fisio
DTSTART;TZID=Romance Standard Time:20260129T173000
DTEND;TZID=Romance Standard Time:20260129T183000
DTSTAMP:20260126T190000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Onda Fisio\, C/ Sant Cristòfol 12\, Onda (Castelló)
END:VEVENT
END:VCALENDAR
""",
        is_interview=1, company="Onda Fisio", role="fisio deportivo", stage="hiring_manager",
        interviewers="ondafisio.vicent@hotmail.com", trap="owner-hotmail-organizer-only", hiring=False,
    ),
]
