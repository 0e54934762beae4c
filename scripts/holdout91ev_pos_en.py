"""holdout91: the user's own interviews in English (Ottawa, Montréal companies), Spanish and German."""

from __future__ import annotations

from holdout91ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_CN,
    ME_FREE,
    OUTLOOK_TAIL,
    TZ_BOGOTA,
    TZ_TORONTO,
    TZ_UTC_BERLIN,
    TZ_WIN_EST,
    UTC_BERLIN,
    WIN_EST,
    E,
    att,
    cal,
    meet,
    org,
    room,
    t,
    teams,
    vevent,
    webex,
    zoom,
)

TOR = "TZID=America/Toronto"


def _gh(uid, stamp, start, end, summ, d, inter, kind, stage, role="Head of Communications, Canada"):
    names = {"p.sharma@lumenpharma.com": "Priya Sharma", "d.okafor@lumenpharma.com": "Daniel Okafor",
             "m.fournier@lumenpharma.com": "Marie-Ève Fournier", "j.kowalski@lumenpharma.com": "Jan Kowalski"}
    return E(kind, cal(GOOGLE, TZ_TORONTO, vevent(
        f"DTSTART;{TOR}:{start}", f"DTEND;{TOR}:{end}", f"DTSTAMP:{stamp}",
        org("rachel.kim@lumenpharma.com", "Rachel Kim"), "UID:" + uid, att(ME_FREE, ME_CN),
        *[att(i, names[i]) for i in inter], "DESCRIPTION:" + t(d), "LOCATION:Zoom", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:" + t(summ), "TRANSP:OPAQUE")),
        uid, 1, "Lumen Pharma", role, stage, ";".join(inter), kind)


def _lumen() -> list[dict]:
    boiler = ("\n\nThis invitation was scheduled via Greenhouse. Please do not forward.\n\n")
    d1 = ("Hi Olivier,\n\nThanks for making time to speak with us about the Head of Communications, Canada role. "
          "You'll be speaking with Priya Sharma (Talent Acquisition Partner).\n\nAgenda: 30-minute phone/video "
          "conversation about your background and the role." + boiler + zoom("en", "83307118842", "LPC7rT2mQa"))
    d2 = ("Hi Olivier,\n\nYou're confirmed for an interview with Daniel Okafor, General Manager, Canada (hiring "
          "manager), for the Head of Communications, Canada role.\n\nRachel Kim | Recruiting Coordinator" + boiler
          + zoom("en", "84119023356", "LPC2wQx9Jd"))
    d3 = ("Hi Olivier,\n\nHere is your final interview schedule (panel, 75 min):\n- Marie-Ève Fournier, VP Market "
          "Access & Government Affairs\n- Jan Kowalski, Chief Communications Officer (global, joining from "
          "Basel)\n\nRachel Kim will not join but is your point of contact." + boiler
          + zoom("en", "85511930274", "LPC9kM3vBn"))
    return [
        _gh("6e0f1c8a92b34@greenhouse.io", "20250203T140000Z", "20250206T140000", "20250206T143000",
            "Interview: Olivier Tremblay (Head of Communications, Canada) – Talent Acquisition", d1,
            ["p.sharma@lumenpharma.com"], "greenhouse-screen-en", "recruiter_screen"),
        _gh("6e0f1c8a92b35@greenhouse.io", "20250211T160000Z", "20250217T110000", "20250217T120000",
            "Interview: Olivier Tremblay – Hiring Manager (Head of Communications, Canada)", d2,
            ["d.okafor@lumenpharma.com"], "greenhouse-hm-en", "hiring_manager"),
        _gh("6e0f1c8a92b36@greenhouse.io", "20250303T160000Z", "20250310T090000", "20250310T101500",
            "Final Interview – Olivier Tremblay – Head of Communications, Canada", d3,
            ["m.fournier@lumenpharma.com", "j.kowalski@lumenpharma.com"], "greenhouse-final-en", "final"),
    ]


def _federal() -> list[dict]:
    out = []
    uid = "CASO-OCNA-EX01-2025-PANEL-0117"
    d = ("English follows / Le français suit\n\nDear Mr. Tremblay,\n\nFurther to your written exam results, you are "
         "invited to an interview before the selection board for the position of Director, Communications and "
         "Public Affairs (EX-01), process 25-CASO-EA-0117. The interview will be conducted in the official language "
         "of your choice; your second-language abilities will be assessed separately by the PSC.\n\nBoard members: "
         "Karen Whitfield (Vice-President, Corporate Affairs), Mathieu Lapierre (Director General, Policy), Ama "
         "Boateng (HR Advisor, non-voting secretary).\n\nCanadian Agri-Food Standards Office (CASO) / Office "
         "canadien des normes agroalimentaires (OCNA)\n\nMonsieur Tremblay,\n\nVous êtes convoqué à une entrevue "
         "devant le comité d'évaluation pour le poste de directeur, Communications et affaires publiques (EX-01).\n"
         "\n" + webex("en", "26147793301", "gcconnex", "CASO2025"))
    out.append(E("webex-federal-bilingual-en", cal(
        EXCHANGE, vevent(
            org("ama.boateng@caso-ocna.gc.ca", "Boateng, Ama"), att(ME_FREE, ME_CN),
            att("karen.whitfield@caso-ocna.gc.ca", "Whitfield, Karen"),
            att("mathieu.lapierre@caso-ocna.gc.ca", "Lapierre, Mathieu"),
            "DESCRIPTION:" + t(d), "UID:" + uid,
            "SUMMARY:" + t("Interview / Entrevue – EX-01 Director, Communications and Public Affairs / Directeur, "
                           "Communications et affaires publiques"),
            "DTSTART:20250313T140000Z", "DTEND:20250313T153000Z", "DTSTAMP:20250305T194500Z", "SEQUENCE:0",
            "LOCATION:Webex", *OUTLOOK_TAIL)),
        uid, 1, "Canadian Agri-Food Standards Office", "Director, Communications and Public Affairs", "",
        "karen.whitfield@caso-ocna.gc.ca;mathieu.lapierre@caso-ocna.gc.ca", "federal-board-bilingual-webex"))

    uid = "CASO-OCNA-EX01-2025-EXAM-0117"
    d = ("Written exam – process 25-CASO-EA-0117 / Examen écrit – processus 25-CASO-EA-0117\n\nDuration: 3 hours. "
         "You will receive the exam package by email at the start time and must return your answers by email. "
         "Invigilation by videoconference (camera on).\nCanadian Agri-Food Standards Office / Office canadien des "
         "normes agroalimentaires\n\n\nDurée : 3 heures. Surveillance par vidéoconférence.\n\n"
         + teams("en", "638800214457", "Ex01Zz"))
    out.append(E("federal-written-exam-en", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("ama.boateng@caso-ocna.gc.ca", "Boateng, Ama"), att(ME_FREE, ME_CN), "DESCRIPTION:" + t(d),
            "UID:" + uid, "SUMMARY:Written exam / Examen écrit – 25-CASO-EA-0117",
            f"DTSTART;TZID={WIN_EST}:20250225T090000", f"DTEND;TZID={WIN_EST}:20250225T120000",
            "DTSTAMP:20250218T150000Z", "LOCATION:Microsoft Teams", *OUTLOOK_TAIL)),
        uid, 1, "Canadian Agri-Food Standards Office", "", "technical", "", "federal-exam-bilingual"))

    uid = "CRSA-ACRP-PE05-PHONE-8812@crsa-acrp.gc.ca"
    d = ("Hello Olivier,\n\nThank you for applying to the Manager, Media Relations (IS-05) position. "
         "I will call you for a 20-minute initial phone interview "
         "to confirm essential qualifications and language profile (CBC).\n\nTom Brannigan\nStaffing Advisor, "
         "Human Resources Directorate\nCanadian Radiation Safety Agency / Agence canadienne de radioprotection")
    out.append(E("outlook-federal-phone-en", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("tom.brannigan@crsa-acrp.gc.ca", "Brannigan, Tom"), att(ME_FREE, ME_CN), "DESCRIPTION:" + t(d),
            "UID:" + uid, "SUMMARY:Initial phone interview – Manager, Media Relations (IS-05)",
            f"DTSTART;TZID={WIN_EST}:20250304T133000", f"DTEND;TZID={WIN_EST}:20250304T135000",
            "DTSTAMP:20250227T160000Z", "LOCATION:Phone", *OUTLOOK_TAIL)),
        uid, 1, "Canadian Radiation Safety Agency", "Manager, Media Relations", "recruiter_screen",
        "tom.brannigan@crsa-acrp.gc.ca", "outlook-federal-phone-en"))

    uid = "bookings-9d3a7e20f1c84c6b@rhf-fhr.ca"
    d = ("Your booking is confirmed.\n\nService: Interview – Vice-President, Communications & Donor Relations\n"
         "Staff: Catherine Ashdown\n\n" + teams("en", "714559032018", "RHF4vp")
         + "\n\nRideau Hospital Foundation | Fondation de l'Hôpital Rideau\nManage your booking from your "
           "confirmation email.")
    out.append(E("bookings-foundation-en", cal(
        "-//Microsoft Corporation//Bookings//EN", TZ_WIN_EST, vevent(
            "UID:" + uid, "DTSTAMP:20250225T170000Z", f"DTSTART;TZID={WIN_EST}:20250303T150000",
            f"DTEND;TZID={WIN_EST}:20250303T160000",
            "SUMMARY:" + t("Interview – Vice-President, Communications & Donor Relations with Olivier Tremblay"),
            "DESCRIPTION:" + t(d), "LOCATION:Microsoft Teams Meeting",
            org("careers@rhf-fhr.ca", "Rideau Hospital Foundation Careers"), att(ME_FREE, ME_CN),
            att("c.ashdown@rhf-fhr.ca", "Catherine Ashdown"))),
        uid, 1, "Rideau Hospital Foundation", "Vice-President, Communications & Donor Relations", "",
        "c.ashdown@rhf-fhr.ca", "bookings-teams-en"))
    return out


def _startups() -> list[dict]:
    out = []
    uid = "4kd1n7s0m3v9q2b8r5t1h6c0pe@google.com"
    d = ("Hey Olivier — great to connect via Julien. As mentioned, we're a 30-person climate-data startup "
         "(Polar Grid Analytics) and I'm looking for our first comms/public affairs lead ahead of our Series B and "
         "the Hydro regulatory hearings. Let's chat.\n\nMax\n\n" + meet("en", "ytc-rhbw-qso"))
    out.append(E("founder-gmail-body-company-en", cal(
        GOOGLE, TZ_TORONTO, vevent(
            f"DTSTART;{TOR}:20250212T163000", f"DTEND;{TOR}:20250212T170000", "DTSTAMP:20250210T030000Z",
            org("max.delorme.mtl@gmail.com", "Max Delorme"), "UID:" + uid, att(ME_FREE, ME_CN),
            att("max.delorme.mtl@gmail.com", "Max Delorme", stat="ACCEPTED"), "DESCRIPTION:" + t(d),
            "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Olivier <> Max", "TRANSP:OPAQUE")),
        uid, 1, "Polar Grid Analytics", "comms/public affairs lead", "", "max.delorme.mtl@gmail.com",
        "founder-gmail-en"))

    uid = "1b9q4r7m2k0s8v5c3t6h1n0pdj@google.com"
    d = ("Olivier,\n\nFor round 2 we'd love to see you work through a case: our Series B announcement lands the same "
         "week as a critical op-ed about data centres' power use. Bring a 1-page plan; we'll role-play a hostile "
         "interview. With Max (CEO) and Ines Haddad (CTO).\n\n" + meet("en", "wsk-pqmr-fex"))
    out.append(E("startup-case-roleplay-en", cal(
        GOOGLE, TZ_TORONTO, vevent(
            f"DTSTART;{TOR}:20250225T140000", f"DTEND;{TOR}:20250225T150000", "DTSTAMP:20250218T210000Z",
            org("max@polargrid.ai", "Max Delorme"), "UID:" + uid, att(ME_FREE, ME_CN),
            att("ines@polargrid.ai", "Ines Haddad"), "DESCRIPTION:" + t(d), "LOCATION:", "SEQUENCE:0",
            "STATUS:CONFIRMED", "SUMMARY:Polar Grid – comms case exercise (Olivier T.)", "TRANSP:OPAQUE")),
        uid, 1, "Polar Grid Analytics", "", "technical", "max@polargrid.ai;ines@polargrid.ai", "startup-case-en"))

    uid = "calcom-3tX9pQ2vR8mL5kW1@cal.com"
    d = ("What: Intro call between Rachel Osei and Olivier Tremblay\nInvitee time zone: America/Toronto\n"
         "Who:\nRachel Osei - Organizer\nrachel.osei@cism-icmd.ca\nOlivier Tremblay\n"
         "olivier.tremblay.journaliste@videotron.ca\nWhere: Zoom\nAdditional notes: Director of Communications "
         "posting – Canadian Institute for Sustainable Mobility\n\nNeed to make a change? Cancel or reschedule: "
         "https://app.cal.com/booking/3tX9pQ2vR8mL5kW1")
    out.append(E("calcom-intro-en", cal(
        "-//Cal.com Inc.//Cal.com Event//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250214T120000Z", "DTSTART:20250219T150000Z", "DTEND:20250219T153000Z",
            "SUMMARY:Intro call between Rachel Osei and Olivier Tremblay", "DESCRIPTION:" + t(d),
            "LOCATION:" + "https://us06web.zoom.us/j/87711230044", org("rachel.osei@cism-icmd.ca", "Rachel Osei"),
            att(ME_FREE, ME_CN, stat="ACCEPTED"), "STATUS:CONFIRMED")),
        uid, 1, "Canadian Institute for Sustainable Mobility", "Director of Communications", "",
        "rachel.osei@cism-icmd.ca", "calcom-intro-en"))

    uid = "ZoomInvite-CISM-Board-0327"
    d = ("Hi Olivier,\n\nThe search committee of the board would like to meet you as a finalist. Committee: Dr. "
         "Helen Mackay (Chair), Gilles Thibodeau, and Rachel Osei (Executive Director).\n\n"
         + zoom("en", "89920471155", "CISMfinal7"))
    out.append(E("zoom-board-final-en", cal(
        APPLE, TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250320T140000Z", f"DTSTART;{TOR}:20250327T120000",
            f"DTEND;{TOR}:20250327T130000", "SUMMARY:CISM finalist interview – Olivier Tremblay",
            "DESCRIPTION:" + t(d), "LOCATION:Zoom", org("rachel.osei@cism-icmd.ca", "Rachel Osei"),
            att(ME_FREE, ME_CN), att("h.mackay@cism-icmd.ca", "Helen Mackay"),
            att("gthibodeau@bellnet.ca", "Gilles Thibodeau"))),
        uid, 1, "Canadian Institute for Sustainable Mobility", "", "final",
        "rachel.osei@cism-icmd.ca;h.mackay@cism-icmd.ca;gthibodeau@bellnet.ca", "zoom-board-final-en"))
    return out


def _corp() -> list[dict]:
    out = []
    uid = "ashby-interview-0d8c2e4f-71a9-4b5c-8e3d-fb1c6a209e77"
    d = ("Hi Olivier,\n\nYour interview with Fibre Boréale is confirmed.\n\nRole: Director, Public Affairs\n"
         "Interviewer: Nicolas Gauthier, SVP Regulatory & Government Relations\nFormat: Video (Google Meet)\n\n"
         + meet("en", "gdn-xxru-qbp") + "\n\nScheduled with Ashby")
    out.append(E("ashby-hm-en", cal(
        "-//Ashby//Ashby Scheduling//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250306T143000Z", "DTSTART:20250310T180000Z", "DTEND:20250310T184500Z",
            "SUMMARY:Olivier Tremblay <> Fibre Boréale – Hiring Manager Interview", "DESCRIPTION:" + t(d),
            "LOCATION:Google Meet", org("recruiting@fibreboreale.ca", "Fibre Boréale Recruiting"),
            att(ME_FREE, ME_CN), att("nicolas.gauthier@fibreboreale.ca", "Nicolas Gauthier"))),
        uid, 1, "Fibre Boréale", "Director, Public Affairs", "hiring_manager", "nicolas.gauthier@fibreboreale.ca",
        "ashby-hm-en"))

    uid = "ashby-interview-5a2e9c11-3f7d-4d88-a0b6-92ce7d1f4b08"
    d = ("Hi Olivier,\n\nHere's your onsite schedule for the Director, Public Affairs role at our Montréal office "
         "(1250 René-Lévesque Ouest, 31st floor):\n10:00 – Nicolas Gauthier & Sarah Lemieux (CEO)\n10:45 – Amir "
         "Rahimi (VP Marketing)\n11:30 – Lunch with the team (optional)\n\nOur coordinator Jade Wong will greet "
         "you at reception.\n\nScheduled with Ashby")
    out.append(E("ashby-onsite-room-en", cal(
        "-//Ashby//Ashby Scheduling//EN", TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250320T143000Z", f"DTSTART;{TOR}:20250327T100000",
            f"DTEND;{TOR}:20250327T113000", "SUMMARY:Onsite Interview – Olivier Tremblay – Director\\, Public Affairs",
            "DESCRIPTION:" + t(d), "LOCATION:" + t("1250 René-Lévesque Ouest, 31st floor, Montréal"),
            org("jade.wong@fibreboreale.ca", "Jade Wong"), att(ME_FREE, ME_CN),
            att("nicolas.gauthier@fibreboreale.ca", "Nicolas Gauthier"),
            att("sarah.lemieux@fibreboreale.ca", "Sarah Lemieux"), att("amir.rahimi@fibreboreale.ca", "Amir Rahimi"),
            room("mtl-31-fleuve@fibreboreale.ca", "MTL-31 Fleuve (8)"))),
        uid, 1, "Fibre Boréale", "Director, Public Affairs", "onsite",
        "nicolas.gauthier@fibreboreale.ca;sarah.lemieux@fibreboreale.ca;amir.rahimi@fibreboreale.ca",
        "ashby-onsite-room-en"))

    uid = "goodtime-8e4f21b7c03d@goodtime.io"
    d = ("Interview Confirmation\n\nCandidate: Olivier Tremblay\nPosition: Director, Corporate Communications\n\n"
         "Schedule (Eastern Time):\n1:00 PM - 1:45 PM  Kevin Marchetti, VP Corporate Affairs\n1:45 PM - 2:30 PM  "
         "Lise Pomerleau, Director, Safety Communications\n\nPlease join via Teams:\n" + teams("en", "903114785620",
                                                                                               "LRr8Tx")
         + "\n\nScheduled by GoodTime on behalf of Laurentide Rail")
    out.append(E("goodtime-backtoback-en", cal(
        "-//GoodTime.io//GoodTime Calendar//EN", vevent(
            "UID:" + uid, "DTSTAMP:20250310T120000Z", "DTSTART:20250318T170000Z", "DTEND:20250318T183000Z",
            "SUMMARY:Interview Confirmation: Olivier Tremblay – Director, Corporate Communications",
            "DESCRIPTION:" + t(d), "LOCATION:Microsoft Teams",
            org("scheduling@laurentiderail.com", "Laurentide Rail Talent"), att(ME_FREE, ME_CN),
            att("kevin.marchetti@laurentiderail.com", "Kevin Marchetti"),
            att("lise.pomerleau@laurentiderail.com", "Lise Pomerleau"))),
        uid, 1, "Laurentide Rail", "Director, Corporate Communications", "",
        "kevin.marchetti@laurentiderail.com;lise.pomerleau@laurentiderail.com", "goodtime-en"))

    uid = "modernloop-evt-41c9a7d2e85b"
    d = ("Final round – Laurentide Rail\n\nInterviewers:\n• Brian Castonguay – President & CEO\n• Kevin Marchetti – "
         "VP Corporate Affairs\n\nCoordinator: Anika Patel (Talent Acquisition) – not attending\n"
         "Location: Head office, 800 rue de la Gauchetière O., Suite 2100, Montréal\n\nSent with ModernLoop")
    out.append(E("modernloop-final-en", cal(
        "-//ModernLoop//ModernLoop//EN", TZ_TORONTO, vevent(
            "UID:" + uid, "DTSTAMP:20250328T150000Z", f"DTSTART;{TOR}:20250403T150000",
            f"DTEND;{TOR}:20250403T160000", "SUMMARY:Final Interview: Olivier Tremblay (Dir. Corporate Communications)",
            "DESCRIPTION:" + t(d), "LOCATION:" + t("800 rue de la Gauchetière O., Suite 2100, Montréal"),
            org("anika.patel@laurentiderail.com", "Anika Patel"), att(ME_FREE, ME_CN),
            att("brian.castonguay@laurentiderail.com", "Brian Castonguay"),
            att("kevin.marchetti@laurentiderail.com", "Kevin Marchetti"))),
        uid, 1, "Laurentide Rail", "Dir. Corporate Communications", "final",
        "brian.castonguay@laurentiderail.com;kevin.marchetti@laurentiderail.com", "modernloop-final-en"))
    return out


def _misc() -> list[dict]:
    out = []
    uid = "CSP-20250305-BytownU-ED-Comms@capitalsearch.ca"
    d = ("Olivier,\n\nConfirming your interview with Bytown University for the Executive Director, Communications & "
         "Marketing search we are conducting. You'll meet Provost Dr. Amelia Fraser and Vice-President External "
         "Relations Kwame Mensah on campus (Tabaret-Lowe Hall, room 212).\n\nPaul Desjardins\nPartner, Capital Search "
         "Partners")
    out.append(E("agency-names-university-en", cal(
        EXCHANGE, TZ_WIN_EST, vevent(
            org("pdesjardins@capitalsearch.ca", "Desjardins, Paul"), att(ME_FREE, ME_CN),
            att("afraser@bytownu.ca", "Fraser, Amelia"), att("kmensah@bytownu.ca", "Mensah, Kwame"),
            "DESCRIPTION:" + t(d), "UID:" + uid,
            "SUMMARY:Bytown University – ED Communications & Marketing – O. Tremblay",
            f"DTSTART;TZID={WIN_EST}:20250305T100000", f"DTEND;TZID={WIN_EST}:20250305T113000",
            "DTSTAMP:20250226T180000Z", "LOCATION:" + t("Tabaret-Lowe Hall, room 212, Ottawa"), *OUTLOOK_TAIL)),
        uid, 1, "Bytown University", "Executive Director, Communications & Marketing", "onsite",
        "afraser@bytownu.ca;kmensah@bytownu.ca", "agency-names-employer-en"))

    uid = "2m0d8k4s6q1v9r3c7t5h0b2pnf@google.com"
    d = ("Hi Olivier,\n\nLooking forward to our conversation about the Director of Communications & Government "
         "Relations role at Aéro Laurentides (the Laurentians aerospace cluster). I'll be joined by our board chair, "
         "Chantale Roy.\n\nBest,\nGraham Whitlock\nExecutive Director\n\n" + meet("en", "fmo-qtxa-bzh"))
    out.append(E("google-cluster-en", cal(
        GOOGLE, TZ_TORONTO, vevent(
            f"DTSTART;{TOR}:20250314T100000", f"DTEND;{TOR}:20250314T110000", "DTSTAMP:20250310T150000Z",
            org("gwhitlock@aerolaurentides.org", "Graham Whitlock"), "UID:" + uid, att(ME_FREE, ME_CN),
            att("croy@aerolaurentides.org", "Chantale Roy"), "DESCRIPTION:" + t(d), "LOCATION:", "SEQUENCE:0",
            "STATUS:CONFIRMED", "SUMMARY:Olivier Tremblay / Aéro Laurentides – interview", "TRANSP:OPAQUE")),
        uid, 1, "Aéro Laurentides", "Director of Communications & Government Relations", "hiring_manager",
        "gwhitlock@aerolaurentides.org;croy@aerolaurentides.org", "google-cluster-en"))

    uid = "DO-interview-20250417-ot@destinationoutaouais.ca"
    d = ("Hi Olivier / Bonjour Olivier,\n\nThank you for your application for Director of Communications. Please "
         "join our video interview with Isabelle Charette (President & CEO) and Tyler Bouchard (Director, "
         "Marketing).\n\n" + zoom("en", "81177602391", "DOcomm25x"))
    out.append(E("zoom-bilingual-en", cal(
        GOOGLE, TZ_TORONTO, vevent(
            f"DTSTART;{TOR}:20250417T140000", f"DTEND;{TOR}:20250417T150000", "DTSTAMP:20250411T150000Z",
            org("icharette@destinationoutaouais.ca", "Isabelle Charette"), "UID:" + uid, att(ME_FREE, ME_CN),
            att("tbouchard@destinationoutaouais.ca", "Tyler Bouchard"), "DESCRIPTION:" + t(d), "LOCATION:Zoom",
            "SUMMARY:Video interview – Director of Communications", "STATUS:CONFIRMED")),
        uid, 1, "Destination Outaouais", "Director of Communications", "",
        "icharette@destinationoutaouais.ca;tbouchard@destinationoutaouais.ca", "zoom-bilingual-en"))

    uid = "3q7s1m5v9k0d2r8c4t6h1p0bng@google.com"
    d = ("Hola Olivier:\n\nGracias por tu interés en el puesto de Director de Comunicaciones de CooperAcción "
         "Américas (sede Montreal). Te propongo una entrevista por videollamada con Lucía Restrepo (directora "
         "ejecutiva) y conmigo. Hablaremos en español y en francés.\n\nUn saludo,\nAndrés Villamizar\nCoordinador de "
         "Talento Humano – Bogotá\n\n" + meet("es", "jyn-cwqe-tad"))
    out.append(E("google-bogota-tz-es", cal(
        GOOGLE, TZ_BOGOTA, vevent(
            "DTSTART;TZID=America/Bogota:20250306T090000", "DTEND;TZID=America/Bogota:20250306T100000",
            "DTSTAMP:20250228T220000Z", org("andres.villamizar@cooperaccion.org", "Andrés Villamizar"),
            "UID:" + uid, att(ME_FREE, ME_CN), att("lucia.restrepo@cooperaccion.org", "Lucía Restrepo"),
            "DESCRIPTION:" + t(d), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
            "SUMMARY:Entrevista – Director de Comunicaciones (Montreal) – Olivier Tremblay", "TRANSP:OPAQUE")),
        uid, 1, "CooperAcción Américas", "Director de Comunicaciones", "",
        "andres.villamizar@cooperaccion.org;lucia.restrepo@cooperaccion.org", "google-bogota-es"))

    uid = "personio-interview-551873-hvt@personio.de"
    d = ("Hallo Olivier,\n\nvielen Dank für Ihre Bewerbung als Leitung Kommunikation Nordamerika (m/w/d) bei der "
         "Hartmann Verkehrstechnik GmbH. Wir freuen uns auf das Gespräch mit Dr. Katrin Albers (Leiterin "
         "Unternehmenskommunikation) und Jonas Weidner (Geschäftsführer, Hartmann Verkehrstechnik Kanada Inc.).\n\n"
         "Das Gespräch findet per Microsoft Teams statt und wird auf Englisch geführt.\n\n"
         + teams("de", "330917448520", "Hvt5kQ") + "\n\nViele Grüße\nIhr Recruiting-Team\n(versendet über Personio)")
    out.append(E("personio-berlin-zone-de", cal(
        OUTLOOK_PROD, TZ_UTC_BERLIN, vevent(
            "CLASS:PUBLIC", "DESCRIPTION:" + t(d), f'DTSTART;TZID="{UTC_BERLIN}":20250311T170000',
            f'DTEND;TZID="{UTC_BERLIN}":20250311T180000', "DTSTAMP:20250303T090000Z",
            "SUMMARY;LANGUAGE=de:Interview: Olivier Tremblay – Leitung Kommunikation Nordamerika (m/w/d)",
            "UID:" + uid, org("recruiting@hartmann-vt.de", "Hartmann Verkehrstechnik Recruiting"),
            att(ME_FREE, ME_CN), att("k.albers@hartmann-vt.de", "Albers, Katrin"),
            att("j.weidner@hartmann-vt.ca", "Weidner, Jonas"), "LOCATION:Microsoft Teams-Besprechung",
            *OUTLOOK_TAIL)),
        uid, 1, "Hartmann Verkehrstechnik", "Leitung Kommunikation Nordamerika", "",
        "k.albers@hartmann-vt.de;j.weidner@hartmann-vt.ca", "personio-berlin-zone-de"))
    return out


OUTLOOK_PROD = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"


def events() -> list[dict]:
    return _lumen() + _federal() + _startups() + _corp() + _misc()
