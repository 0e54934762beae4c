"""holdout73 negatives, part 3: career events that are not Ewan's own interview (mock interviews, webinars, press,
user research, coffee chats, fairs, references, agency calls naming no employer, prep, offer and onboarding).
CC0 1.0; all people, companies and addresses are invented.
"""

from __future__ import annotations

from holdout73ev_boiler import meet, teams_en, zoom_en
from holdout73ev_ics import (
    ME_GMAIL,
    ME_WORK,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    PRODID_TBIRD,
    TZ_BERLIN,
    TZ_LONDON,
    TZ_WIN_GMT,
    Ev,
    att,
    cal,
    esc,
    org,
    outlook_uid,
)

PRODID_OUTLOOK_FR = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR"


def _ev(uid: str, summary: str, start: str, end: str, desc: str, organizer: str | None, attendees: list[str],
        *, prodid: str, stamp: str, location: str = "", tzs: tuple[str, ...] = (TZ_LONDON,),
        method: str | None = "REQUEST", extra: tuple[str, ...] = ()) -> str:
    body = ["BEGIN:VEVENT", "UID:" + uid, f"DTSTAMP:{stamp}", start, end, f"SUMMARY:{summary}",
            f"DESCRIPTION:{esc(desc)}"]
    if location:
        body.append(f"LOCATION:{esc(location)}")
    if organizer:
        body.append(organizer)
    body += [*attendees, *extra, "END:VEVENT"]
    return cal(body, prodid=prodid, tz=tzs, method=method)


def _typed(uid: str, summary: str, start: str, end: str, desc: str, *, stamp: str, location: str = "") -> str:
    return _ev(uid, summary, start, end, desc, None, [], prodid=PRODID_GOOGLE, stamp=stamp, location=location,
               method="PUBLISH", extra=("TRANSP:OPAQUE",))


def _mock_careers() -> Ev:
    uid = outlook_uid("0A1B2C3D4E5FDC01000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F")
    desc = (
        "Hi Ewan,\n\nI've booked you in for a mock panel interview for lecturer posts. Two colleagues from the "
        "Careers Service and Dr Neil Harkins (recently on a lectureship panel) will play the panel. Please send "
        "me the job description for the post you're preparing for (you mentioned the Solway one) and bring "
        "your presentation. We'll give you feedback at the end. Nothing is recorded or shared.\n\n"
        "Gillian Hart\nCareers Consultant (Researchers)"
    )
    ics = _ev(
        uid, "Mock interview – lectureship (Careers Service)", "DTSTART;TZID=GMT Standard Time:20260219T100000",
        "DTEND;TZID=GMT Standard Time:20260219T111500", desc, org("gillian.hart@ed-marine.ac.uk", "Hart, Gillian"),
        [att(ME_WORK, "MacLeod, Ewan"), att("neil.harkins@ed-marine.ac.uk", "Harkins, Neil")],
        prodid=PRODID_EXCHANGE, stamp="20260211T100000Z", location="Careers Service, Room 4", tzs=(TZ_WIN_GMT,),
    )
    return Ev("outlook-mock-careers", ics, uid, 0, trap="mock-interview-careers-en")


def _mock_lab() -> Ev:
    uid = "5mk7j9t1a3l5k7r9u1n3t5h7r9@google.com"
    desc = (
        "Lab group – could you be my Solway panel for an hour? I'll do the 15-min talk, then please grill me with "
        "the nastiest questions you can think of (teaching load, REF, grant plans). Cake provided.\n\nEwan"
    )
    ics = _ev(
        uid, "Practice job talk + mock panel questions", "DTSTART;TZID=Europe/London:20260220T150000",
        "DTEND;TZID=Europe/London:20260220T160000", desc, org(ME_WORK, "Ewan MacLeod"),
        [att("coastal-lab@ed-marine.ac.uk", "Coastal Ecology lab", cutype="GROUP"),
         att("fiona.grant@ed-marine.ac.uk", "Fiona Grant")],
        prodid=PRODID_GOOGLE, stamp="20260213T120000Z", location="Ashworth 2.05",
    )
    return Ev("google-mock-jobtalk", ics, uid, 0, trap="mock-job-talk-names-employer")


def _webinar_en() -> Ev:
    uid = "zw-88120934551-20260115@zoom.us"
    desc = (
        "Hi Ewan MacLeod,\n\nThank you for registering for 'The academic job interview: what panels really look "
        "for'. Speakers: Prof. Anne Marsh (former Head of School) and Dr Tariq Aziz (Researcher Development "
        "Network). Includes a live Q&A about presentations, teaching questions and negotiating start-up "
        "packages.\n\nPlease submit any questions in advance.\n\nJoin from PC, Mac, iPad or Android: "
        "https://rdn-uk.zoom.us/w/88120934551?tk=Xq9v\nPasscode: 551203\n\nResearcher Development Network"
    )
    ics = _ev(
        uid, "Webinar: The academic job interview – what panels really look for", "DTSTART:20260115T123000Z",
        "DTEND:20260115T133000Z", desc, "ORGANIZER;CN=Researcher Development Network:mailto:events@rdn-uk.org",
        [att(ME_GMAIL, "Ewan MacLeod", rsvp=False)], prodid="-//zoom.us//iCalendar Event//EN",
        stamp="20260106T101010Z", location="https://rdn-uk.zoom.us/w/88120934551", tzs=(),
    )
    return Ev("zoom-webinar-interviews", ics, uid, 0, trap="webinar-about-interviews-en")


def _class_cs() -> Ev:
    uid = "eventbrite-1189304457-ticket-2290018@eventbrite.com"
    desc = (
        "Workshop: Succeeding at Civil Service interviews (Success Profiles & STAR)\n\n"
        "Order #9923117 – 1 x General Admission\n\nLearn how behaviour, strength and technical questions are "
        "scored, practise STAR answers in pairs and get tips on the 'tell us about yourself' question. "
        "Run by Edinburgh Researcher Careers.\n\nView event: https://www.eventbrite.co.uk/e/1189304457"
    )
    ics = _ev(
        uid, "Succeeding at Civil Service interviews (Success Profiles & STAR)",
        "DTSTART;TZID=Europe/London:20260122T140000", "DTEND;TZID=Europe/London:20260122T163000", desc,
        "ORGANIZER;CN=Edinburgh Researcher Careers:mailto:noreply@eventbrite.com", [att(ME_GMAIL, "Ewan MacLeod")],
        prodid="-//Eventbrite//Eventbrite//EN", stamp="20260110T092233Z",
        location="Teviot Room, 2 Potterrow, Edinburgh", method="PUBLISH",
    )
    return Ev("eventbrite-class", ics, uid, 0, trap="class-interview-skills-en")


def _webinar_de() -> Ev:
    uid = "fid-webinar-2026-02-vg@forschen-in-deutschland.de"
    desc = (
        "Webinar für internationale Forschende: Bewerben in Deutschland – das Vorstellungsgespräch\n\n"
        "Wie laufen Auswahlgespräche an Forschungsinstituten und Bundesbehörden ab? Was bedeuten "
        "Auswahlkommission, Gleichstellungsbeauftragte und Entgeltgruppe? Mit Beispielen und Fragerunde.\n\n"
        "Sprache: Deutsch (Folien auf Englisch)\n\n" + zoom_en("861 2210 7734", "fid26", host="fid-portal.zoom.us")
    )
    ics = _ev(
        uid, "Webinar: Bewerben in Deutschland – das Vorstellungsgespräch",
        "DTSTART;TZID=Europe/Berlin:20260203T170000", "DTEND;TZID=Europe/Berlin:20260203T183000", desc,
        "ORGANIZER;CN=Forschen in Deutschland:mailto:webinare@forschen-in-deutschland.de",
        [att(ME_GMAIL, "Ewan MacLeod", rsvp=False)], prodid=PRODID_GOOGLE,
        stamp="20260120T080000Z", location="Zoom", tzs=(TZ_BERLIN,), method="PUBLISH",
    )
    return Ev("webinar-vorstellung-de", ics, uid, 0, trap="webinar-about-interviews-de")


def _radio_gd() -> Ev:
    uid = "rne-agallamh-20260130-cearban@radionaneilean.co.uk"
    desc = (
        "A Ewan, a charaid,\n\nMòran taing airson aontachadh bruidhinn rinn mu na cearbain. Bidh an t-agallamh "
        "ro-chlàraichte (mu 8 mionaidean) airson a' phrògram 'An Cuan' Dihaoine. Fònaidh mi thugad aig 10:30.\n\n"
        "Le deagh dhùrachd,\nCatrìona NicLeòid\nRiochdaire, Radio nan Eilean"
    )
    ics = _ev(
        uid, "Agallamh – Radio nan Eilean (cearbain / basking sharks)", "DTSTART;TZID=Europe/London:20260130T103000",
        "DTEND;TZID=Europe/London:20260130T110000", desc, org("catriona@radionaneilean.co.uk", "Catrìona NicLeòid"),
        [att(ME_WORK, "Ewan MacLeod")], prodid=PRODID_GOOGLE, stamp="20260126T143000Z", location="Fòn / phone",
    )
    return Ev("radio-agallamh-gd", ics, uid, 0, trap="press-radio-interview-gd")


def _podcast() -> Ev:
    uid = "riverside-rec-7f2a9c41@riverside.fm"
    desc = (
        "Recording: Below the Surface – episode 42 'Forests under the sea'\n\nHost: Kirsty Lamont\nGuest: Dr "
        "Ewan MacLeod\n\nWe'll chat for about 45 minutes about kelp, seagrass and what a postdoc actually does. "
        "Please use headphones and a wired connection if you can.\n\nStudio link: "
        "https://riverside.fm/studio/below-the-surface?t=7f2a9c41"
    )
    ics = _ev(
        uid, "Podcast interview – Below the Surface ep. 42", "DTSTART:20260225T180000Z", "DTEND:20260225T190000Z",
        desc, org("belowthesurfacepod@gmail.com", "Kirsty Lamont"), [att(ME_GMAIL, "Ewan MacLeod")],
        prodid="-//Riverside.fm//Riverside//EN", stamp="20260218T200000Z", location="Riverside.fm", tzs=(),
    )
    return Ev("podcast-interview", ics, uid, 0, trap="podcast-interview-guest")


def _press_fr() -> Ev:
    uid = "lelittoral-itw-0226-macleod@lelittoral.fr"
    desc = (
        "Bonjour M. MacLeod,\n\nMerci d'avoir accepté cet entretien téléphonique pour notre dossier sur la "
        "restauration des herbiers marins en Europe. Je vous appellerai sur votre portable ; l'entretien peut se "
        "dérouler en anglais. Je vous enverrai les citations pour relecture avant publication.\n\n"
        "Cordialement,\nAudrey Le Goff\nJournaliste, Le Littoral (Brest)"
    )
    ics = _ev(
        uid, "Interview – Le Littoral (herbiers marins en Écosse)", "DTSTART;TZID=Europe/Berlin:20260226T100000",
        "DTEND;TZID=Europe/Berlin:20260226T103000", desc, org("a.legoff@lelittoral.fr", "Audrey Le Goff"),
        [att(ME_WORK, "Ewan MacLeod")], prodid=PRODID_OUTLOOK_FR, stamp="20260219T094000Z",
        location="Téléphone", tzs=(TZ_BERLIN,),
    )
    return Ev("press-interview-fr", ics, uid, 0, trap="press-interview-fr")


def _press_es() -> Ev:
    uid = "6oc8e0a2n4o6s8h0o2y4k6e8l0@google.com"
    desc = (
        "Hola Ewan,\n\nGracias por aceptar la entrevista para el reportaje de Océanos Hoy sobre los bosques de "
        "kelp en el Atlántico norte. Serán unos 30 minutos por videollamada; podemos hablar en inglés y luego "
        "traducimos. Te mandaré el texto antes de publicarlo.\n\nUn abrazo,\nPablo Iglesias Soto\nRedactor, "
        "Océanos Hoy\n\n" + meet("ohy-kelp-ent", "771 903 552", phone="(ES) +34 910 48 72 13")
    )
    ics = _ev(
        uid, "Entrevista – revista Océanos Hoy (bosques de kelp)", "DTSTART;TZID=Europe/London:20260304T110000",
        "DTEND;TZID=Europe/London:20260304T113000", desc, org("pablo.iglesias@oceanoshoy.es", "Pablo Iglesias Soto"),
        [att("pablo.iglesias@oceanoshoy.es", "Pablo Iglesias Soto", partstat="ACCEPTED"),
         att(ME_GMAIL, "Ewan MacLeod")], prodid=PRODID_GOOGLE, stamp="20260225T170000Z",
    )
    return Ev("press-entrevista-es", ics, uid, 0, trap="press-interview-es")


def _user_research() -> Ev:
    uid = "0d4b7e2a-91c3-4f5e-a6b8-3c2d1e0f9a87"
    desc = (
        "Event Name: Tidebook research session (30 min)\n\nThanks for signing up to help us improve Tidebook, the "
        "field-data app for coastal surveys. In this user interview we'll ask how you record quadrat and "
        "transect data today and show you a prototype. You'll receive a £40 voucher as a thank-you.\n\n"
        "Location: https://meet.google.com/tdb-ures-wks\n\nPowered by Calendly.com"
    )
    ics = _ev(
        uid, "Ewan MacLeod and Sam Okonjo", "DTSTART:20260129T150000Z", "DTEND:20260129T153000Z", desc,
        org("sam@tidebook.app", "Sam Okonjo"),
        [att("sam@tidebook.app", "Sam Okonjo", partstat="ACCEPTED", rsvp=False),
         att(ME_GMAIL, "Ewan MacLeod", partstat="ACCEPTED", rsvp=False)],
        prodid="-//Calendly//Calendly//EN", stamp="20260124T090000Z", location="https://meet.google.com/tdb-ures-wks",
        tzs=(),
    )
    return Ev("calendly-user-research", ics, uid, 0, trap="user-research-interview")


def _coffee() -> Ev:
    uid = "8cf0e2e4c6h8a0t2i4n6g8s0l2@google.com"
    desc = (
        "Ingrid (NIKF, ex-Edinburgh postdoc) happy to tell me what it's like working in Tromsø – housing, "
        "Norwegian lessons, how the institute works. NOT an interview; she's not on any panel. Ask about "
        "daycare."
    )
    ics = _ev(
        uid, "Coffee chat – Ingrid Solberg (NIKF) – life in Tromsø", "DTSTART:20260116T120000Z",
        "DTEND:20260116T124500Z", desc, org(ME_GMAIL, "Ewan MacLeod"),
        [att(ME_GMAIL, "Ewan MacLeod", partstat="ACCEPTED"), att("ingrid.solberg@nikf.no", "Ingrid Solberg")],
        prodid=PRODID_GOOGLE, stamp="20260112T190000Z", location="https://meet.google.com/ewn-cofe-nik", tzs=(),
    )
    return Ev("google-coffee-chat", ics, uid, 0, trap="informational-coffee-names-employer")


def _fair() -> Ev:
    uid = "eventbrite-1170022345-ticket-5521908@eventbrite.com"
    desc = (
        "Marine Science Careers Fair 2026\n\nOrder #8812430 – 1 x Early-career researcher ticket\n\nMeet 40+ "
        "employers from consultancy, aquaculture, offshore energy and government science, including CFAR, SMAA "
        "and Benthos Analytics. CV clinic 11:00–13:00.\n\nP&J Live, Aberdeen"
    )
    ics = _ev(
        uid, "Marine Science Careers Fair 2026", "DTSTART;TZID=Europe/London:20260306T100000",
        "DTEND;TZID=Europe/London:20260306T160000", desc,
        "ORGANIZER;CN=Marine Careers Scotland:mailto:noreply@eventbrite.com", [att(ME_GMAIL, "Ewan MacLeod")],
        prodid="-//Eventbrite//Eventbrite//EN", stamp="20260201T110000Z", location="P&J Live, Aberdeen",
        method="PUBLISH",
    )
    return Ev("eventbrite-job-fair", ics, uid, 0, trap="job-fair-names-employers-en")


def _fair_de() -> Ev:
    uid = "karrieretag-meer-2026-0420@uni-kiel-career.de"
    desc = (
        "Karrieretag Meereswissenschaften 2026\n\nAussteller aus Forschung, Behörden und Industrie, "
        "Kurzvorträge zu Karrierewegen und ein Bewerbungsmappen-Check. Eintritt frei, Anmeldung erforderlich.\n\n"
        "Ort: Audimax, Christian-Albrechts-Platz 2, Kiel"
    )
    ics = _ev(
        uid, "Karrieretag Meereswissenschaften – Kiel", "DTSTART;TZID=Europe/Berlin:20260420T100000",
        "DTEND;TZID=Europe/Berlin:20260420T170000", desc,
        "ORGANIZER;CN=Career Service Kiel:mailto:karrieretag@uni-kiel-career.de", [att(ME_GMAIL, "Ewan MacLeod")],
        prodid=PRODID_GOOGLE, stamp="20260301T100000Z", location="Audimax, Kiel", tzs=(TZ_BERLIN,), method="PUBLISH",
    )
    return Ev("job-fair-de", ics, uid, 0, trap="job-fair-de")


def _reference() -> Ev:
    uid = "tml-ref-hross-0227@tamarlab.org.uk"
    desc = (
        "Dear Dr MacLeod,\n\nHannah Ross has applied for the Research Technician post at Tamar Marine Laboratory "
        "and named you as a referee. Would you be able to speak with me for 15 minutes about her work in your "
        "group (reliability, lab skills, fieldwork)? I'll call your office number.\n\nMany thanks,\n"
        "Emma Penrose\nHR Officer, Tamar Marine Laboratory"
    )
    ics = _ev(
        uid, "Reference call – Hannah Ross (Research Technician application)",
        "DTSTART;TZID=Europe/London:20260227T113000", "DTEND;TZID=Europe/London:20260227T114500", desc,
        org("e.penrose@tamarlab.org.uk", "Emma Penrose"), [att(ME_WORK, "Ewan MacLeod")],
        prodid=PRODID_OUTLOOK, stamp="20260223T140000Z", location="Phone",
    )
    return Ev("reference-call-referee", ics, uid, 0, trap="reference-call-user-is-referee")


def _recruiter_anon() -> Ev:
    uid = "KSR-INTRO-20260108-EM@kestrelscientific.com"
    desc = (
        "Hi Ewan,\n\nThanks for connecting on LinkedIn. I'm working on a couple of confidential research-scientist "
        "searches in Norway and Germany (marine biotech and aquaculture) and would love to understand what "
        "you're looking for. I can share more detail on the call.\n\nHamish Gordon\nKestrel Scientific "
        "Recruitment – Life Sciences Nordics"
    )
    ics = _ev(
        uid, "Intro call – Hamish Gordon (Kestrel Scientific)", "DTSTART:20260108T160000Z",
        "DTEND:20260108T163000Z", desc, org("hamish.gordon@kestrelscientific.com", "Hamish Gordon"),
        [att(ME_GMAIL, "Ewan MacLeod")], prodid="-//Microsoft Corporation//Outlook for Mac 16.93//EN",
        stamp="20260106T120000Z", location="Phone", tzs=(),
    )
    return Ev("agency-no-employer", ics, uid, 0, trap="recruiter-call-no-employer")


def _prep_en() -> Ev:
    uid = "1pr3e5p7s9o1l3w5a7y9t1a3l5@google.com"
    ics = _typed(uid, "PREP Solway – talk run-through x2 + panel Qs", "DTSTART;TZID=Europe/London:20260223T090000",
                 "DTEND;TZID=Europe/London:20260223T120000",
                 "cut talk to 15 min!! teaching philosophy answer, 5-yr plan, why Dumfries", stamp="20260216T220000Z")
    return Ev("google-prep-block", ics, uid, 0, trap="prep-block-own-interview-en")


def _prep_de() -> Ev:
    uid = "5b1e8c3a-2f7d-4a90-b6e1-d4c3b2a1f0e9"
    body = [
        "BEGIN:VEVENT",
        "CREATED:20260218T203000Z",
        "DTSTAMP:20260218T203000Z",
        "UID:" + uid,
        "SUMMARY:Vorbereitung LIKÖ-Gespräch: Fragen üben\\, Vortrag kürzen",
        "DTSTART;TZID=Europe/London:20260222T140000",
        "DTEND;TZID=Europe/London:20260222T170000",
        "DESCRIPTION:Auf Deutsch üben: 'Warum Kiel?'\\, 'Ihre Stärken'. Bundesreisekostengesetz nachlesen.",
        "X-MOZ-GENERATION:1",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_TBIRD, method=None, tz=(TZ_LONDON,))
    return Ev("tbird-vorbereitung-de", ics, uid, 0, trap="prep-block-own-interview-de")


def _offer() -> Ev:
    uid = outlook_uid("1B2C3D4E5F60DC01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9FA0")
    desc = (
        "Dear Ewan,\n\nFollowing the panel's recommendation, Professor Armitage would like to call you to discuss "
        "the offer for the Lectureship in Marine Conservation Biology – salary point, start date and start-up "
        "funds. I'll join to take you through the contract and relocation package.\n\nBest wishes,\n"
        "Dawn Nesbitt, HR Business Partner, Tynemouth University\n\n" + teams_en("328 664 017 559", "Tn5wQ8")
    )
    ics = _ev(
        uid, "Offer call – Lectureship in Marine Conservation Biology",
        "DTSTART;TZID=GMT Standard Time:20260320T150000", "DTEND;TZID=GMT Standard Time:20260320T153000", desc,
        org("d.nesbitt@tynemouth.ac.uk", "Nesbitt, Dawn"),
        [att(ME_GMAIL, "Ewan MacLeod"), att("h.armitage@tynemouth.ac.uk", "Armitage, Helen")],
        prodid=PRODID_EXCHANGE, stamp="20260316T100000Z", location="Microsoft Teams Meeting", tzs=(TZ_WIN_GMT,),
    )
    return Ev("outlook-offer-call", ics, uid, 0, trap="offer-call-after-interview")


def _rtw_check() -> Ev:
    uid = "menai-hr-rtw-20260330-0091@menai.ac.uk"
    desc = (
        "Pre-employment checks\n\nPlease bring your original passport and proof of address for the right-to-work "
        "check for your appointment as Lecturer in Ocean Sciences. The check takes about 15 minutes.\n\n"
        "Gwasanaethau Pobl / People Services, Prifysgol Menai University"
    )
    ics = _ev(
        uid, "Right-to-work & ID check – People Services", "DTSTART;TZID=Europe/London:20260330T093000",
        "DTEND;TZID=Europe/London:20260330T094500", desc, org("people@menai.ac.uk", "People Services"),
        [att(ME_GMAIL, "Ewan MacLeod")], prodid=PRODID_OUTLOOK, stamp="20260323T110000Z",
        location="Main Arts, Room 102, Bangor",
    )
    return Ev("outlook-rtw-check", ics, uid, 0, trap="onboarding-right-to-work")


def events() -> list[Ev]:
    return [
        _mock_careers(), _mock_lab(), _webinar_en(), _class_cs(), _webinar_de(), _radio_gd(), _podcast(),
        _press_fr(), _press_es(), _user_research(), _coffee(), _fair(), _fair_de(), _reference(), _recruiter_anon(),
        _prep_en(), _prep_de(), _offer(), _rtw_check(),
    ]
