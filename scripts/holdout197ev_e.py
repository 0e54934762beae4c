# ruff: noqa: E501
"""holdout197 events: Irish biopharma sites, part 1 (Lilly, BioMarin, MSD, Amgen, Takeda, Grifols, Sanofi, Alexion)."""

from holdout197ev_tz import DUBLIN, GMT_STD

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="competency-interview",
    uid="040000008200E00074C5B7101A82E00800000000D9C8B7A6F5E4DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
    is_interview=1, company="Eli Lilly", role="Senior Process Engineer – Parenteral", stage="onsite",
    interviewers="ryan_caoimhe@lilly.com;murphy_p@lilly.com",
    trap="outlook-competency-based-interview-star-onsite",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Caoimhe Ryan":mailto:ryan_caoimhe@lilly.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Padraig Murphy":mailto:murphy_p@lilly.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="KNS Admin Bldg – Room 2.14 (Old Head)":mailto:kns_rm214@lilly.com
DESCRIPTION;LANGUAGE=en-US:Hi Cian\,\n\nFurther to our call\, please find below details of your interview for Senior Process Engineer – Parenteral at Lilly Kinsale.\n\nFormat: competency-based interview (approx. 60 mins) with Caoimhe Ryan (Engineering Lead) and Padraig Murphy (Operations). Questions will follow the STAR format (Situation\, Task\, Action\, Result) across teamwork\, problem solving\, quality mindset and delivering results.\n\nPlease arrive 10 mins early to Security at the main gate\, Dunderrow\, Kinsale\, with photo ID.\n\nRegards\,\nCaoimhe\n
UID:040000008200E00074C5B7101A82E00800000000D9C8B7A6F5E4DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Interview – Cian O'Sullivan – Snr Process Eng Parenteral
DTSTART;TZID=GMT Standard Time:20250409T093000
DTEND;TZID=GMT Standard Time:20250409T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:KNS Admin Bldg – Room 2.14 (Old Head)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="greenhouse-technical",
    uid="greenhouse-interview-4419021007-biomarin@greenhouse.io",
    is_interview=1, company="BioMarin", role="Senior Engineer II, MSAT", stage="technical",
    interviewers="shane.oleary@bmrn.com;eimear.coughlan@bmrn.com",
    trap="greenhouse-technical-two-interviewers-zoom",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-4419021007-biomarin@greenhouse.io
DTSTAMP:20250314T103003Z
DTSTART:20250319T140000Z
DTEND:20250319T150000Z
SUMMARY:Interview: Senior Engineer II\, MSAT – Technical (Cian O'Sullivan)
ORGANIZER;CN=BioMarin Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Shane O'Leary;PARTSTAT=ACCEPTED:mailto:shane.oleary@bmrn.com
ATTENDEE;CN=Eimear Coughlan;PARTSTAT=ACCEPTED:mailto:eimear.coughlan@bmrn.com
LOCATION:Zoom
DESCRIPTION:Hi Cian\,\n\nThanks for making time. Your technical interview f
 or Senior Engineer II\, MSAT (Shanbally) is scheduled.\n\nInterviewers:\n-
  Shane O'Leary\, Associate Director MSAT\n- Eimear Coughlan\, Principal Engi
 neer\n\nZoom: https://biomarin.zoom.us/j/93310072251\nMeeting ID: 933 1007
  2251\nOne tap mobile: +35312405700\,\,93310072251#\n\nBioMarin Recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="typed-final",
    uid="8gq7vd2n5t1mhk0cb3u6f9r4ls@google.com",
    is_interview=1, company="BioMarin", role="", stage="final",
    interviewers="",
    trap="self-typed-final-shanbally-no-attendees",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Dublin
""" + DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250404T140000
DTEND;TZID=Europe/Dublin:20250404T163000
DTSTAMP:20250327T191025Z
UID:8gq7vd2n5t1mhk0cb3u6f9r4ls@google.com
CREATED:20250327T191025Z
DESCRIPTION:final round @ BioMarin\, Shanbally. site director + HR + walk th
 e plant. wear the navy suit. take half day (told Gráinne dentist...)
LAST-MODIFIED:20250327T191120Z
LOCATION:BioMarin\, Shanbally\, Ringaskiddy\, Co. Cork
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BMRN final
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="hm-interview",
    uid="040000008200E00074C5B7101A82E0080000000017A3C5E9F2B6DB0100000000000000001000000055D4C3B2A1F0E9D8C7B6A59483726150",
    is_interview=1, company="MSD", role="Senior Process Engineer (Biologics DS)", stage="hiring_manager",
    interviewers="aoife.cronin@msd.com",
    trap="outlook-hiring-manager-original-before-reschedule",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Cronin, Aoife":mailto:aoife.cronin@msd.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Cian\,\n\nThanks for your application for Senior Process Engineer (Biologics DS) at MSD Brinny. I'd like to set up an initial conversation – I'm the hiring manager for the role. Teams details below.\n\nRegards\, Aoife Cronin\, Process Engineering Manager\, MSD Brinny\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_BrnY1@thread.v2/0\nMeeting ID: 315 882 041 227  Passcode: nR8s3J\n
UID:040000008200E00074C5B7101A82E0080000000017A3C5E9F2B6DB0100000000000000001000000055D4C3B2A1F0E9D8C7B6A59483726150
SUMMARY;LANGUAGE=en-US:Cian O'Sullivan – Senior Process Engineer interview
DTSTART;TZID=GMT Standard Time:20250407T080000
DTEND;TZID=GMT Standard Time:20250407T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250331T150011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="rescheduled",
    uid="040000008200E00074C5B7101A82E0080000000017A3C5E9F2B6DB0100000000000000001000000055D4C3B2A1F0E9D8C7B6A59483726150",
    is_interview=1, company="MSD", role="Senior Process Engineer (Biologics DS)", stage="hiring_manager",
    interviewers="aoife.cronin@msd.com",
    trap="outlook-rescheduled-same-uid-higher-sequence",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Cronin, Aoife":mailto:aoife.cronin@msd.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION;LANGUAGE=en-US:Apologies Cian – we've a regulatory inspection that week\, moving this out a few days. Same Teams link.\n\nAoife\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_BrnY1@thread.v2/0\nMeeting ID: 315 882 041 227  Passcode: nR8s3J\n
UID:040000008200E00074C5B7101A82E0080000000017A3C5E9F2B6DB0100000000000000001000000055D4C3B2A1F0E9D8C7B6A59483726150
SUMMARY;LANGUAGE=en-US:Cian O'Sullivan – Senior Process Engineer interview
DTSTART;TZID=GMT Standard Time:20250414T121500
DTEND;TZID=GMT Standard Time:20250414T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T074152Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="goodtime-panel",
    uid="goodtime-3a9e11c2-7f40-4b7e-a1d3-amgen-panel@goodtime.io",
    is_interview=1, company="Amgen", role="Senior Engineer – Process Development (ADL)", stage="technical",
    interviewers="cmcgrath@amgen.com;dfarrell01@amgen.com;lwalsh@amgen.com",
    trap="goodtime-back-to-back-panel-webex",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:goodtime-3a9e11c2-7f40-4b7e-a1d3-amgen-panel@goodtime.io
DTSTAMP:20250408T132245Z
DTSTART;TZID=Europe/Dublin:20250417T090000
DTEND;TZID=Europe/Dublin:20250417T113000
SUMMARY:Amgen Virtual Interview – Senior Engineer – Process Development (ADL)
ORGANIZER;CN=Amgen Candidate Scheduling:mailto:scheduling@amgen.goodtime.io
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:Webex – https://amgen.webex.com/meet/adl.interview3
DESCRIPTION:Hello Cian\,\n\nYour virtual interview schedule:\n\n09:00–09:45
   Ciara McGrath\, Sr Manager Process Development (cmcgrath@amgen.com)\n09:5
 0–10:35  Declan Farrell\, Principal Engineer (dfarrell01@amgen.com)\n10:45–
 11:30  Louise Walsh\, Quality Assurance (lwalsh@amgen.com)\n\nAll sessions
  use the same Webex room. Access code 2651 119 440.\n\nThis schedule was coor
 dinated by Amgen Candidate Scheduling via GoodTime. Please do not reply to
  this invite.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="final-dun-laoghaire",
    uid="goodtime-b71c0e45-2d9a-4f18-9c6e-amgen-final@goodtime.io",
    is_interview=1, company="Amgen", role="Senior Engineer – Process Development (ADL)", stage="final",
    interviewers="nmoran@amgen.com",
    trap="goodtime-final-onsite-site-director",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:goodtime-b71c0e45-2d9a-4f18-9c6e-amgen-final@goodtime.io
DTSTAMP:20250425T095502Z
DTSTART;TZID=Europe/Dublin:20250502T110000
DTEND;TZID=Europe/Dublin:20250502T120000
SUMMARY:Amgen Onsite – Final conversation with Niall Moran
ORGANIZER;CN=Amgen Candidate Scheduling:mailto:scheduling@amgen.goodtime.io
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Niall Moran;PARTSTAT=ACCEPTED:mailto:nmoran@amgen.com
LOCATION:Amgen ADL\, Pottery Road\, Dún Laoghaire\, Co. Dublin – Reception
DESCRIPTION:Hello Cian\, your final interview with Niall Moran (Director\,
  Process Development) is confirmed. Parking is available in the visitor area
 . Please bring ID.\n\nCoordinated via GoodTime.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="cancelled",
    uid="040000008200E00074C5B7101A82E00800000000B8A7C6D5E4F3DB01000000000000000010000000112233445566778899AABBCCDDEEFF00",
    is_interview=1, company="Takeda", role="Process Engineer III – MSAT", stage="",
    interviewers="orla.brady@takeda.com",
    trap="method-cancel-interview-role-put-on-hold",
    ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Brady, Orla":mailto:orla.brady@takeda.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Cian\, unfortunately the Process Engineer III – MSAT role has been put on hold following a headcount review\, so I have to cancel our interview for now. I'll be in touch if it reopens. Sorry for the inconvenience.\nOrla Brady\, Talent Acquisition\, Takeda Grange Castle\n
UID:040000008200E00074C5B7101A82E00800000000B8A7C6D5E4F3DB01000000000000000010000000112233445566778899AABBCCDDEEFF00
SUMMARY;LANGUAGE=en-US:Canceled: Interview – Process Engineer III MSAT – Cian O'Sullivan
DTSTART;TZID=GMT Standard Time:20250423T150000
DTEND;TZID=GMT Standard Time:20250423T160000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250416T082301Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="entrevista",
    uid="d2f5e8a1-0b3c-4d6e-9f71-grifols-entrevista-2025@grifols.com",
    is_interview=1, company="Grifols", role="Ingeniero/a de Procesos Senior – Plasma Fractionation", stage="hiring_manager",
    interviewers="jordi.puig@grifols.com",
    trap="spanish-entrevista-hiring-manager-barcelona-hq",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
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
UID:d2f5e8a1-0b3c-4d6e-9f71-grifols-entrevista-2025@grifols.com
DTSTAMP:20250415T090455Z
DTSTART;TZID=Romance Standard Time:20250422T120000
DTEND;TZID=Romance Standard Time:20250422T130000
SUMMARY;LANGUAGE=es:Entrevista – Ingeniero/a de Procesos Senior (Dublín) – Cian O'Sullivan
ORGANIZER;CN="Puig Soler, Jordi":mailto:jordi.puig@grifols.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Navarro, Laia":mailto:laia.navarro@grifols.com
LOCATION;LANGUAGE=es:Reunión de Microsoft Teams
DESCRIPTION;LANGUAGE=es:Hola Cian\,\n\nComo te comentó Laia (Talent Acquisition)\, me gustaría conocerte para hablar del puesto de Ingeniero/a de Procesos Senior en nuestra planta de Grange Castle\, Dublín. La entrevista será en inglés. Hora de Barcelona (13:00 en Dublín... perdona\, 11:00 en Dublín).\n\nUn saludo\,\nJordi Puig\nDirector de Ingeniería de Procesos – Fraccionamiento de Plasma\n\nReunión de Microsoft Teams\nUnirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_GrF22@thread.v2/0\nId. de reunión: 390 211 774 018  Código de acceso: xK2p9Q\n
CLASS:PUBLIC
PRIORITY:5
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="entretien-waterford",
    uid="SF-INTSCHED-sanofiP-1f3d7a90-22c1-11f0-8e2d-0a58a9feac07",
    is_interview=1, company="Sanofi", role="Ingénieur Procédés Senior – Waterford (F/H)", stage="recruiter_screen",
    interviewers="camille.durand@sanofi.com",
    trap="successfactors-french-entretien-telephonique",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTSCHED-sanofiP-1f3d7a90-22c1-11f0-8e2d-0a58a9feac07
DTSTAMP:20250324T151000Z
DTSTART:20250328T100000Z
DTEND:20250328T103000Z
SUMMARY:Entretien téléphonique – Ingénieur Procédés Senior – Waterford (F/H)
ORGANIZER;CN=Camille Durand:mailto:camille.durand@sanofi.com
ATTENDEE;CN=Cian O'Sullivan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:Téléphone – Camille vous appellera
DESCRIPTION:Bonjour Cian\,\n\nMerci pour votre candidature. Je vous propose
  un premier échange téléphonique de 30 minutes (en anglais si vous préférez
 ) pour le poste d'Ingénieur Procédés Senior sur notre site de Waterford.\n\
 nBien cordialement\,\nCamille Durand\, Talent Acquisition Partner\, Sanofi
  (Lyon)\n\nCe message a été généré par SAP SuccessFactors.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="avature-interview",
    uid="avature-alexion-intv-20250501-118823@astrazeneca.avature.net",
    is_interview=1, company="Alexion", role="Senior MSAT Engineer – Biologics", stage="",
    interviewers="grainne.flood@alexion.com;tom.byrne2@astrazeneca.com",
    trap="avature-invite-two-brands-alexion-astrazeneca",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:avature-alexion-intv-20250501-118823@astrazeneca.avature.net
DTSTAMP:20250424T111045Z
DTSTART:20250501T133000Z
DTEND:20250501T143000Z
SUMMARY:Alexion\, AstraZeneca Rare Disease – Interview – Senior MSAT Engineer – Biologics
ORGANIZER;CN=AstraZeneca Careers:mailto:careers-noreply@astrazeneca.avature.net
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Gráinne Flood:mailto:grainne.flood@alexion.com
ATTENDEE;CN=Tom Byrne:mailto:tom.byrne2@astrazeneca.com
LOCATION:College Park\, Blanchardstown\, Dublin 15 / Teams
DESCRIPTION:Dear Cian\,\n\nWe are pleased to confirm your interview with Grá
 inne Flood (MSAT Lead) and Tom Byrne (Senior Manager\, Manufacturing). You
  may attend in person at College Park or via Teams – please let us know.\n\n
 Kind regards\,\nAstraZeneca Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))
