"""holdout47 event corpus: the user's own interviews, English."""

from __future__ import annotations

from holdout47ev_boiler import gfooter, meet, teams, zoom
from holdout47ev_ics import GOOGLE, ME, ME_CN, OUTLOOK, Ev, alt, att, cal, esc, guid, hexid, org, outlook_uid, room


def caldera_greenhouse() -> Ev:
    uid = f"greenhouse-{hexid('caldera1', 10)}-interview@greenhouse.io"
    d = ("Hi Pierre-Yves,\n\nThanks for making time to speak with us! Here are the details of your upcoming "
         "interview with Caldera Offshore.\n\nRole: Senior Programme Manager, Floating Wind (France)\nInterview: "
         "Technical Interview – Project Delivery (60 min)\nInterviewers: Fiona McLeod (Head of Delivery), "
         "Jean-Baptiste Roux (Package Manager, Moorings)\n\n" + zoom("en", "Amy Douglas", "815 2270 4418", "661093")
         + "\n\nIf you need to reschedule, just reply to this email.\n\nBest,\nAmy Douglas\nRecruiting Coordinator")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251007T152210Z
DTSTART:20251014T090000Z
DTEND:20251014T100000Z
SUMMARY:Interview with Caldera Offshore – Technical Interview
DESCRIPTION:{esc(d)}
LOCATION:https://us06web.zoom.us/j/81522704418
{org("amy.douglas@calderaoffshore.com", "Amy Douglas")}
{att(ME, ME_CN, style="p")}
{att("fiona.mcleod@calderaoffshore.com", "Fiona McLeod", style="p")}
{att("jb.roux@calderaoffshore.com", "Jean-Baptiste Roux", style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("greenhouse-en", cal(body, "-//Greenhouse Software//Greenhouse Recruiting//EN"), uid, True,
              "Caldera Offshore", "Senior Programme Manager, Floating Wind (France)", "technical",
              ("fiona.mcleod@calderaoffshore.com", "jb.roux@calderaoffshore.com"), "greenhouse-utc-en")


def keelson_ashby() -> Ev:
    uid = f"ashby-{guid('keelson1')}"
    d = ("Interview: Hiring Manager Interview\nPosition: Programme Director – Naval Combat Systems (Toulon)\n"
         "Interviewer: Graham Whitlock, VP Programmes\nDuration: 45 minutes\n\n" + meet("en", "ezq-rmtc-fah",
                                                                                       "512 907 338")
         + "\n\nScheduled with Ashby on behalf of Keelson Defence Systems.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251015T101001Z
DTSTART;TZID=Europe/London:20251021T150000
DTEND;TZID=Europe/London:20251021T154500
SUMMARY:Keelson Defence Systems – Hiring Manager Interview (Pierre-Yves Le Gall)
DESCRIPTION:{esc(d)}
LOCATION:https://meet.google.com/ezq-rmtc-fah
{org("talent@keelson-defence.co.uk", "Keelson Talent Team")}
{att(ME, ME_CN, style="p")}
{att("graham.whitlock@keelson-defence.co.uk", "Graham Whitlock", style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("ashby-en", cal(body, "-//Ashby//Ashby Scheduling//EN", tz=("Europe/London",)), uid, True,
              "Keelson Defence Systems", "Programme Director – Naval Combat Systems", "hiring_manager",
              ("graham.whitlock@keelson-defence.co.uk",), "ashby-hm-london-en")


def brightwater_goodtime() -> Ev:
    uid = f"gt-{hexid('bw-final', 20)}@goodtime.io"
    d = ("Final Round – Onsite (Marseille)\nCandidate: Pierre-Yves Le Gall\nPosition: Senior Project Manager – "
         "Cable Lay\n\nItinerary (CET):\n10:00–10:45  Nicolas Fabre, Project Director\n10:45–11:30  Rachel Moffat, "
         "VP Operations\n11:30–12:15  Lunch with the project team\n12:15–13:00  Karim Haddad, HR Business Partner\n\n"
         "Please report to reception, 3rd floor, and ask for Lena. Bring photo ID.\n\nLena Schmidt\nCandidate "
         "Experience Coordinator – Brightwater Subsea\n\nScheduled via GoodTime")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251119T113321Z
DTSTART;TZID=Europe/Paris:20251127T100000
DTEND;TZID=Europe/Paris:20251127T130000
SUMMARY:Final Round – Onsite: Pierre-Yves Le Gall / Brightwater Subsea
DESCRIPTION:{esc(d)}
LOCATION:Brightwater Subsea\\, 40 quai du Lazaret\\, 13002 Marseille – MRS-3F-Calanques
{org("lena.schmidt@brightwater-subsea.com", "Lena Schmidt")}
{att(ME, ME_CN, style="p")}
{att("nicolas.fabre@brightwater-subsea.com", "Nicolas Fabre", style="p")}
{att("rachel.moffat@brightwater-subsea.com", "Rachel Moffat", style="p")}
{att("karim.haddad@brightwater-subsea.com", "Karim Haddad", style="p")}
{room("mrs-3f-calanques@brightwater-subsea.com", "MRS-3F-Calanques (10)")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("goodtime-en", cal(body, "-//GoodTime.io//GoodTime Hire//EN", tz=("Europe/Paris",)), uid, True,
              "Brightwater Subsea", "Senior Project Manager – Cable Lay", "final",
              ("nicolas.fabre@brightwater-subsea.com", "rachel.moffat@brightwater-subsea.com",
               "karim.haddad@brightwater-subsea.com"), "goodtime-final-onsite-room-en")


def orca_modernloop() -> Ev:
    uid = f"ml-{guid('orca2')}"
    d = ("Panel Interview – Head of Programme Delivery\n\nPanel:\n• Sarah Lindqvist – COO\n• Tom Okafor – Director, "
         "Construction Management\n\nFormat: 60 minutes, competency-based; please prepare a 10-minute walk-through "
         "of a recovery plan you led.\n\n" + zoom("en", "Orca Energy Partners", "894 7715 2093", "304117")
         + "\n\nThis interview was scheduled with ModernLoop.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251106T160500Z
DTSTART;TZID=Europe/Paris:20251113T123000
DTEND;TZID=Europe/Paris:20251113T133000
SUMMARY:Panel Interview – Pierre-Yves Le Gall (Head of Programme Delivery)
DESCRIPTION:{esc(d)}
LOCATION:Zoom
{org("recruiting@orcaenergy.com", "Orca Recruiting")}
{att(ME, ME_CN, style="p")}
{att("sarah.lindqvist@orcaenergy.com", "Sarah Lindqvist", style="p")}
{att("tom.okafor@orcaenergy.com", "Tom Okafor", style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("modernloop-en", cal(body, "-//ModernLoop//Scheduler//EN", tz=("Europe/Paris",)), uid, True,
              "Orca Energy Partners", "Head of Programme Delivery", "",
              ("sarah.lindqvist@orcaenergy.com", "tom.okafor@orcaenergy.com"), "modernloop-panel-en")


def meridian_icims() -> Ev:
    uid = f"icims-{hexid('meridian1', 18)}@icims.com"
    d = ("Dear Pierre-Yves,\n\nThis confirms your phone screen with Meridian Naval Systems for Program Manager – "
         "Shipbuilding Programs, Brest (Req 2025-3318).\n\nRecruiter: Dana Whitaker\nDana will call you at +33 6 71 "
         "38 22 90. The time below is shown in US Eastern time (16:00 in Paris).\n\nMeridian Naval Systems Talent "
         "Acquisition")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251021T191204Z
DTSTART;TZID=America/New_York:20251028T110000
DTEND;TZID=America/New_York:20251028T113000
SUMMARY:Phone Screen: Program Manager – Shipbuilding Programs (Req 2025-3318)
DESCRIPTION:{esc(d)}
LOCATION:Phone
{org("dana.whitaker@meridiannaval.com", "Dana Whitaker")}
{att(ME, ME_CN, style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("icims-en", cal(body, "-//iCIMS//Talent Platform//EN", tz=("America/New_York",)), uid, True,
              "Meridian Naval Systems", "Program Manager – Shipbuilding Programs", "recruiter_screen",
              ("dana.whitaker@meridiannaval.com",), "icims-phone-newyork-en")


def northwind_workable() -> Ev:
    uid = f"{hexid('northwind1', 24)}@workable.com"
    d = ("Interview type: Video call\nInterviewer: Joost van Dijk, Fleet Programme Director\n\nJoin: "
         "https://meet.google.com/hwp-xmqa-toy\n\nThis event was scheduled with Workable on behalf of Northwind "
         "Marine Services.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251029T101055Z
DTSTART;TZID=Europe/Amsterdam:20251104T103000
DTEND;TZID=Europe/Amsterdam:20251104T113000
SUMMARY:Interview: Pierre-Yves Le Gall for Vessel Programme Manager
DESCRIPTION:{esc(d)}
LOCATION:https://meet.google.com/hwp-xmqa-toy
{org("northwind-marine@workablemail.com", "Northwind Marine Services")}
{att(ME, ME_CN, style="p")}
{att("joost.vandijk@northwindmarine.nl", "Joost van Dijk", style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("workable-en", cal(body, "-//Workable//Workable Events//EN", tz=("Europe/Amsterdam",)), uid, True,
              "Northwind Marine Services", "Vessel Programme Manager", "", ("joost.vandijk@northwindmarine.nl",),
              "workable-amsterdam-en")


def saltire_google() -> Ev:
    uid = f"{hexid('saltire1')}@google.com"
    d = ("Hi Pierre-Yves,\n\nAs discussed with our talent team, a first conversation about the Programme Lead – "
         "Celtic Sea role. I run the programme office, so the role would report to me.\n\nCheers,\nCallum\n\n"
         + meet("en", "fho-ytwq-bnc", "228 604 771") + gfooter("en", ME))
    body = f"""BEGIN:VEVENT
DTSTART:20251009T130000Z
DTEND:20251009T134500Z
DTSTAMP:20251002T085533Z
{org("callum.reid@saltirewind.co.uk", "Callum Reid")}
UID:{uid}
{att("callum.reid@saltirewind.co.uk", "Callum Reid", style="g", ps="ACCEPTED", rsvp=False)}
{att(ME, ME, style="g")}
X-GOOGLE-CONFERENCE:https://meet.google.com/fho-ytwq-bnc
CREATED:20251002T085532Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20251002T085532Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pierre-Yves / Callum – Programme Lead role
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-en", cal(body, GOOGLE), uid, True, "Saltire Offshore Wind", "Programme Lead – Celtic Sea",
              "hiring_manager", ("callum.reid@saltirewind.co.uk",), "google-direct-hm-company-in-domain-en")


def caldera_outlook_final() -> Ev:
    uid = outlook_uid("caldera2")
    d = ("Dear Pierre-Yves,\n\nThank you for your time so far. For the final stage, you will meet Morag Campbell "
         "(CEO) and me. We will discuss your view of the French floating wind pipeline and how you would set up "
         "the programme office in Nantes.\n\nKind regards,\nEwan Fraser\nCOO, Caldera Offshore Ltd\n\n"
         + teams("en", "318 556 902 147", "kV7tQ3", "YjA1Yzk4ZjItMTkwOS00"))
    body = f"""BEGIN:VEVENT
{org("ewan.fraser@calderaoffshore.com", "Fraser, Ewan")}
{att(ME, ME_CN)}
{att("morag.campbell@calderaoffshore.com", "Campbell, Morag")}
{att("amy.douglas@calderaoffshore.com", "Douglas, Amy", role="OPT-PARTICIPANT")}
DESCRIPTION;LANGUAGE=en-GB:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Final interview – Caldera Offshore – P-Y Le Gall
DTSTART;TZID=GMT Standard Time:20251104T140000
DTEND;TZID=GMT Standard Time:20251104T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T094700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
{alt(d)}
END:VEVENT"""
    return Ev("outlook-en", cal(body, OUTLOOK, tz=("GMT Standard Time",)), uid, True, "Caldera Offshore",
              "", "final", ("ewan.fraser@calderaoffshore.com", "morag.campbell@calderaoffshore.com"),
              "outlook-gmt-final-optional-coordinator-en")


def keelson_calendly() -> Ev:
    uid = f"{guid('keelson0')}@calendly.com"
    d = ("Event Name: Intro call – Keelson Defence Systems Recruiting\n\nInvitee: Pierre-Yves Le Gall\nInvitee "
         "Email: py.legall@wanadoo.fr\nText Reminder Number: +33 6 71 38 22 90\n\nQuestions:\nWhich role are you "
         "interested in?\nProgramme Director – Naval Combat Systems\n\nNeed to make changes to this event?\n"
         "Cancel: https://calendly.com/cancellations/1f2e9a77-0c44-4d51-b7a8-6e0d3c92f015\n"
         "Reschedule: https://calendly.com/reschedulings/1f2e9a77-0c44-4d51-b7a8-6e0d3c92f015")
    body = f"""BEGIN:VEVENT
DTSTAMP:20251006T120245Z
DTSTART:20251008T080000Z
DTEND:20251008T083000Z
UID:{uid}
SUMMARY:Pierre-Yves Le Gall and Priya Nair
DESCRIPTION:{esc(d)}
LOCATION:Priya will call you on +33 6 71 38 22 90
{org("priya.nair@keelson-defence.co.uk", "Priya Nair")}
{att(ME, ME_CN, style="p", ps="ACCEPTED", rsvp=False)}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calendly-en", cal(body, "-//Calendly//Calendly//EN"), uid, True, "Keelson Defence Systems",
              "Programme Director – Naval Combat Systems", "recruiter_screen", ("priya.nair@keelson-defence.co.uk",),
              "calendly-names-only-people-en")


def brightwater_lever_phone() -> Ev:
    uid = f"lever-{guid('bw-phone')}"
    d = ("Hi Pierre-Yves,\n\nLooking forward to our call about the Senior Project Manager – Cable Lay position "
         "in Marseille. I'll ring you on your mobile; it should take about 30 minutes.\n\nOlivia Grant\nTalent "
         "Partner, Brightwater Subsea")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251020T090122Z
DTSTART;TZID=Europe/Paris:20251023T113000
DTEND;TZID=Europe/Paris:20251023T120000
SUMMARY:Pierre-Yves Le Gall – Phone Screen
DESCRIPTION:{esc(d)}
LOCATION:Phone call
{org("olivia.grant@brightwater-subsea.com", "Olivia Grant")}
{att(ME, ME_CN, style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("lever-en", cal(body, "-//Lever//Lever Hire//EN", tz=("Europe/Paris",)), uid, True,
              "Brightwater Subsea", "Senior Project Manager – Cable Lay", "recruiter_screen",
              ("olivia.grant@brightwater-subsea.com",), "lever-phone-en")


def orca_agency() -> Ev:
    uid = outlook_uid("orca1")
    d = ("Pierre-Yves,\n\nConfirming your first interview with Orca Energy Partners for the Head of Programme "
         "Delivery role. You'll meet Sarah Lindqvist, COO and the hiring manager, on Teams (link below, from "
         "Orca's system). Call me beforehand if you want to go through the brief again.\n\nGood luck!\nJames Holt\n"
         "Partner – Marlin Executive Search\n+44 7700 900 418\n\n"
         + teams("en", "359 002 771 846", "pX4gT8", "ZGI2MzYyOTItNDRhMS00"))
    body = f"""BEGIN:VEVENT
{org("james.holt@marlinsearch.com", "James Holt")}
{att(ME, ME_CN)}
{att("sarah.lindqvist@orcaenergy.com", "Sarah Lindqvist")}
DESCRIPTION;LANGUAGE=en-GB:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Interview: Orca Energy Partners – Head of Programme Delivery (via Marlin)
DTSTART;TZID=GMT Standard Time:20251022T140000
DTEND;TZID=GMT Standard Time:20251022T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T165010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT"""
    return Ev("outlook-en", cal(body, OUTLOOK, tz=("GMT Standard Time",)), uid, True, "Orca Energy Partners",
              "Head of Programme Delivery", "hiring_manager", ("sarah.lindqvist@orcaenergy.com",),
              "agency-names-client-en")


def sealink_calcom() -> Ev:
    uid = f"{hexid('sealink1', 22)}@Cal.com"
    d = ("What: 45 min interview\nInvitee Time Zone: Europe/Paris\nWho:\n- Arjun Mehta - Organizer\n  "
         "arjun.mehta@proton.me\n- Pierre-Yves Le Gall\n  py.legall@wanadoo.fr\nWhere: https://app.cal.com/video/"
         "vK2nXq8RbD\nAdditional notes: Interview for Head of Programmes at Sealink Robotics (autonomous survey "
         "vessels). I'm the founder & CEO – we'll go through your shipyard experience and our 2026 build plan.\n\n"
         "Need to make a change? Cancel or reschedule: https://app.cal.com/booking/vK2nXq8RbD")
    body = f"""BEGIN:VEVENT
UID:{uid}
SUMMARY:45 min interview between Arjun Mehta and Pierre-Yves Le Gall
DTSTAMP:20251111T071945Z
DTSTART:20251117T170000Z
DTEND:20251117T174500Z
DESCRIPTION:{esc(d)}
LOCATION:https://app.cal.com/video/vK2nXq8RbD
{org("arjun.mehta@proton.me", "Arjun Mehta")}
{att(ME, ME_CN, style="p", ps="ACCEPTED", rsvp=False)}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return Ev("calcom-en", cal(body, "-//Cal.com Inc.//Cal.com Event//EN", version_first=True), uid, True,
              "Sealink Robotics", "Head of Programmes", "", ("arjun.mehta@proton.me",), "calcom-founder-proton-en")


def saltire_outlook_tech() -> Ev:
    uid = outlook_uid("saltire2")
    d = ("Technical interview – Programme Lead (Celtic Sea)\n\nPanel: Niamh Gallagher (Head of Engineering) and "
         "Rhys Morgan (Commercial Manager). 20-min presentation on interface management between the turbine, "
         "foundation and export cable packages, then Q&A.\n\nCallum has booked the Bute room and the Clevertouch "
         "screen.\n\nSaltire Offshore Wind – Glasgow\n\n"
         + teams("en", "327 884 095 661", "Zq2Lm6", "NTk0NmQ3ZTctZjQyMS00"))
    body = f"""BEGIN:VEVENT
{org("niamh.gallagher@saltirewind.co.uk", "Gallagher, Niamh")}
{att(ME, ME_CN)}
{att("rhys.morgan@saltirewind.co.uk", "Morgan, Rhys")}
{room("bute.room@saltirewind.co.uk", "GLA-2-Bute Room")}
{room("clevertouch.bute@saltirewind.co.uk", "GLA-2-Bute Clevertouch", cutype="RESOURCE")}
DESCRIPTION;LANGUAGE=en-GB:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Technical interview – Programme Lead (Celtic Sea)
DTSTART;TZID=GMT Standard Time:20251030T130000
DTEND;TZID=GMT Standard Time:20251030T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T110305Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:GLA-2-Bute Room\\; Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
{alt(d)}
END:VEVENT"""
    return Ev("outlook-en", cal(body, OUTLOOK, tz=("GMT Standard Time",)), uid, True, "Saltire Offshore Wind",
              "Programme Lead – Celtic Sea", "technical",
              ("niamh.gallagher@saltirewind.co.uk", "rhys.morgan@saltirewind.co.uk"), "outlook-room-resource-en")


EVENTS = (caldera_greenhouse, keelson_ashby, brightwater_goodtime, orca_modernloop, meridian_icims,
          northwind_workable, saltire_google, caldera_outlook_final, keelson_calendly, brightwater_lever_phone,
          orca_agency, sealink_calcom, saltire_outlook_tech)
