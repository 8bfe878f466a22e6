<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>BookingDialog</name>
    <message>
        <source>Boeking wijzigen</source>
        <translation>Edit booking</translation>
    </message>
    <message>
        <source>Nieuwe boeking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Eind</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Groep of organisatie</source>
        <translation>Group or organisation</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Verwacht aantal personen</source>
        <translation>Expected number of people</translation>
    </message>
    <message>
        <source>Hoogstens (brandveiligheid)</source>
        <translation>At most (fire safety)</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>(geen activiteit)</source>
        <translation>(no activity)</translation>
    </message>
    <message>
        <source>Tarief</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>free</translation>
    </message>
    <message>
        <source>niet-commercieel</source>
        <translation>non-commercial</translation>
    </message>
    <message>
        <source>commercieel</source>
        <translation>commercial</translation>
    </message>
    <message>
        <source>Opbouw (minuten)</source>
        <translation>Set-up (minutes)</translation>
    </message>
    <message>
        <source>Afbouw (minuten)</source>
        <translation>Clean-up (minutes)</translation>
    </message>
    <message>
        <source>Herhaling</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>niet</source>
        <translation>none</translation>
    </message>
    <message>
        <source>wekelijks</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>om de week</source>
        <translation>every two weeks</translation>
    </message>
    <message>
        <source>maandelijks (zelfde weekdag)</source>
        <translation>monthly (same weekday)</translation>
    </message>
    <message>
        <source>Herhalen tot en met</source>
        <translation>Repeat until</translation>
    </message>
    <message>
        <source>Beheerder met BHV aanwezig (buiten openingstijden)</source>
        <translation>Caretaker with emergency response (BHV) present (outside opening hours)</translation>
    </message>
    <message>
        <source>Beheerder met BHV aanwezig</source>
        <translation>Caretaker with BHV present</translation>
    </message>
    <message>
        <source>Beheerder met geldig BHV-certificaat</source>
        <translation>Caretaker with a valid BHV certificate</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>&amp;Beheerder (BHV)</source>
        <translation>&amp;Caretaker (BHV)</translation>
    </message>
    <message>
        <source>max. {capacity}</source>
        <translation>max. {capacity}</translation>
    </message>
    <message>
        <source>geldig tot {day}</source>
        <translation>valid until {day}</translation>
    </message>
    <message>
        <source>verloopt niet</source>
        <translation>does not expire</translation>
    </message>
    <message>
        <source>(niemand beschikbaar)</source>
        <translation>(nobody available)</translation>
    </message>
    <message>
        <source>Niemand heeft op {day} een geldig BHV-certificaat. Leg het certificaat vast bij Vrijwilligers.</source>
        <translation>Nobody has a valid BHV certificate on {day}. Record the certificate under Volunteers.</translation>
    </message>
    <message>
        <source>Let op: gesloten ({reason}); alleen met BHV.</source>
        <translation>Note: closed ({reason}); only with BHV.</translation>
    </message>
    <message>
        <source>Let op: buiten de openingstijden; alleen met BHV.</source>
        <translation>Note: outside opening hours; only with BHV.</translation>
    </message>
    <message>
        <source>Open {opens}–{closes}.</source>
        <translation>Open {opens}–{closes}.</translation>
    </message>
    <message>
        <source>Niet geboekt, de ruimte is dan al bezet: {days}.</source>
        <translation>Not booked, the room is taken then: {days}.</translation>
    </message>
    <message>
        <source>Geboekt</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Reeks: {count} boekingen</source>
        <translation>Series: {count} bookings</translation>
    </message>
    <message>
        <source>, {count} overgeslagen (sluitingsdag)</source>
        <translation>, {count} skipped (closing day)</translation>
    </message>
    <message>
        <source>{verb}: {room}, {day} {start}–{end}</source>
        <translation>{verb}: {room}, {day} {start}–{end}</translation>
    </message>
    <message>
        <source>&amp;Ruimte</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Van – tot</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation>Descri&amp;ption</translation>
    </message>
    <message>
        <source>&amp;Groep</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;Personen</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Activiteit</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>&amp;Tarief</source>
        <translation>R&amp;ate</translation>
    </message>
    <message>
        <source>Opbouw / afbouw (min.)</source>
        <translation>Set-up / clean-up (min.)</translation>
    </message>
    <message>
        <source>&amp;Herhaling</source>
        <translation>Re&amp;peat</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Niet geboekt op sluitingsdagen: {days}.</source>
        <translation>Not booked on closing days: {days}.</translation>
    </message>
</context>
<context>
    <name>FreePanel</name>
    <message>
        <source>Wat is vrij?</source>
        <translation>What is free?</translation>
    </message>
    <message>
        <source>Vrij op datum</source>
        <translation>Free on date</translation>
    </message>
    <message>
        <source>Vrij vanaf</source>
        <translation>Free from</translation>
    </message>
    <message>
        <source>Vrij tot</source>
        <translation>Free until</translation>
    </message>
    <message>
        <source>Aantal personen</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Rolstoeltoegankelijk</source>
        <translation>Wheelchair accessible</translation>
    </message>
    <message>
        <source>Alleen rolstoeltoegankelijk</source>
        <translation>Wheelchair accessible only</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Zoek vrije ruimtes</source>
        <translation>Search free rooms</translation>
    </message>
    <message>
        <source>Vrije ruimtes</source>
        <translation>Free rooms</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Van – tot</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>De eindtijd ligt niet na de begintijd.</source>
        <translation>The end time is not after the start time.</translation>
    </message>
    <message>
        <source>Let op: gesloten ({reason}); alleen met BHV.</source>
        <translation>Note: closed ({reason}); only with BHV.</translation>
    </message>
    <message>
        <source>Let op: buiten de openingstijden; alleen met BHV.</source>
        <translation>Note: outside opening hours; only with BHV.</translation>
    </message>
    <message>
        <source>{room} ({capacity} pers.)</source>
        <translation>{room} ({capacity} people)</translation>
    </message>
    <message>
        <source>{room} ({capacity} pers., buiten)</source>
        <translation>{room} ({capacity} people, outdoors)</translation>
    </message>
    <message>
        <source>Enter of dubbelklik: boek deze ruimte</source>
        <translation>Enter or double-click: book this room</translation>
    </message>
    <message>
        <source>Geen ruimte vrij.</source>
        <translation>No room free.</translation>
    </message>
</context>
<context>
    <name>OpeningCalendarDialog</name>
    <message>
        <source>Sluitingsdagen en weekendopening</source>
        <translation>Closing days and weekend opening</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Sluitingsdagen</source>
        <translation>Closing days</translation>
    </message>
    <message>
        <source>Open weekenddagen</source>
        <translation>Open weekend days</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reden van sluiting</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>reden, bijvoorbeeld Teamdag</source>
        <translation>reason, for example Team day</translation>
    </message>
    <message>
        <source>Sluitingsdag toevoegen</source>
        <translation>Add closing day</translation>
    </message>
    <message>
        <source>Sluitingsdag verwijderen</source>
        <translation>Remove closing day</translation>
    </message>
    <message>
        <source>Weekenddag open</source>
        <translation>Open weekend day</translation>
    </message>
    <message>
        <source>Weekenddag dicht</source>
        <translation>Close weekend day</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sluitingsdagen (feestdagen gaan vanzelf)</source>
        <translation>Closing days (public holidays are automatic)</translation>
    </message>
    <message>
        <source>Sluitingsdag: {day}</source>
        <translation>Closing day: {day}</translation>
    </message>
    <message>
        <source>Op {day} staan nog {count} boeking(en), onder andere '{title}'. Ze blijven staan; annuleer of verplaats ze in het rooster.</source>
        <translation>{count} booking(s) are still on {day}, among them '{title}'. They stay; cancel or move them in the schedule.</translation>
    </message>
    <message>
        <source>Kies een zaterdag of zondag.</source>
        <translation>Choose a Saturday or Sunday.</translation>
    </message>
</context>
<context>
    <name>RoosterGrid</name>
    <message>
        <source>(vandaag)</source>
        <translation>(today)</translation>
    </message>
    <message>
        <source>open {opens}–{closes}</source>
        <translation>open {opens}–{closes}</translation>
    </message>
    <message>
        <source>gesloten: {reason}</source>
        <translation>closed: {reason}</translation>
    </message>
</context>
<context>
    <name>RoosterPage</name>
    <message>
        <source>Roostergrid</source>
        <translation>Schedule grid</translation>
    </message>
    <message>
        <source>◀ &amp;Vorige</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Van&amp;daag</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>V&amp;olgende ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>View</translation>
    </message>
    <message>
        <source>&amp;Nieuwe boeking…</source>
        <translation>&amp;New booking…</translation>
    </message>
    <message>
        <source>Nieuwe boeking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Hygiënemelding…</source>
        <translation>Hygiene report…</translation>
    </message>
    <message>
        <source>Hygiënemelding vastleggen</source>
        <translation>Record a hygiene report</translation>
    </message>
    <message>
        <source>Sluitingsdagen…</source>
        <translation>Closing days…</translation>
    </message>
    <message>
        <source>Sluitingsdagen en weekendopening</source>
        <translation>Closing days and weekend opening</translation>
    </message>
    <message>
        <source>Instellingen rooster…</source>
        <translation>Rooster settings…</translation>
    </message>
    <message>
        <source>Instellingen rooster</source>
        <translation>Rooster settings</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>geboekt</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>Boekingen</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Filter op ruimte of groep</source>
        <translation>Filter by room or group</translation>
    </message>
    <message>
        <source>week {week}: {first} – {last}</source>
        <translation>week {week}: {first} – {last}</translation>
    </message>
    <message>
        <source>Geboekt</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Verplaatst: {title}</source>
        <translation>Moved: {title}</translation>
    </message>
    <message>
        <source>Geannuleerd: {title}</source>
        <translation>Cancelled: {title}</translation>
    </message>
    <message>
        <source>Niet geboekt op sluitingsdagen: {days}.</source>
        <translation>Not booked on closing days: {days}.</translation>
    </message>
    <message>
        <source>Verplaatst</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>activiteit: {name}</source>
        <translation>activity: {name}</translation>
    </message>
    <message>
        <source>onderdeel van een reeks</source>
        <translation>part of a series</translation>
    </message>
    <message>
        <source>Enter: wijzigen · Delete: annuleren</source>
        <translation>Enter: edit · Delete: cancel</translation>
    </message>
    <message>
        <source>Rooster opslaan als pdf</source>
        <translation>Save schedule as PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Opgeslagen: {file}</source>
        <translation>Saved: {file}</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld rooster</source>
        <translation>Print preview of the rooster</translation>
    </message>
    <message>
        <source>Rooster afdrukken</source>
        <translation>Print the rooster</translation>
    </message>
</context>
<context>
    <name>RoosterQuestions</name>
    <message>
        <source>Boeking annuleren</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Deze boeking hoort bij een reeks. Welke wilt u annuleren?</source>
        <translation>This booking is part of a series. Which ones do you want to cancel?</translation>
    </message>
    <message>
        <source>Niet doen</source>
        <translation>Don't cancel</translation>
    </message>
    <message>
        <source>Reeks wijzigen</source>
        <translation>Change series</translation>
    </message>
    <message>
        <source>Deze boeking hoort bij een reeks. Welke wilt u wijzigen?</source>
        <translation>This booking is part of a series. Which ones do you want to change?</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alleen deze</source>
        <translation>Only this one</translation>
    </message>
    <message>
        <source>Deze en volgende</source>
        <translation>This one and the following</translation>
    </message>
    <message>
        <source>De hele reeks</source>
        <translation>The whole series</translation>
    </message>
    <message>
        <source>De boeking '{title}' annuleren? Ze blijft zichtbaar in de geschiedenis.</source>
        <translation>Cancel the booking '{title}'? It stays visible in the history.</translation>
    </message>
    <message>
        <source>{activity} op {day}</source>
        <translation>{activity} on {day}</translation>
    </message>
    <message>
        <source>Bijeenkomst vervalt</source>
        <translation>Session will not take place</translation>
    </message>
    <message>
        <source>Deze boeking hoort bij de activiteit {sessions}. Die bijeenkomst wordt dan 'niet doorgegaan'. Doorgaan?</source>
        <translation>This booking belongs to the activity {sessions}. That session will then be marked as not held. Continue?</translation>
    </message>
    <message>
        <source>Rooster afdrukken</source>
        <translation>Print the rooster</translation>
    </message>
    <message>
        <source>Het rooster zoals het nu getoond wordt afdrukken of als pdf opslaan?</source>
        <translation>Print the rooster as it is shown now, or save it as a PDF?</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Afdrukvoorbeeld…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Opslaan als pdf…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>{day}: al geboekt {start}–{end} voor '{title}'</source>
        <translation>{day}: already booked {start}–{end} for '{title}'</translation>
    </message>
    <message>
        <source>Reeks botst</source>
        <translation>Series clashes</translation>
    </message>
    <message>
        <source>De ruimte is op {count} van de {total} datums al geboekt:</source>
        <translation>The room is already booked on {count} of the {total} dates:</translation>
    </message>
    <message>
        <source>De overige {count} boeken</source>
        <translation>Book the other {count}</translation>
    </message>
    <message>
        <source>Niet boeken</source>
        <translation>Do not book</translation>
    </message>
</context>
<context>
    <name>RoosterSettingsDialog</name>
    <message>
        <source>Instellingen rooster</source>
        <translation>Rooster settings</translation>
    </message>
    <message>
        <source>Periode hygiënemeldingen (dagen)</source>
        <translation>Period for hygiene strikes (days)</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Grootste aandeel van één groep</source>
        <translation>Largest share of one group</translation>
    </message>
    <message>
        <source>Tarief niet-commercieel per uur</source>
        <translation>Non-commercial rate per hour</translation>
    </message>
    <message>
        <source>Tarief commercieel per uur</source>
        <translation>Commercial rate per hour</translation>
    </message>
    <message>
        <source>&amp;Hygiënemeldingen tellen over</source>
        <translation>&amp;Hygiene strikes count over</translation>
    </message>
    <message>
        <source>&amp;Eén groep hoogstens</source>
        <translation>&amp;One group at most</translation>
    </message>
    <message>
        <source>&amp;Niet-commercieel, per uur</source>
        <translation>&amp;Non-commercial, per hour</translation>
    </message>
    <message>
        <source>&amp;Commercieel, per uur</source>
        <translation>&amp;Commercial, per hour</translation>
    </message>
    <message>
        <source>Bij de {count}e hygiënemelding binnen deze periode wordt een groep een maand geschorst. Heeft één groep in een week meer dan dit deel van de openingstijd van een ruimte, dan waarschuwt het rooster. Een ruimte met een eigen tarief houdt dat tarief.</source>
        <translation>At the {count}th hygiene strike within this period a group is suspended for a month. When one group holds more than this share of a room's opening hours in a week, the rooster warns. A room with its own rate keeps that rate.</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Algemeen</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Openingstijden</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <source>Per weekdag</source>
        <translation>Per weekday</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>To</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Open op {day}</source>
        <translation>Open on {day}</translation>
    </message>
    <message>
        <source>{day} van</source>
        <translation>{day} from</translation>
    </message>
    <message>
        <source>{day} tot</source>
        <translation>{day} to</translation>
    </message>
    <message>
        <source>Een gesloten dag houdt zijn tijden voor de data waarop hij als uitzondering open is (bijvoorbeeld een open zondag).</source>
        <translation>A closed day keeps its hours for the dates on which it opens as an exception (for example an open Sunday).</translation>
    </message>
    <message>
        <source>Uitzonderingen per datum (feestdagen zijn vanzelf gesloten)</source>
        <translation>Exceptions per date (public holidays are closed by themselves)</translation>
    </message>
    <message>
        <source>Uitzonderingen</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Datum van de uitzondering</source>
        <translation>Date of the exception</translation>
    </message>
    <message>
        <source>Soort uitzondering</source>
        <translation>Kind of exception</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open (tijden van de weekdag)</source>
        <translation>open (the weekday's hours)</translation>
    </message>
    <message>
        <source>open, andere tijden</source>
        <translation>open, other hours</translation>
    </message>
    <message>
        <source>Uitzondering van</source>
        <translation>Exception from</translation>
    </message>
    <message>
        <source>Uitzondering tot</source>
        <translation>Exception to</translation>
    </message>
    <message>
        <source>Reden of omschrijving</source>
        <translation>Reason or description</translation>
    </message>
    <message>
        <source>bijvoorbeeld Teamdag of Kerstlunch</source>
        <translation>for example Team day or Christmas lunch</translation>
    </message>
    <message>
        <source>Uitzondering &amp;toevoegen</source>
        <translation>&amp;Add exception</translation>
    </message>
    <message>
        <source>Uitzondering toevoegen</source>
        <translation>Add exception</translation>
    </message>
    <message>
        <source>Uitzondering &amp;verwijderen</source>
        <translation>&amp;Remove exception</translation>
    </message>
    <message>
        <source>Uitzondering verwijderen</source>
        <translation>Remove exception</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Van – tot</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>{day}: gesloten</source>
        <translation>{day}: closed</translation>
    </message>
    <message>
        <source>{day}: open {opens}–{closes}</source>
        <translation>{day}: open {opens}–{closes}</translation>
    </message>
    <message>
        <source>{day}: open</source>
        <translation>{day}: open</translation>
    </message>
    <message>
        <source>Instellingen rooster opgeslagen</source>
        <translation>Rooster settings saved</translation>
    </message>
</context>
<context>
    <name>StrikeDialog</name>
    <message>
        <source>Hygiënemelding</source>
        <translation>Hygiene report</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Wat was er niet in orde?</source>
        <translation>What was not in order?</translation>
    </message>
    <message>
        <source>&amp;Groep</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Ruimte</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Hygiënemelding vastgelegd: {group}</source>
        <translation>Hygiene report recorded: {group}</translation>
    </message>
    <message>
        <source>{group} is geschorst tot {until}: nieuwe boekingen worden tot dan geweigerd.</source>
        <translation>{group} is suspended until {until}: new bookings are refused until then.</translation>
    </message>
    <message>
        <source>{count} boeking(en) in die periode zijn geannuleerd.</source>
        <translation>{count} booking(s) in that period have been cancelled.</translation>
    </message>
    <message>
        <source>Vastgelegd. {group} heeft nu {count} melding(en).</source>
        <translation>Recorded. {group} now has {count} report(s).</translation>
    </message>
    <message>
        <source>Met deze melding wordt {group} een maand geschorst. Deze boekingen van de groep in die periode worden dan geannuleerd:

{bookings}

Melding vastleggen en deze boekingen annuleren?</source>
        <translation>With this report {group} is suspended for a month. These bookings of the group in that period will then be cancelled:

{bookings}

Record the report and cancel these bookings?</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>De eindtijd {end} ligt niet na de begintijd {start}.</source>
        <translation>The end time {end} is not after the start time {start}.</translation>
    </message>
    <message>
        <source>Kies een bestand dat eindigt op .xlsx, .csv of .ics, niet {file}.</source>
        <translation>Choose a file ending in .xlsx, .csv or .ics, not {file}.</translation>
    </message>
    <message>
        <source>Geef de week met --week, bijvoorbeeld 2026-W49.</source>
        <translation>Give the week with --week, for example 2026-W49.</translation>
    </message>
    <message>
        <source>Geef de dag met --date, bijvoorbeeld 2026-12-03.</source>
        <translation>Give the day with --date, for example 2026-12-03.</translation>
    </message>
    <message>
        <source>Geef bij een herhaling een einddatum of een aantal keer.</source>
        <translation>For a repeat, give an end date or a number of times.</translation>
    </message>
    <message>
        <source>De einddatum {until} ligt voor de eerste datum.</source>
        <translation>The end date {until} is before the first date.</translation>
    </message>
    <message>
        <source>Onbekende herhaling '{value}'.</source>
        <translation>Unknown repeat '{value}'.</translation>
    </message>
    <message>
        <source>'{value}' is geen geldige herhaling (leeg, wekelijks, tweewekelijks of maandelijks).</source>
        <translation>'{value}' is not a valid repeat (empty, wekelijks, tweewekelijks or maandelijks).</translation>
    </message>
    <message>
        <source>Op alle datums van deze reeks is de ruimte al geboekt.</source>
        <translation>The room is already booked on every date of this series.</translation>
    </message>
    <message>
        <source>Geef de boeking een omschrijving.</source>
        <translation>Give the booking a description.</translation>
    </message>
    <message>
        <source>Onbekend tarief '{value}'.</source>
        <translation>Unknown rate '{value}'.</translation>
    </message>
    <message>
        <source>Het aantal personen kan niet negatief zijn.</source>
        <translation>The number of people cannot be negative.</translation>
    </message>
    <message>
        <source>Deze activiteit bestaat niet (meer).</source>
        <translation>This activity does not exist (any more).</translation>
    </message>
    <message>
        <source>Alle datums van deze reeks vallen op sluitingsdagen.</source>
        <translation>All dates of this series fall on closing days.</translation>
    </message>
    <message>
        <source>Deze boeking bestaat niet (meer).</source>
        <translation>This booking does not exist (any more).</translation>
    </message>
    <message>
        <source>Na deze wijziging vallen alle datums op sluitingsdagen.</source>
        <translation>After this change all dates fall on closing days.</translation>
    </message>
    <message>
        <source>Deze reeks bestaat niet (meer).</source>
        <translation>This series does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze melding schorst {group} tot {until}. Dan vervallen ook deze boekingen: {bookings}. Er is niets vastgelegd; bevestig eerst dat ze vervallen.</source>
        <translation>This report suspends {group} until {until}. These bookings are then cancelled too: {bookings}. Nothing has been recorded; first confirm that they are cancelled.</translation>
    </message>
    <message>
        <source>Noem de groep die de ruimte niet schoon achterliet.</source>
        <translation>Name the group that did not leave the room clean.</translation>
    </message>
    <message>
        <source>de naam ontbreekt.</source>
        <translation>the name is missing.</translation>
    </message>
    <message>
        <source>'{value}' is geen geldig aantal personen.</source>
        <translation>'{value}' is not a valid number of people.</translation>
    </message>
    <message>
        <source>'{value}' is geen ja of nee.</source>
        <translation>'{value}' is not ja or nee.</translation>
    </message>
    <message>
        <source>onbekende ruimte '{value}'.</source>
        <translation>unknown room '{value}'.</translation>
    </message>
    <message>
        <source>de eindtijd {end} ligt niet na de begintijd {start}.</source>
        <translation>the end time {end} is not after the start time {start}.</translation>
    </message>
    <message>
        <source>de omschrijving ontbreekt.</source>
        <translation>the description is missing.</translation>
    </message>
    <message>
        <source>geef bij een herhaling in kolom 'tot' de einddatum.</source>
        <translation>for a repeat, give the end date in column 'tot'.</translation>
    </message>
    <message>
        <source>onbekend tarief '{value}' (kies gratis, niet-commercieel of commercieel).</source>
        <translation>unknown tariff '{value}' (choose gratis, niet-commercieel or commercieel).</translation>
    </message>
    <message>
        <source>Deze ruimte bestaat niet (meer).</source>
        <translation>This room does not exist (any more).</translation>
    </message>
    <message>
        <source>{group} is geschorst tot {until} ({reason}): er kunnen tot dan geen ruimtes voor deze groep worden geboekt.</source>
        <translation>{group} is suspended until {until} ({reason}): no rooms can be booked for this group until then.</translation>
    </message>
    <message>
        <source>{name} heeft op {day} geen geldig BHV-certificaat; buiten de openingstijden is dat nodig.</source>
        <translation>{name} has no valid BHV certificate on {day}; outside opening hours that is required.</translation>
    </message>
    <message>
        <source>Het centrum is op {day} gesloten ({reason}). Dat kan alleen met een beheerder met een geldig BHV-certificaat op de boeking.</source>
        <translation>The centre is closed on {day} ({reason}). That is only possible with a caretaker with a valid BHV certificate named on the booking.</translation>
    </message>
    <message>
        <source>{start}–{end} valt buiten de openingstijden van {day} ({opens}–{closes}). Dat kan alleen met een beheerder met een geldig BHV-certificaat op de boeking.</source>
        <translation>{start}–{end} is outside the opening hours of {day} ({opens}–{closes}). That is only possible with a caretaker with a valid BHV certificate named on the booking.</translation>
    </message>
    <message>
        <source>{room} is op {day} van {start} tot {end} al geboekt voor '{title}' (opbouw en afbouw meegerekend).</source>
        <translation>{room} is already booked on {day} from {start} to {end} for '{title}' (set-up and clean-up included).</translation>
    </message>
    <message>
        <source>{room} is voor hoogstens {capacity} personen (brandveiligheid); deze boeking is voor {people}.</source>
        <translation>{room} holds at most {capacity} people (fire safety); this booking is for {people}.</translation>
    </message>
    <message>
        <source>{group} heeft in die week {share}% van de openingstijd van {room} (meer dan {limit}%).</source>
        <translation>{group} holds {share}% of the opening hours of {room} that week (more than {limit}%).</translation>
    </message>
    <message>
        <source>De periode voor hygiënemeldingen moet tussen 1 en {most} dagen liggen.</source>
        <translation>The period for hygiene strikes must be between 1 and {most} days.</translation>
    </message>
    <message>
        <source>Het aandeel van één groep moet tussen 1% en 100% liggen.</source>
        <translation>The share of one group must be between 1% and 100%.</translation>
    </message>
    <message>
        <source>Een tarief kan niet negatief zijn.</source>
        <translation>A rate cannot be negative.</translation>
    </message>
    <message>
        <source>{activity} op {day}</source>
        <translation>{activity} on {day}</translation>
    </message>
    <message>
        <source>en {count} meer</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>Deze boeking hoort bij de activiteit {sessions}. Wijzig ruimte, dag of tijd in Activiteiten, dan gaat de boeking mee.</source>
        <translation>This booking belongs to the activity {sessions}. Change the room, day or time in Activiteiten; the booking follows.</translation>
    </message>
    <message>
        <source>Deze boeking hoort bij de activiteit {sessions}, waarvan de aanwezigheid al is ingevoerd. Zet de bijeenkomst in Activiteiten op 'niet doorgegaan'.</source>
        <translation>This booking belongs to the activity {sessions}, whose attendance has already been entered. Mark the session as not held in Activiteiten.</translation>
    </message>
    <message>
        <source>Deze boeking hoort bij de activiteit {sessions}. Annuleren maakt die bijeenkomst 'niet doorgegaan'; bevestig dat eerst.</source>
        <translation>This booking belongs to the activity {sessions}. Cancelling marks that session as not held; confirm that first.</translation>
    </message>
    <message>
        <source>Geef de openingstijden voor alle zeven dagen van de week.</source>
        <translation>Give the opening hours for all seven days of the week.</translation>
    </message>
    <message>
        <source>Op {weekday} ligt de sluitingstijd {closes} niet na de openingstijd {opens}.</source>
        <translation>On {weekday} the closing time {closes} is not after the opening time {opens}.</translation>
    </message>
    <message>
        <source>Er zijn meerdere personen met de naam '{name}' en een geldig BHV-certificaat; maak de namen in Vrijwilligers verschillend.</source>
        <translation>Several people are called '{name}' and hold a valid BHV certificate; make the names in Volunteers different.</translation>
    </message>
    <message>
        <source>{name} heeft op {day} geen geldig BHV-certificaat.</source>
        <translation>{name} has no valid BHV certificate on {day}.</translation>
    </message>
    <message>
        <source>'{name}' staat niet in Vrijwilligers als iemand met een BHV-certificaat.</source>
        <translation>'{name}' is not listed in Volunteers as someone with a BHV certificate.</translation>
    </message>
    <message>
        <source>Buiten de openingstijden op {days}: dat kan alleen met een beheerder met een geldig BHV-certificaat op de boeking.</source>
        <translation>Outside opening hours on {days}: that is only possible with a caretaker with a valid BHV certificate on the booking.</translation>
    </message>
    <message>
        <source>Het BHV-certificaat van {name} is niet geldig op {days}, buiten de openingstijden.</source>
        <translation>The BHV certificate of {name} is not valid on {days}, outside opening hours.</translation>
    </message>
    <message>
        <source>Geef bij andere openingstijden op een datum zowel de begin- als de eindtijd.</source>
        <translation>For other hours on a date, give both the start and the end time.</translation>
    </message>
    <message>
        <source>Op {day} ligt de sluitingstijd {closes} niet na de openingstijd {opens}.</source>
        <translation>On {day} the closing time {closes} is not after the opening time {opens}.</translation>
    </message>
    <message>
        <source>Deze reeks botst op {count} van de {total} datums met een andere boeking: {days}.</source>
        <translation>This series clashes with another booking on {count} of its {total} dates: {days}.</translation>
    </message>
    <message>
        <source>Deze boeking hoort bij een spreekuur-afspraak. Verplaats of annuleer de afspraak in het tabblad Spreekuur; de boeking gaat dan mee.</source>
        <translation>This booking belongs to a consultation appointment. Move or cancel the appointment in the Spreekuur tab; the booking follows.</translation>
    </message>
</context>
</TS>
