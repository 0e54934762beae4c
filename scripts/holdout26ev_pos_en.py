"""holdout26: the user's own interviews written in English (each event written on its own)."""

from __future__ import annotations

from holdout26ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    OUTLOOK,
    Item,
    att,
    cal,
    d,
    e,
    ev,
    google_footer,
    meet,
    org,
    teams,
    webex,
    zoom,
)
from holdout26ev_ics import ME_PRIVATE as ME
from holdout26ev_ics import ME_WORK as MW


def items() -> list[Item]:
    """Given nothing returns the English positive items."""
    out: list[Item] = []
    a = out.append

    u = "gh-7731209-nubalia@greenhouse.io"
    a(Item("greenhouse-screen", "en", u, cal("-//Greenhouse//Interview Scheduling//EN", [ev(
        u, d("20261201T100000"), e("20261201T103000"), "Diego Serrano <> Nubalia Cloud - Recruiter Screen",
        "Hi Diego,\n\nThanks for your interest in the Cloud Operations Engineer role at Nubalia Cloud. This is a "
        "30-minute conversation with Irene Castaño from our Talent team about your background and what you're "
        "looking for.\n\n" + zoom("en", "842 1190 3377", "Nb9xKq21") + "\n\nScheduled via Greenhouse",
        "Zoom", lines=[org("no-reply@greenhouse.io", "Greenhouse"), att("irene.castano@nubalia.cloud", "Irene Castaño"),
                       att(ME, "Diego Serrano")])], zones=("Europe/Madrid",)),
        True, "Nubalia Cloud", "Cloud Operations Engineer", "recruiter_screen", "irene.castano@nubalia.cloud"))

    u = "lever-int-4f1c-shannongrid"
    a(Item("lever-technical", "en", u, cal("-//Lever//Lever Interview//EN", [ev(
        u, d("20261203T140000", "Europe/Dublin"), e("20261203T150000", "Europe/Dublin"),
        "Technical Interview: Site Reliability Engineer (Diego Serrano)",
        "Shannon Grid | Interview\n\nCandidate: Diego Serrano\nPosition: Site Reliability Engineer\n"
        "Interviewers: Cormac Doyle (Staff SRE), Aoife Brennan (SRE)\n\nFormat: we'll walk through an incident you "
        "handled, then debug a small Linux box together. Please have a terminal ready.\n\n"
        + meet("en", "qsx-hpwd-kta"),
        "Google Meet", lines=[org("talent@shannongrid.ie", "Shannon Grid Talent"),
                              att("cormac.doyle@shannongrid.ie", "Cormac Doyle"),
                              att("aoife.brennan@shannongrid.ie", "Aoife Brennan"), att(ME, "Diego Serrano")])],
        zones=("Europe/Dublin",)),
        True, "Shannon Grid", "Site Reliability Engineer", "technical",
        "cormac.doyle@shannongrid.ie;aoife.brennan@shannongrid.ie"))

    u = "ashby_9b2e77c1-kestrel"
    a(Item("ashby-hm", "en", u, cal("-//Ashby//Ashby Scheduling//EN", [ev(
        u, "DTSTART:20261204T091500Z", "DTEND:20261204T100000Z",
        "Kestrel Pay: Diego Serrano / Hiring Manager interview",
        "You're meeting Niamh Gallagher, Head of Platform, for the Platform Engineer (Payments Infrastructure) "
        "position.\n\nThis conversation focuses on how you work with developers and on-call.\n\nNeed to reschedule? "
        "Use the link in your confirmation email.\n\nPowered by Ashby",
        "https://kestrelpay.zoom.us/j/93318820045",
        lines=[org("scheduling@kestrelpay.com", "Kestrel Pay Recruiting"),
               att("niamh.gallagher@kestrelpay.com", "Niamh Gallagher"), att(ME, "Diego Serrano")])]),
        True, "Kestrel Pay", "Platform Engineer (Payments Infrastructure)", "hiring_manager",
        "niamh.gallagher@kestrelpay.com"))

    u = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A701000000000000000010000000orbitalops"
    a(Item("outlook-onsite-loop", "en", u, cal(OUTLOOK, [ev(
        u, d("20261209T093000", "Romance Standard Time"), e("20261209T133000", "Romance Standard Time"),
        "Orbital Ops - onsite interview loop (Diego Serrano)",
        "Hi Diego,\n\nLooking forward to having you at our Madrid office for the final stage for DevOps Engineer. "
        "Schedule:\n09:30 Welcome - Lucía Prieto (People)\n09:45 Systems design - Álvaro Méndez\n"
        "10:45 Kubernetes hands-on - Sara Whitfield\n12:00 Lunch with the team\n12:45 Wrap-up with the CTO, "
        "Tomás Arrieta\n\nAsk for me at reception, 4th floor.\n\nLucía",
        "Orbital Ops, Calle de Serrano 41, 4ª planta, Madrid",
        lines=[org("lucia.prieto@orbitalops.io", "Prieto, Lucía"), att(ME, "Diego Serrano"),
               att("alvaro.mendez@orbitalops.io", "Méndez, Álvaro"),
               att("sara.whitfield@orbitalops.io", "Whitfield, Sara"),
               att("tomas.arrieta@orbitalops.io", "Arrieta, Tomás"),
               att("sala-atlas@orbitalops.io", "Sala Atlas (8)", cutype="ROOM", role="NON-PARTICIPANT"),
               "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])], zones=("Romance Standard Time",)),
        True, "Orbital Ops", "DevOps Engineer", "onsite",
        "alvaro.mendez@orbitalops.io;sara.whitfield@orbitalops.io;tomas.arrieta@orbitalops.io"))

    u = "founder-call-ledgerly@google.com"
    a(Item("founder-freemail", "en", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261202T170000Z", "DTEND:20261202T174500Z", "Diego / Rhys - Ledgerly infra chat",
        "Hey Diego, as discussed over email: I'm the co-founder of Ledgerly (we're 9 people, a bookkeeping API). "
        "I'd like to interview you for our first infrastructure hire - mostly AWS, Terraform and on-call. "
        "Informal but it is an interview :)\n\n" + meet("en", "wfr-ujxq-npa") + "\n\n" + google_footer("en"),
        "", lines=[org("rhys.ledgerly@gmail.com", "Rhys Tanner"), att("rhys.ledgerly@gmail.com", "Rhys Tanner",
                                                                      stat="ACCEPTED"),
                   att(ME, "Diego Serrano")])], method="REQUEST"),
        True, "Ledgerly", "", "", "rhys.ledgerly@gmail.com", "founder_freemail"))

    u = "agency-hays-like-9921@talentbridge.eu"
    a(Item("agency-names-employer", "en", u, cal(OUTLOOK, [ev(
        u, d("20261207T110000", "GMT Standard Time"), e("20261207T114500", "GMT Standard Time"),
        "Interview: Diego Serrano for Cloud Support Engineer at Atlantico Fibra",
        "Hi Diego,\n\nAs promised, your first interview with my client Atlantico Fibra (Lisbon, hybrid) is "
        "confirmed. You'll speak with Rui Carvalho, Cloud Operations Lead. I won't join the call.\n\n"
        + teams("en", "NzI3YjAx") + "\n\nBest,\nGemma Hart\nTalentBridge Recruitment",
        "Microsoft Teams Meeting",
        lines=[org("gemma.hart@talentbridge.eu", "Hart, Gemma"), att(ME, "Diego Serrano"),
               att("rui.carvalho@atlanticofibra.pt", "Rui Carvalho")])], zones=("GMT Standard Time",)),
        True, "Atlantico Fibra", "Cloud Support Engineer", "", "rui.carvalho@atlanticofibra.pt", "agency"))

    u = "goodtime-5521ab-helixplatform"
    a(Item("goodtime-panel", "en", u, cal("-//GoodTime.io//GoodTime Scheduling//EN", [ev(
        u, d("20261210T150000", "Europe/Berlin"), e("20261210T163000", "Europe/Berlin"),
        "Helix Platform | Virtual Onsite | Diego Serrano",
        "Interview for: Platform Reliability Engineer\n\nSession 1 (45 min): Infrastructure as code - "
        "Jonas Richter\nSession 2 (45 min): Incident management & values - Priya Nair\n\nYour coordinator for "
        "today is Mia Becker; she will not join the interviews.\n\n" + zoom("en", "851 0044 2190", "Hx77pLq0")
        + "\n\nThis invitation was sent using GoodTime.",
        "Zoom", lines=[org("mia.becker@helixplatform.de", "Mia Becker"),
                       att("jonas.richter@helixplatform.de", "Jonas Richter"),
                       att("priya.nair@helixplatform.de", "Priya Nair"),
                       att("mia.becker@helixplatform.de", "Mia Becker", role="OPT-PARTICIPANT"),
                       att(ME, "Diego Serrano")])], zones=("Europe/Berlin",)),
        True, "Helix Platform", "Platform Reliability Engineer", "onsite",
        "jonas.richter@helixplatform.de;priya.nair@helixplatform.de", "coordinator"))

    u = "ml-2289-serac-final"
    a(Item("modernloop-final", "en", u, cal("-//ModernLoop//Interview Scheduler//EN", [ev(
        u, "DTSTART:20261215T083000Z", "DTEND:20261215T093000Z", "Final interview - Serac Infrastructure",
        "Diego, this is the final round for the SRE II role.\n\nYou'll meet:\n- Hélène Marchal, VP Engineering\n"
        "- Dev Kapoor, Principal Engineer\n\nJoin: https://meet.google.com/hyz-oprt-uwe\n\n--\nScheduled with "
        "ModernLoop on behalf of Serac Infrastructure",
        "", lines=[org("recruiting@serac-infra.com", "Serac Recruiting"),
                   att("helene.marchal@serac-infra.com", "Hélène Marchal"),
                   att("dev.kapoor@serac-infra.com", "Dev Kapoor"), att(ME)])]),
        True, "Serac Infrastructure", "SRE II", "final",
        "helene.marchal@serac-infra.com;dev.kapoor@serac-infra.com"))

    u = "calendly-7f6c5b4a-9d30"
    a(Item("calendly-phone", "en", u, cal("-//Calendly//Calendly//EN", [ev(
        u, "DTSTART:20261201T153000Z", "DTEND:20261201T160000Z",
        "Phone screen with Brisa Payments (Diego Serrano)",
        "Event Name: Phone screen with Brisa Payments\n\nBrisa Payments will call you on the number provided.\n\n"
        "Questions:\nPhone number: +34 6** *** 219\nWhich role? Junior Cloud Engineer\n\nNeed to make changes? "
        "Cancel: https://calendly.com/cancellations/7f6c5b4a\n\nPowered by Calendly.com",
        "+34 6** *** 219", lines=[org("ana.ferrer@brisapay.com", "Ana Ferrer"), att(ME, "Diego Serrano")])],
        method="REQUEST"),
        True, "Brisa Payments", "Junior Cloud Engineer", "recruiter_screen", "ana.ferrer@brisapay.com"))

    u = "calcom-booking-uA7r2"
    a(Item("calcom-technical", "en", u, cal("-//Cal.com Inc.//Cal.com Event//EN", [ev(
        u, "DTSTART:20261208T120000Z", "DTEND:20261208T130000Z",
        "Tech interview: Cloud Engineer between Quanta Ledger and Diego Serrano",
        "What: Tech interview: Cloud Engineer\nInvitee: Diego Serrano - " + ME + "\nHost: Lars Vik - "
        "lars@quantaledger.io\nWhere: Cal Video https://app.cal.com/video/uA7r2\n\nAdditional notes: live "
        "troubleshooting of a misbehaving nginx + Postgres setup, then questions.",
        "https://app.cal.com/video/uA7r2", lines=[org("lars@quantaledger.io", "Lars Vik"),
                                                  att(ME, "Diego Serrano", stat="ACCEPTED")])], method="REQUEST"),
        True, "Quanta Ledger", "Cloud Engineer", "technical", "lars@quantaledger.io"))

    u = "workday-INT-00418822@myworkday.com"
    a(Item("workday-screen", "en", u, cal("-//Workday//Workday Recruiting//EN", [ev(
        u, d("20261202T100000"), e("20261202T104500"), "Interview: IT Infrastructure Analyst - Cloud (R-20391)",
        "Dear Diego Serrano,\n\nYour interview for the position IT Infrastructure Analyst - Cloud (R-20391) with "
        "Marea Telecom has been scheduled.\n\nInterview type: Recruiter phone screen\nInterviewer: Pilar Otxoa, "
        "Talent Acquisition Partner\n\nPlease do not reply to this message.",
        "Phone", lines=[org("mareatelecom@myworkday.com", "Marea Telecom Recruiting"),
                        att("pilar.otxoa@mareatelecom.es", "Pilar Otxoa"), att(ME, "Diego Serrano")])],
        zones=("Europe/Madrid",)),
        True, "Marea Telecom", "IT Infrastructure Analyst - Cloud", "recruiter_screen", "pilar.otxoa@mareatelecom.es"))

    u = "handtyped-2026-12-11-stackhaus@icloud.com"
    a(Item("handtyped-terse", "en", u, cal(IOS, [ev(
        u, "DTSTART:20261211T110000", "DTEND:20261211T120000", "Stackhaus interview #2 (tech)",
        "", "", lines=[])], method=""),
        True, "Stackhaus", "", "technical", "", "handtyped"))

    u = "webex-9f4a-vertex"
    a(Item("webex-panel", "en", u, cal(OUTLOOK, [ev(
        u, d("20261214T160000", "W. Europe Standard Time"), e("20261214T170000", "W. Europe Standard Time"),
        "Panel interview - Cloud Operations Specialist - Vertiq Bank Technology",
        "Dear Diego,\n\nThank you for progressing to the panel stage. The panel will be Friederike Lang "
        "(Head of Cloud Ops) and Marco Benedetti (Security Engineering).\n\n" + webex("en", "23641187702"),
        "Webex", lines=[org("friederike.lang@vertiq-tech.com", "Lang, Friederike"), att(ME, "Diego Serrano"),
                        att("marco.benedetti@vertiq-tech.com", "Benedetti, Marco")])],
        zones=("W. Europe Standard Time",)),
        True, "Vertiq Bank Technology", "Cloud Operations Specialist", "",
        "friederike.lang@vertiq-tech.com;marco.benedetti@vertiq-tech.com", "panel"))

    u = "cancelled-nimbo-3391@google.com"
    a(Item("cancelled-screen", "en", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261205T090000Z", "DTEND:20261205T093000Z", "Canceled: Nimbo Labs intro call - Diego Serrano",
        "This event has been canceled.\n\nIntro call with Kate Moreno (Recruiter) for the Junior SRE opening. "
        "Kate will send new times.", "", seq=2, status="CANCELLED",
        lines=[org("kate.moreno@nimbolabs.com", "Kate Moreno"), att(ME, "Diego Serrano")])], method="CANCEL"),
        True, "Nimbo Labs", "Junior SRE", "recruiter_screen", "kate.moreno@nimbolabs.com", "cancelled"))

    u = "rescheduled-tejo-77@tejosystems.pt"
    a(Item("rescheduled-tech", "en", u, cal(GOOGLE, [ev(
        u, d("20261216T150000", "Europe/Lisbon"), e("20261216T160000", "Europe/Lisbon"),
        "Updated invitation: Tejo Systems - technical interview (Diego)",
        "Moved to Wednesday as Marta is travelling. Same format: 60 min on Linux, networking and a small "
        "Terraform exercise for the Cloud Operations Engineer role.\n\n" + meet("en", "bnt-kaqe-zio"),
        "", seq=3, lines=[org("marta.sousa@tejosystems.pt", "Marta Sousa"), att(ME, "Diego Serrano"),
                          att("marta.sousa@tejosystems.pt", "Marta Sousa", stat="ACCEPTED"),
                          att("joao.pinto@tejosystems.pt", "João Pinto")])], zones=("Europe/Lisbon",)),
        True, "Tejo Systems", "Cloud Operations Engineer", "technical",
        "marta.sousa@tejosystems.pt;joao.pinto@tejosystems.pt", "rescheduled"))

    u = "allday-ferrovia-assessment"
    a(Item("allday-assessment", "en", u, cal(APPLE, [ev(
        u, "DTSTART;VALUE=DATE:20261217", "DTEND;VALUE=DATE:20261218",
        "Ferrovia Digital - assessment day (platform eng role)",
        "Valencia office. Bring ID. Contact: carla.vidal@ferroviadigital.es", "Ferrovia Digital, Valencia",
        lines=["TRANSP:TRANSPARENT"])], method=""),
        True, "Ferrovia Digital", "", "onsite", "", "allday"))

    u = "greenhouse-8812-work-address"
    a(Item("sent-to-work-address", "en", u, cal("-//Greenhouse//Interview Scheduling//EN", [ev(
        u, "DTSTART:20261203T073000Z", "DTEND:20261203T081500Z",
        "Interview with Cumulo Consulting - Cloud Consultant (Associate)",
        "Hi Diego,\n\nConfirming your first-round interview with Cumulo Consulting for Cloud Consultant "
        "(Associate). Interviewer: Bea Salgado, Senior Manager, Cloud Practice.\n\nTeams link to follow from Bea.",
        "Microsoft Teams", lines=[org("recruiting@cumulo-consulting.com", "Cumulo Recruiting"),
                                  att("bea.salgado@cumulo-consulting.com", "Bea Salgado"),
                                  att(MW, "Diego Serrano")])]),
        True, "Cumulo Consulting", "Cloud Consultant (Associate)", "", "bea.salgado@cumulo-consulting.com",
        "work_address"))

    u = "pairing-kubrik-2026@kubrik.systems"
    a(Item("pairing-session", "en", u, cal(GOOGLE, [ev(
        u, d("20261209T160000"), e("20261209T173000"), "Kubrik Systems: pairing session w/ Diego",
        "Second round for the Infrastructure Engineer role. We'll pair on a real (sanitised) on-call ticket from "
        "our queue. Oriol drives the first half, you the second.\n\n" + meet("en", "kkp-rtyh-xwa"),
        "", lines=[org("oriol.puig@kubrik.systems", "Oriol Puig"), att(ME, "Diego Serrano"),
                   att("sala-montjuic@kubrik.systems", "Barcelona-3-Montjuïc (6)", cutype="RESOURCE",
                       role="NON-PARTICIPANT")])], method="REQUEST", head=("X-WR-TIMEZONE:Europe/Madrid",),
        zones=("Europe/Madrid",)),
        True, "Kubrik Systems", "Infrastructure Engineer", "technical", "oriol.puig@kubrik.systems"))

    u = "teams-hm-datavela-551"
    a(Item("teams-hm", "en", u, cal(EXCHANGE, [ev(
        u, d("20261211T130000", "Romance Standard Time"), e("20261211T134500", "Romance Standard Time"),
        "Datavela | Diego Serrano | conversation with hiring manager",
        "Hello Diego,\n\nNext step for the Cloud Operations Analyst vacancy: a conversation with Enric Soler, who "
        "would be your manager. Our coordinator Laia Font sends this invite on his behalf.\n\n"
        + teams("en", "ZGF0YXZl"), "Microsoft Teams Meeting",
        lines=[org("enric.soler@datavela.com", "Enric Soler", sent_by="laia.font@datavela.com"),
               att(ME, "Diego Serrano")])], zones=("Romance Standard Time",)),
        True, "Datavela", "Cloud Operations Analyst", "hiring_manager", "enric.soler@datavela.com"))

    u = "recurring-trial-pilotis@google.com"
    a(Item("recurring-trial-override", "en", u, cal(GOOGLE, [
        ev(u, d("20261214T090000", "Europe/Berlin"), e("20261214T120000", "Europe/Berlin"),
           "Pilotis Cloud - paid trial shift (Diego Serrano)",
           "Part of your interview process for the Junior Platform Engineer role: three mornings shadowing our "
           "on-call rotation (paid). Your buddy is Henrik Olsen.", "Pilotis Cloud, Torstraße 110, Berlin",
           lines=[org("henrik.olsen@pilotis.cloud", "Henrik Olsen"), att(ME, "Diego Serrano"),
                  "RRULE:FREQ=DAILY;COUNT=3"]),
        ev(u, d("20261216T130000", "Europe/Berlin"), e("20261216T160000", "Europe/Berlin"),
           "Pilotis Cloud - paid trial shift (Diego Serrano) - afternoon",
           "Last day moved to the afternoon.", "Pilotis Cloud, Torstraße 110, Berlin", seq=1,
           lines=["RECURRENCE-ID;TZID=Europe/Berlin:20261216T090000", org("henrik.olsen@pilotis.cloud", "Henrik Olsen"),
                  att(ME, "Diego Serrano")])], zones=("Europe/Berlin",)),
        True, "Pilotis Cloud", "Junior Platform Engineer", "", "henrik.olsen@pilotis.cloud", "recurring"))

    u = "direct-cto-runa-0912"
    a(Item("direct-cto", "en", u, cal(APPLE, [ev(
        u, "DTSTART:20261207T180000Z", "DTEND:20261207T183000Z", "Runa Telecom x Diego — final chat with CTO",
        "Final step before an offer decision for Cloud Platform Engineer. Just me, 30 min, video link below.\n"
        "— Sofía Lindqvist, CTO\n\nhttps://whereby.com/runa-cto", "https://whereby.com/runa-cto",
        lines=[org("sofia@runatelecom.com", "Sofía Lindqvist"), att(ME, "Diego Serrano")])]),
        True, "Runa Telecom", "Cloud Platform Engineer", "final", "sofia@runatelecom.com"))

    u = "lever-recruiter-vyne-10"
    a(Item("lever-screen-phone", "en", u, cal("-//Lever//Lever Interview//EN", [ev(
        u, "DTSTART:20261204T143000Z", "DTEND:20261204T150000Z",
        "Phone Screen - Diego Serrano - Associate Cloud Engineer (Remote EU)",
        "Vyne Analytics\n\nInterviewer: Olivia Grant (Technical Recruiter)\nOlivia will call you at the number on "
        "your application.\n\nIf you need to reschedule, reply to the email thread with our team.",
        "Phone call", lines=[org("no-reply@hire.lever.co", "Lever"), att("olivia.grant@vyne.io", "Olivia Grant"),
                             att(ME, "Diego Serrano")])]),
        True, "Vyne Analytics", "Associate Cloud Engineer (Remote EU)", "recruiter_screen", "olivia.grant@vyne.io"))

    u = "ashby-sysdesign-corvid"
    a(Item("ashby-sysdesign", "en", u, cal("-//Ashby//Ashby Scheduling//EN", [ev(
        u, "DTSTART:20261210T100000Z", "DTEND:20261210T110000Z", "Corvid Security - System Design (Diego Serrano)",
        "Interview: System Design\nRole: Site Reliability Engineer, Dublin\nInterviewers: Ciarán Walsh\n\n"
        "We'll design a log pipeline that survives a region outage. No coding.\n\n"
        + zoom("en", "889 3021 4456", "Cv92sd11"),
        "Zoom", lines=[org("recruiting@corvidsec.com", "Corvid Security"), att("ciaran.walsh@corvidsec.com",
                                                                               "Ciarán Walsh"),
                       att("coordinator@corvidsec.com", "Interview Coordinator", role="NON-PARTICIPANT"),
                       att(ME, "Diego Serrano")])]),
        True, "Corvid Security", "Site Reliability Engineer", "technical", "ciaran.walsh@corvidsec.com"))

    u = "gmail-event-takehome-review-mistral"
    a(Item("takehome-review", "en", u, cal(GOOGLE, [ev(
        u, d("20261218T110000"), e("20261218T120000"), "Take-home review — Mistralia Networks",
        "Diego, we'll go through your Ansible/Terraform take-home for the NOC to Cloud Ops Engineer position. "
        "With me (Yasmin) and Tobias from the platform team.\n\n" + meet("en", "ytr-oiwq-pmd") + "\n\n"
        + google_footer("en"),
        "", lines=[org("yasmin.haddad@mistralia.net", "Yasmin Haddad"), att(ME, "Diego Serrano"),
                   att("tobias.kern@mistralia.net", "Tobias Kern")])], zones=("Europe/Madrid",)),
        True, "Mistralia Networks", "NOC to Cloud Ops Engineer", "technical",
        "yasmin.haddad@mistralia.net;tobias.kern@mistralia.net"))
    return out
