"""holdout211 events, part a: Iberia, Vueling, Lufthansa Technik (blind split, CC0 1.0)."""

from holdout211ev_tz import BERLIN, MADRID_GOOGLE, MADRID_PLAIN, W_EUROPE

EVENTS = [
    dict(
        kind="sf-phone-screen", uid="SF-INTV-7731042-20250218@iberia.successfactors.eu",
        iv=1, company="Iberia", role="Técnico de Mantenimiento Aeronáutico B1 - La Muñoza",
        stage="recruiter_screen", who="mjgarrido@iberia.es",
        trap="successfactors-phone-screen-airline",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:SF-INTV-7731042-20250218@iberia.successfactors.eu
DTSTAMP:20250211T084512Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250218T100000
DTEND;TZID=Europe/Madrid:20250218T103000
SUMMARY:Entrevista telefónica - Técnico de Mantenimiento Aeronáutico B1 - La
  Muñoza (Req. 7731042)
DESCRIPTION:Estimado/a Rubén\,\n\nLe confirmamos la entrevista telefónica
  para la posición Técnico de Mantenimiento Aeronáutico B1 - La Muñoza.\n\nFe
 cha: 18/02/2025\nHora: 10:00 (hora peninsular)\nDuración aproximada: 30 min
 utos\n\nLe llamará María José Garrido (Talent Acquisition) al número que nos
  facilitó en su candidatura. Tenga a mano su licencia Part-66 y el detalle d
 e sus habilitaciones.\n\nUn saludo\,\nIberia - Selección\n\nEste es un mensa
 je automático. Por favor\, no responda a este correo.
LOCATION:Llamada telefónica
ORGANIZER;CN=Iberia Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=María José Garrido;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:MJGarrido@iberia.es
ATTENDEE;CN=Rubén Castillo Navarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACT
 ION;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="part66-tech-test", uid="SF-INTV-7731042-20250304-PT@iberia.successfactors.eu",
        iv=1, company="Iberia", role="Técnico de Mantenimiento Aeronáutico B1 - La Muñoza",
        stage="technical", who="",
        trap="technical-test-part66-modules-no-named-examiner",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID_PLAIN + r"""BEGIN:VEVENT
UID:SF-INTV-7731042-20250304-PT@iberia.successfactors.eu
DTSTAMP:20250224T121900Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250304T090000
DTEND;TZID=Europe/Madrid:20250304T123000
SUMMARY:Prueba técnica (módulos Part-66) - Técnico de Mantenimiento Aeronáut
 ico B1
DESCRIPTION:Estimado/a Rubén\,\n\nHa superado la fase de preselección. Le co
 nvocamos a la prueba técnica presencial del proceso de selección:\n\n- Test
  tipo test de 60 preguntas sobre los módulos 7A (prácticas de mantenimiento
 )\, 8 (aerodinámica básica)\, 11A (aerodinámica\, estructuras y sistemas de
  aviones de turbina) y 15 (motores de turbina de gas).\n- Duración: 90 minut
 os. Posteriormente\, breve comprobación de documentación.\n\nLugar: Iberia
  Mantenimiento - Zona Industrial La Muñoza\, Edificio de Formación (acceso p
 or Puerta 2). Traiga DNI\, licencia Part-66 original y calculadora no progra
 mable.\n\nIberia - Selección
LOCATION:La Muñoza - Edificio de Formación\, Ctra. de Barajas\, 28042 Madrid
ORGANIZER;CN=Iberia Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Rubén Castillo Navarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACT
 ION;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-original",
        uid="040000008200E00074C5B7101A82E00800000000B07D3F1A8E8CDB0100000000"
        "0000000010000000F3A21C6B2C0E7A4D9C2A7B3E5D1F0A11",
        iv=1, company="Iberia", role="Técnico de Mantenimiento Aeronáutico B1 - La Muñoza",
        stage="final", who="mjgarrido@iberia.es;fsoto@iberia.es",
        trap="outlook-final-panel-before-reschedule",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
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
ORGANIZER;CN="Garrido Ruiz, María José":mailto:MJGarrido@iberia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Soto Benítez, Francisco":mailto:FSoto@iberia.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE;CN="MAD-LM-Sala Reuniones Hangar 6":mailto:sala.hangar6@iberia.es
DESCRIPTION;LANGUAGE=es-ES:Hola Rubén\,\n\nTal y como hablamos por teléfono
 \, te envío la convocatoria para la entrevista final con Francisco Soto (Je
 fe de Hangar 6\, Narrowbody) y conmigo. Será en La Muñoza\; pregunta en el
  control de accesos por mí.\n\nDuración aprox. 1 hora. Parte de la entrevist
 a será en inglés.\n\nUn saludo\,\nMaría José\n\nMaría José Garrido Ruiz\nTa
 lent Acquisition - Mantenimiento\nIberia\n
UID:040000008200E00074C5B7101A82E00800000000B07D3F1A8E8CDB01000000000000000010000000F3A21C6B2C0E7A4D9C2A7B3E5D1F0A11
SUMMARY;LANGUAGE=es-ES:Entrevista final - Rubén Castillo (B1 La Muñoza)
DTSTART;TZID=Romance Standard Time:20250320T110000
DTEND;TZID=Romance Standard Time:20250320T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T154402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-LM-Sala Reuniones Hangar 6
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="panel-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000B07D3F1A8E8CDB0100000000"
        "0000000010000000F3A21C6B2C0E7A4D9C2A7B3E5D1F0A11",
        iv=1, company="Iberia", role="Técnico de Mantenimiento Aeronáutico B1 - La Muñoza",
        stage="final", who="mjgarrido@iberia.es;fsoto@iberia.es",
        trap="outlook-final-panel-rescheduled-sequence",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
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
ORGANIZER;CN="Garrido Ruiz, María José":mailto:MJGarrido@iberia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Soto Benítez, Francisco":mailto:FSoto@iberia.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE;CN="MAD-LM-Sala Reuniones Hangar 6":mailto:sala.hangar6@iberia.es
DESCRIPTION;LANGUAGE=es-ES:Hola Rubén\,\n\nPerdona el cambio: a Francisco l
 e han metido una C-check el día 20 y no puede. Lo pasamos al miércoles 26 a
  las 12:30\, mismo sitio. Si no te viene bien dímelo y buscamos otro hueco.
 \n\nUn saludo\,\nMaría José\n\nMaría José Garrido Ruiz\nTalent Acquisition
  - Mantenimiento\nIberia\n
UID:040000008200E00074C5B7101A82E00800000000B07D3F1A8E8CDB01000000000000000010000000F3A21C6B2C0E7A4D9C2A7B3E5D1F0A11
SUMMARY;LANGUAGE=es-ES:Entrevista final - Rubén Castillo (B1 La Muñoza) - N
 UEVA FECHA
DTSTART;TZID=Romance Standard Time:20250326T123000
DTEND;TZID=Romance Standard Time:20250326T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T081150Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:MAD-LM-Sala Reuniones Hangar 6
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="teams-screen-catalan", uid="2d9f4c1e-6b7a-4f0e-9a31-vueling-tal-0412",
        iv=1, company="Vueling", role="Licensed Aircraft Engineer B1 - Line Maintenance BCN",
        stage="recruiter_screen", who="laia.ferrer@vueling.com",
        trap="teams-screen-catalan-spanish-mix",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hola Rubén\,\n\nGràcies pel teu interès a Vueling. Com et vaig
  comentar per correu\, m'agradaria fer una primera conversa (30 min) per con
 èixer-te millor i explicar-te la posició de B1 a la base de BCN (torns roda
 ts\, A320 family).\n\nHablamos en castellano sin problema 🙂\n\nLaia Ferrer
 \nTalent Acquisition | Vueling Airlines\n\n___________________________
 _____________________\nReunión de Microsoft Teams\nUnirse desde el ordenador
 \, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la
  reunión <https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGI1ZTk3Yz
 AtNDg2OS00M2Y2LWJkNzMtNDk3ZmE0@thread.v2/0>\nId. de la reunión: 341 992 605
  118\nCódigo de acceso: 7Hq3Zx\n________________________________________
 ________\n
DTEND;TZID=W. Europe Standard Time:20250226T163000
DTSTAMP:20250220T103345Z
DTSTART;TZID=W. Europe Standard Time:20250226T160000
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Ferrer Puig, Laia":mailto:laia.ferrer@vueling.com
ATTENDEE;CN=ruben.castillo.b1@hotmail.com;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=ca:Primera conversa - Rubén Castillo / B1 Line Maintenance
  BCN
TRANSP:OPAQUE
UID:2d9f4c1e-6b7a-4f0e-9a31-vueling-tal-0412
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="hangar-practical", uid="vy-sel-2025-0311-rcn@vueling.com",
        iv=1, company="Vueling", role="Licensed Aircraft Engineer B1 - Line Maintenance BCN",
        stage="technical", who="jordi.mas@vueling.com",
        trap="practical-assessment-hangar-catalan",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250311T083000
DTEND;TZID=Europe/Madrid:20250311T133000
DTSTAMP:20250303T142210Z
ORGANIZER;CN=Laia Ferrer:mailto:laia.ferrer@vueling.com
UID:vy-sel-2025-0311-rcn@vueling.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordi
  Mas;X-NUM-GUESTS=0:mailto:jordi.mas@vueling.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ruben.castillo.b1@hotmail.com;X-NUM-GUESTS=0:mailto:ruben.castillo
 .b1@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laia F
 errer;X-NUM-GUESTS=0:mailto:laia.ferrer@vueling.com
DESCRIPTION:Prova pràctica / Practical assessment\n\nHola Rubén\, et confirm
 o la prova pràctica al hangar de manteniment de l'aeroport del Prat amb en
  Jordi Mas (Line Maintenance Manager BCN):\n- Walkaround i defect finding en
  un A320neo\n- Ús de l'AMM/IPC (AirnavX)\n- Torque i lockwire\n- Entrevist
 a tècnica curta\n\nPorta DNI i botes de seguretat. EPI i armilla les posem
  nosaltres. Has d'estar a les 8:15 a l'accés de personal T1 (et farem l'acr
 editació temporal).\n\nLaia
LOCATION:Hangar Vueling\, Zona de Manteniment\, Aeroport Josep Tarradellas
  Barcelona-El Prat
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Prova pràctica hangar - Rubén Castillo (B1 BCN)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="sf-english-screen", uid="LHT-SF-REQ41877-PS-01@lht.successfactors.eu",
        iv=1, company="Lufthansa Technik",
        role="Aircraft Mechanic / B1 Licensed Engineer (m/f/d) Base Maintenance Hamburg",
        stage="recruiter_screen", who="sophie.brandt@lht.dlh.de",
        trap="successfactors-teams-screen-german-mro-english",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:LHT-SF-REQ41877-PS-01@lht.successfactors.eu
DTSTAMP:20250305T091100Z
DTSTART;TZID=Europe/Berlin:20250312T140000
DTEND;TZID=Europe/Berlin:20250312T143000
SUMMARY:Telefoninterview / Phone interview: Aircraft Mechanic / B1 Licensed
  Engineer (m/f/d) Base Maintenance Hamburg
DESCRIPTION:Dear Mr Castillo Navarro\,\n\nthank you for your application to
  Lufthansa Technik. We would like to invite you to a first phone interview
  (in English) with Sophie Brandt\, Recruiting.\n\nDate: 12.03.2025\nTime: 14
 :00 - 14:30 (CET)\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_ZmY0N2Q3@thread.v2/0\n\nKind regards\,\nYour Lufthansa Tech
 nik Recruiting Team\n\nLufthansa Technik AG\, Weg beim Jäger 193\, 22335 Ha
 mburg
LOCATION:Microsoft Teams
ORGANIZER;CN=Lufthansa Technik Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Sophie Brandt;ROLE=REQ-PARTICIPANT:mailto:sophie.brandt@lht.dlh.de
ATTENDEE;CN=Ruben Castillo Navarro;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ruben.castillo.b1@hotmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="vorstellungsgespraech", uid="AAMkAGRlNzE5ZjE0LWU3MmMtNDY2Ny1iYjBmLTI0ZTA4NjZkZjQ0MgBGAAAAAAC7",
        iv=1, company="Lufthansa Technik",
        role="Aircraft Mechanic / B1 Licensed Engineer (m/f/d) Base Maintenance Hamburg",
        stage="onsite", who="sophie.brandt@lht.dlh.de;thomas.kruger@lht.dlh.de",
        trap="vorstellungsgespraech-german-title-english-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandt, Sophie";SENT-BY="mailto:recruiting.assistenz@lht.dlh.de":mailto:sophie.brandt@lht.dlh.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ruben.cas
 tillo.b1@hotmail.com:mailto:ruben.castillo.b1@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Krüger, Thomas":mailto:thomas.kruger@lht.dlh.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Recruiti
 ng Assistenz":mailto:recruiting.assistenz@lht.dlh.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="HAM WB 412 Bes
 prechungsraum 2.14":mailto:ham-wb412-2.14@lht.dlh.de
DESCRIPTION;LANGUAGE=de-DE:Dear Ruben\,\n\nas discussed\, here is the invita
 tion to your Vorstellungsgespräch in Hamburg with Thomas Krüger (Head of Ba
 se Maintenance A320\, Hangar 7) and me. The interview will be held in Engli
 sh. Afterwards Thomas will show you the hangar.\n\nPlease report to the mai
 n gate (Tor 1\, Weg beim Jäger 193) with your passport. Travel costs will b
 e reimbursed according to our travel policy.\n\nBeste Grüße / Best regards
 \nSophie Brandt\nRecruiting | Lufthansa Technik AG\n
UID:AAMkAGRlNzE5ZjE0LWU3MmMtNDY2Ny1iYjBmLTI0ZTA4NjZkZjQ0MgBGAAAAAAC7
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Herr Castillo Navarro - B1 Base
  Maintenance
DTSTART;TZID=W. Europe Standard Time:20250408T100000
DTEND;TZID=W. Europe Standard Time:20250408T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250320T131500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:HAM WB 412 Besprechungsraum 2.14
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="auswahltag-recurring", uid="lht-auswahltag-b1-0409@lht.dlh.de",
        iv=1, company="Lufthansa Technik", role="",
        stage="technical", who="",
        trap="two-day-practical-recurring-with-override",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 14.4//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + BERLIN + r"""BEGIN:VEVENT
UID:lht-auswahltag-b1-0409@lht.dlh.de
DTSTAMP:20250321T190000Z
DTSTART;TZID=Europe/Berlin:20250409T073000
DTEND;TZID=Europe/Berlin:20250409T153000
RRULE:FREQ=DAILY;COUNT=2
SUMMARY:LHT praktischer Test Hangar 7 (Tag 1/2)
LOCATION:Lufthansa Technik\, Weg beim Jäger 193\, Hamburg
DESCRIPTION:Practical assessment B1 - Werkstatt + Hangar. Tag 1: Sicherungs
 arbeiten\, Leitungen\, Messungen. Tag 2: troubleshooting am Flugzeug. Siche
 rheitsschuhe mitnehmen!! Hotel: Ibis Hamburg Airport\, zahlt LHT.
END:VEVENT
BEGIN:VEVENT
UID:lht-auswahltag-b1-0409@lht.dlh.de
DTSTAMP:20250401T072000Z
RECURRENCE-ID;TZID=Europe/Berlin:20250410T073000
DTSTART;TZID=Europe/Berlin:20250410T080000
DTEND;TZID=Europe/Berlin:20250410T120000
SUMMARY:LHT praktischer Test Hangar 7 (Tag 2/2) - nur bis 12h
LOCATION:Lufthansa Technik\, Hangar 7\, Hamburg
DESCRIPTION:Tag 2 verkürzt (mail Sophie 1/4). Vuelo HAM-MAD 16:40.
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
]
