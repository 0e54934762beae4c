"""train15: Aoife Brennan's own interviews, English, part one."""

from __future__ import annotations

from train15ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    Ev,
    cal,
    g_att,
    google_footer,
    meet,
    o_att,
    outlook_tail,
    room,
    teams,
    tx,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "wd-halvern-REQ-04417-ph1@myworkday.com"
    out.append(Ev("workday-screen", "en", uid, 1, "Halvern Animal Health", "Territory Manager - Companion Animal",
                  "recruiter_screen", "niamh.crowley@halvern.com", "ats-workday", cal("-//Workday//Calendar//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261002T081455Z",
                      "DTSTART:20261007T093000Z", "DTEND:20261007T100000Z",
                      "ORGANIZER;CN=Halvern Careers:mailto:halvern@myworkday.com",
                      g_att(ME, "Aoife Brennan"), g_att("niamh.crowley@halvern.com", "Niamh Crowley"),
                      tx("SUMMARY", "Phone Screen: Territory Manager - Companion Animal (Munster) - R-04417"),
                      tx("DESCRIPTION", "Dear Aoife,\n\nThank you for applying to Halvern Animal Health. Niamh "
                         "Crowley, Talent Partner, will call you on the mobile number in your candidate profile "
                         "for a 30-minute screening call.\n\nPlease have your current salary expectations and "
                         "notice period to hand.\n\nKind regards,\nHalvern Talent Acquisition"),
                      "LOCATION:Phone call", "STATUS:CONFIRMED", "SEQUENCE:0"]], tzs=())))

    uid = "7k2r0c1v5s9q8e0corribah2026@google.com"
    desc = ("Hi Aoife,\n\nLooking forward to our conversation about the Veterinary Technical Advisor position. "
            "Eoin (Technical Services Manager) and I will run through a couple of clinical scenarios - "
            "parasiticide protocols, a dairy herd vaccination question - so no need to prepare slides.\n\n"
            "Deirdre\n\n" + meet("en", uid) + "\n\n" + google_footer("en", ME))
    out.append(Ev("google-technical", "en", uid, 1, "Corrib Animal Health", "Veterinary Technical Advisor",
                  "technical", "deirdre.ohalloran@corrib-ah.ie;eoin.fahy@corrib-ah.ie", "", cal(GOOGLE, [[
                      "DTSTART:20261013T130000Z", "DTEND:20261013T140000Z", "DTSTAMP:20261008T154102Z",
                      "ORGANIZER;CN=Deirdre O'Halloran:mailto:deirdre.ohalloran@corrib-ah.ie", f"UID:{uid}",
                      g_att("deirdre.ohalloran@corrib-ah.ie", "Deirdre O'Halloran", "ACCEPTED"),
                      g_att("eoin.fahy@corrib-ah.ie", "Eoin Fahy", "ACCEPTED"),
                      g_att(ME, "aoife.brennan@outlook.ie"),
                      "X-GOOGLE-CONFERENCE:https://meet.google.com/", "CREATED:20261008T154101Z",
                      tx("DESCRIPTION", desc), "LAST-MODIFIED:20261008T154102Z", "LOCATION:", "SEQUENCE:0",
                      "STATUS:CONFIRMED",
                      tx("SUMMARY", "Corrib Animal Health | Aoife Brennan - technical interview"),
                      "TRANSP:OPAQUE"]])))

    uid = "icims-gvp-12988-final-b@icims.com"
    out.append(Ev("icims-final-room", "en", uid, 1, "Glenmore Veterinary Pharmaceuticals",
                  "Medical Science Liaison, Companion Animals", "final",
                  "r.mcilroy@gvp-pharma.com;siobhan.keane@gvp-pharma.com", "room-and-coordinator", cal(
                      "-//iCIMS//Interview Scheduling//EN", [[
                          f"UID:{uid}", "DTSTAMP:20261014T110000Z",
                          "DTSTART;TZID=Europe/London:20261021T103000",
                          "DTEND;TZID=Europe/London:20261021T120000",
                          "ORGANIZER;CN=Karen Doak (Recruitment Coordinator):mailto:karen.doak@gvp-pharma.com",
                          g_att(ME, "Aoife Brennan"),
                          g_att("r.mcilroy@gvp-pharma.com", "Ruairi McIlroy"),
                          g_att("siobhan.keane@gvp-pharma.com", "Siobhan Keane"),
                          room("belfast-meeting-lagan@gvp-pharma.com", "BEL - Lagan Room (8)"),
                          tx("SUMMARY", "Final Interview - Medical Science Liaison, Companion Animals - Aoife "
                             "Brennan"),
                          tx("DESCRIPTION", "Final-stage interview at Glenmore Veterinary Pharmaceuticals Ltd, "
                             "Belfast office (Lanyon Quay, 3rd floor). Panel: Dr Ruairi McIlroy, Head of Medical "
                             "Affairs; Siobhan Keane, Medical Lead UK & Ireland. Please prepare a 15-minute "
                             "presentation on a recent advance in canine osteoarthritis management. Karen Doak will "
                             "meet you at reception and is your contact on the day: 028 9099 4410."),
                          tx("LOCATION", "Glenmore Veterinary Pharmaceuticals, Lanyon Quay, Belfast BT1 3LG"),
                          "STATUS:CONFIRMED"]], tzs=("Europe/London",))))

    uid = "c7a1d6e2-4b88-4f0c-9e0b-vireo-hm@calendly.com"
    out.append(Ev("calendly-hm", "en", uid, 1, "Vireo Pet Nutrition", "Nutrition Sales Specialist",
                  "hiring_manager", "tom.hegarty@vireopet.com", "scheduler-calendly", cal(
                      "-//Calendly//EN", [[
                          f"UID:{uid}", "DTSTAMP:20261005T190322Z",
                          "DTSTART:20261009T080000Z", "DTEND:20261009T083000Z",
                          tx("SUMMARY", "Aoife Brennan and Tom Hegarty"),
                          "ORGANIZER;CN=Tom Hegarty:mailto:tom.hegarty@vireopet.com",
                          "ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + ME,
                          "ATTENDEE;CN=Tom Hegarty;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:"
                          "mailto:tom.hegarty@vireopet.com",
                          tx("DESCRIPTION", "Event Name: Hiring manager interview - Nutrition Sales Specialist "
                             "(South of Ireland)\n\nLocation: This is a Google Meet web conference.\n"
                             "https://meet.google.com/vpn-hxqa-tcm\n\nNeed to make changes to this event?\n"
                             "Cancel: https://calendly.com/cancellations/c7a1d6e2\nReschedule: "
                             "https://calendly.com/reschedulings/c7a1d6e2\n\nPowered by Calendly.com"),
                          "LOCATION:https://meet.google.com/vpn-hxqa-tcm"]], method="PUBLISH")))

    uid = "AAMkAGHarbourPaws-bookings-5521@harbourpaws.org.uk"
    out.append(Ev("bookings-screen", "en", uid, 1, "Harbour Paws Trust", "Clinical Operations Coordinator",
                  "recruiter_screen", "lauren.pike@harbourpaws.org.uk", "scheduler-bookings", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Harbour Paws Recruitment:mailto:recruitment@harbourpaws.org.uk",
                      o_att(ME, "Aoife Brennan"), o_att("lauren.pike@harbourpaws.org.uk", "Lauren Pike"),
                      tx("DESCRIPTION;LANGUAGE=en-GB", "Your booking with Harbour Paws Recruitment is confirmed."
                         "\n\nService: Initial screening call - Clinical Operations Coordinator (ref HPT-211)\n"
                         "Staff: Lauren Pike, People & Culture Advisor\n\n" + teams("en", uid) +
                         "\n\nNeed to change your booking? Use the link in your confirmation email."),
                      f"UID:{uid}", tx("SUMMARY;LANGUAGE=en-GB", "Initial screening call - Clinical Operations "
                                       "Coordinator for Aoife Brennan"),
                      "DTSTART;TZID=GMT Standard Time:20261015T140000",
                      "DTEND;TZID=GMT Standard Time:20261015T143000", "DTSTAMP:20261009T101500Z",
                      "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
                      *outlook_tail()]], tzs=("GMT Standard Time",))))

    uid = "recruitee-wagwell-88213-interview@recruitee.com"
    out.append(Ev("recruitee-case", "en", uid, 1, "Wagwell", "Clinical Success Manager", "technical",
                  "jonas.meyer@wagwell.io;priya.shah@wagwell.io", "ats-recruitee", cal(
                      "-//Recruitee//Recruitee Calendar//EN", [[
                          f"UID:{uid}", "DTSTAMP:20261011T120000Z",
                          "DTSTART:20261016T110000Z", "DTEND:20261016T120000Z",
                          tx("SUMMARY", "Case interview | Clinical Success Manager | Wagwell"),
                          "ORGANIZER;CN=Wagwell Hiring Team:mailto:jobs@wagwell.recruitee.com",
                          g_att("jonas.meyer@wagwell.io", "Jonas Meyer"),
                          g_att("priya.shah@wagwell.io", "Priya Shah"),
                          g_att(ME, "Aoife Brennan"),
                          tx("DESCRIPTION", "Hi Aoife, this is the case round for Clinical Success Manager. "
                             "You'll get a short brief 10 minutes before the call: a vet clinic onboarding our "
                             "triage app is seeing low adoption among nursing staff - how would you turn it "
                             "around?\nInterviewers: Jonas Meyer (COO), Priya Shah (Clinical Lead)\n\n"
                             + zoom("en", uid, "Priya Shah")),
                          "LOCATION:Zoom"]])))

    uid = "5r1o0tailwise2nd@google.com"
    out.append(Ev("founder-gmail", "en", uid, 1, "Tailwise", "Head of Clinical Operations", "hiring_manager",
                  "ciara.doyle.tw@gmail.com", "freemail-founder", cal(GOOGLE, [[
                      "DTSTART;TZID=Europe/Dublin:20261020T160000", "DTEND;TZID=Europe/Dublin:20261020T164500",
                      "DTSTAMP:20261017T093011Z", "ORGANIZER;CN=Ciara Doyle:mailto:ciara.doyle.tw@gmail.com",
                      f"UID:{uid}", g_att("ciara.doyle.tw@gmail.com", "Ciara Doyle", "ACCEPTED"),
                      g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Round 2 for the Head of Clinical Operations role at Tailwise - I'd like to "
                         "go deeper "
                         "on how you'd set up our nurse-led telehealth rota. Mark (my co-founder) may drop in "
                         "for the last 10 min.\n\n" + meet("en", uid)),
                      "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Aoife / Tailwise - 2nd chat w/ Ciara"), "TRANSP:OPAQUE"]],
                      tzs=("Europe/Dublin",), head=("X-WR-TIMEZONE:Europe/Dublin",))))

    uid = "040000008200E00074C5B7101A82E00800000000KINSELLA0LAGAN01"
    out.append(Ev("agency-client", "en", uid, 1, "Lagan Bioscience", "Clinical Trial Associate (Animal Health)",
                  "", "mark.devlin@laganbio.co.uk", "agency-names-employer", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Gráinne Kinsella:mailto:grainne@kinsellals.ie",
                      o_att(ME, "aoife.brennan@outlook.ie"),
                      o_att("mark.devlin@laganbio.co.uk", "Devlin, Mark"),
                      tx("DESCRIPTION;LANGUAGE=en-IE", "Hi Aoife,\n\nAs discussed, here's your interview with "
                         "my client Lagan Bioscience for the Clinical Trial Associate (Animal Health) role. Mark "
                         "Devlin is Clinical Operations Manager and will be interviewing you; I won't be on the "
                         "call but ring me straight after!\n\nGráinne Kinsella\nKinsella Life Sciences "
                         "Recruitment | +353 21 490 7731\n\n" + teams("en", uid)),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=en-IE", "Interview: Aoife Brennan / Lagan Bioscience - CTA (Animal "
                         "Health)"),
                      "DTSTART;TZID=GMT Standard Time:20261022T110000",
                      "DTEND;TZID=GMT Standard Time:20261022T120000", "DTSTAMP:20261016T120412Z",
                      "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting",
                      *outlook_tail()]], tzs=("GMT Standard Time",))))

    uid = "B1F0C3A2-77DE-4E0A-9C3B-SENTINEL2ND"
    out.append(Ev("handtyped-apple", "en", uid, 1, "Sentinel Vet Labs", "", "", "", "hand-typed", cal(APPLE, [[
        "CREATED:20261018T201133Z", "DTEND:20261023T120000", "DTSTAMP:20261018T201140Z",
        "DTSTART:20261023T110000", "LAST-MODIFIED:20261018T201140Z", "SEQUENCE:0",
        tx("SUMMARY", "Sentinel int. 2nd round"), "TRANSP:OPAQUE", f"UID:{uid}",
        tx("DESCRIPTION", "w/ lab manager + sales director. bring printed CV + CPD cert. Little Island site, "
           "ask at goods-in"),
        tx("LOCATION", "Sentinel Vet Labs, Little Island, Cork"),
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT1H", "DESCRIPTION:Reminder", "END:VALARM"]], method=None)))

    uid = "040000008200E00074C5B7101A82E00800000000ALBIONKAM22"
    out.append(Ev("outlook-direct", "en", uid, 1, "Albion Animal Health", "Key Account Manager, Equine",
                  "technical", "h.patel@albion-ah.co.uk;j.ashworth@albion-ah.co.uk", "", cal(OUTLOOK, [[
                      "ORGANIZER;CN=\"Patel, Hema\":mailto:h.patel@albion-ah.co.uk",
                      o_att(ME, "Aoife Brennan"), o_att("j.ashworth@albion-ah.co.uk", "Ashworth, James"),
                      o_att("h.patel@albion-ah.co.uk", "Patel, Hema"),
                      tx("DESCRIPTION;LANGUAGE=en-GB", "Aoife,\n\nThank you for your time last week. As promised, "
                         "here is the second interview for the Key Account Manager, Equine role. James Ashworth "
                         "(National Account Director) and I will focus on territory planning and on how you "
                         "would handle a large equine referral hospital account.\n\nBest wishes,\nHema Patel\n"
                         "Albion Animal Health plc\n\n" + teams("en", uid + "x")),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=en-GB", "2nd Interview - KAM Equine - Aoife Brennan"),
                      "DTSTART;TZID=GMT Standard Time:20261027T143000",
                      "DTEND;TZID=GMT Standard Time:20261027T153000", "DTSTAMP:20261021T090000Z",
                      "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting", *outlook_tail()]],
                      tzs=("GMT Standard Time",))))

    uid = "petrosa-ac-2026-11-05-abrennan"
    out.append(Ev("allday-assessment", "en", uid, 1, "Petrosa Foods", "Territory Sales Executive (Pet Nutrition)",
                  "onsite", "", "all-day", cal(GOOGLE, [[
                      "DTSTART;VALUE=DATE:20261105", "DTEND;VALUE=DATE:20261106", "DTSTAMP:20261020T100000Z",
                      "ORGANIZER;CN=Petrosa Foods Talent:mailto:talent@petrosa.ie", f"UID:{uid}",
                      g_att(ME, "Aoife Brennan"),
                      tx("SUMMARY", "Petrosa Foods - Assessment Day (Territory Sales Executive, Pet Nutrition)"),
                      tx("DESCRIPTION", "Congratulations on reaching the assessment stage!\n\nArrive 08:45 at "
                         "Petrosa Foods Ltd, Mitchelstown. The day includes a group exercise, a role-play sales "
                         "call with a 'vet practice owner', a site tour and a panel interview with the "
                         "Regional Sales Manager. Lunch is provided.\n\nQuestions? talent@petrosa.ie"),
                      tx("LOCATION", "Petrosa Foods Ltd, Mitchelstown, Co. Cork"), "TRANSP:TRANSPARENT",
                      "STATUS:CONFIRMED"]])))

    uid = "0mal2026techrnd@google.com"
    out.append(Ev("google-title-only", "en", uid, 1, "Munster Agri Labs", "", "technical",
                  "pat.kiely@mal.ie", "abbrev-domain", cal(GOOGLE, [[
                      "DTSTART:20261028T100000Z", "DTEND:20261028T104500Z", "DTSTAMP:20261024T083300Z",
                      "ORGANIZER;CN=Pat Kiely:mailto:pat.kiely@mal.ie", f"UID:{uid}",
                      g_att(ME, "Aoife Brennan"), g_att("pat.kiely@mal.ie", "Pat Kiely", "ACCEPTED"),
                      tx("DESCRIPTION", meet("en", uid) + "\n\n" + google_footer("en", ME)), "SEQUENCE:0",
                      tx("SUMMARY", "Aoife Brennan <> Munster Agri Labs - technical interview"),
                      "STATUS:CONFIRMED", "TRANSP:OPAQUE"]])))

    uid = "gh-vetsy-4471203@greenhouse.io"
    out.append(Ev("greenhouse-cancelled", "en", uid, 1, "Vetsy", "Clinical Content Lead", "recruiter_screen",
                  "maeve.lynch@getvetsy.com", "cancelled", cal("-//Greenhouse//Greenhouse Calendar//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261026T131500Z", "SEQUENCE:1", "STATUS:CANCELLED",
                      "DTSTART:20261029T120000Z", "DTEND:20261029T123000Z",
                      "ORGANIZER;CN=Vetsy Recruiting:mailto:no-reply@greenhouse.io",
                      g_att(ME, "Aoife Brennan"), g_att("maeve.lynch@getvetsy.com", "Maeve Lynch"),
                      tx("SUMMARY", "Cancelled: Recruiter Screen - Aoife Brennan - Clinical Content Lead"),
                      tx("DESCRIPTION", "This interview has been cancelled. Maeve Lynch from the Vetsy talent "
                         "team will be in touch to find a new time.")]], method="CANCEL")))

    uid = "040000008200E00074C5B7101A82E00800000000NORDVETLCL"
    out.append(Ev("outlook-rescheduled", "en", uid, 1, "Nordvet Diagnostics", "Laboratory Client Liaison",
                  "hiring_manager", "sorcha.nagle@nordvet.ie", "rescheduled", cal(OUTLOOK, [[
                      "ORGANIZER;CN=Sorcha Nagle:mailto:sorcha.nagle@nordvet.ie",
                      o_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION;LANGUAGE=en-IE", "Hi Aoife - apologies, I had to move this by a day. Same "
                         "format: a chat with me about the Laboratory Client Liaison role and how you deal with "
                         "practices chasing results.\n\nSorcha Nagle, Lab Operations Manager\nNordvet "
                         "Diagnostics Ireland Ltd\n\n" + teams("en", uid)),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=en-IE", "Updated: Interview - Laboratory Client Liaison (Aoife "
                         "Brennan)"),
                      "DTSTART;TZID=GMT Standard Time:20261104T093000",
                      "DTEND;TZID=GMT Standard Time:20261104T101500", "DTSTAMP:20261030T162000Z",
                      "SEQUENCE:2", "LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting", *outlook_tail()]],
                      tzs=("GMT Standard Time",))))

    uid = "zm-8841-shannonside-hm@zoom.us"
    out.append(Ev("zoom-hm", "en", uid, 1, "Shannonside Nutrition", "Field Sales Representative",
                  "hiring_manager", "declan.moloney@ssn-petfood.com", "", cal("-//zoom.us//iCalendar Event//EN", [[
                      f"UID:{uid}", "DTSTAMP:20261023T080000Z", "DTSTART:20261030T140000Z",
                      "DTEND:20261030T144500Z",
                      tx("SUMMARY", "Aoife Brennan - Hiring Manager Interview - Field Sales Rep"),
                      "ORGANIZER;CN=Declan Moloney:mailto:declan.moloney@ssn-petfood.com",
                      tx("DESCRIPTION", zoom("en", uid, "Declan Moloney") + "\n\nShannonside Nutrition - "
                         "premium pet food made in Limerick"),
                      "LOCATION:https://us02web.zoom.us/j/88410022311", "BEGIN:VALARM", "TRIGGER:-PT10M",
                      "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM"]], method="PUBLISH")))

    uid = "2p9carrowscreen@google.com"
    out.append(Ev("phone-screen", "en", uid, 1, "Carrow Pharma", "Medical Information Associate",
                  "recruiter_screen", "lisa.beckett@carrowpharma.com", "division-named", cal(GOOGLE, [[
                      "DTSTART:20261103T091500Z", "DTEND:20261103T094500Z", "DTSTAMP:20261029T114500Z",
                      "ORGANIZER;CN=Lisa Beckett:mailto:lisa.beckett@carrowpharma.com", f"UID:{uid}",
                      g_att("lisa.beckett@carrowpharma.com", "Lisa Beckett", "ACCEPTED"),
                      g_att(ME, "Aoife Brennan"),
                      tx("DESCRIPTION", "Quick phone screen for the Medical Information Associate vacancy in our "
                         "Animal Health division (Dublin, hybrid). I'll call you on 087 *** 4412.\n\nLisa Beckett"
                         "\nTalent Acquisition, Carrow Pharma"),
                      "LOCATION:Phone", "SEQUENCE:0", "STATUS:CONFIRMED",
                      tx("SUMMARY", "Phone screen - Aoife Brennan (Medical Information Associate)"),
                      "TRANSP:OPAQUE"]])))

    uid = "ridgeline-final-0912@ridgelinebio.com"
    out.append(Ev("final-rooms", "en", uid, 1, "Ridgeline Vaccines", "Clinical Operations Manager", "final",
                  "a.burke@ridgelinebio.com;f.nwosu@ridgelinebio.com;c.oreilly@ridgelinebio.com", "room-resource",
                  cal(OUTLOOK, [[
                      "ORGANIZER;CN=Talent Team Ridgeline:mailto:talent@ridgelinebio.com",
                      o_att(ME, "Aoife Brennan"), o_att("a.burke@ridgelinebio.com", "Aisling Burke"),
                      o_att("f.nwosu@ridgelinebio.com", "Femi Nwosu"),
                      o_att("c.oreilly@ridgelinebio.com", "Colm O'Reilly", role="OPT-PARTICIPANT"),
                      room("dub-sandymount-3@ridgelinebio.com", "DUB-Sandymount Boardroom 3"),
                      room("av-trolley-2@ridgelinebio.com", "AV Trolley 2", "RESOURCE"),
                      tx("DESCRIPTION;LANGUAGE=en-IE", "Final interview for Clinical Operations Manager "
                         "(Ridgeline Vaccines, a Ridgeline Bio company).\n\n10:00 Aisling Burke - VP Clinical "
                         "Development\n10:45 Femi Nwosu - QA Director\n11:30 Colm O'Reilly - Head of People "
                         "(optional wrap-up)\n\nAddress: Ridgeline House, Sandymount, Dublin 4. Sign in at "
                         "security with photo ID."),
                      f"UID:{uid}",
                      tx("SUMMARY;LANGUAGE=en-IE", "Final interview - Aoife Brennan - Clinical Operations Manager"),
                      "DTSTART;TZID=GMT Standard Time:20261112T100000",
                      "DTEND;TZID=GMT Standard Time:20261112T120000", "DTSTAMP:20261105T100000Z",
                      tx("LOCATION;LANGUAGE=en-IE", "DUB-Sandymount Boardroom 3; Ridgeline House, Dublin 4"),
                      *outlook_tail("BUSY")]], tzs=("GMT Standard Time",))))

    uid = "kestrel-ridealong-2026@kestrel-ah.ie"
    base = [
        "ORGANIZER;CN=Barry Quinlan:mailto:barry.quinlan@kestrel-ah.ie",
        g_att("barry.quinlan@kestrel-ah.ie", "Barry Quinlan", "ACCEPTED"), g_att(ME, "Aoife Brennan", "ACCEPTED"),
    ]
    out.append(Ev("recurring-ridealong", "en", uid, 1, "Kestrel Animal Health", "Territory Manager, Large Animal",
                  "onsite", "barry.quinlan@kestrel-ah.ie", "recurring-override", cal(GOOGLE, [
                      [f"UID:{uid}", "DTSTAMP:20261101T120000Z",
                       "DTSTART;TZID=Europe/Dublin:20261116T080000", "DTEND;TZID=Europe/Dublin:20261116T170000",
                       "RRULE:FREQ=DAILY;COUNT=2", *base,
                       tx("SUMMARY", "Kestrel Animal Health - 2nd stage field days (Territory Manager, Large "
                          "Animal)"),
                       tx("DESCRIPTION", "Part of the selection process: two field days with me visiting farm "
                          "and mixed practices in North Cork. Wear boots, we'll be in yards. I'll assess how you "
                          "approach practice conversations.\nBarry Quinlan, Regional Sales Manager"),
                       tx("LOCATION", "Meet at Applegreen Mallow"), "SEQUENCE:0", "STATUS:CONFIRMED"],
                      [f"UID:{uid}", "DTSTAMP:20261110T090000Z", "RECURRENCE-ID;TZID=Europe/Dublin:20261117T080000",
                       "DTSTART;TZID=Europe/Dublin:20261119T083000", "DTEND;TZID=Europe/Dublin:20261119T163000",
                       *base,
                       tx("SUMMARY", "Kestrel Animal Health - 2nd stage field days (Territory Manager, Large "
                          "Animal)"),
                       tx("LOCATION", "Meet at Kestrel depot, Fermoy"), "SEQUENCE:1", "STATUS:CONFIRMED"],
                  ], tzs=("Europe/Dublin",))))

    uid = "4E1D2A90-PAWPRINT-ORLA@ios"
    out.append(Ev("handtyped-call", "en", uid, 1, "Pawprint Rx", "MSL", "", "",
                  "hand-typed", cal(IOS, [[
                      f"UID:{uid}", "DTSTAMP:20261102T211500Z", "DTSTART;TZID=Europe/Dublin:20261106T123000",
                      "DTEND;TZID=Europe/Dublin:20261106T131500", "CREATED:20261102T211500Z",
                      tx("SUMMARY", "Call Orla @ Pawprint Rx re MSL role - 1st interview"),
                      tx("DESCRIPTION", "she rings me. have notes on NSAID pharmacovig + the Bristol case ready"),
                      "SEQUENCE:0"]], method=None, tzs=("Europe/Dublin",))))

    return out
