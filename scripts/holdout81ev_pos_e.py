"""holdout81: the user's own interviews, part E (second rounds and screens: Donau, Nordic Star, Shamrock,
Sahra, Brabant, Saraya, Atlântica, Ionian, Alpina, Dilmun). CC0 1.0."""

from __future__ import annotations

from holdout81ev_boiler import meet, webex, zoom
from holdout81ev_ics import (
    DUBAI,
    LISBON,
    ME_GMAIL,
    MS_UTC1_DE,
    MS_WEUROPE,
    apple_head,
    apple_uid,
    att,
    g_uid,
    google_head,
    hexid,
    ms_uid,
    org,
    outlook_head,
    outlook_tail,
    pos,
    tz_ms,
    tz_olson,
    vcal,
)

ME = "Marek Nowak"
VIENNA = tz_olson("Europe/Vienna", "+0100", "+0200", "CET", "CEST", lic=True)
DUBLIN = tz_olson("Europe/Dublin", "+0000", "+0100", "GMT", "IST")
MS_GTB = tz_ms("GTB Standard Time", "+0200", "+0300")
Z_DE = '"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"'


def events() -> list[dict]:
    out: list[dict] = []

    # 49. Webex's own invitation for a German technical interview, Europe/Vienna.
    uid = f"{hexid('donau-webex', 32)}@donau-airways.webex.com"
    desc = (
        "Fachinterview First Officer A320/A321 (m/w/d)\n\nGesprächspartner: Capt. Lukas Brandstätter "
        "(Technical Pilot A320) und Capt. Martina Huber (TRI/TRE)\nDauer: ca. 90 Minuten – Systeme, "
        "Performance, SOPs, Fallbeispiele.\n\n" + webex("donau-webex", "donau-airways")
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261002T120001Z", "DTSTART;TZID=Europe/Vienna:20261013T090000",
        "DTEND;TZID=Europe/Vienna:20261013T103000", ("SUMMARY", "Fachinterview First Officer A320 – Donau Airways"),
        ("DESCRIPTION", desc), ("LOCATION", "https://donau-airways.webex.com/meet/lukas.brandstaetter"),
        org("lukas.brandstaetter@donau-airways.at", "Lukas Brandstätter"), att(ME_GMAIL, ME),
        att("martina.huber@donau-airways.at", "Martina Huber"), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["PRODID:-//Cisco Systems Inc.//Webex Meetings//EN", "VERSION:2.0", "METHOD:REQUEST"], [VIENNA],
                [ev])
    out.append(pos("webex-fachinterview-de", text, uid, "Donau Airways", "First Officer A320/A321 (m/w/d)",
                   "technical", "lukas.brandstaetter@donau-airways.at;martina.huber@donau-airways.at",
                   "webex-fachinterview-de"))

    # 50. Swedish sender's Outlook, final interview and sim on site; the recruiter only meets him.
    uid = ms_uid("nordicstar-final")
    desc = (
        "Hi Marek,\n\nGreat news – you are invited to the final step for First Officer A321neo: an interview "
        "with Karin Lindqvist (Head of Flight Operations) and Capt. Anders Holm, followed by a simulator "
        "assessment.\n\nI'll meet you at the main entrance of the training center at 08:45.\n\nBest,\nIngrid "
        "Sjöberg\nTalent Acquisition | Nordic Star Airlines"
    )
    ev = [
        org("ingrid.sjoberg@nordicstar.se", "Sjöberg, Ingrid"),
        att("karin.lindqvist@nordicstar.se", "Lindqvist, Karin"),
        att("anders.holm@nordicstar.se", "Holm, Anders"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=sv-SE"), ("UID", uid),
        ("SUMMARY", "Final interview + sim – FO A321neo – Marek Nowak", ";LANGUAGE=sv-SE"),
        "DTSTART;TZID=W. Europe Standard Time:20261110T090000", "DTEND;TZID=W. Europe Standard Time:20261110T150000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261021T131313Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Nordic Star Training Center, Arlanda", ";LANGUAGE=sv-SE"), *outlook_tail(),
    ]
    out.append(pos("outlook-final-onsite-en", vcal(outlook_head(), [MS_WEUROPE], [ev]), uid,
                   "Nordic Star Airlines", "First Officer A321neo", "final",
                   "karin.lindqvist@nordicstar.se;anders.holm@nordicstar.se", "final-with-sim-en"))

    # 51. Google phone screen, Europe/Dublin.
    uid = g_uid("shamrock-phone")
    desc = (
        "Hi Marek,\n\nThanks for applying for the First Officer A330 role. I'll give you a ring on your mobile for "
        "a short phone screen (20 mins) – mostly eligibility, licence and availability.\n\nTalk soon,\nAoife Kelly"
        "\nTalent Partner, Shamrock Atlantic"
    )
    ev = [
        "DTSTART;TZID=Europe/Dublin:20260929T143000", "DTEND;TZID=Europe/Dublin:20260929T145000",
        "DTSTAMP:20260924T101500Z", org("aoife.kelly@shamrockatlantic.ie", "Aoife Kelly"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("aoife.kelly@shamrockatlantic.ie", "Aoife Kelly", cutype="INDIVIDUAL", partstat="ACCEPTED",
            extra=";X-NUM-GUESTS=0"),
        "CREATED:20260924T101459Z", ("DESCRIPTION", desc), "LAST-MODIFIED:20260924T101459Z",
        ("LOCATION", "Phone"), "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "Phone screen - First Officer A330 (Shamrock Atlantic)"), "TRANSP:OPAQUE",
    ]
    out.append(pos("google-phone-screen-en", vcal(google_head(), [DUBLIN], [ev]), uid, "Shamrock Atlantic",
                   "First Officer A330", "recruiter_screen", "aoife.kelly@shamrockatlantic.ie", "phone-screen-en"))

    # 52. Google HR interview with Zoom, Asia/Dubai.
    uid = g_uid("sahra-hr")
    desc = (
        "Dear Marek,\n\nThank you for your interest in Sahra Air Cargo. Please join the HR interview for the "
        "First Officer B777F position using the Zoom details below.\n\n"
        + zoom("sahra-hr", host="Priya Nair") + "\n\nRegards,\nPriya Nair\nHR Executive – Flight Operations"
    )
    ev = [
        "DTSTART;TZID=Asia/Dubai:20261012T130000", "DTEND;TZID=Asia/Dubai:20261012T134500",
        "DTSTAMP:20261007T054411Z", org("priya.nair@sahracargo.ae", "Priya Nair"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"), "CREATED:20261007T054410Z",
        ("DESCRIPTION", desc), "LAST-MODIFIED:20261007T054410Z", ("LOCATION", "Zoom"), "SEQUENCE:0",
        "STATUS:CONFIRMED", ("SUMMARY", "HR Interview | FO B777F | Marek Nowak"), "TRANSP:OPAQUE",
    ]
    out.append(pos("google-hr-zoom-en", vcal(google_head(), [DUBAI], [ev]), uid, "Sahra Air Cargo",
                   "First Officer B777F", "recruiter_screen", "priya.nair@sahracargo.ae", "hr-interview-zoom-en"))

    # 53. Recruitee screening, UTC.
    uid = f"recruitee-{hexid('brabant-screen', 20)}@recruitee.com"
    url, _ = meet("brabant-screen")
    desc = (
        "Hello Marek,\n\nThis is the confirmation of your screening interview for the First Officer A320 "
        "vacancy.\n\nInterviewer: Lotte Claes, Recruiter Flight Crew\nVideo call: " + url
        + "\n\nKind regards,\nBrabant Airlines – Talent Acquisition\n\nSent via Recruitee"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260916T094500Z", "DTSTART:20260924T080000Z", "DTEND:20260924T083000Z",
        ("SUMMARY", "Brabant Airlines | Screening interview – First Officer A320"), ("DESCRIPTION", desc),
        f"LOCATION:{url}", org("lotte.claes@brabantair.be", "Lotte Claes"), att(ME_GMAIL, ME),
        "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Recruitee//Recruitee Calendar//EN", "METHOD:REQUEST"], [], [ev])
    out.append(pos("recruitee-screen-en", text, uid, "Brabant Airlines", "First Officer A320", "recruiter_screen",
                   "lotte.claes@brabantair.be", "recruitee-screen-en"))

    # 54. Ashby technical interview, UTC, two captains.
    uid = f"ashby-interview-{hexid('saraya-tech', 32)}"
    url, _ = meet("saraya-tech")
    desc = (
        "Hi Marek,\n\nYour Technical Interview for First Officer A321neo (Abu Dhabi) is confirmed.\n\n"
        "Interviewers: Capt. Hamad Al Shamsi, Capt. Rebecca Doyle\nDuration: 60 minutes\nJoin Google Meet: "
        + url + "\n\nSaraya Air Talent Acquisition\nScheduled with Ashby"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20260925T111000Z", "DTSTART:20261001T060000Z", "DTEND:20261001T070000Z",
        ("SUMMARY", "Saraya Air: Technical Interview with Marek Nowak"), ("DESCRIPTION", desc), f"LOCATION:{url}",
        org("noura.almazrouei@sarayaair.ae", "Noura Al Mazrouei"), att(ME_GMAIL, ME),
        att("hamad.alshamsi@sarayaair.ae", "Hamad Al Shamsi"), att("rebecca.doyle@sarayaair.ae", "Rebecca Doyle"),
        "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Ashby//Ashby Scheduling//EN", "METHOD:REQUEST"], [], [ev])
    out.append(pos("ashby-technical-en", text, uid, "Saraya Air", "First Officer A321neo", "technical",
                   "hamad.alshamsi@sarayaair.ae;rebecca.doyle@sarayaair.ae", "ashby-organiser-not-interviewer-en"))

    # 55. Google technical assessment, Europe/Lisbon, bilingual summary.
    uid = g_uid("atlantica-tech")
    url, mbody = meet("atlantica-tech")
    desc = (
        "Dear Marek,\n\nAs agreed, your technical assessment for the FO A330neo position will be held online "
        "with Capt. Pedro Almeida and me. Expect questions on A330 systems, ETOPS and performance.\n\nBest "
        "regards,\nCmdt. João Ferreira\nTraining Captain A330 | Atlântica\n\n" + mbody
    )
    ev = [
        "DTSTART;TZID=Europe/Lisbon:20261009T100000", "DTEND;TZID=Europe/Lisbon:20261009T113000",
        "DTSTAMP:20261002T163000Z", org("joao.ferreira@flyatlantica.pt", "João Ferreira"), f"UID:{uid}",
        att(ME_GMAIL, ME, cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("pedro.almeida@flyatlantica.pt", "Pedro Almeida", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
        att("joao.ferreira@flyatlantica.pt", "João Ferreira", cutype="INDIVIDUAL", partstat="ACCEPTED",
            extra=";X-NUM-GUESTS=0"),
        f"X-GOOGLE-CONFERENCE:{url}", "CREATED:20261002T162959Z", ("DESCRIPTION", desc),
        "LAST-MODIFIED:20261002T162959Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        ("SUMMARY", "Avaliação técnica / Technical assessment – FO A330neo"), "TRANSP:OPAQUE",
    ]
    out.append(pos("google-technical-pt-en", vcal(google_head(), [LISBON], [ev]), uid, "Atlântica", "FO A330neo",
                   "technical", "pedro.almeida@flyatlantica.pt;joao.ferreira@flyatlantica.pt",
                   "bilingual-summary-en"))

    # 56. Outlook final at headquarters, GTB Standard Time; the recruiter organises.
    uid = ms_uid("ionian-final")
    desc = (
        "Dear Marek,\n\nWe are happy to invite you to the final interview for the First Officer A320 position at "
        "our headquarters in Athens. You will meet Giorgos Nikolaidis (Director of Flight Operations) and Capt. "
        "Kostas Vlachos (Chief Pilot).\n\nPlease bring your ID and licence for the visitor pass.\n\nKind "
        "regards,\nEleni Papadaki\nRecruitment Specialist | Ionian Airways"
    )
    ev = [
        org("eleni.papadaki@ionianairways.gr", "Papadaki, Eleni"),
        att("g.nikolaidis@ionianairways.gr", "Nikolaidis, Giorgos"),
        att("k.vlachos@ionianairways.gr", "Vlachos, Kostas"),
        att(ME_GMAIL, ME), ("DESCRIPTION", desc, ";LANGUAGE=en-US"), ("UID", uid),
        ("SUMMARY", "Final Interview – FO A320 – M. Nowak", ";LANGUAGE=en-US"),
        "DTSTART;TZID=GTB Standard Time:20261030T120000", "DTEND;TZID=GTB Standard Time:20261030T133000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261016T085858Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", ("LOCATION", "Ionian Airways HQ, 5th floor, Athens International Airport, Spata",
                       ";LANGUAGE=en-US"), *outlook_tail(),
    ]
    out.append(pos("outlook-final-hq-en", vcal(outlook_head(), [MS_GTB], [ev]), uid, "Ionian Airways",
                   "First Officer A320", "final", "g.nikolaidis@ionianairways.gr;k.vlachos@ionianairways.gr",
                   "final-hq-en"))

    # 57. German Outlook first interview with Webex, display-name zone.
    uid = ms_uid("alpina-erst")
    desc = (
        "Guten Tag Herr Nowak\n\nVielen Dank für Ihre Bewerbung als First Officer A220. Gerne lade ich Sie zu "
        "einem ersten Gespräch per Webex ein (ca. 45 Minuten).\n\nFreundliche Grüsse\nCorinne Zbinden\n"
        "Recruiting Flight Crew\nAlpina Swiss Air Lines AG\n\n" + webex("alpina-erst", "alpinaswiss")
    )
    ev = [
        org("corinne.zbinden@alpinaswiss.ch", "Zbinden Corinne"), att(ME_GMAIL, ME),
        ("DESCRIPTION", desc, ";LANGUAGE=de-CH"), ("UID", uid),
        ("SUMMARY", "Erstgespräch – First Officer A220 – Marek Nowak", ";LANGUAGE=de-CH"),
        f"DTSTART;TZID={Z_DE}:20261020T083000", f"DTEND;TZID={Z_DE}:20261020T091500", "CLASS:PUBLIC",
        "PRIORITY:5", "DTSTAMP:20261013T074000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        ("LOCATION", "Webex", ";LANGUAGE=de-CH"), *outlook_tail(),
    ]
    out.append(pos("outlook-erstgespraech-de", vcal(outlook_head(), [MS_UTC1_DE], [ev]), uid,
                   "Alpina Swiss Air Lines", "First Officer A220", "recruiter_screen", "corinne.zbinden@alpinaswiss.ch",
                   "webex-erstgespraech-de"))

    # 58. The user's own floating iPhone entry.
    uid = apple_uid("dilmun-hr")
    ev = [
        "CREATED:20261030T121212Z", "DTEND:20261103T113000", "DTSTAMP:20261030T121240Z",
        "DTSTART:20261103T110000", "LAST-MODIFIED:20261030T121240Z", "SEQUENCE:0",
        ("SUMMARY", "Dilmun Air HR call (Mariam Janahi) – DEC A320"), f"UID:{uid}",
        ("DESCRIPTION", "WhatsApp call from Bahrain. 11:00 my time"),
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]
    out.append(pos("ios-floating-hr-en", vcal(apple_head(), [], [ev]), uid, "Dilmun Air", "DEC A320",
                   "recruiter_screen", "Mariam Janahi", "floating-own-entry-en"))
    return out
