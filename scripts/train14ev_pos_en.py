"""Lucía's own interviews written in English (train14): remote ed-tech, publishers, NGOs, Lisbon and Berlin."""

from __future__ import annotations

from train14ev_boiler import meet, teams, webex, zoom
from train14ev_ics import ME, ME_WORK, Ev

LU = f"Lucía Navarro <{ME}>"
LUW = f"Lucía Navarro Ruiz <{ME_WORK}>"


def events() -> list[Ev]:
    """Given nothing returns the English positive events, each written on its own."""
    out: list[Ev] = []
    a = out.append

    a(Ev("ats-screen", "en", "Lucía Navarro <> Quillstone Education – Recruiter Screen", "2026-01-12 15:00", 30,
         prod="greenhouse", org="Quillstone Education <no-reply@greenhouse.io>|coord",
         att=[LU, "Megan Hollis <megan.hollis@quillstone.com>"],
         desc="Hi Lucía,\n\nYou're confirmed for a 30-minute call with Megan Hollis (Talent Partner) about the "
              "Instructional Designer, K-5 Literacy role.\n\n" + zoom("quill-1", "en")[0],
         loc=zoom("quill-1", "en")[1], interview=True, company="Quillstone Education",
         role="Instructional Designer, K-5 Literacy", stage="recruiter_screen"))

    a(Ev("portfolio-review", "en", "Portfolio review – Learning Experience Designer", "2026-01-14 16:00", 60,
         prod="lever", org="Tessellate Labs <interviews@hire.lever.co>|coord",
         att=[LU, "Dev Malhotra <dev@tessellatelabs.io>", "Sophie Lang <sophie@tessellatelabs.io>"],
         desc="Tessellate Labs – Learning Experience Designer\n\nYou'll walk Dev (Head of Learning) and Sophie "
              "(Senior LXD) through two pieces of your work. Share your screen; 40 min presentation, 20 min Q&A.\n\n"
              + meet("tess-pf", "en")[0], loc=meet("tess-pf", "en")[1], interview=True,
         company="Tessellate Labs", role="Learning Experience Designer", stage="technical"))

    a(Ev("founder-icloud", "en", "Quick call – Lucía & Ben", "2026-01-16 17:00", 25, prod="ios",
         tz="Europe/London", org="Ben Achterberg <ben.achterberg@icloud.com>",
         att=[LU, "Ben Achterberg <ben.achterberg@icloud.com>"],
         desc="Lovely to e-meet you. I'm the co-founder of Storyloom (phonics games, 6 people). Next step after "
              "your chat with Ana: I'd like to hear how you'd plan our Year 1 curriculum map. FaceTime or Meet, "
              "whichever you prefer.", interview=True, company="Storyloom", stage="hiring_manager"))

    a(Ev("terse-round", "en", "Tessellate 2nd round", "2026-01-21 16:00", 60, prod="gexport", tz="float",
         interview=True, company="Tessellate Labs", ivs=""))

    a(Ev("panel-remote", "en", "Panel interview: Curriculum Designer (Science), Northmoor Press", "2026-01-27 14:00",
         60, prod="outlook", tz="winvt:GMT Standard Time", org="Grace Whitfield <g.whitfield@northmoorpress.co.uk>",
         att=[LU, "Grace Whitfield <g.whitfield@northmoorpress.co.uk>",
              "Owen Price <o.price@northmoorpress.co.uk>", "Ruth Ade <r.ade@northmoorpress.co.uk>"],
         desc="Dear Lucía,\n\nThank you for your application for Curriculum Designer (Science, Primary). Your panel "
              "will be Grace Whitfield (Publisher), Owen Price (Digital Product) and Ruth Ade (Senior Editor). "
              "Please prepare a 10-minute presentation on a unit you have designed.\n\n" + teams("northmoor", "en")[0],
         loc=teams("northmoor", "en")[1], interview=True, company="Northmoor Press",
         role="Curriculum Designer (Science)", stage="onsite"))

    a(Ev("chat-title-only", "en", "Chat with Hana (Brightpath)", "2026-01-29 12:30", 30, prod="google",
         org="Hana Okafor <hana.okafor@brightpathlearning.com>",
         att=[LU, "Hana Okafor <hana.okafor@brightpathlearning.com>"], interview=True,
         company="Brightpath Learning"))

    a(Ev("ashby-technical", "en", "Design exercise debrief – Quillstone Education", "2026-02-02 15:30", 45,
         prod="ashby", org="Quillstone Recruiting <recruiting@quillstone.com>|coord",
         att=[LU, "Leah Brennan <leah.brennan@quillstone.com>", "Marcus Tan <marcus.tan@quillstone.com>"],
         desc="Interview: Instructional Designer, K-5 Literacy\nStage: Design exercise\nInterviewers: Leah "
              "Brennan (Lead Learning Designer), Marcus Tan (Product Manager)\n\nPlease have your storyboard ready."
              "\n\n" + zoom("quill-tech", "en")[0], loc=zoom("quill-tech", "en")[1], interview=True,
         company="Quillstone Education", role="Instructional Designer, K-5 Literacy", stage="technical"))

    a(Ev("headhunter-client-named", "en", "Intro: Lucía + Harriet (Ellis Talent) re Learning Lead at Oakridge Museum",
         "2026-02-03 11:00", 30, prod="google", org="Harriet Ellis <harriet@ellistalent.co.uk>",
         att=[LU, "Harriet Ellis <harriet@ellistalent.co.uk>"],
         desc="Hi Lucía – as discussed on LinkedIn, I'm retained by Oakridge Museum of Childhood (London) for their "
              "Learning Lead, Schools Programme. Let's go through the brief and your experience before I put you "
              "forward.\n\n" + meet("ellis", "en")[0], loc=meet("ellis", "en")[1], interview=True,
         company="Oakridge Museum of Childhood", role="Learning Lead, Schools Programme", stage="recruiter_screen"))

    a(Ev("onsite-berlin", "en", "Onsite at Klexa – Learning Designer (Berlin)", "2026-02-04 10:00", 240,
         prod="greenhouse", tz="Europe/Berlin", org="Klexa <no-reply@us.greenhouse-mail.io>|coord",
         att=[LU, "Nils Hartmann <nils.hartmann@klexa.de>", "Ayşe Demir <ayse.demir@klexa.de>",
              "Tobias Frey <tobias.frey@klexa.de>", "Raum Spree <raum.spree@klexa.de>|room"],
         desc="Schedule\n10:00 Welcome & team intro – Nils Hartmann (Head of Content)\n11:00 Learning design "
              "case – Ayşe Demir\n12:30 Lunch\n13:00 Values interview – Tobias Frey (COO)\n\nAddress: Klexa GmbH, "
              "Schlesische Str. 26, 10997 Berlin. Ask for Raum Spree at reception.",
         loc="Klexa GmbH, Schlesische Str. 26, Berlin", interview=True, company="Klexa",
         role="Learning Designer", stage="onsite"))

    a(Ev("coffee-later-round", "en", "coffee w/ Dev", "2026-02-06 09:00", 45, prod="google",
         org="Dev Malhotra <dev.malhotra.ld@gmail.com>", att=[LU, "Dev Malhotra <dev.malhotra.ld@gmail.com>"],
         desc="Informal coffee before we make a decision on the LXD role – I'll be in Valencia for a conference. "
              "Sending from my personal calendar, sorry! – Dev (Tessellate)",
         loc="Bluebell Coffee, Carrer de Buenos Aires 3, València", interview=True, company="Tessellate Labs",
         role="LXD", stage="final"))

    a(Ev("goodtime-loop", "en", "Interview Loop – Senior Instructional Designer (Remote EU)", "2026-02-09 13:00",
         150, prod="google", tz="utc", org="Coordinator, Brightpath <coordinator@brightpathlearning.com>|coord",
         att=[LU, "Helena Cabré <helena.cabre@brightpathlearning.com>", "Sam Oduya <sam.oduya@brightpathlearning.com>",
              "Priyanka Iyer <priyanka.iyer@brightpathlearning.com>",
              "Coordinator, Brightpath <coordinator@brightpathlearning.com>|coord"],
         desc="Scheduled via GoodTime on behalf of Brightpath Learning.\n13:00 UTC Helena Cabré – craft\n13:50 UTC "
              "Sam Oduya – stakeholder management\n14:40 UTC Priyanka Iyer – learning science\n\n"
              + meet("bp-loop", "en")[0], loc=meet("bp-loop", "en")[1], interview=True,
         company="Brightpath Learning", role="Senior Instructional Designer", stage="onsite"))

    a(Ev("name-company", "en", "Rosa Lindqvist – Fjord Learning", "2026-02-10 18:00", 45, prod="thunderbird",
         tz="Europe/Madrid", desc="Hiring manager. https://whereby.com/fjordlearning", interview=True,
         company="Fjord Learning", ivs="Rosa Lindqvist"))

    a(Ev("hm-outlook-windows", "en", "Hiring manager interview – Education Content Manager", "2026-02-11 10:30", 45,
         prod="owa", tz="win:GMT Standard Time", org="Catarina Mendes <c.mendes@ondina.org>",
         att=[LU, "Catarina Mendes <c.mendes@ondina.org>"],
         desc="Hi Lucía, following your call with our HR team, I'd like to meet you as the hiring manager for the "
              "Education Content Manager role at Fundação Ondina (ocean literacy NGO, Lisbon).\n\n"
              + teams("ondina-hm", "en")[0], loc=teams("ondina-hm", "en")[1], interview=True,
         company="Fundação Ondina", role="Education Content Manager", stage="hiring_manager"))

    a(Ev("site-visit-lisbon", "en", "Visit to our Lisbon studio + meet the team", "2026-02-18 11:00", 180,
         prod="outlook", tz="winvt:GMT Standard Time", org="Inês Carvalho <ines.carvalho@lumolearning.pt>",
         att=[LU, "Rui Tavares <rui.tavares@lumolearning.pt>", "João Pina <joao.pina@lumolearning.pt>",
              "Sala Tejo <sala.tejo@lumolearning.pt>|room"],
         desc="Final stage for the Instructional Designer ES role: studio tour, a working session with João on "
              "one of our courses, and a conversation with Rui about the offer process. We'll cover your flight.",
         loc="Lumo Learning, Rua da Boavista 71, Lisboa", interview=True, company="Lumo Learning",
         role="Instructional Designer ES", stage="final", ivs="rui.tavares@lumolearning.pt;joao.pina@lumolearning.pt"))

    a(Ev("cancelled", "en", "Canceled: Final interview – Storyloom", "2026-02-19 17:00", 45, prod="google",
         status="CANCELLED", seq=1, org="Ben Achterberg <ben.achterberg@icloud.com>",
         att=[LU, "Ben Achterberg <ben.achterberg@icloud.com>", "Ana Reyes <ana.reyes.sl@gmail.com>"],
         desc="This event has been canceled.\n\nSorry Lucía, we've paused hiring for the curriculum role.",
         interview=True, company="Storyloom", stage="final"))

    a(Ev("workday-screen", "en", "Interview: Learning Content Developer (R-20417) – Avialis", "2026-02-20 09:30", 30,
         prod="workday", tz="Europe/Paris", org="Avialis Talent Acquisition <avialis@myworkday.com>|coord",
         att=[LU, "Claire Dumont <claire.dumont@avialis-group.com>"],
         desc="Candidate: Lucía Navarro\nJob requisition: R-20417 Learning Content Developer – Avialis Academy "
              "(Toulouse)\nInterview type: Phone screen\nInterviewer: Claire Dumont, Talent Acquisition Partner",
         interview=True, company="Avialis", role="Learning Content Developer", stage="recruiter_screen"))

    a(Ev("title-only", "en", "Lucía / Fjord", "2026-02-24 17:30", 30, prod="calcom",
         org="Rosa Lindqvist <rosa@fjordlearning.no>", att=[LU, "Rosa Lindqvist <rosa@fjordlearning.no>"],
         interview=True, company="Fjord Learning", ivs="rosa@fjordlearning.no"))

    a(Ev("case-presentation", "en", "Case presentation to the L&D leadership team", "2026-02-25 14:00", 60,
         prod="outlook", tz="winvt:Romance Standard Time", org="Lorena Camps <lorena.camps@vertice-energia.com>",
         att=[LU, "Lorena Camps <lorena.camps@vertice-energia.com>", "Gareth Hale <gareth.hale@vertice-energia.com>",
              "Sala Turia <sala.turia@vertice-energia.com>|room"],
         desc="Round 3 for the Learning Experience Designer role at Vértice Academy. Gareth Hale (Global Head of "
              "L&D) will join from Dublin.", loc="Sala Turia, Av. de Aragón 30, València", interview=True,
         company="Vértice Energía", role="Learning Experience Designer", stage="final",
         ivs="lorena.camps@vertice-energia.com;gareth.hale@vertice-energia.com"))

    a(Ev("hand-typed", "en", "call w/ Owen re digital product role", "2026-02-27 12:00", 30, prod="ios",
         tz="float", desc="Northmoor – he's the Digital Product lead from the panel. Follow-up round.",
         interview=True, company="Northmoor", ivs="Owen"))

    a(Ev("take-home-review", "en", "Take-home review: storyboard for 'Photosynthesis for 9-year-olds'",
         "2026-03-02 16:00", 60, prod="zoom", org="Leah Brennan <leah.brennan@quillstone.com>",
         att=[LU, "Leah Brennan <leah.brennan@quillstone.com>"],
         desc="Quillstone Education – we'll go through your storyboard together.\n\n" + zoom("quill-th", "en")[0],
         interview=True, company="Quillstone Education", stage="technical"))

    a(Ev("webex-ngo", "en", "Interview – Education Officer, Global Classrooms Trust", "2026-03-04 10:00", 45,
         prod="outlook", tz="winvt:GMT Standard Time", org="Hiring Team <hiring@globalclassrooms.org>|coord",
         att=[LU, "Miriam Osei <m.osei@globalclassrooms.org>", "Tom Harlow <t.harlow@globalclassrooms.org>"],
         desc="Dear Lucía,\nWe are pleased to invite you to interview for the Education Officer (Spanish-speaking "
              "programmes) post. Panel: Miriam Osei, Tom Harlow.\n\n" + webex("gct", "en")[0],
         loc=webex("gct", "en")[1], interview=True, company="Global Classrooms Trust", role="Education Officer",
         stage=""))

    a(Ev("recurring-trial-en", "en", "Paid pilot week – Storyloom curriculum sprint", "2026-03-09 09:30", 180,
         prod="google", rrule="FREQ=DAILY;COUNT=3", override=("2026-03-10 09:30", "2026-03-10 11:00", ""),
         org="Ana Reyes <ana.reyes.sl@gmail.com>", att=[LU, "Ana Reyes <ana.reyes.sl@gmail.com>"],
         desc="Storyloom restarted hiring! Three paid half-days working with Ana on a phonics sequence – part of "
              "the process for the Curriculum Designer role, we decide after.", interview=True, company="Storyloom",
         role="Curriculum Designer", stage="onsite"))

    a(Ev("final-cpo", "en", "Final conversation with our CPO", "2026-03-11 17:00", 45, prod="google",
         org="Recruiting Team <talent@klexa.de>|coord", att=[LU, "Mira Köhler <mira.koehler@klexa.de>"],
         desc="Hi Lucía, last step for the Learning Designer role: 45 minutes with Mira Köhler, our CPO.\n\n"
              + meet("klexa-final", "en")[0], loc=meet("klexa-final", "en")[1], interview=True, company="Klexa",
         role="Learning Designer", stage="final"))

    a(Ev("work-address", "en", "Interview – Instructional Designer (Spanish market)", "2026-03-12 07:45", 30,
         prod="outlook", tz="winvt:Romance Standard Time", org="Julia Stern <julia.stern@brainbloom.com>",
         att=[LUW, "Julia Stern <julia.stern@brainbloom.com>"],
         desc="Hi Lucía, sending to the address on your CV. Before your school day, as requested. This is the "
              "first interview for the Instructional Designer (Spanish market) role at BrainBloom.\n\n"
              + teams("brainbloom", "en")[0], loc=teams("brainbloom", "en")[1], interview=True,
         company="BrainBloom", role="Instructional Designer (Spanish market)", stage="recruiter_screen"))

    a(Ev("assessment-day-en", "en", "Assessment day – Graduate Learning Design Programme", "2026-03-17", 1440,
         tz="day", prod="smartrecruiters", org="Oakridge Museum <noreply@smartrecruiters.com>|coord", att=[LU],
         desc="Oakridge Museum of Childhood – Learning Lead, Schools Programme. Assessment day: group task with "
              "other candidates, a session delivered to a pretend Year 3 class, and a panel interview. Arrive 9:00.",
         loc="Oakridge Museum of Childhood, Cambridge Heath Rd, London", interview=True,
         company="Oakridge Museum of Childhood", role="Learning Lead, Schools Programme", stage="onsite", ivs=""))

    a(Ev("agency-en", "en", "Interview with Tessera Publishing (via Morgan Hunt)", "2026-03-19 11:00", 45,
         prod="outlook", tz="winvt:GMT Standard Time", org="Priya Nair <priya.nair@morganhunt.invalid>|coord",
         att=[LU, "Alastair Boyd <a.boyd@tesserapublishing.com>", "Nia Evans <n.evans@tesserapublishing.com>"],
         desc="Hi Lucía, confirming your interview with Tessera Publishing for the Digital Learning Editor "
              "(contract) role. Alastair is the Managing Editor; Nia leads Primary.\n\n" + teams("tessera", "en")[0],
         loc=teams("tessera", "en")[1], interview=True, company="Tessera Publishing", role="Digital Learning Editor",
         stage="hiring_manager"))

    a(Ev("walk-round", "en", "walk & talk – Miriam", "2026-03-24 08:30", 45, prod="apple", tz="Europe/London",
         desc="Global Classrooms Trust 2nd stage, Miriam suggested a walk around Regent's Park instead of a "
              "formal panel. Meet at the Inner Circle gate.", interview=True, company="Global Classrooms Trust",
         ivs="Miriam Osei"))

    a(Ev("calendly-booked-en", "en", "Lucía Navarro and Jake Morrow: Intro call – Content Lead", "2026-03-26 16:00",
         20, prod="calendly", org="Jake Morrow <jake@brightsparks.school>",
         att=["Jake Morrow <jake@brightsparks.school>", LU],
         desc="Event type: Intro call – Content Lead, BrightSparks Online School\nInvitee: Lucía Navarro\n"
              "Location: Zoom (link below)\n\nNeed to make changes to this event? Cancel or reschedule via "
              "Calendly.", interview=True, company="BrightSparks Online School", role="Content Lead",
         stage="recruiter_screen"))

    a(Ev("rescheduled-en", "en", "Updated invitation: Hiring manager interview – Avialis Academy",
         "2026-03-27 10:00", 45, prod="google", tz="Europe/Paris", seq=2,
         org="Bastien Roque <bastien.roque@avialis-group.com>",
         att=[LU, "Bastien Roque <bastien.roque@avialis-group.com>"],
         desc="This event has been changed. New time: Fri 27 Mar 10:00 CET.\nLearning Content Developer – Bastien "
              "leads the Avialis Academy digital team.\n\n" + meet("avialis-hm", "en")[0],
         loc=meet("avialis-hm", "en")[1], interview=True, company="Avialis", role="Learning Content Developer",
         stage="hiring_manager"))
    a(Ev("panel-room-lisbon", "en", "Panel interview – Education Content Manager (Fundação Ondina)",
         "2026-02-26 10:00", 75, prod="exchange", tz="winvt:GMT Standard Time",
         org="Catarina Mendes <c.mendes@ondina.org>",
         att=[LU, "Catarina Mendes <c.mendes@ondina.org>", "Duarte Lobo <d.lobo@ondina.org>",
              "Marta Seixas <m.seixas@ondina.org>", "Sala Atlântico <sala.atlantico@ondina.org>|room",
              "Projector 2 <projector2@ondina.org>|res"],
         desc="Second stage, in person at our Lisbon office. Panel: Catarina Mendes (hiring manager), Duarte Lobo "
              "(Director of Programmes), Marta Seixas (Schools Partnerships). 15-minute presentation of a "
              "classroom resource on ocean plastics, then questions.", loc="Sala Atlântico, Av. 24 de Julho 42, Lisboa",
         interview=True, company="Fundação Ondina", role="Education Content Manager", stage="onsite",
         ivs="c.mendes@ondina.org;d.lobo@ondina.org;m.seixas@ondina.org"))

    a(Ev("bookings-screen", "en", "Interview slot: Education Content Writer – Tidewater Academy", "2026-03-05 14:30",
         30, prod="bookings", tz="win:GMT Standard Time",
         org="Tidewater Academy Careers <careers@tidewateracademy.org>|coord",
         att=[LU, "Fiona Marsh <f.marsh@tidewateracademy.org>"],
         desc="Your booking is confirmed.\nService: First interview – Education Content Writer (remote)\nStaff: "
              "Fiona Marsh, HR Business Partner\n\n" + teams("tidewater", "en")[0], loc=teams("tidewater", "en")[1],
         interview=True, company="Tidewater Academy", role="Education Content Writer", stage="recruiter_screen"))
    return out
