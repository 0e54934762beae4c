"""holdout82 other negatives, part A: mock and practice, prep and travel around real interviews, a webinar and a
class about interviewing, research/press/podcast "interviews", personal appointments, choir, audit committee."""

from __future__ import annotations

from holdout82ev_ics import (
    USER_FREE,
    USER_WORK,
    apple_uid,
    att_g,
    att_ol,
    google,
    google_uid,
    guid,
    meet_code,
    meet_en,
    neg,
    outlook,
    outlook_uid,
    p,
    teams_en,
    tok,
    tz_apple_london,
    tz_olson_london,
    zoom_en,
)

ME_F = att_ol("Rebecca Thompson", USER_FREE)
ME_W = att_ol("Thompson, Rebecca", USER_WORK)


def _apple(uid: str, summary: str, start: str, end: str, desc: str = "", location: str = "",
           floating: bool = False, extra: tuple[str, ...] = ()) -> list[str]:
    tz = "" if floating else ";TZID=Europe/London"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//iPhone OS 18.1//EN", "CALSCALE:GREGORIAN"]
    if not floating:
        lines += tz_apple_london()
    lines += ["BEGIN:VEVENT", "CREATED:20250901T080000Z", f"DTEND{tz}:{end}", "DTSTAMP:20250901T080010Z",
              f"DTSTART{tz}:{start}", p("SUMMARY", summary)]
    if desc:
        lines.append(p("DESCRIPTION", desc))
    if location:
        lines.append(p("LOCATION", location))
    lines += [*extra, "SEQUENCE:0", "TRANSP:OPAQUE", f"UID:{uid}", "END:VEVENT", "END:VCALENDAR"]
    return lines


def events() -> list[dict]:
    out: list[dict] = []

    uid = outlook_uid("o1")
    out.append(neg("mock-coach", uid, outlook(
        uid, org="ORGANIZER;CN=Gill Marston:mailto:gill@freshchaptercoaching.co.uk", atts=[ME_F],
        summary="Mock panel interview – NHS Director of Finance (practice)", start="20260109T100000",
        end="20260109T113000", stamp="20260102T141500Z", location="Zoom", prodid="Microsoft Exchange Server 2010",
        desc="Rebecca – as agreed, I'll play the Chair and my associate Raj will play a non-executive director. "
             "We'll work from the South Pennines job description and finish with 20 minutes of feedback. Let me "
             "know if you'd like it recorded.\n\nGill Marston\nFresh Chapter Coaching\n\n" +
             zoom_en("o1", "Gill Marston"), alt=False), trap="mock-coach-en"))

    uid = apple_uid("o2")
    out.append(neg("practice-names-company", uid, _apple(
        uid, "Run-through: Northbridge presentation with Dave", "20250930T193000", "20250930T203000",
        "Time it – 10 mins max. Dave to ask the nasty questions about arrears + the pension deficit.",
        "Home"), trap="practice-names-company-en"))

    uid = apple_uid("o3")
    out.append(neg("prep-block", uid, _apple(
        uid, "PREP – AWHG assessment centre", "20251105T190000", "20251105T213000",
        "in-tray practice; re-read 30yr business plan + regulator judgement; print route to Shipley",
        extra=("BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M", "END:VALARM")),
        trap="prep-block-en"))

    uid = google_uid("o4")
    out.append(neg("travel-before-interview", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        *tz_olson_london(), "BEGIN:VEVENT", "DTSTART;TZID=Europe/London:20260202T171500",
        "DTEND;TZID=Europe/London:20260202T201200", "DTSTAMP:20260120T211500Z",
        f"ORGANIZER;CN=rebecca.thompson61@btinternet.com:mailto:{USER_FREE}", f"UID:{uid}",
        p("DESCRIPTION", "TransPennine Express, coach C seat 42. Ref TLX7Q2P8. Premier Inn Quayside booked (2 "
                         "nights) – for the W&T final stage Tue/Wed."),
        p("LOCATION", "Manchester Piccadilly"), "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Train MAN → NCL (17:15)"), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"],
        trap="travel-en"))

    uid = f"ZOOM{tok('o5', 11, '0123456789')}"
    out.append(neg("webinar-interviews", uid, [
        "BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", "BEGIN:VEVENT", "DTSTAMP:20250902T120000Z", "DTSTART:20250917T113000Z",
        "DTEND:20250917T123000Z",
        p("SUMMARY", "Charity Finance Network webinar: Stepping up to CFO – succeeding at board-level interviews"),
        f"UID:{uid}",
        p("DESCRIPTION", "Hi Rebecca Thompson,\n\nThank you for registering for \"Stepping up to CFO – succeeding "
                         "at board-level interviews\". Our panel of recruiters and chairs will cover presentations, "
                         "stakeholder panels and what trustees look for in a finance director.\n\nPlease submit "
                         "any questions in advance.\n\nJoin from a PC, Mac, iPad, or Android: "
                         "https://us02web.zoom.us/w/" + tok("o5", 11, "0123456789") + "?tk=" + tok("o5t", 40)),
        "LOCATION:https://us02web.zoom.us/w/" + tok("o5", 11, "0123456789"),
        "ORGANIZER;CN=Charity Finance Network:mailto:no-reply@zoom.us", "END:VEVENT", "END:VCALENDAR"],
        trap="webinar-en"))

    uid = outlook_uid("o6")
    out.append(neg("class-interviewing-skills", uid, outlook(
        uid, org="ORGANIZER;CN=North West HR Academy:mailto:bookings@nwhracademy.co.uk", atts=[ME_W],
        summary="Workshop: Interviewing skills for managers (half day)", start="20250929T093000",
        end="20250929T130000", stamp="20250812T100000Z", location="Bruntwood Works, 1 New York Street, Manchester",
        desc="Thank you for booking. This practical workshop covers competency-based questions, avoiding bias, "
             "scoring and note-taking, and giving feedback to unsuccessful candidates. Booked by Northern Hearts "
             "(PO 4410).", alt=False), trap="class-interviewing-skills-en"))

    uid = google_uid("o7")
    out.append(neg("user-research", uid, google(
        uid, org="Priya Raman|priya.raman@ledgerly.io",
        atts=[att_g("Priya Raman", "priya.raman@ledgerly.io", "ACCEPTED"), att_g("Rebecca Thompson", USER_WORK)],
        summary="Ledgerly research interview – charity finance teams (45 min)", start="20251028T120000",
        end="20251028T124500", stamp="20251020T103000Z", meet=meet_code("o7"),
        desc="Hi Rebecca, thanks for agreeing to take part in our research. I'll ask about how your team handles "
             "restricted funds and month-end in your current tools – there are no right answers and we're not "
             "selling anything. As a thank-you we'll send a £50 voucher.\n\nPriya Raman, User Researcher, Ledgerly\n"
             "\n" + meet_en("o7")), trap="user-research-en"))

    uid = outlook_uid("o8")
    out.append(neg("press-interview", uid, outlook(
        uid, org="ORGANIZER;CN=Sam Okoro:mailto:sam.okoro@thirdsectorreview.co.uk", atts=[ME_W],
        summary="Interview: Third Sector Review – reserves and the cost of living (phone)",
        start="20251031T110000", end="20251031T113000", stamp="20251027T160000Z", location="Phone – Sam to call",
        desc="Hi Rebecca – thanks for agreeing to talk to me for our feature on how mid-size charities are using "
             "reserves. I'll call your office number. Quotes will be attributed to you as Finance Director of "
             "Northern Hearts unless you tell me otherwise.\n\nSam Okoro\nReporter, Third Sector Review"),
        trap="press-en"))

    uid = f"{guid('o9')}@riverside.fm"
    out.append(neg("podcast-guest", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Riverside.fm//Recording Studio//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251118T090000Z", "DTSTART:20251203T160000Z",
        "DTEND:20251203T170000Z", p("SUMMARY", "Podcast recording – 'Balancing the Books' ep. 42 (guest interview)"),
        "ORGANIZER;CN=Balancing the Books:mailto:hello@balancingthebooks.fm",
        f"ATTENDEE;CN=Rebecca Thompson;RSVP=TRUE:mailto:{USER_WORK}",
        p("DESCRIPTION", "Thanks for being our guest! Host Martin Blake will interview you about full cost recovery "
                         "and talking money with trustees. Please use headphones.\n\nStudio link: "
                         "https://riverside.fm/studio/balancing-the-books?t=" + tok("o9", 20)),
        "END:VEVENT", "END:VCALENDAR"], trap="podcast-en"))

    uid = apple_uid("o10")
    out.append(neg("gp", uid, _apple(uid, "GP – Dr Khan", "20250912T084000", "20250912T085000",
                                      location="Ashton Medical Practice, Didsbury"), trap="medical-en"))

    uid = f"dentally-{tok('o11', 10, '0123456789')}"
    out.append(neg("dentist", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dentally//Patient Appointments//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20251110T090000Z", "DTSTART:20251216T083000Z",
        "DTEND:20251216T091500Z", p("SUMMARY", "Dental appointment – Didsbury Dental Care"),
        p("DESCRIPTION", "Check-up with Dr Fiona Reilly followed by hygienist appointment. Please arrive 5 minutes "
                         "early. To cancel or change your appointment please call 0161 496 0881."),
        p("LOCATION", "Didsbury Dental Care, 712 Wilmslow Road, Manchester M20 2DW"), "END:VEVENT",
        "END:VCALENDAR"], trap="medical-en"))

    uid = outlook_uid("o12")
    out.append(neg("solicitor", uid, outlook(
        uid, org='ORGANIZER;CN="Hartley, James":mailto:j.hartley@hartleyandco.law',
        atts=[ME_F, att_ol("David Thompson", "dave.thompson.mcr@gmail.com")],
        summary="Wills and Lasting Powers of Attorney – Rebecca and David Thompson", start="20251114T160000",
        end="20251114T170000", stamp="20251031T120000Z", location="Hartley & Co Solicitors, 5 Lapwing Lane, M20",
        desc="Dear Mr and Mrs Thompson\n\nThank you for returning the questionnaire. At the meeting we will go "
             "through draft wills and the health and financial LPAs. Please bring photo ID.\n\nJames Hartley\n"
             "Partner, Private Client"), trap="solicitor-en"))

    uid = outlook_uid("o13")
    out.append(neg("bank-bookings", uid, outlook(
        uid, org="ORGANIZER;CN=Pennine Building Society Appointments:mailto:appointments@penninebs.co.uk",
        atts=[ME_F, att_ol("Leanne Cross", "leanne.cross@penninebs.co.uk")],
        summary="Mortgage review – telephone appointment", start="20251208T123000", end="20251208T131500",
        stamp="20251201T080000Z", location="Telephone", prodid="Microsoft Exchange Server 2010",
        desc="Your booking is confirmed\n\nMortgage review – telephone appointment\nStaff: Leanne Cross, Mortgage "
             "Adviser\n\nYour fixed rate ends on 28 February 2026. Please have your latest payslips to hand.\n\n"
             "Powered by Microsoft Bookings", alt=False), trap="bank-en"))

    uid = f"hmpo-{tok('o14', 12, '0123456789')}"
    out.append(neg("passport-office", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HM Passport Office//Appointments//EN", "BEGIN:VEVENT",
        f"UID:{uid}", "DTSTAMP:20260112T100000Z", "DTSTART:20260127T111000Z", "DTEND:20260127T114000Z",
        p("SUMMARY", "Passport Fast Track appointment – Liverpool Passport Office"),
        p("DESCRIPTION", "Appointment reference: FT-" + tok("o14r", 8, "0123456789") + "\nApplicant: Ellie "
                         "Thompson\nBring: completed application, old passport, 2 photos, payment card. Arrive no "
                         "more than 15 minutes early."),
        p("LOCATION", "Liverpool Passport Office, Redgrave Court, Bootle L20 7HS"), "END:VEVENT", "END:VCALENDAR"],
        trap="passport-en"))

    uid = f"schoolcloud-{tok('o15', 10, '0123456789')}"
    out.append(neg("school-parents-evening", uid, [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SchoolCloud//Parents Evening System//EN", "BEGIN:VEVENT",
        f"UID:{uid}", "DTSTAMP:20251112T190000Z", "DTSTART;TZID=Europe/London:20251126T164000",
        "DTEND;TZID=Europe/London:20251126T170500", p("SUMMARY", "Parents' Evening – Year 13 – Ellie Thompson"),
        p("DESCRIPTION", "16:40 Mr A Patel (Economics) – Room E12\n16:50 Ms K Doyle (Mathematics) – Room M3\n16:58 "
                         "Mrs S Hughes (Geography) – Room G1\n\nXaverian Sixth Form College"),
        p("LOCATION", "Xaverian Sixth Form College, Lower Park Road, Manchester"), "END:VEVENT", "END:VCALENDAR"],
        trap="school-en"))

    uid = apple_uid("o16")
    out.append(neg("choir-recurring", uid, _apple(
        uid, "Choir – Didsbury Choral Society rehearsal", "20250904T193000", "20250904T213000",
        "Brahms Requiem – bring pencil. Subs due 1st week of term.", "Emmanuel Church, Barlow Moor Road",
        extra=("RRULE:FREQ=WEEKLY;UNTIL=20251211T193000Z;BYDAY=TH",)), trap="choir-recurring-en"))

    uid = outlook_uid("o17")
    out.append(neg("audit-committee", uid, outlook(
        uid, org='ORGANIZER;CN="Singh, Amrit":mailto:amrit.singh@northernhearts.org.uk',
        atts=[ME_W, att_ol("Kerr, Siobhan (Dr)", "siobhan.kerr@northernhearts.org.uk"),
              att_ol("Jonathan Price (Trustee)", "jprice.trustee@northernhearts.org.uk")],
        summary="Audit & Risk Committee – Q2 2025/26", start="20251126T100000", end="20251126T120000",
        stamp="20251010T093000Z", location="Boardroom, Swan Buildings / Microsoft Teams",
        desc="Papers will be circulated a week before. Agenda includes the Q2 management accounts, risk register, "
             "internal audit plan and the external auditors' planning letter.\n\nAmrit Singh\nGovernance Officer"
             "\n\n" + teams_en("o17", dial=False)), trap="internal-audit-committee-en"))

    return out
