"""holdout97: the user's own interviews, part A (ATS, schedulers, Outlook). Blind author, CC0 1.0."""

from __future__ import annotations

from holdout97ev_ics import USER_FREE, USER_WORK, att, cal, event, fl, meet, org, rec, teams, u, z, zoom

OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EXCH = "Microsoft Exchange Server 2010"
W_EU = "W. Europe Standard Time"
UTC1 = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
ROM = "Romance Standard Time"


def build() -> list[dict]:
    out: list[dict] = []

    # 1 Greenhouse recruiter screen, Zoom
    uid = "gh-7741902-0039@greenhouse.io"
    s, e = u("20250311", "1300-1330")
    d = ("Hi Matthias,\n\nThanks for applying to Juravita Therapeutics! This is your initial conversation with "
         "Lena Brunner from our Talent team about the Senior Scientist, Medicinal Chemistry role in Allschwil.\n\n"
         + zoom("84120937751", "491027") + "\n\nIf you need to reschedule, please reply to this email.\n\n"
         "Scheduled by Juravita Recruiting via Greenhouse")
    ev = event(uid, "Juravita Therapeutics - Matthias Keller - Recruiter Screen", s, e, desc=d,
               loc="https://zoom.us/j/84120937751", organizer=org("recruiting@juravita.com", "Juravita Recruiting"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("lena.brunner@juravita.com", "Lena Brunner")])
    out.append(rec("greenhouse-en", cal([ev], "-//Greenhouse Software//Greenhouse//EN"), uid, 1,
                   "Juravita Therapeutics", "Senior Scientist, Medicinal Chemistry", "recruiter_screen",
                   "lena.brunner@juravita.com", "greenhouse-screen-en"))

    # 2 Workday via Outlook, German technical interview, Windows zone, "Last, First"
    uid = "040000008200E00074C5B7101A82E00800000000A0C3E8F2B38CDB01000000000000000010000000D1E2AF0B77C3A44FB2A1"
    s, e = z("20250318", "0930-1100", W_EU)
    d = ("Sehr geehrter Herr Keller,\n\nwie telefonisch besprochen laden wir Sie herzlich zum Fachgespräch für die "
         "Position Laborleiter/in Formulierungschemie (m/w/d), Req. R-004512, ein. Im Gespräch sind Herr Dr. Jens "
         "Hoffmann (Leiter Formulierung) und Frau Dr. Katrin Oberle (Analytik).\n\nBitte bereiten Sie eine kurze "
         "Präsentation (15 Min.) zu einem Formulierungsprojekt vor.\n\n" + teams("37218846102", "hX7pQ2", "de")
         + "\n\nMit freundlichen Grüssen\nTalent Acquisition Agrosana Crop Science GmbH")
    ev = event(uid, "Fachgespräch Laborleiter/in Formulierungschemie – Keller", s, e, desc=d,
               loc="Microsoft Teams-Besprechung",
               organizer=org("talent.acquisition@agrosana.de", "Talent Acquisition"),
               attendees=[att(USER_FREE, "matthias.keller.chem@gmx.ch"),
                          att("jens.hoffmann@agrosana.de", "Hoffmann, Jens"),
                          att("katrin.oberle@agrosana.de", "Oberle, Katrin")],
               extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                      "CLASS:PUBLIC", "PRIORITY:5"))
    out.append(rec("workday-outlook-de", cal([ev], OUTLOOK, tzs=(W_EU,)), uid, 1, "Agrosana Crop Science",
                   "Laborleiter/in Formulierungschemie (m/w/d)", "technical",
                   "jens.hoffmann@agrosana.de;katrin.oberle@agrosana.de", "workday-windows-tz-de"))

    # 3 Outlook onsite job talk, (UTC+01:00) zone, X-ALT-DESC, SENT-BY assistant, room
    uid = "040000008200E00074C5B7101A82E008000000003051B9AC7E91DB0100000000000000001000000044A9D3C1F0E1B24C8E77"
    s, e = z("20250403", "0900-1530", UTC1)
    d = ("Dear Dr. Keller,\n\nOn behalf of Dr. Urs Stalder I am pleased to confirm your on-site interview day for "
         "the position of Principal Scientist, Process Chemistry.\n\n09:00 Welcome (Sabine Gerber, HR)\n"
         "09:15 Scientific seminar, 45 min + questions (audience: Process R&D)\n10:30 Dr. Urs Stalder, Head "
         "Process R&D\n11:15 Dr. Mei Lin Zhao & Dr. Thomas Rüegg, Team Leaders\n12:15 Lunch with the team\n"
         "13:30 Lab tour Bau 92 (Thomas Rüegg)\n14:30 Dr. Petra Sutter, Quality\n\nPlease register at the "
         "reception of Gate 3, Rheinfeld Campus, Klybeckstrasse. Bring ID.\n\nKind regards,\nAnnette Moser\n"
         "Assistant to Dr. U. Stalder")
    html = ("X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Dr. Keller,</p><p>On behalf of Dr. Urs Stalder I am "
            "pleased to confirm your on-site interview day (agenda attached).</p></body></html>")
    ev = event(uid, "On-site interview: Principal Scientist Process Chemistry (M. Keller)", s, e, desc=d,
               loc="Rheinfeld Pharma, Bau 92, Seminarraum 3.01",
               organizer=org("urs.stalder@rheinfeld-pharma.ch", "Stalder, Urs", "annette.moser@rheinfeld-pharma.ch"),
               attendees=[att(USER_WORK, "Keller, Matthias"),
                          att("sabine.gerber@rheinfeld-pharma.ch", "Gerber, Sabine", "OPT-PARTICIPANT"),
                          att("meilin.zhao@rheinfeld-pharma.ch", "Zhao, Mei Lin"),
                          att("thomas.rueegg@rheinfeld-pharma.ch", "Rüegg, Thomas"),
                          att("petra.sutter@rheinfeld-pharma.ch", "Sutter, Petra"),
                          att("sr-b92-301@rheinfeld-pharma.ch", "Bau 92 Seminarraum 3.01", "NON-PARTICIPANT",
                              cutype="ROOM")],
               extra=(html, "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"), stamp="20250317T143010Z", seq=1)
    out.append(rec("outlook-onsite-en", cal([ev], OUTLOOK, tzs=(UTC1,)), uid, 1, "Rheinfeld Pharma",
                   "Principal Scientist, Process Chemistry", "onsite",
                   "urs.stalder@rheinfeld-pharma.ch;meilin.zhao@rheinfeld-pharma.ch;"
                   "thomas.rueegg@rheinfeld-pharma.ch;petra.sutter@rheinfeld-pharma.ch",
                   "outlook-utc-zone-sentby-room-en"))

    # 4 SmartRecruiters, French HR screen
    uid = "sr-intv-6c2f0a1e-55b3-4f7a-9d61-0b8e2f3c7a10@smartrecruiters.com"
    s, e = z("20250313", "1030-1100", "Europe/Paris")
    d = ("Bonjour Matthias,\n\nMerci pour votre candidature au poste de Chef de projet R&D Chimie (H/F) basé à "
         "Huningue. Nous vous proposons un premier entretien téléphonique avec Claire Muller, Chargée de "
         "recrutement.\n\nClaire vous appellera au +41 79 412 88 03.\n\nCordialement,\nL'équipe Recrutement CFA\n"
         "Chimie Fine Alsace\n\nPowered by SmartRecruiters")
    ev = event(uid, "Entretien téléphonique - Chef de projet R&D Chimie (H/F)", s, e, desc=d, loc="Téléphone",
               organizer=org("claire.muller@cfa-huningue.fr", "Claire Muller"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("claire.muller@cfa-huningue.fr", "Claire Muller",
                                                                  partstat="ACCEPTED")])
    out.append(rec("smartrecruiters-fr", cal([ev], "-//SmartRecruiters//Interview Scheduler//FR",
                                             tzs=("Europe/Paris",)), uid, 1, "Chimie Fine Alsace",
                   "Chef de projet R&D Chimie (H/F)", "recruiter_screen", "claire.muller@cfa-huningue.fr",
                   "smartrecruiters-phone-fr"))

    # 5 Lever hiring manager, Google Meet
    uid = "lever-3f9d2c71-0b41-4d8e-a2f6-91c7e5d0b3aa"
    s, e = z("20250320", "1600-1645")
    d = ("Hi Matthias,\n\nYou're confirmed for a conversation with Dr. Nikhil Varma, Director Bioconjugation, "
         "about the Scientist II, Bioconjugation opening at Lonvia Biologics (Visp).\n\n" + meet("qjd-wroz-kpv",
                                                                                                 "418 302 557#")
         + "\n\nBest,\nNora Imboden, Recruiting Coordinator\n\nSent via Lever")
    ev = event(uid, "Matthias Keller <> Nikhil Varma (Lonvia) - Hiring Manager Interview", s, e, desc=d,
               loc="https://meet.google.com/qjd-wroz-kpv",
               organizer=org("nora.imboden@lonvia.com", "Nora Imboden"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("nikhil.varma@lonvia.com", "Nikhil Varma"),
                          att("nora.imboden@lonvia.com", "Nora Imboden", "NON-PARTICIPANT", "ACCEPTED")])
    out.append(rec("lever-en", cal([ev], "-//Lever//Lever Interview Scheduling//EN", tzs=("Europe/Zurich",)), uid,
                   1, "Lonvia Biologics", "Scientist II, Bioconjugation", "hiring_manager",
                   "nikhil.varma@lonvia.com", "lever-meet-coordinator-en"))

    # 6 Personio final, German
    uid = "personio-interview-81723-5520@helvesynth.jobs.personio.de"
    s, e = z("20250409", "1330-1600")
    d = ("Guten Tag Herr Keller\n\nGerne bestätigen wir Ihnen das finale Gespräch für die Stelle Projektleiter "
         "Prozessentwicklung (80-100%) bei uns in Schaffhausen. Sie treffen Herrn Reto Meili (CEO) und Frau "
         "Dr. Bettina Gasser (Leiterin Entwicklung); anschliessend Rundgang durch die Kilolabor-Anlage.\n\n"
         "Adresse: Helvesynth AG, Mühlentalstrasse 180, 8200 Schaffhausen\n\nFreundliche Grüsse\nHR Helvesynth AG")
    ev = event(uid, "Finales Gespräch – Projektleiter Prozessentwicklung", s, e, desc=d,
               loc="Helvesynth AG, Mühlentalstrasse 180, 8200 Schaffhausen",
               organizer=org("jobs@helvesynth.ch", "Helvesynth AG Recruiting"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("reto.meili@helvesynth.ch", "Reto Meili"),
                          att("bettina.gasser@helvesynth.ch", "Bettina Gasser")])
    out.append(rec("personio-de", cal([ev], "-//Personio GmbH//Personio Recruiting//DE", tzs=("Europe/Zurich",)),
                   uid, 1, "Helvesynth", "Projektleiter Prozessentwicklung (80-100%)", "final",
                   "reto.meili@helvesynth.ch;bettina.gasser@helvesynth.ch", "personio-final-de"))

    # 7 Teamtailor case study presentation
    uid = "tt-interview-2b7c8d4e9f@teamtailor.com"
    s, e = z("20250325", "1000-1130")
    d = ("Hi Matthias!\n\nWe're looking forward to your case study presentation for the Project Leader, "
         "Small Molecule Discovery position. You'll have 30 minutes to present your approach to the hit-to-lead "
         "case we sent, followed by discussion with Dr. Simone Frey and Dr. Jakob Lindqvist.\n\nLocation: Merian "
         "Life Sciences, Hochbergerstrasse 60C, Basel (Technologiepark), 3rd floor.\n\nMerian Life Sciences "
         "Talent Team")
    ev = event(uid, "Case study presentation – Project Leader, Small Molecule Discovery", s, e, desc=d,
               loc="Hochbergerstrasse 60C, 4057 Basel",
               organizer=org("no-reply@teamtailor.com", "Merian Life Sciences"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("simone.frey@merian-ls.com", "Simone Frey"),
                          att("jakob.lindqvist@merian-ls.com", "Jakob Lindqvist")])
    out.append(rec("teamtailor-case-en", cal([ev], "-//Teamtailor//Teamtailor//EN", tzs=("Europe/Zurich",)), uid, 1,
                   "Merian Life Sciences", "Project Leader, Small Molecule Discovery", "technical",
                   "simone.frey@merian-ls.com;jakob.lindqvist@merian-ls.com", "teamtailor-case-en"))

    # 8 terse hand-typed, floating, no attendees
    uid = "8E3B61D2-44F0-4C0B-9A12-7D9C11E0F5A3"
    s, e = fl("20250314", "0815-0845")
    d = "Fr. Widmer HR ruft an, Stelle Syntheselabor Stein. Lebenslauf + Zeugnisse bereit"
    ev = event(uid, "Tel.-Interview Bachtel Agro", s, e, desc=d, extra=("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",))
    out.append(rec("hand-typed-phone-de", cal([ev], "-//Apple Inc.//macOS 14.3//EN", None), uid, 1, "Bachtel Agro",
                   "", "recruiter_screen", "Widmer", "hand-typed-floating-de"))

    # 9 agency naming employer in body
    uid = "5c0d1e7a-8b2f-4a61-bb0e-3e4f9a27c1d8@alpine-sci-search.ch"
    s, e = z("20250312", "1700-1745")
    d = ("Hi Matthias,\n\nAs discussed, here is the video call with our client Pyrrhon Bioscience (Martinsried) for "
         "the Senior Scientist Chemical Biology role. You will speak with Dr. Felix Aumann (Head of Chemistry). "
         "I'll join for the first 5 minutes to make the introductions, then leave you to it.\n\n"
         + zoom("93311270485", "pyr2025") + "\n\nGood luck!\nMarco Tanner\nAlpine Scientific Search GmbH, Zug")
    ev = event(uid, "Intro call Pyrrhon / M. Keller", s, e, desc=d, loc="Zoom",
               organizer=org("m.tanner@alpine-sci-search.ch", "Marco Tanner"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("felix.aumann@pyrrhon.bio", "Felix Aumann")])
    out.append(rec("agency-en", cal([ev], "-//Google Inc//Google Calendar 70.9054//EN", tzs=("Europe/Zurich",)), uid,
                   1, "Pyrrhon Bioscience", "Senior Scientist Chemical Biology", "hiring_manager",
                   "felix.aumann@pyrrhon.bio", "agency-names-employer-en"))

    # 10 Calendly booked with free-mail founder, company only in body
    uid = "3d2a9f10-6b6c-4b0f-8f6e-cb9e5a1d7f42@calendly.com"
    s, e = u("20250317", "0800-0830")
    d = ("Event Name: Chat with Aurélie – Head of Chemistry\n\nPlease share anything that will help prepare for "
         "our meeting.: Postdoc Basel (photoredox, C–N couplings), interested in the Kalyx chemistry lead role\n\n"
         "Hi! I'm the co-founder of Kalyx Therapeutics (EPFL spin-off, Lausanne). Let's talk about the role, "
         "the team and what we're building.\n\nLocation: This is a Google Meet web conference.\n"
         "https://meet.google.com/xbe-pqmn-tza\n\nNeed to make changes to this event?\nCancel: "
         "https://calendly.com/cancellations/3d2a9f10\nReschedule: https://calendly.com/reschedulings/3d2a9f10\n\n"
         "Powered by Calendly.com")
    ev = event(uid, "Matthias Keller and Aurélie Favre", s, e, desc=d, loc="https://meet.google.com/xbe-pqmn-tza",
               organizer=org("aurelie.favre.lab@gmail.com", "Aurélie Favre"),
               attendees=[att("aurelie.favre.lab@gmail.com", "Aurélie Favre", partstat="ACCEPTED"),
                          att(USER_FREE, "Matthias Keller")])
    out.append(rec("calendly-freemail-founder-en", cal([ev], "-//Calendly//Calendly//EN"), uid, 1,
                   "Kalyx Therapeutics", "Head of Chemistry", "hiring_manager", "aurelie.favre.lab@gmail.com",
                   "calendly-freemail-founder-en"))

    # 11 Apple iOS own entry, no stage
    uid = "A6F1E0B4-2C3D-47E9-8A51-B0D17C9E6F24"
    d = "Herr Dr. Lüthje + jemand aus QC. Duftstoffsynthese Stelle. Zug 07:12 ab Basel SBB (umsteigen Göttingen)"
    ev = event(uid, "Vorstellungsgespräch Duftwerk Holzminden", "DTSTART;TZID=Europe/Berlin:20250407T110000",
               "DTEND;TZID=Europe/Berlin:20250407T130000", desc=d,
               loc="Duftwerk GmbH\nRühler Str. 31\n37603 Holzminden\nDeutschland",
               extra=("X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=Rühler Str. 31\\n37603 Holzminden;"
                      "X-APPLE-RADIUS=141.2;X-TITLE=Duftwerk GmbH:geo:51.826120,9.462011",
                      "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT2H",
                      "UID:1D4E2B0C-0A7F-4A8C-9B8E-77A0C1F5E3D1", "END:VALARM"))
    out.append(rec("apple-ios-own-de", cal([ev], "-//Apple Inc.//iPhone OS 17.4//EN", None, tzs=("Europe/Berlin",)),
                   uid, 1, "Duftwerk", "", "", "Lüthje", "apple-own-entry-de"))

    # 12 Thunderbird direct invite from employee, onsite
    uid = "b4f7a8e2-91d3-4c6b-8e0a-5f2d1c9b7e30"
    s, e = z("20250402", "1400-1630")
    d = ("Lieber Herr Keller\n\nWie besprochen hier die Einladung für Ihren Besuch bei uns in Solothurn. Programm: "
         "kurze Präsentation Ihrer Forschung (20 Min.), Gespräch mit mir und Frau Nadine Kohler (Sensorik), "
         "danach Rundgang Labor und Pilotanlage.\n\nBeste Grüsse\nDaniel Flückiger\nLeiter Aromachemie\n"
         "Weissenstein Aromen AG")
    ev = event(uid, "Besuch Weissenstein Aromen – Vorstellung Matthias Keller", s, e, desc=d,
               loc="Weissenstein Aromen AG, Bielstrasse 94, 4500 Solothurn",
               organizer=org("d.flueckiger@weissenstein-aromen.ch", "Daniel Flückiger"),
               attendees=[att(USER_FREE, "Matthias Keller"),
                          att("n.kohler@weissenstein-aromen.ch", "Nadine Kohler")],
               extra=("X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-GENERATION:2"))
    out.append(rec("thunderbird-onsite-de", cal([ev], "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
                                                tzs=("Europe/Zurich",)), uid, 1, "Weissenstein Aromen", "",
                   "onsite", "d.flueckiger@weissenstein-aromen.ch;n.kohler@weissenstein-aromen.ch",
                   "thunderbird-direct-de"))

    # 13 recurring two-day onsite with override
    uid = "basilisk-onsite-keller-2025@basilisk-discovery.ch"
    d = ("Two-day onsite for the Senior Scientist, Medicinal Chemistry (Oncology) role.\nDay 1: seminar + 1:1s "
         "with Dr. Ivana Kovač and Dr. Samuel Roth. Day 2: chemistry problem session with Dr. Roth and final "
         "conversation with our CSO Dr. Hanna Berger.\nBasilisk Discovery AG, Gundeldingerstrasse 431, Basel")
    atts = [att(USER_FREE, "Matthias Keller"), att("ivana.kovac@basilisk-discovery.ch", "Ivana Kovač"),
            att("samuel.roth@basilisk-discovery.ch", "Samuel Roth"),
            att("hanna.berger@basilisk-discovery.ch", "Hanna Berger")]
    o = org("people@basilisk-discovery.ch", "Basilisk People Team")
    ev1 = event(uid, "Onsite interviews Basilisk Discovery – M. Keller", "DTSTART;TZID=Europe/Zurich:20250414T090000",
                "DTEND;TZID=Europe/Zurich:20250414T150000", desc=d, loc="Basilisk Discovery AG, Basel",
                organizer=o, attendees=atts, extra=("RRULE:FREQ=DAILY;COUNT=2",))
    ev2 = event(uid, "Onsite interviews Basilisk Discovery – M. Keller (Day 2)",
                "DTSTART;TZID=Europe/Zurich:20250415T100000", "DTEND;TZID=Europe/Zurich:20250415T123000", desc=d,
                loc="Basilisk Discovery AG, Basel", organizer=o, attendees=atts,
                extra=("RECURRENCE-ID;TZID=Europe/Zurich:20250415T090000",), seq=1)
    out.append(rec("recurring-onsite-override-en", cal([ev1, ev2], tzs=("Europe/Zurich",)), uid, 1,
                   "Basilisk Discovery", "Senior Scientist, Medicinal Chemistry (Oncology)", "onsite",
                   "ivana.kovac@basilisk-discovery.ch;samuel.roth@basilisk-discovery.ch;"
                   "hanna.berger@basilisk-discovery.ch", "recurring-override-en"))

    # 14 Ashby cancelled
    uid = "ashby-7d1c0e4b-2f8a-4b93-a6d1-e2c5f0a9b831@ashbyhq.com"
    s, e = z("20250319", "1500-1545", "Europe/Berlin")
    d = ("This interview has been cancelled. Our recruiting team will reach out to find a new time.\n\n"
         "Interview: Technical Interview – Scientist, Enzyme Engineering & Biocatalysis\nNordhafen Biotech")
    ev = event(uid, "Cancelled: Technical Interview with Nordhafen Biotech", s, e, desc=d,
               organizer=org("scheduling@nordhafen-bio.de", "Nordhafen Biotech Recruiting"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("kai.petersen@nordhafen-bio.de", "Kai Petersen")],
               seq=2, status="CANCELLED")
    out.append(rec("ashby-cancel-en", cal([ev], "-//Ashby//Ashby Scheduling//EN", "CANCEL", tzs=("Europe/Berlin",)),
                   uid, 1, "Nordhafen Biotech", "Scientist, Enzyme Engineering & Biocatalysis", "technical",
                   "kai.petersen@nordhafen-bio.de", "ashby-cancelled-en"))

    # 15 Workable rescheduled
    uid = "workable-intv-5521987-a0@workablemail.com"
    s, e = z("20250326", "1100-1200", "Europe/Berlin")
    d = ("Hello Matthias,\n\nYour interview has been rescheduled to Wednesday, March 26, 11:00 CET (previously "
         "Monday, March 24).\n\nJob: Senior Research Chemist – Catalysis (Ludwigshafen)\nInterview: Technical "
         "interview with Dr. Ines Wagner and Dr. Oliver Brandt\n\n" + teams("41907265533", "Vr3kE9")
         + "\n\nVireon Chemicals SE – Recruiting team\nPowered by Workable")
    ev = event(uid, "Rescheduled: Technical interview – Senior Research Chemist Catalysis", s, e, desc=d,
               loc="Microsoft Teams", organizer=org("hiring@vireon.de", "Vireon Chemicals"),
               attendees=[att(USER_FREE, "Matthias Keller"), att("ines.wagner@vireon.de", "Ines Wagner"),
                          att("oliver.brandt@vireon.de", "Oliver Brandt")], seq=3, stamp="20250320T101500Z")
    out.append(rec("workable-reschedule-en", cal([ev], "-//Workable//Workable Calendar//EN", tzs=("Europe/Berlin",)),
                   uid, 1, "Vireon Chemicals", "Senior Research Chemist – Catalysis", "technical",
                   "ines.wagner@vireon.de;oliver.brandt@vireon.de", "workable-rescheduled-en"))
    return out
