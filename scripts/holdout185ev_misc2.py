"""holdout185 events: job-search look-alikes and personal appointments (all negatives)."""

from holdout185ev_tz import PARIS, W_EUROPE, ZURICH, ev

EVENTS = [
    ev("research-study-interview", "qual-study-postdoc-careers-p17@ethz.ch", 0, "", "", "", "",
       "research-study-interview-participant",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:qual-study-postdoc-careers-p17@ethz.ch
DTSTAMP:20250205T100000Z
DTSTART;TZID=Europe/Zurich:20250211T123000
DTEND;TZID=Europe/Zurich:20250211T133000
SUMMARY:Interview – study "Career paths of international postdocs in Switzerland" (participant P17)
ORGANIZER;CN=Anna Keller (ETH\, Chair of Sociology):mailto:anna.keller@gess.ethz.ch
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Zoom
DESCRIPTION:Semi-structured interview (approx. 60 min)\, audio-recorded with your consent. Consent form
  attached. Compensation: CHF 50 voucher.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("mitarbeitergespraech", "uzh-izb-mag-2025-morel@uzh.ch", 0, "", "", "", "",
       "own-annual-appraisal-mag-with-pi",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:uzh-izb-mag-2025-morel@uzh.ch
DTSTAMP:20250110T080000Z
DTSTART;TZID="W. Europe Standard Time":20250122T100000
DTEND;TZID="W. Europe Standard Time":20250122T113000
SUMMARY:Mitarbeitendengespräch (MAG) 2025 – Léa / Martin
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)":mailto:lea.morel@izb.uzh.ch
LOCATION:Martin's office
DESCRIPTION:Bitte Selbsteinschätzung (Formular HR) vorher ausfüllen. Themen: Ziele 2025\, Karriereplan
 ung / Bewerbungen\, Vertragsende.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-info-coffee", "77AA88BB-99CC-4DDE-8EFF-001122334455", 0, "", "", "", "",
       "informational-coffee-with-ex-colleague-at-pharma",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:77AA88BB-99CC-4DDE-8EFF-001122334455
DTSTAMP:20250107T190000Z
DTSTART:20250111T100000
DTEND:20250111T113000
SUMMARY:coffee Sophie (ex-Vogel lab\, now Roche)
LOCATION:Café Frühling\, Zürich
DESCRIPTION:ask re pRED culture\, how she switched\, who to talk to. NOT an application – just info
END:VEVENT
END:VCALENDAR
"""),
    ev("career-fair-basel", "bvcd-2025-visitor-1187@eventbrite.com", 0, "", "", "", "",
       "life-science-careers-fair-registration",
       r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
""" + ZURICH + r"""BEGIN:VEVENT
UID:bvcd-2025-visitor-1187@eventbrite.com
DTSTAMP:20250201T100000Z
DTSTART;TZID=Europe/Zurich:20250321T090000
DTEND;TZID=Europe/Zurich:20250321T170000
SUMMARY:Life Sciences Career Day Basel 2025
LOCATION:Congress Center Basel\, Messeplatz 21
DESCRIPTION:Meet 40+ employers from pharma\, biotech and medtech. CV check\, on-the-spot chats at the bo
 oths\, panel "From bench to industry". Order #1187-22913.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("reference-call-as-referee",
       "040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB0100000000000000001000000088", 0,
       "", "", "", "", "reference-call-user-is-referee-for-former-student",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Wagner, Lisa":mailto:lisa.wagner@novartis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Morel, Léa (IZB)":mailto:lea.morel@izb.uzh.ch
DESCRIPTION;LANGUAGE=en-US:Dear Dr. Morel\, thank you for agreeing to act as a referee for Jonas Meier\,
  who has applied for an Associate Scientist position with us. The call will take about 20 minutes.
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DB0100000000000000001000000088
SUMMARY;LANGUAGE=en-US:Reference call – Jonas Meier
DTSTART;TZID=W. Europe Standard Time:20250225T083000
DTEND;TZID=W. Europe Standard Time:20250225T085000
DTSTAMP:20250220T140000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR
"""),
    ev("recruiter-call-no-employer", "d0e1f2a3-randstad-ls-2025@randstad.ch", 0, "", "", "", "",
       "agency-recruiter-call-names-no-employer",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:d0e1f2a3-randstad-ls-2025@randstad.ch
DTSTAMP:20250113T090000Z
DTSTART;TZID=Europe/Zurich:20250116T171500
DTEND;TZID=Europe/Zurich:20250116T174500
SUMMARY:Intro call – Léa Morel / Randstad Professional (Life Sciences)
ORGANIZER;CN="Keller, Jan":mailto:jan.keller@randstad.ch
ATTENDEE;CN=lea.morel.bio@protonmail.com:mailto:lea.morel.bio@protonmail.com
LOCATION:Phone
DESCRIPTION:Hi Léa\, great to connect. I'd like to understand your background and what you're looking
  for\, and give you an overview of the Basel market for senior scientists. Several clients are hiring –
  happy to discuss. Jan
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-prep-block", "0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9", 0, "", "", "", "",
       "prep-block-before-site-visit",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
BEGIN:VEVENT
UID:0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9
DTSTAMP:20250220T200000Z
DTSTART;TZID=Europe/Zurich:20250225T180000
DTEND;TZID=Europe/Zurich:20250225T210000
SUMMARY:PREP Roche site visit – dry run talk\, 1:1 questions
DESCRIPTION:45 min talk -> cut to 38. read Keller lab papers. questions for Tom O'C + Priya. iron blouse
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-thank-you-reminder", "1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D", 0, "", "", "", "",
       "thank-you-notes-reminder-after-interview",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D
DTSTAMP:20250410T190000Z
DTSTART;VALUE=DATE:20250411
DTEND;VALUE=DATE:20250412
SUMMARY:send thank-you mails Radboud (Joost\, Marieke\, dean)
DESCRIPTION:+ reimbursement form travel Nijmegen
END:VEVENT
END:VCALENDAR
"""),
    ev("pre-employment-medical", "roche-ohs-eintritt-2025-5531@roche.com", 0, "", "", "", "",
       "pre-employment-medical-occupational-health",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:roche-ohs-eintritt-2025-5531@roche.com
DTSTAMP:20250402T080000Z
DTSTART;TZID="W. Europe Standard Time":20250416T081500
DTEND;TZID="W. Europe Standard Time":20250416T090000
SUMMARY:Eintrittsuntersuchung / Pre-employment medical check – L. Morel
ORGANIZER;CN="Occupational Health Basel":mailto:basel.ohs@roche.com
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Bau 52\, Gesundheitsdienst\, Grenzacherstrasse 124\, Basel
DESCRIPTION:Bitte Impfausweis und ausgefüllten Gesundheitsfragebogen mitbringen. Please bring your vacc
 ination record and the completed health questionnaire.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("berufungsverhandlung", "unibe-dekanat-phil-nat-bv-morel-2025@unibe.ch", 0, "", "", "", "",
       "offer-negotiation-after-ruf-not-an-interview",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:unibe-dekanat-phil-nat-bv-morel-2025@unibe.ch
DTSTAMP:20250428T090000Z
DTSTART;TZID="W. Europe Standard Time":20250512T140000
DTEND;TZID="W. Europe Standard Time":20250512T160000
SUMMARY:Berufungsverhandlung Frau Dr. L. Morel (nach Ruferteilung) – Dekanat phil.-nat.
ORGANIZER;CN="Dekanat phil.-nat. Fakultät":mailto:dekanat@philnat.unibe.ch
ATTENDEE;CN=Léa Morel:mailto:lea.morel.bio@protonmail.com
LOCATION:Hochschulstrasse 6\, Bern\, Sitzungszimmer 208
DESCRIPTION:Traktanden: Ausstattung (Personal\, Räume\, Geräte)\, Startkredit\, Lehrdeputat\, Dual Car
 eer. Der Rektor hat Ihnen den Ruf am 22.4. erteilt.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("oral-exams-students", "uzh-bio111-muendl-2025-slot-b@uzh.ch", 0, "", "", "", "",
       "oral-exams-of-students-as-examiner-not-hiring",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:uzh-bio111-muendl-2025-slot-b@uzh.ch
DTSTAMP:20250115T080000Z
DTSTART;TZID="W. Europe Standard Time":20250127T083000
DTEND;TZID="W. Europe Standard Time":20250127T120000
SUMMARY:Mündliche Prüfungen BIO 111 Zellbiologie – Beisitz
ORGANIZER;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)":mailto:lea.morel@izb.uzh.ch
LOCATION:Y13-J-28
DESCRIPTION:15-Minuten-Prüfungen\, 12 Studierende. Léa: Protokoll führen (Beisitz).
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("microscope-booking", "ppms-zmb-booking-4471129@ppms.eu", 0, "", "", "", "",
       "core-facility-microscope-booking",
       r"""BEGIN:VCALENDAR
PRODID:-//Stratocore//PPMS//EN
VERSION:2.0
BEGIN:VEVENT
UID:ppms-zmb-booking-4471129@ppms.eu
DTSTAMP:20250226T160000Z
DTSTART:20250227T070000Z
DTEND:20250227T110000Z
SUMMARY:ZMB: Leica Stellaris 5 (Y42) – Morel Léa
LOCATION:Center for Microscopy and Image Analysis\, Y42-H-82
DESCRIPTION:Booking #4471129. Project: Vogel-ER-stress. Cancel up to 24 h before free of charge.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("flat-viewing-basel", "6c5b4a39-homegate-besichtigung@homegate.ch", 0, "", "", "", "",
       "flat-viewing-relocation-besichtigung",
       r"""BEGIN:VCALENDAR
PRODID:-//Homegate AG//Besichtigungstermin//DE
VERSION:2.0
BEGIN:VEVENT
UID:6c5b4a39-homegate-besichtigung@homegate.ch
DTSTAMP:20250424T100000Z
DTSTART:20250503T090000Z
DTEND:20250503T093000Z
SUMMARY:Besichtigung 3.5-Zi-Wohnung\, Hammerstrasse 88\, 4058 Basel
LOCATION:Hammerstrasse 88\, 4058 Basel
DESCRIPTION:Verwaltung: Immo Rhein AG\, Frau Stöcklin. Bewerbungsformular und Betreibungsauszug mitbrin
 gen.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("contract-extension-hr", "uzh-hr-mnf-vertrag-morel-2025@uzh.ch", 0, "", "", "", "",
       "own-contract-extension-meeting-hr-current-employer",
       r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:uzh-hr-mnf-vertrag-morel-2025@uzh.ch
DTSTAMP:20250303T120000Z
DTSTART;TZID="W. Europe Standard Time":20250310T141500
DTEND;TZID="W. Europe Standard Time":20250310T144500
SUMMARY:Gespräch Vertragsverlängerung Postdoc (befristet) – Frau Dr. Morel
ORGANIZER;CN="Frick, Sandra (HR MNF)":mailto:sandra.frick@hr.uzh.ch
ATTENDEE;CN="Morel, Léa (IZB)":mailto:lea.morel@izb.uzh.ch
ATTENDEE;CN="Vogel, Martin (IZB)":mailto:martin.vogel@izb.uzh.ch
LOCATION:Teams
DESCRIPTION:Verlängerung um 12 Monate (Drittmittel SNF)\, max. Anstellungsdauer gemäss Reglement.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("typed-application-deadline", "5D6E7F80-9A1B-4C2D-8E3F-4A5B6C7D8E9F", 0, "", "", "", "",
       "application-deadline-reminder-all-day-paris",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
X-WR-TIMEZONE:Europe/Paris
""" + PARIS + r"""BEGIN:VEVENT
UID:5D6E7F80-9A1B-4C2D-8E3F-4A5B6C7D8E9F
DTSTAMP:20250106T210000Z
DTSTART;TZID=Europe/Paris:20250115T235900
DTEND;TZID=Europe/Paris:20250116T000000
SUMMARY:DEADLINE candidature IGBMC/CPJ + concours CNRS (dossier Galaxie)
DESCRIPTION:projet de recherche (5 p.)\, projet d'enseignement\, 3 lettres – relancer Martin pour sa
  lettre !
END:VEVENT
END:VCALENDAR
"""),
]
