"""holdout101: the user's own interviews sent by ATS and scheduling tools (raw iCalendar; CC0 1.0)."""

from __future__ import annotations

from holdout101ev_ics import ev

BER = ("Europe/Berlin",)


def events() -> list[dict[str, str]]:
    return [
        ev("personio-de", r"""
BEGIN:VEVENT
DTSTAMP:20251014T081233Z
UID:personio-interview-7d1c2a90-4b6e-4c8e-9a3f-0f2b8e61d5aa
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20251021T100000
DTEND;TZID=Europe/Berlin:20251021T104500
SUMMARY:Erstgespräch: Projektleitung Architektur (m/w/d) – Franziska Eder
LOCATION:Microsoft Teams
ORGANIZER;CN=Isarwerk Projektentwicklung GmbH:mailto:noreply@mail.personio.de
ATTENDEE;CN=Corinna Wallner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:c.wallner@isarwerk-pe.de
ATTENDEE;CN=Franziska Eder;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
DESCRIPTION:Liebe Frau Eder,\n\nvielen Dank für Ihre Bewerbung als Projektleitung Architektur (m/w/d) bei der Isarwerk P
 rojektentwicklung GmbH. Wie besprochen laden wir Sie herzlich zu einem ersten Kennenlernen per Microsoft Teams ein.\n\n
 Gesprächspartnerin: Corinna Wallner (HR Business Partner)\nDauer: ca. 45 Minuten\n\nMicrosoft Teams-Besprechung\nÜber I
 hren Computer oder die mobile App teilnehmen\nHier klicken\, um an der Besprechung teilzunehmen: https://teams.microsof
 t.com/l/meetup-join/19%3ameeting_NzA1ZTVj\nBesprechungs-ID: 384 221 907 55\nPasscode: Xq7bP2\n\nBei Fragen erreichen Si
 e uns unter karriere@isarwerk-pe.de.\n\nViele Grüße\nIhr Isarwerk-Recruiting-Team
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", prodid="-//Personio GmbH//Personio Recruiting//DE", tzids=BER, is_interview=1,
           company="Isarwerk Projektentwicklung", role="Projektleitung Architektur (m/w/d)",
           stage="recruiter_screen", interviewers="c.wallner@isarwerk-pe.de", trap="personio-screen-de"),

        ev("personio-onsite-de", r"""
BEGIN:VEVENT
DTSTAMP:20251029T140501Z
UID:personio-interview-e3b9f1c4-5a07-4d2b-8cc1-61a9d0e2f7b3
SEQUENCE:0
DTSTART;TZID=Europe/Berlin:20251106T140000
DTEND;TZID=Europe/Berlin:20251106T160000
SUMMARY:Zweitgespräch vor Ort | Isarwerk x Franziska Eder
LOCATION:Isarwerk Projektentwicklung GmbH\, Erhardtstraße 12\, 80469 München\, 3. OG
ORGANIZER;CN=Corinna Wallner:mailto:noreply@mail.personio.de
ATTENDEE;CN=Dr. Stefan Aigner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:s.aigner@isarwerk-pe.de
ATTENDEE;CN=Verena Holzapfel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:v.holzapfel@isarwerk-pe.de
ATTENDEE;CN=Corinna Wallner;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c.wallner@isarwerk-pe.de
ATTENDEE;CN=Franziska Eder;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
DESCRIPTION:Hallo Frau Eder\,\n\nwir freuen uns\, Sie zum zweiten Gespräch in unserem Büro begrüßen zu dürfen.\n\nAblauf
 :\n14:00 Vorstellung Ihrer Referenzprojekte (ca. 30 Min.\, gern mit Mappe oder Laptop)\n14:30 Gespräch mit Dr. Stefan A
 igner (Geschäftsführer) und Verena Holzapfel (Leitung Projektentwicklung)\n15:30 Rundgang und offene Fragen (Corinna Wa
 llner\, HR)\n\nBitte melden Sie sich am Empfang im 3. OG.\n\nBeste Grüße\nCorinna Wallner
STATUS:CONFIRMED
END:VEVENT
""", prodid="-//Personio GmbH//Personio Recruiting//DE", tzids=BER, is_interview=1,
           company="Isarwerk Projektentwicklung", role="Projektleitung Architektur (m/w/d)",
           stage="onsite", interviewers="s.aigner@isarwerk-pe.de;v.holzapfel@isarwerk-pe.de",
           trap="personio-onsite-coordinator-de"),

        ev("softgarden-de", r"""
BEGIN:VEVENT
UID:sg-appointment-2025-88412-31977@softgarden.io
DTSTAMP:20251103T093000Z
DTSTART;TZID=Europe/Berlin:20251112T090000
DTEND;TZID=Europe/Berlin:20251112T100000
SUMMARY:Vorstellungsgespräch Projektarchitekt*in (m/w/d) Wohnungsbau – Baywald Wohnbau GmbH
DESCRIPTION:Sehr geehrte Frau Eder\,\n\nhiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch.\n\nStelle: Pro
 jektarchitekt*in (m/w/d) Wohnungsbau\nUnternehmen: Baywald Wohnbau GmbH\nGesprächspartner: Herr Florian Reischl (Abteil
 ungsleiter Planung)\nOrt: Online (Microsoft Teams – der Link folgt separat)\n\nSollten Sie den Termin nicht wahrnehmen
  können\, sagen Sie ihn bitte über den folgenden Link ab: https://baywald.softgarden.io/appointment/cancel/88412\n\nMit
  freundlichen Grüßen\nIhr Baywald Recruiting-Team\n\n-- \nDiese Nachricht wurde über softgarden versendet.
ORGANIZER;CN=Baywald Wohnbau GmbH:mailto:no-reply@softgarden.io
ATTENDEE;CN=Florian Reischl;PARTSTAT=ACCEPTED:mailto:florian.reischl@baywald-wohnbau.de
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
LOCATION:Online
END:VEVENT
""", prodid="-//softgarden e-recruiting GmbH//softgarden//DE", tzids=BER, is_interview=1,
           company="Baywald Wohnbau", role="Projektarchitekt*in (m/w/d) Wohnungsbau", stage="hiring_manager",
           interviewers="florian.reischl@baywald-wohnbau.de", trap="softgarden-de"),

        ev("utc-final-de", r"""
BEGIN:VEVENT
DTSTART:20251127T130000Z
DTEND:20251127T140000Z
DTSTAMP:20251120T101112Z
ORGANIZER;CN=Florian Reischl:mailto:florian.reischl@baywald-wohnbau.de
UID:040000008200E00074C5B7101A82E00800000000B0C1E2F3D45EDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dr. Gisela Baywald;X-NUM-GUESTS=0:mailto:g.baywald@
 baywald-wohnbau.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Florian Reischl;X-NUM-GUESTS=0:mailto:florian.reisc
 hl@baywald-wohnbau.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=franzi.eder.arch@web.de;X-NUM-GUESTS=0:mailto:franz
 i.eder.arch@web.de
CREATED:20251120T101100Z
DESCRIPTION:Abschlussgespräch mit unserer Geschäftsführerin Frau Dr. Baywald und mir. Wir sprechen auch über Vertragsdet
 ails und einen möglichen Starttermin.\n\nAdresse: Baywald Wohnbau GmbH\, Landsberger Str. 301\, 80687 München
LAST-MODIFIED:20251120T101112Z
LOCATION:Landsberger Str. 301\, 80687 München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Abschlussgespräch Baywald / Eder
TRANSP:OPAQUE
END:VEVENT
""", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzids=(),
           head=("X-WR-CALNAME:franzi.eder.arch@web.de", "X-WR-TIMEZONE:Europe/Berlin"), is_interview=1,
           company="Baywald Wohnbau", role="", stage="final",
           interviewers="g.baywald@baywald-wohnbau.de;florian.reischl@baywald-wohnbau.de", trap="utc-final-de"),

        ev("teamtailor-de", r"""
BEGIN:VEVENT
UID:tt-meeting-41b7a3f0-99de-4c1a-b2c7-5a8d3e6f0c12@teamtailor.com
DTSTAMP:20251009T120044Z
DTSTART:20251016T080000Z
DTEND:20251016T084500Z
SUMMARY:Franziska Eder & PlanQuadrat Ingenieure – Kennenlernen
DESCRIPTION:Hallo Franziska\,\n\ndu hast ein Interview für die Stelle "Teamleitung Objektplanung Hochbau (m/w/d)" bei Pl
 anQuadrat gebucht.\n\nMit dabei: Matthias Kerschbaumer\n\nVideo-Link: https://app.teamtailor.com/video/join/pq-4f1e9a\n
 \nBis bald!\nTeam PlanQuadrat
LOCATION:https://app.teamtailor.com/video/join/pq-4f1e9a
ORGANIZER;CN="PlanQuadrat Ingenieure GmbH":mailto:notifications@teamtailor-mail.com
ATTENDEE;CN="Matthias Kerschbaumer";PARTSTAT=ACCEPTED:mailto:m.kerschbaumer@planquadrat-ing.de
ATTENDEE;CN="Franziska Eder";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//Teamtailor//Teamtailor Calendar//EN", is_interview=1,
           company="PlanQuadrat Ingenieure", role="Teamleitung Objektplanung Hochbau (m/w/d)", stage="",
           interviewers="m.kerschbaumer@planquadrat-ing.de", trap="teamtailor-nostage-de"),

        ev("greenhouse-en", r"""
BEGIN:VEVENT
UID:gh-4412983002-interview-88310271@greenhouse.io
DTSTAMP:20251104T164512Z
DTSTART;TZID=Europe/London:20251113T090000
DTEND;TZID=Europe/London:20251113T100000
SUMMARY:Franziska Eder - Design Review Interview (Senior Architect\, Munich Studio)
ORGANIZER;CN=Harriet Cole (Recruiting Coordinator):mailto:harriet.cole@sorensenhale.co.uk
ATTENDEE;CN=Oliver Sorensen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:oliver.sorensen@sorensenhale.co.uk
ATTENDEE;CN=Mei Lin Tan;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:meilin.tan@sorensenhale.co.uk
ATTENDEE;CN=Franziska Eder;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
LOCATION:Zoom - https://sorensenhale.zoom.us/j/81234567001
DESCRIPTION:Hi Franziska\,\n\nThank you for your time so far! Please find the details for your Design Review interview w
 ith Sorensen Hale Architects below.\n\nInterviewers:\n- Oliver Sorensen\, Founding Partner\n- Mei Lin Tan\, Associate D
 irector\n\nPlease prepare a 20-minute walk-through of one built project you led from competition to site (LP 2-8). We w
 ill leave the rest for questions.\n\nJoin Zoom Meeting\nhttps://sorensenhale.zoom.us/j/81234567001\nMeeting ID: 812 345
 6 7001\n\nAll the best\,\nHarriet Cole\nRecruiting Coordinator | Sorensen Hale Architects
END:VEVENT
""", prodid="-//Greenhouse Software Inc//Greenhouse//EN", tzids=("Europe/London",), is_interview=1,
           company="Sorensen Hale Architects", role="Senior Architect", stage="technical",
           interviewers="oliver.sorensen@sorensenhale.co.uk;meilin.tan@sorensenhale.co.uk",
           trap="greenhouse-coordinator-en"),

        ev("greenhouse-onsite-en", r"""
BEGIN:VEVENT
UID:gh-4412983002-interview-88377105@greenhouse.io
DTSTAMP:20251118T101500Z
DTSTART;TZID=Europe/Berlin:20251126T100000
DTEND;TZID=Europe/Berlin:20251126T130000
SUMMARY:Onsite Interview: Franziska Eder (Senior Architect) - Munich Studio
ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@sorensenhale.co.uk
ATTENDEE;CN=Munich - Meeting Room Glockenbach;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:muc-glockenbach@
 sorensenhale.co.uk
ATTENDEE;CN=Lukas Brenninger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lukas.brenninger@sorensenhale.co.uk
ATTENDEE;CN=Anna Forsberg;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:anna.forsberg@sorensenhale.co.uk
ATTENDEE;CN=Oliver Sorensen;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:oliver.sorensen@sorensenhale.co.uk
ATTENDEE;CN=Franziska Eder;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
LOCATION:Sorensen Hale Munich\, Hans-Sachs-Str. 9\, 80469 München
DESCRIPTION:Hi Franziska\,\n\nWe're excited to welcome you to our Munich studio.\n\n10:00-10:45  Studio tour & team lunc
 h planning with Lukas Brenninger (Studio Lead Munich)\n10:45-11:45  Technical detailing session with Anna Forsberg (Tec
 hnical Director)\n11:45-12:30  Closing conversation with Oliver Sorensen (Founding Partner)\n\nPlease bring your portfo
 lio (print or tablet).\n\nHarriet (Recruiting Coordinator)
END:VEVENT
""", prodid="-//Greenhouse Software Inc//Greenhouse//EN", tzids=BER, is_interview=1,
           company="Sorensen Hale Architects", role="Senior Architect", stage="onsite",
           interviewers=("lukas.brenninger@sorensenhale.co.uk;anna.forsberg@sorensenhale.co.uk;"
                         "oliver.sorensen@sorensenhale.co.uk"), trap="greenhouse-onsite-room-en"),

        ev("lever-phone-en", r"""
BEGIN:VEVENT
UID:lever-7a8f1e02-1c4d-4f77-b6e1-0d2a9c3b5e11
DTSTAMP:20251002T150301Z
DTSTART:20251008T123000Z
DTEND:20251008T130000Z
SUMMARY:Phone Screen: Franziska Eder <> BKP Architects
DESCRIPTION:Hi Franziska\,\n\nLooking forward to our call about the Project Architect (Healthcare & Research) role at Ba
 uer Kirchhoff Partner.\n\nI'll call you on +49 171 5520394.\n\nBest\,\nNina Okafor\nTalent Partner\, BKP
LOCATION:Phone call
ORGANIZER;CN=Nina Okafor:mailto:nina.okafor@bkp-architects.com
ATTENDEE;CN=Nina Okafor;PARTSTAT=ACCEPTED:mailto:nina.okafor@bkp-architects.com
ATTENDEE;CN=franzi.eder.arch@web.de;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//Lever//Lever Hire Scheduling//EN", is_interview=1, company="Bauer Kirchhoff Partner",
           role="Project Architect (Healthcare & Research)", stage="recruiter_screen",
           interviewers="nina.okafor@bkp-architects.com", trap="lever-phone-screen-en"),

        ev("lever-onsite-en", r"""
BEGIN:VEVENT
UID:lever-c51d3b77-0f8e-41aa-9c60-2e7f4b8d1a39
DTSTAMP:20251020T091500Z
DTSTART;TZID=Europe/Berlin:20251030T093000
DTEND;TZID=Europe/Berlin:20251030T123000
SUMMARY:On-site: Design Exercise & Team Interviews - Franziska Eder
DESCRIPTION:Schedule for Franziska Eder\, Project Architect (Healthcare & Research)\n\n09:30 Design exercise (90 min\, b
 rief handed out on arrival) - Jakob Lichtenegger\n11:00 Team interview - Sara Demir & Tobias Kirchhoff\n12:00 Wrap-up w
 ith Talent (Nina Okafor)\n\nAddress: BKP Bauer Kirchhoff Partner mbB\, Sandstraße 33\, 80335 München. Please bring ID f
 or the front desk.
LOCATION:BKP Munich\, Sandstraße 33\, 80335 München
ORGANIZER;CN=Nina Okafor:mailto:nina.okafor@bkp-architects.com
ATTENDEE;CN=Jakob Lichtenegger;PARTSTAT=ACCEPTED:mailto:jakob.lichtenegger@bkp-architects.com
ATTENDEE;CN=Sara Demir;PARTSTAT=ACCEPTED:mailto:sara.demir@bkp-architects.com
ATTENDEE;CN=Tobias Kirchhoff;PARTSTAT=ACCEPTED:mailto:tobias.kirchhoff@bkp-architects.com
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//Lever//Lever Hire Scheduling//EN", tzids=BER, is_interview=1,
           company="Bauer Kirchhoff Partner", role="Project Architect (Healthcare & Research)", stage="onsite",
           interviewers=("jakob.lichtenegger@bkp-architects.com;sara.demir@bkp-architects.com;"
                         "tobias.kirchhoff@bkp-architects.com"), trap="lever-onsite-en"),

        ev("ashby-case-en", r"""
BEGIN:VEVENT
UID:ashby-interview-event-5e0d8c3a-7b21-4f09-8d5e-3a1c6b9f2e70
DTSTAMP:20251105T172210Z
DTSTART:20251111T150000Z
DTEND:20251111T160000Z
SUMMARY:Franziska Eder <> Helix | Case Study Presentation
LOCATION:https://meet.google.com/hxq-rbzt-mkd
DESCRIPTION:Case Study Presentation for Lead Architect\, Campus Projects\n\nYou'll present your take on the Garching cam
 pus brief (sent by email) to:\n• Priya Raman (VP Design & Construction)\n• Max Hollweck (Head of Development)\n\nJoin w
 ith Google Meet: https://meet.google.com/hxq-rbzt-mkd\nJoin by phone: +49 30 300195061 PIN: 551 877 203#\n\nScheduled v
 ia Ashby
ORGANIZER;CN=Helix Recruiting:mailto:recruiting@helix-campus.com
ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya@helix-campus.com
ATTENDEE;CN=Max Hollweck;PARTSTAT=ACCEPTED:mailto:max.hollweck@helix-campus.com
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//Ashby//Ashby Scheduling//EN", is_interview=1, company="Helix Campus Development",
           role="Lead Architect, Campus Projects", stage="technical",
           interviewers="priya@helix-campus.com;max.hollweck@helix-campus.com", trap="ashby-case-en"),

        ev("ashby-final-en", r"""
BEGIN:VEVENT
UID:ashby-interview-event-9b44f2d1-06ce-4a3e-b1d9-77f0e5a2c813
DTSTAMP:20251119T080001Z
DTSTART:20251124T110000Z
DTEND:20251124T114500Z
SUMMARY:Final Interview w/ Constantin (CEO) - Helix
LOCATION:Helix HQ\, Lichtenbergstr. 8\, 85748 Garching
DESCRIPTION:Hi Franziska - last step! A 45-minute conversation with our CEO\, Constantin Vogl\, at our Garching office.
  Ask for Ella at reception.\n\nScheduled via Ashby
ORGANIZER;CN=Ella Brandt:mailto:ella.brandt@helix-campus.com
ATTENDEE;CN=Constantin Vogl;PARTSTAT=ACCEPTED:mailto:constantin@helix-campus.com
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//Ashby//Ashby Scheduling//EN", is_interview=1, company="Helix Campus Development",
           role="", stage="final", interviewers="constantin@helix-campus.com", trap="ashby-final-en"),

        ev("workday-de", r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-EVT-00019733182
DTSTAMP:20251022T061530Z
SEQUENCE:0
DTSTART;TZID=W. Europe Standard Time:20251104T103000
DTEND;TZID=W. Europe Standard Time:20251104T113000
SUMMARY:Interview: Senior Projektmanagerin Planung (R-004512) - Franziska Eder
LOCATION:Nordhaus Immobilien AG\, Prinzregentenstraße 54\, München - Raum 5.12
ORGANIZER;CN=Nordhaus Immobilien AG Recruiting:mailto:nordhaus@myworkday.com
ATTENDEE;CN=Bernhard Lechner;ROLE=REQ-PARTICIPANT:mailto:bernhard.lechner@nordhaus-ag.de
ATTENDEE;CN=Franziska Eder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.eder.arch@web.de
DESCRIPTION:Interview mit dem Fachbereich\n\nKandidatin: Franziska Eder\nStelle: Senior Projektmanagerin Planung (m/w/d)
  (R-004512)\nInterviewer: Bernhard Lechner\, Bereichsleiter Technik\n\nBitte melden Sie sich 10 Minuten vorher am Empfa
 ng.\n\nDiese Einladung wurde von Workday generiert.
END:VEVENT
""", prodid="-//Workday Inc//Workday Recruiting//EN", tzids=("W. Europe Standard Time",), is_interview=1,
           company="Nordhaus Immobilien", role="Senior Projektmanagerin Planung (m/w/d)", stage="hiring_manager",
           interviewers="bernhard.lechner@nordhaus-ag.de", trap="workday-windows-zone-de"),

        ev("smartrecruiters-de", r"""
BEGIN:VEVENT
UID:sr-interview-3f7e0b21c9a84d1e9e2b@smartrecruiters.com
DTSTAMP:20251015T111111Z
DTSTART;TZID=Europe/Berlin:20251023T163000
DTEND;TZID=Europe/Berlin:20251023T170000
SUMMARY:Video-Interview | Architekt (m/w/d) Entwurfsplanung | Quadra Real Estate
DESCRIPTION:Guten Tag Frau Eder\,\n\nbitte nutzen Sie für unser Video-Interview den folgenden Link:\nhttps://quadra.webe
 x.com/meet/t.roemer\n\nIhr Gesprächspartner: Timo Römer\, Talent Acquisition\n\nPowered by SmartRecruiters
LOCATION:Webex
ORGANIZER;CN=Timo Römer:mailto:t.roemer@quadra-re.de
ATTENDEE;CN=Timo Römer;PARTSTAT=ACCEPTED:mailto:t.roemer@quadra-re.de
ATTENDEE;CN=Franziska Eder;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//SmartRecruiters Inc//SmartRecruiters//EN", tzids=BER, is_interview=1,
           company="Quadra Real Estate", role="Architekt (m/w/d) Entwurfsplanung", stage="recruiter_screen",
           interviewers="t.roemer@quadra-re.de", trap="smartrecruiters-webex-de"),

        ev("resched-successfactors-de", r"""
BEGIN:VEVENT
UID:SF-ONB-INTV-20251118-6D2F9A10-SEDL
DTSTAMP:20251114T124500Z
SEQUENCE:2
DTSTART;TZID=Europe/Berlin:20251125T140000
DTEND;TZID=Europe/Berlin:20251125T150000
SUMMARY:Terminänderung: Vorstellungsgespräch - Architekt/in Ausführungsplanung (m/w/d) - Job-ID 11827
DESCRIPTION:Sehr geehrte Frau Eder\,\n\nleider müssen wir Ihren Termin am 18.11. verschieben. Neuer Termin: Dienstag\, 2
 5.11.2025\, 14:00 Uhr.\n\nInterviewer: Herr Dipl.-Ing. Konrad Hainz (Leiter Technisches Büro)\, Frau Elif Arslan (Perso
 nalreferentin)\nOrt: Sedlmeier Zentrale\, Haus B\, Besprechungsraum 2\n\nWir bitten um Ihr Verständnis.\nSedlmeier Pers
 onalabteilung
LOCATION:Truderinger Str. 220\, 81825 München
ORGANIZER;CN=SAP SuccessFactors Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Konrad Hainz:mailto:k.hainz@sedlmeier-bau.de
ATTENDEE;CN=Elif Arslan:mailto:e.arslan@sedlmeier-bau.de
ATTENDEE;CN=Franziska Eder;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//SAP SuccessFactors//Interview Scheduling//EN", tzids=BER, is_interview=1,
           company="Max Sedlmeier Bauunternehmung", role="Architekt/in Ausführungsplanung (m/w/d)",
           stage="onsite", interviewers="k.hainz@sedlmeier-bau.de;e.arslan@sedlmeier-bau.de",
           trap="rescheduled-successfactors-de"),

        ev("workable-de", r"""
BEGIN:VEVENT
UID:workable-event-1d9c47e3b8@kessler-pm.workable.com
DTSTAMP:20251027T130000Z
DTSTART:20251103T090000Z
DTEND:20251103T094500Z
SUMMARY:Interview with Kessler Projektmanagement AG for Projektsteuerer/in Hochbau (m/w/d)
DESCRIPTION:Hi Franziska\,\n\nYou have an interview with Kessler Projektmanagement AG.\n\nJob: Projektsteuerer/in Hochba
 u (m/w/d)\nInterviewers: Ralf Mittermaier\, Jana Ströbel\nWhere: Google Meet – https://meet.google.com/kpm-xwdy-qzn\n\n
 Good luck!\nSent via Workable
LOCATION:Google Meet
ORGANIZER;CN=Jana Ströbel:mailto:jana.stroebel@kessler-pm.de
ATTENDEE;CN=Ralf Mittermaier:mailto:ralf.mittermaier@kessler-pm.de
ATTENDEE;CN=Jana Ströbel:mailto:jana.stroebel@kessler-pm.de
ATTENDEE;CN=Franziska Eder;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//Workable//Workable Calendar//EN", is_interview=1, company="Kessler Projektmanagement",
           role="Projektsteuerer/in Hochbau (m/w/d)", stage="",
           interviewers="ralf.mittermaier@kessler-pm.de;jana.stroebel@kessler-pm.de", trap="workable-en-de"),

        ev("icims-en", r"""
BEGIN:VEVENT
UID:icims-meridianec-req2025-3381-cand-778120-evt-2
DTSTAMP:20251106T100200Z
DTSTART;TZID=Europe/Berlin:20251117T110000
DTEND;TZID=Europe/Berlin:20251117T120000
SUMMARY:Interview Confirmation – Senior Architect\, Munich (Req 2025-3381)
DESCRIPTION:Dear Franziska\,\n\nThis confirms your interview for Senior Architect\, Munich (Req 2025-3381).\n\nInterview
  type: Microsoft Teams video interview\nInterviewer(s): Daniel Whitcombe\, Associate Director Architecture\n\nMicrosoft
  Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting: https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_MeridianEC\nMeeting ID: 271 559 004 18\nPasscode: 9nT3ud\n\nRegards\,\nMeridian Engi
 neering Consultants Talent Acquisition\n(This message was sent from an unmonitored mailbox.)
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Meridian Talent Acquisition:mailto:talent-noreply@meridian-ec.com
ATTENDEE;CN="Whitcombe, Daniel";ROLE=REQ-PARTICIPANT:mailto:daniel.whitcombe@meridian-ec.com
ATTENDEE;CN=Franziska Eder;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//iCIMS Inc//iCIMS Talent Cloud//EN", tzids=BER, is_interview=1,
           company="Meridian Engineering Consultants", role="Senior Architect, Munich",
           stage="hiring_manager", interviewers="daniel.whitcombe@meridian-ec.com", trap="icims-teams-en"),

        ev("goodtime-final-en", r"""
BEGIN:VEVENT
UID:goodtime-b2f7c1a0e94d4f7b8c11d2e3f4a5b6c7
DTSTAMP:20251201T090000Z
DTSTART:20251209T130000Z
DTEND:20251209T143000Z
SUMMARY:Stonebridge Design Group – Final Interview (Franziska Eder)
LOCATION:https://stonebridgedg.zoom.us/j/97100223344?pwd=sTb9
DESCRIPTION:Hello Franziska\,\n\nYour final interview for Team Lead\, Interior Architecture (Munich) is confirmed.\n\n13
 :00–13:45 UTC  Rachel Whitmore\, Managing Director EMEA\n13:45–14:30 UTC  Felix Gruber\, Design Principal\n\nYour coord
 inator\, Tom Becker\, will open the room and stay for the first 2 minutes only.\n\nZoom: https://stonebridgedg.zoom.us/
 j/97100223344?pwd=sTb9\n\nScheduled with GoodTime
ORGANIZER;CN=Tom Becker (Coordinator):mailto:tom.becker@stonebridgedg.com
ATTENDEE;CN=Rachel Whitmore:mailto:rachel.whitmore@stonebridgedg.com
ATTENDEE;CN=Felix Gruber:mailto:felix.gruber@stonebridgedg.com
ATTENDEE;CN=Tom Becker:mailto:tom.becker@stonebridgedg.com
ATTENDEE;CN=Franziska Eder;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//GoodTime.io//GoodTime Hire//EN", is_interview=1, company="Stonebridge Design Group",
           role="Team Lead, Interior Architecture", stage="final",
           interviewers="rachel.whitmore@stonebridgedg.com;felix.gruber@stonebridgedg.com",
           trap="goodtime-coordinator-en"),

        ev("modernloop-en", r"""
BEGIN:VEVENT
UID:ml-evt-5f2a0d8e-3b6c-4e71-a9d4-c0b1e2f3a4d5@modernloop.io
DTSTAMP:20251016T140000Z
DTSTART;TZID=Europe/Berlin:20251021T150000
DTEND;TZID=Europe/Berlin:20251021T160000
SUMMARY:Portfolio Deep Dive – Arbor Workplace (Franziska Eder)
LOCATION:Google Meet: https://meet.google.com/arb-qmop-tyx
DESCRIPTION:Interview for: Senior Workplace Architect\nInterviewer: Sofie Lindqvist (Head of Design)\n\nSofie would love
  to go deep on two projects of your choice - ideally one office / workplace fit-out.\n\nThis event was scheduled by Mod
 ernLoop on behalf of Arbor Workplace GmbH.
ORGANIZER;CN=Arbor Workplace Talent:mailto:talent@arbor-workplace.com
ATTENDEE;CN=Sofie Lindqvist;PARTSTAT=ACCEPTED:mailto:sofie@arbor-workplace.com
ATTENDEE;CN=Franziska Eder;RSVP=TRUE:mailto:franzi.eder.arch@web.de
END:VEVENT
""", prodid="-//ModernLoop//ModernLoop Scheduling//EN", tzids=BER, is_interview=1,
           company="Arbor Workplace", role="Senior Workplace Architect", stage="technical",
           interviewers="sofie@arbor-workplace.com", trap="modernloop-en"),
    ]
