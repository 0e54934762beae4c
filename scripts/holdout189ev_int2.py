"""holdout189: Bernd's own interviews, part 2 (public sector panel, English start-ups, foreign hauliers, headhunter)."""

from holdout189ev_tz import AMSTERDAM, BERLIN_GOOGLE, MADRID, PARIS, ROMANCE, W_EUROPE

EVENTS = [
    # Stadtservice Bremen: Auswahlkommission, public-sector wording
    dict(kind="exchange-invite", uid=(
        "040000008200E00074C5B7101A82E008000000005C7E2A1D0B9ADB01"
        "000000000000000010000000E41A7C9B3D2F5E8A6C0B1D3E5F7A9C2B"), lab=(
        1, "Stadtservice Bremen", "Leitung Fuhrparkmanagement (m/w/d)", "onsite",
        "gerrit.wessels@stadtservice.bremen.de;martina.ahlers@stadtservice.bremen.de;"
        "olaf.kuehn@stadtservice.bremen.de", "public-sector-auswahlkommission-kennziffer"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Personalstelle Stadtservice":mailto:personalstelle@stadtserv
 ice.bremen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=bernd.kow
 alski@t-online.de:mailto:bernd.kowalski@t-online.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wessels, Gerrit":mailto
 :gerrit.wessels@stadtservice.bremen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ahlers, Martina (Perso
 nalrat)":mailto:martina.ahlers@stadtservice.bremen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Kühn, Olaf":mailto:ola
 f.kuehn@stadtservice.bremen.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Frauenbeauftragte
 SSB":mailto:frauenbeauftragte@stadtservice.bremen.de
DESCRIPTION;LANGUAGE=de-DE:Auswahlverfahren Kennziffer SSB 2025/017 – Leit
 ung Fuhrparkmanagement (m/w/d)\, EG 11 TVöD\n\nSehr geehrter Herr Kowalski
 \,\n\nwir freuen uns\, Sie zu einem Vorstellungsgespräch vor der Auswahlkom
 mission einladen zu können. Die Auswahlkommission besteht aus Herrn Wessel
 s (Betriebsleitung)\, Herrn Kühn (Abteilungsleitung Technik) und Frau Ahler
 s (Personalrat). Die Frauenbeauftragte nimmt beratend teil.\n\nDas Gespräch
  dauert ca. 45 Minuten und beginnt mit einer kurzen Präsentation (max. 10
  Min.) zum Thema „Fuhrpark 2030 – Elektrifizierung der Sammelfahrzeuge“.\n
 \nFahrtkosten werden nicht erstattet.\n\nIm Auftrag\nPersonalstelle\n
UID:040000008200E00074C5B7101A82E008000000005C7E2A1D0B9ADB0100000000000000
 0010000000E41A7C9B3D2F5E8A6C0B1D3E5F7A9C2B
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Kz. 2025/017 – Hr. Kowalski
DTSTART;TZID=W. Europe Standard Time:20250423T130000
DTEND;TZID=W. Europe Standard Time:20250423T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T073812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Betriebshof Findorff\, Verwaltungsgebäude\, Raum
  104
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    # Alster Logistics Solutions: English, Greenhouse
    dict(kind="greenhouse", uid="greenhouse-interview-28846103-1", lab=(
        1, "Alster Logistics Solutions GmbH", "Operations Lead – Road Freight (m/f/d)", "recruiter_screen",
        "leonie.brandt@alsterlogistics.io", "greenhouse-english-recruiter-call-zoom"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-28846103-1
DTSTAMP:20250311T164020Z
DTSTART:20250317T090000Z
DTEND:20250317T093000Z
SUMMARY:Bernd Kowalski <> Alster Logistics - Recruiter Call
ORGANIZER;CN=Leonie Brandt:mailto:leonie.brandt@alsterlogistics.io
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Leonie Brandt:mailto:leonie.brandt@alsterlogistics.io
LOCATION:https://alsterlogistics.zoom.us/j/84412093317?pwd=aGx4bW9x
DESCRIPTION:Hi Bernd\,\n\nthanks for applying for Operations Lead – Road F
 reight (m/f/d). This is a 30 min intro call with Leonie from our People te
 am. We can switch to German any time\, no worries!\n\nJoin Zoom Meeting\nh
 ttps://alsterlogistics.zoom.us/j/84412093317?pwd=aGx4bW9x\nMeeting ID: 844
  1209 3317\nPasscode: 552190\nOne tap mobile: +496938079883\,\,84412093317#
  Germany\n\nPowered by Greenhouse
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="greenhouse", uid="greenhouse-interview-28846103-3", lab=(
        1, "Alster Logistics Solutions GmbH", "Operations Lead – Road Freight (m/f/d)", "technical",
        "jakob.hartwig@alsterlogistics.io;fatma.demir@alsterlogistics.io", "greenhouse-onsite-case-tour-planning"),
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:greenhouse-interview-28846103-3
DTSTAMP:20250321T111502Z
DTSTART;TZID=Europe/Berlin:20250328T100000
DTEND;TZID=Europe/Berlin:20250328T120000
SUMMARY:Alster Logistics: Onsite Interview (Case: Tour planning) - Bernd K
 owalski
ORGANIZER;CN=Leonie Brandt:mailto:leonie.brandt@alsterlogistics.io
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Jakob Hartwig:mailto:jakob.hartwig@alsterlogistics.io
ATTENDEE;CN=Fatma Demir:mailto:fatma.demir@alsterlogistics.io
LOCATION:Alster Logistics\, Stadthausbrücke 3\, 20355 Hamburg\, 4th floor
DESCRIPTION:Agenda\n10:00 Welcome (Leonie)\n10:10 Case study: plan next da
 y's tours for 14 trucks from a real order export (Excel\, laptop provided)
  - Jakob Hartwig\, Head of Operations\n11:00 Debrief of your plan with Jak
 ob & Fatma Demir (Carrier Manager)\n11:45 Q&A / office tour\n\nPlease brin
 g your ID for the reception.\n\nPowered by Greenhouse
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    # Freightly: Ashby, Google Meet
    dict(kind="ashby", uid="ashby-ivs-0f3e91c2-7b5a-4d12-b8e6-1a9c3d7e5f20", lab=(
        1, "Freightly", "Carrier Operations Manager (Hamburg)", "hiring_manager", "tobias.grell@freightly.com",
        "ashby-hiring-manager-google-meet"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-ivs-0f3e91c2-7b5a-4d12-b8e6-1a9c3d7e5f20
DTSTAMP:20250402T091733Z
DTSTART:20250407T073000Z
DTEND:20250407T081500Z
SUMMARY:Bernd Kowalski <> Freightly | Hiring Manager Interview
ORGANIZER;CN=Freightly Talent:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Bernd Kowalski;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:bernd.kow
 alski@t-online.de
ATTENDEE;CN=Tobias Grell;ROLE=REQ-PARTICIPANT:mailto:tobias.grell@freightl
 y.com
LOCATION:https://meet.google.com/qxv-htpa-rme
DESCRIPTION:Interview for Carrier Operations Manager (Hamburg)\n\nInterview
 er: Tobias Grell (VP Operations)\n\nJoin with Google Meet: https://meet.goo
 gle.com/qxv-htpa-rme\nOr dial: (DE) +49 30 300195412 PIN: 704 229 118#\n\nN
 eed to reschedule? https://app.ashbyhq.com/interviews/reschedule/0f3e91c2
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ashby", uid="ashby-ivs-5d2a8e47-c1f9-40b3-9e6d-8b4f2a1c7e93", lab=(
        1, "Freightly", "Carrier Operations Manager (Hamburg)", "final",
        "marie.laurent@freightly.com;tobias.grell@freightly.com", "ashby-final-round-founder"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-ivs-5d2a8e47-c1f9-40b3-9e6d-8b4f2a1c7e93
DTSTAMP:20250415T150201Z
DTSTART:20250422T120000Z
DTEND:20250422T130000Z
SUMMARY:Final Round: Bernd Kowalski (Carrier Operations Manager)
ORGANIZER;CN=Freightly Talent:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Marie Laurent:mailto:marie.laurent@freightly.com
ATTENDEE;CN=Tobias Grell:mailto:tobias.grell@freightly.com
LOCATION:Freightly Hamburg Hub\, Großer Burstah 31
DESCRIPTION:Final conversation with Marie Laurent (Co-Founder & CEO) and T
 obias Grell. Topics: how you would build the carrier network for Scandinav
 ia lanes\, expectations\, start date.\n\nScheduled via Ashby
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    # Loadwise: Lever phone screen, UTC
    dict(kind="lever", uid="lever-interview-2c7e1b9a-4f03-48d6-a5e2-9b1d0c3f7a64", lab=(
        1, "Loadwise GmbH", "Senior Dispatcher / Disponent (m/w/d)", "recruiter_screen", "priya.nair@loadwise.de",
        "lever-phone-screen-english"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-2c7e1b9a-4f03-48d6-a5e2-9b1d0c3f7a64
DTSTAMP:20250305T134455Z
DTSTART:20250311T150000Z
DTEND:20250311T152500Z
SUMMARY:Loadwise: Phone Screen with Priya
ORGANIZER;CN=Priya Nair:mailto:priya.nair@loadwise.de
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
DESCRIPTION:Hi Bernd\, looking forward to our call about the Senior Dispatc
 her / Disponent (m/w/d) role! I'll call you on +49 171 xxx 4410.\n\nPriya
  Nair\, Talent Acquisition\, Loadwise GmbH
LOCATION:Phone call
END:VEVENT
END:VCALENDAR
"""),
    # Nordhavn Transport A/S: Danish haulier, Lübeck branch, Outlook in Romance Standard Time
    dict(kind="teams-invite", uid=(
        "040000008200E00074C5B7101A82E00800000000D08B1F6E37A7DB01"
        "000000000000000010000000A9C3E5F7B1D2A4C6E8F0B2D4F6A8C0E2"), lab=(
        1, "Nordhavn Transport A/S", "Branch Manager Lübeck", "hiring_manager", "mjo@nordhavn-transport.dk",
        "danish-haulier-romance-standard-time-teams"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + ROMANCE + r"""BEGIN:VEVENT
ORGANIZER;CN=Mette Juul Olsen:mailto:mjo@nordhavn-transport.dk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=bernd.kow
 alski@t-online.de:mailto:bernd.kowalski@t-online.de
DESCRIPTION;LANGUAGE=en-US:Dear Bernd\,\n\nThank you for your application fo
 r Branch Manager Lübeck. I would like to invite you for a first interview
  via Teams. We can do the conversation in English or German (I speak some
  German).\n\nBest regards\nMette Juul Olsen\nCOO\, Nordhavn Transport A/S\
 , Padborg\n\n______________________________________________________________
 __________________\nMicrosoft Teams meeting\nJoin on your computer\, mobil
 e app or room device\nClick here to join the meeting<https://teams.microso
 ft.com/l/meetup-join/19%3ameeting_NmQ1%40thread.v2/0>\nMeeting ID: 378 112
  564 903\nPasscode: kA8vQe\nCall in (audio only)\n+45 32 72 80 31\,\,5521
 8843#   Denmark\, Copenhagen\n______________________________________________
 __________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D08B1F6E37A7DB0100000000000000
 0010000000A9C3E5F7B1D2A4C6E8F0B2D4F6A8C0E2
SUMMARY;LANGUAGE=en-US:Interview - Branch Manager Lübeck
DTSTART;TZID=Romance Standard Time:20250320T140000
DTEND;TZID=Romance Standard Time:20250320T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T095510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:mjo@nordhavn-transport.dk\;gruu\;
 opaque=app:conf:focus:id:NmQ1
END:VEVENT
END:VCALENDAR
"""),
    # Transports Delacroix: French invite, Europe/Paris
    dict(kind="google-invite", uid="3hq2v7k1p9c0r4m6n8s5t1u2w3@google.com", lab=(
        1, "Transports Delacroix SAS", "Responsable d'exploitation Hambourg (H/F)", "hiring_manager",
        "c.mercier@transports-delacroix.fr;a.keller@transports-delacroix.de", "french-entretien-europe-paris"),
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PARIS + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20250402T100000
DTEND;TZID=Europe/Paris:20250402T110000
DTSTAMP:20250326T081204Z
ORGANIZER;CN=Claire Mercier:mailto:c.mercier@transports-delacroix.fr
UID:3hq2v7k1p9c0r4m6n8s5t1u2w3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Claire Mercier;X-NUM-GUESTS=0:mailto:c.mercier@transports-delacroix.fr
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Andreas Keller;X-NUM-GUESTS=0:mailto:a.keller@transports-delacroix.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=bernd.kowalski@t-online.de;X-NUM-GUESTS=0:mailto:bernd.kowalski@t-
 online.de
DESCRIPTION:Bonjour Monsieur Kowalski\,\n\nSuite à votre candidature au pos
 te de Responsable d'exploitation Hambourg (H/F)\, nous avons le plaisir de
  vous convier à un entretien en visioconférence avec M. Andreas Keller (dir
 ecteur de la filiale Allemagne) et moi-même. L'entretien se déroulera en a
 llemand.\n\nCordialement\,\nClaire Mercier\nResponsable RH\n\nParticiper
  avec Google Meet : https://meet.google.com/wbs-kfye-jop\nParticiper par t
 éléphone : (FR) +33 1 87 40 42 55 PIN : 318 442 907#
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien – Responsable d'exploitation Hambourg – B. Kowalski
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    # Transportes Iberhansa: Spanish, Europe/Madrid
    dict(kind="outlook-invite", uid="A7F3C1E9-2B4D-4E8A-9C61-5D0B3F7E2A19", lab=(
        1, "Transportes Iberhansa S.L.", "Jefe de tráfico – delegación Hamburgo", "recruiter_screen",
        "Lucía Gómez", "spanish-entrevista-europe-madrid"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:A7F3C1E9-2B4D-4E8A-9C61-5D0B3F7E2A19
DTSTAMP:20250404T102233Z
DTSTART;TZID=Europe/Madrid:20250409T163000
DTEND;TZID=Europe/Madrid:20250409T171500
SUMMARY;LANGUAGE=es-ES:Entrevista – Jefe de tráfico Hamburgo – Bernd Kowal
 ski
ORGANIZER;CN="Selección RRHH Iberhansa":mailto:rrhh.seleccion@iberhansa.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Bernd Kowalski:mailto:bernd.kow
 alski@t-online.de
LOCATION;LANGUAGE=es-ES:Llamada de Teams
DESCRIPTION;LANGUAGE=es-ES:Estimado Sr. Kowalski:\n\nGracias por su interé
 s en el puesto de Jefe de tráfico – delegación Hamburgo. Le proponemos una
  primera entrevista por Teams con nuestro departamento de Recursos Humanos
 . La entrevista será en inglés o alemán (nos acompañará una compañera de l
 a delegación de Hamburgo).\n\nUn saludo\,\nLucía Gómez\nSelección de perso
 nal – Transportes Iberhansa S.L. (Zaragoza)\n\nUnirse a la reunión ahora:
  https://teams.microsoft.com/l/meetup-join/19%3ameeting_aWJlcg%40thread.v2/0
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    # Van der Berg Transport: Teamtailor video interview, Amsterdam zone, no clear stage
    dict(kind="teamtailor", uid="teamtailor-meeting-9918273-vdbt", lab=(
        1, "Van der Berg Transport B.V.", "Planner Germany – Hamburg Hub", "",
        "r.dejong@vanderbergtransport.nl;s.meijer@vanderbergtransport.nl", "teamtailor-video-interview-amsterdam"),
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Meetings//EN
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:teamtailor-meeting-9918273-vdbt
DTSTAMP:20250408T133010Z
DTSTART;TZID=Europe/Amsterdam:20250414T090000
DTEND;TZID=Europe/Amsterdam:20250414T094500
SUMMARY:Video interview: Planner Germany – Hamburg Hub | Van der Berg Tran
 sport
ORGANIZER;CN=Van der Berg Transport:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Ruud de Jong:mailto:r.dejong@vanderbergtransport.nl
ATTENDEE;CN=Sanne Meijer:mailto:s.meijer@vanderbergtransport.nl
LOCATION:Teamtailor video meeting
DESCRIPTION:Hi Bernd\,\n\nYou have a video interview with Ruud de Jong and
  Sanne Meijer from Van der Berg Transport.\n\nJoin: https://app.teamtailor.
 com/video-meetings/9918273\n\nWe look forward to meeting you!
END:VEVENT
END:VCALENDAR
"""),
    # Meyer Entsorgung: headhunter names the employer only in the body, Webex
    dict(kind="webex-invite", uid="7d4b2e1f9a0c4d38b6e5f2a1c9d8e7b6@kessler-executive.de", lab=(
        1, "Meyer Entsorgung GmbH", "Fuhrparkleiter", "recruiter_screen", "a.kessler@kessler-executive.de",
        "headhunter-webex-employer-only-in-body"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:7d4b2e1f9a0c4d38b6e5f2a1c9d8e7b6@kessler-executive.de
DTSTAMP:20250313T170512Z
DTSTART;TZID=W. Europe Standard Time:20250318T180000
DTEND;TZID=W. Europe Standard Time:20250318T184500
SUMMARY:Austausch Kowalski / Kessler
ORGANIZER;CN="Kessler, Anke":mailto:a.kessler@kessler-executive.de
ATTENDEE;CN="bernd.kowalski@t-online.de";RSVP=TRUE:mailto:bernd.kowalski@t
 -online.de
LOCATION:Webex
DESCRIPTION:Lieber Herr Kowalski\,\n\nwie besprochen hier die Einladung für
  unser vertrauliches Gespräch. Ich bin exklusiv von der Meyer Entsorgung G
 mbH (Hamburg-Wilhelmsburg\, ca. 140 Sammel- und Containerfahrzeuge) mit d
 er Besetzung der Position Fuhrparkleiter beauftragt. Im Gespräch möchte ic
 h Ihren Werdegang und Ihre Motivation kennenlernen\; bei Passung stelle ic
 h Sie anschließend der Geschäftsführung vor.\n\nWebex-Meeting beitreten:\n
 https://kessler-executive.webex.com/meet/a.kessler\nMeeting-Kennnummer: 2
 741 993 0065\nTelefonisch: +49-619-6781-9736 Deutschland Gebührenpflichtig
 \n\nHerzliche Grüße\nAnke Kessler\nKessler Executive Search
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    # Baltic Ro-Ro Terminal Lübeck: two rounds
    dict(kind="outlook-invite", uid="BRT-2025-0331-KOWALSKI-01@balticroro-luebeck.de", lab=(
        1, "Baltic Ro-Ro Terminal Lübeck GmbH", "Schichtleiter Disposition (m/w/d)", "hiring_manager",
        "h.stender@balticroro-luebeck.de", "outlook-terminal-schichtleiter-first-talk"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:BRT-2025-0331-KOWALSKI-01@balticroro-luebeck.de
DTSTAMP:20250321T081500Z
DTSTART;TZID=W. Europe Standard Time:20250331T100000
DTEND;TZID=W. Europe Standard Time:20250331T110000
SUMMARY:Einladung zum Vorstellungsgespräch
ORGANIZER;CN="Stender, Hinrich":mailto:h.stender@balticroro-luebeck.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalski, Bernd":mailto:bernd.
 kowalski@t-online.de
LOCATION:Skandinavienkai\, Verwaltung Geb. 4\, 1. OG
DESCRIPTION:Sehr geehrter Herr Kowalski\,\n\nvielen Dank für Ihre Bewerbun
 g als Schichtleiter Disposition (m/w/d) im Terminal Travemünde. Gerne lade
  ich Sie zu einem persönlichen Gespräch ein. Bitte beachten Sie: Zutritt z
 um Hafengelände nur mit Personalausweis (ISPS).\n\nMit freundlichen Grüße
 n\nHinrich Stender\nLeiter Terminalbetrieb
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="samsung-typed", uid="samsung-1744032112447-3a9f", lab=(
        1, "Baltic Ro-Ro Terminal Lübeck GmbH", "", "", "Stender;Fr. Puls",
        "typed-phone-second-round-shift-shadowing"), eol="lf", ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:samsung-1744032112447-3a9f
DTSTAMP:20250407T132152Z
SUMMARY:Baltic Roro 2.Termin - Nachtschicht mitlaufen
DTSTART:20250414T180000
DTEND:20250414T230000
LOCATION:Skandinavienkai Tor 3
DESCRIPTION:Stender + Fr. Puls (Schichtltg)\nmal schauen wie die Fährabfer
 tigung nachts läuft\, danach kurz Gespräch\nWarnweste!!
END:VEVENT
END:VCALENDAR
"""),
]
