"""holdout227 events, part D: Nordhavn (TimeRex), Kinsale (agency), ATS singles in several languages."""

EVENTS = [
    # TimeRex booking (Japanese scheduling tool) made by the user from the HR link.
    dict(
        kind="timerex",
        uid="timerex-5b1c9d70-3e2a-47f8-b6d4-90e1a2c3f8b7",
        interview=1,
        company="Nordhavn Shipping",
        role="Logistics & Demand Planning Manager",
        stage="recruiter_screen",
        interviewers="k.ishida@nordhavn.co.jp",
        trap="timerex-booking-hr-interview",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TimeRex//TimeRex Calendar//JA
METHOD:REQUEST
BEGIN:VEVENT
UID:timerex-5b1c9d70-3e2a-47f8-b6d4-90e1a2c3f8b7
DTSTAMP:20250926T104417Z
DTSTART:20251001T030000Z
DTEND:20251001T034500Z
SUMMARY:【Nordhavn Shipping Japan】面接（人事）/ 渡辺 健二 様
ORGANIZER;CN=石田 かおり:mailto:k.ishida@nordhavn.co.jp
ATTENDEE;CN=渡辺 健二;PARTSTAT=ACCEPTED:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;CN=石田 かおり;PARTSTAT=ACCEPTED:mailto:k.ishida@nordhavn.co.jp
LOCATION:https://meet.google.com/hqa-vmzk-rtn
DESCRIPTION:TimeRexで日程が確定しました。\n\nカレンダー名：Nordhavn 中途採用面接
 （人事）\n予約者：渡辺 健二\nメール：kenji.watanabe.scm@gmail.com\n応募ポジショ
 ン：Logistics & Demand Planning Manager\n\nGoogle Meet：https://meet.google.c
 om/hqa-vmzk-rtn\n\n日程の変更・キャンセル：https://timerex.net/s/nordhavn_hr/c
 ancel/5b1c9d70\n\nPowered by TimeRex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Nordhavn final with the country manager, Outlook, Danish organiser.
    dict(
        kind="outlook-onsite",
        uid="040000008200E00074C5B7101A82E00800000000B9E31F0AC44ADC010000000000000000100000003A7C9D12E5F0B6449F82",
        interview=1,
        company="Nordhavn Shipping",
        role="Logistics & Demand Planning Manager",
        stage="final",
        interviewers="mads.kjaergaard@nordhavn.com",
        trap="outlook-final-country-manager-onsite",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Ishida, Kaori":mailto:k.ishida@nordhavn.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kjærgaard, Ma
 ds":mailto:mads.kjaergaard@nordhavn.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
DESCRIPTION;LANGUAGE=ja-JP:渡辺様\n\n最終面接のご案内です。\n面接官：Mads Kjærgaa
 rd（Country Manager Japan）※英語での面接となります\n場所：当社 浜松町オフィス
  22F（受付でお名前をお伝えください）\n\nI look forward to meeting you in person.
  – Mads\n\n石田
UID:040000008200E00074C5B7101A82E00800000000B9E31F0AC44ADC01000000000000000
 0100000003A7C9D12E5F0B6449F82
SUMMARY;LANGUAGE=ja-JP:最終面接：渡辺 健二 様（Logistics & DP Manager）
DTSTART;TZID=Tokyo Standard Time:20251027T163000
DTEND;TZID=Tokyo Standard Time:20251027T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T003318Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:浜松町オフィス 22F
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Kinsale via an agency: hiring-manager interview, employer named, Webex.
    dict(
        kind="agency-webex",
        uid="3f9e2d1c0b8a4765@webex.com",
        interview=1,
        company="Kinsale Spirits",
        role="Supply Chain Manager",
        stage="hiring_manager",
        interviewers="Fiona Doyle",
        trap="agency-arranged-webex-hm-interview",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:3f9e2d1c0b8a4765@webex.com
DTSTAMP:20251015T061500Z
DTSTART;TZID=Asia/Tokyo:20251021T070000
DTEND;TZID=Asia/Tokyo:20251021T080000
SUMMARY:Kinsale Spirits Japan – Interview with Fiona Doyle (Kenji Watanab
 e)
ORGANIZER;CN=Daisuke Hayama (Crestline Partners):mailto:d.hayama@crestline
 -partners.jp
ATTENDEE;CN=kenji.watanabe.scm@gmail.com;RSVP=TRUE:mailto:kenji.watanabe.
 scm@gmail.com
LOCATION:Webex
DESCRIPTION:Kenji-san\,\n\nConfirmed: interview with Fiona Doyle\, Operati
 ons Director (based in Dublin\, joining at 7am JST / 11pm Irish time – s
 he kindly offered the late slot). She is the hiring manager for the Suppl
 y Chain Manager role at Kinsale Spirits Japan.\nFocus: import planning\,
  bonded warehouse\, duty-paid stock\, long lead times from Ireland.\n\nDai
 suke\nCrestline Partners – Consumer & Industrial\n\n-- Do not delete or c
 hange any of the following text. --\nJoin meeting\nhttps://crestline.webex
 .com/crestline/j.php?MTID=m8a2b6c0e41f97d3\nMeeting number: 2634 119 8872
 \nPassword: KSJ2025\nJoin by phone: +81-3-6453-1118 Japan Toll\nAccess cod
 e: 263 411 98872
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Kinsale final: the user's own Google entry, written in romaji + kanji.
    dict(
        kind="google-typed",
        uid="1ms8kd0e3v5qa9hx2n4c7p6jtb@google.com",
        interview=1,
        company="Kinsale Spirits",
        role="",
        stage="final",
        interviewers="",
        trap="typed-saishuu-mensetsu-kanji",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:kenji.watanabe.scm@gmail.com
X-WR-TIMEZONE:Asia/Tokyo
BEGIN:VEVENT
DTSTART:20251105T013000Z
DTEND:20251105T023000Z
DTSTAMP:20260201T040211Z
UID:1ms8kd0e3v5qa9hx2n4c7p6jtb@google.com
CREATED:20251029T084512Z
DESCRIPTION:CD + Fiona(remote). Hayama-san call 11/4 evening for taisaku.
LAST-MODIFIED:20251029T084512Z
LOCATION:Kinsale 六本木 (Izumi Garden 9F)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kinsale 最終面接
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Ashby, video interview with the hiring manager.
    dict(
        kind="ashby",
        uid="ashby-3c0e1f7a-2d59-4b8e-9a16-c84f5e02d731@ashbyhq.com",
        interview=1,
        company="Fieldstone Robotics",
        role="Supply Planning Manager (Service Parts)",
        stage="hiring_manager",
        interviewers="noah.berg@fieldstonerobotics.com",
        trap="ashby-hiring-manager-video",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-3c0e1f7a-2d59-4b8e-9a16-c84f5e02d731@ashbyhq.com
DTSTAMP:20251020T181520Z
DTSTART:20251023T000000Z
DTEND:20251023T004500Z
SUMMARY:Kenji Watanabe <> Noah Berg – Hiring Manager Interview
ORGANIZER;CN=Fieldstone Robotics:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;CN=Noah Berg;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:noah.b
 erg@fieldstonerobotics.com
LOCATION:https://meet.google.com/rwo-ytfp-ajk
DESCRIPTION:Interview for Supply Planning Manager (Service Parts) – Tokyo
 \n\nInterviewer: Noah Berg\, Director\, Global Service Parts Planning (Bos
 ton)\nDuration: 45 minutes\n\nJoin: https://meet.google.com/rwo-ytfp-ajk\n
 \nNeed to reschedule? https://app.ashbyhq.com/reschedule/9b1f3e\n\nSent w
 ith Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # SuccessFactors (German chemicals company), interview with HR + manager.
    dict(
        kind="successfactors",
        uid="SF-INTERVIEW-OSTBAHN-77412-0193",
        interview=1,
        company="Ostbahn Chemie",
        role="Supply Chain Planning Manager (Specialty Chemicals)",
        stage="",
        interviewers="mio.hasegawa@ostbahn-chemie.com;felix.brandt@ostbahn-chemie.com",
        trap="successfactors-interview-scheduling-candidate",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:SF-INTERVIEW-OSTBAHN-77412-0193
DTSTAMP:20251103T023355Z
DTSTART;TZID=Asia/Tokyo:20251110T100000
DTEND;TZID=Asia/Tokyo:20251110T110000
SUMMARY:Interview: Supply Chain Planning Manager (Specialty Chemicals) - Ke
 nji Watanabe
ORGANIZER;CN=Ostbahn Chemie Recruiting:mailto:ostbahn@successfactors.eu
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kenji.wat
 anabe.scm@gmail.com
ATTENDEE;CN=Mio Hasegawa;ROLE=REQ-PARTICIPANT:mailto:mio.hasegawa@ostbahn-c
 hemie.com
ATTENDEE;CN=Felix Brandt;ROLE=REQ-PARTICIPANT:mailto:felix.brandt@ostbahn-
 chemie.com
LOCATION:Ostbahn Chemie Japan\, Shinagawa Grand Central Tower 15F
DESCRIPTION:Dear Kenji Watanabe\,\n\nYou have been scheduled for an interv
 iew for Requisition 77412 – Supply Chain Planning Manager (Specialty Chem
 icals).\n\nInterview panel: Mio Hasegawa (HR Business Partner)\; Felix Br
 andt (Head of Supply Chain Japan)\n\nPlease accept or decline this invitat
 ion via the Candidate Profile.\n\nOstbahn Chemie Japan K.K. | Recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Teamtailor invite in French.
    dict(
        kind="teamtailor",
        uid="teamtailor-meeting-4417290@teamtailor.com",
        interview=1,
        company="Maison Verlaine",
        role="Responsable Planification de la Demande – Japon",
        stage="hiring_manager",
        interviewers="camille.roussel@maison-verlaine.fr",
        trap="teamtailor-french-entretien-manager",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//FR
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:teamtailor-meeting-4417290@teamtailor.com
DTSTAMP:20251028T095012Z
DTSTART;TZID=Europe/Paris:20251104T090000
DTEND;TZID=Europe/Paris:20251104T100000
SUMMARY:Entretien – Responsable Planification de la Demande Japon – Kenji
  Watanabe
ORGANIZER;CN=Maison Verlaine:mailto:notifications@teamtailor-mail.com
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.wa
 tanabe.scm@gmail.com
ATTENDEE;CN=Camille Roussel;PARTSTAT=ACCEPTED:mailto:camille.roussel@maiso
 n-verlaine.fr
LOCATION:Google Meet
DESCRIPTION:Bonjour Kenji\,\n\nNous avons le plaisir de vous confirmer vot
 re entretien avec Camille Roussel\, Directrice Supply Chain Asie\, pour le
  poste de Responsable Planification de la Demande – Japon.\nL'entretien se
  déroulera en anglais. Heure de Paris : 9h00 (17h00 à Tokyo).\n\nLien : ht
 tps://meet.google.com/fzu-ekrd-qpa\n\nÀ très bientôt\,\nL'équipe Talents\
 , Maison Verlaine
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Workable invite in Spanish.
    dict(
        kind="workable",
        uid="workable-event-8d3e5a21f0c74b96@workable.com",
        interview=1,
        company="Grupo Alvarado",
        role="Demand Planning Manager – Japón",
        stage="recruiter_screen",
        interviewers="lucia.ortega@grupoalvarado.es",
        trap="workable-spanish-entrevista",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-8d3e5a21f0c74b96@workable.com
DTSTAMP:20250930T151133Z
DTSTART:20251006T080000Z
DTEND:20251006T083000Z
SUMMARY:Entrevista telefónica: Demand Planning Manager – Japón (Kenji Wat
 anabe)
ORGANIZER;CN=Lucía Ortega:mailto:lucia.ortega@grupoalvarado.es
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:kenji.watanabe.scm@gmail.com
LOCATION:Llamada por Microsoft Teams
DESCRIPTION:Hola Kenji\,\n\nGracias por tu interés en Grupo Alvarado. Te c
 onfirmo una primera entrevista (30 min) conmigo para conocer tu experienc
 ia en planificación de la demanda y el mercado japonés. La conversación s
 erá en inglés.\n\nHora: 10:00 (Madrid) / 17:00 (Tokio)\n\nUn saludo\,\nLucí
 a Ortega\nTalent Acquisition – Grupo Alvarado Alimentación\n\nEnviado con
  Workable
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
