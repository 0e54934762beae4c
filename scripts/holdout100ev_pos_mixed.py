"""holdout100: the user's own interviews in DE/FR/ES and other shapes (recurring, free-mail, typed) (blind, CC0 1.0)."""

from __future__ import annotations

from holdout100ev_ics import (
    GMT_STD,
    LONDON,
    MADRID,
    PARIS,
    USER_FREE,
    W_EUROPE,
    att,
    cal,
    desc,
    org,
    rec,
)


def events() -> list[dict]:
    out: list[dict] = []

    # 1 softgarden, German template from the German parent charity's HR
    uid = "softgarden-iv-4471822-1@softgarden.io"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260422T074500Z", "DTSTART;TZID=Europe/Berlin:20260428T110000",
        "DTEND;TZID=Europe/Berlin:20260428T114500",
        "SUMMARY:Einladung zum Vorstellungsgespräch: Programme Manager Child Protection (UK)",
        org("jobs@kinderbruecke.org", "Kinderbrücke International e.V."), att(USER_FREE, "Bethany Ward"),
        att("l.hofmann@kinderbruecke.org", "Lena Hofmann"),
        desc("Liebe Frau Ward,\n\nvielen Dank für Ihre Bewerbung. Wir möchten Sie gerne in einem ersten "
             "Kennenlerngespräch (ca. 45 Minuten, auf Englisch) näher kennenlernen.\nIhre Gesprächspartnerin: "
             "Lena Hofmann, Recruiting\n\nMicrosoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre "
             "mobile App oder Ihr Raumgerät teil\nHier klicken, um an der Besprechung teilzunehmen\n"
             "Besprechungs-ID: 391 204 558 771\nKennung: Kb7xQ2\n\nMit freundlichen Grüßen\nIhr Kinderbrücke "
             "Recruiting-Team\n\n-- versendet über softgarden"),
    ]
    berlin = W_EUROPE.replace("TZID:W. Europe Standard Time", "TZID:Europe/Berlin")
    out.append(rec("softgarden-de", cal("-//softgarden//softgarden e-recruiting//DE", [ev], tz=berlin), uid, 1,
                   "softgarden-screen-de", "Kinderbrücke International", "Programme Manager Child Protection (UK)",
                   "recruiter_screen", "l.hofmann@kinderbruecke.org"))

    # 2 Kinderbrücke second talk, Outlook in German, Windows zone
    uid = "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC0100000000000000001000KB02"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260505T123000Z", "DTSTART;TZID=W. Europe Standard Time:20260512T150000",
        "DTEND;TZID=W. Europe Standard Time:20260512T160000",
        "SUMMARY;LANGUAGE=de-DE:Zweitgespräch B. Ward – Programme Manager UK (mit GF)",
        org("l.hofmann@kinderbruecke.org", "Hofmann, Lena"), att(USER_FREE, "Bethany Ward"),
        att("s.brandt@kinderbruecke.org", "Brandt, Susanne"), att("r.okafor@kinderbruecke.org.uk",
                                                                   "Okafor, Richard"),
        desc("Hallo Frau Ward,\nwie besprochen das finale Gespräch mit unserer Geschäftsführerin Susanne Brandt "
             "und Richard Okafor (Country Director UK). Ich selbst bin nur kurz zur Begrüßung dabei.\n"
             "Das Gespräch findet auf Englisch statt.\nViele Grüße\nLena Hofmann"),
        "LOCATION:Microsoft Teams-Besprechung", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    out.append(rec("outlook-de", cal("outlook", [ev], tz=W_EUROPE), uid, 1, "outlook-final-de",
                   "Kinderbrücke International", "Programme Manager UK", "final",
                   "s.brandt@kinderbruecke.org;r.okafor@kinderbruecke.org.uk"))

    # 3 French NGO, first HR interview
    uid = "bipe-rh-2026-0331-ward@bipe-enfance.org"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260325T093000Z", "DTSTART;TZID=Europe/Paris:20260331T140000",
        "DTEND;TZID=Europe/Paris:20260331T143000",
        "SUMMARY:Entretien RH – Chargée de programme Protection de l'enfance (Royaume-Uni)",
        org("recrutement@bipe-enfance.org", "Recrutement BIPE"), att(USER_FREE, "Bethany Ward"),
        att("c.moreau@bipe-enfance.org", "Camille Moreau"),
        desc("Bonjour Madame Ward,\n\nSuite à votre candidature, nous vous proposons un premier entretien RH de 30 "
             "minutes avec Camille Moreau, chargée de recrutement (l'entretien se déroulera en anglais).\n\n"
             "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, votre application mobile ou votre "
             "appareil de salle\nCliquez ici pour rejoindre la réunion\nID de réunion : 352 771 904 118\n"
             "Code secret : Bp3mT8\n\nBureau International pour la Protection de l'Enfance (BIPE), Genève"),
    ]
    out.append(rec("french-hr", cal("outlook", [ev], tz=PARIS), uid, 1, "hr-screen-teams-fr",
                   "Bureau International pour la Protection de l'Enfance",
                   "Chargée de programme Protection de l'enfance (Royaume-Uni)", "recruiter_screen",
                   "c.moreau@bipe-enfance.org"))

    # 4 French NGO case study
    uid = "bipe-cas-2026-0409-ward@bipe-enfance.org"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260402T150000Z", "DTSTART;TZID=Europe/Paris:20260409T100000",
        "DTEND;TZID=Europe/Paris:20260409T113000",
        "SUMMARY:Étude de cas + entretien technique – BIPE",
        org("a.fontaine@bipe-enfance.org", "Antoine Fontaine"), att(USER_FREE, "Bethany Ward"),
        att("m.diallo@bipe-enfance.org", "Mariam Diallo"),
        desc("Bonjour Bethany,\nVous recevrez l'étude de cas 48 h avant. Merci de préparer une présentation de 15 "
             "minutes, suivie d'échanges avec Antoine Fontaine (responsable des programmes Europe) et Mariam "
             "Diallo (conseillère technique protection de l'enfance).\nBien cordialement"),
    ]
    out.append(rec("french-case", cal("google", [ev], tz=PARIS), uid, 1, "case-study-fr",
                   "Bureau International pour la Protection de l'Enfance", "", "technical",
                   "a.fontaine@bipe-enfance.org;m.diallo@bipe-enfance.org"))

    # 5 Spanish foundation, first interview, Google Meet boilerplate in Spanish
    uid = "3nq8d1kz5t7w9v2m4b6c0x8r1s@google.com"
    ev = [
        "DTSTART;TZID=Europe/Madrid:20260521T170000", "DTEND;TZID=Europe/Madrid:20260521T174500",
        "DTSTAMP:20260514T081500Z", org("seleccion@puentesdeinfancia.org", "Selección Fundación Puentes"),
        f"UID:{uid}", att(USER_FREE, "beth.ward.sw@outlook.com"),
        att("lucia.serrano@puentesdeinfancia.org", "Lucía Serrano"),
        desc("Hola Bethany:\nTe confirmamos la primera entrevista para el puesto de Coordinadora de Acogimiento "
             "Familiar (Reino Unido) con Lucía Serrano, responsable del programa.\n\nUnirse con Google Meet\n"
             "meet.google.com/vfr-kkqa-zhn\nUnirse por teléfono\n(ES) +34 919 01 22 58 PIN: 448 120 331#\n\n"
             "Fundación Puentes de Infancia"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Entrevista – Coordinadora de Acogimiento Familiar (UK)",
    ]
    out.append(rec("google-es", cal("google", [ev], tz=MADRID, head=["X-WR-TIMEZONE:Europe/Madrid"]), uid, 1,
                   "google-meet-es", "Fundación Puentes de Infancia", "Coordinadora de Acogimiento Familiar (UK)",
                   "hiring_manager", "lucia.serrano@puentesdeinfancia.org"))

    # 6 Spanish foundation, final interview with the director
    uid = "7hd2k9q4m1z8p6w3r0t5v7y2b4@google.com"
    ev = [
        "DTSTART;TZID=Europe/Madrid:20260603T160000", "DTEND;TZID=Europe/Madrid:20260603T170000",
        "DTSTAMP:20260527T110000Z", org("lucia.serrano@puentesdeinfancia.org", "Lucía Serrano"),
        f"UID:{uid}", att(USER_FREE, "beth.ward.sw@outlook.com"),
        att("direccion@puentesdeinfancia.org", "Javier Ortega Ruiz"),
        desc("Segunda y última entrevista con Javier Ortega (director general). Yo no estaré presente. ¡Mucha "
             "suerte!"),
        "SUMMARY:Entrevista final – Fundación Puentes (Bethany Ward)",
    ]
    out.append(rec("google-es-final", cal("google", [ev], tz=MADRID), uid, 1, "final-director-es",
                   "Fundación Puentes de Infancia", "", "final", "direccion@puentesdeinfancia.org"))

    # 7 recurring two-day selection with an override of day 2 (same UID)
    uid = "ehc-tm-selection-2026-06@easthumber.gov.uk"
    base = [
        f"UID:{uid}", "DTSTAMP:20260601T100000Z", "DTSTART;TZID=Europe/London:20260616T093000",
        "DTEND;TZID=Europe/London:20260616T123000", "RRULE:FREQ=DAILY;COUNT=2",
        "SUMMARY:East Humber Council - Team Manager selection (Day 1: in-tray + group exercise)",
        org("workforce@easthumber.gov.uk", "Workforce Development"), att(USER_FREE, "Bethany Ward"),
        att("d.rowntree@easthumber.gov.uk", "Diane Rowntree"),
        desc("Two-day selection for Team Manager - Child Protection (Beverley). Day 1 in-tray and group exercise "
             "assessed by Diane Rowntree (Service Manager). Day 2 formal panel interview."),
        "LOCATION:County Hall\\, Beverley", "SEQUENCE:0",
    ]
    override = [
        f"UID:{uid}", "DTSTAMP:20260605T100000Z", "RECURRENCE-ID;TZID=Europe/London:20260617T093000",
        "DTSTART;TZID=Europe/London:20260617T140000", "DTEND;TZID=Europe/London:20260617T150000",
        "SUMMARY:East Humber Council - Team Manager selection (Day 2: panel interview)",
        org("workforce@easthumber.gov.uk", "Workforce Development"), att(USER_FREE, "Bethany Ward"),
        att("d.rowntree@easthumber.gov.uk", "Diane Rowntree"), att("k.mensah@easthumber.gov.uk", "Kwame Mensah"),
        desc("Day 2 moved to the afternoon. Panel: Diane Rowntree and Kwame Mensah (Head of Safeguarding)."),
        "LOCATION:County Hall\\, Beverley", "SEQUENCE:1",
    ]
    out.append(rec("recurring-override", cal("outlook", [base, override], tz=LONDON), uid, 1,
                   "recurring-override-en", "East Humber Council", "Team Manager - Child Protection", "onsite",
                   "d.rowntree@easthumber.gov.uk;k.mensah@easthumber.gov.uk"))

    # 8 phone screen, same council, earlier
    uid = "ehc-tel-0602-bw@easthumber.gov.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260528T160000Z", "DTSTART;TZID=GMT Standard Time:20260602T091500",
        "DTEND;TZID=GMT Standard Time:20260602T093000", "SUMMARY:Quick call - TM application (EHC)",
        org("workforce@easthumber.gov.uk", "Workforce Development"), att(USER_FREE, "Bethany Ward"),
        desc("Brief telephone pre-screening call with our recruitment advisor (Ben) to confirm Social Work England "
             "registration, driving licence and right to work before shortlisting."),
    ]
    out.append(rec("phone-prescreen", cal("outlook", [ev], tz=GMT_STD), uid, 1, "phone-prescreen-abbrev-en",
                   "East Humber Council", "", "recruiter_screen", "ben"))

    # 9 Google Meet direct invite from an academy trust employee
    uid = "6m0a2c4e8g1i3k5o7q9s2u4w6y@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20260701T153000", "DTEND;TZID=Europe/London:20260701T163000",
        "DTSTAMP:20260624T120000Z", org("r.haigh@brontelearning.org.uk", "Rachel Haigh"), f"UID:{uid}",
        att(USER_FREE, "beth.ward.sw@outlook.com"), att("n.swift@brontelearning.org.uk", "Nathan Swift"),
        desc("Family Support & Safeguarding Manager (trust-wide) - interview with Rachel Haigh (Director of "
             "Inclusion) and Nathan Swift (CEO).\n\nJoin with Google Meet: https://meet.google.com/xca-bdrp-mru\n"
             "Or dial: (GB) +44 20 3937 1181 PIN: 912 338 447#"),
        "SUMMARY:Bethany Ward - interview (FSSM)", "STATUS:CONFIRMED",
    ]
    out.append(rec("google-direct", cal("google", [ev], tz=LONDON), uid, 1, "google-meet-direct-en",
                   "Brontë Learning Trust", "Family Support & Safeguarding Manager", "",
                   "r.haigh@brontelearning.org.uk;n.swift@brontelearning.org.uk"))

    # 10 Recruitee
    uid = "recruitee-int-2231857@recruitee.com"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260114T104000Z", "DTSTART:20260121T140000Z", "DTEND:20260121T150000Z",
        "SUMMARY:Interview with Pathways - Leaving Care Practice Lead",
        org("pathways@recruitee.com", "Pathways Leaving Care Partnership"), att(USER_FREE, "Bethany Ward"),
        att("ian.holroyd@pathwaysleavingcare.org.uk", "Ian Holroyd"),
        att("careleaver.panel@pathwaysleavingcare.org.uk", "Care Leavers' Panel (Amber & Kyle)"),
        desc("Interview panel: Ian Holroyd (Operations Manager) plus two members of our Care Leavers' Panel.\n"
             "Location: Pathways, Unit 4 Cloth Hall Court, Huddersfield\nSent with Recruitee"),
    ]
    out.append(rec("recruitee", cal("-//Recruitee//Recruitee//EN", [ev]), uid, 1, "recruitee-care-leavers-en",
                   "Pathways Leaving Care Partnership", "Leaving Care Practice Lead", "onsite",
                   "ian.holroyd@pathwaysleavingcare.org.uk;careleaver.panel@pathwaysleavingcare.org.uk"))

    # 11 Jobtrain
    uid = "jobtrain-slot-PFP0447-3@jobtrain.co.uk"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260130T170000Z", "DTSTART;TZID=Europe/London:20260205T100000",
        "DTEND;TZID=Europe/London:20260205T110000", "SUMMARY:Interview - Supervising Social Worker Team Leader",
        org("noreply@jobtrain.co.uk", "Pennine Fostering Partnership"), att(USER_FREE, "Bethany Ward"),
        desc("Pennine Fostering Partnership - interview booking confirmed via Jobtrain.\nSlot: 10:00\nPanel: "
             "Registered Manager and a foster carer representative.\nVenue: Pennine House, Skipton."),
    ]
    out.append(rec("jobtrain", cal("-//Jobtrain//Interview Booking//EN", [ev], tz=LONDON), uid, 1,
                   "jobtrain-unnamed-panel-en", "Pennine Fostering Partnership",
                   "Supervising Social Worker Team Leader", "onsite"))

    # 12 hand-typed second stage, outlook.com floating with X-WR-TIMEZONE
    uid = "AQMkADAwATMwMAItZjE0Ni1lYzA2LTAwAi0wMAoARgAAA7vT9"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260312T070000Z", "DTSTART:20260317T110000", "DTEND:20260317T130000",
        "SUMMARY:Calderbrook 2nd stage – meet the team + YP panel", "LOCATION:Calderbrook Civic Hall",
        "DESCRIPTION:Andrew P. again + YP panel. Ask about caseloads & ASYE support.",
    ]
    out.append(rec("outlookcom-typed", cal("-//Microsoft Corporation//Outlook.com//EN", [ev], method="PUBLISH",
                                           head=["X-WR-CALNAME:Calendar", "X-WR-TIMEZONE:Europe/London"]),
                   uid, 1, "hand-typed-xwr-floating-en", "Calderbrook Borough Council", "", "onsite", "andrew p."))

    # 13 ModernLoop panel with coordinator
    uid = "modernloop-9b2d6e1f40a3@modernloop.io"
    ev = [
        f"UID:{uid}", "DTSTAMP:20260226T110000Z", "DTSTART:20260305T100000Z", "DTEND:20260305T110000Z",
        "SUMMARY:Moorside Fostering | Panel Interview | Fostering Team Manager",
        org("recruiting@moorsidefostering.co.uk", "Moorside Recruiting"), att(USER_FREE, "Bethany Ward"),
        att("a.kaur@moorsidefostering.co.uk", "Amrit Kaur"), att("d.hebden@moorsidefostering.co.uk",
                                                                 "Dan Hebden"),
        att("coordinator@moorsidefostering.co.uk", "Ellie (Recruiting Coordinator)", role="NON-PARTICIPANT",
            rsvp=False),
        desc("Panel: Amrit Kaur (Registered Manager), Dan Hebden (Agency Decision Maker). Ellie coordinates "
             "and will not join.\nZoom: https://moorsidefostering.zoom.us/j/88120933014\nScheduled via ModernLoop"),
    ]
    out.append(rec("modernloop", cal("-//ModernLoop//ModernLoop//EN", [ev]), uid, 1, "modernloop-panel-en",
                   "Moorside Fostering", "Fostering Team Manager", "onsite",
                   "a.kaur@moorsidefostering.co.uk;d.hebden@moorsidefostering.co.uk"))

    # 14 Apple invite from a founder's iCloud address
    uid = "F3A9C1D2-6B7E-4A0F-8C5D-2E1B9A7F4C60"
    ev = [
        "CREATED:20260108T210000Z", f"UID:{uid}", "DTEND;TZID=Europe/London:20260115T113000",
        "SUMMARY:Bethany / Jo - Family Hub Manager interview", "DTSTART;TZID=Europe/London:20260115T103000",
        "DTSTAMP:20260108T210012Z", "SEQUENCE:0", org("jo.pickles@icloud.com", "Jo Pickles"),
        att(USER_FREE, "Bethany Ward"), att("jo.pickles@icloud.com", "Jo Pickles", partstat="ACCEPTED", rsvp=False),
        "LOCATION:The Nest\\, 14 Hebble Lane\\, Sowerby Bridge",
        desc("Proper interview this time (sorry the last one was so rushed!) - me and our trustee Pam. Coffee on "
             "us. Jo, founder - The Nest Family Hub"),
    ]
    out.append(rec("apple-founder", cal("macos", [ev], tz=LONDON), uid, 1, "icloud-founder-en",
                   "The Nest Family Hub", "Family Hub Manager", "", "jo.pickles@icloud.com;pam"))

    # 15 Outlook, zoned with a "(UTC+01:00)" label, French-Swiss NGO's UK partner interview (EN)
    label = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    uid = "040000008200E00074C5B7101A82E00800000000E1E2E3E4E5E6DC0100000000000000001000CWS7"
    tz = W_EUROPE.replace("TZID:W. Europe Standard Time", "TZID:" + label)
    ev = [
        f"UID:{uid}", "DTSTAMP:20260208T101000Z", f'DTSTART;TZID="{label}":20260213T150000',
        f'DTEND;TZID="{label}":20260213T160000', "SUMMARY:Interview – Kinship Care Adviser (UK) – Bethany Ward",
        org("hr@childwelfareinternational.org", "HR Child Welfare International"), att(USER_FREE, "Bethany Ward"),
        att("p.vandermeer@childwelfareinternational.org", "van der Meer, Pieter"),
        att("s.kaye@childwelfareinternational.org", "Kaye, Siobhan"),
        desc("Please note the time is shown in CET (14:00 UK). Panel: Pieter van der Meer (Programme Director) "
             "and Siobhan Kaye (UK Advisor). Microsoft Teams."),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]
    out.append(rec("outlook-cet-label", cal("outlook", [ev], tz=tz), uid, 1, "utc-label-zone-en",
                   "Child Welfare International", "Kinship Care Adviser (UK)", "",
                   "p.vandermeer@childwelfareinternational.org;s.kaye@childwelfareinternational.org"))

    # 16 hand-typed terse phone interview entry, all-day reminder style is not used: simple Apple entry
    uid = "8E2D4C6A-1F3B-4D5E-9A7C-0B2E4F6A8C1D"
    ev = [
        "CREATED:20260120T083000Z", f"UID:{uid}", "DTSTART;TZID=Europe/London:20260123T124500",
        "DTEND;TZID=Europe/London:20260123T131500", "DTSTAMP:20260120T083010Z",
        "SUMMARY:tel int – St Anne's Children's Society (Tanya) – FS Practice Lead",
        "DESCRIPTION:she'll ring my mobile. lunch break - book meeting room 3!",
    ]
    out.append(rec("apple-typed-phone", cal("apple", [ev], method=None, tz=LONDON), uid, 1,
                   "hand-typed-phone-en", "St Anne's Children's Society", "FS Practice Lead", "recruiter_screen",
                   "tanya"))
    return out
