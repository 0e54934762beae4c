"""holdout153: UK and Netherlands employers (hand-written raw iCalendar text)."""

from holdout153ev_base import yes

EVENTS = [
    dict(kind="workday", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
@TZ:LONDON@
BEGIN:VEVENT
UID:wd-az-int-1c9e72b0-55d3-4b8e-a0f1-7e3c2d9b6a48@myworkday.com
DTSTAMP:20251028T160402Z
DTSTART;TZID=Europe/London:20251105T130000
DTEND;TZID=Europe/London:20251105T143000
SUMMARY:Interview - Associate Principal Scientist\, Structure & Biophysics -
  R-238871
DESCRIPTION:Hi Hannah\,\n\nThank you for your interest in AstraZeneca. Your
  virtual panel interview is confirmed.\n\nPanel:\nDr. Gareth Pritchard – As
 sociate Director\, Structure & Biophysics\nDr. Sunita Rao – Principal Scien
 tist\nDr. Tom Ellery – Principal Scientist\, Cryo-EM\n\nFormat: 30-minute pr
 esentation of your research followed by competency-based questions (please
  use the STAR approach).\n\nMicrosoft Teams link: https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_NjYxZWE4\n\nRecruitment Coordinator\nAstraZenec
 a Cambridge
LOCATION:Microsoft Teams
ORGANIZER;CN=AZ Recruitment Coordination:mailto:astrazeneca@myworkday.com
ATTENDEE;CN=Hannah Weiss;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;CN=Gareth Pritchard;ROLE=REQ-PARTICIPANT:mailto:gareth.pritchard@a
 strazeneca.com
ATTENDEE;CN=Sunita Rao;ROLE=REQ-PARTICIPANT:mailto:sunita.rao@astrazeneca.c
 om
ATTENDEE;CN=Tom Ellery;ROLE=REQ-PARTICIPANT:mailto:tom.ellery@astrazeneca.c
 om
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("wd-az-int-1c9e72b0-55d3-4b8e-a0f1-7e3c2d9b6a48@myworkday.com", "AstraZeneca",
               "Associate Principal Scientist, Structure & Biophysics", "technical",
               "gareth.pritchard@astrazeneca.com;sunita.rao@astrazeneca.com;tom.ellery@astrazeneca.com",
               "workday-london-panel-star-questions")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:MS_GMT@
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Lucy":mailto:lucy.whitfield@astrazeneca.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.weis
 s.bio@posteo.de:mailto:hannah.weiss.bio@posteo.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hughes, Dr Ma
 rk":mailto:mark.hughes@astrazeneca.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="GB-CAM
 -DISC-1.B.204 (8) VC":mailto:gb-cam-disc-1b204@astrazeneca.com
DESCRIPTION;LANGUAGE=en-GB:Dear Hannah\,\n\nMark would like to meet you in p
 erson for a final conversation while you are in Cambridge. Please ask for m
 e at the Discovery Centre (DISC) reception\, 1 Francis Crick Avenue.\n\nBest
  wishes\,\nLucy Whitfield\nEA to Dr Mark Hughes\, VP Discovery Sciences
UID:040000008200E00074C5B7101A82E0080000000077E1A2B3C44ADC010000000000000000
 10000000B1C3E5A7D9F1B3C5E7A9C1E3F5A7B9C1
SUMMARY;LANGUAGE=en-GB:Dr Mark Hughes / Hannah Weiss
DTSTART;TZID=GMT Standard Time:20251202T103000
DTEND;TZID=GMT Standard Time:20251202T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251124T112301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:DISC 1.B.204
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E0080000000077E1A2B3C44ADC0100000000000000001000"
               "0000B1C3E5A7D9F1B3C5E7A9C1E3F5A7B9C1", "AstraZeneca", "", "final", "mark.hughes@astrazeneca.com",
               "bare-name-slash-name-summary-vp-final-with-room")),

    dict(kind="workable", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-4f82b1d9c7@workable.com
DTSTAMP:20251020T091500Z
DTSTART:20251024T090000Z
DTEND:20251024T093000Z
SUMMARY:Phone screen: Hannah Weiss for Senior Scientist – Crystallography (A
 stex)
DESCRIPTION:Hi Hannah\,\n\nLooking forward to our call. I'll ring you on +4
 9 176 22339187 at 10:00 your time (09:00 UK).\n\nWe'll cover your backgroun
 d\, notice period\, right to work in the UK and what you're looking for.\n\n
 Many thanks\,\nEmma Doyle\nTalent Partner\, Astex Pharmaceuticals\n\nSent v
 ia Workable
LOCATION:Phone call
ORGANIZER;CN=Emma Doyle:mailto:emma.doyle@astx.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("workable-event-4f82b1d9c7@workable.com", "Astex Pharmaceuticals",
               "Senior Scientist – Crystallography", "recruiter_screen", "emma.doyle@astx.com",
               "workable-phone-screen-utc")),

    dict(kind="lever", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-9b3e7d21-64fa-4c0b-b1e8-f52a0d7c3e19
DTSTAMP:20251103T140020Z
DTSTART:20251110T140000Z
DTEND:20251110T150000Z
SUMMARY:Exscientia – Technical conversation (Structural Biologist\, Oxford)
DESCRIPTION:Hi Hannah\,\n\nYour next conversation with Exscientia is confirm
 ed. You'll meet Dr. Alasdair Finch and Dr. Yara Haddad from our Structural
  Biology & Biophysics group. They will ask you to walk through a dataset fro
 m collection to model and discuss a short data-processing exercise (no prep
  needed\, we'll share the screen).\n\nZoom: https://exscientia.zoom.us/j/8
 6410273381\n\nThanks\,\nOlivia (Talent)\n\n--\nScheduled with Lever
LOCATION:Zoom
ORGANIZER;CN=Olivia Marsh:mailto:olivia.marsh@exscientia.co.uk
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Alasdair Finch;PARTSTAT=ACCEPTED:mailto:alasdair.finch@exscient
 ia.co.uk
ATTENDEE;CN=Yara Haddad;PARTSTAT=ACCEPTED:mailto:yara.haddad@exscientia.co.
 uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("lever-interview-9b3e7d21-64fa-4c0b-b1e8-f52a0d7c3e19", "Exscientia",
               "Structural Biologist", "technical",
               "alasdair.finch@exscientia.co.uk;yara.haddad@exscientia.co.uk", "lever-technical-conversation")),

    dict(kind="ashby", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-0e6c1a5f-3d27-48b9-9a04-b7d8e2f1c635
DTSTAMP:20251009T101745Z
DTSTART:20251014T150000Z
DTEND:20251014T153000Z
SUMMARY:Hannah Weiss and Isomorphic Labs – Intro chat
DESCRIPTION:Hi Hannah\,\n\nThanks for applying for the Structural Biologist –
  Experimental Validation role. This 30-minute chat is with Noah Bennett fro
 m our Talent team – a chance for us to learn about you and for you to ask a
 bout Isomorphic.\n\nGoogle Meet: https://meet.google.com/akx-pdrt-jmn\n\nN
 eed to reschedule? https://app.ashbyhq.com/scheduling/reschedule/0e6c1a5f\n\n
 Powered by Ashby
LOCATION:Google Meet
ORGANIZER;CN=Isomorphic Labs Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Noah Bennett;PARTSTAT=ACCEPTED:mailto:noah@isomorphiclabs.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("ashby-interview-event-0e6c1a5f-3d27-48b9-9a04-b7d8e2f1c635", "Isomorphic Labs",
               "Structural Biologist – Experimental Validation", "recruiter_screen", "noah@isomorphiclabs.com",
               "ashby-intro-chat-noreply-organizer")),

    dict(kind="cal-com", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:3xG7vQm2KpT9aLr5nWc8Yd
SUMMARY:30 min Screening Call between Rachel Osei and Hannah Weiss
DTSTART:20251126T110000Z
DTEND:20251126T113000Z
DTSTAMP:20251121T084512Z
DESCRIPTION:What: 30 min Screening Call\nInvitee time zone: Europe/Berlin\nW
 ho:\n- Rachel Osei - Organizer\n- Hannah Weiss\nWhere: https://app.cal.com/
 video/3xG7vQm2KpT9aLr5nWc8Yd\nAdditional notes: Principal Scientist\, Bicyc
 le Molecule Structural Biology – Bicycle Therapeutics\, Cambridge UK\n\nNe
 ed to make a change? Cancel or reschedule: https://app.cal.com/booking/3xG7
 vQm2KpT9aLr5nWc8Yd
LOCATION:https://app.cal.com/video/3xG7vQm2KpT9aLr5nWc8Yd
ORGANIZER;CN=Rachel Osei:mailto:rachel.osei@bicycletx.com
ATTENDEE;PARTSTAT=ACCEPTED;CN=Hannah Weiss;ROLE=REQ-PARTICIPANT;RSVP=TRUE:ma
 ilto:hannah.weiss.bio@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("3xG7vQm2KpT9aLr5nWc8Yd", "Bicycle Therapeutics",
               "Principal Scientist, Bicycle Molecule Structural Biology", "recruiter_screen",
               "rachel.osei@bicycletx.com", "cal-com-screening-call-role-in-notes")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_GMT@
BEGIN:VEVENT
ORGANIZER;CN=Group Leader Recruitment:mailto:gl-recruitment@mrc-lmb.cam.ac.
 uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Weis
 s:mailto:hannah.weiss.bio@posteo.de
DESCRIPTION;LANGUAGE=en-GB:Dear Dr Weiss\,\n\nFurther to our letter\, we are
  pleased to confirm your visit for the Programme Leader Track (Structural St
 udies Division) selection.\n\nDay 1 (20 Jan): informal meetings with Divisio
 n members\, dinner.\nDay 2 (21 Jan): 09:30 research seminar (Max Perutz Lec
 ture Theatre)\; 11:00–12:00 interview with the selection panel (chaired by t
 he Director\, Jan Löwe\, with the Joint Heads of Division)\; afternoon lab me
 etings.\n\nAccommodation has been booked at Hotel Du Vin. Please keep your
  receipts for reimbursement.\n\nKind regards\nCatherine Moss\nHR Business P
 artner\, MRC LMB
UID:040000008200E00074C5B7101A82E00800000000A5D3F1E9C04BDC010000000000000000
 10000000D0F2A4C6E8B0D2F4A6C8E0B2D4F6A8C0
SUMMARY;LANGUAGE=en-GB:PLT Structural Studies – candidate visit (H. Weiss)
DTSTART;VALUE=DATE:20260120
DTEND;VALUE=DATE:20260122
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251212T102214Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:MRC Laboratory of Molecular Biology\, Francis Crick
  Avenue\, Cambridge CB2 0QH
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", label=yes("040000008200E00074C5B7101A82E00800000000A5D3F1E9C04BDC0100000000000000001000"
               "0000D0F2A4C6E8B0D2F4A6C8E0B2D4F6A8C0", "MRC Laboratory of Molecular Biology",
               "Programme Leader Track", "onsite", "Jan Löwe", "all-day-two-day-candidate-visit-plt")),

    dict(kind="entry", lf=True, ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260109T071500Z
DTSTAMP:20260109T071512Z
DTSTART;TZID=Europe/London:20260203T140000
DTEND;TZID=Europe/London:20260203T170000
LAST-MODIFIED:20260109T071512Z
SEQUENCE:0
SUMMARY:Crick GL 2nd rd - talk + panel
LOCATION:The Francis Crick Institute\, 1 Midland Rd\, London NW1 1AT
UID:9B3F21D7-4C8E-4A61-B5D0-7E2F6C1A9D33
DESCRIPTION:talk 14:00 (45min)\, panel ~15:15 (Skehel + 4)\nchalk talk styl
 e\, no slides for panel!!\nEurostar back 19:01
END:VEVENT
END:VCALENDAR
""", label=yes("9B3F21D7-4C8E-4A61-B5D0-7E2F6C1A9D33", "Francis Crick Institute", "", "onsite", "Skehel",
               "self-typed-abbreviated-gl-second-round-tzid-without-vtimezone")),

    dict(kind="workday", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
@TZ:AMSTERDAM@
BEGIN:VEVENT
UID:wd-tfs-int-5a0e8c13-7d42-4f96-b2c1-93e6a4d0f785@myworkday.com
DTSTAMP:20251111T125008Z
DTSTART;TZID=Europe/Amsterdam:20251117T143000
DTEND;TZID=Europe/Amsterdam:20251117T153000
SUMMARY:Thermo Fisher Scientific - Interview - Application Scientist Cryo-EM
  (Life Sciences) - R-01327744
DESCRIPTION:Dear Hannah\,\n\nYou are invited to a second interview for the A
 pplication Scientist Cryo-EM (Life Sciences) position in Eindhoven.\n\nInte
 rviewer: Dr. Bart van Leeuwen\, Manager Applications Team Cryo-EM\nThis int
 erview will include a short hands-on discussion of a Tomography dataset.\n\n
 Join Webex meeting: https://thermofisher.webex.com/meet/bart.vanleeuwen\n\n
 Kind regards\,\nThermo Fisher Scientific Talent Acquisition
LOCATION:Webex
ORGANIZER;CN=Thermo Fisher Scientific:mailto:thermofisher@myworkday.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Bart van Leeuwen;PARTSTAT=ACCEPTED:mailto:bart.vanleeuwen@therm
 ofisher.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("wd-tfs-int-5a0e8c13-7d42-4f96-b2c1-93e6a4d0f785@myworkday.com", "Thermo Fisher Scientific",
               "Application Scientist Cryo-EM (Life Sciences)", "technical", "bart.vanleeuwen@thermofisher.com",
               "workday-amsterdam-zone-webex")),

    dict(kind="workday", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-genmab-int-0b7d3f91-2ac6-4e58-8f17-c4a9e2b60d31@myworkday.com
DTSTAMP:20251205T090200Z
DTSTART:20251210T090000Z
DTEND:20251210T100000Z
SUMMARY:Genmab | Hiring Manager Interview | Senior Scientist\, Antibody Stru
 cture
DESCRIPTION:Dear Hannah\,\n\nYour interview with Dr. Esther de Vries (Direct
 or\, Antibody Structure & Biophysics\, Utrecht) is scheduled. Times are show
 n in UTC.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_O
 WQ3Y2Fh\n\nGenmab Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Genmab Talent Acquisition:mailto:genmab@myworkday.com
ATTENDEE;CN=Hannah Weiss;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.weis
 s.bio@posteo.de
ATTENDEE;CN=Esther de Vries;PARTSTAT=ACCEPTED:mailto:edv@genmab.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=yes("wd-genmab-int-0b7d3f91-2ac6-4e58-8f17-c4a9e2b60d31@myworkday.com", "Genmab",
               "Senior Scientist, Antibody Structure", "hiring_manager", "edv@genmab.com",
               "workday-pipe-separated-utc")),
]
