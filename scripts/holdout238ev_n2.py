"""holdout238 events, other negatives part 2: vetting without a named client, prep, reminders, research and more."""
# ruff: noqa: E501  (raw iCalendar text: long unfolded lines, as the tools write them)

from holdout238ev_common import TZ_BERLIN, TZ_NAIROBI, TZ_NEW_YORK

EVENTS: list[dict] = []

_G = "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\n"


def _neg(kind: str, uid: str, trap: str, ics: str, lf: bool = False) -> None:
    EVENTS.append(dict(kind=kind, uid=uid, iv=0, company="", role="", stage="", who="", trap=trap, ics=ics, lf=lf))


_neg("zoom-invite", "savanna-vet-20250508-wkamau-1@savannatalent.io", "marketplace-vetting-unnamed-client",
     rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{TZ_NEW_YORK}
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250508T090000
DTEND;TZID=America/New_York:20250508T100000
DTSTAMP:20250502T150000Z
UID:savanna-vet-20250508-wkamau-1@savannatalent.io
ORGANIZER;CN=Grace Onyango:mailto:grace.onyango@savannatalent.io
SUMMARY:Savanna Talent – Vetting Interview (Data Analyst track)
DESCRIPTION:Hi Wanjiru\,\n\nWelcome to Savanna Talent! This vetting interview is the first step to joining our network of vetted African data professionals. We currently have demand from a US health-tech client and several other US/EU companies for senior data analysts – if you pass vetting we'll share matched roles with you.\n\n60 min: your background\, English communication\, a short SQL screen and expectations (rate\, hours overlap).\n\nJoin Zoom Meeting\nhttps://savannatalent.zoom.us/j/92211876540\nMeeting ID: 922 1187 6540
LOCATION:https://savannatalent.zoom.us/j/92211876540
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""")

_neg("phone-entry", "prep0block1jumuiya2panel@google.com", "prep-block-before-panel",
     _G + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250602T190000
DTEND;TZID=Africa/Nairobi:20250602T213000
DTSTAMP:20250601T203000Z
UID:prep0block1jumuiya2panel@google.com
DESCRIPTION:prep for Jumuiya panel tmrw: read their annual report (digital lending numbers)\, 5 STAR stories\, churn case practice (mobile loans)\, iron the navy suit. sleep by 11!!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP – Jumuiya panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("phone-entry", "thankyou0note1tandaa2@google.com", "thank-you-note-reminder",
     _G + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250520T140000
DTEND;TZID=Africa/Nairobi:20250520T141500
DTSTAMP:20250520T071500Z
UID:thankyou0note1tandaa2@google.com
DESCRIPTION:email Paul Ndungu + Janet – thank them for the final interview\, mention the ARPU segmentation idea
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:send thank-you email (Tandaa final)
TRANSP:TRANSPARENT
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT0M
DESCRIPTION:This is an event reminder
END:VALARM
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("booking", "medical-aga-khan-20250724-0933@akhsn.org", "pre-employment-medical",
     rf"""BEGIN:VCALENDAR
PRODID:-//Aga Khan University Hospital//Appointments//EN
VERSION:2.0
METHOD:PUBLISH
{TZ_NAIROBI}
BEGIN:VEVENT
UID:medical-aga-khan-20250724-0933@akhsn.org
DTSTAMP:20250718T090000Z
DTSTART;TZID=Africa/Nairobi:20250724T083000
DTEND;TZID=Africa/Nairobi:20250724T103000
SUMMARY:Pre-employment medical examination – Wanjiru Kamau
LOCATION:Aga Khan University Hospital\, 3rd Parklands Ave – Corporate Wellness Centre
DESCRIPTION:Appointment confirmed: Pre-employment medical (corporate package: full blood count\, urinalysis\, chest X-ray\, physician review). Please fast for 8 hours\, bring your ID and the employer's medical form. Results are sent directly to the employer's HR.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""")

_neg("booking", "ux-study-78113-session-04@userinterviews.com", "research-interview-participant",
     rf"""BEGIN:VCALENDAR
PRODID:-//User Interviews//Research Sessions//EN
VERSION:2.0
METHOD:REQUEST
{TZ_BERLIN}
BEGIN:VEVENT
UID:ux-study-78113-session-04@userinterviews.com
DTSTAMP:20250610T120000Z
DTSTART;TZID=Europe/Berlin:20250616T110000
DTEND;TZID=Europe/Berlin:20250616T114500
SUMMARY:Research session: How data analysts choose BI tools (45 min)
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=ACCEPTED:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:You're confirmed for a 1:1 research interview with a product researcher from a BI software company. They want to learn how you build and share dashboards (Looker\, Metabase\, Power BI). Incentive: USD 90 gift card\, paid within 5 business days.\n\nJoin: https://zoom.us/j/95510228833
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""")

_neg("gcal-invite", "podcast0datadada1ep14@riverside.fm", "podcast-recording-guest",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250703T190000
DTEND;TZID=Africa/Nairobi:20250703T200000
DTSTAMP:20250625T150000Z
ORGANIZER;CN=Data Dada Podcast:mailto:hello.datadada@gmail.com
UID:podcast0datadada1ep14@riverside.fm
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Recording – Data Dada podcast ep. 14: "Mobile money\, churn and the Kenyan customer". Studio link: https://riverside.fm/studio/data-dada. Use headphones + wired internet if you can. We'll chat ~45 min\, edited to 30.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Data Dada podcast – recording w/ Wanjiru
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("phone-entry", "knbs0survey1visit2@google.com", "household-survey-enumerator-visit",
     _G + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250712T100000
DTEND;TZID=Africa/Nairobi:20250712T110000
DTSTAMP:20250709T180000Z
UID:knbs0survey1visit2@google.com
DESCRIPTION:KNBS enumerator (Mr Were) coming for the household budget survey interview. caretaker gave my number. have utility bills + rent receipts ready
LOCATION:home – Kileleshwa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:KNBS survey visit
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("meet-invite", "abtest0readout1cashback2@google.com", "internal-ab-test-readout",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250617T113000
DTEND;TZID=Africa/Nairobi:20250617T120000
DTSTAMP:20250613T083000Z
ORGANIZER;CN=Wanjiru Kamau:mailto:wanjiru.kamau@pesaline.co.ke
UID:abtest0readout1cashback2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Samuel Mutiso;X-NUM-GUESTS=0:mailto:samuel.mutiso@pesaline.co.ke
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=David Kiprono;X-NUM-GUESTS=0:mailto:david.kiprono@pesaline.co.ke
DESCRIPTION:Readout: cashback nudge A/B test (bill payments). Primary metric 14-day repeat txn rate\, guardrail: cost per retained user. TL\;DR variant B +2.1pp\, significant. Decision needed: roll out to 100%?
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:A/B test readout – cashback nudge
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("meet-invite", "dbt0looker1training2day1@google.com", "internal-training-dbt-looker",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250425T090000
DTEND;TZID=Africa/Nairobi:20250425T130000
DTSTAMP:20250414T090000Z
ORGANIZER;CN=Zawadi Hassan:mailto:zawadi.hassan@pesaline.co.ke
UID:dbt0looker1training2day1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
DESCRIPTION:Hands-on session for analysts moving to the new stack: dbt Cloud basics (refs\, tests\, docs) + building a LookML view. Laptops with dbt access please. Lunch provided.
LOCATION:Pesaline-HQ-4-Boardroom (14)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Training: dbt + LookML for analysts
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("phone-entry", "huduma0centre1id2@google.com", "official-appointment-huduma-centre",
     _G + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250502T080000
DTEND;TZID=Africa/Nairobi:20250502T100000
DTSTAMP:20250428T190000Z
UID:huduma0centre1id2@google.com
DESCRIPTION:replace lost ID - police abstract + birth cert copy. queue early. then KRA pin update
LOCATION:Huduma Centre GPO
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Huduma - ID replacement
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("meet-invite", "merchant0interviews1gikomba2@google.com", "user-research-merchant-interviews",
     _G + rf"""METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250521T100000
DTEND;TZID=Africa/Nairobi:20250521T150000
DTSTAMP:20250516T100000Z
ORGANIZER;CN=Samuel Mutiso:mailto:samuel.mutiso@pesaline.co.ke
UID:merchant0interviews1gikomba2@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:wanjiru.kamau@pesaline.co.ke
DESCRIPTION:Field day: customer interviews with 8-10 churned merchants at Gikomba + Eastleigh (why did they stop using Pesaline Till?). Wanjiru brings the churn list and takes notes\, Samuel leads the conversations in Swahili. Van from HQ 9:15.
LOCATION:Gikomba Market\, Nairobi
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Merchant interviews – churned tills (field)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""")

_neg("gcal-entry", "harambee0mama1njeri2@google.com", "personal-harambee",
     _G + rf"""{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250607T140000
DTEND;TZID=Africa/Nairobi:20250607T180000
DTSTAMP:20250601T090000Z
UID:harambee0mama1njeri2@google.com
DESCRIPTION:medical harambee for Mama Njeri (neighbour) – pledge 2k\, MPESA paybill in the WhatsApp poster
LOCATION:ACK St Mark's hall\, Westlands
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Harambee – Mama Njeri
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("all-day", "deadline0unhabitat1jo2@google.com", "application-deadline-reminder",
     _G + r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20250415
DTEND;VALUE=DATE:20250416
DTSTAMP:20250402T200000Z
UID:deadline0unhabitat1jo2@google.com
DESCRIPTION:Inspira – submit PHP + cover letter for Data Management Officer P3 before midnight NY time!! check the competencies list
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DEADLINE: UN-Habitat DMO P3 application
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""", lf=True)

_neg("booking", "afrifintech-2025-panel-data-wk@sessionize.com", "conference-panel-speaker",
     rf"""BEGIN:VCALENDAR
PRODID:-//Sessionize//Speaker Calendar//EN
VERSION:2.0
METHOD:PUBLISH
{TZ_NAIROBI}
BEGIN:VEVENT
UID:afrifintech-2025-panel-data-wk@sessionize.com
DTSTAMP:20250620T080000Z
DTSTART;TZID=Africa/Nairobi:20250710T143000
DTEND;TZID=Africa/Nairobi:20250710T152000
SUMMARY:[Speaker] Panel: Data that moves money – analytics in African fintech
LOCATION:Sarit Expo Centre – Hall B
DESCRIPTION:AfriFintech Summit 2025. You are confirmed as a panelist. Moderator: Joy Mwende. Fellow panelists from a pan-African bank and a payments start-up. Please arrive at the speaker lounge 30 min before. Pesaline comms approved.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""")

_neg("booking", "vfs-ken-ger-20250709-BIO-22817@vfsglobal.com", "official-appointment-visa-biometrics",
     rf"""BEGIN:VCALENDAR
PRODID:-//VFS Global//Appointment//EN
VERSION:2.0
METHOD:PUBLISH
{TZ_NAIROBI}
BEGIN:VEVENT
UID:vfs-ken-ger-20250709-BIO-22817@vfsglobal.com
DTSTAMP:20250701T064500Z
DTSTART;TZID=Africa/Nairobi:20250709T091500
DTEND;TZID=Africa/Nairobi:20250709T094500
SUMMARY:VFS Global Appointment – Germany Schengen Visa (Biometrics)
LOCATION:VFS Global Germany Visa Application Centre\, Nairobi
DESCRIPTION:Reference: KEN/NBO/2025/22817. Please arrive 15 minutes before your appointment with your passport\, printed application form\, invitation letter\, proof of accommodation and travel medical insurance. Appointment letter must be presented at the entrance.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""")

_neg("all-day", "zindi0fraud1hack2weekend@google.com", "community-hackathon",
     _G + r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20250614
DTEND;VALUE=DATE:20250616
DTSTAMP:20250605T180000Z
UID:zindi0fraud1hack2weekend@google.com
DESCRIPTION:Zindi x Nairobi fintech fraud detection hackathon – team "Chai na Data" (me\, Zawadi\, Ken). submissions close Sun 6pm. venue iHub if we go in person
LOCATION:iHub / online
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zindi hackathon – mobile money fraud
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""", lf=True)
