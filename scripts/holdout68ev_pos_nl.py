"""holdout68: the user's own interviews with Dutch employers (part 1)."""

from __future__ import annotations

from holdout68ev_ics import USER, UTC1_LONG, att, item, meet, org, teams, webex
from holdout68ev_tools import apple, ats, g_att, google, outlook, thunderbird


def _grachtwerk() -> list[dict]:
    out = []
    uid = "1fq7b3m9x0c5v2n8k4t6r1d0ew@google.com"
    desc = ("Hi Rahul,\n\nAs discussed with Merel from our talent team: this is your first interview for the Group "
            "Product Manager role, with me as the hiring manager. I'll share what the Guest Ops squad is up to and "
            "I'd love to hear about a product bet you got wrong.\n\nGreta\n\n"
            + meet("en", "gvr-nsoq-kpx", "219 007 483"))
    ics = google(uid=uid, summary="Rahul <> Greta", start="20260114T160000", end="20260114T164500",
                 organizer=("greta.janssen@grachtwerk.nl", "Greta Janssen"),
                 guests=[g_att("greta.janssen@grachtwerk.nl", "Greta Janssen", "ACCEPTED"),
                         g_att("merel.smit@grachtwerk.nl", "Merel Smit", "ACCEPTED", "OPT-PARTICIPANT"), g_att(USER)],
                 desc=desc, conference="https://meet.google.com/gvr-nsoq-kpx", stamp="20260109T124455Z")
    out.append(item("google-hm-no-keyword", ics, uid, True, company="Grachtwerk", role="Group Product Manager",
                    stage="hiring_manager", interviewers=("greta.janssen@grachtwerk.nl",),
                    trap="hm-title-names-only-optional-recruiter"))

    uid = "6bt1k8q3w0m2r9c7z5v4n1p3fy@google.com"
    room = "c_1883fa02b1e7c44ai8k2m@resource.calendar.google.com"
    desc = ("Hoi Rahul,\n\nHierbij de uitnodiging voor de volgende stap: je casepresentatie voor de rol Group Product "
            "Manager. Je presenteert 25 minuten aan Greta Janssen en Pieter Dam (Engineering Lead), daarna is er tijd "
            "voor vragen. Het gesprek is in het Engels.\n\nAdres: Herengracht 182, Amsterdam – meld je bij de "
            "receptie op de 2e verdieping.\n\nGroet,\nMerel (Talent, Grachtwerk)")
    ics = google(uid=uid, summary="Grachtwerk – casepresentatie Rahul Menon", start="20260127T100000",
                 end="20260127T113000", organizer=("merel.smit@grachtwerk.nl", "Merel Smit"),
                 guests=[g_att("greta.janssen@grachtwerk.nl", "Greta Janssen", "ACCEPTED"),
                         g_att("pieter.dam@grachtwerk.nl", "Pieter Dam", "ACCEPTED"),
                         g_att(room, "HG182-2-Amstel (10)", "ACCEPTED", "REQ-PARTICIPANT", "RESOURCE"), g_att(USER)],
                 desc=desc, location="HG182-2-Amstel (10)", stamp="20260120T081732Z")
    out.append(item("google-case-nl-room", ics, uid, True, company="Grachtwerk", role="Group Product Manager",
                    stage="technical", interviewers=("greta.janssen@grachtwerk.nl", "pieter.dam@grachtwerk.nl"),
                    trap="case-nl-google-room-resource"))
    return out


def _srn() -> dict:
    desc = ("Beste Rahul,\n\nHartelijk dank voor je sollicitatie. Graag nodigen wij je uit voor een gesprek voor de "
            "functie Senior Productmanager Reisplanner.\n\nDe selectiecommissie bestaat uit Marit de Groot (manager "
            "Product & Data) en Youssef Amrani (teamlead development).\n\nLocatie: Catharijnesingel 30, Utrecht, "
            "ruimte 4.12. Meld je bij de balie op de begane grond.\n\nIk heb dit gesprek voor je ingepland; zelf "
            "ben ik er niet bij.\n\nMet vriendelijke groet,\nIngrid Bos\nHR-adviseur, Stichting Reisinformatie "
            "Nederland")
    ics, uid = outlook(seed="srn-gesprek", summary="Sollicitatiegesprek Senior Productmanager Reisplanner – R. Menon",
                       start="20260203T133000", end="20260203T143000", lang="nl-NL",
                       organizer=org("i.bos@reisinformatie.nl", "Bos, Ingrid"),
                       attendees=[att("m.degroot@reisinformatie.nl", "Groot, Marit de"),
                                  att("y.amrani@reisinformatie.nl", "Amrani, Youssef"),
                                  att(USER, "rahul.menon.pm@outlook.com")],
                       desc=desc, location="Utrecht, Catharijnesingel 30 – ruimte 4.12", stamp="20260126T143001Z")
    return item("outlook-nl-commission", ics, uid, True, company="Stichting Reisinformatie Nederland",
                role="Senior Productmanager Reisplanner",
                interviewers=("m.degroot@reisinformatie.nl", "y.amrani@reisinformatie.nl"),
                trap="outlook-nl-coordinator-organizer-not-present")


def _polderwind() -> list[dict]:
    out = []
    desc = ("Beste Rahul,\n\nLeuk dat je interesse hebt in de functie Senior Productmanager Digitale Klantreis. "
            "Graag maak ik kennis met je in een eerste gesprek; ik ben als manager Digital je toekomstige "
            "leidinggevende. We nemen je ervaring door en ik vertel meer over het team en onze klantapp.\n\n"
            "Groet,\nJohan Visser\n\n" + teams("nl", "345 118 902 771", "Bx4kLm", "+31 20 708 5430", "771 204 118"))
    ics, uid = outlook(seed="polderwind-kennismaking",
                       summary="Kennismakingsgesprek Senior Productmanager Digitale Klantreis",
                       start="20260115T110000", end="20260115T120000", tzid=UTC1_LONG, lang="nl-NL",
                       organizer=org("johan.visser@polderwind.nl", "Visser, Johan"),
                       attendees=[att(USER, "rahul.menon.pm@outlook.com")], desc=desc,
                       location="Microsoft Teams-vergadering", stamp="20260109T150505Z")
    out.append(item("outlook-nl-kennismaking", ics, uid, True, company="Polderwind Energie",
                    role="Senior Productmanager Digitale Klantreis", stage="hiring_manager",
                    interviewers=("johan.visser@polderwind.nl",), trap="outlook-nl-long-zone-alt-desc"))

    uid = "b7e4c1a0-5d3f-4e8b-9a26-f0c1d2e3a4b5"
    ics = thunderbird(uid=uid, summary="Polderwind 2e gesprek (case) – Zwolle", start="20260129T100000",
                      end="20260129T120000", location="Polderwind, Zwolle kantoor",
                      desc=("met Johan Visser + CTO Erik Hofman. Case over de laadpalen-app, 20 min presenteren. "
                            "Trein 8:12 vanaf Amsterdam Centraal."),
                      categories="Sollicitatie")
    out.append(item("thunderbird-floating-nl", ics, uid, True, company="Polderwind Energie", stage="technical",
                    interviewers=("johan visser", "erik hofman"), trap="thunderbird-floating-hand-typed-nl"))
    return out


def _rivierland() -> dict:
    uid = "WD-RLB-INT-000447133@myworkday.com"
    desc = ("Beste Rahul,\n\nGefeliciteerd, je bent door naar de laatste ronde voor de vacature Senior Product Manager "
            "Betalen (REQ-4471). Tijdens dit eindgesprek spreek je met Sandra Koster (directeur Betalen) en Thijs "
            "van Dam (tribe lead Digital Payments).\n\nHet gesprek vindt plaats via Webex:\n\n"
            + webex("rivierlandbank", "2741 883 9021", "Pm7rT4kq")
            + "\n\nWil je de afspraak wijzigen? Log in op werkenbij.rivierlandbank.nl.\n\nMet vriendelijke groet,\n"
            "Rivierland Bank Recruitment")
    ics = ats(prodid="-//Workday//Workday Recruiting//NL", uid=uid,
              summary="Uitnodiging eindgesprek – Senior Product Manager Betalen (REQ-4471)", start="20260219T090000",
              end="20260219T103000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Rivierland Bank Recruitment:mailto:rivierlandbank@myworkday.com",
              attendees=[att("sandra.koster@rivierlandbank.nl", "Sandra Koster"),
                         att("thijs.vandam@rivierlandbank.nl", "Thijs van Dam"), att(USER, "Rahul Menon")],
              desc=desc, location="Webex")
    return item("workday-webex-final-nl", ics, uid, True, company="Rivierland Bank",
                role="Senior Product Manager Betalen", stage="final",
                interviewers=("sandra.koster@rivierlandbank.nl", "thijs.vandam@rivierlandbank.nl"),
                trap="workday-webex-nl")


def _veloxa() -> list[dict]:
    out = []
    uid = "teamtailor-meeting-2281937-6f0a@teamtailor.com"
    desc = ("Hi Rahul!\n\nThanks for applying for Senior Product Manager – Rider App at Veloxa Bikes. Let's have a "
            "30-minute screening call with me, Sanne Mulder (Talent Acquisition). Bring your questions!\n\n"
            + meet("en", "rbt-uwpz-kfa", "903 511 776") + "\n\nSent with Teamtailor")
    ics = ats(prodid="-//Teamtailor//Teamtailor Meetings//EN", uid=uid,
              summary="Veloxa Bikes <> Rahul Menon: Screening call", start="20260116T093000", end="20260116T100000",
              zone="Europe/Amsterdam", organizer="ORGANIZER;CN=Sanne Mulder:mailto:sanne.mulder@veloxa.com",
              attendees=[att(USER, "Rahul Menon")], desc=desc, location="Google Meet")
    out.append(item("teamtailor-screen", ics, uid, True, company="Veloxa Bikes",
                    role="Senior Product Manager – Rider App", stage="recruiter_screen",
                    interviewers=("sanne.mulder@veloxa.com",), trap="teamtailor-screen-en"))

    uid = "teamtailor-meeting-2290411-b31c@teamtailor.com"
    desc = ("Hoi Rahul,\n\nLeuk dat je doorgaat naar de volgende ronde! In dit gesprek presenteer je je aanpak voor "
            "de productcase aan Daan Verbeek (CPO) en Lisa Chen (Lead Designer). Het gesprek is in het Engels.\n\n"
            "Adres: Veloxa Bikes, Danzigerkade 23, Amsterdam\n\nTot dan!\nSanne\n\nVerstuurd met Teamtailor")
    ics = ats(prodid="-//Teamtailor//Teamtailor Meetings//NL", uid=uid,
              summary="Tweede gesprek: productcase – Veloxa Bikes", start="20260130T140000", end="20260130T151500",
              zone="Europe/Amsterdam", organizer="ORGANIZER;CN=Sanne Mulder:mailto:sanne.mulder@veloxa.com",
              attendees=[att("daan.verbeek@veloxa.com", "Daan Verbeek"), att("lisa.chen@veloxa.com", "Lisa Chen"),
                         att(USER, "Rahul Menon")], desc=desc, location="Danzigerkade 23, Amsterdam")
    out.append(item("teamtailor-case-nl", ics, uid, True, company="Veloxa Bikes", stage="technical",
                    interviewers=("daan.verbeek@veloxa.com", "lisa.chen@veloxa.com"),
                    trap="teamtailor-case-nl-recruiter-organizer"))
    return out


def _hoppr() -> list[dict]:
    out = []
    uid = "recruitee-interview-88120475@recruitee.com"
    desc = ("Hi Rahul,\n\nYou're invited to the case interview for Group Product Manager Platform at Hoppr "
            "Logistics.\n\nWho you'll meet: Noor Bakker (VP Product) and Willem de Jong (Head of Operations)\n"
            "Duration: 75 minutes\nWhat to expect: we'll send a case about carrier onboarding 48 hours before. "
            "Prepare max. 5 slides.\n\nLocation: Hoppr Logistics, Wilhelminakade 91, Rotterdam (Maastoren, 14th "
            "floor)\n\nSee you there,\nHoppr Talent Team\n\nSent via Recruitee")
    ics = ats(prodid="-//Recruitee//Recruitee Scheduler//EN", uid=uid,
              summary="Interview with Hoppr Logistics – Case interview (Group Product Manager Platform)",
              start="20260205T100000", end="20260205T111500", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Hoppr Talent Team:mailto:talent@hoppr.nl",
              attendees=[att("noor.bakker@hoppr.nl", "Noor Bakker"), att("willem.dejong@hoppr.nl", "Willem de Jong"),
                         att(USER, "Rahul Menon")], desc=desc, location="Wilhelminakade 91, Rotterdam")
    out.append(item("recruitee-case", ics, uid, True, company="Hoppr Logistics",
                    role="Group Product Manager Platform", stage="technical",
                    interviewers=("noor.bakker@hoppr.nl", "willem.dejong@hoppr.nl"), trap="recruitee-case-en"))

    uid = "5C2D1E0F-9A8B-47C6-B5D4-E3F2A1B0C9D8"
    ics = apple(uid=uid, summary="Hoppr – final w/ CEO Bas Verhoeven", start="20260218T153000",
                end="20260218T163000", location="Hoppr, Wilhelminakade 91, Rotterdam",
                desc="last round! ~1h, informal-ish. Park at P Wilhelminapier.", stamp="20260212T190221Z")
    out.append(item("iphone-final-ceo", ics, uid, True, company="Hoppr Logistics", stage="final",
                    interviewers=("bas verhoeven",), trap="iphone-hand-typed-final"))
    return out


def events() -> list[dict]:
    return [*_grachtwerk(), _srn(), *_polderwind(), _rivierland(), *_veloxa(), *_hoppr()]
