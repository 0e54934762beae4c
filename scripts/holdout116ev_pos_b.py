# ruff: noqa: E501
"""holdout116 interviews, part B: applicant tracking systems (Greenhouse, Lever, Ashby, Workday, Personio ...)."""

from __future__ import annotations

from holdout116ev_ics import ME_FREE, cal, esc, item


def events() -> list[dict[str, str]]:
    out = []

    # 14 Greenhouse, English, coordinator organizes, two interviewers, Kontor Bank (domain kontor.io)
    uid = "greenhouse-interview-48211907-3@kontor.io"
    desc = esc(
        """Hi Katrin,

        You're confirmed for your interview with Kontor Bank for the Financing Advisor – Mortgages (German-speaking) role.

        Schedule (all times Europe/Berlin):
        10:00 - 10:45  Mortgage case discussion with Lea Baumgart (Team Lead Mortgages)
        10:45 - 11:30  Advisory & compliance with Daniel Osei (Senior Financing Advisor)

        Join with Google Meet: https://meet.google.com/vbn-ftqa-xke

        If you need to reschedule, please reply to this email.

        Best,
        Hanna Kim
        Recruiting Coordinator, Kontor Bank
        """
    )
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260312T103012Z
    DTSTART:20260319T090000Z
    DTEND:20260319T103000Z
    SUMMARY:Interview: Katrin Vogel - Financing Advisor – Mortgages (German-speaking)
    DESCRIPTION:{desc}
    LOCATION:https://meet.google.com/vbn-ftqa-xke
    ORGANIZER;CN=Hanna Kim:mailto:no-reply@greenhouse.io
    ATTENDEE;CN=Katrin Vogel;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Lea Baumgart;ROLE=REQ-PARTICIPANT:mailto:lea.baumgart@kontor.io
    ATTENDEE;CN=Daniel Osei;ROLE=REQ-PARTICIPANT:mailto:daniel.osei@kontor.io
    ATTENDEE;CN=Hanna Kim;ROLE=NON-PARTICIPANT:mailto:hanna.kim@kontor.io
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    """
    out.append(item("greenhouse-en", cal(body, "-//Greenhouse Software//Greenhouse//EN", "REQUEST"), uid, 1,
                    "Kontor Bank", "Financing Advisor – Mortgages (German-speaking)", "technical",
                    "lea.baumgart@kontor.io;daniel.osei@kontor.io", "greenhouse-coordinator-en",
                    "Kontor Bank AG|Kontor"))

    # 15 Greenhouse METHOD:CANCEL of the onsite at Kontor Bank
    uid = "greenhouse-interview-48211907-7@kontor.io"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260325T081544Z
    DTSTART:20260327T120000Z
    DTEND:20260327T150000Z
    SUMMARY:Canceled: Onsite Interview - Katrin Vogel - Financing Advisor – Mortgages
    DESCRIPTION:This interview has been canceled. Hanna from the Kontor Bank recruiting team will reach out with next steps.
    LOCATION:Kontor Bank\\, Rosenthaler Str. 40\\, 10178 Berlin
    ORGANIZER;CN=Hanna Kim:mailto:no-reply@greenhouse.io
    ATTENDEE;CN=Katrin Vogel;ROLE=REQ-PARTICIPANT:mailto:{ME_FREE}
    ATTENDEE;CN=Sebastian Thiel;ROLE=REQ-PARTICIPANT:mailto:sebastian.thiel@kontor.io
    STATUS:CANCELLED
    SEQUENCE:3
    END:VEVENT
    """
    out.append(item("greenhouse-cancel-en", cal(body, "-//Greenhouse Software//Greenhouse//EN", "CANCEL"), uid, 1,
                    "Kontor Bank", "Financing Advisor – Mortgages", "onsite", "sebastian.thiel@kontor.io",
                    "method-cancel-en", "Kontor Bank AG|Kontor"))

    # 16 Lever, English, phone screen, UTC
    uid = "lever-3c0a91d4-5b77-4e2f-b0c8-e91fa2d7c605"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260302T143000Z
    DTSTART:20260305T110000Z
    DTEND:20260305T113000Z
    SUMMARY:Phone Screen with Quill Capital – Katrin Vogel
    DESCRIPTION:Hi Katrin\\,\\n\\nThanks for scheduling time with Quill! Tom Reilly from our Talent team will call you at +49 176 22819044 for a 30-minute phone screen about the Wealth Manager (DACH\\, remote) position.\\n\\nTalk soon\\,\\nQuill Capital Talent\\n\\n--\\nPowered by Lever
    LOCATION:Phone call
    ORGANIZER;CN=Tom Reilly:mailto:tom.reilly@quillcapital.com
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME_FREE}
    ATTENDEE;CN=Tom Reilly;PARTSTAT=ACCEPTED:mailto:tom.reilly@quillcapital.com
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("lever-phone-en", cal(body, "-//Lever//Lever Hire//EN", "REQUEST"), uid, 1, "Quill Capital",
                    "Wealth Manager (DACH, remote)", "recruiter_screen", "tom.reilly@quillcapital.com",
                    "lever-phone-screen-en", "Quill"))

    # 17 Ashby, English, first round at Tresorly (hiring manager)
    uid = "ashby-7b41e8c2-0f9d-4a63-bb1e-2d5c9a8f7e10@ashbyhq.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260327T094400Z
    DTSTART;TZID=Europe/Berlin:20260331T150000
    DTEND;TZID=Europe/Berlin:20260331T154500
    SUMMARY:Katrin Vogel <> Tresorly | Hiring Manager Interview
    DESCRIPTION:Interview for: Investment Advisor (m/f/d) – Berlin or Remote\\n\\nInterviewers:\\n- Jonas Wilke\\, Head of Advisory\\n\\nMeeting link: https://meet.google.com/hpe-tmwa-jdc\\n\\nScheduled via Ashby. Need to reschedule? https://app.ashbyhq.com/interview-schedule/7b41e8c2
    LOCATION:https://meet.google.com/hpe-tmwa-jdc
    ORGANIZER;CN=Tresorly Recruiting:mailto:recruiting@tresorly.com
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Jonas Wilke:mailto:jonas.wilke@tresorly.com
    STATUS:CONFIRMED
    SEQUENCE:0
    END:VEVENT
    """
    out.append(item("ashby-hm-en", cal(body, "-//Ashby//Ashby Scheduling//EN", "REQUEST", "berlin"), uid, 1, "Tresorly",
                    "Investment Advisor (m/f/d)", "hiring_manager", "jonas.wilke@tresorly.com", "ashby-en",
                    "Tresorly GmbH"))

    # 18 Workday, insurer AMV, German template
    uid = "WD-INTERVIEW-2026-0412-00418871@myworkday.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260403T060212Z
    DTSTART;TZID=Europe/Berlin:20260409T093000
    DTEND;TZID=Europe/Berlin:20260409T103000
    SUMMARY:Interview: JR-10442 Finanzierungsberater (m/w/d) Firmenkunden – Katrin Vogel
    DESCRIPTION:Sehr geehrte Frau Vogel\\,\\n\\nIhr Interview wurde geplant.\\n\\nStelle: JR-10442 Finanzierungsberater (m/w/d) Firmenkunden\\nInterviewphase: Fachinterview\\nInterviewer: Michael Graupner\\, Birgit Stein\\nOrt: Allgemeine Mitteldeutsche Versicherung AG\\, Georgiring 5\\, 04103 Leipzig\\, Empfang Haus B\\n\\nDiese Nachricht wurde automatisch von Workday gesendet.
    LOCATION:Georgiring 5\\, 04103 Leipzig\\, Haus B
    ORGANIZER;CN=AMV Talent Acquisition:mailto:amv@myworkday.com
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Michael Graupner:mailto:michael.graupner@amv-versicherung.de
    ATTENDEE;CN=Birgit Stein:mailto:birgit.stein@amv-versicherung.de
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("workday-de", cal(body, "-//Workday//Workday Recruiting//EN", "REQUEST", "berlin"), uid, 1,
                    "Allgemeine Mitteldeutsche Versicherung", "Finanzierungsberater (m/w/d) Firmenkunden", "technical",
                    "michael.graupner@amv-versicherung.de;birgit.stein@amv-versicherung.de", "workday-fachinterview-de",
                    "AMV|Allgemeine Mitteldeutsche Versicherung AG"))

    # 19 SmartRecruiters, French, Luxembourg bank (second bank), entretien avec manager
    uid = "sr-ev-9e21c7a0b44f4d1b9a3e@smartrecruiters.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260415T121500Z
    DTSTART;TZID=Europe/Luxembourg:20260422T140000
    DTEND;TZID=Europe/Luxembourg:20260422T150000
    SUMMARY:Entretien – Conseillère clientèle privée marché allemand – Katrin Vogel
    DESCRIPTION:Bonjour Katrin\\,\\n\\nNous avons le plaisir de vous confirmer votre entretien avec Mme Sophie Kieffer\\, Responsable Banque Privée – Marché DACH\\, pour le poste de Conseillère clientèle privée marché allemand (H/F). L'entretien se déroulera en allemand et en anglais.\\n\\nRejoindre la réunion Microsoft Teams\\nID de la réunion : 318 552 004 771\\nCode secret : p8Ha3x\\n\\nCordialement\\,\\nL'équipe Recrutement – Banque Rhénane de Gestion\\n\\nCette invitation a été envoyée via SmartRecruiters.
    LOCATION:Microsoft Teams
    ORGANIZER;CN=Banque Rhénane de Gestion:mailto:no-reply@smartrecruiters.com
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Sophie Kieffer:mailto:s.kieffer@brg-banque.lu
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("smartrecruiters-fr", cal(body, "-//SmartRecruiters//Interview//EN", "REQUEST", "lux"), uid, 1,
                    "Banque Rhénane de Gestion", "Conseillère clientèle privée marché allemand (H/F)",
                    "hiring_manager", "s.kieffer@brg-banque.lu", "smartrecruiters-teams-fr", "BRG"))

    # 20 Personio, German, Baufi fintech Hypotheka (domain spells brand), Zoom, no clear stage
    uid = "personio-interview-55120984@hypotheka.jobs.personio.de"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260318T080101Z
    DTSTART;TZID=Europe/Berlin:20260323T130000
    DTEND;TZID=Europe/Berlin:20260323T140000
    SUMMARY:Interview Katrin Vogel | Baufinanzierungsspezialist:in (Remote)
    DESCRIPTION:Hallo Katrin\\,\\n\\nwir freuen uns auf das Gespräch mit dir!\\n\\nTeilnehmende: Svenja Albrecht (People & Culture)\\, Nico Brandt (Teamlead Beratung)\\n\\nZoom: https://hypotheka.zoom.us/j/93310022845\\n\\nViele Grüße\\nDein Team der Hypotheka Baufinanzierung GmbH
    LOCATION:Zoom
    ORGANIZER;CN=Svenja Albrecht:mailto:svenja.albrecht@hypotheka.de
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Nico Brandt:mailto:nico.brandt@hypotheka.de
    ATTENDEE;CN=Svenja Albrecht:mailto:svenja.albrecht@hypotheka.de
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("personio-de", cal(body, "-//Personio GmbH//Personio ATS//DE", "REQUEST", "berlin"), uid, 1,
                    "Hypotheka", "Baufinanzierungsspezialist:in (Remote)", "",
                    "svenja.albrecht@hypotheka.de;nico.brandt@hypotheka.de", "personio-du-de",
                    "Hypotheka Baufinanzierung GmbH|Hypotheka Baufinanzierung"))

    # 21 softgarden, Sparkasse elsewhere, Vorstellungsgespräch on site
    uid = "softgarden-appointment-2c4e81f7b9a04e0d@softgarden.io"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260410T103311Z
    DTSTART;TZID=Europe/Berlin:20260416T090000
    DTEND;TZID=Europe/Berlin:20260416T100000
    SUMMARY:Vorstellungsgespräch: Private Banking Betreuer (m/w/d) – Sparkasse Neißetal
    DESCRIPTION:Sehr geehrte Frau Vogel\\,\\n\\nhiermit bestätigen wir Ihren Termin zum Vorstellungsgespräch.\\n\\nGesprächspartner: Herr Thomas Kaiser (Leiter Private Banking)\\, Frau Silke Mai (Personalabteilung)\\nOrt: Hauptstelle Görlitz\\, Postplatz 6\\, bitte am Empfang melden\\n\\nBitte bringen Sie einen Lichtbildausweis mit.\\n\\nDiese E-Mail wurde über softgarden versandt.
    LOCATION:Postplatz 6\\, 02826 Görlitz
    ORGANIZER;CN=Sparkasse Neißetal:mailto:bewerbung@softgarden.io
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("softgarden-de", cal(body, "-//softgarden e-recruiting GmbH//softgarden//DE", "REQUEST", "berlin"),
                    uid, 1, "Sparkasse Neißetal", "Private Banking Betreuer (m/w/d)", "",
                    "Thomas Kaiser;Silke Mai", "softgarden-names-only-de", ""))

    # 22 Teamtailor, Volksbank-like regional cooperative bank? no: online broker Tradeon, Teams, English/German mix
    uid = "teamtailor-meeting-0f3b8d27-61e4-4a0c-9e8a-5b2d1c7f4e36"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260324T170000Z
    DTSTART:20260330T080000Z
    DTEND:20260330T084500Z
    SUMMARY:Tradeon x Katrin Vogel – Interview (Customer Success Advisor Wertpapiere)
    DESCRIPTION:Hallo Katrin\\,\\n\\ndanke für deine Zeit! In diesem Gespräch lernst du Mareike (Lead Customer Success) kennen.\\n\\nMicrosoft Teams-Besprechung\\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.com/l/meetup-join/19%3ameeting_TRD\\nBesprechungs-ID: 402 118 663 20\\nPasscode: 4hFz9k\\n\\nSent with Teamtailor
    LOCATION:Microsoft Teams
    ORGANIZER;CN=Mareike Jansen:mailto:mareike.jansen@tradeon.de
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Mareike Jansen:mailto:mareike.jansen@tradeon.de
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("teamtailor-de", cal(body, "-//Teamtailor//Teamtailor Calendar//EN", "REQUEST"), uid, 1,
                    "Tradeon", "Customer Success Advisor Wertpapiere", "hiring_manager", "mareike.jansen@tradeon.de",
                    "teamtailor-teams-de", "Tradeon GmbH"))

    # 23 Workable, English, Spanish-run fintech? keep: Workable from Brújula Capital, Spanish
    uid = "workable-ev-ac81f3e2d5@workablemail.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260414T091200Z
    DTSTART;TZID=Europe/Madrid:20260420T170000
    DTEND;TZID=Europe/Madrid:20260420T173000
    SUMMARY:Entrevista con Brújula Capital – Asesora Financiera DACH (remoto)
    DESCRIPTION:Hola Katrin\\,\\n\\ngracias por tu interés en Brújula Capital. Te confirmamos la primera entrevista con Lucía Ferrer (Talent Acquisition) para el puesto de Asesora Financiera DACH (remoto\\, alemán nativo). La llamada será en inglés.\\n\\nUnirse con Google Meet: https://meet.google.com/rwk-ojcn-bsa\\n\\nUn saludo\\,\\nEquipo de Talento – Brújula Capital\\n\\nEnviado a través de Workable
    LOCATION:https://meet.google.com/rwk-ojcn-bsa
    ORGANIZER;CN=Lucía Ferrer:mailto:lucia.ferrer@brujulacapital.es
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("workable-es", cal(body, "-//Workable//Workable Calendar//EN", "REQUEST", "madrid"), uid, 1,
                    "Brújula Capital", "Asesora Financiera DACH (remoto)", "recruiter_screen",
                    "lucia.ferrer@brujulacapital.es", "workable-es", "Brújula Capital S.L.|Brújula"))

    # 24 iCIMS, Northgate final onsite Berlin
    uid = "icims-sched-1120544-88201@northgatewp.icims.com"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260407T131500Z
    DTSTART;TZID=Europe/Berlin:20260416T100000
    DTEND;TZID=Europe/Berlin:20260416T130000
    SUMMARY:Final Interview – Client Advisor DACH – Northgate Wealth Partners (Berlin)
    DESCRIPTION:Dear Katrin\\,\\n\\nWe are pleased to invite you to the final stage at our Berlin office\\, Friedrichstraße 68.\\n\\n10:00 Oliver Hartmann-Price\\, Head of Private Clients DACH\\n11:00 Catherine Walsh\\, Managing Director\\n12:00 Lunch with the team\\n\\nPlease bring your ID for building security.\\n\\nPriya Nair\\nTalent Acquisition\\n\\n(This invitation was sent from iCIMS.)
    LOCATION:Friedrichstraße 68\\, 10117 Berlin
    ORGANIZER;CN=Priya Nair:mailto:priya.nair@northgatewp.com
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Oliver Hartmann-Price:mailto:oliver.hartmann-price@northgatewp.com
    ATTENDEE;CN=Catherine Walsh:mailto:catherine.walsh@northgatewp.com
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("icims-final-en", cal(body, "-//iCIMS//Interview Scheduling//EN", "REQUEST", "berlin"), uid, 1,
                    "Northgate Wealth Partners", "Client Advisor DACH", "final",
                    "oliver.hartmann-price@northgatewp.com;catherine.walsh@northgatewp.com", "icims-final-en",
                    "Northgate"))

    # 25 SuccessFactors, Bausparkasse, German
    uid = "SFSF-INT-0007712398-1@successfactors.eu"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260306T110000Z
    DTSTART;TZID=Europe/Berlin:20260311T140000
    DTEND;TZID=Europe/Berlin:20260311T150000
    SUMMARY:Einladung: Interview für Regionaler Finanzierungsberater (m/w/d) Sachsen
    DESCRIPTION:Sehr geehrte Frau Vogel\\,\\n\\nSie sind zu einem Interview für die Stelle Regionaler Finanzierungsberater (m/w/d) Sachsen eingeladen.\\n\\nInterviewer: Andreas Brückner (Gebietsleiter Sachsen-Süd)\\n\\nTeams-Link folgt separat.\\n\\nIhr Recruiting-Team der Bausparkasse Mitteldeutschland AG
    ORGANIZER;CN=Recruiting BSM:mailto:recruiting@bsm-bausparkasse.de
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Andreas Brückner:mailto:andreas.brueckner@bsm-bausparkasse.de
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("successfactors-de", cal(body, "-//SAP SuccessFactors//Recruiting//EN", "REQUEST", "berlin"), uid, 1,
                    "Bausparkasse Mitteldeutschland", "Regionaler Finanzierungsberater (m/w/d) Sachsen",
                    "hiring_manager", "andreas.brueckner@bsm-bausparkasse.de", "successfactors-de",
                    "BSM|Bausparkasse Mitteldeutschland AG"))

    # 26 GoodTime, Quill Capital panel, English, coordinator not interviewing
    uid = "goodtime-1f7e3a52c6b94d08@goodtime.io"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260313T090000Z
    DTSTART:20260318T130000Z
    DTEND:20260318T143000Z
    SUMMARY:Katrin Vogel – Panel Interview – Wealth Manager (DACH)
    DESCRIPTION:Hi Katrin\\,\\n\\nHere are the details for your panel with Quill Capital:\\n\\n2:00 PM – 2:45 PM CET: Client scenario role-play – Anna Schröder\\n2:45 PM – 3:30 PM CET: Investment knowledge – Rahul Mehta\\n\\nZoom: https://quillcapital.zoom.us/j/81244300912\\n\\nCoordinated by Emily Carter (Recruiting Coordinator) via GoodTime.
    LOCATION:https://quillcapital.zoom.us/j/81244300912
    ORGANIZER;CN=Emily Carter:mailto:emily.carter@quillcapital.com
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Anna Schröder:mailto:anna.schroeder@quillcapital.com
    ATTENDEE;CN=Rahul Mehta:mailto:rahul.mehta@quillcapital.com
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("goodtime-panel-en", cal(body, "-//GoodTime.io//GoodTime//EN", "REQUEST"), uid, 1, "Quill Capital",
                    "Wealth Manager (DACH)", "technical", "anna.schroeder@quillcapital.com;rahul.mehta@quillcapital.com",
                    "goodtime-coordinator-en", "Quill"))

    # 27 ModernLoop, Tresorly final
    uid = "modernloop-evt-d83f1a90e2c54b7a"
    body = f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20260421T101000Z
    DTSTART;TZID=Europe/Berlin:20260427T140000
    DTEND;TZID=Europe/Berlin:20260427T150000
    SUMMARY:[Final] Katrin Vogel x Tresorly – Founders
    DESCRIPTION:Final conversation with our founders Clara Neuhaus (CEO) and Felix Adam (CFO) for the Investment Advisor role.\\nGoogle Meet: https://meet.google.com/yqd-xrbp-fmn\\n\\nScheduled with ModernLoop on behalf of Tresorly Recruiting.
    LOCATION:https://meet.google.com/yqd-xrbp-fmn
    ORGANIZER;CN=Tresorly Recruiting:mailto:recruiting@tresorly.com
    ATTENDEE;CN=Katrin Vogel;RSVP=TRUE:mailto:{ME_FREE}
    ATTENDEE;CN=Clara Neuhaus:mailto:clara@tresorly.com
    ATTENDEE;CN=Felix Adam:mailto:felix@tresorly.com
    STATUS:CONFIRMED
    END:VEVENT
    """
    out.append(item("modernloop-final-en", cal(body, "-//ModernLoop//ModernLoop Scheduler//EN", "REQUEST", "berlin"),
                    uid, 1, "Tresorly", "Investment Advisor", "final", "clara@tresorly.com;felix@tresorly.com",
                    "modernloop-final-en", "Tresorly GmbH"))
    return out
