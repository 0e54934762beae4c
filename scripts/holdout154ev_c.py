"""holdout154 events, part C: Madrid firms, a Paris arbitration boutique and a Frankfurt firm."""

EVENTS = [
    {
        "kind": "madrid-screen",
        "is_interview": 1,
        "company": "Alcántara & Bermejo",
        "role": "Asociado/a Senior - Latam Desk (Corporate M&A)",
        "stage": "recruiter_screen",
        "interviewers": "irene.saez@alcantarabermejo.es",
        "trap": "spain-spanish-rrhh-first-call-teams-madrid-tz",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Sáez Molina, Irene":mailto:irene.saez@alcantarabermejo.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Fer
 nández:mailto:lucasfernandez.abog@yahoo.com.ar
DESCRIPTION;LANGUAGE=es-ES:Estimado Lucas:\n\nGracias por tu candidatura a
  la posición de Asociado/a Senior - Latam Desk (Corporate M&A) de nuestra
  oficina de Madrid. Te propongo una primera entrevista con el equipo de T
 alento (Irene Sáez) para conocerte y repasar tu trayectoria y tu situación
  respecto a la colegiación en España.\n\nTen en cuenta la diferencia hor
 aria: la hora indicada es la de Madrid.\n\nUn saludo\,\nIrene Sáez Molina
 \nResponsable de Selección y Desarrollo\n\n_______________________________
 _________________________________________________\nReunión de Microsoft T
 eams\nUnirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Mjk5
 @thread.v2/0\nId. de reunión: 371 002 884 511\n
UID:040000008200E00074C5B7101A82E00800000000A1F9F0C79A7EDB01000000000000000
 0100000009C8B7A6F5E4D3C2B1A0F9E8D7C6B5A49
SUMMARY;LANGUAGE=es-ES:Entrevista Lucas Fernández - Asociado Senior Latam D
 esk
DTSTART;TZID=Romance Standard Time:20250304T170000
DTEND;TZID=Romance Standard Time:20250304T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T093011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "socios-madrid",
        "is_interview": 1,
        "company": "Alcántara & Bermejo",
        "role": "",
        "stage": "",
        "interviewers": "Íñigo Bermejo;Pilar Arrieta",
        "trap": "second-round-with-socios-google-madrid-no-emails",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
X-LIC-LOCATION:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250327T163000
DTEND;TZID=Europe/Madrid:20250327T173000
DTSTAMP:20250320T110247Z
ORGANIZER;CN=Seleccion A&B:mailto:seleccion@alcantarabermejo.es
UID:1ck0v3m8t5pqd2n7ehf9ra4lsb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucasfernandez.abog@yahoo.com.ar;X-NUM-GUESTS=0:mailto:lucasfernan
 dez.abog@yahoo.com.ar
DESCRIPTION:Hola Lucas\,\n\nTe confirmamos la segunda fase del proceso: re
 unión con los socios Íñigo Bermejo (Corporate) y Pilar Arrieta (Latam Des
 k). Duración aproximada: 1 hora. Se hará por videoconferencia.\n\nUnirse
  con Google Meet: https://meet.google.com/aqb-hrnc-gxw\n\nUn saludo\,\nDe
 partamento de Selección\nAlcántara & Bermejo Abogados
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:A&B - Reunión con socios (2ª fase)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "madrid-prueba",
        "is_interview": 1,
        "company": "Echevarría Ruiz",
        "role": "Abogado/a Mercantil - Energía (4-6 años)",
        "stage": "technical",
        "interviewers": "",
        "trap": "spain-written-test-online-no-interviewer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Talentclue//Selección//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:tc-prueba-87211-era-2025@talentclue.com
DTSTAMP:20250305T080000Z
DTSTART:20250311T130000Z
DTEND:20250311T150000Z
SUMMARY:Prueba técnica - Abogado/a Mercantil - Energía (4-6 años) - Echeva
 rría Ruiz Asociados
DESCRIPTION:Hola Lucas\,\n\nComo siguiente paso del proceso de selección
  para Abogado/a Mercantil - Energía (4-6 años)\, te enviamos la prueba té
 cnica: redacción de un memorándum sobre un contrato de compraventa de ene
 rgía (PPA) y revisión de cláusulas. Dispondrás de 2 horas desde el acceso
 . Recibirás el enlace en tu correo a la hora de inicio.\n\nHora de Madrid
 : 14:00 - 16:00 (10:00 - 12:00 en Buenos Aires).\n\nEquipo de Personas -
  Echevarría Ruiz Asociados
ORGANIZER;CN=Echevarría Ruiz Asociados:mailto:noreply@talentclue.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-madrid",
        "is_interview": 1,
        "company": "Montalbán Legal",
        "role": "",
        "stage": "",
        "interviewers": "Carmen Montalbán",
        "trap": "typed-entry-europe-madrid-abbreviated",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:CEST
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:CET
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6
DTSTAMP:20250408T211100Z
DTSTART;TZID=Europe/Madrid:20250410T180000
DTEND;TZID=Europe/Madrid:20250410T184500
SUMMARY:Montalbán - entrev. Carmen Montalbán (socia dir.) - zoom
DESCRIPTION:Ojo 13h acá!! Link en el mail de Rocío. Boutique energía/infra
 \, buscan alguien p/ Latam. Preguntar por colegiación ICAM.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "entretien-paris",
        "is_interview": 1,
        "company": "Delacroix Moreau",
        "role": "Collaborateur / Collaboratrice - Arbitrage international (hispanophone)",
        "stage": "hiring_manager",
        "interviewers": "c.moreau@delacroixmoreau.fr",
        "trap": "french-entretien-arbitration-boutique",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Moreau, Claire";SENT-BY="mailto:secretariat@delacroixmoreau.
 fr":mailto:c.moreau@delacroixmoreau.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Fer
 nández:mailto:lucasfernandez.abog@yahoo.com.ar
DESCRIPTION;LANGUAGE=fr-FR:Cher Maître\,\n\nSuite à votre candidature au
  poste de Collaborateur / Collaboratrice - Arbitrage international (hispa
 nophone)\, Maître Claire Moreau (associée fondatrice) souhaiterait s'entr
 etenir avec vous par visioconférence.\n\nL'entretien se déroulera en fran
 çais et en espagnol.\n\nBien cordialement\,\nLe secrétariat\nDelacroix Mo
 reau Arbitrage\n\nRéunion Zoom : https://zoom.us/j/96120453378?pwd=ZWx1\n
 ID de réunion : 961 2045 3378\n
UID:040000008200E00074C5B7101A82E00800000000C4D3E2F1A0B9DB01000000000000000
 010000000F1E2D3C4B5A69788A9B0C1D2E3F40516
SUMMARY;LANGUAGE=fr-FR:Entretien - M. Lucas Fernández / Me Claire Moreau
DTSTART;TZID=Romance Standard Time:20250325T150000
DTEND;TZID=Romance Standard Time:20250325T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250318T100033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Zoom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cas-pratique",
        "is_interview": 1,
        "company": "Delacroix Moreau",
        "role": "",
        "stage": "technical",
        "interviewers": "j.delacroix@delacroixmoreau.fr;m.ferreira@delacroixmoreau.fr",
        "trap": "french-cas-pratique-then-discussion-welcome-to-the-jungle",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Welcome to the Jungle//Solutions ATS//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:wttj-interview-5e8d2b10c97a4f63@welcometothejungle.com
DTSTAMP:20250401T081544Z
DTSTART;TZID=Europe/Paris:20250408T140000
DTEND;TZID=Europe/Paris:20250408T160000
SUMMARY:Delacroix Moreau - Étape 2 : cas pratique + échange avec l'équipe
ORGANIZER;CN=Delacroix Moreau Arbitrage:mailto:jobs@delacroixmoreau.fr
ATTENDEE;CN=Lucas Fernández;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucasfer
 nandez.abog@yahoo.com.ar
ATTENDEE;CN=Jérôme Delacroix;ROLE=REQ-PARTICIPANT:mailto:j.delacroix@delac
 roixmoreau.fr
ATTENDEE;CN=Mariana Ferreira;ROLE=REQ-PARTICIPANT:mailto:m.ferreira@delacr
 oixmoreau.fr
DESCRIPTION:Bonjour Lucas\,\n\nVoici les informations pour la deuxième éta
 pe : 1h de cas pratique (rédaction d'une section d'un mémoire en demande\,
  CCI\, en espagnol)\, puis 45 min d'échange avec Jérôme Delacroix (associ
 é) et Mariana Ferreira (counsel).\n\nLien : https://meet.google.com/dmr-t
 qzx-wfa\n\nÀ très vite !
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "kennenlernen",
        "is_interview": 1,
        "company": "Brenner Hölzl",
        "role": "Foreign Lawyer (m/w/d) Lateinamerika-Desk",
        "stage": "recruiter_screen",
        "interviewers": "n.keller@brenner-hoelzl.de",
        "trap": "german-personio-kennenlerngespraech",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:MESZ
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:MEZ
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:personio-appointment-3318842-brennerhoelzl@personio.de
DTSTAMP:20250313T094422Z
DTSTART;TZID=Europe/Berlin:20250320T140000
DTEND;TZID=Europe/Berlin:20250320T143000
SUMMARY:Kennenlerngespräch: Foreign Lawyer (m/w/d) Lateinamerika-Desk
ORGANIZER;CN=Nina Keller:mailto:n.keller@brenner-hoelzl.de
ATTENDEE;CN=Lucas Fernández;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:lucasfernandez.abog@yahoo.com.ar
DESCRIPTION:Hallo Herr Fernández\,\n\nvielen Dank für Ihre Bewerbung als F
 oreign Lawyer (m/w/d) Lateinamerika-Desk. Gerne möchten wir Sie in einem
  ersten telefonischen Kennenlerngespräch näher kennenlernen.\n\nIhre Ansp
 rechpartnerin: Nina Keller\, HR & Recruiting\nWir rufen Sie unter der ang
 egebenen Nummer an.\n\nMit freundlichen Grüßen\nBrenner Hölzl Rechtsanwäl
 te PartG mbB
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vorstellung",
        "is_interview": 1,
        "company": "Brenner Hölzl",
        "role": "",
        "stage": "onsite",
        "interviewers": "t.brenner@brenner-hoelzl.de;s.hoelzl@brenner-hoelzl.de",
        "trap": "german-vorstellungsgespraech-frankfurt-office-room",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Keller, Nina":mailto:n.keller@brenner-hoelzl.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucas Fer
 nández:mailto:lucasfernandez.abog@yahoo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dr. Brenner, Thomas":m
 ailto:t.brenner@brenner-hoelzl.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hölzl, Sabine":mailto:
 s.hoelzl@brenner-hoelzl.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="FFM-Besprechungsraum Mai
 n 3.OG":mailto:ffm-main3og@brenner-hoelzl.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Fernández\,\n\nwie telefonis
 ch besprochen laden wir Sie herzlich zu einem persönlichen Vorstellungsge
 spräch mit Dr. Thomas Brenner und Sabine Hölzl in unser Frankfurter Büro
  ein (Bockenheimer Landstraße 51\, 60325 Frankfurt am Main).\nDie Reisek
 osten werden nach Absprache erstattet.\n\nMit freundlichen Grüßen\nNina K
 eller\n
UID:040000008200E00074C5B7101A82E0080000000064A3B2C1D0E9DB01000000000000000
 01000000011223344556677889900AABBCCDDEEFF
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Herr Fernández
DTSTART;TZID=W. Europe Standard Time:20250507T100000
DTEND;TZID=W. Europe Standard Time:20250507T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:FFM-Besprechungsraum Main 3.OG
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goethe-exam",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "language-exam-with-oral-part-mundliche-pruefung",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Goethe-Institut//Pruefungsanmeldung//DE
VERSION:2.0
BEGIN:VEVENT
UID:goethe-ba-b2-2025-04-26-0117@goethe.de
DTSTAMP:20250302T150010Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250426T090000
DTEND;TZID=America/Argentina/Buenos_Aires:20250426T170000
SUMMARY:Goethe-Zertifikat B2 - Prüfung (schriftlich + mündlich)
DESCRIPTION:Prüfungsort: Goethe-Institut Buenos Aires\, Corrientes 319.\n
 Mündliche Prüfung (Paarprüfung) ab 14:30 Uhr. Bitte Personalausweis mitb
 ringen.
LOCATION:Goethe-Institut Buenos Aires
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "homologacion",
        "is_interview": 0,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "official-appointment-spanish-degree-recognition",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250522
DTEND;VALUE=DATE:20250523
DTSTAMP:20250512T010101Z
UID:0akd7c2lq3s9m1u6pnefh8bv4r@google.com
SUMMARY:Vence plazo subsanar homologación título (Ministerio Universidades
 \, España)
DESCRIPTION:Subir apostilla del título UBA + certificado analítico. Exp.
  HOM-2025-04411.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
]
