"""holdout139: the user's own interviews, part 2 (more tools, German invites, a cancellation, a series)."""

from __future__ import annotations

from holdout139ev_common import EXCHANGE_BOOKINGS, GOOGLE, OUTLOOK, THUNDERBIRD, Ev, cal

EVENTS = [
    Ev("lever-screen", cal(r"""
BEGIN:VEVENT
UID:lever-7d3e1f90-aa21-4c3b-b5d8-0e9f1a2b3c4d
DTSTAMP:20250908T120000Z
DTSTART:20250911T060000Z
DTEND:20250911T063000Z
SUMMARY:Interview: Baobab Brands - Supply Chain Director\, East Africa
ORGANIZER;CN=Baobab Brands Talent:mailto:talent@baobabbrands.com
ATTENDEE;CN=Thandiwe Nkosi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:thandiwe.
 nkosi.ops@webmail.co.za
ATTENDEE;CN=Njoki Wambui;PARTSTAT=ACCEPTED:mailto:njoki.wambui@baobabbrands
 .com
DESCRIPTION:Hi Thandiwe\,\n\nLooking forward to our intro call about the Su
 pply Chain Director\, East Africa role. I'm Njoki\, the talent partner for
  our Nairobi supply team.\n\nInterview: Intro call with Talent (30 min)\nI
 nterviewer: Njoki Wambui\nVideo: https://baobabbrands.zoom.us/j/9551234098
 7\n\nTimes shown in your time zone (SAST).\n\n--\nScheduled with Lever
LOCATION:https://baobabbrands.zoom.us/j/95512340987
STATUS:CONFIRMED
END:VEVENT
""", "-//Lever//Lever Scheduling//EN", tz=()), 1, "Baobab Brands", "Supply Chain Director, East Africa",
       "recruiter_screen", "njoki.wambui@baobabbrands.com", "lever-zoom-escaped-comma"),

    Ev("ashby-hm", cal(r"""
BEGIN:VEVENT
UID:ashby-interview-event-0c5f2e8a-6b1d-4e9f-a3c7-9d8e7f6a5b4c
DTSTAMP:20250919T090455Z
DTSTART;TZID=Africa/Johannesburg:20250925T150000
DTEND;TZID=Africa/Johannesburg:20250925T154500
SUMMARY:Mzansi Parcel | Hub Operations Lead – Hiring Manager Interview
ORGANIZER;CN=Mzansi Parcel Recruiting:mailto:recruiting@mzansiparcel.co.za
ATTENDEE;CN=Thandiwe Nkosi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:thandiwe.n
 kosi.ops@webmail.co.za
ATTENDEE;CN=Tshepo Ramaphosa-Nel;ROLE=REQ-PARTICIPANT:mailto:tshepo@mzansip
 arcel.co.za
DESCRIPTION:Hi Thandiwe\,\n\nYou're confirmed for a Hiring Manager Intervie
 w with Tshepo Ramaphosa-Nel (Head of Network Operations) for the Hub Opera
 tions Lead role.\n\nJoin Google Meet: https://meet.google.com/wfa-qkzr-hyd
 \n\nNeed to reschedule? Use the link in your confirmation email.\n\nSchedu
 led with Ashby
LOCATION:https://meet.google.com/wfa-qkzr-hyd
STATUS:CONFIRMED
END:VEVENT
""", "-//Ashby//Ashby Scheduling//EN"), 1, "Mzansi Parcel", "Hub Operations Lead", "hiring_manager",
       "tshepo@mzansiparcel.co.za", "ashby-meet-en"),

    Ev("thunderbird-phone", cal(r"""
BEGIN:VEVENT
CREATED:20250912T161102Z
LAST-MODIFIED:20250912T161240Z
DTSTAMP:20250912T161240Z
UID:0b9e5c3a-1f2d-4e8b-9c7a-6d5e4f3a2b1c
SUMMARY:Drakensberg Dairy - telephonic w/ HR (Nomsa)
DTSTART;TZID=Africa/Johannesburg:20250916T123000
DTEND;TZID=Africa/Johannesburg:20250916T130000
DESCRIPTION:Nomsa Mthembu\, HR Business Partner - will phone me on cell.\nR
 ole: Distribution Manager\, Estcourt plant.\nHave salary expectation ready
  (CTC).
LOCATION:phone
CLASS:PRIVATE
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
""", THUNDERBIRD, method=None), 1, "Drakensberg Dairy", "Distribution Manager", "recruiter_screen",
       "Nomsa Mthembu", "thunderbird-handtyped-phone-screen"),

    Ev("ms-bookings", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000003C2B1A09F81BDC01000000000000000
 010000000BB0011CC2233DD4455EE6677FF889900
SUMMARY:Interview – Parts Distribution Manager
DTSTART;TZID=South Africa Standard Time:20250929T090000
DTEND;TZID=South Africa Standard Time:20250929T100000
DTSTAMP:20250922T101010Z
ORGANIZER;CN=Indlovu Mining Equipment Recruitment:mailto:IndlovuRecruitment
 @indlovu-me.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Botes, Hennie":mailto:h
 ennie.botes@indlovu-me.co.za
DESCRIPTION:Thandiwe Nkosi\, your appointment is confirmed.\n\nService: Int
 erview – Parts Distribution Manager\nStaff: Hennie Botes (Aftermarket Pa
 rts Manager)\nDate: Monday\, 29 September 2025\nTime: 09:00 - 10:00 (UTC+0
 2:00) Harare\, Pretoria\n\nIndlovu Mining Equipment (Pty) Ltd\nParts DC\,
  15 Sebenza Road\, Isando\n\nNeed to make changes? Manage booking: https:/
 /outlook.office365.com/owa/calendar/IndlovuRecruitment@indlovu-me.co.za/bo
 okings/\n\nMicrosoft Bookings
LOCATION:Parts DC\, 15 Sebenza Road\, Isando
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""", EXCHANGE_BOOKINGS, tz=("win-za",)), 1, "Indlovu Mining Equipment", "Parts Distribution Manager", "",
       "hennie.botes@indlovu-me.co.za", "ms-bookings-en"),

    Ev("teamtailor", cal(r"""
BEGIN:VEVENT
UID:teamtailor-meeting-88412-5521@teamtailor.com
DTSTAMP:20250915T081500Z
DTSTART:20250918T090000Z
DTEND:20250918T100000Z
SUMMARY:Interview with Umoya Fashion – DC Manager (Cape Town)
ORGANIZER;CN=Umoya Fashion:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
ATTENDEE;CN=Zaid Abrahams:mailto:zaid.abrahams@umoya.co.za
ATTENDEE;CN=Leigh-Anne Jacobs:mailto:leighanne.jacobs@umoya.co.za
DESCRIPTION:Hi Thandiwe!\n\nWe're excited to meet you. Here are the details
 :\n\nJob: DC Manager (Cape Town)\nInterviewers: Zaid Abrahams (Head of Sup
 ply Chain)\, Leigh-Anne Jacobs (People Partner)\nJoin Microsoft Teams: htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_UmoyaDC\n\nSee you soo
 n!\nThe Umoya team
LOCATION:Microsoft Teams
END:VEVENT
""", "-//Teamtailor//Teamtailor//EN", tz=()), 1, "Umoya Fashion", "DC Manager (Cape Town)", "",
       "zaid.abrahams@umoya.co.za;leighanne.jacobs@umoya.co.za", "teamtailor-utc-en"),

    Ev("icims", cal(r"""
BEGIN:VEVENT
UID:iCIMS-Interview-2025-1187-000473
DTSTAMP:20250923T070000Z
DTSTART;TZID=Africa/Johannesburg:20251001T110000
DTEND;TZID=Africa/Johannesburg:20251001T120000
SUMMARY:Interview Confirmation: Regional DC Manager - Req 2025-1187
ORGANIZER;CN=Goldreef Hardware Talent Acquisition:mailto:ta@goldreef.co.za
ATTENDEE;CN=Thandiwe Nkosi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:thandiwe.n
 kosi.ops@webmail.co.za
ATTENDEE;CN=Brandon Lategan;ROLE=REQ-PARTICIPANT:mailto:brandon.lategan@gol
 dreef.co.za
ATTENDEE;CN=Palesa Nhlapo;ROLE=REQ-PARTICIPANT:mailto:palesa.nhlapo@goldree
 f.co.za
ATTENDEE;CN=Tanya Smit;ROLE=NON-PARTICIPANT:mailto:tanya.smit@goldreef.co.z
 a
DESCRIPTION:Dear Thandiwe\,\n\nThis confirms your competency-based panel in
 terview for Regional DC Manager (Req 2025-1187).\n\nPanel: Brandon Lategan
  (National Logistics Executive) and Palesa Nhlapo (HR Manager: Operations)
 .\nCoordinator: Tanya Smit (Recruitment Administrator) - will meet you at
  reception.\n\nLocation: Goldreef Hardware DC\, Chloorkop\, Kempton Park.\
 nPlease bring certified copies of your qualifications.\n\niCIMS Talent Pla
 tform
LOCATION:Goldreef Hardware DC\, Chloorkop
END:VEVENT
""", "-//iCIMS//iCIMS Scheduling//EN"), 1, "Goldreef Hardware", "Regional DC Manager", "onsite",
       "brandon.lategan@goldreef.co.za;palesa.nhlapo@goldreef.co.za", "icims-competency-panel-coordinator"),

    Ev("personio-de", cal(r"""
BEGIN:VEVENT
UID:personio-interview-4f8e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8
DTSTAMP:20250910T080000Z
DTSTART;TZID=Europe/Berlin:20250917T100000
DTEND;TZID=Europe/Berlin:20250917T110000
SUMMARY:Vorstellungsgespräch: Niederlassungsleitung Johannesburg (m/w/d)
  – Thandiwe Nkosi
ORGANIZER;CN=Elbstrom Logistik Recruiting:mailto:jobs@elbstrom-logistik.de
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
ATTENDEE;CN=Katrin Holzmann:mailto:k.holzmann@elbstrom-logistik.de
ATTENDEE;CN=Jörg Petersen:mailto:j.petersen@elbstrom-logistik.de
DESCRIPTION:Hallo Thandiwe\,\n\nvielen Dank für Ihre Bewerbung als Niederl
 assungsleitung Johannesburg (m/w/d). Gerne laden wir Sie zu einem ersten K
 ennenlerngespräch ein.\n\nGesprächspartner: Katrin Holzmann (HR) und Jö
 rg Petersen (Bereichsleiter Kontraktlogistik Afrika)\nOrt: Microsoft Teams
  (Link folgt per E-Mail)\nDas Gespräch findet auf Englisch statt.\n\nBitt
 e beachten Sie: 10:00 Uhr Hamburg = 10:00 Uhr Johannesburg.\n\nViele Grü
 ße\nIhr Elbstrom Recruiting-Team\n\nDiese Einladung wurde über Personio
  versendet.
LOCATION:Microsoft Teams
END:VEVENT
""", "-//Personio GmbH//Personio//DE", tz=("ber",)), 1, "Elbstrom Logistik", "Niederlassungsleitung Johannesburg",
       "", "k.holzmann@elbstrom-logistik.de;j.petersen@elbstrom-logistik.de", "personio-de"),

    Ev("outlook-de-final", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Holzmann, Katrin":mailto:k.holzmann@elbstrom-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thandiwe.n
 kosi.ops@webmail.co.za:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brandt, Henning":mailto
 :h.brandt@elbstrom-logistik.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Holzmann, Katrin":mailt
 o:k.holzmann@elbstrom-logistik.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Nkosi\,\n\nwie besprochen das finale
  Gespräch mit unserem Geschäftsführer Henning Brandt. Ich bin nur für
  die Begrüßung dabei.\n\nBeste Grüße\nKatrin Holzmann\nHR Business Par
 tner\nElbstrom Logistik GmbH\, Am Sandtorkai 40\, 20457 Hamburg\n\n_______
 _________________________________________________________________________\
 nMicrosoft Teams-Besprechung\nTreten Sie über Ihren Computer\, Ihre mobil
 e App oder ein Raumgerät bei\nHier klicken\, um an der Besprechung teilzu
 nehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_RWxi>\nBespr
 echungs-ID: 312 884 571 992\nPasscode: 7hRx2L\n___________________________
 _____________________________________________________
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E51BDC01000000000000000
 010000000E1B57201E1B57201E1B57201E1B57201
SUMMARY;LANGUAGE=de-DE:Finales Gespräch mit GF – Niederlassungsleitung J
 NB
DTSTART;TZID=W. Europe Standard Time:20251006T140000
DTEND;TZID=W. Europe Standard Time:20251006T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T133320Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", OUTLOOK, tz=("win-de",)), 1, "Elbstrom Logistik", "Niederlassungsleitung JNB", "final",
       "h.brandt@elbstrom-logistik.de", "outlook-final-gf-de-windows-zone"),

    Ev("softgarden", cal(r"""
BEGIN:VEVENT
UID:softgarden-appointment-55102934@softgarden.io
DTSTAMP:20250911T140000Z
DTSTART;TZID=Europe/Berlin:20250919T093000
DTEND;TZID=Europe/Berlin:20250919T103000
SUMMARY:Einladung zum Interview / Invitation to interview: Service & Logist
 ics Manager Southern Africa
ORGANIZER;CN=Kranich Fördertechnik GmbH:mailto:noreply@softgarden.io
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
ATTENDEE;CN=Markus Vogel:mailto:markus.vogel@kranich-foerdertechnik.de
DESCRIPTION:Sehr geehrte Frau Nkosi\,\n\nwir freuen uns\, Sie zu einem Inte
 rview einzuladen.\n\nDear Ms Nkosi\, we are pleased to invite you to a vid
 eo interview with Markus Vogel (Head of Global Spare Parts Logistics). Our
  Southern Africa service hub in Boksburg supports conveyor and crusher cus
 tomers at mines across the region.\n\nLink: https://meet.goto.com/482-119-
 337\n\nMit freundlichen Grüßen / Kind regards\nKranich Fördertechnik Gm
 bH – Personalabteilung\n\nsoftgarden e-recruiting GmbH im Auftrag von Kr
 anich Fördertechnik
LOCATION:GoTo Meeting
END:VEVENT
""", "-//softgarden//softgarden e-recruiting//DE", tz=("ber",)), 1, "Kranich Fördertechnik",
       "Service & Logistics Manager Southern Africa", "", "markus.vogel@kranich-foerdertechnik.de",
       "softgarden-de-en-goto"),

    Ev("outlook-cancel", cal(r"""
BEGIN:VEVENT
ORGANIZER;CN="Adams, Fatima":mailto:fatima.adams@capefynbos.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jacobs, W
 esley":mailto:wesley.jacobs@capefynbos.co.za
DESCRIPTION;LANGUAGE=en-ZA:Hi Thandiwe\, apologies – we need to cancel to
 morrow's interview as Wesley has been called to the Atlantis plant. I will
  send a new time shortly.\n\nRegards\nFatima Adams\nHR Officer\, Cape Fynb
 os Foods
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A51BDC01000000000000000
 0100000007A7A7A7A0B0B0B0B1C1C1C1C2D2D2D2D
SUMMARY;LANGUAGE=en-ZA:Canceled: Interview - Logistics Manager (Cape Fynbos
  Foods)
DTSTART;TZID=South Africa Standard Time:20250917T140000
DTEND;TZID=South Africa Standard Time:20250917T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250916T101500Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-ZA:Cape Fynbos Foods\, 5 Montague Drive\, Montague Gar
 dens
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
""", OUTLOOK, method="CANCEL", tz=("win-za",)), 1, "Cape Fynbos Foods", "Logistics Manager", "",
       "wesley.jacobs@capefynbos.co.za", "cancelled-method-cancel"),

    Ev("founder-gmail", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20251004T090000
DTEND;TZID=Africa/Johannesburg:20251004T100000
DTSTAMP:20250929T202233Z
ORGANIZER;CN=Yusuf Essop:mailto:yusuf.essop.bc@gmail.com
UID:2g8hj4kl6mn0pq1rs3tu5vw7xy@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thandiwe.nkosi.ops@webmail.co.za;X-NUM-GUESTS=0:mailto:thandiwe.nk
 osi.ops@webmail.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Yusuf Essop;X-NUM-GUESTS=0:mailto:yusuf.essop.bc@gmail.com
DESCRIPTION:Thandiwe\, good speaking earlier. As promised\, let's sit down
  properly about the Operations Manager position at Blue Crane Cash & Carry
  – my brother Ebrahim (our financial director) will join. We'll walk the
  Lenasia warehouse after.\n\nYusuf
LOCATION:Blue Crane Cash & Carry\, 41 Nirvana Dr\, Lenasia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chat re Ops Manager role
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE), 1, "Blue Crane Cash & Carry", "Operations Manager", "",
       "yusuf.essop.bc@gmail.com;Ebrahim", "founder-freemail-company-in-body"),

    Ev("calcom", cal(r"""
BEGIN:VEVENT
UID:calcom-booking-a8Yt3kQ2mLz91Fb
DTSTAMP:20250917T083000Z
DTSTART:20250923T120000Z
DTEND:20250923T124500Z
SUMMARY:Interview between Thorn Tree Wines and Thandiwe Nkosi
ORGANIZER;CN=Marike Louw:mailto:marike@thorntreewines.co.za
ATTENDEE;CN=Thandiwe Nkosi;PARTSTAT=ACCEPTED:mailto:thandiwe.nkosi.ops@webm
 ail.co.za
DESCRIPTION:What: Interview – Logistics & Export Manager\nInvitee time zo
 ne: Africa/Johannesburg\nWho:\nMarike Louw - Organizer (Operations Directo
 r)\nThandiwe Nkosi\nWhere: Cal Video https://app.cal.com/video/a8Yt3kQ2mLz
 91Fb\nAdditional notes: Happy to chat about export documentation and bonde
 d warehouse experience.\n\nNeed to make a change? Cancel or reschedule: ht
 tps://app.cal.com/booking/a8Yt3kQ2mLz91Fb
LOCATION:https://app.cal.com/video/a8Yt3kQ2mLz91Fb
STATUS:CONFIRMED
END:VEVENT
""", "-//Cal.com Inc.//Cal.com Event//EN", tz=()), 1, "Thorn Tree Wines", "Logistics & Export Manager",
       "hiring_manager", "marike@thorntreewines.co.za", "calcom-utc"),

    Ev("goodtime-virtual-onsite", cal(r"""
BEGIN:VEVENT
UID:goodtime-8817266-itinerary@goodtime.io
DTSTAMP:20250926T150000Z
DTSTART:20251009T070000Z
DTEND:20251009T100000Z
SUMMARY:Interview Confirmation - Marula Beauty - Supply Chain Manager
ORGANIZER;CN=Marula Beauty Recruiting:mailto:recruiting@marulabeauty.com
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
DESCRIPTION:Hi Thandiwe\,\n\nHere is your virtual onsite itinerary (all tim
 es SAST):\n\n09:00 - 09:45  Hiring Manager: Nadia Hendricks\, Head of Supp
 ly Chain (nadia.hendricks@marulabeauty.com)\n09:45 - 10:30  Planning & S&O
 P: Kyle Botha (kyle.botha@marulabeauty.com)\n10:30 - 10:45  Break\n10:45 -
  11:30  Culture & values: Zodwa Mkhize (zodwa.mkhize@marulabeauty.com)\n11
 :30 - 12:00  Close-out with your coordinator\, Jenna Stuart (no interview)
 \n\nZoom: https://marulabeauty.zoom.us/j/88120934455\n\nThis itinerary was
  scheduled with GoodTime.
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
""", "-//GoodTime.io//GoodTime Hire//EN", tz=()), 1, "Marula Beauty", "Supply Chain Manager", "onsite",
       "nadia.hendricks@marulabeauty.com;kyle.botha@marulabeauty.com;zodwa.mkhize@marulabeauty.com",
       "goodtime-itinerary-interviewers-in-body"),

    Ev("modernloop-case", cal(r"""
BEGIN:VEVENT
UID:ml-evt-2f9c8b7a-6e5d-4c3b-a291-8f7e6d5c4b3a@modernloop.io
DTSTAMP:20251001T111111Z
DTSTART;TZID=Africa/Johannesburg:20251007T130000
DTEND;TZID=Africa/Johannesburg:20251007T143000
SUMMARY:Kwena Medical: Case interview (WMS & slotting) – Thandiwe Nkosi
ORGANIZER;CN=Kwena Medical Talent:mailto:talent@kwenamedical.co.za
ATTENDEE;CN=Thandiwe Nkosi;RSVP=TRUE:mailto:thandiwe.nkosi.ops@webmail.co.z
 a
ATTENDEE;CN=Imran Cassim:mailto:imran.cassim@kwenamedical.co.za
ATTENDEE;CN=Busisiwe Zwane:mailto:busisiwe.zwane@kwenamedical.co.za
DESCRIPTION:Role: National Warehouse Manager\nFormat: 90-minute case interv
 iew. You'll receive a data pack (SKU velocity\, pick lines\, layout) 30 mi
 nutes before the start.\nInterviewers: Imran Cassim (Systems & Continuous
  Improvement)\, Busisiwe Zwane (DC Manager\, Midrand)\n\nJoin: https://mee
 t.google.com/xbc-rpqt-kmn\n\nScheduled via ModernLoop on behalf of Kwena M
 edical Wholesale
LOCATION:Google Meet
END:VEVENT
""", "-//ModernLoop//ModernLoop//EN"), 1, "Kwena Medical Wholesale", "National Warehouse Manager", "technical",
       "imran.cassim@kwenamedical.co.za;busisiwe.zwane@kwenamedical.co.za", "modernloop-case"),

    Ev("recurring-override", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20251013T080000
DTEND;TZID=Africa/Johannesburg:20251013T160000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20251002T090000Z
ORGANIZER;CN=Sable Auto Parts Careers:mailto:careers@sableauto.co.za
UID:sable-ac-2025-10-dcm@sableauto.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Grant Olivier:mailto:grant.olivier@sableau
 to.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Nokuthula Dube:mailto:nokuthula.dube@sable
 auto.co.za
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Jet Park Training Centre:mailt
 o:jetpark.training@sableauto.co.za
SUMMARY:Leadership assessment centre – DC Manager (Jet Park)
DESCRIPTION:Two-day assessment centre for shortlisted DC Manager candidates
 : in-basket exercise\, group case\, role-play and a competency-based panel
  with Grant Olivier (COO) and Nokuthula Dube (HR Director). Lunch provided
 . Dress: smart casual.
LOCATION:Sable Auto Parts Training Centre\, Jet Park\, Boksburg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20251014T090000
DTEND;TZID=Africa/Johannesburg:20251014T130000
RECURRENCE-ID;TZID=Africa/Johannesburg:20251014T080000
DTSTAMP:20251008T090000Z
ORGANIZER;CN=Sable Auto Parts Careers:mailto:careers@sableauto.co.za
UID:sable-ac-2025-10-dcm@sableauto.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thandiwe N
 kosi:mailto:thandiwe.nkosi.ops@webmail.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Grant Olivier:mailto:grant.olivier@sableau
 to.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Nokuthula Dube:mailto:nokuthula.dube@sable
 auto.co.za
SUMMARY:Leadership assessment centre – DC Manager (Jet Park) – Day 2 (p
 anel only)
DESCRIPTION:Day 2 shortened: competency-based panel interviews only\, 09:00
 -13:00.
LOCATION:Sable Auto Parts Training Centre\, Jet Park\, Boksburg
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE), 1, "Sable Auto Parts", "DC Manager", "onsite",
       "grant.olivier@sableauto.co.za;nokuthula.dube@sableauto.co.za", "recurring-override-assessment-centre"),
]
