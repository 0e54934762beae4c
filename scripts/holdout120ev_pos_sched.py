"""holdout120: the user's own interviews from ATS and schedulers (part two, incl. DE/FR/ES)."""

from __future__ import annotations

from holdout120ev_ics import (
    ME_Y,
    TZ_BER,
    TZ_CHI,
    TZ_DEN,
    TZ_MAD,
    TZ_TOR,
    TZ_W_CST,
    Ev,
    att,
    cal,
    esc,
    meet,
    org,
    teams,
    vevent,
    zoom,
)


def _intl() -> list[Ev]:
    out = []
    d = esc("""
        Hallo Rachel,

        vielen Dank für Ihre Bewerbung als Legal Operations Manager (m/w/d) - Remote USA bei der Heller
        Automotive GmbH. Gerne möchten wir Sie zu einem ersten telefonischen Kennenlernen einladen.

        Gesprächspartnerin: Katrin Vogel, HR Business Partner
        Dauer: ca. 30 Minuten
        Das Gespräch findet auf Englisch statt; Katrin ruft Sie unter +1 312 555 0177 an.

        Bitte bestätigen Sie den Termin über den Link in der E-Mail.

        Viele Grüße
        Ihr Recruiting-Team der Heller Automotive GmbH
    """)
    uid = "personio-interview-5521877-heller"
    out.append(Ev("personio-phone-de", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250407T081200Z
        DTSTART;TZID=Europe/Berlin:20250411T160000
        DTEND;TZID=Europe/Berlin:20250411T163000
        {org("recruiting@heller-automotive.de", "Heller Automotive Recruiting")}
        {att("katrin.vogel@heller-automotive.de", "Katrin Vogel")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Einladung zum Telefoninterview - Legal Operations Manager (m/w/d)
        DESCRIPTION:{d}
        LOCATION:Telefon
        STATUS:CONFIRMED
    """), prodid="-//Personio GmbH//Personio Recruiting//DE", tz=(TZ_BER,)), uid, 1, "Heller Automotive",
        "Legal Operations Manager", "recruiter_screen", "katrin.vogel@heller-automotive.de", "personio-phone-de"))

    d = esc("""
        Guten Tag Frau Kowalski,

        wir freuen uns, Sie zum Zweitgespräch für die Position Contract Manager USA (m/w/d) einzuladen.
        Ihr Gesprächspartner ist Dr. Felix Brandauer, Head of Legal. Im Gespräch geht es um Ihre Erfahrung
        mit Vertragsmanagement und den Aufbau unseres US-Vertragsprozesses.

        Das Gespräch führen wir auf Englisch per Google Meet.
    """, meet("fkq-wzzn-ytr"), """
        Mit freundlichen Grüßen
        Vertragswerk GmbH | People & Culture
        Diese Einladung wurde über softgarden versendet.
    """)
    uid = "sg-3308841-b2f6@softgarden.io"
    out.append(Ev("softgarden-hm-de", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250512T091533Z
        DTSTART;TZID=Europe/Berlin:20250515T170000
        DTEND;TZID=Europe/Berlin:20250515T180000
        {org("jobs@vertragswerk.de", "Vertragswerk Recruiting")}
        {att("felix.brandauer@vertragswerk.de", "Dr. Felix Brandauer")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Zweitgespräch Contract Manager USA (m/w/d) - Vertragswerk
        DESCRIPTION:{d}
        LOCATION:Google Meet
        STATUS:CONFIRMED
    """), prodid="-//softgarden//Interview//DE", tz=(TZ_BER,)), uid, 1, "Vertragswerk", "Contract Manager USA",
        "hiring_manager", "felix.brandauer@vertragswerk.de", "softgarden-second-de"))

    d = esc("""
        Bonjour Rachel,

        Merci pour votre intérêt envers le poste de Gestionnaire, opérations juridiques (télétravail, É.-U. et
        Canada). Nous aimerions vous rencontrer pour une première entrevue vidéo de 45 minutes.

        Avec : Geneviève Lapointe, directrice des affaires juridiques, et Samuel Gagnon, conseiller en
        acquisition de talents.

        L'entrevue se déroulera en anglais. Lien Teams ci-dessous.
    """, teams("245 118 330 771", "OGQ4ZmMyNDEtYzA3Yy00"), """
        Au plaisir,
        L'équipe Vérilex
        Envoyé via Workable
    """)
    uid = "workable-ev-8813-verilex-2025"
    out.append(Ev("workable-fr", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250423T133000Z
        DTSTART;TZID=America/Toronto:20250429T100000
        DTEND;TZID=America/Toronto:20250429T104500
        {org("samuel.gagnon@verilex.ca", "Samuel Gagnon")}
        {att("genevieve.lapointe@verilex.ca", "Geneviève Lapointe")}
        {att("samuel.gagnon@verilex.ca", "Samuel Gagnon")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Entrevue - Gestionnaire\\, opérations juridiques - Vérilex
        DESCRIPTION:{d}
        LOCATION:Microsoft Teams
        STATUS:CONFIRMED
    """), prodid="-//Workable//Calendar//EN", tz=(TZ_TOR,)), uid, 1, "Vérilex",
        "Gestionnaire, opérations juridiques", "",
        "genevieve.lapointe@verilex.ca;samuel.gagnon@verilex.ca", "workable-entrevue-fr"))

    d = esc("""
        ¡Hola, Rachel!

        Gracias por tu interés en Altamira. Nos gustaría conocerte en una primera entrevista para el puesto de
        Contracts Manager (EE. UU., remoto).

        Entrevistadora: Lucía Ferrer, Head of Talent
        Duración: 30 minutos
        Idioma: inglés o español, como prefieras

        Enlace de la videollamada:
    """, meet("ayp-mmxk-qrt"), """
        ¿Necesitas cambiar la hora? Usa el enlace de tu correo de confirmación.
        Enviado con Teamtailor
    """)
    uid = "tt-interview-1f4e9b2c@teamtailor.com"
    out.append(Ev("teamtailor-es", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250505T090012Z
        DTSTART;TZID=Europe/Madrid:20250508T170000
        DTEND;TZID=Europe/Madrid:20250508T173000
        {org("lucia.ferrer@altamiralegal.es", "Lucía Ferrer")}
        {att("lucia.ferrer@altamiralegal.es", "Lucía Ferrer", ps="ACCEPTED", rsvp=False)}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Entrevista con Altamira Legal - Contracts Manager (EE. UU.)
        DESCRIPTION:{d}
        LOCATION:Google Meet
        STATUS:CONFIRMED
    """), prodid="-//Teamtailor//Calendar//ES", tz=(TZ_MAD,)), uid, 1, "Altamira Legal", "Contracts Manager",
        "recruiter_screen", "lucia.ferrer@altamiralegal.es", "teamtailor-entrevista-es"))
    return out


def _us_tools() -> list[Ev]:
    out = []
    d = esc("""
        Hi Rachel,

        You're confirmed to meet Paul Strickland, Director of Contracts, for the Contracts Manager role at
        Cobalt Ridge Energy. Paul is the hiring manager for this team in Denver (the role is remote-friendly).
    """, zoom("cobaltridge", "83310029475", "CRE551"), "Sent with Teamtailor")
    uid = "tt-interview-9a0c3e71@teamtailor.com"
    out.append(Ev("teamtailor-hm", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250415T221904Z
        DTSTART;TZID=America/Denver:20250422T090000
        DTEND;TZID=America/Denver:20250422T094500
        {org("careers@cobaltridgeenergy.com", "Cobalt Ridge Energy")}
        {att("paul.strickland@cobaltridgeenergy.com", "Paul Strickland")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Interview: Contracts Manager at Cobalt Ridge Energy
        DESCRIPTION:{d}
        LOCATION:Zoom
        STATUS:CONFIRMED
    """), prodid="-//Teamtailor//Calendar//EN", tz=(TZ_DEN,)), uid, 1, "Cobalt Ridge Energy", "Contracts Manager",
        "hiring_manager", "paul.strickland@cobaltridgeenergy.com", "teamtailor-hm-denver-en"))

    d = esc("""
        ORAL BOARD INTERVIEW NOTICE

        Applicant: Rachel Kowalski
        Position: Legal Operations Coordinator - Law Department (Recruitment #25-0142)

        You have been scheduled for an oral board interview before a three-member panel:
          Andrea Hollis, Village Attorney
          Ron Mendelsohn, Director of Human Resources
          Kiara Boyd, Deputy Village Clerk

        Location: Linden Park Village Hall, 2nd floor, Room 204. Please arrive 15 minutes early and bring a
        government-issued ID. The interview will last approximately 40 minutes.

        Village of Linden Park - Human Resources
        Powered by NEOGOV
    """)
    uid = "neogov-int-25-0142-0077@governmentjobs.com"
    room = att("vh-room204@lindenparkil.gov", "Village Hall Room 204", role="NON-PARTICIPANT", cutype="ROOM",
               rsvp=False)
    out.append(Ev("neogov-oral-board", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250509T150000Z
        DTSTART;TZID=Central Standard Time:20250520T093000
        DTEND;TZID=Central Standard Time:20250520T101000
        {org("hr@lindenparkil.gov", "Village of Linden Park HR")}
        {att("ahollis@lindenparkil.gov", "Andrea Hollis")}
        {att("rmendelsohn@lindenparkil.gov", "Ron Mendelsohn")}
        {att("kboyd@lindenparkil.gov", "Kiara Boyd")}
        {room}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Oral Board Interview - Legal Operations Coordinator
        DESCRIPTION:{d}
        LOCATION:Linden Park Village Hall\\, Room 204
    """), prodid="-//NEOGOV//Insight//EN", tz=(TZ_W_CST,)), uid, 1, "Village of Linden Park",
        "Legal Operations Coordinator", "onsite",
        "ahollis@lindenparkil.gov;rmendelsohn@lindenparkil.gov;kboyd@lindenparkil.gov", "neogov-oral-board-en"))

    d = esc("""
        Event Name: Contracts lead - intro chat

        Hi Rachel! Owen here, co-founder at Fernhill Robotics. We're 30 people, selling warehouse robots to
        3PLs, and drowning in MSAs and SOWs - I'd love to hear how you'd set up our contracts function.

        Location: This is a Google Meet web conference.
    """, meet("owf-hhtk-zaa"), """
        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/2c8e0f1a
        Reschedule: https://calendly.com/reschedulings/2c8e0f1a

        Powered by Calendly.com
    """)
    uid = "2c8e0f1a-5d4b-4e17-a1f2-calendly-owen"
    out.append(Ev("calendly-founder-gmail", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250325T001500Z
        DTSTART:20250331T160000Z
        DTEND:20250331T163000Z
        {org("owen.fairley@gmail.com", "Owen Fairley")}
        {att("owen.fairley@gmail.com", "Owen Fairley", ps="ACCEPTED", rsvp=False)}
        {att(ME_Y, "Rachel Kowalski", ps="ACCEPTED", rsvp=False)}
        SUMMARY:Rachel Kowalski and Owen Fairley
        DESCRIPTION:{d}
        LOCATION:Google Meet
        STATUS:CONFIRMED
    """), prodid="-//Calendly//Calendly//EN"), uid, 1, "Fernhill Robotics", "Contracts lead", "",
        "owen.fairley@gmail.com", "calendly-founder-gmail-body-only-en"))

    d = esc("""
        What: Legal Ops Interview
        Invitee Time Zone: America/Chicago
        Who:
        Priya Shah - Organizer
        priya@clausewise.com
        Rachel Kowalski
        rachel.kowalski.legal@yahoo.com
        Where: Cal Video
        https://app.cal.com/video/d3a8e1c0
        Additional notes: Applied for Legal Operations Specialist - happy to chat!

        Need to reschedule or cancel? https://cal.com/booking/d3a8e1c0
    """)
    uid = "d3a8e1c0-2b7f-4f0a-9c54-1a6e2b88c0d1@Cal.com"
    out.append(Ev("calcom-screen", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250402T172241Z
        DTSTART:20250404T200000Z
        DTEND:20250404T203000Z
        {org("priya@clausewise.com", "Priya Shah")}
        {att(ME_Y, "Rachel Kowalski", ps="ACCEPTED", rsvp=False)}
        SUMMARY:Legal Ops Interview between Priya Shah and Rachel Kowalski
        DESCRIPTION:{d}
        LOCATION:https://app.cal.com/video/d3a8e1c0
        STATUS:CONFIRMED
    """), prodid="-//Cal.com Inc.//Cal.com Event//EN"), uid, 1, "Clausewise", "Legal Operations Specialist",
        "recruiter_screen", "priya@clausewise.com", "calcom-screen-en"))
    return out


def _more_tools() -> list[Ev]:
    out = []
    d = esc("""
        Your appointment is confirmed.

        Service: Contracts Manager Interview (Office of General Counsel)
        Staff: Denise Carrow, Associate University Counsel
        Customer: Rachel Kowalski
        Location: Online - Microsoft Teams (link below)
    """, teams("276 553 018 904", "MjA5ZGNhOGUtYTRlMy00"), """
        Prairie State University - Office of General Counsel
        Booked with Microsoft Bookings. Need to make changes? Manage booking.
    """)
    uid = "040000008200E00074C5B7101A82E00800000000B07C5AD1F0A8DB01000000000000000010000000A9"
    out.append(Ev("ms-bookings", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250410T153000Z
        DTSTART;TZID=Central Standard Time:20250416T133000
        DTEND;TZID=Central Standard Time:20250416T141500
        {org("OGCHiring@prairiestate.edu", "PSU OGC Hiring")}
        {att("dcarrow@prairiestate.edu", "Denise Carrow")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Contracts Manager Interview
        DESCRIPTION:{d}
        LOCATION:Microsoft Teams Meeting
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid="Microsoft Exchange Server 2010", tz=(TZ_W_CST,)), uid, 1, "Prairie State University",
        "Contracts Manager", "hiring_manager", "dcarrow@prairiestate.edu", "ms-bookings-en"))

    d = esc("""
        Event Name: 30 Minute Intro - Vantage Point Analytics

        Thanks for applying to the Contracts & Compliance Manager opening! This first call is with Jamie from
        our talent team - we'll cover your background, comp expectations and timeline.

        Location: Jamie will call you at +1 312-555-0177

        Questions: What is your notice period at your current firm?
        Answer: Two weeks

        Powered by Calendly.com
    """)
    uid = "f7e0b1d2-88aa-4c3e-bf10-calendly-vpa"
    out.append(Ev("calendly-recruiter", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250519T141500Z
        DTSTART:20250521T150000Z
        DTEND:20250521T153000Z
        {org("jamie.liu@vantagepointanalytics.com", "Jamie Liu")}
        {att(ME_Y, "Rachel Kowalski", ps="ACCEPTED", rsvp=False)}
        SUMMARY:Rachel Kowalski and Jamie Liu
        DESCRIPTION:{d}
        LOCATION:+1 312-555-0177
    """), prodid="-//Calendly//Calendly//EN"), uid, 1, "Vantage Point Analytics", "Contracts & Compliance Manager",
        "recruiter_screen", "jamie.liu@vantagepointanalytics.com", "calendly-phone-screen-en"))

    d = esc("""
        Dear Rachel,

        Thank you for meeting with our team. We are pleased to invite you to a final interview for the
        Manager, Legal Operations position (Req 25-1189) with Patricia Nwosu, General Counsel.

        Location: Lakeshore Children's Hospital, 800 E. Superior St., Executive Offices, 12th floor.
        Please check in at the main lobby security desk.

        Warm regards,
        Talent Acquisition | Lakeshore Children's Hospital
    """)
    uid = "icims-lakeshorechildrens-25-1189-final"
    out.append(Ev("icims-final-gc", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250527T190010Z
        DTSTART;TZID=America/Chicago:20250603T083000
        DTEND;TZID=America/Chicago:20250603T093000
        {org("careers@lakeshorechildrens.org", "Lakeshore Children's Talent Acquisition")}
        {att("pnwosu@lakeshorechildrens.org", "Nwosu, Patricia")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Final Interview - Manager\\, Legal Operations
        DESCRIPTION:{d}
        LOCATION:800 E. Superior St.\\, Executive Offices\\, 12th Floor
    """), prodid="-//iCIMS//Calendar//EN", tz=(TZ_CHI,)), uid, 1, "Lakeshore Children's Hospital",
        "Manager, Legal Operations", "final", "pnwosu@lakeshorechildrens.org", "icims-final-gc-en"))

    d = esc("""
        This interview has been canceled. We'll be in touch about next steps.

        Tessellate Software - Onsite Interview - Contracts Manager
        Interviewers: Alan Brisco (General Counsel), Wen Li (Senior Contracts Manager)
    """)
    uid = "6b9d2c30-4e1f-4a77-8c02-ff31d9a6e5b4"
    out.append(Ev("lever-cancel", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250403T170500Z
        DTSTART:20250408T150000Z
        DTEND:20250408T170000Z
        {org("no-reply@hire.lever.co", "Tessellate Software")}
        {att("alan.brisco@tessellate.com", "Alan Brisco")}
        {att("wen.li@tessellate.com", "Wen Li")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Canceled: Tessellate Software - Onsite Interview - Contracts Manager
        DESCRIPTION:{d}
        LOCATION:Tessellate Software\\, 1 N. LaSalle St.\\, Suite 2100\\, Chicago
        SEQUENCE:3
        STATUS:CANCELLED
    """), method="CANCEL", prodid="-//Lever//Interview Scheduling//EN"), uid, 1, "Tessellate Software",
        "Contracts Manager", "onsite", "alan.brisco@tessellate.com;wen.li@tessellate.com", "lever-cancelled-en"))

    d = esc("""
        Interview Confirmation

        Candidate: Rachel Kowalski
        Company: Everbright Legal
        Position: Contracts Manager, Managed Services

        2:00 PM - 2:45 PM CT  Marisa Lund, VP Managed Contract Services (Hiring Manager)

        Video: https://everbright.zoom.us/j/86655102937
        Please contact your coordinator, Jess Park, with any questions. Scheduled with GoodTime.
    """)
    uid = "goodtime-c13e44f0-everbright-hm"
    out.append(Ev("goodtime-hm-utc", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250606T160000Z
        DTSTART:20250611T190000Z
        DTEND:20250611T194500Z
        {org("jess.park@everbrightlegal.com", "Jess Park")}
        {att("mlund@everbrightlegal.com", "Marisa Lund")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Interview Confirmation: Rachel Kowalski - Everbright Legal
        DESCRIPTION:{d}
        LOCATION:https://everbright.zoom.us/j/86655102937
    """), prodid="-//GoodTime.io//Interview Scheduling//EN"), uid, 1, "Everbright Legal",
        "Contracts Manager, Managed Services", "hiring_manager", "mlund@everbrightlegal.com", "goodtime-utc-en"))
    return out


def events() -> list[Ev]:
    return [*_intl(), *_us_tools(), *_more_tools()]

