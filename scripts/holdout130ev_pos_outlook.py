"""holdout130: the user's own interviews sent from Outlook / Exchange (Windows zone names, "(UTC-05:00) …"
zones, X-ALT-DESC, SENT-BY, CN="Last, First", rooms and resources)."""

from holdout130ev_ics import EXCHANGE, OUTLOOK, cal, item

ME = "ATTENDEE;CN=paula.andrade.epi@hotmail.com;RSVP=TRUE:mailto:paula.andrade.epi@hotmail.com"

EVENTS = [
    item("outlook-panel-room-es", cal(rf"""
        CLASS:PUBLIC
        CREATED:20251030T161122Z
        DESCRIPTION:Estimada Paula\,\n\nPor medio del presente le confirmamos la entrevista de panel para el cargo
        | de Investigadora Asociada – Enfermedades Transmisibles. El panel estará conformado por la Dra. Ximena
        | Borja (Directora Científica)\, el Dr. Patricio Navas (Investigador Principal) y la Mgs. Tatiana Loor
        | (Talento Humano).\n\nLugar: Sala de Juntas\, piso 3\, Av. 6 de Diciembre N34-120\, Quito. Favor traer
        | cédula.\n\nSaludos cordiales\,\n\nJessica Mora\nAsistente de Dirección\nIAISP
        DTEND;TZID="SA Pacific Standard Time":20251118T103000
        DTSTART;TZID="SA Pacific Standard Time":20251118T090000
        LOCATION:Sala de Juntas piso 3 - IAISP
        PRIORITY:5
        SEQUENCE:0
        SUMMARY;LANGUAGE=es-EC:Entrevista panel - Investigadora Asociada (Paula Andrade)
        TRANSP:OPAQUE
        UID:040000008200E00074C5B7101A82E00800000000F0A7D9A1C448DC010000000000000000100000007A6E1D2B8C3F
        |4A41A2B0C9E8D7F6A5B4
        ORGANIZER;CN="Borja, Ximena";SENT-BY="mailto:jmora@iaisp.org.ec":mailto:xborja@iaisp.org.ec
        ATTENDEE;CN="Navas, Patricio";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pnavas@iaisp.org.ec
        ATTENDEE;CN="Loor, Tatiana";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tloor@iaisp.org.ec
        ATTENDEE;CN=Sala de Juntas P3;CUTYPE=ROOM;ROLE=NON-PARTICIPANT:mailto:salajuntas3@iaisp.org.ec
        {ME}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
        """, OUTLOOK, tz=("sapac",)), 1, "Instituto Andino de Investigación en Salud Pública",
        "Investigadora Asociada – Enfermedades Transmisibles", "onsite",
        "xborja@iaisp.org.ec;pnavas@iaisp.org.ec;tloor@iaisp.org.ec", "outlook-panel-room-sentby-es"),

    item("outlook-utczone-en", cal(rf"""
        UID:040000008200E00074C5B7101A82E008000000003B2F9E0AC049DC01000000000000000010000000C3D2E1F0A9B8
        DESCRIPTION:Dear Paula\,\n\nThank you for your application to the position of Regional Epidemiologist\,
        | Maternal & Newborn Health (Ref. MHA-LAC-25-019). The panel will conduct a competency-based interview
        | lasting about one hour. Panel: Dr. Ana Lucía Prado (Chair)\, Dr. Kwame Asante\, Ms. Julia Romero (HR\,
        | observer\, will not score).\n\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room
        | device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_TUhBTEFDX\nMeeting ID: 274 118 930 55
        |\nPasscode: q3Fk9S\n\nKind regards\,\nMaternal Health Alliance Latin America
        X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Paula\,</p><p>Thank you for your application to the
        | position of Regional Epidemiologist\, Maternal &amp\; Newborn Health (Ref. MHA-LAC-25-019).</p><p><a
        | href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_TUhBTEFDX">Join the meeting now</a></p>
        |</body></html>
        SUMMARY;LANGUAGE=en-US:Interview - Regional Epidemiologist\, Maternal & Newborn Health
        DTSTART;TZID="(UTC-05:00) Bogota, Lima, Quito, Rio Branco":20251120T083000
        DTEND;TZID="(UTC-05:00) Bogota, Lima, Quito, Rio Branco":20251120T093000
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN="Romero, Julia":mailto:jromero@mhala.org
        ATTENDEE;CN="Prado, Ana Lucia";ROLE=REQ-PARTICIPANT:mailto:aprado@mhala.org
        ATTENDEE;CN="Asante, Kwame";ROLE=REQ-PARTICIPANT:mailto:kasante@mhala.org
        {ME}
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
        """, OUTLOOK, tz=("utc5",)), 1, "Maternal Health Alliance Latin America",
        "Regional Epidemiologist, Maternal & Newborn Health", "", "aprado@mhala.org;kasante@mhala.org",
        "outlook-utc-zone-panel-observer-en"),

    item("exchange-teams-es", cal(r"""
        UID:040000008200E00074C5B7101A82E0080000000021C4E7B5D94ADC0100000000000000001000000099AA11BB22CC
        SUMMARY:Entrevista por competencias - Analista de Monitoreo y Evaluación
        DTSTART;TZID=SA Pacific Standard Time:20251125T150000
        DTEND;TZID=SA Pacific Standard Time:20251125T160000
        LOCATION:Reunión de Microsoft Teams
        DESCRIPTION:Buenas tardes Paula\,\n\nDe acuerdo con lo conversado\, le envío la invitación para la
        | entrevista por competencias. Participarán Luis Alberto Chávez (Gerente de Proyectos) y yo.\n\n______
        |__________________________\nReunión de Microsoft Teams\nÚnase a través de su ordenador\, aplicación
        | móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 239 552 711 804
        |\nCódigo de acceso: 7fB2xR\n________________________________\n\nMariela Ugarte\nCoordinadora de
        | Talento\nAyni Research Consulting S.A.C. | Lima - Perú
        ORGANIZER;CN="Ugarte, Mariela":mailto:mugarte@ayniresearch.pe
        ATTENDEE;CN="Chávez, Luis Alberto";ROLE=REQ-PARTICIPANT:mailto:lchavez@ayniresearch.pe
        ATTENDEE;CN=Paula Andrade;ROLE=REQ-PARTICIPANT:mailto:paula.andrade.epi@hotmail.com
        X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_QXlua
        """, EXCHANGE, tz=("sapac",)), 1, "Ayni Research Consulting", "Analista de Monitoreo y Evaluación", "",
        "mugarte@ayniresearch.pe;lchavez@ayniresearch.pe", "exchange-competencias-es"),

    item("outlook-webex-final-en", cal(rf"""
        UID:040000008200E00074C5B7101A82E00800000000D1E8C2F7E54ADC0100000000000000001000000055EE66FF77AA
        SUMMARY:TDRN - Final panel interview - Paula Andrade (Network Epidemiologist)
        DTSTART;TZID=Eastern Standard Time:20251211T100000
        DTEND;TZID=Eastern Standard Time:20251211T113000
        LOCATION:Webex
        DESCRIPTION:Hello Paula\,\n\nCongratulations on reaching the final stage for the Network Epidemiologist
        | position at the Tropical Disease Research Network. Your panel: Dr. Helen Marsh (Executive Director)\,
        | Dr. Óscar Villegas (Science Lead)\, Dr. Ruth Adeyemi (Board member).\n\n-- Do not delete or change any
        | of the following text. --\n\nJoin Webex meeting\nhttps://tdrn.webex.com/tdrn/j.php?MTID=m4b1c2d3e\nMeeting
        | number (access code): 2634 118 9902\nMeeting password: Tdrn2025\n\nJoin by phone\n+1-415-655-0001 US
        | Toll
        ORGANIZER;CN="Marsh, Helen";SENT-BY="mailto:exec.assistant@tdrn.org":mailto:hmarsh@tdrn.org
        ATTENDEE;CN="Villegas, Oscar";ROLE=REQ-PARTICIPANT:mailto:ovillegas@tdrn.org
        ATTENDEE;CN="Adeyemi, Ruth";ROLE=REQ-PARTICIPANT:mailto:ruth.adeyemi@gmail.com
        ATTENDEE;CN="Executive Assistant";ROLE=OPT-PARTICIPANT:mailto:exec.assistant@tdrn.org
        {ME}
        """, OUTLOOK, tz=("est",)), 1, "Tropical Disease Research Network", "Network Epidemiologist", "final",
        "hmarsh@tdrn.org;ovillegas@tdrn.org;ruth.adeyemi@gmail.com", "outlook-webex-final-sentby-en"),

    item("outlook-weu-fr", cal(rf"""
        UID:040000008200E00074C5B7101A82E00800000000A4C6E9D2F74BDC010000000000000000100000001F2E3D4C5B6A
        SUMMARY;LANGUAGE=fr-FR:Entretien technique – Chargée de suivi-évaluation (Amérique latine)
        DTSTART;TZID="W. Europe Standard Time":20251215T160000
        DTEND;TZID="W. Europe Standard Time":20251215T170000
        LOCATION:Microsoft Teams
        DESCRIPTION:Bonjour Madame Andrade\,\n\nSuite à notre premier échange\, je vous propose un entretien
        | technique avec Benoît Lacroix (responsable MEAL) et moi-même. Un court exercice sur un cadre logique
        | vous sera envoyé 24 h avant.\n\nRéunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/
        |meetup-join/19%3ameeting_U0FTZnJ\n\nCordialement\,\nInès Haddad\nChargée de recrutement\nSanté Andine
        | Solidarité\, Genève
        ORGANIZER;CN="Haddad, Ines":mailto:ines.haddad@sante-andine.org
        ATTENDEE;CN="Lacroix, Benoit";ROLE=REQ-PARTICIPANT:mailto:benoit.lacroix@sante-andine.org
        {ME}
        """, OUTLOOK, tz=("weu",)), 1, "Santé Andine Solidarité",
        "Chargée de suivi-évaluation (Amérique latine)", "technical",
        "benoit.lacroix@sante-andine.org;ines.haddad@sante-andine.org", "outlook-weu-zone-fr"),

    item("exchange-resource-onsite-es", cal(rf"""
        UID:040000008200E00074C5B7101A82E00800000000C0FFEE11E04CDC0100000000000000001000000012AB34CD56EF
        SUMMARY:Entrevista presencial - Jefe/a de Epidemiología Hospitalaria
        DTSTART;TZID="(UTC-05:00) Bogota, Lima, Quito, Rio Branco":20251128T080000
        DTEND;TZID="(UTC-05:00) Bogota, Lima, Quito, Rio Branco":20251128T100000
        LOCATION:Clínica Pichincha Norte - Dirección Médica\, Torre B piso 5
        DESCRIPTION:Paula\, buen día. Le esperamos para la entrevista presencial y recorrido por el servicio de
        | epidemiología e infectología. Estarán el Dr. Jorge Almeida (Director Médico) y la Lcda. Carmen
        | Paredes (Jefa de Enfermería / Comité de Infecciones). Se usará el proyector de la sala.\n\nAtte.\,
        | Secretaría Dirección Médica
        ORGANIZER;CN="Almeida, Jorge";SENT-BY="mailto:secretaria.dm@cpnorte.com.ec":mailto:jalmeida@cpnorte.com.ec
        ATTENDEE;CN="Paredes, Carmen";ROLE=REQ-PARTICIPANT:mailto:cparedes@cpnorte.com.ec
        ATTENDEE;CUTYPE=RESOURCE;CN=Proyector Sala DM;ROLE=NON-PARTICIPANT:mailto:proyector.dm@cpnorte.com.ec
        ATTENDEE;CUTYPE=ROOM;CN=Sala Dirección Médica;ROLE=NON-PARTICIPANT:mailto:sala.dm@cpnorte.com.ec
        {ME}
        """, EXCHANGE, tz=("utc5",)), 1, "Clínica Pichincha Norte", "Jefe/a de Epidemiología Hospitalaria", "onsite",
        "jalmeida@cpnorte.com.ec;cparedes@cpnorte.com.ec", "exchange-room-resource-es"),

    item("outlook-cancel-en", cal(rf"""
        UID:040000008200E00074C5B7101A82E008000000006A1B2C3D4E4CDC01000000000000000010000000ABCDEF012345
        SEQUENCE:1
        STATUS:CANCELLED
        SUMMARY;LANGUAGE=en-US:Canceled: Interview - Research Associate\, Global Health Center
        DTSTART;TZID=Eastern Standard Time:20251205T140000
        DTEND;TZID=Eastern Standard Time:20251205T150000
        DESCRIPTION:Hi Paula\, I need to cancel our conversation about the Research Associate position on
        | Friday - the search committee is reviewing the job posting. I'll be in touch.\n\nBest\,\nProf. Michael
        | Grant\nBrightwater University Global Health Center
        ORGANIZER;CN="Grant, Michael":mailto:mgrant@brightwater.edu
        {ME}
        PRIORITY:1
        """, OUTLOOK, method="CANCEL", tz=("est",)), 1, "Brightwater University",
        "Research Associate", "", "mgrant@brightwater.edu", "outlook-method-cancel-en"),

    item("outlook-hm-es-co", cal(rf"""
        UID:040000008200E00074C5B7101A82E00800000000E2F4A6B8D15CDC01000000000000000010000000FEDCBA987654
        SUMMARY:Reunión Paula Andrade / Dirección de Investigación FCV
        DTSTART;TZID=SA Pacific Standard Time:20251202T140000
        DTEND;TZID=SA Pacific Standard Time:20251202T150000
        LOCATION:https://fcvalle.zoom.us/j/97722104417
        DESCRIPTION:Paula\, buenas tardes.\n\nComo le comentó Talento Humano\, la Dra. Mónica Arango desea
        | conversar con usted como parte del proceso para el cargo de Epidemióloga de Investigación Clínica. Es
        | la segunda etapa del proceso.\n\nUnirse a la reunión Zoom\nhttps://fcvalle.zoom.us/j/97722104417\n\nID
        | de reunión: 977 2210 4417\n\nCordialmente\,\nDiana Ocampo\nAsistente Dirección de Investigación\n
        |Fundación Cardio Valle
        ORGANIZER;CN="Arango, Mónica";SENT-BY="mailto:docampo@fcvalle.org.co":mailto:marango@fcvalle.org.co
        {ME}
        """, OUTLOOK, tz=("sapac",)), 1, "Fundación Cardio Valle", "Epidemióloga de Investigación Clínica",
        "hiring_manager", "marango@fcvalle.org.co", "outlook-sentby-reunion-es"),
]
