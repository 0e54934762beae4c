"""holdout63 events: the user's own interviews from SmartRecruiters, Personio, Teamtailor, softgarden, Workable.

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import ME, TZ_AMS, TZ_BERLIN, TZ_DUBLIN, cal, esc, ev, meet, teams, zoom


def veldmark_smartrecruiters() -> dict:
    uid = "sr-interview-64f0c1a9e2b34d7f8a01-2"
    desc = esc(
        "Dear Aoife Byrne,\n\nWe are pleased to confirm your interview for the position of Test Engineer "
        "(Warehouse Systems) at Veldmark Logistics.\n\nInterview type: Technical interview\n"
        "Interviewers: Daan Mulder, Lead Test Engineer; Ingrid Smits, Software Architect\n"
        "Location: Microsoft Teams (link below)\n\nThe conversation will be held in English.\n\n"
        "Best regards,\nVeldmark Logistics Recruitment\n\n" + teams("en", "318 440 671 952", "pT7wq9"))
    body = f"""{TZ_AMS}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260305T111902Z
DTSTART;TZID=Europe/Amsterdam:20260311T143000
DTEND;TZID=Europe/Amsterdam:20260311T153000
SUMMARY:Technical Interview - Test Engineer (Warehouse Systems) - Veldmark
ORGANIZER;CN=Veldmark Logistics Recruitment:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Daan Mulder;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daan.mulder@veldmark.nl
ATTENDEE;CN=Ingrid Smits;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ingrid.smits@veldmark.nl
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("smartrecruiters", cal("-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN", body), uid, 1,
              "Veldmark Logistics", "Test Engineer (Warehouse Systems)", "technical",
              "daan.mulder@veldmark.nl;ingrid.smits@veldmark.nl", "smartrecruiters-nl-employer-en")


def skyroute_video() -> dict:
    uid = "sr-interview-a7b3d0e4f5c6418e9d22-1"
    desc = esc(
        "Hi Aoife,\n\nThank you for your interest in Skyroute! Please find below the details of your video "
        "interview for the QA Automation Engineer role.\n\nYou will be speaking with Colm Devlin, QA Lead.\n"
        "Please join 2-3 minutes early to check your audio.\n\n" + zoom("en", "935 0021 4478", "Sk9yRtE2a7")
        + "\n\nSkyroute Travel Technology Ltd | Grand Canal Dock | Dublin 2")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260213T152040Z
DTSTART:20260218T110000Z
DTEND:20260218T114500Z
SUMMARY:Video interview with Skyroute
ORGANIZER;CN=Skyroute Talent:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Colm Devlin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:colm.devlin@skyroute.travel
DESCRIPTION:{desc}
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("smartrecruiters", cal("-//SmartRecruiters//SmartRecruiters Interview Scheduler//EN", body), uid, 1,
              "Skyroute", "QA Automation Engineer", "", "colm.devlin@skyroute.travel", "smartrecruiters-video-en")


def kranich_personio() -> dict:
    uid = "personio-interview-2871943-kranich-mobility"
    desc = esc(
        "Hallo Aoife,\n\nvielen Dank für Deine Bewerbung als QA Engineer (m/w/d) bei Kranich Mobility! "
        "Wir freuen uns, Dich in einem ersten Gespräch kennenzulernen.\n\nDein Gesprächspartner: "
        "Mehmet Yılmaz (Talent Acquisition)\nDauer: ca. 30 Minuten\nSprache: Englisch\n\n"
        "Bis bald!\nDein Kranich Mobility Recruiting-Team\n\n" + meet("de", "cvo-jkwe-fhr"))
    body = f"""{TZ_BERLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260224T081122Z
DTSTART;TZID=Europe/Berlin:20260302T110000
DTEND;TZID=Europe/Berlin:20260302T113000
SUMMARY:Erstgespräch: QA Engineer (m/w/d) - Kranich Mobility GmbH
ORGANIZER;CN=Mehmet Yılmaz:mailto:mehmet.yilmaz@kranich-mobility.de
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Mehmet Yılmaz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mehmet.yilmaz@kranich-mobility.de
DESCRIPTION:{desc}
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("personio-de", cal("-//Personio GmbH//Personio Recruiting//DE", body), uid, 1, "Kranich Mobility",
              "QA Engineer (m/w/d)", "recruiter_screen", "mehmet.yilmaz@kranich-mobility.de",
              "personio-erstgespraech-de")


def bramble_personio() -> dict:
    uid = "personio-interview-3019577-bramble"
    desc = esc(
        "Hi Aoife,\n\nGreat to speak last week! As a next step we'd like to invite you to a second interview for "
        "the QA Engineer (Robotics Software) position.\n\nWho you'll meet: Orla Geraghty (CTO) and Filip Novak "
        "(Embedded Software Lead)\nWhere: Bramble Robotics, Unit 4, Galway Technology Park, Parkmore, Galway\n\n"
        "Free parking at the front of the building. Ring the bell at reception.\n\nThe Bramble Robotics team")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260406T134517Z
DTSTART;TZID=Europe/Dublin:20260414T100000
DTEND;TZID=Europe/Dublin:20260414T113000
SUMMARY:Interview | QA Engineer (Robotics Software) | Bramble Robotics
ORGANIZER;CN=Bramble Robotics Hiring:mailto:jobs@bramblerobotics.ie
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Orla Geraghty;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:orla@bramblerobotics.ie
ATTENDEE;CN=Filip Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:filip.novak@bramblerobotics.ie
DESCRIPTION:{desc}
LOCATION:Bramble Robotics\\, Unit 4\\, Galway Technology Park\\, Parkmore\\, Galway
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("personio-en", cal("-//Personio GmbH//Personio Recruiting//EN", body), uid, 1, "Bramble Robotics",
              "QA Engineer (Robotics Software)", "", "orla@bramblerobotics.ie;filip.novak@bramblerobotics.ie",
              "personio-second-interview-en")


def fernhill_teamtailor() -> dict:
    uid = "tt-meeting-9d3e1f07-4b62-4a8c-8e5f-7c2a0b19d6e4"
    desc = esc(
        "Hey Aoife!\n\nYou're booked in for the practical test session for QA Automation Engineer at Fernhill "
        "Games. We'll give you a build of one of our mobile titles and ask you to sketch and start automating a "
        "smoke suite (any tool you like). Your interviewers are Saoirse Lynch (QA Manager) and Marek Zielinski "
        "(Build & Release Engineer).\n\nSee you in the studio - we're on the 3rd floor, above the bike shop.\n\n"
        "Fernhill Games, 14 Camden Row, Dublin 8\n\nSent with Teamtailor")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260320T101055Z
DTSTART;TZID=Europe/Dublin:20260326T140000
DTEND;TZID=Europe/Dublin:20260326T160000
SUMMARY:Fernhill Games - Practical test session (QA Automation Engineer)
ORGANIZER;CN=Fernhill Games:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Saoirse Lynch;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:saoirse@fernhillgames.com
ATTENDEE;CN=Marek Zielinski;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marek@fernhillgames.com
DESCRIPTION:{desc}
LOCATION:Fernhill Games\\, 14 Camden Row\\, Dublin 8
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("teamtailor", cal("-//Teamtailor//Teamtailor Calendar//EN", body), uid, 1, "Fernhill Games",
              "QA Automation Engineer", "technical", "saoirse@fernhillgames.com;marek@fernhillgames.com",
              "teamtailor-practical-en")


def vosveld_teamtailor_nl() -> dict:
    uid = "tt-meeting-1a6c8e2d-53f9-4d17-b0a4-e89f7c3d2b05"
    desc = esc(
        "Hoi Aoife,\n\nLeuk dat je hebt gesolliciteerd op de vacature Test Automation Engineer bij Vosveld "
        "Software! Graag maken we kennis in een kort online gesprek met Anouk de Boer (recruiter). We spreken "
        "Engels als je dat prettiger vindt.\n\nTot dan!\nTeam Vosveld\n\n" + teams("nl", "374 229 801 663", "Vs4kNq"))
    body = f"""{TZ_AMS}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260129T090214Z
DTSTART;TZID=Europe/Amsterdam:20260204T093000
DTEND;TZID=Europe/Amsterdam:20260204T100000
SUMMARY:Kennismakingsgesprek Vosveld Software - Test Automation Engineer
ORGANIZER;CN=Vosveld Software:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Anouk de Boer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anouk.deboer@vosveld.nl
DESCRIPTION:{desc}
LOCATION:Microsoft Teams-vergadering
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("teamtailor-nl", cal("-//Teamtailor//Teamtailor Calendar//NL", body), uid, 1, "Vosveld Software",
              "Test Automation Engineer", "recruiter_screen", "anouk.deboer@vosveld.nl",
              "teamtailor-kennismaking-nl")


def elbwerk_softgarden() -> dict:
    uid = "softgarden-appointment-55821907@softgarden.io"
    desc = esc(
        "Sehr geehrte Frau Byrne,\n\nvielen Dank für Ihr Interesse an der Position Testautomatisierer (w/m/d) "
        "bei der Elbwerk Versicherung AG. Gerne möchten wir Sie zu einem telefonischen Interview einladen. "
        "Frau Anja Petersen aus dem Personalmarketing wird Sie unter der von Ihnen angegebenen Nummer "
        "anrufen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Elbwerk Versicherung\n\n"
        "Diese Einladung wurde über softgarden versendet.")
    body = f"""{TZ_BERLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260302T143301Z
DTSTART;TZID=Europe/Berlin:20260309T150000
DTEND;TZID=Europe/Berlin:20260309T153000
SUMMARY:Telefoninterview Testautomatisierer (w/m/d) - Elbwerk Versicherung AG
ORGANIZER;CN=Elbwerk Versicherung AG:mailto:bewerbung@elbwerk-versicherung.de
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Anja Petersen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anja.petersen@elbwerk-versicherung.de
DESCRIPTION:{desc}
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("softgarden-de", cal("-//softgarden e-recruiting GmbH//softgarden//DE", body), uid, 1,
              "Elbwerk Versicherung", "Testautomatisierer (w/m/d)", "recruiter_screen",
              "anja.petersen@elbwerk-versicherung.de", "softgarden-phone-screen-de")


def copperleaf_workable() -> dict:
    uid = "workable-event-7c41e0b2d9f8@workable.com"
    desc = esc(
        "Hi Aoife,\n\nThis is a confirmation of your phone screen with Copperleaf Analytics for the "
        "Junior SDET role.\n\nCaoimhín Walsh from our People team will call you on +353 86 ••• 4471.\n\n"
        "If this time no longer works please use the link in your email to pick another slot.\n\n"
        "Copperleaf Analytics\nPowered by Workable")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260209T170023Z
DTSTART:20260212T153000Z
DTEND:20260212T160000Z
SUMMARY:Phone screen: Aoife Byrne / Copperleaf Analytics
ORGANIZER;CN=Caoimhín Walsh:mailto:caoimhin.walsh@copperleaf.ie
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Caoimhín Walsh;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:caoimhin.walsh@copperleaf.ie
DESCRIPTION:{desc}
LOCATION:Phone call
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("workable-phone", cal("-//Workable//Workable Calendar//EN", body), uid, 1, "Copperleaf Analytics",
              "Junior SDET", "recruiter_screen", "caoimhin.walsh@copperleaf.ie", "workable-phone-screen-en")


def tessellate_workable() -> dict:
    uid = "workable-event-3e90a5f1c7b2@workable.com"
    desc = esc(
        "Hi Aoife,\n\nLooking forward to our conversation! This is the test-design exercise round for Test "
        "Automation Engineer: we'll share a short spec of our flaky-test detector and ask you to walk us through "
        "how you'd test it. No coding needed.\n\nInterviewers: Jana Hoffmann (QA Lead) and Tobias Brandt "
        "(Senior Backend Engineer).\n\nTessellate GmbH · Köpenicker Str. 154 · 10997 Berlin\n\n"
        + meet("en", "tgs-wqhn-azr", "+49 30 300195061"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260408T082911Z
DTSTART:20260413T120000Z
DTEND:20260413T131500Z
SUMMARY:Interview: Test Automation Engineer — Tessellate (test design exercise)
ORGANIZER;CN=Tessellate Hiring:mailto:hiring@tessellate.dev
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Jana Hoffmann;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jana.hoffmann@tessellate.dev
ATTENDEE;CN=Tobias Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tobias.brandt@tessellate.dev
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/tgs-wqhn-azr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("workable-case", cal("-//Workable//Workable Calendar//EN", body), uid, 1, "Tessellate",
              "Test Automation Engineer", "technical", "jana.hoffmann@tessellate.dev;tobias.brandt@tessellate.dev",
              "workable-test-design-en")


def northbridge_icims() -> dict:
    uid = "icims-sched-0041-887213-northbridge"
    desc = esc(
        "Dear Aoife,\n\nThank you for your continued interest in Northbridge Bank. Your interview with the "
        "hiring manager, Rachel Okonjo (Head of Test, Digital Channels), for the Test Analyst - Digital "
        "Banking (Req ID 2026-4471) vacancy is confirmed.\n\nPlease have your CV to hand. Interviews at "
        "Northbridge are competency-based; the STAR format is a helpful guide.\n\nNorthbridge Bank plc - "
        "Resourcing\n\n" + teams("en", "364 902 115 738", "Nb3fXw"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260422T093000Z
DTSTART:20260430T090000Z
DTEND:20260430T100000Z
SUMMARY:Hiring Manager Interview - Test Analyst - Digital Banking
ORGANIZER;CN=Northbridge Resourcing:mailto:resourcing@northbridge.co.uk
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Rachel Okonjo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rachel.okonjo@northbridge.co.uk
DESCRIPTION:{desc}
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("icims", cal("-//iCIMS//iCIMS Talent Cloud//EN", body), uid, 1, "Northbridge Bank",
              "Test Analyst - Digital Banking", "hiring_manager", "rachel.okonjo@northbridge.co.uk",
              "icims-hiring-manager-en")


def events() -> list[dict]:
    return [veldmark_smartrecruiters(), skyroute_video(), kranich_personio(), bramble_personio(),
            fernhill_teamtailor(), vosveld_teamtailor_nl(), elbwerk_softgarden(), copperleaf_workable(),
            tessellate_workable(), northbridge_icims()]
