"""holdout77 negatives: internal meetings, an exit interview, informational chats, job fairs, a reference call
with the user as referee, a recruiter naming no employer, prep blocks, Irish/Spanish/French school life."""

from __future__ import annotations

from holdout77ev_ics import ME, WORK, esc, item, lab, vcal

OLK = "040000008200E00074C5B7101A82E00800000000"


def staff_meeting() -> dict[str, object]:
    uid = OLK + "0A1B2C3D4E5FDB0100000000000000001000000050505050505050505050505050505050"
    desc = esc("""Croke Park hour. Agenda: 1. Review of the AP post structure (schedule of posts) 2. Draft \
timetable 2025/26 3. Wellbeing week. All staff.""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Dunne, Martin":mailto:mdunne@stcolmcilles-cs.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="All Staff":mailto:allstaff@stcolmcilles-cs.ie
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Staff meeting (Croke Park hour)
DTSTART;TZID=GMT Standard Time:20250408T154500
DTEND;TZID=GMT Standard Time:20250408T164500
DTSTAMP:20250331T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Library
END:VEVENT"""
    return item("internal-staff-meeting", lab(uid, 0, trap="internal-staff-meeting"),
                vcal(body, "exchange", tzs=("GMT Standard Time",)))


def exit_interview() -> dict[str, object]:
    uid = "c3d4e5f6-a7b8-4c9d-8e0f-a1b2c3d4e5f7@teacherlearning.ie"
    desc = esc("""Hi Siobhán,

As your associate contract with Teacher Learning Ireland ends on 31 May, we'd like to invite you to a short \
exit interview – 20 minutes on what worked, what didn't and how we can better support associates who are \
also full-time teachers. Your answers are confidential and used only in aggregate.

Thanks for everything you've contributed to the maths workshops!
Gemma Roche, HR""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250520T100000Z
DTSTART:20250528T153000Z
DTEND:20250528T155000Z
SUMMARY:Exit interview – associate contract (S. Kelly)
ORGANIZER;CN=Gemma Roche:mailto:gemma.roche@teacherlearning.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{WORK}
DESCRIPTION:{desc}
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT"""
    return item("exit-interview-known-body", lab(uid, 0, trap="exit-interview-known-employer"),
                vcal(body, "bookings"))


def career_1to1() -> dict[str, object]:
    uid = OLK + "1B2C3D4E5F60DB0100000000000000001000000051515151515151515151515151515151"
    desc = esc("""Siobhán – happy to chat about your DP applications and to act as a referee. Bring the job specs and \
your draft statement; we'll go through likely questions too.""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Dunne, Martin":mailto:mdunne@stcolmcilles-cs.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kelly, Siobhán":mailto:{WORK}
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:1:1 Siobhán / Martin – DP applications + reference
DTSTART;TZID=GMT Standard Time:20250320T160000
DTEND;TZID=GMT Standard Time:20250320T163000
DTSTAMP:20250317T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Principal's office
END:VEVENT"""
    return item("internal-career-1to1", lab(uid, 0, trap="internal-career-conversation-principal"),
                vcal(body, "exchange", tzs=("GMT Standard Time",)))


def coffee_chat() -> dict[str, object]:
    uid = "8n2c6x0m4q9v3b7k1t5r9p3h7w@google.com"
    desc = esc("""Declan did 4 yrs as an Education Officer (ex-JCSS) – ask: travel, how much school contact, \
secondment vs permanent, would he go back? Not a job interview, just picking his brain.""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250222T110000
DTEND;TZID=Europe/Dublin:20250222T120000
DTSTAMP:20250219T210000Z
ORGANIZER;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
UID:{uid}
ATTENDEE;CN=Declan Moran;PARTSTAT=ACCEPTED:mailto:declanmoran.edu@gmail.com
DESCRIPTION:{desc}
LOCATION:Butlers Chocolate Café\\, Rathfarnham
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Declan Moran – what the Education Officer job is really like
TRANSP:OPAQUE
END:VEVENT"""
    return item("coffee-chat-informational", lab(uid, 0, trap="coffee-chat-informational"),
                vcal(body, "google", tzs=("Europe/Dublin",)))


def fair_uae() -> dict[str, object]:
    uid = "evt-teach-uae-dublin-20250329-tkt-5512208@eventbrite.com"
    desc = esc("""Teach in the UAE – Recruitment Fair (Dublin)
Meet 20+ international schools recruiting Irish-qualified teachers and middle leaders for August 2025. \
Bring printed CVs; on-the-spot interviews possible with some schools.
Ticket: General admission (free) – Order #5512208""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250310T101000Z
DTSTART:20250329T100000Z
DTEND:20250329T150000Z
SUMMARY:Teach in the UAE – Recruitment Fair (Dublin)
DESCRIPTION:{desc}
LOCATION:{esc("Radisson Blu St Helen's Hotel, Stillorgan Road, Blackrock, Co. Dublin")}
URL:https://www.eventbrite.ie/e/teach-in-the-uae-recruitment-fair-dublin-tickets-5512208
END:VEVENT"""
    return item("job-fair-uae", lab(uid, 0, trap="job-fair-on-the-spot-interviews"),
                vcal(body, "outlook", method="PUBLISH"))


def careers_evening() -> dict[str, object]:
    uid = "evt-edtech-ireland-careers-20250410-tkt-7730115@eventbrite.com"
    desc = esc("""EdTech Ireland Careers Evening – for teachers thinking about a move into ed-tech.
Speakers from ClassBridge, SumWise and Learnúil on curriculum, product and customer-success roles, then \
networking. Pizza from 6.30.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250320T101000Z
DTSTART;TZID=Europe/Dublin:20250410T183000
DTEND;TZID=Europe/Dublin:20250410T210000
SUMMARY:EdTech Ireland Careers Evening
DESCRIPTION:{desc}
LOCATION:{esc("Dogpatch Labs, The CHQ Building, Custom House Quay, Dublin 1")}
END:VEVENT"""
    return item("job-fair-edtech", lab(uid, 0, trap="careers-evening-names-employers"),
                vcal(body, "outlook", method="PUBLISH", tzs=("Europe/Dublin",)))


def reference_ga() -> dict[str, object]:
    uid = "1k5t9r3p7h1w5n9c3x7m1q5v9b@google.com"
    desc = esc("""A Shiobhán, a chara,

Go raibh maith agat as glacadh le glao teistiméireachta a dhéanamh maidir le Pádraig Ó Sé, a rinne \
iarratas ar phost múinteora Mata anseo i nGaelcholáiste Cnoc na Gréine. Glaofaidh mé ort ar uimhir na \
scoile. Ní thógfaidh sé ach 10 nóiméad.

Le meas,
Caoimhín Mac Giolla Phádraig, Príomhoide""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250605T133000
DTEND;TZID=Europe/Dublin:20250605T134500
DTSTAMP:20250602T140000Z
ORGANIZER;CN=Caoimhín Mac Giolla Phádraig:mailto:priomhoide@gcnocnagreine.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhán Kelly:mailto:{WORK}
DESCRIPTION:{desc}
LOCATION:Glao gutháin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Glao teistiméireachta – Pádraig Ó Sé
TRANSP:OPAQUE
END:VEVENT"""
    return item("reference-referee-ga", lab(uid, 0, trap="reference-call-user-as-referee-ga-known-employer"),
                vcal(body, "google", tzs=("Europe/Dublin",)))


def recruiter_no_employer() -> dict[str, object]:
    uid = "4e6a8c0b-2d4f-4a6c-8e0a-b2d4f6a8c0e1"
    desc = esc("""Hi Siobhán, lovely to connect. Let's have a quick chat about where you are with your search – I have \
a few curriculum/learning-design roles with clients in Dublin and remote-UK that might suit, and I'd like to \
understand your salary expectations and notice period (school year!).

Hannah Quirke
Education Recruitment Consultant, EduStaff Ireland""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250218T120000Z
DTSTART;TZID=Europe/Dublin:20250224T163000
DTEND;TZID=Europe/Dublin:20250224T170000
SUMMARY:Call – Hannah (EduStaff Ireland) / Siobhán Kelly
ORGANIZER;CN=Hannah Quirke:mailto:hannah.quirke@edustaff.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT"""
    return item("recruiter-no-employer", lab(uid, 0, trap="recruiter-call-no-employer"),
                vcal(body, "outlook", tzs=("Europe/Dublin",)))


def prep_block() -> dict[str, object]:
    uid = "5m9q3v7b1n5k9t3r7p1h5w9c3x@google.com"
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250504T140000
DTEND;TZID=Europe/Dublin:20250504T170000
DTSTAMP:20250428T210000Z
ORGANIZER;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
UID:{uid}
DESCRIPTION:LAOS 2022 domains\\, SSE cycle\\, wellbeing framework\\, DEIS plan\\, 'tell us about a time you \
led change'. Kids at Mam's.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep – DP interviews
TRANSP:OPAQUE
END:VEVENT"""
    return item("prep-block", lab(uid, 0, trap="prep-block"), vcal(body, "google", tzs=("Europe/Dublin",)))


def prep_named() -> dict[str, object]:
    uid = "B7D9F1A3-C5E7-4092-B4D6-F8A0C2E4A6B8"
    notes = esc("""rehearse curriculum deep-dive for Tom, 3 examples of working w/ product. check flight + Jess's \
reimbursement form""")
    body = f"""BEGIN:VEVENT
CREATED:20250405T193000Z
DTSTAMP:20250405T193000Z
DTSTART;TZID=Europe/Dublin:20250407T193000
DTEND;TZID=Europe/Dublin:20250407T211500
SUMMARY:Prep for Tallyo final
DESCRIPTION:{notes}
UID:{uid}
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""
    return item("prep-named-employer", lab(uid, 0, trap="prep-block-named-employer"),
                vcal(body, "apple", method=None, tzs=("Europe/Dublin",)))


def irish_oral() -> dict[str, object]:
    uid = OLK + "2C3D4E5F6071DB0100000000000000001000000052525252525252525252525252525252"
    desc = esc("""Scrúduithe Béil Gaeilge na hArdteistiméireachta – 6ú Bliain. Beidh an scrúdaitheoir sa Leabharlann; \
clúdach ranganna ag teastáil. Siobhán: 5ú Bliain Mata ag 11.00 i Seomra 14 (clúdach).""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Carr, Yvonne":mailto:ycarr@stcolmcilles-cs.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kelly, Siobhán":mailto:{WORK}
DESCRIPTION;LANGUAGE=ga-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=ga-IE:Scrúduithe Béil Gaeilge – 6ú Bliain (clúdach)
DTSTART;TZID=GMT Standard Time:20250410T110000
DTEND;TZID=GMT Standard Time:20250410T114000
DTSTAMP:20250401T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ga-IE:Seomra 14
END:VEVENT"""
    return item("internal-oral-exam-ga", lab(uid, 0, trap="internal-oral-exam-cover-ga"),
                vcal(body, "exchange", tzs=("GMT Standard Time",)))


def exchange_es() -> dict[str, object]:
    uid = "7r1p5h9w3c7x1m5q9v3b7n1k5t@google.com"
    desc = esc("""Reunión por videollamada con el IES Miguel Hernández (Alicante) para organizar el intercambio \
escolar de 4º ESO / Transition Year: fechas de octubre, familias de acogida y seguro de viaje. Asisten Carmen Ruiz y \
Siobhán Kelly (acompañante).

Unirse con Google Meet: https://meet.google.com/ies-mhzq-alc""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250430T170000
DTEND;TZID=Europe/Madrid:20250430T180000
DTSTAMP:20250422T090000Z
ORGANIZER;CN=Carmen Ruiz:mailto:cruiz@stcolmcilles-cs.ie
UID:{uid}
ATTENDEE;CN=Siobhán Kelly;PARTSTAT=ACCEPTED:mailto:{WORK}
ATTENDEE;CN=Rafael Soler;PARTSTAT=ACCEPTED:mailto:rsoler@iesmiguelhernandez.es
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/ies-mhzq-alc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reunión – intercambio escolar con IES Miguel Hernández (Alicante)
TRANSP:OPAQUE
END:VEVENT"""
    return item("school-exchange-es", lab(uid, 0, trap="school-exchange-meeting-es"),
                vcal(body, "google", tzs=("Europe/Madrid",)))


def french_class() -> dict[str, object]:
    uid = "af-dublin-b1-mardi-2025-t2-skelly@alliance-francaise.ie"
    desc = esc("""Cours de français – niveau B1 (trimestre 2). Professeure : Mme Claire Dufresne. Salle 3.
Apportez votre manuel « Édito B1 ».""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250105T100000Z
DTSTART;TZID=Europe/Dublin:20250114T183000
DTEND;TZID=Europe/Dublin:20250114T203000
RRULE:FREQ=WEEKLY;COUNT=12;BYDAY=TU
SUMMARY:Cours de français B1 – Alliance Française
DESCRIPTION:{desc}
LOCATION:{esc("Alliance Française, 1 Kildare Street, Dublin 2 – Salle 3")}
END:VEVENT"""
    return item("class-fr-recurring", lab(uid, 0, trap="class-fr-recurring"),
                vcal(body, "outlook", method="PUBLISH", tzs=("Europe/Dublin",)))


def ty_mock() -> dict[str, object]:
    uid = OLK + "3D4E5F607182DB0100000000000000001000000053535353535353535353535353535353"
    desc = esc("""TY Careers Week – mock job interviews. Each volunteer interviewer takes 4 students (10 mins each) \
using the question sheet, then gives feedback on the student's CV and handshake/eye contact. Thanks for \
volunteering!
Siobhán: TY2 students, Room 21.""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="O'Hara, Fionnuala":mailto:fohara@stcolmcilles-cs.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kelly, Siobhán":mailto:{WORK}
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:TY Careers Week – mock interviews (volunteer interviewers)
DTSTART;TZID=GMT Standard Time:20250212T110000
DTEND;TZID=GMT Standard Time:20250212T120000
DTSTAMP:20250203T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Room 21
END:VEVENT"""
    return item("mock-ty-students", lab(uid, 0, trap="mock-interviews-for-students"),
                vcal(body, "exchange", tzs=("GMT Standard Time",)))


def enrolment() -> dict[str, object]:
    uid = "E2F4A6C8-0B1D-4E3F-A5C7-E9B1D3F5A7C9"
    notes = esc("""Saoirse's enrolment interview for 1st Year 2026 – both of us + Saoirse. Bring baptism cert?? \
(check), primary school report, PPSN. Meeting with Ms Fahy""")
    body = f"""BEGIN:VEVENT
CREATED:20250301T210000Z
DTSTAMP:20250301T210000Z
DTSTART;TZID=Europe/Dublin:20250313T190000
DTEND;TZID=Europe/Dublin:20250313T193000
SUMMARY:Enrolment interview – Saoirse – Ardscoil Mhuire
DESCRIPTION:{notes}
LOCATION:Ardscoil Mhuire\\, Ballinteer
UID:{uid}
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT"""
    return item("personal-enrolment-interview", lab(uid, 0, trap="kid-enrolment-interview-known-employer"),
                vcal(body, "apple", method=None, tzs=("Europe/Dublin",)))


def deadline() -> dict[str, object]:
    uid = "2h6w0c4x8m2q6v0b4n8k2t6r0p@google.com"
    body = f"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20250307
DTEND;VALUE=DATE:20250308
DTSTAMP:20250301T100000Z
ORGANIZER;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
UID:{uid}
DESCRIPTION:12 noon! upload CV + cover letter + 2 referees (Martin\\, Eimear)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DEADLINE: NIEM application – Research Officer
TRANSP:TRANSPARENT
END:VEVENT"""
    return item("application-deadline", lab(uid, 0, trap="application-deadline-allday"),
                vcal(body, "google", method="PUBLISH", head=("X-WR-TIMEZONE:Europe/Dublin",)))


def events() -> list[dict[str, object]]:
    return [
        staff_meeting(),
        exit_interview(),
        career_1to1(),
        coffee_chat(),
        fair_uae(),
        careers_evening(),
        reference_ga(),
        recruiter_no_employer(),
        prep_block(),
        prep_named(),
        irish_oral(),
        exchange_es(),
        french_class(),
        ty_mock(),
        enrolment(),
        deadline(),
    ]
