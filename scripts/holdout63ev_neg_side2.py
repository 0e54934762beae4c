"""holdout63 events: more of the user on the hiring side (Irish, German and Dutch colleagues, loops, campus day,
an Outlook invite with X-ALT-DESC, training and prep for interviewing others).

Raw iCalendar text written by hand for the holdout63 split; see make_event_corpus_holdout63.py.
"""

from __future__ import annotations

from holdout63ev_ics import TZ_AMS, TZ_BERLIN, TZ_DUBLIN, TZ_WIN_GMT, WORK, cal, esc, ev, meet, teams

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
EXCHANGE = "Microsoft Exchange Server 2010"
CL = "claddagh-software.ie"


def irish_candidate() -> dict:
    uid = "3hs9v2c6t0q4m8e1k7ra5bnd4h@google.com"
    desc = esc("Agallamh don intéirneacht QA (samhradh 2026). Is mise agus Declan a bheidh ag cur agallaimh "
               "uirthi. CV sa bhfillteán Hiring > Interns.\n\n" + meet("en", "gae-lnsk-tbo"))
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260226T100000
DTEND;TZID=Europe/Dublin:20260226T104500
DTSTAMP:20260223T091144Z
ORGANIZER;CN=Aoife Byrne:mailto:{WORK}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aoife Byrne;X-NUM-GUESTS=0:mailto:{WORK}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Declan Murphy;X-NUM-GUESTS=0:
 mailto:declan.murphy@{CL}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=caoimhe.nishe@gmail.com;
 X-NUM-GUESTS=0:mailto:caoimhe.nishe@gmail.com
DESCRIPTION:{desc}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Agallamh le hiarrthóir - intéirneacht QA (Caoimhe Ní Shé)
TRANSP:OPAQUE
END:VEVENT"""
    return ev("side-irish", cal(GOOGLE, body), uid, 0, trap="user-as-interviewer-candidate-freemail-ga")


def modernloop_interviewer() -> dict:
    uid = "8vq2e6m0c3t9k5h1ar7bsn4dj@google.com"
    desc = esc(
        "You're interviewing!\n\nCandidate: Kevin Hartnett\nRole: Graduate Test Engineer\nSession 2 of 4: "
        "Testing exercise (30 min)\nFocus: exploratory testing of the booking widget, bug report quality\n\n"
        "Interview guide: https://app.modernloop.io/guides/gte-testing-exercise\nFeedback due: end of day\n\n"
        "Sent by ModernLoop on behalf of Sadhbh Ní Bhriain")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260312T103000
DTEND;TZID=Europe/Dublin:20260312T110000
DTSTAMP:20260306T121510Z
ORGANIZER;CN=Sadhbh Ní Bhriain:mailto:sadhbh.nibhriain@{CL}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne;X-NUM-GUESTS=0:
 mailto:{WORK}
DESCRIPTION:{desc}
LOCATION:Inishmore room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:[Interviewer] Graduate Test Engineer Onsite - Kevin Hartnett - Testing exercise
TRANSP:OPAQUE
END:VEVENT"""
    return ev("side-modernloop", cal(GOOGLE, body), uid, 0, trap="user-as-interviewer-modernloop-loop-en")


def phone_screen_out() -> dict:
    uid = "0a7f3c9e-52d1-4b86-a4e0-6c8b1d2f9e75"
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260203T153000Z
DTSTART;TZID=Europe/Dublin:20260205T160000
DTEND;TZID=Europe/Dublin:20260205T162000
SUMMARY:Phone screen: Marta Nowak (QA Intern) - I call her
DESCRIPTION:+48 512 334 907 (she's in Kraków until June). Questions doc pinned in #qa-hiring.
ORGANIZER;CN=Aoife Byrne:mailto:{WORK}
END:VEVENT"""
    return ev("side-phone-screen", cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", body, method="PUBLISH"),
              uid, 0, trap="user-as-interviewer-phone-screen-en")


def takehome_review() -> dict:
    uid = "5ra8m2q7c1v4e0k9h3tb6snd5k@google.com"
    desc = esc("Batch 2: 6 submissions (bug hunt + test plan). Rubric in the hiring drive. Decide who goes to the "
               "onsite by Friday.")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260316T140000
DTEND;TZID=Europe/Dublin:20260316T160000
DTSTAMP:20260313T170200Z
ORGANIZER;CN=Aoife Byrne:mailto:{WORK}
UID:{uid}
DESCRIPTION:{desc}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Review take-home submissions - QA grads
TRANSP:OPAQUE
END:VEVENT"""
    return ev("side-takehome", cal(GOOGLE, body), uid, 0, trap="user-as-interviewer-takehome-review-en")


def german_colleague() -> dict:
    uid = "f4b2e8d1-6a3c-4e97-8b05-d1c7a9e3f260@claddagh-software.ie"
    desc = esc(
        "Hi Aoife,\n\nwie besprochen: Vorstellungsgespräch mit Jonas Weber für die Werkstudentenstelle QA in "
        "Berlin. Ich mache den Einstieg und die Fragen zur Person, kannst Du den technischen Teil übernehmen "
        "(auf Englisch ist kein Problem)?\n\nDanke Dir!\nKatharina\n\n" + meet("de", "bwe-qrtz-ksd"))
    body = f"""{TZ_BERLIN}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260401T081200Z
DTSTART;TZID=Europe/Berlin:20260407T130000
DTEND;TZID=Europe/Berlin:20260407T140000
SUMMARY:Vorstellungsgespräch Jonas Weber - Werkstudent QA (Berlin)
ORGANIZER;CN=Katharina Lorenz:mailto:katharina.lorenz@{CL}
ATTENDEE;CN=Aoife Byrne;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{WORK}
ATTENDEE;CN=Jonas Weber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jonas.weber@campus.tu-berlin.de
DESCRIPTION:{desc}
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return ev("side-german", cal(GOOGLE, body), uid, 0, trap="user-as-interviewer-vorstellungsgespraech-de")


def final_as_interviewer() -> dict:
    uid = "2tq6c0m4v9e3k8h2ra1bsn7df@google.com"
    desc = esc("Final round for the QA intern role. Yusuf Adeyemi. Aoife + Declan, 30 mins each then 15 min "
               "wrap-up together. Offer decision same day if both are a yes.")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260319T090000
DTEND;TZID=Europe/Dublin:20260319T101500
DTSTAMP:20260316T094510Z
ORGANIZER;CN=Sadhbh Ní Bhriain:mailto:sadhbh.nibhriain@{CL}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Byrne;X-NUM-GUESTS=0:
 mailto:{WORK}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Declan Murphy;X-NUM-GUESTS=0:
 mailto:declan.murphy@{CL}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yusuf Adeyemi;X-NUM-GUESTS=0:
 mailto:yusuf.adeyemi@ucdconnect.ie
DESCRIPTION:{desc}
LOCATION:Aran room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Final round - QA Intern - Yusuf Adeyemi
TRANSP:OPAQUE
END:VEVENT"""
    return ev("side-final", cal(GOOGLE, body), uid, 0, trap="user-as-interviewer-final-round-en")


def campus_allday() -> dict:
    uid = "7ek1q5m9c3t0v6h2ra8bsn4dl@google.com"
    desc = esc("UCD Careers Network - on-campus interviews for Claddagh's QA internship. Aoife + Paul "
               "interviewing, 8 slots of 30 min, Room G.12 O'Brien Centre. Bring laptop + pull-up banner.")
    body = f"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20260225
DTEND;VALUE=DATE:20260226
DTSTAMP:20260209T112200Z
ORGANIZER;CN=Aoife Byrne:mailto:{WORK}
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paul Lenehan;X-NUM-GUESTS=0:
 mailto:paul.lenehan@{CL}
DESCRIPTION:{desc}
LOCATION:UCD O'Brien Centre for Science\\, Belfield
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Campus interviews - UCD (QA interns)
TRANSP:TRANSPARENT
END:VEVENT"""
    return ev("side-campus-allday", cal(GOOGLE, body), uid, 0, trap="user-as-interviewer-campus-allday-en")


def outlook_xaltdesc() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000E7F8091A2B3CDC0100000000000000001000000044AA55BB66CC77DD88EE"
    text = ("Interview: Graduate QA Engineer\nCandidate: Lucy Fenton\nInterviewers: Aoife Byrne, Paul Lenehan\n\n"
            "Please review the CV before the interview and complete your scorecard afterwards.")
    html = ("<html><body><p><b>Interview: Graduate QA Engineer</b><br>Candidate: Lucy Fenton<br>Interviewers: "
            "Aoife Byrne, Paul Lenehan</p><p>Please review the CV before the interview and complete your "
            "scorecard afterwards.</p></body></html>")
    body = f"""{TZ_WIN_GMT}
BEGIN:VEVENT
ORGANIZER;CN="Ní Bhriain, Sadhbh":mailto:sadhbh.nibhriain@{CL}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Byrne, Aoife":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lenehan, Paul":mailto:paul.lenehan@{CL}
DESCRIPTION;LANGUAGE=en-IE:{esc(text)}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Interview: Graduate QA Engineer - Lucy Fenton
DTSTART;TZID=GMT Standard Time:20260408T113000
DTEND;TZID=GMT Standard Time:20260408T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260402T140233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Inishmore room
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-ALT-DESC;FMTTYPE=text/html:{esc(html)}
END:VEVENT"""
    return ev("side-outlook-altdesc", cal(EXCHANGE, body), uid, 0, trap="user-as-interviewer-outlook-altdesc-en")


def dutch_colleague() -> dict:
    uid = "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC010000000000000000100000006E5D4C3B2A1908F7E6D5"
    desc = ("Hoi Aoife,\n\nHierbij het sollicitatiegesprek met Sanne de Vries voor de functie Junior Tester in "
            "Utrecht. Jij neemt het testgedeelte voor je rekening (in het Engels), ik doe de rest.\n\n"
            "Groetjes,\nJeroen Smit\nTeamlead Test, Claddagh Software B.V.\n\n" + teams("nl", "356 221 904 718",
                                                                                          "Cl7nLd"))
    body = f"""{TZ_AMS}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20260420T093000Z
DTSTART;TZID=Europe/Amsterdam:20260423T150000
DTEND;TZID=Europe/Amsterdam:20260423T160000
SUMMARY;LANGUAGE=nl-NL:Sollicitatiegesprek Sanne de Vries - Junior Tester
ORGANIZER;CN="Smit, Jeroen":mailto:jeroen.smit@{CL}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Byrne, Aoife":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sanne de Vries:mailto:sannedevries@ziggo.nl
DESCRIPTION;LANGUAGE=nl-NL:{esc(desc)}
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return ev("side-dutch", cal(EXCHANGE, body), uid, 0, trap="user-as-interviewer-sollicitatiegesprek-nl")


def training() -> dict:
    uid = "1mf5q0c8t4v2e9k3h7ra6bsn0dp@google.com"
    desc = esc("Mandatory for everyone joining an interview panel this year: structured interviewing, writing "
               "evidence-based scorecards, avoiding bias. Run by People & Culture.")
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260114T093000
DTEND;TZID=Europe/Dublin:20260114T120000
DTSTAMP:20260106T150000Z
ORGANIZER;CN=People & Culture:mailto:people@{CL}
UID:{uid}
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Interview panel members;
 X-NUM-GUESTS=0:mailto:interview-panel@{CL}
DESCRIPTION:{desc}
LOCATION:Canteen (3rd floor)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Training: interviewing skills for interviewers
TRANSP:OPAQUE
END:VEVENT"""
    return ev("side-training", cal(GOOGLE, body), uid, 0, trap="user-as-interviewer-training-en")


def prep_for_panel() -> dict:
    uid = "6nd0q4c8t2m7v1e5k9ha3rbs6g@google.com"
    body = f"""{TZ_DUBLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260319T080000
DTEND;TZID=Europe/Dublin:20260319T083000
DTSTAMP:20260317T201000Z
ORGANIZER;CN=Aoife Byrne:mailto:{WORK}
UID:{uid}
DESCRIPTION:read Yusuf's CV again + pick 3 scenario questions
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep for intern final round (I'm interviewing)
TRANSP:OPAQUE
END:VEVENT"""
    return ev("side-prep", cal(GOOGLE, body), uid, 0, trap="user-as-interviewer-prep-en")


def events() -> list[dict]:
    return [irish_candidate(), modernloop_interviewer(), phone_screen_out(), takehome_review(), german_colleague(),
            final_as_interviewer(), campus_allday(), outlook_xaltdesc(), dutch_colleague(), training(),
            prep_for_panel()]
