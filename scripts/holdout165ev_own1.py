"""holdout165: the user's own interviews (CAF, Stadler, Siemens Gamesa, Alstom)."""

import holdout165ev_zones as z

EVENTS = [
    dict(
        kind="successfactors-phone",
        uid="SFINT-caf-14872-00391-CANDIDATE",
        is_interview=1, company="CAF", role="Responsable de Ingeniería de Bogies", stage="recruiter_screen",
        interviewers="amaia.zubeldia@caf.net",
        trap="successfactors-phone-screen-neighbour-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2.0//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:SFINT-caf-14872-00391-CANDIDATE
DTSTAMP:20251006T081522Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20251014T093000
DTEND;TZID=Europe/Madrid:20251014T100000
SUMMARY:Entrevista telefónica - Responsable de Ingeniería de Bogies (14872)
DESCRIPTION:Estimado/a Iker\,\n\nGracias por tu interés en CAF. Te confirmam
 os la entrevista telefónica para la posición Responsable de Ingeniería de
  Bogies (Ref. 14872).\n\nEntrevistadora: Amaia Zubeldia (Talento y Selecci
 ón)\nTe llamaremos al número que indicaste en tu candidatura.\n\nSi necesi
 tas cambiar la fecha\, utiliza el enlace de tu portal de candidato.\n\nUn
  saludo\,\nCAF - Dirección de Personas
LOCATION:Llamada telefónica
ORGANIZER;CN=CAF Selección:mailto:noreply+caf@successfactors.eu
ATTENDEE;CN=Amaia Zubeldia;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:a
 maia.zubeldia@caf.net
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:iker.etxeberria.meca@euskaltel.net
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-sentby-room",
        uid="040000008200E00074C5B7101A82E00800000000C0A1F3B2D33ADC01000000000000000010000000F4A1B9C07E3F4D4B8E1A2C5D9B8E7F61",
        is_interview=1, company="CAF", role="", stage="technical",
        interviewers="jon.arrieta@caf.net;maite.lasa@caf.net",
        trap="outlook-technical-sent-by-assistant-room",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Arrieta, Jon";RSVP=TRUE:mailto:jon.arrieta@caf.net
ATTENDEE;CN="Lasa, Maite";RSVP=TRUE:mailto:maite.lasa@caf.net
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="BEA-ING-Sala Irati (8)";
 RSVP=TRUE:mailto:bea-ing-irati@caf.net
CLASS:PUBLIC
CREATED:20251021T101144Z
DESCRIPTION:Buenos días Iker\,\n\nComo te adelantó Amaia\, te convocamos a
  la segunda fase del proceso. Será una conversación técnica con Jon Arrieta
  (Jefe de Ingeniería de Bogies) y Maite Lasa (Cálculo Estructural). Prevé
  unos 90 minutos\; al final te pediremos que comentes un caso de diseño de
  bastidor (EN 13749) sobre papel.\n\nAcceso: portería principal\, pregunta
  por Nerea Otegi.\n\nUn saludo\,\nNerea Otegi\nAsistente Dirección de Inge
 niería\n\n
DTEND;TZID="Romance Standard Time":20251029T110000
DTSTAMP:20251021T101144Z
DTSTART;TZID="Romance Standard Time":20251029T093000
LAST-MODIFIED:20251021T101144Z
LOCATION:BEA-ING-Sala Irati (8)
ORGANIZER;CN="Arrieta, Jon";SENT-BY="mailto:nerea.otegi@caf.net":mailto:jo
 n.arrieta@caf.net
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Iker Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0A1F3B2D33ADC01000000000000000010000000F4A1B9C07E3F4D4B8E1A2C5D9B8E7F61
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled",
        uid="040000008200E00074C5B7101A82E00800000000C0A1F3B2D33ADC01000000000000000010000000F4A1B9C07E3F4D4B8E1A2C5D9B8E7F61",
        is_interview=1, company="CAF", role="", stage="technical",
        interviewers="jon.arrieta@caf.net;maite.lasa@caf.net",
        trap="outlook-reschedule-same-uid-higher-sequence",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN="Arrieta, Jon";RSVP=TRUE:mailto:jon.arrieta@caf.net
ATTENDEE;CN="Lasa, Maite";RSVP=TRUE:mailto:maite.lasa@caf.net
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="BEA-ING-Sala Irati (8)";
 RSVP=TRUE:mailto:bea-ing-irati@caf.net
CLASS:PUBLIC
CREATED:20251021T101144Z
DESCRIPTION:Iker\, perdona el cambio: a Jon le ha surgido una auditoría de
  cliente el miércoles. Lo pasamos al lunes 3 a las 15:30\, mismo sitio. Si
  no te viene bien dímelo y buscamos otro hueco.\n\nNerea\n\n
DTEND;TZID="Romance Standard Time":20251103T170000
DTSTAMP:20251024T072930Z
DTSTART;TZID="Romance Standard Time":20251103T153000
LAST-MODIFIED:20251024T072930Z
LOCATION:BEA-ING-Sala Irati (8)
ORGANIZER;CN="Arrieta, Jon";SENT-BY="mailto:nerea.otegi@caf.net":mailto:jo
 n.arrieta@caf.net
SEQUENCE:2
SUMMARY;LANGUAGE=es-ES:Entrevista técnica - Iker Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C0A1F3B2D33ADC01000000000000000010000000F4A1B9C07E3F4D4B8E1A2C5D9B8E7F61
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-typed-final",
        uid="8C3E1D52-7A0B-4F6E-9B11-2D4C6A8E0F13",
        is_interview=1, company="CAF", role="", stage="final",
        interviewers="Mikel Uria",
        trap="hand-typed-basque-final-round",
        crlf=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
""" + z.MADRID + r"""BEGIN:VEVENT
UID:8C3E1D52-7A0B-4F6E-9B11-2D4C6A8E0F13
DTSTAMP:20251110T195502Z
CREATED:20251110T195455Z
DTSTART;TZID=Europe/Madrid:20251118T123000
DTEND;TZID=Europe/Madrid:20251118T133000
SUMMARY:CAF azken elkarrizketa - Mikel Uria + RRHH
LOCATION:CAF\, J.M. Iturrioz 26\, Beasain
DESCRIPTION:portfolio NO (NDA Ferrogi)\nsalario: pedir 60-62k + flexib.\np
 reguntar x equipo (cuantos ingenieros\, subcontratas)\naparcar en la plaza
  no en fabrica
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-telefoninterview",
        uid="040000008200E00074C5B7101A82E0080000000090D4E1C5E841DC010000000000000000100000003A77C2E51B6D0347A3F2D9A0C1B4E590",
        is_interview=1, company="Stadler Rail", role="Teamleiter Drehgestell-Konstruktion (m/w/d)",
        stage="recruiter_screen",
        interviewers="sandra.keller@stadlerrail.com",
        trap="german-swiss-teams-telefoninterview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
CREATED:20251008T132210Z
DESCRIPTION:Guten Tag Herr Etxeberria\,\n\nvielen Dank für Ihre Bewerbung
  als Teamleiter Drehgestell-Konstruktion (m/w/d) in Bussnang. Gerne möchte
 n wir Sie in einem ersten Gespräch per MS Teams näher kennenlernen. Das Ge
 spräch führen wir auf Deutsch oder Englisch\, wie es Ihnen lieber ist.\n\n
 Freundliche Grüsse\nSandra Keller\nHR Business Partner\n\n________________
 ________________________________________________________________\nMicrosof
 t Teams Benötigen Sie Hilfe?<https://aka.ms/JoinTeamsMeeting?omkt=de-CH>\n
 Jetzt an der Besprechung teilnehmen<https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_NmE4ZjQ2Y2EtZTg1Ny00@thread.v2/0?context=%7b%22Tid%22%3a
 %22c2e1%22%7d>\nBesprechungs-ID: 361 552 908 417\nKennung: Tn3rK7\n_______
 _________________________________________________________________________\n
DTEND;TZID="W. Europe Standard Time":20251016T143000
DTSTAMP:20251008T132210Z
DTSTART;TZID="W. Europe Standard Time":20251016T140000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Keller Sandra":mailto:sandra.keller@stadlerrail.com
SEQUENCE:0
SUMMARY;LANGUAGE=de-CH:Telefoninterview Etxeberria Iker
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000090D4E1C5E841DC010000000000000000100000003A77C2E51B6D0347A3F2D9A0C1B4E590
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-zurich-onsite",
        uid="5q0b1hk8v3n2m4c6e7r9t0s1ua@google.com",
        is_interview=1, company="Stadler Rail", role="", stage="onsite",
        interviewers="reto.baumann@stadlerrail.com;sandra.keller@stadlerrail.com",
        trap="german-onsite-vorstellungsgespraech-zurich-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + z.ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251113T090000
DTEND;TZID=Europe/Zurich:20251113T140000
DTSTAMP:20251028T160412Z
ORGANIZER;CN=Reto Baumann:mailto:reto.baumann@stadlerrail.com
UID:5q0b1hk8v3n2m4c6e7r9t0s1ua@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Reto B
 aumann;X-NUM-GUESTS=0:mailto:reto.baumann@stadlerrail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sandra
  Keller;X-NUM-GUESTS=0:mailto:sandra.keller@stadlerrail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=iker.etxeberria.meca@euskaltel.net;X-NUM-GUESTS=0:mailto:iker.etxe
 berria.meca@euskaltel.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=BUS-Geb.
 7-Sitzungszimmer Thur;X-NUM-GUESTS=0:mailto:c_188a2f9e@resource.calendar.g
 oogle.com
CREATED:20251028T160411Z
DESCRIPTION:Grüezi Herr Etxeberria\,<br><br>wie besprochen das zweite Gesp
 räch bei uns in Bussnang:<br>09:00 Empfang Hauptpforte\, Ernst-Stadler-Str
 asse 4<br>09:15 Gespräch mit Reto Baumann (Leiter Engineering Drehgestelle
 ) und Sandra Keller (HR)<br>11:00 Rundgang Drehgestell-Montage<br>12:00 Mi
 ttagessen<br>13:00 Fragen / Abschluss<br><br>Reisekosten übernehmen wir\;
  bitte Belege mitbringen.<br><br>Freundliche Grüsse<br>Reto Baumann
LAST-MODIFIED:20251028T160412Z
LOCATION:Stadler Rail AG\, Ernst-Stadler-Strasse 4\, 9565 Bussnang\, Schwei
 z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Iker Etxeberria / Stadler Bussnang
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-notification",
        uid="workday-INTERVIEW_EVENT-6f1c2a9d8e7b4c3a-R0148221",
        is_interview=1, company="Siemens Gamesa", role="Engineering Manager - Blade Structural Design",
        stage="recruiter_screen",
        interviewers="lucia.ferrer@siemensgamesa.com",
        trap="workday-noreply-organizer-recruiter-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workday-INTERVIEW_EVENT-6f1c2a9d8e7b4c3a-R0148221
DTSTAMP:20251020T071903Z
DTSTART:20251023T080000Z
DTEND:20251023T083000Z
SUMMARY:Interview: Engineering Manager - Blade Structural Design (R0148221)
DESCRIPTION:Dear Iker\,\n\nYour interview for Engineering Manager - Blade S
 tructural Design (R0148221) with Siemens Gamesa Renewable Energy has been
  scheduled.\n\nInterview Type: Recruiter Screen\nInterviewer(s): Lucía Ferr
 er\nFormat: Microsoft Teams (link below)\nLocation: Zamudio\, Spain (hybri
 d)\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGQ5M2\n
 \nPlease do not reply to this message.
LOCATION:Microsoft Teams
ORGANIZER;CN=Siemens Gamesa Talent Acquisition:mailto:siemensgamesa@myworkd
 ay.com
ATTENDEE;CN=Lucía Ferrer;ROLE=REQ-PARTICIPANT:mailto:lucia.ferrer@siemensga
 mesa.com
ATTENDEE;CN=Iker Etxeberria;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:iker.etxe
 berria.meca@euskaltel.net
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-english-hm",
        uid="040000008200E00074C5B7101A82E00800000000E07C1A6FE949DC01000000000000000010000000C52B8E17A4F1B64C9B39E1E0D0A7C2F8",
        is_interview=1, company="Siemens Gamesa", role="", stage="hiring_manager",
        interviewers="soren.kjaergaard@siemensgamesa.com",
        trap="teams-english-conversation-danish-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
CREATED:20251030T120503Z
DESCRIPTION:Hi Iker\,\n\nLucía passed me your profile. Let's have a first c
 onversation about the EM role in Blade Structural Design - team\, the Zamu
 dio/Aalborg setup and your background in bogie frames.\n\nBest\nSøren\n\n_
 __________________________________________________________________________
 _____\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room d
 evice\nClick here to join the meeting<https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_YjA3N2>\nMeeting ID: 342 118 760 553\nPasscode: 8wQ5Gh\
 nDownload Teams | Join on the web\n\n_____________________________________
 ___________________________________________\n
DTEND;TZID="Romance Standard Time":20251106T170000
DTSTAMP:20251030T120503Z
DTSTART;TZID="Romance Standard Time":20251106T160000
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Søren Kjærgaard":mailto:soren.kjaergaard@siemensgamesa.com
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Iker / Søren - EM Blade Structural Design
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E07C1A6FE949DC01000000000000000010000000C52B8E17A4F1B64C9B39E1E0D0A7C2F8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-entretien-rh",
        uid="040000008200E00074C5B7101A82E00800000000A0E2C7B9DB3EDC0100000000000000001000000087D4A2F0C3B1E84E8C2A7D5E6F9B0A13",
        is_interview=1, company="Alstom", role="Responsable Conception Bogies H/F", stage="recruiter_screen",
        interviewers="camille.perrin@alstomgroup.com",
        trap="french-entretien-telephonique-tgv-supplier",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.ROMANCE + r"""BEGIN:VEVENT
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
CLASS:PUBLIC
CREATED:20251002T083012Z
DESCRIPTION:Bonjour Iker\,\n\nSuite à votre candidature au poste de Respons
 able Conception Bogies H/F (site du Creusot)\, je vous propose un premier
  échange téléphonique d'environ 30 minutes. Nous pourrons le faire en franç
 ais ou en anglais.\n\nJe vous appellerai au +34 6XX XX XX 18.\n\nBien cord
 ialement\,\nCamille Perrin\nChargée de recrutement - Alstom Transport\n
DTEND;TZID="Romance Standard Time":20251009T113000
DTSTAMP:20251002T083012Z
DTSTART;TZID="Romance Standard Time":20251009T110000
LOCATION:Appel téléphonique
ORGANIZER;CN="PERRIN Camille":mailto:camille.perrin@alstomgroup.com
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique - M. Etxeberria
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A0E2C7B9DB3EDC0100000000000000001000000087D4A2F0C3B1E84E8C2A7D5E6F9B0A13
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="paris-onsite-journee",
        uid="040000008200E00074C5B7101A82E0080000000040B3A1C7F042DC0100000000000000001000000011A5C9D2E4F6B8A7C3D1E0F9A8B7C6D5",
        is_interview=1, company="Alstom", role="Responsable Conception Bogies H/F", stage="onsite",
        interviewers="francois.gauthier@alstomgroup.com;camille.perrin@alstomgroup.com;helene.marchand@alstomgroup.com",
        trap="french-onsite-paris-zone-panel-with-rooms",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + z.PARIS + r"""BEGIN:VEVENT
ATTENDEE;CN="GAUTHIER Francois";RSVP=TRUE:mailto:francois.gauthier@alstomg
 roup.com
ATTENDEE;CN="MARCHAND Helene";RSVP=TRUE:mailto:helene.marchand@alstomgroup
 .com
ATTENDEE;CN=iker.etxeberria.meca@euskaltel.net;RSVP=TRUE:mailto:iker.etxeb
 erria.meca@euskaltel.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="FR-LCR-Bat B-Salle Schne
 ider (10p)";RSVP=TRUE:mailto:fr-lcr-batb-schneider@alstomgroup.com
CLASS:PUBLIC
CREATED:20251027T094401Z
DESCRIPTION:Bonjour Iker\,\n\nComme convenu\, voici le programme de votre j
 ournée au Creusot :\n- 9h30 : accueil (Camille Perrin\, RH)\n- 10h00 : ent
 retien avec François Gauthier\, Responsable BE Bogies\n- 11h30 : échange t
 echnique avec Hélène Marchand (calcul / essais statiques)\n- 12h30 : déjeu
 ner\n- 14h00 : visite de l'atelier bogies TGV M\n\nMerci de vous munir d'u
 ne pièce d'identité pour le badge visiteur.\n\nCamille\n
DTEND;TZID=Europe/Paris:20251120T150000
DTSTAMP:20251027T094401Z
DTSTART;TZID=Europe/Paris:20251120T093000
LOCATION:Alstom Le Creusot - Bâtiment B\, Salle Schneider
ORGANIZER;CN="PERRIN Camille":mailto:camille.perrin@alstomgroup.com
SEQUENCE:0
SUMMARY;LANGUAGE=fr-FR:Entretiens sur site - Iker Etxeberria (Resp. Concept
 ion Bogies)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000040B3A1C7F042DC0100000000000000001000000011A5C9D2E4F6B8A7C3D1E0F9A8B7C6D5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
]
