# ruff: noqa: E501, W291, W293, RUF100
"""holdout262 events, part A: the user's own interviews (federal GC Jobs processes, internal, CHAS, think tank)."""

from holdout262ev_zones import EST_OUTLOOK, EST_UTC_LABEL, MONTREAL_APPLE, TORONTO_GOOGLE

FORMS = {
    "Workforce Futures Canada": ["WFC", "Avenir main-d'œuvre Canada", "AMC", "Workforce Futures"],
    "Canadian Housing Affordability Secretariat": ["CHAS", "SCAL", "Secrétariat canadien à l'abordabilité du logement", "Housing Affordability Secretariat"],
    "Innovation and Regional Economies Canada": ["IREC", "IÉRC", "IERC", "Innovation et Économies régionales Canada"],
    "Fiscal Policy Canada": ["FPC", "PFC", "Politique fiscale Canada", "Fiscal Policy"],
    "Ontario Ministry of Economic Development and Resilience": ["MEDR", "Ministry of Economic Development and Resilience", "Ontario MEDR", "Economic Development and Resilience"],
    "Laurentian Policy Forum": ["LPF", "Laurentian Forum", "Forum Laurentien"],
    "Office of the Fiscal Accountability Officer": ["OFAO", "BDRF", "Bureau du directeur de la responsabilité financière", "Fiscal Accountability Officer"],
}

EVENTS = [
    dict(
        kind="outlook-bilingual-written-exam",
        uid="040000008200E00074C5B7101A82E00800000000A0F1C3B2E73ADC01000000000000000010000000D4C0E1A9B8F2D54BA7E6C2C1D7F0E3A1",
        is_interview=1,
        company="Workforce Futures Canada",
        role="Senior Policy Analyst (EC-06)",
        stage="technical",
        interviewers="",
        trap="gc-jobs-written-exam-no-interviewer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Nguyen, Thi Lan":mailto:thilan.nguyen@wfc-amc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=fr-CA:(English follows)\n\nBonjour\,\n\nVous êtes convo
 qué(e) à l'examen écrit du processus 2025-WFC-EA-NHQ-0412 (Analyste princip
 al(e) des politiques\, EC-06). L'examen se déroule à distance\, en ligne\, 
 et dure 2 h 30. Le lien vous sera envoyé 15 minutes avant le début. Vous p
 ouvez répondre dans la langue officielle de votre choix.\n\nVeuillez avoir 
 une pièce d'identité avec photo.\n\n---\n\nHello\,\n\nYou are invited to th
 e written exam for selection process 2025-WFC-EA-NHQ-0412 (Senior Policy An
 alyst\, EC-06). The exam is remote and online and lasts 2.5 hours. The link
  will be sent 15 minutes before the start time. You may answer in the offic
 ial language of your choice.\n\nPlease have photo ID ready.\n\nThi Lan Nguy
 en\nConseillère en dotation | Staffing Advisor\nAvenir main-d'œuvre Canada 
 | Workforce Futures Canada\n
UID:040000008200E00074C5B7101A82E00800000000A0F1C3B2E73ADC01000000000000000010000000D4C0E1A9B8F2D54BA7E6C2C1D7F0E3A1
SUMMARY;LANGUAGE=fr-CA:Examen écrit / Written exam – 2025-WFC-EA-NHQ-0412 (EC-06)
DTSTART;TZID=Eastern Standard Time:20250916T090000
DTEND;TZID=Eastern Standard Time:20250916T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250908T143215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:En ligne / Online
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teams-interview-board",
        uid="040000008200E00074C5B7101A82E00800000000B41D2E6FA845DC01000000000000000010000000AB77F0C2D9E3A2489C1B54D0E6F2A7C9",
        is_interview=1,
        company="Workforce Futures Canada",
        role="Senior Policy Analyst (EC-06)",
        stage="onsite",
        interviewers="chidi.okonkwo@wfc-amc.example.ca;sophie.bergeron@wfc-amc.example.ca;farah.malik@wfc-amc.example.ca",
        trap="gc-interview-board-coordinator-organizer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Nguyen, Thi Lan":mailto:thilan.nguyen@wfc-amc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okonkwo, 
 Chidi":mailto:chidi.okonkwo@wfc-amc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bergeron,
  Sophie":mailto:sophie.bergeron@wfc-amc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Malik, Fa
 rah":mailto:farah.malik@wfc-amc.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nguyen, T
 hi Lan":mailto:thilan.nguyen@wfc-amc.example.ca
DESCRIPTION;LANGUAGE=en-US:Good afternoon Ms. Tremblay-Singh\,\n\nFurther t
 o your results on the written exam\, you are invited to an interview for s
 election process 2025-WFC-EA-NHQ-0412 (Senior Policy Analyst\, EC-06).\n\n
 The assessment board will be composed of:\n- Chidi Okonkwo\, Director\, La
 bour Market Policy (chair)\n- Sophie Bergeron\, Manager\, Skills Policy\n- 
 Farah Malik\, Senior Policy Analyst (EC-06)\n\nYou will be given 20 minute
 s of preparation time before the interview. The interview will assess Anal
 ytical Thinking\, Communication (oral) and Working Effectively with Others
 .\n\nIf you require accommodation measures\, please let me know as soon as 
 possible.\n\n________________________________________________________________
 ________________\nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting
  ID: 284 519 337 605\nPasscode: Xq7Ldr\n________________________________\nD
 ial in by phone\n+1 613-555-0147\,\,581266401# Canada\, Ottawa-Hull\nPhone c
 onference ID: 581 266 401#\n________________________________________________
 ________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B41D2E6FA845DC01000000000000000010000000AB77F0C2D9E3A2489C1B54D0E6F2A7C9
SUMMARY;LANGUAGE=en-US:Interview - 2025-WFC-EA-NHQ-0412 - EC-06 - Tremblay-Singh
DTSTART;TZID=Eastern Standard Time:20251008T131500
DTEND;TZID=Eastern Standard Time:20251008T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T191102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118453390
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_WFCpanel0412%40thread.v2/0
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:emilie.tremblaysingh@outlook.com\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_WFCpanel0412-thread.v2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-informal-discussion",
        uid="040000008200E00074C5B7101A82E00800000000C9E2A1B0FF53DC01000000000000000010000000E2A3B1C4D5E6F708192A3B4C5D6E7F80",
        is_interview=1,
        company="Workforce Futures Canada",
        role="Senior Policy Analyst (EC-06)",
        stage="hiring_manager",
        interviewers="chidi.okonkwo@wfc-amc.example.ca",
        trap="gc-informal-discussion-after-pool",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo, Chidi";SENT-BY="mailto:marie-eve.caron@wfc-amc.example.ca":mailto:chidi.okonkwo@wfc-amc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie":mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Emilie\,\n\nCongratulations on being placed i
 n the EC-06 pool (2025-WFC-EA-NHQ-0412). Chidi would like to have an infor
 mal discussion with you about the position on the Skills Policy team (pos
 ition 40218) before a decision is made. This is part of the "right fit" a
 ssessment.\n\nMarie-Ève Caron\nAdjointe administrative du directeur | Admi
 nistrative Assistant to the Director\n\n_________________________________
 _______________________________________________\nMicrosoft Teams meeting\n
 Join on your computer\, mobile app or room device\nMeeting ID: 233 907 118 
 442\nPasscode: 9fLmQ2\n______________________________________________________
 __________________________\n
UID:040000008200E00074C5B7101A82E00800000000C9E2A1B0FF53DC01000000000000000010000000E2A3B1C4D5E6F708192A3B4C5D6E7F80
SUMMARY;LANGUAGE=en-US:Informal discussion / Discussion informelle - EC-06 Skills Policy
DTSTART;TZID=Eastern Standard Time:20251127T150000
DTEND;TZID=Eastern Standard Time:20251127T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T161545Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancel-interview",
        uid="040000008200E00074C5B7101A82E00800000000D2A7C6E04B58DC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
        is_interview=1,
        company="Canadian Housing Affordability Secretariat",
        role="Manager, Housing Policy (EC-07)",
        stage="onsite",
        interviewers="julien.desrosiers@chas-scal.example.ca;rukhsana.ahmed@chas-scal.example.ca",
        trap="cancelled-interview-method-cancel",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_UTC_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Aoife":mailto:aoife.fitzgerald@chas-scal.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Desrosier
 s, Julien":mailto:julien.desrosiers@chas-scal.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ahmed, Ru
 khsana":mailto:rukhsana.ahmed@chas-scal.example.ca
DESCRIPTION;LANGUAGE=en-US:Due to a conflict with Parliamentary committee a
 ppearances\, the interview board for process 2025-CHAS-IA-0093 (Manager\, 
 Housing Policy\, EC-07) must be postponed. A new invitation will follow sh
 ortly.\n\nNous nous excusons de cet inconvénient.\n\nAoife Fitzgerald\nHR 
 Assistant | Adjointe RH\n
UID:040000008200E00074C5B7101A82E00800000000D2A7C6E04B58DC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=en-US:Canceled: EC-07 Interview / Entrevue - Manager\, Housing Policy
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251021T100000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251021T113000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251017T125833Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-interview-board-panel",
        uid="040000008200E00074C5B7101A82E008000000005E3C9A11C25EDC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4",
        is_interview=1,
        company="Canadian Housing Affordability Secretariat",
        role="Manager, Housing Policy (EC-07)",
        stage="onsite",
        interviewers="julien.desrosiers@chas-scal.example.ca;rukhsana.ahmed@chas-scal.example.ca;wei.chen@chas-scal.example.ca",
        trap="gc-board-situational-questions-in-body",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_UTC_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Aoife":mailto:aoife.fitzgerald@chas-scal.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Desrosiers, Julien":mai
 lto:julien.desrosiers@chas-scal.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ahmed, Rukhsana":mailto
 :rukhsana.ahmed@chas-scal.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Wei
 ":mailto:wei.chen@chas-scal.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CHAS-SCAL 1
 2e étage - Salle Rideau (8)":mailto:salle.rideau.12@chas-scal.example.ca
DESCRIPTION;LANGUAGE=en-US:Hello Emilie\,\n\nAs promised\, here is the new 
 date for your interview (process 2025-CHAS-IA-0093\, Manager\, Housing Poli
 cy\, EC-07). The board is Julien Desrosiers (Director General\, Housing Sup
 ply)\, Rukhsana Ahmed (Director\, Affordability Programs) and Wei Chen (Sen
 ior HR Advisor\, observer for the merit criteria).\n\nIn person: 180 Kent S
 treet (fictional tower B)\, 12th floor\, Salle Rideau. Please present your
  ID at the commissionaire desk 15 minutes early. You will receive a situati
 onal scenario on arrival.\n\nBoard members will take notes; answers are ra
 ted against the merit criteria for Leadership\, Judgement and Communicatio
 n.\n\nAoife\n
UID:040000008200E00074C5B7101A82E008000000005E3C9A11C25EDC01000000000000000010000000A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4
SUMMARY;LANGUAGE=en-US:Interview - Entrevue | 2025-CHAS-IA-0093 | E. Tremblay-Singh
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251104T093000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251104T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251022T140702Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHAS-SCAL 12e étage - Salle Rideau (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-LOCATIONS:[]
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final-adm",
        uid="040000008200E00074C5B7101A82E00800000000F7A0D4C3E862DC01000000000000000010000000B0C1D2E3F405162738495A6B7C8D9EAF",
        is_interview=1,
        company="Canadian Housing Affordability Secretariat",
        role="Manager, Housing Policy (EC-07)",
        stage="final",
        interviewers="genevieve.paquette@chas-scal.example.ca",
        trap="adm-final-chat-called-meet-and-greet",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Paquette, Geneviève";SENT-BY="mailto:kofi.mensah@chas-scal.example.ca":mailto:genevieve.paquette@chas-scal.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Tre
 mblay-Singh:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Desrosier
 s, Julien":mailto:julien.desrosiers@chas-scal.example.ca
DESCRIPTION;LANGUAGE=en-US:Meet & greet with the ADM - final step before a 
 staffing decision for the EC-07 Manager\, Housing Policy position (2025-CH
 AS-IA-0093). Geneviève would like to discuss your approach to leading the 
 team and the 2026 housing file. Julien may join.\n\nKofi Mensah on behalf 
 of Geneviève Paquette\, ADM\, Housing Policy Sector\n
UID:040000008200E00074C5B7101A82E00800000000F7A0D4C3E862DC01000000000000000010000000B0C1D2E3F405162738495A6B7C8D9EAF
SUMMARY;LANGUAGE=en-US:Meet & greet - ADM Paquette / E. Tremblay-Singh (EC-07)
DTSTART;TZID=Eastern Standard Time:20251202T160000
DTEND;TZID=Eastern Standard Time:20251202T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T204410Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-allday-take-home",
        uid="6C1F0E2B-9A4D-4F3B-8C71-2E5D9A0B7C44",
        is_interview=1,
        company="Innovation and Regional Economies Canada",
        role="EC-06",
        stage="technical",
        interviewers="",
        trap="hand-typed-allday-take-home-exam",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250922T011457Z
UID:6C1F0E2B-9A4D-4F3B-8C71-2E5D9A0B7C44
DTEND;VALUE=DATE:20250927
TRANSP:TRANSPARENT
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:IREC take-home exam EC-06 (48h) - submit by Fri noon!!
DTSTART;VALUE=DATE:20250925
DTSTAMP:20250922T011520Z
DESCRIPTION:link in GC Jobs msg. 3 questions\, max 1500 words each. cite Ma
 cDonald report. send to irec.dotation-staffing@irec-ierc.example.ca
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:0B7E5C1A-33D2-4E61-9F0A-5C2B8E7D1A90
UID:0B7E5C1A-33D2-4E61-9F0A-5C2B8E7D1A90
TRIGGER;VALUE=DATE-TIME:20250926T130000Z
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-entrevue",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E568DC01000000000000000010000000C7D8E9FA0B1C2D3E4F5A6B7C8D9E0F1A",
        is_interview=1,
        company="Innovation and Regional Economies Canada",
        role="Analyste principal(e) des politiques (EC-06)",
        stage="onsite",
        interviewers="helene.marchand@irec-ierc.example.ca;tomasz.nowak@irec-ierc.example.ca",
        trap="french-only-entrevue-sent-from-staffing-box",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="IREC Dotation-Staffing / IÉRC";SENT-BY="mailto:nadia.ouellet@irec-ierc.example.ca":mailto:irec.dotation-staffing@irec-ierc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Marchand,
  Hélène":mailto:helene.marchand@irec-ierc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nowak, To
 masz":mailto:tomasz.nowak@irec-ierc.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Madame Tremblay-Singh\,\n\nÀ la suite de l'exame
 n à la maison\, nous avons le plaisir de vous convoquer à une entrevue dan
 s le cadre du processus 25-IREC-EA-POL-2231 (Analyste principal(e) des pol
 itiques\, EC-06).\n\nComité d'évaluation : Hélène Marchand (directrice\, P
 olitiques régionales) et Tomasz Nowak (gestionnaire). Durée : 60 minutes\, 
 dont 15 minutes de préparation. Vous pouvez être évaluée dans la langue of
 ficielle de votre choix.\n\nJoindre la réunion Microsoft Teams\nID de réun
 ion : 261 448 905 117\nCode secret : tH3pWk\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E568DC01000000000000000010000000C7D8E9FA0B1C2D3E4F5A6B7C8D9E0F1A
SUMMARY;LANGUAGE=fr-CA:Entrevue - 25-IREC-EA-POL-2231 - EC-06
DTSTART;TZID=Eastern Standard Time:20251016T100000
DTEND;TZID=Eastern Standard Time:20251016T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T152247Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-written-assessment",
        uid="040000008200E00074C5B7101A82E00800000000F0E1D2C3B46ADC01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6",
        is_interview=1,
        company="Fiscal Policy Canada",
        role="Senior Economist / Économiste principal(e), Tax Policy (EC-06)",
        stage="technical",
        interviewers="",
        trap="internal-process-own-domain-room-resource",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Staffing-Dotation TPB-DPI":mailto:tpb.staffing-dotation@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lachance,
  Benoît (FPC/PFC)":mailto:benoit.lachance@fin-canada.example.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="90 Elg
 in 14-221 Laptop cart":mailto:res.laptopcart14@fin-canada.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="90 Elgin 14
 -210 Training Room (20)":mailto:room.14-210@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:*** Internal advertised process 2025-FPC-IA-TPB
 -0178 - Senior Economist / Économiste principal(e)\, Tax Policy Branch (EC
 -06) ***\n\nCandidates screened in are invited to a supervised written ass
 essment (3 hours) in room 14-210. Laptops are provided (no network access)
 . Benoît Lachance will invigilate.\n\nLes candidat(e)s peuvent répondre da
 ns la langue officielle de leur choix.\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B46ADC01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=en-CA:Written assessment - 2025-FPC-IA-TPB-0178 (EC-06)
DTSTART;TZID=Eastern Standard Time:20251029T130000
DTEND;TZID=Eastern Standard Time:20251029T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T173005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:90 Elgin 14-210 Training Room (20)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-internal-interview",
        uid="040000008200E00074C5B7101A82E008000000000A9B8C7D6E70DC01000000000000000010000000E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8",
        is_interview=1,
        company="Fiscal Policy Canada",
        role="Senior Economist / Économiste principal(e), Tax Policy (EC-06)",
        stage="onsite",
        interviewers="patrice.gagnon@fin-canada.example.ca;olivia.brennan@fin-canada.example.ca",
        trap="internal-interview-colleagues-as-board",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Patrice (FPC/PFC)";SENT-BY="mailto:tpb.staffing-dotation@fin-canada.example.ca":mailto:patrice.gagnon@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brennan, Olivia (FPC/PF
 C)":mailto:olivia.brennan@fin-canada.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="90 Elgin 15
 -305 Boardroom (10)":mailto:room.15-305@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Interview for internal process 2025-FPC-IA-TPB-0
 178 (EC-06). Board: Patrice Gagnon (Director\, Personal Income Tax) and Ol
 ivia Brennan (Senior Chief). 10 min prep\, 50 min interview.\n\nNote: this
  process is confidential - please do not discuss with other candidates on
  the floor.\n
UID:040000008200E00074C5B7101A82E008000000000A9B8C7D6E70DC01000000000000000010000000E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8
SUMMARY;LANGUAGE=en-CA:TPB-0178 interview - E. Tremblay-Singh
DTSTART;TZID=Eastern Standard Time:20251119T140000
DTEND;TZID=Eastern Standard Time:20251119T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251112T145901Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:90 Elgin 15-305 Boardroom (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-acting-eoi-chat",
        uid="040000008200E00074C5B7101A82E00800000000B3C4D5E6F772DC01000000000000000010000000A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9",
        is_interview=1,
        company="Fiscal Policy Canada",
        role="Acting Manager (EC-07), Economic Analysis",
        stage="hiring_manager",
        interviewers="rajiv.bhattacharya@fin-canada.example.ca",
        trap="internal-expression-of-interest-acting-chat",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Bhattacharya, Rajiv (FPC/PFC)":mailto:rajiv.bhattacharya@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Hi Emilie - thanks for answering the EOI for the
  4-month acting EC-07 assignment in Economic Analysis (Jan-Apr). I'm meeti
 ng the three people who expressed interest; 30 min\, a few questions on ma
 naging the budget-season workload. No prep needed beyond your EOI.\n\nRaj\n
UID:040000008200E00074C5B7101A82E00800000000B3C4D5E6F772DC01000000000000000010000000A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9
SUMMARY;LANGUAGE=en-CA:EOI - acting EC-07 - chat w/ Emilie
DTSTART;TZID=Eastern Standard Time:20251210T110000
DTEND;TZID=Eastern Standard Time:20251210T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251205T210218Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Raj's office 14-118 / Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-no-vtimezone-ops-interview",
        uid="040000008200E00074C5B7101A82E0080000000019D8E7F6A574DC01000000000000000010000000B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0",
        is_interview=1,
        company="Ontario Ministry of Economic Development and Resilience",
        role="Senior Policy Advisor",
        stage="onsite",
        interviewers="grace.adeyemi@ontario.example.ca;michael.dasilva@ontario.example.ca;lin.zhou@ontario.example.ca",
        trap="ops-panel-utc-label-zone-without-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Adeyemi, Grace (MEDR)":mailto:grace.adeyemi@ontario.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Da Silva,
  Michael (MEDR)":mailto:michael.dasilva@ontario.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zhou, Lin
  (MEDR)":mailto:lin.zhou@ontario.example.ca
DESCRIPTION;LANGUAGE=en-CA:Job ID 231877 - Senior Policy Advisor\, Strategi
 c Policy and Resilience Branch\, Ministry of Economic Development and Resi
 lience\n\nThank you for your interest in working with the Ontario Public S
 ervice. This assessment consists of a 30-minute written exercise followed 
 by a panel interview (60 min). Panel: Grace Adeyemi (Manager)\, Michael Da
  Silva (Senior Policy Advisor)\, Lin Zhou (HR Business Partner).\n\nLocati
 on: 777 Bay Street (fictional)\, 6th floor\, Toronto. Bring two pieces of 
 ID. Please confirm your attendance by replying to this invitation.\n
UID:040000008200E00074C5B7101A82E0080000000019D8E7F6A574DC01000000000000000010000000B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0
SUMMARY;LANGUAGE=en-CA:Interview - Job ID 231877 - Senior Policy Advisor
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251106T100000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251106T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T155044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:777 Bay St\, 6th fl\, Toronto
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-rescheduled-final",
        uid="040000008200E00074C5B7101A82E00800000000C5D6E7F8A977DC01000000000000000010000000C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1",
        is_interview=1,
        company="Ontario Ministry of Economic Development and Resilience",
        role="Senior Policy Advisor",
        stage="final",
        interviewers="sandeep.kaur-gill@ontario.example.ca;grace.adeyemi@ontario.example.ca",
        trap="rescheduled-sequence-2-new-time",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_UTC_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="Adeyemi, Grace (MEDR)":mailto:grace.adeyemi@ontario.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kaur-Gill
 , Sandeep (MEDR)":mailto:sandeep.kaur-gill@ontario.example.ca
DESCRIPTION;LANGUAGE=en-CA:** UPDATED TIME - the ADM's schedule changed. Ap
 ologies for moving this twice. **\n\nFinal conversation with Sandeep Kaur-
 Gill\, Assistant Deputy Minister\, Strategic Policy Division\, for Job ID 
 231877 (Senior Policy Advisor). Grace Adeyemi will also attend.\n\n_______
 _________________________________________________________________________\n
 Microsoft Teams meeting\nJoin on your computer\, mobile app or room device
 \nMeeting ID: 249 880 301 566\nPasscode: rE4nUu\nOr call in (audio only)\n+
 1 416-555-0198\,\,773104556#   Canada\, Toronto\n\nFor organizers: Meeting 
 options\n__________________________________________________________________
 ______________\n
UID:040000008200E00074C5B7101A82E00800000000C5D6E7F8A977DC01000000000000000010000000C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1
SUMMARY;LANGUAGE=en-CA:Updated: Final conversation - Job ID 231877 - ADM Kaur-Gill
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251124T083000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251124T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251119T222730Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:-1938812260
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-founder-gmail",
        uid="c5e0d2a8-4b31-4f7e-9a6c-1d8f3e2b7a55",
        is_interview=1,
        company="Laurentian Policy Forum",
        role="Senior Fellow, Fiscal Federalism",
        stage="hiring_manager",
        interviewers="dana.whitcombe.lpf@gmail.com",
        trap="calendly-founder-free-mail-chat",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251001T173000Z
DTEND:20251001T180000Z
DTSTAMP:20250926T143112Z
ORGANIZER;CN=Dana Whitcombe:mailto:dana.whitcombe.lpf@gmail.com
UID:c5e0d2a8-4b31-4f7e-9a6c-1d8f3e2b7a55
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Emilie
  Tremblay-Singh;X-NUM-GUESTS=0:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dana W
 hitcombe;X-NUM-GUESTS=0:mailto:dana.whitcombe.lpf@gmail.com
DESCRIPTION:Event Name: Senior Fellow - first conversation (30 min)\n\nLoca
 tion: This is a Zoom web conference.\nhttps://zoom.example.us/j/84412093377
 ?pwd=LPFdana\n\nPlease share anything that will help prepare for our meeti
 ng.: I applied via the LPF website for the Senior Fellow\, Fiscal Federali
 sm position. Happy to talk about my equalization work.\n\nNeed to make cha
 nges to this event?\nCancel: https://calendly.example.com/cancellations/c5
 e0d2a8\nReschedule: https://calendly.example.com/reschedulings/c5e0d2a8\n\n
 Powered by Calendly.com
LOCATION:https://zoom.example.us/j/84412093377?pwd=LPFdana
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Senior Fellow - first conversation (30 min) between Dana Whitcombe 
 and Emilie Tremblay-Singh
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-floating-writing-test",
        uid="7d3f61b0-2c8e-4a19-b5f4-0e6a9c2d8f13",
        is_interview=1,
        company="Laurentian Policy Forum",
        role="Senior Fellow, Fiscal Federalism",
        stage="technical",
        interviewers="",
        trap="hand-typed-floating-writing-exercise",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251006T004117Z
LAST-MODIFIED:20251006T004209Z
DTSTAMP:20251006T004209Z
UID:7d3f61b0-2c8e-4a19-b5f4-0e6a9c2d8f13
SUMMARY:LPF writing test - op-ed 800 wds\, 3h window (Dana sends prompt @ 9)
DTSTART:20251011T090000
DTEND:20251011T120000
DESCRIPTION:Sat morning. laptop charged\, no distractions. Topic will be fi
 scal fed / transfers. send back to Dana by 12:00 sharp
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-board-final",
        uid="3ub1q9n2f7lk0c4ms8ovp6e5rd@google.com",
        is_interview=1,
        company="Laurentian Policy Forum",
        role="Senior Fellow, Fiscal Federalism",
        stage="final",
        interviewers="dana.whitcombe.lpf@gmail.com;r.okafor@laurentianforum.example.org;m.beaulieu@laurentianforum.example.org",
        trap="google-invite-board-members-meet",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251023T140000
DTEND;TZID=America/Toronto:20251023T150000
DTSTAMP:20251016T191844Z
ORGANIZER;CN=Dana Whitcombe:mailto:dana.whitcombe.lpf@gmail.com
UID:3ub1q9n2f7lk0c4ms8ovp6e5rd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Dana Whitcombe;X-NUM-GUESTS=0:mailto:dana.whitcombe.lpf@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Ruth Okafor;X-NUM-GUESTS=0:mailto:r.okafor@laurentianforum.example
 .org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Mathieu Beaulieu;X-NUM-GUESTS=0:mailto:m.beaulieu@laurentianforum.
 example.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.tremblaysingh@outlook.com;X-NUM-GUESTS=0:mailto:emilie.trem
 blaysingh@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/lpf-bdmt-qxz
CREATED:20251016T191843Z
DESCRIPTION:Emilie - thanks for the excellent op-ed. Last step: a conversat
 ion with two of our board members (Ruth chairs the research committee\, Ma
 thieu is treasurer). We'll ask about your research agenda for year one.\n
 \n-D\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/lpf-bdmt-qxz\n
 Or dial: (CA) +1 647-555-0112 PIN: 493 201 778#\n\nLearn more about Meet a
 t: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit
  this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~::~:~::-\n\nInvitation from Google Calendar: https://calendar.goo
 gle.com/calendar/\n\nYou are receiving this email because you are an atten
 dee on the event. To stop receiving future updates for this event\, declin
 e this event.\n\nForwarding this invitation could allow any recipient to s
 end a response to the organizer\, be added to the guest list\, invite othe
 rs regardless of their own invitation status\, or modify your RSVP.
LAST-MODIFIED:20251016T191844Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:LPF - conversation w/ board members (Emilie T-S)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-modelling-exercise",
        uid="040000008200E00074C5B7101A82E00800000000D6E7F8A9B079DC01000000000000000010000000D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2",
        is_interview=1,
        company="Office of the Fiscal Accountability Officer",
        role="Senior Analyst, Economic and Fiscal Analysis",
        stage="technical",
        interviewers="",
        trap="modelling-exercise-called-exercise-not-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="OFAO Careers / Carrières BDRF":mailto:careers-carrieres@ofao-bdrf.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=en-CA:Modelling exercise - Senior Analyst\, Economic a
 nd Fiscal Analysis (process OFAO-2025-17)\n\nAt the start time you will re
 ceive a dataset (Excel) and a short brief. You will have 2 hours to produc
 e a cost estimate and a one-page note for parliamentarians. Excel or R acc
 epted. Submit by reply to this address.\n\nExercice de modélisation - Anal
 yste principal(e). Vous pouvez répondre en français ou en anglais.\n
UID:040000008200E00074C5B7101A82E00800000000D6E7F8A9B079DC01000000000000000010000000D7E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2
SUMMARY;LANGUAGE=en-CA:OFAO-2025-17 - Modelling exercise / Exercice de modélisation
DTSTART;TZID=Eastern Standard Time:20250930T130000
DTEND;TZID=Eastern Standard Time:20250930T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250924T130515Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Remote / À distance
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-x-alt-desc-presentation",
        uid="040000008200E00074C5B7101A82E00800000000E7F8A9B0C17BDC01000000000000000010000000E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3",
        is_interview=1,
        company="Office of the Fiscal Accountability Officer",
        role="Senior Analyst, Economic and Fiscal Analysis",
        stage="onsite",
        interviewers="yvonne.leclerc@ofao-bdrf.example.ca;samuel.osei@ofao-bdrf.example.ca",
        trap="presentation-to-panel-html-alt-desc",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="OFAO Careers / Carrières BDRF":mailto:careers-carrieres@ofao-bdrf.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Leclerc, Yvonne":mailto
 :yvonne.leclerc@ofao-bdrf.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Osei, Samuel":mailto:sa
 muel.osei@ofao-bdrf.example.ca
DESCRIPTION;LANGUAGE=en-CA:Presentation and interview - OFAO-2025-17\n\nPle
 ase prepare a 10-minute presentation of your modelling exercise results\, 
 followed by 45 minutes of questions from Yvonne Leclerc (Director\, Costin
 g) and Samuel Osei (Senior Analyst).\n\nLocation: 99 Bank St (fictional)\,
  room 1020.\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p><b>Presentation and interview 
 - OFAO-2025-17</b></p><p>Please prepare a 10-minute presentation of your m
 odelling exercise results\, followed by 45 minutes of questions from Yvonn
 e Leclerc (Director\, Costing) and Samuel Osei (Senior Analyst).</p><p>Loc
 ation: 99 Bank St (fictional)\, room 1020.</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000E7F8A9B0C17BDC01000000000000000010000000E8F9A0B1C2D3E4F5A6B7C8D9E0F1A2B3
SUMMARY;LANGUAGE=en-CA:OFAO-2025-17 - Presentation & interview
DTSTART;TZID=Eastern Standard Time:20251015T093000
DTEND;TZID=Eastern Standard Time:20251015T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251007T120049Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:99 Bank St\, room 1020
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-hand-typed-french",
        uid="A93E5F27-1D64-4C0B-B8E2-7F6C3D9A1E58",
        is_interview=1,
        company="Office of the Fiscal Accountability Officer",
        role="",
        stage="",
        interviewers="Yvonne",
        trap="terse-hand-typed-french-abbrev-unclear-stage",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
{MONTREAL_APPLE}
BEGIN:VEVENT
CREATED:20251024T020312Z
UID:A93E5F27-1D64-4C0B-B8E2-7F6C3D9A1E58
DTEND;TZID=America/Montreal:20251029T084500
TRANSP:OPAQUE
SUMMARY:BDRF - 2e entrevue?? (Yvonne rappelle)
DTSTART;TZID=America/Montreal:20251029T081500
DTSTAMP:20251024T020340Z
SEQUENCE:0
DESCRIPTION:tel. cell - garder 30 min libre
BEGIN:VALARM
X-WR-ALARMUID:44D2A3F1-0B9C-4E7D-9A2E-8C5F1B6D3E70
UID:44D2A3F1-0B9C-4E7D-9A2E-8C5F1B6D3E70
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Event reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
]
