"""holdout123 negatives: the user on the hiring side at Pilbara Ore (he interviews, scores and debriefs)."""

from __future__ import annotations

from holdout123ev_ics import Ev, ev

P = ("Australia/Perth",)
WA = ("W. Australia Standard Time",)


def side(kind: str, body: str, tool: str, trap: str, **kw: object) -> Ev:
    return ev(kind, body, tool, yes=0, trap="user-as-interviewer-" + trap, **kw)  # type: ignore[arg-type]


def events() -> list[Ev]:
    return [
        side("sf-interviewer", r"""
            BEGIN:VEVENT
            UID:SF-ISC-000448913-1@pilbaraore.successfactors.com
            DTSTAMP:20261124T020000Z
            DTSTART;TZID=Australia/Perth:20261201T100000
            DTEND;TZID=Australia/Perth:20261201T110000
            SUMMARY:Interview: HSE Adviser (Tom Price) - Jayden Kerr
            ORGANIZER;CN=Pilbara Ore Careers:mailto:careers@pilbaraore.com.au
            ATTENDEE;CN=Liam Fraser;ROLE=REQ-PARTICIPANT:mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;CN=Rosa Delgado;ROLE=REQ-PARTICIPANT:mailto:rosa.delgado@pilbaraore.com.au
            ATTENDEE;CN=Jayden Kerr;ROLE=REQ-PARTICIPANT:mailto:jayden.kerr@outlook.com
            LOCATION:Microsoft Teams Meeting
            DESCRIPTION:Interviewers: Liam Fraser (HSE Superintendent)\, Rosa Delgado (HR Advisor)\nCandidate: Jayde
             n Kerr\nRequisition: 4471 HSE Adviser - Tom Price (8/6 FIFO)\n\nPlease complete the interview feedbac
             k form in SuccessFactors within 24 hours.
            END:VEVENT
        """, "successfactors", "successfactors-en", tzs=P),
        side("workday-kit", r"""
            BEGIN:VEVENT
            UID:WD-INTKIT-5e0c2a91-44b7-4d8e-a3f9-8b1d6c7e2f05@myworkday.com
            DTSTAMP:20261126T040000Z
            DTSTART;TZID=Australia/Perth:20261203T133000
            DTEND;TZID=Australia/Perth:20261203T143000
            SUMMARY:Interview Kit: Senior HSE Adviser - Priya Nair (candidate)
            ORGANIZER;CN=Pilbara Ore Talent:mailto:pilbaraore@myworkday.com
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            LOCATION:Tom Price admin - Meeting Room 2
            DESCRIPTION:You are scheduled to interview Priya Nair for Senior HSE Adviser (R-8812).\n\nYour intervie
             w kit: focus areas - critical risk management\, contractor management\, coaching frontline leaders. Sug
             gested questions and rating guide attached in Workday. Submit your rating by end of day.
            END:VEVENT
        """, "workday", "kit-en", tzs=P),
        side("scorecard", r"""
            BEGIN:VEVENT
            UID:sf-feedback-reminder-448913-lfraser@pilbaraore.successfactors.com
            DTSTAMP:20261201T030000Z
            DTSTART;TZID=Australia/Perth:20261202T080000
            DTEND;TZID=Australia/Perth:20261202T081500
            SUMMARY:Reminder: submit interview feedback - Mitch Baker\, Safety Adviser
            ORGANIZER;CN=Pilbara Ore Careers:mailto:careers@pilbaraore.com.au
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            DESCRIPTION:Your scorecard for Mitch Baker (Safety Adviser\, req 4469) is overdue. The hiring decision i
             s waiting on your ratings.
            END:VEVENT
        """, "successfactors", "scorecard-en", tzs=P),
        side("debrief", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000C05F8E2A855CDB01000000000000000010000000A7C3E1
            DTSTAMP:20261202T050000Z
            DTSTART;TZID=W. Australia Standard Time:20261204T150000
            DTEND;TZID=W. Australia Standard Time:20261204T153000
            SUMMARY:Debrief - HSE Adviser candidates (Tom Price)
            ORGANIZER;CN="Delgado, Rosa":mailto:rosa.delgado@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Munro, Craig":mailto:craig.munro@pilbaraore.com.au
            LOCATION:Microsoft Teams Meeting
            DESCRIPTION:Quick debrief on Jayden\, Mitch and Priya - compare scores and agree who goes to reference c
             hecks.
            END:VEVENT
        """, "outlook", "debrief-en", tzs=WA),
        side("calendly-host", r"""
            BEGIN:VEVENT
            UID:c71e0a4f-9b3d-4e26-8f15-2a6d0c9b7e33@calendly.com
            DTSTAMP:20261125T110000Z
            DTSTART:20261127T050000Z
            DTEND:20261127T053000Z
            SUMMARY:Chloe Watts and Liam Fraser
            ORGANIZER;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;CN=Chloe Watts;RSVP=TRUE:mailto:chloe.watts92@gmail.com
            LOCATION:Liam will call you
            DESCRIPTION:Event Name: HSE Adviser - phone screen (Pilbara Ore)\n\nInvitee: Chloe Watts\nInvitee Email
             : chloe.watts92@gmail.com\nQuestions: Current role? - Safety Officer\, civil construction (Karratha)\n\
             nPowered by Calendly.com
            END:VEVENT
        """, "calendly", "calendly-host-en"),
        side("agency-candidate", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000A0C2E9F1845CDB01000000000000000010000000B2D4F6
            DTSTAMP:20261126T060000Z
            DTSTART;TZID=W. Australia Standard Time:20261130T110000
            DTEND;TZID=W. Australia Standard Time:20261130T120000
            SUMMARY:Candidate interview: Daniel Ruiz - HSE Coordinator (Pilbara Ore)
            ORGANIZER;CN="Carvalho, Ben":mailto:ben.carvalho@ochresearch.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Daniel Ruiz:mailto:danielruiz.hse@hotmail.com
            LOCATION:Pilbara Ore\, 2 The Esplanade\, Perth - Level 12
            DESCRIPTION:Hi Liam\,\n\nAs agreed\, Daniel Ruiz will come in to meet you for the HSE Coordinator role
             . CV and my shortlist notes attached. Let me know your thoughts after.\n\nBen Carvalho\nOchre Search
            END:VEVENT
        """, "outlook", "agency-sends-candidate-en", tzs=WA),
        side("freemail-candidate", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000D0B8A3C2855CDB0100000000000000001000000059E1A0
            DTSTAMP:20261127T020000Z
            DTSTART;TZID=W. Australia Standard Time:20261202T140000
            DTEND;TZID=W. Australia Standard Time:20261202T150000
            SUMMARY:Interview - Ben Okafor - Senior HSE Adviser
            ORGANIZER;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ben.okafor87@gmail.com:mailto:ben.okafor87@gmail.com
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Delgado, Rosa":mailto:rosa.delgado@pilbaraore.com.au
            LOCATION:Microsoft Teams Meeting
            DESCRIPTION:Hi Ben\,\n\nThanks for your application. Looking forward to chatting about the Senior HSE Ad
             viser role at Pilbara Ore. Rosa from HR will join us.\n\nCheers\,\nLiam Fraser\nHSE Superintendent | Pi
             lbara Ore
            END:VEVENT
        """, "outlook", "organizer-freemail-candidate-en", tzs=WA),
        side("hand-terse", r"""
            BEGIN:VEVENT
            UID:3F8D1B6A-0C27-4E95-8A3D-7B2E5C9F1D40
            DTSTAMP:20261128T120000Z
            DTSTART;TZID=Australia/Perth:20261204T100000
            DTEND;TZID=Australia/Perth:20261204T104500
            SUMMARY:int Sarah M (HSEA cand) - rm 2
            DESCRIPTION:questions in OneNote. ask re: contractor mgmt + fatigue
            END:VEVENT
        """, "apple", "hand-terse-en", tzs=P, method=None),
        side("shadowing", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000010E4C7B5855CDB01000000000000000010000000F3A8C2
            DTSTAMP:20261201T010000Z
            DTSTART;TZID=W. Australia Standard Time:20261208T090000
            DTEND;TZID=W. Australia Standard Time:20261208T100000
            SUMMARY:Interview panel - ERT Coordinator - Kate Lo shadowing
            ORGANIZER;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lo, Kate":mailto:kate.lo@pilbaraore.com.au
            LOCATION:Tom Price - Emergency Services building
            DESCRIPTION:Kate - sit in and observe how I run this one (Emergency Response Coordinator\, candidate 3)
             . You'll lead the next one and I'll shadow you. Scoring sheet on the SharePoint.
            END:VEVENT
        """, "outlook", "shadowing-en", tzs=WA),
        side("training", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000E0F5A1C3855CDB010000000000000000100000002C7D9E
            DTSTAMP:20261124T040000Z
            DTSTART;TZID=W. Australia Standard Time:20261209T083000
            DTEND;TZID=W. Australia Standard Time:20261209T120000
            SUMMARY:Behavioural interviewing for hiring panels (P&C training)
            ORGANIZER;CN="People & Culture Learning":mailto:pclearning@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            LOCATION:Perth office - Training Room 12.3
            DESCRIPTION:Mandatory for all superintendents who sit on hiring panels: structured behavioural questions
             \, avoiding bias\, scoring\, record keeping and EEO obligations.
            END:VEVENT
        """, "outlook", "panel-training-en", tzs=WA),
        side("grad-screens", r"""
            BEGIN:VEVENT
            DTSTART;TZID=Australia/Perth:20261210T130000
            DTEND;TZID=Australia/Perth:20261210T160000
            DTSTAMP:20261203T030000Z
            ORGANIZER;CN=Hannah Croft:mailto:hannah.croft@pilbaraore.com.au
            UID:9f4kd1m7q3v8c0t2h6n5b9rslw@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser@pilbaraor
             e.com.au;X-NUM-GUESTS=0:mailto:liam.fraser@pilbaraore.com.au
            DESCRIPTION:Liam - 4 x 30 min phone screens for the 2027 HSE graduate intake (shortlist attached: Ng\, W
             alker\, Osei\, Patel). You call them\, I'll log scores in the tracker.\n\nHannah\nGraduate Programs
            LOCATION:
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Grad program phone screens x4 (HSE)
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", "grad-screens-en", tzs=P),
        side("assessment-centre", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000F0D9B4E6855CDB01000000000000000010000000845A1B
            DTSTAMP:20261125T020000Z
            DTSTART;TZID=W. Australia Standard Time:20261212T073000
            DTEND;TZID=W. Australia Standard Time:20261212T160000
            SUMMARY:Assessment centre - trainee haul truck operators - safety station
            ORGANIZER;CN="Ruatapu, Mere":mailto:mere.ruatapu@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            LOCATION:Karratha Training Centre
            DESCRIPTION:You're running the safety awareness station (hazard spotting + short structured interview) f
             or 24 trainee operator applicants. Score sheets provided.
            END:VEVENT
        """, "outlook", "assessment-centre-en", tzs=WA),
        side("teams-panel", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000707BA2D4855CDB010000000000000000100000006B0E3F
            DTSTAMP:20261203T010000Z
            DTSTART;TZID=W. Australia Standard Time:20261210T100000
            DTEND;TZID=W. Australia Standard Time:20261210T110000
            SUMMARY:Panel interview - Emergency Response Coordinator - Candidate 2 (Hayley Tran)
            ORGANIZER;CN="Delgado, Rosa":mailto:rosa.delgado@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Lo, Kate":mailto:kate.lo@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Hayley Tran:mailto:hayleytran.ert@yahoo.com.au
            LOCATION:Microsoft Teams Meeting
            DESCRIPTION:Panel: Liam Fraser (chair)\, Kate Lo. Candidate joins via Teams from Port Hedland.
            END:VEVENT
        """, "outlook", "panel-chair-en", tzs=WA),
        side("reminder", r"""
            BEGIN:VEVENT
            UID:SF-ISC-000449021-2@pilbaraore.successfactors.com
            DTSTAMP:20261205T000000Z
            DTSTART;TZID=Australia/Perth:20261207T090000
            DTEND;TZID=Australia/Perth:20261207T100000
            SUMMARY:You're interviewing Aroha Ngata tomorrow - HSE Adviser (Paraburdoo)
            ORGANIZER;CN=Pilbara Ore Careers:mailto:careers@pilbaraore.com.au
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            DESCRIPTION:Reminder for interviewers. Candidate: Aroha Ngata. Resume and interview guide are in Success
             Factors > Recruiting > My Interviews.
            END:VEVENT
        """, "successfactors", "reminder-en", tzs=P),
        side("hiring-committee", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000B0E6C1F7855CDB01000000000000000010000000D4F7A2
            DTSTAMP:20261124T050000Z
            DTSTART;TZID=W. Australia Standard Time:20261126T140000
            DTEND;TZID=W. Australia Standard Time:20261126T143000
            SUMMARY:Recruitment approval - HSE team backfill (2 x advisers)
            ORGANIZER;CN="Munro, Craig":mailto:craig.munro@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Delgado, Rosa":mailto:rosa.delgado@pilbaraore.com.au
            DESCRIPTION:Liam to present the case for backfilling the two HSE adviser roles (Tom Price + Paraburdoo)\
             , interview panel composition and timeline.
            END:VEVENT
        """, "outlook", "hiring-approval-en", tzs=WA),
        side("site-tour", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E00800000000C0A3F8E2855CDB01000000000000000010000000E1B9C5
            DTSTAMP:20261207T020000Z
            DTSTART;TZID=W. Australia Standard Time:20261211T130000
            DTEND;TZID=W. Australia Standard Time:20261211T150000
            SUMMARY:Site tour for candidate - Josh Pereira (HSE Adviser)
            ORGANIZER;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Josh Pereira:mailto:joshpereira.safety@gmail.com
            LOCATION:Tom Price mine - gatehouse
            DESCRIPTION:Josh - I'll walk you through the pit\, workshop and crib rooms so you get a feel for the rol
             e before we make a decision. Bring your PPE.
            END:VEVENT
        """, "outlook", "site-tour-host-en", tzs=WA),
        side("candidate-invite-de", r"""
            BEGIN:VEVENT
            DTSTART:20261209T010000Z
            DTEND:20261209T014500Z
            DTSTAMP:20261204T190000Z
            ORGANIZER;CN=Lukas Brandt:mailto:lukas.brandt@gmx.de
            UID:3h7tq0c5m9k2v6d1r8n4b3sfqe@google.com
            ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.fraser@pilbaraor
             e.com.au;X-NUM-GUESTS=0:mailto:liam.fraser@pilbaraore.com.au
            DESCRIPTION:Hallo Herr Fraser\,\n\nvielen Dank für die Einladung! Wie besprochen hier der Termin für mei
             n Vorstellungsgespräch für das Praktikum HSE bei Pilbara Ore (Working Holiday). 9 Uhr Perth = 2 Uhr mor
             gens bei mir - kein Problem!\n\nViele Grüße\nLukas Brandt
            LOCATION:Microsoft Teams (Link von Herrn Fraser)
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Vorstellungsgespräch Pilbara Ore - Lukas Brandt
            TRANSP:OPAQUE
            END:VEVENT
        """, "google", "candidate-invite-de"),
        side("internship-fr", r"""
            BEGIN:VEVENT
            UID:ipms-stages-2026-1187@ipms.fr
            DTSTAMP:20261201T090000Z
            DTSTART;TZID=Europe/Paris:20261211T090000
            DTEND;TZID=Europe/Paris:20261211T093000
            SUMMARY:Entretien de stage - Camille Roux / Pilbara Ore (tuteur : Liam Fraser)
            ORGANIZER;CN=Bureau des stages IPMS:mailto:stages@ipms.fr
            ATTENDEE;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;CN=Camille Roux:mailto:camille.roux@etu.ipms.fr
            LOCATION:Zoom
            DESCRIPTION:Bonjour M. Fraser\,\n\nNous vous remercions d'accueillir potentiellement un(e) de nos étudia
             nt(e)s en stage de fin d'études. Voici le créneau de l'entretien que vous mènerez avec Camille Roux (st
             age HSE\, 6 mois\, Tom Price). 9h à Paris = 16h à Perth.\n\nBureau des stages\nInstitut Polytechnique d
             es Mines du Sud
            END:VEVENT
        """, "outlook", "internship-fr", tzs=("Europe/Paris",)),
        side("agency-es", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000050C8D1A3865CDB01000000000000000010000000A0B3D7
            DTSTAMP:20261202T150000Z
            DTSTART;TZID=America/Santiago:20261210T210000
            DTEND;TZID=America/Santiago:20261210T220000
            SUMMARY:Entrevista con candidato: Mateo Rivas - Asesor HSE (Pilbara Ore)
            ORGANIZER;CN="Ibáñez, Constanza":mailto:constanza.ibanez@talentoandino.cl
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Liam Fraser:mailto:liam.fraser@pilbaraore.com.au
            ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Mateo Rivas:mailto:mateo.rivas.prevencion@gmail.com
            LOCATION:Reunión de Microsoft Teams
            DESCRIPTION:Estimado Liam:\n\nComo acordamos\, le presento a Mateo Rivas\, experto en prevención de ries
             gos (6 años en la gran minería del cobre)\, para su vacante de Asesor HSE. La entrevista será en inglés
             ; usted la conduce y yo solo hago la presentación.\n\nSaludos\,\nConstanza Ibáñez\nTalento Andino - Hea
             dhunting minero
            END:VEVENT
        """, "outlook", "agency-presents-candidate-es", tzs=("America/Santiago",)),
        side("internal-eoi", r"""
            BEGIN:VEVENT
            UID:7C2A9E4F-5D13-4B68-9F0A-1E6D3B8C2A75
            DTSTAMP:20261130T010000Z
            DTSTART;TZID=Australia/Perth:20261201T153000
            DTEND;TZID=Australia/Perth:20261201T161500
            SUMMARY:Internal EOI interview - Dylan (Senior HSEA)
            LOCATION:My office
            DESCRIPTION:Dylan's EOI for the senior adviser step-up. Use same questions as external. Rosa to sit in.
            END:VEVENT
        """, "apple", "internal-eoi-en", tzs=P, method=None),
        side("ats-admin", r"""
            BEGIN:VEVENT
            UID:040000008200E00074C5B7101A82E0080000000090F1B7E4855CDB010000000000000000100000003A6C8D
            DTSTAMP:20261130T230000Z
            DTSTART;TZID=W. Australia Standard Time:20261203T073000
            DTEND;TZID=W. Australia Standard Time:20261203T080000
            SUMMARY:Update interview plans + close stale HSE reqs in SuccessFactors
            ORGANIZER;CN="Fraser, Liam":mailto:liam.fraser@pilbaraore.com.au
            DESCRIPTION:Req 4469 + 4471: move rejected candidates\, add Kate to the interview plan for ERT Coord\, c
             lose the old Paraburdoo req.
            X-MICROSOFT-CDO-BUSYSTATUS:BUSY
            END:VEVENT
        """, "outlook", "ats-admin-en", tzs=WA, method="PUBLISH"),
    ]
