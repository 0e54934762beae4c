"""train19: Laura Bianchi's own interviews, English."""

from __future__ import annotations

from train19ev_ics import (
    APPLE,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    GREENHOUSE,
    IOS,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    WEBEXP,
    ZOOMP,
    Ev,
    Item,
    Person,
    boiler,
    cal,
    pos,
    room,
)

GMT = "GMT Standard Time"


def items() -> list[Item]:
    out: list[Item] = []
    me = Person(ME_PRIVATE, "Laura Bianchi")

    u = "gh-interview-8842210-a@greenhouse.io"
    d = ("Hi Laura,\n\nThanks for making time to speak with Cadmus! Here are the details for your interview for "
         "the Product Manager, Design Collaboration role.\n\nInterviewers:\nPriya Natarajan - Group Product "
         "Manager\nOwen Hale - Staff Engineer\n\nThis is a product sense conversation: we'll ask you to walk "
         "through how you'd improve clash detection for architects.\n\n" + boiler("zoom_en", "3512284710",
                                                                                    "cXZ1", "884120"))
    e = Ev(u, "Laura Bianchi - Product Manager, Design Collaboration (Cadmus) - Product Sense",
           "20261208T150000Z", "20261208T160000Z", description=d, location="Zoom",
           organizer=Person("no-reply@greenhouse.io", "Cadmus Recruiting"),
           attendees=[me, Person("priya.natarajan@cadmus.io", "Priya Natarajan"),
                      Person("owen.hale@cadmus.io", "Owen Hale"),
                      Person("maddie.cole@cadmus.io", "Maddie Cole (Recruiting Coordinator)", role="OPT-PARTICIPANT")])
    out.append(pos("ats-greenhouse-product", "en", u, cal(GREENHOUSE, [e], "REQUEST"), "Cadmus",
                   "Product Manager, Design Collaboration", "technical",
                   ("priya.natarajan@cadmus.io", "owen.hale@cadmus.io")))

    u = "calendly-evt-KQZ1184@calendly.com"
    d = ("Event Name: 30 Minute Intro – Brickfield Digital\n\nLaura Bianchi scheduled this event with Hamish "
         "Reid.\n\nPlease share anything that will help prepare for our meeting.\nApplying for the BIM Product "
         "Specialist opening – portfolio link in my CV.\n\nLocation: Google Meet\n"
         + boiler("meet_en", "0934", "wsd-qpoe-kmn", "402 118 771") + "\n\nNeed to make changes to this event?\n"
         "Cancel: https://calendly.com/cancellations/KQZ1184\nReschedule: https://calendly.com/reschedulings/"
         "KQZ1184\n\nPowered by Calendly.com")
    e = Ev(u, "Laura Bianchi and Hamish Reid", "20261202T103000Z", "20261202T110000Z", description=d,
           location="Google Meet", organizer=Person("hamish@brickfield.co.uk", "Hamish Reid"),
           attendees=[me, Person("hamish@brickfield.co.uk", "Hamish Reid", partstat="ACCEPTED", rsvp=False)])
    out.append(pos("calendly-intro", "en", u, cal(CALENDLY, [e], "REQUEST"), "Brickfield Digital",
                   "BIM Product Specialist", "recruiter_screen", ("hamish@brickfield.co.uk",)))

    u = "040000008200E00074C5B7101A82E008-calder-final"
    d = ("Dear Laura,\n\nFurther to our conversation, I am pleased to confirm your final interview at our "
         "London office for the Associate Director – Digital Engineering position.\n\nPanel: Gareth Whitlow "
         "(Partner), Susan Achebe (Head of Digital), Rupert Lang (HR Director).\n\nPlease report to reception "
         "on the 4th floor.\n\nKind regards,\nEmma Sykes\nExecutive Assistant to the Partners\n"
         "Calder & Whitlow LLP")
    e = Ev(u, "Final interview – Associate Director, Digital Engineering", "20261216T100000",
           "20261216T113000", GMT, description=d, location="Calder & Whitlow, 22 Chiswell Street, London EC1Y",
           organizer=Person("emma.sykes@calderwhitlow.com", "Sykes, Emma"),
           attendees=[me, Person("gareth.whitlow@calderwhitlow.com", "Whitlow, Gareth"),
                      Person("susan.achebe@calderwhitlow.com", "Achebe, Susan"),
                      Person("rupert.lang@calderwhitlow.com", "Lang, Rupert"),
                      room("ldn-4-boardroom@calderwhitlow.com", "LDN 4F Boardroom (14)")])
    out.append(pos("outlook-final-london", "en", u, cal(OUTLOOK, [e], "REQUEST"), "Calder & Whitlow",
                   "Associate Director – Digital Engineering", "final",
                   ("gareth.whitlow@calderwhitlow.com", "susan.achebe@calderwhitlow.com",
                    "rupert.lang@calderwhitlow.com")))

    u = "a81fd0e2-vireo-founder"
    e = Ev(u, "Vireo x Laura", "20261204T170000Z", "20261204T174500Z",
           description=("hey Laura - great to connect via Marta. Let's chat about the founding PM role, "
                        "what we're building for landlords in Barcelona and your BIM background.\nJordi"),
           location="https://meet.google.com/ytr-bnnq-pwe",
           organizer=Person("jordi.puig.vireo@gmail.com", "Jordi Puig"),
           attendees=[me, Person("jordi.puig.vireo@gmail.com", "Jordi Puig", partstat="ACCEPTED", rsvp=False)])
    out.append(pos("founder-gmail-title-only", "en", u, cal(GOOGLE, [e], "REQUEST"), "Vireo",
                   "founding PM", "", ("jordi.puig.vireo@gmail.com",), "founder_freemail"))

    u = "archjobs-place-5510@archjobs-recruitment.co.uk"
    e = Ev(u, "Interview: Structura Consulting Engineers – BIM Manager (via ArchJobs)", "20261209T140000",
           "20261209T150000", GMT,
           description=("Hi Laura,\n\nConfirming your first-stage video interview with our client Structura "
                        "Consulting Engineers. You'll speak with Niamh Doyle, Digital Design Lead. I won't join "
                        "but call me afterwards!\n\nTom Barker\nSenior Consultant, ArchJobs Recruitment\n\n"
                        + boiler("teams_en", "909", "OTQ2Nj", "kT2mP")),
           organizer=Person("tom.barker@archjobs-recruitment.co.uk", "Tom Barker"),
           attendees=[me, Person("niamh.doyle@structura-ce.com", "Niamh Doyle")])
    out.append(pos("agency-london", "en", u, cal(OUTLOOK, [e], "REQUEST"), "Structura Consulting Engineers",
                   "BIM Manager", "", ("niamh.doyle@structura-ce.com",), "agency"))

    u = "monolith-hm-2026@monolith.re"
    e = Ev(u, "Monolith | Hiring manager chat (Senior PM, Asset Data)", "20261211T120000Z", "20261211T124500Z",
           description=("Laura - this is your conversation with Ines Okafor, our VP Product, who leads the "
                        "Asset Data team. 45 minutes, informal, no prep needed beyond your own projects.\n\n"
                        "Talent team @ Monolith Real Estate Technologies\n\n" + boiler("meet_en", "7752",
                                                                                        "mno-hgtr-eeq",
                                                                                        "119 220 804")),
           organizer=Person("talent@monolith.re", "Monolith Talent"),
           attendees=[me, Person("ines.okafor@monolith.re", "Ines Okafor")])
    out.append(pos("hm-chat-brand-domain", "en", u, cal(GOOGLE, [e], "REQUEST"), "Monolith",
                   "Senior PM, Asset Data", "hiring_manager", ("ines.okafor@monolith.re",)))

    u = "sitewise-loop-0001@getsitewise.com"
    d = ("Your virtual onsite with Sitewise for Product Manager - Field Data\n\n"
         "13:00 Hiring manager - Dev Malhotra\n13:45 Design partner - Carla Nyström\n14:30 Engineering - "
         "Luc Bernard\n15:15 Values - Aisha Kamara\n\nYour coordinator Ben will stay on the bridge between "
         "sessions.\n\n" + boiler("zoom_en", "2230091155", "RkE0", "540312"))
    e = Ev(u, "Sitewise Virtual Onsite - Laura Bianchi", "20261215T130000", "20261215T160000", GMT,
           description=d, organizer=Person("ben.ortega@getsitewise.com", "Ben Ortega"),
           attendees=[me, Person("dev.malhotra@getsitewise.com", "Dev Malhotra"),
                      Person("carla.nystrom@getsitewise.com", "Carla Nyström"),
                      Person("luc.bernard@getsitewise.com", "Luc Bernard"),
                      Person("aisha.kamara@getsitewise.com", "Aisha Kamara")])
    out.append(pos("virtual-onsite-loop", "en", u, cal(ZOOMP, [e], "REQUEST"), "Sitewise",
                   "Product Manager - Field Data", "onsite",
                   ("dev.malhotra@getsitewise.com", "carla.nystrom@getsitewise.com", "luc.bernard@getsitewise.com",
                    "aisha.kamara@getsitewise.com")))

    u = "D44E71B0-webex-habitare"
    e = Ev(u, "Habitare Group – interview (BIM & Data Lead, Milan remote)", "20261207T090000Z",
           "20261207T100000Z",
           description=("Good morning Laura,\nplease find the Webex link for our conversation. From our side: "
                        "Giorgio Ferrante (Head of Technical Office) and Chiara Bassi (HR).\nBest regards\n\n"
                        + boiler("webex_en", "881 4410", "e9f2ab", "Hbt26", "habitaregroup")),
           organizer=Person("chiara.bassi@habitare-group.eu", "Chiara Bassi"),
           attendees=[me, Person("giorgio.ferrante@habitare-group.eu", "Giorgio Ferrante")])
    out.append(pos("webex-milan", "en", u, cal(WEBEXP, [e], "REQUEST"), "Habitare Group", "BIM & Data Lead", "",
                   ("chiara.bassi@habitare-group.eu", "giorgio.ferrante@habitare-group.eu")))

    u = "cadmus-takehome-review@cadmus.io"
    e = Ev(u, "Take-home review: Laura / Cadmus", "20261214T160000Z", "20261214T170000Z",
           description=("Walk us through your spec for the markup tool. Owen and Fatima from the design team "
                        "will ask questions."),
           organizer=Person("owen.hale@cadmus.io", "Owen Hale"),
           attendees=[me, Person("fatima.rahimi@cadmus.io", "Fatima Rahimi"),
                      Person("owen.hale@cadmus.io", "Owen Hale", partstat="ACCEPTED", rsvp=False)])
    out.append(pos("takehome-review", "en", u, cal(GOOGLE, [e], "REQUEST"), "Cadmus", "", "technical",
                   ("owen.hale@cadmus.io", "fatima.rahimi@cadmus.io")))

    u = "7A0B-iphone-brickfield"
    e = Ev(u, "Brickfield round 2 – Hamish + CTO", "20261210T150000", "20261210T160000",
           location="Zoom (link in email)", alarm="Brickfield interview")
    out.append(pos("handtyped-ios", "en", u, cal(IOS, [e]), "Brickfield Digital", "", "", (), "handtyped"))

    u = "limmat-en-screen@limmatprop.ch"
    e = Ev(u, "Screening call: Digital Asset Manager – Limmat Properties", "20261125T090000",
           "20261125T093000", "W. Europe Standard Time",
           description=("Dear Ms Bianchi,\nas our team works in English, we'd like to hold the first call in "
                        "English. I'm the recruiter for this role.\nIrene Bachmann, Talent Acquisition"),
           location="Phone – we will call you",
           organizer=Person("irene.bachmann@limmatprop.ch", "Bachmann Irene"), attendees=[me])
    out.append(pos("screen-en-swiss", "en", u, cal(EXCHANGE, [e], "REQUEST"), "Limmat Properties",
                   "Digital Asset Manager", "recruiter_screen", ("irene.bachmann@limmatprop.ch",)))

    u = "structura-2nd@structura-ce.com"
    e = Ev(u, "Structura – 2nd stage: technical discussion (BIM Manager)", "20261217T110000",
           "20261217T123000", GMT,
           description=("Laura, following your first stage with Niamh we'd like to go deeper on ISO 19650 "
                        "information management. Panel: Niamh Doyle, Kwame Asante (Associate, Structures). "
                        "Room bookings by facilities.\n\n" + boiler("teams_en", "662", "MmI3", "Qz8x")),
           organizer=Person("niamh.doyle@structura-ce.com", "Doyle, Niamh"),
           attendees=[me, Person("kwame.asante@structura-ce.com", "Asante, Kwame"),
                      room("ldn-meet-3@structura-ce.com", "London Meet 3")])
    out.append(pos("second-stage-direct", "en", u, cal(OUTLOOK, [e], "REQUEST"), "Structura Consulting Engineers",
                   "BIM Manager", "technical", ("niamh.doyle@structura-ce.com", "kwame.asante@structura-ce.com")))

    u = "alpenraum-final-en@alpenraum.de"
    e = Ev(u, "Final round – Laura Bianchi / Alpenraum (CEO)", "20261222T090000", "20261222T094500",
           "Europe/Berlin",
           description="Last step: 45 min with our CEO Henrik Lund. Relaxed, in English.",
           organizer=Person("florian.berger@alpenraum.de", "Florian Berger"),
           attendees=[me, Person("henrik.lund@alpenraum.de", "Henrik Lund")])
    out.append(pos("final-ceo", "en", u, cal(GOOGLE, [e], "REQUEST"), "Alpenraum Software", "", "final",
                   ("henrik.lund@alpenraum.de",)))

    u = "coffee-round2-monolith"
    e = Ev(u, "Coffee with Ines (Monolith) – round 2", "20261218T083000", "20261218T093000", "Europe/London",
           description=("Ines suggested we continue over coffee near King's Cross before the team lunch. She "
                        "said it's the second step in the process for the Senior PM role."),
           location="Granary Square, London")
    out.append(pos("coffee-is-round-two", "en", u, cal(APPLE, [e], xwr="Europe/London"), "Monolith",
                   "Senior PM", "", (), "coffee_round2"))

    u = "gh-cancel-552@greenhouse.io"
    e = Ev(u, "Canceled: Laura Bianchi - Systems Thinking Interview (Cadmus)", "20261209T150000Z",
           "20261209T160000Z",
           description="This interview has been canceled. Your recruiter will follow up with new times.",
           organizer=Person("no-reply@greenhouse.io", "Cadmus Recruiting"),
           attendees=[me, Person("leo.brandt@cadmus.io", "Leo Brandt")], status="CANCELLED", sequence=3)
    out.append(pos("cancelled-greenhouse", "en", u, cal(GREENHOUSE, [e], "CANCEL"), "Cadmus", "", "technical",
                   ("leo.brandt@cadmus.io",), "cancelled"))

    u = "merian-en-work-addr@merian-re.ch"
    e = Ev(u, "Case presentation – Merian Real Estate", "20261222T140000", "20261222T153000",
           "W. Europe Standard Time",
           description=("Dear Laura,\nfor the final step you will present your case (portfolio data "
                        "roadmap) to our executive board: Dr. Claudia Merian (CEO) and Lukas Vogt.\n"
                        "Kind regards, HR Merian"),
           organizer=Person("hr@merian-re.ch", "HR Merian Real Estate"),
           attendees=[Person(ME_WORK, "Bianchi Laura (Atelier Seefeld)"),
                      Person("claudia.merian@merian-re.ch", "Merian Claudia"), Person("lukas.vogt@merian-re.ch",
                                                                                      "Vogt Lukas")])
    out.append(pos("case-final-work-address", "en", u, cal(OUTLOOK, [e], "REQUEST"), "Merian Real Estate", "",
                   "final", ("claudia.merian@merian-re.ch", "lukas.vogt@merian-re.ch"), "work_address"))

    u = "edilnova-interview-en@edilnova.it"
    e = Ev(u, "Edil Nova – BIM Coordinator (remote) – interview", "20261203T083000Z", "20261203T091500Z",
           description=("Hello Laura, as agreed we'll talk about the remote BIM Coordinator position with our "
                        "technical director, Ing. Paolo Rinaldi. Regards, Valentina Greco – HR Edil Nova srl"),
           organizer=Person("v.greco@edilnova.it", "Valentina Greco"),
           attendees=[me, Person("p.rinaldi@edilnova.it", "Paolo Rinaldi")])
    out.append(pos("italian-firm-en", "en", u, cal(GOOGLE, [e], "REQUEST"), "Edil Nova", "BIM Coordinator", "",
                   ("v.greco@edilnova.it", "p.rinaldi@edilnova.it")))

    u = "quadra-panel-en@quadra.ch"
    e = Ev(u, "Quadra – BIM Lead – panel interview", "20261212", "20261213",
           description=("Half day with the Quadra development team (exact schedule to follow): Dominik "
                        "Aebersold, Sarah Kunz, Felix Meyer."),
           organizer=Person("dominik.aebersold@quadra.ch", "Dominik Aebersold"),
           attendees=[me, Person("sarah.kunz@quadra.ch", "Sarah Kunz"), Person("felix.meyer@quadra.ch",
                                                                                "Felix Meyer")],
           transp="TRANSPARENT")
    out.append(pos("allday-panel", "en", u, cal(GOOGLE, [e], "REQUEST"), "Quadra Immobilien", "BIM Lead", "onsite",
                   ("dominik.aebersold@quadra.ch", "sarah.kunz@quadra.ch", "felix.meyer@quadra.ch"), "allday"))

    u = "040000008200E00074C5B7101A82E008-keystone-hm"
    e = Ev(u, "Interview: Head of Digital Delivery – Laura Bianchi / Oliver Grant", "20261214T140000",
           "20261214T150000", GMT,
           description=("Laura,\n\nOliver has asked me to set up your conversation with him. He leads the "
                        "development division and the role reports to him.\n\nBest wishes,\nRachel Moore\n"
                        "PA to Oliver Grant, Development Director\nKeystone Estates plc\n\n"
                        + boiler("teams_en", "778", "NDEy", "Rm4q")),
           organizer=Person("oliver.grant@keystone-estates.co.uk", "Grant, Oliver",
                            sent_by="rachel.moore@keystone-estates.co.uk"),
           attendees=[me])
    out.append(pos("sent-by-assistant", "en", u, cal(OUTLOOK, [e], "REQUEST"), "Keystone Estates",
                   "Head of Digital Delivery", "hiring_manager", ("oliver.grant@keystone-estates.co.uk",)))

    u = "nbpg-screen-1188@nbpg.com"
    e = Ev(u, "Northbank | Laura Bianchi | Recruiter screen", "20261201T161500Z", "20261201T164500Z",
           description=("Hi Laura - 30 minute screen for the Data & BIM Product Lead opening at Northbank "
                        "Property Group. I'm on the in-house talent team. Talk soon, Maya Chen\n\n"
                        + boiler("meet_en", "2207", "nbp-qwer-tyu", "318 552 004")),
           organizer=Person("maya.chen@nbpg.com", "Maya Chen"),
           attendees=[me, Person("maya.chen@nbpg.com", "Maya Chen", partstat="ACCEPTED", rsvp=False)])
    out.append(pos("screen-abbrev-domain", "en", u, cal(GOOGLE, [e], "REQUEST"), "Northbank Property Group",
                   "Data & BIM Product Lead", "recruiter_screen", ("maya.chen@nbpg.com",)))
    return out
