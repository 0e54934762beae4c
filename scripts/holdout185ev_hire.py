"""holdout185 events: Léa on the HIRING side at her own institute (all negatives)."""

from holdout185ev_tz import W_EUROPE, ZURICH, ev

EVENTS = [
    ev("izb-job-talk-host", "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000044",
       0, "", "", "", "", "user-as-interviewer-hosts-visiting-candidate-job-talk",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Sekretariat IZB:mailto:sekretariat@izb.uzh.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Morel Léa:mailto:lea.morel@izb.uzh.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=izb-all:mailto:izb-all@lists.uzh.ch
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Y03-G-85 Hörsaal:mailto:irchel-y03g85@uzh.ch
DESCRIPTION;LANGUAGE=de-CH:Liebe Alle\,\n\nim Rahmen des Berufungsverfahrens Assistenzprofessur Zellbio
 logie (Tenure Track) hält Dr. Tomás Ferreira (Gulbenkian\, Oeiras) einen öffentlichen Vortrag:\n«Memb
 rane contact sites in stress signalling»\n\nHost: Dr. Léa Morel. Alle Institutsangehörigen sind herzli
 ch eingeladen. Feedbackbogen für Mittelbau und Studierende liegt am Eingang auf.\n\nSekretariat IZB
UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DB0100000000000000001000000044
SUMMARY;LANGUAGE=de-CH:Berufungsvortrag: Dr. Tomás Ferreira (Assistenzprofessur Zellbiologie)
DTSTART;TZID=W. Europe Standard Time:20250219T121500
DTEND;TZID=W. Europe Standard Time:20250219T131500
DTSTAMP:20250205T083000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Y03-G-85
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-lunch-with-candidate", "A77C1E20-3B4F-4D8A-9E61-0F2B3C4D5E60", 0, "", "", "", "",
       "user-as-interviewer-lunch-with-visiting-candidate",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:A77C1E20-3B4F-4D8A-9E61-0F2B3C4D5E60
DTSTAMP:20250214T081100Z
DTSTART;TZID=Europe/Zurich:20250219T131500
DTEND;TZID=Europe/Zurich:20250219T143000
SUMMARY:Lunch w/ Tomás Ferreira (cand.) + 2 PhDs
LOCATION:Mensa Irchel (obere)
DESCRIPTION:pick him up after talk\, Y03. then bring to Martin's office 14:30. ask about teaching pla
 ns + what he needs in terms of space – Kommission wants Mittelbau impression
END:VEVENT
END:VCALENDAR
"""),
    ev("berufungskommission-shortlist", "uzh-mnf-bk-zb-2024-sitzung3@uzh.ch", 0, "", "", "", "",
       "user-as-interviewer-berufungskommission-sitting-mittelbau-rep",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:uzh-mnf-bk-zb-2024-sitzung3@uzh.ch
DTSTAMP:20250108T100000Z
DTSTART;TZID="W. Europe Standard Time":20250128T080000
DTEND;TZID="W. Europe Standard Time":20250128T100000
SUMMARY:3. Sitzung Berufungskommission Assistenzprofessur Zellbiologie – Shortlist
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)";ROLE=REQ-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN="Gut, Andrea (MNF Dekanat)";ROLE=REQ-PARTICIPANT:mailto:andrea.gut@mnf.uzh.ch
ATTENDEE;CN="Studer, Pia (Gleichstellung)";ROLE=OPT-PARTICIPANT:mailto:pia.studer@uzh.ch
LOCATION:Y13-K-34 / Teams
DESCRIPTION:Traktanden:\n1. Protokoll 2. Sitzung\n2. Diskussion der 14 Bewerbungen in der engeren Wahl
 \n3. Festlegung der Einladungen zu Probevorträgen (max. 5)\n4. Gutachter:innen\n\nUnterlagen: Berufun
 gsportal\, Ordner «Sitzung 3». Vertraulich.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("probevortraege-day", "uzh-mnf-bk-zb-2024-pv-tag1@uzh.ch", 0, "", "", "", "",
       "user-as-interviewer-probevortraege-day-all-day-committee-member",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:uzh-mnf-bk-zb-2024-pv-tag1@uzh.ch
DTSTAMP:20250115T090000Z
DTSTART;VALUE=DATE:20250219
DTEND;VALUE=DATE:20250220
SUMMARY:Probevorträge & Kommissionsgespräche Tag 1 (Ferreira\, Lindholm) – ganztags
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)";ROLE=REQ-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN=Berufungskommission ZB:mailto:bk-zellbiologie@lists.uzh.ch
DESCRIPTION:Ganztägig reservieren. 12:15 / 15:00 öffentliche Vorträge\, danach jeweils Gespräch der Kom
 mission mit der Kandidatin / dem Kandidaten (Y13-K-34). Fragenkatalog und Bewertungsraster im Portal.
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("bewertung-deadline", "0b8f6a52-izb-bk-bewertung@uzh.ch", 0, "", "", "", "",
       "user-as-interviewer-scoring-form-deadline",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
BEGIN:VEVENT
UID:0b8f6a52-izb-bk-bewertung@uzh.ch
DTSTAMP:20250219T180000Z
DTSTART;VALUE=DATE:20250221
DTEND;VALUE=DATE:20250222
SUMMARY:Bewertungsraster Kandidierende (Tag 1+2) im Berufungsportal ausfüllen
DESCRIPTION:Kriterien: Forschung\, Lehre\, Passung Institut\, Führung. Kommentarfeld Mittelbau nicht ve
 rgessen. Frist Fr 12:00.
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("rotation-interviews-msc", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000001000000055",
       0, "", "", "", "", "user-as-interviewer-msc-rotation-interviews-three-students",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Morel, Léa (IZB)":mailto:lea.morel@izb.uzh.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Schnyder, Luca (IZB)":mailto:luca.schnyder@izb.uzh.ch
DESCRIPTION;LANGUAGE=en-US:Rotation applicants (MSc Molecular Life Sciences\, spring block):\n13:30 J.
  Baumann\n14:00 C. Rossi\n14:30 S. Yilmaz\n15:00 short discussion – we can take 2.\nCVs on the lab dr
 ive /admin/rotations/2025.
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000001000000055
SUMMARY;LANGUAGE=en-US:Rotation interviews (3 MSc students)
DTSTART;TZID=W. Europe Standard Time:20250116T133000
DTEND;TZID=W. Europe Standard Time:20250116T153000
DTSTAMP:20250109T170000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Y13-J-28 (Vogel lab office)
END:VEVENT
END:VCALENDAR
"""),
    ev("candidate-reply-accepted", "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000001000000066",
       0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply-from-gmail",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250116T130000Z
DTEND:20250116T133000Z
DTSTAMP:20250110T074512Z
ORGANIZER;CN=Morel Léa (IZB):mailto:lea.morel@izb.uzh.ch
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000001000000066
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonas Baumann;X-NUM-GUESTS=0:mai
 lto:jonas.baumann98@gmail.com
CREATED:20250109T170102Z
DESCRIPTION:Jonas Baumann has accepted this invitation.
LAST-MODIFIED:20250110T074512Z
LOCATION:Y13-J-28 (Vogel lab office)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Rotation interview – Jonas Baumann / Vogel lab @ Thu 16 Jan 2025 14:30 - 15:00 (CET)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("calendly-host-rotation", "e6a1c2d3-calendly-lmorel-rotation-chiara", 0, "", "", "", "",
       "user-as-interviewer-calendly-host-rotation-slot",
       r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:e6a1c2d3-calendly-lmorel-rotation-chiara
DTSTAMP:20250106T191900Z
DTSTART:20250109T090000Z
DTEND:20250109T091500Z
SUMMARY:Chiara Rossi and Léa Morel
ORGANIZER;CN=Léa Morel:mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN=Chiara Rossi;PARTSTAT=ACCEPTED:mailto:chiara.rossi.bio@outlook.com
LOCATION:Zoom – https://uzh.zoom.us/j/64110290331
DESCRIPTION:Event Name: Lab rotation – 15 min intro (Vogel lab)\n\nInvitee: Chiara Rossi\nInvitee Emai
 l: chiara.rossi.bio@outlook.com\n\nQuestions:\nWhich project interests you?: ER stress reporter scree
 n\nAvailable from: March 2025\n\nPowered by Calendly.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("technician-vorstellungsgespraech", "uzh-izb-vg-blab-2025-keller@uzh.ch", 0, "", "", "", "",
       "user-as-interviewer-technician-vorstellungsgespraech-with-pi",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:uzh-izb-vg-blab-2025-keller@uzh.ch
DTSTAMP:20250303T150000Z
DTSTART;TZID="W. Europe Standard Time":20250311T100000
DTEND;TZID="W. Europe Standard Time":20250311T110000
SUMMARY:Vorstellungsgespräch Biologielaborantin EFZ (80%) – Frau N. Keller
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)";ROLE=REQ-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN="Frick, Sandra (HR MNF)";ROLE=REQ-PARTICIPANT:mailto:sandra.frick@hr.uzh.ch
LOCATION:Y13-J-28
DESCRIPTION:Léa übernimmt den fachlichen Teil (Zellkultur\, qPCR\, Western)\, Sandra HR-Fragen\, ich
  Einleitung. Dossier im Anhang.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("schnuppertag-supervision", "uzh-izb-schnupper-keller-0318@uzh.ch", 0, "", "", "", "",
       "user-as-interviewer-trial-day-schnuppertag-supervisor",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:uzh-izb-schnupper-keller-0318@uzh.ch
DTSTAMP:20250312T083000Z
DTSTART;TZID=Europe/Zurich:20250318T080000
DTEND;TZID=Europe/Zurich:20250318T163000
SUMMARY:Schnuppertag N. Keller (Laborantin) – Betreuung Léa
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)";ROLE=REQ-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
LOCATION:Labor Y13-J-30
DESCRIPTION:Bitte Laborkittel/Badge organisieren. Vormittag Zellkultur mit Léa\, Nachmittag Western Bl
 ot. Kurzes Feedback an mich bis 17 Uhr.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("agency-presents-candidate", "adecco-ch-kv-2025-03-7781@adecco.ch", 0, "", "", "", "",
       "user-as-interviewer-agency-presents-temp-technician",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:adecco-ch-kv-2025-03-7781@adecco.ch
DTSTAMP:20250304T101500Z
DTSTART;TZID="W. Europe Standard Time":20250306T161500
DTEND;TZID="W. Europe Standard Time":20250306T164500
SUMMARY:Kandidatenvorstellung temporäre Laborant:in – Adecco / UZH IZB
ORGANIZER;CN="Brunner, Silvia":mailto:silvia.brunner@adecco.ch
ATTENDEE;CN="Morel, Léa (IZB)";ROLE=REQ-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
LOCATION:Teams
DESCRIPTION:Guten Tag Frau Dr. Morel\, wie besprochen stelle ich Ihnen Herrn D. Marti (Biologielaborant
  EFZ\, verfügbar ab 1.4.\, 6 Monate) vor. Sie können ihm gerne direkt Ihre Fragen stellen. Freundliche
  Grüsse\, Silvia Brunner\, Adecco Life Science Zürich
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("debrief-laborant", "2c7b9d10-izb-debrief-lab@uzh.ch", 0, "", "", "", "",
       "user-as-interviewer-debrief-technician-candidates",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:2c7b9d10-izb-debrief-lab@uzh.ch
DTSTAMP:20250318T170000Z
DTSTART;TZID="W. Europe Standard Time":20250320T083000
DTEND;TZID="W. Europe Standard Time":20250320T090000
SUMMARY:Debrief TA candidates (Keller / Marti) – decision
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)":mailto:lea.morel@izb.uzh.ch
LOCATION:Martin's office
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("phd-program-evaluator", "lszgs-mls-selection-2025-panel-b@lifescience-graduateschool.uzh.ch", 0, "", "", "",
       "", "user-as-interviewer-phd-program-selection-evaluator",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:lszgs-mls-selection-2025-panel-b@lifescience-graduateschool.uzh.ch
DTSTAMP:20250124T120000Z
DTSTART;TZID=Europe/Zurich:20250212T090000
DTEND;TZID=Europe/Zurich:20250212T170000
SUMMARY:MLS PhD selection – Interview panel B (evaluator)
ORGANIZER;CN=Life Science Zurich Graduate School:mailto:mls-admissions@lifescience-graduateschool.uzh.ch
ATTENDEE;CN=Léa Morel;ROLE=REQ-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
LOCATION:ETH Hönggerberg HPL J 32
DESCRIPTION:Dear evaluator\,\nThank you for joining panel B. You will interview 9 applicants (20 min ea
 ch). Please submit scores in the evaluation tool at the end of each slot.\nMLS admissions office
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-candidate-notes", "C0FFEE11-2233-4455-6677-8899AABBCCDD", 0, "", "", "", "",
       "user-as-interviewer-handtyped-notes-on-rotation-candidates",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
BEGIN:VEVENT
UID:C0FFEE11-2233-4455-6677-8899AABBCCDD
DTSTAMP:20250116T154000Z
DTSTART;VALUE=DATE:20250116
DTEND;VALUE=DATE:20250117
SUMMARY:notes rotation int.
DESCRIPTION:Jonas – v good cloning\, shy\, knows Gibson\; Chiara – strong motivation\, no cell cult
 ure yet\; Sevda – clear best on imaging. -> Martin: take Sevda + Chiara?
END:VEVENT
END:VCALENDAR
"""),
    ev("shadowing-postdoc-panel", "ad3e1f02-vogel-lab-pd-panel@uzh.ch", 0, "", "", "", "",
       "user-as-interviewer-shadowing-postdoc-panel-observer",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:ad3e1f02-vogel-lab-pd-panel@uzh.ch
DTSTAMP:20250402T090000Z
DTSTART;TZID="W. Europe Standard Time":20250409T150000
DTEND;TZID="W. Europe Standard Time":20250409T160000
SUMMARY:Postdoc candidate A. Bello – panel (Léa to shadow)
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)";ROLE=OPT-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN="Suter, Karin (IZB)":mailto:karin.suter@izb.uzh.ch
LOCATION:Teams
DESCRIPTION:Léa – good practice for your own future hiring: just observe\, no questions needed. We'll
  talk after.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("umantis-interview-kit", "umantis-uzh-78123-interview-3@uzh.umantis.com", 0, "", "", "", "",
       "user-as-interviewer-ats-interview-kit-postdoc-position",
       r"""BEGIN:VCALENDAR
PRODID:-//Haufe-umantis AG//Talent Management//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:umantis-uzh-78123-interview-3@uzh.umantis.com
DTSTAMP:20250402T093000Z
DTSTART:20250410T070000Z
DTEND:20250410T080000Z
SUMMARY:Interview: Postdoc in Cell Biology (80-100%) – Kandidatin Dr. Aisha Bello – 2. Gespräch
ORGANIZER;CN=UZH Recruiting:mailto:no-reply@uzh.umantis.com
ATTENDEE;CN=Léa Morel;ROLE=REQ-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN=Martin Vogel;ROLE=REQ-PARTICIPANT:mailto:martin.vogel@izb.uzh.ch
DESCRIPTION:Sie wurden als Interviewer:in eingeladen.\nBewerbung: Dr. Aisha Bello\nStelle: 78123 Postd
 oc in Cell Biology\nInterviewleitfaden und Bewertungsbogen: https://uzh.umantis.com/Recruiting/Interv
 iew/78123\nBitte Bewertung nach dem Gespräch erfassen.
LOCATION:Y13-J-28
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("candidate-chalk-talk", "uzh-mnf-bk-zb-2024-chalk-lindholm@uzh.ch", 0, "", "", "", "",
       "user-as-interviewer-chalk-talk-of-search-candidate",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:uzh-mnf-bk-zb-2024-chalk-lindholm@uzh.ch
DTSTAMP:20250210T100000Z
DTSTART;TZID="W. Europe Standard Time":20250220T090000
DTEND;TZID="W. Europe Standard Time":20250220T100000
SUMMARY:Chalk talk – Dr. Emma Lindholm (TT search\, closed session)
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN=IZB PIs:mailto:izb-pis@lists.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)";ROLE=OPT-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
LOCATION:Y13-K-34
DESCRIPTION:Faculty + Mittelbau representative only. Please fill in the feedback sheet afterwards.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("kommission-listenplatz", "uzh-mnf-bk-zb-2024-sitzung5@uzh.ch", 0, "", "", "", "",
       "user-as-interviewer-committee-ranking-meeting",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:uzh-mnf-bk-zb-2024-sitzung5@uzh.ch
DTSTAMP:20250221T110000Z
DTSTART;TZID="W. Europe Standard Time":20250306T160000
DTEND;TZID="W. Europe Standard Time":20250306T180000
SUMMARY:5. Sitzung BK Zellbiologie: Gutachten\, Reihung\, Berufungsantrag
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)";ROLE=REQ-PARTICIPANT:mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN=Berufungskommission ZB:mailto:bk-zellbiologie@lists.uzh.ch
LOCATION:Y13-K-34
DESCRIPTION:Vertraulich. Auswertung der auswärtigen Gutachten und Festlegung der Liste (primo/secundo
  loco).
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("summer-student-zoom", "2p6t1r9e3w5q7y0u8i4o2a6s9d@google.com", 0, "", "", "", "",
       "user-as-interviewer-summer-student-zoom-she-organizes",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Zurich
""" + ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250425T170000
DTEND;TZID=Europe/Zurich:20250425T173000
DTSTAMP:20250422T090000Z
ORGANIZER;CN=Léa Morel:mailto:lea.morel@izb.uzh.ch
UID:2p6t1r9e3w5q7y0u8i4o2a6s9d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Matteo Greco;X-NUM
 -GUESTS=0:mailto:matteo.greco01@studenti.unimi.it
DESCRIPTION:Hi Matteo\, let's talk about the summer internship in our lab (July–August). Please prepare
  3-4 slides about your bachelor project.\nZoom: https://uzh.zoom.us/j/61100457782\nBest\, Léa
LOCATION:https://uzh.zoom.us/j/61100457782
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Summer internship – chat with Matteo Greco (Milan)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("reference-check-she-calls", "6E2A9B14-5C7D-4E80-91F2-A3B4C5D6E7F8", 0, "", "", "", "",
       "user-as-interviewer-reference-check-she-calls-referee",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:6E2A9B14-5C7D-4E80-91F2-A3B4C5D6E7F8
DTSTAMP:20250411T080000Z
DTSTART;TZID=Europe/Zurich:20250414T100000
DTEND;TZID=Europe/Zurich:20250414T102000
SUMMARY:Ref check A. Bello – call Prof. Hansen (Copenhagen)
DESCRIPTION:for Martin\, postdoc hire. +45 35 32 71 00. ask: independence\, lab citizenship\, why lea
 ving
END:VEVENT
END:VCALENDAR
"""),
]
