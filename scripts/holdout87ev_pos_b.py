"""holdout87: the user's own interviews from direct, Outlook, Apple, hand-typed and agency invites (English).

Written blind, CC0 1.0.
"""

from __future__ import annotations

from holdout87ev_ics import (
    APPLE,
    EXCHANGE,
    IOS,
    ME,
    OUTLOOK,
    THUNDERBIRD,
    Ev,
    att,
    cal,
    desc,
    meet,
    org,
    teams,
    webex,
    zoom,
)

EVENTS: list[Ev] = []
LON_W = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"


def add(kind: str, ics: str, uid: str, company: str, role: str, stage: str, who: str, trap: str) -> None:
    EVENTS.append(Ev(kind, ics, uid, 1, company, role, stage, who, trap))


# 1 Outlook on behalf of a hiring manager (SENT-BY an assistant), X-ALT-DESC, Windows zone
u = "040000008200E00074C5B7101A82E008000000003C5F1E9A8BB9DC01000000000000000010000000C1D8E3A5F0"
add("outlook-sent-by", cal(f"""CLASS:PUBLIC
CREATED:20260311T101500Z
{desc("Dear Priya,¶¶Adaeze would like to meet you for a conversation about the Principal User Researcher post "
      "in our Patient Records Digital team. She is the hiring manager.¶¶Kind regards,¶Lucy Hammond¶Executive "
      "Assistant to Adaeze Okoro, Director of Digital¶Civic Health Records Agency" + teams("en"))}
DTEND;TZID=GMT Standard Time:20260319T103000
DTSTAMP:20260311T101500Z
DTSTART;TZID=GMT Standard Time:20260319T094500
LAST-MODIFIED:20260311T101500Z
LOCATION:Microsoft Teams Meeting
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-GB:Principal User Researcher - conversation with Adaeze Okoro
TRANSP:OPAQUE
UID:{u}
{org("adaeze.okoro@chra.org.uk", "Okoro, Adaeze", sent_by="lucy.hammond@chra.org.uk")}
{att(ME, "priya.shah.research@outlook.com")}
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Dear Priya\\,</p><p>Adaeze would like to meet you for a conversa
 tion about the Principal User Researcher post. She is the hiring manager.</p></body></html>
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1""", prodid=OUTLOOK, tz=("GMT Standard Time",)), u, "Civic Health Records Agency",
    "Principal User Researcher", "hiring_manager", "adaeze.okoro@chra.org.uk", "outlook-sent-by-xaltdesc-en")

# 2 Exchange with the "(UTC+00:00) ..." zone name, two interviewers "Last, First", no clear stage
u = "040000008200E00074C5B7101A82E00800000000F2A6C9D18EB9DC0100000000000000001000000077AB"
add("exchange-utc-zone", cal(f"""{desc("Hi Priya, thanks for your time last week. As promised, here's the next "
      "conversation for the Principal UX Researcher role at MBC: Jo and Callum will cover research strategy and "
      "working with editorial teams. Any questions, just shout. Rachel (Talent)")}
DTSTART;TZID="{LON_W}":20260401T150000
DTEND;TZID="{LON_W}":20260401T160000
DTSTAMP:20260326T084411Z
UID:{u}
SUMMARY:Meridian Broadcasting - Principal UX Researcher - Priya Shah
{org("rachel.ng@meridianbc.co.uk", "Ng, Rachel")}
{att(ME, "Priya Shah")}
{att("jo.fairweather@meridianbc.co.uk", "Fairweather, Jo")}
{att("callum.reid@meridianbc.co.uk", "Reid, Callum")}
LOCATION:MBC Broadcast Centre\\, 1 Wood Lane\\, London W12 7TQ - Reception B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY""", prodid=EXCHANGE, tz=(LON_W,)), u, "Meridian Broadcasting",
    "Principal UX Researcher", "", "jo.fairweather@meridianbc.co.uk;callum.reid@meridianbc.co.uk",
    "exchange-utc-zone-name-en")

# 3 rescheduled Webex final (SEQUENCE 2, new time)
u = "7c1d4e2a-greyfriars-final-0422@greyfriars.co.uk"
add("webex-rescheduled", cal(f"""UID:{u}
SEQUENCE:2
DTSTAMP:20260420T161000Z
DTSTART;TZID=Europe/London:20260423T150000
DTEND;TZID=Europe/London:20260423T160000
{org("careers@greyfriars.co.uk", "Greyfriars Careers")}
{att(ME, "Priya Shah")}
{att("helen.moss@greyfriars.co.uk", "Helen Moss")}
{att("daniel.achterberg@greyfriars.co.uk", "Daniel Achterberg")}
SUMMARY:RESCHEDULED: Final interview - Lead UX Researcher - Greyfriars Building Society
{desc("Please note the new time: 3pm (was 11am). Your final interview with Helen Moss (Chief Member Officer) "
      "and Daniel Achterberg (Head of Digital) is otherwise unchanged." + webex("greyfriars", "2364 118 9042"))}
LOCATION:Webex
STATUS:CONFIRMED""", prodid=OUTLOOK, tz=("Europe/London",)), u, "Greyfriars Building Society",
    "Lead UX Researcher", "final", "helen.moss@greyfriars.co.uk;daniel.achterberg@greyfriars.co.uk",
    "webex-rescheduled-en")

# 4 Google, direct from the hiring manager
u = "2v8qk1m4n7p0r3t6w9y2b5d8f1@google.com"
add("google-direct-hm", cal(f"""DTSTART:20260316T130000Z
DTEND:20260316T134500Z
DTSTAMP:20260312T093012Z
{org("sam@wrenhouse.co", "Sam Adebayo")}
UID:{u}
{att(ME, "priya.shah.research@outlook.com")}
{att("sam@wrenhouse.co", "Sam Adebayo", part="ACCEPTED", rsvp=False)}
CREATED:20260312T093011Z
{desc("Hi Priya - great to connect via Jess. As Head of Product I'm the hiring manager for our first UX "
      "Research Lead; looking forward to hearing about your work at Ledgerly." + meet("wrh-pqas-ktn"))}
LAST-MODIFIED:20260312T093012Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya / Sam - UX Research Lead
TRANSP:OPAQUE"""), u, "Wrenhouse", "UX Research Lead", "hiring_manager", "sam@wrenhouse.co", "google-direct-hm-en")

# 5 Google, synthesis exercise, two interviewers
u = "6h3j0k7l4m1n8p5q2r9s6t3u0v@google.com"
add("google-exercise", cal(f"""DTSTART:20260408T090000Z
DTEND:20260408T100000Z
DTSTAMP:20260401T145005Z
{org("kiran.bose@sundialnews.com", "Kiran Bose")}
UID:{u}
{att(ME, "Priya Shah")}
{att("kiran.bose@sundialnews.com", "Kiran Bose", part="ACCEPTED", rsvp=False)}
{att("anna.lindqvist@sundialnews.com", "Anna Lindqvist", part="ACCEPTED", rsvp=False)}
{desc("Synthesis exercise for the Lead User Researcher role. We'll share 6 anonymised reader interview "
      "transcripts 20 minutes in advance; bring your first-pass themes and we'll discuss. Kiran & Anna"
      + meet("snd-jfeu-bxw"))}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sundial News: research synthesis exercise (60 min)
TRANSP:OPAQUE"""), u, "Sundial News", "Lead User Researcher", "technical",
    "kiran.bose@sundialnews.com;anna.lindqvist@sundialnews.com", "google-exercise-en")

# 6 typed by the user on the Mac, floating time
u = "A4C1E7F2-9B3D-4E5A-8C6F-1D2E3F4A5B6C"
add("apple-typed-hm", cal(f"""CREATED:20260327T201433Z
UID:{u}
DTEND:20260330T123000
SUMMARY:Sundial HM chat
DTSTART:20260330T120000
DTSTAMP:20260327T201433Z
{desc("w/ Ruth Adeyemi, Head of Product Design. Ask about research team size + reporting line")}
LOCATION:Sundial\\, 40 Bermondsey St
SEQUENCE:0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC""", prodid=APPLE, method=""), u, "Sundial News", "", "hiring_manager",
    "Ruth Adeyemi", "apple-typed-floating-en")

# 7 iOS, terse, final, floating
u = "5E8B2C91-77D4-4F0A-B3E6-QF-FINAL"
add("ios-typed-final", cal(f"""DTSTART:20260421T140000
DTEND:20260421T153000
DTSTAMP:20260414T072200Z
UID:{u}
SUMMARY:Quillfeather final - CPO + CEO
LOCATION:Quillfeather\\, Fashion St E1
SEQUENCE:0""", prodid=IOS, method=""), u, "Quillfeather", "", "final", "", "ios-terse-final-en")

# 8 Teams, "Stage 2", no clear stage, Windows zone
u = "040000008200E00074C5B7101A82E0080000000091BB3C7A12BADC010000000000000000100000004E2F"
add("outlook-stage2", cal(f"""CLASS:PUBLIC
{desc("Stage 2 interview for the Principal User Researcher vacancy (ref NW-1187).¶Panel: Sian Roberts "
      "(Customer Insight Manager) and Alun Price (Digital Delivery Lead)." + teams("en", "399 101 557 823"))}
DTSTART;TZID=GMT Standard Time:20260410T100000
DTEND;TZID=GMT Standard Time:20260410T110000
DTSTAMP:20260402T093000Z
UID:{u}
SUMMARY;LANGUAGE=en-GB:Stage 2 interview - Principal User Researcher
{org("recruitment@northmoorwater.co.uk", "Northmoor Water Recruitment")}
{att(ME, "Shah, Priya")}
{att("sian.roberts@northmoorwater.co.uk", "Roberts, Sian")}
{att("alun.price@northmoorwater.co.uk", "Price, Alun")}
LOCATION:Microsoft Teams Meeting""", prodid=OUTLOOK, tz=("GMT Standard Time",)), u, "Northmoor Water",
    "Principal User Researcher", "", "sian.roberts@northmoorwater.co.uk;alun.price@northmoorwater.co.uk",
    "outlook-stage-2-unclear-en")

# 9 agency invite naming the employer, interviewer without address
u = "spire-7731-itv-pennant@spiresearch.co.uk"
add("agency-pennant", cal(f"""UID:{u}
DTSTAMP:20260309T170455Z
DTSTART;TZID=Europe/London:20260313T113000
DTEND;TZID=Europe/London:20260313T121500
{org("olivia@spiresearch.co.uk", "Olivia Brennan")}
{att(ME, "Priya Shah")}
SUMMARY:Interview: Pennant Games - Lead Games User Researcher - Priya Shah
{desc("Hi Priya,¶¶As discussed, your first-stage video interview with Pennant Games is confirmed. You'll meet "
      "Chris Dunmore, Director of Player Research (the hiring manager). Zoom details below - call me straight "
      "after!¶¶Olivia Brennan | Senior Consultant | Spire Search" + zoom("871 5512 0936", "UGVubmFudA"))}
LOCATION:Zoom
STATUS:CONFIRMED""", prodid=OUTLOOK, tz=("Europe/London",)), u, "Pennant Games", "Lead Games User Researcher",
    "hiring_manager", "Chris Dunmore", "agency-names-employer-en")

# 10 agency, case-study presentation, employer in summary only as a short name
u = "HT-3310-20260409-PS@harbourtalent.com"
add("agency-case", cal(f"""UID:{u}
DTSTAMP:20260403T120000Z
DTSTART;TZID=Europe/London:20260409T140000
DTEND;TZID=Europe/London:20260409T151500
{org("mark.sutton@harbourtalent.com", "Mark Sutton")}
{att(ME, "Priya Shah")}
{att("l.carvalho@tidewellpensions.co.uk", "Luis Carvalho")}
SUMMARY:Tidewell 2nd stage - case study presentation (Priya Shah)
{desc("Priya - 2nd stage with Tidewell Pensions. Present your case study (15 min) on the retirement "
      "planner brief, then Q&A with Luis Carvalho, Head of Member Experience. Good luck! Mark, Harbour Talent")}
LOCATION:Tidewell Pensions\\, 8 Temple Back\\, Bristol BS1 6FL
STATUS:CONFIRMED""", tz=("Europe/London",)), u, "Tidewell Pensions", "", "technical",
    "l.carvalho@tidewellpensions.co.uk", "agency-case-study-en")

# 11 free-mail founder, company only in the body
u = "0r4k8m2q6v1z5c9g3j7n1p5s9u@google.com"
add("freemail-founder", cal(f"""DTSTART:20260317T170000Z
DTEND:20260317T174500Z
DTSTAMP:20260314T111141Z
{org("hugo.lindqvist@gmail.com", "Hugo Lindqvist")}
UID:{u}
{att(ME, "Priya Shah")}
{att("hugo.lindqvist@gmail.com", "Hugo Lindqvist", part="ACCEPTED", rsvp=False)}
{desc("Hey Priya, as mentioned, we'd love someone to lead research at Tinderbox Labs as we go from 8 to 25 "
      "people. Let's talk about the role and your experience - I'll ask some questions, you ask lots too :)"
      + meet("tbx-okwa-pqe"))}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya <> Hugo - research lead chat
TRANSP:OPAQUE"""), u, "Tinderbox Labs", "", "", "hugo.lindqvist@gmail.com", "freemail-founder-body-only-en")

# 12 Thunderbird, the user's own entry for a phone screen
u = "f3c2a1b0-9e8d-4c7b-a6f5-e4d3c2b1a0f9"
add("thunderbird-phone", cal(f"""CREATED:20260303T194012Z
LAST-MODIFIED:20260303T194102Z
DTSTAMP:20260303T194102Z
UID:{u}
SUMMARY:Phone interview - Atlas & Oak (Digital Product)
DTSTART;TZID=Europe/London:20260306T123000
DTEND;TZID=Europe/London:20260306T130000
{desc("HR screening call with Nadia Koenig. She calls my mobile. Salary question likely.")}
LOCATION:phone
X-MOZ-GENERATION:2
X-MOZ-LASTACK:20260306T112500Z""", prodid=THUNDERBIRD, method="", tz=("Europe/London",), gregorian=False), u,
    "Atlas & Oak", "", "recruiter_screen", "Nadia Koenig", "thunderbird-user-typed-en")

# 13 Apple invite from an employee
u = "9F3A21C7-6B4E-4D8A-9E11-0C5B7A2D8F36"
add("apple-invite", cal(f"""CREATED:20260318T095501Z
UID:{u}
DTEND;TZID=Europe/London:20260324T103000
TRANSP:OPAQUE
SUMMARY:Interview - Lead UX Researcher (Leah / Priya)
DTSTART;TZID=Europe/London:20260324T100000
DTSTAMP:20260318T095513Z
{org("leah.fischer@junipertravel.com", "Leah Fischer")}
{att(ME, "Priya Shah", rsvp=True)}
{att("leah.fischer@junipertravel.com", "Leah Fischer", part="ACCEPTED", rsvp=False)}
SEQUENCE:0
{desc("Leah is Director of Design at Juniper Travel and the hiring manager for this role. FaceTime link: "
      "https://facetime.apple.com/join#v=1&p=kH2m4Q8rEe")}
URL;VALUE=URI:https://facetime.apple.com/join#v=1&p=kH2m4Q8rEe""", prodid=APPLE, tz=("Europe/London",)), u,
    "Juniper Travel", "Lead UX Researcher", "hiring_manager", "leah.fischer@junipertravel.com", "apple-facetime-en")

# 14 university panel with a room, Exchange
u = "040000008200E00074C5B7101A82E00800000000C8E4A5B1AFBADC0100000000000000001000000033D1"
add("exchange-university", cal(f"""{desc("Interview Panel - Lead User Researcher (Ref HU-2291)¶Chair: Prof. Maeve "
      "Gallagher (PVC Digital Education)¶Members: Tariq Aziz (Head of Web Services), Bronwen Lloyd (HR Partner)"
      "¶Candidate: Priya Shah¶Please report to the Registry reception 10 minutes before.")}
DTSTART;TZID=GMT Standard Time:20260428T133000
DTEND;TZID=GMT Standard Time:20260428T143000
DTSTAMP:20260415T102030Z
UID:{u}
SUMMARY:Interview Panel - Lead User Researcher (HU-2291)
{org("recruitment@haverstock.ac.uk", "HR Recruitment")}
{att(ME, "Priya Shah")}
{att("m.gallagher@haverstock.ac.uk", "Gallagher, Maeve")}
{att("t.aziz@haverstock.ac.uk", "Aziz, Tariq")}
{att("b.lloyd@haverstock.ac.uk", "Lloyd, Bronwen")}
{att("registry-g14@haverstock.ac.uk", "Registry Building G.14", cutype="ROOM", role="NON-PARTICIPANT")}
LOCATION:Registry Building G.14""", prodid=EXCHANGE, tz=("GMT Standard Time",)), u, "University of Haverstock",
    "Lead User Researcher", "", "m.gallagher@haverstock.ac.uk;t.aziz@haverstock.ac.uk;b.lloyd@haverstock.ac.uk",
    "exchange-panel-room-en")

# 15 all-day onsite typed by the user, Google export with X-WR-TIMEZONE
u = "3a9d7f1b5c2e8g4h6j0k@google.com"
add("allday-onsite", cal(f"""DTSTART;VALUE=DATE:20260429
DTEND;VALUE=DATE:20260430
DTSTAMP:20260422T090000Z
UID:{u}
CREATED:20260422T085912Z
{desc("Kestrel onsite - 4 sessions incl. portfolio + exec. Gemma sending agenda. White City office.")}
LOCATION:Kestrel Media Group\\, 201 Wood Lane\\, London
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kestrel onsite (all day)
TRANSP:TRANSPARENT""", method="PUBLISH", head=("X-WR-CALNAME:Priya", "X-WR-TIMEZONE:Europe/London")), u,
    "Kestrel Media Group", "", "onsite", "", "google-allday-export-en")

# 16 Google export with X-WR-TIMEZONE and UTC times, final with the CEO
u = "7m2n9b4v1c8x5z3l0k6j@google.com"
add("xwr-final", cal(f"""DTSTART:20260409T160000Z
DTEND:20260409T163000Z
DTSTAMP:20260404T120000Z
{org("yara.haddad@orbitale.ai", "Yara Haddad")}
UID:{u}
{att(ME, "Priya Shah", part="ACCEPTED")}
{desc("Final conversation with Yara (CEO) for the Lead Researcher role." + zoom("954 330 1178"))}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Orbitale - final round w/ CEO
TRANSP:OPAQUE""", method="PUBLISH", head=("X-WR-CALNAME:priya.shah.research@outlook.com",
                                           "X-WR-TIMEZONE:Europe/London")), u,
    "Orbitale", "Lead Researcher", "final", "yara.haddad@orbitale.ai", "xwr-timezone-utc-final-en")

# 17 recurring work-trial check-ins with one moved instance (same UID)
u = "pebblestack-trial-checkin-2026@pebblestack.com"
series = f"""UID:{u}
DTSTAMP:20260320T100000Z
DTSTART;TZID=Europe/London:20260330T090000
DTEND;TZID=Europe/London:20260330T093000
RRULE:FREQ=DAILY;COUNT=3
{org("rosa.kimani@pebblestack.com", "Rosa Kimani")}
{att(ME, "Priya Shah")}
SUMMARY:Pebblestack paid trial - daily check-in with Rosa
{desc("Part of your final-stage paid trial for the Lead UX Researcher role: quick daily check-in on the mini "
      "study you're running. Rosa (Design Director, hiring manager).")}
LOCATION:https://meet.google.com/pbs-trial-ckn
SEQUENCE:0"""
moved = f"""UID:{u}
RECURRENCE-ID;TZID=Europe/London:20260331T090000
DTSTAMP:20260330T120000Z
DTSTART;TZID=Europe/London:20260331T133000
DTEND;TZID=Europe/London:20260331T140000
{org("rosa.kimani@pebblestack.com", "Rosa Kimani")}
{att(ME, "Priya Shah")}
SUMMARY:Pebblestack paid trial - daily check-in with Rosa (moved to 1:30)
LOCATION:https://meet.google.com/pbs-trial-ckn
SEQUENCE:1"""
add("recurring-trial", cal([series, moved], tz=("Europe/London",)), u, "Pebblestack", "Lead UX Researcher", "final",
    "rosa.kimani@pebblestack.com", "recurring-override-en")

# 18 hand-typed phone screen, Outlook desktop, terse
u = "040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC01000000000000000010000000AA01"
add("outlook-typed-phone", cal(f"""DTSTART;TZID=GMT Standard Time:20260304T174500
DTEND;TZID=GMT Standard Time:20260304T181500
DTSTAMP:20260302T221000Z
UID:{u}
SUMMARY:call w/ Dev from Greyfriars BS talent team (screening)
LOCATION:mobile
{desc("re Lead UX Researcher ad. Have salary range ready")}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY""", prodid=OUTLOOK, method="", tz=("GMT Standard Time",)), u,
    "Greyfriars Building Society", "", "recruiter_screen", "Dev", "outlook-typed-phone-screen-en")
