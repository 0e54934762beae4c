# ruff: noqa: E501
"""holdout158 events, part b: Brussels, Madrid and start-up processes. CC0 1.0."""

from holdout158ev_tz import BRUSSELS, MADRID, ROMANCE

EVENTS = [
    (
        "workable-screen",
        "wk-ev-2f8c91d0-7b1e-4a55-9e0c-3d2a61f4b8aa",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + BRUSSELS + r"""BEGIN:VEVENT
UID:wk-ev-2f8c91d0-7b1e-4a55-9e0c-3d2a61f4b8aa
DTSTAMP:20250212T142003Z
DTSTART;TZID=Europe/Brussels:20250217T110000
DTEND;TZID=Europe/Brussels:20250217T113000
SUMMARY:Phone screen: Friederike Janssen for Head of Communications
DESCRIPTION:Hi Friederike\,\n\nThanks for booking a slot. Lotte Verbeke (HR & People) will call you on +49 170 4482913 for a first conversation about the Head of Communications role at European Consumer Voice.\n\nIf you need to reschedule\, please use the link in your confirmation email.\n\nPowered by Workable
LOCATION:Phone call
ORGANIZER;CN=Lotte Verbeke:mailto:lotte.verbeke@consumervoice.eu
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Lotte Verbeke;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lotte.verbeke@consumervoice.eu
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        1, "European Consumer Voice", "Head of Communications", "recruiter_screen",
        "lotte.verbeke@consumervoice.eu", "workable-phone-screen-brussels-english",
    ),
    (
        "zoom-director",
        "4k2m9q7x1c8v@consumervoice.eu",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T140000Z
DTEND:20250305T150000Z
DTSTAMP:20250226T093412Z
ORGANIZER;CN=Lotte Verbeke:mailto:lotte.verbeke@consumervoice.eu
UID:4k2m9q7x1c8v@consumervoice.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Agnès Duval;X-NUM-GUESTS=0:mailto:agnes.duval@consumervoice.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Pieter Claes;X-NUM-GUESTS=0:mailto:pieter.claes@consumervoice.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lotte Verbeke;X-NUM-GUESTS=0:mailto:lotte.verbeke@consumervoice.eu
DESCRIPTION:Second-round interview for the Head of Communications position with Agnès Duval (Director General) and Pieter Claes (Head of Policy). Lotte will join for the first five minutes to introduce everyone.\n\nPlease prepare a 10-minute view on how ECV should communicate the upcoming Digital Fairness Act file to national media.\n\n──────────\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/83371264518?pwd=bVdPT2x1YkRlR0V4\n\nMeeting ID: 833 7126 4518\nPasscode: 551903\n\nOne tap mobile\n+3224031688\,\,83371264518#\,\,\,\,*551903# Belgium\n+496938079883\,\,83371264518#\,\,\,\,*551903# Germany\n\n──────────
LOCATION:https://us02web.zoom.us/j/83371264518?pwd=bVdPT2x1YkRlR0V4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ECV | Head of Communications – 2nd interview (F. Janssen)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "European Consumer Voice", "Head of Communications", "hiring_manager",
        "agnes.duval@consumervoice.eu;pieter.claes@consumervoice.eu;lotte.verbeke@consumervoice.eu", "google-invite-zoom-second-round-utc",
    ),
    (
        "brussels-final",
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5A0DB010000000000000000100000001F2E3D4C5B6A79880A9B8C7D6E5F4A3B",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Verbeke, Lotte":mailto:lotte.verbeke@consumervoice.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Duval, Agnès":mailto:agnes.duval@consumervoice.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moretti, Giulia (Board)":mailto:g.moretti@altroconsumo-network.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="BXL - Meeting room Atomium":mailto:room.atomium@consumervoice.eu
DESCRIPTION;LANGUAGE=en-GB:Dear Friederike\,\n\nWe are delighted to invite you to the final stage for the Head of Communications post. The afternoon has two parts:\n14:00-15:00 written exercise (press statement + LinkedIn post\, in English and one other EU language of your choice)\n15:15-16:15 final interview with Agnès Duval and Giulia Moretti (Board Treasurer)\n\nAddress: Rue de la Loi 227\, 1040 Brussels\, 3rd floor. Travel costs will be reimbursed (train\, 2nd class).\n\nKind regards\,\nLotte\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5A0DB010000000000000000100000001F2E3D4C5B6A79880A9B8C7D6E5F4A3B
SUMMARY;LANGUAGE=en-GB:Final stage – Head of Communications (Janssen)
DTSTART;TZID=Romance Standard Time:20250320T140000
DTEND;TZID=Romance Standard Time:20250320T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Rue de la Loi 227\, Brussels - room Atomium
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        1, "European Consumer Voice", "Head of Communications", "final",
        "agnes.duval@consumervoice.eu;g.moretti@altroconsumo-network.org", "outlook-romance-zone-final-written-exercise",
    ),
    (
        "entretien-meet",
        "1q8bn3r5t7v9x2z4c6e8g0i2k4@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BRUSSELS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Brussels:20250409T100000
DTEND;TZID=Europe/Brussels:20250409T110000
DTSTAMP:20250401T161002Z
ORGANIZER;CN=Hélène Marchetti:mailto:helene.marchetti@aeml-medias.eu
UID:1q8bn3r5t7v9x2z4c6e8g0i2k4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hélène Marchetti;X-NUM-GUESTS=0:mailto:helene.marchetti@aeml-medias.eu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bruno Lefèvre;X-NUM-GUESTS=0:mailto:bruno.lefevre@aeml-medias.eu
X-GOOGLE-CONFERENCE:https://meet.google.com/kqz-wmfr-npt
DESCRIPTION:Bonjour Madame Janssen\,\n\nSuite à votre candidature au poste de Responsable de la communication (CDI\, Bruxelles)\, nous avons le plaisir de vous proposer un entretien avec Hélène Marchetti (secrétaire générale) et Bruno Lefèvre (président du bureau). L'entretien se déroulera en français et en partie en anglais.\n\nBien cordialement\,\nHélène\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nParticiper avec Google Meet : https://meet.google.com/kqz-wmfr-npt\nOu appeler le : (BE) +32 2 894 10 37 PIN : 553 870 219#\n\nEn savoir plus sur Meet : https://support.google.com/a/users/answer/9282720\n\nVeuillez ne pas modifier cette section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien – Responsable de la communication (AEML)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Alliance européenne des médias locaux", "Responsable de la communication", "",
        "helene.marchetti@aeml-medias.eu;bruno.lefevre@aeml-medias.eu", "french-entretien-google-meet-brussels",
    ),
    (
        "entrevista-telefonica",
        "SFSF-INTV-0000482113-ALMENARA",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:SFSF-INTV-0000482113-ALMENARA
DTSTAMP:20250303T101540Z
DTSTART;TZID=Europe/Madrid:20250306T170000
DTEND;TZID=Europe/Madrid:20250306T173000
SUMMARY:Entrevista telefónica – Head of Communications Alemania (Req. 48211)
DESCRIPTION:Hola Friederike\,\n\nGracias por tu interés en Almenara Energía. Te confirmamos la entrevista telefónica con Lucía Ferrer (Talent Acquisition\, Madrid). La conversación será en inglés o español\, como prefieras.\n\nPuesto: Head of Communications Germany (Almenara Energía Deutschland GmbH\, Hamburg)\nDuración: 30 minutos\nTe llamaremos al +49 170 4482913.\n\nUn saludo\,\nEquipo de Talento – Almenara Energía\n\nEste mensaje se ha generado automáticamente. Por favor\, no respondas a este correo.
LOCATION:Llamada telefónica
ORGANIZER;CN=Almenara Talento:mailto:noreply-talento@almenara.es
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Lucía Ferrer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lucia.ferrer@almenara.es
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Almenara Energía Deutschland GmbH", "Head of Communications Alemania", "recruiter_screen",
        "lucia.ferrer@almenara.es", "spanish-successfactors-screen-madrid-zone",
    ),
    (
        "teams-geschaeftsfuehrer",
        "040000008200E00074C5B7101A82E0080000000090D7C6B5A4A1DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN="Reuter, Katja":mailto:katja.reuter@almenara.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de:mailto:f.janssen.hh@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ibáñez Ruiz, Carlos":mailto:carlos.ibanez@almenara.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Janssen\,\n\nnach Ihrem Gespräch mit Frau Ferrer in Madrid möchte Sie unser Geschäftsführer Carlos Ibáñez gern kennenlernen. Ich (HR Business Partner Deutschland) bin ebenfalls dabei.\n\n________________________________________________________________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=de-DE>\nJetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA0YzE2>\nBesprechungs-ID: 318 442 771 905\nPasscode: rT5mK2\n________________________________\nPer Telefon einwählen\n+49 69 365052445\,\,417220816# Germany\, Frankfurt am Main\nKonferenz-ID: 417 220 816#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000090D7C6B5A4A1DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=de-DE:Gespräch Frau Janssen / Herr Ibáñez – Head of Communications Germany
DTSTART;TZID=Romance Standard Time:20250314T090000
DTEND;TZID=Romance Standard Time:20250314T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T074818Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA0YzE2
END:VEVENT
END:VCALENDAR
""",
        1, "Almenara Energía Deutschland GmbH", "Head of Communications Germany", "hiring_manager",
        "carlos.ibanez@almenara.de;katja.reuter@almenara.de", "german-branch-teams-romance-zone-gf",
    ),
    (
        "entrevista-final-madrid",
        "a8f3c2e1d0b94f7e@almenara.es",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250402T120000
DTEND;TZID=Europe/Madrid:20250402T133000
DTSTAMP:20250324T183011Z
ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@almenara.es
UID:a8f3c2e1d0b94f7e@almenara.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marta Solís Echevarría;X-NUM-GUESTS=0:mailto:marta.solis@almenara.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Carlos Ibáñez Ruiz;X-NUM-GUESTS=0:mailto:carlos.ibanez@almenara.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Ferrer;X-NUM-GUESTS=0:mailto:lucia.ferrer@almenara.es
DESCRIPTION:Hola Friederike\,\n\ncomo hablamos\, te esperamos en nuestras oficinas de Madrid para la última entrevista con Marta Solís (Directora de Comunicación Corporativa del Grupo) y Carlos Ibáñez. / As discussed\, final interview in Madrid\, in English and Spanish.\n\nPaseo de la Castellana 95\, planta 14. Pregunta en recepción por Lucía.\n\nNosotros gestionamos el vuelo y el hotel (Hotel Urban\, 1 noche).\n\n¡Hasta pronto!
LOCATION:Almenara Energía\, Paseo de la Castellana 95\, 28046 Madrid
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final – Head of Communications Germany
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Almenara Energía Deutschland GmbH", "Head of Communications Germany", "final",
        "marta.solis@almenara.es;carlos.ibanez@almenara.de", "spanish-final-madrid-hq-onsite",
    ),
    (
        "ashby-intro",
        "ashby-interview-event-6b0f0d4e-93d2-4f7a-a6b1-0e9f1c2d3b44",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-6b0f0d4e-93d2-4f7a-a6b1-0e9f1c2d3b44
DTSTAMP:20250219T170221Z
DTSTART:20250224T130000Z
DTEND:20250224T133000Z
SUMMARY:Friederike Janssen <> Lumenfeld – Intro Call
DESCRIPTION:Hi Friederike\,\n\nLooking forward to chatting about the Head of Content & Communications role!\n\nInterviewer: Jana Oppermann (Talent Partner)\nGoogle Meet: https://meet.google.com/hvx-pqrt-ycb\n\nNeed to reschedule? https://app.ashbyhq.com/candidate/reschedule/3f9a1c\n\n– The Lumenfeld Talent Team
LOCATION:https://meet.google.com/hvx-pqrt-ycb
ORGANIZER;CN=Jana Oppermann:mailto:jana@lumenfeld.energy
ATTENDEE;CN=Friederike Janssen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Jana Oppermann;PARTSTAT=ACCEPTED:mailto:jana@lumenfeld.energy
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Lumenfeld GmbH", "Head of Content & Communications", "recruiter_screen",
        "jana@lumenfeld.energy", "ashby-intro-call-utc",
    ),
    (
        "ashby-writing-review",
        "ashby-interview-event-c71e22a9-0b5d-4d1c-8f2e-7a6b5c4d3e21",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-c71e22a9-0b5d-4d1c-8f2e-7a6b5c4d3e21
DTSTAMP:20250303T091133Z
DTSTART:20250307T100000Z
DTEND:20250307T110000Z
SUMMARY:Lumenfeld – Take-home Review (Head of Content & Communications)
DESCRIPTION:Hi Friederike\,\n\nthanks for sending the take-home (launch narrative + 3 LinkedIn posts). In this session you'll walk Moritz and Dilara through your thinking\, then they'll ask follow-up questions.\n\nInterviewers:\n• Moritz Falkenberg – Co-Founder & CEO\n• Dilara Aksoy – Head of Brand\n\nGoogle Meet: https://meet.google.com/dne-ovaz-kmw\n\nPowered by Ashby
LOCATION:https://meet.google.com/dne-ovaz-kmw
ORGANIZER;CN=Jana Oppermann:mailto:jana@lumenfeld.energy
ATTENDEE;CN=Friederike Janssen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Moritz Falkenberg;PARTSTAT=ACCEPTED:mailto:moritz@lumenfeld.energy
ATTENDEE;CN=Dilara Aksoy;PARTSTAT=ACCEPTED:mailto:dilara@lumenfeld.energy
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Lumenfeld GmbH", "Head of Content & Communications", "technical",
        "moritz@lumenfeld.energy;dilara@lumenfeld.energy", "ashby-take-home-review-coordinator-organizer",
    ),
    (
        "lever-hm",
        "lever-interview-8d4b1e2a-55c3-4f90-a7d2-19e0c6b3f501",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-8d4b1e2a-55c3-4f90-a7d2-19e0c6b3f501
DTSTAMP:20250305T155012Z
DTSTART:20250311T080000Z
DTEND:20250311T084500Z
SUMMARY:Interview with Fintory – Friederike Janssen
DESCRIPTION:Hi Friederike\,\n\nHere are the details for your upcoming interview for the Head of Communications (f/m/d) position.\n\n09:00 – 09:45 CET  Hiring Manager Interview – Benedikt Sauer (Chief Marketing Officer)\n\nZoom: https://fintory.zoom.us/j/91288340761?pwd=R2tTWlZ0\nMeeting ID: 912 8834 0761\n\nPlease let me know if you have any questions.\n\nBest\,\nNele Rahn\nTalent Acquisition\, Fintory
LOCATION:Zoom
ORGANIZER;CN=Nele Rahn:mailto:nele.rahn@fintory.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Benedikt Sauer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:benedikt.sauer@fintory.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Fintory", "Head of Communications (f/m/d)", "hiring_manager",
        "benedikt.sauer@fintory.de", "lever-hiring-manager-coordinator-not-interviewer",
    ),
    (
        "lever-panel",
        "lever-interview-0e9c7b6a-12d4-4c3e-b8f7-6a5d4c3b2a19",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0e9c7b6a-12d4-4c3e-b8f7-6a5d4c3b2a19
DTSTAMP:20250318T120455Z
DTSTART:20250325T120000Z
DTEND:20250325T150000Z
SUMMARY:Interview with Fintory – Friederike Janssen
DESCRIPTION:Hi Friederike\,\n\nGreat news – you're moving on to the virtual onsite for Head of Communications (f/m/d). Your schedule (CET):\n\n13:00 – 13:45  Communications Case – Tabea Lorenz (Senior PR Manager)\n13:45 – 14:30  Stakeholder & Crisis – Dr. Ansgar Wiebe (General Counsel)\n14:30 – 15:00  Break\n15:00 – 16:00  Founder Conversation – Lukas Brenner (Co-Founder & CEO)\n\nZoom: https://fintory.zoom.us/j/97710022384?pwd=ZkZ4bE5Y\n\nBest\,\nNele
LOCATION:Zoom
ORGANIZER;CN=Nele Rahn:mailto:nele.rahn@fintory.de
ATTENDEE;CN=Friederike Janssen;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:f.janssen.hh@web.de
ATTENDEE;CN=Tabea Lorenz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tabea.lorenz@fintory.de
ATTENDEE;CN=Ansgar Wiebe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ansgar.wiebe@fintory.de
ATTENDEE;CN=Lukas Brenner;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:lukas.brenner@fintory.de
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        1, "Fintory", "Head of Communications (f/m/d)", "onsite",
        "tabea.lorenz@fintory.de;ansgar.wiebe@fintory.de;lukas.brenner@fintory.de", "lever-virtual-onsite-identical-summary",
    ),
    (
        "greenhouse-screen",
        "6g7h8j9k0l1m2n3p4q5r6s7t8u@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250220T090000Z
DTEND:20250220T093000Z
DTSTAMP:20250217T130507Z
ORGANIZER;CN=Hendrik Vosgerau:mailto:hendrik.vosgerau@nordwind-energie.de
UID:6g7h8j9k0l1m2n3p4q5r6s7t8u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Hendrik Vosgerau;X-NUM-GUESTS=0:mailto:hendrik.vosgerau@nordwind-energie.de
DESCRIPTION:Hallo Frau Janssen\,\n\nich freue mich auf unser erstes Gespräch zur Position Pressesprecher:in (Senior Communications Manager). Wir sprechen ca. 30 Minuten über Ihren Werdegang und Ihre Erwartungen.\n\nHendrik Vosgerau\nRecruiting\, Nordwind Energie GmbH\n\nThis event was scheduled with Greenhouse.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nAn Videoanruf teilnehmen: https://meet.google.com/rst-kuvw-xaa\nOder per Telefon einwählen: (DE) +49 30 300195133 PIN: 902 115 884#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nordwind Energie – Erstgespräch Pressesprecher:in – F. Janssen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Nordwind Energie GmbH", "Pressesprecher:in (Senior Communications Manager)", "recruiter_screen",
        "hendrik.vosgerau@nordwind-energie.de", "greenhouse-via-google-calendar-meet",
    ),
    (
        "greenhouse-final",
        "9w8v7u6t5s4r3q2p1o0n9m8l7k@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250403T070000Z
DTEND:20250403T083000Z
DTSTAMP:20250327T082940Z
ORGANIZER;CN=Hendrik Vosgerau:mailto:hendrik.vosgerau@nordwind-energie.de
UID:9w8v7u6t5s4r3q2p1o0n9m8l7k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.janssen.hh@web.de;X-NUM-GUESTS=0:mailto:f.janssen.hh@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ingrid Sønderby;X-NUM-GUESTS=0:mailto:ingrid.sonderby@nordwind-energie.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Malte Grube;X-NUM-GUESTS=0:mailto:malte.grube@nordwind-energie.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=HH-Speicherstadt-3-Leuchtturm (10) [Bildschirm];X-NUM-GUESTS=0:mailto:c_1889f3a7b0e2d4@resource.calendar.google.com
DESCRIPTION:Finale Runde mit der Geschäftsführung: Ingrid Sønderby (CEO) und Malte Grube (CFO). Bitte bringen Sie Ihre Kommunikationsstrategie für den Börsengang (10 Min.) mit.\n\nAdresse: Nordwind Energie\, Am Kaiserkai 10\, 20457 Hamburg – Empfang im EG\, Besucherausweis wird vorbereitet.\n\nThis event was scheduled with Greenhouse.
LOCATION:HH-Speicherstadt-3-Leuchtturm (10) [Bildschirm]
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nordwind Energie – Finale Runde Geschäftsführung (Janssen)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        1, "Nordwind Energie GmbH", "", "final",
        "ingrid.sonderby@nordwind-energie.de;malte.grube@nordwind-energie.de", "greenhouse-final-google-room-resource",
    ),
]
