"""holdout56: the user's own interviews, English: Outlook/Exchange, Apple, Thunderbird, agencies, hand-typed.

Written blind, CC0 1.0.
"""

from __future__ import annotations

from holdout56ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    HW_WORK,
    MACOS,
    OUTLOOK,
    THUNDERBIRD,
    VTZ,
    E,
    att,
    calendar,
    me,
    meet,
    org,
    outlook_tz,
    room,
    teams,
    vevent,
    when,
    zoom,
)

LON = [VTZ["Europe/London"]]
UTC0 = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"


def events() -> list[dict[str, str]]:
    out = []

    uid = "040000008200E00074C5B7101A82E008000000004C3D2B1AA97BDB01000000000000000010000000F3E1C6"
    desc = ("Hannah\n\nThanks for your application for the 1-3 PQE Employment Associate role. Olivia would "
            "like to meet you at our London office for a partner interview.\n\nKind regards\nDeb\n\nDeborah "
            "Ayres | PA to Olivia Fox | Brackenbury Fox LLP")
    alt = ("<html><body><p>Hannah</p><p>Thanks for your application for the 1-3 PQE Employment Associate role. "
           "Olivia would like to meet you at our London office for a partner interview.</p></body></html>")
    out.append(E("outlook-sentby-partner-en", calendar([vevent(
        uid, "Brackenbury Fox – Partner interview – Hannah Whitfield", when("20250327", "1500", 60, tz=UTC0),
        desc, "Brackenbury Fox LLP, 20 Fetter Lane, London EC4A 1AA – Room 6.02",
        [org("olivia.fox@brackenburyfox.com", "Fox, Olivia", sent_by="deborah.ayres@brackenburyfox.com"),
         me(), att("deborah.ayres@brackenburyfox.com", "Ayres, Deborah", role="OPT-PARTICIPANT"),
         room("rm-6.02@brackenburyfox.com", "LDN 6.02 Fetter")],
        alt=alt, extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])], OUTLOOK,
        tzs=[outlook_tz(UTC0)]), uid, 1, "Brackenbury Fox", "1-3 PQE Employment Associate", "",
        "olivia.fox@brackenburyfox.com"))

    uid = "040000008200E00074C5B7101A82E00800000000E1D2C3B4A5F6DB01000000000000000010000000ASHK01"
    desc = ("Dear Hannah,\n\nFurther to your conversation with Tessa at Carrington Legal, I'm pleased to "
            "confirm a first-round interview with James Keane (Partner, Commercial) and Amira Saleh (Senior "
            "Associate).\n\nAshworth Keane LLP\n6 Wellington Place\nLeeds LS1 4AP\n\nHR Team")
    out.append(E("exchange-windows-zone-en", calendar([vevent(
        uid, "First round interview - Commercial Associate", when("20250314", "0930", 60,
                                                                 tz="GMT Standard Time"),
        desc, "6 Wellington Place, Leeds - Meeting Room 2",
        [org("hr@ashworthkeane.co.uk", "Ashworth Keane HR"), me(),
         att("j.keane@ashworthkeane.co.uk", "Keane, James"), att("a.saleh@ashworthkeane.co.uk", "Saleh, Amira"),
         room("meetingroom2@ashworthkeane.co.uk", "Leeds Meeting Room 2")])], EXCHANGE),
        uid, 1, "Ashworth Keane LLP", "Commercial Associate", "",
        "j.keane@ashworthkeane.co.uk;a.saleh@ashworthkeane.co.uk"))

    uid = "C0FFEE12-8A7B-4C3D-9E2F-1A2B3C4D5E6F"
    out.append(E("apple-handtyped-floating-en", calendar([vevent(
        uid, "Interview Pryce Holloway", when("20250321", "1400", 60, tz=None),
        "Ask for Gemma at reception. Bring certificates. 2nd floor", "Pryce Holloway, Toronto Square, Leeds",
        extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"], status="")], APPLE, method=None),
        uid, 1, "Pryce Holloway", "", "", ""))

    uid = "e4b7c2a1-thunderbird-1d2f3a4b5c6d"
    out.append(E("thunderbird-agency-handtyped-en", calendar([vevent(
        uid, "Ph call w/ Tessa (Carrington Legal) re Daventry Clarke assoc role", when("20250303", "1730", 20),
        "She'll ring me. Daventry Clarke - 2PQE employment, Manchester. Salary band + hybrid?", None,
        extra=["X-MOZ-GENERATION:1", "CLASS:PRIVATE"], status="")], THUNDERBIRD, method=None, tzs=LON),
        uid, 1, "Daventry Clarke", "2PQE employment", "recruiter_screen", "tessa",
        trap="thunderbird-agency-handtyped-en"))

    uid = "carrington-legal-dc-interview-0331"
    desc = ("Hi Hannah,\n\nGreat news – Daventry Clarke would like to meet you. Details below.\n\nClient: "
            "Daventry Clarke LLP\nRole: Associate, Employment (2 PQE)\nInterviewers: Neil Daventry (Partner), "
            "Joanne Pugh (Legal Director)\nVenue: 100 Barbirolli Square, Manchester M2 3BD\n\nAny questions, "
            "just call me.\nTessa Grainger\nCarrington Legal Recruitment")
    out.append(E("agency-names-employer-en", calendar([vevent(
        uid, "Interview: Daventry Clarke LLP – Associate, Employment", when("20250331", "1100", 60), desc,
        "100 Barbirolli Square, Manchester M2 3BD",
        [org("tessa@carringtonlegal.co.uk", "Tessa Grainger"), me()])], OUTLOOK, tzs=LON),
        uid, 1, "Daventry Clarke", "Associate, Employment (2 PQE)", "",
        "neil daventry;joanne pugh"))

    uid = "sablefinch-gt-0fe9a2"
    desc = ("Hannah – confirming your 2nd interview with my client Gresham Tate (City, employment team). "
            "You'll see Priya Kapoor and Rob Lyle. I'll call you afterwards for feedback.\n\nMarcus\nSable & "
            "Finch Legal Search\n\n" + teams("ZTIwYz"))
    out.append(E("agency-second-interview-teams-en", calendar([vevent(
        uid, "2nd interview – Gresham Tate (via Sable & Finch)", when("20250416", "0830", 60), desc,
        "Microsoft Teams Meeting",
        [org("marcus@sablefinch.com", "Marcus Webb"), me(),
         att("priya.kapoor@greshamtate.com", "Priya Kapoor"), att("rob.lyle@greshamtate.com", "Rob Lyle")])],
        OUTLOOK, tzs=LON), uid, 1, "Gresham Tate", "", "", "priya.kapoor@greshamtate.com;rob.lyle@greshamtate.com"))

    # Recurring interview block with an override (same UID in both VEVENTs).
    uid = "stonegate-interview-series-77d1@stonegate-insurance.co.uk"
    base = ("Stonegate Insurance – Employment Counsel interviews (3 parts, one a week).\nPart 1 legal "
            "knowledge with Fiona Hart; parts 2 and 3 with Fiona Hart and Marc Duval.\n\n"
            + teams("c3RvbmU"))
    series = vevent(uid, "Stonegate Insurance – interview (Employment Counsel)", when("20250407", "1500", 60),
                    base, "Microsoft Teams Meeting",
                    [org("fiona.hart@stonegate-insurance.co.uk", "Hart, Fiona"), me(),
                     att("marc.duval@stonegate-insurance.co.uk", "Duval, Marc")],
                    extra=["RRULE:FREQ=WEEKLY;COUNT=3"])
    override = vevent(uid, "Stonegate Insurance – interview (Employment Counsel) – MOVED",
                      when("20250415", "1000", 60), "Part 2 moved to Tuesday morning.\n\n" + teams("c3RvbmU"),
                      "Microsoft Teams Meeting",
                      [org("fiona.hart@stonegate-insurance.co.uk", "Hart, Fiona"), me(),
                       att("marc.duval@stonegate-insurance.co.uk", "Duval, Marc")],
                      extra=["RECURRENCE-ID;TZID=Europe/London:20250414T150000"], seq=1)
    out.append(E("recurring-override-en", calendar([series, override], OUTLOOK, tzs=LON),
                 uid, 1, "Stonegate Insurance", "Employment Counsel", "",
                 "fiona.hart@stonegate-insurance.co.uk;marc.duval@stonegate-insurance.co.uk"))

    uid = "airedale-mbc-int-2025-0419"
    desc = ("Post: Solicitor (Employment) – Legal & Democratic Services – Grade 9\nInterview panel: "
            "Cllr assessments not required. Panel: Shabana Iqbal (Principal Solicitor), David Royle (HR "
            "Business Partner)\nFormat: 15 min written exercise then competency interview.\nPlease report to "
            "City Hall main reception.")
    out.append(E("council-exchange-en", calendar([vevent(
        uid, "Interview - Solicitor (Employment) - H Whitfield", when("20250411", "1330", 90,
                                                                        tz="GMT Standard Time"),
        desc, "City Hall, Bradford Road, Airedale", [
            org("recruitment@airedale.gov.uk", "Recruitment Team"), me(),
            att("shabana.iqbal@airedale.gov.uk", "Iqbal, Shabana"), att("david.royle@airedale.gov.uk", "Royle, David"),
            room("cityhall-cr3@airedale.gov.uk", "City Hall Committee Room 3")])], EXCHANGE),
        uid, 1, "Airedale Council", "Solicitor (Employment)", "technical",
        "shabana.iqbal@airedale.gov.uk;david.royle@airedale.gov.uk"))

    uid = "wrth-nhs-employment-lawyer-3320"
    desc = ("Dear Hannah\n\nInterview for Employment Lawyer (Band 8a), ref 180-CORP-2291. The panel will be "
            "Dr Imran Siddiqui (Director of Workforce) and Kate Lowther (Head of Legal Services). Recruitment "
            "team contact: Jade Winter (she will meet you but is not on the panel).\n\n" + teams("bmhzdHJ"))
    out.append(E("nhs-teams-coordinator-en", calendar([vevent(
        uid, "Interview – Employment Lawyer (Band 8a)", when("20250403", "1415", 45), desc,
        "Microsoft Teams Meeting",
        [org("jade.winter@nhs.net", "WINTER, Jade (WEST RIDING TEACHING HOSPITALS NHS FOUNDATION TRUST)"), me(),
         att("imran.siddiqui@nhs.net", "SIDDIQUI, Imran (WEST RIDING TEACHING HOSPITALS NHS FOUNDATION TRUST)"),
         att("kate.lowther@nhs.net", "LOWTHER, Kate (WEST RIDING TEACHING HOSPITALS NHS FOUNDATION TRUST)")])],
        OUTLOOK, tzs=LON), uid, 1, "West Riding Teaching Hospitals NHS Foundation Trust",
        "Employment Lawyer (Band 8a)", "", "imran.siddiqui@nhs.net;kate.lowther@nhs.net"))

    uid = "rowntree-byers-coffee-5a1f@rowntreebyers.co.uk"
    desc = ("Hi Hannah – following your application, Gareth and I would like to meet for an informal first "
            "interview over coffee. Nothing formal, but do bring any questions about the associate role.\n"
            "Sally Byers\nPartner, Employment\nRowntree Byers Solicitors, York")
    out.append(E("informal-first-interview-workaddr-en", calendar([vevent(
        uid, "Coffee & informal interview – Rowntree Byers", when("20250326", "0800", 45), desc,
        "Bettys Café Tea Rooms, St Helen's Square, York",
        [org("sally.byers@rowntreebyers.co.uk", "Sally Byers"), att(HW_WORK, "Hannah Whitfield", rsvp="TRUE"),
         att("gareth.rowntree@rowntreebyers.co.uk", "Gareth Rowntree")])], OUTLOOK, tzs=LON),
        uid, 1, "Rowntree Byers", "associate", "",
        "sally.byers@rowntreebyers.co.uk;gareth.rowntree@rowntreebyers.co.uk"))

    uid = "20250409T101500Z-hollinspike@macos"
    out.append(E("macos-handtyped-final-en", calendar([vevent(
        uid, "FINAL interview – Hollins Pike (Manchester) w/ managing partner",
        when("20250409", "1000", 60), "MP = Alan Pike. Then Q&A with the team. 3 Hardman St.",
        "3 Hardman Street, Manchester", status="")], MACOS, method=None, tzs=LON),
        uid, 1, "Hollins Pike", "", "final", "alan pike"))

    uid = "workable-int-quay-2031"
    desc = ("Hi Hannah,\n\nYou're scheduled for a Video call interview for the Employment Counsel position at "
            "Quayside Logistics.\n\nInterviewers: Tom Harrow (Head of Legal)\n\n" + zoom("874 5512 0093", "QyLx8")
            + "\n\nThis event was scheduled using Workable.")
    out.append(E("workable-en", calendar([vevent(
        uid, "Video call interview: Employment Counsel – Quayside Logistics", when("20250402", "1500", 45), desc,
        "Zoom", [org("quayside-logistics@jobs.workablemail.com", "Quayside Logistics"), me(),
                 att("tom.harrow@quaysidelogistics.com", "Tom Harrow")])], "-//Workable//Workable//EN", tzs=LON),
        uid, 1, "Quayside Logistics", "Employment Counsel", "hiring_manager", "tom.harrow@quaysidelogistics.com"))

    uid = "calendly-screen-35b0e1f7-recruiter"
    desc = ("Event Name: 20 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: "
            "Applying for Legal Counsel (Commercial) at Northwold Foods – recruiter said to book via this link."
            "\n\nLocation: +44 7700 900418\n\nPowered by Calendly.com")
    out.append(E("calendly-company-in-body-en", calendar([vevent(
        uid, "20 Minute Meeting between Priya Nair and Hannah Whitfield", when("20250310", "1000", 20, utc=True),
        desc, "+44 7700 900418", [org("priya.nair@northwoldfoods.co.uk", "Priya Nair"), me()])],
        "-//Calendly//Calendly//EN"),
        uid, 1, "Northwold Foods", "Legal Counsel (Commercial)", "recruiter_screen",
        "priya.nair@northwoldfoods.co.uk"))

    uid = "gcal-heron-7l6k5j4h3g@google.com"
    desc = ("Case study: you'll receive a fact pattern (TUPE transfer + redundancy) 30 mins before the "
            "interview. We'll discuss your advice note.\nWith Ciaran Moss and Jo Kettle, Heron Vale Solicitors."
            "\n\n" + zoom("861 0041 7782", "HvS0lc"))
    out.append(E("google-case-study-en", calendar([vevent(
        uid, "Heron Vale – case study interview", when("20250423", "1400", 90), desc, "Zoom",
        [org("jo.kettle@heronvale.law", "Jo Kettle"), me(), att("ciaran.moss@heronvale.law", "Ciaran Moss")])],
        GOOGLE, tzs=LON), uid, 1, "Heron Vale Solicitors", "", "technical",
        "jo.kettle@heronvale.law;ciaran.moss@heronvale.law"))

    uid = "ics-apple-iphone-brierley-A1B2"
    out.append(E("apple-utc-handtyped-en", calendar([vevent(
        uid, "Brierley & Co interview (2nd) - employment assoc", when("20250417", "1300", 60, utc=True),
        None, "Brierley & Co, Park Square, Leeds", status="",
        extra=["X-APPLE-CREATOR-IDENTITY:com.apple.mobilecal"])], APPLE, method=None),
        uid, 1, "Brierley & Co", "employment assoc", "", ""))

    uid = "talent-direct-hm-lisle-09"
    desc = ("Hannah,\n\nPlease find attached an invite for your interview with me for the in-house Employment "
            "Lawyer role. I lead the People Legal team at Lisle Retail and you'd be reporting into me.\n\n"
            "Regards\nMartin\n\n" + teams("bGlzbGU"))
    out.append(E("direct-hm-outlook-en", calendar([vevent(
        uid, "Interview: Employment Lawyer (People Legal)", when("20250404", "1100", 45, tz=UTC0), desc,
        "Microsoft Teams Meeting", [org("martin.gould@lisleretail.com", "Gould, Martin"), me()])], OUTLOOK,
        tzs=[outlook_tz(UTC0)]), uid, 1, "Lisle Retail", "Employment Lawyer (People Legal)", "hiring_manager",
        "martin.gould@lisleretail.com"))

    uid = "gcal-hartwell-screen-9x8y7z@google.com"
    desc = ("Hi Hannah, thanks for applying for the Employment Counsel role at Hartwell Hotels. This is a 30 min "
            "initial screen with me (Talent Acquisition) before you meet the legal team.\nNina\n\n"
            + meet("hwh-qfrt-xcv"))
    out.append(E("google-screen-xwr-en", calendar([vevent(
        uid, "Hartwell Hotels | Initial screen – Hannah Whitfield", when("20250317", "1100", 30, utc=True), desc,
        "https://meet.google.com/hwh-qfrt-xcv", [org("nina.okeke@hartwellhotels.com", "Nina Okeke"), me()])], GOOGLE,
        headers=["X-WR-TIMEZONE:Europe/London"]), uid, 1, "Hartwell Hotels", "Employment Counsel", "recruiter_screen",
        "nina.okeke@hartwellhotels.com"))

    uid = "040000008200E00074C5B7101A82E00800000000KENDRICKSHAW0002"
    desc = ("Hannah,\n\nAs mentioned, the second stage is a 60-minute written assessment (advice letter on an "
            "unfair dismissal claim) followed by a 30-minute discussion with Priyanka Shaw and Liam Kendrick.\n\n"
            "Kendrick Shaw LLP, 5 St Paul's Square, Liverpool L3 9SJ")
    out.append(E("outlook-written-assessment-en", calendar([vevent(
        uid, "Kendrick Shaw – written assessment & interview", when("20250501", "0930", 90, tz="GMT Standard Time"),
        desc, "5 St Paul's Square, Liverpool L3 9SJ",
        [org("recruitment@kendrickshaw.co.uk", "Recruitment, Kendrick Shaw"), me(),
         att("p.shaw@kendrickshaw.co.uk", "Shaw, Priyanka"), att("l.kendrick@kendrickshaw.co.uk", "Kendrick, Liam")])],
        EXCHANGE), uid, 1, "Kendrick Shaw", "", "technical", "p.shaw@kendrickshaw.co.uk;l.kendrick@kendrickshaw.co.uk"))

    uid = "marceau-entretien-tel-0404"
    desc = ("Bonjour Hannah,\n\nComme convenu, je vous appellerai pour un premier entretien téléphonique concernant "
            "le poste de Juriste droit social (bilingue anglais) au sein du Groupe Marceau.\n\nCordialement,\n"
            "Sophie Lemaire – Chargée de recrutement")
    out.append(E("phone-screen-fr", calendar([vevent(
        uid, "Entretien téléphonique – Juriste droit social – Groupe Marceau", when("20250404", "0900", 30,
                                                                                    tz="Europe/Paris"),
        desc, "Téléphone", [org("sophie.lemaire@groupe-marceau.fr", "Sophie Lemaire"), me()])], OUTLOOK,
        tzs=[VTZ["Europe/Paris"]]), uid, 1, "Groupe Marceau", "Juriste droit social (bilingue anglais)",
        "recruiter_screen", "sophie.lemaire@groupe-marceau.fr"))
    return out
