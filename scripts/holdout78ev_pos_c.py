"""holdout78: the user's own interviews, part C (English: Portuguese, British and international groups)."""

from __future__ import annotations

from holdout78ev_ics import (
    APPLE_MAC,
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    MS_PROPS,
    OUTLOOK,
    TZ_LABEL_LISBON,
    TZ_LISBON,
    TZ_MADRID,
    TZ_WIN_GMT,
    TZ_WIN_ROMANCE,
    Ev,
    alt_desc,
    att,
    cal,
    esc,
    html,
    lab,
    meet,
    meet_props,
    ms_uid,
    org,
    teams,
    webex,
    zoom,
)

ME = att(ME_FREE, "Javier Morales Ferrer")


def meridia_greenhouse() -> Ev:
    uid = "gh-interview-5567120044-javier-morales-ferrer@greenhouse.io"
    d = ("Hi Javier,\n\nThank you for making time to speak with us! Please find the details of your upcoming "
         "interview with Meridia Hospitality below.\n\nPosition: General Manager – Meridia Lisbon Riverside\n"
         "Interview: Hiring Manager Interview\nInterviewer: Daniel Whitmore, VP Operations Southern Europe\n\n"
         "Your recruiting coordinator, Inês Carvalho, will be your point of contact.\n\n" + zoom("meridia1", "en")
         + "\n\nThis invitation was sent via Greenhouse.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250305T164102Z
DTSTART;TZID=Europe/Lisbon:20250311T140000
DTEND;TZID=Europe/Lisbon:20250311T150000
SUMMARY:{esc("Interview: Javier Morales Ferrer for General Manager - Meridia Lisbon Riverside")}
DESCRIPTION:{esc(d)}
LOCATION:Zoom
{org("ines.carvalho@meridiahospitality.com", "Inês Carvalho")}
{att("daniel.whitmore@meridiahospitality.com", "Daniel Whitmore")}
{att("ines.carvalho@meridiahospitality.com", "Inês Carvalho", role="NON-PARTICIPANT", rsvp=False)}
{ME}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("greenhouse-zoom-en", cal(TZ_LISBON, body, prodid="-//Greenhouse Software//Greenhouse//EN"),
              [lab(uid, 1, "Meridia Hospitality", "General Manager - Meridia Lisbon Riverside", "hiring_manager",
                   "daniel.whitmore@meridiahospitality.com", "greenhouse-coordinator-en")])


def meridia_onsite() -> Ev:
    uid = "gh-interview-5567120391-javier-morales-ferrer@greenhouse.io"
    d = ("Onsite Interview – General Manager, Meridia Lisbon Riverside\n\nSchedule (Lisbon time):\n"
         "10:00–10:45  Property walk-through with Rui Matos (Hotel Manager, interim)\n10:45–11:30  Commercial "
         "strategy – Sofia Antunes (Regional Director of Sales)\n11:30–12:15  Finance & ownership reporting – "
         "Mark Delaney (Area CFO)\n12:15–13:00  Wrap-up with Daniel Whitmore\n\nPlease ask for Inês at the "
         "front desk. Lunch is provided.\n\nSent via Greenhouse")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250320T100000Z
DTSTART;TZID=Europe/Lisbon:20250402T100000
DTEND;TZID=Europe/Lisbon:20250402T130000
SUMMARY:{esc("Onsite Interview: Javier Morales Ferrer - General Manager, Meridia Lisbon Riverside")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Meridia Lisbon Riverside, Av. Infante Dom Henrique 52, Lisboa – Meeting Room Tejo")}
{org("ines.carvalho@meridiahospitality.com", "Inês Carvalho")}
{att("rui.matos@meridiahospitality.com", "Rui Matos")}
{att("sofia.antunes@meridiahospitality.com", "Sofia Antunes")}
{att("mark.delaney@meridiahospitality.com", "Mark Delaney")}
{att("daniel.whitmore@meridiahospitality.com", "Daniel Whitmore")}
{att("tejo.room@meridiahospitality.com", "Lisbon Riverside - Meeting Room Tejo", cutype="ROOM", rsvp=False)}
{ME}
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("greenhouse-onsite-en", cal(TZ_LISBON, body, prodid="-//Greenhouse Software//Greenhouse//EN"),
              [lab(uid, 1, "Meridia Hospitality", "General Manager, Meridia Lisbon Riverside", "onsite",
                   "rui.matos@meridiahospitality.com;sofia.antunes@meridiahospitality.com;"
                   "mark.delaney@meridiahospitality.com;daniel.whitmore@meridiahospitality.com",
                   "greenhouse-onsite-room-en")])


def lusitania_workday() -> Ev:
    uid = ms_uid("lusitania-workday")
    d = ("Dear Javier,\n\nYou have been scheduled for an interview for Area Manager – Algarve (R-20413) at "
         "Lusitânia Hotels & Resorts.\n\nInterview type: Screening call\nInterviewer: Joana Figueiredo, Talent "
         "Acquisition Partner\nDuration: 30 minutes\n\nPlease sign in to your candidate home to review the "
         "details: https://lusitania.wd3.myworkdayjobs.com/Careers/userHome\n\n" + teams("lus1", "en"))
    body = f"""BEGIN:VEVENT
{org("lusitania@myworkday.com", "Lusitânia Hotels & Resorts")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("joana.figueiredo@lusitaniahotels.pt", "Figueiredo, Joana")}
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:{esc("Interview Scheduled: Area Manager - Algarve (R-20413)")}
DTSTART;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250226T100000
DTEND;TZID="(UTC+00:00) Dublin, Edinburgh, Lisbon, London":20250226T103000
DTSTAMP:20250220T092215Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:{esc("Microsoft Teams Meeting")}
{MS_PROPS}
END:VEVENT"""
    return Ev("workday-teams-en", cal(TZ_LABEL_LISBON, body, prodid=OUTLOOK),
              [lab(uid, 1, "Lusitânia Hotels & Resorts", "Area Manager - Algarve", "recruiter_screen",
                   "joana.figueiredo@lusitaniahotels.pt", "workday-utc-label-zone-en")])


def quinta_lever_final() -> Ev:
    uid = "lever-interview-9a8b7c6d-qdv-final-jmf"
    d = ("Hi Javier,\n\nWe're excited to invite you to the final interview for the Hotel General Manager "
         "position at Quinta do Vale Hotels (Quinta do Vale Vilamoura).\n\nYou'll meet:\n- Henrique Valadares, "
         "Managing Director\n- Catarina Boavida, Chief Commercial Officer\n\nThe interview will be held in "
         "English.\n\n" + meet("qdv1", "en") + "\n\nBest,\nQuinta do Vale Hotels Talent Team")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250410T150500Z
DTSTART;TZID=Europe/Lisbon:20250416T110000
DTEND;TZID=Europe/Lisbon:20250416T120000
SUMMARY:{esc("Javier Morales Ferrer <> Quinta do Vale Hotels – Final Interview")}
DESCRIPTION:{esc(d)}
{org("interviews@hire.lever.co", "Quinta do Vale Hotels")}
{att("h.valadares@quintadovale.pt", "Henrique Valadares")}
{att("c.boavida@quintadovale.pt", "Catarina Boavida")}
{ME}
{meet_props("qdv1")}
END:VEVENT"""
    return Ev("lever-final-en", cal(TZ_LISBON, body, prodid="-//Lever//Lever Hire//EN"),
              [lab(uid, 1, "Quinta do Vale Hotels", "Hotel General Manager", "final",
                   "h.valadares@quintadovale.pt;c.boavida@quintadovale.pt", "lever-final-en")])


def nomada_ashby() -> Ev:
    uid = "ashby-2c1f7e04-8d3b-4a91-b6e0-31f5c9a2d7e8"
    d = ("Case Study Presentation – Area Manager Spain\n\nHi Javier! As discussed, you'll present your take on the "
         "case we shared (opening two aparthotels in Málaga and Valencia in the same quarter). 30 minutes of "
         "presentation and 30 minutes of Q&A.\n\nPanel:\nLeonie Hartmann – VP Operations\nPablo Giner – Head of "
         "Revenue\n\nJoin: " + "https://meet.google.com/" + "nqb-rsxt-kwe" + "\n\nScheduled with Ashby")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250403T171000Z
DTSTART:20250409T080000Z
DTEND:20250409T090000Z
SUMMARY:{esc("Nomada Stays | Case Study Presentation – Javier Morales Ferrer")}
DESCRIPTION:{esc(d)}
LOCATION:https://meet.google.com/nqb-rsxt-kwe
{org("no-reply@ashbyhq.com", "Nomada Stays Recruiting")}
{att("leonie@nomadastays.com", "Leonie Hartmann")}
{att("pablo.giner@nomadastays.com", "Pablo Giner")}
{ME}
END:VEVENT"""
    return Ev("ashby-case-en", cal(body, prodid="-//Ashby//Ashby Scheduling//EN"),
              [lab(uid, 1, "Nomada Stays", "Area Manager Spain", "technical",
                   "leonie@nomadastays.com;pablo.giner@nomadastays.com", "ashby-case-study-utc-en")])


def seabreeze_goodtime() -> Ev:
    uid = "goodtime-evt-71c2a9e0-onsite-seabreeze"
    d = ("Your onsite interview for Resort General Manager – Seabreeze Lanzarote is confirmed.\n\nAgenda "
         "(Canary Islands time):\n09:00 Welcome – Hannah Price (Recruiting Coordinator, not interviewing)\n"
         "09:15 Resort tour & operations – Graham Leckie, Regional Director\n10:30 Guest experience – Olivia "
         "Brennan, Director of Guest Experience\n11:30 People & culture – Tom Achterberg, HR Business Partner\n\n"
         "Seabreeze Collection · Powered by GoodTime")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250423T083000Z
DTSTART:20250505T080000Z
DTEND:20250505T113000Z
SUMMARY:{esc("Onsite Interview — Resort General Manager, Seabreeze Lanzarote")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Seabreeze Lanzarote, Calle Janubio 5, Playa Blanca, Lanzarote")}
{org("hannah.price@seabreezecollection.co.uk", "Hannah Price")}
{att("graham.leckie@seabreezecollection.co.uk", "Graham Leckie")}
{att("olivia.brennan@seabreezecollection.co.uk", "Olivia Brennan")}
{att("tom.achterberg@seabreezecollection.co.uk", "Tom Achterberg")}
{ME}
END:VEVENT"""
    return Ev("goodtime-onsite-en", cal(body, prodid="-//GoodTime.io//GoodTime Scheduler//EN"),
              [lab(uid, 1, "Seabreeze Collection", "Resort General Manager", "onsite",
                   "graham.leckie@seabreezecollection.co.uk;olivia.brennan@seabreezecollection.co.uk;"
                   "tom.achterberg@seabreezecollection.co.uk", "goodtime-onsite-coordinator-en")])


def allegra_modernloop() -> Ev:
    uid = "ml-3e91b0f2c4d5a6b7-allegra-final-panel"
    d = ("Final Round Panel – Cluster General Manager, Balearics\n\nCandidate: Javier Morales Ferrer\n\n"
         "Panelists:\n• Francesca Moretti (COO, Allegra Hotels & Resorts)\n• James Okafor (SVP Development)\n"
         "• Lucía Serrano (VP People, Southern Europe)\n\n" + teams("allegra1", "en") +
         "\n\nScheduled by ModernLoop on behalf of Allegra Hotels & Resorts")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250509T120000Z
DTSTART;TZID=Europe/Madrid:20250515T160000
DTEND;TZID=Europe/Madrid:20250515T173000
SUMMARY:{esc("Final Round Panel: Javier Morales Ferrer (Cluster GM, Balearics)")}
DESCRIPTION:{esc(d)}
LOCATION:Microsoft Teams
{org("scheduling@modernloop.io", "Allegra Recruiting via ModernLoop")}
{att("f.moretti@allegrahotels.com", "Francesca Moretti")}
{att("j.okafor@allegrahotels.com", "James Okafor")}
{att("l.serrano@allegrahotels.com", "Lucía Serrano")}
{ME}
END:VEVENT"""
    return Ev("modernloop-panel-en", cal(TZ_MADRID, body, prodid="-//ModernLoop//ModernLoop//EN"),
              [lab(uid, 1, "Allegra Hotels & Resorts", "Cluster General Manager, Balearics", "final",
                   "f.moretti@allegrahotels.com;j.okafor@allegrahotels.com;l.serrano@allegrahotels.com",
                   "modernloop-panel-en")])


def allegra_phone_mac() -> Ev:
    uid = "C0FFEE12-3A4B-4C5D-8E9F-A0B1C2D3E4F5"
    body = f"""BEGIN:VEVENT
CREATED:20250416T082200Z
DTEND;TZID=Europe/Madrid:20250422T094500
DTSTAMP:20250416T082210Z
DTSTART;TZID=Europe/Madrid:20250422T091500
DESCRIPTION:{esc("Priya (Allegra TA, London) calls my mobile. Cluster GM Balearics. Salary band? relocation?")}
LAST-MODIFIED:20250416T082210Z
SEQUENCE:0
SUMMARY:{esc("Phone screen – Allegra Hotels")}
UID:{uid}
END:VEVENT"""
    return Ev("mac-handtyped-phone-en", cal(TZ_MADRID, body, prodid=APPLE_MAC, method=None),
              [lab(uid, 1, "Allegra Hotels & Resorts", "Cluster GM Balearics", "recruiter_screen", "Priya",
                   "handtyped-phone-screen-en")])


def atlantico_azul_calcom() -> Ev:
    uid = "calcom-bk-R4tY7uI9oP2aS5dF8gH1@cal.com"
    d = ("What:\nIntro call between Tomás Reis and Javier Morales Ferrer\n\nInvitee time zone:\nEurope/Madrid\n\n"
         "Who:\nTomás Reis - Organizer\ntomas.reis@atlanticoazul.pt\nJavier Morales Ferrer\n"
         "javimorales.hotel@yahoo.es\n\nWhere:\nCal Video\n\nAdditional notes:\nHead of People at Atlântico Azul "
         "Hotéis. First conversation about the Madeira GM opening.\n\nNeed to make a change? Cancel or "
         "reschedule: https://app.cal.com/booking/R4tY7uI9oP2aS5dF8gH1")
    body = f"""BEGIN:VEVENT
UID:{uid}
SUMMARY:{esc("Intro call between Tomás Reis and Javier Morales Ferrer")}
DTSTART:20250404T140000Z
DTEND:20250404T143000Z
DTSTAMP:20250401T112008Z
DESCRIPTION:{esc(d)}
LOCATION:https://app.cal.com/video/R4tY7uI9oP2aS5dF8gH1
{org("tomas.reis@atlanticoazul.pt", "Tomás Reis")}
{ME}
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calcom-intro-en", cal(body, prodid="-//Cal.com Inc.//Cal.com Event//EN"),
              [lab(uid, 1, "Atlântico Azul Hotéis", "", "recruiter_screen", "tomas.reis@atlanticoazul.pt",
                   "calcom-intro-call-en")])


def harbourline_icims() -> Ev:
    uid = "icims-interview-2025-2201-88410@harbourlinehotels.icims.com"
    d = ("Dear Javier,\n\nThank you for your interest in the Area General Manager – Balearic Islands position "
         "(Req #2025-2201) with Harbourline Hotels International.\n\nThis is a phone interview with Rachel "
         "Simmonds, Senior Talent Acquisition Partner EMEA. Rachel will call you on the number in your "
         "profile.\n\nKind regards,\nHarbourline Talent Acquisition")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250306T141000Z
DTSTART:20250311T100000Z
DTEND:20250311T103000Z
SUMMARY:{esc("Interview Confirmation – Area General Manager, Balearic Islands")}
DESCRIPTION:{esc(d)}
LOCATION:Phone
{org("harbourlinehotels@talent.icims.com", "Harbourline Talent Acquisition")}
{att("rachel.simmonds@harbourlinehotels.com", "Rachel Simmonds")}
{ME}
END:VEVENT"""
    return Ev("icims-phone-en", cal(body, prodid="-//iCIMS//iCIMS Talent Platform//EN"),
              [lab(uid, 1, "Harbourline Hotels International", "Area General Manager, Balearic Islands",
                   "recruiter_screen", "rachel.simmonds@harbourlinehotels.com", "icims-phone-en")])


def medora_successfactors() -> Ev:
    uid = ms_uid("medora-sf-2")
    d = ("Dear Javier Morales Ferrer,\n\nYou are invited to an interview for the position Cluster General Manager "
         "– Mallorca (Req ID 48213).\n\nInterview with: Andreas Kessler, Area Vice President Spain & Portugal "
         "(hiring manager)\nThe interview will be conducted in English.\n\nPlease accept this invitation to "
         "confirm.\n\nMedora Hotels & Resorts – Global Talent Acquisition\n\n" + teams("medora1", "en"))
    body = f"""BEGIN:VEVENT
{org("noreply@successfactors.eu", "Medora Hotels & Resorts Recruiting")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("andreas.kessler@medorahotels.com", "Kessler, Andreas")}
DESCRIPTION:{esc(d)}
UID:{uid}
SUMMARY:{esc("Interview Invitation: Cluster General Manager - Mallorca (Req ID 48213)")}
DTSTART;TZID=Romance Standard Time:20250520T113000
DTEND;TZID=Romance Standard Time:20250520T123000
DTSTAMP:20250512T094500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION:{esc("Microsoft Teams Meeting")}
END:VEVENT"""
    return Ev("successfactors-teams-en", cal(TZ_WIN_ROMANCE, body, prodid="-//SAP SuccessFactors//Recruiting//EN"),
              [lab(uid, 1, "Medora Hotels & Resorts", "Cluster General Manager - Mallorca", "hiring_manager",
                   "andreas.kessler@medorahotels.com", "successfactors-en")])


def medora_google_own() -> Ev:
    uid = "6f5e4d3c2b1a0z9y8x7w6v5u4t@google.com"
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250506T124500
DTEND;TZID=Europe/Madrid:20250506T131500
DTSTAMP:20250430T181510Z
UID:{uid}
CREATED:20250430T181505Z
DESCRIPTION:{esc("Hannah Whitfield (Medora TA) – first call, Cluster GM Mallorca. She calls.")}
LAST-MODIFIED:20250430T181506Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Call w/ Medora TA re Cluster GM")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-own-note-en", cal(TZ_MADRID, body, prodid=GOOGLE, method="PUBLISH"),
              [lab(uid, 1, "Medora Hotels & Resorts", "Cluster GM Mallorca", "recruiter_screen", "Hannah Whitfield",
                   "own-note-recruiter-call-en")])


def porto_atlantico_final() -> Ev:
    uid = ms_uid("porto-atlantico-final")
    d = ("Dear Javier,\n\nFollowing your conversations with Marta and Nuno, Mr. Duarte Sampaio (CEO) would like to "
         "meet you for a final interview for the General Manager role at Porto Atlântico Hotel & Spa.\n\n"
         "Kind regards,\nBeatriz Lopes\nExecutive Assistant to the CEO\nPorto Atlântico Hotéis")
    body = f"""BEGIN:VEVENT
{org("dsampaio@portoatlantico.pt", "Sampaio, Duarte", sent_by="blopes@portoatlantico.pt")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("blopes@portoatlantico.pt", "Lopes, Beatriz", role="OPT-PARTICIPANT", rsvp=False)}
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:{esc("Final interview – General Manager, Porto Atlântico Hotel & Spa")}
DTSTART;TZID=GMT Standard Time:20250528T150000
DTEND;TZID=GMT Standard Time:20250528T160000
DTSTAMP:20250521T101010Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:{esc("Porto Atlântico Hotéis – Head Office, Rua de Gonçalo Cristóvão 190, Porto")}
{MS_PROPS}
{alt_desc(html(d))}
END:VEVENT"""
    return Ev("exchange-final-sentby-en", cal(TZ_WIN_GMT, body, prodid=EXCHANGE),
              [lab(uid, 1, "Porto Atlântico Hotéis", "General Manager, Porto Atlântico Hotel & Spa", "final",
                   "dsampaio@portoatlantico.pt", "exchange-sent-by-assistant-en")])


def miramar_webex() -> Ev:
    uid = "webex-mtg-a7d31c9e82f0@miramarhi.webex.com"
    d = ("Javier – thanks for the CV. Ahead of the owners' meeting next month we'd like to talk through how you "
         "would run the Miramar Palma Nova as GM under our asset-light model (we own, a third-party operator "
         "may or may not stay). I'll be joined by my partner Ruth Abecassis.\n\nBest,\nOliver Grant\nManaging "
         "Partner, Miramar Hotel Investments\n\n" + webex("miramar1", "miramarhi"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250415T163000Z
DTSTART;TZID=Europe/Madrid:20250424T110000
DTEND;TZID=Europe/Madrid:20250424T120000
SUMMARY:{esc("Javier Morales Ferrer / Miramar Hotel Investments – GM conversation")}
DESCRIPTION:{esc(d)}
LOCATION:https://miramarhi.webex.com/meet/ogrant
{org("ogrant@miramarhi.com", "Oliver Grant")}
{att("rabecassis@miramarhi.com", "Ruth Abecassis")}
{ME}
END:VEVENT"""
    return Ev("webex-owner-en", cal(TZ_MADRID, body, prodid="-//Cisco//Webex Meetings//EN"),
              [lab(uid, 1, "Miramar Hotel Investments", "GM", "", "ogrant@miramarhi.com;rabecassis@miramarhi.com",
                   "webex-no-interview-word-en")])


def ondina_agency() -> Ev:
    uid = "9z8y7x6w5v4u3t2s1r0q9p8o7n@google.com"
    d = ("Hi Javier,\n\nGreat news – our client Ondina Resorts (Madeira) would like to interview you for the "
         "Resort General Manager role at Ondina Funchal Bay. You'll speak with Ricardo Gouveia, Director of "
         "Operations, who the role reports to. I won't join, but call me afterwards.\n\nBest,\nSophie Harlow\n"
         "Harlow & Vance Hospitality Search, London\n\n" + meet("ondina1", "en"))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Lisbon:20250430T090000
DTEND;TZID=Europe/Lisbon:20250430T100000
DTSTAMP:20250424T153000Z
{org("sophie@harlowvance.co.uk", "Sophie Harlow")}
UID:{uid}
{att("r.gouveia@ondinaresorts.com", "Ricardo Gouveia")}
{ME}
{meet_props("ondina1")}
DESCRIPTION:{esc(d)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Interview: Javier Morales Ferrer / Ondina Resorts – Resort GM (Funchal)")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("agency-google-en", cal(TZ_LISBON, body, prodid=GOOGLE),
              [lab(uid, 1, "Ondina Resorts", "Resort General Manager", "hiring_manager", "r.gouveia@ondinaresorts.com",
                   "agency-names-employer-en")])


def csh_case_utc() -> Ev:
    uid = ms_uid("csh-case")
    d = ("Hi Javier,\n\nAs the next step for the Area Manager – Costa del Sol position, we'd like to run an "
         "operational case interview: you'll walk us through how you would turn around a 4* resort with a GOP "
         "margin of 18%. Interviewers: Natalia Prieto (Director of Operations) and Kevin Hughes (Finance "
         "Director).\n\nCosta Sol Hospitality (CSH)\n\n" + teams("csh1", "en"))
    body = f"""BEGIN:VEVENT
{org("natalia.prieto@csh-group.com", "Prieto, Natalia")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("kevin.hughes@csh-group.com", "Hughes, Kevin")}
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=en-US:{esc("CSH | Operational case interview - Area Manager Costa del Sol")}
DTSTART:20250605T080000Z
DTEND:20250605T093000Z
DTSTAMP:20250529T171700Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:{esc("Microsoft Teams Meeting")}
{MS_PROPS}
END:VEVENT"""
    return Ev("outlook-case-utc-en", cal(body, prodid=OUTLOOK),
              [lab(uid, 1, "Costa Sol Hospitality", "Area Manager Costa del Sol", "technical",
                   "natalia.prieto@csh-group.com;kevin.hughes@csh-group.com", "outlook-utc-abbrev-company-en")])


def make() -> list[Ev]:
    return [meridia_greenhouse(), meridia_onsite(), lusitania_workday(), quinta_lever_final(), nomada_ashby(),
            seabreeze_goodtime(), allegra_modernloop(), allegra_phone_mac(), atlantico_azul_calcom(),
            harbourline_icims(), medora_successfactors(), medora_google_own(), porto_atlantico_final(),
            miramar_webex(), ondina_agency(), csh_case_utc()]
