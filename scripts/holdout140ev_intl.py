"""holdout140: Dutch, UK, Spanish and French employers (incl. a cancelled round and an agency intake)."""

from holdout140ev_common import TZ_AMS, TZ_LON, TZ_MAD, TZ_PAR, WIN_GMT, WIN_WEUROPE, E

EVENTS = [
    E("recruitee-intro", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
""" + TZ_AMS + r"""BEGIN:VEVENT
UID:recruitee-event-6021877-c-4419920@recruitee.com
DTSTAMP:20250227T095900Z
DTSTART;TZID=Europe/Amsterdam:20250306T140000
DTEND;TZID=Europe/Amsterdam:20250306T144500
SUMMARY:Interview Site Supervisor Offshore Wind - Mikkel Sørensen
LOCATION:Microsoft Teams
DESCRIPTION:Hi Mikkel\,\n\nThanks for picking a slot. In this first call I'
 d like to get to know you\, tell you about Eneco's offshore portfolio (Pri
 ncess Amalia\, Luchterduinen\, Norther) and check practicalities such as r
 elocation to the Netherlands and your notice period.\n\nTeams: https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_ZW5lY28x@thread.v2/0\n\nKind r
 egards\,\nFemke Bakker\nRecruiter\, Eneco
ORGANIZER;CN=Femke Bakker (via Recruitee):mailto:notifications@recruitee.com
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
ATTENDEE;CN=Femke Bakker:mailto:femke.bakker@eneco.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "recruitee-event-6021877-c-4419920@recruitee.com", True, "Eneco", "Site Supervisor Offshore Wind",
      "recruiter_screen", "femke.bakker@eneco.com", "recruitee-amsterdam-first-call"),

    E("cancelled-second", r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="van Dijk, Ruud":mailto:Ruud.vanDijk@eneco.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bakker, F
 emke":mailto:Femke.Bakker@eneco.com
DESCRIPTION;LANGUAGE=nl-NL:Hi Mikkel\,\n\nI am sorry to cancel this. The Si
 te Supervisor vacancy has been put on hold while we reorganise the O&M te
 am for the new wind farm. Femke will call you this week to explain.\n\nRe
 gards\,\nRuud\n
UID:040000008200E00074C5B7101A82E00800000000E77A5C2DC897DB01000000000000000
 010000000F00DBA11CE55EEDD9988776655443322
SUMMARY;LANGUAGE=nl-NL:Geannuleerd: Eneco - 2nd interview Site Supervisor O
 ffshore Wind (Mikkel Sørensen)
DTSTART;TZID=W. Europe Standard Time:20250326T100000
DTEND;TZID=W. Europe Standard Time:20250326T113000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250320T133012Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=nl-NL:Eneco\, Marten Meesweg 5\, Rotterdam
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E77A5C2DC897DB01000000000000000010000000F00DBA11CE55EEDD9988776655443322",
      True, "Eneco", "Site Supervisor Offshore Wind", "hiring_manager",
      "ruud.vandijk@eneco.com", "cancelled-method-cancel-dutch-prefix"),

    E("sf-screen-nl", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling 1.0//EN
METHOD:REQUEST
""" + TZ_AMS + r"""BEGIN:VEVENT
UID:sf-ics-vanoord-22791-int-0001-2025041415
DTSTAMP:20250408T081200Z
DTSTART;TZID=Europe/Amsterdam:20250414T150000
DTEND;TZID=Europe/Amsterdam:20250414T153000
SUMMARY:Interview: HSE Lead Offshore Wind (Req 22791)
LOCATION:Microsoft Teams
DESCRIPTION:Dear Mikkel Sørensen\,\n\nYou have been scheduled for an interv
 iew for HSE Lead Offshore Wind (Req 22791) at Van Oord.\n\nInterviewer: Sa
 nne de Graaf\, Recruiter Offshore Wind\nDuration: 30 minutes\n\nThe Teams
  link will be sent separately by the interviewer.\n\nVan Oord Recruitment
ORGANIZER;CN=Van Oord Recruitment:mailto:noreply@successfactors.eu
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
ATTENDEE;CN=Sanne de Graaf:mailto:s.degraaf@vanoord.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "sf-ics-vanoord-22791-int-0001-2025041415", True, "Van Oord", "HSE Lead Offshore Wind",
      "recruiter_screen", "s.degraaf@vanoord.com", "successfactors-amsterdam-screen"),

    E("rotterdam-panel", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Verhoeven, Kees":mailto:K.Verhoeven@vanoord.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Jansen, Marl
 oes":mailto:M.Jansen@vanoord.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="de Graaf, San
 ne":mailto:S.deGraaf@vanoord.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN=RTM-Schaardijk
  4.12 Noordzee (8p):mailto:RTM-SCH-412@vanoord.com
DESCRIPTION;LANGUAGE=en-US:Dear Mikkel\,\n\nWelcome to Rotterdam. You will
  meet Kees Verhoeven (Project HSE Manager\, offshore wind installation)\, M
 arloes Jansen (Site Manager\, cable installation) and Sanne de Graaf. We
  will use a competency-based format and one scenario from a monopile insta
 llation campaign.\n\nVan Oord\, Schaardijk 211\, 3063 NH Rotterdam. Visito
 r parking P2.\n\nKind regards\,\nKees\n
UID:040000008200E00074C5B7101A82E008000000009F1B7E3C0EBEDB01000000000000000
 010000000B1A2C3D4E5F60718A9B0C1D2E3F40516
SUMMARY;LANGUAGE=en-US:Interview Mikkel Sørensen - HSE Lead Offshore Wind -
  2nd round
DTSTART;TZID=W. Europe Standard Time:20250506T093000
DTEND;TZID=W. Europe Standard Time:20250506T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250424T100011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:RTM-Schaardijk 4.12 Noordzee (8p)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000009F1B7E3C0EBEDB01000000000000000010000000B1A2C3D4E5F60718A9B0C1D2E3F40516",
      True, "Van Oord", "HSE Lead Offshore Wind", "onsite",
      "k.verhoeven@vanoord.com;m.jansen@vanoord.com;s.degraaf@vanoord.com", "outlook-panel-rotterdam-room-resource"),

    E("smartrecruiters-onsite", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//SmartRecruiters Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-3f2a9c77-1b0e-4d41-a4e6-9b3c5d7e1f20@smartrecruiters.com
DTSTAMP:20250512T111100Z
DTSTART:20250522T080000Z
DTEND:20250522T093000Z
SUMMARY:Interview for Offshore Site Manager - Renewables at Boskalis
LOCATION:Boskalis\, Rosmolenweg 20\, 3356 LK Papendrecht
DESCRIPTION:Hello Mikkel\,\n\nYour interview for Offshore Site Manager - Re
 newables has been scheduled.\n\nInterview team:\nBart Mulder - Operations
  Manager Offshore Energy\nYvonne Smit - HR Advisor\n\nPlease bring a valid
  ID. Reception will direct you to the meeting room.\n\nBoskalis Recruitme
 nt Team\n\n--\nThis invitation was sent via SmartRecruiters.
ORGANIZER;CN=Boskalis Recruitment:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
ATTENDEE;CN=Bart Mulder:mailto:bart.mulder@boskalis.com
ATTENDEE;CN=Yvonne Smit:mailto:yvonne.smit@boskalis.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "sr-interview-3f2a9c77-1b0e-4d41-a4e6-9b3c5d7e1f20@smartrecruiters.com", True, "Boskalis",
      "Offshore Site Manager - Renewables", "onsite", "bart.mulder@boskalis.com;yvonne.smit@boskalis.com",
      "smartrecruiters-utc-onsite"),

    E("agency-intake", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Hendriks, Joost":mailto:J.Hendriks@brunel.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
DESCRIPTION;LANGUAGE=en-US:Hi Mikkel\,\n\nAs discussed on LinkedIn: my clie
 nt is TenneT (offshore grid\, 2GW platforms in the German and Dutch North
  Sea) and they are looking for an HSE Advisor Offshore Grid - Operations\,
  based in Arnhem or Bayreuth with offshore trips. In this intake call I w
 ill go through your background and motivation\, check your certificates
  (GWO\, BOSIET/FOET\, medical) and explain the contract (freelance via Brun
 el or permanent) before I submit your profile to TenneT.\n\nTeams link bel
 ow.\n\nBest regards\,\nJoost Hendriks\nSenior Recruitment Consultant Energ
 y\, Brunel Netherlands\n
UID:040000008200E00074C5B7101A82E008000000005B6D4F8E63A5DB01000000000000000
 010000000AB98CD76EF54AB32CD10EF98AB76CD54
SUMMARY;LANGUAGE=en-US:Intake call Mikkel Sørensen - Brunel
DTSTART;TZID=W. Europe Standard Time:20250403T163000
DTEND;TZID=W. Europe Standard Time:20250403T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T120945Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000005B6D4F8E63A5DB01000000000000000010000000AB98CD76EF54AB32CD10EF98AB76CD54",
      True, "TenneT", "HSE Advisor Offshore Grid - Operations", "recruiter_screen", "j.hendriks@brunel.net",
      "agency-intake-client-named-in-description"),

    E("lever-meet", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_AMS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250512T130000
DTEND;TZID=Europe/Amsterdam:20250512T140000
DTSTAMP:20250505T140301Z
ORGANIZER;CN=Lotte Visser:mailto:lotte.visser@windcat.com
UID:lever_7b2e9d0c41a3f58e6d12@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Mikkel Sørensen;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail.dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pieter Smit;X-NUM-GUESTS=0:mailto:p.smit@windcat.com
DESCRIPTION:Mikkel Sørensen - Fleet Operations Supervisor (CTV)\n\nInterv
 iewer: Pieter Smit (Fleet Manager)\n\nJoin with Google Meet: https://meet.g
 oogle.com/wct-pzxa-ruk\n\nScheduled via Lever
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Windcat - Interview with Mikkel Sørensen (Fleet Operations Supervis
 or)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "lever_7b2e9d0c41a3f58e6d12@google.com", True, "Windcat Workboats", "Fleet Operations Supervisor (CTV)",
      "hiring_manager", "p.smit@windcat.com", "lever-via-google-meet"),

    E("calcom-intro", r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:9xKq2Lm7pR4tVw8yZ1bC3d@Cal.com
DTSTAMP:20250419T184400Z
DTSTART:20250425T073000Z
DTEND:20250425T080000Z
SUMMARY:30 min intro between Femke de Vries and Mikkel Sørensen
DESCRIPTION:What: 30 min intro\nInvitee Time Zone: Europe/Copenhagen\nWho:
 \nFemke de Vries - Organizer\nfemke@nearshore-sp.nl\nMikkel Sørensen\nmik
 kel.sorensen@mail.dk\nWhere: Cal Video\nAdditional notes: re. your Site Le
 ad vacancy in Den Helder (saw it on LinkedIn)\n\nNeed to make a change? C
 ancel or reschedule: https://cal.com/booking/9xKq2Lm7pR4tVw8yZ1bC3d
LOCATION:https://app.cal.com/video/9xKq2Lm7pR4tVw8yZ1bC3d
ORGANIZER;CN=Femke de Vries:mailto:femke@nearshore-sp.nl
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m
 ikkel.sorensen@mail.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "9xKq2Lm7pR4tVw8yZ1bC3d@Cal.com", True, "Nearshore Service Partners", "Site Lead", "",
      "femke@nearshore-sp.nl", "calcom-intro-company-only-in-domain"),

    E("greenhouse-screen", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
""" + TZ_LON + r"""BEGIN:VEVENT
UID:greenhouse-interview-41928833-2004117@greenhouse.io
DTSTAMP:20250219T162200Z
DTSTART;TZID=Europe/London:20250225T093000
DTEND;TZID=Europe/London:20250225T100000
SUMMARY:Interview with SSE Renewables
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Hi Mikkel\,\n\nHere are the details of your upcoming interview
  for the Offshore Site Manager role.\n\nInterviewer: Fiona MacLeod (Talent
  Acquisition Partner)\nTime: 09:30 - 10:00 GMT (10:30 CET)\n\nJoin: https:
 //teams.microsoft.com/l/meetup-join/19%3ameeting_c3NlcmVu@thread.v2/0\n\nB
 est\,\nSSE Renewables Talent Team
ORGANIZER;CN=Fiona MacLeod:mailto:fiona.macleod@sse.com
ATTENDEE;CN=Mikkel Sørensen;RSVP=TRUE:mailto:mikkel.sorensen@mail.dk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "greenhouse-interview-41928833-2004117@greenhouse.io", True, "SSE Renewables", "Offshore Site Manager",
      "recruiter_screen", "fiona.macleod@sse.com", "greenhouse-london-zone-screen"),

    E("uk-technical", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_GMT + r"""BEGIN:VEVENT
ORGANIZER;CN="Fraser, Callum":mailto:Callum.Fraser@sse.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mikkel.sor
 ensen@mail.dk:mailto:mikkel.sorensen@mail.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reid, Ewan":
 mailto:Ewan.Reid@sse.com
DESCRIPTION;LANGUAGE=en-GB:Mikkel\, thanks for the chat with Fiona. Ewan an
 d I will take you through the technical part: SOV-based O&M at Beatrice a
 nd Dogger Bank\, marine coordination\, SAP work orders and managing subcon
 tracted blade crews. Allow 90 min.\n\nCallum Fraser\nOperations Manager\,
  Offshore\n\nJoin Teams: https://teams.microsoft.com/l/meetup-join/19%3a
 meeting_c3NlMg@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000D5A1E27F3C9ADB01000000000000000
 01000000011AA22BB33CC44DD55EE66FF77001122
SUMMARY;LANGUAGE=en-GB:SSE Renewables - Offshore Site Manager - technical in
 terview
DTSTART;TZID=GMT Standard Time:20250327T140000
DTEND;TZID=GMT Standard Time:20250327T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T170022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D5A1E27F3C9ADB0100000000000000001000000011AA22BB33CC44DD55EE66FF77001122",
      True, "SSE Renewables", "Offshore Site Manager", "technical", "callum.fraser@sse.com;ewan.reid@sse.com",
      "outlook-gmt-standard-time-technical"),

    E("entrevista-madrid", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_MAD + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250519T160000
DTEND;TZID=Europe/Madrid:20250519T170000
DTSTAMP:20250512T094500Z
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@norvento.com
UID:2p8s0d6h4l1k9f3j7g5a0q2w4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mikkel.sorensen@mail.dk;X-NUM-GUESTS=0:mailto:mikkel.sorensen@mail
 .dk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Iago Castro;X-NUM-GUESTS=0:mailto:iago.castro@norvento.com
DESCRIPTION:Hola Mikkel\,\n\nTe enviamos la convocatoria para la entrevista
  con Iago Castro\, Director de Operación y Mantenimiento\, para el puesto
  de Jefe de Servicio Técnico Norte de Europa. La entrevista será en inglés
 .\n\nUn saludo\,\nLucía Fernández\nSelección y Talento - Norvento Enerxía
 \n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~::~:~::-\nUnirse con Google Meet: https://meet.google.com/n
 vt-hqza-pkm\n\nMás información sobre Meet: https://support.google.com/a/u
 sers/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Norvento - Jefe de Servicio Técnico Norte de Europa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2p8s0d6h4l1k9f3j7g5a0q2w4e@google.com", True, "Norvento", "Jefe de Servicio Técnico Norte de Europa",
      "hiring_manager", "iago.castro@norvento.com", "spanish-google-meet-entrevista"),

    E("entretien-paris", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
""" + TZ_PAR + r"""BEGIN:VEVENT
UID:eolmer-rh-2025-0513-entretien-sorensen@eolmer.fr
DTSTAMP:20250502T082700Z
DTSTART;TZID=Europe/Paris:20250513T100000
DTEND;TZID=Europe/Paris:20250513T110000
SUMMARY:Entretien - Responsable de site maintenance éolien offshore (H/F)
LOCATION:Réunion Microsoft Teams
DESCRIPTION:Bonjour Mikkel\,\n\nSuite à notre échange\, je vous confirme v
 otre entretien avec Yannick Morvan\, Directeur du Service\, pour le poste
  de Responsable de site maintenance éolien offshore (H/F) basé à Saint-Naz
 aire. L'entretien se déroulera en anglais.\n\nBien cordialement\,\nCamill
 e Le Goff\nChargée de recrutement - Eolmer Turbines SAS\n\n______________
 __________________________________________________________________\nRéuni
 on Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_ZW9sbWVy@thread.v2/0\nID de la réunion : 377 190 228 441\n
 Code secret : Xp3Lb9\n
ORGANIZER;CN=Camille Le Goff:mailto:camille.legoff@eolmer.fr
ATTENDEE;CN=Mikkel Sørensen;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mikkel.so
 rensen@mail.dk
ATTENDEE;CN=Yannick Morvan;ROLE=REQ-PARTICIPANT:mailto:yannick.morvan@eolme
 r.fr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "eolmer-rh-2025-0513-entretien-sorensen@eolmer.fr", True, "Eolmer Turbines",
      "Responsable de site maintenance éolien offshore (H/F)", "hiring_manager", "yannick.morvan@eolmer.fr",
      "french-entretien-teams"),
]
