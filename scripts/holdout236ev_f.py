# ruff: noqa: E501, W291
"""holdout236 events, part f: more universities and research institutes (written blind)."""

from holdout236ev_tz import BERLIN_G, BERLIN_TB, PARIS, ROMANCE, WEUROPE

EVENTS = [
    dict(
        kind="appointment-procedure",
        uid="040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
        iv=1,
        company="Technische Universität München",
        role="W3 Professorship in Microbial Systems Biology",
        stage="onsite",
        who="stefan.vogelsang@tum.de",
        trap="tum-english-appointment-procedure-outlook",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Appointments LS";SENT-BY="mailto:julia.brandl@tum.de":mailto:appointments.ls@tum.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Vogelsang, Stefan":mailto:stefan.vogelsang@tum.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="WZW Freising Hörsaal 14 (HS 14)":mailto:wzw-hs14@tum.de
DESCRIPTION;LANGUAGE=en-US:Dear Dr. Roth\,\n\nThe search committee for the W3 Professorship in Microbial Systems Biology (TUM School of Life Sciences) invites you to present yourself in Freising:\n\n- scientific talk (30 min) and discussion\n- teaching sample (15 min\, Bachelor level\, topic of your choice)\n- interview with the search committee (chair: Prof. Dr. Stefan Vogelsang)\n\nTravel expenses are reimbursed according to BayRKG.\n\nBest regards\nJulia Brandl\nAppointment Management\, TUM School of Life Sciences\n
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
SUMMARY;LANGUAGE=en-US:Appointment procedure W3 Microbial Systems Biology – presentation Dr. Roth
DTSTART;TZID=W. Europe Standard Time:20260224T090000
DTEND;TZID=W. Europe Standard Time:20260224T120000
DTSTAMP:20260128T103000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:WZW Freising Hörsaal 14 (HS 14)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export",
        uid="3tq1hfr8m6l4k2j0g9e7c5a3b1@google.com",
        iv=1,
        company="Universität Konstanz",
        role="W3-Professur Mikrobielle Ökologie",
        stage="",
        who="Fr. Bredemeier",
        trap="x-wr-timezone-export-teams-commission-talk",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Bewerbungen 25/26
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20260311T140000Z
DTEND:20260311T150000Z
DTSTAMP:20260601T081500Z
UID:3tq1hfr8m6l4k2j0g9e7c5a3b1@google.com
CREATED:20260302T201004Z
DESCRIPTION:Teams-Link in Mail von Fr. Bredemeier (Vors. BK). KN W3 Mikrob
 . Ökologie\, Gespräch mit Kommission ohne Vortrag (der kommt ggf. in Rund
 e 2). Fragen zu Limnologie/Bodensee-Kooperation vorbereiten!
LAST-MODIFIED:20260302T201212Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Konstanz BK-Gespräch (online)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vorstellung-utc",
        uid="hhu-bv-molmik-2026-roth@hhu.de",
        iv=1,
        company="Heinrich-Heine-Universität Düsseldorf",
        role="W2-Professur für Molekulare Mikrobiologie",
        stage="onsite",
        who="carsten.vonhagen@hhu.de",
        trap="utc-times-vorstellung-hhu",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//HHU Duesseldorf//Terminplaner//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hhu-bv-molmik-2026-roth@hhu.de
DTSTAMP:20260302T121500Z
DTSTART:20260416T120000Z
DTEND:20260416T150000Z
SUMMARY:Berufungsverfahren W2 Molekulare Mikrobiologie – persönliche Vorst
 ellung
DESCRIPTION:Ablauf: 14:00 Uhr Vortrag zur Forschung (30 Min.)\, 14:45 Uhr 
 Lehrprobe (20 Min.)\, 15:30 Uhr Gespräch mit der Berufungskommission unte
 r Vorsitz von Prof. Dr. Carsten von Hagen. Gebäude 26.12\, Hörsaal 5L.
LOCATION:HHU\, Universitätsstr. 1\, Geb. 26.12\, HS 5L
ORGANIZER;CN=Carsten von Hagen:mailto:carsten.vonhagen@hhu.de
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="status-cancelled",
        uid="f0a1b2c3-d4e5-4f60-8a71-b2c3d4e5f607",
        iv=1,
        company="Universität Osnabrück",
        role="W2-Professur Mikrobiologie",
        stage="",
        who="",
        trap="status-cancelled-verfahren-eingestellt",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260112T202000Z
LAST-MODIFIED:20260205T071830Z
DTSTAMP:20260205T071830Z
UID:f0a1b2c3-d4e5-4f60-8a71-b2c3d4e5f607
SUMMARY:ABGESAGT – OS Vorstellung W2 Mikrobiologie
STATUS:CANCELLED
DTSTART;TZID=Europe/Berlin:20260219T100000
DTEND;TZID=Europe/Berlin:20260219T140000
LOCATION:Osnabrück\, Barbarastr. 11
DESCRIPTION:Mail Dekanat 4.2.: Verfahren vom Präsidium aufgehoben (Stelle
  wird neu zugeschnitten). Bahnticket stornieren!
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="auswahlsymposium-hzi",
        uid="040000008200E00074C5B7101A82E0080000000099887766554ADC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
        iv=1,
        company="Helmholtz-Zentrum für Infektionsforschung",
        role="Abteilungsleitung Mikrobielle Interaktionen (W3, gemeinsame Berufung mit der TU Braunschweig)",
        stage="onsite",
        who="dirk.heinemann@helmholtz-hzi.de;silke.oppermann@helmholtz-hzi.de",
        trap="helmholtz-selection-symposium-outlook",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Oppermann, Silke";SENT-BY="mailto:petra.kuhlmann@helmholtz-hzi.de":mailto:silke.oppermann@helmholtz-hzi.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Heinemann, Dirk":mailto:dirk.heinemann@helmholtz-hzi.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="HZI Forum":mailto:forum@helmholtz-hzi.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Dr. Roth\,\n\nwir laden Sie herzlich zum Auswahlsymposium für die Leitung der Abteilung „Mikrobielle Interaktionen“ ein. Nach Ihrem Vortrag (30 Min. + 15 Min. Diskussion\, englisch) finden Einzelgespräche mit der Findungskommission (Vorsitz Prof. Dr. Dirk Heinemann\, Wissenschaftlicher Geschäftsführer) und mir als Administrativer Geschäftsführerin statt.\n\nMit freundlichen Grüßen\nSilke Oppermann\n
UID:040000008200E00074C5B7101A82E0080000000099887766554ADC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=de-DE:Auswahlsymposium Abteilungsleitung MINT – Dr. Anja Roth
DTSTART;TZID=W. Europe Standard Time:20251203T093000
DTEND;TZID=W. Europe Standard Time:20251203T150000
DTSTAMP:20251110T120000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:HZI Forum\, Inhoffenstraße 7\, Braunschweig
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="rexx-vorstellungsgespraech",
        uid="rexx-termin-DSMZ-2026-00318-1",
        iv=1,
        company="Leibniz-Institut DSMZ",
        role="Leitung der Abteilung Mikrobielle Ökologie und Diversitätsforschung",
        stage="",
        who="Prof. Dr. Kerstin Lamprecht;Dr. Holger Sieverding",
        trap="rexx-einladung-names-without-email",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//rexx systems//rexx Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
UID:rexx-termin-DSMZ-2026-00318-1
DTSTAMP:20260420T101010Z
DTSTART;TZID=Europe/Berlin:20260505T100000
DTEND;TZID=Europe/Berlin:20260505T120000
SUMMARY:Einladung zum Vorstellungsgespräch – Leitung Abteilung Mikrobiell
 e Ökologie und Diversitätsforschung (Kennziffer 2026-318)
DESCRIPTION:Sehr geehrte Frau Dr. Roth\,\n\nwir freuen uns\, Sie zu einem 
 Vorstellungsgespräch in die Inhoffenstraße 7B\, 38124 Braunschweig\, einz
 uladen. Die Auswahlkommission besteht aus Prof. Dr. Kerstin Lamprecht (Wis
 senschaftliche Direktorin)\, Dr. Holger Sieverding (Administrativer Direkt
 or)\, sowie Vertreter*innen des Betriebsrats und der Gleichstellung.\n\nBi
 tte bereiten Sie einen Vortrag von 20 Minuten zu Ihrer Forschungsstrategi
 e vor.\n\nMit freundlichen Grüßen\nPersonalabteilung DSMZ
LOCATION:DSMZ\, Inhoffenstraße 7B\, 38124 Braunschweig
ORGANIZER;CN=DSMZ Personal:mailto:bewerbung@dsmz.de
ATTENDEE;CN=Anja Roth;RSVP=TRUE:mailto:anja.roth.mikro@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="auswahlgespraech",
        uid="interamt-ag-RKI-2026-017-3",
        iv=1,
        company="Robert Koch-Institut",
        role="Leitung Fachgebiet Nosokomiale Infektionserreger und Antibiotikaresistenzen",
        stage="",
        who="",
        trap="public-sector-auswahlgespraech-interamt-no-names",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Interamt//Terminverwaltung//DE
VERSION:2.0
METHOD:PUBLISH
""" + BERLIN_G + r"""BEGIN:VEVENT
UID:interamt-ag-RKI-2026-017-3
DTSTAMP:20260112T080001Z
DTSTART;TZID=Europe/Berlin:20260127T130000
DTEND;TZID=Europe/Berlin:20260127T140000
SUMMARY:Auswahlgespräch – Kennziffer RKI-2026-017
DESCRIPTION:Stellenangebots-ID 1342876\nRobert Koch-Institut\, Leitung de
 s Fachgebiets „Nosokomiale Infektionserreger und Antibiotikaresistenzen“ (
 EG 15 TVöD)\n\nOrt: Robert Koch-Institut\, Nordufer 20\, 13353 Berlin\, Ha
 us A\, Raum 2.07. Bitte bringen Sie Ihren Personalausweis und die Origina
 le Ihrer Zeugnisse mit. Das Gespräch umfasst eine Präsentation (10 Min.) z
 u einer vorab mitgeteilten Fragestellung.\n\nSchwerbehinderte Bewerber*inn
 en werden bei gleicher Eignung bevorzugt berücksichtigt.
LOCATION:RKI\, Nordufer 20\, 13353 Berlin
ORGANIZER;CN=Interamt:mailto:noreply@interamt.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="scientific-committee",
        uid="0k9j8h7g6f5d4s3a2p1o@google.com",
        iv=1,
        company="Institut Pasteur",
        role="Head of Unit – Bacterial Physiology (Call 2026)",
        stage="onsite",
        who="marie-claude.dubreuil@pasteur.fr",
        trap="institut-pasteur-audition-english-french-google",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20260407T140000
DTEND;TZID=Europe/Paris:20260407T153000
DTSTAMP:20260318T093322Z
ORGANIZER;CN=Recrutement Scientifique:mailto:recrutement.scientifique@pasteur.fr
UID:0k9j8h7g6f5d4s3a2p1o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anja.roth.mikro@posteo.de;X-NUM-GUESTS=0:mailto:anja.roth.mikro@pos
 teo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marie-Claude Dubreuil;X-NUM-GUESTS=0:mailto:marie-claude.dubreuil@paste
 ur.fr
DESCRIPTION:Dear Dr Roth\, / Chère Madame Roth\,\n\nFollowing the pre-sele
 ction\, the ad-hoc scientific committee of the Microbiology Department wou
 ld like to hear you:\n- public seminar\, 45 min (Auditorium François Jaco
 b)\n- audition with the committee\, 45 min (chair: Prof. Marie-Claude Dub
 reuil)\n\nPlease bring your passport for campus access (25-28 rue du Doct
 eur Roux).\n\nBien cordialement\,\nService du Recrutement Scientifique
LOCATION:Institut Pasteur\, 25-28 rue du Docteur Roux\, 75015 Paris
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Audition – Head of Unit call 2026 – Dr Anja Roth
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista",
        uid="040000008200E00074C5B7101A82E00800000000ABCDEF0123DCDC01000000000000000010000000CAFE0123BABE4567DEAD89ABFACE0CDE",
        iv=1,
        company="Centro Nacional de Biotecnología",
        role="Jefe/a de Grupo – Departamento de Biotecnología Microbiana",
        stage="",
        who="jm.alcaraz@cnb.csic.es;lucia.fernandez@cnb.csic.es",
        trap="spanish-entrevista-comision-romance-tz",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Alcaraz Ruiz, José Manuel":mailto:jm.alcaraz@cnb.csic.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=anja.roth.mikro@posteo.de:mailto:anja.roth.mikro@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Fernández Ortega, Lucía":mailto:lucia.fernandez@cnb.csic.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Dra. Roth:\n\nLe escribo en nombre de la comisión de selección para la plaza de Jefe/a de Grupo en el Departamento de Biotecnología Microbiana del CNB-CSIC. Nos gustaría mantener con usted una entrevista por videoconferencia: breve presentación de su proyecto (15 min.) y preguntas de la comisión.\n\nEnlace Zoom: https://cnb-csic.zoom.us/j/83100427765\nID de reunión: 831 0042 7765\n\nUn cordial saludo\,\nJosé Manuel Alcaraz\nPresidente de la comisión\n
UID:040000008200E00074C5B7101A82E00800000000ABCDEF0123DCDC01000000000000000010000000CAFE0123BABE4567DEAD89ABFACE0CDE
SUMMARY;LANGUAGE=es-ES:Entrevista Dra. Anja Roth – Jefe/a de Grupo CNB
DTSTART;TZID=Romance Standard Time:20260219T160000
DTEND;TZID=Romance Standard Time:20260219T170000
DTSTAMP:20260209T111111Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-call",
        uid="CAL-9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
        iv=1,
        company="EMBL",
        role="Group Leader – Microbial Ecology",
        stage="",
        who="peer.nordstrom@embl.de",
        trap="calendly-booked-search-committee-call",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:CAL-9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
DTSTAMP:20251120T200144Z
DTSTART:20251201T150000Z
DTEND:20251201T153000Z
SUMMARY:Anja Roth and Peer Nordström
DESCRIPTION:Event Name: EMBL Group Leader search – conversation with the c
 ommittee chair\n\nLocation: This is a Zoom web conference.\nhttps://embl-
 org.zoom.us/j/96633012245\n\nQuestions: Position you applied for: Group Le
 ader – Microbial Ecology (Heidelberg)\n\nNeed to make changes to this eve
 nt?\nCancel: https://calendly.com/cancellations/9f1e2d3c\nReschedule: http
 s://calendly.com/reschedulings/9f1e2d3c\n\nPowered by Calendly.com
LOCATION:https://embl-org.zoom.us/j/96633012245
ORGANIZER;CN=Peer Nordström:mailto:peer.nordstrom@embl.de
ATTENDEE;CN=Anja Roth;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:anja.roth.mik
 ro@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
