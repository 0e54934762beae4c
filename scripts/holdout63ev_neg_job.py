"""holdout63 events near the job search that are not the user's own interviews: mock interviews, webinars,
user research, press, coffee chats, a job fair, reference calls, recruiters naming no employer, prep, travel,
an offer call.

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import ME, TZ_AMS, TZ_BERLIN, TZ_DUBLIN, cal, esc, ev, meet, teams, zoom

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def _g(uid: str, summary: str, start: str, end: str, desc: str, org: str = "", people: str = "",
       location: str = "", stamp: str = "20260201T100000Z", tz: str = TZ_DUBLIN, tzid: str = "Europe/Dublin") -> str:
    org_line = f"ORGANIZER;CN={org}\n" if org else ""
    att = (people + "\n") if people else ""
    body = f"""{tz}
BEGIN:VEVENT
DTSTART;TZID={tzid}:{start}
DTEND;TZID={tzid}:{end}
DTSTAMP:{stamp}
{org_line}UID:{uid}
{att}DESCRIPTION:{esc(desc)}
LOCATION:{esc(location)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT"""
    return cal(GOOGLE, body)


def _att(cn: str, mail: str, stat: str = "ACCEPTED") -> str:
    return f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={stat};CN={cn};X-NUM-GUESTS=0:\n mailto:{mail}"


def mock_friend() -> dict:
    uid = "0mk4e8c2t6q1m5v9k3ha7rbn4ds@google.com"
    text = _g(uid, "Mock interview w/ Ciara - SDET prep", "20260405T110000", "20260405T120000",
              "Ciara plays interviewer: system design for a test framework + 2 behavioural. She'll be brutal.",
              f"Aoife Byrne:mailto:{ME}", _att("Ciara Dunphy", "ciara.dunphy@gmail.com"), "Bewley's, Grafton St",
              "20260401T200000Z")
    return ev("mock-friend", text, uid, 0, trap="mock-interview-friend-en")


def mock_platform() -> dict:
    uid = "practiceloop-session-88213-aoife"
    desc = esc("Your peer practice session is confirmed!\n\nFormat: 30 min you interview your peer, 30 min your "
               "peer interviews you (SDET / test automation track).\nPeer: Rahul S.\n\nThis is a practice "
               "session - no company is involved.\n\nJoin: https://practiceloop.io/room/88213")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260320T090000Z
DTSTART:20260322T180000Z
DTEND:20260322T190000Z
SUMMARY:PracticeLoop: Mock technical interview (SDET)
DESCRIPTION:{desc}
LOCATION:https://practiceloop.io/room/88213
ORGANIZER;CN=PracticeLoop:mailto:sessions@practiceloop.io
ATTENDEE;CN=Aoife Byrne;PARTSTAT=ACCEPTED:mailto:{ME}
END:VEVENT"""
    return ev("mock-platform", cal("-//PracticeLoop//Sessions//EN", body), uid, 0, trap="mock-interview-platform-en")


def webinar() -> dict:
    uid = "webinar-4481-sdet-interviews@testcraft.ie"
    desc = esc("Thanks for registering for 'Acing the SDET interview: live coding, test design and what hiring "
               "managers actually look for'. Speakers: Hilary Ward (ex-Head of QA at a Dublin scale-up) and "
               "Ruairí Daly.\n\n" + zoom("en", "884 0031 2290", "V2ViaW5hclRD"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260225T100000Z
DTSTART:20260305T130000Z
DTEND:20260305T140000Z
SUMMARY:Webinar: Acing the SDET interview
DESCRIPTION:{desc}
LOCATION:Zoom webinar
ORGANIZER;CN=TestCraft Ireland:mailto:events@testcraft.ie
END:VEVENT"""
    return ev("webinar", cal("-//Zoom Video Communications//Webinar//EN", body), uid, 0, trap="webinar-en")


def library_workshop() -> dict:
    uid = "eventbrite-1029384756-aoife"
    desc = esc("Interview skills workshop: answering competency questions, the STAR method and handling salary "
               "questions. Free, booking essential. Dublin City Libraries - Jobs & Careers series.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260108T120000Z
DTSTART:20260121T180000Z
DTEND:20260121T193000Z
SUMMARY:Interview Skills Workshop - Pearse Street Library
DESCRIPTION:{desc}
LOCATION:Pearse Street Library\\, 138-144 Pearse St\\, Dublin 2
END:VEVENT"""
    return ev("class-workshop", cal("-//Eventbrite//Eventbrite Calendar//EN", body, method="PUBLISH"), uid, 0,
              trap="interview-skills-class-en")


def user_research() -> dict:
    uid = "2ur6e0c4t8q3m7v1k5ha9rbn6dt@google.com"
    desc = ("Thanks for signing up for research! We'd love 45 minutes of your time to talk about how you use the "
            "Tallyfin app to split bills. You'll get a €40 One4all voucher.\n\nModerator: Ines Duarte, UX "
            "Research\n\n" + meet("en", "urs-pnxq-tly"))
    text = _g(uid, "Tallyfin user research interview (participant)", "20260224T173000", "20260224T181500", desc,
              "Ines Duarte:mailto:ines.duarte@tallyfin.com",
              _att("Ines Duarte", "ines.duarte@tallyfin.com") + "\n" + _att("Aoife Byrne", ME, "NEEDS-ACTION"),
              stamp="20260219T100000Z")
    return ev("user-research", text, uid, 0, trap="user-research-interview-en")


def podcast() -> dict:
    uid = "riverside-rec-7731-testbench"
    desc = esc("Recording for The Test Bench podcast, ep. 58 - Aoife Byrne on running a testing meetup and "
               "moving from manual to automation. Studio link: https://riverside.fm/studio/the-test-bench")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260301T120000Z
DTSTART:20260318T190000Z
DTEND:20260318T200000Z
SUMMARY:Podcast interview - The Test Bench (guest: Aoife Byrne)
DESCRIPTION:{desc}
LOCATION:https://riverside.fm/studio/the-test-bench
ORGANIZER;CN=Mark Tully:mailto:mark@thetestbench.fm
ATTENDEE;CN=Aoife Byrne;PARTSTAT=ACCEPTED:mailto:{ME}
END:VEVENT"""
    return ev("podcast", cal("-//Riverside//Scheduler//EN", body), uid, 0, trap="podcast-guest-en")


def radio_irish() -> dict:
    uid = "8ra2e6c0t4q9m3v7k1ha5rbn8du@google.com"
    text = _g(uid, "Agallamh raidió - Raidió na Life (Dublin Testers)", "20260410T083000", "20260410T090000",
              "Ag caint faoin meetup agus mná i dteicneolaíocht. Stiúideo: 7 Cearnóg Mhuirfean.",
              location="Raidió na Life, Cearnóg Mhuirfean", stamp="20260402T190000Z")
    return ev("radio-ga", text, uid, 0, trap="press-radio-interview-ga")


def coffee_chat() -> dict:
    uid = "4cc8e2c6t0q5m9v3k7ha1rbn0dv@google.com"
    text = _g(uid, "Coffee w/ Sorcha (QA lead @ Pennant)", "20260306T080000", "20260306T084500",
              "Informal - she offered to tell me what it's like there before I decide whether to apply. Not an "
              "interview.", f"Aoife Byrne:mailto:{ME}", _att("Sorcha Devane", "sorcha.devane@gmail.com"),
              "3fe, Grand Canal St", "20260302T200000Z")
    return ev("coffee-chat", text, uid, 0, trap="informational-coffee-en")


def job_fair() -> dict:
    uid = "jobsexpo-dublin-2026-visitor-55102"
    body = """BEGIN:VEVENT
UID:jobsexpo-dublin-2026-visitor-55102
DTSTAMP:20260115T120000Z
DTSTART;VALUE=DATE:20260228
DTEND;VALUE=DATE:20260229
SUMMARY:Tech Jobs Fair Dublin - RDS
DESCRIPTION:Visitor ticket #55102. 80+ tech employers. Bring printed CVs.
LOCATION:RDS Main Hall\\, Ballsbridge\\, Dublin 4
END:VEVENT"""
    return ev("job-fair", cal("-//Tito//Tickets//EN", body, method="PUBLISH"), uid, 0, trap="job-fair-en")


def reference_call() -> dict:
    uid = "6rf0e4c8t2q7m1v5k9ha3rbn2dw@google.com"
    desc = ("Hi Aoife, Mark Doherty has given your name as a referee for a QA role with us. Would you have 15 "
            "minutes for a quick reference call?\n\nThanks,\nSaoirse Lynch, QA Manager, Fernhill Games")
    text = _g(uid, "Reference call re: Mark Doherty", "20260408T123000", "20260408T124500", desc,
              "Saoirse Lynch:mailto:saoirse@fernhillgames.com",
              _att("Aoife Byrne", ME, "NEEDS-ACTION") + "\n" + _att("Saoirse Lynch", "saoirse@fernhillgames.com"),
              "Phone", "20260405T120000Z")
    return ev("reference", text, uid, 0, trap="reference-call-referee-en")


def recruiter_no_employer() -> dict:
    uid = "8rn2e6c0t4q9m3v7k1ha5rbn4dz@google.com"
    desc = ("Hi Aoife - as promised, a quick call to hear what you're looking for next (QA / SDET, hybrid, "
            "Dublin or remote UK) and run through the market. I'll share a few roles afterwards if they fit.\n\n"
            "Gavin Reid | Harper Stone Talent")
    text = _g(uid, "Catch-up call: Aoife Byrne / Gavin Reid (Harper Stone)", "20260226T124500", "20260226T131500",
              desc, "Gavin Reid:mailto:gavin.reid@harperstone.co.uk",
              _att("Aoife Byrne", ME, "NEEDS-ACTION") + "\n" + _att("Gavin Reid", "gavin.reid@harperstone.co.uk"),
              "Phone", "20260223T150000Z")
    return ev("recruiter-no-employer", text, uid, 0, trap="recruiter-no-employer-en")


def recruiter_de() -> dict:
    uid = "koehler-partner-termin-20260115-1000"
    desc = esc("Hallo Frau Byrne,\n\nvielen Dank für Ihre Rückmeldung. Gerne möchte ich Sie in einem "
               "unverbindlichen Kennenlerngespräch näher kennenlernen und mit Ihnen über Ihre Wechselmotivation "
               "und passende Positionen im Bereich Testautomatisierung sprechen. Die Namen unserer Mandanten "
               "nenne ich Ihnen gern im Anschluss.\n\nBeste Grüße\nMarkus Köhler\nKöhler & Partner "
               "Personalberatung\n\n" + teams("de", "331 870 446 219", "Kp4rTn"))
    body = f"""{TZ_BERLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260112T090000Z
DTSTART;TZID=Europe/Berlin:20260115T100000
DTEND;TZID=Europe/Berlin:20260115T103000
SUMMARY:Kennenlerngespräch Aoife Byrne / Köhler & Partner
DESCRIPTION:{desc}
ORGANIZER;CN=Markus Köhler:mailto:m.koehler@koehler-partner.de
ATTENDEE;CN=Aoife Byrne;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
LOCATION:Microsoft Teams-Besprechung
STATUS:CONFIRMED
END:VEVENT"""
    return ev("recruiter-de", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//DE", body), uid, 0,
              trap="recruiter-no-employer-de")


def recruiter_nl() -> dict:
    uid = "9nl3e7c1t5q0m4v8k2ha6rbn5da@google.com"
    desc = ("Hoi Aoife,\n\nLeuk je te spreken! In dit vrijblijvende kennismakingsgesprek hoor ik graag wat je "
            "zoekt in je volgende stap als test engineer in Nederland. Daarna kijk ik welke opdrachtgevers bij je "
            "passen.\n\nGroet,\nDaan Verhoeven\nITvisie Recruitment\n\n" + meet("en", "itv-kmsg-wrb"))
    text = _g(uid, "Kennismaking ITvisie Recruitment - Aoife", "20260128T113000", "20260128T120000", desc,
              "Daan Verhoeven:mailto:daan@itvisie.nl",
              _att("Aoife Byrne", ME, "NEEDS-ACTION") + "\n" + _att("Daan Verhoeven", "daan@itvisie.nl"),
              stamp="20260124T100000Z", tz=TZ_AMS, tzid="Europe/Amsterdam")
    return ev("recruiter-nl", text, uid, 0, trap="recruiter-no-employer-nl")


def prep_block() -> dict:
    uid = "0pp4e8c2t6q1m5v9k3ha7rbn6db@google.com"
    text = _g(uid, "Prep - Pennant technical (Playwright, API tests)", "20260408T190000", "20260408T210000",
              "redo the TS kata, revise contract testing notes, questions for Ravi/Hannah",
              stamp="20260403T200000Z")
    return ev("prep", text, uid, 0, trap="prep-block-en")


def flight() -> dict:
    uid = "aerlingus-EI602-20260415-AOIFEBYRNE"
    body = """BEGIN:VEVENT
UID:aerlingus-EI602-20260415-AOIFEBYRNE
DTSTAMP:20260407T130000Z
DTSTART:20260415T170500Z
DTEND:20260415T191500Z
SUMMARY:Flight EI602 Dublin (DUB) to Amsterdam (AMS)
DESCRIPTION:Booking ref QX7T2L. Passenger: MS AOIFE BYRNE. Seat 14A. (Canalytic onsite tomorrow)
LOCATION:Dublin Airport Terminal 2
END:VEVENT"""
    return ev("flight", cal("-//Aer Lingus//Booking//EN", body, method="PUBLISH"), uid, 0, trap="travel-flight-en")


def offer_call() -> dict:
    uid = "2of6e0c4t8q3m7v1k5ha9rbn8dc@google.com"
    desc = ("Hi Aoife! Great news to share - let's hop on a call to go through the offer details for the QA "
            "Engineer role.\n\nNiamh\n\n" + meet("en", "ofr-tlyf-nqe"))
    text = _g(uid, "Tallyfin - offer call", "20260324T170000", "20260324T173000", desc,
              "Niamh O'Connor:mailto:niamh.oconnor@tallyfin.com",
              _att("Aoife Byrne", ME, "NEEDS-ACTION") + "\n" + _att("Niamh O'Connor", "niamh.oconnor@tallyfin.com"),
              stamp="20260323T110000Z")
    return ev("offer-call", text, uid, 0, trap="offer-call-en")


def webinar_fr() -> dict:
    uid = "livestorm-evt-5c1e9a-qa-entretiens"
    desc = esc("Merci pour votre inscription au webinaire « Réussir ses entretiens techniques en QA : tests "
               "automatisés, cas pratiques et mises en situation ». Animé par Claire Lefèvre (France Testeurs).\n\n"
               "Rejoindre : https://app.livestorm.co/france-testeurs/entretiens-qa")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260210T090000Z
DTSTART:20260219T120000Z
DTEND:20260219T130000Z
SUMMARY:Webinaire : réussir ses entretiens techniques en QA
DESCRIPTION:{desc}
LOCATION:https://app.livestorm.co/france-testeurs/entretiens-qa
ORGANIZER;CN=France Testeurs:mailto:webinaires@francetesteurs.fr
END:VEVENT"""
    return ev("webinar-fr", cal("-//Livestorm//Livestorm//FR", body), uid, 0, trap="webinar-fr")


def career_coach() -> dict:
    uid = "4cq8e2c6t0q5m9v3k7ha1rbn9dd@google.com"
    desc = ("Session 2 of 3: CV review done last time - today we'll run a practice competency interview and "
            "work on your salary conversation.\n\nDervla Shanahan, Career Coach\n\n"
            + zoom("en", "962 1177 3008", "Q2FyZWVyQ29hY2g"))
    text = _g(uid, "Career coaching - Dervla (practice interview)", "20260228T100000", "20260228T110000", desc,
              "Dervla Shanahan:mailto:dervla@shanahancoaching.ie",
              _att("Aoife Byrne", ME, "NEEDS-ACTION") + "\n" + _att("Dervla Shanahan", "dervla@shanahancoaching.ie"),
              "Zoom", "20260221T110000Z")
    return ev("coach", text, uid, 0, trap="mock-interview-coach-en")


def events() -> list[dict]:
    return [mock_friend(), mock_platform(), webinar(), library_workshop(), user_research(), podcast(), radio_irish(),
            coffee_chat(), job_fair(), reference_call(), recruiter_no_employer(), recruiter_de(), recruiter_nl(),
            prep_block(), flight(), offer_call(), webinar_fr(), career_coach()]
