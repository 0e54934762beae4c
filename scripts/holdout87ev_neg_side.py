"""holdout87: the user on the hiring side at Ledgerly (interviewing candidates). Written blind, CC0 1.0."""

from __future__ import annotations

from holdout87ev_ics import APPLE, EXCHANGE, IOS, OUTLOOK, WORK, Ev, att, cal, desc, meet, org, teams, zoom

EVENTS: list[Ev] = []
LT = ("Europe/London",)


def add(kind: str, ics: str, uid: str, trap: str) -> None:
    EVENTS.append(Ev(kind, ics, uid, 0, trap=trap))


def ev(uid: str, start: str, end: str, summary: str, body: str, extra: str, prodid: str = "", tz: tuple[str, ...] = LT,
       method: str = "REQUEST") -> str:
    block = (f"UID:{uid}\nDTSTAMP:20260301T090000Z\nDTSTART;TZID=Europe/London:{start}\n"
             f"DTEND;TZID=Europe/London:{end}\nSUMMARY:{summary}\n{desc(body)}\n{extra}")
    return cal(block, prodid=prodid or "-//Google Inc//Google Calendar 70.9054//EN", method=method, tz=tz)


u = "gh-ledgerly-int-55120931@ledgerly.co.uk"
add("side-greenhouse", ev(u, "20260310T140000", "20260310T144500",
    "Interview: Tomás Reyes for Senior UX Researcher - Portfolio Review",
    "Interviewer: Priya Shah¶Candidate: Tomás Reyes¶Job: Senior UX Researcher (Payments)¶¶Interview kit & "
    "scorecard: https://app.greenhouse.io/guides/55120931/people/4410021¶Please submit feedback within 24h.",
    f"{org('talent@ledgerly.co.uk', 'Ledgerly Talent')}\n{att(WORK, 'Priya Shah')}\n"
    "LOCATION:LDN-2F-Moorgate"), u, "user-as-interviewer-greenhouse-kit-en")

u = "ledgerly-kit-research-case-0317"
add("side-kit", ev(u, "20260317T100000", "20260317T110000",
    "Research case interview - Nadia Petrova (Senior Product Designer)",
    "You're interviewing. Focus: research literacy - how does the candidate use evidence?¶Interview kit: "
    "https://ledgerly.ashbyhq.com/interview-kit/8e21¶Scorecard due EOD.",
    f"{org('recruiting@ledgerly.co.uk', 'Ledgerly Recruiting')}\n{att(WORK, 'Priya Shah')}\n"
    f"{att('nadia.petrova@protonmail.com', 'Nadia Petrova')}\n{att('marc.dupuis@ledgerly.co.uk', 'Marc Dupuis')}\n"
    "LOCATION:https://meet.google.com/ldg-rsrc-kit", prodid="-//Ashby//Interview Scheduling//EN"),
    u, "user-as-interviewer-ashby-kit-en")

u = "A81C3F2E-SCORECARD-HANNAH"
add("side-scorecard", ev(u, "20260312T163000", "20260312T170000", "Submit scorecard - Hannah Lee",
    "Greenhouse reminder to myself. Strong on synthesis, weak on stakeholder stuff.", "TRANSP:TRANSPARENT",
    prodid=APPLE, method=""), u, "user-as-interviewer-scorecard-typed-en")

u = "debrief-sr-uxr-amara-20260319@ledgerly.co.uk"
add("side-debrief", ev(u, "20260319T160000", "20260319T163000", "Debrief: Amara Nwosu - Senior UX Researcher",
    "Hiring debrief. Interviewers please submit scorecards before joining. Decision: hire / no hire.",
    f"{org('marc.dupuis@ledgerly.co.uk', 'Marc Dupuis')}\n{att(WORK, 'Priya Shah')}\n"
    f"{att('zoe.clarke@ledgerly.co.uk', 'Zoe Clarke')}\n{att('ahmed.farouk@ledgerly.co.uk', 'Ahmed Farouk')}"),
    u, "user-as-interviewer-debrief-en")

u = "040000008200E00074C5B7101A82E00800000000LEDGERLYPANEL01000000000000000010000000AAA1"
add("side-panel", cal(f"""UID:{u}
DTSTAMP:20260311T110000Z
DTSTART;TZID=GMT Standard Time:20260318T100000
DTEND;TZID=GMT Standard Time:20260318T113000
SUMMARY:Panel interview - Product Designer candidate (Ruby Tan) - Ledgerly
{desc("Panel: Priya Shah (Research), Ahmed Farouk (Design), Zoe Clarke (Product).¶Candidate: Ruby Tan - "
      "portfolio presentation then Q&A. Please use the structured questions in the kit." + teams("en"))}
{org("zoe.clarke@ledgerly.co.uk", "Clarke, Zoe")}
{att(WORK, "Shah, Priya")}
{att("ahmed.farouk@ledgerly.co.uk", "Farouk, Ahmed")}
{att("ruby.tan.design@gmail.com", "Ruby Tan")}
LOCATION:Microsoft Teams Meeting""", prodid=OUTLOOK, tz=("GMT Standard Time",)), u, "user-as-interviewer-panel-en")

u = "shadow-ahmed-candidate-call-0324"
add("side-shadow", ev(u, "20260324T150000", "20260324T154500", "Shadowing: Ahmed's interview with design candidate",
    "Interviewer training - Priya shadows Ahmed on a live candidate interview (reverse shadow next time).",
    f"{org('ahmed.farouk@ledgerly.co.uk', 'Ahmed Farouk')}\n{att(WORK, 'Priya Shah', role='OPT-PARTICIPANT')}"),
    u, "user-as-interviewer-shadowing-en")

u = "calendly-host-kwame-4f1e2d3c-0b9a-8877"
add("side-calendly-host", ev(u, "20260313T110000", "20260313T114500", "Kwame Mensah and Priya Shah",
    "Event Name: Senior UX Researcher - interview with Priya (Ledgerly)¶Invitee: Kwame Mensah¶Invitee Email: "
    "kwame.mensah@gmail.com¶¶Powered by Calendly.com",
    f"{org(WORK, 'Priya Shah')}\n{att('kwame.mensah@gmail.com', 'Kwame Mensah', part='ACCEPTED')}\n"
    "LOCATION:https://meet.google.com/ldg-kwm-itv", prodid="-//Calendly//Calendly//EN"),
    u, "user-as-interviewer-calendly-host-en")

u = "HT-4402-ledgerly-candidate@harbourtalent.com"
add("side-agency", ev(u, "20260320T130000", "20260320T134500",
    "Candidate interview: Sofia Marín (Harbour Talent) - Senior Researcher, Ledgerly",
    "Hi Priya, confirming Sofia's first interview with you. CV attached to my email; she's currently at a "
    "Madrid neobank. Mark Sutton, Harbour Talent",
    f"{org('mark.sutton@harbourtalent.com', 'Mark Sutton')}\n{att(WORK, 'Priya Shah')}\n"
    f"{att('sofia.marin.ux@hotmail.es', 'Sofía Marín')}"), u, "user-as-interviewer-agency-candidate-en")

u = "ledgerly-itv-jamie-fox-20260326@ledgerly.co.uk"
add("side-user-organiser", ev(u, "20260326T140000", "20260326T144500",
    "Ledgerly - Senior UX Researcher interview (Jamie Fox)",
    "Hi Jamie, thanks for applying! This is a 45 min conversation with me, Priya (Research Lead). We'll talk "
    "through one project of yours. Meet link below." + meet("ldg-jmf-itv"),
    f"{org(WORK, 'Priya Shah')}\n{att('jamie.fox93@gmail.com', 'Jamie Fox')}"),
    u, "user-as-interviewer-organiser-freemail-candidate-en")

u = "2C7E9A41-typed-junior-researcher"
add("side-typed", ev(u, "20260402T100000", "20260402T110000", "interview candidate - junior researcher - rm 4B",
    "bring printed case. Q3 from bank. Marc joins 2nd half", "", prodid=IOS, method=""),
    u, "user-as-interviewer-typed-en")

u = "ledgerly-calibration-research-hiring-q2"
add("side-calibration", ev(u, "20260407T150000", "20260407T160000", "Research hiring calibration (Q2)",
    "Calibrate the bar for Senior vs Lead researcher interviews. Bring two anonymised scorecards each.",
    f"{org(WORK, 'Priya Shah')}\n{att('marc.dupuis@ledgerly.co.uk', 'Marc Dupuis')}\n"
    f"{att('zoe.clarke@ledgerly.co.uk', 'Zoe Clarke')}"), u, "user-as-interviewer-calibration-en")

u = "ledgerly-interviewer-training-0409"
add("side-training", ev(u, "20260409T130000", "20260409T150000",
    "Interviewer training: structured interviewing & bias",
    "Mandatory before joining interview panels at Ledgerly. Covers competency questions, scorecards and "
    "note-taking.",
    f"{org('people@ledgerly.co.uk', 'Ledgerly People')}\n{att(WORK, 'Priya Shah')}\nLOCATION:LDN-5F-Town Hall"),
    u, "user-as-interviewer-training-en")

u = "takehome-review-cand-4521"
add("side-takehome", ev(u, "20260323T090000", "20260323T100000", "Review take-home - candidate #4521 (UXR)",
    "Blind review of the take-home before the debrief. Rubric in Notion.", "TRANSP:OPAQUE", method=""),
    u, "user-as-interviewer-takehome-review-en")

u = "040000008200E00074C5B7101A82E00800000000LEDGERLYLEAD001000000000000000010000000BBB2"
add("side-exchange-lead", cal(f"""UID:{u}
DTSTAMP:20260401T100000Z
DTSTART;TZID=GMT Standard Time:20260414T110000
DTEND;TZID=GMT Standard Time:20260414T120000
SUMMARY:Interview - Design Lead - Oluwaseun Bankole
{desc("Priya, you are interviewing Oluwaseun with me (collaboration with research). Candidate joins via Teams."
      + teams("en"))}
{org("ahmed.farouk@ledgerly.co.uk", "Farouk, Ahmed", sent_by="pa.design@ledgerly.co.uk")}
{att(WORK, "Shah, Priya")}
{att("o.bankole@outlook.com", "Oluwaseun Bankole")}
LOCATION:Microsoft Teams Meeting""", prodid=EXCHANGE, tz=("GMT Standard Time",)), u,
    "user-as-interviewer-exchange-sent-by-en")

u = "ledgerly-grad-ac-assessor-0430"
add("side-assessor", ev(u, "20260430T083000", "20260430T170000", "Graduate assessment centre - assessor (Priya)",
    "You are an assessor for the group exercise and 1:1 interviews with 12 graduate applicants. Assessor "
    "briefing 08:30.",
    f"{org('early.careers@ledgerly.co.uk', 'Early Careers')}\n{att(WORK, 'Priya Shah')}\nLOCATION:LDN-5F"),
    u, "user-as-interviewer-assessor-en")

u = "goodtime-ledgerly-ola-portfolio@ledgerly.co.uk"
add("side-goodtime", ev(u, "20260416T140000", "20260416T150000",
    "[Interviewer] Portfolio Presentation - Candidate: Ola Adeyinka - Lead Product Designer",
    "You have been scheduled as an interviewer. Candidate: Ola Adeyinka (ola.adeyinka@yahoo.co.uk). Please "
    "review the resume and interview kit before the session." + zoom("944 1120 7745"),
    f"{org('scheduling@ledgerly.co.uk', 'Ledgerly Scheduling')}\n{att(WORK, 'Priya Shah')}",
    prodid="-//GoodTime.io//Scheduling//EN"), u, "user-as-interviewer-goodtime-en")

u = "B5D2E8F1-phone-screen-benw"
add("side-phone-screen", ev(u, "20260406T123000", "20260406T130000", "Phone screen - Ben W (UXR candidate)",
    "I call him: 07700 900777. Check notice period + visa.", "", prodid=APPLE, method=""),
    u, "user-as-interviewer-phone-screen-typed-en")

u = "DE-agentur-kandidat-ledgerly-2026@talentbruecke.de"
add("side-agency-de", cal(f"""UID:{u}
DTSTAMP:20260408T120000Z
DTSTART;TZID=Europe/Berlin:20260415T150000
DTEND;TZID=Europe/Berlin:20260415T154500
SUMMARY:Kandidatenvorstellung: Lukas Reiter - Senior UX Researcher (Ledgerly)
{desc("Hallo Priya,¶¶wie besprochen stellen wir Ihnen Lukas Reiter für Ihre Position Senior UX Researcher "
      "(Berlin Hub) vor. Das Gespräch führen Sie auf Englisch.¶¶Viele Grüße¶Katrin Wolf, TalentBrücke")}
{org("k.wolf@talentbruecke.de", "Katrin Wolf")}
{att(WORK, "Priya Shah")}
{att("lukas.reiter@web.de", "Lukas Reiter")}
LOCATION:Google Meet""", prodid=OUTLOOK, tz=("Europe/Berlin",)), u, "user-as-interviewer-agency-candidate-de")

u = "ledgerly-entretien-candidate-fr-0422"
add("side-fr", cal(f"""UID:{u}
DTSTAMP:20260414T090000Z
DTSTART;TZID=Europe/Paris:20260422T110000
DTEND;TZID=Europe/Paris:20260422T114500
SUMMARY:Entretien candidat - Camille Roux - UX Researcher (bureau de Paris)
{desc("Priya, tu fais passer l'entretien research à Camille pour le bureau de Paris. Grille d'évaluation "
      "dans Ashby. Merci ! - Élodie (RH)" + meet("ldg-crx-fr", "fr"))}
{org("elodie.martin@ledgerly.co.uk", "Élodie Martin")}
{att(WORK, "Priya Shah")}
{att("camille.roux@laposte.net", "Camille Roux")}""", prodid="-//Google Inc//Google Calendar 70.9054//FR",
    tz=("Europe/Paris",)), u, "user-as-interviewer-scorecard-fr")

u = "ledgerly-hiring-manager-sync-uxr"
add("side-hm-sync", ev(u, "20260305T093000", "20260305T100000", "UXR hiring sync - pipeline & offers",
    "Weekly sync with Talent on the Senior UX Researcher req: 4 in onsite, 1 offer pending. I'm the hiring "
    "manager.", f"{org('talent@ledgerly.co.uk', 'Ledgerly Talent')}\n{att(WORK, 'Priya Shah')}\n"
    "RRULE:FREQ=WEEKLY;COUNT=6"), u, "user-as-interviewer-hiring-manager-sync-en")
