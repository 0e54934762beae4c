"""holdout253 events, part B: more of the user's own interviews (German, French, ATS and scheduler invites)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout253ev_zones import APPLE_MADRID, MADRID, ROMANCE, ROMANCE_LABEL

EVENTS = [
    dict(
        kind="successfactors-german",
        uid="SFR-INT-DE-55820173@kerbion-medical.de",
        is_interview=1,
        company="Kerbion Medical",
        role="Key Account Manager Spain – Wound Care (m/w/d)",
        stage="hiring_manager",
        interviewers="tobias.reinhardt@kerbion-medical.de",
        trap="german-boilerplate-w-europe-no-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SFR-INT-DE-55820173@kerbion-medical.de
DTSTAMP:20250130T154011Z
DTSTART;TZID=W. Europe Standard Time:20250206T110000
DTEND;TZID=W. Europe Standard Time:20250206T120000
SUMMARY:Vorstellungsgespräch / Interview – Key Account Manager Spain – Wound Care (m/w/d) – Lucía Serrano Ortiz
ORGANIZER;CN=Kerbion Recruiting Team:mailto:recruiting@kerbion-medical.de
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Tobias Reinhardt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobias.reinhardt@kerbion-medical.de
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:Sehr geehrte Frau Serrano Ortiz\,\n\nvielen Dank für Ihre Bewerbung als Key Account Manager Spain – Wound Care (m/w/d). Gerne laden wir Sie zu einem ersten Gespräch mit Tobias Reinhardt (Head of Sales Southern Europe) ein. Das Gespräch findet auf Englisch statt.\n\nDear Ms Serrano Ortiz\, thank you for your application. We are pleased to invite you to an interview with Tobias Reinhardt (Head of Sales Southern Europe). The interview will be held in English.\n\nMit freundlichen Grüßen / Kind regards\nKerbion Medical GmbH – Talent Acquisition\nKerbion Medical GmbH · Amtsgericht Fürth HRB 18842 · Geschäftsführer: Dr. Henrik Vossberg\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät teil\nKlicken Sie hier\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 318 004 762 915\nKennung: b8JmQ2\n________________________________________________________________________________
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-german-case",
        uid="040000008200E00074C5B7101A82E00800000000119E2B7DA296DB0100000000000000001000000064E1C0A7B2F54D3E9A8C7B6D5E4F3A2B",
        is_interview=1,
        company="Kerbion Medical",
        role="Key Account Manager Spain",
        stage="technical",
        interviewers="tobias.reinhardt@kerbion-medical.de;nuria.forcadell@kerbion-medical.de",
        trap="german-zweitgespraech-fallstudie-utc-label-tzid",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Reinhardt, Tobias":mailto:tobias.reinhardt@kerbion-medical.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Forcadell, Núria":mailto:nuria.forcadell@kerbion-medical.de
DESCRIPTION;LANGUAGE=de-DE:Hi Lucía\, as agreed: 2nd round with a short case study "Market entry for silver dressings in Spanish public hospitals" (please prepare 5-6 slides\, 20 min). Núria Forcadell (Country Manager Spain & Portugal) will join me.\nBest\, Tobias\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nKlicken Sie hier\, um an der Besprechung teilzunehmen\nBesprechungs-ID: 372 448 190 226\nKennung: Xy8r3D\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000119E2B7DA296DB0100000000000000001000000064E1C0A7B2F54D3E9A8C7B6D5E4F3A2B
SUMMARY;LANGUAGE=de-DE:Zweitgespräch mit Fallstudie – KAM Spain (L. Serrano Ortiz)
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250219T140000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250219T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T093355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-invitee",
        uid="cal-4f0b1e7d-9a2c-4b65-8d3e-7e6f5a4b3c21@calendly.example",
        is_interview=1,
        company="Vitaloop Diagnostics",
        role="Market Access Specialist",
        stage="recruiter_screen",
        interviewers="pablo.nieto@vitaloop-dx.com",
        trap="calendly-user-booked-recruiter-slot",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-4f0b1e7d-9a2c-4b65-8d3e-7e6f5a4b3c21@calendly.example
DTSTAMP:20250226T203114Z
DTSTART:20250303T090000Z
DTEND:20250303T093000Z
SUMMARY:Lucía Serrano Ortiz and Pablo Nieto
ORGANIZER;CN=Pablo Nieto:mailto:pablo.nieto@vitaloop-dx.com
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Pablo Nieto;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pablo.nieto@vitaloop-dx.com
LOCATION:+34 622 19 84 07
DESCRIPTION:Event Name: Entrevista inicial – Market Access Specialist (30 min)\n\nLocation: This is a phone call. Pablo Nieto will call the invitee at +34 622 19 84 07\n\nPlease share anything that will help prepare for our meeting.: Actualmente delegada hospitalaria en Madrid\, experiencia con comisiones de farmacia y concursos.\n\nNeed to make changes to this event?\nCancel: https://calendly.example/cancellations/4f0b1e7d\nReschedule: https://calendly.example/reschedulings/4f0b1e7d\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-invite",
        uid="webex-2f5a7c1e9b3d4e6f8a0b1c2d3e4f5a6b@vitaloop-dx.webex.example",
        is_interview=1,
        company="Vitaloop Diagnostics",
        role="Market Access Specialist",
        stage="technical",
        interviewers="veronica.sanjuan@vitaloop-dx.com",
        trap="webex-case-pricing-reimbursement-madrid-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:webex-2f5a7c1e9b3d4e6f8a0b1c2d3e4f5a6b@vitaloop-dx.webex.example
DTSTAMP:20250307T111909Z
DTSTART;TZID=Europe/Madrid:20250314T120000
DTEND;TZID=Europe/Madrid:20250314T131500
SUMMARY:Entrevista técnica Market Access – caso precio y reembolso (Vitaloop)
ORGANIZER;CN=Verónica Sanjuán:mailto:veronica.sanjuan@vitaloop-dx.com
ATTENDEE;CN=lucia.serrano.ortiz@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Pablo Nieto;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:pablo.nieto@vitaloop-dx.com
LOCATION:https://vitaloop-dx.webex.example/meet/veronica.sanjuan
DESCRIPTION:Hola Lucía\,\nen esta segunda entrevista trabajaremos sobre un caso: lanzamiento de un test rápido de sepsis en hospitales públicos (modelo de impacto presupuestario\, interlocutores en la Comunidad de Madrid\, concurso). No hace falta preparar nada\, te lo comparto en pantalla.\nVerónica Sanjuán – Head of Market Access Spain\n\n-- Do not delete or change any of the following text. --\n\nJoin Webex meeting\nhttps://vitaloop-dx.webex.example/meet/veronica.sanjuan\nMeeting number (access code): 2741 880 915\nMeeting password: Vit2025!\n\nJoin by phone\n+34-91-749-8012 Spain Toll\nAccess code: 2741 880 915\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-spanish",
        uid="WD-CAL-20250115-almirena-66120948",
        is_interview=1,
        company="Almirena Farma",
        role="Delegado/a Hospitalario/a - Madrid Norte",
        stage="recruiter_screen",
        interviewers="sonia.tejero@almirena.es",
        trap="workday-spanish-phone-screen",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:WD-CAL-20250115-almirena-66120948
DTSTAMP:20250115T092241Z
DTSTART;TZID=Europe/Madrid:20250117T163000
DTEND;TZID=Europe/Madrid:20250117T170000
SUMMARY:Entrevista telefónica: Delegado/a Hospitalario/a - Madrid Norte (JR-2025-0118)
ORGANIZER;CN=Sonia Tejero:mailto:sonia.tejero@almirena.es
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
LOCATION:Llamada telefónica (te llamaremos al móvil indicado en tu candidatura)
DESCRIPTION:Candidato/a: Lucía Serrano Ortiz\nPuesto: Delegado/a Hospitalario/a - Madrid Norte\nTipo de entrevista: Preselección telefónica\nEntrevistador/a: Sonia Tejero (Talent Acquisition Specialist)\n\nEnviado desde Workday en nombre de Almirena Farma.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-rescheduled",
        uid="WD-CAL-20250124-almirena-66123371",
        is_interview=1,
        company="Almirena Farma",
        role="Delegado/a Hospitalario/a - Madrid Norte",
        stage="hiring_manager",
        interviewers="rafael.cuesta@almirena.es",
        trap="workday-updated-sequence-moved-time",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//ES
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:WD-CAL-20250124-almirena-66123371
DTSTAMP:20250129T081530Z
DTSTART;TZID=Europe/Madrid:20250131T083000
DTEND;TZID=Europe/Madrid:20250131T093000
SUMMARY:ACTUALIZADA - Entrevista con responsable: Delegado/a Hospitalario/a - Madrid Norte
ORGANIZER;CN=Sonia Tejero:mailto:sonia.tejero@almirena.es
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Rafael Cuesta;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rafael.cuesta@almirena.es
LOCATION:Cafetería Hotel Foxá\, Tres Cantos (Rafael te espera en la entrada)
DESCRIPTION:Candidato/a: Lucía Serrano Ortiz\nPuesto: Delegado/a Hospitalario/a - Madrid Norte\nTipo de entrevista: Entrevista con responsable de área\nEntrevistador/a: Rafael Cuesta (Gerente de Área Madrid Norte)\n\nCAMBIO DE HORA: la entrevista pasa del viernes 31 a las 17:00 al viernes 31 a las 8:30 antes de su ruta.\n\nEnviado desde Workday en nombre de Almirena Farma.
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-panel",
        uid="webex-syn-8c1d3f5a7b9e@synthera.webex.example",
        is_interview=1,
        company="Synthera Pharma",
        role="Medical Science Liaison Immunology (Spain)",
        stage="recruiter_screen",
        interviewers="nadia.keller@synthera-pharma.ch",
        trap="swiss-recruiter-utc-english",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:webex-syn-8c1d3f5a7b9e@synthera.webex.example
DTSTAMP:20250401T071500Z
DTSTART:20250404T120000Z
DTEND:20250404T123000Z
SUMMARY:Synthera | Introductory call – MSL Immunology Spain
ORGANIZER;CN=Nadia Keller:mailto:nadia.keller@synthera-pharma.ch
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
LOCATION:Webex
DESCRIPTION:Dear Lucía\, thank you for your application for Medical Science Liaison Immunology (Spain). I'd like to have a short introductory call about your experience and motivation. Nadia Keller\, Talent Acquisition Partner\, Synthera Pharma AG (Basel)\n\nJoin Webex meeting: https://synthera.webex.example/meet/nadia.keller\nMeeting number: 2378 004 115
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webex-panel",
        uid="webex-syn-2b4d6f8a0c1e@synthera.webex.example",
        is_interview=1,
        company="Synthera Pharma",
        role="Medical Science Liaison Immunology (Spain)",
        stage="onsite",
        interviewers="dr.alvaro.sepulveda@synthera-pharma.ch;katrin.imhof@synthera-pharma.ch",
        trap="virtual-panel-interview-english",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:webex-syn-2b4d6f8a0c1e@synthera.webex.example
DTSTAMP:20250414T160212Z
DTSTART:20250423T130000Z
DTEND:20250423T143000Z
SUMMARY:Panel interview – MSL Immunology Spain – Lucía Serrano Ortiz
ORGANIZER;CN=Nadia Keller:mailto:nadia.keller@synthera-pharma.ch
ATTENDEE;CN=Lucía Serrano Ortiz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;CN=Dr. Álvaro Sepúlveda;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dr.alvaro.sepulveda@synthera-pharma.ch
ATTENDEE;CN=Katrin Imhof;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:katrin.imhof@synthera-pharma.ch
LOCATION:Webex
DESCRIPTION:Panel interview (90 min):\n- 10 min: your 'insight story' from the field\n- 40 min: behavioural interview (Dr. Álvaro Sepúlveda\, Medical Lead Immunology Iberia\; Katrin Imhof\, Head of Field Medical Europe)\n- 30 min: scientific discussion on JAK inhibitors in atopic dermatitis\n- 10 min: your questions\nNadia will moderate.\n\nJoin Webex meeting: https://synthera.webex.example/meet/nadia.keller\nMeeting number: 2378 004 115
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="shl-online-assessment",
        uid="shl-ax-20250312-91bd7e2c@shl.example",
        is_interview=1,
        company="Nordhaven Pharma",
        role="Key Account Manager Diabetes – Madrid",
        stage="technical",
        interviewers="",
        trap="online-assessment-all-day-deadline",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SHL//Assessment Invitation//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:shl-ax-20250312-91bd7e2c@shl.example
DTSTAMP:20250312T080000Z
DTSTART;VALUE=DATE:20250312
DTEND;VALUE=DATE:20250317
SUMMARY:Nordhaven Pharma – online assessment (Verify G+ and OPQ) – deadline 16 March
DESCRIPTION:Dear Lucía Serrano Ortiz\,\n\nNordhaven Pharma has invited you to complete an online assessment as part of your application for Key Account Manager Diabetes – Madrid.\n\nAssessments: SHL Verify Interactive G+ (approx. 36 min)\, Occupational Personality Questionnaire OPQ32r (approx. 25 min).\nDeadline: 16/03/2025 23:59 (CET)\n\nStart here: https://candidate.shl.example/nordhaven/ax/91bd7e2c\n\nGood luck!\nNordhaven Pharma Talent Team
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessment-day",
        uid="040000008200E00074C5B7101A82E00800000000E2D7C4B1A0F9DB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0",
        is_interview=1,
        company="Nordhaven Pharma",
        role="Key Account Manager Diabetes",
        stage="onsite",
        interviewers="mads.kjeldsen@nordhaven-pharma.com;elena.barroso@nordhaven-pharma.com",
        trap="assessment-day-role-play-with-actor-doctor",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE_LABEL}BEGIN:VEVENT
ORGANIZER;CN="Barroso Luengo, Elena";SENT-BY="mailto:talent.es@nordhaven-pharma.com":mailto:elena.barroso@nordhaven-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kjeldsen, Mads":mailto:mads.kjeldsen@nordhaven-pharma.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="ES-MAD-Sala Retiro":mailto:es-mad-retiro@nordhaven-pharma.com
DESCRIPTION;LANGUAGE=es-ES:Hola Lucía\,\n\nenhorabuena por superar las pruebas online. Te convocamos al Assessment Day del proceso KAM Diabetes:\n09:30 Bienvenida\n10:00 Role-play: visita a una endocrinóloga (actriz) para presentar un nuevo análogo de GLP-1 a la comisión\n11:00 Caso de cuenta: plan para un hospital con unidad de diabetes\n12:00 Entrevista por competencias con Mads Kjeldsen (Sales Director Spain) y Elena Barroso (HR Business Partner)\n\nDirección: Paseo de la Castellana 216\, planta 11.\n\nUn saludo\,\nElena\n
UID:040000008200E00074C5B7101A82E00800000000E2D7C4B1A0F9DB01000000000000000010000000A1A2A3A4A5A6A7A8A9AAABACADAEAFB0
SUMMARY;LANGUAGE=es-ES:Assessment Day - KAM Diabetes (Lucía Serrano)
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250326T093000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250326T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T130902Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:ES-MAD-Sala Retiro
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-hand-typed",
        uid="a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8c0e1b",
        is_interview=1,
        company="Cardiolab Ibérica",
        role="Delegada Hospitalaria Cardiología",
        stage="hiring_manager",
        interviewers="Enrique Marín",
        trap="thunderbird-abbreviations-gerente-no-attendees",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{MADRID}BEGIN:VEVENT
CREATED:20250401T185512Z
LAST-MODIFIED:20250401T185630Z
DTSTAMP:20250401T185630Z
UID:a3c5e7f9-1b2d-4f6a-8c0e-2d4f6a8c0e1b
SUMMARY:Entrev. Cardiolab - gte. regional (Enrique Marín) - deleg. hosp. cardio
DTSTART;TZID=Europe/Madrid:20250408T184500
DTEND;TZID=Europe/Madrid:20250408T194500
LOCATION:VIPS C/ Alcalá 212
DESCRIPTION:me llamó ayer. llevar cifras de cuota 2024 (112%) y lista hosp.
  que llevo. preguntar coche/variable
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT45M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-ride-along",
        uid="7mca2p9t4b1v6e3q8n5k0r2h7j@google.com",
        is_interview=1,
        company="Cardiolab Ibérica",
        role="Delegada Hospitalaria Cardiología",
        stage="onsite",
        interviewers="enrique.marin@cardiolab-iberica.es",
        trap="ride-along-selection-day-like-field-route",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250424T083000
DTEND;TZID=Europe/Madrid:20250424T143000
DTSTAMP:20250414T082001Z
ORGANIZER;CN=Enrique Marín:mailto:enrique.marin@cardiolab-iberica.es
UID:7mca2p9t4b1v6e3q8n5k0r2h7j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=lucia.serrano.ortiz@gmail.com;X-NUM-GUESTS=0:mailto:lucia.serrano.ortiz
 @gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Enrique Marín;X-NUM-GUESTS=0:mailto:enrique.marin@cardiolab-iberica.es
DESCRIPTION:Lucía\, segunda fase: mañana de ruta conmigo (doble visita) por
  el Hospital del Tajo y dos centros de especialidades de Aranjuez. Tú haces
  la segunda visita de la mañana con el Dr. Sanjurjo (cardiólogo) como si f
 ueras ya delegada de Cardiolab\; te mando hoy el material del producto. Al 
 final comemos y te doy feedback.\nEnrique
LOCATION:Hospital del Tajo\, Aranjuez
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ruta de acompañamiento / doble visita - proceso Cardiolab
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french",
        uid="040000008200E00074C5B7101A82E0080000000033A4B5C6D7E8DB01000000000000000010000000BEEFCAFE0011223344556677889900AA",
        is_interview=1,
        company="Laboratoires Vérancourt",
        role="Responsable Accès au Marché Espagne",
        stage="hiring_manager",
        interviewers="claire.dumoulin@verancourt.fr",
        trap="french-entretien-romance-zone-teams",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="DUMOULIN Claire":mailto:claire.dumoulin@verancourt.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lucia.serrano.ortiz@gmail.com:mailto:lucia.serrano.ortiz@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="GARNIER Sophie":mailto:sophie.garnier@verancourt.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Lucía\,\n\nSuite à notre échange avec Sophie Garnier (RH)\, je vous propose un entretien pour le poste de Responsable Accès au Marché Espagne\, basé à Madrid. L'entretien se déroulera en espagnol et en français.\n\nBien cordialement\,\nClaire Dumoulin\nDirectrice Market Access Europe du Sud\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour rejoindre la réunion\nID de réunion : 391 205 448 710\nCode secret : Vr5cQ1\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000033A4B5C6D7E8DB01000000000000000010000000BEEFCAFE0011223344556677889900AA
SUMMARY;LANGUAGE=fr-FR:Entretien - Responsable Accès au Marché Espagne - L. Serrano Ortiz
DTSTART;TZID=Romance Standard Time:20250509T100000
DTEND;TZID=Romance Standard Time:20250509T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250502T141122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-hand-typed",
        uid="F2E4D6C8-B0A2-4947-8E6C-5A3B1D9F7E2C",
        is_interview=1,
        company="Laboratoires Vérancourt",
        role="",
        stage="final",
        interviewers="Pierre-Yves Aubert",
        trap="hand-typed-paris-final-all-caps-apple-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
{APPLE_MADRID}BEGIN:VEVENT
CREATED:20250515T192201Z
UID:F2E4D6C8-B0A2-4947-8E6C-5A3B1D9F7E2C
DTEND;TZID=Europe/Madrid:20250527T163000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:VÉRANCOURT FINAL - París (Pierre-Yves Aubert\, DG Europe Sud)
LAST-MODIFIED:20250515T192344Z
DTSTAMP:20250515T192344Z
DTSTART;TZID=Europe/Madrid:20250527T150000
LOCATION:Vérancourt siège\, 18 rue de Courcelles\, Paris
DESCRIPTION:en francés!! repasar vocabulario accès au marché / HAS / CEPS vs CIPM. Hotel pagado por ellos. AVE no\, vuelo 8:30
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
