"""holdout40 negatives: Tom Gallagher on the hiring side at Ulster Mutual Bank (written blind)."""

# ruff: noqa: E501  (raw iCalendar content lines are data; the writer folds them)

from __future__ import annotations

from holdout40ev_ics import ME_HOME, ME_WORK, STAMP, TEAMS_EN, Ev, att, boiler, cal, org

OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EX = "Microsoft Exchange Server 2010"
G = "-//Google Inc//Google Calendar 70.9054//EN"
A = "-//Apple Inc.//macOS 14.6//EN"
UIA = "user_as_interviewer"
W = "GMT Standard Time"


def events() -> list[Ev]:
    mew = att("Gallagher, Tom", ME_WORK)
    e: list[Ev] = []
    e.append(Ev("neg-side-ca-interview", "en", cal(EX, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA01BB02CC03DD0100000000000000001000000011110000AAAA0001
{STAMP}
DTSTART;TZID="{W}":20261110T100000
DTEND;TZID="{W}":20261110T104500
SUMMARY:Interview - Customer Adviser (Lisburn Road) - Candidate: Shannon Murray
{org("Resourcing Team", "resourcing@ulster-mutual-bank.co.uk")}
{mew}
{att("McKee, Lorraine", "l.mckee@ulster-mutual-bank.co.uk")}
LOCATION:Lisburn Road branch - interview room 2
DESCRIPTION:Panel: Tom Gallagher (Branch Manager)\\, Lorraine McKee (Senior Customer Adviser)\\nCandidate CV and interview guide attached. Please complete the scoring matrix in Workday by end of day.
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-grad-ac", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA02BB03CC04DD0100000000000000001000000011110000AAAA0002
{STAMP}
DTSTART;TZID="{W}":20261118T083000
DTEND;TZID="{W}":20261118T170000
SUMMARY:Graduate Programme Assessment Centre 2027 intake - ASSESSORS
{org("Early Careers", "earlycareers@ulster-mutual-bank.co.uk")}
{mew}
{att("O'Neill, Bronagh", "b.oneill@ulster-mutual-bank.co.uk")}
{att("Hamill, Peter", "p.hamill@ulster-mutual-bank.co.uk")}
{att("HQ Donegall Sq - Boardroom", "boardroom.dsq@ulster-mutual-bank.co.uk", "NON-PARTICIPANT", cutype="ROOM")}
LOCATION:Head Office\\, Donegall Square - Boardroom
DESCRIPTION:Thank you for volunteering as an assessor. 24 candidates\\, 4 exercises (group\\, role play\\, case\\, competency interview). Assessor briefing at 08:30 sharp. Wash-up 16:00-17:00.
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-promotion-board", "en", cal(EX, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA03BB04CC05DD0100000000000000001000000011110000AAAA0003
{STAMP}
DTSTART;TZID="{W}":20261124T140000
DTEND;TZID="{W}":20261124T163000
SUMMARY:Internal Promotion Board - Assistant Branch Manager (3 candidates)
{org("Devlin, Martin", "m.devlin@ulster-mutual-bank.co.uk")}
{mew}
{att("Area HR - Karen Steele", "k.steele@ulster-mutual-bank.co.uk")}
DESCRIPTION:Tom - you're on the board with Karen and me. 45 min per candidate. Candidate packs in the shared drive (Promotions > ABM > Nov26). Martin Devlin\\, Area Director{boiler(TEAMS_EN, "dW1iYm9h", "Um3Pb9")}
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-handtyped-note", "en", cal(A, """BEGIN:VEVENT
UID:2A4C6E8F-1B3D-4F5A-9C7E-0D2B4F6A8C1E
DTSTAMP:20261102T091500Z
DTSTART;TZID=Europe/London:20261112T093000
DTEND;TZID=Europe/London:20261112T123000
SUMMARY:interviewing CA applicants x3 (branch)
DESCRIPTION:bring scoring sheets. Lorraine sitting in
END:VEVENT""", tz=("Europe/London",), method=""), False, trap=UIA))
    e.append(Ev("neg-side-forwarded", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA05BB06CC07DD0100000000000000001000000011110000AAAA0005
{STAMP}
DTSTART;TZID="{W}":20261119T110000
DTEND;TZID="{W}":20261119T120000
SUMMARY:FW: Interview: Mortgage Adviser - candidate Declan Rooney
{org("Gallagher, Tom", ME_WORK)}
{att("Tom Gallagher", ME_HOME)}
DESCRIPTION:-----Original Appointment-----\\nFrom: Resourcing Team\\nSent: 02 November 2026 09:12\\nTo: Gallagher\\, Tom\\nSubject: Interview: Mortgage Adviser - candidate Declan Rooney\\nWhen: 19 November 2026 11:00-12:00 (UTC+00:00) Dublin\\, Edinburgh\\, Lisbon\\, London.\\nWhere: Ulster Mutual Bank\\, Lisburn Road\\n\\nTom\\, please interview Declan as hiring manager for the Mortgage Adviser vacancy in your branch.
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-private-copy", "en", cal(G, """BEGIN:VEVENT
DTSTART:20261126T100000Z
DTEND:20261126T113000Z
DTSTAMP:20261102T091500Z
UID:9ab3cd5ef7gh1ij3kl5mn7op9@google.com
SUMMARY:Interview panel @ work (covering for Lisa) - grad applicants
DESCRIPTION:copied from work calendar so I don't book anything over it
TRANSP:OPAQUE
END:VEVENT""", method="PUBLISH", head="X-WR-CALNAME:tomgallagher@hotmail.co.uk\nX-WR-TIMEZONE:Europe/London"), False, trap=UIA))
    e.append(Ev("neg-side-workday-kit", "en", cal("-//Workday//Recruiting//EN", f"""BEGIN:VEVENT
UID:WD-UMB-IV-20461-PANEL@myworkday.com
{STAMP}
DTSTART:20261117T130000Z
DTEND:20261117T134500Z
SUMMARY:Interview: Customer Adviser (R-20461) - Jamie Patterson
{org("Ulster Mutual Bank Recruiting", "ulstermutual@myworkday.com")}
{att("Tom Gallagher", ME_WORK)}
{att("Jamie Patterson", "jamie.patterson99@gmail.com")}
DESCRIPTION:Interviewer: Tom Gallagher\\nCandidate: Jamie Patterson\\nInterview Kit: Customer Adviser - Competency (v3)\\nPlease submit feedback in Workday within 24 hours of the interview.
END:VEVENT"""), False, trap=UIA))
    e.append(Ev("neg-side-user-organises-gmail-candidate", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA08BB09CC0ADD0100000000000000001000000011110000AAAA0008
{STAMP}
DTSTART;TZID="{W}":20261120T150000
DTEND;TZID="{W}":20261120T154500
SUMMARY:Interview - Customer Adviser role - Ulster Mutual Bank
{org("Gallagher, Tom", ME_WORK)}
{att("Orlaith Kearney", "orlaith.kearney@gmail.com")}
LOCATION:Ulster Mutual Bank\\, 211 Lisburn Road\\, Belfast BT9 7EJ
DESCRIPTION:Dear Orlaith\\,\\n\\nThank you for applying for the Customer Adviser role. I'd like to invite you to an interview at the branch. Please bring photo ID.\\n\\nKind regards\\,\\nTom Gallagher\\nBranch Manager
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-calendly-host", "en", cal("-//Calendly//Calendly//EN", f"""BEGIN:VEVENT
UID:calendly-umb-3c4d5e6f7a8b@calendly.com
{STAMP}
DTSTART:20261113T140000Z
DTEND:20261113T142000Z
SUMMARY:Customer Adviser phone interview between Tom Gallagher and Ryan Hughes
{org("Tom Gallagher", ME_WORK)}
{att("Tom Gallagher", ME_WORK, stat="ACCEPTED")}
{att("Ryan Hughes", "ryanhughes.ni@outlook.com", stat="ACCEPTED")}
DESCRIPTION:Event Name: Customer Adviser phone interview\\n\\nLocation: Tom Gallagher will call the invitee.\\n\\nQuestions: Why do you want to work at Ulster Mutual? - I banked with you since I was 16...\\n\\nPowered by Calendly.com
END:VEVENT"""), False, trap=UIA))
    e.append(Ev("neg-side-bookings-staff", "en", cal(OL, f"""BEGIN:VEVENT
UID:bookings-umb-77aa88bb-99cc-4d0e-8f1a-2b3c4d5e6f70
{STAMP}
DTSTART;TZID="{W}":20261116T120000
DTEND;TZID="{W}":20261116T123000
SUMMARY:Graduate video interview: Aisling Doran
{org("UMB Early Careers Bookings", "EarlyCareersBookings@ulster-mutual-bank.co.uk")}
{mew}
{att("Aisling Doran", "a.doran@qub.ac.uk")}
DESCRIPTION:New booking\\nService: Graduate Programme - 1st round video interview\\nStaff member: Tom Gallagher\\nCustomer: Aisling Doran (Queen's University Belfast){boiler(TEAMS_EN, "ZWFybHlj", "Ec4Gv8")}
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-scorecards", "en", cal(EX, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA0BBB0CCC0DDD0100000000000000001000000011110000AAAA000B
{STAMP}
DTSTART;TZID="{W}":20261121T090000
DTEND;TZID="{W}":20261121T093000
SUMMARY:Reminder: submit CA interview scores + hire/no-hire
{org("Gallagher, Tom", ME_WORK)}
{mew}
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-washup", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA0CBB0DCC0EDD0100000000000000001000000011110000AAAA000C
{STAMP}
DTSTART;TZID="{W}":20261118T160000
DTEND;TZID="{W}":20261118T170000
SUMMARY:Assessment centre wash-up / candidate calibration
{org("Early Careers", "earlycareers@ulster-mutual-bank.co.uk")}
{mew}
{att("O'Neill, Bronagh", "b.oneill@ulster-mutual-bank.co.uk")}
DESCRIPTION:Assessors to agree final scores and offer list for the 2027 graduate intake.
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-agency-sends-candidate", "en", cal(OL, f"""BEGIN:VEVENT
UID:{{BB11CC22-DD33-4E44-8F55-A066B077C088}}
{STAMP}
DTSTART;TZID="{W}":20261125T113000
DTEND;TZID="{W}":20261125T121500
SUMMARY:Interview confirmation: Michael Dunne - Mortgage Adviser - Ulster Mutual Bank
{org("Gemma Crawford (Grafton Recruitment)", "gemma.crawford@grafton.co.uk")}
{mew}
{att("Michael Dunne", "mdunne1987@yahoo.co.uk")}
DESCRIPTION:Hi Tom\\,\\n\\nThanks for agreeing to see Michael. He'll come to the Lisburn Road branch for 11:30. His CV is attached - 6 years at a building society\\, CeMAP qualified.\\n\\nGemma\\, Grafton Recruitment (Belfast)
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-es-bilingual", "es", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA0EBB0FCC10DD0100000000000000001000000011110000AAAA000E
{STAMP}
DTSTART;TZID="{W}":20261127T100000
DTEND;TZID="{W}":20261127T104500
SUMMARY:Entrevista candidata - Asesora bilingüe (español) - Ulster Mutual Contact Centre
{org("Gallagher, Tom", ME_WORK)}
{att("Paula Serrano", "paula.serrano.v@gmail.com")}
{att("Ortega, Inés", "i.ortega@ulster-mutual-bank.co.uk")}
DESCRIPTION:Hola Paula\\, te confirmo la entrevista para el puesto de asesora bilingüe en nuestro centro de atención al cliente en Belfast. Inés Ortega hará la parte en español. Saludos\\, Tom Gallagher{boiler(TEAMS_EN, "YmlsaW5n", "Bl1Es2")}
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-fr-grad", "fr", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA0FBB10CC11DD0100000000000000001000000011110000AAAA000F
{STAMP}
DTSTART;TZID="{W}":20261202T140000
DTEND;TZID="{W}":20261202T143000
SUMMARY:Entretien stagiaire - Léa Fontaine (échange Erasmus) - Ulster Mutual
{org("Gallagher, Tom", ME_WORK)}
{att("Léa Fontaine", "lea.fontaine@etu.univ-lyon3.fr")}
DESCRIPTION:Bonjour Léa\\, voici l'invitation pour notre entretien pour le stage d'été à l'agence de Lisburn Road. Je serai votre interlocuteur. Cordialement\\, Tom Gallagher\\, Directeur d'agence
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-de-candidate", "de", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA10BB11CC12DD0100000000000000001000000011110000AAAA0010
{STAMP}
DTSTART;TZID="{W}":20261203T100000
DTEND;TZID="{W}":20261203T104500
SUMMARY:Vorstellungsgespräch Maximilian Roth - Kundenberater (Ulster Mutual Bank)
{org("Gallagher, Tom", ME_WORK)}
{att("Maximilian Roth", "max.roth@web.de")}
{att("McKee, Lorraine", "l.mckee@ulster-mutual-bank.co.uk")}
DESCRIPTION:Hallo Herr Roth\\, wie am Telefon besprochen\\, hier die Einladung zum Gespräch für die Stelle als Customer Adviser in Belfast. Das Gespräch führe ich mit meiner Kollegin Lorraine McKee. Viele Grüße\\, Tom Gallagher{boiler(TEAMS_EN, "a3VuZGVu", "Kd6Rt0")}
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-hirevue-review", "en", cal(EX, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA11BB12CC13DD0100000000000000001000000011110000AAAA0011
{STAMP}
DTSTART;TZID="{W}":20261109T140000
DTEND;TZID="{W}":20261109T160000
SUMMARY:Review HireVue video interviews - Customer Adviser pipeline (12)
{org("Gallagher, Tom", ME_WORK)}
DESCRIPTION:Link from Resourcing: https://app.hirevue.com/reviews/umb-ca-nov. Rate each 1-5.
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-recurring-slots", "en", cal(EX, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA12BB13CC14DD0100000000000000001000000011110000AAAA0012
{STAMP}
DTSTART;TZID="{W}":20261104T150000
DTEND;TZID="{W}":20261104T160000
RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=6
SUMMARY:Recruitment interviews - branch vacancies (hold)
{org("Gallagher, Tom", ME_WORK)}
{att("McKee, Lorraine", "l.mckee@ulster-mutual-bank.co.uk")}
DESCRIPTION:Weekly hold for interviewing applicants for the Lisburn Road vacancies until filled.
END:VEVENT
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA12BB13CC14DD0100000000000000001000000011110000AAAA0012
{STAMP}
RECURRENCE-ID;TZID="{W}":20261118T150000
DTSTART;TZID="{W}":20261118T150000
DTEND;TZID="{W}":20261118T160000
SUMMARY:Recruitment interviews - branch vacancies (hold)
STATUS:CANCELLED
{org("Gallagher, Tom", ME_WORK)}
SEQUENCE:1
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-allday-panel-home", "en", cal(G, """BEGIN:VEVENT
DTSTART;VALUE=DATE:20261209
DTEND;VALUE=DATE:20261210
DTSTAMP:20261102T091500Z
UID:1qa2ws3ed4rf5tg6yh7uj8ik9@google.com
SUMMARY:On interview panel all day (work) - no personal calls
TRANSP:TRANSPARENT
END:VEVENT""", method="PUBLISH"), False, trap=UIA))
    e.append(Ev("neg-side-shadow-training", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000AA14BB15CC16DD0100000000000000001000000011110000AAAA0014
{STAMP}
DTSTART;TZID="{W}":20261201T100000
DTEND;TZID="{W}":20261201T110000
SUMMARY:Shadowing: Colette to observe your CA interview (Aaron Black)
{org("Gallagher, Tom", ME_WORK)}
{att("Byrne, Colette", "c.byrne@ulster-mutual-bank.co.uk")}
DESCRIPTION:Colette (new ABM) is shadowing as part of her interviewer accreditation. Candidate Aaron Black arrives 10:00.
END:VEVENT""", tz=(W,)), False, trap=UIA))
    e.append(Ev("neg-side-home-fwd-text", "en", cal(A, f"""BEGIN:VEVENT
UID:C7D8E9F0-A1B2-4C3D-8E4F-5A6B7C8D9E0F
{STAMP}
DTSTART;TZID=Europe/London:20261204T090000
DTEND;TZID=Europe/London:20261204T120000
SUMMARY:Interviews - Interview Room 1 Head Office
{org("Tom Gallagher", ME_HOME)}
DESCRIPTION:Panel for Ulster Mutual's apprenticeship scheme - me + HR. 4 apprentices. (Put in personal cal)
LOCATION:Ulster Mutual Bank Head Office
END:VEVENT""", tz=("Europe/London",), method=""), False, trap=UIA))
    return e
