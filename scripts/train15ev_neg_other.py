"""train15: events that are not Aoife Brennan's own job interview (other than her interviewing at work)."""

from __future__ import annotations

from train15ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    OUTLOOK16,
    WORK,
    Ev,
    cal,
    g_att,
    google_footer,
    meet,
    o_att,
    outlook_tail,
    teams,
    tx,
    zoom,
)

GST = "GMT Standard Time"


def _neg(kind: str, lang: str, uid: str, trap: str, text: str) -> Ev:
    return Ev(kind, lang, uid, 0, "", "", "", "", trap, text)


def events() -> list[Ev]:
    return _mock_learn() + _media_personal() + _work_network()


def _mock_learn() -> list[Ev]:
    out: list[Ev] = []
    uid = "careerpath-mock-msl-3@zoom.us"
    out.append(_neg("mock-coach", "en", uid, "mock", cal("-//zoom.us//iCalendar Event//EN", [[
        f"UID:{uid}", "DTSTAMP:20261009T100000Z", "DTSTART:20261012T180000Z", "DTEND:20261012T190000Z",
        tx("SUMMARY", "Mock interview - MSL prep (CareerPath coaching session 3 of 4)"),
        "ORGANIZER;CN=Bríd Nolan:mailto:brid@careerpath.ie",
        tx("DESCRIPTION", "Aoife - tonight I'll play the Medical Director for a full mock MSL interview, then we "
           "debrief. Have your STAR stories ready.\n\n" + zoom("en", uid, "Bríd Nolan")),
        "LOCATION:Zoom"]], method="PUBLISH")))

    uid = "practice-int-roisin@google.com"
    out.append(_neg("mock-friend", "en", uid, "mock", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Dublin:20261025T110000", "DTEND;TZID=Europe/Dublin:20261025T120000",
        "DTSTAMP:20261022T200000Z", "ORGANIZER;CN=Róisín Daly:mailto:roisin.daly.cork@gmail.com", f"UID:{uid}",
        g_att("roisin.daly.cork@gmail.com", "Róisín Daly", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Practice run before your Halvern final! I'll grill you like my old sales director "
           "used to. Bring coffee x"),
        tx("LOCATION", "Róisín's, Douglas"), "SEQUENCE:0", "STATUS:CONFIRMED",
        tx("SUMMARY", "Practice interview with Róisín"), "TRANSP:OPAQUE"]], tzs=("Europe/Dublin",))))

    uid = "afcork-simulation-entretien@afcork.ie"
    out.append(_neg("mock-class-fr", "fr", uid, "mock", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Dublin:20261017T100000", "DTEND;TZID=Europe/Dublin:20261017T123000",
        "DTSTAMP:20261001T100000Z", "ORGANIZER;CN=Alliance Française de Cork:mailto:cours@afcork.ie",
        f"UID:{uid}", g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Atelier B2 « Français professionnel » : simulation d'entretien d'embauche en binôme, "
           "vocabulaire du CV et de la lettre de motivation. Salle 2."),
        tx("LOCATION", "Alliance Française, Sullivan's Quay, Cork"), "SEQUENCE:0",
        tx("SUMMARY", "Simulation d'entretien d'embauche (atelier B2)"), "TRANSP:OPAQUE"]],
        tzs=("Europe/Dublin",))))

    uid = "italki-probeinterview-8812@italki.com"
    out.append(_neg("mock-tutor-de", "de", uid, "mock", cal("-//italki//Lessons//EN", [[
        f"UID:{uid}", "DTSTAMP:20261015T080000Z", "DTSTART:20261020T170000Z", "DTEND:20261020T175500Z",
        tx("SUMMARY", "italki Unterricht: Probe-Vorstellungsgespräch auf Deutsch (Tutorin: Miriam)"),
        tx("DESCRIPTION", "Lektion 7: Wir üben ein Vorstellungsgespräch für eine Stelle in der Tiergesundheit. "
           "Miriam stellt typische Fragen, danach Feedback zu Grammatik und Aussprache."),
        "LOCATION:italki Classroom"]], method="PUBLISH")))

    uid = "vetcareers-webinar-interview@zoom.us"
    out.append(_neg("webinar-en", "en", uid, "webinar", cal("-//zoom.us//iCalendar Event//EN", [[
        f"UID:{uid}", "DTSTAMP:20261001T090000Z", "DTSTART:20261008T190000Z", "DTEND:20261008T200000Z",
        tx("SUMMARY", "Webinar: From Practice to Pharma - Nailing the Animal Health Interview"),
        "ORGANIZER;CN=VetCareers Ireland:mailto:events@vetcareers.ie",
        tx("DESCRIPTION", "Hi Aoife,\n\nThank you for registering for \"From Practice to Pharma\". Panellists "
           "from industry share what interviewers look for, common competency questions and how to talk about "
           "clinical experience.\n\nPlease submit any questions in advance.\n\nJoin from a PC, Mac, iPad or "
           "Android: https://us06web.zoom.us/w/81234567890?tk=abc\nWebinar ID: 812 3456 7890"),
        "LOCATION:https://us06web.zoom.us/w/81234567890"]], method="PUBLISH")))

    uid = "vnci-cpd-interviewskills-2026@vnci.ie"
    out.append(_neg("course-allday", "en", uid, "class", cal(OUTLOOK16, [[
        "ORGANIZER;CN=VNCI Events:mailto:events@vnci.ie", o_att(ME, "Aoife Brennan", rsvp=False),
        tx("DESCRIPTION", "CPD day (6 points): Moving into industry - CVs, LinkedIn and interview skills for "
           "veterinary nurses. Includes practice interviews in small groups."),
        f"UID:{uid}", tx("SUMMARY", "VNCI CPD: Interview skills for nurses moving into industry"),
        "DTSTART;VALUE=DATE:20261107", "DTEND;VALUE=DATE:20261108", "DTSTAMP:20261002T100000Z",
        tx("LOCATION", "Clayton Hotel, Cork"), "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE", "TRANSP:TRANSPARENT"]])))

    uid = "pharmakarriere-webinar-vg-11@pharmakarriere.de"
    out.append(_neg("webinar-de", "de", uid, "webinar", cal("-//GoToWebinar//EN", [[
        f"UID:{uid}", "DTSTAMP:20261014T090000Z",
        "DTSTART;TZID=Europe/Berlin:20261022T180000", "DTEND;TZID=Europe/Berlin:20261022T191500",
        tx("SUMMARY", "Webinar: Vorstellungsgespräche in der Pharmaindustrie meistern"),
        "ORGANIZER;CN=pharmakarriere.de:mailto:webinare@pharmakarriere.de",
        tx("DESCRIPTION", "Vielen Dank für Ihre Anmeldung. Unsere Recruiterin zeigt, wie Quereinsteiger aus "
           "der Tierarztpraxis im Interview überzeugen. Zugangslink: https://global.gotowebinar.com/join/"
           "4411/7782"),
        "LOCATION:Online"]], method="PUBLISH", tzs=("Europe/Berlin",))))

    uid = "taller-entrevista-avepa-2026@avepa.org"
    out.append(_neg("workshop-es", "es", uid, "class", cal(GOOGLE, [[
        "DTSTART:20261118T170000Z", "DTEND:20261118T183000Z", "DTSTAMP:20261105T100000Z",
        "ORGANIZER;CN=Formación AVEPA:mailto:formacion@avepa.org", f"UID:{uid}", g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Taller online: cómo preparar una entrevista de trabajo en la industria veterinaria "
           "(delegados, MSL, operaciones clínicas). Plazas limitadas.\n\n" + meet("es", uid)),
        "SEQUENCE:0", "STATUS:CONFIRMED",
        tx("SUMMARY", "Taller: Cómo preparar una entrevista en la industria veterinaria"), "TRANSP:OPAQUE"]])))
    return out


def _media_personal() -> list[Ev]:
    out: list[Ev] = []
    uid = "wagwell-ur-session-17@wagwell.io"
    out.append(_neg("user-research", "en", uid, "user-research", cal(GOOGLE, [[
        "DTSTART:20261014T150000Z", "DTEND:20261014T154500Z", "DTSTAMP:20261010T090000Z",
        "ORGANIZER;CN=Wagwell Research:mailto:research@wagwell.io", f"UID:{uid}",
        g_att("research@wagwell.io", "Wagwell Research", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Thanks for signing up to help us improve the Wagwell triage app! In this user "
           "interview we'll watch you try a new nurse workflow and ask about your day in practice. As a thank "
           "you we'll send a €40 One4All voucher. This is not related to any job application.\n\n"
           + meet("en", uid)),
        "SEQUENCE:0", "STATUS:CONFIRMED", tx("SUMMARY", "Wagwell user interview (research session)"),
        "TRANSP:OPAQUE"]])))

    uid = "vnpod-ep42-recording@riverside.fm"
    out.append(_neg("podcast-guest", "en", uid, "press", cal(GOOGLE, [[
        "DTSTART:20261019T190000Z", "DTEND:20261019T200000Z", "DTSTAMP:20261011T100000Z",
        "ORGANIZER;CN=The Vet Nurse Podcast:mailto:hello@vetnursepod.ie", f"UID:{uid}",
        g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Episode 42 recording - interview with Aoife Brennan on mixed-animal nursing and "
           "calving season. Studio link: https://riverside.fm/studio/vetnursepod (headphones please!)"),
        "SEQUENCE:0", tx("SUMMARY", "Podcast interview - The Vet Nurse Podcast ep. 42"),
        "TRANSP:OPAQUE"]])))

    uid = "examiner-petobesity-call@ios"
    out.append(_neg("press-phone", "en", uid, "press", cal(IOS, [[
        f"UID:{uid}", "DTSTAMP:20261020T120000Z",
        "DTSTART;TZID=Europe/Dublin:20261021T113000", "DTEND;TZID=Europe/Dublin:20261021T120000",
        tx("SUMMARY", "Irish Examiner interview re pet obesity clinic"),
        tx("DESCRIPTION", "journalist (Conor) calling the practice line. Dermot OK'd it. stats from clinic audit"),
        "SEQUENCE:0"]], method=None, tzs=("Europe/Dublin",))))

    uid = "semaine-vet-itw-aoife@lasemaineveterinaire.fr"
    out.append(_neg("press-fr", "fr", uid, "press", cal(OUTLOOK16, [[
        "ORGANIZER;CN=Hélène Lambert:mailto:h.lambert@lasemaineveterinaire.fr", o_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Interview pour notre dossier « Les ASV en Europe » : 20 minutes sur votre métier "
           "d'infirmière vétérinaire en Irlande. Hélène Lambert, journaliste\n\n" + teams("fr", uid)),
        f"UID:{uid}", tx("SUMMARY", "Interview La Semaine Vétérinaire - Aoife Brennan"),
        "DTSTART;TZID=Romance Standard Time:20261028T140000", "DTEND;TZID=Romance Standard Time:20261028T143000",
        "DTSTAMP:20261021T100000Z", *outlook_tail()]], tzs=("Romance Standard Time",))))

    uid = "B9D1-DENTIST-KIELY"
    out.append(_neg("dentist", "en", uid, "personal", cal(IOS, [[
        f"UID:{uid}", "DTSTAMP:20261001T080000Z", "DTSTART:20261013T081500", "DTEND:20261013T090000",
        tx("SUMMARY", "Dentist - Dr Kiely"), tx("LOCATION", "Washington St, Cork"),
        "BEGIN:VALARM", "TRIGGER:-P1D", "ACTION:DISPLAY", "DESCRIPTION:Dentist", "END:VALARM"]], method=None)))

    uid = "aib-mortgage-appt-55@aib.ie"
    out.append(_neg("mortgage-meeting", "en", uid, "personal", cal(OUTLOOK, [[
        "ORGANIZER;CN=AIB Mortgage Appointments:mailto:mortgageappointments@aib.ie", o_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "Your mortgage meeting with a Mortgage Advisor. Please bring 3 months' "
           "payslips, bank statements and photo ID."),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Mortgage meeting - AIB Patrick Street"),
        f"DTSTART;TZID={GST}:20261024T103000", f"DTEND;TZID={GST}:20261024T113000", "DTSTAMP:20261015T090000Z",
        tx("LOCATION;LANGUAGE=en-IE", "AIB, 66 Patrick Street, Cork"), *outlook_tail()]], tzs=(GST,))))

    uid = "rathmines-viewing-2@daft.ie"
    out.append(_neg("flat-viewing", "en", uid, "personal", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Dublin:20261031T123000", "DTEND;TZID=Europe/Dublin:20261031T130000",
        "DTSTAMP:20261027T150000Z", f"UID:{uid}",
        tx("DESCRIPTION", "Viewing via daft.ie - 1 bed, Rathmines. Agent: Killian. Bring references + deposit "
           "info in case."),
        tx("LOCATION", "14 Leinster Square, Rathmines, Dublin 6"), "SEQUENCE:0", "STATUS:CONFIRMED",
        tx("SUMMARY", "Flat viewing Rathmines"), "TRANSP:OPAQUE"]], method="PUBLISH", tzs=("Europe/Dublin",))))

    uid = "wohnung-sachsenhausen-0311@immoscout24.de"
    out.append(_neg("flat-viewing-de", "de", uid, "personal", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Berlin:20261121T110000", "DTEND;TZID=Europe/Berlin:20261121T113000",
        "DTSTAMP:20261115T100000Z", f"UID:{uid}",
        "ORGANIZER;CN=Hausverwaltung Becker:mailto:vermietung@hv-becker.de",
        g_att("vermietung@hv-becker.de", "Hausverwaltung Becker", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Besichtigungstermin 2-Zimmer-Wohnung, Schweizer Straße 14, 3. OG. Bitte "
           "Selbstauskunft und SCHUFA (oder Nachweis aus Irland) mitbringen."),
        tx("LOCATION", "Schweizer Straße 14, 60594 Frankfurt am Main"), "SEQUENCE:0", "STATUS:CONFIRMED",
        tx("SUMMARY", "Wohnungsbesichtigung Frankfurt-Sachsenhausen"), "TRANSP:OPAQUE"]],
        tzs=("Europe/Berlin",))))

    uid = "nct-cork-little-island-991@ncts.ie"
    out.append(_neg("car-test", "en", uid, "personal", cal(GOOGLE, [[
        "DTSTART:20261203T084000Z", "DTEND:20261203T093000Z", "DTSTAMP:20261110T100000Z", f"UID:{uid}",
        tx("SUMMARY", "NCT - 161-C-4471"), tx("LOCATION", "NCT Centre Little Island"),
        "SEQUENCE:0", "TRANSP:OPAQUE"]], method="PUBLISH")))
    return out


def _work_network() -> list[Ev]:
    out: list[Ev] = []
    uid = "rvh-huddle-weekly@riverside-vets.ie"
    org = "ORGANIZER;CN=Dermot Hurley:mailto:dhurley@riverside-vets.ie"
    out.append(_neg("internal-recurring", "en", uid, "internal", cal(OUTLOOK, [
        [org, o_att(WORK, "Aoife Brennan"), o_att("nursing-team@riverside-vets.ie", "Nursing Team"),
         f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Clinical team huddle"),
         tx("DESCRIPTION;LANGUAGE=en-IE", "Weekly: caseload, theatre list, rota swaps, stock."),
         f"DTSTART;TZID={GST}:20261005T081500", f"DTEND;TZID={GST}:20261005T083000",
         "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261221T081500Z", "DTSTAMP:20260928T090000Z", *outlook_tail("BUSY")],
        [org, o_att(WORK, "Aoife Brennan"), f"UID:{uid}",
         tx("SUMMARY;LANGUAGE=en-IE", "Clinical team huddle (bank holiday - Tuesday)"),
         f"RECURRENCE-ID;TZID={GST}:20261026T081500", f"DTSTART;TZID={GST}:20261027T081500",
         f"DTEND;TZID={GST}:20261027T083000", "DTSTAMP:20261020T090000Z", "SEQUENCE:1", *outlook_tail("BUSY")],
    ], tzs=(GST,))))

    uid = "040000008200E00074C5B7101A82E00800000000RVHREVIEW"
    out.append(_neg("annual-review", "en", uid, "internal", cal(OUTLOOK, [[
        "ORGANIZER;CN=Dermot Hurley:mailto:dhurley@riverside-vets.ie", o_att(WORK, "Aoife Brennan"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "Annual performance review - please fill in the self-assessment form "
           "beforehand."),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Annual review - Aoife / Dermot"),
        f"DTSTART;TZID={GST}:20261110T160000", f"DTEND;TZID={GST}:20261110T170000", "DTSTAMP:20261101T090000Z",
        *outlook_tail()]], tzs=(GST,))))

    uid = "rvh-practice-meeting-nov@riverside-vets.ie"
    out.append(_neg("practice-meeting", "en", uid, "internal", cal(GOOGLE, [[
        "DTSTART:20261119T130000Z", "DTEND:20261119T140000Z", "DTSTAMP:20261112T100000Z",
        "ORGANIZER;CN=Mark Corcoran:mailto:mcorcoran@riverside-vets.ie", f"UID:{uid}",
        g_att("mcorcoran@riverside-vets.ie", "Mark Corcoran", "ACCEPTED"), g_att(WORK, "Aoife Brennan"),
        g_att("dhurley@riverside-vets.ie", "Dermot Hurley"),
        tx("DESCRIPTION", "Practice meeting: rota for Christmas, CPD budget 2027, new ultrasound."),
        "SEQUENCE:0", tx("SUMMARY", "Practice meeting - rota & CPD"), "TRANSP:OPAQUE"]])))

    uid = "coffee-sinead-halvern@google.com"
    out.append(_neg("coffee-chat", "en", uid, "coffee-chat", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Dublin:20261003T103000", "DTEND;TZID=Europe/Dublin:20261003T113000",
        "DTSTAMP:20260930T200000Z", f"UID:{uid}",
        "ORGANIZER;CN=Aoife Brennan:mailto:" + ME, g_att(ME, "Aoife Brennan", "ACCEPTED"),
        g_att("sinead.barrett@halvern.com", "Sinéad Barrett"),
        tx("DESCRIPTION", "Catch-up with Sinéad (ex-Riverside, now TM at Halvern) - pick her brain on what "
           "territory work is really like, before I apply anywhere. My treat."),
        tx("LOCATION", "Soma Coffee, Tuckey St"), "SEQUENCE:0",
        tx("SUMMARY", "Coffee w/ Sinéad - pick her brain re industry"), "TRANSP:OPAQUE"]],
        tzs=("Europe/Dublin",))))

    uid = "tavistock-info-call-linkedin@google.com"
    out.append(_neg("informational-call", "en", uid, "coffee-chat", cal(GOOGLE, [[
        "DTSTART:20261006T170000Z", "DTEND:20261006T173000Z", "DTSTAMP:20261002T120000Z",
        "ORGANIZER;CN=Yusuf Demir:mailto:y.demir@tavistock-ah.com", f"UID:{uid}",
        g_att("y.demir@tavistock-ah.com", "Yusuf Demir", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Happy to chat about what the MSL job looks like day to day, as promised on "
           "LinkedIn. Just an informal conversation - I'm not involved in hiring.\n\n" + meet("en", uid)),
        "SEQUENCE:0", tx("SUMMARY", "Chat: life as an MSL (Yusuf / Aoife)"), "TRANSP:OPAQUE"]])))

    uid = "cafe-elodie-conseils@gmail.com"
    out.append(_neg("coffee-chat-fr", "fr", uid, "coffee-chat", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20261029T120000", "DTEND;TZID=Europe/Paris:20261029T124500",
        "DTSTAMP:20261025T100000Z", "ORGANIZER;CN=Élodie Martin:mailto:elodie.martin.asv@gmail.com",
        f"UID:{uid}", g_att("elodie.martin.asv@gmail.com", "Élodie Martin", "ACCEPTED"), g_att(ME),
        tx("DESCRIPTION", "Petit café virtuel pour te donner mes conseils sur le marché à Lyon (je suis chez "
           "Vétalis depuis 2 ans). Rien d'officiel, juste entre nous !\n\n" + meet("fr", uid)),
        "SEQUENCE:0", tx("SUMMARY", "Café avec Élodie - conseils Lyon"), "TRANSP:OPAQUE"]],
        tzs=("Europe/Paris",))))

    uid = "ahcareers-fair-rds-2026@animalhealthcareers.ie"
    out.append(_neg("job-fair", "en", uid, "job-fair", cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20261114", "DTEND;VALUE=DATE:20261115", "DTSTAMP:20261020T100000Z", f"UID:{uid}",
        tx("SUMMARY", "Animal Health & Agri Careers Fair - RDS Dublin"),
        tx("DESCRIPTION", "40+ exhibitors incl. pharma, pet food and labs. Bring 20 CVs. Free registration: "
           "ticket 55120."),
        tx("LOCATION", "RDS Main Hall, Ballsbridge, Dublin 4"), "TRANSP:TRANSPARENT"]], method="PUBLISH")))

    uid = "karrieremesse-tg-ffm-2026@messe-karriere.de"
    out.append(_neg("job-fair-de", "de", uid, "job-fair", cal(APPLE, [[
        "CREATED:20261020T100000Z", "DTSTAMP:20261020T100000Z", f"UID:{uid}",
        "DTSTART;VALUE=DATE:20261128", "DTEND;VALUE=DATE:20261129",
        tx("SUMMARY", "Karrieremesse Tiergesundheit & Life Sciences Frankfurt"),
        tx("DESCRIPTION", "Messe mit Ausstellern aus Pharma, Diagnostik und Futtermittel. Halle 3.1, Eintritt "
           "frei mit Online-Ticket."),
        tx("LOCATION", "Messe Frankfurt, Halle 3.1"), "TRANSP:TRANSPARENT"]], method=None)))

    uid = "ref-call-jcronin-blackrock@blackrockvets.ie"
    out.append(_neg("reference-call", "en", uid, "reference", cal(OUTLOOK16, [[
        "ORGANIZER;CN=Paula Keating:mailto:paula@blackrockvets.ie", o_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Hi Aoife, Jenny Cronin has given your name as a referee for our Head Nurse post. "
           "Could I ring you for 15 minutes about working with her at Riverside?\nPaula Keating, Practice "
           "Manager, Blackrock Veterinary Clinic"),
        f"UID:{uid}", tx("SUMMARY", "Reference call re Jenny Cronin"),
        f"DTSTART;TZID={GST}:20261016T123000", f"DTEND;TZID={GST}:20261016T124500", "DTSTAMP:20261014T090000Z",
        "LOCATION:Phone", *outlook_tail()]], tzs=(GST,))))

    uid = "referencias-marta-lopez@vetsur.es"
    out.append(_neg("reference-es", "es", uid, "reference", cal(GOOGLE, [[
        "DTSTART:20261102T110000Z", "DTEND:20261102T112000Z", "DTSTAMP:20261029T100000Z",
        "ORGANIZER;CN=Clínica VetSur RR. HH.:mailto:rrhh@vetsur.es", f"UID:{uid}",
        g_att("rrhh@vetsur.es", "Clínica VetSur RR. HH.", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Hola Aoife, Marta López nos ha dado tu contacto como referencia de su etapa en "
           "Riverside (Cork). Te llamamos para una breve llamada de referencias sobre ella.\n\n" + meet("es", uid)),
        "SEQUENCE:0", tx("SUMMARY", "Llamada de referencias - Marta López"), "TRANSP:OPAQUE"]])))

    uid = "kinsella-registration-call@kinsellals.ie"
    out.append(_neg("agency-registration", "en", uid, "recruiter-no-employer", cal(OUTLOOK, [[
        "ORGANIZER;CN=Gráinne Kinsella:mailto:grainne@kinsellals.ie", o_att(ME, "aoife.brennan@outlook.ie"),
        tx("DESCRIPTION;LANGUAGE=en-IE", "Hi Aoife, great to connect. This first call is for me to get to know "
           "you - your experience, what you're looking for, salary and locations - so I can register you and "
           "match you with roles. No specific client yet.\nGráinne\n\n" + teams("en", uid)),
        f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Intro call - Kinsella Life Sciences Recruitment / Aoife"),
        f"DTSTART;TZID={GST}:20261002T123000", f"DTEND;TZID={GST}:20261002T130000", "DTSTAMP:20260929T090000Z",
        *outlook_tail()]], tzs=(GST,))))

    uid = "barrow-market-catchup@google.com"
    out.append(_neg("recruiter-catchup", "en", uid, "recruiter-no-employer", cal(GOOGLE, [[
        "DTSTART:20261117T120000Z", "DTEND:20261117T121500Z", "DTSTAMP:20261113T120000Z",
        "ORGANIZER;CN=Conor Mahon:mailto:conor.mahon@barrowscientific.com", f"UID:{uid}",
        g_att("conor.mahon@barrowscientific.com", "Conor Mahon", "ACCEPTED"), g_att(ME, "Aoife Brennan"),
        tx("DESCRIPTION", "Quick catch-up on the animal health market in Munster and what salaries look like for "
           "territory roles. Barrow Scientific Recruitment.\n\n" + google_footer("en", ME)),
        "SEQUENCE:0", tx("SUMMARY", "Catch-up: Conor (Barrow Scientific) <> Aoife"), "TRANSP:OPAQUE"]])))

    uid = "cabinet-point-carriere-7@talentis-conseil.fr"
    out.append(_neg("recruiter-fr", "fr", uid, "recruiter-no-employer", cal("-//zoom.us//iCalendar Event//EN", [[
        f"UID:{uid}", "DTSTAMP:20261102T100000Z",
        "DTSTART;TZID=Europe/Paris:20261106T113000", "DTEND;TZID=Europe/Paris:20261106T120000",
        tx("SUMMARY", "Point carrière - Talentis Conseil / Aoife Brennan"),
        "ORGANIZER;CN=Sophie Aubert:mailto:s.aubert@talentis-conseil.fr",
        tx("DESCRIPTION", "Premier échange pour faire le point sur votre projet (santé animale, Lyon) avant de "
           "vous présenter à nos clients. Aucun entretien client à ce stade.\n\n" + zoom("fr", uid, "Sophie Aubert")),
        "LOCATION:Zoom"]], method="PUBLISH", tzs=("Europe/Paris",))))

    uid = "prep-halvern-final@google.com"
    out.append(_neg("prep-block", "en", uid, "prep-block", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Dublin:20261117T190000", "DTEND;TZID=Europe/Dublin:20261117T210000",
        "DTSTAMP:20261112T210000Z", f"UID:{uid}",
        tx("SUMMARY", "Prep for Halvern final - reread notes, territory plan"),
        tx("DESCRIPTION", "print 30-60-90 plan. questions for Grace. iron shirt"), "TRANSP:TRANSPARENT"]],
        method="PUBLISH", tzs=("Europe/Dublin",))))

    uid = "afterview-tickler-corrib-thanks@afterview.local"
    out.append(_neg("afterview-tickler", "en", uid, "tickler", cal("-//afterview//afterview//EN", [[
        f"UID:{uid}", "DTSTAMP:20261013T160000Z",
        "DTSTART;TZID=Europe/Dublin:20261013T160000", "DTEND;TZID=Europe/Dublin:20261013T161500",
        tx("SUMMARY", "Send thank-you notes - Corrib Animal Health, Veterinary Technical Advisor"),
        tx("DESCRIPTION", "Drafts are in your Drafts folder, one per interviewer. Jot down who you met and one "
           "thing you discussed with each."),
        "X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:tickler:thanks:corrib:vta", "TRANSP:TRANSPARENT"]],
        method="PUBLISH", tzs=("Europe/Dublin",))))

    return out
