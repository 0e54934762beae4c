"""holdout185 events: Léa's everyday work calendar and look-alikes of interviews (all negatives)."""

from holdout185ev_tz import W_EUROPE, ZURICH, ev

EVENTS = [
    ev("lab-meeting-recurring", "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DA0100000000000000001000000077",
       0, "", "", "", "", "weekly-lab-meeting-with-moved-occurrence",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=vogel-lab:mailto:vogel-lab@lists.uzh.ch
DESCRIPTION;LANGUAGE=en-US:Rota on the lab wiki. 2 data presentations + lab business.
RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DA0100000000000000001000000077
SUMMARY;LANGUAGE=en-US:Vogel lab meeting
DTSTART;TZID=W. Europe Standard Time:20240902T093000
DTEND;TZID=W. Europe Standard Time:20240902T110000
DTSTAMP:20240826T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Y13-K-34
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=vogel-lab:mailto:vogel-lab@lists.uzh.ch
RECURRENCE-ID;TZID=W. Europe Standard Time:20250303T093000
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DA0100000000000000001000000077
SUMMARY;LANGUAGE=en-US:Vogel lab meeting (moved – Léa away in Basel)
DTSTART;TZID=W. Europe Standard Time:20250304T140000
DTEND;TZID=W. Europe Standard Time:20250304T153000
DTSTAMP:20250225T080000Z
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Y13-K-34
END:VEVENT
END:VCALENDAR
"""),
    ev("journal-club-recurring", "5f9e1d2c-izb-journalclub-2025@uzh.ch", 0, "", "", "", "",
       "recurring-journal-club-institute",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:5f9e1d2c-izb-journalclub-2025@uzh.ch
DTSTAMP:20250106T080000Z
DTSTART;TZID="W. Europe Standard Time":20250108T170000
DTEND;TZID="W. Europe Standard Time":20250108T180000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;UNTIL=20250625T160000Z
SUMMARY:IZB Journal Club
ORGANIZER;CN="Schnyder, Luca (IZB)":mailto:luca.schnyder@izb.uzh.ch
LOCATION:Y13-G-04
DESCRIPTION:Papers and presenters: see sign-up sheet. Beer afterwards.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("seminar-host-speaker", "izb-seminar-2025-03-12-okonkwo@uzh.ch", 0, "", "", "", "",
       "hosts-invited-seminar-speaker-not-a-search",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:izb-seminar-2025-03-12-okonkwo@uzh.ch
DTSTAMP:20250220T090000Z
DTSTART;TZID="W. Europe Standard Time":20250312T121500
DTEND;TZID="W. Europe Standard Time":20250312T131500
SUMMARY:IZB Seminar: Prof. Ngozi Okonkwo (Karolinska) – "Phase separation in the nucleolus" – Host: L. M
 orel
ORGANIZER;CN=Sekretariat IZB:mailto:sekretariat@izb.uzh.ch
ATTENDEE;CN=izb-all:mailto:izb-all@lists.uzh.ch
LOCATION:Y03-G-85
DESCRIPTION:Host: Dr. Léa Morel. Meetings with the speaker 14:00–17:30\, sign up with Léa.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("phd-committee-meeting", "3c8d1e0f-phdcomm-lindqvist@uzh.ch", 0, "", "", "", "",
       "phd-committee-member-annual-meeting",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:3c8d1e0f-phdcomm-lindqvist@uzh.ch
DTSTAMP:20250115T100000Z
DTSTART;TZID=Europe/Zurich:20250204T140000
DTEND;TZID=Europe/Zurich:20250204T160000
SUMMARY:PhD committee meeting – Sara Lindqvist (2nd year)
ORGANIZER;CN=Sara Lindqvist:mailto:sara.lindqvist@uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)":mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN=Prof. Hanna Berger:mailto:hanna.berger@imls.uzh.ch
LOCATION:Y32-F-06
DESCRIPTION:Report sent on Jan 28. 30 min talk\, then closed discussion with the committee.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("thesis-defence", "uzh-mnf-promo-bianchi-2025@uzh.ch", 0, "", "", "", "",
       "phd-defence-doktoratspruefung-examiner",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:uzh-mnf-promo-bianchi-2025@uzh.ch
DTSTAMP:20250301T080000Z
DTSTART;TZID="W. Europe Standard Time":20250404T100000
DTEND;TZID="W. Europe Standard Time":20250404T123000
SUMMARY:Doktoratsprüfung / PhD defence Marco Bianchi
ORGANIZER;CN="Hofer, Eva (Studiendekanat MNF)":mailto:eva.hofer@mnf.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)":mailto:lea.morel@izb.uzh.ch
LOCATION:Y15-G-60
DESCRIPTION:Öffentlicher Vortrag 10:00\, anschliessend nicht-öffentliche Prüfung durch das Komitee.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("erc-grant-interview", "erc-stg-2024-ls3-interview-101xxxxx@erc.europa.eu", 0, "", "", "", "",
       "erc-grant-step2-interview-not-a-job",
       r"""BEGIN:VCALENDAR
PRODID:-//European Research Council Executive Agency//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:erc-stg-2024-ls3-interview-101xxxxx@erc.europa.eu
DTSTAMP:20250303T120000Z
DTSTART:20250409T124000Z
DTEND:20250409T131000Z
SUMMARY:ERC-2025-StG – Step 2 interview – Panel LS3 – Proposal ORGANELLE-STRESS (PI: Léa MOREL)
ORGANIZER;CN=ERCEA LS3 panel coordinator:mailto:erc-ls3-interviews@ec.europa.eu
LOCATION:ERCEA\, COV2\, Place Charles Rogier 16\, 1210 Brussels
DESCRIPTION:Interview with the ERC evaluation panel: 10 min presentation\, 15 min questions. Arrive 45
  minutes before your slot for registration.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("snsf-review-deadline", "8D3A2F10-B7C6-4E5D-8A9F-0E1D2C3B4A59", 0, "", "", "", "",
       "grant-review-deadline-as-reviewer",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
BEGIN:VEVENT
UID:8D3A2F10-B7C6-4E5D-8A9F-0E1D2C3B4A59
DTSTAMP:20250105T210000Z
DTSTART;VALUE=DATE:20250131
DTEND;VALUE=DATE:20250201
SUMMARY:SNF review due (2 proposals\, mySNF)
DESCRIPTION:proj. funding div. III – both ER/UPR. write-up in mySNF portal
END:VEVENT
END:VCALENDAR
"""),
    ev("choir-rehearsal", "ckr-proben-2025-1@gmail.com", 0, "", "", "", "", "weekly-choir-rehearsal-personal",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Chor
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20250107T193000
DTEND;TZID=Europe/Zurich:20250107T215000
RRULE:FREQ=WEEKLY;BYDAY=TU
EXDATE;TZID=Europe/Zurich:20250415T193000
DTSTAMP:20250103T120000Z
UID:ckr-proben-2025-1@gmail.com
SUMMARY:Chorprobe (Brahms Requiem)
LOCATION:Kirchgemeindehaus Hottingen\, Asylstrasse 32
DESCRIPTION:Noten mitnehmen! Stimmprobe Alt 19:15 vor den Konzerten.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("schweizerdeutsch-kurs", "klubschule-szd-a2-2025-zh-044@klubschule.ch", 0, "", "", "", "",
       "weekly-swiss-german-course",
       r"""BEGIN:VCALENDAR
PRODID:-//Klubschule Migros//Kursplan//DE
VERSION:2.0
""" + ZURICH + r"""BEGIN:VEVENT
UID:klubschule-szd-a2-2025-zh-044@klubschule.ch
DTSTAMP:20250110T080000Z
DTSTART;TZID=Europe/Zurich:20250116T181500
DTEND;TZID=Europe/Zurich:20250116T195000
RRULE:FREQ=WEEKLY;COUNT=12;BYDAY=TH
SUMMARY:Schweizerdeutsch verstehen A2 (Kurs 044)
LOCATION:Klubschule Migros\, Limmatplatz\, Zimmer 4.12
DESCRIPTION:Kursleitung: Frau R. Ammann
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("migrationsamt-termin", "terminvergabe-ma-zh-88813420@zh.ch", 0, "", "", "", "",
       "residence-permit-appointment-vorsprache",
       r"""BEGIN:VCALENDAR
PRODID:-//Kanton Zürich//Online-Terminvergabe//DE
VERSION:2.0
BEGIN:VEVENT
UID:terminvergabe-ma-zh-88813420@zh.ch
DTSTAMP:20250120T101000Z
DTSTART:20250128T075000Z
DTEND:20250128T081000Z
SUMMARY:Termin Migrationsamt – Erfassung biometrische Daten (Ausweis B)
LOCATION:Migrationsamt des Kantons Zürich\, Berninastrasse 45\, 8090 Zürich
DESCRIPTION:Vorsprache zur Erfassung der biometrischen Daten. Mitbringen: Pass\, Terminbestätigung\, a
 ktueller Arbeitsvertrag. Referenznummer 88813420.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-ski-weekend", "1F2E3D4C-5B6A-4987-8A7B-6C5D4E3F2A1B", 0, "", "", "", "",
       "all-day-ski-weekend-personal",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:1F2E3D4C-5B6A-4987-8A7B-6C5D4E3F2A1B
DTSTAMP:20250112T200000Z
DTSTART;VALUE=DATE:20250131
DTEND;VALUE=DATE:20250203
SUMMARY:⛷ Laax w/ Julie & Nico
DESCRIPTION:train 17:37 ZH HB -> Chur\, bus Laax. Rental at Flims\, chalet code 4471
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-doctor", "4B5C6D7E-8F90-4A1B-B2C3-D4E5F6A7B8C9", 0, "", "", "", "", "gp-appointment-personal",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:4B5C6D7E-8F90-4A1B-B2C3-D4E5F6A7B8C9
DTSTAMP:20250210T073000Z
DTSTART:20250213T073000
DTEND:20250213T080000
SUMMARY:Dr. Huber Hausarzt
LOCATION:Praxis am Schaffhauserplatz
DESCRIPTION:Knie + Rezept
END:VEVENT
END:VCALENDAR
"""),
    ev("mock-faculty-interview", "uzh-gc-postdoc-mock-2025-02-morel@grc.uzh.ch", 0, "", "", "", "",
       "mock-faculty-interview-postdoc-office",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:uzh-gc-postdoc-mock-2025-02-morel@grc.uzh.ch
DTSTAMP:20250120T120000Z
DTSTART;TZID="W. Europe Standard Time":20250130T100000
DTEND;TZID="W. Europe Standard Time":20250130T113000
SUMMARY:Mock interview – faculty applications (Graduate Campus Postdoc Programme)
ORGANIZER;CN="Meier, Claudia (GRC)":mailto:claudia.meier@grc.uzh.ch
ATTENDEE;CN=Léa Morel:mailto:lea.morel@izb.uzh.ch
LOCATION:GRC\, Schönberggasse 2\, Raum SOC-E-6
DESCRIPTION:Simulated Berufungskommission with two professors (emeriti) and a career advisor. Bring you
 r 10-min research talk. Feedback round at the end. This is a practice session only.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("webinar-chalk-talk", "zoom-webinar-92211340056@zoom.us", 0, "", "", "", "",
       "webinar-about-faculty-job-interviews",
       r"""BEGIN:VCALENDAR
PRODID:-//Zoom Video Communications//Zoom Webinar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zoom-webinar-92211340056@zoom.us
DTSTAMP:20250108T150000Z
DTSTART:20250115T150000Z
DTEND:20250115T163000Z
SUMMARY:EMBO Webinar: Acing the faculty interview – job talk\, chalk talk and negotiation
ORGANIZER;CN=EMBO Lab Leadership:mailto:no-reply@zoom.us
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:https://embo-org.zoom.us/w/92211340056
DESCRIPTION:Thank you for registering. Panel of recently hired PIs and search committee chairs share wha
 t they look for in interviews. Q&A via Slido.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("press-interview-nzz", "e1d2c3b4-nzz-wissen-interview@uzh.ch", 0, "", "", "", "",
       "press-interview-about-paper",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:e1d2c3b4-nzz-wissen-interview@uzh.ch
DTSTAMP:20250224T090000Z
DTSTART;TZID="W. Europe Standard Time":20250227T110000
DTEND;TZID="W. Europe Standard Time":20250227T114500
SUMMARY:Interview NZZ (Wissenschaft) zum Nature Cell Biology Paper – Léa Morel
ORGANIZER;CN="Kommunikation UZH - Media Relations":mailto:media@kommunikation.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)":mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN=Daniel Graf (NZZ):mailto:d.graf@nzz.ch
LOCATION:Telefon / Teams
DESCRIPTION:Journalist: Daniel Graf\, Ressort Wissenschaft. Embargo bis 5.3.\, 17 Uhr. Medienmitteilung
  im Anhang. Zitate werden zur Freigabe vorgelegt.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("podcast-recording", "riverside-rec-7723-zellfunk@riverside.fm", 0, "", "", "", "",
       "podcast-recording-guest",
       r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Riverside//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-7723-zellfunk@riverside.fm
DTSTAMP:20250312T100000Z
DTSTART:20250320T170000Z
DTEND:20250320T180000Z
SUMMARY:Podcast recording: "Lab Rats Unplugged" ep. 41 – guest Léa Morel
ORGANIZER;CN=Lab Rats Unplugged:mailto:hello@labratsunplugged.fm
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:https://riverside.fm/studio/lab-rats-unplugged
DESCRIPTION:Casual interview about life as an international postdoc\, ER stress and Swiss German. Use h
 eadphones please!
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
