"""train15: Aoife Brennan's own interviews, English, part two."""

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
    webex,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "040000008200E00074C5B7101A82E00800000000AOIFEOWNIEWS"
    out.append(Ev("self-made-outlook", "en", uid, 1, "Irish Equine Welfare Society", "Clinical Programmes Officer",
                  "", "", "self-organised", cal(OUTLOOK16, [[
                      "CLASS:PUBLIC", "CREATED:20261025T193000Z",
                      tx("DESCRIPTION", "Interview for Clinical Programmes Officer. Panel of 3 (CEO, vet "
                         "director, board member). They said 40 mins + 10 min presentation on rehoming welfare "
                         "checks.\nParking at the back of the yard."),
                      "DTEND;TZID=GMT Standard Time:20261110T113000", "DTSTAMP:20261025T193000Z",
                      "DTSTART;TZID=GMT Standard Time:20261110T104500", "LAST-MODIFIED:20261025T193000Z",
                      tx("LOCATION", "IEWS, Kilcock Road, Maynooth"), "PRIORITY:5", "SEQUENCE:0",
                      tx("SUMMARY;LANGUAGE=en-ie", "IEWS interview"), "TRANSP:OPAQUE", f"UID:{uid}",
                      "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]],
                      method="PUBLISH", tzs=("GMT Standard Time",))))

    uid = "borealbio-panel-77120@webex.com"
    out.append(Ev("webex-panel", "en", uid, 1, "Boreal Biologics",
                  "Regulatory & Pharmacovigilance Associate (Veterinary)", "technical",
                  "t.okafor@borealbio.com;g.lindsay@borealbio.com", "", cal("-//Cisco//Webex//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261026T100000Z",
                      "DTSTART;TZID=Europe/London:20261102T150000", "DTEND;TZID=Europe/London:20261102T160000",
                      "ORGANIZER;CN=Tunde Okafor:mailto:t.okafor@borealbio.com",
                      g_att(ME, "Aoife Brennan"), g_att("g.lindsay@borealbio.com", "Gemma Lindsay"),
                      g_att("t.okafor@borealbio.com", "Tunde Okafor", "ACCEPTED"),
                      tx("SUMMARY", "Panel Interview: Regulatory & Pharmacovigilance Associate (Veterinary) - A. "
                         "Brennan"),
                      tx("DESCRIPTION", "Panel: Tunde Okafor (PV Manager), Gemma Lindsay (Regulatory Affairs "
                         "Lead). We will ask you to assess a short adverse-event report.\n\n"
                         + webex("en", uid, "borealbio")),
                      "LOCATION:Webex", "STATUS:CONFIRMED"]], tzs=("Europe/London",))))

    uid = "gh-fetchly-99120441@greenhouse.io"
    out.append(Ev("greenhouse-hm", "en", uid, 1, "Fetchly", "Veterinary Partnerships Manager", "hiring_manager",
                  "rosa.delgado@fetchly.co", "ats-greenhouse", cal(GOOGLE, [[
                      "DTSTART:20261104T160000Z", "DTEND:20261104T164500Z", "DTSTAMP:20261030T140000Z",
                      "ORGANIZER;CN=interviews@fetchly.co:mailto:interviews@fetchly.co", f"UID:{uid}",
                      g_att(ME, "aoife.brennan@outlook.ie"), g_att("rosa.delgado@fetchly.co", "Rosa Delgado"),
                      tx("DESCRIPTION", "Hi Aoife,\n\nYou're confirmed for your Hiring Manager Interview with "
                         "Rosa Delgado (Director of Partnerships) for the Veterinary Partnerships Manager "
                         "position at Fetchly.\n\nInterview details and prep: https://app.greenhouse.io/"
                         "interview_prep/7710\n\nScheduled via Greenhouse by the Fetchly Recruiting team.\n\n"
                         + meet("en", uid)),
                      "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Aoife Brennan // Fetchly - Hiring Manager Interview"), "TRANSP:OPAQUE"]])))

    uid = "9d0aa1f3halvernfinal@halvern.com"
    out.append(Ev("outlook-final-vp", "en", uid, 1, "Halvern Animal Health", "Territory Manager - Companion Animal",
                  "final", "grace.mullins@halvern.com", "second-event-same-company", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Niamh Crowley:mailto:niamh.crowley@halvern.com",
                      o_att(ME, "Aoife Brennan"), o_att("grace.mullins@halvern.com", "Grace Mullins"),
                      tx("DESCRIPTION;LANGUAGE=en-IE", "Hi Aoife,\n\nGreat news - you're through to the final "
                         "stage. Grace Mullins, Head of Sales UK & Ireland, will meet you in person. I'm only "
                         "sending the invite and won't be joining.\n\nHalvern Animal Health, Block 4, Cork "
                         "Airport Business Park.\n\nNiamh"),
                      f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-IE", "Final interview - Halvern - Aoife Brennan"),
                      "DTSTART;TZID=GMT Standard Time:20261118T100000",
                      "DTEND;TZID=GMT Standard Time:20261118T110000", "DTSTAMP:20261111T083000Z",
                      tx("LOCATION;LANGUAGE=en-IE", "Block 4, Cork Airport Business Park"), *outlook_tail()]],
                      tzs=("GMT Standard Time",))))

    uid = "3kvireocoffee2@google.com"
    out.append(Ev("coffee-is-round", "en", uid, 1, "Vireo Pet Nutrition", "Nutrition Sales Specialist", "",
                  "siobhan.ward@vireopet.com", "coffee-but-stage", cal(GOOGLE, [[
                      "DTSTART;TZID=Europe/Dublin:20261019T083000", "DTEND;TZID=Europe/Dublin:20261019T091500",
                      "DTSTAMP:20261013T170000Z", "ORGANIZER;CN=Siobhán Ward:mailto:siobhan.ward@vireopet.com",
                      f"UID:{uid}", g_att("siobhan.ward@vireopet.com", "Siobhán Ward", "ACCEPTED"),
                      g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Tom mentioned you'd be in Cork city that morning - let's do the next "
                         "step of the process over a coffee rather than another video call. It's an informal "
                         "second-stage interview for the Nutrition Sales Specialist role; I run the Munster "
                         "team. Siobhán"),
                      tx("LOCATION", "Cork Coffee Roasters, Bridge St"), "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Coffee with Siobhán (Vireo) - next step"), "TRANSP:OPAQUE"]],
                      tzs=("Europe/Dublin",))))

    uid = "UVDX-INT-3381-abrennan"
    out.append(Ev("onsite-address", "en", uid, 1, "Ulster Veterinary Diagnostics", "Laboratory Liaison Officer",
                  "onsite", "k.gillespie@uvdx.co.uk;n.ferris@uvdx.co.uk", "abbrev-domain", cal(OUTLOOK16, [[
                      "ORGANIZER;CN=Kerry Gillespie:mailto:k.gillespie@uvdx.co.uk",
                      o_att(ME, "aoife.brennan@outlook.ie"), o_att("n.ferris@uvdx.co.uk", "Niall Ferris"),
                      o_att("k.gillespie@uvdx.co.uk", "Kerry Gillespie"),
                      tx("DESCRIPTION", "Dear Aoife\n\nPlease find the details of your interview for the post of "
                         "Laboratory Liaison Officer at Ulster Veterinary Diagnostics, 14 Boucher Crescent, "
                         "Belfast BT12 6HU. The panel will be Kerry Gillespie (Lab Director) and Niall Ferris "
                         "(Client Services). Interview followed by a 20-minute tour of the lab.\n\nKind regards"
                         "\nKerry"),
                      f"UID:{uid}", tx("SUMMARY", "Interview: Laboratory Liaison Officer"),
                      "DTSTART;TZID=GMT Standard Time:20261124T140000",
                      "DTEND;TZID=GMT Standard Time:20261124T153000", "DTSTAMP:20261112T091000Z",
                      tx("LOCATION", "UVDx, 14 Boucher Crescent, Belfast"), *outlook_tail()]],
                      tzs=("GMT Standard Time",))))

    uid = "tavistock-msl-pres-1125@tavistock-ah.com"
    out.append(Ev("presentation-round", "en", uid, 1, "Tavistock Animal Health",
                  "MSL Animal Health", "technical",
                  "r.blackwood@tavistock-ah.com;e.cho@tavistock-ah.com", "", cal(GOOGLE, [[
                      "DTSTART:20261125T130000Z", "DTEND:20261125T141500Z", "DTSTAMP:20261118T101000Z",
                      "ORGANIZER;CN=Rachel Blackwood:mailto:r.blackwood@tavistock-ah.com", f"UID:{uid}",
                      g_att("r.blackwood@tavistock-ah.com", "Rachel Blackwood", "ACCEPTED"),
                      g_att("e.cho@tavistock-ah.com", "Eun-ji Cho"), g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Presentation interview: 20 min on 'Communicating a new feline "
                         "renal therapy to first-opinion practices', then Q&A with Rachel (Medical Director "
                         "Europe) and Eun-ji (Senior MSL).\n\n" + zoom("en", uid, "Rachel Blackwood", "zoom")),
                      "LOCATION:Zoom", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Presentation interview - MSL Animal Health - Aoife Brennan")]])))

    uid = "AAMkADAvonmoreBookings778@avonmorevs.ie"
    out.append(Ev("bookings-phone", "en", uid, 1, "Avonmore Vet Supplies", "Sales Representative - Cork/Kerry",
                  "recruiter_screen", "hr@avonmorevs.ie", "scheduler-bookings", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Avonmore Careers:mailto:careers-bookings@avonmorevs.ie",
                      o_att(ME, "Aoife Brennan"), o_att("hr@avonmorevs.ie", "Avonmore HR (Eileen)"),
                      tx("DESCRIPTION;LANGUAGE=en-IE", "Booking confirmed\n\nService: Phone interview - "
                         "Sales Representative Cork/Kerry\nWith: Avonmore HR (Eileen)\nWe will call you on the "
                         "number you gave when booking.\n\nAvonmore Vet Supplies Ltd"),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=en-IE", "Phone interview - Sales Representative Cork/Kerry"),
                      "DTSTART;TZID=GMT Standard Time:20261120T121500",
                      "DTEND;TZID=GMT Standard Time:20261120T124500", "DTSTAMP:20261113T150000Z",
                      "LOCATION;LANGUAGE=en-IE:Telephone", *outlook_tail()]])))

    uid = "040000008200E00074C5B7101A82E00800000000NCRTRIALS5"
    out.append(Ev("teams-cro", "en", uid, 1, "Norbury Clinical Research", "Clinical Research Associate "
                  "(Veterinary Studies)", "technical", "m.fitzgerald@ncr-trials.com;o.brady@ncr-trials.com",
                  "abbrev-domain", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Fitzgerald, Mairead:mailto:m.fitzgerald@ncr-trials.com",
                      o_att(ME, "Aoife Brennan"), o_att("o.brady@ncr-trials.com", "Brady, Oisin"),
                      tx("DESCRIPTION;LANGUAGE=en-IE", "Interview for Clinical Research Associate (Veterinary "
                         "Studies) - competency and GCP-V questions.\nInterviewers: Mairead Fitzgerald (Clinical "
                         "Project Lead), Oisin Brady (Senior CRA)\n\n" + teams("en", uid)),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=en-IE", "Interview for Clinical Research Associate (Veterinary Studies)"),
                      "DTSTART;TZID=GMT Standard Time:20261126T100000",
                      "DTEND;TZID=GMT Standard Time:20261126T110000", "DTSTAMP:20261119T160000Z",
                      "LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting", *outlook_tail()]],
                      tzs=("GMT Standard Time",))))

    uid = "rushbrook-int-1201@rushbrookpetfood.com"
    out.append(Ev("sent-to-work-address", "en", uid, 1, "Rushbrook Pet Food", "Veterinary Affairs Manager",
                  "recruiter_screen", "ellen.curtin@rushbrookpetfood.com", "invite-to-work-address", cal(GOOGLE, [[
                      "DTSTART:20261201T123000Z", "DTEND:20261201T130000Z", "DTSTAMP:20261124T100000Z",
                      "ORGANIZER;CN=Ellen Curtin:mailto:ellen.curtin@rushbrookpetfood.com", f"UID:{uid}",
                      g_att("ellen.curtin@rushbrookpetfood.com", "Ellen Curtin", "ACCEPTED"),
                      g_att(WORK, "abrennan@riverside-vets.ie"),
                      tx("DESCRIPTION", "Hi Aoife, sending to the address on your CV as requested. This is the "
                         "first-round call for Veterinary Affairs Manager at Rushbrook Pet Food - about 30 minutes, "
                         "mostly about your background and why you're moving from practice.\nEllen Curtin, "
                         "Recruitment Lead\n\n" + meet("en", uid)),
                      "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Rushbrook Pet Food: intro interview with Aoife Brennan"), "TRANSP:OPAQUE"]])))

    uid = "C0FFEE11-ZENVET-4411"
    out.append(Ev("handtyped-address", "en", uid, 1, "Zenvet", "", "", "", "hand-typed", cal(IOS, [[
        f"UID:{uid}", "DTSTAMP:20261120T071500Z", "DTSTART:20261127T140000", "DTEND:20261127T150000",
        tx("SUMMARY", "Interview - Zenvet (Dublin) 14:00"),
        tx("LOCATION", "Grand Canal Dock, ask for Emer at reception"),
        tx("DESCRIPTION", "train 10:25 from Kent. clinical ops role. Emer + CTO"), "SEQUENCE:0"]], method=None)))

    uid = "moorland2ndround@proton.me"
    out.append(Ev("proton-founder", "en", uid, 1, "Moorland Pet Health", "Clinical Operations Lead", "technical",
                  "finn@moorlandpet.health", "founder-freemail-org-work", cal("-//Proton AG//ProtonCalendar 1.0//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261115T120000Z", "DTSTART:20261121T103000Z",
                      "DTEND:20261121T113000Z",
                      "ORGANIZER;CN=Finn Maguire:mailto:finn.maguire@proton.me",
                      "ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
                      "ATTENDEE;CN=Finn (work);ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:finn@moorlandpet.health",
                      tx("SUMMARY", "Aoife <> Moorland Pet Health, round 2 (case)"),
                      tx("DESCRIPTION", "Case exercise for the Clinical Operations Lead role: we'll look at a "
                         "mock clinic SOP together. 1 hour. - Finn, co-founder"),
                      "LOCATION:https://meet.jit.si/moorland-aoife-r2"]])))

    uid = "icims-avaris-3390-screen@icims.com"
    out.append(Ev("icims-screen", "en", uid, 1, "Avaris Animal Health", "Inside Sales Specialist", "recruiter_screen",
                  "b.oconnell@avaris.com", "coordinator-excluded", cal("-//iCIMS//Interview Scheduling//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261105T120000Z",
                      "DTSTART:20261109T090000Z", "DTEND:20261109T093000Z",
                      "ORGANIZER;CN=Avaris Recruiting:mailto:avaris-recruiting@talent.icims.com",
                      g_att(ME, "Aoife Brennan"),
                      g_att("b.oconnell@avaris.com", "Brian O'Connell"),
                      g_att("scheduling@avaris.com", "Avaris Interview Scheduling", role="OPT-PARTICIPANT"),
                      tx("SUMMARY", "Avaris Animal Health: Recruiter Screen - Inside Sales Specialist (Req 3390)"),
                      tx("DESCRIPTION", "Recruiter: Brian O'Connell. Scheduling questions: scheduling@avaris.com "
                         "(our coordinator will not join the call).\n\n" + teams("en", uid)),
                      "LOCATION:Microsoft Teams"]])))

    uid = "cci-int-0912@caninecare.ie"
    out.append(Ev("charity-hm", "en", uid, 1, "Canine Care Ireland", "Veterinary Programmes Manager",
                  "hiring_manager", "dr.aine.walsh@caninecare.ie", "", cal(APPLE, [[
                      "CREATED:20261108T140000Z", "DTSTAMP:20261108T140000Z", f"UID:{uid}",
                      "DTSTART;TZID=Europe/Dublin:20261113T113000", "DTEND;TZID=Europe/Dublin:20261113T123000",
                      "ORGANIZER;CN=Áine Walsh:mailto:dr.aine.walsh@caninecare.ie",
                      "ATTENDEE;CN=Aoife Brennan;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME,
                      "ATTENDEE;CN=Áine Walsh;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:dr.aine.walsh@caninecare.ie",
                      tx("SUMMARY", "Canine Care Ireland - interview with Veterinary Director"),
                      tx("DESCRIPTION", "Interview for Veterinary Programmes Manager. Meeting at our rehoming "
                         "centre in Cork - Áine Walsh, Veterinary Director (hiring manager)."),
                      tx("LOCATION", "Canine Care Ireland Rehoming Centre\nKilbarry, Cork"),
                      "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Canine Care Ireland:geo:51.917,-8.468",
                      "SEQUENCE:0"]], tzs=("Europe/Dublin",))))

    uid = "gh-pettelligence-vo-55102@greenhouse.io"
    out.append(Ev("greenhouse-virtual-onsite", "en", uid, 1, "Pettelligence", "Clinical Operations Manager",
                  "onsite", "sam.reid@pettelligence.com;leah.cohen@pettelligence.com;tariq.aziz@pettelligence.com",
                  "coordinator-excluded", cal(GOOGLE, [[
                      "DTSTART:20261202T100000Z", "DTEND:20261202T123000Z", "DTSTAMP:20261126T101000Z",
                      "ORGANIZER;CN=Hannah Price:mailto:hannah.price@pettelligence.com", f"UID:{uid}",
                      g_att("hannah.price@pettelligence.com", "Hannah Price", "ACCEPTED", "OPT-PARTICIPANT"),
                      g_att("sam.reid@pettelligence.com", "Sam Reid"),
                      g_att("leah.cohen@pettelligence.com", "Leah Cohen"),
                      g_att("tariq.aziz@pettelligence.com", "Tariq Aziz"), g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Virtual onsite - Clinical Operations Manager, Pettelligence (London)\n\n"
                         "10:00-10:45 Sam Reid, VP Operations\n10:45-11:30 Leah Cohen, Head of Veterinary\n"
                         "11:45-12:30 Tariq Aziz, Data & Insights\n\nHannah Price (Recruiting Coordinator) is "
                         "your point of contact and will not join the interviews.\n\n" + meet("en", uid) + "\n\n"
                         + google_footer("en", ME)),
                      "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Virtual onsite: Aoife Brennan - Clinical Operations Manager"),
                      "TRANSP:OPAQUE"]])))

    return out
