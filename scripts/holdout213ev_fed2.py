"""holdout213 events: federal processes (CRTC, StatCan, ECCC, Infrastructure, GAC, IRCC, Public Safety)."""

from holdout213ev_tz import EST, TOR

CRTC = "CRTC"

EVENTS = []

EVENTS.append(dict(
    kind="presel-phone",
    uid="040000008200E00074C5B7101A82E00800000000E2C18F04A95ADC01000000000000000010000000A1B2C3D4E5F6",
    lab=(1, CRTC, "Senior Policy Analyst", "recruiter_screen", "melanie.bouchard@crtc.gc.ca",
         "french-summary-telephone-prescreen-hr-advisor-asks"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouchard, Mélanie":mailto:melanie.bouchard@crtc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Mme Natarajan\,\n\nSuite à votre candida
 ture au processus 25-CRTC-EA-TEL-2231 – Analyste principal(e) des politiq
 ues (EC-06)\, je vous appellerai au 613-555-0148 pour une courte présélect
 ion téléphonique (20 min) : disponibilité\, exigences linguistiques (CBC)
 \, cote de sécurité et deux questions sur votre expérience en politique d
 es télécommunications.\n\nAu plaisir\,\nMélanie Bouchard\nConseillère en r
 essources humaines | Human Resources Advisor\nConseil de la radiodiffusion
  et des télécommunications canadiennes (CRTC)\n
UID:040000008200E00074C5B7101A82E00800000000E2C18F04A95ADC01000000000000000010000000A1B2C3D4E5F6
SUMMARY;LANGUAGE=fr-CA:Présélection téléphonique – 25-CRTC-EA-TEL-2231
DTSTART;TZID=Eastern Standard Time:20250925T100000
DTEND;TZID=Eastern Standard Time:20250925T102000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250918T133001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Appel téléphonique / Phone call
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="entrevue-gatineau",
    uid="040000008200E00074C5B7101A82E008000000007D42B9E1C05ADC0100000000000000001000000090F1E2D3C4B5",
    lab=(1, CRTC, "Analyste principal(e) des politiques", "onsite",
         "francois.lacroix@crtc.gc.ca;jennifer.obrien@crtc.gc.ca;melanie.bouchard@crtc.gc.ca",
         "gatineau-agency-interview-partly-in-french"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Bouchard, Mélanie":mailto:melanie.bouchard@crtc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lacroix, Fran
 çois":mailto:francois.lacroix@crtc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="O'Brien, Jenn
 ifer":mailto:jennifer.obrien@crtc.gc.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CRTC-1PDP-Salle
  G-405 (10)":mailto:salle.g405@crtc.gc.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Priya\,\n\nNous avons le plaisir de vous
  convoquer à une entrevue pour le poste d'Analyste principal(e) des polit
 iques (EC-06)\, Direction des politiques de télécommunication.\n\nLieu : 1
 \, promenade du Portage\, Gatineau (Terrasses de la Chaudière\, tour Cent
 rale)\, salle G-405.\nDurée : 90 minutes.\n\nVeuillez noter que le poste e
 st bilingue impératif (CBC). Les questions 1 à 4 se dérouleront dans la l
 angue de votre choix\; les questions 5 et 6 se dérouleront en français af
 in d'évaluer la communication orale.\n\nComité : François Lacroix (direct
 eur)\, Jennifer O'Brien (gestionnaire) et moi-même.\n\n--\nPlease note: qu
 estions 5-6 will be in French. Bring photo ID.\n
UID:040000008200E00074C5B7101A82E008000000007D42B9E1C05ADC0100000000000000001000000090F1E2D3C4B5
SUMMARY;LANGUAGE=fr-CA:Entrevue – Analyste principal(e) des politiques (EC-06)
DTSTART;TZID=Eastern Standard Time:20251009T133000
DTEND;TZID=Eastern Standard Time:20251009T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T150044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:1\, promenade du Portage\, Gatineau – salle G-405
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="entrevue-interview",
    uid="040000008200E00074C5B7101A82E00800000000518FA2C6D75ADC01000000000000000010000000C0FFEE213A01",
    lab=(1, "Statistics Canada", "Senior Analyst, Strategic Policy and Planning", "onsite",
         "yannick.paquette@statcan.gc.ca;deepa.krishnan@statcan.gc.ca",
         "bilingual-slash-summary-statcan-board"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Paquette, Yannick (STATCAN)":mailto:yannick.paquette@statcan.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krishnan,
  Deepa (STATCAN)":mailto:deepa.krishnan@statcan.gc.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="STATCAN.S
 taffingOps-OperationsDotation.STATCAN":mailto:statcan.staffingops-operatio
 nsdotation.statcan@statcan.gc.ca
DESCRIPTION;LANGUAGE=en-CA:(Le français suit)\n\nInterview – EC-06 Senior A
 nalyst\, Strategic Policy and Planning – process 25-STC-EA-SPP-11908\n\nDu
 ration: 60 min. Questions will be shown on screen. Please have your camer
 a on and a government-issued photo ID. You may use a pen and paper.\n\nEn
 trevue – EC-06 Analyste principal(e)\, Politiques stratégiques et planifi
 cation – 60 min.\n\nJoin the meeting now / Rejoindre la réunion maintenan
 t\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGY2@thread.v2/0\n
 Meeting ID: 246 118 907 330  Passcode: eP4gH7\n
UID:040000008200E00074C5B7101A82E00800000000518FA2C6D75ADC01000000000000000010000000C0FFEE213A01
SUMMARY;LANGUAGE=en-CA:Entrevue/Interview – EC-06 – 25-STC-EA-SPP-11908
DTSTART;TZID=Eastern Standard Time:20251030T140000
DTEND;TZID=Eastern Standard Time:20251030T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251021T122500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="cancelled",
    uid="040000008200E00074C5B7101A82E00800000000AC5D31E2F85ADC0100000000000000001000000077E1D2C3B4A5",
    lab=(1, "Environment and Climate Change Canada", "Senior Policy Analyst", "",
         "karen.whitehorse@ec.gc.ca;louis.tremblay@ec.gc.ca",
         "cancelled-interview-method-cancel-process-on-hold"),
    ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Whitehorse, Karen (ECCC)":mailto:karen.whitehorse@ec.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay,
  Louis (ECCC)":mailto:louis.tremblay@ec.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Hello Priya\, I regret to inform you that proces
 s 25-ECCC-EA-CFB-40512 (EC-06 Senior Policy Analyst\, Climate Change Bran
 ch) has been put on hold following the spending review\, and all intervi
 ews scheduled for this week are cancelled. Candidates will be notified th
 rough the GC Jobs portal should the process resume. Sorry for the short n
 otice.\n\nKaren\n
UID:040000008200E00074C5B7101A82E00800000000AC5D31E2F85ADC0100000000000000001000000077E1D2C3B4A5
SUMMARY;LANGUAGE=en-CA:Canceled: Interview – EC-06 CCB (Natarajan)
DTSTART;TZID=Eastern Standard Time:20251112T100000
DTEND;TZID=Eastern Standard Time:20251112T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251110T211403Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="final-adm",
    uid="040000008200E00074C5B7101A82E00800000000B91C04E7A45ADC01000000000000000010000000F00DBA5E0213",
    lab=(1, "Housing, Infrastructure and Communities Canada", "Manager, Housing Policy",
         "final", "marie-claude.fortin@infc.gc.ca",
         "ex01-final-conversation-with-adm-after-board"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Fortin, Marie-Claude (HICC/LICC)";SENT-BY="mailto:ADMO-BSMA.P
 olicy@infc.gc.ca":mailto:marie-claude.fortin@infc.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Singh, Ha
 rpreet (HICC/LICC)":mailto:harpreet.singh@infc.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Priya\, following the board\, Marie-Claude (ADM\
 , Policy and Results) would like 30 minutes with the top candidates befor
 e a final decision on the EX-01 Manager\, Housing Policy. Informal but th
 is is the last step. Harpreet (ADMO) will set up the Teams link.\n\n-- ADM
 O Policy / BSMA Politiques\n
UID:040000008200E00074C5B7101A82E00800000000B91C04E7A45ADC01000000000000000010000000F00DBA5E0213
SUMMARY;LANGUAGE=en-CA:ADM conversation – EX-01 Housing Policy – final step
DTSTART;TZID=Eastern Standard Time:20251204T163000
DTEND;TZID=Eastern Standard Time:20251204T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T180022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="pearson-building",
    uid="040000008200E00074C5B7101A82E00800000000D04E7F1B9C5ADC010000000000000000100000003355AA77CC99",
    lab=(1, "Global Affairs Canada", "Senior Trade Policy Analyst", "onsite",
         "hugo.marchand@international.gc.ca;ngozi.adeyemi@international.gc.ca",
         "gc-board-in-person-visitor-escort-no-interview-word-in-summary"),
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Marchand, Hugo -TCT":mailto:hugo.marchand@international.gc.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.nata
 rajan.ott@gmail.com:mailto:priya.natarajan.ott@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Adeyemi, Ngoz
 i -TCT":mailto:ngozi.adeyemi@international.gc.ca
DESCRIPTION;LANGUAGE=en-CA:Priya – confirming your board assessment for EC-
 06 Senior Trade Policy Analyst (Trade Policy and Negotiations\, TCT) at t
 he Lester B. Pearson Building\, 125 Sussex Drive\, Tower A\, 5th floor. Pl
 ease arrive 15 min early – visitors must be escorted\; call 343-203-5511 f
 rom the lobby. Expect 4 questions + a 10-min oral briefing on a CUSMA rev
 iew scenario.\n\nHugo Marchand\nDirector / Directeur\, TCT\n
UID:040000008200E00074C5B7101A82E00800000000D04E7F1B9C5ADC010000000000000000100000003355AA77CC99
SUMMARY;LANGUAGE=en-CA:EC-06 TCT board assessment – P. Natarajan
DTSTART;TZID=Eastern Standard Time:20251119T093000
DTEND;TZID=Eastern Standard Time:20251119T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T160131Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:125 Sussex Dr\, Tower A\, 5th floor
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="phone-note",
    uid="8C0F6A2E-4B1D-4E7A-9F3C-2D5B8E1A7C40",
    lab=(1, "Immigration, Refugees and Citizenship Canada", "", "", "Marie-Ève;Tom",
         "user-typed-iphone-intvw-abbrev-names-only"),
    lf=True,
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
""" + TOR + r"""BEGIN:VEVENT
CREATED:20251101T231244Z
DTSTAMP:20251101T231301Z
DTSTART;TZID=America/Toronto:20251110T130000
DTEND;TZID=America/Toronto:20251110T140000
LAST-MODIFIED:20251101T231301Z
SEQUENCE:0
SUMMARY:IRCC intvw EC06 econ policy
DESCRIPTION:teams link in gmail. panel = Marie-Ève (dir) + Tom from DG offi
 ce. ask abt levels plan & the 2026 consults. book room 4B for privacy
TRANSP:OPAQUE
UID:8C0F6A2E-4B1D-4E7A-9F3C-2D5B8E1A7C40
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D
END:VALARM
END:VEVENT
END:VCALENDAR
"""))
