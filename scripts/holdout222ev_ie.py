"""holdout222 events, part 3: Ireland, Germany, Switzerland and Monaco.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, ics_text).
"""

from holdout222ev_tz import DUBLIN, GMT_STD, MONACO, W_EUROPE, ZURICH

EVENTS = [
    (
        "agency-call",
        "kilkea-hr-20250306-rdm-01@kilkeahealthcare.ie",
        1, "St James's Hospital", "Staff Nurse – Surgical", "recruiter_screen",
        "niamh.brennan@kilkeahealthcare.ie", "irish-agency-prescreen-named-hospital",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:kilkea-hr-20250306-rdm-01@kilkeahealthcare.ie
DTSTAMP:20250303T163000Z
DTSTART;TZID="GMT Standard Time":20250306T120000
DTEND;TZID="GMT Standard Time":20250306T123000
SUMMARY:Rocío Delgado - pre-screen - St James's Hospital Staff Nurse
ORGANIZER;CN="Brennan, Niamh":mailto:niamh.brennan@kilkeahealthcare.ie
ATTENDEE;CN=rocio.delgado.enf@gmail.com;RSVP=TRUE:mailto:rocio.delgado.enf@g
 mail.com
LOCATION:Teams
DESCRIPTION:Hi Rocío\, great to hear from you. On this call we'll go throug
 h the St James's Hospital (Dublin) Staff Nurse – Surgical campaign\, NMBI r
 egistration (Decision Letter / aptitude test)\, relocation support and you
 r CV. Then I'll put you forward to the CNM2 for interview.\n\nNiamh Brenna
 n | Kilkea Healthcare Recruitment
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoom-interview",
        "sjh-nursing-int-2025-03-27-rdm@stjames.ie",
        1, "St James's Hospital", "Staff Nurse – Surgical", "hiring_manager",
        "Aoife Kinsella;Declan Walsh", "irish-cnm2-and-adon-zoom-names-only",
        """BEGIN:VCALENDAR
PRODID:-//Zoom Video Communications Inc//EN
VERSION:2.0
METHOD:PUBLISH
""" + DUBLIN + r"""BEGIN:VEVENT
UID:sjh-nursing-int-2025-03-27-rdm@stjames.ie
DTSTAMP:20250320T101010Z
DTSTART;TZID=Europe/Dublin:20250327T103000
DTEND;TZID=Europe/Dublin:20250327T111500
SUMMARY:SJH Staff Nurse Interview - Rocío Delgado
DESCRIPTION:St James's Hospital Nursing Recruitment is inviting you to a sc
 heduled Zoom meeting.\n\nInterview panel: Aoife Kinsella (CNM2\, Surgical
 )\, Declan Walsh (ADON\, Surgical Directorate)\n\nJoin Zoom Meeting\nhttps
 ://stjames-ie.zoom.us/j/96031122874\nMeeting ID: 960 3112 2874\nPasscode:
 4Ur7Mh
LOCATION:https://stjames-ie.zoom.us/j/96031122874
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-invite",
        "040000008200E00074C5B7101A82E00800000000A9F4C2E1D0B3DB01000000000000000010000000B3",
        1, "Beacon Hospital", "Clinical Nurse – Day Surgery", "hiring_manager",
        "mgallagher@beaconhospital.ie", "private-dublin-hospital-teams",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Gallagher, Maeve":mailto:MGallagher@beaconhospital.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocio.delga
 do.enf@gmail.com:mailto:rocio.delgado.enf@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="HR Beacon
 ":mailto:careers@beaconhospital.ie
DESCRIPTION;LANGUAGE=en-IE:Hi Rocío\, as discussed\, a Teams call to talk t
 hrough the Clinical Nurse role in Day Surgery. I'm the Nurse Manager for the
  unit. Talk soon\, Maeve\n________________________________________________
 ________________________________\nMicrosoft Teams meeting\nMeeting ID: 361
 882 019 447\nPasscode: 3yG8Tt\n
UID:040000008200E00074C5B7101A82E00800000000A9F4C2E1D0B3DB01000000000000000
 010000000B3
SUMMARY;LANGUAGE=en-IE:Rocío / Maeve - Day Surgery
DTSTART;TZID=GMT Standard Time:20250409T160000
DTEND;TZID=GMT Standard Time:20250409T163000
DTSTAMP:20250402T084021Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "bookings",
        "d4b7e2a1-0f93-4c58-b6a2-7e1c9d0f3a44@mater.ie",
        1, "Mater Misericordiae University Hospital", "Staff Nurse – Theatres", "",
        "", "bookings-slot-no-stage-no-panel",
        """BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:d4b7e2a1-0f93-4c58-b6a2-7e1c9d0f3a44@mater.ie
DTSTAMP:20250505T120000Z
DTSTART;TZID=Europe/Dublin:20250513T140000
DTEND;TZID=Europe/Dublin:20250513T143000
SUMMARY:Staff Nurse Theatres - Interview slot
ORGANIZER;CN=Mater Nursing Recruitment:mailto:NursingRecruitment@mater.ie
ATTENDEE;CN=Rocío Delgado Marín;RSVP=TRUE:mailto:rocio.delgado.enf@gmail.com
DESCRIPTION:Your booking with Mater Nursing Recruitment is confirmed.\nServ
 ice: Staff Nurse Theatres - Interview slot (30 min)\nJoin online: Microsoft
  Teams (link in the booking email)\nTo cancel or reschedule use the manage
  booking link.
LOCATION:Online meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-call",
        "E1F9A2B7-44C0-4D3B-9A88-0C5E6F7D1B29",
        1, "Cork University Hospital", "", "hiring_manager",
        "Aoife Murphy", "self-typed-phone-interview-floating-time-note",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E1F9A2B7-44C0-4D3B-9A88-0C5E6F7D1B29
DTSTAMP:20250401T203512Z
DTSTART:20250404T113000
DTEND:20250404T120000
SUMMARY:Llamada CUH Cork - entrevista con la CNM de quirófano
DESCRIPTION:10:30 hora irlandesa = 11:30 aquí!! Aoife Murphy. Me llama ella
  al móvil.\nPreguntas: rotación de turnos\, ayuda alojamiento\, cuándo emp
 ezar. Tener a mano el NMBI decision letter.
LOCATION:Casa
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "webex",
        "8a4c1f0e93b24d6f@tuh.ie.webex.com",
        1, "Tallaght University Hospital", "Staff Nurse – General Surgery", "hiring_manager",
        "orla.fitzpatrick@tuh.ie;sean.dunne@tuh.ie", "webex-interview-irish-hospital",
        """BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:8a4c1f0e93b24d6f@tuh.ie.webex.com
DTSTAMP:20250415T091500Z
DTSTART;TZID=Europe/Dublin:20250423T150000
DTEND;TZID=Europe/Dublin:20250423T154500
SUMMARY:Interview: Staff Nurse General Surgery - Rocio Delgado Marin
ORGANIZER;CN=Orla Fitzpatrick:mailto:orla.fitzpatrick@tuh.ie
ATTENDEE;CN=Sean Dunne;ROLE=REQ-PARTICIPANT:mailto:sean.dunne@tuh.ie
ATTENDEE;CN=rocio.delgado.enf@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mail
 to:rocio.delgado.enf@gmail.com
LOCATION:https://tuh.webex.com/tuh/j.php?MTID=m7c1d0a9e2b
DESCRIPTION:Orla Fitzpatrick (CNM2) invites you to join this Webex meeting.
 \n\nPanel: Orla Fitzpatrick\, Sean Dunne (CNM3 Perioperative)\n\nMeeting n
 umber (access code): 2741 882 1093\nMeeting password: Tuh2025!\n\nJoin by p
 hone +353-1-526-0058 Ireland Toll
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "workday",
        "WD-BSH-R-24117-interview-1@myworkday.com",
        1, "Bon Secours Hospital Galway", "Clinical Nurse Manager 1 - Surgical", "",
        "", "workday-interview-no-interviewer-listed",
        """BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:WD-BSH-R-24117-interview-1@myworkday.com
DTSTAMP:20250512T110000Z
DTSTART;TZID=Europe/Dublin:20250520T110000
DTEND;TZID=Europe/Dublin:20250520T120000
SUMMARY:Interview Scheduled: Clinical Nurse Manager 1 - Surgical (R-24117)
ORGANIZER;CN=Bon Secours Health System:mailto:bonsecours@myworkday.com
ATTENDEE;CN=Rocio Delgado Marin;RSVP=TRUE:mailto:rocio.delgado.enf@gmail.com
LOCATION:Bon Secours Hospital Galway\, Renmore / Microsoft Teams
DESCRIPTION:Candidate: Rocio Delgado Marin\nJob Requisition: R-24117 Clinica
 l Nurse Manager 1 - Surgical\nInterview Type: Video\nPlease check your Work
 day candidate home for details.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "cal-com",
        "cal_q7Wm2RkP9sYt4vXz@cal.com",
        1, "Sligo University Hospital", "Staff Nurse – Surgical (HSE West & North West)", "recruiter_screen",
        "ciaran.doyle@emeraldnursing.ie", "cal-com-agency-screen-hospital-in-title",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:cal_q7Wm2RkP9sYt4vXz@cal.com
DTSTAMP:20250422T184410Z
DTSTART:20250428T090000Z
DTEND:20250428T092000Z
SUMMARY:Screening call (Sligo University Hospital) between Ciarán Doyle and
  Rocío Delgado
ORGANIZER;CN=Ciarán Doyle:mailto:ciaran.doyle@emeraldnursing.ie
ATTENDEE;CN=Rocío Delgado;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:rocio.delgado.e
 nf@gmail.com
LOCATION:https://app.cal.com/video/q7Wm2RkP9sYt4vXz
DESCRIPTION:What: Screening call (Sligo University Hospital)\nInvitee time z
 one: Europe/Madrid\nAdditional notes: I have 4 years in general surgery\, N
 MBI application submitted.\n\nReschedule or cancel: https://app.cal.com/boo
 king/q7Wm2RkP9sYt4vXz
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "personio",
        "personio-pbi-83211-kennenlernen@personio.de",
        1, "Vivantes Klinikum Neukölln", "Gesundheits- und Krankenpflegerin (m/w/d) Chirurgie", "recruiter_screen",
        "katrin.vogel@pflegebruecke-international.de", "german-agency-kennenlernen-names-clinic",
        """BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:personio-pbi-83211-kennenlernen@personio.de
DTSTAMP:20250224T101500Z
DTSTART;TZID=W. Europe Standard Time:20250303T160000
DTEND;TZID=W. Europe Standard Time:20250303T163000
SUMMARY:Kennenlerngespräch – Rocío Delgado Marín – Pflegefachkraft Chirurgie
  (Vivantes)
ORGANIZER;CN=Katrin Vogel:mailto:katrin.vogel@pflegebruecke-international.de
ATTENDEE;CN=Rocío Delgado Marín;RSVP=TRUE:mailto:rocio.delgado.enf@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Frau Delgado Marín\,\n\nvielen Dank für Ihre Bewerbung üb
 er Pflege-Brücke International. Gerne möchten wir Sie in einem ersten Kenne
 nlerngespräch näher kennenlernen – es geht um die Stelle als Gesundheits- u
 nd Krankenpflegerin (m/w/d) in der Chirurgie am Vivantes Klinikum Neukölln
 \, Anerkennung\, Sprachkurs (B2) und Umzug nach Berlin.\nDas Gespräch kann
  auf Englisch oder Spanisch geführt werden.\n\nViele Grüße\nKatrin Vogel
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-german",
        "040000008200E00074C5B7101A82E00800000000F1C0A3B2E9D4DB0100000000000000001000000042",
        1, "Vivantes Klinikum Neukölln", "Gesundheits- und Krankenpflegerin (m/w/d) Chirurgie", "hiring_manager",
        "sabine.krueger@vivantes.de;mehmet.aydin@vivantes.de", "german-vorstellungsgespraech-pdl",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Krüger, Sabine":mailto:Sabine.Krueger@vivantes.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Aydin, Me
 hmet":mailto:Mehmet.Aydin@vivantes.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rocio.delga
 do.enf@gmail.com:mailto:rocio.delgado.enf@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Delgado Marín\,\n\nhiermit lad
 en wir Sie zum Vorstellungsgespräch per Videokonferenz ein. Teilnehmende: S
 abine Krüger (Pflegedienstleitung Chirurgie)\, Mehmet Aydin (Stationsleitun
 g Allgemeinchirurgie).\nDas Gespräch findet auf Englisch statt\, einige Fra
 gen auf Deutsch.\n\n_______________________________________________________
 _________________________\nMicrosoft Teams-Besprechung\nBesprechungs-ID: 31
 5 660 298 114\nKennung: Hs4wZ9\n
UID:040000008200E00074C5B7101A82E00800000000F1C0A3B2E9D4DB01000000000000000
 01000000042
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Delgado Marín (Chirurgie)
DTSTART;TZID=W. Europe Standard Time:20250317T100000
DTEND;TZID=W. Europe Standard Time:20250317T110000
DTSTAMP:20250310T123000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "webex-french",
        "hug-rh-2025-0407-entretien-88@hcuge.ch",
        1, "Hôpitaux Universitaires de Genève", "Infirmier·ère en chirurgie viscérale", "hiring_manager",
        "isabelle.favre@hcuge.ch;marc.dupasquier@hcuge.ch", "french-entretien-swiss-zone-webex",
        """BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//FR
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:hug-rh-2025-0407-entretien-88@hcuge.ch
DTSTAMP:20250403T083000Z
DTSTART;TZID=Europe/Zurich:20250407T090000
DTEND;TZID=Europe/Zurich:20250407T100000
SUMMARY:Entretien d'embauche – Infirmier·ère en chirurgie viscérale – Mme D
 elgado Marín
ORGANIZER;CN=Isabelle Favre:mailto:isabelle.favre@hcuge.ch
ATTENDEE;CN=Marc Dupasquier;ROLE=REQ-PARTICIPANT:mailto:marc.dupasquier@hcu
 ge.ch
ATTENDEE;CN=rocio.delgado.enf@gmail.com;RSVP=TRUE:mailto:rocio.delgado.enf@
 gmail.com
LOCATION:Webex
DESCRIPTION:Madame\,\n\nNous avons le plaisir de vous convier à un entretien
  pour le poste d'infirmier·ère en chirurgie viscérale (taux 100 %).\nPrése
 nts : Isabelle Favre\, infirmière responsable d'unité\; Marc Dupasquier\,
 responsable des soins.\n\nRejoindre la réunion Webex : https://hcuge.webex.
 com/meet/i.favre\nNuméro de la réunion : 2380 114 7721\n\nRessources humain
 es – HUG
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "typed-french",
        "20250508T094501Z-3344-chpg@rocio-android",
        1, "Centre Hospitalier Princesse Grace", "", "",
        "Mme Lorenzi", "self-typed-french-phone-entretien-monaco",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
""" + MONACO + r"""BEGIN:VEVENT
UID:20250508T094501Z-3344-chpg@rocio-android
DTSTAMP:20250508T094501Z
DTSTART;TZID=Europe/Monaco:20250515T143000
DTEND;TZID=Europe/Monaco:20250515T150000
SUMMARY:Entretien tél. CHPG Monaco (bloc op)
DESCRIPTION:Mme Lorenzi\, cadre de santé bloc. Me llama al +34. Preparar pr
 esentación en francés!! Reconocimiento diploma UE = automático\, preguntar
  por alojamiento (Beausoleil?)
END:VEVENT
END:VCALENDAR
""",
    ),
]
