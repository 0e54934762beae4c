"""holdout123 negatives: personal life, media, coaching, webinars, fairs, referee and recruiter calls, prep."""

from __future__ import annotations

from holdout123ev_ics import Ev, ev

P = ("Australia/Perth",)


def no(kind: str, body: str, tool: str, trap: str, **kw: object) -> Ev:
    return ev(kind, body, tool, yes=0, trap=trap, **kw)  # type: ignore[arg-type]


def events() -> list[Ev]:
    return [
        no("gp", r"""
            BEGIN:VEVENT
            UID:hotdoc-appt-77310452@hotdoc.com.au
            DTSTAMP:20261124T090000Z
            DTSTART;TZID=Australia/Perth:20261128T084500
            DTEND;TZID=Australia/Perth:20261128T090000
            SUMMARY:Appointment with Dr Anjali Nair - Claremont Family Practice
            LOCATION:Claremont Family Practice\, 12 Bay View Tce\, Claremont WA 6010
            DESCRIPTION:Standard consultation (blood test results). Please arrive 5 minutes early. To cancel\, use t
             he HotDoc app.
            END:VEVENT
        """, "google", "personal-gp-en", tzs=P, method="PUBLISH"),
        no("physio", r"""
            BEGIN:VEVENT
            UID:5B1E8D2C-9F47-4A03-B6E1-0C7A2D5F9E18
            DTSTAMP:20261126T100000Z
            DTSTART;TZID=Australia/Perth:20261203T173000
            DTEND;TZID=Australia/Perth:20261203T181500
            SUMMARY:Physio - shoulder
            LOCATION:Cottesloe Physio
            END:VEVENT
        """, "apple", "personal-physio-en", tzs=P, method=None),
        no("parent-teacher", r"""
            BEGIN:VEVENT
            UID:schoolbox-ptinterview-20261202-5531@wembleyps.wa.edu.au
            DTSTAMP:20261120T020000Z
            DTSTART;TZID=Australia/Perth:20261202T161000
            DTEND;TZID=Australia/Perth:20261202T162000
            SUMMARY:Parent-Teacher Interview: Ava Fraser (Year 5) with Mrs Pattison
            ORGANIZER;CN=Wembley Primary School:mailto:noreply@wembleyps.wa.edu.au
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Room 14
            DESCRIPTION:Your parent-teacher interview booking is confirmed. Interviews run for 10 minutes.
            END:VEVENT
        """, "google", "school-parent-teacher-interview-en", tzs=P),
        no("passport", r"""
            BEGIN:VEVENT
            UID:auspost-passport-INT-9915520@auspost.com.au
            DTSTAMP:20261123T230000Z
            DTSTART;TZID=Australia/Perth:20261205T093000
            DTEND;TZID=Australia/Perth:20261205T100000
            SUMMARY:Passport interview - Cannington Post Shop
            LOCATION:Westfield Carousel\, 1382 Albany Hwy\, Cannington WA 6107
            DESCRIPTION:Passport interview for: Ava Fraser (child). Both parents to attend with completed form\, bir
             th certificate and photos.
            END:VEVENT
        """, "google", "passport-interview-en", tzs=P, method="PUBLISH"),
        no("bank", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261207T123000
            DTEND;TZID=Australia/Perth:20261207T131500
            DTSTAMP:20261201T040000Z
            ORGANIZER;CN=Tim Hallett:mailto:tim.hallett@swanbank.com.au
            UID:6r0pk4c8m2v9d5t1h7n3b0qsle@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            DESCRIPTION:Home loan review - fixed term ends in February. Bring two recent payslips.\n\nTim Hallett\nH
             ome Lending Specialist\, Swan Bank
            LOCATION:Swan Bank Subiaco branch
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Home loan review - Swan Bank
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", "personal-bank-en", tzs=P),
        no("spouse-interview", r"""
            BEGIN:VEVENT
            UID:0A6C3E9B-2D84-4F17-A5B0-8E1D7C4F2A63
            DTSTAMP:20261129T080000Z
            DTSTART;TZID=Australia/Perth:20261204T130000
            DTEND;TZID=Australia/Perth:20261204T153000
            SUMMARY:Emma's job interview (Fiona Stanley) - I do school pickup 3pm
            DESCRIPTION:Emma in Murdoch from 1. Pick up Ava + Jack at 3.
            END:VEVENT
        """, "apple", "someone-elses-interview-en", tzs=P, method=None),
        no("radio", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000E0C7A5B1855CDB0100000000000000001000000092F4D0
            DTSTAMP:20261125T030000Z
            DTSTART;TZID=W. Australia Standard Time:20261201T071000
            DTEND;TZID=W. Australia Standard Time:20261201T072500
            SUMMARY:Red Dirt FM breakfast - live interview re heat stress
            ORGANIZER;CN="Corporate Affairs":mailto:media@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            LOCATION:Phone - producer calls 7:05am
            DESCRIPTION:Live radio interview (Kayla and Mick breakfast show). Key messages: hydration\, buddy checks
             \, work-rest regime. Approved talking points attached - please stick to them.
            END:VEVENT
        """, "outlook", "radio-interview-en", tzs=("W. Australia Standard Time",)),
        no("podcast", r"""
            BEGIN:VEVENT
            UID:riverside-rec-48-safetyyarns@riverside.fm
            DTSTAMP:20261127T060000Z
            DTSTART:20261209T040000Z
            DTEND:20261209T051500Z
            SUMMARY:Podcast recording - Safety Yarns ep. 48 (guest interview: Liam Fraser)
            ORGANIZER;CN=Jack Mahony:mailto:jack@safetyyarns.com.au
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:https://riverside.fm/studio/safety-yarns
            DESCRIPTION:Topic: what 20 years in FIFO safety taught you about fatigue. Use headphones\, laptop on cha
             rge.
            END:VEVENT
        """, "google", "podcast-interview-en"),
        no("user-research", r"""
            BEGIN:VEVENT
            UID:9d2f4a81-6c3e-4b7a-b0e5-1f8c2d7a3e94@calendly.com
            DTSTAMP:20261126T010000Z
            DTSTART:20261202T030000Z
            DTEND:20261202T034500Z
            SUMMARY:Liam Fraser and Ines Carvalho
            ORGANIZER;CN=Ines Carvalho:mailto:ines@hazardly.io
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Zoom
            DESCRIPTION:Event Name: Hazardly user interview (45 min\, $100 gift card)\n\nWe're talking to safety lea
             ders about how they run take-5s and field inspections on mobile. No prep needed.\n\nPowered by Calendly
             .com
            END:VEVENT
        """, "calendly", "user-research-interview-en"),
        no("press-fr", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000A0D5E8F3855CDB01000000000000000010000000C8A1E4
            DTSTAMP:20261128T090000Z
            DTSTART;TZID=Europe/Paris:20261210T090000
            DTEND;TZID=Europe/Paris:20261210T094500
            SUMMARY:Entretien pour Mines & Sécurité Magazine - Liam Fraser (Pilbara Ore)
            ORGANIZER;CN="Morel, Anaïs":mailto:anais.morel@mines-securite-mag.fr
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            LOCATION:Zoom
            DESCRIPTION:Bonjour Liam\,\n\nMerci d'avoir accepté cet entretien pour notre dossier « Le FIFO australie
             n et la fatigue ». L'échange se fera en anglais\, environ 40 minutes. Je vous enverrai l'article pour r
             electure.\n\nAnaïs Morel\, journaliste
            END:VEVENT
        """, "outlook", "press-interview-fr", tzs=("Europe/Paris",)),
        no("mock-coach", r"""
            BEGIN:VEVENT
            UID:D7E2A1F9-4C60-4B8D-9E37-2A5F0C1B6D84
            DTSTAMP:20261201T110000Z
            DTSTART;TZID=Australia/Perth:20261203T180000
            DTEND;TZID=Australia/Perth:20261203T190000
            SUMMARY:Mock panel interview w/ Deb (career coach) - Spinifex prep
            LOCATION:Zoom (Deb's link)
            DESCRIPTION:Practise the critical controls presentation + 3 STAR stories. Deb playing COO.
            END:VEVENT
        """, "apple", "mock-coach-en", tzs=P, method=None),
        no("mock-mentor", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261206T100000
            DTEND;TZID=Australia/Perth:20261206T110000
            DTSTAMP:20261130T050000Z
            ORGANIZER;CN=Raj Pillai:mailto:raj.pillai@iinet.net.au
            UID:2d8mq6c0v4k1h9t5r3n7b2pslu@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser.hse@bigpo
             nd.com;X-NUM-GUESTS=0:mailto:liam.fraser.hse@bigpond.com
            DESCRIPTION:Safety Institute of WA mentoring program - practice interview for your GM-level panels. I'l
             l throw the hard ones at you.
            LOCATION:
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Practice interview - SIWA mentoring (Raj)
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", "mock-mentor-en", tzs=P),
        no("webinar", r"""
            BEGIN:VEVENT
            UID:zoom-webinar-88120457731@zoom.us
            DTSTAMP:20261124T000000Z
            DTSTART:20261202T090000Z
            DTEND:20261202T100000Z
            SUMMARY:Webinar: Nailing the behavioural interview for senior HSE roles
            ORGANIZER;CN=Safety Institute of WA:mailto:events@siwa.org.au
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:https://siwa.zoom.us/w/88120457731
            DESCRIPTION:Thank you for registering. Presenter: Karen Oduya (executive recruiter\, 15 years in resourc
             es). 5pm AWST. Recording available to members.
            END:VEVENT
        """, "zoom", "webinar-interview-skills-en"),
        no("webinar-de", r"""
            BEGIN:VEVENT
            UID:sg-event-webinar-2026-12-kessler@kessler-bbt.de
            DTSTAMP:20261125T100000Z
            DTSTART;TZID=Europe/Berlin:20261209T100000
            DTEND;TZID=Europe/Berlin:20261209T113000
            SUMMARY:Online-Seminar: Kollisionsvermeidung im Tagebau - Praxisbeispiele aus Australien
            ORGANIZER;CN=Kessler Bergbautechnik Akademie:mailto:akademie@kessler-bbt.de
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            LOCATION:Microsoft Teams Live-Event
            DESCRIPTION:Vielen Dank für Ihre Anmeldung! Referenten: Dr. Sabine Kröger und Gäste aus der Pilbara. Di
             e Präsentation ist auf Englisch.
            END:VEVENT
        """, "outlook", "webinar-de", tzs=("Europe/Berlin",)),
        no("webinar-es", r"""
            BEGIN:VEVENT
            UID:webinar-liderazgo-sso-2026-12@institutominero.cl
            DTSTAMP:20261126T200000Z
            DTSTART;TZID=America/Santiago:20261211T190000
            DTEND;TZID=America/Santiago:20261211T203000
            SUMMARY:Webinar: Liderazgo en seguridad minera - lecciones de Chile y Australia
            ORGANIZER;CN=Instituto Minero del Norte:mailto:eventos@institutominero.cl
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Zoom
            DESCRIPTION:Gracias por inscribirse. El webinar tendrá traducción simultánea al inglés.
            END:VEVENT
        """, "zoom", "webinar-es", tzs=("America/Santiago",)),
        no("job-fair", r"""
            BEGIN:VEVENT
            UID:eventbrite-8841920553-tix-lfraser@eventbrite.com
            DTSTAMP:20261120T000000Z
            DTSTART;TZID=Australia/Perth:20261205T100000
            DTEND;TZID=Australia/Perth:20261205T160000
            SUMMARY:Mining & Energy Careers Expo 2026
            LOCATION:Perth Convention and Exhibition Centre\, 21 Mounts Bay Rd\, Perth
            DESCRIPTION:Your ticket: General admission. 60+ exhibitors incl. miners\, contractors and energy compani
             es. Bring printed resumes.
            END:VEVENT
        """, "google", "job-fair-en", tzs=P, method="PUBLISH"),
        no("prep", r"""
            BEGIN:VEVENT
            UID:F1A8C3E6-7D25-4B90-8C14-3E9B0D6A2F57
            DTSTAMP:20261202T120000Z
            DTSTART;TZID=Australia/Perth:20261203T193000
            DTEND;TZID=Australia/Perth:20261203T213000
            SUMMARY:Prep - Spinifex panel tmrw
            DESCRIPTION:Annual report\, critical controls pres. (10 min)\, STAR examples: Tom Price fatality review\
             , contractor mgmt reset\, fatigue program.
            END:VEVENT
        """, "apple", "prep-block-en", tzs=P, method=None),
        no("pre-employment-medical", r"""
            BEGIN:VEVENT
            UID:occucare-booking-551207@occucare.com.au
            DTSTAMP:20261218T010000Z
            DTSTART;TZID=Australia/Perth:20261222T073000
            DTEND;TZID=Australia/Perth:20261222T100000
            SUMMARY:Pre-employment medical + D&A - Nullagine Iron
            LOCATION:Occucare Osborne Park\, 3/21 Hutton St
            DESCRIPTION:Requested by Nullagine Iron. Fasting not required. Includes audiometry\, spirometry\, functi
             onal assessment and drug & alcohol test. Bring photo ID and glasses.
            END:VEVENT
        """, "google", "pre-employment-medical-en", tzs=P, method="PUBLISH"),
        no("coffee-chat", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261128T073000
            DTEND;TZID=Australia/Perth:20261128T081500
            DTSTAMP:20261125T000000Z
            ORGANIZER;CN=Nick Marsh:mailto:nickmarsh.hse@gmail.com
            UID:0k5vq9c3m7h1d6t2r8n4b0sjgf@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=liam.fraser.hse@bigpond.com;X-NUM-G
             UESTS=0:mailto:liam.fraser.hse@bigpond.com
            DESCRIPTION:Catch up - happy to share what I'm seeing in the HSE market since I left Coral Sea. No agenda.
            LOCATION:Hylin\, West Leederville
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Coffee - Nick / Liam
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", "coffee-chat-en", tzs=P),
        no("referee", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000D0E2A7C6855CDB01000000000000000010000000F6C2B8
            DTSTAMP:20261127T010000Z
            DTSTART;TZID=W. Australia Standard Time:20261130T163000
            DTEND;TZID=W. Australia Standard Time:20261130T164500
            SUMMARY:Reference check - Tom Edwards (referee: Liam Fraser)
            ORGANIZER;CN="Pike, Shannon":mailto:shannon.pike@kimberleyenergy.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Phone
            DESCRIPTION:Hi Liam\, thanks for agreeing to be a referee for Tom Edwards\, who has applied for an HSE A
             dviser role with us. 15 minutes\, I'll call your mobile.\n\nShannon Pike\nTalent Acquisition\, Kimberle
             y Energy
            END:VEVENT
        """, "outlook", "referee-en", tzs=("W. Australia Standard Time",)),
        no("recruiter-no-employer", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000F0B9C3D7855CDB010000000000000000100000001D5E9A
            DTSTAMP:20261124T010000Z
            DTSTART;TZID=W. Australia Standard Time:20261125T170000
            DTEND;TZID=W. Australia Standard Time:20261125T173000
            SUMMARY:Chat - Liam Fraser / Ochre Search
            ORGANIZER;CN="Carvalho, Ben":mailto:ben.carvalho@ochresearch.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Liam Fraser:mailto:liam.fraser.hse@bigpond.com
            LOCATION:Phone
            DESCRIPTION:Liam - good to connect. Quick chat about what you're after (HSE Manager level\, Perth-base
             d or FIFO) and what I'm seeing in the market. I've got a couple of confidential briefs I can tell you m
             ore about on the call.
            END:VEVENT
        """, "outlook", "recruiter-no-employer-en", tzs=("W. Australia Standard Time",)),
    ]
